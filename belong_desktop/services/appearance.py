"""The counsellor's appearance settings: theme, the control window's text size and the
projector's type size, kept in the laptop's settings table.

Read on the GUI thread when the window attaches and when the settings page opens;
written through the single writer. A stored value this version does not know (a newer
version's choice, a hand-edited database) is not an error the counsellor can act on: it
reads as the default and the log says so.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from belong_desktop.core.appearance import (
    Appearance,
    Theme,
    check_projector_scale,
    check_text_scale,
    check_theme,
)
from belong_desktop.core.errors import InvalidInput
from belong_desktop.services.writer import Writer
from belong_desktop.store import settings_repo
from belong_desktop.store.db import Database

log = logging.getLogger(__name__)
T = TypeVar("T")

THEME_KEY = "theme"
TEXT_SCALE_KEY = "text_scale"
PROJECTOR_SCALE_KEY = "projector_scale"


class AppearanceService:
    def __init__(self, db: Database, writer: Writer) -> None:
        self._read = db.read
        self._write = db.write
        self._writer = writer

    def current(self) -> Appearance:
        """The stored settings; anything unusable reads as its default."""
        default = Appearance()
        with self._read() as db:
            theme = settings_repo.get_setting(db, THEME_KEY)
            text = settings_repo.get_setting(db, TEXT_SCALE_KEY)
            projector = settings_repo.get_setting(db, PROJECTOR_SCALE_KEY)
        return Appearance(
            theme=_stored(theme, check_theme, default.theme, THEME_KEY),
            text_scale=_stored(_number(text), check_text_scale, default.text_scale, TEXT_SCALE_KEY),
            projector_scale=_stored(
                _number(projector),
                check_projector_scale,
                default.projector_scale,
                PROJECTOR_SCALE_KEY,
            ),
        )

    def set_theme(self, value: object) -> Theme:
        theme = check_theme(value)
        self._put(THEME_KEY, theme.value)
        return theme

    def set_text_scale(self, value: object) -> int:
        scale = check_text_scale(value)
        self._put(TEXT_SCALE_KEY, str(scale))
        return scale

    def set_projector_scale(self, value: object) -> int:
        scale = check_projector_scale(value)
        self._put(PROJECTOR_SCALE_KEY, str(scale))
        return scale

    def _put(self, key: str, value: str) -> None:
        def command() -> None:
            with self._write.begin() as db:
                settings_repo.put_setting(db, key, value)

        self._writer.run(command)
        log.info("appearance setting: %s=%s", key, value)


def _number(text: str | None) -> object:
    if text is None:
        return None
    try:
        return int(text)
    except ValueError:
        return text


def _stored(value: object, check: Callable[[object], T], default: T, key: str) -> T:
    if value is None:
        return default
    try:
        return check(value)
    except InvalidInput:
        log.warning("the stored %s setting is not usable; the default applies", key)
        return default
