"""A past session's way out through the windows: review the flagged texts, export a real
bundle to a folder, delete the texts; and student text is never shown where the class
may see it. Real store, a real class run through the runtime, the real ministry key.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from pytestqt.qtbot import QtBot

from belong_desktop.core.bundle import read_zip
from belong_desktop.core.kit import recipient_fingerprint
from belong_desktop.core.personal_data import PiiKind, find_personal_data
from belong_desktop.core.records import TrialPlacement
from belong_desktop.core.screens import Layout, Screen, ScreenSetup, SetupKind
from belong_desktop.core.session import SessionState
from belong_desktop.qt.review_dialog import ReviewDialog
from belong_desktop.qt.review_view import ReviewView
from belong_desktop.qt.screen_layout import ScreenLayout
from belong_desktop.qt.screens import ScreenWatcher
from belong_desktop.services import crypto
from belong_desktop.services.runtime import Runtime
from tests.class_factory import REFLECTIONS, run_class

from .conftest import Windows, close_windows, open_windows
from .kit_helpers import TRIAL

LONG_LETTER = (
    "Kære nye studerende. Jeg hedder Sofie og startede på Datalogi sidste år, og den første "
    "uge var svær. Hvis du vil snakke, så skriv til sofie.hansen@example.dk eller ring på "
    "22 33 44 55. Jeg bor på Nørrebrogade 12, så du kan også bare komme forbi. Min ven "
    "Jonas siger det samme. Hilsen Sofie"
)
LETTERS = (
    LONG_LETTER,
    "Giv det tid, det bliver bedre. Spørg om hjælp i studiecaféen.",
    "Skriv til mig på mads.jensen@example.com hvis du er i tvivl.",
)
PLACED = TrialPlacement("kit", TRIAL, "DTU", "Datalogi")


def flagged_words() -> list[str]:
    return [
        text[f.start : f.end] for text in (*REFLECTIONS, *LETTERS) for f in find_personal_data(text)
    ]


@pytest.fixture
def ended(trial_windows: Windows, kit_file: Path) -> tuple[Windows, str]:
    """The kit imported and a whole class run and ended, its texts holding personal data."""
    w = trial_windows
    w.rt.kits.import_kit(kit_file)
    sid = run_class(w.rt, letters=LETTERS, placement=PLACED)
    w.window.refresh_start_view()
    return w, sid


def begin(qtbot: QtBot, w: Windows, sid: str) -> None:
    past = w.window.start_view.past_sessions
    past.select(sid)
    assert past.export_button.isEnabled() and past.export_button.text().startswith("Gennemse")
    qtbot.mouseClick(past.export_button, Qt.MouseButton.LeftButton)


def review_dialog(qtbot: QtBot, w: Windows) -> ReviewDialog:
    flow = w.window.export_flow
    assert flow is not None
    qtbot.waitUntil(lambda: flow.review_dialog is not None, timeout=10_000)
    assert flow.review_dialog is not None and flow.review_dialog.isVisible()
    return flow.review_dialog


def bold_spans(view: ReviewView) -> list[str]:
    """The words shown in bold: the flag being decided, nothing else."""
    document = view.text.document()
    spans: list[str] = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().fontWeight() >= QFont.Weight.Bold.value:
                spans.append(fragment.text())
            it += 1
        block = block.next()
    return spans


def decide_all(qtbot: QtBot, dialog: ReviewDialog) -> tuple[int, int]:
    """Hide every name, keep everything else, by keyboard. Returns (hidden, kept)."""
    hidden = kept = 0
    while (current := dialog.current_flag()) is not None:
        _, flag = current
        key = Qt.Key.Key_S if flag.kind is PiiKind.NAME else Qt.Key.Key_B
        qtbot.keyClick(dialog, key)
        hidden, kept = (hidden + 1, kept) if key is Qt.Key.Key_S else (hidden, kept + 1)
    return hidden, kept


def test_review_shows_each_flag_marked_and_the_keys_hide_or_keep(
    qtbot: QtBot, ended: tuple[Windows, str]
) -> None:
    w, sid = ended
    total = w.rt.review.open_flag_count(sid)
    assert total == len(flagged_words()) == 7
    begin(qtbot, w, sid)
    dialog = review_dialog(qtbot, w)
    # Nobody said yet that the class cannot see this screen: no student word is shown.
    assert dialog.view.page() == ReviewView.PAGE_GUARD
    assert not [word for word in flagged_words() if word in dialog.visible_text()]
    assert dialog.view.text.toPlainText() == ""
    qtbot.mouseClick(dialog.view.guard_button, Qt.MouseButton.LeftButton)

    view = dialog.view
    assert view.progress_label.text() == f"1 af {total}"
    current = dialog.current_flag()
    assert current is not None
    text, flag = current
    assert text == LONG_LETTER and (flag.kind, text[flag.start : flag.end]) == (
        PiiKind.NAME,
        "Sofie",
    )
    assert view.text.toPlainText() == text
    assert view.kind.text() == "Muligt navn: »Sofie«"
    assert view.where.text() == "Brev fra deltager p001"
    assert view.redact_button.text() == "Skjul (→ [navn])" and view.keep_button.text() == "Behold"
    assert view.text.textCursor().position() == flag.end  # scrolled to the marked words
    assert bold_spans(view) == ["Sofie"]

    w.answers.folders.append(None)  # the folder question comes after the review: cancelled
    left: list[str] = []  # what the text field holds as the dialog closes
    dialog.finished.connect(lambda _result: left.append(dialog.view.text.toPlainText()))
    qtbot.keyClick(dialog, Qt.Key.Key_S)
    assert view.progress_label.text() == f"2 af {total}"
    current = dialog.current_flag()
    assert current is not None and current[0].startswith("Kære nye studerende. Jeg hedder [navn]")
    assert current[0][current[1].start : current[1].end] == "sofie.hansen@example.dk"
    assert view.kind.text() == "E-mailadresse: »sofie.hansen@example.dk«"
    # Only the flags are marked in the new text; the last mark's format is not carried over.
    assert bold_spans(view) == ["sofie.hansen@example.dk"]
    hidden, kept = decide_all(qtbot, dialog)
    assert (hidden + 1, kept) == (3, 4)
    assert not w.projector.blacked_out()  # B kept a flag; the window's B did nothing
    flow = w.window.export_flow
    assert flow is not None
    qtbot.waitUntil(lambda: not flow.busy(), timeout=10_000)
    assert flow.review_dialog is None and left == [""]  # no student text lingers
    assert w.rt.review.items(sid) == []  # nothing open: every flag was decided
    assert "ikke lavet" in w.window.statusBar().currentMessage()
    assert w.rt.sessions.record(sid).state is SessionState.ENDED


def test_export_writes_a_bundle_the_ministry_opens_with_the_redactions_counted(
    qtbot: QtBot, ended: tuple[Windows, str], keys: tuple[Path, str], tmp_path: Path
) -> None:
    w, sid = ended
    identity, recipient = keys
    out = tmp_path / "usb-stick"
    w.answers.folders.append(out)
    w.answers.confirms.append(False)  # keep the texts for now
    begin(qtbot, w, sid)
    dialog = review_dialog(qtbot, w)
    dialog.reveal()
    decide_all(qtbot, dialog)

    flow = w.window.export_flow
    assert flow is not None
    qtbot.waitUntil(lambda: flow.result_dialog is not None, timeout=10_000)
    assert ("folder", "Vælg mappen til eksporten") in w.answers.asked
    result = flow.last_result
    assert result is not None and result.path.parent == out
    shown = flow.result_dialog
    assert shown is not None and shown.isVisible()
    assert shown.file_name.text() == result.path.name and shown.folder.text() == str(out)
    fingerprint = recipient_fingerprint(recipient)
    assert shown.fingerprint.text() == fingerprint.replace("-", "  ")
    assert "3 personoplysninger skjult" in shown.contents.text()
    assert "3 enheder, 5 sendte tekster, 1 ikke sendt" in shown.contents.text()
    opened: list[Path] = []
    flow.open_folder = opened.append
    qtbot.mouseClick(shown.show_folder_button, Qt.MouseButton.LeftButton)
    assert opened == [out]
    qtbot.mouseClick(shown.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.session_id is None)
    assert ("risky", "Slet tekster fra denne computer") in w.answers.asked

    contents = read_zip(crypto.decrypt(result.path.read_bytes(), crypto.load_identities(identity)))
    manifest = contents.manifest
    assert (manifest["trial_id"], manifest["arm_source"], manifest["sequence"]) == (TRIAL, "kit", 1)
    assert manifest["redactions"] == {"total": 3, "by_kind": {"name": 3}}
    assert manifest["counts"]["devices"] == 3 and manifest["counts"]["texts_sent"] == 5
    assert manifest["recipient_fingerprint"] == fingerprint
    texts = " ".join(row["text"] for row in contents.tables["responses"])
    assert "Sofie" not in texts and "Jonas" not in texts and "[navn]" in texts
    assert "sofie.hansen@example.dk" in texts and "Nørrebrogade 12" in texts  # kept
    record = w.rt.sessions.record(sid)
    assert record.state is SessionState.EXPORTED and record.texts_deleted_at is None
    past = w.window.start_view.past_sessions
    row = next(r for r in range(past.table.rowCount()) if past.table.item(r, 0).text() == "DAT1-A")
    # The date as Danish writes it (dd.mm.yyyy), not ISO: the locale of the windows.
    assert re.match(r"Eksporteret \d\d\.\d\d\.20\d\d", past.table.item(row, 2).text())
    assert "Eksporteret:" in w.window.statusBar().currentMessage()


def test_after_an_export_the_texts_can_be_deleted_and_the_receipt_stays(
    qtbot: QtBot, ended: tuple[Windows, str], tmp_path: Path
) -> None:
    w, sid = ended
    for item in w.rt.review.items(sid):
        for flag in item.flags:
            w.rt.review.dismiss(sid, item.answer_id, flag)
    past = w.window.start_view.past_sessions
    past.select(sid)
    assert not past.delete_button.isEnabled()  # not exported yet
    w.answers.folders.append(tmp_path / "out")
    w.answers.confirms.append(True)  # yes: delete the texts now
    begin(qtbot, w, sid)  # nothing to review: straight to the folder
    flow = w.window.export_flow
    assert flow is not None
    qtbot.waitUntil(lambda: flow.result_dialog is not None, timeout=10_000)
    assert flow.review_dialog is None
    flow.result_dialog.accept()
    qtbot.waitUntil(lambda: w.rt.sessions.record(sid).texts_deleted_at is not None, timeout=10_000)
    assert all(not a.text for a in w.rt.review.items(sid)) and w.rt.review.items(sid) == []
    assert len(w.rt.exports.receipts(sid)) == 1
    qtbot.waitUntil(lambda: "tekster slettet" in past.table.item(0, 2).text())
    past.select(sid)
    assert not past.delete_button.isEnabled()
    qtbot.waitUntil(lambda: "Teksterne er slettet" in w.window.statusBar().currentMessage())


def test_delete_texts_from_the_list_asks_and_no_leaves_them(
    qtbot: QtBot, ended: tuple[Windows, str], keys: tuple[Path, str], tmp_path: Path
) -> None:
    w, sid = ended
    w.rt.exports.export(sid, tmp_path / "out", skip_review=True)
    w.window.refresh_start_view()
    past = w.window.start_view.past_sessions
    past.select(sid)
    assert past.delete_button.isEnabled()
    w.answers.confirms.append(False)
    qtbot.mouseClick(past.delete_button, Qt.MouseButton.LeftButton)
    assert w.rt.sessions.record(sid).texts_deleted_at is None
    w.answers.confirms.append(True)
    qtbot.mouseClick(past.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.rt.sessions.record(sid).texts_deleted_at is not None, timeout=10_000)


def test_without_a_kit_the_export_says_so_and_opens_the_settings(
    qtbot: QtBot, trial_windows: Windows
) -> None:
    w = trial_windows
    sid = run_class(w.rt, letters=LETTERS)
    w.window.refresh_start_view()
    begin(qtbot, w, sid)
    assert w.answers.asked == [("tell", "Intet kit fra ministeriet")]
    assert "Indlæs kittet under Indstillinger" in w.answers.told[0]
    assert w.window.showing_settings()
    assert w.rt.sessions.record(sid).state is SessionState.ENDED


def test_a_folder_that_cannot_be_written_is_explained_and_nothing_is_exported(
    qtbot: QtBot, ended: tuple[Windows, str], tmp_path: Path
) -> None:
    w, sid = ended
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    w.answers.folders.append(blocked / "inside")
    begin(qtbot, w, sid)
    dialog = review_dialog(qtbot, w)
    dialog.reveal()
    decide_all(qtbot, dialog)
    qtbot.waitUntil(lambda: bool(w.answers.told), timeout=10_000)
    assert w.answers.told[0].startswith(f"Filen kunne ikke skrives i mappen {blocked / 'inside'}")
    assert w.rt.sessions.record(sid).state is SessionState.ENDED
    assert w.window.export_flow is not None and not w.window.export_flow.busy()


def test_stopping_the_review_keeps_the_decisions_and_exports_nothing(
    qtbot: QtBot, ended: tuple[Windows, str]
) -> None:
    w, sid = ended
    begin(qtbot, w, sid)
    dialog = review_dialog(qtbot, w)
    dialog.reveal()
    qtbot.keyClick(dialog, Qt.Key.Key_B)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert w.rt.review.open_flag_count(sid) == 6
    assert w.rt.sessions.record(sid).state is SessionState.ENDED
    assert "Eksporten venter" in w.window.statusBar().currentMessage()


# -- the projector's screen: student text only where the class cannot see it --------------


SEPARATE = ScreenSetup(
    SetupKind.SEPARATE,
    Screen("laptop", 0, 0, 1366, 768, primary=True),
    Screen("HDMI-1", 1366, 0, 1280, 720),
    (Screen("laptop", 0, 0, 1366, 768, primary=True),),
)


@pytest.fixture
def laid_out(
    qtbot: QtBot, trial_rt: Runtime, kit_file: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Windows, ScreenLayout, ScreenWatcher, str]]:
    monkeypatch.setenv("BELONG_VIDEO_BACKEND", "qt")
    trial_rt.kits.import_kit(kit_file)
    sid = run_class(trial_rt, letters=LETTERS, placement=PLACED)
    w = open_windows(trial_rt)
    watcher = ScreenWatcher(w.window)
    layout = ScreenLayout(w.window, w.projector, watcher)
    layout.show_windows()
    yield w, layout, watcher, sid
    layout.close()
    close_windows(w)


def test_on_one_screen_the_texts_wait_behind_the_guard(
    qtbot: QtBot, laid_out: tuple[Windows, ScreenLayout, ScreenWatcher, str]
) -> None:
    w, layout, _watcher, sid = laid_out
    assert layout.layout is Layout.SHARED and w.window.class_can_see
    assert layout.want(Layout.PRIVATE) is Layout.PRIVATE  # the desk: the full window
    assert w.window.shares_projector_screen and not w.window.class_can_see
    w.window.refresh_start_view()
    begin(qtbot, w, sid)
    dialog = review_dialog(qtbot, w)
    assert dialog.view.page() == ReviewView.PAGE_GUARD
    assert "Sluk projektoren" in dialog.visible_text()
    assert not [word for word in flagged_words() if word in dialog.visible_text()]
    assert not w.projector.isVisible() or not [
        word for word in flagged_words() if word in w.projector.visible_text()
    ]
    # Enter (a habit after the last dialog) does not show the texts; only the button does.
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.view.page() == ReviewView.PAGE_GUARD
    dialog.reject()


def test_with_a_separate_projector_the_texts_show_at_once_until_the_screens_change(
    qtbot: QtBot, laid_out: tuple[Windows, ScreenLayout, ScreenWatcher, str]
) -> None:
    w, layout, watcher, sid = laid_out
    watcher.sig_changed.emit(SEPARATE)
    assert layout.layout is Layout.PRESENTER and not w.window.shares_projector_screen
    w.window.refresh_start_view()
    begin(qtbot, w, sid)
    dialog = review_dialog(qtbot, w)
    assert dialog.view.page() == ReviewView.PAGE_REVIEW
    text, _ = dialog.current_flag() or ("", None)
    assert dialog.view.text.toPlainText() == text != ""
    assert not [word for word in flagged_words() if word in w.projector.visible_text()]

    # Mirroring switched on mid-review: the texts go, the guard comes back.
    mirrored = ScreenSetup(SetupKind.MIRRORED, SEPARATE.control, SEPARATE.control)
    watcher.sig_changed.emit(mirrored)
    assert w.window.shares_projector_screen
    assert dialog.view.page() == ReviewView.PAGE_GUARD and dialog.view.text.toPlainText() == ""
    assert not [word for word in flagged_words() if word in dialog.visible_text()]
    dialog.reject()
