"""Configuration: ``[tool.copydesk]`` in pyproject.toml, or ``.copydesk.toml``.

CLI flags beat the file, the file beats the defaults. Unknown keys and bad
values are errors that name the key and the file.
"""

from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from copydesk.errors import ConfigError
from copydesk.rule import Severity

CONFIG_FILES = (".copydesk.toml", "pyproject.toml")
FAIL_ON_VALUES = ("error", "warning", "info", "never")


@dataclass(frozen=True)
class Config:
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    per_file_ignores: dict[str, tuple[str, ...]] = field(default_factory=dict)
    severity: dict[str, Severity] = field(default_factory=dict)
    fail_on: Severity | None = Severity.ERROR  # None: never fail
    vocab: tuple[Path, ...] = ()
    exclude: tuple[str, ...] = ()
    options: dict[str, dict[str, Any]] = field(default_factory=dict)
    model: str | None = None
    languagetool: str = "auto"  # auto | off | local | server URL
    path: Path | None = None  # the file this came from

    def replace(self, **changes: Any) -> Config:
        return dataclasses.replace(self, **changes)


def parse_fail_on(value: str, where: str = "fail-on") -> Severity | None:
    if value.lower() == "never":
        return None
    try:
        return Severity.parse(value)
    except ValueError:
        raise ConfigError(f"{where}: expected one of {', '.join(FAIL_ON_VALUES)}, got {value!r}") from None


def _str_list(where: str, key: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: {key!r} must be a list of strings")
    return tuple(value)


def _table(where: str, key: str, value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: {key!r} must be a table")
    return value


def from_mapping(data: dict[str, Any], path: Path | None = None) -> Config:
    """Validate a ``[tool.copydesk]`` table into a Config."""
    where = str(path) if path else "config"
    base = path.parent if path else Path.cwd()
    kwargs: dict[str, Any] = {"path": path}
    for key, value in data.items():
        if key == "select":
            kwargs["select"] = _str_list(where, key, value)
        elif key == "ignore":
            kwargs["ignore"] = _str_list(where, key, value)
        elif key == "per-file-ignores":
            kwargs["per_file_ignores"] = {
                glob: _str_list(where, f"per-file-ignores.{glob}", codes)
                for glob, codes in _table(where, key, value).items()
            }
        elif key == "severity":
            levels = {}
            for code, level in _table(where, key, value).items():
                try:
                    levels[code] = Severity.parse(str(level))
                except ValueError as exc:
                    raise ConfigError(f"{where}: severity.{code}: {exc}") from None
            kwargs["severity"] = levels
        elif key == "fail-on":
            kwargs["fail_on"] = parse_fail_on(str(value), f"{where}: fail-on")
        elif key == "vocab":
            kwargs["vocab"] = tuple(base / v for v in _str_list(where, key, value))
        elif key == "exclude":
            kwargs["exclude"] = _str_list(where, key, value)
        elif key == "options":
            kwargs["options"] = {
                code: _table(where, f"options.{code}", opts)
                for code, opts in _table(where, key, value).items()
            }
        elif key == "languagetool":
            if not isinstance(value, str) or not (
                value in ("auto", "off", "local") or value.startswith(("http://", "https://"))
            ):
                raise ConfigError(f"{where}: 'languagetool' must be auto, off, local or a server URL")
            kwargs["languagetool"] = value
        elif key == "model":
            if not isinstance(value, str):
                raise ConfigError(f"{where}: 'model' must be a string")
            kwargs["model"] = value
        else:
            raise ConfigError(f"{where}: unknown key {key!r} in copydesk configuration")
    return Config(**kwargs)


def load_file(path: Path) -> Config:
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such config file") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML ({exc})") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: invalid TOML (not UTF-8 text)") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config file ({exc.strerror or exc})") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("copydesk", {})
    return from_mapping(data, path)


def find_config(start: Path) -> Path | None:
    """The nearest ``.copydesk.toml``, or ``pyproject.toml`` with a
    ``[tool.copydesk]`` table, at or above ``start``."""
    try:
        start = start.resolve()
    except (OSError, RuntimeError):  # a symbolic link loop: the engine reports the path itself
        start = start.absolute()
    for folder in [start, *start.parents] if start.is_dir() else start.parents:
        local = folder / ".copydesk.toml"
        if local.is_file():
            return local
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            try:
                with pyproject.open("rb") as fh:
                    if "copydesk" in tomllib.load(fh).get("tool", {}):
                        return pyproject
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
                continue
    return None


def discover(start: Path) -> Config:
    found = find_config(start)
    return load_file(found) if found else Config()
