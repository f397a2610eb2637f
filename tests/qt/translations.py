"""Catalogues for the GUI tests, compiled with the project's own pyside6-lrelease: the
language tests need words that differ from the Danish source whether or not the shipped
catalogues (assets/translations) hold them yet.

``build_catalogue``: a few real translations (context, Danish source, translation) as
``belong_<lang>.ts``/``.qm``. ``build_pseudo_catalogue``: every string of the package in
a pseudo-locale (bracketed and accented), to find any text a switch leaves behind.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

PACKAGE = Path(__file__).resolve().parents[2] / "belong_desktop"

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
        ("ProjectorWindow", "Scan QR-koden med kameraet, eller åbn", "Scan the QR code, or open"),
        ("ProjectorWindow", "ca. %1 min", "about %1 min"),
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
    app.setProperty("belong_catalogue", None)
    QLocale.setDefault(QLocale.system())


#: What a pseudo translation keeps as it is: placeholders, markup, entities, line breaks.
_KEEP = re.compile(r"(%n|%L?\d|\{[a-z_]*\}|<[^>]*>|&[a-z]+;|\n)")
_ACCENTED = str.maketrans("aeiouyAEIOUYcnszCNSZ", "àéîõüýÀÉÎÕÜÝçñšžÇÑŠŽ")


def pseudo(text: str) -> str:
    """``Deltag %1`` → ``[Ðéltàg %1 ~~]``: only the words change, in brackets."""
    parts = _KEEP.split(text)
    body = "".join(p if _KEEP.fullmatch(p) else p.translate(_ACCENTED) for p in parts)
    return f"[{body} {'~' * max(1, round(len(text) * 0.4))}]"


def build_pseudo_catalogue(folder: Path, lang: str) -> Path:
    """Every string of the package (pyside6-lupdate over it) in the pseudo-locale, as
    ``belong_<lang>.qm`` in ``folder``: a text that shows without the brackets after a
    switch to ``lang`` was not said again in the new language."""
    folder.mkdir(parents=True, exist_ok=True)
    bin_dir = Path(sys.executable).parent
    sources = sorted(str(p) for p in PACKAGE.rglob("*.py"))
    ts = folder / f"belong_{lang}.ts"
    subprocess.run(
        [
            str(bin_dir / "pyside6-lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "da_DK",
            "-target-language",
            lang,
            *sources,
            "-ts",
            str(ts),
        ],
        check=True,
        capture_output=True,
    )
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.text = pseudo(message.findtext("source") or "")
        translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = folder / f"belong_{lang}.qm"
    subprocess.run(
        [str(bin_dir / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )
    return qm
