"""The annotate stage: one spaCy pass per article, then pure rule extraction."""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from typing import Any, Sequence

from storyscope.annotate.attribution import CUE_LEMMAS, extract_attributions
from storyscope.annotate.citations import extract_citations
from storyscope.annotate.claims import extract_claims, is_fragment
from storyscope.annotate.datelines import Dateline, find_datelines
from storyscope.annotate.entities import corrected_labels, extract_entities
from storyscope.annotate.nlp import ensure_paragraph_breaks
from storyscope.annotate.quantities import extract_quantities
from storyscope.annotate.resolve import Resolver
from storyscope.annotate.spans import QuoteIndex, doc_text, find_quotes, segments, trim_span
from storyscope.errors import StoryscopeError
from storyscope.model import (
    AnnotatedArticle, Annotations, Article, Attribution, Citation, EntityMention, Sentence,
)

# Versioned name of this implementation (recorded in dossier and bench output).
IMPL = "annotate.rules.v1"
# The stage contract: what it reads and what it fills (checked by the runner).
REQUIRES = ("Article.text",)
FILLS = ("Annotations.sentences", "Annotations.entities", "Annotations.attributions",
         "Annotations.quantities", "Annotations.citations", "Annotations.claims")
DEFAULT_BATCH_SIZE = 16


def _is_speech(doc: Any, att: Attribution) -> bool:
    """True when a gate-accepted attribution is still speech or belief: a direct quote or a cue lemma such
    as "claim" or "want" (the gate also accepts acts such as "signed" or "held talks", kind "other")."""
    if att.direct:
        return True
    span = doc.char_span(att.cue_start, att.cue_end, alignment_mode="expand")
    return span is not None and any(t.lemma_.lower() in CUE_LEMMAS for t in span)


# Entity labels a dateline's place may carry ("OSK, Kessia" is a place; "International Military" is no entity).
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _outside_headings(entities: list[EntityMention], datelines: list[Dateline]) -> list[EntityMention]:
    """``entities`` less those a dateline's heading holds that are no place: a section label the outlet prints
    before the first sentence ("International Military - ") names nothing the story is about. A bracketed
    agency ("(AP)") is kept."""
    if not datelines:
        return entities
    starts = [d.start for d in datelines]  # datelines are in text order and do not overlap

    def in_heading(e: EntityMention) -> bool:
        i = bisect_right(starts, e.start) - 1
        if i < 0:
            return False
        d = datelines[i]
        return e.end <= d.end and not d.agency_start <= e.start < d.agency_end

    return [e for e in entities if e.label in _PLACE_LABELS or not in_heading(e)]


_OPENING_QUOTES = "“\"‘'«"
_CLOSING_QUOTES = "”\"’'»"


# A heading within the body: a line of its own of at most this many words, with no full stop, question or
# exclamation mark, colon or closing quote at its end.
HEADING_MAX_WORDS = 12
_HEADING_END = re.compile(r"[.!?:;,”\"’')\]]\s*$")


def _in_heading(text: str, attribution: Attribution) -> bool:
    """True when ``attribution``'s cue lies in a line of its own that reads as a crosshead (``HEADING_MAX_WORDS``
    words, no sentence end), not in the prose."""
    start = text.rfind("\n", 0, attribution.cue_start) + 1
    end = text.find("\n", attribution.cue_end)
    line = text[start:end if end >= 0 else len(text)]
    return bool(line.strip()) and len(line.split()) <= HEADING_MAX_WORDS and not _HEADING_END.search(line)


def _quoted_whole(text: str, attribution: Attribution) -> bool:
    """True when the attribution's content is one quotation, marks and all: the speaker's own words."""
    before = text[attribution.start - 1:attribution.start] if attribution.start else ""
    return bool(before) and before in _OPENING_QUOTES and text[attribution.end:attribution.end + 1] in _CLOSING_QUOTES \
        and attribution.end < len(text)


def annotate_doc(doc: Any, article: Article) -> Annotations:
    """Extract all annotations from ``doc``, the parse of ``article.text``.

    Args:
        doc: a spaCy ``Doc`` with ``doc.text == article.text`` (full pipeline).
        article: the article the Doc was parsed from.

    Returns:
        The article's ``Annotations``; every offset indexes ``article.text``.

    Raises:
        StoryscopeError: E012 when the Doc is not the parse of ``article.text``.
    """
    if doc_text(doc) != article.text:
        raise StoryscopeError("E012", id=article.id, why="the Doc text differs from Article.text")
    text = article.text
    segs = segments(doc)
    quotes = QuoteIndex(find_quotes(text))
    labels = corrected_labels(doc)  # one pass serves the entity mentions and the speaker resolver
    datelines = find_datelines(text)  # one reading serves the entities and the citations
    entities = _outside_headings(extract_entities(doc, labels), datelines)
    citations = extract_citations(text, datelines)
    entities = _with_cited_outlets(text, entities, citations)
    resolver = Resolver(doc, quotes, frozenset(c.outlet for c in citations), labels)
    gated: list = []
    attributions = extract_attributions(doc, segs, quotes, resolver, gated=gated)
    quantities = extract_quantities(doc)
    # claims are voiced by speech and belief cues only, not by the gate's broad PolNeAR cues
    # ("Estonia ordered 40 boats" stays an assertion, "The ministry wants to cut costs" the writer's account);
    # a gated cue before the speaker's own quoted words voices its sentence as the rules' cues do ("Ambassador X
    # greeted “highly qualified workers”" is X's, not the outlet's)
    gated_ids = {id(a) for a in gated}
    speech = [a for a in attributions if id(a) not in gated_ids or _quoted_whole(text, a) and _is_speech(doc, a)]
    # (a crosshead, "Kessia offered 300 cooks", is the outlet's heading, no one's words: a gated cue there voices
    # nothing)
    attributions = [a if id(a) not in gated_ids or _is_speech(doc, a) else dataclasses.replace(a, kind="other")
                    for a in attributions if id(a) not in gated_ids or not _in_heading(text, a)]
    fragments = frozenset(seg.start for seg in segs if is_fragment(doc[seg.tok_start:seg.tok_end]))
    claims = extract_claims(text, segs, entities, quantities, speech, citations, fragments=fragments)
    sentences = []
    for seg in segs:
        s, e = trim_span(text, seg.start, seg.end, " \t\n")
        if s < e:
            sentences.append(Sentence(s, e))
    return Annotations(
        sentences=tuple(sentences),
        entities=tuple(entities),
        attributions=tuple(attributions),
        quantities=tuple(quantities),
        citations=tuple(citations),
        claims=tuple(claims),
    )


def _with_cited_outlets(text: str, entities: list[EntityMention], citations: list[Citation]) -> list[EntityMention]:
    """``entities`` with each cited outlet the tagger missed, named in title case ("told pro-Kremlin daily
    Izvestia"), as an ORG mention; a description ("Russian state television", "state TV") stays none."""
    out = list(entities)
    for c in citations:
        name = c.outlet.strip("“”\"'‘’ ")
        at = text.find(name, c.start, c.end) if name else -1
        words = name.split()
        if at < 0 or not all(w[:1].isupper() for w in words) or any(e.start < at + len(name) and at < e.end
                                                                 for e in out):
            continue
        out.append(EntityMention(name, "ORG", at, at + len(name)))
    return sorted(out, key=lambda m: m.start) if len(out) > len(entities) else entities


def too_long(nlp: Any, article: Article) -> StoryscopeError | None:
    """E020 for an article whose text is longer than the parser takes (``nlp.max_length``), else None."""
    if len(article.text) > nlp.max_length:
        return StoryscopeError("E020", id=article.id, chars=f"{len(article.text):,}", limit=f"{nlp.max_length:,}")
    return None


def annotate_articles(nlp: Any, articles: Sequence[Article],
                      batch_size: int = DEFAULT_BATCH_SIZE) -> list[AnnotatedArticle]:
    """Annotate ``articles`` in order: one ``nlp.pipe`` pass, then the rules per Doc.

    Single process; the runner parallelises across processes. The output has
    one ``AnnotatedArticle`` per input, in input order. A pipeline not made by
    ``load_nlp`` gets the paragraph-break component added.

    Args:
        nlp: the pipeline from ``load_nlp``.
        articles: cleaned articles.
        batch_size: spaCy's ``pipe`` batch size.

    Returns:
        The annotated articles, aligned with ``articles``.

    Raises:
        StoryscopeError: E012 naming the article whose rules failed; E020 for a text too long to parse.
    """
    ensure_paragraph_breaks(nlp)
    for article in articles:
        if (error := too_long(nlp, article)) is not None:
            raise error
    out: list[AnnotatedArticle] = []
    texts = (a.text for a in articles)
    for article, doc in zip(articles, nlp.pipe(texts, batch_size=batch_size)):
        try:
            annotations = annotate_doc(doc, article)
        except StoryscopeError:
            raise
        except Exception as exc:  # a rule bug must name the article, not kill the batch silently
            raise StoryscopeError("E012", id=article.id, why=f"{type(exc).__name__}: {exc}") from exc
        out.append(AnnotatedArticle(article, annotations))
    return out
