"""Fixtures: the real storectl binary and a fresh store per test.

The binary is ``$STORECTL_BIN`` (``.ci/run`` sets it to the one it built), else ``storectl`` on
PATH. Without one these tests skip, visibly (``-rs`` shows why); under ``CI=true`` they fail
instead, as CI provides everything.
"""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest


def _binary():
    found = os.environ.get("STORECTL_BIN") or shutil.which("storectl")
    if found and os.access(found, os.X_OK):
        return found
    reason = "no storectl binary: set STORECTL_BIN or put storectl on PATH"
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (CI=true: tests may not skip)")
    pytest.skip(reason)


def require(module):
    """Imports a module the test needs: skips (visibly) without it, but fails under CI=true."""
    try:
        return __import__(module, fromlist=["_"])
    except ImportError as e:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{module} is not installed (CI=true: tests may not skip): {e}")
        pytest.skip(f"{module} is not installed: pip install -r python/requirements-test.txt")


@pytest.fixture(scope="session")
def storectl_bin():
    return _binary()


@pytest.fixture
def store(tmp_path, storectl_bin):
    """A new, initialised store. Initialised first because two processes that create the same
    new store at once can fail with exit 75 (a storectl bug outside these tests: the store's
    creation does not wait for the other creator)."""
    path = str(tmp_path / "store.db")
    subprocess.run(
        [storectl_bin, "--store", path, "init"],
        check=True,
        capture_output=True,
        env={k: v for k, v in os.environ.items() if not k.startswith("STORECTL_")},
    )
    return path


@pytest.fixture
def cli(storectl_bin, store):
    """Runs one storectl command on the test's store, as an operator would; returns stdout."""

    def run(*args, input=None, check=True):
        env = {k: v for k, v in os.environ.items() if not k.startswith("STORECTL_")}
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
