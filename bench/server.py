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
    """A running server: where it answers and its process."""

    url: str
    process: subprocess.Popen[bytes]

    @property
    def pid(self) -> int:
        return self.process.pid

    def rss_mb(self) -> float:
        """Resident memory of the server process, in MB."""
        status = Path(f"/proc/{self.pid}/status")
        for line in status.read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        return float("nan")


def start_server(data_dir: Path, *, ready: str = "/", log: Path,
                 env: dict[str, str] | None = None, headers: dict[str, str] | None = None,
                 timeout_s: float = 180.0) -> Server:
    """Start `repository serve` on a free port over `data_dir` (an embedded store) and
    return once GET `ready` answers 200; its output is appended to `log`.

    The one way the benches and the tests start a server. Stop it with `stop_server`.
    The store is locked to one process: whoever built it must have closed it.
    """
    port = free_port()
    environ = {**os.environ, "REPOSITORY_DATA_DIR": str(data_dir), **(env or {})}
    environ.pop("QDRANT_URL", None)
    with log.open("ab") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "repository", "serve", "--port", str(port)],
            cwd=ROOT, env=environ, stdout=out, stderr=subprocess.STDOUT)
    server = Server(f"http://127.0.0.1:{port}", process)
    deadline = time.monotonic() + timeout_s
    while True:
        if process.poll() is not None:
            raise RuntimeError(f"the server stopped:\n{log.read_text()[-2000:]}")
        try:
            if httpx.get(server.url + ready, headers=headers, timeout=30).status_code == 200:
                return server
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline:
            stop_server(server)
            raise RuntimeError(f"the server did not answer in {timeout_s:.0f} s:\n"
                               f"{log.read_text()[-2000:]}")
        time.sleep(0.2)


def stop_server(server: Server, timeout_s: float = 30.0) -> None:
    """Terminate the server, and kill it if it does not stop in time."""
    server.process.terminate()
    try:
        server.process.wait(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait()


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
def serving(data_dir: Path, timeout_s: float = 180.0, *, result_cache: int | None = None
            ) -> Iterator[Server]:
    """`repository serve` over a bench store, until exit; yields once the server has
    answered a query and a warm-up search (its model is loaded). `result_cache`: the
    server's REPOSITORY_RESULT_CACHE (None: the product's default)."""
    env = {} if result_cache is None else {"REPOSITORY_RESULT_CACHE": str(result_cache)}
    server = start_server(data_dir, ready="/api/search?q=", log=data_dir / "server.log",
                          env=env, timeout_s=timeout_s)
    try:
        httpx.get(f"{server.url}/api/search?q=warm+up", timeout=timeout_s)  # loads the model
        yield server
    finally:
        stop_server(server)


def percentiles(values: list[float]) -> tuple[float, float]:
    """p50 and p95 of a list of milliseconds (nan when empty)."""
    if not values:
        return float("nan"), float("nan")
    return float(np.percentile(values, 50)), float(np.percentile(values, 95))
