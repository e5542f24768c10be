"""The clean stage over the five real seed articles in ../shared/seeds (skipped when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyscope.clean import clean_document
from storyscope.model import Article, RawDocument

pytestmark = pytest.mark.slow  # reads shared data

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"

TITLES = {
    "000": "North Korea offers troops to help Russian invasion of Ukraine",
    "001": "Ukraine war set to escalate as North Korean troops will be sent to fight",
    "002": "Volodymyr Zelensky tells Nato 10,000 North Korean troops being trained to enter Ukraine war",
    "003": (
        "Side with Russia, is it true that North Korea will Send 100,000 "
        "'Volunteer Soldiers' to Face Ukraine?"
    ),
    "004": "For “reconstruction” – North Korea wants to send soldiers to eastern Ukraine",
}
# Headlines of other stories listed under "Related articles", "More like this",
# "Read more related news:" and "LATEST DEVELOPMENTS:".
RELATED = {
    "000": ["Ofgem director QUITS", "Jeremy Vine savaged", "Roses could face", "Avoid baggage with wheels"],
    "001": ["Trump’s former top advisors", "New intelligence warns Putin", "Kremlin does ‘not recognise"],
    "002": ["Spanish mayor warns", "revenge on shark"],
    "004": ["Just in time for lunch", "Schallenberg warns", "Beer prices"],
}
KEPT = {
    "000": ["Rafael Grossi, head of the UN’s nuclear agency", "Pyongyang leader Kim Jong-un is said"],
    "001": ["Pat Ryder told journalists", "Ilya Ponomarev told the Express", "On 19 June Putin and Jong Un"],
    "002": ["branded the claims", "According to reports, September was"],
    "003": ["International Military - North Korea", "Quoted from Defense Security Asia"],
    "004": ["According to a report by", "Source: Krone"],
}


@pytest.fixture(scope="module")
def articles() -> dict[str, Article]:
    if not SEEDS.is_dir():
        pytest.skip(f"seed articles not found at {SEEDS} (present only beside the developers' checkout)")
    out = {}
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        doc = RawDocument(id=path.stem, source=str(path), text=text, kind="text", content_hash="x")
        article = clean_document(doc)
        assert isinstance(article, Article), article
        out[path.name[:3]] = article
    return out


@pytest.mark.parametrize("seed", sorted(TITLES))
def test_title(articles: dict[str, Article], seed: str) -> None:
    assert articles[seed].title == TITLES[seed]


@pytest.mark.parametrize("seed", sorted(TITLES))
def test_body_does_not_start_with_the_title(articles: dict[str, Article], seed: str) -> None:
    assert not articles[seed].text.startswith(TITLES[seed][:30])


@pytest.mark.parametrize("seed", sorted(TITLES))
def test_no_comment_prompt_and_english(articles: dict[str, Article], seed: str) -> None:
    assert "Please enter your comment" not in articles[seed].text
    assert articles[seed].language == "en"


@pytest.mark.parametrize(("seed", "headline"), [(s, h) for s, hs in RELATED.items() for h in hs])
def test_related_headlines_are_gone(articles: dict[str, Article], seed: str, headline: str) -> None:
    assert headline not in articles[seed].text


@pytest.mark.parametrize(("seed", "phrase"), [(s, p) for s, ps in KEPT.items() for p in ps])
def test_article_paragraphs_are_kept(articles: dict[str, Article], seed: str, phrase: str) -> None:
    assert phrase in articles[seed].text


def test_dateline_of_001(articles: dict[str, Article]) -> None:
    assert articles["001"].published == "2024-06-26"
    assert "2:17 pm" not in articles["001"].text


def test_outlet_of_004_and_source_line_last(articles: dict[str, Article]) -> None:
    assert articles["004"].outlet == "Krone"
    assert articles["004"].text.endswith("Source: Krone")
