"""Render: the site structure to files, as a mapping of site path to text."""
from __future__ import annotations

import math
import posixpath
import uuid
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import markdown
from jinja2 import ChoiceLoader, Environment, FileSystemLoader, PrefixLoader, meta, nodes, select_autoescape
from markupsafe import Markup

from .config import Config
from .digest import Digests, article_summary
from .listings import Listing, Site, site_structure
from .model import Archive, Article, Paragraph, SectionHead
from .parallel import pmap
from .write import Staging

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


# Pages linked either side of the current one: the home page of 100,000 articles has 5,000.
PAGER_SPREAD = 2


def page_window(number: int, count: int) -> list[int | None]:
    """The page numbers a pager links: the first, the last and those near the current one;
    None where pages are left out (never for just one page: that page is shown instead)."""
    shown = sorted({1, count, *range(max(1, number - PAGER_SPREAD), min(count, number + PAGER_SPREAD) + 1)})
    window: list[int | None] = []
    for n in shown:
        last = next((w for w in reversed(window) if w is not None), None)
        if last is not None and n - last == 2:
            window.append(last + 1)
        elif last is not None and n - last > 2:
            window.append(None)
        window.append(n)
    return window


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


# What a template reads of `site` when it hands the whole object on (or indexes it): all of it.
WHOLE_SITE = "*"


def site_reads(env: Environment, name: str | None, known: dict[str | None, frozenset[str]]) -> frozenset[str]:
    """The attributes of `site` a template, or a template it extends, includes or imports,
    reads: `articles|length` where it reads only a count."""
    if name in known:
        return known[name]
    known[name] = frozenset({WHOLE_SITE})  # a template that includes itself, or a dynamic name
    if name is None:
        return known[name]
    tree = _parsed(env, name)
    attributes = [n for n in tree.find_all(nodes.Getattr) if _site_attribute(n)]
    counted = {id(f.node) for f in tree.find_all(nodes.Filter) if f.name == "length" and _site_attribute(f.node)}
    reads = {f"{n.attr}|length" if id(n) in counted else n.attr for n in attributes}
    if sum(1 for n in tree.find_all(nodes.Name) if n.name == "site") > len(attributes):
        reads.add(WHOLE_SITE)
    for other in meta.find_referenced_templates(tree):
        reads |= site_reads(env, other, known)
    known[name] = frozenset(reads)
    return known[name]


def listings_shown_by_count(env: Environment) -> bool:
    """Whether the theme shows a listing's articles only by their count (`x.articles|length`),
    besides the page's own `articles`: then a page's key holds each listing's head alone, and
    one changed article re-renders the listing pages that show it, not every page of them."""
    for name in env.list_templates():
        tree = _parsed(env, name)
        counted = {id(f.node) for f in tree.find_all(nodes.Filter) if f.name == "length"}
        for node in tree.find_all((nodes.Getattr, nodes.Getitem, nodes.Filter)):
            if _attribute_read(node) == "articles" and id(node) not in counted and not _site_attribute(node):
                return False
    return True


def _parsed(env: Environment, name: str) -> nodes.Template:
    return env.parse(env.loader.get_source(env, name)[0])


def _attribute_read(node) -> str | None:
    """The attribute a node reads by name: x.a, x["a"] or x|attr("a")."""
    if isinstance(node, nodes.Getattr):
        return node.attr
    if isinstance(node, nodes.Getitem):
        return getattr(node.arg, "value", None)
    if isinstance(node, nodes.Filter) and node.name == "attr" and node.args:
        return getattr(node.args[0], "value", None)
    return None


def _site_attribute(node) -> bool:
    return isinstance(node, nodes.Getattr) and isinstance(node.node, nodes.Name) and node.node.name == "site"


class Renderer:
    """Renders each kind of page with the theme's templates and a shared context."""

    def __init__(self, site: Site, config: Config, environment_key: str = ""):
        self.site, self.config, self.environment_key = site, config, environment_key
        self.env = environment(config)
        self.digests = Digests({Article: article_summary,
                                **({Listing: Listing.head} if listings_shown_by_count(self.env) else {})})
        self.pages: list[tuple[str, str, dict]] = []
        self.reads: dict[str | None, frozenset[str]] = {}  # site_reads of each template
        self.site_values: dict[str, dict] = {}  # site_inputs of each template
        self.by_slug = site.by_slug()
        self.tag_urls, self.reporter_urls, self.paper_urls = (
            self.urls(site.tags), self.urls(site.reporters), self.urls(site.papers))

    def page(self, template: str, path: str, **context) -> None:
        self.pages.append((template, path, context))

    def html(self, template: str, path: str, context: dict) -> str:
        values = dict(site=self.site, path=path, root=relative_root(path),
                      canonical=absolute(self.config, path))
        values.update(context)
        if template == "article.html":
            # Made from the article alone (so no part of the page's key): only when rendering.
            article = context["article"]
            values.update(blocks=article_blocks(article), ld=json_ld(article, self.config),
                          markdown=markdown_html(article.markdown) if article.markdown is not None else None)
        if "listing" in context and "number" in context:
            # Made from the listing, the page's number and the count alone, likewise.
            listing, number = context["listing"], context["number"]
            # A listing's pages share a folder: a link to another is its file name.
            values["pager"] = [(n, n and posixpath.basename(listing.page_path(n)))
                               for n in page_window(number, context["count"])]
        return self.env.get_template(template).render(**values)

    def listing(self, listing: Listing, template: str = "list.html", **context) -> None:
        pages = listing.pages(self.config.per_page)
        for number, (path, articles) in enumerate(pages, 1):
            self.page(template, path, listing=listing, articles=articles, number=number, count=len(pages),
                      **context)

    def article(self, k: int, article: Article) -> None:
        ordered, by_slug = self.site.articles, self.by_slug
        people = (*article.authors, *article.correspondents)
        # Only this article's links: a page's key holds what it shows, not every tag's URL.
        self.page("article.html", article.url, article=article,
                  newer=ordered[k - 1] if k > 0 else None,
                  older=ordered[k + 1] if k + 1 < len(ordered) else None,
                  related=[by_slug[s] for s in article.related if s in by_slug],
                  tag_urls={t: self.tag_urls[t] for t in article.tags if t in self.tag_urls},
                  reporter_urls={n: self.reporter_urls[n] for n in people if n in self.reporter_urls},
                  paper_urls={article.paper: self.paper_urls[article.paper]}
                  if article.paper in self.paper_urls else {})

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

    def page_keys(self, job: tuple) -> list[tuple[str, str]]:
        """Each page of a job: its key and its path."""
        return [(self.key_of(page), page[1]) for page in self.pages_of(job)]

    def key_of(self, page: tuple[str, str, dict]) -> str:
        """A digest of everything the page shows (and of the theme, the settings and the
        generator): the same key renders the same file."""
        template, path, context = page
        return self.digests.of([self.environment_key, template, path, context, self.site_inputs(template)])

    def site_inputs(self, template: str) -> dict:
        """What the template reads of `site` (a count where it reads only a count)."""
        if template not in self.site_values:
            values = {}
            for read in sorted(site_reads(self.env, template, self.reads)):
                if read.endswith("|length"):
                    values[read] = len(getattr(self.site, read.removesuffix("|length")) or ())
                else:
                    values[read] = self.digests.of(self.site if read == WHOLE_SITE else getattr(self.site, read))
            self.site_values[template] = values
        return self.site_values[template]

    def pages_of(self, job: tuple) -> list[tuple[str, str, dict]]:
        """The pages of one job: template, path and what the template is given."""
        self.pages = []
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
        return self.pages

    def sitemap(self, paths) -> tuple[str, str, dict]:
        """The sitemap, as a page: it lists the others."""
        pages = sorted(p for p in paths if p.endswith(".html") and p != "404.html")
        return "sitemap.xml", "sitemap.xml", {"pages": pages}


@dataclass(frozen=True)
class Rendered:
    """The pages of the site, written (or linked from the previous site where a page would
    come out the same)."""

    paths: list[str]
    # Each page's key and its path, for the next build to reuse.
    keys: dict[str, str]
    rendered: int


def render(archive: Archive, config: Config, staging: Staging, environment_key: str = "",
           previous: dict[str, str] | None = None) -> Rendered:
    """Render every page whose key the previous build (its site at config.output) has not."""
    renderer = Renderer(site_structure(archive), config, environment_key)
    jobs, site, previous = renderer.jobs(), config.output.resolve(), previous or {}
    # Keys first only when there is a previous site to take pages from; else each worker
    # keys the pages it renders.
    if previous:
        keyed = pmap(Renderer.page_keys, jobs, config.jobs, context=renderer)
        reusable = [(key, path) for pages in keyed for key, path in pages if previous.get(key) == path]
        linked = set(staging.keep(site, [path for _, path in reusable]))
        kept = {key: path for key, path in reusable if path in linked}
        stale = [(job, [path for key, path in pages if key not in kept]) for job, pages in zip(jobs, keyed)]
    else:
        kept, stale = {}, [(job, None) for job in jobs]
    # Workers write what they render: the pages never travel back through this process.
    written = pmap(_write_job, [(job, only) for job, only in stale if only is None or only],
                   config.jobs, context=(renderer, staging))
    keys = dict(kept)
    for pages in written:
        keys.update(pages)
    paths = list(keys.values())
    if len(set(paths)) != len(paths):  # one page would silently replace another
        raise RuntimeError(f"pages sharing a path: {sorted(p for p, n in Counter(paths).items() if n > 1)[:5]}")
    sitemap = renderer.sitemap(paths)
    key = renderer.key_of(sitemap)
    if previous.get(key) == sitemap[1] and staging.keep(site, [sitemap[1]]):
        kept[key] = sitemap[1]
    else:
        staging.write(sitemap[1], renderer.html(*sitemap))
    keys[key] = sitemap[1]
    paths.append(sitemap[1])
    return Rendered(paths, keys, len(paths) - len(kept))


def _write_job(context: tuple[Renderer, Staging], task: tuple[tuple, list[str] | None]) -> list[tuple[str, str]]:
    """Render and write a job's pages (those named, or all): their keys and paths."""
    (renderer, staging), (job, only) = context, task
    pages = [page for page in renderer.pages_of(job) if only is None or page[1] in only]
    for template, path, page_context in pages:
        staging.write(path, renderer.html(template, path, page_context))
    return [(renderer.key_of(page), page[1]) for page in pages]
