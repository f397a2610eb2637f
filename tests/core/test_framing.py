"""The "under the radar" word list: stems match at the start of a word, in any case."""

from __future__ import annotations

import pytest

from belong_desktop.core.framing import FORBIDDEN_STEMS, forbidden_words


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Vi vil gerne hjælpe jer", ["hjælpe"]),
        ("Hun hjælper andre", ["hjælper"]),
        ("en hjælpsom ven", ["hjælpsom"]),
        ("Hjælp!", ["Hjælp"]),
        ("HJÆLPEN er her", ["HJÆLPEN"]),
        ("That was helpful", ["helpful"]),
        ("It HELPED a lot", ["HELPED"]),
        ("You are in the Kontrolgruppe", ["Kontrolgruppe"]),
        ("An Experiment", ["Experiment"]),
        ("eksperimentet", ["eksperimentet"]),
        ("Dette forsøg", ["forsøg"]),
        ("en behandling", ["behandling"]),
        ("the treatment group", ["treatment"]),
        ("a control group", ["control"]),
        ("interventionen", ["interventionen"]),
        ("(intervention)", ["intervention"]),
        ("pre-intervention survey", ["intervention"]),
    ],
)
def test_stems_match_with_any_ending_and_case(text: str, found: list[str]) -> None:
    assert forbidden_words(text) == found


def test_every_stem_is_found_on_its_own_and_capitalised() -> None:
    for stems in FORBIDDEN_STEMS.values():
        for stem in stems:
            assert forbidden_words(stem) == [stem]
            assert forbidden_words(f"Et {stem.capitalize()}.") == [stem.capitalize()]


def test_words_are_returned_in_order_as_written() -> None:
    text = "Treatment or control? Vi hjælper, det er et Forsøg."
    assert forbidden_words(text) == ["Treatment", "control", "hjælper", "Forsøg"]


def test_repeated_words_are_all_returned() -> None:
    assert forbidden_words("help, help, help") == ["help", "help", "help"]


@pytest.mark.parametrize(
    "text",
    [
        "Velkommen! I dag hører vi, hvordan ældre studerende har oplevet deres studiestart",
        "Du har sikkert allerede mødt nye venner",
        "Det er helt normalt, og hele holdet er med",
        "Hello and welcome; share your perspective with next year's new students",
        "Skriv et brev til næste års nye studerende",
        "Tak for i dag",
        "",
    ],
)
def test_ordinary_text_has_no_forbidden_words(text: str) -> None:
    assert forbidden_words(text) == []


@pytest.mark.parametrize("text", ["selvhjælp", "unhelpful", "selfhelp", "studiekontrol"])
def test_a_stem_inside_a_word_does_not_count(text: str) -> None:
    """The match is anchored at a word start, so compounds ending in a stem pass."""
    assert forbidden_words(text) == []


def test_letters_ae_oe_aa_belong_to_the_word() -> None:
    """Danish letters are word characters, so "æhjælp" is not a word starting with "hjælp"."""
    assert forbidden_words("æhjælp øcontrol åhelp") == []


def test_both_languages_are_checked_in_any_text() -> None:
    """A Danish text quoting an English word is still caught (stems are pooled)."""
    assert forbidden_words("Det var meget helpful") == ["helpful"]
    assert forbidden_words("It was a forsøg") == ["forsøg"]
