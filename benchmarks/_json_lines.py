"""A child process that answers in JSON lines: ``session run --headless`` and its kin.

Its stdout and stderr are read on threads of their own from the start, all of them: a
full pipe would stall the app mid-run. Only whole lines count (a line cut short by a
kill is no acknowledgement); blank lines are skipped. The tests (``tests/cli``,
``tests/faults``) and the benchmarks start the app through this one class and put their
own failure style (``pytest.fail`` or ``RuntimeError``) on top of ``next_line``.
"""

from __future__ import annotations

import contextlib
import json
import queue
import subprocess
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any


class NotJson(ValueError):
    """A whole line on stdout that is not a JSON object."""


class JsonLinesChild:
    def __init__(
        self,
        command: Sequence[str],
        env: dict[str, str],
        cwd: Path | None = None,
        *,
        name: str = "child",
    ) -> None:
        self.proc = subprocess.Popen(
            list(command),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            env=env,
            cwd=cwd,
            bufsize=1,
        )
        #: Every JSON line ``next_line`` has handed out, in order.
        self.received: list[dict[str, Any]] = []
        self.stderr: list[str] = []
        self._lines: queue.Queue[str | None] = queue.Queue()
        self._threads = [
            threading.Thread(target=self._read_stdout, name=f"{name}-stdout", daemon=True),
            threading.Thread(target=self._read_stderr, name=f"{name}-stderr", daemon=True),
        ]
        for thread in self._threads:
            thread.start()

    def _read_stdout(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            if line.endswith("\n") and line.strip():  # a line cut short by a kill: none
                self._lines.put(line)
        self._lines.put(None)

    def _read_stderr(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self.stderr.append(line)

    @property
    def pid(self) -> int:
        return self.proc.pid

    def errors(self) -> str:
        return "".join(self.stderr)

    def next_line(self, timeout: float) -> dict[str, Any] | None:
        """The next JSON line, or None at the end of the output (and after it).

        Raises ``queue.Empty`` when none comes within ``timeout`` seconds and ``NotJson``
        for a line that is not a JSON object.
        """
        line = self._lines.get(timeout=max(0.0, timeout))
        if line is None:
            self._lines.put(None)  # stay at the end
            return None
        try:
            event = json.loads(line)
        except json.JSONDecodeError:
            raise NotJson(f"not a JSON line: {line!r}") from None
        if not isinstance(event, dict):
            raise NotJson(f"not a JSON object: {line!r}")
        self.received.append(event)
        return event

    def send(self, *lines: str) -> None:
        """Write command lines to its stdin, at once."""
        assert self.proc.stdin is not None
        self.proc.stdin.write("".join(f"{line}\n" for line in lines))
        self.proc.stdin.flush()

    def close_stdin(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()

    def wait(self, timeout: float) -> int:
        """Wait for the process to end and for its output to be read to the end."""
        code = self.proc.wait(timeout=timeout)
        for thread in self._threads:
            thread.join(timeout=timeout)
        return code

    def stop(self, timeout: float = 60.0) -> None:
        """Kill it if it still runs, and let go of its pipes."""
        if self.proc.poll() is None:
            self.proc.kill()
        self.wait(timeout)
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            if stream is not None and not stream.closed:
                with contextlib.suppress(BrokenPipeError, OSError):
                    stream.close()
