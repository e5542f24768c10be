"""A headline's grammar read as a sentence's, so that ``check`` parses what it asserts.

Headlines drop auxiliaries and articles and tell past events in the present: "Brask, Velm sign trade pact on
3 May", "Osk harbour to reopen next week", "Two ferries damaged in storm", "Kessian envoys already in Velm".
The parser reads "sign" there as a noun and finds no verb; ``headline_as_sentence`` restores the verb a reader
hears ("Brask and Velm signed trade pact on 3 May", "Osk harbour will reopen next week", "Two ferries were
damaged in storm", "Kessian envoys are already in Velm") and leaves every claim that has a finite verb as it is.
"""

from __future__ import annotations

import re
from typing import Any

from lemminflect import getAllLemmas, getInflection

from storyscope.verify.actions import parse_texts

# Tags of a finite verb: a claim holding one is a sentence already.
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
# Adverbs a headline puts between its subject and what it says of it ("envoys already in Velm").
_ADVERBS = frozenset({"already", "now", "still", "also", "reportedly", "allegedly", "officially", "finally", "again",
                      "soon", "not", "never", "yet"})
# Words that open a predicate without a verb ("ready to", "about to", "due to", "yet to", "completely flooded").
_PREDICATE_OPENERS = frozenset({"ready", "about", "set", "due", "yet", "poised", "likely", "unlikely", "able",
                                "unable", "willing", "eager", "completely", "totally", "fully", "largely"})
# Nouns whose "to" opens what they are for, not a future ("Plan to rebuild bridge", "Bid to oust Brask"), and words
# that rank the subject ("first woman to lead"): no "will" for such a "to".
_TO_NOUNS = frozenset({"plan", "bid", "deal", "effort", "decision", "move", "push", "call", "pressure", "right",
                       "wrong", "way", "time", "attempt", "offer", "promise", "pledge", "order", "vote", "agreement",
                       "proposal", "chance", "need", "ability", "failure", "refusal", "readiness", "willingness",
                       "drive", "campaign", "race", "fight", "struggle", "permission", "power", "reason",
                       "opportunity", "request", "demand", "invitation", "threat", "vow", "intention", "rush",
                       "scramble", "talk", "law", "bill", "measure", "scheme", "programme", "program", "mission",
                       "initiative", "rule", "licence", "license", "mandate", "motion", "appeal", "urge", "goal",
                       "aim", "deadline", "cost", "money", "fund", "funding", "loan", "aid"})
_RANKS = frozenset({"first", "last", "only", "second", "third", "next", "latest", "youngest", "oldest"})
# Words that put a headline's act ahead ("sign pact tomorrow"): its verb is "will", not the past.
_FUTURE_TIMES = re.compile(r"\b(?:tomorrow|tonight|next|upcoming|later this|this coming|soon)\b", re.IGNORECASE)
# Labels a headline may open with before a comma ("Update, ..."): no name.
_LABELS = frozenset({"update", "updated", "exclusive", "breaking", "sources", "source", "watch", "live", "analysis",
                     "opinion", "report", "revealed", "video", "explainer", "comment"})
# Words that count a plural subject ("Dozens of soldiers", "Thousands of troops").
_PLURAL_OPENERS = frozenset({"dozens", "hundreds", "thousands", "tens", "millions", "scores", "several", "many",
                             "some", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})
# Names joined by commas as a headline joins them, then the word that may be their verb ("Brask, Velm sign ...",
# "Brask, Velm, Kask to meet ...").
_HEADLINE_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
_NAME_PAIR = re.compile(r"^(?P<names>" + _HEADLINE_NAME + r"(?:,\s+" + _HEADLINE_NAME + r")+)\s+(?P<verb>[a-z]+)\b"
                        r"(?:\s+(?P<next>[a-z]+))?")


def _finite(doc: Any) -> bool:
    """True when the parse holds a finite verb that heads a clause: not "sign" read as part of "sign trade pact",
    nor a root with no subject ("harbour" read as the verb of "Osk harbour to reopen"), nor a word that is no verb
    ("envoys" in "Kessian envoys already in Velm")."""
    return any(t.tag_ in _FINITE and t.pos_ in ("VERB", "AUX") and t.dep_ not in ("compound", "amod", "nmod")
               and (t.pos_ == "AUX" or "VERB" in getAllLemmas(t.lower_))  # (not "envoys" read as a verb)
               and (t.dep_ != "ROOT" or any(c.dep_ in _SUBJECTS for c in t.children)) for t in doc)


def _plural(subject: list[Any]) -> bool:
    """True when the words before the predicate name more than one thing ("Brask and Velm", "Two ferries")."""
    words = [t.lower_ for t in subject]
    if words[:1] == ["one"]:
        return False  # ("One of the ferries was damaged")
    return "and" in words or bool(words) and (words[0] in _PLURAL_OPENERS or words[0][:1].isdigit()) \
        or subject[-1].tag_ in ("NNS", "NNPS") or _plural_noun(subject[-1].lower_)


def _plural_noun(word: str) -> bool:
    """True when ``word`` is a noun's plural ("envoys", which the parser may read as a verb)."""
    lemmas = getAllLemmas(word).get("NOUN")
    return bool(lemmas) and lemmas[0] != word and word.endswith("s")


def _noun(tok: Any) -> bool:
    """True when ``tok`` is or can be a noun ("harbour", which the parser may read as a verb)."""
    return tok.tag_ in ("NN", "NNS", "NNP", "NNPS") or tok.pos_ != "ADJ" and "NOUN" in getAllLemmas(tok.lower_)


def _subject_like(subject: list[Any]) -> bool:
    """True when the words before a would-be verb can be a headline's subject: they end in a noun or a name (not
    "sacred" in "'sacred fight' remarks") and hold no word that can only be a verb."""
    if not subject:
        return False
    last = next((t for t in reversed(subject) if not t.is_punct), None)
    return last is not None and (_noun(last) or last.text[:1].isupper() and last.pos_ != "ADJ") \
        and not any(t.pos_ in ("VERB", "AUX") and t.text.islower() and not _noun(t) for t in subject)


def _hidden_verb(doc: Any) -> bool:
    """True when a word the parser took for a plural noun is a verb in the third person with its object after it
    ("Pact obliges each side to ...", "The unit bound for Osk numbers more than 900"): a sentence misread, not a
    headline."""
    for tok, nxt in zip(doc[1:], doc[2:]):
        lemmas = getAllLemmas(tok.lower_).get("VERB") if tok.text.islower() and tok.tag_ == "NNS" else None
        if lemmas and tok.lower_ in getInflection(lemmas[0], tag="VBZ") \
                and (nxt.pos_ in ("DET", "NUM", "PRON", "NOUN", "PROPN", "ADJ")
                     or nxt.tag_ == "VBG" and nxt.i + 1 < len(doc) and doc[nxt.i + 1].tag_ in ("NN", "NNS")
                     # ("fires warning shots"; not "troops joining Russia's war")
                     or nxt.lower_ in ("more", "less", "fewer", "up", "about")):
            return True
        base = getAllLemmas(tok.lower_).get("VERB")  # "Troops stationed in Osk number 900", "Ferries ... last longer"
        if _after_noun(tok) and base and base[0] == tok.lower_ and (nxt.pos_ == "NUM" or nxt.tag_ in ("JJR", "RBR")):
            return True
    return False


def _after_noun(tok: Any) -> bool:
    """True when the word before ``tok`` is a noun or a name."""
    return tok.i > 0 and _noun(tok.doc[tok.i - 1])


def _past(word: str) -> str | None:
    """The past tense of a verb's base form ("sign" -> "signed", "send" -> "sent"), or None when it is none."""
    lemmas = getAllLemmas(word).get("VERB")
    if not lemmas or lemmas[0] != word.lower():
        return None
    past = getInflection(lemmas[0], tag="VBD")
    return past[0] if past else None


def _object_next(doc: Any, i: int) -> bool:
    """True when the word after ``doc[i]`` can open what a verb there acts on ("sign | trade pact", "meet | in Osk"),
    not a quotation or an adverb ("site | 'completely out of control'")."""
    return i + 1 < len(doc) and doc[i + 1].pos_ in ("DET", "NOUN", "PROPN", "NUM", "ADJ", "PRON", "ADP")


# Quoted words in a headline ("Osk harbour 'to reopen'", 'Velm "ready to resign"'): kept as written.
_QUOTED = re.compile(r"(?:(?<=\s)|^)[“\"‘'][^“”\"‘’']+[”\"’'](?=\W|$)")


def _quoted(doc: Any, i: int) -> bool:
    """True when ``doc[i]`` stands inside quotation marks."""
    at = doc[i].idx
    return any(m.start() < at < m.end() for m in _QUOTED.finditer(doc.text))


def _names_only(subject: list[Any]) -> bool:
    """True when the subject is names alone ("Brask and Velm", "Kessia"): a present verb after it is the past."""
    return all(t.text[:1].isupper() or t.lower_ in ("and", ",", "'s", "’s") for t in subject)


def _rewrite(doc: Any) -> str | None:
    """The sentence a headline may stand for, its first word after its subject read as the verb; None when there
    is none."""
    future = bool(_FUTURE_TIMES.search(doc.text))
    for i, tok in enumerate(doc):
        if i == 0 or not tok.text.islower() or not tok.is_alpha or not _subject_like(list(doc[:i])):
            continue
        if doc[i - 1].text == ",":
            return None  # a description set off by commas ("The pact, signed in June, obliges ...")
        after_to = i + 1 < len(doc) and doc[i + 1].tag_ == "VB"
        opener = tok.lower_ in _PREDICATE_OPENERS
        if tok.pos_ in ("CCONJ", "DET", "PART") and tok.lower_ != "to" or tok.lower_ == "of" \
                or tok.pos_ == "ADP" and not (tok.lower_ == "to" and after_to):
            if not opener:
                continue  # still the subject ("Brask and Velm", "Dozens of troops", "the envoy to Velm")
        if tok.dep_ in ("amod", "compound", "nmod", "nummod") and tok.head.i > i and tok.tag_ not in ("VBG", "VBN") \
                and _past(tok.text) is None and tok.lower_ not in _PREDICATE_OPENERS:
            continue  # a word of the subject ("nuclear" in "UN nuclear chief to visit")
        opens_quote = doc[i - 1].is_quote and doc[i - 1].is_left_punct or doc[i - 1].text in ("'", "‘")
        if _quoted(doc, i) and not opens_quote:
            return None  # (an auxiliary may go before the quotation: 'quay "completely flooded"')
        j = i
        while j < len(doc) and doc[j].lower_ in _ADVERBS and doc[j].lower_ not in _PREDICATE_OPENERS:
            j += 1
        if j == len(doc):
            return None
        head = doc[j]
        subject = list(doc[:i])
        # (an auxiliary goes before an opening quotation mark: 'site "completely out of control"')
        k = i - 1 if opens_quote else i
        before, after = doc[:k].text_with_ws, doc[k:].text
        be = ("are", "were") if _plural(subject) else ("is", "was")
        if opener or head.lower_ in _PREDICATE_OPENERS:
            return f"{before}{be[0]} {after}"  # "Osk ready to", "Pact yet to be signed", "Velm due to speak"
        if head.tag_ == "VBN" or head.tag_ == "VBD" and head.lower_.endswith("ed"):
            return f"{before}{be[1]} {after}"  # "Two ferries damaged in storm"
        if head.tag_ == "VBG":
            if j + 1 < len(doc) and doc[j + 1].lower_ == "to":
                return None  # a noun: "Osk port reopening to take months"
            return f"{before}{be[0]} {after}"  # "Osk supplying fuel"
        if head.lower_ == "to" and j + 1 < len(doc) and doc[j + 1].tag_ == "VB":
            if _quoted(doc, j):
                return None  # the quoted words kept: 'Osk harbour "to reopen"'
            ranked = any(t.lower_ in _RANKS or t.tag_ == "JJS" for t in subject)
            if ranked or getAllLemmas(doc[j - 1].lower_).get("NOUN", ("",))[0] in _TO_NOUNS:
                return None  # "Plan to rebuild bridge", "Brask first woman to lead Norland"
            if j > i:
                return f"{before}{be[0]} {after}"  # "Pact still to be signed", "Osk harbour never to reopen"
            return f"{doc[:j].text_with_ws}will {doc[j + 1:].text}"  # "Osk harbour to reopen"
        # (a present verb is read as the past only after names joined: "Brask, Velm sign pact", not "Norland police
        # arrest ...", where "police" may be the subject's noun)
        if j == i and head.tag_ in ("NN", "VB", "VBP") and _past(head.text) and _object_next(doc, i) \
                and _names_only(subject) and any(t.lower_ == "and" for t in subject) and not _verb_later(doc, i):
            if _quoted(doc, j):
                return None
            verb = f"will {getAllLemmas(head.lower_)['VERB'][0]}" if future else _past(head.text)
            return f"{before}{verb} {doc[i + 1:].text}"  # "Brask, Velm sign trade pact"
        if j == i and _noun(head):
            continue  # a noun of the subject ("site" in 'Osk site "out of control"', "harbour" in "Osk harbour to")
        if j > i and head.pos_ == "ADP":
            return f"{before}{be[0]} {after}"  # "Kessian envoys already in Velm"
        return None
    return None


def _verb_later(doc: Any, i: int) -> bool:
    """True when a word after ``doc[i]`` can be a verb in the third person ("Brask, Velm row deepens"): then
    ``doc[i]`` is a noun of the subject."""
    for tok in doc[i + 1:]:
        lemmas = getAllLemmas(tok.lower_).get("VERB")
        if tok.text.islower() and lemmas and tok.lower_ != lemmas[0] and tok.lower_ in getInflection(lemmas[0], "VBZ"):
            return True
    return False


def headline_as_sentence(claim: str) -> str:
    """Return a headline's claim with the verb a sentence would have ("Brask, Velm sign pact on 3 May" -> "Brask
    and Velm signed pact on 3 May"; "Osk harbour to reopen" -> "Osk harbour will reopen"; "Two ferries damaged" ->
    "Two ferries were damaged"; "Envoys already in Velm" -> "Envoys are already in Velm"); a question, a claim the
    parser finds a finite verb in, or one no reading turns into a sentence whose subject is its opening words,
    unchanged. After a speaker's colon ("Port chief: quay to reopen") the words said are read so."""
    speaker, colon, said = claim.partition(": ")
    if colon and speaker.strip() and not _finite(parse_texts([speaker])[0]):
        return f"{speaker}: {_as_sentence(said)}"
    return _as_sentence(claim)


# Verbs of saying: their present is the report's ("Velm says the ferry sails next week"), not a future act.
_SAYING = frozenset({"say", "tell", "warn", "claim", "report", "announce", "insist", "add", "note", "state", "predict",
                     "expect", "believe", "think", "argue", "suggest", "write", "tweet"})


# A time ahead told by itself, and verbs of states or wishes whose present holds now ("Kessia fears an offensive next
# month", "Velm holds the seat next year").
_AHEAD = re.compile(r"(?:next|this\s+coming)\s+(?:week|month|year|spring|summer|autumn|fall|winter|weekend|monday|"
                    r"tuesday|wednesday|thursday|friday|saturday|sunday)|tomorrow|tonight")
_STATES = frozenset({"fear", "need", "want", "hope", "expect", "plan", "remain", "hold", "lead", "sit", "lie", "face",
                     "own", "know", "believe", "prepare", "call", "seek", "aim", "intend", "wish", "stay", "keep",
                     "have", "be", "like", "love", "hate", "prefer", "require", "deserve"})


def _present_as_future(doc: Any) -> str | None:
    """The claim with its main verb in the present put in the future when a time ahead modifies it ("A unit heads to
    Osk next month" -> "A unit will head to Osk next month"), else None; not a verb of saying with its clause
    ("Velm says the ferry sails next week")."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.tag_ not in ("VBZ", "VBP") or root.pos_ != "VERB" or root.lemma_.lower() in _SAYING \
            or any(c.dep_ in ("aux", "auxpass", "neg", "ccomp") for c in root.children) \
            or not any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children):
        return None
    # a time told by itself after the verb ("next month", "tomorrow", "next Monday"), not a phrase that holds one
    # ("ahead of next week's summit", "until next year", "next to the ministry", "soon after dawn")
    ahead = any(c.dep_ in ("npadvmod", "tmod", "advmod") and c.i > root.i
                and _AHEAD.fullmatch(" ".join(t.lower_ for t in c.subtree)) for c in root.children)
    base = (getAllLemmas(root.lower_).get("VERB") or (None,))[0]
    if not ahead or base is None or base in _STATES:
        return None
    return "".join(t.text_with_ws if t.i != root.i else f"will {base}{t.whitespace_}" for t in doc)


def _as_sentence(claim: str) -> str:
    if "?" in claim or not claim.strip():
        return claim
    parsed = parse_texts([claim])[0]
    if _finite(parsed):
        return _present_as_future(parsed) or claim
    if _hidden_verb(parsed):
        return claim
    pair = _NAME_PAIR.match(claim)
    text = claim
    if pair:
        names = re.split(r",\s+", pair.group("names"))
        verb = pair.group("verb") if pair.group("verb") != "to" else pair.group("next") or ""
        if not {n.lower() for n in names} & _LABELS and (getAllLemmas(verb).get("VERB") or ("",))[0] == verb:
            text = f"{', '.join(names[:-1])} and {names[-1]} {claim[pair.start('verb'):]}"
    doc = parse_texts([text])[0]
    if text != claim and _finite(doc):
        return text
    sentence = _rewrite(doc)
    if sentence is None:
        return claim
    parsed = parse_texts([sentence])[0]
    root = next((t for t in parsed if t.dep_ == "ROOT"), None)
    # (the whole of the words before the verb is its subject: not "Pact obliges each side will give")
    if root is not None and _finite(parsed) \
            and any(t.dep_ in ("nsubj", "nsubjpass") and t.left_edge.i == 0 for t in root.children):
        return sentence
    return claim
