"""One line per finding: ``path:line:col: CODE [severity] message``."""

from __future__ import annotations

from typing import TextIO

from copydesk.engine import Diagnostic, Report


def line(d: Diagnostic) -> str:
    shown = [s for s in d.suggestions[:3] if f"“{s}”" not in d.message]
    hint = f" (did you mean: {', '.join(shown)}?)" if shown else ""
    return f"{d.path}:{d.line}:{d.column}: {d.code} [{d.severity}] {d.message}{hint}"


def render(report: Report, stream: TextIO) -> None:
    for d in report.diagnostics:
        stream.write(line(d) + "\n")
