"""The sentences a video problem shows the counsellor, in one place for both backends.

Danish source text wrapped in ``QCoreApplication.translate("VideoPlayer", …)``, so the
translation files find them under one context whichever backend reports the problem. They
travel as the text of ``sig_error`` (the video cannot play) and ``sig_warning`` (it plays,
but e.g. without its subtitles). Called from the Qt GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

__all__ = [
    "missing_file_message",
    "no_such_file_reason",
    "playback_failed_message",
    "subtitle_problem_message",
    "unplayable_message",
    "vlc_error_detail",
]


def missing_file_message(path: Path) -> str:
    text = QCoreApplication.translate(
        "VideoPlayer", "Videoen kunne ikke afspilles: {name} findes ikke"
    )
    return text.format(name=path.name)


def unplayable_message(path: Path) -> str:
    text = QCoreApplication.translate(
        "VideoPlayer",
        "Videoen kunne ikke afspilles: {name} er beskadiget eller i et format, "
        "der ikke kan afspilles",
    )
    return text.format(name=path.name)


def playback_failed_message(path: Path, detail: str) -> str:
    text = QCoreApplication.translate(
        "VideoPlayer", "Videoen kunne ikke afspilles: {name} ({detail})"
    )
    return text.format(name=path.name, detail=detail)


def subtitle_problem_message(path: Path, reason: str) -> str:
    text = QCoreApplication.translate(
        "VideoPlayer",
        "Underteksterne {name} kunne ikke indlæses ({reason}); videoen vises uden undertekster",
    )
    return text.format(name=path.name, reason=reason)


def no_such_file_reason() -> str:
    """The reason given in ``subtitle_problem_message`` for a subtitle file that is gone."""
    return QCoreApplication.translate("VideoPlayer", "filen findes ikke")


def vlc_error_detail() -> str:
    """The detail of ``playback_failed_message`` when libVLC fails while playing."""
    return QCoreApplication.translate("VideoPlayer", "VLC meldte en fejl")
