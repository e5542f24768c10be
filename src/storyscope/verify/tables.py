"""The CSV/TSV tables `stance` and `checkworthy` take: the header is checked, a broken row is read as well as it
can be and named in a warning, never scored silently as something else."""

from __future__ import annotations

import csv
import sys
from collections.abc import Callable
from pathlib import Path

from storyscope.errors import StoryscopeError


def read_table(path: Path, columns: tuple[str, ...], *, delimiter: str = ",",
               warn: Callable[[str], None] | None = None) -> list[dict[str, str]]:
    """Read the rows of a UTF-8 table whose header names ``columns`` (in any order, among others).

    Args:
        path: the CSV (``delimiter=","``) or TSV (``"\\t"``) file; a byte-order mark is allowed.
        columns: the columns every row needs; the last is the text column, where a row's surplus fields are
            put back (an unquoted text holding the delimiter) when it is the header's last column.
        warn: called with one line per broken row (a wrong number of fields, an empty required field, a quoted
            field that runs over lines), naming the file and the line the row starts on.

    Returns:
        one ``{column: value}`` per row in file order (a missing field is ``""``); blank lines are passed over.

    Raises:
        StoryscopeError: E016 when the file is empty or a column is missing; UnicodeDecodeError when it is not
            UTF-8.
    """
    csv.field_size_limit(sys.maxsize)
    hint = f"the header must name {', '.join(columns)}" + (", separated by tabs" if delimiter == "\t" else "")
    rows = []
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh, delimiter=delimiter)
        header = next((row for row in reader if any(f.strip() for f in row)), None)  # (blank lines before it)
        if not header:
            raise StoryscopeError("E016", path=path, why=f"the file is empty; {hint}")
        missing = [c for c in columns if c not in header]
        if missing:
            raise StoryscopeError("E016", path=path, why=f"missing column(s) {', '.join(missing)}; {hint}")
        text_last = header[-1] == columns[-1]
        first_line = reader.line_num + 1
        for fields in reader:
            start, first_line = first_line, reader.line_num + 1
            if not any(f.strip() for f in fields):
                continue
            problems = []
            if reader.line_num > start:
                # (a quoted field may hold line breaks; an unclosed quotation mark makes the following rows its text)
                problems.append(f"a quoted field runs on to line {reader.line_num}; if a quotation mark is unclosed, "
                                "the rows after it were read into this one")
            if len(fields) != len(header):
                problems.append(f"{len(fields)} fields where the header has {len(header)}")
                if len(fields) > len(header) and text_last:
                    fields = [*fields[:len(header) - 1], delimiter.join(fields[len(header) - 1:])]
                    problems[-1] += f" (the surplus read as part of {columns[-1]})"
            row = {name: (fields[i] if i < len(fields) else "") for i, name in enumerate(header)}
            empty = [c for c in columns if not row[c].strip()]
            if empty:
                problems.append(f"empty {', '.join(empty)}")
            if problems and warn is not None:
                warn(f"{path}: line {start}: {'; '.join(problems)}")
            rows.append(row)
    return rows
