"""Write: the site goes into a fresh folder, swapped in for the old one when the build ends;
a failed or killed build leaves the old site as it was."""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


def recover(output: Path) -> None:
    """Tidy what a killed build left beside `output`: its half-written folder goes, and the site
    it was retiring comes back if the build died between its two renames."""
    output = output.resolve()
    for stale in output.parent.glob(f".{output.name}.new-*"):
        shutil.rmtree(stale, ignore_errors=True)
    for retired in output.parent.glob(f".{output.name}.old-*"):
        if output.exists():
            shutil.rmtree(retired, ignore_errors=True)
        else:
            retired.rename(output)


class Staging:
    """The next site, written file by file (by any stage, in any worker process) into a folder
    beside `output`; `commit` swaps it in, leaving the context without it throws it away."""

    def __init__(self, output: Path):
        self.output = output.resolve()
        self.output.parent.mkdir(parents=True, exist_ok=True)
        self.folder = Path(tempfile.mkdtemp(prefix=f".{self.output.name}.new-", dir=self.output.parent))
        self._folders: set[Path] = set()

    def __enter__(self) -> Staging:
        return self

    def __exit__(self, kind, error, trace) -> None:
        if self.folder.exists():  # not committed
            shutil.rmtree(self.folder, ignore_errors=True)

    def write(self, relative: str, content: str | bytes | Path) -> None:
        """A file of the site. A Path is a file of the current site that stands as it is:
        linked, not rewritten."""
        target = self.folder / relative
        if target.parent not in self._folders:
            target.parent.mkdir(parents=True, exist_ok=True)
            self._folders.add(target.parent)
        if isinstance(content, Path):
            _link(content, target)
        elif isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")

    def copy_static(self, static_dirs: list[Path]) -> None:
        """The theme's assets; later folders are the defaults, copied first so the chosen theme wins."""
        for static in reversed(static_dirs):
            if static.is_dir():
                shutil.copytree(static, self.folder / "static", dirs_exist_ok=True)

    def commit(self) -> None:
        _swap(self.folder, self.output)


def _link(existing: Path, target: Path) -> None:
    try:
        os.link(existing, target)
    except OSError:  # another file system, or one without hard links
        shutil.copyfile(existing, target)


def _swap(staging: Path, output: Path) -> None:
    """Rename staging to output; the old site is moved aside first and removed after."""
    os.chmod(staging, 0o755)
    if not output.exists():
        staging.rename(output)
        return
    retired = Path(tempfile.mkdtemp(prefix=f".{output.name}.old-", dir=output.parent))
    retired.rmdir()
    output.rename(retired)
    try:
        staging.rename(output)
    except BaseException:
        retired.rename(output)
        raise
    shutil.rmtree(retired, ignore_errors=True)
