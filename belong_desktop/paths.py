"""Where things live: the data directory, shipped assets and content packs.

The one module that knows about frozen (PyInstaller) apps and platform conventions, so
nothing else computes a path on its own.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_path, user_documents_path, user_log_path

APP_NAME = "belong-desktop"
DATA_DIR_ENV = "BELONG_DATA_DIR"
LOG_DIR_ENV = "BELONG_LOG_DIR"
EXPORT_DIR_ENV = "BELONG_EXPORT_DIR"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data directory: ``--data-dir``, else ``$BELONG_DATA_DIR``, else the OS default."""
    if override:
        return Path(override).expanduser().resolve()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser().resolve()
    return user_data_path(APP_NAME, appauthor=False)


def log_dir() -> Path:
    """Where the log file rotates: ``$BELONG_LOG_DIR``, else the OS's user log folder."""
    env = os.environ.get(LOG_DIR_ENV)
    if env:
        return Path(env).expanduser().resolve()
    return user_log_path(APP_NAME, appauthor=False)


def export_dir() -> Path:
    """Where bundles go unless the counsellor picks a folder: ``$BELONG_EXPORT_DIR``, else
    a folder in the user's documents, easy to find and to copy to a USB stick."""
    env = os.environ.get(EXPORT_DIR_ENV)
    if env:
        return Path(env).expanduser().resolve()
    return user_documents_path() / "belong-desktop eksport"


def documents_dir() -> Path:
    """Where a printed document is offered to be saved: the user's documents folder."""
    return user_documents_path()


def database_file(data: Path) -> Path:
    return data / "belong.sqlite3"


def user_packs_dir(data: Path) -> Path:
    return data / "packs"


def assets_dir() -> Path:
    """Shipped assets: inside the bundle when frozen, else beside the package in the repo."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "assets"
    return Path(__file__).resolve().parent.parent / "assets"


def builtin_packs_dir() -> Path:
    return assets_dir() / "packs"


def pack_search_dirs(data: Path) -> list[Path]:
    """Folders whose sub-folders are content packs, shipped ones first."""
    return [builtin_packs_dir(), user_packs_dir(data)]
