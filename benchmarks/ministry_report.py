"""The ministry summary of a merged trial: `belong-desktop ministry report` on N sessions.

Makes the merged folder once (``tests/merged_factory.merge_csv_only``: N sessions made as
the export makes them, 30 devices and 60 responses each, one letter in fifty of 2,500
characters, over 40 institutions of different sizes, some below the minimum count, both
arms; the CSVs written by the merge's own code), then times only the report: each run is
a fresh child process that imports the module, reads and checks the CSVs, computes the
figures and renders and saves the PDF, as the command does. Target: under 10 s for 1,000
sessions. Next to it, what importing pandas alone costs in a fresh process (the summary
uses plain Python, so it never pays that).

    .venv/bin/python benchmarks/ministry_report.py [--sessions 1000] [--runs 3] [--json]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.bundle_factory import TEXTS  # noqa: E402
from tests.merged_factory import merge_csv_only  # noqa: E402

TARGET_S = 10.0
LONG_LETTER = ("Kære nye studerende på holdet. " * 90)[:2500]
REPORT_CHILD = """
import json, sys, time
started = time.perf_counter()
from pathlib import Path
from belong_desktop.services import merged_folder
from belong_desktop.services.reports import ministry_summary, pdf
imported = time.perf_counter()
summary = ministry_summary.read_summary(Path(sys.argv[1]))
computed = time.perf_counter()
data = ministry_summary.render(summary, "da", merged_folder.read_log(Path(sys.argv[1])))
rendered = time.perf_counter()
pdf.save(data, Path(sys.argv[2]))
done = time.perf_counter()
print(json.dumps({"import_s": imported - started, "read_and_compute_s": computed - imported,
                  "render_s": rendered - computed, "save_s": done - rendered,
                  "sessions": summary.sessions, "bytes": len(data)}))
"""
PANDAS_CHILD = "import time; t = time.perf_counter(); import pandas; print(time.perf_counter() - t)"


def sessions(count: int) -> list[dict[str, Any]]:
    """``count`` sessions over 40 institutions: institution k is drawn with weight k + 1,
    so the first ones have only a session or two and the last ones fifty (of 1,000)."""
    rng = random.Random(0)
    institutions = rng.choices(range(40), weights=[k + 1 for k in range(40)], k=count)
    plan: list[dict[str, Any]] = []
    for n, k in enumerate(institutions):
        texts = [TEXTS[(n + i) % len(TEXTS)] for i in range(60)]
        if n % 5 == 0:  # one letter in fifty (odd positions are letters) is long
            texts[1] = LONG_LETTER
        plan.append(
            {
                "seed": n,
                "participants": 30,
                "texts": texts,
                "group": (f"G{n:04d}", f"Institution {k:02d} Ærø", "Programme"),
                "arm": "treatment" if n % 2 else "control",
            }
        )
    return plan


def run_child(merged: Path, out: Path) -> dict[str, Any]:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", REPORT_CHILD, str(merged), str(out)],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
    )
    figures: dict[str, Any] = json.loads(done.stdout)
    figures["wall_s"] = time.perf_counter() - started
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true", help="one JSON object instead of text")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="belong-ministry-report-") as tmp:
        folder = Path(tmp)
        made = time.perf_counter()
        merged = merge_csv_only(folder / "merged", sessions(args.sessions))
        make_s = time.perf_counter() - made
        csv_mb = sum(p.stat().st_size for p in (merged / "csv").iterdir()) / 1024**2
        runs = [run_child(merged, folder / f"summary-{n}.pdf") for n in range(args.runs)]
        pages = subprocess.run(
            ["pdfinfo", str(folder / "summary-0.pdf")], capture_output=True, text=True
        ).stdout
    pandas_s = float(
        subprocess.run(
            [sys.executable, "-c", PANDAS_CHILD], capture_output=True, text=True, check=True
        ).stdout
    )
    walls = [r["wall_s"] for r in runs]
    report = {
        "sessions": args.sessions,
        "csv_mb": round(csv_mb, 1),
        "make_merged_s": round(make_s, 1),
        "wall_s": walls,
        "phases": runs,
        "pages": next(
            (int(x.split()[-1]) for x in pages.splitlines() if x.startswith("Pages:")), None
        ),
        "pandas_import_s": pandas_s,
        "target_s": TARGET_S,
    }
    if args.json:
        print(json.dumps(report))
        return 0
    median = statistics.median(walls)
    last = runs[-1]
    print(
        f"ministry report of {args.sessions:,} sessions ({csv_mb:.1f} MB of CSV, made in "
        f"{make_s:.0f} s): median {median:.2f} s over {args.runs} runs "
        f"(target < {TARGET_S:.0f} s: {'met' if median < TARGET_S else 'MISSED'}); "
        f"{report['pages']} pages\n"
        f"  last run: import {last['import_s']:.2f} s, read and compute "
        f"{last['read_and_compute_s']:.2f} s, render {last['render_s']:.2f} s, save "
        f"{last['save_s']:.3f} s\n"
        f"  for comparison, importing pandas alone: {pandas_s:.2f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
