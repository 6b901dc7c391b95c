"""The one typed configuration object passed down the pipeline."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

# A source larger than this is refused: OCR pages are a few KB, so 20 MB is
# surely a mistake (a dump, a binary) and would stall jieba for minutes.
MAX_SOURCE_BYTES = 20 * 1024 * 1024
# A records file holds a whole export, thousands of articles: it may be as large as this.
MAX_RECORDS_BYTES = 1024 * 1024 * 1024


# Settings that change what a build reads or writes; the others (quiet, strict, jobs) do not.
SHAPING = ("source", "output", "theme", "site_title", "drafts", "max_source_bytes", "max_records_bytes",
           "base_url", "per_page", "feed_entries", "names_per_index", "recount_share", "path_pattern")


@dataclass(frozen=True)
class Config:
    source: Path = Path("seeds")
    output: Path = Path("site")
    theme: Path = Path(__file__).resolve().parent.parent / "themes" / "default"
    site_title: str = "报纸文章档案"
    drafts: bool = False
    strict: bool = False
    quiet: bool = False
    max_source_bytes: int = MAX_SOURCE_BYTES
    max_records_bytes: int = MAX_RECORDS_BYTES
    # Where the site will live, e.g. https://example.org/archive/; None keeps every URL relative.
    base_url: str | None = None
    # How source paths spell issue dates and pages, for naming schemes the built-in rules
    # (ingest/paths.py) do not read: a regular expression searched in each source's path
    # (relative, without its suffix), with any of the groups year, month, day, page, order.
    path_pattern: str | None = None
    per_page: int = 20
    feed_entries: int = 30
    # An index of more tags, papers or reporters than this goes on one page per initial of
    # their pinyin (its first page shows the most used): one page of every tag of a large
    # archive is megabytes.
    names_per_index: int = 500
    # Processes for segmentation, keywords and rendering; 0: one per core.
    jobs: int = 0
    # A rebuild that has changed at most this share of the articles since the last full count
    # keeps that count's archive-wide statistics (how rare each word is, how long an article
    # is on average): it patches the tags and the search index instead of counting the whole
    # archive again. 0: every build counts everything.
    recount_share: float = 0.01

    def shaping(self) -> tuple[str, ...]:
        """The settings that shape the output, as text: what a digest of the build's inputs sees."""
        return tuple(f"{name}={getattr(self, name)}" for name in SHAPING)
