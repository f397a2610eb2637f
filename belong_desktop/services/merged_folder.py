"""Reading back a folder that ``ministry merge`` wrote: its CSV tables, typed and checked.

The merge writes ``csv/<table>.csv`` (UTF-8 with a BOM, CRLF, a text starting with a
formula character carrying one ``'`` in front) for the added ``bundles`` table and every
bundle table. This reads the tables a caller names: the folder must exist and be a merge
output, each table's header must be exactly the codebook's columns, and every value must
be of its column's type (``merge.typed_rows``, the same parsers the merge used); the
``'`` the merge added for spreadsheets is taken off again. Anything else is refused with
a ``MergedFolderError`` naming the file, line and column. Runs on the calling thread.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from belong_desktop.core.bundle import TABLES_BY_NAME, BundleError, Table
from belong_desktop.core.errors import BelongError
from belong_desktop.services.merge import BUNDLES, Row, typed_rows

CSV_FOLDER = "csv"
LOG_JSON = "merge-log.json"
#: Every table the merge writes a CSV for.
MERGED_TABLES: dict[str, Table] = {"bundles": BUNDLES, **TABLES_BY_NAME}
#: A merged table larger than this is not one the summary can have been given.
MAX_TABLE_BYTES = 2 * 1024**3


class MergedFolderError(BelongError):
    """The folder is not a merge output the reader can use; nothing was written."""

    default_code = "merged_unusable"


@dataclass(frozen=True)
class MergedTable:
    header: tuple[str, ...]
    rows: list[Row]


def read_tables(folder: Path, names: Iterable[str]) -> dict[str, MergedTable]:
    """The named tables of the merged ``folder``, typed; refused as described above."""
    folder = Path(folder)
    if not folder.is_dir():
        what = "is a file, not a folder" if folder.exists() else "does not exist"
        raise MergedFolderError(
            f"{folder} {what}: give the folder `ministry merge --out` wrote",
            code="merged_missing",
            folder=str(folder),
        )
    wanted = list(names)
    missing = [n for n in wanted if not (folder / CSV_FOLDER / f"{n}.csv").is_file()]
    if missing:
        files = ", ".join(f"{CSV_FOLDER}/{n}.csv" for n in missing)
        raise MergedFolderError(
            f"{folder} is not a merged folder, or not a whole one: {files} missing. Give the "
            "folder `ministry merge --out` wrote (it holds csv/, stata/ and merge-log.txt)",
            code="merged_not_a_merge",
            folder=str(folder),
            missing=files,
        )
    return {name: _read(folder / CSV_FOLDER, MERGED_TABLES[name]) for name in wanted}


def read_log(folder: Path) -> dict[str, Any]:
    """The merge's own log (``merge-log.json``), or nothing if it cannot be read: it is
    only used to say which merge the summary is of."""
    try:
        document = json.loads((Path(folder) / LOG_JSON).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return document if isinstance(document, dict) else {}


def _read(csv_dir: Path, table: Table) -> MergedTable:
    path = csv_dir / table.file
    where = f"{CSV_FOLDER}/{table.file}"
    try:
        if path.stat().st_size > MAX_TABLE_BYTES:
            raise MergedFolderError(f"{where} is far too large", code="merged_bad_table")
        with path.open(encoding="utf-8-sig", newline="") as file:
            reader = csv.reader(file)
            header = next(reader, None)
            if header != table.header:
                raise MergedFolderError(
                    f"{where} does not have the merge's columns: "
                    f"{_column_difference(header, table.header)}",
                    code="merged_bad_columns",
                    file=where,
                )
            width = len(header)
            raw = []
            for line, cells in enumerate(reader, start=2):
                if len(cells) != width:
                    raise MergedFolderError(
                        f"{where} line {line}: {len(cells)} cells, not {width}",
                        code="merged_bad_row",
                        file=where,
                        row=line,
                    )
                raw.append(dict(zip(header, cells, strict=True)))
    except UnicodeDecodeError:
        raise MergedFolderError(
            f"{where} is not UTF-8 text", code="merged_bad_table", file=where
        ) from None
    except csv.Error as exc:
        raise MergedFolderError(
            f"{where} is not a readable CSV table ({exc})", code="merged_bad_table", file=where
        ) from None
    except OSError as exc:
        raise MergedFolderError(
            f"{where} cannot be read ({exc.strerror or type(exc).__name__})",
            code="merged_unreadable",
            file=where,
        ) from None
    try:
        rows = typed_rows(table, raw)
    except BundleError as exc:  # "<file> line N: <column> '<value>' is not …"
        raise MergedFolderError(
            f"{CSV_FOLDER}/{exc}", code="merged_bad_value", file=where
        ) from None
    texts = [i for i, c in enumerate(table.columns) if c.type == "string"]
    if any(_quoted(rows, texts)):
        rows = [_unquote(row, texts) for row in rows]
    return MergedTable(tuple(header), rows)


def _quoted(rows: list[Row], texts: list[int]) -> Iterable[bool]:
    return (
        isinstance(v, str) and v.startswith("'") for row in rows for i in texts if (v := row[i])
    )


def _unquote(row: Row, texts: list[int]) -> Row:
    """Take off the one ``'`` the merge put before a text (``merge_output.CSV_NOTE``)."""
    values = list(row)
    for i in texts:
        value = values[i]
        if isinstance(value, str) and value.startswith("'"):
            values[i] = value[1:]
    return tuple(values)


def _column_difference(found: list[str] | None, expected: list[str]) -> str:
    if not found:
        return "it is empty"
    extra = [c for c in found if c not in expected]
    lacking = [c for c in expected if c not in found]
    parts = []
    if lacking:
        parts.append("lacks " + ", ".join(lacking))
    if extra:
        parts.append("has unknown " + ", ".join(extra))
    return "; ".join(parts) or "they are in another order"
