"""Stream Framework 1.4.0's own aggregated and notification feed test classes, on storectl.

As in ``test_stream_framework.py``: each class subclasses one of Stream Framework's base test
classes (``stream_framework/tests/feeds/aggregated_feed/``, ``tests/feeds/notification_feed/``)
and changes only ``feed_cls`` (and the activity classes for the custom-activity feed), exactly
as its Redis tests (``aggregated_feed/redis.py``, ``notification_feed/redis.py``) do. No shim
beyond the module's: these tests use neither Celery nor ``async``.
"""

from __future__ import annotations

import datetime
import json
import os
import subprocess

import pytest

try:
    import stream_framework_shims  # noqa: F401  (Python 3.11 shims; see the module)
    from stream_framework.activity import AggregatedActivity, NotificationActivity
    from stream_framework.aggregators.base import RecentVerbAggregator
    from stream_framework.tests.feeds.aggregated_feed import base as aggregated_tests
    from stream_framework.tests.feeds.aggregated_feed import redis as redis_aggregated_tests
    from stream_framework.tests.feeds.notification_feed import base as notification_tests
    from stream_framework.tests.feeds.redis import CustomActivity

    import storectl
    from storectl import stream_framework as sf
except ImportError as e:  # pragma: no cover - depends on the venv
    if os.environ.get("CI") == "true":
        raise
    pytest.skip(
        f"stream-framework is not installed ({e}): pip install -r python/requirements-test.txt",
        allow_module_level=True,
    )


@pytest.fixture(autouse=True, scope="module")
def one_store_for_the_module(tmp_path_factory, storectl_bin):
    """Stream Framework's tests build their feeds themselves (class attributes), so the store is
    the module default (:func:`storectl.stream_framework.configure`)."""
    path = str(tmp_path_factory.mktemp("stream_framework_aggregated") / "store.db")
    env = {k: v for k, v in os.environ.items() if not k.startswith("STORECTL_")}
    subprocess.run(
        [storectl_bin, "--store", path, "init"], check=True, capture_output=True, env=env
    )
    sf.configure(store=path, binary=storectl_bin)
    yield path
    sf.client_for().close()
    sf.configure()


# -- aggregated feeds (tests/feeds/aggregated_feed/redis.py) --


class CustomAggregated(AggregatedActivity):
    """As its CustomAggregated."""


class StorectlCustomAggregatedFeed(sf.StorectlAggregatedFeed):
    """As its RedisCustomAggregatedFeed: CustomActivity (a shorter serialization_id)."""

    activity_class = CustomActivity
    aggregated_activity_class = CustomAggregated


class TestStorectlAggregatedFeed(aggregated_tests.TestAggregatedFeed):
    feed_cls = sf.StorectlAggregatedFeed


class TestStorectlCustomAggregatedFeed(redis_aggregated_tests.TestRedisCustomAggregatedFeed):
    """Its TestRedisCustomAggregatedFeed (test_custom_activity included), on storectl."""

    feed_cls = StorectlCustomAggregatedFeed
    activity_class = CustomActivity
    aggregated_activity_class = CustomAggregated


class PythonMergedAggregator(RecentVerbAggregator):
    """An aggregator of the application's own (the same groups, but a class storectl does not
    know): the feed merges in Python, as Stream Framework does, through the storectl storage."""


class StorectlPythonMergedFeed(sf.StorectlAggregatedFeed):
    aggregator_class = PythonMergedAggregator


class TestStorectlPythonMergedAggregatedFeed(aggregated_tests.TestAggregatedFeed):
    feed_cls = StorectlPythonMergedFeed


# -- notification feeds (tests/feeds/notification_feed/redis.py) --


class TestStorectlNotificationFeed(notification_tests.TestBaseNotificationFeed):
    feed_cls = sf.StorectlNotificationFeed


# -- what storectl adds: the operator's view, exact groups, kept counts --


def _notification_feed_on(store_path, storectl_bin):
    client = storectl.Client(store_path, binary=storectl_bin)

    class Feed(sf.StorectlNotificationFeed):
        @classmethod
        def get_timeline_storage_options(cls):
            return dict(super().get_timeline_storage_options(), client=client)

    return Feed, client


def test_the_operator_sees_and_marks_what_the_feed_wrote(store, storectl_bin, cli):
    from stream_framework.activity import Activity
    from stream_framework.verbs.base import Comment, Love

    feed_cls, client = _notification_feed_on(store, storectl_bin)
    try:
        feed = feed_cls(7)
        when = datetime.datetime(2026, 12, 4, 12, 0, 0, 123456)
        loves = [
            Activity(a, Love, 42, time=when + datetime.timedelta(minutes=a)) for a in (1, 2, 3)
        ]
        feed.add_many(loves)
        page = json.loads(cli("feed", "aggregated", "slice", "notification_feed:7"))
        assert [g["group"] for g in page] == ["3-42-2026-12-04"]
        assert page[0]["activity_count"] == 3
        assert [a["actor"] for a in page[0]["activities"]] == [1, 2, 3]
        # The operator marks it read; the application sees it.
        cli("feed", "aggregated", "mark", "notification_feed:7", "--all", "--seen", "--read")
        assert (feed.count_unseen(), feed.count_unread()) == (0, 0)
        got = feed[:1][0]
        assert isinstance(got, NotificationActivity)
        assert (got.is_seen, got.is_read) == (True, True)
        # A comment on another object starts a group of its own, unseen and unread.
        comment = Activity(1, Comment, 43, time=when)
        feed.add(comment)
        assert (feed.count_unseen(), feed.count_unread()) == (1, 1)
        counts = json.loads(cli("feed", "aggregated", "count", "notification_feed:7"))
        assert counts == {
            "key": "notification_feed:7",
            "aggregator": "notification",
            "groups": 2,
            "unseen_count": 1,
            "unread_count": 1,
        }
    finally:
        client.close()
