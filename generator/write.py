"""Write: the site goes into a fresh folder, swapped in for the old one when the build ends;
a failed or killed build leaves the old site as it was. Each file is written, or linked from
the last site where the manifest (each path's key: a digest of what produced it) says it comes
out the same."""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Iterable


def site_id(folder: Path) -> int:
    """A site's identity (its folder's inode, which a rename keeps); -1 for none."""
    try:
        return os.stat(folder).st_ino
    except FileNotFoundError:
        return -1


def recover(output: Path) -> None:
    """Tidy what a killed build left beside `output`: its half-written folder goes, and the site
    it was retiring comes back if the build died between its two renames. An old site the last
    build's removal has yet to finish (a rebuild right after a rebuild) is left to it, or to a
    removal of its own: this build need not wait for it."""
    output = output.resolve()
    for stale in output.parent.glob(f".{output.name}.new-*"):
        shutil.rmtree(stale, ignore_errors=True)
    for retired in output.parent.glob(f".{output.name}.old-*"):
        if output.exists():
            remove_meanwhile(retired)
        else:
            retired.rename(output)


def remove_meanwhile(folder: Path) -> None:
    """Remove a folder by a process of its own that outlives the build: the shell hands it on
    and returns at once, and Ctrl-C at the terminal does not reach it."""
    subprocess.run(["sh", "-c", 'rm -rf -- "$1" </dev/null >/dev/null 2>&1 &', "sh", str(folder)],
                   check=False, start_new_session=True)


class Staging:
    """The next site, written file by file (by any stage, in any worker process) into a folder
    beside `output`; `commit` swaps it in, leaving the context without it throws it away."""

    def __init__(self, output: Path):
        self.output = output.resolve()
        self.output.parent.mkdir(parents=True, exist_ok=True)
        self.folder = Path(tempfile.mkdtemp(prefix=f".{self.output.name}.new-", dir=self.output.parent))
        # The site's identity once swapped in (a rename keeps the inode): what the caches the
        # build writes for the next one describe.
        self.site_id = site_id(self.folder)
        # Strings, not Paths: a site is tens of thousands of files, and pathlib costs more than the writes.
        self._root = str(self.folder)
        self._folders: set[str] = set()

    def __enter__(self) -> Staging:
        return self

    def __exit__(self, kind, error, trace) -> None:
        if self.folder.exists():  # not committed
            shutil.rmtree(self.folder, ignore_errors=True)

    def write(self, relative: str, content: str | bytes) -> None:
        """A file of the site."""
        target = self._target(relative)
        try:
            f = open(target, "xb")
        except FileExistsError:
            # A file kept from the current site is a link to it: replaced, never written through.
            os.unlink(target)
            f = open(target, "xb")
        with f:
            f.write(content if isinstance(content, bytes) else content.encode())

    def keep(self, site: Path, relatives: list[str]) -> list[str]:
        """Files of the current site that stand as they are: linked, not rewritten. Those it
        no longer has (deleted by hand, say) are left out of the list returned."""
        kept, root = [], str(site) + "/"
        for relative in relatives:
            existing, target = root + relative, self._target(relative)
            try:
                os.link(existing, target)
            except FileNotFoundError:
                continue
            except OSError:  # another file system, or one without hard links
                if not os.path.isfile(existing):
                    continue
                shutil.copyfile(existing, target)
            kept.append(relative)
        return kept

    def _target(self, relative: str) -> str:
        """Where a file of the site (a path with "/") goes, its folder made."""
        folder = relative.rpartition("/")[0]
        if folder not in self._folders:
            os.makedirs(os.path.join(self._root, folder), exist_ok=True)
            self._folders.add(folder)
        return self._root + "/" + relative

    def copy_static(self, static_dirs: list[Path]) -> None:
        """The theme's assets; later folders are the defaults, copied first so the chosen theme wins."""
        for static in reversed(static_dirs):
            if static.is_dir():
                shutil.copytree(static, self.folder / "static", dirs_exist_ok=True)

    def commit(self, meanwhile: bool = False) -> None:
        """Swap the new site in and remove the old one; `meanwhile`, by a process of its own
        that outlives the build: tens of thousands of unlinks the build need not wait for (one
        cut short is finished by the next build's `recover`)."""
        retired = _swap(self.folder, self.output)
        if retired is None:
            return
        if meanwhile:
            remove_meanwhile(retired)
        else:
            shutil.rmtree(retired, ignore_errors=True)


def _swap(staging: Path, output: Path) -> Path | None:
    """Rename staging to output; the old site is moved aside first (and returned, to be removed)."""
    os.chmod(staging, 0o755)
    if not output.exists():
        staging.rename(output)
        return None
    retired = Path(tempfile.mkdtemp(prefix=f".{output.name}.old-", dir=output.parent))
    retired.rmdir()
    output.rename(retired)
    try:
        staging.rename(output)
    except BaseException:
        retired.rename(output)
        raise
    return retired


class Outputs:
    """The one writer of the next site's files, and its manifest: each path with the key of what
    produced it. Given the last site and its manifest, a file whose key is the one it had there
    is linked from it, not made again."""

    def __init__(self, staging: Staging, site: Path | None = None, before: dict[str, str] | None = None):
        self.staging, self.site = staging, site
        self.before = (before or {}) if site else {}
        self.manifest: dict[str, str] = {}

    def carry(self, files: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
        """Link each (path, key) the last site holds under that key; those left to make, in
        their order (one the last site no longer has, deleted by hand say, among them)."""
        files = list(files)
        same = [path for path, key in files if self.before.get(path) == key]
        carried = set(self.staging.keep(self.site, same)) if same else set()
        left = []
        for path, key in files:
            if path in carried:
                self.manifest[path] = key
            else:
                left.append((path, key))
        return left

    def made(self, files: Iterable[tuple[str, str]]) -> None:
        """Files written by a worker (into the staging folder): their paths and keys."""
        self.manifest.update(files)

    def write(self, path: str, key: str, content: str | bytes) -> None:
        self.staging.write(path, content)
        self.manifest[path] = key

    def last(self, path: str) -> bytes:
        """A file of the last site as it is there (what a stage patches)."""
        if self.site is None:
            raise FileNotFoundError(path)
        return (self.site / path).read_bytes()
