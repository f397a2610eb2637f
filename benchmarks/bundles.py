"""The ministry's merge of a trial's bundles, and decryption next to the age CLI.

Makes N session bundles (default 1,000) the way the export makes them
(``tests/bundle_factory.py``: 30 devices, 60 responses, every table filled; one letter
in fifty is 2,500 characters, so the Stata files need strL as real letters will), then:

* merge: ``services.merge.merge_bundles`` in a fresh child process per run, as
  ``belong-desktop ministry merge`` runs it; wall time, CPU time and the child's peak
  RSS (``wait4``'s ``ru_maxrss``). Targets: under 30 s and under 1 GB for 1,000 bundles.
  Baseline in the same run: a shell loop of ``age -d`` over the same files, which only
  decrypts.
* decryption: our ``crypto.decrypt`` (read the file, decrypt in memory) next to the
  ``age`` CLI on the same files: the 1,000 bundles (per-file cost) and one 64 MiB file
  (raw throughput).

    .venv/bin/python benchmarks/bundles.py [--bundles 1000] [--runs 3] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from belong_desktop.services import crypto  # noqa: E402
from tests.bundle_factory import TEXTS, write_bundle  # noqa: E402

MERGE_CHILD = """
import json, sys, time
started = time.perf_counter()
from pathlib import Path
from belong_desktop.services import crypto, merge
identities = crypto.load_identities(Path(sys.argv[1]))
result = merge.merge_bundles([Path(sys.argv[2])], identities, Path(sys.argv[3]))
print(json.dumps({"wall": time.perf_counter() - started, "merged": len(result.merged),
                  "phases": result.seconds, "rows": result.row_counts}))
"""
LONG_LETTER = ("Kære nye studerende på holdet. " * 90)[:2500]


def make_bundles(folder: Path, recipient: str, count: int) -> None:
    for n in range(count):
        texts = [TEXTS[(n + i) % len(TEXTS)] for i in range(60)]
        if n % 5 == 0:  # one letter in fifty (odd positions are letters) is long
            texts[1] = LONG_LETTER
        write_bundle(
            folder,
            recipient,
            seed=n,
            participants=30,
            texts=texts,
            group=(f"G{n % 250:03d}", f"Institution {n % 12}", f"Programme {n % 5}"),
            arm="treatment" if n % 2 else "control",
        )


class MachineCpu:
    """Busy and total CPU seconds of the whole machine, from /proc/stat (Linux)."""

    def __init__(self) -> None:
        try:
            fields = [int(x) for x in Path("/proc/stat").read_text().split("\n")[0].split()[1:]]
        except OSError:
            fields = [0] * 8
        tick = os.sysconf("SC_CLK_TCK")
        user, nice, system, idle, iowait, irq, softirq, steal = (fields + [0] * 8)[:8]
        self.busy = (user + nice + system + irq + softirq + steal) / tick
        self.total = (user + nice + system + idle + iowait + irq + softirq + steal) / tick


def run_child(args: list[str]) -> tuple[dict[str, Any], float, float, float]:
    """The merge in a child: its report, wall s, CPU s, peak RSS in MB."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", MERGE_CHILD, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(REPO)),
    )
    assert proc.stdout is not None
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"the merge child failed ({proc.returncode})")
    return json.loads(out), wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def age_decrypt_all(key: Path, files: list[Path]) -> float:
    """A shell loop of ``age -d`` over the files: the baseline."""
    started = time.perf_counter()
    for path in files:
        subprocess.run(
            ["age", "-d", "-i", str(key), "-o", os.devnull, str(path)], check=True, timeout=60
        )
    return time.perf_counter() - started


def ours_decrypt_all(key: Path, files: list[Path]) -> float:
    identities = crypto.load_identities(key)
    started = time.perf_counter()
    for path in files:
        crypto.decrypt(path.read_bytes(), identities)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundles", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true", help="one JSON object instead of text")
    args = parser.parse_args()
    if shutil.which("age") is None:
        print("needs the age CLI (Debian package age)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        key = root / "ministry.key"
        text, recipient = crypto.generate_identity()
        key.write_text(text)
        key.chmod(0o600)
        inbox = root / "inbox"
        made = time.perf_counter()
        make_bundles(inbox, recipient, args.bundles)
        made = time.perf_counter() - made
        files = sorted(inbox.iterdir())
        size_mb = sum(p.stat().st_size for p in files) / 1e6

        before = MachineCpu()
        merges = []
        for run in range(args.runs):
            merges.append(run_child([str(key), str(inbox), str(root / f"out{run}")]))
        after = MachineCpu()
        ours_cpu = sum(m[2] for m in merges)
        busy = after.busy - before.busy
        others = max(0.0, busy - ours_cpu) / max(after.total - before.total, 1e-9)

        age_loop = statistics.median(age_decrypt_all(key, files) for _ in range(args.runs))
        ours_loop = statistics.median(ours_decrypt_all(key, files) for _ in range(args.runs))

        big = root / "big.age"
        big.write_bytes(crypto.encrypt(os.urandom(64 * 1024 * 1024), recipient))
        age_big = statistics.median(age_decrypt_all(key, [big]) for _ in range(args.runs))
        ours_big = statistics.median(ours_decrypt_all(key, [big]) for _ in range(args.runs))

    walls = [m[1] for m in merges]
    report: dict[str, Any] = {
        "bundles": args.bundles,
        "bundles_mb": round(size_mb, 2),
        "made_s": round(made, 1),
        "runs": args.runs,
        "merge_wall_s": [round(w, 2) for w in walls],
        "merge_cpu_s": [round(m[2], 2) for m in merges],
        "merge_peak_rss_mb": [round(m[3]) for m in merges],
        "merge_phases_s": [m[0]["phases"] for m in merges],
        "rows": merges[0][0]["rows"],
        "age_loop_s": round(age_loop, 2),
        "ours_loop_s": round(ours_loop, 2),
        "age_64mib_s": round(age_big, 3),
        "ours_64mib_s": round(ours_big, 3),
        "others_cpu_share": round(others, 3),
    }
    if args.json:
        print(json.dumps(report))
        return 0
    wall, rss = statistics.median(walls), max(m[3] for m in merges)
    phases = merges[walls.index(sorted(walls)[len(walls) // 2])][0]["phases"]
    n = args.bundles
    print(
        f"bundles: {n} ({size_mb:.1f} MB), 60 responses and 30 devices each; made in {made:.0f} s"
    )
    print(f"rows merged: {report['rows']}")
    print(f"merge, median of {args.runs} fresh processes:")
    cpu = statistics.median(m[2] for m in merges)
    print(f"  wall {wall:.1f} s (all: {', '.join(f'{w:.1f}' for w in walls)}), CPU {cpu:.1f} s")
    print(f"  peak RSS {rss:.0f} MB (the largest of the runs)")
    print("  phases: " + ", ".join(f"{k} {v:.1f} s" for k, v in phases.items()))
    print(f"  target under 30 s and 1 GB: {'met' if wall < 30 and rss < 1024 else 'NOT met'}")
    print(f"age -d over the same files, one process each (baseline): {age_loop:.1f} s")
    print(f"  the merge takes {wall / age_loop:.2f}x the time a shell loop needs to decrypt")
    print(
        f"decrypting the {n} bundles in-process: {ours_loop:.2f} s ({n / ours_loop:,.0f} files/s)"
        f" vs age {age_loop:.2f} s ({n / age_loop:,.0f} files/s): {age_loop / ours_loop:.1f}x"
    )
    print(
        f"decrypting one 64 MiB file: ours {ours_big:.3f} s ({64 / ours_big:,.0f} MiB/s), "
        f"age {age_big:.3f} s ({64 / age_big:,.0f} MiB/s): ratio {ours_big / age_big:.2f}x"
    )
    print(f"other processes' share of the machine's CPU during the merges: {others:.0%}")
    if others > 0.1:
        print("  warning: other work took CPU during the runs; these figures are not clean")
    return 0


if __name__ == "__main__":
    sys.exit(main())
