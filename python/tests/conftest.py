"""Fixtures: the real storectl binary and a fresh store per test.

The binary is ``$STORECTL_BIN`` (``.ci/run`` sets it to the one it built), else ``storectl`` on
PATH. Every test that takes a store runs twice: on a new SQLite file, and on a new database of
the PostgreSQL server that ``$STORECTL_TEST_POSTGRES`` names (as for ``cargo test``; CI starts
one). Without the binary or the server these tests skip, visibly (``-rs`` shows why); under
``CI=true`` they fail instead, as CI provides everything.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import uuid

import pytest


def skip_or_fail(reason):
    """Skips the test for ``reason``, visibly; fails it instead under CI=true, as CI provides
    everything."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (CI=true: tests may not skip)")
    pytest.skip(reason)


def _binary():
    found = os.environ.get("STORECTL_BIN") or shutil.which("storectl")
    if found and os.access(found, os.X_OK):
        return found
    skip_or_fail("no storectl binary: set STORECTL_BIN or put storectl on PATH")


def require(module):
    """Imports a module the test needs: skips (visibly) without it, but fails under CI=true."""
    try:
        return __import__(module, fromlist=["_"])
    except ImportError as e:
        skip_or_fail(
            f"{module} is not installed ({e}): pip install -r python/requirements-test.txt"
        )


@pytest.fixture(scope="session")
def storectl_bin():
    return _binary()


def _without_storectl_vars():
    return {k: v for k, v in os.environ.items() if not k.startswith("STORECTL_")}


def _postgres_admin_url():
    url = os.environ.get("STORECTL_TEST_POSTGRES")
    if url:
        return url
    skip_or_fail(
        "STORECTL_TEST_POSTGRES is not set (it names a PostgreSQL server, e.g. the URL "
        "`.ci/pg-cluster start DIR` prints)"
    )


def _psql(admin_url, sql):
    """Runs one statement as the test server's admin, with Debian's versioned psql if there."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/psql")) or [shutil.which("psql")]
    if not found[-1]:
        pytest.fail("STORECTL_TEST_POSTGRES is set but no psql was found")
    subprocess.run(
        [found[-1], "-X", "-q", "-d", admin_url, "-c", sql],
        check=True,
        capture_output=True,
    )


def _with_database(url, name):
    """``url`` naming database ``name`` instead (its parameters kept)."""
    base, _, params = url.partition("?")
    server = base.rsplit("/", 1)[0] if base.count("/") > 2 else base
    return f"{server}/{name}" + (f"?{params}" if params else "")


#: The backends every test that takes a store runs on.
STORE_KINDS = ["sqlite", "postgres"]


def new_store(kind, directory, storectl_bin):
    """A new, initialised store of ``kind`` (a SQLite file in ``directory``, or a new database on
    the test server), and a function that removes it. Initialised first, so that every test
    starts from a store that exists."""
    if kind == "sqlite":
        store = str(directory / "store.db")

        def remove():
            pass

    else:
        admin = _postgres_admin_url()
        name = f"storectl_py_{os.getpid()}_{uuid.uuid4().hex[:12]}"
        _psql(
            admin,
            f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' "
            "LC_COLLATE 'C' LC_CTYPE 'C'",
        )
        store = _with_database(admin, name)

        def remove():
            _psql(admin, f"DROP DATABASE {name} WITH (FORCE)")

    subprocess.run(
        [storectl_bin, "--store", store, "init"],
        check=True,
        capture_output=True,
        env=_without_storectl_vars(),
    )
    return store, remove


@pytest.fixture(params=STORE_KINDS)
def store(request, tmp_path, storectl_bin):
    """A new store of each kind (see :func:`new_store`)."""
    store, remove = new_store(request.param, tmp_path, storectl_bin)
    yield store
    remove()


@pytest.fixture
def cli(storectl_bin, store):
    """Runs one storectl command on the test's store, as an operator would; returns stdout."""

    def run(*args, input=None, check=True):
        env = _without_storectl_vars()
        done = subprocess.run(
            [storectl_bin, "--store", store, *args],
            input=input,
            capture_output=True,
            text=True,
            env=env,
        )
        if check and done.returncode != 0:
            raise AssertionError(
                f"storectl {' '.join(args)} exited {done.returncode}: {done.stderr}"
            )
        return done.stdout

    return run
