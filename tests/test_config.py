"""Config layering: CLI flags beat the file, the file beats defaults."""

from __future__ import annotations

from pathlib import Path

import pytest

from copydesk import ConfigError, Severity
from copydesk.config import Config, discover, find_config, from_mapping, load_file
from copydesk.engine import Linter
from tests.conftest import run_cli

ARTICLE = "Troops stormed the the hotel. The minister said TK people left.\n"


def _write(tmp_path: Path, config: str, name: str = "pyproject.toml") -> Path:
    (tmp_path / name).write_text(config, encoding="utf-8")
    (tmp_path / "story.txt").write_text(ARTICLE, encoding="utf-8")
    return tmp_path / "story.txt"


def test_defaults() -> None:
    config = Config()
    assert config.fail_on is Severity.ERROR and config.select is None


def test_pyproject_table_found_from_a_subfolder(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.copydesk]\nignore = ["BP002"]\n', encoding="utf-8")
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    assert find_config(sub) == tmp_path / "pyproject.toml"
    assert discover(sub).ignore == ("BP002",)


def test_copydesk_toml_preferred_and_pyproject_without_table_skipped(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.black]\n", encoding="utf-8")
    assert find_config(tmp_path) is None
    (tmp_path / ".copydesk.toml").write_text('fail-on = "warning"\n', encoding="utf-8")
    assert load_file(find_config(tmp_path)).fail_on is Severity.WARNING


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ({"selec": ["BP"]}, "unknown key 'selec'"),
        ({"fail-on": "loud"}, "fail-on"),
        ({"severity": {"BP001": "fatal"}}, "severity.BP001"),
        ({"select": "BP", "ignore": 3}, "'ignore' must be a list"),
    ],
)
def test_unknown_keys_and_bad_values_are_named(table: dict, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        from_mapping(table)


def test_unknown_rule_and_option_are_named() -> None:
    with pytest.raises(ConfigError, match="unknown rule selector 'QQ9'"):
        Linter(Config(select=("QQ9",)))
    with pytest.raises(ConfigError, match="unknown option 'colour' for BP001"):
        Linter(Config(options={"BP001": {"colour": 1}}))


def test_file_beats_defaults_and_flags_beat_file(tmp_path: Path) -> None:
    article = _write(tmp_path, '[tool.copydesk]\nselect = ["BP001"]\nfail-on = "warning"\n')
    from_file = run_cli("check", "--format", "concise", str(article), cwd=tmp_path)
    assert "BP001" in from_file.stdout and "BP002" not in from_file.stdout
    assert from_file.returncode == 1  # warning >= fail-on warning
    flags = run_cli(
        "check", "--format", "concise", "--select", "BP002", "--fail-on", "never", str(article), cwd=tmp_path
    )
    assert "BP002" in flags.stdout and "BP001" not in flags.stdout
    assert flags.returncode == 0


def test_severity_override_and_per_file_ignores(tmp_path: Path) -> None:
    article = _write(
        tmp_path,
        '[tool.copydesk]\nseverity = { BP002 = "info" }\nper-file-ignores = { "drafts/*" = ["BP001"] }\n',
    )
    done = run_cli("check", "--format", "concise", str(article), cwd=tmp_path)
    assert "BP002 [info]" in done.stdout and done.returncode == 0
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "d.txt").write_text(ARTICLE, encoding="utf-8")
    done = run_cli("check", "--format", "concise", "drafts/d.txt", cwd=tmp_path)
    assert "BP001" not in done.stdout and "BP002" in done.stdout


def test_rule_options_are_typed(tmp_path: Path) -> None:
    with pytest.raises(ConfigError):
        Linter(Config(options={"BP001": {"x": 1}}))


def test_explicit_config_and_exclude(tmp_path: Path) -> None:
    article = _write(tmp_path, 'exclude = ["skip*"]\nselect = ["BP002"]\n', name="custom.toml")
    (tmp_path / "skip.txt").write_text(ARTICLE, encoding="utf-8")
    done = run_cli("check", "--format", "concise", "--config", "custom.toml", ".", cwd=tmp_path)
    assert "story.txt" in done.stdout and "skip.txt" not in done.stdout
    bad = run_cli("check", "--config", "missing.toml", str(article), cwd=tmp_path)
    assert bad.returncode == 2 and "missing.toml" in bad.stderr and "Traceback" not in bad.stderr


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"\xff\xfeselect = []", "not UTF-8"), (b"[tool.copydesk\n", "invalid TOML"), (None, "cannot read")],
)
def test_unreadable_config_is_a_config_error(tmp_path: Path, content: bytes | None, message: str) -> None:
    path = tmp_path / "custom.toml"
    if content is None:
        path.mkdir()
    else:
        path.write_bytes(content)
    with pytest.raises(ConfigError, match=message):
        load_file(path)


def test_discovery_steps_over_a_pyproject_that_is_not_text(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_bytes(b"\xff\xfe[tool.copydesk]")
    (tmp_path / "story.txt").write_text(ARTICLE, encoding="utf-8")
    assert find_config(tmp_path / "story.txt") is None


def test_the_readme_configuration_example_loads(tmp_path: Path) -> None:
    """The example a newcomer copies: every key and rule option in it is real."""
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    example = next(b for b in readme.split("```toml\n")[1:] if b.startswith("[tool.copydesk]"))
    _write(tmp_path, example.split("```")[0])
    config = load_file(tmp_path / "pyproject.toml")
    assert config.options  # the example shows rule options
    (tmp_path / "learned.txt").write_text("Barkhane\n", encoding="utf-8")
    (tmp_path / "styles" / "Vocab" / "House").mkdir(parents=True)
    linter = Linter(config.replace(vocab=(tmp_path / "learned.txt",)))  # options checked against the rules
    assert linter.config.fail_on == Severity.ERROR
