"""Small shared rules: how times read, the headline of a step, and the error model."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from belong_desktop.core.errors import BelongError, InvalidInput
from belong_desktop.core.packs import Localized, Step, StepKind
from belong_desktop.core.session import IllegalTransition, check_group_code
from belong_desktop.core.timefmt import local_stamp, mmss


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [(0, "0:00"), (0.4, "0:00"), (59.6, "1:00"), (125.4, "2:05"), (3600, "60:00"), (-8, "0:00")],
)
def test_mmss(seconds: float, shown: str) -> None:
    assert mmss(seconds) == shown


def test_local_stamp_uses_the_laptops_time_zone() -> None:
    when = datetime(2026, 9, 1, 9, 30, tzinfo=UTC)
    assert local_stamp(when) == when.astimezone().strftime("%Y-%m-%d %H:%M")
    other = when.astimezone(timezone(timedelta(hours=5)))
    assert local_stamp(other) == local_stamp(when)  # the same moment reads the same
    assert local_stamp(None) == "-"
    assert local_stamp(None, "") == ""


def _step(projector: str) -> Step:
    text = Localized({"da": projector, "en": "In English\nmore"})
    return Step("s", StepKind.MESSAGE, 1.0, text, text, text)


def test_a_steps_headline_is_the_first_line_of_its_projector_text() -> None:
    step = _step("Velkommen\nI dag taler vi om\nat starte på studiet")
    assert step.headline("da") == "Velkommen"
    assert step.slide("da") == ("Velkommen", "I dag taler vi om\nat starte på studiet")
    assert step.slide("en") == ("In English", "more")
    assert _step("Kun én linje").slide("da") == ("Kun én linje", "")


def test_errors_carry_a_stable_code_and_their_params() -> None:
    with pytest.raises(InvalidInput) as caught:
        check_group_code("<script>")
    error = caught.value
    assert isinstance(error, BelongError)
    assert error.code == "bad_group_code"
    assert error.params == {"group": "<script>"}
    assert "group code" in error.message

    plain = IllegalTransition("nope")
    assert plain.code == "illegal_transition" and plain.params == {}
    assert BelongError("x").code == "error"
