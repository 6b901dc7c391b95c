"""The build store: one SQLite file beside the site (never in it), holding what a build keeps
for the next: results of pieces of work by a digest of their inputs, and values kept whole.

SQLite gives what a family of files had to build by hand: a write is whole or not at all (a
killed build leaves the store as the last commit left it), and a reader never sees half a
write. A file that is not a store (another program's), or one SQLite finds damaged when it is
read, is set aside with a message and the build goes on with a fresh store, as a first build.
"""
from __future__ import annotations

import marshal
import sqlite3
import sys
from pathlib import Path
from typing import Callable, TypeVar

# PRAGMA application_id: a SQLite file another program made is never taken for a store.
APPLICATION_ID = 0x61726368  # "arch"
SCHEMA = 1  # PRAGMA user_version: a store of another layout is started afresh

TABLES = """
CREATE TABLE IF NOT EXISTS result (stage TEXT, key TEXT, stamp TEXT, value BLOB, PRIMARY KEY (stage, key));
CREATE TABLE IF NOT EXISTS kept (name TEXT PRIMARY KEY, stamp TEXT, value BLOB);
"""

T = TypeVar("T")


class Store:
    """The store at path (None: one in memory, forgotten after the build)."""

    def __init__(self, path: Path | None = None):
        self.path, self.db = path, None
        self.db = self._guarded(lambda: _opened(path), None) or self.db  # a file set aside: a fresh one

    def value(self, name: str, stamp: str):
        """The value kept under name by a build of the same stamp, else None."""
        row = self._guarded(lambda: self.db.execute("SELECT value FROM kept WHERE name = ? AND stamp = ?",
                                                    (name, stamp)).fetchone(), None)
        try:
            return marshal.loads(row[0]) if row else None
        except (ValueError, EOFError, TypeError):
            return None  # bytes this version cannot read: nothing kept

    def keep(self, name: str, stamp: str, value) -> None:
        """Keep a value (what marshal keeps: plain data) for a later build of the same stamp."""
        data = marshal.dumps(value)

        def write() -> None:
            with self.db:
                # Written in place: a value bound as a parameter is copied whole first (the
                # record of cut words is tens of megabytes).
                row = self.db.execute("INSERT OR REPLACE INTO kept VALUES (?, ?, zeroblob(?))",
                                      (name, stamp, len(data))).lastrowid
                with self.db.blobopen("kept", "value", row) as blob:
                    blob.write(data)
        self._guarded(write, None, again=True)

    def results(self, stage: str, stamp: str) -> dict[str, bytes]:
        """Every result a stage's last build kept under this stamp, by key."""
        return self._guarded(lambda: dict(self.db.execute("SELECT key, value FROM result WHERE stage = ? AND stamp = ?",
                                                          (stage, stamp))), {})

    def replace_results(self, stage: str, stamp: str, now: dict[str, bytes], before: dict[str, bytes]) -> None:
        """Keep `now` as the stage's results: only the keys that came or went are written."""
        def write() -> None:
            with self.db:
                self.db.execute("DELETE FROM result WHERE stage = ? AND stamp != ?", (stage, stamp))
                self.db.executemany("DELETE FROM result WHERE stage = ? AND key = ?",
                                    ((stage, key) for key in before.keys() - now.keys()))
                self.db.executemany("INSERT OR REPLACE INTO result VALUES (?, ?, ?, ?)",
                                    ((stage, key, stamp, value) for key, value in now.items() if key not in before))
        self._guarded(write, None, again=True)

    def close(self) -> None:
        if self.db is not None:
            self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _guarded(self, work: Callable[[], T], instead: T, again: bool = False) -> T:
        """work(), or, where SQLite finds the file damaged or foreign, `instead` (or work()
        again, on a fresh store: a write) once the file is set aside."""
        try:
            return work()
        except sqlite3.DatabaseError as error:
            print(f"build store {self.path} cannot be used ({error}); starting afresh", file=sys.stderr, flush=True)
            if self.db is not None:
                self.db.close()
            for stale in [self.path, *(self.path.with_name(self.path.name + end) for end in _BESIDE)] if self.path else ():
                stale.unlink(missing_ok=True)
            self.db = _opened(self.path)
            return work() if again else instead


# The files SQLite keeps beside the store while it writes (the write-ahead log and its index).
_BESIDE = ("-journal", "-wal", "-shm")


def _opened(path: Path | None) -> sqlite3.Connection:
    if path is None:
        db = sqlite3.connect(":memory:")
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(path, timeout=60)
    application, schema = (db.execute(f"PRAGMA {p}").fetchone()[0] for p in ("application_id", "user_version"))
    if db.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone():
        if application != APPLICATION_ID:
            db.close()
            raise sqlite3.DatabaseError("a SQLite file of another program")
        if schema == SCHEMA:
            return _logged(db)  # as the last build left it
        db.executescript("DROP TABLE IF EXISTS result; DROP TABLE IF EXISTS kept;")
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute(f"PRAGMA user_version = {SCHEMA}")
    db.executescript(TABLES)
    return _logged(db)


def _logged(db: sqlite3.Connection) -> sqlite3.Connection:
    """The store writing ahead to a log, a commit not waiting for the disk: a killed build still
    leaves the store as its last commit did, and a rebuild's dozen commits cost nothing (each
    waited on the disk twice with a rollback journal)."""
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    return db
