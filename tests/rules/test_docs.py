"""Every rule's docstring: its Example fires, its Use instead stays silent."""

from __future__ import annotations

import pytest

from copydesk import check_text
from copydesk.registry import load_rules
from copydesk.rule import DOC_SECTIONS, doc_examples, doc_sections

RULES = sorted(load_rules().values(), key=lambda r: r.code)


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_docstring_has_every_section(rule) -> None:
    sections = doc_sections(rule.docs())
    assert all(sections.get(s) for s in DOC_SECTIONS)
    assert doc_examples(rule.docs(), "Example") and doc_examples(rule.docs(), "Use instead")


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_example_fires(rule) -> None:
    for text in doc_examples(rule.docs(), "Example"):
        found = check_text(text, path="example.txt", select=[rule.code])
        assert [d.code for d in found if d.code == rule.code], f"{rule.code} silent on its Example"


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_use_instead_is_silent(rule) -> None:
    for text in doc_examples(rule.docs(), "Use instead"):
        found = check_text(text, path="good.txt", select=[rule.code])
        assert not found, f"{rule.code} fires on its Use instead: {found}"
