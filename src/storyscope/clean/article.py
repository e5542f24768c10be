"""The clean stage: one ``RawDocument`` in, one ``Article`` (or a ``Skip``) out."""

from __future__ import annotations

import re

import ftfy
import ftfy.fixes

from storyscope.chars import BIDI_CONTROLS, INVISIBLE_SPACES, LATIN_JOINERS
from storyscope.clean.dates import parse_date
from storyscope.clean.language import detect_language
from storyscope.clean.outlet import source_outlet, url_outlet
from storyscope.clean.text import Extracted, clean_text
from storyscope.errors import Errors
from storyscope.model import Article, RawDocument, Skip

STAGE = "clean"
PARAGRAPH_BREAK = "\n\n"
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _extract(raw: RawDocument) -> Extracted:
    if raw.kind == "html":
        from storyscope.clean.html import clean_html  # trafilatura is only needed for HTML

        return clean_html(raw.text, raw.url)
    return clean_text(raw.text)


def _published(given: str | None, found: str | None) -> str | None:
    """A given date wins; it is normalised to ``YYYY-MM-DD`` when it is not already."""
    for value in (given, found):
        if value:
            iso = value if _ISO_DATE.match(value) else parse_date(value)
            if iso:
                return iso
    return None


# Share of a line's words the given title must hold for the line to be that title, shortened or extended.
TITLE_WORD_SHARE = 0.6
# A statement's full stop, closing quotes allowed (a question or exclamation may be the outlet's own headline).
_SENTENCE_END = re.compile(r"\.[”’\"')\]]*$")
_BYLINE = re.compile(r"^\s*by\s+", re.IGNORECASE)
_WORDS = re.compile(r"[^\W_]+")


def _with_lede(found: Extracted, given_title: str | None) -> tuple[str, ...]:
    """The body with the line the cleaner took for the headline put back in front, when the input gave its own
    title and that line is not it but a statement ending in a full stop, not a byline (structured input: a JSONL
    record's text opens with a short lede, "OSK (AP) — Kessia and Norland agreed on a water pact.")."""
    line = found.title
    if not given_title or not line or not _SENTENCE_END.search(line) or _BYLINE.match(line) \
            or line in found.paragraphs:
        return found.paragraphs
    words = {w.lower() for w in _WORDS.findall(line)}
    title_words = {w.lower() for w in _WORDS.findall(given_title)}
    if not words or len(words & title_words) >= TITLE_WORD_SHARE * len(words):
        return found.paragraphs  # the given title, as the page prints it
    return (line, *found.paragraphs)


# A run of symbols (no letter, digit or space) is cut to this many characters: no prose holds a longer one, and the
# parser's tokenizer takes time quadratic in such a run's length (50,000 "&" held one article for minutes).
MAX_SYMBOL_RUN = 32
_SYMBOL_RUN = re.compile(r"[^\w\s]{%d,}" % (MAX_SYMBOL_RUN + 1))


# A terminal escape sequence: CSI ("\x1b[2J" clears the screen), OSC ("\x1b]0;title\x07" sets a window title) or a
# two-character one ("\x1bc" resets the terminal).
# (an OSC's text is read to its end or the line's, at most 512 characters: a stray "ESC ]" takes no paragraphs)
TERMINAL_ESCAPE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b\n]{0,512}(?:\x07|\x1b\\)?|[@-Z\\-_a-z])")


def _mended(text: str) -> str:
    """``text`` with mojibake a scraper kept mended ("itâ€™s" for "it’s"), and terminal escape sequences and control
    characters but tab and line breaks dropped (an "\\x1b[2J" would clear a reader's screen); ftfy leaves all other
    text as it is."""
    if _MOJIBAKE.search(text):
        text = ftfy.fix_encoding(text)
    return _CONTROL_CHARS.sub("", TERMINAL_ESCAPE.sub("", text))


# UTF-8 read as a Western code page always shows a lead byte as one of "Â".."ô" followed by a continuation byte as
# a Latin-1 sign or a cp1252 punctuation mark ("Ã©", "â€™"): a text without such a pair holds no such mojibake and
# skips ftfy's search (about 3.5 ms on a page of 9,000 characters).
_MOJIBAKE = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6"
                       "\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")
# ftfy's control characters (fixes.remove_control_chars: C0 but tab, line breaks and form feed; DEL; deprecated
# format characters; the byte-order mark), as one search rather than its slower str.translate.
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\u206a-\u206f\ufeff\ufff9-\ufffc]"
                            # bidirectional embeddings, overrides and isolates ("evil\u202etxt.exe" shows as
                            # "evilexe.txt") and invisible spaces that split a name ("Tor\u200bvang")
                            f"|[{BIDI_CONTROLS}{INVISIBLE_SPACES}]|{LATIN_JOINERS}")


# Block elements (paragraphs, divisions, list items, cells, line breaks) above which a page is no article:
# trafilatura's extraction grows with their square (40,000 paragraphs took 4 s, 80,000 19 s, 250,000 over 10 min),
# while a long news page has a few thousand.
MAX_HTML_BLOCKS = 30_000
_BLOCK_TAG = re.compile(r"<(?:p|div|li|td|br)\b", re.IGNORECASE)


def _count_blocks(page: str) -> int:
    """Return how many block elements ``page`` opens (a count of tags, no parse)."""
    return sum(1 for _ in _BLOCK_TAG.finditer(page))


def clean_document(raw: RawDocument) -> Article | Skip:
    """Turn one raw document into a cleaned article.

    Pure: no I/O and no shared state beyond the once-per-process language model.

    Args:
        raw: the ingested document; ``raw.kind`` is ``"html"`` or ``"text"``.

    Returns:
        An ``Article`` whose ``text`` is the article paragraphs joined by blank
        lines (``_mended``, a run of symbols cut to ``MAX_SYMBOL_RUN``), with title and date from ``raw``
        when given, else as detected;
        or a ``Skip`` (code E008) when no article text is left.
    """
    if raw.kind == "html" and (blocks := _count_blocks(raw.text)) > MAX_HTML_BLOCKS:
        why = (f"{blocks:,} block elements, over the {MAX_HTML_BLOCKS:,} a news page may have (its extraction "
               "would take many minutes)")
        return Skip(source=raw.source, reason=Errors.E016.format(path=raw.source, why=why), stage=STAGE,
                    code="E016", id=raw.id)
    found = _extract(raw)
    paragraphs = _with_lede(found, raw.title) if raw.kind != "html" else found.paragraphs
    text = _mended(PARAGRAPH_BREAK.join(paragraphs))
    text = _SYMBOL_RUN.sub(lambda m: m.group(0)[:MAX_SYMBOL_RUN], text).strip()
    if not text:
        why = "only web furniture was found" if found.removed else "the page has no text blocks"
        return Skip(
            source=raw.source,
            reason=Errors.E008.format(path=raw.source, why=why),
            stage=STAGE,
            code="E008",
            id=raw.id,
        )
    outlet = found.outlet
    if raw.kind == "html" and paragraphs:
        outlet = source_outlet(paragraphs[-1]) or outlet
    return Article(
        id=raw.id,
        source=raw.source,
        title=_mended(title) if (title := raw.title or found.title) else title,
        published=_published(raw.published, found.published),
        outlet=outlet or url_outlet(raw.url),
        language=detect_language(text),
        text=text,
        content_hash=raw.content_hash,
        url=raw.url,
        removed=found.removed,
    )


def extraction_record(article: Article) -> dict[str, str | None]:
    """Render an article in the extraction-benchmark shape (CONTRACT).

    Args:
        article: a cleaned article.

    Returns:
        ``{"articleBody", "title", "published", "language"}``; ``articleBody``
        keeps paragraph breaks as blank lines.
    """
    return {
        "articleBody": article.text,
        "title": article.title,
        "published": article.published,
        "language": article.language,
    }
