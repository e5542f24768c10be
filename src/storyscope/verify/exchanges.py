"""The terms a deal is told with, and claims that take one side where the sources give different terms.

"Tarn offered troops in exchange for grain" in one article and "in return for cash, Tarn would send troops" in
another tell one deal on terms that share nothing: a claim that it was for grain (or for cash, or "grain rather
than money") takes one side of sources that disagree, which ``check`` calls conflicting. Pure functions over
passage texts; ``check`` reads the passages from the store.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyscope.verify.actions import alike
from storyscope.verify.stance_rules import content_words, same_word, stem

# "in exchange for energy and grain", "In return for Russian cash, ...": the terms run to the clause's end.
_TERMS = re.compile(r"\bin\s+(?:exchange|return)\s+for\s+(?P<terms>[^,.;:!?]+)", re.IGNORECASE)
# A claim about what a deal gives in return: "in exchange for", "trades troops for grain", "paid for with aid",
# "paying ... with energy", "grain rather than money", "grain was the price of the troops", "sent troops because
# Moscow offered grain".
# "the price of ...", "the payment ... was", "because Moscow offered it aid"
_EXCHANGE_CLAIM = re.compile(r"\bin\s+(?:exchange|return)\b|\btrad(?:e|es|ed|ing)\b|\bswap(?:s|ped|ping)?\b|"
                             r"\bpa(?:y|ys|id|ying|yment)\b|\brather\s+than\b|\bprice\b|\bcompensat|"
                             r"\bbecause\s+(?:[\w'’-]+\s+){1,3}(?:offered|promised)\b", re.IGNORECASE)
# Words of one kind of payment, read as one ("cash", "financial", "paid" are money; "cereal" is grain).
_TERM_KINDS = {"cash": "money", "money": "money", "financial": "money", "funds": "money", "funding": "money",
               "payment": "money", "payments": "money", "paid": "money", "pay": "money", "paying": "money",
               "currency": "money", "dollars": "money", "euros": "money", "roubles": "money", "rubles": "money",
               "pounds": "money", "yuan": "money", "yen": "money", "petrol": "energy", "diesel": "energy",
               "foodstuffs": "grain",
               "cereal": "grain", "cereals": "grain", "wheat": "grain", "maize": "grain", "corn": "grain",
               "flour": "grain", "rice": "grain", "food": "grain", "oil": "energy", "gas": "energy", "fuel": "energy",
               "electricity": "energy", "coal": "energy"}
# Words of any deal's terms, which tell no side: help of any kind is what both sides of a deal give.
_ANY_TERMS = frozenset({"aid", "help", "assistance", "support", "supplies", "supply", "deliveries"})
# The acts of any deal and the words that tell an exchange, which a passage telling it need not use.
_DEAL_WORDS = frozenset(stem(w) for w in (
    "give", "gives", "giving", "gave", "get", "gets", "getting", "got", "send", "sends", "sending", "offer", "offered",
    "offers", "receive", "received", "provide", "provided", "seek", "seeks", "sought", "take", "trade", "trades",
    "traded", "trading", "swap", "swaps", "swapped", "exchange", "return", "rather", "pay", "pays", "paid", "paying",
    "payment", "price", "compensation", "compensated", "because", "agree", "agreed", "promise", "promised", "deal"))
# Share of the claim's other words the two passages must hold between them: the claim says no more than the deal.
MIN_CLAIM_COVER = 0.75
# An amount of money or goods the claim gives ("$300 million", "a billion dollars", "thousands of tonnes"): a detail
# of the deal the passages would have to give too.
_AMOUNT = re.compile(r"[$€£]|\d|\b(?:million|billion|dollars?|roubles?|rubles?|euros?|tonnes?|tons?|barrels?)\b",
                     re.IGNORECASE)


# Terms a claim sets aside ("grain rather than money", "not cash"): the other side, named to be denied.
_SET_ASIDE = re.compile(r"\b(?:rather\s+than|instead\s+of|not)\s+[^,.;:!?]+", re.IGNORECASE)


_PAYING = re.compile(r"\bpa(?:y|ys|id|ying|yments?)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Exchange:
    """A passage telling a deal's terms: where it is, its text and its term words (``term_words``)."""

    article: str
    start: int
    end: int
    text: str
    terms: frozenset[str]


def _kind(word: str) -> str:
    """A lower-cased word as the kind of thing it names ("cash" -> "money"), else its stem."""
    return _TERM_KINDS.get(word, stem(word))


def term_words(text: str) -> frozenset[str]:
    """The words of ``text`` that name what is given, by kind ("Russian financial aid" -> {"money"}; "energy and grain
    from Moscow" -> {"energy", "grain"}): lower-case words only, so the parties' names are no terms."""
    words = {w.lower() for w in re.findall(r"\b[a-z][a-z-]+\b", text)}
    return frozenset(_kind(w) for w in words & content_words(text) - _ANY_TERMS)


def _claim_terms(text: str) -> frozenset[str]:
    """``term_words`` of a claim, with a payment's word in capitals too ("Russian CASH")."""
    return term_words(text) | frozenset(_TERM_KINDS[w.lower()] for w in re.findall(r"[A-Za-z]+", text)
                                        if w.lower() in _TERM_KINDS)


def exchanges(article: str, start: int, end: int, text: str) -> Exchange | None:
    """The passage as an ``Exchange`` when it tells a deal's terms ("in exchange for ...", "in return for ..."), else
    None."""
    m = _TERMS.search(text)
    if m is None:
        return None
    terms = term_words(m.group("terms"))
    return Exchange(article, start, end, text, terms) if terms else None


def other_terms(claim: str, passage: str) -> bool:
    """True when the claim and the passage both tell one deal's terms ("in exchange for ...", "in return for ...")
    and the terms share no kind of thing ("for cash" against "for energy and grain"; "for oil" is energy, "for
    dollars" money). One deal: the passage holds ``MIN_CLAIM_COVER`` of what the claim says is given, by whom and to
    whom (the words before its terms), so a speaker's other deal ("boats for port access") is no other terms."""
    said, told = _TERMS.search(claim), _TERMS.search(passage)
    if said is None or told is None:
        return False
    said_terms, told_terms = term_words(said.group("terms")), term_words(told.group("terms"))
    return bool(said_terms) and bool(told_terms) and not said_terms & told_terms \
        and _says_no_more(claim[:said.start()], passage[:told.start()])


def _shares_a_party(claim: str, passage: str, terms: frozenset[str]) -> bool:
    claim_words = {w for w in content_words(claim) if _kind(w) not in terms}
    return any(w == p or same_word(w, p) for w in claim_words for p in content_words(passage))


def disputed_terms(claim: str, told: list[Exchange], origin: dict[str, str]) -> tuple[Exchange, Exchange] | None:
    """Return (the passage whose terms the claim gives, one of another origin giving other terms) when the claim
    tells what a deal gives in return and the pile tells that deal on terms that share nothing; else None.

    Both passages must share a word with the claim beyond the terms (a party, what is sent); the claim takes the
    side whose terms it names ("Kim trades troops for energy and grain"; "paid for with cash" names money).
    """
    if not _EXCHANGE_CLAIM.search(claim) or _AMOUNT.search(claim):
        return None
    claimed = _claim_terms(claim)
    # what the claim gives as the deal's terms, less what it sets aside ("grain rather than money")
    # (the verb of paying is no term: "paid for with grain")
    affirmed = _claim_terms(_PAYING.sub(" ", _SET_ASIDE.sub(" ", claim)))
    about = [t for t in told if _shares_a_party(claim, t.text, t.terms)]
    for side in about:
        if not side.terms & claimed:
            continue
        for other in about:
            # (not the same deal told the other way round: "troops for oil" against "oil for the troops")
            if origin.get(other.article, other.article) != origin.get(side.article, side.article) \
                    and not other.terms & side.terms and not other.terms & affirmed \
                    and _says_no_more(claim, side.text + " " + other.text):
                return side, other
    return None


def _says_no_more(claim: str, passages: str) -> bool:
    """True when ``passages`` hold ``MIN_CLAIM_COVER`` of the claim's words other than the acts of a deal, terms of
    one kind counting as one ("cereal" for "grain"): "... and the deal was sealed at a summit" says more."""
    told = alike({_kind(w) for w in content_words(passages)})  # ("troops" for "reinforcements")
    words = {_kind(w) for w in content_words(claim)} - _DEAL_WORDS - _ANY_TERMS
    if not words:
        return False
    held = sum(1 for w in words if w in told or any(same_word(w, t) for t in told))
    return held / len(words) >= MIN_CLAIM_COVER
