"""The real ``pre-commit try-repo`` against this repository, offline.

pre-commit builds the hook's own environment and installs this repository
into it with pip. No network here: pip runs with ``--no-index`` and without
build isolation, and finds the already-installed dependencies (spaCy, the
model, click...) through PYTHONPATH, so nothing is downloaded.
"""

from __future__ import annotations

import os
import shutil
import site
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    if shutil.which("git") is None:
        pytest.fail("git is needed for the pre-commit test")
    base = tmp_path_factory.mktemp("precommit")
    repo = base / "newsroom"
    repo.mkdir()
    _git(repo, "init", "-q")
    (repo / "clean.md").write_text(
        "# Siege ends\n\nThe siege ended on Friday, police said.\n", encoding="utf-8"
    )
    (repo / "draft.md").write_text("# Siege\n\nThe minister said TK people had left.\n", encoding="utf-8")
    _git(repo, "add", ".")
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(base / "cache"),
        "PIP_NO_INDEX": "1",
        "PIP_NO_BUILD_ISOLATION": "0",
        "PYTHONPATH": os.pathsep.join(site.getsitepackages()),
        "PATH": os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")]),
        "NO_COLOR": "1",
    }
    return repo, env


def _try_repo(repo: Path, env: dict[str, str], *files: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "copydesk", "--files", *files],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )


def test_clean_article_passes(workspace: tuple[Path, dict[str, str]]) -> None:
    repo, env = workspace
    done = _try_repo(repo, env, "clean.md")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "copydesk" in done.stdout and "Passed" in done.stdout


def test_article_with_an_error_fails_and_prints_it(workspace: tuple[Path, dict[str, str]]) -> None:
    repo, env = workspace
    done = _try_repo(repo, env, "clean.md", "draft.md")
    assert done.returncode == 1
    assert "Failed" in done.stdout
    assert "draft.md:3:19: BP002 [error] placeholder “TK” left in the text" in done.stdout
