"""`belong-desktop report script` as a counsellor runs it: by pack id (shipped or own),
folder or pack.toml; refusals in one calm line (a broken pack lists its problems), exit 1.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from belong_desktop import paths
from tests import pdf_support as read

from .conftest import Cli

SHIPPED = Path(__file__).resolve().parents[2] / "assets" / "packs"


def test_script_by_id_folder_and_manifest(cli: Cli, tmp_path: Path) -> None:
    by_id, by_folder, by_manifest = cli.many(
        ["report", "script", "belonging", "--language", "da", "--out", tmp_path / "a.pdf"],
        ["report", "script", SHIPPED / "control", "--language", "en", "--out", tmp_path / "b.pdf"],
        ["report", "script", SHIPPED / "control" / "pack.toml", "--language", "da",
         "--out", tmp_path / "c.pdf"],
    )  # fmt: skip
    assert "belonging 1.0.0 (da)" in by_id.assert_ok().stdout
    by_folder.assert_ok()
    by_manifest.assert_ok()
    assert "Trin for trin" in read.text(tmp_path / "a.pdf")
    assert "Step by step" in read.text(tmp_path / "b.pdf")
    assert read.info(tmp_path / "c.pdf")["Title"].startswith("Drejebog: ")


def test_an_own_pack_by_id(cli: Cli, tmp_path: Path, subprocess_env: dict[str, str]) -> None:
    data_dir = Path(subprocess_env[paths.DATA_DIR_ENV])
    own = paths.user_packs_dir(data_dir) / "mine"
    shutil.copytree(SHIPPED / "control", own)
    manifest = own / "pack.toml"
    videos = SHIPPED.parent / "videos" / "control"
    text = manifest.read_text(encoding="utf-8").replace('id = "control"', 'id = "mine"', 1)
    text = text.replace('media_dir = "../../videos/control"', f'media_dir = "{videos}"', 1)
    manifest.write_text(text, encoding="utf-8")
    cli("report", "script", "mine", "--language", "en", "--out", tmp_path / "m.pdf").assert_ok()
    assert "mine, version" in read.text(tmp_path / "m.pdf")


def test_refusals(cli: Cli, tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "pack.toml").write_text('id = "broken"\nsteps = [\n', encoding="utf-8")
    out = tmp_path / "x.pdf"
    unknown, language, folder_missing, is_folder, bad = cli.many(
        ["report", "script", "nope", "--language", "da", "--out", out],
        ["report", "script", "belonging", "--language", "sv", "--out", out],
        ["report", "script", "belonging", "--language", "da", "--out", tmp_path / "no" / "x.pdf"],
        ["report", "script", "belonging", "--language", "da", "--out", tmp_path],
        ["report", "script", broken, "--language", "da", "--out", out],
    )
    unknown.assert_clean_error("no content pack 'nope'", "known packs: belonging, control")
    language.assert_clean_error("has no language 'sv' (it has da, en, nb, nl)")
    folder_missing.assert_clean_error("does not exist")
    is_folder.assert_clean_error("is a folder")
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
    assert "invalid content pack" in bad.stderr and "not valid TOML" in bad.stderr
    assert not out.exists()
    usage = cli("report", "script", "belonging", "--out", out)  # no --language
    assert usage.returncode == 2 and "--language" in usage.stderr
