"""How the windows look: the theme, the control window's text size, the projector's type.

Pure values and their bounds, any thread. The counsellor chooses them on the settings
page; ``services/appearance.py`` stores them and ``qt/appearance.py`` applies them. The
projector's sizes are percentages of its "Mellem" type, whose body text is a twentieth of
the picture's height: read at about three times the eye's 5-arcminute limit, a capital
letter that size stays comfortable up to about 8 picture heights away, so each size names
the room it suits (``PROJECTOR_ROOMS``, in picture heights to the back row).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from belong_desktop.core.errors import InvalidInput


class Theme(StrEnum):
    STANDARD = "standard"
    HIGH_CONTRAST = "high_contrast"


#: The control window's text, in percent of the system's size.
TEXT_SCALES: tuple[int, ...] = (100, 125, 150, 200)
DEFAULT_TEXT_SCALE = 100
#: The projector's type, in percent of "Mellem" (Lille, Mellem, Stor, Meget stor).
PROJECTOR_SCALES: tuple[int, ...] = (75, 100, 125, 150)
#: Today's size: a classroom whose back row sits within 8 picture heights of the screen.
DEFAULT_PROJECTOR_SCALE = 100
#: How far (in picture heights) the back row may sit for each projector size to stay easy
#: to read: 8 × the scale (see the module's docstring).
PROJECTOR_ROOMS: dict[int, int] = {scale: 8 * scale // 100 for scale in PROJECTOR_SCALES}


@dataclass(frozen=True)
class Appearance:
    theme: Theme = Theme.STANDARD
    text_scale: int = DEFAULT_TEXT_SCALE
    projector_scale: int = DEFAULT_PROJECTOR_SCALE


def check_theme(value: object) -> Theme:
    """A theme by its stored name ("standard", "high_contrast"), or ``InvalidInput``."""
    if isinstance(value, str) and value in {t.value for t in Theme}:
        return Theme(value)
    raise InvalidInput(
        f"the theme must be one of {', '.join(t.value for t in Theme)}, not {value!r}",
        code="bad_appearance",
        setting="theme",
    )


def check_text_scale(value: object) -> int:
    return _one_of(value, TEXT_SCALES, "text_scale")


def check_projector_scale(value: object) -> int:
    return _one_of(value, PROJECTOR_SCALES, "projector_scale")


def _one_of(value: object, allowed: tuple[int, ...], setting: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value not in allowed:
        raise InvalidInput(
            f"{setting} must be one of {', '.join(map(str, allowed))} (percent), not {value!r}",
            code="bad_appearance",
            setting=setting,
        )
    return value
