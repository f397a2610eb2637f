"""Find content packs: the shipped ones and those the counsellor added, by id or folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from belong_desktop.core.errors import BelongError
from belong_desktop.core.pack_loader import (
    MANIFEST_NAMES,
    PackError,
    PackProblem,
    find_manifest,
    load_pack,
)
from belong_desktop.core.packs import Pack


@dataclass(frozen=True)
class CatalogEntry:
    folder: Path
    pack: Pack | None
    problems: tuple[PackProblem, ...] = ()


class PackNotFound(BelongError):
    default_code = "pack_not_found"


class PackCatalog:
    """Packs in the sub-folders of ``search_dirs``; earlier folders win on equal ids."""

    def __init__(self, search_dirs: list[Path]) -> None:
        self.search_dirs = search_dirs

    def entries(self) -> list[CatalogEntry]:
        entries: list[CatalogEntry] = []
        for base in self.search_dirs:
            if not base.is_dir():
                continue
            for folder in sorted(p for p in base.iterdir() if p.is_dir()):
                if find_manifest(folder) is None:
                    continue
                try:
                    entries.append(CatalogEntry(folder, load_pack(folder)))
                except PackError as exc:
                    entries.append(CatalogEntry(folder, None, tuple(exc.problems)))
        return entries

    def packs(self) -> list[Pack]:
        seen: set[str] = set()
        packs: list[Pack] = []
        for entry in self.entries():
            if entry.pack is not None and entry.pack.id not in seen:
                seen.add(entry.pack.id)
                packs.append(entry.pack)
        return packs

    def resolve(self, ref: str) -> Pack:
        """A pack by folder path (or its manifest's path) or by id; ``PackError`` when the
        pack is broken."""
        path = Path(ref).expanduser()
        if path.is_file() and path.name in MANIFEST_NAMES:
            path = path.parent  # `pack.toml` given: its folder is the pack
        if path.is_dir():
            return load_pack(path)
        for entry in self.entries():
            if entry.folder.name == ref or (entry.pack is not None and entry.pack.id == ref):
                if entry.pack is None:
                    raise PackError(entry.folder, list(entry.problems))
                return entry.pack
        known = ", ".join(p.id for p in self.packs()) or "none"
        raise PackNotFound(
            f"no content pack {ref!r} (known packs: {known}; or give a folder)", pack=ref
        )
