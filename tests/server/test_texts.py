"""The student page's own words: complete in every language and "under the radar".

Every entry exists in Danish and English, keeps its placeholders in both, and passes the
framing rule the pack validator applies to pack texts (never "intervention", "help",
"experiment", "treatment" or "control", in any form). The static files a student loads
are checked the same way, since their words reach the screen too.
"""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from belong_desktop.core.framing import forbidden_words
from belong_desktop.server import texts

SERVER = Path(texts.__file__).parent


@pytest.mark.parametrize("key", sorted(texts.TEXTS))
def test_every_entry_is_in_both_languages_with_the_same_placeholders(key: str) -> None:
    entry = texts.TEXTS[key]
    assert set(entry) == {"da", "en"}
    fields = {
        language: {name for _, name, _, _ in string.Formatter().parse(value) if name}
        for language, value in entry.items()
    }
    assert fields["da"] == fields["en"], f"{key}: placeholders differ: {fields}"
    assert all(value.strip() for value in entry.values())


@pytest.mark.parametrize("language", ["da", "en"])
def test_no_entry_names_a_purpose(language: str) -> None:
    found = {key: forbidden_words(texts.text(key, language)) for key in texts.TEXTS}
    assert {k: v for k, v in found.items() if v} == {}


def test_templates_and_script_show_no_forbidden_words() -> None:
    for path in [*SERVER.glob("templates/*.html"), *SERVER.glob("static/*")]:
        visible = re.sub(r"/\*.*?\*/|//[^\n]*|<!--.*?-->", "", path.read_text(), flags=re.S)
        visible = re.sub(r"\baria-[a-z]+", "", visible)  # attribute names (aria-controls)
        # Identifiers such as "AbortController" are code, not words a student reads.
        words = [w for w in forbidden_words(visible) if w.lower() not in {"controller"}]
        assert words == [], f"{path.name}: {words}"


def test_a_missing_language_falls_back_to_danish_and_fills_values() -> None:
    assert texts.text("counter", "nl", n=3, max=10) == "3 af 10 tegn"
    assert texts.text("counter", "en", n=3, max=10) == "3 of 10 characters"
    assert texts.catalogue("en")["send"] == "Send"
