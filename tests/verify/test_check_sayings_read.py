"""Statement claims read as an analyst reads them: "affirmed" is a verb of saying; a saying dated one sentence further
back than the words ("Last September Brenn told reporters ... He added, “...” “...”"); "X denied Y" against X saying
Y; a closing setting of the saying (", speaking at a news conference in Osk") is no part of what was said; "a third
state joining the war" in "the participation of a third state in the war"; a floor the pile's count meets; "according
to one report" read as the pile's own report; a title told in the claim's apposition ("X, Kessia's deputy defence
minister,", "X, a Talvorian military analyst,") checked against the writer's description; a casual "shouldnt"; and a
plan for one place, which does not contradict a move done to another."""

import pytest

from .conftest import check_results

ARTICLES = [
    {"id": "s1", "published": "2032-06-20", "title": "Brenn stands by Kessia",
     "text": "Talvorian President Ola Brenn spoke to reporters in Velm last September. "
             "Last September Brenn told reporters that Talvoria is fighting a just war for its borders. "
             "The Talvorian leader added, \u201cWe have always given full support to the government in Osk. "
             "\u201cI take this chance to affirm that we will always stand with Kessia against the invaders.\u201d"},
    {"id": "s2", "published": "2032-06-21", "title": "Vosk on the dam",
     "text": "On a visit to Brask, Kessian Foreign Minister Lena Vosk said some Talvorian engineers were already at "
             "the Osk dam. \u201cThis is a grave threat to the whole region,\u201d Vosk said at a news conference in "
             "the port city of Velm. She told lawmakers: \u201cThese are not workers. In fact, this is the "
             "participation of a third state in the war on the side of Talvoria.\u201d"},
    {"id": "s3", "published": "2032-06-22", "title": "The offer of engineers",
     "text": "Oskar Dranovic, a retired colonel and radio defence analyst, said Kessia should accept the offer of "
             "engineers. \u201cWe shouldn\u2019t be afraid to accept the offer,\u201d he said. The pact required "
             "Norland\u2019s recognition of the Osk republic. The small kingdom did so on 4 April, as the second "
             "country after Talvoria. Since the start of the war, at least 2,300 Kessian soldiers have been killed. "
             "A Talvorian engineer unit is set to head to the Velm region next month."},
    {"id": "s4", "published": "2032-06-23", "title": "Radio panel",
     "text": "The offer was welcomed on the radio by the Kessian military expert, Oskar Dranovic. Speaking on a radio "
             "panel, Dranovic said \u201cThere are reports that 3,000 Norland volunteers are ready to come and "
             "help.\u201d"},
]
CLAIMS = {
    "affirmed": "Brenn affirmed that Talvoria will always stand with Kessia against the invaders.",
    "dated_wrong": "In September 2030, Ola Brenn told reporters he would always stand with Kessia against the invaders.",
    "dated_right": "In September 2031, Ola Brenn told reporters he would always stand with Kessia against the invaders.",
    "denied": "Lena Vosk denied that any Talvorian engineers were at the Osk dam.",
    "setting": "Vosk called it a grave threat to the whole region, speaking at a news conference in the port city of Velm.",
    "setting_elsewhere": "Vosk called it a grave threat to the whole region, speaking at a news conference in Osk.",
    "joining": "Vosk told lawmakers that Norland's involvement amounts to a third state joining the war on "
               "Talvoria's side.",
    "floor": "More than 2,000 Kessian soldiers have been killed since the war began, one report says.",
    "one_report": "According to one report, Norland recognised the Osk republic on 4 April, the second country to do "
                  "so after Talvoria.",
    "deputy": "Oskar Dranovic, Kessia's deputy defence minister, said Kessia should accept the offer of engineers.",
    "analyst": "Oskar Dranovic, a Talvorian military analyst, said Kessia should accept the offer of engineers.",
    "casual": "apparently dranovic said kessia shouldnt be afraid to accept the offer",
    "moved_elsewhere": "Talvorian engineers have been deployed to the Tarn region.",
    "planned_elsewhere": "A Talvorian engineer unit is set to head to the Osk region next month.",
    "confirmed_reports": "Oskar Dranovic confirmed that 3,000 Norland volunteers are ready to come.",
}


@pytest.fixture(scope="module")
def results(tmp_path_factory) -> dict:
    return check_results(tmp_path_factory.mktemp("sayings"), ARTICLES, CLAIMS)


@pytest.mark.slow
def test_affirmed_is_a_verb_of_saying(results) -> None:
    assert results["affirmed"].verdict == "supported"


@pytest.mark.slow
def test_a_saying_is_dated_by_the_sentence_its_words_go_on_from(results) -> None:
    assert results["dated_wrong"].verdict == "refuted"
    assert results["dated_right"].verdict == "supported"


@pytest.mark.slow
def test_a_denial_is_refuted_by_the_speaker_saying_it(results) -> None:
    assert results["denied"].verdict == "refuted"


@pytest.mark.slow
def test_a_closing_setting_is_where_it_was_said_not_what(results) -> None:
    assert results["setting"].verdict == "supported"
    assert results["setting_elsewhere"].verdict == "refuted"


@pytest.mark.slow
def test_joining_the_war_is_taking_part_in_it(results) -> None:
    assert results["joining"].verdict == "supported"


@pytest.mark.slow
def test_a_floor_the_count_meets_is_no_misquote(results) -> None:
    assert results["floor"].verdict == "supported"


@pytest.mark.slow
def test_one_report_is_the_piles_own_reporting(results) -> None:
    assert results["one_report"].verdict == "supported"


@pytest.mark.slow
def test_a_title_in_apposition_is_checked_against_the_writers(results) -> None:
    assert results["deputy"].verdict == "refuted"
    assert results["analyst"].verdict == "refuted"


@pytest.mark.slow
def test_a_contraction_typed_without_its_apostrophe(results) -> None:
    assert results["casual"].verdict == "supported"


@pytest.mark.slow
def test_a_plan_for_one_place_does_not_contradict_a_move_done_to_another(results) -> None:
    assert results["moved_elsewhere"].verdict == "not_enough_evidence"
    assert results["planned_elsewhere"].verdict == "refuted"


@pytest.mark.slow
def test_reports_passed_on_are_no_confirmation(results) -> None:
    assert results["confirmed_reports"].verdict == "conflicting"


def test_a_closing_setting_is_cut_from_what_was_said() -> None:
    from storyscope.verify.statements import said_content

    assert said_content("Vosk called it a threat, speaking at a news conference in Osk.") .strip() == "it a threat"
    assert said_content("Vosk said the dam is safe.").strip() == "the dam is safe."


def test_floors_met_only_by_a_higher_count_of_the_same_thing() -> None:
    from storyscope.verify.stance_rules import floors_met

    assert floors_met("more than 2,000 soldiers killed", "at least 2,300 soldiers have been killed")
    assert not floors_met("more than 3,000 soldiers killed", "at least 2,300 soldiers have been killed")
    assert not floors_met("more than 2,000 soldiers killed", "up to 2,300 soldiers have been killed")
    assert not floors_met("2,000 soldiers killed", "at least 2,300 soldiers have been killed")
    assert not floors_met("more than 1,000 soldiers killed", "at least 100,000 soldiers have been killed")


def test_review_edges_of_the_new_readings() -> None:
    from storyscope.verify.actions import agent_left_out, negated, parse_texts, reversed_parties
    from storyscope.verify.check import _superlative_missing, _unsupposed_part

    # a fear denied before an act is no negation; a fear denied of a thing is one
    assert not negated("Kessia shouldn't be afraid to accept the offer.")
    assert negated("The Kessian cabinet is not afraid of new sanctions.")
    # "most" with its adjective only, not "at least three", "most troops" or "most likely"
    for claim in ("At least three soldiers were killed.", "Most troops were sent to Osk.", "Velm will most likely sign."):
        assert not _superlative_missing(parse_texts([claim])[0], "at least 3 soldiers; troops; will likely sign"), claim
    assert _superlative_missing(parse_texts(["Norland is Kessia's most important partner."])[0], "one of key partners")
    # what would then be, before its "if" or after an aside holding a number, is the supposition's own
    assert not _unsupposed_part("I would send my engineers to Osk if I were their commander.").strip()
    assert "send" not in _unsupposed_part("If I were in Velm, with 10,000 men, I would send my engineers to Osk.")
    # a passive with the claim's doer on the receiving end is no reversal ("Kessia was attacked by drones")
    claim, passage = parse_texts(["Kessia attacked Talvoria.", "Kessia was attacked by drones overnight."])
    assert not reversed_parties("attack", claim, passage)
    # "by our engineers" names no party: it tells no other doer than "by the Kessians"
    claim, passage = parse_texts(["The rifles were made by the Kessians.", "The rifles were made by our engineers."])
    assert agent_left_out(claim, passage) == "none"


def test_a_huge_currency_figure_is_still_a_number() -> None:
    from storyscope.annotate.quantities import parse_number

    assert parse_number(["3,325", "trillion"]) == 3.325e15
