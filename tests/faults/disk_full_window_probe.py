"""The control window on a disk that fills up: what the counsellor reads, and what is kept.

Run by ``test_disk_full.py`` inside its own mount namespace with the data folder on a
small tmpfs (offscreen Qt), so the disk is really full and no mount outlives the run.
Both windows are built as the app builds them (``tests/qt/conftest.open_windows``, with
scripted dialogs); a session runs a few steps, the disk is filled, and the counsellor
presses next, writes a note and ends the session; then space comes back and the same
actions go through; a new session on a full disk is refused on the start screen. Prints
one JSON line of what was said and stored.
"""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import sys
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from belong_desktop.services.runtime import open_runtime
from tests.qt.conftest import close_windows, open_windows


def fill(folder: Path) -> Path:
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        for size in (1 << 16, 1 << 12, 1 << 9):
            while True:
                try:
                    os.write(fd, b"\0" * size)
                except OSError as exc:
                    if exc.errno != errno.ENOSPC:
                        raise
                    break
    finally:
        os.close(fd)
    return filler


def main() -> None:
    data, packs = Path(sys.argv[1]), Path(sys.argv[2])
    database = data / "belong.sqlite3"
    app = QApplication.instance() or QApplication([sys.argv[0]])
    out: dict[str, Any] = {}
    with open_runtime(database, [packs]) as rt:
        windows = open_windows(rt)
        window = windows.window
        try:
            sid = window.start_new("belonging", "DAT1-A", "da")
            assert sid is not None
            for _ in range(2):
                window.go_next()
            app.processEvents()
            before = rt.sessions.flow(sid)

            with sqlite3.connect(database) as con:  # the log emptied: no slack left in it
                con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            filler = fill(data)

            window.go_next()
            out["next"] = window.run_view.note_status.text()
            window.run_view.note_input.setText("Disken er fuld")
            window.add_note()
            out["note"] = window.run_view.note_status.text()
            out["note_kept_in_field"] = window.run_view.note_input.text()
            out["end_returned"] = window.end_session("Slut", ask=False)
            out["end"] = window.run_view.note_status.text()
            app.processEvents()
            during = rt.sessions.flow(sid)
            out["unchanged"] = (
                during.state == before.state
                and during.step_index == before.step_index
                and len(during.notes) == len(before.notes)
                and len(during.visits) == len(before.visits)
            )
            out["step_before"] = before.step_index

            filler.unlink()
            window.go_next()
            window.add_note()
            out["note_after"] = window.run_view.note_status.text()
            out["field_after"] = window.run_view.note_input.text()
            out["end_after"] = window.end_session("Slut", ask=False)
            app.processEvents()
            after = rt.sessions.flow(sid)
            out["state_after"] = after.state.value
            out["step_after"] = after.step_index
            out["notes_after"] = [note.text for note in after.notes]

            # A new session on a full disk: refused on the start screen, nothing stored.
            count = len(rt.sessions.list_sessions())
            filler = fill(data)
            out["start_returned"] = window.start_new("belonging", "DAT1-B", "da")
            out["start"] = window.start_view.error.text()
            out["no_new_session"] = len(rt.sessions.list_sessions()) == count
            filler.unlink()
            out["database"] = str(database)
        finally:
            close_windows(windows)
            app.processEvents()
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as con:
        out["integrity"] = [row[0] for row in con.execute("PRAGMA integrity_check")]
    print(json.dumps(out))


if __name__ == "__main__":
    main()
