"""What a build prints: a line per stage when logged, a bar on a terminal, nothing with
--quiet, and a closing summary."""
import fcntl
import os
import pty
import struct
import subprocess
import sys
import termios

from generator.progress import STAGES


def run(root, tmp_path, *extra, **kwargs):
    return subprocess.run([sys.executable, "build.py", "--source", str(root / "seeds"), "--output",
                           str(tmp_path / "site"), *extra], cwd=root, **kwargs)


def test_a_logged_build_prints_each_stage_and_a_summary(root, tmp_path):
    done = run(root, tmp_path, capture_output=True, text=True, check=True)
    lines = done.stderr.splitlines()
    assert [line.split()[0] for line in lines] == list(STAGES)
    assert all(line.endswith(" s)") for line in lines)
    assert done.stdout.startswith("built 26 articles, ") and " pages into " in done.stdout


def test_quiet_prints_nothing(root, tmp_path):
    done = run(root, tmp_path, "--quiet", capture_output=True, text=True, check=True)
    assert done.stdout == done.stderr == ""


def test_a_terminal_gets_a_bar(root, tmp_path):
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    child = subprocess.Popen([sys.executable, "build.py", "--source", str(root / "seeds"), "--output",
                              str(tmp_path / "site")], cwd=root, stdout=follower, stderr=follower)
    os.close(follower)
    seen = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    assert child.wait() == 0
    text = seen.decode("utf-8", "replace")
    assert "0/6 stages" in text and "ingest…" in text
    assert "built 26 articles" in text
    assert "ingest  26 articles" not in text  # no log lines on a terminal
