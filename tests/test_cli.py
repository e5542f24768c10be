"""The command line end to end on the project's own example corpus (loads spaCy: slow)."""

import json
import shutil

import pytest
from typer.testing import CliRunner

from storyscope.cli import app

pytestmark = pytest.mark.slow
runner = CliRunner()
CONTRACT_KEYS = {"schema", "articles", "skipped", "stories", "entities", "attributions", "quantities",
                 "claims", "conflicts", "citations", "copies", "timeline"}


@pytest.fixture(scope="module")
def analyzed(tmp_path_factory, examples_dir):
    """The example corpus plus four bad inputs, analyzed once with one process."""
    folder = tmp_path_factory.mktemp("in")
    shutil.copytree(examples_dir, folder / "articles")
    (folder / "random.bin").write_bytes(bytes(range(256)) * 16)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "latin1.txt").write_bytes(
        "Préfecture de Lérins\n\nLe préfet a annoncé mardi que le pont fermé depuis l'été rouvrira "
        "en décembre, a-t-il déclaré aux élus réunis à la mairie.".encode("latin-1"))
    (folder / "broken.html").write_text("<html><head><title>Half a page</title></head><body><p>The port"
                                        " authority said on Monday that two ferries would resume service.</p><div>")
    out = tmp_path_factory.mktemp("out")
    result = runner.invoke(app, ["analyze", str(folder), "--out", str(out), "--processes", "1", "--quiet"])
    return folder, out, result


def test_analyze_exits_zero_and_reports_skips(analyzed):
    _, out, result = analyzed
    assert result.exit_code == 0, result.output
    dossier = json.loads((out / "dossier.json").read_text())
    reasons = {s["source"].rsplit("/", 1)[-1]: s["reason"] for s in dossier["skipped"]}
    assert set(reasons) == {"random.bin", "empty.txt"}
    assert reasons["random.bin"].startswith("E003") and reasons["empty.txt"].startswith("E002")
    assert "skipped" in result.output  # also on stderr (mixed into output by CliRunner)


def test_dossier_keeps_good_and_odd_files(analyzed):
    _, out, _ = analyzed
    dossier = json.loads((out / "dossier.json").read_text())
    assert CONTRACT_KEYS <= set(dossier)
    ids = {a["id"] for a in dossier["articles"]}
    assert {"01_courier_dam", "04_meridian_volunteers", "07_harbour_analysis", "latin1", "broken"} <= ids
    latin = next(a for a in dossier["articles"] if a["id"] == "latin1")
    assert "préfet a annoncé" in latin["text"]


def test_spans_index_the_cleaned_text(analyzed):
    _, out, _ = analyzed
    dossier = json.loads((out / "dossier.json").read_text())
    texts = {a["id"]: a["text"] for a in dossier["articles"]}
    for att in dossier["attributions"]:
        assert texts[att["article"]][att["start"]:att["end"]] == att["content"]
    for q in dossier["quantities"]:
        assert texts[q["article"]][q["start"]:q["end"]] == q["text"]
    for claim in dossier["claims"]:
        for m in claim["mentions"]:
            assert texts[m["article"]][m["start"]:m["end"]] == m["text"]


def test_second_run_adds_nothing_and_new_file_is_added(analyzed, tmp_path):
    folder, out, _ = analyzed
    again = runner.invoke(app, ["analyze", str(folder), "--out", str(out), "--processes", "1", "--quiet"])
    assert again.exit_code == 0
    assert "0 processed" in again.output
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "late_report.txt").write_text(
        "Ferry strike ends\n\nThe ferry union said on Sunday that its members had voted to end the strike.\n")
    more = runner.invoke(app, ["analyze", str(folder), str(extra), "--out", str(out), "--processes", "1", "--quiet"])
    assert more.exit_code == 0 and "1 processed" in more.output
    ids = {a["id"] for a in json.loads((out / "dossier.json").read_text())["articles"]}
    assert "late_report" in ids


def test_check_json_has_contract_shape(analyzed):
    _, out, _ = analyzed
    result = runner.invoke(app, ["check", "Norvakia will send up to 2,000 engineers to Selmara",
                                 "--db", str(out / "storyscope.duckdb"), "--json"])
    assert result.exit_code == 0, result.output
    verdict = json.loads(result.stdout.strip().splitlines()[-1])
    assert set(verdict) == {"claim", "verdict", "confidence", "evidence", "explanation"}
    assert verdict["verdict"] in {"supported", "refuted", "conflicting", "not_enough_evidence"}
    assert verdict["evidence"], "the example corpus states this claim"


def test_check_on_untouched_claim_is_not_enough_evidence(analyzed):
    _, out, _ = analyzed
    result = runner.invoke(app, ["check", "The moon landing used a cardboard rocket",
                                 "--db", str(out / "storyscope.duckdb"), "--json"])
    assert json.loads(result.stdout.strip().splitlines()[-1])["verdict"] == "not_enough_evidence"


@pytest.mark.parametrize(("claim", "why"), [("", "is empty"), ("  \t\x00 ", "is empty"),
                                            ("harbour " * 200, "1599 characters long")])
def test_check_rejects_an_empty_or_overlong_claim_as_the_api_does(analyzed, claim, why):
    _, out, _ = analyzed
    result = runner.invoke(app, ["check", claim, "--db", str(out / "storyscope.duckdb"), "--json"])
    assert result.exit_code == 2 and "E024" in result.output and why in result.output


def test_check_without_store_fails_clearly(tmp_path):
    result = runner.invoke(app, ["check", "anything", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2
    assert "E001" in result.output


def test_extract_writes_contract_records(tmp_path, examples_dir):
    out = tmp_path / "x.json"
    result = runner.invoke(app, ["extract", str(examples_dir), "--out", str(out)])
    assert result.exit_code == 0, result.output
    records = json.loads(out.read_text())
    assert set(records["01_courier_dam"]) == {"articleBody", "title", "published", "language"}
    assert records["01_courier_dam"]["published"] == "2025-03-04"


def test_attributions_offsets_index_the_raw_text(tmp_path, examples_dir):
    src = examples_dir / "01_courier_dam.txt"
    out = tmp_path / "a.jsonl"
    result = runner.invoke(app, ["attributions", str(src), "--out", str(out)])
    assert result.exit_code == 0, result.output
    [line] = out.read_text().splitlines()
    record = json.loads(line)
    assert record["doc"] == "01_courier_dam" and record["attributions"]
    assert all(att["within"] is None or 0 <= att["within"] < len(record["attributions"])
               for att in record["attributions"])
    text = src.read_text(encoding="utf-8")
    for att in record["attributions"]:
        for start, end in att["content"]:
            assert 0 <= start < end <= len(text)


@pytest.mark.parametrize("claim", ["The dam collapsed", "The foreign ministry dismissed the report"])
def test_check_supports_what_outlets_state_in_other_words(analyzed, claim):
    """ "after the collapse of the Brennik Dam" states "The dam collapsed"; 05 reports the ministry's dismissal."""
    _, out, _ = analyzed
    result = runner.invoke(app, ["check", claim, "--db", str(out / "storyscope.duckdb"), "--json"])
    verdict = json.loads(result.stdout.strip().splitlines()[-1])
    assert verdict["verdict"] == "supported", verdict


def test_check_does_not_endorse_a_hedged_claim(analyzed):
    _, out, _ = analyzed
    result = runner.invoke(app, ["check", "Premier Kadar approved the mission on Monday",
                                 "--db", str(out / "storyscope.duckdb"), "--json"])
    verdict = json.loads(result.stdout.strip().splitlines()[-1])
    assert verdict["verdict"] != "supported", verdict


@pytest.mark.parametrize("task", ["extraction", "fnc1", "attribution", "checkworthy", "emergent", "veracity", "stories"])
def test_bench_on_a_missing_dataset_fails_clearly(tmp_path, task):
    result = runner.invoke(app, ["bench", task, "--data", str(tmp_path / "missing"), "--results", str(tmp_path)])
    assert result.exit_code == 2
    assert "E014" in result.output


def test_attributions_skips_a_text_too_long_to_parse_and_keeps_the_others(tmp_path, examples_dir):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "01_courier_dam.txt").write_text((examples_dir / "01_courier_dam.txt").read_text(encoding="utf-8"),
                                               encoding="utf-8")
    (folder / "huge.txt").write_text("The ferry to Osk sails at dawn, the harbour master said. " * 18_000,
                                     encoding="utf-8")  # ~1.04 million characters, under the 5 MB file limit
    out = tmp_path / "a.jsonl"
    result = runner.invoke(app, ["attributions", str(folder), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "E020" in result.output and "too long to parse" in " ".join(result.output.split())
    assert [json.loads(line)["doc"] for line in out.read_text().splitlines()] == ["01_courier_dam"]


def test_a_later_file_of_the_same_name_is_stored_beside_the_earlier_one(tmp_path):
    monday, tuesday = tmp_path / "monday", tmp_path / "tuesday"
    monday.mkdir()
    tuesday.mkdir()
    (monday / "report.txt").write_text("Osk Ferries Resume\n\nThe ferry to Osk sailed again on Monday after the storm, "
                                       "the harbour master said.", encoding="utf-8")
    (tuesday / "report.txt").write_text("Brask Council Votes\n\nThe Brask council voted on Tuesday to repair the old "
                                        "quay, its chair said.", encoding="utf-8")
    out = tmp_path / "out"
    for folder in (monday, tuesday, monday):
        result = runner.invoke(app, ["analyze", str(folder), "--out", str(out), "--processes", "1", "--quiet"])
        assert result.exit_code == 0, result.output
    stored = {a["id"]: a["source"] for a in json.loads((out / "dossier.json").read_text())["articles"]}
    assert stored == {"report": str(monday / "report.txt"), "report~2": str(tuesday / "report.txt")}
    assert "0 processed, 1 unchanged" in result.output  # (the third run finds Monday's file as stored)


def test_an_out_folder_among_the_inputs_reads_none_of_its_own_outputs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ferry.txt").write_text("Osk Ferries Resume\n\nThe ferry to Osk sailed again on Monday after the storm, "
                                      "the harbour master said.", encoding="utf-8")
    for _ in range(2):
        result = runner.invoke(app, ["analyze", str(folder), "--out", str(folder), "--processes", "1", "--quiet"])
        assert result.exit_code == 0, result.output
    dossier = json.loads((folder / "dossier.json").read_text())
    assert [a["id"] for a in dossier["articles"]] == ["ferry"] and dossier["skipped"] == []


def test_an_out_folder_that_cannot_be_made_is_a_clear_error(tmp_path, examples_dir):
    blocker = tmp_path / "taken.txt"
    blocker.write_text("a file, not a folder", encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(examples_dir / "01_courier_dam.txt"), "--out", str(blocker),
                                 "--processes", "1", "--quiet"])
    assert result.exit_code != 0 and "E022" in result.output and "Traceback" not in result.output


def test_a_file_skipped_after_reading_is_counted_once_as_skipped(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ferry.txt").write_text("Osk Ferries Resume\n\nThe ferry to Osk sailed again on Monday after the storm, "
                                      "the harbour master said.", encoding="utf-8")
    (folder / "menu.html").write_text("<html><head><title>Menu</title></head><body><script>var a = 1;</script>"
                                      "</body></html>", encoding="utf-8")  # (cleans to no body: E008)
    result = runner.invoke(app, ["analyze", str(folder), "--out", str(tmp_path / "out"), "--processes", "1",
                                 "--quiet"])
    assert result.exit_code == 0, result.output
    assert "1 processed, 0 unchanged, 1 skipped; 1 articles in the store." in result.output
    # (a second run neither cleans the unchanged skipped file again nor forgets why it was skipped)
    again = runner.invoke(app, ["analyze", str(folder), "--out", str(tmp_path / "out"), "--processes", "1",
                                "--quiet"])
    assert "0 processed, 1 unchanged, 1 skipped; 1 articles in the store." in again.output
    assert "E008" in again.output  # (told again, as dossier.json lists it)
    dossier = json.loads((tmp_path / "out" / "dossier.json").read_text(encoding="utf-8"))
    assert [s["code"] for s in dossier["skipped"]] == ["E008"]
    # (and a changed file is read again)
    (folder / "menu.html").write_text("<html><body><p>The ferry to Osk sailed again on Tuesday after the second "
                                      "storm of the week, the harbour master said on the quay.</p></body></html>",
                                      encoding="utf-8")
    third = runner.invoke(app, ["analyze", str(folder), "--out", str(tmp_path / "out"), "--processes", "1",
                                "--quiet"])
    assert "1 processed, 1 unchanged, 0 skipped; 2 articles in the store." in third.output


def test_a_renamed_file_replaces_its_stored_article_and_a_copy_beside_it_stays(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    ferry = "Osk Ferries Resume\n\nThe ferry to Osk sailed again on Monday after the storm, the harbour master said."
    (folder / "ferry.txt").write_text(ferry, encoding="utf-8")
    (folder / "dam.txt").write_text("Velm Dam Holds\n\nThe Velm dam held on Sunday, engineer Tova Reyes said.",
                                    encoding="utf-8")
    args = ["analyze", str(folder), "--out", str(tmp_path / "out"), "--processes", "1", "--quiet"]
    assert runner.invoke(app, args).exit_code == 0
    (folder / "ferry.txt").rename(folder / "ferry_monday.txt")
    again = runner.invoke(app, args)
    assert "1 processed, 1 unchanged, 0 skipped, 1 renamed; 2 articles in the store." in again.output, again.output
    dossier = json.loads((tmp_path / "out" / "dossier.json").read_text(encoding="utf-8"))
    assert sorted(a["id"] for a in dossier["articles"]) == ["dam", "ferry_monday"] and dossier["copies"] == []
    # (a copy beside a file still there is a copy, not a rename)
    (folder / "ferry_copy.txt").write_text(ferry, encoding="utf-8")
    third = runner.invoke(app, args)
    assert "1 processed, 2 unchanged, 0 skipped; 3 articles in the store." in third.output


def test_bad_inputs_and_outputs_of_the_other_commands_are_numbered_errors(tmp_path):
    csv = tmp_path / "pairs.csv"
    csv.write_bytes("id,claim,text\n1,Café opens,Le café a ouvert à Osk.\n".encode("latin-1"))
    result = runner.invoke(app, ["stance", str(csv), "--out", str(tmp_path / "p.csv")])
    assert result.exit_code == 2 and "E004" in result.output and "Traceback" not in result.output
    assert "not UTF-8" in result.output and "encoding tried" not in result.output
    article = tmp_path / "a.txt"
    article.write_text("The ferry to Osk sailed again on Monday after the storm, the harbour master said.",
                       encoding="utf-8")
    (tmp_path / "folder").mkdir()
    result = runner.invoke(app, ["extract", str(article), "--out", str(tmp_path / "folder")])
    assert result.exit_code == 2 and "E023" in result.output
    assert not list(tmp_path.glob(".*.tmp"))  # (nothing left behind)
    garbage = tmp_path / "g.duckdb"
    garbage.write_text("not a store", encoding="utf-8")
    result = runner.invoke(app, ["serve", "--db", str(garbage), "--port", "8799"])
    assert result.exit_code == 2 and "E010" in result.output


def test_a_failed_dossier_write_keeps_the_earlier_file_whole(tmp_path, monkeypatch):
    from storyscope.report import render

    path = tmp_path / "dossier.json"
    path.write_text('{"schema": "old"}', encoding="utf-8")

    real_open = type(path).open

    class FullDisk:  # (the temporary file is made; writing into it fails)
        def __init__(self, fh) -> None:
            self.fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *exc) -> None:
            self.fh.close()

        def write(self, text: str) -> int:
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(type(path), "open", lambda self, *a, **k: FullDisk(real_open(self, *a, **k)))
    with pytest.raises(OSError):
        render.write_atomically(path, '{"schema": "new"}')
    monkeypatch.undo()
    assert path.read_text(encoding="utf-8") == '{"schema": "old"}' and not list(tmp_path.glob(".*.tmp"))


def test_a_stored_file_that_turns_unreadable_loses_its_article_as_one_that_cleans_to_nothing(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    ferry = folder / "ferry.txt"
    ferry.write_text("Osk Ferries Resume\n\nThe ferry to Osk sailed again on Monday after the storm, the harbour "
                     "master said.", encoding="utf-8")
    (folder / "pier.txt").write_text("Brenn Pier Opens\n\nThe new pier in Brenn opened on Friday, the mayor said, "
                                     "after two years of work.", encoding="utf-8")
    args = ["analyze", str(folder), "--out", str(tmp_path / "out"), "--processes", "1", "--quiet"]
    assert "2 articles in the store" in runner.invoke(app, args).output
    ferry.write_bytes(bytes(range(256)) * 8)  # (now binary)
    again = runner.invoke(app, args)
    assert "0 processed, 1 unchanged, 1 skipped; 1 articles in the store." in again.output
    dossier = json.loads((tmp_path / "out" / "dossier.json").read_text(encoding="utf-8"))
    assert [a["id"] for a in dossier["articles"]] == ["pier"] and [s["code"] for s in dossier["skipped"]] == ["E003"]


@pytest.mark.slow
def test_sigterm_stops_analyze_as_ctrl_c_does(tmp_path):
    import signal
    import subprocess
    import sys
    import time

    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(60):
        (folder / f"a{n}.txt").write_text(f"Ferry {n} to Osk\n\n" + " ".join(
            f"The ferry number {n} to Osk sailed again on day {k} after the storm, the harbour master Ana Kessia said "
            f"in Brenn." for k in range(40)), encoding="utf-8")
    # (output to a file: the pool's helper processes inherit the run's stderr and may hold a pipe open after it ends)
    log = tmp_path / "stderr.txt"
    with log.open("w", encoding="utf-8") as stderr_file:
        proc = subprocess.Popen([sys.executable, "-m", "storyscope", "analyze", str(folder), "--out",
                                 str(tmp_path / "out"), "--quiet"], stdout=subprocess.DEVNULL, stderr=stderr_file)
        time.sleep(6)
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=60)
    stderr = log.read_text(encoding="utf-8")
    if proc.returncode == 0:
        pytest.skip("the run finished before the signal")
    assert proc.returncode == 130 and "interrupted" in stderr and "Traceback" not in stderr


def test_checkworthy_names_a_broken_row_on_stderr_and_still_scores_it(tmp_path):
    tsv = tmp_path / "s.tsv"
    tsv.write_text("Sentence_id\tText\n1\tThe Velm dam holds\t40 million litres.\n2\t\n", encoding="utf-8")
    result = runner.invoke(app, ["checkworthy", str(tsv), "--out", str(tmp_path / "o.tsv")])
    assert result.exit_code == 0, result.output
    assert "line 2: 3 fields where the header has 2" in result.output and "line 3: 2 fields" not in result.output
    assert "line 3: empty Text" in result.output
    assert len((tmp_path / "o.tsv").read_text(encoding="utf-8").splitlines()) == 3


@pytest.mark.parametrize("command", ["extract", "attributions", "checkworthy"])
def test_an_out_that_is_the_input_is_refused_and_the_input_kept(tmp_path, command):
    source = tmp_path / ("s.tsv" if command == "checkworthy" else "a.txt")
    text = "Sentence_id\tText\n1\tThe Velm dam held.\n" if command == "checkworthy" else \
        "The ferry to Osk sailed again on Monday after the storm, the harbour master said."
    source.write_text(text, encoding="utf-8")
    result = runner.invoke(app, [command, str(source), "--out", str(source)])
    said = " ".join(result.output.split())
    assert result.exit_code == 2 and "E023" in said and "one of the inputs" in said
    assert source.read_text(encoding="utf-8") == text


def test_an_out_that_is_an_article_of_an_input_folder_is_refused_and_one_in_a_new_folder_made(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    text = "The ferry to Osk sailed again on Monday after the storm, the harbour master said."
    (docs / "a.txt").write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(docs), "--out", str(docs / "a.txt")])
    assert result.exit_code == 2 and "E023" in result.output and (docs / "a.txt").read_text(encoding="utf-8") == text
    made = tmp_path / "new" / "sub" / "attr.jsonl"
    assert runner.invoke(app, ["attributions", str(docs), "--out", str(made)]).exit_code == 0 and made.exists()


def test_a_failed_attributions_run_leaves_the_earlier_output_whole(tmp_path, monkeypatch):
    import storyscope.annotate as annotate

    article = tmp_path / "a.txt"
    article.write_text("The ferry to Osk sailed again on Monday, the harbour master said.", encoding="utf-8")
    out = tmp_path / "attr.jsonl"
    assert runner.invoke(app, ["attributions", str(article), "--out", str(out)]).exit_code == 0
    before = out.read_text(encoding="utf-8")

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt
        yield

    monkeypatch.setattr(annotate, "annotate_articles", interrupted)
    result = runner.invoke(app, ["attributions", str(article), "--out", str(out)])
    assert result.exit_code != 0
    assert out.read_text(encoding="utf-8") == before and not list(tmp_path.glob(".*.tmp"))


def test_terminal_escapes_in_file_names_never_reach_the_terminal(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "x\x1b[2J\x1b]0;GOT\x07y.txt").write_text("", encoding="utf-8")  # empty: skipped, its name printed
    result = runner.invoke(app, ["extract", str(folder), "--out", str(tmp_path / "x.json")])
    assert "E002" in result.output and "\x1b" not in result.output and "\x07" not in result.output


def test_serve_refuses_a_port_out_of_range_without_a_traceback(tmp_path):
    from typer.testing import CliRunner

    from storyscope.cli import app

    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "x.duckdb"), "--port", "99999"])
    assert result.exit_code == 2 and "65535" in result.output and "Traceback" not in result.output


def test_an_empty_path_argument_is_refused_not_read_as_the_current_folder(tmp_path):
    from typer.testing import CliRunner

    from storyscope.cli import app

    source = tmp_path / "a.txt"
    source.write_text("Osk Ferries Resume\n\nThe ferry to Osk sailed again on Monday, the harbour master said.",
                      encoding="utf-8")
    for args in (["extract", "", "--out", str(tmp_path / "x.json")], ["extract", str(source), "--out", ""],
                 ["analyze", str(source), "--out", ""], ["check", "The ferry sailed", "--db", ""]):
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 2 and "E001" in result.output, args
    assert not (tmp_path / "x.json").exists()


def test_terminal_lines_keep_emoji_codes_and_are_not_cut(tmp_path, capsys):
    from storyscope.cli import _say, err

    long_name = "in/" + "very_long_folder_name/" * 6 + "report:warning:final.csv"
    _say(err, f"skipped {long_name}: E009 unsupported file type")
    shown = capsys.readouterr().err
    assert ":warning:" in shown and shown.count("\n") == 1


def test_a_changed_file_read_again_from_another_folder_keeps_its_article(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ferry.txt").write_text("Osk Ferries Resume\n\nThe ferry to Osk sailed again on Monday after the storm, "
                                      "the harbour master said.", encoding="utf-8")
    (folder / "dam.txt").write_text("Velm Dam Holds\n\nThe Velm dam held on Sunday, engineer Tova Reyes said.",
                                    encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # (the first run names the folder as "in")
    assert runner.invoke(app, ["analyze", "in", "--out", "out", "--processes", "1", "--quiet"]).exit_code == 0
    with (folder / "ferry.txt").open("a", encoding="utf-8") as fh:
        fh.write("\n\nThe evening ferry was cancelled, the harbour master added.")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # (the second names it by its full path, from another folder)
    again = runner.invoke(app, ["analyze", str(folder), "--out", str(tmp_path / "out"), "--processes", "1", "--quiet"])
    assert "1 processed, 1 unchanged, 0 skipped; 2 articles in the store." in again.output, again.output
    dossier = json.loads((tmp_path / "out" / "dossier.json").read_text(encoding="utf-8"))
    ferry = next(a for a in dossier["articles"] if a["id"] == "ferry")
    assert "evening ferry was cancelled" in ferry["text"] and len(dossier["articles"]) == 2


def test_a_skip_whose_file_is_gone_leaves_the_dossier(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ferry.txt").write_text("Osk Ferries Resume\n\nThe ferry to Osk sailed again on Monday after the storm, "
                                      "the harbour master said.", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "feed.jsonl").write_text('{"id": "p1", "text": "The Brenn pier opened on Friday, the mayor said."}\n'
                                       "not json\n", encoding="utf-8")
    args = ["analyze", str(folder), "--out", str(tmp_path / "out"), "--processes", "1", "--quiet"]
    assert runner.invoke(app, args).exit_code == 0
    first = json.loads((tmp_path / "out" / "dossier.json").read_text(encoding="utf-8"))
    assert len(first["skipped"]) == 2
    (folder / "empty.txt").unlink()
    (folder / "feed.jsonl").write_text('{"id": "p1", "text": "The Brenn pier opened on Friday, the mayor said."}\n',
                                       encoding="utf-8")
    again = runner.invoke(app, args)
    assert "0 skipped" in again.output, again.output
    dossier = json.loads((tmp_path / "out" / "dossier.json").read_text(encoding="utf-8"))
    assert dossier["skipped"] == []


def test_a_store_written_before_schema_8_learns_its_files_on_the_next_run(tmp_path):
    import duckdb

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ferry.txt").write_text("Osk Ferries Resume\n\nThe ferry to Osk sailed again on Monday after the storm, "
                                      "the harbour master said.", encoding="utf-8")
    args = ["analyze", str(folder), "--out", str(tmp_path / "out"), "--processes", "1", "--quiet"]
    assert runner.invoke(app, args).exit_code == 0
    db = str(tmp_path / "out" / "storyscope.duckdb")
    with duckdb.connect(db) as con:
        con.execute("UPDATE documents SET file = NULL")  # (as an older store holds them)
    assert "0 processed, 1 unchanged" in runner.invoke(app, args).output
    with duckdb.connect(db) as con:
        (file,) = con.execute("SELECT file FROM documents").fetchone()
    assert file == str((folder / "ferry.txt").resolve())
