"""A quotation given otherwise: most of the speaker's words, in order, with a word put in another's place or two
words swapped, is a misquote the speaker's own words refute."""

import pytest

from storyscope.verify.statements import misquoted

from .conftest import check_verdicts

SAID = "Velm told reporters: “These are welders for Kessian shipyards to replace Kessians lost in the flood.”"
SWAPPED = "“Osk is wary of the new tariffs from Riga, but Velm is not at risk,” Brask said."


@pytest.mark.parametrize("claim, passage, wrong", [
    ('Velm said they are "welders for Kessian shipyards to replace Norvakians lost in the flood".', SAID, True),
    ('Velm said they are "welders for Kessian shipyards to replace Kessians lost in the flood".', SAID, False),
    ('Brask said: "Velm is wary of the new tariffs from Riga, but Osk is not at risk."', SWAPPED, True),
    ('Brask said: "Osk is wary of the new tariffs from Riga, but Velm is not at risk."', SWAPPED, False),
    # a short quote, a quote the passage does not give, a quote cut short: no misquote
    ('Velm called them "welders".', SAID, False),
    ('Velm said the dam was "safe and sound for now".', "Velm said the bridge was safe and sound, for the moment.", False),
    ('Velm said they are "welders for Kessian shipyards".', SAID, False),
    # another apostrophe, or the writer's own words around a shorter quote, are no misquote
    ('Velm said: "We shouldn\'t wait for the Kessian shipyards to reopen."',
     "“We shouldn’t wait for the Kessian shipyards to reopen,” Velm said.", False),
    ('"The Osk harbour dam is completely out of control" — Velm, head of the agency',
     "Velm, head of the agency, said the badly-hit dam was “completely out of control”.", False),
])
def test_misquoted(claim: str, passage: str, wrong: bool) -> None:
    assert misquoted(claim, passage) is wrong


@pytest.mark.slow
def test_a_misquote_is_refuted_by_the_speakers_own_words(tmp_path) -> None:
    articles = [{"id": "m1", "published": "2031-03-02", "title": "Kessia hires welders",
                 "text": "Kessia will hire 400 welders from Norvakia for its shipyards, the government said on "
                         "Monday.\n\n" + SAID + "\n\nThe first welders arrive in Osk next week."}]
    claims = {"misquote": 'Velm told reporters the Norvakians are "welders for Kessian shipyards to replace Norvakians '
                          'lost in the flood".',
              "quote": 'Velm told reporters the Norvakians are "welders for Kessian shipyards to replace Kessians lost '
                       'in the flood".'}
    verdicts = check_verdicts(tmp_path, articles, claims)
    assert verdicts == {"misquote": "refuted", "quote": "supported"}
