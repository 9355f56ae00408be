"""pytest plugin for running Triggers 2.0's own tests on storectl (by hand; see
``run_triggers_suite.sh``). Loaded with ``-p triggers_suite_shim`` from Triggers' checkout.

What it changes, each for a reason:

1. **Python 3.11 shims** for Celery 4.4.7's vine 1.3, which imports ``inspect.getargspec`` and
   ``inspect.formatargspec`` (removed in 3.11). Triggers imports Celery in ``triggers.task``.
2. **Django settings**: Triggers' tests expect a configured Django (its ``tests/settings.py``
   is a template pointing at Redis). The default cache is LocMemCache; nothing uses it once 3
   and 4 are in place.
3. **The storage under test**: the tests ask for ``storage_backends.get('cache', uid=...)``
   (``tests/manager``) or make ``CacheStorageBackend(uid)`` (``tests/task_test.py``), and call
   ``storage.cache.clear()`` in ``setUp``. Here both give a ``storectl.triggers.StorectlStorage``
   on a fresh store (``$TRIGGERS_SUITE_STORE``), and ``cache.clear()`` deletes every session
   (``storectl session flush --yes``). Task runners recreate the storage by its registry key
   (``cache``), so they get storectl too. Nothing of the tests' own code is changed.
4. **The lock under test**: ``triggers.locking.acquire_lock(key, ttl, cache, block)`` (what
   ``Lockable`` and ``tests/locking_test.py`` use) needs a Redis cache; here it takes the storectl
   lock ``session:<key>`` instead, through the same ``SessionStore`` the backend uses.
"""

from __future__ import annotations

import collections
import contextlib
import inspect
import os

# 1. Python 3.11: vine 1.3 (Celery 4.4.7) imports these.
if not hasattr(inspect, "getargspec"):
    ArgSpec = collections.namedtuple("ArgSpec", "args varargs keywords defaults")

    def getargspec(func):
        spec = inspect.getfullargspec(func)
        return ArgSpec(spec.args, spec.varargs, spec.varkw, spec.defaults)

    def formatargspec(args, varargs=None, varkw=None, defaults=None, *_, **__):
        parts = list(args)
        if defaults:
            first = len(args) - len(defaults)
            for i, value in enumerate(defaults):
                parts[first + i] = f"{args[first + i]}={value!r}"
        if varargs:
            parts.append("*" + varargs)
        if varkw:
            parts.append("**" + varkw)
        return "(" + ", ".join(parts) + ")"

    inspect.getargspec = getargspec
    inspect.formatargspec = formatargspec

# 2. Django.
import django  # noqa: E402
from django.conf import settings  # noqa: E402

if not settings.configured:
    settings.configure(
        CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}},
        INSTALLED_APPS=[],
    )
    django.setup()

import triggers.locking  # noqa: E402
import triggers.storages.cache  # noqa: E402
from triggers.storages.base import storage_backends  # noqa: E402

import storectl.triggers as backend  # noqa: E402

backend.configure(store=os.environ["TRIGGERS_SUITE_STORE"])


# 3. The storage.
class _FlushAll:
    """``storage.cache`` of the cache backend, as far as the tests use it."""

    def __init__(self, storage):
        self.storage = storage

    def clear(self):
        self.storage.flush_all()


class SuiteStorage(backend.StorectlStorage):
    triggers__registry_key = "cache"

    def __init__(self, uid):
        super().__init__(uid)
        self.cache = _FlushAll(self)


_registry_get = storage_backends.get


def _get(key, *args, **kwargs):
    if key == "cache":
        instance = SuiteStorage(*args, **kwargs)
        instance.triggers__registry_key = key
        return instance
    return _registry_get(key, *args, **kwargs)


storage_backends.get = _get
# Before the test modules import it by name (this plugin loads before collection).
triggers.storages.cache.CacheStorageBackend = SuiteStorage


# 4. The lock.
@contextlib.contextmanager
def _acquire_lock(key, ttl=True, cache=None, block=True):
    if ttl is False:
        yield
        return
    sessions = backend.default_store()
    owner = backend.new_owner()
    try:
        sessions.acquire(key, owner, ttl, block)
    except backend.Busy as e:
        raise triggers.locking.LockAcquisitionFailed(str(e)) from e
    try:
        yield
    finally:
        sessions.release(key, owner)


triggers.locking.acquire_lock = _acquire_lock
