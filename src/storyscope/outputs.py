"""Output files written whole or not at all: an interrupted or failed run leaves the earlier file as it was."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO


def _temporary(path: Path) -> Path:
    return path.with_name(f".{path.name}.tmp")


@contextlib.contextmanager
def atomic_writer(path: Path, newline: str | None = None, follow: bool = False) -> Iterator[TextIO]:
    """Open a temporary file beside ``path`` (its folder made when missing) for writing UTF-8 text; when the block
    ends normally it replaces ``path``, and when it raises or is interrupted (Ctrl-C) it is removed, leaving an
    earlier ``path`` whole.

    With ``follow`` (a file the user named with ``--out``), a symbolic link to a file is followed (that file is
    replaced, the link kept) and a device or named pipe (``/dev/stdout``, ``/dev/null``) is written straight to,
    never replaced; a pipe no one reads and a link to nothing are refused. Without it (the files a run writes into
    its folder, where a link may have been planted), a link or a device in the way is replaced, as any file is.

    Raises:
        OSError: when the file cannot be written.
    """
    if path.is_dir():
        raise IsADirectoryError(21, "is a folder", str(path))
    if follow and path.is_symlink() and not path.exists():
        raise FileNotFoundError(2, "a symbolic link to nothing", str(path))
    if follow and path.exists() and not path.is_file():
        # (non-blocking open: a pipe no one reads is refused, not waited on for ever)
        fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
        os.set_blocking(fd, True)
        with open(fd, "w", encoding="utf-8", newline=newline) as fh:
            yield fh
        return
    if follow and path.is_symlink():
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


def write_atomically(path: Path, text: str, follow: bool = False) -> None:
    """Write ``text`` to ``path`` through :func:`atomic_writer`: a failed write (a full disk) leaves the earlier
    file whole and no temporary file behind.

    Raises:
        OSError: when the file cannot be written.
    """
    with atomic_writer(path, follow=follow) as fh:
        fh.write(text)
