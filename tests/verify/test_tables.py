"""Reading the stance and checkworthy tables: empty files, missing columns and broken rows are named."""

from __future__ import annotations

import pytest

from storyscope.errors import StoryscopeError
from storyscope.verify.tables import read_table


def _read(tmp_path, text: str, columns=("id", "claim", "text"), delimiter=","):
    path = tmp_path / "t.csv"
    path.write_text(text, encoding="utf-8")
    warnings: list[str] = []
    return read_table(path, columns, delimiter=delimiter, warn=warnings.append), warnings


def test_an_empty_file_says_so(tmp_path):
    with pytest.raises(StoryscopeError, match="the file is empty; the header must name id, claim, text"):
        _read(tmp_path, "")


def test_blank_lines_before_the_header_are_passed_over(tmp_path):
    rows, warnings = _read(tmp_path, "\n\nid,claim,text\n1,The dam held,The Velm dam held.\n")
    assert rows == [{"id": "1", "claim": "The dam held", "text": "The Velm dam held."}] and warnings == []


def test_a_missing_column_is_named(tmp_path):
    with pytest.raises(StoryscopeError, match="missing column.s. text"):
        _read(tmp_path, "id,claim\n1,The dam held\n")


def test_good_rows_give_no_warning_and_columns_may_be_reordered_or_extra(tmp_path):
    rows, warnings = _read(tmp_path, "\ufefftext,extra,id,claim\nThe dam at Velm held.,x,1,The dam held\n\n")
    assert rows == [{"text": "The dam at Velm held.", "extra": "x", "id": "1", "claim": "The dam held"}]
    assert warnings == []


def test_short_rows_and_empty_fields_are_named_by_line(tmp_path):
    rows, warnings = _read(tmp_path, 'id,claim,text\n1,The dam held\n2,,"Osk, the port, reopened."\n')
    assert [r["text"] for r in rows] == ["", "Osk, the port, reopened."]
    assert warnings == [f"{tmp_path / 't.csv'}: line 2: 2 fields where the header has 3; empty text",
                        f"{tmp_path / 't.csv'}: line 3: empty claim"]


def test_a_row_that_runs_over_lines_is_named(tmp_path):
    rows, warnings = _read(tmp_path, 'Sentence_id\tText\n1\t"The dam held.\n2\tThe bridge cost 5 million.\n'
                                     "3\tThe ferry sailed.\n", columns=("Sentence_id", "Text"), delimiter="\t")
    assert len(rows) == 1 and len(warnings) == 1
    assert "line 2: a quoted field runs on to line 4" in warnings[0]


def test_surplus_tabs_in_a_last_text_column_are_put_back_into_the_text(tmp_path):
    rows, warnings = _read(tmp_path, "Sentence_id\tText\n1\tThe dam\theld\t40 million litres.\n",
                           columns=("Sentence_id", "Text"), delimiter="\t")
    assert rows == [{"Sentence_id": "1", "Text": "The dam\theld\t40 million litres."}]
    assert warnings == [f"{tmp_path / 't.csv'}: line 2: 4 fields where the header has 2 "
                        "(the surplus read as part of Text)"]
