"""Entry point for ``belong-desktop`` and ``python -m belong_desktop``.

With a command (``packs``, ``session``, ``demo``) the CLI runs it; without one, the app
starts.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from belong_desktop import cli, paths

    args = cli.build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    if args.command is None:
        from belong_desktop.app import run_app

        return run_app(paths.data_dir(getattr(args, "data_dir", None)), sys.stdout)
    return cli.run(args)


if __name__ == "__main__":
    sys.exit(main())
