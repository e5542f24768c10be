"""States and leaders a claim tells by a description, not a name, read as the names the pile gives them.

A reader who half-remembers a story writes "the invaded country", "the invading army", "the Asian nation" or "the
North Korean leader" where the articles write "Ukraine", "Russian forces", "North Korea" and "Kim Jong Un".
``pile_descriptions`` reads from the articles:

- who invaded whom ("Moscow's invasion of Ukraine", "the Kessian invasion of Talvoria", "Kessia invaded Talvoria"):
  one pair, told at least twice as often as any other;
- how often each country of the gazetteer is named (by name or capital), for a region's description;
- the one person the pile titles head of each state ("Kessian President Ona Brenn", ``documents.state_leaders``).

``named_plainly`` then writes those names into a claim's definite descriptions:

- "the invaded country / nation / state / neighbour" -> the invaded state;
- "the invading country / power / nation / state", "the invader", "the aggressor" -> the invader; "the invading army /
  forces / troops" -> "the Kessian army" (the pile's own word for the invader's people);
- "the Asian nation", "the reclusive Asian state", "the communist state in Asia" (continents and the Middle East) ->
  the pile's one country of that region named at least ``REGION_LEAD`` times as often as any other there and
  ``MIN_REGION_MENTIONS`` times in all, not one the claim names itself;
- "the North Korean leader", "the Kessian president" -> that state's one titled head;
- "the French capital" -> "Paris" (the gazetteer's capitals), wherever the pile is.

An indefinite description ("a European country", "an Asian ally") is left as written: it need not be the one the
story is about. Pure functions of the claim and what was read from the pile.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.lang.en.stop_words import STOP_WORDS

from storyscope.annotate.entities import capital_country, capitals, continent, gazetteer, place_name
from storyscope.verify.documents import state_leaders
from storyscope.verify.parties import IRREGULAR_PEOPLES, same_party

# One invasion pair must be told at least this many times as often as the next for "the invader" to name it.
INVASION_LEAD = 2
# A region's country must be named this many times as often as the next of that region, and at least this often.
REGION_LEAD = 3
MIN_REGION_MENTIONS = 3

_NAME = r"[A-Z][\w’'-]+"
_INVASION_OF = re.compile(r"\b(?P<who>" + _NAME + r")(?:['’]s)?\s+(?:(?:full-scale|brutal|illegal|unprovoked|ongoing|"
                          r"military)\s+)*invasion\s+of\s+(?P<whom>(?:the\s+)?(?:" + _NAME + r"\s+)?" + _NAME + r")")
_INVADED = re.compile(r"\b(?P<who>(?:" + _NAME + r"\s+)?" + _NAME + r")\s+invaded\s+(?P<whom>(?:" + _NAME + r"\s+)?"
                      + _NAME + r")")
# A run of one or two capitalised words, a name as written.
_RUN = re.compile(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?")
_STATE_NOUNS = r"(?:country|nation|state|power|neighbou?r|regime|side)"
_INVADED_DESC = re.compile(r"\b[Tt]he\s+(?:invaded|attacked)\s+" + _STATE_NOUNS + r"\b")
_INVADER_DESC = re.compile(r"\b[Tt]he\s+(?:(?:invading|aggressor)\s+" + _STATE_NOUNS + r"|invader|aggressor)\b")
_INVADER_FORCES = re.compile(r"\b[Tt]he\s+(?:invading|aggressor)\s+(?P<noun>army|armies|forces|troops|military|soldiers)\b")
# Regions by the words that describe them, and the GeoNames continent codes or countries they hold.
_MIDDLE_EAST = frozenset({"Bahrain", "Egypt", "Iran", "Iraq", "Israel", "Jordan", "Kuwait", "Lebanon", "Oman",
                          "Palestinian Territory", "Qatar", "Saudi Arabia", "Syria", "Turkey", "United Arab Emirates",
                          "Yemen"})
_REGIONS = {"asian": "AS", "asia": "AS", "european": "EU", "europe": "EU", "african": "AF", "africa": "AF",
            "middle eastern": "ME", "the middle east": "ME", "middle east": "ME"}
_REGION_NOUNS = r"(?:country|nation|state|dictatorship|regime|kingdom|republic|power|autocracy|monarchy)"
_MODIFIERS = r"(?:[a-z][\w-]*,?\s+){0,3}?"
_REGION_DESC = re.compile(r"\b[Tt]he\s+" + _MODIFIERS + r"(?P<region>Asian|European|African|Middle Eastern)\s+"
                          + _MODIFIERS + _REGION_NOUNS + r"\b")
_REGION_IN = re.compile(r"\b[Tt]he\s+" + _MODIFIERS + _REGION_NOUNS + r"\s+in\s+(?P<region>Asia|Europe|Africa|"
                        r"the Middle East)\b")
# (not one named next: "the Kessian capital Osk", "the Kessian leader, Ona Brenn,")
_NAMED_NEXT = r"(?!\s+(?:city\s+)?of\b)(?!,?\s+[A-Z])"
# Words before a description that make it a label or a complement, not a reference ("called Kyiv the aggressor",
# "Osk became the Asian nation's ...", "is the European country").
_LABELLED = re.compile(r"\b(?:called|calls|calling|branded|brands|labelled|labeled|dubbed|named|termed|became|becomes|"
                       r"become|is|was|are|were|as)\s+(?:\w+\s+)?$", re.IGNORECASE)
_RANKING = re.compile(r"\b(?:first|second|third|fourth|fifth|last|only|other|another|largest|biggest|smallest|"
                      r"richest|poorest|most|least|\w+est)\b", re.IGNORECASE)
_CAPITAL_DESC = re.compile(r"\b[Tt]he\s+(?P<people>(?:" + _NAME + r"\s+)?" + _NAME + r")\s+capital\b" + _NAMED_NEXT)
_LEADER_DESC = re.compile(r"\b[Tt]he\s+(?P<people>(?:" + _NAME + r"\s+)?" + _NAME + r")\s+(?:leader|president|dictator|"
                          r"ruler|head of state|strongman)\b" + _NAMED_NEXT)


@dataclass(frozen=True, slots=True)
class PileDescriptions:
    """What ``named_plainly`` names descriptions with (see the module's docstring)."""

    invader: str | None = None
    invaded: str | None = None
    invader_people: str | None = None  # the pile's word for the invader's people ("Russian")
    mentions: dict[str, int] = field(default_factory=dict)  # country -> times named, by name or capital
    leaders: dict[str, str] = field(default_factory=dict)  # state place key -> the one titled head
    peoples: frozenset[str] = frozenset()  # the pile's capitalised words and pairs of them ("North Korean")


def _country(word: str, pile_states: set[str]) -> str | None:
    """The state a name, capital or people's word stands for ("Moscow", "Russian" -> "Russia"), among the gazetteer's
    countries and the pile's own states (``pile_states``); None when it is none."""
    word = word.removeprefix("the ").strip()
    bare = re.sub(r"['’]s$", "", word)
    found = capital_country(bare) or gazetteer()[0].get(bare)
    if found:
        return found
    if bare in pile_states:
        return bare
    low = bare.lower()
    return next((s for s in sorted(pile_states) if same_party(low, s.lower()) and " " not in s), None)


def pile_descriptions(texts: list[str], people: dict[str, str], states: set[str]) -> PileDescriptions:
    """Read what names descriptions from the pile.

    Args:
        texts: the articles' texts.
        people: every alias of a PERSON entity, mapped to its canonical name.
        states: the names of the pile's GPE entities (its own states, the gazetteer's or not).
    """
    pairs: Counter[tuple[str, str]] = Counter()
    for text in texts:
        for m in (*_INVASION_OF.finditer(text), *_INVADED.finditer(text)):
            # ("When Russia invaded Ukraine": the name, not the word opening the sentence)
            who = _country(m.group("who"), states) or _country(m.group("who").split()[-1], states)
            whom = _country(m.group("whom"), states)
            if who and whom and who != whom:
                pairs[(who, whom)] += 1
    ranked = pairs.most_common(2)
    invader = invaded = people_word = None
    if ranked and (len(ranked) == 1 or ranked[0][1] >= INVASION_LEAD * ranked[1][1]):
        invader, invaded = ranked[0][0]
        # the pile's word for the invader's people: its most written capitalised word of that name, not the name
        stem = invader[:3]
        peoples = Counter(w for text in texts for w in re.findall(r"\b" + re.escape(stem) + r"[a-z]+\b", text)
                          if w != invader and same_party(w.lower(), invader.lower()) and w.endswith(("n", "ese", "ish"))
                          and place_name(w) is None)
        people_word = peoples.most_common(1)[0][0] if peoples else None
    countries = gazetteer()[0]
    # one pass over the runs of capitalised words as written ("North Korea’s", "Mongolia", "Mongolia Today"): a run
    # that is a country or its capital is one mention of it; a longer name holding one ("Mongolia Today", a paper)
    # is none
    runs = Counter(re.sub(r"['’]s$", "", run) for text in texts for run in _RUN.findall(text))
    mentions: Counter[str] = Counter()
    for run, n in runs.items():
        first, _, rest = run.partition(" ")
        if rest and first.lower() in STOP_WORDS:
            run = rest  # ("In Mongolia, ...", "But Russia ...": the word opening the sentence is no part of the name)
        country = countries.get(run) or capital_country(run)
        if country:
            mentions[country] += n
    words = frozenset(runs) | {run.split()[0] for run in runs} | {run.split()[-1] for run in runs}
    return PileDescriptions(invader=invader, invaded=invaded, invader_people=people_word, mentions=dict(mentions),
                            leaders=state_leaders(texts, people), peoples=words)


def _in_region(country: str, region: str) -> bool:
    if region == "ME":
        return country in _MIDDLE_EAST
    return continent(country) == region


def _region_country(region: str, known: PileDescriptions, named: set[str]) -> str | None:
    ranked = sorted(((n, c) for c, n in known.mentions.items() if _in_region(c, region) and c not in named),
                    reverse=True)
    if not ranked or ranked[0][0] < MIN_REGION_MENTIONS or len(ranked) > 1 and ranked[0][0] < REGION_LEAD * ranked[1][0]:
        return None
    return ranked[0][1]


def _capital_of(people: str) -> str | None:
    """The capital of the one gazetteer country a people's word names ("French" -> "Paris"), or None."""
    low = people.lower()
    if low in ("scottish", "scots", "welsh", "english"):
        return None  # (a nation of the United Kingdom has a capital of its own)
    found = {capital for capital, country in capitals().items()
             if country == IRREGULAR_PEOPLES.get(low) or same_party(low, country.lower())}
    return found.pop() if len(found) == 1 else None


def named_plainly(claim: str, known: PileDescriptions) -> str:
    """Return ``claim`` with its definite descriptions of states and leaders replaced by the pile's names ("the
    invaded country's east" -> "Ukraine's east", "the invading army" -> "the Russian army", "the Asian nation" ->
    "North Korea", "the North Korean leader" -> "Kim Jong Un"); any other claim unchanged."""
    out = claim

    def unless_labelled(name: str) -> Callable[[re.Match], str]:
        # ("Moscow called Kyiv the aggressor": the label is the claim's matter, not a description of a state)
        return lambda m: m.group(0) if _LABELLED.search(m.string[:m.start()]) else name
    if known.invader and known.invaded:
        out = _INVADER_FORCES.sub(lambda m: f"the {known.invader_people} {m.group('noun')}" if known.invader_people
                                  else f"{known.invader}'s {m.group('noun')}", out)
        out = _INVADED_DESC.sub(unless_labelled(known.invaded), out)
        out = _INVADER_DESC.sub(unless_labelled(known.invader), out)
    named = {c for c in known.mentions if re.search(r"\b" + re.escape(c) + r"\b", claim)}

    def region(m: re.Match) -> str:
        # (a rank or a complement is no reference: "the first European country to ...", "became the largest Asian
        # state"; nor a description beside its name: "the Asian nation, Mongolia,")
        if _RANKING.search(m.group(0)) or _LABELLED.search(m.string[:m.start()]) \
                or re.match(r",?\s+[A-Z]", m.string[m.end():]):
            return m.group(0)
        country = _region_country(_REGIONS[m.group("region").lower()], known, named)
        return country or m.group(0)
    out = _REGION_IN.sub(region, _REGION_DESC.sub(region, out))

    def leader(m: re.Match) -> str:
        # (the people's word as the pile writes it: "South Korean" is not the pile's "North Korean")
        if m.group("people") not in known.peoples:
            return m.group(0)
        last = m.group("people").split()[-1].lower()
        heads = {name for state, name in known.leaders.items() if same_party(last, state.split()[-1])}
        return heads.pop() if len(heads) == 1 else m.group(0)
    out = _LEADER_DESC.sub(leader, out)
    out = _CAPITAL_DESC.sub(lambda m: _capital_of(m.group("people")) or m.group(0), out)
    if out != claim and out[:1].islower():
        out = out[:1].upper() + out[1:]
    return out
