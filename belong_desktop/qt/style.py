"""Fonts and colours shared by the windows: calm, high-contrast, large on the projector.

GUI thread. Each theme is one ``Colours`` table; the palette and the application's style
sheet are made from it (``palette``, ``stylesheet``), so every window and dialog follows a
change at once. Coloured status lines get their colour through a ``tone`` property
(``set_tone``) rather than their own style sheet, so they follow the theme too.
``TEXT_PAIRS`` lists every text colour on every background the app draws, with the
smallest size it is drawn at; a test holds each pair to WCAG's contrast ratio.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from belong_desktop.core.appearance import Theme


@dataclass(frozen=True)
class Colours:
    window: str  # windows and dialogs
    base: str  # fields and lists
    text: str
    muted: str  # secondary lines, disabled controls' text
    button: str
    highlight: str  # selection
    highlighted_text: str
    link: str
    warning: str
    ok: str
    focus: str  # the focus outline (high contrast)
    projector_background: str
    projector_text: str
    projector_muted: str
    bar: str  # the poll result's bars on the projector
    track: str  # the empty part of a bar


STANDARD = Colours(
    window="#f5f5f3",
    base="#ffffff",
    text="#1a1a1a",
    muted="#595959",
    button="#e6e6e3",
    highlight="#1a5fb4",
    highlighted_text="#ffffff",
    link="#1a5fb4",
    warning="#b3261e",
    ok="#2e6b31",
    focus="#1a5fb4",
    projector_background="#1f2a36",
    projector_text="#f4f1ea",
    projector_muted="#b8c2cc",
    bar="#e0a84a",
    track="#34414f",
)
#: Black and white with yellow focus, as the systems' own high-contrast themes: body text
#: at 21:1, every other pair at 7:1 or more.
HIGH_CONTRAST = Colours(
    window="#000000",
    base="#000000",
    text="#ffffff",
    muted="#d0d0d0",
    button="#000000",
    highlight="#ffd700",
    highlighted_text="#000000",
    link="#8cc8ff",
    warning="#ffb0a8",
    ok="#a8f0a8",
    focus="#ffd700",
    projector_background="#000000",
    projector_text="#ffffff",
    projector_muted="#e6e6e6",
    bar="#ffd700",
    track="#4d4d4d",
)
THEMES: dict[Theme, Colours] = {Theme.STANDARD: STANDARD, Theme.HIGH_CONTRAST: HIGH_CONTRAST}

# The standard theme's colours by their old names (the windows' constants before themes).
PROJECTOR_BACKGROUND = STANDARD.projector_background
PROJECTOR_TEXT = STANDARD.projector_text
PROJECTOR_MUTED = STANDARD.projector_muted
# Fixed in every theme: dark panels with light text, already past 7:1.
HELP_BACKGROUND = "#141c24"  # the shortcuts overlay (F1)
HELP_TEXT = "#ffffff"
STRIP_BACKGROUND = "#0d141b"  # the control strip on the projector's screen
FINGERPRINT_BACKGROUND = "#ffffff"  # the kit's fingerprint, read aloud: black on white
FINGERPRINT_TEXT = "#000000"
WARNING = STANDARD.warning
OK = STANDARD.ok

#: The smallest text the control window draws, in pixels (about 9 pt at 100 %). The
#: projector's smallest (its join strip) is larger, so every text pair is held to AA's
#: 4.5:1 for body text; only graphics (the poll's bars) to 3:1.
SMALLEST_TEXT_PX = 12.0


@dataclass(frozen=True)
class ColourPair:
    what: str
    foreground: str
    background: str
    pixel_size: float = SMALLEST_TEXT_PX
    bold: bool = False
    graphic: bool = False  # not text: WCAG 1.4.11 asks 3:1
    body: bool = True  # the high-contrast theme keeps body text at 7:1 or more


def colour_pairs(c: Colours) -> list[ColourPair]:
    """Every text colour on every background the app draws in theme ``c``."""
    return [
        ColourPair("text on window", c.text, c.window),
        ColourPair("text in fields", c.text, c.base),
        ColourPair("text on buttons", c.text, c.button),
        ColourPair("secondary and disabled text", c.muted, c.window),
        ColourPair("secondary text in fields", c.muted, c.base),
        ColourPair("selected text", c.highlighted_text, c.highlight),
        ColourPair("links", c.link, c.window),
        ColourPair("warnings", c.warning, c.window),
        ColourPair("confirmations", c.ok, c.window),
        ColourPair("projector text", c.projector_text, c.projector_background),
        ColourPair("projector secondary text", c.projector_muted, c.projector_background),
        ColourPair("focus outline on window", c.focus, c.window, graphic=True, body=False),
        ColourPair("poll bars on the slide", c.bar, c.projector_background, graphic=True),
        ColourPair("shortcuts overlay", HELP_TEXT, HELP_BACKGROUND),
        ColourPair("control strip", STANDARD.projector_text, STRIP_BACKGROUND),
        ColourPair("control strip's message", STANDARD.projector_muted, STRIP_BACKGROUND),
        ColourPair("the kit's fingerprint", FINGERPRINT_TEXT, FINGERPRINT_BACKGROUND),
    ]


class Tone(StrEnum):
    PLAIN = ""
    WARNING = "warning"
    WARNING_STRONG = "warning_strong"  # bold: the overrun, the black screen
    OK = "ok"


#: The application's property holding the theme's value (``qt.appearance.apply_theme``).
THEME_PROPERTY = "belongTheme"
#: The bar beside a status line in high contrast, in pixels.
BAR_WIDTH = 6


class _ToneBar(QObject):
    """Draws the bar beside a status line in high contrast (solid for a warning, two thin
    lines for a confirmation), under the words; an empty line gets none. (A style-sheet
    border would be drawn on an empty line too: many stay in place, empty, until needed.)"""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() is not QEvent.Type.Paint or not isinstance(watched, QLabel):
            return False
        tone = watched.property("tone")
        app = QCoreApplication.instance()
        theme = app.property(THEME_PROPERTY) if app is not None else None
        if not tone or not watched.text() or theme != Theme.HIGH_CONTRAST.value:
            return False
        c = HIGH_CONTRAST
        painter = QPainter(watched)
        height = watched.height()
        if tone == Tone.OK.value:
            painter.fillRect(0, 0, 2, height, QColor(c.ok))
            painter.fillRect(BAR_WIDTH - 2, 0, 2, height, QColor(c.ok))
        else:
            painter.fillRect(0, 0, BAR_WIDTH, height, QColor(c.warning))
        painter.end()
        return False  # the label paints its words beside the bar


def set_tone(widget: QWidget, tone: Tone) -> None:
    """Colour a status line by the theme's warning or ok colour (``Tone.PLAIN``: none)."""
    if widget.property("tone") == tone.value:
        return
    if widget.findChild(_ToneBar) is None:
        widget.installEventFilter(_ToneBar(widget))  # the widget's child: no cycle
    widget.setProperty("tone", tone.value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def palette(theme: Theme) -> QPalette:
    c = THEMES[theme]
    p = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, c.window),
        (roles.WindowText, c.text),
        (roles.Base, c.base),
        (roles.AlternateBase, c.window),
        (roles.Text, c.text),
        (roles.Button, c.button),
        (roles.ButtonText, c.text),
        (roles.ToolTipBase, c.base),
        (roles.ToolTipText, c.text),
        (roles.PlaceholderText, c.muted),
        (roles.Highlight, c.highlight),
        (roles.HighlightedText, c.highlighted_text),
        (roles.Link, c.link),
        (roles.LinkVisited, c.link),
        (roles.BrightText, c.warning),
    ):
        p.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        p.setColor(disabled, role, QColor(c.muted))
    return p


def stylesheet(theme: Theme) -> str:
    """The application's style sheet: the tones, and in high contrast thick focus outlines,
    outlined controls and a bar beside each status line (colour is never the only sign:
    the line's words say it too)."""
    c = THEMES[theme]
    sheet = (
        f'QLabel[tone="warning"] {{ color: {c.warning}; }}'
        f'QLabel[tone="warning_strong"] {{ color: {c.warning}; font-weight: bold; }}'
        f'QLabel[tone="ok"] {{ color: {c.ok}; }}'
    )
    if theme is not Theme.HIGH_CONTRAST:
        return sheet
    controls = "QPushButton, QToolButton, QLineEdit, QSpinBox, QComboBox, QPlainTextEdit, QTextEdit"
    return sheet + (
        # Room for the bar ``_ToneBar`` draws; a warning is bold too.
        f'QLabel[tone="warning"], QLabel[tone="warning_strong"] {{ padding-left: {BAR_WIDTH + 8}px;'
        f" font-weight: bold; }}"
        f'QLabel[tone="ok"] {{ padding-left: {BAR_WIDTH + 8}px; }}'
        f"{controls} {{ color: {c.text}; background: {c.base};"
        f" border: 2px solid {c.text}; border-radius: 4px; padding: 4px 8px; }}"
        f"QPushButton:hover, QToolButton:hover {{ background: #262626; }}"
        f"QPushButton:pressed, QToolButton:pressed, QPushButton:checked {{"
        f" background: {c.highlight}; color: {c.highlighted_text}; }}"
        f"QPushButton:disabled, QToolButton:disabled, QLineEdit:disabled, QSpinBox:disabled,"
        f" QComboBox:disabled {{ color: {c.muted}; border: 2px dashed {c.muted}; }}"
        # The focus outline is 4 px; the padding gives back the 2 px it adds, so a control
        # keeps its size (and its text its room) as focus moves.
        f"QPushButton:focus, QToolButton:focus, QLineEdit:focus, QSpinBox:focus,"
        f" QComboBox:focus, QPlainTextEdit:focus, QTextEdit:focus {{"
        f" border: 4px solid {c.focus}; padding: 2px 6px; }}"
        f"QCheckBox, QRadioButton {{ border: 4px solid transparent; padding: 1px 6px 1px 2px;"
        f" spacing: 8px; }}"
        f"QListView, QListWidget, QTreeView, QTableView, QSlider {{"
        f" border: 4px solid {c.window}; }}"
        f"QCheckBox:focus, QRadioButton:focus, QListView:focus, QListWidget:focus,"
        f" QTreeView:focus, QTableView:focus, QSlider:focus {{"
        f" border: 4px solid {c.focus}; }}"
        f"QCheckBox::indicator, QRadioButton::indicator {{ width: 14px; height: 14px;"
        f" border: 2px solid {c.text}; background: {c.base}; }}"
        f"QRadioButton::indicator {{ border-radius: 9px; }}"
        # Checked: a thicker ring in the same outer size (18 px), so the control never
        # grows when it is checked (its layout keeps the size it had: the text was cut).
        f"QCheckBox::indicator:checked, QRadioButton::indicator:checked {{"
        f" width: 10px; height: 10px; background: {c.highlight}; border: 4px solid {c.text}; }}"
        f"QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{"
        f" border: 2px dashed {c.muted}; }}"
        f"QGroupBox {{ border: 1px solid {c.muted}; margin-top: 1.4em; padding-top: 6px; }}"
        f"QGroupBox::title {{ subcontrol-origin: margin; left: 8px; color: {c.text}; }}"
        f"QToolTip {{ color: {c.text}; background: {c.base}; border: 1px solid {c.text}; }}"
    )


#: The application's property holding the control window's text size in percent
#: (``qt.appearance.apply_text_scale`` sets it).
TEXT_SCALE_PROPERTY = "belongTextScale"


def text_scale() -> int:
    """The counsellor's text size in percent (100 before it is applied)."""
    app = QCoreApplication.instance()
    value = app.property(TEXT_SCALE_PROPERTY) if app is not None else None
    return int(value) if isinstance(value, int) and value > 0 else 100


def font(point_size: int, *, bold: bool = False) -> QFont:
    """A font ``point_size`` points at 100 %, scaled by the counsellor's text size."""
    f = QFont()
    f.setPointSizeF(point_size * text_scale() / 100)
    f.setBold(bold)
    return f
