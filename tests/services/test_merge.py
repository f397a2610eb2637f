"""The ministry's merge on real encrypted bundles: every kind of broken file, de-duplication,
formula safety, Stata's limits, private output, and the files read back with pandas and
openpyxl the way an analyst opens them.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import stat
import subprocess
import sys
import warnings
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from pyrage import x25519

from belong_desktop.core.bundle import TABLES, sha256_hex
from belong_desktop.services import crypto
from belong_desktop.services.merge import (
    BUNDLES,
    MergeError,
    MergeResult,
    deduplicate,
    merge_bundles,
    read_bundle,
    verify_file,
)
from belong_desktop.services.merge_output import (
    FORMULA_START,
    XLSX_NAME,
    csv_text,
    stata_names,
)
from tests.bundle_factory import bundle_zip, make_bundle, rewrap, rezip, unzip, write_bundle

FORMULAS = (
    "=1+1",
    '=HYPERLINK("http://evil.example","klik")',
    "+45 12 34 56 78",
    "-jeg ved ikke",
    "@alle",
    "\tindrykket",
    "\rvognretur",
    "'citat",
    "#N/A",
    "#DIV/0!",
    "=",
)


class Keys:
    def __init__(self, folder: Path) -> None:
        text, self.recipient = crypto.generate_identity()
        self.identity_file = folder / "ministry.key"
        self.identity_file.write_text(text)
        self.identity_file.chmod(0o600)
        self.identities: list[x25519.Identity] = crypto.load_identities(self.identity_file)


@pytest.fixture
def keys(tmp_path: Path) -> Keys:
    return Keys(tmp_path)


@pytest.fixture
def other_keys(tmp_path: Path) -> Keys:
    folder = tmp_path / "other-keys"
    folder.mkdir()
    return Keys(folder)


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    return folder


def merge(inputs: list[Path], keys: Keys, out: Path, **kwargs: object) -> MergeResult:
    return merge_bundles(inputs, keys.identities, out, **kwargs)  # type: ignore[arg-type]


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.DictReader(file))


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# -- a good merge --------------------------------------------------------------------------


def test_a_merge_writes_every_table_as_csv_excel_and_stata(
    keys: Keys, inbox: Path, tmp_path: Path
) -> None:
    manifests = [
        write_bundle(inbox, keys.recipient, seed=n, group=(f"G{n}", "Zealand", "Datamatiker"))[0]
        for n in range(5)
    ]
    out = tmp_path / "out"
    result = merge([inbox], keys, out)
    assert len(result.merged) == 5 and not result.skipped and not result.replaced
    assert result.row_counts["bundles"] == 5
    assert result.row_counts["session"] == 5
    assert result.row_counts["responses"] == 5 * 24

    for table in (BUNDLES, *TABLES):
        rows = read_csv(out / "csv" / table.file)
        assert list(rows[0]) == table.header
        assert len(rows) == result.row_counts[table.name]
        frame = pd.read_stata(out / "stata" / f"{table.name}.dta")
        assert list(frame.columns) == table.header
        assert len(frame) == len(rows)
    bundles = read_csv(out / "csv" / "bundles.csv")
    assert {b["session_id"] for b in bundles} == {m["session_id"] for m in manifests}
    on_disk = {p.name: sha256_hex(p.read_bytes()) for p in inbox.iterdir()}
    assert {b["file"]: b["bundle_sha256"] for b in bundles} == on_disk
    assert {b["redactions_by_kind"] for b in bundles} == {'{"name": 1}'}

    book = openpyxl.load_workbook(out / XLSX_NAME, read_only=True)
    assert book.sheetnames == ["bundles", *(t.name for t in TABLES), "codebook"]
    assert sum(1 for _ in book["responses"].iter_rows()) == 1 + 5 * 24
    book.close()

    codebook = read_csv(out / "codebook.csv")
    assert {r["table"] for r in codebook} == {"(all)", "bundles", *(t.name for t in TABLES)}
    assert ("bundles", "sequence", "integer") in {
        (r["table"], r["column"], r["type"]) for r in codebook
    }
    assert any("put in front" in r["meaning"] for r in codebook if r["table"] == "(all)")

    log = (out / "merge-log.txt").read_text()
    assert "5 sessions merged" in log and "student text" in log
    assert all(p.name in log for p in inbox.iterdir())
    logged = json.loads((out / "merge-log.json").read_text())
    assert len(logged["merged"]) == 5 and logged["skipped"] == []


def test_booklet_counts_merge_and_bundles_from_before_the_booklet_leave_them_empty(
    keys: Keys, inbox: Path, tmp_path: Path
) -> None:
    new, _ = write_bundle(inbox, keys.recipient, seed=1, booklet=(9, 2))
    old, _ = write_bundle(inbox, keys.recipient, seed=2)  # no booklet keys: still format 1
    result = merge([inbox], keys, tmp_path / "out")
    assert len(result.merged) == 2 and not result.skipped
    rows = {b["session_id"]: b for b in read_csv(tmp_path / "out" / "csv" / "bundles.csv")}
    assert (
        rows[new["session_id"]]["booklet_approved"],
        rows[new["session_id"]]["booklet_hidden"],
    ) == ("9", "2")
    assert (
        rows[old["session_id"]]["booklet_approved"],
        rows[old["session_id"]]["booklet_hidden"],
    ) == ("", "")
    frame = pd.read_stata(tmp_path / "out" / "stata" / "bundles.dta")
    assert sorted(frame["booklet_approved"].dropna().tolist()) == [9]


def test_every_output_is_private(keys: Keys, inbox: Path, tmp_path: Path) -> None:
    write_bundle(inbox, keys.recipient)
    out = tmp_path / "out"
    merge([inbox], keys, out)
    files = [p for p in out.rglob("*")]
    assert len(files) > 20
    assert mode(out) == 0o700
    for path in files:
        assert mode(path) == (0o700 if path.is_dir() else 0o600), path


def test_typed_values_arrive_typed_in_stata_and_excel(
    keys: Keys, inbox: Path, tmp_path: Path
) -> None:
    write_bundle(inbox, keys.recipient, participants=3)
    out = tmp_path / "out"
    merge([inbox], keys, out)
    session = pd.read_stata(out / "stata" / "session.dta")
    assert str(session["started_at"].dtype).startswith("datetime64")
    assert session["started_at"][0] == pd.Timestamp("2026-11-30 09:00:00")
    responses = pd.read_stata(out / "stata" / "responses.dta", convert_missing=False)
    assert set(responses["unsent_edit"].dropna()) == {0}
    letters = responses[responses["kind"] == "letter"]
    assert set(letters["share"].dropna()) <= {0, 1}
    assert responses[responses["kind"] == "reflection"]["share"].isna().all()
    assert responses["revisions"].between(1, 9).all()

    book = openpyxl.load_workbook(out / XLSX_NAME)
    sheet = book["session"]
    header = [c.value for c in sheet[1]]
    row = {name: c for name, c in zip(header, sheet[2], strict=True)}
    assert row["started_at"].is_date and row["started_at"].value.year == 2026
    assert row["ended_early"].value is False
    assert row["texts_deleted_at"].value is None
    assert isinstance(row["minutes"].value, float)


# -- broken bundles: reported by name, the rest still merged -------------------------------


def _edit_table(name: str, old: bytes, new: bytes) -> Callable[[dict[str, bytes]], None]:
    def edit(files: dict[str, bytes]) -> None:
        assert old in files[name]
        files[name] = files[name].replace(old, new, 1)

    return edit


def _edit_manifest(
    change: Callable[[dict[str, object]], object], *, recount: bool = False
) -> Callable[[dict[str, bytes]], None]:
    def edit(files: dict[str, bytes]) -> None:
        manifest = json.loads(files["manifest.json"])
        change(manifest)
        if recount:
            manifest["files"] = {n: sha256_hex(d) for n, d in files.items() if n != "manifest.json"}
        files["manifest.json"] = json.dumps(manifest).encode()

    return edit


def _recount_after(inner: Callable[[dict[str, bytes]], None]) -> Callable[[dict[str, bytes]], None]:
    def edit(files: dict[str, bytes]) -> None:
        inner(files)
        _edit_manifest(lambda m: None, recount=True)(files)

    return edit


def broken_bundles(keys: Keys, folder: Path, other: Keys) -> dict[str, str]:
    """Write one bundle of every broken kind into ``folder``; file name → expected code."""
    _, good = make_bundle(keys.recipient, seed=99)
    header = crypto.inspect(good)
    expected: dict[str, str] = {}

    def put(name: str, data: bytes, code: str) -> None:
        (folder / name).write_bytes(data)
        expected[name] = code

    def flip(data: bytes, at: int) -> bytes:
        return data[:at] + bytes([data[at] ^ 0x20]) + data[at + 1 :]

    def rewrapped(edit: Callable[[dict[str, bytes]], None]) -> bytes:
        return rewrap(good, keys.identity_file, keys.recipient, edit)

    put("corrupt.age", flip(good, header.header_bytes + 40), "age_damaged")
    put("cut-in-header.age", good[: header.header_bytes - 20], "age_truncated")
    put("cut-after-header.age", good[: header.header_bytes], "age_truncated")
    put("cut-in-content.age", good[: len(good) - 500], "age_damaged")  # "cut short, or …"
    put("cut-10-bytes-into-a-chunk.age", good[: header.header_bytes + 16 + 10], "age_truncated")
    put("tampered-mac.age", flip(good, good.index(b"\n--- ") + 8), "age_damaged")
    put("tampered-payload.age", flip(good, len(good) - 100), "age_damaged")
    put("for-another-key.age", make_bundle(other.recipient, seed=98)[1], "age_wrong_key")
    put("passphrase.age", crypto.pyrage.passphrase.encrypt(b"x", "pw"), "age_not_x25519")
    put("plain.txt", b"Hej, her er filen du bad om\n", "not_age")
    put("empty.age", b"", "not_age")
    put("unencrypted.zip", bundle_zip(seed=97)[1], "not_age")
    put("not-a-zip.age", crypto.encrypt(b"just text", keys.recipient), "bundle_not_zip")
    put(
        "zip-not-a-bundle.age",
        crypto.encrypt(rezip({"notes.txt": b"hello"}), keys.recipient),
        "bundle_no_manifest",
    )
    put(
        "newer-format.age",
        rewrapped(_edit_manifest(lambda m: m.update(format_version=2))),
        "bundle_too_new",
    )
    put(
        "wrong-checksum.age",
        rewrapped(_edit_table("responses.csv", b",submitted,", b",draft,")),
        "bundle_checksum",
    )
    put(
        "other-session-in-table.age",
        rewrapped(_edit_manifest(lambda m: m.update(session_id="another-session"))),
        "bundle_session_mismatch",
    )
    put(
        "bad-value.age",
        rewrapped(_recount_after(_edit_table("session.csv", b",false,", b",maybe,"))),
        "bundle_bad_value",
    )
    put(
        "other-columns.age",
        rewrapped(_recount_after(_edit_table("poll.csv", b"choice_label", b"label"))),
        "bundle_bad_table",
    )
    put(
        "missing-table.age",
        rewrapped(lambda files: files.pop("poll.csv")),
        "bundle_missing_file",
    )
    put(
        "manifest-without-sequence.age",
        rewrapped(_edit_manifest(lambda m: m.pop("sequence"))),
        "bundle_bad_manifest",
    )
    put(
        "two-sessions.age",
        rewrapped(
            _recount_after(
                lambda files: files.update(
                    {
                        "session.csv": files["session.csv"]
                        + files["session.csv"].split(b"\r\n", 1)[1]
                    }
                )
            )
        ),
        "bundle_bad_table",
    )
    return expected


@dataclass(frozen=True)
class Broken:
    keys: Keys
    folder: Path
    expected: dict[str, str]


@pytest.fixture(scope="module")
def broken(tmp_path_factory: pytest.TempPathFactory) -> Broken:
    """One bundle of every broken kind, made once (the passphrase file's scrypt is slow)."""
    keys, other = Keys(tmp_path_factory.mktemp("keys")), Keys(tmp_path_factory.mktemp("other"))
    folder = tmp_path_factory.mktemp("broken")
    return Broken(keys, folder, broken_bundles(keys, folder, other))


def test_every_kind_of_broken_bundle_is_skipped_by_name_and_the_rest_merge(
    broken: Broken, inbox: Path, tmp_path: Path
) -> None:
    keys, expected = broken.keys, broken.expected
    good = [write_bundle(inbox, keys.recipient, seed=n)[1] for n in range(3)]
    out = tmp_path / "out"
    inputs = [broken.folder / name for name in expected] + good  # files of any name
    result = merge(inputs, keys, out)
    assert sorted(b.file for b in result.merged) == sorted(p.name for p in good)
    assert {s.file: s.code for s in result.skipped} == expected
    for skipped in result.skipped:
        assert skipped.reason and "Traceback" not in skipped.reason
    log = (out / "merge-log.txt").read_text()
    for name in expected:
        assert f"SKIPPED  {name}: " in log
    assert len(read_csv(out / "csv" / "session.csv")) == 3


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("corrupt.age", "damaged or changed after it was made"),
        ("cut-in-content.age", "cut short"),
        ("cut-in-header.age", "cut short inside its age header"),
        ("for-another-key.age", "encrypted for another key"),
        ("newer-format.age", "newer than this program reads"),
        ("wrong-checksum.age", "responses.csv does not match its checksum"),
        ("unencrypted.zip", "plain zip file, not an encrypted bundle"),
        ("bad-value.age", "session.csv line 2: ended_early 'maybe' is not true or false"),
    ],
)
def test_the_reasons_are_plain(broken: Broken, name: str, words: str) -> None:
    checked = verify_file(broken.folder / name, broken.keys.identities)
    assert not checked.ok
    assert words in checked.detail


def test_without_a_key_verify_catches_what_needs_no_key(broken: Broken) -> None:
    keyless = {"not_age", "age_truncated", "age_not_x25519"}
    for name, code in broken.expected.items():
        checked = verify_file(broken.folder / name, None)
        if code in keyless:
            assert (checked.ok, checked.code) == (False, code), name
        elif checked.ok:  # what only decrypting shows passes the keyless check, and says so
            assert "contents not checked" in checked.detail, name
        else:  # a change the header's shape shows (the flipped MAC is not base64)
            assert checked.code == code, name
    unchecked = [n for n in broken.expected if verify_file(broken.folder / n, None).ok]
    assert "wrong-checksum.age" in unchecked and "for-another-key.age" in unchecked


def test_nothing_merged_writes_only_the_log(keys: Keys, inbox: Path, tmp_path: Path) -> None:
    (inbox / "a.age").write_bytes(b"")
    (inbox / "b.age").write_bytes(b"not age")
    out = tmp_path / "out"
    result = merge([inbox], keys, out)
    assert result.merged == [] and len(result.skipped) == 2
    assert sorted(p.name for p in out.iterdir()) == ["merge-log.json", "merge-log.txt"]
    assert "(none)" in (out / "merge-log.txt").read_text()


def test_a_missing_input_is_skipped_by_name(keys: Keys, inbox: Path, tmp_path: Path) -> None:
    write_bundle(inbox, keys.recipient)
    result = merge([inbox, tmp_path / "nowhere.age"], keys, tmp_path / "out")
    assert len(result.merged) == 1
    assert [(s.file, s.code) for s in result.skipped] == [
        (str(tmp_path / "nowhere.age"), "no_file")
    ]


def test_a_folder_means_its_age_files_and_a_file_counts_once(
    keys: Keys, inbox: Path, tmp_path: Path
) -> None:
    _, path = write_bundle(inbox, keys.recipient)
    (inbox / "notes.txt").write_text("not a bundle, not an .age file: not read")
    sub = inbox / "sub"
    sub.mkdir()
    write_bundle(sub, keys.recipient, seed=5)
    result = merge([inbox, path, inbox / ".." / "inbox" / path.name], keys, tmp_path / "out")
    assert [b.file for b in result.merged] == [path.name]
    assert result.inputs == 1


# -- re-exports and copies ----------------------------------------------------------------------


def test_the_highest_sequence_of_a_session_wins_and_copies_are_noted(
    keys: Keys, inbox: Path, tmp_path: Path
) -> None:
    session = "3f1c2d4e-0000-4000-8000-000000000001"
    paths = {}
    for sequence in (2, 3, 1):
        paths[sequence] = write_bundle(
            inbox, keys.recipient, session_id=session, sequence=sequence, seed=sequence
        )[1]
    copy = inbox / "copy-of-the-last.age"
    shutil.copy(paths[3], copy)
    other = write_bundle(inbox, keys.recipient, seed=42)[1]
    result = merge([inbox], keys, tmp_path / "out")
    # the copy's name sorts after the export's own name (belong_…), so the first is kept
    assert sorted(b.file for b in result.merged) == sorted([paths[3].name, other.name])
    kept = next(b for b in result.merged if b.session_id == session)
    assert kept.sequence == 3
    replaced = {(r.file, r.sequence, r.copy) for r in result.replaced}
    assert (paths[1].name, 1, False) in replaced and (paths[2].name, 2, False) in replaced
    assert sum(r.copy for r in result.replaced) == 1
    rows = read_csv(tmp_path / "out" / "csv" / "session.csv")
    assert [r["session_id"] for r in rows].count(session) == 1
    responses = read_csv(tmp_path / "out" / "csv" / "responses.csv")
    assert len([r for r in responses if r["session_id"] == session]) == 24  # one export's rows
    log = (tmp_path / "out" / "merge-log.txt").read_text()
    assert f"REPLACED {paths[1].name}: sequence 1, replaced by" in log
    assert "a copy of the same export as" in log


def test_two_exports_with_one_sequence_keep_the_later_and_warn(
    keys: Keys, inbox: Path, tmp_path: Path
) -> None:
    session = "3f1c2d4e-0000-4000-8000-000000000002"
    write_bundle(inbox, keys.recipient, session_id=session, seed=1, name="a.age")
    write_bundle(inbox, keys.recipient, session_id=session, seed=2, name="b.age")
    bundles = [read_bundle(inbox / n, keys.identities) for n in ("a.age", "b.age")]
    kept, replaced = deduplicate(bundles)
    assert len(kept) == 1 and len(replaced) == 1
    loser = next(b for b in bundles if b.file == replaced[0].file)
    assert kept[0].manifest["exported_at"] > loser.manifest["exported_at"]
    result = merge([inbox], keys, tmp_path / "out")
    assert any("same sequence 1" in w for w in result.warnings)


def test_bundles_of_two_trials_merge_with_a_warning(
    keys: Keys, inbox: Path, tmp_path: Path
) -> None:
    write_bundle(inbox, keys.recipient, trial_id="UFM-A", seed=1)
    write_bundle(inbox, keys.recipient, trial_id="UFM-B", seed=2)
    result = merge([inbox], keys, tmp_path / "out")
    assert len(result.merged) == 2
    assert any("2 trials (UFM-A, UFM-B)" in w for w in result.warnings)
    assert "UFM-A, UFM-B" in (tmp_path / "out" / "merge-log.txt").read_text()


# -- formula safety ------------------------------------------------------------------------


def test_no_student_text_becomes_a_formula_anywhere(
    keys: Keys, inbox: Path, tmp_path: Path
) -> None:
    write_bundle(inbox, keys.recipient, texts=FORMULAS, participants=len(FORMULAS))
    out = tmp_path / "out"
    merge([inbox], keys, out)

    book = openpyxl.load_workbook(out / XLSX_NAME)
    sheet = book["responses"]
    column = [c.value for c in sheet[1]].index("text")
    cells = [row[column] for row in sheet.iter_rows(min_row=2)]
    assert sorted(c.value for c in cells) == sorted(FORMULAS)
    for c in cells:
        assert c.data_type == "s", (c.value, c.data_type)
    with zipfile.ZipFile(out / XLSX_NAME) as archive:  # no formula, no error cell anywhere
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                xml = archive.read(name).decode()
                assert "<f>" not in xml and 't="e"' not in xml, name

    texts = sorted(r["text"] for r in read_csv(out / "csv" / "responses.csv"))
    assert texts == sorted(csv_text(t) for t in FORMULAS)
    assert sum(t.startswith("'") for t in texts) == sum(
        t.startswith(FORMULA_START) for t in FORMULAS
    )
    for text in texts:
        assert not text.startswith(("=", "+", "-", "@", "\t", "\r")), text
    assert sorted(t[1:] if t.startswith("'") else t for t in texts) == sorted(FORMULAS)

    stata = pd.read_stata(out / "stata" / "responses.dta")
    assert sorted(stata["text"]) == sorted(FORMULAS)


def test_the_csv_rule_is_reversible_and_leaves_numbers_alone() -> None:
    for text in (*FORMULAS, "hej", "", "'=already", "3 - 2"):
        cell = csv_text(text)
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
        assert (cell[1:] if cell.startswith("'") else cell) == text
    assert csv_text(-1.5) == "-1.5"
    assert csv_text(-3) == "-3"
    assert csv_text(None) == ""
    assert csv_text(True) == "true"


def test_control_characters_are_exact_in_csv_and_stata_and_replaced_in_excel(
    keys: Keys, inbox: Path, tmp_path: Path
) -> None:
    texts = ("før\x0bsiden", "bip\x07", "helt almindelig")
    write_bundle(inbox, keys.recipient, texts=texts, participants=3)
    out = tmp_path / "out"
    result = merge([inbox], keys, out)
    assert any("2 texts hold characters Excel cannot store" in w for w in result.warnings)
    assert sorted(r["text"] for r in read_csv(out / "csv" / "responses.csv")) == sorted(texts)
    assert sorted(pd.read_stata(out / "stata" / "responses.dta")["text"]) == sorted(texts)
    book = openpyxl.load_workbook(out / XLSX_NAME)
    column = [c.value for c in book["responses"][1]].index("text")
    shown = sorted(row[column].value for row in book["responses"].iter_rows(min_row=2))
    assert shown == sorted(["før\ufffdsiden", "bip\ufffd", "helt almindelig"])


# -- Stata's limits ------------------------------------------------------------------------


def test_a_3000_character_text_round_trips_through_stata_as_strl(
    keys: Keys, inbox: Path, tmp_path: Path
) -> None:
    long_text = ("Kære nye studerende, æøå 😊 " * 120)[:3000]
    assert len(long_text) == 3000 and len(long_text.encode()) > 2045
    write_bundle(inbox, keys.recipient, texts=(long_text, "kort"), participants=2)
    out = tmp_path / "out"
    merge([inbox], keys, out)
    frame = pd.read_stata(out / "stata" / "responses.dta")
    assert sorted(frame["text"], key=len) == ["kort", long_text]
    with pd.io.stata.StataReader(out / "stata" / "responses.dta") as reader:
        reader.read()
        types = dict(zip(reader._varlist, reader._typlist, strict=True))  # type: ignore[attr-defined]
        labels = reader.variable_labels()
    assert types["text"] == "Q"  # strL (the reader's code for type 32768)
    assert isinstance(types["participant"], int)  # short strings stay str# (their length)
    assert labels["revisions"] == "How many times the text was saved."
    with pd.io.stata.StataReader(out / "stata" / "notes.dta") as reader:
        notes = reader.read()
        types = dict(zip(reader._varlist, reader._typlist, strict=True))  # type: ignore[attr-defined]
    assert "Projektoren drillede" in set(notes["text"])
    assert types["text"] != "Q"  # short texts only: str#, which pandas writes far faster


def test_stata_names_are_valid_unique_and_unchanged_when_they_can_be() -> None:
    names = stata_names(
        [
            "session_id",
            "a_column_name_that_is_far_too_long_for_stata",
            "a_column_name_that_is_far_too_long_for_stata_2",
            "2nd",
            "with space",
            "long",
            "æble",
        ]
    )
    assert names["session_id"] == "session_id"
    assert (
        names["a_column_name_that_is_far_too_long_for_stata"] == "a_column_name_that_is_far_too_lo"
    )
    assert (
        names["a_column_name_that_is_far_too_long_for_stata_2"]
        == "a_column_name_that_is_far_too__2"
    )
    assert names["2nd"] == "_2nd"
    assert names["with space"] == "with_space"
    assert names["long"] == "long_"
    assert names["æble"] == "_ble"
    assert all(len(n) <= 32 for n in names.values())
    assert len(set(names.values())) == len(names)
    frame = pd.DataFrame({n: [1] for n in names.values()})
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # pandas warns when it has to rename a column
        frame.to_stata(buffer, version=118, write_index=False)


def test_every_real_column_fits_stata_unchanged() -> None:
    for table in (BUNDLES, *TABLES):
        header = table.header
        assert stata_names(header) == {n: n for n in header}, table.name


# -- the output folder ---------------------------------------------------------------------


def test_a_non_empty_output_folder_is_refused_unless_forced(
    keys: Keys, inbox: Path, tmp_path: Path
) -> None:
    write_bundle(inbox, keys.recipient, seed=1)
    out = tmp_path / "out"
    merge([inbox], keys, out)
    first_log = (out / "merge-log.json").read_text()
    (out / "my-analysis.do").write_text("use stata/responses.dta\n")
    with pytest.raises(MergeError) as refused:
        merge([inbox], keys, out)
    assert refused.value.code == "merge_out_not_empty" and "--force" in str(refused.value)
    assert (out / "merge-log.json").read_text() == first_log  # nothing was touched

    write_bundle(inbox, keys.recipient, seed=2)
    result = merge([inbox], keys, out, force=True)
    assert len(result.merged) == 2
    assert (out / "my-analysis.do").read_text() == "use stata/responses.dta\n"
    assert len(read_csv(out / "csv" / "session.csv")) == 2


def test_an_output_path_that_is_a_file_is_refused(keys: Keys, inbox: Path, tmp_path: Path) -> None:
    write_bundle(inbox, keys.recipient)
    target = tmp_path / "file"
    target.write_text("x")
    with pytest.raises(MergeError):
        merge([inbox], keys, target, force=True)
    assert target.read_text() == "x"


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 256 KiB tmpfs: room for the folder, not for the merge (needs root)."""
    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    yield mount
    subprocess.run(["umount", str(mount)], check=True)


def test_a_full_disk_is_one_clear_error(keys: Keys, inbox: Path, small_disk: Path) -> None:
    for n in range(8):
        write_bundle(inbox, keys.recipient, seed=n, participants=30)
    out = small_disk / "out"
    with pytest.raises(MergeError) as refused:
        merge([inbox], keys, out)
    assert refused.value.code == "merge_write_failed"
    assert "No space left on device" in str(refused.value) and "--force" in str(refused.value)


# -- round trips with the real age CLI -----------------------------------------------------


@pytest.mark.skipif(shutil.which("age") is None, reason="the age CLI is missing")
def test_bundles_round_trip_through_the_age_cli_both_ways(tmp_path: Path, inbox: Path) -> None:
    key = tmp_path / "age-keygen.key"
    subprocess.run(["age-keygen", "-o", str(key)], check=True, capture_output=True)
    recipient = subprocess.run(
        ["age-keygen", "-y", str(key)], check=True, capture_output=True, text=True
    ).stdout.strip()
    # ours → age -d → any unzip
    manifest, path = write_bundle(inbox, recipient, seed=1)
    plaintext = subprocess.run(
        ["age", "-d", "-i", str(key), str(path)], check=True, capture_output=True
    ).stdout
    files = unzip(plaintext)
    assert json.loads(files["manifest.json"])["session_id"] == manifest["session_id"]
    # a zip sealed by age -r (binary and armored) → our merge
    second, zipped = bundle_zip(seed=2)
    for flag, name in (([], "age-cli.age"), (["-a"], "age-cli-armored.age")):
        sealed = subprocess.run(
            ["age", *flag, "-r", recipient], input=zipped, check=True, capture_output=True
        ).stdout
        (inbox / name).write_bytes(sealed)
    identities = crypto.load_identities(key)
    result = merge_bundles([inbox], identities, tmp_path / "out")
    assert {b.session_id for b in result.merged} == {manifest["session_id"], second["session_id"]}
    assert [r.copy for r in result.replaced] == [True]  # the armored one is the same export


# -- size and start-up ----------------------------------------------------------------


@pytest.mark.slow
def test_a_bigger_merge_of_150_bundles(keys: Keys, inbox: Path, tmp_path: Path) -> None:
    for n in range(150):
        write_bundle(
            inbox,
            keys.recipient,
            seed=n,
            participants=30,
            group=(f"H{n % 40:02d}", f"Inst {n % 7}", "Prog"),
        )
    result = merge([inbox], keys, tmp_path / "out")
    assert len(result.merged) == 150
    assert result.row_counts["responses"] == 150 * 60
    assert len(pd.read_stata(tmp_path / "out" / "stata" / "responses.dta")) == 9000
    institutions = [r["institution"] for r in read_csv(tmp_path / "out" / "csv" / "session.csv")]
    assert institutions == sorted(institutions)  # sessions come out in a stable order


def test_the_app_start_up_does_not_import_pandas_or_openpyxl() -> None:
    code = (
        "import sys, belong_desktop.cli.router, belong_desktop.services.merge; "
        "bad = [m for m in ('pandas', 'openpyxl', 'numpy') if m in sys.modules]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        env=dict(os.environ),
    )
    assert done.returncode == 0, done.stdout + done.stderr
