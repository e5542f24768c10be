"""The stage API: loader cache, batch alignment, entities, error codes."""

from __future__ import annotations

from typing import Any

import pytest

from storyscope.annotate import annotate_articles, annotate_doc, load_nlp
from storyscope.annotate.entities import trim_entity
from storyscope.errors import StoryscopeError


@pytest.mark.parametrize(
    ("text", "trimmed"),
    [("the Kremlin", "Kremlin"), ("Russia’s", "Russia"), ("Kim's", "Kim"), ("“Kustposten”", "Kustposten"),
     ("The Hague", "Hague"), ("Oslo", "Oslo")],
)
def test_trim_entity(text: str, trimmed: str) -> None:
    s, e = trim_entity(text, 0, len(text))
    assert text[s:e] == trimmed


def test_missing_model_raises_e017() -> None:
    with pytest.raises(StoryscopeError) as info:
        load_nlp("no_such_model_package_xyz")
    assert info.value.code == "E017"


@pytest.mark.slow
def test_load_nlp_is_cached_and_complete(nlp: Any) -> None:
    assert load_nlp() is nlp
    for name in ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"):
        assert name in nlp.pipe_names


@pytest.mark.slow
def test_batch_keeps_order_and_ids(nlp: Any, make_article: Any) -> None:
    arts = [make_article(f"Article {i}: Marta Lindqvist said {i + 2} ferries were late.", f"a{i}")
            for i in range(5)]
    out = annotate_articles(nlp, arts, batch_size=2)
    assert [a.article.id for a in out] == [a.id for a in arts]
    assert all(a.annotations.attributions for a in out)


@pytest.mark.slow
def test_empty_batch(nlp: Any) -> None:
    assert annotate_articles(nlp, []) == []


@pytest.mark.slow
def test_doc_text_mismatch_raises_e012(nlp: Any, make_article: Any) -> None:
    doc = nlp("One text.")
    with pytest.raises(StoryscopeError) as info:
        annotate_doc(doc, make_article("Another text."))
    assert info.value.code == "E012"


@pytest.mark.slow
def test_sentences_and_entities(nlp: Any, make_article: Any) -> None:
    text = "Ferry to Gotland delayed\n\nThe Swedish operator Gotlandsbolaget blamed the storm. Sailings resume Monday."
    ann = annotate_doc(nlp(text), make_article(text))
    sents = [text[s.start:s.end] for s in ann.sentences]
    assert sents[0] == "Ferry to Gotland delayed"
    assert "Sailings resume Monday." in sents
    for ent in ann.entities:
        assert text[ent.start:ent.end] == ent.text
        assert not ent.text.lower().startswith("the ")
    assert any(e.label == "GPE" and e.text == "Gotland" for e in ann.entities)


def test_acts_are_kept_apart_from_speech(annotate) -> None:
    text = ("Minister Tomas Brandt signed a grain agreement with the coastal provinces on Monday.\n"
            "Officials said the convoy would arrive on Friday.")
    kinds = {a.cue: a.kind for a in annotate(text).attributions}
    assert kinds.get("said") == "speech"
    assert kinds.get("signed", "other") == "other"  # the gate may also leave the act out altogether


def test_a_cited_outlet_the_tagger_missed_is_an_organisation() -> None:
    from storyscope.annotate.stage import _with_cited_outlets
    from storyscope.model import Citation, EntityMention

    text = "The harbour will reopen, the mayor told pro-Velm daily Osterbo. Russian state television reported it."
    at = text.index("Osterbo")
    cited = [Citation("Osterbo", "told pro-Velm daily", text.index("told"), at + len("Osterbo")),
             Citation("Russian state television", "reported", text.index("Russian"), text.index(" it."))]
    kept = [EntityMention("Velm", "GPE", text.index("Velm"), text.index("Velm") + 4)]
    found = _with_cited_outlets(text, kept, cited)
    assert [(m.text, m.label) for m in found] == [("Velm", "GPE"), ("Osterbo", "ORG")]
    tagged = kept + [EntityMention("Osterbo", "PERSON", at, at + len("Osterbo"))]
    assert _with_cited_outlets(text, tagged, cited) == tagged  # a name the tagger has keeps its mention


def test_a_crosshead_is_a_heading_and_prose_is_not() -> None:
    from storyscope.annotate.stage import _in_heading
    from storyscope.model import Attribution

    text = ("The talks in Osk went on for weeks.\n\nKessia offered 3,000 “volunteer” soldiers\n\n"
            "Kessia offered 3,000 soldiers to Velm in May, the radio reported.")

    def cue_at(start: int) -> Attribution:
        cue_start = text.index("offered", start)
        return Attribution("Kessia", "offered", cue_start, cue_start + 7, "3,000 soldiers", 0, 1, False, False)

    assert _in_heading(text, cue_at(0))  # its own line, short, no sentence end
    assert not _in_heading(text, cue_at(text.index("Kessia offered 3,000 soldiers")))  # a sentence of the prose
