"""A `repository serve` subprocess over a bench store, for the HTTP benches."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import numpy as np

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass(frozen=True)
class Server:
    """A running server: where it answers and its process id."""

    url: str
    pid: int

    def rss_mb(self) -> float:
        """Resident memory of the server process, in MB."""
        status = Path(f"/proc/{self.pid}/status")
        for line in status.read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        return float("nan")


def repository_command(*args: str, data_dir: Path, stdin: str = "") -> str:
    """Run a `repository` CLI command on a data dir; its stdout."""
    env = {**os.environ, "REPOSITORY_DATA_DIR": str(data_dir)}
    env.pop("QDRANT_URL", None)
    done = subprocess.run([sys.executable, "-m", "repository", *args], input=stdin,
                          capture_output=True, text=True, env=env, cwd=ROOT, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"repository {' '.join(args)}: {done.stderr.strip()}")
    return done.stdout


@contextmanager
def serving(data_dir: Path, timeout_s: float = 180.0) -> Iterator[Server]:
    """`repository serve` on a free port over `data_dir` (an embedded store), until exit.

    Yields once the server has answered a query (its model is loaded).
    The store is locked to one process: whoever built it must have closed it.
    """
    port = free_port()
    env = {**os.environ, "REPOSITORY_DATA_DIR": str(data_dir)}
    env.pop("QDRANT_URL", None)
    log = (data_dir / "server.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "repository", "serve", "--port", str(port)],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout_s
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"the server stopped: see {data_dir / 'server.log'}")
            try:
                if httpx.get(f"{url}/api/search?q=", timeout=30).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"the server did not answer in {timeout_s:.0f} s")
            time.sleep(0.5)
        httpx.get(f"{url}/api/search?q=warm+up", timeout=timeout_s)  # loads the model
        yield Server(url, process.pid)
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def percentiles(values: list[float]) -> tuple[float, float]:
    """p50 and p95 of a list of milliseconds (nan when empty)."""
    if not values:
        return float("nan"), float("nan")
    return float(np.percentile(values, 50)), float(np.percentile(values, 95))
