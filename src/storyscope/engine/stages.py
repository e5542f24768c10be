"""The per-article stages as one pure batch function: the unit every runner drives.

``process_batch`` takes raw documents and returns, in the same order, an
annotated article or a ``Skip`` for each. It touches no store and no globals
beyond the per-process spaCy model cache, so a process pool and Ray Data's
``map_batches`` can both call it.
"""

from __future__ import annotations

from collections.abc import Sequence

from storyscope.annotate import annotate_articles, load_nlp
from storyscope.clean import clean_document
from storyscope.errors import StoryscopeError
from storyscope.model import AnnotatedArticle, Article, RawDocument, Skip
from storyscope.settings import Settings


def _annotation_skip(article: Article, exc: Exception) -> Skip:
    """The skip recording why ``article`` could not be annotated (its own StoryscopeError, else E012 naming it)."""
    err = exc if isinstance(exc, StoryscopeError) \
        else StoryscopeError("E012", id=article.id, why=f"{type(exc).__name__}: {exc}")
    return Skip(source=article.source, reason=str(err), stage="annotate", code=err.code, id=article.id)


def _annotate_isolating(nlp, articles: list[Article], batch_size: int) -> list[AnnotatedArticle | Skip]:
    try:
        return list(annotate_articles(nlp, articles, batch_size=batch_size))
    except Exception as exc:  # noqa: BLE001 - one bad article must not sink its batch
        if len(articles) == 1:
            return [_annotation_skip(articles[0], exc)]
    out: list[AnnotatedArticle | Skip] = []
    for article in articles:
        try:
            out.extend(annotate_articles(nlp, [article], batch_size=1))
        except Exception as exc:  # noqa: BLE001 - recorded as the article's skip reason
            out.append(_annotation_skip(article, exc))
    return out


def process_batch(batch: Sequence[RawDocument], settings: Settings) -> list[AnnotatedArticle | Skip]:
    """Clean and annotate a batch of raw documents.

    Args:
        batch: raw documents (already decoded).
        settings: run settings (model name, batch size).

    Returns:
        one result per input, in input order: ``AnnotatedArticle`` or ``Skip``.
    """
    cleaned = [clean_document(raw) for raw in batch]
    articles = [c for c in cleaned if isinstance(c, Article)]
    annotated: list[AnnotatedArticle | Skip] = []
    if articles:
        nlp = load_nlp(settings.spacy_model)
        annotated = _annotate_isolating(nlp, articles, settings.batch_size)
    by_id = {}
    for item in annotated:
        key = item.article.id if isinstance(item, AnnotatedArticle) else item.id
        by_id[key] = item
    return [c if isinstance(c, Skip) else by_id[c.id] for c in cleaned]
