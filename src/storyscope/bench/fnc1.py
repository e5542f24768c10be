"""`storyscope bench fnc1`: the stance model vs the FNC-1 official baseline and the majority class.

storyscope is scored as the ``stance`` command runs it (``predict_routed_stances``:
the FNC-1 model, short texts labelled by the Emergent headline head). The official test set is held out, so the bench splits FNC-1 train by body id
(bodies never cross the split; headlines do, as they do within FNC-1) and
trains every system on the same train part, scoring all of them on the same
dev part in the same run.
"""

from __future__ import annotations

import random
import time
from pathlib import Path

import numpy as np
from rich.console import Console

from storyscope.bench.datasets import fnc1_bodies, fnc1_pairs
from storyscope.bench.results import record, show_table

LABELS = ("agree", "disagree", "discuss", "unrelated")
# Share of bodies held out as dev, and the seed of that split.
DEV_SHARE = 0.2
SPLIT_SEED = 13
# The FNC-1 official baseline's classifier settings (its published configuration).
BASELINE_ESTIMATORS = 200
BASELINE_SEED = 14128
# The targets on the dev split.
TARGET_RELATIVE = 85.0
TARGET_MACRO_F1 = 70.0
TARGET_PAIRS_PER_S = 200.0


def split_by_body(body_ids: list[str], share: float = DEV_SHARE, seed: int = SPLIT_SEED) -> set[str]:
    """Return the dev body ids: a seeded random ``share`` of ``body_ids``."""
    ids = sorted(body_ids, key=lambda b: (len(b), b))
    random.Random(seed).shuffle(ids)
    return set(ids[: int(len(ids) * share)])


def fnc1_score(gold: list[str], pred: list[str]) -> float:
    """Return the FNC-1 relative score in percent.

    +0.25 when related vs unrelated is right; +0.75 more when a related pair gets
    its exact label; divided by the best possible score.
    """
    got = best = 0.0
    for g, p in zip(gold, pred):
        best += 0.25 if g == "unrelated" else 1.0
        if (g == "unrelated") == (p == "unrelated"):
            got += 0.25
            if g != "unrelated" and g == p:
                got += 0.75
    return 100.0 * got / best if best else 0.0


def _metrics(gold: list[str], pred: list[str], seconds: float) -> dict:
    from sklearn.metrics import accuracy_score, f1_score

    per = f1_score(gold, pred, labels=list(LABELS), average=None, zero_division=0)
    return {"relative_score": round(fnc1_score(gold, pred), 2),
            "macro_f1": round(100 * float(np.mean(per)), 2),
            "accuracy": round(100 * accuracy_score(gold, pred), 2),
            "f1": {lab: round(100 * float(f), 2) for lab, f in zip(LABELS, per)},
            "pairs_per_s": round(len(gold) / seconds, 1) if seconds > 0 else None}


def _baseline(train: list[tuple[str, str]], y_train: list[str], dev: list[tuple[str, str]]) -> tuple[list, float]:
    from sklearn.ensemble import GradientBoostingClassifier

    from storyscope.verify.stance.features import baseline_features

    clf = GradientBoostingClassifier(n_estimators=BASELINE_ESTIMATORS, random_state=BASELINE_SEED)
    clf.fit(baseline_features(train), y_train)
    start = time.perf_counter()
    pred = list(clf.predict(baseline_features(dev)))
    return pred, time.perf_counter() - start


def run_fnc1_bench(data: Path, results_dir: Path, console: Console, limit_bodies: int | None = None) -> dict:
    """Train on the by-body train part of FNC-1, score storyscope and its peers on the dev part.

    Peers, trained and scored on the same split in the same run: the FNC-1
    official baseline (its features re-implemented, GradientBoostingClassifier)
    and the majority class. Figures: relative score, macro-F1 over the four
    classes, per-class F1, accuracy, pairs/s (dev pairs, texts shared between
    pairs analysed once; and one pair per body, nothing shared).

    Args:
        data: a folder in the FNC-1 layout (``train_bodies.csv``, ``train_stances.csv``).
        results_dir: where ``fnc1.md`` and ``fnc1.jsonl`` get the run appended.
        console: where the table is printed.
        limit_bodies: keep only the first N bodies by id and their pairs (quick runs and tests).

    Returns:
        the figures dict.

    Raises:
        StoryscopeError: E014 when a file is missing.
    """
    from storyscope.verify.stance.gate import GATE_MODEL_NAME
    from storyscope.verify.stance.headline import HEADLINE_MODEL_NAME, load_headline_model
    from storyscope.verify.stance.model import (
        HEADLINE_MAX_WORDS,
        MODEL_NAME,
        predict_routed_stances,
        train_stance_model,
    )

    bodies = dict(fnc1_bodies(data)[:limit_bodies])
    rows = [row for row in fnc1_pairs(data) if row[1] in bodies]
    dev_ids = split_by_body(list(bodies))
    train = [(h, bodies[b], s) for h, b, s in rows if b not in dev_ids]
    dev = [(h, bodies[b], s) for h, b, s in rows if b in dev_ids]
    train_pairs, y_train = [(h, t) for h, t, _ in train], [s for _, _, s in train]
    dev_pairs, gold = [(h, t) for h, t, _ in dev], [s for _, _, s in dev]

    start = time.perf_counter()
    model = train_stance_model(train_pairs, y_train)
    train_s = time.perf_counter() - start
    head = load_headline_model()
    start = time.perf_counter()
    ours = [lab for lab, _ in predict_routed_stances(dev_pairs, model=model, headline_model=head)]
    ours_s = time.perf_counter() - start
    # Cold speed: one pair per dev body, so no text analysis is shared between pairs.
    firsts = list({t: (h, t) for h, t in reversed(dev_pairs)}.values())
    start = time.perf_counter()
    predict_routed_stances(firsts, model=model, headline_model=head)
    cold_rate = len(firsts) / (time.perf_counter() - start)

    start = time.perf_counter()
    base, base_s = _baseline(train_pairs, y_train, dev_pairs)
    base_train_s = time.perf_counter() - start - base_s
    majority = max(LABELS, key=y_train.count)

    systems = {
        f"storyscope ({MODEL_NAME} + {HEADLINE_MODEL_NAME} + {GATE_MODEL_NAME})": _metrics(gold, ours, ours_s),
        "FNC-1 official baseline (re-implemented)": _metrics(gold, base, base_s),
        f"majority class ({majority})": _metrics(gold, [majority] * len(gold), 0.0),
    }
    ours_fig = systems[f"storyscope ({MODEL_NAME} + {HEADLINE_MODEL_NAME} + {GATE_MODEL_NAME})"]
    ours_fig["pairs_per_s_one_per_body"] = round(cold_rate, 1)
    figures = {
        "model": MODEL_NAME, "headline_model": HEADLINE_MODEL_NAME, "gate_model": GATE_MODEL_NAME,
        "split": f"by body id, dev share {DEV_SHARE}, seed {SPLIT_SEED}",
        "train_pairs": len(train), "dev_pairs": len(dev), "dev_bodies": len(dev_ids),
        "train_seconds": round(train_s, 1), "baseline_train_seconds": round(base_train_s, 1),
        "systems": systems,
        "targets": {"relative_score": TARGET_RELATIVE, "macro_f1": TARGET_MACRO_F1,
                    "pairs_per_s": TARGET_PAIRS_PER_S},
    }

    cols = ("system", "relative", "macro-F1", "F1 agree", "F1 disagree", "F1 discuss", "F1 unrelated",
            "accuracy", "pairs/s")
    rows = [[name, f"{m['relative_score']:.2f}", f"{m['macro_f1']:.2f}",
             *(f"{m['f1'][lab]:.2f}" for lab in LABELS), f"{m['accuracy']:.2f}",
             "" if m["pairs_per_s"] is None else f"{m['pairs_per_s']:.0f}"]
            for name, m in systems.items()]
    title = f"FNC-1 dev ({len(dev)} pairs, {len(dev_ids)} bodies held out by body id)"
    md_table = show_table(console, title, cols, rows)
    console.print(f"storyscope: trained in {train_s:.0f} s; {cold_rate:.0f} pairs/s with one pair per body "
                  f"(targets: relative >= {TARGET_RELATIVE}, macro-F1 >= {TARGET_MACRO_F1}, "
                  f">= {TARGET_PAIRS_PER_S:.0f} pairs/s)")
    md = (md_table + "\n\n"
          f"FNC-1 train split by body id ({figures['split']}): {len(train)} train / {len(dev)} dev pairs; "
          f"all systems trained on the same train part in this run. pairs/s on dev pairs (a body's "
          f"analysis is shared by its pairs); one pair per body: {cold_rate:.0f} pairs/s. "
          f"storyscope training took {train_s:.0f} s; dev texts of at most {HEADLINE_MAX_WORDS} words that the short-text gate finds related "
          f"are labelled by the committed Emergent headline head, as the `stance` command does. Dev headlines also occur in train (FNC-1 pairs each "
          f"headline with many bodies), so these figures run above what unseen claims get.")
    record(results_dir, "fnc1", figures, md)
    return figures
