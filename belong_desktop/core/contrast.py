"""The WCAG 2.1 contrast ratio between two colours, and the ratio a text needs.

Pure arithmetic, any thread. The app's styles (``qt/style.py``) declare their colour pairs
and a test holds every pair to the ratio here, so a colour changed by hand can never slip
below what a reader with low vision needs (WCAG 2.1, 1.4.3 and 1.4.6).
"""

from __future__ import annotations

import re

#: AA for body text; AAA (what the high-contrast theme keeps for body text).
AA_NORMAL = 4.5
AA_LARGE = 3.0
AAA_NORMAL = 7.0
#: "Large" text in WCAG: 18 pt (24 CSS px), or 14 pt bold (about 18.66 px).
LARGE_PX = 24.0
LARGE_BOLD_PX = 18.66

_HEX = re.compile(r"#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})")


def parse_colour(text: str) -> tuple[int, int, int]:
    """``#rgb`` or ``#rrggbb`` (the ``#`` optional) as 0–255 channels; anything else is
    refused with ValueError, so a typo in a style table fails loudly."""
    match = _HEX.fullmatch(text.strip())
    if match is None:
        raise ValueError(f"not a hex colour: {text!r}")
    digits = match.group(1)
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """WCAG's relative luminance: 0 for black, 1 for white."""
    r, g, b = (_linear(c) for c in parse_colour(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(foreground: str, background: str) -> float:
    """(L1 + 0.05) / (L2 + 0.05), the lighter over the darker: 1 to 21, order-free."""
    a, b = relative_luminance(foreground), relative_luminance(background)
    lighter, darker = max(a, b), min(a, b)
    return (lighter + 0.05) / (darker + 0.05)


def is_large_text(pixel_size: float, *, bold: bool = False) -> bool:
    return pixel_size >= (LARGE_BOLD_PX if bold else LARGE_PX)


def required_ratio(pixel_size: float, *, bold: bool = False) -> float:
    """What AA asks of a text this size: 3:1 when large, else 4.5:1."""
    return AA_LARGE if is_large_text(pixel_size, bold=bold) else AA_NORMAL
