"""Shards: the index cut by term, and the compact text its postings travel as.

The index is split by term into shards; a query loads only the shards of its terms. A trigram
or a word lives in the shard of its first two characters, next to the bigram the query loads
anyway.
"""
from __future__ import annotations

import functools
import math

import lunr
import numpy as np

from .terms import FIELDS, PIPELINE_NAME, leading_points

# A shard of about this many postings keeps what a two-word query downloads small at any size
# of archive (BENCHMARKS.md).
POSTINGS_PER_SHARD = 6000


def shard_key(term: str) -> str:
    """The part of a term that picks its shard: a Han term's first two characters."""
    # Terms are Han (pieces of a Han run) or ASCII (normalized Latin and digit tokens).
    return term if term.isascii() else term[:2]


def shard_of(term: str, shards: int) -> int:
    """FNV-1a over the key's code points; search/engine.js computes the same."""
    return _key_hash(shard_key(term)) % shards


# FNV-1a, 32 bits: search/engine.js hashes a term's key with the same two numbers.
_FNV_OFFSET, _FNV_PRIME = 0x811C9DC5, 0x01000193


@functools.cache
def _key_hash(key: str) -> int:
    h = _FNV_OFFSET
    for char in key:
        h ^= ord(char)
        h = (h * _FNV_PRIME) & 0xFFFFFFFF
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
    h = np.full(len(terms), _FNV_OFFSET, dtype=np.uint64)
    for column in range(int(key_lengths.max())):
        live = column < key_lengths
        h[live] = ((h[live] ^ points[live, column]) * _FNV_PRIME) & 0xFFFFFFFF
    return h.astype(np.uint32)


def code_hashes(codes: "np.ndarray", spelled: list[str]) -> "np.ndarray":
    """key_hashes of terms given as terms.term_counts codes: a Han term's key (its first two
    characters) hashed from its code points, a spelled one's as key_hashes does."""
    out = np.empty(len(codes), dtype=np.uint32)
    out[codes < 0] = key_hashes([spelled[-1 - c] for c in codes[codes < 0].tolist()])
    first, second = (p.astype(np.uint64) for p in leading_points(codes[codes >= 0]))
    h = ((_FNV_OFFSET ^ first) * _FNV_PRIME) & 0xFFFFFFFF
    out[codes >= 0] = np.where(second > 0, ((h ^ second) * _FNV_PRIME) & 0xFFFFFFFF, h)
    return out


def shard_count(postings: int) -> int:
    """The power of two that puts nearest POSTINGS_PER_SHARD postings in a shard."""
    return 2 ** max(0, round(math.log2(max(postings, 1) / POSTINGS_PER_SHARD)))


def utf16(term: str) -> bytes:
    # lunr.js inserts terms in JavaScript's string order, which is UTF-16 code unit order.
    return term.encode("utf-16-be")


def lunr_order(terms: list[str]) -> "np.ndarray":
    """The positions of terms (distinct) in lunr.js order: by UTF-16 code units."""
    if max(map(len, terms)) <= AT_ONCE:
        # One sort in C; numpy's rows are as wide as the longest term.
        text = np.array(terms)
        points = text.view(np.uint32)
        if points.max() >= 0x10000:
            text = _in_utf16_order(points).view(text.dtype)
        return np.argsort(text, kind="stable")
    return np.array(sorted(range(len(terms)), key=lambda k: utf16(terms[k])), dtype=np.int64)


def _in_utf16_order(points: "np.ndarray") -> "np.ndarray":
    """Code points renumbered so that their order is lunr.js's, by UTF-16 code unit: a
    character beyond the BMP (a surrogate pair, D800–DFFF) sorts after U+D7FF and before
    U+E000–U+FFFF."""
    keyed = points.copy()
    astral, high = points >= 0x10000, (points >= 0xE000) & (points < 0x10000)
    keyed[astral] = points[astral] - 0x10000 + 0xD800
    keyed[high] = points[high] - 0xE000 + 0xD800 + 0x100000
    return keyed


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


def unpacked(text: str) -> tuple["np.ndarray", "np.ndarray", "np.ndarray"]:
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
