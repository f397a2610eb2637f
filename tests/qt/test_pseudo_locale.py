"""The control window in the pseudo-locale: every word from the catalogue, nothing clipped.

``tools/translations.py pseudo`` makes a catalogue in which every string of the code is
bracketed, accented and 40 % longer (``[Stårt šéššîõñ ~~~~~]``). With it installed, the
real windows are opened on a small laptop's screen (1366×768) and each screen is read the
way a counsellor sees it: a visible text without the pseudo marks is a string that did
not go through the catalogue, or one glued together from pieces (a translator cannot
reorder those); a label or button narrower than its text cuts a translation off.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from belong_desktop import paths
from belong_desktop.services.runtime import Runtime
from tests.qt.conftest import close_windows, open_windows

ROOT = Path(__file__).resolve().parents[2]
#: Text with no letters to translate: numbers, clocks, codes, symbols.
NO_WORDS = re.compile(r"^[\W\d_]*$")


def load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "translations_tool", ROOT / "tools" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    built: Path = load_tool().build_pseudo(tmp_path_factory.mktemp("pseudo"))
    return built


@pytest.fixture
def pseudo(qapp: QApplication, pseudo_qm: Path) -> Iterator[QTranslator]:
    translator = QTranslator()
    assert translator.load(str(pseudo_qm))
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def shown_texts(root: QWidget) -> list[tuple[QWidget, str]]:
    found: list[tuple[QWidget, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            found.append((widget, widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append((widget, widget.title()))
        elif isinstance(widget, QLineEdit) and not widget.text():
            found.append((widget, widget.placeholderText()))
    return [(w, t) for w, t in found if t and not NO_WORDS.match(t)]


def unmarked(root: QWidget, data: set[str]) -> list[str]:
    """Visible texts with words but without the pseudo-locale's marks (or data)."""
    return sorted(
        {
            f"{type(w).__name__} {w.objectName()!r}: {t!r}"
            for w, t in shown_texts(root)
            if "[" not in t and "~" not in t and not any(d and d in t for d in data)
        }
    )


def clipped(root: QWidget) -> list[str]:
    """Single-line labels and buttons narrower than the text they were given."""
    out = []
    for widget, text in shown_texts(root):
        if isinstance(widget, QLabel) and not widget.wordWrap() and "<" not in text:
            widest = max(widget.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
            if widest > widget.contentsRect().width() + 1:
                out.append(f"QLabel {text!r}: {widest} > {widget.contentsRect().width()} px")
        elif isinstance(widget, QAbstractButton) and widget.width() + 1 < widget.sizeHint().width():
            need = widget.sizeHint().width()
            out.append(f"{type(widget).__name__} {text!r}: {widget.width()} < {need} px")
    return out


def test_every_screen_speaks_the_catalogue_and_fits(
    qtbot: QtBot, runtime: Runtime, pseudo: QTranslator, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BELONG_VIDEO_BACKEND", "qt")
    windows = open_windows(runtime)
    try:
        window = windows.window
        window.resize(1366, 768)
        pack = runtime.catalog.packs()[0]
        data = {pack.title.get(lang) for lang in pack.languages} | {pack.id, "DAT1-A"}
        data |= {str(paths.export_dir())}  # a folder on this computer: data, not words
        problems: dict[str, list[str]] = {}
        qtbot.waitExposed(window)
        problems["start"] = unmarked(window, data) + clipped(window)
        window.show_settings()
        qtbot.waitUntil(window.showing_settings)
        problems["settings"] = unmarked(window, data) + clipped(window)
        window.start_new(pack.id, "DAT1-A", pack.languages[0])
        qtbot.waitUntil(lambda: window.run_view.isVisible())
        problems["run"] = unmarked(window, data) + clipped(window)
        problems["projector"] = unmarked(windows.projector, data) + clipped(windows.projector)
        assert {k: v for k, v in problems.items() if v} == {}
    finally:
        close_windows(windows)
