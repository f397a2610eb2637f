"""The frame every printed document shares, read back the way a reader gets it.

A document built with ``services.reports.pdf`` is turned into text, words with their
boxes, fonts and metadata by poppler (``tests/pdf_support.py``): Danish letters and
typography survive, markup typed by a student is printed as typed, nothing runs off the
page (also a word longer than a line), every font is embedded, the document names its
title and language, headings are bookmarks, page n of m is right, and a failed save leaves
no half file behind.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.platypus import PageBreak

from belong_desktop.core import typography
from belong_desktop.services.reports import charts, pdf
from tests import pdf_support as read

DANISH = "Blåbærgrød på én øre – »sådan« er det: æ ø å Æ Ø Å é ü ß ł ş Ω Ж"


def build(tmp_path: Path, *, pages: int = 3, name: str = "frame.pdf") -> Path:
    style = pdf.styles(pdf.SERIF)
    story = [pdf.para("Hæfte til næste års nye studerende", style["title"])]
    for n in range(1, pages + 1):
        story.append(pdf.para(f"Afsnit {n}", style["h1"]))
        story.append(pdf.para(DANISH, style["body"]))
        story.append(pdf.para("<b>ikke fed</b> & <i>ikke kursiv</i>\nny linje", style["body"]))
        story.append(pdf.para("x" * 400, style["body"]))  # one word wider than the line
        if n < pages:
            story.append(PageBreak())
    info = pdf.DocumentInfo(
        title="Breve til nye studerende", language="da-DK", page_label="Side {page} af {pages}"
    )
    return pdf.write(story, info, tmp_path / name)


def test_what_a_reader_gets(tmp_path: Path) -> None:
    out = build(tmp_path)
    text = read.text(out)
    assert DANISH in " ".join(text.split())  # every letter, quotation mark and dash
    assert "<b>ikke fed</b> & <i>ikke kursiv</i>" in text  # typed markup stays text
    assert "x" * 400 in "".join(text.split())  # a word wider than a line is broken, not lost
    assert read.pages(out) == 3
    assert [t.count("Side") for t in read.page_texts(out)] == [1, 1, 1]
    assert "Side 2 af 3" in read.page_texts(out)[1]
    outside = [w for w in read.words(out) if w.outside(margin=10)]
    assert outside == []


def test_fonts_are_embedded_and_metadata_is_set(tmp_path: Path) -> None:
    out = build(tmp_path)
    fonts = read.fonts(out)
    assert fonts and all(f.embedded for f in fonts), fonts
    assert not any("Helvetica" in f.name for f in fonts)
    info = read.info(out)
    assert info["Title"] == "Breve til nye studerende"
    assert info["Creator"] == "belong-desktop"
    assert read.catalog_language(out) == "da-DK"
    assert b"/DisplayDocTitle true" in out.read_bytes()
    assert b"/Outlines" in out.read_bytes() and b"Afsnit 2" in out.read_bytes()


def test_pages_render_as_images(tmp_path: Path) -> None:
    images = read.render(build(tmp_path), tmp_path / "png")
    assert len(images) == 3 and all(p.stat().st_size > 1000 for p in images)


def test_glyphs_the_font_cannot_draw_are_named() -> None:
    assert pdf.missing_glyphs(DANISH) == set()
    assert pdf.missing_glyphs("hej 🙂 med 漢字") == {"🙂", "漢", "字"}


def test_numbers_and_quotes_follow_the_language() -> None:
    assert typography.number(1250.5, "da", 1) == "1.250,5"
    assert typography.number(1250.5, "en", 1) == "1,250.5"
    assert typography.number(1250, "nb") == "1\u00a0250"
    assert typography.quoted("hej", "da") == "»hej«"
    assert typography.quoted("hi", "en-GB") == "“hi”"
    assert typography.percent(0.425, "da") == "42\u00a0%"  # banker's rounding: 42.5 → 42
    assert typography.span(10, 12, "da") == "10–12"


def test_a_failed_save_leaves_nothing_and_says_why(tmp_path: Path) -> None:
    with pytest.raises(pdf.ReportError) as missing:
        build(tmp_path, name="no-such-folder/out.pdf")
    assert missing.value.code == "out_folder_missing"
    (tmp_path / "taken.pdf").mkdir()
    with pytest.raises(pdf.ReportError) as folder:
        build(tmp_path, name="taken.pdf")
    assert folder.value.code == "out_is_folder"
    (tmp_path / "blocked.pdf.partial").mkdir()  # the write itself fails (also as root)
    with pytest.raises(pdf.ReportError) as failed:
        build(tmp_path, name="blocked.pdf")
    assert failed.value.code == "report_write_failed"
    assert not (tmp_path / "blocked.pdf").exists()
    with pytest.raises(pdf.ReportError) as too_long:
        build(tmp_path, name="x" * 300 + ".pdf")  # a name the file system refuses
    assert too_long.value.code == "report_write_failed"


def test_an_earlier_file_is_replaced_whole(tmp_path: Path) -> None:
    out = tmp_path / "frame.pdf"
    out.write_bytes(b"an older booklet")
    build(tmp_path, pages=1)
    assert out.read_bytes().startswith(b"%PDF") and read.pages(out) == 1
    assert not (tmp_path / "frame.pdf.partial").exists()


def test_a_bar_chart_fits_the_page_and_prints_its_values(tmp_path: Path) -> None:
    labels = [f"Trin {n}: {'en meget lang overskrift på et trin ' * 3}" for n in range(25)]
    labels[0] = "Velkommen"
    plan = charts.Series("Plan", [4.0 + n for n in range(25)])
    actual = charts.Series("Faktisk", [None if n == 3 else 5.5 + n for n in range(25)])
    width = pdf.PAGE[0] - 2 * pdf.MARGIN
    drawings = charts.bars(
        labels,
        [plan, actual],
        width=width,
        value_text=lambda v: f"{typography.number(v, 'da', 1)} min",
    )
    assert len(drawings) == 2  # 18 rows, then 7
    info = pdf.DocumentInfo(title="Diagram", language="da")
    out = pdf.write(drawings, info, tmp_path / "chart.pdf")
    text = read.text(out)
    assert "Velkommen" in text and "…" in text  # long labels are cut, not run into bars
    assert "28,5 min" in text and "5,5 min" in text  # the values, in Danish
    assert [w for w in read.words(out) if w.outside(margin=10)] == []
    with pytest.raises(ValueError):
        charts.bars(["a", "b"], [plan], width=width, value_text=str)


def test_a_chart_brings_no_font_of_its_own(tmp_path: Path) -> None:
    drawings = charts.bars(
        ["Aarhus", "Ærø"],
        [charts.Series("plan", [3.0, None])],
        width=300,
        value_text=lambda v: typography.number(v, "da"),
    )
    out = pdf.write(drawings, pdf.DocumentInfo(title="Diagram", language="da"), tmp_path / "c.pdf")
    fonts = read.fonts(out)
    assert fonts and all(f.embedded for f in fonts), fonts  # reportlab starts in Helvetica


def test_a_grid_sets_its_cells_in_the_embedded_sans(tmp_path: Path) -> None:
    """A table of plain strings is where reportlab falls back to Helvetica."""
    table = pdf.grid([["Ærø", "12"], ["Århus", "3"]], [("ALIGN", (1, 0), (1, -1), "RIGHT")])
    out = pdf.write([table], pdf.DocumentInfo(title="Tabel", language="da"), tmp_path / "t.pdf")
    fonts = read.fonts(out)
    assert fonts and all(f.embedded for f in fonts), fonts
    assert "Ærø" in read.text(out) and "Århus" in read.text(out)
