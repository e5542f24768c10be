"""Claims: mentions grouped across articles, copies counted once, numbers kept apart."""

import pytest

from storyscope.corpus.claims import group_claims
from storyscope.corpus.copies import find_copies
from storyscope.corpus.entities import link_entities


def _claims(articles):
    return group_claims(articles, link_entities(articles), find_copies(articles).origin)


def _claim_of(claims, article, fragment):
    found = [c for c in claims if any(m.article == article and fragment in m.text for m in c.mentions)]
    assert len(found) == 1
    return found[0]


@pytest.fixture
def claims(corpus_articles):
    return _claims(corpus_articles)


def test_paraphrased_quote_groups_across_articles(claims):
    claim = _claim_of(claims, "a1", "green light")
    assert {m.article for m in claim.mentions} == {"a1", "a2", "a3"}


def test_copies_count_once_as_independent_source(claims):
    # a1 and its syndicated copy a2 are one origin; a3 is independent.
    assert _claim_of(claims, "a1", "green light").independent_sources == 2


def test_different_numbers_make_different_claims(claims):
    two_thousand = _claim_of(claims, "a1", "2,000")
    twenty_thousand = _claim_of(claims, "a3", "20,000")
    assert two_thousand.id != twenty_thousand.id


def test_single_article_claims_are_kept(claims):
    claim = _claim_of(claims, "a3", "hard currency")
    assert claim.independent_sources == 1 and len(claim.mentions) == 1


def test_claims_ordered_by_sources_then_checkworthiness(claims):
    keys = [(-c.independent_sources, -c.checkworthiness) for c in claims]
    assert keys == sorted(keys)
    assert [c.id for c in claims] == [f"C{i}" for i in range(1, len(claims) + 1)]


def test_attributed_to_uses_canonical_name(claims):
    claim = _claim_of(claims, "a4", "new phase")
    assert [m.attributed_to for m in claim.mentions] == ["Oleksiy Marchensky"]


def test_mentions_sorted_by_article_and_offset(claims):
    for claim in claims:
        keys = [(m.article, m.start) for m in claim.mentions]
        assert keys == sorted(keys)


def test_checkworthiness_is_max_of_mentions(make):
    text = "The harbour bridge will close for repairs in spring, the council said."
    low = make("k1", text, checkworthiness=0.2)
    high = make("k2", text + " Traffic will use the ferry.", checkworthiness=0.9)
    claim = _claim_of(_claims([low, high]), "k1", "harbour bridge")
    assert claim.checkworthiness == 0.9
