"""``check`` on a thing put between other parties ("a bridge between A and B"), on "X was reported to be Y", and on a
disputed figure in a claim about something else done with it."""

import pytest

from storyscope.verify.hedged import reported_as_said
from storyscope.verify.names import between_conflict

from .conftest import check_verdicts

ARTICLES = [
    {"id": "b1", "published": "2031-10-02", "title": "Kessia's place in the trade",
     "text": "Talvorian analyst Ode Marr told the Osk Herald, “Kessia is acting as a bridge between Norland and "
             "Talvoria, and that suits everyone.”\n\n"
             "According to reports, March was the wettest month yet in Osk.\n\n"
             "Kessia offered 5,000 engineers to Talvoria, the Osk Herald reported."},
    {"id": "b2", "published": "2031-10-04", "title": "A bigger offer?",
     "text": "Kessia offered 50,000 engineers to Talvoria, a Norland general said.\n\n"
             "Talvoria has not answered the offer."},
]


@pytest.mark.slow
def test_parties_between_reports_and_figures_of_another_deed(tmp_path) -> None:
    verdicts = check_verdicts(tmp_path, ARTICLES, {
        "swapped": "Ode Marr said Norland acts as a bridge between Kessia and Talvoria.",
        "unknown_party": "Ode Marr said Kessia acts as a bridge between Mirenia and Talvoria.",
        "as_said": "Ode Marr said Kessia acts as a bridge between Norland and Talvoria.",
        "reported_wrong": "April was reported to be the wettest month yet in Osk.",
        "reported_right": "March was reported to be the wettest month yet in Osk.",
        # the figures are disputed, but nothing tells that the offer was accepted
        "accepted": "Talvoria accepted Kessia's offer of 5,000 engineers.",
    })
    assert verdicts["swapped"] == "refuted"
    assert verdicts["unknown_party"] == "refuted"
    assert verdicts["as_said"] == "supported"
    assert verdicts["reported_wrong"] == "refuted"
    assert verdicts["reported_right"] == "supported"
    assert verdicts["accepted"] == "not_enough_evidence"


def test_between_other_parties() -> None:
    passage = "“Kessia is acting as a bridge between Norland and Talvoria,” he said."
    assert between_conflict("Norland is a bridge between Kessia and Talvoria.", passage)
    assert not between_conflict("Kessia is a bridge between Talvoria and Norland.", passage)  # either order
    assert not between_conflict("The talks between Osk and Velm failed.", passage)  # another thing between


def test_reported_to_be_is_what_reports_said() -> None:
    assert reported_as_said("April was reported to be the wettest month.") == "Reports said April was the wettest month."
    assert reported_as_said("The bridge is reported to have been closed.") == "Reports said the bridge was closed."
    assert reported_as_said("Brask is reported to be ill.") == "Reports said Brask is ill."
    # the report inside what someone said is theirs
    assert reported_as_said("He said the plan was reported to be ready.") == "He said the plan was reported to be ready."
