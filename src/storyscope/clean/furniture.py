"""Line-level lexicon and shape tests for web furniture in flattened page text.

Each test looks at one line. The walk that uses them (and the state it keeps
across lines: related blocks, the comment section) lives in ``text.py``.
Thresholds here and in ``text.py`` were set on ``shared/seeds``
(``tests/clean/test_seeds.py``) and on the flattened-text half of
``shared/data/extraction/dev`` (the benchmark's 4-shingle F1; no ``storyscope
bench`` harness for it yet): re-run both after changing one.
"""

from __future__ import annotations

import re

# An article paragraph has at least this many words; a headline, a menu entry
# or a button label rarely does while also ending like a sentence.
MIN_PARAGRAPH_WORDS = 10
# A short line ending like a sentence ("He denied it.") next to a paragraph is
# article text; below this it is a label ("Yes.", "Share!").
MIN_SENTENCE_WORDS = 4
# Headlines capitalise most words; prose capitalises names and sentence starts.
# Above this share of capitalised words a sentence-shaped line is a headline.
MAX_TITLECASE_RATIO = 0.7
# A header line that is a menu path ends with the headline after at most this
# many menu words ("Home Business News <headline>").
MAX_BREADCRUMB_WORDS = 6

_WORD = re.compile(r"\S+")
# Closing quotes and brackets that may follow a sentence's end mark ('... without delay.”').
SENTENCE_CLOSERS = "\"'”’)]»"
_SENTENCE_END = re.compile(r"[.!?:;][" + re.escape(SENTENCE_CLOSERS) + r"]*$")
_TEASER_END = re.compile(r"(?:\.\.\.|…|\[\s*(?:\.\.\.|…)\s*\])[\"'”’)\]]*$")


def _lexicon(entries: str) -> frozenset[str]:
    """Parse a ``|``- and newline-separated list of lower-case phrases."""
    return frozenset(e.strip() for e in entries.replace("\n", "|").split("|") if e.strip())

# Whole lines that are widgets, prompts or labels (compared lower-cased, with
# trailing punctuation and spaces stripped; see ``normalize``).
FURNITURE_LINES = _lexicon(
    """
    please enter your comment|please enter your name here|please enter your email address here
    leave a comment|leave a reply|post a comment|add a comment|cancel reply|comments|comment
    share post|share this|share this article|share this story|share|tweet|email|print|copy link
    share on facebook|share on twitter|share on whatsapp|share via email|facebook|twitter|whatsapp
    linkedin|reddit|pinterest|telegram|flipboard|previous post next post|previous post|next post
    previous article|next article|advertisement|advertising|sponsored|sponsored content|ad
    uncategorized|uncategorised|skip to content|skip to main content|read more|continue reading
    click here|menu|search|home|log in|login|sign in|subscribe|sign up|register|loading
    view comments|show comments|hide comments|follow us|related|more|close|back to top
    """
)

# Lines that open a block of links to other stories. INLINE blocks sit inside
# an article and end at the next article paragraph; TRAILING ones close a page,
# so a single sentence after them (a teaser) does not end them.
INLINE_RELATED = _lexicon(
    """
    read more related news|read more related stories|latest developments|also read|read also
    see also|related news|related coverage|more on this story|more on this|latest|watch|listen
    related content|read next|more about this|in other news
    """
)
TRAILING_RELATED = _lexicon(
    """
    related articles|related posts|related stories|more like this|you may also like
    you might also like|you may like|recommended|recommended for you|recommended stories
    more stories|more news|most popular|most read|most viewed|trending|trending now|popular posts
    recent posts|latest news|latest stories|top stories|don't miss|dont miss|editor's picks
    editors picks|what to read next|up next|more from this section|other news|from around the web
    """
)

# Prompts that open the comment section or post navigation: after article text
# has started, everything from here on is furniture.
END_MARKERS = (
    "please enter your comment",
    "leave a comment",
    "leave a reply",
    "post a comment",
    "add a comment",
    "your email address will not be published",
    "comments are closed",
    "you must be logged in to post a comment",
    "previous post next post",
    "join the conversation",
    "join the discussion",
)

# Comment-section headers with a count ("[ 167 comments ]", "12 Responses").
_END_PATTERN = re.compile(
    r"^\[?\s*\d+\s+(?:comments?|responses?|replies)\s*\]?$"
    r"|^(?:top rated|most recent|reader|read all|show all) comments$|^comments?\s*\(\d+\)$"
)
# Section headers of story listings ("More World", "More in Politics", "Trending News").
_RELATED_PATTERN = re.compile(
    r"^more [\w&'-]+$|^more (?:in|from|on|about) [\w&' .-]{2,40}$"
    r"|^(?:trending|top|latest|popular|related|recommended|recent|featured|most read|editor'?s?)"
    r" (?:news|stories|articles|posts|videos|headlines|reads|now|today|picks)$"
)

# Patterns anchored at the line start (tried once, at position 0) ...
_FURNITURE_STARTS = (
    r"^your email address will not be published",
    r"^\[[\w-]+(?:\s[^\]]*)?\]$",  # shortcodes: [ms-form id=1]
    r"^\d+\s+comments?$|^comments?\s*\(\d+\)$|^\d+$",
    r"^(?:sign up|subscribe)\b.{0,80}\b(?:newsletter|alerts?|updates|inbox|daily|weekly)\b",
    r"^(?:get|receive) (?:our|the) .{0,40}\b(?:newsletter|alerts?)\b",
    r"^share (?:on|via|this|post|article|story)\b",
    r"^(?:previous|next) (?:post|article|story)\b",
    r"^save my name, email, and website\b|^notify me of (?:follow-up comments|new posts)\b",
    r"^(?:©|\(c\)|copyright\b)",
    # listing timestamps ("32M ago", "updated 15M ago", "2 days ago at 07:52 am") and votes
    r"^(?:updated|published|posted)?\s*\d+\s*"
    r"(?:[smhdw]|mins?|minutes?|hrs?|hours?|days?|weeks?|months?)\s+ago\b",
    r"^rating: -?\d+ votes?$",
    r"^continue reading\b",
)
# ... and patterns found anywhere in the line, searched only when one of their words is there.
_FURNITURE_ANYWHERE = (
    r"\b(?:we|this (?:site|website)) uses? cookies\b|\baccept (?:all )?cookies\b",
    r"\bby continuing to (?:use|browse) (?:this|our) (?:site|website)\b",
    r"\ball rights reserved\b",
    r"\bclick(?:ing)? here\b.{0,40}$",
)
_ANYWHERE_WORDS = ("cookies", "continuing", "rights reserved", "click")
# One alternation each: matched once per line instead of once per pattern.
_FURNITURE_START = re.compile("|".join(f"(?:{p})" for p in _FURNITURE_STARTS))
_FURNITURE_IN = re.compile("|".join(f"(?:{p})" for p in _FURNITURE_ANYWHERE))
# A byline on its own line: "By Jane Roe", "By Jane Roe and John Doe, Reuters".
_BYLINE = re.compile(r"^by\s+[A-Z][\w.'-]*(?:[\s,]+(?:and\s+)?[A-Z][\w.'-]*){0,6}$")
# "Read more: <other headline>" on one line is a link, not a block header.
_RELATED_LINK = re.compile(
    r"^(?:read more|read also|also read|see also|related|more|watch|listen|recommended|must read"
    r"|read next|tags?|filed under|topics?|categor(?:y|ies)|related \w+)\s*:\s*\S",
)
_STRIP_TAIL = " \t:!.*|»›>-–—"


def normalize(line: str) -> str:
    """Lower-case ``line``, collapse spaces and strip trailing punctuation, for lexicon look-ups."""
    return " ".join(line.lower().split()).strip(_STRIP_TAIL).replace("’", "'")


def words(line: str) -> int:
    """Count whitespace-separated words in ``line``."""
    return len(_WORD.findall(line))


def is_furniture(norm: str, line: str = "") -> bool:
    """True when the line is a widget, prompt, byline or label on its own.

    Args:
        norm: the line through ``normalize``.
        line: the line as written (bylines are told by their capitals).
    """
    return (
        norm in FURNITURE_LINES
        or bool(_FURNITURE_START.match(norm))
        or (any(w in norm for w in _ANYWHERE_WORDS) and bool(_FURNITURE_IN.search(norm)))
        or bool(_BYLINE.match(line.strip()))
    )


def is_end_marker(norm: str) -> bool:
    """True when the normalised line opens a comment section or post navigation."""
    return norm.startswith(END_MARKERS) or bool(_END_PATTERN.match(norm))


def related_kind(norm: str) -> str | None:
    """Return ``"inline"`` or ``"trailing"`` for a related-links header line, else None."""
    if norm in INLINE_RELATED:
        return "inline"
    if norm in TRAILING_RELATED or _RELATED_PATTERN.match(norm):
        return "trailing"
    return None


def is_related_link(norm: str) -> bool:
    """True for a one-line link to another story ("Read more: <headline>")."""
    return bool(_RELATED_LINK.match(norm))


def is_teaser(line: str) -> bool:
    """True when the line is cut off with an ellipsis, as story teasers are."""
    return bool(_TEASER_END.search(line))


def ends_sentence(line: str) -> bool:
    """True when ``line`` ends with sentence punctuation (closing quotes allowed) and no ellipsis."""
    return bool(_SENTENCE_END.search(line)) and not is_teaser(line)


def _titlecase_ratio(line: str) -> float:
    tokens = [t for t in _WORD.findall(line)[1:] if any(c.isalpha() for c in t)]
    if not tokens:
        return 0.0
    caps = sum(1 for t in tokens if next(c for c in t if c.isalpha()).isupper())
    return caps / len(tokens)


def is_sentence(line: str) -> bool:
    """True for a short line of prose: a few words ending like a sentence."""
    return words(line) >= MIN_SENTENCE_WORDS and ends_sentence(line)


def is_paragraph(line: str) -> bool:
    """True when ``line`` reads like an article paragraph (long, prose, ends like a sentence)."""
    return (
        words(line) >= MIN_PARAGRAPH_WORDS
        and ends_sentence(line)
        and _titlecase_ratio(line) <= MAX_TITLECASE_RATIO
    )


# A menu path: short segments joined by these separators ("News › World › Europe").
_MENU_SEPARATORS = re.compile(r"\s+[›»>|/·•]\s+")
MAX_MENU_SEGMENT_WORDS = 3


def is_menu_path(line: str) -> bool:
    """True for a navigation path such as "Home › World › Europe" (never a title)."""
    segments = _MENU_SEPARATORS.split(line)
    return len(segments) > 1 and all(0 < words(seg) <= MAX_MENU_SEGMENT_WORDS for seg in segments)


def is_breadcrumb(line: str, headline: str) -> bool:
    """True when ``line`` is a short menu path that ends with ``headline``."""
    if line == headline or not line.endswith(headline):
        return False
    prefix = line[: -len(headline)].split()
    return 0 < len(prefix) <= MAX_BREADCRUMB_WORDS and all(
        not any(c.isalpha() for c in w) or w[0].isupper() for w in prefix
    )
