"""Web addresses in pack texts: found, made safe, and nothing else turned into a link.

A closing text names Studenterrådgivningen (srg.dk); a student should be able to tap it.
The page builds links only from these parts (never from markup), so what matters is that
only http(s) addresses and real-looking domains become links, that an address keeps its
sentence's punctuation outside it, and that the parts always give the text back.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from belong_desktop.server.links import TextPart, split_links


def links(text: str) -> list[tuple[str, str | None]]:
    return [(part.text, part.href) for part in split_links(text) if part.href]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Studenterrådgivningen (srg.dk). Du kan", [("srg.dk", "https://srg.dk")]),
        ("se www.srg.dk, eller", [("www.srg.dk", "https://www.srg.dk")]),
        (
            "Læs https://www.srg.dk/raadgivning?x=1.",
            [("https://www.srg.dk/raadgivning?x=1", "https://www.srg.dk/raadgivning?x=1")],
        ),
        (
            "http://ku.dk/studier/ og kb.dk!",
            [
                ("http://ku.dk/studier/", "http://ku.dk/studier/"),
                ("kb.dk", "https://kb.dk"),
            ],
        ),
        (
            "»studenterrådgivningen.dk«",
            [("studenterrådgivningen.dk", "https://studenterrådgivningen.dk")],
        ),
        (
            "(se https://da.wikipedia.org/wiki/Aarhus_(by))",
            [
                (
                    "https://da.wikipedia.org/wiki/Aarhus_(by)",
                    "https://da.wikipedia.org/wiki/Aarhus_(by)",
                )
            ],
        ),
    ],
)
def test_addresses_become_links_without_the_sentence_around_them(
    text: str, found: list[tuple[str, str | None]]
) -> None:
    assert links(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "f.eks. ca. 12 min. kl. 10.30, bl.a. i uge 3",
        "sara.mp4 og sara.da.srt",
        "Det var slut.De kom igen.",  # a missing space, not a domain
        "skriv til raadgivning@srg.dk",  # an e-mail address is not a web link here
        "javascript:alert(1) data:text/html,<b>x</b> ftp://srg.dk/x",
        "/static/student.js og ../srg",
        "http:// og https://",
    ],
)
def test_what_is_not_a_web_address_stays_text(text: str) -> None:
    assert links(text) == []
    assert split_links(text) == [TextPart(text)]


def test_markup_around_an_address_stays_text_and_never_enters_the_href() -> None:
    parts = split_links('<a href="javascript:x">srg.dk"><script>alert(1)</script>')
    assert [p.href for p in parts if p.href] == ["https://srg.dk"]
    assert all(p.href is None or p.href.startswith(("http://", "https://")) for p in parts)
    assert all("<" not in (p.href or "") and '"' not in (p.href or "") for p in parts)


@given(st.text())
def test_the_parts_always_give_the_text_back_and_every_href_is_http(text: str) -> None:
    parts = split_links(text)
    assert "".join(part.text for part in parts) == text
    for part in parts:
        if part.href is not None:
            assert part.href.lower().startswith(("http://", "https://"))
            assert not any(c.isspace() or c in "<>\"'`" for c in part.href)
