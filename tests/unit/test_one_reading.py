"""The design, checked from the source (no model, no server):

- one Reading of each message: only krampbot/reading and the NLU component that attaches
  the Reading (components/reading.py) read message text; actions, channels, the other
  NLU guards and the triage/knowledge modules work on its codes;
- the layers import downwards only: the triage rules (levels, sign table, advice) know
  nothing of text; the Reading finds the table's signs in text; knowledge and dialogue
  come last. The plain-Python core (krampbot/) never imports Rasa;
- tests/unit need neither Rasa nor spaCy nor TensorFlow (they run in seconds).
"""
from __future__ import annotations

import ast
import json
from pathlib import Path
from typing import Dict, Iterator, List, Set, Tuple

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Modules that read text: detectors, patterns, the Reading itself.
READERS = ("krampbot.reading", "krampbot.text")
# What may still be imported from them: functions on codes and data, not on text.
ON_CODES = {
    ("krampbot.reading.context", "*"),          # combines the Reading with the slots
    ("krampbot.reading.reading", "empty"),      # the Reading of a message not read
    ("krampbot.reading.reading", "compact"),    # the Reading as stored (codes only)
    ("krampbot.reading.reading", "expand"),     # ... and back
    ("krampbot.reading.utterance", "is_explicit_command"),  # intent x commands said
    ("krampbot.reading.sign_data", "*"),        # training examples of the learned model
}
# Who makes the Reading (and the spelling step before it, which only corrects typos).
MAY_READ = ("krampbot/reading/", "krampbot/text/", "components/reading.py", "components/sign_model.py",
            "components/spelling.py",
            "scripts/", "tests/", "drafts/")

# Layers of krampbot/: a module may import its own layer and the layers before it.
LAYERS = ["krampbot.names", "krampbot.paths", "krampbot.text", "krampbot.triage",
          "krampbot.reading", "krampbot.knowledge", "krampbot.dialogue"]


def python_files(*folders: str) -> Iterator[Path]:
    for folder in folders:
        yield from sorted((ROOT / folder).rglob("*.py"))


def imports_of(path: Path) -> List[Tuple[str, str]]:
    """(module, name) for every import in `path`, also inside functions."""
    found: List[Tuple[str, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(alias.name, "*") for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found += [(node.module, alias.name) for alias in node.names]
    return found


def relative(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def allowed(module: str, name: str) -> bool:
    return (module, name) in ON_CODES or (module, "*") in ON_CODES


def test_only_the_reading_reads_message_text():
    offenders = []
    for path in python_files("actions", "channels", "components", "storage", "startup", "webserver",
                             "krampbot"):
        where = relative(path)
        if where.startswith(MAY_READ):
            continue
        for module, name in imports_of(path):
            if module.startswith(READERS) and not allowed(module, name):
                offenders.append(f"{where}: from {module} import {name}")
    assert offenders == []


def test_actions_never_look_at_the_message_text():
    """tracker.latest_message["text"] is for the Reading; actions use its codes."""
    offenders = []
    for path in python_files("actions"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            key = None
            if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant):
                key = node.slice.value
            elif isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "get" and node.args \
                    and isinstance(node.args[0], ast.Constant):
                key = node.args[0].value
            if key == "text" and "latest_message" in ast.unparse(node):
                offenders.append(f"{relative(path)}:{node.lineno}")
    assert offenders == []


def layer_of(module: str) -> int:
    best = -1
    for index, prefix in enumerate(LAYERS):
        if module == prefix or module.startswith(prefix + "."):
            best = index  # the most specific (latest) match
    return best


def test_krampbot_layers_import_downwards_and_never_rasa():
    upward, rasa = [], []
    for path in python_files("krampbot"):
        module = relative(path)[:-3].replace("/", ".").removesuffix(".__init__")
        own = layer_of(module)
        for imported, _ in imports_of(path):
            if imported.split(".")[0] in ("rasa", "rasa_sdk", "spacy", "tensorflow", "sanic"):
                rasa.append(f"{module}: {imported}")
            if imported.startswith("krampbot") and layer_of(imported) > own:
                upward.append(f"{module} ({LAYERS[own]}) imports {imported}")
    assert rasa == []
    assert upward == []


def module_graph() -> Dict[str, Set[str]]:
    graph: Dict[str, Set[str]] = {}
    for path in python_files("krampbot", "actions", "components", "channels", "storage", "startup"):
        module = relative(path)[:-3].replace("/", ".").removesuffix(".__init__")
        graph[module] = {m for m, _ in imports_of(path)
                         if m.split(".")[0] in ("krampbot", "actions", "components", "channels", "storage", "startup")}
    return graph


def test_no_import_cycles():
    graph = module_graph()
    names = set(graph)

    def resolve(module: str) -> str:
        while module and module not in names:
            module = module.rpartition(".")[0]
        return module

    edges = {m: {resolve(i) for i in imported if resolve(i) and resolve(i) != m} for m, imported in graph.items()}
    state: Dict[str, int] = {}
    cycles: List[List[str]] = []

    def visit(node: str, trail: List[str]) -> None:
        state[node] = 1
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                cycles.append(trail[trail.index(nxt):] + [nxt] if nxt in trail else [node, nxt])
            elif nxt not in state:
                visit(nxt, trail + [nxt])
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node, [node])
    assert cycles == []


@pytest.mark.parametrize("heavy", ["rasa", "spacy", "tensorflow"])
def test_unit_tests_need_no_heavy_library(heavy):
    users = [relative(p) for p in python_files("tests/unit") for m, _ in imports_of(p)
             if m.split(".")[0] == heavy]
    # What the unit tests import from the project must not pull it in either.
    project = {m for p in python_files("tests/unit") for m, _ in imports_of(p)
               if m.split(".")[0] in ("krampbot", "actions", "channels", "storage", "tests")}
    graph = module_graph()
    seen, todo = set(), list(project)
    while todo:
        module = todo.pop()
        if module in seen:
            continue
        seen.add(module)
        path = ROOT / (module.replace(".", "/") + ".py")
        if not path.exists():
            path = ROOT / module.replace(".", "/") / "__init__.py"
        if path.exists():
            for imported, _ in imports_of(path):
                if imported.split(".")[0] == heavy:
                    users.append(f"{module} (imported by tests/unit)")
                elif imported in graph or imported.startswith(("krampbot", "actions", "tests")):
                    todo.append(imported)
    assert users == []


@pytest.mark.parametrize("text", [
    "nee", "ja hoor", "voor mijn vader van 80", "/rode_vlag", "",
    "ik heb elke nacht kramp in mijn kuit, wat kan ik doen?",
    "mijn vader van 80 heeft een dik rood been sinds gisteren",
    "ik ben 30 weken zwanger en zie sterretjes",
    "stop", "doei, bedankt!",
])
def test_the_stored_reading_is_compact_and_expands_to_the_same(text):
    from krampbot.reading.reading import compact, expand, read

    reading = read(text)
    stored = compact(reading)
    whole = expand(stored)
    assert {key: whole[key] for key in reading} == reading
    assert all(not value for key, value in whole.items() if key not in reading)
    assert len(json.dumps(stored)) < len(json.dumps(reading))
    assert stored["v"] == reading["v"]
