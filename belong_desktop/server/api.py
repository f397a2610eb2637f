"""The student API (JSON, documented in the OpenAPI schema): join, state, answers, events.

Routes are thin and plain ``def`` where they block: the classroom service does the work
and an answer is acknowledged only after it is committed.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from fastapi import APIRouter, Request, Response
from fastapi.responses import StreamingResponse
from starlette.types import Receive, Scope, Send

from belong_desktop.core.classroom import SaveRequest
from belong_desktop.core.errors import BelongError
from belong_desktop.server.context import Context, CurrentDevice, request_token
from belong_desktop.server.joining import join_device
from belong_desktop.server.languages import check_offered
from belong_desktop.server.problems import ProblemError
from belong_desktop.server.protocol import RETRY_AFTER_SECONDS
from belong_desktop.server.schemas import (
    AnswerAck,
    AnswerIn,
    JoinIn,
    JoinOut,
    LanguageIn,
    LanguageOut,
    Problem,
    StudentState,
    answer_out,
    public_state,
    student_state,
)


def _problems(*statuses: int) -> dict[int | str, dict[str, object]]:
    return {status: {"model": Problem} for status in statuses}


router = APIRouter(prefix="/api", tags=["student"])


@router.post(
    "/join",
    response_model=JoinOut,
    responses=_problems(400, 404, 409, 410, 411, 413, 422, 429, 507),
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
    language = check_offered(body.language)
    request.state.page_language = language  # a refusal is worded in it
    token, device = join_device(
        context,
        request,
        response,
        code=body.code,
        link=body.link,
        join_key=body.join_key,
        language=language,
    )
    return JoinOut(token=token, participant_id=device.participant_id)


@router.get("/state", response_model=StudentState, responses=_problems(401, 409, 410))
def state(device: CurrentDevice, context: Context) -> StudentState:
    """The open step and this device's own answers.

    The first request with a new token (this, the event stream or the student page) makes
    the join a participant; a room that filled up meanwhile answers 409 ``full``.
    """
    # Read before the state: the state given is at least this new (a stop waits for it).
    version = context.broadcaster.version()
    live = context.live()
    context.classroom.touch(device, live.step_index)
    answers = context.classroom.answers(device)
    state = student_state(live, device, answers, context.classroom.limits.max_text_length)
    context.broadcaster.polled(device.participant_id, version)
    return state


@router.put(
    "/language",
    response_model=LanguageOut,
    responses=_problems(400, 401, 409, 410, 411, 413, 422, 507),
)
def put_language(
    body: LanguageIn, request: Request, device: CurrentDevice, context: Context
) -> LanguageOut:
    """The page language this device's student chose (null: the session's language).

    Stored for the participant (it goes into the export); the page reloads in it. One of
    the state's ``languages``: any other is refused with 422 ``unknown_language``.
    """
    language = check_offered(body.language)
    token = request_token(request)
    assert token is not None  # CurrentDevice found a participant by it
    try:
        changed = context.classroom.set_language(token, language)
    except KeyError:
        raise ProblemError("unknown_token", "this device is not part of the session") from None
    except BelongError as exc:  # the disk refused it (a StoreError): nothing changed
        raise ProblemError("not_saved", f"the language could not be stored: {exc}") from None
    shown = public_state(context.live(), changed.language)
    return LanguageOut(language=shown.language, content_language=shown.content_language)


@router.put(
    "/answers/{step_id}",
    response_model=AnswerAck,
    responses=_problems(400, 401, 404, 409, 410, 411, 413, 422, 507),
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


class _EventStream(StreamingResponse):
    """A stream that gives its slot back however it ends (done, disconnected, HEAD)."""

    def __init__(self, content: object, release: Callable[[], None], **kwargs: object) -> None:
        super().__init__(content, **kwargs)  # type: ignore[arg-type]
        self._release = release

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await super().__call__(scope, receive, send)
        finally:
            self._release()


@router.get(
    "/events",
    responses={
        200: {"content": {"text/event-stream": {}}, "description": "state events"},
        **_problems(401, 409, 503),
    },
    response_class=StreamingResponse,
)
async def events(device: CurrentDevice, context: Context, request: Request) -> StreamingResponse:
    """Server-Sent Events: a ``state`` event each time the counsellor moves on.

    A device keeps at most a few streams: a newer one ends its oldest with a ``replaced``
    event. Too many streams from one address are refused with a 503 ``busy``.
    """
    address = request.client.host if request.client else ""
    slot = context.guard.open_stream(device.participant_id, address)
    if slot is None:
        context.guard.refused()
        raise ProblemError(
            "busy", "too many event streams from this address", retry_after=RETRY_AFTER_SECONDS
        )

    def sent(live: object) -> None:
        step_index = getattr(live, "step_index", None)
        context.classroom.touch(device, step_index)

    return _EventStream(
        context.broadcaster.stream(sent, device.participant_id, slot, device.language),
        lambda: context.guard.close_stream(slot),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
    )
