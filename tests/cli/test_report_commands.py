"""`report session`, run as a counsellor runs it: a real process over a real data folder,
the PDF read back with poppler, and clear one-line refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from belong_desktop import paths
from belong_desktop.services.runtime import open_runtime
from tests import pdf_support as read
from tests.class_factory import LETTERS, REFLECTIONS, run_class

from .conftest import Cli


@pytest.fixture
def sessions(isolated_data_dir: Path) -> tuple[str, str]:
    """An ended class, and a session created but never started."""
    with open_runtime(
        paths.database_file(isolated_data_dir), paths.pack_search_dirs(isolated_data_dir)
    ) as rt:
        ended = run_class(rt, group="DAT1-B")
        never = rt.sessions.create(rt.catalog.resolve("belonging"), "DAT1-C", "da")
        return ended, never


def test_report_session_writes_the_pdf(cli: Cli, sessions: tuple[str, str], tmp_path: Path) -> None:
    ended, _ = sessions
    out = tmp_path / "rapport.pdf"
    done = cli("report", "session", ended, "--out", out).assert_ok()
    assert done.json_lines() == [{"event": "report_written", "session_id": ended, "file": str(out)}]
    text = " ".join(read.text(out).split())
    assert "Sessionsrapport" in text and "Enheder med 3" in text
    assert "færre end 5 – vises ikke" in text  # 3 poll answers, the pack's minimum is 5
    for written in (*REFLECTIONS, *LETTERS):
        assert written[:30] not in text
    assert read.catalog_language(out) == "da"

    english = tmp_path / "report.pdf"
    cli("report", "session", ended, "--language", "en", "--out", english).assert_ok()
    assert "Session report" in read.text(english)
    assert read.catalog_language(english) == "en"


def test_report_session_refuses_clearly(
    cli: Cli, sessions: tuple[str, str], tmp_path: Path
) -> None:
    ended, never = sessions
    cli("report", "session", "no-such-id", "--out", tmp_path / "r.pdf").assert_clean_error(
        "no session with id 'no-such-id'"
    )
    cli("report", "session", never, "--out", tmp_path / "r.pdf").assert_clean_error("never started")
    cli("report", "session", ended, "--out", tmp_path / "nope" / "r.pdf").assert_clean_error(
        "does not exist"
    )
    cli("report", "session", ended, "--out", tmp_path).assert_clean_error("is a folder")
    # a folder nobody may create files in (also as root): /proc
    cli("report", "session", ended, "--out", "/proc/rapport.pdf").assert_clean_error(
        "could not write /proc/rapport.pdf"
    )
    usage = cli("report", "session", ended, "--language", "fr", "--out", tmp_path / "r.pdf")
    assert usage.returncode == 2 and "invalid choice" in usage.stderr
    assert not (tmp_path / "r.pdf").exists()
