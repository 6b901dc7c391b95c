"""The recount share: tags and search scores weigh words by archive-wide statistics, and those
of the last full count stand while few articles have changed since it."""
from __future__ import annotations

from collections.abc import Sequence


def few_changed(before: Sequence[str] | None, keys: list[str], drift: int, share: float) -> list[int] | None:
    """Where keys differ from before, if there are as many and at most `share` of them have
    changed since the last full count (`drift` had already); else None: count everything."""
    if before is None or len(before) != len(keys):
        return None
    changed = [k for k, (old, new) in enumerate(zip(before, keys)) if old != new]
    return changed if drift + len(changed) <= share * len(keys) else None
