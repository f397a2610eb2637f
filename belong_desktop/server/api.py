"""The student API (JSON, documented in the OpenAPI schema): join, state, answers, events.

Routes are thin and plain ``def`` where they block: the classroom service does the work
and an answer is acknowledged only after it is committed.
"""

from __future__ import annotations

import asyncio

from fastapi import APIRouter, Request, Response
from fastapi.responses import StreamingResponse

from belong_desktop.core.classroom import SaveRequest
from belong_desktop.server.context import Context, CurrentDevice
from belong_desktop.server.joining import join_device
from belong_desktop.server.problems import ProblemError
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


def _problems(*statuses: int) -> dict[int | str, dict[str, object]]:
    return {status: {"model": Problem} for status in statuses}


router = APIRouter(prefix="/api", tags=["student"])


@router.post(
    "/join", response_model=JoinOut, responses=_problems(400, 404, 409, 410, 411, 413, 422, 429)
)
def join(body: JoinIn, request: Request, response: Response, context: Context) -> JoinOut:
    """Ask to become a new anonymous participant of the session being served.

    Send a ``join_key`` made on the device and the same key with every retry of this
    join: a retry whose first reply was lost gets the same participant back. The join
    counts once the device's page loads with the token (``/s``, or the first
    ``/api/state`` or ``/api/events``); until then it holds no place. One device asking
    for joins faster than a class would is answered 429 ``too_many_joins`` with
    ``Retry-After``.
    """
    token, device = join_device(
        context, request, response, code=body.code, link=body.link, join_key=body.join_key
    )
    return JoinOut(token=token, participant_id=device.participant_id)


@router.get("/state", response_model=StudentState, responses=_problems(401, 409, 410))
def state(device: CurrentDevice, context: Context) -> StudentState:
    """The open step and this device's own answers.

    The first request with a new token (this, the event stream or the student page) makes
    the join a participant; a room that filled up meanwhile answers 409 ``full``.
    """
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
        raise ProblemError("unknown_step", "there is no such step")
    request = SaveRequest(
        step_id=step_id,
        revision=body.revision,
        submit=body.submit,
        text=body.text,
        choice=body.choice,
        share=body.share,
    )
    # Awaited on the event loop: the writer thread answers once the row is committed.
    # An ``AnswerRefused`` becomes a Problem (``problems.refused``).
    outcome = await asyncio.wrap_future(context.classroom.submit_save(device, request))
    return AnswerAck(answer=answer_out(outcome.answer), stored=outcome.changed, late=outcome.late)


@router.get(
    "/events",
    responses={
        200: {"content": {"text/event-stream": {}}, "description": "state events"},
        **_problems(401, 409),
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
