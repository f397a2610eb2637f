"""`report script`: printed documents made from the command line.

``report script PACK --language LANG --out FILE`` prints a pack's facilitator script (the
pack by id through the catalog of shipped and own packs, or by folder or ``pack.toml``
path). Refusals (unknown pack, a broken manifest with every problem listed, a language
the pack does not have, an unwritable ``--out``) are ``BelongError``s: one line (the pack's
problems below it) and exit code 1. Runs on the main thread; opens no database.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from belong_desktop import paths
from belong_desktop.cli.common import EXIT_OK, Commands, Invocation


def register(commands: Commands) -> None:
    report = commands.group("report", help="print documents as PDF")
    p = report.add("script", _script, help="the facilitator script of a pack, before the session")
    p.add_argument("pack", metavar="PACK", help="pack id (see `packs list`), folder or pack.toml")
    p.add_argument(
        "--language", required=True, metavar="LANG", help="one of the pack's languages (da, en …)"
    )
    p.add_argument("--out", type=Path, required=True, metavar="FILE", help="the PDF to write")


def _script(args: argparse.Namespace, run: Invocation) -> int:
    from belong_desktop.services.packs import PackCatalog
    from belong_desktop.services.reports.facilitator_script import write_script

    pack = PackCatalog(paths.pack_search_dirs(run.data_dir)).resolve(args.pack)
    out = write_script(pack, args.language, args.out)
    print(f"wrote the facilitator script of {pack.id} {pack.version} ({args.language}) to {out}",
          file=run.out)  # fmt: skip
    return EXIT_OK
