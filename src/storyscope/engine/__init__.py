"""Runners that drive the per-article stages: local process pool, Ray Data adapter."""

from storyscope.engine.local import run_local
from storyscope.engine.stages import process_batch

__all__ = ["process_batch", "run_local"]
