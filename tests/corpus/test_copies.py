"""Copies: syndicated texts found by MinHash, linked to the earliest version."""

from storyscope.corpus.copies import find_copies
from storyscope.model import CopyEdge


def test_syndicated_copy_points_to_earlier_article(ledger, syndicated):
    result = find_copies([syndicated, ledger])
    assert len(result.copies) == 1
    edge = result.copies[0]
    assert (edge.article, edge.copy_of) == ("a2", "a1")
    assert edge.similarity >= 0.8


def test_independent_reports_are_not_copies(ledger, courier, globe):
    assert find_copies([ledger, courier, globe]).copies == ()


def test_copies_of_one_origin_form_one_group(ledger, make):
    body = ledger.article.text
    later = make("z9", body + " Reporting by staff.", published="2031-03-04")
    earliest = make("m5", body, published="2031-03-01")
    result = find_copies([ledger, later, earliest])
    assert {e.article: e.copy_of for e in result.copies} == {"a1": "m5", "z9": "m5"}
    assert set(result.origin.values()) == {"m5"}


def test_undated_copy_is_never_the_origin(ledger, make):
    undated = make("a0", ledger.article.text, published=None)
    result = find_copies([undated, ledger])
    assert result.copies == (CopyEdge(article="a0", copy_of="a1", similarity=1.0),)


def test_short_stub_is_not_called_a_copy(make):
    a = make("s1", "Talks resume today.", published="2031-01-01")
    b = make("s2", "Talks resume today.", published="2031-01-02")
    assert find_copies([a, b]).copies == ()


def _sentences(prefix: str, count: int) -> str:
    """Distinct invented sentences: ``prefix`` keeps one text's words apart from another's."""
    return " ".join(
        f"The {prefix} harbour board met {n} times about the pier number {n * 7} and its cranes." for n in range(count)
    )


def test_excerpt_is_a_copy_by_containment(make):
    full = _sentences("Velmor", 40)
    excerpt = " ".join(full.split(". ")[:12]) + "."
    a = make("x1", full, published="2031-02-01")
    b = make("x2", excerpt, published="2031-02-02")
    (edge,) = find_copies([a, b]).copies
    assert (edge.article, edge.copy_of) == ("x2", "x1")
    assert edge.similarity >= 0.8


def test_wire_story_run_by_many_outlets_is_one_group(make):
    from storyscope.corpus.copies import FINGERPRINT_MAX_DF

    body = _sentences("Ostrel", 15)
    outlets = [
        make(f"w{n:03d}", body + f" Filed by desk {n}.", published=f"2031-04-{1 + n % 28:02d}")
        for n in range(FINGERPRINT_MAX_DF + 6)
    ]
    result = find_copies(outlets)
    assert len(set(result.origin.values())) == 1
    assert len(result.copies) == len(outlets) - 1


def test_shingle_hashes_count_the_same_shingles_as_the_strings():
    from storyscope.corpus.copies import shingle_hashes, shingles

    texts = ["One two three four five six seven, one two three four five.", "Short text", ""]
    assert [len(h) for h in shingle_hashes(texts)] == [len(shingles(t)) for t in texts]


def test_shared_shingles_hash_alike_across_texts():
    from storyscope.corpus.copies import shingle_hashes

    a, b = shingle_hashes(["alpha beta gamma delta epsilon zeta", "beta gamma delta epsilon zeta eta"])
    assert len(set(a.tolist()) & set(b.tolist())) == 1


def test_origins_follow_copy_edges_to_their_end_and_stop_at_a_cycle():
    from storyscope.corpus.copies import origins_from_edges

    origins = origins_from_edges({"c": "b", "b": "a", "x": "y", "y": "x"}, ["a", "b", "c", "d", "x"])
    assert origins == {"a": "a", "b": "a", "c": "a", "d": "d", "x": "x"}


WIRE = ("Floodwater breached the main levee at Orvik early on Tuesday, forcing 3,000 residents from their homes. "
        "Mayor Lena Tarn said the town's pumping station had failed shortly after midnight. "
        "Army engineers from the Kessel garrison began stacking sandbags along the river road at dawn. "
        "Forecasters expect the Ister to crest on Thursday, two metres above its usual level. "
        "The regional government has opened three shelters in schools north of the town.")
# A desk's rewrite: sentences reworded and re-ordered within, the order of facts and a few phrases kept.
REWRITE = ("About 3,000 Orvik residents had to leave their homes early Tuesday after floodwater broke through "
           "the main levee. "
           "The town's pumping station had failed shortly after midnight, Mayor Lena Tarn told reporters. "
           "At dawn army engineers from the Kessel garrison began stacking sandbags along the river road. "
           "The Ister is expected to crest on Thursday at two metres above its normal level, forecasters said. "
           "Three shelters have been opened in schools north of the town by the regional government.")
OWN_REPORT = ("Rain kept falling over the Ister valley on Wednesday as Orvik counted the cost of the flood. "
              "Shopkeepers on the river road swept mud from their floors and waited for insurers. "
              "Lena Tarn, the mayor, toured the shelters and promised that the pumps would be replaced. "
              "Farmers downstream said their fields had been under water for two days. "
              "The town council will meet on Friday to discuss a higher levee.")


def test_a_reworded_wire_story_is_a_paraphrase_of_it(make):
    wire = make("p1", WIRE, published="2031-05-06")
    rewrite = make("p2", REWRITE, published="2031-05-06")
    (edge,) = find_copies([wire, rewrite]).copies
    assert (edge.article, edge.copy_of, edge.kind) == ("p2", "p1", "paraphrase")
    assert edge.similarity >= 0.5


def test_an_own_report_of_the_same_flood_is_not_a_paraphrase(make):
    wire = make("p1", WIRE, published="2031-05-06")
    own = make("p3", OWN_REPORT, published="2031-05-07")
    assert find_copies([wire, own]).copies == ()


def test_paraphrase_needs_several_sentences_in_order():
    from storyscope.corpus.copies import is_paraphrase, sentence_word_sets

    wire, rewrite = sentence_word_sets(WIRE), sentence_word_sets(REWRITE)
    assert is_paraphrase(wire, rewrite)
    assert not is_paraphrase(wire[:2], rewrite[:2])  # two shared sentences are not a rewrite
    assert not is_paraphrase(wire, list(reversed(rewrite)))  # the same facts in another order
