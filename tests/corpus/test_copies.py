"""Copies: syndicated texts found by MinHash, linked to the earliest version."""

from storyscope.corpus.copies import find_copies
from storyscope.model import CopyEdge


def test_syndicated_copy_points_to_earlier_article(ledger, syndicated):
    result = find_copies([syndicated, ledger])
    assert len(result.copies) == 1
    edge = result.copies[0]
    assert (edge.article, edge.copy_of) == ("a2", "a1")
    assert edge.similarity >= 0.8


def test_independent_reports_are_not_copies(ledger, courier, globe):
    assert find_copies([ledger, courier, globe]).copies == ()


def test_copies_of_one_origin_form_one_group(ledger, make):
    body = ledger.article.text
    later = make("z9", body + " Reporting by staff.", published="2031-03-04")
    earliest = make("m5", body, published="2031-03-01")
    result = find_copies([ledger, later, earliest])
    assert {e.article: e.copy_of for e in result.copies} == {"a1": "m5", "z9": "m5"}
    assert set(result.origin.values()) == {"m5"}


def test_undated_copy_is_never_the_origin(ledger, make):
    undated = make("a0", ledger.article.text, published=None)
    result = find_copies([undated, ledger])
    assert result.copies == (CopyEdge(article="a0", copy_of="a1", similarity=1.0),)


def test_short_stub_is_not_called_a_copy(make):
    a = make("s1", "Talks resume today.", published="2031-01-01")
    b = make("s2", "Talks resume today.", published="2031-01-02")
    assert find_copies([a, b]).copies == ()
