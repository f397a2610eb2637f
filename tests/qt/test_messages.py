"""The counsellor reads refusals in Danish: every error code the windows can meet has a
sentence, its params are filled in, and the log's English never reaches a window."""

from __future__ import annotations

import re
import socket
from datetime import UTC, datetime
from pathlib import Path

import pytest

from belong_desktop.core.errors import BelongError
from belong_desktop.core.session import MAX_NOTE_LENGTH, SessionFlow, check_group_code
from belong_desktop.qt.messages import SENTENCES, WARNINGS, describe, describe_warning, unexpected
from belong_desktop.server.runner import bind_socket
from belong_desktop.services.packs import PackCatalog
from belong_desktop.services.runtime import Runtime
from belong_desktop.store.db import open_database

_T = datetime(2026, 9, 1, 9, 0, tzinfo=UTC)
PACKAGE = Path(__file__).resolve().parents[2] / "belong_desktop"
#: Where the errors the windows can meet are raised (the CLI and the server's answers to
#: devices have their own words).
SCANNED = ["core", "services", "store", "media", "server/runner.py", "server/host.py"]
_CODE = re.compile(
    r"""(?:code=|default_code\s*=\s*|(?:AnswerRefused|JoinRefused)\(\s*)["']([a-z_]+)["']"""
)
#: Codes the windows never show, and why.
NOT_IN_THE_WINDOWS = {
    # What devices are told by the student page (the server words them).
    **dict.fromkeys(
        [
            "answer_refused",
            "wrong_kind",
            "unknown_step",
            "not_open",
            "no_text",
            "no_answers",
            "empty",
            "closed",
            "bad_revision",
            "bad_choice",
            "too_long",
            "drafts_off",
            "join_refused",
            "ended",
            "wrong_code",
            "unknown",
            "full",
            "rate_limited",
            "too_many_joins",
            "not_opened",
            "not_saved",
        ],
        "student page",
    ),
    # A device's connection refused by the server (server/protocol.py, the event stream):
    # the page waits and tries again; the counsellor sees the room's BUSY alert instead.
    **dict.fromkeys(["busy", "too_slow", "malformed", "head_too_large"], "a device's connection"),
    # `packs new` exists only on the command line.
    **dict.fromkeys(
        [
            "pack_authoring",
            "bad_languages",
            "out_exists",
            "plan_too_long",
            "not_a_folder",
            "no_videos",
            "bad_pack_id",
            "bad_arm",
        ],
        "command line",
    ),
    # Raised by the core for a caller's bug, never by a counsellor's action; the general
    # sentence (with the code) covers them.
    **dict.fromkeys(
        ["error", "invalid_input", "illegal_transition", "not_a_video", "bad_position"],
        "a bug, not a refusal",
    ),
    # The ministry's commands (keys, groups sheet, verify, merge) run only on the command
    # line; a counsellor's window never opens a bundle or reads an identity.
    **dict.fromkeys(
        [
            "bad_groups",
            "key_unreadable",
            "no_key_file",
            "not_age",
            "age_damaged",
            "age_truncated",
            "age_wrong_key",
            "bad_bundle",
            "bundle_bad_manifest",
            "bundle_bad_table",
            "bundle_checksum",
            "bundle_damaged",
            "bundle_extra_file",
            "bundle_missing_file",
            "bundle_no_manifest",
            "bundle_not_zip",
            "bundle_too_big",
            "bundle_too_new",
            "bundle_bad_value",
            "bundle_session_mismatch",
            "bundle_unreadable",
            "merge_out_not_dir",
            "merge_out_not_empty",
            "merge_out_unusable",
            "merge_refused",
            "merge_write_failed",
            "merged_bad_columns",
            "merged_bad_row",
            "merged_bad_table",
            "merged_bad_value",
            "merged_missing",
            "merged_not_a_merge",
            "merged_unreadable",
            "merged_unusable",
            "summary_language",
            "summary_no_sessions",
            "summary_refused",
        ],
        "ministry command line",
    ),
    # The review only ever hands the core flags the core found.
    **dict.fromkeys(["pii_flag_invalid", "pii_flag_outside_text"], "a bug, not a refusal"),
    "bad_subtitles": "the player turns it into its own warning and plays on",
    "store_error": "every StoreError carries a precise code",
    "classroom_unavailable": "every ClassroomUnavailable carries a precise code",
}
_DYNAMIC = {"not_running", "not_created", "not_ended"}  # code=f"not_{state}"


def codes_raised() -> set[str]:
    found = set(_DYNAMIC)
    for place in SCANNED:
        path = PACKAGE / place
        files = [path] if path.is_file() else sorted(path.rglob("*.py"))
        for file in files:
            found |= set(_CODE.findall(file.read_text(encoding="utf-8")))
    return found


def test_every_code_the_windows_can_meet_has_a_sentence() -> None:
    raised = codes_raised()
    assert {"bad_group_code", "port_taken", "newer_schema"} <= raised  # the scan works
    missing = sorted(raised - set(SENTENCES) - set(NOT_IN_THE_WINDOWS))
    assert missing == [], f"add a Danish sentence in qt/messages.py for: {missing}"
    stale = sorted(set(SENTENCES) - raised)
    assert stale == [], f"sentences for codes nothing raises: {stale}"


@pytest.mark.parametrize("code", sorted(SENTENCES))
def test_each_sentence_has_one_param_per_placeholder(code: str) -> None:
    text, names = SENTENCES[code]
    assert sorted(set(re.findall(r"%(\d)", text))) == [str(i) for i in range(1, len(names) + 1)]
    filled = describe(BelongError("x", code=code, **{n: f"<{n}>" for n in names}))
    assert "%" not in filled.replace("%)", "")
    for name in names:
        assert f"<{name}>" in filled


def test_real_refusals_read_in_danish_with_their_values(tmp_path: Path, runtime: Runtime) -> None:
    def refusal(action: object) -> BelongError:
        with pytest.raises(BelongError) as caught:
            action()  # type: ignore[operator]
        return caught.value

    notes = refusal(lambda: SessionFlow("s", runtime.catalog.packs()[0]).add_note("x" * 2001, _T))
    assert describe(notes) == f"En note kan højst have {MAX_NOTE_LENGTH} tegn; denne har 2001."
    group = describe(refusal(lambda: check_group_code("<script>")))
    assert "»<script>«" in group and "group code" not in group
    missing = describe(refusal(lambda: PackCatalog([tmp_path]).resolve("nope")))
    assert missing == "Indholdspakken »nope« findes ikke."
    not_db = tmp_path / "notes.sqlite3"
    not_db.write_text("not a database\n" * 100)
    store = describe(refusal(lambda: open_database(not_db)))
    assert store.startswith(f"{not_db} er ikke en database") and "not a" not in store
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        busy = describe(refusal(lambda: bind_socket("127.0.0.1", [port])))
    assert busy.startswith(f"Porten (127.0.0.1:{port}) er optaget")


def test_every_warning_the_host_gives_has_a_sentence() -> None:
    host = (PACKAGE / "server" / "host.py").read_text(encoding="utf-8")
    given = set(re.findall(r"""code(?:, params)? = ["']([a-z_]+)["']""", host))
    assert given == set(WARNINGS) == {"port_moved", "no_network"}
    moved = describe_warning("port_moved", {"old_port": 8470, "new_port": 8471})
    assert "Port 8470 var optaget" in moved and "port 8471" in moved
    assert describe_warning("", {}) == ""


def test_an_unknown_code_gets_a_calm_general_sentence_naming_it() -> None:
    text = describe(BelongError("something new", code="brand_new_code"))
    assert "brand_new_code" in text and "something new" not in text


def test_a_bug_is_described_without_its_message() -> None:
    text = describe(KeyError("internal detail"))
    assert text == unexpected() and "internal detail" not in text and "logfilen" in text
