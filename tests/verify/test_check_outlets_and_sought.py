"""``check`` on a place a cited outlet's report gives otherwise, on a subject told back by its noun ("the workers"), on
strengthened ties against severed ones, on an act done "already" that the pile says is still asked for, and on
remarks given to another outlet."""

import pytest

from .conftest import check_verdicts

ARTICLES = [
    {"id": "s1", "published": "2031-12-01", "title": "Talvorian builders for Kessia",
     "text": "Talvoria will send several hundred builders to Kessia, officials in Osk said.\n\n"
             "According to a report by the Velm Courier, the builders will be mainly used in the Lviv region to "
             "rebuild bridges.\n\n"
             "The mayor of Lviv welcomed the plan.\n\n"
             "Norland then severed diplomatic relations with Talvoria.\n\n"
             "The Kessian president is once again pressing for a Norland trade invitation and more grain.\n\n"
             "Kessia has received 14 tanks from Norland, the first of a larger order.\n\n"
             "The Kessian president is also pressing for more tanks from Norland and for faster deliveries of "
             "tanks.\n\n"
             "In June, envoy Tarn Velk greeted “skilled and tireless” Talvorian builders. They could be of real use in "
             "rebuilding bridges, he told the daily Osk Herald."},
]


@pytest.mark.slow
def test_outlets_places_ties_and_acts_still_asked_for(tmp_path) -> None:
    verdicts = check_verdicts(tmp_path, ARTICLES, {
        "outlet_place": "The Talvorian builders will mainly be used in the Kharkiv region.",
        "strengthened": "Norland strengthened diplomatic relations with Talvoria.",
        "already": "Norland has already invited Kessia to trade.",
        "has_invited": "Norland has formally invited Kessia to trade.",  # (done by now, as "already" says)
        "not_already": "Norland invited Kessia to trade in 2029.",  # (a dated past deed may predate the asking)
        "bare_perfect": "Norland has invited Kessia to trade.",  # (undated, it stands done by now)
        "agreed_to": "Norland has agreed to invite Kessia to trade.",  # (the act agreed to is what is asked for)
        "received": "Kessia has received a trade invitation from Norland.",  # (the thing got: asked for by Kessia)
        "received_other": "Kessia has received more timber.",
        "received_some": "Kessia has received tanks from Norland.",  # (asking for more says some have come)
        # remarks made "to" another outlet, with what they did ("praising ...")
        "other_outlet": "Envoy Tarn Velk made his comments praising Talvorian builders to the news agency Marr Wire.",
    })
    assert verdicts["outlet_place"] == "refuted"
    assert verdicts["strengthened"] == "refuted"
    assert verdicts["already"] == "refuted"
    assert verdicts["has_invited"] == "refuted"
    assert verdicts["not_already"] != "refuted"
    assert verdicts["bare_perfect"] == "refuted"
    assert verdicts["agreed_to"] == "refuted"
    assert verdicts["received"] == "refuted"
    assert verdicts["received_other"] == "not_enough_evidence"
    assert verdicts["received_some"] == "supported"
    assert verdicts["other_outlet"] == "refuted"
