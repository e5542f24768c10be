"""Build the CONTRACT dossier.json object from the store."""

from __future__ import annotations

from collections.abc import Sequence

from storyscope.annotate.chains import enclosing_attributions
from storyscope.corpus import EntityIndex
from storyscope.model import DOSSIER_SCHEMA, AnnotatedArticle, CorpusResult, Skip


def _canonical(name: str | None, index: EntityIndex) -> tuple[str | None, str | None]:
    if not name:
        return None, None
    entity = index.resolve(name)
    return (entity.name, entity.id) if entity else (name, None)


def build_dossier(annotated: Sequence[AnnotatedArticle], corpus: CorpusResult,
                  skipped: Sequence[Skip], settings_names: dict[str, str] | None = None) -> dict:
    """Assemble the dossier.json object.

    Args:
        annotated: every stored article with its annotations.
        corpus: the corpus results built over them.
        skipped: inputs that produced no article.
        settings_names: implementation names to record (``{"clean": "clean.rules.v1", ...}``).

    Returns:
        a dict with every top-level key of CONTRACT.md's dossier.json.
    """
    entities = corpus.entities
    index = EntityIndex(entities)  # one index for every look-up: resolve_name per call is O(entities)
    articles, attributions, quantities = [], [], []
    for item in annotated:
        a = item.article
        articles.append({
            "id": a.id, "source": a.source, "title": a.title, "published": a.published,
            "language": a.language, "outlet": a.outlet, "text": a.text,
            "story": corpus.article_story.get(a.id), "url": a.url,
        })
        relayed_by = enclosing_attributions(item.annotations.attributions)
        for i, att in enumerate(item.annotations.attributions):
            speaker, entity_id = _canonical(att.speaker, index)
            attributions.append({
                "id": f"{a.id}#a{i}", "article": a.id, "speaker": speaker, "speaker_entity": entity_id,
                "cue": att.cue, "content": att.content, "direct": att.direct, "hedged": att.hedged,
                "start": att.start, "end": att.end, "source_text": att.source_text,
                "cue_start": att.cue_start, "cue_end": att.cue_end, "kind": att.kind,
                "within": None if relayed_by[i] is None else f"{a.id}#a{relayed_by[i]}",
            })
        for i, q in enumerate(item.annotations.quantities):
            quantities.append({
                "id": f"{a.id}#q{i}", "article": a.id, "value": q.value, "text": q.text,
                "about": q.about, "start": q.start, "end": q.end,
            })
    claims = []
    for c in corpus.claims:
        mentions = []
        for m in c.mentions:
            mentions.append({
                "article": m.article, "text": m.text, "start": m.start, "end": m.end,
                "stance": m.stance, "attributed_to": _canonical(m.attributed_to, index)[0],
            })
        claims.append({"id": c.id, "text": c.text, "checkworthiness": round(c.checkworthiness, 4),
                       "independent_sources": c.independent_sources, "mentions": mentions})
    return {
        "schema": DOSSIER_SCHEMA,
        "implementations": settings_names or {},
        "articles": articles,
        "skipped": [{"source": s.source, "reason": s.reason, "stage": s.stage, "code": s.code} for s in skipped],
        "stories": [{"id": s.id, "title": s.title, "articles": list(s.articles),
                     "first_seen": s.first_seen, "last_seen": s.last_seen} for s in corpus.stories],
        "entities": [{"id": e.id, "name": e.name, "type": e.type, "aliases": list(e.aliases),
                      "articles": list(e.articles)} for e in entities],
        "attributions": attributions,
        "quantities": quantities,
        "claims": claims,
        "conflicts": [{"id": c.id, "kind": c.kind, "claims": list(c.claims), "articles": list(c.articles),
                       "values": list(c.values), "summary": c.summary} for c in corpus.conflicts],
        "citations": [{"article": c.article, "cites": c.cites, "cue": c.cue, "start": c.start, "end": c.end}
                      for c in corpus.citations],
        "copies": [{"article": c.article, "copy_of": c.copy_of, "similarity": round(c.similarity, 4),
                    "kind": c.kind} for c in corpus.copies],
        "timeline": [{"date": t.date, "precision": t.precision, "summary": t.summary,
                      "articles": list(t.articles), "claims": list(t.claims), "expected": t.expected}
                     for t in corpus.timeline],
    }
