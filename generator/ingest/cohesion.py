"""How much two stretches of one page share a topic: the words they share, each weighed by
how rare it is on the page (the cosine of TF-IDF vectors, as TextTiling measures a topic's
run through a text). A section head sits between paragraphs of one topic; the title of the
next article does not.
"""
from __future__ import annotations

import math
from collections import Counter
from typing import Iterable

from ..segment import words


def content_words(text: str) -> list[str]:
    return [w for w in words(text) if len(w) >= 2 and not w.isdigit()]


class PageWords:
    """The content words of a page's blocks (the text between two headings), for weighing."""

    def __init__(self, blocks: Iterable[Iterable[str]]):
        blocks = [Counter(w for text in block for w in content_words(text)) for block in blocks]
        self.blocks = len(blocks)
        self.spread = Counter(w for block in blocks for w in block)

    def vector(self, texts: Iterable[str]) -> dict[str, float]:
        counts = Counter(w for text in texts for w in content_words(text))
        return {w: n * math.log((self.blocks + 1) / self.spread.get(w, 1)) for w, n in counts.items()}

    def similarity(self, first: Iterable[str], second: Iterable[str]) -> float:
        """0 (no rare word in common) to 1 (the same words in the same proportions)."""
        a, b = self.vector(first), self.vector(second)
        shared = sum(weight * b[w] for w, weight in a.items() if w in b)
        norm = math.sqrt(sum(v * v for v in a.values()) * sum(v * v for v in b.values()))
        return shared / norm if norm else 0.0
