"""The windows' language as a stored setting: kept across a restart, refused when the
windows do not come in it, and a stored value this version does not know reads as Danish.
Real SQLite file, real writer thread."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from belong_desktop.core.errors import BelongError
from belong_desktop.services.preferences import GUI_LANGUAGE_KEY
from belong_desktop.services.runtime import open_runtime

PACKS = Path(__file__).resolve().parents[2] / "assets" / "packs"


def test_the_language_is_danish_until_chosen_and_kept_across_a_restart(tmp_path: Path) -> None:
    database = tmp_path / "data" / "belong.sqlite3"
    with open_runtime(database, [PACKS]) as rt:
        assert rt.preferences.gui_language() == "da"
        assert rt.preferences.set_gui_language("nb") == "nb"
        assert rt.preferences.gui_language() == "nb"
    with open_runtime(database, [PACKS]) as rt:
        assert rt.preferences.gui_language() == "nb"


@pytest.mark.parametrize("bad", ["", "sv", "DA", "da ", "en-GB", "'; DROP TABLE settings;--"])
def test_a_language_the_windows_lack_is_refused_and_nothing_changes(
    tmp_path: Path, bad: str
) -> None:
    with open_runtime(tmp_path / "belong.sqlite3", [PACKS]) as rt:
        rt.preferences.set_gui_language("nl")
        with pytest.raises(BelongError) as refused:
            rt.preferences.set_gui_language(bad)
        assert refused.value.code == "bad_gui_language"
        assert refused.value.params["languages"] == "da, en, nb, nl"
        assert rt.preferences.gui_language() == "nl"


def test_a_stored_language_this_version_does_not_know_reads_as_danish(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    database = tmp_path / "belong.sqlite3"
    with open_runtime(database, [PACKS]) as rt:
        rt.preferences.set_gui_language("en")
    with sqlite3.connect(database) as con:  # as a newer version might have left it
        con.execute("UPDATE settings SET value = 'sv' WHERE key = ?", (GUI_LANGUAGE_KEY,))
    with open_runtime(database, [PACKS]) as rt:
        assert rt.preferences.gui_language() == "da"
    assert "GUI language is not known" in caplog.text
