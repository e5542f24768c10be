"""Reproduce the committed story pair model (corpus/model/story_pairs.json) from the ECB+ shared half.

Usage: .venv/bin/python scripts/train_story_pairs.py [--data ../shared/data/clustering/ecbplus]
       [--cache DIR] [--processes N] [--no-cv]

Each ECB+ document is cleaned and annotated by the real pipeline (ids and text
only). The topics are dealt into five folds, each fold's documents form one
pile; the script first prints the topic-grouped cross-validation figures
(model fitted on four folds, scored on the fifth, against TF-IDF average-link
tuned the same way), then fits the edge and link models on all five piles,
tunes the average-link threshold on them and writes plain JSON weights
(deterministic: logistic regression with lbfgs, no sampling).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from storyscope.bench.stories import (
    DEFAULT_FOLDS,
    annotate_docs,
    build_piles,
    cross_validate,
    fit_story_model,
    load_ecbplus,
    scores,
)
from storyscope.corpus.stories import MODEL_DIR, MODEL_FILE

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    """Annotate the shared half, print grouped-CV figures, fit on every fold and write the model."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "clustering" / "ecbplus")
    parser.add_argument("--out", type=Path, default=MODEL_DIR / MODEL_FILE)
    parser.add_argument("--cache", type=Path, default=None, help="folder for annotated documents (reused)")
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--folds", type=int, default=DEFAULT_FOLDS)
    parser.add_argument("--no-cv", action="store_true", help="skip the cross-validation figures")
    args = parser.parse_args()

    start = time.perf_counter()
    docs = load_ecbplus(args.data)
    annotated = annotate_docs(docs, args.cache, args.processes)
    piles = build_piles(docs, annotated, args.folds)
    print(f"{len(annotated)} of {len(docs)} documents annotated, {len(piles)} piles "
          f"({time.perf_counter() - start:.0f} s)")
    if not args.no_cv:
        result = cross_validate(piles)
        for fold in result["folds"]:
            print("fold", json.dumps(fold))
        for name in ("storyscope", "baseline"):
            print(f"{name:10s} grouped CV:", json.dumps(scores(result[name], result["gold"])))
    model = fit_story_model(piles)
    meta = {"trained_on": "ECB+ shared half (standard train topics), docs.jsonl anon_id + text",
            "docs": len(annotated), "folds": args.folds, "script": "scripts/train_story_pairs.py"}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(model.to_json(meta), indent=1) + "\n", encoding="utf-8")
    print(f"link threshold {model.link_threshold}, relative {model.link_relative} "
          f"(clusters of {model.relative_min_size}+); wrote {args.out} ({time.perf_counter() - start:.0f} s)")


if __name__ == "__main__":
    main()
