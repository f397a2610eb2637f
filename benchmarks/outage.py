"""The laptop unreachable while real Chromium pages type and send (the issue's 30 s).

Runs the fault scenario of ``tests/faults/test_outage.py`` (``run_outage``) outside
pytest: a real session served on loopback, four Chromium pages reaching it through
``_faults.FaultProxy``, the proxy cut for ``--down`` seconds while the pages change and
send their texts, then restored. The scenario checks that nothing was lost (it raises
otherwise); this prints what it saw as JSON, with how long the pages took, once the laptop
was reachable again, until every one said its text had arrived (``back_s``).

    .venv/bin/python benchmarks/outage.py [--down 30] [--mode silent|reset]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks._faults import FaultProxy  # noqa: E402
from tests.conftest import CHROMIUM, CHROMIUM_ARGS, ServedSession  # noqa: E402
from tests.e2e.conftest import Devices  # noqa: E402
from tests.faults.test_outage import run_outage  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--down", type=float, default=30.0, help="unreachable for (s)")
    parser.add_argument("--mode", choices=("silent", "reset"), default="silent")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        served = ServedSession(Path(tmp))
        try:
            with FaultProxy("127.0.0.1", served.info.port) as proxy:
                devices = Devices(browser, f"http://127.0.0.1:{proxy.port}")
                try:
                    outage = run_outage(served, proxy, devices, args.down, args.mode)
                finally:
                    devices.close()
        finally:
            served.close()
            browser.close()
    print(json.dumps({"mode": args.mode, **dataclasses.asdict(outage)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
