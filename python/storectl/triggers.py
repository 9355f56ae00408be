"""A storage backend for EFL Global's Triggers 2.0 (github.com/eflglobal/triggers, tag 2.0.0).

:class:`StorectlStorage` is a ``triggers.storages.base.BaseTriggerStorage``: each session is the
storectl session ``UID`` (``storectl session show UID``), and the session lock is the storectl
lock ``session:UID`` (``storectl lock list``), which every storectl session command honours.

The part that talks to storectl, :class:`SessionStore`, does not import Triggers (which is not on
the package registry): it loads and saves the three values Triggers' storage keeps, in the shapes
its ``CacheStorageBackend`` stores them (``{"tasks", "instances", "metas"}``), and takes and gives
back the lock.

Configure the store once per process (workers recreate storages by name and uid only)::

    import storectl.triggers
    storectl.triggers.configure(store="sqlite:/srv/triggers.db")   # or client=, config=
    manager = TriggerManager(storectl.triggers.StorectlStorage(uid))

Without :func:`configure`, a client on ``$STORECTL_STORE`` (or storectl's default store) is made
on first use. The backend is registered as the ``triggers.storages`` entry point ``storectl``.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import json
import os
import re
import socket
import threading
import time
import uuid
from typing import Any

from .client import Client
from .errors import Busy, NotFound

__all__ = [
    "DEFAULT_LOCK_TTL",
    "SessionStore",
    "StorectlStorage",
    "configure",
    "default_store",
    "decode_timestamps",
    "document",
    "encode",
]

#: Seconds a lock taken with ``ttl=True`` holds: the Django cache's default timeout, which is
#: what Triggers' own locks use.
DEFAULT_LOCK_TTL = 300

#: A blocking acquire retries after these pauses (seconds; the last one repeats). It polls
#: rather than ``lock acquire --wait``: that would hold the client, which other threads share,
#: while it waits, and the thread holding the lock often needs the client to release it
#: (Triggers' manager holds the session lock while its task threads start and wait for it).
_RETRY_PAUSES = (0.0005, 0.001, 0.002, 0.005, 0.01, 0.02)

_RFC3339 = re.compile(
    r"^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d{1,9}))?(Z|[+-]\d\d:\d\d)$"
)


# -- values ---------------------------------------------------------------------------------


def _json_default(value: Any) -> Any:
    if isinstance(value, _dt.datetime):
        return format_timestamp(value)
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    raise TypeError(
        f"storectl sessions hold JSON: {type(value).__name__} {value!r} cannot be stored "
        "(datetimes and sets can)"
    )


def format_timestamp(value: _dt.datetime) -> str:
    """A datetime as RFC 3339 in UTC. Naive ones are UTC, as Triggers writes them
    (``datetime.utcnow()``)."""
    if value.tzinfo is not None:
        value = value.astimezone(_dt.timezone.utc).replace(tzinfo=None)
    text = value.strftime("%Y-%m-%dT%H:%M:%S")
    if value.microsecond:
        text += f".{value.microsecond:06d}"
    return text + "Z"


def parse_timestamp(text: Any) -> Any:
    """An RFC 3339 string as a naive UTC datetime (Triggers' form); anything else unchanged."""
    if not isinstance(text, str):
        return text
    m = _RFC3339.match(text)
    if not m:
        return text
    year, month, day, hour, minute, second, fraction, zone = m.groups()
    micro = int((fraction or "0").ljust(6, "0")[:6])
    value = _dt.datetime(
        int(year), int(month), int(day), int(hour), int(minute), int(second), micro
    )
    if zone != "Z":
        sign = 1 if zone[0] == "+" else -1
        value -= sign * _dt.timedelta(hours=int(zone[1:3]), minutes=int(zone[4:6]))
    return value


def encode(document: Any) -> str:
    """JSON for storectl: datetimes as RFC 3339 UTC strings, sets as sorted lists; any other
    non-JSON value raises TypeError (a session document is JSON in storectl)."""
    return json.dumps(document, default=_json_default, ensure_ascii=False)


def decode_timestamps(instances: dict) -> dict:
    """Turns each instance's ``metadata.timestamps`` values back into datetimes, as Triggers'
    manager keeps them (the only datetimes Triggers itself stores)."""
    for instance in instances.values():
        stamps = (instance.get("metadata") or {}).get("timestamps")
        if isinstance(stamps, dict):
            for key, value in stamps.items():
                stamps[key] = parse_timestamp(value)
    return instances


# -- the store ------------------------------------------------------------------------------


class SessionStore:
    """Load, save, lock and flush Triggers sessions in a storectl store, through a
    :class:`~storectl.Client`. Independent of Triggers itself."""

    def __init__(self, client: Client):
        self.client = client

    def load(self, uid: str) -> tuple[dict, dict, dict]:
        """``(tasks, instances, metas)`` as ``CacheStorageBackend._load_from_backend`` returns
        them; three empty dicts for a session that does not exist."""
        try:
            return _values(self.client.call("session", "export", uid, as_user=None))
        except NotFound:
            return {}, {}, {}

    def save(self, uid: str, tasks: dict, instances: dict, metas: dict, owner: str | None):
        """Replaces the session with these values, in one transaction, as ``owner`` (the holder
        of its lock: another owner's lock refuses it with :class:`~storectl.Busy`)."""
        self.save_document(uid, document(tasks, instances, metas), owner)

    def save_document(self, uid: str, text: str, owner: str | None) -> None:
        """:meth:`save` of a :func:`document` made earlier."""
        self.client.call(*_import_args(uid), as_user=owner, stdin=text)

    def save_and_release(self, uid: str, text: str, owner: str) -> None:
        """:meth:`save_document` and :meth:`release` in one transaction and one round trip.
        When the save fails, nothing of it is written and the lock is still given back."""
        try:
            self.client.group(
                self.client.request(*_import_args(uid), as_user=owner, stdin=text),
                self.client.request(*self._release_args(uid), as_user=owner),
            )
        except NotFound as e:
            if e.request != 2:
                self.release(uid, owner)
                raise
            # The lock expired and is gone: nothing refused the save, which needs no lock then.
            self.save_document(uid, text, owner)
        except BaseException:
            self.release(uid, owner)
            raise

    def acquire(self, uid: str, owner: str, ttl: Any = True, block: bool = True) -> None:
        """Takes the lock ``session:UID`` for ``owner``. ``ttl``: seconds, ``True`` for
        :data:`DEFAULT_LOCK_TTL`, ``None`` for no expiry. ``block``: wait until it is free
        (polling, see :data:`_RETRY_PAUSES`); else raise :class:`~storectl.Busy` at once."""
        args = self._acquire_args(uid, ttl)
        self._retrying(block, lambda: self.client.call(*args, as_user=owner))

    def acquire_and_load(
        self, uid: str, owner: str, ttl: Any = True, block: bool = True
    ) -> tuple[dict, dict, dict]:
        """:meth:`acquire` and :meth:`load` in one round trip: the values as of taking the
        lock."""
        group = (
            self.client.request(*self._acquire_args(uid, ttl), as_user=owner),
            self.client.request("session", "export", uid, as_user=None),
        )
        try:
            return _values(self._retrying(block, lambda: self.client.group(*group))[1])
        except NotFound as e:
            if e.request != 2:
                raise
        # A session that does not exist yet: the group took no lock, so take it alone.
        self.acquire(uid, owner, ttl, block)
        return {}, {}, {}

    def _retrying(self, block: bool, take):
        if not block:
            return take()
        attempt = 0
        while True:
            try:
                return take()
            except Busy:
                time.sleep(_RETRY_PAUSES[min(attempt, len(_RETRY_PAUSES) - 1)])
                attempt += 1

    @staticmethod
    def _acquire_args(uid: str, ttl: Any) -> list:
        args = ["lock", "acquire", f"session:{uid}"]
        if ttl is True:
            ttl = DEFAULT_LOCK_TTL
        if ttl is not None:
            args += ["--ttl", f"{int(ttl)}s"]
        return args

    @staticmethod
    def _release_args(uid: str) -> list:
        return ["lock", "release", f"session:{uid}"]

    def release(self, uid: str, owner: str) -> None:
        """Gives the lock back; a lock that expired and is gone is no error."""
        with contextlib.suppress(NotFound):
            self.client.call(*self._release_args(uid), as_user=owner)

    @contextlib.contextmanager
    def lock(self, uid: str, ttl: Any = True, block: bool = True):
        """Holds ``session:UID`` for the block; yields the owner name to save as."""
        owner = new_owner()
        self.acquire(uid, owner, ttl, block)
        try:
            yield owner
        finally:
            self.release(uid, owner)

    def flush(self) -> list:
        """Deletes every session (``storectl session flush --yes``); returns their uids."""
        return self.client.call("session", "flush", "--yes", as_user=None)["deleted"]


def document(tasks: dict, instances: dict, metas: dict) -> str:
    """The session document storectl stores, as JSON text (see :func:`encode`)."""
    return encode({"tasks": tasks, "instances": instances, "metas": metas})


def _import_args(uid: str) -> list:
    return ["session", "import", "--uid", uid, "--replace", "-"]


def _values(doc: dict) -> tuple[dict, dict, dict]:
    return (
        doc.get("tasks") or {},
        decode_timestamps(doc.get("instances") or {}),
        doc.get("metas") or {},
    )


def new_owner() -> str:
    """A lock owner unique to this acquisition, saying where it comes from."""
    return (
        f"triggers:{socket.gethostname()}:{os.getpid()}:{threading.get_ident()}:"
        f"{uuid.uuid4().hex[:8]}"
    )


# -- the process-wide default ---------------------------------------------------------------

_default_lock = threading.Lock()
_default: dict = {"settings": {}, "client": None, "pid": None}


def configure(
    client: Client | None = None, store: str | None = None, config: str | None = None
) -> None:
    """Sets the store the storages of this process use: a ``client``, or a ``store`` URL and/or
    a storectl ``config`` file (a client is then made on first use)."""
    with _default_lock:
        _default["settings"] = {"store": store, "config": config}
        _default["client"] = client
        _default["pid"] = os.getpid() if client is not None else None


def default_store() -> SessionStore:
    """The :class:`SessionStore` of :func:`configure` (made on first use, and made again in a
    forked child, which must not share its parent's pipes)."""
    with _default_lock:
        if _default["client"] is None or _default["pid"] != os.getpid():
            _default["client"] = Client(**_default["settings"])
            _default["pid"] = os.getpid()
        return SessionStore(_default["client"])


# -- the Triggers backend -------------------------------------------------------------------

try:
    from triggers.locking import LockAcquisitionFailed
    from triggers.storages.base import BaseTriggerStorage
except Exception as _missing:  # noqa: BLE001
    # Triggers is optional: SessionStore works without it. Not only ImportError: importing
    # Triggers needs configured Django settings (django_redis reads them on import).
    _TRIGGERS_MISSING: Exception | None = _missing
else:
    _TRIGGERS_MISSING = None

    class StorectlStorage(BaseTriggerStorage):
        """Triggers' session state in a storectl store (see the module's documentation)."""

        name = "storectl"
        #: The registry key Triggers' runners recreate the storage by (the entry point's name),
        #: also for a storage made directly rather than through ``storage_backends``.
        triggers__registry_key = "storectl"

        def __init__(
            self,
            uid,
            client: Client | None = None,
            store: str | None = None,
            config: str | None = None,
        ):
            super().__init__(uid)
            if client is None and (store is not None or config is not None):
                client = Client(store=store, config=config)
            self.sessions = SessionStore(client) if client is not None else default_store()
            self._owner: str | None = None

        def get_lock_name(self):
            return f"session:{self.uid}"

        @contextlib.contextmanager
        def acquire_lock(self, ttl=True, block=True):
            """The storectl lock ``session:UID`` (re-entrant per thread, as Triggers' own);
            data cached before it is reloaded. ``ttl=False`` takes no lock, as in Triggers.

            Two round trips per lock rather than four: taking the lock also reads the session
            (one transaction), and a save made while holding it is sent when the block ends,
            together with giving the lock back (one transaction). A save is therefore written
            when the block ends, not when ``save()`` returns: if the process dies in between, it
            is lost, as it would be had the process died just before ``save()``."""
            if self.has_lock:
                yield self
                return
            owner = new_owner() if ttl is not False else None
            loaded = None
            if owner is not None:
                try:
                    loaded = self.sessions.acquire_and_load(self.uid, owner, ttl, block)
                except Busy as e:
                    raise LockAcquisitionFailed(str(e)) from e
            self._has_lock = threading.current_thread()
            self._owner = owner
            self._pending = None
            try:
                self.invalidate_cache()
                self._prefetched = loaded
                yield self
            finally:
                pending = self._pending
                self._pending = self._prefetched = None
                self._has_lock = None
                self._owner = None
                if owner is not None:
                    if pending is not None:
                        self.sessions.save_and_release(self.uid, pending, owner)
                    else:
                        self.sessions.release(self.uid, owner)

        _pending: str | None = None
        _prefetched: tuple | None = None

        def _load_from_backend(self):
            if self._pending is not None:
                # Read back what this lock holder saved: send it first.
                pending, self._pending = self._pending, None
                self.sessions.save_document(self.uid, pending, self._owner)
            if self._prefetched is not None:
                loaded, self._prefetched = self._prefetched, None
                return loaded
            return self.sessions.load(self.uid)

        def _save(self):
            text = document(
                self._serialize(self._configs, True),
                self._serialize(self._instances, True),
                self._metas,
            )
            if self._owner is not None:
                self._pending = text
            else:
                self.sessions.save_document(self.uid, text, None)

        def flush_all(self):
            """Deletes every session of the store (what the cache backend's ``cache.clear()``
            does between Triggers' own tests)."""
            return self.sessions.flush()


def __getattr__(name):
    if name == "StorectlStorage" and _TRIGGERS_MISSING is not None:
        raise ImportError(
            "storectl.triggers.StorectlStorage needs Triggers 2.0 "
            "(github.com/eflglobal/triggers, not the PyPI project named triggers) and Django "
            f"settings configured: {type(_TRIGGERS_MISSING).__name__}: {_TRIGGERS_MISSING}"
        )
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
