"""The stores a report is loaded into: ``rdf`` (the embedded Oxigraph store) and ``neo4j``."""
