"""The student page and the join pages: server-rendered HTML, escaped by Jinja.

Joining sets the device's token cookie and redirects to ``/s``, the one page a student
uses for the whole session; its script (static/student.js) follows the counsellor.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from belong_desktop.server.api import set_token_cookie
from belong_desktop.server.context import JOIN_STATUS, Context, request_token
from belong_desktop.server.schemas import student_state
from belong_desktop.server.texts import catalogue, text
from belong_desktop.services.classroom import JoinRefused

templates = Jinja2Templates(directory=Path(__file__).with_name("templates"))
router = APIRouter(include_in_schema=False)

_JOIN_MESSAGES = {
    "wrong_code": "join_wrong",
    "unknown": "join_unknown",
    "ended": "join_ended",
    "full": "join_full",
    "rate_limited": "join_rate",
}


def _language(context: Context) -> str:
    live = context.classroom.live(context.session_id)
    return live.language if live else "da"


def _landing(
    request: Request, context: Context, status: int = 200, error: str = "", code: str = ""
) -> HTMLResponse:
    language = _language(context)
    return templates.TemplateResponse(
        request,
        "join.html",
        {"t": catalogue(language), "lang": language, "error": error, "code": code[:32]},
        status_code=status,
    )


def _refused(request: Request, context: Context, exc: JoinRefused, code: str = "") -> HTMLResponse:
    language = _language(context)
    message = text(_JOIN_MESSAGES.get(exc.code, "join_wrong"), language)
    if exc.code == "rate_limited":
        message = text("join_rate", language, seconds=max(1, round(exc.retry_after)))
    response = _landing(request, context, JOIN_STATUS.get(exc.code, 400), message, code)
    if exc.retry_after:
        response.headers["Retry-After"] = str(max(1, round(exc.retry_after)))
    return response


@router.get("/", response_class=HTMLResponse)
def landing(request: Request, context: Context) -> Response:
    if context.device_for(request_token(request)) is not None:
        return RedirectResponse("/s", status_code=303)
    return _landing(request, context)


@router.post("/join", response_class=HTMLResponse)
def join_form(request: Request, context: Context, code: str = Form("", max_length=32)) -> Response:
    try:
        context.check_code(request, code)
        token, _device = context.classroom.join(context.session_id)
    except JoinRefused as exc:
        return _refused(request, context, exc, code)
    response = RedirectResponse("/s", status_code=303)
    set_token_cookie(response, token)
    return response


@router.get("/j/{link}", response_class=HTMLResponse)
def join_link(link: str, request: Request, context: Context) -> Response:
    try:
        context.check_link(link)
        device = context.device_for(request_token(request))
        live = context.live()
        if device is not None and device.epoch == live.epoch:
            return RedirectResponse("/s", status_code=303)  # a reload or a second scan
        token, _device = context.classroom.join(context.session_id)
    except JoinRefused as exc:
        return _refused(request, context, exc)
    response = RedirectResponse("/s", status_code=303)
    set_token_cookie(response, token)
    return response


@router.get("/s", response_class=HTMLResponse)
def student_page(request: Request, context: Context) -> Response:
    token = request_token(request)
    device = context.device_for(token)
    if device is None or token is None:
        return RedirectResponse("/", status_code=303)
    live = context.live()
    context.classroom.touch(device, live.step_index)
    room = context.classroom.classroom(context.session_id)
    state = student_state(
        live, device, context.classroom.answers(device), context.classroom.limits.max_text_length
    )
    return templates.TemplateResponse(
        request,
        "student.html",
        {
            "t": catalogue(live.language),
            "lang": live.language,
            "state": state.model_dump(mode="json"),
            "token": token,
            "link": room.link_token if room else "",
        },
    )
