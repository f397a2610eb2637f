"""The session report, built from real sessions on a real runtime and read back as a reader
gets it (poppler): the figures match the database (counted with plain SQL), the chart and
the table are there, poll results only from the pack's minimum, no student text anywhere,
æøå intact in the notes, nothing outside the page; an empty session, one ended early, one
with 40 long notes and one without a video log all make correct documents."""

from __future__ import annotations

import re
import sqlite3
import subprocess
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from belong_desktop.core.classroom import SaveRequest
from belong_desktop.core.session import VideoOutcome
from belong_desktop.services.reports import pdf
from belong_desktop.services.reports.session_report import SessionReports
from belong_desktop.services.runtime import Runtime, open_runtime
from belong_desktop.services.sessions import SessionNotFound
from tests import pdf_support as read
from tests.class_factory import enter

PACKS = Path(__file__).resolve().parents[3] / "assets" / "packs"
SECRET = ("Zyxwvalgrim", "Quorpelfund", "Blixtromant")  # words only a student wrote
NOTE = "Lyden svigtede ved første video; vi så den igen – »Æbleskiver« på bordet & <b>ro</b>"
ORDER = ("video-1", "video-2", "video-3", "poll", "reflection", "letter", "closing")


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 30, 9, 0, 7, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=13)
        return self.now


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    return tmp_path / "data" / "belong.sqlite3"


@pytest.fixture
def rt(db_file: Path) -> Iterator[Runtime]:
    with open_runtime(db_file, [PACKS], clock=Clock()) as runtime:
        yield runtime


def run(
    rt: Runtime,
    *,
    devices: int = 6,
    stop_after: str = "closing",
    notes: Sequence[str] = (NOTE,),
    videos: bool = True,
) -> str:
    """A class on the belonging pack: devices join, videos play (the second one is
    stopped), everyone answers the poll and writes; the last device never sends its
    letter. Stops (ends) after ``stop_after``."""
    pack = rt.catalog.resolve("belonging")
    sid = rt.sessions.create(pack, "DAT1-A", "da")
    rt.sessions.start(sid)
    rt.classroom.open(sid)
    phones = [enter(rt, sid) for _ in range(devices)]
    for text in notes:
        rt.sessions.add_note(sid, text)
    for step_id in ORDER:
        while pack.steps[rt.sessions.flow(sid).step_index or 0].id != step_id:
            rt.sessions.next(sid)
        if step_id.startswith("video") and videos:
            if step_id == "video-2":
                rt.sessions.record_video(sid, VideoOutcome.STOPPED, 21.4)
            else:
                rt.sessions.record_video(sid, VideoOutcome.FINISHED, 45.0)
        elif step_id == "poll":
            for i, phone in enumerate(phones):
                rt.classroom.save(phone, SaveRequest("poll", 1, submit=True, choice=i % 3))
        elif step_id in ("reflection", "letter"):
            for i, phone in enumerate(phones):
                last = step_id == "letter" and i == len(phones) - 1
                words = f"{SECRET[i % 3]} skrev dette om sin første uge, {step_id} {i}"
                rt.classroom.save(phone, SaveRequest(step_id, 1, text=words, submit=not last))
        if step_id == stop_after:
            break
    rt.sessions.end(sid)
    return sid


def report(rt: Runtime, sid: str, out: Path, language: str = "da") -> Path:
    return SessionReports(rt.sessions, rt.exports).write(sid, out, language)


def flat(path: Path) -> str:
    return " ".join(read.text(path).split())


def layout_lines(path: Path) -> list[str]:
    """The text with the page's columns kept apart (a table row on one line)."""
    done = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return [" ".join(line.split()) for line in done.stdout.splitlines()]


def sql(db_file: Path, query: str, *args: object) -> int:
    with sqlite3.connect(db_file) as db:
        return int(db.execute(query, args).fetchone()[0])


def assert_on_the_page(path: Path) -> None:
    outside = [w for w in read.words(path) if w.outside(margin=10)]
    assert outside == []


def test_a_whole_class(rt: Runtime, db_file: Path, tmp_path: Path) -> None:
    sid = run(rt)
    out = report(rt, sid, tmp_path / "rapport.pdf")
    text = flat(out)

    devices = sql(db_file, "select count(*) from participants where session_id = ?", sid)
    sent = {
        step: sql(
            db_file,
            "select count(*) from answers where session_id = ? and step_id = ? "
            "and status = 'submitted'",
            sid,
            step,
        )
        for step in ("reflection", "letter")
    }
    unsent = sql(
        db_file,
        "select count(*) from answers where session_id = ? and step_id = 'letter' "
        "and status = 'draft_at_close'",
        sid,
    )
    assert (devices, sent["reflection"], sent["letter"], unsent) == (6, 6, 5, 1)
    assert f"Enheder med {devices}" in text
    assert f"{devices} enheder var med" in text
    lines = layout_lines(out)
    assert any(re.search(rf"Refleksion\b.*\b{sent['reflection']} 0$", li) for li in lines), lines
    assert any(re.search(rf"Brev\b.*\b{sent['letter']} {unsent}$", li) for li in lines), lines

    # the chart (legend) and the table with the same figures, and the totals
    assert "Tid pr. trin: plan og faktisk" in text
    assert "Plan Faktisk" in text  # the chart's legend
    assert "Plan (min) Faktisk (min) Forskel (min)" in text
    total = next(li for li in lines if li.startswith("I alt "))
    assert total.startswith("I alt 52,5 ")  # the pack plans 52.5 minutes
    assert "Alle trin blev vist." in text and "ikke nået" not in text

    # the poll: 6 answers, minimum 5: the numbers are printed (2 + 2 + 2 over 5 options)
    assert "33 %" in text and "6 svar i alt." in text
    assert "Resultater vises kun fra 5 svar" in text
    # videos: played to the end yes/no and how far
    assert sum(li.endswith("ja 0:45 1") for li in lines) == 2
    assert sum(li.endswith("nej 0:21 1") for li in lines) == 1
    # the counsellor's note exactly as typed (æøå, quotes, markup characters)
    assert NOTE in text
    assert "Sessionen er ikke eksporteret" in text

    for word in SECRET:
        assert word not in text
        assert word.encode() not in out.read_bytes()
    assert "første uge" not in text
    assert_on_the_page(out)
    info = read.info(out)
    assert info["Title"].startswith("Sessionsrapport – DAT1-A – ")
    assert read.catalog_language(out) == "da"
    assert all(f.embedded for f in read.fonts(out))


def test_in_english(rt: Runtime, tmp_path: Path) -> None:
    sid = run(rt)
    out = report(rt, sid, tmp_path / "report.pdf", language="en")
    text = flat(out)
    assert "Session report" in text and "Planned (min) Actual (min) Difference (min)" in text
    assert any(li.startswith("Total 52.5 ") for li in layout_lines(out))
    assert "33%" in text
    assert read.catalog_language(out) == "en"
    assert read.info(out)["Title"].startswith("Session report – DAT1-A – ")


@pytest.mark.parametrize(
    ("language", "title", "total"),
    [("nb", "Øktrapport", "Totalt 52,5 "), ("nl", "Sessierapport", "Totaal 52,5 ")],
)
def test_in_norwegian_and_dutch(
    rt: Runtime, tmp_path: Path, language: str, title: str, total: str
) -> None:
    """The catalogue's languages: its words, the language's numbers, nothing left over."""
    sid = run(rt)
    out = report(rt, sid, tmp_path / "report.pdf", language=language)
    text = flat(out)
    assert title in text and read.info(out)["Title"].startswith(f"{title} – DAT1-A – ")
    assert any(li.startswith(total) for li in layout_lines(out)), layout_lines(out)
    assert "{" not in text and "Sessionsrapport" not in text
    assert read.catalog_language(out) == language
    assert_on_the_page(out)


def test_poll_numbers_are_kept_back_below_the_minimum(rt: Runtime, tmp_path: Path) -> None:
    sid = run(rt, devices=4)  # 4 answers, the pack's minimum is 5
    out = report(rt, sid, tmp_path / "r.pdf")
    text = flat(out)
    assert "færre end 5 – vises ikke" in text
    assert "svar i alt" not in text and "%" not in text
    assert "Svarmulighed" not in text


def test_an_empty_session(rt: Runtime, tmp_path: Path) -> None:
    pack = rt.catalog.resolve("belonging")
    sid = rt.sessions.create(pack, "TOM-1", "da")
    rt.sessions.start(sid)
    rt.sessions.end(sid)
    out = report(rt, sid, tmp_path / "tom.pdf")
    text = flat(out)
    assert "Enheder med 0" in text and "0 enheder var med" in text
    assert "Sessionen blev afsluttet før sidste trin: 9 trin blev ikke nået." in text
    assert text.count("ikke nået") == 1 + 2 * 9  # the sentence, then 2 cells a step
    assert "færre end 5 – vises ikke" in text
    assert "Der er ingen noter." in text
    assert "ikke logget" in text  # no video was played: no log, not "no"
    assert_on_the_page(out)


def test_a_session_ended_early(rt: Runtime, tmp_path: Path) -> None:
    sid = run(rt, stop_after="video-2")
    out = report(rt, sid, tmp_path / "kort.pdf")
    text = flat(out)
    assert "Sessionen blev afsluttet før sidste trin: 6 trin blev ikke nået." in text
    lines = layout_lines(out)
    for headline_part in ("Afstemning", "Refleksion", "Brev", "Afslutning"):
        assert any(
            headline_part in li and li.rstrip().endswith("ikke nået ikke nået") for li in lines
        ), headline_part
    assert "ikke logget" in text  # video-3 never shown
    assert_on_the_page(out)


def test_forty_long_notes_break_across_pages(rt: Runtime, tmp_path: Path) -> None:
    long_note = "Æ ø å – afvigelse: " + " ".join(["eleverne arbejdede videre i grupper"] * 50)
    notes = [f"Note {n}: {long_note}"[:2000] for n in range(1, 41)]
    sid = run(rt, notes=notes)
    out = report(rt, sid, tmp_path / "noter.pdf")
    assert read.pages(out) >= 8
    text = flat(out)
    for n in (1, 20, 40):
        assert f"Note {n}: Æ ø å – afvigelse" in text
    pages = read.page_texts(out)
    assert f"Side {len(pages)} af {len(pages)}" in pages[-1]
    assert_on_the_page(out)


def test_no_video_plays_at_all(rt: Runtime, tmp_path: Path) -> None:
    sid = run(rt, videos=False)
    out = report(rt, sid, tmp_path / "r.pdf")
    text = flat(out)
    assert text.count("ikke logget") == 3
    assert "Alle trin blev vist." in text


def test_after_export_and_deleting_texts(rt: Runtime, tmp_path: Path) -> None:
    from belong_desktop.services import crypto

    sid = run(rt)
    for item in rt.review.items(sid):
        for flag in item.flags:
            rt.review.dismiss(sid, item.answer_id, flag)
    _, recipient = crypto.generate_identity()
    rt.exports.export(sid, tmp_path, recipient)
    rt.exports.delete_texts(sid)
    text = flat(report(rt, sid, tmp_path / "r.pdf"))
    assert "Eksporteret til ministeriet 1 gang(e)" in text
    assert "Elevernes tekster blev slettet fra computeren" in text
    assert "6 enheder var med" in text  # the counts stay when the texts are gone


def test_clear_refusals(rt: Runtime, tmp_path: Path) -> None:
    reports = SessionReports(rt.sessions, rt.exports)
    with pytest.raises(SessionNotFound):
        reports.write("no-such-session", tmp_path / "r.pdf")
    pack = rt.catalog.resolve("belonging")
    never = rt.sessions.create(pack, "X-1", "da")
    with pytest.raises(pdf.ReportError) as refused:
        reports.write(never, tmp_path / "r.pdf")
    assert refused.value.code == "report_not_started"
    sid = run(rt, devices=1)
    with pytest.raises(pdf.ReportError) as refused:
        reports.write(sid, tmp_path / "missing" / "r.pdf")
    assert refused.value.code == "out_folder_missing"
    with pytest.raises(pdf.ReportError) as refused:
        reports.write(sid, tmp_path)
    assert refused.value.code == "out_is_folder"
    with pytest.raises(pdf.ReportError) as refused:
        reports.write(sid, Path("/proc/rapport.pdf"))  # nobody creates files there
    assert refused.value.code == "report_write_failed"
    assert refused.value.params["file"] == "/proc/rapport.pdf"
    with pytest.raises(pdf.ReportError) as refused:
        reports.write(sid, tmp_path / "r.pdf", language="fr")
    assert refused.value.code == "report_language"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]  # nothing half written


def test_a_session_still_running_says_its_times_run_until_now(rt: Runtime, tmp_path: Path) -> None:
    pack = rt.catalog.resolve("belonging")
    sid = rt.sessions.create(pack, "DAT1-A", "da")
    rt.sessions.start(sid)
    rt.sessions.next(sid)
    text = flat(report(rt, sid, tmp_path / "r.pdf"))
    assert "Sessionen er ikke afsluttet; tiderne gælder indtil nu." in text
    assert "8 trin er ikke nået endnu." in text and "blev afsluttet" not in text
