"""The parser's modules each name a pattern once: a second assignment of the same module-level name silently
replaces the first for every function that reads it (`_CONGRESSIONAL_RECORD`, defined twice in fields.py during
session 23, left the first rule matching nothing)."""

from __future__ import annotations

import ast
import collections
from pathlib import Path

import pytest

PARSE = Path(__file__).resolve().parents[2] / "checker" / "parse"


@pytest.mark.parametrize("module", sorted(PARSE.glob("*.py")), ids=lambda p: p.name)
def test_each_module_level_name_is_assigned_once(module: Path) -> None:
    tree = ast.parse(module.read_text(encoding="utf-8"))
    names = collections.Counter(
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign | ast.AnnAssign)
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
        if isinstance(target, ast.Name)
    )
    assert [name for name, count in names.items() if count > 1] == []
