"""Role claims: parsing "NAME is ROLE" and finding the writer's description of a person (fictional examples)."""

import pytest

from storyscope.verify.roles import contradicting_description, describes_role, held_then, role_claim


@pytest.mark.parametrize("claim, parsed", [
    ("Halina Brask is Norvakia's foreign minister.", ("Halina Brask", "Norvakia's foreign minister")),
    ("Tomas Brandt is a former MP", ("Tomas Brandt", "former MP")),
    ("Jean-Luc O'Brien was the head of the Valley Post.", ("Jean-Luc O'Brien", "head of the Valley Post")),
    ("Sin Hong Chol is Selmara's ambassador to Norvakia.", ("Sin Hong Chol", "Selmara's ambassador to Norvakia")),
    ("Dr Halina Brask is a professor of history.", ("Halina Brask", "professor of history")),
    ("Brandt is a reserve colonel.", ("Brandt", "reserve colonel")),
    ("Halina Brask is a Norvakian.", ("Halina Brask", "Norvakian")),
    # a rank or post held; an appositive between the name and the verb describes the person, the role is the claim
    ("Brandt holds the rank of general.", ("Brandt", "general")),
    ("Halina Brask held the post of foreign minister.", ("Halina Brask", "foreign minister")),
    ("Halina Brask has held the post of foreign minister.", ("Halina Brask", "foreign minister")),
    ("Tomas Brandt, the TV pundit who urged a deal, is a retired army general.",
     ("Tomas Brandt", "retired army general")),
])
def test_role_claims_are_parsed(claim, parsed):
    assert role_claim(claim) == parsed


@pytest.mark.parametrize("claim", [
    "The dam is broken.",
    "Norvakia is a member of Nato.",
    "North Norvakia is a nuclear power.",
    "The Valley Post is a newspaper.",
    "Halina Brask is not the foreign minister.",
    "Halina Brask isn't a minister.",
    "Halina Brask is no longer the foreign minister.",
    "Halina Brask is wrong.",
    "Halina Brask said Tomas Brandt is a colonel.",
    "Tomas Brandt is a colonel who retired in May.",
    "Velm holds the title of capital.",
])
def test_claims_not_about_a_role_are_not_parsed(claim):
    assert role_claim(claim) is None


def described(claim: str, passage: str) -> str | None:
    name, role = role_claim(claim)
    span = describes_role(name, role, passage)
    return passage[span[0]:span[1]] if span else None


def test_appositive_after_the_name():
    passage = "Tomas Brandt, a reserve colonel and TV defence analyst, said the plan would fail."
    assert described("Tomas Brandt is a reserve colonel.", passage) == "a reserve colonel"
    assert described("Tomas Brandt is a TV defense analyst.", passage) == "TV defence analyst"
    # the two roles of one appositive are not mixed
    assert described("Tomas Brandt is a reserve analyst.", passage) is None


def test_appositive_in_brackets_and_after_an_age():
    assert described("Halina Brask is a Valley Post editor.",
                     "Halina Brask (editor of the Valley Post) declined to comment.") == "editor of the Valley Post"
    assert described("Halina Brask is a Valley Post editor.",
                     "Halina Brask, 54, an editor at the Valley Post, declined to comment.") == "an editor at the Valley Post"


def test_title_before_the_name():
    assert described("Halina Brask is Norvakia's foreign minister.",
                     "Norvakian Foreign Minister Halina Brask said allies should respond firmly.") \
        == "Norvakian Foreign Minister"
    assert described("Tomas Brandt is Norvakia's ambassador to Selmara.",
                     "In May, Norvakian Ambassador to Selmara Tomas Brandt held talks.") \
        == "Norvakian Ambassador to Selmara"


def test_title_then_comma_then_name():
    passage = "Norvakia's ambassador to Selmara, Alexandre Brandt, praised the \"skilled\" workers."
    # the first name may differ in its last letters (Alexander / Alexandre)
    assert described("Alexander Brandt is Norvakia's ambassador to Selmara.", passage) \
        == "Norvakia's ambassador to Selmara"
    assert described("Tomas Brandt is a military expert.",
                     "This was confirmed by the Norvakian military expert, Tomas Brandt, on state TV.") \
        == "the Norvakian military expert"
    # "the defence minister" is whom Brandt met; Brask is only the speaker
    assert described("Halina Brask is the defence minister.",
                     "Brandt met the defence minister, Halina Brask said.") is None


def test_possessive_and_demonym_are_the_same_party():
    passage = "Norvakia's foreign minister, Halina Brask, arrived on Monday."
    assert described("Halina Brask is the Norvakian foreign minister.", passage) is not None
    assert described("Halina Brask is Norvakia's foreign minister.",
                     "Norvakian Foreign Minister Halina Brask arrived on Monday.") is not None
    assert described("Halina Brask is Selmara's foreign minister.", passage) is None


def test_spokesman_for_the_x_is_an_x_spokesman():
    passage = "A spokesman for the Valley Council Tomas Brandt told reporters, “We are ready.”"
    assert described("Tomas Brandt is a Valley Council spokesman.", passage) == "A spokesman for the Valley Council"
    assert described("Tomas Brandt is a Valley Council spokeswoman.", passage) is not None
    assert described("Tomas Brandt is the Valley Council leader.", passage) is None


def test_former_must_match_on_both_sides():
    passage = "A former Norvakian MP Tomas Brandt told the Valley Post, “We are partners.”"
    assert described("Tomas Brandt is a former Norvakian MP.", passage) == "A former Norvakian MP"
    assert described("Tomas Brandt is a Norvakian MP.", passage) is None
    assert described("Tomas Brandt is a Norvakian MP.", "Tomas Brandt, an ex-MP, said so.") is None
    assert described("Tomas Brandt is a former MP.", "Tomas Brandt, a Norvakian MP, said so.") is None
    assert described("Tomas Brandt is a minister.", "Tomas Brandt, a deputy minister, said so.") is None


def test_role_words_inside_a_quotation_do_not_count():
    assert described("Tomas Brandt is a chief engineer.",
                     "“Tomas Brandt, a chief engineer, is lying,” said Brask.") is None
    assert described("Tomas Brandt is a chief engineer.",
                     "Brask said Tomas Brandt was “a chief engineer” once.") is None
    assert described("Tomas Brandt is a chief engineer.",
                     "Tomas Brandt, \"a chief engineer\", said so.") is None


def test_surname_alone_in_a_later_mention():
    passage = "The bridge will hold, Brandt, the ministry's chief engineer, said."
    assert described("Tomas Brandt is the ministry's chief engineer.", passage) == "the ministry's chief engineer"
    assert described("Tomas Brandt is a chief engineer.", passage) == "the ministry's chief engineer"
    # a title word before the surname is fine, another first name is another person
    assert described("Tomas Brandt is a colonel.", "Later Colonel Brandt left.") == "Colonel"
    assert described("Tomas Brandt is a chief engineer.", "Anna Brandt, a chief engineer, said so.") is None


def test_another_person_with_the_role_does_not_match():
    assert described("Tomas Brandt is the foreign minister.",
                     "The foreign minister, Halina Brask, met Tomas Brandt on Monday.") is None
    assert described("Tomas Brandt is the foreign minister.",
                     "Foreign Minister Halina Brask and Tomas Brandt spoke.") is None
    assert described("Tomas Brandt is the foreign minister.",
                     "The foreign minister with Tomas Brandt left.") is None
    assert described("Tomas Brandt is the defence minister.",
                     "Brandt, the defence minister's aide, said so.") is None


def test_name_with_another_role_does_not_match():
    passage = "Tomas Brandt, head of the Valley Post, said the dam is broken."
    assert described("Tomas Brandt is the head of the Valley Post.", passage) == "head of the Valley Post"
    assert described("Tomas Brandt is Norvakia's foreign minister.", passage) is None
    assert described("Tomas Brandt is a colonel.", passage) is None


def test_negated_or_clausal_descriptions_do_not_match():
    assert described("Tomas Brandt is a colonel.", "Tomas Brandt, not a colonel, said so.") is None
    assert described("Tomas Brandt is a colonel.", "Tomas Brandt, formerly a colonel, said so.") is None
    assert described("Tomas Brandt is the defence minister.",
                     "Tomas Brandt, visiting the defence minister, said so.") is None
    assert described("Tomas Brandt is the defence minister.",
                     "The defence minister praised Tomas Brandt.") is None


def test_a_comma_after_a_name_that_opens_a_new_clause_is_no_appositive():
    assert described("Tomas Brandt is the defence minister.",
                     "According to Tomas Brandt, the defence minister said he would resign.") is None
    assert described("Tomas Brandt is a colonel.", "Tomas Brandt, a colonel who lives in Selmara, said so.") == "a colonel"


def test_another_portfolio_contradicts_a_ministers_role():
    from storyscope.verify.roles import contradicts_portfolio

    passage = "Norvakian Foreign Minister Halina Brask said the border would stay open."
    assert contradicts_portfolio("Halina Brask", "Norvakia's defence minister", passage) is not None
    assert contradicts_portfolio("Halina Brask", "Norvakia's foreign minister", passage) is None
    assert contradicts_portfolio("Halina Brask", "a minister", passage) is None  # no portfolio claimed
    assert contradicts_portfolio("Tomas Brandt", "the defence minister", passage) is None  # another person


def test_a_description_with_more_complement_or_another_is_not_the_role():
    passage = "Halina Brask, head of the Norvakian water agency, said the dam held."
    assert describes_role("Halina Brask", "head of the Norvakian water agency", passage) is not None
    assert describes_role("Halina Brask", "head of the water agency", passage) is not None
    assert describes_role("Halina Brask", "head of Norvakia", passage) is None  # only part of what she heads
    # a "boss" is the head, as a "chief" is; a spokesman is not
    assert describes_role("Halina Brask", "Norvakian water agency boss", passage) is not None
    assert describes_role("Halina Brask", "Norvakian water agency spokesman", passage) is None
    passage = "Selmaran Ambassador to Norvakia Tomas Brandt arrived on Monday."
    assert describes_role("Tomas Brandt", "Selmara's ambassador to Norvakia", passage) is not None
    assert describes_role("Tomas Brandt", "Norvakia's ambassador to Selmara", passage) is None  # reversed


def test_a_complement_is_its_first_phrase():
    assert describes_role("Anna Vel", "the mayor of Velm", "Anna Vel, mayor of Velm for ten years, said so.")
    assert describes_role("Anna Vel", "ambassador to Mirenland", "Anna Vel, ambassador to Mirenland since 2019, said so.")
    assert describes_role("Anna Vel", "a professor of history",
                          "Anna Vel, a professor of history at Velm University, said so.")


def test_the_same_title_with_another_named_complement_contradicts():
    from storyscope.verify.roles import contradicts_complement

    passage = "Tomas Brandt, a spokesman for Norvakia, told reporters the bridge held."
    assert contradicts_complement("Tomas Brandt", "a spokesman for Selmara", passage) is not None
    assert contradicts_complement("Tomas Brandt", "a spokesman for Norvakia", passage) is None
    assert contradicts_complement("Anna Vel", "ambassador to the UN", "Anna Vel, ambassador to the United Nations,") \
        is None  # an acronym is not judged
    assert contradicts_complement("Tomas Brandt", "ambassador to Pyongyang",
                                  "Tomas Brandt, ambassador to North Korea, said so.") is None  # the capital


def test_a_second_role_in_a_who_clause_must_be_described_too():
    claim = role_claim("Tomas Brandt is a reserve colonel who works as a television analyst.")
    assert claim == ("Tomas Brandt", "reserve colonel and television analyst")
    passage = "Tomas Brandt, a reserve colonel and TV analyst, said the bridge held."
    assert describes_role(*claim, passage) is not None
    assert describes_role(*role_claim("Tomas Brandt is a reserve colonel who works as a chef."), passage) is None


def test_another_country_before_the_role_contradicts_it():
    from storyscope.verify.roles import contradicts_nationality

    passage = "A former Talvorian MP Halina Brask told the Herald the harbour would stay shut."
    assert contradicts_nationality("Halina Brask", "former Kessian lawmaker", passage) is not None
    assert contradicts_nationality("Halina Brask", "former Talvorian lawmaker", passage) is None
    passage = "Quoted from the Post, Kessian Ambassador Ivo Marr later confirmed the visit."
    assert contradicts_nationality("Ivo Marr", "Talvoria's ambassador to Kessia", passage) is not None


def test_a_complement_beside_an_acronym_is_judged():
    from storyscope.verify.roles import contradicts_complement

    passage = "A spokesman for the Velm Port Authority Ivo Marr told journalists the quay was closed."
    assert contradicts_complement("Ivo Marr", "spokesman for the US State Department", passage) is not None
    # "the UN" alone is still not judged against "the UN's nuclear agency"
    assert contradicts_complement("Ivo Marr", "head of the UN", "Ivo Marr, head of the UN's nuclear agency, said "
                                  "the site was safe.") is None


def test_a_first_name_in_another_transliteration():
    assert describes_role("Aleksandr Marr", "ambassador to Kessia",
                          "Talvoria's ambassador to Kessia, Alexander Marr, said the talks went well.") is not None


def test_speaking_for_a_body_is_a_role():
    assert role_claim("Lena Varga speaks for the Osk Council.") == ("Lena Varga", "spokesperson for the Osk Council")
    assert role_claim("Lena Varga spoke for Velmtrans.") == ("Lena Varga", "spokesperson for Velmtrans")
    assert role_claim("Lena Varga speaks for the Kessian transport ministry.") \
        == ("Lena Varga", "spokesperson for the Kessian transport ministry")
    # not for oneself, for people at large, a country or a people (rhetoric, not a post)
    assert role_claim("Lena Varga speaks for herself.") is None
    assert role_claim("Lena Varga speaks for many farmers.") is None
    assert role_claim("Lena Varga speaks for Latvia.") is None
    assert role_claim("Lena Varga speaks for the Latvians.") is None
    passage = "A spokeswoman for the Osk Council Lena Varga told reporters the bridge would reopen."
    assert contradicting_description(*role_claim("Lena Varga speaks for Velmtrans."), passage) is not None
    assert describes_role(*role_claim("Lena Varga speaks for the Osk Council."), passage) is not None


def test_leading_a_body_is_a_role():
    assert role_claim("Halina Brask leads the Velm harbour authority.") == ("Halina Brask", "head of the Velm harbour authority")
    assert role_claim("Kessia leads the league.") is None  # one name: not taken for a person
    assert role_claim("Halina Brask runs the Velm harbour authority.") == ("Halina Brask", "head of the Velm harbour authority")
    assert role_claim("Halina Brask chaired the Velm harbour authority.") \
        == ("Halina Brask", "head of the Velm harbour authority")


def test_ex_reads_as_former():
    from storyscope.verify.roles import is_former

    assert is_former("Ex-Talvorian MP") and is_former("ex-minister") and is_former("former MP")
    assert not is_former("Talvorian MP")


def test_no_nationality_from_an_ordinary_word_and_no_acronym_from_elsewhere():
    from storyscope.verify.roles import _acronym, contradicts_nationality

    assert contradicts_nationality("Jan Kowal", "veteran lawmaker", "Jan Kowal, a Talvorian lawmaker, said.") is None
    assert not _acronym("ministry", "the spokesman, citing NATO's figures")
    assert _acronym("agency", "head of the UN's nuclear agency")


def test_a_capital_before_the_role_is_its_country():
    from storyscope.verify.roles import contradicts_nationality

    passage = "Russia's ambassador to Kessia, Ivo Marr, said the talks went well."
    assert contradicts_nationality("Ivo Marr", "Moscow's ambassador to Kessia", passage) is None
    assert contradicts_nationality("Ivo Marr", "Talvoria's ambassador to Kessia", passage) is not None


def test_a_who_clause_between_name_and_role():
    assert role_claim("Halina Brask, who called for calm, is a former Talvorian defence minister.") \
        == ("Halina Brask", "former Talvorian defence minister")


def test_an_organisation_before_the_title_is_the_roles_complement():
    from storyscope.verify.roles import contradicting_description

    passage = "A spokesman for the Coast Guard Piet Morel told journalists the crews stayed in port."
    assert contradicting_description("Piet Morel", "Harbour Authority spokesman", passage) is not None
    assert contradicting_description("Piet Morel", "Coast Guard spokesman", passage) is None
    # a people's name before the title is a nationality, not an organisation
    other = "Talvorian ambassador Lena Varga said the talks went well."
    assert contradicting_description("Lena Varga", "Talvorian ambassador", other) is None


def test_a_role_may_name_a_body_by_its_other_words() -> None:
    passage = "On Monday Ida Brask, head of the Norvakian port authority, said the quays were safe."
    assert describes_role("Ida Brask", "Norvakian port chief", passage) is not None
    assert describes_role("Ida Brask", "head of the Norvakian port authority", passage) is not None
    # the body's own words must all be there: "Norvakian chief" is the head of Norvakia, not of its port authority
    assert describes_role("Ida Brask", "Norvakian chief", passage) is None
    assert describes_role("Ida Brask", "Norvakian rail chief", passage) is None


def test_a_commentator_is_no_office_holder() -> None:
    passage = "Tomas Brandt, a retired major and radio defence analyst, said Kessia should refuse the offer."
    assert contradicting_description("Tomas Brandt", "Kessia's defence minister", passage) is not None
    assert contradicting_description("Tomas Brandt", "ambassador to Norland", passage) is not None
    # an analyst is an analyst; an office the writer also gives stands
    assert contradicting_description("Tomas Brandt", "military analyst", passage) is None
    both = "Defence Minister Ida Brask, a former analyst, said the talks failed."
    assert contradicting_description("Ida Brask", "defence minister", both) is None
    # a deputy's office is a state office all the same (two analyst sets read "X, the deputy defence minister," as
    # refuted by "X, a radio defence analyst")
    assert contradicting_description("Tomas Brandt", "deputy minister", passage) is not None
    # a past or another body's office, or a passage that tells a career, is no contradiction
    for role in ("former defence minister", "adviser to the president", "president of Osk College"):
        assert contradicting_description("Tomas Brandt", role, passage) is None, role
    career = "Tomas Brandt, a radio analyst by training, has been Kessia's president since 2029."
    assert contradicting_description("Tomas Brandt", "Kessia's president", career) is None


def test_leading_an_event_or_a_risk_is_no_role():
    assert role_claim("Ilya Brask led the talks with Norvakia in Osk.") is None
    assert role_claim("Ilya Brask ran the Osk marathon on Sunday.") is None
    assert role_claim("Ilya Brask runs the risk of losing his post.") is None


def test_a_fragment_of_a_name_and_a_title_is_a_role_claim():
    assert role_claim("Brask Kessian defence minister") == ("Brask", "Kessian defence minister")
    assert role_claim("Ola Dahl State Department spokesman") == ("Ola Dahl", "State Department spokesman")
    assert role_claim("Lind UN refugee agency chief") == ("Lind", "UN refugee agency chief")
    for not_a_role in ("Kim offered troops", "Brask met minister Velm", "Kessian unit bound for Osk",
                       "Kessia expelled the ambassador of Osk."):
        assert role_claim(not_a_role) is None, not_a_role


def test_a_role_held_when_something_was_done():
    claim = "Ilya Brask was still a sitting member of Kessia's parliament when he spoke to the Osk Herald."
    assert role_claim(claim) == ("Ilya Brask", "sitting member of Kessia's parliament")
    assert not held_then(claim)  # (held at the time told: "former MP" contradicts it)


def test_a_role_in_service_against_a_description_out_of_it():
    from storyscope.verify.roles import contradicts_service

    passage = "Tomas Berg, a reserve colonel and TV analyst, said Kessia should accept the offer."
    assert contradicting_description("Tomas Berg", "serving army officer", passage) is not None
    assert contradicts_service("Ilya Brask", "sitting MP", "Former MP Ilya Brask told the Osk Herald.") is not None
    # (no service said, or none denied)
    assert contradicts_service("Tomas Berg", "reserve colonel", passage) is None
    assert contradicts_service("Ilya Brask", "sitting MP", "Ilya Brask, an MP since 2029, spoke in Osk.") is None


def test_a_post_held_once_is_borne_out_by_former():
    assert held_then("Halina Brask has held the post of foreign minister.")
    assert held_then("Halina Brask held the post of foreign minister.")
    assert not held_then("Halina Brask holds the post of foreign minister.")


def test_a_surname_alone_reaches_a_title_that_ends_in_a_name():
    # the body closing the title ("the Harbour Authority") is capitalised like a first name: the surname alone still
    # finds the title before "Piet Morel"
    passage = "A spokesman for the Harbour Authority Piet Morel told reporters the quay would reopen."
    assert describes_role("Morel", "spokesman for the Harbour Authority", passage) is not None
    assert contradicting_description("Morel", "Coast Guard spokesman", passage) is not None
    assert contradicting_description("Morel", "Harbour Authority spokesman", passage) is None


def test_a_capital_is_its_country_for_any_state_and_a_place_before_the_first_name_is_the_titles():
    passage = "On Monday the Kessian Ambassador to Latvia Ona Brenn held talks with the ministry."
    # (the gazetteer's capitals, not a hand-made list: Riga is Latvia's; Vilnius is not)
    assert contradicting_description("Brenn", "Kessian ambassador in Riga", passage) is None
    assert contradicting_description("Brenn", "Kessian ambassador in Vilnius", passage) is not None
    # the complement must be the capital's country, not merely hold it somewhere
    assert contradicting_description("Brenn", "ambassador in Moscow",
                                     "Ona Brenn, the ambassador to Latvia from Russia, spoke.") is not None
    # the title takes in "North Korea" before the first name: "to North Korea", not "to North"
    passage = "In May, Kessian Ambassador to North Korea Ona Brenn held talks."
    assert describes_role("Brenn", "Kessian ambassador to North Korea", passage) is not None
    assert contradicting_description("Brenn", "Kessian ambassador to North Korea", passage) is None


def test_a_commentator_is_no_spokesman_or_envoy():
    from storyscope.verify.roles import contradicts_office

    passage = "Igor Brandt, a reserve colonel and TV defence analyst, said the offer should be accepted."
    for role in ("a Kessian government spokesman", "Kessia's envoy to Talvoria", "Kessia's defence minister"):
        assert contradicts_office("Igor Brandt", role, passage) is not None, role
    # (a career the passage tells besides, or a role the description shares, is no contradiction)
    assert contradicts_office("Igor Brandt", "a defence analyst", passage) is None
    assert contradicts_office("Igor Brandt", "a spokesman", "Igor Brandt, a TV analyst who served as minister, "
                                                            "said so.") is None
    assert contradicts_office("Igor Brandt", "Kessian government spokesman", "Igor Brandt, the Kessian government "
                              "spokesman and a regular TV commentator, said so.") is None
