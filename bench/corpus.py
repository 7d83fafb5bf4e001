"""Reading ../shared/corpus for the benchmarks (never copied into the project)."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

CORPUS = Path(os.environ.get("COPYDESK_CORPUS", Path(__file__).resolve().parents[2] / "shared" / "corpus"))
_WORDS = re.compile(r"\w+")


@dataclass(frozen=True)
class Doc:
    source: str
    id: str
    text: str

    @property
    def words(self) -> int:
        return len(_WORDS.findall(self.text))


def records(name: str) -> Iterator[dict]:
    path = CORPUS / name
    if not path.is_file():
        raise SystemExit(f"corpus file not found: {path} (set COPYDESK_CORPUS)")
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


CLEAN_SOURCES = (
    ("bbc_news_2004_2005.jsonl", "text"),
    ("scrapinghub_aeb.jsonl", "clean_text"),
    ("l3s_gn1_googlenews.jsonl", "clean_text"),
)
# dragnet's clean_text keeps the page's headline, dates, bylines and labels:
# not an edited body, so not among the clean bodies (the boilerplate bench
# reports its rate apart).
DRAGNET = (("dragnet_2012.jsonl", "clean_text"),)


def clean_bodies(min_words: int = 120, sources: tuple[tuple[str, str], ...] = CLEAN_SOURCES) -> list[Doc]:
    """Clean, professionally edited bodies: the BBC file's text and the
    human-annotated clean_text of the scrapinghub and L3S files, one
    paragraph per blank-line-separated block."""
    docs = []
    for name, field in sources:
        for rec in records(name):
            text = rec.get(field) or ""
            paras = [p.strip() for p in re.split(r"\n\s*\n|\n", text) if p.strip()]
            body = "\n\n".join(paras)
            doc = Doc(name.split("_")[0], str(rec["id"]), body)
            if doc.words >= min_words:
                docs.append(doc)
    return docs
