"""Turn domain events into Qt signals delivered in the GUI thread.

Events are published on whatever thread committed the change (the writer thread, later
the server's). The bridge lives in the GUI thread, so emitting its signals from another
thread queues the delivery: slots always run in the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from belong_desktop.core.events import EventBus


class EventBridge(QObject):
    sig_event = Signal(object)  # any domain event (core.events.Event)

    def __init__(self, bus: EventBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe: Callable[[], None] | None = bus.subscribe(self.sig_event.emit)

    def close(self) -> None:
        """Stop listening; call before the bus outlives this object."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
