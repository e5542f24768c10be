"""`storyscope bench stories`: story grouping on ECB+, cross-validated by topic, vs TF-IDF average-link.

ECB+ holds topics ("celebrity enters rehab") with two different events each;
the gold story of a document is its ``cluster_id``. The system sees only
``anon_id`` and ``text``, shuffled (doc ids, paths, urls and file order all
leak the label). Each document goes through the real per-article stages
(clean + annotate, ``engine.run_local``), then ``corpus.stories``.

Topics are split into ``folds`` groups; for each fold the pair model and
thresholds are fitted on the other folds' topics only, and the fold's
documents are grouped together as one pile. The peer in the same run is
TF-IDF cosine + average-link over all pairs of the pile, its threshold tuned
on the same training topics. Figures: BCubed P/R/F1 and ARI, pooled over
the held-out folds.
"""

from __future__ import annotations

import hashlib
import json
import pickle
import random
import time
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from rich.console import Console
from rich.progress import Progress

from storyscope.bench.datasets import reading_dataset
from storyscope.bench.results import record, show_table
from storyscope.errors import StoryscopeError
from storyscope.model import AnnotatedArticle, RawDocument, Skip

DEFAULT_FOLDS = 5
# Shuffle seed for the order documents are fed in (file order leaks the label).
SHUFFLE_SEED = 13
# Baseline thresholds searched on the training topics (TF-IDF cosine for average-link merges).
BASELINE_GRID = tuple(round(x, 3) for x in np.arange(0.02, 0.6, 0.01))


@dataclass(frozen=True, slots=True)
class EcbDoc:
    """One ECB+ document: what the system may see (``anon_id``, ``text``) plus gold labels kept for scoring."""

    anon_id: str
    text: str
    topic: int
    cluster: str


def load_ecbplus(folder: Path, topics: Sequence[int] | None = None, per_cluster: int | None = None) -> list[EcbDoc]:
    """Read ``folder/docs.jsonl``; return its documents in a seeded shuffle.

    ``topics`` keeps only those topics and ``per_cluster`` only the first
    documents of each gold cluster in file order (both for quick runs).

    Raises:
        StoryscopeError: E014 when ``docs.jsonl`` is missing; E016 when it is malformed.
    """
    path = folder / "docs.jsonl"
    if not path.is_file():
        raise StoryscopeError("E014", path=path)
    docs = []
    with reading_dataset(path), path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                kept = sum(1 for d in docs if d.cluster == row["cluster_id"])
                if (topics is None or row["topic"] in topics) and (per_cluster is None or kept < per_cluster):
                    docs.append(EcbDoc(row["anon_id"], row["text"], int(row["topic"]), row["cluster_id"]))
    random.Random(SHUFFLE_SEED).shuffle(docs)
    return docs


def annotate_docs(docs: Sequence[EcbDoc], cache_dir: Path | None, processes: int = 1,
                  progress: Progress | None = None) -> dict[str, AnnotatedArticle]:
    """Clean and annotate ``docs`` through the real per-article stages; return ``{anon_id: annotated}``.

    Only ``anon_id`` and ``text`` reach the pipeline. With ``cache_dir``, each
    result is pickled under a hash of its id and text and reused next time.
    Documents the pipeline skips are left out of the result.
    """
    from storyscope.engine import run_local
    from storyscope.settings import load_settings

    out: dict[str, AnnotatedArticle] = {}
    todo: list[RawDocument] = []
    for doc in docs:
        digest = hashlib.sha1(f"{doc.anon_id}\n{doc.text}".encode()).hexdigest()
        cached = cache_dir / f"{digest}.pkl" if cache_dir else None
        if cached is not None and cached.is_file():
            out[doc.anon_id] = pickle.loads(cached.read_bytes())
            continue
        todo.append(RawDocument(id=doc.anon_id, source=f"{doc.anon_id}.txt", text=doc.text, kind="text",
                                content_hash=digest, encoding="utf-8"))
    if todo:
        if cache_dir:
            cache_dir.mkdir(parents=True, exist_ok=True)
        task = progress.add_task("annotate", total=len(todo)) if progress else None
        for batch in run_local(todo, load_settings(processes=processes)):
            for raw, result in batch:
                if isinstance(result, Skip):
                    continue
                out[raw.id] = result
                if cache_dir:
                    (cache_dir / f"{raw.content_hash}.pkl").write_bytes(pickle.dumps(result))
            if progress is not None:
                progress.advance(task, len(batch))
    return out


# --------------------------------------------------------------------------- scoring


def bcubed(pred: Mapping[str, str], gold: Mapping[str, str]) -> tuple[float, float, float]:
    """BCubed precision, recall and F1 of the clustering ``pred`` against ``gold`` (both ``{item: cluster}``).

    Per item: precision = |pred cluster ∩ gold cluster| / |pred cluster|,
    recall = the same over |gold cluster|; both averaged over the items of
    ``gold``. An item missing from ``pred`` counts as a singleton.
    """
    items = list(gold)
    if not items:
        return 0.0, 0.0, 0.0
    pred_full = {i: pred.get(i, f"\0single:{i}") for i in items}
    pred_size: dict[str, int] = defaultdict(int)
    gold_size: dict[str, int] = defaultdict(int)
    both: dict[tuple[str, str], int] = defaultdict(int)
    for i in items:
        pred_size[pred_full[i]] += 1
        gold_size[gold[i]] += 1
        both[(pred_full[i], gold[i])] += 1
    p = sum(both[(pred_full[i], gold[i])] / pred_size[pred_full[i]] for i in items) / len(items)
    r = sum(both[(pred_full[i], gold[i])] / gold_size[gold[i]] for i in items) / len(items)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def ari(pred: Mapping[str, str], gold: Mapping[str, str]) -> float:
    """Adjusted Rand index of ``pred`` against ``gold`` over the items of ``gold``."""
    from sklearn.metrics import adjusted_rand_score

    items = list(gold)
    return float(adjusted_rand_score([gold[i] for i in items], [pred.get(i, f"\0single:{i}") for i in items]))


# --------------------------------------------------------------------------- folds and piles


def topic_folds(topics: Sequence[int], folds: int) -> list[list[int]]:
    """Split ``topics`` into ``folds`` groups: sorted, then dealt round-robin (deterministic)."""
    ordered = sorted(set(topics))
    return [ordered[k::folds] for k in range(folds)]


@dataclass(frozen=True, slots=True)
class Pile:
    """One pile of documents grouped together: annotated articles, their links and vectors, gold labels."""

    articles: tuple[AnnotatedArticle, ...]  # sorted by id, as group_stories orders them
    links: object
    vectors: object
    candidates: np.ndarray
    gold: dict[str, str]
    topic: dict[str, int]


def make_pile(docs: Sequence[EcbDoc], annotated: Mapping[str, AnnotatedArticle]) -> Pile:
    """Build the pile of ``docs`` (those the pipeline annotated): links, story vectors and candidate pairs."""
    from storyscope.corpus.entities import link_entities
    from storyscope.corpus.stories import candidate_pairs, story_vectors

    arts = tuple(sorted((annotated[d.anon_id] for d in docs if d.anon_id in annotated), key=lambda a: a.article.id))
    links = link_entities(arts)
    vectors = story_vectors(arts, links)
    by_id = {d.anon_id: d for d in docs}
    return Pile(arts, links, vectors, candidate_pairs(arts, links, vectors),
                {a.article.id: by_id[a.article.id].cluster for a in arts},
                {a.article.id: by_id[a.article.id].topic for a in arts})


def training_pairs(pile: Pile) -> tuple[np.ndarray, np.ndarray]:
    """Feature rows and labels for training: every candidate pair plus every pair inside one gold topic.

    The topic pairs stand in for the all-pairs scoring inside a component at
    run time (components are nearly always one topic's documents).
    """
    from storyscope.corpus.stories import pair_features

    ids = [a.article.id for a in pile.articles]
    by_topic: dict[int, list[int]] = defaultdict(list)
    for r, aid in enumerate(ids):
        by_topic[pile.topic[aid]].append(r)
    extra = [np.column_stack(np.triu_indices(len(rows), k=1)) for rows in by_topic.values()]
    extra = [np.asarray(rows)[e] for rows, e in zip(by_topic.values(), extra, strict=True) if len(e)]
    pairs = np.unique(np.concatenate([pile.candidates.reshape(-1, 2), *extra]), axis=0)
    x = pair_features(pile.vectors, pairs)
    y = np.asarray([pile.gold[ids[a]] == pile.gold[ids[b]] for a, b in pairs.tolist()], dtype=int)
    return x, y


def pile_clusters(pile: Pile, model) -> dict[str, str]:
    """Group ``pile`` with the storyscope pair models; return ``{article id: cluster label}``."""
    from storyscope.corpus.stories import cluster_rows

    groups = cluster_rows(len(pile.articles), pile.vectors, pile.candidates, model)
    return {pile.articles[r].article.id: f"c{g[0]}" for g in groups for r in g}


# Regularisation of the pair model's logistic regression (inverse strength).
PAIR_C = 1.0
# Searched link thresholds; the ends only serve as neighbours of the plateau score (see fit_story_model).
LINK_GRID = tuple(round(x, 3) for x in np.arange(0.05, 0.96, 0.05))
RELATIVE_GRID = (0.0, 0.5, 0.6, 0.7, 0.8)
# Smallest cluster size the relative test binds (searched with it; unused when relative is 0).
RELATIVE_MIN_SIZE_GRID = (2, 3, 4, 5)


def _fit_logistic(x: np.ndarray, y: np.ndarray, features: tuple[str, ...]):
    from sklearn.linear_model import LogisticRegression

    from storyscope.corpus.stories import PairModel

    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    clf = LogisticRegression(C=PAIR_C, max_iter=2000, class_weight="balanced")
    clf.fit((x - mean) / scale, y)
    return PairModel(features, mean, scale, clf.coef_[0].copy(), float(clf.intercept_[0]),
                     x.min(axis=0), x.max(axis=0))


def component_pairs(pile: Pile, edge) -> tuple[np.ndarray, np.ndarray]:
    """Link-model training rows of ``pile``: every pair inside each component the ``edge`` model forms."""
    from storyscope.corpus.stories import (
        COMPONENT_CAP,
        EDGE_MIN,
        FEATURES,
        LOCAL_FEATURES,
        LOCAL_MIN_ROWS,
        _all_pairs,
        _components,
        component_features,
        pair_features,
    )

    ids = [a.article.id for a in pile.articles]
    probs = edge.probability(pair_features(pile.vectors, pile.candidates))
    xs, ys = [], []
    for comp in _components(len(ids), pile.candidates[probs >= EDGE_MIN]):
        if LOCAL_MIN_ROWS <= len(comp) <= COMPONENT_CAP:
            inner = _all_pairs(comp)
            xs.append(component_features(pile.vectors, comp, np.searchsorted(comp, inner)))
            ys.append(np.asarray([pile.gold[ids[a]] == pile.gold[ids[b]] for a, b in inner.tolist()], dtype=int))
    if not xs:
        return np.zeros((0, len(FEATURES) + len(LOCAL_FEATURES))), np.zeros(0, dtype=int)
    return np.concatenate(xs), np.concatenate(ys)


def _fit_pair_models(piles: Sequence[Pile]):
    from storyscope.corpus.stories import FEATURES, LOCAL_FEATURES, small_component_local_features

    parts = [training_pairs(p) for p in piles]
    x_edge, y_edge = np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts])
    edge = _fit_logistic(x_edge, y_edge, FEATURES)
    parts = [component_pairs(p, edge) for p in piles]
    x_link, y_link = np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts])
    if len(np.unique(y_link)) < 2:
        # Tiny piles: the components hold one class only; learn the link model
        # from the edge rows with the small-component local features instead.
        x_link, y_link = np.hstack([x_edge, small_component_local_features(x_edge)]), y_edge
    link = _fit_logistic(x_link, y_link, FEATURES + LOCAL_FEATURES)
    return edge, link


def fit_story_model(piles: Sequence[Pile]):
    """Fit the edge and link pair models on ``piles``; tune the average-link threshold out of fold.

    The threshold, the relative test and the smallest cluster size that test
    binds are chosen together on probabilities each pile gets from models fitted
    on the other piles (in-sample probabilities are over-confident), each
    threshold scored as the mean BCubed F1 of it and its two grid neighbours;
    then the models are refitted on every pile. With fewer than three piles the
    threshold is tuned in sample.

    Returns:
        a ``StoryModel`` (from ``storyscope.corpus.stories``).
    """
    from storyscope.corpus.stories import StoryModel, link_graph, score_graph

    edge, link = _fit_pair_models(piles)
    graphs = []
    for k, pile in enumerate(piles):
        if len(piles) >= 3:
            inner = StoryModel(*_fit_pair_models([p for j, p in enumerate(piles) if j != k]), 0.5)
        else:
            inner = StoryModel(edge, link, 0.5)
        graphs.append(score_graph(len(pile.articles), pile.vectors, pile.candidates, inner))
    gold = {a: c for p in piles for a, c in p.gold.items()}

    def at(threshold: float, relative: float, min_size: int) -> float:
        pred: dict[str, str] = {}
        for k, (pile, graph) in enumerate(zip(piles, graphs, strict=True)):
            for g in link_graph(graph, threshold, relative, min_size):
                pred.update({pile.articles[r].article.id: f"{k}:{g[0]}" for r in g})
        return bcubed(pred, gold)[2]

    grid = [(t, r, m) for r in RELATIVE_GRID for m in (RELATIVE_MIN_SIZE_GRID if r > 0 else (2,))
            for t in LINK_GRID]
    scores = {g: at(*g) for g in grid}

    def plateau(g: tuple[float, float, int]) -> float:
        # A threshold is judged with its two grid neighbours: a lone peak on four training piles
        # does not carry to the held-out one, a plateau does. Only full windows count, so the
        # grid's ends are never picked for having one neighbour fewer.
        t, r, m = g
        i = LINK_GRID.index(t)
        return sum(scores[(LINK_GRID[j], r, m)] for j in (i - 1, i, i + 1)) / 3

    inner = [g for g in grid if 0 < LINK_GRID.index(g[0]) < len(LINK_GRID) - 1]
    # Ties: the threshold nearest 0.5, then the weaker relative test, then the smaller size.
    best_t, best_r, best_m = max(inner, key=lambda g: (round(plateau(g), 6), -abs(g[0] - 0.5), -g[1], -g[2]))
    return StoryModel(edge, link, float(best_t), float(best_r), int(best_m))


def _pooled_f1(piles: Sequence[Pile], cluster) -> float:
    pred: dict[str, str] = {}
    gold: dict[str, str] = {}
    for k, pile in enumerate(piles):
        pred.update({aid: f"{k}:{c}" for aid, c in cluster(pile).items()})
        gold.update(pile.gold)
    return bcubed(pred, gold)[2]


# --------------------------------------------------------------------------- the peer


def baseline_clusters(pile: Pile, threshold: float) -> dict[str, str]:
    """TF-IDF cosine + average-link over all pairs of ``pile``; merge while mean cosine >= ``threshold``."""
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform
    from sklearn.feature_extraction.text import TfidfVectorizer

    ids = [a.article.id for a in pile.articles]
    if len(ids) < 2:
        return {aid: "c0" for aid in ids}
    texts = [f"{a.article.title or ''}\n{a.article.text}" for a in pile.articles]
    m = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts)
    dist = np.clip(1.0 - (m @ m.T).toarray(), 0.0, 2.0)
    np.fill_diagonal(dist, 0.0)
    tree = linkage(squareform(dist, checks=False), method="average")
    labels = fcluster(tree, t=1.0 - threshold, criterion="distance")
    return {aid: f"c{lab}" for aid, lab in zip(ids, labels, strict=True)}


def tune_baseline(piles: Sequence[Pile]) -> float:
    """The baseline threshold with the best pooled BCubed F1 on ``piles``."""
    return max(BASELINE_GRID, key=lambda t: _pooled_f1(piles, lambda p, t=t: baseline_clusters(p, t)))


# --------------------------------------------------------------------------- cross-validation and the bench


def build_piles(docs: Sequence[EcbDoc], annotated: Mapping[str, AnnotatedArticle], folds: int) -> list[Pile]:
    """One pile per fold of topics (``topic_folds``), each holding that fold's documents."""
    groups = topic_folds([d.topic for d in docs], folds)
    return [make_pile([d for d in docs if d.topic in set(g)], annotated) for g in groups]


def cross_validate(piles: Sequence[Pile], progress: Progress | None = None) -> dict:
    """Leave-one-pile-out: fit storyscope's model and tune the baseline on the other piles, group the held-out one.

    Returns:
        ``{"gold", "storyscope", "baseline"}`` label maps pooled over the
        held-out piles, and ``"folds"``: per fold its size, the tuned
        thresholds and both systems' BCubed F1.
    """
    gold: dict[str, str] = {}
    ours: dict[str, str] = {}
    peer: dict[str, str] = {}
    per_fold = []
    task = progress.add_task("cross-validate", total=len(piles)) if progress else None
    for k, test in enumerate(piles):
        train = [p for j, p in enumerate(piles) if j != k]
        model = fit_story_model(train)
        threshold = tune_baseline(train)
        mine = pile_clusters(test, model)
        theirs = baseline_clusters(test, threshold)
        gold.update(test.gold)
        ours.update({a: f"{k}:{c}" for a, c in mine.items()})
        peer.update({a: f"{k}:{c}" for a, c in theirs.items()})
        per_fold.append({"docs": len(test.articles), "topics": len(set(test.topic.values())),
                         "link_threshold": model.link_threshold, "link_relative": model.link_relative,
                         "relative_min_size": model.relative_min_size,
                         "baseline_threshold": threshold,
                         "storyscope_f1": round(bcubed(mine, test.gold)[2], 4),
                         "baseline_f1": round(bcubed(theirs, test.gold)[2], 4)})
        if progress is not None:
            progress.advance(task)
    return {"gold": gold, "storyscope": ours, "baseline": peer, "folds": per_fold}


def scores(pred: Mapping[str, str], gold: Mapping[str, str]) -> dict:
    """BCubed P/R/F1, ARI and the predicted cluster count of ``pred`` against ``gold``, rounded to 4 places."""
    p, r, f = bcubed(pred, gold)
    return {"bcubed_p": round(p, 4), "bcubed_r": round(r, 4), "bcubed_f1": round(f, 4),
            "ari": round(ari(pred, gold), 4), "clusters": len({pred[a] for a in gold}),
            "gold_clusters": len(set(gold.values()))}


# The target for held-out ECB+ topics.
TARGET_F1 = 0.93


def run_stories_bench(data: Path, results_dir: Path, console: Console, folds: int = DEFAULT_FOLDS,
                      cache: Path | None = None, processes: int = 2, topics: Sequence[int] | None = None,
                      per_cluster: int | None = None) -> dict:
    """Cross-validate story grouping on ECB+ by topic, with TF-IDF average-link in the same run.

    Args:
        data: the ECB+ folder (``docs.jsonl``).
        results_dir: where ``stories.md`` and ``stories.jsonl`` get the run appended.
        console: where progress and the table are printed.
        folds: number of topic folds.
        cache: optional folder for annotated documents (reused across runs).
        processes: worker processes for clean + annotate.
        topics: only these topics (a quick run); all when None.
        per_cluster: at most this many documents per gold cluster (a quick run); all when None.

    Returns:
        the figures dict: pooled held-out scores of both systems and per-fold details.

    Raises:
        StoryscopeError: E014 when ``docs.jsonl`` is missing or fewer topics than folds are left.
    """
    docs = load_ecbplus(data, topics, per_cluster)
    n_topics = len({d.topic for d in docs})
    if n_topics < folds:
        raise StoryscopeError("E014", path=data / "docs.jsonl")
    start = time.perf_counter()
    with Progress(console=console, transient=True) as progress:
        annotated = annotate_docs(docs, cache, processes, progress)
        annotate_s = time.perf_counter() - start
        piles = build_piles(docs, annotated, folds)
        result = cross_validate(piles, progress)
    seconds = time.perf_counter() - start
    gold = result["gold"]
    systems = {"storyscope (story_pairs, average-link)": scores(result["storyscope"], gold),
               "TF-IDF cosine + average-link": scores(result["baseline"], gold)}
    figures = {"docs": len(docs), "annotated": len(annotated), "topics": n_topics, "folds": folds,
               "target_bcubed_f1": TARGET_F1, "seconds": round(seconds, 1), "annotate_seconds": round(annotate_s, 1),
               "systems": systems, "per_fold": result["folds"]}
    cols = ("system", "BCubed P", "BCubed R", "BCubed F1", "ARI", "clusters")
    rows = [[name, f"{m['bcubed_p']:.4f}", f"{m['bcubed_r']:.4f}", f"{m['bcubed_f1']:.4f}", f"{m['ari']:.4f}",
             f"{m['clusters']} (gold {m['gold_clusters']})"]
            for name, m in systems.items()]
    title = f"ECB+ stories, {folds}-fold CV by topic ({len(gold)} docs, {n_topics} topics)"
    md_table = show_table(console, title, cols, rows)
    md = (md_table + "\n\n"
          f"ECB+ shared half ({data}), {n_topics} topics in {folds} folds; each fold's documents grouped as one "
          f"pile (ids and text only, shuffled) by a model fitted and thresholds tuned on the other folds' topics "
          f"only; scores pooled over the held-out folds. Target BCubed F1 {TARGET_F1}. {seconds:.0f} s in all "
          f"({annotate_s:.0f} s clean + annotate).")
    record(results_dir, "stories", figures, md)
    return figures
