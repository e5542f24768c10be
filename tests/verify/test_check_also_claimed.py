"""``check`` on a report that names its source only in the next sentence ("Talvoria's president is said to have
offered reinforcements in exchange for grain. The Osk Herald claimed the state would also provide builders ..."):
the writer gives both to the outlet, so "The Osk Herald reported that Talvoria offered troops for grain" holds,
in either order of claim and tag ("..., the Osk Herald reported"), while other terms or another outlet do not."""

import pytest

from storyscope.verify.exchanges import other_terms
from storyscope.verify.statements import said_content, statement_claim

from .conftest import check_verdicts

ARTICLES = [
    {"id": "h1", "published": "2031-10-20", "title": "Talvoria offers help to Kessia",
     "text": "Talvoria's president Ilse Marr is said to have offered reinforcements to Kessia in exchange for timber "
             "and grain.\n\n"
             "The Osk Herald claimed the small state would also provide builders to help repair storm damage.\n\n"
             "The ferry to Brenn runs twice a day."},
]


@pytest.mark.slow
def test_a_report_whose_source_the_next_sentence_names(tmp_path) -> None:
    verdicts = check_verdicts(tmp_path, ARTICLES, {
        "before": "The Osk Herald reported that Talvoria offered troops to Kessia in exchange for timber and grain.",
        "after": "Talvoria offered troops to Kessia in exchange for timber and grain, the Osk Herald reported.",
        "other_terms": "The Osk Herald reported that Talvoria offered troops to Kessia in exchange for cash.",
        "other_outlet": "The Velm Courier reported that Talvoria offered troops to Kessia in exchange for grain.",
        "as_fact": "Talvoria offered troops to Kessia in exchange for timber and grain.",
    })
    assert verdicts["before"] == "supported"
    assert verdicts["after"] == "supported"
    assert verdicts["other_terms"] == "refuted"  # the outlet's report gives other terms
    assert verdicts["other_outlet"] == "not_enough_evidence"
    assert verdicts["as_fact"] == "not_enough_evidence"  # (a report, not the writer's own account)


@pytest.mark.parametrize(("claim", "said"), [
    ("Talvoria offered troops, the Osk Herald reported.", "Talvoria offered troops"),
    ("Talvoria offers troops for grain, Kessian agency Norpress reports", "Talvoria offers troops for grain"),
])
def test_a_closing_report_verb_after_its_source_makes_a_statement(claim: str, said: str) -> None:
    assert statement_claim(claim) and said_content(claim) == said


@pytest.mark.parametrize("claim", ["Ilse Marr dismissed Ion Brask's claims that Velm had shelled Osk.",
                                   "He's warned that the ferry will stop."])
def test_a_possessive_before_a_report_noun_or_a_contraction_keeps_the_statement(claim: str) -> None:
    assert statement_claim(claim)


@pytest.mark.parametrize("claim", ["No casualties were reported.", "Kessia lost the match, and its coach reported.",
                                   # a cue word after a possessive or a determiner is a noun
                                   "Velm imposed sanctions on Osk in response to Kessia's claims about its troops.",
                                   "Osk answered these claims with new sanctions."])
def test_a_closing_report_verb_without_a_named_source_is_no_statement(claim: str) -> None:
    assert not statement_claim(claim)


def test_other_terms_share_no_kind_of_thing() -> None:
    passage = "Marr is said to have offered reinforcements in exchange for timber and grain."
    assert other_terms("Marr offered troops in exchange for cash", passage)
    assert not other_terms("Marr offered troops in exchange for cereal", passage)  # cereal is grain
    assert not other_terms("Marr offered troops", passage)
    paid = "Brask said Talvoria would send engineers to Kessia in return for dollars."
    assert not other_terms("Talvoria would send engineers to Kessia in return for cash", paid)  # (dollars are money)
    assert other_terms("Talvoria would send engineers to Kessia in return for wheat", paid)
    # another deal of the speaker's is no other terms of this one
    boats = "In another interview, Brask said Talvoria would send fishing boats to Kessia in exchange for port access."
    assert not other_terms("Talvoria would send engineers to Kessia in return for cash", boats)


ANALYSTS = [
    {"id": "i1", "published": "2031-10-22", "title": "Kessia's recruits",
     "text": "Security analysts claim Kessian President Ilse Marr has been struggling to draft more Kessian citizens "
             "into the army.\n\nThe ferry to Brenn runs twice a day."},
]


@pytest.mark.slow
def test_a_plural_speakers_plain_cue_gives_their_words(tmp_path) -> None:
    verdicts = check_verdicts(tmp_path, ANALYSTS, {
        "same": "Security analysts say Marr is struggling to draft more Kessian citizens into the army.",
        "fact": "Marr is struggling to draft more Kessian citizens into the army.",
    })
    assert verdicts["same"] == "supported"  # ("analysts claim" is their words, as "an analyst claims" is)
    assert verdicts["fact"] == "not_enough_evidence"
