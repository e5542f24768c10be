"""The citation graph: which article cites or copies which outlet."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from storyscope.model import CARRIED_REPORT_CUES, AnnotatedArticle, CitationEdge, CopyEdge

# Cue written on the provenance edge of a detected copy; its span is the whole
# copied text (the copy has no cue phrase of its own).
COPY_CUE = "copy"
_EDGE_QUOTES = "\"'“”‘’«»„ "


def _provenance(cue: str) -> bool:
    """True for a cue that says where the page's text comes from ("Source:", a dateline's agency, "republished
    from"), not that the article cites someone."""
    return cue in CARRIED_REPORT_CUES or cue.strip().lower().startswith("source")


# Spellings of one word in outlet descriptions ("state TV" is "state television").
_OUTLET_WORDS = {"tv": "television", "t.v.": "television", "telly": "television"}


def _outlet_words(name: str) -> tuple[str, ...]:
    return tuple(_OUTLET_WORDS.get(w, w) for w in name.casefold().split())


def described_as_named(outlets: Sequence[str]) -> dict[str, str]:
    """Map each outlet cited only by a description ("state TV") to the one cited outlet whose name ends in those
    words ("Russian state television"); a description that fits none or several names is left alone."""
    by_ending: dict[tuple[str, ...], set[str]] = defaultdict(set)
    names = set(outlets)
    for name in names:
        words = _outlet_words(name)
        for k in range(1, len(words)):
            by_ending[words[k:]].add(name)
    out = {}
    for short in names:
        fits = by_ending.get(_outlet_words(short), set()) - {short}
        if short[:1].islower() and len(fits) == 1:  # (a name, not a description: "Post" may be any Post)
            out[short] = next(iter(fits))
    return out


def citation_edges(
    articles: Sequence[AnnotatedArticle], copies: Sequence[CopyEdge] = (), article_story: dict[str, str] | None = None
) -> tuple[CitationEdge, ...]:
    """One edge per annotated citation, plus one provenance edge per detected copy.

    Args:
        articles: annotated articles, any order.
        copies: copy edges (``find_copies``); each adds
            ``CitationEdge(copy, origin's outlet or id, "copy", 0, len(text))``.
        article_story: article id -> story id (``group_stories``), within which a description is matched to a name.

    Returns:
        Edges sorted by article, start, cited outlet; duplicates (same
        article, outlet and span) and an article's citations of its own
        outlet (other than a provenance line, "Source: X") dropped. Outlet
        names lose surrounding quotes ("“Bild”" -> "Bild"), and an outlet cited
        only by a description takes the name it fits among the outlets its
        story cites ("state TV" -> "Russian state television",
        ``described_as_named``; the whole pile when ``article_story`` is None).
    """
    by_id = {a.article.id: a for a in articles}
    story_of = article_story or {}
    cited: dict[str, list[str]] = defaultdict(list)  # story -> the outlets its articles cite
    for item in articles:
        cited[story_of.get(item.article.id, "")] += [c.outlet.strip(_EDGE_QUOTES) for c in item.annotations.citations]
    named = {story: described_as_named(outlets) for story, outlets in cited.items()}
    edges: set[CitationEdge] = set()
    for item in articles:
        own = (item.article.outlet or "").strip(_EDGE_QUOTES).casefold()
        in_story = named[story_of.get(item.article.id, "")]
        for c in item.annotations.citations:
            outlet = c.outlet.strip(_EDGE_QUOTES)
            outlet = in_story.get(outlet, outlet)
            # ("the Post reported earlier" in the Post's own article cites no one; a provenance line, "Source: Kessia
            # Post", stays: the page carries the Post's text, whichever outlet the dossier gives it)
            if outlet and (outlet.casefold() != own or _provenance(c.cue)):
                edges.add(
                    CitationEdge(article=item.article.id, cites=outlet, cue=c.cue, start=c.start, end=c.end)
                )
    for edge in copies:
        copy, origin = by_id.get(edge.article), by_id.get(edge.copy_of)
        if copy is None or origin is None:
            continue
        cites = origin.article.outlet or origin.article.id
        edges.add(
            CitationEdge(
                article=copy.article.id, cites=cites, cue=COPY_CUE, start=0, end=len(copy.article.text)
            )
        )
    return tuple(sorted(edges, key=lambda e: (e.article, e.start, e.end, e.cites, e.cue)))
