"""``check`` end to end on a small invented corpus: hybrid retrieval and the aggregation rules on real passages."""

import json

import pytest

pytestmark = pytest.mark.slow  # runs analyze (spaCy) once for the module

from storyscope.pipeline import analyze
from storyscope.settings import Settings
from storyscope.store import Store
from storyscope.store.search import search_passages
from storyscope.verify.check import check_claim, check_claims, verdict_to_json
from storyscope.verify.dates import event_date
from storyscope.verify.names import unknown_names
from storyscope.verify.parties import interested_party
from storyscope.verify.retrieve import retrieve
from storyscope.verify.stance_rules import predicate_cover
from storyscope.verify.statements import figures as stated_figures
from storyscope.verify.statements import statement_claim

ARTICLES = [
    {"id": "a1_coastwatch", "published": "2025-05-02", "title": "Kestrel bridge to reopen after repairs",
     "text": "The Kestrel bridge over the Ondra river reopens to traffic on 12 May 2025 after a three-month "
             "closure.\n\nWorkers have replaced the cracked steel bearings that forced the closure in February.\n\n"
             "The Talvorian border guard denied on Friday that its soldiers had crossed into Mirenland near the "
             "village of Osk.\n\nFarmers in Osk told reporters they had seen armoured vehicles on the Mirenian side "
             "of the fence.\n\nAnalyst Petra Lund said the harbour at Velm would be closed for a month because of "
             "the silt."},
    {"id": "a2_valley_post", "published": "2025-05-03", "title": "Traffic plans for the Kestrel bridge",
     "text": "Buses will return to the Kestrel bridge when it reopens to traffic on 12 May 2025.\n\n"
             "A spokesman for Talvoria's defence ministry rejected reports that Talvorian soldiers had crossed into "
             "Mirenland as baseless.\n\nAnalyst Petra Lund said the harbour at Velm would be closed for a month while "
             "dredgers work.\n\nThe spring storm destroyed 412 homes along the northern coast."},
    {"id": "a3_harbour_news", "published": "2025-05-04", "title": "Velm counts the cost of the storm",
     "text": "Fishermen in Velm have begun repairing their boats after the spring storm.\n\nThe regional council has "
             "opened a fund for families whose houses were damaged.\n\nThe Osk crossing point remained closed to "
             "civilians on Sunday, officials in Mirenland said.\n\nVolunteers handed out blankets and hot meals at "
             "the school gym.\n\nThe storm killed 12 people and injured 140 along the coast."},
    {"id": "a4_border_times", "published": "2025-05-05", "title": "Talvoria asks its allies for help",
     "text": "Talvoria has fought Mirenland along the Osk river since the spring.\n\nA Mirenian general told "
             "reporters that Kessia was preparing 5,000 engineers to help Talvorian forces in the war.\n\n"
             "The Talvorian defence ministry dismissed the reports that Kessian engineers would join the war as "
             "fabrications.\n\nTalvorian officials have asked their allies for fuel and field hospitals.\n\n"
             "Talvoria was accused of shelling the ferry landing at Osk during the night.\n\n"
             "Halina Brask, a former Talvorian defence minister, said the landing had been hit twice.\n\n"
             "Fishermen who have worked for decades near the old Velm harbour claim that boats have been sunk.\n\n"
             "Brask told reporters the Velm harbour would stay shut for weeks while the silt is cleared.\n\n"
             "Karin Holm, a ferry captain, said the night crossings would resume in June.\n\n"
             "Holm said 40 ferries were stuck in the port at Velm."},
    {"id": "a5_border_review", "published": "2025-05-06", "title": "How the Osk border was settled",
     "text": "The water treaty between Talvoria and Mirenland was conditional on Mirenland's recognition of the "
             "Osk border.\n\nThe small republic did so on 4 April, as the second country after Kessia. Kessia then "
             "severed relations with Talvoria.\n\n"
             "The old Osk pier gave way on Saturday night after the spring storm.\n\n"
             "Kessia rejected the grain offer from Mirenland. Talvoria accepted the grain offer a day later."},
    {"id": "a6_supply_watch", "published": "2025-05-07", "title": "What Kessia gives Talvoria",
     "text": "Kessia is already known to have delivered large quantities of diesel and tents to Talvoria.\n\n"
             "Kessia is known to be ready to send 3,000 medics to Talvoria.\n\n"
             "Analyst Jonas Weir said there were reports that 3,000 Kessian medics were ready to go.\n\n"
             "A convoy of Kessian medics is set to head to Mirenland next week.\n\n"
             "In exchange for fuel, Kessia would send field kitchens to Talvoria.\n\n"
             "Engineer Jonas Weir said the old Osk dam was not in danger from the spring floods."},
]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    folder = tmp_path_factory.mktemp("check")
    src = folder / "in"
    src.mkdir()
    (src / "articles.jsonl").write_text("\n".join(json.dumps(a) for a in ARTICLES) + "\n", encoding="utf-8")
    analyze([src], folder / "out", None, Settings(processes=1))
    return folder / "out" / "storyscope.duckdb"


@pytest.fixture
def store(store_path):
    with Store(store_path) as s:
        yield s


def test_a_claim_nothing_touches_is_not_enough_evidence(store):
    verdict = check_claim(store, "The Ondra river flooded the capital's metro system")
    assert verdict.verdict == "not_enough_evidence"
    assert verdict.confidence >= 0.8
    assert "say nothing" in verdict.explanation


def test_hybrid_retrieval_finds_a_paraphrase_bm25_misses(store):
    claim = "Hundreds of houses were wrecked by a gale"
    target = "The spring storm destroyed 412 homes along the northern coast."
    assert target not in {text for _, _, _, text, _ in search_passages(store, claim, 40)}
    assert target in {c.text for c in retrieve(store, claim)}


def test_an_interested_partys_denial_is_not_refutation(store):
    verdict = check_claim(store, "Talvorian soldiers crossed into Mirenland")
    assert verdict.verdict == "not_enough_evidence"
    assert any(e.stance == "disagree" for e in verdict.evidence)
    assert "not independent refutation" in verdict.explanation


def test_a_relayed_claim_is_not_endorsement(store):
    verdict = check_claim(store, "The harbour at Velm will be closed for a month")
    assert verdict.verdict == "not_enough_evidence"
    assert {e.attributed_to for e in verdict.evidence} >= {"Petra Lund"}
    assert "relay" in verdict.explanation


def test_evidence_older_than_the_event_cannot_confirm_it(store):
    verdict = check_claim(store, "The Kestrel bridge reopened to traffic on 12 May 2025")
    assert verdict.verdict == "not_enough_evidence"
    assert "published before the event" in verdict.explanation


def test_a_figure_one_article_states_in_its_own_voice_is_supported(store):
    verdict = check_claim(store, "The spring storm destroyed 412 homes")
    assert verdict.verdict == "supported"
    assert any(e.stance == "agree" for e in verdict.evidence)
    # a figure only an analyst is reported to give is not (a6: "Analyst Jonas Weir said there were reports ...")
    assert check_claim(store, "3,000 Kessian medics were ready to go to Talvoria").verdict != "supported"


def test_batch_matches_single_checks_and_json_follows_the_contract(store):
    claims = ["The spring storm destroyed 412 homes", "Talvorian soldiers crossed into Mirenland"]
    batch = check_claims(store, claims)
    assert [v.verdict for v in batch] == [check_claim(store, c).verdict for c in claims]
    obj = verdict_to_json(batch[0])
    assert set(obj) == {"claim", "verdict", "confidence", "evidence", "explanation"}
    assert set(obj["evidence"][0]) == {"article", "text", "start", "end", "stance", "score", "attributed_to"}
    assert all(e["stance"] in ("agree", "disagree", "discuss") for e in obj["evidence"])


@pytest.mark.parametrize("claim, expected", [
    ("The bridge reopened on 12 May 2025", "2025-05-12"),
    ("The bridge reopened on May 12, 2025", "2025-05-12"),
    ("The bridge reopened in May 2025", "2025-05-01"),
    ("The bridge reopened", None),
])
def test_event_date_from_the_claim(claim, expected):
    assert event_date(claim, []) == expected


def test_event_date_from_a_matching_timeline_entry():
    timeline = [("2025-03-07", "First Selvan engineers arrive in flooded Dorn"), ("2025-03-01", "Storm hits")]
    assert event_date("Selvan engineers arrived in Dorn", timeline) == "2025-03-07"


@pytest.mark.parametrize("claim, speaker, party", [
    ("Talvorian soldiers crossed into Mirenland", "Talvoria's defence ministry", "Talvorian"),
    ("Troops will fight for Russia in the war", "The Kremlin", "Russia"),
    ("Talvorian soldiers crossed into Mirenland", "Analyst Petra Lund", None),
])
def test_interested_party(claim, speaker, party):
    assert interested_party(claim, speaker) == party


def test_analyze_scores_dossier_claims_with_the_ct24_model(store_path):
    from storyscope.verify.checkworthy import score_sentences

    dossier = json.loads((store_path.parent / "dossier.json").read_text(encoding="utf-8"))
    claims = dossier["claims"]
    assert claims
    expected = score_sentences([c["text"] for c in claims])
    # MiniLM int8 vectors move slightly with their batch neighbours (see storyscope.embed), hence the tolerance.
    assert all(abs(c["checkworthiness"] - e) < 0.05 for c, e in zip(claims, expected))


def test_what_a_source_said_is_supported_by_their_own_words(store):
    verdict = check_claim(store, "Analyst Petra Lund said the harbour at Velm would be closed for a month")
    assert verdict.verdict == "supported"
    assert any(e.stance == "agree" and e.attributed_to == "Petra Lund" for e in verdict.evidence)


def test_a_denial_is_confirmed_by_the_denier_not_contradicted_by_others(store):
    verdict = check_claim(store, "Talvoria's defence ministry rejected reports that its soldiers crossed into Mirenland")
    assert verdict.verdict == "supported"


@pytest.mark.parametrize("text, figures", [
    ("The storm destroyed 412 homes", {"412"}),
    ("Putin and Kim signed a pact on 19 June", set()),
    ("The bridge reopens on May 12, 2025 after 3 months", {"3"}),
    ("Since the invasion in February 2022, 1,200 people have left", {"1200"}),
])
def test_dates_are_not_figures(text, figures):
    assert stated_figures(text) == figures


@pytest.mark.parametrize("claim, expected", [
    ("Analyst Petra Lund said the harbour will close", True),
    ("The harbour will close, according to the port authority", True),
    ("The harbour will close for a month", False),
])
def test_statement_claim(claim, expected):
    assert statement_claim(claim) is expected


def test_a_claim_about_something_no_article_names_is_not_enough_evidence(store):
    known = check_claim(store, "The spring storm destroyed homes along the northern coast")
    assert known.verdict == "supported"
    unknown = check_claim(store, "The spring storm destroyed homes along the northern coast of Zembla")
    assert unknown.verdict == "not_enough_evidence"
    assert "No stored article names Zembla" in unknown.explanation
    assert unknown_names(store, "Talvorian soldiers left Kestrel for Zembla and Quorn") == ["Zembla", "Quorn"]
    assert unknown_names(store, "Kyiv and Kiev") == ["Kyiv", "Kiev"]  # neither spelling is in the fixture
    assert unknown_names(store, "Talvoria's border guard and Mirenland's farmers") == []


@pytest.mark.parametrize(("claim", "passage", "cover"), [
    ("Norland recognised the new republic", "Norland's recognition of the new republic", 1.0),
    ("Norland recognised the new republic", "Norland will recognize the new republic", 1.0),
    ("Norland attacked the port", "Norland attached the port", 0.5),
    ("Norland will elect a mayor", "the election of a mayor in Norland", 1.0),
])
def test_predicate_cover_reads_spelling_and_derivation(claim, passage, cover):
    assert predicate_cover(claim, passage) == cover


def test_a_denial_that_restates_the_claims_figure_does_not_contradict_it():
    from storyscope.verify.statements import reaffirms_figure

    passage = "The ministry dismissed the reports, insisting that its mission is limited to 2,000 engineers."
    assert reaffirms_figure({"2000"}, passage)
    assert not reaffirms_figure({"2000"}, "The ministry denied that it would send 2,000 engineers.")


def test_a_government_the_story_is_about_denies_as_an_interested_party(store):
    # The claim names only Kessia, but the denying ministry speaks for Talvoria, whose war the article is about.
    # (Not refuted: the reports it dismisses are in the article, a Mirenian general's; one side's word against the
    # other's, nothing independent either way, is conflicting.)
    verdict = check_claim(store, "Kessian engineers will join the war.")
    assert verdict.verdict == "conflicting", verdict.explanation
    assert "Talvori" in verdict.explanation and "not independent refutation" in verdict.explanation
    assert "and denied by" in verdict.explanation


def test_a_speakers_own_denial_refutes_a_claim_that_they_confirmed_it(store):
    verdict = check_claim(store, "The Talvorian defence ministry confirmed that Kessian engineers will join the war.")
    assert verdict.verdict == "refuted", verdict.explanation


@pytest.mark.parametrize("speaker, article, party", [
    ("The Kremlin", "Russia said ... Russian troops ... Moscow ...", "Russia"),
    ("The Kremlin", "Russia said ... the war ...", None),  # named twice: not what the article is about
    ("A spokesman for Talvoria's defence ministry", "Talvoria ... Talvorian ... Talvorian", "Talvoria"),
    ("Analyst Petra Lund", "Petra Lund ... Lund ... Lund ... Lund", None),  # not a government's voice
    ("President Ana Kessler", "Kessler ... Kessler ... Kessler", None),  # a person, not a state
    ("Brask's ministry", "Brask ... Brask ... Brask", None),  # a minister's name, not a place's
])
def test_story_party(speaker, article, party):
    from storyscope.verify.parties import story_party

    assert story_party(speaker, article, frozenset({"talvoria", "mirenland"})) == party


def test_a_claim_about_an_accusation_is_confirmed_by_the_accusation_not_the_deed(store):
    assert check_claim(store, "Talvoria has been accused of shelling the ferry landing at Osk.").verdict == "supported"
    assert check_claim(store, "Talvoria shelled the ferry landing at Osk.").verdict == "not_enough_evidence"


def test_agreement_needs_the_claims_subject_and_its_action(store):
    # the passage says it of Talvoria, not of Kessia
    assert check_claim(store, "Kessia has fought Mirenland along the Osk river since the spring.").verdict \
        == "not_enough_evidence"
    # the workers replaced the bearings; nothing says they painted them
    assert check_claim(store, "Workers have painted the cracked steel bearings.").verdict == "not_enough_evidence"
    assert check_claim(store, "Workers have replaced the cracked steel bearings.").verdict == "supported"


@pytest.mark.parametrize("claim, passage, missing", [
    ("Russia severed relations with Selmara.", "Kiev then severed relations with Selmara.", True),
    ("Russia severed relations with Selmara.", "The Kremlin severed relations with Selmara.", False),
    ("Russia severed relations with Selmara.", "They then severed relations with Selmara.", False),
    ("Kim Jong Un offered troops.", "Kim offered troops in August.", False),
    ("Kiev severed relations with Selmara.", "Kyiv severed relations with Selmara.", False),
])
def test_subject_missing(claim, passage, missing):
    from storyscope.verify.names import subject_missing

    assert subject_missing(claim, passage) is missing


@pytest.mark.parametrize("claim, action", [
    ("Norvakia has sent troops to Selmara.", "send"),
    ("Brask is said to have offered engineers.", "offer"),
    ("The dam is out of control.", None),
])
def test_claim_action(claim, action):
    from storyscope.verify.actions import claim_action, parse_texts, states_action

    assert claim_action(parse_texts([claim])[0]) == action
    if action:
        assert states_action(action, parse_texts(["Norvakia sent troops and offered engineers."])[0])
        assert not states_action(action, parse_texts(["A unit is set to head to the border next month."])[0])


def test_the_writers_description_of_a_person_decides_a_role_claim(store):
    # the sentence relays Brask's words, but the appositive is the writer's
    assert check_claim(store, "Halina Brask is a former Talvorian defence minister.").verdict == "supported"
    assert check_claim(store, "Halina Brask is the Talvorian defence minister.").verdict == "refuted"
    assert check_claim(store, "Petra Lund is an analyst.").verdict == "supported"


def test_what_a_long_described_source_claims_is_relayed_not_stated(store):
    # the fishermen's description fills most of the sentence, but "sunk" is in what they claim
    assert check_claim(store, "Boats near the Velm harbour have been sunk.").verdict == "not_enough_evidence"


def test_words_the_pile_gives_to_someone_else_refute_a_claim_about_who_said_them(store):
    verdict = check_claim(store, "Karin Holm said the harbour at Velm would be closed for a month.")
    assert verdict.verdict == "refuted", verdict.explanation
    assert "Petra Lund, not to Karin Holm" in verdict.explanation
    assert check_claim(store, "Petra Lund said the harbour at Velm would be closed for a month.").verdict == "supported"
    # Brask said much the same in her own words: not a misattribution
    assert check_claim(store, "Halina Brask said the harbour at Velm would be closed for a month.").verdict \
        != "refuted"


def test_a_report_before_a_planned_event_confirms_the_plan(store):
    # "evidence older than an event cannot confirm it" is for what has happened, not for what will
    assert check_claim(store, "The Kestrel bridge will reopen to traffic on 12 May 2025.").verdict == "supported"
    # ... nor for a plan as it stood then, told in the past ("was due to", "was set to", "were expected to")
    for claim in ("The Kestrel bridge was due to reopen to traffic on 12 May 2025.",
                  "The Kestrel bridge was set to reopen to traffic on 12 May 2025."):
        assert check_claim(store, claim).verdict == "supported", claim


@pytest.mark.parametrize("claim, said", [
    ("The foreign ministry dismissed the report", "the report"),
    ("The dam will hold, Brask said.", "The dam will hold"),
    ("According to the Valley Post, the dam will hold.", "the dam will hold."),
    ("The dam will hold, according to the Valley Post.", "The dam will hold,"),
])
def test_said_content(claim, said):
    from storyscope.verify.statements import said_content

    assert said_content(claim).strip() == said


def test_a_next_sentence_that_refers_back_dates_and_ranks_the_event(store):
    # "The small republic did so on 4 April, as the second country": read with the sentence it refers to
    assert check_claim(store, "Mirenland recognised the Osk border on 4 April.").verdict == "supported"
    assert check_claim(store, "Mirenland recognised the Osk border on 9 April.").verdict == "refuted"
    assert check_claim(store, "Mirenland was the first country to recognise the Osk border.").verdict == "refuted"
    # and the rank it gives confirms the claim that gives it too
    assert check_claim(store, "Mirenland was the second country to recognise the Osk border.").verdict == "supported"


def test_the_evidence_of_a_date_told_in_the_next_sentence_shows_that_sentence(store):
    result = check_claim(store, "Mirenland recognised the Osk border on 9 April.")
    dating = [e.text for e in result.evidence if e.stance == "disagree"]
    assert dating and all("did so on 4 April" in text for text in dating), dating


def test_a_weekday_claim_is_dated_by_the_passages_week_and_a_dated_claim_needs_its_date(store):
    # "gave way on Saturday night" in an article of Tuesday 6 May 2025
    assert check_claim(store, "The old Osk pier collapsed on Saturday.").verdict == "supported"
    assert check_claim(store, "The old Osk pier collapsed on Friday.").verdict == "refuted"
    assert check_claim(store, "The old Osk pier collapsed in March 2025.").verdict == "refuted"


def test_a_claim_dated_otherwise_than_the_sources_is_refuted_and_dated_alike_supported(store):
    assert check_claim(store, "The Kestrel bridge reopens to traffic in June 2025.").verdict == "refuted"
    assert check_claim(store, "The Kestrel bridge reopens to traffic in May 2025.").verdict == "supported"


@pytest.mark.parametrize("claim, expected", [
    ("Norvakia will send from 2000 to 2500 engineers.", []),  # figures, not years
    ("Norvakia will rebuild the dam by 2030.", []),  # a deadline
    ("Up to 12 may be sent.", []),  # "may" the verb
    ("The pact was signed in September.", [(None, 9, None)]),  # a month alone
    ("The leaders met in 2019 and again in 2023.", [(2019, None, None), (2023, None, None)]),
])
def test_claim_dates(claim, expected):
    from storyscope.verify.dates import claim_dates

    assert claim_dates(claim) == expected


def test_an_announcements_date_is_not_the_events():
    from storyscope.verify.dates import date_relation

    passage = "Norvakia will send up to 2,000 engineers to Selmara, the government announced on Monday."
    assert date_relation("Norvakia sent 2,000 engineers to Selmara on 1 March.", passage, "2025-03-05", "send") \
        is None
    passage = "The leaders met in Tesk in 2023."
    assert date_relation("The leaders met in Tesk in 2019 and again in 2023.", passage, "2024-01-01", "meet") == "same"
    assert date_relation("The leaders met in Tesk in 2019 and again in 2021.", passage, "2024-01-01", "meet") is None


@pytest.mark.parametrize("claim, expected", [
    ("The two leaders signed the treaty in 2023.", (2023, None, None)),
    ("The two leaders signed the treaty on 19 June.", (None, 6, 19)),
    ("The two leaders signed the treaty on July 13.", (None, 7, 13)),
    ("The two leaders signed the treaty in July 2022.", (2022, 7, None)),
    ("The two leaders signed the treaty on 3 March 2021.", (2021, 3, 3)),
    ("Norvakia will send 2,000 engineers.", None),
])
def test_claim_date(claim, expected):
    from storyscope.verify.dates import claim_dates

    assert claim_dates(claim) == ([expected] if expected else [])


@pytest.mark.parametrize("claim, relation", [
    ("Brask and Lindqvist signed the water treaty in 2023.", "other"),
    ("Brask and Lindqvist signed the water treaty in June 2024.", "same"),
    ("Brask and Lindqvist signed the water treaty on 19 June.", "same"),
    ("Brask and Lindqvist signed the water treaty on 20 June.", "other"),
    ("Brask and Lindqvist signed the water treaty.", None),  # no date in the claim
    ("Brask opened the harbour in 2023.", None),  # another event
    # two claim words the passage lacks, but it states the action: still the same event
    ("Halina Brask and Lindqvist signed their joint water treaty on 19 July.", "other"),
])
def test_date_relation(claim, relation):
    from storyscope.verify.actions import claim_action, parse_texts
    from storyscope.verify.dates import date_relation

    passage = "On 19 June Brask and Lindqvist signed a water treaty that shares the river's flow."
    assert date_relation(claim, passage, "2024-06-26", claim_action(parse_texts([claim])[0])) == relation


@pytest.mark.parametrize("claim, passage, missing", [
    ("Brask met the envoy in Pyongyang.", "North Korean officials say Brask met the envoy in Moscow.", True),
    ("Brask met the envoy in Moscow.", "Brask met the envoy in Moscow last week.", False),
    ("Brask met the envoy in June.", "Brask met the envoy last week.", False),  # a month is no place
    ("Brask met the envoy.", "Brask met the envoy in Moscow.", False),
    # a possessor is not where it happened
    ("Brask spoke at a news conference in Osk.", "Brask said Osk’s allies should send fuel.", True),
    ("Brask spoke at a news conference in Osk.", "Brask said Osk's allies should send fuel.", True),
    # the possessor of a place's hospitals is the place
    ("40 people were killed in strikes in Osk on Monday.", "Osk’s hospitals were full after 40 people were killed.", False),
])
def test_place_missing(claim, passage, missing):
    from storyscope.verify.names import place_missing

    assert place_missing(claim, passage) is missing


def test_a_government_metonym_speaks_for_its_country():
    from storyscope.verify.parties import names_speaker

    assert names_speaker("Russia denied that its troops crossed the border", "Kremlin")
    assert not names_speaker("Talvoria denied that its troops crossed the border", "Kremlin")


def test_one_action_in_other_words():
    from storyscope.verify.actions import parse_texts, states_action

    assert states_action("cut", parse_texts(["Kyiv then severed relations with Selmara."])[0])
    assert states_action("send", parse_texts(["Norvakia has supplied shells to Selmara."])[0])
    assert not states_action("cut", parse_texts(["Kyiv then praised relations with Selmara."])[0])


def test_the_parse_cache_returns_every_text_when_it_fills(monkeypatch):
    from storyscope.verify import actions

    monkeypatch.setattr(actions, "_PARSED", {})
    monkeypatch.setattr(actions, "_PARSED_MAX", 3)
    actions.parse_texts(["The dam held.", "The bridge fell."])
    actions.parse_texts(["The road opened."])
    docs = actions.parse_texts(["The dam held.", "The ferry sailed."])  # one cached, one new, cache over its bound
    assert [d.text for d in docs] == ["The dam held.", "The ferry sailed."]


def test_the_opposite_action_contradicts(store):
    from storyscope.verify.actions import opposite_action, parse_texts

    assert opposite_action("accept", parse_texts(["Lund said Velm should turn down the offer."])[0], modal=True)
    assert not opposite_action("accept", parse_texts(["Lund said Velm could turn down the offer."])[0])  # a possibility
    assert not opposite_action("keep", parse_texts(["Kyiv threatened to sever relations with Selmara."])[0])
    assert not opposite_action("keep", parse_texts(["Kyiv broke the rainfall record."])[0], {"relation"})
    assert opposite_action("keep", parse_texts(["Kyiv then severed relations with Selmara."])[0])
    assert not opposite_action("keep", parse_texts(["Kyiv did not sever relations with Selmara."])[0])  # negated
    assert not opposite_action("accept", parse_texts(["Velm accepted the offer and rejected the terms."])[0])
    # what Lund is said to have said, and her own words say another thing (a change of state is not judged as
    # an opposite, but her words must state the action)
    assert check_claim(store, "Petra Lund said the harbour at Velm would reopen for a month.").verdict \
        != "supported"


def test_a_misquoted_figure_or_a_negation_the_speaker_never_gave_refutes(store):
    assert check_claim(store, "Karin Holm said 40 ferries were stuck in the port at Velm.").verdict == "supported"
    assert check_claim(store, "Karin Holm said 400 ferries were stuck in the port at Velm.").verdict == "refuted"
    assert check_claim(store, "Karin Holm said no ferries were stuck in the port at Velm.").verdict != "supported"
    assert check_claim(store, "Petra Lund said the harbour at Velm would not be closed.").verdict == "refuted"


def test_a_statement_with_the_speakers_title_wrong_or_an_opposite_phrase(store):
    from storyscope.verify.statements import opposite_phrase, speaker_title

    assert speaker_title("Norvakia's defence minister Halina Brask ") == ("Norvakia's defence minister", "Halina Brask")
    assert speaker_title("Kim Jong Un ") is None
    assert opposite_phrase("the plant was under control", "the site was completely out of control")
    assert not opposite_phrase("the plant was out of control", "the site was completely out of control")
    assert opposite_phrase("their backing came with conditions", "We give full and unconditional support")
    assert not opposite_phrase("their support is unconditional", "We give full and unconditional support")
    # Brask is "a former Talvorian defence minister": a claim calling her the defence minister misdescribes her
    verdict = check_claim(store, "Talvorian defence minister Halina Brask said the landing had been hit twice.")
    assert verdict.verdict == "refuted", verdict.explanation


def test_negated_words():
    from storyscope.verify.statements import negates_words

    assert negates_words("She said no volunteer units were being formed.", {"volunteer", "unit"})
    assert not negates_words("We shouldn't be shy in accepting the offer.", {"accept", "offer"})
    # a bound is no negation
    assert not negates_words("Sepp said the plan could end the dispute “no later than next year”.", {"later", "latest"})
    assert not negates_words("The ferry carries not more than 40 cars.", {"more", "car"})


def test_an_act_of_rejection_is_not_a_statement_and_another_doers_act_says_nothing(store):
    assert check_claim(store, "Talvoria accepted the grain offer.").verdict == "supported"
    assert check_claim(store, "Talvoria rejected the grain offer.").verdict == "refuted"
    # Kessia's own rejection is an act the writer reports, not an interested party's denial of the claim
    assert check_claim(store, "Kessia accepted the grain offer.").verdict == "refuted"


def test_a_later_change_of_state_does_not_contradict_an_earlier_one(store):
    # closed in February, reopens in May: both true
    assert check_claim(store, "The Kestrel bridge closed in February.").verdict != "refuted"


def test_a_party_name_keeps_its_final_s():
    # "Veros's" is Veros, not "Vero": only the possessive is cut
    assert interested_party("Troops of Veros crossed the border.", "Veros's defence ministry") == "Veros"


def test_the_writers_is_known_to_states_what_is_established(store):
    # an agentless "is known to" that no named source in the article carries is the writer's own statement
    verdict = check_claim(store, "Kessia has supplied diesel and tents to Talvoria.")
    assert verdict.verdict == "supported", verdict.explanation
    # ... but one whose figure an analyst's "there are reports" carries rests on the analyst
    assert check_claim(store, "Kessia is ready to send 3,000 medics to Talvoria.").verdict == "not_enough_evidence"


def test_agreement_needs_the_thing_the_action_is_done_to(store):
    # "delivered diesel and tents" states the delivering, but not of troops
    assert check_claim(store, "Kessia has delivered troops to Talvoria.").verdict == "not_enough_evidence"


@pytest.mark.parametrize("claim, thing", [
    ("Norvakia has sent troops to Selmara.", "troop"),
    ("Norvakia has provided Selmara with large amounts of fuel.", "fuel"),
    ("Norvakia met Brask in Dorn.", None),
])
def test_claim_object(claim, thing):
    from storyscope.verify.actions import claim_object, parse_texts, states_object

    assert claim_object(parse_texts([claim])[0]) == thing
    assert states_object("troop", "Norvakia sent 300 soldiers.") and not states_object("troop", "It sent fuel.")


def test_a_speaker_described_but_not_named(store):
    # "Karin Holm, a ferry captain, said ...": the claim may give the speaker as the writer describes them
    assert check_claim(store, "A ferry captain said the night crossings would resume in June.").verdict == "supported"
    # ... and she gave another month
    assert check_claim(store, "A ferry captain said the night crossings would resume in July.").verdict == "refuted"
    # Brask is a former minister: the description contradicts the writer's
    assert check_claim(store, "The Talvorian defence minister said the landing had been hit twice.").verdict \
        == "refuted"


@pytest.mark.parametrize("said, passage, other", [
    ("the crossings would resume in July", "She said the crossings would resume in June.", True),
    ("the crossings would resume in June", "She said the crossings would resume in June.", False),
    ("the plan could end the war before the end of this year", "the plan could end the war by next year", True),
    ("the plan could end the war by next year at the latest", "the plan could end the war no later than next year",
     False),
])
def test_other_time(said, passage, other):
    from storyscope.verify.dates import other_time

    assert other_time(said, passage) is other


@pytest.mark.parametrize("text, negated", [
    ("Moscow should not hesitate to accept the offer", False), ("would not side with Velm", True),
    ("shouldn't be shy in accepting", False), ("will never stand with them", True),
])
def test_a_negated_negative_is_no_negation(text, negated):
    from storyscope.verify.actions import negated as is_negated

    assert is_negated(text) is negated


def test_more_verbs_of_saying_make_a_statement_claim():
    for cue in ("argued", "suggested", "noted", "admitted"):
        assert statement_claim(f"Brask {cue} that the harbour would stay shut.")


def test_another_place_for_the_same_event_refutes(store):
    assert check_claim(store, "A convoy of Kessian medics is set to head to Mirenland next week.").verdict \
        == "supported"
    assert check_claim(store, "A convoy of Kessian medics is set to head to Talvoria next week.").verdict == "refuted"
    # a place no article names, against the one the writer gives
    assert check_claim(store, "A convoy of Kessian medics is set to head to Dornland next week.").verdict == "refuted"


@pytest.mark.parametrize("claim, passage, conflict", [
    ("Brask warned of a new phase at a news conference in Velm.",
     "“A new phase has begun,” she said at a news conference in the port city of Osk.", True),
    ("Brask warned of a new phase at a news conference in Osk.",
     "“A new phase has begun,” she said at a news conference in the port city of Osk.", False),
    # where someone goes is not where someone is ("the ambassador to Velm" against "the ambassador in Osk")
    ("Kessia summoned the ambassador in Velm.", "The ambassador to Osk said nothing.", False),
    # "to fight in Osk" places no troops
    ("Kessia sent troops to Velm.", "Kessia could escalate the war by sending troops to fight in Osk.", False),
    # a capital is its country
    ("Kessia sent shells to Dorn.", "Kessia sent shells to Dornland.", False),
])
def test_place_conflict(claim, passage, conflict, monkeypatch):
    from storyscope.verify import names

    monkeypatch.setitem(names.CAPITALS, "dorn", "dornland")
    assert names.place_conflict(claim, passage, frozenset({"velm", "osk", "dornland"})) is conflict


def test_the_speakers_own_words_with_another_figure_refute(store):
    # her figure was 40 ferries: "boats" and "harbour" are her words in other words
    assert check_claim(store, "Karin Holm said 400 boats were stuck in the harbour at Velm.").verdict == "refuted"
    assert check_claim(store, "Karin Holm said 40 boats were stuck in the harbour at Velm.").verdict == "supported"


def test_a_speakers_own_denial_refutes_that_they_admitted_it(store):
    claim = "The Talvorian defence ministry admitted that Kessian engineers would take part in the war."
    assert check_claim(store, claim).verdict == "refuted"


def test_a_rank_set_apart_by_commas_and_named_another_way():
    from storyscope.verify.dates import rank_relation

    passage = ("The water treaty was conditional on Mirenland's recognition of the Osk border. The small republic "
               "did so on 4 April, as the second country after Kessia.")
    assert rank_relation("Mirenland was the third state, after Kessia, to recognise the Osk border.", passage,
                         None) == "other"
    assert rank_relation("Mirenland was the second state, after Kessia, to recognise the Osk border.",
                         passage, None) != "other"


def test_the_same_rank_is_told_the_same_way():
    from storyscope.verify.dates import rank_relation

    passage = ("The water treaty was conditional on Mirenland's recognition of the Osk border. The small republic "
               "did so on 4 April, as the second country after Kessia.")
    claim = "Mirenland was the {} country to recognise the Osk border."
    assert rank_relation(claim.format("second"), passage, None) == "same"
    assert rank_relation(claim.format("third"), passage, None) == "other"
    assert rank_relation("Velkia was the second country to recognise the Osk border.", passage, None) is None


def test_another_rank_refutes(store):
    assert check_claim(store, "Mirenland was the third state, after Kessia, to recognise the Osk border.").verdict \
        == "refuted"


def test_a_sequel_to_the_event_told_before(store):
    # "Kessia then severed relations with Talvoria" follows the recognition told just before it; "cut ties" is
    # "severed relations" in other words
    claim = "Kessia cut ties with Talvoria after Mirenland recognised the Osk border."
    assert check_claim(store, claim).verdict == "supported"


def test_a_would_future_is_not_the_writers_fact(store):
    # "Kessia would send field kitchens" in exchange for fuel: a reported or imagined deal
    assert check_claim(store, "Kessia will send field kitchens to Talvoria.").verdict == "not_enough_evidence"


def test_canonical_text():
    from storyscope.verify.actions import canonical_text, parse_texts

    assert canonical_text(parse_texts(["Kessia severed ties."])[0]) == canonical_text(
        parse_texts(["Kessia cut relations."])[0])


def test_synonyms_widen_the_retrieval_query(store):
    from storyscope.verify.actions import parse_texts, synonyms

    assert {"sever", "relation"} <= set(synonyms(parse_texts(["Kessia cut ties with Talvoria."])[0]))
    assert "sever" not in synonyms(parse_texts(["Kessia severed its ties."])[0])  # not a word it already uses
    found = [c.text for c in retrieve(store, "Ties were cut.")]
    assert any("severed relations" in t for t in found)


def test_a_cue_inside_a_compound_is_no_statement():
    assert statement_claim("Brask declared full support for the harbour plan.")
    assert not statement_claim("Kessia was the first country to recognise the self-declared republic.")


def test_a_role_in_another_country_or_body_refutes(store):
    # "Halina Brask, a former Talvorian defence minister"
    assert check_claim(store, "Halina Brask is a former Kessian defence minister.").verdict == "refuted"
    assert check_claim(store, "Halina Brask is a former Talvorian defence minister.").verdict == "supported"


def test_the_speaker_denying_it_in_other_words_refutes(store):
    # "not in danger" negates "at risk"
    assert check_claim(store, "Jonas Weir said the old Osk dam was at risk from the spring floods.").verdict \
        == "refuted"


def test_words_given_to_a_person_no_article_names_are_misattributed(store):
    # Karin Holm's words, given to someone the pile never mentions
    verdict = check_claim(store, "Harbour master Anton Quist said the night crossings would resume in June.")
    assert verdict.verdict == "refuted", verdict.explanation
    assert "Karin Holm" in verdict.explanation and "Anton Quist" in verdict.explanation


def test_whom_the_words_were_told_is_not_part_of_them(store):
    # "told reporters that ...": the reporters are the audience, not words Karin Holm's are matched against
    # (one word of the claim, "Velm", is not in her sentence: the audience's word would tip the share below the bar)
    for claim in ("Harbour master Anton Quist told reporters that the Velm night crossings would resume in June.",
                  "Anton Quist told journalists that the Velm night crossings would resume in June."):
        verdict = check_claim(store, claim)
        assert verdict.verdict == "refuted", (claim, verdict.explanation)
        assert "Karin Holm" in verdict.explanation
    assert check_claim(store, "Karin Holm told reporters that the night crossings would resume in June.").verdict \
        == "supported"


def test_a_warning_against_an_act_is_its_negation():
    from storyscope.verify.statements import said_against

    assert said_against("Moscow against accepting the offer")
    assert not said_against("Moscow to accept the offer")


def test_a_short_name_the_claim_capitalises_names_the_speaker():
    from storyscope.verify.parties import names_speaker

    assert names_speaker("Kim vowed to stand with Velm", "Kim Jong Un")
    assert not names_speaker("the kim family vowed", "Kim Jong Un")


def test_review_edge_cases():
    from storyscope.verify.check import _unknown_speaker
    from storyscope.verify.dates import claim_dates, other_time, ranks
    from storyscope.verify.names import place_conflict

    # the date of the statement is not the date of what was said
    assert not other_time("crossings would resume in July", "In a statement on 3 June, she said they would resume soon.")
    assert claim_dates("May 12 people were killed") == []  # a modal, not a month
    assert ranks("the first of many") == set()
    # another actor placed elsewhere says nothing of the claim's place
    places = frozenset({"osk", "velm"})
    assert place_conflict("Kessian troops were deployed in Osk", "Talvorian troops were deployed in Velm", places)
    assert not place_conflict("Kessian troops were in Osk", "Talvorian troops were in Velm", places)  # "were": no anchor
    assert _unknown_speaker("The Pentagon's John Kirby ", ["Kirby"]) == "John Kirby"
    assert _unknown_speaker("Russian agency VTK ", ["VTK"]) == "VTK"
    assert _unknown_speaker("While visiting Osk, the minister ", ["While"]) is None


def test_statement_month_capital_speaker_and_pledges():
    from storyscope.verify.dates import other_month_said
    from storyscope.verify.parties import names_speaker

    assert other_month_said("Kim said last December that the war was sacred.",
                            "Last September Kim told reporters that the war was sacred.")
    assert not other_month_said("Kim said last September that the war was sacred.",
                                "Last September Kim told reporters that the war was sacred.")
    assert names_speaker("Moscow dismissed the claims as fake news", "Kremlin")
    assert statement_claim("Brask pledged that Talvoria would stand with Velm.")
    assert not statement_claim("Brask pledged 300 tents to Velm.")


def test_a_claim_that_asserts_nothing(store):
    # a bare name or phrase says nothing that a passage could confirm, however often the pile names it
    for claim in ("Talvoria", "Kessia.", "to the Osk border"):
        verdict = check_claim(store, claim)
        assert verdict.verdict == "not_enough_evidence" and "states no verb" in verdict.explanation
        # the explanation names the claim's own words, not words of another claim
        assert f'"{claim.split()[-1].strip(".")}"' in verdict.explanation and "North Korea" not in verdict.explanation
    assert '"Osk", "border"' in check_claim(store, "to the Osk border").explanation
    assert check_claim(store, "Talvoria has fought Mirenland along the Osk river since the spring.").verdict \
        == "supported"


def test_a_role_claim_with_a_statement_in_its_who_clause(store):
    # the claim is about her role, not about what she said
    claim = "Halina Brask, who said the landing had been hit twice, is the Talvorian defence minister."
    assert check_claim(store, claim).verdict == "refuted"


def test_the_explanation_names_the_rules_that_changed_a_stance(store):
    verdict = check_claim(store, "A convoy of Kessian medics is set to head to Talvoria next week.")
    assert "Rules that changed a passage's stance: " in verdict.explanation
    assert "another place for the event (1)" in verdict.explanation


def test_figures_written_with_a_scale_word_compare_with_digits():
    from storyscope.verify.stance_rules import judge_detail, spelled_figures

    assert spelled_figures("more than one million shells") == "more than 1,000,000 shells"
    assert spelled_figures("half a million wounded, 2.5 million displaced") == "500,000 wounded, 2,500,000 displaced"
    assert spelled_figures("thousands of troops and several million people") == "thousands of troops and several million people"
    # a figure the passage does not state is not confirmed by "large quantities"
    assert judge_detail("Kessia has delivered more than one million tents to Talvoria",
                        "Kessia has delivered large quantities of diesel and tents to Talvoria").reason == "no_figure"


@pytest.mark.parametrize("claim, passage, other", [
    ("About 3,000 people were injured in the storm", "At least 3,000 people were killed and 9,000 injured", True),
    ("At least 9,000 people were killed in the storm", "At least 3,000 people were killed and 9,000 injured", True),
    ("At least 3,000 people were killed and 9,000 injured", "At least 3,000 people were killed and 9,000 injured", False),
    ("3,000 people were killed and nine thousand injured", "At least 3,000 people were killed and 9,000 injured", False),
    ("At least 3,000 people were killed in the storm", "At least 3,000 people were killed and 9,000 injured", False),
])
def test_a_figure_given_to_something_else(claim, passage, other):
    from storyscope.verify.stance_rules import figure_counts_other

    assert figure_counts_other(claim, passage) is other


def test_a_figure_given_to_something_else_refutes(store):
    assert check_claim(store, "The storm injured 12 people along the coast.").verdict == "refuted"
    assert check_claim(store, "The storm killed 12 people along the coast.").verdict != "refuted"


def test_months_named_loosely_and_as_subjects():
    from storyscope.verify.dates import claim_dates, other_time

    assert claim_dates("Mirenland recognised the border in mid-April") == [(None, 4, None)]
    assert claim_dates("the talks began in early March") == [(None, 3, None)]
    assert other_time("March was the wettest month on record", "Officials said April was the wettest month yet.")
    assert not other_time("April was the wettest month on record", "Officials said April was the wettest month yet.")


def test_speaker_titles_after_the_name_and_relative_clauses():
    from storyscope.verify.statements import speaker_title

    assert speaker_title("Karin Holm, speaking for the port authority, ") == ("spokesman for port authority", "Karin Holm")
    assert speaker_title("Halina Brask, a former defence minister,") == ("former defence minister", "Halina Brask")
    assert speaker_title("Talvoria's foreign minister, Halina Brask, ") == ("Talvoria's foreign minister", "Halina Brask")
    assert speaker_title("While visiting Osk, the minister ") is None
    assert statement_claim("The Kessian weekly reported that the pier gave way")
    assert not statement_claim("The Osk pier, near which fishermen reported damage, lies on the river")


@pytest.mark.parametrize("claim, passage, conflict", [
    ("The Osk pier lies in western Talvoria", "Fishermen near the Osk pier in East Talvoria said boats sank", True),
    ("The Osk pier lies in eastern Talvoria", "Fishermen near the Osk pier in East Talvoria said boats sank", False),
    ("South Korea sent tents to Talvoria", "North Korea sent tents to Talvoria", False),  # part of the name
])
def test_compass_conflict(claim, passage, conflict):
    from storyscope.verify.names import compass_conflict

    assert compass_conflict(claim, passage) is conflict


def test_a_place_behind_an_adverb_and_placing_verbs_alike():
    from storyscope.verify.names import place_conflict, placed

    assert placed("the medics would be deployed mainly in the Osk region") == [("deploy", {"osk"})]
    assert place_conflict("the medics would be deployed mainly in the Osk region",
                          "the medics will be used in the Velm region", frozenset({"osk", "velm"}))


def test_a_speaker_whose_figure_the_passage_does_not_give(store):
    # the farmers saw armoured vehicles, but gave no count
    verdict = check_claim(store, "Farmers in Osk told reporters they had seen 20 armoured vehicles on the Mirenian side.")
    assert verdict.verdict == "not_enough_evidence"


def test_according_to_one_report_is_any_article(store):
    assert check_claim(store, "According to one report, the spring storm destroyed 300 homes along the northern "
                              "coast.").verdict == "refuted"
    assert check_claim(store, "One report said the spring storm destroyed 412 homes along the northern "
                              "coast.").verdict == "supported"


def test_agreeing_words_do_not_confirm_a_place_another_passage_contradicts():
    from storyscope.verify.check import _Judgement, _place_told_otherwise
    from storyscope.verify.retrieve import Candidate

    class Reading:
        claim = "Brask called it a threat at a news conference in Osk."

    words = (Candidate("a", 0, 20, "“This is a threat,” she said.", 1.0, 0.7, 0.7), _Judgement("agree", 0.6, False, "Brask", 0.5))
    place = (Candidate("a", 21, 60, "She spoke at a news conference in Velm.", 1.0, 0.5, 0.5),
             _Judgement("disagree", 0.6, False, "Brask", 0.5, placed_otherwise=True))
    _place_told_otherwise(Reading(), [words, place])
    assert words[1].stance == "discuss" and place[1].stance == "disagree"
    alone = (Candidate("a", 0, 20, "“This is a threat,” she said.", 1.0, 0.7, 0.7), _Judgement("agree", 0.6, False, "Brask", 0.5))
    _place_told_otherwise(Reading(), [alone])
    assert alone[1].stance == "agree"


def test_passive_cues_settings_and_leaders():
    from storyscope.verify.actions import claim_action, parse_texts
    from storyscope.verify.check import _SETTING, _written_as
    from storyscope.verify.statements import said_content

    assert said_content("Allies were told by Brask that 40 ferries were stuck.").strip() == "40 ferries were stuck."
    assert statement_claim("Brask reassured fishermen that the harbour would reopen")
    assert not statement_claim("In his remarks, Brask praised the fishermen")
    assert _SETTING.sub("", "While visiting Osk, the Talvorian president ") == "the Talvorian president "
    assert _SETTING.sub("", "In remarks to the weekly, Brask ") == "In remarks to the weekly, Brask "
    assert _written_as({"talvorian", "president"}, {"talvorian", "leader"})
    assert not _written_as({"talvorian", "president"}, {"kessian", "leader"})
    assert not _written_as({"defence", "minister"}, {"talvorian", "leader"})
    # "poised to" frames the action, as "set to" does
    assert claim_action(parse_texts(["Kessian medics were poised to enter Talvoria"])[0]) == "enter"


def test_a_speaker_named_with_the_title_found_in_a_passive_report(store):
    verdict = check_claim(store, "Reporters were told by Halina Brask that the landing had been hit twice.")
    assert verdict.verdict == "supported"


def test_the_parties_the_other_way_round():
    from storyscope.verify.actions import parse_texts, reversed_parties

    claim, passage, same = parse_texts(["It was Talvoria that cut off relations with Kessia.",
                                        "Kessia then severed relations with Talvoria.",
                                        "Talvoria severed relations with Kessia."])
    assert reversed_parties("cut", claim, passage)
    assert not reversed_parties("cut", claim, same)
    sent, back = parse_texts(["Kessia sent medics to Talvoria.", "Talvoria sent medics to Kessia."])
    assert reversed_parties("send", sent, back)


def test_the_parties_the_other_way_round_refute(store):
    assert check_claim(store, "It was Talvoria that cut off relations with Kessia.").verdict == "refuted"


def test_member_of_parliament_and_currently_serving():
    from storyscope.verify.roles import describes_role, plain_role
    from storyscope.verify.statements import speaker_title

    assert plain_role("a sitting member of the Talvorian parliament") == "a Talvorian MP"
    assert plain_role("serving member of parliament") == "MP"
    passage = "A former Talvorian MP Halina Brask told the weekly that the pier was unsafe."
    assert describes_role("Halina Brask", "former member of the Talvorian parliament", passage)
    assert speaker_title("Halina Brask, a sitting member of the Talvorian parliament, ") == ("Talvorian MP", "Halina Brask")


def test_a_relative_clause_and_a_war_named_by_its_place():
    from storyscope.verify.names import place_missing

    assert not statement_claim("Ferrynet, the outlet that reported the sinking, is a Kessian news agency.")
    assert statement_claim("In Osk, Brask told reporters that up to 1,000 homes were flooded.")
    assert not place_missing("At least 12 people have died since the start of the war in Talvoria.",
                             "Since the start of the war, at least 12 people have died.")


def test_audience_ministry_and_dated_anchor_conflicts():
    from storyscope.verify.dates import anchored_date_conflict
    from storyscope.verify.roles import ministries, ministry_conflict
    from storyscope.verify.statements import addressed_otherwise, addressees

    assert addressees("Brask has told Kessian officials and Velm fishermen she had news") == {"kessian", "velm"}
    assert addressed_otherwise("Brask told the Osk Courier that the pier was unsafe", "she told the Velm Gazette.")
    assert not addressed_otherwise("Brask told reporters that the pier was unsafe", "she told the Velm Gazette.")
    assert not addressed_otherwise("Kessian officials were told by Brask that", "Brask told Kessian officials")
    assert ministries("representatives of the Ministry of Foreign Affairs and the defence ministry") == {"foreign", "defence"}
    assert ministry_conflict("officials of Talvoria's Ministry of Defence", "officials of the Talvorian foreign ministry")
    assert not ministry_conflict("officials of the defence ministry", "the Ministry of Defence")
    assert anchored_date_conflict("since the flooding of Osk in March 2024", "since the flooding of Osk in April 2024")
    assert not anchored_date_conflict("since the flooding of Osk in April 2024", "since the flooding of Osk in April 2024")


def test_provenance_wishes_and_a_second_figure():
    from storyscope.verify.check import _speech_cue
    from storyscope.verify.stance_rules import figure_counts_other
    from storyscope.verify.statements import opposite_phrase, provenance_as_statement

    assert provenance_as_statement("The report that the pier collapsed came from the Velm Gazette.") == \
        "the Velm Gazette said the pier collapsed."
    assert provenance_as_statement("The pier collapsed.") == "The pier collapsed."
    assert provenance_as_statement("The Velm Gazette was the source of the claim that the pier collapsed.") == \
        "The Velm Gazette said the pier collapsed."
    assert provenance_as_statement("The source of the claim is unknown.") == "The source of the claim is unknown."
    # quoted words inside the remark's description, and a source with a clause of its own
    assert provenance_as_statement("The remark about the crews being 'storm fodder' came from Jan Dekker.") == \
        "Jan Dekker said “storm fodder”."
    assert provenance_as_statement("The warning that the dam was 'out of control' came from Mari Sepp, who heads "
                                   "the agency.") == "Mari Sepp, who heads the agency, said “out of control”."
    assert provenance_as_statement("The remark about the weather came from Velm.") == \
        "The remark about the weather came from Velm."
    assert _speech_cue("has told") and _speech_cue("According to") and not _speech_cue("wants")
    assert not _speech_cue("held talks with")
    assert figure_counts_other("12 people were killed and 300 injured", "12 people were killed and 140 injured")
    assert not figure_counts_other("12 people were killed and at least 100 injured", "12 people were killed and 140 injured")
    assert opposite_phrase("it is becoming easier to hire crews", "Crews are increasingly difficult to hire.")


def test_order_occasion_and_contrast():
    from storyscope.verify.actions import parse_texts
    from storyscope.verify.check import _before_clause, _tells_both
    from storyscope.verify.names import occasion_conflict
    from storyscope.verify.statements import contrasted_subject

    ordered = _before_clause(parse_texts(["The Velm Gazette reported the figure before Brask announced the closure."])[0])
    assert ordered == ("The Velm Gazette reported the figure", "Brask announced the closure")
    assert not _tells_both(ordered, "The Velm Gazette reported the figure on Monday.")
    assert _tells_both(ordered, "The Velm Gazette reported the figure, and Brask then announced the closure.")
    places = frozenset({"osk", "velm"})
    assert not occasion_conflict("Brask confirmed the plan during a meeting in Osk",
                                 "Brask confirmed Osk's plan at a meeting in Velm", places)  # Osk is named there
    assert occasion_conflict("Holm confirmed the plan during a meeting in Osk", "Holm confirmed it at talks in Velm", places)
    passage = "“Kessia is wary of the new tariffs, but Talvoria is not in danger,” she said."
    assert contrasted_subject("that Talvoria, like Kessia, is wary of the new tariffs", passage)
    assert not contrasted_subject("that Kessia is wary of the new tariffs", passage)


def test_a_document_quoted_by_its_own_words_is_no_ones_statement():
    from storyscope.verify.check import _DOCUMENT_TEXT

    assert _DOCUMENT_TEXT.match("a water treaty which reads, “Each side shall ...”")
    assert _DOCUMENT_TEXT.match("the grain deal, which states that")
    assert not _DOCUMENT_TEXT.match("the grain offer was fair")


@pytest.mark.parametrize("claim, passage", [
    # a shared noun in another figure's clause is not what the claim's figure counts
    ("At least 10 people were killed in Osk", "At least 10 civilians were killed in the strike on Osk and 20 people were wounded"),
    ("Kessia launched 40 drones at Talvoria overnight", "Kessia launched 40 drones overnight, and Talvoria shot down 35"),
    ("Between three and four million people have fled", "Some four million people have fled the fighting"),
])
def test_no_figure_conflict_where_the_passage_agrees(claim, passage):
    from storyscope.verify.stance_rules import figure_counts_other, judge_detail

    assert not figure_counts_other(claim, passage)
    assert judge_detail(claim, passage).reason != "other_figure"


def test_review_false_refutations():
    from storyscope.verify.dates import anchored_date_conflict
    from storyscope.verify.names import compass_conflict, occasion_conflict
    from storyscope.verify.roles import ministry_conflict
    from storyscope.verify.stance_rules import spelled_figures
    from storyscope.verify.statements import addressed_otherwise, contrasted_subject, speaker_title

    for fact in ("No casualties were reported in the attack", "The reported death toll rose to 50",
                 "Kessia reported its first case of the fever", "Talvoria has the final say on the terms",
                 "Brask revealed a new ferry at the harbour"):
        assert not statement_claim(fact), fact
    assert statement_claim("The Velm Gazette reported on the collapse of the pier")
    assert spelled_figures("between one and two million") == "between one and 2,000,000"
    assert spelled_figures("1,000 million") == "1,000,000,000"
    assert not anchored_date_conflict("Kessian medics arrived in Talvoria in October 2024",
                                      "Brask visited Talvoria in September 2023")
    assert not anchored_date_conflict("Brask met Holm in September", "Brask met Holm in February, and again in September")
    assert not compass_conflict("The drone hit Osk in western Talvoria", "The drone hit Osk. Kessia is advancing in "
                                                                         "eastern Talvoria")
    assert not compass_conflict("troops in north-eastern Talvoria", "troops in northern Talvoria")
    assert not occasion_conflict("spoke at a summit in Velm", "spoke in Osk about the Velm summit",
                                 frozenset({"osk", "velm"}))
    assert not ministry_conflict("North Kessia's defence ministry tested a ferry",
                                 "South Kessia's foreign ministry said North Kessia tested a ferry")
    assert not addressed_otherwise("told the Gazette that", "speaking to the Gazette's editor,")
    assert not contrasted_subject("The tariffs hurt Kessia", "Tariffs hurt Kessia's ports, but the trade is not ending")
    assert speaker_title("Halina Brask, who is minister, ") is None


def test_smaller_additions():
    from storyscope.verify.actions import is_action, parse_texts
    from storyscope.verify.check import _unknown_speaker, _written_as
    from storyscope.verify.names import placed
    from storyscope.verify.stance_rules import judge_detail

    greeted = parse_texts(["Brask greeted the fishermen"])[0]
    assert any(is_action(t, "welcome") for t in greeted)
    # a lower bound fits a higher count
    assert judge_detail("No fewer than 38 people died in the storm", "41 people died in the storm").reason != "other_figure"
    from storyscope.verify.names import place_conflict

    assert place_conflict("medics stationed in Osk", "medics were deployed in Velm", frozenset({"osk", "velm"}))
    assert placed("held a rally in Osk")[0][0] == "rally"
    assert _unknown_speaker("VTK ", ["VTK"]) == "VTK"
    assert not _written_as({"talvorian", "prime", "minister"}, {"talvorian", "leader"})


def test_words_an_outlet_no_article_names_said_are_misattributed(store):
    # the Velm Gazette is not in the pile; the words are Petra Lund's
    verdict = check_claim(store, "The Velm Gazette said the harbour at Velm would be closed for a month.")
    assert verdict.verdict != "supported"


def test_second_review_cases():
    from storyscope.verify.actions import claim_action, parse_texts
    from storyscope.verify.names import compass_conflict, place_conflict
    from storyscope.verify.roles import contradicts_rank
    from storyscope.verify.stance_rules import figure_counts_other, spelled_figures
    from storyscope.verify.statements import contrasted_subject

    for said in ("Officials say no ferries were sent", "Officials say about 30 people died",
                 "Kessia alleged Talvoria staged the attack", "Talvoria revealed it had sunk a ferry",
                 "Osk reported 20 drones were shot down", "The ministry reported on Monday: 50 killed",
                 "Officials continue to say that the pier is safe"):
        assert statement_claim(said), said
    assert not statement_claim("Kessia revealed a new ferry that can reach Velm")
    actions = {t: claim_action(parse_texts([t])[0]) for t in (
        "Investigators found mass graves near Osk", "Kessia is finding it harder and harder to recruit crews",
        "Kessia put an end to the talks", "Brask put the army on alert at the end of the war")}
    assert actions == {"Investigators found mass graves near Osk": "find",
                       "Kessia is finding it harder and harder to recruit crews": "recruit",
                       "Kessia put an end to the talks": "end",
                       "Brask put the army on alert at the end of the war": "put"}
    assert not compass_conflict("Drones hit Osk in southern Talvoria",
                                "Drones hit Osk overnight, and drones also hit Velm in north-eastern Talvoria")
    assert compass_conflict("The Osk pier lies in western Talvoria", "Fishermen near the Osk pier in East Talvoria said")
    assert not figure_counts_other("Officials said 30 people died in the storm",
                                   "The storm killed 30 people, and 100 died later in hospital")
    assert spelled_figures("In 2022 two million people fled") == "In 2022 2,000,000 people fled"
    assert spelled_figures("a million-strong crowd, not the million") == "1,000,000-strong crowd, not the million"
    assert contrasted_subject("that the US, like Kessia, is wary of the tariffs",
                              "“Kessia is wary of the new tariffs, but the US is not in danger,” she said.")
    assert contradicts_rank("Tomas Brandt", "retired general", "Tomas Brandt, a reserve colonel, said the pier was safe.")
    assert not contradicts_rank("Tomas Brandt", "colonel", "Tomas Brandt, a reserve colonel, said the pier was safe.")
    places = frozenset({"osk", "velm"})
    assert place_conflict("a unit to head for Osk next month", "a unit is set to head to the Velm region", places)
    assert place_conflict("Brask spoke at an Osk press conference", "she said at a news conference in Velm.", places)
    assert not place_conflict("help rebuild the Donbas", "help rebuild the Donbass", frozenset({"donbas", "donbass"}))


def test_a_headline_its_article_only_relays_is_discussion():
    from storyscope.verify.check import _headlines_relayed, _Judgement
    from storyscope.verify.retrieve import Candidate

    headline = (Candidate("a", 0, 30, "Kessia offered 3,000 “volunteer” medics", 1.0, 0.8, 0.8),
                _Judgement("agree", 0.7, False, "Kessia", 0.5))
    body = (Candidate("a", 40, 120, "Whether Kessia offered 3,000 medics is unclear, the Velm Gazette reported.",
                      1.0, 0.8, 0.8), _Judgement("agree", 0.7, True, "Velm Gazette", 0.9))
    _headlines_relayed([headline, body])
    assert headline[1].stance == "discuss"
    alone = (Candidate("b", 0, 30, "Kessia offered 3,000 medics", 1.0, 0.8, 0.8), _Judgement("agree", 0.7, False, None, 0.0))
    _headlines_relayed([alone, body])
    assert alone[1].stance == "agree"  # another article's relay says nothing of this headline


def test_a_possessive_is_no_destination():
    from storyscope.verify.names import place_conflict

    # "Mirenland's ambassador to Talvoria" sends no one to Mirenland: the claim's "to Mirenland" is contradicted
    assert place_conflict("Brask, Talvoria's ambassador to Mirenland, praised the crews",
                          "Mirenland's ambassador to Talvoria, Halina Brask, praised the crews",
                          frozenset({"mirenland", "talvoria"}))


def test_outlets_described_otherwise():
    from storyscope.verify.statements import misdescribes, outlet_claim, speaker_title

    assert outlet_claim("Ferrynet, the outlet that reported the sinking, is a Kessian news agency.") == \
        ("Ferrynet", "Kessian news agency")
    assert outlet_claim("Brask is a ferry captain.") is None
    title = speaker_title("a Kessian news agency called Ferrynet ")
    assert title == ("a Kessian news agency", "Ferrynet")
    assert misdescribes(title, "Talvorian news agency Ferrynet claimed the ferry had sunk.")


def test_a_headline_passive_or_nominal_statement_is_judged_as_the_statement(store):
    # "Speaker: words", "P was predicted by X", "Assurances that P were given by X" all say what X said
    assert check_claim(store, "Analyst Petra Lund: the Velm harbour will be closed for a month").verdict \
        == "supported"
    assert check_claim(store, "Closure of the Velm harbour for a month was predicted by analyst Petra Lund.").verdict \
        == "supported"
    assert check_claim(store, "Assurances that the old Osk dam was not in danger from the spring floods were given by "
                              "engineer Jonas Weir.").verdict == "supported"
    # what "this" is was told in another sentence: nothing to confirm
    verdict = check_claim(store, "This was confirmed directly by analyst Petra Lund.")
    assert verdict.verdict == "not_enough_evidence" and "only \"this\"" in verdict.explanation
    # the passive keeps the claim's speaker: Lund's words are not Brask's
    assert check_claim(store, "Closure of the Velm harbour for a month was predicted by Halina Brask's "
                              "ferry captain Karin Holm.").verdict != "supported"


def test_a_common_word_opening_the_claim_is_no_unknown_name(store):
    assert unknown_names(store, "Imposition of tariffs was urged by Lund.") == []
    assert unknown_names(store, "Zorvath predicted the closure.") == ["Zorvath"]
    assert unknown_names(store, "Zorvathian troops shelled the landing.") == ["Zorvathian"]  # a people, not a noun


def test_a_name_owning_the_role_is_not_the_speaker():
    from storyscope.verify.check import _OWNER_OF_ROLE
    from storyscope.verify.parties import names_speaker

    assert not names_speaker(_OWNER_OF_ROLE.sub("", "Talvoria's defence minister"), "Talvoria")
    assert names_speaker(_OWNER_OF_ROLE.sub("", "Talvoria's defence ministry"), "Talvoria")
    # a speaker's common noun names no one: "Official sources" are not "Security sources"
    assert not names_speaker("Official sources", "Security sources")
    assert names_speaker("Brask's aides said", "Halina Brask")


def test_a_claim_that_reverses_the_speakers_contrast_is_contradicted():
    from storyscope.verify.statements import contrasted_subject

    passage = "“Kessia is wary of the new tariffs from Mirenland, but Talvoria is not at risk."
    assert contrasted_subject("the tariffs as a risk to Talvoria but not to Kessia", passage)
    assert not contrasted_subject("the tariffs as a risk to Kessia but not to Talvoria", passage)


def test_figures_swapped_between_outcomes_contradict(store):
    from storyscope.verify.stance_rules import figure_counts_other

    passage = "The storm killed 12 people and injured 140 along the coast."
    assert figure_counts_other("The storm injured 12 people and killed 140.", passage)
    assert not figure_counts_other("The storm killed 12 people and injured 140.", passage)
    assert check_claim(store, "The spring storm injured 12 people and killed 140 along the coast.").verdict == "refuted"


def test_worry_and_its_denial_are_opposite_phrases():
    from storyscope.verify.statements import opposite_phrase

    assert opposite_phrase("Kessia is not worried about the tariffs", "Kessia is cautious about the tariffs")
    assert opposite_phrase("Kessia was unconcerned about the tariffs", "Kessia is wary of the tariffs")
    assert not opposite_phrase("Kessia is worried about the tariffs", "Kessia is cautious about the tariffs")
    assert not opposite_phrase("Kessia is not worried", "Kessia is not concerned at all")
    assert not opposite_phrase("investors were cautious about the tariffs", "investors were not afraid of them")
    assert not opposite_phrase("Kessia was unconcerned", "nobody was worried in Kessia")
    assert not opposite_phrase("Kessia was unconcerned", "the countries concerned met in Osk")


def test_neutrality_and_taking_a_side_are_opposite_phrases():
    from storyscope.verify.statements import opposite_phrase

    assert opposite_phrase("Talvoria will stay neutral in the war", "we will always stand with Kessia on this front")
    assert opposite_phrase("Talvoria will stand with Kessia", "Talvoria will remain neutral")
    assert opposite_phrase("Talvoria is neutral", "Talvoria gave full and unconditional support to Kessia")
    assert not opposite_phrase("Talvoria will not stay neutral", "we will always stand with Kessia")
    assert not opposite_phrase("Talvoria will stand with Kessia", "we will always stand with Kessia")
    # a neutrality denied or given up, a neutral place, a side refused, people rather than a party
    assert not opposite_phrase("Talvoria cannot stay neutral in the war", "Talvoria will stand with Kessia")
    assert not opposite_phrase("Talvoria has abandoned its neutrality", "Talvoria now stands with Kessia")
    assert not opposite_phrase("The talks will be held on neutral ground in Brenn", "Talvoria stands with Kessia")
    assert not opposite_phrase("Talvoria will stay neutral", "Talvoria refuses to side with Kessia or with Osk")
    assert not opposite_phrase("Talvoria will stay neutral", "we do not want to side with anyone in this war")
    assert not opposite_phrase("Talvoria will stay neutral", "Talvoria sided with neither party")
    assert not opposite_phrase("Talvoria will stay neutral", "We stand with the people of Osk after the flood")
    assert not opposite_phrase("Talvoria will stay neutral", "The plan has the full support of the parliament")


def test_a_claim_contrasting_with_while_is_reversed_against_the_speakers_contrast():
    from storyscope.verify.statements import contrasted_subject

    passage = "“Kessia is wary of the new tariffs from Mirenland, but Talvoria is not at risk."
    assert contrasted_subject("Talvoria is nervous about the new tariffs while Kessia faces no such threat", passage)
    assert not contrasted_subject("Kessia is nervous about the new tariffs while Talvoria faces no such threat", passage)
    # the contrast must be about what the passage contrasts, and deny the claim's predicate or an exposure
    assert not contrasted_subject("Talvoria is hosting the games while Kessia is not", passage)
    assert not contrasted_subject("the new tariffs will hurt Kessia but not Talvoria",
                                  "Officials in Talvoria studied the new tariffs, but Kessia did not comment.")


def test_a_statement_needs_two_of_its_words_in_the_speakers_passage():
    from storyscope.verify.check import _said_covered

    assert not _said_covered("Brask new sanctions", "We are approaching a new phase, Brask said.")
    assert _said_covered("Brask new sanctions", "Brask said allies should impose new sanctions.")
    assert _said_covered("Brask sanctions", "Brask said allies should impose sanctions.")


def test_bodies_are_read_under_the_names_writers_give_them():
    from storyscope.verify.roles import contradicting_description, describes_role, plain_role

    assert plain_role("a US Defense Department spokesman") == "a Pentagon spokesman"
    assert plain_role("the Kessian Defence Department spokesman") == "the Kessian Defence Department spokesman"
    assert contradicting_description("Lena Sorn", "spokeswoman for the US Department of Defense",
                                     "Lena Sorn, a spokeswoman for the US Department of Defense, said.") is None
    passage = "Pat Lund, head of the UN’s nuclear agency, said the site was out of control."
    assert describes_role("Pat Lund", "head of the United Nations atomic energy watchdog", passage)
    assert contradicting_description("Pat Lund", "spokesman for the Department of Defense",
                                     "A spokesman for the Pentagon Pat Lund told journalists.") is None


def test_wanting_permission_is_asking_for_it_and_a_wished_for_act_is_not_done():
    from storyscope.verify.actions import opposite_action, parse_texts, states_action

    wants = parse_texts(["Besides a seat at the talks, she wants approval to use the northern ports."])[0]
    assert states_action("ask", wants)
    assert not states_action("approve", wants)  # approval wanted is no approval given
    assert states_action("approve", parse_texts(["The council's approval of the port plan came on Monday."])[0])
    declined = parse_texts(["Kessia's allies declined the request for fuel."])[0]
    assert opposite_action("agree", declined, {"request", "fuel"})
    no_comment = parse_texts(["The Kessian ministry declined to comment on the ceasefire."])[0]
    assert not opposite_action("agree", no_comment, {"ceasefire"})


def test_a_sentence_adding_to_the_list_before_is_told_with_it(store_path):
    from storyscope.verify.check import _CONTINUING, _sentence_before

    assert _CONTINUING.match("As well as a seat at the talks, she wants approval to use the ports.")
    assert not _CONTINUING.match("As well, the ports stay shut.")
    assert not _CONTINUING.match("As well as the talks, the Kessian government wants a port.")  # another actor
    text = "Brask's plan holds three requests.\n\nAs well as a seat at the talks, she wants the ports."
    assert _sentence_before(text, text.index("As well")) == "Brask's plan holds three requests."



def _bare_context(**fields):
    from storyscope.verify.check import _Context

    return _Context(origin={}, published={}, **fields)


def test_review_round_two_readings():
    from storyscope.verify.actions import parse_texts, states_action
    from storyscope.verify.check import Candidate, _other_state, _read_claim, _with_sentence_before
    from storyscope.verify.claim_forms import headline_as_statement, plain_claim, speaks_of_topic
    from storyscope.verify.dates import rank_relation

    # "held talks about" tells a meeting; "spoke of" is a topic
    assert plain_claim("Kessia held talks with Velkia about the grain corridor") \
        == "Kessia held talks with Velkia about the grain corridor"
    assert speaks_of_topic("Brask spoke of a grave threat") and not speaks_of_topic("Brask said a grave threat")
    # a speaker called May is still a speaker
    assert headline_as_statement("Velkian minister Tova May: Kessia is arming") \
        == "Velkian minister Tova May said Kessia is arming"
    # a description naming another state is someone else
    ctx = _bare_context(_leaders={"brask": "kessian", "oren": "kessian"}, places=frozenset({"kessia", "velkia"}))
    assert _other_state(ctx, "Oren Brask", frozenset({"velkian", "leader"}))
    assert not _other_state(ctx, "Oren Brask", frozenset({"kessian", "leader"}))
    # the sentence before is read only when it gives no one else's words
    text = "Velkian officials accused Kessia of sending troops. She told lawmakers the soldiers were training."
    start = text.index("She")
    cand = Candidate(article="a", start=start, end=len(text), text=text[start:], bm25=0, cosine=0, score=0)
    ctx = _bare_context(texts={"a": text}, attributions={"a": [(0, start - 1, "Velkian officials", "accused")]})
    assert _with_sentence_before(ctx, cand, "Ana Corr") == cand.text
    ctx = _bare_context(texts={"a": text}, attributions={"a": []})
    assert _with_sentence_before(ctx, cand, "Ana Corr").startswith("Velkian officials")
    # the rank of another party is no conflict
    assert rank_relation("Kessia became the second state to recognise the republic of Tarn.",
                         "Velkia on Monday became the first country to recognise the republic of Tarn.", None) != "other"
    # a title or a reported deed states no action
    assert not states_action("lead", parse_texts(["Velkia's head of delegation attended the talks."])[0])
    assert not states_action("send", parse_texts(["Kessia denied reports of Kessia's supply of arms."])[0])
    assert states_action("send", parse_texts(["Spies confirmed Kessia's supply of arms to Velkia."])[0])
    # "to" is read as an urged act only after a verb of urging
    ctx = _bare_context()
    assert _read_claim("Brask said the troops returned to base.", ctx).said_action == "return"
    assert _read_claim("Lindqvist urged allies to hit Mirenland with new tariffs.", ctx).said_action == "impose"


def test_rank_order_reads_who_came_before_from_a_ranking():
    from storyscope.verify.dates import rank_order

    told = ("The treaty needed Mirenland's recognition of the Osk border. The small republic did so on 4 April, "
            "as the third country after Kessia and Velkia.")
    assert rank_order("Velkia recognised the Osk border", "Mirenland did", told) == "same"
    assert rank_order("Mirenland had done so", "Velkia recognised the Osk border only", told) == "other"
    assert rank_order("Velkia sent troops to Osk", "Mirenland did", told) is None  # another event
    assert rank_order("Velkia recognised the Osk border", "Kessia did", told) is None  # both before


def test_document_terms_negation_is_read_in_the_clause_that_holds_them():
    from storyscope.verify.documents import states_terms

    passage = ("Brask signed a pact which reads, “Each party shall send troops to the other within thirty days of an "
               "attack, and neither shall sign a separate peace.”")
    assert states_terms("The pact requires each party to send troops to the other within thirty days of an attack.",
                        passage)
    assert not states_terms("The pact does not require each party to send troops to the other within thirty days "
                            "of an attack.", passage)
    assert not states_terms("The pact requires each party to send troops to the other within ten days of an "
                            "attack.", passage)


def test_titles_control_and_unsaid_things():
    from storyscope.verify.check import _written_as
    from storyscope.verify.claim_forms import speaks_of_topic
    from storyscope.verify.statements import opposite_phrase

    assert _written_as({"talvoria", "president"}, {"talvorian", "president"})
    assert not _written_as({"kessia", "president"}, {"talvorian", "president"})
    assert opposite_phrase("the dam remained under full control", "the dam was out of control")
    assert speaks_of_topic("The ministry has not yet said how many engineers it will accept.")
    assert not speaks_of_topic("The ministry said it will accept 300 engineers.")


def test_abbreviated_figures_read_as_digits():
    from storyscope.verify.stance_rules import spelled_figures

    assert spelled_figures("up to 10k engineers and 115K volunteers") == "up to 10,000 engineers and 115,000 volunteers"
    assert spelled_figures("a 3bn loan") == "a 3,000,000,000 loan"
    assert spelled_figures("a 5m wall 10 km away") == "a 5m wall 10 km away"


def test_review_round_three_negatives():
    from storyscope.verify.check import _written_as
    from storyscope.verify.claim_forms import spoken_as_statement
    from storyscope.verify.stance_rules import spelled_figures
    from storyscope.verify.statements import opposite_phrase

    # words that merely begin alike are not one state's name and its people
    assert not _written_as({"militia", "spokesman"}, {"kessian", "military", "spokesman"})
    assert not _written_as({"regional", "governor"}, {"regional", "government"})
    assert not _written_as({"austria", "chancellor"}, {"australian", "chancellor"})
    # control by another party is not the opposite of control
    assert not opposite_phrase("Osk is under Kessian control", "the city is out of Velkian control")
    assert not opposite_phrase("the talks are under control", "Kessia may pull out of arms control talks")
    # where someone went, or what a plan would do, is not whom remarks were made to
    for claim in ("Dorn made her comments about the talks before flying to Lorvik.",
                  "Dorn made her comments about the plan to annex Kessia."):
        assert spoken_as_statement(claim) == claim
    # a model's name or a unit is no abbreviated figure
    assert spelled_figures("29 MiG-29K fighters and a 3 BN battalion") == "29 MiG-29K fighters and a 3 BN battalion"


def test_a_negation_does_not_reach_past_the_next_phrase():
    from storyscope.verify.stance_rules import stem
    from storyscope.verify.statements import negates_words

    said = {stem(w) for w in ("fierce", "shelling", "osk", "went", "despite", "truce")}
    assert not negates_words("Brask said the shelling of Osk had not stopped despite the truce.", said)
    assert negates_words("No volunteer units were formed.", {"volunteer", "unit"})


def test_a_meeting_is_placed_over_the_name_of_whom_was_met():
    from storyscope.verify.names import meetings, place_conflict

    assert meetings("Vell met the envoy of Talvoria, Ida Brask, in Velm on Monday.") \
        == [(frozenset({"vell"}), frozenset({"talvoria", "ida", "brask"}), {"velm"})]
    # a verb between the name and the place ends the meeting: where she arrived is not where they met
    assert meetings("Vell met Brask, who arrived in Velm.") == []
    places = frozenset({"osk", "velm", "dorn"})
    passage = "The Norvakian envoy Vell confirmed the plan during his meeting with Ida Brask in Velm."
    assert place_conflict("Vell met Ida Brask in Osk.", passage, places)
    assert not place_conflict("Vell met Ida Brask in Velm.", passage, places)
    # a meeting with someone else, or a month, is no other place for this meeting
    other = "Envoy Piet Varga met Prime Minister Ida Brask in Osk on Monday."
    assert not place_conflict("Piet Varga met Ola Tamm in Dorn.", other, places)
    assert not place_conflict("Piet Varga met Ida Brask in June.", other, places)
    both = "The meeting between Brask and Varga in Osk was followed by talks with Tamm in Velm."
    assert not place_conflict("Brask met Varga in Osk.", both, places)
    assert place_conflict("Brask met Varga in Dorn.", both, places)
    # who met whom either way round; a passage naming the claim's place for another meeting of theirs is no conflict
    assert place_conflict("Ida Brask met Renn in Velm.", "Renn met Ida Brask in Osk.", places)
    assert not place_conflict("Renn met Ida Brask in Osk.", "Renn met Ida Brask in Velm last year, and again in Osk "
                                                            "on Monday.", places)


def test_a_month_named_as_the_subject_of_the_same_words():
    from storyscope.verify.dates import subject_month_conflict

    passage = "According to reports, March was the wettest month yet for the valley farms."
    assert subject_month_conflict("April was the wettest month yet for the valley farms.", passage)
    assert not subject_month_conflict("April was a dry month for the farms.", passage)
    assert not subject_month_conflict("March was the wettest month yet for the valley farms.", passage)


def test_long_texts_are_cut_into_the_same_passages_one_by_one(store, monkeypatch):
    import storyscope.store.search as search

    query = "storm destroyed homes along the northern coast"
    joined = search_passages(store, query, 10)
    store.con.execute("DELETE FROM meta WHERE key = 'passages_stamp'")
    monkeypatch.setattr(search, "JOINED_COST_MAX", 10)  # every article counts as costly
    assert search_passages(store, query, 10) == joined
    rows = store.con.execute('SELECT p.text, substr(a.text, p.start + 1, p."end" - p.start) FROM passages p '
                             'JOIN articles a ON a.id = p.article_id').fetchall()
    assert rows and all(cut == whole for cut, whole in rows)
    assert store.con.execute("SELECT count(DISTINCT pid) = count(*) FROM passages").fetchone()[0]
