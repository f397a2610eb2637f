"""Anonymity on disk and in the logs: the server records no address, device or secret.

Students are told the page is anonymous ("no names or details about your device are
stored"). These tests make that checkable: a device with a distinctive User-Agent joins
over 127.0.0.1 by every route (API code, link with a join key, form), answers, and reads
its page; then every byte the app wrote under its data folder – the SQLite file and its
-wal/-shm files while the server still runs, before any checkpoint could tidy them – is
searched for the address, the User-Agent, the raw token and the join key. The participant
id may be there: it is random and names no one. The log is captured at DEBUG to prove
uvicorn writes no access lines.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
import pytest

from belong_desktop.core.classroom import token_digest

if TYPE_CHECKING:
    from conftest import ServedSession

USER_AGENT = "PrivacyProbe/9.9 (Tablet)"
FORWARDED_FOR = "10.77.66.55"
DEVICE_ADDRESS = "127.0.0.3"
SERVER_LOGGERS = ("uvicorn", "fastapi", "starlette", "belong_desktop")
JOIN_KEY = "c0ffee" * 5 + "42"  # kept in memory only, as a digest


def written_files(folder: Path) -> dict[Path, bytes]:
    return {path: path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def columns_containing(database: Path, needle: str) -> list[str]:
    """``table.column`` of every column with a value containing ``needle``."""
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        found = []
        tables = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        for (table,) in tables.fetchall():
            for column in connection.execute(f'PRAGMA table_info("{table}")').fetchall():
                name = column[1]
                hits = connection.execute(
                    f'SELECT count(*) FROM "{table}" WHERE instr(CAST("{name}" AS TEXT), ?) > 0',
                    (needle,),
                ).fetchone()[0]
                if hits:
                    found.append(f"{table}.{name}")
        return found
    finally:
        connection.close()


def test_nothing_about_the_device_is_stored_or_logged(
    serve_session: Callable[..., ServedSession],
    isolated_data_dir: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    served = serve_session()
    # After the server configured its loggers: DEBUG everywhere, so a stray line shows.
    for name in (*SERVER_LOGGERS, "uvicorn.access", "uvicorn.error"):
        caplog.set_level(logging.DEBUG, logger=name)
    caplog.set_level(logging.DEBUG)
    headers = {"User-Agent": USER_AGENT, "X-Forwarded-For": FORWARDED_FOR}
    tokens: list[str] = []
    # The device connects from an address of its own, distinct from the laptop's 127.0.0.1.
    transport = httpx.HTTPTransport(local_address=DEVICE_ADDRESS)
    with httpx.Client(
        base_url=served.base_url, headers=headers, timeout=10, transport=transport
    ) as client:
        assert client.get("/").status_code == 200
        joined = client.post("/api/join", json={"code": served.code})
        tokens.append(joined.json()["token"])
        client.cookies.clear()
        assert client.get(f"/j/{served.info.link_token}").status_code == 200
        # What the link page's script sends: the link and the device's join key.
        body = {"link": served.info.link_token, "join_key": JOIN_KEY}
        by_link = client.post("/api/join", json=body)
        tokens.append(by_link.cookies["belong_token"])
        client.cookies.clear()
        by_form = client.post("/join", data={"code": served.code})
        tokens.append(by_form.cookies["belong_token"])
        assert len(set(tokens)) == 3
        wrong = client.post("/api/join", json={"code": f"{(int(served.code) + 1) % 10**6:06d}"})
        assert wrong.status_code == 404  # counted by the limiter, in memory only

        served.go_to("poll")
        for n, token in enumerate(tokens):
            me = {"X-Belong-Token": token}
            assert client.put("/api/answers/poll", json={"revision": 1, "choice": n}, headers=me)
        served.go_to("reflection")
        for token in tokens:
            me = {"X-Belong-Token": token}
            draft = {"revision": 1, "text": "a draft"}
            assert client.put("/api/answers/reflection", json=draft, headers=me).status_code == 200
            sent = {"revision": 2, "text": "sent words", "submit": True}
            assert client.put("/api/answers/reflection", json=sent, headers=me).status_code == 200
            assert client.get("/s", headers=me).status_code == 200
            assert client.get("/api/state", headers=me).status_code == 200
            with client.stream("GET", "/api/events", headers=me) as stream:
                assert next(stream.iter_lines()).startswith("retry:")
        assert client.get("/nope").status_code == 404

    files = written_files(isolated_data_dir)
    names = {path.name for path in files}
    assert served.database.name in names
    assert f"{served.database.name}-wal" in names  # the newest rows are still in the WAL
    secrets = {
        DEVICE_ADDRESS.encode(),
        b"localhost",
        FORWARDED_FOR.encode(),
        USER_AGENT.encode(),
        b"PrivacyProbe",
        b"Tablet",
        b"python-httpx",
        *(token.encode() for token in tokens),
        JOIN_KEY.encode(),
        token_digest(JOIN_KEY).encode(),
    }
    for path, data in files.items():
        for secret in secrets:
            assert secret not in data, f"{path.name} contains {secret!r}"
    # The laptop's own address is remembered (a restart binds the same interface); no
    # other column anywhere holds an address.
    assert columns_containing(served.database, "127.0.0.1") == ["classrooms.bind_host"]
    # What is stored is the answers under random ids, and a digest of each token.
    stored = b"".join(files.values())
    assert b"sent words" in stored
    assert all(token_digest(token).encode() in stored for token in tokens)

    # The server's records only: httpx, the client here, logs its own requests.
    server_records = [r for r in caplog.records if r.name.startswith(SERVER_LOGGERS)]
    assert not [r for r in server_records if r.name == "uvicorn.access"]
    logged = "\n".join(f"{r.name} {r.getMessage()} {r.args!r}" for r in server_records)
    for secret in ("127.0.0.1", DEVICE_ADDRESS, FORWARDED_FOR, "PrivacyProbe", JOIN_KEY, *tokens):
        assert secret not in logged, f"the log mentions {secret!r}"
