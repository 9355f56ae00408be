"""Stream Framework on storectl: activity storage, an ids-only timeline storage, and a feed.

Plug them in where Stream Framework takes its storage classes::

    from storectl.stream_framework import StorectlFeed, configure

    configure(store="/srv/feeds/storectl.db")   # once, at start-up (default: storectl's own)

    class UserFeed(StorectlFeed):
        key_format = "user_feed:%(user_id)s"

or, in a feed of your own, ``activity_storage_class = StorectlActivityStorage``,
``timeline_storage_class = StorectlTimelineStorage`` and ``activity_serializer =
StorectlActivitySerializer``.

- **Activity storage** (``feed activity ...``): one record per activity, with the id Stream
  Framework gives it (``serialization_id``, kept exactly, whatever the activity class), and its
  actor, verb, object, target, time (to the microsecond) and ``extra_context`` (JSON).
- **Timeline storage** (``feed add-many``, ``feed slice``, ...): per feed key, the ids only,
  sorted as exact integers, as Stream Framework's default timeline serializer stores them. The
  feed hydrates them from the activity storage.

Every storage shares one :class:`storectl.Client` (one ``storectl serve`` child) per store.
Importing this module imports Stream Framework.
"""

from __future__ import annotations

import contextlib
import datetime
import json
import re
import threading

from stream_framework.feeds.base import BaseFeed
from stream_framework.serializers.base import BaseSerializer
from stream_framework.storage.base import BaseActivityStorage, BaseTimelineStorage
from stream_framework.verbs import get_verb_by_id

from .client import Client
from .errors import NotFound

__all__ = [
    "StorectlActivitySerializer",
    "StorectlActivityStorage",
    "StorectlAggregatedFeed",
    "StorectlAggregatedSerializer",
    "StorectlAggregatedTimelineStorage",
    "StorectlFeed",
    "StorectlMarkersStorage",
    "StorectlNotificationFeed",
    "StorectlTimelineStorage",
    "client_for",
    "configure",
]

# -- the shared clients --

_defaults: dict = {"store": None, "config": None, "binary": None}
_clients: dict = {}
_clients_lock = threading.Lock()


def configure(
    store: str | None = None, config: str | None = None, binary: str | None = None
) -> None:
    """The store (and config file) every storage uses unless given its own ``store=`` option,
    and the storectl binary (default: ``$STORECTL_BIN``, else ``storectl`` on PATH).

    ``None`` leaves it to storectl (``STORECTL_STORE``, the config file, its default path).
    """
    _defaults["store"] = store
    _defaults["config"] = config
    _defaults["binary"] = binary


def client_for(store: str | None = None, config: str | None = None) -> Client:
    """The shared :class:`Client` of a store (made on first use; thread-safe)."""
    store = store if store is not None else _defaults["store"]
    config = config if config is not None else _defaults["config"]
    with _clients_lock:
        client = _clients.get((store, config))
        if client is None:
            client = Client(store, config, binary=_defaults["binary"])
            _clients[(store, config)] = client
        return client


class _StorectlStorage:
    """What both storages share: the client, from the ``store``/``config``/``client`` options."""

    options: dict

    @property
    def client(self) -> Client:
        given = self.options.get("client")
        if given is not None:
            return given
        return client_for(self.options.get("store"), self.options.get("config"))


def _id_text(activity_or_id) -> str:
    """An id as storectl takes it: the decimal integer (ids are exact; never floats)."""
    value = getattr(activity_or_id, "serialization_id", activity_or_id)
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise TypeError(f"an activity id must be an integer, got {value!r}")
    return str(int(value))


def _ndjson(records) -> str:
    return "".join(json.dumps(r, separators=(",", ":")) + "\n" for r in records)


# -- times --

_TIME = re.compile(r"^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d{1,9}))?(Z|[+-]\d\d:\d\d)$")


def _time_text(when: datetime.datetime) -> str:
    """A time as storectl takes it: a naive datetime is UTC (as ``datetime.utcnow()``)."""
    return when.isoformat()


def _parse_time(text: str) -> datetime.datetime:
    """storectl's RFC 3339 time (UTC, ``Z``, 0 to 9 fraction digits) as a naive UTC datetime,
    the kind Stream Framework makes (``datetime.utcnow()``) and its ids are computed from."""
    m = _TIME.match(text)
    if not m:
        raise ValueError(f"storectl returned a time this client cannot read: {text!r}")
    year, month, day, hour, minute, second = (int(g) for g in m.groups()[:6])
    fraction = (m.group(7) or "").ljust(6, "0")[:6]
    when = datetime.datetime(year, month, day, hour, minute, second, int(fraction))
    zone = m.group(8)
    if zone != "Z":
        sign = 1 if zone[0] == "+" else -1
        when -= sign * datetime.timedelta(hours=int(zone[1:3]), minutes=int(zone[4:6]))
    return when


# -- activity storage --


class StorectlActivitySerializer(BaseSerializer):
    """An activity as a storectl activity record, and back (into ``activity_class``)."""

    def dumps(self, activity):
        self.check_type(activity)
        extra = activity.extra_context or {}
        try:
            json.dumps(extra)
        except (TypeError, ValueError) as e:
            raise TypeError(
                f"activity {activity.serialization_id}: extra_context must be JSON "
                f"(storectl stores it as JSON): {e}"
            ) from None
        return {
            "id": _id_text(activity),
            "actor": activity.actor_id,
            "verb": activity.verb.id,
            "object": activity.object_id,
            "target": activity.target_id,
            "time": _time_text(activity.time),
            "extra_context": extra,
        }

    def loads(self, serialized):
        activity = self.activity_class(
            serialized["actor"],
            get_verb_by_id(int(serialized["verb"])),
            serialized["object"],
            serialized.get("target"),
            time=_parse_time(serialized["time"]),
            extra_context=serialized.get("extra_context") or {},
        )
        return activity


class StorectlActivityStorage(_StorectlStorage, BaseActivityStorage):
    """Stream Framework's activity storage in storectl's (``storectl feed activity ...``).

    Options: ``store``, ``config`` (else :func:`configure`'s), or ``client``.
    """

    default_serializer_class = StorectlActivitySerializer

    def add_to_storage(self, serialized_activities, *args, **kwargs):
        """Stores the activities; returns how many were new (an existing id is overwritten)."""
        records = list(serialized_activities.values())
        if not records:
            return 0
        done = self.client.call("feed", "activity", "add", "-", stdin=_ndjson(records))
        return done["new"]

    def get_from_storage(self, activity_ids, *args, **kwargs):
        """``{id: record}`` for the ids activity storage holds (missing ones left out)."""
        texts = [_id_text(i) for i in activity_ids]
        if not texts:
            return {}
        try:
            got = self.client.call("feed", "activity", "get", *texts)
        except NotFound:
            return {}
        return {int(a["id"]): a for a in got["activities"]}

    def remove_from_storage(self, activity_ids, *args, **kwargs):
        texts = [_id_text(i) for i in activity_ids]
        if not texts:
            return 0
        return self.client.call("feed", "activity", "remove", *texts)["removed"]

    def flush(self):
        """Removes every activity (timelines keep their ids)."""
        self.client.call("feed", "activity", "flush", "--yes")


# -- timeline storage --

_FILTERS = {
    "activity_id__gt": "--gt",
    "activity_id__gte": "--gte",
    "activity_id__lt": "--lt",
    "activity_id__lte": "--lte",
}


class StorectlTimelineStorage(_StorectlStorage, BaseTimelineStorage):
    """Stream Framework's timeline storage in storectl's timelines: ids only, sorted as exact
    integers (no float scores: filters within one millisecond are right), hydrated by the feed
    from the activity storage.

    Options: ``store``, ``config`` (else :func:`configure`'s), or ``client``.
    """

    def add_to_storage(self, key, activities, *args, **kwargs):
        """Adds the ids to ``key``'s timeline; returns how many were new to it."""
        if not activities:
            return 0
        records = [{"id": _id_text(i)} for i in activities]
        done = self.client.call("feed", "add-many", key, "-", stdin=_ndjson(records))
        return done["keys"][key]["added"]

    def remove_from_storage(self, key, activities, *args, **kwargs):
        texts = [_id_text(i) for i in activities]
        if not texts:
            return 0
        return self.client.call("feed", "remove", key, *texts)["removed"]

    def get_slice_from_storage(self, key, start, stop, filter_kwargs=None, ordering_args=None):
        """``[(id, id), ...]``: the ids of the slice (``start``/``stop`` as Python's), after the
        filters ``activity_id__gt/gte/lt/lte``, newest first (or ``ordering_args``
        ``("activity_id",)`` oldest first)."""
        cmd = ["feed", "slice", key, "--ids-only"]
        if start is not None:
            cmd += ["--start", str(start)]
        cmd += ["--all"] if stop is None else ["--stop", str(stop)]
        filters = dict(filter_kwargs or {})
        for name, flag in _FILTERS.items():
            value = filters.pop(name, None)
            if value is not None:
                cmd += [flag, _id_text(value)]
        if filters:
            raise ValueError(f"Unrecognized filter kwargs {filters}")
        if ordering_args:
            if len(ordering_args) > 1:
                raise ValueError(f"Too many order kwargs {ordering_args}")
            if "activity_id" in ordering_args:
                cmd.append("--asc")
            elif "-activity_id" not in ordering_args:
                raise ValueError(f"Unrecognized order kwargs {ordering_args}")
        return [(int(i), int(i)) for i in self.client.call(*cmd)]

    def get_index_of(self, key, activity_id):
        try:
            return self.client.call("feed", "index-of", key, _id_text(activity_id))
        except NotFound:
            raise ValueError(f"activity {activity_id} is not in feed {key!r}") from None

    def contains(self, key, activity_id):
        return self.client.call("feed", "contains", key, _id_text(activity_id))

    def count(self, key, *args, **kwargs):
        return self.client.call("feed", "count", key)

    def delete(self, key, *args, **kwargs):
        """Removes the timeline (a missing one is no error); its activities stay."""
        return self.client.call("feed", "delete", key)["deleted"]

    def trim(self, key, length):
        """Keeps the ``length`` newest ids, in one range delete."""
        self.client.call("feed", "trim", key, str(length))

    def get_batch_interface(self):
        """Each call is its own transaction already: the batch is a plain context manager."""
        return contextlib.nullcontext()


# -- the feed --


class StorectlFeed(BaseFeed):
    """A feed on storectl: ids in the timeline, activities in activity storage.

    Set ``store``/``config`` on a subclass for a store of its own (else :func:`configure`'s).
    """

    timeline_storage_class = StorectlTimelineStorage
    activity_storage_class = StorectlActivityStorage
    activity_serializer = StorectlActivitySerializer

    store: str | None = None
    config: str | None = None

    # storectl filters and orders by exact integer id.
    filtering_supported = True
    ordering_supported = True

    @classmethod
    def _store_options(cls) -> dict:
        return {"store": cls.store, "config": cls.config}

    @classmethod
    def get_timeline_storage_options(cls):
        options = super().get_timeline_storage_options()
        options.update(cls._store_options())
        return options

    @classmethod
    def get_activity_storage(cls):
        return cls.activity_storage_class(
            serializer_class=cls.activity_serializer,
            activity_class=cls.activity_class,
            **cls._store_options(),
        )


# -- aggregated and notification feeds (their module imports this one's names, so last) --

from .stream_framework_aggregated import (  # noqa: E402
    StorectlAggregatedFeed,
    StorectlAggregatedSerializer,
    StorectlAggregatedTimelineStorage,
    StorectlMarkersStorage,
    StorectlNotificationFeed,
)
