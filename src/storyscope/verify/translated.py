"""Claims in the English of a machine translation or a non-native writer, in the forms the articles use.

"Minister of Defence of Kessia Brask" is "Kessia's Defence Minister Brask"; "It was informed by Norpress that P" is
"Norpress reported that P"; "Agreement of defence" is "defence agreement"; "in exchange of" is "in exchange for";
"the side of Kessia" is "Kessia"; "24 of October" is "24 October". Pure string functions; any other text unchanged.
"""

from __future__ import annotations

import re

from storyscope.verify.stance_rules import MONTHS

# A country's name: one word, or two that open with a word that names no country alone ("United States").
_COUNTRY = r"(?:(?:United|North|South|New|Saudi|Czech|Dominican|Sri|Costa|El)\s+)?[A-Z][\w'’-]*"
# Portfolios a minister "of" holds, and the title the articles give them.
_PORTFOLIO_TITLES = {"foreign affairs": "Foreign", "defence": "Defence", "defense": "Defense", "internal affairs": "Interior",
                     "interior": "Interior", "finance": "Finance", "economy": "Economy", "justice": "Justice",
                     "health": "Health", "energy": "Energy", "trade": "Trade", "agriculture": "Agriculture"}
_MINISTER_OF = re.compile(r"\b(?P<title>Minister|Ministers)\s+of\s+(?P<portfolio>" + "|".join(
    p.replace(" ", r"\s+") for p in sorted(_PORTFOLIO_TITLES, key=len, reverse=True)) + r")"
    r"(?:\s+of\s+(?P<country>(?:the\s+)?" + _COUNTRY + r"))?(?=\s+[A-Z]|\s*,|\s+(?:said|says|told|stated|called|urged)\b)",
    re.IGNORECASE)
# "President of Russia Putin": the office of a country before its holder's name.
_OFFICE_OF = re.compile(r"\b(?P<office>President|Prime\s+Minister|Premier|Chancellor|Leader|Head)\s+of\s+"
                        r"(?P<country>(?:the\s+)?" + _COUNTRY + r")\s+(?=[A-Z][a-z])")
# "It was informed by X that P", "It is informed that P", "It was reported by X that P".
_INFORMED = re.compile(r"^\s*It\s+(?:was|is|has\s+been)\s+(?:informed|reported|communicated|announced|stated)"
                       r"(?:\s+by\s+(?P<source>[^,]+?))?\s+that\s+(?P<said>\S.*)$", re.IGNORECASE)
_INFORMATION_OF = re.compile(r"\b(?:according\s+to|by)\s+(?:the\s+)?(?:information|data|words|statement)\s+of\s+",
                             re.IGNORECASE)
# "Agreement of defence between A and B": a compact of its kind, as the articles write it ("defence agreement").
_COMPACT_OF = re.compile(r"\b(?P<compact>[Aa]greement|[Tt]reaty|[Pp]act|[Aa]ccord)\s+of\s+(?P<kind>defen[cs]e|"
                         r"mutual\s+defen[cs]e|cooperation|co-operation|partnership|friendship|alliance|assistance|"
                         r"security)\b")
_EXCHANGE_OF = re.compile(r"\bin\s+exchange\s+of\b", re.IGNORECASE)
_SIDE_OF = re.compile(r"\b(?:with|from|by)\s+the\s+side\s+of\s+(?=[A-Z])")
_DAY_OF_MONTH = re.compile(r"\b(?P<day>\d{1,2})\s+of\s+(?P<month>" + "|".join(m.capitalize() for m in MONTHS) + r")\b")


def translated_plainly(claim: str) -> str:
    """Return ``claim`` with a translation's forms as the articles write them (see the module's docstring)."""
    m = _INFORMED.match(claim)
    if m:
        said = m.group("said")
        claim = f"{m.group('source').strip()} reported that {said}" if m.group("source") \
            else f"It was reported that {said}"

    def minister(m: re.Match) -> str:
        portfolio = _PORTFOLIO_TITLES[" ".join(m.group("portfolio").lower().split())]
        owner = f"{m.group('country').removeprefix('the ')}'s " if m.group("country") else ""
        return f"{owner}{portfolio} {m.group('title')}"

    claim = _MINISTER_OF.sub(minister, claim)
    claim = _OFFICE_OF.sub(lambda m: f"{m.group('country').removeprefix('the ')}'s {m.group('office')} ", claim)
    claim = _INFORMATION_OF.sub("according to ", claim)
    claim = _COMPACT_OF.sub(lambda m: f"{m.group('kind').lower()} {m.group('compact').lower()}", claim)
    claim = _EXCHANGE_OF.sub("in exchange for", claim)
    claim = _SIDE_OF.sub(lambda m: m.group(0).split()[0] + " ", claim)
    claim = _DAY_OF_MONTH.sub(lambda m: f"{m.group('day')} {m.group('month')}", claim)
    return claim[:1].upper() + claim[1:]
