"""The two packs shipped in ``assets/packs``: valid, blinded and matched to each other.

The control pack must look like the belonging pack to students (DESIGN §2, arm blinding):
same plan shape, same closing; only the belonging pack carries the active ingredients.
Both speak Danish, English, Norwegian Bokmål and Dutch: every text in every language, the
same placeholders and slide lines, the framing rule in each, and subtitles for every video
in every language with the Danish cues' timings.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from belong_desktop.core.framing import forbidden_words
from belong_desktop.core.pack_loader import load_pack
from belong_desktop.core.packs import MAX_SESSION_MINUTES, Arm, Localized, Pack, StepKind
from belong_desktop.core.subtitles import load_srt

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


# -- four languages: Danish, English, Norwegian Bokmål, Dutch ---------------------------------

LANGUAGES = ("da", "en", "nb", "nl")
#: What must survive translation unchanged: placeholders ({n}, %1), the booklet's "[…]"
#: marker and web addresses (they become links on the student page).
_KEPT = re.compile(r"\{[^{}]*\}|%\d|\[…\]|\b(?:https?://)?(?:[\w-]+\.)+(?:dk|com|org|no|nl)\b")


def all_texts(pack: Pack) -> list[tuple[str, bool, Localized]]:
    """(where, student-facing, texts) for every text table of a pack."""
    found: list[tuple[str, bool, Localized]] = [("title", True, pack.title)]
    if pack.booklet_intro is not None:
        found.append(("booklet_intro", True, pack.booklet_intro))
    for step in pack.steps:
        found.append((f"{step.id}.speaker_notes", False, step.speaker_notes))
        found.append((f"{step.id}.projector", True, step.projector))
        found.append((f"{step.id}.student", True, step.student))
        if step.consent is not None:
            found.append((f"{step.id}.consent", True, step.consent))
        if step.poll is not None:
            found += [
                (f"{step.id}.options[{i}]", True, option)
                for i, option in enumerate(step.poll.options)
            ]
    return found


@pytest.fixture(scope="module", params=["belonging", "control"])
def shipped(request: pytest.FixtureRequest) -> Pack:
    return load_pack(PACKS / request.param)


def test_both_packs_speak_four_languages(shipped: Pack) -> None:
    assert shipped.languages == LANGUAGES


def test_every_text_exists_in_every_language(shipped: Pack) -> None:
    for where, _, texts in all_texts(shipped):
        assert texts.languages == set(LANGUAGES), where
        assert all(texts.texts[lang].strip() for lang in LANGUAGES), where


def test_norwegian_and_dutch_texts_are_translated_not_copied(shipped: Pack) -> None:
    """A Danish text pasted into the nb or nl slot is untranslated. Short texts may agree
    ("Helt enig" and "Emil · 3. semester, økonomi" are Norwegian too); sentences may not."""
    copied = [
        (where, lang)
        for where, _, texts in all_texts(shipped)
        for lang in ("nb", "nl")
        if len(re.findall(r"\w+", texts.get("da"))) > 4
        and texts.get(lang) in (texts.get("da"), texts.get("en"))
    ]
    assert copied == []


def test_placeholders_links_and_markers_are_the_same_in_every_language(shipped: Pack) -> None:
    for where, _, texts in all_texts(shipped):
        danish = sorted(_KEPT.findall(texts.get("da")))
        for lang in LANGUAGES:
            assert sorted(_KEPT.findall(texts.get(lang))) == danish, (where, lang)


def test_slides_have_the_same_lines_in_every_language(shipped: Pack) -> None:
    """The projector's first line is the step's headline and the rest its body (bullets):
    a translation that joins or splits lines changes the slide."""
    for step in shipped.steps:
        lines = {lang: step.projector.get(lang).count("\n") for lang in LANGUAGES}
        bullets = {lang: step.projector.get(lang).count("•") for lang in LANGUAGES}
        assert len(set(lines.values())) == 1, (step.id, lines)
        assert len(set(bullets.values())) == 1, (step.id, bullets)


def test_the_framing_rule_holds_for_every_student_facing_text(shipped: Pack) -> None:
    found = [
        (where, lang, forbidden_words(texts.get(lang)))
        for where, student_facing, texts in all_texts(shipped)
        if student_facing
        for lang in LANGUAGES
        if forbidden_words(texts.get(lang))
    ]
    assert found == []


def test_the_shared_texts_are_word_for_word_the_same_in_both_arms(
    belonging: Pack, control: Pack
) -> None:
    """Welcome, poll options, the letter's consent and the closing: students in the two arms
    read the same words there, in every language."""
    shared = {"title", "welcome.projector", "welcome.student", "closing.speaker_notes"}
    shared |= {f"poll.options[{i}]" for i in range(5)} | {"letter.consent"}
    ours = {where: texts for where, _, texts in all_texts(belonging) if where in shared}
    theirs = {where: texts for where, _, texts in all_texts(control) if where in shared}
    assert set(ours) == set(theirs) == shared
    for where in shared:
        for lang in LANGUAGES:
            assert ours[where].get(lang) == theirs[where].get(lang), (where, lang)


def test_every_video_has_subtitles_in_every_language_timed_like_the_danish(
    shipped: Pack,
) -> None:
    videos = [s for s in shipped.steps if s.video is not None]
    assert len(videos) >= 3
    for step in videos:
        assert step.video is not None
        assert sorted(step.video.subtitles) == sorted(LANGUAGES), step.id
        danish = load_srt(step.video.subtitles["da"])
        assert len(danish) >= 3
        for lang in LANGUAGES:
            cues = load_srt(step.video.subtitles[lang])
            where = f"{step.id} {step.video.subtitles[lang].name}"
            assert [(c.start, c.end) for c in cues] == [(c.start, c.end) for c in danish], where
            assert all(cue.text.strip() for cue in cues), where
            words = [w for cue in cues for w in forbidden_words(cue.text)]
            assert words == [], (where, words)
            if lang != "da":
                same = [c.text for c, d in zip(cues, danish, strict=True) if c.text == d.text]
                assert same == [], (where, same)
