"""Rule discovery through entry points, and load-time checks."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import EntryPoint
from pathlib import Path

import pytest

from copydesk import Family, PluginError, Rule
from copydesk.registry import load_rules, select_rules
from tests.conftest import ROOT, run_cli

DOC = """
## What it does
x
## Why is this bad?
x
## Example
```text
x
```
## Use instead
```text
y
```
## Options
None.
"""


def _rule(code: str, name: str) -> type[Rule]:
    return type(
        name.title().replace("-", ""),
        (Rule,),
        {"code": code, "name": name, "family": Family.STYLE, "__doc__": DOC, "__module__": __name__},
    )


RULE_A = _rule("XA001", "rule-a")
RULE_B = _rule("XA001", "rule-b")
RULE_C = _rule("YB001", "rule-c")
BAD_NAME = _rule("XA002", "Not_Kebab")


def _ep(name: str, attr: str) -> EntryPoint:
    return EntryPoint(name=name, value=f"{__name__}:{attr}", group="copydesk.rules")


def test_builtin_families_register_through_entry_points() -> None:
    rules = load_rules()
    prefixes = {code[:2] for code in rules}
    assert {"TY", "AT", "BP", "ST"} <= prefixes
    assert all(rule.code.startswith(rule.code[:2]) for rule in rules.values())


def test_duplicate_code_is_an_error() -> None:
    with pytest.raises(PluginError, match="duplicate rule code XA001"):
        load_rules([_ep("XA", "RULE_A"), _ep("X", "RULE_B")])


def test_code_outside_prefix_is_an_error() -> None:
    with pytest.raises(PluginError, match="outside its prefix"):
        load_rules([_ep("XA", "RULE_C")])


def test_bad_name_is_an_error() -> None:
    with pytest.raises(PluginError, match="kebab-case"):
        load_rules([_ep("XA", "BAD_NAME")])


def test_broken_plugin_is_a_clean_error() -> None:
    with pytest.raises(PluginError, match="cannot load"):
        load_rules([EntryPoint(name="ZZ", value="no_such_module_xyz:RULES", group="copydesk.rules")])


def test_selection_by_code_prefix_and_name_most_specific_wins() -> None:
    rules = load_rules()
    chosen = {r.code for r in select_rules(rules, ["BP"], ["BP001"])}
    assert "BP001" not in chosen and "BP002" in chosen
    chosen = {r.code for r in select_rules(rules, ["BP001"], ["BP"])}
    assert chosen == {"BP001"}
    assert {r.code for r in select_rules(rules, ["repeated-phrase"])} == {"BP001"}


@pytest.mark.slow
def test_installed_plugin_runs(tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "--target",
            str(target),
            str(ROOT / "tests" / "fixtures" / "plugin"),
        ],
        check=True,
        capture_output=True,
        cwd=tmp_path,
    )
    article = tmp_path / "a.txt"
    article.write_text("We utilise the the tools.\n", encoding="utf-8")
    done = run_cli("check", "--format", "concise", str(article), env={"PYTHONPATH": str(target)})
    assert "DM001 [error] say “use”" in done.stdout
    assert "BP001" in done.stdout  # the built-ins still run beside it
    assert done.returncode == 1
    listing = run_cli("rules", env={"PYTHONPATH": str(target)})
    assert "DM001" in listing.stdout and "banned-word" in listing.stdout
