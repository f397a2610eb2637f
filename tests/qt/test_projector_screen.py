"""The projector under a real X server shows a real video frame with subtitles, per backend.

Offscreen Qt cannot show video (QVideoWidget.grab() is blank and libVLC needs a native
window), so each case runs the real windows in a child process on Xvfb and checks the
grabbed projector picture: not black, not blank, and with subtitle text at the bottom.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

PROBE = Path(__file__).with_name("projector_probe.py")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("Xvfb") is None, reason="needs Xvfb"),
]


def picture_stats(image: QImage) -> tuple[int, float, int]:
    """(distinct colours on a grid, share of near-black samples, bright pixels at the bottom)."""
    colours: set[int] = set()
    dark = samples = 0
    w, h = image.width(), image.height()
    for y in range(0, h, 6):
        for x in range(0, w, 6):
            c = image.pixelColor(x, y)
            colours.add(c.rgb())
            samples += 1
            dark += c.lightness() < 16
    bright = 0
    for y in range(int(h * 0.78), h, 2):
        for x in range(0, w, 2):
            c = image.pixelColor(x, y)
            bright += min(c.red(), c.green(), c.blue()) > 225
    return len(colours), dark / samples, bright


@pytest.mark.parametrize("backend", ["vlc", "qt"])
def test_projector_shows_a_real_frame_with_subtitles(
    backend: str, xvfb_display: str, tmp_path: Path
) -> None:
    if backend == "vlc":
        pytest.importorskip("vlc")
    png = tmp_path / f"projector-{backend}.png"
    env = dict(
        os.environ,
        DISPLAY=xvfb_display,
        QT_QPA_PLATFORM="xcb",
        BELONG_VIDEO_BACKEND=backend,
        BELONG_NO_AUDIO="1",
    )
    done = subprocess.run(
        [sys.executable, PROBE, tmp_path / "data", png],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    expected = {"vlc": "libVLC", "qt": "Qt Multimedia"}[backend]
    assert result["backend"] == expected
    assert result["message"] == ""
    assert result["page"] == 1  # the video page
    assert result["position"] > 3.0
    image = QImage(str(png))
    colours, dark_share, bright_bottom = picture_stats(image)
    assert colours > 40, f"a flat picture ({colours} colours): {png}"
    assert dark_share < 0.5, f"mostly black ({dark_share:.0%}): {png}"
    assert bright_bottom > 150, f"no subtitle text at the bottom ({bright_bottom} px): {png}"
    if os.environ.get("BELONG_SCREENSHOTS"):  # keep the pictures to look at
        shutil.copy(png, Path(os.environ["BELONG_SCREENSHOTS"]) / png.name)


def test_demo_gui_runs_a_whole_session_by_itself(
    xvfb_display: str, tmp_path: Path, shared_qt_pack: Path
) -> None:
    """`belong-desktop demo --gui` on a real X server: every step, the log, exit 0."""
    env = dict(os.environ, DISPLAY=xvfb_display, QT_QPA_PLATFORM="xcb", BELONG_NO_AUDIO="1")
    env["BELONG_DATA_DIR"] = str(tmp_path / "data")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "belong_desktop",
            "demo",
            "--gui",
            "--speed",
            "2000",
            "--pack",
            shared_qt_pack,
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Step log" in done.stdout
    rows = [line for line in done.stdout.splitlines() if line[:3].strip().isdigit()]
    assert [row.split()[1] for row in rows] == [
        "welcome",
        "jonas",
        "sara",
        "reflection",
        "letter",
        "closing",
    ]
    assert not (tmp_path / "data" / "belong.sqlite3").exists()  # a rehearsal keeps nothing


def test_demo_gui_without_a_display_says_so(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    done = subprocess.run(
        [sys.executable, "-m", "belong_desktop", "demo", "--gui"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert "needs a display" in done.stderr and "Traceback" not in done.stderr
