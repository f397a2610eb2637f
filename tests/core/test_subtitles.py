"""SubRip parsing: real-world tolerance, clear errors with line numbers, cue lookup.

Pure pytest (runs in the core-only venv); checks the shipped subtitle files too.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest

from belong_desktop.core.errors import BelongError
from belong_desktop.core.subtitles import (
    Cue,
    SubtitleError,
    cue_at,
    load_srt,
    parse_srt,
    plain_text,
)

SHIPPED = Path(__file__).resolve().parents[2] / "assets" / "videos" / "belonging"
SHIPPED_SRT = sorted(SHIPPED.glob("*.srt"))

TWO_CUES = (
    "1\n"
    "00:00:01,000 --> 00:00:02,500\n"
    "Hej med jer\n"
    "\n"
    "2\n"
    "00:00:03,000 --> 00:00:04,000\n"
    "Første linje\n"
    "Anden linje\n"
)
EXPECTED = [Cue(1.0, 2.5, "Hej med jer"), Cue(3.0, 4.0, "Første linje\nAnden linje")]


def test_parses_a_plain_file() -> None:
    assert parse_srt(TWO_CUES) == EXPECTED


def test_cue_is_frozen() -> None:
    cue = Cue(1.0, 2.0, "x")
    with pytest.raises(AttributeError):
        cue.text = "y"  # type: ignore[misc]


@pytest.mark.parametrize(
    "variant",
    [
        pytest.param("\ufeff" + TWO_CUES, id="bom"),
        pytest.param(TWO_CUES.replace("\n", "\r\n"), id="crlf"),
        pytest.param(TWO_CUES.replace("\n", "\r"), id="old-mac-cr"),
        pytest.param("\n\n\n" + TWO_CUES.replace("\n\n", "\n\n\n\n") + "\n\n\n", id="blank-lines"),
        pytest.param(TWO_CUES.replace("   ", "").replace("\n", "  \n"), id="trailing-spaces"),
        pytest.param(TWO_CUES.replace("1\n", "", 1).replace("2\n0", "0", 1), id="no-numbers"),
        pytest.param(TWO_CUES.replace("2\n0", "7\n0", 1), id="wrong-numbers"),
        pytest.param("\ufeff" + TWO_CUES.replace("\n", "\r\n") + "\r\n\r\n", id="bom-crlf"),
    ],
)
def test_tolerates_real_world_variants(variant: str) -> None:
    assert parse_srt(variant) == EXPECTED


def test_tolerates_dot_short_millis_position_hints_and_long_hours() -> None:
    cues = parse_srt("1\n0:0:1.5 --> 100:00:02,25 X1:10 X2:20 Y1:5 Y2:9\nTekst\n")
    assert cues == [Cue(1.5, 360002.25, "Tekst")]


def test_text_after_a_blank_line_inside_a_cue_stays_with_it() -> None:
    cues = parse_srt("1\n00:00:01,000 --> 00:00:02,000\nførst\n\nbagefter\n")
    assert cues == [Cue(1.0, 2.0, "først\nbagefter")]


def test_cues_without_text_are_dropped_and_cues_are_sorted() -> None:
    text = (
        "1\n00:00:05,000 --> 00:00:06,000\nsenere\n\n"
        "2\n00:00:01,000 --> 00:00:02,000\n\n"
        "3\n00:00:02,000 --> 00:00:03,000\ntidligere\n"
    )
    assert parse_srt(text) == [Cue(2.0, 3.0, "tidligere"), Cue(5.0, 6.0, "senere")]


def test_empty_input_has_no_cues() -> None:
    assert parse_srt("") == []
    assert parse_srt("\ufeff\r\n\r\n") == []


@pytest.mark.parametrize(
    ("text", "line", "says"),
    [
        pytest.param("1\n00:00:01 -> 00:00:02\nx\n", 2, "expected a timing line", id="arrow"),
        pytest.param("1\n00:00:xx,000 --> 00:00:02,000\nx\n", 2, "timing line", id="letters"),
        pytest.param("1\nHej\n", 2, "'Hej'", id="text-instead-of-timing"),
        pytest.param("Hej\n00:00:01,000 --> 00:00:02,000\n", 1, "timing", id="text-first"),
        pytest.param("1\n00:00:01,000 --> 00:00:02,000\nok\n\n2\n\n", 5, "cue number 2", id="num"),
        pytest.param(
            "\r\n\r\n1\r\n00:00:03,000 --> 00:00:02,000\r\nx\r\n", 4, "ends before", id="backwards"
        ),
        pytest.param(TWO_CUES.replace("00:00:03,000", "00:00:03;000"), 6, "timing", id="semicolon"),
        pytest.param("1\n00:61:00,000 --> 00:62:00,000\nx\n", 2, "timing", id="minutes-over-59"),
    ],
)
def test_malformed_timing_lines_raise_with_the_line_number(text: str, line: int, says: str) -> None:
    with pytest.raises(SubtitleError) as info:
        parse_srt(text)
    assert info.value.line == line
    assert f"line {line}" in str(info.value)
    assert says in str(info.value)
    assert isinstance(info.value, BelongError) and info.value.code == "bad_subtitles"


def test_load_srt_reads_utf8_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "x.da.srt"
    path.write_bytes(b"\xef\xbb\xbf" + TWO_CUES.replace("\n", "\r\n").encode("utf-8"))
    assert load_srt(path) == EXPECTED
    assert load_srt(str(path)) == EXPECTED


def test_load_srt_refuses_non_utf8_clearly(tmp_path: Path) -> None:
    path = tmp_path / "latin1.srt"
    path.write_bytes(TWO_CUES.encode("latin-1"))
    with pytest.raises(SubtitleError) as info:
        load_srt(path)
    message = str(info.value)
    assert "latin1.srt" in message
    assert "UTF-8" in message
    assert info.value.path == str(path)


def test_load_srt_names_the_file_and_line_of_a_parse_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.srt"
    path.write_text("1\nnot a time\nx\n", encoding="utf-8")
    with pytest.raises(SubtitleError) as info:
        load_srt(path)
    assert str(info.value).startswith(f"{path}, line 2: ")
    assert info.value.line == 2


def test_load_srt_lets_a_missing_file_raise_oserror(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        load_srt(tmp_path / "missing.srt")


def test_cue_at_finds_the_cue_with_start_inclusive_end_exclusive() -> None:
    cues = EXPECTED
    assert cue_at(cues, 0.0) is None
    assert cue_at(cues, 0.999) is None
    assert cue_at(cues, 1.0) == cues[0]
    assert cue_at(cues, 2.499) == cues[0]
    assert cue_at(cues, 2.5) is None
    assert cue_at(cues, 3.0) == cues[1]
    assert cue_at(cues, 3.9) == cues[1]
    assert cue_at(cues, 4.0) is None
    assert cue_at(cues, 1e9) is None
    assert cue_at([], 1.0) is None
    assert cue_at(cues, -1.0) is None


def test_cue_at_agrees_with_a_linear_scan_on_many_cues() -> None:
    cues = [Cue(i * 2.0, i * 2.0 + 1.5, str(i)) for i in range(500)]
    for tenth in range(0, 10_050, 7):
        t = tenth / 10
        expected = next((c for c in cues if c.start <= t < c.end), None)
        assert cue_at(cues, t) == expected


def test_plain_text_strips_markup() -> None:
    assert plain_text("{\\an8}<i>Hej</i> <font color='red'>du</font>") == "Hej du"


def test_there_are_shipped_subtitles() -> None:
    assert len(SHIPPED_SRT) >= 6


@pytest.mark.parametrize("path", SHIPPED_SRT, ids=[p.name for p in SHIPPED_SRT])
def test_shipped_subtitles_parse_into_ordered_readable_cues(path: Path) -> None:
    cues = load_srt(path)
    assert len(cues) >= 3
    for cue in cues:
        assert 0 <= cue.start < cue.end <= 60, cue
        assert cue.text.strip()
    for before, after in pairwise(cues):
        assert before.end <= after.start, (before, after)
    middle = cues[1]
    assert cue_at(cues, (middle.start + middle.end) / 2) == middle


def test_danish_subtitles_keep_their_letters() -> None:
    text = " ".join(c.text for p in SHIPPED.glob("*.da.srt") for c in load_srt(p))
    assert any(letter in text for letter in "æøåÆØÅ")
