"""Stream Framework 1.4.0's own storage and feed test classes, on storectl.

Each class subclasses one of Stream Framework's base test classes (shipped in its package,
``stream_framework/tests/``) and changes only ``storage_cls`` / ``feed_cls`` (and the activity
class for the custom-activity feed), exactly as its Redis tests (``tests/storage/redis/``,
``tests/feeds/redis.py``) do. The base classes are reached through their modules, so pytest
collects only these subclasses.
"""

from __future__ import annotations

import os

import pytest
from conftest import new_store

try:
    import stream_framework_shims  # noqa: F401  (Python 3.11 shims; see the module)
    from stream_framework.tests.feeds import base as feed_tests
    from stream_framework.tests.feeds import redis as redis_feed_tests
    from stream_framework.tests.storage import base as storage_tests

    import storectl
    from storectl import stream_framework as sf
except ImportError as e:  # pragma: no cover - depends on the venv
    if os.environ.get("CI") == "true":
        raise
    pytest.skip(
        f"stream-framework is not installed ({e}): pip install -r python/requirements-test.txt",
        allow_module_level=True,
    )


@pytest.fixture(autouse=True, scope="class")
def one_store_for_the_class(request, tmp_path_factory, storectl_bin):
    """Stream Framework's tests build their storages and feeds themselves (class attributes),
    so the store is the module default (:func:`storectl.stream_framework.configure`). Its test
    classes are unittest classes, which take no parametrized fixture: each runs on the kind of
    store its ``store_kind`` names, and has a twin on PostgreSQL (at the end of the module)."""
    if request.cls is None:
        yield None
        return
    kind = getattr(request.cls, "store_kind", "sqlite")
    directory = tmp_path_factory.mktemp("stream_framework")
    path, remove = new_store(kind, directory, storectl_bin)
    sf.configure(store=path, binary=storectl_bin)
    yield path
    sf.client_for().close()
    sf.configure()
    remove()


# -- storages (tests/storage/redis/activity_storage.py, timeline_storage.py) --


class TestStorectlActivityStorage(storage_tests.TestBaseActivityStorageStorage):
    storage_cls = sf.StorectlActivityStorage


class TestStorectlTimelineStorage(storage_tests.TestBaseTimelineStorageClass):
    storage_cls = sf.StorectlTimelineStorage


# -- feeds (tests/feeds/redis.py) --


class StorectlCustom(sf.StorectlFeed):
    """As its RedisCustom: the feed with its CustomActivity (a shorter serialization_id)."""

    activity_class = redis_feed_tests.CustomActivity


class TestStorectlFeed(feed_tests.TestBaseFeed):
    feed_cls = sf.StorectlFeed


class TestCustomStorectlFeed(redis_feed_tests.TestCustomRedisFeed):
    """Its TestCustomRedisFeed (test_custom_activity included), on storectl."""

    feed_cls = StorectlCustom


# -- the manager (tests/managers/redis.py): fan-out through Celery tasks, run eagerly --

stream_framework_shims.eager_celery()
from stream_framework.feed_managers.base import Manager  # noqa: E402 (after the shims)
from stream_framework.feeds.base import UserBaseFeed  # noqa: E402
from stream_framework.tests.managers import base as manager_tests  # noqa: E402


class StorectlUserBaseFeed(UserBaseFeed, sf.StorectlFeed):
    pass


class StorectlManager(Manager):
    feed_classes = {"feed": sf.StorectlFeed}
    user_feed_class = StorectlUserBaseFeed


class TestStorectlManager(manager_tests.BaseManagerTest):
    manager_class = StorectlManager


# Each of Stream Framework's test classes again, on a PostgreSQL store.
for _suite in (
    TestStorectlActivityStorage,
    TestStorectlTimelineStorage,
    TestStorectlFeed,
    TestCustomStorectlFeed,
    TestStorectlManager,
):
    _twin = f"{_suite.__name__}OnPostgres"
    globals()[_twin] = type(_twin, (_suite,), {"store_kind": "postgres"})
del _suite, _twin


# -- what storectl adds: the operator's view, exact ids --


def _feed_on(store_path, storectl_bin):
    client = storectl.Client(store_path, binary=storectl_bin)

    class Feed(sf.StorectlFeed):
        key_format = "user_feed:%(user_id)s"

        @classmethod
        def get_timeline_storage_options(cls):
            return dict(super().get_timeline_storage_options(), client=client)

        @classmethod
        def get_activity_storage(cls):
            return cls.activity_storage_class(
                serializer_class=cls.activity_serializer,
                activity_class=cls.activity_class,
                client=client,
            )

    return Feed, client


def test_the_operator_sees_what_the_feed_wrote(store, storectl_bin, cli):
    import datetime
    import json

    from stream_framework.activity import Activity
    from stream_framework.verbs.base import Love

    feed_cls, client = _feed_on(store, storectl_bin)
    try:
        when = datetime.datetime(2026, 12, 4, 12, 0, 0, 123456)
        activity = Activity(7, Love, 42, 9, time=when, extra_context={"via": "api"})
        feed_cls.insert_activity(activity)
        feed_cls(1).add(activity)
        page = json.loads(cli("feed", "slice", "user_feed:1"))
        assert page == [
            {
                "id": str(activity.serialization_id),
                "actor": 7,
                "verb": 3,
                "verb_name": "love",
                "object": 42,
                "target": 9,
                "time": "2026-12-04T12:00:00.123456Z",
                "extra_context": {"via": "api"},
            }
        ]
        # And back: the same activity, its naive UTC time to the microsecond.
        got = feed_cls(1)[:1][0]
        assert (got.time, got.extra_context) == (when, {"via": "api"})
    finally:
        client.close()


def test_filters_within_one_millisecond_are_exact(store, storectl_bin):
    """Stream Framework issue #66: Redis's float scores make these 0 and 3."""
    import datetime

    from stream_framework.activity import Activity
    from stream_framework.verbs.base import Love

    feed_cls, client = _feed_on(store, storectl_bin)
    try:
        when = datetime.datetime(2026, 12, 4, 12, 0, 0, 1000)
        three = [Activity(1, Love, o, time=when) for o in (1, 2, 3)]
        feed_cls.insert_activities(three)
        feed = feed_cls(2)
        feed.add_many(three)
        middle = three[1].serialization_id
        assert len(feed.filter(activity_id__lt=middle)[:10]) == 1
        assert len(feed.filter(activity_id__lte=middle)[:10]) == 2
    finally:
        client.close()
