"""The screen rule with plain data: which setup screens make, and which layout follows.

The screens are written as the windowing systems report them: Xvfb or a laptop alone,
RandR monitors side by side, clone mode as two screens at the same place (or at the same
place in different sizes), a whole-desktop screen beside its monitors, separate X screens.
"""

from __future__ import annotations

import pytest

from belong_desktop.core.screens import (
    Layout,
    LayoutChoice,
    Screen,
    ScreenSetup,
    SetupKind,
    classify,
    layout_for,
)

LAPTOP = Screen("eDP-1", 0, 0, 1920, 1080, primary=True)
BESIDE = Screen("HDMI-1", 1920, 0, 1280, 720)
CLONE = Screen("HDMI-1", 0, 0, 1920, 1080)
SMALL_CLONE = Screen("HDMI-1", 0, 0, 1024, 768)


def test_one_screen_is_single_and_shared() -> None:
    setup = classify([LAPTOP])
    assert setup.kind is SetupKind.SINGLE and setup.shared
    assert setup.control == LAPTOP and setup.projector == LAPTOP
    assert setup.clones == (LAPTOP,)


def test_a_screen_beside_the_laptop_is_separate_and_gets_the_projector() -> None:
    setup = classify([LAPTOP, BESIDE])
    assert setup.kind is SetupKind.SEPARATE and not setup.shared
    assert setup.control == LAPTOP and setup.projector == BESIDE


def test_the_projector_is_never_the_primary_screen_even_when_listed_first() -> None:
    setup = classify([BESIDE, LAPTOP])
    assert setup.kind is SetupKind.SEPARATE
    assert setup.control == LAPTOP and setup.projector == BESIDE


def test_screens_meeting_at_an_edge_do_not_overlap() -> None:
    above = Screen("DP-1", 0, -1080, 1920, 1080)
    assert classify([LAPTOP, above]).kind is SetupKind.SEPARATE


def test_two_screens_at_the_same_place_are_mirrored() -> None:
    setup = classify([LAPTOP, CLONE])
    assert setup.kind is SetupKind.MIRRORED and setup.shared
    assert setup.clones == (LAPTOP, CLONE)
    assert setup.projector == LAPTOP  # same size: the primary one


def test_clone_mode_in_different_sizes_puts_the_projector_on_the_part_both_show() -> None:
    setup = classify([LAPTOP, SMALL_CLONE])
    assert setup.kind is SetupKind.MIRRORED
    assert setup.projector == SMALL_CLONE


def test_a_mirrored_laptop_stays_mirrored_even_with_a_third_screen() -> None:
    """The class may be looking at the mirrored pair: the third screen does not make the
    laptop private."""
    setup = classify([LAPTOP, CLONE, Screen("DP-2", 1920, 0, 1920, 1080)])
    assert setup.kind is SetupKind.MIRRORED
    assert setup.projector in (LAPTOP, CLONE)


def test_a_mirrored_projector_pair_beside_the_laptop_is_separate() -> None:
    """Projector and a monitor cloned with each other, extended from the laptop: the
    projector window goes on the smaller of the two, so both show it whole."""
    big = Screen("DP-1", 1920, 0, 1920, 1080)
    small = Screen("DP-2", 1920, 0, 1280, 720)
    setup = classify([LAPTOP, big, small])
    assert setup.kind is SetupKind.SEPARATE
    assert setup.projector == small


def test_a_whole_desktop_screen_beside_its_monitors_overlaps_them() -> None:
    """Xvfb with monitors set on top of its automatic one reports three screens, the
    big one overlapping both: every picture then includes the laptop's, so it is shared."""
    whole = Screen("screen", 0, 0, 3840, 1080)
    setup = classify([LAPTOP, Screen("PROJ", 1920, 0, 1920, 1080), whole])
    assert setup.kind is SetupKind.MIRRORED


def test_separate_x_screens_never_overlap() -> None:
    other_desktop = Screen(":0.1", 0, 0, 1920, 1080, desktop=1)
    setup = classify([LAPTOP, other_desktop])
    assert setup.kind is SetupKind.SEPARATE and setup.projector == other_desktop


def test_without_a_primary_the_first_screen_is_the_laptop() -> None:
    first = Screen("A", 0, 0, 800, 600)
    second = Screen("B", 800, 0, 800, 600)
    setup = classify([first, second])
    assert setup.control == first and setup.projector == second


@pytest.mark.parametrize(
    "screens",
    [
        [],
        [Screen("gone", 0, 0, 0, 0)],
        [Screen("bad", 0, 0, -1920, 1080), Screen("bad2", 0, 0, 1920, -5)],
    ],
)
def test_no_usable_screen_is_read_as_one_shared_screen(screens: list[Screen]) -> None:
    setup = classify(screens)
    assert setup == ScreenSetup(SetupKind.SINGLE, None, None)
    assert layout_for(setup) is Layout.SHARED


def test_screens_without_an_area_are_ignored() -> None:
    setup = classify([LAPTOP, Screen("HDMI-1", 1920, 0, 0, 0)])
    assert setup.kind is SetupKind.SINGLE


def test_the_same_screen_reported_twice_is_mirrored_not_an_error() -> None:
    assert classify([LAPTOP, LAPTOP]).kind is SetupKind.MIRRORED


# -- layouts -----------------------------------------------------------------------------


def test_the_layout_follows_the_setup_and_the_wish() -> None:
    separate, single, mirrored = (
        classify([LAPTOP, BESIDE]),
        classify([LAPTOP]),
        classify([LAPTOP, CLONE]),
    )
    for wanted in (None, Layout.PRIVATE, Layout.SHARED, Layout.PRESENTER):
        assert layout_for(separate, wanted) is Layout.PRESENTER
    for shared in (single, mirrored):
        assert layout_for(shared) is Layout.SHARED
        assert layout_for(shared, Layout.PRIVATE) is Layout.PRIVATE
        assert layout_for(shared, Layout.PRESENTER) is Layout.SHARED  # no second screen


def test_a_private_wish_is_forgotten_when_the_screens_change() -> None:
    choice = LayoutChoice(classify([LAPTOP]))
    assert choice.layout is Layout.SHARED
    assert choice.want(Layout.PRIVATE) is Layout.PRIVATE
    assert choice.screens_changed(classify([LAPTOP])) is Layout.PRIVATE  # nothing changed
    # Clone mode at a lower resolution: the same single screen, but smaller.
    assert choice.screens_changed(classify([Screen("eDP-1", 0, 0, 1024, 768, True)])) is (
        Layout.SHARED
    )


def test_a_projector_coming_and_going_ends_in_the_safe_layout() -> None:
    choice = LayoutChoice(classify([LAPTOP]))
    choice.want(Layout.PRIVATE)
    assert choice.screens_changed(classify([LAPTOP, BESIDE])) is Layout.PRESENTER
    assert choice.screens_changed(classify([LAPTOP])) is Layout.SHARED
    choice.want(Layout.PRIVATE)
    assert choice.screens_changed(classify([LAPTOP, CLONE])) is Layout.SHARED
