"""A plugin that stores values of every kind through Errbot's public storage API."""

import datetime

from errbot import BotPlugin, botcmd

JSON_VALUES = {
    "rooms": ["#general", "#ops"],
    "config": {"PORT": 8888, "HOST": "h", "ratio": 0.25, "on": True, "none": None},
    "big": 10**30,
    "text": "välue 値",
}


def non_json_values(sender):
    return {
        "tuple": (1, "two", 3.0),
        "set": {"x", "y"},
        "frozen": frozenset({1, 2}),
        "bytes": b"\x00\x80\xff",
        "when": datetime.datetime(2026, 12, 4, 13, 0, tzinfo=datetime.timezone.utc),
        "int_keys": {1: "one", 2: "two"},
        "nested": {"inner": (1, 2)},
        "tag_like": {"$opaque": {"type": "python-pickle", "base64": ""}},
        "sender": sender,
    }


class Keeper(BotPlugin):
    @botcmd
    def keep(self, msg, args):
        for key, value in JSON_VALUES.items():
            self[key] = value
        for key, value in non_json_values(msg.frm).items():
            self[key] = value
        return f"kept {len(self)}"

    @botcmd
    def recall(self, msg, args):
        return repr(self[args])
