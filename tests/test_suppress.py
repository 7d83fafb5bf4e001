"""Inline suppressions, [sic], and the baseline."""

from __future__ import annotations

from pathlib import Path

from copydesk import check_text
from tests.conftest import run_cli

MD = """Intro with the the slip.

<!-- copydesk: disable=BP001 -->
Second the the slip, and TK.

Third the the slip.
<!-- copydesk: enable=BP001 -->

Fourth the the slip.

<!-- copydesk: ignore-next-line -->
Fifth the the slip and TK.

<!-- copydesk: disable -->
Sixth the the slip and TK.
"""


def _lines(found: list) -> list[tuple[int, str]]:
    return [(d.line, d.code) for d in found]


def test_inline_directives_in_markdown() -> None:
    found = _lines(check_text(MD, path="a.md", select=["BP"]))
    assert (1, "BP001") in found
    assert (4, "BP001") not in found and (4, "BP002") in found  # disable=BP001 spares other rules
    assert (6, "BP001") not in found
    assert (9, "BP001") in found
    assert all(line != 12 for line, _ in found)
    assert all(line != 15 for line, _ in found)


def test_sic_silences_typo_findings_only() -> None:
    text = "He wrote “we will recieve [sic] them” and the goverment agreed.\n"
    found = check_text(text, path="a.txt", select=["TY001"])
    assert [text[d.column - 1 : d.end_column - 1] for d in found] == ["goverment"]


def test_baseline_reports_only_new_findings_and_survives_moved_lines(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Troops stormed the the hotel.\n", encoding="utf-8")
    baseline = tmp_path / "baseline.json"
    first = run_cli("check", "--format", "concise", "--write-baseline", str(baseline), str(article))
    assert "BP001" in first.stdout and baseline.exists()
    # Lines move; the known finding stays known; a new one is reported.
    article.write_text(
        "A new first paragraph.\n\nTroops stormed the the hotel.\n\nIt was was late.\n", encoding="utf-8"
    )
    again = run_cli("check", "--format", "concise", "--baseline", str(baseline), str(article))
    assert "the the" not in again.stdout and "“was” is written twice" in again.stdout
    # Changing the flagged sentence makes the finding new.
    article.write_text("Troops stormed the the building.\n", encoding="utf-8")
    changed = run_cli("check", "--format", "concise", "--baseline", str(baseline), str(article))
    assert "“the” is written twice" in changed.stdout


def test_bad_baseline_is_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "b.json"
    bad.write_text("not json", encoding="utf-8")
    done = run_cli("check", "--baseline", str(bad), "seeds/")
    assert done.returncode == 2 and "not a copydesk baseline" in done.stderr


def test_unwritable_baseline_is_exit_2(tmp_path: Path) -> None:
    article = tmp_path / "story.txt"
    article.write_text("Troops stormed the the hotel.\n", encoding="utf-8")
    target = tmp_path / "no-such-folder" / "b.json"
    done = run_cli("check", "--write-baseline", str(target), str(article))
    assert done.returncode == 2 and "cannot write baseline" in done.stderr and "Traceback" not in done.stderr
