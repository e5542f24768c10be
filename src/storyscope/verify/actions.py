"""What a claim says happens (its action), and whether a parsed passage states that action or its opposite.

Rules over spaCy parses (``parse_texts`` parses each text once per process): the claim's main verb below any
frame ("is said to have offered" -> "offer", ``claim_action``) and the thing it is done to (``claim_object``);
the verbs, event nouns and things that state them ("severed" for "cut", "recognition" for "recognise", "soldiers"
for "troops": ``states_action``, ``states_object``); the opposite actions that contradict it ("kept" against
"severed", ``opposite_action``); negation (``negated``); and the words news writers use alike, for matching
(``canonical_text``, ``alike``) and for widening a retrieval query (``synonyms``).
"""

from __future__ import annotations

import re
from typing import Any

from storyscope.verify.stance_rules import place_word, same_word, stem

# Verbs that carry no action of their own, and frames around the action ("is said to have offered"):
# the claim's action is looked for below them.
_FRAME_LEMMAS = frozenset({"be", "have", "do", "say", "report", "believe", "accuse", "allege", "know", "think",
                           "claim", "seem", "appear", "expect", "set", "go", "continue", "begin", "start", "try",
                           "hesitate", "poise", "intend", "become"})
# "find" and "help" frame an action only with a clause or a complement ("found it harder to recruit", "found that
# ...", "could help rebuild roads"); otherwise they are the action ("investigators found mass graves").
_FRAMING_WITH_CLAUSE = frozenset({"find", "help"})
# Words after "be" that frame what is about to happen ("are about to join", "is due to sign", "is poised to win").
_ABOUT_TO = frozenset({"about", "due", "poised", "ready", "set"})

# Parsed claims and passages, kept for the process: one passage is judged against many claims.
_PARSED: dict[str, Any] = {}

_PARSED_MAX = 4096


def parse_texts(texts: list[str]) -> list[Any]:
    """Return spaCy docs of ``texts`` (tagger, parser and lemmatizer; no entities), parsing each text once."""
    from storyscope.annotate.nlp import load_nlp

    todo = [t for t in dict.fromkeys(texts) if t not in _PARSED]
    fresh: dict[str, Any] = {}
    if todo:
        nlp = load_nlp()
        with nlp.select_pipes(disable=[p for p in ("ner",) if p in nlp.pipe_names]):
            fresh = dict(zip(todo, nlp.pipe(todo)))
    out = [fresh[t] if t in fresh else _PARSED[t] for t in texts]
    if fresh:
        if len(_PARSED) + len(fresh) > _PARSED_MAX:
            _PARSED.clear()
        _PARSED.update(fresh)
    return out


def _action_verb(doc: Any) -> Any | None:
    """Return the token of the claim's main verb below any frame, or None (see ``claim_action``)."""
    roots = [t for t in doc if t.dep_ == "ROOT"]
    verb = roots[0] if roots else None
    while verb is not None and verb.lemma_.lower() in _FRAME_LEMMAS | _FRAMING_WITH_CLAUSE:
        # the clause it frames, also through a complement ("finding it harder | to recruit")
        inner = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")]
        if verb.lemma_.lower() in _FRAMING_WITH_CLAUSE:
            inner += [g for c in verb.children if c.dep_ in ("advmod", "acomp", "oprd")
                      or c.dep_ == "ccomp" and c.pos_ in ("ADJ", "ADV")  # ("finding it harder": a parse's ccomp)
                      for g in c.subtree if g.dep_ == "xcomp" or g.dep_ == "advcl" and g.head.i == c.i]
        elif verb.lemma_.lower() == "be":  # "are about to join", "is due to sign": what is about to happen
            inner += [g for c in verb.children if c.dep_ == "acomp" and c.lower_ in _ABOUT_TO for g in c.children
                      if g.dep_ == "xcomp"]
        inner = [c for c in inner if c.pos_ in ("VERB", "AUX")]
        if not inner and verb.lemma_.lower() in _FRAMING_WITH_CLAUSE:
            break  # "investigators found mass graves": finding is the action
        verb = inner[0] if inner else None
    if verb is None or verb.pos_ != "VERB" or verb.text[:1].isupper():  # "Andrii Sybiha is ...": a name, not a verb
        return None
    return verb


def doer_left_out(claim_doc: Any, doc: Any) -> bool:
    """True when the parsed claim names who does its action ("Ukrainian officials accused Russia of ...") and the
    parsed passage tells that action only in the passive with no one doing it ("Russia was accused of ..."): the
    passage does not say who did it."""
    verb = next((t for t in claim_doc if t.dep_ == "ROOT"), None)
    if verb is None or not any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in verb.children):
        return False
    if verb.lemma_.lower() == "be":  # "Ukrainian officials were the ones who accused ..."
        verb = next((g for c in verb.children if c.dep_ == "attr" and c.lower_ in ("one", "ones")
                     for g in c.children if g.dep_ == "relcl"), None)
    if verb is None or verb.pos_ != "VERB":
        return False
    action = verb.lemma_.lower()
    doer = {stem(t.lower_) for c in claim_doc[verb.i].head.children if c.dep_ == "nsubj" for t in c.subtree
            if t.is_alpha} | {stem(t.lower_) for c in verb.children if c.dep_ == "nsubj" for t in c.subtree if t.is_alpha}
    stated = [t for t in doc if t.pos_ in ("VERB", "AUX", "ADJ") and is_action(t, action)]

    def names_doer(tok: Any) -> bool:  # "North Korean troops were sent": the passive's subject names the doer
        told = {stem(t.lower_) for c in tok.children if c.dep_ == "nsubjpass" for t in c.subtree if t.is_alpha}
        return any(w == d or same_word(w, d) for w in told for d in doer - {"the", "a", "an", "who"})
    return bool(stated) and all(any(c.dep_ in ("auxpass", "nsubjpass") for c in t.children)
                                and not any(c.dep_ == "agent" for c in t.children) and not names_doer(t)
                                for t in stated)


def agent_left_out(claim_doc: Any, doc: Any) -> str | None:
    """How the parsed passage tells the doer of an act the parsed claim tells in the passive with who did it ("the
    equipment was developed by the Russians"): "other" when the passage's act has another doer after "by" ("made for
    it by the Chinese"), "none" when no word of the claim's doer is in its phrase ("benefit in terms of military
    development"); None when the passage names the doer, tells no such act, or the claim names no doer."""
    for verb in claim_doc:
        agent = [g for c in verb.children if c.dep_ == "agent" for g in c.subtree if g.is_alpha and g.lower_ != "by"]
        if verb.pos_ != "VERB" or not agent or not _passive(verb):
            continue
        doer = {stem(t.lower_) for t in agent if t.lower_ not in ("the", "a", "an")}
        stated = [t for t in doc if is_action(t, verb.lemma_.lower())]
        if not stated or not doer or any(
                any(w == d or same_word(w, d) for w in (stem(g.lower_) for g in t.subtree if g.is_alpha) for d in doer)
                for t in stated):
            return None
        # ("by the Chinese" against "by the Russians": named parties, folded to their states, and none shared; "by
        # our scientists" names no party, so it tells no other doer)
        claimed = _named_keys(agent)
        told = _named_keys([g for t in stated for c in t.children if c.dep_ == "agent" for g in c.subtree])
        return "other" if claimed and told and not claimed & told else "none"
    return None


def claim_action(doc: Any) -> str | None:
    """Return the lemma of what the claim says happens (its main verb below any frame), or None.

    "North Korea has sent troops" -> "send"; "Kim is said to have offered troops" -> "offer"; "The plant is
    out of control" -> None (a copula: nothing to match).
    """
    verb = _action_verb(doc)
    if verb is None:
        return None
    lemma = verb.lemma_.lower()
    if lemma in _END_IDIOM_VERBS and _ends(verb):
        return "end"  # "bring the war to an end", "put an end to the war": end it
    if lemma in _STRIKING_WITH and any(c.dep_ == "prep" and c.lower_ == "with" and any(
            g.lemma_.lower() in _PENALTIES for g in c.children) for c in verb.children) \
            or lemma in _LAYING_ON and any(c.dep_ == "dobj" and c.lemma_.lower() in _PENALTIES for c in verb.children):
        return "impose"  # "hit Pyongyang with new sanctions", "slap new sanctions on Pyongyang": impose them
    return next((_PHRASAL_ACTIONS[(lemma, c.lower_)] for c in verb.children if (lemma, c.lower_) in _PHRASAL_ACTIONS),
                lemma)


# Verbs that with "with" and a penalty say "impose" ("hit Pyongyang with new sanctions", "slap tariffs on").
_STRIKING_WITH = frozenset({"hit", "slap", "target", "punish"})
_LAYING_ON = frozenset({"slap", "levy", "place", "put", "impose"})
_PENALTIES = frozenset({"sanction", "sanctions", "tariff", "tariffs", "penalty", "penalties", "fine", "fines",
                        "embargo", "restriction", "restrictions"})

# Verbs that with the noun "end" say "end" ("bring the war to an end", "put an end to it").
_END_IDIOM_VERBS = frozenset({"bring", "put", "come"})


def _ends(verb: Any) -> bool:
    """True when ``verb`` is "put an end to" (its object "end" with a "to") or "bring/come ... to an end"."""
    kids = list(verb.children)
    for child in kids:
        if child.dep_ == "dobj" and child.lemma_.lower() == "end" \
                and any(c.lower_ == "to" for c in [*child.children, *kids]):
            return True
        if child.dep_ in ("prep", "dative") and child.lower_ == "to" \
                and any(g.dep_ == "pobj" and g.lemma_.lower() == "end" for g in child.children):
            return True
    return False


# Nouns that measure their "of" phrase ("large amounts of ammunition"): the thing is the phrase's noun.
_MEASURES = frozenset({"amount", "quantity", "number", "lot", "batch", "supply", "shipment", "thousand", "hundred",
                       "dozen", "million", "unit", "group", "contingent", "wave", "kind", "type", "stock", "stockpile",
                       "load", "consignment", "volume", "cache"})


def claim_object(doc: Any) -> str | None:
    """Return the lemma of the common noun the claim's action is done to, or None.

    "North Korea has sent troops to Russia" -> "troop"; "provided Russia with large amounts of ammunition" ->
    "ammunition"; "Kyiv cut relations with Pyongyang" -> "relation"; a name as object ("met Kim") -> None.
    """
    verb = _action_verb(doc)
    if verb is None:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
                if g.dep_ == "pobj"]
    if verb.lemma_.lower() in _ASKING and objects and objects[0].lemma_.lower() in _ASKED_PARTIES:
        # "asking allies for permission": who is asked is no thing acted on; what is asked for is
        objects = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
                   if g.dep_ == "pobj"]
    for obj in objects:
        while obj.lemma_.lower() in _MEASURES:
            inner = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                          if g.dep_ == "pobj"), None)
            if inner is None:
                break
            obj = inner
        if obj.pos_ == "NOUN":
            return _talk_of(obj) or obj.lemma_.lower()
    return None


# Those a request is put to ("asking allies for permission"), not what it is for.
_ASKED_PARTIES = frozenset({"ally", "partner", "leader", "member", "country", "government", "nation", "state",
                            "friend", "donor", "neighbour", "neighbor", "west"})


# Nouns news writers use for one thing sent or done ("soldiers" = "troops").
_SAME_THING = [frozenset(g) for g in (
    {"troop", "soldier", "force", "personnel", "fighter", "serviceman", "servicemen", "army", "infantry",
     "reinforcement", "manpower"},
    {"ammunition", "munition", "shell"}, {"missile", "rocket"}, {"weapon", "arm", "armament"},
    {"worker", "labourer", "laborer", "builder"}, {"relation", "tie"},
    {"pact", "treaty", "agreement", "deal", "accord"}, {"plant", "station", "facility", "site"},
    {"ambassador", "envoy"}, {"talk", "discussion", "negotiation"}, {"invasion", "incursion"},
    {"remark", "comment", "statement"}, {"country", "nation", "state"},
    {"permission", "approval", "authorisation", "authorization", "consent", "clearance"},
    {"support", "backing"}, {"assistance", "aid", "help"},
    {"risk", "danger", "threat", "peril"}, {"claim", "report", "allegation", "rumour", "rumor"},
)]


def _with_group(word: str, groups: list[frozenset[str]]) -> set[str]:
    """Return ``word`` with the other words of its synonym groups."""
    return {word} | set().union(*(g for g in groups if word in g))


def states_object(obj: str, passage: str) -> bool:
    """True when ``passage`` names the thing ``obj`` (a lemma from ``claim_object``) in any form or a news synonym
    ("soldiers" for "troop", "ties" for "relation")."""
    forms = _with_group(obj, _SAME_THING)
    words = {stem(w.lower()) for w in re.findall(r"[A-Za-z]+", passage)}
    return any(same_word(stem(f), w) or stem(f) == w for f in forms for w in words)


# Titles written before a name, no part of it.
_TITLE_WORDS = frozenset({"president", "prime", "minister", "chancellor", "king", "queen", "general", "ambassador",
                          "envoy", "secretary", "chairman", "leader", "premier", "governor", "mayor", "pope", "dr",
                          "mr", "mrs", "ms", "sir", "foreign", "defence", "defense"})
# Verbs of meeting someone: the person met is what the claim is about, and a passage must name them to confirm it.
_MEETING_LEMMAS = frozenset({"meet", "host", "receive", "visit", "phone", "telephone", "call"})


def met_person(doc: Any) -> list[str]:
    """Return the name words (lower case, three letters or more) of the person or place the parsed claim's main verb
    says was met or visited ("Brask met Marr Velm in Osk" -> ["marr", "velm"]), or [] when it names none."""
    verb = _action_verb(doc)
    if verb is None or verb.lemma_.lower() not in _MEETING_LEMMAS:
        return []
    if verb.lemma_.lower() == "call" and any(c.dep_ in ("oprd", "xcomp", "ccomp") for c in verb.children):
        return []  # "called Brask a traitor": a name given, no call made
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
                if g.dep_ == "pobj"]
    for obj in objects:
        if obj.pos_ != "PROPN":
            continue
        words = [t.lower_ for t in obj.subtree
                 if t.pos_ == "PROPN" and t.dep_ in ("compound", "flat") or t.i == obj.i]
        # (a title is no name: "met President Olo Brand"; short names count: "Xi")
        return [w for w in words if len(w) >= 2 and w not in _TITLE_WORDS]
    return []


# Actions and their opposites: a passage stating the opposite of the claim's action (and not the action)
# contradicts it ("Korotchenko said Moscow should turn down the offer" against "... should gratefully accept").
_OPPOSITES = [(frozenset(a), frozenset(b)) for a, b in (
    ({"accept", "welcome", "approve", "agree", "grant"}, {"reject", "refuse", "decline", "dismiss"}),
    ({"keep", "maintain", "preserve", "retain", "strengthen", "deepen", "expand", "upgrade", "bolster"},
     {"sever", "cut", "break", "suspend"}),
    ({"confirm", "admit"}, {"deny"}), ({"win"}, {"lose"}),
    # positions and states that change: both may be true at different times
    ({"support", "back", "endorse"}, {"oppose", "condemn"}),
    ({"allow", "permit", "authorise", "authorize"}, {"ban", "forbid", "prohibit", "block"}),
    ({"open", "reopen"}, {"close", "shut"}), ({"increase", "raise"}, {"reduce", "lower", "decrease"}),
    ({"join"}, {"leave", "quit"}), ({"arrive"}, {"depart"}), ({"advance"}, {"retreat", "withdraw"}),
    ({"impose", "tighten"}, {"lift", "ease", "scrap", "relax"}),
)]

# Where the changes of state begin in _OPPOSITES.
_STATE_CHANGES = 4

_NEGATION = re.compile(r"\b(?:not|never|no|none|nothing|nobody|neither|nor)\b|n’t\b|n't\b", re.IGNORECASE)


# A negated negative that affirms ("should not hesitate to accept", "never fails to"): no negation of the act.
# (a fear denied before an act, "shouldn't be afraid to accept", urges the act; "not afraid of sanctions" negates)
LITOTES = re.compile(r"\b(?:not|never|no)\s+(?:to\s+be\s+|\w+\s+)?(?:hesitat\w*|fail\w*|shy\w*|doubt\w*|"
                      r"(?:afraid|reluctant|scared|wary)(?=\s+to\b))\b|"
                      r"\w+n[’']t\s+(?:\w+\s+)?(?:hesitat\w*|fail\w*|shy\w*|doubt\w*|"
                      r"(?:afraid|reluctant|scared|wary)(?=\s+to\b))\b"
                      # an addition, no negation ("builders too, not just fighters"; "not only A but B")
                      r"|\bnot\s+(?:just|only|merely|simply)\b", re.IGNORECASE)


def negated(text: str) -> bool:
    """True when ``text`` holds a negation ("would not side", "will never stand"); a negated negative ("should not
    hesitate to accept") and an addition ("not just fighters") are none."""
    return _NEGATION.search(LITOTES.sub(" ", text)) is not None


def _adverbial_clauses(doc: Any) -> set[int]:
    """The token indices of the parsed text's adverbial clauses ("after ...", "since Beijing is wary ...")."""
    skip: set[int] = set()
    for tok in doc:
        if tok.dep_ in ("advcl", "prep") and tok.head.dep_ == "ROOT" and tok.lower_ in ("after", "before", "when",
                                                                                      "because", "since", "while") \
                or tok.dep_ == "advcl":
            skip.update(range(tok.left_edge.i, tok.right_edge.i + 1))
    return skip


def without_adverbial_clauses(doc: Any) -> str:
    """Return the parsed text outside its adverbial clauses ("X serves as a bridge, since Y has nothing to lose" ->
    "X serves as a bridge, ")."""
    skip = _adverbial_clauses(doc)
    return "".join(t.text_with_ws for t in doc if t.i not in skip)  # (as written: "shouldn't" stays one word)


def main_clause_without_action(doc: Any) -> str:
    """Return the claim's words outside its adverbial clauses and without its action verb."""
    skip = _adverbial_clauses(doc)
    verb = _action_verb(doc)
    action_i = {verb.i} if verb is not None else set()
    return " ".join(t.text for t in doc if t.i not in skip and t.i not in action_i)


# Auxiliaries that make a verb a possibility, not a fact ("could sever", "would reject").
_MODALS = frozenset({"could", "might", "may", "would", "should", "can", "must"})


# What "declined to ..." or "refused to ..." keeps back rather than refuses: an answer.
_NO_ANSWER = frozenset({"comment", "say", "confirm", "answer", "speak", "elaborate", "respond", "discuss", "specify",
                        "reveal", "disclose", "detail", "name", "identify"})


def _act_groups(lemma: str) -> list[frozenset[str]]:
    """The groups of ``_SAME_ACTION`` and the sides of ``_OPPOSITES`` that hold the verb ``lemma``."""
    return [g for g in _SAME_ACTION if lemma in g] + [side for pair in _OPPOSITES for side in pair if lemma in side]


def another_act_on_it(action: str, doc: Any, about: set[str]) -> bool:
    """True when the parsed passage ``doc`` does not state ``action`` but states, on the same thing, an act these
    lists know as another one ("would provide builders" against "would withdraw builders"): both verbs must be in
    ``_SAME_ACTION`` or ``_OPPOSITES`` and share no group, and the passage verb's phrase must hold one of ``about``
    (stems of the claim's words besides the action). A verb the lists do not know ("sold", "gave") says nothing."""
    mine = _act_groups(action)
    if not mine or states_action(action, doc):
        return False
    for tok in doc:
        if tok.pos_ != "VERB" or any(c.dep_ == "neg" for c in tok.children):
            continue
        theirs = _act_groups(tok.lemma_.lower())
        if not theirs or any(g in mine for g in theirs):
            continue
        phrase = {stem(t.lower_) for c in tok.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree}
        if any(any(same_word(w, p) or w == p for p in phrase) for w in about):
            return True
    return False


def opposite_action(action: str, doc: Any, about: set[str] = frozenset(), changes: bool = False,
                    modal: bool = False) -> bool:
    """True when the parsed passage ``doc`` states, as a fact, the opposite of ``action`` done to what the claim is
    about, and not the action itself: "should turn down the offer" against "accept the offer", "severed relations"
    against "kept relations".

    The opposite verb is unnegated, not a possibility ("could sever") unless ``modal`` (what someone said should
    happen: "should turn down"), not the complement of another verb ("threatened to sever", "refused to sever"),
    and its phrase holds one of ``about`` (stems of the claim's words besides the action: "relations", "offer").
    Changes of state ("open" against "close"), which a later change makes both true, count only when ``changes``
    (the caller's: what someone says should be done is one act, not a state that changes).
    """
    pairs = _OPPOSITES if changes else _OPPOSITES[:_STATE_CHANGES]
    opposites = set().union(*(b for a, b in pairs if action in a), *(a for a, b in pairs if action in b))
    if not opposites or states_action(action, doc):
        return False
    for tok in doc:
        # (what should be done by some means is done: "should respond by imposing new sanctions" imposes them)
        means = modal and tok.dep_ == "pcomp" and tok.head.lower_ == "by"
        if tok.pos_ not in ("VERB", "AUX") or tok.dep_ in ("xcomp", "advcl", "relcl", "acl", "pcomp") and not means \
                or any(c.dep_ == "neg" or not modal and c.dep_ == "aux" and c.lower_ in _MODALS for c in tok.children):
            continue
        lemma = tok.lemma_.lower()
        lemma = next((_PHRASAL_ACTIONS[(lemma, c.lower_)] for c in tok.children
                      if (lemma, c.lower_) in _PHRASAL_ACTIONS), lemma)
        if lemma not in opposites:
            continue
        if any(c.dep_ == "xcomp" and c.lemma_.lower() in _NO_ANSWER for c in tok.children):
            continue  # "declined to comment on the ceasefire" neither agrees nor refuses
        phrase = {stem(t.lower_) for t in tok.subtree if t.i != tok.i}
        if not about or any(any(same_word(w, p) for p in phrase) for w in about):
            return True
    return False


# Verbs news writers use for one action ("cut ties" = "severed relations"); a passage stating any of a group
# states the others.
_SAME_ACTION = [frozenset(g) for g in (
    {"send", "deploy", "dispatch", "supply", "provide", "deliver", "ship", "transfer"},
    {"cut", "sever", "break", "suspend"}, {"sign", "conclude", "ink", "seal"}, {"lead", "head"},
    {"deny", "reject", "dismiss", "refute"}, {"kill", "slay"}, {"wound", "injure"},
    {"attack", "strike", "shell", "bomb", "hit", "pound"}, {"offer", "propose", "pledge", "promise"},
    {"recognise", "recognize", "acknowledge"}, {"train", "prepare", "drill"}, {"ask", "request", "seek", "urge"},
    {"deepen", "intensify", "strengthen"}, {"invade", "occupy"}, {"collapse", "burst", "breach"},
    {"welcome", "greet"}, {"approve", "adopt", "endorse", "ratify"}, {"join", "enter"}, {"serve", "act"},
    {"respond", "answer", "reply"}, {"accept", "grab", "embrace"},
)]

# Phrasal verbs for an action: "the dam gave way" for "collapse".
_PHRASAL_ACTIONS = {("give", "way"): "collapse", ("turn", "down"): "reject", ("call", "off"): "cancel",
                    ("pull", "out"): "withdraw", ("back", "down"): "retreat", ("take", "up"): "accept",
                    ("hand", "over"): "transfer", ("wave", "away"): "dismiss", ("brush", "off"): "dismiss",
                    ("brush", "aside"): "dismiss", ("wave", "off"): "dismiss"}


# Verbs that label, and labels that call a thing false: labelling it so dismisses it.
_LABELLING = frozenset({"brand", "label", "call", "dub", "describe"})
# Words of praise a speaker's description may hold ("described the workers as highly skilled", "greeted hard-working
# builders"): such a description praises what it describes.
_PRAISING = frozenset({"skilled", "qualified", "hard-working", "hardworking", "motivated", "excellent", "brave",
                       "heroic", "reliable", "outstanding", "professional", "talented", "disciplined", "capable",
                       "tireless", "courageous", "exemplary", "admirable", "impressive", "dedicated", "diligent"})
_PRAISING_WORD = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(_PRAISING)) + r")(?![\w-])", re.IGNORECASE)
_PRAISE_ACTS = frozenset({"praise", "hail", "laud", "commend", "applaud"})
# Verbs by which a speaker gives such a description: the labelling verbs and these.
_DESCRIBING = _LABELLING | {"greet", "welcome", "portray", "characterise", "characterize"}
_FALSEHOODS = frozenset({"fake", "false", "lie", "lies", "hoax", "propaganda", "nonsense", "fabrication",
                         "fabrications", "fabricated", "baseless", "unfounded", "untrue", "fiction", "disinformation",
                         "bogus", "invented"})


def _only_label(prep: Any) -> bool:
    """True when an "as" phrase is a label: its noun is a falsehood ("as lies", "as Kessian propaganda", "as blatant
    lies"), false news ("as fake news") or "nothing but" one; not "as fake aid workers"."""
    head = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if head is None:
        return False
    if head.lower_ in _FALSEHOODS or head.lemma_.lower() in _FALSEHOODS:
        return True
    if head.lower_ in ("news", "story", "stories", "claims") and any(c.lower_ in _FALSEHOODS for c in head.children):
        return True
    # "as nothing but lies", "as a pack of lies", "as a tissue of lies"
    return head.lower_ in ("nothing", "pack", "tissue", "web", "heap", "load", "string") \
        and any(t.lower_ in _FALSEHOODS for t in head.subtree)


def _label_words(tok: Any) -> list[Any]:
    """The tokens of the label a labelling verb gives ("fake news" of "branded the claims as fake news", "lies" of
    "called the reports lies"); none for "called for an inquiry into false claims" or "described how propaganda
    spread"."""
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
        return []
    out = []
    for c in tok.children:
        if c.dep_ in ("oprd", "acomp", "attr", "xcomp"):
            out.extend(c.subtree)
        elif c.dep_ == "ccomp":
            out.append(c)  # "called the reports | lies": the small clause's head
        elif c.dep_ == "prep" and c.lower_ == "as":
            out.extend(c.subtree)
        elif c.dep_ == "dobj":
            # (also "as ..." closing the object, which the parser may hang inside it: "branded the claims that
            # troops will enter the war as lies")
            out.extend(t for g in c.subtree if g.dep_ == "prep" and g.lower_ == "as"
                       and (g.head is c or g.right_edge.i == c.right_edge.i and _only_label(g)) for t in g.subtree)
            if tok.lemma_.lower() != "describe":  # "called the reports fake news": the label parsed as the object
                out.extend(t for t in c.subtree if t.dep_ in ("compound", "amod") or t is c)
    return out


# Wanting permission is asking for it ("he wants approval to use Western missiles").
_WANTING = frozenset({"want", "need", "seek", "desire"})
_PERMISSION = frozenset({"permission", "approval", "authorisation", "authorization", "consent", "clearance",
                         "go-ahead", "permit"})
# Heads whose object is wanted or asked for, not done ("wants approval", "called for recognition").
_ASKING = _WANTING | _with_group("ask", _SAME_ACTION) | {"call"}


# Nouns of a group of actions that are also titles ("head" of "lead": "Velkia's head of delegation").
_TITLE_NOUNS = frozenset({"head", "chief", "lead"})
# Nouns that make what follows them a report, not a deed ("reports of Kessia's supply of arms").
_REPORT_NOUNS = frozenset({"report", "claim", "rumour", "rumor", "allegation", "accusation", "suggestion"})


def _reported(tok: Any) -> bool:
    """True when the noun ``tok`` is what a report, claim or rumour is of ("reports of Kessia's supply of arms")."""
    head = tok.head
    return tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _REPORT_NOUNS


def _wished(tok: Any) -> bool:
    """True when the noun ``tok`` is what someone wants or asks for ("wants approval", "called for recognition")."""
    head = tok.head.head if tok.dep_ == "pobj" else tok.head
    return tok.dep_ in ("dobj", "pobj") and head.lemma_.lower() in _ASKING


def is_action(tok: Any, action: str) -> bool:
    """True when ``tok`` states ``action``: a verb of its ``_SAME_ACTION`` group in any form; a noun derived from
    the action ("recognition" for "recognise"); or the action as an event noun with its participant ("the collapse
    of the dam", "Russia's attack"; not "no sign of troops", nor "a ship" for "send")."""
    lemma = tok.lemma_.lower()
    # (a passive participle the tagger took for an adjective: "were being prepared to enter the war")
    if tok.pos_ in ("VERB", "AUX") or tok.pos_ == "ADJ" and any(c.dep_ == "auxpass" for c in tok.children):
        forms = _with_group(action, _SAME_ACTION)
        if "ask" in forms and lemma in _WANTING and any(c.dep_ == "dobj" and c.lemma_.lower() in _PERMISSION
                                                        for c in tok.children):
            return True  # "he wants approval to use missiles": he asks for it
        if any(_PHRASAL_ACTIONS.get((lemma, c.lower_)) in forms for c in tok.children):
            return True
        if "dismiss" in forms and lemma in _LABELLING and any(t.lower_ in _FALSEHOODS for t in _label_words(tok)):
            return True  # "branded the claims as fake news" dismisses them
        if action in _PRAISE_ACTS and lemma in _DESCRIBING and any(
                _PRAISING_WORD.search(tok.doc[c.left_edge.i:c.right_edge.i + 1].text) for c in tok.children
                if c.dep_ in ("dobj", "oprd", "acomp", "prep", "xcomp")):
            return True  # "described the workers as highly skilled", "greeted hard-working builders" praises them
        return any(form in forms or any(same_word(form, f) for f in forms) for form in (lemma, tok.lower_))
    if tok.pos_ != "NOUN" or _wished(tok):
        return False  # "he wants approval", "asked for recognition": asked for, not done
    if lemma != action and lemma in _with_group(action, _SAME_ACTION) and lemma not in _TITLE_NOUNS \
            and not _reported(tok) and any(c.dep_ == "poss" for c in tok.children) \
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return True  # "North Korea's supply of weapons" states "send" (not "a ship" nor "the supply")
    if not same_word(lemma, action):
        return False
    if lemma != action:
        return True
    kids = list(tok.children)
    return any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" for c in kids) \
        and not any(c.lower_ in ("no", "any") for c in kids)


def states_action(action: str, doc: Any) -> bool:
    """True when the parsed passage ``doc`` states ``action`` (``is_action``: "severed" for "cut",
    "recognition" for "recognise")."""
    return any(is_action(t, action) for t in doc)


# Verbs whose clause asks for, urges or refuses an act rather than tells it ("calling on its allies to impose
# sanctions", "refused to sign the accord").
_URGING = _ASKING | {"urge", "press", "push", "plead", "appeal", "implore", "encourage", "demand", "lobby", "refuse",
                     "decline", "fail", "neglect", "omit"}


def _asked_for(tok: Any) -> bool:
    """True when the verb ``tok`` is only asked for, recommended or refused: the clause of a verb of asking, urging or
    refusing ("called on allies to impose", "urged Velm to sign", "refused to sign"), under "should", "must" or
    "ought", what a thing wanted or asked for is for ("wants approval to use the missiles"), or the means of such an
    act ("should respond ... by imposing sanctions")."""
    while True:
        if any(c.dep_ == "aux" and c.lower_ in ("should", "must", "ought") for c in tok.children):
            return True
        if tok.dep_ in ("acl", "relcl") and tok.head.pos_ == "NOUN" and _wished(tok.head):
            return True  # what a thing wanted is for: "wants approval to use the missiles"
        if tok.dep_ in ("xcomp", "ccomp", "pcomp", "pobj", "prep", "advcl", "conj") and tok.head is not tok:
            if tok.dep_ in ("xcomp", "ccomp") and tok.head.lemma_.lower() in _URGING:
                return True
            tok = tok.head
            continue
        return False


def states_action_as_done(action: str, doc: Any) -> bool:
    """True when the parsed passage ``doc`` states ``action`` other than as an act asked for or recommended
    (``_asked_for``): "Kessia is calling on its allies to impose sanctions" does not say the allies imposed them."""
    # (the act's noun wanted or asked for is no act done either: "wants approval to use the missiles")
    return any(is_action(t, action) and not (t.pos_ in ("VERB", "AUX") and _asked_for(t))
               and not (t.pos_ == "NOUN" and _wished(t)) for t in doc)


def _negated_verb(tok: Any) -> bool:
    """True when the verb ``tok`` is negated ("has not approved", "never signed"; not "not only signed")."""
    return any(c.dep_ == "neg" and not (c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ == "only")
               for c in tok.children)


def dismissed_matter(doc: Any) -> str | None:
    """Return the words of what the parsed passage dismisses: the reports or claims it labels false, denies or rejects
    ("the claims that North Korean troops are about to enter the war" of "The Kremlin branded the claims that ... as
    fake news", "reports of soldiers in Osk" of "Velm dismissed reports of soldiers in Osk"), or the clause a denial
    verb denies ("that any troops had crossed"); the label itself left out. None when it dismisses nothing of the kind,
    or not as a fact ("has not denied the reports", "Did Velm dismiss ...?", "refused to dismiss", "would dismiss")."""
    for tok in doc:
        # (stated as done: not "Did X dismiss ...?", "refused to dismiss", "has yet to dismiss", "would dismiss")
        if tok.pos_ != "VERB" or _negated_verb(tok) or not _fact_verb(tok) or not is_action(tok, "dismiss"):
            continue
        for c in tok.children:
            if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _REPORT_NOUNS:
                label = {t.i for g in c.subtree if g.dep_ == "prep" and g.lower_ == "as" for t in g.subtree}
                return " ".join(t.text for t in c.subtree if t.i not in label and t.lower_ not in _FALSEHOODS)
            if c.dep_ == "ccomp" and tok.lemma_.lower() == "deny":
                return " ".join(t.text for t in c.subtree)
    return None


# People a state sends to a war, however the writer counts them ("troops", "specialists", "volunteers").
_SENT_PEOPLE = _with_group("troop", _SAME_THING) | {"specialist", "volunteer", "officer", "adviser", "advisor",
                                                     "mercenary", "unit", "engineer", "instructor"}
# Nouns that set a scene rather than name what a report is about.
_SCENE_NOUNS = frozenset({"war", "conflict", "country", "state", "region", "part", "time", "year", "day", "week",
                          "month", "news"})


# Acts of joining a war: going to it ("head to the front", "deploy"), with the people sent as doer or object
# ("troops will head to ...", "send a company of soldiers"), or entering it ("enter the war", "join the fighting").
_GOING = frozenset({"head", "arrive", "deploy", "send", "dispatch", "move", "go"})
_ENTERING = frozenset({"enter", "join", "fight", "participate"})
# Words of a war ("join the fighting", "enter the war", "head to the front").
_WAR_WORDS = frozenset({"war", "fighting", "fight", "conflict", "front", "frontline", "battle", "combat", "offensive",
                        "invasion", "battlefield"})
# What people are sent to a war to do ("send troops to help Kessia", "to defend the dam"): not "to rebuild the pier".
_WAR_PURPOSES = frozenset({"help", "defend", "support", "train", "protect", "reinforce", "assist", "aid", "bolster",
                           "shore", "back", "serve"})
_FORCES = frozenset({"force", "army", "forces", "side", "ally", "allies"})
# Nouns of taking part in a war ("is to become an active participant in the war").
_TAKING_PART_NOUNS = frozenset({"participant", "participation", "deployment", "combatant"})


def takes_part(doc: Any) -> bool:
    """True when the parsed claim names taking part in a war with a noun ("an active participant in the war"; not
    "participation in the peace talks")."""
    words = {t.lower_ for t in doc}
    return any(t.lemma_.lower() in _TAKING_PART_NOUNS for t in doc) and bool(words & _WAR_WORDS)


def tells_joining_war(doc: Any) -> bool:
    """True when the parsed text tells someone joining, entering or taking part in a war anywhere in it ("amounts to
    a second state joining the war"), not only as its main act (``joins_war``)."""
    return any((t.lemma_.lower() in _ENTERING or t.lemma_.lower() == "take" and any(c.lower_ == "part" for c in t.children))
               and any(g.lower_ in _WAR_WORDS for g in t.subtree if g.i > t.i) for t in doc)


def joins_war(doc: Any) -> bool:
    """True when the parsed claim's own act is joining a war: people sent going somewhere ("a unit of troops is set to
    head to the Donetsk region", "will send a company of soldiers"), entering a war ("join the fighting", "will
    fight"), taking part ("take part in the war") or a noun of taking part; not another act that names troops
    ("sent shells to Norland troops", "head the delegation", "join the monitoring mission", "arrive to rebuild the
    pier")."""
    if takes_part(doc):
        return True
    verb = _action_verb(doc)
    if verb is None:
        return False
    lemma = verb.lemma_.lower()
    below = {t.lower_ for t in verb.subtree if t.i != verb.i}
    purpose = [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"]
    if any(c.lemma_.lower() not in _ENTERING | _WAR_PURPOSES
           or any(g.dep_ == "xcomp" and g.lemma_.lower() not in _ENTERING for g in c.children) for c in purpose):
        return False  # "arrive to rebuild the pier", "send engineers to help rebuild the dam"
    if lemma == "deploy" and not any(c.dep_ == "dobj" for c in verb.children):
        return True  # "Talvoria will deploy to Kessia"
    if lemma in _GOING:
        people = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
        frame = verb
        for _ in range(3):  # "a unit of troops is set to | head", "troops are about to | head": the frame's subject
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in frame.children) or frame.dep_ not in ("xcomp", "acomp"):
                break
            frame = frame.head
            people += [c for c in frame.children if c.dep_ in ("nsubj", "nsubjpass")]
        people += [g for c in people for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                   for g in p.children if g.dep_ == "pobj"]  # "a company of soldiers"
        transitive_head = lemma == "head" and any(c.dep_ == "dobj" for c in verb.children)
        return not transitive_head and any(p.lemma_.lower() in _SENT_PEOPLE for p in people)
    if lemma == "take" and "part" in below:
        return bool(below & _WAR_WORDS)
    if lemma in _ENTERING:
        # ("join the fighting", "fight Norland", "join Kessian forces", "troops are fighting in Kursk"; not "join the
        # monitoring mission", "join the Osk Trade Union", "fight the tariffs", "lawyers are fighting in the courts")
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if objects:
            return all(c.lower_ in _WAR_WORDS or c.lemma_.lower() in _SENT_PEOPLE | _FORCES
                       or lemma == "fight" and c.pos_ == "PROPN" for c in objects)
        if below & _WAR_WORDS:
            return True
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        return any(c.lemma_.lower() in _SENT_PEOPLE | _FORCES or c.pos_ == "PROPN" for c in subjects)
    return False


def shares_thing(doc: Any, text: str) -> bool:
    """True when a noun of the parsed ``doc`` (besides report and scene nouns) is named in ``text`` in any form or a
    news synonym (``states_object``), or both name people sent to a war ("the claims that troops are about to enter
    the war" and "some specialists were already on the ground"; not "reports of arms shipments" and "troops")."""
    nouns = {t.lemma_.lower() for t in doc if t.pos_ == "NOUN"} - _REPORT_NOUNS - _SCENE_NOUNS
    if any(states_object(n, text) for n in nouns):
        return True
    words = {stem(w.lower()) for w in re.findall(r"[A-Za-z]+", text)}
    return bool(nouns & _SENT_PEOPLE) and any(stem(p) in words for p in _SENT_PEOPLE)


# Auxiliaries of what is yet to come or only possible: no fact to hold a claim's polarity against.
_NOT_YET_FACT = _MODALS | {"will", "shall", "'ll", "wo"}
# Subordinators of a clause that is no statement of fact: a condition, a question put, a concession.
_NOT_ASSERTING = frozenset({"if", "unless", "whether", "though", "although", "even", "once"})
# Words by which a negated verb still says it happened ("did not approve them until Friday").
_UNTIL = frozenset({"until", "till", "before"})


def _fact_verb(tok: Any) -> bool:
    """True when the verb ``tok`` states a fact in its own clause: the sentence's main verb or one joined to it
    ("signed ... and ratified"), not a question, a condition, a complement ("failed to approve", "plans to sign"),
    a relative clause, a future or a possibility."""
    head = tok
    while head.dep_ == "conj":
        head = head.head
    if head.dep_ != "ROOT" or tok.sent.text.rstrip().endswith("?"):
        return False
    if any(c.dep_ == "aux" and c.lower_ in _NOT_YET_FACT for c in tok.children) \
            or any(c.dep_ == "mark" and c.lower_ in _NOT_ASSERTING for c in head.children):
        return False
    return not any(t.lower_ in _UNTIL for t in tok.subtree)


def _subject_words(tok: Any) -> set[str]:
    """Lower-cased words of the subject of the verb ``tok`` (through "and"-joined verbs), articles left out."""
    head = tok
    while head.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        head = head.head
    return {t.lower_ for c in head.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree
            if t.is_alpha and t.lower_ not in ("the", "a", "an")}


def polarity_conflict(action: str, claim_doc: Any, doc: Any, about: set[str] = frozenset()) -> bool:
    """True when the parsed passage ``doc`` states the claim's ``action`` as a fact only with the other polarity:
    "Talvoria has not yet approved the quotas" against "Talvoria has approved the quotas", "severed relations"
    against "did not cut ties".

    Both verbs must state facts (``_fact_verb``: not "might not approve", "will sign", "failed to approve", "if it
    had not approved", a question); the passage's verb must have the claim's subject (when both name one) and one
    of ``about`` (stems of the claim's other words: "quotas") in its phrase.
    """
    verb = _action_verb(claim_doc)
    if verb is None or not _fact_verb(verb):
        return False
    stated = [t for t in doc if t.pos_ in ("VERB", "AUX") and is_action(t, action)]
    if not stated or not all(_fact_verb(t) for t in stated):
        return False
    subject = _subject_words(verb)
    for tok in stated:
        told_subject = _subject_words(tok)
        if subject and told_subject and not subject & told_subject:
            return False
        phrase = {stem(t.lower_) for t in tok.subtree if t.i != tok.i}
        if about and not any(any(same_word(w, p) for p in phrase) for w in about):
            return False
    claim_negated = _negated_verb(verb)
    return all(_negated_verb(t) != claim_negated for t in stated)


# One word for each group of verbs and things news writers use alike, for matching a claim's words to a
# passage's; not the verbs of denial, whose forms the refuting cues read.
_MATCHING_ACTIONS = [g for g in _SAME_ACTION if "deny" not in g]
_CANONICAL_VERB = {w: min(g) for g in _MATCHING_ACTIONS for w in g}
_CANONICAL_NOUN = {w: min(g) for g in _SAME_THING for w in g} | {"amount": "amount", "quantity": "amount"}


def _talk_of(tok: Any) -> str | None:
    """"claim" for the noun "talk" before "of" ("talk of troops" is what is said of them; "talks" are
    negotiations), else None."""
    doc = tok.doc
    if tok.pos_ == "NOUN" and tok.lower_ == "talk" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of":
        return "claim"
    return None


def canonical_text(doc: Any) -> str:
    """Return the parsed text with each verb or noun of a synonym group written as one word of it ("Kiev severed
    ties" -> "Kiev break relation"), for a word-overlap match that reads "cut ties" as "severed relations"."""
    out = []
    for tok in doc:
        lemma = _talk_of(tok) or tok.lemma_.lower()
        word = _CANONICAL_VERB.get(lemma) if tok.pos_ == "VERB" else _CANONICAL_NOUN.get(lemma) \
            if tok.pos_ == "NOUN" else None
        out.append((word or tok.text) + tok.whitespace_)
    return "".join(out)


def synonyms(doc: Any) -> list[str]:
    """Return the words news writers use alike for the parsed claim's verbs and things, less those it uses
    ("cut ties" -> "sever", "break", "suspend", "relation"), for a retrieval query that finds "severed relations"."""
    used = {t.lemma_.lower() for t in doc}
    out: list[str] = []
    for tok in doc:
        lemma = _talk_of(tok) or tok.lemma_.lower()
        groups = _MATCHING_ACTIONS if tok.pos_ == "VERB" else _SAME_THING if tok.pos_ == "NOUN" else []
        for group in groups:
            if lemma in group:
                out += sorted(w for w in group - used if w not in out)
    return out


def alike(stems: set[str]) -> set[str]:
    """Return ``stems`` with the stems of the things news writers name alike ("risk" -> "danger", "threat")."""
    out = set(stems)
    for group in _SAME_THING:
        if any(stem(w) in stems for w in group):
            out |= {stem(w) for w in group}
    return out


# Prepositions that name the other party of an action ("cut relations with Kyiv", "sent troops to Russia").
_COUNTERPART_PREPS = frozenset({"with", "to", "against", "on", "from"})
_RELATIVE_PRONOUNS = frozenset({"that", "who", "which"})


def _named_keys(tokens: list[Any]) -> set[str]:
    """The country-folded keys of the capitalised words among ``tokens`` ("the Chinese" -> "china")."""
    return {place_word(t.lower_) for t in tokens if t.is_alpha and t.text[:1].isupper() and t.i > t.sent.start}


def _party_keys(tokens: list[Any]) -> set[str]:
    """The country-folded keys of the proper nouns among ``tokens`` ("Pyongyang" -> "korea", "Kiev" -> "ukraine")."""
    return {place_word(t.lower_) for t in tokens if t.pos_ == "PROPN"}


def _parties(verb: Any) -> tuple[set[str], set[str]]:
    """Return the keys of who does ``verb`` and of the other party it is done to or with.

    The doer of a cleft or relative clause is the noun the pronoun stands for ("it was Pyongyang that cut ...").
    """
    kids = list(verb.children)
    doers = [c for c in kids if c.dep_ in ("nsubj", "nsubjpass")]
    if any(d.lower_ in _RELATIVE_PRONOUNS for d in doers):
        head = verb.head
        doers = [head] if verb.dep_ == "relcl" else [c for c in head.children if c.dep_ == "attr"]
    objects = [c for c in kids if c.dep_ == "dobj"]
    others = [g for x in [verb, *objects] for c in x.children if c.dep_ in ("prep", "dative") and c.lower_ in _COUNTERPART_PREPS
              for g in c.children if g.dep_ == "pobj"]
    return _party_keys(doers), _party_keys([o for o in objects if o.pos_ == "PROPN"] + others)


# Actions two parties do with each other alike.
_MUTUAL = frozenset({"meet", "talk", "negotiate", "speak", "trade", "clash", "fight", "marry", "agree", "cooperate"})


def _passive(verb: Any) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


def _done_to_doers(action: str, doers: set[str], passage: Any) -> bool:
    """True when the parsed passage tells ``action`` in the passive as done to one of ``doers`` (party keys) by no
    one of them ("Russia was accused of attacks", for the doers of "Russia accused Ukraine of attacks")."""
    for tok in passage:
        if tok.pos_ == "VERB" and is_action(tok, action) and _passive(tok):
            done_to = _party_keys([c for c in tok.children if c.dep_ == "nsubjpass"])
            agents = _party_keys([g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"])
            if done_to & doers and not agents & doers:
                return True
    return False


def accuser_accused(claim: Any, passage: Any) -> bool:
    """True when the parsed claim has a party accuse another ("Russia accused Ukraine of shelling the plant") and
    the parsed passage has that party accused ("Russia was accused of attacks near the plant"): the roles the other
    way round, whatever the claim's accusation frame leaves unjudged."""
    for tok in claim:
        if tok.pos_ == "VERB" and tok.lemma_.lower() == "accuse" and not _passive(tok) \
                and any(c.dep_ == "dobj" for c in tok.children):
            doers = _party_keys([c for c in tok.children if c.dep_ == "nsubj"])
            return bool(doers) and _done_to_doers("accuse", doers, passage)
    return False


def reversed_parties(action: str, claim: Any, passage: Any) -> bool:
    """True when the parsed passage tells the claim's ``action`` with the parties the other way round: "it was
    Pyongyang that cut off relations with Kyiv" against "Kiev then severed relations with North Korea". (A passive
    that has the claim's doer on the receiving end is no contradiction: "Russia was attacked by drones" and "Russia
    attacked Ukraine" may both hold; see ``accuser_accused``.)"""
    verb = _action_verb(claim)
    if verb is None or action in _MUTUAL:
        return False  # ("Brask met Varga" is "Varga met Brask")
    doers, others = _parties(verb)
    if not doers or not others or doers & others:
        return False
    for tok in passage:
        if tok.pos_ == "VERB" and is_action(tok, action):
            p_doers, p_others = _parties(tok)
            if p_doers & others and p_others & doers and not p_doers & doers:
                return True
    return False
