"""Ids against the store: a stored file keeps its id across runs, and a new file named like a stored one gets a
suffix instead of replacing it (ids come from file names, which scraped folders repeat)."""

from storyscope.ingest import StoredIds
from storyscope.model import RawDocument


def _doc(article_id: str, source: str) -> RawDocument:
    return RawDocument(id=article_id, source=source, text="The ferry to Osk sails at dawn.", kind="text",
                       content_hash=source)


def test_a_new_file_named_like_a_stored_one_gets_the_next_free_suffix() -> None:
    ids = StoredIds({"report": "monday/report.txt", "report~2": "sunday/report.txt"})
    assert ids.assign(_doc("report", "tuesday/report.txt")).id == "report~3"
    assert ids.assign(_doc("report", "monday/report.txt")).id == "report"  # (the stored file itself: updated)


def test_a_stored_file_keeps_its_id_whatever_order_the_folders_are_read_in() -> None:
    # a/same.txt was "same" and b/same.txt "same~2"; a/same.txt is gone, so this run reads b/same.txt as "same"
    ids = StoredIds({"same": "a/same.txt", "same~2": "b/same.txt"})
    assert ids.assign(_doc("same", "b/same.txt")).id == "same~2"


def test_ids_within_one_run_stay_apart_and_records_of_one_jsonl_file_keep_theirs() -> None:
    ids = StoredIds({"harbour": "feed.jsonl", "storm": "feed.jsonl"})
    assert [ids.assign(_doc(i, "feed.jsonl")).id for i in ("harbour", "storm", "quay")] == ["harbour", "storm", "quay"]
    fresh = StoredIds({})
    assert [fresh.assign(_doc(i, s)).id for i, s in (("x", "a/x.txt"), ("x~2", "b/x.txt"))] == ["x", "x~2"]
