"""Verdict aggregation: each rule of ``verify.aggregate`` changes the verdict it guards."""

import math

import pytest

from storyscope.verify.aggregate import AggregationPolicy, JudgedPassage, aggregate, explain


def agree(origin, **kw):
    return JudgedPassage(stance="agree", strength=0.8, origin=origin, **kw)


def disagree(origin, **kw):
    return JudgedPassage(stance="disagree", strength=0.8, origin=origin, **kw)


def discuss(origin, **kw):
    return JudgedPassage(stance="discuss", strength=0.6, origin=origin, **kw)


def test_nothing_relevant_is_not_enough_evidence():
    result = aggregate([])
    assert result.verdict == "not_enough_evidence"
    assert "say nothing" in explain(result, 0)


def test_only_discussion_is_not_enough_evidence():
    assert aggregate([discuss("a"), discuss("b")]).verdict == "not_enough_evidence"


def test_independent_agreement_supports_and_contradiction_refutes():
    assert aggregate([agree("a"), agree("b")]).verdict == "supported"
    assert aggregate([disagree("a")]).verdict == "refuted"
    assert aggregate([agree("a"), disagree("b")]).verdict == "conflicting"


def test_copies_of_one_origin_count_once():
    # Three copies of one wire story: one origin, so under a policy asking two origins for a figure it still lacks
    # independent confirmation.
    copies = [agree("wire"), agree("wire"), agree("wire")]
    two_for_figures = AggregationPolicy(min_origins_number=2)
    result = aggregate(copies, states_figure=True, policy=two_for_figures)
    assert result.agree == 1
    assert result.verdict == "not_enough_evidence"
    assert aggregate([agree("wire"), agree("other")], states_figure=True, policy=two_for_figures).verdict == "supported"


def test_a_figure_in_one_writers_own_voice_is_supported_by_default():
    # check's default: a figure the writer states is supported, as an analyst reads it; a relayed one is not
    assert aggregate([agree("wire")], states_figure=True).verdict == "supported"
    assert aggregate([agree("wire", relayed=True, speaker="Colonel Vantor")], states_figure=True).verdict \
        == "not_enough_evidence"


def test_relayed_claim_is_not_endorsement():
    relayed = [agree("a", relayed=True, speaker="Colonel Vantor"), agree("b", relayed=True, speaker="Colonel Vantor")]
    result = aggregate(relayed)
    assert result.verdict == "not_enough_evidence"
    assert result.agree == 0 and result.discuss == 2
    assert "Colonel Vantor" in explain(result, 2)
    # The same passages in the outlets' own voice support it.
    assert aggregate([agree("a"), agree("b")]).verdict == "supported"


def test_interested_party_denial_is_not_independent_refutation():
    denial = [disagree("a", interested=True, speaker="Norland")]
    result = aggregate(denial)
    assert result.verdict == "not_enough_evidence"
    assert result.denials == 1 and result.disagree == 0
    assert "not independent refutation" in explain(result, 1)
    # With independent support the claim stands, the denial recorded and the confidence held down ...
    supported = aggregate([agree("b"), agree("c"), *denial])
    assert supported.verdict == "supported" and supported.denials == 1
    assert supported.confidence <= 0.6 < aggregate([agree("b"), agree("c")]).confidence
    assert "not independent refutation" in explain(supported, 3)
    # ... unless the policy calls a statement against an interested denial conflicting.
    assert aggregate([agree("b"), agree("c"), *denial],
                     policy=AggregationPolicy(origins_against_denials=True)).verdict == "conflicting"
    # An independent denial does refute.
    assert aggregate([disagree("a")]).verdict == "refuted"


def test_a_partys_own_relayed_announcement_supports_a_claim_about_it():
    own = [agree("a", relayed=True, interested=True, speaker="Norland government")]
    result = aggregate(own)
    assert result.verdict == "supported"
    assert "own announcement" in explain(result, 1)


def test_evidence_older_than_the_event_cannot_confirm_it():
    early = [agree("a", predates=True), agree("b", predates=True)]
    result = aggregate(early)
    assert result.verdict == "not_enough_evidence"
    assert "published before the event" in explain(result, 2)
    assert aggregate([agree("a", predates=True), agree("b")]).verdict == "supported"


def test_a_policy_may_ask_two_origins_for_a_figure():
    two_for_figures = AggregationPolicy(min_origins_number=2)
    result = aggregate([agree("pundit_blog"), discuss("x")], states_figure=True, policy=two_for_figures)
    assert result.verdict == "not_enough_evidence"
    assert "only 1 independent origin" in explain(result, 2)
    # The same single origin supports a claim without a figure.
    assert aggregate([agree("pundit_blog")], states_figure=False, policy=two_for_figures).verdict == "supported"


def test_confidence_grows_with_independent_origins():
    one = aggregate([agree("a")]).confidence
    three = aggregate([agree("a"), agree("b"), agree("c")]).confidence
    assert 0.5 < one < three < 1.0


def test_dominance_policy_resolves_lopsided_conflicts():
    passages = [agree("a"), agree("b"), agree("c"), disagree("d")]
    assert aggregate(passages).verdict == "conflicting"
    assert aggregate(passages, policy=AggregationPolicy(dominance=2.0)).verdict == "supported"
    assert aggregate(passages, policy=AggregationPolicy(dominance=math.inf)).verdict == "conflicting"


@pytest.mark.parametrize("policy, verdict", [
    (AggregationPolicy(min_origins=1), "supported"),
    (AggregationPolicy(min_origins=3), "not_enough_evidence"),
])
def test_min_origins_policy(policy, verdict):
    assert aggregate([agree("a"), agree("b")], policy=policy).verdict == verdict


def test_a_hedged_statement_does_not_confirm():
    result = aggregate([agree("a", hedged=True), agree("b", hedged=True)])
    assert result.verdict == "not_enough_evidence"
    assert "hedge" in explain(result, 2)


def test_a_relayed_claim_against_a_partys_denial_is_conflicting():
    relayed = agree("a1", relayed=True, speaker="Kessian officials")
    denial = disagree("a2", interested=True, speaker="Talvoria")
    result = aggregate([relayed, denial])
    assert result.verdict == "conflicting"
    # the explanation names both sides
    assert any("made by Kessian officials and denied by Talvoria" in r for r in result.reasons)
    # either side alone settles nothing
    assert aggregate([relayed]).verdict == "not_enough_evidence"
    assert aggregate([denial]).verdict == "not_enough_evidence"
    # a user's policy may call it not enough evidence
    off = AggregationPolicy(claims_against_denials=False)
    assert aggregate([relayed, denial], policy=off).verdict == "not_enough_evidence"


def test_a_denial_against_another_partys_relayed_discussion_is_conflicting():
    # "Talvoria branded the claims ... lies" while Kessian officials are reported to speak to the matter (their words
    # only discuss it): the sources conflict, and the explanation names both sides
    relayed = discuss("a1", relayed=True, speaker="Kessian officials")
    denial = disagree("a2", interested=True, speaker="Talvoria", dismissal=True)
    result = aggregate([relayed, denial])
    assert result.verdict == "conflicting"
    assert any("denied by Talvoria while Kessian officials" in r for r in result.reasons)
    # a party's other account (another figure, no word of denial) is not a dismissal of the claims
    assert aggregate([relayed, disagree("a2", interested=True, speaker="Talvoria")]).verdict == "not_enough_evidence"
    # not from the denier's own words, nor from unattributed discussion, nor from words told before the event
    # nor from relayed words that only brush the matter (``close`` False: check finds them far from the claim)
    for other in (discuss("a1", relayed=True, speaker="Talvoria"), discuss("a1"),
                  discuss("a1", relayed=True, speaker="Kessian officials", predates=True),
                  discuss("a1", relayed=True, speaker="Kessian officials", close=False)):
        assert aggregate([other, denial]).verdict == "not_enough_evidence", other
    assert aggregate([relayed, denial], policy=AggregationPolicy(claims_against_denials=False)).verdict \
        == "not_enough_evidence"


def test_a_denying_party_is_named_as_its_passage_names_the_speaker():
    denial = JudgedPassage(stance="disagree", strength=0.8, origin="a2", speaker="Talvoria", interested=True,
                           shown_as="Velm", dismissal=True)  # (Velm: Talvoria's seat of government)
    relayed = agree("a1", relayed=True, speaker="Kessian officials")
    assert any("denied by Velm (Talvoria)" in r for r in aggregate([relayed, denial]).reasons)
    ministry = JudgedPassage(stance="disagree", strength=0.8, origin="a2", speaker="Talvoria", interested=True,
                             shown_as="Talvoria's foreign ministry")
    assert any("denied by Talvoria's foreign ministry" in r and "(Talvoria)" not in r
               for r in aggregate([relayed, ministry]).reasons)


def test_no_conflict_from_one_party_alone_or_from_a_claim_that_predates():
    # (under the policy that calls one side against the other conflicting, these still are not)
    on = AggregationPolicy(claims_against_denials=True)
    own = [agree("a1", relayed=True, speaker="Talvoria"), disagree("a2", interested=True, speaker="Talvoria")]
    assert aggregate(own, policy=on).verdict == "not_enough_evidence"  # its own claim and its own denial
    early = [agree("a1", relayed=True, speaker="Kessian officials", predates=True),
             disagree("a2", interested=True, speaker="Talvoria")]
    assert aggregate(early, policy=on).verdict == "not_enough_evidence"
    for passages in (own, early):
        assert aggregate(passages).verdict == "not_enough_evidence"
        assert not any("and denied by" in r for r in aggregate(passages).reasons)
