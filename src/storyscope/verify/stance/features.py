"""Features for the stance of a text toward a claim (FNC-1 style headline / body pairs).

Two feature sets live here:

- ``baseline_features``: a re-implementation of the FNC-1 official baseline's
  features (word overlap, refuting words, polarity, hand-crafted n-gram
  co-occurrence counts), used as the peer in ``storyscope bench fnc1``.
- ``StanceFeaturizer``: the storyscope features. The baseline's ideas plus
  TF-IDF similarities between the claim and the whole text and its
  best-matching sentences, a BM25 score, number mismatch, and refuting /
  negation / hedging / reporting cue counts measured near the matched
  sentences and near the claim's words. It is fitted on training texts (idf).
  The TF-IDF is hashed, so a word never seen in training keeps the highest idf
  instead of vanishing: new claims bring new names and topic words, and a
  vocabulary fitted on the training claims dropped exactly those.

Nothing here is keyed on a topic. Until issue 6 the features also held LSA
similarities and 60 LSA topic dimensions of the claim and its best sentences;
they let the model recognise the training claims (by-body dev split: 89.5
relative / 73.5 macro-F1) but not judge new ones (topic split of
``storyscope bench fnc1``, no dev claim or body in train: 63.8 / 53.9, below
the official baseline's 69.9 relative). See ``benchmarks/fnc1.md``.

Texts are tokenised once with a regular expression and a crude suffix
stemmer (no NLP model: the command must run at hundreds of pairs per second).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import (
    ENGLISH_STOP_WORDS,
    HashingVectorizer,
    TfidfTransformer,
)

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_NUMBER = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)*")
_SENTENCE_END = re.compile(r"(?<=[.!?\"'\u201d])\s+(?=[A-Z0-9\"'\u201c(])|\n+")

# Words that deny or debunk what they relay; the FNC-1 baseline's list plus close variants.
REFUTING = frozenset({
    "fake", "fraud", "hoax", "false", "deny", "denies", "denied", "denial", "not", "despite", "nope",
    "doubt", "doubts", "bogus", "debunk", "debunked", "debunks", "prank", "pranks", "retract",
    "retracted", "refute", "refuted", "refutes", "untrue", "fabricated", "rumour", "rumor", "myth",
    "satire", "satirical", "dismissed", "dismisses", "rejects", "rejected", "baseless", "unfounded",
    "misleading", "incorrect", "wrong", "lie", "lies", "lied", "never", "no",
})
# The FNC-1 baseline's refuting words, for the peer features (one indicator each in the headline).
BASELINE_REFUTING = ("fake", "fraud", "hoax", "false", "deny", "denies", "not", "despite", "nope",
                     "doubt", "doubts", "bogus", "debunk", "pranks", "retract")
NEGATION = frozenset({"not", "no", "never", "nor", "none", "nothing", "nobody", "neither", "cannot",
                      "isn't", "wasn't", "aren't", "weren't", "don't", "doesn't", "didn't", "won't",
                      "wouldn't", "can't", "couldn't", "hasn't", "haven't", "hadn't", "shouldn't"})
# Hedges: the text relays without committing.
HEDGING = frozenset({"reportedly", "allegedly", "alleged", "apparently", "purportedly", "supposedly",
                     "may", "might", "could", "possibly", "perhaps", "unconfirmed", "unverified",
                     "rumoured", "rumored", "speculation", "speculated", "believed", "suggests",
                     "suggested", "appears", "appear", "seems", "unclear", "whether", "if"})
# Reporting cues: the text attributes the content to someone.
REPORTING = frozenset({"said", "says", "say", "claims", "claim", "claimed", "according", "reports",
                       "reported", "report", "told", "tells", "stated", "states", "announced",
                       "sources", "source", "insists", "insisted", "suggest", "revealed"})
# Cues that the text confirms or shows the content.
CONFIRMING = frozenset({"confirmed", "confirms", "confirm", "proof", "proves", "proved", "indeed",
                        "shows", "showed", "footage", "video", "photos", "official", "officially"})
STOP_WORDS = frozenset(ENGLISH_STOP_WORDS) - NEGATION - {"not", "no", "never", "nor", "none", "cannot"}

# How many best-matching sentences the "near the match" cue counts look at. Chosen by hand in
# issue 6, not tuned; re-run `storyscope bench fnc1` and scripts/train_stance.py after changing.
TOP_SENTENCES = 3
# Characters at the start of the text that the FNC-1 baseline treats as the lead.
LEAD_CHARS = 255
# Hash buckets of the TF-IDF used for cosines and BM25 (FNC-1 train has about 25k distinct stems, so
# collisions are rare; the idf vector of this size is what the model stores).
TFIDF_HASH_FEATURES = 1 << 18
# Tokens either side of a claim word within which a body cue counts as "near the claim" (issue 6, by hand).
NEAR_WINDOW = 4
# BM25 constants (the usual defaults).
BM25_K1 = 1.2
BM25_B = 0.75


def tokenize(text: str) -> list[str]:
    """Return lower-cased word and number tokens of ``text`` (apostrophes kept inside words)."""
    return _TOKEN.findall(text.lower().replace("\u2019", "'"))


@functools.lru_cache(maxsize=1 << 17)
def stem(word: str) -> str:
    """Strip a few common English suffixes (a crude, fast stand-in for a stemmer)."""
    if len(word) <= 4 or word[0].isdigit():
        return word
    if word.endswith("ies") and len(word) > 5:
        return word[:-3] + "y"
    for suffix in ("ational", "ation", "ness", "ment", "ings", "ing", "edly", "ed", "es", "ly", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def content_stems(tokens: list[str]) -> list[str]:
    """Return the stems of ``tokens`` without stop words (negations are kept)."""
    return [stem(t) for t in tokens if t not in STOP_WORDS]


def split_sentences(text: str) -> list[str]:
    """Split ``text`` into sentences at end punctuation followed by a capital, and at line breaks."""
    out = [s.strip() for s in _SENTENCE_END.split(text)]
    out = [s for s in out if s]
    return out or [text.strip() or "."]


def numbers(text: str) -> set[str]:
    """Return the numbers written in ``text``, separators removed (``"1,200"`` -> ``"1200"``)."""
    return {n.replace(",", "") for n in _NUMBER.findall(text)}


def _identity(tokens: list[str]) -> list[str]:
    """Analyzer for the vectorizers: the inputs are already token lists."""
    return tokens


def _ngrams(tokens: list[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}


def _count_in(tokens: list[str], vocab: frozenset[str]) -> int:
    return sum(1 for t in tokens if t in vocab)


# ---------------------------------------------------------------------------
# The FNC-1 official baseline's features (re-implemented, for the peer).
# ---------------------------------------------------------------------------

BASELINE_CHAR_GRAMS = (2, 8, 4, 16)
BASELINE_WORD_GRAMS = (2, 3, 4, 5, 6)


def _baseline_one(headline: str, body: str) -> list[float]:
    h_tok, b_tok = tokenize(headline), tokenize(body)
    h_stems, b_stems = {stem(t) for t in h_tok}, {stem(t) for t in b_tok}
    union = h_stems | b_stems
    feats = [len(h_stems & b_stems) / len(union) if union else 0.0]            # word overlap
    h_set = set(h_tok)
    feats += [float(w in h_set) for w in BASELINE_REFUTING]                    # refuting words
    feats += [_count_in(h_tok, REFUTING_BASELINE_SET) % 2,                     # polarity
              _count_in(b_tok, REFUTING_BASELINE_SET) % 2]
    b_set, lead = set(b_tok), set(tokenize(body[:LEAD_CHARS]))
    feats += [sum(t in b_set for t in h_tok), sum(t in lead for t in h_tok)]    # co-occurrence
    h_content = [t for t in h_tok if t not in ENGLISH_STOP_WORDS]
    feats += [sum(t in b_set for t in h_content), sum(t in lead for t in h_content)]
    h_low, b_low = " ".join(h_tok), " ".join(b_tok)
    b_lead = " ".join(tokenize(body[:LEAD_CHARS]))
    for n in BASELINE_CHAR_GRAMS:                                               # char grams
        grams = [h_low[i:i + n] for i in range(max(len(h_low) - n + 1, 0))]
        feats += [sum(g in b_low for g in grams), sum(g in b_lead for g in grams)]
    for n in BASELINE_WORD_GRAMS:                                               # word grams
        grams = [" ".join(h_tok[i:i + n]) for i in range(max(len(h_tok) - n + 1, 0))]
        feats += [sum(g in b_low for g in grams), sum(g in b_lead for g in grams)]
    return feats


REFUTING_BASELINE_SET = frozenset(BASELINE_REFUTING)


def baseline_features(pairs: list[tuple[str, str]]) -> np.ndarray:
    """Return the FNC-1 official baseline's feature matrix (one row per ``(claim, text)`` pair).

    Word overlap, one indicator per refuting word in the claim, refuting-count
    parity of claim and text, and counts of the claim's tokens, character
    n-grams and word n-grams found in the text and in its lead.
    """
    return np.asarray([_baseline_one(h, b) for h, b in pairs], dtype=np.float32)


# ---------------------------------------------------------------------------
# storyscope features.
# ---------------------------------------------------------------------------

@dataclass
class _Text:
    """One side of a pair, analysed once (texts repeat across pairs)."""

    tokens: list[str]
    stems: list[str]
    sentences_tokens: list[list[str]]
    numbers: set[str]
    lead_stems: set[str]
    row: int = -1                       # row of the whole text in the batch matrices
    sent_rows: tuple[int, int] = (0, 0)  # rows of its sentences in the batch sentence matrices
    cues: np.ndarray = field(default_factory=lambda: np.zeros((0, 5), dtype=np.float32))
    # Per sentence: (position, cue index) of each cue stem, for the "near the claim's words" counts.
    cue_positions: list[list[tuple[int, int]]] = field(default_factory=list)


# Cue words and their stems, in the order of the cue features (sentences are matched as content stems).
CUE_NAMES = ("refuting", "negation", "hedging", "reporting", "confirming")
_CUE_STEMS = tuple(frozenset(stem(w) for w in words) | words
                   for words in (REFUTING, NEGATION, HEDGING, REPORTING, CONFIRMING))


def _analyse(text: str, with_sentences: bool) -> _Text:
    tokens = tokenize(text)
    sents = [tokenize(s) for s in split_sentences(text)] if with_sentences else [tokens]
    sents = [s for s in sents if s] or [tokens or ["."]]
    cues = np.asarray([[_count_in(s, REFUTING), _count_in(s, NEGATION), _count_in(s, HEDGING),
                        _count_in(s, REPORTING), _count_in(s, CONFIRMING)] for s in sents],
                      dtype=np.float32)
    sent_stems = [content_stems(s) for s in sents]
    stems = [w for s in sent_stems for w in s] if with_sentences else sent_stems[0]
    cue_positions = [[(j, k) for j, w in enumerate(s) for k, words in enumerate(_CUE_STEMS) if w in words]
                     for s in sent_stems] if with_sentences else []
    return _Text(tokens=tokens, stems=stems, sentences_tokens=sent_stems, numbers=numbers(text),
                 lead_stems=set(content_stems(tokenize(text[:LEAD_CHARS]))), cues=cues,
                 cue_positions=cue_positions)


def _near_claim(c_set: set[str], t: _Text) -> list[float]:
    """Cue counts near the claim's words in the text, and in the sentences that match the claim.

    These read how the text treats the claim's own words (a denial next to them, a hedge in the
    sentences that repeat the claim) without reference to any topic, so they carry over to claims
    never seen in training.
    """
    near = np.zeros(len(CUE_NAMES))
    in_matching = np.zeros(len(CUE_NAMES))
    n_matches = n_matching = 0
    best_cover, best = -1.0, 0
    n_claim = max(len(c_set), 1)
    for i, sent in enumerate(t.sentences_tokens):
        positions = [j for j, w in enumerate(sent) if w in c_set]
        n_matches += len(positions)
        cover = len(set(sent) & c_set) / n_claim
        if cover > best_cover:
            best_cover, best = cover, i
        if cover >= 0.3:
            n_matching += 1
            for k in {k for _, k in t.cue_positions[i]}:
                in_matching[k] += 1
        if positions:
            for j, k in t.cue_positions[i]:
                if any(abs(j - p) <= NEAR_WINDOW for p in positions if p != j):
                    near[k] += 1
    best_cues = {k for _, k in t.cue_positions[best]} if t.cue_positions else set()
    return [*near, *(near / max(n_matches, 1)), *(in_matching / max(n_matching, 1)),
            n_matches, n_matching / max(len(t.sentences_tokens), 1), max(best_cover, 0.0),
            *(float(k in best_cues) for k in range(len(CUE_NAMES)))]


class StanceFeaturizer:
    """Turns ``(claim, text)`` pairs into a dense feature matrix.

    Fit once on training claims and texts (hashed TF-IDF idf, BM25 length
    statistics); then ``transform`` any pairs.
    """

    def __init__(self, seed: int = 0) -> None:
        self.seed = seed
        self.hasher = HashingVectorizer(analyzer=_identity, n_features=TFIDF_HASH_FEATURES,
                                        alternate_sign=False, norm=None, dtype=np.float32)
        self.tfidf = TfidfTransformer(sublinear_tf=True)
        self.avg_len = 1.0

    def fit(self, claims: list[str], texts: list[str]) -> StanceFeaturizer:
        """Fit the idf and the BM25 length statistics on unique training claims and texts."""
        docs = [content_stems(tokenize(t)) for t in dict.fromkeys(list(claims) + list(texts))]
        self.tfidf.fit(self.hasher.transform(docs))
        body_stems = [content_stems(tokenize(t)) for t in dict.fromkeys(texts)]
        self.avg_len = float(np.mean([len(s) for s in body_stems])) if body_stems else 1.0
        return self

    @property
    def feature_names(self) -> list[str]:
        """Names of the columns ``transform`` returns, in order."""
        names = ["claim_len", "text_len", "n_sentences", "jaccard", "claim_cover", "claim_cover_lead",
                 "bigram_cover", "trigram_cover", "tfidf_cos", "sent_cos_max", "sent_cos_top_mean",
                 "sent_cos_first", "best_sent_pos", "sent_cos_count_03", "bm25", "bm25_norm",
                 "claim_numbers", "numbers_missing", "numbers_found"]
        cue_names = ("refuting", "negation", "hedging", "reporting", "confirming")
        names += [f"claim_{c}" for c in cue_names] + ["claim_question", "claim_polarity"]
        names += [f"text_{c}_rate" for c in cue_names] + [f"top_{c}" for c in cue_names]
        names += [f"lead_{c}" for c in cue_names] + ["text_polarity", "top_polarity"]
        names += [f"claim_refuting_{w}" for w in BASELINE_REFUTING]
        names += [f"near_{c}" for c in CUE_NAMES] + [f"near_{c}_share" for c in CUE_NAMES]
        names += [f"matching_{c}_share" for c in CUE_NAMES]
        names += ["claim_word_matches", "matching_sentences_share", "best_sent_cover"]
        names += [f"best_sent_{c}" for c in CUE_NAMES]
        return names

    def transform(self, pairs: list[tuple[str, str]]) -> np.ndarray:
        """Return the feature matrix for ``pairs``; each distinct claim and text is analysed once."""
        if not pairs:
            return np.zeros((0, len(self.feature_names)), dtype=np.float32)
        claims: dict[str, _Text] = {}
        texts: dict[str, _Text] = {}
        for c, t in pairs:
            if c not in claims:
                claims[c] = _analyse(c, with_sentences=False)
            if t not in texts:
                texts[t] = _analyse(t, with_sentences=True)
        # One matrix for whole claims and texts, one for all text sentences.
        whole, sents = [], []
        for i, a in enumerate(list(claims.values()) + list(texts.values())):
            a.row = i
            whole.append(a.stems)
        for a in texts.values():
            a.sent_rows = (len(sents), len(sents) + len(a.sentences_tokens))
            sents.extend(a.sentences_tokens)
        w_counts = self.hasher.transform(whole).tocsr()
        w_tfidf = self.tfidf.transform(w_counts).tocsr()
        s_tfidf = self.tfidf.transform(self.hasher.transform(sents)).tocsr()
        idf = self.tfidf.idf_.astype(np.float32)
        rows = [self._pair(claims[c], texts[t], c, w_tfidf, s_tfidf, idf, w_counts)
                for c, t in pairs]
        return np.asarray(rows, dtype=np.float32)

    def _dense_row(self, matrix: sparse.csr_matrix, row: int) -> np.ndarray:
        """Scatter one CSR row into a reusable dense buffer (cleared again by ``_clear``)."""
        buf = getattr(self, "_buffer", None)
        if buf is None or len(buf) != matrix.shape[1]:
            buf = self._buffer = np.zeros(matrix.shape[1], dtype=np.float64)
        start, end = matrix.indptr[row], matrix.indptr[row + 1]
        buf[matrix.indices[start:end]] = matrix.data[start:end]
        return buf

    def _clear(self, matrix: sparse.csr_matrix, row: int) -> None:
        self._buffer[matrix.indices[matrix.indptr[row]:matrix.indptr[row + 1]]] = 0.0

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state.pop("_buffer", None)  # a scratch buffer, not part of the model
        return state

    def _pair(self, c: _Text, t: _Text, claim_text: str, w_tfidf: sparse.csr_matrix,
              s_tfidf: sparse.csr_matrix, idf: np.ndarray,
              w_counts: sparse.csr_matrix) -> list[float]:
        c_set, t_set = set(c.stems), set(t.stems)
        union = c_set | t_set
        n_c = max(len(c_set), 1)
        c_bi, c_tri = _ngrams(c.stems, 2), _ngrams(c.stems, 3)
        t_bi, t_tri = _ngrams(t.stems, 2), _ngrams(t.stems, 3)
        lo, hi = t.sent_rows
        c_vec = self._dense_row(w_tfidf, c.row)
        sent_cos = _row_dots(s_tfidf, lo, hi, c_vec)
        text_cos = float(_row_dots(w_tfidf, t.row, t.row + 1, c_vec)[0])
        self._clear(w_tfidf, c.row)
        order = np.argsort(-sent_cos, kind="stable")
        top = order[:TOP_SENTENCES]
        # BM25 of the claim's stems (hash buckets) against the whole text; unseen words keep the top idf.
        norm = BM25_K1 * (1 - BM25_B + BM25_B * len(t.stems) / self.avg_len)
        claim_buckets = w_counts.indices[w_counts.indptr[c.row]:w_counts.indptr[c.row + 1]]
        tf = self._dense_row(w_counts, t.row)[claim_buckets]
        self._clear(w_counts, t.row)
        bm25 = float((idf[claim_buckets] * tf * (BM25_K1 + 1) / (tf + norm)).sum())
        c_nums = c.numbers
        found = len(c_nums & t.numbers)
        cue_rate = t.cues.sum(axis=0) / max(len(t.tokens), 1) * 100
        top_cues = t.cues[top].sum(axis=0)
        lead_cues = t.cues[:2].sum(axis=0)
        claim_cues = [_count_in(c.tokens, v) for v in (REFUTING, NEGATION, HEDGING, REPORTING, CONFIRMING)]
        c_tokens = set(c.tokens)
        feats = [
            len(c.tokens), len(t.tokens), hi - lo,
            len(c_set & t_set) / len(union) if union else 0.0,
            len(c_set & t_set) / n_c, len(c_set & t.lead_stems) / n_c,
            len(c_bi & t_bi) / max(len(c_bi), 1), len(c_tri & t_tri) / max(len(c_tri), 1),
            text_cos,
            float(sent_cos[order[0]]), float(sent_cos[top].mean()), float(sent_cos[0]),
            order[0] / max(hi - lo - 1, 1), float((sent_cos > 0.3).sum()),
            bm25, bm25 / n_c,
            len(c_nums), len(c_nums) - found, found,
            *claim_cues, float("?" in claim_text), claim_cues[0] % 2,
            *cue_rate, *top_cues, *lead_cues, float(t.cues[:, 0].sum() % 2), float(top_cues[0] % 2),
            *[float(w in c_tokens) for w in BASELINE_REFUTING],
            *_near_claim(c_set, t),
        ]
        return feats


def _row_dots(matrix: sparse.csr_matrix, lo: int, hi: int, dense: np.ndarray) -> np.ndarray:
    """Dot products of rows ``lo:hi`` of a CSR matrix with a dense vector (no sparse objects built)."""
    start, end = matrix.indptr[lo], matrix.indptr[hi]
    prod = matrix.data[start:end] * dense[matrix.indices[start:end]]
    rows = np.repeat(np.arange(hi - lo), np.diff(matrix.indptr[lo:hi + 1]))
    return np.bincount(rows, weights=prod, minlength=hi - lo)


__all__ = [
    "StanceFeaturizer",
    "baseline_features",
    "content_stems",
    "numbers",
    "split_sentences",
    "stem",
    "tokenize",
]
