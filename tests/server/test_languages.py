"""Each student's page language, over real HTTP: chosen, stored, validated, followed.

A student may read the page's own words in another language than the session's (an
international student in a Danish class). The choice is made on the join page (sent with
the join) or on the student page (``PUT /api/language``), stored for the participant in
the real SQLite file, and from then on the page, its state, its event stream and its
refusals are in that language; pack texts too when the pack has it, else the session's,
and the page says so. A language the page does not offer is refused with a stable code
and nothing changes.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
import pytest

from belong_desktop.core.subtitles import load_srt, plain_text
from belong_desktop.server.languages import NATIVE_NAMES, offered
from belong_desktop.server.page_words import text

from .test_api import arrive, assert_problem, auth, other_code, put

if TYPE_CHECKING:
    from conftest import ServedSession


@pytest.fixture
def client(served_session: ServedSession) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=served_session.base_url, timeout=10) as made:
        yield made


def stored_language(database: Path, participant_id: str) -> Any:
    with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=5)) as db:
        row = db.execute("SELECT language FROM participants WHERE id = ?", (participant_id,))
        found = row.fetchone()
    assert found is not None, "no such participant row"
    return found[0]


def joined(client: httpx.Client, served: ServedSession, **body: Any) -> tuple[str, str]:
    response = client.post("/api/join", json={"code": served.code, **body})
    assert response.status_code == 200, response.text
    out = response.json()
    assert arrive(client, out["token"]).status_code == 200
    return out["token"], out["participant_id"]


def choose(client: httpx.Client, token: str, language: Any) -> httpx.Response:
    return client.put("/api/language", json={"language": language}, headers=auth(token))


def test_every_offered_language_has_its_own_name() -> None:
    assert "da" in offered() and "en" in offered()
    for code in offered():
        assert NATIVE_NAMES.get(code), f"{code} has no name of its own for the picker"


def test_a_choice_is_stored_and_the_state_follows_it(
    served_session: ServedSession, client: httpx.Client
) -> None:
    token, pid = joined(client, served_session)
    assert stored_language(served_session.database, pid) is None  # the session's, by default
    state = arrive(client, token).json()
    assert (state["language"], state["content_language"]) == ("da", "da")
    assert state["languages"] == list(offered())

    chosen = choose(client, token, "en")
    assert chosen.status_code == 200, chosen.text
    assert chosen.json() == {"language": "en", "content_language": "en"}
    assert stored_language(served_session.database, pid) == "en"

    state = arrive(client, token).json()
    assert (state["language"], state["content_language"]) == ("en", "en")
    assert state["session"]["language"] == "da"  # the session's own language is unchanged
    welcome = served_session.pack.steps[0]
    assert state["step"]["text"] == welcome.student.get("en")

    # Refusals the page has words for are in the device's language now.
    served_session.go_to("reflection")
    empty = put(client, token, "reflection", revision=1, submit=True, text="  ")
    assert_problem(empty, 422, "empty")
    assert empty.json()["detail"] == text("empty", "en")

    # The page itself is rendered in it: html lang, its words, the picker marks it.
    page = client.get("/s", headers=auth(token))
    assert page.status_code == 200
    assert '<html lang="en">' in page.text
    assert text("write_heading", "en") in page.text or text("page_title", "en") in page.text
    assert 'data-language="en" lang="en" aria-current="true"' in page.text

    # null: back to the session's language.
    back = choose(client, token, None)
    assert back.status_code == 200 and back.json()["language"] == "da"
    assert stored_language(served_session.database, pid) is None


@pytest.mark.parametrize("bad", ["xx", "EN", "en-GB-x-123456789", "", "da; drop", 7, ["en"]])
def test_a_language_the_page_does_not_offer_is_refused_and_nothing_changes(
    served_session: ServedSession, client: httpx.Client, bad: Any
) -> None:
    token, pid = joined(client, served_session, language="en")
    refused = choose(client, token, bad)
    assert_problem(refused, 422)
    assert refused.json()["code"] in {"unknown_language", "invalid"}
    if isinstance(bad, str) and len(bad) <= 16:
        assert refused.json() == {
            "code": "unknown_language",
            "detail": text("unknown_language", "en"),
        }
    assert stored_language(served_session.database, pid) == "en"


def test_a_language_change_needs_a_participant(
    served_session: ServedSession, client: httpx.Client
) -> None:
    assert_problem(client.put("/api/language", json={"language": "en"}), 401, "no_token")
    forged = client.put("/api/language", json={"language": "en"}, headers=auth("x" * 43))
    assert_problem(forged, 401, "unknown_token")


def test_the_language_chosen_before_joining_is_the_participants(
    served_session: ServedSession, client: httpx.Client
) -> None:
    token, pid = joined(client, served_session, language="en")
    assert stored_language(served_session.database, pid) == "en"
    assert arrive(client, token).json()["language"] == "en"

    # An unknown one refuses the join itself: no pending join, no participant.
    refused = client.post("/api/join", json={"code": served_session.code, "language": "tlh"})
    assert_problem(refused, 422, "unknown_language")
    assert "set-cookie" not in refused.headers
    counts = served_session.rt.classroom.counts(served_session.session_id)
    assert counts.joined == 1

    # A refused join is worded in the language it asked for.
    wrong = client.post(
        "/api/join", json={"code": other_code(served_session.code), "language": "en"}
    )
    assert_problem(wrong, 404, "wrong_code")
    assert wrong.json()["detail"] == text("join_wrong", "en")


def test_the_join_page_offers_every_language_under_its_own_name(
    served_session: ServedSession, client: httpx.Client
) -> None:
    page = client.get("/")
    assert '<html lang="da">' in page.text
    for code in offered():
        assert f'href="/?lang={code}" hreflang="{code}" lang="{code}"' in page.text
        assert f">{NATIVE_NAMES[code]}</a>" in page.text
    english = client.get("/?lang=en")
    assert '<html lang="en">' in english.text
    assert text("join_heading", "en") in english.text
    assert '<input type="hidden" name="language" value="en">' in english.text
    # Anything else is ignored: the session's language.
    odd = client.get("/?lang=%3Cscript%3E")
    assert odd.status_code == 200 and '<html lang="da">' in odd.text
    assert "<script>" not in odd.text.split("</head>")[1].split("<script src")[0]

    # Without script, the form posts the language with the code: the participant has it.
    posted = client.post("/join", data={"code": served_session.code, "language": "en"})
    assert posted.status_code == 303
    token = posted.cookies["belong_token"]
    state = arrive(client, token).json()
    assert state["language"] == "en"
    # A refusal on that form is in the language picked.
    wrong = client.post("/join", data={"code": "1", "language": "en"})
    assert '<html lang="en">' in wrong.text


def test_the_event_stream_is_in_the_devices_language(
    served_session: ServedSession, client: httpx.Client
) -> None:
    token, _ = joined(client, served_session, language="en")
    with client.stream("GET", "/api/events", headers=auth(token)) as response:
        for line in response.iter_lines():
            if line.startswith("data: {"):
                state = json.loads(line.removeprefix("data: "))
                break
    assert state["language"] == "en"
    assert state["step"]["text"] == served_session.pack.steps[0].student.get("en")


def test_a_pack_without_the_devices_language_shows_the_sessions_and_says_so(
    danish_only_session: ServedSession,
) -> None:
    served = danish_only_session
    with httpx.Client(base_url=served.base_url, timeout=10) as client:
        token, _ = joined(client, served, language="en")
        state = arrive(client, token).json()
        assert (state["language"], state["content_language"]) == ("en", "da")
        assert state["step"]["text"] == served.pack.steps[0].student.get("da")
        page = client.get("/s", headers=auth(token)).text
        assert '<html lang="en">' in page
        said = text("content_missing", "en", shown=text("language_name_da", "en"))
        assert said in page
        assert '<span id="place-title" lang="da">' in page
        assert 'id="look-text" class="prose" lang="da"' in page

        # A video step: the transcript in Danish, the only subtitles the pack has.
        served.go_to("video-1")
        step = arrive(client, token).json()["step"]
        assert step["transcript_language"] == "da"
        assert step["transcript"]


def test_a_video_step_carries_its_transcript_in_the_devices_language(
    served_session: ServedSession, client: httpx.Client
) -> None:
    danish, _ = joined(client, served_session)
    english, _ = joined(client, served_session, language="en")
    served_session.go_to("video-1")
    video = served_session.pack.steps[served_session.pack.step_index("video-1")].video
    assert video is not None
    for token, language in ((danish, "da"), (english, "en")):
        step = arrive(client, token).json()["step"]
        assert step["transcript_language"] == language
        cues = load_srt(video.subtitles[language])
        assert step["transcript"] == [" ".join(plain_text(c.text).split()) for c in cues]
        assert str(video.subtitles[language]) not in str(step)  # text, never a path
    # Other steps carry none.
    served_session.go_to("reflection")
    assert arrive(client, danish).json()["step"]["transcript"] is None
