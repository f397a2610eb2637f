"""The one entry of the command line: builds the parser, starts the process, routes commands.

Every command group (``packs``, ``session``, ``demo``) registers its own commands; a new
group is one module plus one line in ``all_groups``. No command starts the app. This is also
where the one error model meets the user: a ``BelongError`` becomes one line on stderr and
exit code 1 (argparse keeps exit code 2 for usage errors), and anything else is a bug that
goes to the crash hook, which logs its traceback and prints one calm line. Runs on the
main thread, once per process.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import Protocol, TextIO

from belong_desktop import __version__, logs, paths
from belong_desktop.app import run_app
from belong_desktop.cli.common import (
    EXIT_CRASH,
    EXIT_ERROR,
    EXIT_INTERRUPTED,
    Commands,
    Handler,
    Invocation,
)
from belong_desktop.core.errors import BelongError


class Group(Protocol):
    """A command group: a module with ``register`` (see ``cli/packs.py``)."""

    def register(self, commands: Commands) -> None: ...


def all_groups() -> tuple[Group, ...]:
    """Every command group. Imported only when a command may be given: they import the
    services (and SQLAlchemy), which the app's own start loads after its first window."""
    from belong_desktop.cli import demo, kit, ministry, packs, report, session, settings

    return (packs, session, kit, settings, demo, ministry, report)


def __getattr__(name: str) -> object:
    if name == "GROUPS":  # router.GROUPS, as before the groups were imported lazily
        return all_groups()
    raise AttributeError(name)


def starts_the_app(argv: Sequence[str]) -> bool:
    """No command, no --help or --version: only ``--data-dir DIR`` or nothing at all."""
    rest = list(argv)
    while rest:
        token = rest.pop(0)
        if token == "--data-dir" and rest:
            rest.pop(0)
        elif not (token.startswith("--data-dir=") and len(token) > len("--data-dir=")):
            return False
    return True


def build_parser(groups: Sequence[Group] | None = None) -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        default=argparse.SUPPRESS,
        metavar="DIR",
        help=f"where the database and own packs live (default: ${paths.DATA_DIR_ENV} or the "
        "user data folder)",
    )
    parser = argparse.ArgumentParser(
        prog="belong-desktop",
        description="Run a social-belonging session in a classroom. "
        "Without a command, the app starts.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"belong-desktop {__version__}")
    commands = Commands(parser.add_subparsers(dest="command", metavar="COMMAND"), common)
    for group in all_groups() if groups is None else groups:
        group.register(commands)
    return parser


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    groups: Sequence[Group] | None = None,
) -> int:
    """Run the command in ``argv`` (default: the process's), or the app without one."""
    given = sys.argv[1:] if argv is None else argv
    if groups is None and starts_the_app(given):
        groups = ()  # the app: its window comes up before the services are imported
    args = build_parser(groups).parse_args(given)
    _start_process()  # after parsing: --help, --version and usage errors leave no log
    out = stdout or sys.stdout
    run = Invocation(paths.data_dir(getattr(args, "data_dir", None)), stdin or sys.stdin, out)
    handler: Handler = getattr(args, "handler", _run_app)
    try:
        code = handler(args, run)
        out.flush()  # a write error is this command's error, not the interpreter's at exit
        return code
    except BelongError as exc:
        print(f"belong-desktop: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        # The reader went away (`belong-desktop session list | head -1`): nothing to say.
        _silence_stdout()
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("belong-desktop: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception:
        sys.excepthook(*sys.exc_info())  # the crash hook: log it, say where, calmly
        return EXIT_CRASH


def _run_app(_args: argparse.Namespace, run: Invocation) -> int:
    return run_app(run.data_dir, run.out)


def _start_process() -> None:
    """The log and the crash hook, once per process (a second call changes nothing)."""
    if logs.log_file() is not None:
        return
    logs.configure_logging()
    logs.install_crash_hook(report_crash)


def report_crash(log_file: str) -> None:
    """The crash hook's one line: calm, and where the details are."""
    where = f"; the details are in {log_file}" if log_file else ""
    print(
        f"belong-desktop: an unexpected error occurred (what was saved is kept){where}",
        file=sys.stderr,
    )


def _silence_stdout() -> None:
    """Point stdout at the null device so the interpreter's last flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass  # stdout is not a file (a test's buffer): nothing will flush it at exit
