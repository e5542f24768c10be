"""A dossier claim checked word for word is confirmed by its own sentence, however that sentence names its speaker."""

from __future__ import annotations

import pytest

from .conftest import check_verdicts

_ARTICLES = [
    {"id": "w1", "published": "2031-06-02", "title": "Kessia on the barracks",
     "text": "Velm's mayor Ana Kessia spoke to the city council about the Osk barracks on Monday.\n\n"
             "She told lawmakers: “These are cooks for the Osk barracks to replace the cooks who left in May.”\n\n"
             "Ana Kessia also warned of floods. “The river is rising faster than in any spring I remember,” she said "
             "at a news conference in the port city of Brenn.\n\n"
             "It follows remarks the Talvorian president made to his cabinet, claiming his spies had confirmed "
             "Mirenland's supply of both grain and fuel to Osk.\n\n"
             "The ferry to Osk sailed again on Monday after the storm, the harbour master said.\n\n"
             "Last September Teodor Brann told reporters that the Osk dam was “safe for another century”.\n\n"
             "Harbour master Ilse Dranov told reporters that the Osk ferry would run twice a day from June."},
]


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory) -> dict[str, str]:
    claims = {
        "pronoun": "She told lawmakers: “These are cooks for the Osk barracks to replace the cooks who left in May.”",
        "description": "It follows remarks the Talvorian president made to his cabinet, claiming his spies had "
                       "confirmed Mirenland's supply of both grain and fuel to Osk.",
        "other_words": "She told lawmakers: “These are soldiers for the Osk barracks.”",
        "spoke_there": "Ana Kessia spoke at a news conference in Brenn.",
        "told_then": "Teodor Brann told reporters in September 2030 that the Osk dam was safe for another century.",
        "told_later": "Teodor Brann told reporters in September 2031 that the Osk dam was safe for another century.",
        "told_undated": "Ilse Dranov told reporters in March 2029 that the Osk ferry would run twice a day from June.",
        "told": "Ilse Dranov told reporters that the Osk ferry would run twice a day from June.",
        "told_undated_not": "Ilse Dranov told reporters in March 2029 that the Osk ferry would not run twice a day "
                            "from June.",
    }
    return check_verdicts(tmp_path_factory.mktemp("word_for_word"), _ARTICLES, claims)


@pytest.mark.slow
def test_a_sentence_checked_word_for_word_is_confirmed_by_itself(verdicts) -> None:
    assert verdicts["pronoun"] == "supported"
    assert verdicts["description"] == "supported"
    assert verdicts["other_words"] != "supported"


@pytest.mark.slow
def test_where_the_speakers_words_were_closed_is_where_she_spoke(verdicts) -> None:
    assert verdicts["spoke_there"] == "supported"


@pytest.mark.slow
def test_words_told_last_september_were_not_told_the_september_after(verdicts) -> None:
    # (the article is of June 2031: its "last September" is September 2030)
    assert verdicts["told_then"] == "supported"
    assert verdicts["told_later"] == "refuted"
    # (and words no article dates do not confirm that they were told then)
    assert verdicts["told_undated"] == "not_enough_evidence" and verdicts["told"] == "supported"
    # (but undated words that say the opposite still refute)
    assert verdicts["told_undated_not"] == "refuted"
