"""Timeline: publication events and explicitly dated claims."""

import pytest

from storyscope.corpus.timeline import resolve_dates


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("On 19 June the two leaders signed a pact.", "2024-06-26", ["2024-06-19"]),
        ("The country did so on July 13 after talks.", "2022-08-06", ["2022-07-13"]),
        ("Officials met on December 30 to agree terms.", "2024-01-03", ["2023-12-30"]),
        ("The pact was signed on 4 March 2019 in the capital.", "2031-03-05", ["2019-03-04"]),
        ("On 19 June the two leaders signed a pact.", None, []),
        ("They may 5 times refuse.", "2024-06-26", []),
        ("No date here at all.", "2024-06-26", []),
    ],
)
def test_resolve_dates(text, published, expected):
    assert resolve_dates(text, published) == expected


def test_events_are_sorted_by_date(corpus):
    dates = [e.date for e in corpus.timeline]
    assert dates == sorted(dates)


def test_one_publication_event_per_dated_article(corpus):
    titles = {e.summary for e in corpus.timeline}
    assert {"Norvania offers fighters to Dravenia", "Tidal turbines reach full power"} <= titles


def test_dated_claim_gets_its_own_event(corpus):
    (event,) = [e for e in corpus.timeline
                if e.date == "2031-03-04" and e.articles == ("a3",) and "4 March" in e.summary]
    assert len(event.claims) == 1
    # "said on Tuesday" in the same article (published Wednesday 5 March) names the same day
    assert any("on Tuesday" in e.summary for e in corpus.timeline if e.date == "2031-03-04")


def test_claim_first_seen_on_earliest_article(corpus):
    (quote,) = [c for c in corpus.claims if any("green light" in m.text for m in c.mentions)]
    (first,) = [e for e in corpus.timeline if quote.id in e.claims and e.articles == ("a1",)]
    assert first.date == "2031-03-02"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks resumed on Sept. 4 and ended Sep 30th, 2023.", ["2023-09-30", "2024-09-04"]),
        ("The 1st of Jan. 2025 was quiet.", ["2025-01-01"]),
        ("On 12 Septembers nothing happened.", []),
        ("Markets fell in March without a day named.", []),
    ],
)
def test_resolve_abbreviated_and_partial_dates(text, expected):
    assert resolve_dates(text, "2024-06-26") == expected


def test_repeated_mention_text_resolves_once_per_publication_date(make):
    from storyscope.corpus.timeline import build_timeline
    from storyscope.model import Claim, ClaimMention

    text = "The bridge reopened on 2 May after repairs."
    a = make("t1", text, published="2031-05-03")
    b = make("t2", text, published="2032-05-03")
    mentions = tuple(ClaimMention(x, text, 0, len(text), "asserts", None) for x in ("t1", "t2"))
    claim = Claim("C1", text, 0.5, 2, mentions)
    events = build_timeline([a, b], [claim])
    dated = {e.date: e.articles for e in events if e.claims == ("C1",) and e.date.endswith("05-02")}
    assert dated == {"2031-05-02": ("t1",), "2032-05-02": ("t2",)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Last September the envoy told reporters the talks would resume.", ["2023-09"]),
        ("A battalion is set to arrive next month.", ["2024-07"]),
        ("The treaty is due to be ratified next March.", ["2025-03"]),
        ("The port reopened yesterday, officials said.", ["2024-06-25"]),
        ("The border was closed in February 2022 after the clashes.", ["2022-02"]),
        ("The pact was signed on 4 March 2019 in the capital.", ["2019-03-04"]),  # not also 2019-03
        ("Exports grew last year and will grow this year.", ["2023", "2024"]),
        ("The last man standing may win this time.", []),
        ("Markets fell in March without a day named.", []),
    ],
)
def test_resolve_relative_and_month_dates(text, expected):
    assert resolve_dates(text, "2024-06-26") == expected


def test_relative_dates_need_a_publication_date():
    assert resolve_dates("Last September the envoy resigned.", None) == []


def test_a_month_after_since_is_not_the_sentence_event():
    text = "Relations have grown closer since the blockade of the strait in February 2022, she said."
    assert resolve_dates(text, "2024-06-26") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # published Tuesday 2025-03-04
        ("The dam collapsed on Sunday, flooding the valley.", ["2025-03-02"]),
        ("The premier approved the deployment late on Monday.", ["2025-03-03"]),
        ("The minister announced the mission on Tuesday.", ["2025-03-04"]),
        ("The first units will leave on Wednesday.", ["2025-03-05"]),
        ("She said the convoy would cross on Friday.", ["2025-03-07"]),
        ("The talks resume next Tuesday.", ["2025-03-11"]),
        ("Rain fell last Tuesday.", ["2025-02-25"]),
        ("Talks began on Monday, March 3, 2025 in the capital.", ["2025-03-03"]),
    ],
)
def test_weekdays_resolve_against_the_publication_date(text, expected):
    assert resolve_dates(text, "2025-03-04") == expected


def test_a_future_marker_far_before_the_weekday_does_not_make_it_future():
    text = "Norvania will send up to 500 medics to the coast, the health minister announced on Monday."
    assert resolve_dates(text, "2025-03-04") == ["2025-03-03"]


def test_a_future_event_can_be_later_the_same_day():
    assert resolve_dates("The convoy is expected to cross on Tuesday night.", "2025-03-04") == ["2025-03-04"]


def test_event_dates_are_full_days_with_their_precision(make):
    from storyscope.corpus.timeline import build_timeline, full_date
    from storyscope.model import Claim, ClaimMention

    assert full_date("2023-09") == ("2023-09-01", "month")
    assert full_date("2023") == ("2023-01-01", "year")
    assert full_date("2024-06-19") == ("2024-06-19", "day")
    text = "Last September the envoy told reporters that the talks would resume."
    art = make("p1", text, published="2024-06-26")
    claim = Claim(id="C1", text=text, checkworthiness=0.5, independent_sources=1,
                  mentions=(ClaimMention("p1", text, 0, len(text), "reports", "the envoy"),))
    events = build_timeline([art], [claim])
    month = [e for e in events if e.claims == ("C1",) and e.articles == ("p1",) and e.precision == "month"]
    assert [e.date for e in month] == ["2023-09-01"]
    assert all(len(e.date) == 10 for e in events)


def test_an_event_dated_after_the_articles_telling_it_is_expected():
    from storyscope.corpus.timeline import build_timeline
    from storyscope.model import AnnotatedArticle, Annotations, Article, Claim, ClaimMention

    def article(ident: str, published: str) -> AnnotatedArticle:
        return AnnotatedArticle(Article(id=ident, source=f"{ident}.txt", title=f"Title {ident}", published=published,
                                        outlet=None, language="en", text="", content_hash=""), Annotations())

    plan = "A convoy of Brenn engineers is set to reach Osk next month."
    done = "On 3 May the Osk bridge reopened to traffic."
    claims = [Claim("C1", plan, 0.5, 1, (ClaimMention("p1", plan, 0, len(plan), "asserts", None),)),
              Claim("C2", done, 0.5, 1, (ClaimMention("p1", done, 0, len(done), "asserts", None),))]
    events = {e.claims: e for e in build_timeline([article("p1", "2033-05-20")], claims) if e.claims}
    assert events[("C1",)].date == "2033-06-01" and events[("C1",)].expected
    assert events[("C2",)].date == "2033-05-03" and not events[("C2",)].expected
    # a month told in the month of publication is no forecast ("this month")
    from storyscope.corpus.timeline import _after_publication
    by_id = {"p1": article("p1", "2033-05-20").article}
    assert not _after_publication("2033-05", {"p1"}, by_id) and _after_publication("2033-06", {"p1"}, by_id)


def test_a_claim_with_a_date_of_its_own_is_not_also_a_publication_days_event(corpus, corpus_articles):
    titles = {a.article.title for a in corpus_articles}
    publications = [e for e in corpus.timeline if e.summary in titles]
    dated = {c for e in corpus.timeline if e not in publications for c in e.claims}
    assert dated and not dated & {c for e in publications for c in e.claims}
