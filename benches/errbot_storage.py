"""The Errbot storage plugin's get and set, next to Errbot's own Shelf storage and the `cat`
pipe floor, measured in one run. Driven by `cargo bench --bench errbot` (benches/errbot.rs),
which passes the storectl binary; prints one JSON object of medians in microseconds.

    python errbot_storage.py STORECTL_BIN OPS RUNS KEYS
"""

import datetime
import itertools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import types

from errbot.storage.shelf import ShelfStoragePlugin
from storectl.errbot.storage import StorectlStoragePlugin

BIN, OPS, RUNS, KEYS = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
JSON_VALUE = {"rooms": ["#general", "#ops"], "limits": {"max": 5}, "on": True}
PICKLED_VALUE = (datetime.datetime(2026, 12, 4, tzinfo=datetime.timezone.utc), {"x", "y"})


def per_op(run, n=OPS):
    """Median over RUNS runs of the time per operation, in µs."""
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        run(n)
        times.append((time.perf_counter() - start) / n * 1e6)
    return statistics.median(times)


def key(i):
    return f"key{i % KEYS:06}"


def measure(storage):
    for i in range(KEYS):
        storage.set(key(i), JSON_VALUE)
    storage.set("pickled", PICKLED_VALUE)

    def gets(n):
        for i in range(n):
            storage.get(key(i))

    def pickled_gets(n):
        for _ in range(n):
            storage.get("pickled")

    # Each set writes a value never written before: setting the stored value again is no
    # change, and storectl commits nothing for it.
    fresh = itertools.count()

    def sets(n):
        for i in range(n):
            storage.set(key(i), dict(JSON_VALUE, n=next(fresh)))

    def pickled_sets(n):
        for _ in range(n):
            storage.set("pickled", (*PICKLED_VALUE, next(fresh)))

    gets(min(OPS, 100))  # warm up
    return {
        "get": per_op(gets),
        "get_pickled": per_op(pickled_gets),
        "set": per_op(sets, max(OPS // 10, 1)),
        "set_pickled": per_op(pickled_sets, max(OPS // 10, 1)),
    }


def cat_floor():
    """The same request and response lines through `cat`: the pipe round trip any child costs
    this client (json dumps, write, flush, readline, json loads)."""
    cat = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)

    def trips(n):
        for i in range(n):
            line = json.dumps({"id": i, "cmd": ["namespace", "get", "--", "Bench", key(i)]})
            cat.stdin.write(line.encode() + b"\n")
            cat.stdin.flush()
            json.loads(cat.stdout.readline())

    trips(100)
    floor = per_op(trips)
    cat.stdin.close()
    cat.wait()
    return floor


with tempfile.TemporaryDirectory() as d:
    config = types.SimpleNamespace(
        STORAGE_CONFIG={"store": os.path.join(d, "bench.db"), "binary": BIN},
        BOT_DATA_DIR=d,
    )
    storectl = StorectlStoragePlugin(config)
    ours = measure(storectl.open("Bench"))
    storectl.close()
    # The same on a store whose commits are synced at checkpoints only (the child inherits
    # the environment).
    os.environ["STORECTL_SQLITE_SYNCHRONOUS"] = "normal"
    config.STORAGE_CONFIG = dict(config.STORAGE_CONFIG, store=os.path.join(d, "normal.db"))
    storectl = StorectlStoragePlugin(config)
    normal = measure(storectl.open("Bench"))
    storectl.close()
    del os.environ["STORECTL_SQLITE_SYNCHRONOUS"]
    shelf_dir = os.path.join(d, "shelf")
    os.mkdir(shelf_dir)
    shelf_config = types.SimpleNamespace(STORAGE_CONFIG={}, BOT_DATA_DIR=shelf_dir)
    shelf_storage = ShelfStoragePlugin(shelf_config).open("Bench")
    shelf = measure(shelf_storage)
    shelf_storage.close()
    floor = cat_floor()

print(json.dumps({"storectl": ours, "storectl_normal": normal, "shelf": shelf, "cat": floor}))
