"""TaskRunner: slow work runs off the GUI thread and its outcome comes back on it."""

from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from belong_desktop.core.errors import BelongError
from belong_desktop.qt.tasks import BusyIndicator, TaskRunner


def test_work_runs_off_the_gui_thread_and_the_result_comes_back_on_it(qtbot: QtBot) -> None:
    tasks = TaskRunner()
    gui = threading.get_ident()
    worked_on: list[int] = []
    done: list[tuple[int, int]] = []

    def work() -> int:
        worked_on.append(threading.get_ident())
        return 42

    tasks.run(work, lambda result: done.append((result, threading.get_ident())))
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert worked_on and worked_on[0] != gui
    assert done == [(42, gui)]
    assert not tasks.busy()


def test_the_gui_stays_live_while_the_work_runs(qtbot: QtBot) -> None:
    """The work finishes only when a GUI-thread timer fires: a blocked GUI would hang it."""
    tasks = TaskRunner()
    release = threading.Event()
    done: list[object] = []
    tasks.run(lambda: release.wait(10), done.append, label="Arbejder …")
    assert tasks.busy()
    QTimer.singleShot(50, release.set)  # runs only if the GUI thread's loop is free
    qtbot.waitUntil(lambda: done == [True], timeout=5000)
    assert not tasks.busy()


def test_the_indicator_shows_the_label_while_labelled_work_runs(qtbot: QtBot) -> None:
    tasks = TaskRunner()
    holder = QWidget()  # as in the status bar: shown with its window, hidden when idle
    qtbot.addWidget(holder)
    indicator = BusyIndicator(tasks, holder)
    holder.show()
    assert indicator.isHidden()  # idle: nothing to say
    release = threading.Event()
    done: list[object] = []
    with qtbot.waitSignal(tasks.sig_busy, timeout=1000) as busy:
        tasks.run(lambda: release.wait(10), done.append, label="Starter siden …")
    assert busy.args == ["Starter siden …"]
    assert indicator.isVisible() and indicator.label.text() == "Starter siden …"
    tasks.run(lambda: None, done.append)  # unlabelled work does not change what is said
    qtbot.waitUntil(lambda: len(done) == 1, timeout=5000)
    assert indicator.label.text() == "Starter siden …"
    release.set()
    qtbot.waitUntil(indicator.isHidden, timeout=5000)
    assert len(done) == 2


def test_a_refusal_goes_to_the_tasks_handler(qtbot: QtBot) -> None:
    tasks = TaskRunner()
    errors: list[BaseException] = []

    def refuse() -> None:
        raise BelongError("port taken", code="port_taken")

    tasks.run(refuse, lambda _r: pytest.fail("no result expected"), on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], BelongError) and errors[0].code == "port_taken"


def test_a_bug_in_the_work_is_logged_with_its_traceback_and_never_lost(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    tasks = TaskRunner()

    def buggy() -> None:
        raise ZeroDivisionError("a bug in the work")

    with caplog.at_level(logging.ERROR), qtbot.waitSignal(tasks.sig_failed, timeout=5000) as s:
        tasks.run(buggy, lambda _r: None, label="Eksporterer")
    assert isinstance(s.args[0], ZeroDivisionError)
    record = next(r for r in caplog.records if "background task" in r.getMessage())
    assert "Eksporterer" in record.getMessage()
    assert record.exc_info is not None and record.exc_info[0] is ZeroDivisionError


def test_inline_mode_runs_at_once_on_the_calling_thread() -> None:
    tasks = TaskRunner(inline=True)
    seen: list[object] = []
    tasks.run(lambda: threading.get_ident(), seen.append)
    tasks.run(lambda: 1 / 0, seen.append, on_error=seen.append)
    assert seen[0] == threading.get_ident()
    assert isinstance(seen[1], ZeroDivisionError)
    assert not tasks.busy()


def test_wait_returns_once_the_running_work_is_done(qtbot: QtBot) -> None:
    tasks = TaskRunner()
    finished = threading.Event()
    tasks.run(lambda: finished.wait(0.2) or finished.set(), lambda _r: None)
    assert tasks.wait(5000)
    assert finished.is_set()
