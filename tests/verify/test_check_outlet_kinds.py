"""What kind of outlet the writer says a paper or agency is: read where the writer gives it in passing, beside words
the sentence relays with a hedge, and under another word for a newspaper."""

import pytest

from storyscope.verify.check import _outlet_synonyms
from storyscope.verify.roles import contradicting_description
from storyscope.verify.statements import outlet_claim

from .conftest import check_verdicts


def test_an_outlet_claim_with_a_possessive_and_no_article() -> None:
    assert outlet_claim("Ferrynet is Talvoria's state news agency.") == ("Ferrynet", "Talvoria's state news agency")
    assert outlet_claim("Ferrynet is Talvorian.") is None


def test_words_for_a_newspaper() -> None:
    assert _outlet_synonyms("pro-government newspaper") == ["pro-government daily", "pro-government paper"]
    assert _outlet_synonyms("state news agency") == []
    # a "media outlet" is any kind of outlet
    assert "Kessian news agency" in _outlet_synonyms("Kessian media outlet")
    assert "Kessian daily" in _outlet_synonyms("Kessian news outlet")


def test_an_outlet_of_another_country_or_side() -> None:
    passage = "Talvorian news agency Ferrynet said the sluice held, he told pro-government daily Osk Courier."
    # whose outlet it is, whatever kind of outlet the claim calls it
    assert contradicting_description("Ferrynet", "Kessian media outlet", passage) is not None
    assert contradicting_description("Ferrynet", "Kessian newspaper", passage) is not None
    assert contradicting_description("Ferrynet", "Talvorian media outlet", passage) is None
    # which side it takes: for the government against the opposition, and the other way round
    assert contradicting_description("Osk Courier", "opposition newspaper", passage) is not None
    assert contradicting_description("Osk Courier", "independent daily", passage) is not None
    assert contradicting_description("Osk Courier", "state-run paper", passage) is None
    assert contradicting_description("Osk Courier", "pro-Western newspaper", passage) is None
    assert contradicting_description("Velm Today", "state broadcaster",
                                     "Velm Today, an independent TV channel, said the dam held.") is not None
    # an agency or station that is not the press, where it sits or writes, and a role on both sides decide nothing
    assert contradicting_description("Orbita", "Kessian media outlet",
                                     "Orbita, the Talvorian space agency, said the launch failed.") is None
    assert _outlet_synonyms("media outlet") == [] and "Kessian agency" not in _outlet_synonyms("Kessian media outlet")
    assert contradicting_description("Velmnet", "Kessian media outlet",
                                     "Velmnet, a Talvoria-based Kessian-language news website, said so.") is None
    assert contradicting_description("Osk Courier", "opposition party's state-funded newspaper", passage) is None


@pytest.mark.slow
def test_an_outlet_described_in_passing(tmp_path) -> None:
    articles = [{"id": "o1", "published": "2031-05-02", "title": "Welders praised",
                 "text": "Envoy Lena Varga praised the Kessian welders on Monday.\n\n"
                         "They could be “of great use” on the dam, she told pro-government daily Osk Courier.\n\n"
                         "Talvorian news agency Ferrynet claimed the old sluice had cracked overnight."}]
    claims = {"daily": "Osk Courier is a pro-government daily.",
              "newspaper": "Osk Courier is a pro-government newspaper.",
              "agency": "Ferrynet is a Talvorian news agency.",
              "agency_wrong": "Ferrynet is Kessia's state news agency.",
              "outlet": "Ferrynet is a Talvorian media outlet.",
              "outlet_wrong": "Ferrynet is a Kessian media outlet.",
              "side_wrong": "Osk Courier is an opposition newspaper."}
    verdicts = check_verdicts(tmp_path, articles, claims)
    assert verdicts == {"daily": "supported", "newspaper": "supported", "agency": "supported",
                        "agency_wrong": "refuted", "outlet": "supported", "outlet_wrong": "refuted",
                        "side_wrong": "refuted"}
