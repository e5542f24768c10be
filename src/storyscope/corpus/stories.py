"""Group articles into stories: blocking, then a pairwise decision, then components.

Blocking (no all-pairs): (a) for every canonical entity, its articles sorted by
date are paired with their next ``BLOCK_WINDOW`` neighbours; (b) MinHashLSH
over each article's top TF-IDF keywords plus entity ids. A candidate pair is
the same story when its TF-IDF cosine is high, or moderate while the two
articles share several canonical entities. Dates are deliberately not a veto:
a developing story (the seeds span 2022-2024) keeps its old articles.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from datasketch import MinHash, MinHashLSH
from sklearn.feature_extraction.text import TfidfVectorizer

from storyscope.corpus._text import STOPWORDS, UNDATED, UnionFind, date_key
from storyscope.corpus.entities import EntityLinks
from storyscope.model import AnnotatedArticle, Story

# Neighbours each article is compared with inside one entity's date-sorted
# article list: keeps blocking linear even for an entity every article names.
BLOCK_WINDOW = 12
# Keywords per article fed to the LSH block (top TF-IDF terms).
KEYWORDS_PER_ARTICLE = 15
# LSH threshold on the keyword+entity sets: low, because it only proposes.
STORY_LSH_THRESHOLD = 0.3
STORY_LSH_PERM = 64
# Same story on text alone at this TF-IDF cosine (sublinear tf, English stop
# words). Same-event news pairs in the seeds score 0.15-0.45 and unrelated
# fixture stories < 0.05; to be re-set with `storyscope bench clustering`
# (ECB+ BCubed F1) after changing the vectoriser.
STORY_COSINE_STRONG = 0.35
# ... or at this lower cosine when the articles share at least
# STORY_MIN_SHARED_ENTITIES canonical entities (seeds: all five share North
# Korea, Russia, Ukraine, Kim Jong Un and Putin at cosines 0.1-0.3).
STORY_COSINE = 0.08
STORY_MIN_SHARED_ENTITIES = 2


def _doc_text(item: AnnotatedArticle) -> str:
    title = item.article.title or ""
    return f"{title}\n{title}\n{item.article.text}"


def tfidf_matrix(articles: Sequence[AnnotatedArticle]):
    """L2-normalised TF-IDF rows (sparse) of title + body, one per article in order."""
    vec = TfidfVectorizer(
        stop_words=sorted(STOPWORDS),
        sublinear_tf=True,
        strip_accents="unicode",
        lowercase=True,
        dtype=np.float64,
    )
    texts = [_doc_text(a) for a in articles]
    if not any(t.strip() for t in texts):
        return None, []
    try:
        matrix = vec.fit_transform(texts)
    except ValueError:  # only stop words everywhere
        return None, []
    return matrix.tocsr(), vec.get_feature_names_out()


def _pair_cosines(matrix, pairs: list[tuple[int, int]]) -> np.ndarray:
    if matrix is None or not pairs:
        return np.zeros(len(pairs))
    left = matrix[[p[0] for p in pairs]]
    right = matrix[[p[1] for p in pairs]]
    return np.asarray(left.multiply(right).sum(axis=1)).ravel()


def _candidates(ordered, links: EntityLinks, matrix, vocab) -> set[tuple[int, int]]:
    index = {a.article.id: i for i, a in enumerate(ordered)}
    pairs: set[tuple[int, int]] = set()
    for entity in links.entities:
        rows = sorted(
            (index[aid] for aid in entity.articles if aid in index), key=lambda r: date_key(ordered[r])
        )
        for i, r in enumerate(rows):
            for s in rows[i + 1 : i + 1 + BLOCK_WINDOW]:
                pairs.add((min(r, s), max(r, s)))
    if matrix is not None and len(ordered) > 1:
        lsh = MinHashLSH(threshold=STORY_LSH_THRESHOLD, num_perm=STORY_LSH_PERM)
        feats = []
        for r, item in enumerate(ordered):
            row = matrix.getrow(r)
            top = row.indices[np.lexsort((row.indices, -row.data))][:KEYWORDS_PER_ARTICLE]
            tokens = [f"w:{vocab[t]}" for t in top] + [
                f"e:{e}" for e in links.article_entities.get(item.article.id, ())
            ]
            feats.append(sorted(tokens))
        hashes = MinHash.bulk(([t.encode() for t in f] for f in feats), num_perm=STORY_LSH_PERM)
        for r, mh in enumerate(hashes):
            if feats[r]:
                lsh.insert(r, mh)
        for r, mh in enumerate(hashes):
            if feats[r]:
                for s in lsh.query(mh):
                    if s != r:
                        pairs.add((min(r, s), max(r, s)))
    return pairs


def group_stories(
    articles: Sequence[AnnotatedArticle], links: EntityLinks
) -> tuple[tuple[Story, ...], dict[str, str]]:
    """Group ``articles`` into stories.

    Args:
        articles: annotated articles, any order.
        links: canonical entities of the same articles (``link_entities``).

    Returns:
        ``(stories, article_story)``. Stories are numbered ``S1``... by size
        (largest first), then first date, then first article id; ``title`` is
        the title of the article closest to the story's TF-IDF centroid
        (earliest on ties); ``first_seen``/``last_seen`` the min/max published
        date (None when no article is dated).
    """
    ordered = sorted(articles, key=lambda a: a.article.id)
    if not ordered:
        return (), {}
    matrix, vocab = tfidf_matrix(ordered)
    pairs = sorted(_candidates(ordered, links, matrix, vocab))
    cosines = _pair_cosines(matrix, pairs)
    ents = [set(links.article_entities.get(a.article.id, ())) for a in ordered]
    uf = UnionFind(range(len(ordered)))
    for (r, s), cos in zip(pairs, cosines, strict=True):
        if cos >= STORY_COSINE_STRONG or (
            cos >= STORY_COSINE and len(ents[r] & ents[s]) >= STORY_MIN_SHARED_ENTITIES
        ):
            uf.union(r, s)

    drafts = []
    for rows in uf.groups():
        members = [ordered[r] for r in rows]
        dates = sorted(a.article.published for a in members if a.article.published)
        drafts.append((rows, members, dates))
    drafts.sort(key=lambda d: (-len(d[0]), d[2][0] if d[2] else UNDATED, d[1][0].article.id))

    stories: list[Story] = []
    article_story: dict[str, str] = {}
    for n, (rows, members, dates) in enumerate(drafts, start=1):
        sid = f"S{n}"
        stories.append(
            Story(
                id=sid,
                title=_central_title(matrix, rows, ordered),
                articles=tuple(a.article.id for a in members),
                first_seen=dates[0] if dates else None,
                last_seen=dates[-1] if dates else None,
            )
        )
        for a in members:
            article_story[a.article.id] = sid
    return tuple(stories), article_story


def _central_title(matrix, rows: list[int], ordered: Sequence[AnnotatedArticle]) -> str:
    """Title of the member nearest the TF-IDF centroid (ties: earliest, then id)."""
    if matrix is not None and len(rows) > 1:
        sub = matrix[rows]
        centroid = np.asarray(sub.mean(axis=0)).ravel()
        scores = sub @ centroid
    else:
        scores = np.zeros(len(rows))
    best = min(range(len(rows)), key=lambda i: (-round(float(scores[i]), 9), date_key(ordered[rows[i]])))
    for i in [best] + sorted(range(len(rows)), key=lambda i: date_key(ordered[rows[i]])):
        art = ordered[rows[i]].article
        if art.title:
            return art.title
    art = ordered[rows[best]].article
    first_line = art.text.strip().split("\n", 1)[0][:120]
    return first_line or art.id
