"""rdkg: knowledge graphs from Chinese legislative work reports."""

__version__ = "0.1.0"
