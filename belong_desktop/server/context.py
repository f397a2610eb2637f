"""What every route of one served session shares, and the request helpers built on it.

One ``ServerContext`` per server start: the session it serves, the classroom service,
the event broadcaster, the in-memory limiter for wrong join codes and the connection
guard (open connections and event streams per device, ``connections.py``). Routes get it as
a FastAPI dependency; nothing is looked up globally.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from dataclasses import dataclass, field
from typing import Annotated

from fastapi import Depends, Request

from belong_desktop.core.classroom import AttemptLimiter, normalise_join_code
from belong_desktop.server.connections import ConnectionGuard
from belong_desktop.server.problems import ProblemError
from belong_desktop.server.sse import Broadcaster
from belong_desktop.server.texts import DEFAULT_LANGUAGE
from belong_desktop.services.classroom import ClassroomService, Device, JoinRefused, LiveStep

#: The device's token cookie; the pages hand both values to their scripts.
COOKIE = "belong_token"
COOKIE_MAX_AGE = 12 * 3600
TOKEN_HEADER = "x-belong-token"


@dataclass
class ServerContext:
    classroom: ClassroomService
    session_id: str
    broadcaster: Broadcaster
    guard: ConnectionGuard = field(default_factory=ConnectionGuard)
    limiter: AttemptLimiter = field(default_factory=AttemptLimiter)
    # Wrong codes are counted per device under a keyed hash that lives only in memory.
    _key: bytes = field(default_factory=lambda: secrets.token_bytes(32))
    _limiter_lock: threading.Lock = field(default_factory=threading.Lock)

    def live(self) -> LiveStep:
        live = self.classroom.live(self.session_id)
        if live is None:
            raise ProblemError("ended", "this session is not open to devices")
        return live

    def language(self) -> str:
        """The session's language: the page's words and its refusals are in it."""
        live = self.classroom.live(self.session_id)
        return live.language if live else DEFAULT_LANGUAGE

    def client_key(self, request: Request) -> str:
        host = request.client.host if request.client else ""
        return hmac.new(self._key, host.encode(), hashlib.sha256).hexdigest()

    def check_code(self, request: Request, code: str) -> str:
        """The session id for a typed code, counting wrong ones; raises ``JoinRefused``."""
        key = self.client_key(request)
        now = time.monotonic()
        with self._limiter_lock:
            if not self.limiter.device_allowed(key, now):
                wait = self.limiter.device_retry_after(key, now)
                raise JoinRefused("rate_limited", "too many wrong codes", retry_after=wait)
        session_id = self.classroom.session_for_code(code)
        if session_id is None and normalise_join_code(code) == self._own_code():
            raise JoinRefused("ended", "this session has ended")  # right code, too late
        if session_id == self.session_id:
            return session_id  # the right code: never held back by others' wrong ones
        with self._limiter_lock:
            if not self.limiter.allowed(key, now):  # the room is guessing: slow it down
                wait = self.limiter.retry_after(key, now)
                raise JoinRefused("rate_limited", "too many wrong codes", retry_after=wait)
            self.limiter.failed(key, now)
        raise JoinRefused("wrong_code", "that code does not match a running session")

    def _own_code(self) -> str | None:
        room = self.classroom.classroom(self.session_id)
        return room.join_code if room else None

    def check_link(self, link: str) -> None:
        """Refuse a link that is not this session's, or whose session has ended."""
        if self.classroom.session_for_link(link) != self.session_id:
            raise JoinRefused("unknown", "this link does not belong to a running session")
        live = self.classroom.live(self.session_id)
        if live is None or live.state.value != "running":
            raise JoinRefused("ended", "this session has ended")

    def device_for(self, token: str | None) -> Device | None:
        if not token:
            return None
        device = self.classroom.device(token)
        if device is None or device.session_id != self.session_id:
            return None
        return device


# The dependencies are ``async`` although they do no I/O: a plain ``def`` dependency costs a
# round trip through the worker threads on every request. A token seen for the first time
# since start-up is looked up in SQLite (well under a millisecond, once per device).
async def get_context(request: Request) -> ServerContext:
    context: ServerContext = request.app.state.context
    return context


Context = Annotated[ServerContext, Depends(get_context)]


def request_token(request: Request) -> str | None:
    return request.headers.get(TOKEN_HEADER) or request.cookies.get(COOKIE)


async def require_device(request: Request, context: Context) -> Device:
    token = request_token(request)
    if not token:
        raise ProblemError("no_token", "join the session first")
    device = context.device_for(token)
    if device is None:
        raise ProblemError("unknown_token", "this device is not part of the session")
    return device


CurrentDevice = Annotated[Device, Depends(require_device)]
