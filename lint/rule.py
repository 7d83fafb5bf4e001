"""The rule contract: what a rule declares, what it emits."""

from __future__ import annotations

import dataclasses
import enum
import inspect
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, get_type_hints

from copydesk.errors import ConfigError
from copydesk.positions import Span
from copydesk.vocab import Vocabulary

if TYPE_CHECKING:
    from copydesk.article import Article
    from copydesk.nlp import ParagraphDoc


class Severity(enum.IntEnum):
    INFO = 1
    WARNING = 2
    ERROR = 3

    def __str__(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: str) -> Severity:
        try:
            return cls[value.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {value!r} (use error, warning or info)") from None


class Family(enum.StrEnum):
    TYPOS = "typos"
    ATTRIBUTION = "attribution"
    NUMBERS = "numbers"
    BOILERPLATE = "boilerplate"
    STYLE = "style"
    LANGUAGETOOL = "languagetool"


class Need(enum.StrEnum):
    """Analysis a rule reads; the engine runs only the spaCy components these need."""

    TOKENS = "tokens"
    SENTENCES = "sentences"
    POS = "pos"
    LEMMAS = "lemmas"
    PARSE = "parse"
    ENTITIES = "entities"


@dataclass(frozen=True, slots=True)
class Related:
    """Another place that explains a finding: ``article`` None means the same file."""

    span: Span
    message: str
    article: Article | None = None


@dataclass(frozen=True, slots=True)
class Finding:
    """What a rule reports: a span of the prose view and a message."""

    code: str
    span: Span
    message: str
    suggestions: tuple[str, ...] = ()
    related: tuple[Related, ...] = ()
    confidence: float = 1.0
    severity: Severity | None = None  # None: the rule's (configured) severity
    group: str | None = None  # None: the rule's group

    def __post_init__(self) -> None:
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"confidence {self.confidence} outside [0, 1]")


@dataclass
class Context:
    """What one run shares with its rules: the house vocabulary, settings,
    and notices (one line each, shown once on stderr)."""

    vocabulary: Vocabulary = dataclasses.field(default_factory=Vocabulary)
    languagetool: str = "off"
    notices: list[str] = dataclasses.field(default_factory=list)
    state: dict[str, Any] = dataclasses.field(default_factory=dict)  # per-run caches of rules
    transient: bool = False  # an outside service failed: this run's results are not cached

    def notice(self, message: str, *, transient: bool = False) -> None:
        """One line for the user; ``transient`` when it reports a failure that
        may not happen next time (a server down), so results are not cached."""
        if message not in self.notices:
            self.notices.append(message)
        self.transient = self.transient or transient


@dataclass(frozen=True)
class NoOptions:
    """A rule without options."""


_CODE = re.compile(r"^[A-Z]{1,4}\d{3}$")
_NAME = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
DOC_SECTIONS = ("What it does", "Why is this bad?", "Example", "Use instead", "Options")


class Rule:
    """Base class of every rule. Subclasses set the class attributes and
    implement :meth:`check` (one article) and/or :meth:`check_story`."""

    code: ClassVar[str]
    name: ClassVar[str]
    family: ClassVar[Family]
    severity: ClassVar[Severity] = Severity.WARNING
    needs: ClassVar[frozenset[Need]] = frozenset()
    default_enabled: ClassVar[bool] = True
    Options: ClassVar[type[Any]] = NoOptions
    # Its findings mark text to delete (page junk): one that covers whole
    # lines of prose covers those lines in the file, markup included.
    deletes: ClassVar[bool] = False
    # Rules of one group give one finding for one stretch of text: a finding
    # inside another of the group is dropped (the wider, then the more severe,
    # stays). "junk" for the BP rules that mark text to delete, "spelling" for
    # the typo rules about one word's spelling. A finding may name its own.
    group: ClassVar[str] = ""

    def __init__(self, options: Any = None, context: Context | None = None) -> None:
        self.options = options if options is not None else self.Options()
        self.context = context or Context()

    def check(self, article: Article) -> Iterator[Finding]:
        return iter(())

    def check_story(self, articles: Sequence[Article]) -> Iterator[tuple[Article, Finding]]:
        """Compare the articles of one story; yields findings with their article."""
        return iter(())

    def needs_tagging(self, article: Article, piece: ParagraphDoc) -> bool:
        """Whether :meth:`check` reads the tagger's or parser's results (tags,
        lemmas, dependencies) of this paragraph. ``piece.doc`` holds its tokens,
        and its entities when the rule needs ENTITIES. The engine runs the
        tagger and parser only on paragraphs some rule wants; answer False only
        where the findings cannot depend on them."""
        return bool(self.needs & {Need.POS, Need.LEMMAS, Need.PARSE})

    def cache_key(self) -> str:
        """What, besides the article, its options and the rule's code, this
        rule's findings depend on (an outside service, say): part of the
        results cache's key."""
        return ""

    def finding(
        self,
        start: int,
        end: int,
        message: str,
        *,
        suggestions: Iterable[str] = (),
        related: Iterable[Related] = (),
        confidence: float = 1.0,
        severity: Severity | None = None,
        group: str | None = None,
    ) -> Finding:
        """A finding of this rule; ``severity`` overrides the rule's default
        for this one finding (the user's configured severity still wins), and
        ``group`` its group (a name misspelt, which the typo rules see too)."""
        return Finding(
            self.code,
            Span(start, end),
            message,
            tuple(suggestions),
            tuple(related),
            confidence,
            severity,
            group,
        )

    # -- documentation -------------------------------------------------

    @classmethod
    def docs(cls) -> str:
        return inspect.cleandoc(cls.__doc__ or "")

    @classmethod
    def summary(cls) -> str:
        what = doc_sections(cls.docs()).get("What it does", "")
        first = what.strip().split("\n\n")[0].replace("\n", " ")
        return first

    @classmethod
    def has_story_check(cls) -> bool:
        return cls.check_story is not Rule.check_story


def doc_sections(doc: str) -> dict[str, str]:
    """Split a rule docstring into its ``## Section`` parts."""
    sections: dict[str, str] = {}
    current: str | None = None
    lines: list[str] = []
    for line in doc.splitlines():
        if line.startswith("## "):
            if current is not None:
                sections[current] = "\n".join(lines).strip()
            current, lines = line[3:].strip(), []
        elif current is not None:
            lines.append(line)
    if current is not None:
        sections[current] = "\n".join(lines).strip()
    return sections


_FENCE = re.compile(r"^```[a-z]*\n(.*?)^```", re.DOTALL | re.MULTILINE)


def doc_examples(doc: str, section: str) -> list[str]:
    """The fenced code blocks of one docstring section (Example, Use instead)."""
    return [m.group(1).rstrip("\n") for m in _FENCE.finditer(doc_sections(doc).get(section, ""))]


def validate_rule_class(rule: type[Rule]) -> list[str]:
    """Problems with a rule's declaration, for the registry's load-time check."""
    problems = []
    code = getattr(rule, "code", "")
    if not _CODE.match(code):
        problems.append(f"{rule.__qualname__}: code {code!r} is not a prefix and three digits")
    if not _NAME.match(getattr(rule, "name", "")):
        problems.append(f"{rule.__qualname__}: name {getattr(rule, 'name', '')!r} is not kebab-case")
    if not isinstance(getattr(rule, "family", None), Family):
        problems.append(f"{rule.__qualname__}: family must be a copydesk.Family")
    if not dataclasses.is_dataclass(rule.Options):
        problems.append(f"{rule.__qualname__}: Options must be a dataclass")
    missing = [s for s in DOC_SECTIONS if s not in doc_sections(rule.docs())]
    if missing:
        problems.append(f"{rule.__qualname__}: docstring lacks section(s) {', '.join(missing)}")
    return problems


def build_options(rule: type[Rule], values: dict[str, Any]) -> Any:
    """A rule's Options from config values (kebab-case keys), type-checked."""
    fields = {f.name: f for f in dataclasses.fields(rule.Options)}
    hints = get_type_hints(rule.Options)
    kwargs: dict[str, Any] = {}
    for key, value in values.items():
        attr = key.replace("-", "_")
        if attr not in fields:
            known = ", ".join(sorted(f.replace("_", "-") for f in fields)) or "none"
            raise ConfigError(f"unknown option {key!r} for {rule.code} (options: {known})")
        kwargs[attr] = _coerce(rule.code, key, value, hints[attr])
    return rule.Options(**kwargs)


def _coerce(code: str, key: str, value: Any, hint: Any) -> Any:
    origin = getattr(hint, "__origin__", None)
    if hint is bool or hint is str:
        ok = isinstance(value, hint)
    elif hint is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif hint is float:
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        value = float(value) if ok else value
    elif origin is tuple:
        ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
        value = tuple(value) if ok else value
    else:
        ok = True
    if not ok:
        raise ConfigError(
            f"option {key!r} of {code}: expected {getattr(hint, '__name__', hint)}, got {value!r}"
        )
    return value


__all__ = [
    "DOC_SECTIONS",
    "Context",
    "Family",
    "Finding",
    "Need",
    "NoOptions",
    "Related",
    "Rule",
    "Severity",
    "build_options",
    "doc_examples",
    "doc_sections",
]
