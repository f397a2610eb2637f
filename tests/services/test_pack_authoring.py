"""new_pack_from_videos on real video files: a valid pack, real lengths, clear refusals."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from belong_desktop.core.framing import forbidden_words
from belong_desktop.core.pack_loader import validate_pack
from belong_desktop.core.packs import Arm, StepKind
from belong_desktop.services.pack_authoring import (
    AuthoringError,
    new_pack_from_videos,
    probe_seconds,
)

from .conftest import SRT


@pytest.fixture
def videos(tmp_path: Path, media: Path) -> Path:
    """Two 2-second videos; amina has a Danish subtitle file beside it."""
    folder = tmp_path / "videos"
    folder.mkdir()
    shutil.copy(media / "short.mp4", folder / "amina.mp4")
    shutil.copy(media / "short.mp4", folder / "jonas.mp4")
    (folder / "amina.da.srt").write_text(SRT, encoding="utf-8")
    (folder / "notes.txt").write_text("not a video")
    return folder


def test_the_new_pack_is_valid_and_shaped_like_the_shipped_ones(
    videos: Path, tmp_path: Path
) -> None:
    out = tmp_path / "Mit Hold 2026"
    result = new_pack_from_videos(videos, out)
    pack = result.pack
    assert validate_pack(out) == []
    assert pack.id == "mit-hold-2026"
    assert pack.arm is Arm.TREATMENT
    assert pack.languages == ("da", "en")
    assert [s.id for s in pack.steps] == [
        "welcome",
        "amina",
        "jonas",
        "reflection",
        "letter",
        "closing",
    ]
    assert [s.kind for s in pack.steps] == [
        StepKind.MESSAGE,
        StepKind.VIDEO,
        StepKind.VIDEO,
        StepKind.REFLECTION,
        StepKind.LETTER,
        StepKind.CLOSING,
    ]
    assert pack.total_minutes == 33  # 3 + 10 + 15 + 3 and two 1-minute videos
    video = pack.steps[1].video
    assert video is not None and video.file == out / "amina.mp4"
    assert (out / "amina.mp4").read_bytes() == (videos / "amina.mp4").read_bytes()
    assert not (out / "notes.txt").exists()


def test_options_id_languages_and_arm(videos: Path, tmp_path: Path) -> None:
    out = tmp_path / "p"
    pack = new_pack_from_videos(
        videos, out, pack_id="kontrol-1", languages=("en",), arm="control"
    ).pack
    assert (pack.id, pack.arm, pack.languages) == ("kontrol-1", Arm.CONTROL, ("en",))
    assert validate_pack(out) == []
    assert not list(out.glob("*.da.srt"))


def test_subtitles_are_copied_or_written_empty_with_a_warning(videos: Path, tmp_path: Path) -> None:
    out = tmp_path / "p"
    result = new_pack_from_videos(videos, out)
    assert (out / "amina.da.srt").read_text(encoding="utf-8") == SRT
    for missing in ("amina.en.srt", "jonas.da.srt", "jonas.en.srt"):
        assert (out / missing).read_text(encoding="utf-8") == ""
        assert any(missing in w and "empty" in w for w in result.warnings), result.warnings
    assert not any("amina.da.srt" in w for w in result.warnings)
    assert len(result.warnings) == 3


def test_real_lengths_shape_the_minutes(media: Path, tmp_path: Path) -> None:
    folder = tmp_path / "videos"
    folder.mkdir()
    shutil.copy(media / "short.mp4", folder / "a-short.mp4")
    shutil.copy(media / "minute.mp4", folder / "b-minute.mp4")
    seconds = probe_seconds(folder / "b-minute.mp4")
    assert seconds is not None and seconds == pytest.approx(61, abs=0.5)
    pack = new_pack_from_videos(folder, tmp_path / "p").pack
    minutes = {s.id: s.minutes for s in pack.steps if s.kind is StepKind.VIDEO}
    # rounded up to the half minute, plus half a minute of pause
    assert minutes == {"a-short": 1.0, "b-minute": 2.0}


def test_an_unreadable_video_gets_the_default_length(videos: Path, tmp_path: Path) -> None:
    (videos / "broken.mov").write_text("this is not a video")
    assert probe_seconds(videos / "broken.mov") is None
    result = new_pack_from_videos(videos, tmp_path / "p")
    step = result.pack.steps[result.pack.step_index("broken")]
    assert step.minutes == 3.0
    assert any("could not read the length of broken.mov" in w for w in result.warnings)


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["Welcome.mp4", "closing.MP4"], ["welcome-2", "closing-2"]),
        (["a b.mp4", "a-b.mp4", "A_B.mkv"], ["a-b", "a-b-2", "a-b-3"]),
        (["å.mp4", "ø.mp4"], ["video", "video-2"]),
    ],
)
def test_step_ids_stay_unique(
    media: Path, tmp_path: Path, names: list[str], expected: list[str]
) -> None:
    folder = tmp_path / "videos"
    folder.mkdir()
    for name in names:
        shutil.copy(media / "short.mp4", folder / name)
    pack = new_pack_from_videos(folder, tmp_path / "p").pack
    ids = [s.id for s in pack.steps if s.kind is StepKind.VIDEO]
    assert sorted(ids) == sorted(expected)
    assert validate_pack(tmp_path / "p") == []


# -- refusals ------------------------------------------------------------------------------


def test_not_a_folder(videos: Path, tmp_path: Path) -> None:
    out = tmp_path / "p"
    for source in (tmp_path / "missing", videos / "amina.mp4"):
        with pytest.raises(AuthoringError, match="is not a folder"):
            new_pack_from_videos(source, out)
    assert not out.exists()


def test_no_videos(tmp_path: Path) -> None:
    folder = tmp_path / "videos"
    folder.mkdir()
    (folder / "amina.da.srt").write_text(SRT)
    (folder / "clip.gif").write_bytes(b"GIF89a")
    with pytest.raises(AuthoringError, match=r"no video files \(.*\.mp4.*\) in"):
        new_pack_from_videos(folder, tmp_path / "p")
    assert not (tmp_path / "p").exists()


def test_out_dir_not_empty(videos: Path, tmp_path: Path) -> None:
    out = tmp_path / "p"
    out.mkdir()
    (out / "keep.txt").write_text("mine")
    with pytest.raises(AuthoringError, match="exists and is not empty"):
        new_pack_from_videos(videos, out)
    assert [p.name for p in out.iterdir()] == ["keep.txt"]


def test_an_empty_out_dir_is_fine(videos: Path, tmp_path: Path) -> None:
    out = tmp_path / "p"
    out.mkdir()
    new_pack_from_videos(videos, out)
    assert validate_pack(out) == []


def test_out_dir_is_a_file(videos: Path, tmp_path: Path) -> None:
    out = tmp_path / "pack.txt"
    out.write_text("mine")
    with pytest.raises(AuthoringError):
        new_pack_from_videos(videos, out)
    assert out.read_text() == "mine"


def test_unknown_language(videos: Path, tmp_path: Path) -> None:
    with pytest.raises(AuthoringError, match="da, en, nb, nl only, not de"):
        new_pack_from_videos(videos, tmp_path / "p", languages=("da", "de"))
    assert not (tmp_path / "p").exists()


@pytest.mark.parametrize(
    "options",
    [
        pytest.param({"languages": ()}, id="no-languages"),
        pytest.param({"languages": ("da", "da")}, id="language-twice"),
        pytest.param({"pack_id": "Mit Hold"}, id="bad-id"),
        pytest.param({"arm": "placebo"}, id="bad-arm"),
    ],
)
def test_bad_options_are_refused_before_anything_is_written(
    videos: Path, tmp_path: Path, options: dict[str, object]
) -> None:
    """A refused pack must not leave a half-made folder that blocks the next attempt."""
    out = tmp_path / "p"
    with pytest.raises(AuthoringError):
        new_pack_from_videos(videos, out, **options)  # type: ignore[arg-type]
    assert not out.exists() or not any(out.iterdir())


def test_one_long_video_is_too_long_for_an_hour(media: Path, tmp_path: Path) -> None:
    folder = tmp_path / "videos"
    folder.mkdir()
    shutil.copy(media / "long.mp4", folder / "lecture.mp4")  # 30 minutes → 30.5 planned
    with pytest.raises(AuthoringError, match=r"1 videos make a 61\.5-minute plan"):
        new_pack_from_videos(folder, tmp_path / "p")
    assert not (tmp_path / "p").exists()


def test_too_many_videos_for_an_hour(media: Path, tmp_path: Path) -> None:
    """31 fixed minutes plus three 10.5-minute videos is 62.5 minutes."""
    folder = tmp_path / "videos"
    folder.mkdir()
    for name in ("a", "b", "c"):
        shutil.copy(media / "ten.mp4", folder / f"{name}.mp4")
    with pytest.raises(AuthoringError, match=r"3 videos make a 62\.5-minute plan.*at most 60"):
        new_pack_from_videos(folder, tmp_path / "p")
    assert not (tmp_path / "p").exists()


def test_exactly_an_hour_is_allowed(media: Path, tmp_path: Path) -> None:
    """26.5 minutes → 27 planned, 61 s → 2 planned: 31 + 29 = 60 minutes."""
    folder = tmp_path / "videos"
    folder.mkdir()
    shutil.copy(media / "twentyseven.mp4", folder / "a.mp4")
    shutil.copy(media / "minute.mp4", folder / "b.mp4")
    pack = new_pack_from_videos(folder, tmp_path / "p").pack
    assert pack.total_minutes == 60
    assert validate_pack(tmp_path / "p") == []


def test_a_starter_pack_in_the_four_shipped_languages(videos: Path, tmp_path: Path) -> None:
    """Starter texts exist in da, en, nb and nl; each subtitle file is named per language
    and the student-facing starter texts keep the framing rule in every language."""
    out = tmp_path / "fire"
    result = new_pack_from_videos(videos, out, languages=("da", "en", "nb", "nl"))
    pack = result.pack
    assert pack.languages == ("da", "en", "nb", "nl")
    assert pack.title.get("nl") == "Mijn pakket"
    video = pack.steps[1].video
    assert video is not None
    assert {lang: p.name for lang, p in video.subtitles.items()} == {
        lang: f"amina.{lang}.srt" for lang in ("da", "en", "nb", "nl")
    }
    assert pack.steps[0].student.get("nb") == "Velkommen! Se opp på skjermen."
    assert pack.steps[-1].student.get("nl").startswith("Bedankt voor vandaag.")
    for step in pack.steps:
        for lang in pack.languages:
            assert forbidden_words(step.student.get(lang) + step.projector.get(lang)) == []
    assert any("no amina.nl.srt beside amina.mp4" in w for w in result.warnings)
