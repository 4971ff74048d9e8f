#!/usr/bin/env python3
"""Checks that the crate's layers point one way.

Every top-level module of src/ has a rank; a module may use only modules
of a lower rank (or itself). Within a module, sibling files must not use
each other in a circle. Test code (tests.rs, *_tests.rs and a file's
trailing `#[cfg(test)] mod tests`) may use anything: a test of the client
may drive it against the sandbox.

Prints every offending `use` with its file and line; exits 1 if any.
"""

import pathlib
import re
import sys

# Lowest first. The order the README's "Layers" section explains.
RANKS = {
    # Leaves: no crate imports but each other's.
    "country": 0,
    "i18n": 0,
    "lock": 0,
    "settings": 0,
    "metrics": 0,
    # Talks to Wix; formats for a locale.
    "wix": 1,
    "format": 1,
    "names": 1,
    "theme": 1,
    # What a visitor can meet; pure money.
    "error": 2,
    "pricing": 2,
    # View models, pure functions of prices and settings.
    "plans": 3,
    "preview": 4,
    "api": 4,
    # Components.
    "views": 5,
    # The stand-in for Wix, started by the server.
    "sandbox": 6,
    # Assembly, top down from here.
    "config": 7,
    "state": 8,
    "loaders": 9,
    "app": 10,
    "server": 11,
    "main": 12,
    "lib": 12,
}

SRC = pathlib.Path(__file__).resolve().parent.parent / "src"
CRATE_PATH = re.compile(r"\b(?:crate|wix_pricing)::(\{[^;]*?\}|[a-z_]+)", re.S)
SUPER_PATH = re.compile(r"\bsuper::(\{[^;]*?\}|[a-z_]+)", re.S)
NAME = re.compile(r"(?:^|[{,]\s*)([a-z_]+)")


def module_of(path):
    rel = path.relative_to(SRC)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def names(group):
    """`a` or `{a::b, c}` -> the first segment of each path."""
    if not group.startswith("{"):
        return [group]
    return [n for n in NAME.findall(group[1:-1]) if n != "self"]


def code_of(path):
    text = path.read_text()
    cut = re.search(r"^#\[cfg\(test\)\]\s*\nmod tests \{", text, re.M)
    text = text[: cut.start()] if cut else text
    # Comments say nothing about imports.
    return re.sub(r"//[^\n]*", "", text)


def line_of(text, offset):
    return text.count("\n", 0, offset) + 1


def main():
    problems = []
    siblings = {}
    for path in sorted(SRC.rglob("*.rs")):
        if path.name == "tests.rs" or path.name.endswith("_tests.rs"):
            continue
        module = module_of(path)
        if module not in RANKS:
            problems.append(f"{path.relative_to(SRC.parent)}: module `{module}` has no rank in scripts/layers.py")
            continue
        code = code_of(path)
        for match in CRATE_PATH.finditer(code):
            for used in names(match.group(1)):
                if used == module or used not in RANKS:
                    continue
                if RANKS[used] >= RANKS[module]:
                    problems.append(
                        f"{path.relative_to(SRC.parent)}:{line_of(code, match.start())}: "
                        f"`{module}` (rank {RANKS[module]}) uses `{used}` (rank {RANKS[used]})"
                    )
        if path.parent != SRC and path.name != "mod.rs":
            uses = {
                used
                for match in SUPER_PATH.finditer(code)
                for used in names(match.group(1))
                if (path.parent / f"{used}.rs").exists()
            }
            siblings[path.parent / path.stem] = {path.parent / u for u in uses}

    # Circles among a module's files, by depth-first search.
    state = {}

    def visit(node, trail):
        state[node] = "open"
        for nxt in siblings.get(node, ()):
            if state.get(nxt) == "open":
                circle = trail[trail.index(nxt):] + [nxt]
                problems.append(
                    "circle: " + " -> ".join(str(p.relative_to(SRC)) + ".rs" for p in circle)
                )
            elif nxt not in state:
                visit(nxt, trail + [nxt])
        state[node] = "done"

    for node in siblings:
        if node not in state:
            visit(node, [node])

    for problem in problems:
        print(problem)
    if problems:
        return 1
    print(f"layers: {sum(1 for _ in SRC.rglob('*.rs'))} files, every use points down")
    return 0


if __name__ == "__main__":
    sys.exit(main())
