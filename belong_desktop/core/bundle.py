"""The session bundle's plaintext: a zip of CSV tables, a codebook and a manifest.

This module is the one definition of the format that the counsellor's export writes and
the ministry's merge reads: which tables there are, their columns, types and meanings
(the codebook an analyst reads), how a zip is built from rows and how one is checked
(every file's SHA-256 in the manifest, the header of every table, the format version).
It works on bytes in memory only: the caller encrypts before anything touches the disk.
Pure Python; runs on whichever thread calls it.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from belong_desktop.core.errors import BelongError

FORMAT = "belong-session-bundle"
#: Raised when a reader could not read an older bundle any more, or the tables change.
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
CODEBOOK = "codebook.csv"
#: The largest plaintext a reader accepts: a 300-student session is well under 5 MB.
MAX_PLAINTEXT_BYTES = 200 * 1024 * 1024


class BundleError(BelongError):
    """A bundle that cannot be read; ``reason`` says why in plain words."""

    default_code = "bad_bundle"


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # string | integer | number | boolean | datetime
    meaning: str


@dataclass(frozen=True)
class Table:
    name: str
    meaning: str
    columns: tuple[Column, ...]

    @property
    def file(self) -> str:
        return f"{self.name}.csv"

    @property
    def header(self) -> list[str]:
        return [c.name for c in self.columns]


_SID = Column("session_id", "string", "The session's id (a random UUID); joins every table.")
_PID = Column(
    "participant",
    "string",
    "Pseudonym of one device-participant in this session (p001, p002, … in join order); "
    "unique only together with session_id. Nothing about the person or device is kept.",
)
_MINUTE = " Rounded down to the minute, so a row cannot be tied to a moment someone saw."

TABLES: tuple[Table, ...] = (
    Table(
        "session",
        "One row: the session, its study group and how it went.",
        (
            _SID,
            Column("trial_id", "string", "The trial the session belongs to (from the kit)."),
            Column("group_code", "string", "The study group's code."),
            Column("institution", "string", "The group's institution (from the kit)."),
            Column("programme", "string", "The group's programme (from the kit)."),
            Column("arm", "string", "The arm of the pack that was run: treatment or control."),
            Column(
                "arm_source",
                "string",
                "kit: the pack followed the group's arm in the trial kit; override: the "
                "counsellor chose another pack or a group not in the kit and wrote why (see "
                "notes, kind override); counsellor: no kit was imported.",
            ),
            Column("pack_id", "string", "The content pack that was run."),
            Column("pack_version", "string", "The pack's version."),
            Column("pack_sha256", "string", "SHA-256 over the pack's files, as run."),
            Column("language", "string", "The session's language (da, en, nb, nl)."),
            Column("state", "string", "ended or exported, at the time of export."),
            Column("started_at", "datetime", "When the first step was shown (UTC)."),
            Column("ended_at", "datetime", "When the session was ended (UTC)."),
            Column("ended_early", "boolean", "Ended before the last step."),
            Column("minutes", "number", "Minutes from start to end."),
            Column("planned_minutes", "number", "Minutes the pack plans for all steps."),
            Column(
                "texts_deleted_at",
                "datetime",
                "When the texts were deleted from the laptop after an earlier export; empty "
                "when they were not. A bundle made after that holds no texts.",
            ),
        ),
    ),
    Table(
        "steps",
        "One row per planned step: the plan next to what happened (fidelity).",
        (
            _SID,
            Column("step_index", "integer", "Position in the plan, from 0."),
            Column("step_id", "string", "The step's id in the pack."),
            Column("kind", "string", "message, video, poll, reflection, letter or closing."),
            Column("planned_start_s", "number", "Seconds after the start the plan starts it."),
            Column("planned_s", "number", "Seconds the plan gives the step."),
            Column("shown", "boolean", "The step was on screen at least once."),
            Column("first_start_s", "number", "Seconds after the start it was first shown."),
            Column("first_entered_at", "datetime", "When it was first shown (UTC, exact)."),
            Column("last_left_at", "datetime", "When it was last left (UTC, exact)."),
            Column("actual_s", "number", "Seconds on screen over all its visits."),
            Column("visits", "integer", "How many times it was shown."),
            Column("back_steps", "integer", "How many of those visits came by going back."),
            Column(
                "video_outcome",
                "string",
                "Video steps: finished (played to the end), stopped (left before the end) "
                "or failed (could not play) for the last showing; empty otherwise.",
            ),
            Column(
                "video_stopped_at_s", "number", "Video steps: the second the last showing ended."
            ),
            Column("video_plays", "integer", "Video steps: how many showings were logged."),
        ),
    ),
    Table(
        "step_visits",
        "The step log: one row per time a step was shown, with exact times.",
        (
            _SID,
            Column("seq", "integer", "Order of the visit, from 1."),
            Column("step_index", "integer", "Position of the step in the plan, from 0."),
            Column("step_id", "string", "The step's id."),
            Column("entered_by", "string", "start, next or prev (a back-step)."),
            Column("entered_at", "datetime", "When it was shown (UTC)."),
            Column("left_at", "datetime", "When it was left (UTC)."),
            Column("seconds", "number", "Seconds on screen."),
        ),
    ),
    Table(
        "video_plays",
        "The video log: how each showing of a peer video ended.",
        (
            _SID,
            Column("seq", "integer", "Order, from 1."),
            Column("at", "datetime", "When the showing ended (UTC)."),
            Column("step_index", "integer", "The video step's position in the plan."),
            Column("step_id", "string", "The video step's id."),
            Column("outcome", "string", "finished, stopped or failed."),
            Column("position_s", "number", "The second it ended at."),
        ),
    ),
    Table(
        "notes",
        "Notes the counsellor wrote (deviations) and notes the app wrote.",
        (
            _SID,
            Column("seq", "integer", "Order, from 1."),
            Column("at", "datetime", "When it was written (UTC)."),
            Column("step_index", "integer", "The step on screen then; empty before the start."),
            Column(
                "kind",
                "string",
                "counsellor (a deviation note), override (why the pack or group differs "
                "from the kit) or system (written by the app, e.g. a restart).",
            ),
            Column("text", "string", "The note."),
        ),
    ),
    Table(
        "participants",
        "One row per device-participant: a device whose student page loaded (a join whose "
        "page never loaded is no participant and has no row).",
        (
            _SID,
            _PID,
            Column(
                "joined_at",
                "datetime",
                "When the device joined: its student page first loaded (UTC)." + _MINUTE,
            ),
            Column(
                "language",
                "string",
                "The language of the page's own words on this device: the one its student "
                "chose, else the session's (bundles from before the page offered a choice "
                "always hold the session's). Questions the pack lacks in it were shown in "
                "the session's language.",
            ),
            Column(
                "last_step_index",
                "integer",
                "The last step the device saved anything on; empty if it saved nothing.",
            ),
            Column("last_step_id", "string", "That step's id."),
        ),
    ),
    Table(
        "responses",
        "One row per participant and writing step that has any text.",
        (
            _SID,
            _PID,
            Column("step_id", "string", "The writing step."),
            Column("step_index", "integer", "Its position in the plan."),
            Column("kind", "string", "reflection or letter."),
            Column(
                "language",
                "string",
                "The language the participant's page was shown in (participants.language).",
            ),
            Column(
                "status",
                "string",
                "submitted: the student pressed send (the only status that is an answer); "
                "draft_at_close: never sent, saved while they wrote; draft: never sent and "
                "the step was still open when the session ended.",
            ),
            Column(
                "text",
                "string",
                "The text: the sent text when submitted, else the last saved draft. "
                "Personal data the counsellor redacted reads [navn], [e-mail], [telefon], "
                "[cpr-nr], [link], [brugernavn], [adresse]. Empty when the texts were deleted.",
            ),
            Column(
                "share",
                "boolean",
                "Letters: the student agreed it may be shared anonymously. Only a submitted "
                "letter's consent counts; empty otherwise.",
            ),
            Column(
                "unsent_edit",
                "boolean",
                "The student changed a sent text afterwards and did not send the change (the "
                "change is not exported).",
            ),
            Column("revisions", "integer", "How many times the text was saved."),
            Column("first_saved_at", "datetime", "First save (UTC)." + _MINUTE),
            Column("last_saved_at", "datetime", "Last save (UTC)." + _MINUTE),
            Column("sent_at", "datetime", "When it was sent (UTC); empty if never." + _MINUTE),
        ),
    ),
    Table(
        "poll",
        "One row per participant and poll step answered.",
        (
            _SID,
            _PID,
            Column("step_id", "string", "The poll step."),
            Column("step_index", "integer", "Its position in the plan."),
            Column("choice", "integer", "The option chosen, from 0 in the pack's order."),
            Column("choice_label", "string", "The option's text in the session language."),
            Column("answered_at", "datetime", "When it was answered (UTC)." + _MINUTE),
        ),
    ),
)
TABLES_BY_NAME: Mapping[str, Table] = {t.name: t for t in TABLES}
CODEBOOK_HEADER = ("table", "column", "type", "meaning")


def codebook_rows() -> list[tuple[str, str, str, str]]:
    """Every column of every table, with its type and meaning."""
    rows = [(t.name, "", "table", t.meaning) for t in TABLES]
    for table in TABLES:
        rows += [(table.name, c.name, c.type, c.meaning) for c in table.columns]
    return rows


# -- values ----------------------------------------------------------------------------


def utc_text(when: datetime | None) -> str:
    """ISO 8601 in UTC with a Z, to the second; empty for no time."""
    if when is None:
        return ""
    return when.astimezone(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def minute_text(when: datetime | None) -> str:
    """Like ``utc_text`` but rounded down to the minute."""
    if when is None:
        return ""
    return utc_text(when.astimezone(UTC).replace(second=0, microsecond=0))


def cell(value: object) -> str:
    """One CSV cell: booleans as true/false, None as empty, numbers as written."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:.3f}".rstrip("0").rstrip(".") if value == value else ""
    return str(value)


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


_SAFE_PART = re.compile(r"[^A-Za-z0-9]+")
_FOLD = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"})


def _file_part(text: str, limit: int) -> str:
    folded = unicodedata.normalize("NFKD", text.translate(_FOLD))
    ascii_only = folded.encode("ascii", "ignore").decode()
    return _SAFE_PART.sub("-", ascii_only).strip("-")[:limit] or "x"


def bundle_file_name(trial_id: str, group_code: str, day: datetime, export_id: str) -> str:
    """``belong_<trial>_<group>_<YYYY-MM-DD>_<8 hex>.age``: portable on every file system,
    no personal data, and sorted by trial, group and date in any file manager."""
    short = _file_part(export_id.replace("-", ""), 8).lower()
    return (
        f"belong_{_file_part(trial_id, 40)}_{_file_part(group_code, 32)}_"
        f"{day.strftime('%Y-%m-%d')}_{short}.age"
    )


# -- writing ---------------------------------------------------------------------------


def table_csv(table: Table, rows: Iterable[Sequence[object]]) -> bytes:
    """The table as UTF-8 CSV with its header; refuses a row of the wrong width."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(table.header)
    width = len(table.columns)
    for number, row in enumerate(rows, start=1):
        if len(row) != width:
            raise ValueError(f"{table.name} row {number} has {len(row)} cells, not {width}")
        writer.writerow([cell(v) for v in row])
    return buffer.getvalue().encode("utf-8")


def build_zip(
    manifest: Mapping[str, Any], tables: Mapping[str, Iterable[Sequence[object]]]
) -> bytes:
    """The bundle's plaintext: every table (all of ``TABLES`` must be given), the
    codebook, and the manifest with ``format``, ``format_version`` and ``files`` added."""
    missing = [t.name for t in TABLES if t.name not in tables]
    unknown = sorted(set(tables) - set(TABLES_BY_NAME))
    if missing or unknown:
        raise ValueError(f"tables missing {missing}, unknown {unknown}")
    files: dict[str, bytes] = {t.file: table_csv(t, tables[t.name]) for t in TABLES}
    book = io.StringIO()
    csv.writer(book, lineterminator="\r\n").writerows([CODEBOOK_HEADER, *codebook_rows()])
    files[CODEBOOK] = book.getvalue().encode("utf-8")
    full = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        **manifest,
        "files": {name: sha256_hex(data) for name, data in files.items()},
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(_entry(MANIFEST), json.dumps(full, ensure_ascii=False, indent=2))
        for name, data in files.items():
            archive.writestr(_entry(name), data)
    return buffer.getvalue()


def _entry(name: str) -> zipfile.ZipInfo:
    """A zip entry with a fixed date and plain permissions: no local time leaks in."""
    info = zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    return info


# -- reading ---------------------------------------------------------------------------


@dataclass(frozen=True)
class BundleContents:
    manifest: Mapping[str, Any]
    tables: Mapping[str, list[dict[str, str]]]


def read_zip(data: bytes) -> BundleContents:
    """Check and read a bundle's plaintext; ``BundleError`` with a plain reason if it is
    not one, is from a newer format, or any file differs from its checksum."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise BundleError(
            "the decrypted content is not a zip file", code="bundle_not_zip"
        ) from None
    if MANIFEST not in names:
        raise BundleError(
            "it has no manifest.json: not a session bundle", code="bundle_no_manifest"
        )
    manifest = _manifest(_member(archive, MANIFEST))
    listed: Mapping[str, str] = manifest["files"]
    expected = {CODEBOOK, *(t.file for t in TABLES)}
    if set(listed) != expected:
        raise BundleError(
            "its manifest does not list the files of this format", code="bundle_bad_manifest"
        )
    extra = sorted(names - expected - {MANIFEST})
    if extra:
        raise BundleError(
            f"it holds files its manifest does not list: {', '.join(extra)[:200]}",
            code="bundle_extra_file",
        )
    tables: dict[str, list[dict[str, str]]] = {}
    for name in sorted(expected):
        if name not in names:
            raise BundleError(f"{name} is missing", code="bundle_missing_file", file=name)
        content = _member(archive, name)
        if sha256_hex(content) != listed[name]:
            raise BundleError(
                f"{name} does not match its checksum (changed or damaged)",
                code="bundle_checksum",
                file=name,
            )
        if name != CODEBOOK:
            table = TABLES_BY_NAME[name.removesuffix(".csv")]
            tables[table.name] = _rows(table, content)
    return BundleContents(manifest, tables)


def _member(archive: zipfile.ZipFile, name: str) -> bytes:
    try:
        if archive.getinfo(name).file_size > MAX_PLAINTEXT_BYTES:
            raise BundleError(f"{name} is too large to be a session table", code="bundle_too_big")
        return archive.read(name)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise BundleError(f"{name} cannot be unpacked ({exc})", code="bundle_damaged") from None


def _manifest(raw: bytes) -> dict[str, Any]:
    try:
        manifest = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise BundleError(
            "its manifest.json is not valid JSON", code="bundle_bad_manifest"
        ) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BundleError("it is not a belong-desktop session bundle", code="bundle_bad_manifest")
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise BundleError("its manifest has no format version", code="bundle_bad_manifest")
    if version > FORMAT_VERSION:
        raise BundleError(
            f"it is format {version}, newer than this program reads ({FORMAT_VERSION}): "
            "update belong-desktop",
            code="bundle_too_new",
            version=version,
        )
    files = manifest.get("files")
    if not isinstance(files, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in files.items()
    ):
        raise BundleError("its manifest lists no checksums", code="bundle_bad_manifest")
    return manifest


def _rows(table: Table, content: bytes) -> list[dict[str, str]]:
    try:
        reader = csv.reader(io.StringIO(content.decode("utf-8"), newline=""))
        header = next(reader, None)
        if header != table.header:
            raise BundleError(
                f"{table.file} has other columns than format {FORMAT_VERSION} defines",
                code="bundle_bad_table",
                file=table.file,
            )
        rows = [dict(zip(table.header, row, strict=True)) for row in reader]
    except (UnicodeDecodeError, csv.Error, ValueError) as exc:  # ValueError: a short row
        raise BundleError(
            f"{table.file} is not a valid table ({type(exc).__name__})",
            code="bundle_bad_table",
            file=table.file,
        ) from None
    return rows
