"""Claims as translations and speeches write them: figures with spaces or dots for thousands ("12 000", "12.000"),
dates in digits ("03.05.2031"), names in other transliterations ("Marčenko", "Zalenskiy", "Ponomaryov", "Sybiga"),
a speaker's insistence ("Everyone knows that P", "P, full stop") and "The whole story of X doing Y is fake"."""

import pytest

from storyscope.verify.claim_forms import framed_claim, written_plainly
from storyscope.verify.names import _respelt, latin_letters

from .conftest import check_verdicts


def test_figures_and_dates_are_written_as_the_articles_write_them() -> None:
    assert written_plainly("At least 12 000 workers and 15.000 engineers left.") == \
        "At least 12,000 workers and 15,000 engineers left."
    assert written_plainly("In 2031 1 500 000 people left.") == "In 2031 1,500,000 people left."
    assert written_plainly("Brask signed the pact on 03.05.2031.") == "Brask signed the pact on 3 May 2031."
    assert written_plainly("Brask signed the pact on 19/05/2031.") == "Brask signed the pact on 19 May 2031."
    assert written_plainly("Brask signed the pact on 01/01/2031.") == "Brask signed the pact on 1 January 2031."
    assert written_plainly("Velm said 3.000 troops would stay.") == "Velm said 3,000 troops would stay."
    assert written_plainly("Velm said 2 000-3 000 troops would stay.") == "Velm said 2,000-3,000 troops would stay."
    assert written_plainly("It cost €12.500.") == "It cost €12,500."
    # decimals, codes before a count, a day before a count, dates either way round are kept
    for kept in ("It cost 1.5 million.", "In 2031 12 workers left.", "The ratio was 3.14.", "On 31.02.2031 it rained.",
                 "Brask signed on 05.13.2031.", "The krone fell to $1.085.", "Rates rose to 4.125%.",
                 "A 1.125 billion loan.", "Flight MH17 298 people.", "12 F-16 300 pilots.", "On May 5 300 left.",
                 "They met on 06/07/2031."):
        assert written_plainly(kept) == kept, kept


def test_a_speakers_insistence_is_left_out() -> None:
    assert written_plainly("Everyone knows that Kessia cut ties.") == "Kessia cut ties."
    assert written_plainly("The fact is, Kessia cut ties.") == "Kessia cut ties."
    assert written_plainly("Let me be clear: Kessia cut ties.") == "Kessia cut ties."
    assert written_plainly("The truth is Kessia cut ties.") == "Kessia cut ties."
    assert written_plainly("Don't forget, Kessia cut ties, full stop.") == "Kessia cut ties."
    assert written_plainly("Remember the old harbour of Osk.") == "Remember the old harbour of Osk."
    assert written_plainly("Clearly the pact holds.") == "Clearly the pact holds."
    for kept in ("Everyone knows that is false.", "Remember that day when Osk flooded?", "Remember that.",
                 "The fact is not that Kessia cut ties.", "The fact is disputed that Brask lied.",
                 "Brask signed during the trial period.", "That is the end of story.",
                 "Everyone knows that isn't true.", "The truth is disputed."):
        assert written_plainly(kept) == kept, kept


def test_a_story_called_false_is_its_claim_denied() -> None:
    assert framed_claim("The whole story of Kessian troops joining the war is fake news.") == \
        ("Kessian troops are joining the war.", True)
    assert framed_claim("The story of the dam is false.") == ("The story of the dam is false.", False)


def test_names_in_other_transliterations() -> None:
    assert latin_letters("Marčenko") == "Marchenko" and latin_letters("Pérez") == "Perez"
    assert _respelt("zalenskiy", "zalensky") and _respelt("ponomaryov", "ponomarev")
    assert _respelt("sybiga", "sybiha", gh=True)
    assert not _respelt("sybiga", "sybiha") and not _respelt("sergio", "serge") and not _respelt("claudio", "claude")
    assert not _respelt("petrova", "petrov") and not _respelt("hansen", "jansen")


_ARTICLES = [
    {"id": "t1", "published": "2031-05-05", "title": "Workers for Osk",
     "text": "Kessian President Oleh Marchenko said on Monday that 12,000 Kessian workers would help rebuild Osk.\n\n"
             "Norvakian Foreign Minister Taras Zalensky signed the reconstruction accord on 3 May 2031 in Osk.\n\n"
             "Since the floods began, at least 1,500 homes have been destroyed and 4,000 damaged.\n\n"
             "Trade Minister Herman Vask promised new investment in the harbour.\n\n"
             "The town lost 12 000 residents in ten years."},
]


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory) -> dict[str, str]:
    claims = {
        "spaced": "Oleh Marčenko said 12 000 Kessian workers would help rebuild Osk.",
        "dotted_wrong": "Oleh Marchenko said 120.000 Kessian workers would help rebuild Osk.",
        "digit_date": "Taras Zalenskiy signed the reconstruction accord on 03.05.2031.",
        "digit_date_wrong": "Taras Zalenskiy signed the reconstruction accord on 13.05.2031.",
        "spaced_homes": "Since the floods began at least 1 500 homes have been destroyed and 4 000 damaged.",
        "insisted": "Everyone knows that Taras Zalensky signed the reconstruction accord in Osk.",
        "spaced_in_article": "The town lost 12 000 residents in ten years.",
        "nationality": "The German government promised new investment in the harbour.",
    }
    return check_verdicts(tmp_path_factory.mktemp("translated"), _ARTICLES, claims)


@pytest.mark.slow
def test_translated_forms_are_checked_as_plain_claims(verdicts) -> None:
    assert verdicts["spaced"] == "supported"
    assert verdicts["dotted_wrong"] == "refuted"
    assert verdicts["digit_date"] == "supported"
    assert verdicts["digit_date_wrong"] == "refuted"
    assert verdicts["spaced_homes"] == "supported"
    assert verdicts["insisted"] == "supported"
    assert verdicts["spaced_in_article"] == "supported"  # the article's "12 000" is one figure too
    assert verdicts["nationality"] != "supported"  # "German" is not the pile's "Herman"
