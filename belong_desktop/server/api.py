"""The student API (JSON, documented in the OpenAPI schema): join, state, answers, events.

Routes are thin and plain ``def`` where they block: the classroom service does the work
and an answer is acknowledged only after it is committed.
"""

from __future__ import annotations

import asyncio

from fastapi import APIRouter, Request, Response
from fastapi.responses import StreamingResponse

from belong_desktop.core.classroom import AnswerRefused, SaveRequest
from belong_desktop.server.context import (
    COOKIE,
    COOKIE_MAX_AGE,
    JOIN_STATUS,
    Context,
    CurrentDevice,
    ProblemError,
)
from belong_desktop.server.schemas import (
    AnswerAck,
    AnswerIn,
    JoinIn,
    JoinOut,
    Problem,
    StudentState,
    answer_out,
    student_state,
)
from belong_desktop.services.classroom import JoinRefused

ANSWER_STATUS = {
    "closed": 409,
    "not_open": 410,
    "unknown_step": 404,
    "no_answers": 409,
}


def _problems(*statuses: int) -> dict[int | str, dict[str, object]]:
    return {status: {"model": Problem} for status in statuses}


router = APIRouter(prefix="/api", tags=["student"])


def set_token_cookie(response: Response, token: str) -> None:
    # Not HttpOnly: the page keeps a copy in localStorage and restores a lost cookie.
    response.set_cookie(
        COOKIE, token, max_age=COOKIE_MAX_AGE, samesite="strict", path="/", httponly=False
    )


def join_device(context: Context, request: Request, body: JoinIn) -> JoinOut:
    """Join by typed code or by link; raises ``ProblemError`` with the reason."""
    try:
        if body.link:
            context.check_link(body.link)
        elif body.code:
            context.check_code(request, body.code)
        else:
            raise ProblemError(422, "no_code", "send the code from the screen or a join link")
        token, device = context.classroom.join(context.session_id)
    except JoinRefused as exc:
        raise ProblemError(
            JOIN_STATUS.get(exc.code, 400), exc.code, str(exc), exc.retry_after
        ) from None
    return JoinOut(token=token, participant_id=device.participant_id)


@router.post(
    "/join", response_model=JoinOut, responses=_problems(400, 404, 409, 410, 411, 413, 422, 429)
)
def join(body: JoinIn, request: Request, response: Response, context: Context) -> JoinOut:
    """Become a new anonymous participant of the session being served."""
    out = join_device(context, request, body)
    set_token_cookie(response, out.token)
    return out


@router.get("/state", response_model=StudentState, responses=_problems(401, 410))
def state(device: CurrentDevice, context: Context) -> StudentState:
    """The open step and this device's own answers."""
    live = context.live()
    context.classroom.touch(device, live.step_index)
    answers = context.classroom.answers(device)
    return student_state(live, device, answers, context.classroom.limits.max_text_length)


@router.put(
    "/answers/{step_id}",
    response_model=AnswerAck,
    responses=_problems(400, 401, 404, 409, 410, 411, 413, 422),
)
async def put_answer(
    step_id: str, body: AnswerIn, device: CurrentDevice, context: Context
) -> AnswerAck:
    """Save a draft or send an answer. Repeating a request is safe: one row per step."""
    if len(step_id) > 64:
        raise ProblemError(404, "unknown_step", "there is no such step")
    request = SaveRequest(
        step_id=step_id,
        revision=body.revision,
        submit=body.submit,
        text=body.text,
        choice=body.choice,
        share=body.share,
    )
    try:
        # Awaited on the event loop: the writer thread answers once the row is committed.
        outcome = await asyncio.wrap_future(context.classroom.submit_save(device, request))
    except AnswerRefused as exc:
        raise ProblemError(ANSWER_STATUS.get(exc.code, 422), exc.code, str(exc)) from None
    return AnswerAck(answer=answer_out(outcome.answer), stored=outcome.changed, late=outcome.late)


@router.get(
    "/events",
    responses={
        200: {"content": {"text/event-stream": {}}, "description": "state events"},
        **_problems(401),
    },
    response_class=StreamingResponse,
)
async def events(device: CurrentDevice, context: Context) -> StreamingResponse:
    """Server-Sent Events: a ``state`` event each time the counsellor moves on."""

    def sent(live: object) -> None:
        step_index = getattr(live, "step_index", None)
        context.classroom.touch(device, step_index)

    return StreamingResponse(
        context.broadcaster.stream(sent),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
    )
