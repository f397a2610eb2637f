"""Web addresses in pack texts ("srg.dk") as safe links: the one place that finds them.

A closing text that names Studenterrådgivningen (srg.dk) is only useful when a student
can tap it. The pack's text stays plain text: this splits it into parts, each plain text
or an address with the ``href`` to open, and the page builds the link itself (Jinja with
autoescape, the script with ``textContent``), so no markup from a pack ever reaches the
page. Only ``http(s)://`` addresses and bare domains under a known top-level domain are
links (``f.eks.``, ``sara.mp4`` or ``kl. 10.30`` are not); a bare domain opens over
https. Pure functions, called wherever a step is rendered (worker and writer threads).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Top-level domains a pack text is likely to name; anything else stays text.
_TLDS = "dk|com|org|net|eu|info|io|edu|gov|de|se|no|fi|is|gl|fo|nl|uk|be|fr|es|it|pl|at|ch|ie"
_LABEL = r"[^\W_](?:[\w-]{0,61}[^\W_])?"
_PATH = r"(?:[/?#][^\s<>\"'`]*)?"
_ADDRESS = re.compile(
    # An explicit web address, or a bare domain that is not part of a word, a path or an
    # e-mail address (no letter, digit, '@', '.', '/' or '-' right before it). The domain
    # ends in a lower-case top-level domain, so "slut.De kom" (a missing space) is text.
    rf"(?i:https?://){_LABEL}(?:\.{_LABEL})*(?::\d{{1,5}})?{_PATH}"
    rf"|(?<![\w@./-])(?:{_LABEL}\.)+(?:{_TLDS})(?![\w-]){_PATH}"
)
#: What ends a sentence rather than an address: "(srg.dk)." → "srg.dk".
_TRAILING = ".,;:!?)]}»”’'\""


@dataclass(frozen=True)
class TextPart:
    """A piece of a text: plain (``href`` None) or an address to open."""

    text: str
    href: str | None = None


def split_links(text: str) -> list[TextPart]:
    """``text`` as parts; joining every part's ``text`` gives ``text`` back unchanged."""
    parts: list[TextPart] = []
    position = 0
    for match in _ADDRESS.finditer(text):
        address = _trim(match.group(0))
        if not address:
            continue
        start, end = match.start(), match.start() + len(address)
        if start > position:
            parts.append(TextPart(text[position:start]))
        parts.append(TextPart(address, _href(address)))
        position = end
    if position < len(text) or not parts:
        parts.append(TextPart(text[position:]))
    return parts


def _trim(address: str) -> str:
    """Drop sentence punctuation at the end, keeping a ')' that closes one in the address."""
    while address and address[-1] in _TRAILING:
        if address[-1] == ")" and address.count("(") >= address.count(")"):
            break
        address = address[:-1]
    return address


def _href(address: str) -> str:
    if address[:7].lower() == "http://" or address[:8].lower() == "https://":
        return address
    return "https://" + address
