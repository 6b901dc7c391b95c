"""The build store: one SQLite file beside the site (never in it), holding what a build keeps
for the next: results of pieces of work by a digest of their inputs, and values kept whole.

SQLite gives what a family of files had to build by hand: a write is whole or not at all (a
killed build leaves the store as the last commit left it), a reader never sees half a write,
and a damaged or foreign file is found out on opening; it is then set aside and the build
starts afresh, as a first build would.
"""
from __future__ import annotations

import marshal
import sqlite3
import sys
from pathlib import Path

# PRAGMA application_id: a SQLite file another program made is never taken for a store.
APPLICATION_ID = 0x61726368  # "arch"
SCHEMA = 1  # PRAGMA user_version: a store of another layout is started afresh

TABLES = """
CREATE TABLE IF NOT EXISTS result (stage TEXT, key TEXT, stamp TEXT, value BLOB, PRIMARY KEY (stage, key));
CREATE TABLE IF NOT EXISTS kept (name TEXT PRIMARY KEY, stamp TEXT, value BLOB);
"""


class Store:
    """The store at path (None: one in memory, forgotten after the build)."""

    def __init__(self, path: Path | None = None):
        self.path = path
        self.db = _opened(path)

    def value(self, name: str, stamp: str):
        """The value kept under name by a build of the same stamp, else None."""
        row = self.db.execute("SELECT value FROM kept WHERE name = ? AND stamp = ?", (name, stamp)).fetchone()
        return marshal.loads(row[0]) if row else None

    def keep(self, name: str, stamp: str, value) -> None:
        """Keep a value (what marshal keeps: plain data) for a later build of the same stamp."""
        data = marshal.dumps(value)
        with self.db:
            # Written in place: a value bound as a parameter is copied whole first (the record of
            # cut words is tens of megabytes).
            row = self.db.execute("INSERT OR REPLACE INTO kept VALUES (?, ?, zeroblob(?))",
                                  (name, stamp, len(data))).lastrowid
            with self.db.blobopen("kept", "value", row) as blob:
                blob.write(data)

    def results(self, stage: str, stamp: str) -> dict[str, bytes]:
        """Every result a stage's last build kept under this stamp, by key."""
        rows = self.db.execute("SELECT key, value FROM result WHERE stage = ? AND stamp = ?", (stage, stamp))
        return dict(rows)

    def replace_results(self, stage: str, stamp: str, now: dict[str, bytes], before: dict[str, bytes]) -> None:
        """Keep `now` as the stage's results: only the keys that came or went are written."""
        with self.db:
            self.db.execute("DELETE FROM result WHERE stage = ? AND stamp != ?", (stage, stamp))
            self.db.executemany("DELETE FROM result WHERE stage = ? AND key = ?",
                                ((stage, key) for key in before.keys() - now.keys()))
            self.db.executemany("INSERT OR REPLACE INTO result VALUES (?, ?, ?, ?)",
                                ((stage, key, stamp, value) for key, value in now.items() if key not in before))

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _opened(path: Path | None) -> sqlite3.Connection:
    if path is None:
        return _prepared(sqlite3.connect(":memory:"))
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        return _prepared(sqlite3.connect(path, timeout=60), checked=True)
    except sqlite3.DatabaseError as error:
        # Damaged, or not ours: set aside, never trusted. The build starts afresh.
        print(f"build store {path} cannot be used ({error}); starting afresh", file=sys.stderr, flush=True)
        for stale in (path, path.with_name(path.name + "-journal")):
            stale.unlink(missing_ok=True)
        return _prepared(sqlite3.connect(path, timeout=60))


def _prepared(db: sqlite3.Connection, checked: bool = False) -> sqlite3.Connection:
    application, schema = (db.execute(f"PRAGMA {p}").fetchone()[0] for p in ("application_id", "user_version"))
    fresh = not db.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone()
    if checked and not fresh:
        if application != APPLICATION_ID:
            db.close()
            raise sqlite3.DatabaseError("a SQLite file of another program")
        if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            db.close()
            raise sqlite3.DatabaseError("damaged")
        if schema == SCHEMA:
            return db  # as the last build left it: opening writes nothing
        db.executescript("DROP TABLE IF EXISTS result; DROP TABLE IF EXISTS kept;")
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute(f"PRAGMA user_version = {SCHEMA}")
    db.executescript(TABLES)
    return db
