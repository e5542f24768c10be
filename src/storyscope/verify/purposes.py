"""What people are sent for and who they are, and claims that set one against the other where the sources tell both.

"Talvoria will send a battalion to fight at the Brenn front" in one article and "the Talvorian workers will be used
to rebuild Brenn" in another tell the people sent to Brenn as fighters and as builders. A claim that sets the two
purposes against each other ("they are going to fight, not to rebuild"; "for rebuilding rather than combat") takes
one side of sources that disagree, which ``check`` calls conflicting. So does one that sets the two kinds of people
against each other ("they are construction workers rather than soldiers") where one article sends workers and
another soldiers and officers. Pure functions over passage texts.
"""

from __future__ import annotations

import re

from storyscope.verify.stance_rules import place_word

# The two purposes the sources of a war story set people to, and the words that tell each.
PURPOSE_WORDS = {
    "combat": re.compile(r"\b(?:fight(?:s|ing|ers?)?|combat|front[\s-]?lines?|frontline|assault|battle|"
                         r"(?:enter|join|take\s+part\s+in)\s+the\s+(?:war|conflict|fighting)|"
                         r"active\s+participant\s+in\b[^.]{0,40}\bwar)\b", re.IGNORECASE),
    "rebuild": re.compile(r"\b(?:rebuild(?:s|ing)?|reconstruct(?:s|ing|ion)?|repair(?:s|ing)?|construction|"
                          r"builders?|restor(?:e|es|ing)\s+infrastructure)\b", re.IGNORECASE),
}
# The two kinds of people the sources of a war story may say are sent, and the words that tell each.
KIND_WORDS = {
    # (not "aid workers", nor the Workers' Party)
    "civilian": re.compile(r"\b(?<!aid\s)(?<!health\s)(?:civilians?|(?:construction\s+)?workers?(?!['’]?\s+[Pp]arty)|"
                           r"builders?|labou?rers?|workforce)\b", re.IGNORECASE),
    "military": re.compile(r"\b(?:soldiers?|troops?|officers?|military\s+personnel|servicem[ae]n|"
                           r"(?:people['’]s\s+)?army)\b", re.IGNORECASE),
}
# A claim that sets one purpose against the other.
_CONTRAST = re.compile(r"\b(?:not|rather\s+than|instead\s+of|more\s+\w+\s+than|than|but\s+(?:not|to|for|as))\b",
                       re.IGNORECASE)
# Both told, not set against each other ("not only workers but also soldiers", "..., but soldiers are also expected").
_BOTH = re.compile(r"\bnot\s+only\b|\bbut\s+also\b|\b(?:also|too|as\s+well)\b", re.IGNORECASE)
_NAME = re.compile(r"\b[A-Z][\w'’-]+")


def purposes(text: str, table: dict[str, re.Pattern] = PURPOSE_WORDS) -> frozenset[str]:
    """The purposes ``text`` tells people are sent for ("combat", "rebuild"), or with ``KIND_WORDS`` the kinds of
    people it tells are sent ("civilian", "military")."""
    return frozenset(p for p, words in table.items() if words.search(text))


def _names(text: str) -> set[str]:
    return {place_word(w.lower().replace("’", "'").removesuffix("'s")) for w in _NAME.findall(text)}


def claimed_purpose(claim: str, table: dict[str, re.Pattern] = PURPOSE_WORDS) -> str | None:
    """The purpose a claim that sets the two against each other takes: the one it names first ("to fight, not to
    rebuild" -> "combat"; "for rebuilding rather than combat" -> "rebuild"), or with ``KIND_WORDS`` the kind
    ("construction workers rather than soldiers" -> "civilian"); None when it does not set them so."""
    if purposes(claim, table) != frozenset(table):
        return None
    first, second = sorted((table[p].search(claim) for p in table), key=lambda m: m.start())
    # (the contrast between the two: not "paying more than $1 billion for its troops and workers"; nor "not only
    # workers but also soldiers", which tells both)
    if not _CONTRAST.search(claim, first.end(), second.start()) or _BOTH.search(claim):
        return None
    return min(table, key=lambda p: table[p].search(claim).start())


def disputed_purpose(claim: str, passages: list[tuple[str, str]], origin: dict[str, str],
                     table: dict[str, re.Pattern] = PURPOSE_WORDS) -> tuple[tuple[str, str], tuple[str, str]] | None:
    """Return two ``(article, text)`` passages of different origins, the first telling the purpose the claim takes
    (``claimed_purpose``) and the second the other, when both share a name with the claim (a party, a place); else
    None. With ``KIND_WORDS`` as ``table``, the kinds of people sent instead (``disputed_kind``)."""
    side = claimed_purpose(claim, table)
    if side is None:
        return None
    other_side = next(p for p in table if p != side)
    names = _names(claim)
    about = [(a, t) for a, t in passages if names & _names(t)]
    for article, text in about:
        if purposes(text, table) != {side}:
            continue
        for other, other_text in about:
            if purposes(other_text, table) == {other_side} \
                    and origin.get(other, other) != origin.get(article, article):
                return (article, text), (other, other_text)
    return None


def disputed_kind(claim: str, passages: list[tuple[str, str]],
                  origin: dict[str, str]) -> tuple[tuple[str, str], tuple[str, str]] | None:
    """``disputed_purpose`` for the kinds of people sent: "the North Koreans sent are construction workers rather
    than soldiers" where one article sends workers and another, of another origin, soldiers and officers."""
    return disputed_purpose(claim, passages, origin, KIND_WORDS)
