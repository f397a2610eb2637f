"""Joining a device: slow a flood, check the code or link, join once per join key, give
it its cookie.

The one join path behind every way in: the code form and the join link's page without
script (``POST /join`` in ``pages.py``) and the pages' script (``POST /api/join``). A
refusal is raised as ``JoinRefused``; each caller words it for its own answer (an HTML
page, a Problem JSON). The join is pending until the device's page loads with its token
(``ServerContext.arrive``); only then is it a participant, stored and counted. Runs in
uvicorn's worker threads, in memory only.
"""

from __future__ import annotations

from fastapi import Request, Response

from belong_desktop.server.context import COOKIE, COOKIE_MAX_AGE, ServerContext
from belong_desktop.services.classroom import Device, JoinRefused


def set_token_cookie(response: Response, token: str) -> None:
    # Not HttpOnly: the page keeps a copy in localStorage and restores a lost cookie.
    response.set_cookie(
        COOKIE, token, max_age=COOKIE_MAX_AGE, samesite="strict", path="/", httponly=False
    )


def join_device(
    context: ServerContext,
    request: Request,
    response: Response,
    *,
    code: str | None,
    link: str | None,
    join_key: str | None,
    language: str | None = None,
) -> tuple[str, Device]:
    """Join by link or typed code; sets the token cookie on ``response``.

    ``join_key`` is the device's own key for this join: a retry with it gets the same
    token and participant back (see ``ClassroomService.join``). Every attempt counts
    towards the device's join rate, a retry too (the page backs off). ``language`` is
    the page language the student chose on the join page (checked by the caller).
    """
    context.check_join_rate(request)
    if link:
        context.check_link(link)
    elif code:
        context.check_code(request, code)
    else:
        raise JoinRefused("no_code", "send the code from the screen or a join link")
    token, device = context.join(request, join_key or None, language)
    set_token_cookie(response, token)
    return token, device
