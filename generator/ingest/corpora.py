"""Chinese news corpora as language researchers keep them: the 1998 People's Daily corpus's tagged text
(each paragraph a line, 19980105-02-003-004/m and its words each with its part of speech) and
Sogou's news dumps (<doc><url>…<contenttitle>…<content>…</doc>, no root, nothing escaped).

The tagged corpus's articles are each read as a one-article file, paragraph 001 its heads, placed
by its ID (the issue's day, the page, the article's place on it); a dump's pages are read as
records, each dated by its address.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Article, Problem
from . import rules
from .records import record_article

# 19980105-02-003-004/m: the day, the page, the article on it and the paragraph, then its words.
_TAGGED_LINE = re.compile(r"^(?P<day>(?:19|20)\d{6})-(?P<page>\d{2})-(?P<article>\d{3})-(?P<paragraph>\d{3})/m\s+(?P<words>.*)$")
_DOC = re.compile(r"<doc>(?P<body>.*?)(?:</doc>|(?=<doc>)|\Z)", re.S)
_FIELD = re.compile(r"<(?P<name>url|docno|contenttitle|content)>(?P<value>.*?)(?:</(?P=name)>|\Z)", re.S)


def is_tagged_corpus(text: str) -> bool:
    """Whether a file's first lines are a tagged corpus's paragraphs, each opened by its ID."""
    filled = [line for line in text[:4000].split("\n") if line.strip()][:5]
    return len(filled) >= 2 and all(_TAGGED_LINE.match(line.strip()) for line in filled)


def is_sogou_dump(text: str) -> bool:
    """Whether a file is Sogou's dump of pages, each a <doc> of its address, ID, title and text."""
    head = text.lstrip("\ufeff \n")[:2000]
    return head.startswith("<doc>") and "<contenttitle>" in head and "<url>" in head


def _words(tagged: str, names_apart: bool = False) -> str:
    """A paragraph's text, its words' tags and the corpus's spaces between them taken off; a person's
    name (赵/nr  国强/nr: family name, given name) set apart by spaces where `names_apart`."""
    words = re.findall(r"(\S+?)/([A-Za-z]+)", re.sub(r"\[|\][a-z]+", "", tagged))
    out, k = [], 0
    while k < len(words):
        word, tag = words[k]
        if names_apart and tag == "nr":
            given = words[k + 1][0] if k + 1 < len(words) and words[k + 1][1] == "nr" and len(word) <= 2 else ""
            out.append(f" {word}{given} ")
            k += 2 if given else 1
            continue
        out.append(word)
        k += 1
    return re.sub(r"\s+", " ", "".join(out)).strip() if names_apart else re.sub(r"\s+", "", "".join(out))


@dataclass(frozen=True)
class TaggedArticle:
    """One article of a tagged corpus: where it starts, its ID's day, page and place, its text."""
    line: int
    day: tuple[int, int, int]
    page: str
    order: int
    text: str  # its heads (paragraph 001) over its paragraphs, as a one-article file sets them, at its lines


def tagged_articles(text: str) -> list[TaggedArticle]:
    """The articles of a tagged corpus, in its order: each article's paragraphs by their ID."""
    paragraphs: dict[tuple[str, str, str], list[tuple[int, str]]] = {}
    for number, line in enumerate(text.split("\n"), 1):
        if (m := _TAGGED_LINE.match(line.strip())):
            paragraphs.setdefault((m["day"], m["page"], m["article"]), []).append((number, m["words"]))
    return [TaggedArticle(lines[0][0], (int(day[:4]), int(day[4:6]), int(day[6:])), str(int(page)), int(place),
                          "\n" * (lines[0][0] - 1) + _heads(_words(lines[0][1])) + "\n\n"
                          + "".join(f"{_set(p, k)}\n" for k, (_, p) in enumerate(lines[1:])))
            for (day, page, place), lines in paragraphs.items()]


def _set(tagged: str, k: int) -> str:
    """A paragraph as print sets it: indented, but for a short line under the heads with no sentence
    in it, set apart as a byline is, its names apart (本报记者 赵国强 孙丽, a poet's name)."""
    paragraph = _words(tagged)
    short = k == 0 and len(paragraph) <= 20 and not re.search(r"[。！？；，]", paragraph)
    return _words(tagged, names_apart=True) if short else f"\u3000\u3000{paragraph}"


def _heads(first: str) -> str:
    """An article's paragraph 001 as its heads' lines: the corpus runs a subtitle on after its title
    (让困难企业走出困境——全省国有企业脱困工作综述), and notes a picture with it (（附图片１张）)."""
    first = rules.without_picture_mark(first)
    return re.sub(r"^(.{4,}?)——(?=.{4,}$)", "\\1\n——", first)


def read_sogou_dump(text: str, source: str) -> tuple[list[Article], list[Problem]]:
    """Every page of a Sogou dump: its title, its text (paragraphs parted by their indents), dated
    by its address (/20120605/n344950310.shtml)."""
    found, problems = [], []
    for m in _DOC.finditer(text):
        line = text.count("\n", 0, m.start()) + 1
        fields = {f["name"]: f["value"].strip() for f in _FIELD.finditer(m["body"])}
        if not m.group(0).rstrip().endswith("</doc>"):
            problems.append(Problem(source, line, "the record stops before its </doc> (cut short?); read as far as it goes"))
        body = re.sub(r"\u3000{2,}", "\n\n", fields.get("content", ""))
        record = {"title": fields.get("contenttitle", ""), "body": body, "url": fields.get("url", "")}
        article, more = record_article(record, source, line)
        problems += more
        if article is not None:
            found.append(article)
    return found, problems
