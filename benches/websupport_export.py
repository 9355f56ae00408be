"""`storectl export websupport` of 10,000 comments, next to WebSupport's own SQLAlchemy models
writing the same rows (one session, one commit: the fastest its storage layer writes them),
measured in one run. Driven by `cargo bench --bench websupport_export`
(benches/websupport_export.rs), which passes the storectl binary; prints one JSON object of
medians in seconds.

    python websupport_export.py STORECTL_BIN COMMENTS RUNS
"""

import datetime
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time

import sqlalchemy
from sphinxcontrib.websupport.storage import sqlalchemy_db
from sphinxcontrib.websupport.storage.sqlalchemystorage import SQLAlchemyStorage

BIN, COMMENTS, RUNS = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
NODES = 100
USERS = [f"user{i:02d}" for i in range(40)]


def rows():
    """Nodes, comments (threads, hidden ones, proposals) and votes, as WebSupport's rows."""
    rng = random.Random(16)
    nodes = [
        (f"{rng.getrandbits(128):032x}", f"doc{i % 7}", f"Paragraph {i}.")
        for i in range(NODES)
    ]
    start = datetime.datetime(2024, 5, 1, 8, 0, 0)
    comments, paths = [], {}
    for cid in range(1, COMMENTS + 1):
        if paths and rng.random() < 0.4:
            parent = rng.randrange(1, cid)
            path = f"{paths[parent]}.{cid}"
        else:
            path = f"{rng.choice(nodes)[0]}.{cid}"
        paths[cid] = path
        proposal = (
            "Paragraph, proposed."
            if "." not in path[33:] and rng.random() < 0.05
            else None
        )
        comments.append(
            {
                "id": cid,
                "rating": 0,
                "time": start + datetime.timedelta(seconds=cid * 37),
                "text": f"<p>comment {cid}</p>\n",
                "displayed": rng.random() > 0.1,
                "username": rng.choice(USERS),
                "proposal": proposal,
                "proposal_diff": "<span>diff</span>" if proposal else None,
                "path": path,
                "node_id": path.split(".")[0],
            }
        )
    votes = {}
    for _ in range(COMMENTS // 2):
        votes[(rng.choice(USERS), rng.randrange(1, COMMENTS + 1))] = rng.choice(
            (-1, 0, 1)
        )
    for (_, cid), value in votes.items():
        comments[cid - 1]["rating"] += value
    return nodes, comments, votes


def sqlalchemy_write(path, nodes, comments, votes):
    """The rows through WebSupport's models in one session; seconds."""
    start = time.perf_counter()
    storage = SQLAlchemyStorage(f"sqlite:///{path}")
    session = sqlalchemy_db.Session()
    session.add_all(sqlalchemy_db.Node(*n) for n in nodes)
    for c in comments:
        comment = sqlalchemy_db.Comment(
            c["text"],
            c["displayed"],
            c["username"],
            c["rating"],
            c["time"],
            c["proposal"],
            c["proposal_diff"],
        )
        comment.id, comment.path, comment.node_id = c["id"], c["path"], c["node_id"]
        session.add(comment)
    session.add_all(
        sqlalchemy_db.CommentVote(cid, user, v) for (user, cid), v in votes.items()
    )
    session.commit()
    session.close()
    elapsed = time.perf_counter() - start
    storage.engine.dispose()
    return elapsed


def storectl(*args):
    env = {k: v for k, v in os.environ.items() if not k.startswith("STORECTL_")}
    return subprocess.run([BIN, *args], check=True, capture_output=True, env=env)


def main():
    nodes, comments, votes = rows()
    with tempfile.TemporaryDirectory() as tmp:
        theirs = [
            sqlalchemy_write(os.path.join(tmp, f"native{i}.db"), nodes, comments, votes)
            for i in range(RUNS)
        ]
        store = os.path.join(tmp, "store.db")
        storectl(
            "--store", store, "migrate", "websupport", os.path.join(tmp, "native0.db")
        )
        ours = []
        for i in range(RUNS):
            start = time.perf_counter()
            storectl(
                "--store",
                store,
                "export",
                "websupport",
                os.path.join(tmp, f"out{i}.db"),
            )
            ours.append(time.perf_counter() - start)
        # The export holds what the models wrote.
        sqlite = sqlalchemy.create_engine(f"sqlite:///{os.path.join(tmp, 'out0.db')}")
        with sqlite.connect() as conn:
            count = conn.execute(
                sqlalchemy.text("SELECT count(*) FROM sphinx_comments")
            ).scalar()
        assert count == len(comments), count
    print(
        json.dumps(
            {
                "comments": len(comments),
                "votes": len(votes),
                "storectl": statistics.median(ours),
                "sqlalchemy": statistics.median(theirs),
            }
        )
    )


main()
