"""`report letters-review` and `report letters` as a counsellor runs them: a real process,
a real database, a real PDF read back with poppler."""

from __future__ import annotations

from pathlib import Path

import pytest

from belong_desktop import paths
from belong_desktop.services.runtime import open_runtime
from tests import pdf_support as read
from tests.class_factory import run_class

from .conftest import Cli

LETTERS = (
    "Kære nye studerende. Giv det tid, det bliver bedre. Hilsen Mads",
    "Ikke delt.",
    "Skriv til mig på mads.jensen@example.com hvis du er i tvivl.",
    "Ikke delt heller.",
    "Spørg om hjælp i studiecaféen – det gjorde jeg også. Æ ø å.",
    "Usendt.",
)


@pytest.fixture
def ended(isolated_data_dir: Path) -> str:
    with open_runtime(
        paths.database_file(isolated_data_dir), paths.pack_search_dirs(isolated_data_dir)
    ) as rt:
        return run_class(rt, group="DAT1-B", letters=LETTERS)


def test_review_then_build_the_booklet(cli: Cli, ended: str, tmp_path: Path) -> None:
    out = tmp_path / "breve.pdf"
    refused = cli("report", "letters", "--sessions", ended, "--out", out)
    refused.assert_clean_error("no letter is approved yet", "3 awaiting review")
    assert not out.exists()

    listing = cli("report", "letters-review", "--sessions", ended).assert_ok().stdout
    assert "[1] awaiting review" in listing and "3 letter(s), 3 awaiting review." in listing
    assert "possible email: mads.jensen@example.com" in listing
    assert "Ikke delt" not in listing and "Usendt" not in listing
    letters = cli("report", "letters-review", "--sessions", ended, "--json").assert_ok()
    rows = letters.json_lines()
    email = next(r["number"] for r in rows if "mads.jensen" in r["printed"])
    mads = next(r["number"] for r in rows if r["printed"].endswith("Hilsen Mads"))
    other = ({1, 2, 3} - {email, mads}).pop()

    cli(
        "report", "letters-review", "--sessions", ended, "--approve", "1", "--hide", "1"
    ).assert_clean_error("both approved and hidden")
    cli("report", "letters-review", "--sessions", ended, "--hide", "7").assert_clean_error(
        "not a letter number (1-3)"
    )
    cli(
        "report", "letters-review", "--sessions", ended, "--redact", f"{email}:nobody@x.dk"
    ).assert_clean_error("does not contain")
    done = cli(
        "report",
        "letters-review",
        "--sessions",
        ended,
        "--redact",
        f"{email}:mads.jensen@example.com",
        "--approve",
        f"{email},{other}",
        "--hide",
        str(mads),
    ).assert_ok()
    assert "2 approved, 1 hidden, 0 awaiting review." in done.stdout

    built = cli(
        "report", "letters", "--sessions", ended, "--title", "Til dig, der starter", "--out", out
    ).assert_ok()
    assert "2 letter(s)" in built.stdout and "1 hidden" in built.stdout
    text = " ".join(read.text(out).split())
    assert "Til dig, der starter" in text
    assert "Skriv til mig på […] hvis du er i tvivl." in text
    assert "studiecaféen – det gjorde jeg også. Æ ø å." in text
    assert "Hilsen Mads" not in text and "DAT1-B" not in text and "mads.jensen" not in text


def test_clear_errors(cli: Cli, ended: str, tmp_path: Path, isolated_data_dir: Path) -> None:
    cli("report", "letters", "--sessions", "nope", "--out", tmp_path / "b.pdf").assert_clean_error(
        "no session with id 'nope'"
    )
    with open_runtime(
        paths.database_file(isolated_data_dir), paths.pack_search_dirs(isolated_data_dir)
    ) as rt:
        running = rt.sessions.create(rt.catalog.resolve("belonging"), "DAT2", "da")
        rt.sessions.start(running)
    cli("report", "letters", "--sessions", running, "--out", tmp_path / "b.pdf").assert_clean_error(
        "has not ended"
    )
    cli("report", "letters-review", "--sessions", ended, "--approve", "all").assert_ok()
    cli(
        "report", "letters", "--sessions", ended, "--out", tmp_path / "no" / "b.pdf"
    ).assert_clean_error("does not exist")
    cli("report", "letters", "--sessions", ended, "--out", tmp_path).assert_clean_error(
        "is a folder"
    )
    usage = cli("report", "letters", "--out", tmp_path / "b.pdf")
    assert usage.returncode == 2 and "--sessions" in usage.stderr
