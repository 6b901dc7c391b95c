"""Publish: the stages' files into the next site through the one writer (write.Outputs), each
made in the workers or linked from the last site where the manifest had its key."""
from __future__ import annotations

import functools
import hashlib
from collections import Counter
from dataclasses import dataclass

from . import search
from .digest import key_of
from .index import SearchIndex
from .model import Article
from .parallel import pmap
from .recall import Recall
from .reindex import LastShards
from .render import Renderer
from .search import (MissingLunr, doc_file, doc_key, doc_script, manifest_script, shard_file, shard_of_script,
                     shard_script)
from .write import Outputs, Staging


@dataclass(frozen=True)
class Published:
    paths: list[str]
    made: int  # files made afresh (the others linked from the last site)


def publish_pages(renderer: Renderer, outputs: Outputs, jobs: int, keyed: Recall) -> Published:
    """Every page of the site. A job (a page or a paginated listing) that shows what it showed
    in a build before has its pages' keys taken from `keyed`; others are keyed in the workers
    where there is a last site to carry from, and rendered at once where there is none."""
    work = renderer.jobs()
    names = [key_of(renderer.job_id(job), repr(renderer.shows(job))) for job in work]
    keys = [keyed.get(name) for name in names]
    unknown = [k for k, pages in enumerate(keys) if pages is None]
    if outputs.before:
        for k, pages in zip(unknown, pmap(Renderer.page_keys, [work[k] for k in unknown], jobs,
                                          context=renderer, cuts=False)):
            keys[k] = pages
    # Every page whose key is known is carried in one go where it can be; a job renders what is left.
    left = {path for path, _ in outputs.carry((path, key) for pages in keys if pages for key, path in pages)}
    todo: dict[int, list[str] | None] = {}  # by job: the pages to render (None: all)
    for k, pages in enumerate(keys):
        if pages is None:
            todo[k] = None
        elif any(path in left for _, path in pages):
            todo[k] = [path for _, path in pages if path in left]
    made = 0
    # Workers write what they render: the pages never travel back through this process.
    for k, written in zip(todo, pmap(_write_job, [(work[k], todo[k]) for k in todo], jobs, cuts=False,
                                     context=(renderer, outputs.staging))):
        outputs.made((path, key) for key, path in written)
        keys[k], made = keys[k] or written, made + len(written)
    for name, pages in zip(names, keys):
        keyed.put(name, pages)
    paths = [path for pages in keys for _, path in pages]
    if len(set(paths)) != len(paths):  # one page would silently replace another
        raise RuntimeError(f"pages sharing a path: {sorted(p for p, n in Counter(paths).items() if n > 1)[:5]}")
    sitemap = renderer.sitemap(paths)
    key = renderer.key_of(sitemap)
    if outputs.carry([(sitemap[1], key)]):
        outputs.write(sitemap[1], key, renderer.html(*sitemap))
        made += 1
    return Published([*paths, sitemap[1]], made)


def _write_job(context: tuple[Renderer, Staging], task: tuple[tuple, list[str] | None]) -> list[tuple[str, str]]:
    """Render and write a job's pages (those named, or all): their keys and paths."""
    (renderer, staging), (job, only) = context, task
    pages = [page for page in renderer.pages_of(job) if only is None or page[1] in only]
    for template, path, page_context in pages:
        staging.write(path, renderer.html(template, path, page_context))
    return [(renderer.key_of(page), page[1]) for page in pages]


def shard_writer(staging: Staging):
    """Where the index stage puts each shard as it is made: its script in the site (the writer
    returns the script's digest, the shard's key in the manifest)."""
    return functools.partial(_write_shard, staging)


def _write_shard(staging: Staging, n: int, shard: dict) -> str:
    data = shard_script(n, shard).encode()
    staging.write(shard_file(n), data)
    return digest(data)


def digest(data: bytes) -> str:
    return hashlib.sha1(data).hexdigest()


def last_shards(outputs: Outputs) -> LastShards:
    """The shards of the last site, for the index stage to patch or carry."""
    def read(n: int) -> dict:
        return shard_of_script(outputs.last(shard_file(n)).decode())[1]

    def carry(numbers: list[int]) -> list[int]:
        left = {path for path, _ in outputs.carry((shard_file(n), outputs.before.get(shard_file(n), ""))
                                                  for n in numbers)}
        return [n for n in numbers if shard_file(n) not in left]
    return LastShards(read, carry)


def publish_search(articles: tuple[Article, ...], index: SearchIndex, outputs: Outputs) -> Published:
    """search/…: lunr.js, the engine, the manifest, one script per article, and the index's
    shards (written by the index stage, or handed back to be written here)."""
    if not search.LUNR_JS.is_file():
        raise MissingLunr(f"{search.LUNR_JS} is missing: run `npm ci` (scripts/setup does)")
    made = 0
    outputs.made((shard_file(n), key) for n, key in enumerate(index.kept))
    for n, shard in enumerate(index.shards):
        data = shard_script(n, shard).encode()
        outputs.write(shard_file(n), digest(data), data)
    made += len(index.shards) + len(index.kept) - index.carried
    docs = [(doc_file(ref), doc_key(article)) for ref, article in enumerate(articles)]
    for path, key in outputs.carry(docs):
        ref = int(path.rpartition("/")[2].removesuffix(".js"))
        outputs.write(path, key, doc_script(ref, articles[ref]))
        made += 1
    keys = {shard_file(n): outputs.manifest[shard_file(n)] for n in range(index.count)}
    keys.update(docs)
    files = {"search/manifest.js": manifest_script(articles, index, keys).encode(),
             "search/lunr.min.js": search.LUNR_JS.read_bytes(),
             "search/engine.js": search.ENGINE_JS.read_bytes()}
    for path, data in files.items():
        outputs.write(path, digest(data), data)
    return Published([*keys, *files], made + len(files))
