"""check: a plan is not a deed done ("already"), another's troops are not the claim's, and a speaker's count of a
party's people given otherwise is misquoted (own fictional articles)."""

import pytest

from .conftest import check_results

ARTICLES = [
    {"id": "p1_plan", "published": "2025-05-01", "title": "Talvoria readies a unit",
     "text": "A unit of Talvorian troops is set to head to the Osk region next month.\n\n"
             "Officials in Velm gave no date for the move."},
    {"id": "p2_recognition", "published": "2025-05-02", "title": "Kessia recognises the Osk republic",
     "text": "Kessia became one of the first states to recognise the Osk republic, proclaimed last week on "
             "the territory of Brannia held by Mirenian troops.\n\nThe move angered Brannia."},
    {"id": "p3_count", "published": "2025-05-03", "title": "Velm warns of Kessian help for Brannia",
     "text": "Talvorian President Ana Velm told lawmakers that up to 2,000 Kessian specialists were being readied to "
             "enter the war.\n\nThe session ended late."},
]

CLAIMS = {
    "plan": "A unit of Talvorian troops is set to head to the Osk region next month.",
    "already": "Talvorian troops are already in the Osk region.",
    "already_fragment": "Talvorian troops already in the Osk region",
    "arrived": "Talvorian troops have already arrived in the Osk region.",
    "mirenian": "The Osk republic was proclaimed on territory held by Mirenian troops.",
    "kessian": "The Osk republic was proclaimed on territory held by Kessian troops.",
    "kessian_hold": "Kessian troops hold the territory of Brannia.",
    "count_as_said": "Ana Velm said up to 2,000 Kessian specialists were being readied to enter the war.",
    "count_misquoted": "Ana Velm told lawmakers 20,000 Kessian soldiers were being trained to fight.",
    "count_by_her": "According to Ana Velm, up to 20,000 Kessian troops are being trained for the war.",
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


def test_a_speakers_count_of_a_partys_people_given_otherwise_is_misquoted(results):
    assert results["count_as_said"].verdict == "supported"
    # another verb ("trained", not "readied"), another noun ("soldiers"), but her one count of Kessian people
    for key in ("count_misquoted", "count_by_her"):
        assert results[key].verdict == "refuted", results[key].explanation
        assert "the speaker gave another figure" in results[key].explanation
