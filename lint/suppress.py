"""Suppressions: inline comments, "[sic]", and the baseline of known findings."""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from copydesk.article import Article
from copydesk.errors import InputError
from copydesk.patterns import lazy_re
from copydesk.positions import Span
from copydesk.text import sentence_spans

_DIRECTIVE = lazy_re(
    r"<!--\s*copydesk:\s*(?P<verb>disable|enable|ignore-next-line)\s*(?:=\s*(?P<codes>[\w\s,-]+?))?\s*-->"
)
_SIC = lazy_re(r"\s*[\[(]sic[\])]", re.IGNORECASE)
ALL = "*"


@dataclass(frozen=True)
class _Range:
    first_line: int
    last_line: int  # inclusive; a huge number for "to the end"
    selectors: frozenset[str]  # ALL for every rule


def _matches(selectors: frozenset[str], code: str, name: str) -> bool:
    if ALL in selectors:
        return True
    return any(code.startswith(s.upper()) or s.lower() == name for s in selectors)


class InlineSuppressions:
    """``<!-- copydesk: disable=AT002 -->`` ... ``<!-- copydesk: enable=AT002 -->``,
    ``<!-- copydesk: disable -->`` and ``<!-- copydesk: ignore-next-line -->``."""

    def __init__(self, article: Article) -> None:
        self._ranges: list[_Range] = []
        if "copydesk:" not in article.source:
            return
        lines = article.lines
        open_since: dict[str, int] = {}
        end = lines.line_count + 1
        for m in _DIRECTIVE.finditer(article.source):
            line = lines.position(m.start()).line
            codes = frozenset(
                c.strip() for c in (m.group("codes") or "").split(",") if c.strip()
            ) or frozenset({ALL})
            verb = m.group("verb")
            if verb == "ignore-next-line":
                nxt = line + 1
                while nxt < end and not lines.line_text(nxt).strip():
                    nxt += 1
                self._ranges.append(_Range(nxt, nxt, codes))
            elif verb == "disable":
                for code in codes:
                    open_since.setdefault(code, line)
            else:
                closing = list(open_since) if ALL in codes else [c for c in codes if c in open_since]
                for code in closing:
                    self._ranges.append(_Range(open_since.pop(code), line, frozenset({code})))
        for code, since in open_since.items():
            self._ranges.append(_Range(since, end, frozenset({code})))

    def suppressed(self, line: int, code: str, name: str) -> bool:
        return any(
            r.first_line <= line <= r.last_line and _matches(r.selectors, code, name) for r in self._ranges
        )


def followed_by_sic(article: Article, span: Span) -> bool:
    """True when "[sic]" comes right after the flagged word."""
    return _SIC.match(article.prose, span.end) is not None


def sentence_around(article: Article, span: Span) -> str:
    """The sentence holding ``span``, found without the parser so fingerprints
    do not depend on which analysis ran."""
    para = article.paragraph_of(span.start) or Span(0, len(article.prose))
    covering = [s for s in sentence_spans(article.prose, para) if s.start <= span.end and span.start <= s.end]
    if not covering:
        return article.prose[para.start : para.end]
    return article.prose[covering[0].start : covering[-1].end]


def _normalise(text: str) -> str:
    return " ".join(text.lower().split())


def fingerprint(code: str, sentence: str, flagged: str) -> str:
    """Stable when lines move: the rule, the sentence and the flagged text."""
    key = "\x1f".join((code, _normalise(sentence), _normalise(flagged)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


class Baseline:
    """Known findings by fingerprint, counted (two identical findings need two entries)."""

    VERSION = 1

    def __init__(self, counts: Counter[str] | None = None) -> None:
        self.counts: Counter[str] = counts or Counter()

    @classmethod
    def load(cls, path: Path) -> Baseline:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            prints = data["fingerprints"]
            if data.get("version") != cls.VERSION or not isinstance(prints, dict):
                raise ValueError("unsupported baseline version")
            return cls(Counter({str(k): int(v) for k, v in prints.items()}))
        except FileNotFoundError:
            raise InputError(f"{path}: baseline file not found") from None
        except OSError as exc:
            raise InputError(f"{path}: cannot read baseline ({exc.strerror or exc})") from None
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise InputError(f"{path}: not a copydesk baseline ({exc})") from None

    @classmethod
    def of(cls, fingerprints: Iterable[str]) -> Baseline:
        return cls(Counter(fingerprints))

    def write(self, path: Path) -> None:
        data = {"version": self.VERSION, "fingerprints": dict(sorted(self.counts.items()))}
        try:
            path.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        except OSError as exc:
            raise InputError(f"{path}: cannot write baseline ({exc.strerror or exc})") from None

    def absorb(self, fp: str) -> bool:
        """True (and one use spent) when ``fp`` is a known finding."""
        if self.counts[fp] > 0:
            self.counts[fp] -= 1
            return True
        return False
