"""The "under the radar" rule: words student-facing text must never use.

Students must not be told the session is an intervention, an experiment or meant to help
them (DESIGN §2); the arm is never shown to them either. The validator applies this to
every text a student or the projector can show.
"""

from __future__ import annotations

import re

# Word stems per language, matched at the start of a word (so "hjælp" also catches
# "hjælper", "hjælpsom"); English "help" also catches "helpful", "helped".
FORBIDDEN_STEMS: dict[str, tuple[str, ...]] = {
    "da": ("intervention", "hjælp", "eksperiment", "forsøg", "behandling", "kontrol"),
    "en": ("intervention", "help", "experiment", "treatment", "control"),
}
_ALL_STEMS = tuple(sorted({stem for stems in FORBIDDEN_STEMS.values() for stem in stems}))
_PATTERN = re.compile(r"\b(" + "|".join(re.escape(s) for s in _ALL_STEMS) + r")\w*", re.IGNORECASE)


def forbidden_words(text: str) -> list[str]:
    """Return the forbidden words found in ``text`` (in order, as written)."""
    return [match.group(0) for match in _PATTERN.finditer(text)]
