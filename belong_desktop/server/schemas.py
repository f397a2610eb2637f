"""The student API's request and response bodies (pydantic), and their builders.

Only what a student may see is in here: no arm, no pack id, no speaker notes, no other
participant's answers.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from belong_desktop.core.classroom import MAX_REVISION, Answer
from belong_desktop.core.packs import StepKind
from belong_desktop.server.languages import content_language, offered, page_language
from belong_desktop.server.links import split_links
from belong_desktop.server.transcripts import transcript
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
    language: str | None = Field(
        default=None,
        max_length=16,
        description="The page language the student chose before joining (one of the "
        "state's ``languages``); unknown ones are refused with ``unknown_language``",
    )
    link: str | None = Field(default=None, max_length=64)
    join_key: str | None = Field(
        default=None,
        pattern=JOIN_KEY_PATTERN,
        description="The device's key for this join, the same in every retry of it: a retry "
        "whose reply was lost gets the same participant back",
    )


class LanguageIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    language: str | None = Field(
        max_length=16, description="One of the state's ``languages``; null: the session's"
    )


class LanguageOut(BaseModel):
    language: str = Field(description="The page's language now")
    content_language: str


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
    transcript: list[str] | None = Field(
        default=None, description="A video step: what is said in it, one line per subtitle"
    )
    transcript_language: str | None = None


class SessionOut(BaseModel):
    state: Literal["created", "running", "ended", "exported"]
    language: str
    step_count: int
    epoch: int


class PublicState(BaseModel):
    """What is pushed to every device when the counsellor moves on."""

    session: SessionOut
    step: StepOut | None
    #: The language of the page's own words on this device (its student's choice, else
    #: the session's) and the language its pack texts are shown in: the session's when
    #: the pack lacks the page's language.
    language: str
    content_language: str
    languages: list[str] = Field(description="the languages a student may choose")


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


def public_state(live: LiveStep, page: str | None = None) -> PublicState:
    """What a device whose page is in ``page`` (None: the session's language) is shown."""
    shown = page_language(page, live.language)
    language = content_language(shown, live.pack, live.language)
    step = live.step
    step_out = None
    if step is not None and live.step_index is not None:
        text = step.student.get(language)
        said = transcript(step, shown, live.language) if step.kind is StepKind.VIDEO else None
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
            transcript=list(said.lines) if said else None,
            transcript_language=said.language if said else None,
        )
    return PublicState(
        session=SessionOut(
            state=live.state.value,
            language=live.language,
            step_count=len(live.pack.steps),
            epoch=live.epoch,
        ),
        step=step_out,
        language=shown,
        content_language=language,
        languages=list(offered()),
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
    public = public_state(live, device.language)
    return StudentState(
        session=public.session,
        step=public.step,
        language=public.language,
        content_language=public.content_language,
        languages=public.languages,
        participant_id=device.participant_id,
        reset=device.epoch < live.epoch,
        max_length=max_length,
        drafts=live.pack.drafts.value,
        answers=[answer_out(a) for a in answers],
    )
