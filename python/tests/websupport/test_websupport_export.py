"""The way back: ``storectl export websupport`` writes a database WebSupport serves as its own.

Each test builds an original database with WebSupport's real ``SQLAlchemyStorage``, brings it
into a store (``migrate websupport``), writes it out again (``export websupport``), and asks
WebSupport's own storage the same questions of both files: ``get_data`` for every node with
comments (and one without), as
moderator and not, anonymously and as every user who voted or wrote (so each comment's ``vote``
is checked for every voter), ``get_metadata`` for every document, and every row through
WebSupport's own models (``Node``, ``Comment``, ``CommentVote``). Then both files take the same
writes through the storage (votes, a moderation, a reply, a rename) and are asked again: the
export is a database WebSupport keeps working on.

The originals: the databases WebSupport's own test suite leaves behind (its ``tests/`` from the
release's sdist, run with the real storage; ``.ci/run`` names the directory in
``STORECTL_WEBSUPPORT_SUITE``), and one of 10,000 comments built here (threads, hidden and
accepted comments, proposals, author and moderator deletions, votes of -1, 0 and 1, a renamed
user).

sphinxcontrib-websupport 2.0.0's SQLAlchemy storage cannot serialise a comment it reads from
SQLite (it subtracts the naive stored time from an aware ``now``: a ``TypeError``,
sphinx-doc/sphinxcontrib-websupport#72) and its non-moderator ``get_data`` filters with
``Comment.displayed is True`` (always false: no comments). Its schema is 1.2.7's. Under 2.0.0
the same questions are asked and must get the same answers, a ``TypeError`` included; the rows
read through its models and ``get_metadata`` carry the comparison there.
"""

from __future__ import annotations

import datetime
import glob
import json
import os
import random
import sqlite3
import subprocess
import sys

from conftest import require, skip_or_fail

websupport = require("sphinxcontrib.websupport")
sqlalchemystorage = require("sphinxcontrib.websupport.storage.sqlalchemystorage")
sqlalchemy_db = require("sphinxcontrib.websupport.storage.sqlalchemy_db")
sqlalchemy = require("sqlalchemy")

V2 = websupport.__version__.startswith("2.")


def storectl(binary, store, *args, codes=(0,)):
    env = {k: v for k, v in os.environ.items() if not k.startswith("STORECTL_")}
    done = subprocess.run(
        [binary, "--store", store, "--format", "json", *args],
        capture_output=True,
        text=True,
        env=env,
    )
    assert done.returncode in codes, f"storectl {' '.join(args)}: {done.stderr}"
    return json.loads(done.stdout)


class Storage:
    """WebSupport's SQLAlchemy storage on one file. Its ``Session`` and metadata are module
    globals, so one file is open at a time."""

    def __init__(self, path, fast=False):
        self.storage = sqlalchemystorage.SQLAlchemyStorage(f"sqlite:///{path}")
        if fast:
            # Building 10,000 comments one commit each: no fsync (the file is scratch).
            sqlalchemy.event.listen(
                self.storage.engine,
                "connect",
                lambda conn, _: conn.execute("PRAGMA synchronous = OFF"),
            )
            self.storage.engine.dispose()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.storage.engine.dispose()

    def newest_id(self):
        with self.storage.engine.connect() as conn:
            return conn.execute(sqlalchemy.text("SELECT max(id) FROM sphinx_comments")).scalar()

    def add_comment(self, text, displayed, username, time, proposal, node_id, parent_id):
        try:
            return self.storage.add_comment(
                text, displayed, username, time, proposal, node_id, parent_id, False
            )["id"]
        except TypeError:
            # 2.0.0: the comment is committed, then its serialisation fails (#72), leaving its
            # session (and a pooled connection) open.
            assert V2
            sqlalchemy.orm.close_all_sessions()
            return self.newest_id()


def _timeless(value):
    """A ``get_data`` answer without what depends on the clock (``age``, ``time.delta``)."""
    if isinstance(value, dict):
        return {k: _timeless(v) for k, v in value.items() if k not in ("age", "delta")}
    if isinstance(value, list):
        return [_timeless(v) for v in value]
    return value


def _ask(call):
    try:
        return _timeless(call())
    except TypeError as e:  # 2.0.0 (#72): the same failure must happen on both files
        assert V2, e
        return ("TypeError", str(e))


def answers(path, readers=None):
    """Everything WebSupport's storage says about the database at ``path``; ``get_data`` for
    each of ``readers`` (default: every user in it), anonymously, and as moderator."""
    with Storage(path) as s:
        storage = s.storage
        session = sqlalchemy_db.Session()
        Node, Comment, CommentVote = (
            sqlalchemy_db.Node,
            sqlalchemy_db.Comment,
            sqlalchemy_db.CommentVote,
        )
        nodes = [(n.id, n.document, n.source) for n in session.query(Node).order_by(Node.id)]
        columns = [c.name for c in Comment.__table__.columns]
        comments = [
            tuple(getattr(c, col) for col in columns)
            for c in session.query(Comment).order_by(Comment.id)
        ]
        votes = sorted(
            (v.username, v.comment_id, v.value) for v in session.query(CommentVote).all()
        )
        session.close()
        users = readers or sorted(
            {v[0] for v in votes} | {c[columns.index("username")] for c in comments}
        )
        # get_data of every node with comments, and of one without (get_metadata counts every
        # node's comments).
        commented = {c[columns.index("node_id")] for c in comments}
        quiet = [n[0] for n in nodes if n[0] not in commented][:1]
        asked_nodes = sorted(commented) + quiet
        result = {
            "nodes": nodes,
            "comments": comments,
            "votes": votes,
            "metadata": {
                (doc, moderator): storage.get_metadata(doc, moderator)
                for doc in sorted({n[1] for n in nodes})
                for moderator in (False, True)
            },
            "data": {
                (node, user, moderator): _ask(
                    lambda n=node, u=user, m=moderator: storage.get_data(n, u, m)
                )
                for node in asked_nodes
                for user in [None, *users]
                for moderator in (False, True)
            },
        }
        return result


def assert_same_answers(original, exported, readers=None):
    want, got = answers(original, readers), answers(exported, readers)
    assert len(got["comments"]) == len(want["comments"])
    for key in ("nodes", "comments", "votes", "metadata"):
        assert got[key] == want[key], key
    for key, value in want["data"].items():
        assert got["data"][key] == value, key
    return want


def round_trip(binary, tmp_path, original, name):
    store = str(tmp_path / f"{name}.store.db")
    out = str(tmp_path / f"{name}.export.db")
    imported = storectl(binary, store, "migrate", "websupport", original)
    assert imported["skipped"] == [], imported["skipped"]
    report = storectl(binary, store, "export", "websupport", out)
    assert report["comments"] == imported["comments"]["imported"]
    assert report["votes"] == imported["votes"]["imported"]
    assert oct(os.stat(out).st_mode & 0o777) == "0o600"
    return out


def more_writes(path, comment_ids):
    """The same writes through WebSupport's storage, on an original or its export."""
    with Storage(path) as s:
        storage = s.storage
        for i, cid in enumerate(comment_ids[:20]):
            storage.process_vote(cid, f"late{i % 3}", (i % 3) - 1)
        conn = sqlite3.connect(path)
        hidden = [r[0] for r in conn.execute("SELECT id FROM sphinx_comments WHERE NOT displayed")]
        shown = [r[0] for r in conn.execute("SELECT id FROM sphinx_comments WHERE displayed")]
        conn.close()
        if hidden:
            storage.accept_comment(hidden[0])
        if shown:
            s.add_comment(
                "a late reply",
                True,
                "late0",
                datetime.datetime(2030, 1, 2, 3, 4, 5, 6),
                None,
                None,
                str(shown[-1]),
            )
        storage.update_username("late1", "late-one")


def check(binary, tmp_path, original, name, readers=None):
    out = round_trip(binary, tmp_path, original, name)
    asked = assert_same_answers(original, out, readers)
    ids = [c[0] for c in asked["comments"]]
    for path in (original, out):
        more_writes(path, ids)
    # Again, get_data as the writer of the new votes and reply only (the rows say the rest).
    assert_same_answers(original, out, ["late0"])
    return asked


# -- the databases WebSupport's own test suite leaves --


def _suite_tests():
    suite = os.environ.get("STORECTL_WEBSUPPORT_SUITE")
    if suite and os.path.isfile(os.path.join(suite, "test_websupport.py")):
        return suite
    skip_or_fail(
        "STORECTL_WEBSUPPORT_SUITE names no sdist tests/ of sphinxcontrib-websupport "
        "(.ci/run sets it)"
    )


def test_the_databases_websupports_own_suite_leaves_come_back(tmp_path, storectl_bin):
    tests = _suite_tests()
    runs = tmp_path / "suite"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            f"--basetemp={runs}",
            os.path.join(tests, "test_websupport.py"),
        ],
        cwd=os.path.dirname(tests),
        capture_output=True,
        text=True,
        env=env,
    )
    # 1.2.7's suite passes on its storage; 2.0.0's fails on its own (#72), after writing.
    assert done.returncode in ((1,) if V2 else (0,)), done.stdout[-3000:]
    # pytest links test_xcurrent to test_x0: each file once.
    found = glob.glob(str(runs / "**" / "websupport.db"), recursive=True)
    dbs = sorted({os.path.realpath(db) for db in found})
    checked = []
    for n, db in enumerate(dbs):
        conn = sqlite3.connect(db)
        comments = conn.execute("SELECT count(*) FROM sphinx_comments").fetchone()[0]
        conn.close()
        if comments:
            checked.append(check(storectl_bin, tmp_path, db, f"suite{n}"))
    # test_comments and the tests built on it, test_moderation, test_proposals, test_voting...
    assert len(checked) >= (5 if V2 else 6), (dbs, done.stdout[-2000:])
    if not V2:
        assert any(v[2] == 1 for a in checked for v in a["votes"]), "no vote was compared"
        hidden = [c for a in checked for c in a["comments"] if not c[4]]
        assert hidden, "no hidden comment was compared"


# -- 10,000 comments --

USERS = [f"user{i:02d}" for i in range(40)]


def build_big(path, comments=10_000, nodes=100):
    rng = random.Random(16)
    start = datetime.datetime(2024, 5, 1, 8, 0, 0)
    with Storage(path, fast=True) as s:
        storage = s.storage
        storage.pre_build()
        node_ids = []
        for i in range(nodes):
            node_id = f"{rng.getrandbits(128):032x}"
            storage.add_node(
                node_id, f"doc{i % 7}", f"Paragraph {i} of the docs.\nIts second line."
            )
            node_ids.append((node_id, f"Paragraph {i} of the docs.\nIts second line."))
        storage.post_build()
        displayed, hidden, leaves = [], [], set()
        for i in range(comments):
            time = start + datetime.timedelta(seconds=i * 37, microseconds=rng.randrange(10**6))
            user = "Anonymous" if rng.random() < 0.05 else rng.choice(USERS)
            shown = rng.random() > 0.1
            if displayed and rng.random() < 0.4:
                parent = rng.choice(displayed)
                cid = s.add_comment(
                    f"<p>reply {i} ü</p>\n", shown, user, time, None, None, str(parent)
                )
                leaves.discard(parent)
            else:
                node, source = rng.choice(node_ids)
                proposal = (
                    source.replace("second", f"proposed {i}") if rng.random() < 0.05 else None
                )
                cid = s.add_comment(
                    f"<p>comment {i} &amp; more</p>\n", shown, user, time, proposal, node, None
                )
            (displayed if shown else hidden).append(cid)
            leaves.add(cid)
        for _ in range(comments // 2):
            storage.process_vote(
                rng.choice(displayed + hidden), rng.choice(USERS), rng.choice((-1, 0, 1))
            )
        for cid in rng.sample(hidden, len(hidden) // 2):
            storage.accept_comment(cid)
        for cid in rng.sample(displayed, 50):
            row = (
                sqlite3.connect(path)
                .execute("SELECT username FROM sphinx_comments WHERE id = ?", (cid,))
                .fetchone()
            )
            if row[0] not in ("Anonymous", "[deleted]"):
                storage.delete_comment(cid, row[0], False)
        # A moderator deletes comments without replies (a deleted thread's replies would leave
        # orphan votes behind, which the migration lists and does not import).
        for cid in rng.sample(sorted(leaves), 30):
            storage.delete_comment(cid, None, True)
        storage.update_username("user07", "user-seven")


def test_ten_thousand_comments_come_back(tmp_path, storectl_bin):
    original = str(tmp_path / "big.db")
    build_big(original)
    # get_data as a few users (every vote is compared row by row through the models).
    asked = check(
        storectl_bin, tmp_path, original, "big", ["user01", "user02", "user-seven", "late0"]
    )
    assert len(asked["comments"]) >= 9_900
    assert len({c[8].count(".") for c in asked["comments"]}) >= 5, "threads go deep"
    assert any(not c[4] for c in asked["comments"]), "hidden comments"
    assert any(c[5] == "[deleted]" for c in asked["comments"])
    assert any(c[6] for c in asked["comments"]), "proposals"
    assert {v[2] for v in asked["votes"]} == {-1, 0, 1}
