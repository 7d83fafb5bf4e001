"""--jobs: a batch checked in a pool of processes gives the findings and
notices of one process; a single article never starts a pool."""

from __future__ import annotations

import concurrent.futures
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from copydesk import Article, Family, Finding, Linter, Rule, read_text
from copydesk import engine as engine_mod
from copydesk.engine import check_paths

from .conftest import SEED_000, SEED_001, run_cli

ARTICLES = {
    "mali.txt": SEED_000.read_text(encoding="utf-8"),
    "mintpress.txt": SEED_001.read_text(encoding="utf-8"),
    "quotes.md": (
        "# Council votes\n\nThe council voted 7-2 on Monday. “We will appeal,” he said.\n\n"
        "“It is a scandal,” said Anna Okafor, a resident. Sources close to the mayor said the the vote was "
        "rigged.\n"
    ),
    "numbers.txt": "Three people died in the fire. Officials later said two people had died.\n",
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_pool_gives_the_findings_of_one_process(folder: Path) -> None:
    one = check_paths([str(folder)], jobs=1)
    two = check_paths([str(folder)], jobs=2)
    assert {d.code[:2] for d in one.diagnostics} >= {"TY", "AT", "NU", "BP"}
    assert two.diagnostics == one.diagnostics
    assert two.notices == one.notices


class Broken(Rule):
    """## What it does
    Fails on articles that mention Bamako.

    ## Why is this bad?
    Test rule.

    ## Example
    ## Use instead
    ## Options
    None.
    """

    code = "BR001"
    name = "broken"
    family = Family.STYLE

    def check(self, article: Article) -> Iterator[Finding]:
        if "Bamako" in article.prose:
            raise RuntimeError("boom")
        yield self.finding(0, 1, "first character")


def test_a_rule_failing_in_a_worker_is_a_notice_for_its_article(folder: Path) -> None:
    articles = [read_text(text, name) for name, text in ARTICLES.items()]
    report = Linter(rules={"BR001": Broken}).run(articles, jobs=2)
    assert sorted(d.path for d in report.diagnostics) == ["numbers.txt", "quotes.md"]
    assert report.notices == [
        "mali.txt: rule BR001 failed (RuntimeError: boom); skipped",
        "mintpress.txt: rule BR001 failed (RuntimeError: boom); skipped",
    ]


class Where(Broken):
    """Reports the process that checked the article."""

    code = "WH001"
    name = "where"

    def check(self, article: Article) -> Iterator[Finding]:
        yield self.finding(0, 1, str(os.getpid()))


def test_this_process_takes_a_share_and_jobs_counts_it(folder: Path) -> None:
    """``--jobs 2`` is this process and one worker: no process sits idle."""
    articles = [read_text(text, name) for name, text in ARTICLES.items()]
    report = Linter(rules={"WH001": Where}).run(articles, jobs=2)
    pids = {d.message for d in report.diagnostics}
    assert len(report.diagnostics) == len(ARTICLES)
    assert str(os.getpid()) in pids and len(pids) == 2


def test_single_article_never_starts_a_pool(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def no_pool(*args: object, **kwargs: object) -> None:
        raise AssertionError("a process pool was started for one article")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", no_pool)
    shutil.copy(SEED_000, tmp_path / "one.txt")
    assert check_paths([str(tmp_path / "one.txt")], jobs=4).diagnostics


def test_cli_jobs_and_cache_agree(folder: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    args = ["check", "--format", "json", "--fail-on", "never", str(folder)]
    one = run_cli(*args, "--jobs", "1", "--no-cache")
    two = run_cli(*args, "--jobs", "2", "--cache-dir", str(cache))
    warm = run_cli(*args, "--jobs", "2", "--cache-dir", str(cache))
    assert one.returncode == two.returncode == warm.returncode == 0, one.stderr + two.stderr
    assert one.stdout == two.stdout == warm.stdout
    assert len(list(cache.rglob("*.json"))) == len(ARTICLES)


def test_no_cache_writes_nothing(folder: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    done = run_cli("check", "--no-cache", "--cache-dir", str(cache), "--select", "BP", str(folder))
    assert done.returncode in (0, 1), done.stderr
    assert not cache.exists()


def test_cache_sits_beside_the_config_file(tmp_path: Path) -> None:
    project = tmp_path / "newsroom"
    (project / "stories").mkdir(parents=True)
    (project / ".copydesk.toml").write_text('select = ["BP"]\n', encoding="utf-8")
    (project / "stories" / "a.txt").write_text("The the council met.\n", encoding="utf-8")
    done = run_cli("check", str(project / "stories"), env={"COPYDESK_CACHE_DIR": ""}, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (project / ".copydesk_cache" / "CACHEDIR.TAG").is_file()


def test_one_process_analyses_a_long_batch_a_few_articles_at_a_time(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """So an archive run does not hold every article's parse at once."""
    whole = check_paths([str(folder)], jobs=1)
    sizes: list[int] = []
    check = Linter.check

    def counted(self: Linter, articles: list[Article], story: bool = False) -> object:
        sizes.append(len(articles))
        return check(self, articles, story)

    monkeypatch.setattr(engine_mod, "_BATCH", 3)
    monkeypatch.setattr(Linter, "check", counted)
    batched = check_paths([str(folder)], jobs=1)
    assert sizes == [3, 1]
    assert batched.diagnostics == whole.diagnostics
    assert batched.notices == whole.notices
