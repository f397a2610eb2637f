"""The class never sees the notes, the pack or the arm: the real app on real X screens.

Each case runs ``launch.run_windows`` in a child process (``screens_probe.py``) on its own
Xvfb, whose screens are RandR monitors set with ``xrandr --setmonitor`` (Qt's xcb
platform makes one screen of each): a laptop with a projector beside it, one plain
screen, and a mirrored pair (two monitors at the same place). Mid-session the probe
unplugs and plugs the projector, or switches mirroring off and on. At every moment it
reports the text visible on each screen (widgets that are shown and not hidden under an
opaque one) and grabs each screen; the tests check the picture the class sees.
``BELONG_SCREENSHOTS=DIR`` keeps the pictures to look at.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from belong_desktop.core.pack_loader import load_pack
from belong_desktop.core.packs import Arm

PROBE = Path(__file__).with_name("screens_probe.py")
PACKS = Path(__file__).resolve().parents[2] / "assets" / "packs"

pytestmark = pytest.mark.slow
needs_xrandr = pytest.mark.skipif(shutil.which("xrandr") is None, reason="needs xrandr")

Moment = dict[str, Any]


def private_words() -> list[str]:
    """What the class must never read: the packs' ids, the arms, every speaker note."""
    words = [arm.value for arm in Arm]
    for folder in ("belonging", "control"):
        pack = load_pack(PACKS / folder)
        words.append(pack.id)
        for step in pack.steps:
            for language in pack.languages:
                notes = step.speaker_notes.get(language)
                words.append(notes[:60])
    return words


PRIVATE = private_words()
BELONGING = load_pack(PACKS / "belonging")
NOTES_STEP_2 = BELONGING.steps[1].speaker_notes.get("da")[:60]
NOTES_FIRST_VIDEO = BELONGING.steps[2].speaker_notes.get("da")[:60]


def leaks(text: str) -> list[str]:
    lowered = text.casefold()
    return [word for word in PRIVATE if word.casefold() in lowered]


def run_probe(scenario: str, display: str, tmp_path: Path) -> Callable[[str], Moment]:
    out = tmp_path / "shots"
    env = dict(
        os.environ,
        DISPLAY=display,
        QT_QPA_PLATFORM="xcb",
        BELONG_VIDEO_BACKEND="qt",
        BELONG_NO_AUDIO="1",
    )
    done = subprocess.run(
        [sys.executable, PROBE, scenario, tmp_path / "data", out],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    if os.environ.get("BELONG_SCREENSHOTS"):  # keep the pictures to look at
        keep = Path(os.environ["BELONG_SCREENSHOTS"])
        keep.mkdir(parents=True, exist_ok=True)
        for png in out.glob("*.png"):
            shutil.copy(png, keep / png.name)
    assert result["error"] == "", result["error"]
    assert result["exit"] == 0
    moments = {m["moment"]: m for m in result["moments"]}
    return moments.__getitem__


def seen(moment: Moment, screen: str) -> str:
    return str(moment["screens"][screen]["text"])


def assert_class_sees_nothing_private(moment: Moment, screen: str) -> None:
    found = leaks(seen(moment, screen))
    assert not found, f"{moment['moment']}: {screen} shows {found}"


def assert_projector_fills(moment: Moment, screen: str, *, slide: bool = True) -> None:
    """The projector window is full screen there, and the pixels say so too: none of the
    control window's grey, and (on a slide) the projector's background nearly everywhere."""
    projector = moment["windows"]["projector"]
    assert projector["visible"] and projector["full_screen"], projector
    assert projector["rect"] == moment["screens"][screen]["rect"]
    picture = moment["screens"][screen]
    assert picture["control_share"] < 0.02, picture["png"]
    if slide:
        assert picture["projector_share"] > 0.8, picture["png"]


@needs_xrandr
def test_with_a_projector_beside_the_laptop_only_the_projector_is_on_it(
    own_xvfb: Callable[[str], str], tmp_path: Path
) -> None:
    at = run_probe("two", own_xvfb("3200x900"), tmp_path)
    for moment in ("start", "running"):
        assert_projector_fills(at(moment), "PROJ", slide=moment == "start")
        assert_class_sees_nothing_private(at(moment), "PROJ")
        control = at(moment)["windows"]["control"]["rect"]
        assert control[0] + control[2] <= 1600, "the control window reaches the projector"
    assert "belonging" in seen(at("start"), "LAPTOP")  # the laptop shows the pack list …
    assert NOTES_FIRST_VIDEO in seen(at("running"), "LAPTOP")  # … and the notes: seen
    assert not at("running")["cover"]["visible"]
    assert at("running")["video"]["playing"]

    # The projector's cable is pulled mid-video: at once the shared layout, the session
    # untouched and the video playing on.
    removed = at("removed")
    assert list(removed["screens"]) == ["LAPTOP"]
    assert_projector_fills(removed, "LAPTOP", slide=False)
    assert_class_sees_nothing_private(removed, "LAPTOP")
    assert removed["windows"]["strip"]["visible"] and removed["cover"]["visible"]
    assert "Der er nu kun én skærm" in seen(removed, "LAPTOP")
    assert removed["session"] == at("running")["session"]
    assert removed["video"]["playing"]
    assert removed["video"]["position"] > at("running")["video"]["position"]

    # Plugged in again: the projector goes back there, the notes come back to the laptop.
    back = at("back")
    assert_projector_fills(back, "PROJ2", slide=False)
    assert_class_sees_nothing_private(back, "PROJ2")
    assert not back["windows"]["strip"]["visible"] and not back["cover"]["visible"]
    assert NOTES_FIRST_VIDEO in seen(back, "LAPTOP")
    assert "Projektoren er fundet" in seen(back, "LAPTOP")
    assert back["session"] == at("running")["session"]
    assert back["video"]["position"] > removed["video"]["position"]


def test_on_one_screen_the_class_never_sees_notes_pack_or_arm(
    own_xvfb: Callable[[str], str], tmp_path: Path
) -> None:
    at = run_probe("single", own_xvfb("1600x900"), tmp_path)
    (screen,) = at("start")["screens"]
    start = at("start")
    assert start["cover"] == {"visible": True, "page": 0}
    assert not start["windows"]["projector"]["visible"]
    assert "Klar" in seen(start, screen) and "Én skærm" in seen(start, screen)
    assert "GAMMEL" in seen(start, screen)  # the interrupted session, by group only
    assert start["screens"][screen]["control_share"] > 0.3  # the grey the checks look for
    for moment in ("start", "running", "ended", "home"):
        assert_class_sees_nothing_private(at(moment), screen)
    running = at("running")
    assert_projector_fills(running, screen)
    assert running["windows"]["strip"]["visible"]
    assert "Trin 2 af 10" in seen(running, screen)
    assert running["session"]["step"] == 1
    ended = at("ended")  # the closing picture stays up until the counsellor leaves it
    assert ended["session"]["id"] is None
    assert_projector_fills(ended, screen)
    assert "Til startskærmen" in seen(ended, screen)
    home = at("home")
    assert home["cover"] == {"visible": True, "page": 0}
    assert not home["windows"]["projector"]["visible"]
    assert not home["windows"]["strip"]["visible"]


@needs_xrandr
def test_mirrored_screens_are_treated_as_shared_also_when_mirroring_comes_back(
    own_xvfb: Callable[[str], str], tmp_path: Path
) -> None:
    at = run_probe("mirrored", own_xvfb("3200x900"), tmp_path)
    start = at("start")
    assert list(start["screens"]) == ["LAPTOP", "PROJ"]
    assert start["cover"] == {"visible": True, "page": 0}
    assert "Spejlet skærm" in seen(start, "PROJ")
    for moment, screens in (
        ("start", ("LAPTOP", "PROJ")),
        ("running", ("LAPTOP", "PROJ")),
        ("separate", ("PROJ2",)),
        ("mirrored-again", ("LAPTOP", "PROJ3")),
    ):
        for screen in screens:
            assert_class_sees_nothing_private(at(moment), screen)
    for screen in ("LAPTOP", "PROJ"):
        assert_projector_fills(at("running"), screen)
    separate = at("separate")  # mirroring switched off: a presenter layout
    assert_projector_fills(separate, "PROJ2")
    assert NOTES_STEP_2 in seen(separate, "LAPTOP")
    again = at("mirrored-again")  # and on again: shared at once, said calmly
    assert_projector_fills(again, "PROJ3")
    assert again["windows"]["strip"]["visible"] and again["cover"]["visible"]
    assert "Skærmen spejles nu" in seen(again, "PROJ3")
    assert again["session"] == at("running")["session"]
