"""The letters booklet's review screen with its controller: reached from the past
sessions, letters with their personal-data flags, approve / hide / leave out a marked
passage, the title, a real PDF built off the GUI thread and where it was saved told.
Real store, a class run through the runtime, the shipped packs, scripted dialogs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from belong_desktop.core.booklet import MARK, Decision
from belong_desktop.qt.booklet_controller import BookletController, from_qt, to_qt
from tests import pdf_support as read
from tests.class_factory import run_class

from .conftest import Windows

# run_class: device i writes LETTERS[i]; all but the last send; even devices share.
LETTERS = (
    "Kære nye studerende 🙂 Skriv til mig på mads.jensen@example.com hvis du er i tvivl.",
    "Ikke delt.",
    "Giv det tid, det bliver bedre. Æ ø å.",
    "Ikke delt heller.",
    "Jeg vil helst ikke have det her trykt.",
    "Usendt.",
)


def open_screen(qtbot: QtBot, w: Windows, sid: str) -> BookletController:
    w.window.refresh_start_view()
    past = w.window.start_view.past_sessions
    past.select(sid)
    assert past.booklet_button.isVisible() and past.booklet_button.isEnabled()
    w.answers.confirms.append(True)  # "the projector does not show my screen"
    qtbot.mouseClick(past.booklet_button, Qt.MouseButton.LeftButton)
    flow = w.window.booklet_flow
    assert flow is not None and flow.view.isVisible()
    assert ("risky", "Kan klassen se din skærm?") in w.answers.asked
    assert flow.chosen() == [sid]
    qtbot.waitUntil(lambda: len(flow.shown) == 3, timeout=10_000)
    return flow


def choose(flow: BookletController, words: str) -> int:
    row = next(i for i, letter in enumerate(flow.shown) if words in letter.text)
    flow.select(row)
    return row


def mark(flow: BookletController, words: str) -> None:
    """Select ``words`` in the letter box as the counsellor's mouse would."""
    text = flow.view.letter.toPlainText()
    start = text.index(words)  # Qt's text: UTF-16 positions differ after the emoji
    letter = flow.current()
    assert letter is not None
    cursor = flow.view.letter.textCursor()
    cursor.setPosition(to_qt(letter.text, start))
    cursor.setPosition(to_qt(letter.text, start + len(words)), QTextCursor.MoveMode.KeepAnchor)
    flow.view.letter.setTextCursor(cursor)


def test_review_and_build_the_booklet(qtbot: QtBot, trial_windows: Windows, tmp_path: Path) -> None:
    w = trial_windows
    sid = run_class(w.rt, letters=LETTERS)
    flow = open_screen(qtbot, w, sid)
    view = flow.view
    assert "Godkendt: 0 · Skjult: 0 · Venter: 3" in view.tally.text()
    assert not view.build_button.isEnabled()  # nothing approved yet

    choose(flow, "mads.jensen")
    assert "mads.jensen@example.com" in view.letter.toPlainText()
    assert view.glyphs.text() == "Skriften i hæftet kan ikke vise: 🙂"  # DejaVu Serif has none
    assert "Mulige personoplysninger: E-mailadresse »mads.jensen@example.com«" in view.flags.text()
    mark(flow, "mads.jensen@example.com")
    qtbot.mouseClick(view.redact_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(flow.current() and flow.current().spans), timeout=10_000)  # type: ignore[union-attr]
    letter = flow.current()
    assert letter is not None
    assert letter.printed.endswith(f"Skriv til mig på {MARK} hvis du er i tvivl.")
    assert "Ingen mulige personoplysninger fundet." in view.flags.text()
    qtbot.mouseClick(view.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.tally().approved == 1, timeout=10_000)

    choose(flow, "helst ikke")
    qtbot.mouseClick(view.hide_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.tally().hidden == 1, timeout=10_000)
    choose(flow, "Giv det tid")
    qtbot.mouseClick(view.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.tally().approved == 2, timeout=10_000)
    assert "Godkendt: 2 · Skjult: 1 · Venter: 0" in view.tally.text()
    assert view.build_button.isEnabled()

    view.title.setText("Til dig, der starter")
    out = tmp_path / "hæfte"  # no suffix: .pdf is added
    w.answers.saves.append(out)
    with qtbot.waitSignal(flow.sig_built, timeout=30_000):
        qtbot.mouseClick(view.build_button, Qt.MouseButton.LeftButton)
    saved = out.with_name("hæfte.pdf")
    assert w.answers.asked[-1] == ("tell", "Brevhæftet er gemt")
    assert str(saved) in w.answers.told[-1] and "2 breve" in w.answers.told[-1]
    text = " ".join(read.text(saved).split())
    assert "Til dig, der starter" in text
    assert f"Skriv til mig på {MARK} hvis du er i tvivl." in text
    assert "mads.jensen" not in text and "helst ikke" not in text and "Æ ø å." in text
    # the decisions are stored: a new screen shows them again
    assert w.rt.booklet.tally([sid]).approved == 2


def test_nothing_approved_or_nothing_chosen(
    qtbot: QtBot, trial_windows: Windows, tmp_path: Path
) -> None:
    w = trial_windows
    sid = run_class(w.rt, letters=LETTERS)
    flow = open_screen(qtbot, w, sid)
    w.answers.saves.append(tmp_path / "b.pdf")
    flow.build()  # the button is off; the controller still refuses in words
    qtbot.waitUntil(lambda: len(w.answers.told) == 1, timeout=30_000)
    assert "Intet brev er godkendt endnu" in w.answers.told[0] and "3 breve" in w.answers.told[0]
    assert not (tmp_path / "b.pdf").exists()
    flow.redact_selection()  # nothing marked
    assert "Markér de ord" in w.answers.told[-1]
    flow.tick(sid, ticked=False)
    qtbot.waitUntil(lambda: not flow.shown, timeout=10_000)
    assert "Sæt flueben" in flow.view.flags.text()
    assert not flow.view.approve_button.isEnabled() and not flow.view.build_button.isEnabled()


def test_a_hidden_letter_can_be_approved_again_and_decisions_show(
    qtbot: QtBot, trial_windows: Windows
) -> None:
    w = trial_windows
    sid = run_class(w.rt, letters=LETTERS)
    flow = open_screen(qtbot, w, sid)
    choose(flow, "Giv det tid")
    flow.hide()
    qtbot.waitUntil(lambda: flow.tally().hidden == 1, timeout=10_000)
    assert "skjult" in flow.view.letters.currentItem().text()
    flow.approve()
    qtbot.waitUntil(lambda: flow.tally().approved == 1, timeout=10_000)
    letter = flow.current()
    assert letter is not None and letter.decision is Decision.APPROVED


def test_qt_positions_and_python_indexes() -> None:
    text = "a🙂b æ"
    assert [to_qt(text, i) for i in range(len(text) + 1)] == [0, 1, 3, 4, 5, 6]
    assert [from_qt(text, p) for p in (0, 1, 3, 4, 5, 6)] == [0, 1, 2, 3, 4, 5]
    assert from_qt(text, 2) == 2  # inside the emoji: after it, never half of it


def test_no_letter_shows_until_the_counsellor_says_the_class_cannot_see(
    qtbot: QtBot, trial_windows: Windows
) -> None:
    w = trial_windows
    sid = run_class(w.rt, letters=LETTERS)
    w.window.refresh_start_view()
    past = w.window.start_view.past_sessions
    past.select(sid)
    assert w.window.shares_projector_screen
    w.answers.confirms.append(False)  # the default answer: no
    qtbot.mouseClick(past.booklet_button, Qt.MouseButton.LeftButton)
    flow = w.window.booklet_flow
    assert flow is not None and not flow.view.isVisible() and flow.shown == []
    assert w.answers.asked[-1] == ("risky", "Kan klassen se din skærm?")


def test_the_screen_closes_when_the_laptop_screen_may_go_on_the_projector(
    qtbot: QtBot, trial_windows: Windows
) -> None:
    w = trial_windows
    sid = run_class(w.rt, letters=LETTERS)
    w.window.set_screen_privacy(class_can_see=False, shares_projector_screen=False)
    w.window.refresh_start_view()
    w.window.start_view.past_sessions.select(sid)
    qtbot.mouseClick(w.window.start_view.past_sessions.booklet_button, Qt.MouseButton.LeftButton)
    flow = w.window.booklet_flow
    assert flow is not None and flow.view.isVisible()  # a private screen: no question
    assert not any(kind == "risky" for kind, _ in w.answers.asked)
    qtbot.waitUntil(lambda: len(flow.shown) == 3, timeout=10_000)
    flow.select(0)
    flow.approve()
    with qtbot.waitSignal(flow.sig_said):
        w.window.set_screen_privacy(class_can_see=False, shares_projector_screen=True)
    assert not flow.view.isVisible()
    assert w.rt.booklet.tally([sid]).approved == 1  # the decision stays
