"""The log: configured once per process, kept private, and a last resort for crashes.

``configure_logging`` writes to a rotating file in the user log folder
(``paths.log_dir``: platformdirs, or ``$BELONG_LOG_DIR``), owner-only. What is logged is
what support needs (which session, which step, what failed and its traceback), never what
a student wrote, a join code, a link token or a device token: the code logs ids and event
names only, and a redacting filter on the handler scrubs the secrets the classroom registers with
``keep_out_of_logs`` and anything shaped like a device token header or cookie.

``install_crash_hook`` catches what nothing else caught (in the main thread, a worker
thread, or a Qt slot, which PySide6 reports through ``sys.excepthook``), logs the
traceback and tells the user calmly where the details are. The program is not stopped
by it: every change is already committed by the writer before anyone is told, so the
session's data stays as it was.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from belong_desktop import paths

LOG_FILE = "belong-desktop.log"
MAX_BYTES = 1024 * 1024
BACKUPS = 4
_FORMAT = "%(asctime)s %(levelname)-7s %(threadName)s %(name)s: %(message)s"
# A device token in a header or cookie, should any library ever log one.
_TOKEN_FIELDS = re.compile(r"(belong_token=|x-belong-token['\"]?[:,]\s*['\"]?)[^\s;'\",]+", re.I)
_REDACTED = "[redacted]"

log = logging.getLogger("belong_desktop")


class Redactor(logging.Filter):
    """Replaces registered secrets (join codes, link tokens) in every formatted record."""

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._secrets: set[str] = set()

    def add(self, *values: str) -> None:
        with self._lock:
            self._secrets.update(v for v in values if v)

    def scrub(self, text: str) -> str:
        with self._lock:
            secrets = sorted(self._secrets, key=len, reverse=True)
        for secret in secrets:
            text = text.replace(secret, _REDACTED)
        return _TOKEN_FIELDS.sub(lambda m: m.group(1) + _REDACTED, text)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        record.msg, record.args = self.scrub(message), None
        if record.exc_text:
            record.exc_text = self.scrub(record.exc_text)
        return True


_REDACTOR = Redactor()


def keep_out_of_logs(*values: str) -> None:
    """Never write these strings to the log (a session's join code and link token)."""
    _REDACTOR.add(*values)


class _PrivateRotatingHandler(logging.handlers.RotatingFileHandler):
    """A rotating file whose every generation is created readable by its owner only."""

    def _open(self):  # type: ignore[no-untyped-def]  # typeshed leaves the return open
        old = os.umask(0o077)
        try:
            return super()._open()
        finally:
            os.umask(old)


def configure_logging(folder: Path | None = None, level: int = logging.INFO) -> Path:
    """Send the app's log to ``folder/belong-desktop.log``; a second call changes nothing.

    Returns the log file. A folder that cannot be created leaves logging to stderr only,
    with one line saying so: the app must start without its log.
    """
    folder = folder or paths.log_dir()
    path = folder / LOG_FILE
    existing = log_file()
    if existing is not None:
        return existing
    root = logging.getLogger()
    handler: logging.Handler
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler = _PrivateRotatingHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=False
        )
    except OSError as exc:
        handler = logging.StreamHandler(sys.stderr)
        print(f"belong-desktop: cannot write the log in {folder} ({exc.strerror})", file=sys.stderr)
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.addFilter(_REDACTOR)
    root.addHandler(handler)
    log.setLevel(level)
    # Libraries speak only when something is wrong; their records pass the same filter.
    for noisy in ("uvicorn", "sqlalchemy", "alembic", "httpx", "asyncio"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    log.info("belong-desktop started (pid %d, Python %s)", os.getpid(), sys.version.split()[0])
    return path


def log_file() -> Path | None:
    """The file ``configure_logging`` writes to, or None before it was called."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, _PrivateRotatingHandler):
            return Path(handler.baseFilename)
    return None


CrashReporter = Callable[[str], None]


def install_crash_hook(report: CrashReporter) -> Callable[[], None]:
    """Log any uncaught exception with its traceback and ``report`` a calm sentence.

    ``report`` receives the log file's path as text (or "" when there is none) and must
    not raise; the GUI shows a message box, the command line prints one line. Returns a
    function that puts the previous hooks back.
    """
    previous_hook, previous_thread_hook = sys.excepthook, threading.excepthook

    def handle(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous_hook(kind, error, tb)
            return
        log.critical("uncaught %s", kind.__name__, exc_info=(kind, error, tb))
        try:
            path = log_file()
            report(str(path) if path else "")
        except Exception:
            log.exception("the crash report itself failed")

    def handle_thread(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        handle(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = handle
    threading.excepthook = handle_thread

    def uninstall() -> None:
        sys.excepthook, threading.excepthook = previous_hook, previous_thread_hook

    return uninstall
