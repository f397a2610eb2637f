"""The garbage-collection policy: one full collection and a freeze, once, after start-up.

Objects alive once the app is up (Qt wrappers, the pack, the imported server stack, the
SQLAlchemy metadata) live as long as the process. ``gc.freeze`` moves them out of the
collector's reach, so a full collection no longer walks them: without it, a busy room
(hundreds of devices joining) triggers full passes that stall every thread, the GUI too,
for about 100 ms. It is called once per process, after a ``gc.collect`` so that start-up
garbage is not frozen with the rest, and never again: what a session makes (its server,
its devices' connections) must stay collectable when the session is over.

The youngest generation's threshold goes from 700 to ``YOUNG_THRESHOLD`` at the same
time. With 700, objects that live for one request (a letter, its JSON, the response) are
often caught mid-request by a young collection and promoted; 300 devices sending then
promote tens of thousands of them, which triggers a full collection (40–60 ms, measured
with ``benchmarks/classroom_load.py``) in the middle of the letters. At 2,000 none was
triggered in either load mode, and no young collection took more than about 12 ms.

While a classroom is served (``serving()``, entered by ``ClassroomHost`` on whichever
thread starts it) full collections are put off too. Every device holds a connection, an
event stream and their objects for the whole lesson, about 200 tracked objects each, so
what a full collection walks grows with the class; it walks it while every thread, the GUI
too, waits: about 150 ms of CPU at 1,000 devices, once as they joined (0.7 s was seen on
a busy machine). The oldest generation's threshold goes from 10 to
``SERVING_FULL_THRESHOLD`` and the middle one from 10 to ``SERVING_MIDDLE_THRESHOLD``.
Young collections still free what a request leaves behind; a middle one now walks at most
about 12,000 objects (the longest pause under load fell from 7–18 to 4–10 ms of CPU at
1,000 devices), and what it promotes costs nothing until the full pass. That one still runs
after 200 middle ones, a net growth of about two million tracked objects (a class of 1,000
joining and sending takes about twenty), so the memory that only a full pass frees stays
bounded. When the last server stops, the thresholds are put back and the next full pass,
after the lesson, catches up.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

#: gc.set_threshold's first value after start-up (Python's default is 700).
YOUNG_THRESHOLD = 2000
#: gc.set_threshold's middle value while a classroom is served (Python's default is 10).
SERVING_MIDDLE_THRESHOLD = 5
#: gc.set_threshold's last value while a classroom is served (Python's default is 10).
SERVING_FULL_THRESHOLD = 200

_lock = threading.Lock()
_frozen = False
_serving = 0
_middle_before = 0
_full_threshold_before = 0


def freeze_start_up() -> bool:
    """Collect, freeze what is alive, raise the young threshold; only the first call acts."""
    global _frozen
    with _lock:
        if _frozen:
            return False
        gc.collect()
        gc.freeze()
        _, older, oldest = gc.get_threshold()
        gc.set_threshold(YOUNG_THRESHOLD, older, oldest)
        _frozen = True
        return True


@contextmanager
def serving() -> Iterator[None]:
    """Put off full collections while a classroom server runs (nested: the outermost acts)."""
    global _serving, _middle_before, _full_threshold_before
    with _lock:
        if _serving == 0:
            young, _middle_before, _full_threshold_before = gc.get_threshold()
            gc.set_threshold(
                young,
                min(_middle_before, SERVING_MIDDLE_THRESHOLD),
                max(_full_threshold_before, SERVING_FULL_THRESHOLD),
            )
        _serving += 1
    try:
        yield
    finally:
        with _lock:
            _serving -= 1
            if _serving == 0:
                young, _, _ = gc.get_threshold()
                gc.set_threshold(young, _middle_before, _full_threshold_before)


def is_serving() -> bool:
    """True while some classroom server holds ``serving()`` (tests check it is applied)."""
    with _lock:
        return _serving > 0
