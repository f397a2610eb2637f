"""Fixtures for the services' tests: tiny real videos (ffmpeg) and a pack made from them.

The videos and the pack are made once per test session; tests that change a pack work
on their own copy (``pack_dir``).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from belong_desktop.services.pack_authoring import new_pack_from_videos
from belong_desktop.services.runtime import Runtime, open_runtime

SRT = "1\n00:00:00,000 --> 00:00:01,500\nHej og velkommen\n"


@pytest.fixture(scope="session")
def media(tmp_path_factory: pytest.TempPathFactory, make_video: Callable[..., Path]) -> Path:
    """Reusable videos: short.mp4 (2 s), minute.mp4 (61 s), ten.mp4 (10 min),
    twentyseven.mp4 (26.5 min) and long.mp4 (30 min)."""
    folder = tmp_path_factory.mktemp("media")
    make_video(folder / "short.mp4", 2, fps=10)
    for name, seconds in (("minute", 61), ("ten", 600), ("twentyseven", 1590), ("long", 1800)):
        # long videos: one black 16x16 frame a second encodes in a blink
        make_video(
            folder / f"{name}.mp4",
            seconds,
            size="16x16",
            fps=1,
            audio=False,
            picture="color=c=black",
        )
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
    with open_runtime(db_file, [packs_dir]) as rt:
        yield rt
