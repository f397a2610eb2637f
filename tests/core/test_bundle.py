"""The bundle's plaintext format: built, read back, and every way a zip can be wrong."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from belong_desktop.core.bundle import (
    CODEBOOK,
    FORMAT_VERSION,
    MANIFEST,
    TABLES,
    BundleError,
    build_zip,
    bundle_file_name,
    cell,
    codebook_rows,
    minute_text,
    read_zip,
    utc_text,
)


def rows() -> dict[str, list[list[object]]]:
    tables: dict[str, list[list[object]]] = {}
    for table in TABLES:
        row: list[object] = [f"{table.name}-{c.name}" for c in table.columns]
        tables[table.name] = [row, [None] * len(table.columns)]
    tables["responses"][0][7] = 'Line one\r\nline "two", æøå =1+1'
    return tables


def good() -> bytes:
    return build_zip({"session_id": "s1", "sequence": 1}, rows())


def rebuild(data: bytes, change: Callable[[dict[str, bytes]], None]) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    change(files)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return out.getvalue()


def test_round_trip_keeps_every_cell() -> None:
    contents = read_zip(good())
    assert contents.manifest["format_version"] == FORMAT_VERSION
    assert contents.manifest["session_id"] == "s1"
    for table in TABLES:
        first, empty = contents.tables[table.name]
        assert list(first) == table.header
        assert set(empty.values()) == {""}
    assert contents.tables["responses"][0]["text"] == 'Line one\r\nline "two", æøå =1+1'


def test_the_codebook_names_every_column_with_a_type_and_meaning() -> None:
    book = codebook_rows()
    described = {(t, c) for t, c, _type, _meaning in book if c}
    assert described == {(t.name, c.name) for t in TABLES for c in t.columns}
    assert all(meaning.strip() for *_rest, meaning in book)
    assert {kind for _t, c, kind, _m in book if c} <= {
        "string",
        "integer",
        "number",
        "boolean",
        "datetime",
    }
    with zipfile.ZipFile(io.BytesIO(good())) as archive:
        text = archive.read(CODEBOOK).decode("utf-8")
    assert text.startswith("table,column,type,meaning\r\n")


def test_the_zip_carries_no_local_time() -> None:
    with zipfile.ZipFile(io.BytesIO(good())) as archive:
        assert {info.date_time for info in archive.infolist()} == {(2000, 1, 1, 0, 0, 0)}


def _manifest(change: Callable[[dict[str, object]], None]) -> Callable[[dict[str, bytes]], None]:
    def edit(files: dict[str, bytes]) -> None:
        manifest = json.loads(files[MANIFEST])
        change(manifest)
        files[MANIFEST] = json.dumps(manifest).encode()

    return edit


def _set(files: dict[str, bytes], name: str, value: bytes) -> None:
    files[name] = value


BROKEN: dict[str, tuple[Callable[[dict[str, bytes]], None], str]] = {
    "no manifest": (lambda f: f.pop(MANIFEST), "bundle_no_manifest"),
    "manifest not json": (lambda f: _set(f, MANIFEST, b"{nope"), "bundle_bad_manifest"),
    "manifest a list": (lambda f: _set(f, MANIFEST, b"[]"), "bundle_bad_manifest"),
    "another format": (_manifest(lambda m: m.update(format="x")), "bundle_bad_manifest"),
    "no version": (_manifest(lambda m: m.pop("format_version")), "bundle_bad_manifest"),
    "newer version": (
        _manifest(lambda m: m.update(format_version=FORMAT_VERSION + 1)),
        "bundle_too_new",
    ),
    "no checksums": (_manifest(lambda m: m.pop("files")), "bundle_bad_manifest"),
    "checksum list short": (
        _manifest(lambda m: m["files"].pop("poll.csv")),  # type: ignore[attr-defined]
        "bundle_bad_manifest",
    ),
    "table changed": (
        lambda f: _set(f, "responses.csv", f["responses.csv"].replace(b"Line", b"Lime")),
        "bundle_checksum",
    ),
    "table missing": (lambda f: f.pop("poll.csv"), "bundle_missing_file"),
    "extra file": (lambda f: _set(f, "evil.csv", b"x"), "bundle_extra_file"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_a_broken_bundle_is_refused_with_a_reason(case: str) -> None:
    change, code = BROKEN[case]
    with pytest.raises(BundleError) as caught:
        read_zip(rebuild(good(), change))
    assert caught.value.code == code
    assert str(caught.value)


def test_a_table_with_other_columns_is_refused_even_with_a_matching_checksum() -> None:
    import hashlib

    def change(files: dict[str, bytes]) -> None:
        files["poll.csv"] = b"a,b\r\n1,2\r\n"
        manifest = json.loads(files[MANIFEST])
        manifest["files"]["poll.csv"] = hashlib.sha256(files["poll.csv"]).hexdigest()
        files[MANIFEST] = json.dumps(manifest).encode()

    with pytest.raises(BundleError) as caught:
        read_zip(rebuild(good(), change))
    assert caught.value.code == "bundle_bad_table"


@pytest.mark.parametrize(
    "data", [b"", b"not a zip", good()[:100], good()[:-30]], ids=["empty", "text", "head", "cut"]
)
def test_what_is_not_a_zip_is_refused(data: bytes) -> None:
    with pytest.raises(BundleError) as caught:
        read_zip(data)
    assert caught.value.code in {"bundle_not_zip", "bundle_damaged"}


def test_a_row_of_the_wrong_width_is_a_bug_not_a_bundle() -> None:
    tables = rows()
    tables["poll"].append(["too", "short"])
    with pytest.raises(ValueError, match="poll row 3"):
        build_zip({}, tables)
    del tables["poll"]
    with pytest.raises(ValueError, match="missing"):
        build_zip({}, tables)


def test_file_names_are_portable_and_hold_no_personal_data() -> None:
    day = datetime(2026, 11, 30, 23, 30, tzinfo=UTC)
    name = bundle_file_name("UFM 2027/æøå", "Kemi Å-hold: 1", day, "9a0e3c5d-1111-2222")
    assert name == "belong_UFM-2027-aeoeaa_Kemi-Aa-hold-1_2026-11-30_9a0e3c5d.age"
    assert bundle_file_name("", "", day, "") == "belong_x_x_2026-11-30_x.age"


def test_times_and_cells() -> None:
    when = datetime(2026, 11, 30, 14, 5, 59, 999999, tzinfo=UTC)
    assert utc_text(when) == "2026-11-30T14:05:59Z"
    assert minute_text(when) == "2026-11-30T14:05:00Z"
    assert utc_text(None) == minute_text(None) == ""
    assert [cell(v) for v in (True, False, None, 2.5, 2.0, 0.1234567, 7, "x")] == [
        "true",
        "false",
        "",
        "2.5",
        "2",
        "0.123",
        "7",
        "x",
    ]
