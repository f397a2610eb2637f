"""The command-line surface: one module per command group, one router that runs them.

``router.py`` builds the parser and routes every command (no command starts the app);
``packs.py``, ``session.py`` and ``demo.py`` each register their own commands;
``headless.py`` is the runner behind ``session run --headless``; ``common.py`` holds what
they share. ``main`` is the entry of ``belong-desktop`` and ``python -m belong_desktop``.
"""

from __future__ import annotations

from belong_desktop.cli.router import main

__all__ = ["main"]
