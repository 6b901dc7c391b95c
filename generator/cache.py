"""The build cache, kept beside the site (never in it): a fingerprint of everything a build
reads, so that building the same inputs again does nothing.

The fingerprint covers every file under the source folder (sidecars included), the theme and
the default theme, the configuration that shapes the output, and the generator itself (its
code, lunr.js and the versions of the packages it uses); any change to one of them is a change.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import shutil
from importlib.metadata import version
from pathlib import Path
from typing import Callable

from .config import Config
from .folders import files_under
from .model import Problem
from .recall import FileDigests
from .search import LUNR_JS
from .store import Store
from .write import site_id

GENERATOR = Path(__file__).resolve().parent
PACKAGES = ("jieba", "rjieba", "lunr", "Markdown", "Jinja2", "PyYAML", "pypinyin", "opencc-python-reimplemented",
            "numpy")


def cache_dir(config: Config) -> Path:
    output = config.output.resolve()
    return output.parent / f".{output.name}-cache"


def open_store(config: Config) -> Store:
    """The build store of this output, in its cache folder."""
    return Store(cache_dir(config) / "store.sqlite")


class _Hash:
    def __init__(self):
        self.digest = hashlib.sha256()

    def add(self, label: str, data: bytes) -> None:
        self.digest.update(f"{label}\0{len(data)}\0".encode())
        self.digest.update(data)

    def add_folder(self, label: str, root: Path, read: Callable[[Path], bytes] = Path.read_bytes) -> None:
        """Every file under root, by its path and what `read` makes of it (its bytes, or a digest)."""
        if root.is_dir():
            for path in files_under(root, skip=frozenset({"__pycache__"})):
                self.add(f"{label}:{path.relative_to(root).as_posix()}", read(path))


def environment(config: Config, theme_dirs: list[Path]) -> str:
    """A hash of every input but the sources: settings, theme, generator, lunr.js, packages."""
    h = _Hash()
    h.add("settings", json.dumps(config.shaping()).encode())
    h.add("packages", json.dumps({p: version(p) for p in PACKAGES}).encode())
    h.add_folder("generator", GENERATOR)
    for d in theme_dirs:
        h.add_folder("theme", d)
    if LUNR_JS.is_file():
        h.add("lunr.js", LUNR_JS.read_bytes())
    return h.digest.hexdigest()


def fingerprint(config: Config, stamp: str, files: FileDigests | None = None) -> str:
    """A hash of every input of a build of this configuration (each source by its digest)."""
    h = _Hash()
    h.add("environment", stamp.encode())
    h.add_folder("source", config.source, (files or FileDigests()).of)
    return h.digest.hexdigest()


LAST_BUILD = "last build"


@dataclasses.dataclass(frozen=True)
class LastBuild:
    """What the store remembers of the last good build."""

    fingerprint: str
    site: int  # the site folder's inode: a site swapped, deleted or replaced since is rebuilt
    articles: int
    pages: int
    problems: tuple[Problem, ...]
    stamp: str  # the environment it was built in (see `environment`): its results' stamp

    def site_there(self, config: Config) -> bool:
        """Whether the output folder still holds the site this build made."""
        return self.site == site_id(config.output) != -1


def last_build(store: Store) -> LastBuild | None:
    data = store.value(LAST_BUILD, "")
    try:
        return LastBuild(data["fingerprint"], data["site"], data["articles"], data["pages"],
                         tuple(Problem(**p) for p in data["problems"]), data["stamp"])
    except (KeyError, TypeError):
        return None  # no build yet, or one this version cannot read: build


def up_to_date(config: Config, last: LastBuild | None, inputs: str) -> bool:
    """Whether the last build was made from exactly these inputs and its site is still there."""
    return bool(last and last.fingerprint == inputs and last.site_there(config))


def last_stamp(config: Config, last: LastBuild | None) -> str | None:
    """The environment the last build was made in, if its site is still the one at the output."""
    return last.stamp if last and last.site_there(config) else None


def remember(config: Config, store: Store, inputs: str, stamp: str, articles: int, pages: int,
             problems: tuple[Problem, ...]) -> None:
    """The last good build, written last: it names the site the other records describe."""
    record = {"fingerprint": inputs, "site": site_id(config.output), "articles": articles,
              "pages": pages, "problems": [dataclasses.asdict(p) for p in problems], "stamp": stamp}
    store.keep(LAST_BUILD, "", record)


def index_chunks(config: Config, stamp: str) -> Path:
    """The folder of the index's chunks cut in this environment; those of others go."""
    root = cache_dir(config) / "index"
    if root.is_dir():
        for other in root.iterdir():
            if other.name != stamp[:16]:
                shutil.rmtree(other, ignore_errors=True)
    return root / stamp[:16]
