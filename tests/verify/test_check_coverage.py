"""Claims about the pile itself: how many of its articles mention, quote or cite someone or something."""

import pytest

from storyscope.verify.coverage import CoverageClaim, coverage_claim

from .conftest import check_verdicts


def test_a_count_of_articles_is_a_coverage_claim() -> None:
    assert coverage_claim("Only one of the three articles mentions the Varo dam.") == \
        CoverageClaim(act="mention", target="the Varo dam", count=1, bound="exactly", total=3)
    assert coverage_claim("Halina Brask is quoted in at least two of the articles.") == \
        CoverageClaim(act="quote", target="Halina Brask", count=2, bound="min", total=None)
    assert coverage_claim("All three articles cite Brask.") == \
        CoverageClaim(act="quote", target="Brask", count=None, bound="exactly", total=3)
    assert coverage_claim("None of the outlets quote Velm.") == \
        CoverageClaim(act="quote", target="Velm", count=0, bound="exactly", total=None, outlets=True)
    assert coverage_claim("Both articles refer to the Varo dam.").count == 2
    assert coverage_claim("The dam is mentioned by fewer than three outlets.").bound == "below"
    assert coverage_claim("Halina Brask is mentioned by name in only two of the four articles.") == \
        CoverageClaim(act="mention", target="Halina Brask", count=2, bound="exactly", total=4)
    assert coverage_claim("Two outlets quoted Velm.") == \
        CoverageClaim(act="quote", target="Velm", count=2, bound="exactly", total=None, outlets=True)


def test_other_claims_are_no_coverage_claims() -> None:
    for claim in ("Two outlets report that Velm resigned.", "Two soldiers were killed at the dam.",
                  "Brask met Velm in two of the three cities.", "Three articles", "",
                  "Brask said two of the articles were false.",
                  # what was said, or what the target did, is no count of articles
                  "Three articles quote Brask as saying the dam would fail.",
                  "Only one article cites officials saying the dam failed.", "Two articles quote Velm on the dam.",
                  "Two articles mention the dam, the others ignore it.", "Two articles quote Velm, three quote Brask.",
                  # sources and reports may be people or official papers
                  "Three sources report heavy fighting.", "Two reports cite safety failures at the dam."):
        assert coverage_claim(claim) is None, claim
    assert coverage_claim("Three outlets mention the Varo dam.").outlets


_ARTICLES = [
    {"id": "c1", "published": "2031-03-02", "title": "Norvakia to send engineers",
     "text": "Norvakia will send 2,000 military engineers to repair the Varo dam, President Halina Brask said on "
             "Monday.\n\nThe dam was damaged by spring floods."},
    {"id": "c2", "published": "2031-03-03", "title": "Engineers head north",
     "text": "The first of 2,000 Norvakian engineers left for the north on Tuesday.\n\n"
             "“They will work day and night,” Halina Brask told reporters in Osk."},
    {"id": "c3", "published": "2031-03-04", "title": "Kessia objects",
     "text": "Kessian Foreign Minister Arvo Velm said the deployment broke the border accord.\n\n"
             "Velm called the engineers an occupying force."},
    {"id": "c4", "published": "2031-03-05", "title": "Ferry crews wait", "url": "https://courier.example/ferries",
     "text": "Ferry operators on the lake want compensation for the weeks the dam's spillway was closed.\n\n"
             "“We have lost a season,” said Tomas Brask, who runs two ferries from Osk."},
    {"id": "c5", "published": "2031-03-06", "title": "Lake traffic resumes", "url": "https://courier.example/lake",
     "text": "Ferry traffic on the lake resumed on Friday, the harbour office in Osk said."},
]


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory) -> dict[str, str]:
    claims = {
        "quoted_two": "Halina Brask is quoted in two of the five articles.",
        "quoted_all": "All five articles quote Halina Brask.",
        "dam_once": "Only one of the five articles mentions the Varo dam.",
        "dam_twice": "Two of the five articles mention the Varo dam.",
        "wrong_total": "Two of the four articles quote Halina Brask.",
        "other_brask": "Tomas Brask is quoted in one article.",
        "absent_brask": "No article quotes Lena Brask.",
        "ferries": "Two articles mention ferries.",
        "dam_possessive": "Two articles mention the dam's spillway.",
        "outlets": "Two outlets mention ferries.",
        "both_quoted": "Halina Brask and Arvo Velm are quoted in one article.",
        "figure": "At least two articles cite the figure of 2,000 engineers.",
        "velm_once": "Arvo Velm is quoted in only one article.",
        "plain": "Halina Brask said Norvakia will send 2,000 military engineers to repair the Varo dam.",
    }
    return check_verdicts(tmp_path_factory.mktemp("coverage"), _ARTICLES, claims)


@pytest.mark.slow
def test_coverage_claims_are_counted_in_the_pile(verdicts) -> None:
    assert verdicts["quoted_two"] == "supported"
    assert verdicts["quoted_all"] == "refuted"
    assert verdicts["dam_once"] == "supported"
    assert verdicts["dam_twice"] == "refuted"
    assert verdicts["wrong_total"] == "refuted"  # the pile holds five articles
    # a person by full name, not by a shared surname; plurals and possessives; outlets counted once
    assert verdicts["other_brask"] == "supported"
    assert verdicts["absent_brask"] == "supported"
    assert verdicts["ferries"] == "supported"
    assert verdicts["dam_possessive"] == "refuted"  # only c4 has the spillway
    assert verdicts["outlets"] == "refuted"  # c4 and c5 are one outlet's
    assert verdicts["both_quoted"] == "refuted"  # never in the same article
    assert verdicts["figure"] == "supported"
    assert verdicts["velm_once"] == "supported"
    assert verdicts["plain"] == "supported"  # other claims in the same batch are judged as before
