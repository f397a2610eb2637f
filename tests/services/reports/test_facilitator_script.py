"""The facilitator script, read back the way the counsellor gets it on paper.

Both shipped packs in Danish and English: every step's number, headline, id and speaker
notes in the pack's order, the running clock added up from the pack's own minutes, the
checklist with its boxes, the projector and screen texts (video file and subtitles, poll
options, the letter's consent question), æøå intact, nothing outside the page, metadata.
Then packs made in ``tmp_path``: speaker notes longer than a page break across pages
without losing a sentence; 40 steps; a pack in a language the script has no words for
(English frame words, the pack's own quotation marks). Broken input: a language the pack
lacks, a broken manifest, an --out that cannot be written (no half file left).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from belong_desktop.core.errors import InvalidInput
from belong_desktop.core.pack_loader import PackError, load_pack
from belong_desktop.core.packs import Pack
from belong_desktop.services.packs import PackCatalog
from belong_desktop.services.reports import pdf
from belong_desktop.services.reports.facilitator_script import write_script
from tests import pdf_support as read

SHIPPED = Path(__file__).resolve().parents[3] / "assets" / "packs"
#: The words the script itself uses, per frame language, that a test looks for.
FRAME = {
    "da": {"document": "Drejebog", "steps": "Trin for trin", "checklist": "Før timen",
           "say": "Sig og gør", "clock": "klokken", "page": "Side {page} af {pages}",
           "remember": "Kald ikke timen en intervention", "version": "version",
           "projector": "Projektoren", "first_video": "første video ("},
    "en": {"document": "Facilitator script", "steps": "Step by step",
           "checklist": "Before the class", "say": "Say and do", "clock": "clock",
           "page": "Page {page} of {pages}", "remember": "Do not call the hour an intervention",
           "version": "version", "projector": "The projector:", "first_video": "first video ("},
    "nb": {"document": "Dreiebok", "steps": "Trinn for trinn", "checklist": "Før timen",
           "say": "Si og gjør", "clock": "klokken", "page": "Side {page} av {pages}",
           "remember": "Ikke kall timen en intervensjon", "version": "versjon",
           "projector": "Projektoren:", "first_video": "første videoen ("},
    "nl": {"document": "Draaiboek", "steps": "Stap voor stap", "checklist": "Vóór het lesuur",
           "say": "Zeggen en doen", "clock": "tijd", "page": "Pagina {page} van {pages}",
           "remember": "Noem het lesuur geen interventie", "version": "versie",
           "projector": "De projector:", "first_video": "eerste video ("},
}  # fmt: skip


def flat(text: str) -> str:
    return " ".join(text.split())


def reading(out: Path, pack: Pack, language: str) -> str:
    """The whole text as one line, without the page footers (which sit between the
    halves of a paragraph broken across pages)."""
    frame = FRAME.get(language, FRAME["en"])
    pages = read.page_texts(out)
    title = pack.title.get(language)
    footer = f"{frame['document']} · {title} · {pack.version}"
    kept = []
    for n, page in enumerate(pages, start=1):
        line = flat(page)
        label = frame["page"].format(page=n, pages=len(pages))
        assert footer in line and label in line, (n, line[-200:])
        kept.append(line.replace(footer, " ").replace(label, " "))
    return flat(" ".join(kept))


def clock(seconds: float) -> str:
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


def assert_in_order(text: str, parts: list[str], start: int = 0) -> None:
    at = start
    for part in parts:
        found = text.find(flat(part), at)
        assert found >= 0, f"{part[:80]!r} missing after position {at}"
        at = found + len(flat(part))


@pytest.mark.parametrize("language", ["da", "en", "nb", "nl"])
@pytest.mark.parametrize("name", ["belonging", "control"])
def test_shipped_pack_script(tmp_path: Path, name: str, language: str) -> None:
    """The shipped packs' own texts in each of their languages; the script's frame words
    are the catalogue's (da, en, nb, nl)."""
    pack = load_pack(SHIPPED / name)
    out = write_script(pack, language, tmp_path / "script.pdf")
    frame = FRAME.get(language, FRAME["en"])
    text = reading(out, pack, language)
    # The cover: title, version, planned total, the framing reminder.
    assert text.startswith(flat(pack.title.get(language)))
    assert f"{pack.id}, {frame['version']} {pack.version}" in text
    decimal = "." if language == "en" else ","  # core.typography: nb and nl use a comma
    total = f"{pack.total_minutes:g}".replace(".", decimal)
    assert f"{total} min" in text and frame["remember"] in text
    # The checklist, with one drawn box per line (boxes are drawn, not text).
    assert frame["checklist"] in text
    assert frame["projector"] in text and frame["first_video"] in text
    # Every step in order: heading, meta line with its clock from the pack's minutes,
    # its speaker notes, and what the projector and the students' screens show.
    steps_at = text.index(frame["steps"], text.index(frame["checklist"]))
    parts: list[str] = []
    elapsed = 0.0
    for number, step in enumerate(pack.steps, start=1):
        span = f"{clock(elapsed)}–{clock(elapsed + step.minutes * 60)}"
        elapsed += step.minutes * 60
        parts += [f"{number}. {step.headline(language)}", f"{frame['clock']} {span}", step.id]
        parts += [frame["say"], step.speaker_notes.get(language), step.slide(language)[1]]
        if step.video is not None:
            parts.append(step.video.file.name)
            parts.append(step.video.subtitles[language].name)
        if step.poll is not None:
            parts += [option.get(language) for option in step.poll.options]
        parts.append(step.student.get(language))
        if step.consent is not None:
            parts.append(step.consent.get(language))
    assert_in_order(text, parts, steps_at)
    assert clock(elapsed) == clock(pack.total_minutes * 60)
    # The hour at a glance lists the same steps and clock, before the steps.
    overview, elapsed = text[:steps_at], 0.0
    for number, step in enumerate(pack.steps, start=1):
        span = f"{clock(elapsed)}–{clock(elapsed + step.minutes * 60)}"
        elapsed += step.minutes * 60
        assert_in_order(overview, [f"{number} {step.headline(language)}", span])
    # The pack's id is on the cover only (a page left on a desk names no arm).
    assert [n for n, page in enumerate(read.page_texts(out)) if f"{pack.id}," in page] == [0]
    # Danish letters and the page.
    if language == "da":
        assert "æ" in text and "ø" in text and "å" in text and "»" in text
    assert [w for w in read.words(out) if w.outside(margin=10)] == []
    info = read.info(out)
    assert info["Title"] == f"{frame['document']}: {pack.title.get(language)}"
    assert read.catalog_language(out) == language
    assert all(f.embedded for f in read.fonts(out))


def test_pages_render(tmp_path: Path) -> None:
    out = write_script(load_pack(SHIPPED / "belonging"), "da", tmp_path / "script.pdf")
    images = read.render(out, tmp_path / "png")
    assert len(images) == read.pages(out) >= 4
    assert all(image.stat().st_size > 2000 for image in images)


# -- packs made for the test ------------------------------------------------------------


def _texts(da: str, en: str) -> dict[str, str]:
    return {"da": da, "en": en}


def _step(
    step_id: str, kind: str, minutes: float, notes: dict[str, str], **extra: Any
) -> dict[str, Any]:
    return {
        "id": step_id,
        "kind": kind,
        "minutes": minutes,
        "speaker_notes": notes,
        "projector": _texts(f"Lærred {step_id}\nmere på lærredet", f"Screen {step_id}\nmore"),
        "student": _texts(f"Skærm {step_id}", f"Page {step_id}"),
        **extra,
    }


def write_pack(folder: Path, steps: list[dict[str, Any]], **top: Any) -> Path:
    """A pack folder with ``pack.toml`` (steps as inline tables: JSON strings are TOML)."""
    data: dict[str, Any] = {
        "format": 1,
        "id": "made",
        "version": "0.1.0",
        "arm": "treatment",
        "languages": ["da", "en"],
        "title": _texts("Prøvepakke med æøå", "Test pack"),
        **top,
    }

    def value(v: Any) -> str:
        if isinstance(v, dict):
            return "{" + ", ".join(f"{json.dumps(k)} = {value(x)}" for k, x in v.items()) + "}"
        if isinstance(v, list):
            return "[" + ", ".join(value(x) for x in v) + "]"
        return json.dumps(v, ensure_ascii=False)

    lines = [f"{k} = {value(v)}" for k, v in data.items()]
    lines += [f"steps = {value(steps)}"]
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "pack.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_very_long_speaker_notes_break_across_pages_without_loss(tmp_path: Path) -> None:
    sentences = [f"Sætning nummer {n} om blåbærgrød på ærø." for n in range(1, 401)]
    steps = [
        _step("welcome", "message", 5, _texts("Kort.", "Short.")),
        _step("long", "reflection", 20, _texts(" ".join(sentences), "Long.")),
        _step("letter", "letter", 20, _texts("Brev.", "Letter."),
              consent=_texts("Må brevet deles?", "May we share it?")),
        _step("closing", "closing", 5, _texts("Tak.", "Thanks.")),
    ]  # fmt: skip
    pack = load_pack(write_pack(tmp_path / "long", steps))
    out = write_script(pack, "da", tmp_path / "long.pdf")
    text = reading(out, pack, "da")
    assert_in_order(text, sentences, text.index("2. Lærred long"))
    pages = read.page_texts(out)
    assert len(pages) >= 5
    # The notes run over at least two pages, and the step after them still follows.
    holding = [n for n, page in enumerate(pages) if "Sætning nummer" in page]
    assert len(holding) >= 2
    assert "2. Lærred long" in pages[holding[0]]  # the heading stays with its notes
    assert_in_order(text, ["Sætning nummer 400", "3. Lærred letter", "»Må brevet deles?«"])
    assert [w for w in read.words(out) if w.outside(margin=10)] == []


def test_forty_steps(tmp_path: Path) -> None:
    steps = [_step(f"s{n:02d}", "message", 1.5, _texts(f"Noter {n}.", f"Notes {n}."))
             for n in range(1, 40)]  # fmt: skip
    steps.append(_step("end", "closing", 1.5, _texts("Slut.", "End.")))
    pack = load_pack(write_pack(tmp_path / "forty", steps))
    out = write_script(pack, "en", tmp_path / "forty.pdf")
    text = reading(out, pack, "en")
    steps_at = text.index("Step by step", text.index("Before the class"))
    assert_in_order(
        text,
        [f"{n}. Screen {s.id} {s.kind.value.capitalize()} · 1.5 min · "
         f"clock {clock((n - 1) * 90)}–{clock(n * 90)}"
         for n, s in enumerate(pack.steps, start=1)],
        steps_at,
    )  # fmt: skip
    overview = text[:steps_at]  # the hour at a glance, over two pages
    assert "Total" in overview and "58:30–60:00" in overview and "0:00–1:30" in overview
    assert read.pages(out) > 5
    assert [w for w in read.words(out) if w.outside(margin=10)] == []


def _two_step_pack(tmp_path: Path, lang: str, local: dict[str, str]) -> Pack:
    steps = [
        _step("welcome", "message", 5, {"da": "Noter.", lang: local["notes"]},
              projector={"da": "Lærred", lang: local["projector"]},
              student={"da": "Skærm", lang: local["student"]}),
        _step("closing", "closing", 5, {"da": "Tak.", lang: local["thanks"]},
              projector={"da": "Tak", lang: local["thanks"]},
              student={"da": "Tak", lang: local["thanks"]}),
    ]  # fmt: skip
    return load_pack(
        write_pack(tmp_path / lang, steps, languages=["da", lang],
                   title={"da": "Dansk titel", lang: local["title"]})
    )  # fmt: skip


def test_a_language_without_frame_words_gets_english_ones(tmp_path: Path) -> None:
    local = {"notes": "Anteckningar om ”detta”.", "projector": "Duk på svenska",
             "student": "Skärm", "thanks": "Tack", "title": "Svensk titel"}  # fmt: skip
    pack = _two_step_pack(tmp_path, "sv", local)
    out = write_script(pack, "sv", tmp_path / "sv.pdf")
    text = reading(out, pack, "sv")
    assert text.startswith("Svensk titel") and "Step by step" in text
    assert_in_order(text, ["1. Duk på svenska", "Anteckningar om ”detta”.", "2. Tack"])
    assert read.catalog_language(out) == "sv"


def test_norwegian_gets_norwegian_frame_words(tmp_path: Path) -> None:
    local = {"notes": "Notater om «dette».", "projector": "Lerret på norsk",
             "student": "Skjerm", "thanks": "Takk", "title": "Norsk tittel"}  # fmt: skip
    pack = _two_step_pack(tmp_path, "nb", local)
    out = write_script(pack, "nb", tmp_path / "nb.pdf")
    text = flat(read.text(out))
    assert text.startswith("Norsk tittel") and "Dreiebok" in text and "Side 1 av" in text
    assert "Step by step" not in text and "Trin for trin" not in text
    assert_in_order(text, ["1. Lerret på norsk", "Notater om «dette».", "2. Takk"])
    assert read.catalog_language(out) == "nb"


# -- broken input ------------------------------------------------------------------------


def test_a_language_the_pack_lacks_is_refused(tmp_path: Path) -> None:
    pack = load_pack(SHIPPED / "control")
    with pytest.raises(InvalidInput) as info:
        write_script(pack, "sv", tmp_path / "script.pdf")
    assert info.value.code == "language_missing"
    assert "has no language 'sv' (it has da, en, nb, nl)" in str(info.value)
    assert list(tmp_path.iterdir()) == []


def test_a_broken_pack_is_refused_with_its_problems(tmp_path: Path) -> None:
    folder = tmp_path / "packs" / "broken"
    folder.mkdir(parents=True)
    (folder / "pack.toml").write_text('id = "broken"\nsteps = [\n', encoding="utf-8")
    catalog = PackCatalog([tmp_path / "packs"])
    for ref in ("broken", str(folder), str(folder / "pack.toml")):
        with pytest.raises(PackError) as info:
            catalog.resolve(ref)
        assert info.value.code == "pack_invalid"
        assert "not valid TOML" in str(info.value)


def test_an_unwritable_out_leaves_nothing(tmp_path: Path) -> None:
    pack = load_pack(SHIPPED / "belonging")
    with pytest.raises(pdf.ReportError) as info:
        write_script(pack, "da", tmp_path)  # a folder
    assert info.value.code == "out_is_folder"
    with pytest.raises(pdf.ReportError) as info:
        write_script(pack, "da", tmp_path / "missing" / "script.pdf")
    assert info.value.code == "out_folder_missing"
    # The file cannot be opened (here: a folder sits where the partial file goes; the
    # tests may run as root, whom permissions don't stop): nothing under the real name.
    (tmp_path / "script.pdf.partial").mkdir()
    with pytest.raises(pdf.ReportError) as info:
        write_script(pack, "da", tmp_path / "script.pdf")
    assert info.value.code == "report_write_failed"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["script.pdf.partial"]
