"""The letters booklet's review screen at work (GUI thread): choose sessions, decide on
each consented letter, build the PDF off the GUI thread and say where it was saved.

Reading the letters (a personal-data scan and a font check per letter) and building the
PDF (a few seconds for 300 letters) run through the ``TaskRunner``; a decision is one
short transaction on the writer and runs at once, as in the export review. Refusals are
worded by ``messages`` and told through the injected ``Dialogs``. Positions in the letter
box are Qt's (UTF-16) and become the service's (Python characters) here, so a letter with
an emoji redacts the passage the counsellor marked. The controller keeps no Python
reference to the window that owns it (only Qt parentage) and the view none to it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QListWidgetItem, QWidget

from belong_desktop.core.booklet import Decision, Tally
from belong_desktop.core.errors import BelongError
from belong_desktop.core.records import SessionRecord
from belong_desktop.core.typography import quoted
from belong_desktop.qt.booklet_view import BookletView
from belong_desktop.qt.dialogs import Dialogs
from belong_desktop.qt.messages import describe
from belong_desktop.qt.tasks import TaskRunner
from belong_desktop.qt.words import pii_name, stamp
from belong_desktop.services.booklet import BookletResult, BookletService, LetterForReview

log = logging.getLogger(__name__)


def to_qt(text: str, index: int) -> int:
    """A Python character index as a Qt (UTF-16) position."""
    return len(text[:index].encode("utf-16-le")) // 2


def from_qt(text: str, position: int) -> int:
    """A Qt (UTF-16) position as a Python character index (never inside a character)."""
    units = 0
    for index, char in enumerate(text):
        if units >= position:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
    return len(text)


class BookletController(QObject):
    sig_said = Signal(str)  # a line for the status bar
    sig_built = Signal(object)  # BookletResult

    def __init__(
        self,
        booklet: BookletService,
        view: BookletView,
        dialogs: Dialogs,
        tasks: TaskRunner,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.booklet = booklet
        self.view = view
        self.dialogs = dialogs
        self.tasks = tasks
        self.records: list[SessionRecord] = []
        self.shown: list[LetterForReview] = []
        self.last_result: BookletResult | None = None
        self.save_folder = Path.home()
        view.sessions.itemChanged.connect(self._on_sessions_item_changed)
        view.letters.currentRowChanged.connect(self._on_letters_current_row_changed)
        view.approve_button.clicked.connect(self.approve)
        view.hide_button.clicked.connect(self.hide)
        view.redact_button.clicked.connect(self.redact_selection)
        view.unredact_button.clicked.connect(self.clear_redactions)
        view.build_button.clicked.connect(self.build)
        view.close_button.clicked.connect(view.accept)
        view.sig_retranslated.connect(self._on_view_retranslated)
        self._show_letter(None)

    # -- sessions -----------------------------------------------------------------------

    def open(self, session_id: str | None = None, *, guard: bool = True) -> bool:
        """Show the screen with the ended sessions, ``session_id`` ticked. With ``guard``
        (the laptop's screen may be on the projector) the counsellor first says the class
        cannot see it, as before the export review; "no" (the default) shows nothing."""
        if guard and not self.dialogs.confirm_risky(
            self.tr("Kan klassen se din skærm?"),
            self.tr(
                "Det næste, du ser, er elevernes egne breve. Din skærm vises måske på "
                "projektoren (én skærm eller spejling), og klassen må ikke se brevene. "
                "Sluk projektoren, eller tag kablet ud, før du fortsætter."
            ),
            self.tr("Projektoren viser ikke min skærm – vis brevene"),
        ):
            return False
        self.records = self.booklet.ended_sessions()
        sessions = self.view.sessions
        sessions.blockSignals(True)
        sessions.clear()
        for record in self.records:
            started = stamp(record.started_at or record.created_at)
            item = QListWidgetItem(f"{record.group_code} · {record.pack_id} · {started}")
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = record.id == session_id
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            sessions.addItem(item)
        sessions.blockSignals(False)
        self.view.show()
        self.load()
        return True

    def cover(self) -> None:
        """The laptop's screen may now be on the projector: close the screen (every
        decision is already stored; opening it again asks first)."""
        if self.view.isVisible():
            self.view.reject()
            self.sig_said.emit(
                self.tr(
                    "Brevhæftet er lukket, fordi din skærm måske vises på projektoren. Dine "
                    "valg er gemt."
                )
            )

    def _on_view_retranslated(self) -> None:
        """The language changed: the letters' states, the letter's lines and the tally in
        the new words, from the letters shown."""
        if self.view.isVisible():
            self._on_letters(self.shown)

    def chosen(self) -> list[str]:
        sessions = self.view.sessions
        return [
            str(sessions.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(sessions.count())
            if sessions.item(row).checkState() == Qt.CheckState.Checked
        ]

    def tick(self, session_id: str, ticked: bool = True) -> None:
        sessions = self.view.sessions
        for row in range(sessions.count()):
            item = sessions.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == session_id:
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def _on_sessions_item_changed(self, _item: QListWidgetItem) -> None:
        self.load()

    # -- letters ------------------------------------------------------------------------

    def load(self) -> None:
        ids = self.chosen()
        if not ids:
            self._on_letters([])
            return
        booklet = self.booklet
        self.tasks.run(
            lambda: booklet.letters(ids),
            self._on_letters,
            label=self.tr("Henter brevene …"),
            on_error=self._on_failed,
        )

    def _on_letters(self, letters: list[LetterForReview]) -> None:
        current = self.current()
        keep = current.answer_id if current else None
        self.shown = list(letters)
        view = self.view
        view.letters.blockSignals(True)
        view.letters.clear()
        row_to_select = 0 if letters else -1
        for row, letter in enumerate(letters):
            label = self.tr("Brev %1 – %2").replace("%1", str(row + 1))
            label = label.replace("%2", self.state(letter))
            if letter.flags:
                label += " ⚠"
            view.letters.addItem(label)
            if letter.answer_id == keep:
                row_to_select = row
        view.letters.blockSignals(False)
        view.letters.setCurrentRow(row_to_select)
        self._show_letter(self.current())
        self._show_tally()

    def state(self, letter: LetterForReview) -> str:
        if letter.decision is Decision.APPROVED:
            text = self.tr("godkendt")
        elif letter.decision is Decision.HIDDEN:
            text = self.tr("skjult")
        else:
            text = self.tr("venter")
        if letter.spans:
            text += " · " + self.tr("%1 udeladt").replace("%1", str(len(letter.spans)))
        return text

    def tally(self) -> Tally:
        approved = sum(1 for x in self.shown if x.decision is Decision.APPROVED)
        hidden = sum(1 for x in self.shown if x.decision is Decision.HIDDEN)
        return Tally(approved, hidden, len(self.shown) - approved - hidden)

    def _show_tally(self) -> None:
        t = self.tally()
        self.view.tally.setText(
            self.tr("Godkendt: %1 · Skjult: %2 · Venter: %3")
            .replace("%1", str(t.approved))
            .replace("%2", str(t.hidden))
            .replace("%3", str(t.awaiting))
        )
        self.view.build_button.setEnabled(t.approved > 0)

    def current(self) -> LetterForReview | None:
        row = self.view.letters.currentRow()
        return self.shown[row] if 0 <= row < len(self.shown) else None

    def select(self, row: int) -> None:
        self.view.letters.setCurrentRow(row)

    def _on_letters_current_row_changed(self, _row: int) -> None:
        self._show_letter(self.current())

    def _show_letter(self, letter: LetterForReview | None) -> None:
        view = self.view
        for button in (
            view.approve_button,
            view.hide_button,
            view.redact_button,
            view.unredact_button,
        ):
            button.setEnabled(letter is not None)
        if letter is None:
            view.show_letter("", [])
            none = not self.chosen()
            view.flags.setText(
                self.tr("Sæt flueben ved en eller flere afsluttede sessioner.")
                if none
                else self.tr("Ingen breve i de valgte sessioner må deles.")
            )
            view.glyphs.setText("")
            return
        text = letter.text
        view.show_letter(text, [(to_qt(text, s.start), to_qt(text, s.end)) for s in letter.spans])
        view.unredact_button.setEnabled(bool(letter.spans))
        if letter.flags:
            found = ", ".join(
                f"{pii_name(f.kind)} {quoted(text[f.start : f.end], 'da')}" for f in letter.flags
            )
            view.flags.setText(self.tr("Mulige personoplysninger: %1").replace("%1", found))
        else:
            view.flags.setText(self.tr("Ingen mulige personoplysninger fundet."))
        view.glyphs.setText(
            self.tr("Skriften i hæftet kan ikke vise: %1").replace(
                "%1", " ".join(letter.missing_glyphs)
            )
            if letter.missing_glyphs
            else ""
        )

    # -- decisions ----------------------------------------------------------------------

    def approve(self) -> None:
        letter = self.current()
        if letter is not None:
            self._decide(lambda: self.booklet.approve(letter.answer_id))

    def hide(self) -> None:
        letter = self.current()
        if letter is not None:
            self._decide(lambda: self.booklet.hide(letter.answer_id))

    def redact_selection(self) -> None:
        letter = self.current()
        marked = self.view.selection()
        if letter is None:
            return
        if marked is None:
            self.dialogs.tell(
                self.tr("Udelad tekst"), describe(BelongError("", code="booklet_bad_span"))
            )
            return
        start, end = (from_qt(letter.text, p) for p in marked)
        self._decide(lambda: self.booklet.redact(letter.answer_id, start, end))

    def clear_redactions(self) -> None:
        letter = self.current()
        if letter is not None:
            self._decide(lambda: self.booklet.clear_redactions(letter.answer_id))

    def _decide(self, action: Callable[[], object]) -> None:
        try:
            action()
        except BelongError as exc:
            self.dialogs.tell(self.tr("Brevhæfte"), describe(exc))
        self.load()

    # -- the PDF --------------------------------------------------------------------------

    def build(self) -> None:
        ids = self.chosen()
        title = self.view.title.text().strip()
        out = self.dialogs.choose_save_file(
            self.tr("Gem brevhæftet"),
            self.save_folder / self.tr("brevhaefte.pdf"),
            self.tr("PDF-filer (*.pdf)"),
        )
        if out is None:
            return
        if out.suffix.lower() != ".pdf":
            out = out.with_name(out.name + ".pdf")
        self.save_folder = out.parent
        booklet = self.booklet
        self.view.build_button.setEnabled(False)
        self.tasks.run(
            lambda: booklet.build(ids, out, title=title),
            self._on_built,
            label=self.tr("Laver brevhæftet …"),
            on_error=self._on_build_failed,
        )

    def _on_built(self, result: BookletResult) -> None:
        self.last_result = result
        self._show_tally()
        message = (
            self.tr("%1 breve er sat i tilfældig rækkefølge og gemt i %2.")
            .replace("%1", str(result.letters))
            .replace("%2", str(result.path))
        )
        if result.tally.awaiting:
            message += " " + self.tr("%1 breve venter stadig på at blive gennemgået.").replace(
                "%1", str(result.tally.awaiting)
            )
        self.dialogs.tell(self.tr("Brevhæftet er gemt"), message)
        self.sig_said.emit(message)
        self.sig_built.emit(result)

    def _on_build_failed(self, error: BaseException) -> None:
        self._show_tally()
        self._on_failed(error)

    def _on_failed(self, error: BaseException) -> None:
        if not isinstance(error, BelongError):
            log.error("booklet: unexpected error", exc_info=error)
        self.dialogs.tell(self.tr("Brevhæfte"), describe(error))


def open_booklet(
    booklet: BookletService,
    dialogs: Dialogs,
    tasks: TaskRunner,
    parent: QWidget | None,
) -> BookletController:
    """The review screen over ``parent`` with its controller (owned by the view)."""
    view = BookletView(parent)
    return BookletController(booklet, view, dialogs, tasks, view)
