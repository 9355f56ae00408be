"""Python 3.11 shims for Stream Framework 1.4.0 (2017) and its pinned Celery 4.4 stack.

Imported by the Stream Framework tests before Stream Framework. Each shim restores a name a
pinned package still uses; none changes behaviour on the Python versions those packages were
written for, and nothing here touches storectl.

1. ``inspect.getargspec`` / ``inspect.formatargspec`` (removed in Python 3.11): vine 1.3
   (``vine/five.py``), kombu 4.6 and Celery 4.4 (``utils/functional.py``) call them when Celery
   builds a task. Rebuilt from ``getfullargspec`` / ``Signature``.
2. ``collections.Mapping`` and the other ABC aliases (removed in Python 3.10): old releases of
   the Celery stack reach them through ``collections``. Aliased to ``collections.abc``.
3. ``async`` as a name (a keyword since Python 3.7): ``stream_framework/feed_managers/base.py``
   and ``stream_framework/tests/managers/base.py`` use it as a parameter name, so they do not
   even compile. An import hook renames it to ``async_`` in those two modules' source as they
   are imported (the installed files stay as the registry shipped them).
4. Celery eager tasks: its manager tests expect Celery 3's ``CELERY_ALWAYS_EAGER``, i.e. a task
   runs in the calling process. :func:`eager_celery` sets Celery 4's ``task_always_eager`` (and
   ``task_eager_propagates``) on Celery's default app, where its ``shared_task``s run, and hands
   an eager task its arguments unserialized, as Celery 3 did (Celery 4.4 round-trips them through
   a serializer, and the tests' arguments include a mock-patched manager).
"""

from __future__ import annotations

import collections
import collections.abc
import importlib.abc
import importlib.machinery
import inspect
import re
import sys

# 1. inspect.getargspec / formatargspec
if not hasattr(inspect, "getargspec"):
    ArgSpec = collections.namedtuple("ArgSpec", "args varargs keywords defaults")

    def getargspec(func):
        spec = inspect.getfullargspec(func)
        return ArgSpec(spec.args, spec.varargs, spec.varkw, spec.defaults)

    inspect.getargspec = getargspec

if not hasattr(inspect, "formatargspec"):

    def formatargspec(args, varargs=None, varkw=None, defaults=None, *_, **__):
        params = []
        defaults = defaults or ()
        first_default = len(args) - len(defaults)
        for i, name in enumerate(args):
            params.append(name if i < first_default else f"{name}={defaults[i - first_default]!r}")
        if varargs:
            params.append(f"*{varargs}")
        if varkw:
            params.append(f"**{varkw}")
        return "(" + ", ".join(params) + ")"

    inspect.formatargspec = formatargspec

# 2. collections.Mapping and friends
for _name in (
    "Mapping",
    "MutableMapping",
    "Sequence",
    "MutableSequence",
    "Set",
    "MutableSet",
    "Iterable",
    "Callable",
    "Hashable",
):
    if not hasattr(collections, _name):
        setattr(collections, _name, getattr(collections.abc, _name))

# 3. `async` as a name, in the two modules that use it
ASYNC_MODULES = {"stream_framework.feed_managers.base", "stream_framework.tests.managers.base"}
_ASYNC = re.compile(r"\basync\b")


class _AsyncRenamingLoader(importlib.machinery.SourceFileLoader):
    def get_code(self, fullname):
        source = self.get_data(self.path).decode("utf-8")
        return compile(_ASYNC.sub("async_", source), self.path, "exec", dont_inherit=True)


class _AsyncRenamingFinder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path, target=None):
        if fullname not in ASYNC_MODULES:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or not spec.origin:
            return None
        spec.loader = _AsyncRenamingLoader(fullname, spec.origin)
        return spec


if not any(isinstance(f, _AsyncRenamingFinder) for f in sys.meta_path):
    sys.meta_path.insert(0, _AsyncRenamingFinder())


# 4. Celery eager tasks
_EAGER_OBJECTS: dict = {}


def _keep(body):
    token = str(id(body))
    _EAGER_OBJECTS[token] = body
    return token


def _take(token):
    return _EAGER_OBJECTS.pop(token if isinstance(token, str) else token.decode())


def eager_celery():
    """Makes Stream Framework's Celery tasks (``shared_task``s, so on Celery's default app) run
    in the calling process (Celery 3's ``CELERY_ALWAYS_EAGER``), their errors raised there, with
    their arguments passed as they are: Celery 4.4 round-trips an eager task's arguments through
    the serializer, which Celery 3 did not, and the manager tests pass a manager whose method a
    ``mock.patch`` replaced (neither JSON nor pickle carries it). The "celery3-eager" serializer
    hands the very objects over, in this process."""
    from celery import current_app
    from kombu import serialization

    serialization.register(
        "celery3-eager",
        _keep,
        _take,
        content_type="application/x-celery3-eager",
        content_encoding="utf-8",
    )
    current_app.conf.task_always_eager = True
    current_app.conf.task_eager_propagates = True
    current_app.conf.task_serializer = "celery3-eager"
    current_app.conf.accept_content = ["celery3-eager", "json"]
