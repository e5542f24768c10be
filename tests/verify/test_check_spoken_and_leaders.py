"""``check`` on claims as a panel speaks them, as a newsroom corrects them, and about states whose heads acted."""

import pytest

from .conftest import check_verdicts

ARTICLES = [
    {"id": "w1", "published": "2031-05-04", "title": "Water pact signed",
     "text": "Talvorian President Ivo Marr arrived in Osk on Sunday to meet Kessian leader Ona Brenn.\n\n"
             "On 3 May Marr and Brenn signed a water pact in Osk.\n\n"
             "The Osk port authority dismissed reports of a chemical leak as fabricated.\n\n"
             "Kessia responded to the pact by opening its border crossings at Velm."},
]


@pytest.mark.slow
def test_states_whose_heads_signed_and_claims_in_spoken_and_corrected_forms(tmp_path) -> None:
    verdicts = check_verdicts(tmp_path, ARTICLES, {
        # the pile titles Marr and Brenn as the heads of Talvoria and Kessia: their signature is the states'
        "states": "Talvoria and Kessia signed a water pact on 3 May.",
        "states_wrong_day": "Talvoria and Kessia signed a water pact on 9 May.",
        "spoken": "Right, and the Osk port authority, they came out and, uh, dismissed reports of a chemical leak as "
                  "fabricated.",
        "spoken_date": "So, the water pact, Marr and Brenn signed it on, um, the third of May, right?",
        "correction": "Correction: Marr and Brenn signed the water pact on 3 May, not in June.",
        "reaction": "Kessia reacted to the pact by opening its border crossings at Velm.",
    })
    assert verdicts == {"states": "supported", "states_wrong_day": "refuted", "spoken": "supported",
                        "spoken_date": "supported", "correction": "supported", "reaction": "supported"}
