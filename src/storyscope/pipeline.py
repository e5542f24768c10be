"""``analyze``: inputs -> store -> corpus -> dossier files, resumable and incremental."""

from __future__ import annotations

import dataclasses
import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from storyscope.corpus import build_corpus
from storyscope.engine import run_local
from storyscope.ingest import StoredIds, read_inputs, source_file
from storyscope.model import AnnotatedArticle, CorpusResult, RawDocument, Skip
from storyscope.errors import StoryscopeError
from storyscope.report import build_dossier, write_outputs
from storyscope.report.render import OUTPUT_NAMES
from storyscope.report.claimreview import check_top_claims
from storyscope.settings import Settings
from storyscope.store import Store

# (done, total, what) -> None; the CLI renders it with Rich.
Progress = Callable[[int, int, str], None]


@dataclass
class AnalyzeSummary:
    """What one ``analyze`` run did."""

    processed: int = 0
    unchanged: int = 0
    skipped: list[Skip] = field(default_factory=list)
    renamed: int = 0  # stored articles whose file was renamed: their old ids are gone
    articles: int = 0
    outputs: dict[str, Path] = field(default_factory=dict)


def _renamed(todo: Sequence[RawDocument], known: dict[str, str], sources: dict[str, str],
             files: dict[str, str] | None = None) -> set[str]:
    """Ids of stored articles whose file is gone and whose text a document read now holds under another id: a file
    renamed since the last run, which would otherwise be stored twice and count as a copy of itself. Whether the
    file is gone is asked of the path the store resolved when it read it (``files``), else of its source."""
    read = {doc.content_hash: doc.id for doc in todo}
    gone = set()
    for aid, content_hash in known.items():
        if read.get(content_hash, aid) == aid:
            continue
        source = (files or {}).get(aid) or sources.get(aid, "")
        if source and not Path(source_file(source)).exists():
            gone.add(aid)
    return gone


def _under(file: str, inputs: Sequence[str | Path]) -> bool:
    """True when ``file`` (a stored source's file, as given) is one of ``inputs`` or lies in one of its folders."""
    return any(file == str(given) or file.startswith(str(given).rstrip("/\\") + os.sep) for given in inputs)


def implementation_names(settings: Settings) -> dict[str, str]:
    """Return the versioned implementation names recorded in outputs."""
    return {"clean": settings.clean_impl, "annotate": settings.annotate_impl,
            "corpus": settings.corpus_impl, "check": settings.check_impl}


def _score_claims(store: Store, corpus: CorpusResult) -> CorpusResult:
    """Re-score the dossier claims' check-worthiness with the CT24 model (vectors cached for ``check``).

    Keeps the annotate stage's heuristic scores when a model cannot be loaded (the reason goes to the log).
    """
    from storyscope.store.search import cached_vectors
    from storyscope.verify.checkworthy import rescore_claims

    if not corpus.claims:
        return corpus
    try:
        from storyscope.embed import embed

        claims = rescore_claims(corpus.claims, lambda texts: cached_vectors(store, texts, embed))
    except StoryscopeError as exc:
        logging.getLogger(__name__).warning("check-worthiness model not used: %s", exc)
        return corpus
    return dataclasses.replace(corpus, claims=claims)


def analyze(inputs: Sequence[str | Path], out_dir: Path, db_path: Path | None, settings: Settings,
            progress: Progress | None = None) -> AnalyzeSummary:
    """Build or update the store from ``inputs`` and write the dossier files.

    Articles already stored with the same content are not processed again; each
    finished batch is committed at once, so a killed run keeps its work and the
    next run completes it.

    Returns:
        an ``AnalyzeSummary`` (counts, this run's skips, output paths).
    """
    summary = AnalyzeSummary()
    db_path = db_path or out_dir / "storyscope.duckdb"
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoryscopeError("E022", path=out_dir, why=exc.strerror or exc) from exc
    # (when --out lies among the inputs, the run's own outputs are no articles)
    own_outputs = [out_dir / name for name in OUTPUT_NAMES] + [db_path, Path(f"{db_path}.wal")]
    with Store(db_path) as store:
        known = store.known_hashes()
        skipped_before = store.skipped_hashes()
        skips_before = {skip.source: skip for skip in store.skipped()}
        sources = store.known_sources()
        stored_from = {source: aid for aid, source in sources.items()}
        files = store.known_files()
        ids = StoredIds(sources, known, files)
        todo: list[RawDocument] = []
        ingest_skips: list[tuple[None, Skip]] = []
        read_now: set[str] = set()
        unrecorded: dict[str, str] = {}
        for item in read_inputs(inputs, settings.max_file_bytes, exclude=own_outputs):
            read_now.add(item.source)
            if isinstance(item, RawDocument):
                item = ids.assign(item)  # (a new file named like a stored one must not replace it)
            if isinstance(item, Skip):
                if item.id is None and item.source in stored_from:
                    # (a stored file that turned unreadable: its article goes, as when it cleans to nothing; the
                    # dossier must not show text the file no longer holds)
                    item = dataclasses.replace(item, id=stored_from[item.source])
                summary.skipped.append(item)
                ingest_skips.append((None, item))
            elif skipped_before.get(item.source) == item.content_hash:
                # (a file skipped after reading, unchanged, stays skipped, is not cleaned again, and is told again
                # with its stored reason: the summary counts what dossier.json lists)
                summary.skipped.append(skips_before[item.source])
            elif known.get(item.id) == item.content_hash:
                summary.unchanged += 1
                if item.id not in files and item.file:
                    unrecorded[item.id] = item.file  # (stored before schema 8: its file is learnt now)
            else:
                todo.append(item)
        store.save_batch(ingest_skips)
        store.record_files(unrecorded)
        # a skip whose file (or JSONL line) under this run's inputs is gone is no longer so: dossier.json lists what the
        # summary counts
        store.forget_skips([source for source in skips_before
                            if source not in read_now and _under(source_file(source), inputs)])
        # a file renamed since it was stored: its old article, whose file is gone, is the new one's text
        renamed = _renamed(todo, known, sources, files)
        if renamed:
            store.forget_articles(sorted(renamed))
            summary.renamed += len(renamed)
        total = len(todo)
        if progress:
            progress(0, total, "articles")
        done = 0
        for results in run_local(todo, settings):
            store.save_batch(results)
            done += len(results)
            # (processed counts articles annotated; a skip at the clean or annotate stage is counted once, as skipped)
            summary.processed += sum(1 for _, r in results if not isinstance(r, Skip))
            summary.skipped.extend(r for _, r in results if isinstance(r, Skip))
            if progress:
                progress(done, total, "articles")
        if progress:
            progress(total, total, "corpus")
        annotated: list[AnnotatedArticle] = store.load_annotated()
        corpus = build_corpus(annotated)
        corpus = _score_claims(store, corpus)
        store.save_corpus(corpus)
        dossier = build_dossier(annotated, corpus, store.skipped(), implementation_names(settings))
        verdicts = check_top_claims(store, dossier)
        summary.articles = len(annotated)
    summary.outputs = write_outputs(dossier, out_dir, verdicts)
    summary.outputs["db"] = db_path
    return summary
