"""Highlighted article text built from offsets, escaping every text segment.

The article text is cut at every span boundary into elementary segments; each
segment is escaped with :func:`html.escape` and, when spans cover it, wrapped
in one ``<span>`` (or ``<a>`` when a span links somewhere) whose classes name
every kind covering it. Overlapping and nested spans therefore never produce
broken markup, and no article character reaches the page unescaped.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from markupsafe import Markup

# Kinds in the order their link wins when several spans with a link overlap.
KINDS = ("entity", "claim", "quantity", "attribution", "cue")


@dataclass(frozen=True, slots=True)
class Span:
    """One highlighted range of the article text.

    ``kind`` is one of :data:`KINDS`; ``ref`` an id the page can group on
    (entity, claim); ``href`` a URL built by the app, never from article text.
    """

    start: int
    end: int
    kind: str
    title: str = ""
    ref: str | None = None
    href: str | None = None


def _attr(value: str) -> str:
    return html.escape(value, quote=True)


def highlight(text: str, spans: Iterable[Span]) -> Markup:
    """Return ``text`` as HTML with ``spans`` highlighted.

    Args:
        text: the article's cleaned text (hostile input).
        spans: ranges of ``text``; out-of-range ends are clipped, empty spans dropped.

    Returns:
        safe Markup: escaped text segments inside ``<span class="hl KIND...">`` /
        ``<a class="hl ..." href=...>`` elements carrying ``title`` and ``data-refs``.
    """
    n = len(text)
    kept = []
    for s in spans:
        start, end = max(0, min(s.start, n)), max(0, min(s.end, n))
        if end > start and s.kind in KINDS:
            kept.append((start, end, s))
    cuts = sorted({0, n, *(b for start, end, _ in kept for b in (start, end))})
    out: list[str] = []
    for a, b in pairwise(cuts):
        segment = html.escape(text[a:b], quote=True)
        active = [s for start, end, s in kept if start <= a and end >= b]
        if not active:
            out.append(segment)
            continue
        active.sort(key=lambda s: KINDS.index(s.kind))
        classes = " ".join(["hl", *dict.fromkeys(f"hl-{s.kind}" for s in active)])
        title = "; ".join(dict.fromkeys(s.title for s in active if s.title))
        refs = " ".join(dict.fromkeys(s.ref for s in active if s.ref))
        href = next((s.href for s in active if s.href), None)
        attrs = f' class="{classes}"'
        if title:
            attrs += f' title="{_attr(title)}"'
        if refs:
            attrs += f' data-refs="{_attr(refs)}"'
        if href:
            out.append(f'<a href="{_attr(href)}"{attrs}>{segment}</a>')
        else:
            out.append(f"<span{attrs}>{segment}</span>")
    return Markup("".join(out))
