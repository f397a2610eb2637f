"""Applies the counsellor's appearance settings to every window at once (GUI thread).

The theme becomes the application's palette and style sheet (``style``), so the control
window, its dialogs and any window opened later follow it; the projector gets its own
slide colours. The text size becomes the application's font, and every widget that set
its own size (titles, the join code) is scaled from the size it had at 100 %, remembered
on the widget, so sizes never drift however often the setting changes. The projector's
type follows its own setting (``ProjectorWindow.set_type_scale``), not this one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget

from belong_desktop.core.appearance import Appearance, Theme
from belong_desktop.core.errors import BelongError
from belong_desktop.core.packs import StepKind
from belong_desktop.qt.appearance_box import PREVIEW_HEIGHT, PREVIEW_WIDTH, AppearanceBox
from belong_desktop.qt.messages import describe
from belong_desktop.qt.projector_preview import render_thumbnail
from belong_desktop.qt.projector_window import ProjectorWindow
from belong_desktop.qt.style import (
    TEXT_SCALE_PROPERTY,
    THEME_PROPERTY,
    palette,
    stylesheet,
    text_scale,
)
from belong_desktop.services.appearance import AppearanceService
from belong_desktop.services.classroom import JoinInfo
from belong_desktop.services.packs import PackCatalog

#: The application's font size before any scaling, remembered on the application.
_BASE_FONT_PROPERTY = "belongBasePointSize"
#: A widget's own font size at 100 %, remembered on the widget.
_WIDGET_BASE_PROPERTY = "belongBasePointSize"


def apply_appearance(
    app: QApplication, appearance: Appearance, projectors: tuple[ProjectorWindow, ...] = ()
) -> None:
    apply_theme(app, appearance.theme)
    apply_text_scale(app, appearance.text_scale)
    for projector in projectors:
        projector.set_theme(appearance.theme)
        projector.set_type_scale(appearance.projector_scale)


def current_theme(app: QApplication) -> Theme:
    value = app.property(THEME_PROPERTY)
    return Theme(value) if value in {t.value for t in Theme} else Theme.STANDARD


def apply_theme(app: QApplication, theme: Theme) -> None:
    """The palette and style sheet of ``theme`` for every window, now and later."""
    if app.property(THEME_PROPERTY) == theme.value:
        return  # re-polishing every widget is not free: only on a change
    app.setProperty(THEME_PROPERTY, theme.value)
    app.setPalette(palette(theme))
    app.setStyleSheet(stylesheet(theme))


def apply_text_scale(app: QApplication, percent: int) -> None:
    """Every text of the control window (and of dialogs) at ``percent`` of its size."""
    old = text_scale()
    if percent == old:  # also the first call at 100 %: nothing to re-polish at start-up
        app.setProperty(TEXT_SCALE_PROPERTY, percent)
        return
    base = app.property(_BASE_FONT_PROPERTY)
    if not isinstance(base, float):
        base = app.font().pointSizeF()
        app.setProperty(_BASE_FONT_PROPERTY, base)
    # Read every own size before changing any: a child inherits its parent's new size.
    own: list[tuple[QWidget, float]] = []
    for widget in app.allWidgets():
        if not widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
            continue
        size = widget.font().pointSizeF()
        if size <= 0:  # set in pixels (the projector): not the counsellor's text
            continue
        at_100 = widget.property(_WIDGET_BASE_PROPERTY)
        if not isinstance(at_100, float):
            at_100 = size * 100 / old
            widget.setProperty(_WIDGET_BASE_PROPERTY, at_100)
        own.append((widget, at_100))
    app.setProperty(TEXT_SCALE_PROPERTY, percent)
    f = app.font()
    f.setPointSizeF(base * percent / 100)
    app.setFont(f)
    sheet = app.styleSheet()
    if sheet:  # under a style sheet the new font reaches the widgets only on a re-polish
        app.setStyleSheet("")
        app.setStyleSheet(sheet)
    for widget, at_100 in own:
        f = widget.font()
        f.setPointSizeF(at_100 * percent / 100)
        widget.setFont(f)


class AppearanceController(QObject):
    """The settings page's "Udseende": stores each choice and applies it at once; draws
    the projector preview on a sample projector of its own (never shown), so the class
    sees nothing of it."""

    def __init__(
        self,
        service: AppearanceService,
        box: AppearanceBox,
        projector: ProjectorWindow,
        catalog: PackCatalog | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.box = box
        self.projector = projector
        self._catalog = catalog
        # A hidden child of the box, so it goes with the page and is no window: whatever
        # looks for the projector among the windows finds the real one only.
        self.sample = ProjectorWindow(box)
        self.sample.setWindowFlags(Qt.WindowType.Widget)
        self.sample.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        self.sample.hide()
        self.sample.resize(PREVIEW_SOURCE_WIDTH, PREVIEW_SOURCE_HEIGHT)
        box.sig_theme_chosen.connect(self._on_box_theme_chosen)
        box.sig_text_scale_chosen.connect(self._on_box_text_scale_chosen)
        box.sig_projector_scale_chosen.connect(self._on_box_projector_scale_chosen)
        box.sig_retranslated.connect(self._on_box_retranslated)

    def apply(self) -> None:
        """The stored settings, on every window and on the settings page."""
        appearance = self.service.current()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_appearance(app, appearance, (self.projector, self.sample))
        self.box.set_appearance(appearance)
        if self.box.isVisible():  # else when the settings page opens (``draw_preview``)
            self.draw_preview()

    def draw_preview(self) -> None:
        """A real slide (the longest of the first pack's, the hardest to fit) and the
        join slide, at the chosen size, as they would fill a 1280 × 720 projector."""
        headline, body = self._sample_slide()
        self.sample.show_title(headline, body)
        slide = render_thumbnail(self.sample, PREVIEW_WIDTH, PREVIEW_HEIGHT)
        self.sample.show_join(SAMPLE_JOIN, self.tr("Deltag i sessionen"))
        join = render_thumbnail(self.sample, PREVIEW_WIDTH, PREVIEW_HEIGHT)
        self.box.set_preview(slide, join)

    def _sample_slide(self) -> tuple[str, str]:
        packs = self._catalog.packs() if self._catalog is not None else []
        for pack in packs:
            language = pack.languages[0]
            texts = [
                step.slide(language)
                for step in pack.steps
                if step.kind in (StepKind.MESSAGE, StepKind.REFLECTION, StepKind.LETTER)
            ]
            if texts:
                return max(texts, key=lambda t: len(t[0]) + len(t[1]))
        return self.tr("Velkommen"), self.tr("Sådan ser teksten ud på lærredet.")

    def _choose(self, store: Callable[[object], object], value: object) -> None:
        try:
            store(value)
        except BelongError as error:
            self.box.show_status(describe(error), refused=True)
        else:
            self.box.show_status(self.tr("Gemt. Det gælder med det samme."))
        self.apply()

    def _on_box_retranslated(self) -> None:
        if self.box.isVisible():
            self.draw_preview()

    def _on_box_theme_chosen(self, theme: str) -> None:
        self._choose(self.service.set_theme, theme)

    def _on_box_text_scale_chosen(self, percent: int) -> None:
        self._choose(self.service.set_text_scale, percent)

    def _on_box_projector_scale_chosen(self, percent: int) -> None:
        self._choose(self.service.set_projector_scale, percent)


#: The size the preview's sample projector has: a common projector's.
PREVIEW_SOURCE_WIDTH, PREVIEW_SOURCE_HEIGHT = 1280, 720
#: The preview's join slide: a made-up session on a typical classroom network.
SAMPLE_JOIN = JoinInfo(
    session_id="preview",
    code="482913",
    link_token="preview",
    port=8000,
    bind_host="0.0.0.0",
    hosts=("192.168.100.200",),
)
