"""Stream Framework's aggregated and notification feeds on storectl (``storectl feed aggregated``).

Re-exported by :mod:`storectl.stream_framework`::

    from storectl.stream_framework import StorectlAggregatedFeed, StorectlNotificationFeed

    class UserAggregatedFeed(StorectlAggregatedFeed):
        key_format = "aggregated:%(user_id)s"

    class UserNotificationFeed(StorectlNotificationFeed):
        key_format = "notification_feed:%(user_id)s"

- **Timeline storage** (:class:`StorectlAggregatedTimelineStorage`): one storectl group per
  aggregated activity, with its activities, times and ``minimized_activities``; it plugs in
  where Stream Framework's ``AggregatedFeed`` takes ``timeline_storage_class`` (with
  :class:`StorectlAggregatedSerializer` as ``timeline_serializer``).
- **Markers storage** (:class:`StorectlMarkersStorage`): ``BaseNotificationFeed``'s unseen and
  unread lists, answered by storectl's seen and read marks and its kept counts (O(1)).
- **The feeds**: ``add_many`` and ``remove_many`` run in storectl, one transaction each (merging
  an activity into its group, the hard ``max_length``, the counts), when the feed's aggregator is
  one storectl knows (``RecentVerbAggregator``, ``NotificationAggregator``); a feed with an
  aggregator of its own merges in Python, as Stream Framework does, through the same storage.
"""

from __future__ import annotations

import contextlib

from stream_framework.aggregators.base import NotificationAggregator, RecentVerbAggregator
from stream_framework.feeds.aggregated_feed.base import AggregatedFeed
from stream_framework.feeds.notification_feed.base import BaseNotificationFeed
from stream_framework.serializers.base import BaseAggregatedSerializer
from stream_framework.storage.base import BaseTimelineStorage
from stream_framework.storage.base_lists_storage import BaseListsStorage

from .stream_framework import (
    StorectlActivitySerializer,
    StorectlActivityStorage,
    _id_text,
    _ndjson,
    _parse_time,
    _StorectlStorage,
    _time_text,
    client_for,
)

__all__ = [
    "StorectlAggregatedFeed",
    "StorectlAggregatedSerializer",
    "StorectlAggregatedTimelineStorage",
    "StorectlMarkersStorage",
    "StorectlNotificationFeed",
]

#: The aggregators storectl runs itself, by Stream Framework class.
AGGREGATORS = {RecentVerbAggregator: "recent_verb", NotificationAggregator: "notification"}


class StorectlAggregatedSerializer(BaseAggregatedSerializer):
    """An aggregated activity as a storectl group (``feed aggregated put``), and back."""

    def __init__(self, aggregated_activity_class, activity_class, *args, **kwargs):
        super().__init__(aggregated_activity_class, activity_class, *args, **kwargs)
        self.activity_serializer = StorectlActivitySerializer(activity_class)

    def dumps(self, aggregated):
        self.check_type(aggregated)
        if aggregated.dehydrated:
            raise ValueError("storectl stores a group's activities: hydrate it first")

        def when(value):
            return None if value is None else _time_text(value)

        return {
            "group": aggregated.group,
            "activities": [self.activity_serializer.dumps(a) for a in aggregated.activities],
            "created_at": when(aggregated.created_at),
            "updated_at": when(aggregated.updated_at),
            "seen_at": when(aggregated.seen_at),
            "read_at": when(aggregated.read_at),
            "minimized_activities": aggregated.minimized_activities,
        }

    def loads(self, serialized):
        aggregated = self.aggregated_activity_class(serialized["group"])
        aggregated.activities = [
            self.activity_serializer.loads(a) for a in serialized["activities"]
        ]
        for field in ("created_at", "updated_at", "seen_at", "read_at"):
            value = serialized.get(field)
            setattr(aggregated, field, None if value is None else _parse_time(value))
        aggregated.minimized_activities = serialized.get("minimized_activities", 0)
        return aggregated


class StorectlAggregatedTimelineStorage(_StorectlStorage, BaseTimelineStorage):
    """Aggregated activities as storectl groups, ranked by ``updated_at`` (newest first).

    Options: ``store``, ``config`` (else :func:`storectl.stream_framework.configure`'s), or
    ``client``; ``aggregator`` (a storectl aggregator name) for a feed it makes.
    """

    default_serializer_class = StorectlAggregatedSerializer

    def _make_args(self, max_length=None):
        args = []
        if self.options.get("aggregator"):
            args += ["--aggregator", self.options["aggregator"]]
        if max_length is not None:
            args += ["--max-length", str(max_length)]
        return args

    def add_to_storage(self, key, serialized_activities, *args, max_length=None, **kwargs):
        """Writes the groups whole (a group of the same key is replaced)."""
        groups = list(serialized_activities.values())
        if not groups:
            return 0
        done = self.client.call(
            "feed",
            "aggregated",
            "put",
            key,
            "-",
            *self._make_args(max_length),
            stdin=_ndjson(groups),
        )
        return len(done["new_groups"]) + len(done["changed_groups"])

    def remove_from_storage(self, key, serialized_activities, *args, **kwargs):
        """Removes groups: given as serialized groups, or by ``serialization_id``."""
        names = []
        wanted = set()
        for sid, value in serialized_activities.items():
            if isinstance(value, dict):
                names.append(value["group"])
            else:
                wanted.add(str(sid))
        if wanted:
            page = self.client.call("feed", "aggregated", "slice", key, "--all")
            names += [g["group"] for g in page if g["serialization_id"] in wanted]
        if not names:
            return 0
        done = self.client.call("feed", "aggregated", "remove", key, "--group", *names)
        return done["removed"]

    def get_slice_from_storage(self, key, start, stop, filter_kwargs=None, ordering_args=None):
        """``[(serialization_id, group), ...]`` by rank; ``start``/``stop`` as Python's."""
        if filter_kwargs or ordering_args:
            raise ValueError("aggregated feeds on storectl take no filters or orderings")
        cmd = ["feed", "aggregated", "slice", key]
        if start is not None:
            cmd += ["--start", str(start)]
        cmd += ["--all"] if stop is None else ["--stop", str(stop)]
        return [(g["serialization_id"], g) for g in self.client.call(*cmd)]

    def count(self, key, *args, **kwargs):
        return self.client.call("feed", "aggregated", "count", key)["groups"]

    def delete(self, key, *args, **kwargs):
        return self.client.call("feed", "aggregated", "delete", key)["deleted"]

    def trim(self, key, length):
        self.client.call("feed", "aggregated", "trim", key, str(length))

    def get_batch_interface(self):
        """Each call is its own transaction already: the batch is a plain context manager."""
        return contextlib.nullcontext()


class StorectlMarkersStorage(BaseListsStorage):
    """``BaseNotificationFeed``'s ``unseen`` and ``unread`` lists, kept by storectl as the groups'
    seen and read marks of the feed named by ``key`` (``markers_key_format`` must name the feed,
    as its default does). Ids are the groups' ``serialization_id`` strings, as Stream Framework
    compares them; counts are storectl's kept counts."""

    _FLAGS = {"unseen": ("--seen", "--unseen"), "unread": ("--read", "--unread")}

    def __init__(self, key, store=None, config=None, client=None, **kwargs):
        super().__init__(key, **kwargs)
        self.options = {"store": store, "config": config, "client": client}

    @property
    def client(self):
        return self.options.get("client") or client_for(
            self.options.get("store"), self.options.get("config")
        )

    def _lists(self, names):
        for name in names:
            if name not in self._FLAGS:
                raise TypeError(f"storectl keeps the lists unseen and unread, not {name!r}")
        return names

    def _groups_by_id(self, ids):
        wanted = {str(i) for i in ids}
        page = self.client.call("feed", "aggregated", "slice", self.base_key, "--all")
        return [g["group"] for g in page if g["serialization_id"] in wanted]

    def _mark(self, flag, ids):
        groups = self._groups_by_id(ids) if ids else []
        if groups:
            self.client.call("feed", "aggregated", "mark", self.base_key, *groups, flag)

    def add(self, **kwargs):
        """Marks the groups unseen / unread again."""
        for name, ids in kwargs.items():
            self._mark(self._FLAGS[self._lists([name])[0]][1], ids)

    def remove(self, **kwargs):
        """Marks the groups seen / read."""
        for name, ids in kwargs.items():
            self._mark(self._FLAGS[self._lists([name])[0]][0], ids)

    def count(self, *args):
        counts = self.client.call("feed", "aggregated", "count", self.base_key)
        found = tuple(counts[f"{name}_count"] for name in self._lists(args))
        return found[0] if len(found) == 1 else found

    def get(self, *args):
        self._lists(args)
        page = self.client.call("feed", "aggregated", "slice", self.base_key, "--all")
        found = tuple(
            [
                g["serialization_id"]
                for g in page
                if not g["is_seen" if n == "unseen" else "is_read"]
            ]
            for n in args
        )
        return found[0] if len(found) == 1 else found

    def flush(self, *args):
        """Marks every group seen / read."""
        for name in self._lists(args):
            self.client.call(
                "feed", "aggregated", "mark", self.base_key, "--all", self._FLAGS[name][0]
            )


class _StorectlAggregating:
    """What both feeds share: their storage, and ``add_many``/``remove_many`` run in storectl."""

    timeline_storage_class = StorectlAggregatedTimelineStorage
    timeline_serializer = StorectlAggregatedSerializer
    activity_storage_class = StorectlActivityStorage
    activity_serializer = StorectlActivitySerializer

    store: str | None = None
    config: str | None = None

    @classmethod
    def _store_options(cls) -> dict:
        return {"store": cls.store, "config": cls.config}

    @classmethod
    def aggregator_name(cls):
        """The storectl aggregator of ``aggregator_class``; ``None`` for one of its own."""
        return AGGREGATORS.get(cls.aggregator_class)

    @classmethod
    def get_timeline_storage_options(cls):
        options = super().get_timeline_storage_options()
        options.update(cls._store_options())
        options["aggregator"] = cls.aggregator_name()
        return options

    @classmethod
    def get_activity_storage(cls):
        if cls.activity_storage_class is None:
            return None
        return cls.activity_storage_class(
            serializer_class=cls.activity_serializer,
            activity_class=cls.activity_class,
            **cls._store_options(),
        )

    @property
    def client(self):
        return self.timeline_storage.client

    def add_many(self, activities, trim=True, current_activities=None, *args, **kwargs):
        """Each activity joins its group in storectl, in one transaction; returns the groups
        made or changed."""
        name = self.aggregator_name()
        if name is None:
            return super().add_many(activities, trim, current_activities, *args, **kwargs)
        if not activities:
            return []
        serializer = StorectlActivitySerializer(self.activity_class)
        max_activities = self.aggregated_activity_class.max_aggregated_activities_length
        done = self.client.call(
            "feed",
            "aggregated",
            "add",
            self.key,
            "-",
            "--aggregator",
            name,
            "--max-length",
            str(self.max_length),
            "--max-activities",
            str(max_activities),
            stdin=_ndjson(serializer.dumps(a) for a in activities),
        )
        touched = set(done["new_groups"]) | set(done["changed_groups"])
        if not touched:
            return []
        return [a for a in self[: self.max_length] if a.group in touched]

    def remove_many(self, activities, batch_interface=None, trim=True, *args, **kwargs):
        """Each activity leaves its group in storectl (a group left empty goes)."""
        ids = [_id_text(a) for a in activities]
        if not ids:
            return []
        self.client.call("feed", "aggregated", "remove", self.key, *ids)
        return []

    def add_many_aggregated(self, aggregated, *args, **kwargs):
        kwargs.setdefault("max_length", self.max_length)
        return super().add_many_aggregated(aggregated, *args, **kwargs)


class StorectlAggregatedFeed(_StorectlAggregating, AggregatedFeed):
    """Stream Framework's ``AggregatedFeed`` on storectl (``RecentVerbAggregator``: verb and day).

    Set ``store``/``config`` on a subclass for a store of its own.
    """


class StorectlNotificationFeed(_StorectlAggregating, BaseNotificationFeed):
    """Stream Framework's ``BaseNotificationFeed`` on storectl (``NotificationAggregator``: verb,
    object and day), its unseen and unread lists kept as storectl's marks and counts."""

    markers_storage_class = StorectlMarkersStorage

    def __init__(self, user_id, **kwargs):
        super().__init__(user_id, **kwargs)
        if isinstance(self.feed_markers, StorectlMarkersStorage):
            self.feed_markers.options.update(self._store_options())
            # The marks are the feed's own: its timeline storage's client (and store).
            self.feed_markers.options["client"] = self.timeline_storage.client

    def count_unseen(self):
        """storectl's kept count (no scan)."""
        return self.feed_markers.count("unseen") if self.track_unseen else None

    def count_unread(self):
        return self.feed_markers.count("unread") if self.track_unread else None
