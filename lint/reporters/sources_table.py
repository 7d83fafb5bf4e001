"""``copydesk sources``: a table per article, then the sourcing summary."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import TextIO

from rich.table import Table
from rich.text import Text

from copydesk.reporters.console import make_console
from copydesk.sources import ArticleSources

_STYLE = {"none": "bold red", "anonymous": "yellow", "outlet": "cyan"}


def render(reports: list[ArticleSources], stream: TextIO, color: str = "auto") -> None:
    console = make_console(stream, color)
    for rep in reports:
        console.print(Text(rep.path, style="bold underline"))
        table = Table(show_edge=False, pad_edge=False)
        for column in ("where", "kind", "text", "source", "cue"):
            table.add_column(column, overflow="fold")
        for e in rep.entries:
            table.add_row(
                Text(f"{e.line}:{e.column}"),
                Text(e.kind),
                Text(e.text),
                Text(e.source, style=_STYLE.get(e.source_kind, "")),
                Text(e.cue),
            )
        console.print(table)
        summary = ", ".join(f"{k} {v}" for k, v in rep.summary().items() if v)
        console.print(Text(f"sources: {summary or 'none found'}"))
        console.print(Text(f"outlets relied on: {', '.join(rep.outlets) or 'none'}"))
        console.print()


def render_json(reports: list[ArticleSources], stream: TextIO) -> None:
    data = [
        {
            "path": r.path,
            "entries": [asdict(e) for e in r.entries],
            "summary": r.summary(),
            "outlets": r.outlets,
        }
        for r in reports
    ]
    json.dump(data, stream, ensure_ascii=False, indent=2)
    stream.write("\n")
