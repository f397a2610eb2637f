"""Run a whole class through a real runtime: devices join, answer the poll, write, end.

The services' export, review and CLI tests use it to get a session whose bundle has every
table filled, without a browser. Texts are given per device; the last device leaves its
letter unsent, so the session has a draft at close.
"""

from __future__ import annotations

from collections.abc import Sequence

from belong_desktop.core.classroom import SaveRequest
from belong_desktop.core.records import TrialPlacement
from belong_desktop.services.classroom import Device
from belong_desktop.services.runtime import Runtime
from belong_desktop.services.sessions import NO_KIT

REFLECTIONS = (
    "Jeg var bange for at være den eneste, der ikke forstod noget i første uge.",
    "Det var svært at finde nogen at spise frokost med, men det blev bedre.",
    "Jeg troede alle andre havde styr på det. Det havde de ikke.",
)
LETTERS = (
    "Kære nye studerende. Giv det tid, det bliver bedre. Hilsen Mads",
    "Skriv til mig på mads.jensen@example.com hvis du er i tvivl.",
    "Spørg om hjælp i studiecaféen, det gjorde jeg også.",
)


def run_class(
    rt: Runtime,
    *,
    pack_id: str = "belonging",
    group: str = "DAT1-A",
    reflections: Sequence[str] = REFLECTIONS,
    letters: Sequence[str] = LETTERS,
    placement: TrialPlacement = NO_KIT,
    reason: str | None = None,
    languages: Sequence[str | None] = (),
) -> str:
    """Create, run and end a session; returns its id. Device i writes reflections[i] and
    letters[i]; every device but the last sends its letter (sharing on even devices).
    Device i's student chose the page language languages[i] (none given: the session's)."""
    pack = rt.catalog.resolve(pack_id)
    sid = rt.sessions.create(pack, group, "da", placement=placement, override_reason=reason)
    rt.sessions.start(sid)
    rt.classroom.open(sid)
    count = max(len(reflections), len(letters))
    chosen = [languages[i] if i < len(languages) else None for i in range(count)]
    devices = [enter(rt, sid, language) for language in chosen]

    def go_to(step_id: str) -> None:
        while pack.steps[rt.sessions.flow(sid).step_index or 0].id != step_id:
            rt.sessions.next(sid)

    go_to("poll")
    for i, device in enumerate(devices):
        rt.classroom.save(device, SaveRequest("poll", 1, submit=True, choice=i % 2))
    go_to("reflection")
    for device, text in zip(devices, reflections, strict=False):
        rt.classroom.save(device, SaveRequest("reflection", 1, text=text[:10]))
        rt.classroom.save(device, SaveRequest("reflection", 2, submit=True, text=text))
    go_to("letter")
    for i, (device, text) in enumerate(zip(devices, letters, strict=False)):
        last = i == len(letters) - 1
        rt.classroom.save(
            device, SaveRequest("letter", 1, submit=not last, text=text, share=i % 2 == 0)
        )
    go_to("closing")
    rt.sessions.end(sid)
    return sid


def enter(rt: Runtime, sid: str, language: str | None = None) -> Device:
    """A device joins and its page loads: a participant who counts (as on the page)."""
    token, device = rt.classroom.join(sid, language=language)
    assert rt.classroom.arrive(token) == device
    return device
