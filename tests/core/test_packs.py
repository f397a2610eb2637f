"""A valid pack loads into the model with the right values, from TOML and from YAML."""

from __future__ import annotations

import dataclasses
import tomllib
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from belong_desktop.core.pack_loader import find_manifest, load_pack, validate_pack
from belong_desktop.core.packs import (
    DEFAULT_MIN_ANSWERS,
    Arm,
    Localized,
    PollStyle,
    StepKind,
)

if TYPE_CHECKING:
    from conftest import PackBuilder


def test_valid_pack_loads_with_its_values(pack: PackBuilder) -> None:
    loaded = pack.load()
    assert loaded.id == "mini"
    assert loaded.version == "1.0.0"
    assert loaded.arm is Arm.TREATMENT
    assert loaded.languages == ("da", "en")
    assert loaded.title.get("en") == "Starting university"
    assert loaded.folder == pack.folder
    assert [s.id for s in loaded.steps] == [
        "welcome",
        "video-1",
        "poll",
        "reflection",
        "letter",
        "closing",
    ]
    assert [s.kind for s in loaded.steps] == [
        StepKind.MESSAGE,
        StepKind.VIDEO,
        StepKind.POLL,
        StepKind.REFLECTION,
        StepKind.LETTER,
        StepKind.CLOSING,
    ]
    assert [s.minutes for s in loaded.steps] == [4.0, 2.0, 3.0, 10.0, 15.0, 3.0]
    assert all(isinstance(s.minutes, float) for s in loaded.steps)


def test_control_arm(pack: PackBuilder) -> None:
    pack.data["arm"] = "control"
    assert pack.load().arm is Arm.CONTROL


def test_texts_per_language(pack: PackBuilder) -> None:
    step = pack.load().steps[0]
    assert step.speaker_notes.get("da") == "Noter til welcome"
    assert step.projector.get("en") == "Screen welcome"
    assert step.student.get("da") == "Side welcome"
    assert step.student.languages == frozenset({"da", "en"})


def test_texts_are_stripped(pack: PackBuilder) -> None:
    pack.step[0]["student"]["en"] = "\n  Welcome.  \n"
    assert pack.load().steps[0].student.get("en") == "Welcome."


def test_video_paths_are_resolved_relative_to_media_dir(pack: PackBuilder) -> None:
    video = pack.load().steps[1].video
    assert video is not None
    media = (pack.folder / "media").resolve()
    assert video.file == media / "x.mp4"
    assert video.file.is_absolute()
    assert dict(video.subtitles) == {"da": media / "x.da.srt", "en": media / "x.en.srt"}


def test_media_dir_outside_the_pack_folder(pack: PackBuilder, tmp_path: Path) -> None:
    """The shipped packs keep their videos in ``assets/videos/<arm>`` next to ``packs/``."""
    shared = tmp_path / "videos" / "mini"
    shared.mkdir(parents=True)
    for name in ("x.mp4", "x.da.srt", "x.en.srt"):
        (shared / name).write_bytes(b"")
    pack.data["media_dir"] = "../videos/mini"
    pack.write()
    for name in ("x.mp4", "x.da.srt", "x.en.srt"):
        (pack.media / name).unlink()
    video = load_pack(pack.folder).steps[1].video
    assert video is not None
    assert video.file == shared.resolve() / "x.mp4"


def test_media_dir_defaults_to_the_pack_folder(pack: PackBuilder) -> None:
    del pack.data["media_dir"]
    pack.write()
    for name in ("x.mp4", "x.da.srt", "x.en.srt"):
        (pack.media / name).rename(pack.folder / name)
    video = load_pack(pack.folder).steps[1].video
    assert video is not None
    assert video.file == pack.folder.resolve() / "x.mp4"
    assert video.subtitles["en"] == pack.folder.resolve() / "x.en.srt"


def test_poll_defaults_to_min_answers_5(pack: PackBuilder) -> None:
    poll = pack.load().steps[2].poll
    assert poll is not None
    assert DEFAULT_MIN_ANSWERS == 5
    assert poll.min_answers == 5
    assert poll.style is PollStyle.AGREEMENT
    assert [o.get("da") for o in poll.options] == ["Ja", "Nej", "Ved ikke"]
    assert [o.get("en") for o in poll.options] == ["Yes", "No", "Not sure"]


def test_poll_min_answers_and_single_style(pack: PackBuilder) -> None:
    pack.step[2]["min_answers"] = 3
    pack.step[2]["style"] = "single"
    poll = pack.load().steps[2].poll
    assert poll is not None
    assert (poll.min_answers, poll.style) == (3, PollStyle.SINGLE)


def test_only_the_matching_kind_carries_its_extras(pack: PackBuilder) -> None:
    steps = pack.load().steps
    assert [s.video is not None for s in steps] == [False, True, False, False, False, False]
    assert [s.poll is not None for s in steps] == [False, False, True, False, False, False]
    assert [s.consent is not None for s in steps] == [False, False, False, False, True, False]
    consent = steps[4].consent
    assert consent is not None
    assert consent.get("en") == "May we share it?"


def test_total_minutes_and_target_seconds(pack: PackBuilder) -> None:
    pack.step[1]["minutes"] = 1.5
    loaded = pack.load()
    assert loaded.total_minutes == 36.5
    assert loaded.steps[1].target_seconds == 90.0


def test_step_index(pack: PackBuilder) -> None:
    loaded = pack.load()
    assert loaded.step_index("welcome") == 0
    assert loaded.step_index("letter") == 4
    assert loaded.step_index("closing") == 5
    with pytest.raises(KeyError):
        loaded.step_index("nope")


def test_packs_compare_by_content_not_folder(pack: PackBuilder) -> None:
    loaded = pack.load()
    assert dataclasses.replace(loaded, folder=Path("/elsewhere")) == loaded
    assert dataclasses.replace(loaded, version="2") != loaded


def test_collects_text_only_for_reflection_and_letter() -> None:
    assert {k for k in StepKind if k.collects_text} == {StepKind.REFLECTION, StepKind.LETTER}


# -- Localized -----------------------------------------------------------------------------


def test_localized_get_returns_the_language_asked_for() -> None:
    text = Localized({"da": "Hej", "en": "Hello"})
    assert text.get("da") == "Hej"
    assert text.get("en") == "Hello"


def test_localized_get_falls_back_to_the_first_language() -> None:
    assert Localized({"da": "Hej", "en": "Hello"}).get("fr") == "Hej"
    assert Localized({"en": "Hello", "da": "Hej"}).get("fr") == "Hello"


def test_localized_get_of_no_texts_is_empty() -> None:
    assert Localized({}).get("da") == ""
    assert Localized({}).languages == frozenset()


def test_loaded_texts_keep_the_pack_language_order(pack: PackBuilder) -> None:
    """The fallback is the pack's first language, whatever order the manifest wrote."""
    pack.data["languages"] = ["en", "da"]
    pack.data["title"] = {"da": "Studiestart", "en": "Starting university"}
    assert pack.load().title.get("fr") == "Starting university"


# -- YAML manifests ----------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["yaml", "yml"])
def test_yaml_pack_loads_the_same_as_toml(pack: PackBuilder, fmt: str) -> None:
    from_toml = pack.load("toml")
    from_yaml = pack.load(fmt)
    assert find_manifest(pack.folder) == pack.folder / f"pack.{fmt}"
    assert from_yaml == from_toml


def test_yaml_problems_name_the_yaml_file(pack: PackBuilder) -> None:
    pack.step[2]["kind"] = "quiz"
    pack.expect_only("steps[2].kind", "unknown value 'quiz'", fmt="yaml")


def test_toml_is_preferred_when_both_manifests_exist(pack: PackBuilder) -> None:
    pack.write("toml")
    (pack.folder / "pack.yaml").write_text("id: broken: [\n", encoding="utf-8")
    assert find_manifest(pack.folder) == pack.folder / "pack.toml"
    assert validate_pack(pack.folder) == []


def test_toml_emitter_round_trips(pack: PackBuilder) -> None:
    """The test helper itself: what it writes is what ``tomllib`` reads back."""
    path = pack.write()
    assert tomllib.loads(path.read_text(encoding="utf-8")) == pack.data
