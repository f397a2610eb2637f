"""The single-writer executor: one thread, results and errors passed back, nesting."""

from __future__ import annotations

import threading

import pytest

from belong_desktop.services.writer import Writer


def test_commands_run_on_one_thread_in_order() -> None:
    writer = Writer()
    try:
        seen: list[tuple[int, int]] = []
        callers = [
            threading.Thread(target=lambda n=n: seen.append((n, writer.run(threading.get_ident))))
            for n in range(8)
        ]
        for thread in callers:
            thread.start()
        for thread in callers:
            thread.join(timeout=10)
        assert len(seen) == 8
        assert len({ident for _, ident in seen}) == 1
        assert seen[0][1] != threading.get_ident()
    finally:
        writer.close()


def test_results_errors_and_nested_commands() -> None:
    writer = Writer()
    try:
        assert writer.run(lambda: 41 + 1) == 42
        with pytest.raises(ZeroDivisionError):
            writer.run(lambda: 1 / 0)
        outer = writer.run(lambda: (threading.get_ident(), writer.run(threading.get_ident)))
        assert outer[0] == outer[1]  # a nested run does not deadlock: same thread
    finally:
        writer.close()


def test_close_stops_the_thread() -> None:
    writer = Writer(name="writer-under-test")
    writer.run(lambda: None)
    assert any(t.name.startswith("writer-under-test") for t in threading.enumerate())
    writer.close()
    assert not any(t.name.startswith("writer-under-test") for t in threading.enumerate())
    with pytest.raises(RuntimeError):
        writer.run(lambda: None)
