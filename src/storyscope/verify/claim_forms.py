"""Claims in the forms readers write them, put into the plain form ``check`` reads.

A headline names its speaker before a colon ("Port chief Brask: the quay reopens Monday"), a briefing puts the
speaker last in a passive ("New sanctions were urged by the foreign minister") or turns the statement into a noun
("Assurances that the dam was safe were given by the mayor"). Each says what someone said, and reads as the
statement "X said Y" once the speaker is put first; ``plain_claim`` does that and leaves any other claim as it is.
The verdict keeps the claim as the user wrote it.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from typing import Any

from lemminflect import getAllLemmas, getInflection, getLemma
from spacy.lang.en.stop_words import STOP_WORDS

from storyscope.annotate.entities import place_name
from storyscope.verify.actions import parse_texts
from storyscope.verify.dates import DAY_NUMBERS, DAY_WORDS, WEEKDAY_INDEX
from storyscope.verify.headlines import headline_as_sentence
from storyscope.verify.hedged import reported_as_said, unhedged
from storyscope.verify.negated_claims import positive_of
from storyscope.verify.questions import asked_as_statement, has_verb_only_word
from storyscope.verify.roles import DEMONYM, ROLE_NOUNS, described_as_role
from storyscope.verify.shorthand import spelled_out
from storyscope.verify.stance_rules import MONTHS, grouped_thousands
from storyscope.verify.translated import translated_plainly
from storyscope.verify.statements import OUTLET_NOUNS, STATEMENT_CUE, provenance_as_statement, statement_claim

# A label opens a headline ("Update: ...", "BREAKING: ..."); a name in capitals is a speaker ("NATO: ...").
_LABEL_WORDS = re.compile(r"^\s*(?:breaking|updated?|exclusive|live|watch|analysis|opinion|fact[ -]check|just in|"
                          r"warning|note|timeline|explainer|revealed|report|video|pictured|comment|editorial|confirmed|"
                          r"it['’]?s\s+official|it['’]?s\s+happening|alert|reminder|psa)"
                          r"(?:\s+news)?\s*:\s+", re.IGNORECASE)
# Verbs that make the part before a colon a clause, not a speaker ("The mayor had one demand: ...").
_CLAUSE_VERB = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|shall|"
                          r"should|did|does|do|made|makes|gave|gives|got|gets|took|takes)\b")
# "Speaker: what they said", the speaker in at most this many words.
_HEADLINE_SPEAKER = re.compile(r"^\s*(?P<speaker>(?:[^:\"“”‘’'.!?]|(?<=\w)(?<!\bIt)(?<!\bHe)(?<!\bWe)"
                               r"(?<!\bThat)(?<!\bWhat)(?<!\bHere)(?<!\bThere)(?<!\bWho)(?<!\bLet)(?<!\bShe)"
                               r"['’]s\b){2,80}?)\s*:\s+(?P<said>\S.*)$")
HEADLINE_SPEAKER_WORDS = 8
# Words that make the part before a colon a speaker although it ends in a common noun ("UK intelligence").
_SPEAKER_NOUNS = ROLE_NOUNS | OUTLET_NOUNS | frozenset({"intelligence", "officials", "sources", "government", "army",
                                                        "military", "police", "ministry", "kremlin", "pentagon",
                                                        "pundit", "analyst", "expert", "report"})


def _headline_speaker(speaker: str) -> bool:
    """True when the part before a headline's colon names who speaks: a few words, no verb of saying or figure,
    ending in a name ("Pentagon chief Lloyd Austin") or holding a speaker's noun ("UK intelligence")."""
    words = speaker.split()
    if not words or len(words) > HEADLINE_SPEAKER_WORDS or not words[0][:1].isupper() \
            or STATEMENT_CUE.search(speaker) or _CLAUSE_VERB.search(speaker) or any(ch.isdigit() for ch in speaker):
        return False
    return words[-1][:1].isupper() or any(w.lower().strip(",") in _SPEAKER_NOUNS for w in words)


def headline_as_statement(claim: str) -> str:
    """Return a headline's "Speaker: words" as "Speaker said words" and drop a label ("BREAKING: ..."); any other
    claim unchanged."""
    claim = _LABEL_WORDS.sub("", claim)
    m = _HEADLINE_SPEAKER.match(claim)
    if m is None or not _headline_speaker(m.group("speaker")):
        return claim
    return f"{m.group('speaker').strip()} said {m.group('said').strip()}"


# Verbs whose passive with an agent ("... were urged by the minister") tells what the agent said.
_SAYING_LEMMAS = frozenset({"say", "tell", "claim", "state", "announce", "warn", "confirm", "deny", "brand", "insist",
                            "describe", "urge", "demand", "suggest", "argue", "note", "stress", "admit", "acknowledge",
                            "predict", "declare", "cite", "vow", "assure", "reassure", "assert", "allege", "explain",
                            "report", "reveal", "reject", "dismiss", "advocate", "float", "propose", "recommend",
                            "call", "praise", "hail", "criticise", "criticize", "condemn", "welcome"})
# Verbs that carry a statement told by the noun they are said of ("assurances were given by X", "calls were made").
_LIGHT_LEMMAS = frozenset({"make", "give", "issue", "offer", "voice", "express", "raise", "deliver", "provide", "air",
                           "repeat"})
# A statement told as a noun, and the verb of saying that tells it ("calls for" -> "called for"); "of" after the
# noun is dropped ("confirmation of the plan" -> "confirmed the plan").
_SPEECH_NOUNS = {"call": "called", "appeal": "called", "assurance": "assured", "reassurance": "assured",
                 "confirmation": "confirmed", "warning": "warned", "denial": "denied", "claim": "claimed",
                 "allegation": "alleged", "assertion": "asserted", "characterisation": "described",
                 "characterization": "described", "description": "described", "demand": "demanded",
                 "prediction": "predicted", "suggestion": "suggested", "argument": "argued", "pledge": "pledged",
                 "promise": "promised", "announcement": "announced", "rejection": "rejected",
                 "dismissal": "dismissed", "statement": "said", "remark": "said", "comment": "said",
                 "criticism": "said", "praise": "said", "admission": "admitted", "acknowledgement": "acknowledged",
                 "acknowledgment": "acknowledged", "insistence": "insisted", "vow": "vowed"}
# Active forms of the saying verbs where the past participle is not the simple past, and the verbs said otherwise
# in the plain form ("was advocated by X" -> "X called for").
_ACTIVE_VERB = {"advocate": "called for", "propose": "called for", "recommend": "called for", "float": "suggested",
                "report": "said"}

# Verbs whose passive "to" names whom it was said to ("was reported by X to Nato members": X told Nato members).
_TOLD_TO = frozenset({"say", "report", "announce", "reveal", "explain", "state"})


def _span_text(doc: Any, indices: list[int]) -> str:
    return "".join(doc[i].text_with_ws for i in sorted(indices)).strip()


def _as_object(text: str, first: Any) -> str:
    """The subject of the passive as the object of the active: its first letter lower-cased unless it opens a name."""
    if first.pos_ == "PROPN" or first.text.isupper() and len(first.text) > 1 or not text \
            or first.text[:1].isupper() and first.pos_ != "DET" and first.lower_ not in STOP_WORDS \
            and first.i + 1 < len(first.doc) and first.doc[first.i + 1].text[:1].isupper() \
            or first.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") or DEMONYM.fullmatch(first.text):
        return text  # ("North Korean soldiers", "Russian troops", "Talvorian dockers")
    return text[:1].lower() + text[1:]


# "By the news agency Norpress it was claimed that P" (a translation's word order): Norpress claimed that P.
_BY_IT_WAS = re.compile(r"^\s*By\s+(?P<agent>(?:[\w'’-]+\s+){0,5}?[A-Z][\w'’.-]*)\s+it\s+(?:was|has\s+been|had\s+been|is)\s+"
                        r"(?P<verb>claimed|reported|said|stated|announced|alleged|declared|asserted|written)\s+"
                        r"(?P<rest>.+)$")


_FEASTS = frozenset({"easter", "christmas", "ramadan", "eid", "passover", "new", "noon", "midnight", "dawn", "dusk"})


def _names_someone(by: Any) -> bool:
    """True when the object of ``by`` names someone who can speak: a name (or a noun of a name: "the harbour master
    of Velm"), a role, a body ("by Pentagon spokesman Pat Ryder", "by the ministry"), not a time or a thing ("by
    Friday", "by the long march")."""
    obj = next((c for c in by.children if c.dep_ == "pobj"), None)
    return obj is not None and obj.lower_ not in _TIME_NAMES | _FEASTS \
        and (any(t.pos_ == "PROPN" for t in obj.subtree) or obj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
             or obj.lemma_.lower() in ROLE_NOUNS
             or obj.lemma_.lower() in ("ministry", "government", "office", "agency", "department", "embassy"))


# Light verbs that grant what a noun of a deed names, and those nouns' verbs (past, participle): "recognition of Osk
# was granted by Kessia" -> "Kessia recognised Osk".
_GRANTING = frozenset({"grant", "give", "extend", "offer", "provide", "accord"})
_DEED_NOUNS = {"recognition": "recognised", "approval": "approved", "support": "supported", "backing": "backed"}
# Heads of a "by" phrase that tell a time or an occasion, not a doer ("by the summit", "by the deadline").
_NO_DOERS = frozenset({"summit", "meeting", "conference", "deadline", "end", "start", "time", "week", "month", "year",
                       "weekend", "election", "vote", "talks", "session", "anniversary", "holiday", "festival"})
# A pronoun as the object it becomes when its passive is put in the active ("He was replaced by X": "X replaced him").
_OBJECT_PRONOUNS = {"he": "him", "she": "her", "they": "them", "i": "me", "we": "us"}


def _active_verb(root: Any, plural: bool = False) -> str | None:
    """The active form of a passive verb with its auxiliaries ("were severed" -> "severed", "has been confirmed" ->
    "has confirmed", "is being prepared" -> "is preparing", "will be sent" -> "will send"); None for a form read
    otherwise ("got sent", "to be sent")."""
    auxes = [c for c in root.children if c.dep_ in ("aux", "auxpass") and c.i < root.i]
    words = [a.lower_ for a in auxes]
    lemma = root.lemma_.lower()
    if not words or words[-1] not in ("be", "been", "being", "is", "are", "was", "were", "'s", "’s"):
        return None
    # (the auxiliary agrees with the doer, now the subject: "Brask and Velm have signed")
    be = {"is": "are" if plural else "is", "are": "are" if plural else "is", "was": "were" if plural else "was",
          "were": "were" if plural else "was"}
    if "being" in words and words[0] in be:
        form = getInflection(lemma, tag="VBG")
        return f"{be[words[0]]} {form[0]}" if form else None
    if words[0] in ("has", "have"):
        form = getInflection(lemma, tag="VBN")
        return f"{'have' if plural else 'has'} {form[0]}" if form else None
    if words[0] == "had":
        form = getInflection(lemma, tag="VBN")
        return f"had {form[0]}" if form else None
    if auxes[0].tag_ == "MD":
        # ("could have been imposed": a perfect the active form would lose)
        return None if "have" in words else f"{words[0]} {lemma}"
    if words[0] in be and len(words) == 1:
        form = getInflection(lemma, tag="VBD" if words[0] in ("was", "were") else "VBP" if plural else "VBZ")
        return form[0] if form else None
    return None


def _common_word(word: str) -> bool:
    """True when the lower-cased ``word`` is an English word lemminflect knows, not a name ("Relations", not "Ukraine"
    nor "Odesa") and no place the gazetteer knows."""
    return bool(getAllLemmas(word.lower())) and place_name(word) is None


def _deed_as_active(doc: Any, root: Any, agent: Any, subjects: list[Any]) -> str:
    """A passive deed with its doer named as the active ("Relations with Osk were severed by Kessia in May" ->
    "Kessia severed relations with Osk in May"); the claim as written when its verb's form is not read
    (``_active_verb``) or the verb heads no main clause."""
    doer = next((c for c in agent.children if c.dep_ == "pobj"), None)
    if doer is None or any(c.dep_ in ("appos", "prep") for c in doer.children) or doer.lemma_.lower() in _NO_DOERS \
            or any(t.lower_ in ("day", "eve") for t in doer.subtree):
        # ("by Talvoria, a neighbour,", "by Kessia of war crimes", "by the summit", "by Victory Day": as written)
        return doc.text
    plural = doer.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in doer.children)
    verb = _active_verb(root, plural)
    if verb is None or root.dep_ != "ROOT":
        return doc.text
    left, right = min(s.left_edge.i for s in subjects), max(s.right_edge.i for s in subjects)
    if root.i < right or left == right and doc[left].lower_ in ("it", "there"):
        return doc.text  # ("It was decided by the council that ...": no deed done to "it")
    head = subjects[0]
    deed = _DEED_NOUNS.get(head.lemma_.lower()) if root.lemma_.lower() in _GRANTING and head.i == left + (
        doc[left].pos_ == "DET") and head.i + 1 <= right and doc[head.i + 1].lower_ in ("of", "to") else None
    if deed is not None:
        # "Recognition of Osk was granted by Kessia": "Kessia recognised Osk" (a past or perfect only: "will be
        # granted" is left as written)
        if verb.split()[0] not in ("has", "have", "had") and " " in verb:
            return doc.text
        verb = f"{verb.split()[0]} {deed}" if " " in verb else deed
    start = head.i + 2 if deed is not None else left  # where the deed's object starts
    agent_words = [t.i for t in agent.subtree if t.i != agent.i]
    dropped = set(range(left, right + 1)) | set(agent_words) | {agent.i, root.i} \
        | {c.i for c in root.children if c.dep_ in ("auxpass", "aux") and c.i < root.i} \
        | ({len(doc) - 1} if doc[-1].is_punct else set())
    particle = next((c for c in root.children if c.dep_ == "prt" and c.i == root.i + 1), None)
    if particle is not None:  # ("would be brought about by": "would bring about")
        dropped.add(particle.i)
        verb += " " + particle.lower_
    rest = [t.i for t in doc if t.i not in dropped]
    lead = _span_text(doc, [i for i in rest if i < left])
    between = _span_text(doc, [i for i in rest if left < i < root.i])  # ("was already severed": "already")
    tail = _span_text(doc, [i for i in rest if i > root.i])
    done = _span_text(doc, list(range(start, right + 1)))
    first = doc[start]
    if start == right and first.lower_ in _OBJECT_PRONOUNS:
        done = _OBJECT_PRONOUNS[first.lower_]
    elif start == 0:  # ("Recognition of ...", "Relations with ..." lower-cased; not "Ukraine", "Odesa")
        if first.pos_ == "DET" or not first.ent_type_ and _common_word(first.text) \
                and not (start + 1 < len(doc) and doc[start + 1].text[:1].isupper()):
            done = done[:1].lower() + done[1:]
    else:
        done = _as_object(done, first)
    if between:  # after the first auxiliary: "has already severed"
        aux, _, main = verb.partition(" ")
        verb = f"{aux} {between} {main}" if main else f"{between} {verb}"
    if tail and any(t.dep_ in ("acl", "relcl", "ccomp") or t.tag_ in ("VBD", "VBZ", "VBP", "MD")
                    for t in doc[start:right + 1]):
        # an object that tells a clause of its own keeps the verb's time and place apart from it ("signed on 19 June
        # a pact that obliges each side to help if the other is invaded")
        done, tail = (tail, done) if not tail.startswith((",", "as ", "after ", "before ", "because ", "while ")) \
            else (done, tail)
    text = " ".join(part for part in (lead, _span_text(doc, agent_words), verb, done, tail) if part)
    text = re.sub(r"\s+([,;:])", r"\1", text[:1].upper() + text[1:])
    end = doc[-1].text if doc[-1].is_punct else ""
    return text + end if end and not text.endswith(end) else text


def passive_as_statement(claim: str) -> str:
    """Return a passive statement with its agent put first ("New sanctions were urged by the minister" -> "The
    minister urged new sanctions"; "Assurances that the dam held were given by the mayor" -> "The mayor assured
    that the dam held"; "By Norpress it was claimed that P" -> "Norpress claimed that P"); any other claim unchanged
    (a denied passive, "was not urged by", too)."""
    by_it = _BY_IT_WAS.match(claim)
    if by_it and not (_TIME_NAMES | _FEASTS) & set(by_it.group("agent").lower().split()) \
            and not by_it.group("rest").startswith("to "):  # not "By Monday it was reported", "it was said to be"
        verb = "wrote" if by_it.group("verb") == "written" else by_it.group("verb")
        agent = by_it.group("agent")
        return f"{agent[:1].upper()}{agent[1:]} {verb} {by_it.group('rest')}"
    if " by " not in claim:
        return claim
    doc = parse_texts([claim])[0]
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "VERB" or any(c.dep_ == "neg" for c in root.children):
        return claim
    lemma = root.lemma_.lower()
    agent = next((c for c in root.children if c.dep_ == "agent"), None)
    if agent is None:
        # a "by" phrase ending the claim the parser hung on the words before it ("were described as cannon fodder
        # by the spokesman")
        last = len(doc) - 1 if doc[-1].is_punct else len(doc)
        agent = next((t for t in doc if t.lower_ == "by" and t.i > root.i and t.dep_ in ("prep", "agent")
                      and t.right_edge.i == last - 1 and root in t.ancestors and _names_someone(t)), None)
    subjects = [c for c in root.children if c.dep_ == "nsubjpass"]
    if agent is None or not subjects:
        return claim
    head = subjects[0]
    speech_noun = _SPEECH_NOUNS.get(head.lemma_.lower())
    if lemma not in _SAYING_LEMMAS | _LIGHT_LEMMAS or lemma in _LIGHT_LEMMAS and speech_noun is None:
        # "Troops were provided by Kim", "Relations were severed by Kyiv": a deed, its doer put first
        return _deed_as_active(doc, root, agent, subjects) if _names_someone(agent) else claim
    left = min(s.left_edge.i for s in subjects)
    right = max(s.right_edge.i for s in subjects)
    subject = list(range(left, right + 1))
    agent_words = [t.i for t in agent.subtree if t.i != agent.i]
    dropped = set(subject) | set(agent_words) | {agent.i, root.i} \
        | {c.i for c in root.children if c.dep_ in ("auxpass", "aux")} | ({len(doc) - 1} if doc[-1].is_punct else set())
    # "was reported by X to Nato members" -> "X told Nato members ..."
    to = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "to"), None) \
        if lemma in _TOLD_TO else None
    addressee = [t.i for t in to.subtree if t.i != to.i] if to is not None else []
    if to is not None:
        dropped |= {to.i, *addressee}
    # a preposition left behind by the passive's subject goes with the verb ("were called for by X": "X called for")
    stranded = next((c for c in root.children if c.dep_ in ("prep", "prt") and c.i == root.i + 1
                     and not list(c.children)), None)
    if stranded is not None:
        dropped.add(stranded.i)
    rest = [t.i for t in doc if t.i not in dropped]
    if lemma in _LIGHT_LEMMAS:
        # "Calls for fresh sanctions were made by X" -> "X called for fresh sanctions"
        after_noun = [i for i in subject if i > head.i]
        if after_noun and doc[after_noun[0]].lower_ == "of":
            after_noun = after_noun[1:]
        verb, said = speech_noun, _span_text(doc, after_noun)
    else:
        verb = f"told {_span_text(doc, addressee)}" if to is not None else _ACTIVE_VERB.get(lemma, root.text.lower())
        verb += f" {stranded.lower_}" if stranded is not None and to is None and lemma not in _ACTIVE_VERB else ""
        said = _as_object(_span_text(doc, subject), doc[left])
    speaker = _span_text(doc, agent_words)
    tail = _span_text(doc, [i for i in rest if i > root.i])
    lead = _span_text(doc, [i for i in rest if i < left])
    text = " ".join(part for part in (lead, speaker, verb, said, tail) if part)
    text = text[:1].upper() + text[1:]
    end = doc[-1].text if doc[-1].is_punct else ""
    return text + end if end and not text.endswith(end) else text


# A statement told as the speaker's noun: "X's warning (to Y) was that P", "X's claim that P was made at Z", "X's
# description of Y as Z was given in an interview".
_POSSESSIVE_SAID = re.compile(r"^\s*(?P<speaker>(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.-]*)['’]s\s+(?P<noun>"
                              + "|".join(sorted(_SPEECH_NOUNS, key=len, reverse=True)) + r")s?\b(?P<rest>.+)$")
_WAS_THAT = re.compile(r"^\s+(?:to\s+(?P<to>[^,]+?)\s+)?(?:was|is|were|are)\s+that\s+(?P<said>.+)$")
_WAS_MADE = re.compile(r"^\s+(?P<content>(?:that|of|about|on)\s+.+)\s+(?:was|were)\s+(?:made|given|delivered|"
                       r"issued|voiced|expressed|aired)\s+(?P<occasion>(?:at|in|during|on|to|before|after|while|"
                       r"earlier|last|this)\b(?:(?!\b(?:is|are|has|have)\b|\b(?:was|were)\s+(?:false|wrong|untrue|"
                       r"unproven|misleading|denied)\b).)*)$")


# Names of days and months, which own no statement ("Monday's statement").
_TIME_NAMES = frozenset(WEEKDAY_INDEX) | frozenset(MONTHS) | {"today", "yesterday"}


def statement_occasion(claim: str) -> str:
    """Return the occasion a statement told as the speaker's noun "was made" at ("at a rally in Osk", "during a
    visit to Velm"), which is what such a claim is about; "" for any other claim."""
    m = _POSSESSIVE_SAID.match(claim)
    made = _WAS_MADE.match(m.group("rest")) if m else None
    return made.group("occasion") if made else ""


def possessive_as_statement(claim: str) -> str:
    """Return a statement told as the speaker's noun as "X said ..." ("Brask's warning to the council was that P"
    -> "Brask told the council that P"; "Brask's claim that P was made at a rally" -> "Brask claimed that P at a
    rally"; "Brask's description of the plan as risky was given to the daily Z" -> "Brask described the plan as
    risky to the daily Z"); any other claim unchanged."""
    m = _POSSESSIVE_SAID.match(claim)
    if m is None or m.group("speaker").split()[-1].lower() in _TIME_NAMES:
        return claim  # ("Monday's statement was issued by the ministry")
    verb = _SPEECH_NOUNS[m.group("noun")]
    that = _WAS_THAT.match(m.group("rest"))
    if that:
        told = f"told {that.group('to')}" if that.group("to") else verb
        return f"{m.group('speaker')} {told} that {that.group('said')}"
    made = _WAS_MADE.match(m.group("rest"))
    if made is None:
        return claim
    content, occasion = made.group("content"), made.group("occasion")
    if occasion.startswith("to ") and content.startswith("that "):  # "... was made to Nato leaders"
        return f"{m.group('speaker')} told {occasion[3:].rstrip('.!')} {content}"
    if content.startswith("of "):
        content = content[3:]  # "description of the plan as risky" -> "described the plan as risky"
    elif not content.startswith("that "):
        verb = "spoke"  # "remarks about Y" -> "spoke about Y"
    return f"{m.group('speaker')} {verb} {content} {occasion}"


# "spoke of a huge threat" is what was said; "spoke to journalists about the troops" is what they were told.
# ("talks" is left alone: "held talks with X about Y" tells a meeting)
_SPOKE_TO = re.compile(r"\b(?:spoke|speaks|talked)\s+(?:to|with)\s+((?:[\w'’-]+\s+){1,5}?)about\b")
_SPOKE_OF = re.compile(r"\b(?:spoke|speaks|talked)\s+(?:of|about)\b")


# "has not yet said how many ...", "did not say when ...": what someone has left unsaid.
_NOT_SAID = re.compile(r"\b(?:has|have|had|did|does|do)\s*(?:not|n['’]t|never)\s+(?:yet\s+)?(?:said|say|told|tell|"
                       r"announced|announce|confirmed|confirm|disclosed|disclose|revealed|reveal|specified|specify)\b"
                       r"|\b(?:has|have) yet to (?:say|announce|confirm|disclose|reveal|specify)\b"
                       r"|\bnever\s+(?:said|told|announced|confirmed|disclosed|revealed|specified)\b", re.IGNORECASE)


# What follows "has not said" when it names a question left open ("how many", "when", "whether").
_OPEN_QUESTION = re.compile(r"\s*(?:yet\s+)?(?:how|when|whether|what|where|who|whom|why|which|if)\b", re.IGNORECASE)


def leaves_open(claim: str) -> bool:
    """True when the claim says someone has not said an open question ("has not yet said how many ...")."""
    m = _NOT_SAID.search(claim)
    return bool(m and _OPEN_QUESTION.match(claim, m.end()))


def denies_saying(claim: str) -> bool:
    """True when the claim says someone did not say a thing ("Brask did not say the quay would close"): their own
    words saying it refute the claim."""
    return _NOT_SAID.search(claim) is not None and not leaves_open(claim)


def speaks_of_topic(claim: str) -> bool:
    """True when the claim says what someone spoke of or about ("X spoke of a threat"), or which question they have
    left open ("X has not yet said how many ..."): a topic, which the speaker's words may confirm but whose wording
    no negation or figure of theirs contradicts."""
    made = _MADE_REMARKS.search(claim)
    return bool(_SPOKE_TO.search(claim) or _SPOKE_OF.search(claim) or leaves_open(claim)
                or made and made.group("topic") and _told_to(claim, made.end()))


# "made his comments about Y (to the daily Z)", "gave her warning about Y", "made escalation remarks" (nouns before
# "remarks" or "comments" after "made"): what was said, told as a noun.
_MADE_REMARKS = re.compile(r"\b(?:made|gave|given|delivered|issued|voiced)\s+(?:(?:his|her|their|its|the|a|an)\s+"
                           r"(?:[“\"‘](?P<quoted>[^”\"’]{2,120})[”\"’]\s+|[\w-]+\s+)?"
                           r"(?:comments?|remarks?|warnings?|statements?|speech|appeal)|(?:his|her|their)\s+words"
                           r"|(?<=made\s)(?:(?!(?:no|any|some|several|many|few|of|to|for|by|on|in|at|over|about|"
                           r"after|before|despite|with|and|or|the|a|an)\s)[A-Za-z][\w-]*\s+){1,3}(?:comments|remarks)"
                           r"|(?:his|her|their|its|a|an)\s+(?:renewed\s+|new\s+|fresh\s+)?(?P<call>call|appeal|plea)"
                           r"(?=\s+for\b))"
                           r"(?:\s+(?P<topic>about|on|of)\b|\s+(?P<doing>praising|describing|criticising|criticizing|"
                           r"welcoming|urging|calling|condemning|defending)\b)?")
# "... to the German tabloid Bild" at the end: whom the remarks were made to (not "a visit to Vladivostok").
_TO_OUTLET = re.compile(r"(?P<before>[\w'’-]+)\s+(?:to|in an interview with)\s+"
                        r"((?:(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3})?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s*[.!]?\s*$")
# Words after which "to X" is where someone went, not whom they spoke to ("flying to Lorvik", "a visit to Osk").
_MOTION = frozenset({"visit", "trip", "journey", "way", "flight", "flying", "flew", "fly", "return", "returned",
                     "returning", "travelled", "traveled", "travelling", "traveling", "travel", "headed", "heading",
                     "went", "going", "back", "moving", "moved", "drove", "driving", "sailed", "came", "coming"})


def _told_to(claim: str, start: int) -> re.Match | None:
    """The closing "to Z" of remarks, Z whom they were made to ("... to the daily Z"), or None when it tells where
    someone went ("before flying to Lorvik") or what they would do ("the plan to annex Kessia")."""
    m = _TO_OUTLET.search(claim, start)
    return None if m is None or m.group("before").lower() in _MOTION else m


# "X is quoted as saying Y", "X was quoted as calling Y Z": X's reported words, read as "X said", "X called".
_QUOTED_AS = re.compile(r"\b(?:is|was|are|were|has\s+been|have\s+been)\s+(?:widely\s+)?quoted\s+(?:as\s+)?"
                        r"(saying|calling|describing|telling|warning|claiming|insisting|urging)\b")
_QUOTED_AS_VERB = {"saying": "said", "calling": "called", "describing": "described", "telling": "told",
                   "warning": "warned", "claiming": "claimed", "insisting": "insisted", "urging": "urged"}


# A use or purpose given after what the claim says ("praised the workers as hard-working for rebuilding the Donbas",
# "... and able to help rebuild the Donbas"), which a writer may tell in the next sentence ("They could be of great
# help in rebuilding ..."). Words ending in -ing that are no gerund are left alone.
_PURPOSE_AFTER = re.compile(r",?\s+(?:and\s+(?:(?:was|were|are|is|be)\s+)?(?:able|useful|ready|willing|helpful|important|"
                            r"needed|fit)\s+(?:(?:for|in)\s+(?P<ing>[a-z]+ing\b)|to\s+(?:help\s+)?(?P<verb>[a-z]+\b))"
                            r"|(?:for|in)\s+(?P<gerund>[a-z]+ing\b))(?P<rest>[^,;:]*?)\.?\s*$")
_NOT_GERUNDS = frozenset({"during", "morning", "evening", "king", "ring", "spring", "string", "thing", "nothing",
                          "something", "anything", "everything", "ceiling", "wing", "sibling", "outing", "timing",
                          "pudding", "wedding", "briefing", "meeting", "hearing", "ruling", "shooting", "bombing",
                          "fighting", "shelling", "warning", "uprising", "funding", "spending", "setting"})
PURPOSE_MIN_WORDS = 5


def purpose_apart(claim: str) -> tuple[str, str] | None:
    """Return ``(the claim without its closing use or purpose, that purpose)`` for a claim that ends in one ("X
    praised the workers as hard-working for rebuilding the Donbas" -> ("X praised the workers as hard-working.",
    "rebuilding the Donbas"), what is done without the words that link it: "and able to help rebuild X" gives
    "rebuild X"); None when it ends in none, or what is left is too short to judge alone."""
    m = _PURPOSE_AFTER.search(claim)
    if m is None or (m.group("gerund") or m.group("ing") or "").lower() in _NOT_GERUNDS:
        return None
    core = claim[:m.start()].rstrip(" ,")
    if len(core.split()) < PURPOSE_MIN_WORDS or m.group("gerund") and (
            not re.search(r"\bas\b", core) or m.group(0).lstrip(" ,").startswith("in")):
        return None  # ("killed in training exercises", "jailed for spying": no purpose; "praised X as Y for ...")
    return core + ".", ((m.group("gerund") or m.group("ing") or m.group("verb")) + m.group("rest")).strip(" ,.")


def spoken_as_statement(claim: str) -> str:
    """Return "X spoke of Y" as "X said Y", "X spoke to Z about Y" and "X made his comments about Y to Z" as "X told
    Z about Y", "X made his comments praising Y to Z" as "X praised Y in remarks to Z", "X delivered his warning at Z" as "X said at Z", "X is quoted as calling Y" as "X called Y"; any
    other claim unchanged."""
    made = _MADE_REMARKS.search(claim)
    doing = made.group("doing") if made else None
    to = _told_to(claim, made.end()) if doing else None
    if doing and not to and any(m.group(1).lower() not in _MOTION
                                for m in re.finditer(r"([\w'’-]+)\s+to\s+(?:the\s+)?[A-Z]", claim[made.end():])):
        pass  # ("made her remarks criticising the plan to Nato leaders in Brussels": left as written)
    elif doing:
        # "made his comments praising the builders to the daily Z": "praised the builders in remarks to the daily Z";
        # "made her remarks calling for calm": "called for calm"
        verb = getInflection(getLemma(doing, upos="VERB")[0], tag="VBD")[0]
        claim = f"{claim[:made.start()]}{verb}{claim[made.end():to.start('before')]}{to.group('before')} in remarks " \
                f"to {to.group(2)}." if to else f"{claim[:made.start()]}{verb}{claim[made.end():]}"
    elif made and made.group("topic"):
        to = _told_to(claim, made.end())
        if to:  # (remarks "about Y during a visit to X" stay as written: the occasion is what they claim)
            claim = f"{claim[:made.start()]}told {to.group(2)} about{claim[made.end():to.start('before')]}" \
                    f"{to.group('before')}."
    elif made:  # "delivered his warning at a news conference in Kyiv": said there ("made his 'no retreat' remark")
        quoted = f" “{made.group('quoted')}”" if made.group("quoted") else ""
        # ("made his call for sanctions", "issued a fresh appeal for calm": called for them)
        called = made.group("call") or made.group(0).endswith(("appeal", "plea")) and claim[made.end():].startswith(" for ")
        verb = "called" if called else "said"
        claim = f"{claim[:made.start()]}{verb}{quoted}{claim[made.end():]}"
    claim = _QUOTED_AS.sub(lambda m: _QUOTED_AS_VERB[m.group(1)], claim)
    claim = _SPOKE_TO.sub(lambda m: f"told {m.group(1).strip()} about", claim)
    return _SPOKE_OF.sub("said", claim)


# The writer's "the paper writes that": what follows is the article's own account.
_WRITER_SAYS = re.compile(r"^\s*(?:the|this|that|one)\s+(?:outlet|paper|newspaper|daily|tabloid|article|report|site|"
                          r"website|broadcaster|magazine|story|piece)\s+(?:writes|wrote|says|said|reports|reported|"
                          r"states|stated|notes|noted|adds|added)\s+(?:that\s+)?", re.IGNORECASE)
# Pronouns that stand for a speaker the claim does not name ("Citing Z, he said ...").
_PRONOUN_SPEAKERS = frozenset({"he", "she", "it", "they", "this", "we", "i"})
# A source the claim's report cites before the report itself ("Citing Defense Weekly, ...", "According to the
# agency X, ...").
_CITING = re.compile(r"^\s*(?P<how>according\s+to|citing|quoting|quoted\s+from)\s+(?P<source>[^,]{2,80}),\s*"
                     r"(?P<rest>\S.*)$", re.IGNORECASE)
# Words that make a source a medium rather than a person whose own claim the report is.
_MEDIA_WORDS = OUTLET_NOUNS | {"report", "reports", "media", "outlet", "outlets", "press", "television", "tv"}


def _names_its_speaker(text: str) -> bool:
    """True when ``text`` is a statement that opens with its speaker's name ("Envoy Oskar Vell confirmed ..."), not a
    pronoun ("he said ...")."""
    return statement_claim(text) and text[:1].isupper() and text.split()[0].lower() not in _PRONOUN_SPEAKERS


def _cites_medium(m: re.Match) -> bool:
    """True when the citing phrase names a medium: "Citing X" or "Quoting X" always, "According to X" when X has an
    outlet's noun ("the news agency X", "Russian media"); "According to Zelensky, ..." is Zelensky's own claim."""
    return not m.group("how").lower().startswith("according") \
        or any(w.lower().strip("'’s") in _MEDIA_WORDS for w in m.group("source").split())


def cited_as_statement(claim: str) -> str:
    """Return the statement a cited medium relays as that statement ("Citing Z, the paper writes that X confirmed
    Y" and "According to the agency Z, X confirmed Y" -> "X confirmed Y": X's words are the matter, Z the chain
    they came by); any other claim unchanged ("One article says P" is about what the article says)."""
    m = _CITING.match(claim)
    if m is None or not _cites_medium(m):
        return claim
    inner = _WRITER_SAYS.sub("", m.group("rest"), count=1)
    inner = inner[:1].upper() + inner[1:] if inner != m.group("rest") else inner
    return inner if _names_its_speaker(inner) else claim


# A claim about where an article's report comes from: "One article credits agency Z with the claim that P", "The
# article cites Z for the report that P", "An article cites Z as saying P", "The report attributes its claim that P
# to Z"; the writer must be an unnamed article (a named one, "The Velm Post article", is a claim about that article
# that no rule here checks; a person citing Z makes the claim their own).
_WRITER = r"(?P<writer>(?:the|one|an?|another|this|that)\s+(?:(?-i:[a-z])[\w'’-]*\s+){0,2}?(?:article|report|story|piece|" \
          r"outlet)(?:\s+(?:on|about)\s+[^,]{1,60}?)?)"
_REPORT_NOUN = r"(?:the\s+|its\s+|their\s+)?(?:claims?|reports?|assertions?|allegations?|news|information|figures?)"
_SOURCED = [re.compile(p, re.IGNORECASE) for p in (
    r"^\s*" + _WRITER + r"\s+(?:credits|credited|attributes|attributed)\s+(?P<source>.+?)\s+with\s+" + _REPORT_NOUN
    + r"\s+that\s+(?P<said>.+)$",
    r"^\s*" + _WRITER + r"\s+(?:cites|cited|quotes|quoted|relies\s+on|relied\s+on|draws\s+on|drew\s+on)\s+"
    r"(?P<source>.+?)\s+(?:for|as\s+the\s+source\s+(?:of|for))\s+" + _REPORT_NOUN + r"\s+that\s+(?P<said>.+)$",
    r"^\s*" + _WRITER + r"\s+(?:cites|cited|quotes|quoted)\s+(?P<source>.+?)\s+as\s+(?:saying|stating|reporting|"
    r"claiming)\s+(?:that\s+)?(?P<said>.+)$",
    r"^\s*" + _WRITER + r"\s+(?:attributes|attributed|sources|sourced)\s+" + _REPORT_NOUN
    + r"\s+(?:that\s+)?(?P<said>.+)\s+to\s+(?P<source>(?:the\s+)?(?-i:[A-Z])[^,]*?)[.!]?\s*$",
)]


def sourced_as_statement(claim: str) -> str:
    """Return a claim about an article's source as the statement it says the source made ("One article credits the
    agency Norpress with the claim that P" -> "the agency Norpress said P"), or as the relayed statement itself when
    what was reported is someone's statement ("The Post cites Norpress for the report that Vell confirmed P" -> "Vell
    confirmed P"); any other claim unchanged."""
    for pattern in _SOURCED:
        m = pattern.match(claim)
        if m is None:
            continue
        said = m.group("said").strip()
        if _names_its_speaker(said):
            return said
        source = m.group("source").strip()
        return f"{source[:1].upper()}{source[1:]} said {said}"
    return claim


# "Reporting indicates that P", "Open-source reporting suggests P": what the reports say (any article's words).
_REPORTING = re.compile(r"^\s*(?:(?:open-source|media|press|news)\s+)?(?:reporting|reports)\s+(?:indicates?|suggests?|"
                        r"shows?|states?|says?)\s+(?:that\s+)?(?P<said>\S.+)$", re.IGNORECASE)


def reporting_as_statement(claim: str) -> str:
    """Return "Reporting indicates that P" as "Reports say that P" (read as any article's own words); any other
    claim unchanged."""
    m = _REPORTING.match(claim)
    return f"Reports say that {m.group('said')}" if m else claim


# "It was X that dismissed the reports": X dismissed them (a statement's cleft).
_CLEFT_SAID = re.compile(r"^\s*[Ii]t\s+was\s+(?P<speaker>.+?)\s+(?:that|who)\s+(?P<rest>.+)$")


def cleft_as_statement(claim: str) -> str:
    """Return "It was X that/who said P" as "X said P" when what follows is a statement; any other claim (a deed:
    "It was Talvoria that cut ties", judged for its parties) unchanged."""
    m = _CLEFT_SAID.match(claim)
    if m is None or m.group("speaker").split()[0].lower() in ("not", "never", "only"):
        return claim
    plain = f"{m.group('speaker')} {m.group('rest')}"
    return plain if statement_claim(plain) and STATEMENT_CUE.match(m.group("rest")) else claim


# Event nouns and the verb a claim told by them stands for ("the signing of the pact" -> "signed the pact").
EVENT_VERBS = {"signing": "signed", "signature": "signed", "recognition": "recognised", "meeting": "met",
                "talks": "held talks", "visit": "visited", "invasion": "invaded", "announcement": "announced",
                "attack": "attacked", "launch": "launched"}
# Passives of those verbs for an event told without its doer ("Signature of the pact took place ...").
# ("the visit of X", "the attack of X": X is the doer, so no passive)
_EVENT_PASSIVES = {"signed": "was signed", "recognised": "was recognised", "invaded": "was invaded",
                   "announced": "was announced", "launched": "was launched"}
# How the event is said to happen ("took place", "came", "happened", "occurred", "was held"), then its time or place.
_HAPPENED = (r"\s+(?:(?:took\s+place|happened|occurred|was\s+held|were\s+held|began|started|was\s+launched)\s+"
             r"(?P<rest>(?:on|in|at|during)\b.*)"
             # ("North Korea's recognition of the republics was made as the third country", "... was granted on 3 May")
             r"|(?:was|were)\s+(?:made|granted|given|extended)\s+(?P<made>(?:on|in|at|during|as)\b.*)"
             r"|(?:came|was)\s+(?P<came>(?:on\b|in\s+(?=[A-Z0-9])).*))$")
_EVENT_OF = re.compile(r"^(?:[Tt]he\s+)?(?P<noun>(?i:" + "|".join(EVENT_VERBS) + r"))\s+of\s+(?P<obj>.+?)"
                       r"(?:\s+(?:by|between)\s+(?P<agent>[A-Z].+?))?" + _HAPPENED)
# (the kind of act between the owner and the noun: "Russia's full-scale invasion of Ukraine")
_EVENT_KIND = r"(?:(?:full-scale|all-out|large-scale|surprise|military|first|initial)\s+)?"
_EVENT_OWNED = re.compile(r"^(?P<agent>(?:[A-Z][\w.'’-]*\s+){0,4}?[A-Z][\w.-]*)['’]s\s+" + _EVENT_KIND + r"(?P<noun>"
                          + "|".join(EVENT_VERBS) + r")(?:\s+(?P<prep>of|with|to)\s+(?P<obj>.+?))?" + _HAPPENED)
# An act its doer "launched" or "began": "Russia launched its full-scale invasion of Ukraine in February 2022" is
# "Russia invaded Ukraine in February 2022".
_EVENT_LAUNCHED = re.compile(r"^(?P<agent>(?:[A-Z][\w.'’-]*\s+){0,4}?[A-Z][\w.-]*)\s+(?:launched|began|started|mounted)\s+"
                             r"(?:its|his|her|their|an?|the)\s+" + _EVENT_KIND + r"(?P<noun>invasion|attack)\s+(?:of|on)\s+"
                             r"(?P<obj>[A-Z].*)$")
# A meeting told by the two who met: "the meeting between A and B", "A-B talks" (names joined by a hyphen).
_MET_NAME = r"[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*){0,3}"
_EVENT_BETWEEN = re.compile(r"^(?:[Tt]he\s+)?(?:(?P<a>" + _MET_NAME + r")\s*[-–]\s*(?P<b>" + _MET_NAME
                            + r")\s+(?P<noun>meeting|talks)|(?P<noun2>[Mm]eeting|[Tt]alks)\s+between\s+(?P<a2>"
                            + _MET_NAME + r")\s+and\s+(?P<b2>" + _MET_NAME + r"))" + _HAPPENED)
# Prefixes a hyphen joins into one word ("Asia-Pacific", "Anti-Corruption", "Al-Sisi"), not two who met.
_JOINED_PREFIXES = frozenset({"anti", "asia", "indo", "al", "el", "euro", "afro", "sino", "pan", "trans", "inter", "non",
                              "pro", "post", "pre", "ex", "co", "mid", "north", "south", "east", "west", "central",
                              "middle", "latin", "austro", "anglo", "franco", "russo", "us", "un", "eu", "nato"})
# What a meeting "was" to be one: a time or a place ("was on 3 May", "was on Monday", "was in Minsk").
_MEETING_TIME = re.compile(r"(?:on\s+(?:\d|(?i:" + "|".join([*WEEKDAY_INDEX, *MONTHS]) + r")\b)|in\s)")
# Possessives of a time, not of a doer ("Monday's meeting", "Yesterday's talks").
_TIME_OWNERS = frozenset({"yesterday", "today", "tomorrow", "tonight", "last", "this", "next", "monday", "tuesday",
                          "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
                          "april", "may", "june", "july", "august", "september", "october", "november", "december",
                          "week", "month", "year"})


# A time clause told by an event's noun and its doer ("after Osk's recognition of the republic"): the event's verbs
# that take an object (not "visit of", "talks of").
OWNED_EVENT_NOUNS = ("signing", "recognition", "invasion", "announcement", "attack", "launch")
_EVENT_CLAUSE = re.compile(r"\b(?P<when>[Aa]fter|[Bb]efore|[Ff]ollowing|[Ss]ince|[Uu]ntil)\s+(?P<agent>(?:[A-Z][\w.'’-]*\s+)"
                           r"{0,3}?[A-Z][\w.-]*)['’]s\s+(?P<noun>" + "|".join(OWNED_EVENT_NOUNS) + r")\s+of\s+"
                           # (not a date: "Kessia's attack of 7 October", "its invasion of 2022")
                           r"(?!\d|(?:" + "|".join(m.capitalize() for m in MONTHS) + r")\b)")


# ", becoming the second country after Norland to do so": the rank told by a participle.
_BECOMING_RANK = re.compile(r",?\s+becoming\s+(?P<rank>(?:only\s+)?the\s+(?:only\s+)?(?:first|second|third|fourth|fifth|"
                            r"sixth|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,2}?(?:country|state|nation|government|"
                            r"member|one)(?:\s+after\s+[^,;]+?)?)\s+to\s+do\s+(?:so|that|this)\b")


# "presented (to Y) information that P": told Y that P.
_INFORMATION_THAT = re.compile(r"\b(?:presented|shared|passed\s+on|gave|provided|handed)\s+(?:to\s+(?P<to>[^,]+?)\s+)?"
                               r"(?:the\s+|his\s+|her\s+|their\s+)?(?:information|intelligence|evidence)\s+that\b")


def information_as_statement(claim: str) -> str:
    """Return ``claim`` with information passed on told as words: "Brask presented to the council information that
    P" -> "Brask told the council that P", "Brask shared intelligence that P" -> "Brask said that P"; any other claim
    unchanged (a "that" opening a relative clause too: "shared intelligence that helped Osk")."""
    def told(m: re.Match) -> str:
        after = re.match(r"\s*([\w'’-]+)", claim[m.end():])
        word = after.group(1) if after else ""
        lemmas = getAllLemmas(word.lower()) if word[:1].islower() else {}
        if "VERB" in lemmas and "NOUN" not in lemmas or "AUX" in lemmas:
            return m.group(0)  # ("intelligence that helped", "evidence that was"): no clause of its own subject
        return f"told {m.group('to')} that" if m.group("to") else "said that"
    return _INFORMATION_THAT.sub(told, claim)


def rank_as_phrase(claim: str) -> str:
    """Return ``claim`` with a rank told by "becoming" as the "as" phrase the articles use: "Osk recognised the
    republic, becoming the second country after Norland to do so" -> "Osk recognised the republic as the second
    country after Norland"; any other claim unchanged."""
    return _BECOMING_RANK.sub(lambda m: " as " + m.group("rank"), claim)


def event_clause_as_action(claim: str) -> str:
    """Return ``claim`` with a time clause told by an event's noun as the act: "Osk cut ties after Kessia's
    recognition of the republic" -> "Osk cut ties after Kessia recognised the republic"; "following" reads as
    "after"; any other claim unchanged."""
    def act(m: re.Match) -> str:
        when = "after" if m.group("when").lower() == "following" else m.group("when")
        return f"{when} {m.group('agent')} {EVENT_VERBS[m.group('noun')]} "
    return _EVENT_CLAUSE.sub(act, claim)


def event_as_action(claim: str) -> str:
    """Return a claim that tells an event by its noun as the act: "The signing of the pact by Putin and Kim took
    place on 19 June" -> "Putin and Kim signed the pact on 19 June"; "Matsegora's talks with the ministry took
    place in May" -> "Matsegora held talks with the ministry in May"; "North Korea's recognition of the republics
    came on 13 July" -> "North Korea recognised the republics on 13 July"; "Signing of the pact between A and B was
    on 19 June" -> "A and B signed the pact on 19 June"; "The meeting between A and B was held in Osk" and "A-B talks
    were held in Osk" -> "A met B in Osk", "A held talks with B in Osk"; any other claim unchanged."""
    m = _EVENT_OF.match(claim.strip())
    if m:
        verb, rest = EVENT_VERBS[m.group("noun").lower()], m.group("rest") or m.group("came") or m.group("made")
        if m.group("agent"):
            return f"{m.group('agent')} {verb} {m.group('obj')} {rest}"
        if verb in _EVENT_PASSIVES:
            obj = m.group("obj")
            if m.group("made") and m.group("made").startswith("as"):
                return claim  # ("The recognition of Osk was made as the second country": not Osk's rank)
            passive = _EVENT_PASSIVES[verb]
            if re.search(r"[^s]s$", obj.split()[-1]) and not obj.split()[-1][:1].isupper():
                passive = passive.replace("was ", "were ", 1)  # ("new sanctions were announced")
            return f"{obj[:1].upper()}{obj[1:]} {passive} {rest}"
        return claim
    m = _EVENT_BETWEEN.match(claim.strip())
    if m and m.group("a") and (m.group("a").lower() in _JOINED_PREFIXES or " " in m.group("b")):
        m = None  # ("Asia-Pacific meeting", "Anti-Corruption Council meeting": one word, not two who met)
    if m and m.group("came") and not _MEETING_TIME.match(m.group("came")):
        m = None  # ("The Dubko-Sepp meeting was on hold")
    if m:
        a, b = m.group("a") or m.group("a2"), m.group("b") or m.group("b2")
        met = "met" if (m.group("noun") or m.group("noun2")).lower() == "meeting" else "held talks with"
        return f"{a} {met} {b} {m.group('rest') or m.group('came')}"
    m = _EVENT_LAUNCHED.match(claim.strip())
    if m:
        return f"{m.group('agent')} {EVENT_VERBS[m.group('noun').lower()]} {m.group('obj')}"
    m = _EVENT_OWNED.match(claim.strip())
    if m and m.group("agent").split()[-1].lower() not in _TIME_OWNERS:
        noun, prep, obj = m.group("noun").lower(), m.group("prep"), m.group("obj")
        if prep == "to" and noun != "visit" or prep == "of" and noun in ("talks", "meeting", "visit"):
            return claim  # ("announcement to the nation", "meeting to discuss": no object of the act)
        joined = f" with {obj}" if noun == "talks" and obj else f" {obj}" if obj else ""
        return f"{m.group('agent')} {EVENT_VERBS[noun]}{joined} {m.group('rest') or m.group('came') or m.group('made')}"
    return claim


# A claim framed by the reader as true or false ("It is false that P", "Claims that P are fake", "Reports that P are
# accurate", "Contrary to reports, P"): the claim is P, affirmed or denied.
_TRUE_WORDS = r"(?:true|accurate|correct|well-founded|confirmed|a\s+fact|an\s+established\s+fact|a\s+matter\s+of\s+fact|" \
              r"established(?:\s+as\s+(?:a\s+)?(?:matter\s+of\s+)?fact)?)"
_FALSE_WORDS = r"(?:false|untrue|not\s+true|fake|fake\s+news|inaccurate|incorrect|baseless|unfounded|made[\s-]up|" \
               r"lies|a\s+lie|a\s+hoax|a\s+myth|fabricated)"  # (not "wrong": "It is wrong that P" judges P, as given)
_IT_IS = re.compile(r"^\s*It(?:\s+is|['’]s|\s+has\s+been|\s+was)\s+(?:(?P<true>" + _TRUE_WORDS + r")|(?P<false>" + _FALSE_WORDS + r"))\s+that\s+"
                    r"(?P<claim>.+)$", re.IGNORECASE)
_REPORTS_ARE = re.compile(r"^\s*(?:The\s+)?(?:claims?|reports?|allegations?|suggestions?|rumou?rs?|stories|story)\s+"
                          r"that\s+(?P<claim>.+?),?\s+(?:are|is|were|was)\s+(?:(?P<true>" + _TRUE_WORDS + r")|(?P<false>"
                          + _FALSE_WORDS + r"|wrong))\s*[.!]?\s*$", re.IGNORECASE)
# "The (whole) story of X doing Y is fake news": the claim is "X is doing Y" (a headline's grammar, ``headlines``).
_STORY_OF = re.compile(r"^\s*(?:The\s+)?(?:whole\s+|entire\s+)?(?:claims?|reports?|allegations?|rumou?rs?|stories|story|"
                       r"talk)\s+(?:of|about)\s+(?P<claim>.+?),?\s+(?:are|is|were|was)\s+(?:(?P<true>" + _TRUE_WORDS
                       + r")|(?P<false>" + _FALSE_WORDS + r"))\s*[.!]?\s*$", re.IGNORECASE)
# "According to the reporting, P", "As the reports have it, P": the pile's own reporting, so the claim is P.
_BY_THE_REPORTING = re.compile(r"^\s*(?:According\s+to|As\s+(?:told|related)\s+(?:in|by))\s+(?:the\s+)?(?:reporting|"
                               r"reports|coverage|articles|news\s+reports|press\s+reports|media\s+reports),\s+"
                               r"(?P<claim>.+)$", re.IGNORECASE)
# "The reporting says P", "The articles show that P": the pile's own reporting too.
_THE_REPORTING_SAYS = re.compile(r"^\s*(?:The|These)\s+(?:reporting|reports|coverage|articles|news\s+reports|"
                                 r"press\s+reports|stories)\s+(?:says?|said|shows?|showed|states?|stated|confirms?|"
                                 r"confirmed)\s+(?:that\s+)?(?P<claim>.+)$", re.IGNORECASE)
# "One report says P", "A report dated June 2024 says P", "Press reports on the deal say P", "Outlets report P",
# "P, outlets report", "P, the coverage shows": any of the pile's articles.
# ("The June 2024 article reports P", "The Krone-sourced piece notes P": one of the pile's articles, as described;
# not "The UN report says P", a document the articles may only cite)
_A_REPORT_SAYS = re.compile(r"^\s*(?:(?:One|A|An|Another)\s+(?:report|article|story|outlet)|(?:Press|News|Media)\s+"
                            r"reports|(?:Several\s+|Many\s+|Some\s+)?[Oo]utlets|The\s+(?:[\w,'’-]+\s+){1,4}?"
                            r"(?:article|piece|story))(?:\s+(?:dated|on|about|in)\b"
                            r"(?:\s+(?!\w+ly\b)[^\s,.]+){1,5}?)?\s+(?:says?|said|reports?|reported|notes?|noted|"
                            r"states?|stated)\s+(?:that\s+)?(?P<claim>.+)$")
_REPORTS_CLOSE = re.compile(r"^(?P<claim>.+?),\s+(?:(?:several\s+|many\s+)?outlets|(?:the\s+|press\s+|news\s+)?reports|"
                            r"the\s+coverage|the\s+reporting)\s+(?:says?|reports?|shows?|suggests?|confirms?)\s*[.!]?\s*$",
                            re.IGNORECASE)
# "Social media users claim P", "A viral post says P", "Politicians have said P": a fact-check entry's claim is P.
_CLAIMED_BY_SOME = re.compile(r"^\s*(?:Social\s+media\s+users|(?:Some\s+)?[Uu]sers|(?:Some\s+|Viral\s+)?[Pp]osts|"
                              r"An?\s+(?:viral\s+|widely\s+shared\s+)?(?:post|tweet|video|meme|message)|"
                              r"(?:Some\s+)?(?:[Pp]oliticians|[Bb]loggers|[Cc]ommentators|[Cc]ritics|[Ii]nfluencers)|"
                              r"Some\s+people|People\s+online)\s+(?:have\s+|has\s+)?(?:claim(?:s|ed)?|says?|said|"
                              r"allege[sd]?|suggest(?:s|ed)?)\s+(?:that\s+)?(?P<claim>.+)$")
_CONTRARY = re.compile(r"^\s*(?:Contrary\s+to\s+(?:the\s+|some\s+|earlier\s+|media\s+)?reports|Despite\s+"
                       r"(?:the\s+)?reports(?:\s+to\s+the\s+contrary)?),\s+(?P<claim>.+)$", re.IGNORECASE)
# A speaker closing the sentence ("It is a lie that P, Brask said"): the frame is the speaker's, not the reader's.
_CLOSING_SPEAKER = re.compile(r",\s+(?:[\w'’.-]+\s+){0,5}?(?:said|says|told|tells|claimed|claims|argued|argues|"
                              r"insisted|insists|added|adds|wrote|writes|stated|states)\b[^,]*$")


def _is_clause(text: str) -> bool:
    """True when ``text`` is a clause that says something of its own: a subject and a verb with more than the
    subject ("Brask resigned on Monday"; not "Velm made", the relative clause of "the claims that Velm made")."""
    doc = parse_texts([text])[0]
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    return root is not None and root.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in root.children) and sum(not t.is_punct for t in doc) >= 3


# Spoken contractions of a subject ("North Korea's sent troops", "Kyiv's asking for missiles"): "'s" is "has"
# before a participle (unless passive: "Kyiv's supported by the West", "Brask's said to have resigned"), "is"
# before anything else.
_HAS_NEXT = frozenset({"VBN", "VBD"})


def _passive(verb: Any) -> bool:
    """True when the participle ``verb`` reads as a passive: its subject is a passive one, it has an agent ("by
    ..."), or it is "said/expected/believed to ..." without an object of its own."""
    kids = list(verb.children)
    if any(c.dep_ in ("dobj", "dative", "ccomp") for c in kids):
        return False
    return any(c.dep_ in ("nsubjpass", "agent") for c in kids) \
        or any(c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children) for c in kids)


# Thousands set off by dots, as many languages write them ("100.000", "1.500.000", "3.000"): one dot group only
# after a number of two digits or more, or as ".000", and not before a scale or a percentage ("1.085", "4.125%",
# "1.125 billion" are decimals).
_DOTTED_FIGURE = re.compile(r"(?<![\w.,$£])(?<![A-Za-z]-)(\d{1,3})((?:\.\d{3}){2,}|(?<=\d\d)\.\d{3}|(?<=\d)\.000)"
                            r"(?![\d%]|[.,]\d|\s*(?:per\s*cent|percent|thousand|million|billion|trillion|bn|mn|k)\b)")
# A date written in digits, day first ("19.06.2024"; with slashes only when the day cannot be a month: "19/06/2024").
_DIGIT_DATE = re.compile(r"\b(?P<day>\d{1,2})(?P<sep>[./])(?P<month>\d{1,2})(?P=sep)(?P<year>(?:19|20)\d{2})\b")
_MONTH_NAMES = {i: m.capitalize() for m, i in MONTHS.items()}
# A day as an ordinal, in digits or in the words ``dates`` reads ("19th", "nineteenth", "twenty-first").
_ORDINAL_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)|(?P<word>" + DAY_WORDS + ")"
# A month as a name, capitalised ("may" is the verb, "march" the noun).
_MONTH_WORD_ANY = r"(?P<month>" + "|".join(m.capitalize() for m in MONTHS) + ")"
# A day told as an ordinal, as people say it: "the nineteenth of June", "19th June", "June the 19th" (not "the
# second May be", "August the first convoy": after the month, the ordinal must close its phrase).
_SPOKEN_DAY_FIRST = re.compile(r"\b(?:[Tt]he\s+)?(?i:" + _ORDINAL_DAY + r")(?:\s+of)?\s+" + _MONTH_WORD_ANY + r"\b"
                               r"(?!\s+(?:be|is|was|have|has|not|also|well|follow|come|come|still)\b)")
_SPOKEN_MONTH_FIRST = re.compile(r"\b" + _MONTH_WORD_ANY + r"\s+(?:the\s+)?(?i:" + _ORDINAL_DAY + r")"
                                 r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:in|at|on|and|or|when|to|of|last|this|next|\d{4})\b)")


def _day_number(m: re.Match) -> int:
    return int(m.group("day")) if m.group("day") else DAY_NUMBERS[re.sub(r"[-\s]+", " ", m.group("word").lower())]


def _dated(m: re.Match, day_first: bool) -> str:
    day = _day_number(m)
    if not 1 <= day <= 31:
        return m.group(0)  # ("the 45th of March")
    return f"{day} {m.group('month')}" if day_first else f"{m.group('month')} {day}"


def spoken_dates(claim: str) -> str:
    """Return ``claim`` with days told as ordinals in the articles' form: "on the nineteenth of June" -> "on 19
    June", "June the 3rd" -> "June 3"; any other claim unchanged (an ordinal that ranks, "the third state", stays,
    as does a day no month has: "the 45th of March")."""
    claim = _SPOKEN_DAY_FIRST.sub(lambda m: _dated(m, True), claim)
    return _SPOKEN_MONTH_FIRST.sub(lambda m: _dated(m, False), claim)


# A speaker's insistence around a claim ("Everyone knows that P", "The fact is, P", "Let me be clear: P", "P, full
# stop"): the claim is P.
_INSISTING = re.compile(r"^\s*(?:(?:every(?:one|body)|we\s+all|all\s+of\s+us)\s+knows?(?:\s+that(?=\s))?"
                        r"|it['’]s\s+a\s+fact\s+that|the\s+(?:fact|truth|reality)\s+is(?=\s*,|\s+that\b|\s+(?-i:[A-Z]))"
                        r"(?:\s+that)?"
                        r"|(?:let\s+me\s+be\s+clear|let['’]s\s+be\s+clear|make\s+no\s+mistake|(?:don['’]t|do\s+not)\s+"
                        r"forget|remember|frankly|of\s+course|obviously|clearly|believe\s+me|mark\s+my\s+words"
                        # a commentator's framing: "Tellingly,", "As many predicted,", "In a worrying sign,", "The
                        # West should note that" (not a hedge: "Reportedly," is ``hedged``'s)
                        r"|(?:telling|alarming|worrying|shameful|bold|predictab|unsurprising|surprising|notab|"
                        r"crucial|important|significant|interesting|ironical|sad|tragical|unfortunate|fortunate|"
                        r"remarkab|disturbing|shocking|curious|striking|inevitab|understandab|bizarre|incredib|"
                        r"convenient|astonishing|revealing|ominous|embarrassing|pointed|scandalous|disgraceful|"
                        r"thankful|regrettab|cynical|brazen|tellingly)ly(?=\s*,)"
                        r"|as\s+(?:many|some|most|everyone|we|critics|experts|analysts|observers)\s+(?:had\s+|have\s+)?"
                        r"(?:predicted|expected|feared|warned|will\s+recall|recall|know|suspected|noted)(?=\s*,)"
                        r"|in\s+a\s+(?:\w+\s+)?(?:sign|move|twist|development|turn|blow)(?=\s*,)"
                        r"|(?:the\s+west|everyone|readers|observers)\s+should\s+(?:note|know|remember)"
                        r"|(?:it\s+is|it['’]s)\s+(?:no\s+coincidence|telling|worth\s+noting|notable|striking)"
                        r"|note|even)"
                        r"(?=\s*[,:;–—-]|\s+that\b|(?<=even)\s+(?!(?:so|though|if|as|when|after|before|with|"
                        r"without|more|less|then|now|while|once)\b))(?:\s+that)?)\s*[,:;.–—-]*\s+",
                        re.IGNORECASE)
# What cannot open the claim an insistence leaves: "Everyone knows that is false" keeps its "that".
_NO_CLAIM_OPENING = re.compile(r"(?:is|was|are|were|has|have|had|will|would|can|could|should|must|might|does|"
                               r"did|do|not|(?-i:may)|\w+n['’]t)\b", re.IGNORECASE)
_FULL_STOP = re.compile(r"(?:,|\s[–—-])\s*(?:full\s+stop|period|end\s+of\s+story)\s*([.!]?)\s*$", re.IGNORECASE)


# A word in capitals for emphasis in a claim otherwise in lower case ("signed the pact on 19 JULY", "sent THOUSANDS
# of troops"); acronyms that are also words stay ("WHO", "AIDS").
_EMPHASIS = re.compile(r"\b[A-Z]{3,}\b")
_CAPITAL_WORDS = frozenset({"WHO", "AIDS", "SWIFT", "CAT", "OPEC", "NASA", "NATO", "ISIS", "BRICS"})
_CAPITALISED = frozenset(MONTHS) | frozenset(WEEKDAY_INDEX)
# Parts of speech a name is seldom written as: a word in capitals that can be one of these is emphasis.
_NOT_NAME_TAGS = frozenset({"ADV", "ADJ", "VERB", "AUX"})
_TIME_NOUNS = frozenset({"day", "week", "month", "year", "today", "tomorrow", "tonight", "weekend", "morning",
                         "evening", "night", "time"})


def _plain_word(word: str) -> str | None:
    """The word in capitals written plainly, or None when it may be a name ("TURKEY", "PATRIOT": a singular noun and
    nothing else) or is no English word ("PYONGYANG", "NATO")."""
    lower = word.lower()
    lemmas = getAllLemmas(lower)
    if word in _CAPITAL_WORDS or not lemmas:
        return None
    if _NOT_NAME_TAGS & set(lemmas) or any(lemma != lower for lemma in lemmas.get("NOUN", ())) \
            or lower in _TIME_NOUNS:
        return lower  # ("ADMITTED", "RIGHT NOW", "THOUSANDS", "NEXT MONTH")
    return None


def without_emphasis(claim: str, holds: Callable[[str], bool] | None = None) -> str:
    """Return ``claim`` with words set in capitals for emphasis written plainly ("on 19 JULY" -> "on 19 July",
    "sent THOUSANDS of troops" -> "sent thousands of troops", "KEPT ties with PYONGYANG" -> "kept ties with
    Pyongyang" when ``holds("Pyongyang")``, a test of the pile's names). Left as written: a claim mostly in capitals,
    a dateline's month ("JULY 19 - "), an acronym or a word that may be a name ("NATO", "TURKEY"; "TRUMP" too when
    the pile holds "Trump"), a word beside a capitalised one ("New START", "CARES Act") and a run of capitals with a
    noun in it ("UNITED NATIONS", "NORTH KOREA")."""
    letters = [c for c in claim if c.isalpha()]
    if not _EMPHASIS.search(claim) or sum(c.isupper() for c in letters) > len(letters) / 2:
        return claim
    words = list(re.finditer(r"\S+", claim))
    out, last = [], 0
    for k, w in enumerate(words):
        m = _EMPHASIS.search(w.group(0))
        if m is None:
            continue
        word, start = m.group(0), w.start() + m.start()
        before, after = claim[:start].rstrip(), words[k + 1].group(0) if k + 1 < len(words) else ""
        neighbours = [words[k - 1].group(0) if k else "", after]
        caps = [n for n in neighbours if _EMPHASIS.fullmatch(n.strip(".,;:!?'\"“”‘’()"))]
        titled = any(n[:1].isupper() and not n.isupper() for n in neighbours if n)
        lower = word.lower()
        if lower in _CAPITALISED:
            dated = any(re.search(r"\d", n) for n in neighbours)
            plain = word if not before else word.capitalize() if dated else _plain_word(word)
        elif holds is not None and holds(word.capitalize()):
            plain = word.capitalize()
        elif titled and "NOUN" in getAllLemmas(lower) or any(_plain_word(n.strip(".,;:!?'\"“”‘’()")) is None
                                                               for n in caps):
            plain = None  # (a noun beside a capitalised word is part of a name; a run with a noun in it)
        else:
            plain = _plain_word(word)
        if plain is None or plain == word:
            continue
        if plain.islower() and (not before or before[-1:] in ".:!?"):
            plain = plain.capitalize()
        out.append(claim[last:start] + plain)
        last = start + len(word)
    return "".join(out) + claim[last:]


# A speaker's fillers and recollection hedges ("So basically,", "if I remember right,", "I think", "you know,",
# "or something like that"), and a saying verb's past progressive ("was saying" = "said"): spoken words as a claim.
_FILLER = r"(?:if\s+I\s+remember\s+(?:right|rightly|correctly)|if\s+I['’]m\s+not\s+mistaken|if\s+memory\s+serves|" \
          r"you\s+know|I\s+mean|I\s+think|I\s+believe|I\s+guess|or\s+something\s+like\s+that|or\s+something|like|" \
          r"sort\s+of|kind\s+of|look|remember|you\s+see|what|if\s+you\s+(?:can\s+)?believe\s+it|believe\s+it\s+or\s+not)"
# A speaker's hesitation sounds ("to, um, send", "from, uh, Pat Ryder"): no words, so their commas go with them.
_HESITATION = re.compile(r"(?:,\s*(?:uh|um+|erm?|ah)\b\s*,?|(?:^|(?<=\s))(?:uh|um+|erm?|ah)\s*,)\s*(?=\w)")
# (before a pronoun taking up the subject the comma stays: "The deal, uh, it was signed")
_HESITATION_BEFORE_PRONOUN = re.compile(r",\s*\b(?:uh|um+|erm?|ah)\b\s*,?\s*(?=(?:he|she|they|it|that|this|his|her|"
                                        r"their|its)\b)")
# What opens a spoken sentence before its subject ("And", "So", "Right, and").
_SPOKEN_OPENER = re.compile(r"^\s*(?:(?:and|so|right|well|okay|now)\s*,?\s+)+", re.IGNORECASE)
_PROGRESSIVE_PAST = {"saying": "said", "telling": "told", "reporting": "reported", "warning": "warned",
                     "claiming": "claimed", "arguing": "argued", "praising": "praised", "insisting": "insisted",
                     "stressing": "stressed", "urging": "urged", "calling": "called", "denying": "denied",
                     "confirming": "confirmed"}
_FILLERS = [(re.compile(p, re.IGNORECASE), w) for p, w in (
    # an opening "So," "Well," "So basically", "If I remember right," (not "So far", "So much", "Look at")
    (r"^\s*(?:(?:so|and|well|okay|look|right|now)\s*,\s+|and\s+(?=\w)|so\s+(?=basically\b|if\s+I\b|you\s+know\b|I\s+mean\b)|"
     r"so\s+(?!(?:far|much|many|long|called)\b)(?=(?-i:[A-Z]))|"
     r"(?:basically|if\s+I\s+remember\s+(?:right|rightly|correctly)|if\s+I['’]m\s+not\s+mistaken|you\s+know|"
     r"I\s+mean)\s*,?\s+)+(?=\w)", ""),
    (r",\s*" + _FILLER + r"\s*,\s*(?=that\b)", " "),  # ("told Nato, I think, that ...")
    (r",\s*" + _FILLER + r"\s*,", "<comma>"),  # ("Korotchenko, a colonel, I think, said")
    (r",\s*" + _FILLER + r"\s*([.?!]?)\s*$", r"\1"),  # ("... in Kyiv, I think.")
    (r"(?:^|(?<=[\s,]))I\s+(?:think|believe|guess)\s*,\s+(?!that\b)", "<comma>"),
    (r"(?:^|(?<=[\s,]))I\s+(?:think|believe|guess)\s+(?!that\b)", " "),
    (r"\b(?:basically|actually|pretty\s+much)\s+", ""),
    (r"\bcame\s+out\s+and\s+(?:just\s+)?(?=(?:said|told|dismissed|denied|rejected|confirmed|announced|admitted|"
     r"branded|called|slammed|condemned|accused|warned|insisted|claimed|blamed)\b)", ""),  # ("came out and denied it")
    (r"\bsomething\s+like\s+(?=\d)", ""),
    (r",\s*right\s*\?\s*$", "."),
    # "was saying that", "were telling Nato" (not "There were warning signs", "was telling lies")
    (r"(?<!\bthere )\b(?:was|were)\s+(" + "|".join(_PROGRESSIVE_PAST) + r")\b"
     r"(?=\s+(?:(?:that|the|a|an|he|she|they|it|we|I|his|her|their|its|to|how|what|about|for|on|if|whether|when|"
     r"nothing|something|several|some|many|most|all|no|up|around|nearly|almost|thousands|hundreds|dozens|there|this|"
     r"these|those)\b|(?-i:[A-Z\d])))", None),
)]
# A speaker's closing endorsement of what they relayed ("..., so I think that's what was going on", "..., that was a
# done deal").
_ENDORSED = re.compile(r",\s*(?:so\s+)?(?:I\s+think\s+)?that(?:['’]s|\s+is|\s+was)\s+(?:basically\s+|pretty\s+much\s+|"
                       r"just\s+)?(?:a\s+done\s+deal|what\s+(?:was\s+going\s+on|is\s+going\s+on))\s*[.!]?\s*$",
                       re.IGNORECASE)
_SAID_THEN = re.compile(r"^(?P<who>[^,]+?)\s+(?:said|reported|claimed)\s+(?:that\s+)?(?P<p>\S.+)$")


# A subject told first and taken up again by a pronoun, as people speak ("The Kremlin, they dismissed it", "Sybiha,
# Ukraine's foreign minister, he was in Odesa", "That line, that came from Ryder", "Brask, his view was that P"); not
# an opening phrase of time or place ("In June, it was reported", "Last week, they met").
_RESUMED = re.compile(
    r"^(?P<subject>(?!(?:In|On|At|After|Before|When|While|If|Although|Though|As|Since|Because|By|For|From|With|Without|"
    r"During|Under|Over|Last|Next|Earlier|Later|Meanwhile|However|Yesterday|Today|Now|Then|Still|Also|Yet|But|Or|So|Yes|"
    r"No|Well|Okay|Right|Here|There|What|Who|Why|How|Where|It|They|He|She|We|I|You|According|Per|Despite|Among|Amid|"
    r"Unlike|Like|Following|Given|To|Of|About|Against|Between|Within|Across|Through|Into|Toward|Towards|Once|Unless|"
    r"Until|Whether|Even|Only|Just|Perhaps|Maybe|Clearly|Apparently|Reportedly|Allegedly|Together|Again|Instead|"
    r"Soon|Finally|Eventually|Later|Afterwards|Initially|Originally|Overall|Otherwise|Indeed|Still)\b)"
    r"(?:[A-ZÀ-ÖØ-Þ]|the\b|that\b)"
    r"[^,;:?!\"“”]{0,60}?)(?P<apposition>,\s+[^,;:?!\"“”]{2,80}?)?,\s+(?P<pronoun>he|she|they|it|that|this|"
    r"(?P<possessive>his|her|their|its))(?P<contracted>['’]s)?\s+(?P<rest>[a-z][^,]*(?:,.*)?)$")
# What opens a clause, not a verb: after "that" or "it" the comma closed a sentence ("..., that the plant is safe").
_CLAUSE_OPENING = re.compile(r"(?:the|a|an|this|that|these|those|his|her|their|its|he|she|they|it|we|you|there)\b")
# A finite verb in what would be the subject: the comma closes a clause, not a subject ("The message was reassuring,
# that the plant ...").
_FINITE = re.compile(r"\b(?:is|was|are|were|has|have|had|will|would|can|could|did|does|do|said|says)\b")
_PERFECT_AFTER_S = re.compile(r"(?:been|got|gone|had)\b")
# A time phrase before the comma is no subject ("The next day, they signed"; "Two days later, he resigned").
_TIME_HEAD = re.compile(r"\b(?:day|days|night|nights|week|weeks|month|months|year|years|morning|evening|afternoon|"
                        r"weekend|time|times|moment|hour|hours|minute|minutes|later|ago|earlier|since|then|meanwhile)$",
                        re.IGNORECASE)
# A verb of saying in what follows the pronoun, before a comma: an aside ("The deal, he told reporters, was dead").
_SAYING_ASIDE = re.compile(r"^[^,]*\b(?:said|says|say|told|tells|added|adds|claims?|claimed|insists?|insisted|noted|"
                           r"notes|believes?|believed|thinks?|thought|reports?|reported|argues?|argued|warned|warns|"
                           r"admits?|admitted|seems?|seemed|appears?|appeared)\b[^,]*,")


def _resumed_subject(text: str) -> str:
    """``text`` with a resumed subject put back as the subject: "The Kremlin, they dismissed it" -> "The Kremlin
    dismissed it"; "Sybiha, the minister, he's the one" -> "Sybiha, the minister, is the one"; "Brask, the envoy,
    his view was that P" -> "Brask's view was that P"; any other text unchanged."""
    m = _RESUMED.match(text.strip()) or _RESUMED.match(_SPOKEN_OPENER.sub("", text.strip()))
    if (not m or _FINITE.search(m.group("subject")) or has_verb_only_word(m.group("subject"), STOP_WORDS)
            or _TIME_HEAD.search(m.group("subject").strip()) or re.match(r"[\w'’]+\s*,", m.group("rest"))
            or _SAYING_ASIDE.match(m.group("rest"))
            or (not m.group("contracted") and _CLAUSE_OPENING.match(m.group("rest")))):
        # (a verb before the comma: two clauses; a time phrase; "X, they said, P", "X, it seems, P" and "X, its
        # owner says, P" are asides)
        return text
    subject, apposition, rest = m.group("subject"), m.group("apposition") or "", m.group("rest")
    if m.group("possessive"):
        return f"{subject}'s {rest}"
    if m.group("contracted"):
        # ("he's been", "he's met Velm": has; "he's accused of fraud", "it's owned by": is)
        perfect = _PERFECT_AFTER_S.match(rest) or re.match(
            r"(?:[a-z]+(?:ed|en)|met|said|told|made|sent|seen|won|lost|left|kept|led|held|paid|put|set)\s+"
            r"(?:the|a|an|that|this|his|her|their|its|[A-Z\d])",
            rest)
        rest = ("has " if perfect else "is ") + rest
    return f"{subject}{apposition}{',' if apposition else ''} {rest}"


def spoken_plainly(claim: str) -> str:
    """Return a claim spoken off the cuff as the claim it makes: "So basically, if I remember right, Regnum was
    reporting that Kim offered troops" -> "Regnum reported that Kim offered troops"; a claim without fillers
    unchanged."""
    if re.search(r"[“”\"]", claim):
        return claim  # (a speaker's own words in quotes keep their fillers)
    # (the subject first, before the fillers go: "X, remember, that began in May")
    text = _resumed_subject(_HESITATION.sub(" ", _HESITATION_BEFORE_PRONOUN.sub(", ", claim)))
    for pattern, word in _FILLERS + _FILLERS:  # (twice: a filler gone may leave another at the opening)
        if word is None:
            text = pattern.sub(lambda m: _PROGRESSIVE_PAST[m.group(1).lower()], text)
        elif word == "<comma>":  # a comma stays where it closes a description the speaker opened before
            text = pattern.sub(lambda m: ", " if m.string[:m.start()].count(",") % 2 else " ", text)
        else:
            text = pattern.sub(word, text)
    endorsed = _ENDORSED.search(text)
    if endorsed:  # "X said P, so that's what was going on": the speaker's claim is P itself
        text = text[:endorsed.start()]
        said = _SAID_THEN.match(text)
        text = said.group("p") if said else text
    text = _resumed_subject(text)
    if text == claim:
        return claim
    text = re.sub(r"\s+([,.?!])", r"\1", re.sub(r"\s{2,}", " ", text)).strip(" ,")
    text = re.sub(r"^,\s*", "", text)
    return text[:1].upper() + text[1:]


# A timeline's entry: a date, then a colon or a dash, then the event ("2031-05-03: Brask, Velm sign accord",
# "13/05: ...", "Mid-May - ...", "Autumn 2031: ...").
_MONTH_WORD = r"(?:" + "|".join(_MONTH_NAMES.values()) + ")"
_ENTRY_DATE = re.compile(
    r"^\s*(?P<date>(?P<iso>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})|(?P<dd>\d{1,2})[/.](?P<mm>\d{1,2})(?:[/.](?P<yy>\d{4}))?"
    r"|(?P<part>(?i:mid|early|late|end))[- ](?P<pm>" + _MONTH_WORD + r")(?:\s+(?P<py>\d{4}))?"
    r"|(?P<day>\d{1,2})\s+" + _MONTH_WORD + r"(?:\s+\d{4})?|" + _MONTH_WORD + r"\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?"
    r"|" + _MONTH_WORD + r"\s+\d{4}|(?i:spring|summer|autumn|fall|winter)\s+\d{4}|(?P<year>(?:19|20)\d\d))"
    r"\s*(?::|\s[-–—])\s+(?P<rest>\S.*)$")
# A date or a day the entry's own words give: the entry is dated already.
_DATED_REST = re.compile(r"\b(?:\d{1,2}\s+" + _MONTH_WORD + r"|" + _MONTH_WORD + r"\s+\d{1,2}|\d{1,2}[/.]\d{1,2}|"
                         r"(?:19|20)\d\d|" + "|".join(w.capitalize() for w in WEEKDAY_INDEX) + r")\b")


def timeline_entry(claim: str) -> str:
    """Return a timeline's entry as a claim with its date at the end: "2031-05-03: Brask, Velm sign accord" ->
    "Brask, Velm sign accord on 3 May 2031", "Mid-May - Velm resigns" -> "Velm resigns in May"; a date that may be
    read either way ("06/07") or a claim that is no entry unchanged."""
    m = _ENTRY_DATE.match(claim)
    if m is None or m.group("rest").upper().startswith("CORRECTION") or _DATED_REST.search(m.group("rest")) \
            or m.group("year") and not claim[m.end("date"):].lstrip().startswith(":"):
        return claim  # (an entry dated in its own words; "2020 - 2024: ...": a range)
    date, on = m.group("date"), False
    if m.group("iso"):
        day, month, year = int(m.group("id")), int(m.group("im")), m.group("iso")
    elif m.group("dd"):
        day, month, year = int(m.group("dd")), int(m.group("mm")), m.group("yy")
        if day <= 12 or not year and (len(m.group("mm")) != 2 or "/" not in date):
            return claim  # ("06/07": June or July; "24/7", "15.5": no dates)
    else:
        day = None
    if day is not None:
        try:
            datetime.date(int(year or 2000), month, day)
        except ValueError:
            return claim
        date, on = f"{day} {_MONTH_NAMES[month]}" + (f" {year}" if year else ""), True
    elif m.group("part"):
        date = m.group("pm") + (f" {m.group('py')}" if m.group("py") else "")
    else:
        on = bool(m.group("day") or re.search(r"\d{1,2}(?:st|nd|rd|th)?(?:,|\s|$)", date) and not re.fullmatch(
            r"(?:\w+\s+)?\d{4}", date))
    rest = m.group("rest").rstrip(" .")
    return f"{rest[:1].upper()}{rest[1:]} {'on' if on else 'in'} {date}"


# A wire story's dateline: the place it was filed from in capitals, maybe its country or state, the day and the
# agency ("BRUSSELS (AP) —", "ODESA, Ukraine (Newswire) —", "LONDON, June 26 —", "KYIV, Sept. 3 (Reuters) -",
# "KYIV, 3 May —", "NEW YORK, N.Y. (AP) —", "WASHINGTON, Thursday —", "KYIV:").
_MONTH_ABBREVIATION = r"(?:" + "|".join(sorted({m[:3].capitalize() for m in MONTHS} | {m.capitalize() for m in MONTHS}
                                              | {"Sept"}, key=len, reverse=True)) + r")\.?"
_WEEKDAY_NAME = r"(?:" + "|".join(d.capitalize() for d in WEEKDAY_INDEX) + r")"
_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][\w'’.-]{2,}(?:\s+[A-Z][\w'’.-]+){0,2})"
    r"(?:,\s+(?!" + _WEEKDAY_NAME + r"\b|" + _MONTH_ABBREVIATION + r"\s+\d)(?P<region>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|"
    r"(?:[A-Z]\.){2,3})(?=\s*[,(—–:-]))?"
    r"(?P<day>,\s+(?:" + _MONTH_ABBREVIATION + r"\s+\d{1,2}|\d{1,2}\s+" + _MONTH_ABBREVIATION + r"|" + _WEEKDAY_NAME
    + r"))?"
    r"\s*(?P<agency>\([A-Z][\w .&'’-]{0,30}\))?\s*(?:[—–]|-|:)\s+(?P<rest>[A-Z\"“‘'].+)$")
# The unnamed credit that closes a wire lead (", officials said", ", according to the report", ", figures show"):
# the agency's sourcing, not the claim, which is what the lead states. A party's ("Russian officials said", "the
# Kremlin said") stays: the claim is then that party's word.
_UNNAMED = (r"(?:(?:the|a|an|his|her|its|their)\s+)?(?:(?:military|security|intelligence|government|senior|state|"
            r"diplomatic|defen[cs]e|local)\s+){0,2}"
            r"(?:officials?|sources?|diplomats?|analysts?|reports?|spokes(?:man|woman|person)|media|TV|television|"
            r"figures|data|text|statement|office|experts?|agencies)")
_WIRE_CREDIT = re.compile(r",\s+(?:" + _UNNAMED + r"\s+(?:said|say|says|reported|report|reports|show|shows|showed|"
                          r"stated|confirmed|indicated|indicate|suggested|suggest)(?:\s+on\s+[A-Z][a-z]+)?"
                          r"|according\s+to\s+" + _UNNAMED + r")\s*([.!]?)\s*$")


def wire_lead(claim: str) -> str:
    """Return a wire story's lead as its claim: "BRUSSELS (AP) — Kim offered troops, officials said." -> "Kim
    offered troops."; the dateline (a known place, or a place in a known country, in capitals, or written as a name
    before an agency or a day) is where the story was filed, and the unnamed credit at the end the agency's sourcing.
    A named speaker's or a party's credit stays (", Foreign Minister Sybiha said", ", Russian officials said"); any
    other claim unchanged ("Kursk — troops are fighting there": a place may be the topic)."""
    from storyscope.annotate.entities import place_name

    m = _DATELINE.match(claim)
    if m is None or not m.group("place").isupper() and not (m.group("day") or m.group("agency")):
        return claim  # ("Kyiv: ..." may be Kyiv's words; "Kyiv (AP) —" and "Kyiv, May 3 -" are datelines)
    region = m.group("region") or ""
    if place_name(m.group("place").title()) is None and (not region or place_name(region) is None) \
            and not re.fullmatch(r"(?:[A-Z]\.){2,3}", region):
        return claim
    rest = _WIRE_CREDIT.sub(lambda c: c.group(1) or ".", m.group("rest"))
    return rest[:1].upper() + rest[1:]


# "X dismissed as fabricated the reports that P": the label after the reports, as the articles put it ("X dismissed
# the reports that P as fabricated"), so that X's words are read as what X said of P.
_LABEL_FIRST = re.compile(
    r"^(?P<subject>.+?\b(?:dismiss(?:ed|es)?|reject(?:ed|s)?|brand(?:ed|s)?|denounc(?:ed|es)|label(?:l?ed|s)?|"
    r"describ(?:ed|es)|decri(?:ed|es)|condemn(?:ed|s)?|characteri[sz](?:ed|es)))\s+as\s+"
    r"(?P<label>(?:(?!as\b)[A-Za-z’'-]+\s+){0,2}?(?!as\b)[A-Za-z’'-]+)\s+(?P<object>(?:the|all|any|those|these|such)\s+(?:[\w’'-]+\s+)?"
    r"(?:reports?|claims?|allegations?|rumou?rs?|suggestions?|accounts?|talk|stories|story|accusations?)\b.*?)"
    r"\s*(?P<end>[.!]?)\s*$", re.IGNORECASE)


# "Krone reports that P", "According to Krone, P": an outlet the pile holds an article of, its article's words (not
# "Krone, citing Bild, says P": what Krone relays is the matter).
_OUTLET_SAYS = re.compile(
    r"^\s*(?:According\s+to\s+(?:the\s+)?(?P<by>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})(?:['’]s)?"
    r"(?:\s+(?:report|article|story|piece))?\s*,\s+(?P<after>.+)"
    r"|(?:The\s+)?(?P<outlet>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})(?:\s+(?:report|article|story|piece))?"
    r"\s+(?:reports|reported|says|said|writes|wrote|notes|noted|states|stated)"
    r"\s+(?:that\s+)?(?P<said>.+))$")


def outlet_unframed(claim: str, outlets: frozenset[str]) -> str:
    """Return P of "Krone reports that P" or "According to Krone, P" when the outlet
    is one the pile holds an article of (``outlets``, lower-cased): what its article says is judged as the pile's;
    any other claim unchanged ("Bild reports P", an outlet only cited, stays a claim about Bild's report)."""
    m = _OUTLET_SAYS.match(claim)
    if m is None:
        return claim
    outlet, rest = (m.group("by"), m.group("after")) if m.group("by") else (m.group("outlet"), m.group("said"))
    if not ({outlet.lower(), "the " + outlet.lower()} & outlets) or re.match(r"(?i)(?:citing|quoting|which|who)\b", rest) \
            or not _is_clause(rest.strip()):
        return claim  # (what an outlet relays from another is the matter: "According to Krone, citing Bild, ...")
    return rest[:1].upper() + rest[1:]


# What a claim sets its point against where that is another place, party or time ("in Riga rather than in Osk",
# "Kessia, not Osk, signed", "after, not before, the vote"): the claim asserts the first; the second, denied, is left
# out. (A kind set against a kind, "volunteers rather than soldiers", is often the point in dispute: kept.)
_NAMED = r"(?=[^,.;:!?]*?\b[A-Z])"
_CONTRAST = [re.compile(p) for p in (
    r",?\s+(?:rather\s+than|instead\s+of)\s+" + _NAMED + r"[^,.;:!?]+?(?=\s*(?:[,.;:!?]|$))",
    r",\s+(?:and\s+)?not\s+(?:before|after|during|until|since)\s*,(?=\s)",
    r",\s+not\s+(?!only\b|least\b|yet\b|just\b|even\b)" + _NAMED + r"[^,.;:!?]{1,60}?,(?=\s)",
    r",\s+not\s+(?!only\b|least\b|yet\b|just\b|even\b)" + _NAMED + r"[^,.;:!?]{1,60}?(?=\s*[.!]?\s*$)",
)]


def without_contrast(claim: str) -> str:
    """Return ``claim`` without what it sets its point against: "Brask met Velm in Riga rather than in Osk" -> "Brask
    met Velm in Riga"; "Kessia, not Osk, signed the pact" -> "Kessia signed the pact"; "Osk cut ties after, not
    before, the vote" -> "Osk cut ties after the vote"; "The dam is in Kessia, not Osk." -> "The dam is in Kessia.".
    A plain negation ("Brask did not sign") and a kind set against a kind ("welders, not soldiers") stay."""
    text = claim
    for pattern in _CONTRAST:
        text = pattern.sub("", text)
    return re.sub(r"\s{2,}", " ", text).strip() if text != claim else claim


# A claim that names the place, time or person of an event by saying which it was ("The city where Brask signed the
# accord was Riga", "The day on which Velm resigned was 3 May", "The minister who signed it was Brask").
_WHICH_PLACE = re.compile(r"^\s*The\s+(?:city|town|place|country|capital|venue|location|region)\s+(?:where|in\s+which)\s+"
                          r"(?P<clause>[^,;]+?)\s+(?:was|is)\s+(?P<value>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
                          r"\s*\.?\s*$")
_WHICH_TIME = re.compile(r"^\s*The\s+(?P<unit>day|date|month|year)\s+(?:when|on\s+which|in\s+which|that)\s+"
                         r"(?P<clause>[^,;]+?)\s+(?:was|is)\s+(?P<value>[\w ,]{3,30}?)\s*\.?\s*$")
_WHICH_PERSON = re.compile(r"^\s*The\s+(?P<who>(?:[\w-]+\s+){0,3}?(?:" + "|".join(sorted(ROLE_NOUNS)) + r"|person|man|woman|"
                           r"official|leader))\s+(?:who|that)\s+(?P<clause>[^,;]+?)\s+(?:was|is)\s+"
                           r"(?P<value>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s*\.?\s*$")


# A reaction told with the act that made it ("Osk responded to the vote by closing its port"): the act is the claim.
_REACTED_BY = re.compile(r"^(?P<subject>\S.{0,80}?)\s+(?:reacted|responded|replied|answered|retaliated)\s+"
                         r"(?:to\s+(?P<what>.{2,160}?)\s+)?by\s+(?P<act>[a-z]+ing)\b(?P<rest>.*)$", re.DOTALL)


# Words in -ing after "by" that are no act ("responded by evening", "by morning").
_NO_ACTS = frozenset({"evening", "morning", "nightfall", "noon", "spring", "ceiling", "nothing", "something",
                      "anything", "everything"})
# The same told as what the reaction was ("Osk's response to the vote was to close its port"; "... was to call them
# lies": "them" is what it responded to).
_REACTION_WAS = re.compile(r"^(?P<subject>\S.{0,80}?)['’]s\s+(?:(?:first|immediate|initial|only)\s+)?(?:reaction|"
                           r"response|answer|reply|retort)\s+(?:to\s+(?P<what>.{2,160}?)\s+)?(?:was|has\s+been)\s+"
                           r"(?:simply\s+|basically\s+)?to\s+(?P<act>[a-z]+)\b(?P<rest>.*)$", re.DOTALL)


def reaction_as_statement(claim: str) -> str:
    """Return a reaction told by its act as the act itself: "Kessia responded to the vote by closing its embassy" ->
    "Kessia closed its embassy"; "Velm reacted by saying the port was safe" -> "Velm said the port was safe";
    "Osk's response to the reports was to call them lies" -> "Osk called the reports lies"; any other claim
    unchanged (the act must be a verb with a past form, and something must follow it)."""
    text = claim.strip()
    m = _REACTED_BY.match(text) or _REACTION_WAS.match(text)
    if not m or not m.group("rest").strip(" .!") or m.group("act").lower() in _NO_ACTS:
        return claim
    act = m.group("act")
    lemma = (getLemma(act, upos="VERB") or (act,))[0] if act.endswith("ing") else act
    if lemma == "be" or (act.endswith("ing") and lemma == act):
        return claim  # ("was to be expected", "by being silent": no act; a word in -ing that is no verb)
    subject = m.group("subject")
    helper = re.search(r"\s(?P<aux>has|have|had|will|would|could|can|may|might|should|must)$", subject)
    form = ("VBN" if helper.group("aux") in ("has", "have", "had") else "VB") if helper else "VBD"
    if lemma == "lie" and form != "VB":  # ("lying about the attack": lied; "lying low": lay, lain)
        inflected = ("lay" if form == "VBD" else "lain",) if re.match(r"\s+low\b", m.group("rest")) else ("lied",)
    else:
        inflected = getInflection(lemma, tag=form)
    if not inflected:
        return claim
    rest = m.group("rest")
    if m.re is _REACTION_WAS and m.group("what"):  # ("to call them fake": what was called so)
        what = m.group("what")
        rest = re.sub(r"^\s+(?:them|it|him|her)\b",
                      lambda _: " " + (what if re.match(r"(?:the|a|an|his|her|their|its|[A-Z])", what)
                                       else "the " + what), rest)
    return f"{subject} {inflected[0]}{rest}"


def which_as_statement(claim: str) -> str:
    """Return a claim that tells which place, time or person it was as the plain statement: "The city where Brask
    signed the accord was Riga" -> "Brask signed the accord in Riga"; "The day on which Velm resigned was 3 May" ->
    "Velm resigned on 3 May"; "The envoy who signed it was Ana Velm" -> "Envoy Ana Velm signed it"; any other claim
    unchanged."""
    m = _WHICH_PLACE.match(claim) or _WHICH_TIME.match(claim)
    if m and _has_verb(m.group("clause")):
        word = "in" if m.re is _WHICH_PLACE or m.group("unit") in ("month", "year") else "on"
        return f"{m.group('clause')[:1].upper()}{m.group('clause')[1:]} {word} {m.group('value').rstrip('.')}."
    m = _WHICH_PERSON.match(claim)
    if m and _has_verb(m.group("clause")) and not _is_clause(m.group("clause")):
        # (the clause's subject is the person: "who signed it")
        return f"{m.group('who')[:1].upper()}{m.group('who')[1:]} {m.group('value').rstrip('.')} {m.group('clause')}."
    return claim


def _has_verb(text: str) -> bool:
    return any(t.pos_ in ("VERB", "AUX") for t in parse_texts([text])[0])


# A time clause put first ("After Brask resigned, Velm took over"): the claims of the pile mostly put it last.
_LEADING_TIME_CLAUSE = re.compile(r"^\s*(?P<sub>After|Before|Once|Since|Until|Till)\s+(?P<when>[^,;:“”\"]{3,160}?),\s+"
                                  r"(?P<main>[^,;:.!?]{8,}?)\s*(?P<end>[.!]?)\s*$")


def time_clause_last(claim: str) -> str:
    """Return ``claim`` with a time clause put first moved after the main clause: "After Velm recognised the
    republics, Osk cut its ties" -> "Osk cut its ties after Velm recognised the republics"; any other claim, a main
    clause that is no clause of its own and one that tells what someone said ("After the pact, Brask warned that
    ...") unchanged."""
    m = _LEADING_TIME_CLAUSE.match(claim)
    # (a statement keeps it first: put last, "after the pact" would read as part of what was said)
    if m is None or not _is_clause(m.group("main")) or statement_claim(m.group("main")) \
            or re.search(r"\b(?:and|but)\b", m.group("main")) or m.group("sub") == "Once" and not _has_verb(m.group("when")):
        return claim  # (nor one that joins clauses, over which the time clause first scopes; nor "Once a rival,")
    main = m.group("main")
    return f"{main[:1].upper()}{main[1:]} {m.group('sub').lower()} {m.group('when')}{m.group('end') or '.'}"


# Longer claims are not searched for a label put first (the pattern backtracks on long text).
MAX_LABEL_CLAIM_CHARS = 600


def label_last(claim: str) -> str:
    """Return ``claim`` with a label put before its object moved after it: "The ministry dismissed as fabricated the
    reports that Tarn sent troops" -> "The ministry dismissed the reports that Tarn sent troops as fabricated"; any
    other claim unchanged."""
    m = _LABEL_FIRST.match(claim.strip()) if len(claim) <= MAX_LABEL_CLAIM_CHARS else None
    if not m:
        return claim
    return f"{m.group('subject')} {m.group('object')} as {m.group('label')}{m.group('end')}"


def written_plainly(claim: str) -> str:
    """Return ``claim`` with figures and dates in the form the articles use and a speaker's insistence left out:
    "10 000" and "100.000" -> "10,000" and "100,000", "19.06.2024" -> "19 June 2024", "Everyone knows that P" /
    "The fact is, P" / "Let me be clear: P" / "P, full stop" -> "P"; analysts' shorthand written out ("RU-NK pact
    signed 19 Jul" -> "Russia-North Korea pact signed 19 July", ``shorthand.spelled_out``); "According to remarks
    attributed to X in Brussels, P" -> "X said in Brussels that P"; a post's label left out ("BREAKING: ...",
    "It's official: ..."); a yes/no question as the claim it asks about ("Did Brask sign?" -> "Brask signed.",
    ``questions.asked_as_statement``); a wire lead without its dateline and unnamed credit (``wire_lead``); a
    translation's forms as the articles write them ("Minister of Defence of Kessia Brask" -> "Kessia's Defence
    Minister Brask", ``translated.translated_plainly``); a writer's hedge left out ("reportedly", "is said to have
    signed" -> "signed", ``hedged.unhedged``); "X was reported to be Y" as "Reports said X was Y"
    (``hedged.reported_as_said``); "depended on" / "hinged on" as the articles' "was conditional on"."""
    claim = wire_lead(timeline_entry(spoken_dates(spoken_plainly(asked_as_statement(claim)))))
    unlabelled = _LABEL_WORDS.sub("", _LABEL_WORDS.sub("", claim))  # ("BREAKING: CONFIRMED: ...")
    if unlabelled != claim:
        claim = unlabelled[:1].upper() + unlabelled[1:]
    claim = grouped_thousands(spelled_out(attributed_as_statement(unhedged(reported_as_said(label_last(
        time_clause_last(which_as_statement(without_contrast(translated_plainly(reaction_as_statement(claim)))))))))))
    claim = _DOTTED_FIGURE.sub(lambda m: m.group(1) + m.group(2).replace(".", ","), claim)

    def date(m: re.Match) -> str:
        day, month, year = int(m.group("day")), int(m.group("month")), int(m.group("year"))
        if m.group("sep") == "/" and day <= 12 and day != month:
            return m.group(0)  # ("06/07/2031": June or July)
        try:
            datetime.date(year, month, day)
        except ValueError:
            return m.group(0)  # no date ("31.02.2031", or month first: "05.13.2031")
        return f"{day} {_MONTH_NAMES[month]} {year}"
    claim = _DIGIT_DATE.sub(date, claim)
    for _ in range(2):  # ("Let me be clear: everyone knows that P")
        m = _INSISTING.match(claim)
        rest = claim[m.end():] if m else ""
        if not m or len(rest.split()) < 2 or "?" in rest or _NO_CLAIM_OPENING.match(rest):
            break
        claim = rest[:1].upper() + rest[1:]
    claim = _FULL_STOP.sub(lambda m: m.group(1) or ".", claim)
    return _CONDITIONAL_ON.sub(lambda m: _as_conditional(claim, m), claim)


# A deal's condition told by a verb ("the deal depended on recognition", "hinged on", "was contingent on"): the
# articles' "was conditional on". Only a deal's: "Europe depended on Russian gas" is reliance, no condition.
_CONDITIONAL_ON = re.compile(r"\b(?P<verb>depended|hinged|(?P<be>was|were)\s+contingent)\s+(?:up)?on\b", re.IGNORECASE)
_DEAL_BEFORE = re.compile(r"\b(?P<noun>deal|agreement|pact|treaty|accord|talk|plan|offer|arrangement|contract)"
                          r"(?P<plural>s)?\b[^,;.]*$", re.IGNORECASE)


def _as_conditional(claim: str, m: re.Match) -> str:
    """"was/were conditional on" for a deal's condition told by ``m`` ("The deal depended on ..."), the verb's own
    "was"/"were" kept; the match unchanged where no deal is its subject or an auxiliary opens the verb ("has
    depended on")."""
    before = claim[:m.start()]
    deal = _DEAL_BEFORE.search(before)
    if deal is None or re.search(r"\b(?:has|have|had|will|would|could|may|might|must|long|always|still|also)\s*$",
                                 before, re.IGNORECASE):
        return m.group(0)
    be = m.group("be") or ("were" if deal.group("plural") or deal.group("noun").lower() == "talk" else "was")
    return f"{be} conditional on"


def expanded_contractions(claim: str) -> str:
    """Return ``claim`` with a subject's contracted "'s" written out: "Pyongyang's already sent troops" ->
    "Pyongyang has already sent troops", "Kyiv's asking for missiles" -> "Kyiv is asking for missiles"; a possessive
    ("Russia's armed forces", "Kim's reported offer") is left as it is."""
    if "'s" not in claim and "’s" not in claim:
        return claim
    doc = parse_texts([claim])[0]
    out, last = [], 0
    for tok in doc:
        if tok.lower_ not in ("'s", "’s"):
            continue
        if tok.tag_ == "VBZ":  # parsed as the verb it stands for ("Brask's been dismissed")
            verb = tok.head
        elif tok.tag_ == "POS" and tok.head.dep_ in ("nsubj", "nsubjpass") and tok.head.head.pos_ in ("VERB", "AUX"):
            verb = tok.head.head
        else:
            continue
        if verb.i <= tok.i:
            continue
        after = next((t for t in doc[tok.i + 1:verb.i + 1] if t.pos_ not in ("ADV", "PART")), verb)
        word = "has" if after.lower_ in ("been", "got") or after.tag_ in _HAS_NEXT and not _passive(after) else "is"
        out += [claim[last:tok.idx].rstrip(), " ", word]
        last = tok.idx + len(tok.text)
    return "".join(out) + claim[last:] if out else claim


def framed_claim(claim: str) -> tuple[str, bool]:
    """Return the claim a reader's frame holds and whether the frame calls it false: "It is false that Kessia cut
    ties" -> ("Kessia cut ties", True); "Reports that Brask resigned are accurate" -> ("Brask resigned", False);
    "Contrary to reports, Kessia kept its embassy open" -> ("Kessia kept its embassy open", False); "It is established
    that P", "It has been established that P", "According to the reporting, P" -> (P, False); a frame within a
    frame is read through ("It is false that claims that P are fake" -> (P, False)); any other claim, a frame a
    speaker closing the sentence owns ("It is a lie that P, Brask said") or one whose "that" opens no clause of its
    own ("The claims that Velm made are false") -> (claim, False)."""
    called_false = False
    for _ in range(3):
        inner = _unframed(claim)
        if inner is None:
            break
        claim, called_false = inner[0], called_false != inner[1]
    return claim, called_false


def _unframed(claim: str) -> tuple[str, bool] | None:
    """One frame off ``claim`` (see ``framed_claim``), or None."""
    for pattern in (_IT_IS, _REPORTS_ARE):
        m = pattern.match(claim)
        if m:
            inner = m.group("claim").strip().rstrip(".")
            inner = inner[:1].upper() + inner[1:] + "."
            if _CLOSING_SPEAKER.search(inner[:-1]) or not (_unframed(inner) or _is_clause(inner)):
                return None
            return inner, m.group("false") is not None
    m = _STORY_OF.match(claim)
    if m:
        inner = headline_as_sentence(m.group("claim").strip())
        if inner != m.group("claim").strip() and _is_clause(inner):
            return inner[:1].upper() + inner[1:] + ".", m.group("false") is not None
    m = _BY_THE_REPORTING.match(claim) or _THE_REPORTING_SAYS.match(claim) or _A_REPORT_SAYS.match(claim) \
        or _REPORTS_CLOSE.match(claim) or _CLAIMED_BY_SOME.match(claim)
    if m and _is_clause(m.group("claim").strip()):
        inner = m.group("claim").strip()
        return inner[:1].upper() + inner[1:] + ("" if inner[-1:] in ".!?" else "."), False
    m = _CONTRARY.match(claim)
    if m:
        inner = m.group("claim").strip()
        return inner[:1].upper() + inner[1:], False
    # "North Korea never recognised the republics": the positive claim, called false (``negated_claims``)
    positive = None if leaves_open(claim) or denies_saying(claim) else positive_of(claim)
    return (positive, True) if positive else None


# A wire brief's form: a dateline of the day ("JULY 19 - "), two names joined by a comma as a headline joins them
# ("Putin, Kim signed ..."), a closing unnamed source (", officials said"), and a speech noun led by what was asked
# for ("made his sanctions call").
_BRIEF_DATE = re.compile(r"^\s*(?P<month>" + "|".join(m.upper() for m in MONTHS) + r")\s+(?P<day>\d{1,2})"
                         r"\s*[-–—:]\s+(?P<rest>\S.*)$")
_NAME_WORD = r"(?:[A-Z][\w'’.-]*|" + "|".join(sorted(ROLE_NOUNS)) + r")"  # ("North Korean leader Kim Jong Un")
_HEADLINE_PAIR = re.compile(r"^(?P<a>(?:" + _NAME_WORD + r"\s+){0,5}[A-Z][\w'’.-]*),\s+(?P<b>(?:" + _NAME_WORD
                            + r"\s+){0,5}[A-Z][\w'’.-]*)\s+(?P<verb>(?!(?:and|or|of|in|at|on|to|the|for|with)\b)[a-z]+)\b")
_UNNAMED_CLOSER = re.compile(r",\s+(?:officials|sources|diplomats|analysts|reports)\s+(?:said|say|says|reported)\s*"
                             r"([.!]?)\s*$")
_NOUN_LED_CALL = re.compile(r"\b(?P<verb>made|issued|renewed|repeated|voiced)\s+(?P<det>his|her|their|its|a|the)\s+"
                            r"(?P<what>sanctions|talks|negotiations|reparations|elections|reforms|weapons|arms|troops|"
                            r"ceasefire|truce|aid|peace)\s+(?P<noun>call|appeal|plea|demand)\b")


# Times a brief's own words give: then its dateline's day is no date of the event.
_OWN_TIME = re.compile(r"\b(?:" + "|".join(sorted(_TIME_NAMES | {"tonight", "tomorrow", "earlier", "later", "last",
                                                                    "this", "next"})) + r")\b|\bon\s+\d|\d{4}",
                       re.IGNORECASE)
# Words that open a brief's sentence without being a name ("In Osk, Brask signed"; "Meanwhile, Velm").
_NOT_NAMES = frozenset({"in", "on", "at", "meanwhile", "earlier", "later", "then", "after", "before", "since",
                        "during", "as", "when", "while", "also", "but", "and", "separately", "however", "still"})
_SPEECH_VERBS = frozenset({"said", "says", "told", "tells", "added", "adds", "claimed", "claims", "wrote", "writes"})


def _headline_pair(text: str) -> str:
    """"Putin, Kim signed the pact" -> "Putin and Kim signed the pact" when the two are names (or titled names) and
    a verb follows them; not "In Osk, Brask signed", "Brask, Kessia's trade minister, signed", "Brask, Velm said,"."""
    m = _HEADLINE_PAIR.match(text)
    if not m or m.group("a").split()[0].lower() in _NOT_NAMES or m.group("b").endswith(("'s", "’s")) \
            or m.group("verb") in _SPEECH_VERBS or text[m.end():m.end() + 1] == ",":
        return text
    return f"{m.group('a')} and {m.group('b')} {m.group('verb')}{text[m.end():]}"


def brief_as_claim(claim: str) -> str:
    """Return a wire brief's claim in plain form: "JULY 19 - Putin, Kim signed the pact, officials said." -> "In July,
    Putin and Kim signed the pact."; "Sybiha made his sanctions call in Kyiv" -> "Sybiha made his call for
    sanctions in Kyiv"; any other claim unchanged. A dateline gives the day of the report, so only its month is
    taken for the event's, and not when the words give their own time ("JULY 20 - ... signed the pact on Sunday") or
    the day is the month's first or second (the event may be the month before)."""
    m = _BRIEF_DATE.match(claim)
    if m:
        rest = _UNNAMED_CLOSER.sub(lambda c: c.group(1) or ".", _headline_pair(m.group("rest")))
        own_time = _OWN_TIME.search(rest) or int(m.group("day")) <= 2
        if rest.split(maxsplit=1)[0].lower() in _NOT_NAMES:
            rest = rest[:1].lower() + rest[1:]  # ("In July, in Osk, Brask signed ...")
        claim = rest[:1].upper() + rest[1:] if own_time else f"In {m.group('month').capitalize()}, {rest}"
    return _NOUN_LED_CALL.sub(lambda c: f"{c.group('verb')} {c.group('det')} {c.group('noun')} for {c.group('what')}",
                              claim, count=1)


# "According to remarks attributed to X in Brussels, P": X's words, where he spoke them.
_ATTRIBUTED = re.compile(r"^\s*According\s+to\s+(?:the\s+)?(?:remarks|comments|statements?|words)\s+(?:attributed\s+to|"
                         r"made\s+by|of)\s+(?P<speaker>(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*)"
                         r"(?:\s+(?P<where>(?:in|at)\s+(?:[a-z]+\s+){0,4}[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*))?,\s+"
                         r"(?P<said>\S.+)$")


# A report verb whose clause opens without "that" ("state TV reported Kim offered troops"): the subject's name and a
# finite verb after it.
_THAT_LEFT_OUT = re.compile(r"(?<!\bwho )(?<!\bthat )(?<!\bwhich )\b(?P<verb>reported|reports|claimed|claims|announced|"
                            r"announces|insisted|insists|alleged|alleges|confirmed|confirms)\s+"
                            r"(?!(?:" + "|".join(w.capitalize() for w in [*WEEKDAY_INDEX, "today", "yesterday", *MONTHS])
                            + r")\b)"
                            r"(?=(?:[A-Z][\w'’.-]*\s+){1,3}(?:(?:has|had|was|were|is|are|will|would|could|can|may|"
                            r"might|gave|told|said|made|took|met|won|lost|kept|began|sold|paid|bought|went|came|"
                            r"became)\b|[a-z]+ed\s+(?:the|a|an|his|her|their|its|\d|[A-Z])))")
# A rank's intensifier: "the first country on Earth to" is "the first country in the world to".
_ON_EARTH = re.compile(r"\b(?P<rank>first|second|third|last|only|largest|biggest|smallest|oldest|newest|richest|"
                       r"poorest|most\s+[\w-]+)\s+(?P<what>(?:[\w-]+\s+){0,2}?)on\s+(?:Earth|earth|the\s+planet)\b")


def attributed_as_statement(claim: str) -> str:
    """Return "According to remarks attributed to X in Brussels, P" as "X said in Brussels that P", "X reported Kim
    offered troops" as "X reported that Kim offered troops", "the first country on Earth" as "the first country in
    the world"; any other claim unchanged."""
    claim = _ON_EARTH.sub(lambda m: f"{m.group('rank')} {m.group('what')}in the world",
                          _THAT_LEFT_OUT.sub(lambda m: m.group("verb") + " that ", claim))
    m = _ATTRIBUTED.match(claim)
    if m is None:
        return claim
    where = f" {m.group('where')}" if m.group("where") else ""
    said = m.group("said")
    if re.match(r"(?:I|we|We|my|My|our|Our)\b", said):
        return claim  # ("..., I will resign": the speaker's own person, not the claim's)
    return f"{m.group('speaker')} said{where} that {said}"


def plain_claim(claim: str) -> str:
    """Return ``claim`` in the form ``check`` reads: a headline's speaker, a passive's agent, a report's source
    ("The claim that P came from X", "One article credits Z with the claim that P"), a statement's owner ("X's
    warning was that P"), a cited medium's speaker or a cleft's ("It was X who said P") made the speaker of "X said
    Y", "spoke of" read as "said", "Reporting indicates that P" as any article's words, the writer's description
    ("X is described as a Y") as the role claim "X is a Y", an event told by its noun as the act ("the signing of
    the pact by X took place on D": "X signed the pact on D"), a wire brief in plain form (``brief_as_claim``); any
    other claim unchanged."""
    claim = cleft_as_statement(sourced_as_statement(reporting_as_statement(described_as_role(event_clause_as_action(
        rank_as_phrase(event_as_action(brief_as_claim(claim))))))))
    return information_as_statement(spoken_as_statement(passive_as_statement(headline_as_statement(
        provenance_as_statement(possessive_as_statement(cited_as_statement(claim)))))))
