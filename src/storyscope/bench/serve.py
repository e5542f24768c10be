"""`storyscope bench serve`: latency of the web app under a bounded load on loopback.

Starts the real app under uvicorn on 127.0.0.1 and a free port (in a thread of
this process), warms it up, then sends ``requests`` GETs split between ``/``
and ``/api/dossier`` from a pool of client threads, and reports p50/p95/max
latency per route and requests per second. It stops by itself.
"""

from __future__ import annotations

import socket
import statistics
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from rich.console import Console
from rich.table import Table

from storyscope.bench.results import record
from storyscope.errors import StoryscopeError

ROUTES = ("/", "/api/dossier")
# Client threads sending requests at once (the machine this was set on has 2 shared cores).
CLIENTS = 8
# Seconds to wait for the server to start, and per request.
START_TIMEOUT, REQUEST_TIMEOUT = 30.0, 30.0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def _get(url: str) -> tuple[float, int]:
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=REQUEST_TIMEOUT) as response:
            response.read()
            status = response.status
    except urllib.error.HTTPError as exc:
        status = exc.code
    return time.perf_counter() - start, status


def run_serve_bench(db: Path, results_dir: Path, console: Console, requests: int = 2000) -> dict:
    """Load-test the served app over the store ``db`` and record the figures.

    Args:
        db: a store file written by ``analyze``.
        results_dir: folder for ``serve.md`` / ``serve.jsonl``.
        console: where the table goes.
        requests: total GETs, split evenly between the routes in :data:`ROUTES`.

    Returns:
        the figures dict (also appended to ``results_dir/serve.*``).

    Raises:
        StoryscopeError: E001 when ``db`` does not exist.
    """
    import uvicorn

    from storyscope.web.app import create_app

    if not Path(db).exists():
        raise StoryscopeError("E001", path=db)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(Path(db)), host="127.0.0.1", port=port,
                                           log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, name="bench-serve", daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while not server.started:
            if time.monotonic() > deadline or not thread.is_alive():
                raise RuntimeError(f"uvicorn did not start on 127.0.0.1:{port} within {START_TIMEOUT:.0f} s")
            time.sleep(0.05)
        base = f"http://127.0.0.1:{port}"
        for route in ROUTES:  # warm-up: builds the dossier and the home page's verdicts once
            _get(base + route)
        urls = [base + ROUTES[i % len(ROUTES)] for i in range(requests)]
        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=CLIENTS) as pool:
            results = list(pool.map(_get, urls))
        elapsed = time.perf_counter() - started
    finally:
        server.should_exit = True
        thread.join(timeout=10)
    figures: dict = {"requests": requests, "clients": CLIENTS, "seconds": round(elapsed, 3),
                     "requests_per_s": round(requests / elapsed, 1),
                     "errors": sum(1 for _, status in results if status != 200)}
    table = Table(title=f"serve: {requests} GETs, {CLIENTS} clients, loopback")
    for col in ("route", "requests", "p50 ms", "p95 ms", "max ms"):
        table.add_column(col)
    every = [t for t, _ in results]
    for route in ROUTES:
        times = [t for (t, _), url in zip(results, urls) if url == base + route]
        key = "home" if route == "/" else "api_dossier"
        p50, p95 = statistics.median(times) * 1000, _percentile(times, 0.95) * 1000
        figures[f"{key}_p50_ms"], figures[f"{key}_p95_ms"] = round(p50, 2), round(p95, 2)
        table.add_row(route, str(len(times)), f"{p50:.1f}", f"{p95:.1f}", f"{max(times) * 1000:.1f}")
    figures["p95_ms"] = round(_percentile(every, 0.95) * 1000, 2)
    table.add_row("all", str(len(every)), f"{statistics.median(every) * 1000:.1f}", f"{figures['p95_ms']:.1f}",
                  f"{max(every) * 1000:.1f}")
    console.print(table)
    md = (f"| route | p50 ms | p95 ms |\n|---|---|---|\n"
          f"| / | {figures['home_p50_ms']} | {figures['home_p95_ms']} |\n"
          f"| /api/dossier | {figures['api_dossier_p50_ms']} | {figures['api_dossier_p95_ms']} |\n"
          f"| all | | {figures['p95_ms']} |\n\n{requests} requests, {CLIENTS} clients, "
          f"{figures['requests_per_s']} req/s, {figures['errors']} errors, store `{Path(db).name}`.")
    record(results_dir, "serve", figures, md)
    return figures
