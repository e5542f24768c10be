"""Citation graph: annotated citations plus copy provenance."""

from storyscope.corpus.citations import COPY_CUE, citation_edges
from storyscope.corpus.copies import find_copies
from storyscope.model import CitationEdge


def test_annotated_citation_becomes_an_edge(globe):
    (edge,) = citation_edges([globe])
    assert (edge.article, edge.cites) == ("a4", "Evening Courier")
    assert globe.article.text[edge.start : edge.end] == edge.cue


def test_copy_adds_a_provenance_edge_to_the_origin_outlet(ledger, syndicated):
    articles = [ledger, syndicated]
    edges = citation_edges(articles, find_copies(articles).copies)
    provenance = [e for e in edges if e.cue == COPY_CUE]
    assert provenance == [CitationEdge("a2", "Northern Ledger", COPY_CUE, 0, len(syndicated.article.text))]


def test_outlet_loses_surrounding_quotes(make):
    art = make(
        "q1",
        "According to \u201cBild\u201d, the talks failed.",
        citations=[("\u201cBild\u201d", "According to \u201cBild\u201d")],
    )
    assert [e.cites for e in citation_edges([art])] == ["Bild"]


def test_an_article_citing_its_own_outlet_cites_no_one_but_its_provenance_line_stays(make):
    own = make(
        "k1",
        "The Velm harbour will be sold to Brask Shipping, the Kessia Post reported earlier. Source: Kessia Post",
        outlet="Kessia Post",
        citations=[("Kessia Post", "the"), ("Kessia Post", "Source:")],
    )
    other = make(
        "k2",
        "The Velm harbour will be sold, the Kessia Post reported.",
        outlet="Osk Herald",
        citations=[("Kessia Post", "the")],
    )
    edges = [(e.article, e.cites, e.cue) for e in citation_edges([own, other])]
    assert edges == [("k1", "Kessia Post", "Source:"), ("k2", "Kessia Post", "the")]


def test_an_outlet_cited_by_a_description_takes_the_name_it_fits(make):
    from storyscope.corpus.citations import described_as_named

    assert described_as_named(["state TV", "Kessian state television", "Osk Radio"]) == {
        "state TV": "Kessian state television"}
    # fits two names, or none, or is a name itself: left alone
    assert described_as_named(["state TV", "Kessian state television", "Velm state television"]) == {}
    assert described_as_named(["state radio", "Kessian state television"]) == {}
    assert described_as_named(["Post", "Washington Post"]) == {}
    a = make("d1", "The talks failed, Kessian state television reported.", outlet="Osk Herald",
             citations=[("Kessian state television", "reported")])
    b = make("d2", "The talks failed, according to state TV.", outlet="Velm Daily",
             citations=[("state TV", "according to")])
    assert {e.cites for e in citation_edges([a, b])} == {"Kessian state television"}
    # (only within a story: "state TV" in another story's article is another broadcaster)
    edges = citation_edges([a, b], (), {"d1": "S1", "d2": "S2"})
    assert {e.cites for e in edges} == {"Kessian state television", "state TV"}
