"""``check`` on claims told in the passive, by an event's noun, in an order of events, or as two clauses joined."""

import pytest

from storyscope.verify.claim_forms import event_clause_as_action, rank_as_phrase

from .conftest import check_results, check_verdicts

ARTICLES = [
    {"id": "o1", "published": "2031-07-20", "title": "Osk republic gains a backer",
     "text": "The Osk republic declared itself independent of Kessia in the spring.\n\n"
             "Talvoria recognised the Osk republic on 12 July, as the second country after Norland.\n\n"
             "Kessia then broke off diplomatic relations with Talvoria.\n\n"
             "Foreign Minister Ida Brask urged Talvorian firms to leave Kessia, and she called the break regrettable.\n\n"
             "The Osk Herald reported that the ferry to Velm would resume in June."},
]


@pytest.mark.slow
def test_passive_deeds_time_clauses_by_noun_and_the_order_of_events(tmp_path) -> None:
    verdicts = check_verdicts(tmp_path, ARTICLES, {
        # a passive deed whose doer the pile names, and one the pile gives to another
        "passive": "Diplomatic relations with Talvoria were broken off by Kessia.",
        "granted": "Recognition of the Osk republic was granted by Talvoria on 12 July.",
        # a time clause told by the event's noun
        "after_noun": "Kessia broke off diplomatic relations with Talvoria after Talvoria's recognition of the Osk "
                      "republic.",
        # "A before B": the pile tells B, then A ("then")
        "before_wrong": "Kessia broke off diplomatic relations with Talvoria before Talvoria recognised the Osk "
                        "republic.",
        "before_right": "Talvoria recognised the Osk republic before Kessia broke off diplomatic relations with it.",
        # "he"/"she" of a joined clause is the main clause's person
        "joined_she": "Ida Brask urged Talvorian firms to leave Kessia, and she called the break regrettable.",
        # a plan for what the pile tells as done; (not another of its kind)
        "planned": "Talvoria is planning to recognise the Osk republic.",
        "planned_again": "Talvoria is planning to recognise another republic.",
        # a people's word describes an outlet, it names none the pile could give the words to instead
        "described_outlet": "A German newspaper reported that the ferry to Velm would resume in June.",
    })
    assert verdicts.pop("described_outlet") != "refuted"
    assert verdicts.pop("planned") == "refuted" and verdicts.pop("planned_again") != "refuted"
    assert verdicts == {"passive": "supported", "granted": "supported", "after_noun": "supported",
                        "before_wrong": "refuted", "before_right": "supported", "joined_she": "supported"}


@pytest.mark.parametrize("claim, plain", [
    ("Osk cut ties after Kessia's recognition of the republic.", "Osk cut ties after Kessia recognised the republic."),
    ("Osk cut ties following Kessia's invasion of Velm.", "Osk cut ties after Kessia invaded Velm."),
    ("Before Talvoria's signing of the accord, Osk protested.", "Before Talvoria signed the accord, Osk protested."),
    # (no doer named, or a noun whose "of" is no object: as written)
    ("Osk cut ties after the recognition of the republic.", "Osk cut ties after the recognition of the republic."),
    ("Osk cut ties after Kessia's visit of May.", "Osk cut ties after Kessia's visit of May."),
    ("Osk struck back after Kessia's attack of 7 October.", "Osk struck back after Kessia's attack of 7 October."),
])
def test_event_clause_as_action(claim, plain) -> None:
    assert event_clause_as_action(claim) == plain


@pytest.mark.parametrize("claim, plain", [
    ("Osk recognised the republic on 3 May, becoming the second country after Norland to do so.",
     "Osk recognised the republic on 3 May as the second country after Norland."),
    ("Osk recognised the republic, becoming only the third state to do that.",
     "Osk recognised the republic as only the third state."),
    ("Osk signed the accord, becoming a member.", "Osk signed the accord, becoming a member."),
])
def test_rank_as_phrase(claim, plain) -> None:
    assert rank_as_phrase(claim) == plain


def test_moving_to_a_place_is_one_anchor_whatever_the_verb() -> None:
    from storyscope.verify.names import place_conflict

    passage = "A unit of Kessian sappers is set to head to the Osk region next month."
    places = frozenset({"osk", "velm"})
    assert place_conflict("A Kessian unit is set to deploy to the Velm region next month.", passage, places)
    assert place_conflict("Kessian sappers will be sent to Velm.", passage, places)
    assert not place_conflict("A Kessian unit is set to deploy to the Osk region next month.", passage, places)
    assert not place_conflict("A Kessian unit was trained in Velm.", passage, places)


def test_a_visit_and_a_trip_to_a_place_are_one_anchor() -> None:
    from storyscope.verify.names import place_conflict

    passage = "On a trip to Osk, the Kessian president said the talks had failed."
    places = frozenset({"osk", "velm"})
    assert place_conflict("The Kessian president said the talks had failed while on a visit to Velm.", passage, places)
    assert not place_conflict("The Kessian president said the talks had failed on a visit to Osk.", passage, places)


@pytest.mark.parametrize("claim, plain", [
    ("Brask presented to the council information that the dam held.", "Brask told the council that the dam held."),
    ("Brask shared intelligence that the dam held.", "Brask said that the dam held."),
    ("Brask gave the information to Velm.", "Brask gave the information to Velm."),
    # (a relative "that": the information did something, nobody said it)
    ("Kessia shared intelligence that helped Osk find the ferry.", "Kessia shared intelligence that helped Osk find the ferry."),
])
def test_information_as_statement(claim, plain) -> None:
    from storyscope.verify.claim_forms import information_as_statement

    assert information_as_statement(claim) == plain


@pytest.mark.slow
def test_words_given_with_another_country_are_refuted(tmp_path) -> None:
    articles = [{"id": "q1", "published": "2031-06-01", "title": "Envoy's remark",
                 "text": "Kessian envoy Ida Brask told reporters: \u201cIf I ran the Latvian army staff, I would question "
                         "sending my soldiers to be cannon fodder in a lost war.\u201d\n\nEstonian officials declined to comment."}]
    verdicts = check_verdicts(tmp_path, articles, {
        "swapped": "Ida Brask said that if she ran the Estonian army staff, she would question sending soldiers to "
                   "be cannon fodder.",
        "as_said": "Ida Brask said that if she ran the Latvian army staff, she would question sending soldiers to "
                   "be cannon fodder.",
    })
    assert verdicts == {"swapped": "refuted", "as_said": "supported"}


@pytest.mark.parametrize("claim, plain", [
    ("Talvoria's recognition of the republic was granted on 3 May.", "Talvoria recognised the republic on 3 May."),
    ("Talvoria's recognition of the republic was made as the second country after Norland.",
     "Talvoria recognised the republic as the second country after Norland."),
    ("The recognition of the republic was made on 3 May.", "The republic was recognised on 3 May."),
    ("Kessia's invasion of Osk was made possible by Velm.", "Kessia's invasion of Osk was made possible by Velm."),
    ("The announcement of new tariffs was made on Monday.", "New tariffs were announced on Monday."),
    # (a rank with no doer named is no rank of the object)
    ("The recognition of Osk was made as the second country.", "The recognition of Osk was made as the second country."),
])
def test_an_event_made_or_granted_is_the_act(claim, plain) -> None:
    from storyscope.verify.claim_forms import event_as_action

    assert event_as_action(claim) == plain


@pytest.mark.slow
def test_a_passive_without_its_agent_is_no_announcement_of_a_party_it_names_otherwise(tmp_path) -> None:
    articles = [{"id": "p1", "published": "2031-06-01", "title": "Sanctions call",
                 "text": "Kessia is asking its allies for new sanctions on Talvoria, and claims Talvoria has sent "
                         "thousands of troops to help Norland in its war against Kessia."}]
    results = check_results(tmp_path, articles, {
        "passive": "Thousands of Talvorian troops have been sent to help Norland in its war against Kessia.",
        # (a passive that names who the words came from is about them)
        "credited": "The claim that Talvoria has sent thousands of troops to help Norland was credited to Kessia."})
    assert results["credited"].verdict == "supported"
    # Kessia's claim about Talvoria's troops is relayed, not Kessia's own announcement of what Kessia did
    assert results["passive"].verdict == "not_enough_evidence"
    assert "only relay the claim (from Kessia)" in results["passive"].explanation


@pytest.mark.slow
def test_it_follows_tells_which_event_came_first(tmp_path) -> None:
    articles = [{"id": "f1", "published": "2031-06-01", "title": "Envoy in Velm",
                 "text": "On a visit to Velm, the envoy Ida Brask told the council that Talvoria had closed the "
                         "Osk crossing.\n\n"
                         "It follows remarks Brask made to the Kessian parliament about rising grain prices."}]
    verdicts = check_verdicts(tmp_path, articles, {
        "right": "Ida Brask spoke to the Kessian parliament about grain prices before she told the council in Velm "
                 "about the Osk crossing.",
        "reversed": "Ida Brask told the council in Velm about the Osk crossing before she spoke to the Kessian "
                    "parliament about grain prices.",
    })
    assert verdicts["right"] == "supported" and verdicts["reversed"] == "refuted"


def test_a_country_or_rank_swapped_in_said_words() -> None:
    from storyscope.verify.check import _country_swapped

    told = "Brask said: \u201cThis is the entry of a second state into the war on the side of Latvia.\u201d"
    assert _country_swapped("this is the entry of a third state into the war", told)
    assert not _country_swapped("this is the entry of a second state into the war", told)
    # (a compass word is no country: "Western weapons" against "German weapons")
    assert not _country_swapped("Western weapons would never reach Osk", "German weapons would never reach Osk")


@pytest.mark.slow
def test_did_so_is_read_as_the_act_the_sentence_before_names(tmp_path) -> None:
    articles = [{"id": "s1", "published": "2031-08-01", "title": "Accord",
                 "text": "The accord was conditional on Talvoria's recognition of the Osk republic.\n\n"
                         "The small northern country did so on 12 July, as the second country after Norland."}]
    verdicts = check_verdicts(tmp_path, articles, {
        "ranked": "Talvoria recognised the Osk republic on 12 July as the second country after Norland.",
        "other_day": "Talvoria recognised the Osk republic on 19 July.",
    })
    assert verdicts == {"ranked": "supported", "other_day": "refuted"}


def test_did_so_as_act() -> None:
    from storyscope.verify.check import _did_so_as_act

    previous = "The accord was conditional on Talvoria's recognition of the Osk republic in the north."
    assert _did_so_as_act(previous, "The small country did so on 12 July.") == \
        "The small country recognised the Osk republic in the north on 12 July."
    assert _did_so_as_act("The accord was signed.", "The small country did so on 12 July.") == \
        "The small country did so on 12 July."


def test_a_region_is_placed_apart_from_the_country_that_holds_it() -> None:
    from storyscope.verify.names import place_conflict

    passage = "The dockers will be used mainly in the Tesk region of western Latvia to rebuild the port."
    places = frozenset({"tesk", "velm", "latvia"})
    assert place_conflict("The dockers will be used mainly in the Velm region of western Latvia.", passage, places)
    assert not place_conflict("The dockers will be used in Latvia.", passage, places)
    assert not place_conflict("The dockers will be used in the Tesk region.", passage, places)


def test_reviewed_on_a_blind_set() -> None:
    from storyscope.verify.check import _country_swapped
    from storyscope.verify.names import place_conflict
    from storyscope.verify.statements import addressees

    # an outlet described, not named, is no other audience
    assert addressees("Ida Brask told a British tabloid that the port was closed.") == set()
    assert addressees("Ida Brask told the Velm Herald that the port was closed.") == {"velm", "herald"}
    # a seat of government sends to its state ("to the Kremlin's war effort" is to Russia)
    assert not place_conflict("Osk sent shells to the Kremlin's war effort.", "Osk has sent shells to Russia.",
                              frozenset({"russia"}))
    # who a thing was made by, swapped in the words
    told = "Brask said the drones were built for them by the Chinese."
    assert _country_swapped("the drones were built for them by Russia", told)
    assert not _country_swapped("the drones were built for them by the Chinese", told)
