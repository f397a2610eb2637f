"""The student API's request and response bodies (pydantic), and their builders.

Only what a student may see is in here: no arm, no pack id, no speaker notes, no other
participant's answers.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from belong_desktop.core.classroom import MAX_REVISION, Answer
from belong_desktop.core.packs import StepKind
from belong_desktop.server.links import split_links
from belong_desktop.services.classroom import Device, LiveStep

StepKindName = Literal["message", "video", "poll", "reflection", "letter", "closing"]
StatusName = Literal["draft", "submitted", "draft_at_close"]
DraftsName = Literal["keep", "device_only"]


class Problem(BaseModel):
    """Every 4xx answer: a stable code for the page's script and a sentence for people."""

    code: str
    detail: str


#: A join key: random, made on the device once per join (the page's script sends 32 hex
#: digits); short or odd ones are refused rather than hashed.
JOIN_KEY_PATTERN = r"^[A-Za-z0-9_-]{16,64}$"


class JoinIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    code: str | None = Field(default=None, max_length=32)
    link: str | None = Field(default=None, max_length=64)
    join_key: str | None = Field(
        default=None,
        pattern=JOIN_KEY_PATTERN,
        description="The device's key for this join, the same in every retry of it: a retry "
        "whose reply was lost gets the same participant back",
    )


class JoinOut(BaseModel):
    token: str
    participant_id: str


class TextPartOut(BaseModel):
    """A piece of a step's text: plain, or a web address the page shows as a link."""

    text: str
    href: str | None = None


class StepOut(BaseModel):
    index: int
    id: str
    kind: StepKindName
    text: str
    parts: list[TextPartOut] = Field(
        default=[], description="``text`` split into plain text and web addresses (links)"
    )
    options: list[str] = []
    consent: str | None = None


class SessionOut(BaseModel):
    state: Literal["created", "running", "ended", "exported"]
    language: str
    step_count: int
    epoch: int


class PublicState(BaseModel):
    """What is pushed to every device when the counsellor moves on."""

    session: SessionOut
    step: StepOut | None


class AnswerOut(BaseModel):
    step_id: str
    kind: StepKindName
    status: StatusName
    revision: int
    text: str | None = None
    draft: str | None = None
    choice: int | None = None
    share: bool | None = None


class StudentState(PublicState):
    participant_id: str
    reset: bool  # the counsellor reset all devices: wipe and join again
    max_length: int
    #: "keep": unsent text is saved on the laptop as the student writes; "device_only":
    #: the laptop takes a text only when it is sent (drafts are refused with drafts_off).
    drafts: DraftsName
    answers: list[AnswerOut]


class AnswerIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    revision: int = Field(ge=1, le=MAX_REVISION)
    submit: bool = False
    text: str | None = None
    choice: int | None = Field(default=None, ge=0, le=100)
    share: bool | None = None


class AnswerAck(BaseModel):
    answer: AnswerOut
    stored: bool  # False: an older or repeated save; the stored answer is newer or equal
    late: bool  # the step had closed: a text was kept as a draft


def public_state(live: LiveStep) -> PublicState:
    step = live.step
    step_out = None
    if step is not None and live.step_index is not None:
        language = live.language
        text = step.student.get(language)
        step_out = StepOut(
            index=live.step_index,
            id=step.id,
            kind=step.kind.value,
            text=text,
            parts=[TextPartOut(text=p.text, href=p.href) for p in split_links(text)],
            options=[o.get(language) for o in step.poll.options] if step.poll else [],
            consent=step.consent.get(language)
            if step.consent and step.kind is StepKind.LETTER
            else None,
        )
    return PublicState(
        session=SessionOut(
            state=live.state.value,
            language=live.language,
            step_count=len(live.pack.steps),
            epoch=live.epoch,
        ),
        step=step_out,
    )


def answer_out(answer: Answer) -> AnswerOut:
    return AnswerOut(
        step_id=answer.step_id,
        kind=answer.kind.value,
        status=answer.status.value,
        revision=answer.revision,
        text=answer.text,
        draft=answer.draft,
        choice=answer.choice,
        share=answer.share,
    )


def student_state(
    live: LiveStep, device: Device, answers: list[Answer], max_length: int
) -> StudentState:
    public = public_state(live)
    return StudentState(
        session=public.session,
        step=public.step,
        participant_id=device.participant_id,
        reset=device.epoch < live.epoch,
        max_length=max_length,
        drafts=live.pack.drafts.value,
        answers=[answer_out(a) for a in answers],
    )
