"""Guards on this stop's new rules, from a review: each case below misfired in a first version."""

from storyscope.verify.actions import met_person, parse_texts
from storyscope.verify.check import _still_sought
from storyscope.verify.claim_forms import spoken_as_statement
from storyscope.verify.dates import superlative_conflict
from storyscope.verify.hedged import reported_as_said
from storyscope.verify.names import between_conflict, whereabouts
from storyscope.verify.stance_rules import judge_detail
from storyscope.verify.statements import addressees


def test_between_needs_one_party_shared() -> None:
    assert not between_conflict("The talks between Kessia and Osk resumed.", "The talks between Norland and Velm resumed.")


def test_a_city_today_is_the_subjects_own_doing() -> None:
    assert whereabouts("Brask said strikes in Kyiv today killed five people.") == set()
    assert whereabouts("Brask is meeting Nato leaders in Brussels today.") == {"Brussels"}


def test_still_sought_by_one_the_claim_names_and_not_negated() -> None:
    parties = {"kessia"}
    assert _still_sought("invite", "The Kessian president is pressing for a Norland invitation.", parties)
    assert not _still_sought("invite", "The Kessian president is no longer pressing for a Norland invitation.", parties)
    assert not _still_sought("invite", "The Velm president is pressing for a Norland invitation.", parties)


def test_opposite_superlatives_only_where_the_claims_rank_is_nowhere() -> None:
    passage = "Osk is the largest city in Kessia, and Velm is the smallest city in Kessia."
    assert not superlative_conflict("Osk is the largest city in Kessia.", passage)
    assert not superlative_conflict("May was the bloodiest month of the war so far.",
                                    "May was the best month of the war so far for recruiters.")
    # a month after the nouns is the list it ranks in, not when
    assert not superlative_conflict("It was the hottest day in June.", "It was the second hottest day in July.")


def test_the_person_met_keeps_short_names_and_drops_titles() -> None:
    xi, titled, named = parse_texts(["Brask met Xi Lan in Osk.", "Brask met President Olo Brand.",
                                     "Brask called Velm a traitor."])
    assert met_person(xi) == ["xi", "lan"]
    assert met_person(titled) == ["olo", "brand"]
    assert met_person(named) == []


def test_a_toll_of_civilians_is_no_soldiers_toll() -> None:
    passage = "Since the war began, at least 40,000 Talvorians have been killed and 90,000 wounded."
    assert judge_detail("At least 40,000 Kessian soldiers have been killed since the war began in Osk.",
                        passage).stance != "agree"


def test_remarks_to_someone_not_closing_are_left() -> None:
    claim = "She made her remarks criticising the plan to Nato leaders in Brussels."
    assert spoken_as_statement(claim) == claim
    assert addressees("Brask made his remarks on a visit to Osk, where he met Velm.") == set()


def test_a_pronoun_reported_is_lower_case() -> None:
    assert reported_as_said("He was reported to be in Osk.") == "Reports said he was in Osk."
