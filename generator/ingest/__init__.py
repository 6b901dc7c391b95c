"""Ingest: the archive's source files to articles, pages and the problems found on the way."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from ..config import Config
from ..digest import fingerprinted
from ..recall import FileDigests, Recall, key_of, recalled
from ..model import Archive, Article, Page, Problem
from .decode import Undecodable, decode_source
from .frontmatter import apply_sidecar
from .markdownpage import parse_markdown_article
from .textpage import parse_text_page

TEXT_SUFFIXES = (".txt",)
MARKDOWN_SUFFIXES = (".md", ".markdown")
SIDECAR_SUFFIXES = (".yml", ".yaml")


def source_files(root: Path) -> list[Path]:
    """Every source file under root in a stable order; hidden files and folders are skipped."""
    return sorted(p for p in root.rglob("*")
                  if p.is_file() and not any(part.startswith(".") for part in p.relative_to(root).parts)
                  and p.suffix.lower() in TEXT_SUFFIXES + MARKDOWN_SUFFIXES)


def read_text(path: Path, name: str, config: Config) -> tuple[str | None, Problem | None]:
    """A source's text, or the problem that stops it being read."""
    size = path.stat().st_size
    if size == 0:
        return None, Problem(name, None, "empty file")
    if size > config.max_source_bytes:
        return None, Problem(name, None, f"file is {size / 2**20:.1f} MB, over the "
                                         f"{config.max_source_bytes / 2**20:.0f} MB limit for one source; skipped")
    try:
        text = decode_source(path.read_bytes())
    except (Undecodable, UnicodeDecodeError) as error:
        return None, Problem(name, None, f"cannot read as text: {error}")
    if not text.strip():
        return None, Problem(name, None, "file holds only white space")
    return text, None


def _sidecar(path: Path) -> Path | None:
    return next((s for s in map(path.with_suffix, SIDECAR_SUFFIXES) if s.is_file()), None)


def ingest_text_page(path: Path, name: str, text: str,
                     config: Config) -> tuple[Page, list[Article], list[Problem]]:
    """A page's articles, with what its sidecar states applied over what was inferred."""
    parsed = parse_text_page(text, name)
    problems = list(parsed.problems)
    papers = Counter(a.paper for a in parsed.articles if a.paper)
    page = Page(source=name, paper=papers.most_common(1)[0][0] if papers else None,
                furniture=parsed.furniture)
    articles = list(parsed.articles)
    sidecar = _sidecar(path)
    if sidecar is not None:
        sidecar_name = str(Path(name).with_name(sidecar.name))
        sidecar_text, problem = read_text(sidecar, sidecar_name, config)
        if problem:
            problems.append(problem)
        else:
            page, articles, sidecar_problems = apply_sidecar(page, articles, sidecar_text, sidecar_name)
            problems += sidecar_problems
    return page, articles, problems


def ingest_source(job: tuple[Path, Path, Config]) -> tuple[Page | None, list[Article], list[Problem]]:
    """One source file: its page (for a text page), its articles and its problems."""
    path, root, config = job
    name = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
    text, problem = read_text(path, name, config)
    if problem:
        return None, [], [problem]
    if path.suffix.lower() in MARKDOWN_SUFFIXES:
        article, found = parse_markdown_article(text, name)
        keep = article is not None and (config.drafts or not article.draft)
        return None, [fingerprinted(article)] if keep else [], found
    page, articles, found = ingest_text_page(path, name, text, config)
    return (page if articles else None), list(map(fingerprinted, articles)), found


def source_key(path: Path, config: Config, digests: FileDigests) -> str | None:
    """A digest of what reading a source reads (its bytes and its sidecar's), or None if it
    cannot be read or is over the size limit (reading it again, by its size alone, says why)."""
    sidecar = _sidecar(path)
    try:
        if path.stat().st_size > config.max_source_bytes:
            return None
        return key_of(str(path), digests.of(path), sidecar.name if sidecar else "",
                      digests.of(sidecar) if sidecar else b"")
    except OSError:
        return None


def ingest(config: Config, only: list[Path] | None = None, recall: Recall | None = None,
           digests: FileDigests | None = None) -> Archive:
    """Read every source under config.source (or just `only`) into an Archive; a source whose
    bytes the last build read already is recalled, not read again (`digests`: of their bytes)."""
    digests = digests or FileDigests()
    root = config.source
    if only is None and not root.is_dir():
        return Archive((), (), (Problem(str(root), None, "source folder does not exist"),))
    files = sorted(only) if only is not None else source_files(root)
    results = recalled(ingest_source, [(f, root, config) for f in files], config.jobs,
                       recall or Recall(), key=lambda job: source_key(job[0], config, digests))
    articles: list[Article] = []
    pages: list[Page] = []
    problems: list[Problem] = []
    for page, found_articles, found in results:
        problems += found
        articles += found_articles
        if page is not None:
            pages.append(page)
    return Archive(tuple(articles), tuple(pages), tuple(problems))
