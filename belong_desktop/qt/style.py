"""Fonts and colours shared by the windows: calm, high-contrast, large on the projector."""

from __future__ import annotations

from PySide6.QtGui import QFont

PROJECTOR_BACKGROUND = "#1f2a36"
PROJECTOR_TEXT = "#f4f1ea"
PROJECTOR_MUTED = "#a9b4c0"
WARNING = "#b3261e"
OK = "#2e7d32"


def font(point_size: int, *, bold: bool = False) -> QFont:
    f = QFont()
    f.setPointSize(point_size)
    f.setBold(bold)
    return f
