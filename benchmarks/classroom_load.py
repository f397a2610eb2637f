"""A classroom of devices at once: 300 join, listen, and send a 2,000-character letter.

The issue's targets, on a 2-core machine over loopback: every device joins within 60 s,
all letters are sent within the same 10 s, none is lost or stored twice, the p99
acknowledgement is under 250 ms, and the app's GUI event loop never stalls more than
50 ms. Each variant runs as a fresh app process with a QApplication (offscreen unless
there is a display) and a 5 ms QTimer that records the largest gap between its ticks.
"belong-desktop" is the app as the counsellor runs it: a Runtime on a temporary data
directory, the real ControlWindow and projector window, and a ``belonging`` session
resumed at its ``letter`` step, so the window starts ``ClassroomHost`` (on 127.0.0.1) and
refreshes the class counts on its own timer. The baseline, measured in the same run, is a
bare FastAPI app on the same uvicorn runner, with the same Qt timer and a window whose
label shows counts refreshed the same way; its endpoints write the same rows with plain
``sqlite3`` (WAL, synchronous=FULL) and commit before answering. The goal is a p99 within
1.5x of it. The app is a process of its own (``_load_apps.py``), and so are the devices
(``_load_client.py``). After each run the SQLite file is checked: one submitted answer per
device, with exactly the text it sent.

    .venv/bin/python benchmarks/classroom_load.py [--devices 300] [--window 10] [--runs 1]
        [--mode both|spread|burst] [--transport raw|httpx] [--json]
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

CLIENT = Path(__file__).with_name("_load_client.py")
sys.path.insert(0, str(Path(__file__).parent))
from _load_apps import TICK_MS, VARIANTS, AppProcess, json_safe  # noqa: E402
from _load_client import letter_text  # noqa: E402

TARGET_P99_MS = 250.0
TARGET_GUI_MS = 50.0
TARGET_RATIO = 1.5
LABELS = {"ours": "belong-desktop", "baseline": "bare FastAPI"}


# ======================================================================================
# The driver: one app process and one devices process per variant and mode
# ======================================================================================


def run_variant(variant: str, mode: str, args: argparse.Namespace, tmp: Path) -> dict[str, Any]:
    data_dir = Path(tempfile.mkdtemp(prefix=f"{variant}-{mode}-", dir=tmp))
    app = AppProcess(
        variant,
        data_dir,
        args.devices,
        baseline_gc_freeze=args.baseline_gc_freeze,
        py_spy=args.py_spy,
        py_spy_bin=args.py_spy_bin,
    )
    try:
        ready = app.expect("READY", 120)
        machine_before = _machine_cpu()
        command = [sys.executable, str(CLIENT), "--url", ready["url"], "--code", ready["code"]]
        command += ["--devices", str(args.devices), "--join-window", str(args.join_window)]
        command += ["--window", str(args.window), "--mode", mode, "--transport", args.transport]
        command += ["--sse-share", str(args.sse_share), "--seed", str(args.seed)]
        command += ["--text-length", str(args.text_length)]
        done = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"the devices process failed:\n{done.stderr}")
        client: dict[str, Any] = json.loads(done.stdout)
        machine = _machine_cpu() - machine_before
        server = app.stop()
    except BaseException:
        app.kill()
        raise
    check = verify(Path(ready["database"]), client["devices_out"], args.text_length)
    result = summarise(variant, mode, client, server, check)
    # Whatever else ran meanwhile competed for the same cores: say how much it took.
    others = machine.busy - result["server_cpu_s"] - result["client_cpu_s"]
    result["others_cpu_share"] = max(0.0, others) / machine.total if machine.total else 0.0
    result["steal_share"] = machine.steal / machine.total if machine.total else 0.0
    return result


class _MachineCpu:
    """Busy, stolen and total CPU seconds of the whole machine (all cores), from /proc/stat."""

    def __init__(self, busy: float, steal: float, total: float) -> None:
        self.busy, self.steal, self.total = busy, steal, total

    def __sub__(self, other: _MachineCpu) -> _MachineCpu:
        return _MachineCpu(
            self.busy - other.busy, self.steal - other.steal, self.total - other.total
        )


def _machine_cpu() -> _MachineCpu:
    try:
        fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except (OSError, ValueError):
        return _MachineCpu(0.0, 0.0, 0.0)
    tick = os.sysconf("SC_CLK_TCK")
    user, nice, system, idle, iowait, irq, softirq, steal = (fields + [0] * 8)[:8]
    busy = user + nice + system + irq + softirq
    return _MachineCpu(busy / tick, steal / tick, (busy + idle + iowait + steal) / tick)


def verify(database: Path, devices: list[dict[str, Any]], length: int) -> dict[str, int]:
    """What the SQLite file holds for the letter step, against what each device sent."""
    conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        participants = conn.execute("SELECT count(*) FROM participants").fetchone()[0]
        rows = conn.execute(
            "SELECT participant_id, status, text, revision, share FROM answers "
            "WHERE step_id = 'letter'"
        ).fetchall()
        per_participant = conn.execute(
            "SELECT count(*) FROM answers WHERE step_id = 'letter' "
            "GROUP BY participant_id HAVING count(*) > 1"
        ).fetchall()
    finally:
        conn.close()
    stored = {pid: (status, text, revision, share) for pid, status, text, revision, share in rows}
    joined = [d for d in devices if d["participant_id"]]
    acked = [d for d in joined if d["http_status"] == 200]
    intact = 0
    lost = 0
    for d in acked:
        row = stored.get(d["participant_id"])
        expected = ("submitted", letter_text(d["index"], length), 1, 1)
        if row is not None and tuple(row) == expected:
            intact += 1
        else:
            lost += 1
    known = {d["participant_id"] for d in joined}
    return {
        "participant_rows": int(participants),
        "extra_participants": int(participants) - len(joined),
        "answer_rows": len(rows),
        "intact": intact,
        "lost": lost,  # acknowledged, but missing or different in the file
        "duplicates": sum(int(n) - 1 for (n,) in per_participant),
        "strangers": sum(1 for pid in stored if pid not in known),
        "submitted_rows": sum(1 for r in rows if r[1] == "submitted"),
    }


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile (p99 of 300 values is the 297th smallest)."""
    if not values:
        return math.nan
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def max_gap_ms(ticks: list[float], start: float, end: float) -> float:
    """The longest gap between consecutive timer ticks that ends inside [start, end]."""
    gaps = [b - a for a, b in itertools.pairwise(ticks) if start < b and a < end]
    return max(gaps, default=math.nan) * 1000


def summarise(
    variant: str, mode: str, client: dict[str, Any], server: dict[str, Any], check: dict[str, int]
) -> dict[str, Any]:
    devices = client["devices_out"]
    t = client["times"]
    ticks = server["ticks"]
    acks = [d["ack_ms"] for d in devices if d["ack_ms"] is not None and d["http_status"] == 200]
    joins = [d["join_ms"] for d in devices if d["join_ms"] is not None]
    first_events = [d["sse_first_ms"] for d in devices if d["sse_first_ms"] is not None]
    # Join to the first state on the device's event stream: when its page can show the step.
    join_to_state = [
        d["join_ms"] + d["sse_first_ms"]
        for d in devices
        if d["join_ms"] is not None and d["sse_first_ms"] is not None
    ]
    sends = [d["send_started"] for d in devices if d["send_started"] is not None]
    busy = max(t["send_end"] - min(sends), 1e-9) if sends else math.nan

    def in_load(at: float) -> bool:
        return bool(t["join_start"] <= at <= t["send_end"] + 0.2)

    n = len(devices)
    load_pauses = [p for p in server["gc_pauses"] if in_load(p[0])]
    return {
        "variant": variant,
        "mode": mode,
        "devices": n,
        "joined": sum(1 for d in devices if d["participant_id"]),
        "acked": len(acks),
        "unacked": n - len(acks),
        "lost": check["lost"] + (n - len(acks)),
        "duplicates": check["duplicates"]
        + check["strangers"]
        + max(0, check["extra_participants"]),
        "check": check,
        "join_s": t["join_end"] - t["join_start"],
        "join_p99_ms": percentile(joins, 99),
        "sse_streams": sum(1 for d in devices if d["sse_first_ms"] is not None),
        "sse_first_p99_ms": percentile(first_events, 99),
        "join_state_p50_ms": percentile(join_to_state, 50),
        "join_state_p99_ms": percentile(join_to_state, 99),
        "send_window_s": (max(sends) - min(sends)) if sends else math.nan,
        "ack_window_s": busy,
        "p50_ms": percentile(acks, 50),
        "p95_ms": percentile(acks, 95),
        "p99_ms": percentile(acks, 99),
        "max_ms": max(acks, default=math.nan),
        "throughput": len(acks) / busy if sends else math.nan,
        "retries": sum(max(0, d["attempts"] - 1) for d in devices)
        + sum(max(0, d["join_attempts"] - 1) for d in devices),
        "reconnects": sum(d["reconnects"] for d in devices),
        "errors": client["errors"],
        "gui_idle_ms": max_gap_ms(ticks, ticks[0], t["join_start"]) if ticks else math.nan,
        "gui_join_ms": max_gap_ms(ticks, t["join_start"], t["send_start"]),
        "gui_send_ms": max_gap_ms(ticks, t["send_start"], t["send_end"] + 0.2),
        "gui_gaps_over_50": sum(
            1
            for a, b in itertools.pairwise(ticks)
            if b - a > TARGET_GUI_MS / 1000 and t["join_start"] < b and a < t["send_end"] + 0.2
        ),
        "gui_worst": _worst_gaps(ticks, server["gc_pauses"], t),
        "gc_max_ms": max((p[2] for p in server["gc_pauses"] if in_load(p[0])), default=0) * 1000,
        "gc_max_cpu_ms": max((p[3] for p in server["gc_pauses"] if in_load(p[0])), default=0)
        * 1000,
        "gc_worst": [
            f"gen{p[1]} {p[2] * 1000:.0f} ms (cpu {p[3] * 1000:.0f})"
            for p in sorted(load_pauses, key=lambda p: -p[2])[:3]
        ],
        "gc_gen1": sum(1 for p in server["gc_pauses"] if p[1] == 1 and in_load(p[0])),
        "gc_gen2": sum(1 for p in server["gc_pauses"] if p[1] == 2 and in_load(p[0])),
        "gc_tracked": server["gc_tracked"],
        "gc_frozen": server["gc_frozen"],
        "gui_events": server["gui_events"],
        "gui_refreshes": server["refreshes"],
        "gui_refresh_max_ms": server["refresh_max_ms"],
        "gui_refresh_mean_ms": server["refresh_mean_ms"],
        "gui_counts": server["gui_counts"],
        "server_cpu_s": server["cpu_s"],
        "server_cpu_per_device_ms": server["cpu_s"] * 1000 / n if n else math.nan,
        # The GUI stall: the longest gap between ticks under load, less the tick itself.
        "gui_stall_ms": max(max_gap_ms(ticks, t["join_start"], t["send_end"] + 0.2) - TICK_MS, 0.0),
        "server_threads_cpu_s": server["threads_cpu_s"],
        "client_cpu_s": client["cpu_s"],
        "client_loop_lag_ms": client["loop_max_lag_ms"],
        "client_start_late_ms": client["send_start_late_max_ms"],
        "load_s": t["send_end"] - t["join_start"],
    }


def _worst_gaps(
    ticks: list[float], pauses: list[list[float]], t: dict[str, float], count: int = 3
) -> list[str]:
    """The longest GUI gaps of the load: when (s after the first join), how long, and
    how much of it the garbage collector took."""
    end = t["send_end"] + 0.2
    gaps = [(b - a, a, b) for a, b in itertools.pairwise(ticks) if t["join_start"] < b and a < end]
    out = []
    for gap, a, b in sorted(gaps, reverse=True)[:count]:
        # The overlap: the collector's own "stop" callback may run just after the tick.
        gc_s = sum(max(0.0, min(b, p[0]) - max(a, p[0] - p[2])) for p in pauses)
        phase = "send" if b >= t["send_start"] else "join"
        out.append(
            f"{gap * 1000:.0f} ms at {a - t['join_start']:.2f} s ({phase}, gc {gc_s * 1000:.0f})"
        )
    return out


# -- the report -----------------------------------------------------------------------


def _median(results: Iterable[dict[str, Any]], key: str) -> float:
    values = [r[key] for r in results if not math.isnan(r[key])]
    return statistics.median(values) if values else math.nan


def report(results: list[dict[str, Any]], args: argparse.Namespace) -> None:
    print(
        f"devices: {args.devices}   joins over {args.join_window:g} s   letters over "
        f"{args.window:g} s (spread) or at once (burst)   {args.text_length} characters"
    )
    print(
        f"transport: {args.transport}   event streams: {args.sse_share:.0%} of devices   "
        f"runs: {args.runs}   CPUs: {os.cpu_count()}   GUI tick: {TICK_MS} ms"
    )
    if args.baseline_gc_freeze:
        print("baseline: gc.collect() + gc.freeze() after start-up, as belong-desktop does")
    rows: list[tuple[str, Callable[[dict[str, Any]], str]]] = [
        ("joined / acked / intact", lambda r: f"{r['joined']}/{r['acked']}/{r['check']['intact']}"),
        ("lost / duplicates", lambda r: f"{r['lost']} / {r['duplicates']}"),
        ("retries / reconnects", lambda r: f"{r['retries']} / {r['reconnects']}"),
        ("join duration (s)", lambda r: f"{r['join_s']:.2f}"),
        ("join p99 (ms)", lambda r: f"{r['join_p99_ms']:.0f}"),
        ("join -> state p99 (ms)", lambda r: f"{r['join_state_p99_ms']:.0f}"),
        ("streams open / first p99", lambda r: f"{r['sse_streams']} / {r['sse_first_p99_ms']:.0f}"),
        ("send window (s)", lambda r: f"{r['send_window_s']:.2f}"),
        ("ack p50 (ms)", lambda r: f"{r['p50_ms']:.1f}"),
        ("ack p95 (ms)", lambda r: f"{r['p95_ms']:.1f}"),
        ("ack p99 (ms)", lambda r: f"{r['p99_ms']:.1f}"),
        ("ack max (ms)", lambda r: f"{r['max_ms']:.1f}"),
        ("throughput (acks/s)", lambda r: f"{r['throughput']:.1f}"),
        (
            "GUI max gap idle/join/send",
            lambda r: f"{r['gui_idle_ms']:.0f}/{r['gui_join_ms']:.0f}/{r['gui_send_ms']:.0f}",
        ),
        ("GUI gaps > 50 ms", lambda r: str(r["gui_gaps_over_50"])),
        (
            "GC max (ms) cpu/gen1/gen2",
            lambda r: (
                f"{r['gc_max_ms']:.0f} {r['gc_max_cpu_ms']:.0f}/{r['gc_gen1']}/{r['gc_gen2']}"
            ),
        ),
        (
            "GC tracked / frozen (k)",
            lambda r: f"{r['gc_tracked'] / 1000:.0f} / {r['gc_frozen'] / 1000:.0f}",
        ),
        (
            "counts() n / max (ms)",
            lambda r: f"{r['gui_refreshes']} / {r['gui_refresh_max_ms']:.1f}",
        ),
        (
            "GUI final joined/sent",
            lambda r: f"{r['gui_counts']['joined']}/{r['gui_counts']['submitted']}",
        ),
        ("app CPU (s)", lambda r: f"{r['server_cpu_s']:.2f}"),
        ("app CPU per device (ms)", lambda r: f"{r['server_cpu_per_device_ms']:.1f}"),
        (
            "others' CPU / steal",
            lambda r: f"{r['others_cpu_share']:.0%} / {r['steal_share']:.0%}",
        ),
        (
            "devices CPU (s) / lag",
            lambda r: f"{r['client_cpu_s']:.2f} / {r['client_loop_lag_ms']:.0f}",
        ),
    ]
    for mode in args.modes:
        for run in range(args.runs):
            ours = _pick(results, "ours", mode, run)
            base = _pick(results, "baseline", mode, run)
            print()
            print(f"{mode}, run {run + 1}{'':13}{LABELS['ours']:>16}{LABELS['baseline']:>16}")
            for label, cell in rows:
                print(f"  {label:27}{cell(ours):>16}{cell(base):>16}")
            print(f"  {'app CPU by thread (s)':27}{_threads(ours['server_threads_cpu_s'])}")
            print(f"  {'':27}{_threads(base['server_threads_cpu_s'])} (baseline)")
            for r in (ours, base):
                print(f"  worst GUI gaps ({LABELS[r['variant']]}): {'; '.join(r['gui_worst'])}")
                print(f"  longest collections: {'; '.join(r['gc_worst'])}")
            for r in (ours, base):
                if r["errors"]:
                    print(f"  errors ({LABELS[r['variant']]}): {r['errors']}")
    print()
    for mode in args.modes:
        ours_runs = [r for r in results if r["variant"] == "ours" and r["mode"] == mode]
        base_runs = [r for r in results if r["variant"] == "baseline" and r["mode"] == mode]
        p99_ratio = _median(ours_runs, "p99_ms") / _median(base_runs, "p99_ms")
        tput_ratio = _median(ours_runs, "throughput") / _median(base_runs, "throughput")
        print(
            f"{mode}: ours/baseline (median of {args.runs}): p99 {p99_ratio:.2f}x, "
            f"throughput {tput_ratio:.2f}x   (goal: p99 within {TARGET_RATIO}x)"
        )
    busiest = max(r["others_cpu_share"] + r["steal_share"] for r in results)
    if busiest > 0.1:
        print(
            f"WARNING: other processes (or the hypervisor) took up to {busiest:.0%} of the "
            "machine's CPU during a run; the figures are not clean. Run again on a quiet machine."
        )
    spread = [r for r in results if r["variant"] == "ours" and r["mode"] == "spread"]
    if spread:
        worst_p99 = max(r["p99_ms"] for r in spread)
        worst_gui = max(max(r["gui_join_ms"], r["gui_send_ms"]) for r in spread)
        lost = sum(r["lost"] for r in spread)
        dups = sum(r["duplicates"] for r in spread)
        joins = max(r["join_s"] for r in spread)
        print("targets for belong-desktop, spread mode (worst run):")
        print(f"  zero lost, zero duplicates:   {_met(lost == 0 and dups == 0)} ({lost}, {dups})")
        print(f"  all joined within 60 s:       {_met(joins < 60)} ({joins:.1f} s)")
        print(
            f"  p99 ack < {TARGET_P99_MS:.0f} ms:           {_met(worst_p99 < TARGET_P99_MS)}"
            f" ({worst_p99:.0f} ms)"
        )
        print(
            f"  GUI never stalls > {TARGET_GUI_MS:.0f} ms:    {_met(worst_gui <= TARGET_GUI_MS)}"
            f" ({worst_gui:.0f} ms)"
        )
        base_spread = [r for r in results if r["variant"] == "baseline" and r["mode"] == "spread"]
        ratio = _median(spread, "p99_ms") / _median(base_spread, "p99_ms")
        print(
            f"  p99 within {TARGET_RATIO}x of the baseline: {_met(ratio <= TARGET_RATIO)}"
            f" ({ratio:.2f}x)"
        )


def _pick(results: list[dict[str, Any]], variant: str, mode: str, run: int) -> dict[str, Any]:
    matching = [r for r in results if r["variant"] == variant and r["mode"] == mode]
    return matching[run]


def _threads(cpu: dict[str, float]) -> str:
    order = ["GUI thread", "uvicorn loop", "request threads", "writer", "other"]
    return "  ".join(f"{k} {cpu[k]:.2f}" for k in order if k in cpu)


def _met(ok: bool) -> str:
    return "met" if ok else "NOT met"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devices", type=int, default=300)
    parser.add_argument("--window", type=float, default=10.0, help="letters spread over (s)")
    parser.add_argument("--join-window", type=float, default=5.0, help="joins spread over (s)")
    parser.add_argument("--mode", choices=("both", "spread", "burst"), default="both")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--transport", choices=("raw", "httpx"), default="raw")
    parser.add_argument("--sse-share", type=float, default=1.0, help="devices with a stream")
    parser.add_argument("--text-length", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--tmp", help="where the databases go (default: the system temp dir)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument(
        "--baseline-gc-freeze",
        action="store_true",
        help="give the baseline the gc.collect() + gc.freeze() after start-up that "
        "belong-desktop does, to compare GUI stalls like for like",
    )
    parser.add_argument("--py-spy", metavar="DIR", help="record each app process with py-spy")
    parser.add_argument("--py-spy-bin", default=str(Path(sys.executable).with_name("py-spy")))
    args = parser.parse_args()
    args.modes = ["spread", "burst"] if args.mode == "both" else [args.mode]
    results: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="classroom-load-", dir=args.tmp) as tmp:
        for run in range(args.runs):
            for mode in args.modes:
                # Alternate which variant goes first, so neither always gets a warm machine.
                order = VARIANTS if run % 2 == 0 else VARIANTS[::-1]
                for variant in order:
                    results.append(run_variant(variant, mode, args, Path(tmp)))
    results.sort(key=lambda r: (r["mode"], r["variant"]))  # stable: runs stay in order
    if args.json:
        out = {"args": _args_dict(args), "results": json_safe(results)}
        json.dump(out, sys.stdout, indent=1, allow_nan=False)
        print()
    else:
        report(results, args)
    return 0


def _args_dict(args: argparse.Namespace) -> dict[str, Any]:
    skip = {"py_spy_bin"}
    return {k: v for k, v in vars(args).items() if k not in skip}


if __name__ == "__main__":
    sys.exit(main())
