"""Merged folders for the ministry summary's tests and benchmark, made by the merge's code.

``merge_real`` writes one encrypted bundle per session (``tests/bundle_factory.py``) and
runs the real ``services.merge.merge_bundles`` over them: every file the ministry gets.
``merge_csv_only`` is the benchmark's shortcut for a thousand sessions: each bundle's
zip is read back with the merge's own ``read_zip`` and ``typed_rows`` (no encryption) and
only ``csv/`` is written, by ``merge_output.write_csv`` with the merge's ``bundle_row``:
the same CSVs, without the Stata and Excel files the summary never reads.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from belong_desktop.core.bundle import TABLES, read_zip, sha256_hex
from belong_desktop.services import crypto, merge, merge_output
from tests.bundle_factory import bundle_zip, write_bundle

#: One institution's sessions: (institution, arm, how many); each gets its own group.
Plan = Sequence[tuple[str, str, int]]


def sessions_of(plan: Plan, **common: Any) -> list[dict[str, Any]]:
    """``session_tables`` keyword arguments for every session of ``plan``."""
    found: list[dict[str, Any]] = []
    for institution, arm, count in plan:
        for _ in range(count):
            seed = len(found)
            found.append(
                {
                    "seed": seed,
                    "group": (f"G{seed:04d}", institution, "Programme"),
                    "arm": arm,
                    **common,
                }
            )
    return found


def merge_real(tmp: Path, sessions: Sequence[Mapping[str, Any]]) -> Path:
    """Bundles for ``sessions``, merged by ``merge_bundles``: the merged folder."""
    text, recipient = crypto.generate_identity()
    key = tmp / "ministry.key"
    key.write_text(text)
    key.chmod(0o600)
    inbox = tmp / "inbox"
    inbox.mkdir()
    for kwargs in sessions:
        write_bundle(inbox, recipient, **kwargs)
    out = tmp / "merged"
    result = merge.merge_bundles([inbox], crypto.load_identities(key), out)
    assert len(result.merged) == len(sessions), result.skipped
    return out


def merge_csv_only(out: Path, sessions: Sequence[Mapping[str, Any]]) -> Path:
    """The merged ``csv/`` folder of ``sessions`` without encryption, Stata or Excel."""
    bundles = []
    for n, kwargs in enumerate(sessions):
        _manifest, plaintext = bundle_zip(**kwargs)
        contents = read_zip(plaintext)
        tables = {t.name: merge.typed_rows(t, contents.tables[t.name]) for t in TABLES}
        bundles.append(
            merge.SessionBundle(f"b{n:05d}.age", sha256_hex(plaintext), contents.manifest, tables)
        )
    csv_dir = out / "csv"
    csv_dir.mkdir(parents=True)
    merge_output.write_csv(
        csv_dir / merge.BUNDLES.file, merge.BUNDLES, [merge.bundle_row(b) for b in bundles]
    )
    for table in TABLES:
        rows = [row for b in bundles for row in b.tables[table.name]]
        merge_output.write_csv(csv_dir / table.file, table, rows)
    return out
