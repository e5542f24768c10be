"""Boilerplate removal for flattened page text (one block per line).

The walk has two passes. The first drops furniture line by line and keeps the
state the lexicon cannot: inside a related-links block (until article prose
resumes) and past the comment prompt (the rest of the page). The second splits
what is left into zones around the article paragraphs: the header (title,
dateline, breadcrumb), the body, and the tail (provenance such as
"Source: Krone" stays; footers go).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lemminflect import getAllLemmas

from storyscope.clean import furniture as fu
from storyscope.clean.dates import dateline
from storyscope.clean.lines import select_body
from storyscope.clean.outlet import copyright_outlet, source_outlet, title_suffix_outlet

# The comment prompt only ends the article once this many paragraphs were kept;
# earlier it is a "Leave a comment" link in the byline area.
MIN_PARAGRAPHS_BEFORE_END = 2
# More non-sentence lines than this between two paragraphs end the article:
# in-article subheadings and captions come one or two at a time, story
# listings (headline, teaser, timestamp) and footers in longer runs.
MAX_GAP_LINES = 6
# A line this long is text even without end punctuation (a paywall cut, a
# scraper that lost the full stop); headlines and menu entries are shorter.
LONG_LINE_WORDS = 20
# A first line this long is a lede, not a headline.
MAX_TITLE_WORDS = 30
# A title has at least this many words ("Search SlashGear" is a menu entry).
MIN_TITLE_WORDS = 3
# In the body a line this short with no sentence ending is a label or a menu
# entry ("Politics"); in-article subheadings are longer.
MIN_BODY_LINE_WORDS = 2


@dataclass(frozen=True, slots=True)
class Extracted:
    """What the clean stage found in one page; internal to ``storyscope.clean``."""

    paragraphs: tuple[str, ...]
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    removed: tuple[str, ...] = ()


def _lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def _drop_furniture(lines: list[str]) -> tuple[list[int], set[int], int, frozenset[int]]:
    """Pass one: return the indices kept, the indices of paragraphs among them,
    the index of the comment prompt that ended the article (``len(lines)`` if
    none) and the indices dropped by the lexicon or inside a related-links block."""
    kept: list[int] = []
    paragraphs: set[int] = set()
    dropped: set[int] = set()
    related: str | None = None
    for i, line in enumerate(lines):
        norm = fu.normalize(line)
        if fu.is_end_marker(norm) and len(paragraphs) >= MIN_PARAGRAPHS_BEFORE_END:
            return kept, paragraphs, i, frozenset(dropped)
        if fu.is_furniture(norm, line) or fu.is_end_marker(norm) or fu.is_related_link(norm):
            dropped.add(i)
            continue
        kind = fu.related_kind(norm)
        if kind is not None:
            # Before any article text every block is a sidebar next to the article.
            related = kind if paragraphs else "inline"
            dropped.add(i)
            continue
        paragraph = fu.is_paragraph(line)
        if related is not None:
            following = lines[i + 1] if i + 1 < len(lines) else ""
            if not paragraph or (related == "trailing" and not fu.is_paragraph(following)):
                dropped.add(i)
                continue
            related = None
        kept.append(i)
        if paragraph:
            paragraphs.add(i)
    return kept, paragraphs, len(lines), frozenset(dropped)


def _main_run(lines: list[str], kept: list[int], paragraphs: set[int]) -> tuple[int, int]:
    """First and last paragraph of the densest run of paragraphs.

    Runs are split where more than ``MAX_GAP_LINES`` non-sentence lines
    (headlines, timestamps, menu entries) separate two paragraphs: that is a
    story listing or a footer, not an article.
    """
    runs: list[list[int]] = []
    gap = 0
    for i in kept:
        if i in paragraphs:
            if not runs or gap > MAX_GAP_LINES:
                runs.append([])
            runs[-1].append(i)
            gap = 0
        elif not fu.is_sentence(lines[i]) and fu.words(lines[i]) < LONG_LINE_WORDS:
            gap += 1
    best = max(runs, key=lambda run: sum(fu.words(lines[i]) for i in run))
    return best[0], best[-1]


def _pick_title(header: list[str]) -> tuple[str | None, str | None]:
    """Return ``(title, outlet hint)`` from the lines above the first paragraph.

    A headline repeated, behind a menu path, or as the page title with the
    outlet appended wins over the first headline-shaped line.
    """
    short = next((line for line in header[:1] if _short_headline(line)), None)
    header = [line for line in header if fu.words(line) >= MIN_TITLE_WORDS and not fu.is_menu_path(line)]
    for pos, line in enumerate(header):
        for other in header[pos + 1 :]:
            if other == line:
                return line, None
            if fu.is_breadcrumb(line, other):
                return other, None
            hint = title_suffix_outlet(line, other)
            if hint:
                return other, hint
    for line in header:
        if (
            fu.words(line) <= MAX_TITLE_WORDS
            and dateline(line) is None
            and not fu.is_teaser(line)
        ):
            return line, None
    return short, None


def _short_headline(line: str) -> bool:
    """True when the page's first line is a two-word headline ("Harbour reopens", "Bridge closed"): a capitalised
    word then a lower-case one, no sentence end, no label or section name ("World News", "Uncategorized")."""
    parts = line.split()
    return len(parts) == 2 and parts[0][:1].isupper() and parts[1][:1].islower() and parts[1].isalpha() \
        and parts[0].lower() not in _LABEL_OPENERS and "VERB" in getAllLemmas(parts[1].lower()) \
        and not fu.is_furniture(fu.normalize(line), line) and dateline(line) is None


# First words of the two-word labels of a site's furniture ("Breaking news", "Skip navigation", "By admin").
_LABEL_OPENERS = frozenset({"breaking", "live", "skip", "subscribe", "posted", "by", "cookie", "cookies", "photo",
                            "home", "image", "toggle", "menu", "read", "share", "sign", "log", "follow", "latest", "top",
                            "more", "related", "watch", "listen", "advertisement", "sponsored", "most", "editor's",
                            "editors", "main", "video", "audio", "search", "privacy", "terms", "contact", "about",
                            "newsletter", "comments", "leave", "load", "show", "view", "click", "open", "close", "back",
                            "next", "previous", "continue", "accept", "manage", "update", "updated", "published"})


def _publication_date(lines: list[str]) -> str | None:
    """First publication stamp among date lines, else the first update stamp."""
    updated = None
    for line in lines:
        found = dateline(line)
        if found is None or fu.is_paragraph(line):
            continue
        if not found[1]:
            return found[0]
        updated = updated or found[0]
    return updated


@dataclass(frozen=True, slots=True)
class Rules:
    """The rule walk's reading of one page: which lines it keeps as body, and the header facts."""

    body: tuple[int, ...]
    title: str | None
    title_index: int | None
    published: str | None
    outlet: str | None
    cut: int  # the comment prompt that ended the article, or len(lines)
    dropped: frozenset[int] = frozenset()  # furniture-lexicon lines and related-links blocks


def read_rules(lines: list[str]) -> Rules:
    """Run the rule walk over page lines (as ``_lines`` gives them).

    Args:
        lines: the page's non-empty lines, spaces collapsed.

    Returns:
        The body line indices in page order, the title (and the index of its
        first occurrence), the publication date, the outlet and the cut index.
    """
    kept, paragraphs, cut, dropped = _drop_furniture(lines)
    if not kept:
        return Rules((), None, None, None, None, cut, dropped)
    if kept[0] in paragraphs and not lines[kept[0]].rstrip(fu.SENTENCE_CLOSERS).endswith("."):
        if fu.words(lines[kept[0]]) <= MAX_TITLE_WORDS:
            # A headline ending in "?" or "!", and its repeats further down.
            paragraphs.difference_update(i for i in kept if lines[i] == lines[kept[0]])
    if paragraphs:
        first, last = _main_run(lines, kept, paragraphs)
    else:  # no prose at all: keep what survived, below a headline-shaped first line
        titled = len(kept) > 1 and fu.words(lines[kept[0]]) >= MIN_TITLE_WORDS
        first, last = kept[1 if titled else 0], kept[-1]

    header = [i for i in kept if i < first]
    title, outlet = _pick_title([lines[i] for i in header])
    # Short sentences just above the first paragraph are the lede, not header.
    while header and lines[header[-1]] != title and _is_lede(lines[header[-1]]):
        first = header.pop()
    tail = [i for i in kept if i > last]
    # ... and short sentences just below the last one are its ending.
    while tail and _is_lede(lines[tail[0]]) and not source_outlet(lines[tail[0]]):
        last = tail.pop(0)

    body: list[int] = []
    for i in kept:
        line = lines[i]
        if i < first:
            continue
        if i > last:
            if source_outlet(line):  # provenance stays: citation detection indexes it
                body.append(i)
            continue
        if i in paragraphs:
            body.append(i)
        elif dateline(line) or line == title or (title and fu.is_breadcrumb(line, title)):
            continue
        elif fu.is_sentence(line) or fu.words(line) >= MIN_BODY_LINE_WORDS:
            body.append(i)

    outlet = _provenance_outlet(lines, body) or outlet
    published = _publication_date(lines[i] for i in header) or _publication_date(
        lines[i] for i in kept if i >= first
    )
    title_index = lines.index(title) if title in lines else None
    return Rules(tuple(body), title, title_index, published, outlet, cut, dropped)


def clean_text(text: str, *, rules_only: bool = False) -> Extracted:
    """Strip web furniture from flattened page text.

    The rule walk (``read_rules``) finds the title, date and outlet and a
    first body; the line classifier (``lines.select_body``) then decides
    which lines are article text, with the rules' decisions among its
    features and the rules' header facts kept as they are.

    Args:
        text: decoded page text, one block per line.
        rules_only: skip the classifier and keep the rule walk's body (for
            benchmarks and for comparing the two).

    Returns:
        The article paragraphs with the title, publication date and outlet
        found in the page, and the lines dropped (in page order).

    Raises:
        LineModelError: when the line model cannot be loaded (see ``lines.load_line_model``).
    """
    lines = _lines(text)
    rules = read_rules(lines)
    body = list(rules.body)
    if not rules_only and lines:
        body = select_body(lines, rules)
    # (most texts hold no such script: one search over the text spares a scan of every line)
    unspaced = [i for i in unspaced_prose(lines) if i != rules.title_index] if _UNSPACED.search(text) else []
    if sum(len(lines[i]) for i in unspaced) / UNSPACED_CHARS_PER_WORD > sum(fu.words(lines[i]) for i in body):
        # (the line model counts words by spaces and knows English: it cannot judge such prose, and may take a
        # byline or a comment prompt for the body beside it)
        body = unspaced
    elif body:
        # (a paragraph in another script between the body's paragraphs, a translation or a quote, is body too: the
        # English line model cannot judge it)
        kept = set(body)
        others = [i for i in range(body[0] + 1, body[-1]) if i not in kept and _other_script_prose(lines[i])]
        body = sorted({*body, *others}) if others else body
    title, title_index = rules.title, rules.title_index
    if body is unspaced and title is None and body:
        title_index = _unspaced_heading(lines, body[0])
        title = lines[title_index] if title_index is not None else None
    keep = set(body)
    if title_index is not None:
        keep.add(title_index)  # the title line is used, not dropped; repeats are dropped
    removed = tuple(line for i, line in enumerate(lines) if i not in keep)
    return Extracted(tuple(lines[i] for i in body), title, rules.published, rules.outlet, removed)


# Sentence ends of the scripts the English line model cannot read (Latin ".", CJK "。", Devanagari "।", Arabic "؟").
_ANY_SENTENCE_END = re.compile(r"[.!?。！？।॥؟۔][\"”’»)]*\s*$")
# A line of prose in another script: at least this many letters, at least half of them outside the Latin script.
OTHER_SCRIPT_MIN_LETTERS = 20


def _other_script_prose(line: str) -> bool:
    """True when ``line`` is a sentence in a script other than Latin ("Министр заявила ...", "मंत्री ने कहा।",
    "部长表示。"): long enough, mostly non-Latin letters, ending a sentence."""
    letters = [c for c in line if c.isalpha()]
    if len(letters) < OTHER_SCRIPT_MIN_LETTERS or not _ANY_SENTENCE_END.search(line):
        return False
    latin = sum(1 for c in letters if c < "\u0250" or "\u1e00" <= c <= "\u1eff")
    return latin <= len(letters) / 2


def _unspaced_heading(lines: list[str], first_body: int) -> int | None:
    """The line just before the first body line of a text in a script without spaces when it is a heading in that
    script (short, ending no sentence: "渡轮航线获批"), else None."""
    i = first_body - 1
    if i < 0:
        return None
    line = lines[i].strip()
    chars = _unspaced_chars(line)
    return i if 0 < chars <= UNSPACED_HEADING_CHARS and not _SENTENCE_END.search(line) else None


# Scripts written without spaces between words (Chinese, Japanese): the line model, which counts words by spaces and
# knows English function words, sees no prose in them.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
                       r"\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")  # Chinese, Japanese, Thai, Lao, Burmese, Khmer
# A line of such a script is prose when at least this share of its characters is of the script and it is this long.
UNSPACED_MIN_SHARE = 0.5
UNSPACED_MIN_CHARS = 20
# ... and it ends a sentence ("。", "！", "？"; Thai and its neighbours end one with a space, so a long line is prose too).
UNSPACED_LONG_CHARS = 60
# Characters of such a script that say about as much as one English word (a Chinese word is one or two characters).
UNSPACED_CHARS_PER_WORD = 1.5
# A heading in such a script is at most this long.
UNSPACED_HEADING_CHARS = 40
_SENTENCE_END = re.compile(r"[。！？!?]")


def _unspaced_chars(line: str) -> int:
    """The characters of ``line`` other than spaces when at least ``UNSPACED_MIN_SHARE`` of them are of a script
    written without spaces, else 0."""
    chars = len(line) - line.count(" ")
    return chars if chars and len(_UNSPACED.findall(line)) >= UNSPACED_MIN_SHARE * chars else 0


def unspaced_prose(lines: list[str]) -> list[int]:
    """The indices of the lines of prose in a script written without spaces ("東京政府は月曜日、..."): the body of such
    a text, which the line model cannot judge; [] for a text in other scripts. A line that ends no sentence and is
    short (a comment prompt) or a copyright line is none."""
    out = []
    for i, line in enumerate(lines):
        chars = _unspaced_chars(line)
        if chars >= UNSPACED_MIN_CHARS and (_SENTENCE_END.search(line) or chars >= UNSPACED_LONG_CHARS) \
                and "©" not in line and "版权" not in line and "著作権" not in line:
            out.append(i)
    return out


def _is_lede(line: str) -> bool:
    """A line next to the paragraphs that belongs with them: a short sentence or
    a long line whose end punctuation was lost (cut teaser lines excepted)."""
    long_line = fu.words(line) >= LONG_LINE_WORDS and not fu.is_teaser(line)
    return (fu.is_sentence(line) or long_line) and dateline(line) is None


def _provenance_outlet(lines: list[str], body: list[int]) -> str | None:
    """The outlet of a "Source: X" line closing the body, else of the last copyright line."""
    if body and (name := source_outlet(lines[body[-1]])):
        return name
    for line in reversed(lines):
        if name := copyright_outlet(line):
            return name
    return None
