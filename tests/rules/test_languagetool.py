"""The LanguageTool adapter, on LanguageTool's JSON response format."""

from __future__ import annotations

import os

import pytest
from language_tool_python.match import Match as LTMatch

from copydesk import Config, Linter, Vocabulary, read_text
from copydesk.rules.languagetool import backend


def _lt_json(text: str, word: str, rule: str = "MORFOLOGIK_RULE_EN_US", issue: str = "misspelling") -> dict:
    """One match as LanguageTool's /v2/check returns it (offsets in UTF-16 units)."""
    start = text.index(word)
    utf16 = len(text[:start].encode("utf-16-le")) // 2
    return {
        "message": "Possible spelling mistake found.",
        "shortMessage": "Spelling mistake",
        "replacements": [{"value": "fighting"}, {"value": "lighting"}],
        "offset": utf16,
        "length": len(word),
        "context": {"text": text, "offset": utf16, "length": len(word)},
        "sentence": text,
        "type": {"typeName": "Other"},
        "rule": {
            "id": rule,
            "description": "Possible spelling mistake",
            "issueType": issue,
            "category": {"id": "TYPOS", "name": "Possible Typo"},
        },
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
    }


def test_utf16_offsets_become_character_spans() -> None:
    text = "Fans 😀😀 were fihgting in Bamako."
    matches = backend.convert([LTMatch(_lt_json(text, "fihgting"), text)])
    assert text[matches[0].start : matches[0].end] == "fihgting"
    assert matches[0].replacements[0] == "fighting" and matches[0].misspelling


def test_name_filter_drops_names_vocabulary_and_duplicates_keeps_the_rest() -> None:
    text = "Stephane Dujarric met Belmokhtar in Sevare. Troops were fihgting teh militants. Barkhane left."
    article = read_text(text, "a.txt")
    words = ("Dujarric", "Sevare", "fihgting", "teh", "Barkhane")
    raw = [LTMatch(_lt_json(text, w), text) for w in words]
    vocab = Vocabulary()
    vocab.add("Barkhane")
    kept = backend.name_filter(article, vocab, backend.convert(raw))
    # Names and vocabulary go; "fihgting" is already misspelled-word's finding; "teh" stays.
    assert [text[m.start : m.end] for m in kept] == ["teh"]


def test_grammar_matches_pass_the_filter() -> None:
    text = "He go to Bamako."
    article = read_text(text, "a.txt")
    raw = [LTMatch(_lt_json(text, "go", rule="HE_VERB_AGR", issue="grammatical"), text)]
    assert len(backend.name_filter(article, Vocabulary(), backend.convert(raw))) == 1


def test_unavailable_backend_is_one_notice_per_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(backend.ENV_URL, raising=False)
    monkeypatch.setattr(backend, "_local_install", lambda: None)
    a, b = read_text("One.", "a.txt"), read_text("Two.", "b.txt")
    report = Linter(Config(select=("LT001",), languagetool="auto")).run([a, b])
    notices = [n for n in report.notices if "LanguageTool unavailable" in n]
    assert len(notices) == 1 and "\n" not in notices[0] and report.diagnostics == []


def test_unreachable_server_is_a_notice_not_an_error() -> None:
    report = Linter(Config(select=("LT001",), languagetool="http://127.0.0.1:9")).run(
        [read_text("x", "a.txt")]
    )
    assert any("LanguageTool unavailable (http://127.0.0.1:9" in n for n in report.notices)


def test_off_says_nothing() -> None:
    report = Linter(Config(select=("LT001",), languagetool="off")).run([read_text("x", "a.txt")])
    assert report.notices == []


def _server() -> str | None:
    return os.environ.get(backend.ENV_URL) or (None if backend._local_install() is None else "local")


@pytest.mark.skipif(
    _server() is None, reason=f"no LanguageTool here: set {backend.ENV_URL} or install it locally"
)
def test_real_languagetool() -> None:
    setting = _server() or "off"
    report = Linter(Config(select=("LT001",), languagetool=setting)).run(
        [read_text("He go to Bamako every weeks. Stephane Dujarric said so.", "a.txt")]
    )
    assert report.diagnostics and not [d for d in report.diagnostics if "Dujarric" in d.message]
