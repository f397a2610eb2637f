"""The student page and the join pages: server-rendered HTML, escaped by Jinja.

``/`` asks for the code; ``/j/<link>`` (the QR code) only checks the link and renders a
small page whose script makes a join key and joins: a link preview or a prefetch of the
link makes no participant, and a retried join makes one. Without script both pages post
the form to ``/join``, which joins, sets the device's token cookie and redirects to
``/s``, the one page a student uses for the whole session (its script, static/student.js,
follows the counsellor). A join is pending until ``/s`` (or the page's first request)
loads with its token: that load makes it a participant who counts, or says the room is
full. Runs in uvicorn's worker threads.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from belong_desktop.server.context import COOKIE, COOKIE_MAX_AGE, Context, request_token
from belong_desktop.server.joining import join_device
from belong_desktop.server.languages import choices, is_offered, name_in, page_language
from belong_desktop.server.page_words import catalogue, text
from belong_desktop.server.problems import retry_after_seconds, sentence, status_of
from belong_desktop.server.schemas import student_state
from belong_desktop.server.security import HEAD_SCOPE_KEY
from belong_desktop.services.classroom import JoinRefused

templates = Jinja2Templates(directory=Path(__file__).with_name("templates"))
# Every page hands the cookie's name and lifetime to its script (on <body>).
templates.env.globals.update(cookie_name=COOKIE, cookie_max_age=COOKIE_MAX_AGE)
router = APIRouter(include_in_schema=False)


def _chosen(request: Request) -> str | None:
    """The language picked on the join page (``?lang=``; the form posts it along), if it
    is one the page offers: anything else is ignored and the session's applies."""
    wanted = request.query_params.get("lang")
    return wanted if is_offered(wanted) else None


def _join_page(
    request: Request,
    context: Context,
    *,
    status: int = 200,
    error: str = "",
    code: str = "",
    link: str = "",
    chosen: str | None = None,
) -> HTMLResponse:
    """The code form, or with ``link`` the join link's page (its script joins at once).

    Its words are in the language picked here (``chosen``), else the session's; the
    picker's links reload the same page in another language.
    """
    chosen = chosen or _chosen(request)
    language = page_language(chosen, context.language())
    return templates.TemplateResponse(
        request,
        "join.html",
        {
            "t": catalogue(language),
            "lang": language,
            "chosen": chosen or "",
            "languages": choices(language),
            "here": request.url.path,
            "error": error,
            "code": code[:32],
            "link": link,
        },
        status_code=status,
    )


def _refused(
    request: Request,
    context: Context,
    exc: JoinRefused,
    code: str = "",
    chosen: str | None = None,
) -> HTMLResponse:
    """The code form again, saying why (a refused link, too, ends on the code form)."""
    chosen = chosen or _chosen(request)
    message = sentence(exc, page_language(chosen, context.language()))
    response = _join_page(
        request, context, status=status_of(exc), error=message, code=code, chosen=chosen
    )
    if exc.retry_after:
        response.headers["Retry-After"] = str(retry_after_seconds(exc.retry_after))
    return response


@router.get("/", response_class=HTMLResponse)
def landing(request: Request, context: Context) -> Response:
    token = request_token(request)
    if context.device_for(token) is not None or context.pending_device(token) is not None:
        return RedirectResponse("/s", status_code=303)
    return _join_page(request, context)


@router.post("/join", response_class=HTMLResponse)
def join_form(
    request: Request,
    context: Context,
    code: str = Form("", max_length=32),
    link: str = Form("", max_length=64),
    language: str = Form("", max_length=16),
) -> Response:
    """The form without script (the page's script joins through ``/api/join``)."""
    chosen = language if is_offered(language) else None
    response = RedirectResponse("/s", status_code=303)
    try:
        join_device(
            context, request, response, code=code, link=link, join_key=None, language=chosen
        )
    except JoinRefused as exc:
        return _refused(request, context, exc, code, chosen)
    return response


@router.get("/j/{link}", response_class=HTMLResponse)
def join_link(link: str, request: Request, context: Context) -> Response:
    try:
        context.check_link(link)
    except JoinRefused as exc:
        return _refused(request, context, exc)
    token = request_token(request)
    device = context.device_for(token) or context.pending_device(token)
    if device is not None and device.epoch == context.live().epoch:
        return RedirectResponse("/s", status_code=303)  # a reload or a second scan
    return _join_page(request, context, link=link)


@router.get("/s", response_class=HTMLResponse)
def student_page(request: Request, context: Context) -> Response:
    token = request_token(request)
    if request.scope.get(HEAD_SCOPE_KEY):  # a HEAD is no page load: nothing arrives
        device = context.device_for(token) or context.pending_device(token)
    else:
        try:
            device = context.arrive(token)  # a pending join's page loads: now it counts
        except JoinRefused as exc:  # e.g. the room filled up while this join was pending
            response = _refused(request, context, exc)
            if exc.code == "full":  # that join is dropped: its token is worth nothing now
                response.delete_cookie(COOKIE, path="/", samesite="strict")
            return response
    if device is None or token is None:
        return RedirectResponse("/", status_code=303)
    live = context.live()
    if context.device_for(token) is not None:  # a pending join (a HEAD) is nobody's presence
        context.classroom.touch(device, live.step_index)
    room = context.classroom.classroom(context.session_id)
    state = student_state(
        live, device, context.classroom.answers(device), context.classroom.limits.max_text_length
    )
    language = state.language
    return templates.TemplateResponse(
        request,
        "student.html",
        {
            "t": catalogue(language),
            "lang": language,
            "content_lang": state.content_language,
            "content_missing": content_missing(language, state.content_language),
            "languages": choices(language),
            "state": state.model_dump(mode="json"),
            "title": live.pack.title.get(state.content_language),
            "group": text("place", language, group=live.group_code) if live.group_code else "",
            "token": token,
            "link": room.link_token if room else "",
        },
    )


def content_missing(language: str, content: str) -> str:
    """Said on a page whose student chose a language the pack lacks, in that language."""
    if language == content:
        return ""
    return text("content_missing", language, shown=name_in(content, language))
