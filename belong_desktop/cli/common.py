"""What every command group shares: exit codes, the CLI's own error, JSON lines, the runtime.

A group module registers its commands through ``Commands`` (which adds the common
``--data-dir`` option to each) and receives, for each run, the parsed arguments and an
``Invocation``: the data folder and the streams to read and write. Everything here runs on
the main thread.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from belong_desktop import paths
from belong_desktop.core.errors import BelongError

if TYPE_CHECKING:  # the app's start (no command) imports no services here
    from belong_desktop.services.runtime import Runtime

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
#: An unexpected error (a bug): sysexits' EX_SOFTWARE, so scripts can tell it from a refusal.
EXIT_CRASH = 70
#: Ctrl-C outside the headless runner (which detaches and exits 0 instead).
EXIT_INTERRUPTED = 130


class CliError(BelongError):
    """A problem the user can fix, found by the command line itself; one line, exit code 1."""

    default_code = "cli"


@dataclass(frozen=True)
class Invocation:
    """One run of a command: where its data lives and the streams it talks through."""

    data_dir: Path
    stdin: TextIO
    out: TextIO


Handler = Callable[[argparse.Namespace, Invocation], int]


class Commands:
    """Adds commands (or groups of actions) to the parser; each gets ``--data-dir``."""

    def __init__(
        self,
        sub: argparse._SubParsersAction[argparse.ArgumentParser],
        common: argparse.ArgumentParser,
    ) -> None:
        self._sub = sub
        self._common = common

    def add(self, name: str, handler: Handler, *, help: str) -> argparse.ArgumentParser:
        """A command run by ``handler``; returns its parser for the command's own options."""
        parser = self._sub.add_parser(name, help=help, parents=[self._common])
        parser.set_defaults(handler=handler)
        return parser

    def group(self, name: str, *, help: str) -> Commands:
        """A command whose actions follow it (``packs list``); the action is required."""
        parser = self._sub.add_parser(name, help=help, parents=[self._common])
        actions = parser.add_subparsers(dest=f"{name}_action", metavar="ACTION", required=True)
        return Commands(actions, self._common)


def emit(out: TextIO, obj: Mapping[str, Any]) -> None:
    """One JSON object as one line, flushed at once: a reader may act on every line."""
    out.write(json.dumps(obj, ensure_ascii=False) + "\n")
    out.flush()


def runtime(data_dir: Path) -> Runtime:
    """Store, writer and services for the data folder; use it as a context manager."""
    from belong_desktop.services.runtime import open_runtime

    return open_runtime(paths.database_file(data_dir), paths.pack_search_dirs(data_dir))
