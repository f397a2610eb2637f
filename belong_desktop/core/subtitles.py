"""SubRip (.srt) subtitles: parsing into timed cues and finding the cue shown at a moment.

The peer videos carry their subtitles as separate .srt files (one per language), chosen
explicitly by the session. libVLC draws them itself, but the Qt Multimedia backend cannot
load external subtitles, so it renders these cues on its own. Pure Python, stdlib only;
the functions are pure and run on whichever thread calls them (in practice the Qt GUI
thread, when a video is loaded and on every position tick).
"""

from __future__ import annotations

import os
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from belong_desktop.core.errors import BelongError

__all__ = ["Cue", "SubtitleError", "cue_at", "load_srt", "parse_srt", "plain_text"]


class SubtitleError(BelongError):
    """A subtitle file that cannot be read; ``line`` (1-based) says where, when known.

    Bad input, not a bug: the caller shows the message and plays the video without
    subtitles rather than stopping the session.
    """

    default_code = "bad_subtitles"

    def __init__(self, reason: str, line: int | None = None, path: str | None = None) -> None:
        self.reason = reason
        self.line = line
        self.path = path
        where = path or "subtitles"
        if line is not None:
            where += f", line {line}"
        super().__init__(f"{where}: {reason}", reason=reason, line=line)


@dataclass(frozen=True)
class Cue:
    """One subtitle: shown from ``start`` (inclusive) to ``end`` (exclusive), in seconds."""

    start: float
    end: float
    text: str


# 00:00:03,000 --> 00:00:08,010, tolerating a dot for the comma, 1-3 digit milliseconds,
# hours of any width and VLC/Aegisub position hints (X1:… Y1:…) after the end time.
_TIME = r"(\d+):([0-5]?\d):([0-5]?\d)(?:[,.](\d{1,3}))?"
_TIMING = re.compile(rf"^\s*{_TIME}\s*-->\s*{_TIME}(?:\s+.*)?$")
_INDEX = re.compile(r"^\s*\d+\s*$")
_TAG = re.compile(r"<[^>]*>|\{\\[^}]*\}")


def _seconds(hours: str, minutes: str, seconds: str, millis: str | None) -> float:
    # "5" after the comma means 500 ms, as players read it.
    fraction = int((millis or "0").ljust(3, "0")) / 1000
    return int(hours) * 3600 + int(minutes) * 60 + int(seconds) + fraction


def _parse_timing(line: str, number: int) -> tuple[float, float]:
    match = _TIMING.match(line)
    if match is None:
        raise SubtitleError(
            f"expected a timing line like '00:00:01,000 --> 00:00:02,500', got {line.strip()!r}",
            line=number,
        )
    groups = match.groups()
    start = _seconds(*groups[:4])
    end = _seconds(*groups[4:])
    if end < start:
        raise SubtitleError(f"the cue ends before it starts: {line.strip()!r}", line=number)
    return start, end


def parse_srt(text: str) -> list[Cue]:
    """Parse SubRip text into cues sorted by start time.

    Tolerates what real files contain: a byte-order mark, CRLF or CR line ends, missing or
    wrong cue numbers, and any number of blank lines between cues. A line that should be a
    timing line but is not raises ``SubtitleError`` with its line number, because silently
    dropping cues would leave students without subtitles for part of a video. Cues without
    text are dropped: they would show nothing.
    """
    lines = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    cues: list[Cue] = []
    i = 0
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        # A block: an optional cue number, a timing line, then text up to a blank line.
        if _INDEX.match(lines[i]) and "-->" not in lines[i]:
            i += 1
            if i >= len(lines) or not lines[i].strip():
                raise SubtitleError(
                    f"cue number {lines[i - 1].strip()} is not followed by a timing line", line=i
                )
        elif "-->" not in lines[i] and cues:
            # Text after a blank line inside a cue: keep it with the cue it belongs to.
            previous = cues[-1]
            cues[-1] = Cue(previous.start, previous.end, f"{previous.text}\n{lines[i].strip()}")
            i += 1
            continue
        start, end = _parse_timing(lines[i], i + 1)
        i += 1
        body: list[str] = []
        while i < len(lines) and lines[i].strip():
            body.append(lines[i].strip())
            i += 1
        if body:
            cues.append(Cue(start, end, "\n".join(body)))
    cues.sort(key=lambda cue: cue.start)
    return cues


def load_srt(path: str | os.PathLike[str]) -> list[Cue]:
    """Read and parse a UTF-8 .srt file (a BOM is fine).

    Other encodings are refused with a clear message rather than guessed, because a wrong
    guess shows garbled æøå on the projector; the fix is to save the file as UTF-8.
    ``OSError`` (e.g. a missing file) propagates unchanged.
    """
    file = Path(path)
    data = file.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise SubtitleError(
            f"not UTF-8 text (undecodable byte at offset {error.start}); save it as UTF-8",
            path=str(file),
        ) from None
    try:
        return parse_srt(text)
    except SubtitleError as error:
        raise SubtitleError(error.reason, error.line, str(file)) from None


def cue_at(cues: Sequence[Cue], seconds: float) -> Cue | None:
    """The cue shown at ``seconds``, or None; ``cues`` sorted by start (as parse_srt gives).

    A binary search, because the Qt backend asks on every position tick. When cues overlap,
    the one that started last wins.
    """
    index = bisect_right(cues, seconds, key=lambda cue: cue.start) - 1
    if index < 0:
        return None
    cue = cues[index]
    return cue if seconds < cue.end else None


def plain_text(text: str) -> str:
    """Cue text without SubRip markup (``<i>``, ``<font …>``, ``{\\an8}``), for plain drawing."""
    return _TAG.sub("", text)
