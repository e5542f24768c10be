"""``check`` on a Western state's source as "Western", on a superlative from the other end of the same list, and on a
floor far above the pile's, and on a pledge in quoted words."""

import pytest

from storyscope.verify.dates import superlative_conflict
from storyscope.verify.stance_rules import judge_detail

from .conftest import check_verdicts

ARTICLES = [
    {"id": "f1", "published": "2031-12-05", "title": "Talvoria's losses",
     "text": "Talvoria has suffered heavy losses, and British intelligence says it is becoming increasingly hard for "
             "Talvoria to recruit soldiers.\n\n"
             "According to reports, October was the bloodiest month yet for Talvorian troops.\n\n"
             "Since the war began, at least 40,000 Talvorians have been killed and 90,000 wounded.\n\n"
             "The Norland president added, “We have always expressed full and lasting support for the actions of the "
             "Talvorian government.”"},
]


@pytest.mark.slow
def test_western_sources_opposite_superlatives_and_far_floors(tmp_path) -> None:
    verdicts = check_verdicts(tmp_path, ARTICLES, {
        "western": "Western intelligence says Talvoria is finding it increasingly hard to recruit soldiers.",
        "eastern": "Kessian intelligence says Talvoria is finding it increasingly hard to recruit soldiers.",
        "least_deadly": "October was the least deadly month of the war so far for Talvorian troops.",
        "far_floor": "More than 200,000 Talvorian soldiers have been killed in the war.",
        "near_floor": "More than 30,000 Talvorian soldiers have been killed in the war.",
        # a pledge in quoted words is what was said, word for word
        "pledged": "The Norland president pledged 'full and lasting support' for the Talvorian government's actions.",
        "pledged_other": "The Norland president pledged 'full and partial support' for the Talvorian government's "
                         "actions.",
    })
    assert verdicts["western"] == "supported"
    assert verdicts["eastern"] != "supported"
    assert verdicts["least_deadly"] == "refuted"
    assert verdicts["far_floor"] == "refuted"
    assert verdicts["near_floor"] != "refuted"
    assert verdicts["pledged"] == "supported"
    assert verdicts["pledged_other"] != "supported"


def test_superlatives_from_the_other_end() -> None:
    passage = "October was the bloodiest month yet for the troops."
    assert superlative_conflict("October was the least deadly month of the war for the troops.", passage)
    assert not superlative_conflict("October was the deadliest month yet for the troops.", passage)
    assert superlative_conflict("Osk is the smallest port in Kessia.", "Osk is the largest port in Kessia.")
    assert not superlative_conflict("Osk is the smallest port in Kessia.", "Osk is the largest port in Norland.")


def test_a_floor_far_above_the_pile() -> None:
    passage = "At least 40,000 soldiers have been killed since the war began."
    assert judge_detail("More than 200,000 soldiers have been killed since the war began.", passage).stance == "disagree"
    assert judge_detail("More than 50,000 soldiers have been killed since the war began.", passage).stance != "disagree"
