"""``check`` reads a title before a speaker's name as what it says of them, a wire lead without its dateline, and
small counts in words as figures."""

import pytest

from storyscope.verify.claim_forms import wire_lead
from storyscope.verify.compound import claim_parts, identifying_parts
from storyscope.verify.roles import contradicting_description, contradicts_body, held_then
from storyscope.verify.stance_rules import judge_detail, small_figures

from .conftest import check_verdicts


def test_a_dateline_and_an_unnamed_credit_leave_the_lead() -> None:
    assert wire_lead("TALLINN (Newswire) — Estonia closed the port, officials said.") == "Estonia closed the port."
    assert wire_lead("HELSINKI, Finland (AP) — The talks ended, according to the statement.") == "The talks ended."
    assert wire_lead("OSLO, June 26 — Norway sent two ships, state media reported.") == "Norway sent two ships."
    assert wire_lead("MINSK, Thursday - The border opened.") == "The border opened."
    assert wire_lead("Tallinn (Reuters) — The port closed.") == "The port closed."
    assert wire_lead("KYIV, Sept. 3 (Reuters) - Troops left.") == "Troops left."
    assert wire_lead("KYIV, 3 May — Troops left.") == "Troops left."
    assert wire_lead("NEW YORK, N.Y. (AP) — Troops left.") == "Troops left."
    assert wire_lead("PÄRNU, Estonia — Troops left.") == "Troops left."  # (a place in a known country)
    # a named speaker's credit stays: the claim is that they said it
    assert wire_lead("OSLO — Ships left, Foreign Minister Ola Dahl said.") == "Ships left, Foreign Minister Ola Dahl said."


def test_what_is_no_dateline_stays() -> None:
    for kept in ("NATO: Russia sent troops.", "Tallinn: the port closed.", "BREAKING: The port closed.",
                 "OSK (AP) — Brask resigned.", "Dahl — the port closed.", "Estonia closed the port, officials said.",
                 "TALLINN (AP) — the port closed.", "Tallinn — Troops are fighting there.",
                 "Tallinn — Estonia's capital — was hit."):
        assert wire_lead(kept) == kept, kept
    # a party's credit stays: the claim is then its word
    assert wire_lead("OSLO — Latvia sent no ships, Estonian officials said.") == "Latvia sent no ships, Estonian " \
        "officials said."


def test_a_title_before_the_subject_is_a_part_that_identifies_them() -> None:
    claim = "Kremlin spokeswoman Mari Sepp said the port would close."
    assert claim_parts(claim) == ["Mari Sepp said the port would close.", "Mari Sepp was Kremlin spokeswoman."]
    assert identifying_parts(claim) == {"Mari Sepp was Kremlin spokeswoman."}
    # the title she holds now, when the claim tells the present; a body's word ends the name
    assert identifying_parts("Kremlin spokeswoman Mari Sepp says the port is closed.") \
        == {"Mari Sepp is Kremlin spokeswoman."}
    assert identifying_parts("The spokesman for the Estonian Defence Ministry Ola Dahl said the port closed.") \
        == {"Ola Dahl was the spokesman for the Estonian Defence Ministry."}
    # the name stops where a preposition's object ends the title
    assert identifying_parts("Minister of Defence of Estonia Sepp met Dahl in Oslo.") \
        == {"Sepp was Minister of Defence of Estonia."}
    for plain in ("Estonia closed the port.", "Mari Sepp closed the port.", "The NATO summit in Oslo ended.",
                  "Officials in Tallinn said the port closed."):
        assert identifying_parts(plain) == frozenset(), plain


def test_a_title_past_the_opening_is_a_part_that_identifies_them() -> None:
    # after a preposition or as the object, and a title opening the claim with the name between commas
    assert claim_parts("The warning was issued by Estonian Defence Ministry spokesman Ola Dahl.") \
        == ["The warning was issued by Ola Dahl.", "Ola Dahl was Estonian Defence Ministry spokesman."]
    assert identifying_parts("Dahl met Foreign Minister Mari Sepp in Riga.") == {"Mari Sepp was Foreign Minister."}
    assert identifying_parts("The talks were held by Estonia's ambassador to Latvia Mari Sepp.") \
        == {"Mari Sepp was Estonia's ambassador to Latvia."}
    assert claim_parts("Estonia's ambassador to Latvia, Mari Sepp, held talks in Riga.") \
        == ["Mari Sepp held talks in Riga.", "Mari Sepp was Estonia's ambassador to Latvia."]
    # a hyphenated title is one title, the opening subject's ("UN Secretary-General")
    assert identifying_parts("The port was visited by UN Secretary-General Halvard Lind.") \
        == {"Halvard Lind was UN Secretary-General."}
    assert identifying_parts("UN Secretary-General Halvard Lind visited the port.") \
        == {"Halvard Lind was UN Secretary-General."}
    # a place of two words or a body after the title is no name
    for place in ("Brask met the president of South Africa in Pretoria.", "Dahl received Estonia's ambassador to "
                  "North Korea on Friday.", "Brask met the governor of New York.",
                  "Dahl met with Chief of General Staff Ola Dahl."):
        assert identifying_parts(place) == frozenset(), place
    # no role noun before the name, or no name: no title
    for plain in ("Ships left the port of Tallinn for Riga.", "Estonia sent troops to the Narva region.",
                  "The ships were seen by Estonian fishermen.", "Dahl met the Latvian envoy in Riga."):
        assert identifying_parts(plain) == frozenset(), plain


def test_a_un_agency_by_its_other_names_is_the_same_body() -> None:
    assert contradicts_body("Ola Dahl", "WHO chief", "Ola Dahl, the United Nations health chief, spoke.") is None
    assert contradicts_body("Ola Dahl", "UNHCR head", "United Nations refugee chief Ola Dahl spoke.") is None
    assert contradicts_body("Ola Dahl", "UNICEF chief", "Ola Dahl, head of the UN children's agency, spoke.") is None


def test_a_title_at_another_body_contradicts_the_writers() -> None:
    passage = "Halvard Lind, head of the UN’s nuclear agency, said the reactor was stable."
    for other in ("NATO chief", "a Pentagon spokesman", "UN Secretary-General", "UN chief", "a Kremlin adviser",
                  "World Health Organization chief", "head of the WHO", "IMF chief"):
        assert contradicting_description("Halvard Lind", other, passage) is not None, other
    for same in ("head of the UN nuclear agency", "IAEA director general", "a UN official", "a former NATO chief"):
        assert contradicts_body("Halvard Lind", same, passage) is None, same
    spokesman = "A spokesman for the Pentagon, Ola Dahl, told journalists the ships had left."
    assert contradicts_body("Ola Dahl", "a Kremlin spokesman", spokesman) is not None
    assert contradicts_body("Ola Dahl", "a spokesman for the US Department of Defense", spokesman) is None
    # one body by its other names, a chief of staff, a people's or a state's envoy: no contradiction
    iaea = "Halvard Lind, head of the IAEA, visited the plant."
    assert contradicting_description("Halvard Lind", "UN nuclear chief", iaea) is None
    assert contradicting_description("Halvard Lind", "IAEA chief", "UN nuclear chief Halvard Lind visited.") is None
    assert contradicting_description("Ola Dahl", "Kremlin chief of staff",
                                     "Ola Dahl, head of the presidential administration, met governors.") is None
    assert contradicting_description("Ola Dahl", "NATO commander",
                                     "Ola Dahl, the US general who leads NATO forces, said so.") is None
    assert contradicting_description("Ola Dahl", "UN envoy", "Ola Dahl, Estonia's envoy, told the council.") is None
    # a body named in the speaker's quoted words, or no role noun, is no description
    assert contradicts_body("Ola Dahl", "NATO chief", "Ola Dahl said: “The Pentagon knows.”") is None


def test_small_counts_in_words_are_figures_where_both_texts_count_one_thing() -> None:
    assert small_figures("Two ships left for twenty-four hours.") == "2 ships left for 24 hours."
    assert small_figures("They talked for twenty four hours.") == "They talked for 24 hours."
    assert small_figures("The two-day talks ended.") == "The 2-day talks ended."
    for kept in ("one of them", "two of the ships", "two hundred ships", "two-and-a-half years", "ten times",
                 "between two and three", "Two of the five ships sank.", "two or three ships", "two to three days"):
        assert small_figures(kept) == kept, kept
    # a part of a group, a range or a span joined to its unit is no other count
    assert judge_detail("Two cargo ships sank off Tallinn.", "Two of the five cargo ships sank off Tallinn.").stance \
        == "agree"
    assert judge_detail("Estonia sent two or three ships to Riga.", "Estonia sent two ships to Riga.").stance \
        != "disagree"
    assert judge_detail("The talks in Oslo lasted two days.", "The two-day talks in Oslo ended two weeks after the "
                        "attack.").stance != "disagree"
    assert judge_detail("The talks in Oslo lasted three days.", "The three-week talks in Oslo ended.").stance \
        == "disagree"
    passage = "Estonia closed the port to cargo ships for three days."
    assert judge_detail("Estonia closed the port to cargo ships for four days.", passage).stance == "disagree"
    assert judge_detail("Estonia closed the port to cargo ships for 3 days.", passage).stance == "agree"
    assert judge_detail("Estonia closed the port to cargo ships for three months.", passage).stance == "disagree"
    # a count in words the passage does not give is no figure to confirm
    assert judge_detail("The two ministers met in Oslo on Friday.", "Sepp and Dahl met in Oslo on Friday.").stance \
        == "agree"


def test_a_role_held_then_is_borne_out_by_former() -> None:
    assert held_then("Mari Sepp was Estonia's defence minister.")
    assert not held_then("Mari Sepp is Estonia's defence minister.")
    passage = "Former defence minister Mari Sepp, now head of the port authority, visited Oslo."
    assert contradicting_description("Mari Sepp", "defence minister", passage) is not None
    assert contradicting_description("Mari Sepp", "defence minister", passage, then=True) is None


_ARTICLES = [
    {"id": "t1", "published": "2031-04-02", "title": "Reactor checked",
     "text": "Halvard Lind, head of the UN’s nuclear agency, said the reactor near Tallinn was stable after the "
             "inspection on Monday.\n\n"
             "A spokeswoman for the Pentagon, Mari Sepp, told journalists that two ships had left Oslo for Tallinn.\n\n"
             "Estonia closed the port of Tallinn to cargo ships for three days."},
    {"id": "t2", "published": "2031-04-03", "title": "Harbour plan",
     "text": "The Estonian premier signed the harbour accord with Latvia in Brussels on Tuesday."},
]


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory) -> dict[str, str]:
    claims = {
        "title": "UN nuclear agency chief Halvard Lind said the reactor near Tallinn was stable.",
        "title_wrong": "NATO chief Halvard Lind said the reactor near Tallinn was stable.",
        "office_wrong": "UN Secretary-General Halvard Lind said the reactor near Tallinn was stable.",
        "body_wrong": "Kremlin spokeswoman Mari Sepp said two ships had left Oslo for Tallinn.",
        "body_wrong_unnamed": "World Health Organization chief Halvard Lind said the reactor near Tallinn was stable.",
        "body_wrong_by": "The news that two ships had left Oslo was given by Kremlin spokeswoman Mari Sepp.",
        "title_by": "The news that two ships had left Oslo was given by Pentagon spokeswoman Mari Sepp.",
        "city_wrong": "The Estonian premier signed the harbour accord with Latvia in Warsaw.",
        "country": "The Estonian premier signed the harbour accord with Latvia in Belgium.",
        "wire": "TALLINN (Newswire) — Estonia closed the port of Tallinn to cargo ships for three days, officials said.",
        "count_in_digits": "Mari Sepp told journalists that 2 ships had left Oslo for Tallinn.",
        "count_wrong": "Mari Sepp told journalists that five ships had left Oslo for Tallinn.",
        "span_wrong": "Estonia closed the port of Tallinn to cargo ships for three months.",
        "wire_wrong": "OSLO, April 2 (AP) — Estonia closed the port of Tallinn to cargo ships for 30 days, "
                      "according to a statement.",
        "office_of_another": "Tarmo Kask is head of the UN's nuclear agency.",
        "office_of_many": "Tarmo Kask is a spokeswoman for the Pentagon.",
        "office_held_before": "Tarmo Kask is a former head of the UN's nuclear agency.",
        "office_held_then": "Tarmo Kask was head of the UN's nuclear agency.",
        "office_first_name_otherwise": "Halvar Lind is head of the UN's nuclear agency.",
    }
    return check_verdicts(tmp_path_factory.mktemp("titles"), _ARTICLES, claims)


@pytest.mark.slow
def test_titles_and_wire_leads_are_checked(verdicts) -> None:
    assert verdicts["title"] == "supported"
    assert verdicts["title_wrong"] == "refuted"
    assert verdicts["office_wrong"] == "refuted"
    assert verdicts["body_wrong"] == "refuted"
    assert verdicts["body_wrong_unnamed"] == "refuted"  # a body the pile never names, against the one it gives
    assert verdicts["body_wrong_by"] == "refuted"
    assert verdicts["title_by"] != "refuted"
    assert verdicts["city_wrong"] == "refuted"  # Brussels
    assert verdicts["country"] != "refuted"  # Brussels may be in it
    assert verdicts["wire"] == "supported"
    assert verdicts["wire_wrong"] == "refuted"
    assert verdicts["count_in_digits"] == "supported"
    assert verdicts["count_wrong"] == "refuted"
    assert verdicts["span_wrong"] == "refuted"


@pytest.mark.slow
def test_an_office_one_person_holds_given_to_someone_no_article_names(verdicts) -> None:
    assert verdicts["office_of_another"] == "refuted"  # the writer names Halvard Lind head of the agency
    assert verdicts["office_of_many"] != "refuted"  # the Pentagon has more than one spokeswoman
    assert verdicts["office_held_before"] != "refuted"
    assert verdicts["office_held_then"] != "refuted"  # who holds it now does not say who held it once
    assert verdicts["office_first_name_otherwise"] != "refuted"  # the same surname: Halvard Lind, spelt otherwise
