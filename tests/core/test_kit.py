"""The trial kit: the groups sheet, the kit file, the recipient's fingerprint.

Runs in the core venv (no pyrage): the recipients below were made by the real
``age-keygen`` (public keys only; their identities were thrown away).
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any

import pytest

from belong_desktop.core.kit import (
    KIT_FORMAT,
    KIT_FORMAT_VERSION,
    ArmPack,
    KitError,
    StudyGroup,
    build_kit,
    decode_text,
    kit_json,
    parse_groups_csv,
    parse_kit,
    recipient_fingerprint,
    recipient_problem,
)
from belong_desktop.core.packs import Arm

RECIPIENT = "age1980dz6f7l6fdr55u2xjjfsxeyjslyf9g095dx57eqgz6xges6f6s4evh2z"
OTHER_RECIPIENT = "age1rgvt05wwjkff8f4kgkfvetcr83esal5gmt2srystpr78cu24cvnqcgdd9h"
PACKS = {Arm.TREATMENT: ArmPack("belonging", "1.0.0"), Arm.CONTROL: ArmPack("control", "1.0.0")}
NOW = datetime(2026, 11, 2, 9, 30, 15, 123456, tzinfo=UTC)

GOOD_CSV = (
    "group,institution,programme,arm\n"
    "DAT1-A,Zealand Business College,Datamatiker,treatment\n"
    "DAT1-B,Zealand Business College,Datamatiker,control\n"
    "SYG 2,Københavns Professionshøjskole,Sygeplejerske,Treatment\n"
)


def kit_document(**changes: Any) -> dict[str, Any]:
    kit = build_kit("UFM-BELONG-2027", RECIPIENT, PACKS, parse_groups_csv(GOOD_CSV), NOW)
    document: dict[str, Any] = json.loads(kit_json(kit))
    document.update(changes)
    return document


def problems_of(text: str) -> tuple[str, ...]:
    with pytest.raises(KitError) as caught:
        parse_groups_csv(text)
    return caught.value.problems


# -- fingerprint -------------------------------------------------------------------------


def test_the_fingerprint_is_16_crockford_characters_in_four_groups() -> None:
    fingerprint = recipient_fingerprint(RECIPIENT)
    assert re.fullmatch(r"([0-9A-HJKMNP-TV-Z]{4}-){3}[0-9A-HJKMNP-TV-Z]{4}", fingerprint)
    assert not set(fingerprint) & set("ILOU")


def test_the_fingerprint_is_the_first_80_bits_of_the_sha256() -> None:
    # sha256(RECIPIENT) computed independently: the first 10 bytes as 80 bits, 5 at a time.
    import hashlib

    bits = bin(int.from_bytes(hashlib.sha256(RECIPIENT.encode()).digest()[:10], "big"))[2:]
    bits = bits.zfill(80)
    alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    expected = "".join(alphabet[int(bits[i : i + 5], 2)] for i in range(0, 80, 5))
    assert recipient_fingerprint(RECIPIENT).replace("-", "") == expected


def test_the_fingerprint_differs_per_recipient_and_ignores_surrounding_space() -> None:
    assert recipient_fingerprint(RECIPIENT) != recipient_fingerprint(OTHER_RECIPIENT)
    assert recipient_fingerprint(f"  {RECIPIENT}\r\n") == recipient_fingerprint(RECIPIENT)


# -- recipient shape ---------------------------------------------------------------------


def test_a_real_recipient_has_no_problem() -> None:
    assert recipient_problem(RECIPIENT) is None
    assert recipient_problem(OTHER_RECIPIENT) is None


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("", "empty"),
        ("AGE-SECRET-KEY-1QQQQ", "secret identity"),
        ("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB", "starting with age1"),
        (RECIPIENT[:-1], "is it complete"),
        (RECIPIENT[:-1] + ("q" if RECIPIENT[-1] != "q" else "p"), "checksum"),
        (RECIPIENT.upper(), "starting with age1"),
    ],
)
def test_a_wrong_recipient_is_named_without_quoting_it(value: str, words: str) -> None:
    problem = recipient_problem(value)
    assert problem is not None and words in problem
    if len(value) > 8:
        assert value[4:12] not in problem


# -- the groups sheet --------------------------------------------------------------------


def test_a_good_sheet_gives_its_groups_in_order() -> None:
    groups = parse_groups_csv(GOOD_CSV)
    assert groups == [
        StudyGroup("DAT1-A", "Zealand Business College", "Datamatiker", Arm.TREATMENT),
        StudyGroup("DAT1-B", "Zealand Business College", "Datamatiker", Arm.CONTROL),
        StudyGroup("SYG 2", "Københavns Professionshøjskole", "Sygeplejerske", Arm.TREATMENT),
    ]


def test_danish_excel_semicolons_bom_crlf_danish_headers_and_arm_words_work() -> None:
    text = (
        "\ufeffHold;Institution;Uddannelse;Arm;Bemærkning\r\n"
        "DAT1-A;Zealand;Datamatiker;Indsats;første runde\r\n"
        ";;;;\r\n"
        "DAT1-B;Zealand;Datamatiker, deltid;KONTROL;\r\n"
    )
    groups = parse_groups_csv(text)
    assert [(g.code, g.programme, g.arm) for g in groups] == [
        ("DAT1-A", "Datamatiker", Arm.TREATMENT),
        ("DAT1-B", "Datamatiker, deltid", Arm.CONTROL),
    ]


def test_windows_1252_bytes_are_read_as_danish_excel_writes_them() -> None:
    data = "group;institution;programme;arm\nA;Københavns Erhvervsakademi;Æstetik;control\n"
    assert decode_text(data.encode("cp1252")) == data
    assert decode_text(b"\xef\xbb\xbf" + data.encode("utf-8")) == data
    assert parse_groups_csv(decode_text(data.encode("cp1252")))[0].institution.startswith("Kø")


def test_every_problem_is_named_with_its_line_number() -> None:
    text = (
        "group,institution,programme,arm\n"  # line 1
        "DAT1-A,Zealand,Datamatiker,treatment\n"  # 2
        ",Zealand,Datamatiker,control\n"  # 3: empty code
        "DAT1-C,Zealand,Datamatiker,tretment\n"  # 4: unknown arm
        "dat1-a,Zealand,Datamatiker,control\n"  # 5: duplicate (case)
        "DAT/1,Zealand,Datamatiker,control\n"  # 6: bad code
        "DAT1-F,,Datamatiker,control\n"  # 7: empty institution
        'DAT1-G,"Zealand\nBusiness",Datamatiker,\n'  # 8-9: a cell over two lines; empty arm
        "DAT1-H,Zealand,Datamatiker,control\n"  # 10: fine
    )
    problems = problems_of(text)
    assert problems == (
        "line 3: the group code is empty",
        "line 4: unknown arm 'tretment' (treatment or control)",
        "line 5: group 'dat1-a' is listed twice (first on line 2; codes are compared "
        "without regard to case)",
        "line 6: group code 'DAT/1' must be 1–32 letters, digits, spaces, '.', '_' or '-'",
        "line 7: the institution is empty",
        "line 9: unknown arm empty (treatment or control)",
    )


def test_the_error_message_lists_every_problem() -> None:
    with pytest.raises(KitError) as caught:
        parse_groups_csv("group,institution,programme,arm\n,X,Y,z\n")
    message = str(caught.value)
    assert "2 problems" in message
    assert "line 2: the group code is empty" in message
    assert "line 2: unknown arm 'z'" in message
    assert caught.value.code == "bad_groups"


def test_missing_columns_are_each_named() -> None:
    problems = problems_of("group;institution\nA;B\n")
    assert len(problems) == 2
    assert problems[0].startswith("line 1: the column 'programme' is missing")
    assert problems[1].startswith("line 1: the column 'arm' is missing")


def test_a_sheet_without_a_header_is_refused_for_its_columns() -> None:
    problems = problems_of("DAT1-A,Zealand,Datamatiker,treatment\n")
    assert [p.split(" is missing")[0] for p in problems] == [
        "line 1: the column 'group'",
        "line 1: the column 'institution'",
        "line 1: the column 'programme'",
        "line 1: the column 'arm'",
    ]


def test_a_column_twice_is_refused() -> None:
    assert problems_of("group,arm,institution,programme,arm\nA,control,X,Y,control\n") == (
        "line 1: the column 'arm' appears 2 times",
    )


@pytest.mark.parametrize("text", ["", "\ufeff", "  \r\n\r\n"])
def test_an_empty_file_is_refused(text: str) -> None:
    assert problems_of(text) == ("the file is empty",)


def test_a_header_without_rows_is_refused() -> None:
    assert problems_of("group,institution,programme,arm\n\n") == ("it has a header but no groups",)


def test_a_too_long_name_is_refused() -> None:
    long_name = "x" * 121
    problems = problems_of(f"group,institution,programme,arm\nA,{long_name},P,control\n")
    assert problems == ("line 2: the institution is longer than 120 characters",)


def test_a_short_row_is_read_with_empty_cells() -> None:
    assert problems_of("group,institution,programme,arm\nA,Zealand\n") == (
        "line 2: unknown arm empty (treatment or control)",
    )


def test_an_empty_programme_is_allowed() -> None:
    group = parse_groups_csv("group,institution,programme,arm\nA,Zealand,,control\n")[0]
    assert group.programme == ""


# -- the kit file ------------------------------------------------------------------------


def test_a_kit_round_trips_through_json() -> None:
    groups = parse_groups_csv(GOOD_CSV)
    kit = build_kit(" UFM-BELONG-2027 ", f"{RECIPIENT}\n", PACKS, groups, NOW)
    assert kit.trial_id == "UFM-BELONG-2027"
    assert kit.recipient == RECIPIENT
    assert kit.fingerprint == recipient_fingerprint(RECIPIENT)
    assert kit.created_at == NOW.replace(microsecond=0)
    assert dict(kit.packs) == PACKS
    assert kit.groups == tuple(groups)
    again = parse_kit(kit_json(kit))
    assert again == kit
    document = json.loads(kit_json(kit))
    assert document["format"] == KIT_FORMAT
    assert document["format_version"] == KIT_FORMAT_VERSION
    assert document["created_at"] == "2026-11-02T09:30:15Z"
    assert document["recipient_fingerprint"] == kit.fingerprint
    assert document["groups"][2] == {
        "code": "SYG 2",
        "institution": "Københavns Professionshøjskole",
        "programme": "Sygeplejerske",
        "arm": "treatment",
    }


def test_a_kit_finds_its_groups_as_a_counsellor_types_them() -> None:
    kit = parse_kit(json.dumps(kit_document()))
    group = kit.group("  dat1-b ")
    assert group is not None and group.arm is Arm.CONTROL
    assert kit.group("syg 2") is not None
    assert kit.group("DAT1-Z") is None
    assert kit.group("no/such") is None
    assert kit.group("") is None


def test_a_kit_with_a_bom_is_read() -> None:
    assert parse_kit("\ufeff" + json.dumps(kit_document())).trial_id == "UFM-BELONG-2027"


@pytest.mark.parametrize(
    ("text", "reason", "code"),
    [
        ("not json {", "not JSON", "kit_not_json"),
        ("[]", "not a belong-desktop trial kit", "kit_not_kit"),
        (json.dumps({"format": "belong-session-bundle"}), "not a belong", "kit_not_kit"),
        (json.dumps({"format": KIT_FORMAT}), "no format version", "kit_not_kit"),
        (json.dumps({"format": KIT_FORMAT, "format_version": True}), "no format", "kit_not_kit"),
        (json.dumps(kit_document(format_version=2)), "newer than this program", "kit_too_new"),
    ],
)
def test_what_is_not_a_kit_is_refused_plainly(text: str, reason: str, code: str) -> None:
    with pytest.raises(KitError) as caught:
        parse_kit(text)
    assert reason in str(caught.value)
    assert caught.value.code == code


def _kit_problems(document: dict[str, Any]) -> tuple[str, ...]:
    with pytest.raises(KitError) as caught:
        parse_kit(json.dumps(document))
    assert caught.value.code == "bad_kit"
    return caught.value.problems


def test_a_kit_edited_by_hand_is_caught_by_its_fingerprint() -> None:
    problems = _kit_problems(kit_document(recipient=OTHER_RECIPIENT))
    assert problems == (
        "the recipient does not match its fingerprint: the kit was changed by hand (ask "
        "the ministry for the kit file again)",
    )


def test_a_kit_with_a_secret_key_as_recipient_is_refused_without_echoing_it() -> None:
    secret = "AGE-SECRET-KEY-1QYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQSKWHXD4"
    with pytest.raises(KitError) as caught:
        parse_kit(json.dumps(kit_document(recipient=secret)))
    assert "secret identity" in str(caught.value)
    assert "QYQSZ" not in str(caught.value)


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"recipient": "age1abc"}, "is it complete"),
        ({"recipient": None}, "recipient is missing"),
        ({"trial_id": "UFM BELONG"}, "the trial id must be"),
        ({"trial_id": ""}, "trial_id is missing"),
        ({"created_at": "yesterday"}, "created_at"),
        ({"created_at": "2026-11-02T09:30:15"}, "created_at"),
        ({"groups": []}, "the kit lists no study groups"),
        ({"groups": "A,B"}, "the kit lists no study groups"),
        ({"packs": {"treatment": {"id": "belonging", "version": "1"}}}, "control arm's pack"),
        ({"packs": None}, "packs is missing"),
        (
            {"packs": {"treatment": {"id": "b"}, "control": {"id": "c", "version": "1"}}},
            "treatment arm's pack has no version",
        ),
    ],
)
def test_every_kind_of_bad_kit_is_named(changes: dict[str, Any], problem: str) -> None:
    problems = _kit_problems(kit_document(**changes))
    assert any(problem in p for p in problems), problems


def test_duplicate_and_broken_groups_in_a_kit_are_each_named() -> None:
    good = {"code": "A", "institution": "X", "programme": "P", "arm": "control"}
    groups = [
        good,
        {**good, "code": "a"},
        {**good, "arm": "maybe", "code": "B"},
        "C",
        {**good, "code": 7},
    ]
    assert _kit_problems(kit_document(groups=groups)) == (
        "group 2: group 'a' is listed twice (also group 1)",
        "group 3: unknown arm 'maybe' (treatment or control)",
        "group 4: not a group",
        "group 5: code, institution, programme and arm must be text",
    )


def test_build_kit_checks_what_it_builds() -> None:
    with pytest.raises(KitError) as caught:
        build_kit("T", RECIPIENT, {Arm.TREATMENT: PACKS[Arm.TREATMENT]}, [], NOW)
    assert set(caught.value.problems) == {
        "the control arm's pack is missing",
        "the kit lists no study groups",
    }
