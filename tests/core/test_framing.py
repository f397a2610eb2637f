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


# -- Norwegian Bokmål and Dutch ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # nb
        ("Dette er en intervensjon", ["intervensjon"]),
        ("Intervensjonen starter nå", ["Intervensjonen"]),
        ("Vi vil hjelpe deg", ["hjelpe"]),
        ("Det hjelper å snakke", ["hjelper"]),
        ("en hjelpsom medstudent", ["hjelpsom"]),
        ("Hun hjalp meg", ["hjalp"]),
        ("Det har hjulpet mange", ["hjulpet"]),
        ("et eksperiment", ["eksperiment"]),
        ("Forsøket varer en time", ["Forsøket"]),
        ("Vi forsøker noe nytt", ["forsøker"]),
        ("Du får en behandling", ["behandling"]),
        ("Du er i kontrollgruppen", ["kontrollgruppen"]),
        # nl
        ("Deze interventie duurt een uur", ["interventie"]),
        ("De interventies van het project", ["interventies"]),
        ("Wij willen je helpen", ["helpen"]),
        ("Het helpt om te praten", ["helpt"]),
        ("Dat heeft mij geholpen", ["geholpen"]),
        ("Ze is erg behulpzaam", ["behulpzaam"]),
        ("Heb je hulp nodig?", ["hulp"]),
        ("een hulpvraag", ["hulpvraag"]),
        ("Dit is een experiment", ["experiment"]),
        ("De proef duurt een uur", ["proef"]),
        ("de proefgroep", ["proefgroep"]),
        ("Je krijgt een behandeling", ["behandeling"]),
        ("Jij zit in de controlegroep", ["controlegroep"]),
        ("Controleer of het bestand er staat", ["Controleer"]),
    ],
)
def test_norwegian_and_dutch_stems_match_with_any_ending_and_case(
    text: str, found: list[str]
) -> None:
    assert forbidden_words(text) == found


def test_every_language_of_the_shipped_packs_has_a_word_list() -> None:
    assert set(FORBIDDEN_STEMS) == {"da", "en", "nb", "nl"}
    for stems in FORBIDDEN_STEMS.values():
        assert len(stems) >= 5
        assert all(stem == stem.lower() and stem.isalpha() for stem in stems)


@pytest.mark.parametrize(
    "text",
    [
        # nb: sentences of the kind the packs use
        "Velkommen! I dag hører vi hvordan eldre studenter opplevde studiestarten",
        "Du er anonym her, så ikke skriv navnet ditt.",
        "Hva kjente du igjen i det de eldre studentene fortalte?",
        "Skriv for deg selv i tolv minutter.",
        "Det ble bedre med tiden, og nå vet jeg at det er vanlig å føle seg på etterskudd.",
        "Jeg sjekker alltid at filen er lastet opp.",
        "Hvor enig er du? Helt enig, delvis enig, verken enig eller uenig.",
        "Kontakt studieveiledningen på studiet ditt.",
        "Vi prøvde noe nytt, og det hjertelige svaret kom raskt.",
        # nl: sentences of the kind the packs use
        "Welkom! Vandaag horen we hoe oudere studenten hun studiestart hebben beleefd",
        "Je bent hier anoniem, dus schrijf je naam niet op.",
        "Wat herkende je in wat de oudere studenten vertelden?",
        "Schrijf twaalf minuten voor jezelf.",
        "In het college behandelen we de stof, en de docent behandelde mijn vraag.",
        "Ik kijk altijd na of het bestand is geüpload.",
        "Hoe eens ben je het hiermee? Helemaal mee eens, deels mee oneens.",
        "Neem contact op met de studieadviseur van je opleiding.",
        "Een helder verhaal over de hele eerste week.",
    ],
)
def test_ordinary_norwegian_and_dutch_text_has_no_forbidden_words(text: str) -> None:
    assert forbidden_words(text) == []


def test_the_stems_are_pooled_so_a_word_from_another_language_is_caught() -> None:
    assert forbidden_words("Dit was echt helpful") == ["helpful"]
    assert forbidden_words("Det var en stor hulp") == ["hulp"]
    assert forbidden_words("Det er en intervensjon, not an interventie") == [
        "intervensjon",
        "interventie",
    ]
