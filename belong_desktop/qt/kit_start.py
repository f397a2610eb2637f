"""Where a new session goes in the trial, and the written reason a deviation needs.

GUI thread, at "Start session". With a trial kit the pack follows the group's arm
(``KitService.place``); another pack, or a group the kit does not list, is an override
the counsellor must explain in writing before the session exists. The question names
the kit's pack and arm, which only the counsellor may see: when the class can see the
screen (the shared layout) it names neither. Without a kit the counsellor's pack is used
and the choice is logged as theirs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from belong_desktop.core.errors import BelongError
from belong_desktop.core.packs import Pack
from belong_desktop.core.records import TrialPlacement
from belong_desktop.core.session import MAX_NOTE_LENGTH, MIN_OVERRIDE_REASON, check_override_reason
from belong_desktop.qt.dialogs import Dialogs
from belong_desktop.qt.messages import describe
from belong_desktop.qt.words import arm_name

if TYPE_CHECKING:
    from belong_desktop.services.kits import KitService, Placement
    from belong_desktop.services.packs import PackCatalog


@dataclass(frozen=True)
class StartChoice:
    pack: Pack
    placement: TrialPlacement
    reason: str | None


def _tr(text: str) -> str:
    return QCoreApplication.translate("KitStart", text)


def choose_start(
    kits: KitService | None,
    catalog: PackCatalog,
    dialogs: Dialogs,
    pack_ref: str,
    group: str,
    *,
    class_can_see: bool,
) -> StartChoice | None:
    """The pack, placement and reason for a new session; None when the counsellor
    cancelled the question. Refusals (a bad code, a missing pack) raise ``BelongError``."""
    chosen = catalog.resolve(pack_ref) if pack_ref else None
    if kits is None:
        if chosen is None:
            raise BelongError("choose a pack for the session", code="pack_required")
        return StartChoice(chosen, TrialPlacement(), None)
    placement = kits.place(group, chosen)
    if not placement.needs_reason:
        return StartChoice(placement.pack, placement.trial, None)
    prompt = _question(kits, placement, group, class_can_see=class_can_see)
    reason = _ask_reason(dialogs, prompt)
    if reason is None:
        return None
    return StartChoice(placement.pack, placement.trial, reason)


def _question(kits: KitService, placement: Placement, group: str, *, class_can_see: bool) -> str:
    tail = _tr(
        "Skriv hvorfor. Begrundelsen gemmes i sessionens log og sendes med i eksporten "
        "(mindst %1 tegn)."
    ).replace("%1", str(MIN_OVERRIDE_REASON))
    if class_can_see:
        return (
            _tr("Du afviger fra kittet: en anden pakke, eller et hold, der ikke står i kittet.")
            + " "
            + tail
        )
    chosen = placement.pack
    # By id: the arms' packs share their title, so students cannot tell them apart.
    yours = f"{chosen.id} {chosen.version} ({arm_name(chosen.arm)})"
    kit = kits.current()
    wanted_group = placement.group
    if wanted_group is None or kit is None:
        trial = kit.trial_id if kit is not None else ""
        return (
            _tr("Holdet %1 står ikke i kittet %2.\nDu vælger pakken %3.")
            .replace("%1", f"»{group.strip()}«")
            .replace("%2", trial)
            .replace("%3", yours)
            + "\n\n"
            + tail
        )
    wanted = kit.packs[wanted_group.arm]
    return (
        _tr("Kittet tildeler holdet %1 pakken %2 (%3).\nDu vælger pakken %4.")
        .replace("%1", wanted_group.code)
        .replace("%2", f"{wanted.pack_id} {wanted.version}")
        .replace("%3", arm_name(wanted_group.arm))
        .replace("%4", yours)
        + "\n\n"
        + tail
    )


def _ask_reason(dialogs: Dialogs, prompt: str) -> str | None:
    """Ask until the reason is long enough, or the counsellor cancels."""
    title = _tr("Afvigelse fra kittet")
    said = prompt
    while True:
        reason = dialogs.ask_note(title, said, MAX_NOTE_LENGTH)
        if reason is None:
            return None
        try:
            return check_override_reason(reason)
        except BelongError as error:
            said = describe(error) + "\n\n" + prompt
