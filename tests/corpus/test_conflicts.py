"""Conflicts: numeric disagreements (with hedges and partial counts), denials, contradictions.

The corpus sub-stages before conflicts run here directly (copies, entities,
claims) with a given story map, so these tests do not depend on story grouping.
"""

import pytest

from storyscope.corpus.claims import group_claims
from storyscope.corpus.conflicts import find_conflicts
from storyscope.corpus.copies import find_copies
from storyscope.corpus.entities import link_entities

from .conftest import build_all


def run(articles, stories=None):
    """Claims and conflicts of ``articles``; every article in story S1 unless ``stories`` says otherwise."""
    ordered = sorted(articles, key=lambda a: a.article.id)
    links = link_entities(ordered)
    claims = group_claims(ordered, links, find_copies(ordered).origin)
    story_map = {a.article.id: (stories or {}).get(a.article.id, "S1") for a in ordered}
    return claims, find_conflicts(ordered, claims, links, story_map)


def _kind(conflicts, kind):
    return [c for c in conflicts if c.kind == kind]


@pytest.fixture(scope="module")
def fixture_run():
    """The six fixture articles: the Norvania story (a1-a4) and the tidal plant (b1, b2)."""
    articles = build_all()
    return run(articles, {a.article.id: "S2" if a.article.id.startswith("b") else "S1" for a in articles})


# --------------------------------------------------------------------------- numeric


def test_numeric_conflict_between_outlets(fixture_run):
    _, conflicts = fixture_run
    (numeric,) = _kind(conflicts, "numeric")
    assert numeric.values == (2000.0, 20000.0)
    assert numeric.articles == ("a1", "a2", "a3")


def test_numeric_summary_names_values_and_articles(fixture_run):
    _, conflicts = fixture_run
    (numeric,) = _kind(conflicts, "numeric")
    assert numeric.summary == "Norvanian soldiers/troops: 2,000 (a1, a2) vs 20,000 (a3)"


def test_numeric_conflict_links_claims_holding_the_numbers(fixture_run):
    claims, conflicts = fixture_run
    (numeric,) = _kind(conflicts, "numeric")
    texts = {m.text for c in claims if c.id in numeric.claims for m in c.mentions}
    assert any("2,000" in t for t in texts) and any("20,000" in t for t in texts)


def test_close_values_are_not_a_conflict(make):
    a = make("n1", "About 5,000 engineers arrived at the dam site this week.", published="2031-05-01",
             quantities=[("About 5,000", 5000.0, "engineers")])
    b = make("n2", "Some 5,200 engineers are working on the dam site now.", published="2031-05-02",
             quantities=[("Some 5,200", 5200.0, "engineers")])
    assert _kind(run([a, b])[1], "numeric") == []


def test_different_things_counted_are_not_a_conflict(make):
    a = make("n1", "The ministry says 300 soldiers guard the dam site near the river.", published="2031-05-01",
             quantities=[("300", 300.0, "soldiers")])
    b = make("n2", "The ministry says 9,000 refugees crossed the river near the dam site.", published="2031-05-02",
             quantities=[("9,000", 9000.0, "refugees")])
    assert _kind(run([a, b])[1], "numeric") == []


def test_synonym_heads_are_compared(make):
    a = make("n1", "Officials say 300 workers were sent to the dam site on the river.", published="2031-05-01",
             quantities=[("300", 300.0, "workers")])
    b = make("n2", "Officials say 3,000 troops were sent to the dam site on the river.", published="2031-05-02",
             quantities=[("3,000", 3000.0, "troops")])
    (numeric,) = _kind(run([a, b])[1], "numeric")
    assert numeric.values == (300.0, 3000.0)


def _plan_and_arrival(make):
    plan = make("p1", "Norvania will send up to 2,000 engineers to the flooded valley, the government said.",
                published="2031-05-01", quantities=[("up to 2,000", 2000.0, "engineers")])
    arrival = make("p2", "Around 300 engineers crossed the border on Friday night, the first part of the mission.",
                   published="2031-05-03", quantities=[("Around 300", 300.0, "engineers")])
    accepted = make("p3", "The valley has so far accepted about 300 engineers, who reached the dam on Friday.",
                    published="2031-05-04", quantities=[("about 300", 300.0, "engineers")])
    return plan, arrival, accepted


def test_up_to_figure_and_partial_arrival_are_not_a_conflict(make):
    assert _kind(run(list(_plan_and_arrival(make)))[1], "numeric") == []


def test_ten_times_the_upper_bound_is_a_conflict_and_partial_counts_stay_out(make):
    plan, arrival, accepted = _plan_and_arrival(make)
    claim = make("p4", "A state news agency claimed that 20,000 volunteers were ready to go to the valley.",
                 published="2031-05-02", quantities=[("20,000", 20000.0, "volunteers")])
    (numeric,) = _kind(run([plan, arrival, accepted, claim])[1], "numeric")
    assert numeric.values == (2000.0, 20000.0)
    assert numeric.articles == ("p1", "p4")
    assert numeric.summary.endswith(": up to 2,000 (p1) vs 20,000 (p4)")


def test_upper_bound_against_ten_times_more_keeps_the_articles_behind_each_value(make):
    low = make("k1", "The president said up to 10,000 Ostrian specialists were being prepared for the front.",
               published="2031-05-01", entities=[("Ostrian", "NORP")],
               quantities=[("up to 10,000", 10000.0, "Ostrian specialists")])
    high = [
        make(f"k{i}", f"{lead} 100,000 volunteer troops to the front, a state channel said.",
             published=f"2031-05-0{i}", quantities=[("100,000", 100000.0, "volunteer troops")])
        for i, lead in ((2, "Ostria is ready to send"), (3, "Ostria has offered"))
    ]
    (numeric,) = _kind(run([low, *high])[1], "numeric")
    assert numeric.values == (10000.0, 100000.0)
    assert numeric.summary == "Ostrian specialists/troops: up to 10,000 (k1) vs 100,000 (k2, k3)"


@pytest.mark.parametrize(
    "first, second, conflict",
    [
        (("at least 38", 38.0), ("at least 41", 41.0), False),  # a rising toll, both lower bounds
        (("at least 38", 38.0), ("41", 41.0), False),
        (("at least 500", 500.0), ("40", 40.0), True),  # 40 is below the floor
        (("more than 100", 100.0), ("up to 60", 60.0), True),  # floor above the ceiling
        (("up to 60", 60.0), ("up to 600", 600.0), False),  # two ceilings never clash
    ],
)
def test_hedged_figures(make, first, second, conflict):
    a = make("h1", f"Officials say {first[0]} people died when the bridge fell.", published="2031-05-01",
             quantities=[(first[0], first[1], "people")])
    b = make("h2", f"Officials say {second[0]} people died when the bridge fell.", published="2031-05-02",
             quantities=[(second[0], second[1], "people")])
    assert bool(_kind(run([a, b])[1], "numeric")) is conflict


def test_two_partial_counts_compare_as_written(make):
    a = make("q1", "The first 300 engineers arrived at the dam on Friday morning.", published="2031-05-01",
             quantities=[("300", 300.0, "engineers")])
    b = make("q2", "The first 3,000 engineers arrived at the dam on Friday morning.", published="2031-05-02",
             quantities=[("3,000", 3000.0, "engineers")])
    (numeric,) = _kind(run([a, b])[1], "numeric")
    assert numeric.values == (300.0, 3000.0) and "so far" in numeric.summary


@pytest.mark.parametrize("text, cls", [
    ("12 people died when the bridge fell", "casualties"),
    ("about 900 people were evacuated overnight", "refugees"),
    ("15 people attended the meeting", None),
])
def test_generic_counts_take_their_class_from_the_predicate(text, cls):
    from storyscope.corpus.conflicts import generic_predicate_class

    number_end = text.index(" people") + len(" people")
    assert generic_predicate_class(text, number_end) == cls


# --------------------------------------------------------------------------- denials


def test_denial_names_who_denies(fixture_run):
    _, conflicts = fixture_run
    (denial,) = _kind(conflicts, "denial")
    assert denial.summary.startswith("Dravenian foreign ministry denies: ")
    assert "fake news" in denial.summary


def test_denial_links_the_denied_claim_in_every_outlet_carrying_it(fixture_run):
    claims, conflicts = fixture_run
    (denial,) = _kind(conflicts, "denial")
    denied = {m.article for c in claims if c.id in denial.claims for m in c.mentions}
    # a1/a2 (2,000 soldiers offered) and a3 (20,000 troops to be sent) carry the claim; a4 denies it.
    assert {"a1", "a3", "a4"} <= denied
    assert {"a1", "a2", "a3", "a4"} <= set(denial.articles)
    assert not {"b1", "b2"} & set(denial.articles)


def _troop_story(make):
    ents = [("Ostria", "GPE"), ("Ostrian", "NORP"), ("Velmar", "GPE"), ("Kremna", "ORG")]
    return [
        make("t1", "Ostria is ready to send 40,000 volunteer troops to Velmar, a state channel said.",
             published="2031-06-01", outlet="Channel One", entities=ents,
             quantities=[("40,000", 40000.0, "volunteer troops")]),
        make("t2", "Officials in Velmar say up to 4,000 Ostrian soldiers are being trained to enter the war.",
             published="2031-06-02", outlet="Velmar Post", entities=ents,
             quantities=[("up to 4,000", 4000.0, "Ostrian soldiers")]),
        make("t3", "The Ostrian leader has offered fighters to Velmar in exchange for grain. "
             "Ostrian farmers expect a record harvest this year.",
             published="2031-06-03", outlet="Daily Ledger", entities=ents),
        make("t4", "Kremna dismissed the claims that Ostrian troops are about to enter the war in Velmar "
             "as fake news. Velmar opened a new railway bridge on Sunday.",
             published="2031-06-04", outlet="Wire", entities=ents,
             attributions=[{"speaker": "Kremna", "cue": "dismissed", "content": "as fake news", "label": "ORG"}],
             stances={0: "denies"}, attributed={0: "Kremna"}),
    ]


def test_denial_points_at_the_claim_in_several_outlets(make):
    claims, conflicts = run(_troop_story(make))
    (denial,) = _kind(conflicts, "denial")
    by_id = {c.id: c for c in claims}
    denied_articles = {m.article for cid in denial.claims for m in by_id[cid].mentions}
    assert {"t1", "t2", "t3", "t4"} <= denied_articles
    assert denial.summary.startswith("Kremna denies: ")
    unrelated = [c.id for c in claims if any("harvest" in m.text or "railway" in m.text for m in c.mentions)]
    assert not set(unrelated) & set(denial.claims)


def test_a_troop_denial_leaves_out_supposed_troops_sent_workers_and_arms(make):
    story = _troop_story(make)
    ents = [("Ostria", "GPE"), ("Ostrian", "NORP"), ("Velmar", "GPE"), ("Kremna", "ORG")]
    story += [
        make("t5", "If Ostrian volunteers with their artillery were sent to the war, Kremna should welcome them.",
             published="2031-06-05", outlet="Evening Star", entities=ents),
        make("t6", "In exchange for grain, Ostria would send thousands of construction workers to the war zone in "
             "Velmar to help with reconstruction.", published="2031-06-06", outlet="Harbour News", entities=ents),
        make("t7", "Ostria is already known to have sent large quantities of Ostrian shells and missiles to enter the "
             "war in Velmar.", published="2031-06-07", outlet="Morning Post", entities=ents),
    ]
    claims, conflicts = run(story)
    (denial,) = _kind(conflicts, "denial")
    by_id = {c.id: c for c in claims}
    denied_articles = {m.article for cid in denial.claims for m in by_id[cid].mentions}
    assert {"t1", "t2", "t3"} <= denied_articles  # the troop claims, as before
    assert not {"t5", "t6", "t7"} & denied_articles  # (nor the shells and missiles sent)


def test_a_hedged_or_armed_troop_claim_stays_a_denial_target():
    from storyscope.corpus.conflicts import _HYPOTHETICAL

    assert _HYPOTHETICAL.search("If Ostrian volunteers were sent, Kremna should welcome them.")
    assert _HYPOTHETICAL.search("I think that if I were their commander, I would stay home.")
    for stated in ("If confirmed, Ostrian troops are about to enter the war.",
                   "Ostrian troops will enter the war, as if they were never told of the risks.",
                   "Ostrian troops will enter the war, a general asked if they were ready."):
        assert not _HYPOTHETICAL.search(stated)


def test_the_claim_denied_is_first_sought_in_the_denials_own_article(make):
    # t4's dismissal follows its own report of the troop claim: that is the claim it answers, named in the summary
    story = _troop_story(make)
    ents = [("Ostria", "GPE"), ("Ostrian", "NORP"), ("Velmar", "GPE"), ("Kremna", "ORG")]
    story[3] = make("t4", "According to Velmar's president, Ostrian fighters may soon join the war. "
                    "Kremna dismissed the claims that Ostrian troops are about to enter the war in Velmar "
                    "as fake news.", published="2031-06-04", outlet="Wire", entities=ents,
                    attributions=[{"speaker": "Kremna", "cue": "dismissed", "content": "as fake news",
                                   "label": "ORG"}],
                    stances={1: "denies"}, attributed={1: "Kremna"})
    claims, conflicts = run(story)
    (denial,) = _kind(conflicts, "denial")
    assert "the claim denied: “According to Velmar's president" in denial.summary
    assert {"t1", "t2", "t4"} <= set(denial.articles)


def test_denial_that_refers_back_takes_its_topic_from_the_headline(make):
    plan = make("r1", "Norvania will send up to 500 engineers to Dravenia, the defence minister said.",
                published="2031-07-01", quantities=[("up to 500", 500.0, "engineers")])
    report = make("r2", "A state agency claimed that 5,000 volunteers had signed up to travel to Dravenia.",
                  published="2031-07-02", quantities=[("5,000", 5000.0, "volunteers")])
    denial = make("r3", "The foreign ministry dismissed the reports as fabrications, insisting that the mission "
                  "would be limited to up to 500 engineers.",
                  title="Ministry dismisses '5,000 volunteers' report", published="2031-07-03",
                  quantities=[("up to 500", 500.0, "engineers")],
                  attributions=[{"speaker": "foreign ministry", "cue": "dismissed",
                                 "content": "the reports as fabrications", "label": "ORG"}],
                  stances={0: "denies"})
    claims, conflicts = run([plan, report, denial])
    (conflict,) = _kind(conflicts, "denial")
    by_id = {c.id: c for c in claims}
    denied_texts = [m.text for cid in conflict.claims for m in by_id[cid].mentions]
    assert any("5,000 volunteers" in t for t in denied_texts)
    assert "r1" not in conflict.articles


def test_denials_of_one_claim_in_several_articles_make_one_conflict(make):
    report = make("s1", "A state agency claimed that 5,000 volunteers were ready to travel to Dravenia.",
                  published="2031-07-02", quantities=[("5,000", 5000.0, "volunteers")])
    first = make("s2", "The ministry denied claims that 5,000 volunteers were ready to travel to Dravenia.",
                 published="2031-07-03", attributions=[{"speaker": "ministry", "cue": "denied",
                                                         "content": "claims that 5,000 volunteers"}],
                 stances={0: "denies"})
    later = make("s3", "The ministry has rejected reports that 5,000 volunteers will travel to Dravenia.",
                 published="2031-07-05", attributions=[{"speaker": "ministry", "cue": "rejected",
                                                        "content": "reports that 5,000 volunteers"}],
                 stances={0: "denies"})
    (conflict,) = _kind(run([report, first, later])[1], "denial")
    assert conflict.articles == ("s1", "s2", "s3")
    assert "also reported in s3" in conflict.summary


def test_denial_of_nothing_in_the_pile_is_not_a_conflict(make):
    a = make("u1", "Norvania opened a tidal power plant on the northern coast on Monday.", published="2031-05-01")
    b = make("u2", "The ministry denied reports that its envoy had resigned over the harbour tolls.",
             published="2031-05-02", attributions=[{"speaker": "ministry", "cue": "denied",
                                                    "content": "reports that its envoy had resigned"}],
             stances={0: "denies"})
    assert _kind(run([a, b])[1], "denial") == []


@pytest.mark.parametrize(
    "cue, content",
    [("denied", "that any troops had crossed"), ("branded", "as lies")],
)
def test_denial_from_attribution_cue(make, cue, content):
    claim = make("d1", "Norvanian troops crossed the river bridge at dawn, witnesses said.", published="2031-05-01")
    text = f"The ministry {cue} the report {content} the river bridge at dawn."
    denial = make("d2", text, published="2031-05-02",
                  attributions=[{"speaker": "the ministry", "cue": cue, "content": content}])
    (conflict,) = _kind(run([claim, denial])[1], "denial")
    assert conflict.summary.startswith("the ministry denies: ")  # a description, not a named entity
    assert "d1" in conflict.articles


# --------------------------------------------------------------------------- contradictions


def test_contradiction_between_negated_and_affirmed_mentions(make):
    a = make("c1", "Norvania has sent combat engineers to the southern front.", published="2031-05-01")
    b = make("c2", "Norvania has not sent combat engineers to the southern front.", published="2031-05-02")
    (conflict,) = _kind(run([a, b])[1], "contradiction")
    assert conflict.articles == ("c1", "c2")
    assert "affirmed in c1 vs negated in c2" in conflict.summary


def test_negation_in_a_concessive_clause_is_no_contradiction(make):
    ents = [("Pak Sung-ho", "PERSON")]
    a = make("c1", "Premier Pak Sung-ho thanked the volunteers in a televised address, although the agency "
             "did not say whether any would be sent.", published="2031-05-01", entities=ents)
    b = make("c2", "Premier Pak Sung-ho thanked the volunteers in a televised address on Wednesday.",
             published="2031-05-02", entities=ents)
    claims, conflicts = run([a, b])
    assert any({m.article for m in c.mentions} == {"c1", "c2"} for c in claims)
    assert _kind(conflicts, "contradiction") == []


def test_compatible_statements_are_no_contradiction(make):
    a = make("c1", "The convoy did not stop at the border post and reached the dam by noon.", published="2031-05-01")
    b = make("c2", "The convoy reached the dam by noon after a long night on the road.", published="2031-05-02")
    assert _kind(run([a, b])[1], "contradiction") == []


def test_conflict_ids_are_numbered_in_order(fixture_run):
    _, conflicts = fixture_run
    assert [c.id for c in conflicts] == [f"X{i}" for i in range(1, len(conflicts) + 1)]


@pytest.mark.parametrize(("first", "second", "conflict"), [
    ("people died", "people killed", True),  # (one toll, in two verbs)
    ("protesters arrested", "protesters detained", True),
    ("sailors killed", "sailors wounded", False),  # (the dead and the wounded are two counts)
    ("soldiers killed", "civilians died", False),  # (whom it befell: soldiers, not civilians)
    ("soldiers captured", "prisoners", False),
    ("troops killed", "soldiers killed", True),
])
def test_counts_of_one_fate_in_other_verbs_are_one_count(make, first, second, conflict):
    # (the count's text as the quantity stage gives it: the noun, then the fate)
    a = make("f1", f"Officials in Osk listed 40 {first} after the storm on Monday.", published="2031-03-01",
             quantities=[("40", 40.0, first)])
    b = make("f2", f"Officials in Brenn listed 75 {second} after the storm on Monday.", published="2031-03-02",
             quantities=[("75", 75.0, second)])
    numeric = _kind(run([a, b])[1], "numeric")
    assert bool(numeric) == conflict


def test_a_troop_denial_does_not_target_arms_sent_without_people():
    from storyscope.corpus.conflicts import _Denial, _StoryClaims, _targets

    index = _StoryClaims()
    index.add("C1", {"ostri", "@people", "enter", "war", "~military"})
    index.add("C2", {"ostri", "shell", "missil", "enter", "war", "~materiel"})
    index.add("C3", {"ostri", "worker", "enter", "war", "~civil"})
    index.add("C4", {"ostri", "missil", "@people", "enter", "war", "~materiel"})
    denial = _Denial("t4", 0, 10, "Kremna dismissed the claims that Ostrian troops are about to enter the war",
                     "Kremna", frozenset({"ostri", "@people", "enter", "war"}), military=True)
    arts = {"C1": {"a1"}, "C2": {"a2"}, "C3": {"a3"}, "C4": {"a4"}}
    assert _targets(denial, index, arts, arts) == ["C1", "C4"]  # (missile specialists are people sent)
