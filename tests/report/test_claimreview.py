"""ClaimReview JSON-LD from a dossier and verdicts."""

import json

from storyscope.model import Evidence, Verdict
from storyscope.report.claimreview import claim_reviews, write_claim_reviews

DOSSIER = {
    "articles": [{"id": "a1", "title": "Ferry fares rise", "outlet": "Quay News", "published": "2025-06-02",
                  "url": None},
                 {"id": "a2", "title": "Fares to rise, says operator", "outlet": None, "published": None}],
    "claims": [
        {"id": "C1", "text": "Ferry fares will rise by 8%", "checkworthiness": 0.9, "independent_sources": 2,
         "mentions": [{"article": "a1", "text": "fares will rise by 8%", "start": 0, "end": 21, "stance": "asserts",
                       "attributed_to": None},
                      {"article": "a2", "text": "fares would rise", "start": 0, "end": 16, "stance": "reports",
                       "attributed_to": "Rhoswen Ferries"}]},
        {"id": "C2", "text": "Not checked", "checkworthiness": 0.1, "independent_sources": 1, "mentions": []},
    ],
}


def test_one_review_per_checked_claim():
    verdict = {"claim": "x", "verdict": "supported", "confidence": 0.8, "evidence": [], "explanation": "why"}
    [review] = claim_reviews(DOSSIER, {"C1": verdict, "C9": verdict}, date="2025-06-03")
    assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == "Ferry fares will rise by 8%"
    assert review["datePublished"] == "2025-06-03"
    assert review["reviewRating"]["ratingValue"] == 5 and review["reviewBody"] == "why"
    item = review["itemReviewed"]
    assert item["author"] == [{"@type": "Thing", "name": "Rhoswen Ferries"}]
    assert item["firstAppearance"]["datePublished"] == "2025-06-02"
    assert item["appearance"][0]["publisher"]["name"] == "Quay News"
    assert "url" not in item["appearance"][0]


def test_verdict_records_are_accepted_and_unrated_verdicts_have_no_value():
    verdict = Verdict("x", "not_enough_evidence", 0.5,
                      (Evidence("a1", "t", 0, 1, "discuss", 1.0, None),), "nothing")
    [review] = claim_reviews(DOSSIER, {"C1": verdict})
    assert "ratingValue" not in review["reviewRating"]
    assert review["reviewRating"]["alternateName"] == "Not enough evidence"


def test_write_claim_reviews(tmp_path):
    path = write_claim_reviews([{"@type": "ClaimReview"}], tmp_path)
    assert path.name == "claimreview.jsonld"
    assert json.loads(path.read_text()) == [{"@type": "ClaimReview"}]


def test_top_claims_puts_conflicting_claims_first():
    from storyscope.report.claimreview import top_claims

    d = {**DOSSIER, "conflicts": [{"id": "X1", "claims": ["C2"]}]}
    assert [c["id"] for c in top_claims(d, 5)] == ["C2", "C1"]
    assert [c["id"] for c in top_claims(d, 1)] == ["C2"]


def test_a_denial_is_no_appearance_and_its_speaker_no_author():
    dossier = json.loads(json.dumps(DOSSIER))
    dossier["claims"][0]["mentions"].append({"article": "a1", "text": "the ministry called the fare rise fake news",
                                             "start": 30, "end": 70, "stance": "denies",
                                             "attributed_to": "Transport Ministry"})
    verdict = {"claim": "x", "verdict": "conflicting", "confidence": 0.6, "evidence": [], "explanation": "why"}
    [review] = claim_reviews(dossier, {"C1": verdict}, date="2025-06-03")
    item = review["itemReviewed"]
    assert item["author"] == [{"@type": "Thing", "name": "Rhoswen Ferries"}]
    assert len(item["appearance"]) == 2
