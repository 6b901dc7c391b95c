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
