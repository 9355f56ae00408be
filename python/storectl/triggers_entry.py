"""The ``triggers.storages`` entry point ``storectl``: a factory, not the class itself.

Triggers' ``storage_backends`` registry loads every entry point while ``triggers.storages.base``
is still being imported. Pointing it at :class:`storectl.triggers.StorectlStorage` would make
``import storectl.triggers`` (which imports that module) load itself half-initialised; this
module imports nothing of Triggers, and imports the class only when a storage is made.
"""

from __future__ import annotations


def storectl_storage(uid, **kwargs):
    """``storage_backends.get("storectl", uid=...)``: a StorectlStorage on the configured store."""
    from .triggers import StorectlStorage

    return StorectlStorage(uid, **kwargs)
