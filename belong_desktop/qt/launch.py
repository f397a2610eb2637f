"""Start the Qt side: the application object, both windows, then the runtime, the player.

Called by ``app.py`` (the composition root) with a function that opens the runtime;
returns when the control window has closed. The control window is shown first, in its
quiet "opening" state, built from Qt and the core alone: the services and the store under
them (SQLAlchemy) are imported and the database opened on a worker thread once the window
has been painted, and then handed to the window (``ControlWindow.attach``), which fills in
the start screen. A database that cannot be opened is explained over that window rather
than in a traceback; a damaged file (not a database, or one ``quick_check`` finds damaged)
is never changed, and the window offers to copy it aside first. Once the runtime is open,
the server stack is imported in the background (the first session then starts at once)
and the start-up objects are frozen out of the garbage collector's reach
(``memory.freeze_start_up``); an uncaught error anywhere is logged and shown calmly
(``CrashNotice``). The windows are placed for the screens there are (``ScreenLayout``):
with one screen or a mirrored one the class never sees notes, the pack or the arm. Texts
due under the retention setting are deleted once, when the runtime is open, in the
background. Runs in the GUI thread, apart from the opener.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QWidget

from belong_desktop import paths
from belong_desktop.core.errors import BelongError
from belong_desktop.logs import install_crash_hook
from belong_desktop.media import create_player
from belong_desktop.memory import freeze_start_up
from belong_desktop.qt.bridge import EventBridge
from belong_desktop.qt.control_window import ControlWindow
from belong_desktop.qt.crash_notice import CrashNotice
from belong_desktop.qt.dialogs import Dialogs
from belong_desktop.qt.language import apply_language
from belong_desktop.qt.messages import describe
from belong_desktop.qt.projector_window import ProjectorWindow
from belong_desktop.qt.screen_layout import ScreenLayout
from belong_desktop.qt.screens import ScreenWatcher

if TYPE_CHECKING:  # imported on the opener's thread, after the first paint
    from belong_desktop.services.classroom import ClassroomHosting
    from belong_desktop.services.runtime import Runtime

#: After the runtime is open, so importing the server stack does not compete with it.
WARM_UP_AFTER_MS = 1000
#: If the window is never reported exposed (e.g. started minimised), open the runtime anyway.
OPEN_AT_THE_LATEST_MS = 1000
#: Opens the runtime into the stack that closes it; may raise a BelongError (StoreError).
RuntimeOpener = Callable[[ExitStack], "Runtime"]
HostFactory = Callable[["Runtime"], "ClassroomHosting"]


@dataclass(frozen=True)
class DemoPlan:
    pack: str
    speed: float
    language: str = "da"


class _AfterFirstPaint(QObject):
    """Calls ``then`` once, just after ``window`` is first exposed (and so painted), or
    after ``OPEN_AT_THE_LATEST_MS`` if that never comes. Watches the window's QWindow: the
    expose event goes there, and the widget paints while handling it."""

    def __init__(self, window: ControlWindow, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then: Callable[[], None] | None = then
        handle = window.windowHandle()
        if handle is not None:
            handle.installEventFilter(self)
        QTimer.singleShot(OPEN_AT_THE_LATEST_MS, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        exposed = isinstance(watched, QWindow) and watched.isExposed()
        if event.type() is QEvent.Type.Expose and exposed and self._then is not None:
            QTimer.singleShot(0, self, self._fire)  # after the paint the expose causes
        return False

    def _fire(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            then()


def run_windows(
    open_runtime: RuntimeOpener,
    out: TextIO,
    demo: DemoPlan | None = None,
    make_host: HostFactory | None = None,
    prewarm: Callable[[], object] | None = None,
    dialogs: Dialogs | None = None,
) -> int:
    """Show the windows, open the runtime behind them, and run until the window closes.

    ``dialogs`` (default: real message boxes) asks the counsellor, also why the database
    could not be opened; the result is 1 then.
    """
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName(paths.APP_NAME)
    refused: list[int] = []
    with ExitStack() as stack:
        projector = ProjectorWindow()
        window = ControlWindow.opening(projector, create_player, dialogs=dialogs)
        stack.callback(_delete_now, window, projector)  # last, after the runtime closed
        notice = CrashNotice(window)
        stack.callback(install_crash_hook(notice.report))
        # One screen or a mirrored one: the class sees no notes, pack or arm (screen_layout).
        layout = ScreenLayout(window, projector, ScreenWatcher(window))
        stack.callback(layout.close)
        layout.show_windows()

        def opened(rt: Runtime) -> None:
            if not window.isVisible():  # closed while opening: the stack closes rt
                return
            host = make_host(rt) if make_host is not None else None
            if host is not None:
                stack.callback(host.stop)
            bridge = EventBridge(rt.bus)
            stack.callback(bridge.close)
            # The counsellor's language before the start screen fills in; the windows
            # already shown retranslate (in the source language until now).
            apply_language(app, rt.preferences.gui_language())
            window.attach(
                rt.sessions,
                rt.catalog,
                bridge,
                classroom=rt.classroom,
                host=host,
                kits=rt.kits,
                review=rt.review,
                exports=rt.exports,
                booklet=rt.booklet,
                preferences=rt.preferences,
                appearance=rt.appearance,
            )
            layout.apply()  # the cover, if shown, now offers the packs and sessions
            # Texts past the retention setting go now, off the GUI thread; the status bar
            # says so.
            window.apply_retention()
            QTimer.singleShot(WARM_UP_AFTER_MS, warm_up)
            if demo is not None:
                _drive(window, rt, demo, out)

        def not_opened(error: BaseException) -> None:
            refused.append(1)
            if isinstance(error, BelongError):
                explain_refused_start(error, window.dialogs)
            else:  # logged by the task runner; said calmly, then the app ends
                window.dialogs.tell(_tr("Programmet kunne ikke starte"), describe(error))
            window.close()
            app.exit(1)  # also if another top-level window is still open

        def freeze(_outcome: object) -> None:
            freeze_start_up()

        def warm_up() -> None:
            # Import what the first session needs, then freeze what start-up left alive
            # (also when the import failed: it is logged).
            window.tasks.run(prewarm or (lambda: None), freeze, on_error=freeze)

        def open_now() -> None:
            window.tasks.run(lambda: open_runtime(stack), opened, on_error=not_opened)

        _AfterFirstPaint(window, open_now)
        status = app.exec()
        # Closing the window posted a quit that exit(1) overtook: left queued, it would end
        # whatever event loop runs next in this thread (a test's, in-process).
        QCoreApplication.removePostedEvents(app, QEvent.Type.Quit)
        return 1 if refused else status
    return 1  # pragma: no cover - ExitStack does not swallow exceptions


def _delete_now(*windows: QWidget) -> None:
    """Delete the windows here, while their Python parts are whole, not whenever the
    garbage collector reaches them (a window's objects hold each other: the dialogs and
    the crash notice refer back to it), perhaps during something else entirely."""
    for widget in windows:
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Launch", text)


def explain_refused_start(error: BelongError, dialogs: Dialogs) -> None:
    """Say why the database cannot be opened; for a damaged file, offer a copy first.

    The file itself is never changed: the copy only reads it (``copy_damaged``), and the
    counsellor is told where it went, or why it could not be made.
    """
    from belong_desktop.services.runtime import DAMAGED_DATABASE, copy_damaged

    title = _tr("Databasen kan ikke åbnes")
    said = describe(error)
    path, copy = error.params.get("path"), error.params.get("copy")
    if error.code not in DAMAGED_DATABASE or not path or not copy:
        dialogs.tell(title, said)
        return
    question = (
        said
        + "\n\n"
        + _tr(
            "Skal programmet lave en kopi af filen nu? Kopien gemmes ved siden af den som "
            "%1. Selve filen bliver ikke ændret."
        ).replace("%1", str(copy))
    )
    if not dialogs.confirm(title, question):
        return
    try:
        copies = copy_damaged(Path(str(path)), Path(str(copy)))
    except BelongError as failed:
        dialogs.tell(title, describe(failed))
        return
    dialogs.tell(
        title,
        _tr("Kopien er gemt:\n%1\n\nGem den et sikkert sted, før du gør noget andet.").replace(
            "%1", "\n".join(str(c) for c in copies)
        ),
    )


def _drive(window: ControlWindow, rt: Runtime, demo: DemoPlan, out: TextIO) -> None:
    from belong_desktop.qt.demo_driver import DemoDriver
    from belong_desktop.services.rehearsal import print_step_log

    driver = DemoDriver(window, demo.pack, demo.speed, demo.language)

    def finished(session_id: str) -> None:
        if session_id:
            print_step_log(rt, session_id, out, demo.speed)
        QTimer.singleShot(500, window.close)

    driver.sig_done.connect(finished)
    QTimer.singleShot(0, driver.start)
