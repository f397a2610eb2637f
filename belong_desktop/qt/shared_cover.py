"""What the control window shows while the class sees the same picture (layout only).

An opaque cover over the whole control window, so its start screen (the pack list) and
run screen (the speaker notes) are never on the shared picture, whatever they hold. Two
pages: "Klar", a start form that names no pack (the pack is typed like a password and
only confirmed as found) with the interrupted sessions by group and time; and a quiet
page while the session is on the projector. GUI thread; it emits what the counsellor
asked for, ``ScreenLayout`` does it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from belong_desktop.core.packs import Pack
from belong_desktop.core.records import SessionRecord
from belong_desktop.qt.language import LANGUAGE_NAMES
from belong_desktop.qt.style import Tone, font, set_tone
from belong_desktop.qt.words import stamp


@dataclass(frozen=True)
class PackOption:
    """A pack as the cover knows it: the names that choose it, never shown."""

    codes: frozenset[str]  # its id and folder name, case-folded
    folder: str
    languages: tuple[str, ...]

    @classmethod
    def of(cls, pack: Pack) -> PackOption:
        codes = frozenset({pack.id.casefold(), pack.folder.name.casefold()})
        return cls(codes, str(pack.folder), pack.languages)


class SharedCover(QWidget):
    PAGE_START, PAGE_BUSY = 0, 1
    sig_start_requested = Signal(str, str, str)  # pack folder, group code, language
    sig_resume_requested = Signal(str)  # session id
    sig_private_requested = Signal()
    sig_retranslated = Signal()  # its words are new: the layout words its own lines again

    def __init__(self, cover: QWidget) -> None:
        # The covered window is its parent, never an attribute: a child holding its window
        # would make a reference cycle that the garbage collector may break on any thread.
        super().__init__(cover)
        self.setObjectName("cover")
        self.setAutoFillBackground(True)  # opaque: nothing underneath shows through
        self._stack = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(self._stack)

        start = QWidget(self._stack)
        column_box = QWidget(start)  # a calm column in the middle, however wide the window
        column_box.setMaximumWidth(760)
        self.headline = QLabel(column_box)
        self.headline.setFont(font(40, bold=True))
        self.setup_line = QLabel(column_box)
        self.setup_line.setWordWrap(True)
        self.setup_line.setFont(font(13))
        self.group_code = QLineEdit(column_box)
        self.group_code.setMaxLength(32)
        self.pack_code = QLineEdit(column_box)
        self.pack_code.setEchoMode(QLineEdit.EchoMode.Password)
        self.pack_state = QLabel(column_box)
        self.pack_state.hide()
        self.language = QComboBox(column_box)
        self.start_button = QPushButton(column_box)
        self.start_button.setDefault(True)
        self.error = QLabel(column_box)
        self.error.setWordWrap(True)
        set_tone(self.error, Tone.WARNING)
        self.pack_hint = QLabel(column_box)
        self.pack_hint.setWordWrap(True)
        pack_row = QVBoxLayout()
        pack_row.setSpacing(2)
        pack_row.addWidget(self.pack_code)
        pack_row.addWidget(self.pack_state)
        pack_row.addWidget(self.pack_hint)
        form = QFormLayout()
        self._form_labels = [QLabel(column_box) for _ in range(3)]
        for label, field in zip(
            self._form_labels, (self.group_code, self.pack_code, self.language), strict=True
        ):
            label.setBuddy(field)
        form.addRow(self._form_labels[0], self.group_code)
        form.addRow(self._form_labels[1], pack_row)
        form.addRow(self._form_labels[2], self.language)
        self.unfinished = QListWidget(column_box)
        self.unfinished.setMaximumHeight(110)
        self.resume_button = QPushButton(column_box)
        self.private_button = QPushButton(column_box)
        self.unfinished_label = QLabel(column_box)
        self.unfinished_label.setFont(font(13, bold=True))
        self.unfinished_label.setBuddy(self.unfinished)
        self.new_label = QLabel(column_box)
        self.new_label.setFont(font(13, bold=True))
        column = QVBoxLayout(column_box)
        column.addWidget(self.headline)
        column.addWidget(self.setup_line)
        column.addSpacing(16)
        # After a crash the interrupted session comes first (and has the focus).
        column.addWidget(self.unfinished_label)
        column.addWidget(self.unfinished)
        column.addWidget(self.resume_button, 0, Qt.AlignmentFlag.AlignRight)
        column.addWidget(self.new_label)
        column.addLayout(form)
        column.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.private_button)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        column.addLayout(buttons)
        column.addStretch(1)
        centre = QHBoxLayout(start)
        centre.addStretch(1)
        centre.addWidget(column_box, 4)
        centre.addStretch(1)
        self._stack.addWidget(start)

        busy = QWidget(self._stack)
        self.busy_headline = QLabel(busy)
        self.busy_headline.setFont(font(28, bold=True))
        self.busy_headline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.busy_headline.setWordWrap(True)
        self.busy_detail = QLabel(busy)
        self.busy_detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.busy_detail.setWordWrap(True)
        busy_column = QVBoxLayout(busy)
        busy_column.addStretch(1)
        busy_column.addWidget(self.busy_headline)
        busy_column.addWidget(self.busy_detail)
        busy_column.addStretch(2)
        self._stack.addWidget(busy)

        self._packs: list[PackOption] = []
        self._kit_packs: dict[str, PackOption] = {}  # with a kit: group code → its pack
        self._records: list[SessionRecord] = []
        self.pack_code.textChanged.connect(self._on_pack_code_text_changed)
        self.group_code.textChanged.connect(self._on_group_code_text_changed)
        self.pack_code.returnPressed.connect(self._on_start_clicked)
        self.group_code.returnPressed.connect(self._on_start_clicked)
        self.start_button.clicked.connect(self._on_start_clicked)
        self.resume_button.clicked.connect(self._on_resume_clicked)
        self.unfinished.itemDoubleClicked.connect(self._on_unfinished_item_double_clicked)
        self.private_button.clicked.connect(self.sig_private_requested)
        cover.installEventFilter(self)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        """Every word in the language now installed; the lines built from the packs, the
        kit and the sessions built again (the layout's lines: ``sig_retranslated``)."""
        self.headline.setText(self.tr("Klar"))
        self.group_code.setPlaceholderText(self.tr("fx DAT1-A"))
        self.start_button.setText(self.tr("Start session"))
        names = (self.tr("Holdets kode"), self.tr("Indholdspakke"), self.tr("Sprog"))
        for label, name in zip(self._form_labels, names, strict=True):
            label.setText(name)
            field = label.buddy()
            if field is not None:
                field.setAccessibleName(name)
        self.pack_code.setAccessibleDescription(
            self.tr("Pakkens navn skrives skjult, fordi klassen kan se skærmen")
        )
        self.resume_button.setText(self.tr("Genoptag"))
        self.private_button.setText(self.tr("Vis det fulde vindue …"))
        tip = self.tr("Kun når klassen ikke kan se skærmen, fx når du forbereder dig")
        self.private_button.setToolTip(tip)
        self.private_button.setAccessibleDescription(tip)
        self.unfinished_label.setText(self.tr("Afbrudte sessioner"))
        self.unfinished.setAccessibleName(self.tr("Afbrudte sessioner"))
        self.new_label.setText(self.tr("Ny session"))
        self.error.clear()  # a refusal in the old words: the next try says it again
        self._word_packs()
        self._fill_unfinished()
        self._on_pack_code_text_changed(self.pack_code.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.sig_retranslated.emit()
        super().changeEvent(event)

    # -- what it shows -----------------------------------------------------------------

    def cover(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()

    def show_start(self, setup_text: str) -> None:
        self.setup_line.setText(setup_text)
        self._stack.setCurrentIndex(self.PAGE_START)

    def show_busy(self, headline: str, detail: str) -> None:
        self.busy_headline.setText(headline)
        self.busy_detail.setText(detail)
        self._stack.setCurrentIndex(self.PAGE_BUSY)

    def current_page(self) -> int:
        return self._stack.currentIndex()

    def set_packs(self, packs: Iterable[PackOption]) -> None:
        self._packs = list(packs)
        self._word_packs()
        self._on_pack_code_text_changed(self.pack_code.text())

    def _word_packs(self) -> None:
        only = len(self._packs) == 1
        self.pack_code.setPlaceholderText(
            self.tr("den eneste pakke er valgt") if only else self.tr("pakkens navn")
        )
        if self._kit_packs:
            self.pack_hint.setText(
                self.tr(
                    "Med kittet følger pakken holdet: skriv kun holdets kode. Skriv et "
                    "pakkenavn her, kun hvis du vil afvige fra kittet."
                )
            )
        else:
            self.pack_hint.setText(
                self.tr(
                    "Skriv pakkens navn, som du har fået det oplyst. Det vises ikke her, "
                    "fordi klassen kan se skærmen."
                )
            )

    def set_kit_packs(self, packs: Mapping[str, PackOption]) -> None:
        """With a trial kit: each group's pack (by its case-folded code). A group in the
        kit then needs no pack name; one typed anyway is a deviation, asked about."""
        self._kit_packs = dict(packs)
        self._word_packs()
        self._on_pack_code_text_changed(self.pack_code.text())

    def set_sessions(self, records: Iterable[SessionRecord]) -> None:
        """The interrupted sessions by group, time and step: no pack names."""
        self._records = [r for r in records if r.unfinished]
        self._fill_unfinished()
        found = self.unfinished.count() > 0
        if found:
            self.unfinished.setCurrentRow(0)
        for widget in (self.unfinished_label, self.unfinished, self.resume_button):
            widget.setVisible(found)

    def _fill_unfinished(self) -> None:
        chosen = self.unfinished.currentRow()
        self.unfinished.clear()
        for record in self._records:
            when = stamp(record.started_at or record.created_at)
            if record.step_index is None:
                text = f"{record.group_code} · {when}"
            else:  # one whole line to translate, never a piece glued on
                text = (
                    self.tr("%1 · %2, trin %3")
                    .replace("%1", record.group_code)
                    .replace("%2", when)
                    .replace("%3", str(record.step_index + 1))
                )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            self.unfinished.addItem(item)
        if 0 <= chosen < self.unfinished.count():
            self.unfinished.setCurrentRow(chosen)

    def show_error(self, message: str) -> None:
        self.error.setText(message)

    def focus_first(self) -> None:
        """The interrupted session's "Genoptag" when there is one, else the group code."""
        if self.resume_button.isVisibleTo(self):
            self.resume_button.setFocus()
        else:
            self.group_code.setFocus()

    def chosen_pack(self) -> PackOption | None:
        typed = self.pack_code.text().strip().casefold()
        if not typed:
            kit_pack = self._kit_packs.get(self.group_code.text().strip().casefold())
            if kit_pack is not None:
                return kit_pack  # the kit's pack for the group: chosen, never shown
            return self._packs[0] if len(self._packs) == 1 else None
        return next((p for p in self._packs if typed in p.codes), None)

    def visible_text(self) -> str:
        """Every text the cover shows now (a password field as its dots); for tests."""
        texts: list[str] = []
        for label in self.findChildren(QLabel):
            if label.isVisibleTo(self):
                texts.append(label.text())
        for button in self.findChildren(QPushButton):
            if button.isVisibleTo(self):
                texts.append(button.text())
        for edit in self.findChildren(QLineEdit):
            if edit.isVisibleTo(self) and edit.echoMode() is QLineEdit.EchoMode.Normal:
                texts.append(edit.text())
        for box in self.findChildren(QComboBox):
            if box.isVisibleTo(self):
                texts.extend(box.itemText(i) for i in range(box.count()))
        if self.unfinished.isVisibleTo(self):
            texts.extend(self.unfinished.item(i).text() for i in range(self.unfinished.count()))
        return "\n".join(t for t in texts if t)

    # -- internals ---------------------------------------------------------------------

    def _on_pack_code_text_changed(self, text: str) -> None:
        pack = self.chosen_pack()
        chosen = self.language.currentData()
        self.language.clear()
        if pack is not None:
            for lang in pack.languages:
                self.language.addItem(LANGUAGE_NAMES.get(lang, lang), lang)
            self.language.setCurrentIndex(max(0, self.language.findData(chosen)))
        self.pack_state.setVisible(bool(text.strip()))
        if not text.strip():
            self.pack_state.setText("")
        elif pack is None:
            set_tone(self.pack_state, Tone.WARNING)
            self.pack_state.setText(self.tr("Ingen pakke med det navn"))
        else:
            set_tone(self.pack_state, Tone.OK)
            self.pack_state.setText(self.tr("✓ Pakken er fundet"))
        self.language.setEnabled(pack is not None)

    def _on_group_code_text_changed(self, _text: str) -> None:
        if self._kit_packs:
            self._on_pack_code_text_changed(self.pack_code.text())  # the languages follow

    def _on_start_clicked(self) -> None:
        self.error.clear()
        pack = self.chosen_pack()
        if pack is None:
            if not self._packs:
                self.show_error(self.tr("Der er ingen indholdspakke at vælge."))
            elif self._kit_packs and not self.pack_code.text().strip():
                self.show_error(
                    self.tr(
                        "Holdet står ikke i kittet. Skriv pakkens navn for at køre det "
                        "alligevel; du bliver bedt om en begrundelse."
                    )
                )
            elif not self.pack_code.text().strip():
                self.show_error(self.tr("Skriv pakkens navn."))
            else:
                self.show_error(self.tr("Der er ingen pakke med det navn. Tjek stavningen."))
            self.pack_code.setFocus()
            return
        self.sig_start_requested.emit(
            pack.folder, self.group_code.text(), self.language.currentData()
        )

    def _on_resume_clicked(self) -> None:
        item = self.unfinished.currentItem()
        if item is not None:
            self.sig_resume_requested.emit(item.data(Qt.ItemDataRole.UserRole))

    def _on_unfinished_item_double_clicked(self, _item: QListWidgetItem) -> None:
        self._on_resume_clicked()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        parent = self.parentWidget()
        if watched is parent and parent is not None and event.type() == QEvent.Type.Resize:
            self.setGeometry(parent.rect())
        return False
