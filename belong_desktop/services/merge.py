"""The ministry's merge: many encrypted session bundles in, one set of analysis files out.

Each bundle is decrypted in memory, checked (every checksum in its manifest, the tables'
columns, every value against its column's type, one session whose id matches the
manifest's) and turned into typed rows. A bundle that fails any of that is reported by
file name with a plain reason and skipped; re-exports of one session are de-duplicated
(highest ``sequence`` wins) and a second copy of one export is noted. What is left is
handed to ``merge_output`` for the CSV, Excel and Stata files, the codebook and the merge
log. Runs on the calling thread (the CLI's main thread); pandas is imported only when
files are written, so the app's start-up never loads them.
"""

from __future__ import annotations

import json
import logging
import math
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pyrage import x25519

from belong_desktop import __version__
from belong_desktop.core.bundle import (
    MAX_PLAINTEXT_BYTES,
    TABLES,
    BundleError,
    Column,
    Table,
    read_zip,
    sha256_hex,
)
from belong_desktop.core.errors import BelongError
from belong_desktop.services import crypto

log = logging.getLogger(__name__)

#: An encrypted bundle is its plaintext plus age's small overhead (16 bytes per 64 KiB).
MAX_BUNDLE_BYTES = MAX_PLAINTEXT_BYTES + MAX_PLAINTEXT_BYTES // 4096 + 64 * 1024
#: A value of one of the bundle's columns, typed: what the Excel and Stata files hold.
Value = str | int | float | bool | datetime | None
Row = tuple[Value, ...]

BUNDLES = Table(
    "bundles",
    "Added by the merge: one row per bundle merged, from its manifest (re-exports that "
    "were replaced and copies are in merge-log.txt, not here).",
    (
        Column("file", "string", "The bundle's file name as it was merged."),
        Column("bundle_sha256", "string", "SHA-256 of the encrypted file (the export receipt's)."),
        Column("session_id", "string", "The session's id; joins every table."),
        Column("export_id", "string", "The export's id (new for every export)."),
        Column("sequence", "integer", "1 for a session's first export, then 2, 3, …"),
        Column("exported_at", "datetime", "When the bundle was made (UTC)."),
        Column("app_version", "string", "The belong-desktop version that made it."),
        Column("trial_id", "string", "The trial, from the kit."),
        Column("group_code", "string", "The study group's code."),
        Column("institution", "string", "The group's institution."),
        Column("programme", "string", "The group's programme."),
        Column("arm", "string", "treatment or control: the arm of the pack that was run."),
        Column("arm_source", "string", "kit, override or counsellor (see session.arm_source)."),
        Column("pack_id", "string", "The content pack that was run."),
        Column("pack_version", "string", "Its version."),
        Column("pack_sha256", "string", "SHA-256 over the pack's files."),
        Column("session_language", "string", "The session's language."),
        Column("started_at", "datetime", "When the session started (UTC)."),
        Column("ended_at", "datetime", "When it ended (UTC)."),
        Column("devices", "integer", "Devices that joined."),
        Column("texts_sent", "integer", "Texts sent (status submitted)."),
        Column("drafts_at_close", "integer", "Texts never sent, kept when their step closed."),
        Column("drafts", "integer", "Texts never sent, their step open at the end."),
        Column("poll_answers", "integer", "Poll answers."),
        Column("notes", "integer", "Notes (counsellor, override and system)."),
        Column(
            "booklet_approved",
            "integer",
            "Letters the counsellor approved for the letters booklet (empty in bundles made "
            "before the booklet existed).",
        ),
        Column(
            "booklet_hidden",
            "integer",
            "Consented letters the counsellor chose to keep out of the letters booklet.",
        ),
        Column("redactions", "integer", "Pieces of personal data the counsellor redacted."),
        Column(
            "redactions_by_kind",
            "string",
            'The redactions by kind as JSON, e.g. {"email": 1, "name": 3}.',
        ),
        Column(
            "texts_deleted_at",
            "datetime",
            "When the texts were deleted from the laptop before this export (then it holds "
            "no texts); empty otherwise.",
        ),
    ),
)


class MergeError(BelongError):
    """The merge cannot start (its output folder, its inputs); nothing was written."""

    default_code = "merge_refused"


@dataclass(frozen=True)
class Skipped:
    """A file that was not merged, and why (a plain reason and the error's code)."""

    file: str
    reason: str
    code: str


@dataclass(frozen=True)
class Replaced:
    """A bundle left out because another one of the same session wins."""

    file: str
    session_id: str
    sequence: int
    by_file: str
    by_sequence: int
    copy: bool  # the same export twice (same export_id), not a re-export


@dataclass(frozen=True)
class SessionBundle:
    """One bundle, read and checked: its manifest, its typed rows and its bundles row."""

    file: str
    sha256: str
    manifest: Mapping[str, Any]
    tables: Mapping[str, list[Row]]

    @property
    def session_id(self) -> str:
        return str(self.manifest["session_id"])

    @property
    def export_id(self) -> str:
        return str(self.manifest["export_id"])

    @property
    def sequence(self) -> int:
        return int(self.manifest["sequence"])

    def sort_key(self) -> tuple[str, ...]:
        session = self.tables["session"][0]
        names = TABLE_INDEX["session"]
        started = session[names["started_at"]]
        return (
            str(self.manifest["trial_id"]),
            str(session[names["institution"]]),
            str(session[names["group_code"]]),
            started.isoformat() if isinstance(started, datetime) else "",
            self.session_id,
        )


@dataclass
class MergeResult:
    out_dir: Path
    inputs: int = 0
    merged: list[SessionBundle] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    replaced: list[Replaced] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    row_counts: dict[str, int] = field(default_factory=dict)
    files: list[Path] = field(default_factory=list)
    #: Seconds per phase (read, csv, stata, excel, total): the log and the benchmark.
    seconds: dict[str, float] = field(default_factory=dict)


TABLE_INDEX: Mapping[str, Mapping[str, int]] = {
    t.name: {c.name: i for i, c in enumerate(t.columns)} for t in (*TABLES, BUNDLES)
}


# -- finding and reading bundles ---------------------------------------------------------


def find_bundles(inputs: Sequence[Path]) -> tuple[list[Path], list[Skipped]]:
    """The files to read: each file as given (of any name), each folder's ``*.age`` files
    (not its sub-folders), in a stable order, each once; what does not exist is skipped."""
    found: list[Path] = []
    skipped: list[Skipped] = []
    for given in inputs:
        if given.is_dir():
            found += sorted(p for p in given.iterdir() if p.suffix == ".age" and p.is_file())
        elif given.is_file():
            found.append(given)
        else:
            skipped.append(Skipped(str(given), "there is no such file or folder", "no_file"))
    unique: dict[Path, Path] = {}
    for path in found:
        unique.setdefault(path.resolve(), path)
    return list(unique.values()), skipped


def read_bundle(path: Path, identities: Sequence[x25519.Identity]) -> SessionBundle:
    """Decrypt and check one bundle; ``BundleUnreadable`` or ``BundleError`` with a plain
    reason when it cannot be merged."""
    data = _read_file(path)
    contents = read_zip(crypto.decrypt(data, identities))
    manifest = contents.manifest
    _check_manifest(manifest)
    tables = {t.name: typed_rows(t, contents.tables[t.name]) for t in TABLES}
    _check_session(manifest, tables)
    return SessionBundle(path.name, sha256_hex(data), manifest, tables)


@dataclass(frozen=True)
class Verified:
    """One file's check: whether it passed, what was checked or why it failed."""

    file: str
    ok: bool
    detail: str
    code: str = ""


def verify_file(path: Path, identities: Sequence[x25519.Identity] | None) -> Verified:
    """Check a bundle as far as possible: without identities its age header and length
    (``crypto.inspect``), with them everything the merge checks."""
    try:
        if identities:
            bundle = read_bundle(path, identities)
            m = bundle.manifest
            counts = m["counts"]
            detail = (
                f"session {bundle.session_id}, trial {m['trial_id']}, group "
                f"{m['group'].get('code')}, sequence {bundle.sequence}, "
                f"{counts.get('devices', '?')} devices, {counts.get('texts_sent', '?')} texts "
                "sent; decrypted, every checksum and value checked"
            )
        else:
            header = crypto.inspect(_read_file(path))
            detail = (
                f"an age file for an X25519 key, {header.plaintext_bytes:,} bytes inside; "
                "contents not checked (give --identity to check them)"
            )
    except (crypto.BundleUnreadable, BundleError) as exc:
        return Verified(path.name, False, str(exc), exc.code)
    return Verified(path.name, True, detail)


def _read_file(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_BUNDLE_BYTES:
            raise BundleError("it is far too large to be a session bundle", code="bundle_too_big")
        return path.read_bytes()
    except OSError as exc:
        raise BundleError(
            f"it cannot be read ({exc.strerror or type(exc).__name__})", code="bundle_unreadable"
        ) from None


def _check_manifest(manifest: Mapping[str, Any]) -> None:
    problems = []
    for key in ("session_id", "export_id", "trial_id"):
        if not isinstance(manifest.get(key), str) or not manifest[key]:
            problems.append(key)
    sequence = manifest.get("sequence")
    if not isinstance(sequence, int) or isinstance(sequence, bool) or sequence < 1:
        problems.append("sequence")
    if _time(manifest.get("exported_at")) is None:
        problems.append("exported_at")
    for key in ("group", "pack", "counts"):
        if not isinstance(manifest.get(key), dict):
            problems.append(key)
    if problems:
        raise BundleError(
            f"its manifest's {', '.join(problems)} is missing or wrong", code="bundle_bad_manifest"
        )


def _check_session(manifest: Mapping[str, Any], tables: Mapping[str, list[Row]]) -> None:
    if len(tables["session"]) != 1:
        raise BundleError(
            f"session.csv has {len(tables['session'])} rows, not one", code="bundle_bad_table"
        )
    session_id = manifest["session_id"]
    for name, rows in tables.items():
        if any(row[0] != session_id for row in rows):
            raise BundleError(
                f"{name}.csv holds rows of another session than its manifest names",
                code="bundle_session_mismatch",
            )


def typed_rows(table: Table, rows: Sequence[Mapping[str, str]]) -> list[Row]:
    """The table's rows with every value as its column's type; ``BundleError`` naming the
    first value that is not (by line: the header is line 1). Converted column by column:
    a thousand bundles hold a million and a half values."""
    columns: list[list[Value]] = []
    for column in table.columns:
        raw = [row[column.name] for row in rows]
        if column.type == "string":
            columns.append(list(raw))
            continue
        parse = _PARSERS[column.type]
        try:
            columns.append([parse(text) for text in raw])
        except ValueError:
            line, reason = _first_bad(raw, parse)
            raise BundleError(
                f"{table.file} line {line}: {column.name} {reason}",
                code="bundle_bad_value",
                file=table.file,
            ) from None
    return list(zip(*columns, strict=True)) if columns else []


def _first_bad(raw: Sequence[str], parse: Callable[[str], Value]) -> tuple[int, str]:
    for line, text in enumerate(raw, start=2):
        try:
            parse(text)
        except ValueError as exc:
            return line, str(exc)
    return 0, "is not valid"  # not reached: called only after a value failed


def _integer(text: str) -> int | None:
    if not text:
        return None
    try:
        return int(text)
    except ValueError:
        raise ValueError(f"{text[:20]!r} is not a whole number") from None


def _number(text: str) -> float | None:
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        raise ValueError(f"{text[:20]!r} is not a number") from None
    if not math.isfinite(value):
        raise ValueError(f"{text[:20]!r} is not a number")
    return value


def _boolean(text: str) -> bool | None:
    if text in ("true", "false"):
        return text == "true"
    if not text:
        return None
    raise ValueError(f"{text[:20]!r} is not true or false")


def _datetime(text: str) -> datetime | None:
    if not text:
        return None
    when = _time(text)
    if when is None:
        raise ValueError(f"{text[:30]!r} is not a UTC time")
    return when


def _time(value: object) -> datetime | None:
    """A bundle's ``…Z`` time as a naive UTC datetime (what Excel and Stata hold)."""
    if not isinstance(value, str) or not value.endswith("Z"):
        return None
    try:
        return datetime.fromisoformat(value[:-1] + "+00:00").astimezone(UTC).replace(tzinfo=None)
    except ValueError:
        return None


def _string(text: str) -> str:
    return text


_PARSERS: Mapping[str, Callable[[str], Value]] = {
    "string": _string,
    "integer": _integer,
    "number": _number,
    "boolean": _boolean,
    "datetime": _datetime,
}


# -- de-duplication -----------------------------------------------------------------------


def deduplicate(bundles: Sequence[SessionBundle]) -> tuple[list[SessionBundle], list[Replaced]]:
    """One bundle per session: the highest sequence (then the latest export, then the file
    name); a second file of the same export is a copy."""
    by_export: dict[str, SessionBundle] = {}
    replaced: list[Replaced] = []
    for bundle in bundles:
        first = by_export.get(bundle.export_id)
        if first is None:
            by_export[bundle.export_id] = bundle
        else:
            replaced.append(_replaced(bundle, first, copy=True))
    by_session: dict[str, SessionBundle] = {}
    for bundle in by_export.values():
        best = by_session.get(bundle.session_id)
        if best is None:
            by_session[bundle.session_id] = bundle
            continue
        winner, loser = (bundle, best) if _rank(bundle) > _rank(best) else (best, bundle)
        by_session[bundle.session_id] = winner
        replaced.append(_replaced(loser, winner, copy=False))
    kept = sorted(by_session.values(), key=SessionBundle.sort_key)
    return kept, replaced


def _rank(bundle: SessionBundle) -> tuple[int, str, str]:
    return (bundle.sequence, str(bundle.manifest["exported_at"]), bundle.file)


def _replaced(loser: SessionBundle, winner: SessionBundle, *, copy: bool) -> Replaced:
    return Replaced(
        loser.file, loser.session_id, loser.sequence, winner.file, winner.sequence, copy
    )


def bundle_row(bundle: SessionBundle) -> Row:
    """The bundle's row of the added ``bundles`` table, in ``BUNDLES`` column order."""
    m = bundle.manifest
    group, pack, counts = m["group"], m["pack"], m["counts"]
    redactions: dict[str, Any] = m.get("redactions") or {}
    if not isinstance(redactions, dict):
        redactions = {}
    by_kind: dict[str, Any] = redactions.get("by_kind") or {}
    if not isinstance(by_kind, dict):
        by_kind = {}
    values: dict[str, Value] = {
        "file": bundle.file,
        "bundle_sha256": bundle.sha256,
        "session_id": bundle.session_id,
        "export_id": bundle.export_id,
        "sequence": bundle.sequence,
        "exported_at": _time(m.get("exported_at")),
        "app_version": _text(m.get("app_version")),
        "trial_id": _text(m.get("trial_id")),
        "group_code": _text(group.get("code")),
        "institution": _text(group.get("institution")),
        "programme": _text(group.get("programme")),
        "arm": _text(m.get("arm")),
        "arm_source": _text(m.get("arm_source")),
        "pack_id": _text(pack.get("id")),
        "pack_version": _text(pack.get("version")),
        "pack_sha256": _text(pack.get("sha256")),
        "session_language": _text(m.get("session_language")),
        "started_at": _time(m.get("started_at")),
        "ended_at": _time(m.get("ended_at")),
        "redactions": _count(redactions.get("total")),
        "redactions_by_kind": json.dumps(by_kind, sort_keys=True) if by_kind else "",
        "texts_deleted_at": _time(m.get("texts_deleted_at")),
    }
    for key in (
        "devices",
        "texts_sent",
        "drafts_at_close",
        "drafts",
        "poll_answers",
        "notes",
        "booklet_approved",
        "booklet_hidden",
    ):
        values[key] = _count(counts.get(key))
    return tuple(values[c.name] for c in BUNDLES.columns)


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _count(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


# -- the whole merge ----------------------------------------------------------------------


def merge_bundles(
    inputs: Sequence[Path],
    identities: Sequence[x25519.Identity],
    out_dir: Path,
    *,
    force: bool = False,
    now: datetime | None = None,
) -> MergeResult:
    """Read every bundle in ``inputs``, merge what can be merged and write the output
    files into ``out_dir`` (which must be new or empty unless ``force``). Nothing is
    written but the merge log when no bundle could be merged."""
    from belong_desktop.services import merge_output  # pandas: only now

    started = time.perf_counter()
    merge_output.prepare_out_dir(out_dir, force=force)
    result = MergeResult(out_dir)
    paths, result.skipped = find_bundles(inputs)
    result.inputs = len(paths) + len(result.skipped)
    bundles: list[SessionBundle] = []
    for path in paths:
        try:
            bundles.append(read_bundle(path, identities))
        except (crypto.BundleUnreadable, BundleError) as exc:
            result.skipped.append(Skipped(path.name, str(exc), exc.code))
            log.warning("merge: skipped %s (%s)", path.name, exc.code)
    result.merged, result.replaced = deduplicate(bundles)
    del bundles  # the replaced bundles' rows can go
    result.seconds["read"] = round(time.perf_counter() - started, 3)
    trials = sorted({str(b.manifest["trial_id"]) for b in result.merged})
    if len(trials) > 1:
        result.warnings.append(
            f"the bundles come from {len(trials)} trials ({', '.join(trials)}): they are "
            "merged together; use trial_id to tell them apart"
        )
    for replaced in result.replaced:
        if not replaced.copy and replaced.sequence == replaced.by_sequence:
            result.warnings.append(
                f"{replaced.file} and {replaced.by_file} are two different exports of one "
                f"session with the same sequence {replaced.sequence}: kept {replaced.by_file} "
                "(the later export)"
            )
    now = now or datetime.now(UTC)
    try:
        if result.merged:
            merge_output.write_outputs(result, bundle_row, now=now)
        result.seconds["total"] = round(time.perf_counter() - started, 3)
        merge_output.write_logs(result, now=now, version=__version__)
    except OSError as exc:
        log.warning("merge: writing into the output folder failed (%s)", exc.strerror)
        raise MergeError(
            f"writing into {out_dir} failed ({exc.strerror or type(exc).__name__}): it holds "
            "an incomplete merge. Make room (or choose another folder) and run the merge "
            "again with --force",
            code="merge_write_failed",
        ) from None
    log.info(
        "merge: %d files, %d merged, %d skipped, %d replaced",
        result.inputs,
        len(result.merged),
        len(result.skipped),
        len(result.replaced),
    )
    return result
