"""Runner: batch function order and skips, Ray adapter shape, and resume after a crash."""

import pickle

import pytest

import storyscope.pipeline as pipeline
from storyscope.engine import process_batch, run_local
from storyscope.engine.ray_data import RayStage, raw_document_to_row
from storyscope.model import AnnotatedArticle, RawDocument
from storyscope.settings import load_settings

pytestmark = pytest.mark.slow

GOOD = ("Lighthouse keepers return\n\nThe coastal trust said on Tuesday that keepers would return to the "
        "north light after a decade, and the trust's director told reporters the move would cost 40,000 euros.\n")


def _doc(i, text=GOOD):
    return RawDocument(id=f"d{i}", source=f"/in/d{i}.txt", text=text, kind="text", content_hash=f"h{i}")


def test_process_batch_keeps_input_order_and_skips_empty_bodies():
    docs = [_doc(1), _doc(2, text="   \n  "), _doc(3)]
    results = process_batch(docs, load_settings(processes=1))
    assert [type(r).__name__ for r in results] == ["AnnotatedArticle", "Skip", "AnnotatedArticle"]
    assert results[0].article.id == "d1" and results[2].article.id == "d3"
    assert results[1].code == "E008"


def test_pool_runner_returns_every_document_once():
    docs = [_doc(i) for i in range(5)]
    out = [pair for batch in run_local(docs, load_settings(processes=2, batch_size=2)) for pair in batch]
    assert sorted(raw.id for raw, _ in out) == [f"d{i}" for i in range(5)]
    assert all(isinstance(result, AnnotatedArticle) for _, result in out)


def test_ray_stage_maps_a_column_batch():
    docs = [_doc(1), _doc(2, text=" ")]
    rows = [raw_document_to_row(d) for d in docs]
    columns = {key: [row[key] for row in rows] for key in rows[0]}
    out = RayStage(load_settings(processes=1))(columns)
    assert out["id"] == ["d1", "d2"] and out["ok"] == [True, False]
    assert pickle.loads(out["payload"][0]).article.id == "d1"
    assert out["reason"][1].startswith("E008")


def test_a_run_killed_half_way_keeps_its_work_and_the_next_run_completes(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(4):
        (folder / f"a{i}.txt").write_text(GOOD.replace("40,000", f"{i + 1}0,000"))
    settings = load_settings(processes=1, batch_size=2)
    real_run_local = pipeline.run_local

    def dies_after_first_batch(docs, s):
        for n, batch in enumerate(real_run_local(docs, s)):
            if n == 1:
                raise KeyboardInterrupt("killed")
            yield batch

    monkeypatch.setattr(pipeline, "run_local", dies_after_first_batch)
    with pytest.raises(KeyboardInterrupt):
        pipeline.analyze([folder], tmp_path / "out", None, settings)
    monkeypatch.setattr(pipeline, "run_local", real_run_local)
    summary = pipeline.analyze([folder], tmp_path / "out", None, settings)
    assert summary.unchanged == 2 and summary.processed == 2 and summary.articles == 4


def test_an_interrupted_pool_run_ends_its_workers_at_once(monkeypatch):
    import storyscope.engine.local as local

    stopped = []
    real_stop = local._stop

    def interrupt(*args, **kwargs):
        raise KeyboardInterrupt  # (as Ctrl-C lands while the runner waits on its workers)

    def stop(pool):
        stopped.extend((pool._processes or {}).values())
        real_stop(pool)

    monkeypatch.setattr(local, "wait", interrupt)
    monkeypatch.setattr(local, "_stop", stop)
    docs = [_doc(i) for i in range(12)]
    with pytest.raises(KeyboardInterrupt):
        list(run_local(docs, load_settings(processes=2, batch_size=1)))
    assert stopped and not any(worker.is_alive() for worker in stopped)
