"""A database as a spider or a newsroom leaves it: a SQL dump (.sql, mysqldump's CREATE TABLE and
INSERT statements, pg_dump's COPY … FROM stdin blocks), an SQLite file (.sqlite, .db) or an old
newsroom system's dBase or FoxPro table (.dbf, its texts in a memo file beside it). Each table's rows are records named by its
columns; the tables that hold articles (a title or a text column) are read as records files are,
the spider's own (its log, its queue) pass unread."""
from __future__ import annotations

import datetime as dt
import re
import sqlite3
import struct
from pathlib import Path

from dbfread import DBF, MissingMemoFile

from ..model import Article, Problem
from .records import articles_of, record_fields

SQL_SUFFIXES = (".sql",)
SQLITE_SUFFIXES = (".sqlite", ".sqlite3", ".db")
DBASE_SUFFIXES = (".dbf",)
# What SQLite writes first in every database file (a .db of another kind, Windows' Thumbs.db, is none).
SQLITE_HEADER = b"SQLite format 3\x00"

Row = tuple[dict, int]  # a row's values by column, and the line (or row number) it stands at

_CREATE = re.compile(r"CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?[`\"\[]?(\w+)[`\"\]]?\s*\((.*?)\)\s*[^()]*?;", re.I | re.S)
_COLUMN = re.compile(r"[`\"\[]?(\w+)[`\"\]]?\s+\w")
_KEYS = re.compile(r"^(?:PRIMARY|UNIQUE|KEY|INDEX|CONSTRAINT|FOREIGN|FULLTEXT|CHECK)\b", re.I)
_INSERT = re.compile(r"INSERT\s+(?:IGNORE\s+)?INTO\s+[`\"\[]?(\w+)[`\"\]]?\s*(?:\(([^)]*)\))?\s*VALUES\s*", re.I)
# One value of a row: a quoted string (MySQL's backslash escapes, or a doubled quote), NULL or a number.
_VALUE = re.compile(r"\s*(?:'((?:[^'\\]|\\.|'')*)'|(NULL)|([-+]?[\d.eE+-]+)|(0x[0-9A-Fa-f]*))\s*", re.S)
# SQLite's .dump writes a text holding line ends as replace('…\n…','\n',char(10)), nested for \r.
_REPLACED = re.compile(r"(?:\s*replace\(\s*)+", re.I)
_REPLACED_BY = re.compile(r"\s*,\s*'\\[nr]'\s*,\s*char\(\d+\)\s*\)\s*", re.I)
_ESCAPES = {"0": "\0", "b": "\b", "n": "\n", "r": "\r", "t": "\t", "Z": "\x1a"}
# pg_dump's plain format: COPY public.article (id, sys_topic, …) FROM stdin; then a row a line, its
# values tab-separated (\N a null, backslash escapes), up to a line of \. alone.
_COPY = re.compile(r"^COPY\s+(?:\"?\w+\"?\.)?\"?(\w+)\"?\s*\(([^)]*)\)\s+FROM\s+stdin;[ \t]*\n", re.I | re.M)
_COPY_END = re.compile(r"^\\\.\r?$", re.M)
_COPY_ESCAPES = {**_ESCAPES, "f": "\f", "v": "\v"}


def sql_dump_tables(text: str, source: str) -> tuple[dict[str, list[Row]], list[Problem]]:
    """Each table's rows of a SQL dump, under the columns its CREATE TABLE or its INSERT names; a
    statement cut short is a problem at its line, the rows before it kept."""
    columns = {m[1]: _columns_of(m[2]) for m in _CREATE.finditer(text)}
    tables: dict[str, list[Row]] = {}
    problems: list[Problem] = []
    for insert in _INSERT.finditer(text):
        table, line = insert[1], text.count("\n", 0, insert.start()) + 1
        named = [c.strip(" `\"[]") for c in insert[2].split(",")] if insert[2] else columns.get(table, [])
        rows, cut = _values(text, insert.end())
        for values in rows:
            names = named if len(named) == len(values) else [f"column{k + 1}" for k in range(len(values))]
            tables.setdefault(table, []).append((dict(zip(names, values)), line))
        if cut:
            problems.append(Problem(source, line, f"INSERT INTO {table} is cut short after {len(rows)} rows; "
                                                  "read as far as it goes"))
    for copy in _COPY.finditer(text):
        table, line = copy[1], text.count("\n", 0, copy.start()) + 1
        named = [c.strip(' "') for c in copy[2].split(",")]
        end = _COPY_END.search(text, copy.end())
        rows = text[copy.end():end.start() if end else len(text)].split("\n")
        for k, row in enumerate(rows, line + 1):
            values = row.rstrip("\r").split("\t")
            if row.strip() and len(values) == len(named):
                tables.setdefault(table, []).append(({n: None if v == "\\N" else _copied(v) for n, v in zip(named, values)}, k))
        if end is None:
            problems.append(Problem(source, line, f"COPY {table} is cut short (no \\. closes it); read as far as it goes"))
    return tables, problems


def _columns_of(body: str) -> list[str]:
    """The columns a CREATE TABLE names, a line each (mysqldump) or on one line (SQLite's
    CREATE TABLE article (id INTEGER, title TEXT)), its keys and constraints none."""
    parts, depth, start = [], 0, 0
    for k, char in enumerate(body + ","):
        depth += (char == "(") - (char == ")")
        if char == "," and depth == 0:
            parts.append(body[start:k])
            start = k + 1
    return [m[1] for part in parts if not _KEYS.match(part.strip()) and (m := _COLUMN.match(part.strip()))]


def _copied(value: str) -> str:
    """A value as pg_dump's COPY writes it: \\n, \\t, \\\\ and octal \\ooo to what they stand for."""
    return re.sub(r"\\(?:([0-7]{1,3})|(.))", lambda m: chr(int(m[1], 8)) if m[1] else _COPY_ESCAPES.get(m[2], m[2]), value)


def _values(text: str, at: int) -> tuple[list[list], bool]:
    """The rows `(…),(…);` from `at`, and whether the statement breaks off before its end."""
    rows: list[list] = []
    while True:
        if text[at:at + 1] != "(":
            return rows, not text[at:].lstrip().startswith(";")
        row, at = [], at + 1
        while True:
            wrapped = _REPLACED.match(text, at)  # (SQLite's: replace('…\n…','\n',char(10)) round a text of lines)
            depth, at = (len(re.findall("replace", wrapped[0], re.I)), wrapped.end()) if wrapped else (0, at)
            m = _VALUE.match(text, at)
            if m is None:
                return rows, True
            value = _unquoted(m[1]) if m[1] is not None else None if m[2] else m[3] or m[4]
            at = m.end()
            for _ in range(depth):  # (its escapes read already, as MySQL's are: the call only closes)
                if (closed := _REPLACED_BY.match(text, at)) is None:
                    return rows, True
                at = closed.end()
            row.append(value)
            if text[at:at + 1] == ",":
                at += 1
                continue
            if text[at:at + 1] != ")":
                return rows, True
            break
        rows.append(row)
        at += 1
        at += len(text[at:]) - len(text[at:].lstrip())
        if text[at:at + 1] == ",":
            at += 1
            at += len(text[at:]) - len(text[at:].lstrip())


def _unquoted(value: str) -> str:
    """A string as MySQL quotes it: \\n, \\r\\n, \\' and '' to what they stand for."""
    return re.sub(r"\\(.)|''", lambda m: "'" if m[1] is None else _ESCAPES.get(m[1], m[1]), value, flags=re.S)


def sqlite_tables(path: Path) -> dict[str, list[Row]]:
    """Each table's rows of an SQLite file, read without writing to it (immutable: no journal, no lock)."""
    uri = f"file:{path.resolve().as_posix()}?mode=ro&immutable=1"
    with sqlite3.connect(uri, uri=True) as db:
        db.row_factory = sqlite3.Row
        names = [name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                                "AND name NOT LIKE 'sqlite_%' ORDER BY rowid")]
        return {name: [(dict(row), k) for k, row in enumerate(db.execute(f'SELECT * FROM "{name}"'), 1)] for name in names}


def holds_articles(rows: list[Row]) -> bool:
    """A table of articles: its rows have a title or a text (a spider's log, its queue of URLs, its
    settings have neither)."""
    return any({"title", "body"} & record_fields(row).keys() for row, _ in rows[:20])


def read_sql_dump(text: str, source: str) -> tuple[list[Article], list[Problem]]:
    """The articles in the tables of a SQL dump, each at the line of its INSERT statement."""
    tables, problems = sql_dump_tables(text, source)
    return _articles_of_tables(tables, source, problems)


def read_sqlite(path: Path, source: str) -> tuple[list[Article], list[Problem]]:
    """The articles in the tables of an SQLite file; a file that is no SQLite database, or is
    damaged, is a problem."""
    with path.open("rb") as file:
        if file.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            if path.suffix.lower() == ".db":
                return [], []  # Thumbs.db, a .db of another program's: no database of articles
            return [], [Problem(source, None, "not an SQLite database (its first bytes are not SQLite's); skipped")]
    try:
        tables = sqlite_tables(path)
    except sqlite3.DatabaseError as error:
        return [], [Problem(source, None, f"an SQLite database that cannot be read ({error}); skipped")]
    if _CALIBRE_TABLES <= tables.keys():
        return [], [Problem(source, None, "a Calibre library's database (books, authors, comments): its books are "
                                          "read from their own folders; skipped")]
    return _articles_of_tables(tables, source, [])


# The tables of the database a Calibre library keeps of its books (metadata.db), beside their folders.
_CALIBRE_TABLES = {"books", "books_authors_link", "comments", "data"}


def read_dbase(path: Path, source: str) -> tuple[list[Article], list[Problem]]:
    """The articles in a dBase or FoxPro table, in the code page its header names (GBK where it names
    none: a Chinese newsroom's); its deleted rows none. A table that cannot be read is a problem."""
    problems: list[Problem] = []
    try:
        try:
            table = DBF(str(path), char_decode_errors="replace", load=True)
        except MissingMemoFile:  # (its .fpt or .dbt not beside it: the rest of each row)
            table = DBF(str(path), char_decode_errors="replace", load=True, ignore_missing_memofile=True)
            problems.append(Problem(source, None, "its memo file (.fpt or .dbt), which holds the long texts, is not beside it; "
                                                  "the rows read without them"))
        if table.encoding == "ascii":
            table = DBF(str(path), encoding="gb18030", char_decode_errors="replace", load=True,
                        ignore_missing_memofile=bool(problems))
    except (ValueError, struct.error, LookupError, EOFError) as error:
        return [], [Problem(source, None, f"a dBase table that cannot be read ({error}); skipped")]
    rows = [({name: value.isoformat() if isinstance(value, dt.date) else value for name, value in record.items()}, number)
            for number, record in enumerate(table.records, 1)]  # (each row's number for its line)
    return _articles_of_tables({path.stem: rows}, source, problems)


def texts_joined(tables: dict[str, list[Row]]) -> dict[str, list[Row]]:
    """A CMS keeps an article's title in one table and its text in another, keyed to it (DedeCMS's
    dede_archives.id and dede_addonarticle.aid, a site's news and news_content.news_id): each text
    joined to its row, the texts' table none of its own."""
    titled = {name: rows for name, rows in tables.items() if any("title" in record_fields(row) for row, _ in rows[:20])}
    joined = dict(tables)
    for name, rows in tables.items():
        if name in titled or not rows or not all("body" in record_fields(row) for row, _ in rows[:20]):
            continue
        for other, others in titled.items():
            ids = {str(row.get("id")): k for k, (row, _) in enumerate(others) if row.get("id") is not None}
            # (most texts keyed to a row: a dump cut short inside the titles' table leaves the rest without theirs)
            key = next((c for c in rows[0][0] if c != "id" and re.fullmatch(r"(?:a|arc|article|news|doc|item|post)_?id", c, re.I)
                        and 2 * sum(str(row.get(c)) in ids for row, _ in rows) >= len(rows)), None)
            if key is None:
                continue
            merged = list(others)
            for row, _ in rows:
                if (k := ids.get(str(row[key]))) is not None:
                    merged[k] = ({**merged[k][0], **{c: v for c, v in row.items() if c != key}}, merged[k][1])
            joined[other], joined[name] = merged, [(row, line) for row, line in rows if str(row[key]) not in ids]
            break
    return joined


def _articles_of_tables(tables: dict[str, list[Row]], source: str,
                        problems: list[Problem]) -> tuple[list[Article], list[Problem]]:
    articles: list[Article] = []
    for rows in texts_joined(tables).values():
        if rows and holds_articles(rows):
            found, more = articles_of(rows, source)
            articles += found
            problems = problems + more
    return articles, problems
