"""Render: the site structure to pages, each a template, a path and what the template is given."""
from __future__ import annotations

import calendar
import math
import posixpath
import uuid
from dataclasses import dataclass
from pathlib import Path

import markdown
from jinja2 import ChoiceLoader, Environment, FileSystemLoader, PrefixLoader, meta, nodes, select_autoescape
from markupsafe import Markup

from .config import Config
from .digest import Digests, article_summary
from .listings import Issue, Listing, PrintedPage, Site, by_initial, site_structure
from .model import Archive, Article, Paragraph, SectionHead

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
    # A build reads each template once: no asking the disk on every page whether one changed.
    env = Environment(loader=loader, autoescape=select_autoescape(default=True, default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True, auto_reload=False)
    env.globals.update(site_title=config.site_title, base_url=config.base_url)
    env.filters["description"] = description
    env.globals["calendar_weeks"] = calendar_weeks
    # JSON-LD in the page's own UTF-8: \uXXXX escapes made each Chinese character 6 bytes, not 3
    # (|tojson still escapes < > & ' so nothing closes the script).
    env.policies["json.dumps_kwargs"] = {"sort_keys": True, "ensure_ascii": False}
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


def calendar_weeks(year: int, month: int, issues) -> list[list[tuple[int, list] | None]]:
    """A month's calendar, Monday first: each day with the issues printed on it; None pads a week."""
    on_day: dict[int, list] = {}
    for issue in issues:
        on_day.setdefault(issue.date.day, []).append(issue)
    return [[(day, on_day.get(day, [])) if day else None for day in week]
            for week in calendar.Calendar(firstweekday=0).monthdayscalendar(year, month)]


def relative_root(path: str) -> str:
    """The way back to the site root from a page: '' at the top, '../' one folder down."""
    return "../" * path.count("/")


def absolute(config: Config, path: str) -> str | None:
    return config.base_url.rstrip("/") + "/" + path if config.base_url else None


def article_blocks(article: Article) -> list[dict]:
    return [{"kind": "head" if isinstance(b, SectionHead) else "para", "text": b.text}
            for b in article.body if isinstance(b, (Paragraph, SectionHead))]


def json_ld(article: Article, config: Config) -> dict:
    """schema.org NewsArticle for search engines and archivists (its description is the page's
    own, in its head twice already: a third copy weighs every article page)."""
    data = {"@context": "https://schema.org", "@type": "NewsArticle",
            "headline": article.title, "inLanguage": "zh-CN", "keywords": list(article.tags),
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


def cloud_weights(listings: tuple[Listing, ...], most: int) -> list[tuple[Listing, int]]:
    """Each tag with a size from 1 to 5, on a log scale up to the `most` articles any tag
    has: a few tags gather most articles."""
    scale = math.log(most) if most > 1 else 1.0
    return [(l, 1 + round(4 * math.log(len(l.articles)) / scale)) for l in listings]


def name_index_path(kind: str, letter: str | None) -> str:
    """tags/index.html, and tags/index_a.html for the tags of initial a ("_": no slug has one)."""
    return f"{kind}/index.html" if letter is None else f"{kind}/index_{letter}.html"


def feed_updated(site: Site) -> str:
    """The newest issue date: a feed that changes only when the archive does."""
    dated = [a.issue_date.value for a in site.articles if a.issue_date.known]
    return f"{max(dated).isoformat() if dated else '1970-01-01'}T00:00:00Z"


# What a template reads of `site` when it hands the whole object on (or indexes it): all of it.
WHOLE_SITE = "*"


def site_reads(trees: dict[str, nodes.Template], name: str | None,
               known: dict[str | None, frozenset[str]]) -> frozenset[str]:
    """The attributes of `site` a template, or a template it extends, includes or imports,
    reads: `articles|length` where it reads only a count."""
    if name in known:
        return known[name]
    known[name] = frozenset({WHOLE_SITE})  # a template that includes itself, or a dynamic name
    if name not in trees:
        return known[name]
    tree = trees[name]
    attributes = [n for n in tree.find_all(nodes.Getattr) if _site_attribute(n)]
    counted = {id(f.node) for f in tree.find_all(nodes.Filter) if f.name == "length" and _site_attribute(f.node)}
    reads = {f"{n.attr}|length" if id(n) in counted else n.attr for n in attributes}
    if sum(1 for n in tree.find_all(nodes.Name) if n.name == "site") > len(attributes):
        reads.add(WHOLE_SITE)
    for other in meta.find_referenced_templates(tree):
        reads |= site_reads(trees, other, known)
    known[name] = frozenset(reads)
    return known[name]


def listings_shown_by_count(trees: dict[str, nodes.Template]) -> bool:
    """Whether the theme shows a listing's articles only by their count (`x.articles|length`),
    besides the page's own `articles`: then a page's key holds each listing's head alone, and
    one changed article re-renders the listing pages that show it, not every page of them."""
    for tree in trees.values():
        counted = {id(f.node) for f in tree.find_all(nodes.Filter) if f.name == "length"}
        for node in tree.find_all((nodes.Getattr, nodes.Getitem, nodes.Filter)):
            if _attribute_read(node) == "articles" and id(node) not in counted and not _site_attribute(node):
                return False
    return True


def parsed_templates(env: Environment) -> dict[str, nodes.Template]:
    """Each template of the theme as Jinja parses it (for what it reads), parsed once."""
    return {name: env.parse(env.loader.get_source(env, name)[0]) for name in env.list_templates()}


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

    def __init__(self, site: Site, config: Config):
        self.site, self.config = site, config
        self.env = environment(config)
        self.trees = parsed_templates(self.env)
        # An issue is laid out on its own page (given its pages there); elsewhere it is a link.
        self.digests = Digests({Article: article_summary, Issue: Issue.head,
                                **({Listing: Listing.head} if listings_shown_by_count(self.trees) else {})})
        self.pages: list[tuple[str, str, dict]] = []
        self.reads: dict[str | None, frozenset[str]] = {}  # site_reads of each template
        self.site_values: dict[str, dict] = {}  # site_inputs of each template
        self.site_digests: dict[str, str] = {}  # and their digests
        self.by_initial: dict[str, dict[str, tuple[Listing, ...]]] = {}
        self.article_digests: dict[int, str] | None = None  # by id, for `shows`
        self.years_shown: dict[int, tuple] = {}  # by year's index, for `shows`
        self.by_slug = site.by_slug()
        self.tag_urls, self.reporter_urls, self.paper_urls = (
            self.urls(site.tags), self.urls(site.reporters), self.urls(site.papers))
        # Where each article was printed: (its issue's index, its page), for its page's links.
        self.printed: dict[int, tuple[int, PrintedPage, int]] = {
            id(a): (k, page, at) for k, issue in enumerate(site.issues) for page in issue.pages
            for at, a in enumerate(page.articles)}
        # Each issue's neighbours are the same paper's, and each month's the archive's months in turn.
        self.issue_neighbours = paper_neighbours(site.issues)
        months = sorted((m for y in site.years for m in y.months if m.month),
                        key=lambda m: m.listing.base)
        self.month_neighbours = {m.listing.base: (months[k - 1].listing if k else None,
                                                  months[k + 1].listing if k + 1 < len(months) else None)
                                 for k, m in enumerate(months)}

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

    def name_indexes(self, kind: str) -> list[tuple]:
        """The jobs of the index of tags, papers or reporters: a page, or a first page and one
        per initial when there are too many names for one."""
        return [("names", kind, None), *(("names", kind, letter) for letter in self.initials(kind))]

    def initials(self, kind: str) -> dict[str, tuple[Listing, ...]]:
        """The tags, papers or reporters by initial, if too many for one page; else none."""
        if kind not in self.by_initial:
            listings = self.site.indexed(kind)
            self.by_initial[kind] = by_initial(listings) if len(listings) > self.config.names_per_index else {}
        return self.by_initial[kind]

    def name_index(self, kind: str, letter: str | None) -> None:
        """A page of the index of tags, papers or reporters: all of them, or those of one
        initial, or (the first page of a split index) the most used and the initials."""
        listings, initials = self.site.indexed(kind), self.initials(kind)
        if letter:
            shown = initials[letter]
        else:
            shown = listings[:self.config.names_per_index // 2] if initials else listings
        # Only the first page counts the names and their initials: a new name changes that page
        # and its initial's, not all of them.
        letters = [(l, posixpath.basename(name_index_path(kind, l)), None if letter else len(group))
                   for l, group in initials.items()]
        total = None if letter else len(listings)
        path = name_index_path(kind, letter)
        if kind == "tags":
            most = len(listings[0].articles) if listings else 1  # the most used first
            self.page("tags.html", path, cloud=cloud_weights(shown, most), letters=letters, letter=letter, total=total)
        else:
            # A name without a page of its own (a reporter of one article) links that article.
            pages = self.reporter_urls if kind == "reporters" else self.paper_urls
            self.page("directory.html", path, kind=kind[:-1], listings=shown, letters=letters, letter=letter,
                      total=total, elsewhere={l.name: l.articles[0].url for l in shown if l.name not in pages})

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
                  **self.printed_on(article),
                  related=[by_slug[s] for s in article.related if s in by_slug],
                  tag_urls={t: self.tag_urls[t] for t in article.tags if t in self.tag_urls},
                  reporter_urls={n: self.reporter_urls[n] for n in people if n in self.reporter_urls},
                  paper_urls={article.paper: self.paper_urls[article.paper]}
                  if article.paper in self.paper_urls else {})

    def printed_on(self, article: Article) -> dict:
        """The issue and page an article was printed on, and the articles before and after it
        on that page; nothing for an article not dated to the day."""
        if id(article) not in self.printed:
            return {}
        k, page, at = self.printed[id(article)]
        return {"issue": self.site.issues[k], "printed_page": (page.number, page.label, page.section, page.anchor),
                "page_before": page.articles[at - 1] if at else None,
                "page_after": page.articles[at + 1] if at + 1 < len(page.articles) else None}

    def issue_link(self, article: Article) -> tuple[str, str] | None:
        """The address of the page of its issue an article was printed on, and that page's name."""
        printed = self.printed_on(article)
        if not printed:
            return None
        _, label, section, anchor = printed["printed_page"]
        return f"{printed['issue'].url}#{anchor}", f"{printed['issue'].name} {label}{' ' + section if section else ''}"

    def issue(self, k: int) -> None:
        issue = self.site.issues[k]
        earlier, later = self.issue_neighbours[k]
        # Each page with its articles beside it: a template reads a listing's `articles` only to count them.
        self.page("issue.html", issue.url, issue=issue, pages=[(p.number, p.section, p.anchor, p.label, headlines(p.articles))
                                                              for p in issue.pages],
                  earlier=earlier, later=later)

    def front_page(self) -> dict:
        """The home page's lead: the latest issue (the fullest, if papers share the day) and its front page."""
        if not self.site.issues:
            return {}
        latest = max(self.site.issues, key=lambda i: (i.date, len(i.articles), i.base))
        front = latest.front()
        return {"front_issue": latest, "front": (front.label, front.section), "front_articles": headlines(front.articles)}

    @staticmethod
    def urls(listings: tuple[Listing, ...]) -> dict[str, str]:
        return {l.name: l.url for l in listings}

    def jobs(self) -> list[tuple]:
        """Every page (or paginated listing) to render, as a small task a worker can take."""
        site = self.site
        jobs: list[tuple] = [("home",), *(("article", k) for k in range(len(site.articles))),
                             *(("issue", k) for k in range(len(site.issues))),
                             *self.name_indexes("tags"), *(("listing", "tags", i) for i in range(len(site.tags))),
                             ("archive",)]
        for y, year in enumerate(site.years):
            jobs += [("year", y), *(("month", y, m) for m in range(len(year.months)))]
        if site.undated:
            jobs.append(("undated",))
        jobs += [*self.name_indexes("papers"), *self.name_indexes("reporters"),
                 *(("listing", "papers", i) for i in range(len(site.papers))),
                 *(("listing", "reporters", i) for i in range(len(site.reporters))),
                 ("search",), ("404",), ("feed",), ("robots",)]
        return jobs

    def job_id(self, job: tuple) -> str:
        """A job's name from one build to the next: its first page's path."""
        site, (kind, *args) = self.site, job
        if kind == "article":
            return site.articles[args[0]].url
        if kind in ("home", "listing", "year", "month", "undated"):
            return self.job_listing(job).url
        if kind == "names":
            return name_index_path(*args)
        if kind == "issue":
            return site.issues[args[0]].url
        [(_, path, _)] = self.pages_of(job)  # a page of its own (the archive, the feed…)
        return path

    def job_listing(self, job: tuple) -> Listing:
        site, (kind, *args) = self.site, job
        if kind == "home":
            return site.home
        if kind == "listing":
            return getattr(site, args[0])[args[1]]
        if kind == "year":
            return site.years[args[0]].listing
        if kind == "month":
            return site.years[args[0]].months[args[1]].listing
        return site.undated

    def shows(self, job: tuple) -> tuple:
        """What a job's pages show, made cheaply: digests of its articles, the addresses it
        links, what its template reads of the site. A job showing what it showed in the last
        build makes the same pages."""
        site, (kind, *args) = self.site, job
        if kind == "article":
            k = args[0]
            article, by_slug, urls = site.articles[k], self.by_slug, self.tag_urls
            neighbours = site.articles[max(k - 1, 0):k], site.articles[k + 1:k + 2]
            printed = self.printed.get(id(article))
            return (self.site_digest("article.html"), *(self._digests(n) for n in neighbours),
                    self._digests((article, *(by_slug[s] for s in article.related if s in by_slug))),
                    printed and self._printed_shown(*printed),
                    tuple(urls.get(t) for t in article.tags),
                    tuple(self.reporter_urls.get(n) for n in (*article.authors, *article.correspondents)),
                    self.paper_urls.get(article.paper))
        if kind == "names":
            [(template, _, context)] = self.pages_of(job)
            return self.site_digest(template), *self._names_shown(context)
        if kind == "issue":
            issue, (earlier, later) = site.issues[args[0]], self.issue_neighbours[args[0]]
            # Headlines as they are, not digested: comparing them costs less than hashing them.
            return (self.site_digest("issue.html"), issue.head(),
                    tuple((p.number, p.section, tuple(map(headline_shown, p.articles))) for p in issue.pages),
                    earlier and earlier.head(), later and later.head())
        if kind not in ("home", "listing", "year", "month", "undated"):
            # A page of its own (the feed, the archive): what it is given, spelled out.
            [(template, _, context)] = self.pages_of(job)
            return self.site_digest(template), self.digests.plain(context)
        listing = self.job_listing(job)
        shown = (self.site_digest("index.html" if kind == "home" else "list.html"),
                 listing.kind, listing.name, listing.base, self._digests(listing.articles))
        if kind == "home" and self.site.issues:  # its lead: the latest front page
            front = self.front_page()
            return (*shown, front["front_issue"].head(), front["front"], self.digests.plain(front["front_articles"]))
        if kind in ("year", "month"):  # their pages show the year's months and their calendars besides
            return (*shown, self._year_shown(args[0]),
                    tuple(l and l.base for l in self.month_neighbours.get(listing.base, ())))
        return shown

    def _printed_shown(self, k: int, page: PrintedPage, at: int) -> tuple:
        """An article's issue and page, and its neighbours there, as its page shows them."""
        return (self.site.issues[k].head(), page.number, page.section,
                self._digests(page.articles[max(at - 1, 0):at + 2]))

    def _year_shown(self, k: int) -> tuple:
        """A year's months and their calendars, as its pages and its months' pages show them."""
        if k not in self.years_shown:
            year = self.site.years[k]
            self.years_shown[k] = year.number, tuple((m.month, self._listing_shown(m.listing),
                                                      tuple(i.head() for i in m.issues)) for m in year.months)
        return self.years_shown[k]

    def _names_shown(self, context: dict) -> tuple:
        """An index of names as `shows` spells it: each listing by what the page shows of it
        (as its key does: see Digests' summaries), without a digest of each."""
        others = tuple((name, value) for name, value in sorted(context.items()) if name not in ("cloud", "listings"))
        return (tuple((self._listing_shown(l), weight) for l, weight in context.get("cloud", ())),
                tuple(map(self._listing_shown, context.get("listings", ()))), others)

    def _listing_shown(self, listing: Listing) -> tuple:
        """A listing a page links but does not list, by what the page shows of it: its head where
        the theme shows such listings by their count (as their keys do), else its articles."""
        if Listing in self.digests.summaries:
            return listing.head()
        return listing.kind, listing.name, listing.base, self._digests(listing.articles)

    def _digests(self, articles: tuple[Article, ...]) -> tuple[str, ...]:
        if self.article_digests is None:
            # Sixteen hex digits of each: enough to tell one article's state from another's.
            self.article_digests = {id(a): self.digests.plain(a)[:16] for a in self.site.articles}
        return tuple(map(self.article_digests.__getitem__, map(id, articles)))

    def page_keys(self, job: tuple) -> list[tuple[str, str]]:
        """Each page of a job: its key and its path."""
        return [(self.key_of(page), page[1]) for page in self.pages_of(job)]

    def key_of(self, page: tuple[str, str, dict]) -> str:
        """A digest of everything the page shows: with the same theme, settings and generator,
        the same key renders the same file."""
        template, path, context = page
        return self.digests.of([template, path, context, self.site_inputs(template)])

    def site_inputs(self, template: str) -> dict:
        """What the template reads of `site` (a count where it reads only a count)."""
        if template not in self.site_values:
            values = {}
            for read in sorted(site_reads(self.trees, template, self.reads)):
                if read.endswith("|length"):
                    values[read] = len(getattr(self.site, read.removesuffix("|length")) or ())
                else:
                    values[read] = self.digests.of(self.site if read == WHOLE_SITE else getattr(self.site, read))
            self.site_values[template] = values
        return self.site_values[template]

    def site_digest(self, template: str) -> str:
        if template not in self.site_digests:
            self.site_digests[template] = self.digests.of(self.site_inputs(template))
        return self.site_digests[template]

    def pages_of(self, job: tuple) -> list[tuple[str, str, dict]]:
        """The pages of one job: template, path and what the template is given."""
        self.pages = []
        site, (kind, *args) = self.site, job
        if kind == "home":
            self.listing(site.home, "index.html", **self.front_page())
        elif kind == "issue":
            self.issue(args[0])
        elif kind == "article":
            self.article(args[0], site.articles[args[0]])
        elif kind == "names":
            self.name_index(*args)
        elif kind == "listing":
            self.listing(getattr(site, args[0])[args[1]])
        elif kind == "archive":
            self.page("archive.html", "archive/index.html")
        elif kind == "year":
            self.listing(site.years[args[0]].listing, year=site.years[args[0]])
        elif kind == "month":
            year, month = site.years[args[0]], site.years[args[0]].months[args[1]]
            earlier, later = self.month_neighbours.get(month.listing.base, (None, None))
            self.listing(month.listing, year=year, month=month, earlier=earlier, later=later)
        elif kind == "undated":
            self.listing(site.undated)
        elif kind == "search":
            self.page("search.html", "search.html")
        elif kind == "404":
            # A host serves 404.html at any depth: only absolute links work there, when known.
            self.page("404.html", "404.html", root=absolute(self.config, "") or "")
        elif kind == "feed":
            self.page("feed.xml", "feed.xml", articles=site.articles[:self.config.feed_entries],
                      entry_id=lambda a: entry_id(self.config, a), issue_link=self.issue_link,
                      updated=feed_updated(site),
                      feed_uuid=uuid.uuid5(uuid.NAMESPACE_URL, self.config.site_title))
        elif kind == "robots":
            self.page("robots.txt", "robots.txt")
        return self.pages

    def sitemap(self, paths) -> tuple[str, str, dict]:
        """The sitemap, as a page: it lists the others."""
        pages = sorted(p for p in paths if p.endswith(".html") and p != "404.html")
        return "sitemap.xml", "sitemap.xml", {"pages": pages}


@dataclass(frozen=True)
class Headline:
    """An article as a page of its issue prints it, and no more: a page showing headlines changes
    only when they do, not when an article's tags or text do."""

    url: str
    kicker: str
    title: str
    subtitle: str
    authors: tuple[str, ...]
    correspondents: tuple[str, ...]
    kind: str


def headlines(articles) -> tuple[Headline, ...]:
    return tuple(Headline(*headline_shown(a)) for a in articles)


def headline_shown(a: Article) -> tuple:
    """A Headline's fields, as plain values (what `shows` keeps of an issue's articles)."""
    return a.url, a.kicker, a.title, a.subtitle, a.authors, a.correspondents, a.kind


def paper_neighbours(issues: tuple[Issue, ...]) -> list[tuple[Issue | None, Issue | None]]:
    """Each issue's previous and next issue of the same paper (issues come oldest first)."""
    last: dict[str | None, int] = {}
    neighbours: list[list] = [[None, None] for _ in issues]
    for k, issue in enumerate(issues):
        if issue.paper in last:
            neighbours[k][0], neighbours[last[issue.paper]][1] = issues[last[issue.paper]], issue
        last[issue.paper] = k
    return [tuple(n) for n in neighbours]


def render(archive: Archive, config: Config) -> Renderer:
    """The site's pages, as jobs a worker can take (see Renderer.jobs, Renderer.pages_of)."""
    return Renderer(site_structure(archive), config)
