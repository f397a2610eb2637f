"""Run every benchmark, write ``docs/benchmarks.md``, and end with a pass/fail table.

``make bench`` runs this. Each benchmark is its own process with ``--json`` (so none
shares an interpreter with another) and does ``--runs`` runs itself, with its baseline
measured in the same run where there is one; this collects their figures as the median
and the spread (min–max) of the runs, the baseline's median, the ratio of the medians,
the target and whether it was met (what runs and which figures and targets come of it:
``_bench_specs.py``). Then the fault runs: ``pytest`` over the fault tests
(``tests/faults`` by default, slow ones included; a script given to ``--faults`` is run
and judged by its exit code), each one's outcome and duration.
The document also records the machine (cores, memory, OS, versions) and how busy it was:
other processes' share of the CPU during the run, because a shared machine moves the
figures.

Exit code: 0 when every benchmark ran, even if a target was missed, because on a shared
or busy machine a missed timing target is usually the neighbours, and ``make bench`` is
there to measure and write the page, not to gate; ``--strict`` (``make bench STRICT=1``)
exits 1 on any missed target or failed fault run, for a quiet machine. A benchmark that
crashed or printed no JSON always exits 2: that is a broken benchmark, not a slow app.

    .venv/bin/python benchmarks/run_all.py [--runs 3] [--quick] [--strict] [--only load,startup]
        [--faults tests/faults ...] [--no-faults] [--out docs/benchmarks.md] [--raw build/bench]
        [--note "where and when"]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import resource
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
from _bench_specs import BENCHES, PYTHON, Bench, Figure, Section  # noqa: E402

# ======================================================================================
# Running
# ======================================================================================


def run_bench(bench: Bench, args: argparse.Namespace, shared: dict[str, list[Any]]) -> Section:
    section = Section(bench.key, bench.title, bench.about)
    started = time.monotonic()
    try:
        if bench.key == "memory":
            outputs = shared.get("next")
            if outputs is None:
                raise RuntimeError("needs the 'next' benchmark, which did not run")
        else:
            outputs = [
                _run_json(command, bench.timeout_s, args.raw) for command in bench.command(args)
            ]
            shared[bench.key] = outputs
        bench.collect(outputs, args, section)
    except Exception as exc:  # a broken benchmark is reported, and the others still run
        section.error = f"{type(exc).__name__}: {exc}"
    section.seconds = time.monotonic() - started
    return section


def _run_json(command: list[str], timeout: float, raw: Path | None) -> Any:
    shown = " ".join([Path(command[1]).stem, *command[2:]])
    print(f"  $ python {os.path.relpath(command[1], REPO)} {' '.join(command[2:])}", flush=True)
    env = dict(os.environ, PYTHONPATH=str(REPO))
    done = subprocess.run(
        command, cwd=REPO, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    if raw is not None:
        raw.mkdir(parents=True, exist_ok=True)
        name = shown.replace("/", "_").replace(" ", "_").replace("--", "")[:120]
        (raw / f"{name}.json").write_text(done.stdout)
        (raw / f"{name}.stderr").write_text(done.stderr)
    if done.returncode != 0:
        tail = "\n".join(done.stderr.strip().splitlines()[-6:])
        raise RuntimeError(f"exit code {done.returncode}: {tail}")
    try:  # one JSON document, indented or not ...
        return json.loads(done.stdout)
    except json.JSONDecodeError:  # ... or a last line of JSON after other output
        lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
        if not lines:
            raise RuntimeError(f"printed no JSON: {done.stdout[-500:]!r}") from None
        return json.loads(lines[-1])


@dataclass
class FaultRun:
    name: str
    outcome: str
    seconds: float
    detail: str = ""


def run_faults(targets: Sequence[str], raw: Path | None) -> tuple[list[FaultRun], str | None]:
    """Run the fault tests and read each one's outcome.

    A target under ``tests/`` (a folder, a file or a node id) goes to one pytest run with
    slow tests included; any other ``.py`` file (a fault benchmark such as
    ``benchmarks/_bad_network.py``) runs as a script, passed when it exits 0.
    """
    present = [t for t in targets if (REPO / t.split("::", 1)[0]).exists()]
    missing = [t for t in targets if t not in present]
    note = f"not in this checkout: {', '.join(missing)}" if missing else None
    if not present:
        return [], f"no fault tests in this checkout ({', '.join(targets)} not found)"
    scripts = [t for t in present if t.endswith(".py") and not t.startswith("tests/")]
    tests = [t for t in present if t not in scripts]
    runs: list[FaultRun] = []
    for script in scripts:
        runs.append(_run_fault_script(script))
    if tests:
        runs += _run_fault_tests(tests, raw)
    return runs, note


def _run_fault_script(script: str) -> FaultRun:
    print(f"  $ python {script}", flush=True)
    started = time.monotonic()
    done = subprocess.run(
        [PYTHON, str(REPO / script)], cwd=REPO, capture_output=True, text=True, check=False
    )
    lines = (done.stdout.strip() or done.stderr.strip()).splitlines()
    outcome = "passed" if done.returncode == 0 else f"failed (exit code {done.returncode})"
    return FaultRun(script, outcome, time.monotonic() - started, lines[-1][:160] if lines else "")


def _run_fault_tests(tests: list[str], raw: Path | None) -> list[FaultRun]:
    report = (raw or Path("/tmp")) / ("faults.xml" if raw else f"faults-{os.getpid()}.xml")
    report.parent.mkdir(parents=True, exist_ok=True)
    command = [PYTHON, "-m", "pytest", *tests, "-m", "slow or not slow", "-q"]
    command += ["-p", "no:cacheprovider", f"--junitxml={report}"]
    print(f"  $ python -m pytest {' '.join(tests)} -m 'slow or not slow'", flush=True)
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, check=False)
    if not report.exists():
        tail = " / ".join((done.stdout + done.stderr).strip().splitlines()[-3:])
        return [FaultRun(" ".join(tests), "error", 0.0, f"pytest wrote no report: {tail}")]
    runs: list[FaultRun] = []
    for case in ET.parse(report).getroot().iter("testcase"):
        outcome, detail = "passed", ""
        for child in case:
            if child.tag in ("failure", "error", "skipped"):
                outcome = {"failure": "failed", "error": "error", "skipped": "skipped"}[child.tag]
                message = child.get("message") or ""
                detail = message.splitlines()[0][:160] if message else ""
        module = (case.get("classname") or "").replace(".", "/")
        runs.append(
            FaultRun(f"{module}::{case.get('name')}", outcome, float(case.get("time", 0)), detail)
        )
    if raw is None:
        report.unlink()
    return runs


# ======================================================================================
# The machine, and how busy it was
# ======================================================================================


def machine_facts() -> list[tuple[str, str]]:
    facts: list[tuple[str, str]] = []
    model = _first(Path("/proc/cpuinfo"), "model name")
    facts.append(("cores", f"{os.cpu_count()}" + (f" ({model})" if model else "")))
    mem_kb = _first(Path("/proc/meminfo"), "MemTotal")
    if mem_kb:
        facts.append(("memory", f"{int(mem_kb.split()[0]) / 1024 / 1024:.1f} GiB"))
    os_name = _first(Path("/etc/os-release"), "PRETTY_NAME", sep="=").strip('"')
    facts.append(("OS", f"{os_name or platform.system()}, kernel {platform.release()}"))
    facts.append(("Python", platform.python_version()))
    facts.append(
        (
            "PySide6 / Qt",
            _child_says(
                "import PySide6, PySide6.QtCore as c; print(PySide6.__version__, '/', c.qVersion())"
            ),
        )
    )
    for label, package in (
        ("uvicorn", "uvicorn"),
        ("FastAPI", "fastapi"),
        ("SQLAlchemy", "sqlalchemy"),
    ):
        facts.append((label, _package_version(package)))
    import sqlite3

    facts.append(("SQLite", sqlite3.sqlite_version))
    facts.append(("libVLC", _child_says("import vlc; print(vlc.libvlc_get_version().decode())")))
    facts.append(("commit", _git_commit()))
    return facts


def _first(path: Path, key: str, sep: str = ":") -> str:
    try:
        for line in path.read_text().splitlines():
            name, _, value = line.partition(sep)
            if name.strip() == key:
                return value.strip()
    except OSError:
        pass
    return ""


def _package_version(name: str) -> str:
    from importlib import metadata

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def _child_says(code: str) -> str:
    """What a fresh interpreter prints (versions of packages this process need not load)."""
    done = subprocess.run([PYTHON, "-c", code], capture_output=True, text=True, check=False)
    return done.stdout.strip() or "not available"


def _git_commit() -> str:
    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True, check=False)
        return done.stdout.strip()

    commit = git("rev-parse", "--short", "HEAD") or "unknown"
    dirty = git("status", "--porcelain", "--untracked-files=no")
    return commit + (" (with local changes)" if dirty else "")


class MachineCpu:
    """The machine's busy, stolen and total CPU seconds since boot (/proc/stat)."""

    def __init__(self) -> None:
        try:
            fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
        except (OSError, ValueError):
            fields = []
        tick = os.sysconf("SC_CLK_TCK")
        user, nice, system, idle, iowait, irq, softirq, steal = (fields + [0] * 8)[:8]
        self.busy = (user + nice + system + irq + softirq) / tick
        self.steal = steal / tick
        self.total = (user + nice + system + irq + softirq + idle + iowait + steal) / tick
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        own = resource.getrusage(resource.RUSAGE_SELF)
        self.ours = children.ru_utime + children.ru_stime + own.ru_utime + own.ru_stime
        self.load = " ".join(f"{x:.2f}" for x in os.getloadavg())


def busy_line(before: MachineCpu, after: MachineCpu) -> str:
    total = after.total - before.total
    if total <= 0:
        return "not measured"
    others = max(0.0, (after.busy - before.busy) - (after.ours - before.ours)) / total
    steal = (after.steal - before.steal) / total
    return (
        f"other processes took {others:.0%} of the machine's CPU during the run, the "
        f"hypervisor stole {steal:.0%}; load average at the start {before.load}"
    )


# ======================================================================================
# The page and the table
# ======================================================================================


def _fmt(value: float | None, digits: int) -> str:
    if value is None:
        return "–"
    if isinstance(value, float) and math.isnan(value):
        return "n/a"
    return f"{value:,.{digits}f}"


def _result(passed: bool | None) -> str:
    return {None: "", True: "pass", False: "**FAIL**"}[passed]


def _spread(figure: Figure) -> str:
    clean = [v for v in figure.values if v is not None and not math.isnan(v)]
    if len(clean) < 2:
        return "–"
    return f"{_fmt(min(clean), figure.digits)}–{_fmt(max(clean), figure.digits)}"


def write_page(
    path: Path,
    sections: list[Section],
    faults: list[FaultRun],
    fault_note: str | None,
    facts: list[tuple[str, str]],
    args: argparse.Namespace,
    started: datetime,
    busy: str,
    minutes: float,
) -> None:
    out: list[str] = ["# Benchmarks", ""]
    kind = "a QUICK pass (`make bench QUICK=1`)" if args.quick else "`make bench`"
    out += [
        f"Written by {kind} (`benchmarks/run_all.py`) on {started:%Y-%m-%d %H:%M} UTC in "
        f"{minutes:.0f} minutes: {args.runs} run(s) per figure, each benchmark in its own "
        "process, its baseline measured in the same run. *Median* and *min–max* are over "
        "the runs; *ratio* is the median over the baseline's median. Rerun with "
        "`make bench` (`RUNS=5`, `QUICK=1` for a short pass, `STRICT=1` to fail on a missed "
        "target); the raw JSON of each benchmark goes to `build/bench/`.",
        "",
        *([args.note, ""] if args.note else []),
        "## The machine",
        "",
        "| | |",
        "| --- | --- |",
        *(f"| {k} | {v} |" for k, v in facts),
        f"| while measuring | {busy} |",
        "",
        "Figures from a shared or busy machine move by tens of per cent from run to run; "
        "compare ratios within one run, and rerun on a quiet machine before reading much "
        "into a missed timing target.",
        "",
        "## Targets",
        "",
        "| figure | median | target | result |",
        "| --- | --- | --- | --- |",
    ]
    for section in sections:
        if section.error:
            out.append(f"| {section.title} | did not run | | **ERROR** |")
        for f in section.figures:
            if f.passed is not None:
                value = _fmt(f.median, f.digits) + (f" {f.unit}" if f.unit else "")
                if f.ratio is not None and "×" in f.target:
                    value += f" ({f.ratio:.2f}×)"
                out.append(
                    f"| {section.title}: {f.name} | {value} | {f.target} | {_result(f.passed)} |"
                )
    if faults:
        failed = [r for r in faults if r.outcome not in ("passed", "skipped")]
        out.append(
            f"| Fault runs | {len(faults) - len(failed)} of {len(faults)} passed | all pass | "
            f"{_result(not failed)} |"
        )
    out.append("")
    for section in sections:
        out += [f"## {section.title}", "", section.about, ""]
        if section.error:
            out += ["**This benchmark did not run:**", "", "```", section.error, "```", ""]
            continue
        out += [
            "| figure | median | min–max | baseline | ratio | target | result |",
            "| --- | --- | --- | --- | --- | --- | --- |",
        ]
        for f in section.figures:
            unit = f" {f.unit}" if f.unit else ""
            ratio = "–" if f.ratio is None else f"{f.ratio:.2f}×"
            out.append(
                f"| {f.name} | {_fmt(f.median, f.digits)}{unit} | {_spread(f)} | "
                f"{_fmt(f.baseline_median, f.digits)} | {ratio} | {f.target} | "
                f"{_result(f.passed)} |"
            )
        out.append("")
        out += [*(f"- {note}" for note in section.notes), ""] if section.notes else []
        if section.seconds >= 1:
            out += [f"({section.seconds:.0f} s)", ""]
    out += [
        "## Fault runs",
        "",
        "The fault runs (`--faults " + " ".join(args.faults) + "`): pytest targets with "
        "slow tests included (`-m 'slow or not slow'`), any other script by its exit code; "
        "each one's outcome and duration.",
        "",
    ]
    if fault_note:
        out += [fault_note + ".", ""]
    if faults:
        out += ["| test | outcome | duration |", "| --- | --- | --- |"]
        for r in faults:
            detail = f": {r.detail}" if r.detail else ""
            out.append(f"| `{r.name}` | {r.outcome}{detail} | {r.seconds:.1f} s |")
        out.append("")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(out))


def print_table(sections: list[Section], faults: list[FaultRun], fault_note: str | None) -> None:
    rows: list[tuple[str, str, str, str]] = []
    for section in sections:
        if section.error:
            rows.append((section.title, "did not run", "", "ERROR"))
        for f in section.figures:
            if f.passed is None:
                continue
            value = _fmt(f.median, f.digits) + (f" {f.unit}" if f.unit else "")
            if f.ratio is not None and "×" in f.target:
                value += f" ({f.ratio:.2f}x)"
            rows.append(
                (f"{section.title}: {f.name}", value, f.target, "pass" if f.passed else "FAIL")
            )
    for r in faults:
        rows.append(
            (
                f"fault: {r.name.split('::', 1)[-1]}",
                f"{r.seconds:.1f} s",
                "passes",
                r.outcome.upper() if r.outcome != "passed" else "pass",
            )
        )
    if fault_note:
        rows.append(("fault runs", fault_note, "", ""))
    width = max((len(r[0]) for r in rows), default=10)
    print()
    print(f"{'figure':<{width}}  {'median':>22}  {'target':<22}  result")
    for name, value, target, result in rows:
        print(f"{name:<{width}}  {value:>22}  {target:<22}  {result}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs of each benchmark")
    parser.add_argument("--quick", action="store_true", help="one short pass")
    parser.add_argument("--strict", action="store_true", help="exit 1 on a missed target")
    keys = ",".join([*(b.key for b in BENCHES), "faults"])
    parser.add_argument("--only", help=f"comma-separated, of: {keys}")
    parser.add_argument("--devices", default="100,300,1000", help="classroom load sizes")
    parser.add_argument("--faults", nargs="*", default=["tests/faults"], help="pytest targets")
    parser.add_argument("--no-faults", action="store_true")
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "benchmarks.md")
    parser.add_argument("--raw", type=Path, default=REPO / "build" / "bench")
    parser.add_argument("--note", help="a sentence for the page: where and when, and why")
    args = parser.parse_args()
    if args.quick:
        args.runs = 1
    args.devices = [int(n) for n in args.devices.split(",")]
    args.bundles = 100 if args.quick else 1000
    chosen = set(args.only.split(",")) if args.only else {b.key for b in BENCHES}
    if "memory" in chosen:
        chosen.add("next")
    started = datetime.now(UTC)
    clock = time.monotonic()
    before = MachineCpu()
    facts = machine_facts()
    sections: list[Section] = []
    shared: dict[str, list[Any]] = {}
    for bench in BENCHES:
        if bench.key not in chosen:
            continue
        print(f"{bench.title} …", flush=True)
        section = run_bench(bench, args, shared)
        print(
            f"  {'ERROR ' + section.error if section.error else 'done'} ({section.seconds:.0f} s)",
            flush=True,
        )
        sections.append(section)
    faults: list[FaultRun] = []
    fault_note: str | None = "not run this time (--no-faults, or --only without faults)"
    if not args.no_faults and "faults" in chosen | ({"faults"} if not args.only else set()):
        print("Fault runs …", flush=True)
        faults, fault_note = run_faults(args.faults, args.raw)
    busy = busy_line(before, MachineCpu())
    minutes = (time.monotonic() - clock) / 60
    write_page(args.out, sections, faults, fault_note, facts, args, started, busy, minutes)
    print_table(sections, faults, fault_note)
    print(f"\nwritten: {os.path.relpath(args.out, Path.cwd())}; {busy}")
    if any(s.error for s in sections):
        return 2
    missed = any(f.passed is False for s in sections for f in s.figures)
    missed |= any(r.outcome not in ("passed", "skipped") for r in faults)
    return 1 if args.strict and missed else 0


if __name__ == "__main__":
    sys.exit(main())
