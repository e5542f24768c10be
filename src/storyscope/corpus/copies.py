"""Verbatim and syndicated copies, and close paraphrases, via MinHash + LSH.

Each article's normalised text becomes a set of word 5-shingles; MinHashLSH
proposes candidate pairs (no all-pairs pass), and the exact shingle sets
verify them by Jaccard similarity or containment. Articles linked by verified
pairs form one *origin group*: the earliest member (published date, then id)
is the origin, every other member gets a ``CopyEdge`` to it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from datasketch import MinHash, MinHashLSH

from storyscope.corpus._text import UnionFind, date_key, words
from storyscope.model import AnnotatedArticle, CopyEdge

# Word n-gram size for shingles. 5 is the usual near-duplicate setting for
# news (long enough that shared boilerplate phrases rarely collide); set on the
# shared/seeds case and the hand-built fixtures in tests/corpus.
SHINGLE_SIZE = 5
# MinHash permutations: 128 keeps the LSH estimate within ~±0.09 at J=0.5.
NUM_PERM = 128
# LSH candidate threshold on estimated Jaccard. Below the verification bars so
# that re-edited syndicated copies (new headline, dropped paragraph) still
# become candidates; verified exactly afterwards.
LSH_THRESHOLD = 0.5
# Verified as a copy when exact shingle Jaccard reaches this ...
COPY_JACCARD = 0.5
# ... or when the smaller article is this much contained in the larger one
# (an excerpt, or a copy with extra furniture around it).
COPY_CONTAINMENT = 0.8
# Texts with fewer shingles than this are too short to call copies (a
# one-line stub shares everything with anything that quotes it).
MIN_SHINGLES = 8


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


def _similarity(a: set[str], b: set[str]) -> tuple[float, float]:
    inter = len(a & b)
    if not inter:
        return 0.0, 0.0
    return inter / len(a | b), inter / min(len(a), len(b))


def _verified(a: set[str], b: set[str]) -> float | None:
    jac, cont = _similarity(a, b)
    if jac >= COPY_JACCARD or cont >= COPY_CONTAINMENT:
        return round(max(jac, cont), 4)
    return None


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
    sets = {a.article.id: shingles(a.article.text) for a in ordered}
    eligible = [a.article.id for a in ordered if len(sets[a.article.id]) >= MIN_SHINGLES]
    uf = UnionFind(a.article.id for a in ordered)
    if len(eligible) > 1:
        lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
        hashes = MinHash.bulk(
            ([s.encode("utf-8") for s in sorted(sets[aid])] for aid in eligible), num_perm=NUM_PERM
        )
        for aid, mh in zip(eligible, hashes, strict=True):
            lsh.insert(aid, mh)
        for aid, mh in zip(eligible, hashes, strict=True):
            for other in sorted(lsh.query(mh)):
                if other <= aid or uf.find(other) == uf.find(aid):
                    continue
                if _verified(sets[aid], sets[other]) is not None:
                    uf.union(aid, other)

    by_id = {a.article.id: a for a in ordered}
    origin: dict[str, str] = {}
    edges: list[CopyEdge] = []
    for group in uf.groups():
        members = sorted((by_id[g] for g in group), key=date_key)
        first = members[0].article.id
        for member in members:
            origin[member.article.id] = first
        for member in members[1:]:
            mid = member.article.id
            jac, cont = _similarity(sets[mid], sets[first])
            edges.append(CopyEdge(article=mid, copy_of=first, similarity=round(max(jac, cont), 4)))
    edges.sort(key=lambda e: (e.copy_of, e.article))
    return CopyResult(copies=tuple(edges), origin=origin)
