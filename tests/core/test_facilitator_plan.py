"""The facilitator script's plan: the running clock, the checklist and the language rules.

Pure core (runs in the Qt-free venv): the clock adds whole steps' seconds from 0:00 and
ends at the pack's total; the checklist follows what the pack does (sound only with
videos, writing only with writing steps); a language the pack lacks is refused with the
same code a session start uses; frame words fall back to English for other languages.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from belong_desktop.core.errors import InvalidInput
from belong_desktop.core.facilitator_plan import (
    Check,
    checklist,
    frame_language,
    running_clock,
    script_language,
)
from belong_desktop.core.pack_loader import load_pack
from belong_desktop.core.packs import Pack

if TYPE_CHECKING:
    from conftest import PackBuilder

SHIPPED = Path(__file__).resolve().parents[2] / "assets" / "packs"


def test_running_clock_of_the_shipped_pack() -> None:
    pack = load_pack(SHIPPED / "belonging")
    planned = running_clock(pack)
    assert [p.number for p in planned] == list(range(1, len(pack.steps) + 1))
    assert [p.step.id for p in planned] == [s.id for s in pack.steps]
    # welcome 4, intro 2, three videos of 1.5, after 3, poll 5, reflection 12, letter 18, closing 4
    assert [p.start_clock for p in planned] == [
        "0:00", "4:00", "6:00", "7:30", "9:00", "10:30", "13:30", "18:30", "30:30", "48:30",
    ]  # fmt: skip
    assert planned[2].clock == "6:00–7:30"
    assert planned[-1].end == pack.total_minutes * 60
    assert planned[-1].end_clock == "52:30"


def test_each_step_starts_where_the_last_ended(
    plan_factory: Callable[[Sequence[float]], Pack],
) -> None:
    planned = running_clock(plan_factory([0.25, 1.5, 2.75, 10, 0.5]))
    assert all(a.end == b.start for a, b in itertools.pairwise(planned))
    assert [p.clock for p in planned] == [
        "0:00–0:15", "0:15–1:45", "1:45–4:30", "4:30–14:30", "14:30–15:00",
    ]  # fmt: skip


def test_forty_steps_end_at_the_total(plan_factory: Callable[[Sequence[float]], Pack]) -> None:
    planned = running_clock(plan_factory([1.5] * 40))
    assert len(planned) == 40
    assert planned[-1].clock == "58:30–60:00"


def test_checklist_follows_the_pack(pack: PackBuilder) -> None:
    full = checklist(pack.load())
    assert [i.check for i in full] == [
        Check.ROOM, Check.PROJECTOR, Check.SOUND, Check.NETWORK, Check.JOIN_SLIDE,
        Check.DEVICES, Check.WRITING, Check.SUPPORT,
    ]  # fmt: skip
    assert full[2].video == "x.mp4"  # sound is tested with the first video
    pack.data["steps"] = [s for s in pack.step if s["kind"] in ("message", "poll")]
    bare = [i.check for i in checklist(pack.load())]
    assert Check.SOUND not in bare and Check.WRITING not in bare and Check.SUPPORT not in bare
    assert {Check.PROJECTOR, Check.NETWORK, Check.JOIN_SLIDE, Check.DEVICES} <= set(bare)


def test_a_language_the_pack_lacks_is_refused(pack: PackBuilder) -> None:
    loaded = pack.load()
    assert script_language(loaded, "en") == "en"
    with pytest.raises(InvalidInput) as info:
        script_language(loaded, "sv")
    assert info.value.code == "language_missing"
    assert info.value.params == {"language": "sv", "languages": "da, en"}
    assert "has no language 'sv'" in str(info.value)


def test_frame_words_fall_back_to_english() -> None:
    assert frame_language("da") == "da"
    assert frame_language("en") == "en"
    assert frame_language("da-DK") == "da"
    assert frame_language("nb") == "nb"
    assert frame_language("nl-NL") == "nl"
    assert frame_language("sv") == "en"
    assert frame_language("de") == "en"
