"""The synthetic corpus generator and the scale bench harness (tiny sizes only)."""

from __future__ import annotations

from collections import Counter

import pytest
from rich.console import Console

from storyscope.bench import scale
from storyscope.bench.scale import run_scale_bench, synthetic_articles


@pytest.fixture(scope="module")
def corpus():
    return synthetic_articles(400, seed=3)


def test_same_seed_same_articles(corpus):
    assert synthetic_articles(400, seed=3) == corpus


def test_other_seed_other_articles(corpus):
    other = synthetic_articles(400, seed=4)
    assert [a.article.text for a in other] != [a.article.text for a in corpus]


def test_count_and_unique_ids(corpus):
    assert len(corpus) == 400
    assert len({a.article.id for a in corpus}) == 400


def test_every_span_indexes_its_text(corpus):
    for item in corpus:
        text, ann = item.article.text, item.annotations
        for s in ann.sentences:
            assert text[s.start : s.end].strip() == text[s.start : s.end] != ""
        for e in ann.entities:
            assert text[e.start : e.end] == e.text
        for q in ann.quantities:
            assert text[q.start : q.end] == q.text
            assert text[q.end :].startswith(" " + q.about)
        for c in ann.claims:
            assert text[c.start : c.end] == c.text
        for a in ann.attributions:
            assert text[a.start : a.end] == a.content
            assert text[a.cue_start : a.cue_end] == a.cue
            if a.source_start is not None:
                assert text[a.source_start : a.source_end] == a.speaker
        for c in ann.citations:
            assert text[c.start : c.end].startswith(c.cue)
            assert text[c.start : c.end].endswith(c.outlet)


def test_articles_have_news_length(corpus):
    lengths = [len(a.article.text.split()) for a in corpus]
    assert 300 <= sum(lengths) / len(lengths) <= 600


def test_corpus_has_the_hard_cases(corpus):
    texts = Counter(a.article.text for a in corpus)
    assert any(n > 1 for n in texts.values())  # verbatim syndicated copies
    assert any("Source: " in a.article.text for a in corpus)  # edited copies
    stances = Counter(c.stance for a in corpus for c in a.annotations.claims)
    assert {"asserts", "reports", "questions", "denies"} <= set(stances)
    assert any(att.hedged and att.speaker is None for a in corpus for att in a.annotations.attributions)
    assert any(a.article.published is None for a in corpus)
    dated = sorted(a.article.published for a in corpus if a.article.published)
    assert dated[0][:7] != dated[-1][:7]  # spread over months
    # one quantity's value differs tenfold from another's on the same noun somewhere (numeric conflicts)
    values = {q.value for a in corpus for q in a.annotations.quantities}
    assert any(v * 10 in values for v in values)


def test_story_sizes_sum_and_vary():
    import random

    sizes = scale._story_sizes(random.Random(1), 1000)
    assert sum(sizes) == 1000 and min(sizes) >= 1
    assert max(sizes) >= 5 * (sum(sizes) / len(sizes))  # heavy-tailed


def test_run_scale_bench_tiny(tmp_path):
    figures = run_scale_bench(tmp_path, Console(file=None, quiet=True), sizes=(60, 120), seed=1)
    assert figures["sizes"] == [60, 120]
    assert figures["linear_reference"] == 2 and figures["all_pairs_reference"] == 4
    for run in figures["runs"]:
        assert set(run["stages_s"]) == set(run["stages_cpu_s"]) == set(scale.STAGES)
        assert run["peak_rss_mb"] > 0 and run["total_s"] >= 0
        assert run["counts"]["stories"] >= 1 and run["counts"]["claims"] >= 1
    assert figures["growth"] is not None and figures["timed_out"] == []
    assert (tmp_path / "scale.md").exists() and (tmp_path / "scale.jsonl").exists()


def test_size_past_its_timeout_is_reported_not_raised():
    run = scale._measure_in_child(200, seed=0, timeout=0.2)
    assert run["timed_out"] is True and run["articles"] == 200 and run["total_s"] is None
