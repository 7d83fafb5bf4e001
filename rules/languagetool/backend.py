"""The LanguageTool adapter: connecting (server, local install, or neither)
and turning LanguageTool's matches into spans, through copydesk's name filter."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from copydesk import Article, Vocabulary, spelling

ENV_URL = "COPYDESK_LANGUAGETOOL_URL"
HOW_TO = (
    f'set languagetool = "<server URL>" (or {ENV_URL}), or languagetool = "local" where the internet is '
    "reachable to download it"
)


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    rule_id: str
    message: str
    replacements: tuple[str, ...]
    misspelling: bool


def _local_install() -> Path | None:
    # language-tool-python's download folder, found without importing it (a
    # tenth of a second, paid on every cached run) and without creating it.
    folder = Path(os.environ.get("LTP_PATH") or Path.home() / ".cache" / "language_tool_python")
    found = sorted(folder.glob("LanguageTool*")) if folder.is_dir() else []
    return found[-1] if found else None


def configured(setting: str) -> bool:
    """Whether a backend is set up (so its absence is a failure, not a choice)."""
    if setting == "auto":
        return bool(os.environ.get(ENV_URL)) or _local_install() is not None
    return setting != "off"


def setup(setting: str) -> str:
    """The backend a run would use, for the results cache's key."""
    if setting != "auto":
        return setting
    return f"auto {os.environ.get(ENV_URL, '')} {_local_install() or ''}"


def connect(setting: str, language: str = "en-US") -> tuple[Any | None, str | None]:
    """A LanguageTool handle for ``setting`` (auto | off | local | URL), or
    None and the one-line notice that says why not."""
    if setting == "off":
        return None, None
    url = setting if setting.startswith(("http://", "https://")) else None
    if setting == "auto":
        url = os.environ.get(ENV_URL) or None
        if url is None and _local_install() is None:
            return None, f"LanguageTool unavailable (no server configured, no local install); {HOW_TO}"
    try:
        import language_tool_python
    except ImportError:
        return None, "LanguageTool unavailable: language-tool-python is not installed"
    try:
        tool = (
            language_tool_python.LanguageTool(language, remote_server=url)
            if url
            else (language_tool_python.LanguageTool(language))
        )
    except Exception as exc:  # the library raises many kinds; any means "not available"
        where = url or "local install"
        reason = str(exc).splitlines()[0][:160] if str(exc) else type(exc).__name__
        return None, f"LanguageTool unavailable ({where}: {reason}); continuing without it"
    return tool, None


def convert(matches: list[Any]) -> list[Match]:
    """language-tool-python Match objects (built from LanguageTool's JSON) to
    copydesk spans. Their ``offset`` is already in Python characters: the
    library turns LanguageTool's UTF-16 offsets into code points."""
    out = []
    for m in matches:
        issue = (getattr(m, "rule_issue_type", "") or "").lower()
        out.append(
            Match(
                start=int(m.offset),
                end=int(m.offset) + int(m.error_length),
                rule_id=str(m.rule_id),
                message=str(m.message),
                replacements=tuple(str(r) for r in (m.replacements or [])[:5]),
                misspelling=issue == "misspelling" or str(m.rule_id).startswith("MORFOLOGIK"),
            )
        )
    return out


def name_filter(article: Article, vocab: Vocabulary, matches: list[Match]) -> list[Match]:
    """Drop spelling matches on words copydesk knows as names (house
    vocabulary, archive lexicon, the article's proper nouns) or already
    reports as slips, so LanguageTool does not bring back the name noise."""
    analysis = spelling.analyse(article, vocab)
    names = {w.span for uses in analysis.names.values() for w in uses} | {w.span for w in analysis.unverified}
    slips = {s.word.span for s in analysis.slips}
    kept = []
    for m in matches:
        if m.misspelling:
            word = article.prose[m.start : m.end]
            covered = any(s.start <= m.start and m.end <= s.end for s in names | slips)
            if covered or vocab.knows(word) or (word[:1].isupper() and spelling.zipf(word) > 0):
                continue
        kept.append(m)
    return kept
