"""Speaker names: from a subject phrase to a name, and pronouns/titles to a PERSON.

The resolver is deliberately simple and recency based: a pronoun ("he") or a
definite title ("the Ukrainian leader", "the ambassador") refers to the most
recent PERSON that was a subject, else the most recent PERSON mention.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any

from storyscope.annotate.entities import corrected_labels, trim_entity
from storyscope.annotate.spans import QuoteIndex, doc_text

# Pronouns resolved to the last PERSON.
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
# Relative pronouns: the speaker is the noun the relative clause hangs on.
RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
# Head nouns of a description that stands for a person named earlier
# ("the North Korean dictator", "the Ukrainian president").
TITLE_NOUNS = frozenset({
    "leader", "president", "dictator", "ambassador", "minister", "spokesman", "spokeswoman",
    "spokesperson", "chancellor", "premier", "official", "envoy", "secretary", "general",
    "commander", "expert", "analyst", "colonel", "chief", "head", "diplomat", "mayor",
    "governor", "senator", "lawmaker", "mp", "king", "ruler", "despot", "tyrant", "strongman",
    "politician", "prosecutor", "judge", "director", "founder", "ceo", "chairman", "boss",
})
# Head nouns of a description that stands for an outlet named earlier ("the paper said", "the agency reported").
OUTLET_NOUNS = frozenset({
    "paper", "newspaper", "daily", "weekly", "tabloid", "agency", "broadcaster", "channel", "network",
    "station", "magazine", "outlet", "website", "publication",
})
# Verbs whose object is the outlet a source spoke to ("told the Courier", "gave an interview to").
SPOKEN_TO_VERBS = frozenset({"tell", "give", "inform", "brief"})
# Verbs whose complement clause is what someone says or thinks (its subject is not a main-clause subject).
SPEECH_LEMMAS = frozenset({
    "say", "tell", "claim", "add", "state", "warn", "insist", "believe", "think", "announce", "confirm",
    "deny", "report", "write", "explain", "argue", "suggest", "note", "stress", "predict", "admit",
})
# Determiners that make a title definite (and so a reference back).
DEFINITE_DETS = frozenset({"the", "this", "that", "his", "her", "its", "their"})
# Entity labels a speaker may carry.
SPEAKER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# A PERSON name glued to an ORG by the NER ("the Pentagon Pat Ryder") is split
# off when the ORG is at least this long and ends in this many proper nouns.
GLUED_ORG_MIN_TOKENS = 3
GLUED_PERSON_TOKENS = 2
# Abbreviated titles that are not part of a name ("Dr", "Gen").
TITLE_ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "gen", "sen", "rep", "prof", "col", "lt", "sgt", "capt",
                                 "adm", "gov", "pres", "sir", "dame", "lord", "lady"})
# Capitalised words that never start a person's name ("Last September Jong Un").
NOT_NAME_WORDS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august",
                            "september", "october", "november", "december", "monday", "tuesday",
                            "wednesday", "thursday", "friday", "saturday", "sunday", "last", "next"})
# Quotation marks dropped from a described speaker ("an invented “news release”").
QUOTE_MARKS = re.compile(r"[“”\"‘’«»]")
# Dependency labels of a verb's subject.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Children that belong to a bare description ("Security sources").
DESCRIPTION_DEPS = frozenset({"compound", "amod", "nmod"})


@dataclass(frozen=True, slots=True)
class SpeakerRef:
    """A resolved source: the name (None when unknown), its label, the written span."""

    speaker: str | None
    label: str | None
    source_start: int
    source_end: int


class Resolver:
    """Recency-based PERSON resolver for one document, plus full-name expansion."""

    def __init__(self, doc: Any, quotes: QuoteIndex, outlets: frozenset[str] = frozenset(),
                 labels: dict[int, str] | None = None) -> None:
        self.text = doc_text(doc)
        self.doc = doc
        self.outlets = outlets
        self.ent_at: dict[int, Any] = {}
        self._pos: list[int] = []
        self._mentions: list[tuple[int, str, bool]] = []
        self._by_surname: dict[str, str] = {}
        # spaCy's labels corrected from context ("Dr Ines Calloway" is a person, "Selmaran officials" not);
        # ``labels`` when the caller computed them for the entity mentions already
        self.label_of: dict[int, str] = corrected_labels(doc) if labels is None else labels
        for ent in doc.ents:
            label = self.label_of[ent.start]
            if label not in SPEAKER_LABELS:
                continue
            for i in range(ent.start, ent.end):
                self.ent_at[i] = ent
            if label == "PERSON":
                name = self._ent_name(ent)
                if not name:
                    continue
                self._remember_name(name)
                if quotes.containing(ent.start_char) < 0:
                    root = ent.root
                    subj = root.dep_ in SUBJECT_DEPS or (
                        root.dep_ in ("appos", "compound") and root.head.dep_ in SUBJECT_DEPS
                    )
                    # "X said Selmara would be wise ...": a subject inside what someone says is not the
                    # antecedent a following "she said" looks for; the speaker is.
                    clause = root.head if root.dep_ in SUBJECT_DEPS else root.head.head
                    if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in SPEECH_LEMMAS:
                        subj = False
                    self.observe(ent.start_char, name, subj)

    def label(self, ent: Any) -> str:
        """The corrected label of spaCy entity ``ent`` (see ``annotate.entities.corrected_label``)."""
        return self.label_of.get(ent.start, ent.label_)

    def _ent_name(self, ent: Any) -> str:
        s, e = self._ent_span(ent)
        return self.text[s:e]

    def _ent_span(self, ent: Any) -> tuple[int, int]:
        """Trimmed entity span, with words the NER left out.

        A PERSON takes in given names before it ("MP Ilya Ponomarev"); an ORG
        takes in an "of <Name>" after it ("Port Authority of Tallinn").
        """
        start = ent.start
        if self.label(ent) == "PERSON":
            while start > 0:
                prev = self.doc[start - 1]
                low = prev.lower_.rstrip(".")
                if (prev.pos_ == "PROPN" and prev.dep_ == "compound" and prev.text[:1].isupper()
                        and prev.ent_type_ in ("", "PERSON") and low not in TITLE_NOUNS
                        and low not in TITLE_ABBREVIATIONS and low not in NOT_NAME_WORDS
                        and not prev.is_upper):
                    start -= 1
                else:
                    break
        end = ent.end
        if self.label(ent) == "ORG" and end + 1 < len(self.doc) and self.doc[end].lower_ == "of":
            k = end + 1  # "Port Authority" + "of Tallinn"
            while k < len(self.doc) and self.doc[k].pos_ == "PROPN" and self.doc[k].text[:1].isupper():
                k += 1
            if k > end + 1:
                end = k
        last = self.doc[end - 1]
        return trim_entity(self.text, self.doc[start].idx, last.idx + len(last.text))

    def _remember_name(self, name: str) -> None:
        parts = name.split()
        key = parts[-1].lower()
        best = self._by_surname.get(key)
        if best is None or len(name) > len(best):
            self._by_surname[key] = name

    def full_name(self, name: str) -> str:
        """The longest PERSON name in the article with the same last word ("Zelensky" -> full)."""
        parts = name.split()
        if not parts:
            return name
        best = self._by_surname.get(parts[-1].lower(), name)
        return best if len(best) > len(name) and best.endswith(parts[-1]) else name

    def observe(self, pos: int, name: str, subject: bool = True) -> None:
        """Record a PERSON mention at ``pos`` (a resolved speaker counts as a subject)."""
        i = bisect.bisect_right(self._pos, pos)
        self._pos.insert(i, pos)
        self._mentions.insert(i, (pos, name, subject))

    def resolve(self, pos: int) -> str | None:
        """The last PERSON subject before ``pos``, else the last PERSON mention, else None."""
        i = bisect.bisect_left(self._pos, pos) - 1
        fallback = None
        while i >= 0:
            _, name, subject = self._mentions[i]
            if subject:
                return self.full_name(name)
            if fallback is None:
                fallback = name
            i -= 1
        return self.full_name(fallback) if fallback else None

    # ------------------------------------------------------------------ subjects

    def speaker_of(self, doc: Any, subj: Any, verb: Any, bounds: tuple[int, int] | None = None) -> SpeakerRef:
        """Name the speaker behind subject token ``subj`` of cue ``verb``.

        ``bounds`` is the token range of the sentence; the subject phrase is clipped to it.
        """
        if subj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            subj = verb.head
        if subj.lower_ in PERSON_PRONOUNS:
            return SpeakerRef(self.resolve(subj.idx), "PERSON", subj.idx, subj.idx + len(subj.text))
        if subj.pos_ == "PRON":
            return SpeakerRef(None, None, subj.idx, subj.idx + len(subj.text))
        left = subj.left_edge.i
        right = subj.right_edge.i
        if bounds is not None:
            left, right = max(left, bounds[0]), min(right, bounds[1] - 1)
        if verb.i > subj.i:
            right = min(right, verb.i - 1)
        ents = []
        for i in range(left, right + 1):
            ent = self.ent_at.get(i)
            if ent is not None and (not ents or ents[-1] is not ent):
                ents.append(ent)
        persons = [e for e in ents if self.label(e) == "PERSON"]
        # The possessor of the subject is not the speaker: "Jelgorod's mayor, Radek Holm, said".
        persons = [e for e in persons if e.start <= subj.i < e.end or e.root.dep_ != "poss"]
        if persons:
            own = [e for e in persons if e.start <= subj.i < e.end]
            ent = own[0] if own else persons[0]
            return self._named(ent, "PERSON")
        lemma = subj.lemma_.lower()
        if lemma in TITLE_NOUNS:
            glued = self._glued_person(doc, ents)
            if glued is not None:
                return glued
            det = next((c.lower_ for c in subj.children if c.dep_ in ("det", "poss")), None)
            if det in DEFINITE_DETS:
                s, e = doc[max(left, subj.left_edge.i)].idx, subj.idx + len(subj.text)
                return SpeakerRef(self.resolve(s), "PERSON", s, e)
        if lemma in OUTLET_NOUNS and not ents:
            det = next((c.lower_ for c in subj.children if c.dep_ in ("det", "poss")), None)
            named = self._last_outlet(subj.idx) if det in DEFINITE_DETS else None
            if named is not None:
                s, e = doc[max(left, subj.left_edge.i)].idx, subj.idx + len(subj.text)
                return SpeakerRef(named, "ORG", s, e)
        own = self.ent_at.get(subj.i)
        if own is not None:
            return self._named(own, self.label(own))
        unnamed = self._unrecognised_person(subj)
        if unnamed is not None:
            return unnamed
        orgs = [e for e in ents if self.label(e) == "ORG"]
        if orgs:
            return self._named(orgs[0], "ORG")
        return self.describe(doc, subj)

    def _last_outlet(self, pos: int) -> str | None:
        """The outlet named last before ``pos`` in its paragraph, or None.

        An outlet is an organisation the citations found ("according to the Courier") or one
        someone spoke to ("told the Courier ..., the paper said").
        """
        start = self.text.rfind("\n\n", 0, pos) + 1
        best = None
        for ent in self.doc.ents:
            if ent.start_char >= pos:
                break
            if ent.start_char < start or self.label(ent) != "ORG":
                continue
            s, e = self._ent_span(ent)
            root = ent.root
            spoken_to = root.dep_ in ("dobj", "dative") and root.head.lemma_ in SPOKEN_TO_VERBS
            if self.text[s:e] in self.outlets or spoken_to:
                best = self.text[s:e]
        return best

    def _unrecognised_person(self, subj: Any) -> SpeakerRef | None:
        """A proper-noun subject the NER missed, read as a person when its form says so.

        "Dr Ines Calloway, a security analyst at ..., said": two or more name
        words, or a title before it ("Dr"), or an appositive title noun
        ("analyst"), make it a person.
        """
        if subj.pos_ != "PROPN" or not subj.text[:1].isupper() or subj.is_upper:
            return None
        words = [c for c in subj.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper()]
        words.append(subj)
        titled = False
        while words and words[0].lower_.rstrip(".") in TITLE_ABBREVIATIONS:
            words, titled = words[1:], True
        if not words or any(self.ent_at.get(w.i) is not None for w in words):
            return None
        described = any(c.dep_ == "appos" and c.lemma_.lower() in TITLE_NOUNS for c in subj.children)
        if not (titled or described or len(words) >= 2):
            return None
        s, e = words[0].idx, subj.idx + len(subj.text)
        name = self.full_name(self.text[s:e])
        self._remember_name(name)
        self.observe(s, name, True)
        return SpeakerRef(name, "PERSON", s, e)

    def _named(self, ent: Any, label: str) -> SpeakerRef:
        s, e = self._ent_span(ent)
        name = self.text[s:e]
        if name in self.outlets:
            label = "ORG"
        if label == "PERSON":
            name = self.full_name(name)
            self.observe(s, name, True)
        return SpeakerRef(name, label, s, e)

    def _glued_person(self, doc: Any, ents: list[Any]) -> SpeakerRef | None:
        for ent in ents:
            if self.label(ent) != "ORG" or len(ent) < GLUED_ORG_MIN_TOKENS:
                continue
            tail = doc[ent.end - GLUED_PERSON_TOKENS:ent.end]
            if all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in tail):
                s, e = tail.start_char, tail.end_char
                name = self.full_name(self.text[s:e])
                self._remember_name(name)
                self.observe(s, name, True)
                return SpeakerRef(name, "PERSON", s, e)
        return None

    def describe(self, doc: Any, subj: Any) -> SpeakerRef:
        """An unnamed source as its head noun with modifiers ("Security sources")."""
        first = subj.i
        for child in subj.lefts:
            if child.dep_ in DESCRIPTION_DEPS:
                first = min(first, child.left_edge.i)
                break
        s, e = doc[first].idx, subj.idx + len(subj.text)
        s, e = trim_entity(self.text, s, e)
        name = " ".join(QUOTE_MARKS.sub(" ", self.text[s:e]).split())
        return SpeakerRef(name or None, None, s, e)
