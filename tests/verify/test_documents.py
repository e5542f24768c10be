"""A document quoted by its own words: its terms confirm claims about them, for the states that signed it."""

import json

import pytest

from storyscope.verify.documents import heads_of_state, names_the_parties, quoted_terms, states_terms

PASSAGE = ("On 4 April Brask and Lindqvist signed a water treaty which reads, “Should either party suffer a drought, "
           "the other party shall release water from its reservoirs without delay.”")


def test_quoted_terms():
    assert quoted_terms(PASSAGE).startswith("Should either party suffer a drought")
    assert quoted_terms("Brask said the treaty was fair.") is None


@pytest.mark.parametrize("claim, stated", [
    ("The Talvoria-Mirenland treaty obliges each side to release water from its reservoirs without delay if the "
     "other suffers a drought.", True),
    ("Under the water treaty, either party must release reservoir water without delay in a drought.", True),
    # other terms, or no terms at all
    ("The water treaty obliges each side to pay compensation for flood damage within a year.", False),
    ("The water treaty was signed in Osk.", False),
    # a denied term, or a time the document does not give
    ("The water treaty does not oblige either party to release water from its reservoirs in a drought.", False),
    ("Under the water treaty, either party must release reservoir water without delay every winter.", False),
    ("Brask said either party must release water from its reservoirs without delay in a drought.", False),
])
def test_states_terms(claim, stated):
    assert states_terms(claim, PASSAGE) is stated


def test_the_parties_are_named_by_their_heads_of_state():
    texts = ["Talvorian President Halina Brask met the press.", "Mirenland leader Ole Lindqvist stayed home."]
    people = {"Halina Brask": "Halina Brask", "Brask": "Halina Brask", "Ole Lindqvist": "Ole Lindqvist",
              "Lindqvist": "Ole Lindqvist"}
    leaders = heads_of_state(texts, people)
    assert leaders["brask"] == "talvorian" and leaders["lindqvist"] == "mirenland"
    assert names_the_parties("The Talvoria-Mirenland treaty obliges ...", PASSAGE, leaders)
    assert not names_the_parties("The Kessia-Mirenland treaty obliges ...", PASSAGE, leaders)
    assert not names_the_parties("The Velkia treaty obliges ...", PASSAGE, leaders)  # a name it lacks
    assert names_the_parties("The treaty Brask and Lindqvist signed obliges ...", PASSAGE, leaders)
    # an opposition leader or a vice president leads no state
    assert heads_of_state(["Opposition leader Nils Farro spoke."], {"Nils Farro": "Nils Farro"}) == {}
    assert heads_of_state(["Kessian Vice President Anna Holm spoke."], {"Anna Holm": "Anna Holm"})["holm"] == "kessian"


@pytest.mark.slow
def test_check_confirms_a_documents_terms_from_its_quoted_text(tmp_path):
    from storyscope.pipeline import analyze
    from storyscope.settings import Settings
    from storyscope.store import Store
    from storyscope.verify.check import check_claims

    articles = [
        {"id": "t1", "published": "2025-04-05", "title": "Water treaty signed",
         "text": "Talvorian President Halina Brask and Mirenland leader Ole Lindqvist met in Osk.\n\n" + PASSAGE
                 + "\n\nFarmers in Osk welcomed the news."},
        {"id": "t2", "published": "2025-04-06", "title": "Drought fears in Kessia",
         "text": "Kessia has had no rain for a month.\n\nOfficials in Kessia said the reservoirs were half empty."},
    ]
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.jsonl").write_text("\n".join(json.dumps(a) for a in articles) + "\n", encoding="utf-8")
    analyze([src], tmp_path / "out", None, Settings(processes=1))
    with Store(tmp_path / "out" / "storyscope.duckdb") as store:
        ok, other_state = check_claims(store, [
            "The Talvoria-Mirenland water treaty obliges each side to release water from its reservoirs without "
            "delay if the other suffers a drought.",
            "The Kessia-Mirenland water treaty obliges each side to release water from its reservoirs without "
            "delay if the other suffers a drought."])
    assert ok.verdict == "supported"
    assert other_state.verdict != "supported"


_LONG_TERMS = ("On 4 April Brask and Lindqvist signed a water treaty which reads, “Should either party suffer a "
               "drought lasting more than one full season, or a fall of its rivers below the levels set out in the "
               "annex, the other party shall release water from its reservoirs without delay and shall keep doing "
               "so until the drought ends.”")


@pytest.mark.slow
def test_who_signed_a_document_quoted_at_length_is_the_writers_account(tmp_path):
    from .conftest import check_verdicts

    articles = [{"id": "t3", "published": "2025-04-05", "title": "Water treaty signed",
                 "text": "Talvorian President Halina Brask and Mirenland leader Ole Lindqvist met in Osk.\n\n"
                         + _LONG_TERMS + "\n\nFarmers in Osk welcomed the news."},
                {"id": "t4", "published": "2025-04-06", "title": "Drought fears in Kessia",
                 "text": "Kessia has had no rain for a month.\n\nOfficials said the reservoirs were half empty."}]
    articles[1]["text"] += "\n\nThe leaked letter says Talvorian troops shelled the Osk power plant on 3 May."
    verdicts = check_verdicts(tmp_path, articles, {"signed": "Brask and Lindqvist signed a water treaty on 4 April.",
                                                   "other_day": "Brask and Lindqvist signed a water treaty on 9 April.",
                                                   "letter": "Talvorian troops shelled the Osk power plant on 3 May."})
    # the treaty's words are the treaty's; that Brask and Lindqvist signed it is the writer's own; what a letter
    # says is the letter's
    assert verdicts == {"signed": "supported", "other_day": "refuted", "letter": "not_enough_evidence"}
