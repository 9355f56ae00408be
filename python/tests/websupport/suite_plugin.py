"""A pytest plugin that runs sphinxcontrib-websupport's own test suite (its sdist's ``tests/``)
on storectl: ``pytest -p suite_plugin SDIST/tests`` with this directory on ``PYTHONPATH``
(``.ci/run`` does it for 1.2.7 and 2.0.0).

Two changes to how those tests run, both announced in the report header:

1. **Storage.** Its ``support`` fixture builds ``WebSupport(srcdir=..., builddir=...)`` without
   a storage, so WebSupport makes its SQLAlchemy storage on a SQLite file in the build dir.
   Here that default is a :class:`storectl.websupport.StorectlStorage` on a new store in the
   same place, one per ``WebSupport``. A storage the test passes itself (``NullStorage``) is
   kept.
2. **Direct model queries.** Some tests look past the storage API into SQLAlchemy's tables
   (``Session().query(Node).all()``, ``query(Comment).filter(Comment.username == u)``,
   ``query(CommentVote).filter(...)``). The test module's ``Session``, ``Node``, ``Comment`` and
   ``CommentVote`` are replaced by a small query object answering exactly those forms from the
   same store through storectl's reads (``node list --ids``, ``comment list --user``,
   ``vote list --user``): the asserts run unchanged against storectl's data. Any other query
   form fails loudly (``NotImplementedError``), so nothing is skipped silently.
"""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

STORECTL_NOTE = (
    "storage: storectl (StorectlStorage replaces the default SQLAlchemy storage); "
    "Session/Node/Comment/CommentVote queries in the tests are answered by storectl reads"
)

#: The storages this plugin made, newest last: the model queries read the newest.
_made: list = []
#: How many WebSupport objects ran on a storectl store (a run with none did not test storectl).
_count = [0]


def _binary() -> str:
    found = os.environ.get("STORECTL_BIN") or shutil.which("storectl")
    if not found:
        raise pytest.UsageError("no storectl binary: set STORECTL_BIN or put storectl on PATH")
    return found


def _new_storage(datadir: str):
    from storectl.websupport import StorectlStorage

    db_dir = os.path.join(datadir, "db")
    os.makedirs(db_dir, exist_ok=True)
    store = os.path.join(db_dir, "storectl.db")
    env = {k: v for k, v in os.environ.items() if not k.startswith("STORECTL_")}
    # Initialised first, so that the serve child opens an existing store.
    subprocess.run([_binary(), "--store", store, "init"], check=True, capture_output=True, env=env)
    storage = StorectlStorage(store, binary=_binary())
    _made.append(storage)
    _count[0] += 1
    return storage


def pytest_configure(config):
    from sphinxcontrib.websupport import core

    original = core.WebSupport._init_storage

    def _init_storage(self, storage):
        if storage is None or isinstance(storage, str):
            # None: WebSupport's default SQLite file; a str: an SQLAlchemy URI. Both mean "the
            # SQLAlchemy storage", which this run replaces.
            storage = _new_storage(self.datadir)
        original(self, storage)

    core.WebSupport._init_storage = _init_storage


def pytest_report_header(config):
    from sphinxcontrib.websupport import __version__ as version

    return [f"sphinxcontrib-websupport {version}; {STORECTL_NOTE}"]


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    terminalreporter.write_line(f"{_count[0]} WebSupport objects ran on storectl stores")


def pytest_sessionfinish(session, exitstatus):
    if session.testscollected and not _count[0]:
        # The swap did not happen (say, WebSupport changed how it makes its storage): the
        # tests ran on SQLAlchemy and prove nothing about storectl.
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_unconfigure(config):
    while _made:
        _made.pop().close()


@pytest.fixture(autouse=True)
def _storectl_models(request, monkeypatch):
    for name, model in (
        ("Session", _Session),
        ("Node", _Node),
        ("Comment", _Comment),
        ("CommentVote", _CommentVote),
    ):
        if hasattr(request.module, name):
            monkeypatch.setattr(request.module, name, model)


# -- the query forms the tests use, on storectl reads --


class _Column:
    def __init__(self, model, name):
        self.model, self.name = model, name

    def __eq__(self, value):  # type: ignore[override]
        return (self.name, value)

    __hash__ = None  # type: ignore[assignment]


class _Row:
    def __init__(self, **fields):
        self.__dict__.update(fields)


class _Node:
    """``query(Node).all()`` / ``.first()``: the nodes in build order."""


class _Comment:
    pass


class _CommentVote:
    pass


_Comment.username = _Column(_Comment, "username")
_CommentVote.username = _Column(_CommentVote, "username")


class _Query:
    def __init__(self, model):
        self.model = model
        self.where: tuple | None = None

    def filter(self, where):
        if self.where is not None or not isinstance(where, tuple) or where[0] != "username":
            raise NotImplementedError(f"query form not adapted to storectl: filter {where!r}")
        self.where = where
        return self

    def all(self):
        client = _made[-1].client
        if self.model is _Node and self.where is None:
            return [_Row(**n) for n in client.call("node", "list", "--ids")]
        if self.model is _Comment and self.where:
            found = client.call("comment", "list", "--user", self.where[1], moderator=True)
            return [_Row(**c) for c in found]
        if self.model is _CommentVote and self.where:
            found = client.call("vote", "list", "--user", self.where[1], moderator=True)
            return [_Row(**v) for v in found]
        raise NotImplementedError(f"query form not adapted to storectl: {self.model.__name__}")

    def first(self):
        rows = self.all()
        return rows[0] if rows else None


class _Session:
    def query(self, model):
        return _Query(model)

    def close(self):
        pass
