"""Make a valid starting pack from a counsellor's own video files.

The result follows the shape of the shipped packs (welcome, the videos, reflection,
letter, closing) with neutral starter texts the counsellor then edits. Video lengths come
from ffprobe when it is installed, so step durations fit the real videos.
"""

from __future__ import annotations

import json
import math
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from belong_desktop.core.errors import BelongError
from belong_desktop.core.pack_loader import load_pack
from belong_desktop.core.packs import MAX_SESSION_MINUTES, Arm, Pack

VIDEO_SUFFIXES = frozenset(
    {".mp4", ".m4v", ".mov", ".mkv", ".webm", ".avi", ".mpg", ".mpeg", ".wmv"}
)
DEFAULT_VIDEO_MINUTES = 3.0


class AuthoringError(BelongError):
    """A starting pack cannot be made from these videos or options; says why."""

    default_code = "pack_authoring"


@dataclass
class NewPackResult:
    pack: Pack
    warnings: list[str] = field(default_factory=list)


#: The languages the starter texts are written in (those of the shipped packs).
STARTER_LANGUAGES = ("da", "en", "nb", "nl")
_T = dict[str, str]
_TEXTS: dict[str, dict[str, _T]] = {
    "welcome": {
        "notes": {
            "da": "Byd velkommen. Fortæl, at I i dag hører nogle ældre studerende fortælle om "
            "deres studiestart, og at alle bagefter skriver lidt selv. Det er anonymt.",
            "en": "Welcome the group. Say that today you will hear some older students talk "
            "about starting their studies, and that everyone writes a little afterwards. "
            "It is anonymous.",
            "nb": "Ønsk velkommen. Fortell at dere i dag skal høre noen eldre studenter fortelle "
            "om studiestarten sin, og at alle skriver litt selv etterpå. Det er anonymt.",
            "nl": "Heet de groep welkom. Vertel dat jullie vandaag een paar ouderejaars horen "
            "vertellen over hun studiestart, en dat iedereen daarna zelf iets schrijft. Het "
            "is anoniem.",
        },
        "projector": {"da": "Velkommen", "en": "Welcome", "nb": "Velkommen", "nl": "Welkom"},
        "student": {
            "da": "Velkommen! Kig op på skærmen.",
            "en": "Welcome! Please look at the screen.",
            "nb": "Velkommen! Se opp på skjermen.",
            "nl": "Welkom! Kijk naar het grote scherm.",
        },
    },
    "video": {
        "notes": {
            "da": "Afspil videoen. Bed de studerende om at lægge mærke til, hvad der virker "
            "genkendeligt.",
            "en": "Play the video. Ask the students to notice what feels familiar.",
            "nb": "Spill av videoen. Be studentene legge merke til hva som virker kjent.",
            "nl": "Speel de video af. Vraag de studenten op te letten wat ze herkennen.",
        },
        "projector": {
            "da": "Video: {name}",
            "en": "Video: {name}",
            "nb": "Video: {name}",
            "nl": "Video: {name}",
        },
        "student": {
            "da": "Se videoen på skærmen.",
            "en": "Watch the video on the screen.",
            "nb": "Se videoen på skjermen.",
            "nl": "Kijk naar de video op het grote scherm.",
        },
    },
    "reflection": {
        "notes": {
            "da": "Giv ro til at skrive. Læs ikke tekster højt.",
            "en": "Give the group quiet time to write. Do not read texts aloud.",
            "nb": "Gi ro til å skrive. Ikke les tekster høyt.",
            "nl": "Geef de groep rustig de tijd om te schrijven. Lees geen teksten voor.",
        },
        "projector": {
            "da": "Skriv: Hvad genkendte du fra videoerne?",
            "en": "Write: What did you recognise in the videos?",
            "nb": "Skriv: Hva kjente du igjen fra videoene?",
            "nl": "Schrijf: Wat herkende je in de video's?",
        },
        "student": {
            "da": "Hvad genkendte du fra videoerne? Skriv med dine egne ord.",
            "en": "What did you recognise in the videos? Write in your own words.",
            "nb": "Hva kjente du igjen fra videoene? Skriv med dine egne ord.",
            "nl": "Wat herkende je in de video's? Schrijf in je eigen woorden.",
        },
    },
    "letter": {
        "notes": {
            "da": "Forklar, at brevene kan blive delt anonymt med næste års nye studerende, "
            "hvis den enkelte siger ja.",
            "en": "Explain that the letters may be shared anonymously with next year's new "
            "students if the writer agrees.",
            "nb": "Forklar at brevene kan bli delt anonymt med neste års nye studenter hvis den "
            "enkelte sier ja.",
            "nl": "Leg uit dat de brieven anoniem kunnen worden gedeeld met de nieuwe studenten "
            "van volgend jaar, als de schrijver daarmee instemt.",
        },
        "projector": {
            "da": "Skriv et brev til næste års nye studerende",
            "en": "Write a letter to next year's new students",
            "nb": "Skriv et brev til neste års nye studenter",
            "nl": "Schrijf een brief aan de nieuwe studenten van volgend jaar",
        },
        "student": {
            "da": "Hvad vil du gerne give videre til dem, der starter her næste år?",
            "en": "What would you like to pass on to those who start here next year?",
            "nb": "Hva vil du gjerne gi videre til dem som begynner her neste år?",
            "nl": "Wat wil je meegeven aan wie hier volgend jaar begint?",
        },
        "consent": {
            "da": "Må dit brev blive delt anonymt med næste års nye studerende?",
            "en": "May your letter be shared anonymously with next year's new students?",
            "nb": "Kan brevet ditt deles anonymt med neste års nye studenter?",
            "nl": "Mag je brief anoniem worden gedeeld met de nieuwe studenten van volgend jaar?",
        },
    },
    "closing": {
        "notes": {
            "da": "Tak for i dag. Nævn studievejledningen og Studenterrådgivningen.",
            "en": "Thank everyone. Mention the study guidance and the student counselling service.",
            "nb": "Takk for i dag. Nevn studieveiledningen og rådgivningstjenesten for studenter.",
            "nl": "Bedank iedereen. Noem de studieadviseur en de studentenbegeleiding.",
        },
        "projector": {
            "da": "Tak for i dag",
            "en": "Thank you for today",
            "nb": "Takk for i dag",
            "nl": "Bedankt voor vandaag",
        },
        "student": {
            "da": "Tak for i dag. Har du lyst til at tale med nogen, kan du kontakte "
            "studievejledningen eller Studenterrådgivningen.",
            "en": "Thank you for today. If you would like to talk to someone, you can contact "
            "the study guidance or the student counselling service.",
            "nb": "Takk for i dag. Har du lyst til å snakke med noen, kan du kontakte "
            "studieveiledningen eller rådgivningstjenesten for studenter.",
            "nl": "Bedankt voor vandaag. Wil je met iemand praten, dan kun je contact opnemen "
            "met de studieadviseur of de studentenbegeleiding.",
        },
    },
}
_FIXED_MINUTES = {"welcome": 3.0, "reflection": 10.0, "letter": 15.0, "closing": 3.0}


def probe_seconds(video: Path) -> float | None:
    """The video's length by ffprobe, or None when ffprobe is missing or cannot read it."""
    if shutil.which("ffprobe") is None:
        return None
    try:
        out = subprocess.run(
            [
                "ffprobe",
                "-v",
                "error",
                "-show_entries",
                "format=duration",
                "-of",
                "csv=p=0",
                str(video),
            ],
            capture_output=True,
            text=True,
            timeout=30,
            check=True,
        ).stdout
        return float(out.strip())
    except (subprocess.SubprocessError, ValueError):
        return None


def new_pack_from_videos(
    videos_dir: Path,
    out_dir: Path,
    *,
    pack_id: str | None = None,
    languages: tuple[str, ...] = ("da", "en"),
    arm: str = "treatment",
) -> NewPackResult:
    if not videos_dir.is_dir():
        raise AuthoringError(f"{videos_dir} is not a folder", code="not_a_folder")
    videos = sorted(p for p in videos_dir.iterdir() if p.suffix.lower() in VIDEO_SUFFIXES)
    if not videos:
        kinds = ", ".join(sorted(VIDEO_SUFFIXES))
        raise AuthoringError(f"no video files ({kinds}) in {videos_dir}", code="no_videos")
    if out_dir.exists() and not out_dir.is_dir():
        raise AuthoringError(
            f"{out_dir} exists and is a file; choose a new folder", code="out_exists"
        )
    if out_dir.exists() and any(out_dir.iterdir()):
        raise AuthoringError(
            f"{out_dir} exists and is not empty; choose a new folder", code="out_exists"
        )
    _check_options(languages, pack_id, arm)
    pack_id = pack_id or _slug(out_dir.name)
    warnings: list[str] = []

    video_steps: list[tuple[str, Path, float]] = []
    for video in videos:
        seconds = probe_seconds(video)
        if seconds is None:
            warnings.append(
                f"could not read the length of {video.name}; "
                f"planned {DEFAULT_VIDEO_MINUTES:g} minutes"
            )
            minutes = DEFAULT_VIDEO_MINUTES
        else:
            minutes = math.ceil(seconds / 60 * 2) / 2 + 0.5  # the video plus a short pause
        video_steps.append((_unique_id(video.stem, video_steps), video, minutes))
    total = sum(_FIXED_MINUTES.values()) + sum(m for _, _, m in video_steps)
    if total > MAX_SESSION_MINUTES:
        raise AuthoringError(
            f"{len(videos)} videos make a {total:g}-minute plan; a session lasts at most "
            f"{MAX_SESSION_MINUTES:g} minutes. Use fewer or shorter videos.",
            code="plan_too_long",
        )

    out_dir.mkdir(parents=True, exist_ok=True)
    steps: list[str] = [
        _step("welcome", "message", _FIXED_MINUTES["welcome"], "welcome", languages)
    ]
    for step_id, video, minutes in video_steps:
        shutil.copy2(video, out_dir / video.name)
        subtitles: dict[str, str] = {}
        for lang in languages:
            name = f"{video.stem}.{lang}.srt"
            source = video.with_name(name)
            if source.is_file():
                shutil.copy2(source, out_dir / name)
            else:
                (out_dir / name).write_text("", encoding="utf-8")
                warnings.append(f"no {name} beside {video.name}: wrote an empty one to fill in")
            subtitles[lang] = name
        extra = f"file = {_q(video.name)}\n" + _table("steps.subtitles", subtitles)
        steps.append(
            _step(step_id, "video", minutes, "video", languages, name=video.stem, extra=extra)
        )
    steps.append(_step("reflection", "reflection", 10.0, "reflection", languages))
    letter_extra = _table(
        "steps.consent", {lang: _TEXTS["letter"]["consent"][lang] for lang in languages}
    )
    steps.append(_step("letter", "letter", 15.0, "letter", languages, extra=letter_extra))
    steps.append(_step("closing", "closing", 3.0, "closing", languages))

    title = {"da": "Min pakke", "en": "My pack", "nb": "Min pakke", "nl": "Mijn pakket"}
    manifest = (
        "# Made by `belong-desktop packs new`. Edit the texts, then run\n"
        "# `belong-desktop packs validate` on this folder.\n"
        f'format = 1\nid = {_q(pack_id)}\nversion = "0.1.0"\narm = {_q(arm)}\n'
        f"languages = [{', '.join(_q(lang) for lang in languages)}]\n"
        'media_dir = "."\n\n'
        + _table("title", {lang: title[lang] for lang in languages})
        + "\n"
        + "\n".join(steps)
    )
    (out_dir / "pack.toml").write_text(manifest, encoding="utf-8")
    return NewPackResult(load_pack(out_dir), warnings)


def _check_options(languages: tuple[str, ...], pack_id: str | None, arm: str) -> None:
    """Refuse bad options before anything is copied or written."""
    if not languages:
        raise AuthoringError(
            f"give at least one language ({', '.join(STARTER_LANGUAGES)})", code="bad_languages"
        )
    if len(set(languages)) != len(languages):
        raise AuthoringError(
            f"a language is listed twice: {', '.join(languages)}", code="bad_languages"
        )
    unknown = [lang for lang in languages if lang not in STARTER_LANGUAGES]
    if unknown:
        raise AuthoringError(
            f"starter texts exist for {', '.join(STARTER_LANGUAGES)} only, "
            f"not {', '.join(unknown)}",
            code="bad_languages",
        )
    if pack_id is not None and not re.fullmatch(r"[a-z0-9][a-z0-9_-]*", pack_id):
        raise AuthoringError(
            f"pack id {pack_id!r} may only hold a-z, 0-9, '-' and '_'", code="bad_pack_id"
        )
    if arm not in {a.value for a in Arm}:
        raise AuthoringError(f"arm must be treatment or control, not {arm!r}", code="bad_arm")


def _step(
    step_id: str,
    kind: str,
    minutes: float,
    texts_key: str,
    languages: tuple[str, ...],
    *,
    name: str = "",
    extra: str = "",
) -> str:
    texts = _TEXTS[texts_key]
    out = f"[[steps]]\nid = {_q(step_id)}\nkind = {_q(kind)}\nminutes = {minutes:g}\n" + extra
    for section, key in (
        ("speaker_notes", "notes"),
        ("projector", "projector"),
        ("student", "student"),
    ):
        out += _table(
            f"steps.{section}", {lang: texts[key][lang].format(name=name) for lang in languages}
        )
    return out


def _table(name: str, values: dict[str, str]) -> str:
    return f"[{name}]\n" + "".join(f"{k} = {_q(v)}\n" for k, v in values.items())


def _q(text: str) -> str:
    """A TOML basic string (JSON's escapes are a subset of TOML's)."""
    return json.dumps(text, ensure_ascii=False)


def _unique_id(stem: str, taken: list[tuple[str, Path, float]]) -> str:
    """A step id from the file name that no earlier step (nor a fixed step) has."""
    base = _slug(stem) if re.search(r"[a-z0-9]", stem.lower()) else "video"
    used = {step_id for step_id, _, _ in taken} | set(_FIXED_MINUTES)
    candidate, n = base, 2
    while candidate in used:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:48] or "my-pack"
