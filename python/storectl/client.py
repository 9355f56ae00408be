"""A client of ``storectl serve``: one child process per client, one request at a time."""

from __future__ import annotations

import base64
import contextlib
import json
import logging
import os
import shutil
import subprocess
import threading
import weakref
from collections.abc import Mapping, Sequence
from typing import Any

from .errors import ChildDied, from_response

log = logging.getLogger("storectl")

#: Variables the child never inherits. They say who acts (``--as``, ``--moderator``) or which
#: session task runs (set by ``session run`` for its workers); a program says who acts per call
#: (``as_user=``), so a stray one in the program's environment must not act for everybody.
IDENTITY_VARIABLES = (
    "STORECTL_USER",
    "STORECTL_MODERATOR",
    "STORECTL_SESSION",
    "STORECTL_INSTANCE",
    "STORECTL_TASK",
)

_UNSET: Any = object()


def find_binary(binary: str | None = None) -> str:
    """The storectl executable: ``binary``, else ``$STORECTL_BIN``, else ``storectl`` on PATH."""
    chosen = binary or os.environ.get("STORECTL_BIN") or shutil.which("storectl")
    if not chosen:
        raise FileNotFoundError(
            "storectl not found: install it on PATH, or set STORECTL_BIN to its path"
        )
    return chosen


def child_environment(base: Mapping[str, str] | None = None) -> dict:
    """``base`` (default: this process's environment) without :data:`IDENTITY_VARIABLES`."""
    env = dict(os.environ if base is None else base)
    for name in IDENTITY_VARIABLES:
        env.pop(name, None)
    return env


class Client:
    """Runs ``storectl [--store STORE] [--config CONFIG] serve`` and sends it commands.

    ``client.call("namespace", "get", "core", "motd")`` returns the document the command prints
    with ``--format json``, or raises the :class:`~storectl.StorectlError` subclass of the error's
    kind (``NotFound``, ``Conflict``, ``BadInput``, ``Locked``, ...).

    - **Thread-safe:** requests from several threads are sent one at a time, each waiting for its
      own response (a lock around each request and response).
    - **Restarts:** a child that died is started again on the next call (logged as a warning on
      the ``storectl`` logger and counted in :attr:`restarts`). A request the child had not read
      is sent to the new one; a request in flight when it died raises :class:`ChildDied`, since
      whether it ran is unknown.
    - **Identity per call:** ``as_user="alice"`` acts as alice, ``as_user=None`` anonymously;
      left out, the client's ``as_user`` (default: anonymous). The child's environment has no
      ``STORECTL_USER`` or other identity variable (:data:`IDENTITY_VARIABLES`).
    """

    def __init__(
        self,
        store: str | None = None,
        config: str | None = None,
        *,
        binary: str | None = None,
        args: Sequence[str] = (),
        as_user: str | None = None,
        env: Mapping[str, str] | None = None,
    ):
        self.binary = find_binary(binary)
        global_args = []
        if store is not None:
            global_args += ["--store", os.fspath(store)]
        if config is not None:
            global_args += ["--config", os.fspath(config)]
        self.argv = [self.binary, *global_args, *args, "serve"]
        self.as_user = as_user
        self.env = child_environment(env)
        #: How many times a dead child was replaced.
        self.restarts = 0
        self._lock = threading.Lock()
        self._proc: subprocess.Popen | None = None
        self._last_id = 0
        self._closed = False
        self._finalizer = None
        with self._lock:
            self._start()

    # -- the child --

    def _start(self) -> None:
        self._proc = subprocess.Popen(
            self.argv,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=self.env,
            close_fds=True,
        )
        if self._finalizer is not None:
            self._finalizer.detach()
        self._finalizer = weakref.finalize(self, _end_child, self._proc)

    def _replace_dead_child(self) -> None:
        proc = self._proc
        if proc is not None and proc.poll() is None:
            return
        if proc is not None:
            self.restarts += 1
            log.warning(
                "storectl serve (pid %s) exited with code %s; starting a new one",
                proc.pid,
                proc.returncode,
            )
            _close_pipes(proc)
        self._start()

    @property
    def pid(self) -> int | None:
        """The process id of the current child."""
        return self._proc.pid if self._proc is not None else None

    # -- requests --

    def call(
        self,
        *cmd: str,
        as_user: str | None = _UNSET,
        moderator: bool | None = None,
        stdin: str | bytes | None = None,
    ) -> Any:
        """Runs one command (the argv after ``storectl``) and returns its JSON document.

        ``stdin`` is what the command reads for ``-``: text, or bytes (sent as base64).
        """
        return self._round_trip(
            self.request(*cmd, as_user=as_user, moderator=moderator, stdin=stdin)
        )

    def request(
        self,
        *cmd: str,
        as_user: str | None = _UNSET,
        moderator: bool | None = None,
        stdin: str | bytes | None = None,
    ) -> dict:
        """One command as :meth:`call` takes it, to send with others by :meth:`group`."""
        request: dict = {"cmd": [str(arg) for arg in cmd]}
        request["as"] = self.as_user if as_user is _UNSET else as_user
        if moderator is not None:
            request["moderator"] = bool(moderator)
        if isinstance(stdin, (bytes, bytearray, memoryview)):
            request["stdin"] = {"$base64": base64.b64encode(bytes(stdin)).decode("ascii")}
        elif stdin is not None:
            request["stdin"] = stdin
        return request

    def group(self, *requests: dict) -> list:
        """Runs commands made by :meth:`request` in one transaction and one round trip, and
        returns their documents in order. The first error raises its exception (its ``request``
        attribute says which, from 1) and nothing of the group is written::

            client.group(
                client.request("session", "import", "--uid", uid, "--replace", "-", stdin=doc),
                client.request("lock", "release", f"session:{uid}", as_user=owner),
            )
        """
        if not requests:
            return []
        return self._round_trip({"group": list(requests)})

    def _round_trip(self, request: dict) -> Any:
        with self._lock:
            if self._closed:
                raise ValueError("the storectl client is closed")
            self._replace_dead_child()
            self._last_id += 1
            request["id"] = self._last_id
            line = (json.dumps(request, ensure_ascii=False) + "\n").encode("utf-8")
            try:
                self._send(line)
            except (BrokenPipeError, ConnectionResetError):
                # The child was gone before it read the request: nothing ran. Send it to a new
                # child once.
                self._proc.wait()
                self._replace_dead_child()
                self._send(line)
            raw = self._proc.stdout.readline()
            if not raw:
                code = self._proc.wait()
                raise ChildDied(
                    f"storectl serve (pid {self._proc.pid}) exited with code {code} while "
                    f"running {_what(request)}; whether it ran is unknown",
                    "a new child is started on the next call",
                )
        response = json.loads(raw)
        if response.get("id") != request["id"]:
            raise ChildDied(
                f"storectl serve answered request {response.get('id')!r} to request "
                f"{request['id']!r}",
            )
        if "error" in response:
            error = from_response(response["error"])
            error.request = response.get("request")
            raise error
        return response["ok"]

    def _send(self, line: bytes) -> None:
        self._proc.stdin.write(line)
        self._proc.stdin.flush()

    # -- end --

    def close(self) -> None:
        """Ends the child (EOF on its stdin; it finishes and exits 0)."""
        with self._lock:
            self._closed = True
            if self._finalizer is not None:
                self._finalizer()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _what(request: dict) -> str:
    if "group" in request:
        return "a group of " + ", ".join(repr(r["cmd"]) for r in request["group"])
    return repr(request["cmd"])


def _close_pipes(proc: subprocess.Popen) -> None:
    for pipe in (proc.stdin, proc.stdout):
        with contextlib.suppress(OSError):
            pipe.close()


def _end_child(proc: subprocess.Popen) -> None:
    """EOF ends serve after the request in flight; a child that hangs is killed."""
    with contextlib.suppress(OSError):
        proc.stdin.close()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    _close_pipes(proc)
