"""How numbers and quotations are set in each language the packs are written in.

Printed documents are read by people who notice: a Danish page quotes »like this« and
writes 1.250 and 4,5; an English one “like this”, 1,250 and 4.5. The PDFs (letters
booklet, reports, facilitator script) set every number and quotation through these, in
the document's language; an unknown language gets the English forms.
"""

from __future__ import annotations

#: Opening and closing quotation marks per language (Danish: the printers' »guillemets«).
QUOTES: dict[str, tuple[str, str]] = {
    "da": ("»", "«"),
    "nb": ("«", "»"),
    "nn": ("«", "»"),
    "no": ("«", "»"),
    "sv": ("”", "”"),
    "nl": ("‘", "’"),
    "de": ("„", "“"),
    "en": ("“", "”"),
}
#: Thousands separator and decimal mark per language.
NUMBER_MARKS: dict[str, tuple[str, str]] = {
    "da": (".", ","),
    "nb": ("\u00a0", ","),
    "nn": ("\u00a0", ","),
    "no": ("\u00a0", ","),
    "sv": ("\u00a0", ","),
    "nl": (".", ","),
    "de": (".", ","),
    "en": (",", "."),
}
#: Between the two ends of a range (``10–12``) and as a dash in running text (`` – ``).
EN_DASH = "–"
#: Stands in for a value that is not there (a cell kept back, a time not recorded).
NO_VALUE = "–"


def _base(language: str) -> str:
    return language.split("-", 1)[0].split("_", 1)[0].lower()


def quoted(text: str, language: str) -> str:
    """``text`` between the language's quotation marks."""
    opening, closing = QUOTES.get(_base(language), QUOTES["en"])
    return f"{opening}{text}{closing}"


def number(value: float, language: str, digits: int = 0) -> str:
    """``1250.5`` → ``1.250,5`` (da, one digit) or ``1,250.5`` (en)."""
    thousands, decimal = NUMBER_MARKS.get(_base(language), NUMBER_MARKS["en"])
    plain = f"{value:,.{digits}f}"  # 1,250.5
    return plain.replace(",", "\0").replace(".", decimal).replace("\0", thousands)


def percent(share: float, language: str, digits: int = 0) -> str:
    """``0.425`` → ``42 %`` (da, with a no-break space) or ``42%`` (en)."""
    figure = number(share * 100, language, digits)
    return f"{figure}%" if _base(language) == "en" else f"{figure}\u00a0%"


def span(low: float, high: float, language: str, digits: int = 0) -> str:
    """A range, ``10–12``, with an en dash and no spaces."""
    return f"{number(low, language, digits)}{EN_DASH}{number(high, language, digits)}"
