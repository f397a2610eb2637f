"""The one translation catalogue: Qt Linguist ``.qm`` files read for any thread.

The GUI and the student page share ``assets/translations/belong_<lang>.qm`` (sources in
the ``.ts`` beside them, built by ``make translations``). Danish is the source language:
every string is written in Danish in the code and has no Danish catalogue. The GUI
installs its translator on the application (``qt/``); everything else (the student page,
served from the server's thread for many devices in different languages at once) asks
this module, which keeps one *non-installed* ``QTranslator`` per language. Such a
translator may be called from any thread (../shared/notes/stack.md); it returns ``""``
for a string it does not hold, and this module then returns the source, so a missing
translation shows Danish, never an empty label.

Only QtCore is used (no QApplication is needed): the headless runner and the server
tests use the catalogue without a GUI.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QTranslator

from belong_desktop import paths

#: The languages the app speaks, Danish first (the source language).
LANGUAGES: tuple[str, ...] = ("da", "en", "nb", "nl")
DEFAULT_LANGUAGE = "da"
#: Each language's name in itself, for pickers (never translated).
LANGUAGE_NAMES: Mapping[str, str] = {
    "da": "Dansk",
    "en": "English",
    "nb": "Norsk bokmål",
    "nl": "Nederlands",
}
#: The catalogue's file name for a language: ``belong_<lang>.qm`` / ``.ts``.
FILE_STEM = "belong_{language}"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 (Qt's name, for lupdate)
    """Marks ``source`` for ``make translations``; it is translated where it is shown."""
    return source


def translations_dir() -> Path:
    return paths.assets_dir() / "translations"


def normalise(language: str | None) -> str:
    """A supported language from a tag such as ``nb-NO`` or ``EN``; Danish otherwise."""
    if not language:
        return DEFAULT_LANGUAGE
    base = language.strip().replace("_", "-").split("-")[0].lower()
    if base == "no":  # "Norwegian" without a written standard: Bokmål is what we have
        base = "nb"
    return base if base in LANGUAGES else DEFAULT_LANGUAGE


class Catalogue:
    """One non-installed translator per language, loaded on first use."""

    def __init__(self, folder: Path | None = None) -> None:
        self._folder = folder
        self._lock = threading.Lock()
        self._translators: dict[str, QTranslator | None] = {}

    @property
    def folder(self) -> Path:
        return self._folder if self._folder is not None else translations_dir()

    def _translator(self, language: str) -> QTranslator | None:
        with self._lock:
            if language not in self._translators:
                translator = QTranslator()
                qm = self.folder / f"{FILE_STEM.format(language=language)}.qm"
                # A missing or unreadable file leaves the source text: the app still works.
                self._translators[language] = translator if translator.load(str(qm)) else None
            return self._translators[language]

    def translate(
        self, context: str, source: str, language: str, disambiguation: str | None = None
    ) -> str:
        """``source`` (Danish) in ``language``; the source itself when none is held."""
        if language == DEFAULT_LANGUAGE or language not in LANGUAGES:
            return source
        translator = self._translator(language)
        if translator is None:
            return source
        return translator.translate(context, source, disambiguation) or source

    def has(self, language: str) -> bool:
        """Whether a catalogue file for ``language`` could be loaded (Danish: always)."""
        return language == DEFAULT_LANGUAGE or self._translator(language) is not None


_shared: Catalogue | None = None
_shared_lock = threading.Lock()


def shared() -> Catalogue:
    """The process's catalogue of the shipped files."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = Catalogue()
        return _shared


def translate(context: str, source: str, language: str) -> str:
    return shared().translate(context, source, language)
