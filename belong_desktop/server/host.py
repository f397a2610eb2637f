"""``ClassroomHost``: serve the running session to devices, one session at a time.

It opens the session's classroom (code, link token, remembered port), binds the port
(the remembered one first, so devices reconnect after a restart), starts the server
thread and says where devices can find it, and holds the process's "serving" garbage
collection policy (``memory.serving``: no full collection stalls the GUI while the class
joins) from start to stop. The GUI and the headless runner use it through the
``ClassroomHosting`` protocol of the services.
"""

from __future__ import annotations

import contextlib
import logging
import time

from fastapi import FastAPI

from belong_desktop import memory
from belong_desktop.core.session import SessionState
from belong_desktop.server.app import close_app, create_app
from belong_desktop.server.connections import ConnectionGuard, ConnectionLimits
from belong_desktop.server.context import ServerContext
from belong_desktop.server.runner import ServerError, ServerThread, bind_socket
from belong_desktop.server.sse import Broadcaster
from belong_desktop.services import network
from belong_desktop.services.classroom import ClassroomService, JoinInfo, PagesLetGo

log = logging.getLogger(__name__)

DEFAULT_PORT = 8470
_FALLBACK_PORTS = range(DEFAULT_PORT, DEFAULT_PORT + 20)
ALL_INTERFACES = "0.0.0.0"
#: The longest a stop waits for open pages: to be told the last state (normally a few
#: milliseconds) and, after an end, to send what they still hold and let go.
LET_GO_SECONDS = 3.0


class ClassroomHost:
    def __init__(
        self, classroom: ClassroomService, connection_limits: ConnectionLimits | None = None
    ) -> None:
        self.classroom = classroom
        self.connection_limits = connection_limits
        self._thread: ServerThread | None = None
        #: Holds ``memory.serving()`` while the server runs (full collections put off).
        self._gc_policy = contextlib.ExitStack()
        self.info: JoinInfo | None = None

    def start(
        self, session_id: str, *, bind_host: str | None = None, port: int | None = None
    ) -> JoinInfo:
        """Serve ``session_id``; an explicit port must be free, otherwise one is found."""
        self.stop()
        room = self.classroom.open(session_id)
        host = bind_host or room.bind_host or ALL_INTERFACES
        if port is not None:
            candidates: list[int] = [port]
        else:
            remembered = [room.port] if room.port else []
            candidates = [*remembered, *_FALLBACK_PORTS, 0]
        try:
            sock = bind_socket(host, candidates)
        except ServerError:
            if bind_host is None and host != ALL_INTERFACES:
                # The remembered interface is gone (another network): listen everywhere.
                host = ALL_INTERFACES
                sock = bind_socket(host, candidates)
            else:
                raise
        app = create_app(self.classroom, session_id, connection_limits=self.connection_limits)
        context: ServerContext = app.state.context
        thread = ServerThread(app, sock, context.guard)
        try:
            thread.start()
        except ServerError:
            close_app(app)
            raise
        self._thread = thread
        self._gc_policy.enter_context(memory.serving())
        warning, code = "", ""
        params: dict[str, object] = {}
        if room.port and thread.port != room.port:
            warning = (
                f"port {room.port} was taken, so the session moved to port {thread.port}: "
                "devices must scan the new code"
            )
            code, params = "port_moved", {"old_port": room.port, "new_port": thread.port}
        self.classroom.set_address(
            session_id, thread.port, None if host == ALL_INTERFACES else host
        )
        hosts = self._hosts(host)
        if not hosts:
            hosts = ("127.0.0.1",)
            if not warning:
                warning = "no network found: only this laptop can open the page"
                code = "no_network"
        self.info = JoinInfo(
            session_id=session_id,
            code=room.join_code,
            link_token=room.link_token,
            port=thread.port,
            bind_host=host,
            hosts=hosts,
            warning=warning,
            warning_code=code,
            warning_params=params,
        )
        return self.info

    @property
    def guard(self) -> ConnectionGuard | None:
        """The running server's connection counts (memory only), None when stopped."""
        return self._thread.guard if self._thread is not None else None

    def stop(self, wait: float = LET_GO_SECONDS) -> PagesLetGo | None:
        """Stop serving; after an end, open pages first get the end and send their saves.

        The server answers as usual meanwhile (a save after the end is stored as the
        rules say: ``draft_at_close``), for at most ``wait`` seconds in all.
        """
        thread, self._thread = self._thread, None
        report = None
        if thread is not None:
            report = _let_pages_go(thread.app, wait)
            try:
                close_app(thread.app)
                thread.stop()
            finally:
                self._gc_policy.close()
        self.info = None
        return report

    @staticmethod
    def _hosts(bind_host: str) -> tuple[str, ...]:
        if bind_host != ALL_INTERFACES:
            return (bind_host,)
        return tuple(a.ip for a in network.lan_addresses())


def _let_pages_go(app: FastAPI, wait: float) -> PagesLetGo:
    """After an end: wait (bounded) until every open page was sent the end and then sent
    what it held and closed its stream. A running session's pages need no wait: they
    find the session again when it is resumed."""
    broadcaster: Broadcaster = app.state.context.broadcaster
    _, _, live = broadcaster.current()
    pages, untold = broadcaster.audience()
    if live is None or live.state not in (SessionState.ENDED, SessionState.EXPORTED):
        return PagesLetGo(pages=pages)
    deadline = time.monotonic() + wait
    broadcaster.wait_until_told(wait)
    _, untold = broadcaster.audience()
    unsynced = 0
    if not broadcaster.wait_until_released(max(0.0, deadline - time.monotonic())):
        unsynced = max(0, broadcaster.open_streams() - untold)
    report = PagesLetGo(pages=pages, untold=untold, unsynced=unsynced)
    if report.untold or report.unsynced:
        log.info(
            "student page stopped: %d pages, %d not told, %d with unsent text",
            report.pages,
            report.untold,
            report.unsynced,
        )
    return report
