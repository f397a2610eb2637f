"""The student page's colours, measured: text and the focus ring stand out from their ground.

Students read the page on cheap phones in bright rooms, and some move through it with a
keyboard or a switch. The colours are custom properties in ``static/student.css``; this
reads them from the file and computes WCAG contrast ratios, so a changed colour that
makes the focus ring (3:1 against every background it is drawn on) or the text (4.5:1)
too faint fails here. The real page is measured too, in
``tests/e2e/test_student_details.py``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from belong_desktop.server import page_words

CSS = (Path(page_words.__file__).parent / "static" / "student.css").read_text(encoding="utf-8")


def block(selector: str) -> str:
    found = re.search(re.escape(selector) + r"\s*\{([^}]*)\}", CSS)
    assert found, f"no rule for {selector} in student.css"
    return found.group(1)


def properties(selector: str) -> dict[str, str]:
    return dict(re.findall(r"(--[\w-]+)\s*:\s*([^;]+);", block(selector)))


def rgb(colour: str) -> tuple[int, int, int]:
    colour = colour.strip()
    assert re.fullmatch(r"#[0-9a-fA-F]{6}", colour), colour
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def luminance(colour: tuple[int, int, int]) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in colour)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(rgb(a)), luminance(rgb(b))), reverse=True)
    return (high + 0.05) / (low + 0.05)


ROOT = properties(":root")
DARK = properties("body.dark")
DARK_BACKGROUND = re.search(r"background:\s*(#[0-9a-fA-F]{6})", block("body.dark"))


def test_the_contrast_formula_gives_the_known_values() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("ground", ["--paper", "--soft", "--accent-soft"])
def test_the_focus_ring_has_3_to_1_against_every_light_background(ground: str) -> None:
    assert contrast(ROOT["--focus"], ROOT[ground]) >= 3.0


def test_the_focus_ring_on_the_dark_video_page_has_3_to_1() -> None:
    assert DARK_BACKGROUND is not None
    assert contrast(DARK["--focus"], DARK_BACKGROUND.group(1)) >= 3.0


@pytest.mark.parametrize(
    ("ink", "ground"),
    [
        ("--ink", "--paper"),
        ("--ink", "--soft"),
        ("--ink", "--accent-soft"),
        ("--warn", "--paper"),  # error hints, in their card
        ("--warn", "--soft"),
        ("--accent", "--paper"),  # links and the secondary button
        ("--accent", "--soft"),
        ("--accent-ink", "--accent"),  # button labels
    ],
)
def test_text_has_4_5_to_1_against_its_background(ink: str, ground: str) -> None:
    assert contrast(ROOT[ink], ROOT[ground]) >= 4.5
