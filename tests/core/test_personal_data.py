"""The personal-data detector: each kind, the tricky cases, overlaps, redaction, broken
input, and a quality floor on the labelled student texts (data/personal_data_labelled.jsonl).
"""

from __future__ import annotations

import itertools
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from belong_desktop.core.errors import InvalidInput
from belong_desktop.core.first_names import name_list, read_lines
from belong_desktop.core.personal_data import (
    REDACTION_TOKENS,
    Flag,
    PiiKind,
    find_personal_data,
    redact,
)

LABELLED = Path(__file__).parent / "data" / "personal_data_labelled.jsonl"


def flagged(text: str) -> list[tuple[str, str]]:
    """What the detector flags in ``text``, as (kind, span text) pairs."""
    return [(f.kind.value, text[f.start : f.end]) for f in find_personal_data(text)]


def load_labelled() -> list[dict[str, Any]]:
    return [json.loads(line) for line in LABELLED.read_text(encoding="utf-8").splitlines()]


# -- the name list -------------------------------------------------------------------------


def test_the_name_lists_load_from_the_package_data() -> None:
    lists = name_list()
    assert len(lists.names) > 3000
    assert {"mads", "sofie", "maja", "mohammed", "fatima", "ingrid", "daan"} <= lists.names
    assert {"per", "mark", "hans", "maj", "august"} <= lists.words
    assert "maj" not in lists.names - lists.words  # the month is never a plain name
    header = (Path(__file__).parents[2] / "belong_desktop/core/data/first_names.txt").read_text(
        encoding="utf-8"
    )
    assert "Copyright (c) 2012 Daniele Faraglia" in header and "CPR register" in header
    assert all(not line.startswith("#") for line in read_lines("first_names.txt"))


# -- each kind on its own -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, span",
    [
        ("mit cpr er 010203-1234 ok", "010203-1234"),
        ("cpr 0102031234.", "0102031234"),
        ("cpr 010203 1234", "010203 1234"),
        ("født 290200-4321", "290200-4321"),  # 29 Feb 2000, a leap year (7th digit 4, yy 00)
    ],
)
def test_cpr_numbers_with_a_valid_date(text: str, span: str) -> None:
    assert flagged(text) == [("cpr", span)]


@pytest.mark.parametrize(
    "text",
    [
        "datoen 12-05-2024 og 01.09.25",
        "300292-1234",  # 30 February
        "290201-1234",  # 29 February 1901: no leap year
        "011399-1234",  # month 13
        "ordrenummer 123456789",
        "kl. 10.15 til 12.00 i 2024",
    ],
)
def test_dates_and_other_numbers_are_no_cpr(text: str) -> None:
    assert [k for k, _ in flagged(text)] == []


def test_the_cpr_century_rule_decides_the_leap_day() -> None:
    # yy 00 with 7th digit 0-3 is 1900 (no leap year), with 4 it is 2000 (a leap year).
    assert flagged("290200-1234") == []
    assert flagged("290200-4234") == [("cpr", "290200-4234")]
    # The modulus-11 check is no requirement (not used since 2007).
    assert flagged("010203-0000") == [("cpr", "010203-0000")]


def test_email_addresses() -> None:
    text = "Skriv til mads.jensen+uni@post.au.dk eller SOFIE@Gmail.com."
    assert flagged(text) == [
        ("email", "mads.jensen+uni@post.au.dk"),
        ("email", "SOFIE@Gmail.com"),
    ]


@pytest.mark.parametrize(
    "number",
    [
        "12345678",
        "12 34 56 78",
        "1234 5678",
        "+45 12 34 56 78",
        "+4512345678",
        "0045 12345678",
        "(+45) 12 34 56 78",
        "+47 912 34 567",
        "+31 6 12345678",
        "+44 20 7946 0958",
        "06-12345678",
    ],
)
def test_phone_numbers(number: str) -> None:
    assert flagged(f"Ring på {number} i aften") == [("phone", number)]


@pytest.mark.parametrize(
    "text",
    [
        "I 2024 og 2025",
        "kl. 10.15 og 08:15-16:45",
        "Det kostede 500 kr. og 25 000 000 kr.",
        "gymnasiet 2019-2022",
        "fristen er 12.05.2024",
        "journalnummer 01234567",
    ],
)
def test_years_times_sums_and_dates_are_no_phone_numbers(text: str) -> None:
    assert flagged(text) == []


def test_links() -> None:
    text = "Se https://sofiehansen.dk/cv, www.mitliv.dk og instagram.com/sofie.k."
    assert flagged(text) == [
        ("url", "https://sofiehansen.dk/cv"),
        ("url", "www.mitliv.dk"),
        ("url", "instagram.com/sofie.k"),
    ]


def test_public_sites_and_abbreviations_are_no_links() -> None:
    text = "Læs su.dk, https://www.ku.dk/studier og instagram.com, f.eks. kap. 3 bl.a. rapport.pdf"
    assert flagged(text) == []


def test_handles() -> None:
    assert flagged("følg @kemi_rus_2025!") == [("handle", "@kemi_rus_2025")]
    assert flagged("snap: jonas_bk") == [("handle", "jonas_bk")]
    assert flagged("min insta er laura.k03") == [("handle", "laura.k03")]
    assert flagged("min insta er privat") == []
    assert flagged("vi har en discord-server") == []


def test_addresses_and_street_names() -> None:
    assert flagged("Jeg bor på Nørregade 14, 2. th., 8000 Aarhus C") == [
        ("address", "Nørregade 14, 2. th., 8000 Aarhus C")
    ]
    assert flagged("Fest på Jens Baggesens Vej 12") == [("address", "Jens Baggesens Vej 12")]
    assert flagged("I lived at 12 Baker Street.") == [("address", "12 Baker Street")]
    # A street without a number is a place; the person in its name is no one here.
    assert flagged("Kollegiet ligger på Jens Baggesens Vej, tæt på bussen.") == []
    # ... but a person who lives on a street is still a person.
    assert flagged("Mads bor på Nørregade, og Sofie bor på Nørregade 3") == [
        ("name", "Mads"),
        ("name", "Sofie"),
        ("address", "Nørregade 3"),
    ]
    assert flagged("Jeg var i Parken 2 gange og på min arbejdsplads 3 dage") == []


# -- names and their ambiguity --------------------------------------------------------------


@pytest.mark.parametrize(
    "text, names",
    [
        ("Hilsen Mads", ["Mads"]),
        ("Kh. Sofie", ["Sofie"]),
        ("Kærlig hilsen\nLouise", ["Louise"]),
        ("hilsen anna", ["anna"]),
        ("HUSK DET. HILSEN FREJA", ["FREJA"]),
        ("Jeg hedder Thorvald og er ny.", ["Thorvald"]),  # not in the list: the cue says it
        ("Min kæreste Storm syntes det.", ["Storm"]),
        ("Emil og jeg mødtes på rusturen.", ["Emil"]),  # a sentence start
        ("jeg kendte kun mathias", ["mathias"]),  # lower case
        ("Tak til Mikkel Andersen.", ["Mikkel Andersen"]),
        ("Tak til Jonas P. Lund for alt.", ["Jonas P. Lund"]),
        ("Med Anne van Dijk og Mohammed al-Hassan.", ["Anne van Dijk", "Mohammed al-Hassan"]),
        ("Vi var hos Olivers forældre.", ["Oliver"]),  # the genitive s stays
        ("Anne-Sofie kom også.", ["Anne-Sofie"]),
    ],
)
def test_names(text: str, names: list[str]) -> None:
    assert flagged(text) == [("name", n) for n in names]


@pytest.mark.parametrize(
    "text, names",
    [
        ("Eksamen i maj. Jeg læste med Maja.", ["Maja"]),
        ("Fire timer per uge. Min makker hed Per.", ["Per"]),
        ("Per og Sofie kom.", ["Per", "Sofie"]),  # a word-name beside a name
        ("Jeg skulle bo alene. Jeg boede med Bo.", ["Bo"]),
        ("Vi spillede på en mark. Jeg så Mark.", ["Mark"]),
        ("Jeg startede i august, og min nabo August også.", ["August"]),
        ("I started in August. Since May it is fine.", []),
        ("Eksamen 14. jan. kl. 9 med Jan.", ["Jan"]),
        ("Ida tog mig med til IDA.", ["Ida"]),
        ("Der var sol og storm i introugen.", []),
        ("Hans råd var godt. Jeg spurgte Hans.", ["Hans"]),
        ("Held og lykke! Min roommate Lykke hjalp.", ["Lykke"]),
        ("Det lyder som om, de andre ville med.", []),
    ],
)
def test_names_that_are_also_words(text: str, names: list[str]) -> None:
    assert flagged(text) == [("name", n) for n in names]


@pytest.mark.parametrize(
    "text",
    [
        "Kære nye studerende\nVi ses på Canvas og Aula i september.",
        "Kære Fremtidige Studerende",
        "Hilsen en tidligere nervøs rus",
        "Mandag og tirsdag er lange dage på DTU og KU.",
        "Gode Råd Til Nye Studerende På Datalogi",
        "Underviseren i fysik var streng; lektoren var sød.",
        "Tip: Lav en studiegruppe. Tip 2: Spørg.",
        "Will it get easier? Yes. Even the confident ones feel it.",
        "Jeg flyttede til Frederiksberg og cyklede til Nørre Campus.",
    ],
)
def test_ordinary_study_start_text_has_no_names(text: str) -> None:
    assert flagged(text) == []


# -- overlaps -------------------------------------------------------------------------------


def test_overlaps_go_to_the_more_specific_kind() -> None:
    # An e-mail beats the name and the handle inside it; a link beats the handle in it.
    assert flagged("Skriv til mads@jensen.dk") == [("email", "mads@jensen.dk")]
    assert flagged("https://tiktok.com/@sofie_k") == [("url", "https://tiktok.com/@sofie_k")]
    # Instagram handle as a name after "hedder": the handle wins.
    assert flagged("jeg hedder @noravestergaard") == [("handle", "@noravestergaard")]


def test_flags_are_sorted_and_never_overlap() -> None:
    for case in load_labelled():
        flags = find_personal_data(case["text"])
        assert flags == sorted(flags, key=lambda f: f.start)
        assert all(a.end <= b.start for a, b in itertools.pairwise(flags))


# -- redaction ------------------------------------------------------------------------------


def test_redact_replaces_the_span_with_its_token() -> None:
    text = "Hilsen Mads (mads@jensen.dk, 12 34 56 78)"
    flags = find_personal_data(text)
    for flag in reversed(flags):  # from the end, so the earlier offsets stay right
        text = redact(text, flag)
    assert text == "Hilsen [navn] ([e-mail], [telefon])"
    assert set(REDACTION_TOKENS) == set(PiiKind)
    assert REDACTION_TOKENS[PiiKind.CPR] == "[cpr-nr]"
    assert REDACTION_TOKENS[PiiKind.ADDRESS] == "[adresse]"


@pytest.mark.parametrize(
    "flag",
    [
        Flag(PiiKind.NAME, 7, 40),  # past the end
        Flag(PiiKind.NAME, -1, 3),
        Flag(PiiKind.NAME, 5, 5),  # empty
        Flag(PiiKind.NAME, 6, 7),  # only the space
    ],
)
def test_redact_refuses_a_flag_that_does_not_fit(flag: Flag) -> None:
    with pytest.raises(InvalidInput) as info:
        redact("Hilsen Mads", flag)
    assert info.value.code == "pii_flag_outside_text"


def test_redact_refuses_what_is_no_flag() -> None:
    """Passing something else is a caller's bug, not a refusal: a TypeError."""
    with pytest.raises(TypeError):
        redact("Hilsen Mads", (PiiKind.NAME, 7, 11))  # type: ignore[arg-type]


def test_a_flag_shows_no_text() -> None:
    text = "Hilsen Mads"
    (flag,) = find_personal_data(text)
    assert "Mads" not in repr(flag) and "Mads" not in str(flag)


# -- broken input ---------------------------------------------------------------------------


def test_empty_and_blank_text() -> None:
    assert find_personal_data("") == []
    assert find_personal_data(" \n\t ") == []


def test_emoji_and_combining_characters_only() -> None:
    assert find_personal_data("😀🎉👍🏽 \u0301\u0308\u0327 🇩🇰" * 50) == []


def test_a_name_typed_with_a_combining_accent() -> None:
    text = "Tak til Zoe\u0308 og Jose\u0301."  # e + combining diaeresis / acute
    assert [t for _, t in flagged(text)] == ["Zoe\u0308", "Jose\u0301"]


def test_a_very_long_text() -> None:
    chunk = "Jeg var nervøs i starten, men det gik. Hilsen Mads, tlf. 12 34 56 78. "
    text = (chunk * (20_000 // len(chunk) + 1))[:20_000]
    flags = find_personal_data(text)
    kinds = Counter(f.kind for f in flags)
    repeats = 20_000 // len(chunk)
    assert kinds[PiiKind.NAME] >= repeats and kinds[PiiKind.PHONE] >= repeats
    assert all(0 <= f.start < f.end <= len(text) for f in flags)


def test_control_characters_and_odd_whitespace() -> None:
    text = "Hilsen\u00a0Mads\x00\r\nKh\u2003Sofie\u200b"
    assert [t for _, t in flagged(text)] == ["Mads", "Sofie"]


# -- the labelled set and the quality floor -------------------------------------------------


def test_the_labelled_set_is_well_formed() -> None:
    cases = load_labelled()
    assert len(cases) >= 150
    assert sum(1 for c in cases if not c["spans"]) >= 80
    kinds = {s["kind"] for c in cases for s in c["spans"]}
    assert kinds == {k.value for k in PiiKind}
    for case in cases:
        text = case["text"]
        assert case["note"].strip()
        for span in case["spans"]:
            piece = text[span["start"] : span["end"]]
            assert 0 <= span["start"] < span["end"] <= len(text), case["note"]
            assert piece == piece.strip() and piece, (case["note"], piece)


def _score(cases: list[dict[str, Any]]) -> dict[str, Counter[str]]:
    """Per kind: a flag is right when it overlaps a labelled span of its kind (once each)."""
    counts: dict[str, Counter[str]] = {k.value: Counter() for k in PiiKind}
    for case in cases:
        unmatched = [(s["kind"], s["start"], s["end"]) for s in case["spans"]]
        for flag in find_personal_data(case["text"]):
            kind = flag.kind.value
            hit = next(
                (g for g in unmatched if g[0] == kind and g[1] < flag.end and flag.start < g[2]),
                None,
            )
            counts[kind]["tp" if hit else "fp"] += 1
            if hit:
                unmatched.remove(hit)
        for kind, _, _ in unmatched:
            counts[kind]["fn"] += 1
    return counts


def test_precision_and_recall_on_the_labelled_set_hold_their_floor() -> None:
    """A quality floor a little under what the detector reaches (benchmarks/personal_data.py
    prints the figures), so a change that costs quality fails here."""
    counts = _score(load_labelled())
    total: Counter[str] = sum(counts.values(), Counter())
    precision = total["tp"] / (total["tp"] + total["fp"])
    recall = total["tp"] / (total["tp"] + total["fn"])
    assert precision >= 0.95, counts
    assert recall >= 0.95, counts
    names = counts["name"]
    assert names["tp"] / (names["tp"] + names["fp"]) >= 0.93, names
    assert names["tp"] / (names["tp"] + names["fn"]) >= 0.93, names
    for kind in ("cpr", "email", "phone", "url", "handle", "address"):
        assert counts[kind]["fn"] == 0 and counts[kind]["fp"] <= 1, (kind, counts[kind])
