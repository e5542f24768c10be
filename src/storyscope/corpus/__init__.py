"""Corpus stage: everything that needs all articles at once.

``build_corpus`` chains the sub-stages, each a pure function in its own
module: copies (MinHash near-duplicates) -> entities (canonical names) ->
stories (grouping) -> claims (clusters across articles) -> conflicts
(numeric, denial, contradiction) -> citations (graph) -> timeline.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from storyscope.corpus.citations import citation_edges
from storyscope.corpus.claims import MentionCores, group_claims, mention_cores
from storyscope.corpus.conflicts import find_conflicts
from storyscope.corpus.copies import carried_reports, find_copies, with_carried_origins
from storyscope.corpus.entities import EntityIndex, link_entities, resolve_name
from storyscope.corpus.stories import group_stories
from storyscope.corpus.timeline import build_timeline
from storyscope.errors import StoryscopeError
from storyscope.model import AnnotatedArticle, CorpusResult

__all__ = ["EntityIndex", "build_corpus", "resolve_name"]

# Recorded in settings (``corpus_impl``) and dossier/bench output.
IMPL_NAME = "corpus.v1"


def build_corpus(
    articles: Sequence[AnnotatedArticle], *, on_stage: Callable[[str, float], None] | None = None
) -> CorpusResult:
    """Derive copies, stories, entities, claims, conflicts, citations and a timeline.

    A pure function of the list: inputs are sorted by article id first, so the
    same articles in any order give the same result, ids included. Every
    step blocks with MinHash LSH or capped inverted indexes instead of
    comparing all pairs, so time grows roughly linearly with the corpus.

    Args:
        articles: annotated articles with unique ids.
        on_stage: called as ``on_stage(name, seconds)`` after each sub-stage
            (copies, entities, stories, claims, conflicts, citations,
            timeline), for ``storyscope bench scale``.

    Returns:
        A ``CorpusResult`` whose ``article_story`` maps every article id to
        its story id.

    Raises:
        StoryscopeError: E018 when two articles share an id (ids must be
            unique; the ingest stage derives them from file names).
    """
    ordered = sorted(articles, key=lambda a: a.article.id)
    seen: set[str] = set()
    for item in ordered:
        if item.article.id in seen:
            raise StoryscopeError("E018", id=item.article.id)
        seen.add(item.article.id)
    clock = _StageClock(on_stage)
    copies = clock("copies", find_copies, ordered)
    links = clock("entities", link_entities, ordered)
    stories, article_story = clock("stories", group_stories, ordered, links)
    origin = with_carried_origins(copies.origin, carried_reports(ordered))
    claims, cores = clock("claims", _claims_and_cores, ordered, links, origin)
    conflicts = clock("conflicts", find_conflicts, ordered, claims, links, article_story, cores)
    citations = clock("citations", citation_edges, ordered, copies.copies, article_story)
    timeline = clock("timeline", build_timeline, ordered, claims)
    return CorpusResult(
        stories=stories,
        entities=links.entities,
        claims=claims,
        conflicts=conflicts,
        citations=citations,
        copies=copies.copies,
        timeline=timeline,
        article_story=article_story,
    )


def _claims_and_cores(ordered: Sequence[AnnotatedArticle], links, origin: dict[str, str]):
    """``group_claims`` plus the mention cores it read, which ``find_conflicts`` reads again."""
    cores: MentionCores = mention_cores(ordered)
    return group_claims(ordered, links, origin, cores), cores


class _StageClock:
    """Run a sub-stage and report its wall time to ``on_stage`` (no-op without one)."""

    def __init__(self, on_stage: Callable[[str, float], None] | None) -> None:
        self.on_stage = on_stage

    def __call__(self, name: str, stage: Callable, *args):
        if self.on_stage is None:
            return stage(*args)
        start = time.perf_counter()
        out = stage(*args)
        self.on_stage(name, time.perf_counter() - start)
        return out
