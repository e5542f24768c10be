"""The first stance rule: relevance gate, numbers, refuting and hedging cues."""

import pytest

from storyscope.verify.stance_rules import judge, judge_detail

CLAIM = "Norland will send 500 engineers to rebuild the bridge"


@pytest.mark.parametrize("passage, stance", [
    ("Norland will send 500 engineers to rebuild the collapsed bridge next month.", "agree"),
    ("Norland will send 5,000 engineers to rebuild the bridge.", "disagree"),
    ("Norland denied it would send engineers to rebuild the bridge.", "disagree"),
    ("Norland reportedly will send 500 engineers to rebuild the bridge.", "discuss"),
    ("The weather in the capital was mild on Sunday.", None),
    ("Norland will send engineers to rebuild the bridge, officials confirmed.", "discuss"),
    ("Norland did not say when it will send 500 engineers to rebuild the bridge.", "agree"),
    ("Norland is known to be ready to send 500 engineers to rebuild the bridge.", "discuss"),
])
def test_stance(passage, stance):
    assert judge(CLAIM, passage)[0] == stance


def test_a_claim_about_a_statement_is_confirmed_by_the_report():
    claim = "The mayor said the bridge will reopen in May"
    assert judge(claim, "The mayor said on Friday that the bridge will reopen in May.")[0] == "agree"


def test_relevance_reads_other_forms_of_a_word_but_names_as_written():
    from storyscope.verify.stance_rules import judge_detail, same_word

    assert same_word("collapsed", "collapse") and same_word("troop", "troops")
    assert not same_word("dam", "damage") and not same_word("2000", "20000")
    # irregular forms that read one way only are their verb's or noun's ("sent" is "send", "men" is "man"); a form
    # that is a word of its own too stays apart ("left" is not "leave", "found" not "find")
    assert same_word("sent", "send") and same_word("sending", "sent") and same_word("fought", "fight")
    assert same_word("men", "man") and not same_word("left", "leave") and not same_word("found", "find")
    assert not same_word("sent", "spent")
    # "the collapse of the dam" covers both words of "The dam collapsed"
    assert judge_detail("The dam collapsed", "Crews searched the valley after the collapse of the dam.").relevance == 1.0
    # "Russian" does not stand for the name "Russia"
    detail = judge_detail("Russia sent engineers", "Russian engineers were sent home.")
    assert detail.relevance == pytest.approx(2 / 3)


def test_a_capital_standing_for_its_country_and_a_transliteration_read_as_one():
    from storyscope.verify.stance_rules import content_words

    assert "korea" in content_words("Pyongyang recognised the republics")
    assert content_words("Talks with Moscow") == content_words("Talks with Russia")
    assert "luhansk" in content_words("the Lugansk region")
    _, relevance = judge("Pyongyang recognised the Lugansk republic", "North Korea recognised the Luhansk republic")
    assert relevance == 1.0


def test_a_figure_within_the_claims_bound_does_not_contradict_it():
    assert judge("At least 38 people died in the flood", "At least 41 people have died in the flood")[0] != "disagree"
    assert judge("At least 38 people died in the flood", "Some 30 people died in the flood")[0] == "disagree"
    assert judge("Up to 2,000 engineers will go", "About 300 engineers will go")[0] != "disagree"
    assert judge("Brask said up to 100,000 engineers will go", "Brask said up to 10,000 engineers will go")[0] \
        == "disagree"


def test_two_bounds():
    assert judge("More than 40 people died in the flood", "At least 38 people died in the flood")[0] != "disagree"
    assert judge("Norvakia will send up to 5,000 engineers", "Norvakia will send up to 2,000 engineers")[0] \
        == "disagree"


def test_the_month_may_is_no_hedge():
    claim = "Norvakia recognised the Osk republic."
    assert judge_detail(claim, "Norvakia recognised the Osk republic on May 2.").reason == "match"
    assert judge_detail(claim, "Norvakia recognised the Osk republic in early May.").reason == "match"
    assert judge_detail(claim, "Norvakia may have recognised the Osk republic.").reason == "hedged"


_VELM = "President Ana Velm told lawmakers she had information that up to 2,000 Kessian specialists were being readied."


@pytest.mark.parametrize(("claim", "passage", "other"), [
    ("20,000 Kessian soldiers were being trained to fight", _VELM, True),
    ("up to 2,000 Kessian soldiers were being trained", _VELM, False),
    ("20,000 Brannian soldiers were being trained", _VELM, False),  # another party
    ("12,000 Kessian soldiers were being trained", "Velm said 12 000 Kessian soldiers were being trained", False),
    ("11,000 Kessian soldiers were being trained", "Velm said 11k Kessian soldiers were being trained", False),
    ("11,000 Kessian soldiers were being trained", "Velm said eleven thousand Kessian soldiers were trained", False),
    ("11,000 Kessian troops had been sent", "500 Kessian soldiers had been killed", False),  # another fate
    ("11,000 Kessian troops had been sent", "3,000 Kessian workers were sent to build roads", False),  # builders
    ("11,000 Kessian troops were sent", "10,000-12,000 Kessian troops were sent", False),  # within the range
    ("11,000 Kessian troops were sent", "between 10,000 and 12,000 Kessian troops were sent", False),
    ("20,000 Kessian troops were sent", "10,000-12,000 Kessian troops were sent", True),
])
def test_people_count_other(claim, passage, other):
    from storyscope.verify.stance_rules import people_count_other

    assert people_count_other(claim, passage) is other


def test_a_speakers_cap_is_not_their_floor():
    # what someone said: "at least" is no quote of their "up to", though both take in the figure
    assert judge("Brask told the council at least 3,000 engineers will go",
                 "Brask told the council that up to 3,000 engineers will go")[0] == "disagree"
    # the writer's own counts: both may hold for exactly 3,000
    assert judge("At least 3,000 engineers will go", "Up to 3,000 engineers will go")[0] != "disagree"
    assert judge("Brask said at least 3,000 engineers will go", "Brask said at least 3,000 engineers will go")[0] \
        == "agree"
    # a passage that gives the figure under both bounds, for two things, has the claim's among them
    assert judge("Brask said at least 3,000 engineers left", "Up to 3,000 engineers left Osk, and at least 3,000 "
                 "farmers fled")[0] != "disagree"
    assert judge("The army lost at least 50 tanks", "The army lost at least 50 tanks and up to 50 guns.")[0] \
        != "disagree"


def test_a_floor_well_above_the_passages_floor_misstates_it() -> None:
    passage = "Since the war began, at least 11,500 Kessian soldiers have been killed and 50,000 wounded."
    assert judge("At least 15,000 Kessian soldiers have been killed and 50,000 wounded since the war began.",
                 passage)[0] == "disagree"
    # (a floor just above it, or below it, still fits: "more than 40" and "at least 38")
    assert judge("More than 12,000 Kessian soldiers have been killed since the war began.", passage)[0] != "disagree"
    assert judge("At least 10,000 Kessian soldiers have been killed since the war began.", passage)[0] == "agree"
