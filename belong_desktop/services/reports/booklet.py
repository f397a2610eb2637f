"""The letters booklet as a PDF: a cover, then the approved letters in the order given.

The letters arrive as words only (``core.booklet.printable``, shuffled by the caller), so
nothing here could print a date, a group, a device or an order of writing. Set in the
SERIF family with the shared frame (services/reports/pdf.py): a cover with the
counsellor's title and the pack's introduction, then each letter as a block of its own
behind a short rule; a short letter is kept on one page, a long one breaks between lines.
Quotes and dashes go through ``core.booklet.typeset`` in the booklet's language. Runs on
the caller's thread (the GUI's task runner, the CLI's main thread).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer
from reportlab.platypus.flowables import HRFlowable

from belong_desktop.core.booklet import paragraphs, typeset
from belong_desktop.core.typography import number
from belong_desktop.services.reports import pdf
from belong_desktop.services.reports.texts import QT_TRANSLATE_NOOP, Words, common, pick

#: A letter up to this many characters stays on one page (it fits with room to spare).
KEEP_TOGETHER_CHARS = 1600
BODY_SIZE = 11.5

TEXTS = Words(
    "Booklet",
    {
        "default_title": QT_TRANSLATE_NOOP("Booklet", "Breve til nye studerende"),
        "subject": QT_TRANSLATE_NOOP(
            "Booklet",
            "Breve fra studerende til næste års nye studerende",
        ),
        "letters": QT_TRANSLATE_NOOP("Booklet", "{count} breve"),
        "one_letter": QT_TRANSLATE_NOOP("Booklet", "Ét brev"),
    },
)


def default_title(language: str) -> str:
    return pick(TEXTS, "default_title", language)


def _styles() -> dict[str, ParagraphStyle]:
    base = pdf.styles(pdf.SERIF, size=BODY_SIZE)
    base["cover_title"] = ParagraphStyle(
        "title", base["title"], alignment=TA_CENTER, spaceAfter=BODY_SIZE * 2.5
    )
    base["intro"] = ParagraphStyle(
        "intro", base["body"], fontSize=BODY_SIZE * 1.05, leading=BODY_SIZE * 1.6
    )
    base["count"] = ParagraphStyle(
        "count", base["muted"], alignment=TA_CENTER, spaceBefore=BODY_SIZE * 2
    )
    base["letter"] = ParagraphStyle(
        "letter", base["body"], leading=BODY_SIZE * 1.45, spaceAfter=BODY_SIZE * 0.7
    )
    return base


class _Rule(HRFlowable):
    """The short rule between two letters; at the top of a page there is nothing to set
    the letter apart from, so there it takes no room and draws nothing."""

    _skip = False

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        frame = getattr(self, "_frame", None)  # set by the frame before it asks
        self._skip = bool(frame is not None and getattr(frame, "_atTop", 0))
        if self._skip:
            return availWidth, 0
        width, height = super().wrap(availWidth, availHeight)
        return width, height

    def getSpaceBefore(self) -> float:  # noqa: N802 (reportlab's name)
        return 0 if self._skip else float(super().getSpaceBefore())

    def getSpaceAfter(self) -> float:  # noqa: N802 (reportlab's name)
        return 0 if self._skip else float(super().getSpaceAfter())

    def draw(self) -> None:
        if not self._skip:
            super().draw()


def _rule() -> HRFlowable:
    return _Rule(
        width=28 * mm,
        thickness=0.6,
        color=pdf.MUTED,
        hAlign="CENTER",
        spaceBefore=BODY_SIZE * 1.6,
        spaceAfter=BODY_SIZE * 1.8,
    )


def story(title: str, intro: str, letters: Sequence[str], language: str) -> list[Flowable]:
    """The flowables of the whole booklet (the cover and every letter, in order)."""
    s = _styles()
    count = len(letters)
    counted = (
        pick(TEXTS, "one_letter", language)
        if count == 1
        else pick(TEXTS, "letters", language, count=number(count, language))
    )
    flow: list[Flowable] = [Spacer(1, 55 * mm), pdf.para(title, s["cover_title"])]
    flow += [pdf.para(typeset(p, language), s["intro"]) for p in paragraphs(intro)]
    flow += [pdf.para(counted, s["count"]), PageBreak()]
    for i, letter in enumerate(letters):
        blocks: list[Flowable] = [_rule()] if i else []
        blocks += [pdf.para(typeset(p, language), s["letter"]) for p in paragraphs(letter)]
        if len(letter) <= KEEP_TOGETHER_CHARS:
            flow.append(KeepTogether(blocks))
        else:  # the rule stays with the letter's first lines; the rest breaks between lines
            head = 2 if i else 1
            flow.append(KeepTogether(blocks[:head]))
            flow.extend(blocks[head:])
    return flow


def render_booklet(title: str, intro: str, letters: Sequence[str], language: str) -> bytes:
    info = pdf.DocumentInfo(
        title=title,
        language=language,
        subject=pick(TEXTS, "subject", language),
        page_label=common("page_of", language, page="{page}", pages="{pages}"),
    )
    return pdf.render(story(title, intro, letters, language), info)
