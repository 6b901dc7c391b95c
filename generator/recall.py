"""The build store around the stages: the results of a build's pieces of work, kept for the next."""
from __future__ import annotations

import functools
import hashlib
import marshal
import os
import pickle
import stat
import time
from pathlib import Path, PurePath
from collections.abc import Sequence
from typing import Callable, Iterable

from .config import Config
from .digest import Digests, article_summary
from .model import Article
from .parallel import pmap
from .store import Store


class Recall:
    """One stage's results from the last build, by key, for this build to take instead of
    working them out again; and what this build made or took, for the next. The store keeps
    them under the environment's stamp (generator, settings, theme), so a result of another
    environment is never taken."""

    def __init__(self, store: Store | None = None, stage: str = "", stamp: str = ""):
        self.store, self.stage, self.stamp = store, stage, stamp
        self.before: dict[str, bytes] = store.results(stage, stamp) if store else {}
        self.now: dict[str, bytes] = {}

    def get(self, key: str):
        """The result recalled for key, or None."""
        found = self.before.get(key)
        if found is None:
            return None
        self.now[key] = found
        return _loads(found)

    def carry(self, keys: Iterable[str]) -> None:
        """Keep for the next build, as they were, results this build had no need to take."""
        for key in keys:
            if key in self.before:
                self.now[key] = self.before[key]

    def put(self, key: str, result) -> None:
        """Keep a result for the next build."""
        self.now[key] = _dumps(result)

    def put_pickled(self, key: str, pickled: bytes) -> None:
        self.now[key] = pickled

    def save(self) -> None:
        """Keep what this build made or took (and only that) in the store."""
        if self.store is not None:
            self.store.replace_results(self.stage, self.stamp, self.now, self.before)


# A kept result is marshalled where it is plain data (a page's keys and path, a spelling):
# marshal reads them back twice as fast as pickle, and a rebuild reads tens of thousands. The
# first byte tells them apart: pickle's protocol opcode (0x80) opens every pickle, and no
# marshalled value (a type code, flagged or not) opens with it.
PICKLE_OPENS = b"\x80"


def _dumps(result) -> bytes:
    try:
        return marshal.dumps(result)
    except ValueError:
        return pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)


def _loads(kept: bytes):
    return pickle.loads(kept) if kept[:1] == PICKLE_OPENS else marshal.loads(kept)


class Memo:
    """The build store wrapped around the stages: `map(stage, fn, items)` is [fn(item) for
    item in items], each result kept by a digest of its item for the next build to take
    instead of working it out again. The item is the whole input and its digest sees all of
    it: a file by its path and bytes, an article by its fingerprint and what enrich set, the
    configuration by the settings that shape the output. What every stage shares (the
    generator's code, the theme) is the stamp. Without a store nothing is kept or digested."""

    def __init__(self, store: Store | None = None, stamp: str = "", files: FileDigests | None = None):
        self.store, self.stamp, self.files = store, stamp, files or FileDigests()
        self.stages: dict[str, Recall] = {}

    def stage(self, name: str) -> Recall:
        """The results a stage keeps: what the last build left, what this one keeps."""
        if name not in self.stages:
            self.stages[name] = Recall(self.store, name, self.stamp)
        return self.stages[name]

    def key(self, item) -> str | None:
        """A digest of everything in item, or None for an item with a file that cannot be read
        (working it out again says why) or with no store to keep it in."""
        return self._keys([item])[0]

    def _keys(self, items: list) -> list[str | None]:
        if self.store is None:
            return [None] * len(items)
        # Digests made for these items only: they hold what they digested while they live.
        digests = Digests({Config: Config.shaping, Article: article_summary}, files=self._file)
        return [_digest(digests, item) for item in items]

    def map(self, stage: str, fn: Callable, items: list, jobs: int) -> list:
        """[fn(item) for item in items] over the workers, taking what the store has."""
        return _recalled(fn, items, self._keys(items), jobs, self.stage(stage))

    def lazy(self, stage: str, fn: Callable, items: list, jobs: int) -> Recalled:
        """map's results as a sequence worked out or taken from the store only when asked for."""
        return Recalled(fn, items, self._keys(items), jobs, self.stage(stage))

    def save(self) -> None:
        """Keep in the store what the stages so far made or took, and let go of it here: the
        sources' and keyword counts' results are large, and the build goes on without them."""
        for recall in self.stages.values():
            recall.save()
        self.stages.clear()

    def _file(self, path: PurePath) -> str:
        return self.files.of(path if isinstance(path, Path) else Path(path)).hex()


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
        """The file's digest (as this build first found it); empty for a folder (what its
        files hold is theirs)."""
        key = str(path)
        if key in self.now:
            return self.now[key][1]
        seen = os.stat(path)
        if stat.S_ISDIR(seen.st_mode):
            return b""
        state = (seen.st_size, seen.st_mtime_ns, seen.st_ctime_ns, seen.st_ino)
        last = self.before.get(key)
        if last and last[0] == state and seen.st_ctime_ns < self.trusted_until:
            digest = last[1]
        else:
            digest = hashlib.sha256(path.read_bytes()).digest()
        self.now[key] = (state, digest)
        return digest

    def save(self) -> None:
        if self.store is not None:
            self.store.keep(FILE_DIGESTS, "", {"files": self.now, "begun": self.begun})


def _digest(digests: Digests, item) -> str | None:
    try:
        return digests.of(item)
    except OSError:
        return None


def _recalled(fn: Callable, items: list, keys: list[str | None], jobs: int, recall: Recall) -> list:
    results = [recall.get(k) if k else None for k in keys]
    missing = [k for k, result in enumerate(results) if result is None]
    work = [items[k] for k in missing]
    # Pickled by the workers: the bytes that carry a result here are the bytes kept.
    for k, pickled in zip(missing, pmap(functools.partial(_pickled, fn), work, jobs)):
        results[k] = pickle.loads(pickled)
        if keys[k]:
            recall.put_pickled(keys[k], pickled)
    return results


def _pickled(fn: Callable, item) -> bytes:
    return pickle.dumps(fn(item), protocol=pickle.HIGHEST_PROTOCOL)


class Recalled(Sequence):
    """fn(item) of each item, as a sequence worked out or recalled only when asked for: a build
    that changes few articles reads back few results. Iterating works out every missing one at
    once, over the workers. Every key is kept for the next build."""

    def __init__(self, fn: Callable, items: list, keys: list[str | None], jobs: int, recall: Recall):
        self.fn, self.items, self.keys, self.jobs, self.recall = fn, items, keys, jobs, recall
        recall.carry(k for k in keys if k)

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, k: int):
        return _recalled(self.fn, [self.items[k]], [self.keys[k]], 1, self.recall)[0]

    def __iter__(self):
        return iter(_recalled(self.fn, self.items, self.keys, self.jobs, self.recall))
