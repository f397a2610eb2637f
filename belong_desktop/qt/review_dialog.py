"""The personal-data review before an export: one flag at a time, "Skjul" or "Behold".

GUI thread. The dialog is given the session's open flags (``ReviewService.items``, read
off the GUI thread by the export controller) and walks through them text by text, in
order. Each decision is stored at once through the review service (the writer thread,
a few milliseconds), so stopping half-way loses nothing. After "Skjul" the text is
shorter or longer by the token, and the flags still to come in that text move with it;
if the service finds the text changed (``review_stale``), the rest of that text is left
for the export controller's next scan, which opens the dialog again for what is left.

Students' own words are on screen here. When the laptop's screen may be on the
projector, the dialog opens on a guard page that shows none of them until the counsellor
says the projector shows nothing; any change of the screens back to a shared one puts
the guard up again (``guard_again``).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from belong_desktop.core.errors import BelongError
from belong_desktop.core.personal_data import REDACTION_TOKENS, Flag
from belong_desktop.qt.messages import describe
from belong_desktop.qt.review_view import ReviewView
from belong_desktop.qt.words import pii_name
from belong_desktop.services.review import ReviewItem, ReviewService

log = logging.getLogger(__name__)


@dataclass
class _Text:
    """One text and its flags not yet decided, in order; the text as it is now stored."""

    answer_id: int
    participant: str
    step_id: str
    status: str
    text: str
    flags: list[Flag] = field(default_factory=list)


class ReviewDialog(QDialog):
    def __init__(
        self,
        review: ReviewService,
        session_id: str,
        items: list[ReviewItem],
        step_names: Mapping[str, str],
        *,
        guard: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Gennemse tekster før eksport"))
        self.setAccessibleDescription(
            self.tr("S skjuler de markerede ord, B beholder dem, Esc afbryder")
        )
        self.setModal(True)
        # Room for a long letter: most of the window it opens over, at least 760 × 560.
        window = parent.window() if parent is not None else None
        width = max(760, int(window.width() * 0.7)) if window is not None else 760
        height = max(560, int(window.height() * 0.8)) if window is not None else 560
        self.resize(min(width, 1100), min(height, 800))
        self.review = review
        self.session_id = session_id
        self.step_names = dict(step_names)
        self._texts = [
            _Text(i.answer_id, i.participant, i.step_id, i.status, i.text, list(i.flags))
            for i in items
            if i.flags
        ]
        self.total = sum(len(t.flags) for t in self._texts)
        self.decided = 0
        self.redacted = 0
        self.kept = 0
        self.left_for_later = 0  # flags of a text that changed under the dialog
        self.view = ReviewView(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        self.view.guard_button.clicked.connect(self.reveal)
        self.view.guard_cancel.clicked.connect(self.reject)
        self.view.redact_button.clicked.connect(self.redact)
        self.view.keep_button.clicked.connect(self.keep)
        self.view.cancel_button.clicked.connect(self.reject)
        self._keys: list[QShortcut] = []
        for key, slot in (("S", self.redact), ("B", self.keep)):
            shortcut = QShortcut(QKeySequence(key), self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            self._keys.append(shortcut)
        if guard:
            self.view.show_guard()
        else:
            self.reveal()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The title, and the flag in front said again in the language now installed (the
        view's own words are its ``retranslate``)."""
        self.setWindowTitle(self.tr("Gennemse tekster før eksport"))
        self.setAccessibleDescription(
            self.tr("S skjuler de markerede ord, B beholder dem, Esc afbryder")
        )
        if self.view.page() == ReviewView.PAGE_REVIEW and self._current() is not None:
            self._show_current()

    # -- what the counsellor does ------------------------------------------------------

    def reveal(self) -> None:
        """The counsellor says the class cannot see the screen: show the texts."""
        self.view.show_review()
        self._show_current()

    def guard_again(self) -> None:
        """The screens changed to a shared one: hide the texts until asked again."""
        if self.view.page() == ReviewView.PAGE_REVIEW:
            self.view.show_guard()

    def redact(self) -> None:
        current = self._current()
        if current is None or not self._reviewing():
            return
        flag = current.flags[0]
        try:
            new_text = self.review.redact(self.session_id, current.answer_id, flag)
        except BelongError as error:
            self._refused(error, current)
            return
        shift = len(new_text) - len(current.text)
        current.text = new_text
        current.flags = [
            replace(f, start=f.start + shift, end=f.end + shift) for f in current.flags[1:]
        ]
        self.redacted += 1
        self._advance()

    def keep(self) -> None:
        current = self._current()
        if current is None or not self._reviewing():
            return
        try:
            self.review.dismiss(self.session_id, current.answer_id, current.flags[0])
        except BelongError as error:
            self._refused(error, current)
            return
        current.flags.pop(0)
        self.kept += 1
        self._advance()

    # -- what it shows -----------------------------------------------------------------

    def current_flag(self) -> tuple[str, Flag] | None:
        """(the text as stored now, the flag being decided); for tests and screenshots."""
        current = self._current()
        return None if current is None else (current.text, current.flags[0])

    def visible_text(self) -> str:
        """Every text the dialog shows now; tests check no student text is behind the guard."""
        view = self.view
        if view.page() == ReviewView.PAGE_GUARD:
            parts = [view.guard_headline.text(), view.guard_text.text(), view.text.toPlainText()]
        else:
            parts = [view.kind.text(), view.where.text(), view.text.toPlainText()]
        return "\n".join(p for p in parts if p)

    def _reviewing(self) -> bool:
        return self.view.page() == ReviewView.PAGE_REVIEW

    def _current(self) -> _Text | None:
        while self._texts and not self._texts[0].flags:
            self._texts.pop(0)
        return self._texts[0] if self._texts else None

    def _advance(self) -> None:
        self.decided += 1
        self.view.error.clear()
        self._show_current()

    def _show_current(self) -> None:
        current = self._current()
        if current is None:
            self.view.clear_text()
            self.accept()  # every flag decided: the export goes on
            return
        flag = current.flags[0]
        step = self.step_names.get(current.step_id, current.step_id)
        where = self.tr("%1 fra deltager %2").replace("%1", step)
        where = where.replace("%2", current.participant)
        if current.status != "submitted":
            where += " · " + self.tr("ikke sendt")
        self.view.show_flag(
            current.text,
            flag,
            current.flags[1:],
            pii_name(flag.kind),
            where,
            REDACTION_TOKENS[flag.kind],
            self.decided,
            self.total,
        )

    def _refused(self, error: BelongError, current: _Text) -> None:
        self.view.error.setText(describe(error))
        if error.code in ("review_stale", "review_no_text"):
            # The rest of this text is looked at again after a fresh scan.
            self.left_for_later += len(current.flags)
            self.total -= len(current.flags)
            current.flags.clear()
            self._show_current()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.view.clear_text()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self.view.clear_text()  # no student text lingers in a hidden dialog
        super().done(result)
