"""``check`` on a people's war toll as its soldiers' ("Talvorians have been killed"), on an act the pile says was asked
for by its noun and declined, on where a speaker's news conference was, and on a deal told back as "the agreement"."""

import pytest

from storyscope.verify.names import whereabouts
from storyscope.verify.stance_rules import judge_detail

from .conftest import check_verdicts

ARTICLES = [
    {"id": "t1", "published": "2031-11-02", "title": "Brask presents her plan in Velm",
     "text": "Since the war began two years ago, at least 40,000 Talvorians have been killed and 90,000 wounded.\n\n"
             "Brask's plan contains requests that Kessia's allies have so far declined to grant.\n\n"
             "As well as a renewed call for air defence, she wants approval to use Norland rockets against depots "
             "inside Talvoria.\n\n"
             "Kessian Foreign Minister Ode Marr said the allies should act quickly.\n\n"
             "“This is a dangerous moment for Kessia,” he said at a news conference in the port city of Odesa."},
    {"id": "t2", "published": "2031-11-03", "title": "Grain and workers",
     "text": "The grain deal between Kessia and Norland has been in the works for months.\n\n"
             "In May, Kessian envoy Lia Toom held talks with Norland officials. "
             "The agreement was conditional on Norland's recognition of the Osk republic."},
]


@pytest.mark.slow
def test_tolls_declined_requests_conferences_and_deals(tmp_path) -> None:
    verdicts = check_verdicts(tmp_path, ARTICLES, {
        "toll": "At least 40,000 Talvorian soldiers have been killed since the start of the war.",
        "toll_other": "At least 90,000 Talvorian soldiers have been killed since the start of the war.",
        "approved": "Kessia's allies have approved the use of Norland rockets against depots inside Talvoria.",
        "conference_elsewhere": "Ode Marr made his warning about the dangerous moment at a news conference in Kyiv.",
        "deal": "The Kessia-Norland deal was conditional on Norland's recognition of the Osk republic.",
    })
    assert verdicts["toll"] == "supported"
    assert verdicts["toll_other"] != "supported"
    assert verdicts["approved"] == "refuted"
    assert verdicts["conference_elsewhere"] == "refuted"
    assert verdicts["deal"] == "supported"


def test_a_toll_of_a_people_counts_its_soldiers() -> None:
    passage = "Since the start of the war two years ago, at least 40,000 Talvorians have been killed and 90,000 wounded."
    assert judge_detail("At least 40,000 Talvorian soldiers have been killed since the start of the war in Kessia.",
                        passage).stance == "agree"
    # (a people's plural elsewhere is no toll: "Talvorians have voted")
    assert judge_detail("Talvorian soldiers voted in the election.", "Talvorians have voted in the election.").stance \
        != "agree"


def test_a_news_conference_tells_where_the_speaker_was() -> None:
    assert whereabouts("“It is dangerous,” he said at a news conference in the port city of Odesa.") == {"Odesa"}
    assert whereabouts("He said a news conference would be held in Odesa.") == set()
