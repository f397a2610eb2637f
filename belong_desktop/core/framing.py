"""The "under the radar" rule: words student-facing text must never use.

Students must not be told the session is an intervention, an experiment or meant to help
them (DESIGN §2); the arm is never shown to them either. The validator applies this to
every text a student or the projector can show, in every language of the pack; the stems of
all languages are pooled, so an English or Danish word inside a Dutch text is caught too.
"""

from __future__ import annotations

import re

# Word stems per language, matched at the start of a word (so "hjælp" also catches
# "hjælper", "hjælpsom"); English "help" also catches "helpful", "helped". Past forms that
# do not start with the stem are stems of their own ("hjalp", "hjulpet", "geholpen",
# "behulpzaam"). "behandling"/"behandeling" are nouns on purpose: the verbs ("behandle",
# "behandelen") also mean "to cover a topic", which a study-start text may well say.
# "kontrol"/"controle" catch "kontrollere"/"controleren" (to check): say "tjekke",
# "sjekke" or "nakijken" instead, as the shipped packs do.
FORBIDDEN_STEMS: dict[str, tuple[str, ...]] = {
    "da": (
        *("intervention", "hjælp", "hjalp", "hjulp", "eksperiment", "forsøg", "behandling"),
        "kontrol",
    ),
    "en": ("intervention", "help", "experiment", "treatment", "control"),
    "nb": (
        *("intervensjon", "hjelp", "hjalp", "hjulp", "eksperiment", "forsøk", "behandling"),
        "kontroll",
    ),
    "nl": (
        *("interventie", "help", "geholp", "hulp", "behulp", "experiment", "proef"),
        *("behandeling", "controle"),
    ),
}
_ALL_STEMS = tuple(sorted({stem for stems in FORBIDDEN_STEMS.values() for stem in stems}))
_PATTERN = re.compile(r"\b(" + "|".join(re.escape(s) for s in _ALL_STEMS) + r")\w*", re.IGNORECASE)


def forbidden_words(text: str) -> list[str]:
    """Return the forbidden words found in ``text`` (in order, as written)."""
    return [match.group(0) for match in _PATTERN.finditer(text)]
