"""CI: wait until `repository demo` serves every sample sheet of data/practices.

Usage: python3 scripts/demo_check.py PID PORT — PID is the background job running the
README's first command (install, then `repository demo`). Exits 0 once /api/search
reports as many sheets as the sample folder holds; 1 if the job ends first, serves
fewer sheets, or has not served within 45 minutes. Standard library only: it starts
before the venv exists.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COUNT = ("from pathlib import Path; from repository.ingest.pipeline import find_sheets; "
         "print(len(list(find_sheets([Path('data/practices')]))))")


def served(port: int) -> int | None:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/search?q=&per_page=1",
                                    timeout=10) as answer:
            return int(json.load(answer)["sheets"])
    except (OSError, ValueError, KeyError):
        return None


def main(pid: int, port: int) -> int:
    deadline = time.monotonic() + 45 * 60
    while (sheets := served(port)) is None:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            print("demo-check: the README's first command ended before serving", file=sys.stderr)
            return 1
        if time.monotonic() > deadline:
            print("demo-check: nothing served within 45 minutes", file=sys.stderr)
            return 1
        time.sleep(3)
    python = ROOT / ".venv" / "bin" / "python"
    expected = int(subprocess.run([str(python), "-c", COUNT], cwd=ROOT, check=True,
                                  capture_output=True, text=True).stdout)
    print(f"demo-check: the demo serves {sheets} sheets of the {expected} in data/practices")
    return 0 if sheets == expected else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]), int(sys.argv[2])))
