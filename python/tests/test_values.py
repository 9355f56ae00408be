"""storectl.values: which Python values stay plain JSON, and exact round trips of the others."""

from __future__ import annotations

import collections
import datetime
import json

import pytest

from storectl import values
from storectl.errbot.storage import StorectlStorage

PLAIN = [
    None,
    True,
    0,
    -1,
    10**30,
    1.5,
    -0.0,
    "",
    "välue 値",
    [],
    [1, [2, {"a": None}]],
    {"a": {"b": [1.25, "x"]}},
    {"$opaque": 1, "other": 2},
    {"nested": {"$opaque": {"type": "python-pickle", "base64": ""}}},
    10**4299,
]


def nested(depth, leaf):
    """``leaf`` inside ``depth`` lists."""
    for _ in range(depth):
        leaf = [leaf]
    return leaf


NOT_PLAIN = [
    (1, 2),
    [1, (2, 3)],
    {"x"},
    frozenset({1}),
    b"\x00\xff",
    bytearray(b"ab"),
    datetime.datetime(2026, 12, 4, 13, 0, tzinfo=datetime.timezone.utc),
    datetime.date(2026, 12, 4),
    {1: "one"},
    {"a": {2: "b"}},
    {("t",): 1},
    collections.OrderedDict(a=1),
    float("nan"),
    float("inf"),
    "lone \ud800 surrogate",
    {"$opaque": {"type": "python-pickle", "base64": ""}},
    1 + 2j,
]


@pytest.mark.parametrize("value", PLAIN, ids=repr)
def test_plain_json_values_are_stored_as_json(value):
    form, text = values.encode(value)
    assert form == "json"
    assert json.loads(text) == value


@pytest.mark.parametrize("value", NOT_PLAIN, ids=repr)
def test_other_values_are_pickled(value):
    assert values.encode(value)[0] == "pickle"


def test_values_that_once_crashed_the_plugin_are_pickled_and_come_back():
    # Errbot's Shelf stores these; the plugin raised RecursionError and ValueError on them.
    selfish = [1]
    selfish.append(selfish)
    huge = 10**4300  # 4,301 digits: past Python 3.11's int-to-str limit
    for value in (selfish, huge):
        form, data = values.encode(value)
        assert form == "pickle"
    back = values.decode(
        {"$opaque": {"type": "python-pickle", "base64": encode_b64(values.encode(selfish)[1])}}
    )
    assert back[0] == 1 and back[1] is back


def test_the_depth_limit_is_the_one_migrate_errbot_uses():
    # 500 levels below the top are plain (migrate errbot decides the same), one more is not.
    assert values.encode(nested(500, 1))[0] == "json"
    assert values.encode(nested(500, []))[0] == "json"
    # (Deeper ones are pickled, where pickle can: it fails past about 450 levels itself, in
    # Errbot's Shelf storage too.)
    assert not values.is_plain_json(nested(501, 1))


def encode_b64(data):
    import base64

    return base64.b64encode(data).decode("ascii")


def same(a, b):
    """Equal and of the same types, at every level (NaN equal to itself)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, float) and a != a:
        return b != b
    if isinstance(a, dict):
        return list(a) == list(b) and all(same(a[k], b[k]) for k in a)
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    return a == b


def test_every_value_round_trips_exactly_through_a_real_store(storectl_bin, store, cli):
    import storectl

    with storectl.Client(store, binary=storectl_bin) as client:
        ns = StorectlStorage(client, "values")
        for i, value in enumerate(PLAIN + NOT_PLAIN):
            ns.set(f"k{i:02}", value)
        for i, value in enumerate(PLAIN + NOT_PLAIN):
            back = ns.get(f"k{i:02}")
            assert same(back, value), (value, back)
        assert ns.len() == len(PLAIN) + len(NOT_PLAIN)
        # A key that looks like an option is a key.
        ns.set("--yes", 1)
        assert ns.get("--yes") == 1
        ns.remove("--yes")
        with pytest.raises(KeyError):
            ns.get("--yes")
        with pytest.raises(KeyError):
            ns.remove("--yes")
    dump = json.loads(cli("namespace", "dump", "values"))
    for i, value in enumerate(PLAIN):
        assert dump[f"k{i:02}"] == value
    for i in range(len(PLAIN), len(PLAIN) + len(NOT_PLAIN)):
        assert dump[f"k{i:02}"]["$opaque"]["type"] == "python-pickle"
