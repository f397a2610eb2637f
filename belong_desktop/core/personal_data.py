"""Find personal data in a student's text, so the counsellor can review it before an export.

``find_personal_data`` flags the spans that likely identify someone: CPR numbers (a valid
date and the CPR century rule, no modulus-11 check), e-mail addresses, phone numbers
(Danish eight digits with or without +45, international formats), links, social-media
handles, street addresses (a street and a house number) and person names (names.py). Where
two findings overlap, the more specific kind wins (an e-mail over the handle and name in
it, a link over a handle). The review decides, so a flag is a span and a kind, never a
verdict; a flag's repr carries no text and nothing here logs. Pure functions over a
string: any thread; the name list loads once per process.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType

from belong_desktop.core.errors import InvalidInput
from belong_desktop.core.first_names import word_set
from belong_desktop.core.names import scan


class PiiKind(enum.StrEnum):
    CPR = "cpr"
    EMAIL = "email"
    PHONE = "phone"
    URL = "url"
    HANDLE = "handle"
    ADDRESS = "address"
    NAME = "name"


@dataclass(frozen=True)
class Flag:
    """``text[start:end]`` probably holds personal data of ``kind``."""

    kind: PiiKind
    start: int
    end: int


REDACTION_TOKENS: Mapping[PiiKind, str] = MappingProxyType(
    {
        PiiKind.NAME: "[navn]",
        PiiKind.EMAIL: "[e-mail]",
        PiiKind.PHONE: "[telefon]",
        PiiKind.CPR: "[cpr-nr]",
        PiiKind.URL: "[link]",
        PiiKind.HANDLE: "[brugernavn]",
        PiiKind.ADDRESS: "[adresse]",
    }
)

# Overlaps go to the earlier kind here: the more specific finding.
_PRECEDENCE = (
    PiiKind.EMAIL,
    PiiKind.URL,
    PiiKind.CPR,
    PiiKind.PHONE,
    PiiKind.ADDRESS,
    PiiKind.HANDLE,
    PiiKind.NAME,
)
_RANK = {kind: i for i, kind in enumerate(_PRECEDENCE)}

_EMAIL = re.compile(
    r"(?<![\w.+-])[\w.+-]*\w@\w[\w-]*(?:\.[\w-]+)*\.[^\W\d_]{2,}(?![\w@])", re.UNICODE
)

# Top-level domains a bare "name.tld" link may end in (a list, so "bl.a" and "f.eks" are
# no links; file names like "rapport.pdf" neither).
_TLDS = (
    "com|dk|no|nl|se|de|fi|is|be|eu|uk|org|net|io|me|info|app|dev|gg|tv|ly|co|xyz|online|"
    "site|link|page|blog"
)
_URL = re.compile(
    r"(?i)(?<![\w@.])(?:"
    r"https?://[^\s<>\"']+"
    r"|www\.[^\s<>\"']+"
    rf"|(?:[a-z0-9æøå-]+\.)+(?:{_TLDS})\b(?:/[^\s<>\"']*)?"
    r")"
)
# Domains whose mention says nothing about a person: the universities, public services and
# learning platforms students write about ("se ku.dk", "tjek su.dk").
_SPACE = re.compile(r"\s")
_AT = re.compile("@")
_URL_HINT = re.compile(rf"(?i)://|www\.|\.(?:{_TLDS})\b")
_PUBLIC_DOMAINS = word_set(
    "ku.dk dtu.dk au.dk sdu.dk aau.dk ruc.dk cbs.dk itu.dk kp.dk phabsalon.dk via.dk "
    "ucl.dk ucn.dk easv.dk kea.dk cphbusiness.dk zealand.dk eamv.dk ibaa.dk dania.dk "
    "ucsyd.dk su.dk ug.dk borger.dk sundhed.dk optagelse.dk studievalg.dk dr.dk tv2.dk "
    "mitid.dk instructure.com aula.dk canvas.net itslearning.com moodle.org google.com "
    "youtube.com wikipedia.org microsoft.com office.com uio.no ntnu.no uva.nl tudelft.nl "
    "uu.nl"
)
# Sites where a path names a person's profile ("instagram.com/sofie.k").
_SOCIAL_DOMAINS = word_set(
    "instagram.com facebook.com fb.com tiktok.com snapchat.com linkedin.com twitter.com "
    "x.com youtube.com github.com spotify.com discord.gg discord.com t.me wa.me "
    "pinterest.com reddit.com twitch.tv threads.net vsco.co bereal.com"
)
_TRAILING = ".,;:!?)]}'\"»”’…"

_HANDLE = re.compile(r"(?<![\w@.])@([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)")
_LABELLED_HANDLE = re.compile(
    r"(?i)\b(?:snap(?:chat)?|insta(?:gram)?|ig|sc|tiktok|discord|twitter|threads|bereal)"
    r"(?:\s*[:=]\s*|\s+(?:er|is|es|ist|id)\s+|\s+)@?"
    r"([a-z0-9_](?:[a-z0-9_.]{0,28}[a-z0-9_])?(?:#\d{4})?)(?![\w@])"
)

_HANDLE_LABELS = ("snap", "insta", "ig:", "sc:", "tiktok", "discord", "twitter", "threads")

_CPR = re.compile(r"(?<![\d+.,/:-])(\d\d)(\d\d)(\d\d)[-–‐ ]?(\d)\d{3}(?![\d.,/:]\d|\d)")

# Phone numbers. Danish subscriber numbers start with 2-9; the groupings are the ones
# people write. International numbers start with + or 00 and a country code.
_SEP = r"[ .\-]?"
_PHONE = re.compile(
    r"(?<![\w+.,/:-])(?:"
    r"(?:\(\s*\+\s*\d{1,3}\s*\)|(?:\+|00)\d{1,3})[ .\-]?(?:\(0\)\s?)?"
    r"\d{1,4}(?:[ .\-]?\d{2,4}){1,4}"
    r"|[1-9]\d(?:\d{6}|(?:[ .\-]\d\d){3}|\d\d \d{4})"
    r"|[49]\d\d \d\d \d\d\d"
    r"|0[67][ \-]?\d{8}"
    r")(?![\w,.]\d|\d)"
)
_DIGIT_RUN = re.compile(r"\d[\d \-–‐.()]{5,}\d")
_PHONE_UNIT_AFTER = re.compile(r"\s*(?:kr|dkk|nok|eur|euro|€|\$|,-|%|point|ects)\b", re.I)


def find_personal_data(text: str) -> list[Flag]:
    """Every likely piece of personal data in ``text``: sorted, none overlapping."""
    if not text:
        return []
    # Cheap tests first: most texts hold no "@", no digit run and no domain at all.
    found = [*_handles(text), *_emails(text), *_urls(text)]
    if _DIGIT_RUN.search(text):
        found += [*_cprs(text), *_phones(text)]
    addresses, names = scan(text)
    found += [Flag(PiiKind.ADDRESS, s, e) for s, e, _ in addresses]
    found += [Flag(PiiKind.NAME, s, e) for s, e in names]
    return _resolve(found)


def redact(text: str, flag: Flag) -> str:
    """``text`` with ``flag``'s span replaced by its kind's token ("[navn]")."""
    if not isinstance(flag, Flag) or flag.kind not in REDACTION_TOKENS:
        raise TypeError(f"redact() needs a Flag, not {type(flag).__name__}")  # a caller's bug
    if not 0 <= flag.start < flag.end <= len(text) or not text[flag.start : flag.end].strip():
        raise InvalidInput(
            "the flag does not fit the text (was the text changed?)",
            code="pii_flag_outside_text",
            start=flag.start,
            end=flag.end,
            length=len(text),
        )
    return text[: flag.start] + REDACTION_TOKENS[flag.kind] + text[flag.end :]


def _resolve(found: list[Flag]) -> list[Flag]:
    """Keep the most specific, then the longest finding wherever findings overlap."""
    kept: list[Flag] = []
    for flag in sorted(found, key=lambda f: (_RANK[f.kind], f.start - f.end, f.start)):
        if all(flag.end <= k.start or k.end <= flag.start for k in kept):
            kept.append(flag)
    return sorted(kept, key=lambda f: f.start)


def _tokens_with(text: str, hints: Iterator[int]) -> Iterator[tuple[int, int]]:
    """The whitespace-delimited stretches holding the hint positions, each once: the slow
    patterns run only there (an "@", a "www.", a ".dk" is rare in a student's text)."""
    done = -1
    for at in hints:
        if at < done:
            continue
        start = max(text.rfind(c, 0, at) for c in " \n\t") + 1
        found = _SPACE.search(text, at)
        done = found.start() if found else len(text)
        yield start, done


def _emails(text: str) -> Iterator[Flag]:
    ats = (m.start() for m in _AT.finditer(text)) if "@" in text else iter(())
    for start, end in _tokens_with(text, ats):
        for m in _EMAIL.finditer(text, start, end):
            yield Flag(PiiKind.EMAIL, m.start(), m.end())


def _urls(text: str) -> Iterator[Flag]:
    hints = (h.start() for h in _URL_HINT.finditer(text))
    matches = (m for s, e in _tokens_with(text, hints) for m in _URL.finditer(text, s, e))
    for m in matches:
        link = m.group().rstrip(_TRAILING)
        if link.count("(") < link.count(")"):
            link = link[: link.rfind(")")]
        host, _, path = re.sub(r"(?i)^(?:https?://)?(?:www\.)?", "", link).partition("/")
        host = host.split(":")[0].lower()
        if _listed(host, _SOCIAL_DOMAINS):
            if not path.strip("/"):
                continue
        elif _listed(host, _PUBLIC_DOMAINS):
            continue
        yield Flag(PiiKind.URL, m.start(), m.start() + len(link))


def _listed(host: str, domains: frozenset[str]) -> bool:
    parts = host.split(".")
    return any(".".join(parts[i:]) in domains for i in range(len(parts) - 1))


def _cprs(text: str) -> Iterator[Flag]:
    for m in _CPR.finditer(text):
        day, month, year, seventh = (int(g) for g in m.groups())
        if _cpr_date_valid(day, month, year, seventh):
            yield Flag(PiiKind.CPR, m.start(), m.end())


def _cpr_date_valid(day: int, month: int, yy: int, seventh: int) -> bool:
    """The CPR number's date part is a real date; the century follows from its 7th digit."""
    if seventh <= 3:
        century = 1900
    elif seventh in (4, 9):
        century = 2000 if yy <= 36 else 1900
    else:
        century = 2000 if yy <= 57 else 1800
    try:
        date(century + yy, month, day)
    except ValueError:
        return False
    return True


def _phones(text: str) -> Iterator[Flag]:
    for m in _PHONE.finditer(text):
        number = m.group()
        digits = sum(c.isdigit() for c in number)
        international = not number[0].isdigit() or number.startswith("00")
        if international and not 7 <= digits <= 15:
            continue
        if _PHONE_UNIT_AFTER.match(text, m.end()):
            continue  # "25 000 000 kr" is a sum
        yield Flag(PiiKind.PHONE, m.start(), m.end())


def _handles(text: str) -> Iterator[Flag]:
    lower = text.lower()
    patterns = [_HANDLE] if "@" in text else []
    if any(label in lower for label in _HANDLE_LABELS):
        patterns.append(_LABELLED_HANDLE)
    for pattern in patterns:
        for m in pattern.finditer(text):
            handle = m.group(1)
            start = m.start(1)
            if pattern is _HANDLE:
                start -= 1  # the "@" belongs to the handle
            elif not re.search(r"[\d_.#]", handle) and not re.search(r"[:=@]", m.group()):
                continue  # "min snap er privat": a handle needs a label or a handle's look
            if handle.isdigit():
                continue
            yield Flag(PiiKind.HANDLE, start, m.start(1) + len(handle))
