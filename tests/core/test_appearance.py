"""The appearance settings' bounds: only the offered choices pass, anything else is refused."""

from __future__ import annotations

import pytest

from belong_desktop.core.appearance import (
    DEFAULT_PROJECTOR_SCALE,
    PROJECTOR_ROOMS,
    PROJECTOR_SCALES,
    TEXT_SCALES,
    Appearance,
    Theme,
    check_projector_scale,
    check_text_scale,
    check_theme,
)
from belong_desktop.core.errors import InvalidInput


def test_the_offered_choices_pass() -> None:
    assert check_theme("high_contrast") is Theme.HIGH_CONTRAST
    assert check_theme(Theme.STANDARD) is Theme.STANDARD
    assert [check_text_scale(s) for s in TEXT_SCALES] == [100, 125, 150, 200]
    assert [check_projector_scale(s) for s in PROJECTOR_SCALES] == [75, 100, 125, 150]


@pytest.mark.parametrize("bad", ["dark", "", None, 1, "HIGH_CONTRAST"])
def test_an_unknown_theme_is_refused(bad: object) -> None:
    with pytest.raises(InvalidInput) as refused:
        check_theme(bad)
    assert refused.value.code == "bad_appearance" and refused.value.params["setting"] == "theme"


@pytest.mark.parametrize("bad", [0, 99, 175, 1000, -100, True, "150", 150.0, None])
def test_a_size_not_offered_is_refused(bad: object) -> None:
    with pytest.raises(InvalidInput) as text:
        check_text_scale(bad)
    assert text.value.code == "bad_appearance"
    with pytest.raises(InvalidInput) as projector:
        check_projector_scale(bad)
    assert projector.value.params["setting"] == "projector_scale"


def test_the_defaults_are_todays_look_and_each_size_names_its_room() -> None:
    assert Appearance() == Appearance(Theme.STANDARD, 100, 100)
    assert PROJECTOR_ROOMS[DEFAULT_PROJECTOR_SCALE] == 8  # a classroom: 8 picture heights
    assert PROJECTOR_ROOMS == {75: 6, 100: 8, 125: 10, 150: 12}
