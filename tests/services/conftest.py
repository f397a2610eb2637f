"""Fixtures for the services' tests: tiny real videos (ffmpeg) and a pack made from them.

The videos and the pack are made once per test session; tests that change a pack work
on their own copy (``pack_dir``).
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from belong_desktop.services.pack_authoring import new_pack_from_videos
from belong_desktop.services.runtime import Runtime, open_runtime

SRT = "1\n00:00:00,000 --> 00:00:01,500\nHej og velkommen\n"


def make_video(path: Path, seconds: float, *, audio: bool = True) -> Path:
    """A real, tiny video of ``seconds`` seconds."""
    if shutil.which("ffmpeg") is None:
        pytest.skip("ffmpeg is not installed")
    args = ["ffmpeg", "-v", "error", "-y"]
    if audio:
        args += ["-f", "lavfi", "-i", "testsrc2=size=160x90:rate=10"]
        args += ["-f", "lavfi", "-i", "sine", "-t", str(seconds), "-shortest"]
    else:  # long videos: one black 16×16 frame a second encodes in a blink
        args += ["-f", "lavfi", "-i", "color=c=black:s=16x16:r=1", "-t", str(seconds)]
    subprocess.run([*args, str(path)], check=True, capture_output=True, timeout=60)
    return path


@pytest.fixture(scope="session")
def media(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Reusable videos: short.mp4 (2 s), minute.mp4 (61 s), ten.mp4 (10 min),
    twentyseven.mp4 (26.5 min) and long.mp4 (30 min)."""
    folder = tmp_path_factory.mktemp("media")
    make_video(folder / "short.mp4", 2)
    for name, seconds in (("minute", 61), ("ten", 600), ("twentyseven", 1590), ("long", 1800)):
        make_video(folder / f"{name}.mp4", seconds, audio=False)
    return folder


@pytest.fixture(scope="session")
def shared_pack(media: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A valid pack from two 2-second videos (6 steps, 33 minutes). Do not change it."""
    videos = tmp_path_factory.mktemp("videos")
    shutil.copy(media / "short.mp4", videos / "amina.mp4")
    shutil.copy(media / "short.mp4", videos / "jonas.mp4")
    (videos / "amina.da.srt").write_text(SRT, encoding="utf-8")
    out = tmp_path_factory.mktemp("packs") / "svc-pack"
    new_pack_from_videos(videos, out)
    return out


@pytest.fixture
def packs_dir(tmp_path: Path, shared_pack: Path) -> Path:
    """A folder of packs for a catalog, holding this test's own copy of the pack."""
    folder = tmp_path / "packs"
    shutil.copytree(shared_pack, folder / "svc-pack")
    return folder


@pytest.fixture
def pack_dir(packs_dir: Path) -> Path:
    return packs_dir / "svc-pack"


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    return tmp_path / "data" / "belong.sqlite3"


@pytest.fixture
def runtime(db_file: Path, packs_dir: Path) -> Iterator[Runtime]:
    with open_runtime(db_file.parent, db_file, [packs_dir]) as rt:
        yield rt
