"""The projector window: what the whole class sees, in large type.

A separate top-level window that follows the session: message slides, the peer video
with subtitles, the poll question, the writing prompt with a calm timer, the closing
slide. It is given only what may be shown to students (projector texts, poll options,
the video): never the arm, speaker notes or anything a student wrote.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from belong_desktop.core.packs import Step, StepKind
from belong_desktop.qt.style import PROJECTOR_BACKGROUND, PROJECTOR_MUTED, PROJECTOR_TEXT


def _label(parent: QWidget, role: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(role)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setTextFormat(Qt.TextFormat.PlainText)  # pack text is shown as text, never as HTML
    return label


class ProjectorWindow(QWidget):
    PAGE_SLIDE, PAGE_VIDEO = 0, 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Projektor"))
        self.setObjectName("projector")
        self.setStyleSheet(
            f"#projector, QStackedWidget, #slide {{ background: {PROJECTOR_BACKGROUND}; }}"
            f"QLabel {{ color: {PROJECTOR_TEXT}; }}"
            f"QLabel#detail, QLabel#timer {{ color: {PROJECTOR_MUTED}; }}"
        )
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
        column = QVBoxLayout(slide)
        column.setContentsMargins(60, 40, 60, 40)
        column.addStretch(2)
        column.addWidget(self.headline)
        column.addWidget(self.body)
        column.addSpacing(20)
        column.addWidget(self.detail)
        column.addStretch(3)
        column.addWidget(self.timer)
        self._stack.addWidget(slide)

        self._video_page = QWidget(self._stack)
        self._video_page.setStyleSheet("background: black;")
        self._video_layout = QVBoxLayout(self._video_page)
        self._video_layout.setContentsMargins(0, 0, 0, 0)
        self._video_message = _label(self._video_page, "body")
        self._video_layout.addWidget(self._video_message)
        self._video_widget: QWidget | None = None
        self._stack.addWidget(self._video_page)
        self._apply_sizes()

    # -- what to show ----------------------------------------------------------------

    def show_title(self, title: str, subtitle: str = "") -> None:
        self._slide(title, subtitle, "")

    def show_step(self, step: Step, language: str) -> None:
        text = step.projector.get(language)
        first, _, rest = text.partition("\n")
        if step.kind is StepKind.VIDEO:
            self._stack.setCurrentIndex(self.PAGE_VIDEO)
            self._video_message.setVisible(self._video_widget is None)
            self._video_message.setText(first)
            return
        detail = ""
        if step.kind is StepKind.POLL and step.poll is not None:
            detail = "\n".join(
                f"{i}. {o.get(language)}" for i, o in enumerate(step.poll.options, 1)
            )
        self._slide(first, rest, detail)

    def show_video_problem(self) -> None:
        """A video that cannot play: the class sees a calm line, the details go to the laptop."""
        self._slide(self.tr("Videoen kan ikke vises lige nu"), "", "")

    def set_timer_text(self, text: str) -> None:
        self.timer.setText(text)

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
        return self._stack.currentIndex()

    def visible_text(self) -> str:
        """Every text on the projector now; tests use it to check nothing private shows."""
        labels = [self.headline, self.body, self.detail, self.timer, self._video_message]
        return "\n".join(label.text() for label in labels if label.isVisibleTo(self))

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
        self._stack.setCurrentIndex(self.PAGE_SLIDE)
        self.headline.setText(headline)
        self.body.setText(body)
        self.body.setVisible(bool(body))
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.leave_full_screen()
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_sizes()

    def _apply_sizes(self) -> None:
        """Type scales with the window so it stays readable from the back of the room."""
        unit = max(12, self.height() // 20)
        for label, factor, bold in (
            (self.headline, 1.6, True),
            (self.body, 1.0, False),
            (self.detail, 0.9, False),
            (self.timer, 0.7, False),
            (self._video_message, 1.0, False),
        ):
            f = label.font()
            f.setPixelSize(int(unit * factor))
            f.setBold(bold)
            label.setFont(f)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
