"""The Triggers 2.0 backend's contract with its store, without Triggers (it is not on the package
registry, so CI cannot install it; Triggers' own 47 tests are run by hand with
``python/tools/run_triggers_suite.sh``, see the README).

The contract, from ``triggers/storages/base.py`` and ``storages/cache.py`` at tag 2.0.0:

- ``_save`` stores ``{"tasks": {name: TaskConfig.serialize()}, "instances": {name:
  TaskInstance.serialize()}, "metas": {...}}``. ``TaskConfig.serialize`` writes every field
  (``"andEvery": None``, ``"using": None``, ``"unless": []``, ``"withParams": {}``, extra keys);
  ``TaskInstance.serialize`` writes ``abandonState`` (a list), ``kwargs``, ``metadata``,
  ``status`` and ``task``. The manager keeps naive UTC ``datetime`` objects in
  ``metadata["timestamps"]``; ``metas`` always holds ``latest_kwargs``.
- ``_load_from_backend`` returns ``(tasks, instances, metas)`` in those shapes, three empty dicts
  for a new session.
- ``acquire_lock`` holds the session's lock for a block; a non-blocking acquire of a held lock
  fails at once; ``save`` runs while holding it.
"""

from __future__ import annotations

import datetime
import json
import os
import subprocess
import sys
import threading

import pytest

import storectl
from storectl.triggers import SessionStore, encode, parse_timestamp

PYTHON_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STAMP = datetime.datetime(2017, 3, 13, 12, 22, 47)
LATER = datetime.datetime(2017, 3, 13, 12, 22, 48, 123456)


def task(after, **fields):
    """A task config as ``TaskConfig.serialize`` writes it."""
    config = {
        "after": list(after),
        "unless": [],
        "andEvery": None,
        "run": "app.tasks.PassThru",
        "using": None,
        "withParams": {},
    }
    config.update(fields)
    return config


def saved_state():
    """What ``BaseTriggerStorage._save`` hands over after a fire and a finished task."""
    tasks = {
        "t_alpha": task(["s"]),
        "t_beta": task(["t_alpha"], withParams={"extra": {"stuff": "arb"}}),
        "t_every": task(["s"], andEvery="s", unless=["w"]),
    }
    instances = {
        "t_alpha#0": {
            "abandonState": [],
            "kwargs": {"s": {"k": 1}},
            "metadata": {
                "actualKwargs": {"s": {"k": 1}},
                "result": {"kwargs": {"s": {"k": 1}}},
                "timestamps": {
                    "created": STAMP,
                    "lastModified": LATER,
                    "scheduled": STAMP,
                    "finished": LATER,
                },
            },
            "status": "finished",
            "task": "t_alpha",
        },
        "t_every#0": {
            "abandonState": [],
            "kwargs": {"s": {"k": 1}},
            "metadata": {},
            "status": "unstarted",
            "task": "t_every",
        },
    }
    metas = {"latest_kwargs": {"s": {"k": 1}}}
    return tasks, instances, metas


@pytest.fixture
def sessions(store, storectl_bin):
    client = storectl.Client(store=store, binary=storectl_bin)
    yield SessionStore(client)
    client.close()


def test_a_new_session_loads_as_three_empty_dicts(sessions):
    assert sessions.load("nobody") == ({}, {}, {})


def test_what_save_stores_loads_back_equal_with_datetimes(sessions, cli):
    tasks, instances, metas = saved_state()
    with sessions.lock("u") as owner:
        sessions.save("u", tasks, instances, metas, owner)
    assert sessions.load("u") == (tasks, instances, metas)
    # The operator sees the same session, timestamps as RFC 3339.
    shown = json.loads(cli("session", "show", "u"))
    stamps = shown["instances"]["t_alpha#0"]["metadata"]["timestamps"]
    assert stamps["created"] == "2017-03-13T12:22:47Z"
    assert stamps["finished"] == "2017-03-13T12:22:48.123456Z"
    assert shown["tasks"]["t_alpha"]["andEvery"] is None


def test_the_operator_drives_a_saved_session_and_the_backend_reads_it(sessions, cli):
    with sessions.lock("u") as owner:
        sessions.save("u", *saved_state(), owner)
    fired = json.loads(cli("session", "fire", "u", "s", "--kwargs", '{"k": 2}'))
    assert fired["created"] == ["t_every#1"]
    cli("session", "finish", "u", "t_every#1", "--result", "{}")
    _, instances, metas = sessions.load("u")
    assert instances["t_every#1"]["status"] == "finished"
    stamps = instances["t_every#1"]["metadata"]["timestamps"]
    assert isinstance(stamps["finished"], datetime.datetime)
    assert stamps["finished"].tzinfo is None, "naive UTC, as Triggers writes them"
    assert metas["latest_kwargs"]["s"] == {"k": 2}


def test_save_replaces_the_whole_session(sessions):
    tasks, instances, metas = saved_state()
    with sessions.lock("u") as owner:
        sessions.save("u", tasks, instances, metas, owner)
        del instances["t_every#0"]
        sessions.save("u", tasks, instances, metas, owner)
    assert set(sessions.load("u")[1]) == {"t_alpha#0"}


def test_the_lock_is_the_storectl_lock_on_the_session(sessions, cli, storectl_bin, store):
    with sessions.lock("u") as owner:
        held = json.loads(cli("lock", "list"))
        assert [(lk["resource"], lk["owner"]) for lk in held] == [("session:u", owner)]
        assert owner.startswith("triggers:")
        # While the backend holds it, nobody else changes the session: not the operator...
        done = subprocess.run(
            [storectl_bin, "--store", store, "session", "configure", "u", "-"],
            input='{"t": {"after": []}}',
            capture_output=True,
            text=True,
            env={k: v for k, v in os.environ.items() if not k.startswith("STORECTL_")},
        )
        assert done.returncode == 75, done.stderr
        # ... nor a save by another owner, nor a non-blocking acquire.
        with pytest.raises(storectl.Busy):
            sessions.save("u", *saved_state(), "someone-else")
        with pytest.raises(storectl.Busy):
            sessions.acquire("u", "someone-else", block=False)
        sessions.save("u", *saved_state(), owner)
    assert json.loads(cli("lock", "list")) == []
    assert "t_alpha#0" in sessions.load("u")[1]


def test_acquire_and_load_then_save_and_release_are_two_round_trips(sessions, cli):
    trips = []
    round_trip = sessions.client._round_trip

    def counted(request):
        trips.append(request)
        return round_trip(request)

    sessions.client._round_trip = counted
    # A session that does not exist yet loads empty, and the lock is still taken.
    assert sessions.acquire_and_load("u", "worker") == ({}, {}, {})
    assert [lk["owner"] for lk in json.loads(cli("lock", "list"))] == ["worker"]
    tasks, instances, metas = saved_state()
    sessions.save_and_release(
        "u", encode({"tasks": tasks, "instances": instances, "metas": metas}), "worker"
    )
    assert json.loads(cli("lock", "list")) == []
    trips.clear()
    loaded = sessions.acquire_and_load("u", "worker")
    assert set(loaded[1]) == set(instances) and len(trips) == 1
    sessions.save_and_release(
        "u", encode({"tasks": tasks, "instances": {}, "metas": metas}), "worker"
    )
    assert len(trips) == 2
    assert sessions.load("u")[1] == {} and json.loads(cli("lock", "list")) == []


def test_a_save_refused_at_release_writes_nothing_and_still_gives_the_lock_back(sessions, cli):
    tasks, instances, metas = saved_state()
    sessions.save("u", tasks, instances, metas, None)
    sessions.acquire("u", "worker")
    bad = encode({"tasks": {"t": {"after": "not a list"}}, "instances": {}, "metas": {}})
    with pytest.raises(storectl.BadInput):
        sessions.save_and_release("u", bad, "worker")
    assert set(sessions.load("u")[1]) == set(instances)
    assert json.loads(cli("lock", "list")) == []


def test_a_blocking_acquire_waits_for_the_release(sessions):
    acquired = threading.Event()

    def other():
        with sessions.lock("u"):
            acquired.set()

    with sessions.lock("u"):
        waiter = threading.Thread(target=other)
        waiter.start()
        # The waiter shares the client: it must not starve this thread's own calls.
        assert sessions.load("u") == ({}, {}, {})
        assert not acquired.is_set(), "the lock is held: the other thread waits"
    waiter.join(timeout=30)
    assert acquired.is_set()


def test_ttl_none_never_expires_and_ttl_seconds_do(sessions, cli):
    sessions.acquire("forever", "w", ttl=None)
    sessions.acquire("brief", "w", ttl=60)
    expiry = {lk["resource"]: lk["expires"] for lk in json.loads(cli("lock", "list"))}
    assert expiry["session:forever"] is None
    assert expiry["session:brief"] is not None


def test_values_json_cannot_carry_are_refused_before_anything_is_stored(sessions):
    tasks, instances, metas = saved_state()
    instances["t_alpha#0"]["metadata"]["result"] = object()
    with sessions.lock("u") as owner, pytest.raises(TypeError, match="cannot be stored"):
        sessions.save("u", tasks, instances, metas, owner)
    assert sessions.load("u") == ({}, {}, {})


def test_flush_deletes_every_session(sessions):
    for uid in ("a", "b"):
        with sessions.lock(uid) as owner:
            sessions.save(uid, *saved_state(), owner)
    assert sessions.flush() == ["a", "b"]
    assert sessions.load("a") == ({}, {}, {})


def test_timestamps_round_trip_through_rfc3339():
    assert parse_timestamp("2017-03-13T12:22:47Z") == STAMP
    assert parse_timestamp("2026-12-04T14:23:30.16301Z") == datetime.datetime(
        2026, 12, 4, 14, 23, 30, 163010
    )
    assert parse_timestamp("2017-03-13T14:22:47+02:00") == STAMP
    assert parse_timestamp("not a time") == "not a time"
    assert json.loads(encode({"t": LATER, "s": {"b", "a"}})) == {
        "t": "2017-03-13T12:22:48.123456Z",
        "s": ["a", "b"],
    }


def test_the_triggers_class_needs_triggers():
    import storectl.triggers as backend

    if backend._TRIGGERS_MISSING is not None:
        with pytest.raises(ImportError, match="eflglobal/triggers"):
            backend.StorectlStorage  # noqa: B018
    else:
        from triggers.storages.base import BaseTriggerStorage

        assert issubclass(backend.StorectlStorage, BaseTriggerStorage)


def test_the_entry_point_module_imports_nothing_of_triggers():
    """Triggers' registry loads entry points while ``triggers.storages.base`` is importing: the
    entry point's module must import without Triggers (else ``import storectl.triggers`` would
    load itself half-initialised)."""
    code = (
        "import sys, storectl.triggers_entry; "
        "assert not any(m == 'triggers' or m.startswith('triggers.') for m in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=PYTHON_DIR
    )
    assert done.returncode == 0, done.stderr
