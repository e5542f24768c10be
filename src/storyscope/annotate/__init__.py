"""Per-article annotation: sentences, entities, attributions, quantities, citations, claims.

One spaCy pass per article, then pure rules over the Doc; a Doc never leaves
this package.
"""

from storyscope.annotate.nlp import load_nlp
from storyscope.annotate.stage import IMPL, annotate_articles, annotate_doc

__all__ = ["IMPL", "annotate_articles", "annotate_doc", "load_nlp"]
