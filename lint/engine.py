"""The engine: articles in, diagnostics out.

It never imports a rule: rules arrive through the registry (entry points).
"""

from __future__ import annotations

import dataclasses
import fnmatch
import hashlib
import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import Any

from copydesk import nlp
from copydesk.article import ARTICLE_SUFFIXES, Article, read_bytes, read_path, read_text
from copydesk.cache import Cache, code_fingerprint, file_digest
from copydesk.config import Config
from copydesk.errors import BinaryFileError, ConfigError, InputError
from copydesk.registry import check_selectors, find_rule, load_rules, select_rules
from copydesk.rule import Context, Family, Finding, Need, Rule, Severity, build_options
from copydesk.suppress import Baseline, InlineSuppressions, fingerprint, followed_by_sic, sentence_around
from copydesk.vocab import Vocabulary

SKIP_DIRS = frozenset({"node_modules", "__pycache__", "venv", ".venv", "site-packages"})
# Articles analysed together in one process: enough to batch spaCy, few
# enough that an archive run does not hold every parse at once.
_BATCH = 16


@dataclass(frozen=True)
class RelatedLocation:
    path: str
    line: int
    column: int
    message: str


@dataclass(frozen=True)
class Diagnostic:
    """A finding placed in the file: 1-based lines and columns (characters),
    ``end_column`` exclusive."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    code: str
    name: str
    family: Family
    severity: Severity
    message: str
    suggestions: tuple[str, ...]
    related: tuple[RelatedLocation, ...]
    confidence: float
    fingerprint: str
    start: int  # source offsets, for reporters that show the text
    end: int

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["family"] = str(self.family)
        data["severity"] = int(self.severity)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Diagnostic:
        return cls(
            **{
                **data,
                "family": Family(data["family"]),
                "severity": Severity(data["severity"]),
                "suggestions": tuple(data["suggestions"]),
                "related": tuple(RelatedLocation(**r) for r in data["related"]),
            }
        )


def _one_per_text(diagnostics: list[Diagnostic], groups: dict[int, str]) -> list[Diagnostic]:
    """Rules of one group give one finding for one stretch of text: a
    finding inside another of its group goes ("Click here" in a repeated
    paragraph, a name's "verify" under its "spelled two ways", "Minster" in
    "Prime Minster"). The wider, then the more severe, then the surer stays.
    ``groups``: each grouped diagnostic's group, by its id."""
    grouped = [d for d in diagnostics if id(d) in groups]
    if len(grouped) < 2:
        return diagnostics

    def rank(d: Diagnostic) -> tuple[int, int, float, str]:
        return (d.start - d.end, -int(d.severity), -d.confidence, d.code)

    inside = {
        id(d)
        for d in grouped
        for o in grouped
        if o is not d
        and groups[id(o)] == groups[id(d)]
        and o.start <= d.start
        and d.end <= o.end
        and rank(o) < rank(d)
    }
    return [d for d in diagnostics if id(d) not in inside]


@dataclass
class Outcome:
    """One check's result: diagnostics, notices, and whether it may be cached
    (not when an outside service a rule needs failed)."""

    diagnostics: list[Diagnostic] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    cacheable: bool = True


@dataclass
class Report:
    diagnostics: list[Diagnostic]
    articles: dict[str, Article]
    rules: dict[str, type[Rule]]
    notices: list[str] = field(default_factory=list)
    model: str | None = None

    def count(self, at_least: Severity) -> int:
        return sum(d.severity >= at_least for d in self.diagnostics)


def _excluded(path: PurePath, patterns: Sequence[str]) -> bool:
    posix = path.as_posix()
    return any(
        fnmatch.fnmatch(posix, pat)
        or fnmatch.fnmatch(path.name, pat)
        or any(fnmatch.fnmatch(p, pat) for p in path.parts)
        for pat in patterns
    )


def expand_paths(paths: Iterable[str], exclude: Sequence[str] = ()) -> Iterator[tuple[Path, str]]:
    """Files to check, as ``(path, path as shown)``: directories are searched
    for articles (``*.md``, ``*.markdown``, ``*.txt``), hidden folders skipped."""
    for given in paths:
        root = Path(given)
        if not root.exists():
            if root.is_symlink():
                raise InputError(f"{given}: symbolic link to nothing (broken, or a loop)")
            raise InputError(f"{given}: no such file or directory")
        if root.is_file():
            if not _excluded(root, exclude):
                yield root, given
            continue
        found = []
        for sub in root.rglob("*"):
            rel = sub.relative_to(root)
            if any(part.startswith(".") or part in SKIP_DIRS for part in rel.parts[:-1]):
                continue
            if sub.is_file() and sub.suffix.lower() in ARTICLE_SUFFIXES and not _excluded(sub, exclude):
                found.append(sub)
        for sub in sorted(found):
            yield sub, str(sub)


class Linter:
    """Holds the selected rules and their options for a run."""

    def __init__(
        self,
        config: Config | None = None,
        rules: dict[str, type[Rule]] | None = None,
    ) -> None:
        self.config = config or Config()
        self.registry = rules if rules is not None else load_rules()
        where = str(self.config.path) if self.config.path else "select/ignore"
        check_selectors(self.registry, self.config.select or (), where)
        check_selectors(self.registry, self.config.ignore, where)
        for codes in self.config.per_file_ignores.values():
            check_selectors(self.registry, codes, where)
        for vocab in self.config.vocab:
            if not vocab.exists():
                raise InputError(f"{vocab}: vocabulary file not found")
        self.context = Context(Vocabulary.load(self.config.vocab), self.config.languagetool)
        self.severity: dict[str, Severity] = {}
        for key, level in self.config.severity.items():
            rule = find_rule(self.registry, key)
            if rule is None:
                raise ConfigError(f"{where}: severity for unknown rule {key!r}")
            self.severity[rule.code] = level
        self.rules: list[Rule] = []
        options = {}
        for key, values in self.config.options.items():
            rule = find_rule(self.registry, key)
            if rule is None:
                raise ConfigError(f"{where}: options for unknown rule {key!r}")
            options[rule.code] = build_options(rule, values)
        for rule_cls in select_rules(self.registry, self.config.select, self.config.ignore):
            self.rules.append(rule_cls(options.get(rule_cls.code), self.context))
        self.model: str | None = None
        # Tag and parse only the paragraphs rules ask for, with the attribute
        # ruler's table lookup; False runs them on everything with spaCy's own
        # matcher (the benchmark checks both give the same findings).
        self.selective = os.environ.get("COPYDESK_FULL_ANALYSIS", "") in ("", "0")

    def rules_for(self, path: str) -> list[Rule]:
        dropped: list[str] = []
        for pattern, codes in self.config.per_file_ignores.items():
            if _excluded(PurePath(path), [pattern]):
                dropped.extend(codes)
        if not dropped:
            return self.rules
        keep = {r.code for r in select_rules(self.registry, [r.code for r in self.rules], dropped)}
        return [r for r in self.rules if r.code in keep]

    def needs(self, articles: Sequence[Article] | None = None) -> frozenset[Need]:
        """What the rules that run on ``articles`` (default: every selected rule) need."""
        rules = self.rules if articles is None else [r for a in articles for r in self.rules_for(a.path)]
        return frozenset().union(*(r.needs for r in rules))

    def _analyse(self, articles: Sequence[Article]) -> None:
        needs = self.needs(articles)
        if not needs:
            return
        self.model = nlp.resolve_model(self.config.model)
        wanting = {a.path: [r for r in self.rules_for(a.path) if r.needs] for a in articles}

        def selector(article: Article, piece: nlp.ParagraphDoc) -> bool:
            return not self.selective or any(r.needs_tagging(article, piece) for r in wanting[article.path])

        nlp.analyse(articles, needs, self.model, selector, table_ruler=self.selective)

    def _collect(
        self, articles: Sequence[Article], story: bool, notices: list[str]
    ) -> Iterator[tuple[Article, Rule, Finding]]:
        for article in articles:
            for rule in self.rules_for(article.path):
                try:
                    found = list(rule.check(article))
                except Exception as exc:  # one rule's bug must not cost the user the other rules' findings
                    notices.append(
                        f"{article.path}: rule {rule.code} failed ({type(exc).__name__}: {exc}); skipped"
                    )
                    continue
                for finding in found:
                    yield article, rule, finding
        if story and len(articles) > 1:
            by_code = {r.code: r for r in self.rules}
            for rule in by_code.values():
                if not rule.has_story_check():
                    continue
                for article, finding in rule.check_story(articles):
                    if any(r.code == rule.code for r in self.rules_for(article.path)):
                        yield article, rule, finding

    def check(self, articles: Sequence[Article], story: bool = False) -> list[Outcome]:
        """Analyse and check ``articles`` in this process: for each, its
        diagnostics (inline suppressions applied, no baseline) and notices."""
        self._analyse(articles)
        index = {a.path: i for i, a in enumerate(articles)}
        outcomes = [Outcome() for _ in articles]
        notices: list[str] = []
        inline = {a.path: InlineSuppressions(a) for a in articles}
        groups: dict[int, str] = {}
        for article, rule, finding in self._collect(articles, story, notices):
            mine = outcomes[index[article.path]]
            span = finding.span
            if span.end > len(article.prose) or finding.code != rule.code:
                mine.notices.append(
                    f"{article.path}: rule {rule.code} reported a span outside the text"
                    " or under another code; dropped"
                )
                continue
            if rule.family in (Family.TYPOS, Family.LANGUAGETOOL) and followed_by_sic(article, span):
                continue
            diag = self._diagnostic(article, rule, finding)
            if inline[article.path].suppressed(diag.line, rule.code, rule.name):
                continue
            mine.diagnostics.append(diag)
            if group := finding.group if finding.group is not None else rule.group:
                groups[id(diag)] = group
        for article, mine in zip(articles, outcomes, strict=True):
            mine.diagnostics = _one_per_text(mine.diagnostics, groups)
            mine.notices.extend(n for n in notices if n.startswith(f"{article.path}: "))
            mine.notices.extend(self.context.notices)
            # A rule that failed on it, or a service that was down: check it again next time.
            mine.cacheable = not self.context.transient and not any(
                n.startswith(f"{article.path}: ") for n in mine.notices
            )
            article.analysis = None  # the spaCy docs are the bulk of a run's memory
        return outcomes

    def cache_salt(self) -> str:
        """Everything but the articles that the findings depend on."""
        c = self.config
        needs = self.needs()
        model = nlp.resolve_model(c.model) if needs else None
        parts = {
            "code": code_fingerprint(sys.modules[type(r).__module__] for r in self.rules),
            "rules": sorted((r.code, repr(r.options), r.cache_key()) for r in self.rules),
            "severity": sorted((k, int(v)) for k, v in self.severity.items()),
            "per_file_ignores": sorted((k, list(v)) for k, v in c.per_file_ignores.items()),
            "vocab": [file_digest(p) for p in c.vocab],
            "model": [model, nlp.model_version(model) if model else None, nlp.spacy_version()],
        }
        return hashlib.sha256(json.dumps(parts, default=str, sort_keys=True).encode()).hexdigest()

    def run(
        self,
        articles: Sequence[Article],
        *,
        story: bool = False,
        baseline: Baseline | None = None,
        jobs: int = 1,
        cache: Cache | None = None,
    ) -> Report:
        """Check ``articles``: from ``cache`` where it has them, the rest in
        this process or, for a batch with ``jobs`` > 1, in a pool of processes."""
        units = [tuple(articles)] if story and len(articles) > 1 else [(a,) for a in articles]
        outcomes: list[Outcome | None] = [None] * len(units)
        keys: list[str] = []
        if cache is not None:
            keys = [cache.key([(a.path, a.source) for a in unit]) for unit in units]
            for i, key in enumerate(keys):
                hit = cache.get(key)
                if hit is not None:
                    outcomes[i] = Outcome([Diagnostic.from_dict(d) for d in hit[0]], hit[1])
        todo = [i for i, o in enumerate(outcomes) if o is None]
        missed = [units[i][0] for i in todo]
        if todo and story and len(articles) > 1:
            per_article = self.check(articles, story=True)
            outcomes[0] = Outcome(
                [d for o in per_article for d in o.diagnostics],
                list(dict.fromkeys(n for o in per_article for n in o.notices)),
                all(o.cacheable for o in per_article),
            )
        elif len(todo) > 1 and jobs > 1:
            for i, outcome in zip(todo, self._check_in_pool(missed, jobs), strict=True):
                outcomes[i] = outcome
        elif todo:
            # A few articles at a time: their spaCy docs are let go before the next.
            for k in range(0, len(todo), _BATCH):
                part = todo[k : k + _BATCH]
                for i, outcome in zip(part, self.check([units[i][0] for i in part]), strict=True):
                    outcomes[i] = outcome
        if self.needs():
            self.model = nlp.resolve_model(self.config.model)
        report = Report(
            [], {a.path: a for a in articles}, {r.code: type(r) for r in self.rules}, model=self.model
        )
        for i, done in enumerate(outcomes):
            assert done is not None
            if cache is not None and i in todo and done.cacheable:
                cache.put(keys[i], [d.to_dict() for d in done.diagnostics], done.notices)
            for diag in done.diagnostics:
                if baseline is None or not baseline.absorb(diag.fingerprint):
                    report.diagnostics.append(diag)
            report.notices.extend(n for n in done.notices if n not in report.notices)
        if cache is not None:
            report.notices.extend(cache.notices)
        order = {a.path: i for i, a in enumerate(articles)}
        report.diagnostics.sort(key=lambda d: (order[d.path], d.line, d.column, d.code))
        return report

    def _check_in_pool(self, articles: Sequence[Article], jobs: int) -> list[Outcome]:
        """Check articles in ``jobs`` processes, one outcome per article: this
        one and ``jobs - 1`` workers, so no process sits idle holding a copy of
        the model. With fork the workers share the model this one loads first."""
        needs = self.needs(articles)
        if needs:
            nlp.load(nlp.resolve_model(self.config.model), nlp.components_for(needs), self.selective)
        # Largest first, dealt round-robin: the processes finish together.
        order = sorted(range(len(articles)), key=lambda i: -len(articles[i].prose))
        # At least four chunks a process, at most _BATCH articles a chunk (memory).
        n_chunks = min(len(articles), max(jobs * 4, -(-len(articles) // _BATCH)))
        chunks = [order[k::n_chunks] for k in range(n_chunks)]
        mine = chunks[::jobs]
        theirs = [chunk for k, chunk in enumerate(chunks) if k % jobs]
        # Imported here: a run the cache answers never starts a pool.
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
        outcomes = [Outcome() for _ in articles]
        with ProcessPoolExecutor(
            max_workers=max(1, min(jobs - 1, len(theirs))),
            mp_context=multiprocessing.get_context(method),
            initializer=_start_worker,
            initargs=(self.config, self.registry),
        ) as pool:
            # Submitted (and the workers forked) before this process starts on its share.
            results = pool.map(_work, [[articles[i] for i in chunk] for chunk in theirs])
            for chunk in mine:
                for i, outcome in zip(chunk, self.check([articles[i] for i in chunk]), strict=True):
                    outcomes[i] = outcome
            for chunk, per_article in zip(theirs, results, strict=True):
                for i, outcome in zip(chunk, per_article, strict=True):
                    outcomes[i] = outcome
        return outcomes

    def _diagnostic(self, article: Article, rule: Rule, finding: Finding) -> Diagnostic:
        src = article.line_span(finding.span) if rule.deletes else article.source_span(finding.span)
        start = article.lines.position(src.start)
        end = article.lines.position(src.end)
        related = []
        for rel in finding.related:
            other = rel.article or article
            pos = other.position(rel.span.start)
            related.append(RelatedLocation(other.path, pos.line, pos.column, rel.message))
        # The user's configured severity beats the rule's own judgement.
        severity = self.severity.get(rule.code) or finding.severity or rule.severity
        return Diagnostic(
            path=article.path,
            line=start.line,
            column=start.column,
            end_line=end.line,
            end_column=end.column,
            code=rule.code,
            name=rule.name,
            family=rule.family,
            severity=severity,
            message=finding.message,
            suggestions=finding.suggestions,
            related=tuple(related),
            confidence=finding.confidence,
            fingerprint=fingerprint(
                rule.code, sentence_around(article, finding.span), article.text(finding.span)
            ),
            start=src.start,
            end=src.end,
        )


_WORKER: Linter | None = None


def _start_worker(config: Config, registry: dict[str, type[Rule]]) -> None:
    global _WORKER
    _WORKER = Linter(config, registry)


def _work(articles: list[Article]) -> list[Outcome]:
    assert _WORKER is not None
    return _WORKER.check(articles)


def iter_articles(
    paths: Iterable[str], exclude: Sequence[str] = (), notices: list[str] | None = None
) -> Iterator[Article]:
    """Read the articles under ``paths`` one by one; binary files are skipped
    with a notice."""
    for path, shown in expand_paths(paths, exclude):
        try:
            article = read_path(path, shown)
        except BinaryFileError as exc:
            if notices is not None:
                notices.append(str(exc))
            continue
        if notices is not None:
            notices.extend(article.warnings)
        yield article


def read_articles(
    paths: Iterable[str], exclude: Sequence[str] = (), notices: list[str] | None = None
) -> list[Article]:
    return list(iter_articles(paths, exclude, notices))


def check_paths(
    paths: Iterable[str],
    *,
    config: Config | None = None,
    story: bool = False,
    baseline: Baseline | None = None,
    jobs: int = 1,
    stdin_filename: str | None = None,
    cache_dir: Path | None = None,
) -> Report:
    """Check files and directories (``-`` reads stdin); the Python face of
    ``copydesk check``. With ``cache_dir``, unchanged articles come from the
    results cache there; ``jobs`` > 1 checks a batch in that many processes."""
    config = config or Config()
    linter = Linter(config)
    notices: list[str] = []
    articles: list[Article] = []
    files: list[str] = []
    for given in paths:
        if given == "-":
            articles.extend(read_articles(files, config.exclude, notices))
            files = []
            shown = stdin_filename or "-"
            try:
                article = read_bytes(sys.stdin.buffer.read(), shown)
            except BinaryFileError as exc:
                notices.append(str(exc))
                continue
            notices.extend(article.warnings)
            articles.append(article)
        else:
            files.append(given)
    articles.extend(read_articles(files, config.exclude, notices))
    seen = set()
    for article in articles:
        if article.path in seen:
            raise InputError(f"{article.path}: given twice")
        seen.add(article.path)
    cache = Cache(cache_dir, linter.cache_salt()) if cache_dir is not None else None
    report = linter.run(articles, story=story, baseline=baseline, jobs=jobs, cache=cache)
    report.notices[:0] = notices
    return report


def check_text(
    text: str,
    *,
    path: str = "-",
    kind: str | None = None,
    config: Config | None = None,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] | None = None,
) -> list[Diagnostic]:
    """Check one article given as a string; ``kind`` is ``"markdown"`` or
    ``"text"`` (default: from the suffix of ``path``)."""
    config = config or Config()
    if select is not None:
        config = config.replace(select=tuple(select))
    if ignore is not None:
        config = config.replace(ignore=tuple(ignore))
    return Linter(config).run([read_text(text, path, kind)]).diagnostics


__all__ = [
    "Diagnostic",
    "Linter",
    "RelatedLocation",
    "Report",
    "check_paths",
    "check_text",
    "expand_paths",
    "read_articles",
]
