"""What is said in a video, as text the student page shows on the video's step.

Built from the step's subtitle file (``core.subtitles``) in the device's language when the
pack has subtitles in it, else in the session's language: one line per cue, markup taken
out. The page gets the text through its state, never a path. A file is read once and kept
while its size and modification time stay the same; a file that cannot be read gives no
transcript (the video plays on with the projector's subtitles, the counsellor sees the
problem there). Runs in the threads that render states (the writer's, uvicorn's workers).
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from belong_desktop.core.packs import Step
from belong_desktop.core.subtitles import SubtitleError, load_srt, plain_text

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Transcript:
    language: str
    lines: tuple[str, ...]


_cache: dict[Path, tuple[tuple[int, int], tuple[str, ...]]] = {}
_lock = threading.Lock()


def transcript(step: Step, language: str, session_language: str) -> Transcript | None:
    """The transcript of ``step``'s video in ``language``, else the session's language."""
    if step.video is None:
        return None
    for wanted in (language, session_language):
        path = step.video.subtitles.get(wanted)
        if path is None:
            continue
        lines = _lines(path)
        if lines:
            return Transcript(wanted, lines)
    return None


def _lines(path: Path) -> tuple[str, ...]:
    try:
        stat = path.stat()
    except OSError:
        return ()
    stamp = (stat.st_size, stat.st_mtime_ns)
    with _lock:
        known = _cache.get(path)
    if known is not None and known[0] == stamp:
        return known[1]
    try:
        cues = load_srt(path)
    except (OSError, SubtitleError) as exc:
        log.warning("no transcript: the subtitles cannot be read (%s)", type(exc).__name__)
        return ()
    lines = tuple(
        " ".join(plain_text(cue.text).split()) for cue in cues if plain_text(cue.text).strip()
    )
    with _lock:
        _cache[path] = (stamp, lines)
    return lines
