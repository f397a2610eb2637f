"""The poll result on the projector: one real, separated bar per option, with its count
and percentage, in the slides' own font and colours.

Layout only (GUI thread). It is given the options and a ``PollTally`` that the window
shows only after the counsellor revealed it and only from the pack's minimum count;
it never knows who answered what.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from belong_desktop.qt.style import STANDARD

if TYPE_CHECKING:
    from belong_desktop.core.classroom import PollTally

# Warm bars, readable on the dark slide and in a washed-out projector, on a visible track
# (the 100 %); the theme's own (``set_colours``).
BAR_COLOUR = STANDARD.bar
TRACK_COLOUR = STANDARD.track


class PollChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(120)
        self._unit = 18.0  # text height in pixels; the projector sets it from its size
        self._options: list[str] = []
        self._counts: tuple[int, ...] = ()
        self._percentages: tuple[int, ...] = ()
        self._colours = (
            STANDARD.projector_text,
            STANDARD.projector_muted,
            BAR_COLOUR,
            TRACK_COLOUR,
        )

    def set_result(self, options: list[str], tally: PollTally) -> None:
        self._options = options
        self._counts = tally.counts
        self._percentages = tally.percentages()
        self.update()

    def set_unit(self, pixels: float) -> None:
        """Type as large as the slide's body text, readable from the back of the room."""
        self._unit = pixels
        self.setMinimumHeight(int(pixels * 1.9 * max(1, len(self._options) or 5)))
        self.update()

    def set_colours(self, text: str, muted: str, bar: str, track: str) -> None:
        self._colours = (text, muted, bar, track)
        self.update()

    def rows(self) -> list[tuple[str, int, int]]:
        """(option, count, percentage) as drawn: for tests and for the screen reader."""
        return list(zip(self._options, self._counts, self._percentages, strict=True))

    def paintEvent(self, _event: QPaintEvent) -> None:
        rows = self.rows()
        if not rows:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        unit = min(self._unit, self.height() / (len(rows) * 1.6))
        font = QFont(self.font())
        font.setPixelSize(int(unit))
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        label_width = min(
            self.width() * 0.42, max(metrics.horizontalAdvance(o) for o, _, _ in rows)
        )
        figure_width = metrics.horizontalAdvance("000 (100 %)") + unit
        bar_left = label_width + unit
        bar_width = max(10.0, self.width() - bar_left - figure_width)
        row_height = self.height() / len(rows)
        bar_height = min(row_height * 0.55, unit * 1.4)
        for i, (option, count, percent) in enumerate(rows):
            top = i * row_height + (row_height - bar_height) / 2
            painter.setPen(QColor(self._colours[0]))
            label = QRectF(0, i * row_height, label_width, row_height)
            elided = metrics.elidedText(option, Qt.TextElideMode.ElideRight, label_width)
            painter.drawText(
                label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, elided
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(self._colours[3]))
            painter.drawRoundedRect(QRectF(bar_left, top, bar_width, bar_height), 4, 4)
            if percent:
                painter.setBrush(QColor(self._colours[2]))
                filled = max(bar_height / 2, bar_width * percent / 100)
                painter.drawRoundedRect(QRectF(bar_left, top, filled, bar_height), 4, 4)
            painter.setPen(QColor(self._colours[1]))
            figure = QRectF(
                bar_left + bar_width + unit / 2, i * row_height, figure_width, row_height
            )
            painter.drawText(
                figure,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                f"{count} ({percent} %)",
            )
        painter.end()
