"""The test harness itself: its leak checks must be able to fail a test.

Each case runs a small inner pytest session with our conftest and checks the verdict,
so a fixture that silently stopped working would show up here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

CONFTEST = (Path(__file__).parent / "conftest.py").read_text(encoding="utf-8")


def run_inner(pytester: pytest.Pytester, body: str) -> pytest.RunResult:
    pytester.makeconftest(CONFTEST.replace('pytest_plugins = ["pytester"]', ""))
    pytester.makepyfile(test_inner=body)
    return pytester.runpytest_subprocess("-q", "-p", "no:cacheprovider")


def test_a_test_that_leaves_a_thread_running_fails(pytester: pytest.Pytester) -> None:
    result = run_inner(
        pytester,
        """
import threading

stop = threading.Event()

def test_leaks():
    threading.Thread(target=stop.wait, args=(5,), name="leaky-worker").start()
""",
    )
    result.assert_outcomes(passed=1, errors=1)
    result.stdout.fnmatch_lines(["*left threads running: leaky-worker*"])


def test_a_test_that_leaves_a_child_process_running_fails(pytester: pytest.Pytester) -> None:
    result = run_inner(
        pytester,
        """
import subprocess, sys

def test_leaks():
    subprocess.Popen([sys.executable, "-c", "import time; time.sleep(4)"])
""",
    )
    result.assert_outcomes(passed=1, errors=1)
    result.stdout.fnmatch_lines(["*left child processes running*"])


def test_a_tidy_test_passes_and_gets_its_own_data_dir(pytester: pytest.Pytester) -> None:
    result = run_inner(
        pytester,
        """
import os, threading

def test_tidy(isolated_data_dir):
    assert os.environ["BELONG_DATA_DIR"] == str(isolated_data_dir)
    t = threading.Thread(target=lambda: None)
    t.start()
    t.join()
""",
    )
    result.assert_outcomes(passed=1)


def test_our_own_warnings_are_errors(pytester: pytest.Pytester) -> None:
    """pyproject's filterwarnings turns a warning raised in belong_desktop into an error."""
    pytester.makepyprojecttoml(
        (Path(__file__).parents[1] / "pyproject.toml").read_text(encoding="utf-8")
    )
    pytester.makepyfile(
        belong_desktop_probe="",
        test_inner="""
import warnings

def test_warns():
    warnings.warn_explicit("old", DeprecationWarning, "x.py", 1, module="belong_desktop.x")
""",
    )
    result = pytester.runpytest_subprocess("-q", "-p", "no:cacheprovider", "test_inner.py")
    result.assert_outcomes(failed=1)
