"""Start the Qt side: the application object, the bridge, both windows, the player.

Called by ``app.py`` (the composition root) with a function that opens the runtime;
returns when the control window has closed. The application object exists before the
database is opened, so a database that cannot be opened is explained in a window rather
than a traceback; a damaged file (not a database, or one ``quick_check`` finds damaged)
is never changed, and the window offers to copy it aside first. Once the windows are up,
the server stack is imported in the background (the first session then starts at once)
and the start-up objects are frozen out of the garbage collector's reach
(``memory.freeze_start_up``); an uncaught error anywhere is logged and shown calmly
(``CrashNotice``). The windows are placed for the screens there are (``ScreenLayout``):
with one screen or a mirrored one the class never sees notes, the pack or the arm. Texts
due under the retention setting are deleted once, at start-up, in the background.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from belong_desktop import paths
from belong_desktop.core.errors import BelongError
from belong_desktop.logs import install_crash_hook
from belong_desktop.media import create_player
from belong_desktop.memory import freeze_start_up
from belong_desktop.qt.bridge import EventBridge
from belong_desktop.qt.control_window import ControlWindow
from belong_desktop.qt.crash_notice import CrashNotice
from belong_desktop.qt.demo_driver import DemoDriver
from belong_desktop.qt.dialogs import Dialogs, qt_dialogs
from belong_desktop.qt.messages import describe
from belong_desktop.qt.projector_window import ProjectorWindow
from belong_desktop.qt.screen_layout import ScreenLayout
from belong_desktop.qt.screens import ScreenWatcher
from belong_desktop.services.classroom import ClassroomHosting
from belong_desktop.services.rehearsal import print_step_log
from belong_desktop.services.runtime import DAMAGED_DATABASE, Runtime, copy_damaged

#: After the first paint, so importing the server stack does not compete with it.
WARM_UP_AFTER_MS = 1000
#: Opens the runtime into the stack that closes it; may raise a BelongError (StoreError).
RuntimeOpener = Callable[[ExitStack], Runtime]
HostFactory = Callable[[Runtime], ClassroomHosting]


@dataclass(frozen=True)
class DemoPlan:
    pack: str
    speed: float
    language: str = "da"


def run_windows(
    open_runtime: RuntimeOpener,
    out: TextIO,
    demo: DemoPlan | None = None,
    make_host: HostFactory | None = None,
    prewarm: Callable[[], object] | None = None,
    dialogs: Dialogs | None = None,
) -> int:
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName(paths.APP_NAME)
    with ExitStack() as stack:
        try:
            rt = open_runtime(stack)
        except BelongError as error:
            explain_refused_start(error, dialogs or qt_dialogs(None))
            return 1
        host = make_host(rt) if make_host is not None else None
        bridge = EventBridge(rt.bus)
        stack.callback(bridge.close)
        projector = ProjectorWindow()
        window = ControlWindow(
            rt.sessions,
            rt.catalog,
            bridge,
            projector,
            create_player,
            classroom=rt.classroom,
            host=host,
            kits=rt.kits,
            review=rt.review,
            exports=rt.exports,
        )
        notice = CrashNotice(window)
        stack.callback(install_crash_hook(notice.report))
        if host is not None:
            stack.callback(host.stop)
        # One screen or a mirrored one: the class sees no notes, pack or arm (screen_layout).
        layout = ScreenLayout(window, projector, ScreenWatcher(window))
        stack.callback(layout.close)
        layout.show_windows()
        # Texts past the retention setting go now, off the GUI thread; the status bar says so.
        window.apply_retention()

        def freeze(_outcome: object) -> None:
            freeze_start_up()

        def warm_up() -> None:
            # After the first paint: import what the first session needs, then freeze
            # what start-up left alive (also when the import failed: it is logged).
            window.tasks.run(prewarm or (lambda: None), freeze, on_error=freeze)

        QTimer.singleShot(WARM_UP_AFTER_MS, warm_up)
        if demo is not None:
            _drive(window, rt, demo, out)
        return app.exec()
    return 1  # pragma: no cover - ExitStack does not swallow exceptions


def _tr(text: str) -> str:
    return QCoreApplication.translate("Launch", text)


def explain_refused_start(error: BelongError, dialogs: Dialogs) -> None:
    """Say why the database cannot be opened; for a damaged file, offer a copy first.

    The file itself is never changed: the copy only reads it (``copy_damaged``), and the
    counsellor is told where it went, or why it could not be made.
    """
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
    driver = DemoDriver(window, demo.pack, demo.speed, demo.language)

    def finished(session_id: str) -> None:
        if session_id:
            print_step_log(rt, session_id, out, demo.speed)
        QTimer.singleShot(500, window.close)

    driver.sig_done.connect(finished)
    QTimer.singleShot(0, driver.start)
