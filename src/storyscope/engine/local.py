"""The local runner: ``process_batch`` over a process pool, results streamed back."""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from itertools import islice

from threadpoolctl import threadpool_limits

from storyscope.annotate import load_nlp
from storyscope.engine.stages import process_batch
from storyscope.model import AnnotatedArticle, RawDocument, Skip
from storyscope.settings import Settings

# Batches in flight per worker: enough to keep workers busy, few enough that
# memory stays flat on a large pile.
IN_FLIGHT_PER_WORKER = 2

Result = tuple[RawDocument, AnnotatedArticle | Skip]


# The resource tracker's warning of semaphores a stopped pool left, silenced.
_QUIET_TRACKER = "ignore:resource_tracker:UserWarning"
# Seconds between a worker's checks that the run that started it is still there.
PARENT_CHECK_S = 2.0


def _watch_run(run_pid: int) -> None:
    """End this worker once the process of ``run_pid`` is gone: a run killed outright (``kill -9``, the OOM killer,
    a CI timeout) cannot end its workers, which would hold their memory for good."""
    def watch() -> None:
        while True:
            time.sleep(PARENT_CHECK_S)
            try:
                os.kill(run_pid, 0)
            except ProcessLookupError:
                os._exit(1)
            except PermissionError:
                pass  # (a process of that number exists)

    threading.Thread(target=watch, name="storyscope-run-watch", daemon=True).start()


def _warm(model: str, run_pid: int | None = None) -> None:
    """Worker start: one compute thread per worker, then the model.

    The workers already fill the cores; OpenMP/BLAS thread pools inside each
    (the parser's matrix products) only spin against each other: measured here
    (with the line classifier still in scikit-learn), cleaning 200 articles took
    11.6 s with them and 2.2 s without.
    """
    # Ctrl-C reaches the whole process group: the main process stops the run and ends the workers (``run_local``);
    # a worker that took the signal itself would die mid-start with a traceback and could leave the pool hung.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if run_pid is not None:
        _watch_run(run_pid)
    for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[name] = "1"  # read by libraries loaded from here on
    load_nlp(model)
    threadpool_limits(1)  # and those already loaded


def _batches(docs: Iterable[RawDocument], size: int) -> Iterator[list[RawDocument]]:
    it = iter(docs)
    while batch := list(islice(it, size)):
        yield batch


def run_local(docs: Iterable[RawDocument], settings: Settings) -> Iterator[list[Result]]:
    """Run the per-article stages over ``docs``.

    Args:
        docs: raw documents to clean and annotate.
        settings: ``processes`` (1 = in this process) and ``batch_size``.

    Yields:
        one list of ``(raw, result)`` pairs per finished batch, in completion order.
    """
    batches = _batches(docs, settings.batch_size)
    if settings.processes <= 1:
        for batch in batches:
            yield list(zip(batch, process_batch(batch, settings)))
        return
    # forkserver: workers start from a clean process, not a fork of one holding
    # DuckDB threads; each loads the model once.
    ctx = multiprocessing.get_context("forkserver")
    # (the resource tracker, started with the pool, inherits this: after Ctrl-C ends the workers mid-batch it would
    # warn of the pool's leaked semaphores below the one line a stopped run prints)
    if _QUIET_TRACKER not in os.environ.get("PYTHONWARNINGS", ""):  # (once, however many runs one process makes)
        os.environ["PYTHONWARNINGS"] = ",".join(filter(None, [os.environ.get("PYTHONWARNINGS"), _QUIET_TRACKER]))
    pool = ProcessPoolExecutor(settings.processes, mp_context=ctx, initializer=_warm,
                               initargs=(settings.spacy_model, os.getpid()))
    try:
        pending: dict[Future, list[RawDocument]] = {}
        limit = settings.processes * IN_FLIGHT_PER_WORKER
        for batch in batches:
            pending[pool.submit(process_batch, batch, settings)] = batch
            if len(pending) >= limit:
                finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in finished:
                    yield list(zip(pending.pop(future), future.result()))
        while pending:
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in finished:
                yield list(zip(pending.pop(future), future.result()))
    except BaseException:  # Ctrl-C, or the caller stopping: end the workers now, do not wait on their batches
        _stop(pool)
        raise
    pool.shutdown(wait=True)


def _stop(pool: ProcessPoolExecutor) -> None:
    """End ``pool`` at once: queued batches cancelled, running workers terminated (what they held was not yet
    stored, and the next run redoes it)."""
    workers = list((pool._processes or {}).values())  # (the executor has no public way to end running tasks)
    pool.shutdown(wait=False, cancel_futures=True)
    for worker in workers:
        if worker.is_alive():
            worker.terminate()
    for worker in workers:
        worker.join(timeout=5)
