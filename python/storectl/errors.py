"""Exceptions for storectl's error responses, one class per kind (``storectl-exit-codes(7)``)."""

from __future__ import annotations


class StorectlError(Exception):
    """An error storectl answered with: ``kind`` and ``exit`` as in ``storectl-exit-codes(7)``,
    the ``message`` that says what failed and a ``hint`` (or None) that says what to do."""

    kind = "internal"
    exit = 1
    #: Which request of a :meth:`Client.group` failed (from 1); None for a single call.
    request: int | None = None

    def __init__(
        self,
        message: str,
        hint: str | None = None,
        kind: str | None = None,
        exit: int | None = None,
    ):
        super().__init__(message)
        self.message = message
        self.hint = hint
        if kind is not None:
            self.kind = kind
        if exit is not None:
            self.exit = exit

    def __str__(self) -> str:
        if self.hint:
            return f"{self.message} (hint: {self.hint})"
        return self.message


class Internal(StorectlError):
    """A bug in storectl (exit 1); the message says so."""

    kind, exit = "internal", 1


class UsageError(StorectlError):
    """The command's arguments were wrong (exit 2)."""

    kind, exit = "usage", 2


class NotFound(StorectlError):
    """Unknown key, namespace, node, comment, item, session, ... (exit 3)."""

    kind, exit = "not_found", 3


class Conflict(StorectlError):
    """Already exists, or the current state does not allow it (exit 4)."""

    kind, exit = "conflict", 4


class Partial(StorectlError):
    """Finished, but skipped records (exit 5)."""

    kind, exit = "partial", 5


class BadInput(StorectlError):
    """Malformed JSON, a value out of range, a reserved form (exit 65)."""

    kind, exit = "bad_input", 65


class InputMissing(StorectlError):
    """A file or directory that does not exist or cannot be opened (exit 66)."""

    kind, exit = "input_missing", 66


class IOFailure(StorectlError):
    """The disk is full, or reading or writing a file failed (exit 74)."""

    kind, exit = "io", 74


class Busy(StorectlError):
    """The store stayed busy past the timeout, or something is locked (exit 75)."""

    kind, exit = "busy", 75


class Locked(Busy):
    """A lock held by another owner (exit 75, ``... is locked by ...``)."""


class NotAuthorized(StorectlError):
    """An ACL denies, not the author, not a moderator, a read-only store (exit 77)."""

    kind, exit = "denied", 77


class ConfigError(StorectlError):
    """Bad configuration, unknown backend, a store from a newer storectl (exit 78)."""

    kind, exit = "config", 78


class ChildDied(StorectlError):
    """The ``storectl serve`` child ended while a request was in flight: whether that request
    ran is unknown. The next call starts a new child."""

    kind, exit = "child_died", -1


_BY_KIND = {
    cls.kind: cls
    for cls in (
        Internal,
        UsageError,
        NotFound,
        Conflict,
        Partial,
        BadInput,
        InputMissing,
        IOFailure,
        Busy,
        NotAuthorized,
        ConfigError,
    )
}
_BY_EXIT = {cls.exit: cls for cls in _BY_KIND.values()}


def from_response(error: dict) -> StorectlError:
    """The exception for a serve error response ``{"kind", "message", "hint", "exit"}``."""
    kind = error.get("kind")
    code = error.get("exit")
    message = error.get("message") or "storectl failed without a message"
    cls = _BY_KIND.get(kind) or _BY_EXIT.get(code) or StorectlError
    if cls is Busy and " is locked by " in message:
        cls = Locked
    return cls(message, error.get("hint"), kind=kind, exit=code)
