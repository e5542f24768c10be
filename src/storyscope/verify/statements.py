"""Claims about what someone said ("X said Y"): the said part, the speaker's title, and how the speaker's own words
can contradict the claim (a misquoted figure, a negation, an opposite phrase)."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from storyscope.verify.parties import DENIAL_VERBS, IRREGULAR_PEOPLES
from storyscope.verify.roles import (
    ROLE_NOUNS,
    contradicting_description,
    plain_role,
)
from storyscope.verify.stance_rules import (
    DATE_NUMBERS,
    content_words,
    covered_share,
    predicate_words,
    same_word,
    stem,
    word_stems,
)

# Verbs of saying, in the forms a claim reports them ("said", "warns").
_SAYING = ("said", "says", "told", "tells", "claimed", "claims", "stated", "announced", "announces", "warned", "warns",
           "confirmed", "confirms", "denied", "denies", "branded", "brands", "insisted", "insists", "described",
           "describes", "urged", "urges", "demanded", "demands", "suggested", "suggests", "argued", "argues", "noted",
           "notes", "stressed", "stresses", "admitted", "admits", "acknowledged", "acknowledges", "predicted",
           "predicts", "declared", "declares", "cited", "cites", "informed", "informs", "vowed", "vows",
           "reassured", "reassures", "assured", "assures", "asserted", "asserts", "alleged", "alleges", "explains",
           "conceded", "concedes", "boasts", "complains", "affirmed", "affirms", "reaffirmed", "reaffirms",
           "reiterated", "reiterates", "emphasised", "emphasized", "emphasises", "emphasizes")
# Verbs that say a statement only before what was said ("Bild reported that ...", "she wrote: ..."); otherwise
# they tell of a deed or a figure ("Russia reported its first case", "No casualties were reported").
_SAYING_BEFORE_CLAUSE = ("reported", "revealed", "wrote", "complained", "explained", "remarked", "boasted", "assessed",
                         "assesses", "assess")
# Words of an attribution's cue that make it a statement: the verbs of saying in any form, and a statement's frames.
SPEECH_WORDS = frozenset(_SAYING + _SAYING_BEFORE_CLAUSE) | {"say",
    "according", "call", "calls", "called", "calling", "saying", "telling", "claiming", "quoted", "quoting", "citing",
    "cite", "state", "pledged", "promised", "urging", "asked", "asking", "demanding", "warning", "accusing", "accused",
    "describing", "denying", "confirming", "announcing", "tweeted", "posted", "writing", "report", "reports", "added",
    "adding", "noting", "tell", "interview", "statement", "dismissed", "rejected", "branding", "insisting",
    "arguing", "replied", "responded", "answered", "remarks", "comments", "commented", "speaking", "spoke",
    # (the plain forms, after a plural speaker: "Intelligence analysts claim ...")
    "claim", "warn", "confirm", "deny", "insist", "argue", "note", "stress", "admit", "acknowledge", "predict",
    "declare", "allege", "assert", "suggest", "urge", "demand", "describe", "brand", "announce", "reveal"}
# Verbs of rejecting, a statement when what is rejected is a report or a claim ("dismissed the reports"), not an
# offer ("rejected the grain offer").
_REJECTING = ("dismissed", "dismisses", "rejected", "rejects", "refuted", "refutes")
# A claim about what someone said ("Grossi said the plant was out of control", "..., according to X"); not a word
# of a compound ("the self-declared republics").
STATEMENT_CUE = re.compile(
    r"(?<!-)\b(?:" + "|".join(_SAYING) + r")\b|\b(?:called|calls)\b(?!\s+(?:off|up|in|back|out)\b)"
    r"|(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bthe )(?<!\bis )(?<!\bare )\b(?:" + "|".join(_SAYING_BEFORE_CLAUSE)
    + r")\b(?=(?:\s+(?:on|in|at|during|late|earlier|last|this)\b(?:\s+[^\s.;:]+){0,3})?(?:\s+that\b|\s*:|\s*,\s*[“\"])"
    r"|\s+(?:at least\s+|about\s+|some\s+|more than\s+)?\d|\s+on\s+(?:a|an|the)\b"
    r"|\s+(?:it|he|she|they|we|[A-Z][\w-]+)\s+(?:had|has|have|was|were|is|are|would|will|could|did)\b"
    r")"
    # "reported Kim's offer": what someone reported of another's words
    r"|\b(?:reported|revealed)\s+(?=(?:[A-Z][\w-]+\s+){0,2}[A-Z][\w-]+['’]s\s+(?:[a-z]+\s+)?(?:offer|claim|plan|"
    r"proposal|demand|warning|threat|promise|pledge|decision|request|call)\b)"
    # "advised Moscow to accept": what someone said should be done
    r"|(?:\badvis(?:ed|es)|(?:(?<=\bas )|(?<=\bwas )|(?<=\bwere )|(?<=\bis )|(?<=\bare ))advising)\s+"
    r"(?=(?:the\s+)?[\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s+(?:not\s+)?to\s+[a-z])"
    r"|(?<!\bfinal )(?<!\ba )(?<!\bthe )(?<!\bno )(?<!\bhave )(?<!\bhas )(?<!\bhad )\bsay\b"
    r"(?!\s+(?:so|yes)\s*[.!?]?\s*$)"
    r"|\b(?:pledged|pledges|promised|promises)(?=\s+that\b|\s+['‘“\"])"  # ("pledged 'full support'": their words)
    r"|\b(?:" + "|".join(_REJECTING) + r")(?=\s+(?:that\b|(?:the\s+|these\s+|such\s+|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*['’]s\s+)?"
    r"(?:reports?|claims?|allegations?|accusations?|rumou?rs?|suggestions?|assertions?|stor(?:y|ies))\b))"
    r"|\baccording to\b",
    re.IGNORECASE)

# Cues by which a speaker affirms what they say is so ("the ministry confirmed", "admitted").
AFFIRMING_CUE = re.compile(r"\b(?:confirm(?:ed|s)?|admit(?:ted|s)?|acknowledg(?:ed|es)|(?:re)?affirm(?:ed|s)?)\b",
                           re.IGNORECASE)

# The cue words of a statement claim, whatever follows them (to leave the speaker once the content is cut).
CUE_WORDS = re.compile(r"(?<!-)\b(?:" + "|".join(_SAYING + _SAYING_BEFORE_CLAUSE + _REJECTING + (
                           "say", "called", "calls", "pledged", "pledges", "promised", "promises")) + r")\b"
                       r"|\baccording to\b", re.IGNORECASE)

# A claim about what is to happen (a plan or a forecast), not what has happened.
FUTURE = re.compile(r"\b(?:will|shall|is to|are to|is set to|are set to|is going to|are going to|plans? to|"
                    r"planning to|intends? to|is expected to|are expected to)\b", re.IGNORECASE)
# A plan as it stood then ("the unit was due to leave in July": a report from June tells it); a verb must follow
# "to" (``check`` reads the parse: not "was due to pilot error", "was to blame", "if they were to attack").
PAST_PLAN = re.compile(r"\b(?:was|were)\s+(?:set\s+|going\s+|expected\s+|scheduled\s+|due\s+)?to\s+(?=[a-z])"
                       r"|\b(?:planned|intended)\s+to\s+(?=[a-z])", re.IGNORECASE)


# A relative clause set off by commas ("The site, near which locals reported shelling, lies ..."): its cue is
# not the claim's.
_RELATIVE_CLAUSE = re.compile(r",\s*(?:(?:[\w'’-]+\s+)?(?:who|whom|whose|which|where)|(?:the|a|an)\s+(?:[\w'’-]+\s+){1,2}that)"
                              r"\b(?:[^,]|,(?=\d))*,(?!\d)")
# Whom a statement was told, before "that" ("told Russian TV that ..."): the said part is what follows.
_TELLING = frozenset({"told", "tells", "informed", "informs", "assured", "assures", "reassured", "reassures"})
_TOLD_THAT = re.compile(r"^\s*(?!by\b)(?:(?!(?:and|or|but|would|will|could|should|can|may|might|must|is|are|was|"
                        r"were|has|have|had|did|does|do|not)\b)[\w'’.&-]+\s+){1,6}?that\s+", re.IGNORECASE)
# Whom a closing "told" names and nothing more ("..., Sybiha told reporters.", "..., she told the Velm Courier on
# Monday").
_ADDRESSEE_ONLY = re.compile(r"^\s*(?!that\b)(?:[\w'’.&-]+\s+){0,5}?[\w'’.&-]+\s*[.!]?\s*$")
# The agent of a passive cue ("were told by Zelensky that ..."): the speaker, not what was said.
_PASSIVE_AGENT = re.compile(r"^\s*by\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s*)+(?:,\s*)?(?:that\s+)?")


# A report verb closing the claim after its source ("..., Russian agency Regnum reports", "..., the Courier
# reported."), and the source before it: a comma, then a few words, one of them a name.
_CLOSING_REPORT = re.compile(r"\b(?:reported|reports|revealed|reveals|wrote|writes)(?=\s*[.!]?\s*$)")
_REPORT_SOURCE = re.compile(r",\s*(?:(?:the|a|an)\s+)?(?:[\w'’.&-]+\s+){0,4}?[A-Z][\w'’.&-]*\s+$")


# Cue words that are also nouns, which a possessive or a determiner just before makes nouns ("in response to
# Ukraine's claims", "the claims that ..."; not "He's warned that ...").
_NOUN_CUES = frozenset({"claims", "demands", "calls", "notes", "boasts", "urges", "cites", "complains"})
_NOUN_BEFORE = re.compile(r"(?:['’]s|s['’]|\b(?:the|his|her|its|their|these|those|such|this|our|your|my))\s+$",
                          re.IGNORECASE)


def _main_cue(claim: str) -> re.Match | None:
    """The first statement cue of ``claim`` outside a relative clause set off by commas, or a report verb closing it
    after its source ("..., Regnum reported"); None when there is neither."""
    inside = [m.span() for m in _RELATIVE_CLAUSE.finditer(claim)]
    found = next((m for m in STATEMENT_CUE.finditer(claim) if not any(s <= m.start() < e for s, e in inside)
                  and not (m.group(0).lower() in _NOUN_CUES and _NOUN_BEFORE.search(claim, 0, m.start()))), None)
    if found is None and (closing := _CLOSING_REPORT.search(claim)) and _REPORT_SOURCE.search(claim[:closing.start()]):
        return closing
    return found


# Where and how the words were said, closing the claim after them (", speaking at a news conference in Odesa"): the
# saying's setting, which the place rules read off the whole claim, not what was said.
_CLOSING_SETTING = re.compile(r",\s*(?:speaking|addressing|appearing|writing)\s+(?:at|in|to|on|during|before|after)\b"
                              r"[^,;]*[.!]?\s*$", re.IGNORECASE)


def said_content(claim: str) -> str:
    """Return what a statement claim says was said: "X said <Y>", "<Y>, X said", "<Y>, according to X",
    "According to X, <Y>", "Z was told by X that <Y>"; without a closing setting of the saying ("X called it a
    threat, speaking at a news conference in Odesa": "it a threat")."""
    said = _said_content(claim)
    setting = _CLOSING_SETTING.search(said)
    return said[:setting.start()] if setting and content_words(said[:setting.start()]) else said


def _said_content(claim: str) -> str:
    m = _main_cue(claim)
    if m is None:
        return claim
    before, after = claim[:m.start()], claim[m.end():]
    if m.group(0).lower().startswith("according"):
        if content_words(before):
            return before
        return after.split(",", 1)[1] if "," in after else after
    agent = _PASSIVE_AGENT.match(after)
    if agent and content_words(after[agent.end():]):
        return after[agent.end():]
    if m.group(0).lower() in _TELLING and "," in before and _ADDRESSEE_ONLY.match(after):
        return before[:before.rfind(",")]  # ("<Y>, Sybiha told reporters": whom it was told closes the claim)
    if content_words(after):
        return after
    return before[:before.rfind(",")] if "," in before else before


def said_clause(claim: str) -> str:
    """Return the clause a statement claim says was said, without whom it was told: "X told Russian TV that Moscow
    should refuse" -> "Moscow should refuse" (``said_content`` keeps "Russian TV that ...", the words the speaker's
    reading leaves out)."""
    said = said_content(claim)
    m = _main_cue(claim)
    # (not after a passive agent, whose addressee is the subject: "Osk was told by Velm that the rumour that ...")
    told = _TOLD_THAT.match(said) if m is not None and m.group(0).lower() in _TELLING \
        and not _PASSIVE_AGENT.match(claim[m.end():]) else None
    return said[told.end():] if told and content_words(said[told.end():]) else said


def statement_claim(claim: str) -> bool:
    """True when ``claim`` is about what someone said rather than about the world ("X said Y"); a cue inside a
    relative clause set off by commas does not count ("The site, near which locals reported shelling, lies ...")."""
    return _main_cue(claim) is not None


def denial_claim_words(claim: str) -> bool:
    """True when the claim's cue is a verb of denial ("X denied that ...")."""
    return any(w.strip(".,;:").lower() in DENIAL_VERBS for w in claim.split())


# What an outlet is called ("the Russian news agency Regnum", "the pro-Kremlin daily Izvestia"), a title like a role.
OUTLET_NOUNS = frozenset({"agency", "newspaper", "daily", "paper", "outlet", "broadcaster", "tabloid", "channel",
                          "website", "weekly", "magazine", "station"})
# A name with its role after it: "Pat Ryder, a spokesman for Nato,", "Pat Ryder, speaking for Nato,".
_NAME_THEN_ROLE = re.compile(r"^\s*((?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)\s*,\s*(?:(?:a|an|the)\s+)?(.+?)[\s,]*$")
_SPEAKING_FOR = re.compile(r"^speaking (?:for|on behalf of)\s+(?:the\s+)?", re.IGNORECASE)


# A cleft after the speaker ("X, the agency, was the outlet that reported ..."): the speaker is X.
_CLEFT = re.compile(r",?\s+(?:was|is|were|are)\s+(?:the\s+)?(?:one|outlet|person|man|woman|official|source|agency|"
                    r"first|only)\s+(?:that|who|which)\s*$", re.IGNORECASE)
# "X, who heads the agency, said": the head of the agency.
_WHO_HEADS = re.compile(r"^(?:who|which)\s+(?:heads|leads|chairs|runs(?!\s+for\b))\s+", re.IGNORECASE)


def speaker_title(speaker_part: str) -> tuple[str, str] | None:
    """Return ``(title, name)`` when the claim gives its speaker a role: before the name ("Ukraine's defence
    minister", "Andrii Sybiha"), ("Foreign Minister", "Andrii Sybiha"), or after it ("Pat Ryder, speaking for
    Nato," -> ("spokesman for Nato", "Pat Ryder"); "Lena Varga, who heads the agency," -> ("head of the agency",
    "Lena Varga")); None otherwise."""
    speaker_part = _CLEFT.sub("", speaker_part)
    after = _NAME_THEN_ROLE.match(speaker_part)
    role = _WHO_HEADS.sub("head of ", after.group(2)) if after else ""
    if after and not re.match(r"(?i)(?:who|which|whose)\b", role):
        role = plain_role(_SPEAKING_FOR.sub("spokesman for ", role))
        nouns = {w.lower().strip(",") for w in role.split()}
        # (a one-word name only for an outlet: "Regnum, the Russian news agency,")
        if nouns & OUTLET_NOUNS or nouns & ROLE_NOUNS and " " in after.group(1).strip():
            return role, after.group(1)
    words = [w.strip(",") for w in speaker_part.replace("’", "'").split() if w.strip(",")]
    last_role = max((i for i, w in enumerate(words) if w.lower().strip(",") in ROLE_NOUNS | OUTLET_NOUNS), default=None)
    if last_role is None:
        return None
    name = words[last_role + 1:]
    if name[:1] == ["called"]:
        name = name[1:]  # "a news agency called Regnum"
    outlet = words[last_role].lower() in OUTLET_NOUNS  # an outlet may have a one-word name ("Regnum")
    if len(name) < (1 if outlet else 2) or not all(w[:1].isupper() for w in name):
        return None
    title = [w for i, w in enumerate(words[:last_role + 1]) if w.lower() != "the" or i > 0]
    return " ".join(title), " ".join(name)


def misdescribes(title: tuple[str, str], passage: str) -> bool:
    """True when the writer's own description of the speaker contradicts the title the claim gives them."""
    role, name = title
    return contradicting_description(name, role, passage) is not None


# Phrases that say the opposite of each other ("under control" / "out of control").
_OPPOSITE_PHRASES = [(re.compile(a, re.IGNORECASE), re.compile(b, re.IGNORECASE)) for a, b in (
    (r"\bunder (?:(?:full|complete|total|firm|effective)\s+)?control\b",
     r"(?<!\bpull )(?<!\bpulled )\bout of (?:(?:all|complete|total)\s+)?control\b"), (r"\blegal\b", r"\billegal\b"),
    (r"\bsafe\b", r"\bunsafe\b"), (r"\bstable\b", r"\bunstable\b"), (r"\btrue\b", r"\bfalse\b"),
    (r"\bunconditional(?:ly)?\b", r"\b(?:with|on|under) conditions?\b|(?<!un)\bconditional\b"),
    (r"\beasier\b|\beasy\b", r"\b(?:more|increasingly) difficult\b|\bharder\b"),
    (r"\b(?:vast|extensive|great|considerable|long|wide|a wealth of)\s+experience\b",
     r"\b(?:little|no|limited|scant|hardly any)\s+experience\b|\binexperienced\b"),
    (r"(?<!\bnot )(?<!n't )(?<!n’t )(?<!\bnobody )(?<!\bno one )(?<!\blonger )(?<!\bhardly )"
     r"\b(?:is|are|was|were|be|been|being|remains?|remained|seems?|seemed|feels?|felt|stays?|stayed)\s+"
     r"(?:\w+ly\s+)?(?:cautious|careful|wary|worried|concerned)\b",
     r"\bun(?:concerned|worried|perturbed|fazed)\b"
     r"|(?:\bnot|n't|n’t|\bnever|\bno longer)\s+(?:\w+\s+)?(?:worried|concerned|cautious|careful|wary)\b"),
    # fear, or caution to avoid something ("cautious not to get under sanctions"), against fear denied
    (r"(?<!\bnot )(?<!n't )(?<!n’t )(?<!\bnobody )(?<!\bno one )(?<!\blonger )(?<!\bhardly )"
     r"\b(?:is|are|was|were|be|been|being|remains?|remained|seems?|seemed|feels?|felt|stays?|stayed)\s+"
     r"(?:\w+ly\s+)?(?:afraid|fearful|scared|frightened|(?:cautious|careful|wary)\s+not\s+to)\b",
     r"\bun(?:afraid|deterred|daunted)\b"
     r"|(?:\bnot|n't|n’t|\bnever|\bno longer)\s+(?!only\b)(?:\w+\s+)?(?:afraid|fearful|scared|frightened)\b"),
    # neutral, or taking a side ("will stay neutral" / "will always stand with Russia"); not a neutrality denied or
    # given up ("cannot stay neutral", "abandoned its neutrality"), a neutral place or person ("on neutral ground"),
    # a side refused ("refuses to side with", "sided with neither"), nor standing with people rather than a party
    (r"^(?!.*(?:\bnot|n't|n’t|\bnever|\bno longer|\bcannot|\bfar from|\babandon\w*|\bend(?:s|ed|ing)?|"
     r"\bg[ai]ve up|\bgiving up|\bdrop(?:s|ped|ping)?)\s+(?:\w+\s+){0,2}neutral)"
     r"(?=.*\bneutral(?:ity)?\b(?!\s+(?:ground|venue|territory|observers?|site|mediators?|broker)\b))",
     r"^(?!.*(?:\bnot|n't|n’t|\bnever|\brefus\w*|\bdecline\w*|\bno longer|\bcannot)\s+(?:\w+\s+){0,3}"
     r"(?:stand|side|siding|sided)\b)(?=.*\b(?:stand|stands|stood|standing|side|sides|sided|siding)\s+(?:\w+ly\s+)?"
     r"with\s+(?:the\s+)?(?-i:[A-Z])|.*\bon the side of\s+(?:the\s+)?(?-i:[A-Z])|"
     r".*\b(?:full|unconditional|unwavering|firm)\s+"
     r"(?:and\s+\w+\s+)?support\s+(?:for|to)\b)"),
    # ties grown closer or further apart ("have grown closer" / "have grown more distant")
    (r"\b(?:grown|grew|grow|grows|growing|become|became|drawn|drew|moved|moving)\s+(?:much\s+|even\s+|ever\s+)?"
     r"(?:closer|tighter)\b",
     r"\b(?:more\s+distant|further\s+apart|farther\s+apart|drifted\s+apart|estranged)\b"),
    # diligence praised or run down ("lazy" / "hard-working")
    (r"\b(?:lazy|idle|work-?shy|unmotivated|indolent|slack)\b",
     r"(?<!\bnot )\b(?:hard[ -]?working|industrious|diligent|(?:highly |well |very )?motivated|tireless)\b"),
    # skills praised or run down ("poorly trained" / "highly skilled")
    (r"\b(?:poorly|badly|ill)[ -](?:trained|skilled|qualified|educated|prepared|equipped)\b"
     r"|\b(?:unskilled|unqualified|untrained|unprepared|ill-equipped)\b",
     r"\b(?:highly|well|very|fully)[ -](?:trained|skilled|qualified|educated|prepared|equipped)\b"),
    # requests granted or turned down ("requests the allies agreed to" / "have so far declined to grant")
    # (a negated "not approved" is the polarity rule's: ``actions.polarity_conflict``)
    (r"(?<!\bnot )(?<!n't )(?<!n’t )(?<!\bnever )(?<!\byet to )\b(?:agreed to|granted|approved|accepted|signed off on)\b",
     r"\b(?:declined|refused|reluctant)\s+to\s+(?:grant|approve|accept|agree)\b"),
    # following another's lead, or acting alone ("must follow Beijing's lead" / "does not have to follow any country")
    (r"(?<!\bnot )(?<!n't )(?<!n’t )\b(?:must|has to|have to|should|always|generally|usually)\s+follows?\b"
     r"|(?<!\bnot )(?<!n't )(?<!n’t )\bfollows?\s+(?:[\w’']+\s+){1,2}lead\b",
     r"\b(?:does\s+not|doesn't|doesn’t|do\s+not|don't|need\s+not|needn't)\s+(?:have\s+to\s+|need\s+to\s+)?follow\b"
     r"|\b(?:act|acts|acting)\s+alone\b"),
    # willingness ("willing to work in hard conditions" / "reluctant to work there")
    (r"(?<!\bnot )(?<!\bun)\b(?:willing|ready|eager|keen|prepared)\s+to\s+(?:work|serve|fight|go|help)\b",
     r"\b(?:reluctant|unwilling|loath|loth|hesitant|not\s+willing|not\s+ready)\s+to\s+(?:work|serve|fight|go|help)\b"),
)]


def opposite_phrase(said: str, passage: str) -> bool:
    """True when ``said`` holds one of a pair of opposite phrases and ``passage`` only the other."""
    for a, b in _OPPOSITE_PHRASES:
        for x, y in ((a, b), (b, a)):
            if x.search(said) and y.search(passage) and not x.search(passage):
                return True
    return False


# What someone was called: "called the rebels bandits", "branding them traitors" -> (object, label), in lower-case
# words only (a name's phrase is past what a pattern can split); not "called on/for" (urging), "called off", nor a
# clause after the object ("branded the claims that ... as fake news").
_LABELLED = re.compile(r"\b(?:call(?:ed|ing|s)?|brand(?:ed|ing|s)?|dubb(?:ed|ing)|dubs|label(?:l?ed|l?ing|s)?)\s+"
                       r"(?!(?:on|for|upon|off|up|in|out|back|it|this|that|a|an|at|to|with|by|from|during|after|"
                       r"before|into|over|as)\b)"
                       r"(?P<object>(?:(?:the|his|her|their|its)\s+)?(?!(?:the|his|her|their|its)\b)[a-z][\w'-]*)"
                       r"\s+(?:as\s+)?"
                       r"(?!(?:that|which|who|to|of|in|on|at|for|with|by|from|and|but|or|after|before|as|twice|"
                       r"again|back|late|early|last|yesterday|today|tonight|later|earlier|repeatedly|once|this|next|"
                       r"every|several|many)\b)"
                       r"(?P<label>(?:(?:an?|the)\s+)?[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2})")


# "described the workers as highly skilled and motivated", "hailed the pact as historic": a label after "as",
# its object up to four words (names included).
_DESCRIBED = re.compile(r"\b(?:describ(?:ed|es|ing)|portray(?:ed|s|ing)|characteri[sz](?:ed|es|ing)|"
                        r"prais(?:ed|es|ing)|hail(?:ed|s|ing)|depict(?:ed|s|ing))\s+"
                        r"(?P<object>(?:(?:the|his|her|their|its)\s+)?(?:[\w'’-]+\s+){0,3}?[a-z][\w'’-]*)\s+as\s+"
                        r"[\"“‘']?(?P<label>(?:(?:an?|the)\s+)?[\w'’-]+(?:(?:,\s*|\s+)(?:and\s+|or\s+)?[\w'’-]+){0,3})")


def labels(text: str) -> list[tuple[str, set[str]]]:
    """Return ``(object stem, label stems)`` for each thing ``text`` says someone called or described as
    something."""
    out = []
    for m in (*_LABELLED.finditer(text), *_DESCRIBED.finditer(text)):
        words = word_stems(m.group("label"))
        if words:
            out.append((stem(m.group("object").split()[-1].lower()), words))
    return out


def label_conflict(said: str, passage: str) -> bool:
    """True when the passage calls the thing the claim says was called something by another name, sharing no word
    of the claim's label: "called the rebels heroes" against "calling the rebels bandits"."""
    given = labels(passage)
    for obj, label in labels(said):
        same = [words for o, words in given if o == obj]
        if same and not any(alike_words(words, label) for words in same):
            return True
    return False


def alike_words(a: set[str], b: set[str]) -> bool:
    """True when a word stem of ``a`` and one of ``b`` are alike: the same, or one the other's derivation by a shared
    beginning of five letters or more ("fraud", "fraudulent"; "illeg", "illegal")."""
    return any(x == y or min(len(x), len(y)) >= 5 and (x.startswith(y[:5]) and y.startswith(x[:5]))
               for x in a for y in b)


# (a bound is no negation: "no later than next year" is "by next year at the latest", "not more than 40" at most 40)
_NEGATED_WORDS = re.compile(r"(?:\b(?:no|not|never)|n['’]t)(?!\s+(?:later|earlier|sooner|more|less|fewer|longer)\s+than\b)"
                            r"\s+(?:\w+\s+)?(\w+)", re.IGNORECASE)


def negates_words(passage: str, words: set[str]) -> bool:
    """True when ``passage`` negates one of ``words`` (stems) right after "no", "not", "never" or "n't" ("no volunteer
    units", "shouldn't be shy": "shy"; not "accepting" in "shouldn't be shy in accepting")."""
    for m in _NEGATED_WORDS.finditer(passage):
        following = []
        for word in (w.lower() for w in m.group(0).split()[1:]):
            if word in _CLAUSE_LINKS:
                break  # "had not stopped despite the truce": what follows "despite" is not negated
            following.append(word)
        if any(stem(f) in words or any(same_word(stem(f), w) for w in words) for f in following
               if len(f) > 2 and f not in STOP_WORDS):
            return True
    return False


# Words that open another phrase after a negated word.
_CLAUSE_LINKS = frozenset({"despite", "after", "before", "since", "until", "because", "although", "though", "while",
                           "during", "amid", "amidst", "following", "unless", "without", "against", "towards"})


# Words after which a denial's passage restates what it stands by ("dismissed the reports, insisting that its
# mission would be limited to 2,000 engineers").
_REAFFIRM = re.compile(r"\b(?:insist\w*|limited to|only|instead|rather|but)\b", re.IGNORECASE)


def reaffirms_figure(claim_figures: set[str], passage: str) -> bool:
    """True when one of ``claim_figures`` appears in ``passage`` after an affirming word ("insisting", "only")."""
    m = _REAFFIRM.search(passage)
    return bool(m and claim_figures and claim_figures & figures(passage[m.end():]))


def figures(text: str) -> set[str]:
    """Return the numbers ``text`` states, leaving out dates and years ("115 000" is one: 115,000, as
    ``content_words`` reads it)."""
    return {w for w in content_words(DATE_NUMBERS.sub(" ", text)) if w[:1].isdigit()}


# An accusation as the claim's own frame ("Russia has been accused of ..."): the claim is about the accusation.
# Not the hedges ("is said to", "reportedly"): a claim that copies an outlet's hedge still asks whether it is so.
_REPORT_FRAME = re.compile(r"\b(?:accused|alleged(?:ly)?)\b", re.IGNORECASE)


def report_frame(text: str) -> set[str]:
    """Return the accusation frames ``text`` uses, lower-cased ("accused", "allegedly" -> "alleged")."""
    return {m.group(0).lower().removesuffix("ly") for m in _REPORT_FRAME.finditer(text)}


# What someone warned or advised against doing ("warned Moscow against accepting the offer"): a negated act.
_AGAINST = re.compile(r"\bagainst\s+\w+ing\b", re.IGNORECASE)


def said_against(said_part: str) -> bool:
    """True when the said part is a warning against an act ("Moscow against accepting the fighters")."""
    return _AGAINST.search(said_part) is not None


# Whom a statement was made to: "told Nato members and European leaders", "told pro-Kremlin daily Izvestia", "in an
# interview with the Express" (the phrase up to a clause word or punctuation).
_ADDRESSEE = re.compile(r"\b(?:told|tells|telling|tell|[Ii]n\s+(?:an\s+)?interview\s+(?:with|for|to)|[Ii]n remarks to|"
                        r"[Ii]n comments to|[Ss]peaking to|"
                        # "gave his praise of the builders to the daily X"
                        # "made his comments praising the builders to the news agency X"
                        r"(?:gave|gives|given|made|makes|make)\s+(?:his|her|their|the)\s+(?:praise|remarks?|comments?|"
                        r"words|interview|statements?|views|assessment|warning)(?:\s+(?:of|about|on|praising|"
                        r"describing|calling|urging|critici[sz]ing)\s+(?:[\w'’-]+\s+){0,6}?[\w'’-]+)?"
                        r"(?<!\btrip)(?<!\bvisit)(?<!\btour)(?<!\bjourney)\s+to)\s+"  # (not "on a visit to Osk")
                        r"(?!by\b)((?:[\w'’.-]+\s+){0,5}?[\w'’.-]+)(?=\s+(?:that|he|she|they|it|on|in|at|about|how|of|when|while"
                        r"|during|was|were|is|are)\b|\s*[,.;:“\"]|\s*$)")


# A name told something with no "that" after it: "told Kommersant the builders would help".
_TOLD_NAME = re.compile(r"\b(?:told|tells)\s+((?:[A-Z][\w'’.-]+\s+){0,2}[A-Z][\w'’.-]+)\s+(?=[a-z])")


# A statement made to a parliament, named by its members or its name.
_TOLD_PARLIAMENT = re.compile(r"\b(?:told|tells|telling|addressed|addressing|(?:remarks?|speech|comments?|address)\s+"
                              r"(?:made\s+)?to|made\s+to)\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?(?:[A-Z][\w'’-]+\s+)?"
                              r"(?:lawmakers|legislators|MPs|members\s+of\s+parliament|parliament(?:arians)?|"
                              # (a parliament by its name is one too: "told the Verkhovna Rada")
                              r"(?:Verkhovna\s+)?Rada|(?:State\s+)?Duma|Bundestag|Knesset|Sejm|Storting|Riksdag|"
                              r"House\s+of\s+Commons|Commons)\b", re.IGNORECASE)


def addressees(text: str) -> set[str]:
    """Return the lower-cased names of whom ``text`` says a statement was made to ("told Nato members" -> {"nato"};
    "told Kommersant the builders would help" -> {"kommersant"}); empty when it names none ("told reporters")."""
    out = set()
    for m in _ADDRESSEE.finditer(text):
        words = _addressee_phrase(m.group(1).split())
        # (an indefinite one is described, not named: "told a British tabloid" names no outlet)
        described = words[:1] in (["a"], ["an"], ["A"], ["An"])
        out |= {re.sub(r"['’]s$", "", w.lower().strip(".'’")) for w in words
                if w[:1].isupper() and w.lower() not in ("the", "a") and not (described and _peoples_word(w))}
    for m in _TOLD_NAME.finditer(text):
        out |= {re.sub(r"['’]s$", "", w.lower().strip(".'’")) for w in m.group(1).split()
                if w.lower() not in ("the", "a", "an")}
    if _TOLD_PARLIAMENT.search(text):
        out.add("parliament")  # ("told lawmakers", "in remarks to his parliament": one audience, however named)
    return out


def _peoples_word(word: str) -> bool:
    """True for a people's word ("British", "Kessian", "German"), by its ending or the irregular ones."""
    low = word.lower().strip(",.")
    return low in IRREGULAR_PEOPLES or low.endswith(("an", "ish", "ese", "ian"))


def _addressee_phrase(words: list[str]) -> list[str]:
    """The words of an addressee phrase up to a name that opens what was said ("told lawmakers Pyongyang is ...":
    "lawmakers"): a capitalised word after a common noun ends it, unless that noun titles an outlet ("the daily
    Izvestia")."""
    for i in range(1, len(words)):
        before = words[i - 1].lower().strip(",")
        if words[i][:1].isupper() and words[i - 1][:1].islower() and before not in OUTLET_NOUNS \
                and before not in ("the", "a", "an", "and", "of", "to", "for", "with", "&"):
            return words[:i]
    return words


def addressee_words(text: str) -> set[str]:
    """Return the stems of the words of the phrases naming whom ``text`` says a statement was made to ("told the
    newspaper Kommersant" -> {"newspaper", "kommersant"})."""
    return {stem(w) for m in _ADDRESSEE.finditer(text) for w in content_words(m.group(1))}


def addressed_otherwise(claim: str, passage: str) -> bool:
    """True when the claim and the passage each name whom a statement was made to, and no name is shared ("told the
    UN General Assembly" against "told Nato members and European leaders"; "told Kommersant" against "told
    pro-Kremlin daily Izvestia")."""
    wanted, given = addressees(claim), addressees(passage)
    return bool(wanted and given) and not wanted & given


# A claim about where a report came from: "The claim that P came from X", "The report that P is sourced to X".
_PROVENANCE = re.compile(r"^\s*(?:the\s+)?(?:claims?|reports?|allegations?|news|stor(?:y|ies)|suggestions?)\s+that\s+"
                         r"(?P<said>.+?),?\s+(?:(?:came|comes|come)\s+from|(?:is|was|are|were)\s+(?:sourced|attributed)\s+to"
                         r"|originated\s+(?:with|from)|(?:was|were)\s+(?:first\s+)?(?:reported|made|published)\s+by)"
                         r"\s+(?P<source>.+?)[.!]?\s*$", re.IGNORECASE)


# ... and where quoted words came from: "The 'not one step back' remark came from X".
_QUOTED_PROVENANCE = re.compile(r"^\s*(?:the\s+|an?\s+)?(?:[“\"‘'](?P<said>[^”\"’]{2,160})[”\"’']\s+(?:warning|remark|comment|"
                                r"claim|jibe|jab|dig|swipe|quip|description|label|line|phrase|words?|threat|appeal)s?\b"
                                # ("The remark about the crews being 'cannon fodder' came from X")
                                r"|(?:warning|remark|comment|claim|jibe|jab|dig|swipe|quip|description|label|line|"
                                r"phrase|words?|threat)s?\s+(?:about|that|on|calling|describing)\s+[^“\"‘',]{2,80}?\s+"
                                r"[“\"‘'](?P<said_in>[^”\"’]{2,160})[”\"’'])[^,]{0,80}?\s+"
                                r"(?:came|comes|come)\s+from\s+(?P<source>.+?)[.!]?\s*$", re.IGNORECASE)


# "The warning about P came from X" (no quotation marks): X warned about P (a remark about the weather tells no words).
_ABOUT_VERBS = {"warning": "warned", "complaint": "complained"}
_ABOUT_PROVENANCE = re.compile(r"^\s*(?:the\s+)?(?P<noun>warning|complaint)s?\s+about\s+"
                               r"(?P<said>[^“\"‘']+?),?\s+(?:came|comes|come)\s+from\s+(?P<source>.+?)[.!]?\s*$",
                               re.IGNORECASE)
# "X was the source of the claim that P", "X is the source for the report that P": X said P.
_SOURCE_OF = re.compile(r"^\s*(?P<source>[A-Z].+?)\s+(?:was|is|were|are)\s+(?:the\s+)?(?:original\s+|first\s+)?source\s+"
                        r"(?:of|for|behind)\s+(?:the\s+)?(?:claims?|reports?|allegations?|news|stor(?:y|ies))\s+that\s+"
                        r"(?P<said>.+?)[.!]?\s*$")


def provenance_as_statement(claim: str) -> str:
    """Return a claim about where a report or quoted words came from as the statement it is about ("The claim that
    P came from X", "The 'P' warning came from X", "X was the source of the claim that P" -> "X said P"); any other
    claim unchanged."""
    source_of = _SOURCE_OF.match(claim)
    if source_of:
        return f"{source_of.group('source')} said {source_of.group('said').strip()}."
    m = _PROVENANCE.match(claim)
    quoted = m is None and _QUOTED_PROVENANCE.match(claim)
    m = m or quoted
    words = (m.group("said") or m.group("said_in")) if quoted else m.group("said") if m else None
    about = None if m else _ABOUT_PROVENANCE.match(claim)
    if about:  # "The warning about troops becoming cannon fodder came from X": X warned about it
        verb = _ABOUT_VERBS[about.group("noun").lower()]
        return f"{about.group('source').strip()} {verb} about {about.group('said').strip()}."
    if not m or not words or not m.group("source"):
        return claim
    said = f"“{words.strip()}”" if quoted else words.strip()  # (the words as quoted)
    source = m.group("source").strip()
    return f"{source}{',' if ',' in source else ''} said {said}."  # ("X, who heads Y, said")


# "A does P, but B is not ...": what the speaker says of one subject and denies of the next.
_BUT = re.compile(r",?\s+but\s+", re.IGNORECASE)
_NOT = re.compile(r"\b(?:not|never|no longer)\b|n[’']t\b", re.IGNORECASE)
_SUBJECT = re.compile(r"^\s*((?:[A-Z][\w’'-]++\s*)+)")


# "... on North Korea but not on China": the claim says it of one name and denies it of another.
_CLAIM_CONTRAST = re.compile(r"(?P<yes>(?:[A-Z][\w’'-]++\s?)+?)\s*,?\s+but\s+not\s+(?:\w+\s+)?"
                             r"(?P<no>(?:[A-Z][\w’'-]++\s?)+)")


# "A is wary of X while B faces no such danger": said of the first name, denied of the one after the conjunction.
_CLAIM_WHILE_NOT = re.compile(r"(?P<yes>(?:[A-Z][\w’'-]++\s?)+)[^,;]*?,?\s+(?:while|whereas|but)\s+(?:the\s+)?"
                              r"(?P<no>(?:[A-Z][\w’'-]++\s?)+)(?:\s+\w+){0,2}?\s+(?:not|no|never)\b")


# Words of being exposed to something, which a contrast's second clause may deny ("North Korea is not in danger").
_EXPOSURE = frozenset(stem(w) for w in ("danger", "risk", "threat", "exposed", "affected", "vulnerable", "safe",
                                        "immune", "subject", "worried", "concerned"))
# Share of the claim's non-name words the passage's first clause must hold for its contrast to be the claim's.
CONTRAST_PREDICATE_COVER = 0.3


def _contrast_reversed(said_part: str, passage: str) -> bool:
    """True when the claim says something of A "but not" of B and the passage, in "..., but ... not ...", says it of
    B and denies it of A: "a constraint on North Korea but not on China" against "China is cautious not to get under
    secondary sanctions ..., but North Korea is not in danger"."""
    m = _CLAIM_CONTRAST.search(said_part)
    parts = _BUT.split(passage, maxsplit=1)
    if len(parts) != 2:
        return False
    if m is not None:
        yes, no = m.group("yes").strip().lower(), m.group("no").strip().lower()
    else:  # "North Korea is wary of sanctions while China faces no such danger"
        m = _CLAIM_WHILE_NOT.match(re.sub(r"^\s*(?:that\s+)?(?:the\s+)?", "", said_part, flags=re.IGNORECASE))
        if m is None:
            return False
        yes, no = m.group("yes").strip().lower(), m.group("no").strip().lower()
    first, second = parts[0].lower(), " ".join(parts[1].split()[:len(yes.split()) + 5]).lower()
    predicate = predicate_words(said_part)
    denial = _NOT.search(second)
    if not (no in first and yes not in first and second.lstrip(" “\"").removeprefix("the ").startswith(yes) and denial):
        return False
    # what the second clause denies is the claim's predicate or an exposure ("North Korea is not in danger"), not
    # another act ("but Kessia did not comment")
    denied = word_stems(parts[1][:200])
    return covered_share(predicate, word_stems(first)) >= CONTRAST_PREDICATE_COVER \
        and bool(denied & (predicate | _EXPOSURE))


def contrasted_subject(said_part: str, passage: str) -> bool:
    """True when the passage says the claim's predicate of another subject, then denies something of the claim's
    subject after "but": "China is cautious not to get under secondary sanctions ..., but North Korea is not in
    danger" against "North Korea, like China, has to be careful about secondary sanctions"."""
    if _contrast_reversed(said_part, passage):
        return True
    said_part = re.sub(r"^\s*(?:that\s+)?(?:the\s+)?", "", said_part, flags=re.IGNORECASE)
    subject = _SUBJECT.match(said_part)
    first = subject.group(1).split()[0] if subject else ""
    if subject is None or _NOT.search(said_part) or first.lower() in STOP_WORDS and not first.isupper():
        return False  # (a name, not "The sanctions" or "That")
    name = subject.group(1).strip()
    predicate = predicate_words(said_part[subject.end():])
    parts = _BUT.split(passage, maxsplit=1)
    if len(parts) != 2 or not predicate or name.lower() in parts[0].lower():
        return False
    first, second = parts
    opening = " ".join(re.sub(r"^(?:the|The)\s+", "", second.strip(" “\"")).split()[:len(name.split()) + 4])
    return opening.lower().startswith(name.lower()) and _NOT.search(opening) is not None \
        and covered_share(predicate, word_stems(first)) >= 0.5


# A claim about what an outlet is: "Regnum is a Ukrainian news agency", "Regnum, the outlet that ..., is a ...".
_OUTLET_CLAIM = re.compile(r"^\s*(?P<name>(?:[A-Z][\w’'-]*\s?){1,3}?)\s*(?:,[^,]+,\s*)?(?:is|was)\s+"
                           r"(?:(?:an?|the)\s+|(?=[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?['’]s\s))"
                           r"(?P<role>(?:[\w’'-]+\s+){0,4}(?:" + "|".join(sorted(OUTLET_NOUNS)) + r"))\s*[.!]?\s*$")


# Fewest words of a quoted stretch a misquote is looked for in.
MIN_QUOTE_WORDS = 4
_QUOTE_WORD = re.compile(r"\w+(?:['’]\w+)?")
# Share of the quoted words the passage must give in the same order for its words to be the stretch quoted.
MISQUOTE_SAME_SHARE = 0.6


def _passage_quotes(passage: str, left_open: bool = True) -> list[str]:
    """The stretches of ``passage`` in quotation marks, marks paired in turn; a quotation left open runs to the end
    (with ``left_open``) or is dropped."""
    out, open_at, mark = [], None, ""
    for i, c in enumerate(passage):
        if open_at is None and (c == "“" or c == '"'):
            open_at, mark = i + 1, "”" if c == "“" else '"'
        elif open_at is not None and c == mark:
            out.append(passage[open_at:i])
            open_at = None
    if open_at is not None and left_open:
        out.append(passage[open_at:])
    return out


def misquoted(claim: str, passage: str) -> bool:
    """True when ``claim`` quotes a stretch of words (``MIN_QUOTE_WORDS`` or more) that ``passage`` quotes
    otherwise: most of it word for word and in order, but a content word put in another's place ("to replace
    Kessians killed" against "to replace Norvakians killed") or two swapped ("Osk is wary, but Velm is not" against
    "Velm is wary, but Osk is not")."""
    said = _quote_words(" ".join(_passage_quotes(passage)))
    for quote in _passage_quotes(claim, left_open=False):
        words = _quote_words(quote)
        if len(words) < MIN_QUOTE_WORDS:
            continue
        match = SequenceMatcher(None, words, said, autojunk=False)
        same = sum(block.size for block in match.get_matching_blocks())
        if same < max(3, MISQUOTE_SAME_SHARE * len(words)) or same == len(words):
            continue
        for op, a0, a1, b0, b1 in match.get_opcodes():
            ours = {w for w in words[a0:a1] if w not in STOP_WORDS and not w.isdigit()}
            theirs = {w for w in said[b0:b1] if w not in STOP_WORDS and not w.isdigit()}
            if op == "replace" and ours and theirs and b1 - b0 <= a1 - a0 + 2 \
                    and not {stem(w) for w in ours} & {stem(w) for w in theirs} \
                    and not (len(ours) == len(theirs) == 1 and _spelt_otherwise(next(iter(ours)), next(iter(theirs)))):
                return True
    return False


def _quote_words(text: str) -> list[str]:
    """The words of ``text`` in lower case, one apostrophe, hyphenated words joined ("cease-fire" -> "ceasefire")."""
    return [w.lower().replace("’", "'") for w in _QUOTE_WORD.findall(re.sub(r"(?<=\w)-(?=\w)", "", text))]


def _spelt_otherwise(a: str, b: str) -> bool:
    """True when two words are one spelt otherwise: "harbor"/"harbour", "gray"/"grey", "Kessia's"/"Kessian" (an edit
    distance of two at most, the first letters the same)."""
    if a[:1] != b[:1]:
        return False
    ops = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    return sum(max(a1 - a0, b1 - b0) for op, a0, a1, b0, b1 in ops if op != "equal") <= 2


def outlet_claim(claim: str) -> tuple[str, str] | None:
    """Return ``(name, role)`` for a claim that an outlet is of a kind ("Regnum is a Ukrainian news agency" ->
    ("Regnum", "Ukrainian news agency")), or None."""
    m = _OUTLET_CLAIM.match(claim)
    return (m.group("name").strip(), m.group("role").strip()) if m else None


# A swapped object is a misquote only where the rest of the said part is the passage's: at least this many of its
# other content words, and this share of them, are in the passage.
SWAP_MIN_CONTEXT_WORDS = 2
SWAP_MIN_CONTEXT_SHARE = 0.6
# Objects that name no thing of their own ("provide them", "sent some", "gave more").
_EMPTY_OBJECTS = frozenset({"some", "more", "any", "all", "one", "ones", "them", "it", "this", "that", "these", "those",
                            "what", "much", "many", "others", "other", "thing", "things", "lot", "number", "part"})


def _verb_objects(doc: Any) -> dict[str, dict[str, str]]:
    """Verb lemma -> {stem: word} of the common nouns it takes as direct objects (with their conjuncts) in ``doc``."""
    out: dict[str, dict[str, str]] = {}
    for tok in doc:
        # (common nouns only: a place or a name is spelt many ways, "the Donbas" and "infrastructure in the Donbass")
        if tok.dep_ != "dobj" or tok.head.pos_ != "VERB" or tok.pos_ != "NOUN" or tok.lower_ in _EMPTY_OBJECTS:
            continue
        nouns = [tok] + [c for c in tok.conjuncts if c.pos_ == "NOUN"]
        out.setdefault(tok.head.lemma_.lower(), {}).update((stem(n.lower_), n.lower_) for n in nouns)
    return out


def acts_on_other_things(claim_doc: Any, passage_doc: Any, alike: Any) -> bool:
    """True when the passage uses a verb of the claim with direct objects none of which is one of the claim's for
    that verb, even as the words news writers use alike (``alike``): "has sent shells and rifles" against "will not send
    troops"."""
    theirs = _verb_objects(passage_doc)
    for verb, objects in _verb_objects(claim_doc).items():
        other = theirs.get(verb)
        if other and not alike(set(objects)) & set(other) and not alike(set(other)) & set(objects):
            return True
    return False


def object_swapped(said_doc: Any, passage_doc: Any, alike: Any) -> tuple[set[str], set[str]] | None:
    """``(the claim's objects, the passage's)``, lower-cased as written, when the speaker's words (``passage_doc``) use
    the verb the claim's said part (``said_doc``) uses with another object, and never name the claim's: "said Osk
    would provide tanks" against "Osk would also provide builders"; else None. ``alike`` widens a set of stems with
    the words news writers use alike ("troops" -> "soldiers"). Whether the two name other things or one thing in
    other words ("housing", "homes") is the caller's to judge."""
    said = _verb_objects(said_doc)
    if not said:
        return None
    theirs = _verb_objects(passage_doc)
    passage_stems = {stem(t.lower_) for t in passage_doc if t.is_alpha}
    for verb, objects in said.items():
        other = theirs.get(verb)
        if not other:
            continue
        ours = alike(set(objects))
        # the rest of what was said must be the passage's, or the passage says it in other words altogether
        # ("accept North Korea's offer" against "accepting the hand extended to us by Kim")
        rest = {stem(t.lower_) for t in said_doc if t.is_alpha and not t.is_stop} - set(objects) - {stem(verb)}
        told = len(rest & passage_stems)
        if told < SWAP_MIN_CONTEXT_WORDS or told < SWAP_MIN_CONTEXT_SHARE * len(rest):
            continue
        if not ours & set(other) and not ours & passage_stems and not alike(set(other)) & set(objects):
            return set(objects.values()), set(other.values())
    return None
