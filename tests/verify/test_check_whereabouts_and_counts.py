"""``check`` on where a person was when they spoke or acted, on whom they met, on a continent's superlative, and on a
figure against a count told by its order of magnitude ("several thousand")."""

import pytest

from storyscope.verify.actions import met_person, parse_texts
from storyscope.verify.dates import superlative_conflict
from storyscope.verify.names import whereabouts
from storyscope.verify.stance_rules import figure_against_magnitude, judge_detail

from .conftest import check_verdicts

ARTICLES = [
    {"id": "w1", "published": "2031-09-02", "title": "Brask takes the Osk question to Brussels",
     "text": "On a trip to Brussels, Foreign Minister Ida Brask said Talvorian engineers were already working in Osk.\n\n"
             "Ida Brask is meeting Nato leaders in Brussels today, as she presents the Kessian peace plan.\n\n"
             "Security officials report several thousand Talvorian engineers are training at bases near Velm.\n\n"
             "Rockets struck a village near Europe's largest dam on Sunday."},
    {"id": "w2", "published": "2031-09-03", "title": "Envoy confirms engineers",
     "text": "The Talvorian envoy Marr Tenk confirmed his country's plan to send engineers to Kessia during his meeting "
             "with the Velm governor Ana Sil in Osk.\n\n"
             "Talvorian President Olo Brand has not commented on the plan."},
]


@pytest.mark.slow
def test_whereabouts_persons_met_continents_and_magnitudes(tmp_path) -> None:
    verdicts = check_verdicts(tmp_path, ARTICLES, {
        # the writer puts her in Brussels at the time: not in Washington, whatever she revealed
        "visit_elsewhere": "Ida Brask revealed the engineer figures during a visit to Washington.",
        "told_elsewhere": "Ida Brask told Nato leaders in Washington that Talvorian engineers were already working "
                          "in Osk.",
        "told_there": "Ida Brask said in Brussels that Talvorian engineers were already working in Osk.",
        # the person met must be named, not only their country
        "met_other": "Marr Tenk met Olo Brand to discuss sending engineers to Kessia.",
        "met_named": "Marr Tenk met Ana Sil in Osk to discuss sending engineers to Kessia.",
        # another continent's largest
        "continent": "Rockets struck a village near Asia's largest dam.",
        "same_continent": "Rockets struck a village near Europe's largest dam.",
        # a figure against "several thousand"
        "figure_outside": "More than 50,000 Talvorian engineers are training at bases near Velm.",
        "figure_inside": "Exactly 5,000 Talvorian engineers are training at bases near Velm.",
    })
    assert verdicts["visit_elsewhere"] == "refuted"
    assert verdicts["told_elsewhere"] == "refuted"
    assert verdicts["told_there"] == "supported"
    assert verdicts["met_other"] != "supported"
    assert verdicts["met_named"] == "supported"
    assert verdicts["continent"] == "refuted"
    assert verdicts["same_continent"] == "supported"
    assert verdicts["figure_outside"] == "refuted"
    assert verdicts["figure_inside"] != "supported"


def test_whereabouts_are_a_trip_or_a_city_today() -> None:
    assert whereabouts("On a trip to Brussels, the minister said the talks would go on.") == {"Brussels"}
    assert whereabouts("She is meeting Nato leaders in Brussels today, as she presents the plan.") == {"Brussels"}
    assert whereabouts("The talks in Brussels ended last year.") == set()
    assert whereabouts("On a trip to Kessia, the minister spoke.") == set()  # no big city


def test_the_person_met() -> None:
    met, visited, none = parse_texts(["Marr Tenk met Olo Brand in Osk.", "The envoy visited Talvoria.",
                                      "Marr Tenk sent engineers to Osk."])
    assert met_person(met) == ["olo", "brand"]
    assert met_person(visited) == ["talvoria"]
    assert met_person(none) == []


def test_a_continents_superlative() -> None:
    passage = "Rockets struck a village near Europe's largest dam."
    assert superlative_conflict("Rockets struck near Asia's largest dam.", passage)
    assert not superlative_conflict("Rockets struck near Europe's largest dam.", passage)
    assert not superlative_conflict("Rockets struck near Kessia's largest dam.", passage)  # a country: may be both
    # a day after the nouns is when, not the list it ranks in
    assert superlative_conflict("Rockets struck near Europe's second-largest dam.",
                                "Rockets struck a village near Europe's largest dam on Sunday.")


def test_a_figure_against_an_order_of_magnitude() -> None:
    passage = "Officials report several thousand engineers are training near Velm."
    assert figure_against_magnitude("More than 50,000 engineers are training.", passage) == "outside"
    assert figure_against_magnitude("Up to 500 engineers are training.", passage) == "outside"
    assert figure_against_magnitude("About 10,000 engineers are training.", passage) == "inside"  # near enough
    assert figure_against_magnitude("5,000 engineers are training.", passage) == "inside"
    assert figure_against_magnitude("More than 2,000 engineers are training.", passage) == "bounded"
    assert figure_against_magnitude("5,000 tanks are on the move.", passage) is None  # another thing counted
    assert judge_detail("50,000 engineers are training near Velm.", passage).stance == "disagree"
    assert judge_detail("5,000 engineers are training near Velm.", passage).stance == "discuss"
