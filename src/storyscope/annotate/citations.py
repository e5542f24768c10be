"""Outlets an article cites ("according to a report by Bild", "told the Express", "Source: Krone").

Pure regular expressions over the text (citations.rules.v1): a cue pattern plus
an outlet-name test, so that people ("told journalists", "told Nato members")
are not taken for outlets. The agency of a wire dateline ("OSK (AP) — ") is a
citation with the cue "dateline", and the outlet of a republication notice ("This
article originally appeared in The Osk Herald.") one with the cue "republished
from": the article carries that outlet's report.
"""

from __future__ import annotations

import re

from storyscope.annotate.datelines import Dateline, find_datelines
from storyscope.model import DATELINE_CUE, REPUBLISHED_CUE, Citation

# Outlets named often enough in news about news to recognise on sight.
KNOWN_OUTLETS = frozenset({
    "Reuters", "AP", "AFP", "BBC", "CNN", "Bild", "Express", "Izvestia", "TASS", "Tass", "RIA Novosti",
    "RIA", "Interfax", "Regnum", "Krone", "Guardian", "Telegraph", "Times", "Sun", "Mirror",
    "Daily Mail", "Mail", "Independent", "Politico", "Bloomberg", "Axios", "Yonhap", "KCNA",
    "NK News", "Kyiv Independent", "Ukrainska Pravda", "Meduza", "Kommersant", "Vedomosti",
    "RT", "Sputnik", "Al Jazeera", "Fox News", "NBC", "CBS", "ABC", "Sky News", "Spiegel",
    "Der Spiegel", "Le Monde", "Die Welt", "Welt", "Kronen Zeitung", "Newsweek", "Kyodo",
    "Xinhua", "Ukrinform", "Euronews", "Deutsche Welle", "DW", "NPR", "Axel Springer",
})
# Last words that mark a name as a news outlet ("Washington Post", "Channel 4 News").
OUTLET_NAME_WORDS = frozenset({
    "Times", "Post", "Express", "Mail", "Telegraph", "Guardian", "Journal", "News", "Herald", "Tribune",
    "Gazette", "Sun", "Mirror", "Star", "Independent", "Observer", "Standard", "Zeitung", "Pravda",
    "Izvestia", "Agency", "TV", "Radio", "Television", "Press", "Today", "Daily", "Magazine",
    "Review", "Chronicle", "Post-Gazette", "Courier", "Bulletin", "Report", "Wire", "Insider",
    "Asia", "Network", "Broadcasting", "Channel", "Online", "Monitor", "Week", "Weekly",
})
# Nouns that introduce an outlet name right after them ("news agency Regnum").
OUTLET_NOUNS = (r"news agency|newspaper|daily|tabloid|broadcaster|channel|magazine|outlet|agency|"
                r"website|news site|paper|weekly|TV station|radio station|TV channel|news portal")
# Capitalised words that are never an outlet name after a cue.
NOT_OUTLETS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                         "January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December", "I", "He", "She", "They", "We"})

# A nationality adjective is never an outlet ("a Russian news agency").
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ian|an|ese|ish|i)")
# A capitalised word; a dot only inside an abbreviation ("U.S."), never before a space.
_WORD = r"(?:[\w’'&-]|\.(?=\w))*"
_NAME = (r"[“\"‘']?(?P<name>(?<![\w’'&.-])(?-i:[A-Z])" + _WORD + r"(?:[ \t]+(?:of[ \t]+|de[ \t]+|&[ \t]+)?(?-i:[A-Z0-9])"
         + _WORD + r"){0,5})[”\"’']?")
_STATE_MEDIA = r"(?P<name>(?:(?<!\w)(?-i:[A-Z])\w+[ \t]+)?state[ \t-](?:TV|television|media|broadcaster|news agency))"

# A republication notice: "This article originally appeared in The Osk Herald.", "Republished with permission
# from the Velm Courier", "This story was first published by Norpress".
_REPUBLISHED = re.compile(
    r"(?im)(?:(?:\bthis (?:article|story|piece|post|column|op-ed|commentary) "
    r"(?:was |is |has been )?(?:originally |first )?(?:appeared|published|ran|posted|republished)|"
    r"^[ \t]*(?:originally|first) (?:appeared|published|posted|ran))"
    r" (?:in|on|by|at|from|under a [\w ]{1,40}licen[cs]e from)|"
    r"\b(?:re-?published|reprinted)(?: here)?(?: with (?:kind )?permission)? from)"
    r" (?:the )?" + _NAME)
# Words after a republication cue that name no outlet: a date, a season, an issue, a language.
_NOT_PUBLISHERS = frozenset({"Spring", "Summer", "Autumn", "Fall", "Winter", "Issue", "Edition", "Print", "Part"})
# (pattern, whether any capitalised name qualifies or it must look like an outlet)
PATTERNS: tuple[tuple[re.Pattern[str], bool], ...] = (
    (re.compile(r"(?i)\baccording to (?:a |the |an )?(?:new |recent |latest |exclusive )?"
                r"(?:report|reports|article|story|interview|investigation)s? (?:by|in|from|of|with) (?:the )?" + _NAME),
     True),
    (re.compile(r"(?i)\b(?:according to|told|via|citing|cited by|reported by|in an interview with|"
                r"speaking to|writing in|wrote in) (?:the )?(?:[\w-]+ )?(?:" + OUTLET_NOUNS + r") " + _NAME),
     True),
    (re.compile(r"(?i)\b(?:according to|told|via|citing|cited by|reported by|in an interview with|"
                r"speaking to|writing in|wrote in) (?:the )?" + _NAME), False),
    (re.compile(r"(?i)\bquoted from (?:the )?" + _NAME + r"(?=\s*[,.:;])"), True),
    (re.compile(r"(?i)\bwith (?:additional |further )?reporting (?:by|from) (?:the )?" + _NAME), False),
    (re.compile(r"\b(?:" + OUTLET_NOUNS + r") " + _NAME), True),
    # "the Norpress news agency claimed", "first carried by the Norpress news agency"
    (re.compile(_NAME + r" (?:news agency|newspaper|tabloid|broadcaster|news portal|news site|TV channel)\b"), True),
    (re.compile(r"(?im)^[ \t]*(?:source|sources|via|quelle)[ \t]*:[ \t]*(?P<name>[^\n]{1,60}?)[ \t]*$"), True),
    (re.compile(r"(?i)\b(?:via|on|from|according to|told) " + _STATE_MEDIA), True),
    (re.compile(r"(?i)" + _STATE_MEDIA + r" (?:reported|reports|said|says|claimed|broadcast|aired|showed)\b"),
     True),
    (re.compile(_NAME + r" (?:first |originally |exclusively |earlier )?"
                r"(?:reported|reports|said|says|claimed|wrote|revealed|broadcast)\b"), False),
)


def is_outlet_name(name: str) -> bool:
    """True when ``name`` is a known outlet or ends in an outlet word ("... Post")."""
    if name in KNOWN_OUTLETS:
        return True
    last = name.split()[-1] if name.split() else ""
    return last in OUTLET_NAME_WORDS and len(name.split()) > 1 or last in KNOWN_OUTLETS and name.startswith("The ")


def _outlet_name(raw: str) -> str:
    """The outlet name a pattern caught, without quotes, end punctuation or a leading article ("The Osk Herald"
    -> "Osk Herald", unless the article is part of a known name)."""
    name = raw.strip().strip("“”\"‘’'.,")
    article = re.match(r"(?:The|A|An) (?=\S)", name)
    if article and not is_outlet_name(name):
        name = name[article.end():]
    return name


def extract_citations(text: str, datelines: list[Dateline] | None = None) -> list[Citation]:
    """Outlet citations in ``text``, one per cue span, sorted by position; ``datelines``: ``find_datelines(text)``
    when the caller has them already."""
    found: list[Citation] = []
    taken: list[tuple[int, int]] = []
    for dateline in find_datelines(text) if datelines is None else datelines:
        if dateline.agency:
            end = dateline.agency_end + 1  # the closing bracket
            taken.append((dateline.start, end))
            found.append(Citation(outlet=dateline.agency, cue=DATELINE_CUE, start=dateline.start, end=end))
    for m in _REPUBLISHED.finditer(text):
        name = _outlet_name(m.group("name"))
        first = name.split()[0] if name else ""
        if name and first not in NOT_OUTLETS and first not in _NOT_PUBLISHERS \
                and not _DEMONYM.fullmatch(name) and not any(ch.isdigit() for ch in name):
            taken.append(m.span())
            found.append(Citation(outlet=name, cue=REPUBLISHED_CUE, start=m.start(), end=m.end()))
    for pattern, any_name in PATTERNS:
        for m in pattern.finditer(text):
            name = _outlet_name(m.group("name"))
            if not name or name in NOT_OUTLETS or _DEMONYM.fullmatch(name):
                continue
            if not any_name and not is_outlet_name(name):
                continue
            start, end = m.span()
            if any(s < end and start < e for s, e in taken):
                continue
            taken.append((start, end))
            name_s = m.start("name")
            cue = text[start:name_s].strip(" \t“”\"‘’'") or text[start:end]
            found.append(Citation(outlet=name, cue=cue, start=start, end=end))
    found.sort(key=lambda c: c.start)
    return found
