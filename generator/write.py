"""Write: put the rendered site in place atomically; a failed build leaves the old site."""
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


def write_site(files: dict[str, str | bytes | Path], static_dirs: list[Path], output: Path) -> None:
    """Write files and theme static assets to a fresh folder, then swap it in for `output`.
    A Path is a file of the current site that stands as it is: it is linked, not rewritten."""
    output = output.resolve()
    output.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{output.name}.new-", dir=output.parent))
    try:
        # Later theme folders are the defaults: copy them first so the chosen theme wins.
        for static in reversed(static_dirs):
            if static.is_dir():
                shutil.copytree(static, staging / "static", dirs_exist_ok=True)
        for relative, content in files.items():
            target = staging / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, Path):
                _link(content, target)
            elif isinstance(content, bytes):
                target.write_bytes(content)
            else:
                target.write_text(content, encoding="utf-8")
        _swap(staging, output)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


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
