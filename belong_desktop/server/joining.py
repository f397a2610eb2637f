"""Joining a device: check the code or link, join once per join key, give it its cookie.

The one join path behind every way in: the code form and the join link's page without
script (``POST /join`` in ``pages.py``) and the pages' script (``POST /api/join``). A
refusal is raised as ``JoinRefused``; each caller words it for its own answer (an HTML
page, a Problem JSON). Runs in uvicorn's worker threads; the join itself is committed on
the writer thread before the cookie is set.
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
) -> tuple[str, Device]:
    """Join by link or typed code; sets the token cookie on ``response``.

    ``join_key`` is the device's own key for this join: a retry with it gets the same
    token and participant back (see ``ClassroomService.join``).
    """
    if link:
        context.check_link(link)
    elif code:
        context.check_code(request, code)
    else:
        raise JoinRefused("no_code", "send the code from the screen or a join link")
    token, device = context.classroom.join(context.session_id, join_key=join_key or None)
    set_token_cookie(response, token)
    return token, device
