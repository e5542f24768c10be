"""A first name one letter off the pile's ("Ida" for the pile's "Idda") before the same surname is the pile's
person, not a name no article holds; a meeting over a possessive ("the Norvakia republic's envoy") is placed."""

import pytest

from .conftest import check_verdicts


def test_one_edit_apart() -> None:
    from storyscope.verify.names import one_edit_apart

    assert one_edit_apart("ida", "idda") and one_edit_apart("olga", "okga") and one_edit_apart("brask", "brak")
    assert not one_edit_apart("ida", "ida") and not one_edit_apart("ida", "edda") and not one_edit_apart("lena", "ina")


def test_a_meeting_over_a_possessive_is_placed() -> None:
    from storyscope.verify.names import meetings

    (found,) = meetings("Vell met the Norvakia republic's envoy Ida Brask in Velm.")
    assert {"ida", "brask"} <= found[1] and found[2] == {"velm"}
    # the envoy unnamed: whose envoy is who was met
    (found,) = meetings("Vell met the Norvakia republic's envoy in Velm.")
    assert found[1] == {"norvakia"} and found[2] == {"velm"}
    assert meetings("Vell met the republic's envoy in Velm.") == []


def test_an_event_in_another_big_city() -> None:
    from storyscope.verify.names import city_placed_otherwise

    passage = "Brask is raising the matter with Nato leaders in Brussels today, as he presents the plan."
    assert city_placed_otherwise("Brask presented the plan to Nato in Warsaw.", passage)
    assert city_placed_otherwise("Brask presented the plan to Nato in Kiev.", passage)
    # the same city, a country or a region that may hold it, a passage that names the claim's city too: no conflict
    assert not city_placed_otherwise("Brask presented the plan to Nato in Brussels.", passage)
    assert not city_placed_otherwise("Brask presented the plan to Nato in Belgium.", passage)
    assert not city_placed_otherwise("Brask presented the plan to Nato in Flanders.", passage)
    # the city one travels to is where the event is told
    assert city_placed_otherwise("Brask presented the plan to Nato on a trip to Warsaw.", passage)
    assert city_placed_otherwise("Brask presented the plan to Nato in Warsaw.", "On a trip to Brussels, Brask "
                                 "presented the plan to Nato.")
    assert not city_placed_otherwise("Brask presented the plan to Nato on a visit to Brussels.", passage)
    # a trip told as where one comes from or what one plans is no place for the event
    assert not city_placed_otherwise("Brask presented the plan to Nato in Brussels.", "Back from a trip to Warsaw, "
                                     "Brask presented the plan to Nato.")
    assert not city_placed_otherwise("Brask presented the plan to Nato in Brussels.", "Brask presented the plan to "
                                     "Nato and announced a visit to Warsaw.")
    assert not city_placed_otherwise("Brask presented the plan in Warsaw.", passage + " He flew on to Warsaw.")
    assert not city_placed_otherwise("Brask presented the plan in Kiev.", "Brask, in Kyiv, presented the plan.")
    assert not city_placed_otherwise("Brask presented the plan in Warsaw.", "Brask presented the plan on Monday.")
    # a region named after a city, a relative clause's place, a possessive city
    assert not city_placed_otherwise("The shells fell in Donetsk Oblast.", "The shells fell in Horlivka.")
    assert not city_placed_otherwise("Brask spoke in Riga.", "Brask, who studied in Moscow, spoke to reporters.")
    assert not city_placed_otherwise("Brask spoke to Nato in Warsaw.", "Brask spoke at Warsaw's summit after talks "
                                                                        "in Brussels.")


@pytest.mark.slow
def test_a_misspelt_envoy_is_the_piles_envoy(tmp_path) -> None:
    article = {"id": "m1", "published": "2031-05-06", "title": "Envoys meet",
               "text": "Kessian Ambassador Oskar Vell confirmed the grain deal during his meeting with the envoy of "
                       "Norvakia, Idda Brask, in Velm on Monday."}
    claims = {"other_place": "Oskar Vell met the Norvakia republic's envoy Ida Brask in Osk.",
              "same_place": "Oskar Vell met Norvakia's envoy Ida Brask in Velm.",
              "nobody": "Oskar Vell met Norvakia's envoy Petra Brask in Osk."}
    verdicts = check_verdicts(tmp_path, [article], claims)
    assert verdicts["other_place"] == "refuted"
    assert verdicts["same_place"] == "supported"
    assert verdicts["nobody"] == "not_enough_evidence"  # (another first name altogether)


def test_a_meeting_with_an_envoy_named_by_the_abbreviation_of_whom_they_serve() -> None:
    from storyscope.verify.names import meetings, place_conflict

    passage = ("Talvorian Ambassador Ivo Lamm confirmed the plan during his meeting with the Ambassador of the Osk "
               "People's Republic, Dina Brask in Velm last week.")
    places = frozenset({"velm", "brenn"})
    assert "opr" in meetings(passage)[0][1]
    assert place_conflict("Ivo Lamm met the OPR's envoy in Brenn.", passage, places)
    assert not place_conflict("Ivo Lamm met the OPR's envoy in Velm.", passage, places)
    assert not place_conflict("Ivo Lamm met the KPR's envoy in Brenn.", passage, places)  # another republic's


def test_a_month_or_weekday_opening_the_claim_is_no_subject() -> None:
    from storyscope.verify.actions import parse_texts
    from storyscope.verify.names import claim_name_groups, subject_missing

    claim = "On July 13 Kessia recognised the Osk republic, the third country to do so."
    assert claim_name_groups(claim, parse_texts([claim])[0])[0] == {"kessia"}
    assert not subject_missing(claim, "The deal hung on Kessia's recognition of the Osk republic.", None,
                               parse_texts([claim])[0])
    claim = "On Monday Kessia cut ties with Talvoria."
    assert claim_name_groups(claim, parse_texts([claim])[0])[0] == {"kessia"}


def test_an_abbreviation_takes_the_whole_name() -> None:
    from storyscope.verify.names import place_conflict

    passage = ("Ivo Lamm held talks during his meeting with the Ambassador of the Democratic People's Republic of "
               "Kessia in Velm last week.")  # "DPRK", not "DPR"
    assert not place_conflict("Ivo Lamm met the DPR's envoy in Brenn.", passage, frozenset({"velm", "brenn"}))


def test_a_possessive_place_names_its_place() -> None:
    from storyscope.verify.names import place_conflict

    passage = "Kessia has supplied large quantities of shells to Talvoria to help it fight its war."
    places = frozenset({"kessia", "talvoria", "osk"})
    assert not place_conflict("Kessia has pumped shells into Talvoria's war machine.", passage, places)
    assert place_conflict("Kessia has pumped shells into Osk's war machine.", passage, places)


def test_not_just_adds_rather_than_negates() -> None:
    from storyscope.verify.actions import negated

    assert not negated("Kessia would also send builders, not just soldiers.")
    assert not negated("Not only did Kessia send builders, it sent medics.")
    assert negated("Kessia would not send builders.")
