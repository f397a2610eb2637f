"""Build and check the translation catalogue (``make translations``, ``make lint``).

``update`` runs ``pyside6-lupdate`` over every tracked Python file of the package into
``assets/translations/belong_<lang>.ts`` (one per language except Danish, the source
language): new strings arrive as unfinished, strings that left the code are dropped.
``release`` compiles each ``.ts`` into its ``.qm`` with ``pyside6-lrelease``. ``check``
fails, naming the file, when a ``.qm`` does not hold what its ``.ts`` says (it was not
rebuilt after an edit): it loads the ``.qm`` with a ``QTranslator`` and compares every
finished translation, so it tests what the app will read, not file dates (a fresh clone
gives every file the same age) nor the compiler's bytes (another Qt writes other bytes).
``fill LANG FILE`` writes translations from a JSON file ``{context: {source: text}}``
into a ``.ts`` (how the first translations were brought in). ``pseudo DIR`` writes a
pseudo-locale catalogue ``belong_xx.ts``/``.qm`` into DIR: every string bracketed,
accented and stretched by 40 % (placeholders, line breaks and markup kept), so a GUI run in
it shows a clipped label, and a string that never went through the catalogue or was
glued together from pieces, at a glance.

    .venv/bin/python tools/translations.py update|release|check
    .venv/bin/python tools/translations.py fill nb translations.json
    .venv/bin/python tools/translations.py pseudo build/pseudo
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "assets" / "translations"
BIN = Path(sys.executable).parent
#: The catalogue's languages besides Danish (belong_desktop.catalogue.LANGUAGES[1:]).
TARGETS = ("en", "nb", "nl")
#: The pseudo-locale's code: not a language anyone speaks, never offered to a user.
PSEUDO = "xx"
#: What a translation must keep as it is: placeholders, markup, entities, line breaks.
KEEP = re.compile(r"(%n|%L?\d|\{[a-z_]*\}|<[^>]*>|&[a-z]+;|\n)")
_ACCENTED = str.maketrans("aeiouyAEIOUYcnszCNSZ", "àéîõüýÀÉÎÕÜÝçñšžÇÑŠŽ")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str | None
    translation: str
    finished: bool


def ts_file(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"belong_{language}.ts"


def qm_file(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"belong_{language}.qm"


def messages(ts: Path) -> list[Message]:
    """Every current message of a ``.ts`` (vanished and obsolete ones left out)."""
    out: list[Message] = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            text = (translation.text or "") if translation is not None else ""
            out.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment"),
                    text,
                    kind != "unfinished" and text != "",
                )
            )
    return out


def _sources() -> list[str]:
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "belong_desktop/*.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return sorted(set(listed))


def update(folder: Path = FOLDER, languages: tuple[str, ...] = TARGETS) -> None:
    sources = _sources()
    for language in languages:
        subprocess.run(
            [
                str(BIN / "pyside6-lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "da_DK",
                "-target-language",
                language,
                *sources,
                "-ts",
                str(ts_file(language, folder)),
            ],
            cwd=ROOT,
            check=True,
        )


def release() -> None:
    for language in TARGETS:
        subprocess.run(
            [
                str(BIN / "pyside6-lrelease"),
                "-silent",
                str(ts_file(language)),
                "-qm",
                str(qm_file(language)),
            ],
            check=True,
        )


def stale(language: str, folder: Path = FOLDER) -> list[str]:
    """What the ``.qm`` of ``language`` fails to hold of its ``.ts`` (empty: up to date)."""
    from PySide6.QtCore import QTranslator

    ts, qm = ts_file(language, folder), qm_file(language, folder)
    if not ts.is_file():
        return [f"{ts.name} is missing"]
    translator = QTranslator()
    if not qm.is_file() or not translator.load(str(qm)):
        return [f"{qm.name} is missing or unreadable"]
    wrong = []
    for m in messages(ts):
        if m.finished and translator.translate(m.context, m.source, m.comment) != m.translation:
            wrong.append(f"{m.context}: {m.source[:60]!r}")
    return wrong


def check(folder: Path = FOLDER) -> int:
    failed = 0
    for language in TARGETS:
        wrong = stale(language, folder)
        if wrong:
            failed += 1
            print(
                f"{qm_file(language, folder)} is older than {ts_file(language, folder).name}: "
                f"{len(wrong)} translation(s) differ, e.g. {wrong[0]}. Run `make translations`.",
                file=sys.stderr,
            )
    return 1 if failed else 0


def fill(language: str, table: dict[str, dict[str, str]], ts: Path | None = None) -> int:
    """Write the translations of ``table`` into the ``.ts``; returns how many."""
    path = ts or ts_file(language)
    tree = ET.parse(path)
    done = 0
    for context in tree.getroot().iter("context"):
        wanted = table.get(context.findtext("name") or "", {})
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if source not in wanted:
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.text = wanted[source]
            translation.attrib.pop("type", None)
            done += 1
    ET.indent(tree)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return done


def pseudo(text: str) -> str:
    """``Deltag %1`` → ``[Ðéltàg %1 ~~~]``: accented, 40 % longer, in brackets; only the
    words change, so a placeholder, a tag or a line break still works."""
    parts = KEEP.split(text)
    body = "".join(p if KEEP.fullmatch(p) else p.translate(_ACCENTED) for p in parts)
    return f"[{body} {'~' * max(1, round(len(text) * 0.4))}]"


def build_pseudo(folder: Path) -> Path:
    """The pseudo-locale's ``.ts`` (every message of the code) and ``.qm`` in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    update(folder, (PSEUDO,))
    ts = ts_file(PSEUDO, folder)
    table: dict[str, dict[str, str]] = {}
    for m in messages(ts):
        table.setdefault(m.context, {})[m.source] = pseudo(m.source)
    fill(PSEUDO, table, ts)
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm_file(PSEUDO, folder))],
        check=True,
    )
    return qm_file(PSEUDO, folder)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update")
    sub.add_parser("release")
    sub.add_parser("check")
    filling = sub.add_parser("fill")
    filling.add_argument("language", choices=TARGETS)
    filling.add_argument("table", type=Path)
    pseudo_locale = sub.add_parser("pseudo")
    pseudo_locale.add_argument("folder", type=Path)
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
    elif args.command == "release":
        release()
    elif args.command == "check":
        return check()
    elif args.command == "pseudo":
        print(build_pseudo(args.folder))
    else:
        table = json.loads(args.table.read_text(encoding="utf-8"))
        print(f"{fill(args.language, table)} translation(s) written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
