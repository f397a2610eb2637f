"""The two packs shipped in ``assets/packs``: valid, blinded and matched to each other.

The control pack must look like the belonging pack to students (DESIGN §2, arm blinding):
same plan shape, same closing; only the belonging pack carries the active ingredients.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from belong_desktop.core.pack_loader import load_pack
from belong_desktop.core.packs import MAX_SESSION_MINUTES, Arm, Pack, StepKind

PACKS = Path(__file__).resolve().parents[2] / "assets" / "packs"


@pytest.fixture(scope="module")
def belonging() -> Pack:
    return load_pack(PACKS / "belonging")


@pytest.fixture(scope="module")
def control() -> Pack:
    return load_pack(PACKS / "control")


def test_arms(belonging: Pack, control: Pack) -> None:
    assert belonging.arm is Arm.TREATMENT
    assert control.arm is Arm.CONTROL
    assert belonging.id != control.id


def test_same_plan_shape(belonging: Pack, control: Pack) -> None:
    assert len(belonging.steps) == len(control.steps)
    assert [s.kind for s in belonging.steps] == [s.kind for s in control.steps]


def test_same_length(belonging: Pack, control: Pack) -> None:
    """Matched in length: the control session must not be shorter or longer."""
    assert belonging.total_minutes == control.total_minutes


@pytest.mark.parametrize("name", ["belonging", "control"])
def test_each_pack_on_its_own(name: str) -> None:
    pack = load_pack(PACKS / name)
    videos = [s for s in pack.steps if s.kind is StepKind.VIDEO]
    assert len(videos) >= 3
    assert {"da", "en"} <= set(pack.languages)
    assert pack.total_minutes <= MAX_SESSION_MINUTES
    for step in videos:
        assert step.video is not None
        assert step.video.file.is_file()
        assert set(step.video.subtitles) == set(pack.languages)
        assert all(path.suffix == ".srt" for path in step.video.subtitles.values())


@pytest.mark.parametrize("name", ["belonging", "control"])
def test_exactly_one_closing_step_and_it_is_last(name: str) -> None:
    pack = load_pack(PACKS / name)
    closings = [i for i, s in enumerate(pack.steps) if s.kind is StepKind.CLOSING]
    assert closings == [len(pack.steps) - 1]


def test_closing_is_identical_in_both_arms(belonging: Pack, control: Pack) -> None:
    ours, theirs = belonging.steps[-1], control.steps[-1]
    assert ours.kind is theirs.kind is StepKind.CLOSING
    for lang in belonging.languages:
        assert ours.student.get(lang) == theirs.student.get(lang)
        assert ours.projector.get(lang) == theirs.projector.get(lang)
    assert ours.student.languages == theirs.student.languages
    assert ours.projector.languages == theirs.projector.languages


def test_belonging_pack_has_its_active_ingredients(belonging: Pack) -> None:
    kinds = [s.kind for s in belonging.steps]
    assert StepKind.POLL in kinds
    assert StepKind.REFLECTION in kinds
    letters = [s for s in belonging.steps if s.kind is StepKind.LETTER]
    assert letters, "the saying-is-believing letter is the core of the session"
    for letter in letters:
        assert letter.consent is not None
        assert all(letter.consent.get(lang).strip() for lang in belonging.languages)
    polls = [s.poll for s in belonging.steps if s.poll is not None]
    assert polls and all(len(p.options) >= 2 for p in polls)


def test_the_video_peers_differ_between_arms(belonging: Pack, control: Pack) -> None:
    """Each arm shows its own peer videos; sharing one would break the contrast."""

    def files(pack: Pack) -> set[Path]:
        return {s.video.file for s in pack.steps if s.video is not None}

    assert files(belonging).isdisjoint(files(control))
