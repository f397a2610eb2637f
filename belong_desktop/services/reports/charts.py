"""Horizontal bar charts for the reports: plan against actual, counts by arm.

One shape serves every chart in the documents: a row per item (a step, an institution),
one bar per series (plan and actual, treatment and control), the value printed at the end
of each bar, a legend above. Labels are cut to fit with an ellipsis, never run into the
bars; a long list is split into several drawings (``max_rows`` each), since a drawing
cannot break across pages. A chart is a picture to a screen reader: every document prints
the same figures in a table next to it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from belong_desktop.services.reports.pdf import INK, MUTED, SANS, register_fonts

#: Colours that stay apart in greyscale print and for the common colour blindnesses.
PALETTE = (colors.HexColor("#0b5cad"), colors.HexColor("#e8a33d"), colors.HexColor("#6f42c1"))
FONT_SIZE = 8.0


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[float | None]  # None: no value (drawn as nothing, printed as the dash)


def _box(x: float, y: float, width: float, height: float, colour: colors.Color) -> Rect:
    box = Rect(x, y, width, height)
    box.fillColor, box.strokeColor = colour, None
    return box


def _fit(text: str, width: float, size: float) -> str:
    if stringWidth(text, SANS, size) <= width:
        return text
    while text and stringWidth(text + "…", SANS, size) > width:
        text = text[:-1]
    return text + "…"


def bars(
    labels: Sequence[str],
    series: Sequence[Series],
    *,
    width: float,
    value_text: Callable[[float], str],
    empty_text: str = "–",
    max_rows: int = 18,
    bar_height: float = 7.0,
) -> list[Drawing]:
    """The chart as one drawing per ``max_rows`` rows; all share the same scale."""
    register_fonts()
    if any(len(s.values) != len(labels) for s in series):
        raise ValueError("every series needs one value per label")
    top = max((v for s in series for v in s.values if v is not None), default=0.0) or 1.0
    label_width = min(width * 0.34, max((stringWidth(t, SANS, FONT_SIZE) for t in labels),
                                        default=0.0) + 6)  # fmt: skip
    value_room = (
        max(
            (stringWidth(value_text(v), SANS, FONT_SIZE) for s in series for v in s.values if v),
            default=stringWidth(empty_text, SANS, FONT_SIZE),
        )
        + 6
    )
    plot = max(20.0, width - label_width - value_room)
    row = bar_height * len(series) + 6
    legend = 14.0
    drawings = []
    for start in range(0, max(len(labels), 1), max_rows):
        chunk = range(start, min(start + max_rows, len(labels)))
        height = legend + row * len(chunk) + 4
        drawing = Drawing(width, height)
        # Without this the renderer starts every drawing in Helvetica: a font the PDF then
        # lists, unembedded, though no text of the chart uses it.
        drawing.initialFontName = SANS  # type: ignore[attr-defined]  # not in the stubs
        drawing.initialFontSize = FONT_SIZE  # type: ignore[attr-defined]
        x = 0.0
        for index, one in enumerate(series):  # the legend
            colour = PALETTE[index % len(PALETTE)]
            drawing.add(_box(x, height - 9, 8, 8, colour))
            name = _fit(one.name, width / max(len(series), 1) - 16, FONT_SIZE)
            drawing.add(String(x + 11, height - 8, name, fontName=SANS, fontSize=FONT_SIZE,
                               fillColor=INK))  # fmt: skip
            x += stringWidth(name, SANS, FONT_SIZE) + 24
        y = height - legend
        drawing.add(Line(label_width, y, label_width, y - row * len(chunk), strokeColor=MUTED,
                         strokeWidth=0.5))  # fmt: skip
        for i in chunk:
            y -= row
            label = _fit(labels[i], label_width - 6, FONT_SIZE)
            middle = y + row / 2 - FONT_SIZE / 3
            drawing.add(String(label_width - 4, middle, label, fontName=SANS,
                               fontSize=FONT_SIZE, fillColor=INK, textAnchor="end"))  # fmt: skip
            for index, one in enumerate(series):
                value = one.values[i]
                bar_y = y + 3 + (len(series) - 1 - index) * bar_height
                length = plot * (value or 0.0) / top
                if value:
                    colour = PALETTE[index % len(PALETTE)]
                    drawing.add(_box(label_width, bar_y, length, bar_height - 1, colour))
                shown = value_text(value) if value is not None else empty_text
                drawing.add(String(label_width + length + 3, bar_y + 1, shown, fontName=SANS,
                                   fontSize=FONT_SIZE - 1, fillColor=MUTED))  # fmt: skip
        drawings.append(drawing)
    return drawings
