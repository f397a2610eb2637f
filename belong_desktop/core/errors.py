"""The one error model: every problem a user can act on is a ``BelongError``.

An error carries a stable ``code`` (snake_case, never reworded once shipped) and the
``params`` its sentence needs. Each surface turns the code into its own words: the GUI
into a translated Danish sentence (``qt/messages.py``), the classroom server into a
Problem JSON body, the command line into an English line and an exit code. ``str(exc)``
is an English sentence for the command line and the log; no window shows it.
Anything that is not a ``BelongError`` is a bug, and is logged with its traceback.
"""

from __future__ import annotations

from typing import ClassVar


class BelongError(Exception):
    """A problem the user can fix or must know about; never a bug."""

    #: The default code of the class; an instance may carry a more precise one.
    default_code: ClassVar[str] = "error"

    def __init__(self, message: str, *, code: str | None = None, **params: object) -> None:
        super().__init__(message)
        self.code: str = code or self.default_code
        self.params: dict[str, object] = params

    @property
    def message(self) -> str:
        return str(self)


class InvalidInput(BelongError):
    """A value typed or passed in cannot be used (a group code, a note, a speed)."""

    default_code = "invalid_input"
