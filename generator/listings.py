"""Listings: the ways into the archive besides the article itself (home, tags, dates,
papers, reporters), each a list of articles that may span several pages."""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
from dataclasses import dataclass

from .enrich import title_slug
from .keywords import MIN_ARTICLES_PER_TAG
from .model import Archive, Article


# Tags a page shows beside what it lists (the home page's 热门标签).
TOP_TAGS = 24
# A reporter's page leads to their other articles: one who signed a single article has none
# (most of an archive's names), so the index of reporters links that article itself.
MIN_ARTICLES_PER_REPORTER = 2


@dataclass(frozen=True)
class Listing:
    """A named list of articles, newest first, published at `base`.html, `base`_2.html, …"""

    kind: str          # home, tag, year, month, undated, paper, reporter
    name: str
    base: str
    articles: tuple[Article, ...]

    def pages(self, per_page: int) -> list[tuple[str, tuple[Article, ...]]]:
        chunks = [self.articles[k:k + per_page] for k in range(0, len(self.articles), per_page)] or [()]
        return [(self.page_path(n), chunk) for n, chunk in enumerate(chunks, 1)]

    def page_path(self, number: int) -> str:
        # "_": no slug or date holds one, so page 10 of 2025 is never the page of 2025-10.
        return f"{self.base}.html" if number == 1 else f"{self.base}_{number}.html"

    @property
    def url(self) -> str:
        return self.page_path(1)

    @functools.cached_property
    def inferred(self) -> bool:
        """Whether any of its articles has a date inferred from the text (its pages say so)."""
        return any(a.issue_date.source == "inferred" for a in self.articles)

    def head(self) -> tuple:
        """What a page shows of a listing it does not list: name, address, count."""
        return self.kind, self.name, self.base, len(self.articles), self.inferred


@dataclass(frozen=True)
class PrintedPage:
    """One page (版) of an issue: its articles in printed order. `number` None gathers the day's
    articles whose page is not known."""

    number: str | None
    section: str | None
    articles: tuple[Article, ...]

    @property
    def anchor(self) -> str:
        return f"page-{self.number}" if self.number else "page-unknown"

    @property
    def label(self) -> str:
        return f"第{self.number}版" if self.number else "版次不详"


@dataclass(frozen=True)
class Issue:
    """A day's paper: its pages in order, published at `base`.html."""

    date: dt.date
    paper: str | None
    base: str
    pages: tuple[PrintedPage, ...]

    @property
    def url(self) -> str:
        return f"{self.base}.html"

    @functools.cached_property
    def articles(self) -> tuple[Article, ...]:
        # Counted by every page that links the issue (its head): worked out once.
        return tuple(a for page in self.pages for a in page.articles)

    @property
    def name(self) -> str:
        return f"{self.paper or ''}{self.date.year}年{self.date.month}月{self.date.day}日"

    def head(self) -> tuple:
        """What a page shows of an issue it does not lay out: its name, address and size."""
        return self._head

    @functools.cached_property
    def _head(self) -> tuple:
        # Read by every page that links the issue: worked out once.
        return self.name, self.base, len(self.articles), self.date.isoformat()

    def front(self) -> PrintedPage:
        """The first page printed (its lead articles)."""
        return self.pages[0]


@dataclass(frozen=True)
class Month:
    listing: Listing
    month: int | None  # None: dated to the year only
    issues: tuple[Issue, ...] = ()  # its days' papers, oldest first (for its calendar)


@dataclass(frozen=True)
class Year:
    listing: Listing
    months: tuple[Month, ...]
    number: int


@dataclass(frozen=True)
class Site:
    """Everything the renderer lays out: the articles newest first and every listing."""

    articles: tuple[Article, ...]
    home: Listing
    tags: tuple[Listing, ...]
    years: tuple[Year, ...]
    undated: Listing | None
    papers: tuple[Listing, ...]
    reporters: tuple[Listing, ...]  # those with a page
    # The most used tags (of two articles or more), for a page that shows a few: such a page
    # changes when they do, not whenever any tag of the archive gains or loses an article.
    top_tags: tuple[Listing, ...] = ()
    # Every day's paper (per paper), oldest first.
    issues: tuple[Issue, ...] = ()
    # Every reporter, as the index of reporters lists them (the most articles first).
    signers: tuple[Listing, ...] = ()

    def indexed(self, kind: str) -> tuple[Listing, ...]:
        """What the index of tags, papers or reporters lists."""
        return self.signers if kind == "reporters" else getattr(self, kind)

    def by_slug(self) -> dict[str, Article]:
        return {a.slug: a for a in self.articles}


def by_initial(listings: tuple[Listing, ...]) -> dict[str, tuple[Listing, ...]]:
    """Listings by the initial of their address (their name's pinyin): a to z, "0" for the
    rest; each group in the listings' order."""
    groups: dict[str, list[Listing]] = {}
    for listing in listings:
        first = listing.base.rsplit("/", 1)[-1][:1]
        groups.setdefault(first if "a" <= first <= "z" else "0", []).append(listing)
    return {letter: tuple(groups[letter]) for letter in sorted(groups)}


def newest_first(articles) -> tuple[Article, ...]:
    """Dated articles newest first, then the undated; page order within a page."""
    def key(a: Article):
        ordinal = a.issue_date.value.toordinal() if a.issue_date.value else 0
        return (-ordinal, a.source, a.line)
    return tuple(sorted(articles, key=key))


def unique_slugs(names: list[str], pinyin: dict[str, str] | None = None) -> dict[str, str]:
    """Pinyin slugs for names (from `pinyin` where it has them); names that read alike
    (制度, 致富…) get a short hash."""
    slugs: dict[str, str] = {}
    taken = {"index"}  # each folder's own index.html
    pinyin = pinyin or {}
    for name in sorted(names):
        slug = pinyin.get(name) or title_slug(name)
        if slug in taken:
            slug = f"{slug}-{hashlib.sha1(name.encode()).hexdigest()[:6]}"
        taken.add(slug)
        slugs[name] = slug
    return slugs


def grouped(kind: str, folder: str, groups: dict[str, list[Article]],
            pinyin: dict[str, str]) -> tuple[Listing, ...]:
    """One listing per name (its articles as collected from the archive newest first), the
    largest first, then by name."""
    slugs = unique_slugs(list(groups), pinyin)
    listings = [Listing(kind, name, f"{folder}/{slugs[name]}", tuple(items)) for name, items in groups.items()]
    return tuple(sorted(listings, key=lambda l: (-len(l.articles), l.name)))


def collect(articles, key) -> dict[str, list[Article]]:
    groups: dict[str, list[Article]] = {}
    for article in articles:
        for name in key(article):
            groups.setdefault(name, []).append(article)
    return groups


def date_archive(articles: tuple[Article, ...]) -> tuple[tuple[Year, ...], Listing | None]:
    """Years newest first, each with its months; articles dated only to a year form a group
    of their own within it; the undated are a listing of their own."""
    years = []
    dated = [a for a in articles if a.issue_date.known]
    for year in sorted({a.issue_date.value.year for a in dated}, reverse=True):
        in_year = tuple(a for a in dated if a.issue_date.value.year == year)
        months = []
        for month in sorted({a.issue_date.value.month for a in in_year
                             if a.issue_date.precision != "year"}, reverse=True):
            items = tuple(a for a in in_year if a.issue_date.precision != "year"
                          and a.issue_date.value.month == month)
            months.append(Month(Listing("month", f"{year}年{month}月",
                                        f"archive/{year}-{month:02d}", items), month))
        year_only = tuple(a for a in in_year if a.issue_date.precision == "year")
        if year_only:
            months.append(Month(Listing("month", f"{year}年（月份不详）",
                                        f"archive/{year}-unknown-month", year_only), None))
        years.append(Year(Listing("year", f"{year}年", f"archive/{year}", in_year), tuple(months), year))
    undated = tuple(a for a in articles if not a.issue_date.known)
    return tuple(years), (Listing("undated", "日期不详", "archive/undated", undated) if undated else None)


def page_order(number: str | None) -> tuple:
    """Pages in printed order: 1, 2 … 10, then A1, A2 … B1 (sections by letter), unknown last."""
    if number is None:
        return (2, "", 0, "")
    m = re.fullmatch(r"([A-Za-z]*)(\d+)", number)
    return (0 if m and not m[1] else 1, m[1].upper() if m else number, int(m[2]) if m else 0, number)


def printed_pages(articles: list[Article]) -> tuple[PrintedPage, ...]:
    """An issue's articles by page, each page in printed order (its place, else where its
    source has it); the page's name is the one its articles give most."""
    by_page: dict[str | None, list[Article]] = {}
    for article in articles:
        by_page.setdefault(article.page, []).append(article)
    pages = []
    for number in sorted(by_page, key=page_order):
        items = sorted(by_page[number], key=lambda a: (a.order is None, a.order or 0, a.source, a.line))
        sections = [a.section for a in items if a.section]
        pages.append(PrintedPage(number, max(sections, key=sections.count) if sections else None, tuple(items)))
    return tuple(pages)


def issues_of(articles: tuple[Article, ...], paper_slugs: dict[str, str]) -> tuple[Issue, ...]:
    """A day's paper for every day with articles dated to the day: one per paper where the
    archive holds several (issues/<paper>/2020-02-01), else issues/2020-02-01; oldest first."""
    days: dict[tuple[dt.date, str | None], list[Article]] = {}
    for article in articles:
        if article.issue_date.known and article.issue_date.precision == "day":
            days.setdefault((article.issue_date.value, article.paper), []).append(article)
    several = len({paper for _, paper in days}) > 1
    issues = []
    for date, paper in sorted(days, key=lambda d: (d[0], d[1] or "")):
        folder = f"issues/{paper_slugs[paper] if paper else 'other'}" if several else "issues"
        issues.append(Issue(date, paper, f"{folder}/{date.isoformat()}", printed_pages(days[date, paper])))
    return tuple(issues)


def with_calendars(years: tuple[Year, ...], issues: tuple[Issue, ...]) -> tuple[Year, ...]:
    """Each month with the issues printed in it, for its calendar."""
    by_month: dict[tuple[int, int], list[Issue]] = {}
    for issue in issues:
        by_month.setdefault((issue.date.year, issue.date.month), []).append(issue)
    return tuple(Year(y.listing, tuple(Month(m.listing, m.month, tuple(by_month.get((y.number, m.month), ())))
                                       for m in y.months), y.number) for y in years)


def site_structure(archive: Archive) -> Site:
    articles = newest_first(archive.articles)
    years, undated = date_archive(articles)
    # A tag's page is a way into the archive: a tag the sources state of fewer articles is
    # shown on them, with no page.
    tags = tuple(t for t in grouped("tag", "tags", collect(articles, lambda a: a.tags), archive.pinyin)
                 if len(t.articles) >= MIN_ARTICLES_PER_TAG)
    papers = grouped("paper", "papers", collect(articles, lambda a: [a.paper] if a.paper else []), archive.pinyin)
    issues = issues_of(articles, {p.name: p.base.rsplit("/", 1)[-1] for p in papers})
    signers = grouped("reporter", "reporters", collect(articles, lambda a: dict.fromkeys((*a.authors, *a.correspondents))),
                      archive.pinyin)
    return Site(
        articles=articles,
        home=Listing("home", "最新文章", "index", articles),
        tags=tags,
        top_tags=tuple(t for t in tags[:TOP_TAGS] if len(t.articles) > 1),
        years=with_calendars(years, issues),
        undated=undated,
        issues=issues,
        papers=papers,
        reporters=tuple(r for r in signers if len(r.articles) >= MIN_ARTICLES_PER_REPORTER),
        signers=signers,
    )
