"""Photo captions float on a page: give each to the article whose words it shares, or, sharing
none with the article beside it, make it a news photo of its own."""
from __future__ import annotations

import math
import re
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
    alone: dict[int, list[Caption]] = {}
    for beside, caption in floating:
        beside = min(beside, len(articles) - 1)
        # An advert's photo is the advert; only articles with text compete for a caption.
        owner = (beside if articles[beside].kind != "article"
                 else caption_owner(caption.text, vocab, beside))
        if len(articles) > 1 and articles[owner].kind == "article" and _tells_a_scene(caption.text) \
                and not _shares_a_word(caption.text, vocab[owner]):
            alone.setdefault(owner, []).append(caption)  # a news photo of its own (图片新闻), near no article of its
        else:
            owned.setdefault(owner, []).append(caption)
    placed = []
    for k, a in enumerate(articles):
        placed.append(a.with_(captions=a.captions + tuple(owned[k])) if k in owned else a)
        placed += [photo_of(a.source, caption) for caption in alone.get(k, ())]
    return placed


# What a caption must share with the article beside it to be its photo's: one word at the least.
SHARED_WEIGHT = 1


def _tells_a_scene(caption: str) -> bool:
    """A caption that says what the photo shows in a sentence of its own, not a credit alone
    (本报记者 陈明摄, 插图 周 澄, 视频截图)."""
    if re.match(r"\s*(?:[①②③④⑤⑥⑦⑧⑨⑩（(]|图\s*\d|上图|下图|左图|右图)", caption):
        return False  # ③9月24日…, 上图, （图为…）: one of a set of photos, or one set in an article's text
    said = re.sub(r"[（(]?[^，。；（）()]{0,16}(?:摄|攝|画|畫|供图|供圖)[）)]?\s*$", "", caption.strip())
    return len(re.sub(r"\s", "", said)) >= 12 and bool(re.search(r"[，。]", said))


def _shares_a_word(caption: str, words: set[str]) -> bool:
    return len(_words(caption) & words) >= SHARED_WEIGHT


def photo_of(source: str, caption: Caption) -> Article:
    """A photo printed with its caption alone, titled by the caption's first words (up to its first
    mark), as an editor lists it."""
    title = re.split(r"[，。；！？：,;!?:]", caption.text.lstrip("▲△■●◆ ").strip(), maxsplit=1)[0].strip()
    return Article(source=source, line=caption.line, title=title or caption.text[:20], kind="title-only",
                   captions=(caption,))
