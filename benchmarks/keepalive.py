"""Requests on a kept-alive connection: the served session against a bare uvicorn app.

A browser keeps its connection to the laptop, so every request after the first travels on
a reused one. The test ``tests/server/test_keepalive.py`` fails on a 10x gap to a bare
uvicorn app (the ~40 ms delayed-ACK stall it guards against); this benchmark reports the
figure itself with the same client and baseline (``reused_connection_ms`` and
``bare_uvicorn`` from that test): milliseconds per request on one connection, the first
request left out, for the student page's script and the code page of a real served
session (a Runtime on a temporary SQLite file and the real ``ClassroomHost`` on
loopback), and the baseline, in the same run, a bare FastAPI app on uvicorn answering a
20,000-character body. Target: within 10x of the baseline.

    .venv/bin/python benchmarks/keepalive.py [--runs 3] [--json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.conftest import ServedSession  # noqa: E402
from tests.server.test_keepalive import bare_uvicorn, reused_connection_ms  # noqa: E402

TARGET_RATIO = 10.0
PATHS = ("/static/device.js", "/")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true", help="one JSON object instead of text")
    args = parser.parse_args()
    runs: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory(prefix="keepalive-") as tmp, bare_uvicorn() as bare_port:
        served = ServedSession(Path(tmp))
        try:
            port = served.info.port
            for _ in range(args.runs):
                run = {p: statistics.median(reused_connection_ms(port, p)) for p in PATHS}
                run["bare"] = statistics.median(reused_connection_ms(bare_port, "/file"))
                runs.append(run)
        finally:
            served.close()
    if args.json:
        print(json.dumps({"runs": runs, "paths": list(PATHS)}))
        return 0
    for n, run in enumerate(runs, 1):
        cells = ", ".join(f"{p} {run[p]:.2f} ms ({run[p] / run['bare']:.1f}x)" for p in PATHS)
        print(f"run {n}: bare uvicorn {run['bare']:.2f} ms a request; {cells}")
    worst = max(run[p] / max(run["bare"], 2.0) for run in runs for p in PATHS)
    verdict = "met" if worst < TARGET_RATIO else "NOT met"
    print(f"target within {TARGET_RATIO:g}x of bare uvicorn (floor 2 ms): {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
