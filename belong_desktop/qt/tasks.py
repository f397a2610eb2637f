"""Slow work off the GUI thread, its result back on the GUI thread, and a busy indicator.

Starting the student page (importing the server stack, binding a port), and later
exports, PDFs and video checks, take from half a second to minutes: done in a click
handler they freeze the windows in front of the class. ``TaskRunner.run`` hands the work
to a thread pool and calls ``on_done`` (or ``on_error``) in the GUI thread once it
finished; while labelled work runs, ``sig_busy`` tells the ``BusyIndicator`` what to say.
A failure never dies silently: it goes to the task's ``on_error``, or else out as
``sig_failed``; anything but a ``BelongError`` is logged with its traceback first. (The
runner keeps no callback of its owner's beyond a task's lifetime: a Python reference
cycle through a window would let the garbage collector delete the window's C++ side from
whatever thread it runs on, leaving its timers dangling.) ``inline=True`` runs the work
at once on the calling thread, for tests of other parts that want one step at a time.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from belong_desktop.core.errors import BelongError

log = logging.getLogger(__name__)

ErrorHandler = Callable[[BaseException], None]


@dataclass
class _Pending:
    label: str
    on_done: Callable[[Any], None]
    on_error: ErrorHandler | None


class _Relay(QObject):
    """Lives in the GUI thread: emitting from a pool thread queues the delivery."""

    sig_finished = Signal(int, object, object)  # task id, result, error


class _Job(QRunnable):
    def __init__(self, task_id: int, work: Callable[[], object], relay: _Relay) -> None:
        super().__init__()
        self._task_id, self._work, self._relay = task_id, work, relay

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as error:  # delivered to the GUI thread, never lost here
            self._relay.sig_finished.emit(self._task_id, None, error)
        else:
            self._relay.sig_finished.emit(self._task_id, result, None)


class TaskRunner(QObject):
    sig_busy = Signal(str)  # what is running (the newest label), or "" when idle
    sig_failed = Signal(object)  # an exception no task-level handler took

    def __init__(self, parent: QObject | None = None, *, inline: bool = False) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._relay = _Relay(self)
        self._relay.sig_finished.connect(
            self._on_relay_finished, Qt.ConnectionType.QueuedConnection
        )
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._inline = inline

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        *,
        label: str = "",
        on_error: ErrorHandler | None = None,
    ) -> None:
        """Run ``work`` off the GUI thread; ``label`` (if any) is shown while it runs."""
        task_id = next(self._ids)
        self._pending[task_id] = _Pending(label, on_done, on_error)
        self._announce()
        if self._inline:
            try:
                result = work()
            except BaseException as error:
                self._finish(task_id, None, error)
            else:
                self._finish(task_id, result, None)
            return
        self._pool.start(_Job(task_id, work, self._relay))

    def busy(self) -> bool:
        return bool(self._pending)

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until the running work is finished (at shutdown); True if it did."""
        return self._pool.waitForDone(timeout_ms)

    def _on_relay_finished(self, task_id: int, result: object, error: object) -> None:
        self._finish(task_id, result, error if isinstance(error, BaseException) else None)

    def _finish(self, task_id: int, result: object, error: BaseException | None) -> None:
        pending = self._pending.pop(task_id, None)
        self._announce()
        if pending is None:
            return
        if error is None:
            pending.on_done(result)
            return
        if not isinstance(error, BelongError):
            log.error(
                "background task %r failed",
                pending.label or task_id,
                exc_info=(type(error), error, error.__traceback__),
            )
        if pending.on_error is not None:
            pending.on_error(error)
        else:
            self.sig_failed.emit(error)

    def _announce(self) -> None:
        labels = [p.label for p in self._pending.values() if p.label]
        self.sig_busy.emit(labels[-1] if labels else "")


class BusyIndicator(QWidget):
    """A quiet 'working…' line with an endless progress bar; hidden when idle."""

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # busy, not a percentage: the work does not report one
        self.bar.setMaximumWidth(160)
        self.bar.setTextVisible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.label, 1)
        tasks.sig_busy.connect(self._on_tasks_busy)
        self.hide()

    def _on_tasks_busy(self, label: str) -> None:
        self.label.setText(label)
        self.setVisible(bool(label))
