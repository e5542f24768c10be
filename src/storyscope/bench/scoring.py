"""The article-extraction benchmark's shingle scoring, as pure functions.

Same definition as scrapinghub/article-extraction-benchmark's ``evaluate.py``
(written here from its description, not copied): tokens are ``\\w+`` matches,
each text becomes a multiset of 4-token shingles (a text with fewer tokens is
one shorter shingle, an empty one none), and each page's tp/fp/fn counts are
normalised by their sum so that long pages weigh no more than short ones.
Precision is the mean over pages with output, recall the mean over pages
with a gold body, and F1 is the harmonic mean of those two means.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

# The benchmark's shingle length: 4 consecutive tokens.
SHINGLE_SIZE = 4

_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class PageScore:
    """One page's normalised counts and its own precision/recall/F1.

    ``precision`` is None when the prediction has no shingles (the page then
    does not count towards mean precision); ``recall`` is None when the gold
    body has none.
    """

    tp: float
    fp: float
    fn: float
    precision: float | None
    recall: float | None

    @property
    def f1(self) -> float:
        """The page's own F1 (0.0 when precision or recall is missing or zero)."""
        p, r = self.precision or 0.0, self.recall or 0.0
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class Summary:
    """Benchmark figures over a set of pages."""

    precision: float
    recall: float
    f1: float
    pages: int
    pages_with_output: int


def tokens(text: str | None) -> list[str]:
    """Return the ``\\w+`` tokens of ``text`` (empty for None)."""
    return _TOKEN.findall(text or "")


def shingles(text: str | None, size: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    """Return the multiset of ``size``-token shingles of ``text``.

    A text with 1 to ``size - 1`` tokens gives one shorter shingle (as the
    benchmark does); an empty text gives none.
    """
    toks = tokens(text)
    if not toks:
        return Counter()
    return Counter(tuple(toks[i : i + size]) for i in range(max(1, len(toks) - size + 1)))


def score_page(predicted: str | None, gold: str | None) -> PageScore:
    """Score one predicted article body against the gold body.

    Args:
        predicted: the extractor's text ("" or None when it gave nothing).
        gold: the reference article body.

    Returns:
        The page's tp/fp/fn normalised by their sum, with its precision and recall.
    """
    pred_sh, gold_sh = shingles(predicted), shingles(gold)
    tp = sum((pred_sh & gold_sh).values())
    fp = sum((pred_sh - gold_sh).values())
    fn = sum((gold_sh - pred_sh).values())
    total = tp + fp + fn
    if total:
        tp, fp, fn = tp / total, fp / total, fn / total
    precision = tp / (tp + fp) if tp + fp > 0 else None
    recall = tp / (tp + fn) if tp + fn > 0 else None
    return PageScore(float(tp), float(fp), float(fn), precision, recall)


def summarize(pages: Iterable[PageScore]) -> Summary:
    """Combine page scores into the benchmark's precision, recall and F1.

    Args:
        pages: one score per benchmark page.

    Returns:
        Mean precision over pages with output, mean recall over pages with a
        gold body, and their harmonic mean (all 0.0 when there is nothing to average).
    """
    pages = list(pages)
    precisions = [p.precision for p in pages if p.precision is not None]
    recalls = [p.recall for p in pages if p.recall is not None]
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Summary(precision, recall, f1, len(pages), len(precisions))


def score_all(predictions: Mapping[str, str | None], gold: Mapping[str, str]) -> tuple[Summary, dict[str, PageScore]]:
    """Score every gold page; a page missing from ``predictions`` counts as no output.

    Args:
        predictions: page id -> predicted body.
        gold: page id -> gold body.

    Returns:
        The summary and the per-page scores keyed by page id.
    """
    per_page = {key: score_page(predictions.get(key), body) for key, body in gold.items()}
    return summarize(per_page.values()), per_page


def label_metrics(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str]) -> dict:
    """Return accuracy, macro-F1 and per-label F1 of ``pred`` against ``gold``, in percent (2 decimals)."""
    import numpy as np
    from sklearn.metrics import accuracy_score, f1_score

    per = f1_score(gold, pred, labels=list(labels), average=None, zero_division=0)
    return {"accuracy": round(100 * accuracy_score(gold, pred), 2),
            "macro_f1": round(100 * float(np.mean(per)), 2),
            "f1": {lab: round(100 * float(f), 2) for lab, f in zip(labels, per)}}
