"""`kit import`, `kit show` and `kit remove`: the ministry's trial kit on this laptop.

Importing shows the recipient's fingerprint, which the counsellor reads to the ministry
on the phone before the first export. Runs on the main thread.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from belong_desktop.cli.common import EXIT_OK, CliError, Commands, Invocation, emit, runtime
from belong_desktop.core.kit import TrialKit


def register(commands: Commands) -> None:
    kit = commands.group("kit", help="the ministry's trial kit: import, show, remove")
    p = kit.add("import", _import, help="import a trial kit (replaces the one in use)")
    p.add_argument("path", type=Path, metavar="KIT", help="the kit file from the ministry")
    p = kit.add("show", _show, help="show the kit in use")
    p.add_argument("--json", action="store_true", help="the kit as one JSON object")
    kit.add("remove", _remove, help="stop using the kit (sessions keep what they were run with)")


def _import(args: argparse.Namespace, run: Invocation) -> int:
    with runtime(run.data_dir) as rt:
        kit = rt.kits.import_kit(args.path)
    print(f"Imported trial kit {kit.trial_id}.", file=run.out)
    _describe(kit, run)
    print(
        "Before the first export, read the fingerprint to the ministry and check it matches.",
        file=run.out,
    )
    return EXIT_OK


def _show(args: argparse.Namespace, run: Invocation) -> int:
    with runtime(run.data_dir) as rt:
        kit = rt.kits.current()
    if kit is None:
        raise CliError(
            "no trial kit is in use: import the ministry's kit with `belong-desktop kit import "
            "KIT`",
            code="no_kit",
        )
    if args.json:
        emit(
            run.out,
            {
                "trial_id": kit.trial_id,
                "recipient": kit.recipient,
                "fingerprint": kit.fingerprint,
                "packs": {arm.value: [p.pack_id, p.version] for arm, p in kit.packs.items()},
                # A group's arm is not shown: the pack it runs is chosen for the counsellor.
                "groups": [
                    {"code": g.code, "institution": g.institution, "programme": g.programme}
                    for g in kit.groups
                ],
            },
        )
        return EXIT_OK
    print(f"Trial kit {kit.trial_id}", file=run.out)
    _describe(kit, run)
    return EXIT_OK


def _remove(_args: argparse.Namespace, run: Invocation) -> int:
    with runtime(run.data_dir) as rt:
        if rt.kits.current() is None:
            raise CliError("no trial kit is in use", code="no_kit")
        rt.kits.remove()
    print("The trial kit is no longer used for new sessions.", file=run.out)
    return EXIT_OK


def _describe(kit: TrialKit, run: Invocation) -> None:
    """What a counsellor checks: the fingerprint, the packs and how many groups where.
    Arms are shown per pack, as the counsellor needs them, never per group here."""
    out = run.out
    print(f"  recipient fingerprint: {kit.fingerprint}", file=out)
    for arm, pack in sorted(kit.packs.items()):
        print(f"  {arm.value:<10} pack {pack.pack_id} {pack.version}", file=out)
    per_place = Counter(g.institution for g in kit.groups)
    print(f"  {len(kit.groups)} study groups:", file=out)
    for institution, count in sorted(per_place.items()):
        print(f"    {institution}: {count}", file=out)
