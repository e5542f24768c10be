"""Role claims: does the writer of a passage describe a person as holding a role?

``storyscope check "Halina Brask is Norvakia's foreign minister."`` is supported by a passage whose
writer describes her so, in an appositive ("Halina Brask, Norvakia's foreign minister, said ...") or in
a title before her name ("Norvakian Foreign Minister Halina Brask said ..."), even when the rest of the
sentence is her quoted speech. Pure string functions, no parser: precision before recall, so anything
unusual (a quotation, a clause, "former" on one side only, another head noun) answers None.
"""

from __future__ import annotations

import os
import re

from storyscope.annotate.entities import capital_country
from storyscope.annotate.resolve import OUTLET_NOUNS
from storyscope.verify.parties import INSTITUTIONS, country_word, same_party
from storyscope.verify.stance_rules import CAPITALS
from storyscope.verify.stance_rules import stem as _stem

# Nouns that make a copular claim one about a person's role or title.
ROLE_NOUNS = frozenset({
    "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "consul",
    "diplomat", "president", "premier", "chancellor", "king", "queen", "prince", "princess", "monarch",
    "head", "chief", "director", "manager", "chairman", "chairwoman", "chairperson", "chair", "ceo",
    "founder", "boss", "leader", "commander", "general", "colonel", "major", "captain", "lieutenant",
    "admiral", "marshal", "sergeant", "officer", "soldier", "analyst", "expert", "specialist", "researcher",
    "scientist", "economist", "professor", "lecturer", "academic", "historian", "mp", "mep", "senator",
    "congressman", "congresswoman", "lawmaker", "legislator", "deputy", "politician", "governor", "mayor",
    "councillor", "councilor", "official", "adviser", "advisor", "aide", "reporter", "journalist",
    "correspondent", "editor", "columnist", "presenter", "anchor", "commentator", "pundit", "lawyer", "attorney",
    "judge", "prosecutor", "investigator", "engineer", "doctor", "surgeon", "physician", "representative",
    "delegate", "negotiator", "agent", "spy", "priest", "bishop", "cardinal", "pope", "imam", "rabbi",
    "patriarch", "activist", "campaigner", "candidate", "nominee", "dissident", "oligarch", "businessman",
    "businesswoman", "entrepreneur", "tycoon", "billionaire", "executive", "strategist", "consultant",
    "commissioner", "inspector", "ombudsman", "speaker", "coach", "pilot",
})
# Words that make a role another one: a "former MP" is not an MP, a "deputy minister" not the minister.
QUALIFIERS = frozenset({
    "former", "retired", "late", "acting", "deputy", "vice", "assistant", "interim", "alleged", "self",
    "styled", "so", "called", "would", "be", "future", "designate", "elect", "shadow", "honorary", "then",
    "onetime", "erstwhile", "ousted", "deposed", "sacked", "fired", "dismissed", "disgraced", "previous",
})
_NEGATIONS = frozenset({"not", "never", "no", "non", "nor", "neither"})
_ARTICLES = frozenset({"a", "an", "the"})
_DETERMINERS = _ARTICLES | {"his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those"}
_PREPOSITIONS = frozenset({"of", "for", "to", "at", "on", "in", "with", "from", "by", "under", "over", "between",
                           "since", "during", "until", "about", "against", "within", "via", "after", "before"})
# Prepositions a title may hold after its role noun ("spokesman for the Pentagon", "ambassador to Selmara").
_TITLE_PREPOSITIONS = frozenset({"of", "for", "to", "at", "on", "in"})
_STOPWORDS = _DETERMINERS | _PREPOSITIONS | {"and", "&", "or"}
# Words that start a clause: a description ends before them.
_CLAUSE_WORDS = frozenset({
    "who", "whom", "whose", "which", "that", "where", "when", "while", "as", "because", "although", "though",
    "if", "said", "says", "say", "told", "tells", "tell", "added", "adds", "stated", "claimed", "claims",
    "warned", "noted", "wrote", "writes", "announced", "explained", "insisted", "argued", "described",
    "is", "was", "are", "were", "been", "being", "has", "have", "had", "will", "can", "could", "should",
    "may", "might", "must", "did", "does", "do", "but", "yet", "than", "also", "now", "currently",
    "recently", "previously", "formerly", "once", "still", "already", "reportedly", "allegedly",
    "apparently", "yesterday", "today", "however", "meanwhile", "later", "earlier", "directly", "newly",
    "just", "only", "even", "claim", "believe", "believes", "think", "thinks", "know", "knows", "fear",
    "fears", "hope", "hopes", "expect", "expects", "suggest", "suggests", "met", "meets", "meet", "saw",
    "sees", "see", "thank", "thanks", "urge", "urges", "ask", "asks", "asked", "let", "lets", "got", "gets",
})
# Words that may follow an appositive without a closing comma ("a colonel who retired").
_RELATIVE_WORDS = frozenset({"who", "whom", "whose", "which", "that", "where", "when", "while", "since"})
_SPEECH_VERBS = frozenset({"said", "says", "told", "tells", "added", "adds", "stated", "warned", "noted",
                           "wrote", "writes", "insisted", "argued", "claimed", "claims"})
# Participles that are ordinary parts of a title ("ruling party leader", "retired colonel").
_TITLE_PARTICIPLES = frozenset({
    "ruling", "managing", "leading", "founding", "outgoing", "incoming", "governing", "visiting", "presiding",
    "acting", "retired", "elected", "appointed", "designated", "disgraced", "sacked", "ousted", "deposed",
    "fired", "dismissed", "exiled", "united", "armed", "called", "styled", "unnamed", "senior",
})
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady"})
_NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "da", "di", "la", "le", "bin", "ibn", "al",
                             "du", "del", "dos", "das"})
# Name words that make the subject a place or an organisation, not a person.
_NON_PERSON_WORDS = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "it", "he", "she", "they", "his", "her", "their",
    "our", "my", "its", "there", "here", "what", "who", "north", "south", "east", "west", "united",
    "republic", "kingdom", "states", "union", "nations", "korea", "council", "ministry", "party", "army",
    "force", "forces", "agency", "committee", "department", "office", "bank", "court", "parliament",
    "government", "organisation", "organization", "association", "company", "group", "corporation", "inc",
    "ltd", "university", "times", "post", "news", "city", "county", "province", "region", "island",
    "islands", "river", "sea", "ocean", "mountains", "federation", "alliance", "league", "club", "team",
})
# One word for spelling and gender variants of a role word.
_CANONICAL = {
    "spokesman": "spokesperson", "spokeswoman": "spokesperson", "chairman": "chairperson",
    "chairwoman": "chairperson", "chair": "chairperson", "advisor": "adviser", "ex": "former",
    "defence": "defense", "offence": "offense", "centre": "center", "programme": "program",
    "labour": "labor", "congresswoman": "congressman", "businesswoman": "businessman",
    "councilor": "councillor", "self-styled": "self", "tv": "television", "chief": "head", "boss": "head",
    "watchdog": "agency",
    "atomic": "nuclear", "envoy": "ambassador", "pundit": "analyst", "commentator": "analyst",
    "lawmaker": "mp", "legislator": "mp", "parliamentarian": "mp",
}
# Descriptions whose claim has at least this many content words may miss one (not the head, not a name).
NEARLY_ALL_MIN_WORDS = 5
# Words looked at before a name for a title run.
TITLE_WINDOW = 10

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[A-Za-z0-9]+(?:['’\-][A-Za-z0-9]+)*|\S")
_NAME_WORD = re.compile(r"[A-Z][A-Za-z]*(?:['\-][A-Za-z]+)*\.?$")
_CLAIM = re.compile(
    r"^\s*(?P<name>.+?)\s+(?P<verb>is|was|has\s+been|remains|(?:serves|served|works|worked)\s+as)\s+"
    r"(?:(?:also|now|currently|still)\s+)?"
    r"(?P<role>.+?)\s*\.?\s*$")
_WHO_WORKS_AS = re.compile(r"\s+who\s+(?:also\s+)?(?:works|worked|serves|served)\s+as\s+(?:an?\s+|the\s+)?")
# A relative clause or an appositive between the name and the verb ("Andrii Sybiha, who called for sanctions, is
# ...", "Halina Brask, the harbour's spokeswoman, is ...").
_WHO_CLAUSE = re.compile(r",\s+(?:who|the|an?)\s+[^,]+,\s*(?=(?:is|was|has\s+been|remains)\b)")
# "X holds the rank of general", "X held the post of foreign minister": a role ("X is general").
# ("has held" says it was held at some time, as "was" does)
_HOLDS_ROLE = re.compile(r"\s+(?:(?P<now>holds)|held|has\s+held)\s+the\s+(?:rank|post|office|position|title)\s+of\s+"
                         r"(?:an?\s+|the\s+)?")
# "X leads / heads / chairs Y" as a role: "X is head of Y".
_LEADS = re.compile(r"^(\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})\s+(?:(?P<now>leads|heads|chairs|runs|directs)|"
                    r"led|headed|chaired|ran|directed)\s+(the\s+.+)$")
_DOUBLE_OPEN = "“„«"
_DOUBLE_CLOSE = "”»"
_DASHES = frozenset({"-", "–", "—"})


class _Token:
    __slots__ = ("text", "start", "end", "is_word", "possessive", "base", "lower", "capitalised")

    def __init__(self, text: str, start: int):
        self.text, self.start, self.end = text, start, start + len(text)
        self.is_word = text[:1].isalnum()
        base = text.replace("’", "'")
        self.possessive = self.is_word and base.lower().endswith("'s")
        if self.possessive:
            base = base[:-2]
        if re.fullmatch(r"(?:[A-Z]\.){2,}", base):
            base = base.replace(".", "")
        self.base = base
        self.lower = base.lower()
        self.capitalised = base[:1].isupper()


def _tokens(text: str) -> list[_Token]:
    return [_Token(m.group(), m.start()) for m in _TOKEN.finditer(text)]


def _parts(token: _Token) -> list[tuple[str, bool]]:
    """Lower-cased, canonical parts of a word (hyphens split: "ex-MP" is "former", "mp"), with its capitalisation."""
    whole = _CANONICAL.get(token.lower)
    if whole:
        return [(whole, token.capitalised)]
    out = []
    for part in token.lower.split("-"):
        if part:
            out.append((_CANONICAL.get(part, part), token.capitalised))
    return out


def _same(a: tuple[str, bool], b: tuple[str, bool]) -> bool:
    """True for one word in two forms; a name and its demonym or possessive only when both are capitalised."""
    (x, x_cap), (y, y_cap) = a, b
    if x == y or _stem(x) == _stem(y):
        return True
    if not (x_cap and y_cap):
        return False
    x, y = CAPITALS.get(x, x), CAPITALS.get(y, y)  # "Pyongyang" for "North Korea", "Moscow" for "Russia"
    if x == y:
        return True
    shorter, longer = sorted((x, y), key=len)
    prefix = len(os.path.commonprefix([x, y]))
    return len(shorter) >= 4 and prefix >= max(4, len(shorter) - 1) and len(longer) - prefix <= 3


def _is_clause_break(token: _Token) -> bool:
    """True for a word that starts a clause or an adverbial, which a title or an appositive does not hold."""
    low = token.lower
    if low in _CLAUSE_WORDS:
        return True
    if token.capitalised or "-" in low or low in _TITLE_PARTICIPLES or low in ROLE_NOUNS or low in QUALIFIERS:
        return False
    return len(low) >= 5 and (low.endswith("ed") or low.endswith("ing"))


class _Unit:
    """One role noun phrase: its content words, its head word, and its qualifiers and negations."""

    def __init__(self, tokens: list[_Token], extra: list[_Token] = ()):
        self.tokens = tokens
        self.words = [p for t in tokens if t.lower not in _STOPWORDS for p in _parts(t)]
        self.head = _head(tokens)
        around = [p for t in list(tokens) + list(extra) for p in _parts(t)]
        self.qualifiers = {w for w, _ in around if w in QUALIFIERS}
        self.negated = any(w in _NEGATIONS for w, _ in around)
        phrase = _complement_phrase(tokens)
        self.complement = phrase[-1] if phrase else None
        self.complement_words = phrase


def _complement_phrase(tokens: list[_Token]) -> list[tuple[str, bool]]:
    """The content words of a role phrase's first complement, between its first preposition and the next one
    ("north", "korea" of "ambassador to North Korea since 2019"); its last is the complement's head ("agency" of
    "head of the UN's nuclear agency")."""
    for k, t in enumerate(tokens):
        if t.lower in _PREPOSITIONS:
            phrase = []
            for u in tokens[k + 1:]:
                if u.lower in _PREPOSITIONS or u.lower in ("and", "or", "&"):
                    break
                phrase += [p for p in _parts(u) if u.lower not in _STOPWORDS]
            return phrase
    return []


def _body_named(claim: _Unit, desc: _Unit) -> bool:
    """True when the claim's role names the description's body by its other words, the body noun left out ("UN
    nuclear chief" for "head of the UN's nuclear agency"; not "UN chief", which is the head of the UN)."""
    *named, body = desc.complement_words or [("", False)]
    return body[0] in BODY_NOUNS and bool(named) and all(any(_same(w, c) for c in claim.words) for w in named)


def _head(tokens: list[_Token]) -> tuple[str, bool] | None:
    """The head noun of a role phrase: its last word before the first preposition ("spokesman" of "spokesman for X")."""
    before = []
    for t in tokens:
        if t.lower in _PREPOSITIONS:
            break
        before.append(t)
    words = [t for t in before if t.lower not in _STOPWORDS]
    return _parts(words[-1])[-1] if words else None


def _conjuncts(tokens: list[_Token]) -> list[list[_Token]]:
    """Split a role phrase at "and" that join two roles, not at one inside a complement ("head of X and Y")."""
    out, current, seen_preposition = [], [], False
    for t in tokens:
        if t.lower in ("and", "&", "or") and not seen_preposition:
            out.append(current)
            current, seen_preposition = [], False
            continue
        seen_preposition = seen_preposition or t.lower in _PREPOSITIONS
        current.append(t)
    out.append(current)
    return [c for c in out if c]


def _unit_matches(claim: _Unit, desc: _Unit, complements: bool = True) -> bool:
    if desc.negated or claim.head is None or desc.head is None:
        return False
    if desc.qualifiers - claim.qualifiers or claim.qualifiers - desc.qualifiers:
        return False
    if not _same(claim.head, desc.head):
        return False
    # "head of the UN's nuclear agency" is not "head of the UN"; "ambassador to North Korea" not "... to Russia":
    # the heads of the first complements must be one word ("spokesman for the Pentagon" = "Pentagon spokesman")
    if not complements:
        pass
    elif claim.complement and desc.complement and not _same(claim.complement, desc.complement):
        return False
    elif desc.complement and not claim.complement and not any(_same(desc.complement, w) for w in claim.words) \
            and not _body_named(claim, desc):
        return False
    elif claim.complement and not desc.complement and not any(_same(claim.complement, w) for w in desc.words):
        return False
    missing = [w for w in claim.words if not any(_same(w, d) for d in desc.words + desc.complement_words)]
    if not missing:
        return True
    word, capitalised = missing[0]
    return (len(missing) == 1 and len(claim.words) >= NEARLY_ALL_MIN_WORDS and not capitalised
            and word not in QUALIFIERS and not _same(missing[0], claim.head))


def _name_words(name: str) -> list[str]:
    words = [w.rstrip(".") if w.rstrip(".").lower() in _HONORIFICS else w for w in name.split()]
    while words and words[0].lower() in _HONORIFICS:
        words.pop(0)
    return [w.rstrip(".") for w in words]


# The writer's description of a person, a role claim: "X is described as a Y", "X was introduced as a Y", "One
# article presents X as a Y"; a relative clause after the role ("... who said ...") tells what they did.
_DESCRIBED_AS = re.compile(r"\s+(?:is|was|has\s+been)\s+(?:described|identified|introduced|presented|referred\s+to|"
                           r"characteri[sz]ed|named)(?:\s+in\s+(?:the\s+)?(?:reporting|reports?|articles?|coverage))?"
                           r"\s+as\s+")
_WRITER_PRESENTS = re.compile(r"^\s*(?i:the|one|an?|this|that|each)\s+(?:[\w'’-]+\s+){0,3}?(?:article|report|story|"
                              r"piece|outlet|account)\s+(?:[\w'’-]+\s+){0,6}?(?:describes|described|presents|presented|"
                              r"identifies|identified|introduces|introduced)\s+(?P<name>[A-Z].+?)\s+as\s+(?P<role>.+)$")
_TRAILING_CLAUSE = re.compile(r"\s+(?:who|that|which)\s+(?!(?:also\s+)?(?:works|worked|serves|served)\s+as\b)")
_DESCRIBED_SUBJECT = re.compile(r"^\s*(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})(?:,\s+[^,]+,)?"
                                + _DESCRIBED_AS.pattern + r"(?P<role>.+)$")


def _description(claim: str) -> re.Match | None:
    """The claim's "X is described as Y" or "One article presents X as Y" (groups ``name`` and ``role``), or None."""
    return _WRITER_PRESENTS.match(claim) or _DESCRIBED_SUBJECT.match(claim)


def described_as_role(claim: str) -> str:
    """Return "X is described as a Y" and "One article presents X as a Y" as "X is a Y" (without what the role goes
    on to say the person did: "... as the minister who resigned", see ``described_clause``); any other claim
    unchanged, and so is one that names who describes them ("described as a traitor by the ministry")."""
    m = _description(claim)
    if m is None or re.search(r"\sby\s", m.group("role")):
        return claim
    return f"{m.group('name')} is {_TRAILING_CLAUSE.split(m.group('role'), maxsplit=1)[0]}"


def described_clause(claim: str) -> bool:
    """True when ``described_as_role`` drops what the role goes on to say ("who said the dam had collapsed"), which
    no description checks: such a claim can be refuted by its role, never confirmed by it."""
    m = _description(claim)
    return m is not None and _TRAILING_CLAUSE.search(m.group("role")) is not None


# What a person may head: a body ("the agency", "the UN nuclear watchdog"), not an event or a risk ("led the talks",
# "ran the marathon", "runs the risk").
_HEADED = frozenset({"watchdog", "organisation", "organization", "company", "group", "delegation", "campaign",
                     "network", "newspaper", "channel", "firm", "team", "mission", "body", "movement", "foundation",
                     "university", "school", "hospital", "programme", "program", "republic", "government", "state"})


def _as_head(m: re.Match) -> str:
    """ "X leads the Y" as "X is head of the Y" where Y is a body; the claim as it was otherwise."""
    body = re.split(r"\s+(?:in|on|at|for|from|since|until|during|with)\s+", m.group(3).rstrip(" ."), maxsplit=1)[0]
    head = body.split()[-1].lower().strip(".,")
    if head not in BODY_NOUNS and head not in _HEADED:
        return m.group(0)
    return f"{m.group(1)} {'is' if m.group('now') else 'was'} head of {m.group(3)}"


# "X speaks for Y" of a named body: X is Y's spokesperson ("Pat Vell speaks for the Osk council").
_SPEAKS_FOR = re.compile(r"^(\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})\s+(?:(?P<now>speaks|is\s+speaking)|spoke)"
                         r"\s+for\s+(?P<body>(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,4})\s*\.?\s*$")


def _as_spokesperson(m: re.Match) -> str:
    """ "X speaks for Y" as "X is spokesperson for Y" where Y is a body ("the Velm harbour authority", "Velmtrans"),
    not a country or people ("speaks for Kessia" is rhetoric, not a post); the claim as it was otherwise."""
    body = m.group("body").removeprefix("the ").strip()
    if len(body.split()) == 1 and (country_word(body.lower()) or DEMONYM.fullmatch(body.removesuffix("s"))):
        return m.group(0)
    return f"{m.group(1)} {'is' if m.group('now') else 'was'} spokesperson for {m.group('body')}"


# A time clause closing a role claim ("X was still a serving officer when he urged ..."): the role is the claim.
_WHEN_CLAUSE = re.compile(r"\s+(?:when|while|as)\s+(?:he|she|they)\s+[^,;]+?(?=\s*\.?\s*$)")
# The last word of a title that may close a name-and-title fragment ("... envoy in Beijing", "... chief").
_FRAGMENT_TITLE_END = re.compile(r"(?:\s+(?:in|to|of|at|for)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s*){1,3})?\s*\.?\s*$")


def _fragment_role(claim: str) -> str | None:
    """Return a search-box fragment of a name and a title ("Sybiha Kessian defence minister", "Brask UN refugee agency
    chief", "Ola Dahl State Department spokesman, TV pundit") as "Name is title", or None. The name is one to three
    capitalised words (no demonym, acronym, possessive or word of a body); the title is the rest, of no verb, ending
    on a role noun (or a role noun and its place: "envoy in Beijing")."""
    text = claim.strip().rstrip(".").replace(", ", " and ")
    words = text.split()
    if len(words) < 2 or any(w.lower() in _CLAUSE_WORDS or w.lower() in _NEGATIONS or re.search(r"n['’]t$", w)
                             for w in words):
        return None
    k = 0
    while k < min(3, len(words) - 1) and _NAME_WORD.match(words[k]) and not words[k].isupper() \
            and not words[k].lower().endswith(("'s", "’s")) and words[k].lower() not in _NON_PERSON_WORDS \
            and not DEMONYM.fullmatch(words[k]) and not (k + 1 < len(words) and words[k + 1].lower() in BODY_NOUNS):
        k += 1
    if k == 0 or k == len(words):
        return None
    title = " ".join(words[k:])
    # (an article only after a preposition: "envoy to the agency", not "expelled the ambassador of Osk")
    if any(w.lower() in _DETERMINERS and (i == k or words[i - 1].lower() not in _PREPOSITIONS)
           for i, w in enumerate(words[k:], start=k)):
        return None
    end = _FRAGMENT_TITLE_END.search(title)
    head = title[:end.start()].split()[-1].lower().strip("-") if end and title[:end.start()].split() else ""
    if head not in ROLE_NOUNS:
        return None
    return f"{' '.join(words[:k])} is {title}"


def role_claim(claim: str) -> tuple[str, str] | None:
    """Parse a claim that a person holds a role: ``(name, role)``, or None when it is not one.

    "Halina Brask is Norvakia's foreign minister." gives ``("Halina Brask", "Norvakia's foreign minister")``;
    "Tomas Brandt was a former MP" gives ``("Tomas Brandt", "former MP")`` (the leading article dropped).
    None for a negated claim, a subject that is not a capitalised name, a place or an organisation
    ("Norvakia is a member of Nato"), or a predicate that is not a role.
    """
    claim = described_as_role(claim)
    # "X is a reserve colonel who works as a TV analyst": both roles ("reserve colonel and TV analyst")
    claim = _WHO_WORKS_AS.sub(" and ", claim)
    # "X leads the UN nuclear watchdog": X is head of it
    claim = _LEADS.sub(_as_head, claim)
    claim = _SPEAKS_FOR.sub(_as_spokesperson, claim)
    # "X, who called for sanctions, is the defence minister": the clause describes X, the claim is the role
    claim = _WHO_CLAUSE.sub(" ", claim)
    claim = _HOLDS_ROLE.sub(lambda h: " is " if h.group("now") else " was ", claim)
    # "X was still a reserve officer when he spoke": the role; "Brask Kessian defence minister": a fragment's title
    claim = _WHEN_CLAUSE.sub("", claim)
    m = _CLAIM.match(claim.replace("’", "'"))
    if not m and (fragment := _fragment_role(claim)) is not None:
        m = _CLAIM.match(fragment.replace("’", "'"))
    if not m:
        return None
    raw_name, role = m.group("name"), m.group("role")
    words = _name_words(raw_name)
    if not words or any(w.lower() in _NON_PERSON_WORDS for w in words):
        return None
    capitalised = 0
    for i, w in enumerate(words):
        if w in _NAME_PARTICLES and 0 < i < len(words) - 1:
            continue
        if not _NAME_WORD.match(w) or w.lower().endswith("'s"):
            return None
        capitalised += 1
    role_tokens = _tokens(role)
    if not role_tokens or len(role_tokens) > 14 or not role_tokens[0].is_word:
        return None
    if role_tokens[0].lower in _NEGATIONS or any(t.lower in _CLAUSE_WORDS or t.lower in _NEGATIONS for t in role_tokens):
        return None
    if any(not t.is_word and t.text not in "'’" for t in role_tokens):
        return None
    has_article = role_tokens[0].lower in _ARTICLES
    if has_article:
        role = role[len(role_tokens[0].text):].strip()
        role_tokens = role_tokens[1:]
        if not role_tokens:
            return None
    has_role_noun = any(w in ROLE_NOUNS for t in role_tokens for w, _ in _parts(t))
    possessive_start = role_tokens[0].possessive
    if not has_role_noun and not (capitalised >= 2 and (has_article or possessive_start)):
        return None
    name = " ".join(words)
    return name, role


# Words that say a role is held in service ("serving officer", "sitting MP").
_IN_SERVICE = re.compile(r"\b(?:active-duty|active|serving|sitting|incumbent)\b")


def held_then(claim: str) -> bool:
    """True when a role claim says the role was held at some time ("Brask was the defence minister"), not now: a
    writer's "former defence minister Brask" bears it out."""
    m = _CLAIM.match(_HOLDS_ROLE.sub(lambda h: " is " if h.group("now") else " was ",
                                     described_as_role(claim)).replace("’", "'"))
    # ("was still a sitting MP when ...": held at the time told, not only once)
    return m is not None and m.group("verb") in ("was", "served as", "worked as") \
        and not _IN_SERVICE.search(claim) and not re.search(r"\b(?:still|current|currently)\b", claim)


def _quoted_mask(text: str) -> list[bool]:
    """Mark each character of ``text`` that lies inside a quotation (someone's words, not the writer's)."""
    mask = [False] * len(text)
    double_open: int | None = None
    single_open: int | None = None
    last_close = 0

    def mark(a: int, b: int) -> None:
        for k in range(a, min(b, len(text))):
            mask[k] = True

    for i, ch in enumerate(text):
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if ch in _DOUBLE_OPEN or ch == '"' and double_open is None and (prev.isspace() or prev in "([—–-") \
                and not nxt.isspace():
            if double_open is None:
                double_open = i
        elif ch in _DOUBLE_CLOSE or ch == '"':
            if double_open is not None:
                mark(double_open, i + 1)
                double_open = None
            else:  # a closing mark without its opening: the passage starts inside the quotation
                mark(last_close, i + 1)
            last_close = i + 1
        elif ch in "‘'" and single_open is None and not prev.isalnum() and nxt.isalnum():
            single_open = i
        elif ch in "’'" and single_open is not None and not nxt.isalnum():
            mark(single_open, i + 1)
            single_open = None
    if double_open is not None:
        mark(double_open, len(text))
    return mask


def _name_mentions(words: list[str], tokens: list[_Token]) -> list[tuple[int, int]]:
    """Token ranges ``[i, j)`` where the person is named: the full name (first name up to two letters off) or the surname."""
    surname, first = words[-1], words[0]
    out = []
    n = len(words)
    for i, t in enumerate(tokens):
        if not t.is_word:
            continue
        if n > 1 and i + n <= len(tokens) and _same_first_name(first, tokens[i].text) and all(
                tokens[i + k].text == words[k] for k in range(1, n - 1)) and tokens[i + n - 1].base == surname:
            if not tokens[i + n - 1].possessive and not _continues_name(tokens, i + n):
                out.append((i, i + n))
            continue
        if t.text != surname or len(surname) < 4 or t.possessive or _continues_name(tokens, i + 1):
            continue
        start = i
        while start and tokens[start - 1].is_word and tokens[start - 1].capitalised \
                and not _title_word(tokens[start - 1]) and i - start < 2:
            start -= 1
        if n > 1 and start < i:
            continue  # another first name: another person with this surname, or the full name already taken
        # (a claim naming the surname alone, "Sybiha is ...", means the one the passage names in full: the title
        # before "Andrii Sybiha" is his)
        out.append((start, i + 1))
        if start < i - 1 and any(tokens[k].lower in ("the", "of", "for", "to", "in", "at")
                                 for k in range(max(0, start - 2), start)):
            # (or the first of two capitalised words closes a title: "a spokesman for the Pentagon Pat Ryder",
            # "Ambassador to North Korea Alexander Matsegora")
            out.append((i - 1, i + 1))
    return out


def _same_first_name(a: str, b: str) -> bool:
    if a == b:
        return True
    if not b[:1].isupper() or min(len(a), len(b)) < 4:
        return False
    a, b = _transliterated(a), _transliterated(b)
    return len(os.path.commonprefix([a, b])) >= max(len(a), len(b)) - 2


def _transliterated(name: str) -> str:
    """Fold spellings of one name across transliterations ("Aleksandr", "Alexander"; "Yuriy", "Yuri")."""
    low = name.lower()
    for a, b in (("ks", "x"), ("kh", "h"), ("iy", "i"), ("yi", "i"), ("y", "i"), ("ph", "f")):
        low = low.replace(a, b)
    return low


def _continues_name(tokens: list[_Token], j: int) -> bool:
    return j < len(tokens) and tokens[j].is_word and tokens[j].capitalised and tokens[j].lower not in _CLAUSE_WORDS


def _title_word(token: _Token) -> bool:
    return any(w in ROLE_NOUNS or w in _HONORIFICS or w in QUALIFIERS for w, _ in _parts(token))


def _appositive(tokens: list[_Token], j: int) -> tuple[list[_Token], list[_Token]]:
    """The description after a name ending at token ``j``: ``(kept, tail)``, tail being what follows a clause word."""
    if j >= len(tokens) or tokens[j].text not in {",", "("} | _DASHES:
        return [], []
    k = j + 1
    # an age between commas ("Tomas Brandt, 54, a reserve colonel") is skipped
    if k + 1 < len(tokens) and tokens[k].text.isdigit() and tokens[k + 1].text == ",":
        k += 2
    phrase = []
    while k < len(tokens) and tokens[k].is_word:
        phrase.append(tokens[k])
        k += 1
    for c, t in enumerate(phrase):
        if _is_clause_break(t):
            if t.lower in _CLAUSE_WORDS and t.lower not in _RELATIVE_WORDS:
                # no closing comma, then a verb: "According to Brandt, the minister said ..." is no appositive
                return [], phrase
            return phrase[:c], phrase[c:]
        # a determiner opens a noun phrase only first, after a preposition or after "and":
        # after another word it is that word's object ("visiting the defence minister")
        if c and t.lower in _DETERMINERS and phrase[c - 1].lower not in _PREPOSITIONS | {"and", "&", "or"}:
            return phrase[:c - 1], phrase[c - 1:]
    return phrase, []


def _title_before(tokens: list[_Token], end: int) -> tuple[int, str]:
    """Start of the title run ending just before token ``end``, and why the scan stopped ("boundary", "word", "negation")."""
    start = end
    k = end - 1
    while k >= 0 and end - k <= TITLE_WINDOW:
        t = tokens[k]
        if not t.is_word:
            return start, "boundary"
        low = t.lower
        if low in _NEGATIONS:
            return start, "negation"
        if low in ("and", "&", "or") or _is_clause_break(t):
            return start, "word"
        if low in _PREPOSITIONS:
            if low in _TITLE_PREPOSITIONS and k + 1 < end and k > 0 and _title_noun(tokens[k - 1]):
                start, k = k, k - 1
                continue
            return start, "word"
        if low in _DETERMINERS:
            # "the" inside a title: "spokesman for the Pentagon"
            if k >= 2 and tokens[k - 1].lower in _TITLE_PREPOSITIONS and _title_noun(tokens[k - 2]):
                start, k = k, k - 1
                continue
            return k, "word"
        start, k = k, k - 1
    return start, "boundary" if k < 0 else "word"


def _title_noun(token: _Token) -> bool:
    return token.is_word and any(w in ROLE_NOUNS for w, _ in _parts(token))


def _descriptions(tokens: list[_Token], i: int, j: int) -> list[tuple[list[_Token], list[_Token]]]:
    """Candidate descriptions of the person named by tokens ``[i, j)``: ``(kept, tail)`` pairs."""
    out = [_appositive(tokens, j)]
    start, why = _title_before(tokens, i)
    if why != "negation" and start < i:
        out.append((tokens[start:i], []))
    elif i >= 2 and tokens[i - 1].text == "," and tokens[i - 2].is_word:
        # "Norvakia's ambassador to Selmara, Tomas Brandt, said"
        start, why = _title_before(tokens, i - 1)
        at_boundary = start == 0 or not tokens[start - 1].is_word
        next_word = tokens[j].lower if j < len(tokens) else ""
        if why != "negation" and start < i - 1 and (at_boundary or next_word not in _SPEECH_VERBS):
            out.append((tokens[start:i - 1], []))
    return [d for d in out if d[0]]


# "a member of the Russian parliament" is "a Russian MP"; "sitting", "serving", "current" only say it is not former.
_MEMBER_OF_PARLIAMENT = re.compile(r"\bmembers? of (?:the\s+)?((?:[A-Z][\w'’-]*\s+)*)(?:parliament|legislature)\b",
                                   re.IGNORECASE)
_CURRENTLY = re.compile(r"\b(?:sitting|serving|current|incumbent)\s+", re.IGNORECASE)
# A member of Russia's parliament by its name: "a Duma deputy", "a deputy of the State Duma".
_DUMA_MEMBER = re.compile(r"\b(?:(?:Russian\s+)?(?:State\s+)?Duma\s+(?:deputy|member|lawmaker)|(?:deputy|member)\s+(?:of|in)\s+"
                          r"(?:the\s+)?(?:Russian\s+)?(?:State\s+)?Duma)\b", re.IGNORECASE)


# Bodies under the names writers use for them in a title ("the US Defense Department" -> "the Pentagon").
_BODY_NAMES = [(re.compile(a), b) for a, b in (
    (r"\b(?:(?:the\s+)?(?:US|U\.S\.|American)\s+)?(?:Defen[cs]e Department|Department of Defen[cs]e)\b", "Pentagon"),
    (r"\bInternational\s+Atomic\s+Energy\s+Agency\b|\bIAEA\b", "UN nuclear agency"),
    (r"\bUnited Nations\b", "UN"), (r"\b(?:International\s+)?[Aa]tomic [Ee]nergy\b", "nuclear"),
)]


# A capitalised word (a country, its people or its possessive) just before a body's name: another country's body.
_OWNED_BEFORE = re.compile(r"[A-Z][\w’'.-]*\s+(?:of\s+)?$")
_OWNED_AFTER = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")


def plain_role(role: str) -> str:
    """Return ``role`` in the words writers use for it in a title ("a sitting member of the Russian parliament" ->
    "a Russian MP"; "the United Nations atomic energy watchdog" -> "the UN nuclear watchdog"; "the IAEA chief" ->
    "the UN nuclear agency chief")."""
    for pattern, name in _BODY_NAMES:
        # (the Pentagon is the US one: not "the Kessian Defence Department", "Kessia's Department of Defence")
        role = pattern.sub(lambda m: m.group(0) if name == "Pentagon" and not re.match(r"(?:the\s+)?(?:US|U\.S\.|American)\b",
                                                                                       m.group(0))
                           and (_OWNED_BEFORE.search(role[:m.start()]) or _OWNED_AFTER.match(role[m.end():]))
                           else name, role)
    role = _DUMA_MEMBER.sub("Russian MP", role)
    return _CURRENTLY.sub("", _MEMBER_OF_PARLIAMENT.sub(lambda m: f"{m.group(1)}MP", role))


def describes_role(name: str, role: str, passage: str, complements: bool = True) -> tuple[int, int] | None:
    """Return the span in ``passage`` of the writer's description of ``name`` as ``role``, or None.

    The description is an appositive after the name ("Tomas Brandt, a reserve colonel, said") or a
    title before it ("Norvakian Foreign Minister Halina Brask said"). All the role's content words must be
    there (stems; a country stands for its demonym or possessive), with the same head noun, the same
    "former"/"deputy"-like qualifiers and no negation; words inside a quotation do not count.
    """
    words = _name_words(name)
    role = plain_role(role)
    role_units = [_Unit(c) for c in _conjuncts([t for t in _tokens(role.replace("’", "'")) if t.is_word])]
    if not words or not role_units or any(u.head is None for u in role_units):
        return None
    mask = _quoted_mask(passage)
    tokens = _tokens(passage)

    def quoted(t: _Token) -> bool:
        return any(mask[t.start:t.end])

    for i, j in _name_mentions(words, tokens):
        if any(quoted(t) for t in tokens[i:j]):
            continue
        for kept, tail in _descriptions(tokens, i, j):
            if any(quoted(t) for t in kept):
                continue
            conjuncts = _conjuncts(kept)
            units = [_Unit(c, tail if n == len(conjuncts) - 1 else ()) for n, c in enumerate(conjuncts)]
            matched = []
            for claim_unit in role_units:
                hit = next((u for u in units if _unit_matches(claim_unit, u, complements)), None)
                if hit is None:
                    break
                matched.append(hit)
            else:
                return min(u.tokens[0].start for u in matched), max(u.tokens[-1].end for u in matched)
    return None


# Ministers' portfolios: "the foreign minister" is not "the defence minister".
PORTFOLIOS = {"foreign": "foreign", "defence": "defence", "defense": "defence", "interior": "interior",
              "home": "interior", "finance": "finance", "treasury": "finance", "justice": "justice",
              "health": "health", "education": "education", "economy": "economy", "energy": "energy",
              "transport": "transport", "agriculture": "agriculture", "culture": "culture", "trade": "trade",
              "environment": "environment", "labour": "labour", "labor": "labour"}
_PORTFOLIO_HEADS = ("minister", "secretary")


def _portfolios(text: str) -> set[str]:
    return {PORTFOLIOS[w] for w in re.findall(r"[a-z]+", text.lower()) if w in PORTFOLIOS}


# Military ranks: "a reserve colonel" is not "a retired general".
RANKS = frozenset({"general", "colonel", "major", "captain", "lieutenant", "admiral", "marshal", "sergeant",
                   "brigadier", "corporal", "private"})


def contradicts_rank(name: str, role: str, passage: str) -> tuple[int, int] | None:
    """Return the span of the passage's description of ``name`` with another military rank than ``role`` gives
    ("Igor Korotchenko, a reserve colonel" against "retired general Igor Korotchenko"), else None."""
    claimed = {w.lower() for w in re.findall(r"[A-Za-z]+", role)} & RANKS
    if not claimed:
        return None
    return next((span for rank in sorted(RANKS - claimed)
                 if (span := describes_role(name, rank, passage, complements=False)) is not None), None)


# Offices a writer names when they describe their holder ("Foreign Minister Halina Brask", "Kremlin spokesman X"), and
# the occupations of people who comment on what office holders do: a holder of the office is not described as one of
# these alone.
_OFFICES = frozenset({"minister", "president", "premier", "chancellor", "ambassador", "envoy", "governor",
                      "spokesperson", "spokesman", "spokeswoman"})
_COMMENTATORS = ("analyst", "pundit", "commentator", "blogger", "columnist", "presenter")
# Words that make the claimed office another's or a past one, or put it in a body that is no state ("adviser to the
# president", "former minister", "president of Osk University").
# (a deputy's or vice office is a state office all the same: a TV analyst is no deputy defence minister)
_NOT_THE_OFFICE = frozenset({"former", "ex", "adviser", "advisor", "aide", "assistant", "staff",
                             "acting", "university", "institute", "union", "association", "club", "foundation",
                             "society", "academy", "company", "bank", "party", "council", "board", "group", "college"})
# A passage that tells an office or a career besides the description ("an economist by training, has been president
# since 2029"): the description is not all the writer says of them.
_CAREER = re.compile(r"\b(?:minister|president|premier|chancellor|ambassador|envoy|spokes(?:man|woman|person)|governor|"
                     r"secretary|by\s+training|"
                     r"by\s+profession|former(?:ly)?|once|served|serves|appointed|took\s+over|heads?|led|leads|"
                     r"has\s+been|in\s+office)\b", re.IGNORECASE)


def contradicts_office(name: str, role: str, passage: str) -> tuple[int, int] | None:
    """Return the span of the passage's description of ``name`` as a commentator (an analyst, a pundit, a columnist)
    when ``role`` is a state office ("Igor Brandt is Kessia's defence minister" against "Igor Brandt, a reserve
    colonel and TV defence analyst") and the passage tells no office or career of theirs; else None."""
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", role)}
    head = _head(list(_tokens(plain_role(role))))
    if head is None or head[0] not in _OFFICES or words & _NOT_THE_OFFICE or words & set(_COMMENTATORS) \
            or _CAREER.search(passage.replace(name, " ")):
        return None
    return next((span for who in _COMMENTATORS
                 if (span := describes_role(name, who, passage, complements=False)) is not None), None)


def contradicts_portfolio(name: str, role: str, passage: str) -> tuple[int, int] | None:
    """Return the span of the passage's description of ``name`` as a minister (or secretary) of another
    portfolio than ``role`` names, else None.

    "Halina Brask is Norvakia's defence minister" against "Norvakian Foreign Minister Halina Brask said ...".
    """
    claimed = _portfolios(role)
    head = next((h for h in _PORTFOLIO_HEADS if h in role.lower().split()), None)
    if not claimed or head is None:
        return None
    span = describes_role(name, head, passage)
    if span is None:
        return None
    described = _portfolios(passage[span[0]:span[1]])
    return span if described and not described & claimed else None


# Nouns that end an organisation's name ("State Department", "Coast Guard"), and the titles whose organisation
# any name before them is ("NATO spokesman").
BODY_NOUNS = frozenset({"department", "ministry", "office", "agency", "guard", "authority", "council", "commission",
                         "service", "services", "force", "forces", "army", "navy", "command", "bank", "court",
                         "committee", "house", "party", "union", "parliament", "senate", "congress", "cabinet",
                         "secretariat", "institute", "bureau", "corps", "police", "administration", "organisation",
                         "organization", "fund", "board", "company", "group", "network", "station"})
_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# A role with its organisation's name before the head noun ("State Department spokesman", "Pentagon adviser").
_ORGANISATION_BEFORE = re.compile(r"(?:(?:the|a|an)\s+)?(?P<organisation>(?:[A-Z][\w.-]*\s+){1,4})(?P<head>[a-z]+)")


def organisation_after(role: str) -> str:
    """Return "State Department spokesman" as "spokesman for the State Department", so that its organisation is
    the role's complement; a people's or a possessor's name before the head ("Russian ambassador", "Ukraine's
    president") is a nationality, and any other role stays as it is."""
    m = _ORGANISATION_BEFORE.fullmatch(role.strip())
    if m is None or m.group("head") not in ROLE_NOUNS or any(
            DEMONYM.fullmatch(w) or w.endswith(("'s", "’s")) for w in m.group("organisation").split()):
        return role
    words = m.group("organisation").split()
    if m.group("head") not in _SPOKES and words[-1].lower() not in BODY_NOUNS \
            and m.group("organisation").strip().lower() not in INSTITUTIONS:
        return role  # ("Talvoria envoy": a country's envoy, whom the nationality rules judge)
    return f"{m.group('head')} for the {m.group('organisation').strip()}"


# Bodies a person's title names, as writers name them (after ``plain_role``: "the United Nations atomic energy
# agency" is "the UN nuclear agency"), with the body each sits in: "the UN's nuclear watchdog" and "UN nuclear chief"
# are the IAEA's, a UN agency. One holder of a title at one body is not described with a title at a body neither
# inside nor around it ("NATO chief" against "head of the UN's nuclear agency"). Acronyms are matched in capitals
# only ("UN", not "un"). A state's people or capital is no body: "Russia's envoy" may be its envoy to the UN.
_BODY_PATTERNS = {
    "nato": r"NATO|Nato|North\s+Atlantic\s+Treaty\s+Organi[sz]ation|(?:Western|transatlantic|North\s+Atlantic)\s+"
            r"(?:military\s+)?alliance",
    "iaea": r"IAEA|International\s+Atomic\s+Energy\s+Agency|(?:UN|U\.N\.)(?:'s|’s)?\s+nuclear|"
            r"(?:global|international)\s+nuclear\s+watchdog",
    "un": r"UN|U\.N\.",
    # (after plain_role, "United Nations" is "UN": "the United Nations health chief" is the WHO's)
    "who": r"WHO|World\s+Health\s+Organi[sz]ation|(?:UN|U\.N\.)(?:'s|’s)?\s+health\s+(?:agency|body|chief|head)",
    "unhcr": r"UNHCR|(?:UN|U\.N\.)(?:'s|’s)?\s+refugee\s+(?:agency|body|chief|head)|"
             r"UN\s+High\s+Commissioner\s+for\s+Refugees",
    "unicef": r"UNICEF|Unicef|(?:UN|U\.N\.)(?:'s|’s)?\s+children(?:'s|’s)?\s+(?:agency|fund|chief|head)",
    "imf": r"IMF|International\s+Monetary\s+Fund",
    "world bank": r"World\s+Bank",
    "osce": r"OSCE|Organi[sz]ation\s+for\s+Security\s+and\s+Co-?operation\s+in\s+Europe",
    "icc": r"ICC|International\s+Criminal\s+Court",
    "red cross": r"ICRC|Red\s+Cross",
    "cia": r"CIA|Central\s+Intelligence\s+Agency",
    "fbi": r"FBI",
    "eu": r"EU|European\s+Union|European\s+Commission",
    "pentagon": r"Pentagon|DoD",
    "state department": r"State\s+Department|Department\s+of\s+State",
    "white house": r"White\s+House",
    "kremlin": r"Kremlin",
}
_BODY_PARENTS = {"iaea": "un", "who": "un", "unhcr": "un", "unicef": "un"}
_BODY_NAMED = {key: re.compile(r"(?<![\w.])(?:" + pattern + r")(?![\w])") for key, pattern in _BODY_PATTERNS.items()}


def _bodies(text: str) -> set[str]:
    """Return the bodies ``text`` names (``_BODY_PATTERNS`` keys, read after ``plain_role``), the UN of "the UN's
    nuclear agency" left to the agency."""
    text = plain_role(text)
    found = {key for key, pattern in _BODY_NAMED.items() if pattern.search(text)}
    return found - {_BODY_PARENTS[key] for key in found if key in _BODY_PARENTS}


def _within(body: str) -> set[str]:
    return {body} | ({_BODY_PARENTS[body]} if body in _BODY_PARENTS else set())


def contradicts_body(name: str, role: str, passage: str) -> tuple[int, int] | None:
    """Return the span of the passage's title of ``name`` at another body than ``role`` names, neither inside nor
    around it ("head of the UN's nuclear agency" against "NATO chief"; "a spokesman for the Pentagon" against "a
    Kremlin spokesman"), else None. Both must hold a role noun, neither be a former or deputy's title, and each name
    one body."""
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", role)}
    claimed = _bodies(role)
    if len(claimed) != 1 or words & (QUALIFIERS | _NEGATIONS) or not words & ROLE_NOUNS:
        return None
    (body,) = claimed
    tokens = _tokens(passage)
    mask = _quoted_mask(passage)
    for i, j in _name_mentions(_name_words(name), tokens):
        for kept, _ in _descriptions(tokens, i, j):
            text = passage[kept[0].start:kept[-1].end]
            told = _bodies(text)
            if any(mask[kept[0].start:kept[-1].end]) or len(told) != 1 or not any(_title_noun(t) for t in kept) \
                    or {t.lower for t in kept} & (QUALIFIERS | _NEGATIONS):
                continue
            (other,) = told
            if body not in _within(other) and other not in _within(body) \
                    or body != other and _heads_body(role) and _heads_body(text):  # ("UN Secretary-General")
                return kept[0].start, kept[-1].end
    return None


# Titles of the one person at the top of a body: the head of the UN's nuclear agency is not the UN's. ("chief" is
# read as "head"; a chief of staff heads no body.)
_TOP_HEADS = frozenset({"head", "leader", "director", "president", "chairman", "chairwoman", "chairperson", "chair"})
_TOP_TITLE = re.compile(r"\b(?:secretary|director)[\s-]+general\b", re.IGNORECASE)
_OF_STAFF = re.compile(r"\b(?:chief|head)s?\s+of\s+(?:staff|cabinet|department|division|section|unit|press|"
                       r"protocol|security|delegation|mission)\b", re.IGNORECASE)


def _heads_body(title: str) -> bool:
    """True when ``title`` is the top office of its body ("NATO chief", "head of the IAEA", "UN Secretary-General");
    not "chief of staff" or "head of the press office"."""
    if _OF_STAFF.search(title):
        return False
    head = _head(list(_tokens(plain_role(title))))
    return head is not None and head[0] in _TOP_HEADS or _TOP_TITLE.search(title) is not None


def contradicting_description(name: str, role: str, passage: str, then: bool = False) -> tuple[int, int] | None:
    """Return the span of the writer's description of ``name`` that contradicts ``role``, else None: "a former MP"
    against "an MP" (not against a role held ``then``: "was an MP"), another portfolio, another named complement,
    another nationality, another military rank, a commentator against an office ("TV defence analyst" against
    "defence minister"), out of service against in it, or an outlet on the other side ("pro-government daily X"
    against "an opposition newspaper")."""
    said = role  # (as the claim words it: ``plain_role`` drops "serving", which ``contradicts_service`` reads)
    role = organisation_after(role)
    if describes_role(name, role, passage) is not None:
        return None  # described as the claim words it ("spokeswoman for the US Department of Defense")
    role = plain_role(role)
    former = None if is_former(role) or then else describes_role(name, "former " + role, passage)
    return former or contradicts_portfolio(name, role, passage) or contradicts_complement(name, role, passage) \
        or contradicts_nationality(name, role, passage) or contradicts_rank(name, role, passage) \
        or contradicts_office(name, role, passage) or contradicts_body(name, role, passage) \
        or contradicts_service(name, said, passage) or contradicts_side(name, said, passage)


# A description that puts the person out of the service a role says they are in (``_IN_SERVICE``).
_OUT_OF_SERVICE = re.compile(r"\b(?:reserve|retired|former|ex)\b")


def contradicts_service(name: str, role: str, passage: str) -> tuple[int, int] | None:
    """Return the span of the writer's description of ``name`` as out of service ("a reserve colonel", "retired
    general X", "former MP X") when ``role`` says the person serves ("serving officer", "sitting MP"), else None."""
    words = _name_words(name)
    if not words or not _IN_SERVICE.search(role.lower()):
        return None
    surname = re.escape(words[-1])
    after = re.compile(surname + r"(?:['’]s)?,\s+(?:an?|the)\s+(?P<d>[^,.;]{1,60})")
    before = re.compile(r"(?P<d>(?:[\w-]+\s+){1,4})(?:[A-Z][\w'’-]*\s+){0,2}" + surname + r"\b")
    for pattern in (after, before):
        for m in pattern.finditer(passage):
            if _OUT_OF_SERVICE.search(m.group("d").lower()):
                return m.span()
    return None


# A ministry named by its portfolio: "the Ministry of Foreign Affairs", "North Korea's defence ministry".
_MINISTRY_OF = re.compile(r"\b[Mm]inistry\s+of\s+(?:the\s+)?([A-Za-z]+)")
_PORTFOLIO_MINISTRY = re.compile(r"\b([A-Za-z]+)\s+[Mm]inistry\b")


# The country a ministry belongs to, as written before it ("North Korea's", "the North Korean").
_MINISTRY_OWNER = re.compile(r"((?:[A-Z][\w-]*\s+)*[A-Z][\w-]*)(?:['’]s)?\s+(?:[a-z]+\s+)?$")


def ministries(text: str) -> set[str]:
    """Return the portfolios (``PORTFOLIOS`` values) of the ministries ``text`` names."""
    return {p for p, _ in _ministries(text)}


def _ministries(text: str) -> set[tuple[str, frozenset[str]]]:
    """Return ``(portfolio, owner words)`` for each ministry ``text`` names ("North Korea's defence ministry" ->
    ("defence", {"north", "korea"})); the owner is empty when no name stands before it."""
    out = set()
    for pattern in (_MINISTRY_OF, _PORTFOLIO_MINISTRY):
        for m in pattern.finditer(text):
            if m.group(1).lower() not in PORTFOLIOS:
                continue
            owner = _MINISTRY_OWNER.search(text[max(0, m.start() - 60):m.start()])
            words = frozenset(w.lower() for w in owner.group(1).split()) - {"the", "a"} if owner else frozenset()
            out.add((PORTFOLIOS[m.group(1).lower()], words))
    return out


def _same_owner(a: frozenset[str], b: frozenset[str]) -> bool:
    """True when two ministries' owners may be one country: either is unnamed, or every word of each has a word of
    the other it begins alike with ("North Korea's" and "North Korean"; not "South Korea's")."""
    return not a or not b or all(any(x[:4] == y[:4] for y in b) for x in a) and all(any(y[:4] == x[:4] for x in a)
                                                                                  for y in b)


def ministry_conflict(claim: str, passage: str) -> bool:
    """True when the claim and the passage each name a ministry of one country and none is the same ("talks with
    officials from North Korea's defence ministry" against "representatives of the North Korean Ministry of Foreign
    Affairs"; "South Korea's foreign ministry" says nothing of North Korea's)."""
    wanted, given = _ministries(claim), _ministries(passage)
    pairs = [(p, q) for p, a in wanted for q, b in given if _same_owner(a, b)]
    return bool(pairs) and not any(p == q for p, q in pairs)


def contradicts_complement(name: str, role: str, passage: str) -> tuple[int, int] | None:
    """Return the span of the passage's description of ``name`` with the role's head noun but another named
    complement, else None: "A spokesman for the Pentagon Pat Ryder" against "Pat Ryder is a spokesman for the
    Kremlin"; "Russia's ambassador to North Korea, Alexandre Matsegora" against "... ambassador to Russia".
    Both complements must be capitalised names, and an acronym ("the UN") is never judged."""
    units = [_Unit(c) for c in _conjuncts([t for t in _tokens(role.replace("’", "'")) if t.is_word])]
    if len(units) != 1 or units[0].head is None or units[0].complement is None:
        return None
    claimed = units[0].complement
    head_word = units[0].head[0]
    if not claimed[1] or _acronym(claimed[0], role):  # "the UN", "NATO": acronyms are not judged
        return None
    span = describes_role(name, head_word, passage, complements=False)
    if span is None:
        return None
    described = _Unit([t for t in _tokens(plain_role(passage[span[0]:span[1]])) if t.is_word])
    other = described.complement
    if other is None or not other[1] or _same(claimed, other) or _acronym(other[0], passage[span[0]:span[1]]):
        return None
    if re.search(r"\b" + re.escape(claimed[0]) + r"\b", passage[span[0]:span[1]], re.IGNORECASE):
        return None  # ("Security Council secretary" is the "secretary of the National Security and Defence Council")
    if _capital_of(claimed[0], described.complement_words) or _capital_of(other[0], units[0].complement_words):
        return None  # ("ambassador in Pyongyang" is the "ambassador to North Korea")
    return span


def _capital_of(word: str, complement: list[tuple[str, bool]]) -> bool:
    """True when ``word`` (lower-cased) is a capital and the other side's ``complement`` words are its country's
    name ("pyongyang" and "north korea"), not merely hold it ("to North Korea from Russia" is Russia's envoy)."""
    country = capital_country(word.capitalize())
    return country is not None and country.lower().split() == [w for w, _ in complement]


def _acronym(word: str, text: str) -> bool:
    """True when the complement ``word`` (lower-cased) is an acronym in ``text`` ("the UN"), or one precedes it as
    the head of a possessive ("the UN's nuclear agency"); "the US State Department" is judged by "Department"."""
    return re.search(r"\b" + re.escape(word.upper()) + r"\b", text) is not None \
        or re.search(r"\b[A-Z]{2,6}(?:'s|’s)\s+(?:[\w-]+\s+){0,3}" + re.escape(word) + r"\b", text,
                     re.IGNORECASE) is not None


# A people's name ("Talvorian", "Korean", "Japanese", "Danish").
DEMONYM = re.compile(r"[A-Z][a-z]{2,}(?:ian|ean|ese|ish)")


# Hyphenated words that name a place or a language without saying whose a person or outlet is.
_NOT_WHOSE = re.compile(r"-(?:based|language|speaking|born|registered|headquartered)$")


def _nationality(tokens: list[_Token]) -> str | None:
    """The country a role's words before its head noun name ("Russia's ambassador", "North Korean Ambassador",
    "a former Talvorian MP"), lower-cased as written, or None."""
    for t in tokens:
        if t.lower in _PREPOSITIONS:
            break
        if _NOT_WHOSE.search(t.lower):
            continue  # "a Velm-based Kessian-language website": where it sits or writes, not whose it is
        if t.capitalised and (t.possessive or DEMONYM.fullmatch(t.base)):
            return t.lower
        for word, capitalised in _parts(t):  # "Ex-Russian": former, russian
            if capitalised and word not in QUALIFIERS and country_word(word):
                return word
    return None


def is_former(role: str) -> bool:
    """True when ``role`` says the person held it before ("former MP", "ex-minister", "Ex-Russian MP")."""
    return any(w == "former" for t in _tokens(role.replace("’", "'")) if t.is_word for w, _ in _parts(t))


# Head nouns of a news outlet (the ones the annotate stage reads as outlets, less "publication"): a claim's "media
# outlet" is any of them, and each is a kind of the others for a question of whose outlet it is ("a Ukrainian media
# outlet" against "Russian news agency Regnum").
MEDIA_HEADS = OUTLET_NOUNS - {"publication"}
# What side an outlet takes, as a writer tells it: one of these against one of the other.
_GOVERNMENT = r"(?:kremlin|government|regime|establishment|presidential|party)"
_ON_SIDE = re.compile(r"\b(?:pro-" + _GOVERNMENT + r"|state|state-(?:run|owned|controlled|backed)|"
                      r"government-(?:run|owned|backed|controlled)|loyalist)\b")
# Words that make an outlet's head noun one of the press ("news agency", not "space agency"; "TV channel").
_PRESS_WORDS = re.compile(r"\b(?:news|press|media|tv|television|radio|broadcast\w*|newspaper|daily|tabloid|magazine|"
                          r"weekly|wire)\b", re.IGNORECASE)
# Head nouns that name the press only with a press word beside them ("space agency", "rail station").
_AMBIGUOUS_MEDIA_HEADS = frozenset({"agency", "network", "station", "channel", "outlet", "website", "paper"})
_AGAINST_SIDE = re.compile(r"\b(?:opposition|independent|anti-" + _GOVERNMENT + r"|dissident)\b")


def _media_head(role: str) -> str | None:
    """The media head noun (``MEDIA_HEADS``) ``role`` ends in, or None ("Kessian news agency" -> "agency")."""
    words = role.lower().replace("’", "'").split()
    return words[-1] if words and words[-1] in MEDIA_HEADS else None


def media_descriptions(name: str, passage: str) -> list[tuple[int, int]]:
    """Return the spans of the writer's descriptions of ``name`` as any kind of news outlet ("pro-Kremlin daily
    Izvestia", "Velmpress, a Kessian news agency,")."""
    spans = {(head, describes_role(name, head, passage, complements=False)) for head in MEDIA_HEADS}
    return sorted({span for head, span in spans if span is not None
                   and (head not in _AMBIGUOUS_MEDIA_HEADS or _PRESS_WORDS.search(passage[span[0]:span[1]]))})


def contradicts_side(name: str, role: str, passage: str) -> tuple[int, int] | None:
    """Return the span of the writer's description of outlet ``name`` as on the other side from ``role``'s, else
    None: "pro-Kremlin daily Izvestia" or "state broadcaster KTV" against "an opposition newspaper", "an
    independent channel"; and the other way round."""
    low = role.lower()
    if _media_head(role) is None or _ON_SIDE.search(low) and _AGAINST_SIDE.search(low):
        return None
    for span in media_descriptions(name, passage):
        told = passage[span[0]:span[1]].lower()
        if _AGAINST_SIDE.search(low) and _ON_SIDE.search(told) and not _AGAINST_SIDE.search(told) \
                or _ON_SIDE.search(low) and _AGAINST_SIDE.search(told) and not _ON_SIDE.search(told):
            return span
    return None


# Head nouns a writer uses alike for one kind of commentator ("military analyst", "military expert").
_ALIKE_HEADS = {"analyst": ("expert", "commentator"), "expert": ("analyst", "commentator"),
                "commentator": ("analyst", "expert"), "pundit": ("analyst", "expert", "commentator")}


def contradicts_nationality(name: str, role: str, passage: str) -> tuple[int, int] | None:
    """Return the span of the passage's description of ``name`` with the role's head noun but another country
    before it, else None: "North Korean Ambassador Sin Hong Chol" against "Sin Hong Chol is Russia's ambassador";
    "A former Russian MP Ilya Ponomarev" against "... is a former Ukrainian lawmaker"."""
    tokens = [t for t in _tokens(role.replace("’", "'")) if t.is_word]
    unit = _Unit(tokens)
    claimed = _nationality(tokens)
    if claimed is None or unit.head is None:
        return None
    # the role as claimed but for its country ("former lawmaker" of "former Ukrainian lawmaker")
    rest = " ".join(t.text for t in tokens if t.lower != claimed)
    span = describes_role(name, rest, passage, complements=False) or describes_role(name, unit.head[0], passage,
                                                                                   complements=False)
    for alike in _ALIKE_HEADS.get(unit.head[0], ()) if span is None else ():
        # ("a Ukrainian military analyst" against "the Russian military expert")
        span = describes_role(name, alike, passage, complements=False)
        if span is not None:
            break
    if span is None and unit.head[0] in MEDIA_HEADS:  # ("a Ukrainian media outlet": "Russian news agency Regnum")
        span = next(iter(media_descriptions(name, passage)), None)
    if span is None:
        return None
    described = _nationality([t for t in _tokens(passage[span[0]:span[1]]) if t.is_word])
    if described is None or same_party(CAPITALS.get(described, described), CAPITALS.get(claimed, claimed)):
        return None  # ("Moscow's ambassador" is Russia's)
    return span
