"""A small streaming writer of Excel workbooks (.xlsx) in which no text is ever a formula.

The merge writes a million cells and more; openpyxl builds an object per cell and took
about ten times as long as this (see the merge benchmark), so the few parts of an
Office Open XML package are written here directly, row by row into the zip, in the
form openpyxl and Excel write them. Every text is an inline string cell
(``t="inlineStr"``): there is no code path that makes a formula or an error value, so a
student text beginning with ``=`` or reading ``#N/A`` stays that text. Times are Excel
serial numbers shown as ``yyyy-mm-dd hh:mm:ss``, booleans are boolean cells, no value
is no cell. Runs on the calling thread.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import IO

#: The most rows and characters one sheet and one cell hold.
MAX_ROWS = 1_048_576
MAX_CELL_CHARS = 32_767
_EPOCH = datetime(1899, 12, 30)
#: Characters XML 1.0 cannot hold at all (a tab, a line feed and a carriage return can).
ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_HEADER_STYLE, _DATE_STYLE = 1, 2
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

Cell = str | int | float | bool | datetime | None


@dataclass
class Sheet:
    """A sheet to write: its name, header and rows (any iterable, consumed once)."""

    name: str
    header: Sequence[str]
    rows: Iterable[Sequence[Cell]]


@dataclass
class Written:
    """What had to change to fit Excel: texts with characters XML cannot hold (shown as
    U+FFFD) or longer than a cell (cut), and rows beyond a sheet's last."""

    changed_texts: int = 0
    dropped_rows: int = 0


def column_letters(count: int) -> list[str]:
    """A, B, …, Z, AA, AB, … for ``count`` columns."""
    letters = []
    for number in range(1, count + 1):
        name = ""
        while number:
            number, rest = divmod(number - 1, 26)
            name = chr(65 + rest) + name
        letters.append(name)
    return letters


def write_workbook(file: IO[bytes], sheets: Sequence[Sheet], *, created: datetime) -> Written:
    """Write the workbook to ``file`` (open for binary writing), streaming each sheet."""
    written = Written()
    with zipfile.ZipFile(file, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as package:
        package.writestr("[Content_Types].xml", _content_types(len(sheets)))
        package.writestr("_rels/.rels", _ROOT_RELS)
        package.writestr("docProps/app.xml", _APP)
        package.writestr("docProps/core.xml", _core(created))
        package.writestr("xl/workbook.xml", _workbook(sheets))
        package.writestr("xl/_rels/workbook.xml.rels", _workbook_rels(len(sheets)))
        package.writestr("xl/styles.xml", _STYLES)
        for number, sheet in enumerate(sheets, start=1):
            with package.open(f"xl/worksheets/sheet{number}.xml", "w", force_zip64=True) as part:
                _write_sheet(part, sheet, written)
    return written


def _write_sheet(part: IO[bytes], sheet: Sheet, written: Written) -> None:
    letters = column_letters(len(sheet.header))
    part.write(
        (
            f'{_XML}<worksheet xmlns="{_MAIN}"><sheetViews><sheetView workbookViewId="0">'
            '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
            '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView>'
            '</sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData>'
        ).encode()
    )
    header = "".join(
        f'<c r="{col}1" s="{_HEADER_STYLE}" t="inlineStr"><is><t>{_text(name)}</t></is></c>'
        for col, name in zip(letters, sheet.header, strict=True)
    )
    part.write(f'<row r="1">{header}</row>'.encode())
    batch: list[str] = []
    number = 1
    for row in sheet.rows:
        number += 1
        if number > MAX_ROWS:
            written.dropped_rows += 1
            continue
        cells = []
        for col, value in zip(letters, row, strict=True):
            if value is None:
                continue
            ref = f"{col}{number}"
            if isinstance(value, str):
                if value == "":
                    continue
                text = value
                if len(text) > MAX_CELL_CHARS or ILLEGAL_XML.search(text):
                    text = ILLEGAL_XML.sub("\ufffd", text)[:MAX_CELL_CHARS]
                    written.changed_texts += 1
                cells.append(
                    f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">'
                    f"{_text(text)}</t></is></c>"
                )
            elif isinstance(value, bool):
                cells.append(f'<c r="{ref}" t="b"><v>{int(value)}</v></c>')
            elif isinstance(value, datetime):
                serial = (value.replace(tzinfo=None) - _EPOCH).total_seconds() / 86400
                cells.append(f'<c r="{ref}" s="{_DATE_STYLE}"><v>{serial!r}</v></c>')
            else:
                cells.append(f'<c r="{ref}"><v>{value!r}</v></c>')
        batch.append(f'<row r="{number}">{"".join(cells)}</row>')
        if len(batch) >= 500:
            part.write("".join(batch).encode())
            batch.clear()
    part.write(("".join(batch) + "</sheetData></worksheet>").encode())


def _text(value: str) -> str:
    return value.translate(_ESCAPES)


def _attr(value: str) -> str:
    return _text(value).replace('"', "&quot;")


def _content_types(sheets: int) -> str:
    sheet_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="{sheet_type}"/>'
        for n in range(1, sheets + 1)
    )
    return (
        f'{_XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        '<Override PartName="/docProps/core.xml" '
        'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        '<Override PartName="/docProps/app.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.extended-properties+xml"/>'
        f"{overrides}</Types>"
    )


_ROOT_RELS = (
    f'{_XML}<Relationships xmlns="{_PKG_REL}">'
    f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
    'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    f'<Relationship Id="rId3" Type="{_REL}/extended-properties" Target="docProps/app.xml"/>'
    "</Relationships>"
)
_APP = (
    f'{_XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    'extended-properties"><Application>belong-desktop</Application></Properties>'
)
#: Three cell formats: 0 plain, 1 bold (the header row), 2 a date and time.
_STYLES = (
    f'{_XML}<styleSheet xmlns="{_MAIN}">'
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm:ss"/></numFmts>'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    "</cellXfs>"
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)


def _core(created: datetime) -> str:
    stamp = created.strftime("%Y-%m-%dT%H:%M:%SZ")
    return (
        f"{_XML}<cp:coreProperties "
        'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        "<dc:creator>belong-desktop</dc:creator>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
        "</cp:coreProperties>"
    )


def _workbook(sheets: Sequence[Sheet]) -> str:
    entries = "".join(
        f'<sheet name="{_attr(sheet.name)}" sheetId="{n}" r:id="rId{n}"/>'
        for n, sheet in enumerate(sheets, start=1)
    )
    return (
        f'{_XML}<workbook xmlns="{_MAIN}" xmlns:r="{_REL}">'
        f"<bookViews><workbookView/></bookViews><sheets>{entries}</sheets></workbook>"
    )


def _workbook_rels(sheets: int) -> str:
    rels = "".join(
        f'<Relationship Id="rId{n}" Type="{_REL}/worksheet" Target="worksheets/sheet{n}.xml"/>'
        for n in range(1, sheets + 1)
    )
    styles = f'<Relationship Id="rId{sheets + 1}" Type="{_REL}/styles" Target="styles.xml"/>'
    return f'{_XML}<Relationships xmlns="{_PKG_REL}">{rels}{styles}</Relationships>'
