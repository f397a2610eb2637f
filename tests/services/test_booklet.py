"""The letters booklet on real sessions: which letters print, decisions that survive a
restart, redaction, the random order, refusals, and the counts in the export. The PDFs are
read back with poppler (tests/pdf_support.py) the way a reader gets them."""

from __future__ import annotations

import random
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from belong_desktop.core.booklet import MARK, Decision, Tally
from belong_desktop.core.errors import InvalidInput
from belong_desktop.core.personal_data import PiiKind
from belong_desktop.services.booklet import BookletRefused
from belong_desktop.services.reports.pdf import ReportError
from belong_desktop.services.runtime import Runtime, open_runtime
from belong_desktop.services.sessions import SessionNotFound
from tests import pdf_support as read
from tests.class_factory import run_class

PACKS = Path(__file__).resolve().parents[2] / "assets" / "packs"
# run_class: device i writes LETTERS[i]; all but the last send; even devices share.
LETTERS = (
    'Kære nye studerende. Det er okay at føle sig udenfor. "Giv det tid" - det sagde min mor.',
    "Jeg delte ikke mit brev (ikke delt).",
    "Spørg om hjælp i studiecaféen, det gjorde jeg også. Skriv til mads.jensen@example.com.",
    "Heller ikke delt, men sendt.",
    "Min første uge var kaotisk, men nu har jeg en læsegruppe. Æbler, østers og ål!",
    "Sendt uden samtykke igen.",
    "Aldrig sendt: en kladde med samtykke.",
)
SHARED = (0, 2, 4)


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    return tmp_path / "data" / "belong.sqlite3"


@pytest.fixture
def rt(db_file: Path) -> Iterator[Runtime]:
    with open_runtime(db_file, [PACKS]) as runtime:
        yield runtime


def _ids(rt: Runtime, sid: str) -> dict[str, int]:
    return {letter.text: letter.answer_id for letter in rt.booklet.letters([sid])}


def _pdf_text(path: Path) -> str:
    return re.sub(r"\s+", " ", read.text(path))


def test_only_sent_consented_letters_are_offered_for_review(rt: Runtime) -> None:
    sid = run_class(rt, letters=LETTERS)
    letters = rt.booklet.letters([sid])
    assert sorted(letter.text for letter in letters) == sorted(LETTERS[i] for i in SHARED)
    assert all(letter.decision is None for letter in letters)
    with_email = next(letter for letter in letters if "mads.jensen" in letter.text)
    assert PiiKind.EMAIL in {f.kind for f in with_email.flags}
    assert rt.booklet.tally([sid]) == Tally(0, 0, 3)


def test_the_booklet_prints_approved_letters_only(rt: Runtime, tmp_path: Path) -> None:
    sid = run_class(rt, letters=LETTERS)
    ids = _ids(rt, sid)
    rt.booklet.approve(ids[LETTERS[0]])
    rt.booklet.approve(ids[LETTERS[4]])
    rt.booklet.hide(ids[LETTERS[2]])
    result = rt.booklet.build([sid], tmp_path / "breve.pdf", title="Breve til dig, der starter")
    assert result.letters == 2 and result.tally == Tally(2, 1, 0)
    text = _pdf_text(result.path)
    assert "Breve til dig, der starter" in text
    assert "Det er okay at føle sig udenfor. »Giv det tid« – det sagde min mor." in text
    assert "Æbler, østers og ål!" in text
    for absent in (LETTERS[1], LETTERS[2], LETTERS[3], LETTERS[5], LETTERS[6]):
        assert absent.split(".")[0] not in text
    assert "tilfældig rækkefølge" in text  # the pack's introduction, in Danish
    record = rt.sessions.record(sid)
    # nothing that could point to a writer: no group, date, time, pseudonym or device
    assert record.group_code not in text
    assert not re.search(r"\b20\d\d\b|\b\d{1,2}[:.]\d{2}\b|\bp0\d\d\b", text)
    info = read.info(result.path)
    assert info["Title"] == "Breve til dig, der starter"
    assert read.catalog_language(result.path) == "da"
    assert [w for w in read.words(result.path) if w.outside(margin=10)] == []
    fonts = read.fonts(result.path)
    assert fonts and all(f.embedded for f in fonts), fonts


def test_a_redacted_passage_is_left_out_and_marked(rt: Runtime, tmp_path: Path) -> None:
    sid = run_class(rt, letters=LETTERS)
    ids = _ids(rt, sid)
    letter = LETTERS[2]
    start = letter.index("mads.jensen")
    decision = rt.booklet.redact(ids[letter], start, start + len("mads.jensen@example.com"))
    assert decision.decision is Decision.PENDING  # a passage left out is no verdict
    rt.booklet.approve(ids[letter])
    [shown] = [x for x in rt.booklet.letters([sid]) if x.answer_id == ids[letter]]
    assert shown.printed == letter.replace("mads.jensen@example.com", MARK)
    assert PiiKind.EMAIL not in {f.kind for f in shown.flags}  # covered by the redaction
    text = _pdf_text(rt.booklet.build([sid], tmp_path / "b.pdf").path)
    assert "mads.jensen" not in text and "example.com" not in text
    assert f"Skriv til {MARK}." in text
    # the words themselves stay in the database: a booklet can be rebuilt, or the mark undone
    rt.booklet.clear_redactions(ids[letter])
    text = _pdf_text(rt.booklet.build([sid], tmp_path / "c.pdf").path)
    assert "mads.jensen@example.com" in text


def test_bad_decisions_are_refused(rt: Runtime) -> None:
    sid = run_class(rt, letters=LETTERS)
    ids = _ids(rt, sid)
    with pytest.raises(InvalidInput) as bad:
        rt.booklet.redact(ids[LETTERS[0]], 5, 500)
    assert bad.value.code == "booklet_bad_span"
    answers = sqlite3.connect(rt.db.path).execute("SELECT id, share FROM answers").fetchall()
    unshared = next(a for a, share in answers if share == 0)
    with pytest.raises(BookletRefused) as refused:
        rt.booklet.approve(unshared)
    assert refused.value.code == "booklet_not_a_letter"
    with pytest.raises(BookletRefused):
        rt.booklet.approve(999_999)


def test_decisions_survive_a_restart(db_file: Path, tmp_path: Path) -> None:
    with open_runtime(db_file, [PACKS]) as rt:
        sid = run_class(rt, letters=LETTERS)
        ids = _ids(rt, sid)
        rt.booklet.approve(ids[LETTERS[0]])
        rt.booklet.hide(ids[LETTERS[4]])
        rt.booklet.redact(ids[LETTERS[0]], 0, len("Kære nye studerende."))
    with open_runtime(db_file, [PACKS]) as again:
        assert again.booklet.tally([sid]) == Tally(1, 1, 1)
        text = _pdf_text(again.booklet.build([sid], tmp_path / "b.pdf").path)
    assert text.count(MARK) >= 1 and "Kære nye studerende." not in text


def test_a_broken_stored_decision_waits_for_review(rt: Runtime, tmp_path: Path) -> None:
    sid = run_class(rt, letters=LETTERS)
    ids = _ids(rt, sid)
    rt.booklet.approve(ids[LETTERS[0]])
    rt.booklet.approve(ids[LETTERS[4]])
    with sqlite3.connect(rt.db.path) as con:
        con.execute(
            "UPDATE booklet_decisions SET decision = 'perhaps' WHERE answer_id = ?",
            (ids[LETTERS[0]],),
        )
        con.execute(
            "UPDATE booklet_decisions SET spans = '{broken' WHERE answer_id = ?",
            (ids[LETTERS[4]],),
        )
    assert rt.booklet.tally([sid]) == Tally(0, 0, 3)
    with pytest.raises(BookletRefused) as refused:
        rt.booklet.build([sid], tmp_path / "b.pdf")
    assert refused.value.code == "booklet_nothing_approved"
    assert refused.value.params["awaiting"] == 3
    rt.booklet.approve(ids[LETTERS[0]])  # deciding again replaces the broken row
    assert rt.booklet.tally([sid]) == Tally(1, 0, 2)


def test_an_export_review_redaction_after_approval_sends_the_letter_back(rt: Runtime) -> None:
    sid = run_class(rt, letters=LETTERS)
    ids = _ids(rt, sid)
    rt.booklet.approve(ids[LETTERS[2]])
    item = next(i for i in rt.review.items(sid) if i.answer_id == ids[LETTERS[2]])
    flag = next(f for f in item.flags if f.kind is PiiKind.EMAIL)
    rt.review.redact(sid, ids[LETTERS[2]], flag)
    [shown] = [x for x in rt.booklet.letters([sid]) if x.answer_id == ids[LETTERS[2]]]
    assert shown.decision is None and "[e-mail]" in shown.text
    assert rt.booklet.tally([sid]) == Tally(0, 0, 3)


def test_the_order_is_random_not_the_order_of_writing(rt: Runtime, tmp_path: Path) -> None:
    letters = tuple(f"Brev nummer {chr(65 + i)}{chr(65 + i)} er her." for i in range(13))
    sid = run_class(rt, letters=letters)
    for letter in rt.booklet.letters([sid]):
        rt.booklet.approve(letter.answer_id)
    written = [letters[i] for i in range(0, 12, 2)]  # the shared ones, in join order

    def order(n: int) -> tuple[str, ...]:
        text = _pdf_text(rt.booklet.build([sid], tmp_path / f"b{n}.pdf").path)
        return tuple(sorted(written, key=text.index))

    orders = {order(n) for n in range(4)}
    assert all(sorted(o) == sorted(written) for o in orders)
    assert len(orders) > 1  # 6 letters: four equal shuffles have a chance of 1/720³
    assert tuple(written) not in orders or len(orders) == 4


def test_several_sessions_make_one_booklet(rt: Runtime, tmp_path: Path) -> None:
    first = run_class(rt, letters=LETTERS, group="DAT1-A")
    second = run_class(rt, letters=("Fra det andet hold: hold fast.", "x", "y"), group="DAT1-B")
    for letter in rt.booklet.letters([first, second]):
        rt.booklet.approve(letter.answer_id)
    result = rt.booklet.build([first, second], tmp_path / "b.pdf")
    assert result.letters == 4
    text = _pdf_text(result.path)
    assert "Fra det andet hold: hold fast." in text and "DAT1" not in text


def test_refusals(rt: Runtime, tmp_path: Path) -> None:
    with pytest.raises(BookletRefused) as none:
        rt.booklet.letters([])
    assert none.value.code == "booklet_no_sessions"
    with pytest.raises(SessionNotFound):
        rt.booklet.letters(["no-such-session"])
    running = rt.sessions.create(rt.catalog.resolve("belonging"), "DAT2", "da")
    rt.sessions.start(running)
    with pytest.raises(BookletRefused) as open_one:
        rt.booklet.build([running], tmp_path / "b.pdf")
    assert open_one.value.code == "booklet_not_ended"
    rt.sessions.end(running)
    with pytest.raises(BookletRefused) as empty:
        rt.booklet.build([running], tmp_path / "b.pdf")
    assert empty.value.code == "booklet_nothing_approved"
    control = run_class(rt, pack_id="control", letters=LETTERS)
    belonging = run_class(rt, letters=LETTERS)
    for letter in rt.booklet.letters([control, belonging]):
        rt.booklet.approve(letter.answer_id)
    with pytest.raises(BookletRefused) as mixed:
        rt.booklet.build([control, belonging], tmp_path / "b.pdf")
    assert mixed.value.code == "booklet_mixed_packs"
    with pytest.raises(ReportError) as folder:
        rt.booklet.build([control], tmp_path / "missing" / "b.pdf")
    assert folder.value.code == "out_folder_missing"
    assert not list(tmp_path.glob("**/*.pdf"))


def test_the_control_pack_has_its_own_introduction(rt: Runtime, tmp_path: Path) -> None:
    sid = run_class(rt, pack_id="control", letters=LETTERS)
    rt.booklet.approve(rt.booklet.letters([sid])[0].answer_id)
    text = _pdf_text(rt.booklet.build([sid], tmp_path / "b.pdf").path)
    assert "praktiske råd" in text


def test_the_export_counts_approved_and_hidden_letters(rt: Runtime, tmp_path: Path) -> None:
    from belong_desktop.core.bundle import read_zip
    from belong_desktop.services import crypto

    identity_text, recipient = crypto.generate_identity()
    key = tmp_path / "k"
    key.write_text(identity_text, encoding="utf-8")
    sid = run_class(rt, letters=LETTERS)
    ids = _ids(rt, sid)
    rt.booklet.approve(ids[LETTERS[0]])
    rt.booklet.hide(ids[LETTERS[2]])
    rt.booklet.hide(ids[LETTERS[4]])
    result = rt.exports.export(sid, tmp_path / "out", recipient, skip_review=True)
    plain = crypto.decrypt(result.path.read_bytes(), crypto.load_identities(key))
    counts = read_zip(plain).manifest["counts"]
    assert counts["booklet_approved"] == 1 and counts["booklet_hidden"] == 2
    assert result.receipt.counts["booklet_approved"] == 1


def test_a_booklet_of_300_letters_and_a_very_long_one(rt: Runtime, tmp_path: Path) -> None:
    rng = random.Random(13)
    words = [
        "jeg",
        "du",
        "vi",
        "studiet",
        "første",
        "uge",
        "læsegruppe",
        "kantinen",
        "forelæsning",
        "æble",
        "ørken",
    ]
    long_letter = "\n\n".join(
        " ".join(rng.choice(words) for _ in range(100)) + f" (afsnit {n})." for n in range(12)
    )
    assert 8_000 < len(long_letter) <= 10_000  # the most a student can send

    def some(first: int, count: int) -> list[str]:
        return [
            f"Brev {n}: " + " ".join(rng.choice(words) for _ in range(rng.randint(40, 300)))
            for n in range(first, first + count)
        ]

    # two classes (a room holds 500 devices): 151 + 150 shared letters
    one = run_class(rt, letters=[long_letter, *some(1, 300), "usendt"], reflections=())
    two = run_class(rt, letters=[*some(301, 300), "usendt"], reflections=(), group="DAT1-B")
    sid = [one, two]
    offered = rt.booklet.letters(sid)
    assert len(offered) == 301
    for letter in offered:
        rt.booklet.approve(letter.answer_id)
    result = rt.booklet.build(sid, tmp_path / "big.pdf", rng=random.Random(1))
    assert result.letters == 301
    text = _pdf_text(result.path)
    for n in (2, 150, 300, 301, 599):  # device n shared when n is even (run_class)
        assert f"Brev {n}:" in text
    assert "Brev 1:" not in text and "Brev 302:" not in text
    assert all(f"(afsnit {n})." in text for n in range(12))  # the long letter whole
    assert read.pages(result.path) > 40
    assert [w for w in read.words(result.path) if w.outside(margin=10)] == []


def test_a_very_long_letter_breaks_across_pages(rt: Runtime, tmp_path: Path) -> None:
    paragraph = "Første måned var svær – jeg kendte ingen, og alt var nyt. " * 14
    long_letter = "\n\n".join(f"{paragraph}(del {n})" for n in range(11))
    assert len(long_letter) <= 10_000
    sid = run_class(rt, letters=(long_letter, "x", "y"))
    rt.booklet.approve(rt.booklet.letters([sid])[0].answer_id)
    path = rt.booklet.build([sid], tmp_path / "long.pdf").path
    pages = read.page_texts(path)
    assert len(pages) >= 4  # the cover and three pages of one letter
    assert all("(del" in page for page in pages[1:])  # no empty page: it flows on
    assert all(f"(del {n})" in _pdf_text(path) for n in range(11))
    assert [w for w in read.words(path) if w.outside(margin=10)] == []
