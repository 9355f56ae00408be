"""Errbot 6.2.1 on storectl, through its own test bot and plugin API: values of every kind
outlive a restart, the operator sees the JSON ones plainly, and TextCmds activates."""

from __future__ import annotations

import datetime
import json
import os

from conftest import require

import storectl.errbot

errbot_test = require("errbot.backends.test")
errbot_botplugin = require("errbot.botplugin")

PLUGINS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "errbot_plugins")


def make_bot(store, storectl_bin):
    bot = errbot_test.TestBot(
        extra_plugin_dir=PLUGINS,
        loglevel=30,
        extra_config={
            "BOT_EXTRA_STORAGE_PLUGINS_DIR": storectl.errbot.PLUGIN_DIR,
            "STORAGE": "Storectl",
            "STORAGE_CONFIG": {"store": store, "binary": storectl_bin},
        },
    )
    bot.start()
    return bot


def keeper(bot):
    return bot.bot.plugin_manager.get_plugin_obj_by_name("Keeper")


def test_values_of_every_kind_outlive_a_restart(store, storectl_bin, cli):
    bot = make_bot(store, storectl_bin)
    try:
        assert type(bot.bot.storage_plugin).__name__ == "StorectlStoragePlugin"
        assert "kept 13" in bot.exec_command("!keep")
        sender = keeper(bot)["sender"]
    finally:
        bot.stop()

    bot = make_bot(store, storectl_bin)
    try:
        plugin = keeper(bot)
        assert plugin["rooms"] == ["#general", "#ops"]
        assert plugin["config"] == {
            "PORT": 8888,
            "HOST": "h",
            "ratio": 0.25,
            "on": True,
            "none": None,
        }
        assert plugin["big"] == 10**30
        assert plugin["text"] == "välue 値"
        assert plugin["tuple"] == (1, "two", 3.0) and type(plugin["tuple"]) is tuple
        assert plugin["set"] == {"x", "y"} and type(plugin["set"]) is set
        assert plugin["frozen"] == frozenset({1, 2})
        assert plugin["bytes"] == b"\x00\x80\xff"
        assert plugin["when"] == datetime.datetime(2026, 12, 4, 13, 0, tzinfo=datetime.timezone.utc)
        assert plugin["int_keys"] == {1: "one", 2: "two"}
        assert plugin["nested"] == {"inner": (1, 2)}
        assert plugin["tag_like"] == {"$opaque": {"type": "python-pickle", "base64": ""}}
        back = plugin["sender"]
        # Errbot loads its backend module anew for each bot, so the class objects differ
        # between the two bots; the class and the person must be the same.
        assert type(back).__qualname__ == "TestPerson" and back.person == sender.person
        assert "(1, 'two', 3.0)" in bot.exec_command("!recall tuple")
        assert len(plugin) == 13
    finally:
        bot.stop()

    # The operator's view of the live store: JSON values plainly, the others as opaque tags.
    dump = json.loads(cli("namespace", "dump", "Keeper"))
    assert dump["rooms"] == ["#general", "#ops"]
    assert dump["config"]["PORT"] == 8888
    assert dump["big"] == 10**30
    assert dump["text"] == "välue 値"
    assert dump["tuple"]["$opaque"]["type"] == "python-pickle"
    table = cli("--format", "tsv", "namespace", "dump", "Keeper")
    assert "\nsender\t<opaque python-pickle, " in table
    # Errbot's own namespaces are there too.
    listed = {row["namespace"] for row in json.loads(cli("namespace", "list"))}
    assert {"core", "Keeper"} <= listed


def test_textcmds_activates_and_keeps_its_identifier(store, storectl_bin, cli, monkeypatch):
    # TextCmds activates only in text mode, where it stores the user as an Identifier object,
    # which is what fails on a JSON-only store. TextCmds is told it runs in text mode here (and
    # only it) so that the real plugin runs its real activate() and deactivate() on the real
    # storage. (Errbot loads the test backend's module anew for each bot, so the backend's own
    # mode cannot be patched.)
    base = errbot_botplugin.BotPluginBase
    test_mode = base.mode

    def mode(plugin):
        return "text" if type(plugin).__name__ == "TextModeCmds" else test_mode.fget(plugin)

    monkeypatch.setattr(base, "mode", property(mode))
    for _ in range(2):  # the second start reads what the first stored
        bot = make_bot(store, storectl_bin)
        try:
            manager = bot.bot.plugin_manager
            assert "TextCmds" in manager.get_all_active_plugin_names()
            user = manager.get_plugin_obj_by_name("TextCmds")["user"]
            assert type(user).__qualname__ == "TestPerson"
            assert user.person == bot.bot_config.BOT_ADMINS[0]
        finally:
            bot.stop()
    tsv = cli("--format", "tsv", "namespace", "dump", "TextCmds")
    assert "inroom\tfalse\n" in tsv
    assert "user\t<opaque python-pickle, " in tsv
