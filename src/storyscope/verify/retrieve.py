"""Hybrid retrieval for ``check``: BM25 over stored sentences plus MiniLM similarity.

Embedding every stored sentence at analyze time would cost more than parsing,
so vectors are computed at query time for a small candidate set and cached in
the store (``passage_vectors``): the BM25 top ``BM25_K`` sentences, plus the
mentions of the dossier claims whose text is closest to the query in embedding
space (which finds paraphrases that share no word with the query). Candidates
are ranked by a mix of normalised BM25 and cosine similarity.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from storyscope.store import Store
from storyscope.store.search import cached_vectors, claim_mention_passages, search_passages
from storyscope.verify.actions import parse_texts, synonyms

# Sentences taken from BM25 before re-ranking. 40 keeps a check under ~0.5 s with a cold vector cache.
BM25_K = 40
# Dossier claims (by embedding similarity to the query) whose mentions join the candidates, and the
# cosine they need. Set by hand on the example corpus, the seeds and the test fixture (issue 6): the int8
# MiniLM gives only 0.53 to "hundreds of houses were wrecked by a gale" vs "the storm destroyed 412
# homes"; the stance gates of ``check`` keep the extra candidates from counting unless they bear on the claim.
CLAIM_K = 8
MIN_CLAIM_COSINE = 0.5
# Most-sourced, most check-worthy dossier claims that get vectors (bounds the one-off cost on a large
# store: ~130 sentences/s, cached afterwards; analyze embeds the same claims for check-worthiness, see
# ``verify.checkworthy.MAX_EMBEDDED_CLAIMS``).
MAX_VECTOR_CLAIMS = 300
# Weight of normalised BM25 in the hybrid score (the rest is cosine similarity).
BM25_WEIGHT = 0.4
# Sentences taken from BM25 over the claim with its synonyms added (``actions.synonyms``).
SYNONYM_K = 5
# Candidates kept after re-ranking.
RETRIEVE_K = 30


@dataclass(frozen=True, slots=True)
class Candidate:
    """A retrieved sentence: where it is, its text, its scores, and the dossier's reading when it is a claim mention.

    ``mention_stance``/``mention_speaker`` come from the claim mention at this span (asserts, reports,
    questions, denies; the resolved speaker), None when the sentence is no claim mention.
    """

    article: str
    start: int
    end: int
    text: str
    bm25: float
    cosine: float
    score: float
    mention_stance: str | None = None
    mention_speaker: str | None = None


def _embed(texts: list[str]) -> np.ndarray:
    from storyscope.embed import embed

    # (one text per call: dynamic int8 scales activations per batch, so a passage embedded beside others would get a
    # slightly different vector, and a claim's verdict would depend on which claims were checked with it)
    return embed(texts, batch_size=1)


def retrieve(store: Store, claim: str, k: int = RETRIEVE_K, bm25_k: int = BM25_K,
             claim_k: int = CLAIM_K) -> list[Candidate]:
    """Return up to ``k`` stored sentences closest to ``claim``, best first.

    Args:
        store: the open store (its vector cache is filled as a side effect).
        claim: the claim text.
        k: candidates returned.
        bm25_k: sentences taken from BM25.
        claim_k: nearest dossier claims whose mentions are added.

    Raises:
        StoryscopeError: E013 when the store holds no articles.
        EmbedderError: when the embedding model cannot be loaded.
    """
    found: dict[tuple[str, int], dict] = {}
    for article, start, end, text, score in search_passages(store, claim, bm25_k):
        found[(article, start)] = {"article": article, "start": start, "end": end, "text": text, "bm25": score}
    # the claim in the words news writers use alike ("cut ties": "severed relations"), ranked by cosine alone
    expansion = synonyms(parse_texts([claim])[0])
    if expansion:
        for article, start, end, text, _ in search_passages(store, f"{claim} {' '.join(expansion)}", SYNONYM_K):
            if any(w in text.lower() for w in expansion):  # only what the synonyms found
                found.setdefault((article, start), {"article": article, "start": start, "end": end, "text": text,
                                                    "bm25": 0.0})
    mentions = claim_mention_passages(store)
    claim_texts: dict[str, str] = {}
    for cid, ctext, *_ in mentions:
        if cid not in claim_texts and len(claim_texts) < MAX_VECTOR_CLAIMS:
            claim_texts[cid] = ctext
    query_vec = cached_vectors(store, [claim], _embed)[0]
    if claim_texts:
        ids = list(claim_texts)
        sims = cached_vectors(store, [claim_texts[i] for i in ids], _embed) @ query_vec
        near = {ids[i] for i in np.argsort(-sims)[:claim_k] if sims[i] >= MIN_CLAIM_COSINE}
    else:
        near = set()
    by_span = {}
    for cid, _, _, article, start, end, text, stance, speaker in mentions:
        by_span.setdefault((article, start), (stance, speaker))
        if cid in near and (article, start) not in found:
            found[(article, start)] = {"article": article, "start": start, "end": end, "text": text, "bm25": 0.0}
    if not found:
        return []
    rows = list(found.values())
    cos = cached_vectors(store, [r["text"] for r in rows], _embed) @ query_vec
    top_bm25 = max(r["bm25"] for r in rows) or 1.0
    out = []
    for r, c in zip(rows, cos):
        hybrid = BM25_WEIGHT * r["bm25"] / top_bm25 + (1 - BM25_WEIGHT) * float(c)
        stance, speaker = by_span.get((r["article"], r["start"]), (None, None))
        out.append(Candidate(article=r["article"], start=r["start"], end=r["end"], text=r["text"],
                             bm25=round(r["bm25"], 4), cosine=round(float(c), 4), score=round(hybrid, 4),
                             mention_stance=stance, mention_speaker=speaker))
    out.sort(key=lambda c: (-c.score, c.article, c.start))
    return out[:k]


def searched(store: Store, claim: str, query: str, keep: Callable[[str], bool], k: int = SYNONYM_K) -> list[Candidate]:
    """Return the BM25 top ``k`` sentences for ``query`` that ``keep`` accepts, as candidates scored against ``claim``
    (cosine to the claim; no BM25 share, since the query is not the claim's): passages a rule of ``check`` needs
    whatever the claim's own words find."""
    rows = [(article, start, end, text) for article, start, end, text, _ in search_passages(store, query, k)
            if keep(text)]
    if not rows:
        return []
    query_vec = cached_vectors(store, [claim], _embed)[0]
    cos = cached_vectors(store, [text for *_, text in rows], _embed) @ query_vec
    return [Candidate(article=article, start=start, end=end, text=text, bm25=0.0, cosine=round(float(c), 4),
                      score=round((1 - BM25_WEIGHT) * float(c), 4))
            for (article, start, end, text), c in zip(rows, cos)]
