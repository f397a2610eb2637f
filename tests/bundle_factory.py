"""Realistic session bundles for tests and benchmarks, made the way the export makes them.

``session_tables`` writes rows for every table of ``core.bundle.TABLES`` (a session of
the shipped belonging pack: steps, the step and video logs, notes, participants, sent
texts and drafts, poll answers) and a manifest as ``docs/bundle-format.md`` describes it;
``make_bundle`` zips them with ``core.bundle.build_zip`` and encrypts with
``services.crypto.encrypt``. ``rewrap`` decrypts a bundle, lets a test edit its files and
encrypts it again: how the broken bundles of the tests are made.
"""

from __future__ import annotations

import io
import random
import uuid
import zipfile
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from belong_desktop.core.bundle import (
    TABLES,
    build_zip,
    bundle_file_name,
    minute_text,
    utc_text,
)
from belong_desktop.core.kit import recipient_fingerprint
from belong_desktop.services import crypto

TRIAL = "UFM-BELONG-2027"
START = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
#: The belonging pack's plan: (id, kind, minutes).
PLAN = (
    ("welcome", "message", 4),
    ("intro-videos", "message", 2),
    ("video-1", "video", 1.5),
    ("video-2", "video", 1.5),
    ("video-3", "video", 1.5),
    ("after-videos", "message", 3),
    ("poll", "poll", 5),
    ("reflection", "reflection", 12),
    ("letter", "letter", 18),
    ("closing", "closing", 4),
)
POLL_LABELS = ("Meget enig", "Enig", "Hverken eller", "Uenig", "Meget uenig")
TEXTS = (
    "I starten var jeg bange for ikke at passe ind, men det gik over efter et par uger.",
    "Kære nye studerende. Det er helt normalt at føle sig alene den første tid. Spørg om hjælp.",
    "Jeg tænkte at alle andre havde styr på det. Nu ved jeg at de også var usikre.",
    "Det hjalp at snakke med [navn] fra min studiegruppe om opgaverne.",
    "Frokostpausen var det sværeste, men nu sidder vi sammen hver dag 😊",
    "Jeg var ved at droppe ud i oktober. Godt jeg ikke gjorde det!",
)


def session_tables(
    *,
    session_id: str | None = None,
    export_id: str | None = None,
    sequence: int = 1,
    trial_id: str = TRIAL,
    group: tuple[str, str, str] = ("DAT1-A", "Zealand Business College", "Datamatiker"),
    arm: str = "treatment",
    arm_source: str = "kit",
    participants: int = 12,
    texts: Sequence[str] | None = None,
    started_at: datetime = START,
    recipient: str = "",
    seed: int = 0,
    booklet: tuple[int, int] | None = None,
) -> tuple[dict[str, Any], dict[str, list[list[object]]]]:
    """A manifest (without format, format_version and files) and rows for every table.

    Each participant writes a reflection and a letter (so ``2 * participants`` responses)
    unless ``texts`` is given: then one response per text, spread over the participants.
    """
    rng = random.Random(seed)
    sid = session_id or str(uuid.UUID(int=rng.getrandbits(128), version=4))
    eid = export_id or str(uuid.UUID(int=rng.getrandbits(128), version=4))
    code, institution, programme = group
    pack_sha = f"{rng.getrandbits(256):064x}"
    tables: dict[str, list[list[object]]] = {t.name: [] for t in TABLES}

    offset = 0.0
    visits: list[list[object]] = []
    for index, (step_id, kind, minutes) in enumerate(PLAN):
        actual = minutes * 60 * rng.uniform(0.7, 1.2)
        entered = started_at + timedelta(seconds=offset)
        left = entered + timedelta(seconds=actual)
        video = kind == "video"
        tables["steps"].append(
            [
                sid,
                index,
                step_id,
                kind,
                sum(m for _, _, m in PLAN[:index]) * 60,
                minutes * 60,
                True,
                offset,
                utc_text(entered),
                utc_text(left),
                round(actual, 3),
                1,
                0,
                "finished" if video else None,
                88.4 if video else None,
                1 if video else None,
            ]
        )
        visits.append(
            [
                sid,
                index + 1,
                index,
                step_id,
                "start" if index == 0 else "next",
                utc_text(entered),
                utc_text(left),
                round(actual, 3),
            ]
        )
        if video:
            tables["video_plays"].append(
                [
                    sid,
                    len(tables["video_plays"]) + 1,
                    utc_text(left),
                    index,
                    step_id,
                    "finished",
                    88.4,
                ]
            )
        offset += actual
    tables["step_visits"] = visits
    ended_at = started_at + timedelta(seconds=offset)
    tables["notes"] = [
        [
            sid,
            1,
            utc_text(started_at + timedelta(minutes=20)),
            6,
            "counsellor",
            "Projektoren drillede",
        ],
        [sid, 2, utc_text(started_at), None, "system", "resumed after the app was restarted"],
    ]

    pseudonyms = [f"p{n:03d}" for n in range(1, participants + 1)]
    for pid in pseudonyms:
        joined = started_at + timedelta(seconds=rng.uniform(0, 600))
        tables["participants"].append([sid, pid, minute_text(joined), "da", 8, "letter"])
        choice = rng.randrange(len(POLL_LABELS))
        tables["poll"].append(
            [
                sid,
                pid,
                "poll",
                6,
                choice,
                POLL_LABELS[choice],
                minute_text(joined + timedelta(minutes=20)),
            ]
        )

    writing = (("reflection", 7, "reflection"), ("letter", 8, "letter"))
    if texts is None:
        pairs = [
            (pid, step, TEXTS[rng.randrange(len(TEXTS))]) for pid in pseudonyms for step in writing
        ]
    else:
        pairs = [
            (pseudonyms[(n // 2) % participants], writing[n % 2], text)
            for n, text in enumerate(texts)
        ]
    seen: set[tuple[str, str]] = set()
    for pid, (step_id, index, kind), text in pairs:
        if (pid, step_id) in seen:  # one row per participant and step: wrap to new pseudonyms
            pid = f"p{len(seen) + 1000:04d}"
        seen.add((pid, step_id))
        status = "submitted" if rng.random() < 0.9 else "draft_at_close"
        saved = started_at + timedelta(minutes=30 + rng.uniform(0, 20))
        tables["responses"].append(
            [
                sid,
                pid,
                step_id,
                index,
                kind,
                "da",
                status,
                text,
                (rng.random() < 0.6) if kind == "letter" and status == "submitted" else None,
                False,
                rng.randint(1, 9),
                minute_text(saved - timedelta(minutes=5)),
                minute_text(saved),
                minute_text(saved) if status == "submitted" else "",
            ]
        )

    tables["session"] = [
        [
            sid,
            trial_id,
            code,
            institution,
            programme,
            arm,
            arm_source,
            "belonging" if arm == "treatment" else "control",
            "1.0.0",
            pack_sha,
            "da",
            "exported",
            utc_text(started_at),
            utc_text(ended_at),
            False,
            round(offset / 60, 3),
            53.5,
            None,
        ]
    ]
    responses = tables["responses"]
    manifest: dict[str, Any] = {
        "app_version": "0.1.0",
        "trial_id": trial_id,
        "session_id": sid,
        "export_id": eid,
        "sequence": sequence,
        "exported_at": utc_text(ended_at + timedelta(minutes=10 + sequence)),
        "group": {"code": code, "institution": institution, "programme": programme},
        "arm": arm,
        "arm_source": arm_source,
        "pack": {"id": tables["session"][0][7], "version": "1.0.0", "sha256": pack_sha},
        "languages": ["da", "en"],
        "session_language": "da",
        "started_at": utc_text(started_at),
        "ended_at": utc_text(ended_at),
        "counts": {
            "devices": participants,
            "texts_sent": sum(1 for r in responses if r[6] == "submitted"),
            "drafts_at_close": sum(1 for r in responses if r[6] == "draft_at_close"),
            "drafts": 0,
            "poll_answers": len(tables["poll"]),
            "notes": len(tables["notes"]),
        },
        "redactions": {"total": 1, "by_kind": {"name": 1}},
        "texts_deleted_at": None,
        "recipient_fingerprint": recipient_fingerprint(recipient) if recipient else "",
    }
    if booklet is not None:  # (approved, hidden); left out as by apps before the booklet
        manifest["counts"]["booklet_approved"], manifest["counts"]["booklet_hidden"] = booklet
    return manifest, tables


def bundle_zip(**kwargs: Any) -> tuple[dict[str, Any], bytes]:
    """The manifest and the plaintext zip of a realistic session bundle."""
    manifest, tables = session_tables(**kwargs)
    return manifest, build_zip(manifest, tables)


def make_bundle(recipient: str, **kwargs: Any) -> tuple[dict[str, Any], bytes]:
    """The manifest and the encrypted bundle (an age file for ``recipient``)."""
    manifest, plaintext = bundle_zip(recipient=recipient, **kwargs)
    return manifest, crypto.encrypt(plaintext, recipient)


def write_bundle(
    folder: Path, recipient: str, *, name: str | None = None, **kwargs: Any
) -> tuple[dict[str, Any], Path]:
    """A bundle written to ``folder`` under the export's file name (or ``name``)."""
    manifest, data = make_bundle(recipient, **kwargs)
    folder.mkdir(parents=True, exist_ok=True)
    if name is None:
        day = datetime.fromisoformat(manifest["exported_at"].replace("Z", "+00:00"))
        name = bundle_file_name(
            manifest["trial_id"], manifest["group"]["code"], day, manifest["export_id"]
        )
    path = folder / name
    path.write_bytes(data)
    return manifest, path


def unzip(plaintext: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(plaintext)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def rezip(files: Mapping[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def rewrap(
    data: bytes,
    identity_file: Path,
    recipient: str,
    edit: Callable[[dict[str, bytes]], None],
) -> bytes:
    """Decrypt a bundle, let ``edit`` change its files (checksums are NOT updated), zip
    and encrypt it again: a bundle that decrypts fine but is not what the export wrote."""
    files = unzip(crypto.decrypt(data, crypto.load_identities(identity_file)))
    edit(files)
    return crypto.encrypt(rezip(files), recipient)
