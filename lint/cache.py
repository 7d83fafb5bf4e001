"""The results cache: a re-run over unchanged articles does almost no work.

An entry holds one article's diagnostics (after inline suppressions, before
the baseline) and the notices its check raised. Its key hashes everything the
findings depend on: the article's path and bytes, copydesk's version and the
files of its engine and of every selected rule (so an edited or upgraded rule
invalidates), the spaCy model and version, the configuration that shapes
findings, the vocabulary files' contents, and each rule's own
:meth:`~copydesk.rule.Rule.cache_key` (the LanguageTool backend, say).

Entries are one small JSON file each, written to a temporary name and renamed
into place, so two concurrent runs never read a half-written entry; an entry
that cannot be read is a miss. Like ruff's, the folder carries a
``CACHEDIR.TAG`` and a ``.gitignore`` of ``*``.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import os
import shutil
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import copydesk
from copydesk._version import __version__
from copydesk.errors import CopydeskError

DEFAULT_DIR = ".copydesk_cache"
FORMAT = 1  # bump when the entry layout changes
_TAG = "Signature: 8a477f597d28d172789f06886806bc55\n# This is a copydesk results cache; see https://bford.info/cachedir/\n"


def default_dir(project: Path | None) -> Path:
    """``.copydesk_cache`` beside the config file, else in the working directory."""
    return (project or Path.cwd()) / DEFAULT_DIR


def clear(folder: Path) -> int:
    """Delete the cache folder; the number of results it held. A folder
    without copydesk's ``CACHEDIR.TAG`` is not touched: it may be the user's."""
    if not folder.exists():
        return 0
    try:
        tagged = (folder / "CACHEDIR.TAG").read_text(encoding="utf-8") == _TAG
    except (OSError, UnicodeDecodeError):
        tagged = False
    if not tagged:
        raise CopydeskError(f"{folder}: not a copydesk cache (no CACHEDIR.TAG of copydesk's); not removed")
    entries = sum(1 for _ in folder.rglob("*.json"))
    try:
        shutil.rmtree(folder)
    except OSError as exc:
        raise CopydeskError(f"{folder}: cannot remove the cache ({exc.strerror or exc})") from exc
    return entries


def _stat_line(path: Path) -> str:
    try:
        st = path.stat()
    except OSError:
        return f"{path} missing"
    return f"{path} {st.st_size} {st.st_mtime_ns}"


def code_fingerprint(modules: Iterable[Any]) -> str:
    """Size and mtime of the engine's files and of each rule's package: an
    edited or reinstalled rule changes it, without reading any file."""
    folders = {Path(copydesk.__file__).parent}
    for module in modules:
        try:
            folders.add(Path(inspect.getfile(module)).parent)
        except (TypeError, OSError):
            continue
    lines = []
    for folder in sorted(folders):
        for path in sorted(folder.rglob("*")):
            if path.suffix in (".py", ".txt", ".json", ".toml") and "__pycache__" not in path.parts:
                lines.append(_stat_line(path))
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


def file_digest(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return "missing"


class Cache:
    """One run's view of the cache folder: ``salt`` is the run's part of the
    key (everything but the articles)."""

    def __init__(self, folder: Path, salt: str) -> None:
        self.folder = Path(folder)
        self.salt = salt
        self.notices: list[str] = []
        self._writable = True

    def key(self, articles: Sequence[tuple[str, str]]) -> str:
        """The key of a check over ``(path, source)`` pairs: one article, or
        a whole story for ``--story``."""
        h = hashlib.sha256(f"copydesk {__version__} format {FORMAT}\n{self.salt}\n".encode())
        for path, source in articles:
            h.update(f"\0{path}\0{len(source)}\0".encode())
            h.update(source.encode("utf-8", "surrogatepass"))
        return h.hexdigest()

    def _entry(self, key: str) -> Path:
        return self.folder / f"v{FORMAT}" / key[:2] / f"{key}.json"

    def get(self, key: str) -> tuple[list[dict[str, Any]], list[str]] | None:
        try:
            data = json.loads(self._entry(key).read_text(encoding="utf-8"))
            diagnostics, notices = data["diagnostics"], data["notices"]
        except (OSError, ValueError, KeyError, TypeError):
            return None
        return diagnostics, notices

    def put(self, key: str, diagnostics: list[dict[str, Any]], notices: list[str]) -> None:
        if not self._writable:
            return
        target = self._entry(key)
        try:
            self._prepare(target.parent)
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=".json")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump({"diagnostics": diagnostics, "notices": notices}, fh, ensure_ascii=False)
            os.replace(tmp, target)  # atomic: a concurrent reader sees the old entry or the new
        except OSError as exc:
            self._writable = False
            self.notices.append(f"cache not written ({self.folder}: {exc.strerror or exc}); use --no-cache")

    def _prepare(self, folder: Path) -> None:
        if folder.is_dir():
            return
        folder.mkdir(parents=True, exist_ok=True)
        for name, text in (("CACHEDIR.TAG", _TAG), (".gitignore", "# created by copydesk\n*\n")):
            marker = self.folder / name
            if not marker.exists():
                marker.write_text(text, encoding="utf-8")
