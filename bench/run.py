"""Benchmark: build synthetic archives of N articles and measure the generator and its search.

  .venv/bin/python bench/run.py                    # 1,000 / 10,000 / 100,000 articles
  .venv/bin/python bench/run.py --sizes 1000 10000 # some sizes only

Builds the same archive with the peer a user would pick instead, Hugo + Pagefind (bench/peer.py),
in the same run. Prints one Markdown table (paste it into BENCHMARKS.md), one of the ratios of
this project's figures to the peer's, then 50 of each site's tags drawn at random, with the number
of articles each gathers. Archives and sites are kept under --work
(default /tmp/newsarchive-bench) and reused when the same size and seed ask again.
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from bench import peer, synthetic  # noqa: E402
from generator.cache import environment  # noqa: E402
from generator.config import Config  # noqa: E402
from generator.render import theme_dirs  # noqa: E402
from generator.query import Searcher  # noqa: E402
from generator.search import doc_of_script  # noqa: E402
from generator.terms import normalize  # noqa: E402

QUERIES = 20
# Phrases of 2–6 characters taken from the articles, each held by 1–8 of them, as the peers were
# measured (shared notes): do the articles holding one come first?
PHRASES = 60
# What a static host's gzip does by default (nginx gzip_comp_level ranges 1–9; 6 is common).
GZIP_LEVEL = 6


def timed_build(source: Path, output: Path) -> tuple[float, int]:
    """Wall seconds and peak memory (bytes) of one `build.py` run (see timed)."""
    return timed([[sys.executable, str(ROOT / "build.py"), "--source", str(source), "--output", str(output),
                   "--quiet"]])


def timed(commands: list[list[str]]) -> tuple[float, int]:
    """Wall seconds of commands run one after the other, and their peak memory (bytes): the
    largest sum, sampled every second, of the proportional set sizes of a command and its
    workers (a page shared by forked workers counts once, split between them)."""
    seconds, peak = 0.0, [0]
    for command in commands:
        started = time.perf_counter()
        child = subprocess.Popen(command, cwd=ROOT)
        sampler = threading.Thread(target=sample_memory, args=(child, peak), daemon=True)
        sampler.start()
        _, status, usage = os.wait4(child.pid, 0)
        # Timed before the sampler is joined: its second of sleep after the build is no part of it.
        seconds += time.perf_counter() - started
        sampler.join()
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"{' '.join(command)} failed")
        peak[0] = max(peak[0], usage.ru_maxrss * 1024)
    return seconds, peak[0]


def sample_memory(child: subprocess.Popen, peak: list[int]) -> None:
    while child.returncode is None and Path(f"/proc/{child.pid}").exists():
        peak[0] = max(peak[0], sum(map(pss, tree(child.pid))))
        time.sleep(1.0)  # reading smaps costs the kernel time: not too often


def tree(pid: int) -> list[int]:
    """A process and all its descendants."""
    found, queue = [], [pid]
    while queue:
        p = queue.pop()
        found.append(p)
        for task in Path(f"/proc/{p}/task").glob("*/children"):
            try:
                queue += [int(c) for c in task.read_text().split()]
            except OSError:
                pass
    return found


def pss(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return 0


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def gzip_bytes(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), GZIP_LEVEL))


# A tag in the site's tag index: its name and the count of its articles (themes/default/tags.html).
TAG_IN_INDEX = re.compile(r'<a href="[^"]*">([^<]+)<span class="count" aria-label="\d+篇">(\d+)</span></a>')


def tag_counts(site: Path) -> dict[str, int]:
    """Every tag of a built site with its number of articles, read from its tag index pages."""
    return {name: int(n) for page in sorted((site / "tags").glob("index*.html"))
            for name, n in TAG_IN_INDEX.findall(page.read_text(encoding="utf-8"))}


def tag_sample(tags: dict[str, int], count: int, seed: int) -> str:
    """`count` tags drawn at random, each with its articles, most held first."""
    drawn = random.Random(seed).sample(sorted(tags), min(count, len(tags)))
    return "、".join(f"{t} {tags[t]}" for t in sorted(drawn, key=lambda t: (-tags[t], t)))


def two_word_queries(site: Path, count: int, seed: int) -> list[str]:
    """Two words of one article's text, as a reader would type them: `发展 经济`."""
    import jieba
    rng, docs = random.Random(seed), sorted((site / "search" / "docs").glob("*.js"))
    queries = []
    while len(queries) < count:
        text = doc_of_script(rng.choice(docs).read_text(encoding="utf-8"))["x"]
        words = sorted({w for w in jieba.lcut(text) if re.fullmatch(r"[\u4e00-\u9fff]{2,3}", w)})
        if len(words) >= 2:
            queries.append(" ".join(rng.sample(words, 2)))
    return queries


def phrases_first(site: Path, count: int, seed: int) -> float:
    """The share of `count` phrases drawn from the articles for which every article holding the
    phrase (in its title or text, folded as the search folds) ranks above every other result,
    by the site's own search (generator/query.py, which answers as search/engine.js does)."""
    searcher = Searcher(site)
    texts = [normalize(f"{d['t']}\n{d['x']}") for d in map(searcher.doc, range(len(list((site / "search" /
                                                                                          "docs").glob("*.js")))))]
    rng, right, tried = random.Random(seed), 0, 0
    while tried < count:
        runs = re.findall(r"[\u4e00-\u9fff]{6,}", rng.choice(texts))
        if not runs:
            continue
        run, length = rng.choice(runs), rng.randint(2, 6)
        start = rng.randrange(len(run) - length + 1)
        phrase = run[start:start + length]
        truth = {ref for ref, text in enumerate(texts) if phrase in text}
        if not 1 <= len(truth) <= 8:
            continue
        tried += 1
        right += {ref for ref, _ in searcher.search(phrase)[:len(truth)]} == truth
    return right / count


def search_figures(site: Path, queries: list[str], browser) -> dict:
    """In headless Chromium over http, each query in a fresh page: the bytes (gzip) of every
    script it loads up to its first page of results; how long until the results are ranked
    (shards loading included) and until the first page of them is ready to show."""
    downloads, ranked, shown = [], [], []
    for files, times in answered(browser, site, queries, lambda page: page.evaluate("ArchiveSearch.ready()"), """async q => {
                const started = performance.now()
                const found = await ArchiveSearch.search(q)
                const ranked = performance.now() - started
                await ArchiveSearch.docs(found.results.slice(0, 10).map(r => r[0]))
                return [ranked, performance.now() - started]
            }"""):
        ranked.append(times[0])
        shown.append(times[1])
        downloads.append(sum(gzip_bytes(f) for f in files if f.suffix == ".js"))
    return {"bytes": statistics.median(downloads), "bytes_max": max(downloads),
            "ranked_ms": statistics.median(ranked), "ranked_p95_ms": percentile(ranked, 95),
            "shown_ms": statistics.median(shown), "shown_p95_ms": percentile(shown, 95)}


def answered(browser, site: Path, queries: list[str], ready: Callable, search: str) -> list[tuple[list[Path], object]]:
    """Each query asked of the site's search.html over http, in a fresh page once ready(page)
    returns: the site's files the page loaded until `search` (a script, a function of the
    query) answered, and its answer."""
    from browser import serve
    out = []
    with serve(site) as base:
        for query in queries:
            context = browser.new_context()
            page = context.new_page()
            loaded: list[str] = []
            page.on("requestfinished", lambda r: loaded.append(r.url))
            page.goto(base + "search.html")
            ready(page)
            answer = page.evaluate(search, query)
            out.append(([site / u[len(base):].split("?")[0] for u in loaded if u.startswith(base)], answer))
            context.close()
    return out


def percentile(values: list[float], p: int) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def touch_one_article(source: Path) -> None:
    """Append a sentence no build has seen (jieba must cut it, the index learns new terms)."""
    article = sorted(source.glob("*.md"))[0]
    text = article.read_text(encoding="utf-8")
    n = text.count("补记") + 1
    article.write_text(f"{text}\n补记：本文第{n}次改动，编辑部于第{n}版更正{n * 7}处内容。\n", encoding="utf-8")


def code_stamp() -> str:
    """The stamp builds put on their cache (generator, themes, package versions)."""
    config = Config()
    return environment(config, theme_dirs(config))


def measure(size: int, work: Path, seed: int, browser: bool) -> tuple[dict, dict]:
    """This project's figures and the peer's, on the same archive."""
    source, site = work / f"{size}-{seed}" / "source", work / f"{size}-{seed}" / "site"
    twins = work / f"{size}-{seed}" / "peer"
    stamp = code_stamp()
    # An archive is written again when the code that writes it has changed.
    made_by = hashlib.sha256(Path(synthetic.__file__).read_bytes()).hexdigest()
    complete = source.parent / "complete"
    if not complete.exists() or complete.read_text() != made_by:
        shutil.rmtree(source.parent, ignore_errors=True)
        synthetic.write_archive(source, size, seed, twins)
        peer.write_site(twins)
        complete.write_text(made_by)
    # A full build: neither the last site nor anything its cache kept.
    for folder in (site, site.parent / f".{site.name}-cache"):
        shutil.rmtree(folder, ignore_errors=True)
    seconds, peak = timed_build(source, site)
    again, _ = timed_build(source, site)
    touch_one_article(source)
    one_changed, _ = timed_build(source, site)
    if code_stamp() != stamp:
        # build.py runs from this tree: its rebuilds then measured full builds of other code.
        raise SystemExit("the generator changed while it was measured: measure a tree nobody "
                         "edits meanwhile (a git worktree, say)")
    index = site / "search" / "index"
    tags = tag_counts(site)
    row = {"articles": size, "build_s": seconds, "per_s": size / seconds, "peak": peak,
           "site": folder_bytes(site), "files": sum(1 for p in site.rglob("*") if p.is_file()),
           "tags": len(tags), "tag_min": min(tags.values(), default=0),
           "tag_sample": tag_sample(tags, 50, seed), "search": folder_bytes(site / "search"),
           "index": folder_bytes(index),
           "index_gz": sum(gzip_bytes(p) for p in index.glob("*.js")),
           "shards": len(list(index.glob("*.js"))), "again_s": again, "one_s": one_changed,
           "phrases_first": phrases_first(site, PHRASES, seed)}
    theirs = measure_peer(twins, size)
    if browser:
        from browser import launch
        queries = two_word_queries(site, QUERIES, seed)
        with launch() as chromium:
            row.update(search_figures(site, queries, chromium))
            theirs.update(pagefind_figures(twins / "public", queries, chromium))
    return row, theirs


def measure_peer(folder: Path, size: int) -> dict:
    """The peer's first build of the same archive: Hugo, then Pagefind."""
    peer.clean(folder)
    seconds, memory = timed(peer.commands(folder))
    site = folder / "public"
    return {"articles": size, "build_s": seconds, "peak": memory, "site": folder_bytes(site),
            "files": sum(1 for p in site.rglob("*") if p.is_file()), "search": folder_bytes(site / "pagefind")}


def pagefind_figures(site: Path, queries: list[str], browser) -> dict:
    """As search_figures, for Pagefind: the bytes (gzip) of every file its search page loads up
    to the data of its first 10 results, each query in a fresh page."""
    downloads = [sum(gzip_bytes(f) for f in files if f.name != "search.html")
                 for files, _ in answered(browser, site, queries,
                                          lambda page: page.wait_for_function("window.pagefind !== undefined"), """async q => {
                const found = await window.pagefind.search(q)
                await Promise.all(found.results.slice(0, 10).map(r => r.data()))
            }""")]
    return {"bytes": statistics.median(downloads), "bytes_max": max(downloads)}


def ratios(ours: list[dict], theirs: list[dict]) -> str:
    """This project's figure over the peer's: below 1 is faster, lighter, fewer."""
    head = ("| articles | full build | peak memory | site bytes | files | search files' bytes | first two-word "
            "search downloads (gzip), median |")
    lines = [head, "|" + "---|" * (head.count("|") - 1)]
    for o, t in zip(ours, theirs):
        cells = [f"{o[k] / t[k]:.2f} ({value(k, o[k])} / {value(k, t[k])})" if k in o and k in t else "–"
                 for k in ("build_s", "peak", "site", "files", "search", "bytes")]
        lines.append(f"| {o['articles']:,} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def value(key: str, figure: float) -> str:
    if key == "build_s":
        return f"{figure:.1f} s"
    if key == "files":
        return f"{figure:,}"
    if key == "bytes":
        return f"{figure / 1e3:,.0f} KB"
    return mb(figure)


def mb(n: float) -> str:
    return f"{n / 1e6:,.1f} MB"


def table(rows: list[dict]) -> str:
    head = ("| articles | full build | articles/s | peak memory | site size (files) | tags (fewest articles "
            "a tag holds) | search index (raw / gzip, "
            "shards) | rebuild, nothing changed | rebuild, one article changed | holders of a phrase first "
            f"({PHRASES} phrases) | first two-word "
            "search downloads (gzip), median | search: results ranked, median / p95 | search: first "
            "10 results ready, median / p95 |")
    lines = [head, "|" + "---|" * (head.count("|") - 1)]
    for r in rows:
        search = (f"{r['bytes'] / 1e3:,.0f} KB (max {r['bytes_max'] / 1e3:,.0f} KB) | "
                  f"{r['ranked_ms']:.0f} / {r['ranked_p95_ms']:.0f} ms | "
                  f"{r['shown_ms']:.0f} / {r['shown_p95_ms']:.0f} ms" if "bytes" in r else "– | – | –")
        lines.append(f"| {r['articles']:,} | {r['build_s']:.1f} s | {r['per_s']:.0f} | {mb(r['peak'])} | "
                     f"{mb(r['site'])} ({r['files']:,}) | {r['tags']:,} ({r['tag_min']}) | "
                     f"{mb(r['index'])} / {mb(r['index_gz'])}, {r['shards']:,} | "
                     f"{r['again_s']:.1f} s | {r['one_s']:.1f} s | {r['phrases_first']:.0%} | {search} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    p.add_argument("--work", type=Path, default=Path("/tmp/newsarchive-bench"))
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--no-browser", action="store_true", help="skip the search figures")
    args = p.parse_args(argv)
    if not args.no_browser:  # Debian's Chromium, as the browser tests use it
        subprocess.run([str(ROOT / "scripts" / "install-browser")], check=True)
    subprocess.run([str(ROOT / "scripts" / "install-peer")], check=True)
    rows, peers = [], []
    for size in args.sizes:
        row, theirs = measure(size, args.work, args.seed, not args.no_browser)
        rows.append(row)
        peers.append(theirs)
        print(table(rows[-1:]).splitlines()[-1], file=sys.stderr, flush=True)
        print(ratios(rows[-1:], peers[-1:]).splitlines()[-1], file=sys.stderr, flush=True)
    print(table(rows))
    print("\nThis project against Hugo + Pagefind, built in the same run (ours / theirs):\n")
    print(ratios(rows, peers))
    for r in rows:
        print(f"\n50 tags drawn at random of the {r['articles']:,}-article site's {r['tags']:,}, with the "
              f"articles each holds: {r['tag_sample']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
