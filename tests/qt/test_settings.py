"""Indstillinger: the ministry's kit (read, checked, imported, removed), how long texts
stay after an export, and the export folder; over a real store with the shipped packs."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from belong_desktop.core.kit import recipient_fingerprint
from belong_desktop.server.host import ClassroomHost
from belong_desktop.services.runtime import Runtime

from .conftest import Windows, close_windows, open_windows
from .kit_helpers import TRIAL, write_kit


def click(qtbot: QtBot, widget: object) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def open_settings(qtbot: QtBot, w: Windows) -> None:
    qtbot.mouseClick(w.window.start_view.settings_button, Qt.MouseButton.LeftButton)
    assert w.window.showing_settings()


def test_a_kit_is_shown_with_its_fingerprint_and_imported_only_when_asked(
    qtbot: QtBot, trial_windows: Windows, kit_file: Path, keys: tuple[Path, str]
) -> None:
    w = trial_windows
    view = w.window.settings_view
    open_settings(qtbot, w)
    assert view.no_kit.isVisible() and not view.current.isVisible()

    w.answers.files.append(kit_file)
    click(qtbot, view.choose_button)
    assert view.preview_box.isVisible() and "trial.kit.json" in view.preview_title.text()
    fingerprint = recipient_fingerprint(keys[1])
    card = view.preview
    assert card.fingerprint.text() == fingerprint.replace("-", "  ")  # groups of four
    assert card.fingerprint.font().fixedPitch() or card.fingerprint.font().pointSize() >= 20
    assert "Læs fingeraftrykket op for ministeriet" in card.read_aloud.text()
    assert TRIAL in card.trial.text()
    assert card.packs.text().splitlines() == [
        "behandling: belonging 1.0.0",
        "kontrol: control 1.0.0",
    ]
    assert card.groups.text().startswith("3 hold på 2 institutioner")
    assert "DTU: 2" in card.groups.text() and "Københavns Universitet: 1" in card.groups.text()
    assert w.rt.kits.current() is None  # read and shown, not imported

    click(qtbot, view.import_button)
    kit = w.rt.kits.current()
    assert kit is not None and kit.fingerprint == fingerprint
    assert not view.preview_box.isVisible()
    assert view.current.isVisible() and view.current.fingerprint.text() == card.fingerprint.text()
    assert "indlæst" in view.kit_status.text() and view.remove_button.isVisible()
    # The start screen follows at once: the kit's groups are offered.
    assert w.window.start_view.kit() == kit
    assert TRIAL in w.window.start_view.arm_note.text()

    qtbot.keyClick(w.window, Qt.Key.Key_Escape)  # Esc (or the button) leads back
    assert not w.window.showing_settings()


def test_a_bad_kit_file_lists_every_problem_and_the_kit_in_use_stays(
    qtbot: QtBot, trial_windows: Windows, kit_file: Path, tmp_path: Path
) -> None:
    w = trial_windows
    kit = w.rt.kits.import_kit(kit_file)
    view = w.window.settings_view
    open_settings(qtbot, w)

    broken = json.loads(kit_file.read_text(encoding="utf-8"))
    last = broken["recipient"][-1]
    broken["recipient"] = broken["recipient"][:-1] + ("q" if last != "q" else "p")  # one changed
    broken["groups"][1]["arm"] = "placebo"
    del broken["packs"]["control"]
    bad = tmp_path / "changed.kit.json"
    bad.write_text(json.dumps(broken), encoding="utf-8")
    w.answers.files.append(bad)
    click(qtbot, view.choose_button)
    said = view.problem.text()
    assert said.startswith("Filen kan ikke bruges som kit fra ministeriet.")
    assert "Kittet, der er i brug, er uændret." in said
    assert said.count("•") == 3  # every problem, one per line
    assert "placebo" in said and "control" in said
    assert not view.preview_box.isVisible()
    assert w.rt.kits.current() == kit

    not_json = tmp_path / "notes.txt"
    not_json.write_text("Husk at købe mælk\n", encoding="utf-8")
    w.answers.files.append(not_json)
    click(qtbot, view.choose_button)
    assert view.problem.text().startswith("Filen er ikke et kit fra ministeriet")
    assert "•" not in view.problem.text()  # one reason, said once

    gone = tmp_path / "moved.kit.json"  # chosen, then moved away before it was read
    w.answers.files.append(gone)
    click(qtbot, view.choose_button)
    assert "cannot read" in view.problem.text() and str(gone) in view.problem.text()
    assert w.rt.kits.current() == kit

    w.answers.files.append(None)  # the file dialog cancelled: nothing changes
    click(qtbot, view.choose_button)
    assert w.rt.kits.current() == kit


def test_a_kit_for_a_pack_this_laptop_lacks_is_shown_but_cannot_be_imported(
    qtbot: QtBot, trial_windows: Windows, keys: tuple[Path, str], tmp_path: Path
) -> None:
    w = trial_windows
    view = w.window.settings_view
    open_settings(qtbot, w)
    w.answers.files.append(write_kit(tmp_path / "new", keys[1], control_version="2.0.0"))
    click(qtbot, view.choose_button)
    assert view.preview_box.isVisible() and not view.import_button.isEnabled()
    assert "kontrol: control 2.0.0 — findes ikke på denne computer" in view.preview.packs.text()
    assert "control 2.0.0" in view.problem.text()
    click(qtbot, view.cancel_button)
    assert not view.preview_box.isVisible() and w.rt.kits.current() is None


def test_removing_the_kit_asks_first(qtbot: QtBot, trial_windows: Windows, kit_file: Path) -> None:
    w = trial_windows
    w.rt.kits.import_kit(kit_file)
    view = w.window.settings_view
    open_settings(qtbot, w)
    assert view.current.isVisible()

    w.answers.confirms.append(False)
    click(qtbot, view.remove_button)
    assert w.answers.asked[-1] == ("risky", "Fjern kit")  # "no" is the default button
    assert w.rt.kits.current() is not None

    w.answers.confirms.append(True)
    click(qtbot, view.remove_button)
    assert w.rt.kits.current() is None
    assert view.no_kit.isVisible() and not view.remove_button.isVisible()
    assert w.window.start_view.kit() is None
    assert w.window.start_view.arm_note.text() == (
        "Intet kit indlæst: du vælger pakken; valget logges."
    )


def test_the_retention_setting_is_stored_as_it_is_chosen(
    qtbot: QtBot, trial_windows: Windows, tmp_path: Path
) -> None:
    w = trial_windows
    view = w.window.settings_view
    open_settings(qtbot, w)
    assert not view.devices_box.isVisible()  # no student page in these windows: no cap
    assert view.keep_radio.isChecked() and not view.days.isEnabled()
    assert view.folder.text() == str(tmp_path / "default-export")

    click(qtbot, view.delete_radio)
    assert view.days.isEnabled() and w.rt.exports.retention_days() == 30
    view.days.setValue(14)
    assert w.rt.exports.retention_days() == 14
    assert "14 dage efter eksporten" in view.keep_status.text()

    click(qtbot, view.keep_radio)
    assert w.rt.exports.retention_days() is None
    assert "bliver, til du sletter dem" in view.keep_status.text()

    w.rt.exports.set_retention_days(90)  # stored elsewhere (the command line): shown as stored
    click(qtbot, view.back_button)
    open_settings(qtbot, w)
    assert view.delete_radio.isChecked() and view.days.value() == 90


def type_into(qtbot: QtBot, field: QLineEdit, typed: str) -> None:
    """Select the field's text, type over it and press Enter, as the counsellor does."""
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, typed)
    qtbot.keyClick(field, Qt.Key.Key_Return)


@pytest.fixture
def classroom_windows(
    qtbot: QtBot, trial_rt: Runtime, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Windows]:
    """The windows as the app opens them: with the student page (not started yet)."""
    monkeypatch.setenv("BELONG_VIDEO_BACKEND", "qt")
    made = open_windows(trial_rt, ClassroomHost(trial_rt.classroom))
    yield made
    close_windows(made)


def test_the_device_cap_is_stored_as_typed_and_broken_input_changes_nothing(
    qtbot: QtBot, classroom_windows: Windows
) -> None:
    w = classroom_windows
    view = w.window.settings_view
    field = view.max_devices
    open_settings(qtbot, w)
    assert view.devices_box.isVisible()
    assert field.text() == "500" and not view.devices_status.isVisible()

    type_into(qtbot, field, "800")
    assert w.rt.classroom.max_devices() == 800
    assert "højst 800 enheder" in view.devices_status.text()
    assert "næste gang" in view.devices_status.text()

    for bad in ("0", "-1", "abc", "1000000000", "12.5", " "):
        type_into(qtbot, field, bad)
        assert view.devices_status.text() == "Vælg mellem 10 og 2000 enheder pr. session.", bad
        assert w.rt.classroom.max_devices() == 800, bad
        assert field.text() == "800", bad  # the field shows what is stored
    type_into(qtbot, field, "1200")
    assert w.rt.classroom.max_devices() == 1200

    w.rt.classroom.set_max_devices(650)  # stored elsewhere (the command line): shown
    click(qtbot, view.back_button)
    open_settings(qtbot, w)
    assert field.text() == "650"
