"""Selective analysis: the tagger and parser run only on the paragraphs
rules ask for, lemmas only on demand, and the findings do not change."""

from __future__ import annotations

from copydesk import Linter, nlp, read_text
from copydesk.engine import Diagnostic

from .conftest import SEED_000, SEED_001

MIXED = (
    "# Flood\n\nThe river rose two metres overnight in Lyon.\n\n"
    "Water covered the old bridge by dawn.\n\n"
    "“We lost everything,” said Marie Dubois, a baker.\n\n"
    "Officials want to setup a new barrier.\n\n"
    "The mood in the crowd turned sour: “Enough is enough, we need help.”\n"
)


def _articles():
    return [
        read_text(SEED_000.read_text(encoding="utf-8"), "mali.txt"),
        read_text(SEED_001.read_text(encoding="utf-8"), "mintpress.txt"),
        read_text(MIXED, "flood.md"),
    ]


def test_selective_analysis_gives_the_findings_of_a_full_one() -> None:
    selective, full = Linter(), Linter()
    full.selective = False
    assert selective.selective
    found = [o.diagnostics for o in selective.check(_articles())]
    assert found == [o.diagnostics for o in full.check(_articles())]
    assert any(d.code.startswith("AT") for d in found[0]) and any(d.code == "TY002" for d in found[2])


def _checked_both_ways(text: str) -> list[Diagnostic]:
    """The findings of selective analysis, asserted equal to a full one's."""
    selective, full = Linter(), Linter()
    full.selective = False
    found = selective.check([read_text(text, "a.txt")])[0].diagnostics
    assert found == full.check([read_text(text, "a.txt")])[0].diagnostics
    return found


def test_what_the_parse_adds_to_the_people_is_the_same_either_way() -> None:
    # "Fiorina ... her" names a person only where the parser ran; it must not
    # run there only because analysis is full.
    text = (
        "Instead, Fiorina opened by talking about her work in India.\n\n"
        "The hall was half-empty.\n\nShe had helped them, she said."
    )
    _checked_both_ways(text)


def test_sources_found_by_the_parse_are_the_same_either_way() -> None:
    text = (
        "It was when he first read the treaty that Leach became convinced it was “a bureaucracy”.\n\n"
        "“It was fun,” said running back Rashard Mendenhall, “and we won.”\n\n"
        "Per court documents, “the abuse lasted for many years.”\n\n"
        "Madeleine Albright caused a stir with her assertion that “the plan is dead”."
    )
    found = _checked_both_ways(text)
    assert not [d for d in found if d.code in ("AT002", "AT003")]


def test_only_paragraphs_a_rule_reads_are_tagged() -> None:
    article = read_text(MIXED, "flood.md")
    linter = Linter()
    linter._analyse([article])
    assert article.analysis is not None
    tagged = {pd.doc.text[:25]: pd.tagged for pd in article.analysis.docs}
    assert tagged == {
        "Flood": False,
        "The river rose two metres": False,  # no cue, no lone name
        "Water covered the old bri": True,  # the next paragraph opens with a quote: who speaks?
        "“We lost everything,” sai": True,  # a cue: "said"
        "Officials want to setup a": True,  # TY002 reads the tags of "setup"
        "The mood in the crowd tur": True,  # a colon lead-in: its subject is the source
    }
    assert all(t.ent_type_ or not t.text.istitle() for t in article.analysis.docs[1].doc if t.text == "Lyon")


def test_lemmas_on_demand_equal_the_lemmatizer() -> None:
    model = nlp.resolve_model(None)
    full = nlp.load(model, nlp.components_for({nlp.Need.LEMMAS}))
    lemmas = nlp.Lemmas(full)
    text = "She said they had told him; he says, according to reports, that prices rose and I'd quoted it."
    with full.select_pipes(disable=["lemmatizer"]):
        bare = full(text)
    done = full(text)
    assert [lemmas(t) for t in bare] == [t.lemma_ for t in done]
    for tok in done:
        assert tok.lemma_.lower() in lemmas.possible(tok.text)  # the selector's superset holds
