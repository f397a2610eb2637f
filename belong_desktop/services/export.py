"""Export an ended session as one age-encrypted bundle; keep the receipt; delete texts later.

The bundle is built in memory (core/bundle.py), encrypted in memory (services/crypto.py)
and only then written: to ``<name>.partial`` in the chosen folder, flushed to the disk and
renamed, so no plaintext ever touches the disk and a half-written file never carries a
bundle's name. The receipt (export id, time, SHA-256, recipient fingerprint, counts) and
the session's ``exported`` state are written afterwards on the writer thread. Called from
a worker thread in the GUI and from the main thread in the CLI.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import uuid
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from belong_desktop import __version__
from belong_desktop.core import booklet
from belong_desktop.core.bundle import build_zip, bundle_file_name, utc_text
from belong_desktop.core.bundle_rows import SessionTables, session_tables
from belong_desktop.core.errors import BelongError
from belong_desktop.core.kit import recipient_fingerprint
from belong_desktop.core.packs import Pack
from belong_desktop.core.records import ExportReceipt
from belong_desktop.core.session import SessionState
from belong_desktop.services import crypto
from belong_desktop.services.kits import KitService
from belong_desktop.services.review import ReviewService
from belong_desktop.services.sessions import Clock, SessionService, utc_now
from belong_desktop.services.writer import Writer
from belong_desktop.store import booklet_repo, export_repo, review_repo, settings_repo
from belong_desktop.store.db import Database

log = logging.getLogger(__name__)
RETENTION_KEY = "retention_days"
MAX_RETENTION_DAYS = 3650


class ExportRefused(BelongError):
    default_code = "export_refused"


@dataclass(frozen=True)
class ExportResult:
    receipt: ExportReceipt
    path: Path
    unreviewed: int


class ExportService:
    def __init__(
        self,
        db: Database,
        writer: Writer,
        sessions: SessionService,
        kits: KitService,
        review: ReviewService,
        clock: Clock = utc_now,
    ) -> None:
        self._db = db
        self._writer = writer
        self._sessions = sessions
        self._kits = kits
        self._review = review
        self._clock = clock

    # -- export ------------------------------------------------------------------------

    def export(
        self,
        session_id: str,
        out_dir: Path,
        recipient: str | None = None,
        *,
        skip_review: bool = False,
    ) -> ExportResult:
        """Write one bundle of the session to ``out_dir``; refuses (nothing written) when
        there is no recipient, the session has not ended, or flags are not yet reviewed."""
        record = self._sessions.record(session_id)
        if record.state not in (SessionState.ENDED, SessionState.EXPORTED):
            raise ExportRefused(
                "only an ended session can be exported: end it first",
                code="export_not_ended",
                state=record.state.value,
            )
        kit = self._kits.current()
        if recipient is not None:
            to = crypto.load_recipient(recipient)
        elif kit is not None:
            to = kit.recipient
        else:
            raise ExportRefused(
                "there is no trial kit on this laptop and no recipient was given: import the "
                "ministry's kit (belong-desktop kit import KIT, or Indstillinger in the app), "
                "or give --recipient age1…",
                code="export_no_recipient",
            )
        unreviewed = self._review.open_flag_count(session_id)
        if unreviewed and not skip_review:
            raise ExportRefused(
                f"{unreviewed} possible piece(s) of personal data are not reviewed yet: review "
                f"them first (belong-desktop session review {session_id}, or Gennemse in the "
                "app)",
                code="export_unreviewed",
                count=unreviewed,
            )
        flow = self._sessions.flow(session_id)
        now = self._clock()
        group = kit.group(record.group_code) if kit is not None else None
        trial_id = record.trial_id or (kit.trial_id if kit else "")
        institution = record.institution or (group.institution if group else "")
        programme = record.programme or (group.programme if group else "")
        with self._db.read() as db:
            participants = export_repo.participants(db, session_id)
            answers = export_repo.answers(db, session_id)
            sequence = export_repo.next_sequence(db, session_id)
            redactions = review_repo.redactions_by_kind(db, session_id)
            letters = booklet.tally(answers, booklet_repo.decisions(db, [session_id]))
        pack_sha = pack_sha256(flow.pack)
        built = session_tables(
            record,
            flow,
            participants,
            answers,
            trial_id=trial_id,
            institution=institution,
            programme=programme,
            pack_sha256=pack_sha,
            now=now,
        )
        # The letters booklet's decisions, as counts only (format 1 readers ignore new keys).
        built.counts["booklet_approved"] = letters.approved
        built.counts["booklet_hidden"] = letters.hidden
        export_id = str(uuid.uuid4())
        fingerprint = recipient_fingerprint(to)
        manifest: dict[str, Any] = {
            "app_version": __version__,
            "trial_id": trial_id,
            "session_id": session_id,
            "export_id": export_id,
            "sequence": sequence,
            "exported_at": utc_text(now),
            "group": {
                "code": record.group_code,
                "institution": institution,
                "programme": programme,
            },
            "arm": record.pack_arm,
            "arm_source": record.arm_source,
            "pack": {"id": record.pack_id, "version": record.pack_version, "sha256": pack_sha},
            "languages": list(flow.pack.languages),
            "session_language": record.language,
            "started_at": utc_text(flow.started_at),
            "ended_at": utc_text(flow.ended_at),
            "counts": built.counts,
            "redactions": {"total": sum(redactions.values()), "by_kind": redactions},
            "unreviewed_flags": unreviewed,
            "texts_deleted_at": utc_text(record.texts_deleted_at) or None,
            "recipient_fingerprint": fingerprint,
        }
        sealed = crypto.encrypt(build_zip(manifest, built.tables), to)
        name = bundle_file_name(trial_id or "no-trial", record.group_code, now, export_id)
        path = _write_atomically(out_dir, name, sealed)
        receipt = ExportReceipt(
            export_id,
            session_id,
            sequence,
            now,
            name,
            hashlib.sha256(sealed).hexdigest(),
            fingerprint,
            {**built.counts, "redactions": sum(redactions.values())},
        )

        def command() -> None:
            with self._db.write.begin() as db:
                export_repo.add_receipt(db, receipt)

        self._writer.run(command)
        self._sessions.mark_exported(session_id)
        log.info(
            "session exported: session=%s export=%s sequence=%d recipient=%s unreviewed=%d",
            session_id,
            export_id,
            sequence,
            fingerprint,
            unreviewed,
        )
        return ExportResult(receipt, path, unreviewed)

    def tables(self, session_id: str) -> SessionTables:
        """The session's bundle tables as an export would build them now, in memory (the
        session report's figures come from these, so both always agree)."""
        record = self._sessions.record(session_id)
        flow = self._sessions.flow(session_id)
        with self._db.read() as db:
            participants = export_repo.participants(db, session_id)
            answers = export_repo.answers(db, session_id)
        return session_tables(
            record,
            flow,
            participants,
            answers,
            trial_id=record.trial_id or "",
            institution=record.institution or "",
            programme=record.programme or "",
            pack_sha256="",
            now=self._clock(),
        )

    def receipts(self, session_id: str) -> list[ExportReceipt]:
        with self._db.read() as db:
            return export_repo.receipts(db, session_id)

    # -- deleting texts ----------------------------------------------------------------

    def delete_texts(self, session_id: str) -> int:
        """Blank the session's texts on this laptop after a confirmed export; the receipts,
        poll answers and the fidelity log stay. Returns how many answers lost text."""
        if not self.receipts(session_id):
            raise ExportRefused(
                "the texts can only be deleted after the session was exported",
                code="delete_not_exported",
            )
        now = self._clock()

        def command() -> int:
            with self._db.write.begin() as db:
                return export_repo.delete_texts(db, session_id, now)

        count = self._writer.run(command)
        self._db.checkpoint()
        log.info("texts deleted after export: session=%s answers=%d", session_id, count)
        return count

    def retention_days(self) -> int | None:
        with self._db.read() as db:
            value = settings_repo.get_setting(db, RETENTION_KEY)
        return int(value) if value else None

    def set_retention_days(self, days: int | None) -> None:
        if days is not None and not 1 <= days <= MAX_RETENTION_DAYS:
            raise BelongError(
                f"keep texts for 1–{MAX_RETENTION_DAYS} days after export, or switch it off",
                code="bad_retention",
                days=days,
            )

        def command() -> None:
            with self._db.write.begin() as db:
                settings_repo.put_setting(db, RETENTION_KEY, None if days is None else str(days))

        self._writer.run(command)
        log.info("retention setting: %s", f"{days} days" if days else "off")

    def apply_retention(self) -> list[str]:
        """Delete the texts of sessions exported more than the set number of days ago."""
        days = self.retention_days()
        if days is None:
            return []
        with self._db.read() as db:
            due = export_repo.sessions_exported_before(db, self._clock() - timedelta(days=days))
        for session_id in due:
            self.delete_texts(session_id)
            log.info("retention: texts deleted %d days after export: session=%s", days, session_id)
        return due


def pack_sha256(pack: Pack) -> str:
    """One hash over every file the pack was run with: its folder and its videos."""
    files = {p for p in pack.folder.rglob("*") if p.is_file()}
    for step in pack.steps:
        if step.video is not None:
            files.add(step.video.file)
            files.update(step.video.subtitles.values())
    digest = hashlib.sha256()
    for path in sorted(files, key=lambda p: _relative(p, pack.folder)):
        try:
            content = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            content = "missing"
        digest.update(f"{_relative(path, pack.folder)}\0{content}\n".encode())
    return digest.hexdigest()


def _relative(path: Path, base: Path) -> str:
    try:
        return path.relative_to(base).as_posix()
    except ValueError:
        return f"../{path.name}"


def _write_atomically(out_dir: Path, name: str, data: bytes) -> Path:
    """Write to ``name.partial``, flush to the disk, rename; never leave a partial file."""
    target = out_dir / name
    partial = out_dir / f"{name}.partial"
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(partial, target)
        _fsync_dir(out_dir)
    except OSError as exc:
        with contextlib.suppress(OSError):  # e.g. the folder is a file: there is no partial
            partial.unlink(missing_ok=True)
        raise ExportRefused(
            f"cannot write the bundle to {out_dir}: {exc.strerror or exc}",
            code="export_write_failed",
            folder=str(out_dir),
        ) from None
    return target


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # Windows cannot open a folder; its rename is durable enough
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
