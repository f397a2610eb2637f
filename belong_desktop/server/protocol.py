"""uvicorn's HTTP/1.1 protocol (httptools), held to deadlines and per-device caps.

uvicorn waits forever for a first request and for a request's head or body, answers a
malformed request with plain text and logs each one, and sheds load with a plain-text
503 without our headers. Here, per connection: a device past its share of connections
(``ConnectionGuard``) gets a Problem 503 ``busy`` at once; a connection that sends nothing
is closed after ``head_seconds``; a head or a body that does not arrive whole in time
gets a 408 ``too_slow``; a malformed request a 400 ``malformed``; an endless head a 431
``head_too_large``. Every refusal is Problem JSON with the security headers, closes the
connection after its answer could be read, and is logged at most a few times a minute.
Runs on the server thread (uvicorn's event loop).
"""

from __future__ import annotations

import asyncio
import http
import json
import logging
from typing import Any, Literal

import httptools
from uvicorn.config import Config
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
from uvicorn.server import ServerState

from belong_desktop.server.connections import ConnectionGuard
from belong_desktop.server.loop import log_limited
from belong_desktop.server.problems import status_for
from belong_desktop.server.security import problem_headers

log = logging.getLogger(__name__)

#: Seconds a device is asked to wait before trying again after a 503.
RETRY_AFTER_SECONDS = 5

_Phase = Literal["idle", "head", "body"] | None


def problem_bytes(code: str, detail: str, *, retry_after: int | None = None) -> bytes:
    """A whole HTTP/1.1 refusal: status from the refusal table, Problem JSON, our headers."""
    status = status_for(code)
    body = json.dumps({"code": code, "detail": detail}).encode()
    headers = problem_headers(len(body))
    if retry_after is not None:
        headers.append((b"retry-after", str(retry_after).encode()))
    lines = [f"HTTP/1.1 {status} {http.HTTPStatus(status).phrase}".encode()]
    lines += [name + b": " + value for name, value in headers]
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


BUSY = problem_bytes(
    "busy",
    "the classroom laptop has too many connections from this device or in all: try again",
    retry_after=RETRY_AFTER_SECONDS,
)
TOO_SLOW = problem_bytes("too_slow", "the request did not arrive in time: send it again")
MALFORMED = problem_bytes("malformed", "this is not an HTTP request the classroom server reads")
HEAD_TOO_LARGE = problem_bytes("head_too_large", "the request's head (its headers) is too large")


class GuardedProtocol(HttpToolsProtocol):
    """One connection; ``guard`` is set on the subclass made by ``protocol_for``."""

    guard: ConnectionGuard

    def __init__(
        self,
        config: Config,
        server_state: ServerState,
        app_state: dict[str, Any],
        _loop: asyncio.AbstractEventLoop | None = None,
    ) -> None:
        super().__init__(config, server_state, app_state, _loop)
        self._address: str | None = None  # set while this connection is counted
        self._phase: _Phase = None
        self._deadline: asyncio.TimerHandle | None = None
        self._head_bytes = 0
        self._refused = False

    # -- the connection --------------------------------------------------------------

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        address = self.client[0] if self.client else ""
        if not self.guard.admit(address):
            self.guard.refused()
            log_limited(log, logging.WARNING, "connection refused: too many open (busy)")
            self._refuse(BUSY)
            return
        self._address = address
        self._arm("idle", self.guard.limits.head_seconds)

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        if self._address is not None:
            self.guard.release(self._address)
            self._address = None
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if self._refused:
            return  # the refusal is out: what else arrives is read and dropped
        if self._phase == "idle":
            self._phase = "head"  # the same deadline: a trickle does not extend it
        elif self._phase is None and (self.cycle is None or self.cycle.response_complete):
            self._arm("head", self.guard.limits.head_seconds)  # a new request after one
        self._unset_keepalive_if_required()
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserError:
            log_limited(log, logging.WARNING, "malformed request refused")
            self._refuse(MALFORMED)
            return
        except httptools.HttpParserUpgrade:
            # No upgrades are served: the request was answered as plain HTTP; then close.
            if self.cycle is not None:
                self.cycle.keep_alive = False
        if self._phase == "head":
            self._head_bytes += len(data)
            if self._head_bytes > self.guard.limits.max_head_bytes:
                log_limited(log, logging.WARNING, "request head too large refused")
                self._refuse(HEAD_TOO_LARGE)

    # -- parser callbacks (inside feed_data) -----------------------------------------

    def on_headers_complete(self) -> None:
        self._disarm()
        self._head_bytes = 0
        super().on_headers_complete()
        if self._has_body():
            self._arm("body", self.guard.limits.body_seconds)

    def on_message_complete(self) -> None:
        if self._phase == "body":
            self._disarm()
        super().on_message_complete()

    def _has_body(self) -> bool:
        for name, value in self.headers:
            if name == b"transfer-encoding":
                return True
            if name == b"content-length":
                return value.strip() not in (b"0", b"")
        return False

    # -- deadlines and refusals ------------------------------------------------------

    def _arm(self, phase: _Phase, seconds: float) -> None:
        self._disarm()
        self._phase = phase
        self._deadline = self.loop.call_later(seconds, self._late)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None
        self._phase = None

    def _late(self) -> None:
        phase, self._deadline = self._phase, None
        self._phase = None
        if self.transport.is_closing():
            return
        if phase == "idle":  # never a byte: a browser's spare connection, or a squatter
            self.transport.close()
            return
        log_limited(log, logging.INFO, f"request {phase} too slow: connection closed")
        self._refuse(TOO_SLOW)

    def _refuse(self, answer: bytes) -> None:
        """Answer ``answer`` and close once it could be read (or at once mid-response)."""
        self._disarm()
        self._unset_keepalive_if_required()
        self._refused = True
        self.pipeline.clear()
        cycle = self.cycle
        if cycle is not None and not cycle.response_complete:
            if cycle.response_started:
                self.transport.close()  # half a response is out: closing is all that is left
                return
            cycle.disconnected = True  # the app stops waiting for the rest of the body
            cycle.message_event.set()
        if self.transport.is_closing():
            return
        self.transport.write(answer)
        # Closing with the device's request unread would reset the connection and lose the
        # answer: close our side for writing, drop what still comes, close soon after.
        if self.transport.can_write_eof():
            self.transport.write_eof()
        self.flow.resume_reading()
        self._deadline = self.loop.call_later(self.guard.limits.linger_seconds, self._close)

    def _close(self) -> None:
        self._deadline = None
        self.transport.close()


def protocol_for(guard: ConnectionGuard) -> type[asyncio.Protocol]:
    """The protocol class for one server: its connections are counted by ``guard``."""
    return type("ServedProtocol", (GuardedProtocol,), {"guard": guard})
