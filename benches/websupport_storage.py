"""The WebSupport backend's add_comment, get_data and process_vote, next to WebSupport's own
SQLAlchemy storage on SQLite and the `cat` pipe floor, measured in one run. Driven by
`cargo bench --bench websupport` (benches/websupport.rs), which passes the storectl binary;
prints one JSON object of medians in microseconds.

    python websupport_storage.py STORECTL_BIN OPS RUNS
"""

import itertools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

from sphinxcontrib.websupport.storage.sqlalchemystorage import SQLAlchemyStorage
from storectl.websupport import StorectlStorage

BIN, OPS, RUNS = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
NODES = 20  # nodes get_data reads, each with 3 comments and 3 replies
SOURCE = "A paragraph of the documentation,\nwith a second line."


def per_op(run, n=OPS):
    """Median over RUNS runs of the time per operation, in µs."""
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        run(n)
        times.append((time.perf_counter() - start) / n * 1e6)
    return statistics.median(times)


def node(i):
    return f"{i % NODES:032x}"


def measure(storage):
    storage.pre_build()
    for i in range(NODES):
        storage.add_node(node(i), "contents", SOURCE)
    storage.post_build()
    # Three comments per node, each with a reply: get_data builds a small tree.
    ids = []
    for i in range(NODES * 3):
        top = storage.add_comment(
            "a comment", True, f"user{i % 7}", None, None, node(i), None, False
        )
        storage.add_comment("a reply", True, "other", None, None, None, str(top["id"]), False)
        ids.append(top["id"])
    # New comments go to other nodes than the ones get_data reads, so that its trees stay the
    # same size; each vote is a new user's, so that each changes the store (a repeated vote
    # is no change and storectl commits nothing for it).
    storage.pre_build()
    for i in range(NODES):
        storage.add_node(f"b{i:031x}", "other", SOURCE)
    storage.post_build()
    fresh = itertools.count()

    def add_comments(n):
        for _ in range(n):
            target = f"b{next(fresh) % NODES:031x}"
            storage.add_comment("a new comment", True, "bench", None, None, target, None, False)

    def get_data(n):
        for i in range(n):
            storage.get_data(node(i), "user1", False)

    def votes(n):
        for i in range(n):
            storage.process_vote(ids[i % len(ids)], f"voter{next(fresh)}", 1)

    get_data(min(OPS, 50))  # warm up
    return {
        "add_comment": per_op(add_comments, max(OPS // 5, 1)),
        "get_data": per_op(get_data),
        "process_vote": per_op(votes, max(OPS // 5, 1)),
    }


def cat_floor():
    """A comment-list request and a response of get_data's size through `cat`: the pipe round
    trip any child costs this client (json dumps, write, flush, readline, json loads)."""
    cat = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    comment = {
        "id": 1,
        "node": node(0),
        "parent": None,
        "username": "u",
        "text": "a comment",
        "displayed": True,
        "rating": 0,
        "time": "2026-12-04T00:00:00Z",
        "age": 0,
        "vote": 0,
        "proposal_diff": None,
        "proposal_diff_text": None,
        "children": [],
    }
    response = {"source": SOURCE, "comments": [dict(comment, children=[comment])] * 3}

    def trips(n):
        for i in range(n):
            line = json.dumps(
                {"id": i, "cmd": ["comment", "list", "--node", node(i)], "ok": response}
            )
            cat.stdin.write(line.encode() + b"\n")
            cat.stdin.flush()
            json.loads(cat.stdout.readline())

    trips(100)
    floor = per_op(trips)
    cat.stdin.close()
    cat.wait()
    return floor


with tempfile.TemporaryDirectory() as d:
    store = os.path.join(d, "bench.db")
    env = {k: v for k, v in os.environ.items() if not k.startswith("STORECTL_")}
    subprocess.run([BIN, "--store", store, "init"], check=True, capture_output=True, env=env)
    storectl = StorectlStorage(store, binary=BIN)
    ours = measure(storectl)
    storectl.close()
    # The same on a store whose commits are synced at checkpoints only.
    normal_store = os.path.join(d, "normal.db")
    subprocess.run([BIN, "--store", normal_store, "init"], check=True, capture_output=True, env=env)
    os.environ["STORECTL_SQLITE_SYNCHRONOUS"] = "normal"
    storectl = StorectlStorage(normal_store, binary=BIN)
    normal = measure(storectl)
    storectl.close()
    del os.environ["STORECTL_SQLITE_SYNCHRONOUS"]
    native = measure(SQLAlchemyStorage("sqlite:///" + os.path.join(d, "websupport.db")))
    floor = cat_floor()

print(json.dumps({"storectl": ours, "storectl_normal": normal, "sqlalchemy": native, "cat": floor}))
