"""Judge a claim against the store: BM25 retrieval, a stance per passage, a verdict."""

from __future__ import annotations

from collections import defaultdict

from storyscope.model import Evidence, Verdict
from storyscope.store import Store
from storyscope.store.search import search_passages
from storyscope.verify.stance_rules import judge

# Passages retrieved per claim before the stance rule filters them.
RETRIEVE_K = 30
# Evidence passages kept in the verdict.
MAX_EVIDENCE = 8


def _origin_of(store: Store) -> dict[str, str]:
    """Map each article to the origin it copies (itself when it is no copy)."""
    parent = dict(store.con.execute("SELECT article, copy_of FROM copies").fetchall())

    def root(a: str) -> str:
        seen = set()
        while a in parent and a not in seen:
            seen.add(a)
            a = parent[a]
        return a

    ids = [r[0] for r in store.con.execute("SELECT id FROM articles").fetchall()]
    return {a: root(a) for a in ids}


def _attribution_at(store: Store, article: str, start: int, end: int) -> tuple[bool, str | None]:
    """Return whether the passage overlaps attributed or hedged content, and the nearest speaker."""
    row = store.con.execute(
        """SELECT speaker FROM attributions WHERE article_id = ? AND start < ? AND "end" > ?
           ORDER BY speaker IS NULL, abs(start - ?) LIMIT 1""",
        [article, end, start, start]).fetchone()
    return (row is not None, row[0] if row else None)


def _names_speaker(claim: str, speaker: str | None) -> bool:
    """True when the claim names the speaker (any name word of 4+ letters: "Zelensky")."""
    if not speaker:
        return False
    words = {w.lower() for w in claim.replace("’", "'").split()}
    return any(len(part) >= 4 and part.lower() in words for part in speaker.split())


def check_claim(store: Store, claim: str) -> Verdict:
    """Return the verdict on ``claim`` from the articles in ``store``.

    Copies of one origin count once; a passage that relays someone's claim is
    "discuss", not an endorsement.
    """
    origin = _origin_of(store)
    evidence: list[Evidence] = []
    for article, start, end, text, score in search_passages(store, claim, RETRIEVE_K):
        stance, relevance = judge(claim, text)
        if stance is None:
            continue
        attributed, speaker = _attribution_at(store, article, start, end)
        # Relayed or hedged content is discussion, not endorsement, unless the claim is
        # itself about that speaker's statement ("the Kremlin branded the claims fake news").
        if stance == "agree" and attributed and not _names_speaker(claim, speaker):
            stance = "discuss"
        evidence.append(Evidence(article=article, text=text, start=start, end=end, stance=stance,
                                 score=round(relevance * score, 4), attributed_to=speaker))
    evidence.sort(key=lambda e: -e.score)
    origins: dict[str, set[str]] = defaultdict(set)
    for e in evidence:
        origins[e.stance].add(origin.get(e.article, e.article))
    agree, disagree, discuss = len(origins["agree"]), len(origins["disagree"]), len(origins["discuss"])
    if agree and disagree:
        verdict = "conflicting"
    elif agree:
        verdict = "supported"
    elif disagree:
        verdict = "refuted"
    else:
        verdict = "not_enough_evidence"
    total = agree + disagree + discuss
    confidence = 0.5 if total == 0 else round(min(0.95, 0.4 + 0.15 * max(agree, disagree, discuss)), 2)
    explanation = (
        f"Searched the stored sentences for the claim and found {len(evidence)} relevant passages: "
        f"{agree} independent origin(s) state it, {disagree} contradict or deny it and {discuss} only "
        f"relay or question it (copies of one origin count once; relayed claims are not endorsements). "
        f"Verdict: {verdict.replace('_', ' ')}.")
    return Verdict(claim=claim, verdict=verdict, confidence=confidence,
                   evidence=tuple(evidence[:MAX_EVIDENCE]), explanation=explanation)


def verdict_to_json(verdict: Verdict) -> dict:
    """Return the CONTRACT ``check --json`` object for a verdict."""
    return {
        "claim": verdict.claim, "verdict": verdict.verdict, "confidence": verdict.confidence,
        "evidence": [{"article": e.article, "text": e.text, "start": e.start, "end": e.end,
                      "stance": e.stance, "score": e.score, "attributed_to": e.attributed_to}
                     for e in verdict.evidence],
        "explanation": verdict.explanation,
    }
