"""Verbatim and syndicated copies, and close paraphrases, via shingle fingerprints.

Each article's normalised text becomes a set of word 5-shingles, hashed to
64-bit integers. A content-defined sample of each set (the shingles whose mixed
hash falls in one residue class, plus the few smallest) is its *fingerprint*;
articles sharing enough fingerprints become candidate pairs through an
inverted index (no all-pairs pass, one sort over the corpus), and the exact
shingle sets verify them by Jaccard similarity or containment. Articles
linked by verified pairs form one *origin group*: the earliest member
(published date, then id) is the origin, every other member gets a
``CopyEdge`` to it.

Fingerprints catch containment as well as Jaccard: an excerpt shares the
sampled shingles of the part it copies, which MinHash banding on Jaccard
misses.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from storyscope.corpus._lsh import sorted_unique
from storyscope.corpus._text import UnionFind, date_key, words
from storyscope.model import AnnotatedArticle, CopyEdge

# Word n-gram size for shingles. 5 is the usual near-duplicate setting for
# news (long enough that shared boilerplate phrases rarely collide); set on the
# shared/seeds case and the hand-built fixtures in tests/corpus.
SHINGLE_SIZE = 5
# Verified as a copy when exact shingle Jaccard reaches this ...
COPY_JACCARD = 0.5
# ... or when the smaller article is this much contained in the larger one
# (an excerpt, or a copy with extra furniture around it).
COPY_CONTAINMENT = 0.8
# Texts with fewer shingles than this are too short to call copies (a
# one-line stub shares everything with anything that quotes it).
MIN_SHINGLES = 8
# Fingerprint sample: shingles whose mixed hash is 0 modulo this (1 in 8, so
# a 400-word article keeps ~50) plus the FINGERPRINT_MIN smallest mixed hashes
# (so short texts keep a few).
FINGERPRINT_MODULUS = 8
FINGERPRINT_MIN = 4
# A candidate pair shares at least this share of the smaller article's
# fingerprints. Below both verification bars (Jaccard 0.5 implies containment
# >= 0.5) with room for sampling noise; the exact check decides.
CANDIDATE_SHARE = 0.3
# A fingerprint found in more articles than this (a stock phrase, or a wire
# story run by dozens of outlets) pairs each article only with its next
# FINGERPRINT_WINDOW holders in id order: consecutive copies still link up,
# and the pair count stays linear in the corpus. 16 keeps the pair arrays of
# `storyscope bench scale` at 100k articles small (64 cost ~1.7 GB there).
FINGERPRINT_MAX_DF = 16
FINGERPRINT_WINDOW = 4

_MASK64 = (1 << 64) - 1
# Odd 64-bit multipliers of the rolling shingle hash (fixed: results must not
# depend on the process).
_ROLL = np.array(
    [0x9E3779B97F4A7C15, 0xBF58476D1CE4E5B9, 0x94D049BB133111EB, 0xD6E8FEB86659FD93, 0xA0761D6478BD642F],
    dtype=np.uint64,
)


@dataclass(frozen=True, slots=True)
class CopyResult:
    """Copy edges plus the origin article of every article (itself when unique)."""

    copies: tuple[CopyEdge, ...]
    origin: dict[str, str]


def shingles(text: str, size: int = SHINGLE_SIZE) -> set[str]:
    """Word ``size``-shingles of the normalised (folded, punctuation-free) ``text``."""
    toks = words(text)
    if len(toks) < size:
        return {" ".join(toks)} if toks else set()
    return {" ".join(toks[i : i + size]) for i in range(len(toks) - size + 1)}


def _mix(values: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser: spreads structured hashes before sampling by residue."""
    with np.errstate(over="ignore"):
        z = values ^ (values >> np.uint64(30))
        z = z * np.uint64(0xBF58476D1CE4E5B9)
        z = z ^ (z >> np.uint64(27))
        z = z * np.uint64(0x94D049BB133111EB)
        return z ^ (z >> np.uint64(31))


def shingle_hashes(texts: Sequence[str], size: int = SHINGLE_SIZE) -> list[np.ndarray]:
    """Sorted distinct 64-bit hashes of each text's word ``size``-shingles (as ``shingles`` would give).

    Tokens get ids in order of first appearance across ``texts``, so equal
    shingles get equal hashes within one call. A text shorter than ``size``
    words is one shingle of all its words; an empty text has none.
    """
    if size > len(_ROLL):
        raise ValueError(f"shingle size {size} > {len(_ROLL)}: add multipliers to _ROLL")
    vocab: dict[str, int] = {}
    out = []
    for text in texts:
        toks = words(text)
        for t in dict.fromkeys(toks):
            if t not in vocab:
                vocab[t] = len(vocab) + 1  # 0 is left for padding
        ids = np.fromiter(map(vocab.__getitem__, toks), dtype=np.uint64, count=len(toks))
        if not len(ids):
            out.append(np.zeros(0, dtype=np.uint64))
            continue
        width = min(size, len(ids))
        count = len(ids) - width + 1
        with np.errstate(over="ignore"):
            h = np.full(count, width, dtype=np.uint64)
            for k in range(width):
                h = h + ids[k : k + count] * _ROLL[k]
        out.append(sorted_unique(_mix(h)))
    return out


def _overlap(a: np.ndarray, b: np.ndarray) -> tuple[float, float]:
    """Exact (Jaccard, containment of the smaller) of two sorted distinct hash arrays."""
    inter = len(np.intersect1d(a, b, assume_unique=True))
    if not inter:
        return 0.0, 0.0
    return inter / (len(a) + len(b) - inter), inter / min(len(a), len(b))


def _fingerprints(hashes: np.ndarray) -> np.ndarray:
    picked = hashes[hashes % np.uint64(FINGERPRINT_MODULUS) == 0]
    return sorted_unique(np.concatenate([picked, hashes[:FINGERPRINT_MIN]]))  # sorted: the smallest mixed hashes


def _candidate_pairs(fingerprints: list[np.ndarray], rows: list[int]) -> np.ndarray:
    """``(k, 2)`` row pairs sharing at least ``CANDIDATE_SHARE`` of the smaller row's fingerprints."""
    if len(rows) < 2:
        return np.zeros((0, 2), dtype=np.int64)
    sizes = np.array([len(fingerprints[r]) for r in rows], dtype=np.int64)
    owner = np.repeat(np.asarray(rows, dtype=np.int64), sizes)
    values = np.concatenate([fingerprints[r] for r in rows])
    order = np.lexsort((owner, values))
    values, owner = values[order], owner[order]
    starts = np.flatnonzero(np.r_[True, values[1:] != values[:-1]])
    df = np.diff(np.r_[starts, len(values)])
    group_df = np.repeat(df, df)
    rank = np.arange(len(values)) - np.repeat(starts, df)
    base = max(rows) + 1
    # Pair each holder with the one ``d`` places later under the same
    # fingerprint; under an over-common fingerprint only for d <= window.
    live = np.flatnonzero(group_df > 1)
    chunks = []
    d = 1
    while len(live):
        live = live[rank[live] + d < group_df[live]]
        if d > FINGERPRINT_WINDOW:
            live = live[group_df[live] <= FINGERPRINT_MAX_DF]
        if not len(live):
            break
        chunks.append(owner[live] * base + owner[live + d])
        d += 1
    if not chunks:
        return np.zeros((0, 2), dtype=np.int64)
    codes, shared = sorted_unique(np.concatenate(chunks), return_counts=True)
    left, right = codes // base, codes % base
    fp_size = np.zeros(base, dtype=np.int64)
    fp_size[rows] = sizes
    keep = shared >= CANDIDATE_SHARE * np.minimum(fp_size[left], fp_size[right])
    return np.stack([left[keep], right[keep]], axis=1)


def find_copies(articles: Sequence[AnnotatedArticle]) -> CopyResult:
    """Find copies and close paraphrases among ``articles``.

    Args:
        articles: annotated articles (any order; ids must be unique).

    Returns:
        A ``CopyResult``: one ``CopyEdge(article, copy_of, similarity)`` per
        non-origin member of each origin group, ``copy_of`` being the group's
        earliest article; ``similarity`` is the larger of exact shingle
        Jaccard and containment against that origin. ``origin`` maps every
        article id to its group's origin id.
    """
    ordered = sorted(articles, key=lambda a: a.article.id)
    sets = shingle_hashes([a.article.text for a in ordered])
    eligible = [i for i, h in enumerate(sets) if len(h) >= MIN_SHINGLES]
    fingerprints = [_fingerprints(h) if len(h) >= MIN_SHINGLES else h for h in sets]
    uf = UnionFind(range(len(ordered)))
    for i, j in _candidate_pairs(fingerprints, eligible).tolist():
        if uf.find(i) == uf.find(j):
            continue
        jac, cont = _overlap(sets[i], sets[j])
        if jac >= COPY_JACCARD or cont >= COPY_CONTAINMENT:
            uf.union(i, j)

    origin: dict[str, str] = {}
    edges: list[CopyEdge] = []
    for group in uf.groups():
        members = sorted(group, key=lambda r: date_key(ordered[r]))
        first = members[0]
        first_id = ordered[first].article.id
        for r in members:
            origin[ordered[r].article.id] = first_id
        for r in members[1:]:
            jac, cont = _overlap(sets[r], sets[first])
            edges.append(
                CopyEdge(article=ordered[r].article.id, copy_of=first_id, similarity=round(max(jac, cont), 4))
            )
    edges.sort(key=lambda e: (e.copy_of, e.article))
    return CopyResult(copies=tuple(edges), origin=origin)


def origins_from_edges(copy_of: Mapping[str, str], ids: Iterable[str]) -> dict[str, str]:
    """Map each of ``ids`` to the origin it copies, following ``copy_of`` (article -> copied article) to its end.

    An article that copies nothing is its own origin; a cycle stops where it closes.
    """

    def root(a: str) -> str:
        seen = set()
        while a in copy_of and a not in seen:
            seen.add(a)
            a = copy_of[a]
        return a

    return {a: root(a) for a in ids}
