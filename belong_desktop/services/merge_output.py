"""The merge's files: CSV, one Excel workbook, Stata ``.dta``, the codebook and the log.

Everything written here holds student text, so the output folder is made owner-only
(0700) and every file is created owner-only (0600) and exclusively (an earlier result is
never overwritten by accident). No text ever becomes a spreadsheet formula: in the CSV a
text beginning with ``=``, ``+``, ``-``, ``@``, a tab, a carriage return or ``'`` gets one
``'`` in front (the codebook says so); in the workbook every text is an inline string
cell (``services/xlsx.py``), never a formula or an error value; the Stata files keep the
exact text. Imported only by ``merge.merge_bundles``, since it imports pandas; runs on
the calling thread.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import time
from collections.abc import Callable, Hashable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import IO, Any, Literal

import pandas as pd

from belong_desktop.core.bundle import TABLES, Table, cell
from belong_desktop.services import xlsx
from belong_desktop.services.merge import (
    BUNDLES,
    MergeError,
    MergeResult,
    Row,
    SessionBundle,
    Value,
)

XLSX_NAME = "belong-merge.xlsx"
CODEBOOK_NAME = "codebook.csv"
LOG_NAME = "merge-log.txt"
LOG_JSON_NAME = "merge-log.json"
#: What a merge writes into its folder; ``--force`` removes exactly these first.
OUTPUTS = ("csv", "stata", XLSX_NAME, CODEBOOK_NAME, LOG_NAME, LOG_JSON_NAME)
#: First characters that make a spreadsheet read a CSV cell as a formula (and ``'``, so
#: that removing one leading ``'`` always gives the exact text back).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "'")
CSV_NOTE = (
    "In csv/, a text whose first character is =, +, -, @, a tab, a carriage return or ' "
    "has one ' put in front, so that no spreadsheet runs it as a formula: remove one "
    "leading ' from such a text to get the exact text. The Excel workbook (every text a "
    "text cell) and the Stata files hold the exact text."
)
STATA_NOTE = (
    "Stata files: format 118 (Stata 14 and later, UTF-8, the exact text). A text column is "
    "strL when one of its values is over 2045 bytes (str# cannot hold it), else str#; "
    "times are Stata datetimes (%tc, UTC); booleans are bytes 0/1 with . for no value; "
    "whole numbers are longs. Variable names are the column names (the codebook's "
    "stata_name column lists any that had to change)."
)
EXCEL_NOTE = (
    "Excel workbook: a sheet per table (bundles first) and the codebook; every text is a "
    "text cell; times are UTC. Control characters that Excel cannot store show as \ufffd "
    "there (the CSV and Stata files keep them exactly)."
)
STATA_STR_MAX = 2045
STATA_NAME_MAX = 32
_STATA_LONG = (-2_147_483_647, 2_147_483_620)
#: Stata's reserved words, as its manual lists them.
_STATA_RESERVED_TEXT = (
    "aggregate array boolean break byte case catch class colvector complex const continue "
    "default delegate delete do double else eltypedef end enum explicit export external "
    "float for friend function global goto if inline int local long NULL pragma protected "
    "quad rowvector short typedef typename virtual _all _N _skip _b _pi str# in _pred strL "
    "_coef _rc using _cons _se with _n"
)
_STATA_RESERVED = frozenset(_STATA_RESERVED_TEXT.split())
_STATA_BAD = re.compile(r"[^A-Za-z0-9_]")


# -- the folder and its files ------------------------------------------------------------


def prepare_out_dir(out_dir: Path, *, force: bool) -> None:
    """Make the folder (owner-only); refuse one with anything in it unless ``force``, and
    then remove only what an earlier merge wrote there."""
    if out_dir.exists() and not out_dir.is_dir():
        raise MergeError(f"{out_dir} is a file, not a folder", code="merge_out_not_dir")
    if not force and out_dir.is_dir() and any(out_dir.iterdir()):
        raise MergeError(
            f"{out_dir} is not empty: an earlier result would be overwritten. Choose a "
            "new folder, or give --force to replace the merge's files in it",
            code="merge_out_not_empty",
        )
    try:
        for name in OUTPUTS if force else ():
            target = out_dir / name
            if target.is_dir() and not target.is_symlink():
                shutil.rmtree(target)
            elif target.exists() or target.is_symlink():
                target.unlink()
        out_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        out_dir.chmod(0o700)
    except OSError as exc:
        raise MergeError(
            f"cannot prepare {out_dir} ({exc.strerror or type(exc).__name__})",
            code="merge_out_unusable",
        ) from None


@contextmanager
def private_file(path: Path) -> Iterator[IO[bytes]]:
    """A new file only its owner can read; refuses to replace an existing one."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(fd, "wb") as file:
        yield file


def _private_dir(path: Path) -> Path:
    path.mkdir(mode=0o700, exist_ok=True)
    path.chmod(0o700)
    return path


# -- all of it ---------------------------------------------------------------------------


def write_outputs(
    result: MergeResult, bundle_row: Callable[[SessionBundle], Row], *, now: datetime
) -> None:
    """Every output file for the merged bundles of ``result`` (not the logs)."""
    tables: list[tuple[Table, list[Row]]] = [(BUNDLES, [bundle_row(b) for b in result.merged])]
    for table in TABLES:
        rows: list[Row] = []
        for bundle in result.merged:
            rows += bundle.tables[table.name]
        tables.append((table, rows))
    out = result.out_dir
    csv_dir, stata_dir = _private_dir(out / "csv"), _private_dir(out / "stata")
    names = {t.name: stata_names(t.header) for t, _ in tables}
    book = codebook_rows([t for t, _ in tables], names)
    with _timed(result, "csv"):
        for table, rows in tables:
            result.row_counts[table.name] = len(rows)
            result.files.append(write_csv(csv_dir / table.file, table, rows))
        result.files.append(write_codebook(out / CODEBOOK_NAME, book))
    with _timed(result, "stata"):
        for table, rows in tables:
            result.files.append(write_stata(stata_dir / f"{table.name}.dta", table, rows, names))
    with _timed(result, "excel"):
        workbook, warnings = write_xlsx(out / XLSX_NAME, tables, book, now=now)
    result.files.append(workbook)
    result.warnings += warnings


@contextmanager
def _timed(result: MergeResult, phase: str) -> Iterator[None]:
    started = time.perf_counter()
    yield
    result.seconds[phase] = round(time.perf_counter() - started, 3)


# -- CSV ---------------------------------------------------------------------------------


def csv_text(value: Value) -> str:
    """A typed value as its CSV cell: texts made formula-safe, times as ``…Z``."""
    if isinstance(value, str):
        return "'" + value if value.startswith(FORMULA_START) else value
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%dT%H:%M:%SZ")
    return cell(value)


def _csv_string(value: Value) -> str:
    if not value:
        return ""
    text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def _csv_time(value: Value) -> str:
    return value.strftime("%Y-%m-%dT%H:%M:%SZ") if isinstance(value, datetime) else ""


#: ``csv_text`` for one column type, without testing every value's type (a million cells).
_CSV_FORMAT: dict[str, Callable[[Value], str]] = {
    "string": _csv_string,
    "integer": lambda v: "" if v is None else str(v),
    "number": cell,
    "boolean": cell,
    "datetime": _csv_time,
}


def write_csv(path: Path, table: Table, rows: Sequence[Row]) -> Path:
    """UTF-8 with a BOM (so Excel reads æøå; pandas, R and Stata skip it), CRLF lines."""
    columns = [[_CSV_FORMAT[c.type](row[i]) for row in rows] for i, c in enumerate(table.columns)]
    with private_file(path) as raw, io.TextIOWrapper(raw, "utf-8-sig", newline="") as text:
        writer = csv.writer(text, lineterminator="\r\n")
        writer.writerow(table.header)
        writer.writerows(zip(*columns, strict=True))
    return path


def codebook_rows(
    tables: Sequence[Table], names: dict[str, dict[str, str]]
) -> list[tuple[str, str, str, str, str]]:
    rows = [("(all)", "", "note", note, "") for note in (CSV_NOTE, STATA_NOTE, EXCEL_NOTE)]
    rows += [(t.name, "", "table", t.meaning, "") for t in tables]
    for table in tables:
        rows += [
            (table.name, c.name, c.type, c.meaning, names[table.name][c.name])
            for c in table.columns
        ]
    return rows


CODEBOOK_HEADER = ("table", "column", "type", "meaning", "stata_name")


def write_codebook(path: Path, rows: Sequence[Sequence[str]]) -> Path:
    with private_file(path) as raw, io.TextIOWrapper(raw, "utf-8-sig", newline="") as text:
        writer = csv.writer(text, lineterminator="\r\n")
        writer.writerow(CODEBOOK_HEADER)
        writer.writerows(rows)
    return path


# -- Stata ---------------------------------------------------------------------------------


def stata_names(columns: Sequence[str]) -> dict[str, str]:
    """A valid, unique Stata variable name (≤ 32 characters, letters, digits and ``_``,
    not a reserved word) for every column; unchanged where it already is one."""
    taken: set[str] = set()
    names: dict[str, str] = {}
    for column in columns:
        name = _STATA_BAD.sub("_", column)
        if not name or name[0].isdigit():
            name = "_" + name
        if name in _STATA_RESERVED:
            name = name + "_"
        name = name[:STATA_NAME_MAX]
        base, number = name, 2
        while name.lower() in taken:
            suffix = f"_{number}"
            name = base[: STATA_NAME_MAX - len(suffix)] + suffix
            number += 1
        taken.add(name.lower())
        names[column] = name
    return names


def stata_frame(table: Table, rows: Sequence[Row], names: dict[str, str]) -> pd.DataFrame:
    """The table as a DataFrame with Stata's types (see ``STATA_NOTE``)."""
    data: dict[str, Any] = {}
    for index, column in enumerate(table.columns):
        values = [row[index] for row in rows]
        name = names[column.name]
        if column.type == "string":
            data[name] = pd.Series(["" if v is None else v for v in values], dtype=object)
        elif column.type == "boolean":
            data[name] = pd.array([None if v is None else int(bool(v)) for v in values], "Int8")
        elif column.type == "integer":
            ints = [v if isinstance(v, int) else None for v in values]
            low, high = _STATA_LONG
            fits = all(low <= v <= high for v in ints if v is not None)
            data[name] = pd.array(ints, "Int32") if fits else pd.array(ints, "Float64")
        elif column.type == "number":
            data[name] = pd.Series([float("nan") if v is None else v for v in values], dtype=float)
        else:
            data[name] = pd.Series(values, dtype="datetime64[ms]")
    return pd.DataFrame(data)


def write_stata(
    path: Path, table: Table, rows: Sequence[Row], all_names: dict[str, dict[str, str]]
) -> Path:
    names = all_names[table.name]
    frame = stata_frame(table, rows, names)
    strl = []
    for index, column in enumerate(table.columns):
        if column.type != "string":
            continue
        longest = max((len(str(r[index]).encode()) for r in rows if r[index]), default=0)
        if longest > STATA_STR_MAX:  # pandas writes strL slowly: only where str# cannot hold it
            strl.append(names[column.name])
    dates: dict[Hashable, Literal["tc"]] = {
        names[c.name]: "tc" for c in table.columns if c.type == "datetime"
    }
    labels = {names[c.name]: _label(c.meaning) for c in table.columns}
    with private_file(path) as file:
        frame.to_stata(
            file,
            version=118,
            write_index=False,
            convert_dates=dates,  # type: ignore[arg-type]  # pandas-stubs: keys typed Never
            convert_strl=strl,
            variable_labels=labels,
            data_label=_label(table.meaning),
        )
    return path


def _label(text: str) -> str:
    """Stata labels hold 80 characters."""
    return text if len(text) <= 80 else text[:79] + "…"


# -- Excel -------------------------------------------------------------------------------


def write_xlsx(
    path: Path,
    tables: Sequence[tuple[Table, Sequence[Row]]],
    codebook: Sequence[Sequence[str]],
    *,
    now: datetime,
) -> tuple[Path, list[str]]:
    """One workbook: a sheet per table, then the codebook; every text a text cell."""
    sheets = [xlsx.Sheet(t.name, t.header, rows) for t, rows in tables]
    sheets.append(xlsx.Sheet("codebook", CODEBOOK_HEADER, codebook))
    with private_file(path) as file:
        written = xlsx.write_workbook(file, sheets, created=now)
    warnings = []
    if written.changed_texts:
        warnings.append(
            f"{written.changed_texts} texts hold characters Excel cannot store or are longer "
            "than an Excel cell: the workbook shows them changed (the CSV and Stata files "
            "are exact)"
        )
    if written.dropped_rows:
        warnings.append(
            f"{written.dropped_rows} rows did not fit an Excel sheet (over "
            f"{xlsx.MAX_ROWS:,} rows): the workbook lacks them; use the CSV or Stata files"
        )
    return path, warnings


# -- the merge log ---------------------------------------------------------------------------


def write_logs(result: MergeResult, *, now: datetime, version: str) -> None:
    """``merge-log.txt`` for a person and ``merge-log.json`` for a script: what was read,
    merged, replaced and skipped, and why. Names files and sessions, never any text."""
    out = result.out_dir
    document = {
        "merged_at": now.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "app_version": version,
        "files_read": result.inputs,
        "merged": [
            {
                "file": b.file,
                "session_id": b.session_id,
                "export_id": b.export_id,
                "sequence": b.sequence,
                "trial_id": b.manifest["trial_id"],
                "group": b.manifest["group"].get("code"),
            }
            for b in result.merged
        ],
        "replaced": [
            {
                "file": r.file,
                "session_id": r.session_id,
                "sequence": r.sequence,
                "kept": r.by_file,
                "kept_sequence": r.by_sequence,
                "why": "copy" if r.copy else "re-export",
            }
            for r in result.replaced
        ],
        "skipped": [{"file": s.file, "reason": s.reason, "code": s.code} for s in result.skipped],
        "warnings": result.warnings,
        "rows": result.row_counts,
        "seconds": result.seconds,
        "files": [str(p.relative_to(out)) for p in result.files],
        "notes": [CSV_NOTE, STATA_NOTE, EXCEL_NOTE],
    }
    with private_file(out / LOG_JSON_NAME) as file:
        file.write((json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode())
    with private_file(out / LOG_NAME) as file:
        file.write(log_text(result, document).encode())
    result.files += [out / LOG_NAME, out / LOG_JSON_NAME]


def log_text(result: MergeResult, document: dict[str, Any]) -> str:
    lines = [
        f"belong-desktop {document['app_version']} merge, {document['merged_at']}",
        f"{result.inputs} files read: {len(result.merged)} sessions merged, "
        f"{len(result.replaced)} left out as re-exports or copies, {len(result.skipped)} "
        "skipped.",
        "These files hold student text: keep them on encrypted storage only.",
        "",
        "Merged:",
    ]
    lines += [
        f"  OK       {b.file}  (session {b.session_id}, group {b.manifest['group'].get('code')}, "
        f"sequence {b.sequence})"
        for b in result.merged
    ] or ["  (none)"]
    if result.replaced:
        lines += ["", "Left out (another bundle of the same session is merged):"]
        for r in result.replaced:
            why = (
                f"a copy of the same export as {r.by_file}"
                if r.copy
                else f"sequence {r.sequence}, replaced by {r.by_file} (sequence {r.by_sequence})"
            )
            lines.append(f"  REPLACED {r.file}: {why}")
    if result.skipped:
        lines += ["", "Skipped (not merged):"]
        lines += [f"  SKIPPED  {s.file}: {s.reason}" for s in result.skipped]
    if result.warnings:
        lines += ["", "Warnings:"] + [f"  - {w}" for w in result.warnings]
    if result.row_counts:
        lines += ["", "Rows per table:"]
        lines += [f"  {name:<12} {count:>9}" for name, count in result.row_counts.items()]
    lines += ["", "Notes:"] + [f"  - {n}" for n in document["notes"]]
    return "\n".join(lines) + "\n"
