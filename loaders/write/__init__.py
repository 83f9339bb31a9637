"""Extraction → graph terms: ``mapping`` (the one field mapping, per kind of extracted thing) rendered
by ``rdf`` (quads, one named graph per report, and the catalogue) and ``neo4j`` (nodes and
relationships as rows for UNWIND). Classes, predicates and relationship types come from :mod:`kg.vocab`."""
