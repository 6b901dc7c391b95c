"""Index: articles to a lunr index of their terms (see terms.py), cut into shards (see
shards.py). Per piece of work: a chunk of articles → its postings spilled by bucket; a bucket →
its shards scored (scoring.py) and encoded; a shard and the postings of changed articles → the
shard patched. How a build memoises chunks and patches the last site's shards is reindex.py's.
"""
from __future__ import annotations

import itertools
import marshal
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .digest import fingerprint, key_of
from .model import Article
from .parallel import pmap
from .scoring import bm25, field_norms
from .shards import code_hashes, encode_terms, lunr_order, shard_count, unpacked, utf16
from .terms import FIELDS, field_pieces, spelled_out, term_counts


@dataclass(frozen=True)
class SearchIndex:
    """The lunr index cut into shards. A shard is compact: `shards.expand` turns it back into the
    serialized lunr.js 2.3.9 index it was cut from (search/engine.js does the same)."""

    count: int  # shards
    terms: int
    postings: int
    # Each shard, unless they went straight to files as they were made (see build_index)…
    shards: tuple[dict, ...] = ()
    # …and then what keeping each returned (a digest of its file).
    kept: tuple[str, ...] = ()
    carried: int = 0  # shards the last build wrote, carried as they were


# Postings are spilled to disk by bucket of their term's hash while articles are cut into
# terms, so no process ever holds the whole index: a bucket is read back, scored and encoded
# on its own. Buckets and shards are both powers of two, so each shard falls in one bucket
# (or one bucket in each shard).
BUCKETS = 64
CHUNK = 50  # articles cut by one worker task (and cut again when one of them changes)
# A posting as a chunk keeps it, 8 bytes where four int32 took 16: a full build writes every
# posting of the archive there. Its ref counts from the chunk's first (CHUNK is below 256).
POSTING = np.dtype([("term", "<i4"), ("count", "<u2"), ("field", "u1"), ("ref", "u1")])


@dataclass(frozen=True)
class Spill:
    """Where a build's postings wait between cutting and scoring, and what scoring needs."""

    chunks: tuple[Path, ...]  # a file per chunk of articles, its postings by bucket
    shards: int
    # Per field, per document: k1 × (1 − b + b × length / average length), as lunr computes it.
    norms: "np.ndarray"
    bounds: tuple[tuple[int, ...], ...]  # per chunk, where each bucket starts in its file


def build_index(articles: list[Article], jobs: int = 1) -> SearchIndex:
    """Index the articles (ref = position in the list) as lunr would, cut by term into shards,
    every piece afresh and the shards kept in memory (reindex.py runs it for a site)."""
    with tempfile.TemporaryDirectory(prefix="archive-index-") as scratch:
        chunks = tuple(Path(scratch, str(start)) for start in range(0, len(articles), CHUNK))
        spill_chunks(articles, chunks, jobs)
        lengths, total, bounds = chunk_heads(chunks)
        spill = Spill(chunks, shard_count(total), field_norms(lengths), bounds)
        made = {number: (terms, shard) for scored in pmap(score_group, range(groups(spill)), jobs, context=spill,
                                                          min_items=2, cuts=False)
                for number, terms, shard in scored}
    return SearchIndex(spill.shards, sum(int(terms) for terms, _ in made.values()), total,
                       shards=tuple(made[n][1] for n in range(spill.shards)))


def spill_chunks(articles: list[Article], chunks: tuple[Path, ...], jobs: int,
                 todo: set[Path] | None = None) -> None:
    """Cut each chunk of CHUNK articles into its file (those in `todo` only, if given)."""
    # Each task carries its articles' text: a worker that read them from this process's memory
    # would copy every page it read from (reading an object writes its reference count).
    pmap(spill_chunk, [(k * CHUNK, chunk, chunk_text(articles, k * CHUNK)) for k, chunk in enumerate(chunks)
                       if todo is None or chunk in todo], jobs, min_items=2)


def chunk_heads(chunks: tuple[Path, ...]) -> tuple["np.ndarray", int, tuple[tuple[int, ...], ...]]:
    """Each article's field lengths (a row per field), how many postings the chunks hold, and
    where each chunk's buckets start in its file."""
    heads = [_head(chunk) for chunk in chunks]
    lengths = np.array([row for chunk_lengths, _, _ in heads for row in chunk_lengths],
                       dtype=np.int64).reshape(-1, len(FIELDS)).T
    return lengths, sum(postings for _, postings, _ in heads), tuple(bounds for _, _, bounds in heads)


# A chunk's file: the size of its head (8 bytes), its head (marshal: its articles' field
# lengths, its postings' count, where each bucket starts after the head), its buckets. One file,
# not one per bucket: a full build makes tens of thousands fewer.
_HEAD_SIZE = 8


def _head(chunk: Path) -> tuple[list, int, tuple[int, ...]]:
    with open(chunk, "rb") as f:
        size = int.from_bytes(f.read(_HEAD_SIZE), "little")
        lengths, postings, bounds = marshal.loads(f.read(size))
    return lengths, postings, tuple(_HEAD_SIZE + size + b for b in bounds)


def _write_chunk(chunk: Path, lengths: list, postings: int, buckets: list[bytes]) -> None:
    bounds = tuple(itertools.accumulate(map(len, buckets), initial=0))
    head = marshal.dumps((lengths, postings, bounds))
    part = chunk.with_name(chunk.name + ".part")
    with open(part, "wb") as f:
        f.write(len(head).to_bytes(_HEAD_SIZE, "little"))
        f.write(head)
        f.writelines(buckets)
    os.replace(part, chunk)  # whole or not there: a killed build's chunk is cut again


def _bucket(chunk: Path, bounds: tuple[int, ...], bucket: int) -> tuple:
    with open(chunk, "rb") as f:
        f.seek(bounds[bucket])
        return marshal.loads(f.read(bounds[bucket + 1] - bounds[bucket]))


def groups(spill: Spill) -> int:
    """How many pieces of scoring work: a bucket each, or a shard each where shards are fewer."""
    return min(spill.shards, BUCKETS)


def article_key(article: Article) -> str:
    """What an article's postings come from: its fields' text (its fingerprint and tags)."""
    return key_of(fingerprint(article), *article.tags)


def chunk_text(articles: list[Article], start: int) -> list[dict]:
    """The field pieces of a chunk's articles."""
    return [field_pieces(a) for a in articles[start:start + CHUNK]]


def spill_chunk(job: tuple[int, Path, list[dict]]) -> None:
    """Cut CHUNK articles (their field pieces) into terms; write their (term, field, ref, count)
    postings by bucket into the chunk's file, with each article's field lengths."""
    start, chunk, fields = job
    chunk.parent.mkdir(parents=True, exist_ok=True)
    # Each field of each article a group of texts: its terms counted at once.
    texts, groups = [], []
    for k, pieces in enumerate(fields):
        for f, (name, _) in enumerate(FIELDS):
            for piece in pieces[name]:
                if piece:
                    texts.append(piece)
                    groups.append(k * len(FIELDS) + f)
    counted = term_counts(texts, groups, len(fields) * len(FIELDS))
    codes = counted.codes
    lengths = counted.lengths.reshape(-1, len(FIELDS)).tolist()
    term = counted.term.astype(np.int32)
    field = (counted.group % len(FIELDS)).astype(np.int32)
    ref = (counted.group // len(FIELDS) + start).astype(np.int32)
    count = counted.count
    # Each term's FNV-1a, here where its articles are cut (and recalled with them): its bucket
    # now, its shard when the bucket is scored.
    hashes = code_hashes(codes, counted.spelled)
    rows = np.stack([term, field, ref, count.astype(np.int32)], axis=1)
    # Terms and postings grouped by bucket, in their order within it.
    by_bucket = np.argsort(hashes % BUCKETS, kind="stable")
    term_bounds = np.searchsorted(hashes[by_bucket] % BUCKETS, np.arange(BUCKETS + 1))
    within = np.empty(len(codes), dtype=np.int32)  # a term's number among its bucket's terms
    within[by_bucket] = np.arange(len(codes)) - np.repeat(term_bounds[:-1], np.diff(term_bounds))
    posting_bucket = (hashes % BUCKETS)[rows[:, 0]]
    postings = rows[np.argsort(posting_bucket, kind="stable")]
    postings[:, 0] = within[postings[:, 0]]
    posting_bounds = np.searchsorted(np.sort(posting_bucket), np.arange(BUCKETS + 1))
    buckets = []
    for b in range(BUCKETS):
        held = by_bucket[term_bounds[b]:term_bounds[b + 1]]
        buckets.append(marshal.dumps((*bucket_terms(codes[held], counted.spelled), hashes[held].tobytes(),
                                      packed(postings[posting_bounds[b]:posting_bounds[b + 1]], start), start)))
    _write_chunk(chunk, lengths, len(term), buckets)


def bucket_terms(codes: "np.ndarray", spelled: list[str]) -> tuple[bytes, list[str]]:
    """A bucket's terms as a chunk keeps them: their codes (terms.term_counts'), the spellings
    among them numbered afresh within the bucket, and those spellings."""
    mine = codes < 0
    local = codes.copy()
    local[mine] = -1 - np.arange(int(mine.sum()))
    return local.tobytes(), [spelled[-1 - c] for c in codes[mine].tolist()]


def packed(rows: "np.ndarray", start: int) -> bytes:
    """(term, field, ref, count) rows of the chunk starting at `start`, as POSTINGs."""
    out = np.empty(len(rows), POSTING)
    out["term"], out["field"], out["ref"] = rows[:, 0], rows[:, 1], rows[:, 2] - start
    out["count"] = np.minimum(rows[:, 3], np.iinfo(np.uint16).max)  # a word 65,535 times: BM25 long saturated
    return out.tobytes()


def unpacked_rows(flat: bytes, start: int) -> "np.ndarray":
    """packed's rows back, as int64."""
    kept = np.frombuffer(flat, POSTING)
    return np.stack([kept["term"], kept["field"], kept["ref"].astype(np.int64) + start, kept["count"]], axis=1,
                    dtype=np.int64)


def read_buckets(spill: Spill, buckets) -> tuple[list[str], "np.ndarray", "np.ndarray"]:
    """The buckets' terms in lunr.js order, each term's hash, and their postings as (term
    number, field, ref, count) rows."""
    # The chunks' vocabularies overlap: a bucket holds each distinct term many times over. A
    # Han run's terms are numbers (their characters packed) merged at once; only the few
    # spellings are strings, numbered as first seen.
    codes, hashes, parts = [], [], []
    spellings: dict[str, int] = {}
    held = 0
    for bucket in buckets:
        for chunk, bounds in zip(spill.chunks, spill.bounds):
            local, spelled, chunk_hashes, flat, start = _bucket(chunk, bounds, bucket)
            code = np.frombuffer(local, np.int64).copy()
            mine = code < 0
            code[mine] = [-1 - spellings.setdefault(name, len(spellings)) for name in spelled]
            rows = unpacked_rows(flat, start)
            rows[:, 0] += held
            held += len(code)
            codes.append(code)
            hashes.append(np.frombuffer(chunk_hashes, dtype=np.uint32))
            parts.append(rows)
    if not held:
        return [], np.zeros(0, dtype=np.int64), np.zeros((0, 4), dtype=np.int64)
    distinct, somewhere, seen = np.unique(np.concatenate(codes), return_index=True, return_inverse=True)
    names = spelled_out(distinct, list(spellings))
    order = lunr_order(names)
    rank = np.empty(len(names), dtype=np.int64)
    rank[order] = np.arange(len(names))
    rows = np.concatenate(parts)
    rows[:, 0] = rank[seen[rows[:, 0]]]
    return [names[k] for k in order.tolist()], np.concatenate(hashes)[somewhere[order]].astype(np.int64), rows


def score_group(spill: Spill, group: int) -> list[tuple[int, int, dict]]:
    """The shards of one bucket (or the one shard of several buckets), scored and encoded:
    (number, terms, shard)."""
    if spill.shards >= BUCKETS:
        buckets, shards = [group], range(group, spill.shards, BUCKETS)
    else:
        buckets, shards = range(group, BUCKETS, spill.shards), [group]
    names, hashes, rows = read_buckets(spill, buckets)
    term, field, ref, tf = rows.T
    shard_of_term = hashes % spill.shards
    # Terms are numbered in lunr.js order: a shard's terms sort by their number.
    order = np.lexsort((ref, field, term, shard_of_term[term]))
    term, field, ref, tf = term[order], field[order], ref[order], tf[order]
    scores = bm25(term, field, ref, tf, spill.norms)
    # Postings of one shard are contiguous: shard is the first sort key.
    # Encoded in one go: a term's numbers never run into the next term's, nor so a shard's.
    whole = encode_terms(names, term, field, ref, scores)
    first_posting = np.flatnonzero(np.r_[True, term[1:] != term[:-1]]) if len(term) else term
    bounds = np.searchsorted(first_posting, np.searchsorted(shard_of_term[term], np.arange(spill.shards + 1)))
    out = []
    for number in shards:
        lo, hi = bounds[number], bounds[number + 1]
        made = {"terms": whole["terms"][lo:hi], "postings": whole["postings"][lo:hi]}
        out.append((number, hi - lo, made))
    return out


def postings_in(chunks: list[Path], refs: set[int]) -> list[tuple[str, int, int, int]]:
    """(term, field, ref, count) of the refs' postings, from the chunks that hold them."""
    found = []
    for chunk in dict.fromkeys(chunks):
        bounds = _head(chunk)[2]
        for bucket in range(BUCKETS):
            local, spelled, _, flat, start = _bucket(chunk, bounds, bucket)
            names = spelled_out(np.frombuffer(local, np.int64), spelled)
            rows = unpacked_rows(flat, start)
            for term, field, ref, count in rows[np.isin(rows[:, 2], list(refs))].tolist():
                found.append((names[term], field, ref, count))
    return found


def patched_shard(shard: dict, fresh: dict[str, list], changed: "np.ndarray",
                  norms: "np.ndarray") -> tuple[dict, int, int]:
    """A shard with the changed articles' postings taken out and `fresh` (term → their (field,
    ref, count) now) put in, scored by `norms`: the shard, terms added, postings added."""
    postings = dict(zip(shard["terms"], shard["postings"]))
    names = list(fresh)
    # Per term, the postings of unchanged articles as they were (field, ref, score) …
    stays, before = [], 0
    for name in names:
        field, ref, score = unpacked(postings.get(name, ""))
        before += len(field)
        unchanged = ~np.isin(ref, changed)
        stays.append((field[unchanged], ref[unchanged], score[unchanged]))
    # … and the changed articles' postings (field, ref, count), scored.
    new = [np.array(fresh[name], dtype=np.int64).reshape(-1, 3) for name in names]
    held = np.array([len(field) + len(rows) for (field, _, _), rows in zip(stays, new)], dtype=np.int64)
    new_term = np.repeat(np.arange(len(names)), [len(rows) for rows in new])
    new_field, new_ref, new_tf = np.concatenate(new or [np.zeros((0, 3), np.int64)]).T
    new_score = bm25(new_term, new_field, new_ref, new_tf, norms, held)
    term = np.concatenate([np.repeat(np.arange(len(names)), [len(field) for field, _, _ in stays]), new_term])
    field, ref, score = (np.concatenate([*(kept[k] for kept in stays), fresh_part])
                         for k, fresh_part in enumerate((new_field, new_ref, new_score)))
    by_posting = np.lexsort((ref, field, term))
    encoded = encode_terms(names, term[by_posting], field[by_posting], ref[by_posting], score[by_posting])
    for name in set(names) - set(encoded["terms"]):  # no article holds it any more
        postings.pop(name, None)
    postings.update(zip(encoded["terms"], encoded["postings"]))  # a term already there keeps its place
    order = list(postings) if postings.keys() == set(shard["terms"]) else sorted(postings, key=utf16)
    made = {"terms": order, "postings": [postings[t] for t in order]}
    return made, len(order) - len(shard["terms"]), len(term) - before
