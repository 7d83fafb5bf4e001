"""Every rule's docstring: its Example fires, its Use instead stays silent."""

from __future__ import annotations

import os

import pytest

from copydesk import Config, Family, check_text
from copydesk.registry import load_rules
from copydesk.rule import DOC_SECTIONS, doc_examples, doc_sections
from copydesk.rules.languagetool import backend

RULES = sorted(load_rules().values(), key=lambda r: r.code)


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_docstring_has_every_section(rule) -> None:
    sections = doc_sections(rule.docs())
    assert all(sections.get(s) for s in DOC_SECTIONS)
    assert doc_examples(rule.docs(), "Example") and doc_examples(rule.docs(), "Use instead")


# Examples that need more than the text: a vocabulary, or a LanguageTool backend.
VOCAB = {"TY006": "Bakhane -> Barkhane\n"}


def _needs_backend(rule) -> bool:
    return (
        rule.family is Family.LANGUAGETOOL
        and backend._local_install() is None
        and not os.environ.get(backend.ENV_URL)
    )


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_example_fires(rule, tmp_path) -> None:
    if _needs_backend(rule):
        pytest.skip(f"{rule.code} needs a LanguageTool server or local install ({backend.ENV_URL})")
    config = Config()
    if rule.code in VOCAB:
        (tmp_path / "reject.txt").write_text(VOCAB[rule.code], encoding="utf-8")
        config = Config(vocab=(tmp_path / "reject.txt",))
    for text in doc_examples(rule.docs(), "Example"):
        found = check_text(text, path="example.txt", select=[rule.code], config=config)
        assert [d.code for d in found if d.code == rule.code], f"{rule.code} silent on its Example"


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_use_instead_is_silent(rule) -> None:
    for text in doc_examples(rule.docs(), "Use instead"):
        found = check_text(text, path="good.txt", select=[rule.code])
        assert not found, f"{rule.code} fires on its Use instead: {found}"
