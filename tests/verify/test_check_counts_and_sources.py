"""``check`` reads a bound or an order of magnitude against the count a passage gives of the same outcome, and
wants a count in words stated as a count."""

import pytest

from storyscope.verify.stance_rules import amount_fit, judge_detail

from .conftest import check_verdicts

_TOLL = "Since the flood began three weeks ago, at least 2,300 Latvians have been evacuated and 410 injured."


def test_a_bound_the_passage_count_falls_in_fits() -> None:
    assert amount_fit("More than 2,000 Latvians have been evacuated.", _TOLL) == "fits"
    assert amount_fit("Over two thousand Latvians have been evacuated since the flood began.", _TOLL) == "fits"
    assert amount_fit("Hundreds of Latvians have been injured.", _TOLL) == "fits"
    assert judge_detail("More than 2,000 Latvians have been evacuated since the flood began.", _TOLL).stance == "agree"


def test_a_bound_or_magnitude_the_passage_count_breaks_violates() -> None:
    assert amount_fit("Fewer than 1,000 Latvians have been evacuated.", _TOLL) == "violates"
    assert amount_fit("Latvia's injured number in the thousands.", _TOLL) is None  # "thousands": any higher count
    assert amount_fit("Latvia's injured number in the tens of thousands.", _TOLL) == "violates"
    assert judge_detail("Fewer than 1,000 Latvians have been evacuated since the flood began.",
                        _TOLL).stance == "disagree"


def test_counts_of_other_outcomes_or_people_are_not_compared() -> None:
    # the injured are counted apart from the evacuated; the 410 injured are no count of Estonians
    assert amount_fit("Fewer than 1,000 Latvians have been injured.", _TOLL) == "fits"
    assert amount_fit("Fewer than 100 Latvians have been injured.", _TOLL) == "violates"
    assert amount_fit("Fewer than 100 Estonians have been injured.", _TOLL) is None
    # a bound the passage's count may meet or not says nothing either way
    assert amount_fit("More than 3,000 Latvians have been evacuated.", _TOLL) is None
    assert judge_detail("More than 3,000 Latvians have been evacuated.", _TOLL).stance == "discuss"
    # a plain figure in the claim is the older rule's: another figure for the same thing
    assert amount_fit("2,000 Latvians have been evacuated.", _TOLL) is None


def test_a_figure_given_as_near_fits_a_close_count_and_breaks_a_far_one() -> None:
    assert amount_fit("Around 230 Latvians have been evacuated.", _TOLL) == "violates"  # at least 2,300
    assert amount_fit("Roughly 400 Latvians were injured.", _TOLL) == "fits"  # 410
    assert amount_fit("About 100 Latvians were injured.", _TOLL) == "violates"
    assert amount_fit("Nearly 700 Latvians were injured.", _TOLL) is None  # off, but not by a factor of two
    assert judge_detail("Flood losses were put at around 230 Latvians evacuated.", _TOLL).stance == "disagree"


def test_first_before_any_other_and_a_months_record() -> None:
    from storyscope.verify.dates import ranks, subject_month_conflict

    assert ranks("Latvia recognised it before any other country.") == {("country", 1)}
    assert ranks("Estonia acted ahead of all other states.") == {("country", 1)}
    # the same record of a month, whatever else each says of it
    passage = "According to the agency, May was the wettest month yet for the Latvian coast."
    assert subject_month_conflict("April was the wettest month of the flood year for Latvia's coast.", passage)
    # for other people or things
    assert not subject_month_conflict("April was the wettest month of the flood year for Latvia's farms.", passage)
    assert not subject_month_conflict("May was the wettest month of the flood year.", passage)
    assert not subject_month_conflict("April was the windiest month of the flood year.", passage)
    assert not subject_month_conflict("April was the month the flood began.", passage)


def test_a_dated_event_told_with_a_synonym_or_by_the_head_of_state() -> None:
    from storyscope.verify.dates import date_relation

    passage = "On 4 May Brask and Velm signed a border pact in Riga."
    leaders = {"brask": "estonian", "velm": "latvian"}
    assert date_relation("The Estonia-Latvia border treaty was signed on 4 June.", passage, None, "sign",
                         leaders) == "other"
    assert date_relation("The Estonia-Latvia border accord was signed on 4 May.", passage, None, "sign",
                         leaders) == "same"
    # the states by their heads of state ("Ono" for North Velkia): without them, the states are not told
    heads = "On 4 May Brask and Ono signed a border pact."
    claim = "Estonia and North Velkia signed a border treaty on 4 June."
    assert date_relation(claim, heads, None, "sign", {"brask": "estonian", "ono": "velkia"}) == "other"
    assert date_relation(claim, heads, None, "sign") is None
    # another pact between other states is another event
    assert date_relation("Estonia and Latvia signed a border pact on 4 June.", "Estonia and Finland signed a border "
                         "accord on 9 March.", None, "sign", {}) is None
    # another thing signed is another event
    assert date_relation("The Estonia-Latvia fishing quota was signed on 4 June.", passage, None, "sign",
                         leaders) is None


def test_what_is_wanted_is_not_done_and_requests_declined() -> None:
    from storyscope.verify.actions import parse_texts, states_action_as_done
    from storyscope.verify.check import _REQUESTS_REFUSED

    (wanted,) = parse_texts(["The mayor wants approval to open the northern sluices."])
    assert not states_action_as_done("open", wanted) and not states_action_as_done("approve", wanted)
    (done,) = parse_texts(["The mayor opened the northern sluices after the approval came."])
    assert states_action_as_done("open", done)
    assert _REQUESTS_REFUSED.search("The plan contains requests that its neighbours have so far declined to grant.")
    assert not _REQUESTS_REFUSED.search("The plan contains requests that its neighbours granted at once.")


def test_whom_words_were_given_to() -> None:
    from storyscope.verify.statements import addressees

    assert addressees("Tamm praised the builders in interview for newspaper Delfi.") == {"delfi"}
    assert addressees("Tamm gave her praise of the builders to the business daily Delfi in May.") == {"delfi"}
    assert addressees("Tamm told Delfi the builders would help.") == {"delfi"}
    assert addressees("Tamm gave her support to Latvia.") == set()  # no words given
    assert addressees("Tamm told reporters the dam held.") == set()
    assert addressees("Tamm told The Baltic Times the dam held.") == {"baltic", "times"}
    assert addressees("In an interview with Delfi, Tamm said the dam held.") == {"delfi"}


def test_a_count_in_words_needs_a_count() -> None:
    passage = "Latvia will also send builders to repair the dam."
    assert judge_detail("Latvia will send several thousand builders to repair the dam.", passage).reason == "no_figure"
    assert judge_detail("Latvia will send builders to repair the dam.", passage).stance == "agree"


_ARTICLES = [
    {"id": "c1", "published": "2031-05-02", "title": "Flood toll rises",
     "text": "Since the flood began three weeks ago, at least 2,300 Latvians have been evacuated and 410 injured.\n\n"
             "The Riga news agency Baltpress claimed Estonia would also provide builders to help repair the dam.\n\n"
             "The Latvian government has branded the claims that Estonian troops are about to cross the border as "
             "“fake news”.\n\n"
             "Estonia is already known to have supplied large quantities of sandbags to Latvia.\n\n"
             "March was the wettest month yet on the Latvian coast.\n\n"
             "The flood plan contains requests that Latvia's neighbours have so far declined to grant. As well as a "
             "call for more pumps, the mayor of Riga wants approval from Latvia's neighbours to open the northern "
             "sluices of the dam.\n\n"
             "In mid-May, Mayor Liis Tamm praised the Estonian builders. “They could be of great help in rebuilding "
             "the dam,” she told the daily Postimees.\n\n"
             "Estonia recognised the flood zone as a disaster area on May 3, the third country after Finland and "
             "Sweden.\n\n"
             "A spokesman for the Latvian defence ministry, Juris Kalns, told journalists, “If I were in charge in "
             "Minsk, I would be questioning my choices on sending my forces to guard a flooded border.”"},
]


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory) -> dict[str, str]:
    claims = {
        "floor_fits": "More than 2,000 Latvians have been evacuated since the flood began.",
        "cap_broken": "Fewer than 1,000 Latvians have been evacuated since the flood began.",
        "magnitude_broken": "The flood's injured only number in the tens of thousands.",
        "count_in_words": "Baltpress reported that Estonia would send several thousand builders to repair the dam.",
        "no_count": "Baltpress reported that Estonia would provide builders to repair the dam.",
        "label_first": "The Latvian government dismissed as fabricated the reports that Estonian soldiers were poised "
                       "to cross the border.",
        "pile_says": "Does the reporting say at least 2,300 Latvians have been evacuated since the flood began?",
        "stocks": "Estonia has already shipped big stocks of sandbags to Latvia.",
        "other_speaker": "Latvian defence spokesman Peteris Vitols said Minsk should question sending its troops.",
        "near_far": "Around 230 Latvians have been evacuated since the flood began.",
        "wettest_other": "April was the wettest month yet on the Latvian coast.",
        "wettest": "March was the wettest month yet on the Latvian coast.",
        "first_other": "Estonia recognised the flood zone as a disaster area before any other country.",
        "other_outlet": "Mayor Liis Tamm praised the Estonian builders in an interview with the newspaper Delfi.",
        "other_outlet_told": "Tamm told Delfi the Estonian builders would be a big help with the dam.",
        "same_outlet": "Liis Tamm told Postimees the Estonian builders could be of great help in rebuilding the dam.",
        "peoples_media": "Mayor Liis Tamm praised the Estonian builders in an interview with Estonian media.",
        "wanted_done": "The mayor of Riga has opened the northern sluices of the dam.",
    }
    return check_verdicts(tmp_path_factory.mktemp("counts"), _ARTICLES, claims)


@pytest.mark.slow
def test_bounds_against_counts_are_checked(verdicts) -> None:
    assert verdicts["floor_fits"] == "supported"
    assert verdicts["cap_broken"] == "refuted"
    assert verdicts["magnitude_broken"] == "refuted"
    assert verdicts["count_in_words"] == "not_enough_evidence"
    assert verdicts["no_count"] == "supported"
    assert verdicts["label_first"] == "supported"
    assert verdicts["pile_says"] == "supported"
    assert verdicts["stocks"] == "supported"
    assert verdicts["other_speaker"] == "refuted"  # the words are Kalns's ("forces" for "troops")
    assert verdicts["near_far"] == "refuted"  # at least 2,300
    assert verdicts["wettest_other"] == "refuted"
    assert verdicts["wettest"] == "supported"
    assert verdicts["first_other"] == "refuted"  # the third
    assert verdicts["other_outlet"] == "refuted"  # she told Postimees
    assert verdicts["other_outlet_told"] == "refuted"
    assert verdicts["same_outlet"] == "supported"
    assert verdicts["peoples_media"] != "refuted"  # Postimees may be Estonian media
    assert verdicts["wanted_done"] != "supported"  # he wants approval to open them


def test_a_label_before_the_reports_goes_after_them() -> None:
    from storyscope.verify.claim_forms import label_last

    assert label_last("The ministry dismissed as fabricated the reports that Riga sent troops.") == \
        "The ministry dismissed the reports that Riga sent troops as fabricated."
    assert label_last("Minsk rejected as fake news all the claims of a blockade") == \
        "Minsk rejected all the claims of a blockade as fake news"
    # a label already after its object, and "as" of a role, stay
    assert label_last("The ministry dismissed the reports as fake.") == "The ministry dismissed the reports as fake."
    assert label_last("Sepp described as her deputy the man who signed.") == \
        "Sepp described as her deputy the man who signed."


def test_the_pile_own_reporting_frames_nothing() -> None:
    from storyscope.verify.claim_forms import framed_claim

    assert framed_claim("The reporting says at least 300 sailors were evacuated.") == \
        ("At least 300 sailors were evacuated.", False)
    assert framed_claim("The articles show that Latvia closed the port.") == ("Latvia closed the port.", False)
    # a report of reports is what the pile says someone reported, and "say nothing" is no clause to judge
    assert framed_claim("Press agencies say Latvia closed the port.")[0] == "Press agencies say Latvia closed the port."
    assert framed_claim("The reports say nothing.")[0] == "The reports say nothing."


def test_a_measure_of_a_thing_is_the_thing() -> None:
    from storyscope.verify.actions import claim_object, parse_texts

    assert claim_object(parse_texts(["Estonia shipped large stocks of shells to Latvia."])[0]) == "shell"
    assert claim_object(parse_texts(["Estonia sent a consignment of rifles to Latvia."])[0]) == "rifle"


_DISPUTED = [
    {"id": "n1", "published": "2031-06-02", "title": "Engineers readied",
     "text": "Latvian Prime Minister Karlis Ozols has told Nordic leaders he had information that up to 3,000 Latvian "
             "engineers were being prepared to rebuild the Narva bridge.\n\nOzols spoke in Helsinki on Monday."},
    {"id": "n2", "published": "2031-06-03", "title": "Thirty thousand",
     "text": "Latvia is ready to send 30,000 Latvian engineers to rebuild the Narva bridge, state radio reported.\n\n"
             "The offer was made in May."},
    {"id": "n3", "published": "2031-06-04", "title": "Offer",
     "text": "Riga offered 30,000 Latvian engineers to rebuild the Narva bridge, according to the Baltic Times.\n\n"
             "The bridge collapsed in April."},
]


@pytest.fixture(scope="module")
def disputed(tmp_path_factory) -> dict[str, str]:
    claims = {
        "one_side": "Latvia is ready to send 30,000 engineers to rebuild the Narva bridge.",
        "who_said": "Ozols said up to 3,000 Latvian engineers were being prepared to rebuild the Narva bridge.",
        "the_report": "State radio reported that Latvia is ready to send 30,000 engineers.",
    }
    return check_verdicts(tmp_path_factory.mktemp("disputed"), _DISPUTED, claims)


@pytest.mark.slow
def test_a_figure_the_sources_dispute_is_not_enough_evidence_unless_the_claim_is_who_gave_it(disputed) -> None:
    # (one side of the dispute stated as fact: nothing independent states it, so not enough evidence by default)
    assert disputed["one_side"] == "not_enough_evidence"
    assert disputed["who_said"] == "supported"
    assert disputed["the_report"] == "supported"


@pytest.mark.slow
def test_the_policy_can_call_one_side_of_a_disputed_figure_conflicting(tmp_path, monkeypatch) -> None:
    from dataclasses import replace

    from storyscope.verify import check

    monkeypatch.setattr(check, "DEFAULT_POLICY", replace(check.DEFAULT_POLICY, figures_in_dispute=True))
    verdicts = check_verdicts(tmp_path, _DISPUTED, {
        "one_side": "Latvia is ready to send 30,000 engineers to rebuild the Narva bridge.",
        "who_said": "Ozols said up to 3,000 Latvian engineers were being prepared to rebuild the Narva bridge.",
    })
    assert verdicts == {"one_side": "conflicting", "who_said": "supported"}


def test_a_passive_with_no_doer_does_not_say_who_did_it() -> None:
    from storyscope.verify.actions import doer_left_out, parse_texts

    passage = "The news came as Latvia was accused of using scare tactics near the dam."
    assert doer_left_out(*parse_texts(["Estonian officials accused Latvia of using scare tactics.", passage]))
    assert doer_left_out(*parse_texts(["Estonian officials were the ones who accused Latvia of scare tactics.",
                                       passage]))
    # the claim's own passive, a passage that names the doer, or tells the act in the active, says as much
    assert not doer_left_out(*parse_texts(["Latvia was accused of using scare tactics.", passage]))
    assert not doer_left_out(*parse_texts(["Riga closed the port.", "The port was closed by Riga on Monday."]))
    assert not doer_left_out(*parse_texts(["Riga closed the port.", "Riga closed the port on Monday."]))


def test_a_participle_title_before_a_name_and_a_duma_deputy() -> None:
    from storyscope.verify.compound import claim_parts
    from storyscope.verify.roles import plain_role

    assert "Janis Ozols was sitting Saeima deputy." in claim_parts(
        "Sitting Saeima deputy Janis Ozols said the port would close.")
    assert plain_role("a sitting State Duma deputy") == "a Russian MP"
    assert plain_role("a deputy of the Duma") == "a Russian MP"
    assert plain_role("a deputy minister") == "a deputy minister"


def test_a_count_of_just_the_bounds_figure_may_fall_either_way():
    from storyscope.verify.stance_rules import amount_fit

    passage = "Since the floods began, at least 1,200 Velmans have been killed and 7,000 wounded, the agency said."
    assert amount_fit("More than 7,000 Velmans have been wounded.", passage) is None  # (rounded figures)
    assert amount_fit("Fewer than 7,000 Velmans have been wounded.", passage) is None
    assert amount_fit("Fewer than 6,000 Velmans have been wounded.", passage) == "violates"
    assert amount_fit("More than 8,000 Velmans have been wounded.", passage) == "violates"
