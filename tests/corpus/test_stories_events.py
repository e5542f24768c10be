"""Stories: two different events of the same kind stay apart; the linkage does not chain; blocking is sparse.

The articles are invented for these tests: two ship collisions in two
different ports, years apart, told with the same vocabulary.
"""

from __future__ import annotations

import json
import random

import numpy as np
import pytest

from storyscope.corpus.entities import link_entities
from storyscope.corpus.stories import (
    FEATURES,
    LOCAL_FEATURES,
    average_link,
    candidate_pairs,
    group_stories,
    load_story_model,
    pair_features,
    story_model_from_json,
    story_vectors,
)
from storyscope.errors import StoryscopeError

QUENBY = [("Marlow Star", "PRODUCT"), ("Bellis", "PRODUCT"), ("Quenby", "GPE"), ("Tomas Ardell", "PERSON"),
          ("Ardell", "PERSON"), ("Quenby Harbour Board", "ORG")]
VARNHOLM = [("Ostra Dawn", "PRODUCT"), ("Kelpie", "PRODUCT"), ("Varnholm", "GPE"), ("Lena Brisk", "PERSON"),
            ("Brisk", "PERSON"), ("Varnholm Coast Guard", "ORG")]

COLLISIONS = {
    "q1": ("Cargo ship hits ferry in Quenby harbour",
           ("The cargo ship Marlow Star collided with the passenger ferry Bellis in Quenby harbour on Monday "
           "morning in thick fog. Fourteen passengers were injured, harbour master Tomas Ardell said. "
           "The Quenby Harbour Board closed the port while divers checked the hull of the ferry. "
           "Ardell said the Marlow Star had lost radar contact minutes before the collision in 2029."),
           "2029-04-02", QUENBY),
    "q2": ("Fourteen hurt as Marlow Star strikes Bellis ferry",
           ("Fourteen people were hurt when the Marlow Star struck the Bellis ferry at the entrance of Quenby "
           "harbour. Tomas Ardell, the harbour master, blamed the fog and a failed radar on the cargo ship. "
           "The Quenby Harbour Board said the port would reopen once the Bellis was towed to the dry dock."),
           "2029-04-02", QUENBY),
    "q3": ("Quenby port reopens after ferry collision",
           ("Quenby harbour reopened on Wednesday, two days after the Marlow Star hit the ferry Bellis. "
           "Ardell told reporters that the fourteen injured passengers had left hospital. Investigators from the "
           "Quenby Harbour Board are studying the radar logs of the Marlow Star."),
           "2029-04-04", QUENBY),
    "v1": ("Tanker hits fishing boat off Varnholm",
           ("The tanker Ostra Dawn collided with the fishing trawler Kelpie off the port of Varnholm on Friday "
           "night. Three fishermen are missing, coast guard captain Lena Brisk said. The Varnholm Coast Guard "
           "sent two lifeboats and a helicopter to search the water around the sinking trawler in 2031."),
           "2031-10-17", VARNHOLM),
    "v2": ("Three missing after Ostra Dawn sinks trawler Kelpie",
           ("Rescuers searched through the night for three fishermen missing after the Ostra Dawn tanker hit the "
           "Kelpie near Varnholm. Lena Brisk of the Varnholm Coast Guard said the trawler sank within minutes "
           "and that the tanker crew pulled two men from the water."),
           "2031-10-18", VARNHOLM),
    "v3": ("Varnholm search for Kelpie fishermen called off",
           ("The Varnholm Coast Guard called off the search for the three missing fishermen of the Kelpie on "
           "Sunday. Captain Brisk said the Ostra Dawn had not seen the trawler's lights before the collision. "
           "The tanker is held in Varnholm port while investigators question its crew."),
           "2031-10-19", VARNHOLM),
}


@pytest.fixture
def collisions(make):
    return [make(aid, body, title=title, published=date, entities=ents)
            for aid, (title, body, date, ents) in COLLISIONS.items()]


def test_two_collisions_of_the_same_kind_stay_apart(collisions):
    stories, _ = group_stories(collisions, link_entities(collisions))
    assert sorted(s.articles for s in stories) == [("q1", "q2", "q3"), ("v1", "v2", "v3")]


def test_reports_of_one_collision_form_one_story(collisions):
    quenby = [a for a in collisions if a.article.id.startswith("q")]
    stories, article_story = group_stories(quenby, link_entities(quenby))
    assert len(stories) == 1 and set(article_story) == {"q1", "q2", "q3"}


def test_grouping_ignores_input_order(collisions):
    forward = group_stories(collisions, link_entities(collisions))
    backward = group_stories(collisions[::-1], link_entities(collisions[::-1]))
    assert forward == backward


def test_average_link_does_not_chain():
    # a~b and b~c are strong, a~c is absent: single link would chain all three.
    pairs = np.array([[0, 1], [1, 2]])
    clusters = average_link(3, pairs, np.array([0.95, 0.9]), threshold=0.6)
    assert clusters == [[0, 1], [2]]


def test_average_link_merges_while_the_mean_holds():
    pairs = np.array([[0, 1], [1, 2], [0, 2], [2, 3]])
    clusters = average_link(4, pairs, np.array([0.9, 0.8, 0.7, 0.2]), threshold=0.5)
    assert clusters == [[0, 1, 2], [3]]


def test_pair_features_have_one_column_per_feature(collisions):
    ordered = sorted(collisions, key=lambda a: a.article.id)
    links = link_entities(ordered)
    vectors = story_vectors(ordered, links)
    x = pair_features(vectors, np.array([[0, 1], [0, 3]]))
    assert x.shape == (2, len(FEATURES))
    cos_people = FEATURES.index("cos_people")
    assert x[0, cos_people] > 0.5 and x[1, cos_people] == 0.0


def _invented_word(rng: random.Random) -> str:
    return "".join(rng.choice("bdgklmnprstvz") + rng.choice("aeiou") for _ in range(3))


def test_blocking_never_proposes_all_pairs(make):
    # 80 unrelated notes, each made of its own invented words and place name.
    rng = random.Random(7)
    notes = []
    for i in range(80):
        place = _invented_word(rng).capitalize()
        body = f"{place} " + " ".join(_invented_word(rng) for _ in range(12)) + "."
        notes.append(make(f"n{i:02d}", body, entities=[(place, "GPE")]))
    ordered = sorted(notes, key=lambda a: a.article.id)
    links = link_entities(ordered)
    pairs = candidate_pairs(ordered, links, story_vectors(ordered, links))
    assert len(pairs) < 80 * 79 // 2 // 10
    stories, _ = group_stories(notes, links)
    assert len(stories) == 80


def test_committed_model_matches_the_features():
    model = load_story_model()
    assert model.edge.features == FEATURES and model.link.features == FEATURES + LOCAL_FEATURES
    assert 0.0 < model.link_threshold < 1.0
    assert model.relative_min_size >= 2


def test_model_with_other_features_is_e019():
    obj = load_story_model().to_json({})
    obj["edge"]["features"] = ["cos_words"]
    with pytest.raises(StoryscopeError) as err:
        story_model_from_json(json.loads(json.dumps(obj)))
    assert err.value.code == "E019"


def test_relative_test_spares_fragments_below_its_minimum_size():
    # A tight pair (0, 1) and a tight trio (2, 3, 4), linked at 0.6 on average:
    # the relative test (0.6 < 0.8 x 0.95) keeps them apart while the pair
    # counts as a cluster, and lets it join once clusters of two are exempt.
    tight = [(0, 1), (2, 3), (2, 4), (3, 4)]
    cross = [(a, b) for a in (0, 1) for b in (2, 3, 4)]
    pairs = np.asarray(tight + cross)
    weights = np.asarray([0.95] * len(tight) + [0.6] * len(cross))
    assert average_link(5, pairs, weights, threshold=0.5, relative=0.8) == [[0, 1], [2, 3, 4]]
    exempt = average_link(5, pairs, weights, threshold=0.5, relative=0.8, relative_min_size=3)
    assert exempt == [[0, 1, 2, 3, 4]]


@pytest.mark.parametrize("relative", [0.0, 0.7])
@pytest.mark.parametrize("min_size", [2, 4])
def test_dense_and_sparse_average_link_agree(monkeypatch, relative, min_size):
    from storyscope.corpus import stories

    rng = np.random.default_rng(3)
    n = 40
    i, j = np.triu_indices(n, k=1)
    keep = rng.random(len(i)) < 0.3
    pairs = np.column_stack([i[keep], j[keep]])
    weights = np.round(rng.random(len(pairs)), 3)
    dense = stories.average_link(n, pairs, weights, 0.45, relative, min_size)
    monkeypatch.setattr(stories, "DENSE_LINK_MAX", 0)
    assert stories.average_link(n, pairs, weights, 0.45, relative, min_size) == dense


def test_lead_counts_title_and_first_sentences_only(make):
    from storyscope.corpus import stories

    body = "Zorvath dam breaks near town. Engineers inspect the Zorvath spillway. Kelmont recalls a flood of 1990."
    items = [make("d1", body, title="Dam alert"), make("d2", "A quiet day at the market.", title="Market")]
    body_tf, lead_tf, title_tf, vocab = stories._body_and_lead_frequencies(items)
    expected, expected_vocab = stories.term_frequencies(items)
    assert list(vocab) == list(expected_vocab)
    assert abs(body_tf - expected).max() == 0.0
    col = {w: k for k, w in enumerate(vocab)}
    assert lead_tf[0, col["spillway"]] > 0 and lead_tf[0, col["dam"]] > 0
    assert lead_tf[0, col["kelmont"]] == 0 and body_tf[0, col["kelmont"]] > 0
    assert title_tf[0, col["alert"]] > 0 and title_tf[0, col["zorvath"]] == 0


def test_pair_model_clamps_features_to_their_training_range():
    from storyscope.corpus.stories import PairModel

    bounded = PairModel(("a",), np.zeros(1), np.ones(1), np.ones(1), 0.0, np.zeros(1), np.ones(1))
    assert bounded.probability(np.array([[40.0]]))[0] == bounded.probability(np.array([[1.0]]))[0]
    again = PairModel.from_json(json.loads(json.dumps(bounded.to_json())), ("a",))
    assert again.probability(np.array([[40.0]]))[0] == bounded.probability(np.array([[1.0]]))[0]
    unbounded = PairModel.from_json({k: v for k, v in bounded.to_json().items() if k not in ("low", "high")}, ("a",))
    assert unbounded.probability(np.array([[40.0]]))[0] > bounded.probability(np.array([[1.0]]))[0]


def test_committed_model_is_clamped():
    model = load_story_model()
    for pair_model in (model.edge, model.link):
        assert pair_model.low is not None and np.all(pair_model.low <= pair_model.high)


def test_profile_correlation_all_pairs_matches_per_pair():
    from storyscope.corpus.stories import _profile_correlation

    rng = np.random.default_rng(5)
    block = rng.random((12, 6))
    gram = block @ block.T
    i, j = np.triu_indices(12, k=1)
    everything = _profile_correlation(None, i, j, gram.copy())  # all pairs: one product
    few = _profile_correlation(None, i[:5], j[:5], gram.copy())  # a few: per pair
    assert np.allclose(everything[:5], few)
