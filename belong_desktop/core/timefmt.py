"""How times read on every surface: ``m:ss`` clocks and local date stamps."""

from __future__ import annotations

from datetime import datetime


def mmss(seconds: float) -> str:
    """``125.4`` → ``2:05``; a clock never shows negative time."""
    whole = max(0, round(seconds))
    return f"{whole // 60:d}:{whole % 60:02d}"


def local_stamp(when: datetime | None, empty: str = "-") -> str:
    """An aware time as ``2026-09-01 11:00`` in the laptop's time zone; ``empty`` for None."""
    return when.astimezone().strftime("%Y-%m-%d %H:%M") if when is not None else empty
