"""Verbatim and syndicated copies via shingle fingerprints, and close paraphrases via sentence alignment.

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

A rewritten wire story or a press release run by two outlets shares few
5-shingles but keeps the other's sentences, lightly reworded, in the same
order. Such *paraphrases* are proposed by the same fingerprint index at a
lower share (a rewrite keeps some 5-word runs) and confirmed sentence by
sentence: a pair is a paraphrase when most sentences of the shorter article
have a close counterpart (content-word Jaccard) in the other, in order.
On ECB+ (575 articles by many outlets on 50 events) the verbatim test gives
18 copy edges; the sentence test adds 47 paraphrase edges and no edge
between articles about different events. The ten or so read by hand were all
rewrites of one wire copy or release (AP boxing and basketball reports, an
RT story retold "according to RussiaToday", a SEACOM statement).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from storyscope.corpus._lsh import sorted_unique
from storyscope.corpus._text import STOPWORDS, UnionFind, date_key, stem, words
from storyscope.model import CARRIED_REPORT_CUES, AnnotatedArticle, CopyEdge

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

# Paraphrase test: a sentence of the shorter article is matched when some sentence of the other has this
# content-word Jaccard with it; the pair is a paraphrase when matched sentences in the same order (the longest
# increasing run of their counterparts) make up PARAPHRASE_SHARE of the shorter article's sentences.
# Sentences with fewer than PARAPHRASE_MIN_WORDS content words are not counted, and at least
# PARAPHRASE_MIN_MATCHED sentences must match (a shared lead sentence or two is not a rewrite). ECB+ (module
# docstring), PARAPHRASE_SHARE 0.3 / 0.4 / 0.5 / 0.6: 61 / 53 / 47 / 34 paraphrase edges, none across
# events; 0.5 is kept as the cautious middle (a false paraphrase hides an independent source).
PARAPHRASE_SENTENCE_JACCARD = 0.4
PARAPHRASE_SHARE = 0.5
PARAPHRASE_MIN_WORDS = 4
PARAPHRASE_MIN_MATCHED = 3
# Paraphrase candidates share at least this share of the smaller article's fingerprints (a rewrite keeps
# some 5-word runs: names, quotes, stock phrases). ECB+: 0.3 / 0.2 / 0.1 / 0.05 propose pairs holding 61 / 86
# / 93 / 100 of the paraphrases found; at 0.1 the 10k-article synthetic pile checks ~3,900 pairs (~2 s).
PARAPHRASE_CANDIDATE_SHARE = 0.1
# ... and at least this containment of 5-shingles, before the sentences are read. ECB+: 95% of the paraphrases
# found have 0.19 or more (the least 0.11); pairs of the synthetic scale pile that only share a stock sentence
# or two have 0.13 or less in 90% of cases.
PARAPHRASE_MIN_CONTAINMENT = 0.15
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?…])[\"”’']?\s+|\n+")

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


def _candidate_pairs(fingerprints: list[np.ndarray], rows: list[int], share: float = CANDIDATE_SHARE) -> np.ndarray:
    """``(k, 2)`` row pairs sharing at least ``share`` of the smaller row's fingerprints."""
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
    keep = shared >= share * np.minimum(fp_size[left], fp_size[right])
    return np.stack([left[keep], right[keep]], axis=1)


def sentence_word_sets(text: str) -> list[frozenset[str]]:
    """Return the content-word sets (stemmed, stop words out, figures kept) of the sentences of ``text``.

    Sentences with fewer than ``PARAPHRASE_MIN_WORDS`` content words are left out.
    """
    out = []
    for sentence in _SENTENCE_SPLIT.split(text):
        found = frozenset(_stem(w) for w in words(sentence) if len(w) > 1 and w not in STOPWORDS)
        if len(found) >= PARAPHRASE_MIN_WORDS:
            out.append(found)
    return out


@functools.lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    return stem(word)


def aligned_share(a: Sequence[frozenset[str]], b: Sequence[frozenset[str]]) -> float:
    """Share of the shorter side's sentences matched, in order, by close sentences of the other side.

    Each sentence of the shorter side takes its best counterpart by Jaccard (matched at
    ``PARAPHRASE_SENTENCE_JACCARD``); the matched sentences whose counterparts keep their order (the longest
    increasing run) count. 0.0 when either side is empty.
    """
    shorter = min(len(a), len(b))
    return aligned_run(a, b) / shorter if shorter else 0.0


def is_paraphrase(a: Sequence[frozenset[str]], b: Sequence[frozenset[str]]) -> bool:
    """True when ``PARAPHRASE_MIN_MATCHED`` or more sentences, and ``PARAPHRASE_SHARE`` of the shorter side's,
    are matched in order (``aligned_share``)."""
    run = aligned_run(a, b)
    return run >= PARAPHRASE_MIN_MATCHED and run >= PARAPHRASE_SHARE * min(len(a), len(b))


def aligned_run(a: Sequence[frozenset[str]], b: Sequence[frozenset[str]]) -> int:
    """Number of the shorter side's sentences matched in order by the other side (see ``aligned_share``)."""
    if len(a) > len(b):
        a, b = b, a
    if not a:
        return 0
    run: list[int] = []
    for s in a:
        best, where = 0.0, -1
        for j, t in enumerate(b):
            inter = len(s & t)
            if inter:
                jac = inter / (len(s) + len(t) - inter)
                if jac > best:
                    best, where = jac, j
        if best >= PARAPHRASE_SENTENCE_JACCARD:
            k = bisect.bisect_left(run, where)
            if k == len(run):
                run.append(where)
            else:
                run[k] = where
    return len(run)


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
    sentence_cache: dict[int, list[frozenset[str]]] = {}

    def sentences(r: int) -> list[frozenset[str]]:
        if r not in sentence_cache:
            sentence_cache[r] = sentence_word_sets(ordered[r].article.text)
        return sentence_cache[r]

    paraphrased: dict[tuple[int, int], float] = {}
    for i, j in _candidate_pairs(fingerprints, eligible, PARAPHRASE_CANDIDATE_SHARE).tolist():
        if uf.find(i) == uf.find(j) or _overlap(sets[i], sets[j])[1] < PARAPHRASE_MIN_CONTAINMENT:
            continue
        a, b = sentences(i), sentences(j)
        if is_paraphrase(a, b):
            uf.union(i, j)
            paraphrased[(i, j)] = aligned_share(a, b)

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
            if jac >= COPY_JACCARD or cont >= COPY_CONTAINMENT:
                edges.append(CopyEdge(article=ordered[r].article.id, copy_of=first_id,
                                      similarity=round(max(jac, cont), 4)))
                continue
            share = paraphrased.get((min(r, first), max(r, first)))
            if share is None:
                share = aligned_share(sentences(r), sentences(first))
            edges.append(CopyEdge(article=ordered[r].article.id, copy_of=first_id,
                                  similarity=round(max(jac, cont, share), 4), kind="paraphrase"))
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


def with_carried_origins(origin: Mapping[str, str], carried: Mapping[str, str]) -> dict[str, str]:
    """``origin`` with the articles that carry one outlet's report counted as one origin.

    ``origin`` maps article id -> origin article id; ``carried`` maps article id -> the outlet whose report
    it carries (``carried_reports``: "AP" for "OSK (AP) — "). Two outlets running the same agency's report
    are not independent even when they edit it past what ``find_copies`` sees, so the origins of one
    outlet's carried reports merge into one (the smallest id among them). Articles only in ``carried`` are
    added.
    """
    if not carried:
        return dict(origin)
    sets = UnionFind()
    first_of_outlet: dict[str, str] = {}
    for article in sorted(carried):
        root = origin.get(article, article)
        sets.union(first_of_outlet.setdefault(carried[article].casefold(), root), root)
    out = {article: sets.find(root) for article, root in origin.items()}
    for article in carried:
        out.setdefault(article, sets.find(article))
    return out


def carried_reports(articles: Iterable[AnnotatedArticle]) -> dict[str, str]:
    """Article id -> the outlet whose report it carries (its first wire dateline or republication notice), for
    the articles that have one."""
    out: dict[str, str] = {}
    for item in articles:
        for citation in sorted(item.annotations.citations, key=lambda c: c.start):
            if citation.cue in CARRIED_REPORT_CUES:
                out[item.article.id] = citation.outlet
                break
    return out
