"""The streaming workbook writer, read back the way an analyst's tools read it."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from xml.etree import ElementTree

import openpyxl
import pandas as pd
import pytest

from belong_desktop.services import xlsx
from belong_desktop.services.xlsx import Sheet, column_letters, write_workbook

NOW = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
TRICKY = (
    "=SUM(A1:A9)",
    "=",
    "+45 12 34 56 78",
    "-",
    "@navn",
    "#N/A",
    "#REF!",
    "TRUE",
    "007",
    "1e5",
    "<b>fed</b> & 'citat' \"dobbelt\"",
    "\tfane",
    "linje 1\r\nlinje 2",
    "  mellemrum  ",
    "æøå ÆØÅ 😊 中文",
)


def book_bytes(sheets: list[Sheet]) -> tuple[bytes, xlsx.Written]:
    buffer = io.BytesIO()
    written = write_workbook(buffer, sheets, created=NOW)
    return buffer.getvalue(), written


def test_column_letters_go_past_z() -> None:
    letters = column_letters(760)
    assert letters[:3] == ["A", "B", "C"]
    assert letters[25:28] == ["Z", "AA", "AB"]
    assert letters[701:703] == ["ZZ", "AAA"]


def test_every_part_is_well_formed_xml() -> None:
    data, _ = book_bytes([Sheet("a & <b>", ["x"], [["y"]]), Sheet("two", ["x"], [])])
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        names = package.namelist()
        assert "[Content_Types].xml" in names and "xl/worksheets/sheet2.xml" in names
        for name in names:
            ElementTree.fromstring(package.read(name))  # raises on a malformed part


def test_texts_are_text_cells_exactly_and_types_are_kept(tmp_path: Path) -> None:
    when = datetime(2026, 11, 30, 9, 5, 7)
    rows: list[list[xlsx.Cell]] = [[t, None, None, None] for t in TRICKY]
    rows.append([None, 42, 2.5, True])
    rows.append(["", -3, None, False])
    rows.append([None, None, None, when])
    data, written = book_bytes([Sheet("t", ["text", "n", "x", "other"], rows)])
    assert written == xlsx.Written()
    path = tmp_path / "t.xlsx"
    path.write_bytes(data)

    book = openpyxl.load_workbook(path)
    sheet = book["t"]
    assert [c.value for c in sheet[1]] == ["text", "n", "x", "other"]
    assert sheet[1][0].font.b
    texts = [sheet.cell(row=r, column=1) for r in range(2, 2 + len(TRICKY))]
    assert [c.value for c in texts] == list(TRICKY)
    assert {c.data_type for c in texts} == {"s"}
    number_row = 2 + len(TRICKY)
    assert [sheet.cell(row=number_row, column=c).value for c in (2, 3, 4)] == [42, 2.5, True]
    assert sheet.cell(row=number_row + 1, column=1).value is None  # "" is no cell
    assert sheet.cell(row=number_row + 1, column=4).value is False
    stamp = sheet.cell(row=number_row + 2, column=4)
    assert stamp.is_date and stamp.value == when
    assert stamp.number_format == "yyyy-mm-dd hh:mm:ss"
    assert sheet.freeze_panes == "A2"

    frame = pd.read_excel(path, sheet_name="t", dtype={"text": object}, keep_default_na=False)
    assert list(frame["text"][: len(TRICKY)]) == list(TRICKY)


def test_no_formula_or_error_cell_is_ever_written() -> None:
    data, _ = book_bytes([Sheet("t", ["text"], [[t] for t in TRICKY])])
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        xml = package.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and 't="e"' not in xml and 't="str"' not in xml
    assert xml.count('t="inlineStr"') == 1 + len(TRICKY)


def test_what_excel_cannot_hold_is_changed_and_counted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(xlsx, "MAX_ROWS", 4)  # the header and three rows
    rows = [["bip\x07"], ["x" * 40_000], ["ok"], ["one too many"], ["two too many"]]
    data, written = book_bytes([Sheet("t", ["text"], rows)])
    assert written == xlsx.Written(changed_texts=2, dropped_rows=2)
    book = openpyxl.load_workbook(io.BytesIO(data))
    values = [c.value for c in book["t"]["A"]]
    assert values == ["text", "bip\ufffd", "x" * 32_767, "ok"]


def test_a_row_of_the_wrong_width_is_a_bug_not_a_silent_shift() -> None:
    with pytest.raises(ValueError):
        book_bytes([Sheet("t", ["a", "b"], [["only one"]])])
