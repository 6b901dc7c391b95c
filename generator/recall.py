"""Recall: the results of a build's small pieces of work, kept for the next build."""
from __future__ import annotations

import functools
import hashlib
import marshal
import os
import pickle
import time
import zlib
from pathlib import Path
from typing import Callable, Iterable, Sequence

from .parallel import pmap
from .segment import cuts_of, lent


class Recall:
    """Results of pieces of work (a source read, an article's keyword counts) from the last
    build, by a digest of their inputs, for this build to take instead of redoing them; and
    what this build made or took, for the next. The stamp (generator, settings, theme) must
    match, or nothing is recalled. Results are kept pickled, or `plain` (strings, say: what
    marshal keeps), which costs nothing to take back."""

    def __init__(self, path: Path | None = None, stamp: str = "", plain: bool = False):
        self.path, self.stamp, self.plain = path, stamp, plain
        self.before: dict[str, bytes] = {}
        for shard in self._shards():
            self.before.update(read_stamped(shard, stamp))
        self.now: dict[str, bytes] = {}

    def get(self, key: str):
        """The result recalled for key, or None."""
        found = self.before.get(key)
        if found is None:
            return None
        self.now[key] = found
        return found if self.plain else pickle.loads(found)

    def carry(self, keys: Iterable[str]) -> None:
        """Keep for the next build, as they were, results this build had no need to take."""
        for key in keys:
            if key in self.before:
                self.now[key] = self.before[key]

    def put(self, key: str, kept) -> None:
        """Keep a result for the next build: pickled, or itself if `plain`."""
        self.now[key] = kept

    def save(self) -> None:
        """Keep what this build made or took; only the shards that changed are written again."""
        if self.path is None:
            return
        parts: list[dict[str, bytes]] = [{} for _ in self._shards()]
        for key, value in self.now.items():
            parts[_shard_of(key)][key] = value
        was: list[set[str]] = [set() for _ in parts]
        for key in self.before:
            was[_shard_of(key)].add(key)
        for shard, part, keys in zip(self._shards(), parts, was):
            # A key names its inputs: under the same keys a shard holds the same results.
            if part.keys() != keys or not shard.exists():
                write_stamped(shard, self.stamp, part)

    def _shards(self) -> list[Path]:
        """The files the results are kept in: a rebuild that changes a few rewrites a few."""
        if self.path is None:
            return []
        return [self.path.with_name(f"{self.path.stem}-{n:x}{self.path.suffix}") for n in range(RECALL_SHARDS)]


# A file changed less than this before a record of digests was begun may have changed again
# within the same tick of the clock: its digest is not trusted (git's "racy" files).
RACY_NS = 2_000_000_000


class FileDigests:
    """The sha256 of each file a build reads (sources, sidecars), kept with what stat said of it
    then: a file whose size, times and inode are as they were is not read again. A change to a
    file's bytes always moves its change time, which nobody can set."""

    def __init__(self, path: Path | None = None):
        self.path, self.begun = path, time.time_ns()
        record = read_stamped(path, "file-digests") if path else {}
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
        if self.path is not None:
            write_stamped(self.path, "file-digests", {"files": self.now, "begun": self.begun})


RECALL_SHARDS = 16


def _shard_of(key: str) -> int:
    return zlib.crc32(key.encode()) % RECALL_SHARDS


def read_stamped(path: Path, stamp: str) -> dict | tuple:
    """What write_stamped kept at path, if under the same stamp; else nothing."""
    try:
        saved_stamp, data = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}  # no cache, or one this version cannot read
    return data if saved_stamp == stamp else {}


def write_stamped(path: Path, stamp: str, data: dict | tuple) -> None:
    """Keep data for a later build made with the same stamp (generator, settings, theme)."""
    write_atomically(path, marshal.dumps((stamp, data)))


def write_atomically(path: Path, data: bytes) -> None:
    """Write a cache file whole or not at all: a killed build never leaves half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".new")
    temporary.write_bytes(data)
    temporary.replace(path)


def few_changed(before: Sequence[str] | None, keys: list[str], drift: int, share: float) -> list[int] | None:
    """Where keys differ from before, if there are as many and at most `share` of them have
    changed since the last full count (`drift` had already); else None: count everything."""
    if before is None or len(before) != len(keys):
        return None
    changed = [k for k, (old, new) in enumerate(zip(before, keys)) if old != new]
    return changed if drift + len(changed) <= share * len(keys) else None


def key_of(*parts: str | bytes) -> str:
    """A digest of the inputs of a piece of work."""
    h = hashlib.sha256()
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        h.update(f"{len(data)}\0".encode())
        h.update(data)
    return h.hexdigest()


def recalled(fn: Callable, items: list, jobs: int, recall: Recall, key: Callable[[object], str | None],
             texts: Callable[[object], Iterable[str]] | None = None) -> list:
    """[fn(item) for item in items], over the workers, taking what `recall` has (an item
    whose key is None is always worked out). With `texts`, each item goes to its worker with
    the words of its texts that this process knows (see segment.lent)."""
    keys = [key(item) for item in items]
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
