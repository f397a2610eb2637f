"""The garbage-collection policy: one full collection and a freeze, once, after start-up.

Objects alive once the app is up (Qt wrappers, the pack, the imported server stack, the
SQLAlchemy metadata) live as long as the process. ``gc.freeze`` moves them out of the
collector's reach, so a full collection no longer walks them: without it, a busy room
(hundreds of devices joining) triggers full passes that stall every thread, the GUI too,
for about 100 ms. It is called once per process, after a ``gc.collect`` so that start-up
garbage is not frozen with the rest; later objects (one session's server) are few.
"""

from __future__ import annotations

import gc
import threading

_lock = threading.Lock()
_frozen = False


def freeze_start_up() -> bool:
    """Collect, then freeze what is alive; only the first call does anything."""
    global _frozen
    with _lock:
        if _frozen:
            return False
        gc.collect()
        gc.freeze()
        _frozen = True
        return True
