"""Enrich: give every article its issue date, paper, a stable slug, tags and related articles."""
from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from typing import Iterable

from .config import Config
from .dates import Mention, find_mentions, infer_issue_date
from .ingest.paths import dated_by_their_issue
from .ingest.rules import parse_source_note, printed_date
from .keywords import all_candidate_counts, tag_and_relate
from .model import Archive, Article, IssueDate, Page, Paragraph
from .parallel import pmap


def _mentions(article: Article) -> list[Mention]:
    found = find_mentions(article.title, f"{article.source}:{article.line}")
    for block in article.body:
        if isinstance(block, Paragraph):
            found += find_mentions(block.text, f"{article.source}:{block.line or article.line}")
    for caption in article.captions:
        found += find_mentions(caption.text, f"{article.source}:{caption.line}")
    return found


def _printed_day(line: str) -> tuple[int, int, int] | None:
    """The day a line of the page's furniture prints: its running head's, or that of a keeper's note
    of where its clippings were printed (以下三则均剪自《梧溪日报》1985年6月9日第二版)."""
    return printed_date(line) or ((note := parse_source_note(line)) and note[1]) or None


def page_issue_date(page: Page, articles: list[Article]) -> IssueDate:
    """A page's date: stated in its sidecar, else inferred from everything printed on it (the day
    the page prints winning over a year or month its path gives)."""
    if page.issue_date.known and (page.issue_date.precision == "day" or page.issue_date.source != "path"):
        return page.issue_date
    printed = next((d for d in map(_printed_day, page.furniture) if d), None)
    if page.issue_date.known and not printed:
        return page.issue_date
    mentions = [m for a in articles for m in _mentions(a)]
    return infer_issue_date(mentions, [a.dateline for a in articles if a.dateline], printed,
                            where=page.source)


def date_pages(archive: Archive) -> tuple[Page, ...]:
    on_page: dict[str, list[Article]] = {}
    for article in archive.articles:
        on_page.setdefault(article.source, []).append(article)
    pages = [replace(p, issue_date=page_issue_date(p, on_page.get(p.source, []))) for p in archive.pages]
    # 第59期/p02.txt prints no day where p01's foot does: the issue's day is all its pages'
    dated = dated_by_their_issue([(a.source, a.issue_date) for a in archive.articles if a.source not in on_page]
                                 + [(p.source, p.issue_date) for p in pages])
    return tuple(replace(p, issue_date=dated[p.source]) if p.source in dated else p for p in pages)


def _date_and_paper(article: Article, page: Page | None) -> Article:
    issue_date = article.issue_date
    # A page's date (stated, from its path, or inferred) is its articles'; an article of its
    # own file keeps the date its path gives.
    if "issue_date" not in article.stated and (page or article.issue_date.source not in ("path", "printed")):
        issue_date = page.issue_date if page else infer_issue_date(_mentions(article),
                                                                  [article.dateline] if article.dateline else [],
                                                                  where=article.source)
    paper = article.paper if "paper" in article.stated else (article.paper or (page.paper if page else None))
    return article.with_(issue_date=issue_date, paper=paper)


def title_slug(title: str, limit: int = 60) -> str:
    """Pinyin of a title, lowercase and hyphenated: 勇往直前 → yong-wang-zhi-qian."""
    # Imported here: its dictionaries take longer to load than a rebuild that needs no new slug.
    from pypinyin import lazy_pinyin
    words = [w.lower() for w in lazy_pinyin(title, errors="default")]
    slug = re.sub(r"[^a-z0-9]+", "-", "-".join(words)).strip("-")
    if len(slug) > limit:
        slug = slug[:limit].rsplit("-", 1)[0]
    return slug or "article"


def spelled(names: Iterable[str], jobs: int = 1) -> dict[str, str]:
    """title_slug of each name, over the workers."""
    names = sorted(set(names))
    return dict(zip(names, pmap(title_slug, names, jobs)))


def base_slug(article: Article, pinyin: dict[str, str]) -> str:
    if "slug" in article.stated:
        return article.slug
    return f"{article.issue_date.iso() or 'undated'}-{pinyin.get(article.title) or title_slug(article.title)}"


def assign_slugs(articles: list[Article], pinyin: dict[str, str] | None = None) -> list[Article]:
    """Unique slugs that survive rebuilds: on a clash the first source keeps the plain slug,
    the others add a short hash of their source and title (never a counter that shifts)."""
    order = sorted(range(len(articles)), key=lambda k: (articles[k].source, articles[k].line))
    taken: set[str] = set()
    slugs: dict[int, str] = {}
    for k in order:
        slug = base_slug(articles[k], pinyin or {})
        if slug in taken:
            digest = hashlib.sha1(f"{articles[k].source}\0{articles[k].title}\0{articles[k].line}"
                                  .encode()).hexdigest()[:6]
            slug = f"{slug}-{digest}"
        taken.add(slug)
        slugs[k] = slug
    return [a.with_(slug=slugs[k]) for k, a in enumerate(articles)]


def dated(archive: Archive) -> Archive:
    """Every page and article with its issue date, and every article with its paper."""
    pages = date_pages(archive)
    by_source = {p.source: p for p in pages}
    # (a file whose articles' paths give several days, an export's posts each of its own day, is no
    # one day's page: each keeps its own)
    days: dict[str, set] = {}
    for a in archive.articles:
        if a.issue_date.source == "path" and a.issue_date.precision == "day":
            days.setdefault(a.source, set()).add(a.issue_date.value)
    return Archive(tuple(_date_and_paper(a, by_source.get(a.source) if len(days.get(a.source, ())) < 2 else None)
                         for a in archive.articles), pages, archive.problems)


def titles_to_spell(articles: Iterable[Article]) -> list[str]:
    """The titles an article's slug is made of (unless its slug is stated)."""
    return [a.title for a in articles if "slug" not in a.stated]


def listed_names(articles: Iterable[Article]) -> set[str]:
    """The names listings are published under (see listings.grouped): tags, papers, reporters."""
    return {name for a in articles for name in (*a.tags, a.paper, *a.authors, *a.correspondents) if name}


def enrich(archive: Archive, config: Config) -> Archive:
    """Dates, papers, slugs, tags and related articles: each article as the archive places it
    (the pipeline runs the same steps, taking each article's part from the build store)."""
    archive = dated(archive)
    pinyin = spelled(titles_to_spell(archive.articles), config.jobs)
    articles = assign_slugs(list(archive.articles), pinyin)
    articles, _ = tag_and_relate(articles, all_candidate_counts(articles, config.jobs), jobs=config.jobs)
    return Archive(tuple(articles), archive.pages, archive.problems, pinyin | spelled(listed_names(articles), config.jobs))
