"""The core stays pure: no GUI, web, database or media library, nothing outside core.

Checked twice: statically (every import statement, wherever it sits in a module) and
dynamically (importing every core module in a fresh interpreter loads none of them).
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import belong_desktop.core

CORE = Path(belong_desktop.core.__file__).resolve().parent
REPO = CORE.parent.parent
FORBIDDEN_TOP = {
    "PySide6",
    "vlc",
    "fastapi",
    "uvicorn",
    "starlette",
    "sqlalchemy",
    "alembic",
    "httpx",
    "requests",
}
FORBIDDEN_OURS = {
    f"belong_desktop.{part}"
    for part in ("store", "services", "server", "qt", "media", "paths", "app", "cli")
}
CORE_FILES = sorted(CORE.rglob("*.py"))


def _module_name(path: Path) -> str:
    parts = path.relative_to(REPO).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _package_of(path: Path) -> str:
    """The package relative imports in ``path`` start from."""
    name = _module_name(path)
    return name if path.name == "__init__.py" else name.rpartition(".")[0]


def imported_modules(source: str, package: str) -> set[str]:
    """Every module an ``import`` or ``from … import`` in ``source`` names, made absolute;
    ``package`` resolves relative imports. Imports inside functions count too."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            found.add(module)
            # ``from belong_desktop import store`` imports the submodule too.
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return found


def imports_of(path: Path) -> set[str]:
    return imported_modules(path.read_text(encoding="utf-8"), _package_of(path))


def _is_forbidden(module: str) -> bool:
    top = module.split(".")[0]
    return top in FORBIDDEN_TOP or any(
        module == ours or module.startswith(ours + ".") for ours in FORBIDDEN_OURS
    )


def test_the_core_has_modules_to_check() -> None:
    names = {p.name for p in CORE_FILES}
    assert {"packs.py", "pack_loader.py", "framing.py", "session.py", "events.py"} <= names


@pytest.mark.parametrize("path", CORE_FILES, ids=[p.name for p in CORE_FILES])
def test_core_module_imports_nothing_forbidden(path: Path) -> None:
    bad = sorted(m for m in imports_of(path) if _is_forbidden(m))
    assert bad == [], f"{path.name} imports {bad}"


@pytest.mark.parametrize("path", CORE_FILES, ids=[p.name for p in CORE_FILES])
def test_core_imports_of_our_package_stay_in_core(path: Path) -> None:
    ours = {m for m in imports_of(path) if m.split(".")[0] == "belong_desktop"}
    outside = sorted(
        m for m in ours if not (m == "belong_desktop.core" or m.startswith("belong_desktop.core."))
    )
    assert outside == [], f"{path.name} imports {outside}"


def test_the_import_checker_sees_forbidden_imports() -> None:
    """The static check must be able to fail: feed it a module that breaks every rule."""
    source = (
        "import sqlalchemy.orm\n"
        "from PySide6 import QtCore\n"
        "def later():\n"
        "    import vlc\n"
        "    from .. import paths\n"
        "    from ..store import models\n"
        "    from belong_desktop import services\n"
        "from . import packs\n"
    )
    found = imported_modules(source, "belong_desktop.core")
    assert {m for m in found if _is_forbidden(m)} == {
        "sqlalchemy.orm",
        "PySide6",
        "PySide6.QtCore",
        "vlc",
        "belong_desktop.paths",
        "belong_desktop.store",
        "belong_desktop.store.models",
        "belong_desktop.services",
    }
    assert "belong_desktop.core.packs" in found


def test_importing_the_core_loads_no_framework() -> None:
    """In a fresh interpreter, import every core module and look at ``sys.modules``."""
    modules = sorted(_module_name(p) for p in CORE_FILES)
    code = (
        "import importlib, json, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    loaded = set(json.loads(result.stdout.strip().splitlines()[-1]))
    assert set(modules) <= loaded
    bad = sorted(m for m in loaded if _is_forbidden(m))
    assert bad == []
