"""The student JSON API over real HTTP: joining, tokens, answers, and every way a request can
be wrong.

A student's device talks to the laptop only through this API, over a classroom network that
drops and retries requests. These tests drive the real uvicorn server of a running session
(``served_session``) with httpx and check the promises the page's script relies on: a join
code or link makes a new anonymous participant, wrong codes are throttled, a retried save
never adds a second row, a text that arrives after its step closed is kept rather than
lost, and anything malformed comes back as a 4xx ``{"code", "detail"}`` – never a 5xx.
"""

from __future__ import annotations

import secrets
import sqlite3
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine

from belong_desktop.server.page_words import text

if TYPE_CHECKING:
    from conftest import ServedSession

TOKEN_HEADER = "X-Belong-Token"


@pytest.fixture
def client(served_session: ServedSession) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=served_session.base_url, timeout=10) as made:
        yield made


def join(client: httpx.Client, **body: str) -> tuple[str, str]:
    """Join with ``code=`` or ``link=`` and load as the page does (the join counts only
    then); returns (token, participant id)."""
    response = client.post("/api/join", json=body)
    assert response.status_code == 200, response.text
    out = response.json()
    arrive(client, out["token"])
    return out["token"], out["participant_id"]


def arrive(client: httpx.Client, token: str) -> httpx.Response:
    """The page's first request with its token: a pending join becomes a participant."""
    return client.get("/api/state", headers=auth(token))


def auth(token: str) -> dict[str, str]:
    return {TOKEN_HEADER: token}


def put(client: httpx.Client, token: str, step_id: str, **body: Any) -> httpx.Response:
    return client.put(f"/api/answers/{step_id}", json=body, headers=auth(token))


def assert_problem(response: httpx.Response, status: int | None = None, code: str = "") -> None:
    """A refusal: the given (or any) 4xx status with a JSON ``{code, detail}`` body."""
    if status is None:
        assert 400 <= response.status_code < 500, (response.status_code, response.text)
    else:
        assert response.status_code == status, (response.status_code, response.text)
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"code", "detail"}, body
    assert isinstance(body["code"], str) and body["code"]
    assert isinstance(body["detail"], str) and body["detail"]
    if code:
        assert body["code"] == code, body


def other_code(code: str) -> str:
    return f"{(int(code) + 1) % 10**6:06d}"


def answer_rows(database: Path, step_id: str | None = None) -> list[tuple[Any, ...]]:
    """The answers table as stored in the SQLite file, read over a separate connection."""
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        query = "SELECT participant_id, step_id, status, revision, text, draft FROM answers"
        if step_id is None:
            return connection.execute(query).fetchall()
        return connection.execute(query + " WHERE step_id = ?", (step_id,)).fetchall()
    finally:
        connection.close()


# -- joining -------------------------------------------------------------------------


def test_join_by_code_and_by_link_makes_two_participants(
    served_session: ServedSession, client: httpx.Client
) -> None:
    response = client.post("/api/join", json={"code": served_session.code})
    assert response.status_code == 200
    assert response.cookies.get("belong_token") == response.json()["token"]
    by_code = response.json()
    by_link, link_pid = join(client, link=served_session.info.link_token)
    assert by_code["participant_id"] != link_pid
    assert by_code["token"] != by_link

    state = client.get("/api/state", headers=auth(by_link)).json()
    assert state["participant_id"] == link_pid
    assert state["session"]["state"] == "running"
    assert state["step"]["id"] == "welcome"
    assert state["answers"] == []
    # The cookie alone is enough too (the page's form path relies on it).
    bare = httpx.Client(
        base_url=served_session.base_url, cookies={"belong_token": by_code["token"]}
    )
    with bare:
        assert bare.get("/api/state").json()["participant_id"] == by_code["participant_id"]


def test_code_typed_with_spaces_or_a_dash_is_accepted(
    served_session: ServedSession, client: httpx.Client
) -> None:
    code = served_session.code
    for shape in ["{} {}", "{}-{}", " {}  {} ", "{}.{}"]:
        token, _ = join(client, code=shape.format(code[:3], code[3:]))
        assert client.get("/api/state", headers=auth(token)).status_code == 200, shape


def test_wrong_codes_get_404_then_429_with_retry_after(
    served_session: ServedSession, client: httpx.Client
) -> None:
    wrong = other_code(served_session.code)
    for _ in range(5):
        assert_problem(client.post("/api/join", json={"code": wrong}), 404, "wrong_code")
    limited = client.post("/api/join", json={"code": wrong})
    assert_problem(limited, 429, "rate_limited")
    assert 1 <= int(limited.headers["Retry-After"]) <= 60
    # While throttled even the right code waits: guessing must not pay off.
    assert_problem(client.post("/api/join", json={"code": served_session.code}), 429)


def test_no_code_and_no_link_is_422(client: httpx.Client) -> None:
    assert_problem(client.post("/api/join", json={}), 422, "no_code")
    assert_problem(client.post("/api/join", json={"code": "", "link": ""}), 422, "no_code")


def test_refusals_the_page_has_words_for_are_in_the_sessions_language(
    served_session: ServedSession, client: httpx.Client
) -> None:
    """The page shows ``detail`` to the student: its own sentence, never English text."""
    wrong = other_code(served_session.code)
    refused = client.post("/api/join", json={"code": wrong})
    assert refused.json() == {"code": "wrong_code", "detail": text("join_wrong", "da")}
    for _ in range(4):
        client.post("/api/join", json={"code": wrong})
    limited = client.post("/api/join", json={"code": wrong})
    seconds = int(limited.headers["Retry-After"])
    assert limited.json()["detail"] == text("join_rate", "da", seconds=seconds)
    assert client.post("/api/join", json={}).json()["detail"] == text("join_no_code", "da")

    token, _ = join(client, link=served_session.info.link_token)
    me = auth(token)
    served_session.go_to("reflection")
    limit = served_session.rt.classroom.limits.max_text_length
    too_long = client.put(
        "/api/answers/reflection", json={"revision": 1, "text": "x" * (limit + 1)}, headers=me
    )
    assert too_long.status_code == 422
    assert too_long.json() == {"code": "too_long", "detail": text("too_long", "da", max=limit)}
    empty = client.put(
        "/api/answers/reflection", json={"revision": 1, "text": " ", "submit": True}, headers=me
    )
    assert empty.json() == {"code": "empty", "detail": text("empty", "da")}
    # A refusal the page has no words for (only a broken client gets it) stays in English.
    kind = client.put("/api/answers/reflection", json={"revision": 1, "choice": 0}, headers=me)
    assert kind.status_code == 422 and kind.json()["code"] == "wrong_kind"
    assert kind.json()["detail"] == "this step takes a text, not a choice"


def test_unknown_link_is_404(client: httpx.Client) -> None:
    assert_problem(client.post("/api/join", json={"link": "not-a-link"}), 404, "unknown")


# -- a join retried with its join key ------------------------------------------------


def participant_rows(database: Path) -> int:
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as con:
        return int(con.execute("SELECT COUNT(*) FROM participants").fetchone()[0])


def test_a_join_retried_with_its_key_gets_the_same_participant_back(
    served_session: ServedSession, client: httpx.Client
) -> None:
    """The page resends a join whose reply was lost: it must not count a second device."""
    key = secrets.token_hex(16)
    first = client.post("/api/join", json={"link": served_session.info.link_token, "join_key": key})
    assert first.status_code == 200
    client.cookies.clear()
    again = client.post("/api/join", json={"link": served_session.info.link_token, "join_key": key})
    assert again.status_code == 200
    assert again.json() == first.json()
    assert again.cookies["belong_token"] == first.json()["token"]  # the cookie again, too
    # By code as well: the key is the device's, whichever way it joins.
    by_code = client.post("/api/join", json={"code": served_session.code, "join_key": key})
    assert by_code.json() == first.json()
    assert served_session.rt.classroom.counts(served_session.session_id).joined == 0  # pending
    assert participant_rows(served_session.database) == 0
    assert arrive(client, first.json()["token"]).status_code == 200  # its page loads
    assert served_session.rt.classroom.counts(served_session.session_id).joined == 1
    assert participant_rows(served_session.database) == 1
    # A retry after the page loaded still gets the same participant back.
    late = client.post("/api/join", json={"code": served_session.code, "join_key": key})
    assert late.json() == first.json()

    other = client.post("/api/join", json={"code": served_session.code, "join_key": "b" * 32})
    assert other.json()["participant_id"] != first.json()["participant_id"]
    arrive(client, other.json()["token"])
    # Without a key every join is a new participant (old pages, the form without script).
    plain = [join(client, code=served_session.code)[1] for _ in range(2)]
    assert len(set(plain)) == 2
    assert served_session.rt.classroom.counts(served_session.session_id).joined == 4
    assert participant_rows(served_session.database) == 4


def test_the_same_join_key_sent_at_once_from_many_threads_makes_one_participant(
    served_session: ServedSession,
) -> None:
    key = secrets.token_hex(16)
    start = threading.Barrier(12)

    def send(_: int) -> tuple[str, str]:
        with httpx.Client(base_url=served_session.base_url, timeout=10) as client:
            start.wait(timeout=10)
            reply = client.post("/api/join", json={"code": served_session.code, "join_key": key})
            assert reply.status_code == 200, reply.text
            return reply.json()["token"], reply.json()["participant_id"]

    with ThreadPoolExecutor(max_workers=12) as pool:
        answers = set(pool.map(send, range(12)))
    assert len(answers) == 1
    ((token, _pid),) = answers
    with httpx.Client(base_url=served_session.base_url, timeout=10) as client:
        assert arrive(client, token).status_code == 200
    assert participant_rows(served_session.database) == 1
    assert served_session.rt.classroom.counts(served_session.session_id).joined == 1


def test_a_retried_join_into_a_room_that_filled_up_meanwhile_still_gets_its_participant(
    serve_session: Callable[..., ServedSession],
) -> None:
    served = serve_session(max_devices=2)
    with httpx.Client(base_url=served.base_url, timeout=10) as client:
        first = client.post("/api/join", json={"code": served.code, "join_key": "k" * 16})
        arrive(client, first.json()["token"])
        join(client, code=served.code)  # the last place
        assert_problem(client.post("/api/join", json={"code": served.code}), 409, "full")
        retry = client.post("/api/join", json={"code": served.code, "join_key": "k" * 16})
        assert retry.status_code == 200 and retry.json() == first.json()


def test_a_join_key_from_before_a_reset_makes_a_new_participant(
    served_session: ServedSession, client: httpx.Client
) -> None:
    """After a reset every device joins again as a new participant, key or not."""
    key = secrets.token_hex(16)
    body = {"code": served_session.code, "join_key": key}
    before = client.post("/api/join", json=body).json()
    served_session.rt.classroom.reset_devices(served_session.session_id)
    after = client.post("/api/join", json=body).json()
    assert after["participant_id"] != before["participant_id"]
    assert client.get("/api/state", headers=auth(after["token"])).json()["reset"] is False
    assert client.post("/api/join", json=body).json() == after


@pytest.mark.parametrize(
    "key",
    ["", "short", "x" * 65, "has space in it!!", "ø" * 20, "a/b" * 8, 12345678901234567890, None],
    ids=["empty", "short", "long", "space", "non-ascii", "slash", "number", "null"],
)
def test_a_malformed_join_key_is_refused_and_joins_nobody(
    served_session: ServedSession, client: httpx.Client, key: object
) -> None:
    response = client.post("/api/join", json={"code": served_session.code, "join_key": key})
    if key is None:  # null is the same as no key
        assert response.status_code == 200
        return
    assert_problem(response, 422, "invalid")
    assert "join_key" in response.json()["detail"]
    assert served_session.rt.classroom.counts(served_session.session_id).joined == 0


def test_a_full_session_refuses_one_more_device_with_409(
    serve_session: Callable[..., ServedSession],
) -> None:
    served = serve_session(max_devices=3)
    with httpx.Client(base_url=served.base_url, timeout=10) as client:
        tokens = [join(client, code=served.code)[0] for _ in range(3)]
        assert_problem(client.post("/api/join", json={"code": served.code}), 409, "full")
        assert_problem(client.post("/api/join", json={"link": served.info.link_token}), 409, "full")
        # The three who are in carry on.
        for token in tokens:
            assert client.get("/api/state", headers=auth(token)).status_code == 200


def test_ended_session_refuses_joins_but_keeps_late_texts(
    served_session: ServedSession, client: httpx.Client
) -> None:
    drafter, _ = join(client, code=served_session.code)
    sender, _ = join(client, code=served_session.code)
    served_session.go_to("reflection")
    assert put(client, drafter, "reflection", revision=1, text="half a th").status_code == 200
    sent = put(client, sender, "reflection", revision=1, text="my answer", submit=True)
    assert sent.json()["answer"]["status"] == "submitted"
    served_session.end()

    assert_problem(client.post("/api/join", json={"link": served_session.info.link_token}), 410)
    assert client.get(f"/j/{served_session.info.link_token}").status_code == 410
    # The right code, typed too late, says so (and does not count as a wrong code).
    for _ in range(8):
        assert_problem(client.post("/api/join", json={"code": served_session.code}), 410)

    # A draft still in flight when the counsellor ended is stored, marked late, not sent.
    late = put(client, drafter, "reflection", revision=2, text="half a thought, finished")
    assert late.status_code == 200, late.text
    ack = late.json()
    assert ack["late"] is True and ack["stored"] is True
    assert ack["answer"]["status"] == "draft_at_close"
    assert ack["answer"]["draft"] == "half a thought, finished"
    assert ack["answer"]["text"] is None
    # A sent answer edited late stays sent; the late edit is kept beside it.
    edited = put(client, sender, "reflection", revision=2, text="my answer, improved").json()
    assert edited["late"] is True
    assert edited["answer"]["status"] == "submitted"
    assert edited["answer"]["text"] == "my answer"
    assert edited["answer"]["draft"] == "my answer, improved"
    # Even "Send" after the end cannot make it a submission.
    resent = put(client, drafter, "reflection", revision=3, text="final", submit=True).json()
    assert resent["late"] is True and resent["answer"]["status"] == "draft_at_close"

    state = client.get("/api/state", headers=auth(drafter)).json()
    assert state["session"]["state"] == "ended"
    assert state["step"] is None
    assert [a["draft"] for a in state["answers"]] == ["final"]
    stored = {row[0]: row for row in answer_rows(served_session.database, "reflection")}
    assert len(stored) == 2
    assert {row[2] for row in stored.values()} == {"draft_at_close", "submitted"}


# -- tokens --------------------------------------------------------------------------


def test_a_token_of_another_session_is_refused(
    serve_session: Callable[..., ServedSession],
) -> None:
    first = serve_session()
    second = serve_session()
    assert first.base_url != second.base_url
    with httpx.Client(timeout=10) as client:
        response = client.post(f"{first.base_url}/api/join", json={"code": first.code})
        token = response.json()["token"]
        assert client.get(f"{first.base_url}/api/state", headers=auth(token)).status_code == 200
        refused = client.get(f"{second.base_url}/api/state", headers=auth(token))
        assert_problem(refused, 401, "unknown_token")
        second.go_to("reflection")
        put_url = f"{second.base_url}/api/answers/reflection"
        answer = client.put(put_url, json={"revision": 1, "text": "x"}, headers=auth(token))
        assert_problem(answer, 401, "unknown_token")
        # A code of the first session is wrong on the second (unless they happen to match).
        if first.code != second.code:
            join_second = client.post(f"{second.base_url}/api/join", json={"code": first.code})
            assert_problem(join_second, 404, "wrong_code")
        link_second = client.post(
            f"{second.base_url}/api/join", json={"link": first.info.link_token}
        )
        assert_problem(link_second, 404, "unknown")


def test_no_token_or_an_unknown_one_is_401(
    served_session: ServedSession, client: httpx.Client
) -> None:
    served_session.go_to("reflection")
    requests = [("GET", "/api/state"), ("PUT", "/api/answers/reflection"), ("GET", "/api/events")]
    credentials: list[tuple[dict[str, str], str]] = [
        ({}, "no_token"),
        ({TOKEN_HEADER: ""}, "no_token"),
        ({TOKEN_HEADER: "nope"}, "unknown_token"),
        ({TOKEN_HEADER: "x" * 200}, "unknown_token"),
        ({"Cookie": "belong_token=forged"}, "unknown_token"),
    ]
    for method, path in requests:
        for headers, code in credentials:
            body = {"revision": 1, "text": "x"} if method == "PUT" else None
            response = client.request(method, path, json=body, headers=headers)
            assert_problem(response, 401, code)
    assert answer_rows(served_session.database) == []


def test_the_event_loop_never_reads_sqlite_for_a_token(
    served_session: ServedSession, client: httpx.Client
) -> None:
    """Every device's requests pass the one event loop: a database read there (a
    millisecond each, for a class of hundreds) delays every other device's reply. A
    pending join, a participant and a token nobody knows (forged, or from before a
    restart) are each answered without SQL on the loop's thread."""
    served_session.go_to("reflection")
    threads: list[str] = []

    def note(*_: object) -> None:
        threads.append(threading.current_thread().name)

    event.listen(Engine, "before_cursor_execute", note)
    try:
        token, _ = join(client, code=served_session.code)  # pending, then a participant
        assert client.get("/api/state", headers=auth(token)).status_code == 200
        assert put(client, token, "reflection", revision=1, text="æøå").status_code == 200
        assert client.head("/api/state", headers=auth(token)).status_code == 200
        forged = secrets.token_urlsafe(32)
        assert_problem(client.get("/api/state", headers=auth(forged)), 401, "unknown_token")
        assert client.head("/api/state", headers=auth(forged)).status_code == 401
    finally:
        event.remove(Engine, "before_cursor_execute", note)
    assert threads, "the requests read and wrote the database somewhere"
    assert "belong-server" not in threads, threads


# -- answers -------------------------------------------------------------------------


def test_a_pack_without_drafts_refuses_unsent_text_with_403_and_takes_a_send(
    device_only_session: ServedSession,
) -> None:
    served = device_only_session
    with httpx.Client(base_url=served.base_url, timeout=10) as client:
        token, pid = join(client, code=served.code)
        assert client.get("/api/state", headers=auth(token)).json()["drafts"] == "device_only"
        served.go_to("letter")

        for body in (
            {"revision": 1, "text": "typed, not sent"},
            {"revision": 2, "text": "typed, not sent", "share": True},
            {"revision": 3, "text": "typed, not sent", "submit": False},
        ):
            refused = put(client, token, "letter", **body)
            assert_problem(refused, 403, "drafts_off")
            assert refused.json()["detail"] == text("drafts_off", "da")
        assert answer_rows(served.database) == []

        sent = put(client, token, "letter", revision=4, text="Dear you", share=True, submit=True)
        assert sent.status_code == 200, sent.text
        assert sent.json()["answer"]["status"] == "submitted"
        assert answer_rows(served.database) == [(pid, "letter", "submitted", 4, "Dear you", None)]
        served.next()  # nothing unsent came, so the step change closes nothing
        assert answer_rows(served.database) == [(pid, "letter", "submitted", 4, "Dear you", None)]


def test_a_pack_that_keeps_drafts_says_so_in_the_state(
    served_session: ServedSession, client: httpx.Client
) -> None:
    token, _ = join(client, code=served_session.code)
    assert client.get("/api/state", headers=auth(token)).json()["drafts"] == "keep"


def test_draft_submit_edit_and_resubmit(
    served_session: ServedSession, client: httpx.Client
) -> None:
    token, pid = join(client, code=served_session.code)
    served_session.go_to("reflection")

    draft = put(client, token, "reflection", revision=1, text="first try").json()
    assert draft == {
        "answer": {
            "step_id": "reflection",
            "kind": "reflection",
            "status": "draft",
            "revision": 1,
            "text": None,
            "draft": "first try",
            "choice": None,
            "share": None,
        },
        "stored": True,
        "late": False,
    }
    sent = put(client, token, "reflection", revision=2, text="first answer", submit=True).json()
    assert sent["answer"]["status"] == "submitted"
    assert (sent["answer"]["text"], sent["answer"]["draft"]) == ("first answer", None)

    edit = put(client, token, "reflection", revision=3, text="first answer, edited").json()
    assert edit["answer"]["status"] == "submitted"  # a sent text stays sent
    assert edit["answer"]["text"] == "first answer"
    assert edit["answer"]["draft"] == "first answer, edited"

    resent = put(client, token, "reflection", revision=4, text="second answer", submit=True)
    assert resent.json()["answer"]["text"] == "second answer"
    assert resent.json()["answer"]["draft"] is None

    # An old save arriving late changes nothing and says what is stored.
    stale = put(client, token, "reflection", revision=2, text="first answer", submit=True).json()
    assert stale["stored"] is False
    assert stale["answer"]["revision"] == 4
    assert stale["answer"]["text"] == "second answer"

    state = client.get("/api/state", headers=auth(token)).json()
    assert [(a["step_id"], a["status"], a["revision"]) for a in state["answers"]] == [
        ("reflection", "submitted", 4)
    ]
    assert answer_rows(served_session.database) == [
        (pid, "reflection", "submitted", 4, "second answer", None)
    ]


def test_letter_sharing_is_only_an_explicit_yes(
    served_session: ServedSession, client: httpx.Client
) -> None:
    token, _ = join(client, code=served_session.code)
    served_session.go_to("letter")
    unsaid = put(client, token, "letter", revision=1, text="Dear you", submit=True).json()
    assert unsaid["answer"]["share"] is False
    said = put(client, token, "letter", revision=2, text="Dear you", submit=True, share=True)
    assert said.json()["answer"]["share"] is True
    # Sharing is a letter's question only.
    served_session.go_to("reflection")
    assert_problem(
        put(client, token, "reflection", revision=1, text="x", share=True), 422, "wrong_kind"
    )


def test_a_retried_put_with_the_same_revision_stores_one_row(
    served_session: ServedSession, client: httpx.Client
) -> None:
    token, pid = join(client, code=served_session.code)
    served_session.go_to("reflection")
    acks = [
        put(client, token, "reflection", revision=7, text="once", submit=True).json()
        for _ in range(4)
    ]
    assert [ack["stored"] for ack in acks] == [True, False, False, False]
    assert all(ack["answer"] == acks[0]["answer"] for ack in acks)
    assert answer_rows(served_session.database) == [
        (pid, "reflection", "submitted", 7, "once", None)
    ]


def test_poll_answer_counts_once_and_can_be_changed_while_open(
    served_session: ServedSession, client: httpx.Client
) -> None:
    token, _ = join(client, code=served_session.code)
    served_session.go_to("poll")
    assert put(client, token, "poll", revision=1, choice=1).json()["answer"]["choice"] == 1
    changed = put(client, token, "poll", revision=2, choice=4).json()
    assert changed["answer"]["status"] == "submitted"
    assert changed["answer"]["choice"] == 4
    assert_problem(put(client, token, "poll", revision=3, choice=5), 422, "bad_choice")
    assert_problem(put(client, token, "poll", revision=3, text="four"), 422, "wrong_kind")
    assert len(answer_rows(served_session.database, "poll")) == 1
    assert served_session.rt.classroom.counts(served_session.session_id).poll is not None


def test_poll_after_it_closed_is_409_closed(
    served_session: ServedSession, client: httpx.Client
) -> None:
    early, _ = join(client, code=served_session.code)
    late, _ = join(client, code=served_session.code)
    served_session.go_to("poll")
    assert put(client, early, "poll", revision=1, choice=2).status_code == 200
    served_session.next()
    assert_problem(put(client, early, "poll", revision=2, choice=3), 409, "closed")
    assert_problem(put(client, late, "poll", revision=1, choice=3), 409, "closed")
    answers = client.get("/api/state", headers=auth(early)).json()["answers"]
    assert [(a["step_id"], a["choice"]) for a in answers] == [("poll", 2)]
    assert client.get("/api/state", headers=auth(late)).json()["answers"] == []


def test_text_over_the_limit_is_422_too_long(
    serve_session: Callable[..., ServedSession],
) -> None:
    served = serve_session(max_text_length=50)
    served.go_to("reflection")
    with httpx.Client(base_url=served.base_url, timeout=10) as client:
        token, _ = join(client, code=served.code)
        assert client.get("/api/state", headers=auth(token)).json()["max_length"] == 50
        assert_problem(put(client, token, "reflection", revision=1, text="x" * 51), 422, "too_long")
        # Also as a draft: nothing over the limit is stored.
        assert_problem(
            put(client, token, "reflection", revision=1, text="ø" * 51, submit=True),
            422,
            "too_long",
        )
        assert answer_rows(served.database) == []
        ok = put(client, token, "reflection", revision=1, text="ø" * 50, submit=True)
        assert ok.status_code == 200
        assert ok.json()["answer"]["text"] == "ø" * 50


def test_a_body_over_64_kib_is_413(served_session: ServedSession, client: httpx.Client) -> None:
    token, _ = join(client, code=served_session.code)
    served_session.go_to("reflection")
    body = b'{"revision": 1, "text": "' + b"a" * (64 * 1024) + b'"}'
    response = client.put(
        "/api/answers/reflection",
        content=body,
        headers={**auth(token), "Content-Type": "application/json"},
    )
    assert_problem(response, 413, "too_large")
    assert answer_rows(served_session.database) == []


def test_a_chunked_body_is_411(served_session: ServedSession, client: httpx.Client) -> None:
    token, _ = join(client, code=served_session.code)
    served_session.go_to("reflection")
    chunks = iter([b'{"revision": 1, ', b'"text": "in pieces"}'])
    response = client.put(
        "/api/answers/reflection",
        content=chunks,
        headers={**auth(token), "Content-Type": "application/json"},
    )
    assert response.request.headers.get("transfer-encoding") == "chunked"
    assert_problem(response, 411, "length_required")
    assert answer_rows(served_session.database) == []


MALFORMED: list[tuple[str, bytes]] = [
    ("not json", b"revision=1"),
    ("truncated json", b'{"revision": 1, "text": "x'),
    ("empty body", b""),
    ("null", b"null"),
    ("a list", b'[{"revision": 1}]'),
    ("a string", b'"hello"'),
    ("deeply nested", b"[" * 30_000 + b"]" * 30_000),
    ("no revision", b'{"text": "x"}'),
    ("revision as text", b'{"revision": "one", "text": "x"}'),
    ("revision zero", b'{"revision": 0, "text": "x"}'),
    ("negative revision", b'{"revision": -3, "text": "x"}'),
    ("fractional revision", b'{"revision": 1.5, "text": "x"}'),
    ("huge revision", b'{"revision": 99999999999999999999999999999, "text": "x"}'),
    ("revision just over", b'{"revision": 2147483648, "text": "x"}'),
    ("infinite revision", b'{"revision": Infinity, "text": "x"}'),
    ("text as number", b'{"revision": 1, "text": 5}'),
    ("text as object", b'{"revision": 1, "text": {"a": 1}}'),
    ("submit as list", b'{"revision": 1, "text": "x", "submit": []}'),
    ("share as text", b'{"revision": 1, "text": "x", "share": "maybe"}'),
    ("negative choice", b'{"revision": 1, "choice": -1}'),
    ("huge choice", b'{"revision": 1, "choice": 1000000}'),
    ("choice on a text step", b'{"revision": 1, "choice": 1}'),
    ("extra field", b'{"revision": 1, "text": "x", "participant_id": "someone"}'),
    ("no text", b'{"revision": 1}'),
    ("empty text sent", b'{"revision": 1, "text": "  \\n ", "submit": true}'),
    ("latin-1 bytes", b'{"revision": 1, "text": "\xe6\xf8\xe5"}'),
]


def test_malformed_answers_are_4xx_problems_never_5xx(
    served_session: ServedSession, client: httpx.Client
) -> None:
    token, _ = join(client, code=served_session.code)
    served_session.go_to("reflection")
    for name, body in MALFORMED:
        response = client.put(
            "/api/answers/reflection",
            content=body,
            headers={**auth(token), "Content-Type": "application/json"},
        )
        try:
            assert_problem(response)
        except AssertionError as exc:
            raise AssertionError(f"{name}: {exc}") from None
    assert answer_rows(served_session.database) == []


MALFORMED_JOINS = [
    b'{"code": 123456}',
    b'{"code": ["1", "2"]}',
    b'{"code": "1234567890123456789012345678901234567890"}',
    b'{"link": "' + b"a" * 65 + b'"}',
    b'{"code": "123456", "name": "Alice"}',
    b'{"code": "\\u0000\\u0000\\u0000\\u0000\\u0000\\u0000"}',
    b'{"code": "\\ud800"}',
    b'{"link": "\\ud800"}',
    b'{"link": "a\\u0000b"}',
    b"{",
    b"",
]


def test_malformed_joins_are_4xx_problems_never_5xx(
    served_session: ServedSession, client: httpx.Client
) -> None:
    for body in MALFORMED_JOINS:
        response = client.post(
            "/api/join", content=body, headers={"Content-Type": "application/json"}
        )
        try:
            assert_problem(response)
        except AssertionError as exc:
            raise AssertionError(f"{body[:60]!r}: {exc}") from None
    # None of them made a participant.
    assert served_session.rt.classroom.counts(served_session.session_id).joined == 0


def test_a_lone_surrogate_in_a_text_is_refused_not_a_server_error(
    served_session: ServedSession, client: httpx.Client
) -> None:
    """JSON may escape half a UTF-16 pair (``"\\ud800"``); it must not reach SQLite."""
    token, _ = join(client, code=served_session.code)
    served_session.go_to("reflection")
    response = client.put(
        "/api/answers/reflection",
        content=b'{"revision": 1, "text": "broken \\ud83d emoji"}',
        headers={**auth(token), "Content-Type": "application/json"},
    )
    assert response.status_code < 500, response.text
    if response.status_code == 200:  # dropped like a control character: also fine
        assert "\ud83d" not in response.json()["answer"]["draft"]
    else:
        assert_problem(response)
    # The device can carry on either way.
    assert put(client, token, "reflection", revision=2, text="ok").status_code == 200


def test_an_unknown_step_is_404(served_session: ServedSession, client: httpx.Client) -> None:
    token, _ = join(client, code=served_session.code)
    assert_problem(put(client, token, "no-such-step", revision=1, text="x"), 404, "unknown_step")
    assert_problem(put(client, token, "s" * 300, revision=1, text="x"), 404, "unknown_step")


def test_a_message_step_takes_no_answers(
    served_session: ServedSession, client: httpx.Client
) -> None:
    token, _ = join(client, code=served_session.code)
    assert served_session.step_index == 0  # welcome, a message
    assert_problem(put(client, token, "welcome", revision=1, text="hi"), 409, "no_answers")
    served_session.go_to("video-1")
    assert_problem(put(client, token, "video-1", revision=1, choice=0), 409, "no_answers")
    assert answer_rows(served_session.database) == []


def test_unknown_routes_and_methods_are_json_problems(client: httpx.Client) -> None:
    assert_problem(client.get("/api/nothing-here"), 404, "not_found")
    assert_problem(client.delete("/api/state"), 405, "method_not_allowed")
    assert_problem(client.post("/api/answers/reflection", json={}), 405)


def test_a_step_not_shown_yet_is_a_409_and_stores_nothing(
    served_session: ServedSession, client: httpx.Client
) -> None:
    token, _ = join(client, code=served_session.code)
    ahead = put(client, token, "letter", revision=1, text="ahead", submit=True)
    assert_problem(ahead, 409, "not_opened")
    with sqlite3.connect(served_session.database) as con:
        assert con.execute("SELECT COUNT(*) FROM answers").fetchall() == [(0,)]


def test_wrong_codes_from_the_room_never_lock_out_the_right_code(
    served_session: ServedSession,
) -> None:
    """Seven devices (their own loopback addresses) type wrong codes past the room's cap:
    a new device with the right code still joins; a guessing device still waits."""
    wrong = other_code(served_session.code)

    def device(n: int) -> httpx.Client:
        transport = httpx.HTTPTransport(local_address=f"127.0.0.{n}")
        return httpx.Client(base_url=served_session.base_url, transport=transport, timeout=10)

    guessers = [device(n) for n in range(2, 9)]
    newcomer, late_guesser = device(50), device(51)
    try:
        for guesser in guessers[:6]:
            for _ in range(5):
                assert_problem(guesser.post("/api/join", json={"code": wrong}), 404, "wrong_code")
        # 30 wrong codes in the room: another wrong one waits, wherever it comes from
        assert_problem(late_guesser.post("/api/join", json={"code": wrong}), 429, "rate_limited")
        joined = newcomer.post("/api/join", json={"code": served_session.code})
        assert joined.status_code == 200, joined.text
        # a device past its own limit waits even with the right code
        assert_problem(guessers[0].post("/api/join", json={"code": served_session.code}), 429)
    finally:
        for client in (*guessers, newcomer, late_guesser):
            client.close()
