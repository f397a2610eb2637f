"""How long a 300-student session takes to export, next to the work it cannot avoid.

Builds a real session in a fresh database: 300 devices join through the classroom service,
answer the poll, send a reflection and a letter (600 texts of 300–2,000 characters, æøå
included), and the session ends. Then it times, several times each, in the same run:

- export: ``ExportService.export`` end to end (read, tables, zip, age encryption, write to
  a ``.partial`` file, fsync, rename, receipt, state), the target being under 1 s: with
  nothing scanned yet (a fresh runtime: the export counts open flags itself), and after
  the review scanned the texts, as in the app;
- review scan: ``ReviewService.open_flag_count`` over the same 600 texts, the first time
  and again (the service remembers each text's scan);
- baseline: the irreducible work: one plain ``sqlite3`` query of the same answers, the
  same texts written into an in-memory zip as one CSV, and the file written and fsynced.

    .venv/bin/python benchmarks/export.py [--students 300] [--runs 5] [--json]
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from belong_desktop.core.classroom import SaveRequest  # noqa: E402
from belong_desktop.services import crypto  # noqa: E402
from belong_desktop.services.runtime import Runtime, open_runtime  # noqa: E402

SENTENCE = (
    "jeg var bange for ikke at passe ind i starten og troede at alle andre havde styr på "
    "det men det viste sig at mange havde det på samme måde æble øre på år studiecafé "
    "forelæsning øvelser fredagsbar læsegruppe vejleder"
)
WORDS = SENTENCE.split(" ")


def text(rng: random.Random, low: int, high: int) -> str:
    length = rng.randint(low, high)
    out: list[str] = []
    while sum(len(w) + 1 for w in out) < length:
        out.append(rng.choice(WORDS))
    return " ".join(out)[:length]


def build_session(rt: Runtime, students: int) -> str:
    rng = random.Random(11)
    pack = rt.catalog.resolve("belonging")
    sid = rt.sessions.create(pack, "BENCH-1", "da")
    rt.sessions.start(sid)
    rt.classroom.open(sid)
    # Each device joins and its page loads (only then is it a participant).
    joins = [rt.classroom.join(sid, device_key=f"device-{n}") for n in range(students)]
    devices = [device for token, device in joins if rt.classroom.arrive(token) == device]
    if len(devices) != students:  # a benchmark of fewer students would print the wrong figure
        raise SystemExit(f"only {len(devices)} of {students} devices joined")

    def go_to(step_id: str) -> None:
        while pack.steps[rt.sessions.flow(sid).step_index or 0].id != step_id:
            rt.sessions.next(sid)

    go_to("poll")
    for i, device in enumerate(devices):
        rt.classroom.save(device, SaveRequest("poll", 1, submit=True, choice=i % 3))
    for step in ("reflection", "letter"):
        go_to(step)
        for device in devices:
            rt.classroom.save(
                device,
                SaveRequest(
                    step, 1, submit=True, text=text(rng, 300, 2000), share=step == "letter" or None
                ),
            )
    go_to("closing")
    rt.sessions.end(sid)
    return sid


def baseline(db_file: Path, sid: str, out: Path) -> None:
    con = sqlite3.connect(db_file)
    try:
        rows = con.execute(
            "SELECT participant_id, step_id, status, text, created_at, updated_at "
            "FROM answers WHERE session_id = ?",
            (sid,),
        ).fetchall()
    finally:
        con.close()
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("responses.csv", buffer.getvalue())
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, packed.getvalue())
        os.fsync(fd)
    finally:
        os.close(fd)


def timed(action: object, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=300)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true", help="one JSON object instead of text")
    args = parser.parse_args()
    say = sys.stderr if args.json else sys.stdout
    _identity, recipient = crypto.generate_identity()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db_file = folder / "belong.sqlite3"
        packs = [REPO / "assets" / "packs"]
        with open_runtime(db_file, packs) as rt:
            start = time.perf_counter()
            sid = build_session(rt, args.students)
            built = time.perf_counter() - start
            print(f"session of {args.students} students built in {built:.1f} s", file=say)
        cold_scan: list[float] = []
        cold_export: list[float] = []
        for _ in range(args.runs):  # a fresh runtime each time: nothing scanned yet
            with open_runtime(db_file, packs) as rt:
                cold_scan += timed(lambda: rt.review.open_flag_count(sid), 1)
            with open_runtime(db_file, packs) as rt:
                cold_export += timed(
                    lambda: rt.exports.export(sid, folder / "out", recipient, skip_review=True),
                    1,
                )
        with open_runtime(db_file, packs) as rt:
            flags = rt.review.open_flag_count(sid)  # as in the app: the review scanned first
            review = timed(lambda: rt.review.open_flag_count(sid), args.runs)
            export = timed(
                lambda: rt.exports.export(sid, folder / "out", recipient, skip_review=True),
                args.runs,
            )
        base = timed(lambda: baseline(db_file, sid, folder / "base.zip"), args.runs)
        sizes = [p.stat().st_size for p in (folder / "out").iterdir()]
        texts = args.students * 2
        if args.json:
            report = {
                "students": args.students,
                "texts": texts,
                "open_flags": flags,
                "bundle_kib": round(statistics.median(sizes) / 1024, 1),
                "export_cold_s": cold_export,
                "export_s": export,
                "scan_first_s": cold_scan,
                "scan_again_s": review,
                "baseline_s": base,
            }
            print(json.dumps(report))
            return 0
        print(
            f"texts: {texts}, open flags: {flags}, "
            f"bundle: {statistics.median(sizes) / 1024:.0f} KiB"
        )
        rows = (
            ("export, nothing scanned", cold_export),
            ("export after review", export),
            ("review scan, first", cold_scan),
            ("review scan, again", review),
            ("baseline", base),
        )
        for name, values in rows:
            print(
                f"{name:<24} median {statistics.median(values) * 1000:7.1f} ms   "
                f"max {max(values) * 1000:7.1f} ms"
            )
        for name, values in (("nothing scanned", cold_export), ("after review", export)):
            ratio = statistics.median(values) / statistics.median(base)
            verdict = "OK" if max(values) < 1.0 else "OVER TARGET"
            print(f"export {name} / baseline: {ratio:.1f}x; target < 1 s: {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
