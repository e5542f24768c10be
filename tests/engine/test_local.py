"""The local runner's workers: one whose run was killed outright (kill -9) ends itself."""


def test_a_worker_ends_itself_once_its_run_is_gone():
    import subprocess
    import sys

    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()  # (a run killed outright: its process number no longer exists)
    code = ("import time; from storyscope.engine import local; local.PARENT_CHECK_S = 0.05; "
            f"local._watch_run({gone.pid}); time.sleep(60)")
    worker = subprocess.run([sys.executable, "-c", code], timeout=30)
    assert worker.returncode == 1
