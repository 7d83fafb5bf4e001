"""Attribution family quality on PolNeAR and on clean bodies.

    python bench/attribution_bench.py [--seed 7] [--articles 210]

- PolNeAR (hand-annotated source / cue / content spans): of the quotes
  copydesk finds whose words fall in an annotated content span with a
  source, the share reported as unattributed (target <= 3 %), and the share
  whose extracted source overlaps the annotated source span.
- Quotes with an attribution in their own sentence (", he said." / "said
  Smith.") in clean BBC bodies (and, apart, in the clean_text bodies of the
  scrapinghub and L3S files), with the attribution removed: share reported,
  overall and for the cases where no other reporting cue is left in the
  issue's window (a regex check independent of copydesk's extractor); of
  those missed, how many open a paragraph after a sentence that names the
  speaker, which copydesk reads as the newswriting convention, and how many
  copydesk attributes to the speaker whose attribution was removed (same
  surname; a lower bound: "The United boss" for Ferguson does not count).
- Vague-sourcing sentences of our own inserted into clean bodies: share
  reported.
- Attribution findings at warning or above per 1,000 words on clean bodies.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import clean_bodies, records

from copydesk import Article, Config, Linter, Severity, attribution, nlp, read_text
from copydesk.positions import Span
from copydesk.rules.attribution.unattributed_quote import UnattributedQuote

VAGUE = [
    "Reports said the company was close to a deal.",
    "It is understood that the talks collapsed late on Tuesday.",
    "Critics say the plan will cost far more than promised.",
    "Unconfirmed reports suggested the minister had resigned.",
    "Sources close to the club said the manager would stay.",
    "The two men are said to have met in secret last year.",
    "Some observers believe the vote was rigged.",
    "The gunmen were reported to have fled across the border.",
    "It is believed the ship sank within minutes.",
    "Rumours said the singer would retire after the tour.",
]
# A quote closed by its attribution in the same sentence: remove the attribution.
_ATTRIBUTED = re.compile(
    r"(?P<quote>[\"“][^\"“”]{20,300}?),(?P<close>[\"”])\s+(?:(?:he|she|they)\s+(?:said|added|says)|"
    r"(?:said|says|added)\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}|[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}\s+"
    r"(?:said|says|added))\."
)


def overlaps(a: Span, b: tuple[int, int]) -> bool:
    return a.start < b[1] and b[0] < a.end


def polnear(limit: int) -> tuple[int, int, int, int, int, int]:
    """Quotes inside an annotated attribution with a source: how many, how
    many AT002 reports as unattributed (by default and with ``carry-over``
    off), how many the extractor left without
    a source (AT002 spares titles of works and terms among those), how many
    got a source span, and how many of those overlap the annotated one."""
    recs = list(records("polnear_attribution_train_sample.jsonl"))[:limit]
    articles = [read_text(r["text"], f"{i}.txt") for i, r in enumerate(recs)]
    nlp.analyse(articles, attribution.NEEDS, nlp.resolve_model(None))
    rule = UnattributedQuote()
    strict = UnattributedQuote(UnattributedQuote.Options(carry_over=False))
    quotes = reported = reported_strict = unattributed = with_source = matched = 0
    for rec, article in zip(recs, articles, strict=True):
        annotated = [
            (a["content"]["spans"], a["source"]["spans"])
            for a in rec["attributions"]
            if a["type"] == "Attribution" and a.get("source") and a.get("content")
        ]
        sourcing = attribution.analyse(article)
        findings = [f.span for f in rule.check(article)]
        findings_strict = [f.span for f in strict.check(article)]
        for q in sourcing.quotes:
            if q.words < 2:
                continue
            inner = Span(q.span.start + 1, max(q.span.start + 1, q.span.end - 1))
            hits = [src for content, src in annotated if any(overlaps(inner, tuple(c)) for c in content)]
            if not hits:
                continue
            quotes += 1
            reported += q.span in findings
            reported_strict += q.span in findings_strict
            found = sourcing.quote_sources.get(q.span)
            if found is None:
                unattributed += 1
                continue
            if found.source is not None:
                with_source += 1
                if any(overlaps(found.source, tuple(s)) for src in hits for s in src):
                    matched += 1
    return quotes, reported, reported_strict, unattributed, with_source, matched


# An independent check (not copydesk's extractor) of whether a reporting cue
# is left in the issue's window once the attribution is removed.
_WINDOW_CUE = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|according to|asked|asks|explained|explains|insisted|insists|"
    r"wrote|writes|continued|continues|claimed|claims|stated|states|warned|warns|argued|argues|believes|"
    r"thinks|admitted|admits|conceded|concedes|confirmed|confirms|agreed|agrees|acknowledged|"
    r"acknowledges|denied|denies|noted|notes|stressed|stresses|revealed|reveals|predicted|predicts|"
    r"suggested|suggests?|urged|urges|replied|replies|described|describes|announced|announces|recalled|"
    r"recalls|pointed out|points out|went on|goes on|saying|adding|telling)\b",
    re.IGNORECASE,
)


def _window_has_cue(text: str, start: int, quote: str) -> bool:
    """After the removal: a cue in the quote's sentence or the sentence before
    or after it in its paragraph, or a colon lead-in."""
    para_start = text.rfind("\n\n", 0, start) + 2 if text.rfind("\n\n", 0, start) >= 0 else 0
    para_end = text.find("\n\n", start)
    para = text[para_start : para_end if para_end >= 0 else len(text)]
    if para[: start - para_start].rstrip().endswith(":"):
        return True
    sentences = list(re.finditer(r"[^.!?]*[.!?]+[\"”’)]*\s*|[^.!?]+$", para))
    k = next((i for i, m in enumerate(sentences) if m.start() <= start - para_start < m.end()), 0)
    end = start - para_start + len(quote) - 1  # a quote of several sentences: the one after its end
    last = next((i for i, m in enumerate(sentences) if m.start() <= end < m.end()), k)
    window = [sentences[j].group() for j in range(k - 1, last + 2) if 0 <= j < len(sentences)]
    return any(_WINDOW_CUE.search(w.replace(quote, "")) for w in window)


def _source_at(article: Article, start: int) -> attribution.Attribution | None:
    """copydesk's attribution of the quote at ``start``."""
    sourcing = attribution.analyse(article)
    for q in sourcing.quotes:
        if q.span.start <= start < q.span.end:
            return sourcing.quote_sources.get(q.span)
    return None


def _surname(source: attribution.Attribution | None) -> str | None:
    words = re.findall(r"[A-Z][\w'-]+", (source.resolved or source.source_text) if source else "")
    return words[-1] if words else None


def _removed_speaker(removed: str, original: Article, start: int) -> str | None:
    """The surname the removed attribution gave: its name ("said Kujda",
    "Mr Blair said"), or for "he said" the speaker copydesk resolves it to
    in the original text."""
    name = re.sub(r"\b(?:he|she|they|said|says|added)\b|[^\w\s'-]", " ", removed).split()
    if name:
        return name[-1]
    source = _source_at(original, start)
    return _surname(source) if source is not None and source.resolved else None


@dataclass
class Stripped:
    cases: int
    caught: list[int]  # by default, and with carry-over off
    bare: int  # cases with no cue left in the window
    bare_caught: list[int]
    same: int  # not reported, given the speaker whose attribution was cut
    bare_same: int
    convention: int  # no cue left, not reported, taken from the paragraph before


def stripped_quotes(rng: random.Random, n: int, source: str = "bbc") -> Stripped:
    """Cases and reported (by default and with ``carry-over`` off), in all
    and in those whose window holds no other cue; of those not reported by
    default, how many copydesk attributes to the speaker whose attribution
    was removed (the article still says who spoke), in all and in the
    no-cue ones, and how many of the no-cue ones it attributes to the
    sentence before their paragraph."""
    rules = [UnattributedQuote(), UnattributedQuote(UnattributedQuote.Options(carry_over=False))]
    docs = [d for d in clean_bodies() if d.source == source]
    rng.shuffle(docs)
    cases = bare = convention = same = bare_same = 0
    caught, bare_caught = [0, 0], [0, 0]
    for d in docs:
        matches = list(_ATTRIBUTED.finditer(d.text))
        if not matches:
            continue
        m = rng.choice(matches)
        quote = m.group("quote") + "." + m.group("close")
        text = d.text[: m.start()] + quote + d.text[m.end() :]
        start = m.start()
        article, original = read_text(text, "case.txt"), read_text(d.text, "original.txt")
        nlp.analyse([article, original], attribution.NEEDS, nlp.resolve_model(None))
        cases += 1
        no_cue = not _window_has_cue(text, start, quote)
        bare += no_cue
        for i, rule in enumerate(rules):
            hit = any(f.span.start <= start + 1 < f.span.end for f in rule.check(article))
            caught[i] += hit
            bare_caught[i] += no_cue and hit
            if i == 0 and not hit:
                source = _source_at(article, start + 1)
                removed = m.group(0)[len(m.group("quote")) + 2 :]
                speaker = _removed_speaker(removed, original, start + 1)
                right = speaker is not None and _surname(source) == speaker
                same += right
                bare_same += no_cue and right
                convention += no_cue and source is not None and source.paragraph.end <= start
        if cases >= n:
            break
    return Stripped(cases, caught, bare, bare_caught, same, bare_same, convention)


def vague(rng: random.Random, n: int) -> tuple[int, int]:
    linter = Linter(Config(select=("AT",), languagetool="off"))
    docs = clean_bodies()
    caught = 0
    for _ in range(n):
        d = rng.choice(docs)
        paras = d.text.split("\n\n")
        sentence = rng.choice(VAGUE)
        k = rng.randrange(0, len(paras) + 1)
        text = "\n\n".join([*paras[:k], sentence, *paras[k:]])
        start = text.index(sentence)
        report = linter.run([read_text(text, "case.txt")])
        caught += any(
            diag.severity >= Severity.WARNING and start <= diag.start < start + len(sentence)
            for diag in report.diagnostics
        )
    return n, caught


def clean_rate() -> tuple[int, int, int]:
    """Words, and AT findings at warning or above by default and with
    AT002's ``carry-over`` off (one run: the findings only that setting adds
    say "no source in its paragraph")."""
    docs = clean_bodies()
    linter = Linter(Config(select=("AT",), languagetool="off", options={"AT002": {"carry-over": False}}))
    report = linter.run([read_text(d.text, f"{i}.txt") for i, d in enumerate(docs)])
    warnings = [d for d in report.diagnostics if d.severity >= Severity.WARNING]
    carried = sum("no source in its paragraph" in d.message for d in warnings)
    return sum(d.words for d in docs), len(warnings) - carried, len(warnings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--articles", type=int, default=210)
    parser.add_argument("--cases", type=int, default=200)
    args = parser.parse_args()
    started = time.perf_counter()
    rng = random.Random(args.seed)
    quotes, reported, reported_strict, unattributed, with_source, matched = polnear(args.articles)
    print(f"PolNeAR ({args.articles} articles): {quotes} quotes with an annotated source")
    print(f"  reported as unattributed      {reported / quotes:.3f} ({reported}; AT002 findings)")
    print(f"    with AT002 carry-over off   {reported_strict / quotes:.3f} ({reported_strict})")
    print(f"  no source from the extractor  {unattributed / quotes:.3f} ({unattributed})")
    print(
        f"  extracted source matches      {matched / quotes:.3f} ({matched}; {with_source} had a source span)"
    )
    st = stripped_quotes(rng, args.cases)
    cases, bare, caught, bare_caught = st.cases, st.bare, st.caught, st.bare_caught
    for label, i in (("", 0), (", AT002 carry-over off", 1)):
        print(
            f"quotes with their attribution removed{label}, reported: "
            f"{caught[i] / cases:.3f} ({caught[i]}/{cases})"
        )
        print(
            f"  of which no cue is left in the window (own sentence, neighbours, colon): "
            f"{bare_caught[i] / bare:.3f} ({bare_caught[i]}/{bare})"
        )
        if i == 0:
            print(
                f"    not reported, attributed to the sentence before their paragraph (convention): "
                f"{st.convention} of {bare - bare_caught[0]}"
            )
            print(
                f"  not reported but attributed to the speaker whose attribution was removed (same surname): "
                f"{st.same} of {cases - caught[0]}; reported or so attributed: "
                f"{(caught[0] + st.same) / cases:.3f} "
                f"(no cue left: {(bare_caught[0] + st.bare_same) / bare:.3f})"
            )
    n, found = vague(rng, args.cases)
    print(f"inserted vague-sourcing sentences, reported:    {found / n:.3f} ({found}/{n})")
    words, warnings, strict = clean_rate()
    print(f"clean bodies ({words:,} words): AT warning+error per 1,000 words: {1000 * warnings / words:.3f}")
    print(f"  with AT002 carry-over off: {1000 * strict / words:.3f}")
    # The BBC file's paragraphs often run several quotes and sentences of
    # narrative together; the clean_text bodies keep the papers' paragraphs.
    print("quotes with their attribution removed, in the other clean bodies (own random draw):")
    for source in ("scrapinghub", "l3s"):
        st = stripped_quotes(random.Random(args.seed), args.cases, source)
        print(
            f"  {source}: reported {st.caught[0] / st.cases:.3f} ({st.caught[0]}/{st.cases}), "
            f"carry-over off {st.caught[1] / st.cases:.3f} ({st.caught[1]}); "
            f"no cue left {st.bare_caught[0] / st.bare:.3f} ({st.bare_caught[0]}/{st.bare}), "
            f"carry-over off {st.bare_caught[1] / st.bare:.3f} ({st.bare_caught[1]}); "
            f"not reported, taken from the paragraph before (convention): {st.convention}"
        )
    print(f"{time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
