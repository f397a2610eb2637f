"""Udseende: the theme, the control window's text size and the projector's type size,
chosen on the settings page, applied at once to every window, kept across a restart; the
contrast of every colour pair the app draws; nothing cut off at large sizes.

Real store, real windows (offscreen), real pixels: the focus outline and the status bar
are found in grabbed images, not in style-sheet strings.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QScrollArea
from pytestqt.qtbot import QtBot

from belong_desktop.core.appearance import PROJECTOR_SCALES, Appearance, Theme
from belong_desktop.core.contrast import AAA_NORMAL, contrast_ratio, required_ratio
from belong_desktop.core.packs import StepKind
from belong_desktop.qt.appearance import SAMPLE_JOIN, apply_appearance
from belong_desktop.qt.projector_window import ProjectorWindow
from belong_desktop.qt.style import (
    HIGH_CONTRAST,
    THEMES,
    ColourPair,
    Tone,
    colour_pairs,
    set_tone,
    text_scale,
)
from belong_desktop.services.runtime import Runtime, open_runtime

from .conftest import Windows, close_windows, open_windows
from .test_control_window import start
from .text_fit import assert_nothing_clipped

#: A small laptop's screen, less a title bar and a task bar.
LAPTOP_WIDTH, LAPTOP_HEIGHT = 1366, 728


@pytest.fixture(autouse=True)
def standard_afterwards(qapp: QApplication) -> Iterator[None]:
    """The application's palette, style sheet and font are the process's: put them back."""
    yield
    apply_appearance(qapp, Appearance())


def click(qtbot: QtBot, widget: object) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def open_settings(qtbot: QtBot, w: Windows) -> None:
    click(qtbot, w.window.start_view.settings_button)
    assert w.window.showing_settings()


# -- contrast ------------------------------------------------------------------------------


@pytest.mark.parametrize("theme", list(Theme))
def test_every_colour_pair_meets_wcag_aa(theme: Theme) -> None:
    failing = []
    for pair in colour_pairs(THEMES[theme]):
        ratio = contrast_ratio(pair.foreground, pair.background)
        needed = 3.0 if pair.graphic else required_ratio(pair.pixel_size, bold=pair.bold)
        if ratio < needed:
            failing.append(f"{pair.what}: {ratio:.2f} < {needed}")
    assert failing == []


def test_high_contrast_keeps_body_text_at_seven_to_one() -> None:
    body = [p for p in colour_pairs(HIGH_CONTRAST) if p.body and not p.graphic]
    assert {"text on window", "projector text", "warnings"} <= {p.what for p in body}
    low = [
        f"{p.what}: {contrast_ratio(p.foreground, p.background):.2f}"
        for p in body
        if contrast_ratio(p.foreground, p.background) < AAA_NORMAL
    ]
    assert low == []
    # The focus outline stands out from the window by 3:1 at least (WCAG 1.4.11).
    assert contrast_ratio(HIGH_CONTRAST.focus, HIGH_CONTRAST.window) >= 3.0


def test_the_contrast_test_would_catch_a_pale_colour() -> None:
    pale = ColourPair("grey on white", "#999999", "#ffffff")
    assert contrast_ratio(pale.foreground, pale.background) < required_ratio(pale.pixel_size)


def test_the_projector_draws_its_text_in_the_themes_colours(qtbot: QtBot) -> None:
    projector = ProjectorWindow()
    qtbot.addWidget(projector)
    projector.resize(1280, 720)
    projector.show_title("Velkommen", "Et lille ord")
    projector.show()
    for theme in Theme:
        projector.set_theme(theme)
        image = projector.grab().toImage()
        colours = THEMES[theme]
        assert _pixel(image, 5, 5) == QColor(colours.projector_background)
        assert colours.projector_text in _colours_in(image, projector.headline)


# -- the theme ---------------------------------------------------------------------------


def test_high_contrast_applies_at_once_to_every_window_and_outlives_a_restart(
    qtbot: QtBot, tmp_path: Path, pack_dir: Path, qapp: QApplication
) -> None:
    database = tmp_path / "data" / "belong.sqlite3"
    with open_runtime(database, [pack_dir.parent]) as rt:
        w = open_windows(rt)
        try:
            open_settings(qtbot, w)
            box = w.window.settings_view.appearance_box
            assert box.theme_buttons[Theme.STANDARD].isChecked()
            click(qtbot, box.theme_buttons[Theme.HIGH_CONTRAST])
            # The control window, a dialog opened now, and the projector.
            black = QColor(HIGH_CONTRAST.window)
            assert w.window.palette().color(QPalette.ColorRole.Window) == black
            dialog = QMessageBox(w.window)
            assert dialog.palette().color(QPalette.ColorRole.Window) == black
            assert dialog.palette().color(QPalette.ColorRole.WindowText) == QColor("#ffffff")
            image = w.projector.grab().toImage()
            assert _pixel(image, 5, 5) == QColor(HIGH_CONTRAST.projector_background)
            assert rt.appearance.current().theme is Theme.HIGH_CONTRAST
            assert "Gemt" in box.status.text()
        finally:
            close_windows(w)
        apply_appearance(qapp, Appearance())  # as a fresh start of the program
    with open_runtime(database, [pack_dir.parent]) as again:
        w = open_windows(again)
        try:
            assert w.window.palette().color(QPalette.ColorRole.Window) == QColor("#000000")
            open_settings(qtbot, w)
            assert w.window.settings_view.appearance_box.theme_buttons[
                Theme.HIGH_CONTRAST
            ].isChecked()
        finally:
            close_windows(w)


def test_high_contrast_draws_a_thick_focus_outline(qtbot: QtBot, windows: Windows) -> None:
    w = windows
    windows.rt.appearance.set_theme(Theme.HIGH_CONTRAST)
    assert w.window.appearance is not None
    w.window.appearance.apply()
    button = w.window.start_view.settings_button
    w.window.activateWindow()
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(button.hasFocus)
    image = button.grab().toImage()
    yellow = QColor(HIGH_CONTRAST.focus)
    middle = image.height() // 2
    # Four pixels of the focus colour at each side: a ring, not a hairline.
    assert all(_pixel(image, x, middle) == yellow for x in range(4))
    assert all(_pixel(image, image.width() - 1 - x, middle) == yellow for x in range(4))
    w.window.start_view.group_code.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: not button.hasFocus())
    assert _pixel(button.grab().toImage(), 0, middle) != yellow  # only where focus is


def test_a_status_line_is_not_told_by_colour_alone(qtbot: QtBot, windows: Windows) -> None:
    """In high contrast a warning gets a solid bar and bold type, a confirmation a
    double bar: the difference survives without colour (and the words say it too)."""
    w = windows
    w.rt.appearance.set_theme(Theme.HIGH_CONTRAST)
    assert w.window.appearance is not None
    w.window.appearance.apply()
    label = QLabel("Det kan ikke gemmes", w.window.start_view)
    label.resize(300, 40)
    set_tone(label, Tone.WARNING)
    label.show()
    warning = label.grab().toImage()
    bar = QColor(HIGH_CONTRAST.warning)
    assert all(_pixel(warning, x, 20) == bar for x in range(6))
    assert label.font().bold() or label.fontInfo().bold()
    set_tone(label, Tone.OK)
    ok = label.grab().toImage()
    # A double bar: two lines with a gap between them.
    row = [_pixel(ok, x, 20) == QColor(HIGH_CONTRAST.ok) for x in range(6)]
    assert row[0] and not all(row)
    set_tone(label, Tone.PLAIN)
    assert _pixel(label.grab().toImage(), 0, 20) == QColor(HIGH_CONTRAST.window)


# -- the text size -------------------------------------------------------------------------


def test_the_text_size_applies_at_once_and_comes_back_exactly(
    qtbot: QtBot, windows: Windows, qapp: QApplication
) -> None:
    w = windows
    open_settings(qtbot, w)
    box = w.window.settings_view.appearance_box
    base = qapp.font().pointSizeF()
    title = w.window.start_view.findChildren(QLabel)[0]
    title_size = title.font().pointSizeF()
    plain = w.window.settings_view.folder
    plain_size = plain.font().pointSizeF()
    click(qtbot, box.text_buttons[150])
    assert text_scale() == 150 and w.rt.appearance.current().text_scale == 150
    assert qapp.font().pointSizeF() == pytest.approx(base * 1.5)
    assert plain.font().pointSizeF() == pytest.approx(plain_size * 1.5)  # no own size
    assert title.font().pointSizeF() == pytest.approx(title_size * 1.5)  # its own size
    click(qtbot, box.text_buttons[200])
    click(qtbot, box.text_buttons[100])
    assert qapp.font().pointSizeF() == pytest.approx(base)
    assert title.font().pointSizeF() == pytest.approx(title_size)
    assert plain.font().pointSizeF() == pytest.approx(plain_size)


@pytest.mark.parametrize("scale", [150, 200])
@pytest.mark.parametrize("theme", list(Theme))
def test_nothing_is_cut_off_at_a_large_text_size_on_a_laptop_screen(
    qtbot: QtBot, trial_windows: Windows, scale: int, theme: Theme, tmp_path: Path
) -> None:
    """Over the shipped packs: their long titles are what a real laptop shows."""
    w = trial_windows
    w.window.resize(LAPTOP_WIDTH, LAPTOP_HEIGHT)
    w.rt.appearance.set_text_scale(scale)
    w.rt.appearance.set_theme(theme)
    assert w.window.appearance is not None
    w.window.appearance.apply()
    shots = tmp_path / "shots"
    shots.mkdir()
    pages = {
        "start": lambda: None,
        "settings": lambda: open_settings(qtbot, w),
        "run": lambda: (w.window.settings_view.back_button.click(), start(qtbot, w)),
    }
    for name, show in pages.items():
        show()
        qtbot.waitUntil(lambda: w.window.width() == LAPTOP_WIDTH)
        assert_nothing_clipped(qtbot, w.window, name)
        w.window.grab().save(str(shots / f"{name}-{theme}-{scale}.png"))
        # The window did not grow past the screen to make room.
        assert (w.window.width(), w.window.height()) == (LAPTOP_WIDTH, LAPTOP_HEIGHT), name
        # The page fits the screen's width: it may scroll down, never sideways.
        scroll = w.window.centralWidget()
        assert isinstance(scroll, QScrollArea)
        assert not scroll.horizontalScrollBar().isVisible(), name


# -- the projector's type ------------------------------------------------------------------


def test_the_projector_size_applies_at_once_with_a_preview(qtbot: QtBot, windows: Windows) -> None:
    w = windows
    open_settings(qtbot, w)
    box = w.window.settings_view.appearance_box
    assert box.projector_buttons[100].isChecked()  # the default: today's size
    assert not box.slide_preview.pixmap().isNull()  # drawn as the page opened
    assert not box.join_preview.pixmap().isNull()
    w.projector.resize(1280, 720)
    w.projector.show_title("Velkommen")
    before_unit = w.projector.type_unit()
    before_preview = box.slide_preview.pixmap().toImage()
    click(qtbot, box.projector_buttons[150])
    assert w.rt.appearance.current().projector_scale == 150
    assert w.projector.type_scale() == 150
    assert w.projector.type_unit() == pytest.approx(before_unit * 1.5)
    assert "12 gange" in box.room_note.text()
    # The preview was drawn again at the new size, on a projector the class never sees.
    assert box.slide_preview.pixmap().toImage() != before_preview
    assert w.window.appearance is not None
    sample = w.window.appearance.sample
    assert sample.type_scale() == 150 and not sample.isVisible()
    assert SAMPLE_JOIN.display_code in sample.visible_text()


def test_a_size_that_is_not_offered_is_refused_and_nothing_changes(
    qtbot: QtBot, windows: Windows
) -> None:
    w = windows
    open_settings(qtbot, w)
    box = w.window.settings_view.appearance_box
    box.sig_text_scale_chosen.emit(300)  # as if a newer page offered it
    assert "findes ikke" in box.status.text() and box.status.property("tone") == "warning"
    assert w.rt.appearance.current() == Appearance()
    assert box.text_buttons[100].isChecked() and text_scale() == 100


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
@pytest.mark.parametrize("scale", PROJECTOR_SCALES)
def test_the_projector_text_fits_at_every_size_on_both_screens(
    qtbot: QtBot, trial_rt: Runtime, scale: int, size: tuple[int, int]
) -> None:
    """Every slide of the shipped packs, and the join slide with a long address."""
    projector = ProjectorWindow()
    qtbot.addWidget(projector)
    projector.resize(*size)
    projector.set_type_scale(scale)
    projector.show()
    qtbot.waitUntil(lambda: projector.size().width() == size[0])
    steps = [
        (step, language)
        for pack in trial_rt.catalog.packs()
        for language in pack.languages
        for step in pack.steps
        if step.kind is not StepKind.VIDEO
    ]
    assert len(steps) >= 8
    projector.set_join_strip("Deltag: 192.168.100.200:8000 · kode 482 913")
    for step, language in steps:
        projector.show_step(step, language)
        assert_nothing_clipped(qtbot, projector, f"{step.id} ({language})")
        assert projector.size().toTuple() == size  # it did not grow past the screen
    projector.show_join(SAMPLE_JOIN, "Deltag i sessionen")
    assert_nothing_clipped(qtbot, projector, "join")
    assert projector.size().toTuple() == size
    code = projector.join_code
    assert code.isVisible() and code.text() == SAMPLE_JOIN.display_code
    on_screen = code.rect().translated(code.mapTo(projector, code.rect().topLeft()))
    assert projector.rect().contains(on_screen)
    assert code.fontMetrics().horizontalAdvance(code.text()) <= code.contentsRect().width()


# -- helpers -------------------------------------------------------------------------------


def _pixel(image: QImage, x: int, y: int) -> QColor:
    return QColor(image.pixel(x, y))


def _colours_in(image: QImage, label: QLabel) -> set[str]:
    """The colours (#rrggbb) inside ``label`` on a grab of its window."""
    origin = label.mapTo(label.window(), label.rect().topLeft())
    found: set[str] = set()
    for x in range(origin.x(), origin.x() + label.width(), 2):
        for y in range(origin.y(), origin.y() + label.height(), 2):
            found.add(QColor(image.pixel(x, y)).name())
    return found


def test_an_empty_status_line_shows_no_bar(qtbot: QtBot, windows: Windows) -> None:
    w = windows
    w.rt.appearance.set_theme(Theme.HIGH_CONTRAST)
    assert w.window.appearance is not None
    w.window.appearance.apply()
    label = QLabel("", w.window.start_view)
    label.resize(300, 40)
    set_tone(label, Tone.WARNING)
    label.show()
    assert _pixel(label.grab().toImage(), 0, 20) == QColor(HIGH_CONTRAST.window)
    label.setText("Nu er der noget galt")
    assert _pixel(label.grab().toImage(), 0, 20) == QColor(HIGH_CONTRAST.warning)


def test_the_clip_finder_finds_cut_words_and_squeezed_buttons(qtbot: QtBot) -> None:
    """The checks above can fail: a label too narrow for a word, too short for its
    lines, and a button narrower than its text are all reported."""
    from PySide6.QtWidgets import QPushButton, QWidget

    from .text_fit import clipped_texts

    holder = QWidget()
    qtbot.addWidget(holder)
    holder.resize(400, 300)
    word = QLabel("192.168.100.200:8000", holder)
    word.setWordWrap(True)
    word.setGeometry(0, 0, 40, 200)
    lines = QLabel("Et langt afsnit, der må brydes over flere linjer for at kunne ses", holder)
    lines.setWordWrap(True)
    lines.setGeometry(0, 210, 120, 20)
    button = QPushButton("Gennemse og eksportér …", holder)
    button.setGeometry(200, 0, 30, 30)
    fine = QLabel("Kort", holder)
    fine.setGeometry(200, 100, 150, 40)
    holder.show()
    found = clipped_texts(holder)
    assert len(found) == 3, found
    assert any("192.168" in line for line in found)
    assert any("Et langt" in line for line in found)
    assert any("Gennemse" in line for line in found)


def test_the_preview_projector_is_no_window_of_its_own(qtbot: QtBot, windows: Windows) -> None:
    """Code that looks for the projector among the windows must find the real one."""
    projectors = [w for w in QApplication.topLevelWidgets() if isinstance(w, ProjectorWindow)]
    assert projectors == [windows.projector]


def test_every_control_in_udseende_has_an_accessible_name_and_is_reached_by_tab(
    qtbot: QtBot, windows: Windows
) -> None:
    from PySide6.QtWidgets import QRadioButton

    open_settings(qtbot, windows)
    box = windows.window.settings_view.appearance_box
    buttons = box.findChildren(QRadioButton)
    assert len(buttons) == 2 + 4 + 4
    assert all(b.accessibleName() and b.focusPolicy() & Qt.FocusPolicy.TabFocus for b in buttons)
    assert all(b.accessibleDescription() for b in box.projector_buttons.values())
    assert box.slide_preview.accessibleName() and box.join_preview.accessibleName()
    # The choice is made with the keyboard alone: arrows move within a row of choices.
    windows.window.activateWindow()
    box.text_buttons[100].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(box.text_buttons[100].hasFocus)
    qtbot.keyClick(box.text_buttons[100], Qt.Key.Key_Right)
    assert box.text_buttons[125].isChecked() and text_scale() == 125
