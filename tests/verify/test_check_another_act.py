"""A passage however close in its words that tells another known act on the same thing ("would provide builders")
does not confirm the claim's act ("would withdraw builders"); a verb the lists do not know says nothing either way."""

import pytest

from storyscope.verify.actions import another_act_on_it, parse_texts

from .conftest import check_verdicts


def test_another_known_act_on_the_same_thing() -> None:
    (doc,) = parse_texts(["Norvakia would also provide builders to help repair storm damage along the Osk coast."])
    assert another_act_on_it("withdraw", doc, {"builder"})
    # the act itself, an act on another thing, a verb no list holds
    assert not another_act_on_it("send", doc, {"builder"})
    assert not another_act_on_it("withdraw", doc, {"tank"})
    assert not another_act_on_it("sell", doc, {"builder"})


@pytest.mark.slow  # runs analyze (spaCy) for the store
def test_a_relayed_act_told_otherwise_is_not_confirmed(tmp_path) -> None:
    articles = [{"id": "a1", "published": "2031-05-02", "title": "Harbour aid",
                 "text": "Kessian news agency Ferrynet claimed on Tuesday that Norvakia would also provide builders "
                         "to help repair storm damage along the Osk coast.\n\nThe storm hit the Osk harbour on "
                         "Sunday and flooded the old town."}]
    claims = {"withdraw": "Ferrynet reported that Norvakia would also withdraw builders from storm damage on the Osk "
                          "coast.",
              "provide": "Ferrynet reported that Norvakia would also provide builders to help repair storm damage "
                         "along the Osk coast."}
    verdicts = check_verdicts(tmp_path, articles, claims)
    assert verdicts == {"withdraw": "not_enough_evidence", "provide": "supported"}
