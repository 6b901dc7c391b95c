"""Terms: what the text of an article or a query becomes in the index.

Every Chinese string of two or more characters is found because every pair of neighbouring
characters is a term: a phrase is the AND of its bigrams, whatever jieba made of it. jieba's
words of four characters or more are terms too, so an article holding the whole word ranks
above one holding its pieces. The browser never runs jieba: it asks the index's own
vocabulary which pieces of the query are words (see `query.query_plan`).

Trigrams rank an article holding the whole phrase above one holding its pieces apart.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

import numpy as np
from lunr.pipeline import Pipeline

from .hanzi import simplified_table
from .model import Article
from .segment import words

# Field, boost: a title match outweighs many body matches.
FIELDS = (("title", 10), ("standfirst", 4), ("tags", 4), ("authors", 2), ("body", 1))

# Han ideographs: the unified block, extension A, compatibility ideographs, extensions B–G.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f\u3007"
TOKEN = re.compile(f"[{HAN}]+|[a-z0-9]+")
HAN_RUN = re.compile(f"[{HAN}]+")
# jieba words worth a term of their own: shorter ones are already bigrams or trigrams.
MIN_WORD, MAX_WORD = 4, 8

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
class TermCounts:
    """The terms of many texts at once: the distinct terms, and per group of texts (an article's
    field) each term it holds with how often; and each group's length in terms."""

    codes: "np.ndarray"  # each distinct term, as term_code: its characters packed, or a spelling's number
    spelled: list[str]  # the spellings the negative codes number
    group: "np.ndarray"  # per entry: its group…
    term: "np.ndarray"  # …a term, as a position in codes…
    count: "np.ndarray"  # …and how often the group holds it
    lengths: "np.ndarray"  # per group, how many terms it holds (repeats counted)

    @property
    def names(self) -> list[str]:
        return spelled_out(self.codes, self.spelled)


# The code points of Han, (first, last) of each range HAN spells.
_HAN_RANGES = tuple((ord(first), ord(last or first)) for first, last in re.findall(r"(.)(?:-(.))?", HAN))
_BITS = 21  # every code point fits in 21 bits: two or three of them pack into an int64


def term_counts(texts: list[str], groups: list[int], group_count: int) -> TermCounts:
    """terms() of each text, counted per group (texts of one group counted together): the same
    terms, found for the whole lot at once as arrays of code points rather than one by one."""
    # Texts joined by a character that is no term's, so no term runs from one into the next.
    folded = normalize("\x00".join(texts))
    points = np.frombuffer(folded.encode("utf-32-le"), np.uint32).astype(np.int64)
    group_of = np.asarray(groups, np.int64)[np.cumsum(points == 0)] if len(points) else points
    codes, owners = _han_terms_packed(points, group_of)
    # Latin and digit tokens, and jieba's longer words: few, kept as strings, numbered below zero.
    latin = ((points >= 0x61) & (points <= 0x7A)) | ((points >= 0x30) & (points <= 0x39))
    edges = np.flatnonzero(np.diff(np.r_[0, latin.astype(np.int8), 0])).tolist()
    found = [(group_of[start], folded[start:end]) for start, end in zip(edges[::2], edges[1::2])]
    if any(map(FOLDS_INTO_HAN.search, texts)):
        cut = ((g, w) for g, text in zip(groups, texts) for w in words(text) if _may_be_long(w))
    else:  # no character folds into Han characters and more: no word folds longer and Han
        cut = ((g, w) for g, text in zip(groups, texts) for w in words(text) if len(w) >= MIN_WORD)
    found += [(g, w) for g, w in ((g, normalize(w)) for g, w in cut) if MIN_WORD <= len(w) <= MAX_WORD
              and HAN_RUN.fullmatch(w)]
    spelled: dict[str, int] = {}
    codes.append(np.fromiter((-1 - spelled.setdefault(t, len(spelled)) for _, t in found), np.int64, len(found)))
    owners.append(np.fromiter((g for g, _ in found), np.int64, len(found)))
    code, owner = np.concatenate(codes), np.concatenate(owners)
    # Each (group, term) once, with how often.
    order = np.lexsort((code, owner))
    code, owner = code[order], owner[order]
    first = np.flatnonzero(np.r_[True, (code[1:] != code[:-1]) | (owner[1:] != owner[:-1])]) if len(code) else order
    distinct, term = np.unique(code[first], return_inverse=True)
    return TermCounts(distinct, list(spelled), owner[first], term, np.diff(np.r_[first, len(code)]),
                      np.bincount(owner, minlength=group_count))


def _han_terms_packed(points: "np.ndarray", group_of: "np.ndarray") -> tuple[list, list]:
    """Each Han run's bigrams and trigrams (a run of one: its character), as code points packed
    into one number (first << 42 | second << 21 | third), and the group of each."""
    han = np.zeros(len(points) + 2, bool)  # two past the end, never Han
    for first, last in _HAN_RANGES:
        han[:-2] |= (points >= first) & (points <= last)
    second, third = np.r_[points[1:], 0], np.r_[points[2:], 0, 0][:len(points)]
    alone = han[:-2] & ~han[1:-1] & ~np.r_[False, han[:-3]]
    pair, triple = han[:-2] & han[1:-1], han[:-2] & han[1:-1] & han[2:]
    codes = [points[alone], points[pair] << _BITS | second[pair],
             points[triple] << 2 * _BITS | second[triple] << _BITS | third[triple]]
    return codes, [group_of[alone], group_of[pair], group_of[triple]]


# The only characters whose fold is Han and longer than one: ㈱ → (株), ㍻ → 平成, 🉀 → 〔本〕.
FOLDS_INTO_HAN = re.compile("[\u3200-\u33ff\U0001f200-\U0001f2ff]")


def _may_be_long(word: str) -> bool:
    """Whether a word may fold to MIN_WORD characters or more: a shorter one of Han or ASCII
    folds character for character, so stays short (most words are)."""
    return len(word) >= MIN_WORD or not (word.isascii() or HAN_RUN.fullmatch(word))


def leading_points(codes: "np.ndarray") -> tuple["np.ndarray", "np.ndarray"]:
    """Each packed term's first two code points (the second 0 where it is one character)."""
    mask = (1 << _BITS) - 1
    pair = np.where(codes >> 2 * _BITS > 0, codes >> _BITS, codes)  # a trigram's first two
    return np.where(pair >> _BITS > 0, pair >> _BITS, pair), np.where(pair >> _BITS > 0, pair & mask, 0)


def spelled_out(codes: "np.ndarray", spelled: list[str]) -> list[str]:
    """The terms the codes stand for, in their order: a Han run's characters packed into one
    number (first << 42 | second << 21 | third, as term_counts packs them), or, below zero, a
    spelling by its number (-1 - k: spelled[k])."""
    packed = codes[codes >= 0]
    mask = (1 << _BITS) - 1
    chars = np.stack([packed >> 2 * _BITS & mask, packed >> _BITS & mask, packed & mask], axis=1)
    # A bigram's first character is in the middle place, a single character's in the last.
    chars = np.where(packed[:, None] >> _BITS == 0, chars[:, [2, 0, 0]] * [1, 0, 0],
                     np.where(packed[:, None] >> 2 * _BITS == 0, chars[:, [1, 2, 0]] * [1, 1, 0], chars))
    han = iter(np.ascontiguousarray(chars, dtype=np.uint32).view("<U3").ravel().tolist())
    return [spelled[-1 - c] if c < 0 else next(han) for c in codes.tolist()]
