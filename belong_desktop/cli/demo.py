"""`demo`: rehearse a whole session by itself, headless (a printed log) or in the windows.

Both ways check the speed with the one rule (``services.rehearsal.check_speed``) before
anything starts; ``--gui`` also needs a display and says so when there is none. The
headless rehearsal runs on the main thread; ``--gui`` hands the main thread to Qt.
"""

from __future__ import annotations

import argparse

from belong_desktop import paths
from belong_desktop.app import has_display, run_gui
from belong_desktop.cli.common import EXIT_OK, CliError, Commands, Invocation
from belong_desktop.services.rehearsal import check_speed, rehearse


def register(commands: Commands) -> None:
    p = commands.add("demo", _demo, help="rehearse a whole session headless")
    p.add_argument("--speed", type=float, default=60.0, help="times real speed (default: 60)")
    p.add_argument("--pack", default="belonging", help="pack id or folder (default: belonging)")
    p.add_argument("--group", default="DEMO", help="group code shown in the log")
    p.add_argument("--language", default="da")
    p.add_argument("--keep", action="store_true", help="store the rehearsal in the data folder")
    p.add_argument("--gui", action="store_true", help="open the windows and run them by themselves")


def _demo(args: argparse.Namespace, run: Invocation) -> int:
    check_speed(args.speed)  # first: a bad option is refused the same way with or without --gui
    if args.gui:
        return _demo_in_windows(args, run)
    database = paths.database_file(run.data_dir) if args.keep else None
    rehearse(
        database,
        paths.pack_search_dirs(run.data_dir),
        args.pack,
        group=args.group,
        language=args.language,
        speed=args.speed,
        out=run.out,
    )
    return EXIT_OK


def _demo_in_windows(args: argparse.Namespace, run: Invocation) -> int:
    if not has_display():
        raise CliError("demo --gui needs a display (none found)", code="no_display")
    return run_gui(
        run.data_dir,
        run.out,
        demo_pack=args.pack,
        demo_speed=args.speed,
        demo_language=args.language,
        keep=args.keep,
    )
