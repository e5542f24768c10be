"""How the story moved in time: publications, and claims that name their own date."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from storyscope.corpus._text import UNDATED
from storyscope.model import AnnotatedArticle, Claim, TimelineEvent

_MONTH_NUM = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
# The month names of ``_MONTH_NUM`` as a prefix tree: Python's ``re`` tries a
# flat alternation's branches one by one at every word boundary, which made
# date resolution the slowest part of the timeline on large corpora.
_MONTH = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_DIGIT_RE = re.compile(r"\d")
# Every month name starts with one of these: a text without any has no date.
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# "19 June", "19th June 2024", "June 19", "June 19, 2024", "July 13th". Month
# names need a capital letter so the modal "may" is never a month.
_DAY_MONTH_RE = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?((?i:{_MONTH}))\.?(?:,?\s+(\d{{4}}))?\b"
)
_MONTH_DAY_RE = re.compile(rf"\b((?i:{_MONTH}))\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?")
# "in February 2022": a month of a named year (reduced precision, ``YYYY-MM``).
_MONTH_YEAR_RE = re.compile(rf"\b((?i:{_MONTH}))\.?,?\s+(\d{{4}})\b")
# "last September", "next March", "this July": a month placed relative to the publication date.
_RELATIVE_MONTH_RE = re.compile(rf"\b(?i:(last|next|this))\s+((?i:{_MONTH}))\b")
# "last month", "next year", "yesterday", "today".
_RELATIVE_PERIOD_RE = re.compile(r"\b(?:(last|next|this)\s+(month|year)|(yesterday|today))\b", re.IGNORECASE)
_RELATIVE_WORDS = ("last ", "next ", "this ", "yesterday", "today")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# "on Sunday", "late on Monday", "since Sunday", "next Friday"; capitalised, so never a common word.
_WEEKDAY_RE = re.compile(r"\b(?:(?i:(last|next|this))\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
                         r"(?!,?\s+(?:\d|(?i:" + _MONTH + r")\b))")
# Words just before a weekday that put it after the publication date ("will leave on Wednesday"); only
# this close, so "X will send ..., the minister announced on Tuesday" stays in the past.
FUTURE_WINDOW_WORDS = 6
_FUTURE_RE = re.compile(r"\b(?:will|would|shall|'ll|’ll|is due|are due|is set|are set|plans?|expected|scheduled)\b",
                        re.IGNORECASE)
# A month-year this close after "since" dates where a state began, not the event the sentence reports.
SINCE_WINDOW_CHARS = 50
# A summary longer than this is cut with an ellipsis.
SUMMARY_MAX_CHARS = 200


def _capitalised(month: str) -> bool:
    return month[:1].isupper()


def resolve_dates(text: str, published: str | None) -> list[str]:
    """Calendar dates in ``text``: ``YYYY-MM-DD`` for a day, ``YYYY-MM`` for a month, ``YYYY`` for a year.

    A date without a year takes the year (of ``published``'s year and the one
    before) that puts it closest to ``published``: "On 19 June" in an article
    of 2024-06-26 is 2024-06-19, "December 30" in one of 2024-01-03 is
    2023-12-30. Relative dates resolve against ``published`` too: "last
    September" in that June 2024 article is 2023-09, "next month" 2024-07,
    "yesterday" 2024-06-25. "In February 2022" is 2022-02. Without a year and
    without ``published`` nothing resolves; a month alone ("in March") never does.
    """
    low = text.lower()
    try:
        pub = date.fromisoformat(published) if published else None
    except ValueError:  # (a date that does not exist, from a store written before ingest checked them)
        pub = None
    found: list[str] = []
    if pub and any(word in low for word in _RELATIVE_WORDS):
        found.extend(_relative(text, pub))
    if pub and any(day in low for day in _WEEKDAYS):
        found.extend(_weekdays(text, pub))
    if not _DIGIT_RE.search(text) or not any(stem in low for stem in _MONTH_STEMS):
        return sorted(set(found))
    days: list[tuple[int, int]] = []
    for m in _DAY_MONTH_RE.finditer(text):
        if _capitalised(m.group(2)):
            found.extend(_resolve(int(m.group(1)), m.group(2), m.group(3), pub))
            days.append(m.span())
    for m in _MONTH_DAY_RE.finditer(text):
        if _capitalised(m.group(1)):
            found.extend(_resolve(int(m.group(2)), m.group(1), m.group(3), pub))
            days.append(m.span())
    for m in _MONTH_YEAR_RE.finditer(text):
        inside_a_day = any(s <= m.start() < e or s < m.end() <= e for s, e in days)
        # "... grown closer since the invasion in February 2022": the start of a state, not the sentence's event
        since = "since " in low[max(0, m.start() - SINCE_WINDOW_CHARS):m.start()]
        if _capitalised(m.group(1)) and not inside_a_day and not since:
            found.append(f"{int(m.group(2)):04d}-{_MONTH_NUM[m.group(1).lower().rstrip('.')]:02d}")
    return sorted(set(found))


def _weekdays(text: str, pub: date) -> list[str]:
    """Days named by weekday, resolved against the publication date ``pub``.

    News reports name the days of the past week: "on Sunday" is the latest
    Sunday on or before ``pub``. Just after a future marker ("will", "would",
    "is expected to") it is the first such day on or after ``pub``; "next
    Sunday" is the first strictly after it, "last Sunday" the latest strictly before it.
    """
    out = []
    for m in _WEEKDAY_RE.finditer(text):
        which = (m.group(1) or "").lower()
        target = _WEEKDAYS.index(m.group(2).lower())
        back = (pub.weekday() - target) % 7
        ahead = (target - pub.weekday()) % 7 or (7 if which == "next" else 0)
        before = text[:m.start()].split()[-FUTURE_WINDOW_WORDS:]
        future = which == "next" or (not which and _FUTURE_RE.search(" ".join(before)) is not None)
        if future:
            day = pub + timedelta(days=ahead)
        else:
            day = pub - timedelta(days=back or (7 if which == "last" else 0))
        out.append(day.isoformat())
    return out


def _relative(text: str, pub: date) -> list[str]:
    """Dates named relative to the publication date ``pub`` ("last September", "next month", "yesterday")."""
    out = []
    for m in _RELATIVE_MONTH_RE.finditer(text):
        if not _capitalised(m.group(2)):
            continue
        month = _MONTH_NUM[m.group(2).lower().rstrip(".")]
        which = m.group(1).lower()
        year = pub.year
        if which == "last" and month >= pub.month:
            year -= 1
        elif which == "next" and month <= pub.month:
            year += 1
        out.append(f"{year:04d}-{month:02d}")
    for m in _RELATIVE_PERIOD_RE.finditer(text):
        which, unit, day_word = (g.lower() if g else g for g in m.groups())
        if day_word:
            out.append((pub - timedelta(days=1) if day_word == "yesterday" else pub).isoformat())
        elif unit == "year":
            out.append(f"{pub.year + {'last': -1, 'next': 1, 'this': 0}[which]:04d}")
        else:
            index = pub.year * 12 + pub.month - 1 + {"last": -1, "next": 1, "this": 0}[which]
            out.append(f"{index // 12:04d}-{index % 12 + 1:02d}")
    return out


def _resolve(day: int, month_name: str, year: str | None, pub: date | None) -> list[str]:
    month = _MONTH_NUM[month_name.lower().rstrip(".")]
    if year:
        years = [int(year)]
    elif pub:
        years = [pub.year, pub.year - 1, pub.year + 1]
    else:
        return []
    options = []
    for y in years:
        try:
            options.append(date(y, month, day))
        except ValueError:
            continue
    if not options:
        return []
    if pub and not year:
        options.sort(key=lambda d: (abs((d - pub).days), d))
    return [options[0].isoformat()]


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SUMMARY_MAX_CHARS else text[: SUMMARY_MAX_CHARS - 3] + "..."


def build_timeline(
    articles: Sequence[AnnotatedArticle], claims: Sequence[Claim]
) -> tuple[TimelineEvent, ...]:
    """Dated events: one per article publication, one per dated claim.

    Args:
        articles: annotated articles, any order.
        claims: grouped claims (``group_claims``).

    Returns:
        Events sorted by date, publications before claim events on the same
        day. A publication event's ``summary`` is the title and its
        ``claims`` the claims first seen in that article (earliest dated
        mention) that have no date of their own. A claim event comes from an explicit date in a mention's
        text resolved against its article's date; mentions of one claim
        naming one date share one event.
    """
    by_id = {a.article.id: a.article for a in articles}
    first_seen: dict[str, list[str]] = {}
    for c in claims:
        dated = sorted(
            (by_id[m.article].published, m.article)
            for m in c.mentions
            if m.article in by_id and by_id[m.article].published
        )
        if dated:
            first_seen.setdefault(dated[0][1], []).append(c.id)

    events: list[tuple[str, int, str, tuple[str, ...], tuple[str, ...], bool]] = []
    claim_events: dict[tuple[str, str], tuple[str, set[str]]] = {}
    # Copies and relays repeat a sentence word for word: resolve each
    # (text, publication date) once.
    resolved: dict[tuple[str, str | None], list[str]] = {}
    for c in claims:
        for m in c.mentions:
            art = by_id.get(m.article)
            if art is None:
                continue
            key = (m.text, art.published)
            days = resolved.get(key)
            if days is None:
                days = resolved[key] = resolve_dates(m.text, art.published)
            for day in days:
                entry = claim_events.setdefault((day, c.id), (_short(m.text), set()))
                entry[1].add(m.article)
    for (day, cid), (summary, arts) in claim_events.items():
        events.append((day, 1, summary, tuple(sorted(arts)), (cid,), _after_publication(day, arts, by_id)))
    # (a claim with a date of its own stands on that date, not also on the day an article first told it: "signed
    # on 19 June" in an article of 26 June is no event of 26 June)
    dated = {cid for _, cid in claim_events}
    for art in sorted(by_id.values(), key=lambda a: a.id):
        if not art.published:
            continue
        cids = tuple(sorted((c for c in first_seen.get(art.id, ()) if c not in dated),
                            key=lambda x: int(x[1:]) if x[1:].isdigit() else 0))
        events.append((art.published, 0, _short(art.title or art.id), (art.id,), cids, False))

    events.sort(key=lambda e: (e[0] or UNDATED, e[1], e[3], e[4], e[2]))
    return tuple(TimelineEvent(date=full, summary=s, articles=a, claims=c, precision=precision, expected=expected)
                 for d, _, s, a, c, expected in events for full, precision in (full_date(d),))


def _after_publication(day: str, articles: set[str], by_id: dict) -> bool:
    """True when ``day`` ("YYYY", "YYYY-MM" or "YYYY-MM-DD") falls after the publication of every one of ``articles``
    (compared at the day's own precision: "2024-07" is after "2024-06-26", "2024-06" is not)."""
    published = [by_id[a].published for a in articles if a in by_id]
    return bool(published) and all(p and day > p[:len(day)] for p in published)


def full_date(value: str) -> tuple[str, str]:
    """Return ``(YYYY-MM-DD, precision)`` for a resolved date: "2023-09" -> ("2023-09-01", "month")."""
    if len(value) == 4:
        return f"{value}-01-01", "year"
    if len(value) == 7:
        return f"{value}-01", "month"
    return value, "day"
