"""Fixtures for the core's tests: a writer of small content packs and ready-made plans.

This file must work where only pytest, pytest-timeout and PyYAML are installed
(``pytest-core.ini``), so it imports nothing outside ``belong_desktop.core``.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml

from belong_desktop.core.pack_loader import PackError, PackProblem, load_pack
from belong_desktop.core.packs import Arm, Localized, Pack, Step, StepKind

#: Media files the minimal pack refers to (empty files: the loader only checks they exist).
MEDIA_FILES = ("x.mp4", "x.da.srt", "x.en.srt")


def texts(da: str, en: str) -> dict[str, str]:
    return {"da": da, "en": en}


def minimal_manifest() -> dict[str, Any]:
    """A valid pack with one step of every kind; the minutes add up to 37.

    Step indices: 0 message, 1 video, 2 poll, 3 reflection, 4 letter, 5 closing.
    """

    def step(step_id: str, kind: str, minutes: float, **extra: Any) -> dict[str, Any]:
        return {
            "id": step_id,
            "kind": kind,
            "minutes": minutes,
            "speaker_notes": texts(f"Noter til {step_id}", f"Notes for {step_id}"),
            "projector": texts(f"Lærred {step_id}", f"Screen {step_id}"),
            "student": texts(f"Side {step_id}", f"Page {step_id}"),
            **extra,
        }

    return {
        "format": 1,
        "id": "mini",
        "version": "1.0.0",
        "arm": "treatment",
        "languages": ["da", "en"],
        "media_dir": "media",
        "title": texts("Studiestart", "Starting university"),
        "steps": [
            step("welcome", "message", 4),
            step(
                "video-1",
                "video",
                2,
                file="x.mp4",
                subtitles={"da": "x.da.srt", "en": "x.en.srt"},
            ),
            step(
                "poll",
                "poll",
                3,
                style="agreement",
                options=[texts("Ja", "Yes"), texts("Nej", "No"), texts("Ved ikke", "Not sure")],
            ),
            step("reflection", "reflection", 10),
            step("letter", "letter", 15, consent=texts("Må den deles?", "May we share it?")),
            step("closing", "closing", 3),
        ],
    }


# -- a tiny TOML emitter for the shapes a manifest uses --------------------------------

_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")


def _toml_key(key: str) -> str:
    return key if _BARE_KEY.match(key) else json.dumps(key, ensure_ascii=False)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        # JSON string escapes (\n, \", \\, \uXXXX) are all valid in TOML basic strings.
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        items = ", ".join(f"{_toml_key(str(k))} = {_toml_value(v)}" for k, v in value.items())
        return "{" + items + "}"
    raise TypeError(f"cannot write {value!r} as TOML")


def to_toml(data: dict[str, Any]) -> str:
    """Write ``data`` as TOML: one ``key = value`` line per top-level key, inline tables below."""
    return "".join(f"{_toml_key(k)} = {_toml_value(v)}\n" for k, v in data.items())


# -- the pack folder builder -------------------------------------------------------------


@dataclass
class PackBuilder:
    """A pack folder in ``tmp_path``: mutate ``data``, then ``write``/``load``/``problems``."""

    folder: Path
    data: dict[str, Any] = field(default_factory=minimal_manifest)
    extra_media: list[str] = field(default_factory=list)

    @property
    def media(self) -> Path:
        return self.folder / "media"

    @property
    def step(self) -> list[dict[str, Any]]:
        """The raw step tables, so a test can write ``pack.step[2]["kind"] = "quiz"``."""
        steps: list[dict[str, Any]] = self.data["steps"]
        return steps

    def write(self, fmt: str = "toml") -> Path:
        """Write the manifest (``toml``, ``yaml`` or ``yml``) and the media; return its path."""
        self.folder.mkdir(parents=True, exist_ok=True)
        self.media.mkdir(exist_ok=True)
        for name in (*MEDIA_FILES, *self.extra_media):
            (self.media / name).write_bytes(b"")
        for old in self.folder.glob("pack.*"):
            old.unlink()
        path = self.folder / f"pack.{fmt}"
        if fmt == "toml":
            path.write_text(to_toml(self.data), encoding="utf-8")
        else:
            path.write_text(yaml.safe_dump(self.data, allow_unicode=True), encoding="utf-8")
        return path

    @property
    def manifest(self) -> str:
        """The manifest path as problems name it."""
        return str(self.folder / "pack.toml")

    def load(self, fmt: str = "toml") -> Pack:
        self.write(fmt)
        return load_pack(self.folder)

    def problems(self, fmt: str = "toml") -> list[PackProblem]:
        """Write, load and return the problems of the ``PackError`` the load must raise."""
        self.write(fmt)
        with pytest.raises(PackError) as info:
            load_pack(self.folder)
        assert info.value.problems, "a PackError must list at least one problem"
        return info.value.problems

    def expect_only(self, field: str, says: str, fmt: str = "toml") -> PackProblem:
        """Assert the pack has exactly one problem, at ``field``, naming the manifest and
        saying ``says``; return it."""
        problems = self.problems(fmt)
        assert [p.field for p in problems] == [field], [str(p) for p in problems]
        problem = problems[0]
        assert problem.file == str(self.folder / f"pack.{fmt}")
        assert says in problem.message, problem.message
        return problem

    def expect(
        self, field: str, says: str, problems: Sequence[PackProblem] | None = None
    ) -> PackProblem:
        """Assert a problem at ``field`` (there may be others) names the manifest and says
        ``says``; return it. Loads the pack unless ``problems`` are given."""
        problems = self.problems() if problems is None else problems
        found = [p for p in problems if p.field == field]
        assert found, f"no problem at {field!r} in {[str(p) for p in problems]}"
        matching = [p for p in found if says in p.message and p.file == self.manifest]
        assert matching, f"{[str(p) for p in found]} do not say {says!r} in {self.manifest}"
        return matching[0]


@pytest.fixture
def pack(tmp_path: Path) -> PackBuilder:
    """A fresh, valid minimal pack (not yet written) to change one thing in."""
    return PackBuilder(tmp_path / "pack")


# -- packs built directly, for the session rules ------------------------------------------


def make_plan(minutes: Sequence[float], folder: Path = Path("/nonexistent")) -> Pack:
    """A pack of message steps (the last one a closing) with the given target minutes."""

    def loc(text: str) -> Localized:
        return Localized({"da": text, "en": text})

    steps = tuple(
        Step(
            id=f"s{i}",
            kind=StepKind.CLOSING if i == len(minutes) - 1 else StepKind.MESSAGE,
            minutes=float(m),
            speaker_notes=loc(f"notes {i}"),
            projector=loc(f"screen {i}"),
            student=loc(f"page {i}"),
        )
        for i, m in enumerate(minutes)
    )
    return Pack("plan", "1", Arm.TREATMENT, ("da", "en"), loc("Plan"), steps, folder)


@pytest.fixture
def plan_factory() -> Callable[[Sequence[float]], Pack]:
    """``make_plan`` as a fixture: conftest modules cannot be imported by the tests."""
    return make_plan
