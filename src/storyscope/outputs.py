"""Output files written whole or not at all: an interrupted or failed run leaves the earlier file as it was."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO


def _temporary(path: Path) -> Path:
    return path.with_name(f".{path.name}.tmp")


@contextlib.contextmanager
def atomic_writer(path: Path, newline: str | None = None) -> Iterator[TextIO]:
    """Open a temporary file beside ``path`` (its folder made when missing) for writing UTF-8 text; when the block
    ends normally it replaces ``path``, and when it raises or is interrupted (Ctrl-C) it is removed, leaving an
    earlier ``path`` whole.

    A symbolic link is followed: the file it points to is replaced, the link kept. A path that is no regular file (a
    device such as ``/dev/stdout`` or ``/dev/null``, a named pipe) is written straight to, never replaced.

    Raises:
        OSError: when the file cannot be written.
    """
    if path.is_dir():
        raise IsADirectoryError(21, "is a folder", str(path))
    if path.exists() and not path.is_file() or path.is_symlink() and not path.exists():
        # (a device, a pipe, or a link to nothing yet: written through, never renamed over)
        with path.open("w", encoding="utf-8", newline=newline) as fh:
            yield fh
        return
    if path.is_symlink():
        path = path.resolve()  # (the file the link points to is replaced; the link stays)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = _temporary(path)
    try:
        with tmp.open("w", encoding="utf-8", newline=newline) as fh:
            yield fh
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through :func:`atomic_writer`: a failed write (a full disk) leaves the earlier
    file whole and no temporary file behind.

    Raises:
        OSError: when the file cannot be written.
    """
    with atomic_writer(path) as fh:
        fh.write(text)
