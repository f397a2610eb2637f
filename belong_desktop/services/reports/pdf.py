"""The frame every printed document shares: fonts, page, metadata, safe text, saving.

Each document (letters booklet, session report, facilitator script, ministry summary)
builds a list of reportlab flowables and hands it to ``render``; this module owns what
they must all get right the same way:

- **Fonts.** DejaVu Sans and Serif, shipped in ``assets/fonts`` and embedded (subset) in
  every PDF, so æøå, »«, – and most scripts students write in print on any machine.
  reportlab's built-in Helvetica is never used: it is not embedded and has no glyph for
  much of what a letter may hold. ``missing_glyphs`` says what a font still cannot draw.
- **Metadata for screen readers.** Title (shown instead of the file name), language,
  subject, author and creator; headings become the PDF's outline (bookmarks). reportlab
  writes no structure tree, so the PDFs are not tagged beyond that: the text is in
  reading order, one column, with real text (never drawn as images).
- **Page.** A4, generous margins, a footer with the document's title and "page n of m".
- **Safe text.** ``para`` escapes everything it is given: a letter holding ``<b>`` or an
  ampersand is printed as typed, never read as markup.
- **Saving.** The PDF is built in memory and written as ``.partial``, flushed to disk and
  renamed, so a crash or a full disk never leaves half a document under the real name.

Runs on whatever thread calls it (the GUI hands it to its task runner, never its own
thread). Pure reportlab: no Qt, no database.
"""

from __future__ import annotations

import contextlib
import io
import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from belong_desktop import paths
from belong_desktop.core.errors import BelongError

#: The families a document may use; each name has regular, bold, italic and bold italic.
SANS = "BelongSans"
SERIF = "BelongSerif"
_FONT_FILES = {
    SANS: ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"),
    SERIF: ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic", "DejaVuSerif-BoldItalic"),
}
_STYLES = ("", "-Bold", "-Italic", "-BoldItalic")
_registered = threading.Lock()
_done: set[str] = set()

PAGE = A4
MARGIN = 20 * mm
INK = colors.HexColor("#1f2328")
MUTED = colors.HexColor("#57606a")


class ReportError(BelongError):
    """A document could not be made or saved; ``code`` says why."""


@dataclass(frozen=True)
class DocumentInfo:
    """What a PDF says about itself: shown by viewers, read aloud by screen readers."""

    title: str
    language: str  # BCP 47, e.g. "da" or "da-DK"
    subject: str = ""
    author: str = "belong-desktop"
    #: The footer's "page n of m" in the document's language: ``{page}`` and ``{pages}``.
    page_label: str = "{page}/{pages}"
    #: Left of the footer; the title when empty.
    footer: str = ""


def register_fonts() -> None:
    """Register the shipped DejaVu fonts with reportlab once per process."""
    with _registered:
        for family, files in _FONT_FILES.items():
            if family in _done:
                continue
            folder = paths.assets_dir() / "fonts"
            for style, stem in zip(_STYLES, files, strict=True):
                source = folder / f"{stem}.ttf"
                if not source.is_file():
                    raise ReportError(
                        f"the font file {source} is missing: reinstall belong-desktop",
                        code="font_missing",
                        file=str(source),
                    )
                pdfmetrics.registerFont(TTFont(f"{family}{style}", str(source)))
            pdfmetrics.registerFontFamily(
                family,
                normal=family,
                bold=f"{family}-Bold",
                italic=f"{family}-Italic",
                boldItalic=f"{family}-BoldItalic",
            )
            _done.add(family)


def missing_glyphs(text: str, family: str = SERIF) -> set[str]:
    """The characters of ``text`` the family's regular face has no glyph for.

    A printed letter with one of these would show an empty box: the booklet's review
    screen names them so the counsellor can decide before printing.
    """
    register_fonts()
    font = pdfmetrics.getFont(family)
    assert isinstance(font, TTFont)
    glyphs: dict[int, Any] = font.face.charToGlyph
    return {c for c in set(text) if c.isprintable() and not c.isspace() and ord(c) not in glyphs}


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text exactly as typed: markup characters escaped, line
    breaks kept, runs of spaces kept visible."""
    safe = escape(text).replace("\r\n", "\n").replace("\r", "\n")
    return Paragraph(safe.replace("\n", "<br/>"), style)


def grid(rows: Sequence[Sequence[Any]], style: Sequence[tuple[Any, ...]], **options: Any) -> Table:
    """A table whose cells are set in our embedded sans.

    reportlab sets every cell in its built-in Helvetica (never embedded, no glyph for much
    of what students write) unless the table's style says otherwise, even when the cells
    hold paragraphs: every document's tables come from here so none forgets.
    """
    table = Table([list(row) for row in rows], **options)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), SANS), *style]))
    return table


def markup(template: str, **values: str) -> str:
    """A paragraph source of our own (``<b>{title}</b>``) with every value escaped."""
    return template.format(**{k: escape(v) for k, v in values.items()})


def styles(family: str = SANS, size: float = 10.5) -> dict[str, ParagraphStyle]:
    """The paragraph styles of a document: body, small, h1-h3, title, cell."""
    register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=family,
        fontSize=size,
        leading=size * 1.4,
        textColor=INK,
        alignment=TA_LEFT,
        spaceAfter=size * 0.6,
        allowWidows=0,
        allowOrphans=0,
        splitLongWords=True,
    )
    return {
        "body": body,
        "small": ParagraphStyle("small", body, fontSize=size * 0.8, leading=size * 1.1),
        "muted": ParagraphStyle("muted", body, fontSize=size * 0.85, textColor=MUTED),
        "cell": ParagraphStyle(
            "cell", body, fontSize=size * 0.85, leading=size * 1.1, spaceAfter=0
        ),
        "h1": ParagraphStyle(
            "h1",
            body,
            fontName=f"{family}-Bold",
            fontSize=size * 1.7,
            leading=size * 2.1,
            spaceBefore=size,
            spaceAfter=size * 0.8,
            keepWithNext=True,
        ),
        "h2": ParagraphStyle(
            "h2",
            body,
            fontName=f"{family}-Bold",
            fontSize=size * 1.3,
            leading=size * 1.7,
            spaceBefore=size * 0.9,
            spaceAfter=size * 0.5,
            keepWithNext=True,
        ),
        "h3": ParagraphStyle(
            "h3",
            body,
            fontName=f"{family}-Bold",
            fontSize=size * 1.05,
            leading=size * 1.4,
            spaceBefore=size * 0.6,
            spaceAfter=size * 0.3,
            keepWithNext=True,
        ),
        "title": ParagraphStyle(
            "title",
            body,
            fontName=f"{family}-Bold",
            fontSize=size * 2.6,
            leading=size * 3.1,
            spaceAfter=size * 1.5,
        ),
    }


class _Document(BaseDocTemplate):
    """Headings (``h1``-``h3`` styles) become the outline, so a reader can jump."""

    def __init__(self, target: io.BytesIO, info: DocumentInfo) -> None:
        super().__init__(
            target,
            pagesize=PAGE,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN + 6 * mm,
            title=info.title,
            author=info.author,
            subject=info.subject,
            creator="belong-desktop",
            lang=info.language,
            displayDocTitle=True,
            initialFontName=SANS,  # never Helvetica: it is not embedded
            invariant=False,
        )
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        self._heading = 0

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab's hook)
        if not isinstance(flowable, Paragraph):
            return
        level = {"h1": 0, "h2": 1, "h3": 2, "title": 0}.get(flowable.style.name)
        if level is None:
            return
        self._heading += 1
        key = f"h{self._heading}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(flowable.getPlainText(), key, level=level)


def _numbered_canvas(info: DocumentInfo) -> type[Canvas]:
    """A canvas that draws every page's footer once the number of pages is known."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # reportlab's own reset

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            self.saveState()
            self.setFont(SANS, 8)
            self.setFillColor(MUTED)
            y = MARGIN * 0.6
            left = info.footer or info.title
            width = PAGE[0] - 2 * MARGIN - 30 * mm
            while left and self.stringWidth(left, SANS, 8) > width:
                left = left[:-2] + "…" if len(left) > 2 else ""
            self.drawString(MARGIN, y, left)
            label = info.page_label.format(page=self.getPageNumber(), pages=total)
            self.drawRightString(PAGE[0] - MARGIN, y, label)
            self.restoreState()

    return NumberedCanvas


def render(story: Sequence[Flowable], info: DocumentInfo) -> bytes:
    """The PDF of ``story``, in memory."""
    register_fonts()
    target = io.BytesIO()
    document = _Document(target, info)
    document.build(list(story), canvasmaker=_numbered_canvas(info))
    return target.getvalue()


def save(data: bytes, out: Path) -> Path:
    """Write a finished PDF to ``out``: whole or not at all, never half a file."""
    out = Path(out)
    partial = out.with_name(out.name + ".partial")
    try:
        if out.is_dir():
            raise ReportError(f"{out} is a folder: give a file name", code="out_is_folder")
        if not out.parent.is_dir():
            raise ReportError(f"the folder {out.parent} does not exist", code="out_folder_missing")
        with open(partial, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(partial, out)
    except OSError as exc:  # also a name the file system refuses (too long, …)
        with contextlib.suppress(OSError):
            if partial.is_file():
                partial.unlink()
        raise ReportError(
            f"could not write {out}: {exc.strerror or exc}",
            code="report_write_failed",
            file=str(out),
        ) from exc
    return out


def write(story: Sequence[Flowable], info: DocumentInfo, out: Path) -> Path:
    """``render`` then ``save``."""
    return save(render(story, info), out)
