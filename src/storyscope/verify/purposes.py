"""What people are sent for, and claims that set one purpose against another where the sources tell both.

"Talvoria will send a battalion to fight at the Brenn front" in one article and "the Talvorian workers will be used
to rebuild Brenn" in another tell the people sent to Brenn as fighters and as builders. A claim that sets the two
purposes against each other ("they are going to fight, not to rebuild"; "for rebuilding rather than combat") takes
one side of sources that disagree, which ``check`` calls conflicting. Pure functions over passage texts.
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
# A claim that sets one purpose against the other.
_CONTRAST = re.compile(r"\b(?:not|rather\s+than|instead\s+of|more\s+\w+\s+than|than|but)\b", re.IGNORECASE)
_NAME = re.compile(r"\b[A-Z][\w'’-]+")


def purposes(text: str) -> frozenset[str]:
    """The purposes ``text`` tells people are sent for ("combat", "rebuild")."""
    return frozenset(p for p, words in PURPOSE_WORDS.items() if words.search(text))


def _names(text: str) -> set[str]:
    return {place_word(w.lower().replace("’", "'").removesuffix("'s")) for w in _NAME.findall(text)}


def claimed_purpose(claim: str) -> str | None:
    """The purpose a claim that sets the two against each other takes: the one it names first ("to fight, not to
    rebuild" -> "combat"; "for rebuilding rather than combat" -> "rebuild"); None when it does not set them so."""
    if purposes(claim) != frozenset(PURPOSE_WORDS) or not _CONTRAST.search(claim):
        return None
    return min(PURPOSE_WORDS, key=lambda p: PURPOSE_WORDS[p].search(claim).start())


def disputed_purpose(claim: str, passages: list[tuple[str, str]],
                     origin: dict[str, str]) -> tuple[tuple[str, str], tuple[str, str]] | None:
    """Return two ``(article, text)`` passages of different origins, the first telling the purpose the claim takes
    (``claimed_purpose``) and the second the other, when both share a name with the claim (a party, a place); else
    None."""
    side = claimed_purpose(claim)
    if side is None:
        return None
    other_side = next(p for p in PURPOSE_WORDS if p != side)
    names = _names(claim)
    about = [(a, t) for a, t in passages if names & _names(t)]
    for article, text in about:
        if purposes(text) != {side}:
            continue
        for other, other_text in about:
            if purposes(other_text) == {other_side} and origin.get(other, other) != origin.get(article, article):
                return (article, text), (other, other_text)
    return None
