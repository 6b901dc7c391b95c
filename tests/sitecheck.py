"""Whole-site checks: every internal link and asset resolves, every page parses as HTML."""
from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import html5lib

LINK_ATTRIBUTES = {"href", "src"}


class Page(HTMLParser):
    """The links (tag, attribute, value, whether it may leave the site) and ids of one page."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, str, str, bool]] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        # A reader's click on an outside <a>, or the canonical address, is no request
        # the page makes by itself; a script, style or image from outside is.
        may_leave = tag == "a" or (tag == "link" and attributes.get("rel") == "canonical")
        for name, value in attrs:
            if name == "id" and value:
                self.ids.add(value)
            if name in LINK_ATTRIBUTES and value is not None:
                self.links.append((tag, name, value, may_leave))


def read_page(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text("utf-8"))
    return page


def broken_links(site: Path, base_url: str | None = None) -> list[str]:
    """Links that leave the site, start at a server root, or name a file or anchor that isn't
    there. With base_url, absolute links to the site's own public address count as inside."""
    site = site.resolve()
    pages = {p: read_page(p) for p in site.rglob("*.html")}
    problems = []
    for path, page in pages.items():
        where = path.relative_to(site)
        for tag, attribute, value, may_leave in page.links:
            said = f'{where}: <{tag} {attribute}="{value}">'
            if base_url and value.startswith(base_url):
                value = "/".join([".."] * (len(where.parts) - 1) + [value[len(base_url):]]) or "."
            parts = urlsplit(value)
            if parts.scheme == "data":  # inline: nothing is requested
                continue
            if parts.scheme or parts.netloc:
                if not may_leave:
                    problems.append(f"{said} → outside the site")
                continue
            if value.startswith("/"):
                problems.append(f"{said} → root-absolute, breaks under file:// and sub-paths")
                continue
            target = (path.parent / unquote(parts.path)).resolve() if parts.path else path
            if site not in target.parents and target != site:
                problems.append(f"{said} → outside the site folder")
            elif not target.is_file():
                problems.append(f"{said} → missing")
            elif parts.fragment and target.suffix == ".html":
                ids = pages[target].ids if target in pages else read_page(target).ids
                if unquote(parts.fragment) not in ids:
                    problems.append(f"{said} → no id {parts.fragment!r}")
    return problems


def html_errors(site: Path) -> list[str]:
    """HTML5 parse errors of every page, with file, line and column; and a missing doctype or lang."""
    problems = []
    for path in sorted(site.rglob("*.html")):
        text = path.read_text("utf-8")
        where = path.relative_to(site)
        parser = html5lib.HTMLParser(strict=False, namespaceHTMLElements=False)
        tree = parser.parse(text)
        for (line, column), code, data in parser.errors:
            problems.append(f"{where}:{line}:{column}: {code} {data or ''}".rstrip())
        if not text.lstrip().lower().startswith("<!doctype html>"):
            problems.append(f"{where}: no <!doctype html>")
        if not tree.get("lang"):
            problems.append(f"{where}: <html> has no lang")
    return problems
