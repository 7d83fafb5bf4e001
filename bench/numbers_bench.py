"""Numbers family quality: injected contradictions and clean-copy false alarms.

    python bench/numbers_bench.py [--seed 7] [--cases 600]

Pairs of contradicting sentences (counts with varied referents and
qualifiers, wholes whose parts do not add up, two days for one event) are
inserted into clean bodies (BBC, scrapinghub and L3S clean_text), the first
in the lede and the second further down. A pair counts as reported when a
numbers finding covers either inserted sentence. Clean bodies give the rate
of warning-or-error findings per 1,000 words.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import clean_bodies

from copydesk import Config, Linter, Severity, read_text

WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

COUNT_PAIRS = [
    (
        "At least {a} people were killed in the attack, police said.",
        "Officials later said {b} people had died.",
    ),
    ("{A} gunmen took part in the raid, witnesses said.", "Police said only {b} attackers were involved."),
    ("Up to {big} militants stormed the compound.", "The army said there were {small} assailants."),
    (
        "The blast injured {a} people, the health ministry said.",
        "Hospital staff said {b} people were wounded.",
    ),
    ("Police arrested {a} people overnight.", "A total of {b} people were detained, a spokesman said."),
    ("Gunmen held {a} people hostage in the building.", "Officials said {b} hostages were being held."),
    ("The airline said {a} passengers were on board.", "Rescuers said {b} passengers were on the plane."),
    ("About {a} hostages were freed by troops.", "Only {b} hostages were released, the ministry said."),
    ("The factory will cut {a} jobs, the firm said.", "Unions said {b} jobs would be cut."),
    ("Between {a} and {a1} people died in the fire.", "The fire service said {b} people were killed."),
]
SUM_SENTENCES = [
    "The {w} victims – {p1} men and {p2} women – were taken to hospital.",
    "A team of {w} researchers – {p1} from Oxford and {p2} from Leeds – wrote the report.",
    "The {w} passengers ({p1} adults and {p2} children) were evacuated.",
    "Of the crew, {w} sailors: {p1} officers, {p2} engineers and {p3} deckhands, were rescued.",
]
DAY_PAIRS = [
    ("The attack happened on {d1}, officials said.", "{d2}'s attack shocked the town."),
    ("Protesters marched through the capital on {d1}.", "The {d2} protest was the largest this year."),
    ("Gunmen opened fire on a crowd on {d1} evening.", "{d2}'s shooting left many injured."),
]


def number(n: int, rng: random.Random) -> str:
    return WORDS[n - 2] if 2 <= n <= 12 and rng.random() < 0.5 else str(n)


def make_pair(kind: str, rng: random.Random) -> tuple[str, str]:
    if kind == "count":
        index = rng.randrange(len(COUNT_PAIRS))
        first, second = COUNT_PAIRS[index]
        a = rng.randint(3, 40)
        b = a * 2 + rng.randint(3, 9)
        values = {
            "a": number(a, rng),
            "A": str(a),
            "a1": number(a + 2, rng),
            "b": number(b, rng),
            "big": str(rng.randint(20, 40)),
            "small": number(rng.randint(2, 4), rng),
        }
        # "at least a" against a larger b is no contradiction: that pair always
        # gets the larger figure first ("at least 52 killed", then "22 died").
        if index == 0 or rng.random() < 0.5:
            values["a"], values["b"] = values["b"], values["a"]
            values["A"] = str(b)
            values["a1"] = number(b + 2, rng)
        return first.format(**values), second.format(**values)
    if kind == "sum":
        template = rng.choice(SUM_SENTENCES)
        p1, p2, p3 = rng.randint(2, 30), rng.randint(2, 30), rng.randint(2, 9)
        parts = p1 + p2 + (p3 if "{p3}" in template else 0)
        whole = parts + rng.choice([-3, -2, -1, 1, 2, 5, 10])
        sentence = template.format(w=whole, p1=number(p1, rng), p2=number(p2, rng), p3=number(p3, rng))
        return sentence, ""
    first, second = rng.choice(DAY_PAIRS)
    d1, d2 = rng.sample(DAYS, 2)
    return first.format(d1=d1), second.format(d2=d2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--cases", type=int, default=600)
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    started = time.perf_counter()
    docs = clean_bodies()
    linter = Linter(Config(select=("NU",), languagetool="off"))
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    misses = []
    for i in range(args.cases):
        kind = ("count", "sum", "day")[i % 3]
        doc = rng.choice(docs)
        paras = doc.text.split("\n\n")
        if len(paras) < 3:
            continue
        first, second = make_pair(kind, rng)
        paras = [paras[0] + " " + first, *paras[1:]]
        if second:
            k = rng.randrange(2, len(paras) + 1)
            paras = [*paras[:k], second, *paras[k:]]
        text = "\n\n".join(paras)
        spans = [(text.index(s), text.index(s) + len(s)) for s in (first, second) if s]
        report = linter.run([read_text(text, "case.txt")])
        article = report.articles["case.txt"]
        hits = [d for d in report.diagnostics if d.severity >= Severity.WARNING]
        ok = any(
            s <= article.offsets.to_prose(d.start) < e or s <= article.offsets.to_prose(d.end - 1) < e
            for d in hits
            for s, e in spans
        )
        total[kind] += 1
        found[kind] += ok
        if not ok:
            misses.append((kind, first, second))
    words = sum(d.words for d in docs)
    clean = Counter()
    examples = []
    for d in docs:
        for diag in linter.run([read_text(d.text, "x.txt")]).diagnostics:
            if diag.severity >= Severity.WARNING:
                clean[diag.code] += 1
                examples.append(f"{diag.code} {d.text[diag.start : diag.end]!r}: {diag.message}")
    print(f"injected contradictions (seed {args.seed}), share reported at warning or above:")
    for kind in ("count", "sum", "day"):
        print(f"  {kind:<6} {found[kind] / total[kind]:.3f} ({found[kind]}/{total[kind]})")
    print(f"  all    {sum(found.values()) / sum(total.values()):.3f}")
    print(
        f"clean bodies ({words:,} words): NU warning+error findings per 1,000 words: "
        f"{1000 * sum(clean.values()) / words:.3f} {dict(clean)}"
    )
    if args.show:
        print("\n".join(f"MISS {m}" for m in misses[:30]))
        print("\n".join(examples))
    print(f"{time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
