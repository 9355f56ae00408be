"""Stream Framework's add_many and get_slice on storectl, next to its own Redis storage (a
redis-server this script starts on a free port) and the `cat` pipe floor, measured in one run.
Driven by `cargo bench --bench stream_framework` (benches/stream_framework.rs), which passes the
storectl binary; prints one JSON object of medians in microseconds.

    python stream_framework_storage.py STORECTL_BIN REDIS_SERVER OPS RUNS BATCH
"""

import datetime
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time

from storectl import stream_framework as sf
from stream_framework import settings
from stream_framework.activity import Activity
from stream_framework.feeds.redis import RedisFeed
from stream_framework.verbs.base import Love

BIN, REDIS = sys.argv[1], sys.argv[2]
OPS, RUNS, BATCH = int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
T0 = datetime.datetime(2026, 12, 4, 12, 0, 0)


def per_op(run, n):
    """Median over RUNS runs of the time per call, in µs."""
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        run(n)
        times.append((time.perf_counter() - start) / n * 1e6)
    return statistics.median(times)


def activities(start, n):
    return [
        Activity(i % 97, Love, i, i, time=T0 + datetime.timedelta(microseconds=i), extra_context={})
        for i in range(start, start + n)
    ]


def measure(feed_cls):
    """add_many: a batch of BATCH new activities into activity storage and one timeline (what
    Stream Framework's fan-out does per feed); get_slice: the newest 25, hydrated."""
    feed_cls.flush()
    feed = feed_cls(1)
    feed.delete()
    counter = [0]

    def add_many(n):
        for _ in range(n):
            batch = activities(counter[0], BATCH)
            counter[0] += BATCH
            feed_cls.insert_activities(batch)
            feed.add_many(batch, trim=False)

    def get_slice(n):
        for _ in range(n):
            page = feed[:25]
            assert len(page) == 25, len(page)

    add_many(10)  # warm up, and enough for a page
    figures = {"add_many": per_op(add_many, max(OPS // 10, 1)), "get_slice": per_op(get_slice, OPS)}
    feed.delete()
    feed_cls.flush()
    return figures


def cat_floor():
    """One request and response line through `cat`: the pipe round trip any child costs this
    client (json dumps, write, flush, readline, json loads)."""
    cat = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)

    def trips(n):
        for i in range(n):
            line = json.dumps({"id": i, "cmd": ["feed", "slice", "feed_1", "--ids-only"]})
            cat.stdin.write(line.encode() + b"\n")
            cat.stdin.flush()
            json.loads(cat.stdout.readline())

    trips(100)
    floor = per_op(trips, OPS)
    cat.stdin.close()
    cat.wait()
    return floor


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class StorectlBenchFeed(sf.StorectlFeed):
    pass


with tempfile.TemporaryDirectory() as d:
    port = free_port()
    # Redis as its defaults persist (RDB snapshots, no AOF fsync per write), in the temp dir.
    redis = subprocess.Popen(
        [REDIS, "--port", str(port), "--bind", "127.0.0.1", "--dir", d, "--save", ""],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        settings.STREAM_REDIS_CONFIG = {
            "default": {"host": "127.0.0.1", "port": port, "db": 0, "password": None}
        }
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
                break
            except OSError:
                time.sleep(0.05)
        store = os.path.join(d, "bench.db")
        env = {k: v for k, v in os.environ.items() if not k.startswith("STORECTL_")}
        subprocess.run([BIN, "--store", store, "init"], check=True, capture_output=True, env=env)
        sf.configure(store=store, binary=BIN)
        ours = measure(StorectlBenchFeed)
        sf.client_for().close()
        # The same on a store whose commits are synced at checkpoints only.
        normal_store = os.path.join(d, "normal.db")
        subprocess.run(
            [BIN, "--store", normal_store, "init"], check=True, capture_output=True, env=env
        )
        os.environ["STORECTL_SQLITE_SYNCHRONOUS"] = "normal"
        sf.configure(store=normal_store, binary=BIN)
        normal = measure(StorectlBenchFeed)
        sf.client_for().close()
        del os.environ["STORECTL_SQLITE_SYNCHRONOUS"]
        theirs = measure(RedisFeed)
        floor = cat_floor()
    finally:
        redis.terminate()
        redis.wait()

print(json.dumps({"storectl": ours, "storectl_normal": normal, "redis": theirs, "cat": floor}))
