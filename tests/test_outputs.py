"""``outputs.atomic_writer``: a regular file is replaced whole, a link keeps pointing at the new file, and a device
or named pipe (``--out /dev/stdout``) is written to, never renamed over."""

from __future__ import annotations

import os
import threading

import pytest

from storyscope.outputs import write_atomically


def test_a_regular_file_is_replaced_whole(tmp_path) -> None:
    path = tmp_path / "out" / "x.json"
    write_atomically(path, "one")
    write_atomically(path, "two")
    assert path.read_text(encoding="utf-8") == "two" and not list(path.parent.glob(".*.tmp"))


def test_a_link_keeps_pointing_at_the_replaced_file(tmp_path) -> None:
    real = tmp_path / "real.json"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    write_atomically(link, "new")
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "new"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need a POSIX system")
def test_a_named_pipe_is_written_to_not_replaced(tmp_path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    got: list[str] = []
    reader = threading.Thread(target=lambda: got.append(pipe.read_text(encoding="utf-8")))
    reader.start()
    write_atomically(pipe, "through the pipe")
    reader.join(timeout=10)
    assert got == ["through the pipe"]
    assert pipe.exists() and not pipe.is_file()  # (still a pipe)


def test_a_link_to_a_pipe_is_written_through(tmp_path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    link = tmp_path / "stdout"
    link.symlink_to(pipe)
    got: list[str] = []
    reader = threading.Thread(target=lambda: got.append(pipe.read_text(encoding="utf-8")))
    reader.start()
    write_atomically(link, "via the link")
    reader.join(timeout=10)
    assert got == ["via the link"] and link.is_symlink()


def test_a_folder_is_refused(tmp_path) -> None:
    with pytest.raises(IsADirectoryError):
        write_atomically(tmp_path, "x")
