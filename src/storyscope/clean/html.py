"""Boilerplate removal for HTML pages with trafilatura.

trafilatura runs in precision mode (``favor_precision``): on the extraction
dev half it scores F1 0.967 against 0.955 by default, and a kept related
headline costs more downstream (a false claim) than a lost sentence.

Speed (issue 3: at least trafilatura default's pages/s), with the same output
on every page of the extraction dev half:

- the page is parsed once and the tree handed to trafilatura;
- only the metadata storyscope keeps (title, date, site name, URL) is read,
  not trafilatura's full metadata pass (authors, categories, tags, licence),
  which cost about half as much as the extraction itself;
- elements that hold no text are dropped before extraction (``DROPPED_TAGS``);
- trafilatura's cascade first runs without its readability/jusText comparison,
  and the full cascade runs only when that first result shows a sign the
  comparison looks for (``_needs_full_cascade``).

Re-run ``storyscope bench extraction --data ../shared/data/extraction/dev``
after changing anything here: it prints F1 and pages/s beside trafilatura's.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import html as html_lib
import re
from collections.abc import Iterator

from htmldate import find_date  # trafilatura's own date finder (a dependency of trafilatura)
from lxml import etree
import trafilatura.utils
from lxml.html import HtmlElement, HTMLParser, fragment_fromstring
from trafilatura import bare_extraction, baseline
from trafilatura.external import SANITIZED_XPATH
from trafilatura.metadata import META_URL, examine_meta, extract_meta_json, extract_sitename, extract_title, extract_url
from trafilatura.utils import line_processing, load_html
from trafilatura.xml import xmltotxt

from storyscope.clean import furniture as fu
from storyscope.clean.outlet import url_outlet
from storyscope.clean.text import Extracted

# trafilatura parses with one module-level lxml parser, which stops at libxml2's default depth of 256 elements:
# a page of 140 paragraphs whose <font> tags are never closed (common in old pages) lost its last 13 paragraphs
# without a word. storyscope's parses use the same parser with huge_tree, which lifts that limit; trafilatura's
# own (the extraction bench's peers) keep the library's.
_DEEP_HTML_PARSER = HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True,
                               remove_pis=True, huge_tree=True)


@contextlib.contextmanager
def _deep_trees() -> Iterator[None]:
    """Within the block, trafilatura parses pages with ``_DEEP_HTML_PARSER`` (per process: the stages run in
    processes, not threads)."""
    default = trafilatura.utils.HTML_PARSER
    trafilatura.utils.HTML_PARSER = _DEEP_HTML_PARSER
    try:
        yield
    finally:
        trafilatura.utils.HTML_PARSER = default

# htmldate's extensive search (every element and the free text, not just the
# date-bearing markup: meta tags, JSON-LD, <time>, the URL) is tried only when the
# quick search finds no date. trafilatura always searches extensively; on the
# extraction dev half the quick search alone cost 0.9 ms a page against 2.4 ms
# and found the same date on 89 of 90 pages, the 90th having none without the
# extensive search (`storyscope bench extraction`).
# The output format htmldate is asked for: the ``published`` field's shape.
DATE_FORMAT = "%Y-%m-%d"

# Elements dropped from the parsed page before trafilatura sees it: they hold no
# article text and every trafilatura stage discards them anyway (tree_cleaning,
# readability and jusText's cleaning), but each of trafilatura's four tree copies
# and XPath passes paid for them. ``<meta>`` goes only from ``<head>`` (in the body
# an empty-looking container may hold one, and trafilatura keeps those).
# JSON-LD scripts stay: trafilatura reads them to tell forum threads from articles.
# On the extraction dev half: identical output, about 7% faster (`storyscope bench extraction`).
DROPPED_TAGS = ("style", "link")
DROPPED_HEAD_TAGS = ("meta",)
JSON_LD_TYPE = "application/ld+json"

# trafilatura's settings for storyscope (precision mode: see the module docstring).
TRAFILATURA_OPTIONS = {
    "favor_precision": True,
    "include_comments": False,
    "include_tables": True,
    "include_images": False,
    "deduplicate": False,
}
# trafilatura's full cascade compares its own extraction with readability's and
# jusText's and keeps theirs only when its own looks failed: empty or short, no
# paragraph text, table-dominated, holding page furniture (trafilatura's
# SANITIZED_XPATH), or readability finding twice as much text. That comparison is
# about a third of trafilatura's time, so the quick pass (``fast=True``) runs
# first and the full cascade only when its result shows one of those signs:
# - fewer characters than this (trafilatura's own "too short" is 250; 1,000 also
#   re-runs the partial extractions that readability's longer text could beat),
FULL_CASCADE_BELOW_CHARS = 1000
# - or less than this share of the text in the page's <p> elements (readability
#   builds its article from those, so it can only double a result below half).
FULL_CASCADE_BELOW_P_SHARE = 0.5
# On the extraction dev half the quick pass alone lost F1 0.011 (one div-only page
# came out empty); gated like this, 12 of 90 pages re-run and the output is the
# full cascade's on every page (`storyscope bench extraction`). Re-run after changing.

_TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)


def _title_tag(page: str) -> str | None:
    match = _TITLE_TAG.search(page)
    if not match:
        return None
    title = " ".join(html_lib.unescape(match[1]).split())
    return title or None


def _paragraphs(text: str) -> tuple[str, ...]:
    return tuple(" ".join(line.split()) for line in text.splitlines() if line.strip())


def _tidy(value: str | None) -> str | None:
    """Unescape and trim a metadata string the way trafilatura does (``Document.clean_and_trim``)."""
    return line_processing(html_lib.unescape(value)) if isinstance(value, str) else None


def _found_date(tree: HtmlElement, **options: object) -> str | None:
    """htmldate's date of the page, or None where htmldate fails on its markup (an SVG or MathML document with a
    script at its root trips an assertion in its cleaning): the page is read without a date, not lost."""
    try:
        return find_date(tree, **options)
    except Exception:  # noqa: BLE001 - a date library's failure on odd markup costs the date only
        return None


def _metadata(tree: HtmlElement, url: str | None) -> tuple[str | None, str | None, str | None, str | None]:
    """Read title, date, site name and canonical URL as trafilatura's ``extract_metadata`` does.

    Same sources in the same order (meta tags, JSON-LD, the page's headings and
    ``<title>``, htmldate), minus the fields storyscope does not keep. Reads the
    tree, never changes it.

    Returns:
        ``(title, published YYYY-MM-DD, site name, URL)``, each possibly None.
    """
    meta = examine_meta(tree)
    try:
        meta = extract_meta_json(tree, meta)
    except Exception:  # noqa: BLE001 - malformed JSON-LD is the page's problem; trafilatura ignores it too
        pass
    title = meta.title or extract_title(tree)
    page_url = meta.url or extract_url(tree, url)
    date_options = {"url": page_url, "original_date": True, "outputformat": DATE_FORMAT,
                    "max_date": dt.date.today().isoformat()}
    published = _found_date(tree, extensive_search=False, **date_options)
    if not published:
        # the page's text searched for a date: a year said in passing ("founded in 1998", "reviewed in 2025") comes
        # back as its first of January, which no publication date is taken to be
        found = _found_date(tree, extensive_search=True, **date_options)
        published = found if found and not found.endswith("-01-01") else None
    sitename = meta.sitename or extract_sitename(tree)
    if sitename:
        sitename = sitename.lstrip("@")  # a Twitter handle
        if sitename and "." not in sitename and not sitename[0].isupper():
            sitename = sitename.title()
    elif page_url and (match := META_URL.match(page_url)):
        sitename = match[1]
    return _tidy(title), _tidy(published), _tidy(sitename) or None, _tidy(page_url)


def _without_code(tree: HtmlElement, title: str | None) -> str | None:
    """Return ``title`` without the text of the page's scripts, styles and templates that a heading held
    (``<h1>Harbour chief <script>alert(1)</script> resigns</h1>`` titles "Harbour chief resigns", as its body reads)."""
    if not title:
        return title
    for element in tree.iter("script", "style", "template", "noscript"):
        code = " ".join((element.text or "").split())
        if code and code in title:
            title = " ".join(title.replace(code, " ").split())
    return title or None


# A sentence of this many words ending in a full stop is a lede, even where the page's <title> repeats it.
MIN_LEDE_WORDS = 12


def _lede_as_title(kept: list[str], title: str) -> bool:
    """True when the first paragraph, which the page's title repeats, is the article's text all the same: its only
    paragraph, or a full sentence of ``MIN_LEDE_WORDS`` words or more (a wire flash titled with its lede)."""
    first = kept[0].rstrip(" \"'”’)")
    return len(kept) == 1 or first.endswith(".") and len(first.split()) >= MIN_LEDE_WORDS


def _drop_inert(tree: HtmlElement) -> None:
    """Remove elements no trafilatura stage extracts text from (see ``DROPPED_TAGS``), keeping tails."""
    for script in list(tree.iter("script")):
        if script.get("type") != JSON_LD_TYPE:
            script.drop_tree()
    # (nor what a reader never sees: a <template>'s content, an element marked hidden; a page could plant sentences)
    # ("hidden=until-found" is a section the reader can open, and find by searching the page: it stays)
    for unseen in tree.xpath("//template | //*[@hidden and not(@hidden='until-found')]"):
        if unseen.getparent() is not None:
            unseen.drop_tree()
    etree.strip_elements(tree, *DROPPED_TAGS, with_tail=False)
    head = tree.find("head")
    if head is not None:
        etree.strip_elements(head, *DROPPED_HEAD_TAGS, with_tail=False)


def _text_length(element: HtmlElement) -> int:
    """Characters of an element's text with whitespace runs collapsed."""
    return len(" ".join("".join(element.itertext()).split()))


def _needs_full_cascade(body: HtmlElement, page_tree: HtmlElement) -> bool:
    """Tell whether trafilatura's quick result shows a sign its full cascade looks for.

    Args:
        body: the quick pass's article body (trafilatura's XML elements).
        page_tree: the page as given to trafilatura.

    Returns:
        True when the readability/jusText comparison could change the result.
    """
    length = _text_length(body)
    # (whether any paragraph holds text: lxml's ".//p//text()" takes seconds on 40,000 paragraphs)
    if length < FULL_CASCADE_BELOW_CHARS or not any(next(p.itertext(), None) is not None for p in body.iter("p")):
        return True
    if len(body.findall(".//table")) > len(body.findall(".//p")) or body.xpath(SANITIZED_XPATH):
        return True
    page_p_text = sum(_text_length(p) for p in page_tree.iter("p"))
    return length < FULL_CASCADE_BELOW_P_SHARE * page_p_text


def _article_body(tree: HtmlElement, url: str | None) -> HtmlElement | None:
    """Run trafilatura on the tree: the quick pass, then the full cascade if needed.

    ``bare_extraction`` copies a tree it is given, so ``tree`` is the same page
    for both passes.
    """
    doc = bare_extraction(tree, url=url, fast=True, **TRAFILATURA_OPTIONS)
    if doc is not None and not _needs_full_cascade(doc.body, tree):
        return doc.body
    doc = bare_extraction(tree, url=url, **TRAFILATURA_OPTIONS)
    return doc.body if doc is not None else None


_WHOLE_PAGE = re.compile(r"<(?:html|body|head)\b", re.IGNORECASE)


def _fragment_paragraphs(page: str) -> tuple[str, ...]:
    """The text blocks of an HTML fragment ("<p>One paragraph.</p>"), scripts and styles left out; () when it holds
    none or cannot be parsed."""
    if _WHOLE_PAGE.search(page):
        return ()  # (a whole page is trafilatura's: what it and the baseline do not read holds no article)
    try:
        root = fragment_fromstring(page, create_parent="div")
    except (etree.ParserError, ValueError, AssertionError):  # (lxml asserts on what it cannot split)
        return ()
    _drop_inert(root)
    blocks = [b.text_content() for b in root.iter("p", "li", "blockquote", "h2", "h3")]
    return _paragraphs("\n\n".join(blocks) if blocks else root.text_content())


def clean_html(page: str, url: str | None = None) -> Extracted:
    """Extract the article from an HTML page.

    Args:
        page: decoded HTML.
        url: where the page came from, if known (helps metadata and the outlet).

    Returns:
        The article paragraphs (one per block element) with the title, date
        (``YYYY-MM-DD``) and outlet (site name, else the URL host). ``removed``
        holds only the blocks dropped after trafilatura (widget lines, the
        repeated headline): trafilatura does not report what it dropped.
    """
    with _deep_trees():
        tree = load_html(page)  # parsed once: metadata and extraction share it
    paragraphs: tuple[str, ...] = ()
    title = published = outlet = None
    if tree is not None:
        title, published, outlet, found_url = _metadata(tree, url)
        title = _without_code(tree, title)
        outlet = outlet or url_outlet(found_url or url)
        _drop_inert(tree)
        body = _article_body(tree, url or found_url)
        if body is not None:
            paragraphs = _paragraphs(xmltotxt(body, include_formatting=False))
    if not paragraphs:
        # trafilatura found no article block: take the page's visible text instead
        # (from the page as served: the baseline also reads embedded JSON).
        with _deep_trees():
            _, text, _ = baseline(page)
        paragraphs = _paragraphs(text)
    if not paragraphs:
        # (a bare fragment, "<p>One paragraph.</p>" as a JSONL `html` field often is: neither trafilatura nor its
        # baseline reads one)
        paragraphs = _fragment_paragraphs(page)
    title = title or _title_tag(page)
    kept = [p for p in paragraphs if not fu.is_furniture(fu.normalize(p), p)]
    while kept and title and fu.normalize(kept[0]) == fu.normalize(title) and not _lede_as_title(kept, title):
        kept.pop(0)  # the headline is the title, not the first paragraph
    kept_set = set(kept)  # (a set: a page of 80,000 paragraphs made the list test quadratic)
    return Extracted(
        tuple(kept),
        title=title,
        published=published,
        outlet=outlet or url_outlet(url),
        removed=tuple(p for p in paragraphs if p not in kept_set),
    )
