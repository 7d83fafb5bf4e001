"""Rule discovery through the ``copydesk.rules`` entry-point group, and selection.

Built-in families register through the same group as third-party plugins; the
entry name is the code prefix the plugin owns (as in flake8).
"""

from __future__ import annotations

import types
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib.metadata import EntryPoint, entry_points

from copydesk.errors import ConfigError, PluginError
from copydesk.rule import Rule, validate_rule_class

GROUP = "copydesk.rules"


def _rules_of(obj: object, where: str) -> list[type[Rule]]:
    if isinstance(obj, types.ModuleType):
        obj = getattr(obj, "RULES", None)
        if obj is None:
            raise PluginError(f"plugin {where}: module has no RULES list")
    if isinstance(obj, type) and issubclass(obj, Rule):
        return [obj]
    if isinstance(obj, Iterable):
        found = list(obj)
        bad = [r for r in found if not (isinstance(r, type) and issubclass(r, Rule))]
        if bad:
            raise PluginError(f"plugin {where}: {bad[0]!r} is not a copydesk.Rule subclass")
        return found
    raise PluginError(f"plugin {where}: expected a Rule subclass, a list of them or a module with RULES")


def load_rules(eps: Sequence[EntryPoint] | None = None) -> dict[str, type[Rule]]:
    """Every registered rule by code, checked: codes unique and inside their prefix."""
    if eps is None:
        return dict(_installed_rules())
    rules: dict[str, type[Rule]] = {}
    names: dict[str, str] = {}
    for ep in sorted(eps, key=lambda e: e.name):
        where = f"{ep.name} = {ep.value}"
        try:
            obj = ep.load()
        except Exception as exc:  # a broken plugin must not take the run down with a traceback
            raise PluginError(f"plugin {where}: cannot load ({type(exc).__name__}: {exc})") from None
        for rule in _rules_of(obj, where):
            problems = validate_rule_class(rule)
            if problems:
                raise PluginError(f"plugin {where}: {problems[0]}")
            if not rule.code.startswith(ep.name):
                raise PluginError(f"plugin {where}: rule {rule.code} is outside its prefix {ep.name}")
            if rule.code in rules and rules[rule.code] is not rule:
                raise PluginError(f"plugin {where}: duplicate rule code {rule.code}")
            if rule.name in names and names[rule.name] != rule.code:
                raise PluginError(f"plugin {where}: duplicate rule name {rule.name}")
            rules[rule.code] = rule
            names[rule.name] = rule.code
    return dict(sorted(rules.items()))


@lru_cache(maxsize=1)
def _installed_rules() -> tuple[tuple[str, type[Rule]], ...]:
    return tuple(load_rules(list(entry_points(group=GROUP))).items())


def find_rule(rules: dict[str, type[Rule]], key: str) -> type[Rule] | None:
    """A rule by code (any case) or name."""
    if key.upper() in rules:
        return rules[key.upper()]
    for rule in rules.values():
        if rule.name == key.lower():
            return rule
    return None


def _specificity(selector: str, rule: type[Rule]) -> int:
    """How specifically ``selector`` names ``rule`` (0: not at all)."""
    if selector.upper() == "ALL":
        return 1
    if selector.lower() == rule.name or selector.upper() == rule.code:
        return 100
    if rule.code.startswith(selector.upper()):
        return 1 + len(selector)
    return 0


def check_selectors(rules: dict[str, type[Rule]], selectors: Iterable[str], where: str) -> None:
    for selector in selectors:
        if not any(_specificity(selector, r) for r in rules.values()):
            raise ConfigError(f"{where}: unknown rule selector {selector!r}")


def select_rules(
    rules: dict[str, type[Rule]],
    select: Sequence[str] | None,
    ignore: Sequence[str] = (),
) -> list[type[Rule]]:
    """Rules chosen by ``select`` (default: every rule on by default) minus
    ``ignore``; the more specific selector wins, as in ruff."""
    chosen = []
    for rule in rules.values():
        if select is None:
            picked = 1 if rule.default_enabled else 0
        else:
            picked = max((_specificity(s, rule) for s in select), default=0)
            if not rule.default_enabled and picked < 100:
                picked = 0  # a rule that is off by default runs only when named
        dropped = max((_specificity(s, rule) for s in ignore), default=0)
        if picked and picked > dropped:
            chosen.append(rule)
    return chosen
