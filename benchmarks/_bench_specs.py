"""What ``run_all.py`` runs and what it makes of each benchmark's JSON: the figures.

One ``Bench`` per benchmark: its command lines (each prints one JSON document with
``--json``), and a collector that turns the JSON into ``Figure`` rows (the runs' values,
the baseline's from the same run, the target and its check) in a ``Section`` of
``docs/benchmarks.md``. A new benchmark is one script with ``--json`` and one entry in
``BENCHES``. Runs in the driver process only.
"""

from __future__ import annotations

import argparse
import math
import statistics
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
PYTHON = sys.executable


# ======================================================================================
# Figures: what each benchmark's JSON becomes
# ======================================================================================


@dataclass
class Figure:
    """One line of a section's table: the runs' values, the baseline's, and the target."""

    name: str
    unit: str
    values: list[float]
    baseline: list[float] | None = None
    target: str = ""
    #: Given the median and the baseline's median: met or not (None: no target).
    check: Callable[[float, float | None], bool] | None = None
    digits: int = 1

    @property
    def median(self) -> float:
        clean = [v for v in self.values if v is not None and not math.isnan(v)]
        return statistics.median(clean) if clean else math.nan

    @property
    def baseline_median(self) -> float | None:
        if not self.baseline:
            return None
        clean = [v for v in self.baseline if v is not None and not math.isnan(v)]
        return statistics.median(clean) if clean else math.nan

    @property
    def ratio(self) -> float | None:
        base = self.baseline_median
        if base is None or math.isnan(base) or base == 0:
            return None
        return self.median / base

    @property
    def passed(self) -> bool | None:
        if self.check is None:
            return None
        if math.isnan(self.median):
            return False
        return self.check(self.median, self.baseline_median)


@dataclass
class Section:
    key: str
    title: str
    about: str
    figures: list[Figure] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    error: str | None = None
    seconds: float = 0.0


def at_most(limit: float) -> Callable[[float, float | None], bool]:
    return lambda value, _base: value <= limit


def at_least(limit: float) -> Callable[[float, float | None], bool]:
    return lambda value, _base: value >= limit


def within(times: float, floor: float = 0.0) -> Callable[[float, float | None], bool]:
    """At most ``times`` the baseline's median (a baseline below ``floor`` counts as it)."""
    return lambda value, base: base is not None and value <= times * max(base, floor)


# ======================================================================================
# The benchmarks: how each runs, and what its JSON says
# ======================================================================================


@dataclass
class Bench:
    key: str
    title: str
    about: str
    command: Callable[[argparse.Namespace], list[list[str]]]
    collect: Callable[[list[Any], argparse.Namespace, Section], None]
    timeout_s: float = 3600


def _script(name: str, *args: object) -> list[str]:
    return [PYTHON, str(HERE / name), *map(str, args)]


def _load_commands(args: argparse.Namespace) -> list[list[str]]:
    return [
        _script(
            "classroom_load.py", "--devices", n, "--runs", args.runs, "--mode", "spread", "--json"
        )
        for n in args.devices
    ]


def _load_collect(outputs: list[Any], args: argparse.Namespace, section: Section) -> None:
    for devices, out in zip(args.devices, outputs, strict=True):
        ours = [r for r in out["results"] if r["variant"] == "ours"]
        base = [r for r in out["results"] if r["variant"] == "baseline"]

        def col(rows: list[dict[str, Any]], key: str) -> list[float]:
            return [math.nan if r[key] is None else float(r[key]) for r in rows]

        n = f"{devices:,}"
        section.figures += [
            Figure(f"{n}: ack p50", "ms", col(ours, "p50_ms"), col(base, "p50_ms")),
            Figure(
                f"{n}: ack p99",
                "ms",
                col(ours, "p99_ms"),
                col(base, "p99_ms"),
                *(("≤ 1.5× baseline", within(1.5)) if devices >= 1000 else ("", None)),
            ),
            Figure(f"{n}: lost", "", col(ours, "lost"), col(base, "lost"), "0", at_most(0), 0),
            Figure(
                f"{n}: duplicates",
                "",
                col(ours, "duplicates"),
                col(base, "duplicates"),
                "0",
                at_most(0),
                0,
            ),
            Figure(
                f"{n}: join → first state p99",
                "ms",
                col(ours, "join_state_p99_ms"),
                col(base, "join_state_p99_ms"),
                "≤ 2× baseline",
                within(2.0),
                0,
            ),
            Figure(
                f"{n}: server CPU per device",
                "ms",
                col(ours, "server_cpu_per_device_ms"),
                col(base, "server_cpu_per_device_ms"),
                "≤ 2.5× baseline",
                within(2.5),
                2,
            ),
            Figure(
                f"{n}: GUI stall while ingesting",
                "ms",
                col(ours, "gui_stall_ms"),
                col(base, "gui_stall_ms"),
                "≤ 50 ms",
                at_most(50),
                0,
            ),
        ]
        busy = max((r["others_cpu_share"] + r["steal_share"] for r in out["results"]), default=0)
        section.notes.append(
            f"{n} devices: other processes and steal took up to {busy:.0%} of the machine's "
            f"CPU during a run; every device opened an event stream "
            f"({min(r['sse_streams'] for r in ours)} of {devices} streams got their first "
            "state); the devices process's own event loop lagged up to "
            f"{max(r['client_loop_lag_ms'] for r in out['results']):.0f} ms (above a few tens "
            "of ms the client, not only the app, sets the latencies); requests retried "
            f"after a 5xx or a network error: {max(r['retries'] for r in ours)} (app), "
            f"{max(r['retries'] for r in base)} (baseline)."
        )


def _next_commands(args: argparse.Namespace) -> list[list[str]]:
    return [_script("next_visible.py", "--devices", 300, "--runs", args.runs, "--json")]


def _next_collect(outputs: list[Any], _args: argparse.Namespace, section: Section) -> None:
    runs = outputs[0]["runs"]
    section.figures += [
        Figure("next → visible p50", "ms", [r["p50_ms"] for r in runs], digits=0),
        Figure(
            "next → visible p99",
            "ms",
            [r["p99_ms"] for r in runs],
            None,
            "≤ 1000 ms",
            at_most(1000),
            0,
        ),
        Figure(
            "devices that missed a step", "", [r["missed"] for r in runs], None, "0", at_most(0), 0
        ),
    ]
    video = runs[0]["video"]
    section.notes.append(
        f"{runs[0]['samples']} arrivals per run (every device, every step from the first "
        f"video to the closing); video backend {video.get('video_backend')}; the devices' "
        "own event loop, where arrivals are timed, ran late by up to "
        f"{max(r.get('client_loop_lag_ms', 0) for r in runs):.0f} ms."
    )


def _memory_collect(outputs: list[Any], _args: argparse.Namespace, section: Section) -> None:
    runs = outputs[0]["runs"]

    def mem(rows: list[dict[str, Any]], key: str) -> list[float]:
        return [float(r.get(key, math.nan)) for r in rows]

    ours = [r["memory"] for r in runs]
    base = [r["baseline_memory"] for r in runs]
    section.figures += [
        Figure(
            "RSS, video playing, 300 devices",
            "MB",
            mem(ours, "rss_mb"),
            mem(base, "rss_mb"),
            digits=0,
        ),
        Figure(
            "PSS, video playing, 300 devices",
            "MB",
            mem(ours, "pss_mb"),
            mem(base, "pss_mb"),
            digits=0,
        ),
        Figure("peak RSS", "MB", mem(ours, "vmhwm_mb"), mem(base, "vmhwm_mb"), digits=0),
    ]
    playing = [bool(r["video"].get("video_playing")) for r in runs]
    video = runs[0]["video"]
    section.notes.append(
        f"video playing while measured: {sum(playing)} of {len(playing)} runs "
        f"({video.get('video_backend')}, at {video.get('video_position_s') or 0:.1f} s); "
        "baseline: the bare FastAPI + SQLite app under a plain Qt window with the same 300 "
        "event streams, no video."
    )


def _startup_commands(args: argparse.Namespace) -> list[list[str]]:
    return [_script("startup.py", "--runs", max(3, args.runs * 2 + 1), "--json")]


def _startup_collect(outputs: list[Any], _args: argparse.Namespace, section: Section) -> None:
    out = outputs[0]
    section.figures.append(
        Figure(
            "start → control window visible",
            "s",
            out["app_s"],
            out["bare_s"],
            "≤ 3× bare window",
            within(3.0),
            3,
        )
    )
    section.figures.append(
        Figure("CPU time to the window visible", "s", out["app_cpu_s"], out["bare_cpu_s"], digits=3)
    )
    heavy = ", ".join(out["imported_before_visible"]) or "none of them"
    section.notes.append(
        f"{out['runs']} starts of each, interleaved; the CPU time moves less with other "
        "processes' load than the wall time; imported before the window showed "
        f"(of SQLAlchemy, Alembic, FastAPI, uvicorn, libVLC): {heavy}."
    )


def _keepalive_commands(args: argparse.Namespace) -> list[list[str]]:
    return [_script("keepalive.py", "--runs", args.runs, "--json")]


def _keepalive_collect(outputs: list[Any], _args: argparse.Namespace, section: Section) -> None:
    out = outputs[0]
    bare = [r["bare"] for r in out["runs"]]
    for path in out["paths"]:
        section.figures.append(
            Figure(
                f"GET {path} on a reused connection",
                "ms",
                [r[path] for r in out["runs"]],
                bare,
                "≤ 10× bare uvicorn",
                within(10.0, floor=2.0),
                2,
            )
        )


def _export_commands(args: argparse.Namespace) -> list[list[str]]:
    return [_script("export.py", "--runs", max(3, args.runs + 2), "--json")]


def _export_collect(outputs: list[Any], _args: argparse.Namespace, section: Section) -> None:
    out = outputs[0]
    base = out["baseline_s"]
    section.figures += [
        Figure(
            "export, nothing scanned yet",
            "s",
            out["export_cold_s"],
            base,
            "< 1 s",
            lambda v, _b: v < 1.0,
            3,
        ),
        Figure(
            "export after the review", "s", out["export_s"], base, "< 1 s", lambda v, _b: v < 1.0, 3
        ),
        Figure("personal-data scan, first", "s", out["scan_first_s"], digits=3),
        Figure("personal-data scan, again", "s", out["scan_again_s"], digits=3),
    ]
    section.notes.append(
        f"{out['students']} students, {out['texts']} texts; bundle {out['bundle_kib']:.0f} KiB;"
        " baseline: one sqlite3 query, one CSV in a zip, one fsynced write."
    )


def _booklet_commands(args: argparse.Namespace) -> list[list[str]]:
    return [_script("booklet.py", "--runs", max(3, args.runs), "--json")]


def _booklet_collect(outputs: list[Any], _args: argparse.Namespace, section: Section) -> None:
    out = outputs[0]
    section.figures.append(
        Figure(
            f"{out['letters']}-letter booklet, built",
            "s",
            out["build_s"],
            target=f"< {out['target_s']:.0f} s",
            check=lambda v, _b: v < out["target_s"],
            digits=2,
        )
    )
    section.notes.append(f"PDF {out['pdf_kib']:.0f} KiB; no baseline (the issue's target).")


def _personal_commands(args: argparse.Namespace) -> list[list[str]]:
    return [_script("personal_data.py", "--rounds", 8 if args.quick else 20, "--json")]


def _personal_collect(outputs: list[Any], _args: argparse.Namespace, section: Section) -> None:
    out = outputs[0]
    section.figures += [
        Figure("precision, all kinds", "", [out["precision"]], None, "≥ 0.95", at_least(0.95), 3),
        Figure("recall, all kinds", "", [out["recall"]], None, "≥ 0.95", at_least(0.95), 3),
        Figure(
            "name precision (baseline: capitalised words)",
            "",
            [out["name_precision"]],
            [out["baseline_name_precision"]],
            digits=3,
        ),
        Figure(
            "texts per second", "/s", [out["texts_per_s"]], [out["baseline_texts_per_s"]], digits=0
        ),
        Figure(
            "review scan, 600 texts × 2,000 characters",
            "s",
            out["session_scan_dense_s"],
            None,
            "< 1 s",
            lambda v, _b: v < 1.0,
            2,
        ),
    ]


def _bundles_commands(args: argparse.Namespace) -> list[list[str]]:
    return [_script("bundles.py", "--bundles", args.bundles, "--runs", args.runs, "--json")]


def _bundles_collect(outputs: list[Any], args: argparse.Namespace, section: Section) -> None:
    out = outputs[0]
    full = args.bundles >= 1000
    age = [out["age_loop_s"]]
    section.figures += [
        Figure(
            f"merge of {args.bundles:,} bundles, wall",
            "s",
            out["merge_wall_s"],
            age,
            "< 30 s" if full else "(1,000 bundles: < 30 s)",
            (lambda v, _b: v < 30) if full else None,
        ),
        Figure("merge, CPU", "s", out["merge_cpu_s"]),
        Figure(
            "merge, peak RSS", "MB", out["merge_peak_rss_mb"], None, "< 1024 MB", at_most(1024), 0
        ),
        Figure("decrypt every bundle in-process", "s", [out["ours_loop_s"]], age, digits=2),
        Figure(
            "decrypt one 64 MiB file", "s", [out["ours_64mib_s"]], [out["age_64mib_s"]], digits=3
        ),
    ]
    section.notes.append("baseline: the `age` CLI, one process per file (a shell loop).")


def _ministry_report_commands(args: argparse.Namespace) -> list[list[str]]:
    return [
        _script("ministry_report.py", "--sessions", args.bundles, "--runs", args.runs, "--json")
    ]


def _ministry_report_collect(
    outputs: list[Any], args: argparse.Namespace, section: Section
) -> None:
    out = outputs[0]
    full = out["sessions"] >= 1000
    last = out["phases"][-1]
    section.figures += [
        Figure(
            f"summary of {out['sessions']:,} sessions, wall (fresh process)",
            "s",
            out["wall_s"],
            None,
            "< 10 s" if full else "(1,000 sessions: < 10 s)",
            at_most(10) if full else None,
            2,
        ),
        Figure("read and compute (last run)", "s", [last["read_and_compute_s"]], digits=2),
        Figure("render the PDF (last run)", "s", [last["render_s"]], digits=2),
        Figure("importing pandas alone (not used)", "s", [out["pandas_import_s"]], digits=2),
    ]
    section.notes.append(
        f"{out['csv_mb']} MB of merged CSV; {out['pages']} pages. The merged folder is made "
        "once and not timed."
    )


def _wifi_commands(args: argparse.Namespace) -> list[list[str]]:
    """Each run twice: over bad Wi-Fi, and over plain loopback (the baseline)."""
    devices = 30 if args.quick else 60
    return [
        _script("_bad_network.py", "--devices", devices, "--network", network, "--json")
        for _ in range(args.runs)
        for network in ("auto", "none")
    ]


def _wifi_collect(outputs: list[Any], _args: argparse.Namespace, section: Section) -> None:
    bad, plain = outputs[0::2], outputs[1::2]

    def col(rows: list[dict[str, Any]], key: str) -> list[float]:
        return [math.nan if r[key] is None else float(r[key]) for r in rows]

    section.figures += [
        Figure("ack p50", "ms", col(bad, "ack_p50_ms"), col(plain, "ack_p50_ms")),
        Figure("ack p99", "ms", col(bad, "ack_p99_ms"), col(plain, "ack_p99_ms")),
        Figure("join p99", "ms", col(bad, "join_p99_ms"), col(plain, "join_p99_ms")),
        Figure(
            "lost (acknowledged, not stored as sent)",
            "",
            [float(len(r["lost"]) + len(r["wrong"])) for r in bad],
            target="0",
            check=at_most(0),
            digits=0,
        ),
        Figure(
            "duplicates", "", col(bad, "duplicate_texts"), target="0", check=at_most(0), digits=0
        ),
    ]
    first = bad[0]
    section.notes.append(
        f"{first['devices']} devices; network: {first['network']} "
        f"({first['latency_ms']:g} ms each way, {first['loss']:.0%} loss); the baseline is "
        "the same run over plain loopback."
    )


def _outage_commands(args: argparse.Namespace) -> list[list[str]]:
    return [_script("outage.py", "--down", 10 if args.quick else 30)]


def _outage_collect(outputs: list[Any], _args: argparse.Namespace, section: Section) -> None:
    out = outputs[0]
    section.figures.append(
        Figure(
            "reachable again → every page says its text arrived",
            "s",
            [float(out["back_s"])],
            target="nothing lost (checked by the run)",
            digits=2,
        )
    )
    section.notes.append(
        f"{out['pages']} Chromium pages; the laptop unreachable for {out['down_s']:.0f} s "
        f"({out['mode']}); {out['refused']} connections tried meanwhile. The run fails "
        "(and this section shows an error) when any text is lost."
    )


BENCHES: list[Bench] = [
    Bench(
        "load",
        "Classroom load",
        "The real control window and projector (offscreen) serving a `belonging` session at "
        "its letter step; N simulated devices (a separate process, raw HTTP/1.1 keep-alive) "
        "join over 5 s, each opens an event stream, and each sends a 2,000-character letter "
        "(æøå) spread over 10 s. Baseline in the same run: a bare FastAPI app on the same "
        "uvicorn runner writing the same rows with plain `sqlite3`. *Lost* is an "
        "acknowledged letter missing or different in the SQLite file; the GUI stall is the "
        "longest gap of a 5 ms QTimer on the window's thread during the load, less 5 ms. "
        "Join → first state is the join request plus the stream's first state event (the "
        "page itself is not fetched). `benchmarks/classroom_load.py`.",
        _load_commands,
        _load_collect,
    ),
    Bench(
        "next",
        "Next → visible on 300 devices",
        "From `SessionService.next()` on the app's GUI thread (the real windows, a session "
        "resumed at its first video) to each of 300 devices' event streams delivering the "
        "new step, for every step to the closing; both sides read CLOCK_MONOTONIC. "
        "`benchmarks/next_visible.py`.",
        _next_commands,
        _next_collect,
    ),
    Bench(
        "startup",
        "Start-up",
        "Process start to the control window exposed on an X server (Xvfb when there is no "
        "display), as `belong-desktop` starts (`app.run_gui`) on a migrated database; "
        "baseline: a bare PySide6 process showing an empty QMainWindow. "
        "`benchmarks/startup.py`.",
        _startup_commands,
        _startup_collect,
    ),
    Bench(
        "memory",
        "Memory during a session",
        "The app process (as in *Next → visible*) while the first peer video plays and 300 "
        "devices hold an event stream open: RSS and PSS from `/proc/PID/smaps_rollup`, the "
        "largest of five samples. No target; the baseline is for scale. "
        "`benchmarks/next_visible.py` (same runs as *Next → visible*).",
        lambda _args: [],  # its figures come from the "next" runs
        _memory_collect,
    ),
    Bench(
        "keepalive",
        "Keep-alive",
        "Milliseconds per request on one kept-alive connection (first request left out), "
        "the real served session against a bare FastAPI app on uvicorn; the same client as "
        "`tests/server/test_keepalive.py`, which fails on a 10× gap (baseline floored at "
        "2 ms). `benchmarks/keepalive.py`.",
        _keepalive_commands,
        _keepalive_collect,
    ),
    Bench(
        "export",
        "Export",
        "A real 300-student session exported end to end (read, tables, zip, age, fsync, "
        "rename, receipt). `benchmarks/export.py`.",
        _export_commands,
        _export_collect,
    ),
    Bench(
        "personal",
        "Personal-data detector",
        "The detector on the 223 labelled texts; baseline: every capitalised word as a name. "
        "`benchmarks/personal_data.py`.",
        _personal_commands,
        _personal_collect,
    ),
    Bench(
        "booklet",
        "Letters booklet",
        "A real session of 300 devices, each sending a letter of 300–2,000 characters of "
        "Danish with consent, every letter approved; `BookletService.build` end to end "
        "(read, rules, shuffle, layout in DejaVu Serif, fsynced write). "
        "`benchmarks/booklet.py`.",
        _booklet_commands,
        _booklet_collect,
    ),
    Bench(
        "bundles",
        "Ministry merge",
        "Bundles made as the export makes them, merged by `ministry merge` in a fresh process "
        "per run. `benchmarks/bundles.py`.",
        _bundles_commands,
        _bundles_collect,
    ),
    Bench(
        "ministry_report",
        "Ministry summary",
        "`ministry report` on a merged folder of sessions made as the export makes them (40 "
        "institutions, some below the minimum count), in a fresh process per run: import, "
        "read and check the CSVs, compute, render and save. `benchmarks/ministry_report.py`.",
        _ministry_report_commands,
        _ministry_report_collect,
    ),
    Bench(
        "wifi",
        "Bad Wi-Fi",
        "The real headless app and simulated devices (keep-alive, one loopback address "
        "each) with 300 ms latency each way and 5 % loss: `tc netem` in a network namespace "
        "where the kernel has it, else an asyncio TCP proxy that delays each chunk 300 ms "
        "each way, one in twenty by a further 200–1,000 ms, and resets a few connections. "
        "Every acknowledged letter must be stored once. `benchmarks/_bad_network.py`.",
        _wifi_commands,
        _wifi_collect,
    ),
    Bench(
        "outage",
        "The laptop unreachable",
        "Real Chromium pages type and send while a proxy makes the laptop unreachable for "
        "30 s (10 s in a QUICK pass), then reachable again; the scenario of "
        "`tests/faults/test_outage.py`, run by `benchmarks/outage.py`.",
        _outage_commands,
        _outage_collect,
    ),
]
