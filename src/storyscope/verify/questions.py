"""A user's yes/no question read as the claim it asks about.

``storyscope check "Did Brask meet Velm in Osk?"`` judges "Brask met Velm in Osk."; "Is it true that P?", "Can
someone confirm P?", "Quick question: P?" and "So P or not?" judge P; "Who signed the pact — was it Brask?" judges
"Brask signed the pact.". A question of another kind ("How many troops ...?", "When ...?") is left as it is: it
claims nothing. Pure string functions over the tags of one spaCy parse, no store.
"""

from __future__ import annotations

import re

from lemminflect import getAllLemmas, getInflection

# What opens a question without being part of it.
_ASKING = re.compile(r"^\s*(?:(?:quick|genuine|serious|honest|simple|real)\s+question|question|q|fact[ -]?check(?:\s+"
                     r"request)?|so|wait|ok(?:ay)?|hey|just\s+(?:to\s+)?(?:check|confirm)(?:ing)?)\s*[:,.!-]*\s+",
                     re.IGNORECASE)
# Frames whose question is their clause: "Is it true that P?", "Can someone confirm whether P?".
_ASKED_FRAME = re.compile(r"^\s*(?:(?:is|was)(?:n['’]t)?\s+it\s+(?:really\s+)?(?:true|correct|right|the\s+case|a\s+fact)|"
                          r"(?:can|could)\s+(?:some|any)(?:one|body)\s+(?:please\s+)?(?:confirm|verify|check)|"
                          r"(?:do|does)\s+(?:any|some)(?:one|body)\s+know|is\s+there\s+(?:any\s+)?(?:proof|evidence))"
                          r"(?:\s+(?:that|whether|if))?\s+(?P<clause>\S.*?)\s*\?*\s*$", re.IGNORECASE)
# "Who signed the pact — was it Brask?"
_WHO_WAS_IT = re.compile(r"^\s*who\s+(?P<did>[^—–?]+?)\s*(?:[—–]|-{1,2}|\?)\s*(?:was|is)\s+it\s+(?P<who>[^?,]+?)"
                         r"\s*\?*\s*$", re.IGNORECASE)
# The auxiliaries a yes/no question opens with; a negated one asks the same ("Didn't Brask sign?").
_AUXILIARY = re.compile(r"^\s*(?P<aux>is|are|was|were|did|does|do|has|have|had|will|would|can|could|should|shall|may|"
                        r"might|must)(?P<neg>n['’]t)?\s+(?P<rest>\S.*?)\s*\?+\s*$", re.IGNORECASE)
_OR_NOT = re.compile(r",?\s+or\s+not\s*(?=\?*\s*$)", re.IGNORECASE)
_DO_FORMS = {"did": "VBD", "does": "VBZ", "do": "VBP"}
# The forms of the verb each auxiliary takes ("was signed", "is signing", "has signed", "would sign").
_AUXILIARY_VERBS = {**dict.fromkeys(("is", "are", "was", "were"), ("VBN", "VBG")),
                    **dict.fromkeys(("has", "have", "had"), ("VBN",)),
                    **dict.fromkeys(("will", "would", "can", "could", "should", "shall", "may", "might", "must"),
                                    ("VB",))}
# "Was it Brask who signed?": the cleft.
_CLEFT = re.compile(r"^\s*(?P<aux>was|is)\s+it\s+(?P<rest>.+?\s+(?:who|that|which)\s+.+?)\s*\?+\s*$", re.IGNORECASE)
_SUBJECT_TAGS = frozenset({"DT", "PRP$", "PRP", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "HYPH",
                           "PDT"})
# Words that open a two-word name ("North Korea", "New Zealand").
_NAME_OPENERS = frozenset({"North", "South", "East", "West", "New", "Saudi", "United", "Sri", "Costa", "El", "Hong"})
_DETERMINERS = frozenset({"the", "a", "an", "some", "any", "all", "many", "most", "his", "her", "its", "their", "this",
                          "these", "those", "both", "each", "every", "our", "my", "your"})


def _capitalised(tok) -> bool:
    return tok.text[:1].isupper()


def _subject_end(tokens: list, complement: bool = True) -> int:
    """The index in ``tokens`` (the words after the auxiliary) where the subject ends: a noun phrase of determiners,
    adjectives, nouns and names; a second determiner, or a second name run after one ("Is Brask Kessia's minister"),
    opens the complement."""
    end, seen_noun = 0, False
    for i, tok in enumerate(tokens):
        low = tok.text.lower()
        if not complement and seen_noun and not _capitalised(tok) and tok.tag_ not in ("NN", "NNS") \
                and _can_be(tok, ("VB", "VBP")):
            break  # (the verb of a "did" question the parser of a fragment took for an adjective: "Sybiha urge")
        if tok.tag_ not in _SUBJECT_TAGS and not (_capitalised(tok) and tok.text.isalpha()):
            break  # (a name the parser of a fragment took for a verb: "Brask a minister")
        if low in _DETERMINERS and (seen_noun and tokens[i - 1].tag_ != "POS"):
            break
        if complement and seen_noun and _capitalised(tok) and not _capitalised(tokens[i - 1]) \
                and tokens[i - 1].tag_ != "POS":
            break  # ("Is the minister | Brask": after a lower-case noun, a name opens the complement)
        if complement and seen_noun and _capitalised(tok) and i + 1 < len(tokens) and tokens[i + 1].text in ("'s", "’s") \
                and i >= 2 and _capitalised(tokens[i - 1]) and _capitalised(tokens[i - 2]) \
                and tokens[i - 1].text not in _NAME_OPENERS:
            break  # ("Andrii Sybiha | Ukraine's defence minister"; not "North Korea's help", "Kim Jong Un North Korea's")
        if tok.tag_ in ("NN", "NNS", "NNP", "NNPS", "PRP", "CD") or _capitalised(tok) and tok.text.isalpha():
            seen_noun = True
        end = i + 1
    return end if seen_noun else 0


def _verb_at(tokens: list, tags: tuple[str, ...]) -> int | None:
    """The index of the first word after the subject that is the question's verb in one of the forms ``tags``
    ("Did Kyiv *break* off ties": "VB"; "Was the pact *signed*": "VBN"), the parser's verbs first, then any word
    that can be one ("Does North Korea *supply* shells", which a parser may tag a noun); or None."""
    # (not a participle before a noun, which describes it: "in occupied parts")
    candidates = [i for i, tok in enumerate(tokens) if i and tok.text.isalpha() and not _capitalised(tok)
                  and tokens[i - 1].text.lower() not in _DETERMINERS
                  and not ("VB" not in tags and i + 1 < len(tokens) and tokens[i + 1].tag_ in ("NN", "NNS", "JJ"))]
    return next((i for i in candidates if tokens[i].tag_ in tags), None) \
        or next((i for i in candidates if tokens[i].tag_ not in ("NN", "NNS") and _can_be(tokens[i], tags)), None) \
        or next((i for i in candidates if _can_be(tokens[i], tags)), None)


def _can_be(tok, tags: tuple[str, ...]) -> bool:
    """True when the word ``tok`` can be a verb in one of the forms ``tags``, whatever the parser tagged it."""
    low = tok.text.lower()
    lemmas = getAllLemmas(low, upos="VERB").get("VERB", ())
    if "VB" in tags and low in lemmas:
        return True
    return any(low in getInflection(lemma, tag=tag) for lemma in lemmas for tag in tags if tag != "VB")


def _after_adverbs(tokens: list, at: int) -> int:
    while at < len(tokens) and tokens[at].tag_ == "RB":
        at += 1
    return at


def _inflected(word: str, tag: str) -> str:
    forms = getInflection(word.lower(), tag=tag)
    return forms[0] if forms else word


def _declarative(aux: str, rest: str) -> str | None:
    """"Did" + "Kyiv break off ties with Osk" -> "Kyiv broke off ties with Osk"; "Is" + "Brask a minister" -> "Brask
    is a minister"; None when no subject can be told."""
    from storyscope.verify.actions import parse_texts

    doc = parse_texts([rest])[0]
    tokens = list(doc)
    low = aux.lower()
    end = _subject_end(tokens, complement=low not in _DO_FORMS)
    if low in _DO_FORMS:
        # the verb right after the subject (and its adverbs), or else the first word that can be the verb
        at = _after_adverbs(tokens, end) if end else None
        if at is None or at >= len(tokens) or _capitalised(tokens[at]) or not _can_be(tokens[at], ("VB", "VBP")):
            at = _verb_at(tokens, ("VB", "VBP"))
        if at is None:
            return None
        verb = tokens[at]
        # the verbs joined to the first one take its tense too ("meet Velm and sign a pact")
        joined = {verb.i} | {t.i for t in doc if t.dep_ == "conj" and t.head.i == verb.i and t.tag_ == "VB"}
        words = [(_inflected(t.text, _DO_FORMS[low]) if t.i in joined else t.text) + t.whitespace_ for t in tokens]
        return "".join(words).strip()
    # the auxiliary goes before its verb ("Would the Koreans heading there *be* ...", "Was Brask's speech about
    # the port *made* in Osk"), or, with no verb of its own, after the subject ("Is Brask a minister")
    forms = _AUXILIARY_VERBS.get(low, ())
    at = _after_adverbs(tokens, end) if end else None
    if at is not None and at < len(tokens) and not _capitalised(tokens[at]) and _can_be(tokens[at], forms):
        return f"{doc[:end].text} {low} {doc[end:].text}"  # ("Russia | is | really firing")
    copula = low in ("is", "are", "was", "were")
    if copula and end and at is not None and at < len(tokens) and tokens[at].tag_ == "IN":
        # ("Is the port | of Tallinn closed": a preposition's phrase before the participle is the subject's)
        verb = _verb_at(tokens[at:], forms)
        if verb is not None:
            at += verb
            return f"{doc[:at].text} {low} {doc[at:].text}"
    if not copula or not end:
        at = _verb_at(tokens, forms)
        if at is None or at == 0:
            return None
        while at > 1 and tokens[at - 1].tag_ == "RB":
            at -= 1
        return f"{doc[:at].text} {low} {doc[at:].text}"
    if end >= len(tokens):
        return None
    return f"{doc[:end].text} {low} {doc[end:].text}"


def asked_as_statement(claim: str) -> str:
    """Return the claim a yes/no question asks about, as a sentence: "Did Kyiv break off ties with Osk?" -> "Kyiv
    broke off ties with Osk."; "Is it true that P?" -> "P."; "Who signed the pact — was it Brask?" -> "Brask signed
    the pact."; any other text (a statement, a wh- question) unchanged."""
    if "?" not in claim:
        return claim
    text = _OR_NOT.sub("", _ASKING.sub("", claim, count=1))
    m = _WHO_WAS_IT.match(text)
    if m:
        return _sentence(f"{m.group('who')} {m.group('did')}")
    m = _ASKED_FRAME.match(text)
    if m:
        inner = m.group("clause")
        return _sentence(asked_as_statement(inner + "?") if _AUXILIARY.match(inner + "?") else inner)
    m = _CLEFT.match(text)
    if m:
        return _sentence(f"It {m.group('aux').lower()} {m.group('rest')}")
    m = _AUXILIARY.match(text)
    if m is None:
        return claim
    said = _declarative(m.group("aux"), m.group("rest"))
    return claim if said is None else _sentence(said)


def _sentence(text: str) -> str:
    text = text.strip().rstrip("?").rstrip()
    return text[:1].upper() + text[1:] + ("" if text.endswith((".", "!")) else ".")
