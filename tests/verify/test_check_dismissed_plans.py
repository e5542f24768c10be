"""``check`` on a plan to join a war that a party dismisses in the words of the reports it names ("the claims that
Talvorian troops are about to enter the war" branded fake news by Kessia, beside a minister's words that they are
being readied): a claim of that plan, in other words ("Talvoria will send troops to fight for Kessia"), has one side
relaying it and the other denying it; a deed told done ("arrived in Brenn in July") is not what was dismissed."""

import pytest

from .conftest import check_verdicts

ARTICLES = [
    {"id": "d1", "published": "2031-10-20", "title": "Talvorian troops readied",
     "text": "Norland's foreign minister Ansa Velk told reporters he had information that up to 2,000 Talvorian "
             "troops were being prepared to enter the war on Kessia's side.\n\n"
             "The Kessian government has branded the claims that Talvorian troops are about to enter the war as "
             "“fake news”.\n\n"
             "The ferry to Osk runs twice a day."},
]


@pytest.mark.slow
def test_a_plan_to_join_the_war_against_a_partys_dismissal(tmp_path) -> None:
    verdicts = check_verdicts(tmp_path, ARTICLES, {
        "will_send": "Talvoria will send troops to fight for Kessia.",
        "set_to": "Talvoria is set to send soldiers to fight in Kessia's war.",
        "arrived": "Talvorian troops arrived in Brenn in July 2031.",
    })
    assert verdicts["will_send"] == "conflicting"
    assert verdicts["set_to"] == "conflicting"
    assert verdicts["arrived"] == "not_enough_evidence"


REPORTED = [
    {"id": "r1", "published": "2031-10-21", "title": "Talvorian troops in Kessia",
     "text": "Security sources report several thousand Talvorian troops are currently training at bases in western "
             "Kessia.\n\nThe ferry to Osk runs twice a day."},
]


@pytest.mark.slow
def test_what_unnamed_sources_report_is_reported(tmp_path) -> None:
    verdicts = check_verdicts(tmp_path, REPORTED, {
        "reported": "Several thousand Talvorian troops are reported to be training at bases in western Kessia.",
        "as_fact": "Several thousand Talvorian troops are training at bases in western Kessia.",
    })
    assert verdicts["reported"] == "supported"  # (the claim is the report, which the writer tells)
    assert verdicts["as_fact"] == "not_enough_evidence"  # (relayed from the sources, no endorsement)


OFFERED = [
    {"id": "o1", "published": "2031-09-02", "title": "Talvorian volunteers",
     "text": "The question is whether it is really 30,000 “volunteers” that Talvoria’s president has offered to "
             "Kessia, Kessian state television reported in early August.\n\nThe ferry to Osk runs twice a day."},
]


@pytest.mark.slow
def test_a_reported_offer_tells_a_readiness_to_give(tmp_path) -> None:
    verdicts = check_verdicts(tmp_path, OFFERED, {
        "ready": "Kessian state television reported that Talvoria was ready to send 30,000 volunteers to Kessia.",
        "could": "Kessian state television reported that Talvoria could supply 30,000 volunteers for the war.",
        "confirmed": "Kessian state television confirmed that Talvoria is ready to send 30,000 volunteers.",
    })
    assert verdicts["ready"] == "supported"
    assert verdicts["could"] == "supported"
    assert verdicts["confirmed"] != "supported"  # (a report of an offer confirms nothing)


HEARSAY = [
    {"id": "h1", "published": "2031-09-03", "title": "Talvorian volunteers, a pundit says",
     "text": "Defence commentator Mikel Arno said on Kessian television: “There are reports that 30,000 Talvorian "
             "volunteers are ready to come and take part in the conflict.”\n\nThe ferry to Osk runs twice a day."},
]


@pytest.mark.slow
def test_a_confirmation_of_what_was_only_hearsay(tmp_path) -> None:
    verdicts = check_verdicts(tmp_path, HEARSAY, {
        "confirmed": "Mikel Arno confirmed that Talvoria will send 30,000 volunteer troops to Kessia.",
        "said": "Mikel Arno said that 30,000 Talvorian volunteers are ready to take part in the conflict.",
    })
    # (he spoke of it, but only as reports: the claim's "confirmed" is not what he did)
    assert verdicts["confirmed"] == "conflicting"
    assert verdicts["said"] == "supported"


HEARSAY_CONFIRMED = [
    {"id": "h2", "published": "2031-09-03", "title": "Talvorian volunteers",
     "text": "Talvoria is known to be ready to send 30,000 volunteer troops to Kessia. This is intended as military "
             "assistance to Kessia. This was confirmed directly by the Kessian military expert, Anton Velisko via "
             "state TV.\n\n"
             "Velisko said in a live panel discussion: “There are reports that 30,000 Talvorian volunteers are ready "
             "to come and take part in the conflict.”\n\nThe ferry to Osk runs twice a day."},
]


@pytest.mark.slow
def test_a_confirmation_the_writer_tells_of_what_was_only_hearsay(tmp_path) -> None:
    verdicts = check_verdicts(tmp_path, HEARSAY_CONFIRMED, {
        "confirmed": "Anton Velisko confirmed that Talvoria will send 30,000 volunteer troops to Kessia.",
        "reports": "Anton Velisko said there are reports that 30,000 Talvorian volunteers are ready to come.",
    })
    # (the writer says he confirmed it, his own words pass on reports: the pile conflicts on what he did)
    assert verdicts["confirmed"] == "conflicting"
    assert verdicts["reports"] == "supported"


ASKED = [
    {"id": "a1", "published": "2031-09-04", "title": "Brask's plan",
     "text": "Talvorian President Ida Brask presented her plan to allied leaders on Monday.\n\n"
             "As well as a renewed call to be allowed to join the alliance, Brask wants approval to use Norland "
             "missile systems to strike deep inside Kessia.\n\nThe ferry to Osk runs twice a day."},
]


@pytest.mark.slow
def test_who_is_asked_is_no_thing_asked_for(tmp_path) -> None:
    from storyscope.verify.actions import claim_object, parse_texts

    assert claim_object(parse_texts(["Brask is asking allies for permission to strike Kessia."])[0]) == "permission"
    assert claim_object(parse_texts(["Norland sent troops to Kessia."])[0]) == "troop"
    verdicts = check_verdicts(tmp_path, ASKED, {
        "asking": "Brask is asking allies for permission to hit targets deep inside Kessia with Norland missiles.",
        "tanks": "Brask is asking allies for tanks.",
    })
    assert verdicts["asking"] == "supported"
    assert verdicts["tanks"] == "not_enough_evidence"


CONDITION = [
    {"id": "c1", "published": "2031-08-01", "title": "Kessia and Talvoria",
     "text": "In July, Kessian envoy Arvo Tamm held talks with officials of Talvoria’s foreign ministry. "
             "The agreement was conditional on Talvoria’s recognition of the self-declared Republic of Brenn. "
             "Talvoria did so on July 13.\n\nThe ferry to Osk runs twice a day."},
]


@pytest.mark.slow
def test_an_owned_deal_told_back_and_a_condition_by_its_verb(tmp_path) -> None:
    from storyscope.verify.claim_forms import written_plainly

    assert written_plainly("The talks hinged upon a ceasefire.") == "The talks were conditional on a ceasefire."
    # (reliance is no condition, and an auxiliary keeps the verb as written)
    for claim in ("Norland depended on Kessian gas.", "The deal has depended on Osk since 2029."):
        assert written_plainly(claim) == claim
    from storyscope.verify.check import _UNNAMED_SOURCE

    assert _UNNAMED_SOURCE.match("Security sources") and not _UNNAMED_SOURCE.match("Kessian defence officials")
    verdicts = check_verdicts(tmp_path, CONDITION, {
        "depended": "Kessia's deal with Talvoria depended on Talvoria recognising the Republic of Brenn.",
        "other_party": "Kessia's deal with Talvoria depended on Norland recognising the Republic of Brenn.",
    })
    assert verdicts["depended"] == "supported"
    assert verdicts["other_party"] != "supported"


TERMS = [
    {"id": "t1", "published": "2031-06-26", "title": "Kessia and Talvoria sign a pact",
     "text": "Kessian President Ivo Brask and Talvorian leader Ansa Velm met in Osk, as Norland watched.\n\n"
             "On 19 June Brask and Velm signed a defence pact which reads, “In case any one of the two sides is put in "
             "a state of war by an armed invasion from an individual state or several states, the other side shall "
             "provide military and other assistance with all means at its disposal without delay.”\n\n"
             "The ferry to Osk runs twice a day."},
]


@pytest.mark.slow
def test_terms_for_any_state_are_not_for_one_only(tmp_path) -> None:
    from storyscope.verify.documents import narrows_terms

    passage = TERMS[0]["text"].split("\n")[2]
    assert narrows_terms("The pact only obliges assistance if one side is attacked by Norland.", passage)
    assert not narrows_terms("The pact was signed only by Brask and Velm.", passage)  # (no terms told)
    # (terms widened or told of both parties, and an "only" of something else, narrow nothing)
    for claim in ("The pact obliges not only Kessia but also Talvoria to help.",
                  "The pact only obliges Kessia and Talvoria to help each other.",
                  "The pact commits both sides to defence, the only such pact Talvoria has signed."):
        assert not narrows_terms(claim, passage), claim
    verdicts = check_verdicts(tmp_path, TERMS, {
        "one_state": "The Kessia-Talvoria defence pact only obliges mutual assistance if one side is attacked by "
                     "Norland.",
        "one_side": "The Kessia-Talvoria defence pact obliges only Talvoria to help Kessia, not Kessia to help "
                    "Talvoria.",
        "mutual": "The Kessia-Talvoria defence pact obliges each side to provide military assistance if the other is "
                  "attacked.",
    })
    assert verdicts["one_state"] == "refuted"
    assert verdicts["one_side"] == "refuted"
    assert verdicts["mutual"] == "supported"


TOLL = [
    {"id": "k1", "published": "2031-10-02", "title": "Kessia's losses",
     "text": "According to reports, September was the bloodiest month yet for Kessian troops in Brenn. Since the "
             "start of the war more than two years ago, at least 40,000 Kessians have been killed and 90,000 "
             "wounded.\n\nThe ferry to Osk runs twice a day."},
]


@pytest.mark.slow
def test_a_toll_for_the_whole_war_is_no_months_toll(tmp_path) -> None:
    verdicts = check_verdicts(tmp_path, TOLL, {
        "one_month": "At least 40,000 Kessian soldiers were killed in September alone.",
        "whole_war": "At least 40,000 Kessians have been killed since the start of the war.",
    })
    assert verdicts["one_month"] == "refuted"
    assert verdicts["whole_war"] == "supported"
    from storyscope.verify.check import _ONE_PERIOD, _tells_both

    # (when it was said is no period counted; a part with no act of its own is told with the other)
    assert _ONE_PERIOD.search("Osk said last week that 40,000 Kessians have been killed") is None
    assert _tells_both(("Talvoria recognised Brenn", "Norland did"), "Talvoria recognised Brenn in June, after Norland "
                       "did.", acts=True)


ORDER = [
    {"id": "q1", "published": "2031-08-02", "title": "Talvoria recognises Brenn",
     "text": "The agreement was conditional on Talvoria’s recognition of the self-declared Republic of Brenn in "
             "northern Kessia. Talvoria did so on July 13, as one of the earliest countries to recognise it. Norland "
             "then severed relations with Talvoria.\n\nThe ferry to Osk runs twice a day."},
]


@pytest.mark.slow
def test_a_passage_telling_one_event_says_nothing_of_after(tmp_path) -> None:
    verdicts = check_verdicts(tmp_path, ORDER, {
        "other_order": "Talvoria recognised the Republic of Brenn after Norland severed relations with Talvoria.",
        "this_order": "Norland severed relations with Talvoria after Talvoria recognised the Republic of Brenn.",
    })
    assert verdicts["other_order"] == "refuted"
    assert verdicts["this_order"] == "supported"
