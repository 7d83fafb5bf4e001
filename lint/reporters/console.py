"""The rich consoles: one for output, colour only on a terminal."""

from __future__ import annotations

import os
from typing import TextIO

from rich.console import Console


def make_console(stream: TextIO, color: str = "auto") -> Console:
    no_color = color == "never" or (color == "auto" and "NO_COLOR" in os.environ)
    terminal = True if color == "always" else None
    interactive = stream.isatty() if hasattr(stream, "isatty") else False
    return Console(
        file=stream,
        force_terminal=terminal,
        no_color=no_color,
        color_system=None if no_color else "auto",
        highlight=False,
        soft_wrap=True,  # never wrap or cut a line when piped
        width=None if interactive else 200,
    )
