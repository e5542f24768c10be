"""Attribution rules on short fictional texts (loads the model)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from storyscope.model import Annotations, Attribution

pytestmark = pytest.mark.slow

Annotate = Callable[[str], Annotations]


def _find(atts: tuple[Attribution, ...], fragment: str) -> Attribution:
    hits = [a for a in atts if fragment in a.content]
    assert hits, f"no attribution with content containing {fragment!r}: {[a.content for a in atts]}"
    return hits[0]


@pytest.mark.parametrize(
    ("text", "fragment", "speaker", "direct", "hedged"),
    [
        # direct quote + "he said", pronoun resolved to the last named subject
        (("Marta Lindqvist, the harbour director, spoke on Tuesday.\n\n"
          "“The new ferry will carry four hundred passengers,” she said."),
         "The new ferry will carry", "Marta Lindqvist", True, False),
        # "X said “...”"
        ("Harbour director Marta Lindqvist said “the ferry will be ready before the winter storms”.",
         "the ferry will be ready", "Marta Lindqvist", True, False),
        # "He told lawmakers: “...”"
        ("Tomas Berglund visited the port.\n\nHe told lawmakers: “We cannot afford another delay this year.”",
         "We cannot afford another delay", "Tomas Berglund", True, False),
        # "X told Y that ..."
        ("Tomas Berglund told reporters that the shipyard had missed three deadlines.",
         "the shipyard had missed three deadlines", "Tomas Berglund", False, False),
        # "X told Y, “...”"
        ("Tomas Berglund told the committee, “The shipyard has missed every deadline we gave it.”",
         "The shipyard has missed every deadline", "Tomas Berglund", True, False),
        # according to a report by an outlet
        ("According to a report by “Kustposten”, the shipyard will close in March.",
         "the shipyard will close in March", "Kustposten", False, False),
        # "according to this": the report told just before
        ("According to a report by “Kustposten”, the shipyard will close in March. According to this, the "
         "last ferry leaves the yard in May.",
         "the last ferry leaves the yard", "Kustposten", False, False),
        # a report whose cue is a plain verb of saying
        ("A report by Kustposten said the shipyard will close. According to this, the last ferry leaves the yard "
         "in May.",
         "the last ferry leaves the yard", "Kustposten", False, False),
        # ... but not a person's words told just before: an unnamed source
        ("According to a report by “Kustposten”, the shipyard will close. Mayor Mara Quill said she was shocked. "
         "According to this, the last ferry leaves the yard in May.",
         "the last ferry leaves the yard", None, False, True),
        # a document's own words, in the past tense or in part
        (("Tomas Berglund praised the deal.\n\nOn 3 May Berglund and Aino Salonen signed a ferry accord which "
          "read, “Each side shall keep two ferries on the route in every month of the year.”"),
         "Each side shall keep two ferries", "ferry accord", True, False),
        (("Tomas Berglund praised the deal.\n\nOn 3 May Berglund and Aino Salonen signed a ferry accord which "
          "reads, in part, “Each side shall keep two ferries on the route in every month of the year.”"),
         "Each side shall keep two ferries", "ferry accord", True, False),
        # a document's own words: the document speaks, not its signers
        (("Tomas Berglund praised the deal.\n\nOn 3 May Berglund and Aino Salonen signed a ferry accord which "
          "reads, “Each side shall keep two ferries on the route in every month of the year.”"),
         "Each side shall keep two ferries", "ferry accord", True, False),
        # indirect speech, ORG speaker with "the" trimmed
        ("The Ministry of Transport denied that the ferry contract had been cancelled.",
         "the ferry contract had been cancelled", "Ministry of Transport", False, False),
        # claim cue hedges
        ("Local fishermen claim the new breakwater has ruined the spring catch.",
         "the new breakwater has ruined", "Local fishermen", False, True),
        # "claim" the parser reads as a noun: a modifier of "barns", or a root noun heading a clause
        ("Farmers near the border in East Ukraine claim barns have been shelled.",
         "barns have been shelled", "Farmers", False, True),
        ("Residents living near the old reservoir in South Ukraine claim wells have been poisoned.",
         "wells have been poisoned", "Residents", False, True),
        ("Locals living near the dam in Selmara claim homes have been flooded.",  # "claim" tagged VERB, compound
         "homes have been flooded", "Locals", False, True),
        # a speaker who passes on unnamed reports vouches for no more than that they exist
        ("Harbour director Marta Lindqvist said “There are reports that the shipyard will close in March.”",
         "the shipyard will close in March", "Marta Lindqvist", True, True),
        ("Tomas Berglund said there have been rumours that the ferry line will be sold.",
         "the ferry line will be sold", "Tomas Berglund", False, True),
        ("Tomas Berglund said there are no reports that the ferry line will be sold.",
         "the ferry line will be sold", "Tomas Berglund", False, False),
        ("Tomas Berglund said there's reports that the ferry line will be sold.",
         "the ferry line will be sold", "Tomas Berglund", False, True),
        # a count of reports, or little sign of one, is the speaker's own word
        ("Police chief Ola Brenn said there have been 14 reports of burglaries in Osk since January.",
         "14 reports of burglaries", "Ola Brenn", False, False),
        ("Mayor Ida Lund said there is little indication that Brask will close the Osk shipyard.",
         "Brask will close the Osk shipyard", "Ida Lund", False, False),
        # title resolved to the person named before
        (("Premier Aino Salonen opened the bridge on Monday.\n\n"
          "The Finnish premier said the second bridge would follow within two years."),
         "the second bridge would follow", "Aino Salonen", False, False),
    ],
)
def test_speaker_and_content(annotate: Annotate, text: str, fragment: str, speaker: str, direct: bool,
                             hedged: bool) -> None:
    att = _find(annotate(text).attributions, fragment)
    assert att.speaker == speaker
    assert att.direct is direct
    assert att.hedged is hedged


@pytest.mark.parametrize(
    ("text", "fragment", "cue"),
    [
        ("The island's governor is said to have sold the lighthouse to a private buyer.",
         "sold the lighthouse", "is said"),
        ("It is believed that the lighthouse was sold for a symbolic sum.", "the lighthouse was sold", "is believed"),
        ("The governor reportedly sold the lighthouse to a private buyer.", "sold the lighthouse", "reportedly"),
    ],
)
def test_agentless_hedges(annotate: Annotate, text: str, fragment: str, cue: str) -> None:
    att = _find(annotate(text).attributions, fragment)
    assert att.speaker is None
    assert att.hedged is True
    assert att.cue == cue


def test_is_known_to_gives_no_source_but_is_no_hedge(annotate: Annotate) -> None:
    att = _find(annotate("The governor is already known to have visited the lighthouse twice.").attributions,
                "visited the lighthouse")
    assert (att.speaker, att.cue, att.hedged) == (None, "is already known", False)
    # (not known is no settled knowledge)
    for text in ("It is not known whether the governor visited the lighthouse.",
                 "The governor is not known to have visited the lighthouse."):
        att = _find(annotate(text).attributions, "visited the lighthouse")
        assert att.hedged is True, text


def test_offsets_index_the_text(annotate: Annotate) -> None:
    text = "Marta Lindqvist said the ferry would be delayed.\n\n“It will sail in June,” she added."
    for att in annotate(text).attributions:
        assert text[att.start:att.end] == att.content
        assert text[att.cue_start:att.cue_end] == att.cue
        if att.source_start is not None:
            assert text[att.source_start:att.source_end] == att.source_text


def test_pronoun_source_keeps_written_words(annotate: Annotate) -> None:
    text = "Marta Lindqvist opened the terminal.\n\n“This terminal was built by local workers,” she said."
    att = _find(annotate(text).attributions, "This terminal was built")
    assert att.speaker == "Marta Lindqvist"
    assert att.source_text == "she"


def test_multi_paragraph_quote_keeps_speaker(annotate: Annotate) -> None:
    text = (
        "Port engineer Olav Rasmussen described the repairs.\n\n"
        "“The old pier had rotted from the inside,” he said.\n\n"
        "“We replaced every pile under the waterline and tested each one.\n\n"
        "“Nobody will notice the work, and that is the point.”\n\n"
        "The pier reopens next week."
    )
    atts = annotate(text).attributions
    for fragment in ("The old pier had rotted", "We replaced every pile", "Nobody will notice the work"):
        att = _find(atts, fragment)
        assert att.speaker == "Olav Rasmussen"
        assert att.direct is True


def test_quote_opened_before_cue_paragraph(annotate: Annotate) -> None:
    text = (
        "Olav Rasmussen told the harbour board, “The pier had rotted from the inside out.\n\n"
        "“We replaced every pile under the waterline.”"
    )
    atts = annotate(text).attributions
    assert _find(atts, "We replaced every pile").speaker == "Olav Rasmussen"


def test_scare_quote_is_not_direct(annotate: Annotate) -> None:
    text = "Olav Rasmussen said the pier was “basically rotten”."
    att = _find(annotate(text).attributions, "the pier was")
    assert att.direct is False
    assert att.speaker == "Olav Rasmussen"


def test_apposition_gives_the_name_only(annotate: Annotate) -> None:
    text = "Olav Rasmussen, a retired engineer and harbour pilot, said the pier was unsafe."
    att = _find(annotate(text).attributions, "the pier was unsafe")
    assert att.speaker == "Olav Rasmussen"
    assert att.speaker_label == "PERSON"


def test_quoted_from_outlet(annotate: Annotate) -> None:
    text = "Quoted from Harbour Watch Weekly, the port authority later confirmed the sale."
    atts = annotate(text).attributions
    assert any(a.speaker == "Harbour Watch Weekly" and a.cue == "Quoted from" for a in atts)


def test_no_attribution_without_cue(annotate: Annotate) -> None:
    assert annotate("The ferry left the harbour at noon with forty cars on board.").attributions == ()


def test_doc_never_escapes(annotate: Annotate) -> None:
    ann: Any = annotate("Marta Lindqvist said the ferry was late.")
    for att in ann.attributions:
        for value in (att.speaker, att.content, att.cue, att.source_text):
            assert value is None or isinstance(value, str)


def test_writers_aside_is_not_part_of_the_claim(annotate: Annotate) -> None:
    """ "X claimed Y, a figure that Z dismissed": Z's denial is not relayed by X, and it is about "a figure"."""
    atts = annotate("The Kestrel news agency claimed that 9,000 pilgrims were waiting at the border, "
                    "a figure that the interior ministry later dismissed as invented.").attributions
    claim = _find(atts, "9,000 pilgrims")
    assert claim.content.endswith("waiting at the border")
    denial = next(a for a in atts if "dismissed" in a.cue)
    assert denial.content == "a figure"
    assert not (claim.start <= denial.cue_start < claim.end)


def test_passive_with_agent_takes_the_subject_as_content(annotate: Annotate) -> None:
    atts = annotate("The new ferry timetable was announced on Monday by harbour director Marta Lindqvist.").attributions
    att = next(a for a in atts if "announced" in a.cue)
    assert att.content == "The new ferry timetable"
    assert att.speaker == "Marta Lindqvist"
    assert att.cue.startswith("was announced")


def test_relative_clause_cue_content_follows_the_cue(annotate: Annotate) -> None:
    atts = annotate("The convoy, which the Valdoran army says will grow to 400 trucks, crossed the river on Friday.").attributions
    att = next(a for a in atts if a.cue == "says")
    assert att.content == "will grow to 400 trucks"


def test_citing_inside_according_to_is_a_chain(annotate: Annotate) -> None:
    from storyscope.annotate.chains import enclosing_attributions

    atts = annotate("According to the Harbour Gazette, citing two port officials, the ferry will stay "
                    "docked until May.").attributions
    outer = next(a for a in atts if a.cue == "According to")
    inner = next(a for a in atts if a.cue == "citing")
    assert inner.content == "the ferry will stay docked until May"
    assert "officials" in (inner.source_text or "")
    assert enclosing_attributions(atts)[atts.index(inner)] == atts.index(outer)


def test_content_runs_over_a_clause_the_parser_split(annotate: Annotate) -> None:
    """spaCy may read "occupied" as a second complement of "said"; the content still ends at the sentence's end."""
    atts = annotate("On a trip to Tallinn, the Valdoran leader said some Norvakian engineers were already on the "
                    "ground in parts of Selmara’s occupied territories.").attributions
    assert _find(atts, "Norvakian engineers").content.endswith("occupied territories")


def test_agentless_accusation_keeps_what_was_alleged(annotate: Annotate) -> None:
    atts = annotate("The statement came as Valdora was accused of using “scorched earth tactics” by flooding "
                    "farmland near the border.").attributions
    att = next(a for a in atts if "accused" in a.cue)
    assert att.speaker is None and att.hedged
    assert att.content.startswith("Valdora") and "scorched earth tactics" in att.content


def test_agentless_accusation_is_reported_not_asserted(annotate: Annotate) -> None:
    """A claim sentence carrying an accusation nobody is named for is relayed, not the outlet's own assertion."""
    ann = annotate("The statement came as Valdora was accused of using “scorched earth tactics” by flooding "
                   "farmland near the border at Tarn.")
    claim = next(c for c in ann.claims if "accused" in c.text)
    assert claim.stance == "reports" and claim.hedged


def test_participle_after_remarks_speaks_for_who_made_them(annotate: Annotate) -> None:
    """ "It follows remarks the president made ..., claiming ...": the claim is the president's, not nobody's."""
    atts = annotate("President Ana Reet said on Monday that the border was calm. It follows remarks the Valdoran "
                    "president made to reporters, claiming border guards had confirmed the arrival of 300 "
                    "Norvakian engineers.").attributions
    att = next(a for a in atts if a.cue == "claiming")
    assert att.speaker == "Ana Reet"


def test_passive_addressee_and_dashed_asides(annotate: Annotate) -> None:
    """ "X was warned by Y" gives no content (X is the one spoken to); a dash before an aside is not content."""
    atts = annotate("The harbour master was warned by police on Monday.").attributions
    assert not any("warned" in a.cue for a in atts)
    atts = annotate("The figure — which the ferry company dismissed — was 9,000.").attributions
    assert next(a for a in atts if "dismissed" in a.cue).content == "The figure"


def test_parenthetical_cue_splits_its_content(annotate: Annotate) -> None:
    text = "Harbour director Marta Lindqvist toured the dock.\n\nThe old levee, she said, would hold until Friday."
    att = _find(annotate(text).attributions, "would hold")
    assert att.speaker == "Marta Lindqvist"
    assert att.content == "The old levee, she said, would hold until Friday"
    assert att.cue == "said"
    left, right = att.content_spans()
    assert text[left[0]:left[1]] == "The old levee"
    assert text[right[0]:right[1]] == "would hold until Friday"


def test_closing_cue_after_a_comma(annotate: Annotate) -> None:
    text = "Harbour director Marta Lindqvist toured the dock.\n\nThe old levee would hold until Friday, she said."
    att = _find(annotate(text).attributions, "would hold")
    assert att.speaker == "Marta Lindqvist"
    assert att.content == "The old levee would hold until Friday"
    assert att.gap_start is None


def test_quote_after_a_full_stop_is_not_the_cues(annotate: Annotate) -> None:
    text = ("The old levee would hold until Friday, Marta Lindqvist said. "
            "“We have sandbags for another week at least,” the mayor Tomas Berglund added.")
    att = _find(annotate(text).attributions, "We have sandbags")
    assert att.speaker == "Tomas Berglund"
    assert _find(annotate(text).attributions, "would hold").speaker == "Marta Lindqvist"


def test_two_character_quote_marks(annotate: Annotate) -> None:
    text = "''The ferry will carry four hundred passengers,'' Marta Lindqvist said."
    att = _find(annotate(text).attributions, "four hundred passengers")
    assert att.speaker == "Marta Lindqvist"
    assert att.direct is True


def test_called_for_is_a_cue_with_its_demand(annotate: Annotate) -> None:
    att = _find(annotate("Opposition leader Mara Quill called for an independent inquiry into the collapse.").attributions,
                "independent inquiry")
    assert att.speaker == "Mara Quill"
    assert att.cue == "called for"
    assert att.content == "an independent inquiry into the collapse"


def test_transcript_speaker_before_a_colon(annotate: Annotate) -> None:
    text = ("Radio Ulvan spoke to harbour director Marta Lindqvist and engineer Ana Okafor.\n\n"
            "Lindqvist: The barriers will hold until the weekend.\n\n"
            "Okafor: The pumps will not last that long.\n\n"
            "Source: Radio Ulvan\n\n"
            "Scandal at Easter: a boat was found in the harbour.\n\n"
            "WASHINGTON: The senate voted on the harbour bill.")
    atts = annotate(text).attributions
    att = _find(atts, "barriers will hold")
    assert att.speaker == "Marta Lindqvist"
    assert att.cue == ":"
    assert not [a for a in atts if "Radio Ulvan" in a.content or "boat was found" in a.content
                or "senate voted" in a.content]


def test_lone_kicker_with_a_colon_is_no_speaker(annotate: Annotate) -> None:
    text = "Harbour: The new ferry will carry four hundred passengers from May.\n\nThe Harbour board met on Monday."
    assert not [a for a in annotate(text).attributions if a.cue == ":"]


def test_inch_marks_are_not_quotes(annotate: Annotate) -> None:
    att = _find(annotate("The 12'' pipe burst near the dam, engineer Ana Okafor said.").attributions, "pipe burst")
    assert att.speaker == "Ana Okafor"


def test_quote_after_a_statement_sentence_is_still_the_speakers(annotate: Annotate) -> None:
    text = "Mara Quill said in a statement. “We have tested the barriers twice this winter.”"
    att = _find(annotate(text).attributions, "tested the barriers")
    assert att.speaker == "Mara Quill"
    assert att.direct is True


def test_finding_stated_in_a_poll(annotate: Annotate) -> None:
    text = "In a new Harbour Gazette poll, Mayor Ana Ruiz leads her rival by nine points."
    att = _find(annotate(text).attributions, "leads her rival")
    assert att.cue == "In"
    assert att.source_text == "a new Harbour Gazette poll"
    assert att.content == "Mayor Ana Ruiz leads her rival by nine points"


def test_trend_in_the_polls_is_no_finding(annotate: Annotate) -> None:
    assert not [a for a in annotate("Ruiz slid in the polls after the ferry strike.").attributions if a.cue == "in"]


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("Port records show that the dredging firm was paid twice for the same work.",
         "Port records", "that the dredging firm was paid twice for the same work"),
        # the parser reads "port records show" as one noun phrase
        ("The dredging firm was paid twice for the same work in May, port records show.",
         "port records", "The dredging firm was paid twice for the same work in May"),
    ],
)
def test_records_show(annotate: Annotate, text: str, source: str, content: str) -> None:
    att = _find(annotate(text).attributions, "paid twice")
    assert att.cue == "show"
    assert att.source_text == source
    assert att.content == content


def test_issued_a_statement_saying(annotate: Annotate) -> None:
    att = _find(annotate("The Harbour Board issued a statement saying the ferry would resume on Monday.").attributions,
                "would resume")
    assert att.source_text == "The Harbour Board"
    assert att.cue == "issued a statement saying"


def test_short_quote_closed_by_its_cue(annotate: Annotate) -> None:
    att = _find(annotate("“Not even once,” Ana Ruiz replied.").attributions, "Not even once")
    assert att.speaker == "Ana Ruiz"
    assert att.direct is True


def test_quote_with_its_own_cue_is_not_the_last_speakers(annotate: Annotate) -> None:
    text = ("“The pier must close tonight,” Ana Ruiz said.\n\n"
            "“We have already hired three new pilots for the spring,” Tomas Berglund replied.")
    assert _find(annotate(text).attributions, "three new pilots").speaker == "Tomas Berglund"


def test_quote_opening_a_sentence_inside_a_paragraph(annotate: Annotate) -> None:
    text = ("Harbour director Ana Ruiz said the pier was unsafe. "
            "“Nobody should walk there after dark, and the rails are loose.”")
    att = _find(annotate(text).attributions, "Nobody should walk there")
    assert att.speaker == "Ana Ruiz"
    assert att.direct is True


def test_agentless_question(annotate: Annotate) -> None:
    atts = annotate("Asked whether the ferry would resume on Monday, Ana Ruiz said she hoped so.").attributions
    asked = _find(atts, "whether the ferry would resume")
    assert asked.cue == "Asked"
    assert asked.source_text is None
    assert _find(atts, "she hoped so").speaker == "Ana Ruiz"


def test_called_for_a_clause(annotate: Annotate) -> None:
    att = _find(annotate("Ana Ruiz is calling for the harbour board to resign before the winter.").attributions,
                "to resign")
    assert att.cue == "is calling for"
    assert att.content == "the harbour board to resign before the winter"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The pilot called the new ferry a floating disaster.", "the new ferry a floating disaster"),
        ("The pilot compared the new ferry to a bathtub with an engine, which amused the crew.",
         "the new ferry to a bathtub with an engine"),
    ],
)
def test_object_content_keeps_its_complements(annotate: Annotate, text: str, content: str) -> None:
    att = _find(annotate(text).attributions, "the new ferry")
    assert att.content == content


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("As Ana Ruiz reported on Monday, the ferry will not sail before March.",
         "the ferry will not sail before March", "reported"),
        ("The ferry will not sail before March, as Ana Ruiz noted.", "The ferry will not sail before March", "noted"),
    ],
)
def test_as_clause_vouches_for_its_main_clause(annotate: Annotate, text: str, content: str, cue: str) -> None:
    att = _find(annotate(text).attributions, content)
    assert att.speaker == "Ana Ruiz"
    assert att.content == content
    assert cue in att.cue


def test_a_paragraph_that_lost_its_reopening_mark_stays_in_the_quote(annotate: Annotate) -> None:
    # the middle paragraph continues the quote opened above and reopened below, but the scrape lost its mark
    text = ("Harbour master Ivo Brenk told the Herald, “The ferry is one of our key links and it matters.\n\n"
            "Essentially all the cargo that is supposed to pass through here comes from Velm.\n\n"
            "“Osk is cautious, but Velm is not.\n\n"
            "“So there is no problem for us.”\n\nLeave a Comment")
    att = _find(annotate(text).attributions, "Essentially all the cargo")
    assert att.speaker == "Ivo Brenk" and att.direct
    # a paragraph between a closed quote and the next one is the writer's
    text = ("Ivo Brenk told the Herald, “The ferry matters.”\n\nThe port reopened in May.\n\n“Osk is cautious.”")
    assert not [a for a in annotate(text).attributions if "reopened in May" in a.content]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # a passive cue whose subject is "This": what the sentences before told, back to one that does
        # not itself open with a demonstrative
        ("The Velm council will sell the old harbour to Brask Shipping. This is meant to pay for the new "
         "bridge. This was confirmed by the harbour master on local radio.",
         "was confirmed",
         "The Velm council will sell the old harbour to Brask Shipping. This is meant to pay for the new bridge"),
        # "denied that": the sentence before
        ("Ana Kessia said the harbour deal was signed. Osk Holdings denied that.",
         "denied", "Ana Kessia said the harbour deal was signed"),
    ],
)
def test_a_demonstrative_content_is_what_was_told_before(annotate: Annotate, text: str, cue: str,
                                                          content: str) -> None:
    att = next(a for a in annotate(text).attributions if a.cue == cue)
    assert att.content == content
    assert text[att.start:att.end] == att.content


def test_an_agentless_hedge_of_a_demonstrative_keeps_its_own_words(annotate: Annotate) -> None:
    text = "Talvoria will send 3,000 engineers to Velm next week. This is intended as help for the Velm army."
    for att in annotate(text).attributions:
        assert att.source_start is not None or "will send 3,000 engineers" not in att.content


def test_a_demonstrative_opening_its_paragraph_stays(annotate: Annotate) -> None:
    text = "Ana Kessia said the harbour deal was signed.\n\nOsk Holdings denied that."
    att = next(a for a in annotate(text).attributions if a.cue == "denied")
    assert att.content == "that"


def test_a_content_clause_the_parse_made_a_second_subject_stays_out_of_the_source(annotate: Annotate) -> None:
    # (the parse takes "harbour" of the content for a subject of "said" beside the speaker's phrase)
    # (our hostile-input QA's own wording, whose parse does this)
    att = _find(annotate("The Velmar harbour reopened on Tuesday, harbour master Dranov said. Dranov said 40 ships "
                         "were waiting.").attributions, "reopened on Tuesday")
    assert att.source_text == "harbour master Dranov"
    assert att.content == "The Velmar harbour reopened on Tuesday"


def test_a_writers_gloss_closing_reported_words_is_not_their_content(annotate: Annotate) -> None:
    text = ("Last spring Ola Brenn told reporters that Velm is \u201cfighting a just war,\u201d it will guard its "
            "\u201cown harbours\u201d against \u201cthe greedy neighbours,\u201d making reference to Osk.")
    att = _find(annotate(text).attributions, "fighting a just war")
    assert att.content.endswith("greedy neighbours,\u201d")
    assert "Osk" not in att.content
    assert text[att.start:att.end] == att.content


def test_words_that_ask_whether_a_thing_holds_are_hedged(annotate: Annotate) -> None:
    text = ("The question is whether it is really 3,000 volunteers that Brenn has offered to Osk, Velm radio "
            "reported on Monday.")
    att = _find(annotate(text).attributions, "3,000 volunteers")
    assert att.hedged is True
