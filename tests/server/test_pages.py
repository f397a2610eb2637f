"""The server-rendered pages over real HTTP: joining by form and link, the student page, and
the headers and markup that keep a student's browser safe.

Students open these pages on their own phones on a shared network, so the page must run
nothing but the laptop's own script files (a strict Content-Security-Policy and no inline
script that executes), load nothing from another origin, show a student's own text back
escaped, and never reveal which study arm or pack the class is in. The HTML is parsed with
``html.parser`` rather than matched by eye, so a stray tag is found wherever it is.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
import pytest

from belong_desktop.server import page_words
from belong_desktop.server.context import COOKIE, COOKIE_MAX_AGE
from belong_desktop.server.page_words import text

if TYPE_CHECKING:
    from conftest import ServedSession

XSS_SCRIPT = "</script><script>alert(1)</script>"
XSS_IMG = "<img src=x onerror=alert(1)>"
URL = re.compile(r"""https?://[^\s"'<>)]+""", re.IGNORECASE)


@dataclass
class Script:
    attrs: dict[str, str | None]
    text: str = ""


class Page(HTMLParser):
    """Every tag with its attributes, and each <script> with its inline text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[Script] = []
        self._in_script: Script | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in_script = Script(dict(attrs))
            self.scripts.append(self._in_script)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = None

    def handle_data(self, data: str) -> None:
        if self._in_script is not None:
            self._in_script.text += data

    def find(self, tag: str) -> list[dict[str, str | None]]:
        return [attrs for name, attrs in self.tags if name == tag]


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    return page


@pytest.fixture
def client(served_session: ServedSession) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=served_session.base_url, timeout=10) as made:
        yield made


def join_form(client: httpx.Client, code: str) -> httpx.Response:
    return client.post("/join", data={"code": code})


def student(served: ServedSession, client: httpx.Client) -> tuple[str, httpx.Client]:
    """Join through the form; returns the token and a client that carries its cookie."""
    response = join_form(client, served.code)
    assert response.status_code == 303
    token = response.cookies["belong_token"]
    return token, httpx.Client(
        base_url=served.base_url, cookies={"belong_token": token}, timeout=10
    )


def alerts(page: Page) -> list[dict[str, str | None]]:
    return [attrs for attrs in page.find("p") if attrs.get("role") == "alert"]


def assert_safe_html(response: httpx.Response, base_url: str) -> Page:
    """The headers and markup every HTML page must have; returns the parsed page."""
    assert response.headers["content-type"].startswith("text/html")
    csp = response.headers["content-security-policy"]
    directives = {d.split()[0]: d.split()[1:] for d in csp.split(";") if d.strip()}
    assert directives["script-src"] == ["'self'"], csp
    assert directives["default-src"] == ["'none'"], csp
    assert "'unsafe-inline'" not in csp and "'unsafe-eval'" not in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "server" not in response.headers
    assert response.headers["cache-control"] == "no-store"

    page = parse(response.text)
    links: set[str] = set()  # web addresses in pack texts, shown as links
    for script in page.scripts:
        src = script.attrs.get("src")
        if src is not None:
            assert src.startswith("/static/") and not script.text.strip(), script
        else:
            # Only data blocks, which the browser never runs.
            assert script.attrs.get("type") == "application/json", script
            data = json.loads(script.text)
            step = data.get("step") if script.attrs.get("id") == "initial-state" else None
            links |= {part["href"] for part in (step or {}).get("parts", []) if part["href"]}
    for tag, attrs in page.tags:
        for name, value in attrs.items():
            assert not name.startswith("on"), f"<{tag} {name}=...> is an inline handler"
            assert not (value or "").strip().lower().startswith("javascript:"), (tag, name)
            outside = URL.match(value or "") and not (value or "").startswith(base_url)
            if outside:
                # Nothing is loaded from another origin: it may only be a link a student
                # taps, opened apart from this page and told nothing about it.
                assert (tag, name) == ("a", "href"), f"<{tag} {name}={value}> loads from outside"
                assert attrs.get("target") == "_blank", attrs
                assert {"noopener", "noreferrer"} <= set((attrs.get("rel") or "").split()), attrs
                links.add(str(value))
    for url in URL.findall(response.text):
        assert url.startswith(base_url) or url in links, f"the page refers to another origin: {url}"
    # The scripts take the cookie's name and lifetime from the server, never their own.
    (body,) = page.find("body")
    assert (body["data-cookie"], body["data-cookie-max-age"]) == (COOKIE, str(COOKIE_MAX_AGE))
    return page


# -- joining -------------------------------------------------------------------------


def test_the_landing_page_has_the_code_form(
    served_session: ServedSession, client: httpx.Client
) -> None:
    response = client.get("/")
    assert response.status_code == 200
    page = assert_safe_html(response, served_session.base_url)
    forms = page.find("form")
    assert len(forms) == 1
    assert forms[0]["method"] == "post" and forms[0]["action"] == "/join"
    inputs = [attrs for attrs in page.find("input") if attrs.get("name") == "code"]
    assert len(inputs) == 1
    assert inputs[0]["inputmode"] == "numeric"
    assert [s.attrs["src"] for s in page.scripts] == ["/static/device.js", "/static/join.js"]


def test_the_form_joins_sets_the_cookie_and_redirects_to_the_student_page(
    served_session: ServedSession, client: httpx.Client
) -> None:
    response = join_form(client, served_session.info.display_code)  # "123 456" as shown
    assert response.status_code == 303
    assert response.headers["location"] == "/s"
    cookie = response.headers["set-cookie"]
    assert cookie.startswith("belong_token=")
    assert "samesite=strict" in cookie.lower() and "path=/" in cookie.lower()
    token = response.cookies["belong_token"]

    with httpx.Client(base_url=served_session.base_url, cookies={"belong_token": token}) as me:
        page = me.get("/s")
        assert page.status_code == 200
        parsed = assert_safe_html(page, served_session.base_url)
        (app,) = [attrs for attrs in parsed.find("main") if attrs.get("id") == "app"]
        assert app["data-token"] == token
        assert app["data-link"] == served_session.info.link_token
        # A device that is in goes straight to its page.
        again = me.get("/")
        assert again.status_code == 303 and again.headers["location"] == "/s"


def test_a_wrong_code_on_the_form_shows_the_page_again_with_404_then_429(
    served_session: ServedSession, client: httpx.Client
) -> None:
    wrong = f"{(int(served_session.code) + 1) % 10**6:06d}"
    for _ in range(5):
        response = join_form(client, wrong)
        assert response.status_code == 404
        assert "set-cookie" not in response.headers
        page = assert_safe_html(response, served_session.base_url)
        assert len(alerts(page)) == 1
        assert text("join_wrong", "da") in response.text
        code_input = [a for a in page.find("input") if a.get("name") == "code"]
        assert code_input[0]["value"] == wrong  # kept, so the student can fix one digit
    limited = join_form(client, wrong)
    assert limited.status_code == 429
    seconds = int(limited.headers["retry-after"])
    assert 1 <= seconds <= 60
    page = assert_safe_html(limited, served_session.base_url)
    assert alerts(page)
    assert text("join_rate", "da", seconds=seconds) in limited.text


def test_the_join_link_renders_a_page_that_joins_and_makes_no_participant_itself(
    served_session: ServedSession, client: httpx.Client
) -> None:
    """A link preview or a prefetch of the QR code's link must not make participants:
    the link's page only offers the join, which its script (or its button) posts."""
    link = served_session.info.link_token
    for _ in range(3):
        response = client.get(f"/j/{link}")
        assert response.status_code == 200
        assert "set-cookie" not in response.headers
    assert served_session.rt.classroom.counts(served_session.session_id).joined == 0
    page = assert_safe_html(response, served_session.base_url)
    assert [s.attrs["src"] for s in page.scripts] == ["/static/device.js", "/static/join.js"]
    (form,) = page.find("form")
    assert (form["method"], form["action"], form["data-auto"]) == ("post", "/join", "1")
    hidden = {a["name"]: a["value"] for a in page.find("input") if a.get("type") == "hidden"}
    assert hidden == {"link": link}
    assert [a for a in page.find("button") if a.get("type") == "submit"]
    assert text("join_link_intro", "da") in response.text

    # Without script, the button posts the link: that joins.
    joined = client.post("/join", data={"link": link})
    assert joined.status_code == 303 and joined.headers["location"] == "/s"
    token = joined.cookies["belong_token"]
    # A reload of the link, or a second scan, with the cookie keeps the same participant.
    with httpx.Client(base_url=served_session.base_url, cookies={"belong_token": token}) as me:
        again = me.get(f"/j/{link}")
        assert again.status_code == 303 and again.headers["location"] == "/s"
        assert "set-cookie" not in again.headers
        # The join counts once its page loads.
        assert served_session.rt.classroom.counts(served_session.session_id).joined == 0
        assert me.get("/s").status_code == 200
        assert me.get(f"/j/{link}").headers["location"] == "/s"
    assert served_session.rt.classroom.counts(served_session.session_id).joined == 1


def assert_refused(response: httpx.Response, served: ServedSession, status: int, key: str) -> None:
    """A refused join: the code form again, with the page's sentence and no cookie."""
    assert response.status_code == status
    assert "set-cookie" not in response.headers
    page = assert_safe_html(response, served.base_url)
    assert [a for a in page.find("input") if a.get("name") == "code"]
    assert len(alerts(page)) == 1
    assert text(key, "da") in response.text
    assert served.rt.classroom.counts(served.session_id).joined == 0


def test_a_wrong_link_shows_the_code_form_with_404(
    served_session: ServedSession, client: httpx.Client
) -> None:
    assert_refused(client.get("/j/not-this-one"), served_session, 404, "join_unknown")
    assert_refused(client.post("/join", data={"link": "nope"}), served_session, 404, "join_unknown")


def test_the_link_of_an_ended_session_says_so_with_410(
    served_session: ServedSession, client: httpx.Client
) -> None:
    served_session.end()
    link = served_session.info.link_token
    assert_refused(client.get(f"/j/{link}"), served_session, 410, "join_ended")
    assert_refused(client.post("/join", data={"link": link}), served_session, 410, "join_ended")


def test_a_form_with_neither_code_nor_link_asks_for_the_code(
    served_session: ServedSession, client: httpx.Client
) -> None:
    for data in ({}, {"code": ""}, {"code": "", "link": ""}):
        assert_refused(client.post("/join", data=data), served_session, 422, "join_no_code")
    too_long = client.post("/join", data={"link": "x" * 65})
    assert too_long.status_code == 422 and too_long.json()["code"] == "invalid"
    assert served_session.rt.classroom.counts(served_session.session_id).joined == 0


def test_the_student_page_without_a_valid_cookie_redirects_to_the_form(
    served_session: ServedSession, client: httpx.Client
) -> None:
    response = client.get("/s")
    assert response.status_code == 303 and response.headers["location"] == "/"
    forged = client.get("/s", headers={"Cookie": "belong_token=forged"})
    assert forged.status_code == 303 and forged.headers["location"] == "/"


# -- the student page ----------------------------------------------------------------


def test_every_step_renders_safely_and_only_the_expected_scripts(
    served_session: ServedSession, client: httpx.Client
) -> None:
    _, me = student(served_session, client)
    with me:
        for index, step in enumerate(served_session.pack.steps):
            served_session.go_to(step.id)
            response = me.get("/s")
            assert response.status_code == 200, step.id
            page = assert_safe_html(response, served_session.base_url)
            ids = [s.attrs.get("id") for s in page.scripts if s.attrs.get("src") is None]
            assert ids == ["initial-state", "texts"]
            assert [s.attrs.get("src") for s in page.scripts if s.attrs.get("src")] == [
                "/static/device.js",
                "/static/student.js",
            ]
            (state,) = [s for s in page.scripts if s.attrs.get("id") == "initial-state"]
            assert json.loads(state.text)["step"]["index"] == index
            # The icon is an empty data: URL, so no device asks the laptop for /favicon.ico.
            assert [a["href"] for a in page.find("link")] == ["data:,", "/static/student.css"]


def test_a_students_own_markup_comes_back_escaped(
    served_session: ServedSession, client: httpx.Client
) -> None:
    token, me = student(served_session, client)
    served_session.go_to("reflection")
    payload = f"{XSS_SCRIPT} and {XSS_IMG} & 'quotes' \"too\""
    with me:
        saved = me.put(
            "/api/answers/reflection",
            json={"revision": 1, "text": payload, "submit": True},
            headers={"X-Belong-Token": token},
        )
        assert saved.status_code == 200
        served_session.go_to("letter")
        letter = me.put(
            "/api/answers/letter",
            json={"revision": 1, "text": XSS_IMG, "share": True},
            headers={"X-Belong-Token": token},
        )
        assert letter.status_code == 200
        for step_id in ("letter", "reflection"):
            served_session.go_to(step_id)
            response = me.get("/s")
            html = response.text
            assert XSS_SCRIPT not in html
            assert XSS_IMG not in html
            assert "<script>alert" not in html.lower()
            page = assert_safe_html(response, served_session.base_url)
            assert page.find("img") == []
            assert len(page.scripts) == 4
            # Escaped, not dropped: the data block gives the page the exact text back.
            (state,) = [s for s in page.scripts if s.attrs.get("id") == "initial-state"]
            answers = {a["step_id"]: a for a in json.loads(state.text)["answers"]}
            assert answers["reflection"]["text"] == payload
            assert answers["letter"]["draft"] == XSS_IMG


def test_the_student_never_sees_the_arm_the_pack_or_the_speaker_notes(
    served_session: ServedSession, client: httpx.Client
) -> None:
    token, me = student(served_session, client)
    pack = served_session.pack
    secrets = [pack.arm.value, "treatment", "control", pack.id]
    notes = [
        line.strip()
        for step in pack.steps
        for text in step.speaker_notes.texts.values()
        for line in text.split(".")
        if len(line.strip()) > 20
    ]
    assert notes
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, secrets)) + r")\b", re.IGNORECASE)

    def check(body: str, where: str) -> None:
        found = pattern.search(body)
        assert found is None, f"{where} reveals {found.group(0)!r}"
        for note in notes:
            assert note not in body, f"{where} shows a speaker note: {note!r}"

    with me:
        landing = httpx.get(f"{served_session.base_url}/", timeout=10)
        assert landing.status_code == 200
        check(landing.text, "/")
        for step in pack.steps:
            served_session.go_to(step.id)
            check(me.get("/s").text, f"/s at {step.id}")
            state = me.get("/api/state", headers={"X-Belong-Token": token})
            check(state.text, f"/api/state at {step.id}")
            assert set(state.json()) == {
                "session",
                "step",
                "participant_id",
                "reset",
                "max_length",
                "drafts",
                "answers",
                "language",
                "content_language",
                "languages",
            }
            assert set(state.json()["session"]) == {"state", "language", "step_count", "epoch"}
        served_session.end()
        check(me.get("/s").text, "/s after the end")


def test_static_files_are_served_with_nosniff(client: httpx.Client) -> None:
    for path, content_type in [
        ("/static/student.js", "javascript"),
        ("/static/join.js", "javascript"),
        ("/static/device.js", "javascript"),
        ("/static/student.css", "text/css"),
    ]:
        response = client.get(path)
        assert response.status_code == 200, path
        assert content_type in response.headers["content-type"], path
        assert response.headers["x-content-type-options"] == "nosniff", path
        assert "content-security-policy" in response.headers, path
        assert "server" not in response.headers, path
        assert "http://" not in response.text and "https://" not in response.text, path


def test_nothing_outside_the_static_folder_is_served(client: httpx.Client) -> None:
    for path in (
        "/static/../app.py",
        "/static/%2e%2e/app.py",
        "/static/..%2fapp.py",
        "/static/../../pyproject.toml",
        "/static/",
        "/static/nothing.js",
    ):
        response = client.get(path)
        assert response.status_code == 404, (path, response.status_code)
        assert "create_app" not in response.text


# Syntax old tablets' browsers do not know (Safari before 2017, old Android WebViews).
NOT_ES5 = {
    "optional chaining": r"\?\.(?!\d)",
    "nullish coalescing": r"\?\?",
    "arrow function": r"=>",
    "let/const": r"\b(let|const)\s",
    "template literal": r"`",
    "class": r"\bclass\s+\w+\s*(extends\b|\{)",
    "spread": r"\.\.\.\w",
    "async/await": r"\b(async\s+function|await\s)",
    "NodeList.forEach": r"querySelectorAll\([^)]*\)\.forEach",
}


@pytest.mark.parametrize("name", ["device.js", "join.js", "student.js"])
def test_the_scripts_are_plain_es5_for_old_tablets(name: str) -> None:
    path = Path(page_words.__file__).parent / "static" / name
    code = re.sub(r"/\*.*?\*/|(?<![:\\])//[^\n]*", "", path.read_text(), flags=re.S)
    found = {what: m.group(0) for what, rx in NOT_ES5.items() if (m := re.search(rx, code))}
    assert found == {}, f"{name} uses {found}"
