"""The ``copydesk`` command: a thin layer over the Python API.

Options are parsed here, the API does the work, a reporter prints, and this
module picks the exit code: 0 clean, 1 findings at or above ``fail-on``, 2 usage,
config or input errors (one line on stderr, never a traceback).
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from copydesk._version import __version__
from copydesk.errors import CopydeskError

if TYPE_CHECKING:
    from copydesk.article import Article
    from copydesk.config import Config

F = TypeVar("F", bound=Callable[..., Any])


def _fail(message: str) -> None:
    click.echo(f"copydesk: error: {message}", err=True)
    sys.exit(2)


def _guarded(func: F) -> F:
    """Turn every error into one line on stderr and exit code 2."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except CopydeskError as exc:
            _fail(str(exc))
        except BrokenPipeError:
            # The reader went away (`| head`): stop quietly, as cat does.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(1)
        except (click.exceptions.Exit, click.ClickException, SystemExit, KeyboardInterrupt):
            raise
        except Exception as exc:
            if os.environ.get("COPYDESK_DEBUG"):
                raise
            first = str(exc).splitlines()[0] if str(exc) else ""
            _fail(f"internal error ({type(exc).__name__}: {first}); set COPYDESK_DEBUG=1 for details")

    return wrapper  # type: ignore[return-value]


def _print_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    from copydesk import nlp

    try:
        model = nlp.resolve_model(None)
        model_line = f"{model} {nlp.model_version(model)}"
    except CopydeskError:
        model_line = f"not installed ({nlp.INSTALL_HINT})"
    click.echo(f"copydesk {__version__}\nspaCy {nlp.spacy_version()}\nmodel {model_line}")
    ctx.exit()


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on every platform
        return os.cpu_count() or 1


def _cache_folder(config: Config, cache_dir: str | None) -> Path:
    """``--cache-dir``, else ``.copydesk_cache`` beside the config file, else here."""
    from copydesk.cache import default_dir

    return Path(cache_dir) if cache_dir else default_dir(config.path.parent if config.path else None)


def _split(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(v.strip() for value in values for v in value.split(",") if v.strip())


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_print_version,
    help="Show copydesk's, spaCy's and the model's versions.",
)
def main() -> None:
    """copydesk: an editorial style and provenance linter for news articles."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["full", "concise", "json", "sarif", "github"]),
    default="full",
    show_default=True,
    help="Report format.",
)
@click.option("--select", multiple=True, help="Rules to run: codes, prefixes or names (comma-separated).")
@click.option("--ignore", multiple=True, help="Rules to skip: codes, prefixes or names (comma-separated).")
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info", "never"]),
    help="Exit 1 when a finding is at or above this severity [default: error].",
)
@click.option("--story", is_flag=True, help="Check the files together as one story (compares across files).")
@click.option(
    "--vocab",
    "vocab",
    multiple=True,
    type=click.Path(dir_okay=False),
    help="House vocabulary file (repeatable).",
)
@click.option("--config", "config_file", type=click.Path(dir_okay=False), help="Configuration file to use.")
@click.option(
    "--baseline", type=click.Path(dir_okay=False), help="Report only findings not in this baseline."
)
@click.option(
    "--write-baseline", type=click.Path(dir_okay=False), help="Record the current findings as a baseline."
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    help="Processes for a batch of articles [default: the number of cores].",
)
@click.option("--no-cache", is_flag=True, help="Check every article afresh; read and write no cache.")
@click.option(
    "--cache-dir",
    type=click.Path(file_okay=False),
    envvar="COPYDESK_CACHE_DIR",
    help="Results cache folder [default: .copydesk_cache beside the config file, or here].",
)
@click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True)
@click.option("--quiet", "-q", is_flag=True, help="Print findings only: no notices, no summary.")
@click.option("--stdin-filename", help="Name (and type, by suffix) of the article read from '-'.")
@_guarded
def check(
    paths: tuple[str, ...],
    fmt: str,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    fail_on: str | None,
    story: bool,
    vocab: tuple[str, ...],
    config_file: str | None,
    baseline: str | None,
    write_baseline: str | None,
    jobs: int | None,
    no_cache: bool,
    cache_dir: str | None,
    color: str,
    quiet: bool,
    stdin_filename: str | None,
) -> None:
    """Check articles (files, directories, or - for stdin)."""
    from copydesk import config as cfg
    from copydesk.engine import check_paths
    from copydesk.reporters import render
    from copydesk.suppress import Baseline

    if config_file:
        config = cfg.load_file(Path(config_file))
    else:
        first = next((p for p in paths if p != "-"), None)
        config = cfg.discover(Path(first or "."))
    overrides: dict[str, Any] = {}
    if select:
        overrides["select"] = _split(select)
    if ignore:
        overrides["ignore"] = config.ignore + _split(ignore)
    if fail_on:
        overrides["fail_on"] = cfg.parse_fail_on(fail_on)
    if vocab:
        overrides["vocab"] = config.vocab + tuple(Path(v) for v in vocab)
    config = config.replace(**overrides)
    known = Baseline.load(Path(baseline)) if baseline else None
    folder = None if no_cache else _cache_folder(config, cache_dir)
    report = check_paths(
        paths,
        config=config,
        story=story,
        baseline=known,
        jobs=jobs or _cores(),
        stdin_filename=stdin_filename,
        cache_dir=folder,
    )
    if write_baseline:
        Baseline.of(d.fingerprint for d in report.diagnostics).write(Path(write_baseline))
    if not quiet:
        for notice in report.notices:
            click.echo(f"copydesk: {notice}", err=True)
    if quiet and fmt == "full":
        fmt = "concise"
    render(report, fmt, sys.stdout, color)
    threshold = config.fail_on
    if threshold is not None and report.count(threshold):
        sys.exit(1)


@main.command()
@click.option(
    "--cache-dir",
    type=click.Path(file_okay=False),
    envvar="COPYDESK_CACHE_DIR",
    help="Results cache folder [default: .copydesk_cache beside the config file, or here].",
)
@click.option("--config", "config_file", type=click.Path(dir_okay=False), help="Configuration file to use.")
@_guarded
def clean(cache_dir: str | None, config_file: str | None) -> None:
    """Delete the results cache (as `check` finds it from here)."""
    from copydesk import config as cfg
    from copydesk.cache import clear

    config = cfg.load_file(Path(config_file)) if config_file else cfg.discover(Path("."))
    folder = _cache_folder(config, cache_dir)
    removed = clear(folder)
    said = f"removed {removed} cached results from {folder}" if removed else f"no cache at {folder}"
    click.echo(said, err=True)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--config", "config_file", type=click.Path(dir_okay=False), help="Configuration file to use.")
@click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto")
@_guarded
def sources(paths: tuple[str, ...], fmt: str, config_file: str | None, color: str) -> None:
    """Provenance: every quote and reported claim with its source, or none."""
    from copydesk import config as cfg
    from copydesk.reporters import sources_table
    from copydesk.sources import report

    config = cfg.load_file(Path(config_file)) if config_file else cfg.discover(Path(paths[0]))
    reports = report(paths, config)
    if fmt == "json":
        sources_table.render_json(reports, sys.stdout)
    else:
        sources_table.render(reports, sys.stdout, color)


@main.group()
def vocab() -> None:
    """House vocabulary tools."""


@vocab.command()
@click.argument("archive", nargs=-1, required=True)
@click.option(
    "-o", "--output", required=True, type=click.Path(dir_okay=False), help="Vocabulary file to write."
)
@click.option(
    "--min-count",
    type=click.IntRange(min=1),
    default=2,
    show_default=True,
    help="Keep terms printed at least this often.",
)
@_guarded
def learn(archive: tuple[str, ...], output: str, min_count: int) -> None:
    """Learn the names and words an archive of published articles has printed."""
    from copydesk.engine import iter_articles
    from copydesk.vocab import learn as learn_terms
    from copydesk.vocab import write_learned

    notices: list[str] = []
    seen = 0

    def counted() -> Iterator[Article]:
        nonlocal seen
        for article in iter_articles(archive, notices=notices):
            seen += 1
            yield article

    counts = learn_terms(counted(), min_count)
    write_learned(counts, seen, Path(output))
    for notice in notices:
        click.echo(f"copydesk: {notice}", err=True)
    click.echo(f"{len(counts)} terms from {seen} articles written to {output}", err=True)


@main.command(name="rules")
@click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto")
@_guarded
def rules_cmd(color: str) -> None:
    """List every rule: code, name, family, severity, summary."""
    from copydesk.registry import load_rules
    from copydesk.reporters.docs import rules_table

    rules_table(list(load_rules().values()), sys.stdout, color)


@main.command(name="rule")
@click.argument("code")
@click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto")
@_guarded
def rule_cmd(code: str, color: str) -> None:
    """Show the documentation of one rule (by code or name)."""
    from copydesk.registry import find_rule, load_rules
    from copydesk.reporters.docs import rule_page

    rule = find_rule(load_rules(), code)
    if rule is None:
        raise CopydeskError(f"no rule {code!r}; `copydesk rules` lists them")
    rule_page(rule, sys.stdout, color)
