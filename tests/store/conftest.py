"""Fixtures for the store's tests: a fresh database file and a small in-memory pack.

The pack is built from the core's dataclasses directly (no files, no ffmpeg): the store
only keeps the pack's id, version, arm and folder, never reads it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from belong_desktop.core.packs import Arm, Localized, Pack, Step, StepKind
from belong_desktop.store.db import Database, open_database

STEP_KINDS = (
    ("welcome", StepKind.MESSAGE),
    ("reflection", StepKind.REFLECTION),
    ("letter", StepKind.LETTER),
    ("closing", StepKind.CLOSING),
)


def _text(word: str) -> Localized:
    return Localized({"da": f"{word} (da)", "en": f"{word} (en)"})


@pytest.fixture
def pack(tmp_path: Path) -> Pack:
    steps = tuple(
        Step(
            step_id,
            kind,
            5.0,
            _text(f"notes {step_id}"),
            _text(f"projector {step_id}"),
            _text(f"student {step_id}"),
            consent=_text("consent") if kind is StepKind.LETTER else None,
        )
        for step_id, kind in STEP_KINDS
    )
    return Pack(
        "store-test", "1.2.3", Arm.CONTROL, ("da", "en"), _text("title"), steps, tmp_path / "pk"
    )


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "db" / "belong.sqlite3"


@pytest.fixture
def opened(db_path: Path) -> Iterator[Database]:
    """An opened, migrated database; its engines are disposed after the test."""
    db = open_database(db_path)
    yield db
    db.dispose()


@pytest.fixture
def database(opened: Database) -> sessionmaker[Session]:
    """Sessions that may write, as the writer thread has them."""
    return opened.write
