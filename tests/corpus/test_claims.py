"""Claims: mentions grouped across articles, copies counted once, numbers kept apart."""

from dataclasses import replace

import pytest

from storyscope.corpus.claims import group_claims
from storyscope.corpus.copies import find_copies
from storyscope.corpus.entities import link_entities


def _claims(articles):
    return group_claims(articles, link_entities(articles), find_copies(articles).origin)


def _claim_of(claims, article, fragment):
    found = [c for c in claims if any(m.article == article and fragment in m.text for m in c.mentions)]
    assert len(found) == 1
    return found[0]


@pytest.fixture
def claims(corpus_articles):
    return _claims(corpus_articles)


def test_paraphrased_quote_groups_across_articles(claims):
    claim = _claim_of(claims, "a1", "green light")
    assert {m.article for m in claim.mentions} == {"a1", "a2", "a3"}


def test_one_speaker_quoted_by_several_outlets_is_one_origin(claims):
    # a1, its syndicated copy a2, and a3 all relay Grushenko's words: one origin stands behind them
    assert _claim_of(claims, "a1", "green light").independent_sources == 1


_ENTS = [("Talvoria", "GPE"), ("Osk", "GPE"), ("Mara Velt", "PERSON"), ("Velt", "PERSON")]
_PLAN = "Talvoria will send 300 surveyors to Osk next month"


def _relayed(make, aid, speaker, outlet):
    text = f"{_PLAN}, {speaker} said." if speaker else f"{_PLAN}."
    return make(aid, text, outlet=outlet, entities=_ENTS, stances={0: "reports" if speaker else "asserts"},
                attributed={0: speaker} if speaker else None)


@pytest.mark.parametrize(("speakers", "origins"), [
    (["Mara Velt", "Velt"], 1),  # one person, spelt two ways, in two outlets
    (["Mara Velt", None], 2),  # her words, and another outlet's own account
    (["officials", "officials"], 2),  # unnamed: they may be anyone
])
def test_independent_sources_count_origins_not_outlets(make, speakers, origins):
    articles = [_relayed(make, f"v{n}", who, f"Outlet {n}") for n, who in enumerate(speakers)]
    (claim,) = _claims(articles)
    assert len(claim.mentions) == 2 and claim.independent_sources == origins


def test_a_heading_over_a_relay_is_no_origin_of_its_own(make):
    relayed = _relayed(make, "h0", "Mara Velt", "Outlet 0")
    # the second outlet heads its relay of her words with the claim as a bare line: still her words, not its own
    headed = make("h1", f"{_PLAN}\n\nMara Velt said on Friday that Talvoria plans to send 300 surveyors to Osk next "
                  "month. The ferry from Brenn will carry their boats. Fishermen in Osk fear the work will close "
                  "the harbour for the summer season.", outlet="Outlet 1", entities=_ENTS,
                  stances={0: "asserts", 1: "reports"}, attributed={1: "Mara Velt"})
    (claim,) = [c for c in _claims([relayed, headed]) if "surveyors" in c.text]
    assert len(claim.mentions) == 3 and claim.independent_sources == 1
    # a heading over a denial is its outlet's own claim, not the denier's
    denied = make("h3", f"{_PLAN}\n\nMara Velt denied on Friday that Talvoria plans to send 300 surveyors to Osk "
                  "next month. The ferry from Brenn will carry their boats. Fishermen in Osk fear the work will close "
                  "the harbour for the summer season.", outlet="Outlet 3", entities=_ENTS,
                  stances={0: "asserts", 1: "denies"}, attributed={1: "Mara Velt"})
    (claim,) = [c for c in _claims([relayed, denied]) if "surveyors" in c.text]
    assert claim.independent_sources == 2
    # a heading over nothing else is its outlet's own claim
    alone = make("h2", f"{_PLAN}\n\nThe ferry to Osk runs twice a day.", outlet="Outlet 2", entities=_ENTS,
                 stances={0: "asserts"})
    (claim,) = [c for c in _claims([relayed, alone]) if "surveyors" in c.text]
    assert claim.independent_sources == 2


def test_copies_count_once_as_independent_source(make):
    body = f"{_PLAN}. The surveyors will map the harbour and the old ferry piers before the winter storms."
    articles = [make("w1", body, outlet="Osk Herald", entities=_ENTS), make("w2", body, outlet="Brask Daily",
                                                                            entities=_ENTS),
                make("w3", f"{_PLAN}, the council confirmed.", outlet="Velm Courier", entities=_ENTS)]
    claim = _claim_of(_claims(articles), "w3", "300 surveyors")
    assert {m.article for m in claim.mentions} == {"w1", "w2", "w3"}
    assert claim.independent_sources == 2  # w2 copies w1


def test_different_numbers_make_different_claims(claims):
    two_thousand = _claim_of(claims, "a1", "2,000")
    twenty_thousand = _claim_of(claims, "a3", "20,000")
    assert two_thousand.id != twenty_thousand.id


def test_single_article_claims_are_kept(claims):
    claim = _claim_of(claims, "a3", "hard currency")
    assert claim.independent_sources == 1 and len(claim.mentions) == 1


def test_claims_ordered_by_sources_then_checkworthiness(claims):
    keys = [(-c.independent_sources, -c.checkworthiness) for c in claims]
    assert keys == sorted(keys)
    assert [c.id for c in claims] == [f"C{i}" for i in range(1, len(claims) + 1)]


def test_attributed_to_uses_canonical_name(claims):
    claim = _claim_of(claims, "a4", "new phase")
    assert [m.attributed_to for m in claim.mentions] == ["Oleksiy Marchensky"]


def test_mentions_sorted_by_article_and_offset(claims):
    for claim in claims:
        keys = [(m.article, m.start) for m in claim.mentions]
        assert keys == sorted(keys)


def test_checkworthiness_is_max_of_mentions(make):
    text = "The harbour bridge will close for repairs in spring, the council said."
    low = make("k1", text, checkworthiness=0.2)
    high = make("k2", text + " Traffic will use the ferry.", checkworthiness=0.9)
    claim = _claim_of(_claims([low, high]), "k1", "harbour bridge")
    assert claim.checkworthiness == 0.9


def _with_source(item, source):
    """``item`` with the source span of each attribution set to ``source`` (as annotate would)."""
    start = item.article.text.index(source)
    atts = tuple(replace(a, source_text=source, source_start=start, source_end=start + len(source))
                 for a in item.annotations.attributions)
    return replace(item, annotations=replace(item.annotations, attributions=atts))


def test_shared_speaker_description_does_not_make_one_claim(make):
    who = "Dr Mara Kell, an analyst at the Orvin Institute for Coastal Studies"
    ents = [("Mara Kell", "PERSON"), ("Orvin Institute for Coastal Studies", "ORG")]
    a = make("k1", f"{who}, said the figure should be treated with great caution.", entities=ents,
             attributions=[{"speaker": "Mara Kell", "cue": "said",
                            "content": "the figure should be treated with great caution"}])
    b = make("k2", f"{who}, said the harbour tolls would double next spring.", entities=ents,
             attributions=[{"speaker": "Mara Kell", "cue": "said",
                            "content": "the harbour tolls would double next spring"}])
    claims = _claims([_with_source(a, who), _with_source(b, who)])
    assert _claim_of(claims, "k1", "caution").id != _claim_of(claims, "k2", "tolls").id


def test_mentions_whose_figures_disagree_stay_apart(make):
    a = make("f1", "Officials say at least 38 people have died and 14,000 residents were evacuated from the valley.",
             quantities=[("at least 38", 38.0, "people"), ("14,000", 14000.0, "residents")])
    b = make("f2", "Officials say at least 41 people have died and 14,000 residents were evacuated from the valley.",
             quantities=[("at least 41", 41.0, "people"), ("14,000", 14000.0, "residents")])
    claims = _claims([a, b])
    assert _claim_of(claims, "f1", "38").id != _claim_of(claims, "f2", "41").id


def test_same_figure_of_the_same_thing_groups_different_wordings(make):
    a = make("g1", "Ostria is known to be ready to send 100,000 volunteer troops to Velmar.",
             quantities=[("100,000", 100000.0, "volunteer troops")])
    b = make("g2", "Ostria has offered 100,000 volunteer soldiers to its ally Velmar.",
             quantities=[("100,000", 100000.0, "volunteer soldiers")])
    claims = _claims([a, b])
    assert _claim_of(claims, "g1", "100,000").id == _claim_of(claims, "g2", "100,000").id


def test_different_people_keep_claims_apart(make):
    ents = [("Ivan Petrov", "PERSON"), ("Oleg Petrov", "PERSON")]
    a = make("h1", "Ivan Petrov opened the tidal power plant on the northern coast of the lake.", entities=ents)
    b = make("h2", "Oleg Petrov opened the tidal power plant on the northern coast of the lake.", entities=ents)
    claims = _claims([a, b])
    assert _claim_of(claims, "h1", "Ivan").id != _claim_of(claims, "h2", "Oleg").id


def test_short_and_full_name_of_one_person_agree(make):
    ents = [("Sun Il Kadar", "PERSON"), ("Kadar", "PERSON"), ("Sun-il Kadar", "PERSON")]
    a = make("j1", "Premier Sun Il Kadar thanked the volunteers in a televised address on Wednesday.", entities=ents)
    b = make("j2", "Kadar thanked the volunteers in a televised address on Wednesday evening.", entities=ents)
    claims = _claims([a, b])
    assert _claim_of(claims, "j1", "thanked").id == _claim_of(claims, "j2", "thanked").id


def test_denial_joins_a_claim_only_on_what_it_denies(make):
    plan = make("m1", "Norvania will send up to 2,000 military engineers to the flooded valley of Dravenia.",
                quantities=[("up to 2,000", 2000.0, "military engineers")])
    denial = make("m2", "The ministry dismissed the reports as fabrications, insisting that its mission to the "
                  "flooded valley of Dravenia would be limited to up to 2,000 military engineers.",
                  quantities=[("up to 2,000", 2000.0, "military engineers")],
                  attributions=[{"speaker": "ministry", "cue": "dismissed", "content": "the reports as fabrications"}],
                  stances={0: "denies"})
    claims = _claims([plan, denial])
    assert _claim_of(claims, "m1", "2,000").id != _claim_of(claims, "m2", "2,000").id


def test_denial_is_a_mention_of_the_claim_it_names(make):
    report = make("m1", "A state agency claimed that 5,000 volunteers were ready to travel to Dravenia.",
                  quantities=[("5,000", 5000.0, "volunteers")])
    denial = make("m2", "The ministry denied claims that 5,000 volunteers were ready to travel to Dravenia.",
                  attributions=[{"speaker": "ministry", "cue": "denied", "content": "claims that 5,000 volunteers"}],
                  stances={0: "denies"})
    claim = _claim_of(_claims([report, denial]), "m1", "5,000")
    assert [(m.article, m.stance) for m in claim.mentions] == [("m1", "asserts"), ("m2", "denies")]
    assert claim.text.startswith("A state agency")


def test_same_template_about_other_countries_stays_apart(make):
    a = make("w1", "Norvania will send 2,000 military engineers to Dravenia after the floods, officials said.",
             entities=[("Norvania", "GPE"), ("Dravenia", "GPE")], quantities=[("2,000", 2000.0, "military engineers")])
    b = make("w2", "Ostria will send 2,000 military engineers to Velmar after the floods, officials said.",
             entities=[("Ostria", "GPE"), ("Velmar", "GPE")], quantities=[("2,000", 2000.0, "military engineers")])
    c = make("w3", "Norvanian officials said 2,000 military engineers will go to Dravenia after the floods.",
             entities=[("Norvanian", "NORP"), ("Dravenia", "GPE")], quantities=[("2,000", 2000.0, "military engineers")])
    claims = _claims([a, b, c])
    assert _claim_of(claims, "w1", "2,000").id != _claim_of(claims, "w2", "2,000").id
    assert _claim_of(claims, "w1", "2,000").id == _claim_of(claims, "w3", "2,000").id
