"""Stream Framework 1.4.0's own storage and feed test classes, on storectl.

Each class subclasses one of Stream Framework's base test classes (shipped in its package,
``stream_framework/tests/``) and changes only ``storage_cls`` / ``feed_cls`` (and the activity
class for the custom-activity feed), exactly as its Redis tests (``tests/storage/redis/``,
``tests/feeds/redis.py``) do. The base classes are reached through their modules, so pytest
collects only these subclasses.
"""

from __future__ import annotations

import os
import subprocess

import pytest

try:
    import stream_framework_shims  # noqa: F401  (Python 3.11 shims; see the module)
    from stream_framework.tests.feeds import base as feed_tests
    from stream_framework.tests.feeds import redis as redis_feed_tests
    from stream_framework.tests.storage import base as storage_tests

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
    """Stream Framework's tests build their storages and feeds themselves (class attributes),
    so the store is the module default (:func:`storectl.stream_framework.configure`)."""
    path = str(tmp_path_factory.mktemp("stream_framework") / "store.db")
    env = {k: v for k, v in os.environ.items() if not k.startswith("STORECTL_")}
    subprocess.run(
        [storectl_bin, "--store", path, "init"], check=True, capture_output=True, env=env
    )
    sf.configure(store=path, binary=storectl_bin)
    yield path
    sf.client_for().close()
    sf.configure()


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
