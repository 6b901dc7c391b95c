"""Search: the index and article texts as files a browser loads with <script> tags (the
query the browser runs over them is query.py's).

Every file is a script calling `ArchiveSearch.<kind>(…)`: browsers refuse fetch() on file://,
but load scripts from there.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import zlib
from pathlib import Path

import numpy as np

from .digest import fingerprint, key_of
from .hanzi import traditional_to_simplified
from .index import SearchIndex
from .model import Article
from .terms import body_text, standfirst

ROOT = Path(__file__).resolve().parent.parent
LUNR_JS = ROOT / "node_modules" / "lunr" / "lunr.min.js"
ENGINE_JS = Path(__file__).resolve().parent / "assets" / "engine.js"


class MissingLunr(Exception):
    """lunr.js is not installed: `npm ci` has not run."""


def script(kind: str, *args) -> str:
    body = ",".join(json.dumps(a, ensure_ascii=False, separators=(",", ":")) for a in args)
    return f"ArchiveSearch.{kind}({body});\n"


def unscript(text: str) -> list:
    """The arguments of a script written by `script`."""
    inner = text[text.index("(") + 1:text.rindex(")")]
    return json.loads(f"[{inner}]")


def manifest(articles: tuple[Article, ...], index: SearchIndex) -> dict:
    """What the browser needs before any shard: shard count, years and papers for the filters."""
    years: list[list] = []
    for ref, article in enumerate(articles):
        year = article.issue_date.value.year if article.issue_date.known else None
        if years and years[-1][0] == year:
            years[-1][2] = ref
        else:
            years.append([year, ref, ref])
    papers = sorted({a.paper for a in articles if a.paper})
    number = {p: k for k, p in enumerate(papers)}
    return {"shards": index.count, "count": len(articles), "years": years, "spans": date_spans(articles),
            "papers": papers,
            "paperOf": [number.get(a.paper, -1) for a in articles],
            "t2s": "".join(k + v for k, v in sorted(traditional_to_simplified().items()))}


def date_spans(articles: tuple[Article, ...]) -> list[list[int]]:
    """The days each run of articles (newest first) may have been printed on, for the filter by
    date: [first day, last day, first ref], days counted from 1970-01-01; an article dated to
    its month spans the month. The undated have none ([0, -1, ref])."""
    spans: list[list[int]] = []
    for ref, article in enumerate(articles):
        date = article.issue_date
        if date.known:
            first = last = date.value
            if date.precision == "month":
                first, last = date.value.replace(day=1), _month_end(date.value)
            elif date.precision == "year":
                first, last = date.value.replace(month=1, day=1), date.value.replace(month=12, day=31)
            span = [(first - EPOCH).days, (last - EPOCH).days]
        else:
            span = [0, -1]
        if not spans or spans[-1][:2] != span:
            spans.append([*span, ref])
    return spans


EPOCH = dt.date(1970, 1, 1)


def _month_end(day: dt.date) -> dt.date:
    following = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return following - dt.timedelta(days=1)


def doc_record(article: Article) -> dict:
    """A result as the results page shows it: link, title, date, paper, text for the snippet."""
    text = "\n".join(t for t in (standfirst(article), body_text(article)) if t)
    return {"u": article.url, "t": article.title, "d": article.issue_date.label(),
            "p": article.paper or "", "x": text}


def shard_file(n: int) -> str:
    return f"search/index/{n}.js"


def shard_script(n: int, shard: dict) -> str:
    """script("shard", n, shard made smaller), its terms front-coded (front_coded)."""
    return script("shard", n, smaller({**shard, "terms": front_coded(shard["terms"])}))


def shard_of_script(text: str) -> tuple[int, dict]:
    """The number and shard a shard's script holds (shard_script's inverse)."""
    n, value = unscript(text)
    shard = opened(value)
    return n, {**shard, "terms": front_decoded(shard["terms"])}


# Deflate at this level takes off nearly what level 9 does, in a sixth of the time (a one-article
# rebuild deflates a third of the shards again).
_LEVEL = 4


def smaller(value: dict) -> dict | str:
    """The value, or its JSON deflated (raw) and written in base 64 where that is shorter (all
    but the shortest records): the browser's DecompressionStream opens it (engine.js's opened),
    and it still travels in a script, which file:// allows."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()
    deflate = zlib.compressobj(_LEVEL, zlib.DEFLATED, -15)
    packed = base64.b64encode(deflate.compress(text) + deflate.flush()).decode("ascii")
    return packed if len(packed) < len(text) else value


def opened(value: dict | str) -> dict:
    """smaller's inverse."""
    return json.loads(zlib.decompress(base64.b64decode(value), -15)) if isinstance(value, str) else value


# A term in lunr's order shares its first characters with the one before it (a shard holds the
# terms of a few first characters: 一期, 一期不, 一期东…): written as how many it shares, a letter
# (A none, B one…; terms are lower case), and the rest. A shared part stops at a character beyond
# the Basic Multilingual Plane, which JavaScript counts as two.
_SHARED_MOST = 25


def front_coded(terms: list[str]) -> list[str]:
    if not terms:
        return []
    # Compared at once as rows of code points (a shard holds thousands of terms), each cut to
    # the most a term may share and padded with zeros, which no term holds.
    points = np.array(terms, dtype=f"<U{_SHARED_MOST}").view(np.uint32).reshape(len(terms), _SHARED_MOST)
    alike = (points[1:] == points[:-1]) & (points[1:] != 0) & (points[1:] <= 0xFFFF)
    shared = np.where(alike.all(axis=1), _SHARED_MOST, alike.argmin(axis=1))
    return [chr(65) + terms[0], *(chr(65 + k) + term[k:] for k, term in zip(shared.tolist(), terms[1:]))]


def front_decoded(coded: list[str]) -> list[str]:
    out, before = [], ""
    for code in coded:
        before = before[:ord(code[0]) - 65] + code[1:]
        out.append(before)
    return out


def version(digests: dict[str, str]) -> str:
    """A digest of the files (by path) from their digests."""
    h = hashlib.sha1()
    for path in sorted(digests):
        h.update(f"{path}\0{digests[path]}\0".encode())
    return h.hexdigest()[:10]


def manifest_script(articles: tuple[Article, ...], index: SearchIndex, digests: dict[str, str]) -> str:
    """search/manifest.js. A version in every script URL: a browser never mixes a cached shard
    with a new manifest."""
    return script("manifest", {**manifest(articles, index), "version": version(digests)})


def doc_key(article: Article) -> str:
    """A digest of what an article's script holds (see doc_record), without writing it out."""
    return key_of(fingerprint(article), article.url, article.issue_date.label(), article.paper or "")


def doc_file(ref: int) -> str:
    return f"search/docs/{ref}.js"


def doc_script(ref: int, article: Article) -> bytes:
    return script("doc", ref, smaller(doc_record(article))).encode()


def doc_of_script(text: str) -> dict:
    """The record an article's script holds (doc_script's inverse)."""
    return opened(unscript(text)[1])
