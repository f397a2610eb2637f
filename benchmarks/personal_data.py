"""How well and how fast the personal-data detector flags the labelled student texts.

Scores ``find_personal_data`` on ``tests/core/data/personal_data_labelled.jsonl``: a flag
is right when it overlaps a labelled span of the same kind (each span matched once), so
precision and recall per kind and overall. The baseline, in the same run, is what a
reviewer would get from flagging every capitalised word as a name
(``re.findall(r"\\b[A-ZÆØÅ][a-zæøå]+\\b")``): its precision, recall and speed. Speed is
texts per second over the labelled set, and the time of one review scan of a 300-student
session (600 texts of 2,000 characters, built from the labelled texts: "dense" from all of
them, "typical" mostly from those without personal data); the target for that scan is
well under a second.

    .venv/bin/python benchmarks/personal_data.py [--rounds 20] [--json]
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from belong_desktop.core.personal_data import PiiKind, find_personal_data  # noqa: E402

LABELLED = REPO / "tests" / "core" / "data" / "personal_data_labelled.jsonl"
Span = tuple[str, int, int]
_CAPITALISED = re.compile(r"\b[A-ZÆØÅ][a-zæøå]+\b")


def detector(text: str) -> list[Span]:
    return [(f.kind.value, f.start, f.end) for f in find_personal_data(text)]


def baseline(text: str) -> list[Span]:
    return [("name", m.start(), m.end()) for m in _CAPITALISED.finditer(text)]


def score(
    cases: list[dict[str, object]], find: Callable[[str], list[Span]]
) -> dict[str, Counter[str]]:
    """Per kind: true positives, false positives, false negatives (overlap, same kind)."""
    counts: dict[str, Counter[str]] = {k.value: Counter() for k in PiiKind}
    for case in cases:
        text = str(case["text"])
        gold = [(s["kind"], s["start"], s["end"]) for s in case["spans"]]  # type: ignore[attr-defined]
        unmatched = list(gold)
        for kind, start, end in find(text):
            hit = next((g for g in unmatched if g[0] == kind and g[1] < end and start < g[2]), None)
            if hit is None:
                counts[kind]["fp"] += 1
            else:
                unmatched.remove(hit)
                counts[kind]["tp"] += 1
        for kind, _, _ in unmatched:
            counts[kind]["fn"] += 1
    return counts


def ratios(c: Counter[str]) -> tuple[float, float]:
    precision = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
    recall = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
    return precision, recall


def throughput(find: Callable[[str], object], texts: list[str], rounds: int) -> float:
    """Texts per second, the median of ``rounds`` passes over ``texts``."""
    runs = []
    for _ in range(rounds):
        started = time.perf_counter()
        for text in texts:
            find(text)
        runs.append(time.perf_counter() - started)
    return len(texts) / statistics.median(runs)


def session_texts(texts: Iterable[str], count: int = 600, size: int = 2000) -> list[str]:
    """``count`` texts of about ``size`` characters, each a run of labelled texts."""
    pool = list(texts)
    out, i = [], 0
    while len(out) < count:
        parts: list[str] = []
        while sum(len(p) + 1 for p in parts) < size:
            parts.append(pool[i % len(pool)])
            i += 1
        out.append("\n".join(parts)[:size])
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--json", action="store_true", help="one JSON object instead of text")
    args = parser.parse_args()
    if args.json:
        return _json_report(args.rounds)
    cases = [json.loads(line) for line in LABELLED.read_text(encoding="utf-8").splitlines()]
    texts = [str(c["text"]) for c in cases]
    ours, base = score(cases, detector), score(cases, baseline)
    with_data = sum(1 for c in cases if c["spans"])
    print(f"labelled texts: {len(cases)} ({with_data} with personal data)")
    print(
        f"{'kind':<8} {'spans':>5} {'precision':>9} {'recall':>7}   {'tp':>3} {'fp':>3} {'fn':>3}"
    )
    for kind, c in ours.items():
        p, r = ratios(c)
        counts = f"{c['tp']:>3} {c['fp']:>3} {c['fn']:>3}"
        print(f"{kind:<8} {c['tp'] + c['fn']:>5} {p:>9.3f} {r:>7.3f}   {counts}")
    total: Counter[str] = sum(ours.values(), Counter())
    p, r = ratios(total)
    print(f"{'overall':<8} {total['tp'] + total['fn']:>5} {p:>9.3f} {r:>7.3f}")
    bp, br = ratios(base["name"])
    print(f"baseline (capitalised words as names): name precision {bp:.3f}, recall {br:.3f}")
    find_personal_data(texts[0])  # load the name list before timing
    ours_speed = throughput(find_personal_data, texts, args.rounds)
    base_speed = throughput(_CAPITALISED.findall, texts, args.rounds)
    print(
        f"throughput: {ours_speed:,.0f} texts/s, baseline {base_speed:,.0f} texts/s "
        f"(ratio {ours_speed / base_speed:.3f})"
    )
    # Worst case: every text 2,000 characters of the labelled set, half of which holds
    # personal data. Typical: the same length, from texts without personal data but every
    # tenth (what a class mostly writes).
    clean = [str(c["text"]) for c in cases if not c["spans"]]
    dense = [str(c["text"]) for c in cases if c["spans"]]
    typical = [t for i, t in enumerate(clean * 10) if i % 9 or not dense] + dense[:20]
    for label, pool in (("dense", texts), ("typical", typical)):
        session = session_texts(pool)
        scans = []
        for _ in range(max(3, args.rounds // 4)):
            started = time.perf_counter()
            for text in session:
                find_personal_data(text)
            scans.append(time.perf_counter() - started)
        chars = sum(len(t) for t in session)
        scan = statistics.median(scans)
        verdict = "met" if scan < 0.5 else "NOT met"
        print(
            f"session scan ({label}): {len(session)} texts, {chars:,} characters in "
            f"{scan:.3f} s (median of {len(scans)}; target well under 1 s: {verdict})"
        )
    return 0


def _json_report(rounds: int) -> int:
    """The same figures as one JSON object, for ``run_all.py``."""
    cases = [json.loads(line) for line in LABELLED.read_text(encoding="utf-8").splitlines()]
    texts = [str(c["text"]) for c in cases]
    ours, base = score(cases, detector), score(cases, baseline)
    total: Counter[str] = sum(ours.values(), Counter())
    precision, recall = ratios(total)
    base_precision, base_recall = ratios(base["name"])
    name_precision, name_recall = ratios(ours["name"])
    find_personal_data(texts[0])
    session = session_texts(texts)
    scans = []
    for _ in range(max(3, rounds // 4)):
        started = time.perf_counter()
        for text in session:
            find_personal_data(text)
        scans.append(time.perf_counter() - started)
    report = {
        "texts": len(cases),
        "precision": precision,
        "recall": recall,
        "name_precision": name_precision,
        "name_recall": name_recall,
        "baseline_name_precision": base_precision,
        "baseline_name_recall": base_recall,
        "texts_per_s": throughput(find_personal_data, texts, rounds),
        "baseline_texts_per_s": throughput(_CAPITALISED.findall, texts, rounds),
        "session_scan_dense_s": scans,
    }
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
