"""The facilitator script: a pack's plan printed for the counsellor before the session.

A cover (the pack's title, version, planned duration and the framing reminder), the
hour at a glance (every step with its minutes and its place on the clock), a before-class
checklist with empty boxes to tick, then one block per step: what to say and do (the
pack's speaker notes), what the projector shows (the slide; the video and its subtitle
language; the poll's question and options) and what the students' screens show (the
page's text; the writing prompt; for the letter, the question about sharing it). The plan's
rules (clock, checklist items, language) are ``core.facilitator_plan``; this module only
sets them on paper. Every text from the pack goes through ``pdf.para`` (printed as typed).

The script is printed in one of the pack's languages. Its own words (headings, labels,
checklist) are in ``TEXTS``, read from the catalogue in da, en, nb or nl; a pack in any
other language gets the English words around its own texts
(``facilitator_plan.frame_language``), while numbers and quotation marks follow the
pack's language. Runs on whatever thread calls it (the GUI's task runner, the command
line's main thread); no database, no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
)

from belong_desktop import __version__
from belong_desktop.core import typography
from belong_desktop.core.facilitator_plan import (
    CheckItem,
    PlannedStep,
    checklist,
    frame_language,
    running_clock,
    script_language,
)
from belong_desktop.core.packs import DraftPolicy, Pack, Step, StepKind
from belong_desktop.services.reports import pdf
from belong_desktop.services.reports.texts import QT_TRANSLATE_NOOP, Words, common, pick

TEXTS = Words(
    "FacilitatorScript",
    {
        "document": QT_TRANSLATE_NOOP("FacilitatorScript", "Drejebog"),
        "subtitle": QT_TRANSLATE_NOOP(
            "FacilitatorScript",
            "Drejebog for studievejlederen – timens plan trin for trin",
        ),
        "facts_pack": QT_TRANSLATE_NOOP("FacilitatorScript", "Indholdspakke"),
        "facts_pack_value": QT_TRANSLATE_NOOP("FacilitatorScript", "{id}, version {version}"),
        "facts_language": QT_TRANSLATE_NOOP("FacilitatorScript", "Sprog"),
        "facts_duration": QT_TRANSLATE_NOOP("FacilitatorScript", "Planlagt varighed"),
        "facts_duration_value": QT_TRANSLATE_NOOP(
            "FacilitatorScript",
            "{minutes} min i {steps} trin",
        ),
        "facts_drafts": QT_TRANSLATE_NOOP("FacilitatorScript", "Tekster, der ikke er sendt"),
        "drafts_keep": QT_TRANSLATE_NOOP(
            "FacilitatorScript",
            "gemmes anonymt på computeren, mens de skriver",
        ),
        "drafts_device_only": QT_TRANSLATE_NOOP(
            "FacilitatorScript",
            "bliver på de studerendes enheder, til de trykker Send",
        ),
        "framing_title": QT_TRANSLATE_NOOP("FacilitatorScript", "Husk"),
        "framing": QT_TRANSLATE_NOOP(
            "FacilitatorScript",
            "Kald ikke timen en intervention eller et trivselskursus, og sig ikke, at "
            "den skal hjælpe de studerende eller gøre noget for dem: vi vil gerne lære "
            "af studerendes erfaringer. Alt, de skriver, er anonymt, og ingen skal "
            "læse noget op.",
        ),
        "overview": QT_TRANSLATE_NOOP("FacilitatorScript", "Timen på én side"),
        "col_number": QT_TRANSLATE_NOOP("FacilitatorScript", "Nr."),
        "col_step": QT_TRANSLATE_NOOP("FacilitatorScript", "Trin"),
        "col_kind": QT_TRANSLATE_NOOP("FacilitatorScript", "Type"),
        "col_minutes": QT_TRANSLATE_NOOP("FacilitatorScript", "Min."),
        "col_clock": QT_TRANSLATE_NOOP("FacilitatorScript", "Klokken"),
        "overview_total": QT_TRANSLATE_NOOP("FacilitatorScript", "I alt"),
        "clock_note": QT_TRANSLATE_NOOP(
            "FacilitatorScript",
            "Klokken tæller fra timens start (0:00), når du starter sessionen.",
        ),
        "checklist": QT_TRANSLATE_NOOP("FacilitatorScript", "Før timen"),
        "checklist_note": QT_TRANSLATE_NOOP(
            "FacilitatorScript",
            "Sæt kryds, når det er gjort. Kom gerne et kvarter før.",
        ),
        "check_room": QT_TRANSLATE_NOOP(
            "FacilitatorScript",
            "Lokalet: stole og borde, lys der kan dæmpes, og en plads til dig, hvor du "
            "kan se lærredet og din skærm.",
        ),
        "check_projector": QT_TRANSLATE_NOOP(
            "FacilitatorScript",
            "Projektoren: test den i spejlet og i udvidet tilstand, og se, at "
            "lærredsvinduet kommer op på det store lærred (F5 skifter fuld skærm).",
        ),
        "check_sound": QT_TRANSLATE_NOOP(
            "FacilitatorScript",
            "Lyden: test den med den første video ({video}), så den kan høres bagerst i lokalet.",
        ),
        "check_network": QT_TRANSLATE_NOOP(
            "FacilitatorScript",
            "Netværket: computeren på det netværk, de studerendes telefoner og "
            "computere bruger (lokalets trådløse net).",
        ),
        "check_join_slide": QT_TRANSLATE_NOOP(
            "FacilitatorScript",
            "Adgangskoden: start programmet, åbn siden med QR-kode, adresse og kode "
            "(J), og prøv selv at komme ind med en telefon.",
        ),
        "check_devices": QT_TRANSLATE_NOOP(
            "FacilitatorScript",
            "Enhederne: de studerendes telefoner eller computere opladet – eller "
            "lokalets computere tændt og logget ind.",
        ),
        "check_writing": QT_TRANSLATE_NOOP(
            "FacilitatorScript",
            "Skrivningen: alle kan skrive på en telefon eller et tastatur; hav et par "
            "ekstra enheder eller papir parat til den, der mangler.",
        ),
        "check_support": QT_TRANSLATE_NOOP(
            "FacilitatorScript",
            "Støtte: de lokale kontaktoplysninger, du vil nævne til sidst "
            "(studievejledning, Studenterrådgivningen).",
        ),
        "steps": QT_TRANSLATE_NOOP("FacilitatorScript", "Trin for trin"),
        "step_heading": QT_TRANSLATE_NOOP("FacilitatorScript", "{number}. {headline}"),
        "step_meta": QT_TRANSLATE_NOOP(
            "FacilitatorScript",
            "{kind} · {minutes} min · klokken {clock} · trin-id {id}",
        ),
        "say": QT_TRANSLATE_NOOP("FacilitatorScript", "Sig og gør"),
        "projector": QT_TRANSLATE_NOOP("FacilitatorScript", "Lærredet viser"),
        "students": QT_TRANSLATE_NOOP("FacilitatorScript", "De studerendes skærme viser"),
        "video": QT_TRANSLATE_NOOP(
            "FacilitatorScript",
            "Video: {file}, med undertekster på {subtitle_language} ({subtitles}).",
        ),
        "video_no_subtitles": QT_TRANSLATE_NOOP("FacilitatorScript", "Video: {file}."),
        "poll_options": QT_TRANSLATE_NOOP("FacilitatorScript", "Svarmuligheder:"),
        "poll_minimum": QT_TRANSLATE_NOOP(
            "FacilitatorScript",
            "Resultatet kan vises på lærredet (R), når mindst {minimum} har svaret.",
        ),
        "writing_prompt": QT_TRANSLATE_NOOP("FacilitatorScript", "Skriveopgaven:"),
        "writing_field": QT_TRANSLATE_NOOP(
            "FacilitatorScript",
            "Under opgaven: et skrivefelt og knappen Send.",
        ),
        "consent": QT_TRANSLATE_NOOP(
            "FacilitatorScript",
            "Spørgsmålet under brevet (ja/nej): {question}",
        ),
        "kind_message": QT_TRANSLATE_NOOP("FacilitatorScript", "Besked"),
        "kind_video": QT_TRANSLATE_NOOP("FacilitatorScript", "Video"),
        "kind_poll": QT_TRANSLATE_NOOP("FacilitatorScript", "Afstemning"),
        "kind_reflection": QT_TRANSLATE_NOOP("FacilitatorScript", "Refleksion"),
        "kind_letter": QT_TRANSLATE_NOOP("FacilitatorScript", "Brev"),
        "kind_closing": QT_TRANSLATE_NOOP("FacilitatorScript", "Afslutning"),
        "language_da": QT_TRANSLATE_NOOP("FacilitatorScript", "dansk"),
        "language_en": QT_TRANSLATE_NOOP("FacilitatorScript", "engelsk"),
        "language_nb": QT_TRANSLATE_NOOP("FacilitatorScript", "norsk"),
        "language_nl": QT_TRANSLATE_NOOP("FacilitatorScript", "nederlandsk"),
    },
)

_RULE = colors.HexColor("#d0d7de")
_SHADE = colors.HexColor("#f3f5f7")
_REMINDER = colors.HexColor("#fff8e1")
_REMINDER_EDGE = colors.HexColor("#e0b64a")
_BOX = 4.2 * mm


class _Words:
    """The script's words in its frame language; numbers and quotes in the pack's."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.frame = frame_language(language)

    def __call__(self, key: str, **values: object) -> str:
        return pick(TEXTS, key, self.frame, **values)

    def minutes(self, minutes: float) -> str:
        digits = 0 if float(minutes).is_integer() else 1
        return typography.number(minutes, self.language, digits)

    def quoted(self, text: str) -> str:
        return typography.quoted(text, self.language)

    def language_name(self, code: str) -> str:
        key = f"language_{code}"
        return self(key) if key in TEXTS else code

    def kind(self, kind: StepKind) -> str:
        return self(f"kind_{kind.value}")


class _TickBox(Flowable):
    """An empty square to tick with a pen (drawn, so it prints the same everywhere)."""

    def __init__(self, size: float = _BOX) -> None:
        super().__init__()
        self.size = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.size, self.size

    def draw(self) -> None:
        self.canv.setStrokeColor(pdf.INK)
        self.canv.setLineWidth(0.8)
        self.canv.rect(0, 0, self.size, self.size, stroke=1, fill=0)


def _styles() -> dict[str, ParagraphStyle]:
    s = pdf.styles(pdf.SANS)
    body = s["body"]
    s["subtitle"] = ParagraphStyle(
        "subtitle", s["muted"], fontSize=body.fontSize * 1.25, leading=body.fontSize * 1.7
    )
    s["meta"] = ParagraphStyle("meta", s["muted"], spaceAfter=2, keepWithNext=True)
    s["label"] = ParagraphStyle(
        "label",
        body,
        fontName=f"{pdf.SANS}-Bold",
        fontSize=body.fontSize * 0.85,
        textColor=pdf.MUTED,
        spaceBefore=body.fontSize * 0.5,
        spaceAfter=1,
        keepWithNext=True,
    )
    s["shown"] = ParagraphStyle("shown", body, leftIndent=4 * mm, spaceAfter=3)
    s["shown_head"] = ParagraphStyle("shown_head", s["shown"], fontName=f"{pdf.SANS}-Bold")
    s["option"] = ParagraphStyle(
        "option",
        s["shown"],
        leftIndent=9 * mm,
        bulletIndent=5 * mm,
        bulletFontName=pdf.SANS,
        spaceAfter=1,
    )
    s["cell_bold"] = ParagraphStyle("cell_bold", s["cell"], fontName=f"{pdf.SANS}-Bold")
    return s


def build(pack: Pack, language: str) -> tuple[list[Flowable], pdf.DocumentInfo]:
    """The script's story and metadata for ``pack`` in ``language`` (one it has)."""
    language = script_language(pack, language)
    words = _Words(language)
    s = _styles()
    planned = running_clock(pack)
    story: list[Flowable] = []
    story += _cover(pack, words, s)
    story += _overview(planned, pack, words, s)
    story += _checklist(checklist(pack), words, s)
    story.append(PageBreak())
    story.append(pdf.para(words("steps"), s["h1"]))
    for item in planned:
        story += _step_block(item, words, s)
    title = pack.title.get(language)
    info = pdf.DocumentInfo(
        title=f"{words('document')}: {title}",
        language=language,
        subject=words("subtitle"),
        page_label=common("page_of", words.frame, page="{page}", pages="{pages}"),
        # Not the pack's id on every page: a page left on the desk names no arm.
        footer=f"{words('document')} · {title} · {pack.version}",
    )
    return story, info


def render_script(pack: Pack, language: str) -> bytes:
    story, info = build(pack, language)
    return pdf.render(story, info)


def write_script(pack: Pack, language: str, out: Path) -> Path:
    """Make the script and save it to ``out`` (whole or not at all)."""
    return pdf.save(render_script(pack, language), out)


# -- the parts -------------------------------------------------------------------------


def _cover(pack: Pack, words: _Words, s: dict[str, ParagraphStyle]) -> list[Flowable]:
    language = words.language
    drafts = "drafts_keep" if pack.drafts is DraftPolicy.KEEP else "drafts_device_only"
    facts = [
        (words("facts_pack"), words("facts_pack_value", id=pack.id, version=pack.version)),
        (words("facts_language"), words.language_name(language)),
        (
            words("facts_duration"),
            words(
                "facts_duration_value",
                minutes=words.minutes(pack.total_minutes),
                steps=typography.number(len(pack.steps), language),
            ),
        ),
    ]
    if any(step.kind.collects_text for step in pack.steps):
        facts.append((words("facts_drafts"), words(drafts)))
    table = pdf.grid(
        [[pdf.para(k, s["cell_bold"]), pdf.para(v, s["cell"])] for k, v in facts],
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, _RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ],
        colWidths=[45 * mm, None],
        hAlign="LEFT",
    )
    reminder = pdf.grid(
        [
            [pdf.para(words("framing_title"), s["cell_bold"])],
            [pdf.para(words("framing"), s["body"])],
        ],
        [
            ("BACKGROUND", (0, 0), (-1, -1), _REMINDER),
            ("LINEBEFORE", (0, 0), (0, -1), 3, _REMINDER_EDGE),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (0, 0), 6),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 2),
        ],
        colWidths=[None],
    )
    return [
        pdf.para(pack.title.get(language), s["title"]),
        pdf.para(words("subtitle"), s["subtitle"]),
        Spacer(1, 4 * mm),
        table,
        Spacer(1, 6 * mm),
        reminder,
        Spacer(1, 2 * mm),
        pdf.para(common("made_by", words.frame, version=__version__), s["small"]),
    ]


def _overview(
    planned: Sequence[PlannedStep], pack: Pack, words: _Words, s: dict[str, ParagraphStyle]
) -> list[Flowable]:
    language = words.language
    header: list[Flowable] = [
        pdf.para(words(key), s["cell_bold"])
        for key in ("col_number", "col_step", "col_kind", "col_minutes", "col_clock")
    ]
    rows: list[list[Flowable]] = [header]
    for item in planned:
        rows.append(
            [
                pdf.para(str(item.number), s["cell"]),
                pdf.para(item.step.headline(language), s["cell"]),
                pdf.para(words.kind(item.step.kind), s["cell"]),
                pdf.para(words.minutes(item.step.minutes), s["cell"]),
                pdf.para(item.clock, s["cell"]),
            ]
        )
    rows.append(
        [
            pdf.para("", s["cell"]),
            pdf.para(words("overview_total"), s["cell_bold"]),
            pdf.para("", s["cell"]),
            pdf.para(words.minutes(pack.total_minutes), s["cell_bold"]),
            pdf.para(planned[-1].end_clock if planned else "0:00", s["cell_bold"]),
        ]
    )
    table = pdf.grid(
        rows,
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, pdf.INK),
            ("LINEBELOW", (0, 1), (-1, -2), 0.3, _RULE),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, pdf.INK),
            ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, _SHADE]),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ],
        colWidths=[11 * mm, None, 27 * mm, 14 * mm, 27 * mm],
        repeatRows=1,
    )
    return [
        CondPageBreak(60 * mm),
        pdf.para(words("overview"), s["h1"]),
        table,
        Spacer(1, 2 * mm),
        pdf.para(words("clock_note"), s["muted"]),
    ]


def _checklist(
    items: Sequence[CheckItem], words: _Words, s: dict[str, ParagraphStyle]
) -> list[Flowable]:
    rows = [[_TickBox(), pdf.para(words(f"check_{i.check.value}", video=i.video), s["body"])]
            for i in items]  # fmt: skip
    table = pdf.grid(
        rows,
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("TOPPADDING", (0, 0), (0, -1), 3.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ],
        colWidths=[9 * mm, None],
        hAlign="LEFT",
    )
    heading = [pdf.para(words("checklist"), s["h1"]), pdf.para(words("checklist_note"), s["muted"])]
    return [CondPageBreak(90 * mm), *heading, table]


def _step_block(item: PlannedStep, words: _Words, s: dict[str, ParagraphStyle]) -> list[Flowable]:
    """One step: heading, when, what to say, then what the projector and the students'
    screens show."""
    step, language = item.step, words.language
    heading = words("step_heading", number=item.number, headline=step.headline(language))
    meta = words(
        "step_meta",
        kind=words.kind(step.kind),
        minutes=words.minutes(step.minutes),
        clock=item.clock,
        id=step.id,
    )
    block: list[Flowable] = [
        pdf.para(heading, s["h2"]),
        pdf.para(meta, s["meta"]),
        pdf.para(words("say"), s["label"]),
        pdf.para(step.speaker_notes.get(language), s["body"]),
        *_projector(step, words, s),
        *_students(step, words, s),
    ]
    # A step that fits on a page is never split; a longer one (long notes) breaks inside
    # its notes, its heading staying with them.
    return [KeepTogether(block)]


def _projector(step: Step, words: _Words, s: dict[str, ParagraphStyle]) -> list[Flowable]:
    language = words.language
    headline, rest = step.slide(language)
    shown: list[Flowable] = [pdf.para(words("projector"), s["label"])]
    shown.append(pdf.para(headline, s["shown_head"]))
    if rest.strip():
        shown.append(pdf.para(rest, s["shown"]))
    if step.video is not None:
        subtitles = step.video.subtitles.get(language)
        if subtitles is not None:
            line = words(
                "video",
                file=step.video.file.name,
                subtitle_language=words.language_name(language),
                subtitles=subtitles.name,
            )
        else:
            line = words("video_no_subtitles", file=step.video.file.name)
        shown.append(pdf.para(line, s["shown"]))
    if step.poll is not None:
        shown.append(pdf.para(words("poll_options"), s["shown"]))
        for option in step.poll.options:
            text = pdf.markup("{text}", text=option.get(language))
            shown.append(Paragraph(text, s["option"], bulletText="•"))
        shown.append(pdf.para(words("poll_minimum", minimum=step.poll.min_answers), s["shown"]))
    return shown


def _students(step: Step, words: _Words, s: dict[str, ParagraphStyle]) -> list[Flowable]:
    language = words.language
    shown: list[Flowable] = [pdf.para(words("students"), s["label"])]
    if step.kind.collects_text:
        shown.append(pdf.para(words("writing_prompt"), s["shown_head"]))
    shown.append(pdf.para(step.student.get(language), s["shown"]))
    if step.kind.collects_text:
        shown.append(pdf.para(words("writing_field"), s["shown"]))
    if step.consent is not None:
        question = words.quoted(step.consent.get(language))
        shown.append(pdf.para(words("consent", question=question), s["shown"]))
    return shown
