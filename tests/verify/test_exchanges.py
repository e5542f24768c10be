"""A claim that takes one side where the sources tell a deal on different terms (``verify.exchanges``)."""

import pytest

from storyscope.verify.exchanges import disputed_terms, exchanges, term_words

from .conftest import check_verdicts

_GRAIN = exchanges("g1", 0, 90, "Riga is said to have offered engineers in exchange for timber and grain from Tallinn.")
_CASH = exchanges("c1", 0, 120, "In exchange for Estonian financial aid, the Latvian premier would send thousands of "
                                "builders to the flooded valley.")
_ORIGIN = {"g1": "g1", "c1": "c1"}


def test_terms_are_the_kinds_of_things_given() -> None:
    assert term_words("Estonian financial aid") == frozenset({"money"})
    assert term_words("timber and grain from Tallinn") == frozenset({"timber", "grain"})
    assert exchanges("x", 0, 10, "Riga sent engineers to Tallinn.") is None
    assert _GRAIN is not None and _CASH is not None


def test_a_claim_naming_one_side_of_other_terms_is_disputed() -> None:
    for claim in ("Riga offered engineers in exchange for timber and grain.",
                  "Riga trades builders for Estonian timber and grain",
                  "Riga's help is being paid for with Estonian cash.",
                  "Riga's offer of Latvian engineers was in return for timber and grain rather than money.",
                  "Timber and grain from Tallinn were the price of the Latvian premier's offer of builders.",
                  "Riga agreed to send builders to the flooded valley because Tallinn offered it financial aid.",
                  "The payment Riga was to get for its engineers was timber and grain rather than Estonian aid."):
        assert disputed_terms(claim, [_GRAIN, _CASH], _ORIGIN) is not None, claim


def test_no_dispute_without_two_origins_or_when_the_claim_says_more() -> None:
    assert disputed_terms("Riga offered engineers in exchange for timber and grain.", [_GRAIN, _CASH],
                          {"g1": "g1", "c1": "g1"}) is None  # a copy of one origin
    assert disputed_terms("Riga offered engineers in exchange for timber and grain.", [_GRAIN], _ORIGIN) is None
    # an amount the passages do not give, a summit they do not tell, no exchange at all
    assert disputed_terms("Tallinn agreed to pay Riga $300 million for the builders.", [_GRAIN, _CASH], _ORIGIN) is None
    assert disputed_terms("Riga offered engineers in return for timber and grain, and the deal was sealed at a summit "
                          "in Narva.", [_GRAIN, _CASH], _ORIGIN) is None
    assert disputed_terms("Riga offered engineers to Tallinn.", [_GRAIN, _CASH], _ORIGIN) is None
    assert disputed_terms("Riga sent engineers because Tallinn asked for them.", [_GRAIN, _CASH], _ORIGIN) is None


@pytest.mark.slow
def test_check_calls_one_side_of_disputed_terms_conflicting(tmp_path) -> None:
    articles = [
        {"id": "g1", "published": "2031-07-01", "title": "Offer",
         "text": "Latvian Prime Minister Karlis Ozols is said to have offered engineers in exchange for timber and "
                 "grain from Tallinn.\n\nThe flood destroyed the Narva bridge in June."},
        {"id": "c1", "published": "2031-07-03", "title": "Builders",
         "text": "In exchange for Estonian financial aid, the Latvian premier would send thousands of builders to the "
                 "flooded valley.\n\nThe valley has been cut off since June."},
    ]
    verdicts = check_verdicts(tmp_path, articles, {
        "one_side": "Ozols offered Latvian engineers in exchange for timber and grain.",
        "with_amount": "Estonia agreed to pay Latvia $300 million for the builders.",
    })
    assert verdicts["one_side"] == "conflicting"
    assert verdicts["with_amount"] == "not_enough_evidence"
