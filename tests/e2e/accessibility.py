"""What the accessibility tests share: axe-core in the page, keys, and reflow checks.

axe-core comes from the npm registry (``make axe`` installs it into ``build/axe``); it is
added to each page as an init script (through the browser's DevTools, so the page's own
Content-Security-Policy stays as it is) and run with the WCAG 2.0/2.1 A and AA rules.
Without npm the tests skip and say so; with npm but without axe they fail and say how to
install it, so a machine that can install it never silently runs less.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import Page

REPO = Path(__file__).resolve().parents[2]
AXE = REPO / "build" / "axe" / "node_modules" / "axe-core" / "axe.min.js"
#: WCAG 2.1 level AA, as axe-core tags its rules.
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

_RUN = """
async (tags) => {
  const result = await window.axe.run(document, {
    runOnly: { type: "tag", values: tags },
    resultTypes: ["violations"]
  });
  return result.violations.map(function (v) {
    return v.id + " (" + v.impact + "): " + v.help + " -- " + v.nodes.map(function (n) {
      return n.target.join(" ") + ": " + (n.failureSummary || "").replace(/\\s+/g, " ");
    }).join(" | ");
  });
}
"""


def axe_source() -> str:
    """axe.min.js, or a skip (no npm to install it) or a failure (not installed)."""
    path = Path(os.environ.get("BELONG_AXE", str(AXE)))
    if path.is_file():
        return path.read_text(encoding="utf-8")
    if shutil.which("npm") is None:
        pytest.skip(
            "axe-core is not installed and npm is not available to install it: the "
            "accessibility rules were NOT checked (apt-get install nodejs npm; make axe)"
        )
    pytest.fail(f"axe-core is not installed ({path}): run `make axe` (npm install axe-core@4)")


def violations(page: Page) -> list[str]:
    """axe-core's WCAG 2.1 A/AA violations on the page as it is now."""
    assert page.evaluate("typeof window.axe") == "object", "axe-core is not in the page"
    found: list[str] = page.evaluate(_RUN, WCAG_TAGS)
    return found


def overflow(page: Page) -> list[str]:
    """What would need horizontal scrolling: the document wider than the window, or a
    visible element reaching past its right edge."""
    found: list[str] = page.evaluate(
        """() => {
          const root = document.documentElement;
          const out = [];
          if (root.scrollWidth > root.clientWidth) {
            out.push("document " + root.scrollWidth + " > " + root.clientWidth);
          }
          document.querySelectorAll("main *").forEach(function (e) {
            if (!e.offsetParent || e.closest(".sr-only")) { return; }
            const r = e.getBoundingClientRect();
            if (r.width && r.right > root.clientWidth + 1) {
              out.push((e.id ? "#" + e.id : e.tagName) + " ends at " + Math.round(r.right));
            }
          });
          return out;
        }"""
    )
    return found


def focused(page: Page, selector: str) -> bool:
    return bool(
        page.evaluate(
            "(s) => !!document.activeElement && document.activeElement.matches(s)", selector
        )
    )


def tab_to(page: Page, selector: str, *, back: bool = False, limit: int = 40) -> None:
    """Press Tab (Shift+Tab with ``back``) until the element ``selector`` has focus."""
    key = "Shift+Tab" if back else "Tab"
    for _ in range(limit):
        if focused(page, selector):
            return
        page.keyboard.press(key)
    where = page.evaluate(
        "() => document.activeElement ? document.activeElement.outerHTML.slice(0, 120) : ''"
    )
    raise AssertionError(f"{limit} x {key} never reached {selector}; focus is on {where}")
