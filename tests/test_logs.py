"""The log: one private rotating file, no student text or secrets in it, crashes recorded."""

from __future__ import annotations

import logging
import os
import stat
import sys
import threading
from pathlib import Path

import httpx
import pytest

from belong_desktop import logs

from .conftest import ServedSession

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX only")


def _flush() -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()


def test_configured_once_into_the_log_folder(tmp_path: Path) -> None:
    folder = tmp_path / "logs"
    path = logs.configure_logging()
    assert path == folder / logs.LOG_FILE  # $BELONG_LOG_DIR, set for every test
    handlers = list(logging.getLogger().handlers)
    assert logs.configure_logging(tmp_path / "elsewhere") == path
    assert logging.getLogger().handlers == handlers  # no second handler, no second file
    logging.getLogger("belong_desktop.test").info("hello from the test")
    _flush()
    assert "hello from the test" in path.read_text(encoding="utf-8")
    assert not (tmp_path / "elsewhere").exists()


@posix_only
def test_the_log_file_and_its_folder_are_private(tmp_path: Path) -> None:
    path = logs.configure_logging(tmp_path / "private")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_a_folder_that_cannot_be_made_leaves_logging_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    logs.configure_logging(blocker / "logs")
    assert "cannot write the log" in capsys.readouterr().err
    assert logs.log_file() is None


def test_registered_secrets_and_token_headers_are_scrubbed(tmp_path: Path) -> None:
    path = logs.configure_logging(tmp_path / "scrub")
    logs.keep_out_of_logs("482913", "Zm9vYmFyLWxpbmstdG9rZW4")
    log = logging.getLogger("belong_desktop.test")
    log.warning("join code %s via /j/%s", "482913", "Zm9vYmFyLWxpbmstdG9rZW4")
    log.warning("headers {'x-belong-token': 'abcDEF123_-xyz'} cookie belong_token=qqq111")
    try:
        raise RuntimeError("code 482913 failed")
    except RuntimeError:
        log.exception("while serving")
    _flush()
    text = path.read_text(encoding="utf-8")
    for secret in ("482913", "Zm9vYmFyLWxpbmstdG9rZW4", "abcDEF123_-xyz", "qqq111"):
        assert secret not in text
    assert text.count("[redacted]") >= 5
    assert "RuntimeError" in text  # the traceback itself is kept


def test_an_uncaught_error_in_a_thread_is_logged_and_reported(tmp_path: Path) -> None:
    path = logs.configure_logging(tmp_path / "crash")
    reports: list[str] = []
    uninstall = logs.install_crash_hook(reports.append)
    try:

        def boom() -> None:
            raise LookupError("a bug, not the user's fault")

        thread = threading.Thread(target=boom, name="belong-test")
        thread.start()
        thread.join()
        sys.excepthook(*_exc_info(ValueError("in the main thread")))
    finally:
        uninstall()
    _flush()
    text = path.read_text(encoding="utf-8")
    assert "uncaught LookupError" in text and "a bug, not the user's fault" in text
    assert "uncaught ValueError" in text and "Traceback" in text
    assert reports == [str(path), str(path)]


def _exc_info(error: BaseException) -> tuple[type[BaseException], BaseException, object]:
    try:
        raise error
    except BaseException as caught:
        return type(caught), caught, caught.__traceback__


@pytest.mark.slow
def test_a_whole_session_with_answers_leaves_no_student_text_or_secret_in_the_log(
    served_session: ServedSession, tmp_path: Path
) -> None:
    path = logs.configure_logging()
    served = served_session
    logging.getLogger("belong_desktop").setLevel(logging.DEBUG)  # the most it ever writes
    texts = {
        "reflection": "Jeg troede, at alle andre havde fundet venner – REFLEKS-7741",
        "letter": "Kære nye studerende, det bliver bedre. BREV-3390",
    }
    tokens = []
    with httpx.Client(base_url=served.base_url, timeout=10) as client:
        for _ in range(3):
            reply = client.post("/api/join", json={"code": served.code})
            assert reply.status_code == 200
            tokens.append(reply.json()["token"])
        client.post("/api/join", json={"code": "000000"})  # a wrong code is logged nowhere
        for step_id, text in texts.items():
            served.go_to(step_id)
            for token in tokens:
                headers = {"X-Belong-Token": token}
                draft = {"revision": 1, "text": text[:20]}
                assert client.put(f"/api/answers/{step_id}", json=draft, headers=headers)
                sent = {"revision": 2, "text": text, "submit": True}
                if step_id == "letter":
                    sent["share"] = True
                reply = client.put(f"/api/answers/{step_id}", json=sent, headers=headers)
                assert reply.status_code == 200, reply.text
    served.rt.sessions.add_note(served.session_id, "projektoren gik ud NOTE-5521")
    served.end()
    _flush()
    log_text = "".join(p.read_text(encoding="utf-8") for p in path.parent.glob("*.log*"))
    # The log is not empty: the session's course is there, by event and id.
    for expected in ("step_changed", "answer_submitted", "note_added", "session_ended"):
        assert expected in log_text
    assert served.session_id in log_text
    room = served.rt.classroom.classroom(served.session_id)
    assert room is not None
    secrets = [
        "REFLEKS-7741",
        "BREV-3390",
        "NOTE-5521",
        texts["letter"][:20],
        room.join_code,
        room.link_token,
        *tokens,
    ]
    for secret in secrets:
        assert secret not in log_text, secret
