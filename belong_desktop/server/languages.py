"""Which language a device's page is in, and which its pack texts are shown in.

The page's own words can be in any language of the page's catalogue (``texts.LANGUAGES``);
each student may choose one on their device, else the session's language applies. Pack
texts (questions, step texts, poll options) follow the choice when the pack has that
language and otherwise stay in the session's language, and the page then says so in the
student's language. Each language is offered under its own name ("Dansk", "English"), so
a student who reads only one of them still finds it. Pure functions; any thread.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from belong_desktop.core.packs import Pack
from belong_desktop.server.page_words import DEFAULT_LANGUAGE, LANGUAGES, catalogue
from belong_desktop.server.problems import ProblemError

#: Each language in its own words, as the picker offers it (never translated).
NATIVE_NAMES: Final[Mapping[str, str]] = {
    "da": "Dansk",
    "en": "English",
    "nb": "Norsk bokmål",
    "nl": "Nederlands",
}


def offered() -> tuple[str, ...]:
    """The languages a student may choose, in the catalogue's order."""
    return tuple(LANGUAGES)


def is_offered(language: str | None) -> bool:
    return language is not None and language in LANGUAGES


def check_offered(language: str | None) -> str | None:
    """A language a device sent (None: the session's); any other is refused with
    ``unknown_language`` (422) before anything is stored or joined."""
    if language is None or is_offered(language):
        return language
    raise ProblemError("unknown_language", "that language is not offered on this page")


def page_language(chosen: str | None, session_language: str) -> str:
    """The language of the page's own words: the student's choice, else the session's."""
    if is_offered(chosen):
        assert chosen is not None
        return chosen
    return session_language if session_language in LANGUAGES else DEFAULT_LANGUAGE


def content_language(language: str, pack: Pack, session_language: str) -> str:
    """The language pack texts are shown in on a page in ``language``."""
    return language if language in pack.languages else session_language


def native_name(language: str) -> str:
    return NATIVE_NAMES.get(language, language)


def name_in(language: str, sentence_language: str) -> str:
    """``language``'s name inside a sentence in ``sentence_language`` ("engelsk")."""
    return catalogue(sentence_language).get(f"language_name_{language}") or native_name(language)


def choices(current: str) -> list[dict[str, object]]:
    """The picker's entries for a template: code, own name, and which one is shown."""
    return [
        {"code": code, "name": native_name(code), "current": code == current} for code in offered()
    ]
