"""Render a dossier dict to Markdown and to one self-contained, escaped HTML page."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from urllib.parse import quote

from jinja2 import Environment, PackageLoader, select_autoescape

from storyscope.outputs import write_atomically
from storyscope.report.svg import graph_svg, numbers_svg, shown_date, timeline_svg

_ENV = Environment(loader=PackageLoader("storyscope.report", "templates"),
                   autoescape=select_autoescape(["html", "j2"]), trim_blocks=True, lstrip_blocks=True)


def _anchor(kind: str, ident: str) -> str | None:
    """Link the charts of dossier.html to the page's own sections (never outside the file)."""
    return f"#{kind}-{quote(ident, safe='')}" if kind in ("article", "claim") and ident else None


def render_html(dossier: dict, verdicts: dict[str, dict] | None = None) -> str:
    """Return the dossier as a self-contained HTML page (inline CSS and SVG, no scripts, no external URLs).

    Every piece of article text goes through Jinja2's autoescaping; the charts
    escape their labels themselves (:mod:`storyscope.report.svg`).

    Args:
        dossier: the dossier.json object.
        verdicts: optional claim id -> ``check --json`` object, shown beside the claims.
    """
    titles = {a["id"]: a["title"] for a in dossier["articles"]}
    return _ENV.get_template("dossier.html.j2").render(
        d=dossier, titles=titles, verdicts=verdicts or {}, shown_date=shown_date, shown_number=shown_number,
        relay=relay_chain(dossier),
        shown_claims=shown_claims(dossier), claims_cut=_claims_cut(dossier),
        dated_share=_dated_shares(dossier),
        timeline=timeline_svg(dossier, _anchor), graph=graph_svg(dossier, _anchor),
        numbers=numbers_svg(dossier, _anchor))


def relay_chain(dossier: dict) -> dict[str, str]:
    """Return attribution id -> "via X, via Y" for nested attributions (the outlets or people relaying them)."""
    by_id = {a["id"]: a for a in dossier["attributions"]}
    out = {}
    for a in dossier["attributions"]:
        links, seen, outer = [], {a["id"]}, a.get("within")
        while outer in by_id and outer not in seen:
            seen.add(outer)
            links.append("via " + (by_id[outer]["speaker"] or "an unattributed report"))
            outer = by_id[outer].get("within")
        if links:
            out[a["id"]] = ", ".join(links)
    return out


# Markdown's own syntax (links, images, emphasis, code, tables; lists, quotes and headings at a line's start):
# backslash-escaped in input text so that it reads literally ("![x](http://...)" fetches nothing, "[x](javascript:
# ...)" is no link).
# Claims the readable outputs (dossier.md, dossier.html) list, first ones first; dossier.json holds every claim.
SHOWN_CLAIMS = 60
_MD_SYNTAX = re.compile(r"([\\`*_{}\[\]|~])")
_MD_LINE_START = re.compile(r"(?m)^(\s*)([-+#>=])")
_MD_ORDERED = re.compile(r"(?m)^(\s*\d+)([.)])(?=\s|$)")


def _md_text(text: object) -> str:
    """Escape input text for Markdown: no raw HTML, no Markdown syntax (newlines kept)."""
    escaped = _MD_SYNTAX.sub(r"\\\1", html.escape(str(text if text is not None else ""), quote=False))
    return _MD_ORDERED.sub(r"\1\\\2", _MD_LINE_START.sub(r"\1\\\2", escaped))


def _md(text: object) -> str:
    """Escape input text (article text, ids, names) for one Markdown line or table cell."""
    return _md_text(text).replace("\r", " ").replace("\n", " ")


def _ids(ids: list[str]) -> str:
    return ", ".join(_md(i) for i in ids)


def _dated_shares(dossier: dict) -> dict[str, str]:
    """Story id -> ", 1 of 5 articles dated" when some of its articles have no date (its span rests on the
    others), else ""."""
    published = {a["id"]: a["published"] for a in dossier["articles"]}
    return {s["id"]: _dated_share(s, published) for s in dossier["stories"]}


def _dated_share(story: dict, published: dict[str, str | None]) -> str:
    dated = sum(1 for aid in story["articles"] if published.get(aid))
    return f", {dated} of {len(story['articles'])} articles dated" if dated < len(story["articles"]) else ""


def shown_claims(dossier: dict) -> list[dict]:
    """The claims the readable outputs list: the first ``SHOWN_CLAIMS``, then any other a conflict names (a reader
    following a conflict's claims must find each)."""
    claims = dossier["claims"]
    named = {cid for conflict in dossier.get("conflicts", ()) for cid in conflict.get("claims", ())}
    return claims[:SHOWN_CLAIMS] + [c for c in claims[SHOWN_CLAIMS:] if c["id"] in named]


def _claims_cut(dossier: dict) -> str | None:
    """The line telling that the readable outputs show only some claims, or None."""
    n = len(dossier["claims"])
    return f"The first {SHOWN_CLAIMS} of {n} claims are shown, and those a conflict names; dossier.json holds all." \
        if n > SHOWN_CLAIMS else None


def shown_number(value: float | int | None) -> str:
    """A quantity's value as a reader writes it: "10,000" for 10000.0, "2.5" for 2.5 (not "10000.0" or "1e+06")."""
    if value is None:
        return ""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.6g}" if abs(value) < 1e15 else f"{value:g}"


def render_markdown(dossier: dict, verdicts: dict[str, dict] | None = None) -> str:
    """Return the dossier as Markdown (article text HTML-escaped); ``verdicts`` (claim id -> ``check --json``
    object) adds each claim's verdict."""
    verdicts = verdicts or {}
    lines = ["# storyscope dossier", ""]
    lines.append(f"{len(dossier['articles'])} articles, {len(dossier['stories'])} stories, "
                 f"{len(dossier['claims'])} claims, {len(dossier['conflicts'])} conflicts, "
                 f"{len(dossier['skipped'])} skipped inputs.")
    lines += ["", "## Conflicts", ""]
    lines += [f"- **{c['kind']}**: {_md(c['summary'])} (articles: {_ids(c['articles'])})"
              for c in dossier["conflicts"]] or ["None found."]
    lines += ["", "## Stories", ""]
    dated = _dated_shares(dossier)
    for s in dossier["stories"]:
        lines.append(f"- **{_md(s['title'])}** ({s['first_seen'] or 'undated'} to {s['last_seen'] or 'undated'}"
                     f"{dated[s['id']]}): " + _ids(s["articles"]))
    lines += ["", "## Claims", ""]
    cut = _claims_cut(dossier)
    lines += [cut, ""] if cut else []
    lines += ["| claim | verdict | independent origins | mentions |", "|---|---|---|---|"]
    for c in shown_claims(dossier):
        mentions = "; ".join(f"{m['stance']} in {_md(m['article'])}" + (f" ({_md(m['attributed_to'])})"
                             if m["attributed_to"] else "") for m in c["mentions"])
        verdict = verdicts.get(c["id"], {}).get("verdict", "")
        lines.append(f"| {_md(c['id'])}: {_md(c['text'])} | {verdict.replace('_', ' ')} | {c['independent_sources']} "
                     f"| {mentions} |")
    lines += ["", "## Who said what", "", "| speaker | cue | content | article |", "|---|---|---|---|"]
    relay = relay_chain(dossier)
    for a in dossier["attributions"]:
        if a.get("kind", "speech") != "speech":
            continue
        flags = (" (direct)" if a["direct"] else "") + (" (hedged)" if a["hedged"] else "")
        via = f" ({relay[a['id']]})" if a["id"] in relay else ""
        lines.append(f"| {_md(a['speaker'] or '(unattributed)')}{_md(via)} | {_md(a['cue'])}{flags} | "
                     f"{_md(a['content'])} | {_md(a['article'])} |")
    lines += ["", "## Numbers", "", "| value | as written | counts | article |", "|---|---|---|---|"]
    lines += [f"| {shown_number(q['value'])} | {_md(q['text'])} | {_md(q['about'])} | {_md(q['article'])} |"
              for q in dossier["quantities"]]
    lines += ["", "## Entities", "", "| name | type | also written | articles |", "|---|---|---|---|"]
    lines += [f"| {_md(e['name'])} | {_md(e['type'])} | {_md('; '.join(a for a in e['aliases'] if a != e['name']))} | "
              f"{len(e['articles'])} |" for e in dossier["entities"]]
    lines += ["", "## Citations and copies", ""]
    lines += [f"- {_md(c['article'])} cites **{_md(c['cites'])}** ({_md(c['cue'])})" for c in dossier["citations"]]
    lines += [f"- {_md(c['article'])} {'paraphrases' if c.get('kind') == 'paraphrase' else 'copies'} {_md(c['copy_of'])} "
              f"(similarity {c['similarity']:.2f})" for c in dossier["copies"]]
    lines += ["", "## Timeline", ""]
    lines += [f"- {shown_date(t)}: {'(expected when reported) ' if t.get('expected') else ''}{_md(t['summary'])} "
              f"({_ids(t['articles'])})" for t in dossier["timeline"]]
    lines += ["", "## Articles", ""]
    for a in dossier["articles"]:
        lines.append(f"### {_md(a['title'] or a['id'])}")
        lines.append(f"{_md(a['id'])} · {_md(a['outlet'] or 'outlet unknown')} · {_md(a['published'] or 'undated')} · "
                     f"{_md(a['language'] or '?')} · story {_md(a['story'])}")
        lines.append("")
        lines += [_md_text(p) + "\n" for p in a["text"].split("\n\n")]
    lines += ["## Skipped inputs", ""]
    lines += [f"- {_md(s['source'])}: {_md(s['reason'])}" for s in dossier["skipped"]] or ["None."]
    return "\n".join(lines) + "\n"


# The files ``write_outputs`` writes into the output folder (claimreview.jsonld only with verdicts).
OUTPUT_NAMES = ("dossier.json", "dossier.md", "dossier.html", "claimreview.jsonld")


def write_outputs(dossier: dict, out_dir: Path, verdicts: dict[str, dict] | None = None) -> dict[str, Path]:
    """Write dossier.json, dossier.md and dossier.html into ``out_dir``; return their paths.

    Args:
        dossier: the dossier.json object.
        out_dir: the output folder (created when missing).
        verdicts: claim id -> ``check --json`` object; when given, dossier.html shows
            them and ``claimreview.jsonld`` (schema.org ClaimReview) is written too.

    Returns:
        ``{"json", "md", "html"[, "claimreview"]}`` -> path.
    """
    from storyscope.report.claimreview import claim_reviews, write_claim_reviews

    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {key: out_dir / name for key, name in zip(("json", "md", "html"), OUTPUT_NAMES)}
    write_atomically(paths["json"], json.dumps(dossier, ensure_ascii=False, indent=2))
    write_atomically(paths["md"], render_markdown(dossier, verdicts))
    write_atomically(paths["html"], render_html(dossier, verdicts))
    if verdicts is not None:
        paths["claimreview"] = write_claim_reviews(claim_reviews(dossier, verdicts), out_dir)
    return paths
