"""storectl.Client against the real binary: kinds of errors, threads, restarts, identity."""

from __future__ import annotations

import json
import logging
import os
import signal
import stat
import threading

import pytest

import storectl


@pytest.fixture
def client(storectl_bin, store):
    with storectl.Client(store, binary=storectl_bin) as c:
        yield c


def test_a_call_returns_the_commands_json_document(client):
    done = client.call("namespace", "set", "core", "motd", json.dumps("hello"))
    assert done == {
        "namespace": "core",
        "added": ["motd"],
        "changed": [],
        "removed": [],
        "dry_run": False,
    }
    assert client.call("namespace", "get", "core", "motd") == "hello"
    # Bytes for stdin travel as base64; text as it is.
    client.call("namespace", "merge", "core", "-", stdin=b'{"n": 10000000000000000000001}')
    assert client.call("namespace", "get", "core", "n") == 10000000000000000000001


def test_errors_are_exceptions_named_by_kind_with_message_hint_and_exit(client, cli):
    with pytest.raises(storectl.NotFound) as missing:
        client.call("namespace", "get", "core", "nope")
    assert missing.value.exit == 3 and missing.value.kind == "not_found"
    assert missing.value.message == 'key "nope" not found in namespace "core"'
    assert "storectl namespace keys core" in missing.value.hint
    assert "(hint: list the keys" in str(missing.value)

    with pytest.raises(storectl.BadInput) as bad:
        client.call("namespace", "set", "core", "k", "{not json")
    assert bad.value.exit == 65

    with pytest.raises(storectl.Conflict):
        client.call("namespace", "copy", "core", "core")
    with pytest.raises(storectl.UsageError):
        client.call("namespace", "get", "--no-such-flag", "core", "k")
    with pytest.raises(storectl.UsageError):
        client.call("batch", "-")

    cli("--as", "bob", "lock", "acquire", "namespace:core")
    with pytest.raises(storectl.Locked) as locked:
        client.call("namespace", "set", "core", "k", "1", as_user="alice")
    assert isinstance(locked.value, storectl.Busy) and locked.value.exit == 75
    assert "is locked by bob" in locked.value.message
    with pytest.raises(storectl.NotAuthorized) as denied:
        client.call("lock", "release", "namespace:core", as_user="alice")
    assert denied.value.exit == 77
    # The owner, per call, may.
    client.call("namespace", "set", "core", "k", "1", as_user="bob")
    # Every error left the connection usable, and every exception is a StorectlError.
    assert issubclass(storectl.Locked, storectl.StorectlError)
    assert client.call("namespace", "len", "core") == 1


def test_a_group_is_one_transaction_and_one_round_trip(client, cli):
    docs = client.group(
        client.request("namespace", "set", "core", "a", "1"),
        client.request("namespace", "merge", "core", "-", stdin='{"b": 2}', as_user="alice"),
        client.request("namespace", "dump", "core"),
    )
    assert docs[0]["added"] == ["a"] and docs[2] == {"a": 1, "b": 2}
    cli("--as", "bob", "lock", "acquire", "namespace:other")
    with pytest.raises(storectl.Locked) as locked:
        client.group(
            client.request("namespace", "set", "core", "c", "3"),
            client.request("namespace", "set", "other", "k", "1", as_user="alice"),
        )
    # Which request failed; and nothing of the group was written.
    assert locked.value.request == 2
    assert "request 2 of the group" in locked.value.message
    assert json.loads(cli("namespace", "keys", "core")) == ["a", "b"]
    assert client.group() == []
    # A single call's error has no request number.
    with pytest.raises(storectl.NotFound) as missing:
        client.call("namespace", "get", "core", "nope")
    assert missing.value.request is None


def test_threads_share_one_client_and_each_gets_its_own_responses(client):
    threads, rounds = 8, 60
    failures = []

    def work(t):
        try:
            for i in range(rounds):
                key = f"t{t}-{i}"
                client.call("namespace", "set", "shared", key, json.dumps([t, i]))
                assert client.call("namespace", "get", "shared", key) == [t, i]
                with pytest.raises(storectl.NotFound):
                    client.call("namespace", "get", "shared", f"missing-{t}-{i}")
        except BaseException as e:  # reported by the main thread
            failures.append((t, e))

    workers = [threading.Thread(target=work, args=(t,)) for t in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert failures == []
    assert client.call("namespace", "len", "shared") == threads * rounds
    assert client.restarts == 0


def test_a_killed_child_is_replaced_on_the_next_call_and_says_so(client, caplog):
    client.call("namespace", "set", "core", "k", "1")
    first = client.pid
    os.kill(first, signal.SIGKILL)
    client._proc.wait()  # the kill has landed: the next call finds a dead child
    with caplog.at_level(logging.WARNING, logger="storectl"):
        assert client.call("namespace", "get", "core", "k") == 1
    assert client.restarts == 1
    assert client.pid != first
    assert f"storectl serve (pid {first}) exited with code -9; starting a new one" in caplog.text


def test_a_child_that_dies_with_a_request_in_flight_raises_child_died(tmp_path, store):
    # A stand-in child that reads one request and exits without answering: what a crash or an
    # OOM kill of serve in mid-request looks like from the client.
    dying = tmp_path / "dying-serve"
    dying.write_text("#!/bin/sh\nread line\nexit 3\n")
    dying.chmod(dying.stat().st_mode | stat.S_IXUSR)
    with storectl.Client(store, binary=str(dying)) as c:
        with pytest.raises(storectl.ChildDied) as died:
            c.call("namespace", "set", "core", "k", "1")
        assert "exited with code 3" in died.value.message
        assert "whether it ran is unknown" in died.value.message
        with pytest.raises(storectl.ChildDied):
            c.call("namespace", "get", "core", "k")
        assert c.restarts == 1


def test_the_child_never_inherits_identity_variables(storectl_bin, store, cli, monkeypatch):
    cli("--as", "bob", "lock", "acquire", "namespace:core")
    for name in storectl.IDENTITY_VARIABLES:
        monkeypatch.setenv(name, "bob")
    monkeypatch.setenv("STORECTL_MODERATOR", "true")
    with storectl.Client(store, binary=storectl_bin) as c:
        with open(f"/proc/{c.pid}/environ", "rb") as f:
            names = {entry.split(b"=", 1)[0].decode() for entry in f.read().split(b"\0") if entry}
        assert names.isdisjoint(storectl.IDENTITY_VARIABLES)
        # Were STORECTL_USER=bob inherited, this write would act as bob, the lock's owner.
        with pytest.raises(storectl.Locked):
            c.call("namespace", "set", "core", "k", "1")
        c.call("namespace", "set", "core", "k", "1", as_user="bob")
    # The client's own default identity, then overridden per call (None: anonymous).
    with storectl.Client(store, binary=storectl_bin, as_user="bob") as c:
        c.call("namespace", "set", "core", "k", "2")
        with pytest.raises(storectl.Locked):
            c.call("namespace", "set", "core", "k", "3", as_user=None)


def test_moderator_is_per_call(client, cli):
    cli("node", "add", "--document", "d", "--source", "text", "n1")
    added = json.loads(cli("--as", "alice", "comment", "add", "--node", "n1", "--text", "hi"))
    cid = str(added["id"])
    with pytest.raises(storectl.NotAuthorized):
        client.call("comment", "delete", cid, as_user="bob")
    # The moderator claim holds for that call only.
    client.call("comment", "delete", cid, as_user="bob", moderator=True)
    with pytest.raises(storectl.NotFound):
        client.call("comment", "delete", cid, as_user="bob", moderator=True)


def test_a_missing_binary_is_named(monkeypatch, tmp_path):
    monkeypatch.delenv("STORECTL_BIN", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(FileNotFoundError, match="STORECTL_BIN"):
        storectl.Client(str(tmp_path / "s.db"))
