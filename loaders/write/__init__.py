"""Extraction → graph terms: ``rdf`` (quads, one named graph per report, and the catalogue) and
``neo4j`` (nodes and relationships as rows for UNWIND). Both take ids, classes and properties from
:mod:`kg.vocab`."""
