"""`storyscope bench checkworthy`: check-worthiness on CheckThat! 2024 English vs its peers.

The official test set is held out, so every system trains on CT24 train,
tunes its Yes threshold on CT24 dev and is scored on CT24 dev-test, all in the
same run. Peers: a TF-IDF-only logistic regression (the same word and char
n-grams as storyscope's model, without the sentence embedding) and the all-Yes
baseline. The official metric is the F1 of the ``Yes`` class.
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
from rich.console import Console

from storyscope.bench.datasets import reading_dataset
from storyscope.bench.results import record, show_table
from storyscope.errors import StoryscopeError
from storyscope.verify.tables import read_table

SPLITS = {"train": "CT24_checkworthy_english_train.tsv", "dev": "CT24_checkworthy_english_dev.tsv",
          "dev-test": "CT24_checkworthy_english_dev-test.tsv"}
# The target (CT24 English test F1 of Yes; the 2024 winner had 0.802, all-Yes 0.41 on test).
TARGET_F1_YES = 0.75


def read_ct24(path: Path) -> list[tuple[str, str, str]]:
    """Return ``(Sentence_id, Text, class_label)`` rows of one CT24 TSV (CSV-quoted fields understood).

    Raises:
        StoryscopeError: E014 when the file is missing; E016 when a column or a label is wrong, or the file is
            not UTF-8.
    """
    if not path.exists():
        raise StoryscopeError("E014", path=path)
    with reading_dataset(path):
        table = read_table(path, ("Sentence_id", "class_label", "Text"), delimiter="\t")
    rows = [(r["Sentence_id"], r["Text"], r["class_label"]) for r in table]
    bad = sorted({label for *_, label in rows if label not in ("Yes", "No")}, key=str)
    if bad:
        raise StoryscopeError("E016", path=path, why=f"class_label {', '.join(map(repr, bad[:3]))} is not Yes or No")
    return rows


def _metrics(gold: np.ndarray, pred: np.ndarray, seconds: float | None, threshold: float | None,
             dev_f1: float | None) -> dict:
    from sklearn.metrics import accuracy_score, f1_score, precision_score, recall_score

    return {"f1_yes": round(float(f1_score(gold, pred, zero_division=0)), 4),
            "precision_yes": round(float(precision_score(gold, pred, zero_division=0)), 4),
            "recall_yes": round(float(recall_score(gold, pred, zero_division=0)), 4),
            "accuracy": round(float(accuracy_score(gold, pred)), 4),
            "threshold": threshold, "dev_f1_yes": None if dev_f1 is None else round(dev_f1, 4),
            "sentences_per_s": round(len(gold) / seconds, 1) if seconds else None}


def run_checkworthy_bench(data: Path, results_dir: Path, console: Console) -> dict:
    """Train on CT24 train, tune on dev, score storyscope and its peers on dev-test.

    Args:
        data: a folder holding the CT24 English ``train``, ``dev`` and ``dev-test`` TSVs.
        results_dir: where ``checkworthy.md`` and ``checkworthy.jsonl`` get the run appended.
        console: where the table is printed.

    Returns:
        the figures dict.

    Raises:
        StoryscopeError: E014 when a file is missing; E019 when the embedding model cannot be loaded.
    """
    from storyscope.embed import EMBEDDER_NAME, load_embedder
    from storyscope.verify.checkworthy import (
        MODEL_NAME,
        best_threshold,
        fit_tfidf_lr,
        model_scores,
        tfidf_scores,
        train_checkworthy_model,
    )

    rows = {name: read_ct24(Path(data) / file) for name, file in SPLITS.items()}
    texts = {k: [t for _, t, _ in v] for k, v in rows.items()}
    labels = {k: [lab for _, _, lab in v] for k, v in rows.items()}
    gold = {k: np.asarray([lab == "Yes" for lab in v]) for k, v in labels.items()}

    embedder = load_embedder()
    start = time.perf_counter()
    emb_train = embedder.embed(texts["train"])
    embed_rate = len(texts["train"]) / (time.perf_counter() - start)
    emb_dev = embedder.embed(texts["dev"])

    start = time.perf_counter()
    model = train_checkworthy_model(texts["train"], labels["train"], texts["dev"], labels["dev"],
                                    embeddings=emb_train, dev_embeddings=emb_dev)
    train_s = time.perf_counter() - start
    start = time.perf_counter()
    ours = model_scores(model, texts["dev-test"])  # end to end: embedding included
    ours_s = time.perf_counter() - start

    word, char, lr = fit_tfidf_lr(texts["train"], gold["train"])
    peer_th, peer_dev = best_threshold(tfidf_scores(word, char, lr, texts["dev"]), gold["dev"])
    start = time.perf_counter()
    peer = tfidf_scores(word, char, lr, texts["dev-test"])
    peer_s = time.perf_counter() - start

    g = gold["dev-test"]
    ours_name = f"storyscope ({MODEL_NAME})"
    systems = {
        ours_name: _metrics(g, ours >= model.threshold, ours_s, model.threshold, model.meta["dev_f1_yes"]),
        "TF-IDF word+char LR (same n-grams, no embedding)": _metrics(g, peer >= peer_th, peer_s, peer_th, peer_dev),
        "all Yes": _metrics(g, np.ones_like(g), None, None, None),
    }
    figures = {"model": MODEL_NAME, "embedder": EMBEDDER_NAME, "scored_on": "CT24 English dev-test",
               "train_sentences": len(texts["train"]), "dev_sentences": len(texts["dev"]),
               "dev_test_sentences": len(g), "dev_test_yes": int(g.sum()),
               "train_seconds": round(train_s, 1), "embed_sentences_per_s": round(embed_rate, 1),
               "systems": systems, "targets": {"f1_yes": TARGET_F1_YES}}

    cols = ("system", "F1 Yes", "P Yes", "R Yes", "accuracy", "threshold (dev)", "dev F1 Yes", "sentences/s")
    rows = [[name, f"{m['f1_yes']:.3f}", f"{m['precision_yes']:.3f}", f"{m['recall_yes']:.3f}",
             f"{m['accuracy']:.3f}", "" if m["threshold"] is None else f"{m['threshold']:.2f}",
             "" if m["dev_f1_yes"] is None else f"{m['dev_f1_yes']:.3f}",
             "" if m["sentences_per_s"] is None else f"{m['sentences_per_s']:.0f}"]
            for name, m in systems.items()]
    title = (f"CT24 English dev-test ({len(g)} sentences, {int(g.sum())} Yes); "
             "trained on train, threshold tuned on dev")
    md_table = show_table(console, title, cols, rows)
    console.print(f"storyscope: trained in {train_s:.0f} s; embedder {embed_rate:.0f} sentences/s on train "
                  f"(target: F1 Yes >= {TARGET_F1_YES} on the hidden test set)")
    md = (md_table + "\n\n"
          f"CT24 English: every system trained on train ({len(texts['train'])}), Yes threshold tuned on dev "
          f"({len(texts['dev'])}), scored on dev-test ({len(g)}, {int(g.sum())} Yes) in this run; the official "
          f"test set is not used. storyscope sentences/s are end to end (MiniLM int8 ONNX embedding included); "
          f"embedder alone {embed_rate:.0f} sentences/s on train. Training took {train_s:.0f} s after embedding.")
    record(results_dir, "checkworthy", figures, md)
    return figures
