"""The laptop's settings and its imported trial kits. Functions take a SQLAlchemy session.

A kit is kept whole as the JSON it was imported from; the newest import is the active
one and the older ones stay as a record of what was used when.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from belong_desktop.store.models import SettingRow, TrialKitRow


def get_setting(db: Session, key: str) -> str | None:
    row = db.get(SettingRow, key)
    return None if row is None else row.value


def put_setting(db: Session, key: str, value: str | None) -> None:
    row = db.get(SettingRow, key)
    if value is None:
        if row is not None:
            db.delete(row)
    elif row is None:
        db.add(SettingRow(key=key, value=value))
    else:
        row.value = value


def active_kit_json(db: Session) -> str | None:
    return db.scalar(
        select(TrialKitRow.kit_json)
        .where(TrialKitRow.active.is_(True))
        .order_by(TrialKitRow.id.desc())
        .limit(1)
    )


def add_kit(db: Session, trial_id: str, fingerprint: str, kit_json: str, at: datetime) -> None:
    db.execute(update(TrialKitRow).where(TrialKitRow.active.is_(True)).values(active=False))
    db.add(
        TrialKitRow(
            trial_id=trial_id,
            fingerprint=fingerprint,
            kit_json=kit_json,
            imported_at=at,
            active=True,
        )
    )


def deactivate_kits(db: Session) -> int:
    return int(
        db.execute(
            update(TrialKitRow).where(TrialKitRow.active.is_(True)).values(active=False)
        ).rowcount  # type: ignore[attr-defined]
    )
