"""Store: declared schema, versioning, idempotent saves, corpus replace, crash safety."""

import duckdb
import pytest

from storyscope.errors import StoryscopeError
from storyscope.model import (
    AnnotatedArticle, Annotations, Article, Attribution, Claim, ClaimMention, Conflict,
    CorpusResult, Quantity, Sentence, Skip, Story,
)
from storyscope.store import Store
from storyscope.store.schema import SCHEMA_VERSION


def _article(aid="a1", text="The council approved the budget on Friday.", h="h1"):
    return Article(id=aid, source=f"/in/{aid}.txt", title="Budget passes", published="2025-02-01",
                   outlet="Town Crier", language="en", text=text, content_hash=h, removed=("Share post:",))


def _annotated(aid="a1", h="h1"):
    ann = Annotations(
        sentences=(Sentence(0, 42),),
        attributions=(Attribution("Mara Quill", "said", 4, 8, "the budget", 10, 20, False, False,
                                  source_text="she", source_start=0, source_end=3, speaker_label="PERSON"),),
        quantities=(Quantity(3.5, "3.5 million", "euros", 0, 5),),
    )
    return AnnotatedArticle(_article(aid, h=h), ann)


def test_round_trip_keeps_every_field(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store.save_batch([(None, _annotated())])
        [loaded] = store.load_annotated()
    assert loaded == _annotated()


def test_saving_twice_adds_nothing_twice(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store.save_batch([(None, _annotated())])
        store.save_batch([(None, _annotated())])
        assert store.article_count() == 1
        assert store.con.execute("SELECT count(*) FROM attributions").fetchone()[0] == 1


def test_changed_article_replaces_old_rows(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store.save_batch([(None, _annotated(h="h1"))])
        store.save_batch([(None, _annotated(h="h2"))])
        assert store.known_hashes() == {"a1": "h2"}
        assert store.con.execute("SELECT count(*) FROM quantities").fetchone()[0] == 1


def test_skip_then_success_clears_the_skip(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store.save_batch([(None, Skip("/in/a1.txt", "E002 empty", "ingest", "E002"))])
        assert len(store.skipped()) == 1
        store.save_batch([(None, _annotated())])
        assert store.skipped() == []


def test_corpus_is_replaced_as_a_whole(tmp_path):
    corpus = CorpusResult(
        stories=(Story("S1", "Budget", ("a1",), "2025-02-01", "2025-02-01"),),
        claims=(Claim("C1", "the budget passed", 0.7, 1, (ClaimMention("a1", "x", 0, 5, "asserts", None),)),),
        conflicts=(Conflict("K1", "numeric", ("C1",), ("a1",), (1.0, 2.0), "1 vs 2"),),
        article_story={"a1": "S1"},
    )
    with Store(tmp_path / "s.duckdb") as store:
        store.save_corpus(corpus)
        store.save_corpus(corpus)
        assert store.load_corpus() == corpus


def test_committed_batches_survive_a_crash(tmp_path):
    path = tmp_path / "s.duckdb"
    store = Store(path)
    store.save_batch([(None, _annotated("a1"))])
    bad = AnnotatedArticle(_article("a2"), Annotations(sentences=(Sentence(0, "not a number"),)))
    with pytest.raises(Exception):
        store.save_batch([(None, _annotated("a3")), (None, bad)])
    store.close()
    with Store(path) as again:
        assert set(again.known_hashes()) == {"a1"}


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "s.duckdb"
    Store(path).close()
    con = duckdb.connect(str(path))
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION + 1)])
    con.close()
    with pytest.raises(StoryscopeError) as info:
        Store(path)
    assert info.value.code == "E011"


def test_version_1_store_gains_attribution_kind_timeline_precision_and_copy_kind(tmp_path):
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        store.save_batch([(None, _annotated())])
    con = duckdb.connect(str(path))  # make it look like a store written before attributions had a kind
    con.execute("ALTER TABLE attributions DROP COLUMN gap_end")
    con.execute("ALTER TABLE attributions DROP COLUMN gap_start")
    con.execute("ALTER TABLE attributions DROP COLUMN kind")
    con.execute("ALTER TABLE timeline DROP COLUMN precision")
    con.execute("ALTER TABLE copies DROP COLUMN kind")
    con.execute("INSERT INTO copies VALUES ('b', 'a', 0.9)")
    con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    con.close()
    with Store(path) as store:
        [loaded] = store.load_annotated()
        version = store.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0]
        columns = {r[0] for r in store.con.execute("DESCRIBE timeline").fetchall()}
        copies = store.load_corpus().copies
    assert loaded.annotations.attributions[0].kind == "speech"
    assert loaded.annotations.attributions[0].gap_start is None
    assert "precision" in columns
    assert [(c.article, c.kind) for c in copies] == [("b", "copy")]
    assert int(version) == SCHEMA_VERSION


def test_attribution_gap_round_trips(tmp_path):
    text_spans = dict(cue_start=12, cue_end=16, start=0, end=40, gap_start=9, gap_end=19)
    around = Attribution("Mara Quill", "said", content="The levee would hold", direct=False, hedged=False,
                         **text_spans)
    item = _annotated()
    item = AnnotatedArticle(item.article, Annotations(attributions=(around,)))
    with Store(tmp_path / "s.duckdb") as store:
        store.save_batch([(None, item)])
        [loaded] = store.load_annotated()
    got = loaded.annotations.attributions[0]
    assert (got.gap_start, got.gap_end) == (9, 19)
    assert got.content_spans() == [[0, 9], [19, 40]]


def test_attribution_kind_round_trips(tmp_path):
    item = _annotated()
    other = Attribution("Mara Quill", "signed", 4, 10, "the lease", 11, 20, False, False, kind="other")
    item = AnnotatedArticle(item.article, Annotations(attributions=(other,)))
    with Store(tmp_path / "s.duckdb") as store:
        store.save_batch([(None, item)])
        [loaded] = store.load_annotated()
    assert loaded.annotations.attributions[0].kind == "other"


def test_only_a_skip_the_text_decides_keeps_the_texts_hash(tmp_path):
    from storyscope.model import RawDocument

    def raw(aid):
        return RawDocument(aid, f"/in/{aid}.html", "<html></html>", "html", f"hash-{aid}")

    with Store(tmp_path / "s.duckdb") as store:
        store.save_batch([(raw("a1"), Skip("/in/a1.html", "E008 no article text", "clean", "E008", "a1")),
                          (raw("a2"), Skip("/in/a2.html", "E012 annotation failed", "annotate", "E012", "a2"))])
        # (a failure may pass on a later run: it is read again)
        assert store.skipped_hashes() == {"/in/a1.html": "hash-a1"}
        assert len(store.skipped()) == 2


def test_a_schema_5_store_gains_the_skip_hash_column(tmp_path):
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    con.execute("INSERT INTO meta VALUES ('schema_version', '5')")
    con.execute("CREATE TABLE skipped (source VARCHAR PRIMARY KEY, id VARCHAR, stage VARCHAR, code VARCHAR, "
                "reason VARCHAR)")
    con.execute("INSERT INTO skipped VALUES ('/in/x.html', 'x', 'clean', 'E008', 'E008 no article text')")
    con.close()
    with Store(path) as store:
        assert store.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == \
            str(SCHEMA_VERSION)
        assert [s.code for s in store.skipped()] == ["E008"]
        assert store.skipped_hashes() == {}


def test_a_schema_6_store_gains_the_expected_column_of_its_timeline(tmp_path):
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    con.execute("INSERT INTO meta VALUES ('schema_version', '6')")
    con.execute("CREATE TABLE timeline (date VARCHAR, summary VARCHAR, articles VARCHAR[], claims VARCHAR[], "
                "precision VARCHAR DEFAULT 'day')")
    con.execute("INSERT INTO timeline VALUES ('2031-05-01', 'Bridge reopens', ['a1'], ['C1'], 'day')")
    con.close()
    with Store(path) as store:
        rows = store.con.execute("SELECT date, expected FROM timeline").fetchall()
        assert rows == [("2031-05-01", False)]


@pytest.mark.parametrize("content", [b"title,text\nA,B\n", b'{"articles": []}', b"not a database at all"])
def test_an_existing_file_that_is_no_duckdb_store_is_an_error_and_stays_as_it_was(tmp_path, content):
    from storyscope.errors import StoryscopeError

    path = tmp_path / "data.csv"
    path.write_bytes(content)
    with pytest.raises(StoryscopeError) as err:
        Store(path)
    assert err.value.code == "E010" and "not a DuckDB database" in str(err.value)
    assert path.read_bytes() == content
    # a new path is where a store is created
    with Store(tmp_path / "new.duckdb") as store:
        assert store.con.execute("SELECT count(*) FROM articles").fetchone() == (0,)


def test_a_store_that_cannot_be_written_is_opened_to_read(tmp_path, monkeypatch):
    import numpy as np

    from storyscope.store import duck
    from storyscope.store.search import cached_vectors

    with Store(tmp_path / "s.duckdb") as store:
        store.save_batch([(None, _annotated())])
    monkeypatch.setattr(duck, "_writable", lambda path: False)  # (read-only media, a folder one may not write to)
    with Store(tmp_path / "s.duckdb") as store:
        assert store.read_only and store.con.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
        vectors = cached_vectors(store, ["The council met."], lambda texts: np.ones((len(texts), 4)) / 2)
        assert vectors.shape == (1, 4)  # (embedded, not cached)
        with pytest.raises(StoryscopeError) as err:  # a write says E010 in one line, not a DuckDB traceback
            store.save_batch([(None, _annotated(h="h2"))])
        assert err.value.code == "E010"


def test_a_read_only_file_that_is_no_store_is_e010(tmp_path, monkeypatch):
    from storyscope.store import duck

    con = duckdb.connect(str(tmp_path / "other.duckdb"))
    con.execute("CREATE TABLE t (a INT)")
    con.close()
    monkeypatch.setattr(duck, "_writable", lambda path: False)
    with pytest.raises(StoryscopeError) as err:
        Store(tmp_path / "other.duckdb")
    assert err.value.code == "E010"
