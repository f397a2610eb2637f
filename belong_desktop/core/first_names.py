"""The first names the personal-data detector knows, read once from the package's data files.

``data/first_names.txt`` holds the names (its header names the sources, their licences and
how the list was built), ``data/name_words.txt`` the names that are also common words
("per", "bo", "mark"), which need more evidence before they count as a name, and
``data/dictionary_names.txt`` the names found in a spelling dictionary at all ("fem",
"han"), which count in lower case only after a cue. All three are read
with ``importlib.resources`` on first use and cached for the process; the result is
immutable, so any thread may use it.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from importlib import resources

DATA_PACKAGE = "belong_desktop.core"


@dataclass(frozen=True)
class NameList:
    """Names, common-word names and dictionary-word names, all as ``fold``-ed keys."""

    names: frozenset[str]
    words: frozenset[str]
    dictionary: frozenset[str]


def fold(word: str) -> str:
    """The lookup key of a word: NFC (a typed "e" + combining accent equals "é"), case-folded."""
    if word.isascii():
        return word.casefold()
    return unicodedata.normalize("NFC", word).casefold()


def word_set(text: str) -> frozenset[str]:
    """A set of words written as one string: easier to read and to keep than a literal."""
    return frozenset(text.split())


def read_lines(resource: str) -> list[str]:
    """The non-empty, non-comment lines of a data file shipped in the core package."""
    text = resources.files(DATA_PACKAGE).joinpath("data", resource).read_text(encoding="utf-8")
    stripped = (line.strip() for line in text.splitlines())
    return [line for line in stripped if line and not line.startswith("#")]


@functools.cache
def name_list() -> NameList:
    """Loaded on first call (about 4,000 names, a few milliseconds), then shared."""
    return NameList(
        names=frozenset(fold(n) for n in read_lines("first_names.txt")),
        words=frozenset(fold(w) for w in read_lines("name_words.txt")),
        dictionary=frozenset(fold(w) for w in read_lines("dictionary_names.txt")),
    )
