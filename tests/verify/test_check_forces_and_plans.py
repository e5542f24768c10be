"""check: a plan is not a deed done ("already"), another's troops are not the claim's, and a speaker's count of a
party's people given otherwise is misquoted, and a speaker's praising description praises (own fictional articles)."""

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
    {"id": "p4_praise", "published": "2025-05-04", "title": "Envoy on the Kessian builders",
     "text": "Talvoria's envoy to Kessia, Mira Holt, described the Kessian builders as \"highly skilled and "
             "motivated\".\n\nThe builders arrive in June."},
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
    "praised": "Mira Holt praised the Kessian builders.",
    "criticised": "Mira Holt criticised the Kessian builders.",
}


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    return check_results(tmp_path_factory.mktemp("plans"), ARTICLES, CLAIMS)


def test_the_plan_itself_is_supported(results):
    assert results["plan"].verdict == "supported"


@pytest.mark.parametrize("key", ["already", "already_fragment"])
def test_a_plan_does_not_say_it_has_happened(results, key):
    # "already in the Osk region" is not told by "is set to head to the Osk region next month" (the passage's date
    # would hold it back too; the rule says why in the explanation)
    assert results[key].verdict == "not_enough_evidence"
    assert "told only as to come" in results[key].explanation
    # (with another verb, "arrived", the passage does not state the action at all)
    assert results["arrived"].verdict == "not_enough_evidence"


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


def test_a_speakers_praising_description_praises(results):
    assert results["praised"].verdict == "supported", results["praised"].explanation
    assert results["criticised"].verdict == "not_enough_evidence"


def test_which_descriptions_praise():
    from storyscope.verify.actions import parse_texts, states_action

    def praises(text: str) -> bool:
        return states_action("praise", parse_texts([text])[0])

    assert praises("The mayor described the ferry crews as brave and tireless.")
    assert praises("The mayor greeted the hard-working ferry crews.")
    assert not praises("The mayor described the ferry crews as slow.")
    assert not praises("The mayor greeted the ferry crews.")


@pytest.mark.parametrize(("claim", "plan"), [
    ("The ferry was due to leave for Osk in July 2025.", True),
    ("Talvorian troops were expected to head to Osk in July.", True),
    ("The crash on 3 May was due to pilot error.", False),  # a cause
    ("The ferry was due to heavy rain late.", False),
    ("Kessia was to blame for the crash.", False),
    ("If they were to attack, Osk would fall.", False),  # supposed
])
def test_a_plan_told_in_the_past(claim, plan):
    from storyscope.verify.actions import parse_texts
    from storyscope.verify.check import _past_plan

    assert _past_plan(claim, parse_texts([claim])[0]) is plan


@pytest.mark.parametrize(("claim", "passage", "another"), [
    ("Kessian troops hold Brenn.", "Mirenian troops hold Brenn.", True),
    ("Kessian troops hold Brenn.", "Troops from Kessia joined Mirenian troops near Brenn.", False),
    ("The troops hold Brenn.", "Mirenian troops hold Brenn.", False),  # no owner named
    ("Some soldiers hold Brenn.", "Mirenian troops hold Brenn.", False),
    ("Ukrainian troops hold the town.", "Kyiv's forces hold the town.", False),  # a capital for its state
    ("American troops left the base.", "US troops left the base.", False),
])
def test_forces_of_another(claim, passage, another):
    from storyscope.verify.check import _forces_of_another

    assert _forces_of_another(claim, passage) is another


def test_a_deed_done_beside_a_plan_is_told():
    from storyscope.verify.check import _doc, _tells_a_deed

    assert _tells_a_deed(_doc("Talvorian troops arrived in Osk on Monday and will stay until June."))
    assert _tells_a_deed(_doc("Talvorian troops have arrived in Osk."))
    assert not _tells_a_deed(_doc("A unit of Talvorian troops is set to head to Osk next month."))


def test_a_leaders_forces_are_the_states():
    from storyscope.verify.check import _forces_of_another

    passage = "According to reports, March was the costliest month yet for Brask's troops in Osk."
    leaders = {"brask": "kessian"}
    assert not _forces_of_another("March was the costliest month yet for Kessian troops in Osk.", passage, leaders)
    assert _forces_of_another("March was the costliest month yet for Talvorian troops in Osk.", passage, leaders)
