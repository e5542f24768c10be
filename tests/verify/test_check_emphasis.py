"""Claims as viral posts and committee briefings word them: words in capitals for emphasis ("signed on 13 MAY"),
a second act told by a participle (", promising new ferries"), the place of a news conference given by a
participle ("a news conference held in Oslo"), a litotes ("told them not to be shy about") and a speaker's
"nothing" that is their own dismissal."""

import pytest

from storyscope.verify.actions import negated
from storyscope.verify.claim_forms import (
    attributed_as_statement,
    spoken_plainly,
    timeline_entry,
    without_emphasis,
    written_plainly,
)
from storyscope.verify.headlines import headline_as_sentence
from storyscope.verify.compound import _points_back, claim_parts

from .conftest import check_verdicts


def test_capitals_for_emphasis_are_written_plainly() -> None:
    assert without_emphasis("BREAKING: Brask signed the accord on 13 MAY, sending THOUSANDS of engineers") == \
        "Breaking: Brask signed the accord on 13 May, sending thousands of engineers"
    assert without_emphasis("Velm ADMITTED nothing about the deal") == "Velm admitted nothing about the deal"
    assert without_emphasis("Velm may sign, he MAY sign it soon") == "Velm may sign, he may sign it soon"
    # a name the pile holds is written as the pile writes it
    assert without_emphasis("Velm met KASK in Oslo on Monday", holds={"Kask"}.__contains__) == \
        "Velm met Kask in Oslo on Monday"
    for kept in ("TROOPS SENT BY VELM", "The WHO chief spoke.", "NATO chief Velm spoke.", "MAY 3 - Velm spoke.",
                 "Velm met OSKARSSON.", "Norway signed a grain deal with TURKEY in May.", "New START expired last year.",
                 "The CARES Act passed the house.", "The UNITED NATIONS met in Oslo.", "Velm flew to NORTH KOREA today."):
        assert without_emphasis(kept) == kept, kept


def test_a_participle_tells_a_second_act() -> None:
    assert claim_parts("Brask signed the accord on 13 May, promising new ferries for Osk.") == \
        ["Brask signed the accord on 13 May.", "Brask promised new ferries for Osk."]
    assert claim_parts("Velm criticised the plan, urging the council to wait.") == \
        ["Velm criticised the plan.", "Velm urged the council to wait."]
    # a part may refute its claim unless it points back into the sentence; two names own their "their"
    assert not _points_back("Halina Brask and Taras Velm signed their accord on 13 May.")
    assert _points_back("Velm said their accord was signed.") and _points_back("Brask and Velm said it was late.")
    assert _points_back("Osk and Velm condemned their attack.")
    assert claim_parts("Velm and Brask signed the accord on 3 May, promising ferries for Osk.") == \
        ["Velm and Brask signed the accord on 3 May.", "Velm and Brask promised ferries for Osk."]
    assert claim_parts("Prices rose by 5 percent in May, suggesting the slump is over.") == []  # (the writer's inference)


def test_a_briefings_attributions_read_as_statements() -> None:
    assert attributed_as_statement("According to remarks attributed to Minister Velm in Oslo, the port will reopen.") \
        == "Minister Velm said in Oslo that the port will reopen."
    assert attributed_as_statement("According to comments made by Velm at a press conference in Oslo, it will open.") \
        == "Velm said at a press conference in Oslo that it will open."
    assert attributed_as_statement("Osk radio reported Velm had resigned.") == "Osk radio reported that Velm had resigned."
    assert attributed_as_statement("Osk was the first port on Earth to ban diesel.") == \
        "Osk was the first port in the world to ban diesel."
    assert attributed_as_statement("According to remarks attributed to Velm in Oslo, Kessia will send ferries.") == \
        "Velm said in Oslo that Kessia will send ferries."  # (the name keeps its capital)
    for kept in ("According to Velm, the port will reopen.", "She reported Tuesday.", "Velm reported the theft.",
                 "According to remarks attributed to Velm in Oslo, I will resign.",
                 "Osk radio reported Tuesday Velm had resigned.", "Kyiv confirmed Kessians captured near Osk.",
                 "The official who reported Velm was fired last week.", "The capsule landed on Earth on Tuesday.",
                 "Life on Earth is at risk."):
        assert attributed_as_statement(kept) == kept, kept


def test_a_posts_label_and_a_present_with_a_time_ahead() -> None:
    assert written_plainly("It's official: the ferry accord holds") == "The ferry accord holds"
    assert written_plainly("Confirmed: Velm resigned") == "Velm resigned"
    assert without_emphasis("The first ferry sails to Osk NEXT MONTH") == "The first ferry sails to Osk next month"
    assert headline_as_sentence("A ferry unit heads to Osk next month to help") == \
        "A ferry unit will head to Osk next month to help"
    assert headline_as_sentence("Brask signs the accord next Monday in Oslo") == \
        "Brask will sign the accord next Monday in Oslo"
    assert written_plainly("BREAKING: CONFIRMED: Velm resigned") == "Velm resigned"
    for kept in ("Velm says the ferry sails next week", "The ferry sailed last week", "Official figures show a rise",
                 "Official: Kessian troops crossed the border", "Velm holds the presidency until next year",
                 "Tensions rise ahead of next week's summit", "The embassy sits next to the ministry",
                 "The ferry runs soon after dawn", "Velm hopes for a deal next week", "Kessia fears an offensive next month",
                 "Velm pledges support at next week's summit"):
        assert headline_as_sentence(written_plainly(kept)) == kept, kept


def test_a_podcasts_fillers_are_left_out() -> None:
    assert spoken_plainly("So basically, if I remember right, Osk radio was reporting that Velm offered ferries in "
                          "exchange for, like, grain.") == "Osk radio reported that Velm offered ferries in exchange for grain."
    assert spoken_plainly("Dubko, a reserve colonel, I think, was saying the port should open.") == \
        "Dubko, a reserve colonel, said the port should open."
    assert spoken_plainly("Velm was telling Nato, I think, that 300 ferries were ready.") == \
        "Velm told Nato that 300 ferries were ready."
    assert spoken_plainly("They sent something like 300 ferries, right?") == "They sent 300 ferries."
    # what the speaker relayed and then endorsed is their claim
    assert spoken_plainly("Port officials were saying the quay was flooded, so I think that's what was going on.") == \
        "The quay was flooded"
    assert spoken_plainly("So Osk reopened its port on 3 May") == "Osk reopened its port on 3 May"
    for kept in ("I think that Velm resigned.", "Velm said he would like 100 more.", "The ship looks like a ferry.",
                 "Right now the port is closed.", "So far, 300 ferries have sailed.", "So much for the accord.",
                 "Look at the port.", "Turnout was nothing like 50 percent.", "Brask confirmed that is what happened.",
                 "There were warning signs before the collapse.", "Velm was right?", "Velm was telling lies.",
                 "Velm told voters you know nothing about Osk.", 'Velm said, "You know, the port is closed."'):
        assert spoken_plainly(kept) == kept, kept


def test_a_panels_hesitations_and_resumed_subjects_are_left_out() -> None:
    assert spoken_plainly("And the ferry deal, uh, it was signed in Osk.") == "The ferry deal was signed in Osk."
    assert spoken_plainly("Right, and the port authority, they came out and just denied the leak.") == \
        "The port authority denied the leak."
    assert spoken_plainly("Dubko, Osk's harbour master, he's the one who, um, closed the quay.") == \
        "Dubko, Osk's harbour master, is the one who closed the quay."
    assert spoken_plainly("Velm, the envoy, his view was basically that the ferries are safe.") == \
        "Velm's view was that the ferries are safe."
    assert spoken_plainly("The Osk strike, remember, that began back in March 2030.") == \
        "The Osk strike began back in March 2030."
    assert spoken_plainly("The quay was, sort of, reopened, if you can believe it, by the navy.") == \
        "The quay was reopened by the navy."
    for kept in ("In June, it was reported that the quay flooded.", "Last week, they met in Osk.",
                 "The mayor's message was reassuring, that the quay is safe.", "Velm, the envoy, said the port is open.",
                 "Brask and Velm, they said, signed the deal.", "The ferries, it seems, are safe.",
                 "According to Velm, his plan ends the strike.", "Despite the vote, they kept the port open."):
        assert spoken_plainly(kept) == kept, kept


def test_a_day_told_as_an_ordinal_is_a_date() -> None:
    assert written_plainly("Brask signed the accord on the twenty-third of May.") == "Brask signed the accord on 23 May."
    assert written_plainly("The ferry sailed on the 3rd of June") == "The ferry sailed on 3 June"
    assert written_plainly("The ferry sails on June the first") == "The ferry sails on June 1"
    for kept in ("Kessia was the third state to recognise Osk.", "Velm may the first time refuse.",
                 "The second of the ferries sailed in June."):
        assert written_plainly(kept) == kept, kept


def test_a_timeline_entry_is_dated_in_words() -> None:
    assert timeline_entry("2031-05-03: Brask, Velm sign accord") == "Brask, Velm sign accord on 3 May 2031"
    assert timeline_entry("13/05: Osk reopens its port.") == "Osk reopens its port on 13 May"
    assert timeline_entry("Mid-May - Velm tells Osk radio the port will reopen") == \
        "Velm tells Osk radio the port will reopen in May"
    assert timeline_entry("Autumn 2031: the ferries return") == "The ferries return in Autumn 2031"
    for kept in ("06/07: Velm resigns", "CORRECTION: Velm resigned", "The pact: signed", "Velm: the port reopens",
                 "May: Brexit means Brexit.", "2030 - 2031: Velm served as mayor of Osk.", "24/7: the port is open",
                 "10/10: a perfect score", "15.5: the inflation rate", "1500 - the jobs Osk cut",
                 "2031-05-03: Velm announced he will resign on 10 May"):
        assert timeline_entry(kept) == kept, kept


def test_litotes_is_no_negation() -> None:
    assert not negated("told the council not to be shy about taking the loan")
    assert not negated("We shouldn't be shy about it")
    assert negated("said the council would not take the loan")
    assert negated("said the council would not revive the failed loan")


_ARTICLES = [
    {"id": "e1", "published": "2031-05-05", "title": "Ferry accord",
     "text": "Halina Brask and Taras Velm signed the ferry accord on 3 May 2031 in Oslo.\n\n"
             "Velm warned of delays to the first sailings, he said at a news conference in Oslo.\n\n"
             "Velm's office branded the reports of a secret annex as fake news."},
]


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory) -> dict[str, str]:
    claims = {
        "capital_date_wrong": "BREAKING: Halina Brask and Taras Velm signed the ferry accord on 13 MAY",
        "held_in_wrong": "Velm warned of delays to the first sailings at a news conference held in Helsinki.",
        "held_in": "Velm warned of delays to the first sailings at a news conference held in Oslo.",
        "nothing": "Velm's office admitted nothing: it branded the reports of a secret annex as fake news.",
    }
    return check_verdicts(tmp_path_factory.mktemp("emphasis"), _ARTICLES, claims)


@pytest.mark.slow
def test_post_and_briefing_forms_are_checked(verdicts) -> None:
    assert verdicts["capital_date_wrong"] == "refuted"
    assert verdicts["held_in_wrong"] == "refuted"
    assert verdicts["held_in"] == "supported"
    assert verdicts["nothing"] != "refuted"  # (a guard: the office's own dismissal is its "nothing")
