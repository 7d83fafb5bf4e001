"""Every format on the seeds: shapes, positions, and what a user sees."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest

from tests.conftest import ROOT, SEED_000, run_cli

SCHEMAS = ROOT / "tests" / "schemas"
SNAPSHOTS = ROOT / "tests" / "snapshots"


@pytest.fixture(scope="module")
def json_report() -> dict:
    done = run_cli("check", "--format", "json", "seeds/")
    assert done.returncode in (0, 1), done.stderr
    return json.loads(done.stdout)


def test_json_matches_schema(json_report: dict) -> None:
    schema = json.loads((SCHEMAS / "report.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(json_report, schema)
    assert json_report["findings"], "the seeds have findings"


def test_json_paths_as_given_and_positions_point_at_flagged_text(json_report: dict) -> None:
    paths = {f["path"] for f in json_report["files"]}
    assert paths == {"seeds/000_10be99ec37b7d5c6.txt", "seeds/001_c412ee3ffeeaa5d4.txt"}
    for f in json_report["findings"]:
        lines = (ROOT / f["path"]).read_text(encoding="utf-8").splitlines()
        assert f["line"] == f["end_line"]
        flagged = lines[f["line"] - 1][f["column"] - 1 : f["end_column"] - 1]
        assert flagged.strip() and flagged == flagged.strip(), f


def test_sarif_is_valid_and_matches_json(json_report: dict) -> None:
    done = run_cli("check", "--format", "sarif", "seeds/")
    sarif = json.loads(done.stdout)
    schema = json.loads((SCHEMAS / "sarif-subset.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(sarif, schema)
    results = sarif["runs"][0]["results"]
    assert len(results) == len(json_report["findings"])
    rules = sarif["runs"][0]["tool"]["driver"]["rules"]
    for result in results:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    assert all("## What it does" in r["help"]["markdown"] for r in rules)


def test_github_annotations(json_report: dict) -> None:
    done = run_cli("check", "--format", "github", "seeds/")
    lines = done.stdout.splitlines()
    assert len(lines) == len(json_report["findings"])
    pattern = re.compile(
        r"^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,"
        r"endLine=\d+,endColumn=\d+,title=\w+ [\w-]+::.+$"
    )
    assert all(pattern.match(line) for line in lines), lines


def test_concise_one_line_per_finding(json_report: dict) -> None:
    done = run_cli("check", "--format", "concise", "seeds/")
    lines = done.stdout.splitlines()
    assert len(lines) == len(json_report["findings"])
    first = json_report["findings"][0]
    assert lines[0].startswith(
        f"{first['path']}:{first['line']}:{first['column']}: {first['code']} [{first['severity']}] "
    )


def test_full_report_underlines_the_flagged_characters() -> None:
    done = run_cli("check", "--color", "never", str(SEED_000))
    out = done.stdout
    assert "\x1b[" not in out  # no colour when piped
    lines = out.splitlines()
    i = next(k for k, line in enumerate(lines) if line.startswith("9 | official MintPress"))
    caret_line = lines[i + 1]
    assert caret_line.index("^") == lines[i].index("official")
    assert caret_line.count("^") == len("official MintPress sponsor official MintPress sponsor")
    assert "finding" in lines[-1]


@pytest.mark.parametrize("fmt", ["full", "json"])
def test_seed_snapshot(fmt: str) -> None:
    """Any change in findings shows up as a diff of these files.
    To accept a change: COPYDESK_UPDATE_SNAPSHOTS=1 pytest tests/reporters."""
    import os

    done = run_cli("check", "--format", fmt, "--color", "never", "seeds/")
    out = done.stdout
    if fmt == "json":
        data = json.loads(out)
        data["version"] = data["model"] = "*"
        out = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    snap = SNAPSHOTS / f"seeds.{fmt}"
    if os.environ.get("COPYDESK_UPDATE_SNAPSHOTS"):
        snap.write_text(out, encoding="utf-8")
    assert out == snap.read_text(encoding="utf-8")


def test_colour_forced_and_no_color(tmp_path: Path) -> None:
    forced = run_cli("check", "--color", "always", str(SEED_000), env={"NO_COLOR": ""})
    assert "\x1b[" in forced.stdout
