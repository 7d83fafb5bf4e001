"""The results cache: same findings warm as cold, and a miss whenever the
article, the configuration, the vocabulary or copydesk changes."""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import types
from collections.abc import Iterator
from pathlib import Path

import pytest

from copydesk import Article, Family, Finding, Linter, Rule, Severity, read_text
from copydesk import cache as cache_mod
from copydesk.cache import Cache
from copydesk.config import Config
from copydesk.engine import check_paths

from .conftest import SEED_000, SEED_001, run_cli

FAST = Config(select=("BP", "ST", "TY001", "TY006", "NU", "NU004"))  # no spaCy: quick to run many times


def _articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for seed in (SEED_000, SEED_001):
        shutil.copy(seed, folder / seed.name)
    (folder / "short.md").write_text("# A title\n\nThe the mayor spoke. Call 555-TKTK.\n", encoding="utf-8")
    return folder


def _run(folder: Path, cache_dir: Path | None, config: Config = FAST, **kw: object):
    return check_paths([str(folder)], config=config, cache_dir=cache_dir, **kw)  # type: ignore[arg-type]


def _entries(cache_dir: Path) -> list[Path]:
    return sorted(cache_dir.rglob("*.json"))


def test_warm_run_gives_the_cold_findings_from_the_cache(tmp_path: Path) -> None:
    folder, cache_dir = _articles(tmp_path), tmp_path / "cache"
    cold = _run(folder, cache_dir)
    assert len(_entries(cache_dir)) == 3
    warm = _run(folder, cache_dir)
    uncached = _run(folder, None)
    assert cold.diagnostics and warm.diagnostics == cold.diagnostics == uncached.diagnostics
    assert (cache_dir / "CACHEDIR.TAG").read_text().startswith("Signature: 8a477f597d28d172789f06886806bc55")
    assert (cache_dir / ".gitignore").read_text().splitlines()[-1] == "*"


def test_warm_run_reads_instead_of_checking(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder, cache_dir = _articles(tmp_path), tmp_path / "cache"
    _run(folder, cache_dir)

    def no_check(*args: object, **kwargs: object) -> None:
        raise AssertionError("a cached article was checked again")

    monkeypatch.setattr(Linter, "check", no_check)
    assert _run(folder, cache_dir).diagnostics


def _checked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Records the paths the next runs really check."""
    seen: list[str] = []
    real = Linter.check

    def spy(self: Linter, articles, story=False):  # type: ignore[no-untyped-def]
        seen.extend(a.path for a in articles)
        return real(self, articles, story)

    monkeypatch.setattr(Linter, "check", spy)
    return seen


def test_edited_article_is_checked_again_and_only_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder, cache_dir = _articles(tmp_path), tmp_path / "cache"
    _run(folder, cache_dir)
    seen = _checked(monkeypatch)
    short = folder / "short.md"
    short.write_text(short.read_text(encoding="utf-8") + "\nIt was was late.\n", encoding="utf-8")
    report = _run(folder, cache_dir)
    assert seen == [str(short)]
    assert any(d.path == str(short) and d.line == 5 and d.code == "BP001" for d in report.diagnostics)


@pytest.mark.parametrize(
    "changed",
    [
        FAST.replace(select=("BP",)),
        FAST.replace(severity={"BP001": Severity.ERROR}),
        FAST.replace(options={"NU004": {"profile": "guardian"}}),
        FAST.replace(per_file_ignores={"short.md": ("BP",)}),
    ],
    ids=["select", "severity", "options", "per-file-ignores"],
)
def test_configuration_change_misses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, changed: Config
) -> None:
    folder, cache_dir = _articles(tmp_path), tmp_path / "cache"
    _run(folder, cache_dir)
    seen = _checked(monkeypatch)
    report = _run(folder, cache_dir, changed)
    assert len(seen) == 3
    assert report.diagnostics == _run(folder, None, changed).diagnostics


def test_vocabulary_content_change_misses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder, cache_dir = _articles(tmp_path), tmp_path / "cache"
    vocab = tmp_path / "house.txt"
    vocab.write_text("Bamako\n", encoding="utf-8")
    config = FAST.replace(vocab=(vocab,))
    _run(folder, cache_dir, config)
    seen = _checked(monkeypatch)
    _run(folder, cache_dir, config)
    assert seen == []
    vocab.write_text("Bamako\nIslamis\n", encoding="utf-8")  # same path, new content
    _run(folder, cache_dir, config)
    assert len(seen) == 3


def test_version_change_misses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder, cache_dir = _articles(tmp_path), tmp_path / "cache"
    _run(folder, cache_dir)
    seen = _checked(monkeypatch)
    monkeypatch.setattr(cache_mod, "__version__", "99.0.0")
    _run(folder, cache_dir)
    assert len(seen) == 3


def test_edited_rule_code_changes_the_fingerprint(tmp_path: Path) -> None:
    package = tmp_path / "houserules"
    package.mkdir()
    module = package / "__init__.py"
    module.write_text("X = 1\n", encoding="utf-8")

    fake = types.ModuleType("houserules")
    fake.__file__ = str(module)
    before = cache_mod.code_fingerprint([fake])
    assert cache_mod.code_fingerprint([fake]) == before
    module.write_text("X = 2  # edited\n", encoding="utf-8")
    os.utime(module, ns=(1, 1))
    assert cache_mod.code_fingerprint([fake]) != before


def test_unreadable_entry_is_a_miss(tmp_path: Path) -> None:
    folder, cache_dir = _articles(tmp_path), tmp_path / "cache"
    cold = _run(folder, cache_dir)
    for entry in _entries(cache_dir):
        entry.write_text('{"diagnostics": [', encoding="utf-8")  # as if cut off mid-write
    assert _run(folder, cache_dir).diagnostics == cold.diagnostics
    assert all(json.loads(e.read_text(encoding="utf-8")) for e in _entries(cache_dir))


def test_unwritable_cache_is_one_notice(tmp_path: Path) -> None:
    folder = _articles(tmp_path)
    blocker = tmp_path / "cache"
    blocker.write_text("not a folder", encoding="utf-8")
    report = _run(folder, blocker)
    assert report.diagnostics == _run(folder, None).diagnostics
    assert [n for n in report.notices if n.startswith("cache not written")] != []
    assert sum(n.startswith("cache not written") for n in report.notices) == 1


def test_story_is_cached_as_a_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder, cache_dir = _articles(tmp_path), tmp_path / "cache"
    config = Config(select=("NU001",))
    cold = _run(folder, cache_dir, config, story=True)
    assert any(d.related and d.related[0].path != d.path for d in cold.diagnostics)  # a cross-article finding
    seen = _checked(monkeypatch)
    assert _run(folder, cache_dir, config, story=True).diagnostics == cold.diagnostics
    assert seen == []
    alone = _run(folder, cache_dir, config)  # the same files checked one by one are other entries
    assert len(seen) == 3 and alone.diagnostics != cold.diagnostics


class Flaky(Rule):
    """## What it does
    Reports every article, and a server outage.

    ## Why is this bad?
    Test rule.

    ## Example
    ## Use instead
    ## Options
    None.
    """

    code = "FL001"
    name = "flaky"
    family = Family.STYLE

    def check(self, article: Article) -> Iterator[Finding]:
        self.context.notice("house server unavailable; continuing without it", transient=True)
        yield self.finding(0, 1, "first character")


def test_result_after_a_service_failure_is_not_cached(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "cache", "salt")
    report = Linter(rules={"FL001": Flaky}).run([read_text("Hello.", "a.txt")], cache=cache)
    assert [d.code for d in report.diagnostics] == ["FL001"]
    assert "house server unavailable; continuing without it" in report.notices
    assert _entries(tmp_path / "cache") == []


def _hammer(folder: str, worker: int) -> list[str]:
    """Write and read the same entries as the other workers; report any entry
    read half-written."""
    cache = Cache(Path(folder), "salt")
    payload = [{"n": i, "text": "x" * 5000} for i in range(20)]
    bad = []
    for round_ in range(60):
        key = f"{round_ % 5:064x}"
        cache.put(key, payload, [f"worker {worker}"])
        got = Cache(Path(folder), "salt").get(key)
        if got is None or got[0] != payload:
            bad.append(key)
    return bad


def test_concurrent_runs_never_read_a_half_written_entry(tmp_path: Path) -> None:
    with multiprocessing.get_context("spawn").Pool(4) as pool:
        results = pool.starmap(_hammer, [(str(tmp_path), w) for w in range(4)])
    assert results == [[], [], [], []]
    assert not list(tmp_path.rglob(".tmp-*"))  # no temporary files left behind


def test_clean_deletes_the_cache_and_nothing_that_is_not_one(tmp_path: Path) -> None:
    folder = _articles(tmp_path)
    cache_dir = tmp_path / "cache"
    _run(folder, cache_dir)
    held = len(_entries(cache_dir))
    assert held == 3
    done = run_cli("clean", "--cache-dir", str(cache_dir))
    assert done.returncode == 0 and f"removed {held} cached results" in done.stderr
    assert not cache_dir.exists()
    assert run_cli("clean", "--cache-dir", str(cache_dir)).returncode == 0  # nothing to remove
    # A folder copydesk did not make is the user's: left as it is.
    done = run_cli("clean", "--cache-dir", str(folder))
    assert done.returncode == 2 and "not a copydesk cache" in done.stderr
    assert len(list(folder.iterdir())) == 3
