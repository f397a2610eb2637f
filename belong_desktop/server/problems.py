"""Refusals as the device sees them: one table from error code to HTTP status and words.

Every refusal, whoever raises it (``JoinRefused`` and ``AnswerRefused`` from the
services, ``ProblemError`` from the server itself, Starlette's 404/405, a malformed
body, the body-size limit, the connection's deadlines and caps in ``protocol.py``),
reaches the device as a 4xx Problem JSON ``{code, detail}``: a malformed request is the
device's mistake and must never look like a server failure. Two refusals are 5xx, both
with Retry-After, both the laptop's and both waited out by the page: ``busy`` (503, load
shed) and ``not_saved`` (507: the disk is full; the page keeps the text and tries again).
Where the page has its own words for a code (``page_words.py``), ``detail`` is that
sentence in the device's page language (its student's choice, else the session's);
otherwise it is the English sentence of the error, which only a developer's client ever
sees. Runs in uvicorn's loop and worker threads; it holds no state.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from typing import Any, Final

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from belong_desktop.core.classroom import AnswerRefused
from belong_desktop.core.errors import BelongError
from belong_desktop.server.page_words import text
from belong_desktop.services.classroom import NOT_SAVED_RETRY, JoinRefused


class ProblemError(BelongError):
    """A refusal the server itself decides (no token, an unknown step); ``code`` is stable."""

    default_code = "bad_request"

    def __init__(self, code: str, message: str, retry_after: float = 0.0) -> None:
        super().__init__(message, code=code)
        self.retry_after = retry_after


#: code → (HTTP status, the key of the page's sentence for it in ``page_words.py``, if any).
REFUSALS: Final[Mapping[str, tuple[int, str | None]]] = {
    # joining
    "no_code": (422, "join_no_code"),
    "wrong_code": (404, "join_wrong"),
    "unknown": (404, "join_unknown"),
    "ended": (410, "join_ended"),
    "full": (409, "join_full"),
    "rate_limited": (429, "join_rate"),
    "too_many_joins": (429, "join_busy"),  # one address asking for joins faster than a class
    # who is asking
    "no_token": (401, None),
    "unknown_token": (401, None),
    # answers
    "not_open": (410, None),  # the laptop is starting up again: the page retries
    "unknown_step": (404, None),
    "not_opened": (409, None),
    "closed": (409, "poll_closed"),
    "no_answers": (409, None),
    "too_long": (422, "too_long"),
    "empty": (422, "empty"),
    "bad_revision": (422, None),
    "bad_choice": (422, None),
    "wrong_kind": (422, None),
    "no_text": (422, None),
    # a pack with ``drafts = "device_only"``: only a sent text may reach the laptop
    "drafts_off": (403, "drafts_off"),
    # the request itself
    "unknown_language": (422, "unknown_language"),  # a language the page does not offer
    "invalid": (422, None),
    "not_found": (404, None),
    "method_not_allowed": (405, None),
    "bad_length": (400, None),
    "length_required": (411, None),
    "too_large": (413, None),
    "wrong_host": (421, None),
    # the connection (``protocol.py``): too slow, not HTTP, or one device too many
    "too_slow": (408, None),
    "malformed": (400, None),
    "head_too_large": (431, None),
    "busy": (503, None),  # load shed: the page waits and tries again
    # the laptop could not store it (its disk is full): the page keeps the text and tries
    # again after Retry-After
    "not_saved": (507, "not_saved"),
}
#: Codes whose refusal carries a Retry-After header: code → seconds.
_RETRY: Final[Mapping[str, float]] = {"not_saved": NOT_SAVED_RETRY}
_DEFAULT_STATUS: Final[Mapping[type[BelongError], int]] = {
    JoinRefused: 400,
    AnswerRefused: 422,
    ProblemError: 400,
}
#: Starlette's own HTTP errors (an unknown path, a wrong method) by status.
_HTTP_CODES: Final[Mapping[int, str]] = {404: "not_found", 405: "method_not_allowed"}


def status_for(code: str, default: int = 400) -> int:
    return REFUSALS[code][0] if code in REFUSALS else default


def sentence(exc: BelongError, language: str, **values: object) -> str:
    """The page's words for ``exc`` in ``language``, or its English message."""
    key = REFUSALS[exc.code][1] if exc.code in REFUSALS else None
    if key is None:
        return str(exc)
    template = text(key, language)
    values = {**exc.params, **values}
    if isinstance(exc, JoinRefused) and exc.retry_after:
        values["seconds"] = retry_after_seconds(exc.retry_after)
    fields = {name for _, name, _, _ in string.Formatter().parse(template) if name}
    if not fields <= values.keys():
        return str(exc)  # the sentence needs a number this refusal does not carry
    return template.format(**values)


def retry_after_seconds(retry_after: float) -> int:
    return max(1, round(retry_after))


def status_of(exc: BelongError) -> int:
    default = next((s for cls, s in _DEFAULT_STATUS.items() if isinstance(exc, cls)), 400)
    return status_for(exc.code, default)


def problem_response(exc: BelongError, language: str, **values: object) -> JSONResponse:
    headers = None
    retry = exc.retry_after if isinstance(exc, JoinRefused | ProblemError) else 0.0
    retry = retry or _RETRY.get(exc.code, 0.0)
    if retry:
        headers = {"Retry-After": str(retry_after_seconds(retry))}
    status = status_of(exc)
    if status == 503:  # load shed: the connection is given back too
        headers = {**(headers or {}), "Connection": "close"}
    body = {"code": exc.code, "detail": sentence(exc, language, **values)}
    return JSONResponse(body, status, headers=headers)


# -- exception handlers (registered by ``create_app``) --------------------------------


async def refused(request: Request, exc: Exception) -> JSONResponse:
    """``JoinRefused``, ``AnswerRefused`` and ``ProblemError`` from any route."""
    assert isinstance(exc, BelongError)
    context = request.app.state.context
    limit = context.classroom.limits.max_text_length
    return problem_response(exc, context.page_language(request), max=limit)


async def http_problem(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code = _HTTP_CODES.get(exc.status_code, "http_error")
    return JSONResponse({"code": code, "detail": str(exc.detail)}, exc.status_code, exc.headers)


async def invalid(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    reasons = [_reason(error) for error in exc.errors()[:5]]
    return JSONResponse({"code": "invalid", "detail": "; ".join(reasons)}, status_for("invalid"))


def _reason(error: Any) -> str:
    where = ".".join(str(part) for part in error.get("loc", ()) if part != "body")
    return f"{where}: {error.get('msg', 'invalid')}" if where else str(error.get("msg"))
