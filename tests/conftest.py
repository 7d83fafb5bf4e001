from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_000 = SEEDS / "000_10be99ec37b7d5c6.txt"
SEED_001 = SEEDS / "001_c412ee3ffeeaa5d4.txt"
COPYDESK = [sys.executable, "-m", "copydesk"]


def run_cli(
    *args: str, cwd: Path | None = None, input: bytes | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the real command in a child process, as a user would."""
    full_env = {**os.environ, "NO_COLOR": "1", **(env or {})}
    return subprocess.run(
        [*COPYDESK, *args],
        cwd=cwd or ROOT,
        input=input.decode() if input is not None else None,
        capture_output=True,
        text=True,
        env=full_env,
        timeout=300,
    )


@pytest.fixture
def cli():
    return run_cli


@pytest.fixture(autouse=True, scope="session")
def _cache_outside_the_repo(tmp_path_factory: pytest.TempPathFactory):
    """Runs of the real command keep their results cache out of the checkout."""
    os.environ["COPYDESK_CACHE_DIR"] = str(tmp_path_factory.mktemp("copydesk-cache"))
    yield
    os.environ.pop("COPYDESK_CACHE_DIR", None)
