"""``check`` on statements told across sentences: a speaker written as a description elsewhere in the pile, words
that go on from the sentence before, and readers' idioms for what was said."""

import pytest

from .conftest import check_verdicts

pytestmark = pytest.mark.slow  # runs analyze (spaCy) once for the module

ARTICLE = {
    "id": "b1_valley_times", "published": "2025-05-01", "title": "Talvoria warns of Mirenian engineers",
    "text": "Talvorian President Halina Brask has told Kessian leaders she had information that up to 3,000 Mirenian "
            "engineers were being trained.\n\n"
            "On a trip to Osk, the Talvorian leader said some engineers were already at the border.\n\n"
            "It follows remarks the president made to her parliament, claiming her spies had confirmed Mirenland's "
            "supply of both fuel and engineers to Kessia.\n\n"
            "She told lawmakers: “These are engineers for Kessian dams to replace workers lost in the floods.”\n\n"
            "Foreign Minister Ole Lindqvist said allies should respond firmly, including by imposing new tariffs and "
            "further isolating Mirenland.\n\n"
            "“This is a grave threat to the valley,” he said at a news conference in Velm.\n\n"
            "Farmers who have tilled the valley for decades near the Orsk dam in East Talvoria claim that their orchards and barns have flooded twice since the spring storms."}


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory):
    claims = {
        "leader": "The Talvorian leader told Kessian leaders that up to 3,000 Mirenian engineers were being trained.",
        "lawmakers": "Brask told lawmakers Mirenland is sending engineers to work on Kessian dams.",
        "audience": "The president told lawmakers Mirenland was sending engineers for Kessian dams.",
        "tariffs": "Lindqvist urged allies to hit Mirenland with new tariffs.",
        "missiles": "Lindqvist urged allies to hit Mirenland with new missiles.",
        "threat": "Ole Lindqvist spoke of a grave threat to the valley.",
        "west": "The Orsk dam is located in western Talvoria.",
        "owner": "Talvoria's president told Kessian leaders that up to 3,000 Mirenian engineers were being trained.",
        "unsaid": "Ole Lindqvist did not say allies should impose new tariffs.",
        "unsaid_other": "Ole Lindqvist did not say allies should invade Mirenland.",
    }
    return check_verdicts(tmp_path_factory.mktemp("speakers"), [ARTICLE], claims)


def test_a_description_the_pile_gives_the_speaker_as_a_source_names_them(verdicts):
    assert verdicts["leader"] == "supported"


def test_words_after_a_pronoun_go_on_from_the_sentence_before(verdicts):
    # "She told lawmakers: ..." after "... Mirenland's supply of both fuel and engineers to Kessia"
    assert verdicts["lawmakers"] == "supported"


def test_words_told_to_the_claims_audience_outweigh_words_told_to_another(verdicts):
    # "told lawmakers" is confirmed by what she told lawmakers, not contradicted by what she told Kessian leaders
    assert verdicts["audience"] == "supported"


def test_hitting_with_tariffs_is_imposing_them(verdicts):
    assert verdicts["tariffs"] == "supported"
    assert verdicts["missiles"] != "supported"


def test_speaking_of_something_is_saying_it(verdicts):
    assert verdicts["threat"] == "supported"


def test_where_a_thing_lies_is_contradicted_by_a_passage_placing_it_otherwise(verdicts):
    # the passage goes on to relay locals' words; where the dam lies is the writer's
    assert verdicts["west"] == "refuted"


def test_a_state_owning_the_title_names_its_holder(verdicts):
    # "Talvoria's president" is the pile's "Talvorian President Halina Brask"
    assert verdicts["owner"] == "supported"


def test_a_claim_that_someone_did_not_say_something_is_refuted_by_their_saying_it(verdicts):
    assert verdicts["unsaid"] == "refuted"
    assert verdicts["unsaid_other"] != "refuted"
