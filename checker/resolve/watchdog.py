"""A deadline for the part of a request that no timeout covers.

Socket timeouts bound each read, not a whole answer: a server that sends its
status line and headers one byte at a time never trips a read timeout and would
hold a worker for days. The body loop checks the deadline between reads; for
everything before it, a single watchdog thread shuts down the socket of any
request still running at its deadline, and the blocked read returns at once.

Connections are found through a thin subclass of urllib3's connections that
records, per thread, which connection the current request is using.
"""

from __future__ import annotations

import contextlib
import heapq
import http.client
import itertools
import socket
import threading
import time
from dataclasses import dataclass, field
from typing import Any

import urllib3.connection
from requests.adapters import HTTPAdapter
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

_active = threading.local()


@dataclass
class Watch:
    deadline: float
    conn: Any = None  # the urllib3 connection in use, set when the request is sent
    fired: bool = False
    cancelled: bool = False
    headers_done: bool = False  # set by the caller once the status and headers are in
    fired_before_headers: bool = False
    status_line: int | None = None  # the status of an answer whose headers are being read
    lock: threading.Lock = field(default_factory=threading.Lock, compare=False, repr=False)


class _NotedResponse(http.client.HTTPResponse):
    """Notes the status line as soon as it is read, so that an answer whose headers are then
    cut off by a reset is known to have been a 200 (requests only sees the reset)."""

    def _read_status(self) -> tuple[str, int, str]:
        version, status, reason = super()._read_status()  # type: ignore[misc]
        watch = getattr(_active, "watch", None)
        if watch is not None and status != 100:
            watch.status_line = status
        return version, status, reason


class _Tracked:
    response_class: Any = _NotedResponse

    def request(self, *args: Any, **kwargs: Any) -> Any:
        watch = getattr(_active, "watch", None)
        if watch is not None:
            watch.conn = self
            watch.status_line = None  # a proxy tunnel's "200 Connection established" is not the answer
        return super().request(*args, **kwargs)  # type: ignore[misc]


class TrackedHTTPConnection(_Tracked, urllib3.connection.HTTPConnection):
    pass


class TrackedHTTPSConnection(_Tracked, urllib3.connection.HTTPSConnection):
    pass


class TrackedHTTPPool(HTTPConnectionPool):
    ConnectionCls = TrackedHTTPConnection


class TrackedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = TrackedHTTPSConnection


POOL_CLASSES = {"http": TrackedHTTPPool, "https": TrackedHTTPSPool}


class WatchedAdapter(HTTPAdapter):
    """An HTTPAdapter whose connections the watchdog can find (direct and via HTTP proxies)."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = POOL_CLASSES  # type: ignore[assignment]

    def proxy_manager_for(self, proxy: str, **kwargs: Any) -> Any:
        manager = super().proxy_manager_for(proxy, **kwargs)
        if not proxy.lower().startswith("socks"):  # SOCKS managers bring their own pools
            manager.pool_classes_by_scheme = POOL_CLASSES
        return manager


class Watchdog:
    """One thread; fires each watch whose deadline passes before it is cancelled."""

    def __init__(self) -> None:
        self._cv = threading.Condition()
        self._heap: list[tuple[float, int, Watch]] = []
        self._seq = itertools.count()
        self._thread: threading.Thread | None = None

    def start(self, deadline: float) -> Watch:
        """Watch the calling thread's next request until `deadline` (time.monotonic())."""
        watch = Watch(deadline)
        _active.watch = watch
        with self._cv:
            heapq.heappush(self._heap, (deadline, next(self._seq), watch))
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="resolve-watchdog", daemon=True)
                self._thread.start()
            self._cv.notify()
        return watch

    def stop(self, watch: Watch) -> None:
        """End the watch; once this returns, the watchdog will not touch the connection."""
        with watch.lock:
            watch.cancelled = True
        if getattr(_active, "watch", None) is watch:
            _active.watch = None

    def _run(self) -> None:
        while True:
            with self._cv:
                while self._heap and self._heap[0][2].cancelled:
                    heapq.heappop(self._heap)
                if not self._heap:
                    self._cv.wait(timeout=5.0)
                    continue
                wait = self._heap[0][0] - time.monotonic()
                if wait > 0:
                    self._cv.wait(timeout=min(wait, 5.0))
                    continue
                _, _, watch = heapq.heappop(self._heap)
            self._fire(watch)

    @staticmethod
    def _fire(watch: Watch) -> None:
        with watch.lock:
            if watch.cancelled:
                return
            sock = getattr(watch.conn, "sock", None)
            if sock is None:
                return
            watch.fired = True
            watch.fired_before_headers = not watch.headers_done
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)  # wakes the blocked read in the worker thread
