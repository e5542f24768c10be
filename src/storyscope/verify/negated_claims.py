"""A claim that negates its main verb, read as the claim it negates.

"North Korea never recognised the republics" is true where "North Korea recognised the republics" is false, and
false where it is true; ``check`` judges the positive claim and turns the verdict (``claim_forms.framed_claim``).
``positive_of`` returns that positive claim: "Brask did not sign the pact" -> "Brask signed the pact"; "Brask has
not yet signed it" -> "Brask has signed it"; "Velm was not the first to sign" -> "Velm was the first to sign";
"Brask held no talks with Velm" -> "Brask held talks with Velm"; "No troops have arrived" -> "Troops have
arrived". Left alone (None): a negation inside what someone said or inside a clause of the claim, two negations, a
contrast ("not A but B", "neither ... nor", "; he ..."), "not only", a question left open ("has not said how many"),
two acts ("never backed the war and stayed neutral"), a future or a possibility ("will not send"), a claim with commas (a description of its subject, which is
judged as given).
"""

from __future__ import annotations

import re
from typing import Any

from lemminflect import getInflection

from storyscope.verify.actions import LITOTES, parse_texts

# Negations of a verb ("did not", "never", "didn't") and the determiner that negates its subject or object.
_NOT = frozenset({"not", "n't", "never", "n’t"})
_DO = {"did": "VBD", "does": "VBZ", "do": "VBP"}
_AT_ALL = re.compile(r"\s+at\s+all\b")
_MODALS = frozenset({"will", "would", "shall", "should", "can", "could", "may", "might", "must", "wo", "ca", "'ll",
                     "need", "dare", "ought"})
# A detail of the claim (a date, a figure, a named place) by which its positive may be refuted while the act itself
# stands: "did not send troops in March" is not shown by troops sent in October.
_DETAIL = re.compile(r"\d|\b(?:in|on|at|since|during|from|to|near)\s+(?:the\s+)?[A-Z]|\b(?:" + "|".join(
    ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
     "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "first", "second",
     "third", "last")) + r")\b")
# Words that make a negated claim a contrast or a scope of its own: it is judged as written.
_CONTRAST = re.compile(r"\bbut\b|;|\brather\b|\binstead\b|\bneither\b|\bnor\b|\bnot\s+only\b|\bnot\s+just\b|"
                       r"\bnot\s+even\b|\bonly\b|\bexcept\b|\bunless\b|\buntil\b|\bwithout\b|\bnot\s+a\s+single\b|"
                       r"\beither\b|[“”\"]|(?<!\w)['‘][^'‘’]+['’](?!\w)", re.IGNORECASE)
# Verbs whose negation is no opposite event ("need not send", "does not know how many").
_NOT_OPPOSITES = frozenset({"need", "know", "want", "plan", "intend", "expect", "hope", "try", "seem", "appear",
                            "hesitate", "fail", "refrain", "stop", "cease", "mind", "dare"})
# Verbs whose negation leaves a question open rather than denying an act ("has not said how many", "did not say
# when"): the claim is about what is unknown.
_OPEN_QUESTION = re.compile(r"\b(?:how|when|where|why|whether|which|who|what)\b", re.IGNORECASE)


def negates_a_detail(claim: str) -> bool:
    """True when a negated claim gives a detail (a date, a figure, a place, a rank) its positive may be refuted by
    while the act stands: the positive refuted then does not show the negation."""
    return _DETAIL.search(claim) is not None


def _negations(doc: Any) -> list[Any]:
    return [t for t in doc if t.lower_ in _NOT or t.lower_ == "no" and t.dep_ == "det"]


def positive_of(claim: str) -> str | None:
    """Return the positive claim a claim with one negation on its main verb (or on its subject or object, "no")
    negates (see the module's docstring), or None."""
    if _CONTRAST.search(claim) or "," in claim:
        return None  # (a description between commas is judged as the claim gives it, whatever the negation)
    doc = parse_texts([claim])[0]
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    negations = _negations(doc)
    if root is None or len(negations) != 1 or len(list(doc.sents)) > 1 \
            or any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for c in root.children):
        return None  # (two negations, two sentences, or two acts: "never backed the war and stayed neutral")
    neg = negations[0]
    # ("no" before a noun is left: a passage's "No troops have arrived" is not read as a negation, and "no secret",
    # "no doubt", "no other" assert; a negation opening an inversion, "Never has Russia lost so many", neither)
    if neg.lower_ == "no" or neg.i == 0 or neg.head.i != root.i or _OPEN_QUESTION.search(claim[neg.idx:]) \
            or root.lemma_.lower() in _NOT_OPPOSITES or LITOTES.search(claim):
        return None
    if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in root.children) \
            or any(c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children) for c in root.children
                   if root.lemma_.lower() in ("have", "go", "need", "be")):
        return None  # ("will not send troops", "did not have to send", "was never going to": no polarity of a fact)
    do = next((c for c in root.children if c.dep_ == "aux" and c.lower_ in _DO), None)
    skip = {neg.i} | ({do.i} if do is not None else set())
    words = []
    for t in doc:
        if t.i in skip:
            continue
        if do is not None and t.i == root.i:
            forms = getInflection(t.lemma_.lower(), tag=_DO[do.lower_])
            words.append((forms[0] if forms else t.text) + t.whitespace_)
        else:
            words.append(_positive_word(t))
    return _sentence(_AT_ALL.sub("", "".join(words)))


# Words that go with a negation and have another form, or none, in the positive ("has not yet sent any troops" ->
# "has sent troops"; "was not paid anything" -> "was paid something").
_NEGATIVE_POLARITY = {"yet": "", "ever": "", "any": "", "anything": "something", "anyone": "someone",
                      "anybody": "somebody", "anywhere": "somewhere"}


def _positive_word(tok: Any) -> str:
    low = tok.lower_
    if low not in _NEGATIVE_POLARITY or low == "yet" and tok.dep_ not in ("advmod", "cc"):
        return tok.text_with_ws
    word = _NEGATIVE_POLARITY[low]
    return (word[:1].upper() + word[1:] if tok.text[:1].isupper() else word) + (tok.whitespace_ if word else "")


def _sentence(text: str) -> str:
    text = re.sub(r"\s{2,}", " ", text).strip()
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    return text[:1].upper() + text[1:]
