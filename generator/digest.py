"""Digests of plain data: two values with the same digest render the same page.

Used to key rendered pages in the build cache. Sets are sorted and dataclasses spelled out
field by field, so a digest is the same in every process and under every hash seed.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid


class Digests:
    """Digests of values, remembering each dataclass instance's (a site shares its articles
    among hundreds of pages)."""

    def __init__(self):
        self._known: dict[int, tuple[object, str]] = {}

    def of(self, value) -> str:
        return hashlib.sha256(json.dumps(self.plain(value), ensure_ascii=False,
                                         separators=(",", ":")).encode()).hexdigest()

    def plain(self, value):
        """value as JSON-ready data, a dataclass as its digest."""
        if value is None or isinstance(value, (str, int, float, bool)):
            return value
        if hasattr(type(value), "__dataclass_fields__"):
            known = self._known.get(id(value))
            if known is None or known[0] is not value:
                fields = [type(value).__name__] + [self.plain(getattr(value, name))
                                                   for name in type(value).__dataclass_fields__]
                # The value itself is kept with its digest, so its id is never reused.
                known = self._known[id(value)] = (value, self.of(fields))
            return known[1]
        if isinstance(value, (list, tuple)):
            if all(type(v) is str for v in value):  # paragraphs, pagers: most lists
                return list(value)
            return [self.plain(v) for v in value]
        if isinstance(value, (dt.date, uuid.UUID)):
            return str(value)
        if isinstance(value, (set, frozenset)):
            return sorted(json.dumps(self.plain(v), ensure_ascii=False) for v in value)
        if isinstance(value, dict):
            return sorted([str(k), self.plain(v)] for k, v in value.items())
        if callable(value):
            # A function given to a template (the feed's entry_id): its code is the generator's,
            # which the cache fingerprints as a whole.
            return getattr(value, "__qualname__", type(value).__name__)
        raise TypeError(f"no digest for {type(value).__name__}")
