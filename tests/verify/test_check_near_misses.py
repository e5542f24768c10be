"""Near misses of the rules added with compound claims (a review's findings): superlatives in other senses or
lists, denials worded as dismissals, a question, a state's own ministry and spokesman, a third party's reaction, words
told to an outlet next to other remarks. Each store is one invented article."""

import pytest

from .conftest import check_verdicts

pytestmark = pytest.mark.slow  # runs analyze (spaCy) for each store


def _article(key: str, title: str, paragraphs: list[str]) -> dict:
    return {"id": key, "published": "2025-06-10", "title": title, "text": "\n\n".join(paragraphs)}


RANKS = [
    ("The Osk dam, Kessia's largest dam, burst on Monday, while the Velm dam, Kessia's second-largest "
     'dam, held.'),
    ('The Varo river reached its highest level since 1990 on Monday, the second highest level on '
     'record.'),
    'The Velm flood was the biggest flood since 2010 and the third biggest flood on record.',
    "Velm, the largest city in the north of Kessia, is Kessia's third-largest city.",
    'Tomas Berg, 81, is the oldest minister in the Kessian cabinet.',
    'Ole Vell, 79, the second oldest minister in the cabinet, toured the flooded farms on Tuesday.',
    ('An inquest into the flood deaths opened in Velm in May. A second inquest into the flood deaths '
     'opened in Osk in June.'),
    "Osk, Kessia's 5th largest city, lost power for two days.",
    ("The Brenn barrage, Kessia's largest barrage, is also the world's second-largest barrage of its "
     'kind.'),
    ('The Kessian Foreign Ministry said on Tuesday that Talvorian troops had crossed the border near '
     'Osk.'),
    'Kessian government spokesman Ari Mott claimed that the Velm bridge had been shelled overnight.',
    'Kessian news agency Telpress claimed the old sluice at Brenn had cracked.',
    ('Talvoria and Kessia have argued over the river for years. Kessia says the floods were made worse'
     ' by Talvorian dams.'),
]

DENIALS = [
    ('Minister Ole Vell said reports that Kessian crews were going to the Talvorian navy were '
     '“nonsense”.'),
    ('“Are Kessian welders going to Talvoria’s shipyards?” Vell asked reporters in Velm, before '
     'walking away.'),
    'Vell said it was a lie that Kessia was selling grain to Talvoria.',
    'Vell said the story that the Osk sluice had cracked was pure propaganda.',
    ('Critics say the Velm reservoir is leaking, Vell said on Monday, adding that he had seen no sign '
     'of it.'),
    "Talvoria's opposition leader Mara Jent condemned the Kessian aid offer as a trap.",
    ("The Kessian farmers' union dismissed the reports that Talvorian engineers had reached Velm as "
     'fake news.'),
    ('Talvoria, Kessia and the Velm valley have been in the news for weeks. Talvoria has said little. '
     'Kessia has said more.'),
]

OUTLETS = [
    ('Envoy Lena Varga gave a long interview to the Osk Herald on Monday. Asked about the Kessian '
     'welders, she said they were skilled and careful. She also told the Velm Courier that the dam '
     'would hold.'),
    'Speaking on Velm Radio on Tuesday, Varga said the Brenn barrage was safe.',
    'Varga told the Velm Courier the Brenn barrage was safe, too.',
    ('Kessian news agency Norpress claimed Kessian welders would inspect the flood damage at the Osk '
     'dam.'),
    'By Easter, the Osk dam had burst, Norpress reported.',
    'Minister Ole Vell told the Post that the ferries to Talvoria would resume in July.',
]


@pytest.fixture(scope="module")
def ranks(tmp_path_factory):
    claims = {
        "other_subject": "Kessia's largest dam burst on Monday.",
        "since": "The Velm flood was the biggest flood since 2010.",
        "list_after": "Velm is the largest city in the north of Kessia.",
        "other_person": "Tomas Berg is the oldest minister in the Kessian cabinet.",
        "inquest": "An inquest into the flood deaths opened in Velm in May.",
        "digits": "Osk is Kessia's fifth-largest city.",
        "world": "The Brenn barrage is the largest barrage in Kessia.",
        "ministry": "Kessia said Talvorian troops had crossed the border near Osk.",
        "spokesman": "Kessia claimed that the Velm bridge had been shelled overnight.",
        "agency": "Kessia claimed the old sluice at Brenn had cracked.",
    }
    return check_verdicts(tmp_path_factory.mktemp("ranks"), [_article("a1_velm_post", "Floods", RANKS)], claims)


@pytest.fixture(scope="module")
def denials(tmp_path_factory):
    claims = {
        "nonsense": "Ole Vell denied that Kessian crews were going to the Talvorian navy.",
        "lie": "Ole Vell denied that Kessia was selling grain to Talvoria.",
        "propaganda": "Ole Vell denied that the Osk sluice had cracked.",
        "union": "Kessia welcomed the reports that Talvorian engineers had reached Velm.",
    }
    return check_verdicts(tmp_path_factory.mktemp("denials"), [_article("b1_osk_daily", "Vell", DENIALS)], claims)


@pytest.fixture(scope="module")
def outlets(tmp_path_factory):
    claims = {
        "interview": "Lena Varga told the Osk Herald that the Kessian welders were skilled.",
        "other_verb": "Ole Vell said Kessian welders would repair the flood damage at the Osk dam.",
    }
    return check_verdicts(tmp_path_factory.mktemp("outlets"), [_article("c1_velm_courier", "Varga", OUTLETS)], claims)


@pytest.mark.parametrize("key", ["other_subject", "since", "list_after", "digits", "world"])
def test_a_superlative_in_another_list_or_rank_written_otherwise_contradicts_nothing(ranks, key) -> None:
    assert ranks[key] == "supported"


@pytest.mark.parametrize("key", ["other_person", "inquest"])
def test_another_subjects_rank_or_an_est_word_refutes_nothing(ranks, key) -> None:
    assert ranks[key] != "refuted"


def test_a_state_speaks_by_its_ministry_and_spokesman_not_its_peoples_news_agency(ranks) -> None:
    assert ranks["ministry"] == "supported"
    assert ranks["spokesman"] == "supported"
    assert ranks["agency"] != "supported"


@pytest.mark.parametrize("key", ["nonsense", "lie", "propaganda"])
def test_a_denial_worded_as_a_dismissal_confirms_the_denial(denials, key) -> None:
    assert denials[key] == "supported"


def test_a_third_partys_dismissal_is_not_the_states_answer(denials) -> None:
    assert denials["union"] != "refuted"


def test_words_told_in_an_interview_beside_other_remarks(outlets) -> None:
    # "She also told the Velm Courier that the dam would hold" is another remark, not the welders one
    assert outlets["interview"] == "supported"
    # Norpress's words with another verb ("inspect", not "repair") are no misattribution
    assert outlets["other_verb"] != "refuted"
