"""Read a PDF the way its readers do: poppler's text, its page images, its fonts, its info.

The tests of every printed document assert on what a reader sees, not on reportlab's
objects: ``text`` is what ``pdftotext`` extracts (a screen reader gets the same), ``words``
where each word sits on its page (``pdftotext -bbox``), ``render`` the pages as PNGs
(``pdftoppm``), ``fonts`` whether every font is embedded (``pdffonts``) and ``info`` the
document's metadata (``pdfinfo``). poppler-utils is a system package (Makefile).
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

TIMEOUT = 60.0


def _run(*command: str) -> str:
    if shutil.which(command[0]) is None:
        pytest.fail(f"{command[0]} is missing: install poppler-utils (make system-deps)")
    done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT, check=False)
    assert done.returncode == 0, f"{' '.join(command)} failed: {done.stderr}"
    return done.stdout


def text(pdf: Path, *, first: int | None = None, last: int | None = None) -> str:
    """The text in reading order, pages separated by form feeds."""
    pages = [*(["-f", str(first)] if first else []), *(["-l", str(last)] if last else [])]
    return _run("pdftotext", "-enc", "UTF-8", *pages, str(pdf), "-")


def page_texts(pdf: Path) -> list[str]:
    """The text of each page."""
    return text(pdf).split("\f")[: pages(pdf)]


def info(pdf: Path) -> dict[str, str]:
    """``pdfinfo``'s fields: Title, Pages, Page size, Tagged, …"""
    fields: dict[str, str] = {}
    for line in _run("pdfinfo", "-enc", "UTF-8", str(pdf)).splitlines():
        key, sep, value = line.partition(":")
        if sep:
            fields[key.strip()] = value.strip()
    return fields


def pages(pdf: Path) -> int:
    return int(info(pdf)["Pages"])


def catalog_language(pdf: Path) -> str | None:
    """The document's /Lang, as a screen reader picks its voice by."""
    match = re.search(rb"/Lang\s*\(([^)]*)\)", pdf.read_bytes())
    return match.group(1).decode("latin-1") if match else None


@dataclass(frozen=True)
class Font:
    name: str
    embedded: bool


def fonts(pdf: Path) -> list[Font]:
    lines = _run("pdffonts", str(pdf)).splitlines()[2:]  # two header lines
    found = []
    for line in lines:
        columns = line.split()
        # name type [encoding words…] emb sub uni object ID: emb is the 5th from the end
        found.append(Font(columns[0], columns[-5] == "yes"))
    return found


@dataclass(frozen=True)
class Word:
    page: int
    text: str
    x_min: float
    y_min: float
    x_max: float
    y_max: float
    page_width: float
    page_height: float

    def outside(self, margin: float = 0.0) -> bool:
        """Whether any part of the word lies beyond the page, less ``margin`` points."""
        return (
            self.x_min < margin
            or self.y_min < margin
            or self.x_max > self.page_width - margin
            or self.y_max > self.page_height - margin
        )


_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">')
_WORD = re.compile(
    r'<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">(.*?)</word>'
)


def words(pdf: Path) -> list[Word]:
    """Every word with its box, in points from the page's top left."""
    found: list[Word] = []
    page, width, height = 0, 0.0, 0.0
    for line in _run("pdftotext", "-bbox", "-enc", "UTF-8", str(pdf), "-").splitlines():
        if match := _PAGE.search(line):
            page += 1
            width, height = float(match.group(1)), float(match.group(2))
        elif match := _WORD.search(line):
            x0, y0, x1, y1 = (float(match.group(n)) for n in range(1, 5))
            found.append(Word(page, html.unescape(match.group(5)), x0, y0, x1, y1, width, height))
    return found


def render(pdf: Path, out_dir: Path, *, dpi: int = 60, first: int = 1, last: int = 0) -> list[Path]:
    """The pages as PNG files (to look at, and to check that something is drawn)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    prefix = out_dir / pdf.stem
    limits = ["-f", str(first), *(["-l", str(last)] if last else [])]
    _run("pdftoppm", "-png", "-r", str(dpi), *limits, str(pdf), str(prefix))
    return sorted(out_dir.glob(f"{pdf.stem}*.png"))
