"""Work spread over processes, one per core, for the stages that segment or render.

Workers are forked after the parent has loaded jieba's dictionary (and any table a stage
caches), so each has it without loading it again. Results come back in input order, so a
parallel build writes byte for byte what a single-process build writes.
"""
from __future__ import annotations

import contextlib
import functools
import gc
import multiprocessing
import os
from typing import Callable, Iterable, TypeVar

from .segment import part_of_speech, tokenizer

T = TypeVar("T")

# Below this many items a pool costs more than it saves.
MIN_ITEMS = 64
# New objects the collector lets pile up in a build before it looks for cycles (Python: 700).
YOUNG_OBJECTS = 50_000


def workers(jobs: int) -> int:
    """`jobs` as asked (0: every core this process may use)."""
    if jobs > 0:
        return jobs
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


# What `pmap(..., context=…)` hands its function in a worker: set once per worker process by
# the pool's initializer (forked, so never pickled).
_context = None


def _install(context) -> None:
    global _context
    _context = context


def _with_context(fn, item):
    return fn(_context, item)


@contextlib.contextmanager
def heap_settled():
    """Objects made so far are left out of garbage collection until the outermost
    `heap_settled` ends, and the collector runs less often: a build's articles and tables
    live as long as it does, and scanning them again and again was much of a one-article
    rebuild. (It still runs: Markdown and Jinja2 leave cycles behind.)"""
    outermost, thresholds = gc.get_freeze_count() == 0, gc.get_threshold()
    gc.freeze()
    if outermost:
        gc.set_threshold(YOUNG_OBJECTS, *thresholds[1:])
    try:
        yield
    finally:
        if outermost:
            gc.unfreeze()
            gc.set_threshold(*thresholds)


def settle() -> None:
    """What exists now lives as long as the build (inside `heap_settled`): the collector leaves it be."""
    gc.freeze()


def pmap(fn: Callable, items: Iterable[T], jobs: int, context=None, min_items: int = MIN_ITEMS,
         cuts: bool = True) -> list:
    """[fn(item) for item in items], or [fn(context, item) …] when a context is given (a
    renderer, say), over `workers(jobs)` forked processes when there are `min_items` or more;
    `cuts`: fn cuts text into words."""
    items = list(items)
    count = workers(jobs)
    if count <= 1 or len(items) < min_items:
        return [fn(item) if context is None else fn(context, item) for item in items]
    if cuts:
        # jieba's dictionary and tables, loaded before the fork: every worker shares them.
        tokenizer(), part_of_speech()
    task = fn if context is None else functools.partial(_with_context, fn)
    # Frozen, the parent's objects are never visited by a worker's garbage collector, whose
    # marks would copy every page of them into the worker (gigabytes in a large archive).
    with heap_settled():
        with multiprocessing.get_context("fork").Pool(count, _install, (context,)) as pool:
            return pool.map(task, items, chunksize=max(1, len(items) // (count * 8)))
