"""The command line: parse arguments, build settings, call one library function, render."""

from __future__ import annotations

import json
import os
import re
import signal
import sys
from pathlib import Path
from collections.abc import Callable
from typing import Annotated, Optional, TypeVar

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from storyscope.chars import BIDI_CONTROLS
from storyscope.errors import StoryscopeError
from storyscope.settings import load_settings

T = TypeVar("T")
app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="storyscope: turn a pile of news articles about one story into an auditable dossier.")
bench_app = typer.Typer(no_args_is_help=True, help="Evaluation harnesses over real datasets, with peers in the same run.")
app.add_typer(bench_app, name="bench")
# (no emoji codes: ":cross_mark:" in an article or a file name is shown as written, not as an emoji)
err = Console(stderr=True, emoji=False)
out = Console(emoji=False)

Inputs = Annotated[list[Path], typer.Argument(parser=lambda value: _path(value),
                                               help="Files or folders (recursive) of .txt/.html/.htm(.gz) and .jsonl.")]


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _interrupted_query(exc: RuntimeError) -> bool:
    """True for DuckDB's "Query interrupted": a KeyboardInterrupt raised (by ``_interrupt``) while it ran a query."""
    return isinstance(exc.__cause__, KeyboardInterrupt)


def terminal_safe(text: str) -> str:
    """``text`` with its terminal escape sequences dropped and other control characters (but tab and newline)
    shown as "?": an article or file name may hold "\\x1b[2J", which would clear the user's screen."""
    from storyscope.clean.article import TERMINAL_ESCAPE

    return _CONTROL.sub("?", TERMINAL_ESCAPE.sub("", text))


_CONTROL = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{BIDI_CONTROLS}]")  # (and bidi overrides)


def _say(console: Console, text: str) -> None:
    """Print ``text`` (which may quote input: no markup) made ``terminal_safe``."""
    # (one line per message, however long: a path cut at the terminal's width breaks `grep skipped`)
    console.print(terminal_safe(text), markup=False, highlight=False, soft_wrap=True)


def _warn(message: str) -> None:
    """Print one warning line on stderr (Rich markup off: it may quote input text)."""
    _say(err, f"warning: {message}")


def _path(value: str) -> Path:
    """A path argument as given; an empty one ("analyze "$DIR"" with DIR unset) would be the current folder, so it is
    refused (E001)."""
    if isinstance(value, Path):
        return value
    if not value.strip():
        raise typer.BadParameter(str(StoryscopeError("E001", path="'' (an empty argument: an unset shell variable?)")))
    return Path(value)


def _fail(exc: StoryscopeError) -> None:
    err.print("[red]error[/red] " + escape(terminal_safe(str(exc))), markup=True, highlight=False, soft_wrap=True)
    raise typer.Exit(code=2)


def _or_fail(run: Callable[[], T], source: Path | None = None, out_file: Path | None = None) -> T:
    """Return ``run()``; a StoryscopeError becomes its message on stderr and exit code 2, and so does an input
    ``source`` that is not UTF-8 (E004) or an ``out_file`` that cannot be written (E023)."""
    try:
        return run()
    except StoryscopeError as exc:
        _fail(exc)
        raise  # unreachable: _fail exits
    except UnicodeDecodeError as exc:
        if source is None:
            raise
        _fail(StoryscopeError("E004", path=source, why=f"it is not UTF-8 ({exc.reason} at byte {exc.start}); save it as UTF-8"))
        raise
    except OSError as exc:
        if out_file is None or (source is not None and exc.filename is not None and Path(exc.filename) == source):
            raise
        _fail(StoryscopeError("E023", path=out_file, why=exc.strerror or exc))
        raise


def _not_an_input(out_file: Path, inputs: list[Path]) -> None:
    """Fail with E023 when ``out_file`` is one of the ``inputs`` (or a link to one), or a file an input folder gives
    as an article: writing it would destroy it."""
    from storyscope.ingest.readers import read_as_input

    for given in inputs:
        try:
            same = out_file.exists() and (given.is_file() and out_file.samefile(given) or given.is_dir()
                                          and out_file.resolve().is_relative_to(given.resolve())
                                          and read_as_input(out_file))
        except OSError:
            same = False
        if same:
            _fail(StoryscopeError("E023", path=out_file, why="it is one of the inputs, which writing it would destroy"))


def _print_figures(run: Callable[[], dict]) -> None:
    """Run a bench harness; print its figures as the last stdout line (CONTRACT), or fail clearly."""
    sys.stdout.write(json.dumps(_or_fail(run)) + "\n")


@app.command()
def analyze(
    inputs: Inputs,
    out_dir: Annotated[Path, typer.Option("--out", parser=_path, help="Folder for dossier.json/.md/.html.")],
    db: Annotated[Optional[Path], typer.Option("--db", parser=_path, help="Store file (default OUT/storyscope.duckdb).")] = None,
    processes: Annotated[Optional[int], typer.Option(help="Worker processes (default 2).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", help="No progress bar.")] = False,
) -> None:
    """Analyze articles into a store and write dossier.json, dossier.md and dossier.html."""
    import duckdb

    from storyscope.pipeline import analyze as run_analyze

    # SIGTERM (a `timeout`, a service manager) stops a run as Ctrl-C does: workers stopped, one line, exit 130
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        settings = load_settings(processes=processes)
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      console=err, disable=quiet or not err.is_terminal) as bar:
            task = bar.add_task("reading inputs", total=None)

            def progress(done: int, total: int, what: str) -> None:
                label = "cleaning + annotating" if what == "articles" else "linking across articles"
                bar.update(task, completed=done, total=total or 1, description=label)

            summary = run_analyze(inputs, out_dir, db, settings, progress)
    except StoryscopeError as exc:
        _fail(exc)
        return
    except OSError as exc:  # (a full disk while the dossier is written: the earlier dossier files stay whole)
        _fail(StoryscopeError("E023", path=exc.filename or out_dir, why=exc.strerror or exc))
        return
    except (KeyboardInterrupt, duckdb.InterruptException, RuntimeError) as exc:
        if isinstance(exc, RuntimeError) and not _interrupted_query(exc):
            raise
        err.print("interrupted: the articles finished so far are stored; run analyze again to finish.",
                  markup=False, highlight=False, soft_wrap=True)
        # (the store is closed by now; an interrupt that lands while the worker pool starts leaves it a manager
        # thread that the interpreter's exit would wait on for ever, so the process ends here)
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(130)
    for skip in summary.skipped:
        _say(err, f"skipped {skip.source}: {skip.reason}")
    renamed = f", {summary.renamed} renamed" if summary.renamed else ""
    out.print(f"{summary.processed} processed, {summary.unchanged} unchanged, {len(summary.skipped)} skipped{renamed}; "
              f"{summary.articles} articles in the store.", markup=False, highlight=False)
    out.print(f"dossier: {summary.outputs['json']}\n         {summary.outputs['html']}\n         "
              f"{summary.outputs['md']}\nstore:   {summary.outputs['db']}", markup=False, highlight=False)


@app.command()
def check(
    claim: Annotated[str, typer.Argument(help="The claim to judge, in quotes.")],
    db: Annotated[Path, typer.Option("--db", parser=_path, help="Store file written by analyze.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Judge CLAIM against the articles in the store: verdict, confidence and quoted evidence."""
    from storyscope.store import Store
    from storyscope.verify import check_claim, verdict_to_json
    from storyscope.verify.typed import claim_as_typed

    if not db.exists():
        _fail(StoryscopeError("E001", path=db))
    try:
        claim = claim_as_typed(claim)
        with Store(db) as store:
            verdict = check_claim(store, claim)
    except StoryscopeError as exc:
        _fail(exc)
        return
    if as_json:
        sys.stdout.write(json.dumps(verdict_to_json(verdict), ensure_ascii=False) + "\n")
        return
    out.print(f"{verdict.verdict} (confidence {verdict.confidence:.2f})", markup=False)
    _say(out, verdict.explanation)
    for e in verdict.evidence:
        who = f" [{e.attributed_to}]" if e.attributed_to else ""
        _say(out, f"- {e.stance} {e.article}{who}: {e.text}")


@app.command()
def extract(
    inputs: Inputs,
    out_file: Annotated[Path, typer.Option("--out", parser=_path, help="JSON file to write.")],
) -> None:
    """Extract each article's body, title, date and language into one JSON file."""
    _not_an_input(out_file, inputs)
    from storyscope.clean import clean_document, extraction_record
    from storyscope.ingest import read_inputs
    from storyscope.model import Skip

    settings = load_settings()
    result = {}
    for item in read_inputs(inputs, settings.max_file_bytes):
        article = item if isinstance(item, Skip) else clean_document(item)
        if isinstance(article, Skip):
            _say(err, f"skipped {article.source}: {article.reason}")
            continue
        result[article.id] = extraction_record(article)
    text = json.dumps(result, ensure_ascii=False, indent=1)
    from storyscope.outputs import write_atomically

    _or_fail(lambda: write_atomically(out_file, text, follow=True), out_file=out_file)
    out.print(f"{len(result)} articles -> {out_file}", markup=False)


@app.command()
def attributions(
    inputs: Inputs,
    out_file: Annotated[Path, typer.Option("--out", parser=_path, help="JSONL file to write.")],
) -> None:
    """Extract who-said-what from each input's text exactly as given (offsets index the file text)."""
    _not_an_input(out_file, inputs)
    from storyscope.annotate import annotate_articles, load_nlp
    from storyscope.annotate.chains import enclosing_attributions
    from storyscope.annotate.stage import too_long
    from storyscope.bench.attribution import attribution_dicts
    from storyscope.ingest import read_inputs
    from storyscope.model import Article, Skip
    from storyscope.outputs import atomic_writer

    settings = load_settings()
    docs = []
    for item in read_inputs(inputs, settings.max_file_bytes):
        if isinstance(item, Skip):
            _say(err, f"skipped {item.source}: {item.reason}")
            continue
        docs.append(Article(id=item.id, source=item.source, title=None, published=None, outlet=None,
                            language=None, text=item.text, content_hash=item.content_hash))
    nlp = load_nlp(settings.spacy_model)
    for doc in list(docs):  # (one text too long to parse must not cost the others their output)
        if (error := too_long(nlp, doc)) is not None:
            _say(err, f"skipped {doc.source}: {error}")
            docs.remove(doc)

    def write() -> None:
        # (the temporary file is opened first: a bad --out fails before the parsing, an interrupted run leaves an
        # earlier --out whole)
        with atomic_writer(out_file, follow=True) as fh:
            for done in annotate_articles(nlp, docs, batch_size=settings.batch_size):
                found = done.annotations.attributions
                rows = [{**spans, "speaker": a.speaker, "within": outer}
                        for spans, a, outer in zip(attribution_dicts(found), found, enclosing_attributions(found))]
                fh.write(json.dumps({"doc": done.article.id, "attributions": rows}, ensure_ascii=False) + "\n")

    _or_fail(write, out_file=out_file)
    out.print(f"{len(docs)} documents -> {out_file}", markup=False)


@app.command()
def stance(
    pairs: Annotated[Path, typer.Argument(parser=_path, help="CSV with a header and columns id,claim,text.")],
    out_file: Annotated[Path, typer.Option("--out", parser=_path, help="CSV to write: id,stance,score.")],
) -> None:
    """Stance of each text toward its claim: agree, disagree, discuss or unrelated."""
    _not_an_input(out_file, [pairs])
    from storyscope.verify.stance import predict_stance_csv

    count = _or_fail(lambda: predict_stance_csv(pairs, out_file, warn=_warn), pairs, out_file)
    out.print(f"{count} pairs -> {out_file}", markup=False)


@app.command()
def checkworthy(
    sentences: Annotated[Path, typer.Argument(parser=_path, help="TSV with a header and columns Sentence_id, Text.")],
    out_file: Annotated[Path, typer.Option("--out", parser=_path, help="TSV to write: Sentence_id, class_label, score.")],
) -> None:
    """Score each sentence's check-worthiness (Yes/No and a score in [0, 1])."""
    _not_an_input(out_file, [sentences])
    from storyscope.verify.checkworthy import predict_checkworthy_tsv

    count = _or_fail(lambda: predict_checkworthy_tsv(sentences, out_file, warn=_warn), sentences, out_file)
    out.print(f"{count} sentences -> {out_file}", markup=False)


@app.command()
def serve(
    db: Annotated[Path, typer.Option("--db", parser=_path, help="Store file written by analyze.")],
    host: Annotated[str, typer.Option(help="Address to bind (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.", min=1, max=65535)] = 8000,
) -> None:
    """Serve the dossier as a web app with a JSON API (/api/dossier, /api/check?claim=)."""
    import uvicorn

    from storyscope.web.app import create_app

    if not db.exists():
        _fail(StoryscopeError("E001", path=db))
    uvicorn.run(_or_fail(lambda: create_app(db)), host=host, port=port, log_level="warning")


@bench_app.command("throughput")
def bench_throughput(
    data: Annotated[Path, typer.Option(parser=_path, help="FNC-1 folder (train_bodies.csv).")] = Path("../shared/data/fnc1"),
    limit: Annotated[int, typer.Option(help="Bodies to use.")] = 400,
    processes: Annotated[int, typer.Option(help="Processes for both storyscope and the spaCy peer.")] = 2,
    results: Annotated[Path, typer.Option(parser=_path, help="Folder for the results table.")] = Path("benchmarks"),
) -> None:
    """Articles per second end to end vs a spaCy-only parse of the same texts, in the same run."""
    from storyscope.bench.throughput import run_throughput

    _print_figures(lambda: run_throughput(data, limit, processes, results, console=out))


@bench_app.command("extraction")
def bench_extraction(
    data: Annotated[Path, typer.Option(parser=_path, help="Folder in the benchmark layout (html/, text/, ground-truth.json).")] = Path(
        "../shared/data/extraction/dev"),
    rounds: Annotated[int, typer.Option(help="Timed calls per page and system; the fastest counts.")] = 3,
    results: Annotated[Path, typer.Option(parser=_path, help="Folder for the results table.")] = Path("benchmarks"),
) -> None:
    """Shingle P/R/F1 and pages/s of the clean stage (HTML and flattened text) vs trafilatura and jusText."""
    from storyscope.bench.extraction import run_extraction_bench

    _print_figures(lambda: run_extraction_bench(data, results, out, rounds=rounds))


@bench_app.command("attribution")
def bench_attribution(
    data: Annotated[Path, typer.Option(parser=_path, help="PolNeAR folder (text/, attributions/).")] = Path(
        "../shared/data/attribution/polnear"),
    split: Annotated[str, typer.Option(help="Documents to score: dev (held out by document) or train.")] = "dev",
    results: Annotated[Path, typer.Option(parser=_path, help="Folder for the results table.")] = Path("benchmarks"),
) -> None:
    """Token P/R/F1 for source, cue, content and relation P/R/F1 on PolNeAR vs a quotes-only baseline."""
    from storyscope.bench.attribution import run_attribution_bench

    _print_figures(lambda: run_attribution_bench(data, results, out, split=split))


@bench_app.command("fnc1")
def bench_fnc1(
    data: Annotated[Path, typer.Option(parser=_path, help="FNC-1 folder (train_bodies.csv, train_stances.csv).")] = Path(
        "../shared/data/fnc1"),
    results: Annotated[Path, typer.Option(parser=_path, help="Folder for the results table.")] = Path("benchmarks"),
    split: Annotated[str, typer.Option(help="Dev split: body (bodies held out; dev headlines also in train) "
                                            "or topic (whole claims held out: no dev headline or body in train).")
                     ] = "body",
) -> None:
    """FNC-1 relative score and macro-F1 on a held-out dev split vs the official baseline and majority class."""
    from storyscope.bench.fnc1 import run_fnc1_bench

    if split not in ("body", "topic"):
        raise typer.BadParameter("split must be body or topic", param_hint="--split")
    _print_figures(lambda: run_fnc1_bench(data, results, out, split=split))


@bench_app.command("emergent")
def bench_emergent(
    data: Annotated[Path, typer.Option(parser=_path, help="Emergent folder (official CV folds).")] = Path("../shared/data/emergent"),
    results: Annotated[Path, typer.Option(parser=_path, help="Folder for the results table.")] = Path("benchmarks"),
) -> None:
    """Emergent headline stance accuracy over the official CV folds vs the majority class."""
    from storyscope.bench.emergent import run_emergent_bench

    _print_figures(lambda: run_emergent_bench(data, results, out))


@bench_app.command("checkworthy")
def bench_checkworthy(
    data: Annotated[Path, typer.Option(parser=_path, help="CheckThat! 2024 English folder (train/dev/dev-test TSVs).")] = Path(
        "../shared/data/checkworthy/ct24_english"),
    results: Annotated[Path, typer.Option(parser=_path, help="Folder for the results table.")] = Path("benchmarks"),
) -> None:
    """F1 of the Yes class on CT24 dev-test vs a TF-IDF logistic regression and all-Yes."""
    from storyscope.bench.checkworthy import run_checkworthy_bench

    _print_figures(lambda: run_checkworthy_bench(data, results, out))


@bench_app.command("serve")
def bench_serve(
    db: Annotated[Path, typer.Option("--db", parser=_path, help="Store file written by analyze.")],
    requests: Annotated[int, typer.Option(help="GETs in all, split between / and /api/dossier.")] = 2000,
    results: Annotated[Path, typer.Option(parser=_path, help="Folder for the results table.")] = Path("benchmarks"),
) -> None:
    """p50/p95 latency of the web app under a bounded load on loopback."""
    from storyscope.bench.serve import run_serve_bench

    _print_figures(lambda: run_serve_bench(db, results, out, requests=requests))


@bench_app.command("stories")
def bench_stories(
    data: Annotated[Path, typer.Option(parser=_path, help="ECB+ folder (docs.jsonl).")] = Path("../shared/data/clustering/ecbplus"),
    folds: Annotated[int, typer.Option(help="Topic folds for cross-validation.")] = 5,
    cache: Annotated[Optional[Path], typer.Option(help="Folder caching annotated documents between runs.")] = None,
    processes: Annotated[int, typer.Option(help="Worker processes for clean + annotate.")] = 2,
    results: Annotated[Path, typer.Option(parser=_path, help="Folder for the results table.")] = Path("benchmarks"),
) -> None:
    """Story grouping on ECB+, topic-grouped CV: BCubed P/R/F1 and ARI vs TF-IDF average-link."""
    from storyscope.bench.stories import run_stories_bench

    _print_figures(lambda: run_stories_bench(data, results, out, folds=folds, cache=cache, processes=processes))


@bench_app.command("scale")
def bench_scale(
    sizes: Annotated[str, typer.Option(help="Comma-separated article counts.")] = "10000,30000,100000",
    seed: Annotated[int, typer.Option(help="Generator seed.")] = 0,
    quick: Annotated[bool, typer.Option("--quick", help="1,000 and 3,000 articles only.")] = False,
    timeout: Annotated[Optional[float], typer.Option(help="Seconds allowed per size.")] = None,
    memory_limit_mb: Annotated[Optional[int], typer.Option(help="Address-space cap per size's worker.")] = None,
    results: Annotated[Path, typer.Option(parser=_path, help="Folder for the results table.")] = Path("benchmarks"),
) -> None:
    """Corpus stages on synthetic 10k-100k article piles: seconds per stage, peak memory, growth vs linear."""
    from storyscope.bench.scale import run_scale_bench

    try:
        size_list = tuple(int(s) for s in sizes.split(",") if s.strip())
    except ValueError:
        raise typer.BadParameter(f"{sizes!r} is not a comma-separated list of article counts", param_hint="--sizes")
    if not size_list or min(size_list) < 1:
        raise typer.BadParameter("each size must be a count of at least 1 article", param_hint="--sizes")
    _print_figures(lambda: run_scale_bench(results, out, sizes=size_list, seed=seed, quick=quick,
                                           timeout=timeout, memory_limit_mb=memory_limit_mb))


@bench_app.command("veracity")
def bench_veracity(
    data: Annotated[Path, typer.Option(parser=_path, help="Emergent folder (emergent_meta_train.csv + folds/).")] = Path(
        "../shared/data/emergent"),
    results: Annotated[Path, typer.Option(parser=_path, help="Folder for the results table.")] = Path("benchmarks"),
) -> None:
    """Emergent claim veracity (true/false/unknown) over the official CV folds vs majority class and stance counts."""
    from storyscope.bench.veracity import run_veracity_bench

    _print_figures(lambda: run_veracity_bench(data, results, out))


@bench_app.command("gate")
def bench_gate(
    results: Annotated[Path, typer.Option(parser=_path, help="Folder of recorded results with floors.json.")] = Path("benchmarks"),
    update: Annotated[bool, typer.Option(help="Raise each floor to the newest recorded figure.")] = False,
    allow_lower: Annotated[bool, typer.Option(help="With --update: also lower floors that fell.")] = False,
) -> None:
    """Check the newest recorded figures against benchmarks/floors.json (exit 1 when one fell below)."""
    from rich.table import Table

    from storyscope.bench.gate import check_floors, update_floors

    floors = results / "floors.json"
    if update:
        for name, old, new in _or_fail(lambda: update_floors(floors, results, allow_lower=allow_lower)):
            out.print(f"{name}: {old} -> {new}")
    checked = _or_fail(lambda: check_floors(floors, results))
    table = Table("task", "figure", "floor", "noise", "newest", "run", "ok")
    for r in checked:
        table.add_row(r.task, r.path, str(r.floor), str(r.noise), "missing" if r.value is None else str(r.value),
                      f"{r.run_date} {r.run_commit}" if r.run_date else "-", "yes" if r.passed else "NO")
    out.print(table)
    if not all(r.passed for r in checked):
        raise typer.Exit(1)


def main() -> None:
    """Entry point for ``python -m storyscope``."""
    app()


if __name__ == "__main__":
    main()
