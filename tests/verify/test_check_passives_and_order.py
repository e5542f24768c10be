"""``check`` on claims told in the passive, by an event's noun, in an order of events, or as two clauses joined."""

import pytest

from storyscope.verify.claim_forms import event_clause_as_action, rank_as_phrase

from .conftest import check_verdicts

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
        # a people's word describes an outlet, it names none the pile could give the words to instead
        "described_outlet": "A German newspaper reported that the ferry to Velm would resume in June.",
    })
    assert verdicts.pop("described_outlet") != "refuted"
    assert verdicts == {"passive": "supported", "granted": "supported", "after_noun": "supported",
                        "before_wrong": "refuted", "before_right": "supported", "joined_she": "supported"}


@pytest.mark.parametrize("claim, plain", [
    ("Osk cut ties after Kessia's recognition of the republic.", "Osk cut ties after Kessia recognised the republic."),
    ("Osk cut ties following Kessia's invasion of Velm.", "Osk cut ties after Kessia invaded Velm."),
    ("Before Talvoria's signing of the accord, Osk protested.", "Before Talvoria signed the accord, Osk protested."),
    # (no doer named, or a noun whose "of" is no object: as written)
    ("Osk cut ties after the recognition of the republic.", "Osk cut ties after the recognition of the republic."),
    ("Osk cut ties after Kessia's visit of May.", "Osk cut ties after Kessia's visit of May."),
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
