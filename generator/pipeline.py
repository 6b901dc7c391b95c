"""The pipeline, stage by stage: ingest → enrich → render → index → search → write."""
from __future__ import annotations

import pickle
import time
from dataclasses import dataclass
from pathlib import Path

from .cache import (LastBuild, environment, fingerprint, index_chunks, last_build, last_stamp, open_store, remember,
                    up_to_date)
from .config import Config
from .enrich import assign_slugs, dated, listed_names, title_slug, titles_to_spell
from .ingest import SOURCE_SUFFIXES, gathered, ingest_source, reading, source_files, source_jobs, source_name
from .keywords import candidate_counts, tagged
from .listings import newest_first
from .model import Archive, Article, Page, Problem
from .parallel import heap_settled, settle
from .render import render, theme_dirs
from .progress import Progress
from .recall import FileDigests, Memo
from .recount import tally as recounted
from .reindex import Counted, reindex
from .publish import last_shards, publish_pages, publish_search, shard_writer
from .store import Store
from .write import Outputs, Staging, recover


@dataclass(frozen=True)
class BuildResult:
    articles: int
    pages: int
    problems: tuple[Problem, ...]
    seconds: float
    # Files written: 0 when nothing changed since the last build.
    rendered: int


class NoArticles(Exception):
    """The sources hold no article: nothing to build a site of (the last one stays)."""

    def __init__(self, source: Path, problems: tuple[Problem, ...]):
        kinds = ", ".join(SOURCE_SUFFIXES)
        super().__init__(f"no article found in {source}: looked for {kinds} files in it and in "
                         f"every folder below it" + (", and none of those found could be read"
                                                     if problems else ""))
        self.problems = problems


def load(config: Config, only: list[Path] | None = None, progress: Progress | None = None,
         memo: Memo | None = None) -> Archive:
    """Sources to enriched articles: the stages every command shares, each piece of work
    taken from the build store (`memo`) where a build before did it on the same inputs."""
    progress = progress or Progress(quiet=True)
    memo = memo or Memo()
    progress.start("ingest")
    jobs = source_jobs(config, only)
    if isinstance(jobs, Problem):
        ingested = Archive((), (), (jobs,))
    else:
        ingested = gathered(memo.map("sources", ingest_source, jobs, config.jobs))
    progress.done("ingest", f"{len(ingested.articles)} articles from {len(ingested.pages)} pages "
                            f"and other sources, {len(ingested.problems)} problem(s)")
    if not ingested.articles:
        raise NoArticles(config.source, ingested.problems)
    progress.start("enrich")
    # enrich's steps (see enrich.enrich); tags weigh words by the statistics of the last full
    # count (a Tally), kept whole in the store.
    archive = dated(ingested)
    titles = titles_to_spell(archive.articles)
    pinyin = dict(zip(titles, memo.map("pinyin", title_slug, titles, config.jobs)))
    articles = assign_slugs(list(archive.articles), pinyin)
    counts = memo.lazy("keywords", candidate_counts, articles, config.jobs)
    store = memo.store
    kept = store.value(TALLY, memo.stamp) if store else None
    counted = pickle.loads(kept) if kept else None
    tally = recounted(articles, counts, counted, config.recount_share, config.jobs)
    articles = tagged(articles, tally)
    names = sorted(listed_names(articles))
    pinyin |= dict(zip(names, memo.map("pinyin", title_slug, names, config.jobs)))
    progress.done("enrich", "dates, slugs, tags, related articles")
    memo.save()
    if store and tally is not counted and tally != counted:
        store.keep(TALLY, memo.stamp, pickle.dumps(tally, protocol=pickle.HIGHEST_PROTOCOL))
    return Archive(tuple(articles), archive.pages, archive.problems, pinyin)


def build(config: Config) -> BuildResult:
    started = time.perf_counter()
    recover(config.output)
    stamp = environment(config, theme_dirs(config))
    with open_store(config) as store:
        files = FileDigests(store)
        inputs = fingerprint(config, stamp, files)
        last = last_build(store)
        if up_to_date(config, last, inputs):
            files.save()
            return BuildResult(last.articles, last.pages, last.problems, time.perf_counter() - started, 0)
        with heap_settled():
            built = _build(config, store, last, stamp, inputs, files, started)
        files.save()
    return built


def _build(config: Config, store: Store, last: LastBuild | None, stamp: str, inputs: str,
           files: FileDigests, started: float) -> BuildResult:
    """Build what changed since the last build (stamp: the environment's key)."""
    progress = Progress(config.quiet)
    # The one check that the site at the output is the last build's: only then are its files
    # linked where the manifest says they come out the same, and its index shards patched.
    site = config.output.resolve() if last and last.site_there(config) else None
    memo = Memo(store, stamp, files)
    try:
        archive = load(config, progress=progress, memo=memo)
        settle()
        with Staging(config.output) as staging:
            outputs = Outputs(staging, site, store.value(MANIFEST, stamp) if site else None)
            staging.copy_static([d / "static" for d in theme_dirs(config)])
            progress.start("render")
            renderer = render(archive, config)
            settle()
            pages = publish_pages(renderer, outputs, config.jobs, memo.stage("page keys"))
            progress.done("render", f"{pages.made} of {len(pages.paths)} pages rendered, "
                                    f"{len(pages.paths) - pages.made} as they were")
            settle()
            progress.start("index")
            # Refs are positions newest first, so a year is a range of refs (the year filter
            # needs no table).
            ordered = newest_first(archive.articles)
            index, counted = reindex(list(ordered), shard_writer(staging), index_chunks(config, stamp),
                                     Counted.of(store.value(INDEX_COUNTS, stamp)) if site else None,
                                     last_shards(outputs) if site else None, config.recount_share, config.jobs)
            progress.done("index", f"{index.terms} terms, {index.postings} postings, {index.count} shards")
            progress.start("search")
            searched = publish_search(ordered, index, outputs)
            progress.done("search", f"{len(searched.paths)} files, {searched.made} written")
            progress.start("write")
            staging.commit(meanwhile=True)
            written = len(pages.paths) + len(searched.paths)
            progress.done("write", f"{written} files into {config.output}")
    finally:
        progress.close()
    memo.save()
    store.keep(MANIFEST, stamp, outputs.manifest)
    store.keep(INDEX_COUNTS, stamp, counted.plain())
    remember(config, store, inputs, stamp, len(archive.articles), written, archive.problems)
    return BuildResult(len(archive.articles), written, archive.problems,
                       time.perf_counter() - started, pages.made + searched.made)


INDEX_COUNTS, MANIFEST, TALLY = "index counts", "manifest", "tally"


def article_record(article: Article, page: Page | None) -> dict:
    """What the generator made of one article, as plain JSON-ready data."""
    d = article.issue_date
    return {
        "file": article.source, "line": article.line, "reading": reading(article, page),
        "kind": article.kind, "id": article.slug, "url": article.url,
        "kicker": article.kicker, "title": article.title, "subtitle": article.subtitle,
        "authors": list(article.authors), "correspondents": list(article.correspondents),
        "paper": article.paper, "dateline": article.dateline,
        "date": {"value": d.iso(), "label": d.label(), "precision": d.precision,
                 "source": d.source, "evidence": list(d.evidence)},
        "page": article.page, "order": article.order, "section": article.section,
        "section_heads": list(article.section_heads),
        "captions": [c.text for c in article.captions],
        "paragraphs": list(article.paragraphs),
        "tags": list(article.tags), "summary": article.summary,
        "source_url": article.source_url,
        "stated": sorted(article.stated),
        "furniture": list(page.furniture) if page else [],
    }


def inspect(config: Config, files: list[Path] | None = None) -> tuple[list[dict], tuple[Problem, ...]]:
    """What ingest and enrich made of the articles of `files` (default: every source). The
    whole archive is read all the same: an article's id and tags depend on the others."""
    wanted = {source_name(f, config.source) for f in files or ()}
    stems = {Path(w).with_suffix("") for w in wanted}  # a source and its sidecar
    outside = [f for f in files or () if source_name(f, config.source).startswith("/")]
    # What the last build of these settings read and counted is taken from its cache.
    stamp = environment(config, theme_dirs(config))
    with open_store(config) as store:
        cached = last_stamp(config, last_build(store)) == stamp
        archive = load(config, source_files(config.source) + outside if outside else None,
                       memo=Memo(store, stamp, FileDigests(store)) if cached else None)
    pages = {p.source: p for p in archive.pages}
    return ([article_record(a, pages.get(a.source)) for a in archive.articles
             if not wanted or a.source in wanted],
            tuple(p for p in archive.problems if not wanted or Path(p.path).with_suffix("") in stems))
