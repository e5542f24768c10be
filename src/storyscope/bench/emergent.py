"""`storyscope bench emergent`: stance of news headlines toward claims on Emergent, official 10-fold CV.

The storyscope stance features (``StanceFeaturizer``) and the second-stage
booster of the stance model, retrained on each training part of Emergent's
official folds (split by claim); labels for / against / observing map to
agree / disagree / discuss. Peer in the same run: the majority class of each
training part.
"""

from __future__ import annotations

import csv
import time
from pathlib import Path

import numpy as np
from rich.console import Console
from rich.table import Table

from storyscope.bench.results import record
from storyscope.errors import StoryscopeError

LABEL_MAP = {"for": "agree", "against": "disagree", "observing": "discuss"}
LABELS = ("agree", "disagree", "discuss")
FOLD_GLOB = "url-versions-2015-06-14-clean-train-cvfold-*.csv"


def emergent_folds(folder: Path) -> list[list[tuple[str, str, str]]]:
    """Return the official CV folds as lists of ``(claim, headline, stance)``, stance mapped to FNC-1 labels.

    Raises:
        StoryscopeError: E014 when ``folder/folds`` holds no fold files.
    """
    files = sorted((folder / "folds").glob(FOLD_GLOB), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    if not files:
        raise StoryscopeError("E014", path=folder / "folds")
    folds = []
    for path in files:
        with path.open(encoding="utf-8", newline="") as fh:
            folds.append([(r["claimHeadline"], r["articleHeadline"], LABEL_MAP[r["articleHeadlineStance"]])
                          for r in csv.DictReader(fh)])
    return folds


def _fit_predict(train: list[tuple[str, str, str]], test: list[tuple[str, str, str]], seed: int) -> list[str]:
    from storyscope.verify.stance.features import StanceFeaturizer
    from storyscope.verify.stance.model import CLASS_WEIGHT_POWER, _booster

    feat = StanceFeaturizer(seed=seed).fit([c for c, _, _ in train], [h for _, h, _ in train])
    x = feat.transform([(c, h) for c, h, _ in train])
    y = np.asarray([s for _, _, s in train])
    classes, counts = np.unique(y, return_counts=True)
    weight = {c: (len(y) / (len(classes) * n)) ** CLASS_WEIGHT_POWER for c, n in zip(classes, counts)}
    clf = _booster(seed).fit(x, y, sample_weight=np.asarray([weight[c] for c in y]))
    return list(clf.predict(feat.transform([(c, h) for c, h, _ in test])))


def run_emergent_bench(data: Path, results_dir: Path, console: Console) -> dict:
    """Cross-validate the stance features on Emergent's official folds; majority class as the peer.

    Args:
        data: the Emergent folder (with ``folds/``).
        results_dir: where ``emergent.md`` and ``emergent.jsonl`` get the run appended.
        console: where the table is printed.

    Returns:
        the figures dict (accuracy, macro-F1 and per-class F1 over all folds' predictions).

    Raises:
        StoryscopeError: E014 when the folds are missing.
    """
    from sklearn.metrics import accuracy_score, f1_score

    from storyscope.verify.stance.model import MODEL_NAME, SEED

    folds = emergent_folds(data)
    gold, ours, major = [], [], []
    start = time.perf_counter()
    for i, test in enumerate(folds):
        train = [row for j, fold in enumerate(folds) if j != i for row in fold]
        ours += _fit_predict(train, test, SEED)
        labels = [s for _, _, s in train]
        major += [max(LABELS, key=labels.count)] * len(test)
        gold += [s for _, _, s in test]
    seconds = time.perf_counter() - start

    def metrics(pred: list[str]) -> dict:
        per = f1_score(gold, pred, labels=list(LABELS), average=None, zero_division=0)
        return {"accuracy": round(100 * accuracy_score(gold, pred), 2),
                "macro_f1": round(100 * float(np.mean(per)), 2),
                "f1": {lab: round(100 * float(f), 2) for lab, f in zip(LABELS, per)}}

    systems = {f"storyscope features ({MODEL_NAME}, stage 2)": metrics(ours), "majority class": metrics(major)}
    figures = {"folds": len(folds), "rows": len(gold), "seconds": round(seconds, 1), "systems": systems}
    cols = ("system", "accuracy", "macro-F1", "F1 agree", "F1 disagree", "F1 discuss")
    table = Table(title=f"Emergent, official {len(folds)}-fold CV by claim ({len(gold)} headlines)")
    for col in cols:
        table.add_column(col)
    md_rows = []
    for name, m in systems.items():
        cells = [name, f"{m['accuracy']:.2f}", f"{m['macro_f1']:.2f}", *(f"{m['f1'][lab]:.2f}" for lab in LABELS)]
        table.add_row(*cells)
        md_rows.append("| " + " | ".join(cells) + " |")
    console.print(table)
    md = ("| " + " | ".join(cols) + " |\n|" + "---|" * len(cols) + "\n" + "\n".join(md_rows) + "\n\n"
          f"Emergent train, official CV folds; each fold predicted by a model trained on the other nine "
          f"(for/against/observing = agree/disagree/discuss); {seconds:.0f} s in all.")
    record(results_dir, "emergent", figures, md)
    return figures
