"""Plain data passed between the pipeline stages: pages, articles, problems."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from typing import Literal, Union

Precision = Literal["day", "month", "year"]
# Where a date comes from: a person (front matter, sidecar, a record's field), the file's
# path (2020年2月/20200201/…), the page's own head or foot (printed), or what the text says.
DateSource = Literal["front-matter", "sidecar", "record", "path", "printed", "inferred"]


@dataclass(frozen=True)
class Problem:
    """Something wrong with one source; the build reports it and goes on."""

    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class Paragraph:
    text: str
    line: int


@dataclass(frozen=True)
class SectionHead:
    """A 小标题 inside an article."""

    text: str
    line: int


Block = Union[Paragraph, SectionHead]


@dataclass(frozen=True)
class Caption:
    """A photo caption as printed, with its credit (…记者/何春林 摄, …受访者 供图)."""

    text: str
    line: int


@dataclass(frozen=True)
class IssueDate:
    """When an article was printed, as precisely as known, and why we believe it."""

    value: dt.date | None = None
    precision: Precision | None = None
    source: DateSource | None = None
    evidence: tuple[str, ...] = ()

    @property
    def known(self) -> bool:
        return self.value is not None

    def label(self) -> str:
        """Human form: 2022年11月3日, 约2022年11月 for inferred month precision, 日期不详."""
        if self.value is None:
            return "日期不详"
        d = self.value
        text = {"day": f"{d.year}年{d.month}月{d.day}日",
                "month": f"{d.year}年{d.month}月",
                "year": f"{d.year}年"}[self.precision or "day"]
        return f"约{text}" if self.source == "inferred" else text

    def iso(self) -> str | None:
        if self.value is None:
            return None
        # Listings ask it of every article they show: only the form wanted is made.
        return self.value.isoformat()[:_ISO_LENGTH[self.precision or "day"]]


_ISO_LENGTH = {"day": 10, "month": 7, "year": 4}


UNDATED = IssueDate()


@dataclass(frozen=True)
class Page:
    """One source page of the archive and what belongs to no single article on it."""

    source: str
    paper: str | None = None
    issue_date: IssueDate = UNDATED
    furniture: tuple[str, ...] = ()
    # How the source was read: as a page of several articles, or as one article by the rule
    # that says so (shown by `build.py inspect`).
    reading: str = "page of several articles"


ArticleKind = Literal["article", "advert", "photo", "title-only"]

# The title of text kept without a head of its own (a brief filed untitled, text above a page's first title).
UNTITLED = "（无题）"

# What enrich sets on an article after ingest; an article's fingerprint covers the rest.
ENRICHED = frozenset({"issue_date", "paper", "slug", "tags", "related"})


@dataclass(frozen=True)
class Article:
    source: str
    line: int
    title: str
    kicker: str = ""
    subtitle: str = ""
    authors: tuple[str, ...] = ()
    correspondents: tuple[str, ...] = ()
    paper: str | None = None
    dateline: str = ""
    body: tuple[Block, ...] = ()
    captions: tuple[Caption, ...] = ()
    kind: ArticleKind = "article"
    markdown: str | None = None
    summary: str = ""
    tags: tuple[str, ...] = ()
    # Slugs of up to five articles on the same subject, best first.
    related: tuple[str, ...] = ()
    issue_date: IssueDate = UNDATED
    slug: str = ""
    draft: bool = False
    # Where it was printed: the page (版: "6", "A3"), its place among the page's articles
    # (1 first), and the page's name (要闻, 就业·创业), where a path, record or sidecar says.
    page: str | None = None
    order: int | None = None
    section: str | None = None
    # The address a records file gives for the article's original.
    source_url: str | None = None
    # Fields a person stated (front matter, sidecar): inference never overrides them.
    stated: frozenset[str] = field(default_factory=frozenset)
    # A digest of every field but the ENRICHED ones, set when ingest is done with the article
    # (and kept with it in the build cache): what later stages key their work by, instead of
    # hashing its text again. Empty: not worked out (see digest.fingerprint).
    fingerprint: str = field(default="", compare=False)

    @property
    def paragraphs(self) -> tuple[str, ...]:
        return tuple(b.text for b in self.body if isinstance(b, Paragraph))

    @property
    def section_heads(self) -> tuple[str, ...]:
        return tuple(b.text for b in self.body if isinstance(b, SectionHead))

    @property
    def url(self) -> str:
        return f"articles/{self.slug}.html"

    def with_(self, **changes) -> "Article":
        """The article with fields changed; a change the fingerprint covers drops it."""
        if not changes.keys() <= ARTICLE_FIELDS:
            raise TypeError(f"Article has no field {sorted(changes.keys() - ARTICLE_FIELDS)}")
        if self.fingerprint and not changes.keys() <= ENRICHED:
            changes["fingerprint"] = ""
        # As dataclasses.replace, but without calling __init__ again (a sixth of its cost):
        # enrich sets three fields of every article, one by one.
        article = object.__new__(Article)
        article.__dict__.update(self.__dict__)
        article.__dict__.update(changes)
        return article


ARTICLE_FIELDS = frozenset(f.name for f in fields(Article))


@dataclass(frozen=True)
class Archive:
    """Everything ingest made of the sources."""

    articles: tuple[Article, ...]
    pages: tuple[Page, ...]
    problems: tuple[Problem, ...]
    # The pinyin slug of each title and name (tag, paper, reporter), once enrich has them.
    pinyin: dict[str, str] = field(default_factory=dict)
