"""The recount share: tags and search scores weigh words by archive-wide statistics, and those
of the last full count stand while few articles have changed since it."""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from .keywords import Tally, by_date, count_all, recount, tally_key
from .model import Article


def few_changed(before: Sequence[str] | None, keys: list[str], drift: int, share: float) -> list[int] | None:
    """Where keys differ from before, if there are as many and at most `share` of them have
    changed since the last full count (`drift` had already); else None: count everything."""
    if before is None or len(before) != len(keys):
        return None
    changed = [k for k, (old, new) in enumerate(zip(before, keys)) if old != new]
    return changed if drift + len(changed) <= share * len(keys) else None


def tally(articles: list[Article], counts: Sequence[Counter], counted: Tally | None, share: float,
          jobs: int) -> Tally:
    """The tags and related articles of the articles (keywords.count_all), or, where at most
    `share` of them changed since the full count of `counted` (and none moved), those recounted
    against its statistics (keywords.recount)."""
    keys, order = [tally_key(a) for a in articles], by_date(articles)
    changed = few_changed(counted and counted.keys, keys, counted.drift if counted else 0, share)
    if counted is None or changed is None or list(counted.order) != order:
        return count_all(articles, counts, keys, order, jobs)
    return recount(counted, articles, [counts[k] for k in changed], keys, changed, jobs)
