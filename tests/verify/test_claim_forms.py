"""Claims in readers' forms (headline colon, passive, statement nouns) put into the plain "X said Y"."""

import pytest

from storyscope.verify.claim_forms import headline_as_statement, passive_as_statement, plain_claim, reaction_as_statement


@pytest.mark.parametrize("claim, plain", [
    ("Port chief Halina Brask: the quay reopens on Monday", "Port chief Halina Brask said the quay reopens on Monday"),
    ("Kessian intelligence: Talvoria is short of fuel", "Kessian intelligence said Talvoria is short of fuel"),
    ("BREAKING: Talvoria closes the Osk crossing", "Talvoria closes the Osk crossing"),
    ("Update: the quay reopens on Monday", "the quay reopens on Monday"),
    ("The mayor had one demand: the dam must close", "The mayor had one demand: the dam must close"),
    # a verb of saying before the colon, a figure, or a clause: not a speaker
    ("Brask tells reporters: the quay reopens", "Brask tells reporters: the quay reopens"),
    ("Update on 12 May: the quay reopens", "Update on 12 May: the quay reopens"),
    ("the vote: a test for Brask", "the vote: a test for Brask"),
])
def test_headline_as_statement(claim, plain):
    assert headline_as_statement(claim) == plain


@pytest.mark.parametrize("claim, plain", [
    ("New tariffs on Kessia were urged by Talvoria's trade minister.",
     "Talvoria's trade minister urged new tariffs on Kessia."),
    ("Calls for a ceasefire were made by the Kessian envoy in Osk.", "The Kessian envoy called for a ceasefire in Osk."),
    ("Assurances that the dam was safe were given by the mayor of Velm.",
     "The mayor of Velm assured that the dam was safe."),
    ("Confirmation of the troop movements was issued by the Talvorian army.",
     "The Talvorian army confirmed the troop movements."),
    ("The shortages were reported by the harbour master to the council.",
     "The harbour master told the council the shortages."),
    ("A truce was advocated by Brask.", "Brask called for a truce."),
    # a preposition the subject left goes with the verb; a closing "by" phrase the parser hangs elsewhere is the agent
    ("New tariffs on Kessia were called for by Talvoria's trade minister.",
     "Talvoria's trade minister called for new tariffs on Kessia."),
    ("Talvorian dockers were described as highly skilled and hard-working by the harbour master of Velm.",
     "The harbour master of Velm described Talvorian dockers as highly skilled and hard-working."),
    ("The Kessian plan was praised by Brask.", "Brask praised the Kessian plan."),
    # "by" a time or a thing is no speaker; a quantifier before a people keeps no capital
    ("A ceasefire was called for by Friday.", "A ceasefire was called for by Friday."),
    ("The dockers were described as exhausted by the long march.",
     "The dockers were described as exhausted by the long march."),
    ("Many Kessian refugees were welcomed by Talvoria.", "Talvoria welcomed many Kessian refugees."),
    # a deed done by someone named: the doer first, in the verb's tense, agreeing with the doer
    ("Fuel was provided by Kessia.", "Kessia provided fuel."),
    ("Relations with Osk were severed by Kessia in May.", "Kessia severed relations with Osk in May."),
    ("The pact has been signed by Brask and Velm.", "Brask and Velm have signed the pact."),
    ("Up to 900 dockers are being trained by Talvoria to unload grain.",
     "Talvoria is training up to 900 dockers to unload grain."),
    ("The envoy was already expelled by Kessia.", "Kessia already expelled the envoy."),
    ("The ferry has already been seized by Talvoria.", "Talvoria has already seized the ferry."),
    ("Recognition of the Osk republic was granted by Talvoria on 3 May.", "Talvoria recognised the Osk republic on 3 May."),
    ("The accord would be brought about by the Velm talks.", "The Velm talks would bring about the accord."),
    # (an object telling a clause of its own keeps the verb's time apart from it)
    ("A pact that binds each side to help was signed by Brask and Velm on 3 May.",
     "Brask and Velm signed on 3 May a pact that binds each side to help."),
    # a name opening the claim keeps its capital, a pronoun takes its object case
    ("Talvoria was invaded by Kessia in 2031.", "Kessia invaded Talvoria in 2031."),
    ("He was replaced by Ida Brask.", "Ida Brask replaced him."),
    # a perfect after a modal, an empty "it", a deadline, a doer with a phrase of its own, a deed noun in the future
    ("New tariffs could have been imposed by Kessia.", "New tariffs could have been imposed by Kessia."),
    ("It was decided by the council that the port stays shut.", "It was decided by the council that the port stays shut."),
    ("The troops must be withdrawn by Victory Day.", "The troops must be withdrawn by Victory Day."),
    ("The troops must be withdrawn by the summit.", "The troops must be withdrawn by the summit."),
    ("Recognition of Osk will be granted by Kessia.", "Recognition of Osk will be granted by Kessia."),
    # deeds of no one named, a doer with an aside, a denied passive and active claims stay as written
    ("Homes were destroyed by the storm.", "Homes were destroyed by the storm."),
    ("The port was closed by Friday.", "The port was closed by Friday."),
    ("The deal was brokered by Talvoria, a neighbour.", "The deal was brokered by Talvoria, a neighbour."),
    ("New tariffs were not urged by the minister.", "New tariffs were not urged by the minister."),
    ("The minister urged new tariffs.", "The minister urged new tariffs."),
    # a translation's word order
    ("By Kessian news agency Norpress it was claimed that the dam held.",
     "Kessian news agency Norpress claimed that the dam held."),
    ("By the ministry of Kessia it was reported that the dam held.", "The ministry of Kessia reported that the dam held."),
    ("By Monday it was reported that the dam held.", "By Monday it was reported that the dam held."),
    ("By the end of the week, it was reported that the dam held.",
     "By the end of the week, it was reported that the dam held."),
])
def test_passive_as_statement(claim, plain):
    assert passive_as_statement(claim) == plain


def test_plain_claim_chains_the_forms():
    assert plain_claim("The claim that the quay was shut came from Brask.") == "Brask said the quay was shut."
    assert plain_claim("Talvoria sent 300 engineers to Osk.") == "Talvoria sent 300 engineers to Osk."


@pytest.mark.parametrize("claim, plain", [
    ("Brask made her comments about the quay to the daily Velm Post.", "Brask told the daily Velm Post about the quay."),
    ("Brask delivered her warning at a news conference in Osk.", "Brask said at a news conference in Osk."),
    ("Brask made her flood warning at a news conference in Osk.", "Brask said at a news conference in Osk."),
    ("Brask made her comments about the quay in an interview with Ferrynet.", "Brask told Ferrynet about the quay."),
    ("Brask spoke to reporters about the quay.", "Brask told reporters about the quay."),
    ("Brask has given her words about the quay to the newspaper Velm Post.",
     "Brask has told the newspaper Velm Post about the quay."),
    ("Brask made her call for new pumps at a news conference in Osk.",
     "Brask called for new pumps at a news conference in Osk."),
    ("Brask made a call to the minister.", "Brask made a call to the minister."),  # a phone call
    ("Brask spoke of a grave threat.", "Brask said a grave threat."),
    # the occasion of remarks about something is what such a claim says: left as written
    ("Brask made her remarks about the quay during a visit to Osk.",
     "Brask made her remarks about the quay during a visit to Osk."),
])
def test_spoken_as_statement(claim, plain):
    from storyscope.verify.claim_forms import spoken_as_statement

    assert spoken_as_statement(claim) == plain


def test_a_statement_relayed_by_a_cited_medium_is_read_as_the_speakers():
    from storyscope.verify.claim_forms import cited_as_statement

    assert cited_as_statement("Citing the Harbour Gazette, the paper writes that envoy Oskar Vell confirmed the "
                              "plan.") == "Envoy Oskar Vell confirmed the plan."
    assert cited_as_statement("According to the news agency Norpress, Minister Ida Brask denied the report.") \
        == "Minister Ida Brask denied the report."


def test_a_cited_person_or_a_plain_report_keeps_its_source():
    from storyscope.verify.claim_forms import cited_as_statement

    # (Brask's own claim that Vell confirmed it, not Vell's words)
    for claim in ("According to Ida Brask, Oskar Vell confirmed the plan.",
                  "Citing Norpress, the paper writes that the dam held.",
                  "Citing Norpress, he said the dam held.",
                  "One article says at least 1,500 homes were flooded."):
        assert cited_as_statement(claim) == claim


def test_quoted_as_calling_and_a_quoted_remark_read_as_what_was_said():
    assert plain_claim("Ida Brask is quoted as calling the engineers careful.") == "Ida Brask called the engineers careful."
    assert plain_claim("Ida Brask made her “no retreat” remark at a rally in Velm.") \
        == "Ida Brask said “no retreat” at a rally in Velm."
    assert plain_claim("The “storm fodder” warning came from spokesman Piet Morel.") \
        == "spokesman Piet Morel said “storm fodder”."


def test_a_speakers_title_in_an_apposition_a_cleft_or_a_relative_clause():
    from storyscope.verify.statements import speaker_title

    assert speaker_title("Norpress, the Talvorian news agency, was the outlet that ") \
        == ("Talvorian news agency", "Norpress")
    assert speaker_title("Lena Varga, who heads the Kessian navy, ") == ("head of the Kessian navy", "Lena Varga")
    # a one-word name takes only an outlet's title; a relative clause of another verb is no title
    assert speaker_title("Varga, the mayor, ") is None
    assert speaker_title("Lena Varga, who spoke to reporters, ") is None


def test_a_label_the_passage_gives_otherwise():
    from storyscope.verify.statements import label_conflict

    passage = "The Velm Herald quoted Hale as calling the rebels bandits."
    assert label_conflict("Jon Hale called the rebels heroes.", passage)
    assert not label_conflict("Jon Hale called the rebels bandits.", passage)
    # urging is no label, and a clause after the object is no label either
    assert not label_conflict("Hale called on the rebels to surrender.", "Hale called on the rebels to lay down arms.")
    assert not label_conflict("The ministry branded the claims fake news.",
                              "The ministry branded the claims that engineers were in Osk as fake news.")


def test_a_statement_told_as_the_speakers_noun():
    from storyscope.verify.claim_forms import statement_occasion

    assert plain_claim("Brask's warning to the council was that the dam would fail.") \
        == "Brask told the council that the dam would fail."
    assert plain_claim("Brask's claim that the dam would fail was made at a rally in Osk.") \
        == "Brask claimed that the dam would fail at a rally in Osk."
    assert plain_claim("Brask's description of the plan as risky was given in an interview with the Velm Post.") \
        == "Brask described the plan as risky in an interview with the Velm Post."
    assert plain_claim("Brask's remark that the dam held was made to the council in Osk.") \
        == "Brask told the council in Osk that the dam held"
    assert statement_occasion("Brask's claim that the dam would fail was made at a rally in Osk.") == "at a rally in Osk."
    # not a statement told as a noun
    assert plain_claim("Brask's claims were false.") == "Brask's claims were false."
    assert statement_occasion("Brask claimed the dam would fail at a rally.") == ""


def test_near_misses_of_titles_labels_and_advice():
    from storyscope.verify.roles import contradicting_description
    from storyscope.verify.statements import label_conflict, labels, said_content, speaker_title

    # a past "who headed" is no present title; "who ran for" is no title at all
    assert speaker_title("Ivo Renn, who headed the army, ") is None
    assert speaker_title("Ivo Renn, who ran for president, ") is None
    # a council's secretary named in short
    assert contradicting_description("Ola Fenn", "Security Council secretary",
                                     "Ola Fenn, secretary of the National Security and Defence Council, said so.") is None
    # a derivation is the same label; a phone call is no label
    assert not label_conflict("Ivo Renn called the election a fraud.", "Renn called the election fraudulent.")
    assert labels("Renn called his counterpart twice.") == []
    assert labels("Renn called the envoy last week.") == []
    # "advised" in a relative clause is not the claim's cue
    assert said_content("Ada Kell, a retired general who advised the president, said the plan would fail.").strip() \
        == "the plan would fail."


def test_decision_words_are_not_their_other_senses():
    from storyscope.verify.actions import parse_texts, states_action

    assert not states_action("approve", parse_texts(["Talvoria backed away from the sanctions package."])[0])
    assert not states_action("approve", parse_texts(["An aid convoy passed the border at Tarn."])[0])
    assert not states_action("welcome", parse_texts(["Ada Kell, who hails from Osk, spoke about the truce."])[0])
    assert states_action("approve", parse_texts(["The parliament adopted the sanctions bill."])[0])


def test_the_writers_description_is_a_role_claim():
    from storyscope.verify.roles import described_as_role, role_claim

    assert role_claim("Lena Varga is described as a Kessian envoy who said the talks failed.") \
        == ("Lena Varga", "Kessian envoy")
    assert described_as_role("One article presents Lena Varga as a trade envoy.") == "Lena Varga is a trade envoy."
    assert described_as_role("Norpress, the agency behind the claim, is described as a Talvorian news agency.") \
        == "Norpress is a Talvorian news agency."
    assert described_as_role("Lena Varga said the talks failed.") == "Lena Varga said the talks failed."
    assert described_as_role("Dask was described as a traitor by the ministry.") \
        == "Dask was described as a traitor by the ministry."
    assert described_as_role("Officials said the strike was described as a war crime.") \
        == "Officials said the strike was described as a war crime."


def test_an_articles_source_is_the_statements_speaker():
    from storyscope.verify.claim_forms import cleft_as_statement, sourced_as_statement

    assert sourced_as_statement("One article credits the news agency Norpress with the claim that the dam held.") \
        == "The news agency Norpress said the dam held."
    assert sourced_as_statement("The article relies on state radio for the report that the dam held.") \
        == "State radio said the dam held."
    assert sourced_as_statement("The report attributes its claim that troops moved to the border to Norpress.") \
        == "Norpress said troops moved to the border"
    # a named article is a claim about that article, which no rule checks; a cause is no source
    for claim in ("The Velm Post article relies on state radio for the report that the dam held.",
                  "The report attributes the claims that the dam failed to sabotage."):
        assert sourced_as_statement(claim) == claim
    assert sourced_as_statement("The article cites the Harbour Gazette for the claim that Envoy Oskar Vell confirmed "
                                "the plan.") == "Envoy Oskar Vell confirmed the plan."
    # a person citing a source makes the claim their own
    claim = "Brask cited state radio for the claim that the dam held."
    assert sourced_as_statement(claim) == claim
    assert cleft_as_statement("It was Kessia that dismissed the reports as fake news.") \
        == "Kessia dismissed the reports as fake news."
    assert cleft_as_statement("It was Talvoria that cut ties with Kessia.") == "It was Talvoria that cut ties with Kessia."
    assert plain_claim("Piet Morel is quoted telling journalists that the crews stayed.") \
        == "Piet Morel told journalists that the crews stayed."


def test_an_assessments_wording():
    from storyscope.verify.claim_forms import reporting_as_statement
    from storyscope.verify.roles import role_claim
    from storyscope.verify.statements import statement_claim

    assert reporting_as_statement("Open-source reporting indicates that the dam held.") == "Reports say that the dam held."
    assert reporting_as_statement("The dam held.") == "The dam held."
    assert statement_claim("Lena Varga assessed that the dam would hold.")
    assert not statement_claim("Engineers assessed the damage to the dam.")
    assert role_claim("Lena Varga is identified in the reporting as a retired general.") == ("Lena Varga",
                                                                                              "retired general")


def test_a_noun_statement_is_not_cut_at_a_passive_inside_it():
    assert plain_claim("Brask's denial that orders were given to fire on protesters was issued on Monday.") \
        == "Brask denied that orders were given to fire on protesters on Monday."
    for claim in ("Brask's claim that the funds were given to the militia is unproven.",
                  "Brask's dismissal of Dask was made public on Friday."):
        assert plain_claim(claim) == claim


def test_little_experience_is_the_opposite_of_vast_experience():
    from storyscope.verify.statements import opposite_phrase

    assert opposite_phrase("Brask said the crews have little experience with storms.",
                           "The crews have vast experience with storms, Brask said.")
    assert not opposite_phrase("Brask said the crews have vast experience with storms.",
                               "The crews have a wealth of experience with storms, Brask said.")


@pytest.mark.parametrize(
    ("claim", "plain"),
    [
        ("The signing of the water treaty by Kessia and Norland took place on 3 May.",
         "Kessia and Norland signed the water treaty on 3 May."),
        ("Signature of the water treaty took place on 3 May.", "The water treaty was signed on 3 May."),
        ("Envoy Vell's talks with the Norland ministry took place in March and April.",
         "Envoy Vell held talks with the Norland ministry in March and April."),
        ("Kessia's recognition of the Osk republic came on 13 July.", "Kessia recognised the Osk republic on 13 July."),
        ("Lamm's visit to Velm took place in September.", "Lamm visited Velm in September."),
        # not an event noun, no time or place after it, or no doer for a verb without a passive: unchanged
        ("Lamm's trip to Velm took place in September.", "Lamm's trip to Velm took place in September."),
        ("The signing of the treaty took place.", "The signing of the treaty took place."),
        ("The meeting of the two envoys took place in Osk.", "The meeting of the two envoys took place in Osk."),
        # the visitor is no object, a time is no doer, "to" or "of" after talks is no object, "came in for" is no time
        ("The visit of Ivo Lamm took place on 8 May.", "The visit of Ivo Lamm took place on 8 May."),
        ("Monday's meeting took place in Velm.", "Monday's meeting took place in Velm."),
        ("Lamm's announcement to the nation came on Monday.", "Lamm's announcement to the nation came on Monday."),
        ("The signing of the pact by Lamm came in for criticism on 3 May.",
         "The signing of the pact by Lamm came in for criticism on 3 May."),
    ],
)
def test_an_event_told_by_its_noun_is_read_as_the_act(claim: str, plain: str) -> None:
    from storyscope.verify.claim_forms import event_as_action

    assert event_as_action(claim) == plain


def test_an_event_between_two_parties_that_was_on_a_date_is_their_act() -> None:
    from storyscope.verify.claim_forms import event_as_action

    assert event_as_action("Signing of the accord between Brask and Velm was on 4 May.") == \
        "Brask and Velm signed the accord on 4 May."
    assert event_as_action("The signing of the accord was in doubt.") == "The signing of the accord was in doubt."
    assert event_as_action("The meeting of the council was on Monday.") == "The meeting of the council was on Monday."


def test_a_wire_brief_in_plain_form() -> None:
    from storyscope.verify.claim_forms import brief_as_claim

    assert brief_as_claim("MAY 4 - Brask, Velm signed trade accord, officials said.") == \
        "In May, Brask and Velm signed trade accord."
    assert brief_as_claim("JUNE 12 - Kessian President Ana Velm, Talvorian envoy Ivo Lamm met in Osk.") == \
        "In June, Kessian President Ana Velm and Talvorian envoy Ivo Lamm met in Osk."
    assert brief_as_claim("Velm made her sanctions call at a rally in Osk.") == \
        "Velm made her call for sanctions at a rally in Osk."
    assert brief_as_claim("Velm made her first call to Lamm.") == "Velm made her first call to Lamm."
    assert brief_as_claim("Velm made her sales call to Lamm.") == "Velm made her sales call to Lamm."
    assert brief_as_claim("Brask, Velm and Lamm signed the accord.") == "Brask, Velm and Lamm signed the accord."
    # the dateline is the report's day: its own time, or a month's first days, leave the event undated by it
    assert brief_as_claim("JULY 20 - Kessia and Osk signed a trade pact on Sunday.") == \
        "Kessia and Osk signed a trade pact on Sunday."
    assert brief_as_claim("AUGUST 1 - Brask resigned.") == "Brask resigned."
    # no pair of names: a title after the name, a place, a speaker
    assert brief_as_claim("JULY 19 - Brask, Kessia's trade minister, signed the pact.") == \
        "In July, Brask, Kessia's trade minister, signed the pact."
    assert brief_as_claim("JULY 19 - In Osk, Brask signed the pact.") == "In July, in Osk, Brask signed the pact."
    assert brief_as_claim("JULY 19 - Brask, Velm said, signed the pact.") == "In July, Brask, Velm said, signed the pact."


@pytest.mark.parametrize("claim, plain", [
    ("After Kessia recognised the republics, Osk cut its ties with Kessia.",
     "Osk cut its ties with Kessia after Kessia recognised the republics."),
    ("Since 2029, Brask has led the ministry.", "Brask has led the ministry since 2029."),
    ("Before the accord was signed, Velm flew to Riga!", "Velm flew to Riga before the accord was signed!"),
])
def test_a_time_clause_put_first_goes_last(claim: str, plain: str) -> None:
    from storyscope.verify.claim_forms import time_clause_last

    assert time_clause_last(claim) == plain


@pytest.mark.parametrize("claim", [
    "After months of talks, the accord.",  # no clause after the comma
    "If Kessia attacks, Osk will mobilise.",  # a condition stays where it is
    "After the vote Brask resigned.",  # no comma
    "After the accord, envoy Ana Velm warned that the port would close.",  # it would join what she said
    "After the vote, Brask resigned. Velm took over the ministry.",  # not onto the second sentence
    "Once a rival, Velm now backs Brask in Osk.",  # no time
    "After the strike, the port was closed and Velm resigned.",  # it scopes over both
])
def test_no_time_clause_moved(claim: str) -> None:
    from storyscope.verify.claim_forms import time_clause_last

    assert time_clause_last(claim) == claim


@pytest.mark.parametrize("claim, plain", [
    ("The city where Brask signed the accord was Riga.", "Brask signed the accord in Riga."),
    ("The day on which Velm resigned was 3 May.", "Velm resigned on 3 May."),
    ("The envoy who signed the accord was Ana Velm.", "Envoy Ana Velm signed the accord."),
    # no event, or a clause of its own: as written
    ("The city where it rained is big.", "The city where it rained is big."),
    ("The official who said it was fired.", "The official who said it was fired."),
])
def test_which_place_time_or_person_as_the_plain_statement(claim: str, plain: str) -> None:
    from storyscope.verify.claim_forms import which_as_statement

    assert which_as_statement(claim) == plain


@pytest.mark.parametrize("claim, plain", [
    ("Brask met Velm in Riga rather than in Osk.", "Brask met Velm in Riga."),
    ("The envoy spoke for the ministry instead of the Velm palace.", "The envoy spoke for the ministry."),
    ("Kessia, not Osk, signed the pact.", "Kessia signed the pact."),
    ("Osk cut ties after, not before, the vote.", "Osk cut ties after the vote."),
    ("The dam is in Kessia, not Osk.", "The dam is in Kessia."),
    # a negation, and "not only": as written
    ("Brask did not sign the pact.", "Brask did not sign the pact."),
    ("Kessia signed the pact, not only the accord.", "Kessia signed the pact, not only the accord."),
    # a kind against a kind is often the point in dispute
    ("The crews would be welders, not soldiers.", "The crews would be welders, not soldiers."),
    ("Osk is paid in grain rather than cash.", "Osk is paid in grain rather than cash."),
])
def test_what_a_claim_sets_its_point_against_is_left_out(claim: str, plain: str) -> None:
    from storyscope.verify.claim_forms import without_contrast

    assert without_contrast(claim) == plain


@pytest.mark.parametrize("claim, plain", [
    ("Kessia responded to the vote by closing its embassy in Osk.", "Kessia closed its embassy in Osk."),
    ("Dubko reacted to the leak by urging Velm to resign.", "Dubko urged Velm to resign."),
    ("Velm replied by saying the port was safe.", "Velm said the port was safe."),
    ("The crowd reacted by cheering.", "The crowd reacted by cheering."),  # (no act beyond the reaction)
    ("Osk responded by nothing.", "Osk responded by nothing."),
    ("Brask responded to the vote with a speech.", "Brask responded to the vote with a speech."),
    ("Osk's response to the leak reports was to call them lies.", "Osk called the leak reports lies."),
    ("Velm's reaction to the ruling was to cut ties with Brask.", "Velm cut ties with Brask."),
    ("Osk's response was to wait.", "Osk's response was to wait."),  # nothing after the act
])
def test_a_reaction_told_by_its_act_is_the_act(claim, plain):
    assert reaction_as_statement(claim) == plain


def test_remarks_made_doing_something_are_the_doing() -> None:
    from storyscope.verify.claim_forms import spoken_as_statement

    assert spoken_as_statement("Envoy Velk made his comments praising the builders to the daily Osk Herald.") == \
        "Envoy Velk praised the builders in remarks to the daily Osk Herald."
    assert spoken_as_statement("Brask made her remarks calling for calm.") == "Brask called for calm."
    assert spoken_as_statement("Brask made her remarks praising the crews during a visit to Osk.") == \
        "Brask praised the crews during a visit to Osk."
