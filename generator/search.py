"""Search: the index and article texts as files a browser loads with <script> tags, and the
query exactly as the browser runs it (search/engine.js), for tests and `build.py search`.

Every file is a script calling `ArchiveSearch.<kind>(…)`: browsers refuse fetch() on file://,
but load scripts from there.
"""
from __future__ import annotations

import bisect
import datetime as dt
import functools
import hashlib
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from lunr.index import Index
from lunr.query import QueryPresence

from .index import (HAN_RUN, MAX_WORD, MIN_WORD, TOKEN, LastShards, SearchIndex, body_text, decode, expand,
                    han_terms, normalize, postings_of, shard_of, standfirst, traditional_to_simplified,
                    trigrams)
from .digest import fingerprint
from .model import Article
from .recall import key_of
from .write import Staging, site_id

ROOT = Path(__file__).resolve().parent.parent
LUNR_JS = ROOT / "node_modules" / "lunr" / "lunr.min.js"
ENGINE_JS = Path(__file__).resolve().parent / "assets" / "engine.js"

# A pasted paragraph is searched by its beginning: each term may load a shard.
MAX_QUERY_CHARS = 64
MAX_REQUIRED_TERMS = 16
# A phrase typed as two words (疫情 防控) ranks the articles where they touch first.
JOIN_BOOST = 5
# A phrase's trigrams rank the articles holding it whole above those holding its bigrams apart.
TRIGRAM_BOOST = 3


class MissingLunr(Exception):
    """lunr.js is not installed: `npm ci` has not run."""


def script(kind: str, *args) -> str:
    body = ",".join(json.dumps(a, ensure_ascii=False, separators=(",", ":")) for a in args)
    return f"ArchiveSearch.{kind}({body});\n"


def unscript(text: str) -> list:
    """The arguments of a script written by `script`."""
    inner = text[text.index("(") + 1:text.rindex(")")]
    return json.loads(f"[{inner}]")


def manifest(articles: tuple[Article, ...], index: SearchIndex) -> dict:
    """What the browser needs before any shard: shard count, years and papers for the filters."""
    years: list[list] = []
    for ref, article in enumerate(articles):
        year = article.issue_date.value.year if article.issue_date.known else None
        if years and years[-1][0] == year:
            years[-1][2] = ref
        else:
            years.append([year, ref, ref])
    papers = sorted({a.paper for a in articles if a.paper})
    number = {p: k for k, p in enumerate(papers)}
    return {"shards": index.count, "count": len(articles), "years": years, "spans": date_spans(articles),
            "papers": papers,
            "paperOf": [number.get(a.paper, -1) for a in articles],
            "t2s": "".join(k + v for k, v in sorted(traditional_to_simplified().items()))}


def date_spans(articles: tuple[Article, ...]) -> list[list[int]]:
    """The days each run of articles (newest first) may have been printed on, for the filter by
    date: [first day, last day, first ref], days counted from 1970-01-01; an article dated to
    its month spans the month. The undated have none ([0, -1, ref])."""
    spans: list[list[int]] = []
    for ref, article in enumerate(articles):
        date = article.issue_date
        if date.known:
            first = last = date.value
            if date.precision == "month":
                first, last = date.value.replace(day=1), _month_end(date.value)
            elif date.precision == "year":
                first, last = date.value.replace(month=1, day=1), date.value.replace(month=12, day=31)
            span = [(first - EPOCH).days, (last - EPOCH).days]
        else:
            span = [0, -1]
        if not spans or spans[-1][:2] != span:
            spans.append([*span, ref])
    return spans


EPOCH = dt.date(1970, 1, 1)


def _month_end(day: dt.date) -> dt.date:
    following = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return following - dt.timedelta(days=1)


def doc_record(article: Article) -> dict:
    """A result as the results page shows it: link, title, date, paper, text for the snippet."""
    text = "\n".join(t for t in (standfirst(article), body_text(article)) if t)
    return {"u": article.url, "t": article.title, "d": article.issue_date.label(),
            "p": article.paper or "", "x": text}


def shard_file(n: int) -> str:
    return f"search/index/{n}.js"


def shard_writer(staging: Staging) -> Callable[[int, dict], str]:
    """Where the index stage puts each shard as it is made: its script in the site (the
    writer returns the script's digest)."""
    return functools.partial(_write_shard, staging)


def last_shards(staging: Staging, site: Path) -> LastShards:
    """The shards of the site the last build made, to patch or carry into the staging."""
    return LastShards(site_id(site), functools.partial(_read_shard, site),
                      functools.partial(_carry_shards, staging, site))


def _read_shard(site: Path, n: int) -> dict:
    return unscript((site / shard_file(n)).read_text(encoding="utf-8"))[1]


def _carry_shards(staging: Staging, site: Path, numbers: list[int]) -> list[int]:
    kept = set(staging.keep(site, [shard_file(n) for n in numbers]))
    return [n for n in numbers if shard_file(n) in kept]


def _write_shard(staging: Staging, n: int, shard: dict) -> str:
    return _write_script(staging, shard_file(n), shard_script(n, shard))


# What json.dumps escapes in a string, but the quote (the strings are joined by quotes).
_ESCAPED = re.compile(r'[\\\x00-\x1f]')


def shard_script(n: int, shard: dict) -> str:
    """script("shard", n, shard), written by joining: a shard's terms and postings are runs of
    letters and digits that JSON takes as they are (millions of short strings in an archive)."""
    lists = [_strings(shard["terms"]), _strings(shard["postings"])]
    if None in lists:
        return script("shard", n, shard)
    return f'ArchiveSearch.shard({n},{{"terms":{lists[0]},"postings":{lists[1]}}});\n'


def _strings(items: list[str]) -> str | None:
    """A list of strings as JSON, or None if one needs escaping."""
    if not items:
        return "[]"
    joined = '","'.join(items)
    if _ESCAPED.search(joined) or joined.count('"') != 2 * (len(items) - 1):
        return None
    return f'["{joined}"]'


def _write_script(staging: Staging, path: str, text: str) -> str:
    """Write a script; its digest, for the version of the files it belongs to."""
    data = text.encode()
    staging.write(path, data)
    return hashlib.sha1(data).hexdigest()


def version(digests: dict[str, str]) -> str:
    """A digest of the files (by path) from their digests."""
    h = hashlib.sha1()
    for path in sorted(digests):
        h.update(f"{path}\0{digests[path]}\0".encode())
    return h.hexdigest()[:10]


@dataclass(frozen=True)
class SearchFiles:
    """The scripts of search/: each index shard's and article's digest (doc_key) by path (the
    next build carries those that come out the same), all the paths, and how many were written
    afresh."""

    digests: dict[str, str]
    paths: list[str]
    written: int

    def record(self, site: int) -> dict:
        """What the next build needs of these files, in the site whose inode is `site`."""
        return {"site": site, "digests": self.digests}


def write_search(articles: tuple[Article, ...], index: SearchIndex, staging: Staging,
                 site: Path | None = None, before: dict | None = None) -> SearchFiles:
    """search/…: lunr.js, the engine, the manifest, one script per article (the index stage
    wrote one per shard). Given the last build's site and what its SearchFiles recorded
    (`before`), an article's script that comes out the same is carried, not written again."""
    if not LUNR_JS.is_file():
        raise MissingLunr(f"{LUNR_JS} is missing: run `npm ci` (scripts/setup does)")
    # The shards the index stage wrote, by their digests; or those it handed back, written here.
    digests = {shard_file(n): digest for n, digest in enumerate(index.kept)}
    for n, shard in enumerate(index.shards):
        digests[shard_file(n)] = _write_shard(staging, n, shard)
    if site and before and before.get("site") == site_id(site):
        known = before["digests"]
    else:
        site, known = None, {}
    same = []
    for ref, article in enumerate(articles):
        path = doc_file(ref)
        digests[path] = doc_key(article)
        if known.get(path) == digests[path]:
            same.append(ref)
        else:
            staging.write(path, doc_script(ref, article))
    carried = set(staging.keep(site, list(map(doc_file, same)))) if site else set()
    for ref in same:
        if doc_file(ref) not in carried:  # gone from the last site
            staging.write(doc_file(ref), doc_script(ref, articles[ref]))
    # A version in every script URL: a browser never mixes a cached shard with a new manifest.
    staging.write("search/manifest.js", script("manifest", {**manifest(articles, index), "version": version(digests)}))
    staging.write("search/lunr.min.js", LUNR_JS.read_bytes())
    staging.write("search/engine.js", ENGINE_JS.read_bytes())
    paths = [*digests, "search/manifest.js", "search/lunr.min.js", "search/engine.js"]
    return SearchFiles(digests, paths, len(paths) - len(carried) - index.carried)


def doc_key(article: Article) -> str:
    """A digest of what an article's script holds (see doc_record), without writing it out."""
    return key_of(fingerprint(article), article.url, article.issue_date.label(), article.paper or "")


def doc_file(ref: int) -> str:
    return f"search/docs/{ref}.js"


def doc_script(ref: int, article: Article) -> bytes:
    return script("doc", ref, doc_record(article)).encode()


@dataclass
class Plan:
    """A query as terms: all required ones must be in an article; optional ones rank."""

    required: list[str] = field(default_factory=list)
    optional: dict[str, int] = field(default_factory=dict)
    # Han runs of two or more characters: their pieces found in the vocabulary are words.
    runs: list[str] = field(default_factory=list)


def joins(before: str, after: str) -> list[str]:
    """The bigram and trigrams across the gap between two Han runs typed apart."""
    return list(dict.fromkeys([before[-1] + after[0], before[-2:] + after[0], before[-1] + after[:2]]))


def query_plan(query: str) -> Plan:
    """Bigrams of each Han run and Latin/digit tokens are required; trigrams rank; a lone Han
    character is optional unless it is all there is; two Han runs add their joining bigram."""
    plan, singles, previous = Plan(), [], None
    for token in TOKEN.findall(normalize(query)[:MAX_QUERY_CHARS]):
        if HAN_RUN.match(token):
            if previous:
                for join in joins(previous, token):
                    plan.optional.setdefault(join, JOIN_BOOST)
            if len(token) == 1:
                singles.append(token)
            else:
                plan.runs.append(token)
                plan.required += [t for t in dict.fromkeys(han_terms(token)) if t not in plan.required]
                for trigram in trigrams(token):
                    plan.optional.setdefault(trigram, TRIGRAM_BOOST)
            previous = token
        else:
            previous = None
            if token not in plan.required:
                plan.required.append(token)
    if not plan.required:
        plan.required = list(dict.fromkeys(singles))
    for single in singles:
        if single not in plan.required:
            plan.optional.setdefault(single, 1)
    plan.required = plan.required[:MAX_REQUIRED_TERMS]
    for term in plan.required:
        plan.optional.pop(term, None)
    return plan


def words_in(plan: Plan, has_term) -> dict[str, int]:
    """Pieces of the query's Han runs that the index holds as words, boosted by their length."""
    found = {}
    for run in plan.runs:
        for length in range(min(len(run), MAX_WORD), MIN_WORD - 1, -1):
            for start in range(len(run) - length + 1):
                piece = run[start:start + length]
                if piece not in found and has_term(piece):
                    found[piece] = length
    return found


def rank(scores: dict[str, float]) -> list[tuple[int, float]]:
    """Best first; equal scores (to 6 places, as floats add up differently) newest first."""
    return sorted(((int(ref), score) for ref, score in scores.items()),
                  key=lambda r: (-round(r[1], 6), r[0]))


class Searcher:
    """The built site's search/ folder, queried the way search/engine.js queries it."""

    def __init__(self, site: Path):
        self.folder = site / "search"
        self.manifest = unscript((self.folder / "manifest.js").read_text(encoding="utf-8"))[0]
        self._shards: dict[int, dict] = {}

    def shard(self, n: int) -> dict:
        """A compact shard, with each term's position (engine.js keeps the same)."""
        if n not in self._shards:
            _, compact = unscript((self.folder / "index" / f"{n}.js").read_text(encoding="utf-8"))
            self._shards[n] = {**compact, "position": {t: k for k, t in enumerate(compact["terms"])}}
        return self._shards[n]

    def doc(self, ref: int) -> dict:
        """A result's link, title, date, paper and text."""
        return unscript((self.folder / "docs" / f"{ref}.js").read_text(encoding="utf-8"))[1]

    def shard_of(self, term: str) -> int:
        return shard_of(term, self.manifest["shards"])

    def days_of(self, ref: int) -> tuple[dt.date, dt.date] | None:
        """The first and last day an article may have been printed on (None: undated), as the
        search page's date filter reads them."""
        spans = self.manifest["spans"]
        first, last, _ = spans[bisect.bisect_right(spans, ref, key=lambda s: s[2]) - 1]
        return (EPOCH + dt.timedelta(first), EPOCH + dt.timedelta(last)) if first <= last else None

    def documents_with(self, term: str) -> set[int]:
        shard = self.shard(self.shard_of(term))
        if term not in shard["position"]:
            return set()
        return {ref for _, ref, _ in postings_of(decode(shard["postings"][shard["position"][term]]))}

    def search(self, query: str) -> list[tuple[int, float]]:
        plan = query_plan(query)
        if not plan.required:
            return []
        # Only articles holding every required term can be results: lunr sees no other.
        kept = set.intersection(*(self.documents_with(t) for t in plan.required))
        if not kept:
            return []
        optional = {**plan.optional,
                    **words_in(plan, lambda w: w in self.shard(self.shard_of(w))["position"])}
        by_shard: dict[int, list[tuple[str, bool, int]]] = {}
        for term in plan.required:
            by_shard.setdefault(self.shard_of(term), []).append((term, True, 1))
        for term, boost in optional.items():
            by_shard.setdefault(self.shard_of(term), []).append((term, False, boost))
        scores: dict[str, float] = {}
        squares = 0.0
        for n in sorted(by_shard):
            # lunr answers over the query's own terms of the shard and the kept articles: the
            # same scores as the whole shard would give them, at a fraction of the work.
            index = Index.load(expand(self.shard(n), {t for t, _, _ in by_shard[n]}, kept))
            query = index.create_query()
            for term, required, boost in by_shard[n]:
                query.term(term, boost=boost, presence=QueryPresence.REQUIRED if required
                           else QueryPresence.OPTIONAL)
            # lunr divides a shard's scores by the length of the query vector it saw (the
            # boosts of the terms it holds): undone here, redone below with the whole query's.
            square = sum(b * b for t, _, b in by_shard[n] if t in index.inverted_index)
            squares += square
            for result in index.query(query):
                scores[result["ref"]] = scores.get(result["ref"], 0.0) + result["score"] * math.sqrt(square)
        return rank({ref: s / math.sqrt(squares) for ref, s in scores.items()})
