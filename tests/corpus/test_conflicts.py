"""Conflicts: numeric disagreements, denials, contradictions."""

import pytest

from storyscope.corpus import build_corpus


def _kind(result, kind):
    return [c for c in result.conflicts if c.kind == kind]


def test_numeric_conflict_between_outlets(corpus):
    (numeric,) = _kind(corpus, "numeric")
    assert numeric.values == (2000.0, 20000.0)
    assert numeric.articles == ("a1", "a2", "a3")


def test_numeric_summary_names_values_and_articles(corpus):
    (numeric,) = _kind(corpus, "numeric")
    assert numeric.summary == "Norvanian soldiers: 2,000 (a1, a2) vs 20,000 (a3)"


def test_numeric_conflict_links_claims_holding_the_numbers(corpus):
    (numeric,) = _kind(corpus, "numeric")
    texts = {m.text for c in corpus.claims if c.id in numeric.claims for m in c.mentions}
    assert any("2,000" in t for t in texts) and any("20,000" in t for t in texts)


def test_close_values_are_not_a_conflict(make):
    a = make(
        "n1",
        "About 5,000 engineers arrived at the dam site this week.",
        published="2031-05-01",
        quantities=[("5,000", 5000.0, "engineers")],
    )
    b = make(
        "n2",
        "Some 5,200 engineers are working on the dam site now.",
        published="2031-05-02",
        quantities=[("5,200", 5200.0, "engineers")],
    )
    assert _kind(build_corpus([a, b]), "numeric") == []


def test_different_things_counted_are_not_a_conflict(make):
    a = make(
        "n1",
        "The ministry says 300 soldiers guard the dam site near the river.",
        published="2031-05-01",
        quantities=[("300", 300.0, "soldiers")],
    )
    b = make(
        "n2",
        "The ministry says 9,000 refugees crossed the river near the dam site.",
        published="2031-05-02",
        quantities=[("9,000", 9000.0, "refugees")],
    )
    assert _kind(build_corpus([a, b]), "numeric") == []


def test_synonym_heads_are_compared(make):
    a = make(
        "n1",
        "Officials say 300 workers were sent to the dam site on the river.",
        published="2031-05-01",
        quantities=[("300", 300.0, "workers")],
    )
    b = make(
        "n2",
        "Officials say 3,000 troops were sent to the dam site on the river.",
        published="2031-05-02",
        quantities=[("3,000", 3000.0, "troops")],
    )
    (numeric,) = _kind(build_corpus([a, b]), "numeric")
    assert numeric.values == (300.0, 3000.0)


def test_denial_names_who_denies(corpus):
    (denial,) = _kind(corpus, "denial")
    assert denial.summary.startswith("Dravenian foreign ministry denies: ")
    assert "fake news" in denial.summary


def test_denial_links_the_denied_claim_and_its_articles(corpus):
    (denial,) = _kind(corpus, "denial")
    denied = {m.article for c in corpus.claims if c.id in denial.claims for m in c.mentions}
    assert "a3" in denial.articles and "a4" in denial.articles
    assert "a3" in denied


@pytest.mark.parametrize(
    "cue, content",
    [("denied", "that any troops had crossed"), ("branded", "as lies")],
)
def test_denial_from_attribution_cue(make, cue, content):
    claim = make(
        "d1", "Norvanian troops crossed the river bridge at dawn, witnesses said.", published="2031-05-01"
    )
    text = f"The ministry {cue} the report {content} the river bridge at dawn."
    denial = make(
        "d2",
        text,
        published="2031-05-02",
        attributions=[{"speaker": "the ministry", "cue": cue, "content": content}],
    )
    (conflict,) = _kind(build_corpus([claim, denial]), "denial")
    assert conflict.summary.startswith("ministry denies: ")


def test_contradiction_between_negated_and_affirmed_mentions(make):
    a = make("c1", "Norvania has sent combat engineers to the southern front.", published="2031-05-01")
    b = make("c2", "Norvania has not sent combat engineers to the southern front.", published="2031-05-02")
    (conflict,) = _kind(build_corpus([a, b]), "contradiction")
    assert conflict.articles == ("c1", "c2")
    assert "affirmed in c1 vs negated in c2" in conflict.summary


def test_conflict_ids_are_numbered_in_order(corpus):
    assert [c.id for c in corpus.conflicts] == [f"X{i}" for i in range(1, len(corpus.conflicts) + 1)]


@pytest.mark.parametrize("text, cls", [
    ("12 people died when the bridge fell", "casualties"),
    ("about 900 people were evacuated overnight", "refugees"),
    ("15 people attended the meeting", None),
])
def test_generic_counts_take_their_class_from_the_predicate(text, cls):
    from storyscope.corpus.conflicts import generic_predicate_class

    number_end = text.index(" people") + len(" people")
    assert generic_predicate_class(text, number_end) == cls
