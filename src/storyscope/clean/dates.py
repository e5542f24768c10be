"""Publication dates from the short date lines of a page ("26th Jun 24 2:17 pm").

Pure regex, English month names. Only whole date *lines* are parsed by the
cleaner: a date inside an article paragraph ("On 19 June Putin ...") is an
event date, not the publication date.
"""

from __future__ import annotations

import datetime as dt
import re

# Two-digit years below this are 20xx, the rest 19xx: a news page dated "99"
# is from 1999, one dated "24" from 2024.
TWO_DIGIT_YEAR_PIVOT = 70
# Years outside this range are page furniture (copyright ranges, ids), not dates.
MIN_YEAR, MAX_YEAR = 1990, 2100
# A date line holds the date plus a few words ("Published:", "By Jane Roe -",
# "2:17 pm CST"); with more words left over it is a sentence that mentions a date.
MAX_DATELINE_EXTRA_WORDS = 8

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_ORD = r"(?:st|nd|rd|th)?"
_PATTERNS = (
    # 2024-06-26, 2024-06-26T10:00:00
    re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)"),
    # 26 June 2024, 26th Jun 24, 26 June, 2024
    re.compile(rf"\b(?P<d>\d{{1,2}}){_ORD}(?:\s+of)?\s+{_MONTH},?\s+(?P<y>\d{{4}}|\d{{2}})\b", re.I),
    # June 26, 2024 / Nov 19, 2019
    re.compile(rf"\b{_MONTH}\s+(?P<d>\d{{1,2}}){_ORD},?\s+(?P<y>\d{{4}})\b", re.I),
    # 26.06.2024 (day first wherever dots are used)
    re.compile(r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})\b"),
    # 06/26/2024 or 26/06/2024; an ambiguous order is rejected below
    re.compile(r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4})\b"),
)
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}\b)?", re.I)
_WORD = re.compile(r"[^\W\d_]+")
_UPDATED = re.compile(r"\b(?:updated|modified|edited)\b", re.I)


def _to_iso(match: re.Match[str]) -> str | None:
    parts = match.groupdict()
    year = int(parts["y"])
    if len(parts["y"]) == 2:
        year += 2000 if year < TWO_DIGIT_YEAR_PIVOT else 1900
    if parts.get("mon"):
        month = _MONTHS[parts["mon"][:3].lower()]
    elif parts.get("a"):
        a, b = int(parts["a"]), int(parts["b"])
        if a <= 12 and b <= 12 and a != b:
            return None  # 03/04/2024: no way to tell day from month
        month, day = (a, b) if b > 12 else (b, a)
        parts["d"] = str(day)
    else:
        month = int(parts["m"])
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return dt.date(year, month, int(parts["d"])).isoformat()
    except ValueError:
        return None


def find_date(text: str) -> tuple[str, int, int] | None:
    """Find the first valid calendar date in ``text``.

    Args:
        text: any string.

    Returns:
        ``(YYYY-MM-DD, start, end)`` for the earliest date, or None.
    """
    best: tuple[str, int, int] | None = None
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if best is not None and match.start() >= best[1]:
                break
            iso = _to_iso(match)
            if iso is not None:
                best = (iso, match.start(), match.end())
                break
    return best


def parse_date(text: str) -> str | None:
    """Return the first date in ``text`` as ``YYYY-MM-DD``, or None."""
    found = find_date(text)
    return found[0] if found else None


def dateline(line: str) -> tuple[str, bool] | None:
    """Read a line that is only a date stamp ("Published: June 26, 2024 10:31 am").

    Args:
        line: one line of page text.

    Returns:
        ``(YYYY-MM-DD, is_update)`` when the line is a date stamp, else None.
        ``is_update`` marks "Updated ..." stamps, which rank below publication dates.
    """
    found = find_date(line)
    if found is None:
        return None
    rest = _TIME.sub(" ", line[: found[1]] + " " + line[found[2] :])
    if len(_WORD.findall(rest)) > MAX_DATELINE_EXTRA_WORDS:
        return None
    return found[0], bool(_UPDATED.search(line[: found[1]]))
