"""storectl from Python: :class:`Client` runs one ``storectl serve`` child and sends it commands;
errors come back as exceptions named by kind. ``storectl.errbot`` is an Errbot storage plugin,
``storectl.triggers`` a Triggers 2.0 storage backend, ``storectl.stream_framework`` Stream
Framework storage classes and ``storectl.websupport`` a Sphinx WebSupport storage backend (each
imports its system)."""

from .client import IDENTITY_VARIABLES, Client, child_environment, find_binary
from .errors import (
    BadInput,
    Busy,
    ChildDied,
    ConfigError,
    Conflict,
    InputMissing,
    Internal,
    IOFailure,
    Locked,
    NotAuthorized,
    NotFound,
    Partial,
    StorectlError,
    UsageError,
)

__all__ = [
    "IDENTITY_VARIABLES",
    "BadInput",
    "Busy",
    "ChildDied",
    "Client",
    "ConfigError",
    "Conflict",
    "IOFailure",
    "InputMissing",
    "Internal",
    "Locked",
    "NotAuthorized",
    "NotFound",
    "Partial",
    "StorectlError",
    "UsageError",
    "child_environment",
    "find_binary",
]
