"""Articles carrying one agency's wire report count as one origin of a claim."""

from __future__ import annotations

from dataclasses import replace

from storyscope.corpus import build_corpus
from storyscope.corpus.copies import carried_reports, with_carried_origins
from storyscope.model import DATELINE_CUE, REPUBLISHED_CUE, AnnotatedArticle

from .conftest import make_article


def test_one_agency_is_one_origin() -> None:
    origin = {"a": "a", "b": "b", "c": "a", "d": "d", "e": "e"}
    merged = with_carried_origins(origin, {"b": "Norpress", "d": "norpress", "e": "Kesswire"})
    assert merged["b"] == merged["d"] == "b"
    assert merged["a"] == merged["c"] == "a"
    assert merged["e"] == "e"


def test_a_copy_of_a_wire_article_joins_its_agency() -> None:
    # c copies a; a and d carry the same agency's dateline: a, c and d are one origin
    merged = with_carried_origins({"a": "a", "c": "a", "d": "d"}, {"d": "Norpress", "a": "Norpress"})
    assert merged == {"a": "a", "c": "a", "d": "a"}


def test_no_wire_changes_nothing() -> None:
    assert with_carried_origins({"a": "a", "b": "a"}, {}) == {"a": "a", "b": "a"}


_SHARED = "Kessia and Norland agreed on Tuesday to share the water of the Vel river for ten years."


def _wire_article(aid: str, agency: str | None, tail: str) -> AnnotatedArticle:
    """An article opening "OSK (agency) — " + the shared sentence, as the annotate stage leaves it: the
    dateline is a citation with the dateline cue and no part of the first claim sentence."""
    dateline = f"OSK ({agency}) — " if agency else "OSK — "
    text = dateline + _SHARED + " " + tail
    art = make_article(aid, text, entities=[("Kessia", "GPE"), ("Norland", "GPE"), ("Vel", "LOC")],
                       citations=[(agency, f"OSK ({agency})")] if agency else [])
    ann = art.annotations
    citations = tuple(replace(c, cue=DATELINE_CUE) for c in ann.citations)
    claims = tuple(replace(c, text=c.text[len(dateline):], start=len(dateline)) if c.start == 0 else c
                   for c in ann.claims)
    return replace(art, annotations=replace(ann, citations=citations, claims=claims))


def test_two_outlets_running_one_wire_report_are_one_source() -> None:
    articles = [
        _wire_article("w1", "Norpress", "Farmers on both banks welcomed the news at a market in Brandt."),
        _wire_article("w2", "Norpress", "The deal is the first between the neighbours since the border war."),
        _wire_article("w3", None, "Fishermen in the delta said they had waited a decade for it."),
    ]
    assert carried_reports(articles) == {"w1": "Norpress", "w2": "Norpress"}
    result = build_corpus(articles)
    (shared,) = [c for c in result.claims if len(c.mentions) == 3]
    assert shared.independent_sources == 2


def test_a_republication_notice_is_a_carried_report() -> None:
    text = "Kessia and Norland signed the river pact on Monday. This article originally appeared in The Osk Herald."
    art = make_article("r1", text, citations=[("Osk Herald", "This article originally appeared in The Osk Herald")])
    ann = art.annotations
    art = replace(art, annotations=replace(ann, citations=tuple(replace(c, cue=REPUBLISHED_CUE)
                                                                 for c in ann.citations)))
    plain = make_article("r2", "Kessia and Norland signed the river pact on Monday, the Velm Courier reported.",
                         citations=[("Velm Courier", "the Velm Courier reported")])
    assert carried_reports([art, plain]) == {"r1": "Osk Herald"}
