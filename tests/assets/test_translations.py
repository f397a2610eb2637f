"""The shipped catalogue: in step with the code, compiled, complete, placeholders intact.

``assets/translations`` holds one ``.ts`` and its ``.qm`` per language besides Danish (the
source language). These tests read them the way the app does (``QTranslator`` through
``belong_desktop.catalogue``) and the way ``make translations`` makes them (the real
``pyside6-lupdate`` over the real code, into a temporary folder): a string added to the
code but not to the catalogue, a ``.qm`` not rebuilt after an edit, an unfinished
translation, or one that drops or changes a placeholder each fail a test here. A broken
or missing ``.qm`` falls back to the Danish source, never to an empty string.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

from belong_desktop.catalogue import DEFAULT_LANGUAGE, LANGUAGES, Catalogue, translations_dir
from belong_desktop.core.framing import forbidden_words

ROOT = Path(__file__).resolve().parents[2]
OTHERS = [language for language in LANGUAGES if language != DEFAULT_LANGUAGE]
#: Contexts whose words students (or next year's students) read: the student page, what
#: the projector shows, what a shared (mirrored or single) screen shows in class (the
#: cover, the strip, the screen badge, the clock, the layout's lines), and the booklet.
STUDENT_FACING = (
    "StudentPage",
    "ProjectorWindow",
    "ProjectorPreview",
    "SharedCover",
    "ControlStrip",
    "ScreenLayout",
    "ScreenBadge",
    "SessionClock",
    "Booklet",
)
PLACEHOLDER = re.compile(r"%n|%L?\d|\{[a-z_]*\}")


def load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "translations_tool", ROOT / "tools" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


tool = load_tool()


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def test_the_languages_are_the_catalogues_files() -> None:
    assert tuple(tool.TARGETS) == tuple(OTHERS)
    for language in OTHERS:
        assert tool.ts_file(language).is_file() and tool.qm_file(language).is_file()


def test_every_string_in_the_code_is_in_the_catalogue(tmp_path: Path) -> None:
    """lupdate over the code now finds exactly the strings the shipped .ts files hold."""
    shipped = {(m.context, m.source) for m in tool.messages(tool.ts_file("en"))}
    for language in OTHERS:
        assert {(m.context, m.source) for m in tool.messages(tool.ts_file(language))} == shipped
    fresh = tmp_path / "translations"
    fresh.mkdir()
    tool.update(folder=fresh, languages=("en",))
    found = {(m.context, m.source) for m in tool.messages(tool.ts_file("en", fresh))}
    assert found - shipped == set(), "strings in the code, not in the catalogue: make translations"
    assert shipped - found == set(), (
        "strings in the catalogue no longer in the code: make translations"
    )


def test_every_marked_string_is_a_literal_lupdate_can_read() -> None:
    """``QT_TRANSLATE_NOOP(context, source)`` with a variable for either is invisible to
    lupdate: the string then never reaches the catalogue and shows Danish everywhere."""
    unreadable = []
    for path in sorted((ROOT / "belong_desktop").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "QT_TRANSLATE_NOOP"
                and not all(
                    isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args
                )
            ):
                unreadable.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert unreadable == []


@pytest.mark.parametrize("language", OTHERS)
def test_every_qm_holds_what_its_ts_says(language: str) -> None:
    assert tool.stale(language) == []


def test_a_qm_not_rebuilt_after_an_edit_is_found(tmp_path: Path) -> None:
    folder = tmp_path / "translations"
    shutil.copytree(translations_dir(), folder)
    ts = tool.ts_file("nb", folder)
    ts.write_text(ts.read_text(encoding="utf-8").replace("Bli med i økten", "Bli med nå"), "utf-8")
    assert any("Deltag i sessionen" in line for line in tool.stale("nb", folder))
    assert tool.check(folder) == 1
    tool.qm_file("nl", folder).unlink()
    assert tool.stale("nl", folder) == ["belong_nl.qm is missing or unreadable"]


@pytest.mark.parametrize("language", OTHERS)
def test_no_translation_drops_or_changes_a_placeholder(language: str) -> None:
    wrong = [
        (m.context, m.source, m.translation)
        for m in tool.messages(tool.ts_file(language))
        if m.finished and placeholders(m.source) != placeholders(m.translation)
    ]
    assert wrong == []


@pytest.mark.parametrize("language", OTHERS)
def test_no_student_facing_text_names_a_purpose(language: str) -> None:
    """In the Danish source and in each translation ("kontrol" in "kontrolvindue" too:
    the class reads the word, not the window's name)."""
    found = [
        (m.context, text, forbidden_words(text))
        for m in tool.messages(tool.ts_file(language))
        if m.context in STUDENT_FACING
        for text in (m.source, m.translation)
        if forbidden_words(text)
    ]
    assert found == []


@pytest.mark.parametrize("language", OTHERS)
def test_the_student_page_is_translated_in_every_language(language: str) -> None:
    unfinished = [
        m.source
        for m in tool.messages(tool.ts_file(language))
        if m.context == "StudentPage" and not m.finished
    ]
    assert unfinished == []


@pytest.mark.parametrize("language", OTHERS)
def test_every_string_is_translated(language: str) -> None:
    unfinished = [
        (m.context, m.source) for m in tool.messages(tool.ts_file(language)) if not m.finished
    ]
    assert unfinished == []


def test_a_missing_or_broken_catalogue_shows_danish(tmp_path: Path) -> None:
    empty = Catalogue(tmp_path)
    assert empty.translate("StudentPage", "Deltag i sessionen", "nb") == "Deltag i sessionen"
    assert not empty.has("nb") and empty.has("da")
    (tmp_path / "belong_nl.qm").write_bytes(b"\x00not a catalogue" * 20)
    broken = Catalogue(tmp_path)
    assert broken.translate("StudentPage", "Deltag i sessionen", "nl") == "Deltag i sessionen"
    shipped = Catalogue()
    assert shipped.translate("StudentPage", "Deltag i sessionen", "nl") == "Doe mee met de sessie"
    assert shipped.translate("StudentPage", "Ikke i kataloget", "nl") == "Ikke i kataloget"
    assert shipped.translate("StudentPage", "Deltag i sessionen", "xx") == "Deltag i sessionen"


def test_the_pseudo_locale_stretches_words_and_keeps_what_code_needs() -> None:
    for source in (
        "Deltag i sessionen",
        "%1 svar af %2",
        "Holdet {group}\nstår ikke",
        "<b>fed</b>",
    ):
        fake = tool.pseudo(source)
        assert fake.startswith("[") and fake.endswith("]")
        assert len(fake) >= len(source) * 1.4
        assert placeholders(fake) == placeholders(source)
        assert fake.count("\n") == source.count("\n")
    assert "<b>" in tool.pseudo("<b>fed</b>") and "é" in tool.pseudo("Deltag")
