"""Packed sources: a .zip, a tarball or a gzipped file in the source folder, as a download or a
mail brought it, read as the folder of files it holds (bundle.zip/2004/0305/01版_….txt)."""
from __future__ import annotations

import bz2
import gzip
import hashlib
import lzma
import os
import shutil
import tarfile
import tempfile
import time
import zipfile
from pathlib import Path, PurePosixPath

# Whole folders packed (a zip, a tarball) and single files compressed (x.jsonl.gz).
FOLDER_PACKS = (".zip", ".tar", ".tgz", ".tar.gz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")
FILE_PACKS = {".gz": gzip.open, ".bz2": bz2.open, ".xz": lzma.open}
# Packs the standard library cannot open, named so their keeper knows what to do.
UNREAD_PACKS = {".7z": "7-Zip", ".rar": "RAR"}
PACK_SUFFIXES = (".zip", ".tar", ".tgz", ".tbz2", ".txz", *FILE_PACKS, *UNREAD_PACKS)
# A pack that would unpack larger than this is refused: no archive of articles is, a zip bomb is.
MAX_UNPACKED_BYTES = 4 * 2**30
# Where packs are unpacked, each by the digest of its name and bytes: a build unpacks a pack once,
# and its files keep their paths from build to build.
UNPACKED = Path(tempfile.gettempdir()) / "newspaper-archive-unpacked"
# An unpacked copy no build has used for this long is removed: a pack replaced by a newer download
# would otherwise leave every older copy behind.
UNUSED_FOR = 7 * 24 * 3600


class Unpackable(Exception):
    """A pack that cannot be opened, with the reason."""


def is_pack(name: str) -> bool:
    """Whether a file's name says it is packed (bundle.zip, x.jsonl.gz, y.7z); a web archive
    (.warc.gz) is read as one, not unpacked."""
    lower = name.lower()
    return lower.endswith(PACK_SUFFIXES) and not lower.endswith(".warc.gz")


def unpacked(path: Path, name: str) -> Path:
    """The folder that holds what the pack at `path` holds, under the pack's own name (`name`, its
    path in the source folder): <folder>/<name>/<its files>. Raises Unpackable."""
    kind = next((s for s in UNREAD_PACKS if name.lower().endswith(s)), None)
    if kind:
        raise Unpackable(f"a {UNREAD_PACKS[kind]} archive, which is not read: unpack it into the source folder")
    digest = hashlib.sha256(name.encode() + b"\0" + path.read_bytes()).hexdigest()[:32]
    folder = UNPACKED / digest
    if (folder / name).is_dir():
        os.utime(folder)
        return folder  # (a pack is renamed into its place only once whole)
    UNPACKED.mkdir(parents=True, exist_ok=True)
    _remove_unused()
    work = Path(tempfile.mkdtemp(dir=UNPACKED, prefix=".unpacking-"))
    try:
        _unpack(path, name, work / name)
        os.replace(work, folder)
    except OSError:
        if not (folder / name).is_dir():  # (another build unpacked it first: theirs is as good)
            raise
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return folder


def _remove_unused() -> None:
    """Unpacked copies (and half-unpacked ones of killed builds) that no build has used lately."""
    now = time.time()
    for folder in UNPACKED.iterdir():
        try:
            if now - folder.stat().st_mtime > UNUSED_FOR:
                shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            pass  # (another build removed it first)


def _unpack(path: Path, name: str, into: Path) -> None:
    into.mkdir(parents=True)
    lower = name.lower()
    try:
        if lower.endswith(".zip"):
            with zipfile.ZipFile(path) as pack:
                members = [(m, _zip_name(m)) for m in pack.infolist() if not m.is_dir()]
                _refuse_bombs(m.file_size for m, _ in members)
                for member, inner in members:
                    with pack.open(member) as stream:
                        _write(stream, into, inner)
        elif lower.endswith(FOLDER_PACKS):
            with tarfile.open(path) as pack:
                members = [m for m in pack.getmembers() if m.isfile()]
                _refuse_bombs(m.size for m in members)
                for member in members:
                    with pack.extractfile(member) as stream:
                        _write(stream, into, _decoded_name(member.name.encode("utf-8", "surrogateescape")))
        else:  # one file compressed: x.jsonl.gz holds x.jsonl
            opener = FILE_PACKS[PurePosixPath(lower).suffix]
            with opener(path) as stream, (into / PurePosixPath(name).stem).open("wb") as out:
                # (its size is not told before: counted as it comes)
                while chunk := stream.read(1 << 20):
                    if out.tell() + len(chunk) > MAX_UNPACKED_BYTES:
                        _refuse_bombs([out.tell() + len(chunk)])
                    out.write(chunk)
    except (zipfile.BadZipFile, tarfile.TarError, EOFError, OSError, lzma.LZMAError, ValueError) as error:
        raise Unpackable(f"cannot be unpacked ({error}): damaged, or not what its name says") from None


def _zip_name(member: zipfile.ZipInfo) -> str:
    """A member's name as its packer meant it: UTF-8 where the zip flags it, else the bytes the
    packer wrote (Windows' own zip writes the system's code page, GBK on Chinese Windows)."""
    if member.flag_bits & 0x800:
        return member.filename
    return _decoded_name(member.filename.encode("cp437"))


def _decoded_name(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("gb18030", errors="replace")


def _refuse_bombs(sizes) -> None:
    if sum(sizes) > MAX_UNPACKED_BYTES:
        raise Unpackable(f"it would unpack to over {MAX_UNPACKED_BYTES / 2**30:.0f} GB; unpack it yourself if it is meant to")


def _write(stream, into: Path, inner: str) -> None:
    """A member written under `into` at its own path, where that path stays inside: a name that
    climbs out (../../x) or a Mac's note of a file's attributes (__MACOSX/) is no source."""
    parts = [p for p in PurePosixPath(inner.replace("\\", "/")).parts if p not in ("/", ".", "..")]
    if not parts or parts[0] == "__MACOSX":
        return
    target = into.joinpath(*parts)
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("wb") as out:
        shutil.copyfileobj(stream, out, 1 << 20)
