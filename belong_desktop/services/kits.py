"""The trial kit on this laptop: import it, and place a new session's group in the trial.

The ministry's kit says which study groups take part, each group's arm, and which pack
each arm runs. With a kit imported, a new session's pack follows its group's arm
(``arm_source=kit``); another pack, or a group not in the kit, is a deviation the
counsellor must explain (``override``). Without a kit the counsellor chooses
(``counsellor``). Imports are written on the writer thread; reads may come from any thread.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from belong_desktop.core.errors import BelongError
from belong_desktop.core.kit import KitError, StudyGroup, TrialKit, kit_json, parse_kit
from belong_desktop.core.packs import Pack
from belong_desktop.core.records import TrialPlacement
from belong_desktop.core.session import check_group_code
from belong_desktop.services.packs import PackCatalog
from belong_desktop.services.sessions import Clock, utc_now
from belong_desktop.services.writer import Writer
from belong_desktop.store import settings_repo
from belong_desktop.store.db import Database

log = logging.getLogger(__name__)
#: A kit is a few kilobytes per hundred groups; anything far larger is not a kit.
MAX_KIT_BYTES = 5 * 1024 * 1024


class KitMissingPack(BelongError):
    """The kit asks for a pack (or a version of it) this laptop does not have."""

    default_code = "kit_pack_missing"


@dataclass(frozen=True)
class Placement:
    """Where a new session goes: its pack, how it was chosen, and whether that needs a
    written reason (an override of the kit)."""

    pack: Pack
    trial: TrialPlacement
    group: StudyGroup | None

    @property
    def needs_reason(self) -> bool:
        return self.trial.arm_source == "override"


class KitService:
    def __init__(self, db: Database, writer: Writer, catalog: PackCatalog, clock: Clock = utc_now):
        self._read = db.read
        self._write = db.write
        self._writer = writer
        self._catalog = catalog
        self._clock = clock

    def current(self) -> TrialKit | None:
        """The active kit, or None when none was imported (or it was removed)."""
        with self._read() as db:
            text = settings_repo.active_kit_json(db)
        return None if text is None else parse_kit(text)

    def read_kit_file(self, path: Path) -> TrialKit:
        """Read and check a kit file without importing it (the settings screen shows it
        first, with the fingerprint to compare with the ministry)."""
        try:
            if path.stat().st_size > MAX_KIT_BYTES:
                raise KitError([f"{path.name} is too large to be a trial kit"])
            raw = path.read_bytes()
        except OSError as exc:
            raise KitError([f"cannot read {path}: {exc.strerror}"]) from None
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise KitError([f"{path.name} is not a trial kit (not UTF-8 text)"]) from None
        return parse_kit(text)

    def import_kit(self, path: Path) -> TrialKit:
        """Make the kit in ``path`` the active one; refuses a kit whose packs are missing."""
        kit = self.read_kit_file(path)
        missing = self.missing_packs(kit)
        if missing:
            raise KitMissingPack(
                "the kit runs packs this laptop does not have: "
                + "; ".join(missing)
                + ". Add them (belong-desktop packs) and import the kit again",
                packs="; ".join(missing),
            )

        def command() -> None:
            with self._write.begin() as db:
                settings_repo.add_kit(
                    db, kit.trial_id, kit.fingerprint, kit_json(kit), self._clock()
                )

        self._writer.run(command)
        log.info(
            "trial kit imported: trial=%s groups=%d fingerprint=%s",
            kit.trial_id,
            len(kit.groups),
            kit.fingerprint,
        )
        return kit

    def remove(self) -> None:
        def command() -> None:
            with self._write.begin() as db:
                settings_repo.deactivate_kits(db)

        self._writer.run(command)
        log.info("trial kit removed from use")

    def missing_packs(self, kit: TrialKit) -> list[str]:
        missing = []
        for arm, wanted in sorted(kit.packs.items()):
            pack = self._find(wanted.pack_id, wanted.version)
            if pack is None:
                missing.append(f"{wanted.pack_id} {wanted.version} ({arm.value})")
        return missing

    def place(self, group_code: str, chosen: Pack | None = None) -> Placement:
        """Where a session for ``group_code`` goes. ``chosen`` is the pack the counsellor
        picked, if any; without a kit it is required, with one it is an override unless it
        is the kit's pack for the group's arm."""
        code = check_group_code(group_code)
        kit = self.current()
        if kit is None:
            if chosen is None:
                raise BelongError("choose a pack for the session", code="pack_required")
            return Placement(chosen, TrialPlacement(), None)
        group = kit.group(code)
        if group is None:
            if chosen is None:
                raise BelongError(
                    f"group {code!r} is not in trial kit {kit.trial_id}: choose a pack and "
                    "write why this group takes part",
                    code="group_not_in_kit",
                    group=code,
                    trial=kit.trial_id,
                )
            return Placement(chosen, TrialPlacement("override", kit.trial_id), None)
        wanted = kit.packs[group.arm]
        kit_pack = self._find(wanted.pack_id, wanted.version)
        if chosen is None or (chosen.id, chosen.version) == (wanted.pack_id, wanted.version):
            if kit_pack is None:
                raise KitMissingPack(
                    f"the kit runs pack {wanted.pack_id} {wanted.version} for this group, "
                    "which this laptop does not have",
                    pack=wanted.pack_id,
                    version=wanted.version,
                    packs=f"{wanted.pack_id} {wanted.version}",  # the same params as import's
                )
            source = "kit"
            pack = kit_pack
        else:
            source = "override"
            pack = chosen
        trial = TrialPlacement(source, kit.trial_id, group.institution, group.programme)
        return Placement(pack, trial, group)

    def _find(self, pack_id: str, version: str) -> Pack | None:
        for entry in self._catalog.entries():  # every folder: two versions may sit side by side
            pack = entry.pack
            if pack is not None and (pack.id, pack.version) == (pack_id, version):
                return pack
        return None
