"""The shipped peer videos and subtitles: lengths, matching, subtitles, size, reproducibility.

Real files, read with ffprobe. The reproducibility tests rebuild one video with the
generator kept in the repo (``tools/make_videos.py --only sara``) and compare it with the
committed one by what matters on any machine: identical subtitles, the same streams, the
same picture at fixed moments and the same speech. An encoder's bytes are not a property of
our code (they change with the ffmpeg, x264 and espeak-ng builds and even the CPU's
instruction set), so the byte-for-byte comparison runs only where the machine's toolchain
is the one ``assets/videos/BUILD.json`` records, and is skipped with the differences
elsewhere. Separate tests prove the picture and sound comparisons tell other moments and
other videos apart.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from .video_compare import correlation, frame, loudness, psnr, streams

REPO = Path(__file__).resolve().parents[2]
ASSETS = REPO / "assets"
VIDEOS = ASSETS / "videos"
BUILD = VIDEOS / "BUILD.json"
MAX_ASSETS_BYTES = 20 * 1024 * 1024
_CUE_TIME = re.compile(r"^(\d\d):(\d\d):(\d\d),(\d\d\d) --> (\d\d):(\d\d):(\d\d),(\d\d\d)$")

#: Mid-frame moments (25 fps): the title card fading in, the card, the corner name fading
#: in, and three moments of the story.
FRAME_TIMES = (0.22, 1.50, 3.22, 10.02, 25.02, 40.02)
#: Measured at 160x90 against the committed sara.mp4: other x264 presets, CRFs and CPU
#: paths give 43–50 dB; the same video 0.16 s off in the fade gives ≤ 33 dB, 10 s off
#: ≤ 32 dB, across the title card ≤ 26 dB, and another speaker's video ≤ 23 dB.
SAME_PICTURE_DB = 38.0
#: Loudness curves of equivalent encodes correlate at 1.000; one window (0.25 s) off or
#: another speaker at ≤ 0.51.
SAME_SPEECH = 0.95

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


#: Every video has subtitles in each of these (the speech is Danish).
SUBTITLE_LANGUAGES = ("da", "en", "nb", "nl")


@pytest.mark.parametrize("pack", ["belonging", "control"])
def test_subtitles_in_every_language_fit_the_video(pack: str) -> None:
    for video in pack_videos(pack):
        da = srt_cues(video.with_suffix(".da.srt"))
        assert len(da) >= 3, video.name
        for lang in SUBTITLE_LANGUAGES:
            cues = srt_cues(video.with_suffix(f".{lang}.srt"))
            assert [(s, e) for s, e, _ in cues] == [(s, e) for s, e, _ in da], (video, lang)
        length = video_seconds(video)
        previous_end = 0.0
        for start, end, _text in da:
            assert previous_end <= start < end <= length + 0.05, video.name
            previous_end = end


def test_all_assets_together_at_most_20_mb() -> None:
    total = sum(p.stat().st_size for p in ASSETS.rglob("*") if p.is_file())
    assert total <= MAX_ASSETS_BYTES, f"{total / 1e6:.1f} MB"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def flatten(settings: object, prefix: str = "") -> dict[str, object]:
    """Nested toolchain settings as one level of dotted names."""
    if not isinstance(settings, dict):
        return {prefix.rstrip("."): settings}
    flat: dict[str, object] = {}
    for key, value in settings.items():
        flat.update(flatten(value, f"{prefix}{key}."))
    return flat


def test_the_build_record_names_each_committed_video_and_subtitle_by_its_hash() -> None:
    """BUILD.json says which toolchain made exactly these files; it cannot go stale."""
    record = json.loads(BUILD.read_text(encoding="utf-8"))
    media = {
        p.relative_to(VIDEOS).as_posix(): sha256(p)
        for p in sorted(VIDEOS.rglob("*"))
        if p.suffix in (".mp4", ".srt")
    }
    assert record["files"] == media
    tools = flatten(record["toolchain"])
    for name in ("ffmpeg.version", "x264", "espeak-ng.version", "freetype", "cpu.machine"):
        assert tools.get(name) not in (None, "", "unknown"), name
    assert BUILD.stat().st_size < 8 * 1024  # a small record, not a second copy of anything


def run_generator(*args: object, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    for tool in ("espeak-ng", "ffmpeg"):
        if shutil.which(tool) is None:
            pytest.skip(f"the generator needs {tool}")
    return subprocess.run(
        [sys.executable, REPO / "tools" / "make_videos.py", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def test_the_generator_prints_the_toolchain_it_would_record() -> None:
    done = run_generator("--toolchain", timeout=60)
    assert done.returncode == 0, done.stderr
    tools = json.loads(done.stdout)
    recorded = json.loads(BUILD.read_text(encoding="utf-8"))["toolchain"]
    assert set(tools) == set(recorded)
    flat = flatten(tools)
    for name in ("ffmpeg.version", "x264", "espeak-ng.version", "cpu.machine", "cpu.simd"):
        assert name in flat, name


@pytest.mark.parametrize(
    ("record", "says"),
    [
        ('{"toolchain": {"ffmpeg": {"version": "0.0"}}, "files": {}}', "ffmpeg.version: here"),
        ("{not json", "cannot be read"),
        ("[1, 2]", "is not a JSON object"),
    ],
)
def test_a_partial_run_refuses_a_folder_recorded_with_another_or_a_broken_record(
    tmp_path: Path, record: str, says: str
) -> None:
    """``--only`` must not mix two toolchains in one record, nor overwrite one it cannot read."""
    (tmp_path / "BUILD.json").write_text(record, encoding="utf-8")
    done = run_generator("--out", tmp_path, "--only", "sara", timeout=60)
    assert done.returncode != 0
    assert says in done.stderr
    assert "Traceback" not in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["BUILD.json"]  # nothing rendered
    assert (tmp_path / "BUILD.json").read_text(encoding="utf-8") == record


def test_without_the_dejavu_fonts_the_generator_says_so() -> None:
    for tool in ("espeak-ng", "ffmpeg"):  # checked first, with their own message
        if shutil.which(tool) is None:
            pytest.skip(f"the generator needs {tool}")
    code = (
        "import runpy, sys\n"
        "from pathlib import Path\n"
        f"tool = runpy.run_path({str(REPO / 'tools' / 'make_videos.py')!r})\n"
        "tool['main'].__globals__['FONT_BOLD'] = Path('/nonexistent/DejaVuSans-Bold.ttf')\n"
        "sys.exit(tool['main'](['--toolchain']))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode != 0
    assert "the font DejaVuSans-Bold.ttf is not installed" in done.stderr
    assert "fonts-dejavu-core" in done.stderr
    assert "Traceback" not in done.stderr


# -- subtitles only: a translation is added without rendering a video -------------------------


def test_subtitles_only_rewrites_every_subtitle_and_keeps_the_videos_record(
    tmp_path: Path,
) -> None:
    """What ``--subtitles-only`` writes into a copy of the record is exactly what is
    committed: every language's subtitles and the same BUILD.json; no video is rendered."""
    shutil.copy(BUILD, tmp_path / "BUILD.json")
    done = run_generator("--out", tmp_path, "--subtitles-only", timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert (tmp_path / "BUILD.json").read_bytes() == BUILD.read_bytes()
    assert list(tmp_path.rglob("*.mp4")) == []
    committed = sorted(p.relative_to(VIDEOS) for p in VIDEOS.rglob("*.srt"))
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*.srt")) == committed
    assert len(committed) == 6 * len(SUBTITLE_LANGUAGES)
    for name in committed:
        assert (tmp_path / name).read_bytes() == (VIDEOS / name).read_bytes(), name


def test_subtitles_only_refuses_when_the_speech_is_timed_otherwise(tmp_path: Path) -> None:
    """A Danish subtitle file that is not the recorded one means the videos speak with
    other timings (or another script): translations written now would not fit them."""
    record = json.loads(BUILD.read_text(encoding="utf-8"))
    record["files"]["control/emil.da.srt"] = "0" * 64
    text = json.dumps(record, indent=2, ensure_ascii=False) + "\n"
    (tmp_path / "BUILD.json").write_text(text, encoding="utf-8")
    done = run_generator("--out", tmp_path, "--subtitles-only", timeout=120)
    assert done.returncode != 0
    assert "control/emil.da.srt" in done.stderr
    assert "without --subtitles-only" in done.stderr
    assert "Traceback" not in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["BUILD.json"]  # nothing written
    assert (tmp_path / "BUILD.json").read_text(encoding="utf-8") == text


def test_subtitles_only_needs_a_record_of_the_videos(tmp_path: Path) -> None:
    done = run_generator("--out", tmp_path, "--subtitles-only", timeout=120)
    assert done.returncode != 0
    assert "BUILD.json is missing: render the videos first" in done.stderr
    assert "Traceback" not in done.stderr
    assert list(tmp_path.iterdir()) == []


# -- the comparisons can fail -------------------------------------------------------------


def test_the_picture_comparison_tells_other_moments_and_other_videos_apart() -> None:
    sara, jonas = VIDEOS / "belonging" / "sara.mp4", VIDEOS / "belonging" / "jonas.mp4"
    for seconds in FRAME_TIMES:
        picture = frame(sara, seconds)
        assert psnr(picture, frame(sara, seconds)) == math.inf  # decoding is exact
        assert psnr(picture, frame(jonas, seconds)) < SAME_PICTURE_DB, seconds
    shifted = [(0.22, 0.38), (1.50, 5.50), (10.02, 20.02), (40.02, 30.02)]
    for seconds, other in shifted:
        difference = psnr(frame(sara, seconds), frame(sara, other))
        assert difference < SAME_PICTURE_DB, (seconds, other, difference)


def test_the_speech_comparison_tells_other_speech_and_shifted_speech_apart() -> None:
    sara = loudness(VIDEOS / "belonging" / "sara.mp4")
    assert correlation(sara, sara) == pytest.approx(1.0)
    assert correlation(sara, loudness(VIDEOS / "belonging" / "jonas.mp4")) < SAME_SPEECH
    assert correlation(sara, loudness(VIDEOS / "control" / "mathilde.mp4")) < SAME_SPEECH
    assert correlation(sara[1:], sara) < SAME_SPEECH  # a quarter of a second late


# -- the generator rebuilds a committed video -----------------------------------------------


@dataclass(frozen=True)
class Rebuilt:
    folder: Path  # holds belonging/sara.{mp4,da.srt,en.srt,nb.srt,nl.srt} and BUILD.json
    build: dict[str, Any]


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory: pytest.TempPathFactory) -> Rebuilt:
    """``make_videos.py --only sara`` into a temporary folder, once for these tests."""
    out = tmp_path_factory.mktemp("rebuilt")
    done = run_generator("--out", out, "--only", "sara")
    assert done.returncode == 0, done.stdout + done.stderr
    build = json.loads((out / "BUILD.json").read_text(encoding="utf-8"))
    return Rebuilt(out, build)


@pytest.mark.slow
def test_the_generator_rebuilds_identical_subtitles(rebuilt: Rebuilt) -> None:
    names = [f"sara.{lang}.srt" for lang in SUBTITLE_LANGUAGES]
    for name in names:
        made = (rebuilt.folder / "belonging" / name).read_bytes()
        assert made == (VIDEOS / "belonging" / name).read_bytes(), name
    assert set(rebuilt.build["files"]) == {"belonging/sara.mp4"} | {
        f"belonging/{name}" for name in names
    }


@pytest.mark.slow
def test_the_rebuilt_video_has_the_committed_streams(rebuilt: Rebuilt) -> None:
    made = streams(rebuilt.folder / "belonging" / "sara.mp4")
    committed = streams(VIDEOS / "belonging" / "sara.mp4")
    assert made.duration == pytest.approx(committed.duration, abs=0.05)
    assert (made.width, made.height, made.fps) == (committed.width, committed.height, committed.fps)
    assert (made.width, made.height, made.fps) == (640, 360, 25)
    assert made.audio == committed.audio == (44100, 1)


@pytest.mark.slow
def test_the_rebuilt_video_shows_the_committed_picture(rebuilt: Rebuilt) -> None:
    made, committed = rebuilt.folder / "belonging" / "sara.mp4", VIDEOS / "belonging" / "sara.mp4"
    for seconds in FRAME_TIMES:
        difference = psnr(frame(made, seconds), frame(committed, seconds))
        assert difference >= SAME_PICTURE_DB, f"at {seconds} s: {difference:.1f} dB"


@pytest.mark.slow
def test_the_rebuilt_video_says_the_committed_speech(rebuilt: Rebuilt) -> None:
    made = loudness(rebuilt.folder / "belonging" / "sara.mp4")
    committed = loudness(VIDEOS / "belonging" / "sara.mp4")
    assert len(made) == len(committed)
    assert correlation(made, committed) >= SAME_SPEECH


@pytest.mark.slow
def test_with_the_recorded_toolchain_the_rebuild_is_byte_for_byte_the_same(
    rebuilt: Rebuilt,
) -> None:
    """Only where the bytes are a property of something we pinned: the recorded toolchain."""
    recorded = json.loads(BUILD.read_text(encoding="utf-8"))
    here, there = flatten(rebuilt.build["toolchain"]), flatten(recorded["toolchain"])
    differences = [
        f"{name}: here {here.get(name)!r}, recorded {there.get(name)!r}"
        for name in sorted(set(here) | set(there))
        if here.get(name) != there.get(name)
    ]
    if differences:
        pytest.skip(
            "this machine renders with another toolchain than assets/videos/BUILD.json "
            "records, so other bytes are expected (streams, picture and speech were "
            "compared instead): " + "; ".join(differences)
        )
    for name, digest in rebuilt.build["files"].items():
        assert digest == recorded["files"][name] == sha256(VIDEOS / name), name
