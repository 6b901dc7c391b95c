"""Photo captions float on a page: give each to the article whose words it shares."""
from __future__ import annotations

import math
from collections import Counter

from ..model import Article, Caption
from ..segment import words as cut


def _words(*pieces: str) -> set[str]:
    return {w for piece in pieces for w in cut(piece) if len(w) >= 2 and not w.isdigit()}


def caption_owner(caption: str, vocab: list[set[str]], beside: int) -> int:
    """Index of the article (by its words, `vocab`) a caption belongs to: most shared rare
    words; ties stay `beside`.

    A caption is printed near its photo, and the photo near, not always inside, its
    article (招聘会 photos above the next article, 本版图片均由学林街道提供 at the foot).
    """
    if len(vocab) < 2:
        return beside
    df = Counter(w for words in vocab for w in words)
    n = len(vocab)
    words = _words(caption)

    def score(k: int) -> float:
        return sum(math.log((n + 1) / df[w]) for w in words if w in vocab[k])

    best = max(range(n), key=lambda k: (score(k), k == beside))
    # Move a caption only on clear evidence: twice the shared weight, and a real amount of it.
    clear = score(best) >= max(2 * score(beside), score(beside) + 3)
    return best if clear else beside


def place_captions(articles: list[Article], floating: list[tuple[int, Caption]]) -> list[Article]:
    """Attach each (index beside, caption) to its owner among the page's articles."""
    if not floating:
        return articles
    vocab = [_words(a.title, a.kicker, a.subtitle, *a.paragraphs) if a.kind == "article"
             else set() for a in articles]
    owned: dict[int, list[Caption]] = {}
    for beside, caption in floating:
        beside = min(beside, len(articles) - 1)
        # An advert's photo is the advert; only articles with text compete for a caption.
        owner = (beside if articles[beside].kind != "article"
                 else caption_owner(caption.text, vocab, beside))
        owned.setdefault(owner, []).append(caption)
    return [a.with_(captions=a.captions + tuple(owned.get(k, ()))) if k in owned else a
            for k, a in enumerate(articles)]
