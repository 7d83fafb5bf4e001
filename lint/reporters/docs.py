"""``copydesk rules`` and ``copydesk rule CODE``: rule docs rendered with rich."""

from __future__ import annotations

from typing import TextIO

from rich.markdown import Markdown
from rich.table import Table
from rich.text import Text

from copydesk.reporters.console import make_console
from copydesk.rule import Rule


def rules_table(rules: list[type[Rule]], stream: TextIO, color: str = "auto") -> None:
    console = make_console(stream, color)
    table = Table(show_edge=False, pad_edge=False)
    for column in ("code", "name", "family", "severity", "summary"):
        table.add_column(column, overflow="fold")
    for rule in rules:
        on = "" if rule.default_enabled else " (off by default)"
        # Text, not markup strings: summaries quote things like "[link]".
        cells = (rule.code, rule.name, str(rule.family), str(rule.severity) + on, rule.summary())
        table.add_row(*map(Text, cells))
    console.print(table)


def rule_page(rule: type[Rule], stream: TextIO, color: str = "auto") -> None:
    console = make_console(stream, color)
    title = Text(f"{rule.code} {rule.name}", style="bold")
    title.append(f"  ({rule.family}, {rule.severity} by default)", style="dim")
    console.print(title)
    console.print()
    console.print(Markdown(rule.docs()))
