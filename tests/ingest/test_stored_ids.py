"""Ids against the store: a stored file keeps its id across runs, and a new file named like a stored one that is
still there gets a suffix instead of replacing it (ids come from file names, which scraped folders repeat)."""

from pathlib import Path

from storyscope.ingest import StoredIds
from storyscope.model import RawDocument


def _file(folder: Path, name: str, text: str) -> str:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return str(path)


def _doc(article_id: str, source: str, content: str = "") -> RawDocument:
    return RawDocument(id=article_id, source=source, text=content or source, kind="text",
                       content_hash=content or source)


def test_a_new_file_named_like_a_stored_one_gets_the_next_free_suffix(tmp_path) -> None:
    monday = _file(tmp_path, "monday/report.txt", "Monday's report")
    sunday = _file(tmp_path, "sunday/report.txt", "Sunday's report")
    tuesday = _file(tmp_path, "tuesday/report.txt", "Tuesday's report")
    ids = StoredIds({"report": monday, "report~2": sunday}, {"report": monday, "report~2": sunday})
    assert ids.assign(_doc("report", tuesday)).id == "report~3"
    assert ids.assign(_doc("report", monday, "Monday's report, edited")).id == "report"  # (the stored file itself)


def test_the_same_file_named_another_way_keeps_its_id(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    _file(tmp_path, "in/ferry.txt", "The ferry sails.")
    ids = StoredIds({"ferry": "in/ferry.txt"}, {"ferry": "h"})
    assert ids.assign(_doc("ferry", str(tmp_path / "in" / "ferry.txt"), "The ferry sails, edited.")).id == "ferry"


def test_a_stored_file_keeps_its_id_whatever_order_the_folders_are_read_in(tmp_path) -> None:
    # a/same.txt was "same" and b/same.txt "same~2"; a/same.txt is gone, so this run reads b/same.txt as "same"
    b = _file(tmp_path, "b/same.txt", "B")
    ids = StoredIds({"same": str(tmp_path / "a" / "same.txt"), "same~2": b}, {"same": "A", "same~2": "B"})
    assert ids.assign(_doc("same", b, "B")).id == "same~2"


def test_a_moved_file_keeps_its_id_and_an_edited_stranger_replaces_nothing(tmp_path) -> None:
    moved = _file(tmp_path, "new_place/report.txt", "Same words")
    ids = StoredIds({"report": str(tmp_path / "old_place" / "report.txt")}, {"report": "Same words"})
    assert ids.assign(_doc("report", moved, "Same words")).id == "report"  # (same content: the moved file)
    other = _file(tmp_path, "third/report.txt", "Other words")
    ids = StoredIds({"report": str(tmp_path / "old_place" / "report.txt")}, {"report": "Same words"})
    assert ids.assign(_doc("report", other, "Other words")).id == "report~2"  # (the stored article stays)


def test_jsonl_records_keep_their_own_ids_and_files_in_one_run_stay_apart(tmp_path) -> None:
    feed = _file(tmp_path, "feed.jsonl", "{}")
    ids = StoredIds({"harbour": f"{feed}:1", "storm": f"{feed}:2"}, {"harbour": "h1", "storm": "h2"})
    # a record put in at the top shifts the others' lines: each keeps its own id
    assert [ids.assign(_doc(i, f"{feed}:{n}", i)).id for n, i in enumerate(("quay", "harbour", "storm"), 1)] \
        == ["quay", "harbour", "storm"]
    # another feed numbering its records alike, or a file named like a stored record, replaces none of them
    other_feed = _file(tmp_path, "other.jsonl", "{}")
    assert ids.assign(_doc("harbour", f"{other_feed}:1", "another harbour")).id == "harbour~2"
    assert ids.assign(_doc("storm", _file(tmp_path, "storm.txt", "S"), "S")).id == "storm~2"
    fresh = StoredIds({})
    a, b = _file(tmp_path, "a/x.txt", "A"), _file(tmp_path, "b/x.txt", "B")
    assert [fresh.assign(_doc(i, s)).id for i, s in (("x", a), ("x~2", b))] == ["x", "x~2"]
