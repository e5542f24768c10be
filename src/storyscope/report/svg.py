"""Server-side inline SVG charts of a dossier: timeline, citation/copy graph, numbers in conflict.

Everything is computed in Python and returned as one ``<svg>`` string. Every
label (article titles, outlet names, summaries: hostile input) goes through
:func:`html.escape`; colours and shapes use presentation attributes, never
``style=`` attributes, so the charts render under a strict Content Security
Policy and without JavaScript. Native ``<title>`` children give the hover text.

``link`` turns ``(kind, id)`` into a URL (``"article"``, ``"outlet"``,
``"claim"``) or None: the web app links to its pages, ``dossier.html`` to
its own anchors.
"""

from __future__ import annotations

import datetime as dt
import html
from collections import defaultdict
from collections.abc import Callable, Sequence

from markupsafe import Markup

Link = Callable[[str, str], "str | None"]

# Chart geometry (pixels in the SVG's own coordinate system; the CSS scales it to the page width).
WIDTH = 960
ROW = 26
FONT = 12
# Label lengths before an ellipsis; the full text is in the element's <title>.
LABEL_CHARS = 46
# Average glyph width at FONT size, to keep labels inside the chart.
CHAR_W = 6.6
SUMMARY_CHARS = 70
# Articles named beside one bar of the numbers chart (the rest are counted).
MAX_REPORTERS = 3

# Colours (the house palette of dossier.html.j2 / style.css).
INK = "#1d1d1f"
MUTED = "#6b6b70"
GRID = "#d8d8dc"
BLUE = "#2c6fbb"
RED = "#c0392b"
GREEN = "#1e8449"
PURPLE = "#8e44ad"


def _e(text: object) -> str:
    """Escape any value for SVG text or an attribute value."""
    return html.escape("" if text is None else str(text), quote=True)


def _short(text: object, n: int) -> str:
    s = " ".join(("" if text is None else str(text)).split())
    return s if len(s) <= n else s[: n - 1].rstrip() + "…"


def _no_link(_kind: str, _id: str) -> None:
    return None


def _a(link: Link, kind: str, ident: str, inner: str) -> str:
    url = link(kind, ident)
    return f'<a href="{_e(url)}">{inner}</a>' if url else inner


def _svg(height: int, label: str, body: list[str], width: int = WIDTH) -> Markup:
    return Markup(
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-label="{_e(label)}" '
        f'font-family="system-ui, sans-serif" font-size="{FONT}">' + "".join(body) + "</svg>")


def _empty(message: str) -> Markup:
    return _svg(40, message, [f'<text x="8" y="24" fill="{MUTED}">{_e(message)}</text>'])


def _date(value: object) -> dt.date | None:
    """Return the day of ``YYYY-MM-DD``, or the first day of a month (``YYYY-MM``) or year (``YYYY``)."""
    text = str(value)[:10] if value else ""
    text += {4: "-01-01", 7: "-01"}.get(len(text), "")
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _number(v: float) -> str:
    return f"{v:,.0f}" if float(v).is_integer() else f"{v:,.4g}"


# --------------------------------------------------------------------------- timeline


def shown_date(event: dict) -> str:
    """A timeline event's date as precise as the text gave it ("2023-09" for a month, "2023" for a year)."""
    return event["date"][:{"month": 7, "year": 4}.get(event.get("precision", "day"), 10)]


def timeline_svg(dossier: dict, link: Link = _no_link, articles: Sequence[str] | None = None) -> Markup:
    """Return the story's timeline: dated events and article publication days on one date axis.

    Args:
        dossier: the dossier.json object.
        link: ``(kind, id) -> URL or None`` for the article and claim marks.
        articles: only these articles (and events naming them); all when None.

    Returns:
        an ``<svg>`` element as safe Markup (a one-line note when nothing is dated).
    """
    keep = set(articles) if articles is not None else None
    events = [t for t in dossier["timeline"] if _date(t["date"])
              and (keep is None or keep & set(t["articles"]))]
    published = [(a, _date(a["published"])) for a in dossier["articles"]
                 if _date(a["published"]) and (keep is None or a["id"] in keep)]
    days = [_date(t["date"]) for t in events] + [d for _, d in published]
    if not days:
        return _empty("No dated events or publication dates.")
    first, last = min(days), max(days)
    span = max((last - first).days, 1)
    left, right, axis_y = 70, WIDTH - 70, 64

    def x(day: dt.date) -> float:
        if first == last:
            return (left + right) / 2
        return left + (right - left) * (day - first).days / span

    height = axis_y + 34 + ROW * len(events) + 10
    body = [f'<line x1="{left}" y1="{axis_y}" x2="{right}" y2="{axis_y}" stroke="{INK}" stroke-width="1.5"/>']
    step = max(1, span // 8)
    day = first
    tick = "%d %b %Y"  # (the year on the first tick, and on every tick where the axis spans years)
    while day <= last:
        px = x(day)
        body.append(f'<line x1="{px:.1f}" y1="{axis_y - 4}" x2="{px:.1f}" y2="{axis_y + 4}" stroke="{INK}"/>'
                    f'<text x="{px:.1f}" y="{axis_y + 18}" text-anchor="middle" fill="{MUTED}">'
                    f'{_e(day.strftime(tick))}</text>')
        tick = "%d %b" if first.year == last.year else "%d %b %Y"
        day += dt.timedelta(days=step)
    # Publications: one small square per article, stacked above the axis on its day.
    stack: dict[dt.date, int] = defaultdict(int)
    for a, d in sorted(published, key=lambda p: (p[1], p[0]["id"])):
        level = stack[d]
        stack[d] += 1
        mark = (f'<rect class="mark" x="{x(d) - 5:.1f}" y="{axis_y - 16 - 12 * level}" width="10" height="10" '
                f'rx="2" fill="{BLUE}"><title>{_e(d.isoformat())} · {_e(a["title"] or a["id"])}'
                f' ({_e(a["outlet"] or "outlet unknown")})</title></rect>')
        body.append(_a(link, "article", a["id"], mark))
    # (a publication event, the article's title on its day, links to the article, not to a claim first seen there)
    titles = {(a["published"], a["id"]): (a["title"] or a["id"]) for a in dossier["articles"] if a["published"]}
    # Events: a dot on the axis, a guide down to the event's row, the label beside it (haloed over guides).
    for i, t in enumerate(sorted(events, key=lambda t: t["date"])):
        d = _date(t["date"])
        row_y = axis_y + 40 + ROW * i
        px = x(d)
        summary = _short(t["summary"], SUMMARY_CHARS)
        width = CHAR_W * (len(summary) + 11)
        anchor, lx = ("start", px + 8) if px + 8 + width < WIDTH - 4 else ("end", px - 8)
        title = titles.get((t["date"], t["articles"][0])) if len(t["articles"]) == 1 else None
        publication = title is not None and " ".join(title.split()).startswith(t["summary"].rstrip(".").rstrip())
        target = t["claims"][0] if t["claims"] and not publication else None
        text = (f'<text x="{lx:.1f}" y="{row_y + 4}" text-anchor="{anchor}" fill="{INK}" stroke="#fff" '
                f'stroke-width="4" paint-order="stroke"><tspan font-weight="600">{_e(shown_date(t))}</tspan> '
                f'{_e(summary)}<title>{_e(t["summary"])}</title></text>')
        body.insert(0, f'<line x1="{px:.1f}" y1="{axis_y}" x2="{px:.1f}" y2="{row_y}" stroke="{GRID}"/>')
        # (an event dated after the articles telling it is a plan or a forecast: a hollow mark)
        expected = bool(t.get("expected"))
        fill = "#fff" if expected else RED
        note = " (expected when reported)" if expected else ""
        body.append(f'<circle class="mark" cx="{px:.1f}" cy="{axis_y}" r="5" fill="{fill}" stroke="{RED}" '
                    f'stroke-width="1.5"><title>{_e(t["summary"])}{note}</title></circle>'
                    f'<circle cx="{px:.1f}" cy="{row_y}" r="3" fill="{fill}" stroke="{RED}"/>')
        body.append(_a(link, "claim", target, text) if target else
                    _a(link, "article", t["articles"][0], text) if t["articles"] else text)
    body.append(f'<rect x="{WIDTH - 390}" y="4" width="10" height="10" rx="2" fill="{BLUE}"/>'
                f'<text x="{WIDTH - 376}" y="13" fill="{MUTED}">article published</text>'
                f'<circle cx="{WIDTH - 250}" cy="9" r="5" fill="{RED}"/>'
                f'<text x="{WIDTH - 240}" y="13" fill="{MUTED}">dated event</text>'
                f'<circle cx="{WIDTH - 150}" cy="9" r="5" fill="#fff" stroke="{RED}" stroke-width="1.5"/>'
                f'<text x="{WIDTH - 140}" y="13" fill="{MUTED}">expected then</text>')
    return _svg(height, "Timeline of dated events and publications", body)


# --------------------------------------------------------------------------- graph


def graph_svg(dossier: dict, link: Link = _no_link, articles: Sequence[str] | None = None) -> Markup:
    """Return who cites whom: articles (left) to the outlets they cite (right), copies as dashed arcs.

    Args:
        dossier: the dossier.json object.
        link: ``(kind, id) -> URL or None`` for article nodes.
        articles: only edges from these articles; all when None.

    Returns:
        an ``<svg>`` element as safe Markup (a one-line note when there are no edges).
    """
    keep = set(articles) if articles is not None else None
    by_id = {a["id"]: a for a in dossier["articles"]}
    cites = [c for c in dossier["citations"] if keep is None or c["article"] in keep]
    copies = [c for c in dossier["copies"] if keep is None or c["article"] in keep or c["copy_of"] in keep]
    if not cites and not copies:
        return _empty("No citations or copies between these articles.")
    shown = {c["article"] for c in cites} | {c["article"] for c in copies} | {c["copy_of"] for c in copies}
    nodes = sorted((i for i in shown), key=lambda i: ((by_id.get(i) or {}).get("published") or "9999", i))
    count: dict[str, int] = defaultdict(int)
    for c in cites:
        count[c["cites"]] += 1
    outlets = sorted(count, key=lambda o: (-count[o], o.lower()))
    rows = max(len(nodes), len(outlets))
    top = 34
    height = top + ROW * rows + 16
    ax, ox = 360, 680
    ay = {a: top + ROW * i + ROW / 2 for i, a in enumerate(nodes)}
    oy = {o: top + ROW * i + ROW / 2 for i, o in enumerate(outlets)}
    body = [f'<text x="{ax}" y="16" text-anchor="end" fill="{MUTED}">articles</text>',
            f'<text x="{ox}" y="16" fill="{MUTED}">cited outlets</text>',
            f'<text x="{ax + 40}" y="16" fill="{MUTED}">── cites</text>',
            f'<text x="{ax + 120}" y="16" fill="{RED}">- - copies</text>']
    seen_edges: set[tuple[str, str]] = set()
    for c in cites:
        if (c["article"], c["cites"]) in seen_edges:
            continue
        seen_edges.add((c["article"], c["cites"]))
        y1, y2 = ay[c["article"]], oy[c["cites"]]
        mid = (ax + ox) / 2
        body.append(f'<path class="edge" d="M{ax + 6},{y1:.1f} C{mid:.1f},{y1:.1f} {mid:.1f},{y2:.1f} '
                    f'{ox - 6},{y2:.1f}" fill="none" stroke="{BLUE}" stroke-opacity="0.55" stroke-width="1.5">'
                    f'<title>{_e(c["article"])} cites {_e(c["cites"])} ({_e(c["cue"])})</title></path>')
    for c in copies:
        y1, y2 = ay[c["article"]], ay[c["copy_of"]]
        bulge = ax + 30 + 0.35 * abs(y2 - y1)
        body.append(f'<path class="edge" d="M{ax + 6},{y1:.1f} C{bulge:.1f},{y1:.1f} {bulge:.1f},{y2:.1f} '
                    f'{ax + 6},{y2:.1f}" fill="none" stroke="{RED}" stroke-width="2" stroke-dasharray="5 4">'
                    f'<title>{_e(c["article"])} {"paraphrases" if c.get("kind") == "paraphrase" else "copies"} '
                    f'{_e(c["copy_of"])} '
                    f'(similarity {c["similarity"]:.2f})</title></path>')
    for a in nodes:
        art = by_id.get(a, {})
        label = _short(art.get("title") or a, LABEL_CHARS)
        outlet = art.get("outlet")
        inner = (f'<circle class="mark" cx="{ax}" cy="{ay[a]:.1f}" r="6" fill="{INK}"/>'
                 f'<text x="{ax - 12}" y="{ay[a] + 4:.1f}" text-anchor="end" fill="{INK}">{_e(label)}'
                 f'<title>{_e(a)} · {_e(art.get("title") or "(untitled)")}'
                 f'{" · " + _e(outlet) if outlet else ""}</title></text>')
        body.append(_a(link, "article", a, inner))
    for o in outlets:
        inner = (f'<rect class="mark" x="{ox - 6}" y="{oy[o] - 6:.1f}" width="12" height="12" fill="{BLUE}"/>'
                 f'<text x="{ox + 12}" y="{oy[o] + 4:.1f}" fill="{INK}">{_e(_short(o, LABEL_CHARS))} '
                 f'<tspan fill="{MUTED}">×{count[o]}</tspan><title>{_e(o)}: cited {count[o]} time(s)</title></text>')
        body.append(_a(link, "outlet", o, inner))
    return _svg(height, "Citation and copy graph between articles and outlets", body)


# --------------------------------------------------------------------------- numbers


def numbers_svg(dossier: dict, link: Link = _no_link, conflicts: Sequence[dict] | None = None) -> Markup:
    """Return the numbers in conflict: per numeric conflict, one bar per disputed value.

    Bars share one linear scale within a conflict; each is labelled with the
    value and the articles that report it.

    Args:
        dossier: the dossier.json object.
        link: ``(kind, id) -> URL or None`` for the article labels.
        conflicts: the conflicts to draw; every numeric conflict of the dossier when None.

    Returns:
        an ``<svg>`` element as safe Markup (a one-line note when there are none).
    """
    chosen = [c for c in (dossier["conflicts"] if conflicts is None else conflicts)
              if c["kind"] == "numeric" and c["values"]]
    if not chosen:
        return _empty("No numbers in conflict.")
    quantities = dossier["quantities"]
    left, bar_max = 110, 330
    body: list[str] = []
    y = 8
    for c in chosen:
        body.append(f'<text x="4" y="{y + 14}" font-weight="600" fill="{INK}">{_e(c["id"])}: '
                    f'{_e(_short(c["summary"], 110))}<title>{_e(c["summary"])}</title></text>')
        y += 26
        top = max(c["values"]) or 1
        arts = set(c["articles"])
        for v in sorted(c["values"]):
            reporters = sorted({q["article"] for q in quantities if q["article"] in arts and q["value"] == v})
            width = max(2.0, bar_max * v / top)
            body.append(f'<text x="{left - 8}" y="{y + 13}" text-anchor="end" fill="{INK}" font-weight="600">'
                        f'{_e(_number(v))}</text>'
                        f'<rect class="mark" x="{left}" y="{y + 2}" width="{width:.1f}" height="15" rx="2" '
                        f'fill="{RED}" fill-opacity="0.8"><title>{_e(_number(v))} reported by '
                        f'{_e(", ".join(reporters) or "?")}</title></rect>')
            parts = []
            for j, r in enumerate(reporters[:MAX_REPORTERS]):
                sep = f'<tspan fill="{MUTED}">, </tspan>' if j else ""
                parts.append(sep + _a(link, "article", r, f'<tspan fill="{BLUE}">{_e(_short(r, 30))}</tspan>'))
            if len(reporters) > MAX_REPORTERS:
                parts.append(f'<tspan fill="{MUTED}"> +{len(reporters) - MAX_REPORTERS} more</tspan>')
            body.append(f'<text x="{left + width + 8:.1f}" y="{y + 13}">{"".join(parts)}</text>')
            y += 22
        spread = max(c["values"]) / min(c["values"]) if min(c["values"]) > 0 else None
        if spread:
            body.append(f'<text x="{left}" y="{y + 10}" fill="{MUTED}">largest is {spread:,.3g}× the smallest'
                        f'</text>')
        y += 26
    return _svg(y, "Numbers in conflict", body)
