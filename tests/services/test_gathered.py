"""Requests gathered while the single writer is busy: one handler call, every future resolved.

The writer is the real one; it is held busy with a command that waits on an event, so
what arrives meanwhile is known to wait together.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence

import pytest

from belong_desktop.services.gathered import Gathered
from belong_desktop.services.writer import Writer


@pytest.fixture
def writer() -> Iterator[Writer]:
    writer = Writer()
    yield writer
    writer.close()


def hold(writer: Writer) -> Callable[[], None]:
    """Keep the writer busy until the returned function is called."""
    started, release = threading.Event(), threading.Event()

    def busy() -> None:
        started.set()
        release.wait(10)

    writer.submit(busy)
    assert started.wait(10)
    return release.set


def test_requests_that_wait_together_are_handled_in_one_call(writer: Writer) -> None:
    calls: list[list[int]] = []
    threads: list[int] = []

    def handle(batch: Sequence[int]) -> list[int | BaseException]:
        calls.append(list(batch))
        threads.append(threading.get_ident())
        return [n * 10 for n in batch]

    gathered: Gathered[int, int] = Gathered(writer, handle)
    release = hold(writer)
    futures = [gathered.submit(n) for n in range(50)]
    assert not any(f.done() for f in futures)  # nothing is handled while the writer is busy
    release()
    assert [f.result(10) for f in futures] == [n * 10 for n in range(50)]
    assert calls == [list(range(50))]  # in the order they came, in one call
    assert threads == [writer.run(threading.get_ident)]  # on the writer thread

    # A quiet writer: each request is handled at once, a batch of one.
    assert gathered.submit(7).result(10) == 70
    assert calls[-1] == [7]


def test_each_request_gets_its_own_outcome(writer: Writer) -> None:
    def handle(batch: Sequence[int]) -> list[int | BaseException]:
        return [ValueError(f"odd {n}") if n % 2 else n for n in batch]

    gathered: Gathered[int, int] = Gathered(writer, handle)
    release = hold(writer)
    futures = [gathered.submit(n) for n in range(4)]
    release()
    assert futures[0].result(10) == 0 and futures[2].result(10) == 2
    for odd in (futures[1], futures[3]):
        with pytest.raises(ValueError, match="odd"):
            odd.result(10)


@pytest.mark.parametrize(
    "handle",
    [
        pytest.param(lambda batch: 1 / 0, id="the handler fails"),
        pytest.param(lambda batch: [1], id="one outcome for several requests"),
    ],
)
def test_a_failing_batch_fails_every_request_and_the_next_batch_runs(
    writer: Writer, handle: Callable[[Sequence[int]], list[int | BaseException]]
) -> None:
    broken: Gathered[int, int] = Gathered(writer, handle)
    release = hold(writer)
    futures = [broken.submit(n) for n in range(3)]
    release()
    for future in futures:
        with pytest.raises((ZeroDivisionError, RuntimeError)):
            future.result(10)  # none hangs
    assert writer.run(lambda: "alive") == "alive"
    fine: Gathered[int, int] = Gathered(writer, lambda batch: list(batch))
    assert fine.submit(5).result(10) == 5
