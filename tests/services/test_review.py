"""The personal-data review on a real session: flags, redaction, dismissal, and the words
gone from the database file and its write-ahead log."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from belong_desktop.core.personal_data import Flag, PiiKind
from belong_desktop.services.review import ReviewRefused
from belong_desktop.services.runtime import Runtime, open_runtime
from tests.class_factory import run_class

PACKS = Path(__file__).resolve().parents[2] / "assets" / "packs"
EMAIL = "mads.jensen@example.com"


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    return tmp_path / "data" / "belong.sqlite3"


@pytest.fixture
def rt(db_file: Path) -> Iterator[Runtime]:
    with open_runtime(db_file, [PACKS]) as runtime:
        yield runtime


def _flag(rt: Runtime, sid: str, kind: PiiKind) -> tuple[int, Flag, str]:
    for item in rt.review.items(sid):
        for flag in item.flags:
            if flag.kind is kind:
                return item.answer_id, flag, item.text
    raise AssertionError(f"no {kind} flag")


def _raw(db_file: Path) -> bytes:
    files = [db_file, db_file.with_name(db_file.name + "-wal")]
    return b"".join(f.read_bytes() for f in files if f.exists())


def test_review_lists_the_likely_personal_data(rt: Runtime) -> None:
    sid = run_class(rt)
    items = rt.review.items(sid)
    kinds = {flag.kind for item in items for flag in item.flags}
    assert {PiiKind.EMAIL, PiiKind.NAME} <= kinds
    for item in items:
        assert item.participant.startswith("p")
        for flag in item.flags:
            assert 0 <= flag.start < flag.end <= len(item.text)
    assert rt.review.open_flag_count(sid) == sum(len(i.flags) for i in items)


def test_redacting_replaces_the_words_everywhere_on_disk(rt: Runtime, db_file: Path) -> None:
    sid = run_class(rt)
    assert EMAIL.encode() in _raw(db_file)
    answer_id, flag, text = _flag(rt, sid, PiiKind.EMAIL)
    assert text[flag.start : flag.end] == EMAIL
    new_text = rt.review.redact(sid, answer_id, flag)
    assert EMAIL not in new_text and "[e-mail]" in new_text
    assert EMAIL.encode() not in _raw(db_file)
    assert all(f.kind is not PiiKind.EMAIL for i in rt.review.items(sid) for f in i.flags)


def test_a_dismissed_flag_stays_dismissed_and_the_text_is_unchanged(rt: Runtime) -> None:
    sid = run_class(rt)
    answer_id, flag, text = _flag(rt, sid, PiiKind.NAME)
    before = rt.review.open_flag_count(sid)
    rt.review.dismiss(sid, answer_id, flag)
    assert rt.review.open_flag_count(sid) == before - 1
    same = [i for i in rt.review.items(sid) if i.answer_id == answer_id]
    assert not same or same[0].text == text


def test_a_dismissal_follows_its_words_when_an_earlier_span_is_redacted(rt: Runtime) -> None:
    sid = run_class(rt, letters=(f"Skriv til {EMAIL} eller spørg Mads i kantinen.",))
    answer_id, name, _ = _flag(rt, sid, PiiKind.NAME)
    rt.review.dismiss(sid, answer_id, name)
    _, email, _ = _flag(rt, sid, PiiKind.EMAIL)
    new_text = rt.review.redact(sid, answer_id, email)
    assert "Mads" in new_text
    assert all(i.answer_id != answer_id for i in rt.review.items(sid))  # nothing open


def test_a_stale_or_foreign_flag_is_refused(rt: Runtime) -> None:
    sid = run_class(rt)
    answer_id, flag, _ = _flag(rt, sid, PiiKind.EMAIL)
    moved = Flag(flag.kind, flag.start + 1, flag.end + 1)
    with pytest.raises(ReviewRefused) as caught:
        rt.review.redact(sid, answer_id, moved)
    assert caught.value.code == "review_stale"
    with pytest.raises(ReviewRefused) as caught:
        rt.review.redact(sid, 10_000, flag)
    assert caught.value.code == "review_no_text"


def test_the_manifest_counts_redactions_by_kind(rt: Runtime, tmp_path: Path) -> None:
    from belong_desktop.core.bundle import read_zip
    from belong_desktop.services import crypto

    identity_text, recipient = crypto.generate_identity()
    key = tmp_path / "k"
    key.write_text(identity_text, encoding="utf-8")
    sid = run_class(rt)
    answer_id, flag, _ = _flag(rt, sid, PiiKind.EMAIL)
    rt.review.redact(sid, answer_id, flag)
    for item in rt.review.items(sid):
        for f in item.flags:
            rt.review.dismiss(sid, item.answer_id, f)
    result = rt.exports.export(sid, tmp_path / "out", recipient)
    plain = crypto.decrypt(result.path.read_bytes(), crypto.load_identities(key))
    contents = read_zip(plain)
    assert contents.manifest["redactions"] == {"total": 1, "by_kind": {"email": 1}}
    assert all(EMAIL not in r["text"] for r in contents.tables["responses"])
    assert any("[e-mail]" in r["text"] for r in contents.tables["responses"])


def test_texts_are_reviewed_only_after_the_session_ended(rt: Runtime) -> None:
    pack = rt.catalog.resolve("belonging")
    sid = rt.sessions.create(pack, "DAT1-A", "da")
    rt.sessions.start(sid)
    with pytest.raises(ReviewRefused) as caught:
        rt.review.dismiss(sid, 1, Flag(PiiKind.NAME, 0, 1))
    assert caught.value.code == "review_not_ended"
