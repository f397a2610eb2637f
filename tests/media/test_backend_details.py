"""Backend details that need no playback: libVLC's options, the Qt subtitle overlay."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRectF
from pytestqt.qtbot import QtBot

from belong_desktop.media import create_player


@pytest.mark.usefixtures("libvlc")
def test_vlc_options_turn_off_auto_subtitles_and_honour_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from belong_desktop.media.vlc_player import vlc_instance_args

    monkeypatch.delenv("BELONG_NO_AUDIO", raising=False)
    monkeypatch.setenv("BELONG_VLC_ARGS", "--verbose=0 '--sub-filter=marq'")
    args = vlc_instance_args("xcb")
    assert {"--no-sub-autodetect-file", "--no-video-title-show", "--quiet"} <= set(args)
    assert "--aout=dummy" not in args
    assert "--vout=dummy" not in args
    assert args[-2:] == ["--verbose=0", "--sub-filter=marq"]

    monkeypatch.setenv("BELONG_NO_AUDIO", "1")
    monkeypatch.delenv("BELONG_VLC_ARGS")
    offscreen = vlc_instance_args("offscreen")
    assert "--aout=dummy" in offscreen
    assert "--vout=dummy" in offscreen  # no real window: VLC must not open its own


def test_qt_overlay_shows_the_cue_at_each_position(
    qtbot: QtBot, media: Any, tmp_path: Path, player_env: None
) -> None:
    srt = tmp_path / "two.da.srt"
    srt.write_text(
        "1\n00:00:00,200 --> 00:00:01,000\n<i>Første</i> linje\n\n"
        "2\n00:00:01,500 --> 00:00:02,500\nAnden\n",
        encoding="utf-8",
    )
    player = create_player(prefer="qt")
    try:
        view = player.widget()
        qtbot.addWidget(view)
        view.resize(640, 360)
        view.show()
        overlay = view.subtitle_item  # type: ignore[attr-defined]
        player.load(media.clip, srt)
        assert overlay.text() == ""
        player.seek(0.5)
        assert overlay.text() == "Første linje"  # markup stripped
        player.seek(1.2)
        assert overlay.text() == ""
        player.seek(2.0)
        assert overlay.text() == "Anden"
        # Drawn at the bottom, centred, inside the view, with a font that scales with it.
        box: QRectF = overlay.boundingRect()
        assert box.bottom() <= 360 and box.top() > 360 * 0.6
        assert abs(box.center().x() - 320) < 5
        image = view.grab().toImage()
        white = sum(
            1
            for x in range(0, 640, 2)
            for y in range(int(box.top()), min(int(box.bottom()), 359), 2)
            if min(image.pixelColor(x, y).getRgb()[:3]) > 220
        )
        assert white > 50
        view.resize(1280, 720)
        qtbot.waitUntil(lambda: overlay.boundingRect().height() > box.height() * 1.5)
    finally:
        player.close()
