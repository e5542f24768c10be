"""A user's yes/no question read as the claim it asks about.

``storyscope check "Did Brask meet Velm in Osk?"`` judges "Brask met Velm in Osk."; "Is it true that P?", "Can
someone confirm P?", "Quick question: P?" and "So P or not?" judge P; "Who signed the pact — was it Brask?" judges
"Brask signed the pact.". A negative question asks about the positive ("Didn't Brask sign?", "Did Brask not sign?":
"Brask signed."). A wh- question typed with its answer is the statement the answer makes ("Where did Brask sign?
In Osk." judges "Brask signed in Osk."). A question of another kind ("How many troops ...?", "When ...?" without an
answer, "Did A sign and did B?") is left as it is: it claims nothing, or more than one thing. Pure string functions over the tags of one spaCy parse, no store.
"""

from __future__ import annotations

import re

from lemminflect import getAllLemmas, getInflection
from spacy.lang.en.stop_words import STOP_WORDS

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


# A wh- question with its answer, as a user types it to check the answer ("Where did Brask sign the pact? In Osk.").
_WH_ANSWERED = re.compile(r"^(?P<wh>who|whom|where|when|(?:which|what)(?:\s+(?!(?:did|does|do|is|are|was|were|has|have|"
                          r"had)\b)[a-z]+){0,4}|how\s+many\s+(?P<counted>[a-z]+(?:\s+(?!(?:did|does|do|is|are|was|were|has|have|had|"
                          r"will|would|can|could)\b)[a-z]+)?))\s+(?P<rest>[^?]+)\?\s*"
                          r"(?P<answer>[^?]+?)\s*[.!]?\s*$", re.IGNORECASE)
# An answer that is no answer ("Not sure", "It's unclear", "Nobody knows").
_NON_ANSWER = re.compile(r"(?i)^(?:yes|no|yeah|nope|maybe|perhaps|unclear|unknown|nobody|no\s+one|none|not|don['’]?t|"
                         r"dunno|no\s+idea|hard\s+to\s+say|who\s+knows|unsure|i)\b")
# An answer that does more than fill the gap: a clause of its own ("Brask resigned in Osk", "He said ...").
_ANSWER_CLAUSE = re.compile(r"(?i)\b(?:said|says|did|does|do|is|are|was|were|has|have|had|will|would|denies|denied)\b"
                            r"|[.;!]\s+\S")
_WH_AUXILIARY = re.compile(r"^(?P<aux>is|are|was|were|did|does|do|has|have|had|will|would|can|could)\s+(?P<rest>\S.*)$",
                           re.IGNORECASE)
# An answer that opens with its own subject ("He's a spokesman", "It was Brask"): the rest is the answer.
_ANSWER_SUBJECT = re.compile(r"^(?:he|she|it|they|that)(?:['’]s|['’]re|\s+(?:is|was|are|were))\s+", re.IGNORECASE)
_PLACE_PREPOSITION = re.compile(r"^(?:in|at|on|near|from|to|inside|outside|outside of)\b", re.IGNORECASE)
_TIME_OPENERS = re.compile(r"^(?:In|On|At|Last|Next|This|Early|Late|Mid|Around|About|Before|After|During|Since|By|"
                           r"Yesterday|Today|Tomorrow|The)\b")
# Verbs that send or move something where the answer is its destination ("send troops", "travel").
_MOTION = re.compile(r"\b(?:sent|send|sends|travel+ed|travels?|went|go|goes|headed|heads?|flew|fly|flies|moved?|moves|"
                     r"deployed|deploys?|dispatched|dispatch(?:es)?|returned|returns?|fled|flee|flees|shipped|ships?)\b")
# Questions for what a person is, by the noun of the answer ("What rank does Brask hold? A colonel.").
_OFFICE_NOUNS = frozenset({"job", "rank", "title", "position", "role", "post", "office"})
_HOLDS = re.compile(r"^(?P<aux>does|did|do)\s+(?P<who>.+?)\s+(?:hold|have|occupy)$", re.IGNORECASE)


def _answer_after_verb(answer: str) -> str:
    return re.sub(r"^(The|A|An)\b", lambda m: m.group(1).lower(), answer)


def answered_as_statement(claim: str) -> str:
    """Return a wh- question with its answer as the statement the answer makes: "Where did Brask sign the pact? In
    Osk." -> "Brask signed the pact in Osk."; "Which agency does Velm lead? The Port Authority." -> "Velm leads the
    Port Authority."; "Who chairs the board? Ida Marr." -> "Ida Marr chairs the board."; "How many engineers were
    sent? About 300." -> "About 300 engineers were sent."; "What rank does Brask hold? He's a colonel." -> "Brask is
    a colonel."; any other text (no answer, two questions, an answer that is a question) unchanged."""
    if claim.count("?") != 1 or len(claim) > MAX_QUESTION_CHARS:
        return claim
    m = _WH_ANSWERED.match(re.sub(r"\s+", " ", claim).strip())
    if not m:
        return claim
    wh, rest = m.group("wh").lower(), m.group("rest").strip()
    asked = wh.split()[1:] if wh.startswith(("which", "what")) else []
    # (a word lemminflect does not know is a name or a people's: "Which Russian agency")
    nouns = next((k for k, w in enumerate(asked) if w in STOP_WORDS or getAllLemmas(w) and "NOUN" not in getAllLemmas(w)
                  or set(getAllLemmas(w)) == {"VERB"}), len(asked))
    if nouns < len(asked):  # ("Which country sent troops": the asked noun is "country", the verb opens the rest)
        if nouns == 0:
            return claim  # ("Which of the ministers", "What about Osk": no noun asked for)
        rest = " ".join(m.group("wh").split()[1 + nouns:] + [rest])
        wh, asked = " ".join(wh.split()[:1 + nouns]), asked[:nouns]
    answer = _ANSWER_SUBJECT.sub("", m.group("answer").strip().strip("—–-, "))
    answer = re.sub(r"\s+(?:did|does|do|was|is|were|are|has|have|had)\s*$", "", answer)  # ("Velm did")
    # (a clause is the answer only to "What did X say ...? That P." and "What did X urge Y to do? Close Z.")
    clause_asked = wh == "what" and (re.search(r"\bto\s+do$", rest) is not None or re.match(r"(?i)that\s", answer))
    if not answer or _NON_ANSWER.match(answer) or not clause_asked and (_ANSWER_CLAUSE.search(answer)
                                                                       or has_verb_only_word(answer, _FUNCTION_WORDS)
                                                                       or _tells_a_clause(answer)):
        return claim
    aux = _WH_AUXILIARY.match(rest)
    noun = asked[-1] if asked else None
    if wh.startswith("how"):
        # "How many engineers were sent" asks for the subject; "How many did Osk send", "How many troops will Kessia
        # send" are not read
        following = aux.group("rest").split()[0].lower() if aux else ""
        if not aux or aux.group("aux").lower() in _DO_FORMS or not re.match(r"[\d(]|about|around|some|up|at|more|"
                                                                            r"over|nearly|almost", answer, re.I) \
                or "VERB" not in getAllLemmas(following) and "AUX" not in getAllLemmas(following):
            return claim
        return _sentence(f"{answer} {m.group('counted')} {rest}")
    if not aux or (aux.group("aux").lower() in ("is", "are", "was", "were") and wh not in ("where", "when")
                   and not re.search(r"\b(?:\w+ed|\w+en)\b", aux.group("rest"))):
        if wh in ("where", "when"):
            return claim
        return _sentence(f"{answer} {rest}")  # the subject asked for ("Who chairs the board?", "Which month was ...")
    if noun in _OFFICE_NOUNS and (held := _HOLDS.match(rest)):
        post = answer if re.match(r"(?:a|an|the)\s", answer, re.I) or not answer[:1].isupper() \
            or _capitalised_name(answer) else answer[:1].lower() + answer[1:]
        copula = "was" if held.group("aux").lower() in ("did", "had") else "is"  # ("What post did Brask hold?")
        return _sentence(f"{held.group('who')} {copula} {_answer_after_verb(post)}")
    said = _declarative(aux.group("aux"), aux.group("rest"))
    if said is None or wh == "where" and _ORDINAL_ANSWER.match(answer):
        return claim  # ("Where did Osk rank? Second.")
    ends_open = re.search(r"\b(?:to|for|from|into|at|in|on|with|about|against|of|by)$", said) is not None
    if wh in ("where", "when"):
        if wh == "where" and not _PLACE_PREPOSITION.match(answer) and not ends_open:
            if _MOTION.search(said):
                return claim  # ("Where did Kessia send troops? Osk.": to Osk, not in it)
            answer = f"in {answer}"
        answer = answer[:1].lower() + answer[1:] if _TIME_OPENERS.match(answer) or _PLACE_PREPOSITION.match(answer) \
            else answer
        return _sentence(f"{said} {answer}")
    if ends_open:  # ("What did Brask call for? A ceasefire.")
        return _sentence(f"{said} {_answer_after_verb(answer)}")
    answer = _answer_after_verb(answer)
    if re.search(r"\bto\s+do$", said) and wh == "what":  # ("What did Velm urge them to do? Close the port.")
        return _sentence(re.sub(r"\bdo$", answer[:1].lower() + answer[1:], said))
    if re.match(r"(?i)that\b", answer):  # ("What did Velm say about the port? That it was safe.")
        return _sentence(f"{said} that{answer[4:]}")
    return _sentence(_with_object(said, answer))


# Words an answer holds beside its nouns.
_FUNCTION_WORDS = frozenset({"the", "a", "an", "of", "and", "or", "to", "in", "on", "at", "for", "with", "by", "from",
                             "about", "around", "some", "up", "more", "than", "over", "nearly", "almost", "new",
                             "further", "right", "after", "before"})
# Verbs whose object is whom they told, before what they told ("told the Herald that P").
_TELLING = frozenset({"tell", "inform", "assure", "warn", "remind", "brief", "notify"})
# Ordinals an answer may rank by: no place or time.
_ORDINAL_ANSWER = re.compile(r"^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|"
                             r"th))\b", re.IGNORECASE)


def _tells_a_clause(answer: str) -> bool:
    """True when ``answer`` holds a finite verb of its own ("Brask resigned in Osk"), as the parse tags it."""
    from storyscope.verify.actions import parse_texts

    return any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in parse_texts([answer])[0])


def _capitalised_name(text: str) -> bool:
    """True when ``text`` is a run of two or more capitalised words (a name: "Port Authority")."""
    return re.fullmatch(r"(?:[A-Z][\w'’-]*\s+)+[A-Z][\w'’-]*", text.strip()) is not None


def has_verb_only_word(text: str, skipped: frozenset[str] | set[str] = frozenset()) -> bool:
    """True when a lower-case word of ``text`` outside ``skipped`` can only be a verb ("met", "resigned"; not
    "minister", "envoy", "sanctions")."""
    return any("VERB" in (lemmas := getAllLemmas(w)) and "NOUN" not in lemmas and "ADJ" not in lemmas
               for w in re.findall(r"(?<![\w'’-])[a-z]+(?![\w'’-])", text) if w not in skipped)


def _with_object(said: str, answer: str) -> str:
    """``said`` with ``answer`` in the place its question left open: after a stranded preposition ("Velm spoke to
    about the port" + "the Herald": "spoke to the Herald about the port"), right after a verb that lacks its object
    ("Brask met in Osk" + "Velm": "met Velm in Osk"), else at the end."""
    from storyscope.verify.actions import parse_texts

    doc = parse_texts([said])[0]
    stranded = next((t for t in doc if t.dep_ == "prep" and not list(t.children)), None)
    if stranded is not None and stranded.i + 1 < len(doc):
        at = stranded.idx + len(stranded.text)
        return f"{said[:at]} {answer}{said[at:]}"
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is not None and root.lemma_ in _TELLING and not any(c.dep_ in ("dobj", "dative") for c in root.children):
        at = root.idx + len(root.text)  # ("Which paper did Velm tell that P? The Herald.")
        return f"{said[:at]} {answer}{said[at:]}"
    if root is not None and root.pos_ == "VERB" and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "dative",
                                                                        "oprd") for c in root.children):
        particle = max((c for c in root.children if c.dep_ == "prt"), key=lambda c: c.i, default=root)
        if particle.i + 1 < len(doc) and doc[particle.i + 1].dep_ == "prep":
            at = particle.idx + len(particle.text)
            return f"{said[:at]} {answer}{said[at:]}"
    return f"{said} {answer}"


def asked_as_statement(claim: str) -> str:
    """Return the claim a yes/no question asks about, as a sentence: "Did Kyiv break off ties with Osk?" -> "Kyiv
    broke off ties with Osk."; "Is it true that P?" -> "P."; "Who signed the pact — was it Brask?" -> "Brask signed
    the pact."; a question with its answer: "Did Brask sign? Yes." -> "Brask signed.", "... ? No." -> "It is false
    that Brask signed." (what follows the answer is left out); any other text (a statement, a wh- question, two
    questions) unchanged."""
    if "?" not in claim or len(claim) > MAX_QUESTION_CHARS:
        return claim
    stated = answered_as_statement(claim)
    if stated != claim:
        return stated
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
