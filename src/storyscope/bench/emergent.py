"""`storyscope bench emergent`: stance of news headlines toward claims on Emergent, official 10-fold CV.

The storyscope headline stance head (``verify.stance.headline``), retrained
on each training part of Emergent's official folds (split by claim) and
scored on the held-out fold; labels for / against / observing map to
agree / disagree / discuss. The stance-command row adds the short-text
related gate (``verify.stance.gate``), also retrained per fold, in front of
the head. Peers in the same run, trained on the same
parts: a logistic regression over the headline's bag of words alone
(Ferreira & Vlachos' single strongest feature) and the majority class.
"""

from __future__ import annotations

import csv
import time
from pathlib import Path

from rich.console import Console

from storyscope.bench.datasets import reading_dataset
from storyscope.bench.results import record, show_table
from storyscope.bench.scoring import label_metrics
from storyscope.errors import StoryscopeError

LABEL_MAP = {"for": "agree", "against": "disagree", "observing": "discuss"}
LABELS = ("agree", "disagree", "discuss")
FOLD_GLOB = "url-versions-2015-06-14-clean-train-cvfold-*.csv"


def emergent_folds(folder: Path) -> list[list[tuple[str, str, str]]]:
    """Return the official CV folds as lists of ``(claim, headline, stance)``, stance mapped to FNC-1 labels.

    Raises:
        StoryscopeError: E014 when ``folder/folds`` holds no fold files; E016 when one is malformed.
    """
    with reading_dataset(folder / "folds"):
        files = sorted((folder / "folds").glob(FOLD_GLOB), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    if not files:
        raise StoryscopeError("E014", path=folder / "folds")
    folds = []
    for path in files:
        with reading_dataset(path), path.open(encoding="utf-8", newline="") as fh:
            folds.append([(r["claimHeadline"], r["articleHeadline"], LABEL_MAP[r["articleHeadlineStance"]])
                          for r in csv.DictReader(fh)])
    return folds


def _bow_only(train: list[tuple[str, str, str]], test: list[tuple[str, str, str]]) -> list[str]:
    """The peer: the same logistic regression over the headline bag of words, without the cues."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.multiclass import OneVsRestClassifier

    from storyscope.verify.stance.headline import C, HeadlineFeaturizer

    bow = HeadlineFeaturizer().fit([h for _, h, _ in train]).bow
    clf = OneVsRestClassifier(LogisticRegression(C=C, solver="liblinear"))
    clf.fit(bow.transform([h for _, h, _ in train]), [s for _, _, s in train])
    return list(clf.predict(bow.transform([h for _, h, _ in test])))


def run_emergent_bench(data: Path, results_dir: Path, console: Console, with_command: bool = True,
                       limit_per_fold: int | None = None) -> dict:
    """Cross-validate the headline stance head on Emergent's official folds, with its peers.

    Args:
        data: the Emergent folder (with ``folds/``).
        results_dir: where ``emergent.md`` and ``emergent.jsonl`` get the run appended.
        console: where the table is printed.
        with_command: also score what the ``stance`` command answers for headlines: a short-text
            related gate trained on this fold's training part, then the fold's head; the gate may say
            ``unrelated``, which is always wrong here.
        limit_per_fold: keep only the first N rows of each fold (quick runs and tests).

    Returns:
        the figures dict (accuracy, macro-F1 and per-class F1 over all folds' predictions).

    Raises:
        StoryscopeError: E014 when the folds are missing.
    """

    from storyscope.verify.stance.gate import GATE_MODEL_NAME, train_related_gate
    from storyscope.verify.stance.headline import (
        HEADLINE_MODEL_NAME,
        predict_headline_stances,
        train_headline_model,
    )
    from storyscope.verify.stance.model import predict_routed_stances

    folds = [fold[:limit_per_fold] for fold in emergent_folds(data)]
    gold, ours, routed, bow, major = [], [], [], [], []
    start = time.perf_counter()
    for i, test in enumerate(folds):
        train = [row for j, fold in enumerate(folds) if j != i for row in fold]
        head = train_headline_model([(c, h) for c, h, _ in train], [s for _, _, s in train])
        test_pairs = [(c, h) for c, h, _ in test]
        ours += [label for label, _ in predict_headline_stances(head, test_pairs)]
        if with_command:
            gate = train_related_gate([(c, h) for c, h, _ in train])
            routed += [label for label, _ in predict_routed_stances(test_pairs, headline_model=head, gate=gate)]
        bow += _bow_only(train, test)
        labels = [s for _, _, s in train]
        major += [max(LABELS, key=labels.count)] * len(test)
        gold += [s for _, _, s in test]
    seconds = time.perf_counter() - start

    def metrics(pred: list[str]) -> dict:
        return label_metrics(gold, pred, LABELS)

    systems = {f"storyscope headline head ({HEADLINE_MODEL_NAME})": metrics(ours),
               **({f"storyscope stance command ({GATE_MODEL_NAME} + head)": metrics(routed)} if with_command else {}),
               "headline bag of words, logistic regression": metrics(bow),
               "majority class": metrics(major)}
    figures = {"folds": len(folds), "rows": len(gold), "seconds": round(seconds, 1), "systems": systems}
    cols = ("system", "accuracy", "macro-F1", "F1 agree", "F1 disagree", "F1 discuss")
    rows = [[name, f"{m['accuracy']:.2f}", f"{m['macro_f1']:.2f}", *(f"{m['f1'][lab]:.2f}" for lab in LABELS)]
            for name, m in systems.items()]
    title = f"Emergent, official {len(folds)}-fold CV by claim ({len(gold)} headlines)"
    md_table = show_table(console, title, cols, rows)
    md = (md_table + "\n\n"
          f"Emergent train, official CV folds; each fold predicted by a model trained on the other nine "
          f"(for/against/observing = agree/disagree/discuss); {seconds:.0f} s in all."
          + (" The stance-command row is what `storyscope stance` answers for short texts: the fold's "
             "short-text gate (trained on the other nine folds: each headline with its claim vs with other "
             "claims) decides related vs unrelated (any `unrelated` is wrong here), then the fold's "
             "headline head labels the related ones." if with_command else ""))
    record(results_dir, "emergent", figures, md)
    return figures
