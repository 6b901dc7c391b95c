"""A curated Markdown article (.md with YAML front matter) to an Article."""
from __future__ import annotations

from html.parser import HTMLParser

import markdown

from ..model import Article, Block, Paragraph, Problem, SectionHead
from .frontmatter import (StatedError, apply_stated, key_line, load_yaml, split_front_matter,
                          stated_fields)


class _Blocks(HTMLParser):
    """Plain text of each paragraph and heading of rendered Markdown, for search and tags."""

    def __init__(self) -> None:
        super().__init__()
        self.blocks: list[Block] = []
        self._tag: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote"):
            self._flush()
            self._tag = tag

    def handle_endtag(self, tag):
        if tag == self._tag:
            self._flush()

    def handle_data(self, data):
        if self._tag:
            self._text.append(data)

    def _flush(self):
        text = "".join(self._text).strip()
        if text and self._tag:
            kind = SectionHead if self._tag.startswith("h") else Paragraph
            self.blocks.append(kind(text, 0))
        self._text, self._tag = [], None


def markdown_blocks(source: str) -> tuple[Block, ...]:
    parser = _Blocks()
    parser.feed(markdown.markdown(source))
    parser.close()
    parser._flush()
    return tuple(parser.blocks)


def parse_markdown_article(text: str, path: str) -> tuple[Article | None, list[Problem]]:
    """The article of one Markdown file; front-matter problems are reported, not fatal."""
    try:
        yaml_text, body, body_line = split_front_matter(text)
        data = load_yaml(yaml_text, first_line=2) if yaml_text else {}
    except StatedError as error:
        return None, [Problem(path, error.line, str(error))]
    fields, problems = stated_fields(data, path, lambda key: key_line(yaml_text, key, 2),
                                     "front-matter")
    blocks = markdown_blocks(body)
    if "title" not in fields or not fields["title"]:
        heading = next((b.text for b in blocks if isinstance(b, SectionHead)), None)
        if heading is None:
            return None, problems + [Problem(path, 1, "no title: give `title:` in the front matter")]
        fields["title"] = heading
        blocks = tuple(b for b in blocks if b.text != heading or not isinstance(b, SectionHead))
        body = "\n".join(line for line in body.split("\n") if line.lstrip("# ").strip() != heading)
    article = Article(source=path, line=body_line, title=fields["title"], body=blocks,
                      markdown=body)
    return apply_stated(article, fields), problems
