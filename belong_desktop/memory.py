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
"""

from __future__ import annotations

import gc
import threading

#: gc.set_threshold's first value after start-up (Python's default is 700).
YOUNG_THRESHOLD = 2000

_lock = threading.Lock()
_frozen = False


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
