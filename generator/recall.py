"""Recall: the results of a build's small pieces of work, kept for the next build."""
from __future__ import annotations

import functools
import hashlib
import marshal
import os
import pickle
import time
from pathlib import Path
from collections.abc import Sequence
from typing import Callable, Iterable

from .parallel import pmap
from .store import Store
from .segment import cuts_of, lent


class Recall:
    """Results of pieces of work of one stage (a source read, an article's keyword counts) from
    the last build, by a digest of their inputs, for this build to take instead of redoing them;
    and what this build made or took, for the next. The stamp (generator, settings, theme) must
    match, or nothing is recalled. Results are kept pickled, or `plain` (strings, say: what
    marshal keeps), which are cheaper to take back."""

    def __init__(self, store: Store | None = None, stage: str = "", stamp: str = "", plain: bool = False):
        self.store, self.stage, self.stamp, self.plain = store, stage, stamp, plain
        self.before: dict[str, bytes] = store.results(stage, stamp) if store else {}
        self.now: dict[str, bytes] = {}

    def get(self, key: str):
        """The result recalled for key, or None."""
        found = self.before.get(key)
        if found is None:
            return None
        self.now[key] = found
        return marshal.loads(found) if self.plain else pickle.loads(found)

    def carry(self, keys: Iterable[str]) -> None:
        """Keep for the next build, as they were, results this build had no need to take."""
        for key in keys:
            if key in self.before:
                self.now[key] = self.before[key]

    def put(self, key: str, kept) -> None:
        """Keep a result for the next build: pickled bytes, or a plain value."""
        self.now[key] = marshal.dumps(kept) if self.plain else kept

    def save(self) -> None:
        """Keep what this build made or took (and only that) in the store."""
        if self.store is not None:
            self.store.replace_results(self.stage, self.stamp, self.now, self.before)


# A file changed less than this before a record of digests was begun may have changed again
# within the same tick of the clock: its digest is not trusted (git's "racy" files).
RACY_NS = 2_000_000_000
FILE_DIGESTS = "file digests"


class FileDigests:
    """The sha256 of each file a build reads (sources, sidecars), kept with what stat said of it
    then: a file whose size, times and inode are as they were is not read again. A change to a
    file's bytes always moves its change time, which nobody can set."""

    def __init__(self, store: Store | None = None):
        self.store, self.begun = store, time.time_ns()
        record = (store.value(FILE_DIGESTS, "") if store else None) or {}
        self.before: dict[str, tuple] = record.get("files", {})
        self.trusted_until: int = record.get("begun", 0) - RACY_NS
        self.now: dict[str, tuple] = {}

    def of(self, path: Path) -> bytes:
        key, seen = str(path), os.stat(path)
        state = (seen.st_size, seen.st_mtime_ns, seen.st_ctime_ns, seen.st_ino)
        last = self.now.get(key) or self.before.get(key)
        if last and last[0] == state and (key in self.now or seen.st_ctime_ns < self.trusted_until):
            digest = last[1]
        else:
            digest = hashlib.sha256(path.read_bytes()).digest()
        self.now[key] = (state, digest)
        return digest

    def save(self) -> None:
        if self.store is not None:
            self.store.keep(FILE_DIGESTS, "", {"files": self.now, "begun": self.begun})


def recalled(fn: Callable, items: list, jobs: int, recall: Recall, key: Callable[[object], str | None],
             texts: Callable[[object], Iterable[str]] | None = None) -> list:
    """[fn(item) for item in items], over the workers, taking what `recall` has (an item
    whose key is None is always worked out). With `texts`, each item goes to its worker with
    the words of its texts that this process knows (see segment.lent)."""
    return _recalled(fn, items, [key(item) for item in items], jobs, recall, texts)


def _recalled(fn: Callable, items: list, keys: list[str | None], jobs: int, recall: Recall,
              texts: Callable[[object], Iterable[str]] | None) -> list:
    results = [recall.get(k) if k else None for k in keys]
    missing = [k for k, result in enumerate(results) if result is None]
    work = [items[k] for k in missing]
    if texts:
        fn, work = functools.partial(_with_words, fn), [(item, cuts_of(texts(item))) for item in work]
    # Pickled by the workers: the bytes that carry a result here are the bytes kept.
    for k, pickled in zip(missing, pmap(functools.partial(_pickled, fn), work, jobs)):
        results[k] = pickle.loads(pickled)
        if keys[k]:
            recall.put(keys[k], results[k] if recall.plain else pickled)
    return results


def _with_words(fn: Callable, job: tuple[object, dict[str, str]]):
    item, cuts = job
    with lent(cuts):
        return fn(item)


def _pickled(fn: Callable, item) -> bytes:
    return pickle.dumps(fn(item), protocol=pickle.HIGHEST_PROTOCOL)


class Recalled(Sequence):
    """fn(item) of each item, as a sequence worked out or recalled only when asked for: a build
    that changes few articles reads back few results. Iterating works out every missing one at
    once, over the workers (see recalled). Every key is kept for the next build."""

    def __init__(self, fn: Callable, items: list, jobs: int, recall: Recall, key: Callable[[object], str],
                 texts: Callable[[object], Iterable[str]] | None = None):
        self.fn, self.items, self.jobs, self.recall, self.texts = fn, items, jobs, recall, texts
        self.keys = [key(item) for item in items]
        recall.carry(self.keys)

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, k: int):
        return _recalled(self.fn, [self.items[k]], [self.keys[k]], 1, self.recall, None)[0]

    def __iter__(self):
        return iter(_recalled(self.fn, self.items, self.keys, self.jobs, self.recall, self.texts))
