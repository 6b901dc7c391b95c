"""Render: the site structure to files, as a mapping of site path to text."""
from __future__ import annotations

import math
import posixpath
import uuid
from pathlib import Path

import markdown
from jinja2 import ChoiceLoader, Environment, FileSystemLoader, PrefixLoader, select_autoescape
from markupsafe import Markup

from .config import Config
from .listings import Listing, Site, site_structure
from .model import Archive, Article, Paragraph, SectionHead
from .parallel import pmap

DEFAULT_THEME = Path(__file__).resolve().parent.parent / "themes" / "default"
DESCRIPTION_CHARS = 120


def theme_dirs(config: Config) -> list[Path]:
    """The chosen theme first, the default theme behind it for whatever it leaves out."""
    dirs = [config.theme.resolve()]
    if dirs[0] != DEFAULT_THEME:
        dirs.append(DEFAULT_THEME)
    return dirs


def environment(config: Config) -> Environment:
    # "default/article.html" always names the default theme's template, so a theme can
    # extend the very template it overrides and change one block of it.
    loader = ChoiceLoader([FileSystemLoader(str(d / "templates")) for d in theme_dirs(config)]
                          + [PrefixLoader({"default": FileSystemLoader(str(DEFAULT_THEME / "templates"))})])
    env = Environment(loader=loader, autoescape=select_autoescape(default=True, default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(site_title=config.site_title, base_url=config.base_url)
    env.filters["description"] = description
    return env


def markdown_html(source: str) -> Markup:
    """Markdown to HTML with raw HTML shown as text: an archive never runs a source's markup."""
    md = markdown.Markdown(extensions=["extra", "sane_lists"])
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    return Markup(md.convert(source))


def description(article: Article, limit: int = DESCRIPTION_CHARS) -> str:
    """The stated summary, else the opening of the text, cut at a sentence end if one is near."""
    text = article.summary or "".join(article.paragraphs) or article.subtitle or article.title
    if len(text) <= limit:
        return text
    cut = text[:limit]
    end = max(cut.rfind(p) for p in "。！？")
    return cut[:end + 1] if end >= limit // 2 else cut + "…"


def relative_root(path: str) -> str:
    """The way back to the site root from a page: '' at the top, '../' one folder down."""
    return "../" * path.count("/")


def absolute(config: Config, path: str) -> str | None:
    return config.base_url.rstrip("/") + "/" + path if config.base_url else None


def article_blocks(article: Article) -> list[dict]:
    return [{"kind": "head" if isinstance(b, SectionHead) else "para", "text": b.text}
            for b in article.body if isinstance(b, (Paragraph, SectionHead))]


def json_ld(article: Article, config: Config) -> dict:
    """schema.org NewsArticle for search engines and archivists."""
    data = {"@context": "https://schema.org", "@type": "NewsArticle",
            "headline": article.title, "description": description(article),
            "inLanguage": "zh-CN", "keywords": list(article.tags),
            "author": [{"@type": "Person", "name": n} for n in (*article.authors, *article.correspondents)]}
    if article.subtitle:
        data["alternativeHeadline"] = article.subtitle
    if article.issue_date.known:
        data["datePublished"] = article.issue_date.iso()
    if article.paper:
        data["publisher"] = {"@type": "Organization", "name": article.paper}
    if config.base_url:
        data["url"] = absolute(config, article.url)
    return data


def entry_id(config: Config, article: Article) -> str:
    """A feed entry's permanent id: its URL when the site has one, else a UUID from its slug."""
    return absolute(config, article.url) or uuid.uuid5(uuid.NAMESPACE_URL, article.slug).urn


def cloud_weights(listings: tuple[Listing, ...]) -> list[tuple[Listing, int]]:
    """Each tag with a size from 1 to 5, on a log scale: a few tags gather most articles."""
    most = max((len(l.articles) for l in listings), default=1)
    scale = math.log(most) if most > 1 else 1.0
    return [(l, 1 + round(4 * math.log(len(l.articles)) / scale)) for l in listings]


def feed_updated(site: Site) -> str:
    """The newest issue date: a feed that changes only when the archive does."""
    dated = [a.issue_date.value for a in site.articles if a.issue_date.known]
    return f"{max(dated).isoformat() if dated else '1970-01-01'}T00:00:00Z"


class Renderer:
    """Renders each kind of page with the theme's templates and a shared context."""

    def __init__(self, site: Site, config: Config):
        self.site, self.config = site, config
        self.env = environment(config)
        self.files: dict[str, str] = {}
        self.by_slug = site.by_slug()
        self.tag_urls, self.reporter_urls, self.paper_urls = (
            self.urls(site.tags), self.urls(site.reporters), self.urls(site.papers))

    def page(self, template: str, path: str, **context) -> None:
        values = dict(site=self.site, path=path, root=relative_root(path),
                      canonical=absolute(self.config, path))
        values.update(context)
        self.files[path] = self.env.get_template(template).render(**values)

    def listing(self, listing: Listing, template: str = "list.html", **context) -> None:
        pages = listing.pages(self.config.per_page)
        for number, (path, articles) in enumerate(pages, 1):
            self.page(template, path, listing=listing, articles=articles,
                      number=number, count=len(pages),
                      pager=[posixpath.relpath(p, posixpath.dirname(path) or ".") for p, _ in pages],
                      **context)

    def article(self, k: int, article: Article) -> None:
        ordered, by_slug = self.site.articles, self.by_slug
        self.page("article.html", article.url, article=article, blocks=article_blocks(article),
                  markdown=markdown_html(article.markdown) if article.markdown is not None else None,
                  newer=ordered[k - 1] if k > 0 else None,
                  older=ordered[k + 1] if k + 1 < len(ordered) else None,
                  related=[by_slug[s] for s in article.related if s in by_slug],
                  ld=json_ld(article, self.config), tag_urls=self.tag_urls,
                  reporter_urls=self.reporter_urls, paper_urls=self.paper_urls)

    @staticmethod
    def urls(listings: tuple[Listing, ...]) -> dict[str, str]:
        return {l.name: l.url for l in listings}

    def jobs(self) -> list[tuple]:
        """Every page (or paginated listing) to render, as a small task a worker can take."""
        site = self.site
        jobs: list[tuple] = [("home",), *(("article", k) for k in range(len(site.articles))),
                             ("tags",), *(("listing", "tags", i) for i in range(len(site.tags))),
                             ("archive",)]
        for y, year in enumerate(site.years):
            jobs += [("year", y), *(("month", y, m) for m in range(len(year.months)))]
        if site.undated:
            jobs.append(("undated",))
        jobs += [("directory", "papers"), ("directory", "reporters"),
                 *(("listing", "papers", i) for i in range(len(site.papers))),
                 *(("listing", "reporters", i) for i in range(len(site.reporters))),
                 ("search",), ("404",), ("feed",), ("robots",)]
        return jobs

    def run(self, job: tuple) -> dict[str, str]:
        """The files of one job."""
        self.files = {}
        site, (kind, *args) = self.site, job
        if kind == "home":
            self.listing(site.home, "index.html")
        elif kind == "article":
            self.article(args[0], site.articles[args[0]])
        elif kind == "tags":
            self.page("tags.html", "tags/index.html", cloud=cloud_weights(site.tags))
        elif kind == "listing":
            self.listing(getattr(site, args[0])[args[1]])
        elif kind == "archive":
            self.page("archive.html", "archive/index.html")
        elif kind == "year":
            self.listing(site.years[args[0]].listing, year=site.years[args[0]])
        elif kind == "month":
            year = site.years[args[0]]
            self.listing(year.months[args[1]].listing, year=year)
        elif kind == "undated":
            self.listing(site.undated)
        elif kind == "directory":
            self.page("directory.html", f"{args[0]}/index.html", kind=args[0][:-1],
                      listings=getattr(site, args[0]))
        elif kind == "search":
            self.page("search.html", "search.html")
        elif kind == "404":
            # A host serves 404.html at any depth: only absolute links work there, when known.
            self.page("404.html", "404.html", root=absolute(self.config, "") or "")
        elif kind == "feed":
            self.page("feed.xml", "feed.xml", articles=site.articles[:self.config.feed_entries],
                      entry_id=lambda a: entry_id(self.config, a), updated=feed_updated(site),
                      feed_uuid=uuid.uuid5(uuid.NAMESPACE_URL, self.config.site_title))
        elif kind == "robots":
            self.page("robots.txt", "robots.txt")
        return self.files

    def sitemap(self, paths) -> dict[str, str]:
        self.files = {}
        self.page("sitemap.xml", "sitemap.xml",
                  pages=sorted(p for p in paths if p.endswith(".html") and p != "404.html"))
        return self.files


def render(archive: Archive, config: Config) -> dict[str, str]:
    """Every file of the site but the theme's static assets, keyed by its path inside the site."""
    renderer = Renderer(site_structure(archive), config)
    files: dict[str, str] = {}
    for part in pmap(Renderer.run, renderer.jobs(), config.jobs, context=renderer):
        files.update(part)
    files.update(renderer.sitemap(files))
    return files
