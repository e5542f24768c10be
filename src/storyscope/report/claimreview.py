"""Verdicts as schema.org ClaimReview JSON-LD (https://schema.org/ClaimReview).

``claim_reviews`` maps each checked claim of the dossier to one ClaimReview
object: the claim as first worded, who made it and where it appeared, and
the verdict as a ``Rating`` on a 1 (refuted) to 5 (supported) scale with the
verdict's words as ``alternateName``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from pathlib import Path

from storyscope.model import Verdict

CONTEXT = "https://schema.org"
AUTHOR = {"@type": "Organization", "name": "storyscope (automated)"}
# Verdict -> (ratingValue on 1..5, alternateName). Not enough evidence has no value on the scale.
RATINGS = {
    "supported": (5, "Supported by the stored sources"),
    "conflicting": (3, "Sources conflict"),
    "refuted": (1, "Refuted by the stored sources"),
    "not_enough_evidence": (None, "Not enough evidence"),
}
# Claims analyze checks for claimreview.jsonld and dossier.html (batched; ~0.1-0.3 s a claim on the example
# corpus and the seeds with warm models, issue 6).
REVIEW_CLAIMS = 12


def top_claims(dossier: dict, n: int) -> list[dict]:
    """Return ``n`` claims: those in a conflict first, then by check-worthiness and independent origins."""
    in_conflict = {cid for c in dossier["conflicts"] for cid in c["claims"]}
    ranked = sorted(dossier["claims"], key=lambda c: (c["id"] not in in_conflict, -c["checkworthiness"],
                                                      -c["independent_sources"], c["id"]))
    return ranked[:n]


def check_top_claims(store: object, dossier: dict, n: int = REVIEW_CLAIMS) -> dict[str, dict]:
    """Check the top ``n`` claims (:func:`top_claims`) against ``store``; return claim id -> ``check --json`` object.

    Args:
        store: the open :class:`~storyscope.store.Store` the dossier was built from.
        dossier: the dossier.json object.
        n: how many claims to check.

    Returns:
        verdicts for :func:`claim_reviews` and ``write_outputs``; empty when the store holds no articles.
    """
    from storyscope.verify import check_claims, verdict_to_json

    if not dossier["articles"]:
        return {}
    claims = top_claims(dossier, n)
    # One batch: the dossier context and the stance model run once for all claims.
    verdicts = check_claims(store, [c["text"] for c in claims], count_pile=False)
    return {c["id"]: verdict_to_json(v) for c, v in zip(claims, verdicts)}


def _as_json(verdict: dict | Verdict) -> dict:
    if isinstance(verdict, Verdict):
        from storyscope.verify import verdict_to_json

        return verdict_to_json(verdict)
    return verdict


def claim_reviews(dossier: dict, verdicts: Mapping[str, dict | Verdict], date: str | None = None) -> list[dict]:
    """Return one schema.org ClaimReview per claim with a verdict.

    Args:
        dossier: the dossier.json object (claims, articles).
        verdicts: claim id -> verdict (a ``Verdict`` or its ``check --json`` object);
            claims without one are left out, ids not in the dossier are ignored.
        date: ``datePublished`` of the reviews (``YYYY-MM-DD``); today (UTC) when None.

    Returns:
        ClaimReview dicts in the dossier's claim order, ready for ``json.dumps``.
    """
    date = date or dt.datetime.now(dt.UTC).date().isoformat()
    articles = {a["id"]: a for a in dossier["articles"]}
    out = []
    for claim in dossier["claims"]:
        if claim["id"] not in verdicts:
            continue
        verdict = _as_json(verdicts[claim["id"]])
        value, name = RATINGS.get(verdict["verdict"], (None, str(verdict["verdict"])))
        rating: dict = {"@type": "Rating", "alternateName": name, "bestRating": 5, "worstRating": 1}
        if value is not None:
            rating["ratingValue"] = value
        appearances, speakers, dates = [], [], []
        for m in claim["mentions"]:
            if m["stance"] == "denies":
                continue  # (a denial of the claim is no appearance of it, and its speaker no author)
            art = articles.get(m["article"], {})
            work = {"@type": "CreativeWork", "identifier": m["article"], "headline": art.get("title"),
                    "text": m["text"]}
            if art.get("url"):
                work["url"] = art["url"]
            if art.get("outlet"):
                work["publisher"] = {"@type": "Organization", "name": art["outlet"]}
            if art.get("published"):
                work["datePublished"] = art["published"]
                dates.append(art["published"])
            appearances.append({k: v for k, v in work.items() if v is not None})
            if m["attributed_to"] and m["attributed_to"] not in speakers:
                speakers.append(m["attributed_to"])
        item: dict = {"@type": "Claim", "appearance": appearances}
        if speakers:
            item["author"] = [{"@type": "Thing", "name": s} for s in speakers]
        if dates:
            item["firstAppearance"] = {"@type": "CreativeWork", "datePublished": min(dates)}
        out.append({
            "@context": CONTEXT, "@type": "ClaimReview", "identifier": claim["id"],
            "claimReviewed": claim["text"], "datePublished": date, "author": AUTHOR,
            "reviewRating": rating, "itemReviewed": item,
            "reviewBody": verdict.get("explanation", ""),
        })
    return out


def jsonld_text(reviews: list[dict], indent: int | None = None) -> str:
    """``reviews`` as JSON text safe to paste into an HTML ``<script type="application/ld+json">`` block: ``<``, ``>``
    and ``&`` in article text are written as ``\\u003c``, ``\\u003e`` and ``\\u0026`` (still the same JSON), so a
    "</script>" in a headline cannot end the block."""
    text = json.dumps(reviews, ensure_ascii=False, indent=indent)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def write_claim_reviews(reviews: list[dict], out_dir: Path) -> Path:
    """Write ``reviews`` to ``out_dir/claimreview.jsonld`` (a JSON array); return the path."""
    path = Path(out_dir) / "claimreview.jsonld"
    from storyscope.outputs import write_atomically

    write_atomically(path, jsonld_text(reviews, indent=2))
    return path
