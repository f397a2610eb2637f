"""Read a content pack from its folder and validate it, reporting every problem at once.

A pack is a folder with ``pack.toml`` (or ``pack.yaml``) and its media. A counsellor who
edits a manifest by hand must see all mistakes in one run, each naming the file, the
field and what is wrong, so the loader never stops at the first problem.
"""

from __future__ import annotations

import dataclasses
import enum
import math
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import yaml

from belong_desktop.core.errors import BelongError
from belong_desktop.core.framing import forbidden_words
from belong_desktop.core.packs import (
    DEFAULT_MIN_ANSWERS,
    MAX_SESSION_MINUTES,
    Arm,
    DraftPolicy,
    Localized,
    Pack,
    Poll,
    PollStyle,
    Step,
    StepKind,
    Video,
)
from belong_desktop.core.subtitles import SubtitleError, load_srt

MANIFEST_NAMES = ("pack.toml", "pack.yaml", "pack.yml")
FORMAT_VERSION = 1
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_LANG_RE = re.compile(r"^[a-z]{2}$")
_MIN_POLL_OPTIONS, _MAX_POLL_OPTIONS = 2, 7
E = TypeVar("E", bound=enum.StrEnum)


#: ``PackProblem.code`` of a video step without subtitles in one of the pack's languages
#: (``params``: ``step``, the step's id, and ``language``). Videos always have subtitles
#: in the session language, and a session may be run in any language of its pack.
SUBTITLES_MISSING = "subtitles_missing"
#: ``PackProblem.code`` of a subtitle file that is there but cannot be read (not UTF-8, a
#: broken timing line); same ``params``. The class would see no subtitles in that language.
SUBTITLES_UNREADABLE = "subtitles_unreadable"


@dataclass(frozen=True)
class PackProblem:
    """One thing wrong with a pack: where (file and field), what, and a stable ``code``
    with its ``params`` for the problems a surface words itself (most are "invalid")."""

    file: str
    field: str
    message: str
    code: str = "invalid"
    params: Mapping[str, str] = dataclasses.field(default_factory=dict, compare=False, hash=False)

    def __str__(self) -> str:
        where = f"{self.file}: {self.field}" if self.field else self.file
        return f"{where}: {self.message}"


class PackError(BelongError):
    """A pack that cannot be used; ``problems`` lists everything that is wrong."""

    default_code = "pack_invalid"

    def __init__(self, folder: Path, problems: list[PackProblem]) -> None:
        self.folder = folder
        self.problems = problems
        lines = "\n".join(f"  - {p}" for p in problems)
        super().__init__(
            f"invalid content pack {folder} ({len(problems)} problems):\n{lines}",
            folder=str(folder),
            count=len(problems),
        )


def find_manifest(folder: Path) -> Path | None:
    for name in MANIFEST_NAMES:
        candidate = folder / name
        if candidate.is_file():
            return candidate
    return None


def load_pack(folder: Path) -> Pack:
    """Load and validate the pack in ``folder``; raise ``PackError`` listing every problem."""
    folder = Path(folder)
    manifest = find_manifest(folder)
    if manifest is None:
        names = ", ".join(MANIFEST_NAMES)
        raise PackError(folder, [PackProblem(str(folder), "", f"no manifest ({names}) found")])
    try:
        data = _read_manifest(manifest)
    except ValueError as exc:
        raise PackError(folder, [PackProblem(str(manifest), "", str(exc))]) from exc
    builder = _PackBuilder(folder, manifest, data)
    pack = builder.build()
    if builder.problems or pack is None:
        raise PackError(folder, builder.problems)
    return pack


def validate_pack(folder: Path) -> list[PackProblem]:
    """Every problem of the pack in ``folder``; an empty list means it is valid."""
    try:
        load_pack(folder)
    except PackError as exc:
        return exc.problems
    return []


def _is_minutes(value: Any) -> bool:
    return (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and math.isfinite(value)
        and value > 0
    )


def _read_manifest(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(f"not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    except OSError as exc:
        raise ValueError(f"cannot read: {exc.strerror}") from exc
    try:
        data: Any = tomllib.loads(text) if path.suffix == ".toml" else yaml.safe_load(text)
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"not valid TOML: {exc}") from exc
    except yaml.YAMLError as exc:
        raise ValueError(f"not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise ValueError("the manifest must be a table/mapping at the top level")
    return data


class _PackBuilder:
    """Walks the manifest once, building the pack and collecting problems as it goes."""

    def __init__(self, folder: Path, manifest: Path, data: dict[str, Any]) -> None:
        self.folder = folder
        self.manifest = manifest
        self.file = str(manifest)
        self.data = data
        self.problems: list[PackProblem] = []
        self.languages: tuple[str, ...] = ()

    def problem(
        self,
        field: str,
        message: str,
        file: str | None = None,
        *,
        code: str = "invalid",
        **params: str,
    ) -> None:
        self.problems.append(PackProblem(file or self.file, field, message, code, params))

    def build(self) -> Pack | None:
        d = self.data
        fmt = d.get("format", FORMAT_VERSION)
        if isinstance(fmt, bool) or fmt != FORMAT_VERSION:
            self.problem("format", f"unsupported format {fmt!r}; this version reads format 1")
        pack_id = self.ident(d, "id", "id")
        version = self.string(d, "version", "version")
        arm = self.choice(d, "arm", "arm", Arm)
        self.languages = self.read_languages(d)
        title = self.localized(d, "title", "title", student_facing=True)
        drafts = self.drafts(d)
        media_dir = self.media_dir(d)
        steps = self.read_steps(d.get("steps"), media_dir)
        intro = self.booklet_intro(d)
        known = {
            "booklet_intro",
            "format",
            "id",
            "version",
            "arm",
            "languages",
            "title",
            "drafts",
            "media_dir",
            "steps",
        }
        self.unknown_keys(d, known, "")
        if isinstance(d.get("steps"), list):
            self.plan_checks(d["steps"])
        if self.problems or None in (pack_id, version, arm, title):
            return None
        assert pack_id and version and arm and title
        return Pack(
            pack_id, version, arm, self.languages, title, tuple(steps), self.folder, drafts, intro
        )

    # -- top level ---------------------------------------------------------------

    def read_languages(self, d: Mapping[str, Any]) -> tuple[str, ...]:
        langs = d.get("languages")
        if langs is None:
            self.problem("languages", 'missing (a list such as ["da", "en"])')
            return ()
        if not isinstance(langs, list) or not langs:
            self.problem("languages", "must be a non-empty list of language codes")
            return ()
        good: list[str] = []
        for i, lang in enumerate(langs):
            if not isinstance(lang, str) or not _LANG_RE.fullmatch(lang):
                self.problem(f"languages[{i}]", f"{lang!r} is not a two-letter language code")
            elif lang in good:
                self.problem(f"languages[{i}]", f"{lang!r} is listed twice")
            else:
                good.append(lang)
        return tuple(good)

    def drafts(self, d: Mapping[str, Any]) -> DraftPolicy:
        """Optional; a bad value is a problem (and "keep" stands in while it is reported)."""
        if "drafts" not in d:
            return DraftPolicy.KEEP
        value = d["drafts"]
        allowed = ", ".join(repr(p.value) for p in DraftPolicy)
        if not isinstance(value, str):
            self.problem("drafts", f"must be one of {allowed}, not {value!r}")
            return DraftPolicy.KEEP
        try:
            return DraftPolicy(value)
        except ValueError:
            self.problem("drafts", f"unknown value {value!r} (allowed: {allowed})")
            return DraftPolicy.KEEP

    def booklet_intro(self, d: Mapping[str, Any]) -> Localized | None:
        """Optional: the letters booklet's cover text, read by next year's students (so the
        framing rule holds), one text per language like every student-facing text."""
        if "booklet_intro" not in d:
            return None
        return self.localized(d, "booklet_intro", "booklet_intro", student_facing=True)

    def media_dir(self, d: Mapping[str, Any]) -> Path:
        raw = d.get("media_dir", ".")
        if not isinstance(raw, str):
            self.problem("media_dir", "must be a folder path relative to the pack")
            return self.folder
        path = (self.folder / raw).resolve()
        if not path.is_dir():
            self.problem("media_dir", f"folder {raw!r} does not exist")
        return path

    def read_steps(self, raw: Any, media_dir: Path) -> list[Step]:
        if raw is None:
            self.problem("steps", "missing: a pack needs at least one step")
            return []
        if not isinstance(raw, list) or not raw:
            self.problem("steps", "must be a non-empty list of steps")
            return []
        steps: list[Step] = []
        for i, item in enumerate(raw):
            where = f"steps[{i}]"
            if not isinstance(item, dict):
                self.problem(where, "must be a table/mapping")
                continue
            step = self.read_step(item, where, media_dir)
            if step is not None:
                steps.append(step)
        return steps

    def plan_checks(self, raw: list[Any]) -> None:
        """Rules about the plan as a whole, on the raw steps so indices stay the manifest's
        even when some steps have problems of their own."""
        items = [(i, item) for i, item in enumerate(raw) if isinstance(item, dict)]
        seen: dict[str, int] = {}
        for i, item in items:
            step_id = item.get("id")
            if isinstance(step_id, str) and step_id in seen:
                self.problem(
                    f"steps[{i}].id", f"duplicate step id {step_id!r} (also steps[{seen[step_id]}])"
                )
            elif isinstance(step_id, str):
                seen[step_id] = i
        total: float = sum(item["minutes"] for _, item in items if _is_minutes(item.get("minutes")))
        if total > MAX_SESSION_MINUTES:
            self.problem(
                "steps[*].minutes",
                f"the steps add up to {total:g} minutes; a session lasts at most "
                f"{MAX_SESSION_MINUTES:g}",
            )
        closings = [i for i, item in items if item.get("kind") == StepKind.CLOSING.value]
        if len(closings) > 1:
            where = ", ".join(f"steps[{i}]" for i in closings)
            self.problem("steps", f"a pack has at most one closing step (found {where})")
        for i in closings:
            if i != len(raw) - 1:
                self.problem(f"steps[{i}].kind", "the closing step must be the last")

    # -- one step ------------------------------------------------------------------

    def read_step(self, s: Mapping[str, Any], where: str, media_dir: Path) -> Step | None:
        step_id = self.ident(s, "id", f"{where}.id")
        kind = self.choice(s, "kind", f"{where}.kind", StepKind)
        minutes = self.minutes(s, f"{where}.minutes")
        notes = self.localized(s, "speaker_notes", f"{where}.speaker_notes")
        projector = self.localized(s, "projector", f"{where}.projector", student_facing=True)
        student = self.localized(s, "student", f"{where}.student", student_facing=True)
        known = {"id", "kind", "minutes", "speaker_notes", "projector", "student"}
        video = poll = consent = None
        if kind is StepKind.VIDEO:
            known |= {"file", "subtitles"}
            video = self.video(s, where, media_dir, step_id or where)
        elif kind is StepKind.POLL:
            known |= {"style", "min_answers", "options"}
            poll = self.poll(s, where)
        elif kind is StepKind.LETTER:
            known |= {"consent"}
            consent = self.localized(s, "consent", f"{where}.consent", student_facing=True)
        if kind is not None:
            self.unknown_keys(s, known, f"{where}.")
        if None in (step_id, kind, minutes, notes, projector, student):
            return None
        if kind is StepKind.VIDEO and video is None:
            return None
        if kind is StepKind.POLL and poll is None:
            return None
        if kind is StepKind.LETTER and consent is None:
            return None
        assert step_id and kind and minutes and notes and projector and student
        return Step(step_id, kind, minutes, notes, projector, student, video, poll, consent)

    def video(self, s: Mapping[str, Any], where: str, media_dir: Path, step: str) -> Video | None:
        """The video and one subtitle file per pack language: the session may run in any
        of them, and videos always have subtitles in the session's language."""
        file_name = self.string(s, "file", f"{where}.file")
        ok = file_name is not None
        video_path = media_dir / file_name if file_name else media_dir
        if file_name and not video_path.is_file():
            self.problem(f"{where}.file", f"video file {file_name!r} not found in {media_dir}")
            ok = False
        subs_raw = s.get("subtitles")
        subtitles: dict[str, Path] = {}
        if not isinstance(subs_raw, dict):
            self.problem(
                f"{where}.subtitles",
                f"missing: one subtitle file (.srt) per language; step {step!r} has none, "
                "and videos always have subtitles in the session language",
                code=SUBTITLES_MISSING,
                step=step,
                language=", ".join(self.languages),
            )
            return None
        for lang in self.languages:
            name = subs_raw.get(lang)
            field = f"{where}.subtitles.{lang}"
            if not isinstance(name, str) or not name:
                self.problem(
                    field,
                    f"missing subtitle file for language {lang!r}: step {step!r} has no "
                    f"subtitles in {lang!r}, and videos always have subtitles in the session "
                    "language",
                    code=SUBTITLES_MISSING,
                    step=step,
                    language=lang,
                )
                ok = False
                continue
            path = media_dir / name
            if not path.is_file():
                self.problem(
                    field,
                    f"subtitle file {name!r} not found in {media_dir}",
                    code=SUBTITLES_MISSING,
                    step=step,
                    language=lang,
                )
                ok = False
            elif path.suffix.lower() != ".srt":
                self.problem(field, f"subtitle file {name!r} must be .srt")
                ok = False
            elif self.subtitles_readable(path, field, step, lang):
                subtitles[lang] = path
            else:
                ok = False
        for lang in subs_raw:
            if lang not in self.languages:
                self.problem(f"{where}.subtitles.{lang}", "language not listed in `languages`")
        return Video(video_path, subtitles) if ok else None

    def subtitles_readable(self, path: Path, field: str, step: str, lang: str) -> bool:
        """The file parses, and what the class reads in it keeps the framing rule (the
        subtitles are student-facing text like any other). An empty file is readable: a
        pack made by ``packs new`` has empty ones to fill in."""
        try:
            cues = load_srt(path)
        except SubtitleError as exc:
            where = f" (line {exc.line})" if exc.line is not None else ""
            self.problem(
                field,
                f"subtitle file {path.name!r} cannot be read{where}: {exc.reason}",
                code=SUBTITLES_UNREADABLE,
                step=step,
                language=lang,
            )
            return False
        except OSError as exc:
            self.problem(
                field,
                f"subtitle file {path.name!r} cannot be read: {exc.strerror}",
                code=SUBTITLES_UNREADABLE,
                step=step,
                language=lang,
            )
            return False
        words = [word for cue in cues for word in forbidden_words(cue.text)]
        if words:
            self.problem(
                field,
                f"subtitle file {path.name!r} must not say "
                + ", ".join(repr(w) for w in words)
                + " (the session is never called an intervention or said to help them)",
            )
            return False
        return True

    def poll(self, s: Mapping[str, Any], where: str) -> Poll | None:
        style = self.choice(s, "style", f"{where}.style", PollStyle)
        min_answers = s.get("min_answers", DEFAULT_MIN_ANSWERS)
        if isinstance(min_answers, bool) or not isinstance(min_answers, int) or min_answers < 1:
            self.problem(
                f"{where}.min_answers", f"must be a whole number >= 1, not {min_answers!r}"
            )
            min_answers = None
        raw = s.get("options")
        options: list[Localized] = []
        if not isinstance(raw, list):
            self.problem(f"{where}.options", "missing: a list of answer options")
        elif not _MIN_POLL_OPTIONS <= len(raw) <= _MAX_POLL_OPTIONS:
            self.problem(
                f"{where}.options",
                f"needs {_MIN_POLL_OPTIONS}–{_MAX_POLL_OPTIONS} options, has {len(raw)}",
            )
        else:
            for i, option in enumerate(raw):
                text = self.localized_value(option, f"{where}.options[{i}]", student_facing=True)
                if text is not None:
                    options.append(text)
        if style is None or min_answers is None or len(options) != len(raw or []):
            return None
        return Poll(style, tuple(options), min_answers)

    # -- field readers -----------------------------------------------------------------

    def string(self, d: Mapping[str, Any], key: str, field: str) -> str | None:
        value = d.get(key)
        if value is None:
            self.problem(field, "missing")
            return None
        if not isinstance(value, str) or not value.strip():
            self.problem(field, f"must be a non-empty text, not {value!r}")
            return None
        return value

    def ident(self, d: Mapping[str, Any], key: str, field: str) -> str | None:
        value = self.string(d, key, field)
        if value is not None and not _ID_RE.fullmatch(value):
            self.problem(field, f"{value!r} may only hold a-z, 0-9, '-' and '_'")
            return None
        return value

    def choice(self, d: Mapping[str, Any], key: str, field: str, enum_type: type[E]) -> E | None:
        value = self.string(d, key, field)
        if value is None:
            return None
        try:
            return enum_type(value)
        except ValueError:
            allowed = ", ".join(e.value for e in enum_type)
            self.problem(field, f"unknown value {value!r} (allowed: {allowed})")
            return None

    def minutes(self, d: Mapping[str, Any], field: str) -> float | None:
        value = d.get("minutes")
        if value is None:
            self.problem(field, "missing: the target duration in minutes")
            return None
        if not _is_minutes(value):
            self.problem(field, f"must be a number of minutes above 0, not {value!r}")
            return None
        return float(value)

    def localized(
        self, d: Mapping[str, Any], key: str, field: str, *, student_facing: bool = False
    ) -> Localized | None:
        if key not in d:
            self.problem(field, "missing: a text per language")
            return None
        return self.localized_value(d[key], field, student_facing=student_facing)

    def localized_value(
        self, value: Any, field: str, *, student_facing: bool = False
    ) -> Localized | None:
        if not isinstance(value, dict):
            self.problem(field, 'must be a table of texts per language, e.g. {da = "…", en = "…"}')
            return None
        texts: dict[str, str] = {}
        ok = True
        for lang in self.languages:
            text = value.get(lang)
            if not isinstance(text, str) or not text.strip():
                self.problem(f"{field}.{lang}", f"text missing for language {lang!r}")
                ok = False
                continue
            texts[lang] = text.strip()
            if student_facing:
                words = forbidden_words(text)
                if words:
                    self.problem(
                        f"{field}.{lang}",
                        "student-facing text must not say "
                        + ", ".join(repr(w) for w in words)
                        + " (the session is never called an intervention or said to help them)",
                    )
                    ok = False
        for lang in value:
            if lang not in self.languages:
                self.problem(f"{field}.{lang}", "language not listed in `languages`")
        return Localized(texts) if ok and self.languages else None

    def unknown_keys(self, d: Mapping[str, Any], known: set[str], prefix: str) -> None:
        for key in d:
            if key not in known:
                self.problem(f"{prefix}{key}", "unknown field (check the spelling)")
