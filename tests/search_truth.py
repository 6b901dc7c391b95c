"""Ground truth for search: plain substring search over the articles' titles and paragraphs,
and phrases drawn from them at random with a fixed seed."""
from __future__ import annotations

import random

from generator.terms import HAN_RUN, TOKEN, normalize
from generator.model import Article


def texts(article: Article) -> list[str]:
    return [article.title, *article.paragraphs]


def indexed_texts(article: Article) -> list[str]:
    """Everything the index holds of an article: what a result may match on."""
    return [article.title, article.kicker, article.subtitle, *(b.text for b in article.body),
            *(c.text for c in article.captions), *article.tags, *article.authors]


def holders(articles: tuple[Article, ...], phrase: str, texts=texts) -> set[int]:
    """Refs (positions) of the articles whose title or a paragraph holds the phrase verbatim."""
    if HAN_RUN.fullmatch(phrase):
        return {ref for ref, a in enumerate(articles) if any(phrase in t for t in texts(a))}
    token = normalize(phrase)
    return {ref for ref, a in enumerate(articles)
            if any(token in TOKEN.findall(normalize(t)) for t in texts(a))}


def han_phrases(articles: tuple[Article, ...], count: int, seed: int) -> list[str]:
    """Strings of 2–8 Han characters cut at random places of random titles and paragraphs."""
    rng, found = random.Random(seed), []
    while len(found) < count:
        text = rng.choice(texts(rng.choice(articles)))
        runs = [r for r in HAN_RUN.findall(text) if len(r) >= 2]
        if not runs:
            continue
        run = rng.choice(runs)
        length = rng.randint(2, min(8, len(run)))
        start = rng.randrange(len(run) - length + 1)
        found.append(run[start:start + length])
    return found


def latin_tokens(articles: tuple[Article, ...]) -> list[str]:
    """Every Latin or digit token of the titles and paragraphs, as printed (H5, App, 2022)."""
    tokens = set()
    for article in articles:
        for text in texts(article):
            tokens.update(t for t in _printed_tokens(text))
    return sorted(tokens)


def _printed_tokens(text: str) -> list[str]:
    out, current = [], ""
    for char in text + " ":
        if normalize(char).isascii() and normalize(char).isalnum():
            current += char
        elif current:
            out.append(current)
            current = ""
    return out


# The checks the issue names, for any way of answering a query with refs best first: Python's
# Searcher, or lunr.js in Chromium.

def check_recall(find, articles, phrases: int = 400, seed: int = 20221124) -> int:
    """Every article holding a random phrase (or Latin/digit token) is among the results."""
    queries = han_phrases(articles, phrases, seed) + latin_tokens(articles)
    for query in queries:
        truth = holders(articles, query)
        assert truth, query
        missing = truth - set(find(query))
        assert not missing, (query, missing)
    return len(queries)


def check_phrase_ranking(find, articles, phrases: int = 400, seed: int = 7) -> int:
    """Articles holding the whole phrase come before those holding its bigrams apart; returns
    how many phrases had such part-holders."""
    parts_only = 0
    for phrase in han_phrases(articles, phrases, seed):
        found, truth = find(phrase), holders(articles, phrase, indexed_texts)
        assert set(found[:len(truth)]) == truth, (phrase, found, truth)
        parts_only += len(found) > len(truth)
    return parts_only


def check_title_ranking(find, articles) -> int:
    """Articles with a title phrase in the title come before those with it only elsewhere."""
    checked = 0
    for ref, article in enumerate(articles):
        for length in (2, 3, 4):
            for start in range(0, len(article.title) - length + 1, 2):
                phrase = article.title[start:start + length]
                if not HAN_RUN.fullmatch(phrase):
                    continue
                truth = holders(articles, phrase, indexed_texts)
                if truth == {ref}:
                    continue
                in_title = {r for r in truth if phrase in articles[r].title}
                found = [r for r in find(phrase) if r in truth]
                assert set(found[:len(in_title)]) == in_title, (phrase, found, in_title)
                checked += 1
    return checked


def whole_lunr_builder(articles):
    """lunr's stock Builder over the articles, fed as lunr.py's own add() takes documents."""
    from lunr.builder import Builder

    from generator.terms import FIELDS, document, field_pieces
    builder = Builder()
    builder.ref("id")
    for name, boost in FIELDS:
        builder.field(name, boost=boost)
    for ref, article in enumerate(articles):
        builder.add(document(str(ref), field_pieces(article)))
    return builder
