"""Sphinx WebSupport's storage contract (``sphinxcontrib.websupport.storage.StorageBackend``) on
storectl's comments face, through one ``storectl serve`` child::

    from sphinxcontrib.websupport import WebSupport
    from storectl.websupport import StorectlStorage

    support = WebSupport(srcdir=..., builddir=..., storage=StorectlStorage("docs.db"))

Every method is one request; a documentation build is three: ``node list --ids`` before it
(which nodes exist), nothing per node, and ``node add --from - --ignore-existing`` after it with
every new node, in one transaction.

``get_data`` and ``add_comment`` return the dictionaries WebSupport's templates and JavaScript
read, as its SQLAlchemy storage makes them (``sqlalchemy_db.Comment.serializable``): ``time`` is
a dict (``year`` .. ``second``, ``iso``, ``delta``), ``parent`` the parent's id as a string (or
None), ``username`` ``Anonymous`` for anonymous comments. Where storectl differs (ids ordered as
numbers, ``age`` not wrapping at a day, the seed's bugs fixed) is in the README.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timezone

from sphinxcontrib.websupport.errors import CommentNotAllowedError, UserNotAuthorizedError
from sphinxcontrib.websupport.storage import StorageBackend

from .client import Client
from .errors import Conflict, NotAuthorized, NotFound

#: The name WebSupport gives anonymous commenters (``WebSupport.add_comment``); storectl stores
#: them without a user, and refuses "Anonymous" as a username.
ANONYMOUS = "Anonymous"


def _user(username: str | None) -> str | None:
    """WebSupport's username as storectl's identity: none for anonymous."""
    if not username or username == ANONYMOUS:
        return None
    return username


class StorectlStorage(StorageBackend):
    """A WebSupport storage backend on a storectl store.

    ``store`` and ``config`` are what ``storectl --store``/``--config`` take (``store`` None:
    ``$STORECTL_STORE`` or the config's); ``binary`` the storectl executable (else
    ``$STORECTL_BIN`` or ``storectl`` on PATH). Or pass a ready ``client``.

    ``moderator_name``: who acts when WebSupport says "a moderator" without naming a user
    (``accept_comment``, a moderator's delete or read without a username). Needed when the
    store's config lists ``[comments] moderators``, which then must include it; without that
    list any caller may act as a moderator and it can stay None.
    """

    def __init__(
        self,
        store: str | None = None,
        config: str | None = None,
        *,
        binary: str | None = None,
        client: Client | None = None,
        moderator_name: str | None = None,
    ):
        self.client = client or Client(store, config, binary=binary)
        self.moderator_name = moderator_name
        # During a build: the ids that exist or are queued, and the queued node records.
        self._known: set[str] | None = None
        self._queued: list[dict] = []

    def _as(self, username: str | None, moderator: bool) -> dict:
        """The identity of one call: WebSupport's user, or the moderator's name for an
        unnamed moderator."""
        user = _user(username)
        if moderator and user is None:
            user = self.moderator_name
        return {"as_user": user, "moderator": bool(moderator)}

    # -- the build: one read before, one write after --

    def pre_build(self) -> None:
        self._known = {n["id"] for n in self.client.call("node", "list", "--ids")}
        self._queued = []

    def has_node(self, id: str) -> bool:
        if self._known is not None:
            return id in self._known
        try:
            self.client.call("node", "show", "--", id)
        except NotFound:
            return False
        return True

    def add_node(self, id: str, document: str, source: str) -> None:
        record = {"id": id, "document": document, "source": source}
        if self._known is None:
            # Outside a build: store it now (a node that exists is a Conflict, as in the seed).
            self.client.call("node", "add", "--from", "-", stdin=json.dumps(record))
            return
        self._known.add(id)
        self._queued.append(record)

    def post_build(self) -> None:
        queued, self._queued, self._known = self._queued, [], None
        if queued:
            # --ignore-existing: a node another build added meanwhile is kept, as has_node
            # would have kept it.
            ndjson = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in queued)
            self.client.call("node", "add", "--from", "-", "--ignore-existing", stdin=ndjson)

    # -- comments --

    def add_comment(
        self,
        text: str,
        displayed: bool,
        username: str | None,
        time: datetime | None,
        proposal: str | None,
        node_id: str | None,
        parent_id: str | int | None,
        moderator: bool,
    ) -> dict:
        cmd = ["comment", "add"]
        # As in the seed, a node id wins over a parent id, and only a comment on a node carries
        # a proposal (storectl refuses one on a reply; the seed stored it and never showed it).
        if node_id:
            cmd += ["--node", str(node_id)]
            if proposal:
                cmd += ["--proposal", proposal]
        elif parent_id:
            cmd += ["--parent", str(int(parent_id))]
        cmd += ["--text", text]
        if not displayed:
            cmd.append("--hidden")
        if time is not None:
            cmd += ["--time", _rfc3339(time)]
        try:
            # An unnamed moderator's comment is an anonymous one (not moderator_name's).
            user = _user(username)
            doc = self.client.call(*cmd, as_user=user, moderator=bool(moderator) and bool(user))
        except Conflict as e:
            raise CommentNotAllowedError(e.message) from e
        except NotAuthorized as e:
            raise UserNotAuthorizedError(e.message) from e
        comment = serializable(doc)
        comment["document"] = doc.get("document")
        comment["proposal_diff_text"] = doc.get("proposal_diff_text")
        return comment

    def delete_comment(self, comment_id: int | str, username: str | None, moderator: bool) -> bool:
        """True for a moderator's (hard) delete, False for its author's (soft) one."""
        try:
            done = self.client.call(
                "comment",
                "delete",
                str(int(comment_id)),
                **self._as(username, moderator),
            )
        except NotAuthorized as e:
            raise UserNotAuthorizedError(e.message) from e
        return done["deleted"] == "hard"

    def get_metadata(self, docname: str, moderator: bool) -> dict:
        """Node id → its number of comments (every one, as the seed counts)."""
        nodes = self.client.call("node", "list", "--document", docname)
        return {n["id"]: n["comments"] for n in nodes}

    def get_data(self, node_id: str, username: str | None, moderator: bool) -> dict:
        thread = self.client.call(
            "comment",
            "list",
            "--node",
            str(node_id),
            **self._as(username, moderator),
        )
        return {
            "source": thread["source"],
            "comments": [serializable(c) for c in thread["comments"]],
        }

    def process_vote(self, comment_id: int | str, username: str, value: int) -> None:
        try:
            self.client.call("vote", str(int(comment_id)), str(int(value)), as_user=_user(username))
        except NotAuthorized as e:
            raise UserNotAuthorizedError(e.message) from e

    def update_username(self, old_username: str, new_username: str) -> None:
        self.client.call("rename-user", "--", old_username, new_username)

    def accept_comment(self, comment_id: int | str) -> None:
        # WebSupport checked that the caller is a moderator before calling this.
        self.client.call("moderate", "accept", str(int(comment_id)), **self._as(None, True))

    def close(self) -> None:
        self.client.close()


# -- the seed's comment dictionaries --


def serializable(doc: dict) -> dict:
    """A storectl comment object (with its replies) as ``Comment.serializable`` makes it."""
    return {
        "text": doc["text"],
        "username": doc["username"],
        "id": doc["id"],
        "node": doc["node"],
        "parent": None if doc["parent"] is None else str(doc["parent"]),
        "rating": doc["rating"],
        "displayed": doc["displayed"],
        "age": doc["age"],
        "time": time_dict(doc["time"], doc["age"]),
        "vote": doc["vote"] or 0,
        "proposal_diff": doc["proposal_diff"],
        "children": [serializable(c) for c in doc.get("children", [])],
    }


def time_dict(rfc3339: str, age: int) -> dict:
    """The seed's ``time``: the fields of the local time (as its naive ``datetime.now()`` gave
    them), ``iso`` and ``delta`` (``pretty_delta`` of the age)."""
    local = _parse_rfc3339(rfc3339).astimezone().replace(tzinfo=None)
    return {
        "year": local.year,
        "month": local.month,
        "day": local.day,
        "hour": local.hour,
        "minute": local.minute,
        "second": local.second,
        "iso": local.isoformat(),
        "delta": pretty_delta(age),
    }


def pretty_delta(age: int) -> str:
    """``Comment.pretty_delta`` as meant (the seed's Python 3 port divides with ``/`` and prints
    "0.5 hours ago"): whole minutes under an hour, whole hours under a day, else whole days."""
    days, seconds = divmod(max(int(age), 0), 86400)
    if days:
        amount, unit = days, "day"
    elif seconds >= 3600:
        amount, unit = seconds // 3600, "hour"
    else:
        amount, unit = seconds // 60, "minute"
    return f"{amount} {unit} ago" if amount == 1 else f"{amount} {unit}s ago"


def _parse_rfc3339(text: str) -> datetime:
    """storectl's times ("2026-12-04T14:39:01.60257Z": UTC, 0 to 6 fraction digits). Parsed by
    hand: ``fromisoformat`` before Python 3.11 takes neither "Z" nor a fraction of other than 3
    or 6 digits."""
    match = _RFC3339.match(text)
    if not match:
        raise ValueError(f"not an RFC 3339 time from storectl: {text!r}")
    date, clock, fraction, zone = match.groups()
    micros = (fraction or "").ljust(6, "0")[:6]
    zone = "+00:00" if zone in ("Z", "z") else zone
    return datetime.fromisoformat(f"{date}T{clock}.{micros}{zone}")


_RFC3339 = re.compile(
    r"(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2}:\d{2})(?:\.(\d+))?([Zz]|[+-]\d{2}:\d{2})$"
)


def _rfc3339(time: datetime) -> str:
    """A WebSupport time as RFC 3339: a naive one is local time (the seed's ``datetime.now()``)."""
    if time.tzinfo is None:
        time = time.astimezone()
    return time.astimezone(timezone.utc).isoformat()
