"""Finds texts a window cuts off: a label or button too small for its words at their
font, or a widget pushed outside the widget that holds it. Used by the appearance tests
at large text sizes and on the projector at every type size."""

from __future__ import annotations

import contextlib

from PySide6 import QtGui
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QWidget
from pytestqt.exceptions import TimeoutError as WaitTimeout
from pytestqt.qtbot import QtBot

#: Rounding between the font's metrics and the layout's integer pixels.
SLACK = 1


def assert_nothing_clipped(qtbot: QtBot, root: QWidget, what: str = "") -> None:
    """Wait for the layouts to settle (they are applied on posted events), then fail
    with every text still cut off."""
    with contextlib.suppress(WaitTimeout):
        qtbot.waitUntil(lambda: not clipped_texts(root), timeout=10_000)
    assert clipped_texts(root) == [], what


def clipped_texts(root: QWidget) -> list[str]:
    """A line per visible text that does not fit where it is shown."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        text = _text(widget)
        if not text:
            continue
        need = _needed(widget, text)
        have = widget.contentsRect() if isinstance(widget, QLabel) else widget.rect()
        if need.width() > have.width() + SLACK or need.height() > have.height() + SLACK:
            found.append(
                f"{type(widget).__name__} {text[:50]!r}: needs {need.width()}×{need.height()}, "
                f"has {have.width()}×{have.height()}"
            )
            continue
        outside = _outside_parent(widget)
        if outside:
            found.append(f"{type(widget).__name__} {text[:50]!r}: {outside}")
    return found


def _text(widget: QWidget) -> str:
    if isinstance(widget, QLabel):
        rich = widget.textFormat() == Qt.TextFormat.RichText
        if rich or (
            widget.textFormat() == Qt.TextFormat.AutoText
            and QtGui.Qt.mightBeRichText(widget.text())
        ):
            return ""  # laid out as a document (the help overlay): not measured here
        return widget.text()
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&&", "&")
    return ""


def _needed(widget: QWidget, text: str) -> QRect:
    metrics = widget.fontMetrics()
    if isinstance(widget, QLabel):
        flags = int(widget.alignment().value)
        if widget.wordWrap():
            flags |= Qt.TextFlag.TextWordWrap.value
        room = widget.contentsRect()
        # A word longer than the room makes the rectangle wider: that is cut off too.
        return metrics.boundingRect(QRect(0, 0, room.width(), 100_000), flags, text)
    # A button's size hint is its text plus the style's frame and, for a check box or
    # radio button, its indicator: less than that cuts the text.
    hint = widget.sizeHint()
    return QRect(0, 0, hint.width(), min(hint.height(), metrics.height()))


def _outside_parent(widget: QWidget) -> str:
    """Whether ``widget`` sticks out of its parent (a scroll area's page may: it scrolls)."""
    parent = widget.parentWidget()
    if parent is None or widget.isWindow():
        return ""
    grand = parent.parentWidget()
    if grand is not None and isinstance(grand, QAbstractScrollArea):
        return ""  # the page inside a viewport
    if not parent.rect().contains(widget.geometry()):
        return f"at {widget.geometry().getRect()} outside its parent's {parent.rect().getRect()}"
    return ""
