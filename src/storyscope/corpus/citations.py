"""The citation graph: which article cites or copies which outlet."""

from __future__ import annotations

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
    """Map each outlet the pile cites only by a description ("state TV") to the one cited outlet whose name ends
    in those words ("Russian state television"); a description that fits none or several names is left alone."""
    names = sorted(set(outlets))
    out = {}
    for short in names:
        if not short[:1].islower():
            continue  # (a name, not a description: "Post" may be any Post)
        words = _outlet_words(short)
        fits = {n for n in names if n != short and len(_outlet_words(n)) > len(words)
                and _outlet_words(n)[-len(words):] == words}
        if len(fits) == 1:
            out[short] = fits.pop()
    return out


def citation_edges(
    articles: Sequence[AnnotatedArticle], copies: Sequence[CopyEdge] = ()
) -> tuple[CitationEdge, ...]:
    """One edge per annotated citation, plus one provenance edge per detected copy.

    Args:
        articles: annotated articles, any order.
        copies: copy edges (``find_copies``); each adds
            ``CitationEdge(copy, origin's outlet or id, "copy", 0, len(text))``.

    Returns:
        Edges sorted by article, start, cited outlet; duplicates (same
        article, outlet and span) and an article's citations of its own
        outlet (other than a provenance line, "Source: X") dropped. Outlet
        names lose surrounding quotes ("“Bild”" -> "Bild"), and an outlet cited
        only by a description takes the name it fits ("state TV" -> "Russian
        state television", ``described_as_named``).
    """
    by_id = {a.article.id: a for a in articles}
    named = described_as_named([c.outlet.strip(_EDGE_QUOTES) for item in articles for c in item.annotations.citations])
    edges: set[CitationEdge] = set()
    for item in articles:
        own = (item.article.outlet or "").strip(_EDGE_QUOTES).casefold()
        for c in item.annotations.citations:
            outlet = c.outlet.strip(_EDGE_QUOTES)
            outlet = named.get(outlet, outlet)
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
