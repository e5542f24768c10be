"""Readers by format: plain text, HTML, gzip-compressed either, and JSONL."""

from __future__ import annotations

import dataclasses
import errno
import gzip
import io
import hashlib
import json
import os
import re
import stat
import zlib
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from storyscope.chars import BIDI_CONTROLS
from storyscope.errors import StoryscopeError
from storyscope.ingest.decode import binary_reason, decode_bytes
from storyscope.model import RawDocument, Skip

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
ID_SUFFIXES = (".gz", ".txt", ".html", ".htm")
# A .txt that starts like this is an HTML page saved with the wrong extension.
HTML_SNIFF = ("<!doctype html", "<html", "<head", "<body")


_CONTROL_CHARS = re.compile(f"[\x00-\x1f\x7f{BIDI_CONTROLS}]")  # (with bidi overrides: "evil\u202etxt.exe")


def article_id(path: Path) -> str:
    """Return the CONTRACT id of a file: its name without folder and .txt/.html/.htm/.gz, control characters (a line
    break in a file name) written as "_" so that the id works in a link and a URL path."""
    name = _CONTROL_CHARS.sub("_", path.name)
    changed = True
    while changed:
        changed = False
        for suffix in ID_SUFFIXES:
            if name.lower().endswith(suffix) and len(name) > len(suffix):
                name = name[: -len(suffix)]
                changed = True
    return name


def read_as_input(path: Path) -> bool:
    """True when a file at ``path`` in an input folder would be read as articles (.txt, .html, .htm, .jsonl, .gz of
    them; not a hidden file)."""
    return _kind_of(path) is not None and not path.name.startswith(".")


def _kind_of(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    if name.endswith(HTML_SUFFIXES):
        return "html"
    if name.endswith(TEXT_SUFFIXES):
        return "text"
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    return None


def _not_regular(path: Path) -> str | None:
    """Why ``path`` is no regular file to read ("a broken symbolic link", "a FIFO"), or None for a file or folder."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        if path.is_symlink():
            return "a symbolic link loop" if exc.errno == errno.ELOOP else "a broken symbolic link"
        return None
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device file"
    return "a socket" if stat.S_ISSOCK(mode) else "not a regular file"


def _skip(code: str, path: Path, **why: object) -> Skip:
    err = StoryscopeError(code, path=path, **why)
    return Skip(source=str(path), reason=str(err), stage="ingest", code=err.code)


def discover(paths: Iterable[str | Path], exclude: Iterable[Path] = ()) -> Iterator[Path | Skip]:
    """Expand files and folders (recursively, sorted, hidden files ignored) into file paths.

    Yields a ``Skip`` for a path that does not exist (E001), for what is no regular file (E021: a broken link, a
    link loop, a FIFO, a device) and for a folder inside that cannot be read (E016). Files in ``exclude`` (the
    run's own outputs, when --out lies among the inputs) are passed over.
    """
    excluded = {p.resolve() for p in exclude}
    named: set[Path] = set()

    def first_time(path: Path) -> bool:  # ("analyze in in/a.txt": one file, however often it is named, is read once)
        resolved = path.resolve()
        if resolved in named:
            return False
        named.add(resolved)
        return True

    for raw in paths:
        path = Path(raw)
        try:
            given_folder = path.is_dir()
        except OSError as exc:  # (a file named inside a folder that can be listed but not entered)
            yield _skip("E016", path, why=f"it cannot be looked at ({exc.strerror or exc}), so it was not read")
            continue
        if given_folder:
            root = path.resolve()
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path)
                if any(part.startswith(".") for part in rel.parts):
                    continue
                try:
                    folder = child.is_dir()
                except OSError as exc:  # (in a folder that can be listed but not entered, nothing can be looked at)
                    yield _skip("E016", child, why=f"it cannot be looked at ({exc.strerror or exc}), so it was not read")
                    continue
                if folder and child.is_symlink():
                    # (not followed, as rglob does not: said, so no folder goes missing without a word)
                    yield _skip("E021", child, why="a symbolic link to a folder, which is not followed")
                    continue
                if folder:
                    if not os.access(child, os.R_OK | os.X_OK):  # (rglob passes over it without a word)
                        yield _skip("E016", child, why="the folder cannot be read, so its files were not")
                    continue
                if (why := _not_regular(child)) is not None:
                    yield _skip("E021", child, why=why)
                elif child.is_symlink() and not child.resolve().is_relative_to(root):
                    # (a folder of articles from elsewhere may hold a link to any file this user can read)
                    yield _skip("E021", child, why="a symbolic link to a file outside the folder given")
                elif child.resolve() not in excluded and first_time(child):
                    yield child
        elif path.is_file():
            if path.resolve() not in excluded and first_time(path):  # (a shell glob may name the run's outputs too)
                yield path
        elif (why := _not_regular(path)) is not None:
            yield _skip("E021", path, why=why)
        else:
            yield _skip("E001", path)


def _read_limited(path: Path, limit: int) -> bytes:
    size = path.stat().st_size
    if size > limit and not path.name.lower().endswith(".gz"):
        raise StoryscopeError("E005", path=path, size=size, limit=limit)
    with path.open("rb") as fh:
        data = fh.read(limit + 1)
    if path.name.lower().endswith(".gz"):
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as gz:
                data = gz.read(limit + 1)
        except (OSError, EOFError, zlib.error) as exc:
            raise StoryscopeError("E006", path=path, why=str(exc) or type(exc).__name__) from exc
    if len(data) > limit:
        raise StoryscopeError("E005", path=path, size=f"more than {limit}", limit=limit)
    return data


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


# The mark dossier.html carries in its head: a page storyscope wrote is no article of the story.
_STORYSCOPE_PAGE = re.compile(r"<meta\s+name=[\"']generator[\"']\s+content=[\"']storyscope", re.IGNORECASE)


# An RSS or Atom document's opening: its root element after an XML declaration, comments or a stylesheet line.
# (a comment never runs past its own "-->": a lazy ".*?" there took 2^n tries over n comments)
_FEED = re.compile(r"\ufeff?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--(?:(?!-->).)*-->\s*|<\?xml-stylesheet[^>]*\?>\s*)*"
                   r"<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE | re.DOTALL)


def _read_file(path: Path, kind: str, limit: int) -> RawDocument:
    data = _read_limited(path, limit)
    if not data.strip():
        raise StoryscopeError("E002", path=path)
    text, encoding = decode_bytes(data, str(path), is_html=kind == "html")
    if not text.strip():
        raise StoryscopeError("E002", path=path)
    if kind == "text" and text.lstrip()[:20].lower().startswith(HTML_SNIFF):
        kind = "html"
    if _FEED.match(text[:4096]):
        raise StoryscopeError("E009", path=path)  # (an RSS or Atom feed, whatever its name says: no article page)
    if kind == "html" and _STORYSCOPE_PAGE.search(text[:4096]):
        raise StoryscopeError("E016", path=path, why="it is a dossier storyscope wrote (an earlier run's output), "
                                                     "not an article")
    return RawDocument(
        id=article_id(path), source=str(path), text=text, kind=kind,
        content_hash=_hash(text), encoding=encoding, file=resolved_file(str(path)),
    )


def _jsonl_records(path: Path, limit: int) -> Iterator[RawDocument | Skip]:
    data = _read_limited(path, limit * 50)  # a JSONL file holds many articles
    text, _ = decode_bytes(data, str(path))
    # (records end at "\n" alone: JSON strings may hold U+2028 or U+0085 raw, where str.splitlines would split)
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        source = f"{path}:{number}"
        try:
            try:
                record = json.loads(line)
            except RecursionError:
                raise ValueError("nested too deeply") from None
            if not isinstance(record, dict):
                raise ValueError("not a JSON object")
            body = record.get("html") or record.get("text")
            if not isinstance(body, str) or not body.strip():
                raise ValueError("no non-empty `text` or `html` field")
            # (half an emoji pair a scraper cut, "\\ud83d", is no text: U+FFFD, never a file name's byte)
            body = _SURROGATES.sub("\ufffd", body)
            doc_id = _text_field(record.get("id")) or _text_field(record.get("url")) or f"{article_id(path)}-{number}"
            doc_id = _CONTROL_CHARS.sub("_", doc_id)  # (as in a file name's id: it must work in a link)
            if not doc_id.strip("."):
                doc_id = doc_id.replace(".", "_")  # (a link to "/articles/.." is the home page's)
            if len(body.encode("utf-8", "surrogatepass")) > limit:
                raise StoryscopeError("E005", path=source, size=len(body), limit=limit)
        except StoryscopeError as err:
            yield Skip(source=source, reason=str(err), stage="ingest", code=err.code)
            continue
        except ValueError as exc:
            err = StoryscopeError("E007", path=path, line=number, why=exc)
            yield Skip(source=source, reason=str(err), stage="ingest", code=err.code)
            continue
        body = body.removeprefix("\ufeff")
        yield RawDocument(
            id=doc_id, source=source, text=body, kind="html" if record.get("html") else "text",
            content_hash=_hash(body), encoding="utf-8", url=_web_address(record.get("url")),
            title=_text_field(record.get("title")),
            published=_iso_date(record.get("published")), file=resolved_file(str(path)),
        )


def _text_field(value: object) -> str | None:
    """A JSONL field the contract gives as text: a string as is, a number as written, anything else (a list, an
    object) None; an empty string None."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None
    return _SURROGATES.sub("\ufffd", str(value)).strip() or None


def _web_address(value: object) -> str | None:
    """A JSONL ``url`` unless it names a scheme other than http(s) or holds a control character: a "javascript:" or
    "data:" value is no page the dossier may link to."""
    url = _text_field(value)
    if not url or _CONTROL_CHARS.search(url):
        return None
    if _HTTP.match(url):
        return url
    # (a scheme-less address, "osk.example/a" or "osk.example:8080/a", has no colon before its path but a port's)
    head = url.split("/", 1)[0]
    return url if ":" not in head or _HOST_PORT.fullmatch(head) else None


_HTTP = re.compile(r"https?://", re.IGNORECASE)
# (a host with a dot, or localhost: "javascript:1" is a scheme and a script, not a host and a port)
_HOST_PORT = re.compile(r"(?:(?:[\w-]+\.)+[\w-]+|localhost):\d{1,5}", re.IGNORECASE)
# Years a given publication date may have: a date outside them is a placeholder ("9999-12-31", "0001-01-01") whose
# neighbouring days ("yesterday", "next month") the calendar cannot hold.
GIVEN_DATE_YEARS = range(1800, 2201)


def _iso_date(value: object) -> str | None:
    """A JSONL ``published`` value as ``YYYY-MM-DD`` when it starts with a date that exists in ``GIVEN_DATE_YEARS``,
    else None ("2025-02-30", "9999-12-31", "yesterday", a number)."""
    if not isinstance(value, str):
        return None
    try:
        day = date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None
    return day.isoformat() if day.year in GIVEN_DATE_YEARS else None


def read_inputs(paths: Iterable[str | Path], max_file_bytes: int,
                exclude: Iterable[Path] = ()) -> Iterator[RawDocument | Skip]:
    """Read every input into a ``RawDocument`` or a ``Skip`` with its reason, in a stable order.

    Args:
        paths: files or folders given by the user.
        max_file_bytes: files (or decompressed contents) above this are skipped (E005).
        exclude: files not to read (``discover``).

    Yields:
        one record per article (several per JSONL file) or per unreadable input.
    """
    seen: dict[str, int] = {}
    for item in discover(paths, exclude):
        if isinstance(item, Skip):
            yield _without_surrogates(item)
            continue
        kind = _kind_of(item)
        try:
            if kind is None:
                head = item.open("rb").read(8192)
                why = binary_reason(head)
                if why:
                    raise StoryscopeError("E003", path=item, why=why)
                raise StoryscopeError("E009", path=item)
            if kind == "jsonl":
                records: Iterable[RawDocument | Skip] = list(_jsonl_records(item, max_file_bytes))
            else:
                records = [_read_file(item, kind, max_file_bytes)]
        except StoryscopeError as err:
            yield _without_surrogates(Skip(source=str(item), reason=str(err), stage="ingest", code=err.code))
            continue
        except OSError as exc:
            err = StoryscopeError("E016", path=item, why=exc)
            yield _without_surrogates(Skip(source=str(item), reason=str(err), stage="ingest", code=err.code))
            continue
        for record in records:
            record = _without_surrogates(record)
            if isinstance(record, RawDocument):
                # Two inputs with one id (same name in two folders) keep both: the later gets the next suffix no
                # input has yet ("report~2" is taken when a file is called so)
                if record.id in seen:
                    n = seen[record.id]
                    while f"{record.id}~{n + 1}" in seen:
                        n += 1
                    seen[record.id] = n + 1
                    record = dataclasses.replace(record, id=f"{record.id}~{n + 1}")
                seen[record.id] = max(seen.get(record.id, 1), 1)
            yield record


# A run of UTF-16 surrogates: bytes of a file name that are not UTF-8 (kept by Python as U+DC80-U+DCFF), or half of
# an emoji pair a scraper cut in two ("\\ud83d" in JSON); no UTF-8 text can hold them.
_SURROGATES = re.compile("[\ud800-\udfff]+")


def mended_surrogates(text: str) -> str:
    """Return ``text`` (a file's path or what is read from it) with each run of surrogates written as text: a file
    name's non-UTF-8 bytes read as Windows-1252 ("caf\\udce9" -> "café"), any other as U+FFFD. (JSONL field values
    never come here with surrogates: theirs are all U+FFFD.)"""
    def mend(m: re.Match) -> str:
        run = m.group(0)
        if all("\udc80" <= c <= "\udcff" for c in run):
            return bytes(ord(c) - 0xDC00 for c in run).decode("cp1252", errors="replace")
        return "\ufffd"
    return _SURROGATES.sub(mend, text)


def _without_surrogates(record: RawDocument | Skip) -> RawDocument | Skip:
    """``record`` with its text fields free of surrogates (``mended_surrogates``), which the store and every UTF-8
    output refuse."""
    fields = {name: mended_surrogates(value) for name, value in dataclasses.asdict(record).items()
              if isinstance(value, str) and _SURROGATES.search(value)}
    if not fields:
        return record
    if isinstance(record, RawDocument) and "text" in fields:
        fields["content_hash"] = _hash(fields["text"])
    return dataclasses.replace(record, **fields)


def _base_id(article_id: str) -> str:
    """The id a file's name gives, without the suffix that told same-named files apart ("report~2" -> "report")."""
    base, sep, n = article_id.rpartition("~")
    return base if sep and n.isdigit() else article_id


# A JSONL record's source: the file, then the record's line ("feed.jsonl:3").
_JSONL_LINE = re.compile(r"(\.jsonl(?:\.gz)?):\d+$", re.IGNORECASE)


def source_file(source: str) -> str:
    """The file a source is read from, as given: a JSONL record's line left off ("feed.jsonl:12" -> "feed.jsonl")."""
    return _JSONL_LINE.sub(r"\1", source)


def resolved_file(source: str) -> str:
    """The file a source is read from, resolved (a JSONL record's line left off): one file, however it is named."""
    path = source_file(source)
    try:
        return str(Path(path).resolve())
    except OSError:
        return path


class StoredIds:
    """Keeps each input on the id the store already holds it under, across runs.

    Ids come from file names (and JSONL records' own ids), so two different inputs can share one ("index.html" in
    two folders, or in two runs; two feeds numbering their records "1", "2"). ``read_inputs`` tells them apart
    within a run; this does it against the store. An input keeps the id it was stored under when it comes from the
    same file (named relative or absolute; a JSONL record by its file, whatever its line) or has the same content;
    any other input whose id is taken gets the next free "~N" suffix, so no stored article is replaced by another.
    """

    def __init__(self, stored: dict[str, str], hashes: dict[str, str] | None = None,
                 files: dict[str, str] | None = None) -> None:
        # id -> resolved file: as the store recorded it when it read the file, else its source resolved here
        self.files = {i: (files or {}).get(i) or resolved_file(source) for i, source in stored.items()}
        self.hashes = dict(hashes or {})  # id -> content hash
        self.by_file = {(_base_id(i), f): i for i, f in sorted(self.files.items())}
        self.taken: set[str] = set()

    def assign(self, record: RawDocument) -> RawDocument:
        """``record`` with the id it has (or gets) in the store."""
        file, base = record.file or resolved_file(record.source), _base_id(record.id)
        found = self.by_file.get((base, file))
        if found is None or found in self.taken:
            found, n = record.id, 1
            while found in self.taken or found in self.files and self.files[found] != file \
                    and self.hashes.get(found) != record.content_hash:
                n += 1
                found = f"{base}~{n}"
        self.files[found] = file
        self.hashes[found] = record.content_hash
        self.by_file.setdefault((base, file), found)
        self.taken.add(found)
        return record if found == record.id else dataclasses.replace(record, id=found)
