"""Triggers 2.0 fire -> task -> cascade on the storectl backend, next to Triggers' own cache
backend on Django's LocMemCache and the `cat` pipe floor, measured in one run. Driven by
`cargo bench --bench triggers` (benches/triggers.rs), which passes the storectl binary; prints one
JSON object of medians in microseconds.

    python triggers_storage.py STORECTL_BIN OPS RUNS

One operation: `fire('s')` on a session whose task t_a (andEvery s) runs, finishes and cascades
to t_b (andEvery t_a), which runs and finishes too; tasks run in threads (Triggers'
ThreadingTaskRunner, as in its own tests) and the operation ends when both have finished. Each
operation uses a new session, configured before the clock starts.

The cache backend's reference runs with a process-local lock: Triggers' own lock needs Redis
(`NotSupported` on LocMemCache), and there is no redis-server here. That makes it a floor for
Triggers' in-process storage, not a networked one.
"""

import collections
import contextlib
import inspect
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time

BIN, OPS, RUNS = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
os.environ["STORECTL_BIN"] = BIN

# Celery 4.4.7's vine 1.3 imports these, gone in Python 3.11 (see
# python/tools/triggers_suite_shim.py).
if not hasattr(inspect, "getargspec"):
    _ArgSpec = collections.namedtuple("ArgSpec", "args varargs keywords defaults")

    def _getargspec(func):
        spec = inspect.getfullargspec(func)
        return _ArgSpec(spec.args, spec.varargs, spec.varkw, spec.defaults)

    inspect.getargspec = _getargspec
    inspect.formatargspec = lambda *a, **k: "(...)"

import django  # noqa: E402
from django.conf import settings  # noqa: E402

settings.configure(
    CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}},
    INSTALLED_APPS=[],
)
django.setup()

import storectl  # noqa: E402
import storectl.triggers  # noqa: E402
import triggers.locking  # noqa: E402
from triggers import runners  # noqa: E402
from triggers.manager import TriggerManager  # noqa: E402
from triggers.storages.cache import CacheStorageBackend  # noqa: E402
from triggers.testing import DevNullTask  # noqa: E402

runners.DEFAULT_TASK_RUNNER = runners.ThreadingTaskRunner
runners.ThreadingTaskRunner.allow_python_path_target = True

CONFIG = {
    "t_a": {"after": [], "andEvery": "s", "run": DevNullTask.name},
    "t_b": {"after": [], "andEvery": "t_a", "run": DevNullTask.name},
}

_local_locks = collections.defaultdict(threading.RLock)


@contextlib.contextmanager
def _process_lock(key, ttl=True, cache=None, block=True):
    lock = _local_locks[key]
    if not lock.acquire(blocking=block):
        raise triggers.locking.LockAcquisitionFailed(key)
    try:
        yield
    finally:
        lock.release()


triggers.locking.acquire_lock = _process_lock


def per_op(make_storage, counter=None):
    """Median over RUNS runs of the time per fire -> task -> cascade, in µs, and the storectl
    requests each made."""
    times, calls = [], []
    for run in range(RUNS):
        managers = []
        for i in range(OPS):
            manager = TriggerManager(make_storage(f"bench-{run}-{i}"))
            manager.update_configuration(CONFIG)
            managers.append(manager)
        before = counter[0] if counter else 0
        start = time.perf_counter()
        for manager in managers:
            manager.fire("s")
            runners.ThreadingTaskRunner.join_all()
        times.append((time.perf_counter() - start) / OPS * 1e6)
        calls.append(((counter[0] if counter else 0) - before) / OPS)
    last = managers[-1].storage
    last.invalidate_cache()
    assert last.instances["t_b#0"].status == "finished", last.debug_repr()
    return statistics.median(times), statistics.median(calls)


def cat_floor():
    """One request and response line through `cat`: the pipe round trip any child costs the
    Python client (json dumps, write, flush, readline, json loads)."""
    cat = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    n = 2000
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        for i in range(n):
            line = json.dumps({"id": i, "cmd": ["session", "export", "bench-0-0"]})
            cat.stdin.write(line.encode() + b"\n")
            cat.stdin.flush()
            json.loads(cat.stdout.readline())
        times.append((time.perf_counter() - start) / n * 1e6)
    cat.stdin.close()
    cat.wait()
    return statistics.median(times)


def storectl_per_op(synchronous):
    """Per-operation time and requests on a new store whose commits sync as `synchronous`."""
    with tempfile.TemporaryDirectory() as d:
        env = dict(os.environ, STORECTL_SQLITE_SYNCHRONOUS=synchronous)
        client = storectl.Client(store=os.path.join(d, "bench.db"), env=env)
        counter = [0]
        round_trip = client._round_trip

        def counted(request):
            counter[0] += 1
            return round_trip(request)

        # Every request, single or group, is one round trip through this method.
        client._round_trip = counted
        storectl.triggers.configure(client=client)
        figures = per_op(storectl.triggers.StorectlStorage, counter)
        client.close()
        return figures


ours, requests = storectl_per_op("full")
normal, _ = storectl_per_op("normal")
cache, _ = per_op(CacheStorageBackend)
floor = cat_floor()

print(
    json.dumps(
        {
            "storectl": ours,
            "storectl_normal": normal,
            "requests": requests,
            "cache": cache,
            "cat": floor,
        }
    )
)
