"""The past sessions' "Rapport …" button through the real windows: it asks where to save
(the injected dialog, a name from the group and day in the export folder), writes the
report off the GUI thread, says where it went; a place that cannot be written is explained
and a cancelled question writes nothing. Real store, a real class run through the runtime.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from belong_desktop.core.session import SessionState
from belong_desktop.qt.report_controller import ReportController
from tests import pdf_support as read
from tests.class_factory import REFLECTIONS, run_class

from .conftest import Windows


def click_report(qtbot: QtBot, w: Windows, sid: str) -> ReportController:
    past = w.window.start_view.past_sessions
    past.select(sid)
    assert past.report_button.isVisible() and past.report_button.isEnabled()
    assert past.report_button.text() == "Rapport …"
    qtbot.mouseClick(past.report_button, Qt.MouseButton.LeftButton)
    flow = w.window.report_flow
    assert flow is not None
    return flow


def test_the_report_is_saved_where_the_counsellor_chose(
    qtbot: QtBot, trial_windows: Windows, tmp_path: Path
) -> None:
    w = trial_windows
    sid = run_class(w.rt, group="DAT1-A")
    w.window.refresh_start_view()
    out = tmp_path / "min rapport"  # no suffix typed: .pdf is added
    w.answers.saves.append(out)
    flow = click_report(qtbot, w, sid)
    qtbot.waitUntil(lambda: not flow.busy(), timeout=20_000)

    assert w.answers.asked == [("save", "Gem sessionsrapporten")]
    suggested = w.answers.suggested[0]
    assert suggested.parent == tmp_path / "default-export"
    assert suggested.name.startswith("sessionsrapport-DAT1-A-") and suggested.suffix == ".pdf"
    written = tmp_path / "min rapport.pdf"
    assert written.is_file()
    assert w.window.statusBar().currentMessage() == f"Sessionsrapporten er gemt: {written}"
    text = " ".join(read.text(written).split())
    assert "Sessionsrapport" in text and "Enheder med 3" in text
    assert not any(r[:30] in text for r in REFLECTIONS)


def test_a_place_that_cannot_be_written_is_explained(
    qtbot: QtBot, trial_windows: Windows, tmp_path: Path
) -> None:
    w = trial_windows
    sid = run_class(w.rt)
    w.window.refresh_start_view()
    w.answers.saves.append(tmp_path / "no-such-folder" / "r.pdf")
    flow = click_report(qtbot, w, sid)
    qtbot.waitUntil(lambda: bool(w.answers.told), timeout=20_000)
    assert w.answers.asked[-1] == ("tell", "Rapporten blev ikke lavet")
    assert w.answers.told == ["Mappen findes ikke. Vælg en anden mappe, og prøv igen."]
    assert not flow.busy()

    w.answers.saves.append(Path("/proc/rapport.pdf"))  # nobody creates files there
    click_report(qtbot, w, sid)
    qtbot.waitUntil(lambda: len(w.answers.told) == 2, timeout=20_000)
    assert w.answers.told[1].startswith("Filen /proc/rapport.pdf kunne ikke skrives")


def test_cancelling_the_question_writes_nothing(
    qtbot: QtBot, trial_windows: Windows, tmp_path: Path
) -> None:
    w = trial_windows
    sid = run_class(w.rt)
    w.window.refresh_start_view()
    w.answers.saves.append(None)
    flow = click_report(qtbot, w, sid)
    assert not flow.busy()
    assert w.window.statusBar().currentMessage().startswith("Rapporten er ikke lavet")
    assert not (tmp_path / "default-export").exists() or not any(
        (tmp_path / "default-export").iterdir()
    )


def test_the_button_needs_a_session_that_started(qtbot: QtBot, trial_windows: Windows) -> None:
    w = trial_windows
    rt = w.rt
    empty = rt.sessions.create(rt.catalog.resolve("belonging"), "X-1", "da")
    rt.sessions.start(empty)
    rt.sessions.end(empty)
    never = rt.sessions.create(rt.catalog.resolve("belonging"), "X-2", "da")
    # a session ended before it started (its pack went missing): listed, nothing to report
    unstarted = replace(rt.sessions.record(never), state=SessionState.ENDED)
    past = w.window.start_view.past_sessions
    past.set_sessions([rt.sessions.record(empty), unstarted])
    past.select(empty)
    assert past.report_button.isEnabled()  # started and ended at once: an empty session
    past.select(never)
    assert past.selected() == unstarted and not past.report_button.isEnabled()
