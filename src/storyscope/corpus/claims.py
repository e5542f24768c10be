"""Group claim sentences across articles into claims.

Two mentions are one claim when their wording overlaps (TF-IDF cosine over
stemmed content words), their key entities agree (no disjoint PERSON/ORG
sets) and their numbers do not conflict: "10,000 troops" and "100,000
troops" stay separate claims, which ``conflicts.py`` then links. Candidates
come from MinHash banding over the content words (``_lsh.py``) plus an
inverted index of rare words, numbers and entities, never from all pairs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from storyscope.corpus._lsh import band_pairs, minhash_signatures, unique_pairs
from storyscope.corpus._text import UnionFind, content_words, format_number, numbers_agree, numbers_in
from storyscope.corpus.entities import EntityIndex, EntityLinks
from storyscope.model import AnnotatedArticle, Claim, ClaimMention, ClaimSentence

# Same claim at this TF-IDF cosine of stemmed content words. Paraphrased
# relays of one quote in the seeds (Korotchenko's "green light", "international
# duty") score 0.5-0.86, Matsegora's "highly qualified" quote 0.42; distinct
# claims of one story mostly < 0.3 (hand-annotated seeds, 5 articles). Re-check
# with `storyscope bench stance` (FNC-1 agree pairs) when changing it.
CLAIM_COSINE = 0.4
# ... or at this lower cosine when both mentions carry the same figure of at
# least CLAIM_SHARED_NUMBER_MIN: a specific number is strong evidence of one
# claim (seeds: "ready to send 100,000 volunteer troops" vs "will send
# 100,000 'volunteer soldiers'" score ~0.3).
CLAIM_COSINE_SHARED_NUMBER = 0.25
CLAIM_SHARED_NUMBER_MIN = 100
# Two numbers are "the same" within this relative difference (rounding:
# "10,000" vs "10,050"); anything wider makes separate claims.
CLAIM_NUMBER_TOLERANCE = 0.01
# Candidate generation: MinHash banding over content-word sets. 16 bands of
# 2 rows make a pair with Jaccard 0.3 a candidate with p=0.78 and one with
# 0.5 with p=0.99 (it only proposes; the cosine decides) ...
CLAIM_LSH_PERM = 32
CLAIM_LSH_BANDS = 16
# ... a band bucket larger than this (a phrase every article repeats) pairs
# each member only with its CLAIM_LSH_WINDOW next members, keeping pairs linear.
CLAIM_LSH_MAX_BUCKET = 40
CLAIM_LSH_WINDOW = 3
# ... plus every pair sharing a word, number or entity that at most this many
# mentions contain (rare keys are informative and keep blocking near-linear).
CLAIM_BLOCK_MAX_DF = 25
# Entity types whose disagreement splits claims. Places and nationalities are
# left out: "North Korea" (GPE) and "North Korean" (NORP) are one topic.
KEY_ENTITY_TYPES = frozenset({"PERSON", "ORG"})


@dataclass(frozen=True, slots=True)
class _Mention:
    article: str
    sentence: ClaimSentence
    words: tuple[str, ...]
    numbers: tuple[float, ...]
    entities: frozenset


def _mentions(ordered: Sequence[AnnotatedArticle], links: EntityLinks) -> list[_Mention]:
    types = {e.id: e.type for e in links.entities}
    out = []
    for item in ordered:
        aid = item.article.id
        spans = links.spans.get(aid, ())
        for cs in sorted(item.annotations.claims, key=lambda c: (c.start, c.end, c.text)):
            ents = frozenset(
                eid
                for s, e, eid in spans
                if s >= cs.start and e <= cs.end and types.get(eid) in KEY_ENTITY_TYPES
            )
            nums = set(numbers_in(cs.text))
            for q in item.annotations.quantities:
                if q.start >= cs.start and q.end <= cs.end and q.value >= 1:
                    nums.add(float(q.value))
            out.append(_Mention(aid, cs, tuple(content_words(cs.text)), tuple(sorted(nums)), ents))
    return out


def _candidate_pairs(mentions: list[_Mention], reps: list[int], matrix) -> np.ndarray:
    """Candidate pairs (``(k, 2)`` array, sorted) among the representative mentions ``reps``."""
    chunks: list[np.ndarray] = []
    postings: dict[str, list[int]] = defaultdict(list)
    for i in reps:
        m = mentions[i]
        keys = {f"w:{w}" for w in m.words} | {f"n:{format_number(n)}" for n in m.numbers if n >= 100}
        keys |= {f"e:{e}" for e in m.entities}
        for k in keys:
            postings[k].append(i)
    flat: list[int] = []
    for rows in postings.values():
        if 1 < len(rows) <= CLAIM_BLOCK_MAX_DF:
            for x in range(len(rows)):
                for y in rows[x + 1 :]:
                    flat += (rows[x], y)
    chunks.append(np.asarray(flat, dtype=np.int64).reshape(-1, 2))
    if matrix is not None:
        rows = np.array([i for i in reps if matrix.indptr[i + 1] > matrix.indptr[i]], dtype=np.int64)
        sig = minhash_signatures(matrix.indptr, matrix.indices, CLAIM_LSH_PERM)
        chunks.append(band_pairs(sig, rows, CLAIM_LSH_BANDS, CLAIM_LSH_MAX_BUCKET, CLAIM_LSH_WINDOW))
    return unique_pairs(chunks)


def _identity(tokens):
    return tokens


def group_claims(
    articles: Sequence[AnnotatedArticle], links: EntityLinks, origin: dict[str, str]
) -> tuple[Claim, ...]:
    """Cluster every claim sentence of ``articles`` into ``Claim`` records.

    Args:
        articles: annotated articles, any order.
        links: canonical entities (``link_entities``), for key entities and
            canonical ``attributed_to`` names.
        origin: article id -> origin article id (``find_copies``), so copies
            count once in ``independent_sources``.

    Returns:
        Claims (single-mention ones included) ordered by independent sources,
        then checkworthiness (both descending), then first mention, and
        numbered ``C1``... in that order. ``text`` is the mention nearest the
        cluster's TF-IDF centroid; ``mentions`` are sorted by article, start.
    """
    ordered = sorted(articles, key=lambda a: a.article.id)
    mentions = _mentions(ordered, links)
    if not mentions:
        return ()
    docs = [list(m.words) for m in mentions]
    matrix = None
    if any(docs):
        vec = TfidfVectorizer(analyzer=_identity, sublinear_tf=True)
        matrix = vec.fit_transform(docs).tocsr()

    # Identical wording (same content words and numbers) is one claim outright;
    # only one representative per wording goes through candidate generation.
    uf = UnionFind(range(len(mentions)))
    first: dict[tuple, int] = {}
    for i, m in enumerate(mentions):
        key = (tuple(sorted(set(m.words))), m.numbers, tuple(sorted(m.entities)))
        if key in first:
            uf.union(first[key], i)
        else:
            first[key] = i
    reps = sorted(first.values())
    pairs = _candidate_pairs(mentions, reps, matrix)
    if matrix is not None and len(pairs):
        cos = np.asarray(matrix[pairs[:, 0]].multiply(matrix[pairs[:, 1]]).sum(axis=1)).ravel()
    else:
        cos = np.zeros(len(pairs))
    keep = np.flatnonzero(cos >= min(CLAIM_COSINE, CLAIM_COSINE_SHARED_NUMBER))
    accepted = []
    for k in keep.tolist():
        a, b, c = int(pairs[k, 0]), int(pairs[k, 1]), float(cos[k])
        if not _entities_agree(mentions[a].entities, mentions[b].entities):
            continue
        if c >= CLAIM_COSINE or _share_number(mentions[a], mentions[b]):
            accepted.append((round(c, 9), a, b))
    accepted.sort(key=lambda t: (-t[0], t[1], t[2]))

    numbers: dict[int, set[float]] = {}
    for i, m in enumerate(mentions):
        numbers.setdefault(uf.find(i), set()).update(m.numbers)
    for _, a, b in accepted:
        ra, rb = uf.find(a), uf.find(b)
        if ra == rb or not numbers_agree(numbers[ra], numbers[rb], CLAIM_NUMBER_TOLERANCE):
            continue
        root = uf.union(ra, rb)
        numbers[root] = numbers[ra] | numbers[rb]

    index = EntityIndex(links.entities)
    drafts = []
    for rows in uf.groups():
        members = [mentions[r] for r in rows]
        if matrix is not None and len(rows) > 1:
            sub = matrix[rows]
            scores = np.asarray(sub @ np.asarray(sub.mean(axis=0)).ravel()).ravel()
        else:
            scores = np.zeros(len(rows))
        best = min(
            range(len(rows)),
            key=lambda i: (
                -round(float(scores[i]), 9),
                -members[i].sentence.checkworthiness,
                members[i].article,
                members[i].sentence.start,
            ),
        )
        claim_mentions = tuple(
            sorted(
                (
                    ClaimMention(
                        article=m.article,
                        text=m.sentence.text,
                        start=m.sentence.start,
                        end=m.sentence.end,
                        stance=m.sentence.stance,
                        attributed_to=_canonical(index, m.sentence.attributed_to),
                    )
                    for m in members
                ),
                key=lambda cm: (cm.article, cm.start, cm.end),
            )
        )
        drafts.append(
            (
                len({origin.get(m.article, m.article) for m in members}),
                max(m.sentence.checkworthiness for m in members),
                members[best].sentence.text,
                claim_mentions,
            )
        )
    drafts.sort(key=lambda d: (-d[0], -d[1], d[3][0].article, d[3][0].start, d[2]))
    return tuple(
        Claim(id=f"C{n}", text=text, checkworthiness=float(cw), independent_sources=srcs, mentions=ms)
        for n, (srcs, cw, text, ms) in enumerate(drafts, start=1)
    )


def _share_number(a: _Mention, b: _Mention) -> bool:
    return bool({n for n in a.numbers if n >= CLAIM_SHARED_NUMBER_MIN} & set(b.numbers))


def _entities_agree(a: frozenset, b: frozenset) -> bool:
    return not a or not b or bool(a & b)


def _canonical(index: EntityIndex, name: str | None) -> str | None:
    if not name:
        return name
    entity = index.resolve(name)
    return entity.name if entity else name
