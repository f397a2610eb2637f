"""How long the app takes from process start to a visible control window.

Runs each variant as a fresh process several times on a real X server (Xvfb when there is
no DISPLAY) and reports the median, next to a baseline in the same run: a bare PySide6
process that shows an empty QMainWindow. The target is 1.5 s on this machine's size; the
ratio to the baseline says how much of that is ours.

The app's child also says which heavy packages were already imported when its window
became visible (SQLAlchemy, Alembic, FastAPI, uvicorn, libVLC): what start-up paid for
before the counsellor saw anything. ``--importtime`` prints the slowest imports of one
start (``python -X importtime``) to show where the rest goes.

    .venv/bin/python benchmarks/startup.py [--runs 7] [--json] [--importtime]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
#: Issue 12: start-up to a visible control window at most 3x a bare PySide6 window.
TARGET_RATIO = 3.0

# The child: build the app exactly as `belong-desktop` does (app.run_gui), and print the
# monotonic time at which the control window is exposed on screen, then quit.
APP_CHILD = """
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from belong_desktop.app import run_gui
from belong_desktop.qt.control_window import ControlWindow

app = QApplication([sys.argv[0]])
def poll():
    for w in app.topLevelWidgets():
        if isinstance(w, ControlWindow) and w.windowHandle() and w.windowHandle().isExposed():
            print(f"visible {time.monotonic():.6f} {time.process_time():.6f}", flush=True)
            heavy = ("sqlalchemy", "alembic", "fastapi", "uvicorn", "vlc")
            print("modules " + json.dumps([m for m in heavy if m in sys.modules]), flush=True)
            app.closeAllWindows()
            return
    QTimer.singleShot(2, poll)
QTimer.singleShot(0, poll)
run_gui(Path(sys.argv[1]), sys.stdout)
"""

BASELINE_CHILD = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication([sys.argv[0]])
w = QMainWindow(); w.resize(1200, 760); w.show()
def poll():
    if w.windowHandle() and w.windowHandle().isExposed():
        print(f"visible {time.monotonic():.6f} {time.process_time():.6f}", flush=True)
        app.quit()
        return
    QTimer.singleShot(2, poll)
QTimer.singleShot(0, poll)
app.exec()
"""


#: What the last run of the app's child had imported when its window became visible.
imported_before_visible: list[str] = []
#: CPU seconds each child had used when its window became visible, in run order.
cpu_at_visible: list[float] = []


def run_once(code: str, env: dict[str, str], data_dir: Path, *flags: str) -> float:
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, *flags, "-c", code, str(data_dir)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    visible = None
    for line in done.stdout.splitlines():
        if line.startswith("visible "):
            visible = float(line.split()[1]) - started
            cpu_at_visible.append(float(line.split()[2]))
        elif line.startswith("modules "):
            imported_before_visible[:] = json.loads(line.split(" ", 1)[1])
    if visible is None:
        raise RuntimeError(f"the child never showed its window:\n{done.stdout}")
    if flags:
        print(_slowest_imports(done.stderr), file=sys.stderr)
    return visible


def _slowest_imports(importtime: str, count: int = 25) -> str:
    """The imports of one start by cumulative time, two levels deep (``-X importtime``)."""
    rows = []
    for line in importtime.splitlines():
        if not line.startswith("import time:") or line.count("|") != 2:
            continue
        _self, cumulative, name = line[12:].split("|")
        depth = (len(name) - len(name.lstrip()) - 1) // 2
        if cumulative.strip().isdigit() and depth <= 1:
            rows.append((int(cumulative), name.rstrip()))
    rows.sort(reverse=True)
    return "\n".join(f"{us / 1000:8.1f} ms {name}" for us, name in rows[:count])


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """Xvfb on a display it picks itself; returns once it accepts connections."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1600x900x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        number = pipe.readline().strip()  # written once the server is ready
    if not number:
        server.wait(5)
        raise SystemExit("Xvfb did not start")
    return server, f":{int(number)}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", action="store_true", help="one JSON object instead of text")
    parser.add_argument(
        "--importtime", action="store_true", help="also list the slowest imports of one start"
    )
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", BELONG_NO_AUDIO="1")
    xvfb = None
    if not env.get("DISPLAY"):
        if shutil.which("Xvfb") is None:
            print("needs a display or Xvfb", file=sys.stderr)
            return 2
        xvfb, env["DISPLAY"] = start_xvfb()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            data = Path(tmp) / "data"
            run_once(APP_CHILD, env, data)  # warm the disk cache and migrate the database once
            run_once(BASELINE_CHILD, env, data)
            if args.importtime:
                run_once(APP_CHILD, env, data, "-X", "importtime")
            # Interleaved, so neither variant always meets the same moment of a busy machine.
            app: list[float] = []
            base: list[float] = []
            app_cpu: list[float] = []
            base_cpu: list[float] = []
            for _ in range(args.runs):
                app.append(run_once(APP_CHILD, env, data))
                app_cpu.append(cpu_at_visible[-1])
                base.append(run_once(BASELINE_CHILD, env, data))
                base_cpu.append(cpu_at_visible[-1])
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait()
    app_s, base_s = statistics.median(app), statistics.median(base)
    if args.json:
        report = {
            "runs": args.runs,
            "app_s": [round(x, 4) for x in app],
            "bare_s": [round(x, 4) for x in base],
            "ratios": [round(a / b, 3) for a, b in zip(app, base, strict=True)],
            # CPU time moves much less than wall time with the neighbours' load.
            "app_cpu_s": [round(x, 4) for x in app_cpu],
            "bare_cpu_s": [round(x, 4) for x in base_cpu],
            "imported_before_visible": imported_before_visible,
        }
        print(json.dumps(report))
        return 0
    print(f"runs per variant:            {args.runs}")
    print(f"bare PySide6 window (median): {base_s:.3f} s")
    print(f"belong-desktop (median):      {app_s:.3f} s   (max {max(app):.3f} s)")
    print(f"ratio to the baseline:        {app_s / base_s:.2f}x")
    app_c, base_c = statistics.median(app_cpu), statistics.median(base_cpu)
    print(
        f"CPU time to visible (median): {app_c:.3f} s, bare {base_c:.3f} s: {app_c / base_c:.2f}x"
    )
    print(f"target 1.5 s:                 {'met' if app_s < 1.5 else 'NOT met'}")
    ratio_met = "met" if app_s <= TARGET_RATIO * base_s else "NOT met"
    print(f"target {TARGET_RATIO:g}x the bare window:   {ratio_met}")
    print(f"imported before the window:   {', '.join(imported_before_visible) or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
