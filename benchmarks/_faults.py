"""Faults to run the classroom through: a TCP proxy that can make the laptop unreachable.

``FaultProxy`` sits between the devices (a browser, the load client) and the server, all
on loopback: devices connect to the proxy's port and it forwards bytes both ways. ``cut``
makes the laptop unreachable: open connections are dropped and new ones are refused
(``mode="reset"``: reset at once, as when the laptop's network is down) or accepted and
left silent (``mode="silent"``: nothing answers, requests time out, as when the Wi-Fi
hangs). ``restore`` forwards again. It runs its own asyncio loop on one thread
(``fault-proxy``); ``close`` stops it. The kernel here has no ``tc netem``, so this is
how a bad network is made. Used by ``tests/faults`` (a short outage in every test run,
the issue's 30 s one marked slow) and runnable by hand:

    .venv/bin/python benchmarks/_faults.py --target 127.0.0.1:8470 --port 8471 --down 30
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import socket
import struct
import sys
import threading
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import Future
from typing import TypeVar

T = TypeVar("T")
_CHUNK = 65536


class FaultProxy:
    """``127.0.0.1:port`` → ``target``; ``cut()`` / ``restore()`` from any thread."""

    def __init__(self, target_host: str, target_port: int, port: int = 0) -> None:
        self.target = (target_host, target_port)
        self._wanted_port = port
        self.port = 0
        self.mode: str | None = None  # None: forwarding; "reset" or "silent": cut
        self.connections = 0  # accepted while forwarding
        self.refused = 0  # accepted while cut
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run, name="fault-proxy", daemon=True)
        self._server: asyncio.Server | None = None
        self._open: set[asyncio.StreamWriter] = set()
        self._held: set[asyncio.StreamWriter] = set()

    # -- from the caller's thread --------------------------------------------------------

    def start(self) -> FaultProxy:
        self._thread.start()
        self._call(self._listen)
        return self

    def cut(self, mode: str = "reset") -> None:
        """The laptop becomes unreachable: drop what is open, refuse or ignore what comes."""
        if mode not in ("reset", "silent"):
            raise ValueError(f"mode must be 'reset' or 'silent', not {mode!r}")
        self._call(lambda: self._cut(mode))

    def restore(self) -> None:
        """Reachable again: new connections are forwarded (held silent ones are dropped)."""
        self._call(self._restore)

    def close(self) -> None:
        if not self._thread.is_alive():
            return
        with contextlib.suppress(RuntimeError):
            self._call(self._shutdown)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _call(self, work: Callable[[], Awaitable[T]]) -> T:
        async def run() -> T:
            return await work()

        future: Future[T] = asyncio.run_coroutine_threadsafe(run(), self._loop)
        return future.result(10)

    # -- on the proxy's loop -------------------------------------------------------------

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._loop.run_forever()

    async def _listen(self) -> None:
        self._server = await asyncio.start_server(
            self._accept, "127.0.0.1", self._wanted_port, backlog=1024
        )
        self.port = int(self._server.sockets[0].getsockname()[1])

    async def _cut(self, mode: str) -> None:
        self.mode = mode
        for writer in list(self._open):
            _reset(writer)
        self._open.clear()

    async def _restore(self) -> None:
        self.mode = None
        for writer in list(self._held):
            _reset(writer)
        self._held.clear()

    async def _shutdown(self) -> None:
        if self._server is not None:
            self._server.close()
        for writer in list(self._open | self._held):
            _reset(writer)
        self._open.clear()
        self._held.clear()
        tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            await self._serve(reader, writer)
        except asyncio.CancelledError:
            # The proxy is closing. Ended here, not re-raised: asyncio's streams would log
            # a cancelled connection handler as an error.
            _reset(writer)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if self.mode == "reset":
            self.refused += 1
            _reset(writer)
            return
        if self.mode == "silent":
            self.refused += 1
            self._held.add(writer)  # read nothing, answer nothing, until restored
            return
        self.connections += 1
        try:
            up_reader, up_writer = await asyncio.open_connection(*self.target)
        except OSError:
            _reset(writer)
            return
        self._open.update((writer, up_writer))
        try:
            await asyncio.gather(
                self._pipe(reader, up_writer), self._pipe(up_reader, writer), return_exceptions=True
            )
        finally:
            for w in (writer, up_writer):
                self._open.discard(w)
                w.close()

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while chunk := await reader.read(_CHUNK):
                if writer not in self._open:
                    return  # cut meanwhile
                writer.write(chunk)
                await writer.drain()
        except (OSError, asyncio.IncompleteReadError):
            pass
        finally:
            if writer in self._open and writer.can_write_eof():
                with contextlib.suppress(OSError):
                    writer.write_eof()


def _reset(writer: asyncio.StreamWriter) -> None:
    """Close with a reset (RST), as a connection that breaks, not one that ends."""
    sock = writer.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", required=True, help="HOST:PORT of the student page")
    parser.add_argument("--port", type=int, default=0, help="the proxy's port (0: any)")
    parser.add_argument("--up", type=float, default=10.0, help="forward for (s) first")
    parser.add_argument("--down", type=float, default=30.0, help="then unreachable for (s)")
    parser.add_argument("--mode", choices=("reset", "silent"), default="reset")
    args = parser.parse_args()
    host, _, port = args.target.rpartition(":")
    with FaultProxy(host, int(port), args.port) as proxy:
        print(f"devices: http://127.0.0.1:{proxy.port}", flush=True)
        time.sleep(args.up)
        proxy.cut(args.mode)
        print(f"cut ({args.mode}) for {args.down:g} s", flush=True)
        time.sleep(args.down)
        proxy.restore()
        print("restored; Ctrl-C stops", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            while True:
                time.sleep(3600)
    return 0


if __name__ == "__main__":
    sys.exit(main())
