"""A small catalogue of real translations for the GUI tests, compiled with the project's
own pyside6-lrelease: the language tests need words that differ from the Danish source
whether or not the shipped catalogues (assets/translations) hold them yet.

Each entry is (context, Danish source, translation); ``build_catalogue`` writes
``belong_<lang>.ts`` in a folder and compiles ``belong_<lang>.qm`` beside it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

WORDS: dict[str, list[tuple[str, str, str]]] = {
    "en": [
        ("ControlWindow", "Velkommen", "Welcome"),
        ("StartView", "Ny session", "New session"),
        ("StartView", "Indstillinger …", "Settings …"),
        ("StartView", "Holdets kode", "Group code"),
        ("SettingsView", "Indstillinger", "Settings"),
        ("SettingsView", "Gemt: vinduerne vises nu på %1.", "Saved: the windows are now in %1."),
        ("SettingsView", "Vinduernes sprog", "Language of the windows"),
        ("RunView", "Næste →", "Next →"),
        ("RunView", "af %1 min planlagt", "of %1 min planned"),
        ("JoinPanel", "Enheder: –", "Devices: –"),
        ("JoinPanel", "Klassen", "The class"),
        ("ProjectorWindow", "Projektor", "Projector"),
        ("Words", "Besked", "Message"),
        ("PastSessions", "Tidligere sessioner", "Past sessions"),
    ],
    "nb": [
        ("StartView", "Ny session", "Ny økt"),
        ("Dialogs", "Ja", "Ja"),
        ("Dialogs", "Nej", "Nei"),
        ("Dialogs", "OK", "OK"),
        ("Dialogs", "Annuller", "Avbryt"),
        ("Dialogs", "Gem", "Lagre"),
        ("Dialogs", "Åbn", "Åpne"),
        ("Dialogs", "Filnavn:", "Filnavn:"),
        ("Dialogs", "Kig i:", "Se i:"),
    ],
    "nl": [
        ("StartView", "Ny session", "Nieuwe sessie"),
    ],
}


def build_catalogue(folder: Path) -> Path:
    """``belong_<lang>.qm`` for every language in ``WORDS``, in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for lang, entries in WORDS.items():
        contexts: dict[str, list[tuple[str, str]]] = {}
        for context, source, translation in entries:
            contexts.setdefault(context, []).append((source, translation))
        body = "".join(
            f"<context><name>{name}</name>"
            + "".join(
                f"<message><source>{escape(s)}</source>"
                f"<translation>{escape(t)}</translation></message>"
                for s, t in messages
            )
            + "</context>\n"
            for name, messages in contexts.items()
        )
        ts = folder / f"belong_{lang}.ts"
        ts.write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
            f'<TS version="2.1" language="{lang}" sourcelanguage="da">\n{body}</TS>\n',
            encoding="utf-8",
        )
        subprocess.run(
            [str(lrelease), str(ts), "-qm", str(folder / f"belong_{lang}.qm")],
            check=True,
            capture_output=True,
        )
    return folder


def forget_language(app: QCoreApplication) -> None:
    """Back to no translator at all (the state every other test expects)."""
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
        translator.setObjectName("")
        translator.deleteLater()
    app.setProperty("belong_language", None)
    QLocale.setDefault(QLocale.system())
