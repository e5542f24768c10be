"""The fast paths the corpus stages take at scale give the same answers as the plain ones.

Small invented inputs: random similarity graphs (with ties) for average-link,
random sparse rows for the component features, the hand-built fixture
articles for the shared mention cores.
"""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp

from storyscope.corpus import stories
from storyscope.corpus._lsh import sorted_unique
from storyscope.corpus.claims import (
    _entities_agree,
    _name_keys,
    group_claims,
    mention_core,
    mention_cores,
)
from storyscope.corpus.conflicts import find_conflicts
from storyscope.corpus.copies import find_copies
from storyscope.corpus.entities import link_entities

from .conftest import build_all


def _naive_dense_link(n, pairs, weights, threshold, relative):
    """Average-link by a full argmax over the cluster matrix after every merge (the reference)."""
    sums = np.zeros((n, n))
    np.add.at(sums, (pairs[:, 0], pairs[:, 1]), weights)
    sums = sums + sums.T
    np.fill_diagonal(sums, 0.0)
    size, inner = np.ones(n), np.zeros(n)
    active = np.ones(n, dtype=bool)
    members = [[r] for r in range(n)]
    upper = np.triu(np.ones((n, n), dtype=bool), k=1)
    while active.sum() > 1:
        mean = sums / np.outer(size, size)
        allowed = upper & np.outer(active, active) & (mean >= threshold)
        cohesion = np.where(size > 1, inner / np.maximum(size * (size - 1) / 2, 1.0), np.nan)
        both = (size[:, None] > 1) & (size[None, :] > 1)
        allowed &= ~both | (mean >= np.nan_to_num(relative * np.fmin.outer(cohesion, cohesion)))
        if not allowed.any():
            break
        a, b = divmod(int(np.argmax(np.where(allowed, mean, -np.inf))), n)
        keep, gone = (a, b) if size[a] >= size[b] else (b, a)
        inner[keep] += inner[gone] + sums[keep, gone]
        sums[keep, :] += sums[gone, :]
        sums[:, keep] += sums[:, gone]
        sums[keep, keep] = sums[gone, :] = sums[:, gone] = 0.0
        size[keep] += size[gone]
        members[keep].extend(members[gone])
        active[gone] = False
    return sorted((sorted(members[r]) for r in np.flatnonzero(active)), key=lambda g: g[0])


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("relative", [0.0, 0.7])
def test_incremental_dense_average_link_matches_full_rescan(seed, relative):
    rng = np.random.default_rng(seed)
    n = 30
    groups = rng.integers(0, 6, n)
    i, j = np.triu_indices(n, k=1)
    keep = rng.random(len(i)) < 0.7
    i, j = i[keep], j[keep]
    weights = np.where(groups[i] == groups[j], rng.uniform(0.2, 1.0, len(i)), rng.uniform(0.0, 0.4, len(i)))
    if seed % 2:
        weights = np.round(weights, 1)  # many ties: the smallest rows must merge first
    pairs = np.column_stack([i, j])
    expected = _naive_dense_link(n, pairs, weights, 0.25, relative)
    assert stories._average_link_dense(n, pairs, weights, 0.25, relative) == expected


def test_sorted_unique_matches_numpy():
    rng = np.random.default_rng(0)
    for size in (0, 1, 2, 50):
        values = rng.integers(0, 7, size).astype(np.uint64)
        assert np.array_equal(sorted_unique(values), np.unique(values))
        got, counts = sorted_unique(values, return_counts=True)
        want, want_counts = np.unique(values, return_counts=True)
        assert np.array_equal(got, want) and np.array_equal(counts, want_counts)


def test_dense_block_and_gram_match_sparse_products():
    rng = np.random.default_rng(1)
    a = sp.random(40, 300, density=0.05, format="csr", random_state=2)
    b = a.copy()
    b.data = rng.random(len(b.data))
    rows = np.array([0, 3, 4, 10, 11, 25, 39])
    block, cols = stories._dense_block(a, rows)
    assert np.allclose(block, a[rows][:, cols].toarray())
    assert np.allclose(stories._gram(a, None, rows), (a[rows] @ a[rows].T).toarray())
    assert np.allclose(stories._gram(a, b, rows), (a[rows] @ b[rows].T).toarray())
    assert stories._dense_block(sp.csr_matrix((5, 4)), np.array([1, 2]))[0].shape == (2, 0)


def test_component_features_match_pairwise_features():
    """All pairs of a component scored on Gram matrices = the same pairs scored row by row."""
    from storyscope.bench.scale import synthetic_articles

    articles = sorted(synthetic_articles(60, seed=4), key=lambda a: a.article.id)
    links = link_entities(articles)
    vectors = stories.story_vectors(articles, links)
    rows = np.arange(0, 60, 3)
    local = np.searchsorted(rows, stories._all_pairs(rows))
    pile = stories.pair_features(vectors, rows[local])
    assert np.allclose(stories._component_pair_features(vectors, rows, local), pile, atol=1e-12)
    features = stories.component_features(vectors, rows, local)
    assert features.shape == (len(local), len(stories.FEATURES) + len(stories.LOCAL_FEATURES))
    # The local cosines against the sparse reference (idf with floor 0 over the component's rows).
    words = stories._idf_weighted(vectors.word_tf[rows], 0.0)
    reference = np.asarray(words[local[:, 0]].multiply(words[local[:, 1]]).sum(axis=1)).ravel()
    assert np.allclose(features[:, len(stories.FEATURES)], reference, atol=1e-12)


def test_name_keys_only_skip_pairs_that_cannot_meet():
    names = {
        "p1": (("ivan", "petrov"), True), "p2": (("oleg", "petrov"), True), "p3": (("petrov",), True),
        "g1": (("selmara",), False), "g2": (("selmaran",), False), "g3": (("north", "vale"), False),
        "o1": (("river", "board"), False), "x1": ((), False),
    }
    keys = _name_keys(names)
    ids = sorted(names)
    sets = [frozenset({x}) for x in ids] + [frozenset({x, y}) for x in ids for y in ids if x < y]
    for a in sets:
        for b in sets:
            assert _entities_agree(a, b, names, {}, keys) == _entities_agree(a, b, names), (a, b)


def test_shared_mention_cores_change_nothing():
    articles = sorted(build_all(), key=lambda a: a.article.id)
    cores = mention_cores(articles)
    for item in articles:
        for cs in item.annotations.claims:
            if cs.stance != "denies":
                assert cores[(item.article.id, cs.start, cs.end)][0] == mention_core(item, cs.start, cs.end)
    links = link_entities(articles)
    origin = find_copies(articles).origin
    claims = group_claims(articles, links, origin)
    assert group_claims(articles, links, origin, cores) == claims
    story = {a.article.id: "S1" for a in articles}
    assert find_conflicts(articles, claims, links, story, cores) == find_conflicts(articles, claims, links, story)
