"""Compound claims: one sentence that asserts several things ("X said A, and Y claimed B"; "Kim stressed A but
denied B"; "near Osk, which is Kessia's largest port"), split into claims that each stand alone.

A fact-checker rates such a sentence by its parts: one false part makes the whole false, and the whole is
confirmed only when every part is. ``claim_parts`` reads the parts off the claim's dependency parse; ``check``
judges each and combines the verdicts.
"""

from __future__ import annotations

import re
from typing import Any

from storyscope.annotate.entities import place_name
from storyscope.model import Verdict
from storyscope.verify.actions import parse_texts
from storyscope.verify.roles import BODY_NOUNS, ROLE_NOUNS
from storyscope.verify.statements import statement_claim

# Subordinators whose clause asserts something of its own ("X said A, while Y claimed B"); "though" and
# "although" concede rather than assert, and "if" or "because" clauses are no claim of their own.
_CONTRASTING = frozenset({"while", "whereas"})
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_RELATIVE = frozenset({"which", "who"})
# "described as", "identified as" on the subject: a description the writer is said to give
_DESCRIBED = frozenset({"describe", "identify", "present", "introduce", "call", "name"})
_SAYING = frozenset({"say", "tell", "claim", "deny", "stress", "add", "insist", "warn", "admit", "confirm",
                     "argue", "suggest", "announce", "report", "state", "write"})
# A participle that goes on with the speaker's words or deed (", adding that B"; ", calling it a threat").
_PARTICIPLE_PAST = {"adding": "added", "saying": "said", "claiming": "claimed", "insisting": "insisted",
                    "warning": "warned", "arguing": "argued", "stressing": "stressed", "noting": "noted",
                    "calling": "called", "describing": "described", "denying": "denied", "confirming": "confirmed",
                    "promising": "promised", "pledging": "pledged", "vowing": "vowed", "urging": "urged",
                    "demanding": "demanded", "accusing": "accused", "telling": "told",
                    "announcing": "announced", "dismissing": "dismissed", "branding": "branded"}
# Words that join two statements; "or" and "nor" offer one of two ("will resign, or Orlen will sack him").
_JOINING = frozenset({"and", "but", "yet"})
# Hedges and hedging passives that scope over verbs joined to theirs ("allegedly ordered ... and told";
# "is said to have told ..., adding").
_HEDGES = frozenset({"allegedly", "reportedly", "apparently", "purportedly", "supposedly", "seemingly"})
_HEDGING_VERBS = frozenset({"say", "report", "believe", "think", "allege", "rumour", "rumor", "understand"})
# Subordinators of a leading clause that scopes over everything after it ("If A, B and C").
_SCOPING = frozenset({"if", "unless", "when", "after", "before", "once", "until", "whenever", "as", "since"})
# Longest opening phrase before the subject ("In 2019,", "Despite the ban,") that every part keeps; one that opens
# with "According to" is kept whatever its length.
_MAX_LEAD_TOKENS = 8
_MIN_PART_WORDS = 3
_MAX_PARTS = 4


def _text(doc: Any, start: int, end: int) -> str:
    """The claim's text from token ``start`` up to (not including) token ``end``, trimmed of joining punctuation."""
    if start >= end:
        return ""
    s = doc[start].idx
    e = doc[end - 1].idx + len(doc[end - 1].text)
    return doc.text[s:e].strip(" ,;:-–—")


def _without(doc: Any, cuts: list[tuple[int, int]]) -> str:
    """The claim's text with token ranges ``cuts`` left out, spaces and commas tidied."""
    out, pos = [], 0
    for start, end in sorted(cuts):
        out.append(doc.text[pos:doc[start].idx])
        pos = doc[end - 1].idx + len(doc[end - 1].text) if end > start else pos
    out.append(doc.text[pos:])
    text = re.sub(r"\s+([,.;:!?])", r"\1", re.sub(r"\s{2,}", " ", "".join(out)))
    text = re.sub(r",\s*(?=[,.;:])", "", text)
    return text.strip(" ,;")


def _subject(verb: Any) -> Any | None:
    return next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)


def _cut_from(doc: Any, tok: Any) -> int:
    """Index where a joined clause's cut begins: its conjunction or subordinator and the comma before it."""
    start = tok.left_edge.i
    while start > 0 and (doc[start - 1].dep_ == "cc" or doc[start - 1].is_punct and doc[start - 1].text in ",;"):
        start -= 1
    return start


def _sentence(text: str) -> str:
    text = text.strip(" ,;")
    if text and text[-1] not in ".!?\"”":
        text += "."
    return text[0].upper() + text[1:] if text else text


def _after_comma(doc: Any, head: Any, conj: Any) -> bool:
    """True when ``conj`` joins ``head`` after a comma or semicolon and its conjunction, or after "but"."""
    cc = _conjunction(head, conj)
    return cc is not None and (cc.lower_ == "but" or cc.i > 0 and doc[cc.i - 1].text in (",", ";"))


def _conjunction(head: Any, conj: Any) -> Any | None:
    """The coordinating word that joins ``conj`` to ``head`` (the last one between them), or None."""
    return max((k for k in head.children if k.dep_ == "cc" and head.i < k.i < conj.i), key=lambda k: k.i, default=None)


def _scoped(verb: Any) -> bool:
    """True when something on ``verb`` scopes over whatever is joined to it: a negation ("did not confirm or deny"),
    a modal or auxiliary ("may resign and announce"), a hedge ("allegedly ordered ... and told"), "neither",
    "not only"."""
    return any(c.dep_ in ("neg", "aux", "auxpass", "preconj") or c.lower_ in _HEDGES | {"never", "neither", "only"}
               for c in verb.children) or verb.lemma_.lower() in _HEDGING_VERBS and verb.tag_ == "VBN"


def _contiguous(doc: Any, tok: Any) -> bool:
    """True when ``tok``'s clause is one unbroken stretch of the sentence (the parse did not weave two together)."""
    inside = {t.i for t in tok.subtree}
    return all(i in inside for i in range(tok.left_edge.i, tok.right_edge.i + 1))


def _full_clause(verb: Any) -> bool:
    """True when ``verb`` says something of its own, not an ellipsis ("and her deputy has", "but his deputy did")."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() not in ("do", "have", "be") \
        or any(c.dep_ in ("attr", "acomp", "prep", "ccomp", "xcomp", "dobj", "oprd") for c in verb.children)


def _island(doc: Any, cut: tuple[int, int], clause: Any) -> bool:
    """True when the tokens of ``cut`` hang together and nothing outside hangs on them: the clause comes out whole
    and leaves a whole sentence ("..., while Orlen insisted Talvoria would stay neutral" parsed with "would stay
    neutral" outside Orlen's clause is not)."""
    for t in doc:
        inside = cut[0] <= t.i < cut[1]
        if inside and t.i != clause.i and not cut[0] <= t.head.i < cut[1] and t.dep_ not in ("cc", "punct", "mark"):
            return False
        if not inside and cut[0] <= t.head.i < cut[1]:
            return False
    return True


def _backshifted(verb: Any) -> bool:
    """True when ``verb`` reads as reported speech ("would sue", "had started"), not the writer's own tense."""
    return any(c.dep_ == "aux" and c.lower_ in ("would", "had", "'d", "should", "must", "could", "might")
               for c in verb.children)


def _named(doc: Any, subject: Any, conjuncts: bool = False) -> str:
    """The sentence up to the end of the main subject's phrase without its appositive or relative clause ("The
    head of the Osk police", "Igor Korotchenko" of "Igor Korotchenko, a reserve colonel,"); with ``conjuncts`` the
    names joined to it too ("Velm and Brask")."""
    return _text(doc, 0, _phrase_end(subject, conjuncts) + 1)


def _phrase_end(subject: Any, conjuncts: bool = False) -> int:
    """Index of the last token of ``subject``'s phrase without its appositive or relative clause; with ``conjuncts``
    the names joined to it count too."""
    end = subject.i
    joined = ("cc", "conj") if conjuncts else ()
    for c in subject.children:
        if c.i > subject.i and (c.dep_ not in ("appos", "relcl", "acl", "punct", "cc", "conj") or c.dep_ in joined):
            end = max(end, c.right_edge.i)
    return end


def _lead(doc: Any, subject: Any) -> str:
    """What stands before the main subject and a comma, which every part keeps: an attribution ("According to
    Bild,", "As Bild reported,") or a time ("In 2019,", "Last week,"); "" otherwise."""
    first = subject.left_edge.i
    if first == 0 or doc[first - 1].text != ",":
        return ""
    if doc[0].lower_ != "according" and (first > _MAX_LEAD_TOKENS or any(t.pos_ in ("VERB", "AUX") for t in doc[:first])):
        return ""  # (not "Asked about the deal," nor "A, the president said,": about one subject only)
    return _text(doc, 0, first) + ","


def _joined_clauses(doc: Any, root: Any) -> list[tuple[str, tuple[int, int]]]:
    """Clauses joined to the main one: ``(claim, cut)`` pairs, the claim standing alone and the cut the token range
    the clause takes in the sentence."""
    out = []
    subject = _subject(root)
    joined = [(root, c) for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > root.i]
    # "Zelensky told lawmakers A but denied B": the parser hangs the second verb of saying on what was said
    joined += [(said, c) for said in root.children if said.dep_ == "ccomp" and root.lemma_.lower() in _SAYING
               for c in said.children if c.dep_ == "conj" and c.lemma_.lower() in _SAYING and _subject(c) is None
               and any(g.dep_ == "ccomp" for g in c.children)]
    # "X said A, and his agency sent B": a clause with its own subject after a comma, in the writer's tense, is the
    # writer's, wherever the parser hung it ("X said A, and B had started": B is X's, and is read so below)
    joined += [(said, c) for said in root.children if said.dep_ == "ccomp"
               for c in said.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and _subject(c) is not None
               and _after_comma(doc, said, c) and not any(m.dep_ == "mark" for m in c.children)]
    # "X told the BBC that A, and that B": two statements of X's
    for said in (c for c in root.children if c.dep_ == "ccomp" and root.lemma_.lower() in _SAYING):
        for conj in (c for c in said.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                     and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)):
            cc = _conjunction(said, conj)
            cut = (_cut_from(doc, conj), conj.right_edge.i + 1)
            if cc is None or cc.lower_ not in _JOINING or not _island(doc, cut, conj) or _scoped(root):
                continue
            first = min([said.left_edge.i, *(m.i for m in said.children if m.dep_ == "mark")])
            out.append((_text(doc, 0, first) + " " + _text(doc, conj.left_edge.i, cut[1]), cut))
    for head, conj in joined:
        cc = _conjunction(head, conj)
        if cc is None or cc.lower_ not in _JOINING or not _full_clause(conj) or not _contiguous(doc, conj):
            continue  # a list without "and" / "but", an "or", an ellipsis: no joined statement
        cut = (_cut_from(doc, conj), conj.right_edge.i + 1)
        if not _island(doc, cut, conj):
            continue
        own = _subject(conj)
        if not _after_comma(doc, head, conj) and (own is not None or conj.lemma_.lower() not in _SAYING):
            continue  # "115,000 were killed and 500,000 wounded", "killed 12 and injured 140": one statement
        said = next((c for c in root.children if c.dep_ == "ccomp" and c.i < conj.i), None) \
            if root.lemma_.lower() in _SAYING else None
        if own is not None and said is not None and _backshifted(conj):
            # "Orlen told a rally that A, and Kessia had started the war": Orlen's words too
            that = " that" if any(m.dep_ == "mark" and m.lower_ == "that" for m in said.children) else ""
            part = _text(doc, 0, said.left_edge.i).removesuffix(" that") + that + " " \
                + _text(doc, conj.left_edge.i, cut[1])
        elif own is not None:
            lead = _lead(doc, subject) if subject is not None else ""
            part = (lead + " " if lead else "") + _with_antecedent(doc, subject, own, conj, cut)
        elif subject is not None and subject.i < root.i and not _scoped(root if head.dep_ == "ccomp" else head) \
                and not any(t.pos_ in ("PRON", "PROPN", "NOUN") for t in doc[conj.left_edge.i:conj.i]):
            # "Kim said A but stressed B": B is Kim's too, with what stood before the subject ("According to X, ...")
            # (the subject's name without its appositive, which the first part keeps)
            part = _named(doc, subject) + " " + _text(doc, conj.left_edge.i, cut[1])
        else:
            continue
        out.append((part, cut))
    # (the main clause's own ", while" clause, a joined verb's, or another speaker's closing what was said ("X said
    # A, while locals claimed B"): not a clause inside what someone said, "adding that China is wary while North
    # Korea is not at risk", nor a "while" of time, "did not resign while Orlen was in office")
    for clause in (c for t in (root, *root.children) for c in t.children if c.dep_ == "advcl"
                   and (t is root or t.dep_ == "conj" or c.lemma_.lower() in _SAYING and _subject(t) is not None
                        and c.right_edge.i == t.right_edge.i)):
        mark = next((m for m in clause.children if m.dep_ == "mark"), None)
        if mark is None or mark.lower_ not in _CONTRASTING or _subject(clause) is None or clause.i < root.i \
                or doc[mark.i - 1].text != "," or not _contiguous(doc, clause) \
                or not _island(doc, (_cut_from(doc, mark), clause.right_edge.i + 1), clause):
            continue
        out.append((_text(doc, mark.i + 1, clause.right_edge.i + 1), (_cut_from(doc, mark), clause.right_edge.i + 1)))
    if subject is not None and subject.i < root.i and not _scoped(root):
        for tok in doc:
            past = _PARTICIPLE_PAST.get(tok.lower_)
            if past is None or tok.dep_ != "advcl" or tok.i < 2 or doc[tok.i - 1].text != "," \
                    or not _in_main_clause(tok.head, root) or _subject(tok) is not None or not _contiguous(doc, tok) \
                    or not _island(doc, (tok.i - 1, tok.right_edge.i + 1), tok):
                continue
            # "X told the Express that A, adding that B": "X added that B"
            part = _named(doc, subject, conjuncts=True) + f" {past} " + _text(doc, tok.i + 1, tok.right_edge.i + 1)
            out.append((part, (tok.i - 1, tok.right_edge.i + 1)))
    return out


def _with_antecedent(doc: Any, subject: Any | None, own: Any, conj: Any, cut: tuple[int, int]) -> str:
    """The joined clause's words, its opening "he" or "she" replaced by the main clause's subject when that is one
    named person and the main clause names no one else ("X urged A, and he claimed B": "X claimed B"; not "X met
    Ana Velm, and she said B"), as ``sentence_parts`` does for a later sentence; else the clause as it stands."""
    text = _text(doc, conj.left_edge.i, cut[1])
    if subject is None or own.i != conj.left_edge.i or own.lower_ not in ("he", "she"):
        return text
    person = named_antecedent(doc[:cut[0]], subject)
    return person + text[len(own.text):] if person else text


def named_antecedent(span: Any, subject: Any) -> str:
    """The name a later "he" or "she" stands for: the one person ``span``'s ``subject`` names, when the span names
    or describes no one else ("Ida Brask met Putin": "he" may be Putin; "Brask met the minister": the minister may
    be meant); "" otherwise."""
    person, _ = _named_subjects(span, subject)
    if not person:
        return ""
    inside = {t.i for t in subject.subtree}
    for t in span:
        if t.i in inside:
            continue
        if t.lemma_.lower() in ROLE_NOUNS or t.pos_ == "PROPN" and (
                t.dep_ == "dobj" and t.head.lemma_.lower() in _MEETING_VERBS or t.dep_ == "pobj" and t.head.lower_ == "with") \
                and place_name(t.text) is None:
            return ""
    return person


# Verbs whose object is someone met, who may be the "he" that follows ("met Putin, and he said ...").
_MEETING_VERBS = frozenset({"meet", "visit", "host", "receive", "greet", "thank", "call", "phone", "accompany",
                            "interview", "welcome", "brief"})


def _in_main_clause(tok: Any, root: Any) -> bool:
    """True when ``tok`` is the main verb or hangs on it by complements and joined verbs, not inside what was said."""
    while tok.i != root.i:
        if tok.dep_ not in ("xcomp", "conj"):
            return False
        tok = tok.head
    return True


def _past_comma(doc: Any, end: int) -> int:
    """``end``, or one past the comma that closes an aside there."""
    return end + 1 if end < len(doc) and doc[end].text == "," else end


def _asides(doc: Any, root: Any) -> list[tuple[str, tuple[int, int]]]:
    """Descriptions set off by commas ("Zaporizhzhia, which is Europe's largest plant"; "X, described as a
    general, said"; "North Korea, which recognised ..., was"): ``(claim, cut)`` pairs as in ``_joined_clauses``."""
    out = []
    for tok in doc:
        if tok.dep_ == "relcl" and tok.left_edge.lower_ in _RELATIVE and tok.left_edge.i > 1 \
                and doc[tok.left_edge.i - 1].text == ",":
            head = doc[tok.left_edge.i - 2]
            subject = _subject(tok)
            if head.pos_ != "PROPN" or subject is None or subject.i != tok.left_edge.i or not _contiguous(doc, tok) \
                    or not _full_clause(tok):  # ("and Vesk, who is not")
                continue
            # the name right before the comma, and the clause says what it is ("Zaporizhzhia, which is Europe's
            # largest plant", wherever the parser hung it) or what the main clause's subject did ("North Korea,
            # which recognised ..., was"); not "..., which angered Orlen" (the event) nor "the envoy from Talvoria,
            # who said" (the envoy)
            of_name = head.dep_ == "pobj" and head.head.lower_ == "of"  # "the capital of Kessia, which is"
            copular = tok.lemma_ == "be" and not of_name and tok.head.i == head.i \
                and (head.dep_ != "pobj" or tok.left_edge.lower_ == "which"
                     or tok.left_edge.lower_ == "who" and _full_name(doc, head))  # ("came from Ida Brask, who is")
            # (only where the parser too hangs it on the name: "the plant near Brannik, which is Talvoria's
            # largest" is the plant)
            # ("the wife of Orlen, who is a doctor": whose wife? not split)
            about_subject = tok.head.i == head.i and head.dep_ in _SUBJECT_DEPS and head.head.dep_ == "ROOT" \
                and tok.lemma_.lower() not in _SAYING
            if not (copular or about_subject):
                continue
            name = _text(doc, min(head.left_edge.i, head.i), head.i + 1)
            said = re.sub(r"^['’]s\b(?=\s+(been|got|gone|had)\b)|^['’]s\b", lambda m: "has" if m.group(1) else "is",
                          _text(doc, tok.left_edge.i + 1, tok.right_edge.i + 1))  # ("who's", "who's been")
            out.append((f"{name} {said}", (tok.left_edge.i - 1, _past_comma(doc, tok.right_edge.i + 1))))
        elif tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.i > 0 and doc[tok.i - 1].text == "," \
                and tok.head.pos_ == "PROPN" and tok.head.dep_ in _SUBJECT_DEPS and _contiguous(doc, tok) \
                and tok.right_edge.i + 1 < len(doc) and doc[tok.right_edge.i + 1].text == ",":
            # "X, described as a general, said ..." (X is described so); "X, quoted on the pact, is ..." (X was)
            described = tok.lemma_.lower() in _DESCRIBED and any(c.lower_ == "as" for c in tok.children)
            head = tok.head
            name = _text(doc, head.left_edge.i, head.i + 1)
            said = _text(doc, tok.i, tok.right_edge.i + 1)
            out.append((f"{name} {'is' if described else 'was'} {said}",
                        (tok.i - 1, _past_comma(doc, tok.right_edge.i + 1))))
    return out


def _full_name(doc: Any, head: Any) -> bool:
    """True when ``head`` closes a person's name of two or more words ("Ida Brask"), not a place ("North Korea")."""
    start = min(head.left_edge.i, head.i)
    words = [t for t in doc[start:head.i + 1] if t.pos_ == "PROPN"]
    return len(words) >= 2 and place_name(" ".join(t.text for t in words)) is None


def _appositives(doc: Any) -> list[tuple[str, tuple[int, int]]]:
    """Descriptions of a person the claim's subject names, set off by commas ("Ilya Brask, a former minister, and Ana
    Velm met"): ``(claim, cut)`` pairs as in ``_joined_clauses`` ("Ilya Brask is a former minister")."""
    out = []
    for tok in doc:
        if tok.dep_ == "appos" and (tok.pos_ == "NOUN" or tok.left_edge.pos_ == "DET") and _described_person(doc, tok):
            name = _text(doc, tok.head.left_edge.i, tok.head.i + 1)
            said = _text(doc, tok.left_edge.i, tok.right_edge.i + 1)
            out.append((f"{name} {_copula(doc)} {said}", (tok.left_edge.i - 1, tok.right_edge.i + 2)))
    return out


# Dependencies a title before the subject's name is built of ("Ukrainian Defence Minister", "spokesman of the US
# State Department", "the UN's nuclear agency chief").
_TITLE_DEPS = frozenset({"compound", "amod", "nmod", "prep", "pobj", "det", "poss", "case", "punct", "nsubj",
                         "nsubjpass"})
_TITLE_PREPOSITIONS = frozenset({"of", "for", "to", "at", "in"})


def _titles(doc: Any) -> list[tuple[str, tuple[int, int]]]:
    """The title before the name that opens the claim as its subject ("Pentagon spokesman Pat Ryder said ...",
    "Minister of Defence of Ukraine Sybiha called ..."): ``(claim, cut)`` pairs as in ``_appositives`` ("Pat Ryder is
    Pentagon spokesman"). The name is the last one to three capitalised words before the main verb (no acronym, no
    role noun); the title must hold a role noun and no verb or comma."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("VERB", "AUX"):
        return []
    end = min([root.i, *(c.i for c in root.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < root.i)])
    start = _name_start(doc, end)
    # (a participle describing the title is part of it: "Sitting Duma deputy", "Serving army general")
    if start == end or not _title_words(list(doc[:start])):
        return []
    title = _text(doc, 0, start)
    if doc[0].lower_ in _LOWER_OPENERS:
        title = title[:1].lower() + title[1:]  # ("Rafael Grossi is the UN's nuclear agency chief")
    return [(f"{_text(doc, start, end)} {_copula(doc)} {title}", (0, start))]


# Verbs a person does in an office ("spoke in Odesa as foreign minister", "was speaking as head of the agency").
_IN_OFFICE = frozenset({"speak", "say", "tell", "talk", "address", "comment", "write", "warn", "testify", "appear",
                        "attend", "visit", "travel", "sign", "meet", "announce", "respond", "reply"})


def _in_office(doc: Any) -> list[tuple[str, tuple[int, int]]]:
    """The office a named person is said to act in ("Ilya Brask spoke in Osk as defence minister", "Ana Velm was
    speaking as head of the agency"): ``(claim, cut)`` pairs as in ``_appositives`` ("Ilya Brask was defence
    minister"), the cut from "as" to the end of the office."""
    out = []
    for tok in doc:
        verb, office = tok.head, next((c for c in tok.children if c.dep_ == "pobj"), None)
        while verb.dep_ in ("pobj", "prep") and verb.head is not verb:  # ("spoke in Odesa as ...": "as" on Odesa)
            verb = verb.head
        if tok.lower_ != "as" or tok.dep_ != "prep" or office is None or verb.lemma_.lower() not in _IN_OFFICE \
                or not any(part in ROLE_NOUNS for part in office.lower_.split("-")) \
                or tok.i > 0 and doc[tok.i - 1].lower_ in ("not", "but", "than", "never"):
            continue
        subject = _subject(verb)
        if subject is None or subject.pos_ != "PROPN" or not _contiguous(doc, office):
            continue
        if any(c.dep_ == "neg" for c in verb.children) or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
            continue  # ("did not speak as minister", "will travel to Osk as foreign minister")
        said = _text(doc, office.left_edge.i, office.right_edge.i + 1)
        out.append((f"{_subject_phrase(subject)} {'is' if verb.tag_ in ('VBZ', 'VBP') else 'was'} {said}",
                    (tok.i, office.right_edge.i + 1)))
    return out


def _title_words(tokens: list[Any]) -> bool:
    """True when ``tokens`` may be a title: a role noun, and no verb, comma or clause among them."""
    return bool(tokens) and not any(t.text == "," or t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound")
                                    or t.dep_ not in _TITLE_DEPS for t in tokens) \
        and any(part in ROLE_NOUNS for t in tokens for part in t.lower_.split("-"))


def _name_start(doc: Any, end: int) -> int:
    """Index of the first of the one to three capitalised proper nouns (no acronym, role or body noun) that end before
    token ``end``."""
    start = end
    while start > 0 and end - start < 3 and doc[start - 1].text[:1].isupper() and not doc[start - 1].text.isupper() \
            and doc[start - 1].lower_ not in ROLE_NOUNS | BODY_NOUNS and doc[start - 1].pos_ == "PROPN" \
            and not (start >= 2 and doc[start - 2].lower_ in _TITLE_PREPOSITIONS):  # ("of Ukraine Sybiha")
        start -= 1
    return start


def _title_start(doc: Any, start: int) -> int:
    """Index of the first token of the title run that ends just before token ``start``: nouns, adjectives, proper
    nouns and possessives, a preposition after a role noun ("ambassador to Osk") and one determiner that opens it."""
    k = start
    while k > 0:
        t = doc[k - 1]
        if t.lower_ in _TITLE_PREPOSITIONS and k >= 2 and doc[k - 2].lower_ in ROLE_NOUNS \
                or t.text == "-" and k >= 2 and not doc[k - 2].whitespace_ and not t.whitespace_:  # ("Secretary-General")
            k -= 1
        elif t.pos_ in ("PROPN", "NOUN", "ADJ") or t.tag_ == "POS":
            k -= 1
        else:
            return k - 1 if t.pos_ == "DET" else k
    return k


def _titled_names(doc: Any) -> list[tuple[str, tuple[int, int]]]:
    """Titles the claim gives a person it names past its opening subject: a title before a name ("issued by State
    Department spokesman Pat Ryder", "met Foreign Minister Ana Velm in Osk"), and a title that opens the claim with
    the name after it between commas ("Russia's envoy to Osk, Ida Brask, held talks"): ``(claim, cut)`` pairs as in
    ``_titles`` ("Pat Ryder is State Department spokesman"); the comma after such a name is cut with an empty
    claim."""
    out = []
    for tok in doc:
        end = tok.i + 1
        if tok.pos_ != "PROPN" or end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            continue
        start = _name_start(doc, end)
        first = _title_start(doc, start) if start < end else start
        # (a place's or a body's name is no person's: "the president of South Africa", "ambassador to North Korea",
        # "Chief of General Staff X"; "ambassador to Latvia Mari Sepp" is a country, then the name)
        if start < end and doc[start].lower_ in BODY_NOUNS | {"staff"} \
                or start >= 2 and doc[start - 1].pos_ == "PROPN" and doc[start - 2].lower_ in _TITLE_PREPOSITIONS \
                and place_name(doc[start - 1].text) is None:
            continue
        # (the run is of nouns, adjectives and names already, whatever the parse makes their head: "met Foreign
        # Minister Ana Velm" may be parsed with "Minister" as the object)
        if 0 < first < start and any(part in ROLE_NOUNS for t in doc[first:start] for part in t.lower_.split("-")):
            said = _text(doc, first, start)
            said = said[:1].lower() + said[1:] if doc[first].lower_ in _LOWER_OPENERS else said
            out.append((f"{_text(doc, start, end)} {_copula(doc)} {said}", (first, start)))
        elif start == tok.left_edge.i >= 2 and tok.dep_ == "appos" and tok.head.dep_ in _SUBJECT_DEPS \
                and tok.head.head.dep_ == "ROOT" and tok.head.lemma_.lower() in ROLE_NOUNS and tok.head.left_edge.i == 0 \
                and doc[start - 1].text == "," and end < len(doc) and doc[end].text == "," \
                and _title_words(list(doc[:start - 1])):
            said = _text(doc, 0, start - 1)
            said = said[:1].lower() + said[1:] if doc[0].lower_ in _LOWER_OPENERS else said
            out += [(f"{_text(doc, start, end)} {_copula(doc)} {said}", (0, start)), ("", (end, end + 1))]
    return out


# Words that open a title but not a sentence: lower-cased when the title follows the name.
_LOWER_OPENERS = frozenset({"the", "a", "an", "former", "retired", "then", "acting", "veteran", "ex", "sitting",
                            "serving", "current", "incumbent"})


def _copula(doc: Any) -> str:
    """"was" when the claim's main verb tells the past ("Defence Minister Brask visited Osk": he was the minister
    then, and a writer's "former defence minister Brask" bears it out), else "is"."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    return "was" if root is not None and (root.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in root.children)) else "is"


# Bodies a "member of" sits in, which make the member a role ("a member of the State Duma", "of Kessia's parliament").
_LEGISLATURES = frozenset({"parliament", "duma", "congress", "senate", "assembly", "legislature", "bundestag",
                           "knesset", "rada", "sejm", "diet", "chamber", "house", "council", "cabinet", "government"})


def _described_person(doc: Any, tok: Any) -> bool:
    """True when the appositive ``tok`` describes by a role ("minister", "analyst") a name that is the main clause's
    subject (or joined to it) and stands between commas: "Ilya Brask, a former minister, said"; not "Russia's
    ambassador, Alexander Matsegora" (the name describes the noun), "Osk, the capital", a list, nor an aside that
    ends the claim."""
    head, start, end = tok.head, tok.left_edge.i, tok.right_edge.i + 1
    subject = head
    while subject.dep_ == "conj":
        subject = subject.head
    role = tok.lemma_.lower() in ROLE_NOUNS or tok.lemma_.lower() == "member" and any(
        t.lemma_.lower() in _LEGISLATURES for t in tok.subtree)  # ("a sitting member of Kessia's parliament")
    if not role or any(t.pos_ == "PROPN" and t.dep_ in ("conj", "appos") and t is not tok for t in tok.subtree):
        return False  # ("Osk, the capital of Kessia"; "Brask, the minister and Velm, the governor, met": a list)
    if end + 2 < len(doc) and doc[end + 1].lower_ in ("and", "or") and doc[end + 2].pos_ == "DET":
        return False  # ("Ana Velm, the president, and the prime minister met": three people, maybe)
    return head.pos_ == "PROPN" and subject.dep_ in _SUBJECT_DEPS and subject.head.dep_ == "ROOT" \
        and start > 0 and doc[start - 1].text == "," and end < len(doc) and doc[end].text == "," \
        and start == head.i + 2 and _contiguous(doc, tok)


def _unsplittable(doc: Any, root: Any) -> bool:
    """True for a claim whose parts could not stand alone: more than one sentence, a condition or time clause that
    scopes over all of it ("If A, B and C"; "After A, B, and C"), a closing speaker (", Orlen said"), joins inside
    quoted words."""
    if len(list(doc.sents)) > 1:
        return True
    if any(c.dep_ == "advcl" and c.i < root.i and any(m.dep_ == "mark" and m.lower_ in _SCOPING for m in c.children)
           for c in root.children) or any(t.dep_ == "prep" and t.head.i == root.i and t.i < root.i
                                          and t.lower_ in ("after", "before", "during", "until") for t in doc):
        return True
    if re.search(r"\bnot\s+only\b|;|.,\s+according\s+to\b", doc.text, re.IGNORECASE):
        return True  # "Not only did Kessia ..., but it also"; clauses after a semicolon; a closing "according to"
    if root.lemma_.lower() in _SAYING and any(c.dep_ == "ccomp" and c.i < root.i for c in root.children):
        return True  # "A, the president said, and B": the speaker stands between the clauses
    # a verb of saying after the main verb with nothing said after it: ", officials said on Monday", ", Orlen told a
    # rally" (and so "..., but Orlen denied it" stays whole too)
    # (not a deed told by its means: "..., and Nato responded by announcing sanctions")
    closing = [t for t in doc if t.pos_ == "VERB" and t.lemma_.lower() in _SAYING and t.i > root.i
               and t.dep_ != "pcomp" and t.tag_ != "VBG" and not any(
        c.dep_ in ("ccomp", "xcomp", "parataxis") and c.i > t.i for c in t.children)]
    return bool(closing) or root.lemma_.lower() in _SAYING and root.i > len(doc) * 2 // 3


def _inside_quotes(doc: Any, cuts: list[tuple[int, int]]) -> bool:
    """True when a cut begins inside quoted words."""
    text = doc.text
    for start, _ in cuts:
        before = text[:doc[start].idx]
        if before.count("“") > before.count("”") or before.count('"') % 2 == 1:
            return True
    return False


def _apart(pieces: list[tuple[str, tuple[int, int]]], others: list[tuple[str, tuple[int, int]]]) -> list[
        tuple[str, tuple[int, int]]]:
    """``pieces`` whose cuts overlap none of ``others``' (a title the opening subject's title holds already)."""
    return [(p, (a, b)) for p, (a, b) in pieces if not any(a < d and c < b for _, (c, d) in others)]


def claim_parts(claim: str) -> list[str]:
    """Return the claims a compound claim makes, each a sentence of its own, or ``[]`` for a claim of one part.

    "Kim stressed A, and Regnum claimed B" gives ["Kim stressed A.", "Regnum claimed B."]; "Kim said A but
    stressed B" gives ["Kim said A.", "Kim stressed B."]; "X, described as a general, said A" gives
    ["X said A.", "X is described as a general."]; "... near Zaporizhzhia, which is Europe's largest plant" gives
    the sentence without the aside and "Zaporizhzhia is Europe's largest plant.". Not split: parts of fewer than
    three words, more than four parts, and what ``_unsplittable`` names; a negation, modal or hedge on the first
    verb keeps the verbs joined to it ("did not confirm or deny").
    """
    doc = parse_texts([claim])[0]
    sentences = sentence_parts(claim)
    if sentences:
        return list(dict.fromkeys(part for sentence in sentences for part in (claim_parts(sentence) or [sentence])))
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or _unsplittable(doc, root):
        return []
    pieces = _joined_clauses(doc, root) + _asides(doc, root) + _appositives(doc) + _titles(doc) + _in_office(doc)
    pieces += _apart(_titled_names(doc), pieces)
    if not pieces:
        return []
    cuts = [cut for _, cut in pieces]
    if any(a[0] < b[1] and b[0] < a[1] for n, a in enumerate(cuts) for b in cuts[n + 1:]) or _inside_quotes(doc, cuts):
        return []  # clauses inside one another, or inside quoted words: too tangled to split with confidence
    main = _without(doc, cuts)
    parts = [_sentence(p) for p in [main, *(p for p, _ in pieces if p)]]
    if any(p.count("“") != p.count("”") or p.count('"') % 2 for p in parts):
        return []  # a quotation cut in two
    if len(parts) > _MAX_PARTS or any(len(p.split()) < _MIN_PART_WORDS for p in parts):
        return []
    return parts


# (a later sentence's "it" is left as it is: it as often stands for the object before, "Floodwater reached the dam. It
# is the largest")
_MAX_SENTENCES = 4


def _subject_phrase(subject: Any) -> str:
    """The words of a sentence's subject without its appositive or relative clause ("Former minister Ilya Brask" of
    "Former minister Ilya Brask, a hawk, who ...")."""
    return _text(subject.doc, subject.left_edge.i, _phrase_end(subject) + 1)


def sentence_parts(claim: str) -> list[str]:
    """Return the sentences of a claim of several sentences, each standing alone, or ``[]`` for a claim of one.

    A later sentence that opens with "He" or "She" as its subject gets the name of the sentence before's subject
    in its place when that sentence names no other person ("Ilya Brask signed the pact. He called it historic."
    gives "Ilya Brask signed the pact." and "Ilya Brask called it historic."; not after "Ilya Brask met Ana Velm");
    "They" gets a subject of names joined ("Brask and Velm"). Otherwise the pronoun stays, and the sentence, pointing
    back, cannot refute the claim. Not split: a claim with a question mark, more than four sentences, a sentence of
    fewer than three words, a quotation that runs across sentences.
    """
    doc = parse_texts([claim])[0]
    sentences = [s for s in doc.sents if any(t.is_alpha for t in s)]
    if not 2 <= len(sentences) <= _MAX_SENTENCES or "?" in claim:
        return []  # (a question and its answer is one claim: ``questions``)
    out: list[str] = []
    person, people = "", ""  # the sentence before's one named person; its subject of names joined
    for sent in sentences:
        text = sent.text.strip()
        if text.count("“") != text.count("”") or text.count('"') % 2 or len(text.split()) < _MIN_PART_WORDS:
            return []
        subject = _subject(sent.root)
        pronoun = subject.lower_ if subject is not None and subject.i == sent.start else ""
        stands_for = person if pronoun in ("he", "she") else people if pronoun == "they" else ""
        if stands_for:
            text = stands_for + text[len(subject.text):]
        person, people = _named_subjects(sent, subject)
        out.append(_sentence(text))
    return out


def _named_subjects(sent: Any, subject: Any | None) -> tuple[str, str]:
    """For a sentence, the name of its subject when it is one person's and the sentence names no one else ("Former
    envoy Ana Velm" of "Former envoy Ana Velm signed the accord in Osk"), and its subject when it joins names
    ("Brask and Velm"); "" for each where there is none."""
    if subject is None or subject.pos_ != "PROPN":
        return "", ""
    inside = {t.i for t in subject.subtree}
    # (another run of two or more capitalised words outside the subject, not a place, may be a person)
    runs, run = [], []
    for t in sent:
        if t.pos_ == "PROPN" and t.i not in inside:
            run.append(t.text)
            continue
        if len(run) >= 2:
            runs.append(" ".join(run))
        run = []
    if len(run) >= 2:
        runs.append(" ".join(run))
    others = [r for r in runs if place_name(r) is None]
    phrase = _subject_phrase(subject)
    phrase = phrase[:1].upper() + phrase[1:]
    joined = any(c.dep_ == "conj" for c in subject.children)
    if joined:
        return "", _text(subject.doc, subject.left_edge.i, subject.right_edge.i + 1)
    return ("" if others else phrase), ""


def later_sentence_parts(claim: str) -> frozenset[str]:
    """Return the parts (``claim_parts``) that come from the second and later sentences of a claim of several, tell
    no one's words and point back or have no name for subject: they go on from the first ("... signed a pact on
    Monday. Under it, each side must ...", "The plant is Europe's largest"), so read alone they may name too little
    to be confirmed. ("She said they would carry tanks" and "Ilya Brask also resigned", a named person's words or
    deed, are claims of their own.)"""
    sentences = sentence_parts(claim)
    return frozenset(part for sentence in sentences[1:] for part in (claim_parts(sentence) or [sentence])
                     if not statement_claim(part) and (_points_back(part) or not _names_subject(part)))


def _names_subject(part: str) -> bool:
    """True when the part's subject is a name ("Ilya Brask also resigned"), not a thing or a pronoun."""
    doc = parse_texts([part])[0]
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    subject = _subject(root) if root is not None else None
    return subject is not None and subject.pos_ == "PROPN"


# Words that point back into the sentence a part was cut from ("Voss said they had been spread"): such a part
# read alone may be about something else, so it cannot refute its claim.
_POINTS_BACK = re.compile(r"\b(?:it|its|they|them|their|this|these|those|he|him|his|she|her|some|others?)\b",
                          re.IGNORECASE)
# Two names joined as the part's subject ("Brask and Velm signed their pact"): the "their" of a thing two parties
# share is theirs (not "Osk and Velm condemned their attack").
_PAIR_SUBJECT = re.compile(r"^\s*(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*\s+and\s+(?:[A-Z][\w'’.-]*\s+){0,3}"
                           r"[A-Z][\w'’.-]*\s+[a-z]")
_SHARED_THING = re.compile(r"\btheir\s+(?=(?:[\w-]+\s+){0,2}(?:pact|accord|deal|agreement|treaty|talks|meeting|summit|"
                           r"partnership|alliance|ties|relations)\b)")


def _points_back(part: str) -> bool:
    """True when ``part`` holds a word that points back into the sentence it was cut from (``_POINTS_BACK``);
    "their" after a subject of two names points to them."""
    if _PAIR_SUBJECT.match(part):
        part = _SHARED_THING.sub(" ", part)
    return _POINTS_BACK.search(part) is not None


def identifying_parts(claim: str) -> frozenset[str]:
    """Return the parts of ``claim`` (``claim_parts``) that only describe a person it names, set off by commas
    ("Ilya Brask is a former minister." of "Ilya Brask, a former minister, said ..."): such a part can refute the
    claim, but the claim is not held back when nothing confirms it."""
    sentences = sentence_parts(claim)
    if sentences:
        return frozenset(part for sentence in sentences for part in identifying_parts(sentence))
    doc = parse_texts([claim])[0]
    described = _appositives(doc) + _titles(doc) + _in_office(doc)
    return frozenset(_sentence(p) for p, _ in described + _apart(_titled_names(doc), described) if p)


def _quoted(part: Verdict) -> str:
    return f"“{part.claim.rstrip('.')}”"


def _merged_evidence(parts: list[Verdict], limit: int) -> tuple:
    """The parts' evidence taken in turn (each part's best first), each passage once."""
    out, seen = [], set()
    for rank in range(max(len(p.evidence) for p in parts)):
        for p in parts:
            if rank < len(p.evidence):
                e = p.evidence[rank]
                if (e.article, e.start, e.end) not in seen:
                    seen.add((e.article, e.start, e.end))
                    out.append(e)
    return tuple(out[:limit])


def combine_parts(whole: Verdict, parts: list[Verdict], limit: int, identifying: frozenset[str] = frozenset(),
                  later: frozenset[str] = frozenset()) -> Verdict:
    """Return the verdict on a compound claim from the verdict on it as a whole and on each of its parts.

    A refuted part refutes the claim (unless it points back into the sentence: "they", "it"); the claim is supported
    only when every part is (a part read alone may fail to name what it speaks of, but then what it says is not
    confirmed either); a conflicting part
    leaves an otherwise unsettled claim conflicting; otherwise the whole's verdict stands (a supported whole with an
    unconfirmed part is not established, unless every unconfirmed part is a later sentence's, ``later``, which read
    alone may name too little), with the parts' own verdicts told in the explanation. ``limit`` caps the evidence
    quoted.
    """
    if not parts:
        return whole
    refuted = [p for p in parts if p.verdict == "refuted" and not _points_back(p.claim)]
    if refuted and whole.verdict != "refuted":
        part = max(refuted, key=lambda p: p.confidence)
        return Verdict(claim=whole.claim, verdict="refuted", confidence=part.confidence, evidence=part.evidence,
                       explanation=f"The claim says several things, and one is refuted: {_quoted(part)}. "
                                   + part.explanation)
    # (a description that names the person, "Ilya Brask, a former minister, said", may refute; unconfirmed, it is
    # no part the claim is judged by)
    described = [p for p in parts if p.claim in identifying]
    if described and whole.verdict == "refuted":
        return whole  # ("Ole Vell, Talvoria's defence minister, said": the title the whole is read with is wrong)
    parts = [p for p in parts if p not in described] or parts
    if all(p.verdict == "supported" for p in parts):
        if whole.verdict == "supported":
            return whole
        # (whatever the whole's reading: words of two speakers in one sentence confuse it, "X told Nato ..., but the
        # Kremlin dismissed ..." reads as X's denial)
        return Verdict(claim=whole.claim, verdict="supported", confidence=min(p.confidence for p in parts),
                       evidence=_merged_evidence(parts, limit),
                       explanation="The claim says several things, and each is supported: "
                                   + "; ".join(_quoted(p) for p in parts) + ".")
    conflicting = [p for p in parts if p.verdict == "conflicting"]
    if conflicting and whole.verdict == "not_enough_evidence":
        part = conflicting[0]
        return Verdict(claim=whole.claim, verdict="conflicting", confidence=part.confidence, evidence=part.evidence,
                       explanation=f"The claim says several things; the sources disagree on {_quoted(part)}. "
                                   + part.explanation)
    if whole.verdict == "refuted":
        return whole
    held = [p for p in parts if p.verdict == "supported"]
    if held:
        open_parts = [p for p in parts if p.verdict != "supported"]
        note = (f"The claim says several things: the pile supports {'; '.join(_quoted(p) for p in held)}, but not "
                f"{'; '.join(_quoted(p) for p in open_parts)}. ")
        # (supported as a whole, but a part nothing here confirms: the claim as a whole is not established; a later
        # sentence read alone, "Under it, each side must help", may have lost what it speaks of)
        held_back = whole.verdict == "supported" and not all(p.claim in later for p in open_parts)
        verdict = "not_enough_evidence" if held_back else whole.verdict
        return Verdict(claim=whole.claim, verdict=verdict, confidence=whole.confidence, evidence=whole.evidence,
                       explanation=note + whole.explanation)
    return whole
