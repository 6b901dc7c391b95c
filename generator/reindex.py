"""Reindex: the index stage (index.py) as a site's build runs it. A chunk of articles cut by a
build before is taken from the chunks' folder, not cut again; each shard goes to `keep` (the
writer) in the worker that made it, not back through this process (a large archive's shards
are gigabytes); and where few articles changed since the last full count, the last site's
shards are patched, not scored anew.
"""
from __future__ import annotations

from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Callable

import numpy as np

from .digest import key_of
from .index import (CHUNK, SearchIndex, Spill, article_key, chunk_heads, groups, patched_shard, postings_in,
                    score_group, spill_chunks)
from .model import Article
from .parallel import pmap
from .recount import few_changed
from .scoring import averages, field_norms
from .shards import shard_count, shard_of


# A build that changes a few articles patches the last build's shards instead of scoring every
# posting again: scores are BM25 against archive-wide statistics (each field's average length,
# each term's document count), and a recount moves a rounded score in most shards for an edit
# of one article. The statistics of the last full count stand until `recount_share` of the
# articles has changed since: the changed articles are scored against them, and every other
# posting keeps its score. Like a search engine's segments, merged when they drift too far.


@dataclass(frozen=True)
class Counted:
    """What an index build leaves for the next: each ref's article key, the chunks, the shards'
    digests, and the archive-wide statistics of the last full count (the scores' input)."""

    keys: tuple[str, ...]
    chunks: tuple[str, ...]  # folder names in the chunks' folder, in ref order
    digests: tuple[str, ...]  # what keep returned for each shard
    averages: tuple[float, ...]  # per field, its average length at the last full count
    terms: int
    postings: int
    drift: int  # articles changed since the last full count

    def plain(self) -> tuple:
        """As plain data (what a store keeps)."""
        return tuple(getattr(self, f.name) for f in fields(self))

    @classmethod
    def of(cls, plain) -> Counted | None:
        return cls(*plain) if isinstance(plain, tuple) and len(plain) == len(fields(cls)) else None


class Unpatchable(Exception):
    """The last build's shards are not there to patch: everything is scored again."""


@dataclass(frozen=True)
class LastShards:
    """The shards the last build wrote, as its site holds them."""

    read: Callable[[int], dict]  # shard number → the shard
    carry: Callable[[list[int]], list[int]]  # into the new site as they are; those carried


def reindex(articles: list[Article], keep: Callable[[int, dict], str], chunks: Path, counted: Counted | None = None,
            last: LastShards | None = None, recount_share: float = 0.0, jobs: int = 1) -> tuple[SearchIndex, Counted]:
    """The index of the articles (build_index's), each shard handed to keep(number, shard) and
    the index holding what keep returned; and what the next build may patch it from. Given the
    last build's shards (`last`) and the statistics they were scored by (`counted`), a build
    that changes at most `recount_share` of the articles since the last full count patches them."""
    chunks.mkdir(parents=True, exist_ok=True)
    keys = [article_key(a) for a in articles]
    files = tuple(chunks / key_of(str(start), *keys[start:start + CHUNK]) for start in range(0, len(articles), CHUNK))
    spill_chunks(articles, files, jobs, todo={f for f in files if not f.exists()})
    lengths, total, bounds = chunk_heads(files)
    changed = few_changed(counted.keys if counted and last else None, keys, counted.drift if counted else 0,
                          recount_share)
    try:
        if changed is None:
            raise Unpatchable("no shards to patch")
        index, counted = patch(counted, changed, files, lengths, last, keep, jobs)
    except Unpatchable:
        index, counted = _full(Spill(files, shard_count(total), field_norms(lengths), bounds), total, lengths, keep,
                               jobs)
    for old in set(chunks.iterdir()) - set(files):
        old.unlink(missing_ok=True)  # a chunk no article has any more, or a killed build's part
    return index, replace(counted, keys=tuple(keys))


def _full(spill: Spill, total: int, lengths: "np.ndarray", keep: Callable[[int, dict], str],
          jobs: int) -> tuple[SearchIndex, Counted]:
    """Every shard scored and encoded from the chunks' postings, the statistics counted afresh."""
    kept: dict[int, str] = {}
    term_count = 0
    for scored in pmap(_score_and_keep, range(groups(spill)), jobs, context=(spill, keep), min_items=2, cuts=False):
        for number, terms_in_shard, digest in scored:
            term_count += int(terms_in_shard)
            kept[number] = digest
    made = tuple(kept[n] for n in range(spill.shards))
    # The keys are reindex's to fill in.
    counted = Counted((), tuple(c.name for c in spill.chunks), made, tuple(averages(lengths)), term_count, total, 0)
    return SearchIndex(spill.shards, term_count, total, kept=made), counted


def _score_and_keep(context: tuple[Spill, Callable[[int, dict], str]], group: int) -> list[tuple[int, int, str]]:
    spill, keep = context
    return [(number, terms, keep(number, shard)) for number, terms, shard in score_group(spill, group)]


@dataclass(frozen=True)
class Patch:
    """What patching a shard reads: the changed refs, the statistics, where shards go."""

    changed: "np.ndarray"
    norms: "np.ndarray"  # field_norms against the last full count's averages
    read: Callable[[int], dict]
    keep: Callable[[int, dict], str]


def patch(counted: Counted, changed: list[int], chunks: tuple[Path, ...], lengths: "np.ndarray",
          last: LastShards, keep: Callable[[int, dict], str], jobs: int) -> tuple[SearchIndex, Counted]:
    """The last build's shards with the changed articles' postings taken out and put back as
    they are now, scored against the last full count; the other shards carried as they are."""
    folder = chunks[0].parent if chunks else Path()
    mine = set(changed)
    try:
        before = postings_in([folder / counted.chunks[r // CHUNK] for r in changed], mine)
    except (OSError, EOFError, ValueError) as error:  # the chunks' folder lost one
        raise Unpatchable(str(error)) from error
    after = postings_in([chunks[r // CHUNK] for r in changed], mine)
    shards = len(counted.digests)
    touched: dict[int, dict[str, list]] = {}
    for term, *_ in before:
        touched.setdefault(shard_of(term, shards), {}).setdefault(term, [])
    for term, field, ref, tf in after:
        touched.setdefault(shard_of(term, shards), {}).setdefault(term, []).append((field, ref, tf))
    context = Patch(np.array(changed), field_norms(lengths, list(counted.averages)), last.read, keep)
    untouched = sorted(set(range(shards)) - set(touched))
    if len(last.carry(untouched)) < len(untouched):
        raise Unpatchable("the last site lost some of its index shards")
    digests = list(counted.digests)
    terms, postings = counted.terms, counted.postings
    for number, more_terms, more_postings, digest in pmap(_patch_shard, sorted(touched.items()), jobs, cuts=False,
                                                          context=context, min_items=16):
        digests[number] = digest
        terms, postings = terms + more_terms, postings + more_postings
    return (SearchIndex(shards, terms, postings, kept=tuple(digests), carried=len(untouched)),
            Counted((), tuple(c.name for c in chunks), tuple(digests), counted.averages, terms, postings,
                    counted.drift + len(changed)))


def _patch_shard(p: Patch, job: tuple[int, dict[str, list]]) -> tuple[int, int, int, str]:
    """One shard patched: (number, terms added, postings added, what keep returned)."""
    number, fresh = job
    try:
        shard = p.read(number)
    except (OSError, ValueError) as error:
        raise Unpatchable(f"shard {number} of the last site: {error}") from error
    made, more_terms, more_postings = patched_shard(shard, fresh, p.changed, p.norms)
    return number, more_terms, more_postings, p.keep(number, made)
