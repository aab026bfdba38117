"""The package's shape, read from its source with `ast`: no import cycles, every layer
imports only downward, the index is reached through the Store, modules stay small,
and every domain error lives in errors.py (docs/architecture.md draws the layers)."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

from tests.conftest import ROOT

PACKAGE = ROOT / "repository"
MAX_LINES = 400

# the units of the package and what each may import (besides itself); the base modules
# import only each other, in an order the cycle test keeps acyclic
BASE = {"repository", "model", "errors", "config", "text", "places", "labels", "vocabulary",
        "csv_safety"}
ALLOWED: dict[str, set[str]] = {
    **{name: BASE for name in BASE},
    "ingest": BASE,
    "search": BASE,
    "workspace": BASE | {"ingest", "search"},
    "ops": BASE | {"ingest", "search", "workspace"},
    "web": BASE | {"ingest", "search", "workspace", "ops"},
    "cli": BASE | {"ingest", "search", "workspace", "ops", "web"},
    "__main__": {"cli"},
}
# what of search/ the rest of the package may use: the Store and the search itself;
# the index, its adapters and its payload schema stay inside
SEARCH_PUBLIC = {"store", "request", "service", "response", "results", "similar",
                 "querylog", "embedder", "generations", "links"}


def _name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def modules() -> dict[str, Path]:
    return {_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _type_checking_only(tree: ast.Module) -> set[int]:
    """Nodes under `if TYPE_CHECKING:`: annotations, not imports that run."""
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) \
                and node.test.id == "TYPE_CHECKING":
            skipped.update(id(sub) for sub in ast.walk(node))
    return skipped


@cache
def imports(module: str) -> frozenset[str]:
    """The package's modules a module imports when it runs (lazy imports included)."""
    tree = ast.parse(modules()[module].read_text(encoding="utf-8"))
    skipped = _type_checking_only(tree)
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                found.add(full if full in modules() else node.module)
    return frozenset(m for m in found if m in modules() and m != module)


def unit(module: str) -> str:
    """`repository.search.store` → `search`; `repository.cli` → `cli`."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def cycles() -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for other in imports(module):
            if other not in index:
                visit(other)
                low[module] = min(low[module], low[other])
            elif other in stack:
                low[module] = min(low[module], index[other])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for module in modules():
        if module not in index:
            visit(module)
    return found


def test_the_package_has_no_import_cycle() -> None:
    assert cycles() == []


def test_every_layer_imports_only_what_it_may() -> None:
    wrong = [f"{module} imports {other}" for module in modules() for other in imports(module)
             if unit(other) != unit(module) and unit(other) not in ALLOWED[unit(module)]]
    assert wrong == []


def test_nothing_imports_web_or_the_cli_from_below() -> None:
    for module in modules():
        for other in imports(module):
            if unit(other) == "web":
                assert unit(module) in ("web", "cli"), f"{module} imports {other}"
            if unit(other) == "cli":
                assert module == "repository.__main__", f"{module} imports {other}"


def test_outside_search_the_index_is_reached_only_through_the_store() -> None:
    wrong = [f"{module} imports {other}" for module in modules() for other in imports(module)
             if unit(module) != "search" and unit(other) == "search"
             and other.split(".")[2] not in SEARCH_PUBLIC]
    assert wrong == []
    for module, path in modules().items():
        if unit(module) != "search":
            assert ".index." not in path.read_text(encoding="utf-8"), module


def test_no_module_is_over_the_size_limit() -> None:
    sizes = {module: len(path.read_text(encoding="utf-8").splitlines())
             for module, path in modules().items()}
    assert {m: n for m, n in sizes.items() if n > MAX_LINES} == {}


def test_every_domain_error_is_defined_in_errors_py() -> None:
    """A class deriving from one of errors.py's classes belongs in errors.py."""
    from repository import errors

    names = {name for name in dir(errors) if name.endswith(("Error", "Sheet")) or name in (
        "StoreLocked", "NotFound", "Unauthorized", "SignInRequired", "Forbidden", "TooLarge",
        "TooManyAttempts")}
    outside = []
    for module, path in modules().items():
        if module == "repository.errors":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                    isinstance(base, ast.Name) and base.id in names for base in node.bases):
                outside.append(f"{module}.{node.name}")
    assert outside == []


def test_the_checks_see_real_imports() -> None:
    """The graph is read, not empty: known edges are there."""
    assert "repository.search.store" in imports("repository.workspace.sheets")
    assert "repository.places" in imports("repository.search.request")
    assert unit("repository.web.staff.pages") == "web"
