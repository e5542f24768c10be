"""`storyscope bench veracity`: claim veracity (true / false / unknown) on Emergent from its headlines.

Official 10-fold CV by claim on the training part. For each test fold: a stance
classifier (the storyscope stance features with the stance model's second-stage
booster) is trained on the headlines of the other nine folds; every test headline
gets a predicted stance; each claim's headlines go through ``verify.aggregate``
(one origin per outlet, so an outlet's repeated headlines count once) and the
verdict maps to a veracity: supported -> true, refuted -> false, anything else ->
unknown. The aggregation policy (origins needed, dominance) is chosen on the
training folds' own claims, using out-of-fold stance predictions there, so nothing
of the test fold is seen. Peers in the same run: the majority veracity of the
training folds, and a stance-count baseline (more for than against -> true, more
against than for -> false, else unknown) over the same predicted stances.
"""

from __future__ import annotations

import csv
import itertools
import math
import time
from collections import defaultdict
from pathlib import Path

import numpy as np
from rich.console import Console

from storyscope.bench.datasets import reading_dataset
from storyscope.bench.results import record, show_table
from storyscope.bench.scoring import label_metrics
from storyscope.errors import StoryscopeError
from storyscope.verify.aggregate import AggregationPolicy, JudgedPassage, aggregate

META_FILE = "emergent_meta_train.csv"
FOLD_GLOB = "url-versions-2015-06-14-clean-train-cvfold-*.csv"
STANCE = {"for": "agree", "against": "disagree", "observing": "discuss"}
VERACITY = {"supported": "true", "refuted": "false"}
LABELS = ("true", "false", "unknown")
# Aggregation policies searched on the training folds (issue 6).
POLICY_GRID = tuple(AggregationPolicy(min_origins=a, min_origins_number=a, min_refuting=r, dominance=d)
                    for a, r, d in itertools.product((1, 2, 3, 4), (1, 2), (math.inf, 3.0, 1.5)))
# Inner folds used to get out-of-fold stances on the training part when choosing the policy.
INNER_FOLDS = 3


def load_claims(folder: Path) -> tuple[list[list[str]], dict[str, dict]]:
    """Return the official folds (claim ids per fold) and per claim its text, truth and headlines.

    Returns:
        ``(folds, claims)``; ``claims[id] = {"text", "truth", "headlines": [(headline, stance, source)]}``
        with stance mapped to agree / disagree / discuss.

    Raises:
        StoryscopeError: E014 when the metadata file or the folds are missing; E016 when one is malformed.
    """
    meta = folder / META_FILE
    with reading_dataset(folder / "folds"):
        files = sorted((folder / "folds").glob(FOLD_GLOB), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    if not meta.exists() or not files:
        raise StoryscopeError("E014", path=meta if not meta.exists() else folder / "folds")
    claims: dict[str, dict] = {}
    with reading_dataset(meta), meta.open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            c = claims.setdefault(r["claimId"], {"text": r["claimHeadline"], "truth": r["claimTruth"],
                                                 "headlines": []})
            c["headlines"].append((r["articleHeadline"], STANCE[r["articleHeadlineStance"]], r["source"] or r["url"]))
    folds = []
    for path in files:
        with reading_dataset(path), path.open(encoding="utf-8", newline="") as fh:
            ids = list(dict.fromkeys(r["claimId"] for r in csv.DictReader(fh)))
        folds.append([i for i in ids if i in claims])
    return folds, claims


def _pairs(claims: dict[str, dict], ids: list[str]) -> tuple[list[tuple[str, str]], list[str]]:
    pairs, labels = [], []
    for cid in ids:
        for headline, stance, _ in claims[cid]["headlines"]:
            pairs.append((claims[cid]["text"], headline))
            labels.append(stance)
    return pairs, labels


def _fit_stance(pairs: list[tuple[str, str]], labels: list[str]):
    """Fit the stance features and a class-weighted booster on labelled pairs; return a predict_proba callable."""
    from storyscope.verify.stance.features import StanceFeaturizer
    from storyscope.verify.stance.model import CLASS_WEIGHT_POWER, SEED, _booster

    feat = StanceFeaturizer(seed=SEED).fit([c for c, _ in pairs], [h for _, h in pairs])
    y = np.asarray(labels)
    classes, counts = np.unique(y, return_counts=True)
    weight = {c: (len(y) / (len(classes) * n)) ** CLASS_WEIGHT_POWER for c, n in zip(classes, counts)}
    clf = _booster(SEED).fit(feat.transform(pairs), y, sample_weight=np.asarray([weight[c] for c in y]))

    def predict(test: list[tuple[str, str]]) -> list[tuple[str, float]]:
        if not test:
            return []
        proba = clf.predict_proba(feat.transform(test))
        best = proba.argmax(axis=1)
        return [(str(clf.classes_[b]), float(proba[i, b])) for i, b in enumerate(best)]

    return predict


def _predict_claims(claims: dict[str, dict], train_ids: list[str], test_ids: list[str]) -> dict[str, list]:
    """Return claim id -> [(stance, prob, source)] for ``test_ids`` with a model fitted on ``train_ids``."""
    predict = _fit_stance(*_pairs(claims, train_ids))
    test_pairs, _ = _pairs(claims, test_ids)
    preds = iter(predict(test_pairs))
    return {cid: [(*next(preds), source) for _, _, source in claims[cid]["headlines"]] for cid in test_ids}


def veracity_of(claim_text: str, judged: list[tuple[str, float, str]], policy: AggregationPolicy) -> tuple[str, float]:
    """Return ``(veracity, confidence)`` of a claim from its headlines' ``(stance, prob, source)``."""
    passages = [JudgedPassage(stance=s, strength=p, origin=src) for s, p, src in judged]
    states_figure = any(ch.isdigit() for ch in claim_text)
    result = aggregate(passages, states_figure=states_figure, policy=policy)
    return VERACITY.get(result.verdict, "unknown"), result.confidence


def stance_count(judged: list[tuple[str, float, str]]) -> str:
    """The stance-count baseline: more for than against -> true, more against -> false, else unknown."""
    n_for = sum(s == "agree" for s, _, _ in judged)
    n_against = sum(s == "disagree" for s, _, _ in judged)
    return "true" if n_for > n_against else "false" if n_against > n_for else "unknown"


def _choose_policy(claims: dict[str, dict], train_ids: list[str]) -> AggregationPolicy:
    """Pick the policy with the best macro-F1 on the training claims, from out-of-fold stances (INNER_FOLDS)."""
    from sklearn.metrics import f1_score

    inner = [train_ids[i::INNER_FOLDS] for i in range(INNER_FOLDS)]
    judged: dict[str, list] = {}
    for i, part in enumerate(inner):
        rest = [cid for j, p in enumerate(inner) if j != i for cid in p]
        judged.update(_predict_claims(claims, rest, part))
    gold = [claims[cid]["truth"] for cid in train_ids]
    best, best_f1 = POLICY_GRID[0], -1.0
    for policy in POLICY_GRID:
        pred = [veracity_of(claims[cid]["text"], judged[cid], policy)[0] for cid in train_ids]
        f1 = f1_score(gold, pred, labels=list(LABELS), average="macro", zero_division=0)
        if f1 > best_f1 + 1e-9:
            best, best_f1 = policy, f1
    return best


def run_veracity_bench(data: Path, results_dir: Path, console: Console, tune: bool = True) -> dict:
    """Cross-validate claim veracity on Emergent's official folds; majority class and stance counts as peers.

    Args:
        data: the Emergent folder (``emergent_meta_train.csv`` and ``folds/``).
        results_dir: where ``veracity.md`` and ``veracity.jsonl`` get the run appended.
        console: where the table is printed.
        tune: choose the aggregation policy on each training part (else ``check``'s default policy).

    Returns:
        the figures dict: per system accuracy, macro-F1 and per-class F1 over all claims.

    Raises:
        StoryscopeError: E014 when the files are missing.
    """
    from threadpoolctl import threadpool_limits

    folds, claims = load_claims(data)
    start = time.perf_counter()
    # One OpenMP thread per booster: many small fits, where thread start-up dominates on a shared machine.
    with threadpool_limits(limits=1, user_api="openmp"):
        return _run(folds, claims, results_dir, console, tune, start)


def _run(folds: list[list[str]], claims: dict[str, dict], results_dir: Path, console: Console, tune: bool,
         start: float) -> dict:

    from storyscope.verify.aggregate import DEFAULT_POLICY
    from storyscope.verify.stance.model import MODEL_NAME

    gold, ours, default, counts, gold_counts, major, confidences = [], [], [], [], [], [], []
    chosen = []
    for i, test_ids in enumerate(folds):
        train_ids = [cid for j, fold in enumerate(folds) if j != i for cid in fold]
        policy = _choose_policy(claims, train_ids) if tune else DEFAULT_POLICY
        chosen.append(policy)
        judged = _predict_claims(claims, train_ids, test_ids)
        train_truth = [claims[cid]["truth"] for cid in train_ids]
        majority = max(LABELS, key=train_truth.count)
        for cid in test_ids:
            gold.append(claims[cid]["truth"])
            verdict, conf = veracity_of(claims[cid]["text"], judged[cid], policy)
            ours.append(verdict)
            confidences.append(conf)
            default.append(veracity_of(claims[cid]["text"], judged[cid], DEFAULT_POLICY)[0])
            counts.append(stance_count(judged[cid]))
            gold_counts.append(stance_count([(s, 1.0, src) for _, s, src in claims[cid]["headlines"]]))
            major.append(majority)
    seconds = time.perf_counter() - start

    def metrics(pred: list[str]) -> dict:
        return label_metrics(gold, pred, LABELS)

    systems = {
        f"storyscope aggregation, policy tuned per fold ({MODEL_NAME} features)": metrics(ours),
        "storyscope aggregation, check's default policy": metrics(default),
        "stance-count baseline (same predicted stances)": metrics(counts),
        "majority class": metrics(major),
        "stance-count on gold stances (reference, not a peer)": metrics(gold_counts),
    }
    bands = defaultdict(lambda: [0, 0])
    for g, p, c in zip(gold, ours, confidences):
        band = "<0.65" if c < 0.65 else "0.65-0.8" if c < 0.8 else ">=0.8"
        bands[band][0] += g == p
        bands[band][1] += 1
    calibration = {b: {"claims": n, "accuracy": round(100 * k / n, 1)} for b, (k, n) in sorted(bands.items())}
    policies = [f"origins>={p.min_origins}, refuting>={p.min_refuting}, dominance={p.dominance:g}" for p in chosen]
    figures = {"folds": len(folds), "claims": len(gold), "seconds": round(seconds, 1), "systems": systems,
               "confidence_bands": calibration, "policies": policies}
    cols = ("system", "accuracy", "macro-F1", "F1 true", "F1 false", "F1 unknown")
    rows = [[name, f"{m['accuracy']:.2f}", f"{m['macro_f1']:.2f}", *(f"{m['f1'][lab]:.2f}" for lab in LABELS)]
            for name, m in systems.items()]
    title = f"Emergent claim veracity, official {len(folds)}-fold CV ({len(gold)} claims)"
    md_table = show_table(console, title, cols, rows)
    band_text = ", ".join(f"{b}: {v['accuracy']:.1f}% of {v['claims']}" for b, v in calibration.items())
    md = (md_table + "\n\n"
          f"Emergent train, official CV folds by claim; each fold's headline stances predicted by a model trained "
          f"on the other nine folds, aggregated per claim (one origin per outlet); supported = true, refuted = "
          f"false, else unknown. Accuracy by confidence band of the tuned system: {band_text}. "
          f"Policies chosen per fold: {'; '.join(sorted(set(policies)))}. {seconds:.0f} s in all.")
    record(results_dir, "veracity", figures, md)
    return figures
