"""check: a plan is not a deed done ("already"), and another's troops are not the claim's (own fictional articles)."""

import pytest

from .conftest import check_results

ARTICLES = [
    {"id": "p1_plan", "published": "2025-05-01", "title": "Talvoria readies a unit",
     "text": "A unit of Talvorian troops is set to head to the Osk region next month.\n\n"
             "Officials in Velm gave no date for the move."},
    {"id": "p2_recognition", "published": "2025-05-02", "title": "Kessia recognises the Osk republic",
     "text": "Kessia became one of the first states to recognise the Osk republic, proclaimed last week on "
             "the territory of Brannia held by Mirenian troops.\n\nThe move angered Brannia."},
]

CLAIMS = {
    "plan": "A unit of Talvorian troops is set to head to the Osk region next month.",
    "already": "Talvorian troops are already in the Osk region.",
    "already_fragment": "Talvorian troops already in the Osk region",
    "arrived": "Talvorian troops have already arrived in the Osk region.",
    "mirenian": "The Osk republic was proclaimed on territory held by Mirenian troops.",
    "kessian": "The Osk republic was proclaimed on territory held by Kessian troops.",
    "kessian_hold": "Kessian troops hold the territory of Brannia.",
}


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    return check_results(tmp_path_factory.mktemp("plans"), ARTICLES, CLAIMS)


def test_the_plan_itself_is_supported(results):
    assert results["plan"].verdict == "supported"


@pytest.mark.parametrize("key", ["already", "already_fragment", "arrived"])
def test_a_plan_does_not_say_it_has_happened(results, key):
    # "already in the Osk region" is not told by "is set to head to the Osk region next month" (the passage's date
    # would hold it back too; the rule says why in the explanation)
    assert results[key].verdict == "not_enough_evidence"
    assert "told only as to come" in results[key].explanation


def test_another_states_troops_are_not_the_claims(results):
    assert results["mirenian"].verdict == "supported"
    # the sentence names Kessia and troops, but the troops are Mirenian
    for key in ("kessian", "kessian_hold"):
        assert results[key].verdict == "not_enough_evidence", results[key].explanation
        assert "another's forces" in results[key].explanation
