"""Read a report as found on the web into a :class:`kg.model.Document`."""

from .document import read_file, read_text

__all__ = ["read_file", "read_text"]
