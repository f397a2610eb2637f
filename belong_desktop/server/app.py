"""``create_app``: the FastAPI application serving one session's student page.

Refusals always come back as a ``Problem`` (code + sentence) with a 4xx status, mapped
in one place (``problems.py``). Built on the thread that starts the server; served from
uvicorn's thread.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from belong_desktop.core.classroom import AnswerRefused
from belong_desktop.core.room_alerts import RoomAlert
from belong_desktop.server import api, pages, problems
from belong_desktop.server.connections import ConnectionGuard, ConnectionLimits
from belong_desktop.server.context import ServerContext
from belong_desktop.server.security import SecurityMiddleware
from belong_desktop.server.sse import Broadcaster
from belong_desktop.services.classroom import ClassroomService, JoinRefused

STATIC = Path(__file__).with_name("static")
#: 10,000 characters of JSON-escaped text (\\uXXXX is 6 bytes) and some room.
MAX_BODY_BYTES = 64 * 1024


def create_app(
    classroom: ClassroomService,
    session_id: str,
    *,
    max_body_bytes: int = MAX_BODY_BYTES,
    connection_limits: ConnectionLimits | None = None,
) -> FastAPI:
    app = FastAPI(
        title="belong-desktop student API",
        version="1",
        docs_url=None,  # the Swagger page would load scripts from a CDN
        redoc_url=None,
        openapi_url="/api/openapi.json",
        # Starlette's slash redirects build their target from the request's Host header.
        redirect_slashes=False,
    )
    broadcaster = Broadcaster(classroom.live(session_id))
    # Load shed (a device past its share, the server full) is a calm line for the counsellor.
    guard = ConnectionGuard(
        connection_limits, on_refused=lambda: classroom.alert(session_id, RoomAlert.BUSY)
    )
    context = ServerContext(classroom, session_id, broadcaster, guard=guard)
    app.state.context = context
    app.state.unwatch = classroom.watch(session_id, broadcaster.publish)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    for refusal in (JoinRefused, AnswerRefused, problems.ProblemError):
        app.add_exception_handler(refusal, problems.refused)
    app.add_exception_handler(StarletteHTTPException, problems.http_problem)
    app.add_exception_handler(RequestValidationError, problems.invalid)
    app.add_middleware(SecurityMiddleware, max_body_bytes=max_body_bytes)
    return app


def close_app(app: FastAPI) -> None:
    """Stop pushing to devices (the streams end) and stop following the session."""
    app.state.unwatch()
    app.state.context.broadcaster.close()
