"""Speed and memory: copydesk beside proselint and Harper, as whole processes.

    python bench/speed.py [--articles 100] [--runs 3]

The same N corpus articles are written to a temporary folder; each tool
checks them in one process (copydesk: cold with its default --jobs, cold in
one process, and again with a warm cache), best of several runs. Wall time is
measured around the process; memory is sampled every 20 ms over the whole
process tree (copydesk's workers included): the largest process and the sum,
and in one more untimed run the summed PSS, which counts the model pages the
forked workers share once.
Then single-article latency on a seed and `copydesk --help`. Last, the check
that the optimisations change nothing: the findings of selective analysis,
of the process pool and of the warm cache equal those of a full analysis in
one process (COPYDESK_FULL_ANALYSIS=1 --jobs 1 --no-cache).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import records

ROOT = Path(__file__).resolve().parents[1]
# As on a user's machine, where pip compiles an installed package's bytecode
# once: an editable checkout under PYTHONDONTWRITEBYTECODE (set on some CI
# machines) would compile copydesk's modules again in every process.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def tool(name: str) -> str | None:
    return shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))


def measure(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, int, int]:
    """Wall seconds, peak RSS of the largest process and of the whole tree (bytes)."""
    start = time.perf_counter()
    proc = psutil.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**ENV, **(env or {})})
    largest = total = 0
    while proc.poll() is None:
        try:
            sizes = [p.memory_info().rss for p in [proc, *proc.children(recursive=True)]]
        except psutil.Error:
            sizes = []
        if sizes:
            largest, total = max(largest, max(sizes)), max(total, sum(sizes))
        time.sleep(0.02)
    return time.perf_counter() - start, largest, total


def peak_pss(cmd: list[str]) -> int:
    """Peak proportional set size summed over the process tree (Linux): pages
    the forked workers share with the parent (the model) count once. Read
    from smaps, which is slow, so in a run of its own that is not timed."""
    proc = psutil.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    peak = 0
    while proc.poll() is None:
        with contextlib.suppress(psutil.Error, AttributeError):
            peak = max(peak, sum(p.memory_full_info().pss for p in [proc, *proc.children(recursive=True)]))
        time.sleep(0.05)
    return peak


def best(cmd: list[str], runs: int, env: dict[str, str] | None = None) -> tuple[float, int, int]:
    return min((measure(cmd, env) for _ in range(runs)), key=lambda r: r[0])


def findings(cmd: list[str], env: dict[str, str] | None = None) -> list[dict[str, object]]:
    done = subprocess.run(cmd, capture_output=True, text=True, env={**ENV, **(env or {})})
    return list(json.loads(done.stdout)["findings"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="copydesk-speed-"))
    cache = Path(tempfile.mkdtemp(prefix="copydesk-speed-cache-"))
    words = 0
    for i, rec in enumerate(records("bbc_news_2004_2005.jsonl")):
        if i >= args.articles:
            break
        (folder / f"{i:03d}.txt").write_text(rec["text"], encoding="utf-8")
        words += len(re.findall(r"\w+", rec["text"]))
    files = sorted(str(p) for p in folder.glob("*.txt"))
    check = [sys.executable, "-m", "copydesk", "check", "--fail-on", "never", "--quiet"]
    cold = [*check, "--format", "concise", "--no-cache"]
    warm = [*check, "--format", "concise", "--cache-dir", str(cache)]
    subprocess.run([*warm, str(folder)], capture_output=True, env=ENV)  # fill the cache (and the bytecode)
    rows = [
        ("copydesk", [*cold, str(folder)]),
        ("  --jobs 1", [*cold, "--jobs", "1", str(folder)]),
        ("  warm cache", [*warm, str(folder)]),
    ]
    if tool("proselint"):
        rows.append(("proselint", [tool("proselint") or "", "check", *files]))
    if tool("harper"):
        rows.append(("Harper", [tool("harper") or "", "lint", "--format", "json", *files]))
    print(f"{len(files)} articles, {words:,} words; best of {args.runs}; {os.cpu_count()} cores")
    results = {}
    for name, cmd in rows:
        seconds, largest, total = best(cmd, args.runs)
        results[name.strip()] = seconds
        print(
            f"  {name:<12} {seconds:7.2f} s  {words / seconds:9,.0f} words/s"
            f"  peak RSS {largest / 2**20:5.0f} MB (process tree {total / 2**20:5.0f} MB)"
        )
    if hasattr(psutil.Process().memory_full_info(), "pss"):
        pss = peak_pss(rows[0][1])
        print(f"  copydesk peak PSS over the process tree (untimed run): {pss / 2**20:.0f} MB")
    for name in ("proselint", "Harper"):
        if name in results:
            print(f"  copydesk / {name}: {results['copydesk'] / results[name]:.1f}x the time")
    print(f"  cold / warm cache: {results['copydesk'] / results['warm cache']:.1f}x")

    seed = str(ROOT / "seeds" / "000_10be99ec37b7d5c6.txt")
    single = [("copydesk", [*cold, seed]), ("  warm cache", [*warm, seed])]
    if tool("harper"):
        single.append(("Harper", [tool("harper") or "", "lint", seed]))
    subprocess.run([*warm, seed], capture_output=True, env=ENV)
    print("single article (a seed):")
    for name, cmd in single:
        seconds, largest, _ = best(cmd, args.runs)
        print(f"  {name:<12} {seconds:7.2f} s  peak RSS {largest / 2**20:5.0f} MB")
    seconds, largest, _ = best([sys.executable, "-m", "copydesk", "--help"], args.runs)
    print(f"copydesk --help: {seconds:.2f} s, {largest / 2**20:.0f} MB")

    as_json = [*check, "--format", "json"]
    reference = findings(
        [*as_json, "--no-cache", "--jobs", "1", str(folder)], {"COPYDESK_FULL_ANALYSIS": "1"}
    )
    variants = {
        "selective analysis, --jobs 1": findings([*as_json, "--no-cache", "--jobs", "1", str(folder)]),
        "selective analysis, default --jobs": findings([*as_json, "--no-cache", str(folder)]),
        "warm cache": findings([*as_json, "--cache-dir", str(cache), str(folder)]),
    }
    print(f"findings identical to a full analysis in one process ({len(reference)} findings):")
    for name, found in variants.items():
        print(f"  {name:<36} {'yes' if found == reference else 'NO'}")
    shutil.rmtree(folder)
    shutil.rmtree(cache)


if __name__ == "__main__":
    main()
