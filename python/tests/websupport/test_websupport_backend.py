"""storectl.websupport beyond WebSupport's own suite (which .ci/run runs through
suite_plugin.py): a build is one write, the dictionaries have the SQLAlchemy storage's shape,
and what an operator does on the live store shows in WebSupport."""

from __future__ import annotations

import json

import pytest
from conftest import require

websupport = require("sphinxcontrib.websupport")
sqlalchemystorage = require("sphinxcontrib.websupport.storage.sqlalchemystorage")

from storectl.websupport import StorectlStorage, pretty_delta  # noqa: E402

CONF = "project = 't'\n"
INDEX = """Title
=====

First paragraph.

Second paragraph, with a typo.

* an item
"""


def make_docs(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "conf.py").write_text(CONF)
    (src / "index.rst").write_text(INDEX)
    return src


class Recording:
    """A real client that also remembers each command it sent."""

    def __init__(self, client):
        self.client = client
        self.commands = []

    def call(self, *cmd, **kw):
        self.commands.append(cmd)
        return self.client.call(*cmd, **kw)

    def close(self):
        self.client.close()


def test_a_build_reads_once_and_writes_its_nodes_in_one_request(tmp_path, store, storectl_bin, cli):
    storage = StorectlStorage(store, binary=storectl_bin)
    recording = Recording(storage.client)
    storage.client = recording
    src = make_docs(tmp_path)
    support = websupport.WebSupport(
        srcdir=str(src), builddir=str(tmp_path / "out"), storage=storage, status=None
    )
    support.build()
    assert [c[:3] for c in recording.commands] == [
        ("node", "list", "--ids"),
        ("node", "add", "--from"),
    ]
    nodes = json.loads(cli("node", "list", "--ids"))
    assert len(nodes) >= 3 and {n["document"] for n in nodes} == {"index"}
    # A rebuild finds every node: it reads once and writes nothing.
    recording.commands.clear()
    support.build()
    assert [c[:3] for c in recording.commands] == [("node", "list", "--ids")]
    assert json.loads(cli("node", "list", "--ids")) == nodes
    storage.close()


def _shape(value):
    """Keys and value types, recursively (the contents of strings and numbers aside)."""
    if isinstance(value, dict):
        return {k: _shape(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_shape(v) for v in value[:1]]
    return type(value).__name__


def _exercise(storage):
    storage.pre_build()
    storage.add_node("n1", "index", "Line one.\nLine two.")
    storage.post_build()
    top = storage.add_comment("top", True, "alice", None, "Line one.\nLine 2.", "n1", None, False)
    reply = storage.add_comment("re", True, "bob", None, None, None, str(top["id"]), False)
    storage.process_vote(top["id"], "bob", 1)
    return top, reply, storage.get_data("n1", "bob", False)


#: ``Comment.serializable``'s keys and value types (sphinxcontrib-websupport 1.2.7 and 2.0.0).
TIME = {k: "int" for k in ("year", "month", "day", "hour", "minute", "second")}
COMMENT = {
    "text": "str",
    "username": "str",
    "id": "int",
    "node": "str",
    "parent": "NoneType",
    "rating": "int",
    "displayed": "bool",
    "age": "int",
    "time": {**TIME, "iso": "str", "delta": "str"},
    "vote": "int",
    "proposal_diff": "str",
    "children": [],
}


def test_dictionaries_have_websupports_shape(store, storectl_bin):
    storage = StorectlStorage(store, binary=storectl_bin)
    top, reply, data = _exercise(storage)
    assert _shape(top) == {**COMMENT, "document": "str", "proposal_diff_text": "str"}
    assert reply["parent"] == str(top["id"])
    reply_shape = {**COMMENT, "parent": "str", "proposal_diff": "NoneType", "vote": "int"}
    assert _shape(data) == {"source": "str", "comments": [{**COMMENT, "children": [reply_shape]}]}
    assert data["comments"][0]["vote"] == 1
    assert data["comments"][0]["time"]["delta"] == "0 minutes ago"
    # The text diff has no difflib "?" guide lines (the seed's make_text keeps them).
    assert top["proposal_diff_text"] == "  Line one.\n- Line two.\n+ Line 2."
    storage.close()


def test_dictionaries_match_the_sqlalchemy_storage(tmp_path, store, storectl_bin):
    if websupport.__version__.startswith("2."):
        pytest.skip(
            "2.0.0's own SQLAlchemy storage cannot run this (naive vs aware datetimes, "
            "sphinx-doc/sphinxcontrib-websupport#72); 1.2.7's run compares the two"
        )
    native_top, native_reply, native = _exercise(
        sqlalchemystorage.SQLAlchemyStorage(f"sqlite:///{tmp_path / 'native.db'}")
    )
    storage = StorectlStorage(store, binary=storectl_bin)
    top, reply, data = _exercise(storage)
    assert _shape(top) == _shape(native_top)
    assert _shape(reply) == _shape(native_reply)
    assert _shape(data) == _shape(native)
    for key in ("text", "username", "node", "rating", "displayed", "vote", "proposal_diff"):
        assert data["comments"][0][key] == native["comments"][0][key], key
    assert reply["parent"] == str(top["id"]) == native_reply["parent"]
    storage.close()


def test_what_an_operator_does_on_the_live_store_shows_in_websupport(store, storectl_bin, cli):
    storage = StorectlStorage(store, binary=storectl_bin)
    storage.pre_build()
    storage.add_node("n1", "index", "Some text.")
    storage.post_build()
    hidden = storage.add_comment("spam?", False, "Anonymous", None, None, "n1", None, False)
    assert storage.get_data("n1", "alice", False)["comments"] == []
    assert storage.get_metadata("index", False) == {"n1": 1}
    cli("--moderator", "moderate", "accept", str(hidden["id"]))
    [shown] = storage.get_data("n1", "alice", False)["comments"]
    assert (shown["id"], shown["username"]) == (hidden["id"], "Anonymous")
    cli("--as", "alice", "vote", str(hidden["id"]), "-1")
    assert storage.get_data("n1", "alice", False)["comments"][0]["vote"] == -1
    storage.close()


def test_refusals_are_websupports_exceptions(store, storectl_bin):
    from sphinxcontrib.websupport.errors import CommentNotAllowedError, UserNotAuthorizedError

    storage = StorectlStorage(store, binary=storectl_bin)
    storage.add_node("n1", "index", "Some text.")
    assert storage.has_node("n1") and not storage.has_node("n2")
    hidden = storage.add_comment("h", False, "alice", None, None, "n1", None, False)
    shown = storage.add_comment("s", True, "alice", None, None, "n1", None, False)
    try:
        storage.add_comment("r", True, "bob", None, None, None, hidden["id"], False)
        raise AssertionError("a reply to a hidden comment was stored")
    except CommentNotAllowedError:
        pass
    for call in (
        lambda: storage.delete_comment(shown["id"], "bob", False),
        lambda: storage.process_vote(shown["id"], "Anonymous", 1),
    ):
        try:
            call()
            raise AssertionError("not refused")
        except UserNotAuthorizedError:
            pass
    assert storage.delete_comment(shown["id"], "alice", False) is False
    assert storage.delete_comment(shown["id"], "", True) is True
    storage.close()


def test_pretty_delta_says_whole_minutes_hours_and_days():
    assert [pretty_delta(s) for s in (0, 59, 60, 3599, 3600, 7200, 86399, 86400, 3 * 86400)] == [
        "0 minutes ago",
        "0 minutes ago",
        "1 minute ago",
        "59 minutes ago",
        "1 hour ago",
        "2 hours ago",
        "23 hours ago",
        "1 day ago",
        "3 days ago",
    ]


def test_moderator_name_acts_for_websupports_unnamed_moderator(tmp_path, store, storectl_bin):
    from storectl import NotAuthorized

    config = tmp_path / "storectl.toml"
    config.write_text('[comments]\nmoderators = ["ops"]\n')
    plain = StorectlStorage(store, str(config), binary=storectl_bin)
    plain.add_node("n1", "index", "Some text.")
    hidden = plain.add_comment("h", False, "Anonymous", None, None, "n1", None, False)
    # With a moderators list, an unnamed moderator is refused...
    try:
        plain.accept_comment(hidden["id"])
        raise AssertionError("an unnamed moderator was honoured")
    except NotAuthorized:
        pass
    plain.close()
    # ...and moderator_name names one.
    named = StorectlStorage(store, str(config), binary=storectl_bin, moderator_name="ops")
    named.accept_comment(hidden["id"])
    [shown] = named.get_data("n1", "Anonymous", False)["comments"]
    assert shown["id"] == hidden["id"] and shown["username"] == "Anonymous"
    assert named.delete_comment(hidden["id"], "", True) is True
    named.close()


def test_times_parse_with_any_fraction_on_every_python():
    from storectl.websupport import _parse_rfc3339

    assert _parse_rfc3339("2026-12-04T14:39:01.60257Z").microsecond == 602570
    assert _parse_rfc3339("2026-12-04T14:39:01Z").microsecond == 0
    assert _parse_rfc3339("2026-12-04T14:39:01.1234567Z").microsecond == 123456
    assert _parse_rfc3339("2026-12-04T14:39:01+02:00").utcoffset().total_seconds() == 7200
