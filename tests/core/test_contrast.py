"""The WCAG contrast formula against values worked out by hand and by WebAIM's checker."""

from __future__ import annotations

import pytest

from belong_desktop.core.contrast import (
    contrast_ratio,
    is_large_text,
    parse_colour,
    relative_luminance,
    required_ratio,
)


def test_black_on_white_is_21_and_a_colour_on_itself_is_1() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#000") == pytest.approx(21.0)  # order-free, short form
    assert contrast_ratio("#1f2a36", "#1f2a36") == pytest.approx(1.0)


def test_known_pairs() -> None:
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # just fails AA
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # just passes
    assert contrast_ratio("#0000ff", "#ffffff") == pytest.approx(8.59, abs=0.01)
    assert contrast_ratio("#ff0000", "#ffffff") == pytest.approx(4.0, abs=0.01)


def test_luminance_ends_and_the_linear_segment() -> None:
    assert relative_luminance("#000000") == 0.0
    assert relative_luminance("#ffffff") == pytest.approx(1.0)
    # 10/255 = 0.039 is below the 0.04045 knee: the straight part of the curve.
    assert relative_luminance("#0a0a0a") == pytest.approx((10 / 255) / 12.92)


@pytest.mark.parametrize("bad", ["", "#12", "#12345", "#gggggg", "red", "#1234567", "rgb(0,0,0)"])
def test_a_colour_that_is_not_hex_is_refused(bad: str) -> None:
    with pytest.raises(ValueError, match="not a hex colour"):
        parse_colour(bad)


def test_large_text_needs_three_to_one_and_body_text_four_and_a_half() -> None:
    assert required_ratio(16) == 4.5
    assert required_ratio(24) == 3.0 and is_large_text(24)
    assert required_ratio(19, bold=True) == 3.0 and not is_large_text(19)
    assert required_ratio(18, bold=True) == 4.5
