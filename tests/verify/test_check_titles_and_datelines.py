"""``check`` reads a title before a speaker's name as what it says of them, a wire lead without its dateline, and
small counts in words as figures."""

import pytest

from storyscope.verify.claim_forms import wire_lead
from storyscope.verify.compound import claim_parts, identifying_parts
from storyscope.verify.roles import contradicting_description, contradicts_body
from storyscope.verify.stance_rules import judge_detail, small_figures

from .conftest import check_verdicts


def test_a_dateline_and_an_unnamed_credit_leave_the_lead() -> None:
    assert wire_lead("TALLINN (Newswire) — Estonia closed the port, officials said.") == "Estonia closed the port."
    assert wire_lead("HELSINKI, Finland (AP) — The talks ended, according to the statement.") == "The talks ended."
    assert wire_lead("OSLO, June 26 — Norway sent two ships, state media reported.") == "Norway sent two ships."
    assert wire_lead("MINSK, Thursday - The border opened.") == "The border opened."
    assert wire_lead("Tallinn (Reuters) — The port closed.") == "The port closed."  # (capitals read plainly first)
    assert wire_lead("Tallinn — The port closed, a spokesman said.") == "The port closed."
    # a named speaker's credit stays: the claim is that they said it
    assert wire_lead("OSLO — Ships left, Foreign Minister Ola Dahl said.") == "Ships left, Foreign Minister Ola Dahl said."


def test_what_is_no_dateline_stays() -> None:
    for kept in ("NATO: Russia sent troops.", "Tallinn: the port closed.", "BREAKING: The port closed.",
                 "OSK (AP) — Brask resigned.", "Dahl — the port closed.", "Estonia closed the port, officials said.",
                 "TALLINN (AP) — the port closed."):
        assert wire_lead(kept) == kept, kept


def test_a_title_before_the_subject_is_a_part_that_identifies_them() -> None:
    claim = "Kremlin spokeswoman Mari Sepp said the port would close."
    assert claim_parts(claim) == ["Mari Sepp said the port would close.", "Mari Sepp is Kremlin spokeswoman."]
    assert identifying_parts(claim) == {"Mari Sepp is Kremlin spokeswoman."}
    # the name stops where a preposition's object ends the title
    assert identifying_parts("Minister of Defence of Estonia Sepp met Dahl in Oslo.") \
        == {"Sepp is Minister of Defence of Estonia."}
    for plain in ("Estonia closed the port.", "Mari Sepp closed the port.", "The NATO summit in Oslo ended.",
                  "Officials in Tallinn said the port closed."):
        assert identifying_parts(plain) == frozenset(), plain


def test_a_title_at_another_body_contradicts_the_writers() -> None:
    passage = "Halvard Lind, head of the UN’s nuclear agency, said the reactor was stable."
    for other in ("NATO chief", "a Pentagon spokesman", "UN Secretary-General", "UN chief", "a Kremlin adviser"):
        assert contradicting_description("Halvard Lind", other, passage) is not None, other
    for same in ("head of the UN nuclear agency", "IAEA director general", "a UN official", "a former NATO chief"):
        assert contradicts_body("Halvard Lind", same, passage) is None, same
    spokesman = "A spokesman for the Pentagon, Ola Dahl, told journalists the ships had left."
    assert contradicts_body("Ola Dahl", "a Kremlin spokesman", spokesman) is not None
    assert contradicts_body("Ola Dahl", "a spokesman for the US Department of Defense", spokesman) is None
    # a body named in the speaker's quoted words, or no role noun, is no description
    assert contradicts_body("Ola Dahl", "NATO chief", "Ola Dahl said: “The Pentagon knows.”") is None


def test_small_counts_in_words_are_figures_where_both_texts_count_one_thing() -> None:
    assert small_figures("Two ships left for twenty-four hours.") == "2 ships left for 24 hours."
    for kept in ("one of them", "two of the ships", "two hundred ships", "two-and-a-half years", "ten times",
                 "between two and three"):
        assert small_figures(kept) == kept, kept
    passage = "Estonia closed the port to cargo ships for three days."
    assert judge_detail("Estonia closed the port to cargo ships for four days.", passage).stance == "disagree"
    assert judge_detail("Estonia closed the port to cargo ships for 3 days.", passage).stance == "agree"
    assert judge_detail("Estonia closed the port to cargo ships for three months.", passage).stance == "disagree"
    # a count in words the passage does not give is no figure to confirm
    assert judge_detail("The two ministers met in Oslo on Friday.", "Sepp and Dahl met in Oslo on Friday.").stance \
        == "agree"


_ARTICLES = [
    {"id": "t1", "published": "2031-04-02", "title": "Reactor checked",
     "text": "Halvard Lind, head of the UN’s nuclear agency, said the reactor near Tallinn was stable after the "
             "inspection on Monday.\n\n"
             "A spokeswoman for the Pentagon, Mari Sepp, told journalists that two ships had left Oslo for Tallinn.\n\n"
             "Estonia closed the port of Tallinn to cargo ships for three days."},
]


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory) -> dict[str, str]:
    claims = {
        "title": "UN nuclear agency chief Halvard Lind said the reactor near Tallinn was stable.",
        "title_wrong": "NATO chief Halvard Lind said the reactor near Tallinn was stable.",
        "office_wrong": "UN Secretary-General Halvard Lind said the reactor near Tallinn was stable.",
        "body_wrong": "Kremlin spokeswoman Mari Sepp said two ships had left Oslo for Tallinn.",
        "wire": "TALLINN (Newswire) — Estonia closed the port of Tallinn to cargo ships for three days, officials said.",
        "count_in_digits": "Mari Sepp told journalists that 2 ships had left Oslo for Tallinn.",
        "count_wrong": "Mari Sepp told journalists that five ships had left Oslo for Tallinn.",
        "span_wrong": "Estonia closed the port of Tallinn to cargo ships for three months.",
        "wire_wrong": "OSLO, April 2 (AP) — Estonia closed the port of Tallinn to cargo ships for 30 days, "
                      "according to a statement.",
    }
    return check_verdicts(tmp_path_factory.mktemp("titles"), _ARTICLES, claims)


@pytest.mark.slow
def test_titles_and_wire_leads_are_checked(verdicts) -> None:
    assert verdicts["title"] == "supported"
    assert verdicts["title_wrong"] == "refuted"
    assert verdicts["office_wrong"] == "refuted"
    assert verdicts["body_wrong"] == "refuted"
    assert verdicts["wire"] == "supported"
    assert verdicts["wire_wrong"] == "refuted"
    assert verdicts["count_in_digits"] == "supported"
    assert verdicts["count_wrong"] == "refuted"
    assert verdicts["span_wrong"] == "refuted"
