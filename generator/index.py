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
import importlib.resources
import math
import re
import unicodedata
from array import array
from collections import Counter
from dataclasses import dataclass

import lunr
from lunr.builder import Builder
from lunr.pipeline import Pipeline

from .model import Article
from .parallel import pmap
from .segment import words

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


@functools.cache
def traditional_to_simplified() -> dict[str, str]:
    """OpenCC's character table, first choice, resolved to a fixed point (so normalizing twice is
    normalizing once)."""
    table = {}
    text = importlib.resources.files("opencc").joinpath("dictionary/TSCharacters.txt")
    for line in text.read_text(encoding="utf-8").splitlines():
        source, _, targets = line.partition("\t")
        target = targets.split(" ")[0]
        if len(source) == 1 and len(target) == 1 and source != target:
            table[source] = target
    for source in table:
        seen = {source}
        while table[source] in table and table[source] not in seen:
            seen.add(table[source])
            table[source] = table[table[source]]
    return table


@functools.cache
def _translation() -> dict[int, str]:
    return {ord(k): v for k, v in traditional_to_simplified().items()}


def normalize_char(char: str) -> str:
    """One character as the index holds it: NFKC, lower case, simplified."""
    return unicodedata.normalize("NFKC", char).lower().translate(_translation())


def normalize(text: str) -> str:
    """Text as the index holds it; the browser does the same, character by character."""
    return "".join(normalize_char(c) for c in text)


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
    """Index terms of a field: bigrams and trigrams of each Han run, Latin and digit tokens,
    jieba words."""
    found = []
    for token in TOKEN.findall(normalize(text)):
        if not HAN_RUN.match(token):
            found.append(token)
            continue
        found += han_terms(token) + trigrams(token)
        if len(token) >= MIN_WORD:
            found.extend(w for w in words(token) if MIN_WORD <= len(w) <= MAX_WORD)
    return found


def shard_key(term: str) -> str:
    """The part of a term that picks its shard: a Han term's first two characters."""
    return term[:2] if HAN_RUN.match(term) else term


def shard_of(term: str, shards: int) -> int:
    """FNV-1a over the key's code points; search/engine.js computes the same."""
    h = 0x811C9DC5
    for char in shard_key(term):
        h ^= ord(char)
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h % shards


def body_text(article: Article) -> str:
    """What a reader sees under the title: paragraphs, section heads and captions."""
    blocks = [b.text for b in article.body]
    return "\n".join(blocks + [c.text for c in article.captions])


def standfirst(article: Article) -> str:
    return "\n".join(t for t in (article.kicker, article.subtitle) if t)


def document(ref: str, article: Article) -> dict:
    """An article as the lunr builder takes it: each field already cut into terms."""
    return {"id": ref, "title": terms(article.title), "standfirst": terms(standfirst(article)),
            "tags": [t for tag in article.tags for t in terms(tag)],
            "authors": [t for a in article.authors for t in terms(a)],
            "body": terms(body_text(article))}


@dataclass(frozen=True)
class SearchIndex:
    """The lunr index cut into shards. A shard is compact: `expand` turns it back into the
    serialized lunr.js 2.3.9 index it was cut from (search/engine.js does the same)."""

    shards: tuple[dict, ...]
    terms: int
    postings: int


def _utf16(term: str) -> bytes:
    # lunr.js inserts terms in JavaScript's string order, which is UTF-16 code unit order.
    return term.encode("utf-16-be")


class ArchiveBuilder(Builder):
    """lunr's Builder (fields, boosts, k1, b, search pipeline) for terms already cut.

    lunr.py's add() keeps a dict per posting and a Token per term, and builds vectors by one
    sorted insert per term: at millions of postings that is most of a build. This keeps only
    what lunr's BM25 reads (term counts per field of each document, how many field-document
    pairs hold each term) and hands each term's scores to the shards. tests/test_index.py
    checks they are exactly the stock Builder's.
    """

    def __init__(self):
        super().__init__()
        self.pairs: Counter[str] = Counter()

    def add_terms(self, ref: str, fields: dict[str, list[str]]) -> None:
        self._documents[ref] = {}
        self.document_count += 1
        for name in self._fields:
            counts = Counter(fields[name])
            field_ref = f"{name}/{ref}"
            self.field_term_frequencies[field_ref] = counts
            self.field_lengths[field_ref] = len(fields[name])
            self.pairs.update(counts.keys())

    def idf(self, term: str) -> float:
        # lunr.idf, which counts a document once per field holding the term.
        held = self.pairs[term]
        return math.log(1 + abs((self.document_count - held + 0.5) / (held + 0.5)))

    def term_postings(self) -> dict[str, array]:
        """Each term's (field number, document ref, score × 1000) triples, flat, in document
        order: lunr's BM25 with its rounding, as in Builder._create_field_vectors."""
        self._calculate_average_field_lengths()
        k1, b = self._k1, self._b
        numbers = {name: k for k, name in enumerate(self._fields)}
        idf: dict[str, float] = {}
        postings: dict[str, array] = {}
        for field_ref in list(self.field_term_frequencies):
            # Counts are dropped as they are scored: the postings take their place in memory.
            frequencies = self.field_term_frequencies.pop(field_ref)
            if not frequencies:  # and the field may be empty everywhere: an average of 0
                continue
            name, _, ref = field_ref.partition("/")
            length_ratio = self.field_lengths[field_ref] / self.average_field_length[name]
            # Hoisted out of the loop, each in lunr's own order of operations: the same floats.
            norm = k1 * (1 - b + b * length_ratio)
            field_boost, doc_boost = self._fields[name].boost, self._documents[ref].get("boost", 1)
            field, doc = numbers[name], int(ref)
            for term, tf in frequencies.items():
                weight = idf.get(term)
                if weight is None:
                    weight = idf[term] = self.idf(term)
                score = weight * ((k1 + 1) * tf) / (norm + tf)
                score *= field_boost
                score *= doc_boost
                found = postings.get(term)
                if found is None:
                    found = postings[term] = array("q")
                found.extend((field, doc, round(round(score, 3) * 1000)))
        return postings


def _document(numbered: tuple[int, Article]) -> dict:
    return document(str(numbered[0]), numbered[1])


def build_index(articles: list[Article], jobs: int = 1) -> SearchIndex:
    """Index the articles (ref = position in the list) with lunr and cut the index by term."""
    builder = ArchiveBuilder()
    # Terms arrive normalized; the search pipeline normalizes what the browser asks.
    builder.search_pipeline.add(_normalize_token)
    builder.ref("id")
    for name, boost in FIELDS:
        builder.field(name, boost=boost)
    for doc in pmap(_document, enumerate(articles), jobs):
        builder.add_terms(doc.pop("id"), doc)
    postings = builder.term_postings()
    total = sum(len(p) for p in postings.values()) // 3
    count = max(1, math.ceil(total / POSTINGS_PER_SHARD))
    return SearchIndex(split(postings, count, jobs), len(postings), total)


def split(postings: dict[str, array], count: int, jobs: int = 1) -> tuple[dict, ...]:
    """Each shard's terms in lunr.js order, and for each term its postings with lunr's scores.

    A term's postings are one flat list of integers (`encode`d), field by field: field number,
    number of documents, then (document ref minus the previous one, score × 1000) for each
    document. The serialized index repeats every field name in every posting and every
    document in a vector key; this carries the same numbers in a tenth of the bytes.
    """
    shard_terms: list[list[str]] = [[] for _ in range(count)]
    for term in postings:
        shard_terms[shard_of(term, count)].append(term)
    for names in shard_terms:
        names.sort(key=_utf16)
    return tuple(pmap(_shard, [(names, [postings[t] for t in names]) for names in shard_terms], jobs))


def _shard(part: tuple[list[str], list[array]]) -> dict:
    names, triples = part
    return {"terms": names, "postings": [_flat(t) for t in triples]}


# Postings travel as text: a JavaScript engine parses a string far faster than an array of
# numbers, and the browser decodes only the few terms a query asks for.
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_"
_DIGIT_VALUE = {c: k for k, c in enumerate(DIGITS)}


def encode(numbers: list[int]) -> str:
    """Non-negative integers as variable-length digits: 5 bits each, the sixth bit says more follow."""
    out = []
    for n in numbers:
        while n >= 32:
            out.append(DIGITS[32 | (n & 31)])
            n >>= 5
        out.append(DIGITS[n])
    return "".join(out)


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


def _flat(triples: array) -> str:
    """(field, ref, score) triples in document order, as the encoded list `split` describes."""
    by_field: dict[int, list[int]] = {}
    for i in range(0, len(triples), 3):
        by_field.setdefault(triples[i], []).extend((triples[i + 1], triples[i + 2]))
    flat: list[int] = []
    for field in sorted(by_field):
        pairs = by_field[field]
        flat += [field, len(pairs) // 2]
        previous = 0
        for i in range(0, len(pairs), 2):
            flat += [pairs[i] - previous, pairs[i + 1]]
            previous = pairs[i]
    return encode(flat)


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
