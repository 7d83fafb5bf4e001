"""Boilerplate family quality on real pages, side by side with proselint.

    python bench/boilerplate.py [--seed 7]

- L3S-GN1: of the blocks labelled not-content or related-content inside the
  article window (3 words or more), the share with a BP finding; the same for
  fulltext blocks (false alarms).
- scrapinghub: lines of the scraped `text` that are not in the human
  `clean_text` (junk) vs lines that are: recall and the share of article lines
  flagged.
- Injections into clean BBC bodies: ad/CTA lines as paragraphs, the same
  glued inline (no space, and with a space), and other stories' headlines
  glued onto a sentence.
- BP findings per 1,000 words on clean bodies (BBC and clean_text), per
  source, and how many of them are not among the findings I judged real
  defects of the source text (bench/data/clean_defects.tsv: the human
  clean_text keeps some copyright lines, credits, mojibake and typos); and
  proselint's findings on the same files. dragnet's clean_text is reported
  apart: it keeps the page's headline, dates and bylines.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import DRAGNET, clean_bodies, records

from copydesk import Config, Linter, read_text
from copydesk.positions import Span

DATA = Path(__file__).resolve().parent / "data"
LINTER = Linter(Config(select=("BP",), languagetool="off"))


def bp_spans(text: str, name: str = "x.txt") -> list[Span]:
    report = LINTER.run([read_text(text, name)])
    article = report.articles[name]
    return [article.offsets.span_to_prose(Span(d.start, d.end)) for d in report.diagnostics]


def overlaps(spans: list[Span], start: int, end: int) -> bool:
    return any(s.start < end and start < s.end for s in spans)


def lines_of(path: str) -> list[str]:
    return [
        line.strip()
        for line in (DATA / path).read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]


def l3s() -> dict[str, tuple[int, int]]:
    counts = {"junk": [0, 0], "fulltext": [0, 0]}
    for rec in records("l3s_gn1_googlenews.jsonl"):
        page, text = rec["page_text"], rec["text"]
        window = page.find(text)
        if window < 0:
            continue
        spans = bp_spans(text)
        pos = 0
        for label, seg in rec["segments"]:
            start, end = pos - window, pos + len(seg) - window
            pos += len(seg)
            body = seg.strip()
            if start < 0 or end > len(text) or len(body.split()) < 3:
                continue
            lead = len(seg) - len(seg.lstrip())
            s, e = start + lead, start + lead + len(body)
            kind = (
                "junk"
                if label in ("not-content", "related-content")
                else "fulltext"
                if label == "fulltext"
                else ""
            )
            if kind:
                counts[kind][0] += 1
                counts[kind][1] += overlaps(spans, s, e)
    return {k: (v[0], v[1]) for k, v in counts.items()}


def scrapinghub() -> dict[str, tuple[int, int]]:
    counts = {"junk": [0, 0], "article": [0, 0]}
    for rec in records("scrapinghub_aeb.jsonl"):
        text = rec["text"]
        clean = " ".join(rec["clean_text"].split())
        spans = bp_spans(text)
        pos = 0
        for line in text.split("\n"):
            start, end = pos, pos + len(line)
            pos = end + 1
            if not line.strip():
                continue
            kind = "article" if " ".join(line.split()) in clean else "junk"
            counts[kind][0] += 1
            counts[kind][1] += overlaps(spans, start, end)
    return {k: (v[0], v[1]) for k, v in counts.items()}


def injections(rng: random.Random, n: int) -> dict[str, tuple[int, int]]:
    bbc = list(records("bbc_news_2004_2005.jsonl"))
    ads, glue = lines_of("ad_lines.txt"), lines_of("glue_lines.txt")
    results = {
        "ad paragraph": [0, 0],
        "glued, no space": [0, 0],
        "inline, with space": [0, 0],
        "headline glued": [0, 0],
    }
    for _ in range(n):
        rec = rng.choice(bbc)
        paras = [p.strip() for p in rec["text"].split("\n") if p.strip()]
        if len(paras) < 4:
            continue
        k = rng.randrange(1, len(paras) - 1)
        # An ad line as a paragraph of its own.
        line = rng.choice(ads)
        doc = [*paras[:k], line, *paras[k:]]
        text = "\n\n".join(doc)
        start = text.index("\n\n" + line + "\n\n") + 2
        results["ad paragraph"][0] += 1
        results["ad paragraph"][1] += overlaps(bp_spans(text), start, start + len(line))
        # Glued onto the end of a paragraph's last sentence, and inline with a space.
        target = paras[k]
        if not target.endswith((".", "!", "?")):
            continue
        frag = rng.choice(glue)
        for label, joined in (
            ("glued, no space", target + frag),
            ("inline, with space", target + " " + frag),
        ):
            text = "\n\n".join([*paras[:k], joined, *paras[k + 1 :]])
            start = text.index(joined) + len(target) + (label == "inline, with space")
            results[label][0] += 1
            results[label][1] += overlaps(bp_spans(text), start, start + len(frag))
        # Another story's headline glued on.
        other = rng.choice(bbc)["title"].strip()
        joined = target + other
        text = "\n\n".join([*paras[:k], joined, *paras[k + 1 :]])
        start = text.index(joined) + len(target)
        results["headline glued"][0] += 1
        results["headline glued"][1] += overlaps(bp_spans(text), start, start + len(other))
    return {k: (v[0], v[1]) for k, v in results.items()}


def proselint_rate(folder: Path) -> int:
    exe = shutil.which("proselint") or shutil.which("proselint", path=str(Path(sys.executable).parent))
    if not exe:
        return -1
    total = 0
    files = sorted(str(p) for p in folder.glob("*.txt"))
    for k in range(0, len(files), 100):
        done = subprocess.run(
            [exe, "check", "-o", "json", *files[k : k + 100]], capture_output=True, text=True
        )
        try:
            data = json.loads(done.stdout)
        except json.JSONDecodeError:
            continue
        total += sum(len(v.get("diagnostics", [])) for v in data.get("result", {}).values())
    return total


def judged_defects() -> Counter[tuple[str, ...]]:
    """Findings on the clean bodies judged real defects of the source text
    (bench/data/clean_defects.tsv), as a multiset of (source, id, code,
    first 40 characters)."""
    rows = [
        tuple(line.split("\t")[:4])
        for line in (DATA / "clean_defects.tsv").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    return Counter(rows)


def clean_rate(folder: Path) -> tuple[Counter[str], Counter[str], int, int, list[str]]:
    """Words and findings per source, findings not judged defects (false
    alarms), proselint's count, and the findings as text."""
    docs = clean_bodies()
    words: Counter[str] = Counter()
    found: Counter[str] = Counter()
    judged = judged_defects()
    false_alarms = 0
    examples = []
    for i, d in enumerate(docs):
        words[d.source] += d.words
        report = LINTER.run([read_text(d.text, "x.txt")])
        for diag in report.diagnostics:
            found[d.source] += 1
            flagged = d.text[diag.start : diag.end]
            key = (d.source, d.id, diag.code, flagged[:40].replace("\n", " ").replace("\t", " "))
            if judged[key] > 0:
                judged[key] -= 1
                mark = "defect"
            else:
                false_alarms += 1
                mark = "FALSE ALARM"
            examples.append(f"{mark:>11} {d.source}:{d.id}:{diag.code}: {flagged[:80]!r}")
        (folder / f"clean{i}.txt").write_text(d.text, encoding="utf-8")
    return words, found, false_alarms, proselint_rate(folder), examples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--injections", type=int, default=400)
    parser.add_argument(
        "--show", action="store_true", help="print the findings on clean bodies, marked defect or false alarm"
    )
    args = parser.parse_args()
    started = time.perf_counter()
    rng = random.Random(args.seed)

    def pct(pair: tuple[int, int]) -> str:
        return f"{pair[1] / pair[0]:.3f} ({pair[1]}/{pair[0]})" if pair[0] else "n/a"

    lab = l3s()
    print("L3S-GN1 blocks of 3+ words inside the article window, share with a BP finding:")
    print(f"  not-content + related-content  {pct(lab['junk'])}")
    print(f"  fulltext (false alarms)        {pct(lab['fulltext'])}")
    sh = scrapinghub()
    print("scrapinghub lines of the scraped text, share with a BP finding:")
    print(f"  not in clean_text (junk)       {pct(sh['junk'])}")
    print(f"  in clean_text (article)        {pct(sh['article'])}")
    print(f"injections into BBC bodies (seed {args.seed}), share reported:")
    for label, pair in injections(rng, args.injections).items():
        print(f"  {label:<30} {pct(pair)}")
    tmp = Path(tempfile.mkdtemp(prefix="copydesk-bp-"))
    words, found, false_alarms, prose, examples = clean_rate(tmp)
    total_words, total = sum(words.values()), sum(found.values())
    print(f"clean bodies ({total_words:,} words), findings per 1,000 words:")
    print(f"  copydesk BP                    {1000 * total / total_words:.3f} ({total})")
    for source in sorted(words):
        print(
            f"    {source:<28} {1000 * found[source] / words[source]:.3f}"
            f" ({found[source]} in {words[source]:,} words)"
        )
    print(
        f"    not judged a source defect   {1000 * false_alarms / total_words:.3f} ({false_alarms})"
        "  [bench/data/clean_defects.tsv]"
    )
    print(
        f"  proselint (all its checks)     {1000 * prose / total_words:.3f} ({prose})"
        if prose >= 0
        else "  proselint                      not installed"
    )
    dragnet = clean_bodies(sources=DRAGNET)
    dragnet_words = sum(d.words for d in dragnet)
    dragnet_found = sum(len(LINTER.run([read_text(d.text, "x.txt")]).diagnostics) for d in dragnet)
    print(
        f"  dragnet clean_text, left out   {1000 * dragnet_found / dragnet_words:.3f}"
        f" ({dragnet_found} in {dragnet_words:,} words; it keeps headlines, datelines, bylines)"
    )
    if args.show:
        print("\n".join(examples))
    print(f"\n{time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
