"""Ingest: ids, encodings and every kind of bad input becomes a Skip with a reason."""

import gzip
import json
import os
from pathlib import Path

import pytest

from storyscope.ingest import article_id, read_inputs
from storyscope.model import RawDocument, Skip

LIMIT = 100_000
STORY = "The harbour authority said on Monday that the ferry service would resume next week.\n"


def _read(*paths):
    return list(read_inputs([str(p) for p in paths], LIMIT))


@pytest.mark.parametrize("name, expected", [
    ("000_ab12.txt", "000_ab12"), ("page.html.gz", "page"), ("x.htm", "x"), ("a.b.txt.gz", "a.b"),
    # a line break or a tab in a file name would break the article's link and URL path
    ("line\nbreak.txt", "line_break"), ("tab\there.html", "tab_here"), ("café ünïcode.txt", "café ünïcode"),
])
def test_article_id_strips_contract_extensions(tmp_path, name, expected):
    assert article_id(tmp_path / "html" / name) == expected


def test_folder_is_read_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text(STORY)
    (tmp_path / "one.txt").write_text(STORY)
    (tmp_path / ".hidden.txt").write_text(STORY)
    ids = [r.id for r in _read(tmp_path)]
    assert ids == ["two", "one"]  # sorted by path: b/two.txt before one.txt
    assert "hidden" not in " ".join(ids)


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_western_single_byte_text_decodes_right(tmp_path, encoding):
    text = "Le maire a déclaré que la façade du musée serait rénovée – coût: 3 000 €." if encoding == "cp1252" \
        else "Le maire a déclaré que la façade du musée serait rénovée avant l'été."
    (tmp_path / "fr.txt").write_bytes(text.encode(encoding))
    [doc] = _read(tmp_path / "fr.txt")
    assert isinstance(doc, RawDocument)
    assert doc.text == text


def test_a_file_mixing_utf8_and_western_bytes_reads_each_part_right(tmp_path):
    first = "The mayor’s office in Brünn confirmed the plan — “finally”, said Ana Kessia.\n"
    second = "A later paragraph pasted from an old Latin-1 file: the café’s façade costs 3 000 €.\n"
    (tmp_path / "mixed.txt").write_bytes(first.encode("utf-8") + second.encode("cp1252"))
    [doc] = _read(tmp_path / "mixed.txt")
    assert doc.text == first + second
    assert doc.encoding == "utf-8+cp1252"


def test_western_text_with_one_byte_pair_like_utf8_stays_western(tmp_path):
    # (the cp1252 bytes of "É”" are the UTF-8 bytes of "ɔ")
    text = "Le maire a déclaré que la façade du musée serait rénovée – coût: 3 000 € (« CAFÉ” à Velm)."
    (tmp_path / "fr.txt").write_bytes(text.encode("cp1252"))
    [doc] = _read(tmp_path / "fr.txt")
    assert doc.text == text and doc.encoding == "cp1252"


@pytest.mark.parametrize("utf8_part", [
    "The paper moved its desk to Besançon.",  # one accent
    "It opened on Monday — Kaspar Linde said so.",  # one dash
    "Locals call the quay 港口. “We are open,” said Ana Kessia.",
    "港は月曜日に開いた。",
    "Порт открылся в понедельник.",
])
def test_a_file_mixing_utf8_of_any_script_with_a_latin1_paragraph_reads_each_part_right(tmp_path, utf8_part):
    latin1_part = "The café owners in Sèvres said the tax was unfair.\n"
    (tmp_path / "mixed.txt").write_bytes(f"Harbour news\n\n{utf8_part}\n\n".encode() + latin1_part.encode("latin-1"))
    [doc] = _read(tmp_path / "mixed.txt")
    assert doc.text == f"Harbour news\n\n{utf8_part}\n\n{latin1_part}"
    assert doc.encoding == "utf-8+cp1252"


def test_iso_2022_jp_is_read_not_taken_for_ascii(tmp_path):
    text = "港は月曜日に再開し、港湾労働者は新しい夜勤手当の合意に満足していると述べた。"
    (tmp_path / "ja.txt").write_bytes(text.encode("iso2022_jp"))
    [doc] = _read(tmp_path / "ja.txt")
    assert doc.text == text and doc.encoding == "iso2022_jp_2"


def test_a_cyrillic_legacy_file_whose_letters_pair_like_utf8_is_not_read_as_mixed(tmp_path):
    # (in cp1251 "Кі" is the byte pair of a UTF-8 character)
    text = "Кі Київ: Міністерство закордонних справ України заявило, що порт відкрито для суден."
    (tmp_path / "uk.txt").write_bytes(text.encode("cp1251"))
    [doc] = _read(tmp_path / "uk.txt")
    assert doc.text == text


def test_utf8_with_bom_and_gzip(tmp_path):
    data = "\ufeffThe mayor’s office confirmed the plan.".encode("utf-8")
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(data))
    [doc] = _read(tmp_path / "a.txt.gz")
    assert doc.id == "a" and doc.text.startswith("The mayor’s")


@pytest.mark.parametrize("name, payload, code", [
    ("empty.txt", b"", "E002"),
    ("blank.txt", b"  \n\n \t", "E002"),
    ("noise.txt", bytes(range(256)) * 8, "E003"),
    ("image.html", b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, "E003"),
    ("random.bin", os.urandom(4096) + b"\x00", "E003"),
    ("notes.md", b"# Some markdown", "E009"),
    ("cut.txt.gz", gzip.compress(STORY.encode() * 50)[:40], "E006"),
])
def test_bad_inputs_become_skips_with_a_code(tmp_path, name, payload, code):
    (tmp_path / name).write_bytes(payload)
    [skip] = _read(tmp_path / name)
    assert isinstance(skip, Skip)
    assert skip.code == code
    assert name in skip.reason


def test_oversized_file_is_skipped(tmp_path):
    (tmp_path / "big.txt").write_text(STORY * 5000)
    [skip] = _read(tmp_path / "big.txt")
    assert skip.code == "E005"


def test_missing_path_is_skipped(tmp_path):
    [skip] = _read(tmp_path / "nope")
    assert skip.code == "E001"


def test_bad_file_does_not_stop_its_neighbours(tmp_path):
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "d.html").write_text("<html><body><p>" + STORY + "</p><div><span>unclosed")
    results = _read(tmp_path)
    assert [type(r).__name__ for r in results] == ["RawDocument", "Skip", "Skip", "RawDocument"]


def test_jsonl_records_and_bad_lines(tmp_path):
    lines = [
        json.dumps({"id": "r1", "text": STORY, "title": "Ferries return", "published": "2025-01-02T10:00:00"}),
        "{not json",
        json.dumps({"id": "r2", "html": "<html><body><p>" + STORY + "</p></body></html>", "url": "https://example.org/a"}),
        json.dumps({"id": "r3"}),
        "",
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines))
    results = _read(tmp_path / "feed.jsonl")
    docs = [r for r in results if isinstance(r, RawDocument)]
    skips = [r for r in results if isinstance(r, Skip)]
    assert [d.id for d in docs] == ["r1", "r2"]
    assert docs[0].published == "2025-01-02" and docs[0].title == "Ferries return"
    assert docs[1].kind == "html" and docs[1].url == "https://example.org/a"
    assert [s.code for s in skips] == ["E007", "E007"]


def test_jsonl_records_end_at_newlines_only_and_a_deep_one_is_a_skip(tmp_path):
    lines = [
        json.dumps({"id": "ls", "text": STORY + "\u2028Ana Kessia said 40 ships were waiting."}, ensure_ascii=False),
        json.dumps({"id": "nel", "text": STORY + "\u0085Teodora Vask said the dam held."}, ensure_ascii=False),
        '{"id": "deep", "text": "The Velm council met.", "x": ' + "[" * 5000 + "]" * 5000 + "}",
        json.dumps({"id": "plain", "text": STORY}),
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines), encoding="utf-8")
    results = _read(tmp_path / "feed.jsonl")
    assert [r.id for r in results if isinstance(r, RawDocument)] == ["ls", "nel", "plain"]
    [skip] = [r for r in results if isinstance(r, Skip)]
    assert skip.source.endswith("feed.jsonl:3") and skip.code == "E007" and "nested too deeply" in skip.reason


def test_jsonl_placeholder_dates_other_schemes_and_line_breaks_in_ids_are_not_kept(tmp_path):
    lines = [json.dumps({"id": "far", "text": STORY, "published": "9999-12-31", "url": "javascript:alert(1)"}),
             json.dumps({"id": "old", "text": STORY, "published": "0001-01-01", "url": "data:text/html,x"}),
             json.dumps({"id": "two\nlines", "text": STORY, "published": "1911-03-04", "url": "osk.example/a"}),
             json.dumps({"id": "code", "text": STORY, "url": "javascript:1;alert(document.domain)"}),
             json.dumps({"id": "port", "text": STORY, "url": "osk.example:8080/a"}),
             # (a script with a digit where a port would stand: no host before it)
             json.dumps({"id": "digit", "text": STORY, "url": "javascript:1/alert(document.domain)"}),
             json.dumps({"id": "vb", "text": STORY, "url": "vbscript:0/msgbox(1)"})]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines), encoding="utf-8")
    far, old, two, code, port, digit, vb = _read(tmp_path / "feed.jsonl")
    assert (far.published, far.url, old.published, old.url, code.url) == (None, None, None, None, None)
    assert (digit.url, vb.url) == (None, None)
    assert (two.id, two.published, two.url) == ("two_lines", "1911-03-04", "osk.example/a")
    assert port.url == "osk.example:8080/a"


def test_txt_holding_html_is_read_as_html(tmp_path):
    (tmp_path / "saved.txt").write_text("<!DOCTYPE html><html><body><p>" + STORY + "</p></body></html>")
    [doc] = _read(tmp_path / "saved.txt")
    assert doc.kind == "html"


def test_same_name_in_two_folders_keeps_both(tmp_path):
    for sub in ("x", "y"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "same.txt").write_text(STORY + sub)
    ids = [r.id for r in _read(tmp_path)]
    assert ids == ["same", "same~2"]


def test_what_is_no_regular_file_is_skipped_with_its_reason(tmp_path):
    (tmp_path / "good.txt").write_text("The ferry to Osk sails at dawn.", encoding="utf-8")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "loop_a.txt").symlink_to(tmp_path / "loop_b.txt")
    (tmp_path / "loop_b.txt").symlink_to(tmp_path / "loop_a.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    items = list(read_inputs([tmp_path], 1_000_000))
    assert [i.id for i in items if isinstance(i, RawDocument)] == ["good"]
    reasons = {os.path.basename(s.source): s.reason for s in items if isinstance(s, Skip)}
    assert "a broken symbolic link" in reasons["dangling.txt"] and reasons["dangling.txt"].startswith("E021")
    assert "a symbolic link loop" in reasons["loop_a.txt"]
    assert "a FIFO" in reasons["pipe.txt"]
    [direct] = read_inputs([tmp_path / "pipe.txt"], 1_000_000)  # given by name: the same reason, not "not found"
    assert direct.code == "E021"


def test_excluded_files_are_not_read(tmp_path):
    (tmp_path / "good.txt").write_text("The ferry to Osk sails at dawn.", encoding="utf-8")
    (tmp_path / "dossier.html").write_text("<html><body><p>An earlier dossier.</p></body></html>", encoding="utf-8")
    items = list(read_inputs([tmp_path], 1_000_000, exclude=[tmp_path / "dossier.html"]))
    assert [i.id for i in items] == ["good"]
    named = list(read_inputs([tmp_path / "good.txt", tmp_path / "dossier.html"], 1_000_000,
                             exclude=[tmp_path / "dossier.html"]))  # (as a shell glob names them)
    assert [i.id for i in named] == ["good"]


# (Cyrillic: a high byte of 0x04 for letters, NUL for spaces and digits)
CYRILLIC = "Паром из Оска в Вельм снова вышел 3 марта, сообщил начальник порта Osk.\n" * 4


@pytest.mark.parametrize("text", [STORY, CYRILLIC], ids=["latin", "cyrillic"])
@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read_as_text(tmp_path, encoding, text):
    (tmp_path / "wide.txt").write_bytes(text.encode(encoding))
    [doc] = _read(tmp_path / "wide.txt")
    assert isinstance(doc, RawDocument) and doc.text == text and doc.encoding == encoding


CJK = "東京都は月曜日、新しい港湾計画を発表した。計画によると、二千人の労働者が雇用される。\n" * 6


@pytest.mark.parametrize("text", [CJK, CJK.replace("、", " 、")], ids=["no-ascii", "with-spaces"])
@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_in_chinese_or_japanese_is_read_as_text(tmp_path, encoding, text):
    (tmp_path / "wide.txt").write_bytes(text.encode(encoding))
    [doc] = _read(tmp_path / "wide.txt")
    assert isinstance(doc, RawDocument) and doc.text == text and doc.encoding == encoding


def test_random_bytes_are_still_binary_with_the_wide_text_sniffer(tmp_path):
    import random

    rng = random.Random(7)
    (tmp_path / "noise.txt").write_bytes(bytes(rng.randrange(256) for _ in range(8000)))
    [skip] = _read(tmp_path / "noise.txt")
    assert isinstance(skip, Skip) and skip.code == "E003"


@pytest.mark.parametrize("text", ["Residents call it “the Café”—a hub for traders in Osk.",
                                  "BRASKÉ’S OLD CLUB WINS AGAIN – report"])
def test_cp1252_bytes_that_happen_to_form_utf8_stay_cp1252(tmp_path, text):
    # ("é”—" is three bytes of one UTF-8 character, "É’" two): one such run is no UTF-8 part
    (tmp_path / "west.txt").write_bytes(text.encode("cp1252"))
    [doc] = _read(tmp_path / "west.txt")
    assert doc.text == text and doc.encoding == "cp1252"


def test_utf16_kana_without_a_byte_order_mark_is_read_the_right_way_round(tmp_path):
    kana = "きょうははれ。あしたもはれるでしょう。" * 40
    (tmp_path / "kana.txt").write_bytes(kana.encode("utf-16-be"))
    [doc] = _read(tmp_path / "kana.txt")
    assert isinstance(doc, RawDocument) and doc.text == kana and doc.encoding == "utf-16-be"


def test_jsonl_fields_of_the_wrong_kind_never_stop_the_run(tmp_path):
    body = "The ferry to Osk sailed again on Monday after the storm, the harbour master said."
    lines = [{"id": 7, "text": body, "title": 2025, "published": "2025-02-30"},
             {"id": "b", "text": "\ufeff" + body, "title": ["a", "b"], "published": "2025-13-45", "url": {"x": 1}},
             {"id": "c", "text": body, "title": "Ferry sails", "published": "2025-03-02T08:00:00Z"}]
    (tmp_path / "feed.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    docs = _read(tmp_path / "feed.jsonl")
    assert [(d.id, d.title, d.published, d.url) for d in docs] == [
        ("7", "2025", None, None), ("b", None, None, None), ("c", "Ferry sails", "2025-03-02", None)]
    assert docs[1].text == body  # (a byte-order mark inside a record's text goes)


def test_a_timeline_over_a_stored_date_that_does_not_exist_reads_it_as_no_date():
    from storyscope.corpus.timeline import resolve_dates

    assert resolve_dates("The ferry sailed on 3 March 2025.", "2025-02-30") == ["2025-03-03"]


@pytest.mark.parametrize("encoding", ["utf-32", "utf-32-be"])
def test_utf32_is_read_as_text(tmp_path, encoding):
    data = STORY.encode(encoding)
    if encoding == "utf-32-be":
        data = b"\x00\x00\xfe\xff" + data
    (tmp_path / "wide.txt").write_bytes(data)
    [doc] = _read(tmp_path / "wide.txt")
    assert isinstance(doc, RawDocument) and doc.text == STORY and "\x00" not in doc.text


def test_a_folder_that_cannot_be_read_is_a_skip_with_a_reason(tmp_path, monkeypatch):
    import storyscope.ingest.readers as readers

    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "open.txt").write_text(STORY, encoding="utf-8")
    real_access = os.access
    monkeypatch.setattr(readers.os, "access", lambda p, mode: Path(p).name != "locked" and real_access(p, mode))
    monkeypatch.setattr(readers.Path, "rglob", lambda self, pattern: iter([tmp_path / "locked", tmp_path / "open.txt"]))
    items = _read(tmp_path)
    assert [type(i).__name__ for i in items] == ["Skip", "RawDocument"]
    assert items[0].code == "E016" and "cannot be read" in items[0].reason


def test_a_file_name_that_is_not_utf8_is_read_under_a_western_name(tmp_path):
    (tmp_path / "good.txt").write_text("Quay opens\n\nThe Osk quay opened on Monday.\n", encoding="utf-8")
    bad = os.fsencode(tmp_path) + b"/caf\xe9_report.txt"
    with open(bad, "wb") as fh:
        fh.write("The Osk caf\xe9 reopened on Monday.\n".encode("latin-1"))
    items = list(read_inputs([tmp_path], max_file_bytes=10_000))
    assert sorted(i.id for i in items if isinstance(i, RawDocument)) == ["café_report", "good"]
    assert all(i.source.encode("utf-8") for i in items)  # (no surrogate left for the store to refuse)


def test_lone_surrogates_in_a_jsonl_record_are_replaced(tmp_path):
    line = '{"id": "v\\ud800", "title": "Quay \\ud83d", "text": "The Osk quay \\udc00 opened on Monday."}\n'
    (tmp_path / "feed.jsonl").write_text(line, encoding="utf-8")
    (doc,) = read_inputs([tmp_path], max_file_bytes=10_000)
    assert (doc.id, doc.title, doc.text) == ("v\ufffd", "Quay \ufffd", "The Osk quay \ufffd opened on Monday.")


def test_one_file_named_twice_is_read_once(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("The Osk quay opened on Monday.\n", encoding="utf-8")
    (folder / "b.txt").write_text("The Velm bridge closed on Tuesday.\n", encoding="utf-8")
    items = list(read_inputs([folder, folder / "a.txt", tmp_path / "in" / ".." / "in" / "b.txt", folder],
                             max_file_bytes=10_000))
    assert [i.id for i in items] == ["a", "b"]


def test_jsonl_ids_of_dots_only_become_linkable(tmp_path):
    lines = "".join(json.dumps({"id": i, "text": f"The Osk quay opened on day {n}."}) + "\n"
                    for n, i in enumerate((".", "..", "a.b")))
    (tmp_path / "feed.jsonl").write_text(lines, encoding="utf-8")
    assert [d.id for d in read_inputs([tmp_path], max_file_bytes=10_000)] == ["_", "__", "a.b"]


def test_a_feed_saved_as_a_page_is_skipped_as_unsupported(tmp_path):
    feed = ('<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Osk News</title><item><title>Quay opens'
            '</title><description>The Osk quay opened on Monday.</description></item></channel></rss>')
    (tmp_path / "feed.html").write_text(feed, encoding="utf-8")
    (tmp_path / "atom.txt").write_text('<feed xmlns="http://www.w3.org/2005/Atom"><title>Osk</title></feed>',
                                       encoding="utf-8")
    (tmp_path / "page.html").write_text("<html><body><p>The Osk quay opened on Monday.</p></body></html>",
                                        encoding="utf-8")
    items = list(read_inputs([tmp_path], max_file_bytes=10_000))
    assert sorted((getattr(i, "code", None) or i.id) for i in items) == ["E009", "E009", "page"]


def test_a_cut_emoji_whose_half_looks_like_a_file_name_byte_is_still_replaced(tmp_path):
    line = '{"id": "v1", "title": "Score \\ud83d", "text": "A \\udcaf result for the Osk club on Monday."}\n'
    (tmp_path / "feed.jsonl").write_text(line, encoding="utf-8")
    (doc,) = read_inputs([tmp_path], max_file_bytes=10_000)
    assert (doc.title, doc.text) == ("Score \ufffd", "A \ufffd result for the Osk club on Monday.")


def test_many_comments_before_a_page_are_read_at_once(tmp_path):
    from storyscope.ingest.readers import _FEED

    assert _FEED.match("<!-- c -->" * 24 + "<html><body><p>x</p></body></html>") is None  # (2^n tries before)
    assert _FEED.match("<!-- c -->" * 3 + "<rss version='2.0'>") is not None


def test_a_file_in_a_folder_that_cannot_be_entered_is_skipped_and_its_neighbours_read(tmp_path, monkeypatch):
    from pathlib import Path

    from storyscope.ingest.readers import discover

    (tmp_path / "shut").mkdir()
    (tmp_path / "shut" / "inside.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "open.txt").write_text(STORY, encoding="utf-8")
    real_is_dir = Path.is_dir

    def is_dir(self):  # (as a folder of mode 600 answers a user who is not root)
        if self.parent.name == "shut":
            raise PermissionError(13, "Permission denied", str(self))
        return real_is_dir(self)

    monkeypatch.setattr(Path, "is_dir", is_dir)
    found = list(discover([tmp_path]))
    skips = [f for f in found if not isinstance(f, Path)]
    assert [f.name for f in found if isinstance(f, Path)] == ["open.txt"]
    assert len(skips) == 1 and skips[0].code == "E016" and skips[0].source.endswith("inside.txt")


def test_a_byte_order_mark_does_not_cost_the_file_over_one_bad_byte():
    import codecs

    from storyscope.ingest.decode import decode_bytes

    words = "Caf\u00e9 owners in Velm say the harbour\u2019s pier reopened on Monday. " * 5
    with_mark, _ = decode_bytes(codecs.BOM_UTF8 + words.encode() + b"The dam\xff held.\n", "a.txt")
    without, _ = decode_bytes(words.encode() + b"The dam\xff held.\n", "a.txt")
    assert with_mark == without and with_mark.startswith("Caf\u00e9 owners")
    cut, enc = decode_bytes(codecs.BOM_UTF16_LE + words.encode("utf-16-le") + b"\x41", "b.txt")
    assert enc == "utf-16" and cut.startswith("Caf\u00e9 owners") and cut.endswith("\ufffd")


def test_a_suffixed_id_never_collides_with_a_file_named_so(tmp_path):
    for sub, name in (("a", "report.txt"), ("b", "report.txt"), ("b", "report~2.txt"), ("c", "report.txt")):
        (tmp_path / sub).mkdir(exist_ok=True)
        (tmp_path / sub / name).write_text(STORY + sub + name, encoding="utf-8")
    ids = [doc.id for doc in _read(tmp_path)]
    assert len(ids) == len(set(ids)) == 4 and "report" in ids and "report~2" in ids


def test_links_out_of_the_folder_given_are_skipped_with_a_reason(tmp_path):
    from storyscope.ingest.readers import discover

    inside, private = tmp_path / "in", tmp_path / "private"
    inside.mkdir()
    private.mkdir()
    (private / "memo.txt").write_text("The archive code is 4471, the clerk said on Monday.", encoding="utf-8")
    (inside / "story.txt").write_text(STORY, encoding="utf-8")
    (inside / "memo_link.txt").symlink_to(private / "memo.txt")
    (inside / "same_link.txt").symlink_to(inside / "story.txt")  # (a link within the folder is read)
    (inside / "elsewhere").symlink_to(private)
    found = list(discover([inside]))
    read = sorted(f.name for f in found if isinstance(f, Path))
    skipped = {Path(s.source).name: s for s in found if not isinstance(s, Path)}
    assert read in (["story.txt"], ["same_link.txt"])  # (same_link.txt is story.txt: one file, read once)
    assert skipped["memo_link.txt"].code == "E021" and "outside" in skipped["memo_link.txt"].reason
    assert skipped["elsewhere"].code == "E021" and "folder" in skipped["elsewhere"].reason


def test_a_byte_order_mark_file_faulty_inside_is_still_refused():
    import codecs

    from storyscope.errors import StoryscopeError
    from storyscope.ingest.decode import decode_bytes

    words = "The harbour of Osk reopened on Monday, the port authority said. " * 5
    broken = codecs.BOM_UTF16_LE + words.encode("utf-16-le")[:50] + b"\x00\xdc" + words.encode("utf-16-le")[52:]
    with pytest.raises(StoryscopeError, match="E004"):
        decode_bytes(broken, "c.txt")


def test_a_file_named_inside_a_folder_that_cannot_be_entered_is_skipped(tmp_path, monkeypatch):
    from pathlib import Path

    from storyscope.ingest.readers import discover

    named = tmp_path / "shut" / "inside.txt"
    real_is_dir = Path.is_dir

    def is_dir(self):
        if self == named:
            raise PermissionError(13, "Permission denied", str(self))
        return real_is_dir(self)

    monkeypatch.setattr(Path, "is_dir", is_dir)
    (skip,) = list(discover([named]))
    assert skip.code == "E016"
