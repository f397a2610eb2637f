"""The start screen's "Udskriv drejebog …": the chosen pack and language, saved as a PDF
off the GUI thread through the injected save dialog; cancelling writes nothing; a pack
broken since the list was filled, or a folder that is not there, is told in the
counsellor's words and the window goes on. Real windows over a real runtime and packs.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from belong_desktop import paths
from belong_desktop.services.runtime import Runtime, open_runtime
from tests import pdf_support as read

from .conftest import Windows, close_windows, open_windows

WAIT_MS = 30_000


@pytest.fixture
def shipped(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Windows]:
    """The windows over the two shipped packs."""
    monkeypatch.setenv("BELONG_VIDEO_BACKEND", "qt")
    rt: Runtime
    with open_runtime(tmp_path / "data" / "belong.sqlite3", [paths.builtin_packs_dir()]) as rt:
        made = open_windows(rt)
        yield made
        close_windows(made)


def choose(w: Windows, pack_id: str, language: str) -> None:
    view = w.window.start_view
    index = next(i for i in range(view.pack.count()) if f"({pack_id} " in view.pack.itemText(i))
    view.pack.setCurrentIndex(index)
    view.language.setCurrentIndex(view.language.findData(language))


def test_the_script_of_the_chosen_pack_and_language(
    qtbot: QtBot, shipped: Windows, tmp_path: Path
) -> None:
    w = shipped
    choose(w, "control", "en")
    w.answers.saves.append(tmp_path / "drejebog")  # no suffix typed: .pdf is added
    with qtbot.waitSignal(w.window.script.sig_saved, timeout=WAIT_MS) as saved:
        w.window.start_view.script_button.click()
    out = tmp_path / "drejebog.pdf"
    assert saved.args == [str(out)]
    assert w.answers.asked == [("save", "Gem drejebogen")]
    assert w.answers.suggested[0].name == "Drejebog control en.pdf"
    text = read.text(out)
    assert "Step by step" in text and "control, version 1.0.0" in text
    assert read.catalog_language(out) == "en"
    assert "Drejebogen er gemt" in w.window.statusBar().currentMessage()
    # Danish next, from the same screen.
    choose(w, "belonging", "da")
    w.answers.saves.append(tmp_path / "da.pdf")
    with qtbot.waitSignal(w.window.script.sig_saved, timeout=WAIT_MS):
        w.window.start_view.script_button.click()
    assert "Trin for trin" in read.text(tmp_path / "da.pdf")
    assert w.answers.told == []


def test_cancelling_the_save_dialog_writes_nothing(shipped: Windows, tmp_path: Path) -> None:
    shipped.answers.saves.append(None)
    shipped.window.start_view.script_button.click()
    assert shipped.answers.asked == [("save", "Gem drejebogen")]
    assert not shipped.window.tasks.busy() and not shipped.window.script.running
    assert not any(tmp_path.glob("*.pdf"))


def test_refusals_are_told(qtbot: QtBot, windows: Windows, pack_dir: Path, tmp_path: Path) -> None:
    w = windows
    # A folder that is not there.
    w.answers.saves.append(tmp_path / "missing" / "x.pdf")
    w.window.start_view.script_button.click()
    qtbot.waitUntil(lambda: bool(w.answers.told), timeout=WAIT_MS)
    assert w.answers.asked[-1] == ("tell", "Drejebogen blev ikke gemt")
    assert "findes ikke" in w.answers.told[-1]
    # The pack broken after the list was filled: it is read afresh, and refused.
    (pack_dir / "pack.toml").write_text('id = "qt-pack"\nsteps = [\n', encoding="utf-8")
    w.answers.saves.append(tmp_path / "y.pdf")
    w.window.start_view.script_button.click()
    qtbot.waitUntil(lambda: len(w.answers.told) == 2, timeout=WAIT_MS)
    assert "kan ikke bruges" in w.answers.told[-1]
    assert not (tmp_path / "y.pdf").exists() and not w.window.script.running
