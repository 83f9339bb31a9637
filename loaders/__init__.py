"""The loaders: a report file to a populated store, in three stages.

``read`` decodes the bytes, normalises the text with a map back to the original characters, marks
the web page around the report and finds its metadata, parts, paragraphs and sentences;
``extract`` finds bodies, laws, decisions, initiatives, metrics, actions and relations, each with
the rule that made it and its evidence sentence; ``write`` maps the extraction to graph terms (RDF
quads for the embedded and SPARQL stores, rows for Neo4j). Installed as ``kg.loaders``.
"""

from .extract import extract, extract_file
from .read import read_file, read_text

__all__ = ["extract", "extract_file", "read_file", "read_text"]
