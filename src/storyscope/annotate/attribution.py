"""Who said what: direct quotes, cue verbs, "according to", hedges.

Rules over one parsed Doc (attribution.rules.v1). Works in text order so the
recency resolver sees speakers as a reader does.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from storyscope.annotate.cues import TAGGER_PATH, CueModel, frame_features, load_cue_model, refine_cues
from storyscope.annotate.entities import trim_entity
from storyscope.annotate.resolve import RELATIVE_PRONOUNS, Resolver, SpeakerRef
from storyscope.annotate.spans import Quote, QuoteIndex, Segment, doc_text, token_span, trim_span
from storyscope.model import Attribution

# Lemmas of verbs that introduce speech or a claim (PolNeAR-style cues).
CUE_LEMMAS = frozenset({
    "say", "tell", "claim", "brand", "accuse", "warn", "confirm", "deny", "describe", "insist",
    "add", "report", "believe", "want", "announce", "allege", "dismiss", "reject", "state",
    "declare", "explain", "argue", "suggest", "admit", "stress", "note", "reveal", "write",
    "assert", "maintain", "acknowledge", "predict", "estimate", "promise", "threaten",
    "urge", "call", "vow", "pledge", "complain", "concede", "indicate", "disclose", "boast",
    "fear", "think", "expect", "know", "understand", "suspect", "rumour", "rumor",
})
# Cues that only count with a clause complement or a quote ("call", "know", "want to"
# would otherwise fire on ordinary verbs); they never take the rest-of-sentence fallback.
CLAUSE_ONLY_LEMMAS = frozenset({"call", "know", "think", "expect", "understand", "fear", "write", "note",
                                "want", "believe", "add"})
# Cues whose content may be their object and what follows ("branded the claims ... as
# fake news", "accused Russia of ...", "told Nato members and European leaders ...").
OBJECT_CONTENT_LEMMAS = frozenset({"brand", "accuse", "deny", "describe", "dismiss", "reject", "confirm",
                                   "announce", "report", "warn", "tell", "reveal", "admit", "allege",
                                   "claim", "disclose", "acknowledge", "urge", "promise", "threaten"})
# Mental-state cues left to the learned gate when active ("I think", "they want" are often
# not attributions in PolNeAR); their passive hedges ("is believed") stay with the rules.
# Set on the PolNeAR train split (scripts/train_attribution.py, storyscope bench attribution).
GATED_LEMMAS = frozenset({"want", "think", "believe", "know", "expect", "understand", "fear", "suspect"})
# A writer's gloss closing reported words: whom or what the words meant (", making reference to Washington",
# ", referring to the envoy"), not part of what was said.
_WRITERS_GLOSS = re.compile(r",(?P<quote>[”\"’']?)\s+(?:(?:apparently|presumably|likely|probably)\s+)?(?:making\s+(?:a\s+|an\s+)?(?:clear\s+|"
                            r"veiled\s+|thinly\s+veiled\s+)?(?:reference|allusion)|in\s+(?:a\s+)?(?:clear\s+|veiled\s+)?"
                            r"reference|referring|alluding|a\s+(?:clear\s+|veiled\s+)?reference)\s+to\b[^,;.!?“”\"]*[.!?]?\s*$")
# Cues that hedge what they introduce.
HEDGING_LEMMAS = frozenset({"claim", "allege", "believe", "suggest", "suspect", "think", "rumour", "rumor",
                            "speculate", "expect", "understand", "fear"})
# Present-tense cue verbs the parser may read as a noun's modifier ("residents claim homes were hit").
COMPOUND_CUES = frozenset({"claim", "say", "insist", "allege", "warn", "fear"})
# Passive cues without an agent are agentless hedges: "is said to", "it is believed".
PASSIVE_HEDGE_LEMMAS = frozenset({"say", "believe", "know", "report", "think", "rumour", "rumor",
                                  "claim", "allege", "understand", "suspect", "suppose", "consider",
                                  "estimate", "fear", "accuse"})
# ... except a factive one: "X is known to have ..." gives no source but states what it passes on as settled.
FACTIVE_PASSIVE_LEMMAS = frozenset({"know"})
# Adverbs that hedge their clause without naming a source.
HEDGE_ADVERBS = frozenset({"reportedly", "allegedly", "purportedly", "supposedly", "apparently",
                           "ostensibly", "rumoredly", "rumouredly"})
# Content that opens by passing on unnamed reports is hedged whoever says it: "“There are reports that
# Brask will sell,” said Kessia" vouches for the reports' existence, not for the sale.
_RELAYS_REPORTS = re.compile(
    r"(?i)[“\"'‘]?\s*(?:there(?:\s+(?:is|was|are|were|ha(?:ve|s)\s+been)|['’]s)\s+"
    r"(?:(?!(?:no|not|any|little|few|scant|hardly)\b)[^\W\d]+\s+){0,2}?"
    r"(?:reports?|rumou?rs?|indications?|suggestions?)\s+(?:that|of)\b"
    r"|(?:unconfirmed\s+)?(?:reports|rumou?rs)\s+(?:say|suggest|indicate|claim)|it\s+is\s+(?:rumou?red|reported)"
    # ... or asks whether it holds ("The question is whether it is actually 100,000 that Kim has offered, state
    # television reported")
    r"|the\s+question\s+is\s+(?:whether|if)|it\s+is\s+(?:unclear|not\s+clear)\s+(?:whether|if))\b")
# Complement labels whose subtree is the content of an indirect attribution.
CONTENT_DEPS = ("ccomp", "xcomp")
# A fronted clause ("<content>, X reported") needs this many words to be content.
FRONTED_MIN_WORDS = 4
# ... and only when the cue has no object of its own to the right.
FRONTED_BLOCKING_DEPS = frozenset({"dobj", "dative", "attr", "oprd"})
# Right-hand children that make "the rest of the sentence" content plausible.
OBJECT_DEPS = frozenset({"dobj", "dative", "prep", "oprd", "attr", "advcl", "npadvmod"})
# "“A,” she said in a statement. “B.”": at most this many words between the cue and a
# quote that resumes the one before it. Set on the PolNeAR train split.
CONTINUATION_MAX_WORDS = 4
_WORD = re.compile(r"\w+")
# Punctuation that ends a sentence or clause between a cue and the quote after it.
_STOP = re.compile(r"[.!?;:]")
# A sentence end between a cue and a quote after it: the quote is not introduced by the cue.
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])[.!?]\s*$")  # not "the U.S. “…”", "told the A.P. “…”"
# Right-hand children that give a non-lexicon candidate frame its content ("criticized the plan").
FRAME_OBJECT_DEPS = frozenset({"dobj", "prep", "attr", "oprd", "acomp", "dative"})
# A candidate frame without a subject of its own takes its head's ("and criticized ...",
# "..., calling it ...", "wants to support ...", "after rejecting ..." up pcomp and prep).
FRAME_INHERIT_DEPS = frozenset({"conj", "advcl", "xcomp", "acomp", "pcomp", "prep"})
# How many heads up a candidate frame looks for that subject. Set on the PolNeAR train split.
FRAME_INHERIT_LEVELS = 3
# Raising verbs: PolNeAR gives "X seems to ..." no source and puts X in the content.
RAISING_LEMMAS = frozenset({"seem", "appear", "sound", "look"})
# How far a cue may sit from a quote and still introduce it, in tokens:
# "“...,” he said" (after) and "He told lawmakers: “...”" (before). Tuned on seeds.
POST_CUE_MAX_TOKENS = 6
# Characters scanned next to a quote for its cue: bounds the work per quote on a very long line (a few
# POST_CUE_MAX_TOKENS words fit many times over).
_NEAR_CHARS = 300
PRE_CUE_MAX_TOKENS = 8
# Tags that may not stand between a cue and the quote it introduces.
BLOCKING_POS = frozenset({"VERB", "AUX"})
# A quote that opens a line with no cue of its own continues the last direct
# quote when that one ended at most this many lines earlier.
ORPHAN_MAX_LINE_GAP = 2
# "Name: text" at a line start: at most this many tokens before the colon, at least this many words after.
SPEAKER_COLON_MAX_TOKENS = 5
SPEAKER_COLON_MIN_WORDS = 3
# A line opening with up to four capitalised words and a colon: a transcript turn ("Ana Lopez: …").
_TURN = re.compile(r"^[ \t]*[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,3}:[ \t]", re.MULTILINE)
# Nouns for what someone said: "It follows remarks the president made ..., claiming ...".
REMARK_NOUNS = frozenset({"remark", "comment", "statement", "speech", "interview", "testimony", "address",
                          "claim", "warning", "announcement"})
# Cues whose passive subject is the one spoken to, not what was said ("The minister was told by aides").
ADDRESSEE_LEMMAS = frozenset({"tell", "warn", "ask", "inform", "brief", "advise", "assure", "urge", "promise",
                              "threaten"})
# Nouns for an unnamed source of "according to" ("according to reports").
GENERIC_SOURCE_NOUNS = frozenset({"report", "reports", "media", "source", "sources", "article", "this", "that",
                                  "reporting", "account", "accounts", "estimate", "estimates", "data",
                                  "figure", "figures", "study", "survey", "poll"})
# Nouns for a poll that PolNeAR makes the source of a finding stated "in" it ("In a new
# CNN poll, Clinton leads ...", "Trump leads in the survey"); after the clause only a single
# poll counts ("rose in the polls" is a trend). Set on the PolNeAR train split.
FINDING_NOUNS = frozenset({"poll", "survey", "study", "census", "tally", "polling"})
# Nouns that stand before the poll itself ("the average of New Hampshire surveys").
FINDING_WRAPPERS = frozenset({"average", "majority", "most", "all", "series", "round", "number", "each", "one"})
# Verbs that report a finding, and the nouns for records that find: "records show ...",
# "<clause>, the poll found". With such a subject the verb is a cue for the rules.
FINDING_VERBS = frozenset({"show", "find", "suggest", "indicate", "reveal"})
FINDING_SOURCES = FINDING_NOUNS | frozenset({
    "record", "data", "analysis", "return", "tally", "email", "document", "figure", "statistic", "filing",
    "report", "research", "result", "projection", "estimate", "number", "count", "video", "footage"})
# "<clause>, campaign finance records show.": the parser often reads "records show" as one noun phrase.
_CLOSING_FINDING = re.compile(
    r",\s+(?!(?:and|but|or|as|though|although|while|because|so|if|when)\s)(?P<src>(?:[\w’'&/.-]+\s+){0,6}?(?:records|polls?|surveys?|data|analys[ie]s|returns|e-?mails|documents"
    r"|figures|statistics|filings|reports?|results|tallies|projections|estimates|studies|study))\s+"
    r"(?P<cue>(?:also\s+)?(?:show|shows|showed|found|find|finds|suggest|suggests|suggested|indicate|indicates"
    r"|indicated|reveal|reveals|revealed))\W*$")
# "X issued a statement saying ...": nouns for a released text whose participle is the cue,
# with X, who issued it, the source (PolNeAR's cue: "issued a statement saying").
# Participles that show rather than say: "released a video showing the senator at a rally" is no statement.
DEPICTING_LEMMAS = frozenset({"show", "feature", "depict", "picture", "star"})
STATEMENT_NOUNS = frozenset({"statement", "release", "message", "letter", "memo", "post", "tweet", "email",
                             "video", "ad", "advertisement"})
# "issued a statement Thursday, saying ...": a participle set off from the statement by a few words
# counts after these verbs only ("filed his statement with the FEC, saying" does not).
ISSUE_VERBS = frozenset({"issue", "release", "put", "send", "post", "publish"})
ISSUE_MAX_GAP = 3
# Right-hand children that an object content runs on over ("called him a liar", "compared X to Y").
# Set on the PolNeAR train split.
OBJECT_TAIL_DEPS = frozenset({"oprd", "attr", "ccomp", "xcomp", "prep", "dobj"})
# Children left of a cue verb that PolNeAR's cue span takes in ("has said", "also said",
# "did not say"). Set on the PolNeAR train split (storyscope bench attribution).
CUE_LEFT_DEPS = frozenset({"aux", "auxpass", "neg", "advmod"})
# Children right of a cue verb that the cue takes in when they stand before the content
# ("said Tuesday that", "said in a statement that", "called for", "points out that").
CUE_RIGHT_DEPS = frozenset({"prt", "npadvmod", "prep", "advmod", "agent"})
# Punctuation trimmed off a source phrase ("Jane Roe, a former analyst," -> no trailing comma).
SOURCE_TRIM = " \t\n,.;:-–—(“\"'"
# "according to him": pronoun sources resolved to the last PERSON.
PERSON_OR_PRONOUN = frozenset({"him", "her", "he", "she"})
# "Quoted from X, ..." / "Citing X, ..." at a sentence start names the source X.
QUOTED_FROM = re.compile(
    r"^(?P<cue>(?i:quoted from|citing|as reported by|reported by|as quoted by))\s+(?:the\s+)?"
    r"[“\"‘]?(?P<name>[A-Z][\w’'&.-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w’'&.-]*){0,5})[”\"’]?\s*,\s*"
)


class _Builder:
    """Collects attributions for one document."""

    def __init__(self, doc: Any, segs: list[Segment], quotes: QuoteIndex, resolver: Resolver) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.segs = segs
        self.quotes = quotes
        self.resolver = resolver
        self.out: list[Attribution] = []
        self.quote_owner: dict[int, Attribution] = {}
        self._proper_counts: Counter[str] | None = None
        self._transcript: bool | None = None
        self.seg_of = [-1] * len(doc)
        for n, seg in enumerate(segs):
            for i in range(seg.tok_start, seg.tok_end):
                self.seg_of[i] = n

    # -------------------------------------------------------------- helpers

    def _add(self, ref: SpeakerRef | None, cue_s: int, cue_e: int, start: int, end: int,
             direct: bool, hedged: bool, gap: tuple[int, int] | None = None) -> Attribution | None:
        start, end = trim_span(self.text, start, end)
        gloss = _WRITERS_GLOSS.search(self.text, start, end)
        if gloss is not None and not direct:
            # ("..., making reference to Washington": the writer's gloss on the words; a closing quote mark stays)
            end = gloss.end("quote") if gloss.group("quote") else gloss.start()
        if start >= end:
            return None
        if gap is not None and not start < gap[0] < gap[1] < end:
            gap = None
        if ref is not None and ref.speaker in self.resolver.outlets:
            ref = SpeakerRef(ref.speaker, "ORG", ref.source_start, ref.source_end)
        hedged = hedged or _RELAYS_REPORTS.match(self.text, start) is not None
        att = Attribution(
            speaker=ref.speaker if ref else None,
            cue=self.text[cue_s:cue_e],
            cue_start=cue_s,
            cue_end=cue_e,
            content=self.text[start:end],
            start=start,
            end=end,
            direct=direct,
            hedged=hedged,
            source_text=self.text[ref.source_start:ref.source_end] if ref else None,
            source_start=ref.source_start if ref else None,
            source_end=ref.source_end if ref else None,
            speaker_label=ref.label if ref else None,
            gap_start=gap[0] if gap else None,
            gap_end=gap[1] if gap else None,
        )
        self.out.append(att)
        return att

    def _kids(self, tok: Any) -> list[Any]:
        """Children of ``tok`` in its own segment (spaCy parses run over headings)."""
        n = self.seg_of[tok.i]
        return [c for c in tok.children if self.seg_of[c.i] == n]

    def _speaker(self, subj: Any, verb: Any) -> SpeakerRef:
        n = self.seg_of[verb.i]
        seg = self.segs[n] if n >= 0 else None
        bounds = (seg.tok_start, seg.tok_end) if seg else (0, len(self.doc))
        return self.resolver.speaker_of(self.doc, subj, verb, bounds)

    def _seg_span(self, tok: Any) -> tuple[int, int]:
        n = self.seg_of[tok.i]
        if n < 0:
            return tok.idx, tok.idx + len(tok.text)
        return self.segs[n].start, self.segs[n].end

    def _subtree_span(self, tok: Any) -> tuple[int, int]:
        lo, hi = self._seg_span(tok)
        left, right = tok.left_edge, tok.right_edge
        return max(lo, left.idx), min(hi, right.idx + len(right.text))

    # -------------------------------------------------------------- cue verbs

    def cue_verb(self, tok: Any) -> None:
        """Make an attribution for cue verb ``tok`` if it has a source and content."""
        children = self._kids(tok)
        deps = [c.dep_ for c in children]
        lemma = tok.lemma_.lower()
        if "auxpass" in deps and "agent" not in deps:
            if lemma in PASSIVE_HEDGE_LEMMAS:
                self._passive_hedge(tok, children, deps)
            return
        subj = next((c for c in children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if "agent" in deps:
            agent = children[deps.index("agent")]
            subj = next((c for c in self._kids(agent) if c.dep_ == "pobj"), None)
        if subj is None and tok.dep_ in ("conj", "advcl") and tok.head.pos_ in ("VERB", "AUX") \
                and self.seg_of[tok.head.i] == self.seg_of[tok.i]:
            subj = next((c for c in self._kids(tok.head) if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lower_ == "it":
                subj = self._remark_maker(tok.head)
        issuer = self._statement_issuer(tok)
        if issuer is not None and subj is None:
            subj = issuer[0]
        if subj is None:
            return
        subj = _main_subject([c for c in children if c.dep_ == "nsubj"]) or subj
        quote_i = self._linked_quote(tok)
        cue_s, cue_e = self._cue_span(tok, subj)
        if issuer is not None:
            cue_s = self._cue_span(issuer[1], subj)[0]
        hedged = lemma in HEDGING_LEMMAS
        if quote_i >= 0:
            if quote_i in self.quote_owner:
                return
            q = self.quotes.quotes[quote_i]
            ref = self._source_span(self._speaker(subj, tok), subj, tok)
            cue_s, cue_e = self._cue_to_content(tok, cue_s, cue_e, q.start)
            first, second, gap = self._split_quote(quote_i, subj, tok, cue_s, cue_e)
            att = self._add(ref, cue_s, cue_e, first.inner_start, second.inner_end, True, hedged, gap)
            if att is not None:
                for part in (first, second):
                    k = self.quotes.index_of(part)
                    if k >= 0:
                        self.quote_owner[k] = att
            return
        if self.quotes.containing(tok.idx) >= 0:
            return
        short = self._short_quote_before(tok, subj, cue_s)
        if short is not None:
            ref = self._source_span(self._speaker(subj, tok), subj, tok)
            self._add(ref, cue_s, cue_e, short.inner_start, short.inner_end, True, hedged)
            return
        around = self._parenthetical(tok, children)
        if around is None:
            around = self._as_clause(tok, children)
        if around is not None:
            start, end, gap = around
            ref = self._source_span(self._speaker(subj, tok), subj, tok)
            self._add(ref, cue_s, cue_e, start, end, False, hedged, gap)
            return
        content = self._content(tok, children, lemma, subj)
        if content is None and lemma == "call":
            demand = self._called_for(tok, children)
            if demand is not None:
                content, cue_e = demand
        if content is None:
            return
        ref = self._source_span(self._speaker(subj, tok), subj, tok)
        cue_s, cue_e = self._cue_to_content(tok, cue_s, cue_e, content[0])
        agent = next((c for c in children if c.dep_ == "agent"), None)
        if agent is not None and content[1] <= cue_s and agent.i > tok.i:
            cue_e = max(cue_e, agent.idx + len(agent.text))  # PolNeAR's cue "was reported by"
        self._add(ref, cue_s, cue_e, content[0], content[1], False, hedged)

    def compound_cue(self, tok: Any) -> None:
        """Repair a cue verb the parser took for a noun modifier: in "Locals near the site claim homes have been
        pounded" spaCy reads "claim homes" as one noun phrase with "Locals" as the subject of "claim" (or of
        "pounded"). That subject is the source; the clause from the cue's next word to the verb's end the content.
        """
        noun = tok.head
        verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if tok.dep_ != "compound" or noun.i != tok.i + 1 or noun.dep_ not in ("nsubj", "nsubjpass", "pobj") \
                or verb is None or verb.i < noun.i or self.seg_of[verb.i] != self.seg_of[tok.i]:
            return
        # the source hangs on the cue itself (a noun with a subject) or on the verb as a subject before the cue
        subj = next((c for c in self._kids(tok) if c.dep_ == "nsubj" and c.i < tok.i), None) \
            or next((c for c in self._kids(verb) if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i
                     and c is not noun), None)
        if subj is None or self.quotes.containing(tok.idx) >= 0:
            return
        end = max(verb.right_edge.idx + len(verb.right_edge.text), noun.idx)
        right = verb.right_edge
        if right.is_punct and right.i > verb.i:
            end = right.idx
        ref = self._source_span(self._speaker(subj, verb), subj, verb)
        before = self.doc[tok.i - 1]
        ref = dataclasses.replace(ref, source_end=min(ref.source_end, before.idx + len(before.text)))  # not "claim homes"
        self._add(ref, tok.idx, tok.idx + len(tok.text), noun.left_edge.idx if noun.left_edge.i > tok.i else noun.idx,
                  end, False, tok.lemma_.lower() in HEDGING_LEMMAS)

    def _parenthetical(self, tok: Any, children: list[Any]) -> tuple[int, int, tuple[int, int] | None] | None:
        """The clause around a parenthetical cue, or None: "The risk, he said, is a clash".

        Returns the clause's span and the gap the cue phrase leaves in it (None when
        the cue closes the clause: "The risk is a clash, he said").
        """
        head = tok.head
        if tok.dep_ not in ("parataxis", "advcl") or head.i == tok.i or head.pos_ not in ("VERB", "AUX") \
                or self.seg_of[head.i] != self.seg_of[tok.i] \
                or any(c.dep_ in CONTENT_DEPS or c.dep_ in FRONTED_BLOCKING_DEPS or c.dep_ == "mark"
                       for c in children):
            return None
        doc = self.doc
        lo, hi = self._subtree_span(head)
        first, last = tok.left_edge.i, tok.right_edge.i
        while first < tok.i and doc[first].is_punct:
            first += 1
        if first == 0 or doc[first - 1].text not in (",", "—", "–"):
            return None  # only a cue set off from the clause ("was, she said, ...")
        before = [t for t in doc[head.left_edge.i:first] if not t.is_punct and not t.is_space]
        if not before:
            return None  # "He said, ...": not a clause around the cue
        left_end = self._end_before(first, head.left_edge.i)
        after = next((t for t in doc[last + 1:head.right_edge.i + 1] if not t.is_punct and not t.is_space), None)
        if after is None or after.idx >= hi:
            return lo, left_end, None
        return lo, hi, (left_end, after.idx)

    def _as_clause(self, tok: Any, children: list[Any]) -> tuple[int, int, tuple[int, int] | None] | None:
        """The clause an "as" clause of cue ``tok`` vouches for, or None: "As Reuters reported, X ...",
        "X, as the campaign noted, ...". Returns the clause's span and the gap the cue phrase leaves in it."""
        head = tok.head
        first, last = tok.left_edge.i, tok.right_edge.i
        if tok.dep_ != "advcl" or head.i == tok.i or head.pos_ not in ("VERB", "AUX") \
                or self.seg_of[head.i] != self.seg_of[tok.i] or any(c.dep_ in CONTENT_DEPS for c in children) \
                or not any(c.dep_ == "mark" and c.lower_ == "as" and c.i == first for c in children):
            return None
        if any(c.dep_ in ("dobj", "dative", "attr", "oprd") for c in children):
            return None  # a time "as" ("As he announced the plan, the crowd cheered"): the cue has its own object
        doc = self.doc
        lo, hi = self._subtree_span(head)
        before = [t for t in doc[head.left_edge.i:first] if not t.is_punct and not t.is_space]
        after = next((t for t in doc[last + 1:head.right_edge.i + 1] if not t.is_punct and not t.is_space), None)
        if after is not None and after.idx >= hi:
            after = None
        if not before:
            return (after.idx, hi, None) if after is not None else None
        left_end = self._end_before(first, head.left_edge.i)
        if after is None:
            return lo, left_end, None
        return lo, hi, (left_end, after.idx)

    def _called_for(self, verb: Any, children: list[Any]) -> tuple[tuple[int, int], int] | None:
        """ "X called for new sanctions": the demand's span and the cue's end after "for", or None."""
        prep = next((c for c in children if c.dep_ in ("prep", "prt") and c.lower_ == "for" and c.i > verb.i), None)
        if prep is None:  # "called for the port to take ...": "for" marks the clause
            clause = next((c for c in children if c.dep_ in ("advcl", "ccomp") and c.i > verb.i), None)
            mark = next((c for c in self._kids(clause) if c.dep_ == "mark" and c.lower_ == "for"
                         and c.i == verb.i + 1), None) if clause is not None else None
            if mark is not None:
                return (self.doc[mark.i + 1].idx, self._subtree_span(clause)[1]), mark.idx + len(mark.text)
        if prep is None or any(c.dep_ == "dobj" and c.i < prep.i for c in children):
            return None  # "called the meeting for Monday"
        obj = next((c for c in self._kids(prep) if c.dep_ in ("pobj", "pcomp")), None)
        if obj is None:
            return None
        return self._subtree_span(obj), prep.idx + len(prep.text)

    def _statement_issuer(self, verb: Any) -> tuple[Any, Any] | None:
        """Who issued the statement that participle ``verb`` hangs on, and the issuing verb, or None.

        "The DNC issued a statement apologizing to ...": (DNC, issued).
        """
        if verb.tag_ != "VBG" or verb.lemma_.lower() in DEPICTING_LEMMAS:
            return None
        if verb.dep_ == "acl":
            noun = verb.head
            if noun.lemma_.lower() not in STATEMENT_NOUNS or noun.dep_ != "dobj":
                return None
            issue = noun.head
        elif verb.dep_ == "advcl":  # "issued a statement Thursday, saying ..."
            issue = verb.head
            if issue.lemma_.lower() not in ISSUE_VERBS or not any(
                    c.dep_ == "dobj" and c.lemma_.lower() in STATEMENT_NOUNS
                    and 0 < verb.i - c.right_edge.i <= ISSUE_MAX_GAP for c in self._kids(issue)):
                return None
        else:
            return None
        if issue.pos_ != "VERB" or self.seg_of[issue.i] != self.seg_of[verb.i]:
            return None
        subj = next((c for c in self._kids(issue) if c.dep_ == "nsubj"), None)
        if subj is None and issue.dep_ == "conj" and self.seg_of[issue.head.i] == self.seg_of[verb.i]:
            subj = next((c for c in self._kids(issue.head) if c.dep_ == "nsubj"), None)
        return (subj, issue) if subj is not None else None

    def _remark_maker(self, verb: Any) -> Any | None:
        """Who made the remarks in "It follows remarks the president made ..., claiming ...", or None."""
        objects = [c for c in self._kids(verb) if c.dep_ in ("dobj", "attr")]
        if not any(c.lemma_.lower() in REMARK_NOUNS for c in objects):
            return None
        for noun in objects:  # the parser may make "the president" a second object beside "remarks"
            for clause in noun.subtree:
                if clause.dep_ not in ("relcl", "acl") or clause.pos_ != "VERB" \
                        or self.seg_of[clause.i] != self.seg_of[verb.i]:
                    continue
                maker = next((c for c in self._kids(clause) if c.dep_ == "nsubj"), None)
                if maker is None and clause.head.lemma_.lower() not in REMARK_NOUNS \
                        and clause.head.pos_ in ("NOUN", "PROPN"):
                    maker = clause.head  # the parser hung "made" on the maker: "remarks [the president] made"
                if maker is not None and maker.lower_ not in RELATIVE_PRONOUNS:
                    return maker
        return None

    def _continuation(self, quote_i: int, cue_end: int) -> int:
        """The quote that resumes quote ``quote_i`` right after its cue, or -1.

        PolNeAR keeps "“A,” she said. “B.”" as one attribution whose content is
        both quotes; the content span then runs from A to B over the cue.
        """
        q = self.quotes.quotes[quote_i]
        j = quote_i + 1
        if q.end > cue_end or j >= len(self.quotes.quotes) or j in self.quote_owner:
            return -1
        nxt = self.quotes.quotes[j]
        between = self.text[cue_end:nxt.start]
        if nxt.line != q.line or nxt.start < cue_end or "\n" in between \
                or len(_WORD.findall(between)) > CONTINUATION_MAX_WORDS:
            return -1
        if any(t.pos_ in BLOCKING_POS for t in _tokens_between(self.doc, cue_end, nxt.start)):
            return -1  # "“A,” she said, adding, “B.”": the second cue introduces B
        return j

    def _split_quote(self, quote_i: int, subj: Any, verb: Any, cue_s: int,
                     cue_e: int) -> tuple[Quote, Quote, tuple[int, int] | None]:
        """The first and last quote of what cue ``verb`` introduces with quote ``quote_i``, and the gap between.

        "“A,” she said. “B.”" is one statement run over its cue (no gap); in
        "“We will hold the line,” the mayor said, “until the water drops.”" the cue
        interrupts one sentence: PolNeAR's content is the two parts around the gap.
        """
        q = self.quotes.quotes[quote_i]
        if q.end <= verb.idx:
            cont = self._continuation(quote_i, cue_e)
            if cont >= 0:
                nxt = self.quotes.quotes[cont]
                return q, nxt, (q.inner_end, nxt.inner_start) if self._split_between(cue_e, nxt.start) else None
            frag = self.quotes.mark_after(cue_e)
            if frag is not None and not frag.is_speech and self._split_between(cue_e, frag.start) \
                    and len(_WORD.findall(self.text, cue_e, frag.start)) <= CONTINUATION_MAX_WORDS:
                return q, frag, (q.inner_end, frag.inner_start)
            return q, q, None
        opening = self._split_opening(q, subj, verb, cue_s)
        if opening is None:
            return q, q, None
        return opening, q, (opening.inner_end, q.inner_start)

    def _short_quote_before(self, verb: Any, subj: Any, cue_s: int) -> Quote | None:
        """A quote too short to be speech by length that opens the sentence its cue closes: "“Not even one,” he said."."""
        if any(c.dep_ in CONTENT_DEPS and c.i > verb.i for c in self._kids(verb)):
            return None
        left = min(subj.left_edge.idx, cue_s)
        q = self.quotes.mark_before(left)
        seg_start = self._seg_span(verb)[0]
        if q is None or q.is_speech or not q.closed or q.words == 0 or q.start < seg_start \
                or not any(ch in self.text[q.inner_end:q.end + 1] for ch in ",?!") \
                or self.text[seg_start:q.start].strip() or "\n" in self.text[q.end:left]:
            return None
        between = [t for t in _tokens_between(self.doc, q.end, left) if not t.is_punct and not t.is_space]
        return q if not between else None

    def _split_between(self, cue_end: int, quote_start: int) -> bool:
        """Whether the cue phrase ending at ``cue_end`` interrupts one sentence that a quote at
        ``quote_start`` resumes ("“A,” he said, “b.”"), not a new one ("“A,” he said. “B.”")."""
        between = self.text[cue_end:quote_start]
        return "\n" not in between and between.rstrip().endswith(",") and not _STOP.search(between) \
            and not any(t.pos_ in BLOCKING_POS for t in _tokens_between(self.doc, cue_end, quote_start))

    def _split_opening(self, q: Quote, subj: Any, verb: Any, cue_s: int) -> Quote | None:
        """The quote that opens a sentence which cue ``verb`` interrupts before quote ``q``, or None.

        "“We will hold the line,” the mayor said, “until the water drops.”": the parser
        took the second part for the cue's clause. A short opening ("“Judge,” he said, …")
        counts only at the start of its sentence.
        """
        left = min(subj.left_edge.idx, cue_s)
        opening = self.quotes.mark_before(left)
        if opening is None or opening.line != q.line or self.quotes.index_of(opening) in self.quote_owner \
                or not any(ch in self.text[opening.inner_end - 1:opening.end + 1] for ch in ",?!") \
                or cue_s - opening.end > _NEAR_CHARS \
                or not self._split_between(verb.idx + len(verb.text), q.start):
            return None
        seg_start = self._seg_span(verb)[0]
        if not opening.is_speech and (opening.start < seg_start or self.text[seg_start:opening.start].strip()):
            return None
        gap = [t for t in _tokens_between(self.doc, opening.end, cue_s) if not t.is_punct and not t.is_space]
        if len(gap) > POST_CUE_MAX_TOKENS or any(t.pos_ in BLOCKING_POS for t in gap):
            return None
        return opening

    def _source_span(self, ref: SpeakerRef, subj: Any, verb: Any) -> SpeakerRef:
        """``ref`` with its span widened to the whole subject phrase (PolNeAR's source span).

        Titles, appositions and relative clauses belong to the source ("Jane Roe,
        a former analyst who ..."); a pronoun, relative pronouns included, is its own span.
        """
        if subj.pos_ == "PRON" or subj.lower_ in RELATIVE_PRONOUNS:
            return SpeakerRef(ref.speaker, ref.label, subj.idx, subj.idx + len(subj.text))
        n = self.seg_of[verb.i]
        lo, hi = (self.segs[n].tok_start, self.segs[n].tok_end) if n >= 0 else (0, len(self.doc))
        left, right = max(_subject_phrase_start(subj, verb), lo), min(subj.right_edge.i, hi - 1)
        if left < subj.i and left == lo and self.doc[left].dep_ == "advmod" and self.doc[left].pos_ == "ADV":
            left += 1  # "Meanwhile the news agency said": the sentence adverb is no part of the source
        if verb.i > subj.i:
            right = min(right, verb.i - 1)
        elif verb.i > left:
            left = verb.i + 1
        s, e = token_span(self.doc, left, right)
        s, e = trim_span(self.text, s, e, SOURCE_TRIM)
        if s >= e:
            return ref
        return SpeakerRef(ref.speaker, ref.label, s, e)

    def _cue_span(self, verb: Any, subj: Any | None) -> tuple[int, int]:
        """The cue verb with its auxiliaries, negation and adverbs between subject and verb ("has also said")."""
        first = verb.i
        floor = subj.right_edge.i if subj is not None and subj.i < verb.i else -1
        for child in sorted(self._kids(verb), key=lambda c: -c.i):
            if child.i < first and child.i > floor and child.dep_ in CUE_LEFT_DEPS \
                    and all(self.doc[k].dep_ in CUE_LEFT_DEPS or k == child.i or self.doc[k].head.i == child.i
                            for k in range(child.i, first)):
                first = child.i
        return self.doc[first].idx, verb.idx + len(verb.text)

    def _cue_to_content(self, verb: Any, cue_s: int, cue_e: int, start: int) -> tuple[int, int]:
        """Stretch the cue over the verb's particles and time/place phrases up to a content that follows.

        PolNeAR's cue runs to the content ("said Tuesday that", "said at a briefing
        that", "points out that"); an addressee ("told reporters that") is left out.
        """
        if start < cue_e:
            return cue_s, cue_e
        end = cue_e
        for child in sorted(self._kids(verb), key=lambda c: c.i):
            if child.i <= verb.i:
                continue
            right = child.right_edge
            c_end = right.idx + len(right.text)
            if child.left_edge.idx > end + 1 or c_end > start:
                break
            if child.dep_ not in CUE_RIGHT_DEPS:
                break
            end = c_end
        return cue_s, end

    def _content(self, tok: Any, children: list[Any], lemma: str, subj: Any) -> tuple[int, int] | None:
        for dep in CONTENT_DEPS:
            comp = next((c for c in children if c.dep_ == dep), None)
            if comp is not None:
                if tok.dep_ == "relcl" and comp.left_edge.i < tok.i < comp.right_edge.i:
                    # "the contingent, which Norvakia says will grow to 2,000": what follows the cue
                    return self._after_span(tok, comp.right_edge)
                start, end = self._subtree_span(comp)
                last = comp
                for nxt in children:  # "... in parts of Ukraine's | occupied territories": a split clause
                    if nxt.dep_ == dep and nxt.left_edge.i == last.right_edge.i + 1:
                        last = nxt
                if last.i != comp.i:
                    end = max(end, self._subtree_span(last)[1])
                return start, self._before_commentary(last, end)
        if tok.dep_ == "relcl" and tok.head.i < tok.i and tok.head.pos_ in ("NOUN", "PROPN", "PRON") \
                and self._relative_object(tok, subj):
            # "a figure that the ministry dismissed": the content is the noun the clause describes
            return self._antecedent_span(tok)
        passive_subj = next((c for c in children if c.dep_ == "nsubjpass" and c.i < tok.i), None)
        if passive_subj is not None and any(c.dep_ == "agent" for c in children) and lemma in ADDRESSEE_LEMMAS:
            return None  # "The minister was warned by police": nothing said is given
        if passive_subj is not None and any(c.dep_ == "agent" for c in children):
            # "The plan was announced by the minister": what was announced is the passive subject
            start, end = self._subtree_span(passive_subj)
            aside = next((c for c in self._kids(passive_subj) if c.i > passive_subj.i and c.dep_ in ("relcl", "appos")),
                         None)
            if aside is not None:  # "Lazio — who was regarded as a lightweight — was dismissed by ..."
                end = self._end_before(aside.left_edge.i, passive_subj.i)
            return start, end
        # "<content>, X reported": the parser left the fronted clause unattached
        seg_start, _ = self._seg_span(tok)
        subj_start = subj.left_edge.idx if subj.i < tok.i else tok.idx
        before = self.text[seg_start:subj_start].rstrip()
        if (before.endswith(",") and len(before.split()) >= FRONTED_MIN_WORDS
                and not any(c.i > tok.i and c.dep_ in FRONTED_BLOCKING_DEPS for c in children)
                and not before.lower().startswith("according")):
            span = self.doc.char_span(seg_start, seg_start + len(before) - 1, alignment_mode="expand")
            if span is not None and any(t.pos_ in BLOCKING_POS for t in span):
                return seg_start, seg_start + len(before) - 1
        if lemma in CLAUSE_ONLY_LEMMAS or lemma not in OBJECT_CONTENT_LEMMAS:
            return None
        rights = [c for c in children if c.i > tok.i and c.dep_ in OBJECT_DEPS]
        if not rights:
            return None
        _, seg_end = self._seg_span(tok)
        nxt = self.doc[tok.i + 1] if tok.i + 1 < len(self.doc) else None
        if nxt is None:
            return None
        return nxt.idx, seg_end

    def _after_span(self, tok: Any, last: Any) -> tuple[int, int]:
        """From the token after ``tok`` to ``last`` (inclusive), inside ``tok``'s sentence."""
        _, hi = self._seg_span(tok)
        nxt = self.doc[tok.i + 1]
        return nxt.idx, min(hi, last.idx + len(last.text))

    def _relative_object(self, verb: Any, subj: Any) -> bool:
        """Whether a relative pronoun before ``subj`` is what ``verb`` takes ("that X dismissed", "which X warned about")."""
        kids = self._kids(verb)
        if any(c.dep_ in ("dobj", "oprd", "attr", "dative", "prt") and c.lower_ not in RELATIVE_PRONOUNS
               for c in kids):
            return False  # "which Trump had called a disaster": the verb has content of its own
        for child in kids:
            # a stranded preposition ("which engineers warned about"), not "in which he declares"
            cands = [child] + [c for c in self._kids(child) if child.dep_ == "prep" and child.i > verb.i]
            if any(c.lower_ in RELATIVE_PRONOUNS and c.i < subj.i for c in cands):
                return True
        return False

    def _end_before(self, i: int, floor: int) -> int:
        """End offset of the last word before token ``i``, punctuation ("—", ",") skipped, not before token ``floor``."""
        j = i - 1
        while j > floor and self.doc[j].is_punct:
            j -= 1
        j = max(j, floor)
        return self.doc[j].idx + len(self.doc[j].text)

    def _antecedent_span(self, relcl: Any) -> tuple[int, int]:
        """The noun phrase a relative clause hangs on, without the clause ("a figure")."""
        head = relcl.head
        lo, _ = self._seg_span(relcl)
        return max(lo, head.left_edge.idx), self._end_before(relcl.left_edge.i, head.i)

    def _before_commentary(self, comp: Any, end: int) -> int:
        """``end`` cut before a trailing apposition in which someone else speaks.

        "claimed that 20,000 volunteers were ready, a figure that the ministry later
        dismissed": the apposition is the writer's aside, not part of the claim.
        """
        for tok in comp.subtree:
            if tok.dep_ not in ("appos", "npadvmod") or tok.right_edge.i != comp.right_edge.i or tok.left_edge.i == 0 \
                    or self.doc[tok.left_edge.i - 1].text != ",":
                continue
            for verb in tok.subtree:
                if verb.dep_ == "relcl" and verb.lemma_.lower() in CUE_LEMMAS and any(
                        c.dep_ == "nsubj" and c.pos_ != "PRON" and c.lower_ not in RELATIVE_PRONOUNS
                        for c in verb.children):
                    return min(end, self._end_before(tok.left_edge.i, comp.i))
        return end

    def _linked_quote(self, tok: Any) -> int:
        """The speech quote this cue introduces or closes, or -1."""
        doc = self.doc
        i = self.quotes.before(tok.idx)
        has_right_clause = any(c.dep_ in CONTENT_DEPS and c.i > tok.i for c in self._kids(tok))
        if i >= 0 and not has_right_clause:
            q = self.quotes.quotes[i]
            if "\n" not in self.text[q.end:tok.idx]:
                gap = [t for t in _tokens_between(doc, q.end, tok.idx) if not t.is_punct and not t.is_space]
                if len(gap) <= POST_CUE_MAX_TOKENS and not any(t.pos_ in BLOCKING_POS for t in gap):
                    return i
        j = self.quotes.after(tok.idx + len(tok.text))
        if j >= 0:
            q = self.quotes.quotes[j]
            # "..., she said. “If you ...”": a full stop closes the cue's sentence before the quote
            # ("X said in a statement. “…”": a cue with no content of its own still introduces it)
            has_clause = any(c.dep_ in CONTENT_DEPS for c in self._kids(tok))
            if "\n" not in self.text[tok.idx:q.start] and not (
                    has_clause and _SENTENCE_END.search(self.text, tok.idx, q.start)):
                gap = [t for t in _tokens_between(doc, tok.idx + len(tok.text), q.start)
                       if not t.is_punct and not t.is_space]
                if len(gap) <= PRE_CUE_MAX_TOKENS and not any(t.pos_ in BLOCKING_POS for t in gap):
                    return j
        return -1

    def _passive_hedge(self, tok: Any, children: list[Any], deps: list[str]) -> None:
        if self.quotes.containing(tok.idx) >= 0:
            return
        aux = [c for c in children if c.dep_ == "auxpass"]
        cue_s = min([tok.idx] + [a.idx for a in aux])
        cue_e = tok.idx + len(tok.text)
        subj = next((c for c in children if c.dep_ == "nsubjpass" and c.i < tok.i), None)
        of = _of_phrase(tok, children)
        if "ccomp" in deps:  # "it is believed that ..."
            s, e = self._subtree_span(children[deps.index("ccomp")])
        elif subj is not None and of is not None:  # "X was accused of ...": X and what is alleged
            s, e = self._subtree_span(subj)[0], self._subtree_span(of)[1]
        else:  # "X is said to have ..." : the clause is the whole sentence
            s, e = self._seg_span(tok)
        # (a factive not negated nor asked: "is not known to", "it is not known whether" hedge as ever)
        factive = tok.lemma_.lower() in FACTIVE_PASSIVE_LEMMAS and "neg" not in deps \
            and not (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in ("whether", "if"))
        self._add(None, cue_s, cue_e, s, e, False, not factive)

    # -------------------------------------------------------------- other cues

    def according_to(self, tok: Any) -> None:
        """ "according to X, ...": source X, content the rest of the sentence."""
        to = next((c for c in self._kids(tok) if c.lower_ == "to"), None)
        if to is None:
            return
        pobj = next((c for c in self._kids(to) if c.dep_ == "pobj"), None)
        if pobj is None:
            return
        cue_s, cue_e = tok.idx, to.idx + len(to.text)
        src_s, src_e = pobj.left_edge.idx, pobj.right_edge.idx + len(pobj.right_edge.text)
        ref = self._according_source(pobj, src_s, src_e)
        seg_s, seg_e = self._seg_span(tok)
        src_e = min(src_e, seg_e)
        before = trim_span(self.text, seg_s, cue_s)
        after = trim_span(self.text, src_e, seg_e, " \t\n,.;:”\"")
        s, e = after if (after[1] - after[0]) >= (before[1] - before[0]) else before
        self._add(ref, cue_s, cue_e, s, e, False, ref.speaker is None)
        self._citing(s, e)

    def _citing(self, start: int, end: int) -> None:
        """ "According to X, citing two officials, ...": the officials speak inside X's content."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) < 3 or span[0].lower_ != "citing":
            return
        cue = span[0]
        obj = next((c for c in self._kids(cue) if c.dep_ == "dobj"), None)
        if obj is None:
            return
        comma = next((t for t in span if t.i > obj.right_edge.i and t.text == ","), None)
        if comma is None or comma.i + 1 >= span.end:
            return
        ref = self._source_span(self._speaker(obj, cue), obj, cue)
        self._add(ref, cue.idx, cue.idx + len(cue.text), self.doc[comma.i + 1].idx, end, False, False)

    def _according_source(self, pobj: Any, src_s: int, src_e: int) -> SpeakerRef:
        head = pobj
        if head.lower_ in GENERIC_SOURCE_NOUNS:
            by = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in ("by", "in", "from", "of")), None)
            inner = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
            if inner is None:  # ("according to this": the report told just before)
                told = self._report_before(head.idx) if head.lower_ in _THE_REPORT_BEFORE and not list(head.children) \
                    else None
                return SpeakerRef(told, None, src_s, src_e)
            head = inner
        ent = self.resolver.ent_at.get(head.i)
        if ent is not None:
            s, e = trim_entity(self.text, ent.start_char, ent.end_char)
            label = ent.label_
        elif head.pos_ == "PROPN":
            first = min([head.i] + [c.i for c in head.lefts if c.dep_ == "compound"])
            s, e = self.doc[first].idx, head.idx + len(head.text)
            label = "ORG"
        elif head.lower_ in PERSON_OR_PRONOUN:
            return SpeakerRef(self.resolver.resolve(head.idx), "PERSON", src_s, src_e)
        else:
            desc = self.resolver.describe(self.doc, head)
            return SpeakerRef(desc.speaker if head.lower_ not in GENERIC_SOURCE_NOUNS else None, None,
                              src_s, src_e)
        name = self.text[s:e]
        if label == "PERSON":
            name = self.resolver.full_name(name)
        return SpeakerRef(name, label, src_s, src_e)

    def _report_before(self, pos: int) -> str | None:
        """The source of the report told just before ``pos`` ("According to a report by X, ... According to
        this, ...": X), or None when no attribution ends within ``REPORT_BEFORE_CHARS`` before it."""
        before = [a for a in self.out if a.end <= pos and pos - a.end <= REPORT_BEFORE_CHARS]
        last = max(before, key=lambda a: a.end) if before else None
        # (a report's or a body's: not a person's "Mara Quill said she was shocked. According to this, ...")
        if last is None or last.speaker_label == "PERSON" and not _REPORT_CUE.match(last.cue) \
                and "report" not in (last.source_text or "").lower():
            return None
        return last.speaker

    def in_finding(self, tok: Any) -> None:
        """ "In a new poll, X leads ..." / "X leads in the polls": source the poll, cue "in", content the clause."""
        pobj = next((c for c in self._kids(tok) if c.dep_ == "pobj"), None)
        if pobj is None or self.quotes.containing(tok.idx) >= 0:
            return
        head_noun = pobj
        if pobj.lemma_.lower() in FINDING_WRAPPERS:
            of = next((c for c in self._kids(pobj) if c.dep_ == "prep" and c.lower_ == "of"), None)
            head_noun = next((c for c in self._kids(of) if c.dep_ == "pobj"), pobj) if of is not None else pobj
        if head_noun.lemma_.lower() not in FINDING_NOUNS:
            return
        clause = tok.head
        for _ in range(3):
            if clause.pos_ in ("VERB", "AUX") or clause.head.i == clause.i \
                    or self.seg_of[clause.head.i] != self.seg_of[tok.i]:
                break
            clause = clause.head
        if clause.pos_ not in ("VERB", "AUX") or self.seg_of[clause.i] != self.seg_of[tok.i]:
            return
        clause_kids = self._kids(clause)
        if clause.dep_ == "ccomp" or (any(c.dep_ in ("nsubj", "nsubjpass") for c in clause_kids)
                                      and any(c.dep_ in ("ccomp", "xcomp") for c in clause_kids)):
            return  # "In the study, researchers found that …": the clause has its own cue; "He said that, in the polls, …"
        fronted = tok.i < clause.i and not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i
                                                for c in self._kids(clause))
        if not fronted and head_noun.tag_ == "NNS" and pobj is head_noun:
            return  # "he slid in the polls": a trend, not a finding (set on the PolNeAR train split)
        lo, hi = self._subtree_span(clause)
        src_s, src_e = trim_span(self.text, pobj.left_edge.idx, pobj.right_edge.idx + len(pobj.right_edge.text))
        left = trim_span(self.text, lo, tok.idx)
        right = trim_span(self.text, src_e, hi)
        if not _WORD.search(self.text, *left):
            left = (left[1], left[1])
        if not _WORD.search(self.text, *right):
            right = (right[0], right[0])
        if left[0] < left[1] and right[0] < right[1]:
            start, end, gap = left[0], right[1], (left[1], right[0])
        elif right[0] < right[1]:
            start, end, gap = right[0], right[1], None
        elif left[0] < left[1]:
            start, end, gap = left[0], left[1], None
        else:
            return
        ref = self._according_source(pobj, src_s, src_e)
        self._add(ref, tok.idx, tok.idx + len(tok.text), start, end, False, False, gap)

    def finding_subject(self, verb: Any) -> bool:
        """Whether ``verb``'s subject is a record or a poll ("campaign finance records show ...")."""
        subj = next((c for c in self._kids(verb) if c.dep_ == "nsubj"), None)
        return subj is not None and subj.lemma_.lower() in FINDING_SOURCES

    def closing_finding(self, seg: Segment) -> None:
        """ "<clause>, campaign finance records show.": source the records, content the clause."""
        m = _CLOSING_FINDING.search(self.text, seg.start, seg.end)
        if m is None or self.quotes.containing(m.start("cue")) >= 0 \
                or any(a.cue_start < m.end("cue") and m.start("cue") < a.cue_end for a in self.out):
            return
        start, end = trim_span(self.text, seg.start, m.start())
        if len(_WORD.findall(self.text, start, end)) < FRONTED_MIN_WORDS:
            return
        src_s, src_e = m.span("src")
        # "Officials said the dam held, records show.": what the officials said ends before the records.
        for k, a in enumerate(self.out):
            if not a.direct and a.start < m.start() < a.end and a.cue_end <= m.start():
                cut = trim_span(self.text, a.start, m.start())[1]
                if a.gap_end is None or a.gap_end < cut:
                    self.out[k] = dataclasses.replace(a, end=cut, content=self.text[a.start:cut])
        self._add(SpeakerRef(None, None, src_s, src_e), m.start("cue"), m.end("cue"), start, end, False, False)

    def asked_question(self, tok: Any) -> None:
        """ "Asked whether ..., X said": an agentless question, cue "Asked", content what was asked.

        The one asked answers it; PolNeAR gives the question no source.
        """
        kids = self._kids(tok)
        prev = self.doc[tok.i - 1] if tok.i > 0 else None
        opens = self.seg_of[tok.i] >= 0 and self.segs[self.seg_of[tok.i]].tok_start == tok.i
        if not (tok.tag_ == "VBN" or (opens and tok.tag_ == "VBD")) or tok.dep_ not in ("advcl", "ROOT") \
                or not (opens or (prev is not None and prev.lower_ in ("when", "if", "after", "as", "once"))) \
                or any(c.dep_ in ("nsubj", "nsubjpass", "agent", "auxpass", "aux") for c in kids) \
                or self.quotes.containing(tok.idx) >= 0:
            return
        cue_e = tok.idx + len(tok.text)
        comp = next((c for c in kids if c.dep_ in ("ccomp", "advcl") and c.i > tok.i
                     and (c.dep_ == "ccomp" or any(m.dep_ == "mark" and m.lower_ in ("if", "whether")
                                                   for m in c.children))), None)
        if comp is None:
            about = next((c for c in kids if c.dep_ == "prep" and c.lower_ == "about" and c.i > tok.i), None)
            comp = next((c for c in self._kids(about) if c.dep_ in ("pobj", "pcomp")), None) if about else None
            if comp is None:
                return
            cue_e = about.idx + len(about.text)
        start, end = self._subtree_span(comp)
        self._add(None, tok.idx, cue_e, start, end, False, False)

    def hedge_adverb(self, tok: Any) -> None:
        """ "reportedly"/"allegedly": agentless hedge over the clause."""
        if self.quotes.containing(tok.idx) >= 0:
            return
        s, e = self._seg_span(tok)
        self._add(None, tok.idx, tok.idx + len(tok.text), s, e, False, True)

    def speaker_colon(self, seg: Segment) -> None:
        """ "Name: text" opening a line (a transcript turn, a headline's quote): source Name, content the line's rest.

        Only a name alone before the colon counts (a person or an organisation), so page
        furniture ("Source: …", "Photo: …") and kickers ("Scandal at Easter: …") do not.
        """
        if seg.start > 0 and self.text[seg.start - 1] != "\n":
            return
        doc = self.doc
        head = doc[seg.tok_start:min(seg.tok_end, seg.tok_start + SPEAKER_COLON_MAX_TOKENS + 1)]
        colon = next((t for t in head if t.text == ":"), None)
        if colon is None or self.quotes.containing(colon.idx) >= 0:
            return
        first = seg.tok_start + (1 if doc[seg.tok_start].lower_ == "the" else 0)
        if colon.i <= first:
            return
        ent = self.resolver.ent_at.get(first)
        whole = ent is not None and ent.start == first and ent.end == colon.i
        if whole and ent.label_ == "PERSON":
            label = "PERSON"
        elif not self._is_transcript():
            return  # a lone "Nato: …", "Brexit: …" line is a kicker more often than a statement
        elif whole and ent.label_ == "ORG":
            label = "ORG"
        elif all(t.text.istitle() and self.resolver.ent_at.get(t.i) is None and self._named_elsewhere(t)
                 for t in doc[first:colon.i]):
            label = "PERSON"  # a transcript's speaker the tagger missed ("Lopez:")
        else:
            return
        line_end = self.text.find("\n", colon.idx)
        line_end = len(self.text) if line_end < 0 else line_end
        if len(_WORD.findall(self.text, colon.idx + 1, line_end)) < SPEAKER_COLON_MIN_WORDS:
            return
        s, e = trim_entity(self.text, doc[first].idx, colon.idx)
        name = self.resolver.full_name(self.text[s:e]) if label == "PERSON" else self.text[s:e]
        self._add(SpeakerRef(name, label, s, e), colon.idx, colon.idx + 1, colon.idx + 1, line_end, False, False)

    def _is_transcript(self) -> bool:
        """Whether at least two lines of the document open with a name and a colon (interview turns)."""
        if self._transcript is None:
            self._transcript = len(_TURN.findall(self.text)) >= 2
        return self._transcript

    def _named_elsewhere(self, tok: Any) -> bool:
        """Whether ``tok``'s word is a proper name at some other place in the document."""
        if self._proper_counts is None:  # counted once per document: a transcript has thousands of turns
            self._proper_counts = Counter(t.text for t in self.doc if _is_proper(t))
        return self._proper_counts[tok.text] > (1 if _is_proper(tok) else 0)

    def quoted_from(self, seg: Segment) -> None:
        """ "Quoted from X, ..." at a sentence start: source X, content the rest."""
        m = QUOTED_FROM.match(self.text, seg.start, seg.end)
        if m is None:
            return
        s, e = m.span("name")
        ref = SpeakerRef(self.text[s:e], "ORG", s, e)
        self._add(ref, m.start("cue"), m.end("cue"), m.end(), seg.end, False, False)

    def orphan_quotes(self) -> None:
        """Give cue-less speech quotes the speaker of the quote run they belong to, or of their line
        when they open a sentence inside a paragraph."""
        quotes = self.quotes.quotes
        # chains: an unclosed quote continued by a quote opening the next line
        chain_of = list(range(len(quotes)))
        for i in range(1, len(quotes)):
            prev, cur = quotes[i - 1], quotes[i]
            if not prev.closed and cur.at_line_start and cur.line == prev.line + 1:
                chain_of[i] = chain_of[i - 1]
        owner_of_chain: dict[int, Attribution] = {}
        for i in range(len(quotes)):
            if i in self.quote_owner:
                owner_of_chain.setdefault(chain_of[i], self.quote_owner[i])
        last: tuple[Quote, Attribution] | None = None
        for i, q in enumerate(quotes):
            if i in self.quote_owner:
                last = (q, self.quote_owner[i])
                continue
            if q.at_line_start:
                src = owner_of_chain.get(chain_of[i])
                if src is None and last is not None and q.line - last[0].line <= ORPHAN_MAX_LINE_GAP \
                        and not self._closing_verb(q):  # "“…,” Podesta replied.": its own cue, left to the gate
                    src = last[1]
            else:
                src = self._line_speaker(q)
            if src is None:
                continue
            ref = None
            if src.source_start is not None and src.source_end is not None:
                ref = SpeakerRef(src.speaker, src.speaker_label, src.source_start, src.source_end)
            att = self._add(ref, src.cue_start, src.cue_end, q.inner_start, q.inner_end, True, src.hedged)
            if att is not None:
                self.quote_owner[i] = att
                last = (q, att)

    def _line_speaker(self, q: Quote) -> Attribution | None:
        """The speaker of a cue-less quote that opens a sentence inside a paragraph: the last one named
        earlier on its line ("…, she said. “If you think …”"), or None."""
        line_start = self.text.rfind("\n", 0, q.start) + 1
        before = self.text[line_start:q.start].rstrip()
        if not before or before[-1] not in ".!?:" or self._closing_verb(q):
            return None
        prior = [a for a in self.out if line_start <= a.cue_start and a.end <= q.start and a.source_start is not None]
        return max(prior, key=lambda a: a.cue_start) if prior else None

    def _closing_verb(self, q: Quote) -> bool:
        """Whether a verb with a subject closes quote ``q`` ("“…,” Podesta replied."): the quote has a cue of its own."""
        line_end = self.text.find("\n", q.end)
        end = min(len(self.text) if line_end < 0 else line_end, q.end + _NEAR_CHARS)
        words = [t for t in _tokens_between(self.doc, q.end, end)
                 if not t.is_punct and not t.is_space][:POST_CUE_MAX_TOKENS + 1]
        for tok in words:
            if tok.pos_ in BLOCKING_POS:
                return tok.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in tok.children)
        return False

    # -------------------------------------------------------------- learned frames

    def frames(self) -> list[Frame]:
        """Candidate frames: verbs no rule used, with a subject and a content, outside quotes and earlier spans."""
        taken = _Intervals()
        for a in self.out:
            taken.add(a.start, a.end)
            taken.add(a.cue_start, a.cue_end)
            if a.source_start is not None and a.source_end is not None:
                taken.add(a.source_start, a.source_end)
        out = []
        for tok in self.doc:
            if tok.pos_ not in ("VERB", "NOUN", "AUX") or self.seg_of[tok.i] < 0 or taken.covers(tok.idx) \
                    or self.quotes.containing(tok.idx) >= 0:
                continue
            frame = self._frame(tok) if tok.pos_ == "VERB" else self._nominal_frame(tok)
            if frame is not None:
                out.append(frame)
        return out

    def _frame(self, tok: Any) -> Frame | None:
        kids = self._kids(tok)
        subj = _main_subject([c for c in kids if c.dep_ == "nsubj"])
        agent = next((c for c in kids if c.dep_ == "agent"), None)
        if agent is not None and tok.lemma_.lower() in ADDRESSEE_LEMMAS \
                and not any(c.dep_ in CONTENT_DEPS for c in kids):
            return None  # "X was warned by police": X was spoken to, nothing said is given
        if agent is not None:
            subj = next((c for c in self._kids(agent) if c.dep_ == "pobj"), None)
        elif any(c.dep_ == "auxpass" for c in kids):
            return self._passive_frame(tok, kids)
        same_seg = self.seg_of[tok.head.i] == self.seg_of[tok.i]
        up = tok
        for _ in range(FRAME_INHERIT_LEVELS):  # "voters are likely to say ...": up xcomp, acomp, conj
            if subj is not None or up.dep_ not in FRAME_INHERIT_DEPS or self.seg_of[up.head.i] != self.seg_of[tok.i]:
                break
            up = up.head
            subj = next((c for c in self._kids(up) if c.dep_ in ("nsubj", "nsubjpass")), None)
        issuer = self._statement_issuer(tok)
        if issuer is not None and subj is None:
            subj = issuer[0]
        if subj is None and tok.dep_ == "acl" and same_seg and tok.head.i < tok.i \
                and tok.head.pos_ in ("NOUN", "PROPN"):
            subj = tok.head  # "a super PAC backing the senator": the noun the participle hangs on
        if subj is None or subj.lower_ == "there":
            return None
        head = next((c for c in kids if c.dep_ == "ccomp" and c.i > tok.i), None)
        kind = "ccomp"
        if head is None:
            head, kind = next((c for c in kids if c.dep_ == "xcomp" and c.i > tok.i), None), "xcomp"
        gap = None
        for_clause = None
        if head is None:  # "pushing for the state to require ...": "for" marks the clause
            for_clause = next((c for c in kids if c.dep_ == "advcl" and c.i > tok.i and any(
                m.dep_ == "mark" and m.lower_ == "for" and m.i == tok.i + 1 for m in c.children)), None)
        if for_clause is not None:
            head, kind = for_clause, "ccomp"
            s, e = self.doc[tok.i + 2].idx, self._subtree_span(for_clause)[1]
        elif head is not None:
            s, e = self._subtree_span(head)
        else:
            quote_i = self._linked_quote(tok)
            short = self._short_quote_before(tok, subj, self._cue_span(tok, subj)[0]) \
                if quote_i < 0 else None
            if quote_i >= 0 and quote_i not in self.quote_owner:
                first, last, gap = self._split_quote(quote_i, subj, tok, *self._cue_span(tok, subj))
                s, e, kind = first.inner_start, last.inner_end, "quote"
            elif short is not None:
                s, e, kind = short.inner_start, short.inner_end, "quote"
            elif any(c.i > tok.i and c.dep_ in FRAME_OBJECT_DEPS for c in kids) and tok.i + 1 < len(self.doc):
                _, seg_e = self._seg_span(tok)
                head = next(c for c in kids if c.i > tok.i and c.dep_ in FRAME_OBJECT_DEPS)
                first = self.doc[tok.i + 1]
                if first.dep_ == "prt" and first.head.i == tok.i and first.i + 1 < len(self.doc):
                    first = self.doc[first.i + 1]
                if head.dep_ == "prep" and first.i == head.i and first.i + 1 < len(self.doc):
                    first = self.doc[first.i + 1]
                right = head.right_edge  # the object alone, not the verb's trailing modifiers
                for c in kids:  # ... but with its other complements ("called him a liar", "compared X to Y")
                    if c.i > right.i and c.dep_ in OBJECT_TAIL_DEPS:
                        right = c.right_edge
                right = self._before_aside(first.i, right)
                s, e, kind = first.idx, min(seg_e, right.idx + len(right.text)), "object"
            else:
                return None
        s, e = trim_span(self.text, s, e)
        if s >= e:
            return None
        cue = None
        if issuer is not None:  # "issued a statement calling ...": the cue runs from the issuing verb
            cue = (self._cue_span(issuer[1], subj)[0], tok.idx + len(tok.text))
        return Frame(tok, subj, s, e, kind, frame_features(tok, subj, kind, head), cue, gap)  # cue span set by gate

    def _before_aside(self, first: int, right: Any) -> Any:
        """``right`` moved back before a trailing aside set off by a comma ("Nancy Reagan, who died Sunday")."""
        doc = self.doc
        for tok in doc[first:right.i + 1]:
            if tok.dep_ in ("relcl", "appos") and tok.right_edge.i >= right.i - 1 and tok.left_edge.i > first \
                    and doc[tok.left_edge.i - 1].text == "," and tok.head.i < tok.left_edge.i:
                return doc[tok.left_edge.i - 2] if tok.left_edge.i - 2 >= first else right
        return right

    def _passive_frame(self, tok: Any, kids: list[Any]) -> Frame | None:
        """An agentless passive ("X was dismissed", "X is expected to ..."): no source; PolNeAR's
        content is the passive subject with the verb's clause complement, if any."""
        subj = next((c for c in kids if c.dep_ == "nsubjpass" and c.i < tok.i), None)
        if subj is None or subj.lower_ in ("there", "it"):
            return None
        comp = next((c for c in kids if c.dep_ in ("xcomp", "ccomp") and c.i > tok.i), None)
        lo, hi = self._seg_span(tok)
        right = comp.right_edge if comp is not None else subj.right_edge
        of = _of_phrase(tok, kids)
        if comp is None and of is not None:  # "X was accused of employing terror tactics"
            right = of.right_edge
        s, e = trim_span(self.text, max(lo, subj.left_edge.idx), min(hi, right.idx + len(right.text)))
        if s >= e:
            return None
        return Frame(tok, None, s, e, "passive", frame_features(tok, None, "passive", comp or subj))

    def _nominal_frame(self, tok: Any) -> Frame | None:
        """A noun with a possessor ("her decision to ...", "his call for ...") or a copula with an
        adjective ("they are skeptical of ...", "he is eager to ...")."""
        kids = self._kids(tok)
        if tok.pos_ == "NOUN":
            subj = next((c for c in kids if c.dep_ == "poss"), None)
            anchor, kind = tok, "noun"
        else:
            subj = next((c for c in kids if c.dep_ == "nsubj"), None)
            anchor, kind = next((c for c in kids if c.dep_ == "acomp" and c.i > tok.i), None), "adj"
        if subj is None or anchor is None:
            return None
        akids = self._kids(anchor)
        comp = next((c for c in akids if c.i > anchor.i and c.dep_ in ("acl", "xcomp", "ccomp")), None)
        cue_end_tok = anchor
        if comp is None:
            prep = next((c for c in akids if c.i == anchor.i + 1 and c.dep_ == "prep"), None)
            comp = next((c for c in self._kids(prep) if c.dep_ in ("pobj", "pcomp")), None) if prep else None
            cue_end_tok = prep
        if comp is None:
            return None
        s, e = trim_span(self.text, *self._subtree_span(comp))
        if s >= e:
            return None
        cue_s = tok.idx if kind == "adj" else anchor.idx
        return Frame(tok, subj, s, e, kind, frame_features(anchor, subj, kind, comp),
                     (cue_s, cue_end_tok.idx + len(cue_end_tok.text)))

    def gate(self, frames: list[Frame], model: CueModel) -> None:
        """Add the frames ``model`` calls cues, most probable first, keeping spans univocal."""
        scored = sorted(((model.probability(f.features), f) for f in frames), key=lambda x: (-x[0], x[1].verb.i))
        taken = _Intervals()
        for a in self.out:
            taken.add(a.start, a.end)
        # (a frame holding a document's own words is not their source: "Velm signed a pact which reads, “…”")
        cues: list[int] = [a.cue_start for a in self.out if self.text[a.cue_start:a.cue_end].lower() in _READS]
        for prob, f in scored:
            if prob < model.threshold:
                break
            if taken.covers(f.verb.idx) or any(f.start <= c < f.end for c in cues):
                continue
            lemma = f.verb.lemma_.lower()
            start = f.start
            if f.subj is None:  # agentless passive
                ref = None
                cue_s, cue_e = self._cue_span(f.verb, None)
            elif lemma in RAISING_LEMMAS and f.kind == "xcomp" and f.subj.i < f.verb.i:
                # "the plan seems to work": no source; the subject belongs to the content
                ref = None
                cue_s, cue_e = self._cue_span(f.verb, f.subj)
                subj_span = self._source_span(SpeakerRef(None, None, f.start, f.start), f.subj, f.verb)
                start = min(subj_span.source_start, f.start)
            else:
                ref = self._source_span(self._speaker(f.subj, f.verb), f.subj, f.verb)
                if f.cue is not None:
                    cue_s, cue_e = f.cue
                else:
                    cue_s, cue_e = self._cue_to_content(f.verb, *self._cue_span(f.verb, f.subj), f.start)
            att = self._add(ref, cue_s, cue_e, start, f.end, f.kind == "quote",
                            lemma in HEDGING_LEMMAS or ref is None, f.gap)
            if att is None:
                continue
            taken.add(att.start, att.end)
            if ref is not None:
                taken.add(ref.source_start, ref.source_end)
            cues.append(f.verb.idx)


@dataclass(frozen=True, slots=True)
class Frame:
    """A candidate cue verb with its subject (None for an agentless passive), content span and the gate's features.

    ``gap`` marks the cue phrase inside a split quote's content ("“A,” she exclaimed, “b.”").
    """

    verb: Any
    subj: Any
    start: int
    end: int
    kind: str
    features: list[str]
    cue: tuple[int, int] | None = None
    gap: tuple[int, int] | None = None


class _Intervals:
    """Character intervals with a point-coverage test: kept sorted by start, a test reads only the intervals that
    start within the longest one's length before the point (a long article has thousands of them)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.spans: list[tuple[int, int]] = []
        self.longest = 0

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_right(self.starts, start)
        self.starts.insert(i, start)
        self.spans.insert(i, (start, end))
        self.longest = max(self.longest, end - start)

    def covers(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        while i >= 0 and self.starts[i] > pos - self.longest:
            if pos < self.spans[i][1]:
                return True
            i -= 1
        return False


def _of_phrase(verb: Any, kids: list[Any]) -> Any | None:
    """The "of" right after a passive cue ("was accused of ..."), or None."""
    return next((c for c in kids if c.i == verb.i + 1 and c.dep_ == "prep" and c.lower_ == "of"), None)


def _main_subject(subjects: list[Any]) -> Any | None:
    """The subject that names the source among a verb's nsubj children, or None when there are none.

    A parse can split one source phrase in two ("the news agency Norpress claimed": agency, Norpress) or keep an
    aside's noun ("the ambassador ..., Matsegora described"): a person's name wins, then a name right after a common
    noun; otherwise the first subject.
    """
    if not subjects:
        return None
    named = [c for c in subjects if c.ent_type_ == "PERSON"]
    if named:
        return named[0]
    glued = [b for a, b in itertools.pairwise(subjects)
             if _is_proper(b) and not _is_proper(a) and a.right_edge.i + 1 == b.left_edge.i]
    return glued[-1] if glued else subjects[0]


def _subject_phrase_start(subj: Any, verb: Any) -> int:
    """Index of the first token of ``subj``'s phrase, taking in a sibling subject the parse split off right before
    it ("Kessian news agency" before "Norpress"); not one that holds a clause or ends at a comma ("The harbour
    reopened on Tuesday, harbour master Dranov said": the first "harbour" is the content's)."""
    left = subj.left_edge.i
    for sib in verb.children:
        if sib.dep_ == "nsubj" and sib.i < subj.i and sib.right_edge.i + 1 == left \
                and not sib.right_edge.is_punct and not any(t.pos_ in ("VERB", "AUX") for t in sib.subtree):
            left = sib.left_edge.i
    return left


def _tokens_between(doc: Any, start: int, end: int) -> list[Any]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def _is_proper(tok: Any) -> bool:
    return tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "ORG")


def _is_rule_cue(b: _Builder, verb: Any) -> bool:
    """Whether the rules take ``verb`` as a cue: a lexicon verb (mental states only in the passive) or a
    verb of finding whose subject is a record ("records show")."""
    lemma = verb.lemma_.lower()
    if lemma in CUE_LEMMAS:
        return lemma not in GATED_LEMMAS or any(c.dep_ == "auxpass" for c in verb.children)
    return lemma in FINDING_VERBS and b.finding_subject(verb) or _document_reads(b, verb)


# "According to this/that": the report told just before, ending at most this many characters earlier.
_THE_REPORT_BEFORE = frozenset({"this", "that"})
_REPORT_CUE = re.compile(r"(?i)according to|report|quot|cit|publish|wrote|write")
REPORT_BEFORE_CHARS = 300
# How far after "reads" a document's quoted text may open (", “", ": “", ", in part, “").
_READS_QUOTE_CHARS = 12
_READS = frozenset({"reads", "read"})


def _document_reads(b: _Builder, verb: Any) -> bool:
    """True for a document's own words: "a pact which reads, “…”", "the statement reads: “…”" (the document is
    the source, not whoever signed it)."""
    if verb.lemma_.lower() != "read" or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    i = b.quotes.after(verb.idx + len(verb.text))
    return i >= 0 and b.quotes.quotes[i].start - (verb.idx + len(verb.text)) <= _READS_QUOTE_CHARS


def _run_rules(doc: Any, segs: list[Segment], quotes: QuoteIndex, resolver: Resolver) -> _Builder:
    b = _Builder(doc, segs, quotes, resolver)
    for seg in segs:
        b.quoted_from(seg)
        b.speaker_colon(seg)
        for tok in doc[seg.tok_start:seg.tok_end]:
            low = tok.lower_
            if low == "according":
                b.according_to(tok)
            elif low in HEDGE_ADVERBS:
                b.hedge_adverb(tok)
            elif low == "in" and tok.dep_ == "prep":
                b.in_finding(tok)
            elif low == "asked":
                b.asked_question(tok)
            elif low in COMPOUND_CUES and tok.dep_ == "compound":
                b.compound_cue(tok)  # before the verb rule: spaCy may tag such a "claim" VERB and still compound
            elif tok.pos_ == "VERB" and _is_rule_cue(b, tok):
                b.cue_verb(tok)
            elif low in COMPOUND_CUES and tok.dep_ == "ROOT" and tok.pos_ == "NOUN" \
                    and any(c.dep_ == "ccomp" for c in tok.children):
                b.cue_verb(tok)  # "claim" tagged a noun but heading a subject and a clause: the verb it is
        b.closing_finding(seg)
    b.orphan_quotes()
    return b


def cue_frames(doc: Any, segs: list[Segment], quotes: QuoteIndex, resolver: Resolver) -> list[Frame]:
    """The candidate frames the cue gate would judge on ``doc`` (for training the gate)."""
    return _run_rules(doc, segs, quotes, resolver).frames()


def rule_attributions(doc: Any, segs: list[Segment], quotes: QuoteIndex, resolver: Resolver,
                      cue_model: CueModel | None | bool = True) -> list[Attribution]:
    """The attributions of the rules and the gate, cues as the rules drew them (for training the tagger)."""
    b = _run_rules(doc, segs, quotes, resolver)
    model = load_cue_model() if cue_model is True else (cue_model or None)
    if model is not None:
        b.gate(b.frames(), model)
    return b.out


def extract_attributions(doc: Any, segs: list[Segment], quotes: QuoteIndex,
                         resolver: Resolver, cue_model: CueModel | None | bool = True,
                         gated: list[Attribution] | None = None,
                         cue_tagger: CueModel | None | bool = True) -> list[Attribution]:
    """All attributions of one Doc, sorted by content start.

    Args:
        doc: the parsed article (``doc.text == article.text``).
        segs: its sentence segments (``spans.segments``).
        quotes: its speech quotes.
        resolver: the document's speaker resolver (updated as speakers are found).
        cue_model: the gate for verbs outside the lexicon: True loads the packaged
            ``cue_model.json`` (once per process), False or None runs the rules alone.
        gated: when given, the attributions the gate added (not the rules) are appended to it;
            they follow PolNeAR's broad notion ("X ordered Y", "her call for Y").
        cue_tagger: the cue-boundary tagger: True loads the packaged ``cue_tagger.json``
            (once per process), False or None keeps the cue spans the rules drew.

    Returns:
        Attributions with offsets into ``doc.text``.
    """
    b = _run_rules(doc, segs, quotes, resolver)
    model = load_cue_model() if cue_model is True else (cue_model or None)
    before = len(b.out)
    if model is not None:
        b.gate(b.frames(), model)
    tagger = load_cue_model(TAGGER_PATH) if cue_tagger is True else (cue_tagger or None)
    if tagger is not None:
        b.out = refine_cues(doc, b.out, tagger)
    if gated is not None:
        gated.extend(b.out[before:])
    text = doc.text  # (Doc.text joins every token: once per document, not per attribution)
    b.out = [_without_background(text, _with_closing_quote(text, _told_before(b, a))) for a in b.out]
    b.out.sort(key=lambda a: (a.start, a.cue_start))
    return b.out


# The writer's background on a name that closes reported words: ", whose relations with Russia have grown closer
# since ..." (outside quotation marks; a speaker's own "whose" stays within their quoted words).
_BACKGROUND = re.compile(r",\s+whose\s+[^“”\".!?]+[.!?]?$")


def _without_background(text: str, a: Attribution) -> Attribution:
    """Return ``a`` without a closing non-restrictive "whose" clause on a name in reported (not quoted) words: the
    writer's background, not what the speaker said ("... further isolating Pyongyang, whose relations with Russia
    have grown closer since 2022")."""
    if a.direct or a.gap_start is not None:
        return a
    m = _BACKGROUND.search(text, a.start, a.end)
    if m is None or m.start() <= a.start or not text[a.start:m.start()].rstrip()[-1:].isalpha():
        return a
    before = text[a.start:m.start()].split()
    if not before or not before[-1][:1].isupper():
        return a  # (a name gets the background: "Pyongyang, whose ..."; not "the plan, whose cost ...")
    end = m.start()
    return dataclasses.replace(a, end=end, content=text[a.start:end])


def _with_closing_quote(text: str, a: Attribution) -> Attribution:
    """Return ``a`` with its content taking the closing quotation mark right after it when the content opens a
    quotation it does not close ("they must be “able to defend themselves" + "”")."""
    content = text[a.start:a.end]
    if a.end < len(text) and (text[a.end] == "”" and content.count("“") > content.count("”")
                              or text[a.end] == '"' and content.count('"') % 2 == 1):
        return dataclasses.replace(a, end=a.end + 1, content=a.content + text[a.end])
    return a


# A sentence end between a content and its cue: the content lies in sentences before the cue's.
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’']?\s")


def refers_back(text: str, start: int, end: int, cue_start: int, direct: bool) -> bool:
    """True for an indirect attribution (content ``start``-``end``, cue at ``cue_start`` in ``text``) whose content
    lies in sentences before its cue's ("A. This was confirmed by X", "A. X denied that"): it tells what X confirmed
    or denied, but does not voice those sentences."""
    return not direct and end <= cue_start and _SENTENCE_BREAK.search(text, max(0, end - 1), cue_start) is not None


# A content that is only one of these words points back at what the sentences before it told.
_DEMONSTRATIVES = frozenset({"this", "that"})
# How many sentences back such a content reaches: the one before, and one more while the one taken
# itself opens with a demonstrative ("X is ready to send troops. This is meant as help. This was
# confirmed by Y": Y confirmed both).
TOLD_BEFORE_MAX_SENTENCES = 2


def _told_before(b: _Builder, a: Attribution) -> Attribution:
    """``a`` with a content of a lone "this" or "that" ("This was confirmed by X", "X denied that.")
    replaced by the sentences before it in the same paragraph; ``a`` itself when its content is more,
    when it has no source, or when no sentence stands before it in its paragraph."""
    # (only a source's: "This is believed to be the first crossing" hedges its own words, not the crossing told before)
    if a.content.strip().lower() not in _DEMONSTRATIVES or a.gap_start is not None or a.source_start is None:
        return a
    n = next((k for k, seg in enumerate(b.segs) if seg.start <= a.start < seg.end), -1)
    first = n
    while first > 0 and n - first < TOLD_BEFORE_MAX_SENTENCES \
            and "\n\n" not in b.text[b.segs[first - 1].end:b.segs[first].start]:
        first -= 1
        if b.text[b.segs[first].start:b.segs[first].end].split(" ", 1)[0].lower() not in _DEMONSTRATIVES:
            break
    if first in (n, -1):
        return a
    start, end = trim_span(b.text, b.segs[first].start, b.segs[n - 1].end)
    if start >= end:
        return a
    return dataclasses.replace(a, start=start, end=end, content=b.text[start:end])
