"""Find person names and street addresses in a student's text (for personal_data.py).

A word is a name when the first-name list knows it (first_names.py) and the text agrees:
capitalised (at a sentence start too, unless the name is also a common word such as "Per"
or "Mark"), or in lower case or ALL CAPS where nothing else reads it as a word. A cue makes
a name of a word the list does not know: "jeg hedder", "Hilsen", "Kh.", "min ven", "Kære".
A flagged name takes its surname along ("Mads Jensen", "Anne van Dijk"). A street with a
house number is an address; a street without one ("Jens Baggesens Vej") is a place, and
the person's name inside it is not flagged. Pure functions: any thread.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence

from belong_desktop.core.first_names import NameList, fold, name_list, word_set

# A word: \w and combining marks typed after a letter, hyphenated parts allowed (far faster
# than a class of letters only; a "word" with digits is simply no name).
_WORD = re.compile(r"[\w\u0300-\u036f]+(?:-[\w\u0300-\u036f]+)*")

_STRONG_SUFFIX = (
    r"vej|vejen|gade|gaden|allé|alle|stræde|strædet|vænge|vænget|boulevard|vei|veien|gate|"
    r"gata|straat|laan|weg|gracht|street|road|lane|avenue"
)
_SUFFIX = (
    _STRONG_SUFFIX + r"|plads|pladsen|torv|torvet|bakke|bakken|have|haven|park|parken|toft|"
    r"toften|vang|vangen|høj|sti|stien|kvarter|bro|broen|kaj|plein|kade|singel"
)
_STREET = re.compile(
    r"(?<![\w-])(?P<street>(?:[A-ZÆØÅ][\w.'’-]*\s+){0,2}"  # "Jens Baggesens", "H.C."
    rf"(?:[^\W\d_]{{3,}}(?:{_SUFFIX})|[A-ZÆØÅ][\w'’-]*\s+(?i:{_SUFFIX})))(?![\w-])"
    r"(?P<number>\s+\d{1,4}(?:\s?[A-Za-z](?!\w))?(?![\d.:,]\d)"
    r"(?!\s*(?:gange|gang|timer|dage|uger|km|min|minutter|kr|år|måneder|personer|point|ects|"
    r"times|days|weeks|%))"
    r"(?:,?\s*(?:\d{1,2}\.?\s*(?:sal|th|tv|mf)\b\.?|st\.?\s*(?:th|tv|mf)?\.?))?"
    r"(?:,?\s*\d{4}\s+[A-ZÆØÅ][\wæøå]+(?:\s+[A-ZÆØÅ]{1,2}\b)?)?)?"
)
# "12 Baker Street": the English order, number first.
_HOUSE_FIRST = re.compile(
    r"(?<![\w.,])\d{1,4}[A-Za-z]?\s+(?:[A-Z][a-z]+\s+){1,2}(?:Street|Road|Lane|Avenue|St|Rd)\b"
)
_SUFFIXES = tuple(_SUFFIX.split("|"))
_SPACE_DIGIT = re.compile(r"\s\d")
_LAST_WORD = re.compile(r"[^\W\d_]+\s*$")
_STRONG_END = re.compile(rf"(?:{_STRONG_SUFFIX})$", re.IGNORECASE)

# Cues before a name. Those marked "any" make a name of any capitalised word, known or not.
_INTRO = ("hedder", "hed", "heter", "heet", "navn er", "name is", "kaldet", "call me")
_SIGNOFF = (
    "hilsen", "hilsner", "kh", "kærlig hilsen", "venlig hilsen", "mvh", "vh", "knus",
    "kram", "love", "xoxo", "cheers", "regards", "best", "groetjes", "groeten", "klem",
    "mange hilsner", "de bedste hilsner", "god vind", "held og lykke", "fra", "from",
)  # fmt: skip
_GREETING = ("kære", "hej", "hey", "hi", "hello", "dear", "hallo", "hei", "beste")
_RELATION = (
    "ven", "veninde", "vennen", "veninden", "venner", "kæreste", "kammerat", "kammeraten",
    "bror", "søster", "makker", "makkeren", "studiemakker", "roommate", "sidemakker",
    "tutor", "tutoren", "mentor", "mentoren", "rusvejleder", "rusvejlederen", "vejleder",
    "vejlederen", "underviser", "underviseren", "lærer", "læreren", "professor", "lektor",
    "friend", "boyfriend", "girlfriend", "venn", "venninne", "vriend", "vriendin",
)  # fmt: skip
# Capitalised words that follow a cue and are no name ("Kære Nye Studerende").
_CUES = {
    tuple(cue.split()): kind
    for kind, cues in (
        ("relation", _RELATION),
        ("greeting", _GREETING),
        ("signoff", _SIGNOFF),
        ("intro", _INTRO),
    )
    for cue in cues
}
_CUE_ENDS = frozenset(cue[-1] for cue in _CUES)
_GAP = re.compile(r"[\s,.:!\-–—(]*")
_NOT_AFTER_CUE = word_set(
    "alle jer dig du nye ny kommende fremtidige studerende medstuderende ven venner "
    "første rus russer student students future new you all everyone friends reader læser "
    "fra en et din dit dine jeres de den det os mig vi the a an your from my min mit mine "
    "og and til to med i på af for som er var jeg hej kære tak thanks hilsen mvh kh "
    "anonym anonymous ukendt unknown gammel tidligere ældre dtu ku au sdu god godt jul "
    "nytår sommer weekend mandag tirsdag onsdag torsdag fredag lørdag søndag studiet uni "
    "universitetet semester årgang klasse holdet"
)
# Words whose capital letter says nothing: months, days, feasts, in every language here.
# Capitalised words that start most sentences and are never a name: skipped at once.
_SENTENCE_WORDS = word_set(
    "Jeg Det Der Vi Men Og Hvis Du Hun De Den Dem Vores Mit Mine Så Når Efter Til På Som "
    "Hvad Hvor Hvordan Hvorfor Nu Selv Alle Nogle Mange Ingen Jer Man Også Bare Lige Ja "
    "Nej Tak Hej Kære Hilsen Og Eller Fordi Selvom Mens Inden Før Bagefter Første The It "
    "We You They He She This That There What When How If But And So My Our Your Its"
)
_CALENDAR = word_set(
    "januar februar marts april maj juni juli august september oktober november december "
    "january february march may june july october mandag tirsdag onsdag torsdag fredag "
    "lørdag søndag monday tuesday wednesday thursday friday saturday sunday jan feb mar "
    "apr jun jul aug sep sept okt oct nov dec man tir ons tor fre lør søn mon tue wed thu "
    "fri sat sun ramadan eid påske pinse christmas easter"
)
_CALENDAR_NEIGHBOURS = word_set(
    "i in på of last next sidste næste siden since until til fra from start slut midt "
    "medio primo ultimo om during early late sidst først starten slutningen on every this "
    "each hver denne before after før efter inden by mid"
)
_ACRONYMS = frozenset({"ida", "eva"})  # the engineers' union, the evaluation institute
_SURNAME_END = re.compile(
    r"(?:sen|son|sson|gaard|gård|strup|holm|berg|bjerg|lund|skov|dal|mann|ski|ić|oğlu|"
    r"zadeh|ovic|escu|ini|ez)$"
)
_PARTICLES = frozenset({"van", "von", "de", "der", "den", "al", "el", "bin", "ibn", "da", "la"})
_NOT_SURNAME = _NOT_AFTER_CUE | _CALENDAR | frozenset({"og", "i", "fra", "hvor", "da", "men"})
_NOT_UNKNOWN_ENDINGS = ("ningen", "erne", "else", "heden", "skabet", "ende", "ene", "ing")


def scan(text: str) -> tuple[list[tuple[int, int, bool]], list[tuple[int, int]]]:
    """Addresses (a street and a house number) and the person names outside them."""
    addresses = list(_addresses(text))
    words = list(_WORD.finditer(text))
    if addresses:
        words = [m for m in words if not _inside(m.start(), addresses)]
    return addresses, list(_names(text, words))


def _addresses(text: str) -> Iterator[tuple[int, int, bool]]:
    searched_to = 0
    for digit in _SPACE_DIGIT.finditer(text):
        before = _LAST_WORD.search(text, max(0, digit.start() - 40), digit.start())
        if before is None or before.start() < searched_to:
            continue
        if not before.group().lower().endswith(_SUFFIXES):
            continue
        m = _street_at(text, max(searched_to, before.start() - 60), before.end(), numbered=True)
        if m is not None:
            searched_to = m.end()
            yield m.start(), m.end(), True
    for m in _HOUSE_FIRST.finditer(text):
        yield m.start(), m.end(), True


def _street_at(
    text: str, start: int, word_end: int, *, numbered: bool, covering: int | None = None
) -> re.Match[str] | None:
    """The street (with its number if ``numbered``) whose street word ends at ``word_end``
    and, if given, that starts at or before ``covering``."""
    for m in _STREET.finditer(text, start, word_end + 60):
        if m.end("street") != word_end or (m.group("number") is None) == numbered:
            continue
        if covering is not None and m.start() > covering:
            continue
        street = m.group("street")
        if street[:1].isupper() or (numbered and _STRONG_END.search(street)):
            return m
    return None


def _in_street_name(text: str, words: Sequence[re.Match[str]], k: int) -> bool:
    """Word ``k`` starts or is part of a street's name ("Jens Baggesens Vej")."""
    for j in range(k, min(k + 4, len(words))):
        word = words[j].group()
        if word[:1].isupper() and word.lower().endswith(_SUFFIXES):
            start, end = words[max(0, k - 2)].start(), words[j].end()
            found = _street_at(text, start, end, numbered=False, covering=words[k].start())
            return found is not None
    return False


def _names(text: str, words: Sequence[re.Match[str]]) -> Iterator[tuple[int, int]]:
    """The spans of likely person names among ``words``, surname included."""
    lists = name_list()
    # The lower-case words that are names, found by set operations rather than word by word.
    present = lists.names.intersection(_WORD.findall(text.lower()))
    flagged = set()
    for i, m in enumerate(words):
        word = m.group()
        if word in _SENTENCE_WORDS or not (word[0].isupper() or word in present or "-" in word):
            continue
        if _is_name(text, words, i, lists):
            flagged.add(i)
    # A name beside a flagged name ("Per og Sofie", "Mads, Per og Ida") is a name too.
    for i in sorted(flagged):
        for j in (i - 2, i + 2):
            if 0 <= j < len(words) and j not in flagged and _joined(text, words, min(i, j)):
                word = words[j].group()
                if word[:1].isupper() and _known(word, lists.names) is not None:
                    flagged.add(j)
    ordered, i = sorted(flagged), 0
    while i < len(ordered):
        k = ordered[i]
        start, end = words[k].start(), _stem_end(words[k], lists.names)
        j = k + 1
        while j < len(words) and j - k <= 3:
            if _particle(text, words, j, end):
                end, j = words[j + 1].end(), j + 2
            elif _surname(text, words, j, end, lists.names):
                end, j = words[j].end(), j + 1
            else:
                break
        if not _in_street_name(text, words, k):
            yield start, end
        while i < len(ordered) and ordered[i] < j:
            i += 1


def _inside(position: int, spans: Sequence[tuple[int, int, bool]]) -> bool:
    return any(s <= position < e for s, e, _ in spans)


def _stem_end(m: re.Match[str], names: frozenset[str]) -> int:
    """End of the name without a genitive s ("Sofies" -> "Sofie")."""
    word = m.group()
    if fold(word) not in names and word[-1:] == "s" and fold(word[:-1]) in names:
        return m.end() - 1
    return m.end()


def _known(word: str, names: frozenset[str]) -> str | None:
    """The key the word is known by: itself, its hyphenated parts, or without a genitive s."""
    key = fold(word)
    if key in names:
        return key
    if "-" in key and all(part in names for part in key.split("-")):
        return key
    if key.endswith("s") and key[:-1] in names and word[:1].isupper() and len(key) > 3:
        return key[:-1]
    return None


def _is_name(text: str, words: Sequence[re.Match[str]], i: int, lists: NameList) -> bool:
    word = words[i].group()
    key = _known(word, lists.names)
    capital = word[:1].isupper()
    if key is None and not capital:
        return False
    caps = word.isupper() and len(word) > 1
    cue = _cue_before(text, words, i)
    if key is None:
        folded = fold(word)
        return (
            cue is not None
            and word.isalpha()
            and not caps
            and len(word) > 2
            and folded not in _NOT_AFTER_CUE
            and not folded.endswith(_NOT_UNKNOWN_ENDINGS)
        )
    ambiguous = key in lists.words or len(key) <= 2 or key in _CALENDAR
    if cue == "intro":
        return True
    if cue is not None:
        return (capital or not ambiguous) and key not in _NOT_AFTER_CUE
    if key in _CALENDAR and _calendar_use(text, words, i):
        return False
    if caps:
        return not ambiguous and key not in _ACRONYMS and len(key) > 2
    if not capital:
        return not ambiguous and key not in lists.dictionary and len(key) > 2
    if not _sentence_start(text, words[i].start()):
        return not (ambiguous and _capitalised_text(words, i))
    if not ambiguous:
        return True
    return i + 1 < len(words) and _surname(text, words, i + 1, words[i].end(), lists.names)


def _cue_before(text: str, words: Sequence[re.Match[str]], i: int) -> str | None:
    """Which cue, if any, stands right before word ``i`` (punctuation between allowed)."""
    if i == 0 or fold(words[i - 1].group()) not in _CUE_ENDS:
        return None
    if not _GAP.fullmatch(text, words[i - 1].end(), words[i].start()):
        return None
    before = [fold(w.group()) for w in words[max(0, i - 3) : i]]
    for n in (3, 2, 1):
        if len(before) < n:
            continue
        kind = _CUES.get(tuple(before[-n:]))
        if kind is None:
            continue
        needs_line_start = kind == "greeting" or before[-n:] in (["fra"], ["from"], ["best"])
        if needs_line_start and not _line_start(text, words[i - n].start()):
            continue
        return kind
    return None


def _line_start(text: str, position: int) -> bool:
    """Only blanks or sentence punctuation before ``position`` on its line."""
    line = text[text.rfind("\n", 0, position) + 1 : position].rstrip()
    return not line or line[-1] in ".!?…" or unicodedata.category(line[-1]) in ("So", "Sk")


def _sentence_start(text: str, position: int) -> bool:
    j = position - 1
    while j >= 0 and (text[j].isspace() or text[j] in "\"'«»“”‘’([-–—•*"):
        j -= 1
    return j < 0 or text[j] in ".!?:;…\n" or unicodedata.category(text[j]) in ("So", "Sk")


def _capitalised_text(words: Sequence[re.Match[str]], i: int) -> bool:
    """Title Case or all capitals around the word: its capital says nothing."""
    near = [w.group() for w in words[max(0, i - 3) : i + 4] if len(w.group()) > 3]
    return len(near) >= 4 and all(w[:1].isupper() for w in near)


def _calendar_use(text: str, words: Sequence[re.Match[str]], i: int) -> bool:
    """ "15. Jan", "Jan. 2025", "in August", "1. maj": the month or day, not the name."""
    m = words[i]
    before = text[max(0, m.start() - 6) : m.start()]
    after = text[m.end() : m.end() + 6]
    if re.search(r"\d\.?\s*$", before) or re.match(r"\.?\s*\d", after):
        return True
    return i > 0 and fold(words[i - 1].group()) in _CALENDAR_NEIGHBOURS


def _joined(text: str, words: Sequence[re.Match[str]], i: int) -> bool:
    """Words ``i`` and ``i + 2`` are joined by "og"/"and"/"&" or a comma list."""
    middle = fold(words[i + 1].group())
    gap1 = text[words[i].end() : words[i + 1].start()]
    gap2 = text[words[i + 1].end() : words[i + 2].start()]
    return middle in ("og", "and", "en", "eller", "or") and gap1.strip(" ,") == "" == gap2.strip()


def _particle(text: str, words: Sequence[re.Match[str]], j: int, end: int) -> bool:
    """Word ``j`` is "van", "al", "bin" … between a name and a capitalised family name."""
    if j + 1 >= len(words) or fold(words[j].group()) not in _PARTICLES:
        return False
    nxt = words[j + 1]
    return (
        text[end : words[j].start()] == " "
        and text[words[j].end() : nxt.start()] in (" ", "-")
        and nxt.group()[:1].isupper()
    )


def _surname(
    text: str, words: Sequence[re.Match[str]], j: int, end: int, names: frozenset[str]
) -> bool:
    """Word ``j`` continues the name that ends at ``end``: a surname or an initial."""
    word = words[j].group()
    gap = text[end : words[j].start()]
    if gap != " " and not (gap == ". " and text[end - 2 : end - 1].isspace()):
        return False  # ". " only after an initial: "Jonas P. Lund"
    if len(word) == 1:
        return word.isupper()  # an initial: "Mads J. Jensen"
    key = fold(word)
    head, _, tail = word.partition("-")
    if fold(head) in _PARTICLES and tail[:1].isupper():
        return True  # "al-Hassan"
    if not word[:1].isupper() or word.isupper() or key in _NOT_SURNAME:
        return False
    return bool(_SURNAME_END.search(key)) or key in names or text[words[j].end() :][:1] in ",.\n"
