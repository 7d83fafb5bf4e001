"""Reporters turn a Report into output. Only these modules import rich, and
only the ones that need it (``full`` and the rule docs)."""

from __future__ import annotations

from typing import TextIO

from copydesk.engine import Report

FORMATS = ("full", "concise", "json", "sarif", "github")


def render(report: Report, fmt: str, stream: TextIO, color: str = "auto") -> None:
    if fmt == "full":
        from copydesk.reporters import full

        full.render(report, stream, color)
    elif fmt == "concise":
        from copydesk.reporters import concise

        concise.render(report, stream)
    elif fmt == "json":
        from copydesk.reporters import jsonfmt

        jsonfmt.render(report, stream)
    elif fmt == "sarif":
        from copydesk.reporters import sarif

        sarif.render(report, stream)
    elif fmt == "github":
        from copydesk.reporters import github

        github.render(report, stream)
    else:
        raise ValueError(f"unknown format {fmt!r}")
