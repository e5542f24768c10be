"""Claims about the pile itself: how many of its articles mention, quote or cite someone or something.

An analyst sizing up a story asks how far a detail travelled: "Only one of the five articles mentions the dam",
"Velm is quoted in two of the articles", "Three outlets cite the figure of 20,000 volunteers". ``check`` answers
these by counting the stored articles, not by weighing passages: an article *mentions* a target when its text holds
the target's names and figures and most of its other words; it *quotes* or *cites* a person when an attribution in
it has that person as its speaker (a target without a person, such as a figure, is cited where it is mentioned).
The verdict quotes one passage from each article counted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyscope.model import Evidence, Verdict
from storyscope.store import Store
from storyscope.verify.stance_rules import STOP_WORDS, spelled_figures, stem
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
_ITEMS = r"(?:articles?|outlets?|reports?|stories|story|pieces?|sources?|texts?)"
_ACTIVE_VERBS = {"mention": "mention", "name": "mention", "report": "mention", "carry": "mention",
                 "refer to": "mention", "feature": "mention", "cite": "quote", "quote": "quote"}
_ACTIVE = r"(?P<verb>" + "|".join(rf"{v}(?:s|es)?" if " " not in v else v.replace(" ", r"s?\s+")
                                  for v in _ACTIVE_VERBS) + r")"
_PASSIVE_VERBS = {"mentioned": "mention", "named": "mention", "reported": "mention", "carried": "mention",
                  "referred to": "mention", "featured": "mention", "cited": "quote", "quoted": "quote"}
_PASSIVE = r"(?P<verb>" + "|".join(v.replace(" ", r"\s+") for v in _PASSIVE_VERBS) + r")"
_OF_TOTAL = r"(?:\s+of\s+the\s+(?:(?P<total>" + _COUNT + r")\s+)?" + _ITEMS + r")"
_FORMS = [re.compile(p, re.IGNORECASE) for p in (
    # "Only one of the five articles mentions the dam", "Two articles quote Velm", "Both outlets cite the figure"
    r"^\s*(?:" + _BOUND + r"\s+)?(?P<count>" + _COUNT + r")(?:" + _OF_TOTAL + r"|\s+(?:of\s+the\s+)?" + _ITEMS
    + r"|\s+(?:the\s+)?" + _ITEMS + r")\s+(?:\w+ly\s+)?" + _ACTIVE + r"\s+(?P<target>.+?)\s*[.!]?\s*$",
    # "Velm is quoted in (only) two of the (five) articles", "The dam is mentioned by only one outlet"
    r"^\s*(?P<target>.+?)\s+(?:is|are|was|were|gets?|got|has\s+been|have\s+been)\s+(?:only\s+)?" + _PASSIVE
    + r"\s+(?:in|by)\s+(?:" + _BOUND + r"\s+)?(?P<count>" + _COUNT + r")(?:" + _OF_TOTAL + r"|\s+(?:of\s+the\s+)?"
    + _ITEMS + r"|\s+(?:the\s+)?" + _ITEMS + r")\s*[.!]?\s*$",
)]
_ALL_OF = re.compile(r"^\s*all\s+(?:the\s+)?(?P<total>" + _COUNT + r")\s+(?=" + _ITEMS + r")", re.IGNORECASE)
_CLAUSE_TARGET = re.compile(r"(?:that|how|whether|why|when|what|who|if)\b", re.IGNORECASE)
# An article mentions a target when it holds this share of the target's words that are neither names nor figures.
MENTION_WORD_SHARE = 0.5
_NAME = re.compile(r"\b[A-Z][\w'’-]*(?:[-\s][A-Z][\w'’-]*)*")


@dataclass(frozen=True, slots=True)
class CoverageClaim:
    """A claim that a number of the pile's articles mention or quote a target."""

    act: str  # "mention" or "quote"
    target: str  # what is mentioned or quoted, as written
    count: int | None  # None for "all"
    bound: str  # "exactly", "min", "above", "max" or "below"
    total: int | None  # the pile's size as the claim gives it ("of the five articles"), or None


def _number(word: str) -> int | None:
    word = " ".join(word.lower().split())
    if word.isdigit():
        return int(word)
    return None if word in ("all", "every one") else _COUNT_WORDS.get(word)


def coverage_claim(claim: str) -> CoverageClaim | None:
    """Return the coverage claim ``claim`` makes ("Only one of the five articles mentions the dam" -> mention, "the
    dam", exactly 1 of 5), or None when it says something else."""
    claim = _ALL_OF.sub(r"All of the \g<total> ", claim)  # ("All five articles mention ...")
    for form in _FORMS:
        m = form.match(claim)
        if m is None:
            continue
        verb = " ".join(m.group("verb").lower().split())
        act = _PASSIVE_VERBS.get(verb) or next((a for v, a in _ACTIVE_VERBS.items()
                                                if re.fullmatch(rf"{v.replace(' ', 's? ')}(?:s|es)?", verb)), None)
        target = re.sub(r"^(?:on|about)\s+", "", m.group("target").strip(" ,"), flags=re.IGNORECASE)
        if act is None or not target or len(target) > 200 or _CLAUSE_TARGET.match(target):
            return None  # ("Two outlets report that Velm resigned": what they report, not how widely)
        bound = _BOUNDS[" ".join(m.group("bound").lower().split())] if m.group("bound") else "exactly"
        total = _number(m.group("total")) if m.group("total") else None
        return CoverageClaim(act=act, target=target, count=_number(m.group("count")), bound=bound, total=total)
    return None


def _target_parts(target: str) -> tuple[list[str], set[str], set[str]]:
    """The target's names (capitalised runs, without an opening article or a possessive), figures and other
    content-word stems."""
    target = spelled_figures(target)
    names = []
    for name in _NAME.findall(target):
        name = re.sub(r"^(?:The|A|An)\s+", "", name)
        name = re.sub(r"['’]s$", "", name)
        if name and name.lower() not in ("the", "a", "an"):
            names.append(name)
    words = {stem(w) for w in re.findall(r"[a-z][a-z'-]+", _NAME.sub(" ", target).lower()) if w not in STOP_WORDS}
    return names, figures(target), words


def _fold(name: str) -> str:
    return " ".join(re.sub(r"[-‐–]", " ", name.lower()).split())


def _entity_articles(store: Store, names: list[str]) -> dict[str, set[str]]:
    """The articles that mention each of ``names`` the pile holds as an entity, by any of its merged spellings
    ("Kim Jong-un" for "Kim Jong Un")."""
    out: dict[str, set[str]] = {}
    wanted = {_fold(n): n for n in names}
    for name, aliases, articles in store.con.execute("SELECT name, aliases, articles FROM entities").fetchall():
        for spelling in {_fold(a) for a in [name, *(aliases or [])] if a} & set(wanted):
            out.setdefault(wanted[spelling], set()).update(articles or [])
    return out


def _mentions(article: str, text: str, names: list[str], known: dict[str, set[str]], numbers: set[str],
              words: set[str]) -> int | None:
    """The offset in ``text`` where the article shows the target, or None when it does not mention it: every name
    (one the pile holds as an entity where that entity is mentioned, another as written or by its last word) and
    figure, and most other words."""
    lower = text.lower()
    at = []
    for name in names:
        parts = name.split()
        if name in known and article not in known[name]:
            return None
        found = re.search(rf"\b{re.escape(name.lower())}\b", lower) or len(parts) > 1 and re.search(
            rf"\b{re.escape(parts[-1].lower())}\b", lower) or re.search(rf"\b{re.escape(parts[0].lower())}\b", lower)
        if not found and name not in known:
            return None
        at.append(found.start() if found else 0)
    spelled = spelled_figures(text)
    if numbers - figures(spelled):
        return None
    if words and len(words & {stem(w) for w in re.findall(r"[a-z][a-z'-]+", lower)}) < MENTION_WORD_SHARE * len(words):
        return None
    if not at and numbers:
        found = re.search(re.escape(next(iter(sorted(numbers)))), spelled)
        at.append(found.start() if found and len(spelled) == len(text) else 0)
    return min(at) if at else 0


def _sentence_at(store: Store, article: str, offset: int, text: str) -> tuple[int, int]:
    """The span of the stored sentence of ``article`` that holds ``offset`` (the text's start when none does)."""
    row = store.con.execute('SELECT start, "end" FROM sentences WHERE article_id = ? AND start <= ? AND "end" > ? '
                            "ORDER BY start DESC LIMIT 1", [article, offset, offset]).fetchone()
    return (row[0], row[1]) if row else (0, min(len(text), 300))


def _speaker_matches(speaker: str, names: list[str]) -> bool:
    """True when ``speaker`` is one of ``names``, or shares its surname ("Alexandre Matsegora" for "Matsegora")."""
    spoken = speaker.lower().split()
    return any(n.lower() == speaker.lower() or n.split()[-1].lower() == spoken[-1] for n in names if n.split())


def _people(store: Store, names: list[str]) -> list[str]:
    """The names of ``names`` that the pile holds as people (a surname of a PERSON entity), or all of them when none
    is: "Russia's ambassador, Alexander Matsegora" is quoted where Matsegora speaks, not where Russia does."""
    people = {w.lower() for name, aliases in store.con.execute(
        "SELECT name, aliases FROM entities WHERE type = 'PERSON'").fetchall()
        for full in [name, *(aliases or [])] if full for w in full.split()[-1:]}
    return [n for n in names if n.split()[-1].lower() in people] or names


def _holds(count: int, claim: CoverageClaim, articles: int) -> bool:
    want = articles if claim.count is None else claim.count
    return {"exactly": count == want, "min": count >= want, "above": count > want, "max": count <= want,
            "below": count < want}[claim.bound]


def check_coverage(store: Store, claim_text: str, claim: CoverageClaim) -> Verdict:
    """Return the verdict on a coverage claim from the articles in ``store``: supported when the count of articles
    that mention (or quote) the target fits the claim's count and the pile's size is the one it gives, refuted
    otherwise; the evidence is one passage from each article counted."""
    rows = store.con.execute("SELECT id, text FROM articles ORDER BY id").fetchall()
    names, numbers, words = _target_parts(claim.target)
    found: dict[str, tuple[int, int, str | None]] = {}
    quoting = claim.act == "quote" and bool(names) and not numbers
    if quoting:
        person = _people(store, names)
        for article, speaker, start in store.con.execute(
                "SELECT article_id, speaker, coalesce(source_start, cue_start) FROM attributions "
                "WHERE speaker IS NOT NULL AND kind = 'speech' ORDER BY article_id, start").fetchall():
            if article not in found and _speaker_matches(speaker, person):
                found[article] = (start or 0, start or 0, speaker)
    else:
        known = _entity_articles(store, names)
        for article, text in rows:
            offset = _mentions(article, text or "", names, known, numbers, words)
            if offset is not None:
                found[article] = (offset, offset, None)
    texts = dict(rows)
    evidence = []
    for article, (offset, _, speaker) in sorted(found.items()):
        text = texts.get(article) or ""
        start, end = _sentence_at(store, article, offset, text)
        evidence.append(Evidence(article=article, text=text[start:end].strip(), start=start, end=end,
                                 stance="agree", score=1.0, attributed_to=speaker))
    wrong_total = claim.total is not None and claim.total != len(rows)
    holds = _holds(len(found), claim, len(rows)) and not wrong_total
    act = "quote" if quoting else "mention"
    listed = ", ".join(sorted(found)) or "none"
    explanation = (f"A claim about the pile itself: of its {len(rows)} article(s), {len(found)} {act} "
                   f"“{claim.target}” ({listed}).")
    if wrong_total:
        explanation += f" The claim counts {claim.total} article(s) in all."
    verdict = "supported" if holds else "refuted"
    explanation += f" Verdict: {verdict.replace('_', ' ')} (confidence 0.90)."
    return Verdict(claim=claim_text, verdict=verdict, confidence=0.9, evidence=tuple(evidence),
                   explanation=explanation)
