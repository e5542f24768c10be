"""Boilerplate removal for HTML pages with trafilatura.

trafilatura runs in precision mode (``favor_precision``): on the extraction
dev half it scores F1 0.967 against 0.955 by default, and a kept related
headline costs more downstream (a false claim) than a lost sentence.
"""

from __future__ import annotations

import html as html_lib
import re

from trafilatura import bare_extraction, baseline
from trafilatura.xml import xmltotxt

from storyscope.clean import furniture as fu
from storyscope.clean.outlet import url_outlet
from storyscope.clean.text import Extracted

_TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)


def _title_tag(page: str) -> str | None:
    match = _TITLE_TAG.search(page)
    if not match:
        return None
    title = " ".join(html_lib.unescape(match[1]).split())
    return title or None


def _paragraphs(text: str) -> tuple[str, ...]:
    return tuple(" ".join(line.split()) for line in text.splitlines() if line.strip())


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
    doc = bare_extraction(
        page,
        url=url,
        with_metadata=True,
        favor_precision=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        deduplicate=False,
    )
    paragraphs: tuple[str, ...] = ()
    title = published = outlet = None
    if doc is not None:
        paragraphs = _paragraphs(xmltotxt(doc.body, include_formatting=False))
        title, published = doc.title, doc.date
        outlet = doc.sitename or url_outlet(doc.url or url) or doc.hostname
    if not paragraphs:
        # trafilatura found no article block: take the page's visible text instead.
        _, text, _ = baseline(page)
        paragraphs = _paragraphs(text)
    title = title or _title_tag(page)
    kept = [p for p in paragraphs if not fu.is_furniture(fu.normalize(p), p)]
    while kept and title and fu.normalize(kept[0]) == fu.normalize(title):
        kept.pop(0)  # the headline is the title, not the first paragraph
    return Extracted(
        tuple(kept),
        title=title,
        published=published,
        outlet=outlet or url_outlet(url),
        removed=tuple(p for p in paragraphs if p not in kept),
    )
