"""The shipped packs' texts agree with their own plan and with what the app really does.

A counsellor reads "give ten minutes" in the notes while the projector's timer says
"ca. 12 min": the class notices, and the study's timing drifts. So every duration a
step's texts state (notes, projector, student page, consent, poll options; Danish,
English, Norwegian Bokmål and Dutch; number words, digits, ranges) is found and checked
against the step's ``minutes``. A duration stated for the whole step must equal it
exactly (a range is a different plan, so it never does). A duration that is clearly a
part of the step (a warning before the end, "each lasts under a minute", the minute to
answer a poll) is named by one of the few ``PART_PATTERNS`` and may be any length up to
the step's; so may a length in seconds, which is a video's and is checked against the
video file itself. Vague amounts ("et par minutter", "a few minutes") are not stated
durations and are not read.

Also here: the packs call the page "siden" (students are university students, not
"elever", nor "leerlingen"), and the notes never send the counsellor to a subtitle picker
the app does not have (subtitles follow the session language).
"""

from __future__ import annotations

import re
import struct
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from belong_desktop.core.pack_loader import load_pack
from belong_desktop.core.packs import Localized, Pack, Step, StepKind

PACKS = Path(__file__).resolve().parents[2] / "assets" / "packs"
SHIPPED = ("belonging", "control")

# -- reading durations ------------------------------------------------------------------


@dataclass(frozen=True)
class Words:
    """How one language states a duration: its numbers, units, ranges and halves."""

    numbers: dict[str, float]
    units: dict[str, float]  # minutes per unit
    range_words: tuple[str, ...]  # "12 til 15 minutter"
    and_a_half: str  # "et minut og et halvt"
    #: (number, unit) pairs that are not durations, e.g. English "a second" (an ordinal).
    not_durations: frozenset[tuple[str, str]] = frozenset()


SECOND = 1 / 60
WORDS: dict[str, Words] = {
    "da": Words(
        numbers={
            "et halvt": 0.5,
            "halvandet": 1.5,
            "en": 1,
            "et": 1,
            "to": 2,
            "tre": 3,
            "fire": 4,
            "fem": 5,
            "seks": 6,
            "syv": 7,
            "otte": 8,
            "ni": 9,
            "ti": 10,
            "elleve": 11,
            "tolv": 12,
            "tretten": 13,
            "fjorten": 14,
            "femten": 15,
            "seksten": 16,
            "sytten": 17,
            "atten": 18,
            "nitten": 19,
            "tyve": 20,
            "femogtyve": 25,
            "tredive": 30,
            "fyrre": 40,
            "halvtreds": 50,
            "tres": 60,
        },
        # "timen" (the lesson) is not a unit: an hour is "time"/"timer" without the article.
        units={
            "minutters": 1,
            "minutter": 1,
            "minuttet": 1,
            "minut": 1,
            "min": 1,
            "sekunder": SECOND,
            "sekund": SECOND,
            "kvarter": 15,
            "timer": 60,
            "time": 60,
        },
        range_words=("til", "eller"),
        and_a_half="og et halvt",
    ),
    "en": Words(
        numbers={
            "half a": 0.5,
            "one and a half": 1.5,
            "a": 1,
            "an": 1,
            "one": 1,
            "two": 2,
            "three": 3,
            "four": 4,
            "five": 5,
            "six": 6,
            "seven": 7,
            "eight": 8,
            "nine": 9,
            "ten": 10,
            "eleven": 11,
            "twelve": 12,
            "thirteen": 13,
            "fourteen": 14,
            "fifteen": 15,
            "sixteen": 16,
            "seventeen": 17,
            "eighteen": 18,
            "nineteen": 19,
            "twenty": 20,
            "twenty-five": 25,
            "thirty": 30,
            "forty": 40,
            "fifty": 50,
            "sixty": 60,
        },
        units={
            "minutes": 1,
            "minute": 1,
            "min": 1,
            "seconds": SECOND,
            "second": SECOND,
            "hours": 60,
            "hour": 60,
        },
        range_words=("to", "or"),
        and_a_half="and a half",
        not_durations=frozenset({("a", "second"), ("one", "second")}),
    ),
    "nb": Words(
        numbers={
            "et halvt": 0.5,
            "halvannet": 1.5,
            "en": 1,
            "et": 1,
            "ett": 1,
            "to": 2,
            "tre": 3,
            "fire": 4,
            "fem": 5,
            "seks": 6,
            "sju": 7,
            "syv": 7,
            "åtte": 8,
            "ni": 9,
            "ti": 10,
            "elleve": 11,
            "tolv": 12,
            "tretten": 13,
            "fjorten": 14,
            "femten": 15,
            "seksten": 16,
            "sytten": 17,
            "atten": 18,
            "nitten": 19,
            "tjue": 20,
            "tjuefem": 25,
            "tretti": 30,
            "førti": 40,
            "femti": 50,
            "seksti": 60,
        },
        # As in Danish, "timen" (the lesson) is not a unit.
        units={
            "minutters": 1,
            "minutter": 1,
            "minuttet": 1,
            "minutt": 1,
            "min": 1,
            "sekunder": SECOND,
            "sekund": SECOND,
            "kvarter": 15,
            "timer": 60,
            "time": 60,
        },
        range_words=("til", "eller"),
        and_a_half="og et halvt",
    ),
    "nl": Words(
        numbers={
            "een halve": 0.5,
            "anderhalve": 1.5,
            "anderhalf": 1.5,
            "een": 1,
            "één": 1,
            "twee": 2,
            "drie": 3,
            "vier": 4,
            "vijf": 5,
            "zes": 6,
            "zeven": 7,
            "acht": 8,
            "negen": 9,
            "tien": 10,
            "elf": 11,
            "twaalf": 12,
            "dertien": 13,
            "veertien": 14,
            "vijftien": 15,
            "zestien": 16,
            "zeventien": 17,
            "achttien": 18,
            "negentien": 19,
            "twintig": 20,
            "vijfentwintig": 25,
            "dertig": 30,
            "veertig": 40,
            "vijftig": 50,
            "zestig": 60,
        },
        # "het uur" / "dit uur" (the lesson) has no number, so it is never read.
        units={
            "minuten": 1,
            "minuut": 1,
            "min": 1,
            "seconden": SECOND,
            "seconde": SECOND,
            "kwartier": 15,
            "uur": 60,
        },
        range_words=("tot", "of"),
        and_a_half="en een half",
    ),
}


def _alternatives(words: Iterable[str]) -> str:
    """A regex alternation, the longest first so "halvandet" wins over "et"."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _duration_pattern(words: Words) -> re.Pattern[str]:
    number = rf"(?:\d+(?:[.,]\d+)?|{_alternatives(words.numbers)})"
    range_ = rf"\s*(?:–|—|-|\s(?:{_alternatives(words.range_words)})\s)\s*"
    return re.compile(
        rf"(?<![\w-])(?P<low>{number})(?:{range_}(?P<high>{number}))?"
        rf"[\s-]*(?P<unit>{_alternatives(words.units)})(?!\w)"
        rf"(?P<half>\s+{re.escape(words.and_a_half)})?",
        re.IGNORECASE,
    )


DURATION = {language: _duration_pattern(words) for language, words in WORDS.items()}


@dataclass(frozen=True)
class Duration:
    text: str  # as written
    low: float  # minutes
    high: float  # minutes; the same as low unless a range was stated
    start: int
    end: int
    in_seconds: bool  # a length in seconds: a video's, never a step's


def durations(text: str, language: str) -> list[Duration]:
    """Every duration stated in ``text`` (written in ``language``), in minutes, in order."""
    words = WORDS[language]

    def number(word: str) -> float:
        word = word.lower()
        if word in words.numbers:
            return words.numbers[word]
        return float(word.replace(",", "."))

    found = []
    for match in DURATION[language].finditer(text):
        unit, low_word = match["unit"].lower(), match["low"].lower()
        if unit == "min" and not low_word[0].isdigit():
            continue  # "en min ven": Danish "my", not minutes
        if (low_word, unit) in words.not_durations:
            continue
        scale = words.units[unit]
        half = 0.5 * scale if match["half"] else 0.0
        low = number(low_word) * scale + half
        high = number(match["high"]) * scale + half if match["high"] else low
        found.append(
            Duration(match[0], low, high, match.start(), match.end(), in_seconds=scale < 1)
        )
    return found


# -- which durations are parts of a step -------------------------------------------------

#: Durations that clearly name a part of the step, each phrase around ``{D}`` (the
#: duration). Keep this short: every entry is a way for a text to disagree with its plan.
PART_PATTERNS: dict[str, str] = {
    "a time before the end": (
        r"{D}\s+(?:før tid|før trinnet slutter|before the end|voor het einde)"
    ),
    "a warning": r"(?:{D}\s+(?:warning|varsel))|(?:(?:varsel|waarschuw\w*)\s+{D})",
    "each item lasts under": (
        r"(?:hver|each|elke video|elk|elke)\s+(?:varer|lasts|duurt)\s+"
        r"(?:under|højst|høyst|at most|korter dan|hooguit)\s+{D}"
    ),
    "the time to answer a poll": r"{D}\s+(?:til at svare|to answer|til å svare|om te antwoorden)",
}
#: Per language, each part pattern with the duration's pattern (without its group names).
_PARTS = {
    language: {
        name: re.compile(
            part.replace("{D}", re.sub(r"\(\?P<\w+>", "(?:", duration.pattern)),
            re.IGNORECASE,
        )
        for name, part in PART_PATTERNS.items()
    }
    for language, duration in DURATION.items()
}


def part_of_step(text: str, language: str, duration: Duration) -> str | None:
    """The name of the part pattern that ``duration`` is stated in, if any."""
    for name, pattern in _PARTS[language].items():
        for match in pattern.finditer(text):
            if match.start() <= duration.start and duration.end <= match.end():
                return name
    return None


def _minutes(value: float) -> str:
    return f"{value:g}"


def timing_problems(step: Step, where: str = "") -> list[str]:
    """Every duration in the step's texts that disagrees with ``step.minutes``."""
    problems = []
    for field, language, text in step_texts(step):
        for duration in durations(text, language):
            said = f"{where}{step.id} [{field}.{language}] {duration.text!r}"
            part = part_of_step(text, language, duration)
            if part is not None or duration.in_seconds:
                if duration.high > step.minutes:
                    problems.append(
                        f"{said}: a part ({part or 'seconds'}) of {_minutes(duration.high)} min "
                        f"is longer than the whole step ({_minutes(step.minutes)} min)"
                    )
            elif not duration.low == duration.high == step.minutes:
                stated = _minutes(duration.low)
                if duration.high != duration.low:
                    stated += f"–{_minutes(duration.high)}"
                problems.append(
                    f"{said}: states {stated} min for the step, "
                    f"but the plan gives it {_minutes(step.minutes)} min"
                )
    return problems


def step_texts(step: Step) -> list[tuple[str, str, str]]:
    """(field, language, text) for every text of a step, the counsellor's included."""
    fields: list[tuple[str, Localized]] = [
        ("speaker_notes", step.speaker_notes),
        ("projector", step.projector),
        ("student", step.student),
    ]
    if step.consent is not None:
        fields.append(("consent", step.consent))
    if step.poll is not None:
        fields += [(f"options[{i}]", o) for i, o in enumerate(step.poll.options)]
    return [(name, lang, text) for name, texts in fields for lang, text in texts.texts.items()]


def pack_texts(pack: Pack) -> list[tuple[str, str, str]]:
    """(where, language, text) for every text of a pack."""
    found = [("title", lang, text) for lang, text in pack.title.texts.items()]
    for step in pack.steps:
        found += [(f"{step.id} {field}", lang, text) for field, lang, text in step_texts(step)]
    return found


@pytest.fixture(scope="module", params=SHIPPED)
def shipped(request: pytest.FixtureRequest) -> Pack:
    return load_pack(PACKS / request.param)


# -- the reader finds what a pack author writes ------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "minutes"),
    [
        ("da", "Skriv for dig selv i ti minutter:", [(10, 10)]),
        ("da", "Giv 12–15 minutter.", [(12, 15)]),
        ("da", "Giv 12-15 min.", [(12, 15)]),
        ("da", "giv 12 til 15 minutter", [(12, 15)]),
        ("da", "giv ti eller tolv minutter", [(10, 12)]),
        ("da", "ca. 12 min", [(12, 12)]),
        ("da", "giv alle et minut til at svare", [(1, 1)]),
        ("da", "giv et varsel to minutter før tid", [(2, 2)]),
        ("da", "hver varer under et minut", [(1, 1)]),
        ("da", "Højst fire minutter.", [(4, 4)]),
        ("da", "i atten minutter og i tyve minutter", [(18, 18), (20, 20)]),
        ("da", "Giv 18 minutter", [(18, 18)]),
        ("da", "halvandet minut", [(1.5, 1.5)]),
        ("da", "et halvt minut", [(0.5, 0.5)]),
        ("da", "et minut og et halvt", [(1.5, 1.5)]),
        ("da", "2,5 minutter", [(2.5, 2.5)]),
        ("da", "et kvarter", [(15, 15)]),
        ("da", "en time", [(60, 60)]),
        ("da", "Sara (45 sekunder)", [(0.75, 0.75)]),
        ("da", "elleve, tolv, femten minutter", [(15, 15)]),
        ("en", "10 min", [(10, 10)]),
        ("en", "Give 12 to 15 minutes.", [(12, 15)]),
        ("en", "Give 12–15 minutes.", [(12, 15)]),
        ("en", "Write on your own for ten minutes", [(10, 10)]),
        ("en", "Give twelve minutes", [(12, 12)]),
        ("en", "give everyone a minute to answer", [(1, 1)]),
        ("en", "give a two-minute warning", [(2, 2)]),
        ("en", "Four minutes at most.", [(4, 4)]),
        ("en", "Fifteen minutes, eighteen minutes, twenty minutes", [(15, 15), (18, 18), (20, 20)]),
        ("en", "a minute and a half", [(1.5, 1.5)]),
        ("en", "half a minute", [(0.5, 0.5)]),
        ("en", "an hour", [(60, 60)]),
        ("en", "Jonas (42 seconds)", [(0.7, 0.7)]),
        ("nb", "Skriv for deg selv i tolv minutter:", [(12, 12)]),
        ("nb", "Gi 12–15 minutter.", [(12, 15)]),
        ("nb", "gi ti eller tolv minutter", [(10, 12)]),
        ("nb", "gi alle ett minutt til å svare", [(1, 1)]),
        ("nb", "gi et varsel to minutter før tiden er ute", [(2, 2)]),
        ("nb", "hver varer under ett minutt", [(1, 1)]),
        ("nb", "Høyst fire minutter.", [(4, 4)]),
        ("nb", "halvannet minutt", [(1.5, 1.5)]),
        ("nb", "en time", [(60, 60)]),
        ("nb", "Sara (45 sekunder)", [(0.75, 0.75)]),
        ("nl", "Schrijf twaalf minuten voor jezelf:", [(12, 12)]),
        ("nl", "Geef 12 tot 15 minuten.", [(12, 15)]),
        ("nl", "geef iedereen een minuut om te antwoorden", [(1, 1)]),
        ("nl", "waarschuw twee minuten voor het einde", [(2, 2)]),
        ("nl", "elke video duurt korter dan een minuut", [(1, 1)]),
        ("nl", "Hooguit vier minuten.", [(4, 4)]),
        ("nl", "anderhalve minuut", [(1.5, 1.5)]),
        ("nl", "een kwartier", [(15, 15)]),
        ("nl", "Geef achttien minuten.", [(18, 18)]),
        ("nl", "Jonas (42 seconden)", [(0.7, 0.7)]),
    ],
)
def test_durations_are_read_in_every_form(
    language: str, text: str, minutes: list[tuple[float, float]]
) -> None:
    found = [(round(d.low, 3), round(d.high, 3)) for d in durations(text, language)]
    assert found == minutes


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("da", "Bliv et par minutter efter timen."),  # vague, and after the lesson
        ("da", "Sig, at timen handler om studiestart."),
        ("da", "To af dem fortalte om min første tid."),
        ("da", "Tænk et øjeblik over det, du så; to ting er nok."),
        ("da", "5. semester"),
        ("en", "Stay a few minutes after the hour."),
        ("en", "Two-thirds of the class"),
        ("en", "the 3rd semester"),
        ("en", "Show a second video, one second thought"),
        ("en", "the projector's timer; one time only"),
        ("nb", "Bli noen minutter etter timen."),
        ("nb", "Si at timen handler om studiestart."),
        ("nb", "5. semester"),
        ("nl", "Blijf na het uur nog een paar minuten."),
        ("nl", "Zeg dat dit uur gaat over de studiestart."),
        ("nl", "5e semester"),
    ],
)
def test_words_that_are_not_durations_are_not_read(language: str, text: str) -> None:
    assert durations(text, language) == []


def _step(minutes: float, notes: str, language: str) -> Step:
    return Step(
        id="reflection",
        kind=StepKind.REFLECTION,
        minutes=minutes,
        speaker_notes=Localized({language: notes}),
        projector=Localized({language: "Skriv"}),
        student=Localized({language: "Skriv"}),
    )


@pytest.mark.parametrize(
    ("language", "notes"),
    [
        ("da", "Giv ti minutter til at skrive."),
        ("da", "Giv 12–15 minutter."),  # a range is another plan, even one that contains it
        ("da", "Giv 10–14 minutter."),
        ("da", "Opsummér på højst to minutter."),
        ("da", "Giv et varsel femten minutter før tid."),  # a part longer than the step
        ("da", "giv alle tretten minutter til at svare"),
        ("da", "Skriv i 12 minutter, og giv et varsel 2 minutter før tid. Efter ti minutter slut."),
        ("en", "Give ten minutes to write."),
        ("en", "Give 12–15 minutes."),
        ("en", "Give a fifteen-minute warning."),
        ("nb", "Gi ti minutter til å skrive."),
        ("nb", "Gi et varsel femten minutter før tiden er ute."),
        ("nl", "Geef tien minuten om te schrijven."),
        ("nl", "Waarschuw vijftien minuten voor het einde."),
    ],
)
def test_a_text_that_disagrees_with_its_plan_is_caught(language: str, notes: str) -> None:
    assert timing_problems(_step(12, notes, language)) != []


@pytest.mark.parametrize(
    ("language", "notes"),
    [
        ("da", "Giv tolv minutter til at skrive, og giv et varsel to minutter før tid."),
        ("da", "Højst 12 minutter. Hver varer under et minut."),
        ("da", "Giv alle et minut til at svare."),
        ("da", "Sara (45 sekunder)."),
        ("da", "Bliv et par minutter efter timen."),
        ("en", "Give twelve minutes, and give a two-minute warning."),
        ("en", "Give a warning two minutes before the end."),
        ("nb", "Gi tolv minutter til å skrive, og gi et varsel to minutter før tiden er ute."),
        ("nl", "Geef twaalf minuten, en waarschuw twee minuten voor het einde."),
    ],
)
def test_a_text_that_agrees_with_its_plan_passes(language: str, notes: str) -> None:
    assert timing_problems(_step(12, notes, language)) == []


# -- the shipped packs -------------------------------------------------------------------


def test_every_stated_duration_agrees_with_the_plan(shipped: Pack) -> None:
    problems = [
        problem
        for step in shipped.steps
        for problem in timing_problems(step, where=f"{shipped.id}/")
    ]
    assert problems == [], "\n".join(problems)


def test_the_shipped_packs_do_state_durations(shipped: Pack) -> None:
    """The check above is not empty: the writing steps' notes say how long the class has."""
    for step in shipped.steps:
        if step.kind.collects_text:
            planned = step.minutes
            for language, text in step.speaker_notes.texts.items():
                stated = [
                    d.low
                    for d in durations(text, language)
                    if part_of_step(text, language, d) is None
                ]
                assert planned in stated, (
                    f"{shipped.id}/{step.id} [speaker_notes.{language}] states {stated} min "
                    f"for the step, not the plan's {planned:g}"
                )


# -- a video's stated length is its real length -----------------------------------------

#: A rebuilt video may differ from the committed one by this much (tests/assets).
REBUILD_TOLERANCE_S = 0.05


def _boxes(data: bytes, start: int, end: int) -> Iterator[tuple[bytes, int, int]]:
    """The ISO-BMFF boxes in ``data[start:end]``: (type, body start, box end)."""
    pos = start
    while pos + 8 <= end:
        size, kind = struct.unpack_from(">I4s", data, pos)
        header = 8
        if size == 1:
            (size,) = struct.unpack_from(">Q", data, pos + 8)
            header = 16
        elif size == 0:
            size = end - pos
        if size < header:
            raise ValueError(f"a broken MP4 box at byte {pos}")
        yield kind, pos + header, pos + size
        pos += size


def mp4_seconds(path: Path) -> float:
    """A video's length from its movie header (``moov/mvhd``), without ffprobe."""
    data = path.read_bytes()
    for kind, start, end in _boxes(data, 0, len(data)):
        if kind == b"moov":
            for inner, body, _ in _boxes(data, start, end):
                if inner == b"mvhd":
                    if data[body] == 1:  # version 1: 64-bit times
                        timescale, length = struct.unpack_from(">IQ", data, body + 20)
                    else:
                        timescale, length = struct.unpack_from(">II", data, body + 12)
                    return float(length / timescale)
    raise ValueError(f"{path.name} has no movie header")


def test_the_notes_state_each_videos_real_length(shipped: Pack) -> None:
    """ "Jonas (43 sekunder)" for a 42.4-second video: the counsellor times the room by it."""
    problems = []
    for step in shipped.steps:
        if step.video is None:
            continue
        real = mp4_seconds(step.video.file)
        fits = {round(real - REBUILD_TOLERANCE_S), round(real + REBUILD_TOLERANCE_S)}
        for language, text in step.speaker_notes.texts.items():
            stated = [round(d.low * 60) for d in durations(text, language) if d.in_seconds]
            if not stated or any(seconds not in fits for seconds in stated):
                problems.append(
                    f"{shipped.id}/{step.id} [speaker_notes.{language}] states {stated} s; "
                    f"{step.video.file.name} lasts {real:.2f} s"
                )
    assert problems == [], "\n".join(problems)


#: Danish "elev" is a pupil at school; these students are at university ("studerende"),
#: and the page is "siden". The notes count too: the counsellor reads them to the class.
PUPIL_WORDS = {
    "da": re.compile(r"\belev\w*", re.IGNORECASE),
    "en": re.compile(r"\bpupils?\b", re.IGNORECASE),
    "nb": re.compile(r"\belev\w*", re.IGNORECASE),
    "nl": re.compile(r"\b(?:leerling|scholier)\w*", re.IGNORECASE),
}


def test_the_packs_never_call_students_pupils(shipped: Pack) -> None:
    found = [
        (where, language, match[0])
        for where, language, text in pack_texts(shipped)
        if language in PUPIL_WORDS
        for match in PUPIL_WORDS[language].finditer(text)
    ]
    assert found == [], found


#: A choice of subtitles in one clause: the app has none (they follow the session language).
SUBTITLE_CHOICE = re.compile(
    r"\b(?:vælg\w*|velg\w*|skift\w*|bytt\w*|slå|choose|pick|select|switch|turn|kies"
    r"|selecteer|zet)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:undertekst|subtitle|ondertitel)"
    r"|(?:undertekst|subtitle|ondertitel)\w*[- ]?(?:valg|menu|picker|choice|option|track|keuze)"
    r"|valg av undertekst|valg af undertekst",
    re.IGNORECASE,
)


@pytest.mark.parametrize(
    "text",
    [
        "Vælg undertekster på det sprog, de fleste forstår bedst.",
        "Choose subtitles in the language most of the class understands best.",
        "Slå danske undertekster til.",
        "Pick the English subtitles.",
        "Use the subtitle menu.",
        "Velg undertekster på språket klassen forstår best.",
        "Kies de Nederlandse ondertitels.",
        "Gebruik het ondertitelmenu.",
    ],
)
def test_a_subtitle_choice_is_recognised(text: str) -> None:
    assert SUBTITLE_CHOICE.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "Underteksterne vises på det sprog, du valgte for sessionen.",
        "The subtitles are shown in the language you chose for the session.",
        "Vælg sessionens sprog på startskærmen; underteksterne følger det.",
        "Undertekstene vises på språket du valgte for økten.",
        "De ondertitels verschijnen in de taal die je voor de sessie hebt gekozen.",
    ],
)
def test_saying_what_the_subtitles_follow_is_not_a_choice(text: str) -> None:
    assert SUBTITLE_CHOICE.search(text) is None


def test_the_notes_offer_no_subtitle_choice(shipped: Pack) -> None:
    found = [
        (step.id, language, match[0])
        for step in shipped.steps
        for language, text in step.speaker_notes.texts.items()
        for match in SUBTITLE_CHOICE.finditer(text)
    ]
    assert found == [], found
