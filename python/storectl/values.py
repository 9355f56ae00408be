"""Python values as namespace values: plain JSON when JSON carries them exactly, otherwise a
pickle stored as an opaque value of type ``python-pickle``.

"Exactly" means types included, checked recursively: ``None``, ``bool``, ``int``, finite
``float``, ``str`` (encodable as UTF-8), ``list`` and ``dict`` with ``str`` keys, of exactly those
types (not subclasses). Tuples, sets, bytes, datetimes, dicts with int keys, Errbot
``Identifier`` objects and subclasses of the plain types come back from JSON as something else,
so they are pickled. A dict whose only key is ``"$opaque"`` is storectl's reserved tag form, and
is pickled too.

Pickles are loaded when read: the store must be as trusted as the code (as with Errbot's own
Shelf storage, which is pickles too).
"""

from __future__ import annotations

import base64
import json
import math
import pickle
from typing import Any

#: The opaque type of pickled values.
PICKLE_TYPE = "python-pickle"
#: Protocol 4 reads on every Python >= 3.4.
PICKLE_PROTOCOL = 4
_TAG = "$opaque"


class Opaque:
    """An opaque value of a type this package does not read (not ``python-pickle``)."""

    def __init__(self, type_name: str, data: bytes):
        self.type_name = type_name
        self.data = data

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Opaque) and (other.type_name, other.data) == (
            self.type_name,
            self.data,
        )

    def __repr__(self) -> str:
        return f"Opaque({self.type_name!r}, {len(self.data)} bytes)"


def _utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates
        return False
    return True


#: Deeper than this, a value is pickled rather than walked (as ``storectl migrate errbot``
#: decides: the check must stay clear of Python's recursion limit).
MAX_JSON_DEPTH = 500
#: Python 3.11's default ``sys.get_int_max_str_digits()``: ``json.dumps`` refuses longer ints
#: there, so they are pickled on every Python.
MAX_INT_DIGITS = 4300


def is_plain_json(value: Any) -> bool:
    """True when JSON gives ``value`` back equal and of the same types, at every level (and it
    is at most :data:`MAX_JSON_DEPTH` deep, holds no container inside itself and no int longer
    than :data:`MAX_INT_DIGITS` digits)."""
    try:
        return _plain(value, 0, set())
    except RecursionError:
        return False


def _plain(value: Any, depth: int, open_ids: set) -> bool:
    if depth > MAX_JSON_DEPTH:
        return False
    kind = type(value)
    if value is None or kind is bool:
        return True
    if kind is int:
        try:
            digits = str(value)
        except ValueError:  # past this Python's int-to-str limit
            return False
        return len(digits.lstrip("-")) <= MAX_INT_DIGITS
    if kind is float:
        return math.isfinite(value)
    if kind is str:
        return _utf8(value)
    if kind is not list and kind is not dict:
        return False
    if id(value) in open_ids:
        return False  # a container that holds itself
    open_ids.add(id(value))
    try:
        if kind is list:
            # A loop, not all(...): a generator's frame per level would halve the depth
            # Python's recursion limit leaves.
            for item in value:  # noqa: SIM110
                if not _plain(item, depth + 1, open_ids):
                    return False
            return True
        for key, item in value.items():
            if type(key) is not str or not _utf8(key) or not _plain(item, depth + 1, open_ids):
                return False
        return True
    finally:
        open_ids.discard(id(value))


def encode(value: Any) -> tuple[str, str | bytes]:
    """``("json", TEXT)`` for a plain JSON value, ``("pickle", BYTES)`` for anything else."""
    if is_plain_json(value) and not is_tag_form(value):
        return "json", json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return "pickle", pickle.dumps(value, protocol=PICKLE_PROTOCOL)


def is_tag_form(doc: Any) -> bool:
    """True for storectl's reserved form, a dict whose only key is ``"$opaque"``."""
    return type(doc) is dict and len(doc) == 1 and _TAG in doc


def decode(doc: Any) -> Any:
    """The Python value of a namespace value as ``namespace get`` prints it in JSON."""
    if not is_tag_form(doc):
        return doc
    tag = doc[_TAG]
    data = base64.b64decode(tag["base64"])
    if tag["type"] == PICKLE_TYPE:
        return pickle.loads(data)
    return Opaque(tag["type"], data)
