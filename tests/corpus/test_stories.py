"""Stories: related articles grouped, unrelated ones kept apart."""

from storyscope.corpus.entities import link_entities
from storyscope.corpus.stories import group_stories


def _stories(articles):
    return group_stories(articles, link_entities(articles))


def test_related_articles_form_one_story(corpus_articles):
    stories, _ = _stories(corpus_articles)
    assert ("a1", "a2", "a3", "a4") in [s.articles for s in stories]


def test_unrelated_story_is_separate(corpus_articles):
    stories, _ = _stories(corpus_articles)
    assert sorted(s.articles for s in stories) == [("a1", "a2", "a3", "a4"), ("b1", "b2")]


def test_every_article_is_mapped_to_its_story(corpus_articles):
    stories, article_story = _stories(corpus_articles)
    assert set(article_story) == {"a1", "a2", "a3", "a4", "b1", "b2"}
    for story in stories:
        assert {article_story[a] for a in story.articles} == {story.id}


def test_story_dates_span_its_articles(corpus_articles):
    stories, article_story = _stories(corpus_articles)
    main = next(s for s in stories if s.id == article_story["a1"])
    assert (main.first_seen, main.last_seen) == ("2031-03-02", "2031-03-06")


def test_story_title_is_a_member_title(corpus_articles):
    stories, _ = _stories(corpus_articles)
    titles = {a.article.id: a.article.title for a in corpus_articles}
    for story in stories:
        assert story.title in {titles[a] for a in story.articles}


def test_largest_story_is_s1(corpus_articles):
    stories, _ = _stories(corpus_articles)
    assert stories[0].id == "S1" and len(stories[0].articles) == 4


def test_single_article_is_its_own_story(make):
    stories, article_story = _stories([make("only", "A lone report about a village fair.", title="Fair")])
    assert article_story == {"only": "S1"}
    assert stories[0].title == "Fair" and stories[0].first_seen is None
