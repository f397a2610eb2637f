"""The counsellor's own preferences for the windows: the language they are shown in.

Stored in the settings table like the retention and the device cap, written on the
writer thread, read from any thread. A stored value this version does not know (written
by a newer one) reads as the default, so the windows always have words.
"""

from __future__ import annotations

import logging

from belong_desktop.catalogue import DEFAULT_LANGUAGE, LANGUAGES
from belong_desktop.core.errors import InvalidInput
from belong_desktop.services.writer import Writer
from belong_desktop.store import settings_repo
from belong_desktop.store.db import Database

log = logging.getLogger(__name__)

GUI_LANGUAGE_KEY = "gui_language"
#: The languages the windows come in: the catalogue's, Danish first and the default.
GUI_LANGUAGES = LANGUAGES
DEFAULT_GUI_LANGUAGE = DEFAULT_LANGUAGE


class PreferenceService:
    def __init__(self, db: Database, writer: Writer) -> None:
        self._db = db
        self._writer = writer

    def gui_language(self) -> str:
        with self._db.read() as db:
            value = settings_repo.get_setting(db, GUI_LANGUAGE_KEY)
        if value is None:
            return DEFAULT_GUI_LANGUAGE
        if value not in GUI_LANGUAGES:
            log.warning("the stored GUI language is not known; the default applies")
            return DEFAULT_GUI_LANGUAGE
        return value

    def set_gui_language(self, language: str) -> str:
        """Store the windows' language; one they do not come in is refused, nothing changes."""
        if language not in GUI_LANGUAGES:
            raise InvalidInput(
                f"the windows come in {', '.join(GUI_LANGUAGES)}, not {language!r}",
                code="bad_gui_language",
                language=language,
                languages=", ".join(GUI_LANGUAGES),
            )

        def command() -> None:
            with self._db.write.begin() as db:
                settings_repo.put_setting(db, GUI_LANGUAGE_KEY, language)

        self._writer.run(command)
        log.info("GUI language setting: %s", language)
        return language
