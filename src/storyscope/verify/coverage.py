"""Claims about the pile itself: how many of its articles mention, quote or cite someone or something.

An analyst sizing up a story asks how far a detail travelled: "Only one of the five articles mentions the dam",
"Velm is quoted in two of the articles", "Three outlets cite the figure of 20,000 volunteers". ``check`` answers
these by counting the stored articles (or their outlets, for "outlets"), not by weighing passages: an article
*mentions* a target when its text holds each of the target's names (in full, or in a spelling the pile merged into
that entity), its figures and all its other words; it *quotes* or *cites* a person when an attribution in it gives
that person words (a figure is cited where it is mentioned). A target that says what was said ("quote Velm as saying
..."), holds a verb or a description without a name is no count the pile can settle and is judged as any claim.
The verdict quotes one passage from each article counted.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from lemminflect import getLemma

from storyscope.model import Evidence, Verdict
from storyscope.store import Store
from storyscope.verify.actions import parse_texts
from storyscope.verify.stance_rules import STOP_WORDS, spelled_figures
from storyscope.verify.statements import figures

_COUNT_WORDS = {"no": 0, "none": 0, "zero": 0, "one": 1, "a single": 1, "single": 1, "two": 2, "both": 2, "three": 3,
                "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
                "twelve": 12}
_COUNT = r"(?:\d{1,3}|" + "|".join(sorted(_COUNT_WORDS, key=len, reverse=True)) + r"|all|every\s+one)"
# How the count is bounded ("only one", "at least two"); no word means exactly that many.
_BOUNDS = {"only": "exactly", "exactly": "exactly", "just": "exactly", "precisely": "exactly", "at least": "min",
           "more than": "above", "over": "above", "at most": "max", "no more than": "max", "fewer than": "below",
           "less than": "below", "under": "below"}
_BOUND = r"(?P<bound>" + "|".join(sorted(_BOUNDS, key=len, reverse=True)) + r")"
# What is counted: articles, or the outlets that published them ("sources" and "reports" may be people or official
# papers: not counted).
_ITEMS = r"(?P<items>articles?|outlets?|stories|story|pieces?|newspapers?|papers?)"
_ACTIVE_VERBS = {"mention": "mention", "name": "mention", "carry": "mention", "refer to": "mention",
                 "feature": "mention", "cite": "quote", "quote": "quote"}
_PASSIVE_VERBS = {"mentioned": "mention", "named": "mention", "carried": "mention", "referred to": "mention",
                  "featured": "mention", "cited": "quote", "quoted": "quote"}
# (the past tense too: "Two outlets quoted Velm")
_ACTIVE = r"(?P<verb>" + "|".join([*(v.replace(" ", r"\s+") for v in _PASSIVE_VERBS),
                                   *(rf"{v}(?:s|es)?" if " " not in v else v.replace(" ", r"s?\s+")
                                     for v in _ACTIVE_VERBS)]) + r")"
_PASSIVE = r"(?P<verb>" + "|".join(v.replace(" ", r"\s+") for v in _PASSIVE_VERBS) + r")"
_OF_TOTAL = r"(?:\s+of\s+the\s+(?:(?P<total>" + _COUNT + r")\s+)?" + _ITEMS + r")"
_FORMS = [re.compile(p, re.IGNORECASE) for p in (
    # "Only one of the five articles mentions the dam", "Two articles quote Velm", "Both outlets cite the figure"
    r"^\s*(?:" + _BOUND + r"\s+)?(?P<count>" + _COUNT + r")(?:" + _OF_TOTAL + r"|\s+(?:of\s+the\s+|the\s+)?"
    + _ITEMS.replace("items", "items2") + r")\s+(?:\w+ly\s+)?" + _ACTIVE + r"\s+(?P<target>.+?)\s*[.!]?\s*$",
    # "Velm is quoted in (only) two of the (five) articles", "The dam is mentioned by only one outlet" ("mentioned
    # by name in three articles": a name is how a person is mentioned)
    r"^\s*(?P<target>.+?)\s+(?:is|are|was|were|gets?|got|has\s+been|have\s+been)\s+(?:only\s+)?" + _PASSIVE
    + r"(?:\s+by\s+name)?\s+(?:in|by)\s+(?:" + _BOUND + r"\s+)?(?P<count>" + _COUNT + r")(?:" + _OF_TOTAL + r"|\s+(?:of\s+the\s+|"
    r"the\s+)?" + _ITEMS.replace("items", "items2") + r")\s*[.!]?\s*$",
)]
_ALL_OF = re.compile(r"^\s*all\s+(?:the\s+)?(?P<total>" + _COUNT + r")\s+(?=" + _ITEMS.replace("?P<items>", "")
                     + r")", re.IGNORECASE)
# A target that says what was said or done ("Velm as saying ...", "Velm on the dam", "the dam, the others ...").
_TOLD_TARGET = re.compile(r"^(?:that|how|whether|why|when|what|who|if)\b|\b(?:as\s+(?:saying|calling|describing|"
                          r"warning|claiming)|saying|on|about|over)\b|,\s(?-i:(?![A-Z]))", re.IGNORECASE)
# Words a target uses for itself that the articles need not hold ("the figure of 2,000").
_TARGET_WORDS_SKIPPED = frozenset({"figure", "figures", "number", "numbers", "claim", "claims", "report", "reports",
                                   "mention", "word", "words", "name", "term", "phrase"})
_NAME = re.compile(r"\b[A-Z][\w'’-]*(?:[-\s][A-Z][\w'’-]*)*")
_OPENERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})


@dataclass(frozen=True, slots=True)
class CoverageClaim:
    """A claim that a number of the pile's articles (or outlets) mention or quote a target."""

    act: str  # "mention" or "quote"
    target: str  # what is mentioned or quoted, as written
    count: int | None  # None for "all"
    bound: str  # "exactly", "min", "above", "max" or "below"
    total: int | None  # the pile's size as the claim gives it ("of the five articles"), or None
    outlets: bool = False  # outlets are counted, not articles


def _number(word: str) -> int | None:
    word = " ".join(word.lower().split())
    if word.isdigit():
        return int(word)
    return None if word in ("all", "every one") else _COUNT_WORDS.get(word)


_ITEMS_WORD = re.compile(r"\b" + _ITEMS.replace("?P<items>", "") + r"\b", re.IGNORECASE)


def names_items(claim: str) -> bool:
    """True when ``claim`` names what a coverage claim counts (articles, outlets, stories ...): only then can
    ``coverage_claim`` read it, so the work of putting a claim in plain form can be spared for the rest."""
    return _ITEMS_WORD.search(claim) is not None


def coverage_claim(claim: str) -> CoverageClaim | None:
    """Return the coverage claim ``claim`` makes ("Only one of the five articles mentions the dam" -> mention, "the
    dam", exactly 1 of 5), or None when it says something else (what the articles say, a verb in the target)."""
    claim = _ALL_OF.sub(r"All of the \g<total> ", claim)  # ("All five articles mention ...")
    for form in _FORMS:
        m = form.match(claim)
        if m is None:
            continue
        verb = " ".join(m.group("verb").lower().split())
        act = _PASSIVE_VERBS.get(verb) or next((a for v, a in _ACTIVE_VERBS.items()
                                                if re.fullmatch(rf"{v.replace(' ', 's? ')}(?:s|es)?", verb)), None)
        target = m.group("target").strip(" ")
        if act is None or not target or len(target) > 200 or _TOLD_TARGET.search(target) \
                or any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN" for t in parse_texts([target])[0]):
            return None  # ("Two outlets quote Velm as saying ...", "Two articles mention the dam, the others ...")
        items = (m.group("items") or m.group("items2") or "").lower()
        bound = _BOUNDS[" ".join(m.group("bound").lower().split())] if m.group("bound") else "exactly"
        total = _number(m.group("total")) if m.group("total") else None
        return CoverageClaim(act=act, target=target, count=_number(m.group("count")), bound=bound, total=total,
                             outlets=items.startswith("outlet"))
    return None


def _fold(text: str) -> str:
    """``text`` lower-cased, accents dropped and hyphens as spaces, one character for one ("José-Pérez" ->
    "jose perez"), so that offsets in the folded text are offsets in ``text``."""
    return "".join(" " if ch in "-‐–" else (unicodedata.normalize("NFKD", ch)[:1] or ch).lower() for ch in text)


def _lemmas(text: str) -> set[str]:
    """The nouns' and other words' base forms of ``text``'s lower-case words, possessives dropped ("dam's" ->
    "dam", "ferries" -> "ferry")."""
    out = set()
    for w in re.findall(r"[a-z][a-z-]+", re.sub(r"['’]s\b", "", _fold(text))):
        lemmas = getLemma(w, upos="NOUN")
        out.add(lemmas[0] if lemmas else w)
    return out


def _target_parts(target: str) -> tuple[list[str], set[str], set[str]]:
    """The target's names (capitalised runs, without an opening article or a possessive), figures and other
    content words (base forms)."""
    target = spelled_figures(target)
    names = []
    for name in _NAME.findall(target):
        name = re.sub(r"^(?:The|A|An|This|That)\s+", "", name)
        name = re.sub(r"['’]s$", "", name)
        if name and name.lower() not in _OPENERS:
            names.append(name)
    rest = _NAME.sub(" ", target)
    words = {w for w in _lemmas(rest) if w not in STOP_WORDS and w not in _TARGET_WORDS_SKIPPED
             and not w[:1].isdigit()}
    return names, figures(target), words


def _spellings(store: Store, names: list[str]) -> dict[str, set[str]]:
    """Each name's spellings: itself and, when the pile holds it as an entity, every spelling merged into that
    entity ("Kim Jong-un" for "Kim Jong Un"), folded (``_fold``)."""
    out = {n: {" ".join(_fold(n).split())} for n in names}
    wanted = {" ".join(_fold(n).split()): n for n in names}
    for name, aliases in store.con.execute("SELECT name, aliases FROM entities").fetchall():
        spellings = {" ".join(_fold(a).split()) for a in [name, *(aliases or [])] if a}
        for spelling in spellings & set(wanted):
            out[wanted[spelling]] |= {s for s in spellings if len(s) > 2}
    return out


def _find(folded: str, spelling: str) -> int:
    m = re.search(rf"(?<![\w]){re.escape(spelling)}(?![\w])", folded)
    return m.start() if m else -1


def _mentions(text: str, spellings: dict[str, set[str]], numbers: set[str], words: set[str]) -> int | None:
    """The offset in ``text`` where the article shows the target, or None when it does not mention it: each name in
    one of its spellings, each figure and every other word."""
    folded = _fold(text)
    at = []
    for spelled in spellings.values():
        hits = [i for i in (_find(folded, s) for s in spelled) if i >= 0]
        if not hits:
            return None
        at.append(min(hits))
    stated = figures(spelled_figures(text))
    if numbers - stated:
        return None
    if words - _lemmas(text):
        return None
    for number in sorted(numbers):
        found = re.search(_figure_pattern(number), text)
        at.append(found.start() if found else 0)
    if not at:
        at = [min((i for i in (_find(folded, w) for w in words) if i >= 0), default=0)]
    return min(at)


def _figure_pattern(number: str) -> str:
    """A pattern for ``number`` (digits, as ``figures`` gives them) written with or without thousands separators
    ("1200" finds "1,200", "1 200" and "1200")."""
    digits = number.replace(",", "")
    groups = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    groups.insert(0, digits)
    return r"(?<!\d)" + r"[,.\s\u00a0\u202f]?".join(groups) + r"(?!\d)"


def _sentence_at(store: Store, article: str, offset: int, text: str) -> tuple[int, int]:
    """The span of the stored sentence of ``article`` that holds ``offset`` (the text's start when none does)."""
    row = store.con.execute('SELECT start, "end" FROM sentences WHERE article_id = ? AND start <= ? AND "end" > ? '
                            "ORDER BY start DESC LIMIT 1", [article, offset, offset]).fetchone()
    return (row[0], row[1]) if row else (0, min(len(text), 300))


def _quoted_in(store: Store, spellings: dict[str, set[str]]) -> dict[str, tuple[int, str]]:
    """The articles in which every named person speaks (an attribution whose speaker is one of the person's
    spellings), with the offset and speaker of the first such attribution."""
    per_article: dict[str, dict[str, tuple[int, str]]] = {}
    for article, speaker, start in store.con.execute(
            "SELECT article_id, speaker, coalesce(source_start, cue_start) FROM attributions "
            "WHERE speaker IS NOT NULL AND kind = 'speech' ORDER BY article_id, start").fetchall():
        spoken = " ".join(_fold(speaker or "").split())
        for name, spelled in spellings.items():
            if spoken and spoken in spelled:
                per_article.setdefault(article, {}).setdefault(name, (start or 0, speaker))
    return {article: min(found.values()) for article, found in per_article.items() if len(found) == len(spellings)}


def _holds(count: int, claim: CoverageClaim, items: int) -> bool:
    want = items if claim.count is None else claim.count
    return {"exactly": count == want, "min": count >= want, "above": count > want, "max": count <= want,
            "below": count < want}[claim.bound]


def countable(claim: CoverageClaim) -> bool:
    """True when the pile can settle the claim by counting: its target has a name, a figure or a word, and a quoted
    target names someone rather than describing them ("Norvakia's president": a description, not counted)."""
    names, numbers, words = _target_parts(claim.target)
    if not (names or numbers or words):
        return False
    return claim.act != "quote" or bool(numbers) or bool(_quoted_people(claim.target))


def _quoted_people(target: str) -> list[str]:
    """The people a quoted target names: the name closing each of its parts joined by "and" ("Defence analyst Igor
    Brandt" -> Igor Brandt; "Russia's envoy to Kessia, Ida Brask" -> Ida Brask; "Velm and Oskar Lind" -> both);
    none when a part ends in a description ("Norvakia's president")."""
    people = []
    for part in re.split(r"\s+(?:and|&)\s+", target.strip(" .")):
        names = _target_parts(part)[0]
        if not names or not _fold(part).rstrip().endswith(" ".join(_fold(names[-1]).split())):
            return []
        people.append(names[-1])
    return people


def check_coverage(store: Store, claim_text: str, claim: CoverageClaim) -> Verdict:
    """Return the verdict on a coverage claim from the articles in ``store``: supported when the count of articles
    (or outlets) that mention (or quote) the target fits the claim's count and the pile's size is the one it gives,
    refuted otherwise; the evidence is one passage from each article counted."""
    rows = store.con.execute("SELECT id, text, coalesce(outlet, id) FROM articles ORDER BY id").fetchall()
    names, numbers, words = _target_parts(claim.target)
    quoting = claim.act == "quote" and not numbers and bool(_quoted_people(claim.target))
    spellings = _spellings(store, _quoted_people(claim.target) if quoting else names)
    found: dict[str, tuple[int, str | None]] = {}
    if quoting:
        found = {a: (offset, speaker) for a, (offset, speaker) in _quoted_in(store, spellings).items()}
    else:
        for article, text, _ in rows:
            offset = _mentions(text or "", spellings, numbers, words)
            if offset is not None:
                found[article] = (offset, None)
    texts = {article: text or "" for article, text, _ in rows}
    outlet_of = {article: outlet for article, _, outlet in rows}
    evidence = []
    for article, (offset, speaker) in sorted(found.items()):
        start, end = _sentence_at(store, article, offset, texts[article])
        evidence.append(Evidence(article=article, text=texts[article][start:end].strip(), start=start, end=end,
                                 stance="agree", score=1.0, attributed_to=speaker))
    unit = "outlet" if claim.outlets else "article"
    pile = len({outlet_of[a] for a in outlet_of}) if claim.outlets else len(rows)
    count = len({outlet_of[a] for a in found}) if claim.outlets else len(found)
    wrong_total = claim.total is not None and claim.total != pile
    holds = _holds(count, claim, pile) and not wrong_total
    act = "quote" if quoting else "mention"
    listed = ", ".join(sorted(found)) or "none"
    explanation = (f"A claim about the pile itself: of its {pile} {unit}(s), {count} {act}{'s' if count == 1 else ''}"
                   f" “{claim.target}” ({listed}).")
    if wrong_total:
        explanation += f" The claim counts {claim.total} {unit}(s) in all."
    verdict = "supported" if holds else "refuted"
    explanation += f" Verdict: {verdict} (confidence 0.90)."
    return Verdict(claim=claim_text, verdict=verdict, confidence=0.9, evidence=tuple(evidence),
                   explanation=explanation)
