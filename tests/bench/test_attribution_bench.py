"""The PolNeAR attribution harness (storyscope.bench.attribution) on tiny BRAT folders written here."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console

from storyscope.bench.attribution import (
    PRF,
    annotator_agreement,
    GoldDoc,
    attribution_dicts,
    cue_misses,
    load_polnear,
    match_relations,
    parse_ann,
    quotes_baseline,
    run_attribution_bench,
    score_corpus,
    score_relations,
    score_tokens,
    split_of,
    tokens_in,
    word_tokens,
)
from storyscope.errors import StoryscopeError

TEXT = ("Harbour news\n\n"
        "Mayor Ines Varga said that the ferry would run again in May.\n\n"
        "\u201cWe will not pay for the new quay,\u201d the port authority said.\n")


def _span(text: str, fragment: str) -> list[int]:
    start = text.index(fragment)
    return [start, start + len(fragment)]


def _ann(text: str) -> str:
    """BRAT standoff for TEXT: one attribution with a source, one whose content sits in quotes."""
    src1, cue1 = _span(text, "Mayor Ines Varga"), _span(text, "said")
    con1 = _span(text, "that the ferry would run again in May")
    con2 = _span(text, "\u201cWe will not pay for the new quay,\u201d")
    src2 = _span(text, "the port authority")
    cue2 = [text.index("said", con2[1]), text.index("said", con2[1]) + 4]

    def t(n: int, label: str, span: list[int]) -> str:
        return f"T{n}\t{label} {span[0]} {span[1]}\t{text[span[0]:span[1]]}"

    return "\n".join([
        t(1, "Source", src1), t(2, "Cue", cue1), t(3, "Content", con1), t(4, "Attribution", cue1),
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
        t(5, "Content", con2), t(6, "Cue", cue2), t(7, "Source", src2), t(8, "Attribution", cue2),
        "E2\tAttribution:T8 Cue:T6 Source:T7 Content:T5",
        "#1\tAnnotatorNotes T3\tparaphrase",
    ]) + "\n"


@pytest.fixture
def polnear(tmp_path: Path) -> Path:
    root = tmp_path / "polnear"
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    (root / "text" / "gazette_quay.txt").write_text(TEXT, encoding="utf-8")
    (root / "attributions" / "gazette_quay_aaaa.ann").write_text(_ann(TEXT), encoding="utf-8")
    (root / "attributions" / "gazette_quay_ffff.ann").write_text("", encoding="utf-8")
    return root


def test_parse_ann_roles_and_discontinuous_spans() -> None:
    ann = ("T1\tCue 10 14\tsaid\nT2\tContent 0 5;20 25\tabcde fghij\ncontinued surface text\n"
           "E1\tAttribution-no-source:T1 Content:T2 Cue:T1\n")
    (att,) = parse_ann(ann)
    assert att == {"source": [], "cue": [[10, 14]], "content": [[0, 5], [20, 25]]}


def test_load_picks_first_annotator(polnear: Path) -> None:
    (doc,) = load_polnear(polnear)
    assert doc.annotator == "aaaa"
    assert len(doc.attributions) == 2
    assert doc.text[slice(*doc.attributions[0]["source"][0])] == "Mayor Ines Varga"


def test_annotator_agreement_scores_later_annotators_against_the_first(tmp_path: Path) -> None:
    root = tmp_path / "polnear"
    for folder in (root, root / "annotator-training"):
        (folder / "text").mkdir(parents=True)
        (folder / "attributions").mkdir()
    full = _ann(TEXT)
    first_only = "\n".join(line for line in full.splitlines() if line.endswith(("T1", "T2", "T3", "T4"))
                           or line.startswith(("T1\t", "T2\t", "T3\t", "T4\t", "E1\t"))) + "\n"
    (root / "text" / "gazette_quay.txt").write_text(TEXT, encoding="utf-8")
    (root / "attributions" / "gazette_quay_aaaa.ann").write_text(full, encoding="utf-8")
    (root / "attributions" / "gazette_quay_bbbb.ann").write_text(full, encoding="utf-8")
    (root / "text" / "lonely.txt").write_text(TEXT, encoding="utf-8")
    (root / "attributions" / "lonely_aaaa.ann").write_text(full, encoding="utf-8")
    training = root / "annotator-training"
    (training / "text" / "drill.txt").write_text(TEXT, encoding="utf-8")
    (training / "attributions" / "drill_aaaa.ann").write_text(full, encoding="utf-8")
    (training / "attributions" / "drill_cccc.ann").write_text(first_only, encoding="utf-8")
    scores, documents, pairs = annotator_agreement(root)
    assert (documents, pairs) == (2, 2)
    # bbbb agrees fully (2 cue tokens, 2 relations); cccc misses the second attribution's "said"
    assert scores["cue"] == PRF(3, 0, 1)
    assert scores["relation"] == PRF(3, 0, 1)
    assert scores["source"].precision == 1.0 and scores["source"].recall < 1.0


def test_load_rejects_wrong_layout(tmp_path: Path) -> None:
    with pytest.raises(StoryscopeError, match="E014"):
        load_polnear(tmp_path)


def test_split_is_deterministic_and_about_a_fifth() -> None:
    ids = [f"outlet_2016-01-{n:04d}_story" for n in range(2000)]
    dev = [i for i in ids if split_of(i) == "dev"]
    assert [split_of(i) for i in ids] == [split_of(i) for i in ids]
    assert 0.17 < len(dev) / len(ids) < 0.23


def test_tokens_in_counts_overlapping_words_only() -> None:
    text = "He said: \u201cno.\u201d"
    toks = word_tokens(text)
    assert [text[s:e] for s, e in toks] == ["He", "said", "no"]
    assert tokens_in(toks, [[3, 5]]) == {1}  # a span cutting a word still counts the word
    assert tokens_in(toks, [[7, 10]]) == frozenset()  # ": \u201c" holds no word


def test_score_tokens_micro_counts() -> None:
    gold = [{"source": [_span(TEXT, "Mayor Ines Varga")], "cue": [_span(TEXT, "said")],
             "content": [_span(TEXT, "that the ferry would run again in May")]}]
    pred = [{"source": [_span(TEXT, "Ines Varga")], "cue": [_span(TEXT, "Varga said")],
             "content": [_span(TEXT, "the ferry would run again")]}]
    scores = score_tokens(TEXT, gold, pred)
    assert scores["source"] == PRF(2, 0, 1)
    assert scores["cue"] == PRF(1, 1, 0)
    assert scores["content"] == PRF(5, 0, 3)


def test_relations_need_content_jaccard_and_source_overlap() -> None:
    content = _span(TEXT, "that the ferry would run again in May")
    gold = [{"source": [_span(TEXT, "Mayor Ines Varga")], "cue": [], "content": [content]}]
    good = {"source": [_span(TEXT, "Varga")], "cue": [], "content": [[content[0] + 5, content[1]]]}
    wrong_source = {"source": [_span(TEXT, "the port authority")], "cue": [], "content": [content]}
    too_short = {"source": [_span(TEXT, "Varga")], "cue": [], "content": [_span(TEXT, "ferry")]}
    no_source = {"source": [], "cue": [], "content": [content]}
    assert match_relations(TEXT, gold, [good]) == [(0, 0)]
    for pred in (wrong_source, too_short, no_source):
        assert match_relations(TEXT, gold, [pred]) == []
    gold_no_source = [{"source": [], "cue": [], "content": [content]}]
    assert match_relations(TEXT, gold_no_source, [no_source]) == [(0, 0)]


def test_cue_misses_split_boundaries_from_missed_attributions() -> None:
    varga = {"source": [_span(TEXT, "Mayor Ines Varga")], "cue": [_span(TEXT, "said that")],
             "content": [_span(TEXT, "the ferry would run again in May")]}
    port = {"source": [_span(TEXT, "the port authority")], "cue": [_span(TEXT, "authority said")],
            "content": [_span(TEXT, "We will not pay for the new quay")]}
    doc = GoldDoc(id="d1", text=TEXT, attributions=(varga, port), annotator="a")
    # Varga's attribution found with the cue "said" only ("that" missed: a boundary); the port authority's not found
    found = {**varga, "cue": [_span(TEXT, "said")]}
    assert cue_misses([doc], {"d1": [found]}) == {"boundary": 1, "unmatched": 2}
    # a missed attribution's cue tokens that another predicted cue covers are not missed
    assert cue_misses([doc], {"d1": [found, {"source": [], "cue": [_span(TEXT, "the port authority said")],
                                             "content": []}]}) == {"boundary": 1, "unmatched": 0}
    assert cue_misses([doc], {}) == {"boundary": 0, "unmatched": 4}
    # a cue two gold attributions share is one token, as the cue score counts it
    shared = dict(port, content=[_span(TEXT, "the new quay")])
    both = GoldDoc(id="d2", text=TEXT, attributions=(port, shared), annotator="a")
    assert cue_misses([both], {}) == {"boundary": 0, "unmatched": 2}
    assert cue_misses([both], {"d2": [dict(shared, cue=[])]}) == {"boundary": 2, "unmatched": 0}


def test_relations_match_one_to_one() -> None:
    content = _span(TEXT, "that the ferry would run again in May")
    gold = [{"source": [], "cue": [], "content": [content]}]
    pred = [{"source": [], "cue": [], "content": [content]}] * 2
    assert score_relations(TEXT, gold, pred) == PRF(1, 1, 0)


def test_quotes_baseline_finds_quote_cue_and_source() -> None:
    (att,) = quotes_baseline(TEXT)
    assert TEXT[slice(*att["content"][0])] == "We will not pay for the new quay,"
    assert TEXT[slice(*att["cue"][0])] == "said"
    assert att["source"] == []  # "the port authority" is not a capitalised run or a pronoun
    text = "\u201cThe quay stays closed this winter,\u201d said Ines Varga."
    (att,) = quotes_baseline(text)
    assert text[slice(*att["source"][0])] == "Ines Varga"


def test_score_corpus_missing_prediction_is_all_misses(polnear: Path) -> None:
    docs = load_polnear(polnear)
    scores = score_corpus(docs, {})
    assert scores["relation"] == PRF(0, 0, 2)
    assert scores["content"].recall == 0.0


@pytest.mark.slow
def test_harness_records_and_returns_figures(polnear: Path, tmp_path: Path) -> None:
    split = split_of("gazette_quay")
    buf = io.StringIO()
    figures = run_attribution_bench(polnear, tmp_path / "results", Console(file=buf, width=200), split=split)
    assert figures["documents"] == 1
    assert set(figures["systems"]) == {"storyscope", "quotes_baseline"}
    assert set(figures["systems"]["storyscope"]) == {"source", "cue", "content", "relation"}
    assert figures["cost_ratio"] >= 0
    assert (tmp_path / "results" / "attribution.jsonl").exists()
    assert "quotes-only" in buf.getvalue()
    assert set(figures["cue_misses"]) == {"boundary", "unmatched"}
    assert "missed gold cue tokens" in buf.getvalue()


def test_parenthetical_cue_gives_two_content_spans() -> None:
    from storyscope.model import Attribution

    around = Attribution("Mara Quill", "said", 15, 19, "The levee would hold", 0, 41, False, False,
                         gap_start=9, gap_end=20)
    [row] = attribution_dicts([around])
    assert row["content"] == [[0, 9], [20, 41]]
    assert row["cue"] == [[15, 19]]
