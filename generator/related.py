"""Related articles: for each article, the others sharing its tags, ranked by the tags and
keywords they share (the tags and keyword vectors are keywords.py's)."""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .parallel import pmap

MAX_RELATED = 5

# A tag carried by more articles than this is too broad to bind them all: it binds each article
# only to the BROAD_TAG_REACH others nearest it in date on that tag's list (疫情 says little of
# two reports ten years apart), so the work per article stays bounded as the archive grows.
BROAD_TAG_REACH = 500

# How far a score summed by numpy may be from fsum's, relative to the largest possible score:
# far above the rounding of twenty terms in that precision, far below any gap between scores.
ROUNDING = {np.float32: 1e-5, np.float64: 1e-12}


@dataclass(frozen=True)
class Bonds:
    """What related() reads, as arrays that forked workers share. Rows are the articles in date
    order: their keyword ids and weights (in single and double precision), padded with id 0."""

    vectors: list[dict[str, float]]
    tags_of: list[list[int]]  # per article, its tag ids
    carrying: list[np.ndarray]  # per tag id, the rows of its articles, ascending
    row: np.ndarray  # article → row
    article: np.ndarray  # row → article
    keyword_ids: np.ndarray  # rows × 20
    weights: dict[type, np.ndarray]  # dtype → rows × 20
    scale: float  # no score can be larger
    mine: dict[type, np.ndarray]  # dtype → keyword id → the weight it has in the article scored

    def slack(self, dtype: type) -> float:
        return ROUNDING[dtype] * self.scale


def bonds(vectors: list[dict[str, float]], tags: list[tuple[str, ...]], order: list[int]) -> Bonds:
    row = np.empty(len(order), np.int64)
    row[order] = np.arange(len(order))
    tag_ids: dict[str, int] = {}
    tags_of = [[tag_ids.setdefault(t, len(tag_ids)) for t in ts] for ts in tags]
    carrying: list[list[int]] = [[] for _ in tag_ids]
    for i in order:
        for t in tags_of[i]:
            carrying[t].append(row[i])
    ids: dict[str, int] = {}
    keyword_ids = np.zeros((len(vectors), max(map(len, vectors), default=0)), np.intp)
    weights = np.zeros(keyword_ids.shape)
    for r, i in enumerate(order):
        keyword_ids[r, :len(vectors[i])] = [ids.setdefault(k, len(ids) + 1) for k in vectors[i]]
        weights[r, :len(vectors[i])] = list(vectors[i].values())
    scale = float(weights.sum(axis=1).max(initial=0.0)) + 10 * max(map(len, tags_of), default=0) + 1
    return Bonds(vectors, tags_of, [np.array(c, np.int64) for c in carrying], row,
                 np.asarray(order, np.int64), keyword_ids,
                 {np.float32: weights.astype(np.float32), np.float64: weights}, scale,
                 {dtype: np.zeros(len(ids) + 1, dtype) for dtype in ROUNDING})


def related(vectors: list[dict[str, float]], tags: list[tuple[str, ...]], jobs: int = 1,
            order: list[int] | None = None, only: list[int] | None = None) -> list[list[int]]:
    """For each article (or those listed in only), up to five others sharing tags, the most
    tags and keywords first; order lists the articles by date (default: as given), for the
    reach of broad tags."""
    # Only articles sharing a tag are scored (a keyword alone is too weak a bond: 补助 and
    # 采样 share 株洲市), found through each tag's list rather than by trying every pair.
    context = bonds(vectors, tags, list(range(len(vectors))) if order is None else order)
    return pmap(_related_to, range(len(vectors)) if only is None else only, jobs, context=context, cuts=False)


def _related_to(b: Bonds, i: int) -> list[int]:
    rows, shared = _candidates(b, i)
    # Every candidate scored in bulk in single precision; those within its rounding of the
    # fifth best again in double; of those, the ones within a rounding of another exactly,
    # as _score does: the very ranking of scoring each with _score, a hundred times faster.
    for dtype in ROUNDING:
        scores, overlaps = _rough_scores(b, i, rows, shared, dtype)
        if len(scores) > MAX_RELATED:
            fifth = np.partition(scores, -MAX_RELATED)[-MAX_RELATED]
            near = np.flatnonzero(scores >= fifth - 2 * b.slack(dtype))
            rows, shared, scores, overlaps = rows[near], shared[near], scores[near], overlaps[near]
    others = b.article.take(rows)
    for k in _unsure(scores, overlaps, b.slack(np.float64)):
        scores[k] = _score(b.vectors[i], b.vectors[others[k]], int(shared[k]))
    return others[np.lexsort((others, -scores))[:MAX_RELATED]].tolist()


def _candidates(b: Bonds, i: int) -> tuple[np.ndarray, np.ndarray]:
    """Rows of the articles sharing a tag with article i (within reach), and how many tags each shares."""
    mine = int(b.row[i])
    reached = np.concatenate([_within_reach(b.carrying[t], mine) for t in b.tags_of[i]]
                             or [np.empty(0, np.int64)])
    reached.sort()
    first = np.empty(len(reached), bool)  # where the run of each article's shared tags starts
    first[:1] = True
    np.not_equal(reached[1:], reached[:-1], out=first[1:])
    starts = np.flatnonzero(first)
    shared = np.diff(starts, append=len(reached))
    rows = reached[starts]
    others = rows != mine
    return rows[others], shared[others]


def _within_reach(carrying: np.ndarray, row: int) -> np.ndarray:
    """A tag's rows that the article in row may be bound to: all, or the nearest of a broad tag."""
    if len(carrying) <= BROAD_TAG_REACH + 1:
        return carrying
    start = int(np.searchsorted(carrying, row)) - BROAD_TAG_REACH // 2
    start = min(max(start, 0), len(carrying) - BROAD_TAG_REACH - 1)
    return carrying[start:start + BROAD_TAG_REACH + 1]


def _rough_scores(b: Bonds, i: int, rows: np.ndarray, shared: np.ndarray,
                  dtype: type) -> tuple[np.ndarray, np.ndarray]:
    """The candidates' scores summed by numpy, and the keyword overlaps summed."""
    keywords, mine = b.keyword_ids[b.row[i]], b.mine[dtype]
    mine[keywords] = b.weights[dtype][b.row[i]]
    # Weights are positive (counts × IDF), so a keyword that article i lacks, or padding, adds
    # min(0, weight) = 0.
    overlaps = np.minimum(mine.take(b.keyword_ids.take(rows, axis=0)), b.weights[dtype].take(rows, axis=0))
    mine[keywords] = 0
    return shared * 10 + np.einsum("ij->i", overlaps), overlaps  # einsum: a row sum, 5× faster


def _unsure(scores: np.ndarray, overlaps: np.ndarray, slack: float) -> np.ndarray:
    """Scores to sum exactly: numpy's sum of three keywords or more may be a rounding off
    fsum's (one or two are rounded once, as fsum rounds), which matters only against a score
    that close."""
    many = np.count_nonzero(overlaps, axis=1) > 2
    if not many.any():
        return np.flatnonzero(many)
    order = np.argsort(scores)
    close = np.diff(scores[order]) <= 2 * slack
    near_another = np.zeros(len(scores), bool)
    near_another[order[1:][close]] = near_another[order[:-1][close]] = True
    return np.flatnonzero(near_another & many)


def _score(mine: dict[str, float], theirs: dict[str, float], shared_tags: int) -> float:
    """Ten per shared tag, plus the keyword weight both articles carry."""
    # fsum: the same total whatever order the set yields the keys (reproducible builds).
    return shared_tags * 10 + math.fsum(min(mine[k], theirs[k]) for k in mine.keys() & theirs.keys())
