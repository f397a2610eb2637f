"""What the start-up damage check costs: ``quick_check`` on a 300-student database.

Builds a real database with one class of 300 devices (a reflection and a letter of 1,500
characters each, as ``tests/class_factory.run_class`` runs it), then times
``store.db.check_intact`` (the read-only ``quick_check`` every start runs) against the
baseline of the whole ``open_database`` (the check, the engine, the migration check),
median of several runs each.

    .venv/bin/python benchmarks/open_check.py [--devices 300] [--runs 21]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from belong_desktop.services.runtime import open_runtime  # noqa: E402
from belong_desktop.store.db import check_intact, open_database  # noqa: E402
from tests.class_factory import run_class  # noqa: E402


def median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devices", type=int, default=300)
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="open-check-") as tmp:
        database = Path(tmp) / "belong.sqlite3"
        reflections = [
            f"{i:03d} " + "Jeg troede, alle andre havde styr på det. " * 40
            for i in range(args.devices)
        ]
        letters = [
            f"{i:03d} " + "Kære nye studerende, giv det tid. " * 50 for i in range(args.devices)
        ]
        with open_runtime(database, [REPO / "assets" / "packs"]) as rt:
            run_class(
                rt, reflections=[t[:1500] for t in reflections], letters=[t[:1500] for t in letters]
            )
        size_mb = database.stat().st_size / 1e6
        check = median_ms(lambda: check_intact(database), args.runs)
        whole = median_ms(lambda: open_database(database).dispose(), args.runs)
    print(
        f"{args.devices} devices, {size_mb:.1f} MB: quick_check {check:.1f} ms, "
        f"whole open_database {whole:.1f} ms (the check is {check / whole:.0%} of it)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
