"""``check`` on the one detail a fact-checker's claim hinges on: who confirmed or denied, where a meeting was, which
outlet relayed it, which month, "the only", an organisation's spokesman, where quoted words came from, a decision
the pile does not state."""

import pytest

from .conftest import check_verdicts

pytestmark = pytest.mark.slow  # runs analyze (spaCy) for the module's two stores

ARTICLE = {
    "id": "d1_harbour_post", "published": "2025-06-10", "title": "Mirenland to send engineers to Kessia",
    "text": "Quoted from the Harbour Gazette, Mirenian Ambassador Oskar Vell later confirmed his country's intention "
            "to send engineers to Kessia during his meeting with the envoy of Talvoria, Ida Brask in Velm recently.\n\n"
            "Vell had met the envoy of Talvoria, Ida Brask, in Velm on Monday.\n\n"
            "Norpress, a Kessian news agency, claimed the isolated republic would also provide welders to help "
            "repair flood damage.\n\n"
            "According to reports, March was the wettest month yet for the valley farms.\n\n"
            "Mirenland recognised the Orsk republic on May 2, as the third country after Kessia and Lorvia.\n\n"
            "A spokesman for the Coast Guard Piet Morel told journalists, “Sending crews out in this storm would make "
            "them storm fodder in a reckless gamble.”\n\n"
            "Foreign Minister Ole Lindqvist said allies should respond firmly. “This is a grave threat to the "
            "valley,” he said at a news conference in Velm.\n\n"
            "Kessian Minister Anna Roos described the Mirenian engineers as “highly skilled and careful”.\n\n"
            "Lindqvist is presenting the council with Talvoria's “harvest plan” in Velm today.\n\n"
            "Engineer Tomas Berg, a reserve colonel and TV analyst, said Kessia should gratefully accept the offer of "
            "help.\n\n"
            "The question is whether it is 4,000 “volunteers” that Vell has offered to Kessia, Kessian state radio "
            "reported in early August."}


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory):
    claims = {
        "denied": "Mirenian ambassador Oskar Vell denied that Mirenland intended to send engineers to Kessia.",
        "confirmed": "Mirenian ambassador Oskar Vell confirmed Mirenland's intention to send engineers to Kessia.",
        "met_elsewhere": "Oskar Vell met the Talvorian envoy Ida Brask in Osk.",
        "met_there": "Oskar Vell met the Talvorian envoy Ida Brask in Velm.",
        "cited": "Citing the Harbour Gazette, the paper writes that Mirenian ambassador Oskar Vell confirmed his "
                 "country's intention to send engineers to Kessia.",
        "other_agency": "According to the Kessian news agency Telpress, Mirenland would also provide welders to "
                        "repair flood damage in Talvoria.",
        "same_agency": "According to the Kessian news agency Norpress, Mirenland would also provide welders to "
                       "repair flood damage in Talvoria.",
        "other_month": "April was reported to be the wettest month yet for the valley farms.",
        "other_thing": "April was a dry month for the valley farms.",
        "only": "Mirenland was the only country to recognise the Orsk republic.",
        "recognised": "Mirenland recognised the Orsk republic.",
        "other_spokesman": "Piet Morel is a Harbour Authority spokesman.",
        "same_spokesman": "Piet Morel is a Coast Guard spokesman.",
        "words_elsewhere": "The “storm fodder” warning came from harbour spokesman Jan Dekker.",
        "words_there": "The “storm fodder” warning came from Coast Guard spokesman Piet Morel.",
        "remark_there": "Ole Lindqvist made his “grave threat to the valley” remark at a news conference in Velm.",
        "remark_elsewhere": "Ole Lindqvist made his “grave threat to the valley” remark at a news conference in Osk.",
        "quoted_as": "Anna Roos is quoted as calling the Mirenian engineers highly skilled and careful.",
        # (close in its words to the passage: cosine above the bar at which an unstated action is excused)
        "endorsed": "Council members endorsed Talvoria's harvest plan presented by Lindqvist in Velm.",
    }
    claims.update({
        "advised_other": "Tomas Berg advised Kessia to turn down the offer of help.",
        "advised_same": "Tomas Berg advised Kessia to accept the offer of help.",
        "reported_other_month": "Kessian state radio reported Vell's offer of 4,000 volunteers in early July.",
        "reported_same_month": "Kessian state radio reported Vell's offer of 4,000 volunteers in early August.",
        "other_title": "Ole Lindqvist, Talvoria's defence minister, called it a grave threat to the valley.",
        "same_title": "Ole Lindqvist, Talvoria's foreign minister, called it a grave threat to the valley.",
        "outlet_nationality": "Norpress, the Talvorian news agency, was the outlet that claimed the isolated republic "
                              "would also provide welders.",
        "described_outlet": "Norpress, the agency behind the welders claim, is described as a Talvorian news agency.",
        "for_the_body": "Norpress editor Ian Dahl was the one who claimed the isolated republic would also provide "
                        "welders to help repair flood damage.",
        "occasion_there": "Ole Lindqvist's remark that this was a grave threat to the valley was made at a news "
                          "conference in Velm.",
        "occasion_elsewhere": "Ole Lindqvist's remark that this was a grave threat to the valley was made during a "
                              "visit to the dam.",
    })
    return check_verdicts(tmp_path_factory.mktemp("details"), [ARTICLE], claims)


def test_a_denial_claim_is_refuted_by_the_speakers_own_confirmation(verdicts):
    assert verdicts["denied"] == "refuted"
    assert verdicts["confirmed"] == "supported"


def test_a_meeting_is_placed_where_the_pile_says_it_was(verdicts):
    assert verdicts["met_elsewhere"] == "refuted"
    assert verdicts["met_there"] != "refuted"


def test_a_statement_relayed_by_a_cited_medium_is_the_speakers(verdicts):
    assert verdicts["cited"] == "supported"


def test_words_the_pile_gives_one_agency_are_not_another_agencys(verdicts):
    # (the agency's words name the republic otherwise, and not the place the claim adds)
    assert verdicts["other_agency"] == "refuted"
    assert verdicts["same_agency"] == "supported"


def test_a_month_said_to_be_the_wettest_is_contradicted_by_another_month(verdicts):
    assert verdicts["other_month"] == "refuted"
    assert verdicts["other_thing"] != "refuted"


def test_the_only_one_is_not_confirmed_by_a_passage_without_only(verdicts):
    assert verdicts["only"] != "supported"
    assert verdicts["recognised"] == "supported"


def test_an_organisation_before_the_title_is_whom_the_spokesman_speaks_for(verdicts):
    assert verdicts["other_spokesman"] == "refuted"
    assert verdicts["same_spokesman"] == "supported"


def test_where_quoted_words_came_from_is_a_statement_by_the_source(verdicts):
    assert verdicts["words_elsewhere"] == "refuted"
    assert verdicts["words_there"] == "supported"


def test_a_remark_named_by_its_quoted_words_is_what_was_said(verdicts):
    assert verdicts["remark_there"] == "supported"
    assert verdicts["remark_elsewhere"] == "refuted"


def test_quoted_as_calling_is_calling(verdicts):
    assert verdicts["quoted_as"] == "supported"


def test_a_decision_must_be_stated_however_close_the_words(verdicts):
    assert verdicts["endorsed"] != "supported"


def test_advising_is_saying_what_should_be_done(verdicts):
    assert verdicts["advised_other"] == "refuted"
    assert verdicts["advised_same"] == "supported"


def test_reporting_someones_offer_is_a_statement_dated_by_the_pile(verdicts):
    assert verdicts["reported_other_month"] == "refuted"
    assert verdicts["reported_same_month"] == "supported"


def test_a_wrong_title_refutes_however_right_the_words(verdicts):
    # (not conflicting: his words agree, but the claim is wrong about who he is)
    assert verdicts["other_title"] == "refuted"
    assert verdicts["same_title"] == "supported"


def test_an_outlets_nationality_in_an_apposition(verdicts):
    assert verdicts["outlet_nationality"] == "refuted"


# Passages that look like the rules above but are not what they judge (the review of this stop's rules).
NEAR_MISSES = [
    {"id": "n1", "published": "2025-03-05", "title": "Talks",
     "text": "Defence Minister Ida Brask acknowledged the reports but denied that Norvakian troops had crossed into "
             "Talvoria.\n\nEnvoy Piet Varga met Prime Minister Ida Brask in Osk on Monday. Two days later Varga "
             "met Kesh President Ola Tamm in Dorn.\n\nKesh Foreign Minister Jon Hale said Kesh and Dorn would sign "
             "a peace treaty in Velm next month.\n\nAddressing a rally in Osk, Prime Minister Jon Hale said there "
             "would be no surrender to the rebels. The Velm Herald quoted Hale as calling the rebels bandits.\n\n"
             "Interior Minister Lena Holm said Norvakia had no choice but to close the border with Talvoria.\n\n"
             "Defence Minister Tomas Brel said the army was ready to defend the eastern border. Interior Minister "
             "Ada Brel, his cousin, spoke later. Brel, the interior minister, said curfews were not planned."},
    {"id": "n2", "published": "2025-10-02", "title": "A record month",
     "text": "September was the bloodiest month of the Osk conflict yet, surpassing August, the Velm Institute "
             "said.\n\nThe Talvorian parliament adopted the sanctions bill on Thursday."},
    {"id": "n3", "published": "2025-09-02", "title": "A record month",
     "text": "August was the bloodiest month of the Osk conflict yet, the Velm Institute said."},
    {"id": "n4", "published": "2025-09-03", "title": "Curfew",
     "text": "Interior Minister Ola Brask said the curfew in Osk would be lifted on Sunday.\n\nLena Varr, an aide to "
             "Brask, said the minister would visit Tarn next week."},
    {"id": "n5", "published": "2025-09-04", "title": "Barracks",
     "text": "Defence Minister Ola Brask inspected the barracks at Dorn, the Tarn Herald reported."},
]


@pytest.fixture(scope="module")
def near_misses(tmp_path_factory):
    claims = {
        "denial": "Ida Brask denied that Norvakian troops had crossed into Talvoria.",
        "met_other": "Piet Varga met Ola Tamm in Dorn.",
        "met_reversed": "Ida Brask met Piet Varga in Osk.",
        "other_treaty": "Ida Brask said Norvakia and Talvoria would sign a peace treaty next month.",
        "label": "Jon Hale is quoted as calling the rebels heroes.",
        "quoted_words": "The “no retreat” warning came from Jon Hale.",
        "no_other_choice": "Lena Holm said Norvakia had no other choice but to close the border with Talvoria.",
        "record_then": "August was the bloodiest month of the Osk conflict yet.",
        "passed": "The Talvorian parliament approved the sanctions bill.",
        "same_surname": "Defence Minister Tomas Brel said the army was ready to defend the eastern border.",
        "aide": "Lena Varr, an aide to Ola Brask, said the curfew in Osk would be lifted on Sunday.",
        "presented": "One article presents Ola Brask as the defence minister.",
        "presented_more": "One article presents Ola Brask as the defence minister who resigned.",
    }
    return check_verdicts(tmp_path_factory.mktemp("near"), NEAR_MISSES, claims)


def test_a_passage_that_confirms_one_thing_and_denies_the_claims_is_the_denial(near_misses):
    assert near_misses["denial"] == "supported"


def test_a_meeting_with_someone_else_is_no_other_place(near_misses):
    assert near_misses["met_other"] == "supported"
    assert near_misses["met_reversed"] == "supported"  # meeting is mutual


def test_the_same_words_about_other_places_are_no_misattribution(near_misses):
    assert near_misses["other_treaty"] == "not_enough_evidence"


def test_a_label_or_quoted_words_the_speaker_did_not_use(near_misses):
    assert near_misses["label"] == "not_enough_evidence"
    assert near_misses["quoted_words"] == "not_enough_evidence"


def test_no_other_choice_is_no_claim_of_being_the_only_one(near_misses):
    assert near_misses["no_other_choice"] == "supported"


def test_a_record_a_later_month_took_over(near_misses):
    assert near_misses["record_then"] != "refuted"


def test_a_decision_in_other_words(near_misses):
    assert near_misses["passed"] == "supported"


def test_the_occasion_of_a_statement_told_as_a_noun_must_be_told(verdicts):
    assert verdicts["occasion_there"] == "supported"
    assert verdicts["occasion_elsewhere"] == "not_enough_evidence"


def test_a_title_another_person_of_the_surname_holds_refutes_nothing(near_misses):
    assert near_misses["same_surname"] == "supported"


def test_the_writers_description_of_an_outlet(verdicts):
    assert verdicts["described_outlet"] == "refuted"


def test_the_bodys_words_may_be_its_spokesmans(verdicts):
    # (not "the pile gives these words to Norpress, not to Ian Dahl")
    assert verdicts["for_the_body"] == "not_enough_evidence"


def test_an_aides_claim_of_the_ministers_words_is_misattributed(near_misses):
    # (the body-spokesman exemption is for a body named before a spokesman's title, not for a person)
    assert near_misses["aide"] == "refuted"


def test_how_one_article_describes_someone(near_misses):
    # another article's "Interior Minister Ola Brask" does not refute that one article calls her defence minister
    assert near_misses["presented"] == "supported"
    assert near_misses["presented_more"] != "supported"
