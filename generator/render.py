"""Render: articles to HTML pages, as a mapping of site path to text."""
from __future__ import annotations

from pathlib import Path

import markdown
from jinja2 import ChoiceLoader, Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from .config import Config
from .model import Archive, Article, Paragraph, SectionHead

DEFAULT_THEME = Path(__file__).resolve().parent.parent / "themes" / "default"


def theme_dirs(config: Config) -> list[Path]:
    """The chosen theme first, the default theme behind it for whatever it leaves out."""
    dirs = [config.theme.resolve()]
    if dirs[0] != DEFAULT_THEME:
        dirs.append(DEFAULT_THEME)
    return dirs


def environment(config: Config) -> Environment:
    env = Environment(loader=ChoiceLoader([FileSystemLoader(str(d / "templates")) for d in theme_dirs(config)]),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.globals["site_title"] = config.site_title
    return env


def markdown_html(source: str) -> Markup:
    """Markdown to HTML with raw HTML shown as text: an archive never runs a source's markup."""
    md = markdown.Markdown(extensions=["extra", "sane_lists"])
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    return Markup(md.convert(source))


def newest_first(articles: tuple[Article, ...]) -> list[Article]:
    """Dated articles newest first, then the undated; page order within a page."""
    def key(a: Article):
        ordinal = a.issue_date.value.toordinal() if a.issue_date.value else 0
        return (-ordinal, a.source, a.line)
    return sorted(articles, key=key)


def article_context(article: Article) -> dict:
    blocks = [{"kind": "head" if isinstance(b, SectionHead) else "para", "text": b.text}
              for b in article.body if isinstance(b, (Paragraph, SectionHead))]
    return {"article": article, "blocks": blocks,
            "markdown": markdown_html(article.markdown) if article.markdown is not None else None}


def render(archive: Archive, config: Config) -> dict[str, str]:
    """Every HTML page of the site, keyed by its path inside the site."""
    env = environment(config)
    ordered = newest_first(archive.articles)
    files = {"index.html": env.get_template("index.html").render(articles=ordered, root="")}
    article_template = env.get_template("article.html")
    for k, article in enumerate(ordered):
        files[article.url] = article_template.render(
            root="../", **article_context(article),
            newer=ordered[k - 1] if k > 0 else None,
            older=ordered[k + 1] if k + 1 < len(ordered) else None)
    return files
