"""Document → Extraction: one module per kind of fact, ``pipeline`` runs them and links relations."""

from .pipeline import extract, extract_file

__all__ = ["extract", "extract_file"]
