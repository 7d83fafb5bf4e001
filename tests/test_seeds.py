"""SEEDS.md as an acceptance test.

Each row below is a row of SEEDS.md's "must flag" and "should flag at info
level" tables, by line, flagged text and family; the "must not flag" lists
are asserted too.
"""

from __future__ import annotations

import json

import pytest

from tests.conftest import SEEDS, run_cli

S0 = "seeds/000_10be99ec37b7d5c6.txt"
S1 = "seeds/001_c412ee3ffeeaa5d4.txt"

MUST_FLAG = [
    (S0, 9, "official MintPress sponsor official MintPress sponsor", "boilerplate"),
    (S0, 19, "were reported to have", "attribution"),
    (S0, 21, "Reports said", "attribution"),
    (S0, 27, "Unconfirmed reports stated", "attribution"),
    (S0, 33, "were said to have", "attribution"),
    (S1, 31, "setup", "typos"),
    (S0, 15, "Islamis", "typos"),
    (S1, 31, "Bakhane", "typos"),
    (S0, 19, "only two or three", "numbers"),
    (S0, 3, "floor by floor", "attribution"),
    (S1, 3, "Mr Traore", "attribution"),
    (S1, 9, "the deadliest in the world", "attribution"),
    (S1, 11, "he said", "attribution"),
    (S1, 13, "Macron", "attribution"),
]

INFO_ROWS = [
    (S0, 11, "Malian security sources", "attribution"),
    (S0, 25, "one unnamed source", "attribution"),
    (S1, 7, "a witness", "attribution"),
    (S1, 15, "the BBC notes", "attribution"),
    (S1, 15, "Reuters notes", "attribution"),
    (S1, 19, "the Armed Forces", "attribution"),
]

MUST_NOT_FLAG_WORDS = [
    "Salif Traore",
    "Mokhtar Belmokhtar",
    "Al-Mourabitoun",
    "Rezidor",
    "Stephane Dujarric",
    "Sevare",
    "Ban Ki-moon",
    "AQIM",
    "Tuareg",
    "Andrea de Georgio",
    "Grand-Bassam",
    "Allahu akbar",
    "Belmokhtar",
]


@pytest.fixture(scope="module")
def findings() -> list[dict]:
    done = run_cli("check", "--format", "json", "seeds/")
    assert done.returncode in (0, 1), done.stderr
    return json.loads(done.stdout)["findings"]


def _flagged(f: dict) -> str:
    line = (SEEDS.parent / f["path"]).read_text(encoding="utf-8").splitlines()[f["line"] - 1]
    return line[f["column"] - 1 : f["end_column"] - 1]


def _hit(findings: list[dict], path: str, line: int, text: str, family: str) -> bool:
    return any(
        f["path"] == path
        and f["line"] == line
        and f["family"] == family
        and (text in _flagged(f) or _flagged(f) in text)
        for f in findings
    )


@pytest.mark.parametrize(("path", "line", "text", "family"), MUST_FLAG)
def test_must_flag(findings: list[dict], path: str, line: int, text: str, family: str) -> None:
    assert _hit(findings, path, line, text, family)


@pytest.mark.parametrize(("path", "line", "text", "family"), INFO_ROWS)
def test_info_rows(findings: list[dict], path: str, line: int, text: str, family: str) -> None:
    assert _hit(findings, path, line, text, family)


def test_typo_rows_in_detail(findings: list[dict], tmp_path) -> None:
    islamis = [f for f in findings if _flagged(f) == "Islamis"]
    assert islamis[0]["severity"] in ("error", "warning") and islamis[0]["suggestions"][0] == "Islamic"
    bakhane = [f for f in findings if _flagged(f) == "Bakhane"]
    assert [f["severity"] for f in bakhane] == ["info"]
    vocab = tmp_path / "accept.txt"
    vocab.write_text("Barkhane\n", encoding="utf-8")
    done = run_cli("check", "--format", "json", "--vocab", str(vocab), S1)
    with_vocab = [f for f in json.loads(done.stdout)["findings"] if _flagged(f) == "Bakhane"]
    assert [(f["severity"], f["suggestions"][0]) for f in with_vocab] == [("error", "Barkhane")]


def test_boilerplate_and_style_rows(findings: list[dict]) -> None:
    line9 = [f for f in findings if f["path"] == S0 and f["line"] == 9 and f["family"] == "boilerplate"]
    assert "error" in {f["severity"] for f in line9}
    assert not [f for f in findings if f["path"] == S1 and f["line"] == 1]  # the second seed's headline
    style = {(f["path"], f["line"], f["code"][:2], f["severity"]) for f in findings if f["family"] == "style"}
    assert (S0, 15, "ST", "info") in style  # Al-Qaeda beside al-Qaeda (line 13)
    assert (S0, 5, "ST", "info") in style  # down”. beside corridor,”


def test_must_not_flag_names_or_attributed_quotes(findings: list[dict]) -> None:
    flagged = [_flagged(f) for f in findings if f["severity"] != "info"]
    for name in MUST_NOT_FLAG_WORDS:
        assert not any(part in name.split() or part == name for part in flagged), name
    quote_lines = {(S0, 5), (S0, 15), (S0, 25), (S0, 45), (S1, 5)}
    unattributed = [f for f in findings if f["name"] == "unattributed-quote"]
    assert not [f for f in unattributed if (f["path"], f["line"]) in quote_lines]
    assert not [f for f in findings if f["family"] == "numbers" and f["line"] in (1, 11, 23)]


def test_numbers_must_not_flag(findings: list[dict]) -> None:
    numbers = [f for f in findings if f["family"] == "numbers"]
    assert not [
        f for f in numbers if f["path"] == S0 and f["line"] in (1, 11, 23)
    ]  # 27 / 27 bodies; 170 = 140 + 30


def test_story_conflicts_across_files() -> None:
    done = run_cli("check", "--story", "--format", "json", "seeds/")
    story = [
        f
        for f in json.loads(done.stdout)["findings"]
        if f["related"] and f["related"][0]["path"] != f["path"]
    ]
    rows = {(f["path"], f["line"], f["related"][0]["path"], f["related"][0]["line"]) for f in story}
    assert (S1, 5, S0, 19) in rows  # between three and four assailants / up to 10 gunmen
    assert (S1, 21, S0, 1) in rows  # Sunday's violence / on Friday
    assert (S1, 23, S0, 1) in rows  # at least two / at least 27 killed


def test_seed_check_exit_code() -> None:
    assert run_cli("check", "seeds/").returncode in (0, 1)
