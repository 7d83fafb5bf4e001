"""The default report: findings grouped by file, each with the source line and
the flagged characters underlined, then a summary by family and severity."""

from __future__ import annotations

from collections import Counter
from typing import TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from copydesk.article import Article
from copydesk.engine import Diagnostic, Report
from copydesk.reporters.console import make_console
from copydesk.rule import Family, Severity

STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
# Characters of context shown either side of the flagged text on long lines.
CONTEXT = 60


def _snippet(article: Article, d: Diagnostic) -> tuple[str, int, int]:
    """The flagged line (trimmed around the finding) and the caret columns."""
    text = article.lines.line_text(d.line).replace("\t", " ")
    start = d.column - 1
    end = d.end_column - 1 if d.end_line == d.line else len(text)
    end = max(end, start + 1)
    left = max(0, start - CONTEXT)
    right = min(len(text), end + CONTEXT)
    prefix = "…" if left > 0 else ""
    suffix = "…" if right < len(text) else ""
    shown = prefix + text[left:right] + suffix
    offset = len(prefix) - left
    return shown, start + offset, min(end + offset, len(prefix) + right - left)


def _finding(console: Console, article: Article | None, d: Diagnostic) -> None:
    head = Text()
    head.append(f"{d.path}:{d.line}:{d.column}", style="bold")
    head.append(": ")
    head.append(d.code, style=STYLE[d.severity])
    head.append(f" [{d.severity}] ", style=STYLE[d.severity])
    head.append(d.message)
    console.print(head)
    if article is not None:
        shown, start, end = _snippet(article, d)
        gutter = str(d.line)
        pad = " " * len(gutter)
        console.print(Text(f"{pad} |", style="blue"))
        line = Text(f"{gutter} | ", style="blue")
        line.append(shown[:start])
        line.append(shown[start:end], style=f"underline {STYLE[d.severity]}")
        line.append(shown[end:])
        console.print(line)
        carets = Text(f"{pad} | ", style="blue")
        carets.append(" " * start + "^" * max(1, end - start), style=STYLE[d.severity])
        console.print(carets)
    if d.suggestions:
        console.print(Text(f"  = suggestion: {', '.join(d.suggestions[:5])}", style="green"))
    for rel in d.related:
        console.print(Text(f"  = related: {rel.path}:{rel.line}:{rel.column}: {rel.message}", style="dim"))
    console.print()


def _summary(console: Console, report: Report) -> None:
    counts = Counter((d.family, d.severity) for d in report.diagnostics)
    files = len(report.articles)
    if not report.diagnostics:
        console.print(Text(f"No findings in {files} file{'s' * (files != 1)}.", style="green"))
        return
    table = Table(title=None, show_edge=False, pad_edge=False)
    table.add_column("family")
    for sev in sorted(Severity, reverse=True):
        table.add_column(str(sev), justify="right", style=STYLE[sev])
    table.add_column("total", justify="right")
    for family in Family:
        row = [counts[(family, s)] for s in sorted(Severity, reverse=True)]
        if sum(row):
            table.add_row(str(family), *map(str, row), str(sum(row)))
    console.print(table)
    total = len(report.diagnostics)
    console.print(
        Text(f"{total} finding{'s' * (total != 1)} in {files} file{'s' * (files != 1)}.", style="bold")
    )


def render(report: Report, stream: TextIO, color: str = "auto") -> None:
    console = make_console(stream, color)
    current = None
    for d in report.diagnostics:
        if d.path != current:
            current = d.path
            console.print(Text(d.path, style="bold underline"))
        _finding(console, report.articles.get(d.path), d)
    _summary(console, report)
