"""``create_app``: the FastAPI application serving one session's student page.

Errors always come back as a ``Problem`` (code + sentence) with a 4xx status: a
malformed request is the device's mistake and must never look like a server failure.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from belong_desktop.server import api, pages
from belong_desktop.server.context import ProblemError, ServerContext
from belong_desktop.server.security import SecurityMiddleware
from belong_desktop.server.sse import Broadcaster
from belong_desktop.services.classroom import ClassroomService

STATIC = Path(__file__).with_name("static")
#: 10,000 characters of JSON-escaped text (\\uXXXX is 6 bytes) and some room.
MAX_BODY_BYTES = 64 * 1024


def create_app(
    classroom: ClassroomService, session_id: str, *, max_body_bytes: int = MAX_BODY_BYTES
) -> FastAPI:
    app = FastAPI(
        title="belong-desktop student API",
        version="1",
        docs_url=None,  # the Swagger page would load scripts from a CDN
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    broadcaster = Broadcaster(classroom.live(session_id))
    context = ServerContext(classroom, session_id, broadcaster)
    app.state.context = context
    app.state.unwatch = classroom.watch(session_id, broadcaster.publish)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_exception_handler(ProblemError, _problem)
    app.add_exception_handler(StarletteHTTPException, _http_problem)
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_middleware(SecurityMiddleware, max_body_bytes=max_body_bytes)
    return app


def close_app(app: FastAPI) -> None:
    """Stop pushing to devices (the streams end) and stop following the session."""
    app.state.unwatch()
    app.state.context.broadcaster.close()


async def _problem(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ProblemError)
    return JSONResponse(
        {"code": exc.code, "detail": exc.detail}, exc.status_code, headers=exc.headers
    )


async def _http_problem(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
    return JSONResponse({"code": code, "detail": str(exc.detail)}, exc.status_code, exc.headers)


async def _invalid(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    reasons = [_reason(error) for error in exc.errors()[:5]]
    return JSONResponse({"code": "invalid", "detail": "; ".join(reasons)}, 422)


def _reason(error: Any) -> str:
    where = ".".join(str(part) for part in error.get("loc", ()) if part != "body")
    return f"{where}: {error.get('msg', 'invalid')}" if where else str(error.get("msg"))
