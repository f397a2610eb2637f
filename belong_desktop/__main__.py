"""Entry point for ``belong-desktop`` and ``python -m belong_desktop``: the CLI's router.

Everything (commands, no command → the app, the log and the crash hook) is decided in
``belong_desktop.cli.router``; this module only hands the process over.
"""

from __future__ import annotations

import sys

from belong_desktop.cli import main

__all__ = ["main"]

if __name__ == "__main__":
    sys.exit(main())
