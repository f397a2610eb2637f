"""The settings page's "Udseende" part (layout only, GUI thread): the theme, the control
window's text size, the projector's type size for the room, and a preview of the
projector at that size (a real slide and the join slide), drawn by
``AppearanceController``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from belong_desktop.core.appearance import (
    PROJECTOR_ROOMS,
    PROJECTOR_SCALES,
    TEXT_SCALES,
    Appearance,
    Theme,
)
from belong_desktop.qt.style import Tone, set_tone

#: The preview's size: big enough to judge the type, small enough for a 1366 × 768 laptop.
PREVIEW_WIDTH, PREVIEW_HEIGHT = 320, 180


#: The keys a radio button uses (arrows move the choice, Space checks it): the control
#: window binds them as application shortcuts for the session (next, previous), which
#: would take them first.
_CHOICE_KEYS = frozenset(
    {Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Space}
)


class _KeysStayHere(QObject):
    """Lets a focused radio button keep its own keys rather than the window's shortcuts."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() is QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and Qt.Key(event.key()) in _CHOICE_KEYS
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            event.accept()  # delivered as a key press to the button, not to the shortcut
            return True
        return False


class AppearanceBox(QGroupBox):
    sig_theme_chosen = Signal(str)  # Theme's value
    sig_text_scale_chosen = Signal(int)  # percent
    sig_projector_scale_chosen = Signal(int)  # percent of "Mellem"
    sig_retranslated = Signal()  # the preview's sample words follow (the controller's)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._projector_scale = PROJECTOR_SCALES[1]
        # -- the theme ---------------------------------------------------------------------
        self.theme_buttons: dict[Theme, QRadioButton] = {
            theme: QRadioButton(self) for theme in Theme
        }
        self._themes = QButtonGroup(self)
        self.theme_label = QLabel(self)
        theme_row = QHBoxLayout()
        theme_row.addWidget(self.theme_label)
        for button in self.theme_buttons.values():
            self._themes.addButton(button)
            theme_row.addWidget(button)
            button.toggled.connect(self._on_theme_toggled)
        theme_row.addStretch(1)
        self.theme_note = QLabel(self)
        self.theme_note.setWordWrap(True)

        # -- the control window's text -------------------------------------------------------
        self.text_buttons: dict[int, QRadioButton] = {}
        self._texts = QButtonGroup(self)
        self.text_label = QLabel(self)
        text_row = QHBoxLayout()
        text_row.addWidget(self.text_label)
        for scale in TEXT_SCALES:
            button = QRadioButton(self)
            self.text_buttons[scale] = button
            self._texts.addButton(button)
            text_row.addWidget(button)
            button.toggled.connect(self._on_text_toggled)
        text_row.addStretch(1)

        # -- the projector's type ------------------------------------------------------------
        self.projector_buttons: dict[int, QRadioButton] = {}
        self._projector = QButtonGroup(self)
        self.projector_label = QLabel(self)
        projector_row = QHBoxLayout()
        projector_row.addWidget(self.projector_label)
        for scale in PROJECTOR_SCALES:
            button = QRadioButton(self)
            self.projector_buttons[scale] = button
            self._projector.addButton(button)
            projector_row.addWidget(button)
            button.toggled.connect(self._on_projector_toggled)
        projector_row.addStretch(1)
        self.room_note = QLabel(self)
        self.room_note.setWordWrap(True)

        self.preview_caption = QLabel(self)
        self.preview_caption.setWordWrap(True)
        self.slide_preview = QLabel(self)
        self.join_preview = QLabel(self)
        for label in (self.slide_preview, self.join_preview):
            label.setFixedSize(PREVIEW_WIDTH, PREVIEW_HEIGHT)
        previews = QGridLayout()
        previews.addWidget(self.slide_preview, 0, 0)
        previews.addWidget(self.join_preview, 0, 1)
        previews.setColumnStretch(2, 1)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(theme_row)
        layout.addWidget(self.theme_note)
        layout.addLayout(text_row)
        layout.addLayout(projector_row)
        layout.addWidget(self.room_note)
        layout.addWidget(self.preview_caption)
        layout.addLayout(previews)
        layout.addWidget(self.status)
        keys = _KeysStayHere(self)  # the box's child: no cycle
        for button in self.findChildren(QRadioButton):
            button.installEventFilter(keys)
        self.retranslate()

    def retranslate(self) -> None:
        """Every word of the box in the current language (called again when it changes)."""
        self.setTitle(self.tr("Udseende"))
        self.theme_label.setText(self.tr("Tema:"))
        for theme, text in (
            (Theme.STANDARD, self.tr("Standard")),
            (Theme.HIGH_CONTRAST, self.tr("Høj kontrast")),
        ):
            self.theme_buttons[theme].setText(text)
            self.theme_buttons[theme].setAccessibleName(self.tr("Tema: %1").replace("%1", text))
        self.theme_note.setText(
            self.tr(
                "Høj kontrast: hvid tekst på sort, tydelig markering af det, du står på, "
                "og sort-hvide slides på lærredet."
            )
        )
        self.text_label.setText(self.tr("Tekststørrelse i dette vindue:"))
        for scale, button in self.text_buttons.items():
            button.setText(self.tr("%1 %").replace("%1", str(scale)))
            button.setAccessibleName(self.tr("Tekststørrelse %1 procent").replace("%1", str(scale)))
        self.projector_label.setText(self.tr("Skrift på lærredet:"))
        names = {
            75: self.tr("Lille"),
            100: self.tr("Mellem"),
            125: self.tr("Stor"),
            150: self.tr("Meget stor"),
        }
        for scale, button in self.projector_buttons.items():
            button.setText(names[scale])
            button.setAccessibleName(self.tr("Skrift på lærredet: %1").replace("%1", names[scale]))
            button.setAccessibleDescription(self.room(scale))
            button.setToolTip(self.room(scale))
        self.room_note.setText(self.room(self._projector_scale))
        self.preview_caption.setText(
            self.tr("Sådan ser lærredet ud med den valgte skrift (1280 × 720):")
        )
        for label, name in (
            (self.slide_preview, self.tr("Eksempel på et slide på lærredet")),
            (self.join_preview, self.tr("Eksempel på koden til at deltage på lærredet")),
        ):
            label.setAccessibleName(name)
            label.setToolTip(name)

    def room(self, scale: int) -> str:
        """The room a projector size suits, in the words of the settings page."""
        return self.tr(
            "Til rum, hvor bageste række sidder højst %1 gange lærredets højde fra lærredet."
        ).replace("%1", str(PROJECTOR_ROOMS[scale]))

    # -- what it shows -----------------------------------------------------------------

    def set_appearance(self, appearance: Appearance) -> None:
        """Check the stored choices without reporting them back as new ones."""
        for buttons, chosen in (
            (self.theme_buttons, appearance.theme),
            (self.text_buttons, appearance.text_scale),
            (self.projector_buttons, appearance.projector_scale),
        ):
            for key, button in buttons.items():
                button.blockSignals(True)
                button.setChecked(key == chosen)
                button.blockSignals(False)
        self._projector_scale = appearance.projector_scale
        self.room_note.setText(self.room(appearance.projector_scale))

    def set_preview(self, slide: QPixmap, join: QPixmap) -> None:
        self.slide_preview.setPixmap(slide)
        self.join_preview.setPixmap(join)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.show_status("")  # a line said in the language before goes
            self.sig_retranslated.emit()
        super().changeEvent(event)

    def show_status(self, sentence: str, *, refused: bool = False) -> None:
        set_tone(self.status, Tone.WARNING if refused else Tone.PLAIN)
        self.status.setText(sentence)
        self.status.setVisible(bool(sentence))

    # -- internals ---------------------------------------------------------------------

    def _on_theme_toggled(self, checked: bool) -> None:
        if checked:
            for theme, button in self.theme_buttons.items():
                if button.isChecked():
                    self.sig_theme_chosen.emit(theme.value)

    def _on_text_toggled(self, checked: bool) -> None:
        if checked:
            for scale, button in self.text_buttons.items():
                if button.isChecked():
                    self.sig_text_scale_chosen.emit(scale)

    def _on_projector_toggled(self, checked: bool) -> None:
        if checked:
            for scale, button in self.projector_buttons.items():
                if button.isChecked():
                    self.sig_projector_scale_chosen.emit(scale)
