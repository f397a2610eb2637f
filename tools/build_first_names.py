"""Rebuild ``belong_desktop/core/data/first_names.txt``, the personal-data detector's names.

The list is the union of (1) the Danish first names with at least ``--min-bearers`` bearers
in a ``name,count`` table (we used "Danskernes Navne" of the Name Research Section,
University of Copenhagen: first names in the CPR register in 2005, as scraped into
``csv/all_first_names.csv`` of the public repository Thomas-Rosenkrans-Vestergaard/
danish-names, commit 6100cf5, column ``count_danmark``) and (2) the first names of Faker's
person providers for Norway, Sweden, the Netherlands and Britain (MIT licence). Danmarks
Statistik's own table ("Navne i hele befolkningen") is the better Danish source but could
not be downloaded where the list was built; it is a ``name,count`` table too, so a rerun
with ``--danish-csv`` pointing at it and ``--count-column`` naming its count replaces the
Danish part. Register placeholders ("Unavngivet", "Udøbt"), initials, abbreviations
("Kr", "Th") and all-capital entries are dropped; hyphenated names are left to their parts.

It also writes ``dictionary_names.txt`` beside it: the names whose lower-case form is a
word in Debian's spelling lists (``--word-list``, we used wdanish, wnorwegian's bokmål,
wdutch and wamerican), leaving out a word that is only another word's genitive ("mads"
is "mad" + s). A lower-case name from that list is no name without a cue ("fem", "han").

Usage: ``python3 tools/build_first_names.py --danish-csv all_first_names.csv
--faker-dir site-packages --word-list /usr/share/dict/danish --word-list …``
(``--faker-dir`` is a folder holding the ``faker`` package, e.g. an unpacked wheel).
"""

from __future__ import annotations

import argparse
import csv
import importlib
import sys
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "belong_desktop" / "core" / "data" / "first_names.txt"
FAKER_LOCALES = {
    "no_NO": "Statistics Norway, the 100 most common men's and women's names",
    "sv_SE": "the Institute for Language and Folklore (Isof), top 500 names, 2023",
    "nl_NL": "common Dutch first names",
    "en_GB": "the Office for National Statistics' common first names",
}
# What the register writes where a child has no name yet, and words that are no name.
PLACEHOLDERS = {
    "Baby", "Broder", "Dreng", "Fornavn", "Pige", "Skyldfri", "Søster", "Udøbt",
    "Unavngiven", "Unavngivet",
}  # fmt: skip
ABBREVIATIONS = {"Chr", "Fr", "Kr", "Th", "Wm"}


def usable(name: str) -> bool:
    return (
        len(name) >= 2
        and name.isalpha()
        and name[0].isupper()
        and not name.isupper()
        and name not in PLACEHOLDERS
        and name not in ABBREVIATIONS
    )


def danish_names(path: Path, column: str, minimum: int) -> set[str]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    name_column = next(iter(rows[0]))
    return {
        row[name_column].strip()
        for row in rows
        if int(row[column] or 0) >= minimum and usable(row[name_column].strip())
    }


def faker_names(folder: Path) -> tuple[str, set[str]]:
    sys.path.insert(0, str(folder))
    faker = importlib.import_module("faker")
    found: set[str] = set()
    for locale in FAKER_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute in ("first_names", "first_names_male", "first_names_female"):
            found.update(str(n).strip() for n in getattr(provider, attribute, ()) or ())
    return str(faker.VERSION), {n for n in found if usable(n)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--danish-csv", type=Path, required=True)
    parser.add_argument("--count-column", default="count_danmark")
    parser.add_argument("--min-bearers", type=int, default=100)
    parser.add_argument("--faker-dir", type=Path, required=True)
    parser.add_argument("--word-list", type=Path, action="append", default=[])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    danish = danish_names(args.danish_csv, args.count_column, args.min_bearers)
    version, other = faker_names(args.faker_dir)
    names = sorted(danish | other, key=lambda n: (n.casefold(), n))
    locales = "\n".join(f"#    {loc}: {what}" for loc, what in FAKER_LOCALES.items())
    header = f"""\
# First names the personal-data detector recognises (belong_desktop/core/personal_data.py).
# One name per line; '#' starts a comment. Built {date.today().isoformat()} by
# tools/build_first_names.py (its docstring says how to rebuild), {len(names)} names:
# 1. {len(danish)} Danish first names with at least {args.min_bearers} bearers: "Danskernes
#    Navne", Name Research Section, University of Copenhagen - the first names in the
#    CPR register in 2005 and how many bear each (taken from the scrape in the public
#    repository Thomas-Rosenkrans-Vestergaard/danish-names, csv/all_first_names.csv).
#    Neither states a licence. Only the names are kept: which names are common in
#    Denmark is a fact; no counts, order or other part of the source is copied.
# 2. {len(other)} first names of Faker {version}'s person providers (MIT licence,
#    Copyright (c) 2012 Daniele Faraglia), which cite:
{locales}
# Danmarks Statistik's table "Navne i hele befolkningen" would be the first choice for
# part 1; it could not be downloaded where this was built (see the tool's docstring).
"""
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(header + "".join(f"{n}\n" for n in names), encoding="utf-8")
    print(f"{len(names)} names ({len(danish)} Danish, {len(other)} others) -> {args.out}")
    words = dictionary_names(names, args.word_list)
    lists = ", ".join(p.name for p in args.word_list)
    out = args.out.with_name("dictionary_names.txt")
    out.write_text(
        f"""\
# Names of first_names.txt whose lower-case form is a word in Debian's spelling lists
# ({lists}), other words' genitives left out. Built {date.today().isoformat()} by
# tools/build_first_names.py. Written in lower case, such a name counts only after a cue
# ("hilsen per"); the hand-picked name_words.txt says which need more than a capital.
"""
        + "".join(f"{w}\n" for w in words),
        encoding="utf-8",
    )
    print(f"{len(words)} names are dictionary words -> {out}")
    return 0


def dictionary_names(names: list[str], word_lists: list[Path]) -> list[str]:
    words: set[str] = set()
    for path in word_lists:
        text = path.read_text(encoding="utf-8", errors="replace")
        words.update(w.strip() for w in text.splitlines() if w.strip().islower())
    lower = sorted({n.lower() for n in names})
    return [w for w in lower if w in words and not (w.endswith("s") and w[:-1] in words)]


if __name__ == "__main__":
    sys.exit(main())
