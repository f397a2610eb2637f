"""Emitting Qt signals without PySide6 6.12.0's reference-count bug.

In PySide6/shiboken6 6.12.0, ``SignalInstance.emit()`` returns ``True`` without owning a
reference to it, so every emit from Python takes one reference away from ``True``. On
Python 3.11 (where ``True`` is not immortal) a player emitting ten positions a second makes
the interpreter abort with "Fatal Python error: bool_dealloc" after some minutes, or at exit.
6.11.3 does not have the bug. ``emit`` here checks once, at import, whether this PySide6
has it, and gives the reference back after each emit when it does; with a fixed PySide6 it
is a plain ``signal.emit``. Callable from any thread that holds the GIL (libVLC's event
threads use it for their queued signal).
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal, SignalInstance

__all__ = ["EMIT_DROPS_A_REFERENCE", "emit"]


class _Probe(QObject):
    sig_probe = Signal()


def _emit_drops_a_reference() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(32):
        probe.sig_probe.emit()
    # Another thread may touch True meanwhile; the bug loses exactly one per emit.
    return sys.getrefcount(True) - before <= -16


#: Whether this PySide6's ``SignalInstance.emit`` loses a reference to its result.
EMIT_DROPS_A_REFERENCE = _emit_drops_a_reference()


def emit(signal: SignalInstance, *args: object) -> None:
    """``signal.emit(*args)``, giving back the reference PySide6 6.12.0 takes away."""
    result: object = signal.emit(*args)  # type: ignore[func-returns-value]  # really True
    if EMIT_DROPS_A_REFERENCE:
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
