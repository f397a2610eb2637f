"""Composition root of the desktop app: decides how to start, holds no logic of its own.

The windows (control and projector) arrive with the facilitator app; until then, and on
any machine without a display, starting the app runs the headless rehearsal so the whole
session can be seen working.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TextIO

from belong_desktop import paths
from belong_desktop.services.rehearsal import rehearse


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM", "") in ("offscreen", "minimal"):
        return False
    if sys.platform.startswith("linux") or "bsd" in sys.platform:
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def run_app(data_dir: Path, out: TextIO, speed: float = 60.0) -> int:
    if has_display():
        reason = "The facilitator windows are not part of this version yet"
    else:
        reason = "No display found (DISPLAY/WAYLAND_DISPLAY not set)"
    print(f"{reason}: running the headless rehearsal (`belong-desktop demo`).", file=out)
    print(f"Data folder: {data_dir}", file=out)
    rehearse(None, paths.pack_search_dirs(data_dir), "belonging", speed=speed, out=out)
    return 0
