"""Which screens the class can see, and so where the windows may go: a pure rule.

The Qt side reads the screens as plain rectangles and hands them here. ``classify`` says
whether there is a separate screen for the projector, a single screen, or a mirrored
picture (two outputs showing the same pixels, reported as screens that overlap);
``LayoutChoice`` keeps the layout the counsellor chose and falls back to the shared-screen
layout, which never shows notes, the pack or the arm, whenever the screens change. No Qt,
no state beyond the choice; called from the GUI thread.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass


class SetupKind(enum.Enum):
    SEPARATE = "separate"  # a screen only the class sees: the projector goes there
    SINGLE = "single"  # one screen; the class may see it (a projector can mirror it unseen)
    MIRRORED = "mirrored"  # two outputs show the same picture: the class sees the laptop's


class Layout(enum.Enum):
    PRESENTER = "presenter"  # control window on the laptop, projector full screen on the other
    SHARED = "shared"  # one picture: projector full screen + a small strip; nothing private
    PRIVATE = "private"  # the counsellor says nobody else sees this screen (e.g. rehearsing)


@dataclass(frozen=True)
class Screen:
    """One screen as the windowing system reports it, in desktop coordinates."""

    name: str
    x: int
    y: int
    width: int
    height: int
    primary: bool = False
    desktop: int = 0  # screens on different virtual desktops never share pixels

    @property
    def area(self) -> int:
        return max(0, self.width) * max(0, self.height)

    def overlaps(self, other: Screen) -> bool:
        """True when both show some of the same pixels (a shared edge is not an overlap)."""
        if self.desktop != other.desktop:
            return False
        width = min(self.x + self.width, other.x + other.width) - max(self.x, other.x)
        height = min(self.y + self.height, other.y + other.height) - max(self.y, other.y)
        return width > 0 and height > 0


@dataclass(frozen=True)
class ScreenSetup:
    kind: SetupKind
    #: Where the counsellor's window belongs (the primary screen); None without any screen.
    control: Screen | None
    #: Where the projector window goes full screen. SEPARATE: a screen outside the control
    #: picture; SINGLE/MIRRORED: the shared picture itself (the part every output shows).
    projector: Screen | None
    #: The screens showing the control picture: more than one when it is mirrored.
    clones: tuple[Screen, ...] = ()

    @property
    def shared(self) -> bool:
        """True when the class may see what the counsellor's screen shows."""
        return self.kind is not SetupKind.SEPARATE


def _pictures(screens: list[Screen]) -> list[list[Screen]]:
    """Screens grouped into pictures: screens that overlap (directly or through another)
    show the same pixels. Groups and their members keep the order they were given in."""
    groups: list[list[int]] = []
    for index, screen in enumerate(screens):
        touching = [g for g in groups if any(screen.overlaps(screens[i]) for i in g)]
        groups = [g for g in groups if not any(g is t for t in touching)]
        groups.append(sorted([i for g in touching for i in g] + [index]))
    groups.sort()
    return [[screens[i] for i in g] for g in groups]


def _smallest(picture: list[Screen]) -> Screen:
    """The screen of a picture that every output shows whole: the smallest; the primary
    one when two are the same size."""
    return min(picture, key=lambda s: (s.area, not s.primary))


def classify(screens: Iterable[Screen]) -> ScreenSetup:
    """The setup the screens make. Screens without an area are ignored; none at all is
    treated as a single shared screen, the safe reading."""
    usable = [s for s in screens if s.width > 0 and s.height > 0]
    if not usable:
        return ScreenSetup(SetupKind.SINGLE, None, None)
    primary = next((s for s in usable if s.primary), usable[0])
    pictures = _pictures(usable)
    own = next(p for p in pictures if any(s is primary for s in p))
    clones = tuple(own)
    if len(own) > 1:
        # The laptop's picture is on more than one output: whatever else is connected,
        # the class may be looking at this one.
        return ScreenSetup(SetupKind.MIRRORED, primary, _smallest(own), clones)
    others = [p for p in pictures if p is not own]
    if others:
        return ScreenSetup(SetupKind.SEPARATE, primary, _smallest(others[0]), clones)
    return ScreenSetup(SetupKind.SINGLE, primary, primary, clones)


def layout_for(setup: ScreenSetup, wanted: Layout | None = None) -> Layout:
    """The layout for ``setup``: a separate screen always gets the presenter layout; a
    shared one gets the private layout only when the counsellor asked for it."""
    if setup.kind is SetupKind.SEPARATE:
        return Layout.PRESENTER
    return Layout.PRIVATE if wanted is Layout.PRIVATE else Layout.SHARED


class LayoutChoice:
    """The counsellor's wish, kept only while the screens stay as they were.

    Any change of the screens (a projector plugged in or out, mirroring switched on, a
    new resolution, which is how a mirrored projector often shows itself) forgets the
    wish: a private layout chosen at the desk never survives onto a classroom projector.
    """

    def __init__(self, setup: ScreenSetup) -> None:
        self.setup = setup
        self._wanted: Layout | None = None

    @property
    def layout(self) -> Layout:
        return layout_for(self.setup, self._wanted)

    def want(self, layout: Layout) -> Layout:
        """Ask for ``layout``; returns the layout that applies (a wish the screens cannot
        meet, such as the presenter layout on one screen, gives the safe one)."""
        self._wanted = layout
        return self.layout

    def screens_changed(self, setup: ScreenSetup) -> Layout:
        if setup != self.setup:
            self.setup = setup
            self._wanted = None
        return self.layout
