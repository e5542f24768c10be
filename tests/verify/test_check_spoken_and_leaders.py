"""``check`` on claims as a panel speaks them, as a newsroom corrects them, and about states whose heads acted."""

import pytest

from storyscope.verify.names import _led_states

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


@pytest.mark.slow
def test_the_place_the_sentence_before_names_goes_on_in_a_passage_that_names_none(tmp_path) -> None:
    articles = [{"id": "f1", "published": "2031-06-01", "title": "Losses mount",
                 "text": "Officials say May was the worst month yet for Kessian troops in Talvoria.\n\n"
                         "Since the start of the war, at least 4,000 Kessian soldiers have been killed.\n\n"
                         "It rained across Talvoria all week.\n\n"
                         "Since March, 300 Kessian engineers have been wounded in Osk."}]
    verdicts = check_verdicts(tmp_path, articles, {
        "setting": "At least 4,000 Kessian soldiers have been killed in Talvoria since the war began.",
        "elsewhere": "At least 4,000 Kessian soldiers have been killed in Norland since the war began.",
        # the passage places its own event: the sentence before does not lend it another place
        "own_place": "300 Kessian engineers have been wounded in Talvoria since March.",
    })
    assert verdicts["setting"] == "supported" and verdicts["elsewhere"] == "not_enough_evidence"
    assert verdicts["own_place"] != "supported"


@pytest.mark.slow
def test_a_place_the_passage_names_or_a_relative_clause_names_is_not_lent(tmp_path) -> None:
    articles = [{"id": "f2", "published": "2031-06-01", "title": "Losses mount",
                 "text": "Kessian units regrouped in Osk.\n\n"
                         "In Tesk, at least 4,000 Kessian soldiers have been killed since the war began.\n\n"
                         "Ivo Dubko, who grew up in Varna, now leads the Kessian units in Talvoria.\n\n"
                         "Since March, 900 Kessian sappers have been wounded."}]
    verdicts = check_verdicts(tmp_path, articles, {
        "own_opening_place": "At least 4,000 Kessian soldiers have been killed in Osk since the war began.",
        "relative_clause": "900 Kessian sappers have been wounded in Varna since March.",
        "setting": "900 Kessian sappers have been wounded in Talvoria since March.",
    })
    assert verdicts["own_opening_place"] != "supported" and verdicts["relative_clause"] != "supported"
    assert verdicts["setting"] == "supported"


def test_a_head_of_state_is_named_by_their_own_name_only() -> None:
    leaders = {"ivo": "talvorian", "marr": "talvorian", "ona": "kessian", "brenn": "kessian"}
    assert _led_states("On 3 May Marr and Ona Brenn signed.", leaders) == {"talvorian", "kessian"}
    assert _led_states("Ivo Dubko said so.", leaders) == set()  # another Ivo
    assert _led_states("Marr's critics signed the pact.", leaders) == set()  # not Marr
    assert _led_states("the marr of the valley", leaders) == set()  # no name
    assert _led_states("Marr's government signed the pact.", leaders) == {"talvorian"}  # acts for the state
    assert _led_states("Brenn Tuesday signed the pact.", leaders) == {"kessian"}  # a day is no other name


@pytest.mark.slow
def test_who_dismissed_a_report_did_not_confirm_it(tmp_path) -> None:
    articles = [{"id": "d1", "published": "2031-06-01", "title": "Leak",
                 "text": "The Osk port authority has branded the reports that a chemical tank leaked into the bay as "
                         "\u201cfake news\u201d.\n\nFishing boats stayed in the harbour on Monday."}]
    verdicts = check_verdicts(tmp_path, articles, {
        "not_confirmed": "The Osk port authority did not confirm that a chemical tank leaked into the bay.",
        "confirmed": "The Osk port authority confirmed that a chemical tank leaked into the bay.",
        "someone_else": "The Velm coast guard did not confirm that a chemical tank leaked into the bay.",
    })
    assert verdicts["not_confirmed"] == "supported" and verdicts["confirmed"] == "refuted"
    assert verdicts["someone_else"] != "supported"
