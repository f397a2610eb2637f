"""`settings show` and `settings max-devices`, run as a counsellor runs them.

The device cap is stored with the other settings; a value out of bounds or not a number
is one clear line (exit 1) and the stored cap stays as it was.
"""

from __future__ import annotations

from .conftest import Cli


def test_the_device_cap_round_trip(cli: Cli) -> None:
    shown = cli("settings", "show").assert_ok().stdout
    assert "max-devices  500" in shown and "retention" in shown
    assert "at most 500 devices" in cli("settings", "max-devices").assert_ok().stdout
    said = cli("settings", "max-devices", "800").assert_ok().stdout
    assert "at most 800 devices" in said and "next time" in said
    assert cli("settings", "show", "--json").assert_ok().json_lines() == [
        {"max_devices": 800, "retention_days": None}
    ]
    cli("session", "retention", "30").assert_ok()
    assert cli("settings", "show", "--json").json_lines()[0]["retention_days"] == 30


BROKEN_CAPS = ("0", "-1", "abc", "1000000000", "9", "2001", "12.5", "")


def test_a_broken_device_cap_is_refused_and_changes_nothing(cli: Cli) -> None:
    cli("settings", "max-devices", "40").assert_ok()
    refusals = cli.many(*[("settings", "max-devices", bad) for bad in BROKEN_CAPS])
    for bad, refused in zip(BROKEN_CAPS, refusals, strict=True):
        assert refused.args[-1] == bad
        refused.assert_clean_error("10 to 2000")
    assert "at most 40 devices" in cli("settings", "max-devices").assert_ok().stdout


def test_settings_needs_an_action(cli: Cli) -> None:
    result = cli("settings")
    assert result.returncode == 2 and "ACTION" in result.stderr
