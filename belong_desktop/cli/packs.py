"""`packs list`, `packs validate` and `packs new`: the content packs on this machine.

Runs on the main thread; nothing here opens the database.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from belong_desktop import paths
from belong_desktop.cli.common import EXIT_ERROR, EXIT_OK, Commands, Invocation, emit
from belong_desktop.core.pack_loader import validate_pack
from belong_desktop.core.packs import Pack
from belong_desktop.services.pack_authoring import new_pack_from_videos
from belong_desktop.services.packs import PackCatalog


def register(commands: Commands) -> None:
    packs = commands.group("packs", help="list, validate and create content packs")
    p = packs.add("list", _list, help="list the content packs found")
    p.add_argument("--json", action="store_true", help="one JSON object per pack")
    p = packs.add("validate", _validate, help="check a pack folder, listing every problem")
    p.add_argument("path", type=Path, help="the pack folder (with pack.toml or pack.yaml)")
    p = packs.add("new", _new, help="make a starting pack from your own videos")
    p.add_argument(
        "--from-videos", type=Path, required=True, metavar="DIR", help="folder of video files"
    )
    p.add_argument("--out", type=Path, required=True, metavar="PACKDIR", help="new pack folder")
    p.add_argument("--id", dest="pack_id", help="pack id (default: from the folder name)")
    p.add_argument(
        "--languages", default="da,en", help="comma-separated: da, en, nb, nl (default: da,en)"
    )
    p.add_argument("--arm", choices=["treatment", "control"], default="treatment")


def _list(args: argparse.Namespace, run: Invocation) -> int:
    out = run.out
    search = paths.pack_search_dirs(run.data_dir)
    entries = PackCatalog(search).entries()
    if not entries:
        print("No content packs found in " + ", ".join(map(str, search)), file=out)
        return EXIT_OK
    for entry in entries:
        pack = entry.pack
        if args.json:
            row: dict[str, Any] = {"folder": str(entry.folder), "valid": pack is not None}
            if pack is not None:
                row |= _summary(pack)
            else:
                row["problems"] = [str(p) for p in entry.problems]
            emit(out, row)
        elif pack is None:
            print(
                f"{entry.folder.name:<14} INVALID ({len(entry.problems)} problems; run "
                f"`belong-desktop packs validate {entry.folder}`)",
                file=out,
            )
        else:
            print(
                f"{pack.id:<14} {pack.version:<8} {pack.arm.value:<10} "
                f"{','.join(pack.languages):<11} "
                f"{len(pack.steps):>2} steps {pack.total_minutes:>4g} min  {pack.title.get('da')}  "
                f"[{entry.folder}]",
                file=out,
            )
    return EXIT_OK


def _summary(pack: Pack) -> dict[str, Any]:
    return {
        "id": pack.id,
        "version": pack.version,
        "arm": pack.arm.value,
        "languages": list(pack.languages),
        "steps": len(pack.steps),
        "minutes": pack.total_minutes,
        "title": dict(pack.title.texts),
    }


def _validate(args: argparse.Namespace, run: Invocation) -> int:
    """Every problem at once, on stdout: the list is the command's answer, not a failure."""
    problems = validate_pack(args.path)
    if not problems:
        print(f"ok: {args.path} is a valid content pack", file=run.out)
        return EXIT_OK
    print(f"{args.path}: {len(problems)} problems", file=run.out)
    for problem in problems:
        print(f"  - {problem}", file=run.out)
    return EXIT_ERROR


def _new(args: argparse.Namespace, run: Invocation) -> int:
    languages = tuple(lang.strip() for lang in args.languages.split(",") if lang.strip())
    result = new_pack_from_videos(
        args.from_videos, args.out, pack_id=args.pack_id, languages=languages, arm=args.arm
    )
    for warning in result.warnings:
        print(f"warning: {warning}", file=run.out)
    pack = result.pack
    print(
        f"made pack {pack.id!r} in {args.out}: {len(pack.steps)} steps, "
        f"{pack.total_minutes:g} minutes. Edit {args.out / 'pack.toml'}, then run "
        f"`belong-desktop packs validate {args.out}`.",
        file=run.out,
    )
    return EXIT_OK
