"""A user's yes/no question read as the claim it asks about.

``storyscope check "Did Brask meet Velm in Osk?"`` judges "Brask met Velm in Osk."; "Is it true that P?", "Can
someone confirm P?", "Quick question: P?" and "So P or not?" judge P; "Who signed the pact — was it Brask?" judges
"Brask signed the pact.". A negative question asks about the positive ("Didn't Brask sign?", "Did Brask not sign?":
"Brask signed."). A question of another kind ("How many troops ...?", "When ...?", "Did A sign and did B?") is left
as it is: it claims nothing, or more than one thing. Pure string functions over the tags of one spaCy parse, no store.
"""

from __future__ import annotations

import re

from lemminflect import getAllLemmas, getInflection

from storyscope.verify.roles import ROLE_NOUNS

# Longer than this, a text is no question a user typed: left as it is.
MAX_QUESTION_CHARS = 600

# What opens a question without being part of it.
_ASKING = re.compile(r"^(?:(?:quick|genuine|serious|honest|simple|real)\s+question|question|q|fact[ -]?check(?:\s+"
                     r"request)?|so|wait|ok(?:ay)?|hey|just\s+(?:to\s+)?(?:check|confirm)(?:ing)?)\s*[:,.!-]*\s+",
                     re.IGNORECASE)
# Frames whose question is their clause: "Is it true that P?", "Can someone confirm whether P?". "Is there proof"
# needs its "that" ("Is there proof of the attack?" asks for evidence, no claim).
_ASKED_FRAME = re.compile(r"^(?:(?:(?:is|was)(?:n['’]t)?\s+it\s+(?:really\s+)?(?:true|correct|right|the\s+case|a\s+fact)|"
                          r"(?:can|could)\s+(?:some|any)(?:one|body)\s+(?:please\s+)?(?:confirm|verify|check)|"
                          r"(?:do|does)\s+(?:any|some)(?:one|body)\s+know)(?:\s+(?:that|whether|if))?|"
                          r"is\s+there\s+(?:any\s+)?(?:proof|evidence)\s+that)\s+(?P<clause>\S.*)$", re.IGNORECASE)
# A frame's clause that is no claim: a wh- question, an infinitive, an alternative ("Is it correct to say ...",
# "Is it true or false that ...", "Is it right for NATO to ...").
_NO_CLAUSE = re.compile(r"^(?:who|whom|whose|what|which|when|where|why|how|to|for|or|of)\b", re.IGNORECASE)
# "Who signed the pact — was it Brask?" (not "Who did Brask meet — was it Velm?", whose "who" is the object)
_WHO_WAS_IT = re.compile(r"^who\s+(?!(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could)\b)"
                         r"(?P<did>[^—–?]+)(?:[—–]|-{1,2}|\?)\s*(?:was|is)\s+it\s+(?:really\s+|actually\s+)?"
                         r"(?P<who>(?!not\b)[^?,]+)$", re.IGNORECASE)
# The auxiliaries a yes/no question opens with; a negated one asks the same ("Didn't Brask sign?").
_AUXILIARY = re.compile(r"^(?P<aux>is|are|was|were|did|does|do|has|have|had|will|would|can|could|should|shall|may|"
                        r"might|must)(?P<neg>n['’]t)?\s+(?P<rest>\S.*)$", re.IGNORECASE)
# A second question joined to the first ("Did A resign or was he fired?"): two claims, or a choice.
_SECOND_QUESTION = re.compile(r"\b(?:and|or|but)\s+(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could)"
                              r"(?:n['’]t)?\s+(?:he|she|it|they|the|a|an|[A-Z])", re.IGNORECASE)
_OR_NOT = re.compile(r",?\s+or\s+not$", re.IGNORECASE)
_DO_FORMS = {"did": "VBD", "does": "VBZ", "do": "VBP"}
# The forms of the verb each auxiliary takes ("was signed", "is signing", "has signed", "would sign").
_AUXILIARY_VERBS = {**dict.fromkeys(("is", "are", "was", "were"), ("VBN", "VBG")),
                    **dict.fromkeys(("has", "have", "had"), ("VBN",)),
                    **dict.fromkeys(("will", "would", "can", "could", "should", "shall", "may", "might", "must"),
                                    ("VB",))}
# "Was it Brask who signed?": the cleft.
_CLEFT = re.compile(r"^(?P<aux>was|is)\s+it\s+(?P<rest>\S.*\s(?:who|that|which)\s.*)$", re.IGNORECASE)
_SUBJECT_TAGS = frozenset({"DT", "PRP$", "PRP", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "HYPH",
                           "PDT"})
# Tags of words that cannot be the question's verb, whatever lemmas they share with one ("over", "back").
_NOT_VERB_TAGS = frozenset({"IN", "RP", "RB", "DT", "CD", "PRP", "PRP$", "CC", "TO", "POS", "WDT", "WP", "WRB"})
_NEGATIONS = frozenset({"not", "never", "n't"})
# Words that open a two-word name ("North Korea", "New Zealand").
_NAME_OPENERS = frozenset({"North", "South", "East", "West", "New", "Saudi", "United", "Sri", "Costa", "El", "Hong"})
_DETERMINERS = frozenset({"the", "a", "an", "some", "any", "all", "many", "most", "his", "her", "its", "their", "this",
                          "these", "those", "both", "each", "every", "our", "my", "your"})
# An appositive's span after the subject ("Is Brask, the minister, in Osk?"), in words.
_APPOSITIVE_WORDS = 8


def _capitalised(tok) -> bool:
    return tok.text[:1].isupper()


def _role_noun(tok) -> bool:
    return not _capitalised(tok) and tok.text.lower() in ROLE_NOUNS


def _subject_end(tokens: list, complement: bool = True) -> int:
    """The index in ``tokens`` (the words after the auxiliary) where the subject ends: a noun phrase of determiners,
    adjectives, nouns and names, with a title before a name ("NATO chief Mark Rutte") and an appositive between
    commas. With a ``complement`` (a question of "is"), a second determiner, a role noun after a name ("Is Grossi
    head of the IAEA"), a name after another noun ("Is the minister Brask") or a second name run before a possessive
    ("Is Andrii Sybiha Ukraine's minister") opens the complement."""
    end, seen_noun = 0, False
    for i, tok in enumerate(tokens):
        low = tok.text.lower()
        if not complement and seen_noun and not _capitalised(tok) and tok.tag_ not in ("NN", "NNS") \
                and tok.tag_ not in _NOT_VERB_TAGS and _can_be(tok, ("VB", "VBP")):
            break  # (the verb of a "did" question the parser of a fragment took for an adjective: "Sybiha urge")
        if tok.tag_ not in _SUBJECT_TAGS and not (_capitalised(tok) and tok.text.isalpha()):
            break  # (a name the parser of a fragment took for a verb: "Brask a minister")
        if low in _DETERMINERS and (seen_noun and tokens[i - 1].tag_ != "POS"):
            break
        if complement and seen_noun and tok.tag_ in ("JJ", "JJR", "JJS") and not _capitalised(tok) \
                and not (i + 1 < len(tokens) and tokens[i + 1].tag_ in ("NN", "NNS", "NNP", "NNPS", "JJ")):
            break  # ("Is North Korea | ready to send troops": an adjective after the noun opens the complement)
        if complement and seen_noun and _role_noun(tok) and _capitalised(tokens[i - 1]) \
                and not (i + 1 < len(tokens) and _capitalised(tokens[i + 1])):
            break  # ("Is Rafael Grossi | head of the IAEA"; not "NATO chief Mark Rutte")
        if complement and seen_noun and _capitalised(tok) and not _capitalised(tokens[i - 1]) \
                and tokens[i - 1].tag_ != "POS" and not _role_noun(tokens[i - 1]):
            break  # ("Is the minister | Brask": after a lower-case noun, a name opens the complement)
        if complement and seen_noun and _capitalised(tok) and i + 1 < len(tokens) and tokens[i + 1].text in ("'s", "’s") \
                and i >= 2 and _capitalised(tokens[i - 1]) and _capitalised(tokens[i - 2]) \
                and tokens[i - 1].text not in _NAME_OPENERS:
            break  # ("Andrii Sybiha | Ukraine's defence minister"; not "North Korea's help", "Kim Jong Un North Korea's")
        if tok.tag_ in ("NN", "NNS", "NNP", "NNPS", "PRP", "CD") or _capitalised(tok) and tok.text.isalpha():
            seen_noun = True
        end = i + 1
    if seen_noun and end < len(tokens) and tokens[end].text == ",":
        # an appositive between commas belongs to the subject ("Brask, the minister, | is in Osk")
        close = next((k for k in range(end + 1, min(len(tokens), end + _APPOSITIVE_WORDS + 1))
                      if tokens[k].text == ","), None)
        return close + 1 if close is not None and close + 1 < len(tokens) else 0
    return end if seen_noun else 0


def _verb_at(tokens: list, tags: tuple[str, ...]) -> int | None:
    """The index of the first word after the subject that is the question's verb in one of the forms ``tags``
    ("Did Kyiv *break* off ties": "VB"; "Was the pact *signed*": "VBN"), the parser's verbs first, then any word
    that can be one ("Does North Korea *supply* shells", which a parser may tag a noun); or None."""
    # (not a participle before a noun, which describes it: "in occupied parts")
    candidates = [i for i, tok in enumerate(tokens) if i and tok.text.isalpha() and not _capitalised(tok)
                  and tok.tag_ not in _NOT_VERB_TAGS and tokens[i - 1].text.lower() not in _DETERMINERS
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


def _joined(tokens: list, verb_at: int | None = None, tag: str = "", conjoined: frozenset = frozenset()) -> str:
    """The words of ``tokens`` as written, but for a negation (a negative question asks the positive) and the verbs
    at ``verb_at`` and in ``conjoined`` inflected to ``tag``."""
    out = []
    for i, t in enumerate(tokens):
        if t.text.lower() in _NEGATIONS and (verb_at is None or i < verb_at):
            continue
        text = _inflected(t.text, tag) if tag and (i == verb_at or t.i in conjoined) else t.text
        out.append(text + t.whitespace_)
    return re.sub(r"\s{2,}", " ", "".join(out)).strip()


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
        if at is None or at >= len(tokens) or _capitalised(tokens[at]) or tokens[at].tag_ in _NOT_VERB_TAGS \
                or not _can_be(tokens[at], ("VB", "VBP")):
            at = _verb_at(tokens, ("VB", "VBP"))
        if at is None:
            return None
        verb = tokens[at]
        # the verbs joined to the first one take its tense too ("meet Velm and sign a pact")
        joined = frozenset(t.i for t in doc if t.dep_ == "conj" and t.head.i == verb.i and t.tag_ == "VB")
        return _joined(tokens, at, _DO_FORMS[low], joined)
    # the auxiliary goes before its verb ("Would the Koreans heading there *be* ...", "Was Brask's speech about
    # the port *made* in Osk"), or, with no verb of its own, after the subject ("Is Brask a minister")
    forms = _AUXILIARY_VERBS.get(low, ())
    at = _after_adverbs(tokens, end) if end else None
    if at is not None and at < len(tokens) and not _capitalised(tokens[at]) and tokens[at].tag_ not in _NOT_VERB_TAGS \
            and _can_be(tokens[at], forms):
        return f"{_joined(tokens[:end])} {low} {_joined(tokens[end:])}"  # ("Russia | is | really firing")
    copula = low in ("is", "are", "was", "were")
    if copula and end and at is not None and at < len(tokens) and tokens[at].tag_ == "IN":
        # ("Is the port | of Tallinn closed": a preposition's phrase before the participle is the subject's)
        verb = _verb_at(tokens[at:], forms)
        if verb is not None:
            at += verb
            return f"{_joined(tokens[:at])} {low} {_joined(tokens[at:])}"
    if not copula or not end:
        at = _verb_at(tokens, forms)
        if at is None or at == 0:
            return None
        while at > 1 and tokens[at - 1].tag_ == "RB":
            at -= 1
        return f"{_joined(tokens[:at])} {low} {_joined(tokens[at:])}"
    if end >= len(tokens):
        return None
    return f"{_joined(tokens[:end])} {low} {_joined(tokens[end:])}"


def _has_verb(text: str) -> bool:
    from storyscope.verify.actions import parse_texts

    return any(t.pos_ in ("VERB", "AUX") for t in parse_texts([text])[0])


# A yes/no question with its answer, as a user types it to check the answer ("Did Brask sign? Yes.").
_ANSWERED = re.compile(r"^(?P<question>[^?]+\?)\s*(?:(?P<yes>yes|yeah|yep|correct|true|right)|(?P<no>no|nope|false|"
                       r"wrong))\b[\s,.!;:—–-]*(?P<rest>[^?]*)$", re.IGNORECASE)


def asked_as_statement(claim: str) -> str:
    """Return the claim a yes/no question asks about, as a sentence: "Did Kyiv break off ties with Osk?" -> "Kyiv
    broke off ties with Osk."; "Is it true that P?" -> "P."; "Who signed the pact — was it Brask?" -> "Brask signed
    the pact."; a question with its answer: "Did Brask sign? Yes." -> "Brask signed.", "... ? No." -> "It is false
    that Brask signed." (what follows the answer is left out); any other text (a statement, a wh- question, two
    questions) unchanged."""
    if "?" not in claim or len(claim) > MAX_QUESTION_CHARS:
        return claim
    answered = _ANSWERED.match(claim.strip())
    if answered:
        asked = asked_as_statement(answered.group("question"))
        if asked == answered.group("question"):
            return claim
        if answered.group("yes"):
            return asked
        lowered = re.sub(r"^(The|A|An|It|There|This|These|Those)\b", lambda m: m.group(1).lower(), asked)
        return f"It is false that {lowered}"
    text = re.sub(r"\s+", " ", claim).strip()
    text = _ASKING.sub("", text, count=1).rstrip("?! ").rstrip()
    text = _OR_NOT.sub("", text)
    who = _WHO_WAS_IT.match(text)
    if who:
        return _sentence(f"{who.group('who')} {who.group('did').strip()}")
    if "?" in text:
        return claim  # (two questions)
    m = _ASKED_FRAME.match(text)
    if m:
        inner = m.group("clause")
        if _NO_CLAUSE.match(inner) or not _has_verb(inner):
            return claim
        return asked_as_statement(inner + "?") if _AUXILIARY.match(inner) else _sentence(inner)
    m = _CLEFT.match(text)
    if m:
        return _sentence(f"It {m.group('aux').lower()} {m.group('rest')}")
    m = _AUXILIARY.match(text)
    if m is None or _SECOND_QUESTION.search(m.group("rest")):
        return claim
    said = _declarative(m.group("aux"), m.group("rest"))
    return claim if said is None else _sentence(said)


def _sentence(text: str) -> str:
    text = text.strip().rstrip("?").rstrip()
    return text[:1].upper() + text[1:] + ("" if text.endswith((".", "!")) else ".")
