"""Check-worthiness: is a sentence worth fact-checking? (CheckThat! 2024 Task 1, English.)

Two scorers, averaged: a logistic regression over TF-IDF word 1-2-grams and
character 2-5-grams, and a small MLP over the all-MiniLM-L6-v2 sentence
embedding (``storyscope.embed``, int8 ONNX, no torch). A sentence is ``Yes``
when the mean probability reaches a threshold tuned on CT24 dev for the F1 of
the ``Yes`` class. Trained on CT24 train by ``scripts/train_checkworthy.py``;
the fitted model lives in ``checkworthy_model/`` beside this file with a
``meta.json`` that pins the scikit-learn version its pickle needs.
"""

from __future__ import annotations

import csv
import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from storyscope.errors import StoryscopeError
from storyscope.outputs import atomic_writer
from storyscope.pinned import read_pinned, runtime_versions, save_pinned
from storyscope.verify.tables import read_table

# The versioned name of this implementation, recorded in bench output and meta.json.
MODEL_NAME = "checkworthy.tfidf_lr+minilm_mlp.v1"
MODEL_DIR = Path(__file__).resolve().parent / "checkworthy_model"
MODEL_FILE = "checkworthy.joblib"
META_FILE = "meta.json"
SEED = 13
# Settings chosen in issue 6 on CT24 dev (trained on CT24 train; `storyscope bench checkworthy`).
# Dev Yes-F1 at the dev-tuned threshold: TF-IDF LR alone 0.897 (C=1; C=0.5/2/4 gave 0.891/0.887/0.890),
# MiniLM LR alone 0.840, MiniLM MLP(256) alone 0.879, TF-IDF + MiniLM in one LR 0.890, the mean of the
# TF-IDF LR and the MiniLM MLP 0.898 (kept). Re-run the bench and the training script after changing.
TFIDF_C = 1.0
WORD_NGRAMS = (1, 2)
WORD_MIN_DF = 2
CHAR_NGRAMS = (2, 5)
CHAR_MIN_DF = 3
CHAR_MAX_FEATURES = 200_000
MLP_HIDDEN = (256,)
MLP_ALPHA = 1e-3
# Weight of the MiniLM MLP in the mean of the two probabilities (1 - this goes to the TF-IDF LR).
EMBED_WEIGHT = 0.5
# Grid the dev threshold is searched on (the threshold that maximises dev Yes-F1 is kept).
THRESHOLD_GRID = tuple(round(t, 2) for t in np.arange(0.10, 0.91, 0.01))
# Sentences scored per batch in ``predict_checkworthy_tsv`` (bounds memory on large files).
BATCH_SENTENCES = 4096


class CheckworthyModelError(StoryscopeError):
    """The check-worthiness model is missing, unreadable or pickled by another scikit-learn version."""

    def __init__(self, message: str) -> None:  # noqa: D107 - documented on the class
        super().__init__("E019", name="checkworthy", why=message)


@dataclass
class CheckworthyModel:
    """The fitted vectorizers, both scorers and the dev-tuned threshold, with the metadata saved beside them."""

    word: object
    char: object
    tfidf_lr: object
    mlp: object
    threshold: float
    meta: dict = field(default_factory=dict)


def _tfidf(model_or_parts, texts: list[str]):
    from scipy.sparse import hstack

    word, char = model_or_parts
    return hstack([word.transform(texts), char.transform(texts)]).tocsr()


def fit_tfidf_lr(texts: list[str], y: np.ndarray) -> tuple[object, object, object]:
    """Fit the TF-IDF vectorizers and their logistic regression; return ``(word, char, lr)``.

    Also the TF-IDF-only peer of ``storyscope bench checkworthy``.
    """
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    word = TfidfVectorizer(ngram_range=WORD_NGRAMS, min_df=WORD_MIN_DF, sublinear_tf=True)
    char = TfidfVectorizer(analyzer="char_wb", ngram_range=CHAR_NGRAMS, min_df=CHAR_MIN_DF, sublinear_tf=True,
                           max_features=CHAR_MAX_FEATURES)
    x = hstack([word.fit_transform(texts), char.fit_transform(texts)]).tocsr()
    lr = LogisticRegression(C=TFIDF_C, max_iter=3000, class_weight="balanced", random_state=SEED).fit(x, y)
    return word, char, lr


def tfidf_scores(word, char, lr, texts: list[str]) -> np.ndarray:
    """Return P(Yes) of the TF-IDF logistic regression for each text."""
    return lr.predict_proba(_tfidf((word, char), texts))[:, list(lr.classes_).index(True)]


def best_threshold(scores: np.ndarray, gold: np.ndarray) -> tuple[float, float]:
    """Return ``(threshold, F1 of Yes)`` maximising the Yes-class F1 of ``scores >= threshold`` on ``gold``.

    Ties go to the lowest threshold on ``THRESHOLD_GRID``.
    """
    from sklearn.metrics import f1_score

    best = (0.5, -1.0)
    for t in THRESHOLD_GRID:
        f = f1_score(gold, scores >= t, zero_division=0)
        if f > best[1]:
            best = (float(t), float(f))
    return best


def _embed(texts: list[str]) -> np.ndarray:
    from storyscope.embed import embed

    return embed(texts)


def train_checkworthy_model(texts: list[str], labels: list[str], dev_texts: list[str], dev_labels: list[str],
                            embeddings: np.ndarray | None = None,
                            dev_embeddings: np.ndarray | None = None) -> CheckworthyModel:
    """Fit both scorers on ``texts`` and tune the Yes threshold on the dev set.

    Args:
        texts: training sentences.
        labels: ``Yes`` / ``No`` per training sentence.
        dev_texts: dev sentences (threshold only; never fitted on).
        dev_labels: ``Yes`` / ``No`` per dev sentence.
        embeddings: MiniLM vectors of ``texts`` when already computed (else computed here).
        dev_embeddings: the same for ``dev_texts``.

    Returns:
        the fitted model (not saved; see ``save_checkworthy_model``).

    Raises:
        ValueError: when a label is not ``Yes``/``No`` or lengths differ.
        EmbedderError: when the embedding model cannot be loaded.
    """
    from sklearn.neural_network import MLPClassifier

    for xs, ys in ((texts, labels), (dev_texts, dev_labels)):
        if len(xs) != len(ys):
            raise ValueError(f"{len(xs)} texts but {len(ys)} labels")
        bad = sorted(set(ys) - {"Yes", "No"})
        if bad:
            raise ValueError(f"unknown check-worthiness labels {bad}; expected Yes/No")
    y = np.asarray([lab == "Yes" for lab in labels])
    y_dev = np.asarray([lab == "Yes" for lab in dev_labels])
    emb = _embed(texts) if embeddings is None else embeddings
    emb_dev = _embed(dev_texts) if dev_embeddings is None else dev_embeddings
    word, char, lr = fit_tfidf_lr(texts, y)
    mlp = MLPClassifier(hidden_layer_sizes=MLP_HIDDEN, alpha=MLP_ALPHA, early_stopping=True,
                        random_state=SEED, max_iter=200).fit(emb, y)
    model = CheckworthyModel(word=word, char=char, tfidf_lr=lr, mlp=mlp, threshold=0.5)
    threshold, dev_f1 = best_threshold(_combine(model, dev_texts, emb_dev), y_dev)
    model.threshold = threshold
    from storyscope.embed import EMBEDDER_NAME

    model.meta = {"name": MODEL_NAME, **runtime_versions(), "seed": SEED, "embedder": EMBEDDER_NAME,
                  "train_sentences": len(texts), "dev_sentences": len(dev_texts), "threshold": threshold,
                  "dev_f1_yes": round(dev_f1, 4),
                  "hyperparameters": {"tfidf_C": TFIDF_C, "word_ngrams": list(WORD_NGRAMS),
                                      "char_ngrams": list(CHAR_NGRAMS), "char_max_features": CHAR_MAX_FEATURES,
                                      "mlp_hidden": list(MLP_HIDDEN), "mlp_alpha": MLP_ALPHA,
                                      "embed_weight": EMBED_WEIGHT}}
    return model


def _combine(model: CheckworthyModel, texts: list[str], emb: np.ndarray) -> np.ndarray:
    p_tfidf = tfidf_scores(model.word, model.char, model.tfidf_lr, texts)
    p_mlp = model.mlp.predict_proba(emb)[:, list(model.mlp.classes_).index(True)]
    return EMBED_WEIGHT * p_mlp + (1 - EMBED_WEIGHT) * p_tfidf


def model_scores(model: CheckworthyModel, texts: list[str]) -> np.ndarray:
    """Return P(check-worthy) in [0, 1] for each text under ``model`` (embeds the texts)."""
    texts = [t or "" for t in texts]
    if not texts:
        return np.zeros(0)
    return np.clip(_combine(model, texts, _embed(texts)), 0.0, 1.0)


def save_checkworthy_model(model: CheckworthyModel, folder: Path = MODEL_DIR) -> Path:
    """Write ``model`` to ``folder`` (``checkworthy.joblib`` + ``meta.json``); return the joblib path."""
    payload = {"word": model.word, "char": model.char, "tfidf_lr": model.tfidf_lr, "mlp": model.mlp,
               "threshold": model.threshold}
    return save_pinned(payload, model.meta, folder, MODEL_FILE, META_FILE)


def read_checkworthy_model(folder: Path) -> CheckworthyModel:
    """Load a saved model from ``folder`` (uncached; see ``load_checkworthy_model``).

    Raises:
        CheckworthyModelError: when the files are missing, or were pickled under another
            scikit-learn version (pickles are only valid for the version that wrote them).
    """
    parts, meta = read_pinned(folder, MODEL_FILE, "check-worthiness model", "python scripts/train_checkworthy.py",
                              CheckworthyModelError, META_FILE)
    return CheckworthyModel(word=parts["word"], char=parts["char"], tfidf_lr=parts["tfidf_lr"], mlp=parts["mlp"],
                            threshold=float(parts["threshold"]), meta=meta)


@functools.cache
def load_checkworthy_model() -> CheckworthyModel:
    """Return the committed model, loaded on first call and cached for the process.

    Raises:
        CheckworthyModelError: see ``read_checkworthy_model``.
    """
    return read_checkworthy_model(MODEL_DIR)


def score_sentences(texts: list[str]) -> list[float]:
    """Return P(check-worthy) in [0, 1] for each sentence with the committed model, in input order.

    Raises:
        CheckworthyModelError: when the model cannot be loaded.
        EmbedderError: when the embedding model cannot be loaded.
    """
    return [float(s) for s in model_scores(load_checkworthy_model(), list(texts))]


def predict_checkworthy_tsv(in_tsv: Path, out_tsv: Path, warn: Callable[[str], None] | None = None) -> int:
    """Run the ``storyscope checkworthy`` command: SENTENCES.tsv -> PRED.tsv.

    Args:
        in_tsv: tab-separated with a header holding at least ``Sentence_id`` and ``Text``
            (CSV-style quoting is understood; other columns are ignored).
        out_tsv: where to write ``Sentence_id``, ``class_label`` (``Yes``/``No``), ``score``,
            one row per input row, in input order.
        warn: called with one line per broken input row (see ``tables.read_table``).

    Returns:
        the number of sentences written.

    Raises:
        StoryscopeError: E001 when ``in_tsv`` does not exist; E016 when it is empty or a column is missing.
        CheckworthyModelError: when the model cannot be loaded.
    """
    in_tsv, out_tsv = Path(in_tsv), Path(out_tsv)
    if not in_tsv.exists():
        raise StoryscopeError("E001", path=in_tsv)
    rows = [(r["Sentence_id"], r["Text"])
            for r in read_table(in_tsv, ("Sentence_id", "Text"), delimiter="\t", warn=warn)]
    with atomic_writer(out_tsv, newline="", follow=True) as fh:  # (a file the user named: /dev/stdout is written to)
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
        writer.writerow(["Sentence_id", "class_label", "score"])
        if rows:
            model = load_checkworthy_model()
            for start in range(0, len(rows), BATCH_SENTENCES):
                batch = rows[start:start + BATCH_SENTENCES]
                for (sid, _), s in zip(batch, model_scores(model, [t for _, t in batch])):
                    writer.writerow([sid, "Yes" if s >= model.threshold else "No", f"{s:.4f}"])
    return len(rows)


# Dossier claims whose score includes the MiniLM half of the model (the most-sourced, then the highest by
# TF-IDF); the rest keep the TF-IDF LR score alone, which is nearly as good on CT24 dev (0.897 vs 0.898
# Yes-F1) and ~1000x cheaper. Bounds analyze's cost on a large pile: MiniLM runs at ~130 sentences/s here,
# and the vectors are cached in the store for ``check``'s retrieval, which would embed them anyway.
MAX_EMBEDDED_CLAIMS = 300


def rescore_claims(claims: tuple, vectors=None) -> tuple:
    """Return the dossier claims with ``checkworthiness`` from the committed CT24 model, in the same order.

    Args:
        claims: ``model.Claim`` records (their heuristic score is replaced).
        vectors: ``list[str] -> np.ndarray`` giving MiniLM vectors (e.g. the store's cache); None embeds
            directly.

    Returns:
        a tuple of ``Claim`` (frozen records rebuilt with ``dataclasses.replace``); rounded to 3 places.

    Raises:
        CheckworthyModelError, EmbedderError: when a model cannot be loaded.
    """
    import dataclasses

    if not claims:
        return tuple(claims)
    model = load_checkworthy_model()
    texts = [c.text or "" for c in claims]
    scores = tfidf_scores(model.word, model.char, model.tfidf_lr, texts)
    ranked = sorted(range(len(claims)), key=lambda i: (-claims[i].independent_sources, -scores[i], i))
    chosen = ranked[:MAX_EMBEDDED_CLAIMS]
    if chosen:
        picked = [texts[i] for i in chosen]
        emb = (vectors or _embed)(picked)
        full = _combine(model, picked, np.asarray(emb))
        for i, s in zip(chosen, full):
            scores[i] = s
    return tuple(dataclasses.replace(c, checkworthiness=round(float(np.clip(s, 0.0, 1.0)), 3))
                 for c, s in zip(claims, scores))
