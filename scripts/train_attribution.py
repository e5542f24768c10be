"""Reproduce the committed cue gate and cue-boundary tagger (src/storyscope/annotate/cue_model.json,
cue_tagger.json) from PolNeAR's train split.

Usage: .venv/bin/python scripts/train_attribution.py [--data ../shared/data/attribution/polnear]
       [--out FILE] [--tagger-out FILE] [--cache FILE.spacy]

Only documents of the bench's ``train`` split are read (``storyscope.bench.attribution.split_of``);
the dev split stays held out for ``storyscope bench attribution``. Every verb the rules leave
unused that has a subject and a content-like complement is a candidate frame
(``storyscope.annotate.attribution.cue_frames``); its label is whether PolNeAR's annotator
marked that verb as (part of) a cue. A logistic regression over the frame's binary features
is fitted and its non-zero weights are written as JSON. The script prints 5-fold
(by document) precision/recall/F1 of the gate at several thresholds.

The boundary tagger is then fitted on the cue edges (``cue_edges``) of the attributions that
the rules and the new gate find on the train documents: each token inside a rule cue, or in the
short runs right and left of it, is labelled by whether it lies in a gold cue. The script
prints the token-level cue F1 of the whole system on a validation fifth of the train
documents (position % 5 == 0) with the gate and the tagger fitted on the other four fifths,
per threshold, then refits on all train documents.

``--cache`` keeps the spaCy parses of the train documents in a DocBin so that re-runs
skip the ~3 minute parse. Deterministic (lbfgs).
"""

from __future__ import annotations

import argparse
import bisect
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Inverse regularisation strength of the gate (not tuned; the 5-fold figures below are at this value).
C = 0.5
SEED = 0
# Features seen fewer times than this in train are dropped (keeps the JSON small).
MIN_FEATURE_COUNT = 3
# Weights smaller than this are dropped from the JSON (no measurable effect on train F1).
MIN_WEIGHT = 0.01
THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)
# Inverse regularisation strength of the boundary tagger (1.0 beat 0.3 on the validation fifth).
TAGGER_C = 1.0
TAGGER_THRESHOLDS = (0.2, 0.25, 0.3, 0.35, 0.4)
# Every VALIDATION_EVERY-th train document validates the tagger's threshold.
VALIDATION_EVERY = 5


def _parse(nlp, texts: list[str], cache: Path | None) -> list:
    from spacy.tokens import DocBin

    if cache is not None and cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        if len(docs) == len(texts) and all(d.text == t for d, t in zip(docs, texts)):
            return docs
    docs = list(nlp.pipe(texts, batch_size=16))
    if cache is not None:
        db = DocBin(store_user_data=True)
        for d in docs:
            db.add(d)
        db.to_disk(cache)
    return docs


def _examples(gold_docs, parsed) -> tuple[list[list[str]], list[int], list[int]]:
    from storyscope.annotate.attribution import cue_frames
    from storyscope.annotate.citations import extract_citations
    from storyscope.annotate.resolve import Resolver
    from storyscope.annotate.spans import QuoteIndex, find_quotes, segments

    feats, labels, groups = [], [], []
    for n, (gold, doc) in enumerate(zip(gold_docs, parsed)):
        cues = sorted((s, e) for a in gold.attributions for s, e in a["cue"])
        starts = [s for s, _ in cues]
        quotes = QuoteIndex(find_quotes(doc.text))
        outlets = frozenset(c.outlet for c in extract_citations(doc.text))
        for frame in cue_frames(doc, segments(doc), quotes, Resolver(doc, quotes, outlets)):
            i = bisect.bisect_right(starts, frame.verb.idx) - 1
            feats.append(frame.features)
            labels.append(int(i >= 0 and frame.verb.idx < cues[i][1]))
            groups.append(n)
    return feats, labels, groups


def _tagger_examples(gold_docs, parsed, gate) -> tuple[list[list[str]], list[int], list[int], list[list]]:
    from storyscope.annotate.attribution import rule_attributions
    from storyscope.annotate.citations import extract_citations
    from storyscope.annotate.cues import cue_edges
    from storyscope.annotate.resolve import Resolver
    from storyscope.annotate.spans import QuoteIndex, find_quotes, segments

    feats, labels, groups, rules = [], [], [], []
    for n, (gold, doc) in enumerate(zip(gold_docs, parsed)):
        quotes = QuoteIndex(find_quotes(doc.text))
        outlets = frozenset(c.outlet for c in extract_citations(doc.text))
        atts = rule_attributions(doc, segments(doc), quotes, Resolver(doc, quotes, outlets), gate)
        rules.append(atts)
        cues = sorted((s, e) for a in gold.attributions for s, e in a["cue"])
        for edge in cue_edges(doc, atts):
            tok = doc[edge.token]
            s, e = tok.idx, tok.idx + len(tok.text)
            feats.append(edge.features)
            labels.append(int(any(cs < e and s < ce for cs, ce in cues)))
            groups.append(n)
    return feats, labels, groups, rules


def _fit_logistic(feats: list[list[str]], labels, c: float):
    """Fit a logistic regression over binary features seen at least MIN_FEATURE_COUNT times; returns (weights, bias)."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    counts: dict[str, int] = {}
    for fs in feats:
        for f in fs:
            counts[f] = counts.get(f, 0) + 1
    vec = DictVectorizer()
    x = vec.fit_transform([{f: 1 for f in fs if counts[f] >= MIN_FEATURE_COUNT} for fs in feats])
    clf = LogisticRegression(C=c, solver="lbfgs", max_iter=3000, random_state=SEED).fit(x, np.array(labels))
    weights = {name: round(float(w), 4) for name, w in zip(vec.get_feature_names_out(), clf.coef_[0])
               if abs(w) >= MIN_WEIGHT}
    return weights, round(float(clf.intercept_[0]), 4)


def train_tagger(gold_docs, parsed, gate, validation_gate, out: Path, threshold: float) -> None:
    """Fit the cue-boundary tagger on the train documents, print validation figures, write ``out``.

    The validation figures come from ``validation_gate`` (a gate fitted without the validation
    documents) and a tagger fitted on the other documents; the written tagger is fitted on the
    edges of ``gate`` over every train document.
    """
    from storyscope.annotate.cues import CUE_TAGGER_NAME, CueModel, refine_cues
    from storyscope.bench.attribution import DEV_MODULO, attribution_dicts, score_corpus

    feats, labels, groups, rules = _tagger_examples(gold_docs, parsed, validation_gate)
    fit = [n for n, g in enumerate(groups) if g % VALIDATION_EVERY]
    weights, bias = _fit_logistic([feats[n] for n in fit], [labels[n] for n in fit], TAGGER_C)
    val = [n for n in range(len(gold_docs)) if n % VALIDATION_EVERY == 0]
    val_gold = [gold_docs[n] for n in val]
    plain = score_corpus(val_gold, {gold_docs[n].id: attribution_dicts(rules[n]) for n in val})
    print(f"validation ({len(val)} train docs, gate and tagger fitted on the others): without tagger cue token "
          f"F1 {plain['cue'].f1:.3f} (P {plain['cue'].precision:.3f} R {plain['cue'].recall:.3f}), "
          f"relation F1 {plain['relation'].f1:.3f}")
    for t in TAGGER_THRESHOLDS:
        model = CueModel(weights, bias, t)
        preds = {gold_docs[n].id: attribution_dicts(refine_cues(parsed[n], rules[n], model)) for n in val}
        cue = score_corpus(val_gold, preds)["cue"]
        print(f"validation threshold {t:.2f}: cue token F1 {cue.f1:.3f} (P {cue.precision:.3f} R {cue.recall:.3f})")
    feats, labels, groups, rules = _tagger_examples(gold_docs, parsed, gate)
    print(f"tagger: {len(labels)} edge tokens, {sum(labels)} in gold cues")
    weights, bias = _fit_logistic(feats, labels, TAGGER_C)
    meta = {"data": f"PolNeAR train split (sha1(doc_id) % {DEV_MODULO} != 0), {len(gold_docs)} docs",
            "edge_tokens": len(labels), "in_gold_cues": int(sum(labels)), "C": TAGGER_C}
    model = CueModel(weights, bias, threshold, meta, CUE_TAGGER_NAME)
    out.write_text(model.to_json() + "\n", encoding="utf-8")
    print(f"wrote {out} ({len(weights)} weights)")


def main() -> None:
    """Train the gate and the boundary tagger on the train split and write the JSON models."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    from storyscope.annotate import load_nlp
    from storyscope.annotate.cues import (
        DEFAULT_TAGGER_THRESHOLD,
        DEFAULT_THRESHOLD,
        MODEL_PATH,
        TAGGER_PATH,
        CueModel,
    )
    from storyscope.bench.attribution import DEV_MODULO, load_polnear

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "attribution" / "polnear")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument("--tagger-out", type=Path, default=TAGGER_PATH)
    parser.add_argument("--tagger-threshold", type=float, default=DEFAULT_TAGGER_THRESHOLD)
    args = parser.parse_args()

    start = time.perf_counter()
    gold_docs = load_polnear(args.data, "train")
    nlp = load_nlp()
    parsed = _parse(nlp, [d.text for d in gold_docs], args.cache)
    feats, labels, groups = _examples(gold_docs, parsed)
    counts: dict[str, int] = {}
    for fs in feats:
        for f in fs:
            counts[f] = counts.get(f, 0) + 1
    rows = [{f: 1 for f in fs if counts[f] >= MIN_FEATURE_COUNT} for fs in feats]
    vec = DictVectorizer()
    x = vec.fit_transform(rows)
    print(f"{len(gold_docs)} train docs, {len(labels)} frames, {sum(labels)} cues, {x.shape[1]} features")

    import numpy as np

    y = np.array(labels)
    probs = np.zeros(len(y))
    for tr, te in GroupKFold(n_splits=5).split(x, y, groups):
        clf = LogisticRegression(C=C, solver="lbfgs", max_iter=2000, random_state=SEED).fit(x[tr], y[tr])
        probs[te] = clf.predict_proba(x[te])[:, 1]
    for t in THRESHOLDS:
        pred = probs >= t
        tp = int((pred & (y == 1)).sum())
        p = tp / max(1, int(pred.sum()))
        r = tp / max(1, int(y.sum()))
        print(f"5-fold CV threshold {t:.2f}: P {p:.3f} R {r:.3f} F1 {2 * p * r / max(1e-9, p + r):.3f}")

    clf = LogisticRegression(C=C, solver="lbfgs", max_iter=2000, random_state=SEED).fit(x, y)
    weights = {name: round(float(w), 4) for name, w in zip(vec.get_feature_names_out(), clf.coef_[0])
               if abs(w) >= MIN_WEIGHT}
    meta = {"data": f"PolNeAR train split (sha1(doc_id) % {DEV_MODULO} != 0), {len(gold_docs)} docs",
            "frames": len(labels), "cues": int(y.sum()), "C": C}
    model = CueModel(weights, round(float(clf.intercept_[0]), 4), args.threshold, meta)
    args.out.write_text(model.to_json() + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(weights)} weights)")
    fit = [n for n, g in enumerate(groups) if g % VALIDATION_EVERY]
    val_weights, val_bias = _fit_logistic([feats[n] for n in fit], [labels[n] for n in fit], C)
    validation_gate = CueModel(val_weights, val_bias, args.threshold)
    train_tagger(gold_docs, parsed, model, validation_gate, args.tagger_out, args.tagger_threshold)
    print(f"done in {time.perf_counter() - start:.0f} s")


if __name__ == "__main__":
    main()
