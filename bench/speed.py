"""Speed and memory: copydesk beside proselint and Harper, as whole processes.

    python bench/speed.py [--articles 100] [--runs 3]

The same N corpus articles are written to a temporary folder; each tool
checks them in one process, best of several runs (wall time and peak RSS from
/usr/bin/time). Then single-article latency on a seed and `copydesk --help`.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import records

ROOT = Path(__file__).resolve().parents[1]


def tool(name: str) -> str | None:
    return shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))


def timed(cmd: list[str], runs: int) -> tuple[float, int]:
    """Best wall time (s) and its peak RSS (KB) over ``runs`` runs."""
    best = (float("inf"), 0)
    for _ in range(runs):
        done = subprocess.run(["/usr/bin/time", "-f", "%e %M", *cmd], capture_output=True, text=True)
        last = done.stderr.strip().splitlines()[-1]
        m = re.match(r"([\d.]+) (\d+)", last)
        if m and float(m.group(1)) < best[0]:
            best = (float(m.group(1)), int(m.group(2)))
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="copydesk-speed-"))
    words = 0
    for i, rec in enumerate(records("bbc_news_2004_2005.jsonl")):
        if i >= args.articles:
            break
        (folder / f"{i:03d}.txt").write_text(rec["text"], encoding="utf-8")
        words += len(re.findall(r"\w+", rec["text"]))
    files = sorted(str(p) for p in folder.glob("*.txt"))
    copydesk = [sys.executable, "-m", "copydesk"]
    rows = [
        (
            "copydesk",
            [*copydesk, "check", "--format", "concise", "--fail-on", "never", "--quiet", str(folder)],
        )
    ]
    if tool("proselint"):
        rows.append(("proselint", [tool("proselint") or "", "check", *files]))
    if tool("harper"):
        rows.append(("Harper", [tool("harper") or "", "lint", "--format", "json", *files]))
    print(f"{len(files)} articles, {words:,} words; best of {args.runs}")
    results = {}
    for name, cmd in rows:
        seconds, rss = timed(cmd, args.runs)
        results[name] = seconds
        print(
            f"  {name:<10} {seconds:7.2f} s  {words / seconds:9,.0f} words/s  peak RSS {rss / 1024:6.0f} MB"
        )
    for name in results:
        if name != "copydesk":
            print(f"  copydesk / {name}: {results['copydesk'] / results[name]:.1f}x the time")
    seed = str(ROOT / "seeds" / "000_10be99ec37b7d5c6.txt")
    single = [("copydesk", [*copydesk, "check", "--quiet", "--fail-on", "never", seed])]
    if tool("harper"):
        single.append(("Harper", [tool("harper") or "", "lint", seed]))
    print("single article (a seed):")
    for name, cmd in single:
        seconds, rss = timed(cmd, args.runs)
        print(f"  {name:<10} {seconds:7.2f} s  peak RSS {rss / 1024:6.0f} MB")
    seconds, rss = timed([*copydesk, "--help"], args.runs)
    print(f"copydesk --help: {seconds:.2f} s, {rss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
