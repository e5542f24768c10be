"""`storyscope bench scale`: the corpus stages on 10k-100k generated articles, time and peak memory.

``synthetic_articles`` writes ``AnnotatedArticle`` records directly (no spaCy,
no data files): many stories of very different sizes, each with its own
people, places, organisations and facility, spelt in several ways
(transliteration, hyphenation, name order, surname only); a key figure that
some outlets get wrong by a factor of ten; quotes and reported speech (some
hedged, some denials); outlet citations; claim sentences shared across the
story's articles; ~10% syndicated copies (verbatim or lightly edited); and
publication dates spread over two years. Every span indexes the text it
belongs to. ``run_scale_bench`` times each corpus sub-stage, in a fresh
process per size so peak memory is per size, and reports the growth from the
smallest to the largest size against linear (x size ratio) and all-pairs
(x size ratio squared) references.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from storyscope.bench.results import record
from storyscope.model import (
    AnnotatedArticle,
    Annotations,
    Article,
    Attribution,
    Citation,
    ClaimSentence,
    EntityMention,
    Quantity,
    Sentence,
)

SIZES = (10_000, 30_000, 100_000)
QUICK_SIZES = (1_000, 3_000)
# Mean articles per story (n / STORY_MEAN stories); sizes are heavy-tailed.
STORY_MEAN = 20
# Share of articles that are syndicated copies of an earlier story article.
COPY_SHARE = 0.10
# Share of articles whose key figure is off by a factor of ten (numeric conflicts).
CONFLICT_SHARE = 0.25
UNDATED_SHARE = 0.03
FIRST_DAY = dt.date(2023, 1, 1)
DAYS = 730

# --------------------------------------------------------------------------- vocabulary (invented)

_ONSETS = ("b", "d", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "kh", "sh", "ch", "dr", "br",
           "tr", "st", "gr", "j", "f", "h")
_NUCLEI = ("a", "e", "i", "o", "u", "a", "e", "o", "ai", "ei", "ia")
_CODAS = ("", "", "", "n", "r", "l", "s", "v", "k", "m", "ks")
_SURNAME_ENDINGS = ("sky", "ov", "enko", "ich", "in", "ev", "ko", "ski", "ak", "escu", "idis", "ani")
_PLACE_ENDINGS = ("pol", "grad", "sk", "ovo", "ava", "ka", "burg", "mar", "dor", "essa", "ino")
_FACILITY_KINDS = ("Dam", "Bridge", "Pipeline", "Power Plant", "Port", "Airbase", "Mine", "Refinery")
_OUTLET_WORDS = ("Courier", "Post", "Herald", "Times", "Gazette", "Tribune", "Chronicle", "Observer",
                 "Journal", "Monitor", "Review", "Star", "Bulletin", "Daily")
_WIRE_WORDS = ("Press Agency", "News Agency", "Wire", "Radio", "Television", "News")
_PERSON_ROLES = ("President", "Foreign Minister", "Defence Minister", "spokesman", "spokeswoman",
                 "analyst", "ambassador", "general", "governor", "mayor", "senator", "commander")
_ORG_PATTERNS = ("{c} Ministry of Defence", "{c} Foreign Ministry", "{c} National Guard",
                 "{c} Border Service", "{c} Red Cross", "{c} Energy Company", "{c} Central Bank")
# Head nouns of counted quantities, grouped like the conflict stage's synonym classes.
_COUNTED = (
    ("troops", "soldiers", "volunteers", "specialists", "engineers", "workers"),
    ("refugees", "evacuees", "displaced people"),
    ("missiles", "drones", "rockets"),
    ("casualties", "deaths", "victims"),
)
_FIGURES = (300, 500, 1_200, 2_000, 3_000, 5_000, 8_000, 10_000, 20_000, 50_000, 100_000, 250_000)
# Plain English for the running text (the project's own word lists).
_NOUNS = ("government", "plan", "deal", "border", "region", "agreement", "talks", "offer", "report",
          "officials", "convoy", "ministry", "parliament", "army", "aid", "supplies", "grain", "fuel",
          "weapons", "sanctions", "envoy", "summit", "ceasefire", "frontline", "villages", "harbour",
          "elections", "protest", "budget", "contract", "inquiry", "court", "ruling", "crisis", "economy",
          "exports", "imports", "shipment", "satellite", "images", "documents", "negotiations", "treaty",
          "alliance", "regime", "opposition", "residents", "hospital", "school", "railway", "highway",
          "network", "factory", "workers", "farmers", "prices", "market", "currency", "loan", "debt",
          "investigation", "witnesses", "journalists", "statement", "briefing", "warning", "threat",
          "attack", "defence", "security", "intelligence", "operation", "mission", "delegation", "visit",
          "committee", "vote", "law", "proposal", "reform", "scheme", "project", "construction", "repairs",
          "damage", "flooding", "storm", "drought", "harvest", "shortage", "blackout", "pipeline", "tanker")
_VERBS = ("approved", "criticised", "welcomed", "rejected", "delayed", "expanded", "reviewed", "halted",
          "announced", "questioned", "funded", "blocked", "extended", "discussed", "examined", "opposed",
          "supported", "confirmed", "postponed", "suspended", "inspected", "described", "praised",
          "targeted", "reinforced", "restored", "monitored", "investigated", "secured", "planned")
_ADJECTIVES = ("new", "former", "regional", "national", "local", "foreign", "military", "civilian",
               "economic", "political", "urgent", "major", "minor", "recent", "disputed", "temporary",
               "permanent", "secret", "public", "official", "emergency", "northern", "southern",
               "eastern", "western", "coastal", "rural", "industrial", "diplomatic", "fragile")
_TIME_PHRASES = ("on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "this week",
                 "last month", "late on Sunday", "earlier this year", "in recent days", "overnight")
_SAY_CUES = ("said", "told reporters", "claimed", "warned", "insisted", "added", "stressed")
_DENY_CUES = ("denied", "dismissed", "rejected")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


def _word(rng: random.Random, syllables: int) -> str:
    parts = [rng.choice(_ONSETS) + rng.choice(_NUCLEI) for _ in range(syllables)]
    return ("".join(parts) + rng.choice(_CODAS)).capitalize()


def _translit(name: str) -> str:
    """A transliteration variant of ``name`` (kh/h, ks/x, j/y, -sky/-skyy, doubled last letter)."""
    for src, dst in (("kh", "h"), ("Kh", "H"), ("ks", "x"), ("j", "y"), ("J", "Y")):
        if src in name:
            return name.replace(src, dst, 1)
    if name.endswith("sky"):
        return name + "y"
    if name.endswith(("ev", "ov")):
        return name[:-2] + "y" + name[-2:]
    if name[-1] in "snlr":
        return name + name[-1]
    return name[:-1] + ("e" if name[-1] != "e" else "a")


class _Entity:
    """An invented named thing and the spellings outlets use for it."""

    __slots__ = ("demonym", "label", "short", "variants")

    def __init__(self, label: str, variants: tuple[str, ...], short: str | None = None,
                 demonym: str | None = None) -> None:
        self.label = label
        self.variants = variants
        self.short = short
        self.demonym = demonym

    def pick(self, rng: random.Random) -> str:
        if self.short and rng.random() < 0.3:
            return self.short
        v = self.variants
        return v[0] if len(v) == 1 or rng.random() < 0.6 else v[rng.randrange(1, len(v))]


def _person(rng: random.Random) -> _Entity:
    last = _word(rng, rng.choice((1, 2))) + rng.choice(_SURNAME_ENDINGS)
    if rng.random() < 0.25:  # hyphenated given name, written three ways, sometimes surname first
        a, b = _word(rng, 1), _word(rng, 1).lower()
        given = (f"{a}-{b}", f"{a}{b}", f"{a} {b.capitalize()}")
        variants = (f"{last} {given[0]}", f"{last} {given[1]}", f"{last} {given[2]}", f"{given[0]} {last}")
        return _Entity("PERSON", variants, short=last)
    first = _word(rng, 2)
    variants = (f"{first} {last}", f"{first} {_translit(last)}", f"{_translit(first)} {last}")
    return _Entity("PERSON", variants, short=_translit(last) if rng.random() < 0.3 else last)


def _country(rng: random.Random) -> _Entity:
    root = _word(rng, 2)
    name = root + rng.choice(("ia", "a", "land", "istan"))
    demonym = root + ("ian" if name.endswith(("ia", "a")) else "i")
    return _Entity("GPE", (name, _translit(name)), demonym=demonym)


def _place(rng: random.Random) -> _Entity:
    name = _word(rng, rng.choice((1, 2))) + rng.choice(_PLACE_ENDINGS)
    return _Entity("GPE", (name, _translit(name)))


def _outlets(rng: random.Random, count: int) -> list[str]:
    seen: set[str] = set()
    out = []
    while len(out) < count:
        name = f"The {_word(rng, 2)} {rng.choice(_OUTLET_WORDS)}"
        if name not in seen:
            seen.add(name)
            out.append(name)
    return out


# --------------------------------------------------------------------------- sentence builder


class _Line:
    """One sentence under construction: text pieces plus spans relative to its start."""

    __slots__ = ("att", "cit", "ents", "hedged", "n", "parts", "qtys", "speaker", "stance")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n = 0
        self.ents: list[tuple[int, int, str, str]] = []
        self.qtys: list[tuple[int, int, float, str, str]] = []
        self.att: tuple | None = None
        self.cit: tuple | None = None
        self.stance = "asserts"
        self.speaker: str | None = None
        self.hedged = False

    def t(self, text: str) -> _Line:
        self.parts.append(text)
        self.n += len(text)
        return self

    def ent(self, text: str, label: str) -> _Line:
        self.ents.append((self.n, self.n + len(text), text, label))
        return self.t(text)

    def qty(self, number: str, value: float, about: str) -> _Line:
        self.qtys.append((self.n, self.n + len(number), value, number, about))
        self.t(number).t(" ")
        head, _, rest = about.partition(" ")
        if rest and head[:1].isupper():  # "Norvakian troops": the nationality is a NORP mention
            return self.ent(head, "NORP").t(" ").t(rest)
        return self.t(about)

    def done(self) -> tuple:
        """Freeze to ``(text, ents, qtys, att, cit, claim)``; claim is None for sentences naming nothing."""
        text = "".join(self.parts)
        claim = None
        if self.ents or self.qtys:
            names = min(3, sum(1 for e in self.ents if e[3] != "DATE"))
            score = 0.1 + 0.3 * bool(self.qtys) + 0.1 * names + 0.15 * bool(self.att or self.cit) + 0.1
            if score >= 0.35:
                claim = (self.stance, self.speaker, self.hedged, round(min(score, 1.0), 3))
        return (text, tuple(self.ents), tuple(self.qtys), self.att, self.cit, claim)


def _number_text(value: float, rng: random.Random) -> str:
    plain = f"{int(value):,}"
    if value >= 1_000_000 and rng.random() < 0.5:
        return f"{value / 1e6:g} million"
    prefix = rng.choice(("", "", "up to ", "some ", "about ", "more than "))
    return prefix + plain


class _Story:
    """One invented developing story: its cast, key figure and pool of shared sentences."""

    def __init__(self, rng: random.Random, hubs: list[_Entity], outlets: list[str], wires: list[str],
                 size: int) -> None:
        self.country, self.other = _country(rng), _country(rng)
        self.places = [_place(rng) for _ in range(rng.randint(1, 3))]
        self.people = [_person(rng) for _ in range(rng.randint(3, 6))]
        self.orgs = [
            _Entity("ORG", (rng.choice(_ORG_PATTERNS).format(c=c.variants[0]),))
            for c in (self.country, self.other)
        ]
        facility = f"{_word(rng, 2)} {rng.choice(_FACILITY_KINDS)}"
        self.facility = _Entity("FAC", (facility, _translit(facility)))
        self.hub = rng.choice(hubs) if rng.random() < 0.5 else None
        self.topic = rng.sample(_NOUNS, 8)
        self.counted = rng.choice(_COUNTED)
        self.figure = float(rng.choice(_FIGURES))
        self.outlets = rng.sample(outlets, min(len(outlets), max(3, min(40, size))))
        self.wires = wires
        self.start = rng.randrange(DAYS)
        self.span = max(1, min(DAYS - self.start, int(size * rng.uniform(1, 6))))
        self.pool = [self._shared(rng) for _ in range(min(60, 8 + 2 * size))]

    def cast(self, rng: random.Random) -> _Entity:
        return rng.choice(self.people)

    def _figure(self, rng: random.Random, conflicting: bool) -> float:
        if not conflicting:
            return self.figure
        return self.figure * 10 if rng.random() < 0.5 or self.figure < 1000 else self.figure / 10

    def claim_line(self, rng: random.Random, conflicting: bool = False) -> tuple:
        """The story's key claim, worded one of several ways (assert, report, hedge, question)."""
        value = self._figure(rng, conflicting)
        noun = rng.choice(self.counted)
        demonym = self.country.demonym or self.country.variants[0]
        line = _Line()
        kind = rng.randrange(5)
        if kind == 0:
            line.ent(self.country.pick(rng), "GPE").t(" will send ")
            line.qty(_number_text(value, rng), value, f"{demonym} {noun}").t(" to ")
            line.ent(self.other.pick(rng), "GPE").t(f" {rng.choice(_TIME_PHRASES)}.")
        elif kind == 1:
            who = self.cast(rng)
            name = who.pick(rng)
            line.ent(name, "PERSON").t(" said that ")
            line.stance, line.speaker = "reports", name
            c0 = line.n
            line.ent(self.country.pick(rng), "GPE").t(" was ready to send ")
            line.qty(_number_text(value, rng), value, f"{noun}").t(" to the ")
            line.ent(self.facility.pick(rng), "FAC")
            line.att = (name, "said", name.__len__() + 1, name.__len__() + 5, c0, line.n, False, False, 0,
                        len(name), "PERSON")
            line.t(".")
        elif kind == 2:
            c0 = line.n
            line.ent(self.country.pick(rng), "GPE").t(" is said to have offered ")
            cue = (c0 + len(line.parts[0]) + 1, c0 + len(line.parts[0]) + 11)
            line.qty(_number_text(value, rng), value, f"{demonym} {noun}").t(" to ")
            line.ent(self.other.pick(rng), "GPE").t(f" in exchange for {rng.choice(self.topic)}")
            line.stance, line.hedged = "reports", True
            line.att = (None, "is said to", cue[0], cue[1], c0, line.n, False, True, None, None, None)
            line.t(".")
        elif kind == 3:
            line.t("It is not clear whether ").ent(self.country.pick(rng), "GPE").t(" will send ")
            line.qty(_number_text(value, rng), value, noun).t(" to ").ent(self.other.pick(rng), "GPE")
            line.stance = "questions"
            line.t(".")
        else:
            line.t("According to ")
            wire = rng.choice(self.wires)
            line.ent(wire, "ORG")
            line.cit = (wire, "According to", 0, line.n)
            line.t(", ").qty(_number_text(value, rng), value, f"{demonym} {noun}")
            line.t(f" have already reached the {rng.choice(self.topic)} near ").ent(self.places[0].pick(rng), "GPE")
            line.stance = "reports"
            line.t(".")
        return line.done()

    def denial_line(self, rng: random.Random) -> tuple:
        org = self.orgs[1]
        name = org.variants[0]
        line = _Line()
        line.t("The ").ent(name, "ORG").t(" ")
        cue = rng.choice(_DENY_CUES)
        cs = line.n
        line.t(cue).t(" the reports")
        c0 = line.n + 1
        line.t(" that ").ent(self.country.pick(rng), "GPE").t(" would send troops, calling them fake news")
        line.att = (name, cue, cs, cs + len(cue), c0, line.n, False, False, 4, 4 + len(name), "ORG")
        line.stance, line.speaker = "denies", name
        line.t(".")
        return line.done()

    def quote_line(self, rng: random.Random) -> tuple:
        who = self.cast(rng)
        name = who.pick(rng)
        role = rng.choice(_PERSON_ROLES)
        content = (f"We will not allow the {rng.choice(self.topic)} to be {rng.choice(_VERBS)} "
                   f"by anyone in {self.places[-1].variants[0]}")
        line = _Line()
        line.t("\u201c")
        c0 = line.n
        line.t(content[: -len(self.places[-1].variants[0])]).ent(self.places[-1].variants[0], "GPE")
        c1 = line.n
        line.t(",\u201d ").t(f"{role} ")
        s0 = line.n
        line.ent(name, "PERSON").t(" ")
        cue = rng.choice(_SAY_CUES)
        line.att = (name, cue, line.n, line.n + len(cue), c0, c1, True, False, s0, s0 + len(name), "PERSON")
        line.t(cue).t(".")
        line.stance, line.speaker = "reports", name
        return line.done()

    def _shared(self, rng: random.Random) -> tuple:
        """A sentence several articles of the story repeat (background, places, people)."""
        kind = rng.randrange(4)
        line = _Line()
        if kind == 0:
            line.t(f"The {rng.choice(_ADJECTIVES)} {rng.choice(self.topic)} near ")
            line.ent(self.facility.pick(rng), "FAC").t(f" was {rng.choice(_VERBS)} by ")
            line.ent(self.orgs[0].variants[0], "ORG").t(f" {rng.choice(_TIME_PHRASES)}.")
        elif kind == 1:
            line.ent(self.cast(rng).pick(rng), "PERSON").t(f" {rng.choice(_VERBS)} the {rng.choice(self.topic)} ")
            line.t(f"and the {rng.choice(self.topic)} during a visit to ").ent(self.places[-1].pick(rng), "GPE")
            line.t(".")
        elif kind == 2 and self.hub is not None:
            line.t(f"The {rng.choice(self.topic)} was discussed with the ").ent(self.hub.pick(rng), self.hub.label)
            line.t(f", which {rng.choice(_VERBS)} the {rng.choice(self.topic)}.")
        else:
            line.t("Officials in ").ent(self.other.pick(rng), "GPE")
            line.t(f" {rng.choice(_VERBS)} the {rng.choice(_ADJECTIVES)} {rng.choice(self.topic)} ")
            line.t(f"as the {rng.choice(self.topic)} {rng.choice(_VERBS)} the {rng.choice(_NOUNS)}.")
        return line.done()

    def date_line(self, rng: random.Random, day: dt.date) -> tuple:
        event = day - dt.timedelta(days=rng.randint(0, 6))
        line = _Line().t("On ")
        line.ent(f"{event.day} {_MONTHS[event.month - 1]}", "DATE")
        line.t(", ").ent(self.country.pick(rng), "GPE")
        line.t(f" {rng.choice(_VERBS)} the {rng.choice(self.topic)} with ").ent(self.other.pick(rng), "GPE")
        line.t(".")
        return line.done()


def _filler(rng: random.Random, topic: list[str]) -> tuple:
    """A running-text sentence naming nothing (never a claim)."""
    r = rng.random

    def choice(seq):  # ~3x faster than rng.choice; this is the generator's inner loop
        return seq[int(r() * len(seq))]

    kind = int(r() * 3)
    if kind == 0:
        text = (f"The {choice(_ADJECTIVES)} {choice(topic)} {choice(_VERBS)} the {choice(_NOUNS)} "
                f"{choice(_TIME_PHRASES)}, and the {choice(_NOUNS)} {choice(_VERBS)} the {choice(topic)}.")
    elif kind == 1:
        text = (f"Many {choice(_NOUNS)} have {choice(_VERBS)} the {choice(_ADJECTIVES)} {choice(topic)} "
                f"while the {choice(_NOUNS)} remains {choice(_ADJECTIVES)} and the {choice(topic)} is "
                f"{choice(_VERBS)}.")
    else:
        text = (f"Critics of the {choice(topic)} say the {choice(_ADJECTIVES)} {choice(_NOUNS)} was "
                f"{choice(_VERBS)} too late, {choice(_TIME_PHRASES)}.")
    return (text, (), (), None, None, None)


def _source_line(outlet: str) -> tuple:
    text = f"Source: {outlet}"
    return (text, (), (), None, (outlet, "Source:", 0, len(text)), None)


# --------------------------------------------------------------------------- assembly


def _assemble(aid: str, outlet: str, title: str, published: str | None,
              paragraphs: list[list[tuple]]) -> AnnotatedArticle:
    """Join sentence records into one text, shifting every relative span to absolute offsets."""
    chunks: list[str] = []
    pos = 0
    sents, ents, qtys, atts, cits, claims = [], [], [], [], [], []
    for p, para in enumerate(paragraphs):
        if p:
            chunks.append("\n\n")
            pos += 2
        for s, (text, e_rel, q_rel, att, cit, claim) in enumerate(para):
            if s:
                chunks.append(" ")
                pos += 1
            end = pos + len(text)
            chunks.append(text)
            sents.append(Sentence(pos, end))
            for a, b, surface, label in e_rel:
                ents.append(EntityMention(surface, label, pos + a, pos + b))
            for a, b, value, number, about in q_rel:
                qtys.append(Quantity(value, number, about, pos + a, pos + b))
            if att is not None:
                speaker, cue, cs, ce, ts, te, direct, hedged, ss, se, label = att
                atts.append(Attribution(
                    speaker=speaker, cue=cue, cue_start=pos + cs, cue_end=pos + ce, content=text[ts:te],
                    start=pos + ts, end=pos + te, direct=direct, hedged=hedged,
                    source_text=speaker if ss is not None else None,
                    source_start=pos + ss if ss is not None else None,
                    source_end=pos + se if se is not None else None, speaker_label=label))
            if cit is not None:
                name, cue, cs, ce = cit
                cits.append(Citation(name, cue, pos + cs, pos + ce))
            if claim is not None:
                stance, speaker, hedged, score = claim
                claims.append(ClaimSentence(text=text, start=pos, end=end, stance=stance,
                                            attributed_to=speaker, hedged=hedged, checkworthiness=score))
            pos = end
    body = "".join(chunks)
    article = Article(id=aid, source=f"synthetic/{aid}.txt", title=title, published=published, outlet=outlet,
                      language="en", text=body, content_hash=hashlib.blake2b(body.encode(), digest_size=8).hexdigest())
    return AnnotatedArticle(article, Annotations(
        sentences=tuple(sents), entities=tuple(ents), attributions=tuple(atts), quantities=tuple(qtys),
        citations=tuple(cits), claims=tuple(claims)))


def _story_sizes(rng: random.Random, n: int) -> list[int]:
    """Heavy-tailed story sizes (Pareto) that sum to ``n``; every story has at least one article."""
    count = max(1, n // STORY_MEAN)
    weights = [rng.paretovariate(1.4) for _ in range(count)]
    total = sum(weights)
    spare = n - count
    sizes = [1 + int(spare * w / total) for w in weights]
    for i in range(n - sum(sizes)):
        sizes[i % count] += 1
    return sizes


def _original(story: _Story, rng: random.Random, day: dt.date) -> tuple[str, list[list[tuple]]]:
    """Title and paragraphs of a fresh article (~300-600 words)."""
    conflicting = rng.random() < CONFLICT_SHARE
    lead = [story.claim_line(rng, conflicting), story.date_line(rng, day)]
    paragraphs = [lead]
    for _ in range(rng.randint(4, 7)):
        para = [_filler(rng, story.topic) for _ in range(rng.randint(2, 4))]
        roll = rng.random()
        if roll < 0.35:
            para.insert(rng.randrange(len(para) + 1), story.quote_line(rng))
        elif roll < 0.55:
            para.insert(rng.randrange(len(para) + 1), story.claim_line(rng, conflicting))
        elif roll < 0.62:
            para.append(story.denial_line(rng))
        para.insert(rng.randrange(len(para) + 1), rng.choice(story.pool))
        paragraphs.append(para)
    country = story.country.pick(rng)
    title = (f"{country} {rng.choice(_VERBS)} {rng.choice(story.topic)} as "
             f"{story.cast(rng).pick(rng)} {rng.choice(_SAY_CUES)}")
    return title, paragraphs


def _edited(rng: random.Random, paragraphs: list[list[tuple]], source: str) -> list[list[tuple]]:
    """A syndicated copy: verbatim, or a paragraph dropped and a source line added."""
    if rng.random() < 0.5 or len(paragraphs) < 3:
        return paragraphs
    drop = rng.randrange(1, len(paragraphs))
    kept = [p for i, p in enumerate(paragraphs) if i != drop]
    return kept + [[_source_line(source)]]


def synthetic_articles(n: int, seed: int = 0) -> list[AnnotatedArticle]:
    """Generate ``n`` annotated articles about ~``n / 20`` invented stories (deterministic per seed).

    Args:
        n: number of articles.
        seed: random seed; the same ``(n, seed)`` always gives the same articles.

    Returns:
        ``AnnotatedArticle`` records with ids ``syn0000000``... (shuffled
        across stories), all spans consistent with ``article.text``.
    """
    rng = random.Random(seed)
    outlets = _outlets(rng, max(20, min(400, n // 50)))
    wires = [f"{_word(rng, 2)} {rng.choice(_WIRE_WORDS)}" for _ in range(30)]
    hubs = [_country(rng) for _ in range(6)] + [
        _Entity("ORG", (f"{_word(rng, 2)} Union", f"{_word(rng, 2)} Alliance")) for _ in range(4)
    ]
    ids = list(range(n))
    rng.shuffle(ids)
    width = max(7, len(str(n)))
    out: list[AnnotatedArticle] = []
    for size in _story_sizes(rng, n):
        story = _Story(rng, hubs, outlets, wires, size)
        days = sorted(story.start + int(story.span * rng.random() ** 2) for _ in range(size))
        written: list[tuple[str, str, list[list[tuple]]]] = []
        for offset in days:
            day = FIRST_DAY + dt.timedelta(days=offset)
            published = None if rng.random() < UNDATED_SHARE else day.isoformat()
            outlet = rng.choice(story.outlets)
            aid = f"syn{ids[len(out)]:0{width}d}"
            if written and rng.random() < COPY_SHARE * 1.1:
                src_outlet, title, paragraphs = rng.choice(written)
                paragraphs = _edited(rng, paragraphs, src_outlet)
            else:
                title, paragraphs = _original(story, rng, day)
                written.append((outlet, title, paragraphs))
            out.append(_assemble(aid, outlet, title, published, paragraphs))
    return out


# --------------------------------------------------------------------------- the bench

STAGES = ("copies", "entities", "stories", "claims", "conflicts", "citations", "timeline")


def _rss_mb() -> float:
    """Current resident set size in MB (Linux ``/proc``; 0 elsewhere)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return 0.0


def measure(n: int, seed: int = 0, emit=None) -> dict:
    """Generate ``n`` articles, run ``build_corpus`` on them and time each sub-stage (in this process).

    Args:
        n: articles to generate.
        seed: generator seed.
        emit: optional callback given a progress dict after generation and
            after each stage (``{"stage", "seconds", "cpu_s", "rss_mb"}``).

    Returns:
        ``{"articles", "generate_s", "stages_s": {stage: s}, "stages_cpu_s",
        "total_s", "total_cpu_s", "peak_rss_mb", "rss_after_generate_mb",
        "articles_per_s", "counts": {...}}``; peak RSS is this process's
        lifetime maximum, so run it in a fresh process.
    """
    import resource

    from storyscope.corpus import build_corpus

    emit = emit or (lambda _: None)
    start = time.perf_counter()
    articles = synthetic_articles(n, seed)
    generate_s = time.perf_counter() - start
    rss_gen = _rss_mb()
    emit({"stage": "generate", "seconds": round(generate_s, 2), "rss_mb": round(rss_gen, 1)})
    stages: dict[str, float] = {}
    cpu: dict[str, float] = {}
    last_cpu = [time.process_time()]

    def on_stage(name: str, seconds: float) -> None:
        now = time.process_time()
        stages[name], cpu[name] = round(seconds, 2), round(now - last_cpu[0], 2)
        last_cpu[0] = now
        emit({"stage": name, "seconds": stages[name], "cpu_s": cpu[name], "rss_mb": round(_rss_mb(), 1)})

    start, start_cpu = time.perf_counter(), time.process_time()
    result = build_corpus(articles, on_stage=on_stage)
    total, total_cpu = time.perf_counter() - start, time.process_time() - start_cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    return {
        "articles": n,
        "generate_s": round(generate_s, 2),
        "stages_s": stages,
        "stages_cpu_s": cpu,
        "total_s": round(total, 2),
        "total_cpu_s": round(total_cpu, 2),
        "peak_rss_mb": round(peak, 1),
        "rss_after_generate_mb": round(rss_gen, 1),
        "articles_per_s": round(n / total, 1) if total else None,
        "counts": {
            "stories": len(result.stories), "entities": len(result.entities), "claims": len(result.claims),
            "conflicts": len(result.conflicts), "citations": len(result.citations),
            "copies": len(result.copies), "timeline": len(result.timeline),
            "claim_mentions": sum(len(c.mentions) for c in result.claims),
        },
    }


_CHILD = (
    "import json, resource, sys\n"
    "from storyscope.bench.scale import measure\n"
    "if int(sys.argv[3]):\n"
    "    limit = int(sys.argv[3]) * 2**20\n"
    "    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))\n"
    "def emit(d):\n"
    "    print(json.dumps(d), flush=True)\n"
    "print(json.dumps({'result': measure(int(sys.argv[1]), int(sys.argv[2]), emit)}), flush=True)\n"
)


def _measure_in_child(n: int, seed: int, timeout: float | None, memory_limit_mb: int | None = None) -> dict:
    """``measure`` in a fresh interpreter.

    Past ``timeout``, or when the worker dies (e.g. a ``MemoryError`` under
    ``memory_limit_mb`` of address space), returns the stages finished so far
    with ``timed_out`` or ``failed`` (the error's last line) set.
    """
    cmd = [sys.executable, "-c", _CHILD, str(n), str(seed), str(memory_limit_mb or 0)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        out, err = proc.communicate(timeout=timeout)
        timed_out = False
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        timed_out = True
    lines = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    if not timed_out and proc.returncode == 0 and lines and "result" in lines[-1]:
        return lines[-1]["result"]
    done = [d for d in lines if d.get("stage") in STAGES]
    gen = next((d for d in lines if d.get("stage") == "generate"), {})
    run = {
        "articles": n, "generate_s": gen.get("seconds"), "rss_after_generate_mb": gen.get("rss_mb"),
        "stages_s": {d["stage"]: d["seconds"] for d in done},
        "stages_cpu_s": {d["stage"]: d["cpu_s"] for d in done},
        "total_s": None, "total_cpu_s": None, "articles_per_s": None,
        "peak_rss_mb": max([d["rss_mb"] for d in lines if "rss_mb" in d], default=None),
    }
    if timed_out:
        run.update(timed_out=True, timeout_s=timeout)
    else:
        last = err.strip().splitlines()[-1] if err.strip() else f"exit {proc.returncode}"
        run.update(failed=last[-300:])
    return run


def _ratio(big: float | None, small: float | None) -> float | None:
    return round(big / small, 2) if big is not None and small else None


def run_scale_bench(results_dir: Path, console: Console, sizes=SIZES, seed: int = 0, quick: bool = False,
                    timeout: float | None = None, memory_limit_mb: int | None = None) -> dict:
    """Time the corpus stages on synthetic corpora of each size, one fresh process per size.

    Args:
        results_dir: where ``scale.md`` and ``scale.jsonl`` get the run appended.
        console: where the table is printed.
        sizes: article counts, ascending (``QUICK_SIZES`` when ``quick``).
        seed: generator seed.
        quick: use ``QUICK_SIZES`` (1k, 3k) instead of ``sizes``.
        timeout: seconds allowed per size (None: no limit).
        memory_limit_mb: address-space cap of each worker (None: none), so a
            size that needs too much memory fails alone instead of
            starving the machine.

    Returns:
        the figures: ``runs`` (per size the wall and CPU seconds of every
        stage, totals, peak RSS and articles/s); ``growth`` (``growth_cpu``)
        = total wall (CPU) time of the largest finished size over the
        smallest, next to ``linear_reference`` (their size ratio) and
        ``all_pairs_reference`` (its square); ``timed_out`` lists sizes cut
        off by ``timeout`` and ``failed`` those whose worker died (their
        finished stages are kept).
    """
    sizes = tuple(sorted(QUICK_SIZES if quick else sizes))
    runs = []
    for n in sizes:
        runs.append(_measure_in_child(n, seed, timeout, memory_limit_mb))
        console.print(f"{n:,} articles: total {runs[-1]['total_s']} s, peak RSS {runs[-1]['peak_rss_mb']} MB")
    finished = [r for r in runs if r["total_s"] is not None]
    small, large = runs[0], (finished or runs)[-1]
    ratio = large["articles"] / small["articles"]
    figures = {
        "sizes": list(sizes),
        "seed": seed,
        "runs": runs,
        "growth_sizes": [small["articles"], large["articles"]],
        "growth": _ratio(large["total_s"], small["total_s"]),
        "growth_cpu": _ratio(large["total_cpu_s"], small["total_cpu_s"]),
        "linear_reference": round(ratio, 2),
        "all_pairs_reference": round(ratio**2, 2),
        "stage_growth": {s: _ratio(large["stages_s"].get(s), small["stages_s"].get(s)) for s in STAGES},
        "timed_out": [r["articles"] for r in runs if r.get("timed_out")],
        "failed": {r["articles"]: r["failed"] for r in runs if r.get("failed")},
        "memory_limit_mb": memory_limit_mb,
    }
    span = f"{small['articles']:,} -> {large['articles']:,}"
    rows = [(s, [r["stages_s"].get(s) for r in runs], figures["stage_growth"][s]) for s in STAGES]
    rows.append(("total", [r["total_s"] for r in runs], figures["growth"]))
    rows.append(("total CPU s", [r["total_cpu_s"] for r in runs], figures["growth_cpu"]))
    rows.append(("articles/s", [r["articles_per_s"] for r in runs], None))
    rows.append(("peak RSS MB", [r["peak_rss_mb"] for r in runs], None))
    rows.append(("RSS after generation MB", [r["rss_after_generate_mb"] for r in runs], None))
    rows.append(("generation s (not counted)", [r["generate_s"] for r in runs], None))
    table = Table(title="corpus stages on synthetic articles (wall seconds unless named)")
    table.add_column("stage")
    md = ["| stage | " + " | ".join(f"{n:,}" for n in sizes) + f" | growth {span} |",
          "|---" * (len(sizes) + 2) + "|"]
    for n in sizes:
        table.add_column(f"{n:,}", justify="right")
    table.add_column(f"growth {span}", justify="right")
    for name, values, grow in rows:
        cells = ["-" if v is None else f"{v:g}" for v in values]
        table.add_row(name, *cells, "-" if grow is None else f"x{grow:g}")
        md.append(f"| {name} | " + " | ".join(cells) + f" | {'-' if grow is None else f'x{grow:g}'} |")
    console.print(table)
    summary = (f"Growth {span} articles: x{figures['growth']} in wall time (x{figures['growth_cpu']} CPU); "
               f"linear would be x{figures['linear_reference']:g}, all pairs x{figures['all_pairs_reference']:g}. "
               f"Seed {seed}; one fresh process per size.")
    if figures["timed_out"]:
        summary += f" Timed out (> {timeout:g} s; stages done so far shown): {figures['timed_out']}."
    for n, why in figures["failed"].items():
        summary += f" {n:,} articles failed ({why}); stages done so far shown."
    console.print(summary)
    record(results_dir, "scale", figures, "\n".join(md) + "\n\n" + summary)
    return figures
