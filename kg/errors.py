"""Errors people read: one line with the file, the reason and, where there is one, the fix."""

from __future__ import annotations


class KGError(Exception):
    """Base of every error the CLI turns into a one-line message."""


class ReportError(KGError):
    """A file that cannot be read as a work report."""

    def __init__(self, path: str, reason: str, hint: str = "") -> None:
        self.path = path
        self.reason = reason
        self.hint = hint
        msg = f"{path}: {reason}"
        if hint:
            msg += f" ({hint})"
        super().__init__(msg)
