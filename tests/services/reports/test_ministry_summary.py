"""The ministry summary, built from folders the real merge wrote, read as a reader gets it.

The trial: bundles made as the export makes them (``tests/bundle_factory.py``), merged by
``services.merge.merge_bundles``, with institutions large and small (one below the
minimum count in one arm, one with two sessions in all), Danish names and one whose name
starts with a formula character. The PDF is read back with poppler
(``tests/pdf_support.py``): totals match the merged CSVs, kept-back cells say so and
their figures are nowhere, no student text, æøå intact, nothing outside the page; and
every broken merged folder is refused with a code that names the file.
"""

from __future__ import annotations

import csv
import io
import re
import shutil
import statistics
from collections import Counter
from pathlib import Path

import pytest

from belong_desktop.cli.common import EXIT_ERROR, EXIT_OK
from belong_desktop.cli.router import main
from belong_desktop.core.ministry_summary import text_length
from belong_desktop.services.merged_folder import MergedFolderError
from belong_desktop.services.reports import ministry_summary
from belong_desktop.services.reports.pdf import ReportError
from tests import pdf_support as read
from tests.bundle_factory import POLL_LABELS, TEXTS
from tests.merged_factory import merge_csv_only, merge_real, sessions_of

KP = "Københavns Professionshøjskole"
AERO = "Ærø Efterskole"
PLAN = [
    ("Aarhus Tech", "treatment", 9),
    ("Aarhus Tech", "control", 8),
    (KP, "treatment", 7),
    (KP, "control", 6),
    ("Zealand Business College", "treatment", 3),  # below the minimum: kept back
    ("Zealand Business College", "control", 8),
    (AERO, "control", 2),  # two sessions in all
    ("+Plus Akademi", "treatment", 5),  # the merge writes '+Plus Akademi in its CSV
    ("+Plus Akademi", "control", 5),
]
KEPT_BACK = "færre end 5 – vises ikke"
COMPLEMENT = "vises ikke (beskytter en lille celle)"


@pytest.fixture(scope="module")
def merged(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return merge_real(tmp_path_factory.mktemp("trial"), sessions_of(PLAN, participants=9))


@pytest.fixture(scope="module")
def summary_da(merged: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("pdf") / "summary.pdf"
    return ministry_summary.write_summary(merged, out, language="da")


def table(merged: Path, name: str) -> list[dict[str, str]]:
    with (merged / "csv" / f"{name}.csv").open(encoding="utf-8-sig", newline="") as file:
        return list(csv.DictReader(file))


def lines(pdf: Path) -> list[str]:
    """The words of each printed line (same page, same baseline), left to right."""
    found: list[list[read.Word]] = []
    for word in sorted(read.words(pdf), key=lambda w: (w.page, w.y_max)):
        last = found[-1][0] if found else None
        if last is None or last.page != word.page or word.y_max - last.y_max > 2.5:
            found.append([])  # bold and regular glyphs end a little apart on one line
        found[-1].append(word)
    return [" ".join(w.text for w in sorted(line, key=lambda w: w.x_min)) for line in found]


def rows(pdf: Path, label: str) -> list[str]:
    """The printed lines that start with ``label`` and hold more (a chart's label alone
    is not a row)."""
    return [line for line in lines(pdf) if line.startswith(label + " ")]


def row(pdf: Path, label: str, nth: int = 0) -> str:
    return rows(pdf, label)[nth]


def number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def test_the_sessions_table_matches_the_merged_csvs(merged: Path, summary_da: Path) -> None:
    sessions = table(merged, "session")
    per_arm = Counter(r["arm"] for r in sessions)
    assert row(summary_da, "Alle institutioner") == (
        f"Alle institutioner {per_arm['treatment']} {per_arm['control']} {len(sessions)}"
    )
    assert row(summary_da, "Aarhus Tech") == "Aarhus Tech 9 8 17"
    assert row(summary_da, "Sessioner") == f"Sessioner {len(sessions)}"
    assert row(summary_da, "Sessionsfiler flettet").split()[-1] == str(
        len(table(merged, "bundles"))
    )
    plus = row(summary_da, "+Plus Akademi")  # the CSV's ' is taken off
    assert plus.startswith("+Plus Akademi vises ikke") and " 5 " in plus
    assert "'+Plus" not in read.text(summary_da)


def test_participation_matches_the_merged_csvs(merged: Path, summary_da: Path) -> None:
    arm_of = {r["session_id"]: r["arm"] for r in table(merged, "session")}
    devices = Counter(arm_of[r["session_id"]] for r in table(merged, "participants"))
    responses = table(merged, "responses")
    sent = Counter(arm_of[r["session_id"]] for r in responses if r["status"] == "submitted")
    drafts = Counter(arm_of[r["session_id"]] for r in responses if r["status"] == "draft_at_close")
    for arm, label in (("treatment", "Indsats"), ("control", "Kontrol")):
        words = next(r for r in rows(summary_da, label) if r.split()[1].isdigit()).split()
        # Arm, sessions, devices total, median, texts sent total, median, drafts, median
        assert words[2] == number(devices[arm]), words
        assert words[4] == number(sent[arm]), words
        assert words[6] == number(drafts[arm]), words


def test_answer_lengths_are_quartiles_of_the_submitted_texts(
    merged: Path, summary_da: Path
) -> None:
    arm_of = {r["session_id"]: r["arm"] for r in table(merged, "session")}
    found = [line.split() for line in lines(summary_da) if line.split()[1:2] == ["Refleksion"]]
    printed = {words[0]: words[2:] for words in found}
    for arm, label in (("treatment", "Indsats"), ("control", "Kontrol")):
        lengths = sorted(
            text_length(r["text"].removeprefix("'"))
            for r in table(merged, "responses")
            if r["status"] == "submitted"
            and r["kind"] == "reflection"
            and arm_of[r["session_id"]] == arm
        )
        q1, median, q3 = statistics.quantiles(lengths, n=4, method="inclusive")
        assert printed[label] == [
            number(len(lengths)),
            number(round(q1)),
            number(round(median)),
            number(round(q3)),
        ]


def test_small_cells_say_so_and_their_figures_are_nowhere(summary_da: Path) -> None:
    zealand = row(summary_da, "Zealand Business College")
    assert zealand.startswith(f"Zealand Business College {KEPT_BACK} vises ikke"), zealand
    assert "3" not in zealand.replace(KEPT_BACK, "")
    aero = row(summary_da, AERO)
    assert aero.replace(KEPT_BACK, "").replace(COMPLEMENT, "").split() == [*AERO.split(), "0"]
    # The fidelity tables' rows of hidden cells (one spanning cell) say so and hold no figure.
    hidden_rows = [
        line
        for name in ("Zealand Business", AERO, KP.split()[0], "+Plus")
        for line in rows(summary_da, name)
        if line.count("vises ikke") == 1
    ]
    assert len(hidden_rows) == 4, hidden_rows  # Zealand both arms, Ærø control, +Plus treatment
    for line in hidden_rows:
        rest = line.replace(KEPT_BACK, "").replace("vises ikke (beskytter en", "")
        assert not any(c.isdigit() for c in rest), line
    # No row of the sessions table hides exactly one of its cells and total.
    for line in rows(summary_da, "Zealand Business College") + rows(summary_da, AERO)[:1]:
        assert line.count("vises ikke") >= 2, line


def test_no_student_text_and_danish_letters_intact(merged: Path, summary_da: Path) -> None:
    text = " ".join(read.text(summary_da).split())
    for secret in (*TEXTS, *POLL_LABELS, "Projektoren drillede", "resumed after the app"):
        assert secret not in text
    for word in ("Frokostpausen", "bange", "studiegruppe om", "Meget enig"):
        assert word not in text
    for r in table(merged, "responses"):
        assert r["text"][:40] not in text or len(r["text"]) < 8
    assert KP in text and AERO in text and "Samlet opgørelse til ministeriet" in text
    assert "»" not in text  # nothing is quoted: there is no text to quote


def test_nothing_runs_off_the_page_and_the_pages_render(summary_da: Path, tmp_path: Path) -> None:
    assert [w for w in read.words(summary_da) if w.outside(margin=10)] == []
    images = read.render(summary_da, tmp_path / "png")
    assert len(images) == read.pages(summary_da) >= 2
    assert all(p.stat().st_size > 2000 for p in images)


def test_metadata_fonts_and_outline(summary_da: Path) -> None:
    info = read.info(summary_da)
    assert info["Title"] == "Samlet opgørelse til ministeriet – UFM-BELONG-2027"
    assert read.catalog_language(summary_da) == "da"
    fonts = read.fonts(summary_da)
    assert fonts and all(f.embedded for f in fonts)
    assert b"/Outlines" in summary_da.read_bytes()
    pages = read.page_texts(summary_da)
    assert f"Side 1 af {len(pages)}" in pages[0]


def test_english(merged: Path, tmp_path: Path) -> None:
    out = ministry_summary.write_summary(merged, tmp_path / "en.pdf", language="en")
    text = " ".join(read.text(out).split())
    assert "Ministry summary" in text and "fewer than 5 – not shown" in text
    assert "How to read this summary" in text and read.catalog_language(out) == "en"
    assert row(out, "All institutions").startswith("All institutions 24 29 53")
    with pytest.raises(ministry_summary.SummaryError) as refused:
        ministry_summary.write_summary(merged, tmp_path / "x.pdf", language="sv")
    assert refused.value.code == "summary_language"


@pytest.mark.parametrize("language", ["nb", "nl"])
def test_norwegian_and_dutch(merged: Path, tmp_path: Path, language: str) -> None:
    out = ministry_summary.write_summary(merged, tmp_path / f"{language}.pdf", language=language)
    text = " ".join(read.text(out).split())
    danish = ministry_summary.write_summary(merged, tmp_path / "da.pdf")
    assert read.catalog_language(out) == language and "{" not in text
    assert "Samlet opgørelse" not in text and "Alle institutioner" not in text
    # The same figures as the Danish document: only the words around them change.
    figures = re.compile(r"\b\d+\b")
    theirs = figures.findall(" ".join(read.text(danish).split()))
    assert sorted(figures.findall(text)) == sorted(theirs)
    assert [w for w in read.words(out) if w.outside(margin=10)] == []


def test_one_session_builds_and_keeps_everything_back(tmp_path: Path) -> None:
    merged = merge_real(tmp_path, sessions_of([("Ærø", "treatment", 1)]))
    out = ministry_summary.write_summary(merged, tmp_path / "one.pdf")
    text = " ".join(read.text(out).split())
    assert "Sessioner 1" in text and "Ærø" in text
    assert f"Ærø {KEPT_BACK} {KEPT_BACK}" in rows(out, "Ærø")
    # The trial's number of sessions is in the overview: the table does not hide it.
    assert row(out, "Alle institutioner") == f"Alle institutioner {KEPT_BACK} 1"
    assert [w for w in read.words(out) if w.outside(margin=10)] == []


def test_sessions_without_an_institution_are_named_so(tmp_path: Path) -> None:
    merged = merge_csv_only(tmp_path / "merged", sessions_of([("", "control", 6)]))
    out = ministry_summary.write_summary(merged, tmp_path / "none.pdf")
    assert "(ingen institution) 6 6" in lines(out)


def test_many_institutions_break_across_pages(tmp_path: Path) -> None:
    plan = [(f"Institution {n:02d} på Ærø", arm, 5 + n % 3) for n in range(30)
            for arm in ("treatment", "control")]  # fmt: skip
    merged = merge_csv_only(tmp_path / "merged", sessions_of(plan, participants=3))
    out = ministry_summary.write_summary(merged, tmp_path / "many.pdf")
    assert read.pages(out) >= 4
    assert [w for w in read.words(out) if w.outside(margin=10)] == []
    assert "Institution 29 på Ærø" in read.text(out)


# -- refusals ----------------------------------------------------------------------------


def refused(merged: Path, tmp_path: Path) -> MergedFolderError | ministry_summary.SummaryError:
    out = tmp_path / "out.pdf"
    with pytest.raises((MergedFolderError, ministry_summary.SummaryError)) as caught:
        ministry_summary.write_summary(merged, out)
    assert not out.exists() and not (tmp_path / "out.pdf.partial").exists()
    assert isinstance(caught.value, MergedFolderError | ministry_summary.SummaryError)
    return caught.value


@pytest.fixture
def copy(merged: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(merged, tmp_path / "copy"))


def test_a_folder_that_is_not_there_or_not_a_merge(copy: Path, tmp_path: Path) -> None:
    assert refused(tmp_path / "nowhere", tmp_path).code == "merged_missing"
    assert refused(copy / "merge-log.txt", tmp_path).code == "merged_missing"
    (copy / "csv" / "steps.csv").unlink()
    error = refused(copy, tmp_path)
    assert error.code == "merged_not_a_merge" and "csv/steps.csv missing" in str(error)
    assert refused(tmp_path / "copy" / "stata", tmp_path).code == "merged_not_a_merge"


def edit(copy: Path, name: str, change: str, into: str) -> None:
    path = copy / "csv" / f"{name}.csv"
    text = path.read_text(encoding="utf-8-sig")
    assert change in text
    path.write_text(text.replace(change, into, 1), encoding="utf-8-sig")


def test_a_table_with_other_columns(copy: Path, tmp_path: Path) -> None:
    edit(copy, "session", "planned_minutes", "plan_minutes")
    error = refused(copy, tmp_path)
    assert error.code == "merged_bad_columns"
    assert "csv/session.csv" in str(error) and "lacks planned_minutes" in str(error)
    assert "has unknown plan_minutes" in str(error)


def test_a_value_that_does_not_parse_names_file_line_and_column(copy: Path, tmp_path: Path) -> None:
    path = copy / "csv" / "session.csv"
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    rows[3][rows[0].index("minutes")] = "fifty"
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8-sig")
    error = refused(copy, tmp_path)
    assert error.code == "merged_bad_value"
    assert str(error) == "csv/session.csv line 4: minutes 'fifty' is not a number"


def test_a_corrupt_table(copy: Path, tmp_path: Path) -> None:
    path = copy / "csv" / "notes.csv"
    path.write_bytes(path.read_bytes()[:200] + b"\xff\xfe\x00garbage")
    assert refused(copy, tmp_path).code == "merged_bad_table"
    path.write_text("session_id,seq\r\nx,1\r\n", encoding="utf-8")
    assert refused(copy, tmp_path).code == "merged_bad_columns"
    path.write_text("", encoding="utf-8")
    assert "it is empty" in str(refused(copy, tmp_path))
    shutil.copy(copy / "csv" / "bundles.csv", path)
    assert refused(copy, tmp_path).code == "merged_bad_columns"


def test_a_row_cut_short(copy: Path, tmp_path: Path) -> None:
    path = copy / "csv" / "steps.csv"
    lines_ = path.read_text(encoding="utf-8-sig").split("\n")
    lines_[5] = ",".join(lines_[5].split(",")[:4])
    path.write_text("\n".join(lines_), encoding="utf-8-sig")
    error = refused(copy, tmp_path)
    assert error.code == "merged_bad_row" and "csv/steps.csv line 6" in str(error)


def test_zero_sessions_is_refused(tmp_path: Path) -> None:
    empty = merge_csv_only(tmp_path / "empty", [])
    error = refused(empty, tmp_path)
    assert error.code == "summary_no_sessions" and "holds no sessions" in str(error)


def test_an_out_file_in_a_missing_folder(merged: Path, tmp_path: Path) -> None:
    with pytest.raises(ReportError) as caught:
        ministry_summary.write_summary(merged, tmp_path / "no" / "s.pdf")
    assert caught.value.code == "out_folder_missing"


# -- the command -------------------------------------------------------------------------


def run(*argv: str | Path) -> tuple[int, str]:
    out = io.StringIO()
    return main([str(a) for a in argv], stdout=out), out.getvalue()


def test_the_command(
    merged: Path, copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "summary.pdf"
    code, said = run("ministry", "report", "--in", merged, "--out", out, "--language", "en")
    assert code == EXIT_OK and f"Wrote {out}" in said and "no student text" in said
    assert read.info(out)["Title"].startswith("Ministry summary")
    code, said = run("ministry", "report", "--in", tmp_path / "nope", "--out", out)
    assert code == EXIT_ERROR and said == ""
    assert "does not exist: give the folder `ministry merge --out` wrote" in capsys.readouterr().err
    edit(copy, "bundles", "app_version", "version")
    code, _ = run("ministry", "report", "--in", copy, "--out", tmp_path / "x.pdf")
    assert code == EXIT_ERROR and "csv/bundles.csv does not have" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
