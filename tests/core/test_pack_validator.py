"""The pack validator: every kind of mistake is found, named by file, field and message.

Each test starts from the valid minimal pack of ``conftest.minimal_manifest`` and changes
one thing, so a test fails when the validator misses the mistake, reports it at the wrong
place, or reports more than that one mistake.
Steps of the minimal pack: 0 message, 1 video, 2 poll, 3 reflection, 4 letter, 5 closing.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from belong_desktop.core.pack_loader import (
    SUBTITLES_MISSING,
    SUBTITLES_UNREADABLE,
    PackError,
    PackProblem,
    load_pack,
    validate_pack,
)
from belong_desktop.core.packs import DraftPolicy

if TYPE_CHECKING:
    from conftest import PackBuilder


def test_the_minimal_pack_is_valid(pack: PackBuilder) -> None:
    """The baseline every other test changes must itself be free of problems."""
    pack.write()
    assert validate_pack(pack.folder) == []


# -- the manifest file -----------------------------------------------------------------------


def test_missing_manifest_names_the_folder(tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    with pytest.raises(PackError) as info:
        load_pack(folder)
    [problem] = info.value.problems
    assert problem.file == str(folder)
    assert problem.field == ""
    assert "no manifest" in problem.message
    assert "pack.toml" in problem.message and "pack.yaml" in problem.message
    assert info.value.folder == folder


def test_missing_folder_is_a_pack_error_not_a_crash(tmp_path: Path) -> None:
    problems = validate_pack(tmp_path / "does-not-exist")
    assert [p.field for p in problems] == [""]
    assert "no manifest" in problems[0].message


def _single_manifest_problem(folder: Path, manifest: Path) -> PackProblem:
    with pytest.raises(PackError) as info:
        load_pack(folder)
    [problem] = info.value.problems
    assert problem.file == str(manifest)
    assert problem.field == ""
    return problem


def test_manifest_not_utf8(tmp_path: Path) -> None:
    manifest = tmp_path / "pack.toml"
    manifest.write_bytes('id = "bælte"\n'.encode("latin-1"))
    problem = _single_manifest_problem(tmp_path, manifest)
    assert "not UTF-8" in problem.message
    assert "at byte 7" in problem.message  # right after `id = "b`


def test_invalid_toml(tmp_path: Path) -> None:
    manifest = tmp_path / "pack.toml"
    manifest.write_text('id = "unterminated\nlanguages = ["da"]\n', encoding="utf-8")
    problem = _single_manifest_problem(tmp_path, manifest)
    assert "not valid TOML" in problem.message


def test_invalid_yaml(tmp_path: Path) -> None:
    manifest = tmp_path / "pack.yaml"
    manifest.write_text("id: mini\nlanguages: [da, en\n", encoding="utf-8")
    problem = _single_manifest_problem(tmp_path, manifest)
    assert "not valid YAML" in problem.message


@pytest.mark.parametrize("text", ["- da\n- en\n", "just a sentence\n", "", "42\n"])
def test_yaml_top_level_must_be_a_mapping(tmp_path: Path, text: str) -> None:
    manifest = tmp_path / "pack.yml"
    manifest.write_text(text, encoding="utf-8")
    problem = _single_manifest_problem(tmp_path, manifest)
    assert "must be a table/mapping at the top level" in problem.message


def test_pack_error_message_lists_every_problem(pack: PackBuilder) -> None:
    pack.data["arm"] = "placebo"
    pack.data["colour"] = "blue"
    pack.write()
    with pytest.raises(PackError) as info:
        load_pack(pack.folder)
    text = str(info.value)
    assert f"invalid content pack {pack.folder} (2 problems)" in text
    assert f"{pack.manifest}: arm: unknown value 'placebo'" in text
    assert f"{pack.manifest}: colour: unknown field" in text


# -- top-level fields --------------------------------------------------------------------------


@pytest.mark.parametrize("value", [2, 0, "1"])
def test_unsupported_format(pack: PackBuilder, value: Any) -> None:
    pack.data["format"] = value
    pack.expect_only("format", f"unsupported format {value!r}")


def test_format_true_is_not_format_1(pack: PackBuilder) -> None:
    """``true == 1`` in Python; the validator rejects booleans everywhere else too."""
    pack.data["format"] = True
    pack.expect_only("format", "unsupported format True")


def test_format_may_be_left_out(pack: PackBuilder) -> None:
    del pack.data["format"]
    assert pack.load().id == "mini"


def test_missing_id(pack: PackBuilder) -> None:
    del pack.data["id"]
    pack.expect_only("id", "missing")


@pytest.mark.parametrize(
    ("value", "says"),
    [
        ("Belonging", "may only hold a-z, 0-9, '-' and '_'"),
        ("my pack", "may only hold"),
        ("-dash-first", "may only hold"),
        ("", "must be a non-empty text"),
        ("   ", "must be a non-empty text"),
        (7, "must be a non-empty text, not 7"),
    ],
)
def test_invalid_id(pack: PackBuilder, value: Any, says: str) -> None:
    pack.data["id"] = value
    pack.expect_only("id", says)


def test_id_with_a_trailing_newline_is_invalid(pack: PackBuilder) -> None:
    """``$`` also matches before a final newline, so the id pattern must not rely on it."""
    pack.data["id"] = "mini\n"
    pack.expect_only("id", "may only hold")


def test_missing_version(pack: PackBuilder) -> None:
    del pack.data["version"]
    pack.expect_only("version", "missing")


@pytest.mark.parametrize(("value", "says"), [("placebo", "unknown value 'placebo'"), (1, "not 1")])
def test_bad_arm(pack: PackBuilder, value: Any, says: str) -> None:
    pack.data["arm"] = value
    problem = pack.expect_only("arm", says)
    if isinstance(value, str):
        assert "allowed: treatment, control" in problem.message


def test_missing_arm(pack: PackBuilder) -> None:
    del pack.data["arm"]
    pack.expect_only("arm", "missing")


def test_missing_languages(pack: PackBuilder) -> None:
    """Without languages no text can be checked; the missing list itself is named."""
    del pack.data["languages"]
    pack.expect("languages", "missing")


@pytest.mark.parametrize("value", [[], "da", {"da": "dansk"}])
def test_languages_must_be_a_non_empty_list(pack: PackBuilder, value: Any) -> None:
    pack.data["languages"] = value
    pack.expect("languages", "must be a non-empty list of language codes")


@pytest.mark.parametrize("code", ["eng", "EN", "d", "", 12])
def test_bad_language_code(pack: PackBuilder, code: Any) -> None:
    pack.data["languages"] = ["da", "en", code]
    pack.expect_only("languages[2]", f"{code!r} is not a two-letter language code")


def test_language_code_with_trailing_newline_is_bad(pack: PackBuilder) -> None:
    pack.data["languages"] = ["da", "en", "de\n"]
    pack.expect_only("languages[2]", "is not a two-letter language code")


def test_duplicated_language(pack: PackBuilder) -> None:
    pack.data["languages"] = ["da", "en", "da"]
    pack.expect_only("languages[2]", "'da' is listed twice")


def test_media_dir_that_does_not_exist(pack: PackBuilder) -> None:
    """The missing folder is named; the video inside it is then missing too."""
    pack.data["media_dir"] = "nowhere"
    problems = pack.problems()
    pack.expect("media_dir", "folder 'nowhere' does not exist", problems)
    pack.expect("steps[1].file", "video file 'x.mp4' not found", problems)


def test_media_dir_must_be_a_path(pack: PackBuilder) -> None:
    pack.data["media_dir"] = 5
    pack.expect("media_dir", "must be a folder path relative to the pack")


def test_drafts_are_kept_unless_the_pack_says_otherwise(pack: PackBuilder) -> None:
    loaded = pack.load()
    assert loaded.drafts is DraftPolicy.KEEP and loaded.keeps_drafts


@pytest.mark.parametrize("fmt", ["toml", "yaml"])
@pytest.mark.parametrize("value", ["keep", "device_only"])
def test_drafts_may_be_keep_or_device_only(pack: PackBuilder, value: str, fmt: str) -> None:
    pack.data["drafts"] = value
    loaded = pack.load(fmt)
    assert loaded.drafts is DraftPolicy(value)
    assert loaded.keeps_drafts is (value == "keep")


@pytest.mark.parametrize(
    ("value", "says"),
    [
        ("off", "unknown value 'off' (allowed: 'keep', 'device_only')"),
        ("Keep", "unknown value 'Keep'"),
        ("device-only", "unknown value 'device-only'"),
        ("", "unknown value ''"),
        (False, "must be one of 'keep', 'device_only', not False"),
        (["keep"], "must be one of 'keep', 'device_only', not ['keep']"),
    ],
)
def test_bad_drafts_value_is_named(pack: PackBuilder, value: Any, says: str) -> None:
    pack.data["drafts"] = value
    pack.expect_only("drafts", says)


def test_unknown_top_level_field(pack: PackBuilder) -> None:
    pack.data["colour"] = "blue"
    pack.expect_only("colour", "unknown field (check the spelling)")


def test_misspelt_top_level_field_reports_both_the_typo_and_the_missing_field(
    pack: PackBuilder,
) -> None:
    pack.data["verison"] = pack.data.pop("version")
    problems = pack.problems()
    assert {p.field for p in problems} == {"version", "verison"}
    pack.expect("verison", "unknown field", problems)
    pack.expect("version", "missing", problems)


# -- texts per language ------------------------------------------------------------------------

# Where a text lives in the manifest, and the field path the validator must report.
TEXT_PLACES: list[tuple[tuple[Any, ...], str]] = [
    (("title",), "title"),
    (("steps", 0, "speaker_notes"), "steps[0].speaker_notes"),
    (("steps", 0, "projector"), "steps[0].projector"),
    (("steps", 3, "student"), "steps[3].student"),
    (("steps", 2, "options", 1), "steps[2].options[1]"),
    (("steps", 4, "consent"), "steps[4].consent"),
]


def _dig(data: Any, path: tuple[Any, ...]) -> Any:
    for key in path:
        data = data[key]
    return data


@pytest.mark.parametrize(("path", "field"), TEXT_PLACES, ids=[f for _, f in TEXT_PLACES])
def test_text_missing_for_a_language(pack: PackBuilder, path: tuple[Any, ...], field: str) -> None:
    del _dig(pack.data, path)["en"]
    pack.expect_only(f"{field}.en", "text missing for language 'en'")


@pytest.mark.parametrize(("path", "field"), TEXT_PLACES, ids=[f for _, f in TEXT_PLACES])
def test_blank_text_counts_as_missing(pack: PackBuilder, path: tuple[Any, ...], field: str) -> None:
    _dig(pack.data, path)["da"] = "  \n "
    pack.expect_only(f"{field}.da", "text missing for language 'da'")


@pytest.mark.parametrize(("path", "field"), TEXT_PLACES, ids=[f for _, f in TEXT_PLACES])
def test_text_in_a_language_that_is_not_listed(
    pack: PackBuilder, path: tuple[Any, ...], field: str
) -> None:
    _dig(pack.data, path)["de"] = "Willkommen"
    pack.expect_only(f"{field}.de", "language not listed in `languages`")


@pytest.mark.parametrize("value", ["Velkommen", ["Velkommen", "Welcome"]])
def test_text_must_be_a_table_per_language(pack: PackBuilder, value: Any) -> None:
    pack.step[0]["projector"] = value
    pack.expect_only("steps[0].projector", "must be a table of texts per language")


@pytest.mark.parametrize("key", ["speaker_notes", "projector", "student"])
def test_missing_step_text(pack: PackBuilder, key: str) -> None:
    del pack.step[3][key]
    pack.expect_only(f"steps[3].{key}", "missing: a text per language")


# -- forbidden framing words -------------------------------------------------------------------

# (path, language, text, the forbidden word as written)
FRAMING_CASES: list[tuple[tuple[Any, ...], str, str, str]] = [
    (("title",), "en", "An Experiment about starting university", "Experiment"),
    (("steps", 0, "projector"), "da", "Vi vil gerne hjælpe jer i gang", "hjælpe"),
    (("steps", 3, "student"), "en", "This intervention takes an hour", "intervention"),
    (("steps", 2, "options", 0), "da", "Ja, i Kontrolgruppen", "Kontrolgruppen"),
    (("steps", 4, "consent"), "en", "May we use it in the treatment?", "treatment"),
    (("steps", 5, "student"), "da", "Dette forsøg er slut", "forsøg"),
]


@pytest.mark.parametrize(
    ("path", "lang", "text", "word"), FRAMING_CASES, ids=[c[3] for c in FRAMING_CASES]
)
def test_forbidden_framing_words_in_student_facing_text(
    pack: PackBuilder, path: tuple[Any, ...], lang: str, text: str, word: str
) -> None:
    _dig(pack.data, path)[lang] = text
    field = {
        ("title",): "title",
        ("steps", 0, "projector"): "steps[0].projector",
        ("steps", 3, "student"): "steps[3].student",
        ("steps", 2, "options", 0): "steps[2].options[0]",
        ("steps", 4, "consent"): "steps[4].consent",
        ("steps", 5, "student"): "steps[5].student",
    }[path]
    problem = pack.expect_only(f"{field}.{lang}", "student-facing text must not say")
    assert repr(word) in problem.message


def test_every_forbidden_word_in_a_text_is_named(pack: PackBuilder) -> None:
    pack.step[0]["student"]["en"] = "A helpful experiment, not a treatment"
    problem = pack.expect_only("steps[0].student.en", "must not say")
    assert "'helpful', 'experiment', 'treatment'" in problem.message


def test_speaker_notes_may_use_the_forbidden_words(pack: PackBuilder) -> None:
    """The counsellor's notes are never shown to students, so they may say what it is."""
    pack.step[0]["speaker_notes"] = {
        "da": "Sig ikke, at interventionen skal hjælpe dem, eller at det er et forsøg.",
        "en": "Never say this Experiment is an intervention meant to help; no control talk.",
    }
    loaded = pack.load()
    assert "hjælpe" in loaded.steps[0].speaker_notes.get("da")


def test_ordinary_student_text_passes(pack: PackBuilder) -> None:
    pack.step[0]["student"] = {
        "da": "Hele holdet har mødt nye venner i studiestarten, helt roligt.",
        "en": "Hello! Share your perspective with next year's new students.",
    }
    assert pack.load().steps[0].student.get("en").startswith("Hello!")


# -- steps ------------------------------------------------------------------------------------


def test_missing_steps(pack: PackBuilder) -> None:
    del pack.data["steps"]
    pack.expect_only("steps", "missing: a pack needs at least one step")


@pytest.mark.parametrize("value", [[], "welcome", {"id": "welcome"}])
def test_steps_must_be_a_non_empty_list(pack: PackBuilder, value: Any) -> None:
    pack.data["steps"] = value
    pack.expect_only("steps", "must be a non-empty list of steps")


def test_a_step_must_be_a_table(pack: PackBuilder) -> None:
    pack.data["steps"][3] = "reflection"
    pack.expect_only("steps[3]", "must be a table/mapping")


def test_unknown_step_kind(pack: PackBuilder) -> None:
    pack.step[2]["kind"] = "quiz"
    problem = pack.expect_only("steps[2].kind", "unknown value 'quiz'")
    assert "message, video, poll, reflection, letter, closing" in problem.message


def test_missing_step_kind(pack: PackBuilder) -> None:
    del pack.step[3]["kind"]
    pack.expect_only("steps[3].kind", "missing")


@pytest.mark.parametrize(
    ("value", "field"), [(None, "steps[3].id"), ("Reflection!", "steps[3].id")]
)
def test_bad_step_id(pack: PackBuilder, value: Any, field: str) -> None:
    if value is None:
        del pack.step[3]["id"]
    else:
        pack.step[3]["id"] = value
    pack.expect_only(field, "missing" if value is None else "may only hold")


@pytest.mark.parametrize("value", [0, -1, -0.5, "5", True, False, [5]])
def test_bad_minutes(pack: PackBuilder, value: Any) -> None:
    pack.step[3]["minutes"] = value
    pack.expect_only("steps[3].minutes", f"must be a number of minutes above 0, not {value!r}")


def test_minutes_not_a_number(pack: PackBuilder) -> None:
    """``nan`` is a TOML float; it is no duration and would poison every total."""
    pack.step[3]["minutes"] = math.nan
    pack.expect_only("steps[3].minutes", "must be a number of minutes above 0")


def test_missing_minutes(pack: PackBuilder) -> None:
    del pack.step[3]["minutes"]
    pack.expect_only("steps[3].minutes", "missing: the target duration in minutes")


def test_fractional_minutes_are_fine(pack: PackBuilder) -> None:
    pack.step[1]["minutes"] = 1.5
    assert pack.load().steps[1].minutes == 1.5


def test_durations_over_60_minutes(pack: PackBuilder) -> None:
    pack.step[3]["minutes"] = 33.5  # the other steps take 27 minutes: 60.5 in all
    problem = pack.expect_only("steps[*].minutes", "the steps add up to 60.5 minutes")
    assert "at most 60" in problem.message


def test_durations_of_exactly_60_minutes_are_allowed(pack: PackBuilder) -> None:
    pack.step[3]["minutes"] = 33
    assert pack.load().total_minutes == 60


def test_duplicate_step_ids(pack: PackBuilder) -> None:
    pack.step[3]["id"] = "welcome"
    pack.expect_only("steps[3].id", "duplicate step id 'welcome' (also steps[0])")


def test_unknown_step_field(pack: PackBuilder) -> None:
    pack.step[0]["colour"] = "red"
    pack.expect_only("steps[0].colour", "unknown field (check the spelling)")


def test_misspelt_step_field(pack: PackBuilder) -> None:
    pack.step[0]["speaker_note"] = pack.step[0].pop("speaker_notes")
    problems = pack.problems()
    assert {p.field for p in problems} == {"steps[0].speaker_note", "steps[0].speaker_notes"}
    pack.expect("steps[0].speaker_note", "unknown field", problems)
    pack.expect("steps[0].speaker_notes", "missing", problems)


@pytest.mark.parametrize(
    ("index", "key", "value"),
    [
        (3, "options", [{"da": "a", "en": "a"}, {"da": "b", "en": "b"}]),
        (0, "file", "x.mp4"),
        (2, "consent", {"da": "ok", "en": "ok"}),
        (4, "style", "single"),
    ],
)
def test_fields_of_another_kind_are_unknown(
    pack: PackBuilder, index: int, key: str, value: Any
) -> None:
    pack.step[index][key] = value
    pack.expect_only(f"steps[{index}].{key}", "unknown field")


# -- video steps --------------------------------------------------------------------------------


def test_missing_video_file(pack: PackBuilder) -> None:
    pack.step[1]["file"] = "gone.mp4"
    problem = pack.expect_only("steps[1].file", "video file 'gone.mp4' not found")
    assert str(pack.media) in problem.message


def test_video_without_file_field(pack: PackBuilder) -> None:
    del pack.step[1]["file"]
    pack.expect_only("steps[1].file", "missing")


def test_video_without_subtitles(pack: PackBuilder) -> None:
    del pack.step[1]["subtitles"]
    pack.expect_only("steps[1].subtitles", "missing: one subtitle file (.srt) per language")


def test_missing_subtitle_for_a_language(pack: PackBuilder) -> None:
    del pack.step[1]["subtitles"]["en"]
    pack.expect_only("steps[1].subtitles.en", "missing subtitle file for language 'en'")


def test_subtitle_file_not_found(pack: PackBuilder) -> None:
    pack.step[1]["subtitles"]["da"] = "y.da.srt"
    pack.expect_only("steps[1].subtitles.da", "subtitle file 'y.da.srt' not found")


def test_subtitle_must_be_srt(pack: PackBuilder) -> None:
    pack.extra_media.append("x.en.vtt")
    pack.step[1]["subtitles"]["en"] = "x.en.vtt"
    pack.expect_only("steps[1].subtitles.en", "subtitle file 'x.en.vtt' must be .srt")


def test_subtitle_in_a_language_that_is_not_listed(pack: PackBuilder) -> None:
    pack.extra_media.append("x.de.srt")
    pack.step[1]["subtitles"]["de"] = "x.de.srt"
    pack.expect_only("steps[1].subtitles.de", "language not listed in `languages`")


# -- poll steps --------------------------------------------------------------------------------


@pytest.mark.parametrize("count", [0, 1, 8, 12])
def test_poll_with_too_few_or_too_many_options(pack: PackBuilder, count: int) -> None:
    pack.step[2]["options"] = [{"da": f"svar {i}", "en": f"answer {i}"} for i in range(count)]
    pack.expect_only("steps[2].options", f"needs 2–7 options, has {count}")


@pytest.mark.parametrize("count", [2, 7])
def test_poll_option_count_limits_are_inclusive(pack: PackBuilder, count: int) -> None:
    pack.step[2]["options"] = [{"da": f"svar {i}", "en": f"answer {i}"} for i in range(count)]
    poll = pack.load().steps[2].poll
    assert poll is not None
    assert [o.get("en") for o in poll.options] == [f"answer {i}" for i in range(count)]


def test_poll_without_options(pack: PackBuilder) -> None:
    del pack.step[2]["options"]
    pack.expect_only("steps[2].options", "missing: a list of answer options")


@pytest.mark.parametrize("value", [0, -3, 2.5, "5", True])
def test_bad_min_answers(pack: PackBuilder, value: Any) -> None:
    pack.step[2]["min_answers"] = value
    pack.expect_only("steps[2].min_answers", f"must be a whole number >= 1, not {value!r}")


@pytest.mark.parametrize(("value", "says"), [(None, "missing"), ("ranking", "unknown value")])
def test_bad_poll_style(pack: PackBuilder, value: Any, says: str) -> None:
    if value is None:
        del pack.step[2]["style"]
    else:
        pack.step[2]["style"] = value
    pack.expect_only("steps[2].style", says)


# -- letter and closing steps ------------------------------------------------------------------


def test_letter_without_consent(pack: PackBuilder) -> None:
    del pack.step[4]["consent"]
    pack.expect_only("steps[4].consent", "missing: a text per language")


def test_closing_not_last(pack: PackBuilder) -> None:
    pack.step[4], pack.step[5] = pack.step[5], pack.step[4]
    pack.expect_only("steps[4].kind", "the closing step must be the last")


def test_two_closings(pack: PackBuilder) -> None:
    pack.step[3]["kind"] = "closing"
    problems = pack.problems()
    assert {p.field for p in problems} == {"steps", "steps[3].kind"}
    pack.expect("steps", "at most one closing step", problems)
    pack.expect("steps[3].kind", "must be the last", problems)


def test_a_pack_needs_no_closing_step(pack: PackBuilder) -> None:
    del pack.step[5]
    assert [s.id for s in pack.load().steps][-1] == "letter"


def test_closing_not_last_is_found_at_its_own_index_when_an_earlier_step_is_bad(
    pack: PackBuilder,
) -> None:
    """The index in the message must be the step's place in the manifest, even when an
    earlier step had a problem of its own and could not be built."""
    pack.step[0]["minutes"] = 0
    pack.step[4], pack.step[5] = pack.step[5], pack.step[4]
    problems = pack.problems()
    assert {p.field for p in problems} == {"steps[0].minutes", "steps[4].kind"}


def test_closing_not_last_is_found_when_the_last_step_is_bad(pack: PackBuilder) -> None:
    pack.step[4], pack.step[5] = pack.step[5], pack.step[4]
    pack.step[5]["minutes"] = -1  # now the letter
    problems = pack.problems()
    assert {p.field for p in problems} == {"steps[5].minutes", "steps[4].kind"}


# -- several problems at once --------------------------------------------------------------------


def test_several_problems_are_all_reported_in_one_error(pack: PackBuilder) -> None:
    """A counsellor editing by hand sees every mistake in one run, not one per run."""
    pack.data["id"] = "Mini Pack"
    pack.data["arm"] = "both"
    pack.data["colour"] = "blue"
    pack.step[0]["projector"]["en"] = "An experiment"
    pack.step[1]["file"] = "gone.mp4"
    pack.step[1]["subtitles"]["en"] = "gone.en.srt"
    pack.step[2]["options"] = [{"da": "Ja", "en": "Yes"}]
    pack.step[2]["min_answers"] = 0
    pack.step[3]["minutes"] = "ten"
    del pack.step[4]["consent"]
    pack.step[5]["kind"] = "goodbye"
    expected = {
        "id": "may only hold",
        "arm": "unknown value 'both'",
        "colour": "unknown field",
        "steps[0].projector.en": "must not say 'experiment'",
        "steps[1].file": "not found",
        "steps[1].subtitles.en": "not found",
        "steps[2].options": "needs 2–7 options, has 1",
        "steps[2].min_answers": "whole number",
        "steps[3].minutes": "above 0",
        "steps[4].consent": "missing",
        "steps[5].kind": "unknown value 'goodbye'",
    }
    problems = pack.problems()
    for field, says in expected.items():
        pack.expect(field, says, problems)
    assert {p.field for p in problems} == set(expected)


def test_problems_in_every_step_are_reported(pack: PackBuilder) -> None:
    for step in pack.step:
        step["minutes"] = -2
    problems = pack.problems()
    assert [p.field for p in problems] == [f"steps[{i}].minutes" for i in range(6)]


# -- the letters booklet's introduction ------------------------------------------------------


def test_booklet_intro_is_optional(pack: PackBuilder) -> None:
    assert pack.load().booklet_intro is None


@pytest.mark.parametrize("fmt", ["toml", "yaml"])
def test_booklet_intro_is_read_per_language(pack: PackBuilder, fmt: str) -> None:
    pack.data["booklet_intro"] = {"da": "Breve fra sidste år.", "en": "Letters from last year."}
    intro = pack.load(fmt).booklet_intro
    assert intro is not None
    assert (
        intro.get("da") == "Breve fra sidste år." and intro.get("en") == "Letters from last year."
    )


@pytest.mark.parametrize(
    ("value", "field", "says"),
    [
        ("Breve", "booklet_intro", "must be a table of texts per language"),
        ({"da": "Breve"}, "booklet_intro.en", "text missing for language 'en'"),
        ({"da": "Breve", "en": "  "}, "booklet_intro.en", "text missing for language 'en'"),
        (
            {"da": "Breve", "en": "Letters", "de": "Briefe"},
            "booklet_intro.de",
            "language not listed in `languages`",
        ),
        (
            {"da": "Brevene skal hjælpe dig", "en": "Letters"},
            "booklet_intro.da",
            "student-facing text must not say 'hjælpe'",
        ),
    ],
)
def test_a_broken_booklet_intro_is_named(
    pack: PackBuilder, value: Any, field: str, says: str
) -> None:
    pack.data["booklet_intro"] = value
    pack.expect_only(field, says)


# -- a pack in four languages: Norwegian and Dutch texts and subtitles ------------------------


def _add_languages(data: Any, languages: dict[str, str]) -> None:
    """Give every text table (one with a "da" text) a text per new language, in place."""
    if isinstance(data, dict):
        if isinstance(data.get("da"), str) and not data.get("da", "").endswith(".srt"):
            for lang, word in languages.items():
                data[lang] = f"{data['da']} ({word})"
        for value in data.values():
            _add_languages(value, languages)
    elif isinstance(data, list):
        for item in data:
            _add_languages(item, languages)


@pytest.fixture
def four(pack: PackBuilder) -> PackBuilder:
    """The minimal pack in da, en, nb and nl, with a subtitle file per language."""
    pack.data["languages"] = ["da", "en", "nb", "nl"]
    _add_languages(pack.data, {"nb": "norsk", "nl": "Nederlands"})
    pack.step[1]["subtitles"] |= {"nb": "x.nb.srt", "nl": "x.nl.srt"}
    pack.extra_media += ["x.nb.srt", "x.nl.srt"]
    return pack


def test_a_pack_in_four_languages_is_valid(four: PackBuilder) -> None:
    loaded = four.load()
    assert loaded.languages == ("da", "en", "nb", "nl")
    assert loaded.steps[0].student.get("nb") == "Side welcome (norsk)"
    video = loaded.steps[1].video
    assert video is not None
    assert sorted(video.subtitles) == ["da", "en", "nb", "nl"]


NORDIC_DUTCH_FRAMING: list[tuple[tuple[Any, ...], str, str, str]] = [
    (("title",), "nb", "Et eksperiment om studiestart", "eksperiment"),
    (("booklet_intro",), "nb", "Brevene skal hjelpe deg", "hjelpe"),
    (("steps", 0, "projector"), "nb", "Velkommen til intervensjonen", "intervensjonen"),
    (("steps", 3, "student"), "nb", "Forsøket varer en time", "Forsøket"),
    (("steps", 2, "options", 0), "nb", "Ja, i kontrollgruppen", "kontrollgruppen"),
    (("steps", 4, "consent"), "nb", "Kan vi bruke det i behandlingen?", "behandlingen"),
    (("title",), "nl", "Een experiment over de studiestart", "experiment"),
    (("booklet_intro",), "nl", "Deze brieven helpen je", "helpen"),
    (("steps", 0, "projector"), "nl", "Welkom bij de interventie", "interventie"),
    (("steps", 3, "student"), "nl", "Heb je hulp nodig?", "hulp"),
    (("steps", 2, "options", 0), "nl", "Ja, in de controlegroep", "controlegroep"),
    (("steps", 4, "consent"), "nl", "Mag het in de proef gebruikt worden?", "proef"),
    (("steps", 5, "student"), "nl", "Dat heeft ons geholpen", "geholpen"),
]


@pytest.mark.parametrize(
    ("path", "lang", "text", "word"),
    NORDIC_DUTCH_FRAMING,
    ids=[f"{c[1]}-{c[3]}" for c in NORDIC_DUTCH_FRAMING],
)
def test_the_framing_rule_holds_in_norwegian_and_dutch_texts(
    four: PackBuilder, path: tuple[Any, ...], lang: str, text: str, word: str
) -> None:
    if path == ("booklet_intro",):
        four.data["booklet_intro"] = {"da": "Brevene", "en": "The letters", "nb": "Brevene"}
        four.data["booklet_intro"]["nl"] = "De brieven"
    _dig(four.data, path)[lang] = text
    field = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path).lstrip(".")
    problem = four.expect_only(f"{field}.{lang}", "student-facing text must not say")
    assert repr(word) in problem.message


def test_norwegian_and_dutch_speaker_notes_may_name_the_purpose(four: PackBuilder) -> None:
    four.step[0]["speaker_notes"]["nb"] = "Ikke si at intervensjonen skal hjelpe dem."
    four.step[0]["speaker_notes"]["nl"] = "Zeg niet dat de interventie hen moet helpen."
    assert "hjelpe" in four.load().steps[0].speaker_notes.get("nb")


@pytest.mark.parametrize("lang", ["nb", "nl", "en"])
def test_a_video_without_subtitles_in_one_language_is_refused_naming_step_and_language(
    four: PackBuilder, lang: str
) -> None:
    del four.step[1]["subtitles"][lang]
    problem = four.expect_only(
        f"steps[1].subtitles.{lang}", f"missing subtitle file for language {lang!r}"
    )
    assert problem.code == SUBTITLES_MISSING
    assert problem.params == {"step": "video-1", "language": lang}
    assert "step 'video-1'" in problem.message
    assert "videos always have subtitles in the session language" in problem.message


def test_a_subtitle_file_that_is_gone_is_refused_with_the_same_code(four: PackBuilder) -> None:
    four.extra_media.remove("x.nl.srt")
    problem = four.expect_only("steps[1].subtitles.nl", "subtitle file 'x.nl.srt' not found")
    assert problem.code == SUBTITLES_MISSING
    assert problem.params == {"step": "video-1", "language": "nl"}


def test_a_video_without_any_subtitles_names_every_language(four: PackBuilder) -> None:
    del four.step[1]["subtitles"]
    problem = four.expect_only("steps[1].subtitles", "missing: one subtitle file (.srt)")
    assert problem.code == SUBTITLES_MISSING
    assert problem.params == {"step": "video-1", "language": "da, en, nb, nl"}


def test_other_problems_keep_the_general_code(four: PackBuilder) -> None:
    four.step[0]["student"]["nb"] = " "
    problem = four.expect_only("steps[0].student.nb", "text missing for language 'nb'")
    assert (problem.code, dict(problem.params)) == ("invalid", {})


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"1\n00:00:01,000 --> 00:00:02,000\nHej\n\n2\nikke en tid\nDa\n", "line 6"),
        ("1\n00:00:01,000 --> 00:00:02,000\nBlåbær\n".encode("latin-1"), "not UTF-8"),
    ],
    ids=["bad-timing-line", "latin-1"],
)
def test_a_subtitle_file_that_cannot_be_read_is_refused(
    four: PackBuilder, content: bytes, says: str
) -> None:
    four.write()
    (four.media / "x.nb.srt").write_bytes(content)
    with pytest.raises(PackError) as info:
        load_pack(four.folder)
    [problem] = info.value.problems
    assert problem.field == "steps[1].subtitles.nb"
    assert "subtitle file 'x.nb.srt' cannot be read" in problem.message
    assert says in problem.message
    assert problem.code == SUBTITLES_UNREADABLE
    assert problem.params == {"step": "video-1", "language": "nb"}


@pytest.mark.parametrize(
    ("lang", "line", "word"),
    [
        ("nb", "Dette forsøket skal hjelpe deg", "'forsøket', 'hjelpe'"),
        ("nl", "Fijn, die hulp", "'hulp'"),
    ],
)
def test_subtitles_keep_the_framing_rule_in_every_language(
    four: PackBuilder, lang: str, line: str, word: str
) -> None:
    """The class reads the subtitles: they are student-facing text like any other."""
    four.write()
    srt = f"1\n00:00:01,000 --> 00:00:02,000\nHej\n\n2\n00:00:02,500 --> 00:00:04,000\n{line}\n"
    (four.media / f"x.{lang}.srt").write_text(srt, encoding="utf-8")
    with pytest.raises(PackError) as info:
        load_pack(four.folder)
    [problem] = info.value.problems
    assert problem.field == f"steps[1].subtitles.{lang}"
    assert f"must not say {word}" in problem.message


def test_readable_subtitles_and_empty_ones_to_fill_in_are_fine(four: PackBuilder) -> None:
    four.write()
    srt = "1\n00:00:01,000 --> 00:00:02,000\nHei, jeg heter Sara.\n"
    (four.media / "x.nb.srt").write_text(srt, encoding="utf-8")
    video = load_pack(four.folder).steps[1].video
    assert video is not None
    assert (video.subtitles["nb"].stat().st_size, video.subtitles["nl"].stat().st_size) == (
        len(srt.encode()),
        0,
    )
