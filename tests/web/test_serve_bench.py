"""`bench serve`: a bounded load test against the real server on loopback (slow: prints p95, asserts no timing)."""

import json

import pytest
from rich.console import Console

from storyscope.bench.serve import run_serve_bench
from storyscope.errors import StoryscopeError


@pytest.mark.slow
def test_serve_bench_runs_and_records(make_store, tmp_path):
    db = make_store(tmp_path / "bench.duckdb")
    figures = run_serve_bench(db, tmp_path / "results", Console(quiet=True), requests=400)
    print(f"serve p95 {figures['p95_ms']} ms over {figures['requests']} requests")
    assert figures["errors"] == 0 and figures["requests"] == 400
    assert {"home_p95_ms", "api_dossier_p95_ms", "p95_ms", "requests_per_s"} <= set(figures)
    line = (tmp_path / "results" / "serve.jsonl").read_text().splitlines()[-1]
    assert json.loads(line)["task"] == "serve"


def test_serve_bench_needs_a_store(tmp_path):
    with pytest.raises(StoryscopeError) as info:
        run_serve_bench(tmp_path / "missing.duckdb", tmp_path, Console(quiet=True), requests=10)
    assert info.value.code == "E001"
