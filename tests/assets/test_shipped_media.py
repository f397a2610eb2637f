"""The shipped peer videos and subtitles: lengths, matching, subtitles, size, reproducibility.

Real files, read with ffprobe; the reproducibility test rebuilds one video with the
generator kept in the repo and compares it byte for byte with the committed one.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
ASSETS = REPO / "assets"
VIDEOS = ASSETS / "videos"
MAX_ASSETS_BYTES = 20 * 1024 * 1024
_CUE_TIME = re.compile(r"^(\d\d):(\d\d):(\d\d),(\d\d\d) --> (\d\d):(\d\d):(\d\d),(\d\d\d)$")

pytestmark = pytest.mark.skipif(shutil.which("ffprobe") is None, reason="needs ffprobe (ffmpeg)")


def video_seconds(path: Path) -> float:
    out = subprocess.run(
        ["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", path],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return float(out)


def srt_cues(path: Path) -> list[tuple[float, float, str]]:
    """Parse an SRT file strictly: numbered blocks, a time line, at least one text line."""
    blocks = path.read_text(encoding="utf-8").strip().split("\n\n")
    cues = []
    for number, block in enumerate(blocks, start=1):
        lines = block.splitlines()
        assert lines[0] == str(number), f"{path.name}: cue {number} is numbered {lines[0]!r}"
        match = _CUE_TIME.match(lines[1])
        assert match, f"{path.name}: bad time line {lines[1]!r}"
        h1, m1, s1, ms1, h2, m2, s2, ms2 = map(int, match.groups())
        start = h1 * 3600 + m1 * 60 + s1 + ms1 / 1000
        end = h2 * 3600 + m2 * 60 + s2 + ms2 / 1000
        assert lines[2:], f"{path.name}: cue {number} has no text"
        cues.append((start, end, " ".join(lines[2:])))
    return cues


def pack_videos(pack: str) -> list[Path]:
    return sorted((VIDEOS / pack).glob("*.mp4"))


@pytest.mark.parametrize("pack", ["belonging", "control"])
def test_each_pack_has_three_to_six_videos_of_20_to_60_seconds(pack: str) -> None:
    videos = pack_videos(pack)
    assert len(videos) >= 3
    for video in videos:
        assert 20 <= video_seconds(video) <= 60, video.name


def test_control_videos_match_belonging_in_number_and_length() -> None:
    """Matched arms: same count, and the i-th videos of the two plans within ±10 %."""
    from belong_desktop.core.pack_loader import load_pack
    from belong_desktop.core.packs import StepKind

    plans = {
        name: [
            s.video.file
            for s in load_pack(ASSETS / "packs" / name).steps
            if s.kind is StepKind.VIDEO and s.video
        ]
        for name in ("belonging", "control")
    }
    assert len(plans["belonging"]) == len(plans["control"]) >= 3
    for treatment, control in zip(plans["belonging"], plans["control"], strict=True):
        a, b = video_seconds(treatment), video_seconds(control)
        assert abs(a - b) / a <= 0.10, f"{treatment.name} {a:.1f}s vs {control.name} {b:.1f}s"


@pytest.mark.parametrize("pack", ["belonging", "control"])
def test_subtitles_in_danish_and_english_fit_the_video(pack: str) -> None:
    for video in pack_videos(pack):
        da = srt_cues(video.with_suffix(".da.srt"))
        en = srt_cues(video.with_suffix(".en.srt"))
        assert len(da) == len(en) >= 3, video.name
        assert [(s, e) for s, e, _ in da] == [(s, e) for s, e, _ in en], "same timings"
        length = video_seconds(video)
        previous_end = 0.0
        for start, end, _text in da:
            assert previous_end <= start < end <= length + 0.05, video.name
            previous_end = end


def test_all_assets_together_at_most_20_mb() -> None:
    total = sum(p.stat().st_size for p in ASSETS.rglob("*") if p.is_file())
    assert total <= MAX_ASSETS_BYTES, f"{total / 1e6:.1f} MB"


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="needs espeak-ng")
def test_generator_rebuilds_a_committed_video_byte_for_byte(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, REPO / "tools" / "make_videos.py", "--out", tmp_path, "--only", "sara"],
        check=True,
        capture_output=True,
        timeout=300,
    )
    for name in ("sara.mp4", "sara.da.srt", "sara.en.srt"):
        rebuilt = hashlib.sha256((tmp_path / "belonging" / name).read_bytes()).hexdigest()
        committed = hashlib.sha256((VIDEOS / "belonging" / name).read_bytes()).hexdigest()
        assert rebuilt == committed, f"{name} differs from the committed file"
