"""The printed documents' own words, Danish first, one entry per language.

Each document module keeps its table (``key → {language: text}``) next to the layout that
uses it and looks entries up with ``pick``; the words every document shares are here.
Content-pack texts (titles, speaker notes, the booklet's introduction) come from the pack.
When the Qt Linguist catalogue arrives (issue 14) these tables move there; the framing
rule (never call the session an intervention or say it is meant to help) applies to the
booklet, which next year's students read.
"""

from __future__ import annotations

from collections.abc import Mapping

DEFAULT_LANGUAGE = "da"
Texts = Mapping[str, Mapping[str, str]]

COMMON: Texts = {
    "page_of": {"da": "Side {page} af {pages}", "en": "Page {page} of {pages}"},
    "no_value": {"da": "–", "en": "–"},
    "kept_back": {
        "da": "færre end {minimum} – vises ikke",
        "en": "fewer than {minimum} – not shown",
    },
    "made_by": {
        "da": "Lavet med belong-desktop {version}",
        "en": "Made with belong-desktop {version}",
    },
}


def pick(texts: Texts, key: str, language: str, **values: object) -> str:
    """The entry in ``language`` (its base language, then Danish), ``{values}`` filled in."""
    entry = texts[key]
    base = language.split("-", 1)[0].lower()
    template = entry.get(language) or entry.get(base) or entry[DEFAULT_LANGUAGE]
    return template.format(**values) if values else template


def common(key: str, language: str, **values: object) -> str:
    return pick(COMMON, key, language, **values)
