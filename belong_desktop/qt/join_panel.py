"""The join panel in the control window: address, QR code, code and live class counts.

Visible all session so late joiners can always be let in; "show on projector" (J) puts
the join slide back up. The counts are aggregates only: devices joined, devices on the
current step, and texts sent per writing step. GUI thread; on a ``LanguageChange`` every
line is built again from the last info and counts it was given.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QLabel, QPushButton, QWidget

from belong_desktop.core.packs import Pack, StepKind
from belong_desktop.core.room_alerts import ActiveAlert, RoomAlert
from belong_desktop.qt.messages import describe_warning
from belong_desktop.qt.style import Tone, font, set_tone
from belong_desktop.qt.words import kind_name

if TYPE_CHECKING:
    from belong_desktop.services.classroom import ClassCounts, JoinInfo

QR_PIXELS = 132


class JoinPanel(QGroupBox):
    sig_show_requested = Signal()
    sig_reset_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._info: JoinInfo | None = None
        self._problem = ""
        self._waiting = ""
        self._counts: ClassCounts | None = None
        self._pack: Pack | None = None
        self._showing_join = False
        self.qr = QLabel(self)
        self.qr.setFixedSize(QR_PIXELS, QR_PIXELS)
        self.qr.setScaledContents(True)
        self.code = QLabel("–", self)
        self.code.setFont(font(20, bold=True))
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address = QLabel(self)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address.setWordWrap(True)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        set_tone(self.warning, Tone.WARNING)
        self.alerts = QLabel(self)  # trouble in the room, while it is recent
        self.alerts.setWordWrap(True)
        set_tone(self.alerts, Tone.WARNING)
        self.alerts.hide()
        self.devices = QLabel(self)
        self.on_step = QLabel(self)
        self.answers = QLabel(self)
        self.answers.setWordWrap(True)
        self.show_button = QPushButton(self)
        self.reset_button = QPushButton(self)
        self.strip_box = QCheckBox(self)
        self.strip_box.setChecked(True)
        # Tab reaches them (Enter presses a button); a click leaves the focus where it was,
        # so Space still means "next" (the run screen's rule).
        for button in (self.show_button, self.reset_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setAutoDefault(True)
        self.strip_box.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.show_button.clicked.connect(self.sig_show_requested)
        self.reset_button.clicked.connect(self.sig_reset_requested)

        grid = QGridLayout(self)
        grid.addWidget(self.qr, 0, 0, 4, 1)
        grid.addWidget(self.code, 0, 1)
        grid.addWidget(self.address, 1, 1)
        grid.addWidget(self.show_button, 2, 1)
        grid.addWidget(self.reset_button, 3, 1)
        grid.addWidget(self.strip_box, 4, 0, 1, 2)
        grid.addWidget(self.warning, 5, 0, 1, 2)
        grid.addWidget(self.alerts, 6, 0, 1, 2)
        grid.addWidget(self.devices, 7, 0, 1, 2)
        grid.addWidget(self.on_step, 8, 0, 1, 2)
        grid.addWidget(self.answers, 9, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        self.set_info(None)
        self.retranslate()

    def retranslate(self) -> None:
        """Every line again in the language now installed, from what it was last given."""
        self.setTitle(self.tr("Klassen"))
        self.qr.setAccessibleName(self.tr("QR-kode til siden for de studerende"))
        self.reset_button.setText(self.tr("Nulstil alle enheder…"))
        self.reset_button.setAccessibleDescription(
            self.tr("Alle enheder starter forfra som nye deltagere; du bliver spurgt først")
        )
        self.strip_box.setText(self.tr("Vis adresse og kode nederst på lærredet"))
        self.show_button.setAccessibleDescription(self.tr("Genvej: J"))
        self._show_info()
        self.set_showing_join(self._showing_join)
        self.set_counts(self._counts, self._pack, "")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_info(self, info: JoinInfo | None, problem: str = "") -> None:
        self._info, self._problem, self._waiting = info, problem, ""
        enabled = info is not None
        self.show_button.setEnabled(enabled)
        self.reset_button.setEnabled(enabled)
        if info is None:
            self.qr.clear()
        else:
            pixmap = QPixmap()
            # The QR code's package (and the URL and network modules it brings) only here,
            # not before the first window.
            from belong_desktop.services import network

            pixmap.loadFromData(network.qr_png(info.urls[0], scale=4))
            self.qr.setPixmap(pixmap)
        self._show_info()

    def _show_info(self) -> None:
        info, problem = self._info, self._problem
        if info is None:
            self.code.setText("–")
            self.address.setText(
                self._waiting or problem or self.tr("Siden til de studerende er ikke startet.")
            )
            self.warning.setText(problem)
            return
        self.code.setText(self.tr("Kode: %1").replace("%1", info.display_code))
        self.address.setText("\n".join(info.addresses))
        self.address.setToolTip("\n".join(info.urls))
        self.warning.setText(describe_warning(info.warning_code, info.warning_params))

    def set_alerts(self, alerts: tuple[ActiveAlert, ...]) -> None:
        """A calm line per recent kind of trouble; hidden when the room is quiet."""
        lines = [self._alert_text(a) for a in alerts]
        self.alerts.setText("\n".join(lines))
        self.alerts.setVisible(bool(lines))

    def _alert_text(self, active: ActiveAlert) -> str:
        count = str(active.count)
        if active.alert is RoomAlert.BUSY:
            text = self.tr(
                "Siden har travlt: %1 forbindelser blev afvist det sidste minut. "
                "Det retter sig som regel selv; bed eleverne vente et øjeblik og prøve igen."
            )
        elif active.alert is RoomAlert.FULL:
            text = self.tr(
                "Klassen er fuld: %1 enheder kunne ikke komme ind det sidste minut. "
                "Grænsen kan hæves under Indstillinger."
            )
        elif active.alert is RoomAlert.WRONG_CODES:
            text = self.tr(
                "Mange forkerte koder det sidste minut (%1). Den rigtige kode virker stadig."
            )
        else:
            text = self.tr(
                "%1 svar kunne ikke gemmes det sidste minut: disken er måske fuld. "
                "Frigør plads på computeren; eleverne beholder deres tekst på skærmen."
            )
        return "⚠ " + text.replace("%1", count)

    def set_showing_join(self, showing: bool) -> None:
        """J's button says which way it switches the projector."""
        self._showing_join = showing
        if showing:
            self.show_button.setText(self.tr("Tilbage til trinnet på lærredet (J)"))
        else:
            self.show_button.setText(self.tr("Vis QR-kode og kode på lærredet (J)"))

    def set_waiting(self, text: str) -> None:
        """The page is on its way: said quietly, not as a problem. (A controller's words:
        it says them again in a new language.)"""
        self.set_info(None)
        self._waiting = text
        self.address.setText(text)

    def set_counts(self, counts: ClassCounts | None, pack: Pack | None, language: str) -> None:
        self._counts, self._pack = counts, pack
        self.set_alerts(counts.alerts if counts is not None else ())
        if counts is None or pack is None:
            self.devices.setText(self.tr("Enheder: –"))
            self.on_step.setText(self.tr("På dette trin: –"))
            self.answers.setText(self.tr("Svar: –"))
            return
        self.devices.setText(self.tr("Enheder: %1").replace("%1", str(counts.joined)))
        self.on_step.setText(self.tr("På dette trin: %1").replace("%1", str(counts.on_step)))
        kinds = (StepKind.POLL, StepKind.REFLECTION, StepKind.LETTER)
        parts = []
        for index, step in enumerate(pack.steps, 1):
            if step.kind in kinds:
                sent = counts.submitted.get(step.id, 0)
                label = f"{index}. {kind_name(step.kind)}"
                line = self.tr("%1: %2 sendt").replace("%1", label).replace("%2", str(sent))
                writing = counts.writing.get(step.id, 0)
                unsent = counts.unsent.get(step.id, 0)
                if writing:  # has typed on this open step, not sent yet
                    line += self.tr(" · %1 skriver").replace("%1", str(writing))
                if unsent:
                    line += self.tr(" · %1 ikke sendt").replace("%1", str(unsent))
                parts.append(line)
        self.answers.setText("\n".join(parts) or self.tr("Svar: –"))
