"""Digests of plain data: two values with the same digest render the same page.

Used to key rendered pages in the build cache. Sets are sorted and dataclasses spelled out
field by field, so a digest is the same in every process and under every hash seed.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import json
import uuid
from pathlib import PurePath
from typing import Callable

from .model import ENRICHED

SCALARS = frozenset({str, int, float, bool, type(None)})


class Digests:
    """Digests of values, remembering each dataclass instance's (a site shares its articles
    among hundreds of pages)."""

    def __init__(self, summaries: dict[type, Callable[[object], tuple]] | None = None,
                 files: Callable[[PurePath], str] | None = None):
        self._known: dict[int, tuple[object, str]] = {}
        # A path stands for the file it names where `files` gives a digest of its bytes.
        self.files = files
        # Types digested by what a summary of them returns, not field by field: what the pages
        # can show of them (a listing shown only by its name and count).
        self.summaries = summaries or {}

    def of(self, value) -> str:
        # repr of plain data (lists, strings, numbers) is the same in every process; faster than JSON.
        return hashlib.sha256(repr(self.plain(value)).encode()).hexdigest()

    def plain(self, value):
        """value as JSON-ready data, a dataclass as its digest."""
        kind = type(value)
        if kind in SCALARS:
            return value
        if kind is tuple or kind is list:
            return [v if type(v) in SCALARS else self.plain(v) for v in value]
        if kind is dict:
            return sorted([str(k), v if type(v) in SCALARS else self.plain(v)] for k, v in value.items())
        known = self._known.get(id(value))
        if known is not None and known[0] is value:
            return known[1]
        if hasattr(kind, "__dataclass_fields__"):
            return self._dataclass(value)
        if isinstance(value, (str, int, float, bool)):  # Markup, say
            return value
        if isinstance(value, (list, tuple)):
            return [self.plain(v) for v in value]
        if isinstance(value, PurePath):
            return [value.as_posix(), self.files(value) if self.files else ""]
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

    def _dataclass(self, value):
        summary = self.summaries.get(type(value))
        parts = summary(value) if summary else [getattr(value, name) for name in _compared(type(value))]
        fields = [type(value).__name__, *(p if type(p) in SCALARS else self.plain(p) for p in parts)]
        if not summary and all(type(p) in SCALARS for p in parts):
            return fields  # a paragraph, say: a digest of its own would cost more than it saves
        # The value itself is kept with its digest, so its id is never reused.
        self._known[id(value)] = (value, self.of(fields))
        return self._known[id(value)][1]


@functools.cache
def _compared(kind: type) -> tuple[str, ...]:
    """The fields of a dataclass that take part in its equality, and so in its digest."""
    return tuple(f.name for f in dataclasses.fields(kind) if f.compare)


def fingerprint(article) -> str:
    """A digest of an article's fields but those enrich sets: the one it carries, else worked out."""
    return article.fingerprint or Digests().of(
        [getattr(article, f) for f in _compared(type(article)) if f not in ENRICHED])


def fingerprinted(article):
    """The article carrying its fingerprint."""
    return dataclasses.replace(article, fingerprint=fingerprint(article))


def article_summary(article) -> tuple:
    """What a page can show of an article: its fingerprint and what enrich set."""
    return (fingerprint(article), *(getattr(article, f) for f in sorted(ENRICHED)))


def key_of(*parts: str | bytes) -> str:
    """A digest of the inputs of a piece of work."""
    h = hashlib.sha256()
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        h.update(f"{len(data)}\0".encode())
        h.update(data)
    return h.hexdigest()
