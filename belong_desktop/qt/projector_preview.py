"""What the class sees, small, in the control window: a live thumbnail of the projector
and a line saying what comes next.

GUI thread only. The thumbnail is painted by rendering the projector window through a
scaled painter (a fraction of a millisecond; a full-size grab took 15–40 ms), at most
twice a second, when the projector says it changed. A playing video cannot be rendered
this way (libVLC draws into its own native window), so the thumbnail then says so.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from belong_desktop.qt.projector_window import ProjectorWindow
from belong_desktop.qt.style import PROJECTOR_TEXT

THUMB_WIDTH, THUMB_HEIGHT = 224, 126  # 16:9
REFRESH_MS = 500


class ProjectorPreview(QWidget):
    def __init__(self, projector: ProjectorWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._projector = projector
        self.thumbnail = QLabel(self)
        self.thumbnail.setFixedSize(THUMB_WIDTH, THUMB_HEIGHT)
        self.caption = QLabel(self)
        self.next = QLabel(self)
        self.next.setWordWrap(True)
        self.next.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        column = QVBoxLayout()
        column.addWidget(self.caption)
        column.addWidget(self.thumbnail)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(column)
        row.addWidget(self.next, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        projector.sig_changed.connect(self._on_projector_changed)
        self.retranslate()

    def retranslate(self) -> None:
        """Its words again (the next step's line is the window's, set again by it)."""
        tip = self.tr("Det, klassen ser på lærredet lige nu")
        self.thumbnail.setToolTip(tip)
        self.thumbnail.setAccessibleName(tip)
        self.caption.setText(self.tr("På lærredet nu"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_next(self, text: str) -> None:
        self.next.setText(text)

    def refresh(self) -> None:
        projector = self._projector
        picture = render_thumbnail(projector, THUMB_WIDTH, THUMB_HEIGHT)
        if projector.current_page() == ProjectorWindow.PAGE_VIDEO and not projector.blacked_out():
            painter = QPainter(picture)
            painter.setPen(QColor(PROJECTOR_TEXT))
            painter.drawText(
                picture.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("▶ Video på lærredet")
            )
            painter.end()
        self.thumbnail.setPixmap(picture)

    def _on_projector_changed(self) -> None:
        if not self._timer.isActive():
            self._timer.start()


def render_thumbnail(projector: ProjectorWindow, width: int, height: int) -> QPixmap:
    """``projector`` as it looks now, scaled into ``width`` × ``height`` (letterboxed in
    black); also a projector that is not shown (the settings page's preview)."""
    picture = QPixmap(width, height)
    picture.fill(QColor("black"))
    painter = QPainter(picture)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    source_width, source_height = max(1, projector.width()), max(1, projector.height())
    scale = min(width / source_width, height / source_height)
    painter.translate((width - source_width * scale) / 2, (height - source_height * scale) / 2)
    painter.scale(scale, scale)
    projector.render(painter, QPoint(0, 0))
    painter.end()
    return picture
