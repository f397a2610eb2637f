"""Entry point for ``belong-desktop`` and ``python -m belong_desktop``.

With a command (``packs``, ``session``, ``demo``) the CLI runs it; without one, the app
starts.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from belong_desktop import cli, logs, paths

    args = cli.build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    logs.configure_logging()
    logs.install_crash_hook(_report_crash)
    data_dir = paths.data_dir(getattr(args, "data_dir", None))
    if args.command is None:
        from belong_desktop.app import run_app

        return run_app(data_dir, sys.stdout)
    if args.command == "demo" and args.gui:
        from belong_desktop.app import has_display, run_gui

        if not has_display():
            print("belong-desktop: demo --gui needs a display (none found)", file=sys.stderr)
            return cli.EXIT_ERROR
        if not 0 < args.speed <= 1_000_000:
            print("belong-desktop: --speed must be above 0 and at most 1000000", file=sys.stderr)
            return cli.EXIT_ERROR
        return run_gui(
            data_dir,
            sys.stdout,
            demo_pack=args.pack,
            demo_speed=args.speed,
            demo_language=args.language,
            keep=args.keep,
        )
    return cli.run(args)


def _report_crash(log_file: str) -> None:
    where = f"; the details are in {log_file}" if log_file else ""
    print(f"belong-desktop: an unexpected error stopped this command{where}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
