"""PackCatalog: find packs by id or folder, report broken ones, never hide a problem."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from belong_desktop.core.pack_loader import PackError
from belong_desktop.services.packs import PackCatalog, PackNotFound


def _set_id(pack: Path, new_id: str) -> None:
    manifest = pack / "pack.toml"
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(text.replace('id = "svc-pack"', f'id = "{new_id}"', 1), encoding="utf-8")


@pytest.fixture
def broken(packs_dir: Path, pack_dir: Path) -> Path:
    """A copy of the pack with three mistakes: a bad arm, a missing video, an unknown key."""
    folder = packs_dir / "broken-pack"
    shutil.copytree(pack_dir, folder)
    manifest = folder / "pack.toml"
    text = manifest.read_text(encoding="utf-8")
    text = text.replace('id = "svc-pack"', 'id = "broken"', 1)
    text = text.replace('arm = "treatment"', 'arm = "placebo"\ncolour = "blue"')
    manifest.write_text(text, encoding="utf-8")
    (folder / "jonas.mp4").unlink()
    return folder


def test_resolve_by_id_folder_name_and_path(packs_dir: Path, pack_dir: Path) -> None:
    catalog = PackCatalog([packs_dir])
    by_id = catalog.resolve("svc-pack")
    assert by_id.id == "svc-pack" and by_id.folder == pack_dir
    assert catalog.resolve(str(pack_dir)).id == "svc-pack"

    renamed = packs_dir / "folder-name"
    shutil.copytree(pack_dir, renamed)
    _set_id(renamed, "other-id")
    assert catalog.resolve("folder-name").id == "other-id"
    assert catalog.resolve("other-id").folder == renamed


def test_a_folder_outside_the_search_dirs(tmp_path: Path, pack_dir: Path) -> None:
    catalog = PackCatalog([tmp_path / "does-not-exist"])
    assert catalog.entries() == []
    assert catalog.resolve(str(pack_dir)).id == "svc-pack"


def test_unknown_id_lists_the_known_packs(packs_dir: Path, pack_dir: Path) -> None:
    second = packs_dir / "second"
    shutil.copytree(pack_dir, second)
    _set_id(second, "second-pack")
    with pytest.raises(PackNotFound) as caught:
        PackCatalog([packs_dir]).resolve("nope")
    message = str(caught.value)
    assert "'nope'" in message
    assert "svc-pack" in message and "second-pack" in message


def test_unknown_id_with_no_packs_at_all(tmp_path: Path) -> None:
    with pytest.raises(PackNotFound, match="known packs: none"):
        PackCatalog([tmp_path]).resolve("belonging")


def test_a_broken_pack_is_listed_with_its_problems(packs_dir: Path, broken: Path) -> None:
    catalog = PackCatalog([packs_dir])
    entries = {entry.folder.name: entry for entry in catalog.entries()}
    assert set(entries) == {"broken-pack", "svc-pack"}
    bad = entries["broken-pack"]
    assert bad.pack is None
    fields = {p.field for p in bad.problems}
    assert "arm" in fields and "colour" in fields
    assert any(p.field.endswith(".file") and "jonas.mp4" in p.message for p in bad.problems)
    assert entries["svc-pack"].pack is not None and entries["svc-pack"].problems == ()
    assert [p.id for p in catalog.packs()] == ["svc-pack"]

    for ref in ("broken-pack", str(broken)):
        with pytest.raises(PackError) as caught:
            catalog.resolve(ref)
        assert len(caught.value.problems) == len(bad.problems)
        assert "placebo" in str(caught.value)


def test_folders_without_a_manifest_are_ignored(packs_dir: Path) -> None:
    (packs_dir / "holiday-photos").mkdir()
    (packs_dir / "holiday-photos" / "a.jpg").write_bytes(b"\xff\xd8")
    (packs_dir / "README.txt").write_text("not a folder")
    assert [e.folder.name for e in PackCatalog([packs_dir]).entries()] == ["svc-pack"]


def test_earlier_search_dirs_win_on_equal_ids(tmp_path: Path, pack_dir: Path) -> None:
    first, second = tmp_path / "builtin", tmp_path / "user"
    shutil.copytree(pack_dir, first / "a")
    shutil.copytree(pack_dir, second / "b")
    catalog = PackCatalog([first, second])
    assert len(catalog.entries()) == 2
    assert [p.folder for p in catalog.packs()] == [first / "a"]
    assert catalog.resolve("svc-pack").folder == first / "a"
