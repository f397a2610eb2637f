"""What every route of one served session shares, and the request helpers built on it.

One ``ServerContext`` per server start: the session it serves, the classroom service,
the event broadcaster, the in-memory limiters for joins and wrong join codes (keyed by a
keyed hash of the device's address that lives only in this process; addresses are never
kept), the connection guard (open connections and event streams per device,
``connections.py``), and the way a pending join becomes a participant when its page
loads. Trouble the counsellor should hear of (a wave of wrong codes, devices refused by a
full room) is recorded as room alerts here. Routes get it as a FastAPI dependency;
nothing is looked up globally. Runs in uvicorn's loop and worker threads.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import secrets
import threading
import time
from dataclasses import dataclass, field
from typing import Annotated

from fastapi import Depends, Request

from belong_desktop.core.classroom import AttemptLimiter, normalise_join_code
from belong_desktop.core.joins import JoinRate
from belong_desktop.core.room_alerts import RoomAlert
from belong_desktop.server.connections import ConnectionGuard
from belong_desktop.server.languages import page_language
from belong_desktop.server.page_words import DEFAULT_LANGUAGE
from belong_desktop.server.problems import ProblemError
from belong_desktop.server.security import HEAD_SCOPE_KEY
from belong_desktop.server.sse import Broadcaster
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
    joins: JoinRate | None = None  # from the classroom's limits when not given
    # Devices are told apart by a keyed hash of their address that lives only in memory.
    _key: bytes = field(default_factory=lambda: secrets.token_bytes(32))
    _limiter_lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        if self.joins is None:
            limits = self.classroom.limits
            self.joins = JoinRate(limits.join_burst, limits.join_per_second)

    def live(self) -> LiveStep:
        live = self.classroom.live(self.session_id)
        if live is None:
            raise ProblemError("ended", "this session is not open to devices")
        return live

    def language(self) -> str:
        """The session's language: the page's words and its refusals are in it."""
        live = self.classroom.live(self.session_id)
        return live.language if live else DEFAULT_LANGUAGE

    def page_language(self, request: Request) -> str:
        """The language a device's page is in: the one sent with this join, else its
        participant's choice (from memory: safe on the event loop), else the session's."""
        chosen = getattr(request.state, "page_language", None)
        if chosen is None:
            token = request_token(request)
            device = self.classroom.known_device(token) if token else None
            chosen = device.language if device is not None else None
        return page_language(chosen, self.language())

    def client_key(self, request: Request) -> str:
        host = request.client.host if request.client else ""
        return hmac.new(self._key, host.encode(), hashlib.sha256).hexdigest()

    def check_join_rate(self, request: Request) -> None:
        """Slow one device asking for joins faster than a class would (``core.joins``)."""
        assert self.joins is not None
        with self._limiter_lock:
            wait = self.joins.take(self.client_key(request), time.monotonic())
        if wait > 0:
            raise JoinRefused("too_many_joins", "too many joins from this device", retry_after=wait)

    def join(
        self, request: Request, join_key: str | None, language: str | None = None
    ) -> tuple[str, Device]:
        """A pending join for this device; a room already full is told to the counsellor."""
        try:
            return self.classroom.join(
                self.session_id,
                join_key=join_key,
                device_key=self.client_key(request),
                language=language,
            )
        except JoinRefused as exc:
            self._note_refusal(exc)
            raise

    def arrive(self, token: str | None) -> Device | None:
        """The participant of ``token``; a pending join becomes one (its page loaded).

        Raises ``JoinRefused("full")`` (and tells the counsellor) when the room filled up
        while the join was pending.
        """
        if not token:
            return None
        if self.classroom.known_device(token) is not None or self.pending_device(token) is None:
            return self.device_for(token)
        try:
            device = self.classroom.arrive(token)
        except JoinRefused as exc:
            self._note_refusal(exc)
            raise
        return device if device is not None and device.session_id == self.session_id else None

    async def arrive_async(self, token: str | None) -> Device | None:
        """``arrive`` for the event loop, which never reads SQLite here: a participant is
        found in memory, the first request of a pending join awaits its row on the writer
        thread, and only a token neither knows (from before a restart, or forged) is looked
        up in the database, on a worker thread."""
        if not token:
            return None
        device = self.classroom.known_device(token)
        if device is None and self.pending_device(token) is not None:
            try:
                device = await asyncio.wrap_future(self.classroom.submit_arrive(token))
            except JoinRefused as exc:
                self._note_refusal(exc)
                raise
        elif device is None:
            return await self.device_async(token)
        return device if device is not None and device.session_id == self.session_id else None

    async def device_async(self, token: str | None) -> Device | None:
        """``device_for`` for the event loop: memory first, SQLite on a worker thread."""
        if not token:
            return None
        device = self.classroom.known_device(token)
        if device is None:
            device = await asyncio.to_thread(self.classroom.device, token)
        return device if device is not None and device.session_id == self.session_id else None

    def pending_device(self, token: str | None) -> Device | None:
        """The device of this session's pending join ``token`` (its page not loaded yet)."""
        if not token:
            return None
        device = self.classroom.pending_device(token)
        return device if device is not None and device.session_id == self.session_id else None

    def _note_refusal(self, exc: JoinRefused) -> None:
        if exc.code == "full":
            self.classroom.alert(self.session_id, RoomAlert.FULL)

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
            allowed = self.limiter.allowed(key, now)
            if allowed:
                self.limiter.failed(key, now)
            else:  # the room is guessing: slow it down
                wait = self.limiter.retry_after(key, now)
        # Every code known to be wrong counts towards the counsellor's warning (its
        # threshold, in core.room_alerts, tells a flood from a typo).
        self.classroom.alert(self.session_id, RoomAlert.WRONG_CODES)
        if not allowed:
            raise JoinRefused("rate_limited", "too many wrong codes", retry_after=wait)
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
# round trip through the worker threads on every request. A token memory does not know
# (from before a restart, or forged) is looked up in SQLite on a worker thread.
async def get_context(request: Request) -> ServerContext:
    context: ServerContext = request.app.state.context
    return context


Context = Annotated[ServerContext, Depends(get_context)]


def request_token(request: Request) -> str | None:
    return request.headers.get(TOKEN_HEADER) or request.cookies.get(COOKIE)


async def require_device(request: Request, context: Context) -> Device:
    """The participant asking. The first request of a pending join (the student page's
    state or event stream, also a script's) makes it one; a HEAD never does."""
    token = request_token(request)
    if not token:
        raise ProblemError("no_token", "join the session first")
    if request.scope.get(HEAD_SCOPE_KEY):
        device = await context.device_async(token)
    else:
        device = await context.arrive_async(token)
    if device is None:
        raise ProblemError("unknown_token", "this device is not part of the session")
    return device


CurrentDevice = Annotated[Device, Depends(require_device)]
