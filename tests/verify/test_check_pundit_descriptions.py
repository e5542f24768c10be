"""``check`` on a statement claim that names its speaker by a description the pile gives in parts: the role in
the passage's article ("a retired general and TV defence analyst"), the speaker's people in another article ("the
Kessian military expert Tomas Vey"); a "pundit" is a commentator's role, and "go ahead and" adds nothing to a verb."""

import pytest

from storyscope.verify.casual import typed_casually

from .conftest import check_verdicts

pytestmark = pytest.mark.slow  # runs analyze (spaCy) once for the module

ARTICLES = [
    {"id": "p1_osk_post", "published": "2032-04-02", "title": "Talk of Brenn engineers",
     "text": "Tomas Vey, a retired general and TV defence analyst, said Osk should gladly accept the offer of 5,000 "
             "Brenn engineers.\n\n"
             "Osk has asked Kessia and Talvoria for help with its flooded dams since the winter.\n\n"
             "The engineers would arrive in the spring, officials in Brenn said."},
    {"id": "p2_valley_news", "published": "2032-04-03", "title": "Engineers offer debated in Kessia",
     "text": "The Kessian military expert Tomas Vey repeated the call on state television on Sunday.\n\n"
             "Kessia and Talvoria have not said whether they would send help."},
]


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory):
    claims = {
        "pundit": "A Kessian TV defence pundit said Osk should accept the Brenn engineers.",
        "other_people": "A Talvorian TV defence pundit said Osk should accept the Brenn engineers.",
        "go_ahead": "A TV defence pundit told Osk to go ahead and accept the Brenn engineers.",
        "refuse": "A TV defence pundit told Osk to refuse the Brenn engineers.",
    }
    return check_verdicts(tmp_path_factory.mktemp("pundits"), ARTICLES, claims)


def test_a_speakers_people_told_in_another_article_complete_the_description(verdicts):
    assert verdicts["pundit"] == "supported"
    # a people the pile never gives the speaker
    assert verdicts["other_people"] != "supported"


def test_go_ahead_and_adds_nothing_to_the_verb(verdicts):
    assert verdicts["go_ahead"] == "supported"
    assert verdicts["refuse"] != "supported"
    assert typed_casually("Vey told Osk to go ahead and accept the offer", {}) == "Vey told Osk to accept the offer"
    assert typed_casually("The mayor went ahead and signed it", {}) == "The mayor signed it"
    assert typed_casually("The plan went ahead", {}) == "The plan went ahead"
