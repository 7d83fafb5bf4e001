"""Patterns compiled on first use: the same answers as re.compile, nothing compiled at import."""

from __future__ import annotations

import re
import subprocess
import sys

from copydesk.patterns import lazy_re


def test_a_lazy_pattern_answers_as_the_compiled_one() -> None:
    source, flags = r"\b(\w)(\w*)\b", re.IGNORECASE
    lazy, real = lazy_re(source, flags), re.compile(source, flags)
    text = "Gunmen stormed the Radisson Blu in Bamako."
    assert lazy.compiled is lazy.compiled  # compiled once
    assert lazy.search(text, 7).span() == real.search(text, 7).span()  # type: ignore[union-attr]
    assert lazy.match(text, 7, 14).group() == real.match(text, 7, 14).group()  # type: ignore[union-attr]
    assert lazy.fullmatch("Bamako") is not None and lazy.fullmatch("Bamako.") is None
    assert [m.span() for m in lazy.finditer(text, 0, 20)] == [m.span() for m in real.finditer(text, 0, 20)]
    assert lazy.findall(text) == real.findall(text)
    assert lazy.sub(lambda m: m.group(1).upper(), text, 2) == real.sub(lambda m: m.group(1).upper(), text, 2)
    assert lazy_re(r"\s+").split(text, 2) == re.split(r"\s+", text, maxsplit=2)
    assert (lazy.pattern, lazy.flags) == (source, flags)


def test_importing_the_rules_compiles_no_module_pattern() -> None:
    # A fresh process: this one has run rules already.
    code = (
        "import sys\n"
        "from copydesk.patterns import LazyPattern\n"
        "from copydesk.registry import load_rules\n"
        "load_rules()\n"
        "lazy = [v for name, m in list(sys.modules.items()) if name.startswith('copydesk')\n"
        "        for v in vars(m).values() if isinstance(v, LazyPattern)]\n"
        "print(len(lazy), sum(p._compiled is not None for p in lazy))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    count, compiled = map(int, done.stdout.split())
    assert count > 100 and compiled == 0
