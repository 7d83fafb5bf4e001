"""Typo family quality on real articles, side by side with Harper and codespell.

    python bench/typos.py [--per-kind 300] [--seed 7]

Single-character slips (drop, swap, neighbouring key, doubled letter) are
injected into clean bodies (BBC, scrapinghub and L3S clean_text):
  common  - a common lower-case word;
  repeat  - a name used several times in the article (one use slipped);
  archive - a name used once in the article but printed elsewhere in the
            corpus. The corpus is split in two folds; each fold's archive is
            the other fold, learned with `copydesk vocab learn`.
A case counts as caught when a warning or error covers the slipped word.
Slips that produce a common real word ("form" for "from") are skipped and
counted: no spell-checker sees them. Clean articles give the false-alarm rate.

A fourth kind, sound-alike, swaps one word of the article for the one that
sounds like it ("it's" -> "its", "than" -> "then", "led" -> "lead"), at a
site drawn at random among every use of those words: the share caught shows
how much of that slip the context patterns of TY002 reach (they fire only
where the words around leave one meaning). A fifth, article, swaps one "a"
for "an" or back (TY008).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import Doc, clean_bodies

from copydesk import Article, Config, Linter, Severity, read_text
from copydesk.spelling import Word, iter_words, zipf
from copydesk.vocab import Vocabulary, learn, write_learned

ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def neighbour(ch: str, rng: random.Random) -> str:
    low = ch.lower()
    for r, row in enumerate(ROWS):
        if low in row:
            c = row.index(low)
            options = [row[k] for k in (c - 1, c + 1) if 0 <= k < len(row)]
            options += [ROWS[rr][c] for rr in (r - 1, r + 1) if 0 <= rr < 3 and c < len(ROWS[rr])]
            pick = rng.choice(options)
            return pick.upper() if ch.isupper() else pick
    return ch


def slip(word: str, rng: random.Random) -> tuple[str, str]:
    """A single-character slip away from the first letter (where slips are rare)."""
    kind = rng.choice(["drop", "swap", "neighbour", "double"])
    i = rng.randrange(1, len(word) - 1)
    if kind == "drop":
        return word[:i] + word[i + 1 :], kind
    if kind == "swap":
        if word[i] == word[i + 1]:
            return slip(word, rng)
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :], kind
    if kind == "neighbour":
        return word[:i] + neighbour(word[i], rng) + word[i + 1 :], kind
    return word[:i] + word[i] + word[i:], kind


@dataclass
class Case:
    kind: str
    doc: Doc
    text: str
    start: int
    end: int
    original: str
    typo: str
    vocab: Path | None = None


# Whether a word opens a sentence, frozen here (it was copydesk's own test when
# the bench was written) so that the cases do not move when copydesk's changes.
_SENTENCE_START = re.compile(r"(?:^|[.!?:…]['\"”’)\]]*\s+)['\"“‘(\[]*$")


def opens_sentence(article: Article, w: Word) -> bool:
    if article.prose[w.span.start - 1 : w.span.start] == "-":
        return False  # the second part of "Al-Qaeda"
    para = article.paragraph_of(w.span.start)
    if para is None or para == article.headline_span or w.span.start == para.start:
        return True
    return bool(_SENTENCE_START.search(article.prose[max(para.start, w.span.start - 12) : w.span.start]))


def make_cases(
    docs: list[Doc],
    per_kind: int,
    rng: random.Random,
    folds: dict[str, int],
    vocab_files: dict[int, Path],
    archive_terms: dict[int, set[str]],
) -> tuple[list[Case], Counter[str]]:
    cases: list[Case] = []
    skipped: Counter[str] = Counter()
    counts = Counter[str]()
    order = docs[:]
    rng.shuffle(order)
    for doc in order:
        if all(counts[k] >= per_kind for k in ("common", "repeat", "archive")):
            break
        article = read_text(doc.text, "x.txt")
        words = [w for w in iter_words(article) if len(w.text) >= 5 and w.text.isalpha()]
        uses = Counter(w.text for w in words)
        archive = archive_terms[1 - folds[doc.id]]
        pools = {
            "common": [w for w in words if w.text.islower() and zipf(w.text) >= 3.5],
            "repeat": [
                w
                for w in words
                if w.capitalised
                and not opens_sentence(article, w)
                and uses[w.text] >= 2
                and zipf(w.text) < 4.0
                and not w.acronym
            ],
            "archive": [
                w
                for w in words
                if w.capitalised
                and not opens_sentence(article, w)
                and uses[w.text] == 1
                and zipf(w.text) < 4.0
                and not w.acronym
                and w.text in archive
            ],
        }
        for kind, pool in pools.items():
            if counts[kind] >= per_kind or not pool:
                continue
            w = rng.choice(pool)
            typo, _how = slip(w.text, rng)
            if zipf(typo) >= 2.0 or typo == w.text:
                skipped[kind] += 1  # a real word: out of any spell-checker's reach
                continue
            start, end = w.span.start, w.span.end
            text = article.prose[:start] + typo + article.prose[end:]
            vocab = vocab_files[1 - folds[doc.id]] if kind == "archive" else None
            cases.append(Case(kind, doc, text, start, start + len(typo), w.text, typo, vocab))
            counts[kind] += 1
    return cases, skipped


# The right word -> the sound-alike written for it (lower case, whole words).
SOUND_ALIKES = {
    "it's": "its",
    "its": "it's",
    "their": "there",
    "there": "their",
    "than": "then",
    "led": "lead",
    "lose": "loose",
    "effect": "affect",
    "passed": "past",
    "principal": "principle",
    "breathe": "breath",
    "rein": "reign",
    "toe": "tow",
    "breach": "breech",
}


def _whole_words(words: set[str], apostrophes: str = "'") -> re.Pattern[str]:
    edge = rf"\w{apostrophes}-"
    return re.compile(rf"(?<![{edge}])(?:" + "|".join(map(re.escape, sorted(words))) + rf")(?![{edge}])")


_SOUND_ALIKE_WORD = _whole_words(set(SOUND_ALIKES) | set(SOUND_ALIKES.values()))
_SOUND_ALIKE_SITE = _whole_words(set(SOUND_ALIKES), "'’")


# "a" or "an" before a word: swapped, the article kind.
_ARTICLE_SITE = re.compile(r"(?<![\w'’.-])(?:a|an)(?=[ \t]+[A-Za-z0-9])")
ARTICLES = {"a": "an", "an": "a"}


def swap_cases(
    docs: list[Doc],
    per_kind: int,
    rng: random.Random,
    kind: str,
    sites: re.Pattern[str],
    swaps: dict[str, str],
) -> list[Case]:
    """One swap per article, at a random use of a word in ``swaps``."""
    cases = []
    order = docs[:]
    rng.shuffle(order)
    for doc in order[:per_kind]:
        article = read_text(doc.text, "x.txt")
        found = list(sites.finditer(article.prose.replace("\u2019", "'")))
        if not found:
            continue
        m = rng.choice(found)
        original, typo = m.group(), swaps[m.group()]  # straight apostrophes, as suggested
        text = article.prose[: m.start()] + typo + article.prose[m.end() :]
        cases.append(Case(kind, doc, text, m.start(), m.start() + len(typo), original, typo))
    return cases


def sound_alike_cases(docs: list[Doc], per_kind: int, rng: random.Random) -> list[Case]:
    return swap_cases(docs, per_kind, rng, "sound-alike", _SOUND_ALIKE_SITE, SOUND_ALIKES)


def copydesk_results(cases: list[Case]) -> dict[int, tuple[bool, bool]]:
    linters: dict[Path | None, Linter] = {}
    out = {}
    for i, case in enumerate(cases):
        if case.vocab not in linters:
            vocab = (case.vocab,) if case.vocab else ()
            linters[case.vocab] = Linter(Config(select=("TY",), vocab=vocab, languagetool="off"))
        report = linters[case.vocab].run([read_text(case.text, f"case{i}.txt")])
        article = report.articles[f"case{i}.txt"]
        hit = first = False
        for d in report.diagnostics:
            if d.severity < Severity.WARNING:
                continue
            if d.start < case.end and case.start < d.end:
                hit = True
                first = first or (bool(d.suggestions) and d.suggestions[0] == case.original)
        del article
        out[i] = (hit, first)
    return out


def tool(name: str) -> str:
    """A peer's command: on PATH, or beside this Python (a venv's bin/)."""
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    return found or ""


def harper_lints(folder: Path) -> dict[str, list[dict]]:
    files = sorted(str(p) for p in folder.glob("*.txt"))
    found: dict[str, list[dict]] = {}
    for k in range(0, len(files), 200):
        done = subprocess.run(
            [tool("harper"), "lint", "--format", "json", *files[k : k + 200]], capture_output=True, text=True
        )
        try:
            data = json.loads(done.stdout)
        except json.JSONDecodeError:
            continue
        for entry in data:
            found[Path(entry["file"]).name] = entry["lints"]
    return found


def codespell_hits(folder: Path) -> dict[str, list[str]]:
    done = subprocess.run([tool("codespell"), str(folder)], capture_output=True, text=True)
    hits: dict[str, list[str]] = defaultdict(list)
    for line in done.stdout.splitlines():
        m = re.match(r"^(.*?):\d+: (\S+) ==> (.*)$", line)
        if m:
            hits[Path(m.group(1)).name].append(m.group(2) + "\t" + m.group(3))
    return hits


def peers(
    cases: list[Case], folder: Path
) -> tuple[dict[int, tuple[bool, bool]], dict[int, tuple[bool, bool]]]:
    for i, case in enumerate(cases):
        (folder / f"case{i}.txt").write_text(case.text, encoding="utf-8")
    h = harper_lints(folder) if tool("harper") else {}
    c = codespell_hits(folder) if tool("codespell") else {}
    harper, codespell = {}, {}
    for i, case in enumerate(cases):
        lints = [
            lint
            for lint in h.get(f"case{i}.txt", [])
            if lint["span"]["char_start"] < case.end
            and case.start < lint["span"]["char_end"]
            and lint["kind"] != "Readability"  # "This sentence is 44 words long" covers every word in it
        ]
        first = any(
            lint["suggestions"] and lint["suggestions"][0].endswith(f"“{case.original}”") for lint in lints
        )
        harper[i] = (bool(lints), first)
        spelled = [x for x in c.get(f"case{i}.txt", []) if x.split("\t")[0] == case.typo]
        codespell[i] = (
            bool(spelled),
            any(x.split("\t")[1].split(",")[0].strip() == case.original for x in spelled),
        )
    return harper, codespell


def false_alarms(docs: list[Doc], folder: Path) -> dict[str, tuple[int, int]]:
    words = sum(d.words for d in docs)
    linter = Linter(Config(select=("TY",), languagetool="off"))
    warn = info = sounds = 0
    for d in docs:
        for diag in linter.run([read_text(d.text, "x.txt")]).diagnostics:
            if diag.severity >= Severity.WARNING:
                warn += 1
            else:
                info += 1
            sounds += diag.code == "TY002" and _on_sound_alike(d.text[diag.start : diag.end])
    for i, d in enumerate(docs):
        (folder / f"clean{i}.txt").write_text(d.text, encoding="utf-8")
    harper = harper_sounds = 0
    for name, lints in (harper_lints(folder) if tool("harper") else {}).items():
        text = (folder / name).read_text(encoding="utf-8")
        for lint in lints:
            harper += lint["kind"] == "Spelling"
            span = text[lint["span"]["char_start"] : lint["span"]["char_end"]]
            harper_sounds += lint["kind"] != "Readability" and _on_sound_alike(span)
    codespell = sum(len(v) for v in codespell_hits(folder).values()) if tool("codespell") else 0
    return {
        "words": (words, 0),
        "copydesk": (warn, info),
        "harper": (harper, 0),
        "codespell": (codespell, 0),
        "sound-alike": (sounds, harper_sounds),
    }


def _on_sound_alike(text: str) -> bool:
    """The flagged text holds one of the sound-alike words."""
    return bool(_SOUND_ALIKE_WORD.search(text.lower().replace("\u2019", "'")))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-kind", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    started = time.perf_counter()
    docs = clean_bodies()
    folds = {d.id: (hash_id(d.id) % 2) for d in docs}
    tmp = Path(tempfile.mkdtemp(prefix="copydesk-bench-"))
    vocab_files = {}
    for fold in (0, 1):
        arts = [read_text(d.text, f"{d.id}.txt") for d in docs if folds[d.id] == fold]
        counts = learn(arts, min_count=1)
        vocab_files[fold] = tmp / f"archive{fold}.txt"
        write_learned(counts, len(arts), vocab_files[fold])
    # An archive-only name must be printed in the *other* fold, the article's archive.
    archive_terms = {f: set(Vocabulary.load([p]).accepted) for f, p in vocab_files.items()}
    cases, skipped = make_cases(docs, args.per_kind, rng, folds, vocab_files, archive_terms)
    # A generator of its own, so that adding this kind left the other kinds' cases as they were.
    cases += sound_alike_cases(docs, args.per_kind, random.Random(args.seed + 1))
    cases += swap_cases(docs, args.per_kind, random.Random(args.seed + 2), "article", _ARTICLE_SITE, ARTICLES)
    ours = copydesk_results(cases)
    case_dir = tmp / "cases"
    case_dir.mkdir()
    harper, codespell = peers(cases, case_dir)
    clean_dir = tmp / "clean"
    clean_dir.mkdir()
    fa = false_alarms(docs, clean_dir)
    print(f"copydesk typo benchmark: {len(docs)} clean articles, {fa['words'][0]:,} words; seed {args.seed}")
    print(f"cases: {Counter(c.kind for c in cases)}; skipped real-word slips: {dict(skipped)}")
    print()
    print(
        f"{'kind':<11} {'n':>4} | {'copydesk recall':>15} {'1st sugg.':>9} | "
        f"{'harper recall':>13} {'1st':>5} |"
        f" {'codespell':>9} {'1st':>5}"
    )
    for kind in ("common", "repeat", "archive", "sound-alike", "article"):
        idx = [i for i, c in enumerate(cases) if c.kind == kind]
        if not idx:
            continue
        n = len(idx)

        def rate(res: dict[int, tuple[bool, bool]], k: int, idx: list[int] = idx, n: int = n) -> str:
            return f"{sum(res[i][k] for i in idx) / n:.3f}"

        def peer(res: dict[int, tuple[bool, bool]], k: int, name: str) -> str:
            return rate(res, k) if tool(name) else "n/a"

        print(
            f"{kind:<11} {n:>4} | {rate(ours, 0):>15} {rate(ours, 1):>9} | "
            f"{peer(harper, 0, 'harper'):>13} {peer(harper, 1, 'harper'):>5} | "
            f"{peer(codespell, 0, 'codespell'):>9} {peer(codespell, 1, 'codespell'):>5}"
        )
    words = fa["words"][0]
    print()
    print("false alarms on clean articles (findings per 1,000 words):")
    print(
        f"  copydesk warning+error {1000 * fa['copydesk'][0] / words:.3f}   (info, names to verify: "
        f"{1000 * fa['copydesk'][1] / words:.3f})"
    )
    for name, label in (("harper", "harper spelling"), ("codespell", "codespell")):
        figure = f"{1000 * fa[name][0] / words:.3f}" if tool(name) else "n/a (not installed)"
        print(f"  {label:<22} {figure}")
    ours_sounds, harper_sounds = fa["sound-alike"]
    print(
        f"  sound-alike words flagged (TY002; Harper's lints but Readability): copydesk {ours_sounds}, "
        f"harper {harper_sounds if tool('harper') else 'n/a'}"
    )
    print(f"\n{time.perf_counter() - started:.0f} s; case files in {tmp}")


def hash_id(text: str) -> int:
    import hashlib

    return int(hashlib.md5(text.encode()).hexdigest()[:8], 16)


if __name__ == "__main__":
    main()
