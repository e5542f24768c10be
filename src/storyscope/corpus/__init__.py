"""Corpus stage: everything that needs all articles at once.

``build_corpus`` chains the sub-stages, each a pure function in its own
module: copies (MinHash near-duplicates) -> entities (canonical names) ->
stories (grouping) -> claims (clusters across articles) -> conflicts
(numeric, denial, contradiction) -> citations (graph) -> timeline.
"""

from __future__ import annotations

from collections.abc import Sequence

from storyscope.corpus.citations import citation_edges
from storyscope.corpus.claims import group_claims
from storyscope.corpus.conflicts import find_conflicts
from storyscope.corpus.copies import find_copies
from storyscope.corpus.entities import EntityIndex, link_entities, resolve_name
from storyscope.corpus.stories import group_stories
from storyscope.corpus.timeline import build_timeline
from storyscope.errors import StoryscopeError
from storyscope.model import AnnotatedArticle, CorpusResult

__all__ = ["build_corpus", "resolve_name", "EntityIndex"]

# Recorded in settings (``corpus_impl``) and dossier/bench output.
IMPL_NAME = "corpus.v1"


def build_corpus(articles: Sequence[AnnotatedArticle]) -> CorpusResult:
    """Derive copies, stories, entities, claims, conflicts, citations and a timeline.

    A pure function of the list: inputs are sorted by article id first, so the
    same articles in any order give the same result, ids included. Every
    step blocks with MinHash LSH or capped inverted indexes instead of
    comparing all pairs, so time grows roughly linearly with the corpus.

    Args:
        articles: annotated articles with unique ids.

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
    copies = find_copies(ordered)
    links = link_entities(ordered)
    stories, article_story = group_stories(ordered, links)
    claims = group_claims(ordered, links, copies.origin)
    conflicts = find_conflicts(ordered, claims, links, article_story)
    return CorpusResult(
        stories=stories,
        entities=links.entities,
        claims=claims,
        conflicts=conflicts,
        citations=citation_edges(ordered, copies.copies),
        copies=copies.copies,
        timeline=build_timeline(ordered, claims),
        article_story=article_story,
    )
