"""The appearance settings over a real SQLite file: stored, read back after reopening,
refused when out of bounds (nothing changes), and a stored value this version does not
know reads as the default."""

from __future__ import annotations

from pathlib import Path

import pytest

from belong_desktop.core.appearance import Appearance, Theme
from belong_desktop.core.errors import InvalidInput
from belong_desktop.services.appearance import PROJECTOR_SCALE_KEY, TEXT_SCALE_KEY, THEME_KEY
from belong_desktop.services.runtime import Runtime, open_runtime
from belong_desktop.store import settings_repo


def test_settings_are_stored_and_outlive_a_restart(db_file: Path, packs_dir: Path) -> None:
    with open_runtime(db_file, [packs_dir]) as rt:
        assert rt.appearance.current() == Appearance()
        assert rt.appearance.set_theme("high_contrast") is Theme.HIGH_CONTRAST
        assert rt.appearance.set_text_scale(150) == 150
        assert rt.appearance.set_projector_scale(125) == 125
    with open_runtime(db_file, [packs_dir]) as again:
        assert again.appearance.current() == Appearance(Theme.HIGH_CONTRAST, 150, 125)


@pytest.mark.parametrize(
    ("setter", "value"),
    [("set_theme", "neon"), ("set_text_scale", 300), ("set_projector_scale", "big")],
)
def test_a_value_out_of_bounds_is_refused_and_nothing_changes(
    runtime: Runtime, setter: str, value: object
) -> None:
    runtime.appearance.set_theme("high_contrast")
    runtime.appearance.set_text_scale(125)
    runtime.appearance.set_projector_scale(75)
    before = runtime.appearance.current()
    with pytest.raises(InvalidInput) as refused:
        getattr(runtime.appearance, setter)(value)
    assert refused.value.code == "bad_appearance"
    assert runtime.appearance.current() == before


def test_a_stored_value_this_version_does_not_know_reads_as_the_default(
    runtime: Runtime, caplog: pytest.LogCaptureFixture
) -> None:
    with runtime.db.write.begin() as db:
        settings_repo.put_setting(db, THEME_KEY, "sepia")
        settings_repo.put_setting(db, TEXT_SCALE_KEY, "1e9")
        settings_repo.put_setting(db, PROJECTOR_SCALE_KEY, "80")
    assert runtime.appearance.current() == Appearance()
    assert "theme setting is not usable" in caplog.text
    assert "projector_scale setting is not usable" in caplog.text
