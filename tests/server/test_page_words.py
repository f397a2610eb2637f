"""The student page's own words, read from the catalogue in every language.

The page's frame (buttons, labels, status lines) is Danish source text in
``server/page_words.py`` and its translations in the shipped ``.qm`` files. Read through
the real catalogue, every entry is translated in every language, keeps its placeholders,
and passes the framing rule the pack validator applies to pack texts; the static files a
student loads are checked the same way, since their words reach the screen too. The
catalogue is read from many server threads at once without a wrong word.
"""

from __future__ import annotations

import re
import string
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from belong_desktop.catalogue import LANGUAGES
from belong_desktop.core.framing import forbidden_words
from belong_desktop.server import page_words
from belong_desktop.server.page_words import SOURCES, catalogue, text

SERVER = Path(page_words.__file__).parent
OTHERS = [language for language in LANGUAGES if language != "da"]


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("language", OTHERS)
def test_every_entry_is_read_with_the_same_placeholders(language: str) -> None:
    words = catalogue(language)
    assert set(words) == set(SOURCES)
    # Whether each is finished is the catalogue's test (tests/assets/test_translations.py):
    # a translation may equal the Danish ("Svar anonymt" is Norwegian too).
    assert catalogue(language)["join_heading"] != SOURCES["join_heading"]
    for key, value in words.items():
        assert value.strip(), key
        assert fields(value) == fields(SOURCES[key]), f"{language} {key}: {value!r}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_entry_names_a_purpose(language: str) -> None:
    found = {key: forbidden_words(value) for key, value in catalogue(language).items()}
    assert {k: v for k, v in found.items() if v} == {}


def test_templates_and_script_show_no_forbidden_words() -> None:
    for path in [*SERVER.glob("templates/*.html"), *SERVER.glob("static/*")]:
        visible = re.sub(r"/\*.*?\*/|//[^\n]*|<!--.*?-->", "", path.read_text(), flags=re.S)
        visible = re.sub(r"\baria-[a-z]+", "", visible)  # attribute names (aria-controls)
        # Identifiers such as "AbortController" are code, not words a student reads.
        words = [w for w in forbidden_words(visible) if w.lower() not in {"controller"}]
        assert words == [], f"{path.name}: {words}"


def test_values_are_filled_in_and_an_unknown_language_is_danish() -> None:
    assert text("counter", "da", n=3, max=10) == "3 af 10 tegn"
    assert text("counter", "en", n=3, max=10) == "3 of 10 characters"
    assert text("counter", "nb", n=3, max=10) == "3 av 10 tegn"
    assert text("counter", "nl", n=3, max=10) == "3 van 10 tekens"
    assert text("counter", "fr", n=3, max=10) == "3 af 10 tegn"
    assert catalogue("en")["send"] == "Send"


def test_many_server_threads_read_many_languages_at_once() -> None:
    """Non-installed translators, one per language, asked from 8 threads together."""
    expected = {language: catalogue(language) for language in LANGUAGES}
    jobs = [LANGUAGES[n % len(LANGUAGES)] for n in range(200)]
    with ThreadPoolExecutor(8) as pool:
        got = list(pool.map(catalogue, jobs))
    assert all(words == expected[language] for language, words in zip(jobs, got, strict=True))
