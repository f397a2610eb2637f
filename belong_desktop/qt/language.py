"""The counsellor's language for the windows: which translators the application has, and
the locale numbers and dates follow.

GUI thread. ``apply_language(app, lang)`` installs our catalogue
(``assets/translations/belong_<lang>.qm``; Danish is the source, so "da" needs none) and
Qt's own ``qtbase_<lang>.qm`` from PySide6 (it has da, en and nl; for nb our own
catalogue words the buttons we show, see ``dialogs.py``), removes the ones of the
language before, and sets the default QLocale. Installing a translator makes Qt post a
``LanguageChange`` to every window, and each widget's ``changeEvent`` re-runs its
``retranslate()``: no restart. The translators are children of the application, found
again by their object names, so nothing here holds a window or the app in Python.

What the class reads on the projector follows the session's language, not the
counsellor's: ``translate_for(lang, context, source)`` reads the same catalogue through a
translator that is not installed (one per language, kept here), so a Danish class sees
Danish words on the projector while the counsellor's windows are in English.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from belong_desktop.catalogue import DEFAULT_LANGUAGE, LANGUAGE_NAMES, LANGUAGES, Catalogue
from belong_desktop.catalogue import translations_dir as translations_dir
from belong_desktop.qt.messages import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

__all__ = ["DEFAULT_LANGUAGE", "LANGUAGES", "LANGUAGE_NAMES", "apply_language", "translate_for"]

LOCALES = {
    "da": QLocale(QLocale.Language.Danish, QLocale.Country.Denmark),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
    "nb": QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway),
    "nl": QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands),
}

_APP_TRANSLATOR = "belong-catalogue"
_QT_TRANSLATOR = "belong-qtbase"

#: The words of Qt's standard buttons where ``qtbase_<lang>.qm`` does not exist (nb):
#: ours, translated in our own catalogue (context ``Dialogs``).
STANDARD_BUTTONS = {
    "yes": QT_TRANSLATE_NOOP("Dialogs", "Ja"),
    "no": QT_TRANSLATE_NOOP("Dialogs", "Nej"),
    "ok": QT_TRANSLATE_NOOP("Dialogs", "OK"),
    "cancel": QT_TRANSLATE_NOOP("Dialogs", "Annuller"),
    "close": QT_TRANSLATE_NOOP("Dialogs", "Luk"),
    "save": QT_TRANSLATE_NOOP("Dialogs", "Gem"),
    "open": QT_TRANSLATE_NOOP("Dialogs", "Åbn"),
}


def standard_button(kind: str) -> str:
    """The words of one of Qt's standard buttons (``STANDARD_BUTTONS``) in our catalogue,
    so they follow the language also where Qt has no translation of its own (nb)."""
    return QCoreApplication.translate("Dialogs", STANDARD_BUTTONS[kind])


def qt_words_missing(app: QCoreApplication | None = None) -> bool:
    """True when Qt has no words of its own for the language in use (nb; or before any
    language was applied): our dialogs then word Qt's standard buttons themselves."""
    app = app or QCoreApplication.instance()
    if app is None:
        return True
    return not any(t.objectName() == _QT_TRANSLATOR for t in app.findChildren(QTranslator))


_not_installed: dict[str, Catalogue] = {}  # by folder: the same files are read once


def translate_for(lang: str, context: str, source: str) -> str:
    """``source`` (Danish) in ``lang`` from our catalogue, whatever the windows' language;
    the source itself where the catalogue has no such words (never an empty string)."""
    folder = catalogue_folder()
    catalogue = _not_installed.setdefault(str(folder), Catalogue(folder))
    return catalogue.translate(context, source, lang)


def catalogue_folder(app: QCoreApplication | None = None) -> Path:
    """The folder the last ``apply_language`` read (the shipped one before any)."""
    app = app or QCoreApplication.instance()
    value = app.property("belong_catalogue") if app is not None else None
    return Path(value) if isinstance(value, str) and value else translations_dir()


def qt_translations_dir() -> Path:
    """The ``qtbase_*.qm`` files that ship with PySide6."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def check_language(lang: str) -> str:
    """``lang`` if the windows have it, else the default (a stored value from a newer
    version, or a typo in a file, must not leave the windows without words)."""
    if lang in LANGUAGES:
        return lang
    log.warning("GUI language %r unknown; %s is used", lang, DEFAULT_LANGUAGE)
    return DEFAULT_LANGUAGE


def current_language(app: QCoreApplication | None = None) -> str:
    """The language last applied (the default before any)."""
    app = app or QCoreApplication.instance()
    value = app.property("belong_language") if app is not None else None
    return value if isinstance(value, str) and value in LANGUAGES else DEFAULT_LANGUAGE


def locale() -> QLocale:
    """The locale numbers, dates and durations in the windows follow."""
    return LOCALES[current_language()]


def apply_language(app: QCoreApplication, lang: str, catalogue: Path | None = None) -> str:
    """Install ``lang``'s translators on ``app`` (the ones before go) and return the
    language applied. ``catalogue``: the folder of ``belong_<lang>.qm`` (tests pass their
    own). A missing ``.qm`` is logged and the source text (Danish) shows: the windows keep
    working. The windows retranslate when the posted ``LanguageChange`` arrives."""
    lang = check_language(lang)
    folder = catalogue if catalogue is not None else translations_dir()
    for old in app.findChildren(QTranslator):
        if old.objectName() in (_APP_TRANSLATOR, _QT_TRANSLATOR):
            app.removeTranslator(old)
            old.setObjectName("")  # gone now, though deleted only later
            old.deleteLater()
    app.setProperty("belong_language", lang)
    app.setProperty("belong_catalogue", str(folder))
    QLocale.setDefault(LOCALES[lang])
    # The application's own catalogue is searched first: installed last.
    _install(app, _QT_TRANSLATOR, f"qtbase_{lang}", qt_translations_dir(), needed=lang != "nb")
    if lang != DEFAULT_LANGUAGE:
        _install(app, _APP_TRANSLATOR, f"belong_{lang}", folder, needed=True)
    # Installing and removing send ``LanguageChange`` themselves; a language with no
    # translator at all (nb without its catalogue) still needs the windows told.
    QCoreApplication.postEvent(app, QEvent(QEvent.Type.LanguageChange))
    log.info("GUI language: %s", lang)
    return lang


def _install(app: QCoreApplication, name: str, base: str, folder: Path, *, needed: bool) -> None:
    translator = QTranslator(app)
    if translator.load(base, str(folder)):
        translator.setObjectName(name)  # found again, and removed, by the next language
        app.installTranslator(translator)
        return
    translator.deleteLater()
    if needed:
        log.warning("no translations %s in %s: the source text shows", base, folder)
