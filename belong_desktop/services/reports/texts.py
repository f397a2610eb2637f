"""The printed documents' own words: Danish source text, read from the one catalogue.

Each document module keeps its words (``Words``: a catalogue context and ``key → Danish
source``, marked for ``make translations``) next to the layout that uses them and looks
them up with ``pick`` in the document's language, through ``belong_desktop.catalogue``
(any thread: the GUI's task runner prints too); the words every document shares are here.
Content-pack texts (titles, speaker notes, the booklet's introduction) come from the pack.
The framing rule (never call the session an intervention or say it is meant to help)
applies to the booklet, which next year's students read.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from belong_desktop.catalogue import DEFAULT_LANGUAGE, QT_TRANSLATE_NOOP, normalise, shared

__all__ = ["DEFAULT_LANGUAGE", "QT_TRANSLATE_NOOP", "Words", "common", "pick"]


@dataclass(frozen=True)
class Words:
    """One document's words: its catalogue context and each key's Danish source."""

    context: str
    sources: Mapping[str, str]

    def __contains__(self, key: object) -> bool:
        return key in self.sources


COMMON = Words(
    "Reports",
    {
        "page_of": QT_TRANSLATE_NOOP("Reports", "Side {page} af {pages}"),
        "no_value": QT_TRANSLATE_NOOP("Reports", "–"),
        "kept_back": QT_TRANSLATE_NOOP("Reports", "færre end {minimum} – vises ikke"),
        "made_by": QT_TRANSLATE_NOOP("Reports", "Lavet med belong-desktop {version}"),
    },
)


def pick(words: Words, key: str, language: str, **values: object) -> str:
    """``key`` in ``language`` (``nb-NO`` reads ``nb``; Danish where there is no
    translation), ``{values}`` filled in."""
    template = shared().translate(words.context, words.sources[key], normalise(language))
    return template.format(**values) if values else template


def common(key: str, language: str, **values: object) -> str:
    return pick(COMMON, key, language, **values)
