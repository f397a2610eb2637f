"""What the projector really shows: each backend's widget in a real X window, screenshotted.

Offscreen Qt cannot show libVLC's picture, so ``screen_probe.py`` runs in a child process
on an Xvfb display (``QT_QPA_PLATFORM=xcb``) and grabs the whole screen. The test then
checks the video area is a real frame (bright, many colours, varied) and that the chosen
subtitle is drawn: near-white text pixels in the bottom part that the same clip without
subtitles does not have (a different .srt named like the clip lies beside it, so this also
proves nothing was auto-loaded). The screenshots stay in the test's temporary folder.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QImage

PROBE = Path(__file__).with_name("screen_probe.py")


@dataclass(frozen=True)
class Picture:
    """Pixel statistics of one region of a screenshot."""

    mean_luma: float
    luma_stdev: float
    colours: int  # distinct colours, quantised to 4 bits a channel
    white_share: float  # near-white pixels (text) in the bottom 40 %


def measure(path: Path, rect: list[int]) -> Picture:
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB888)
    assert not image.isNull(), path
    x, y, width, height = rect
    region = image.copy(QRect(x, y, width, height))
    stride = region.bytesPerLine()
    data = bytes(region.constBits())
    lumas: list[float] = []
    colours: set[tuple[int, int, int]] = set()
    white = bottom = 0
    for row in range(0, height, 2):
        line = data[row * stride : row * stride + width * 3]
        for col in range(0, width, 2):
            r, g, b = line[col * 3], line[col * 3 + 1], line[col * 3 + 2]
            lumas.append(0.299 * r + 0.587 * g + 0.114 * b)
            colours.add((r >> 4, g >> 4, b >> 4))
            if row >= height * 0.6:
                bottom += 1
                if min(r, g, b) >= 200 and max(r, g, b) - min(r, g, b) <= 40:
                    white += 1
    return Picture(
        mean_luma=statistics.fmean(lumas),
        luma_stdev=statistics.pstdev(lumas),
        colours=len(colours),
        white_share=white / bottom,
    )


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["vlc", "qt"])
def test_the_window_shows_the_video_and_its_subtitles(
    backend: str,
    media: Any,
    xcb_env: dict[str, str],
    tmp_path: Path,
    request: pytest.FixtureRequest,
) -> None:
    if backend == "vlc":
        request.getfixturevalue("libvlc")  # skips where libVLC cannot start
    result = subprocess.run(
        [sys.executable, str(PROBE), backend, str(media.clip), str(media.subtitles), str(tmp_path)],
        capture_output=True,
        text=True,
        env=xcb_env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["platform"] == "xcb"
    assert report["backend"] == {"vlc": "libVLC", "qt": "Qt Multimedia"}[backend]
    assert report["messages"] == []
    rect = report["rect"]
    assert rect[2:] == [640, 360]

    with_subtitles = measure(Path(report["shots"]["subtitles"]["path"]), rect)
    plain = measure(Path(report["shots"]["plain"]["path"]), rect)
    for picture in (with_subtitles, plain):
        assert picture.mean_luma > 60, picture  # not black
        assert picture.luma_stdev > 30, picture  # not a uniform fill
        assert picture.colours > 100, picture  # a real testsrc2 frame has many colours
    assert plain.white_share < 0.002, plain  # testsrc2 has no white down there
    assert with_subtitles.white_share > 0.005, with_subtitles
    for shot in report["shots"].values():
        assert 0.8 < shot["position"] < 2.9, shot
