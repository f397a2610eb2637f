"""Comparing two renders of a video by what a class sees and hears, not by their bytes.

An encoder's output bytes depend on its version, its build and the CPU it runs on, so the
shipped videos are compared with a rebuild by their streams (duration, size, frame rate,
sound), by decoded frames at fixed times (small RGB pictures, compared by PSNR) and by the
loudness of the speech over time (compared by correlation). Both files are decoded by the
same ffmpeg on the same machine, so only the encodes differ. Used by test_shipped_media.py.
"""

from __future__ import annotations

import array
import json
import math
import subprocess
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

FRAME_SIZE = (160, 90)
LOUDNESS_RATE = 8000  # samples per second: speech loudness needs no more
LOUDNESS_WINDOW_S = 0.25


@dataclass(frozen=True)
class Streams:
    """What ffprobe says about a video file."""

    duration: float
    width: int
    height: int
    fps: Fraction
    audio: tuple[int, int] | None  # (sample rate, channels), None without a sound track


def _run(cmd: list[str]) -> bytes:
    return subprocess.run(cmd, check=True, capture_output=True, timeout=120).stdout


def streams(path: Path) -> Streams:
    out = _run(
        [
            "ffprobe", "-v", "error", "-of", "json",
            "-show_entries", "format=duration:stream=codec_type,width,height,r_frame_rate,"
            "sample_rate,channels",
            str(path),
        ]
    )  # fmt: skip
    probed = json.loads(out)
    video = [s for s in probed["streams"] if s["codec_type"] == "video"]
    audio = [s for s in probed["streams"] if s["codec_type"] == "audio"]
    assert len(video) == 1, f"{path.name}: {len(video)} video streams"
    return Streams(
        duration=float(probed["format"]["duration"]),
        width=int(video[0]["width"]),
        height=int(video[0]["height"]),
        fps=Fraction(video[0]["r_frame_rate"]),
        audio=(int(audio[0]["sample_rate"]), int(audio[0]["channels"])) if audio else None,
    )


def frame(path: Path, seconds: float) -> bytes:
    """The frame shown at ``seconds``, scaled to ``FRAME_SIZE``, as raw RGB bytes."""
    width, height = FRAME_SIZE
    picture = _run(
        [
            "ffmpeg", "-v", "error", "-ss", f"{seconds:.3f}", "-i", str(path),
            "-frames:v", "1", "-vf", f"scale={width}:{height}:flags=area",
            "-pix_fmt", "rgb24", "-f", "rawvideo", "-",
        ]
    )  # fmt: skip
    assert len(picture) == width * height * 3, f"{path.name}: no frame at {seconds} s"
    return picture


def psnr(a: bytes, b: bytes) -> float:
    """Peak signal-to-noise ratio in dB (inf for identical pictures): higher is closer."""
    assert len(a) == len(b)
    squared = sum((x - y) ** 2 for x, y in zip(a, b, strict=True))
    if squared == 0:
        return math.inf
    return 10 * math.log10(255**2 * len(a) / squared)


def loudness(path: Path) -> list[float]:
    """The sound track's RMS level in windows of ``LOUDNESS_WINDOW_S`` (mono, 8 kHz)."""
    raw = _run(
        [
            "ffmpeg", "-v", "error", "-i", str(path), "-map", "0:a:0",
            "-ac", "1", "-ar", str(LOUDNESS_RATE), "-f", "s16le", "-",
        ]
    )  # fmt: skip
    samples = array.array("h")
    samples.frombytes(raw)
    step = int(LOUDNESS_RATE * LOUDNESS_WINDOW_S)
    return [
        math.sqrt(sum(x * x for x in samples[i : i + step]) / step)
        for i in range(0, len(samples) - step + 1, step)
    ]


def correlation(a: list[float], b: list[float]) -> float:
    """Pearson correlation of two loudness curves over their common length."""
    n = min(len(a), len(b))
    a, b = a[:n], b[:n]
    mean_a, mean_b = sum(a) / n, sum(b) / n
    cov = sum((x - mean_a) * (y - mean_b) for x, y in zip(a, b, strict=True))
    var_a = sum((x - mean_a) ** 2 for x in a)
    var_b = sum((y - mean_b) ** 2 for y in b)
    return cov / math.sqrt(var_a * var_b)
