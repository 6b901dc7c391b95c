"""The pipeline, stage by stage: ingest → enrich → render → index → search → write."""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path

import jieba

from .cache import environment, fingerprint, remember, rendered_pages, up_to_date
from .config import Config
from .enrich import enrich
from .index import build_index
from .ingest import ingest
from .listings import newest_first
from .model import Archive, Article, Page, Problem
from .render import render, theme_dirs
from .progress import Progress
from .search import site_files
from .write import recover, write_site


@dataclass(frozen=True)
class BuildResult:
    articles: int
    pages: int
    problems: tuple[Problem, ...]
    seconds: float
    # Files written: 0 when nothing changed since the last build.
    rendered: int


def quiet_jieba() -> None:
    # jieba reports its dictionary loading on stderr at INFO level; a build prints its own summary.
    jieba.setLogLevel(logging.WARNING)


def load(config: Config, only: list[Path] | None = None, progress: Progress | None = None) -> Archive:
    """Sources to enriched articles: the stages every command shares."""
    progress = progress or Progress(quiet=True)
    quiet_jieba()
    progress.start("ingest")
    ingested = ingest(config, only)
    progress.done("ingest", f"{len(ingested.articles)} articles from {len(ingested.pages)} pages "
                            f"and other sources, {len(ingested.problems)} problem(s)")
    progress.start("enrich")
    archive = enrich(ingested, config)
    progress.done("enrich", "dates, slugs, tags, related articles")
    return archive


def build(config: Config) -> BuildResult:
    started = time.perf_counter()
    recover(config.output)
    settled = environment(config, theme_dirs(config))
    inputs = fingerprint(config, settled)
    last = up_to_date(config, inputs)
    if last:
        return BuildResult(last.articles, last.pages, last.problems, time.perf_counter() - started, 0)
    progress = Progress(config.quiet)
    try:
        archive = load(config, progress=progress)
        progress.start("render")
        rendered = render(archive, config, settled, rendered_pages(config))
        files = rendered.files
        progress.done("render", f"{rendered.rendered} of {len(files)} pages rendered, "
                                f"{len(files) - rendered.rendered} as they were")
        progress.start("index")
        # Refs are positions newest first, so a year is a range of refs (the year filter needs no table).
        ordered = newest_first(archive.articles)
        index = build_index(list(ordered), config.jobs)
        progress.done("index", f"{index.terms} terms, {index.postings} postings, {len(index.shards)} shards")
        progress.start("search")
        search_files = site_files(ordered, index)
        files.update(search_files)
        progress.done("search", f"{len(search_files)} files")
        progress.start("write")
        write_site(files, [d / "static" for d in theme_dirs(config)], config.output)
        progress.done("write", f"{len(files)} files into {config.output}")
    finally:
        progress.close()
    remember(config, inputs, len(archive.articles), len(files), archive.problems, rendered.keys)
    return BuildResult(len(archive.articles), len(files), archive.problems,
                       time.perf_counter() - started, rendered.rendered + len(search_files))


def article_record(article: Article, page: Page | None) -> dict:
    """What the generator made of one article, as plain JSON-ready data."""
    d = article.issue_date
    return {
        "file": article.source, "line": article.line, "kind": article.kind,
        "id": article.slug, "url": article.url,
        "kicker": article.kicker, "title": article.title, "subtitle": article.subtitle,
        "authors": list(article.authors), "correspondents": list(article.correspondents),
        "paper": article.paper, "dateline": article.dateline,
        "date": {"value": d.iso(), "label": d.label(), "precision": d.precision,
                 "source": d.source, "evidence": list(d.evidence)},
        "section_heads": list(article.section_heads),
        "captions": [c.text for c in article.captions],
        "paragraphs": list(article.paragraphs),
        "tags": list(article.tags), "summary": article.summary,
        "stated": sorted(article.stated),
        "page": None if page is None else {
            "paper": page.paper, "page_number": page.page_number, "section": page.section,
            "furniture": list(page.furniture)},
    }


def inspect(config: Config, files: list[Path] | None = None) -> tuple[list[dict], tuple[Problem, ...]]:
    archive = load(config, files or None)
    pages = {p.source: p for p in archive.pages}
    return [article_record(a, pages.get(a.source)) for a in archive.articles], archive.problems
