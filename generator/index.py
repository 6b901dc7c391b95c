"""Index: articles to a lunr index of character bigrams and jieba words, cut into shards.

Every Chinese string of two or more characters is found because every pair of neighbouring
characters is a term: a phrase is the AND of its bigrams, whatever jieba made of it. jieba's
words of four characters or more are terms too, so an article holding the whole word ranks
above one holding its pieces. The browser never runs jieba: it asks the index's own
vocabulary which pieces of the query are words (see `query_plan`).

Trigrams rank an article holding the whole phrase above one holding its pieces apart.

The index is split by term into shards; a query loads only the shards of its terms. A trigram
or a word lives in the shard of its first two characters, next to the bigram the query loads
anyway.
"""
from __future__ import annotations

import functools
import marshal
import math
import re
import shutil
import tempfile
import unicodedata
from collections import Counter
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Callable

import lunr
import numpy as np
from lunr.pipeline import Pipeline

from .digest import fingerprint
from .hanzi import simplified_table, traditional_to_simplified
from .model import Article
from .parallel import pmap
from .recall import few_changed, key_of, read_stamped, write_stamped
from .segment import cuts_of, lent, words

# Field, boost: a title match outweighs many body matches.
FIELDS = (("title", 10), ("standfirst", 4), ("tags", 4), ("authors", 2), ("body", 1))

# Han ideographs: the unified block, extension A, compatibility ideographs, extensions B–G.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f\u3007"
TOKEN = re.compile(f"[{HAN}]+|[a-z0-9]+")
HAN_RUN = re.compile(f"[{HAN}]+")
# jieba words worth a term of their own: shorter ones are already bigrams or trigrams.
MIN_WORD, MAX_WORD = 4, 8

# A shard of about this many postings is ~30 KB gzipped: a two-word query stays far under
# 300 KB even at 100,000 articles.
POSTINGS_PER_SHARD = 6000

PIPELINE_NAME = "archiveNormalize"


def normalize_char(char: str) -> str:
    """One character as the index holds it: NFKC, lower case, simplified."""
    return unicodedata.normalize("NFKC", char).lower().translate(simplified_table())


class _Folding(dict):
    """normalize_char of each code point, computed on first sight (a str.translate table)."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = normalize_char(chr(code))
        return folded


@functools.cache
def _folding() -> _Folding:
    return _Folding()


def normalize(text: str) -> str:
    """Text as the index holds it; the browser does the same, character by character."""
    return text.translate(_folding())


def _normalize_token(token, i=None, tokens=None):
    return token.update(lambda s, metadata=None: normalize(s))


# Registered under the same name as in search/engine.js: lunr.js refuses to load an index
# whose pipeline names a function it does not know.
Pipeline.register_function(_normalize_token, PIPELINE_NAME)


def han_terms(run: str) -> list[str]:
    """A run of Han characters as its bigrams; a lone character as itself."""
    if len(run) == 1:
        return [run]
    return [run[i:i + 2] for i in range(len(run) - 1)]


def trigrams(run: str) -> list[str]:
    """Three neighbouring characters: an article holding a phrase has all of the phrase's,
    one holding only its pieces has not, so they rank the whole phrase first."""
    return [run[i:i + 3] for i in range(len(run) - 2)]


def terms(text: str) -> list[str]:
    """Index terms of a piece of text: bigrams and trigrams of each Han run, Latin and digit
    tokens, jieba words."""
    found = []
    for token in TOKEN.findall(normalize(text)):
        if HAN_RUN.match(token):
            found += han_terms(token) + trigrams(token)
        else:
            found.append(token)
    # The words of the text as written (the stages before cut it so), folded like the rest.
    found += [w for w in map(normalize, words(text)) if MIN_WORD <= len(w) <= MAX_WORD and HAN_RUN.fullmatch(w)]
    return found


def shard_key(term: str) -> str:
    """The part of a term that picks its shard: a Han term's first two characters."""
    # Terms are Han (pieces of a Han run) or ASCII (normalized Latin and digit tokens).
    return term if term.isascii() else term[:2]


def shard_of(term: str, shards: int) -> int:
    """FNV-1a over the key's code points; search/engine.js computes the same."""
    return _key_hash(shard_key(term)) % shards


@functools.cache
def _key_hash(key: str) -> int:
    h = 0x811C9DC5
    for char in key:
        h ^= ord(char)
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


# Terms this long or shorter are hashed and sorted by numpy at once, a row of code points per
# term as wide as the longest; longer ones (a run of Latin letters or digits) one by one.
AT_ONCE = 32


def key_hashes(terms: list[str]) -> "np.ndarray":
    """_key_hash(shard_key(term)) of each term, at once."""
    long = np.array([len(t) > AT_ONCE for t in terms], dtype=bool)
    if long.any():
        out = np.empty(len(terms), dtype=np.uint32)
        out[long] = [_key_hash(shard_key(t)) for t in terms if len(t) > AT_ONCE]
        out[~long] = key_hashes([t for t in terms if len(t) <= AT_ONCE])
        return out
    if not terms:
        return np.zeros(0, dtype=np.uint32)
    text = np.array(terms)  # UCS-4: a row of code points per term, padded with zeros
    points = text.view(np.uint32).reshape(len(terms), -1).astype(np.uint64)
    lengths = np.strings.str_len(text)
    # shard_key: an ASCII term whole, a Han term's first two characters.
    key_lengths = np.where((points < 128).all(axis=1), lengths, np.minimum(lengths, 2))
    h = np.full(len(terms), 0x811C9DC5, dtype=np.uint64)
    for column in range(int(key_lengths.max())):
        live = column < key_lengths
        h[live] = ((h[live] ^ points[live, column]) * 0x01000193) & 0xFFFFFFFF
    return h.astype(np.uint32)


def field_pieces(article: Article) -> dict[str, tuple[str, ...]]:
    """The pieces of text each field of the index holds (the body: paragraphs, section heads
    and captions, what a reader sees under the title)."""
    return {"title": (article.title,), "standfirst": (article.kicker, article.subtitle),
            "tags": article.tags, "authors": article.authors,
            "body": (*(b.text for b in article.body), *(c.text for c in article.captions))}


def body_text(article: Article) -> str:
    return "\n".join(field_pieces(article)["body"])


def standfirst(article: Article) -> str:
    return "\n".join(t for t in field_pieces(article)["standfirst"] if t)


def document(ref: str, fields: dict[str, tuple[str, ...]]) -> dict:
    """An article's field_pieces as the lunr builder takes them: each field already cut into terms."""
    return {"id": ref, **{name: [t for piece in pieces if piece for t in terms(piece)]
                          for name, pieces in fields.items()}}


@dataclass(frozen=True)
class SearchIndex:
    """The lunr index cut into shards. A shard is compact: `expand` turns it back into the
    serialized lunr.js 2.3.9 index it was cut from (search/engine.js does the same)."""

    count: int  # shards
    terms: int
    postings: int
    # Each shard, unless they went straight to files as they were made (see build_index)…
    shards: tuple[dict, ...] = ()
    # …and then what keeping each returned (a digest of its file).
    kept: tuple[str, ...] = ()
    carried: int = 0  # shards the last build wrote, carried as they were


def _utf16(term: str) -> bytes:
    # lunr.js inserts terms in JavaScript's string order, which is UTF-16 code unit order.
    return term.encode("utf-16-be")


# lunr's BM25 parameters (lunr.Builder's defaults, which lunr.js's index expects).
K1, B = 1.2, 0.75

# Postings are spilled to disk by bucket of their term's hash while articles are cut into
# terms, so no process ever holds the whole index: a bucket is read back, scored and encoded
# on its own. Buckets and shards are both powers of two, so each shard falls in one bucket
# (or one bucket in each shard).
BUCKETS = 64
CHUNK = 50  # articles cut by one worker task (and cut again when one of them changes)


@dataclass(frozen=True)
class Spill:
    """Where a build's postings wait between cutting and scoring, and what scoring needs."""

    chunks: tuple[Path, ...]  # a folder per chunk of articles, its postings by bucket
    shards: int
    # Per field, per document: k1 × (1 − b + b × length / average length), as lunr computes it.
    norms: "np.ndarray"
    keep: Callable[[int, dict], str] | None


def build_index(articles: list[Article], jobs: int = 1, keep: Callable[[int, dict], str] | None = None,
                store: Path | None = None, stamp: str = "", last: LastShards | None = None,
                recount_share: float = 0.0, site: int = 0) -> SearchIndex:
    """Index the articles (ref = position in the list) as lunr would, cut by term into shards.
    With `keep`, each shard goes to keep(number, shard) in the worker that made it, and the
    index returned holds what keep returned instead (at 100,000 articles shards are gigabytes).
    With `store`, a chunk of articles cut into terms by an earlier build (of the same stamp) is
    not cut again; and with `last`, the shards that build wrote, a build that changes at most
    `recount_share` of the articles since the last full count patches them (see `patch`); the
    shards kept are the site's whose inode is `site`."""
    with tempfile.TemporaryDirectory(prefix="archive-index-") as scratch:
        root = store or Path(scratch)
        root.mkdir(parents=True, exist_ok=True)
        keys = [article_key(a) for a in articles]
        starts = range(0, len(articles), CHUNK)
        chunks = tuple(root / key_of(stamp, str(start), *keys[start:start + CHUNK]) for start in starts)
        todo = [(start, chunk) for start, chunk in zip(starts, chunks) if not (chunk / "lengths").exists()]
        # Each task carries its articles' text and words: a worker that read them from this
        # process's memory would copy all it read (see segment.lent).
        pmap(_spill_chunk, [(start, chunk, *chunk_text(articles, start)) for start, chunk in todo],
             jobs, min_items=2)
        cut = [marshal.loads((chunk / "lengths").read_bytes()) for chunk in chunks]
        lengths = np.array([row for chunk_lengths, _ in cut for row in chunk_lengths],
                           dtype=np.int64).reshape(-1, len(FIELDS)).T
        counted = read_counted(root, stamp) if store and last and keep else None
        before = counted.keys if counted and counted.site == last.site else None
        changed = few_changed(before, keys, counted.drift if counted else 0, recount_share)
        try:
            if changed is None:
                raise Unpatchable("no shards to patch")
            index, counted = patch(counted, changed, chunks, lengths, last, keep, jobs)
        except Unpatchable:
            index, counted = _full(chunks, sum(postings for _, postings in cut), lengths, keep, jobs)
        if store:
            write_counted(store, stamp, replace(counted, site=site, keys=tuple(keys)))
            for old in set(store.iterdir()) - set(chunks) - {store / COUNTED}:
                shutil.rmtree(old, ignore_errors=True)
    return index


def _full(chunks: tuple[Path, ...], total: int, lengths: "np.ndarray", keep: Callable[[int, dict], str] | None,
          jobs: int) -> tuple[SearchIndex, Counted]:
    """Every shard scored and encoded from the chunks' postings, the statistics counted afresh."""
    spill = Spill(chunks, shard_count(total), field_norms(lengths), keep)
    shards: dict[int, dict | str] = {}
    term_count = 0
    for scored in pmap(_score_group, range(min(spill.shards, BUCKETS)), jobs, context=spill, min_items=2,
                       cuts=False):
        for number, terms_in_shard, shard in scored:
            term_count += int(terms_in_shard)
            shards[number] = shard
    made = tuple(shards[n] for n in range(spill.shards))
    # The site and the keys are build_index's to fill in.
    counted = Counted(0, (), tuple(c.name for c in chunks), made if keep else (), tuple(averages(lengths)),
                      term_count, total, 0)
    if keep:
        return SearchIndex(spill.shards, term_count, total, kept=made), counted
    return SearchIndex(spill.shards, term_count, total, shards=made), counted


def article_key(article: Article) -> str:
    """What an article's postings come from: its fields' text (its fingerprint and tags)."""
    return key_of(fingerprint(article), *article.tags)


def shard_count(postings: int) -> int:
    """The power of two that puts nearest POSTINGS_PER_SHARD postings in a shard."""
    return 2 ** max(0, round(math.log2(max(postings, 1) / POSTINGS_PER_SHARD)))


def averages(lengths: "np.ndarray") -> list[float]:
    """Each field's average length over the documents (0 for none)."""
    documents = lengths.shape[1]
    return [int(lengths[f].sum()) / documents if documents else 0 for f in range(len(FIELDS))]


def field_norms(lengths: "np.ndarray", average: list[float] | None = None) -> "np.ndarray":
    """BM25's length normalisation of each field of each document (lunr's floats exactly:
    the same operations in the same order), against the fields' average lengths."""
    norms = np.zeros(lengths.shape, dtype=np.float64)
    for f, mean in enumerate(averages(lengths) if average is None else average):
        if mean:  # a field empty everywhere has no postings to score
            norms[f] = K1 * (1 - B + B * (lengths[f] / mean))
    return norms


def chunk_text(articles: list[Article], start: int) -> tuple[list[dict], dict[str, str]]:
    """The field pieces of a chunk's articles, and the words of those already cut."""
    fields = [field_pieces(a) for a in articles[start:start + CHUNK]]
    return fields, cuts_of(piece for f in fields for pieces in f.values() for piece in pieces)


def _spill_chunk(job: tuple[int, Path, list[dict], dict[str, str]]) -> None:
    """Cut CHUNK articles (their field pieces) into terms; write their (term, field, ref, count)
    postings by bucket into the chunk's folder, then each article's field lengths and the
    number of postings."""
    start, folder, fields, cuts = job
    with lent(cuts):
        _spill(start, folder, fields)


def _spill(start: int, folder: Path, fields: list[dict]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    # Per field of each article, its distinct terms and their counts, in one flat run.
    cut: list[str] = []
    count: list[int] = []
    distinct, lengths = [], []
    refs = range(start, start + len(fields))
    for number, pieces in zip(refs, fields):
        doc = document(str(number), pieces)
        lengths.append(tuple(len(doc[name]) for name, _ in FIELDS))
        for name, _ in FIELDS:
            counts = Counter(doc[name])
            cut += counts
            count += counts.values()
            distinct.append(len(counts))
    # Terms numbered in the order first cut, each by one lookup in C.
    names = list(dict.fromkeys(cut))
    number_of = dict(zip(names, range(len(names))))
    term = np.fromiter(map(number_of.__getitem__, cut), np.int32, len(cut))
    field = np.repeat(np.tile(np.arange(len(FIELDS), dtype=np.int32), len(refs)), distinct)
    ref = np.repeat(np.repeat(np.arange(refs.start, refs.stop, dtype=np.int32), len(FIELDS)), distinct)
    # Each term's FNV-1a, here where its articles are cut (and recalled with them): its bucket
    # now, its shard when the bucket is scored.
    hashes = key_hashes(names)
    rows = np.stack([term, field, ref, np.array(count, dtype=np.int32)], axis=1)
    # Terms and postings grouped by bucket, in their order within it.
    by_bucket = np.argsort(hashes % BUCKETS, kind="stable")
    term_bounds = np.searchsorted(hashes[by_bucket] % BUCKETS, np.arange(BUCKETS + 1))
    within = np.empty(len(names), dtype=np.int32)  # a term's number among its bucket's terms
    within[by_bucket] = np.arange(len(names)) - np.repeat(term_bounds[:-1], np.diff(term_bounds))
    posting_bucket = (hashes % BUCKETS)[rows[:, 0]]
    postings = rows[np.argsort(posting_bucket, kind="stable")]
    postings[:, 0] = within[postings[:, 0]]
    posting_bounds = np.searchsorted(np.sort(posting_bucket), np.arange(BUCKETS + 1))
    for b in range(BUCKETS):
        held = by_bucket[term_bounds[b]:term_bounds[b + 1]]
        spilled = ([names[k] for k in held.tolist()], hashes[held].tobytes(),
                   postings[posting_bounds[b]:posting_bounds[b + 1]].tobytes())
        (folder / str(b)).write_bytes(marshal.dumps(spilled))
    # Written last: a chunk without it (a killed build's) is cut again.
    (folder / "lengths").write_bytes(marshal.dumps((lengths, len(term))))


def _read_buckets(spill: Spill, buckets) -> tuple[list[str], "np.ndarray", "np.ndarray"]:
    """The buckets' terms in lunr.js order, each term's hash, and their postings as (term
    number, field, ref, count) rows."""
    names: list[str] = []
    hashes, parts = [], []
    for bucket in buckets:
        for chunk in spill.chunks:
            chunk_names, chunk_hashes, flat = marshal.loads((chunk / str(bucket)).read_bytes())
            rows = np.frombuffer(flat, dtype=np.int32).reshape(-1, 4).astype(np.int64)
            rows[:, 0] += len(names)
            names += chunk_names
            hashes.append(np.frombuffer(chunk_hashes, dtype=np.uint32))
            parts.append(rows)
    if not names:
        return [], np.zeros(0, dtype=np.int64), np.zeros((0, 4), dtype=np.int64)
    ordered, first, number = _merged(names)
    rows = np.concatenate(parts)
    rows[:, 0] = number[rows[:, 0]]
    return ordered, np.concatenate(hashes)[first].astype(np.int64), rows


def _merged(names: list[str]) -> tuple[list[str], "np.ndarray", "np.ndarray"]:
    """The distinct names in lunr.js order, a position in names of each, and the number of
    each name in that order."""
    # The chunks' vocabularies overlap: at 100,000 articles a bucket holds each distinct term
    # about fifteen times. Deduplicated first (in C), then only the distinct ones are sorted.
    distinct = list(dict.fromkeys(names))
    seen = np.fromiter(map(dict(zip(distinct, range(len(distinct)))).__getitem__, names), np.int64, len(names))
    somewhere = np.empty(len(distinct), dtype=np.int64)
    somewhere[seen] = np.arange(len(names))  # of repeated names, any one position will do
    order = _lunr_order(distinct)
    rank = np.empty(len(distinct), dtype=np.int64)
    rank[order] = np.arange(len(distinct))
    return [distinct[k] for k in order.tolist()], somewhere[order], rank[seen]


def _lunr_order(terms: list[str]) -> "np.ndarray":
    """The positions of terms (distinct) in lunr.js order: by UTF-16 code units."""
    if max(map(len, terms)) <= AT_ONCE:
        # One sort in C; numpy's rows are as wide as the longest term.
        text = np.array(terms)
        points = text.view(np.uint32)
        if points.max() >= 0x10000:
            text = _in_utf16_order(points).view(text.dtype)
        return np.argsort(text, kind="stable")
    return np.array(sorted(range(len(terms)), key=lambda k: _utf16(terms[k])), dtype=np.int64)


def _in_utf16_order(points: "np.ndarray") -> "np.ndarray":
    """Code points renumbered so that their order is lunr.js's, by UTF-16 code unit: a
    character beyond the BMP (a surrogate pair, D800–DFFF) sorts after U+D7FF and before
    U+E000–U+FFFF."""
    keyed = points.copy()
    astral, high = points >= 0x10000, (points >= 0xE000) & (points < 0x10000)
    keyed[astral] = points[astral] - 0x10000 + 0xD800
    keyed[high] = points[high] - 0xE000 + 0xD800 + 0x100000
    return keyed


def _score_group(spill: Spill, group: int) -> list[tuple[int, int, dict | str]]:
    """The shards of one bucket (or the one shard of several buckets), scored and encoded:
    (number, terms, shard), or what `keep` returned in place of the shard."""
    if spill.shards >= BUCKETS:
        buckets, shards = [group], range(group, spill.shards, BUCKETS)
    else:
        buckets, shards = range(group, BUCKETS, spill.shards), [group]
    names, hashes, rows = _read_buckets(spill, buckets)
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
        out.append((number, hi - lo, spill.keep(number, made) if spill.keep else made))
    return out


def bm25(term, field, ref, tf, norms, held: "np.ndarray | None" = None) -> "np.ndarray":
    """lunr's score × 1000 of each posting, rounded as lunr rounds (round(score, 3)). `held`:
    per term, the field-document pairs holding it (lunr.idf's count), if not these postings'."""
    if held is None:
        held = np.bincount(term)
    documents = norms.shape[1]
    counts, which = np.unique(held, return_inverse=True)
    # math.log, not numpy's: lunr's floats exactly. Once per distinct count, not per term.
    idf = np.array([math.log(1 + abs((documents - h + 0.5) / (h + 0.5))) for h in counts.tolist()])[which]
    boost = np.array([b for _, b in FIELDS], dtype=np.float64)
    count = tf.astype(np.float64)
    score = idf[term] * ((K1 + 1) * count) / (norms[field, ref] + count) * boost[field]
    scaled = score * 1000
    out = np.rint(scaled).astype(np.int64)
    # Where score × 1000 sits on a half, float error could tip np.rint the other way than
    # Python's decimal rounding: those few take lunr's own path.
    tie = np.flatnonzero(np.abs(scaled - np.floor(scaled) - 0.5) < 1e-6)
    for k in tie.tolist():
        out[k] = round(round(float(score[k]), 3) * 1000)
    return out


# A build that changes a few articles patches the last build's shards instead of scoring every
# posting again: scores are BM25 against archive-wide statistics (each field's average length,
# each term's document count), and a recount moves a rounded score in most shards for an edit
# of one article. The statistics of the last full count stand until `recount_share` of the
# articles has changed since: the changed articles are scored against them, and every other
# posting keeps its score. Like a search engine's segments, merged when they drift too far.
COUNTED = "counted"


@dataclass(frozen=True)
class Counted:
    """What an index build leaves for the next: each ref's article key, the chunks, the shards'
    digests, and the statistics of the last full count."""

    site: int  # the site whose shards these are (its inode)
    keys: tuple[str, ...]
    chunks: tuple[str, ...]  # folder names in the store, in ref order
    digests: tuple[str, ...]  # what keep returned for each shard
    averages: tuple[float, ...]  # per field, its average length at the last full count
    terms: int
    postings: int
    drift: int  # articles changed since the last full count


class Unpatchable(Exception):
    """The last build's shards are not there to patch: everything is scored again."""


@dataclass(frozen=True)
class LastShards:
    """The shards the last build wrote, as the site holds them."""

    site: int  # the site's inode
    read: Callable[[int], dict]  # shard number → the shard
    carry: Callable[[list[int]], list[int]]  # into the new site as they are; those carried


def read_counted(store: Path, stamp: str) -> Counted | None:
    kept = read_stamped(store / COUNTED, stamp)
    return Counted(*kept) if len(kept) == len(fields(Counted)) else None


def write_counted(store: Path, stamp: str, counted: Counted) -> None:
    write_stamped(store / COUNTED, stamp, tuple(getattr(counted, f.name) for f in fields(counted)))


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
    store = chunks[0].parent if chunks else Path()
    mine = set(changed)
    try:
        before = _postings_in([store / counted.chunks[r // CHUNK] for r in changed], mine)
    except (OSError, EOFError, ValueError) as error:  # the store lost a chunk
        raise Unpatchable(str(error)) from error
    after = _postings_in([chunks[r // CHUNK] for r in changed], mine)
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
            Counted(0, (), tuple(c.name for c in chunks), tuple(digests), counted.averages, terms, postings,
                    counted.drift + len(changed)))


def _postings_in(folders: list[Path], refs: set[int]) -> list[tuple[str, int, int, int]]:
    """(term, field, ref, count) of the refs' postings, from the chunks that hold them."""
    found = []
    for folder in dict.fromkeys(folders):
        for bucket in range(BUCKETS):
            names, _, flat = marshal.loads((folder / str(bucket)).read_bytes())
            rows = np.frombuffer(flat, dtype=np.int32).reshape(-1, 4)
            for term, field, ref, count in rows[np.isin(rows[:, 2], list(refs))].tolist():
                found.append((names[term], field, ref, count))
    return found


def _patch_shard(p: Patch, job: tuple[int, dict[str, list]]) -> tuple[int, int, int, str]:
    """One shard patched: (number, terms added, postings added, what keep returned)."""
    number, fresh = job
    try:
        shard = p.read(number)
    except (OSError, ValueError) as error:
        raise Unpatchable(f"shard {number} of the last site: {error}") from error
    postings = dict(zip(shard["terms"], shard["postings"]))
    names = list(fresh)
    # Per term, the postings of unchanged articles as they were (field, ref, score) …
    stays, before = [], 0
    for name in names:
        field, ref, score = _unpacked(postings.get(name, ""))
        before += len(field)
        unchanged = ~np.isin(ref, p.changed)
        stays.append((field[unchanged], ref[unchanged], score[unchanged]))
    # … and the changed articles' postings (field, ref, count), scored.
    new = [np.array(fresh[name], dtype=np.int64).reshape(-1, 3) for name in names]
    held = np.array([len(field) + len(rows) for (field, _, _), rows in zip(stays, new)], dtype=np.int64)
    new_term = np.repeat(np.arange(len(names)), [len(rows) for rows in new])
    new_field, new_ref, new_tf = np.concatenate(new or [np.zeros((0, 3), np.int64)]).T
    new_score = bm25(new_term, new_field, new_ref, new_tf, p.norms, held)
    term = np.concatenate([np.repeat(np.arange(len(names)), [len(field) for field, _, _ in stays]), new_term])
    field, ref, score = (np.concatenate([*(kept[k] for kept in stays), fresh_part])
                         for k, fresh_part in enumerate((new_field, new_ref, new_score)))
    by_posting = np.lexsort((ref, field, term))
    encoded = encode_terms(names, term[by_posting], field[by_posting], ref[by_posting], score[by_posting])
    for name in set(names) - set(encoded["terms"]):  # no article holds it any more
        postings.pop(name, None)
    postings.update(zip(encoded["terms"], encoded["postings"]))  # a term already there keeps its place
    order = list(postings) if postings.keys() == set(shard["terms"]) else sorted(postings, key=_utf16)
    made = {"terms": order, "postings": [postings[t] for t in order]}
    return number, len(order) - len(shard["terms"]), len(term) - before, p.keep(number, made)


def _unpacked(text: str) -> tuple["np.ndarray", "np.ndarray", "np.ndarray"]:
    """An encoded postings list as arrays of field, ref and score × 1000 (`postings_of`, in numpy)."""
    flat, fields, refs, scores, k = decode_many(text), [], [], [], 0
    while k < len(flat):
        field, count = int(flat[k]), int(flat[k + 1])
        pairs = flat[k + 2:k + 2 + 2 * count]
        fields.append(np.full(count, field))
        refs.append(np.cumsum(pairs[0::2]))
        scores.append(pairs[1::2])
        k += 2 + 2 * count
    if not fields:
        return (np.zeros(0, np.int64),) * 3
    return np.concatenate(fields), np.concatenate(refs), np.concatenate(scores)


def encode_terms(names, term, field, ref, scores) -> dict:
    """Postings sorted by term (whole terms, in lunr.js order, as a shard holds them): the terms,
    and each term's postings as one `encode`d list: per field, its number and document count,
    then (ref − previous ref, score × 1000) each."""
    # lunr's serialized index repeats every field name in every posting and every document in
    # a vector key; this carries the same numbers in a tenth of the bytes.
    if not len(term):
        return {"terms": [], "postings": []}
    new_term = np.r_[True, term[1:] != term[:-1]]
    new_group = new_term | np.r_[True, field[1:] != field[:-1]]  # a (term, field) group
    starts_term, starts_group = np.flatnonzero(new_term), np.flatnonzero(new_group)
    group_of = np.cumsum(new_group) - 1
    sizes = np.diff(np.r_[starts_group, len(term)])
    gap = ref.copy()
    follows = np.r_[False, group_of[1:] == group_of[:-1]]
    gap[follows] = ref[follows] - ref[np.flatnonzero(follows) - 1]
    # The number stream: per group its field and size, then (gap, score) per posting.
    numbers = np.empty(2 * len(starts_group) + 2 * len(term), dtype=np.int64)
    at_posting = 2 * np.arange(len(term)) + 2 * (group_of + 1)
    at_group = 2 * starts_group + 2 * np.arange(len(starts_group))
    numbers[at_group], numbers[at_group + 1] = field[starts_group], sizes
    numbers[at_posting], numbers[at_posting + 1] = gap, scores
    text, offsets = encode_many(numbers)
    # Where each term's numbers begin: its first group's header.
    term_group = group_of[starts_term]
    bounds = offsets[np.r_[at_group[term_group], len(numbers)]].tolist()
    return {"terms": list(map(names.__getitem__, term[starts_term].tolist())),
            "postings": list(map(text.__getitem__, map(slice, bounds[:-1], bounds[1:])))}


def encode_many(numbers: "np.ndarray") -> tuple[str, "np.ndarray"]:
    """The digits of many numbers at once (see `encode`), and where each number's digits begin
    (one past the end at the last position)."""
    digits = np.ones(len(numbers), dtype=np.int64)
    rest = numbers >> 5
    while rest.any():
        digits += rest > 0
        rest >>= 5
    offsets = np.r_[0, np.cumsum(digits)]
    text = np.empty(offsets[-1], dtype=np.uint8)
    # Digit by digit, each round over the numbers that have one more: most have one or two.
    live, shift = np.arange(len(numbers)), 0
    while len(live):
        rest = numbers[live] >> shift
        more = rest >= 32
        text[offsets[live] + shift // 5] = _DIGIT_BYTES[(rest & 31) | (more << 5)]
        live, shift = live[more], shift + 5
    return text.tobytes().decode("ascii"), offsets


# Postings travel as text: a JavaScript engine parses a string far faster than an array of
# numbers, and the browser decodes only the few terms a query asks for.
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_"
_DIGIT_VALUE = {c: k for k, c in enumerate(DIGITS)}
_DIGIT_BYTES = np.frombuffer(DIGITS.encode("ascii"), dtype=np.uint8)


def encode(numbers: list[int]) -> str:
    """Non-negative integers as variable-length digits: 5 bits each, the sixth bit says more follow."""
    return encode_many(np.array(numbers, dtype=np.int64))[0]


_VALUE_OF_BYTE = np.zeros(256, dtype=np.int64)
_VALUE_OF_BYTE[_DIGIT_BYTES] = np.arange(len(DIGITS))


def decode_many(text: str) -> "np.ndarray":
    """`decode` at once, in numpy: for postings lists of thousands of numbers."""
    values = _VALUE_OF_BYTE[np.frombuffer(text.encode("ascii"), dtype=np.uint8)]
    if not len(values):
        return np.zeros(0, dtype=np.int64)
    ends = np.flatnonzero(values < 32)  # a digit without the "more follows" bit ends a number
    starts = np.r_[0, ends[:-1] + 1]
    within = np.arange(len(values)) - np.repeat(starts, ends - starts + 1)
    return np.add.reduceat((values & 31) << (5 * within), starts)


def decode(text: str) -> list[int]:
    numbers, n, shift = [], 0, 0
    for char in text:
        value = _DIGIT_VALUE[char]
        n |= (value & 31) << shift
        if value & 32:
            shift += 5
        else:
            numbers.append(n)
            n, shift = 0, 0
    return numbers


def postings_of(flat: list[int]):
    """(field number, document ref, score × 1000) of a decoded postings list."""
    k = 0
    while k < len(flat):
        field, count, ref = flat[k], flat[k + 1], 0
        k += 2
        for _ in range(count):
            ref += flat[k]
            yield field, ref, flat[k + 1]
            k += 2


def expand(shard: dict, wanted: set[str] | None = None, kept: set[int] | None = None) -> dict:
    """A compact shard as the serialized lunr index `lunr.Index.load` takes: whole, or only the
    wanted terms and the kept documents. A query scores a kept document the same on either:
    lunr's score is the dot product with the query's terms alone, over the query's length."""
    fields = [name for name, _ in FIELDS]
    positions = range(len(shard["terms"])) if wanted is None else sorted(
        k for k, term in enumerate(shard["terms"]) if term in wanted)
    inverted, vectors = [], {}
    for index, position in enumerate(positions):
        posting = {"_index": index, **{f: {} for f in fields}}
        for field, ref, score in postings_of(decode(shard["postings"][position])):
            if kept is None or ref in kept:
                posting[fields[field]][str(ref)] = {}
                vectors.setdefault(f"{fields[field]}/{ref}", []).extend((index, score / 1000))
        inverted.append([shard["terms"][position], posting])
    return {"version": lunr.__TARGET_JS_VERSION__, "fields": fields,
            "fieldVectors": [[ref, v] for ref, v in vectors.items()],
            "invertedIndex": inverted, "pipeline": [PIPELINE_NAME]}
