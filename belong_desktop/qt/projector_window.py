"""The projector window: what the whole class sees, in large type.

A separate top-level window that follows the session: message slides, the peer video
with subtitles, the poll question, the writing prompt with a calm timer, the closing
slide. It is given only what may be shown to students (projector texts, poll options,
the video): never the arm, speaker notes or anything a student wrote. Its own few words
(the join slide's, the poll's, a video that cannot play) are in the session's language
(``words``: the class reads them, whatever language the counsellor's windows are in);
before a session, in the windows' language, set again on a ``LanguageChange``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from belong_desktop.core.appearance import DEFAULT_PROJECTOR_SCALE, Theme
from belong_desktop.core.packs import Step, StepKind
from belong_desktop.qt.language import translate_for
from belong_desktop.qt.messages import QT_TRANSLATE_NOOP
from belong_desktop.qt.poll_chart import PollChart
from belong_desktop.qt.style import THEMES

if TYPE_CHECKING:
    from belong_desktop.core.classroom import PollTally
    from belong_desktop.services.classroom import JoinInfo


def _label(parent: QWidget, role: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(role)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setTextFormat(Qt.TextFormat.PlainText)  # pack text is shown as text, never as HTML
    return label


_SCAN = QT_TRANSLATE_NOOP("ProjectorWindow", "Scan QR-koden med kameraet, eller åbn")
_TYPE = QT_TRANSLATE_NOOP("ProjectorWindow", "og skriv koden")
#: The smallest body text, in pixels, however small the window or long the text.
MIN_UNIT = 12.0


class ProjectorWindow(QWidget):
    sig_changed = Signal()  # what the class sees changed (the control window's thumbnail)
    PAGE_SLIDE, PAGE_VIDEO, PAGE_JOIN, PAGE_BLACK = 0, 1, 2, 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._video_problem = False  # the slide says the video cannot play
        self._language: str | None = None  # the session's; None: the windows' language
        self.setObjectName("projector")
        self._type_scale = DEFAULT_PROJECTOR_SCALE
        self._unit = MIN_UNIT
        self.resize(1024, 576)
        self._stack = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)

        slide = QWidget(self._stack)
        slide.setObjectName("slide")
        self.headline = _label(slide, "headline")
        self.body = _label(slide, "body")
        self.detail = _label(slide, "detail")
        self.timer = _label(slide, "timer")
        self.chart = PollChart(slide)
        self.chart.hide()
        # How late joiners find the session, small, on every slide the class reads.
        self.join_strip = _label(slide, "strip")
        self.join_strip.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        self.join_strip.hide()
        column = QVBoxLayout(slide)
        column.setContentsMargins(60, 40, 60, 20)
        column.addStretch(2)
        column.addWidget(self.headline)
        column.addWidget(self.body)
        column.addSpacing(20)
        column.addWidget(self.detail)
        column.addWidget(self.chart, 4)
        column.addStretch(3)
        column.addWidget(self.timer)
        column.addWidget(self.join_strip)
        self._stack.addWidget(slide)

        self._video_page = QWidget(self._stack)
        self._video_page.setStyleSheet("background: black;")
        self._video_layout = QVBoxLayout(self._video_page)
        self._video_layout.setContentsMargins(0, 0, 0, 0)
        self._video_message = _label(self._video_page, "body")
        self._video_layout.addWidget(self._video_message)
        self._video_widget: QWidget | None = None
        self._stack.addWidget(self._video_page)

        join = QWidget(self._stack)
        join.setObjectName("slide")
        self.join_title = _label(join, "headline")
        self.join_qr = QLabel(join)
        self.join_qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.join_scan = _label(join, "body")
        self.join_address = _label(join, "headline")
        self.join_type = _label(join, "body")
        self.join_code = _label(join, "headline")
        instructions = QVBoxLayout()
        instructions.addStretch(1)
        for label in (self.join_scan, self.join_address, self.join_type, self.join_code):
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            instructions.addWidget(label)
        instructions.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.join_qr)
        row.addSpacing(60)
        row.addLayout(instructions, 3)
        row.addStretch(1)
        join_column = QVBoxLayout(join)
        join_column.setContentsMargins(60, 40, 60, 40)
        join_column.addStretch(1)
        join_column.addWidget(self.join_title)
        join_column.addSpacing(30)
        join_column.addLayout(row)
        join_column.addStretch(2)
        self._join_png = b""
        self._stack.addWidget(join)
        black = QWidget(self._stack)
        black.setStyleSheet("background: black;")
        self._stack.addWidget(black)
        assert self._stack.indexOf(black) == self.PAGE_BLACK
        self._page = self.PAGE_SLIDE  # what the class sees when the screen is not black
        self._black = False
        self.set_theme(Theme.STANDARD)
        self._apply_sizes()
        self.retranslate()

    # -- its own words (issue 14) ------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Projektor"))  # the counsellor's: the window's name
        self.join_scan.setText(self.words(_SCAN))
        self.join_type.setText(self.words(_TYPE))
        if self._video_problem:
            self.show_video_problem()

    def set_language(self, language: str | None) -> None:
        """The session's language for the projector's own words (None: between sessions,
        the windows' language)."""
        self._language = language
        self.retranslate()

    def words(self, source: str) -> str:
        """One of the projector's own sentences (marked ``QT_TRANSLATE_NOOP`` with the
        context ``ProjectorWindow``) in the language the class reads."""
        if self._language is None:
            return self.tr(source)
        return translate_for(self._language, "ProjectorWindow", source)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- what to show ----------------------------------------------------------------

    def show_title(self, title: str, subtitle: str = "") -> None:
        self._slide(title, subtitle, "")

    def show_step(self, step: Step, language: str) -> None:
        first, rest = step.slide(language)
        if step.kind is StepKind.VIDEO:
            self._set_page(self.PAGE_VIDEO)
            self._video_message.setVisible(self._video_widget is None)
            self._video_message.setText(first)
            self._apply_sizes()
            return
        detail = ""
        if step.kind is StepKind.POLL and step.poll is not None:
            detail = "\n".join(
                f"{i}. {o.get(language)}" for i, o in enumerate(step.poll.options, 1)
            )
        self._slide(first, rest, detail)

    def show_join(self, info: JoinInfo, title: str) -> None:
        """The join slide: scan the QR code, or type the address and the code."""
        # The QR code's package (and the URL and network modules it brings) only here,
        # not before the first window.
        from belong_desktop.services import network

        self._join_png = network.qr_png(info.urls[0], scale=12)
        self.join_title.setText(title)
        self.join_address.setText(info.addresses[0].removeprefix("http://"))
        self.join_code.setText(info.display_code)
        self._set_page(self.PAGE_JOIN)
        self._apply_sizes()

    def showing_join(self) -> bool:
        return self._page == self.PAGE_JOIN and not self._black

    def show_poll(
        self, step: Step, language: str, tally: PollTally | None, revealed: bool = False
    ) -> None:
        """The poll; its result as bars only once revealed and from the pack's minimum."""
        assert step.poll is not None
        first, rest = step.slide(language)
        options = [o.get(language) for o in step.poll.options]
        answered = tally.total if tally is not None else 0
        if revealed and tally is not None and tally.visible:
            answers = self.words(QT_TRANSLATE_NOOP("ProjectorWindow", "%1 svar"))
            self._slide(first, rest, answers.replace("%1", str(tally.total)))
            self.chart.set_result(options, tally)
            self.chart.show()
            self._apply_sizes()
            return
        lines = [f"{i}. {option}" for i, option in enumerate(options, 1)]
        lines.append("")
        lines.append(self.words(QT_TRANSLATE_NOOP("ProjectorWindow", "Svar på din egen skærm.")))
        if answered:
            said = self.words(QT_TRANSLATE_NOOP("ProjectorWindow", "%1 har svaret."))
            lines.append(said.replace("%1", str(answered)))
        self._slide(first, rest, "\n".join(lines))

    def show_video_problem(self) -> None:
        """A video that cannot play: the class sees a calm line, the details go to the laptop."""
        self._slide(
            self.words(QT_TRANSLATE_NOOP("ProjectorWindow", "Videoen kan ikke vises lige nu")),
            "",
            "",
        )
        self._video_problem = True

    def set_timer_text(self, text: str) -> None:
        if text != self.timer.text():
            self.timer.setText(text)
            self.sig_changed.emit()

    def set_join_strip(self, text: str) -> None:
        """A small "join at … with code …" line on every slide; "" takes it away."""
        self.join_strip.setText(text)
        self.join_strip.setVisible(bool(text))
        self._apply_sizes()
        self.sig_changed.emit()

    def poll_rows(self) -> list[tuple[str, int, int]]:
        """The bars on the projector now: (option, count, percentage); [] when none."""
        return self.chart.rows() if self.chart.isVisibleTo(self) else []

    def set_video_widget(self, widget: QWidget) -> None:
        if self._video_widget is widget:
            return
        if self._video_widget is not None:
            self._video_layout.removeWidget(self._video_widget)
        self._video_widget = widget
        widget.setParent(self._video_page)
        self._video_layout.addWidget(widget, 1)
        self._video_message.hide()

    def current_page(self) -> int:
        """The page the class sees when the screen is not blacked out."""
        return self._page

    def set_blackout(self, black: bool) -> None:
        """B, as in PowerPoint: a black screen; what is shown goes on underneath."""
        self._black = black
        self._stack.setCurrentIndex(self.PAGE_BLACK if black else self._page)
        self.sig_changed.emit()

    def blacked_out(self) -> bool:
        return self._black

    def visible_text(self) -> str:
        """Every text on the projector now; tests use it to check nothing private shows."""
        labels = [
            self.headline,
            self.body,
            self.detail,
            self.timer,
            self.join_strip,
            self._video_message,
            self.join_title,
            self.join_scan,
            self.join_address,
            self.join_type,
            self.join_code,
        ]
        return "\n".join(label.text() for label in labels if label.isVisibleTo(self))

    # -- appearance --------------------------------------------------------------------

    def set_theme(self, theme: Theme) -> None:
        """The slide's colours: the standard dark slide, or black and white."""
        c = THEMES[theme]
        self.setStyleSheet(
            f"#projector, QStackedWidget, #slide {{ background: {c.projector_background}; }}"
            f"QLabel {{ color: {c.projector_text}; }}"
            f"QLabel#detail, QLabel#timer, QLabel#strip {{ color: {c.projector_muted}; }}"
        )
        self.chart.set_colours(c.projector_text, c.projector_muted, c.bar, c.track)
        self.sig_changed.emit()

    def set_type_scale(self, percent: int) -> None:
        """The type as a percentage of "Mellem", for the room (``core.appearance``)."""
        self._type_scale = percent
        self._apply_sizes()
        self.sig_changed.emit()

    def type_scale(self) -> int:
        return self._type_scale

    def type_unit(self) -> float:
        """The body text's pixel size now: the scale, made smaller only where the page
        would not fit at it."""
        return self._unit

    # -- screens -----------------------------------------------------------------------

    def place_on_projector(self) -> None:
        """Full screen on the second screen when there is one, else a normal window."""
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            self.setGeometry(screens[1].geometry())
            self.showFullScreen()
        else:
            self.showNormal()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def leave_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()

    # -- internals ---------------------------------------------------------------------

    def _slide(self, headline: str, body: str, detail: str) -> None:
        self._set_page(self.PAGE_SLIDE)
        self.chart.hide()
        self.headline.setText(headline)
        self.body.setText(body)
        self.body.setVisible(bool(body))
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self._apply_sizes()

    def _set_page(self, page: int) -> None:
        self._page = page
        self._video_problem = False
        if not self._black:
            self._stack.setCurrentIndex(page)
        self.sig_changed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.leave_full_screen()
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_sizes()
        self.sig_changed.emit()

    def _apply_sizes(self) -> None:
        """Type scales with the window so it stays readable from the back of the room,
        and with the counsellor's size for the room; where a page would not fit at that
        size (a long text, a long address), its type steps down until it does."""
        if self._join_png:
            side = max(120, int(self.height() * 0.5))
            pixmap = QPixmap()
            pixmap.loadFromData(self._join_png)
            self.join_qr.setPixmap(
                pixmap.scaled(
                    side,
                    side,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.FastTransformation,
                )
            )
        unit = max(MIN_UNIT, self.height() / 20 * self._type_scale / 100)
        self._set_unit(unit)
        while unit > MIN_UNIT and not self._page_fits():
            unit = max(MIN_UNIT, unit * 0.92)
            self._set_unit(unit)

    def _set_unit(self, unit: float) -> None:
        self._unit = unit
        for label, factor, bold in (
            (self.headline, 1.6, True),
            (self.body, 1.0, False),
            (self.detail, 0.9, False),
            (self.timer, 0.7, False),
            (self.join_strip, 0.6, False),
            (self._video_message, 1.0, False),
            (self.join_title, 1.4, True),
            (self.join_scan, 0.9, False),
            (self.join_address, 1.3, True),
            (self.join_type, 0.9, False),
            (self.join_code, 2.4, True),
        ):
            f = label.font()
            f.setPixelSize(max(1, int(unit * factor)))
            f.setBold(bold)
            label.setFont(f)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart.set_unit(unit * 0.9)

    def _page_fits(self) -> bool:
        """Whether the page the class sees has room for its texts at the current type:
        no word wider than the page, and the wrapped lines not taller than it."""
        page = self._stack.widget(self._page)
        layout = page.layout() if page is not None else None
        if layout is None:
            return True
        width, height = self.width(), self.height()
        _invalidate(layout)
        if layout.totalMinimumSize().width() > width:
            return False
        if layout.hasHeightForWidth():
            return layout.totalHeightForWidth(width) <= height
        return layout.totalMinimumSize().height() <= height


def _invalidate(layout: QLayout) -> None:
    """Forget the sizes ``layout`` and the layouts inside it remember: a nested layout
    keeps its own, and would measure the old type."""
    for index in range(layout.count()):
        item = layout.itemAt(index)
        inner = item.layout() if item is not None else None
        if inner is not None:
            _invalidate(inner)
    layout.invalidate()
