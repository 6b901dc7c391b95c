"""Query: a search as the browser runs it (search/engine.js), replayed over a built site's
search/ folder, for tests and `build.py search`."""
from __future__ import annotations

import bisect
import datetime as dt
import math
from dataclasses import dataclass, field
from pathlib import Path

from lunr.index import Index
from lunr.query import QueryPresence

from .search import EPOCH, doc_of_script, shard_of_script, unscript
from .shards import decode, expand, postings_of, shard_of
from .terms import HAN_RUN, MAX_WORD, MIN_WORD, TOKEN, han_terms, normalize, trigrams

# A pasted paragraph is searched by its beginning: each term may load a shard.
MAX_QUERY_CHARS = 64
MAX_REQUIRED_TERMS = 16
# A phrase typed as two words (疫情 防控) ranks the articles where they touch first.
JOIN_BOOST = 5
# A phrase's trigrams rank the articles holding it whole above those holding its bigrams apart.
TRIGRAM_BOOST = 3


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


def rank(scores: dict[str, float], whole: dict[int, int] | None = None) -> list[tuple[int, float]]:
    """Those holding the most of the query's phrases whole first (see phrases_held), then the
    best scores; equal scores (to 6 places, as floats add up differently) newest first."""
    whole = whole or {}
    return sorted(((int(ref), score) for ref, score in scores.items()),
                  key=lambda r: (-whole.get(r[0], 0), -round(r[1], 6), r[0]))


def phrases_held(plan: Plan, kept: set[int], documents_with) -> dict[int, int]:
    """Per article, how many of the query's Han runs it holds whole, as far as the index tells:
    every trigram of the run (a run of two characters, its bigram, is required of all). A
    score ranks an article holding a phrase's bigrams apart many times above one holding the
    phrase once; this ranks every article holding it first, whatever the size of the archive."""
    held = dict.fromkeys(kept, 0)
    for run in plan.runs:
        holders = set(kept)
        for trigram in dict.fromkeys(trigrams(run)):
            holders &= documents_with(trigram)
        for ref in holders:
            held[ref] += 1
    return held


class Searcher:
    """The built site's search/ folder, queried the way search/engine.js queries it."""

    def __init__(self, site: Path):
        self.folder = site / "search"
        self.manifest = unscript((self.folder / "manifest.js").read_text(encoding="utf-8"))[0]
        self._shards: dict[int, dict] = {}

    def shard(self, n: int) -> dict:
        """A compact shard, with each term's position (engine.js keeps the same)."""
        if n not in self._shards:
            _, compact = shard_of_script((self.folder / "index" / f"{n}.js").read_text(encoding="utf-8"))
            self._shards[n] = {**compact, "position": {t: k for k, t in enumerate(compact["terms"])}}
        return self._shards[n]

    def doc(self, ref: int) -> dict:
        """A result's link, title, date, paper and text."""
        return doc_of_script((self.folder / "docs" / f"{ref}.js").read_text(encoding="utf-8"))

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
        return rank({ref: s / math.sqrt(squares) for ref, s in scores.items()},
                    phrases_held(plan, kept, self.documents_with))
