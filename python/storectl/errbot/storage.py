"""Errbot's storage contract (``errbot.storage.base``) on storectl: one namespace per ``open``,
every namespace in one store, one ``storectl serve`` child per bot.

Values JSON carries exactly are stored as plain JSON, so ``storectl namespace dump`` shows
them; others as a pickle in an opaque value (:mod:`storectl.values`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from errbot.storage.base import StorageBase, StoragePluginBase

from .. import values
from ..client import Client
from ..errors import NotFound

log = logging.getLogger("errbot.storage.storectl")


class StorectlStorage(StorageBase):
    """One Errbot namespace: ``storectl namespace ... NS``."""

    def __init__(self, client: Client, namespace: str):
        self.client = client
        self.namespace = namespace

    def get(self, key: str) -> Any:
        try:
            doc = self.client.call("namespace", "get", "--", self.namespace, key)
        except NotFound:
            raise KeyError(key) from None
        return values.decode(doc)

    def set(self, key: str, value: Any) -> None:
        form, data = values.encode(value)
        if form == "json":
            self.client.call("namespace", "set", "--", self.namespace, key, data)
        else:
            self.client.call(
                "namespace",
                "set",
                "--opaque",
                values.PICKLE_TYPE,
                "--file",
                "-",
                "--",
                self.namespace,
                key,
                stdin=data,
            )

    def remove(self, key: str) -> None:
        try:
            self.client.call("namespace", "rm", "--", self.namespace, key)
        except NotFound:
            raise KeyError(key) from None

    def len(self) -> int:
        return int(self.client.call("namespace", "len", "--", self.namespace))

    def keys(self) -> Iterable[str]:
        keys: list[str] = self.client.call("namespace", "keys", "--", self.namespace)
        return keys

    def close(self) -> None:
        # Every write is committed when its call returns; the child is the plugin's.
        pass


class StorectlStoragePlugin(StoragePluginBase):
    """``STORAGE = 'Storectl'``; ``STORAGE_CONFIG``: ``store`` (a store URL or path), ``config``
    (a storectl config file), ``binary`` (else ``$STORECTL_BIN`` or ``storectl`` on PATH)."""

    def __init__(self, bot_config: Any):
        super().__init__(bot_config)
        config = self._storage_config or {}
        unknown = set(config) - {"store", "config", "binary"}
        if unknown:
            raise ValueError(
                f"unknown STORAGE_CONFIG keys for Storectl: {sorted(unknown)}; "
                "known: store, config, binary"
            )
        self.client = Client(
            store=config.get("store"),
            config=config.get("config"),
            binary=config.get("binary"),
        )
        log.info("storectl storage: %s", " ".join(self.client.argv))

    def open(self, namespace: str) -> StorageBase:
        return StorectlStorage(self.client, namespace)

    def close(self, timeout: float | None = None) -> None:
        """Ends the ``storectl serve`` child (Errbot does not call this; the child also ends
        with the bot's process)."""
        self.client.close()
