"""Acronyms a claim uses for the pile's places and organisations are read as the names the articles give."""

import pytest

from storyscope.verify.names import acronyms_written_out

from .conftest import check_verdicts


def test_acronyms_written_out() -> None:
    acronyms = {"VHA": "Velm Harbour Authority", "OFR": "Osk Free Republic"}
    assert acronyms_written_out("The VHA closed the quay.", acronyms) == "The Velm Harbour Authority closed the quay."
    assert acronyms_written_out("the OFR's envoy", acronyms) == "the Osk Free Republic's envoy"
    # other capitals, parts of longer words and shouted words stay
    assert acronyms_written_out("NATO and the VHAX, VHA-led, FIRST", acronyms) == "NATO and the VHAX, VHA-led, FIRST"
    # a claim written mostly in capitals has words, not acronyms
    assert acronyms_written_out("THE VHA CLOSED THE QUAY", acronyms) == "THE VHA CLOSED THE QUAY"


@pytest.mark.slow
def test_a_claim_with_the_piles_acronyms(tmp_path) -> None:
    article = {"id": "a1", "published": "2031-04-02", "title": "Recognition",
               "text": "Kessia on Monday recognised the self-declared Osk People's Republic.\n\n"
                       "It did so as the third country after Norvakia and Talvoria, officials in Velm said."}
    claims = {"first": "Kessia was the first country to recognise the OPR.",
              "third": "Kessia was the third country to recognise the OPR."}
    verdicts = check_verdicts(tmp_path, [article], claims)
    assert verdicts == {"first": "refuted", "third": "supported"}
