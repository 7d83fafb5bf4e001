"""GitHub Actions workflow commands: annotations on the pull request."""

from __future__ import annotations

from typing import TextIO

from copydesk.engine import Report
from copydesk.rule import Severity

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render(report: Report, stream: TextIO) -> None:
    for d in report.diagnostics:
        props = (
            f"file={_prop(d.path)},line={d.line},col={d.column},"
            f"endLine={d.end_line},endColumn={d.end_column},title={_prop(d.code + ' ' + d.name)}"
        )
        stream.write(f"::{_LEVEL[d.severity]} {props}::{_data(d.message)}\n")
