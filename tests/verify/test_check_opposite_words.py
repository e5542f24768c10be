"""The writer's own words say the opposite of the claim's: "requests the allies agreed to" against "requests the
allies have so far declined to grant". One invented store."""

import pytest

from .conftest import check_verdicts

pytestmark = pytest.mark.slow  # runs analyze (spaCy) for the store

PARAGRAPHS = [
    "Kessian president Ivo Lamm presented his reform plan to the Norland summit in Brandt on Monday.",
    "Lamm's reform plan contains requests that Kessia's neighbours have so far declined to grant, including "
    "access to the Vel river ports.",
    "Norland has agreed to reopen the border crossing at Osk.",
    "Talvoria has not yet approved the new fishing quotas for the Vel delta.",
]


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory) -> dict[str, str]:
    article = {"id": "o1", "published": "2031-05-06", "title": "Reform plan at the summit",
               "text": "\n\n".join(PARAGRAPHS)}
    claims = {
        "granted": "Lamm's reform plan only contains requests that Kessia's neighbours have already agreed to.",
        "declined": "Lamm's reform plan contains requests that Kessia's neighbours have declined to grant.",
        "reopen": "Norland has agreed to reopen the border crossing at Osk.",
        "quotas": "Talvoria has approved the new fishing quotas for the Vel delta.",
        "quotas_not": "Talvoria has not approved the new fishing quotas for the Vel delta.",
    }
    return check_verdicts(tmp_path_factory.mktemp("opposite"), [article], claims)


def test_granted_against_declined_is_refuted(verdicts: dict[str, str]) -> None:
    assert verdicts["granted"] == "refuted"
    assert verdicts["quotas"] == "refuted"


def test_the_same_words_are_not_opposed(verdicts: dict[str, str]) -> None:
    assert verdicts["declined"] == "supported"
    assert verdicts["reopen"] == "supported"
    assert verdicts["quotas_not"] != "refuted"


@pytest.mark.parametrize(
    ("claim", "passage", "conflict"),
    [
        ("Talvoria has approved the quotas.", "Talvoria has not yet approved the quotas.", True),
        ("Kessia did not sign the treaty.", "Kessia signed the treaty in May.", True),
        ("Kessia never signed the treaty.", "Kessia has not signed the treaty.", False),
        ("Kessia signed the treaty.", "Kessia not only signed the treaty but ratified it.", False),
        ("Kessia signed the treaty.", "Kessia might not sign the treaty.", False),  # a possibility
        ("Kessia signed the treaty.", "Kessia signed the treaty, but Norland did not sign it.", False),
        # no fact of the other polarity: a complement, a future, a condition, a question, "not ... until", another
        # subject, a relative clause, a double negation
        ("Kessia has not approved the quotas.", "Kessia has yet to approve the quotas.", False),
        ("Kessia has not approved the quotas.", "Kessia failed to approve the quotas.", False),
        ("Kessia has not signed the treaty.", "Kessia will sign the treaty on Friday.", False),
        ("Kessia has not signed the treaty.", "Kessia plans to sign the treaty.", False),
        ("Kessia approved the quotas.", "If Kessia had not approved the quotas, the talks would have failed.", False),
        ("Kessia approved the quotas.", "Why did Kessia not approve the quotas sooner?", False),
        ("Kessia approved the tariffs on Friday.", "Kessia did not approve the tariffs until Friday.", False),
        ("Kessia has signed the treaty.", "Norland has not signed the treaty, but Kessia has.", False),
        ("Kessia signed the accord.", "Kessia, which did not sign the accord in 2019, changed course.", False),
        ("Kessia approved the quotas.", "It is not true that Kessia never approved the quotas.", False),
    ],
)
def test_polarity_conflict(claim: str, passage: str, conflict: bool) -> None:
    from storyscope.verify.actions import claim_action, parse_texts, polarity_conflict

    claim_doc, passage_doc = parse_texts([claim, passage])
    assert polarity_conflict(claim_action(claim_doc), claim_doc, passage_doc) is conflict
    # another thing acted on is no conflict
    if conflict:
        assert not polarity_conflict(claim_action(claim_doc), claim_doc, passage_doc, {"tariff"})


def test_descriptions_are_labels_and_skills_have_opposites() -> None:
    from storyscope.verify.statements import label_conflict, labels, opposite_phrase

    said = "the envoy described the Kessian welders as poorly trained and unreliable"
    told = "Envoy Lena Varga described the Kessian welders as “highly skilled and motivated”."
    assert [obj for obj, _ in labels(told)] == ["welder"]
    assert label_conflict(said, told)
    assert not label_conflict("she described the Kessian welders as skilled", told)
    assert opposite_phrase(said, told)
    assert not opposite_phrase("she described the welders as well trained", "the welders were highly skilled")
    # willingness and its opposite
    assert opposite_phrase("the welders were reluctant to work in the flooded mines",
                           "the welders are willing to work in the flooded mines")
    assert not opposite_phrase("the welders were ready to work there", "the welders are willing to work there")
    # following another's lead, against acting alone
    assert opposite_phrase("Osk must follow Velm's lead abroad", "Osk does not have to follow any country")
    assert opposite_phrase("Osk generally follows Velm's lead", "Osk is able to act alone abroad")
    assert not opposite_phrase("Osk does not have to follow anyone", "Osk does not have to follow any country")


def test_never_told_is_a_denial_of_saying() -> None:
    from storyscope.verify.claim_forms import denies_saying

    assert denies_saying("Lamm never told lawmakers that Norland was sending engineers.")
    assert denies_saying("Lamm did not tell lawmakers that Norland was sending engineers.")
    assert not denies_saying("Lamm told lawmakers that Norland had never sent engineers.")


def test_phrasal_and_labelling_forms_of_an_action() -> None:
    from storyscope.verify.actions import canonical_text, parse_texts, states_action

    handed, branded, called = parse_texts(["Norland would also hand over engineers to Kessia.",
                                           "The ministry branded the reports as fake news.",
                                           "The ministry called the reports accurate."])
    assert states_action("provide", handed)  # "hand over" is one of the verbs of sending
    assert states_action("dismiss", branded)  # labelling a thing false dismisses it
    assert not states_action("dismiss", called)
    for text in ("The ministry called for an inquiry into false claims about the report.",
                 "The ministry described how propaganda about the report spread.",
                 "The ministry called the report accurate and said its critics spread lies."):
        assert not states_action("dismiss", parse_texts([text])[0]), text
    held = canonical_text(parse_texts(["Kessia and Norland held talks in Velm."])[0])
    assert "allegation" not in held and "claim" not in held  # talks are negotiations, not talk of something
    talk, claims = (canonical_text(d).split()[2] for d in parse_texts(["There was talk of a ceasefire.",
                                                                        "There were claims of a ceasefire."]))
    assert talk == claims  # "talk of X" and "claims of X" are one thing
