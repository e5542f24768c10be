"""``outputs.atomic_writer``: a regular file is replaced whole. A file the user named (``follow``) is written through a
link and straight to a device or named pipe (``--out /dev/stdout``), never renamed over; the files a run writes into
its folder replace whatever is in the way, a planted link included."""

from __future__ import annotations

import os

import pytest

from storyscope.outputs import write_atomically

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="links and named pipes need a POSIX system")


def test_a_regular_file_is_replaced_whole(tmp_path) -> None:
    path = tmp_path / "out" / "x.json"
    write_atomically(path, "one")
    write_atomically(path, "two")
    assert path.read_text(encoding="utf-8") == "two" and not list(path.parent.glob(".*.tmp"))


def test_a_named_link_keeps_pointing_at_the_replaced_file(tmp_path) -> None:
    real = tmp_path / "real.json"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    write_atomically(link, "new", follow=True)
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "new"


def test_a_planted_link_in_a_runs_folder_is_replaced_not_followed(tmp_path) -> None:
    outside = tmp_path / "precious.txt"
    outside.write_text("keep me", encoding="utf-8")
    planted = tmp_path / "out" / "dossier.md"
    planted.parent.mkdir()
    planted.symlink_to(outside)
    write_atomically(planted, "# dossier")
    assert outside.read_text(encoding="utf-8") == "keep me"
    assert not planted.is_symlink() and planted.read_text(encoding="utf-8") == "# dossier"


def test_a_named_pipe_is_written_to_not_replaced(tmp_path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    reader = os.open(pipe, os.O_RDONLY | os.O_NONBLOCK)  # (someone reads it, as a shell's `| less` would)
    try:
        write_atomically(pipe, "through the pipe", follow=True)
        assert os.read(reader, 100) == b"through the pipe"
    finally:
        os.close(reader)
    assert pipe.exists() and not pipe.is_file()


def test_a_pipe_no_one_reads_and_a_link_to_nothing_are_refused(tmp_path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    with pytest.raises(OSError):
        write_atomically(pipe, "nobody listens", follow=True)  # (refused at once, not waited on)
    dangling = tmp_path / "dangling.json"
    dangling.symlink_to(tmp_path / "nowhere" / "x.json")
    with pytest.raises(OSError):
        write_atomically(dangling, "x", follow=True)
    assert not (tmp_path / "nowhere").exists()


def test_a_folder_is_refused(tmp_path) -> None:
    with pytest.raises(IsADirectoryError):
        write_atomically(tmp_path, "x")
