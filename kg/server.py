"""Kept for imports written before the split: the server lives in ``kg.serve`` (protocol, worker, pool, routes)."""

from .serve import Reply, ServerError, Settings, check_store, create_app, serve

__all__ = ["Reply", "ServerError", "Settings", "check_store", "create_app", "serve"]
