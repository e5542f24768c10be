"""Group articles into stories: blocking, a learned pair decision, then average-link.

1. *Blocking* (never all pairs): for every canonical entity, its articles
   sorted by date are paired with their next ``BLOCK_WINDOW`` neighbours; and
   vectorised MinHash LSH over each article's top TF-IDF keywords plus its
   entity ids proposes the rest.
2. *Edge model*: a logistic pair model over pile-wide features (TF-IDF cosine
   of bodies, titles and leads (title + first two sentences, where a report
   names its own event); cosine of canonical-entity profiles: all, people,
   places; shared rare entities; years and numbers in common or in conflict)
   scores the candidate pairs; those at ``EDGE_MIN`` or above are the edges of
   a graph whose connected components are, in practice, one kind of event.
3. *Link model*: inside a component of ``LOCAL_MIN_ROWS``..``COMPONENT_CAP``
   articles every pair is scored with component-local features added
   (``LOCAL_FEATURES``: what tells two events of the same kind apart is the
   vocabulary used by part of the component only, above all in the leads).
   Both models clamp each feature to its training range. Smaller components keep
   the edge model's probabilities; larger ones only their candidate pairs.
4. *Average-link* merges clusters while the mean probability between them is
   at least ``link_threshold`` and (both having ``relative_min_size`` or more
   members) at least ``link_relative`` times the lower of their own inner
   means. Unlike
   single-link union-find, one loose pair cannot chain two stories together.

Both models and thresholds live in ``model/story_pairs.json`` (plain JSON
weights), written by ``scripts/train_story_pairs.py`` from ECB+ and measured
by ``storyscope bench stories``. Dates are deliberately not a veto: a
developing story (the seeds span 2022-2024) keeps its old articles.
"""

from __future__ import annotations

import heapq
import json
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer

from storyscope.corpus._lsh import band_pairs, minhash_signatures, sorted_unique, unique_pairs
from storyscope.corpus._text import STOPWORDS, UNDATED, date_key, fold
from storyscope.corpus.entities import EntityLinks
from storyscope.errors import StoryscopeError
from storyscope.model import AnnotatedArticle, Story

MODEL_DIR = Path(__file__).parent / "model"
MODEL_FILE = "story_pairs.json"
RETRAIN = "python scripts/train_story_pairs.py"

# Neighbours each article is compared with inside one entity's date-sorted
# article list: keeps blocking linear even for an entity every article names.
BLOCK_WINDOW = 12
# An entity named by more than this share of the pile blocks nothing (it
# would only add window pairs between unrelated stories).
BLOCK_MAX_ENTITY_SHARE = 0.2
# Keywords per article fed to the LSH block (top TF-IDF terms) and its bands:
# 32 bands of 2 rows propose pairs sharing roughly a fifth of their sets.
KEYWORDS_PER_ARTICLE = 15
LSH_PERM = 64
LSH_BANDS = 32
# A band bucket larger than this pairs each member with its next LSH_WINDOW
# members only (a common keyword must not create quadratic work).
LSH_MAX_BUCKET = 60
LSH_WINDOW = 20
# Candidate pairs below this probability are not edges of the graph whose
# components get fully scored; set low, the linkage threshold decides.
EDGE_MIN = 0.3
# Components up to this many articles get all their pairs scored before
# average-link; larger ones use their candidate edges only.
COMPONENT_CAP = 400

_YEAR_RE = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")
PERSON_LABELS = frozenset({"PERSON"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


# --------------------------------------------------------------------------- model


@dataclass(frozen=True, slots=True)
class PairModel:
    """Logistic pair model: ``p = sigmoid(bias + weights . standardised(clamped(features)))``.

    ``low``/``high`` are the smallest and largest value of each feature in
    training (None: no clamp): text unlike the training data (templated
    articles, one-line wires) cannot push a feature, and with it the
    probability, beyond anything the weights were fitted on.
    """

    features: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    bias: float
    low: np.ndarray | None = None
    high: np.ndarray | None = None

    def probability(self, x: np.ndarray) -> np.ndarray:
        """Same-story probability of each row of the feature matrix ``x`` (columns in ``features`` order)."""
        if not len(x):
            return np.zeros(0)
        if self.low is not None and self.high is not None:
            x = np.clip(x, self.low, self.high)
        z = ((x - self.mean) / self.scale) @ self.weights + self.bias
        return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))

    def to_json(self) -> dict:
        """The JSON object ``PairModel.from_json`` reads."""
        obj = {
            "features": list(self.features),
            "mean": [round(float(v), 8) for v in self.mean],
            "scale": [round(float(v), 8) for v in self.scale],
            "weights": [round(float(v), 8) for v in self.weights],
            "bias": round(float(self.bias), 8),
        }
        if self.low is not None and self.high is not None:
            obj["low"] = [round(float(v), 8) for v in self.low]
            obj["high"] = [round(float(v), 8) for v in self.high]
        return obj

    @staticmethod
    def from_json(obj: dict, expected: tuple[str, ...]) -> PairModel:
        """Build from ``to_json`` output; E019 when its features are not ``expected``."""
        if tuple(obj["features"]) != expected:
            raise StoryscopeError("E019", name="story pair",
                                  why=f"it was trained on features {obj['features']} but this code computes "
                                      f"{list(expected)}. Retrain with `{RETRAIN}`.")
        bounds = [np.asarray(obj[k], dtype=float) if k in obj else None for k in ("low", "high")]
        return PairModel(tuple(obj["features"]), np.asarray(obj["mean"], dtype=float),
                         np.asarray(obj["scale"], dtype=float), np.asarray(obj["weights"], dtype=float),
                         float(obj["bias"]), *bounds)


@dataclass(frozen=True, slots=True)
class StoryModel:
    """The two pair models and the linkage threshold.

    ``edge`` scores candidate pairs on pile-wide features (which pairs tie
    articles into one component); ``link`` scores every pair inside a
    component with the component-local features added; average-link merges
    while the mean ``link`` probability between two clusters is at least
    ``link_threshold``.
    """

    edge: PairModel
    link: PairModel
    link_threshold: float
    link_relative: float = 0.0
    # The relative test only binds clusters of at least this many members: the
    # inner mean of two or three articles says little about how tight a story
    # is, and a story's small fragments should still join it.
    relative_min_size: int = 2

    def to_json(self, meta: dict) -> dict:
        """The JSON object ``story_model_from_json`` reads (``meta`` is stored beside the weights)."""
        return {"kind": MODEL_KIND, "edge": self.edge.to_json(), "link": self.link.to_json(),
                "link_threshold": round(float(self.link_threshold), 6),
                "link_relative": round(float(self.link_relative), 6),
                "relative_min_size": int(self.relative_min_size), "meta": meta}


MODEL_KIND = "storyscope.story_pairs/2"


def story_model_from_json(obj: dict) -> StoryModel:
    """Build a ``StoryModel`` from the JSON object written by ``StoryModel.to_json``.

    Raises:
        StoryscopeError: E019 when the object is not a story pair model or its
            features are not the ones this code computes.
    """
    if obj.get("kind") != MODEL_KIND:
        raise StoryscopeError("E019", name="story pair", why=f"unknown kind {obj.get('kind')!r}. Retrain with `{RETRAIN}`.")
    return StoryModel(PairModel.from_json(obj["edge"], FEATURES),
                      PairModel.from_json(obj["link"], FEATURES + LOCAL_FEATURES),
                      float(obj["link_threshold"]), float(obj.get("link_relative", 0.0)),
                      max(2, int(obj.get("relative_min_size", 2))))


@lru_cache(maxsize=1)
def load_story_model(path: Path = MODEL_DIR / MODEL_FILE) -> StoryModel:
    """Load the committed story model (cached per process).

    Raises:
        StoryscopeError: E019 when the file is missing, unreadable or stale.
    """
    try:
        obj = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise StoryscopeError("E019", name="story pair",
                              why=f"{path} could not be read ({exc}). Rebuild it with `{RETRAIN}`.") from exc
    return story_model_from_json(obj)


# --------------------------------------------------------------------------- representations


def _doc_text(item: AnnotatedArticle) -> str:
    title = item.article.title or ""
    return f"{title}\n{title}\n{item.article.text}"


def term_frequencies(articles: Sequence[AnnotatedArticle]):
    """Sublinear term frequencies (sparse, ``1 + log tf``) of title + body per article, and the vocabulary."""
    vec = TfidfVectorizer(
        stop_words=sorted(STOPWORDS),
        sublinear_tf=True,
        # fold() lowercases and strips accents like strip_accents="unicode", but tests each
        # distinct non-ASCII character once instead of every character (~30% of this stage).
        preprocessor=fold,
        use_idf=False,
        norm=None,
        dtype=np.float64,
    )
    texts = [_doc_text(a) for a in articles]
    if not any(t.strip() for t in texts):
        return None, []
    try:
        matrix = vec.fit_transform(texts)
    except ValueError:  # only stop words everywhere
        return None, []
    return matrix.tocsr(), vec.get_feature_names_out()


def _idf_weighted(tf: sp.csr_matrix, smooth_floor: float) -> sp.csr_matrix:
    """Rows of ``tf`` times ``log((1 + n) / (1 + df)) + smooth_floor``, L2-normalised.

    ``smooth_floor`` 1 is scikit-learn's smoothed idf; 0 gives a term that
    every row holds no weight at all (used inside one component, where the
    words all its articles share say nothing about which event is which).
    """
    n = tf.shape[0]
    df = np.bincount(tf.indices, minlength=tf.shape[1])
    idf = np.log((1.0 + n) / (1.0 + df)) + smooth_floor
    return _normalise_rows(sp.csr_matrix(tf @ sp.diags(idf)))


def tfidf_matrix(articles: Sequence[AnnotatedArticle]):
    """L2-normalised TF-IDF rows (sparse) of title + body, one per article in order, and the vocabulary."""
    tf, vocab = term_frequencies(articles)
    return (None, []) if tf is None else (_idf_weighted(tf, 1.0), vocab)


def _normalise_rows(matrix: sp.csr_matrix) -> sp.csr_matrix:
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sp.csr_matrix(sp.diags(1.0 / norms) @ matrix)


_DIGITS_RE = re.compile(r"\d+")


def _years(item: AnnotatedArticle) -> set[int]:
    # Same as ``_YEAR_RE.findall``: a year is a whole run of digits (nothing before or after), and
    # scanning for digit runs is several times faster than the look-around pattern.
    runs = _DIGITS_RE.findall(f"{item.article.title or ''}\n{item.article.text}")
    found = {int(y) for y in runs if len(y) == 4 and _YEAR_RE.fullmatch(y)}
    if item.article.published:
        found.add(int(item.article.published[:4]))
    return found


def _binary_rows(sets: Sequence[set]) -> sp.csr_matrix:
    """One binary row per set, columns indexed by the union of the elements."""
    columns: dict = {}
    indptr, indices = [0], []
    for s in sets:
        for v in sorted(s):
            indices.append(columns.setdefault(v, len(columns)))
        indptr.append(len(indices))
    data = np.ones(len(indices))
    return sp.csr_matrix((data, np.asarray(indices, dtype=np.int64), np.asarray(indptr, dtype=np.int64)),
                         shape=(len(sets), max(1, len(columns))))


@dataclass(frozen=True, slots=True)
class StoryVectors:
    """Per-article representations the pair features are computed from (rows in article order)."""

    words: sp.csr_matrix | None
    word_tf: sp.csr_matrix | None  # sublinear term frequencies (component-local TF-IDF)
    vocab: Sequence[str]
    titles: sp.csr_matrix | None
    entities: sp.csr_matrix  # idf-weighted canonical entities, L2-normalised
    people: sp.csr_matrix
    places: sp.csr_matrix
    entity_tf: sp.csr_matrix  # 1 + log mention count per canonical entity
    entity_idf: sp.csr_matrix  # binary entities times idf (shared-rare-entity sums)
    entity_sets: sp.csr_matrix  # binary entities
    years: sp.csr_matrix
    numbers: sp.csr_matrix
    lead_words: sp.csr_matrix | None  # TF-IDF of title + lead (same columns as words)
    lead_tf: sp.csr_matrix | None  # sublinear term frequencies of title + lead


def story_vectors(ordered: Sequence[AnnotatedArticle], links: EntityLinks) -> StoryVectors:
    """Build the per-article representations of ``ordered`` (pure function of the articles and their links)."""
    n = len(ordered)
    word_tf, lead_tf, title_tf, vocab = _body_and_lead_frequencies(ordered)
    words = None if word_tf is None else _idf_weighted(word_tf, 1.0)
    etype = {e.id: e.type for e in links.entities}
    eid_col: dict[str, int] = {}
    rows, cols, counts = [], [], []
    for r, item in enumerate(ordered):
        per: dict[int, int] = defaultdict(int)
        for _, _, eid in links.spans.get(item.article.id, ()):
            per[eid_col.setdefault(eid, len(eid_col))] += 1
        for eid in links.article_entities.get(item.article.id, ()):
            col = eid_col.setdefault(eid, len(eid_col))
            per[col] = max(per[col], 1)
        for col, c in per.items():
            rows.append(r)
            cols.append(col)
            counts.append(c)
    width = max(1, len(eid_col))
    raw = sp.csr_matrix((np.asarray(counts, dtype=float), (rows, cols)), shape=(n, width))
    binary = raw.copy()
    binary.data[:] = 1.0
    df = np.asarray(binary.sum(axis=0)).ravel()
    idf = np.log((1.0 + n) / (1.0 + df)) + 1.0
    entity_tf = raw.copy()
    entity_tf.data = 1.0 + np.log(entity_tf.data)
    weighted = sp.csr_matrix(entity_tf @ sp.diags(idf))
    col_type = np.array([""] * width, dtype=object)
    for eid, col in eid_col.items():
        col_type[col] = etype.get(eid, "")
    person_mask = sp.diags(np.array([t in PERSON_LABELS for t in col_type], dtype=float))
    place_mask = sp.diags(np.array([t in PLACE_LABELS for t in col_type], dtype=float))
    return StoryVectors(
        words=words,
        word_tf=word_tf,
        vocab=vocab,
        titles=None if title_tf is None else _idf_weighted(title_tf, 1.0),
        entities=_normalise_rows(weighted),
        people=_normalise_rows(sp.csr_matrix(weighted @ person_mask)),
        places=_normalise_rows(sp.csr_matrix(weighted @ place_mask)),
        entity_tf=entity_tf.tocsr(),
        entity_idf=sp.csr_matrix(binary @ sp.diags(idf)),
        entity_sets=binary.tocsr(),
        years=_binary_rows([_years(a) for a in ordered]),
        numbers=_binary_rows([{q.value for q in a.annotations.quantities} for a in ordered]),
        lead_words=None if lead_tf is None else _idf_weighted(lead_tf, 1.0),
        lead_tf=lead_tf,
    )


# The lead: the first sentences of the body, where a report names its own
# event's who, where, when and how many (later sentences recall background and
# earlier events of the same kind).
LEAD_SENTENCES = 2
LEAD_FALLBACK_CHARS = 400


def _lead_end(item: AnnotatedArticle) -> int:
    """Offset in the body where its lead ends (after ``LEAD_SENTENCES`` sentences)."""
    sentences = item.annotations.sentences
    if sentences:
        return sentences[min(LEAD_SENTENCES, len(sentences)) - 1].end
    cut = item.article.text.find(" ", LEAD_FALLBACK_CHARS)  # never inside a word
    return len(item.article.text) if cut < 0 else cut


def _body_and_lead_frequencies(ordered: Sequence[AnnotatedArticle]):
    """Term frequencies (as ``term_frequencies``) of title + body, title + lead and title, and the vocabulary.

    One tokenising pass over three pieces per article (title, lead, rest of
    the body) instead of two over overlapping texts: the body counts are
    twice the title's (``_doc_text`` repeats it) plus the lead's and the
    rest's, the lead counts the title's plus the lead's. A lead ends at a
    sentence end, so no token straddles the cut. (The title rows weighted by
    ``_idf_weighted`` give the same cosines as TF-IDF fitted on the titles
    alone: a column no title uses is zero in every row.)
    """
    vec = TfidfVectorizer(stop_words=sorted(STOPWORDS), preprocessor=fold, use_idf=False, norm=None,
                          dtype=np.float64)
    pieces: list[str] = []
    for item in ordered:
        end = _lead_end(item)
        pieces += [item.article.title or "", item.article.text[:end], item.article.text[end:]]
    if not any(t.strip() for t in pieces):
        return None, None, None, []
    try:
        counts = vec.fit_transform(pieces).tocsr()
    except ValueError:  # only stop words everywhere
        return None, None, None, []
    title, lead, rest = counts[0::3], counts[1::3], counts[2::3]

    def sublinear(m: sp.csr_matrix) -> sp.csr_matrix:
        m = sp.csr_matrix(m)
        m.eliminate_zeros()
        m.sort_indices()
        m.data = 1.0 + np.log(m.data)
        return m

    return (sublinear(2 * title + lead + rest), sublinear(title + lead), sublinear(title),
            vec.get_feature_names_out())


# --------------------------------------------------------------------------- features

FEATURES = (
    "cos_words",
    "cos_titles",
    "cos_entities",
    "cos_people",
    "cos_places",
    "shared_entity_idf",
    "jaccard_entities",
    "years_shared",
    "years_disjoint",
    "jaccard_numbers",
    "numbers_disjoint",
    "both_have_people",
    "cos_words_x_people",
    "cos_lead_words",
)


def _rowwise(a: sp.csr_matrix | None, b: sp.csr_matrix | None, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Dot product of row ``left[k]`` of ``a`` with row ``right[k]`` of ``b``, for every k (chunked)."""
    out = np.zeros(len(left))
    if a is None or not len(left):
        return out
    rows = sorted_unique(np.concatenate([left, right]))
    if len(rows) ** 2 <= 4 * len(left):
        # Many pairs among few rows (all pairs of a component): one small Gram matrix.
        return _gram(a, b, rows)[np.searchsorted(rows, left), np.searchsorted(rows, right)]
    return _rowwise_by_blocks(a, a if b is None else b, left, right)


# Cells of the dense block ``_rowwise_by_blocks`` scatters left rows into (8 MB).
_BLOCK_CELLS = 1 << 20


def _rowwise_by_blocks(a: sp.csr_matrix, b: sp.csr_matrix, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Row dot products for many scattered pairs: a few left rows at a time go into a dense block,
    and each pair's right row is multiplied against its left row there (no copy of the left rows per
    pair, unlike ``a[left].multiply(b[right])``, ~2.5x faster on the pile's candidate pairs)."""
    order = np.argsort(left, kind="stable")
    lefts, rights = left[order], right[order]
    out = np.zeros(len(left))
    per = max(1, _BLOCK_CELLS // max(1, a.shape[1]))
    block = np.zeros((per, a.shape[1]))
    firsts = np.flatnonzero(np.r_[True, lefts[1:] != lefts[:-1]])
    bounds = np.r_[firsts, len(lefts)]
    for c in range(0, len(firsts), per):
        s, e = bounds[c], bounds[min(c + per, len(firsts))]
        rows = lefts[firsts[c : c + per]]
        at, cols, vals = _row_entries(a, rows)
        block[at, cols] = vals
        pair_of, right_cols, right_vals = _row_entries(b, rights[s:e])
        local = np.searchsorted(rows, lefts[s:e])
        products = block[local[pair_of], right_cols] * right_vals
        out[order[s:e]] = np.bincount(pair_of, weights=products, minlength=e - s)
        block[at, cols] = 0.0
    return out


def _row_entries(m: sp.csr_matrix, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every stored entry of rows ``rows`` of CSR ``m``: (position in ``rows``, column, value)."""
    starts = m.indptr[rows]
    lengths = m.indptr[rows + 1] - starts
    total = int(lengths.sum())
    at = np.repeat(starts - np.concatenate([[0], np.cumsum(lengths)[:-1]]), lengths) + np.arange(total)
    return np.repeat(np.arange(len(rows)), lengths), m.indices[at], m.data[at]


def _gram(a: sp.csr_matrix, b: sp.csr_matrix | None, rows: np.ndarray) -> np.ndarray:
    """Dense ``a[rows] @ b[rows].T`` (``b`` None: ``a``), on dense blocks over the columns the rows use.

    A component's rows are few (<= ``COMPONENT_CAP``) and share much of their
    vocabulary, so dense blocks and one BLAS product cost less than scipy's
    per-call overhead on sparse ones.
    """
    block, cols = _dense_block(a, rows)
    if b is None:
        return block @ block.T
    other, other_cols = _dense_block(b, rows)
    if not np.array_equal(cols, other_cols):
        return (a[rows] @ b[rows].T).toarray()
    return block @ other.T


def _dense_block(m: sp.csr_matrix, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Rows ``rows`` of CSR ``m`` as a dense ``(len(rows), k)`` array over the ``k`` columns they use (sorted), and those columns."""
    at, columns, values = _row_entries(m, rows)
    if not len(columns):
        return np.zeros((len(rows), 0)), np.zeros(0, dtype=np.int64)
    cols, where = np.unique(columns, return_inverse=True)
    block = np.zeros((len(rows), len(cols)))
    block[at, where.ravel()] = values
    return block, cols


def _normalised(block: np.ndarray) -> np.ndarray:
    """Rows of a dense block scaled to unit L2 norm (all-zero rows left as they are)."""
    norms = np.sqrt(np.einsum("ij,ij->i", block, block))
    norms[norms == 0] = 1.0
    return block * (1.0 / norms)[:, None]


def _row_counts(m: sp.csr_matrix) -> np.ndarray:
    return np.diff(m.indptr).astype(float)


def pair_features(vectors: StoryVectors, pairs: np.ndarray) -> np.ndarray:
    """Feature matrix (one row per pair, columns in ``FEATURES`` order) for the ``(k, 2)`` row-pair array ``pairs``."""
    pairs = np.asarray(pairs, dtype=np.int64).reshape(-1, 2)
    left, right = pairs[:, 0], pairs[:, 1]
    return _feature_columns(vectors, left, right, lambda a, b: _rowwise(a, b, left, right))


def _component_pair_features(vectors: StoryVectors, rows: np.ndarray, local_pairs: np.ndarray) -> np.ndarray:
    """``pair_features`` of ``rows[local_pairs]`` for all pairs of one component: one Gram matrix per representation."""
    li, ri = local_pairs[:, 0], local_pairs[:, 1]

    def dot(a, b):
        return np.zeros(len(li)) if a is None else _gram(a, b, rows)[li, ri]

    return _feature_columns(vectors, rows[li], rows[ri], dot)


def _feature_columns(vectors: StoryVectors, left: np.ndarray, right: np.ndarray, dot) -> np.ndarray:
    """``FEATURES`` columns for the row pairs ``(left[k], right[k])``; ``dot(a, b)`` gives their row dot products."""
    cos_words = dot(vectors.words, None)
    cos_people = dot(vectors.people, None)
    ent_counts = _row_counts(vectors.entity_sets)
    shared_ents = dot(vectors.entity_sets, None)
    union_ents = ent_counts[left] + ent_counts[right] - shared_ents
    year_counts = _row_counts(vectors.years)
    shared_years = dot(vectors.years, None)
    both_years = (year_counts[left] > 0) & (year_counts[right] > 0)
    num_counts = _row_counts(vectors.numbers)
    shared_nums = dot(vectors.numbers, None)
    union_nums = num_counts[left] + num_counts[right] - shared_nums
    both_nums = (num_counts[left] > 0) & (num_counts[right] > 0)
    people_rows = np.diff(vectors.people.indptr) > 0
    both_people = people_rows[left] & people_rows[right]
    columns = [
        cos_words,
        dot(vectors.titles, None),
        dot(vectors.entities, None),
        cos_people,
        dot(vectors.places, None),
        np.log1p(dot(vectors.entity_idf, vectors.entity_sets)),
        np.divide(shared_ents, union_ents, out=np.zeros(len(left)), where=union_ents > 0),
        (shared_years > 0).astype(float),
        (both_years & (shared_years == 0)).astype(float),
        np.divide(shared_nums, union_nums, out=np.zeros(len(left)), where=union_nums > 0),
        (both_nums & (shared_nums == 0)).astype(float),
        both_people.astype(float),
        cos_words * cos_people,
        dot(vectors.lead_words, None),
    ]
    return np.column_stack(columns) if len(left) else np.zeros((0, len(FEATURES)))


# Computed inside one component (in practice the articles of one kind of
# event), where the words all its members share say nothing about which event
# is which:
# - local_cos_*: TF-IDF cosine with the component's own idf, floor 0 (a term
#   every member uses weighs nothing);
# - mid_cos_*: cosine with terms weighted (4 q (1 - q))^2, q the share of
#   members using the term: terms used by about half the component (the other
#   event's names, scores, places) weigh most, rare asides and shared topic
#   words least;
# - profile_*: correlation of the two articles' mid-cosine profiles against
#   every member (second order: same-event articles resemble the same others);
# - *_lead: the same on the title + lead only, where a report names its own event.
# Every one is a per-pair similarity bounded to [-1, 1]: none describes the
# component as a whole (a component-wide figure can sit far outside its ECB+
# range on other text and move every pair of the component at once).
LOCAL_FEATURES = ("local_cos_words", "local_cos_entities", "local_cos_lead", "mid_cos_words", "mid_cos_entities",
                  "mid_cos_lead", "profile_words", "profile_entities", "profile_lead")
# Components smaller than this are linked on the edge model's probabilities:
# a handful of articles is too few for component-local statistics (in the
# five seed articles, all one developing story, they would split angles of
# the story apart); ECB+ components of one kind of event hold 10-30 articles.
LOCAL_MIN_ROWS = 10
MID_WEIGHT_POWER = 2.0


def _mid_weighted(tf: sp.csr_matrix) -> sp.csr_matrix:
    m = tf.shape[0]
    df = np.bincount(tf.indices, minlength=tf.shape[1])
    share = df / m
    weight = np.where(df >= 2, (4.0 * share * (1.0 - share)) ** MID_WEIGHT_POWER, 0.0)
    return _normalise_rows(sp.csr_matrix(tf @ sp.diags(weight)))


def _profile_correlation(matrix: sp.csr_matrix | None, left: np.ndarray, right: np.ndarray,
                         sims: np.ndarray | None = None) -> np.ndarray:
    """Correlation, for each pair, of the two rows' cosine profiles against all rows of ``matrix``.

    ``sims``: the dense ``matrix @ matrix.T`` when already computed (then
    ``matrix`` is not read; ``sims`` is overwritten).
    """
    sims = (matrix @ matrix.T).toarray() if sims is None else sims
    np.fill_diagonal(sims, 1.0)
    sims -= sims.mean(axis=1, keepdims=True)
    norms = np.linalg.norm(sims, axis=1, keepdims=True)
    sims /= np.where(norms > 0, norms, 1.0)
    if 8 * len(left) >= len(sims) ** 2:
        # Most pairs of the rows (a whole component): one BLAS product costs far
        # less than gathering two rows per pair.
        return (sims @ sims.T)[left, right]
    return np.einsum("ij,ij->i", sims[left], sims[right])


def local_pair_features(vectors: StoryVectors, rows: np.ndarray, local_pairs: np.ndarray,
                        pile_features: np.ndarray) -> np.ndarray:
    """``LOCAL_FEATURES`` columns for ``local_pairs`` (indexing ``rows``, one component), one row per pair.

    ``pile_features`` are the same pairs' ``pair_features``, used as the
    fallback for small components.
    """
    if len(rows) < 3 or vectors.word_tf is None:
        return small_component_local_features(pile_features)
    left, right = local_pairs[:, 0], local_pairs[:, 1]
    m = len(rows)
    columns: list[np.ndarray] = []
    mids: list[np.ndarray] = []
    # Dense blocks of the component's term frequencies (the same weights as
    # ``_idf_weighted(tf, 0.0)`` and ``_mid_weighted(tf)`` on its rows): one Gram
    # matrix per representation, the mid ones shared with the profile correlations.
    # (lead_tf is None only together with word_tf, handled above)
    for tf in (vectors.word_tf, vectors.entity_tf, vectors.lead_tf):
        block, _ = _dense_block(tf, rows)
        df = np.count_nonzero(block, axis=0)
        idf = np.log((1.0 + m) / (1.0 + df))
        share = df / m
        mid = np.where(df >= 2, (4.0 * share * (1.0 - share)) ** MID_WEIGHT_POWER, 0.0)
        local = _normalised(block * idf)
        mid_block = _normalised(block * mid)
        columns.append((local @ local.T)[left, right])
        mids.append(mid_block @ mid_block.T)
    columns += [gram[left, right] for gram in mids]
    columns += [_profile_correlation(None, left, right, gram) for gram in mids]
    return np.column_stack(columns)


def small_component_local_features(pile_features: np.ndarray) -> np.ndarray:
    """``LOCAL_FEATURES`` stand-ins for a component too small for local statistics: the pile-wide cosines."""
    cos = pile_features[:, [FEATURES.index("cos_words"), FEATURES.index("cos_entities"),
                            FEATURES.index("cos_lead_words")]]
    return np.hstack([cos, cos, np.zeros((len(pile_features), 3))])


# --------------------------------------------------------------------------- blocking


def candidate_pairs(ordered: Sequence[AnnotatedArticle], links: EntityLinks, vectors: StoryVectors) -> np.ndarray:
    """Candidate row pairs ``(i, j)``, ``i < j``, sorted: entity windows plus keyword/entity LSH (never all pairs)."""
    n = len(ordered)
    index = {a.article.id: i for i, a in enumerate(ordered)}
    found: list[np.ndarray] = []
    max_articles = max(2, int(BLOCK_MAX_ENTITY_SHARE * n))
    keys = [date_key(a) for a in ordered]
    for entity in links.entities:
        # (the articles the entity was tagged in: one that only writes its name leaves the blocking as it was)
        rows = [index[aid] for aid in links.tagged.get(entity.id, entity.articles) if aid in index]
        if len(rows) < 2 or (len(rows) > max_articles and n > 50):
            continue
        rows.sort(key=lambda r: keys[r])
        arr = np.asarray(rows, dtype=np.int64)
        for step in range(1, min(BLOCK_WINDOW, len(arr) - 1) + 1):
            found.append(np.column_stack([arr[:-step], arr[step:]]))
    if vectors.words is not None and n > 1:
        words = vectors.words
        # Top keywords per article, then entity ids (offset past the vocabulary).
        indptr, indices = [0], []
        ent = vectors.entity_sets
        for r in range(n):
            start, end = words.indptr[r], words.indptr[r + 1]
            cols, vals = words.indices[start:end], words.data[start:end]
            top = cols[np.lexsort((cols, -vals))][:KEYWORDS_PER_ARTICLE]
            indices.extend(sorted(top.tolist()))
            indices.extend((ent.indices[ent.indptr[r] : ent.indptr[r + 1]] + words.shape[1]).tolist())
            indptr.append(len(indices))
        indptr_a = np.asarray(indptr, dtype=np.int64)
        indices_a = np.asarray(indices, dtype=np.int64)
        sig = minhash_signatures(indptr_a, indices_a, LSH_PERM)
        nonempty = np.flatnonzero(np.diff(indptr_a) > 0)
        found.append(band_pairs(sig, nonempty, LSH_BANDS, LSH_MAX_BUCKET, LSH_WINDOW))
    return unique_pairs(found)


# --------------------------------------------------------------------------- linkage


def _components(n: int, edges: np.ndarray) -> list[np.ndarray]:
    """Connected components (arrays of rows, each sorted) of the graph on ``n`` nodes with ``edges``."""
    from scipy.sparse.csgraph import connected_components

    if not len(edges):
        return [np.asarray([r]) for r in range(n)]
    graph = sp.coo_matrix((np.ones(len(edges)), (edges[:, 0], edges[:, 1])), shape=(n, n))
    _, labels = connected_components(graph, directed=False)
    order = np.argsort(labels, kind="stable")
    splits = np.flatnonzero(np.diff(labels[order])) + 1
    return np.split(order, splits)


def average_link(n: int, pairs: np.ndarray, weights: np.ndarray, threshold: float,
                 relative: float = 0.0, relative_min_size: int = 2) -> list[list[int]]:
    """Average-link clustering of ``n`` items over a sparse similarity graph.

    Args:
        n: number of items (rows 0..n-1).
        pairs: ``(k, 2)`` item pairs with a similarity; absent pairs count as 0.
        weights: similarity of each pair.
        threshold: two clusters merge while the mean similarity over all
            their cross pairs is at least this.
        relative: ... and, when both have two or more members, at least this
            share of the lower of their two inner mean similarities (two
            tight clusters of two events of one kind stay apart even when
            the events look alike overall).
        relative_min_size: the ``relative`` test applies only when both
            clusters have at least this many members (2 or more).

    Returns:
        clusters as sorted row lists. Ties merge the pair with the smallest
        rows first, so the result does not depend on input order.
    """
    pairs = np.asarray(pairs, dtype=np.int64).reshape(-1, 2)
    if n <= DENSE_LINK_MAX:
        return _average_link_dense(n, pairs, np.asarray(weights, dtype=float), threshold, relative,
                                   relative_min_size)
    sums: list[dict[int, float]] = [defaultdict(float) for _ in range(n)]
    for (a, b), w in zip(pairs.tolist(), np.asarray(weights, dtype=float).tolist(), strict=True):
        if a != b:
            sums[a][b] += w
            sums[b][a] += w
    size = [1] * n
    inner = [0.0] * n
    members: list[list[int] | None] = [[r] for r in range(n)]
    version = [0] * n
    heap: list[tuple[float, int, int, int, int]] = []
    for a in range(n):
        for b, w in sums[a].items():
            if a < b and w >= threshold:
                heap.append((-w, a, b, 0, 0))
    heapq.heapify(heap)
    while heap:
        neg, a, b, va, vb = heapq.heappop(heap)
        if members[a] is None or members[b] is None or version[a] != va or version[b] != vb:
            continue
        if -neg < threshold:
            break
        if relative > 0 and size[a] >= relative_min_size and size[b] >= relative_min_size:
            cohesion = min(inner[a] / (size[a] * (size[a] - 1) / 2), inner[b] / (size[b] * (size[b] - 1) / 2))
            if -neg < relative * cohesion:
                continue
        keep, gone = (a, b) if size[a] >= size[b] else (b, a)
        inner[keep] += inner[gone] + sums[keep].get(gone, 0.0)
        for c, w in sums[gone].items():
            if c == keep:
                continue
            sums[keep][c] += w
            sums[c][keep] += w
            del sums[c][gone]
        sums[keep].pop(gone, None)
        sums[gone] = {}
        size[keep] += size[gone]
        members[keep].extend(members[gone])
        members[gone] = None
        version[keep] += 1
        for c, w in sums[keep].items():
            mean = w / (size[keep] * size[c])
            if mean >= threshold:
                lo, hi = (keep, c) if keep < c else (c, keep)
                heapq.heappush(heap, (-mean, lo, hi, version[lo], version[hi]))
    return sorted((sorted(m) for m in members if m is not None), key=lambda g: g[0])


# Up to this many items average-link runs on a dense matrix (numpy per merge,
# 8 * n**2 bytes: 200 MB at 5,000); beyond it, on the sparse graph with a heap
# (a Python loop per merge and neighbour: ~20x slower on a dense part).
DENSE_LINK_MAX = 5000
# Rows scored at once when the dense average-link rescans (bounds its temporaries).
_RESCAN_ROWS = 256


def _average_link_dense(n: int, pairs: np.ndarray, weights: np.ndarray, threshold: float,
                        relative: float, relative_min_size: int = 2) -> list[list[int]]:
    """``average_link`` on a dense matrix: each row keeps its best allowed partner to the right.

    A merge changes only the entries of the two clusters merged, so only the
    rows whose best partner was one of them (and the merged row) are
    rescanned; the others compare their entry for the merged cluster with
    their best. The pick is the same as an argmax over the whole matrix:
    highest mean, then smallest first row, then smallest second row.
    """
    sums = np.zeros((n, n))
    np.add.at(sums, (pairs[:, 0], pairs[:, 1]), weights)
    sums = sums + sums.T
    np.fill_diagonal(sums, 0.0)
    size = np.ones(n)
    inner = np.zeros(n)
    cohesion = np.full(n, np.nan)  # mean inner similarity of clusters of two or more
    active = np.ones(n, dtype=bool)
    members: list[list[int]] = [[r] for r in range(n)]
    columns = np.arange(n)

    def row_scores(rows: np.ndarray) -> np.ndarray:
        """Mean similarity of ``rows`` to every column right of them, -inf where a merge is not allowed."""
        mean = sums[rows] / np.outer(size[rows], size)
        allowed = (mean >= threshold) & active & (columns > rows[:, None])
        if relative > 0:
            big = size[rows] >= relative_min_size
            if big.any():
                both = big[:, None] & (size >= relative_min_size)
                allowed &= ~both | (mean >= relative * np.fmin.outer(cohesion[rows], cohesion))
        return np.where(allowed, mean, -np.inf)

    def column_scores(rows: np.ndarray, col: int) -> np.ndarray:
        """``row_scores(rows)[:, col]`` for active ``rows`` left of ``col``."""
        mean = sums[rows, col] / (size[rows] * size[col])
        allowed = mean >= threshold
        if relative > 0 and size[col] >= relative_min_size:
            both = size[rows] >= relative_min_size
            allowed &= ~both | (mean >= relative * np.fmin(cohesion[rows], cohesion[col]))
        return np.where(allowed, mean, -np.inf)

    best_val = np.full(n, -np.inf)
    best_col = np.zeros(n, dtype=np.int64)

    def rescan(rows: np.ndarray) -> None:
        for s in range(0, len(rows), _RESCAN_ROWS):  # bounded temporaries on a large matrix
            chunk = rows[s : s + _RESCAN_ROWS]
            sc = row_scores(chunk)
            best_col[chunk] = np.argmax(sc, axis=1)
            best_val[chunk] = sc[np.arange(len(chunk)), best_col[chunk]]

    rescan(columns)
    while True:
        a = int(np.argmax(best_val))
        if best_val[a] == -np.inf:
            break
        b = int(best_col[a])
        keep, gone = (a, b) if size[a] >= size[b] else (b, a)
        inner[keep] += inner[gone] + sums[keep, gone]
        sums[keep, :] += sums[gone, :]
        sums[:, keep] += sums[:, gone]
        sums[keep, keep] = 0.0
        sums[gone, :] = 0.0
        sums[:, gone] = 0.0
        size[keep] += size[gone]
        cohesion[keep] = inner[keep] / max(size[keep] * (size[keep] - 1) / 2, 1.0)
        cohesion[gone] = np.nan
        members[keep].extend(members[gone])
        active[gone] = False
        best_val[gone] = -np.inf
        stale = (best_col == keep) | (best_col == gone)
        stale &= active
        stale[keep] = True
        rescan(np.flatnonzero(stale))
        # Rows left of ``keep`` whose best did not involve the merged pair: only
        # their entry for ``keep`` changed.
        left = np.flatnonzero(active[:keep] & ~stale[:keep])
        if len(left):
            col = column_scores(left, keep)
            better = (col > best_val[left]) | ((col == best_val[left]) & (keep < best_col[left]))
            best_val[left[better]] = col[better]
            best_col[left[better]] = keep
    return sorted((sorted(members[r]) for r in np.flatnonzero(active)), key=lambda g: g[0])


def _all_pairs(rows: np.ndarray) -> np.ndarray:
    i, j = np.triu_indices(len(rows), k=1)
    return np.column_stack([rows[i], rows[j]])


@dataclass(frozen=True, slots=True)
class ScoredGraph:
    """Components of the candidate graph with the same-story probability of the pairs inside each.

    ``parts`` holds ``(rows, local_pairs, probabilities)``: ``rows`` sorted,
    ``local_pairs`` indexing into ``rows``.
    """

    parts: tuple[tuple[np.ndarray, np.ndarray, np.ndarray], ...]


def score_graph(n: int, vectors: StoryVectors, pairs: np.ndarray, model: StoryModel) -> ScoredGraph:
    """Score candidate ``pairs``, split rows ``0..n-1`` into components and score the pairs inside each.

    A component of ``LOCAL_MIN_ROWS`` to ``COMPONENT_CAP`` rows gets all its
    pairs scored by the ``link`` model, a smaller one by the ``edge`` model;
    the rows of larger ones are pooled and keep their candidate pairs only,
    scored by the ``edge`` model.
    """
    pairs = np.asarray(pairs, dtype=np.int64).reshape(-1, 2)
    probs = model.edge.probability(pair_features(vectors, pairs))
    parts: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    oversized: list[np.ndarray] = []
    components = _split_components(n, pairs, probs)
    # All pairs of every small component in one pass (one call per component
    # costs more in overhead than in arithmetic).
    small = [c for c in components if 1 < len(c) < LOCAL_MIN_ROWS]
    small_pairs = [_all_pairs(c) for c in small]
    small_probs = model.edge.probability(pair_features(vectors, np.concatenate(small_pairs))) if small else None
    small_at = dict(zip((int(c[0]) for c in small), np.cumsum([0] + [len(p) for p in small_pairs]).tolist()))
    for comp in components:
        if len(comp) == 1:
            parts.append((comp, np.zeros((0, 2), dtype=np.int64), np.zeros(0)))
        elif len(comp) < LOCAL_MIN_ROWS:
            inner = _all_pairs(comp)
            at = small_at[int(comp[0])]
            parts.append((comp, np.searchsorted(comp, inner), small_probs[at : at + len(inner)]))
        elif len(comp) <= COMPONENT_CAP:
            local = np.searchsorted(comp, _all_pairs(comp))
            parts.append((comp, local, model.link.probability(component_features(vectors, comp, local))))
        else:
            oversized.append(comp)
    if oversized:
        rows = np.sort(np.concatenate(oversized))
        keep = np.isin(pairs[:, 0], rows) & np.isin(pairs[:, 1], rows)
        parts.append((rows, np.searchsorted(rows, pairs[keep]), probs[keep]))
    return ScoredGraph(tuple(parts))


# A component over COMPONENT_CAP is split again on edges at these stricter
# edge probabilities, in turn, until its pieces fit.
EDGE_LEVELS = (0.5, 0.7, 0.9)


def _split_components(n: int, pairs: np.ndarray, probs: np.ndarray) -> list[np.ndarray]:
    """Components of the candidate graph at ``EDGE_MIN``; oversized ones re-split at ``EDGE_LEVELS``."""
    out: list[np.ndarray] = []
    todo = [(np.arange(n), pairs, probs, (EDGE_MIN, *EDGE_LEVELS))]
    while todo:
        rows, sub_pairs, sub_probs, levels = todo.pop()
        keep = sub_probs >= levels[0]
        local = np.searchsorted(rows, sub_pairs[keep])
        for comp in _components(len(rows), local):
            members = rows[comp]
            if len(members) <= COMPONENT_CAP or len(levels) == 1:
                out.append(members)
                continue
            inside = np.isin(sub_pairs[:, 0], members) & np.isin(sub_pairs[:, 1], members)
            todo.append((members, sub_pairs[inside], sub_probs[inside], levels[1:]))
    return sorted(out, key=lambda c: c[0])


def component_features(vectors: StoryVectors, rows: np.ndarray, local_pairs: np.ndarray) -> np.ndarray:
    """``FEATURES + LOCAL_FEATURES`` of ``local_pairs`` (indexing the sorted component ``rows``)."""
    pile = _component_pair_features(vectors, rows, local_pairs)
    return np.hstack([pile, local_pair_features(vectors, rows, local_pairs, pile)])


def link_graph(graph: ScoredGraph, threshold: float, relative: float = 0.0,
               relative_min_size: int = 2) -> list[list[int]]:
    """Average-link every component of ``graph`` (``average_link`` arguments); clusters as sorted row lists, by first row."""
    clusters: list[list[int]] = []
    for rows, local, probs in graph.parts:
        if len(rows) == 1:
            clusters.append([int(rows[0])])
            continue
        # Two clusters only merge through a pair at or above the threshold, so
        # average-link never crosses the components of those pairs: link each
        # one on its own (same result, far less work on a large part).
        strong = probs >= threshold
        for sub in _components(len(rows), local[strong]):
            if len(sub) == 1:
                clusters.append([int(rows[sub[0]])])
                continue
            inside = np.isin(local[:, 0], sub) & np.isin(local[:, 1], sub)
            for group in average_link(len(sub), np.searchsorted(sub, local[inside]), probs[inside],
                                      threshold, relative, relative_min_size):
                clusters.append([int(rows[sub[k]]) for k in group])
    return sorted(clusters, key=lambda g: g[0])


def cluster_rows(n: int, vectors: StoryVectors, pairs: np.ndarray, model: StoryModel) -> list[list[int]]:
    """Cluster rows ``0..n-1``: ``score_graph`` then ``link_graph`` at the model's thresholds."""
    return link_graph(score_graph(n, vectors, pairs, model), model.link_threshold, model.link_relative,
                      model.relative_min_size)


# --------------------------------------------------------------------------- stage


def group_stories(
    articles: Sequence[AnnotatedArticle], links: EntityLinks, model: StoryModel | None = None
) -> tuple[tuple[Story, ...], dict[str, str]]:
    """Group ``articles`` into stories.

    Args:
        articles: annotated articles, any order.
        links: canonical entities of the same articles (``link_entities``).
        model: the pair models; the committed ones (``load_story_model``) when None.

    Returns:
        ``(stories, article_story)``. Stories are numbered ``S1``... by size
        (largest first), then first date, then first article id; ``title`` is
        the title of the article closest to the story's TF-IDF centroid
        (earliest on ties); ``first_seen``/``last_seen`` the min/max published
        date (None when no article is dated).
    """
    ordered = sorted(articles, key=lambda a: a.article.id)
    if not ordered:
        return (), {}
    model = model or load_story_model()
    vectors = story_vectors(ordered, links)
    pairs = candidate_pairs(ordered, links, vectors)
    groups = cluster_rows(len(ordered), vectors, pairs, model)

    drafts = []
    for rows in groups:
        members = [ordered[r] for r in rows]
        dates = sorted(a.article.published for a in members if a.article.published)
        drafts.append((rows, members, dates))
    drafts.sort(key=lambda d: (-len(d[0]), d[2][0] if d[2] else UNDATED, d[1][0].article.id))

    stories: list[Story] = []
    article_story: dict[str, str] = {}
    for n, (rows, members, dates) in enumerate(drafts, start=1):
        sid = f"S{n}"
        stories.append(
            Story(
                id=sid,
                title=_central_title(vectors.words, rows, ordered),
                articles=tuple(a.article.id for a in members),
                first_seen=dates[0] if dates else None,
                last_seen=dates[-1] if dates else None,
            )
        )
        for a in members:
            article_story[a.article.id] = sid
    return tuple(stories), article_story


def _central_title(matrix, rows: list[int], ordered: Sequence[AnnotatedArticle]) -> str:
    """Title of the member nearest the TF-IDF centroid (ties: earliest, then id)."""
    if matrix is not None and len(rows) > 1:
        sub = matrix[rows]
        centroid = np.asarray(sub.mean(axis=0)).ravel()
        scores = sub @ centroid
    else:
        scores = np.zeros(len(rows))
    best = min(range(len(rows)), key=lambda i: (-round(float(scores[i]), 9), date_key(ordered[rows[i]])))
    for i in [best] + sorted(range(len(rows)), key=lambda i: date_key(ordered[rows[i]])):
        art = ordered[rows[i]].article
        if art.title:
            return art.title
    art = ordered[rows[best]].article
    first_line = art.text.strip().split("\n", 1)[0][:120]
    return first_line or art.id

