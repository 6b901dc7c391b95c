#!/usr/bin/env python3
"""Build a static website from an archive of Chinese newspaper pages.

  python build.py                 build seeds/ into site/
  python build.py serve           build, serve on 127.0.0.1, rebuild and reload on change
  python build.py inspect [FILE]  print what ingestion made of the sources, as JSON
  python build.py search QUERY    search the built site as its search page does
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from pathlib import Path

from generator.config import Config
from generator.model import Problem
from generator.pipeline import NoArticles, build, inspect
from generator.query import Searcher
from generator.render import theme_dirs
from generator.search import MissingLunr
from generator.serve import serve


def _common(parser: argparse.ArgumentParser, default=None) -> None:
    parser.add_argument("--source", type=Path, default=default or Path("seeds"),
                        help="folder of sources: .txt pages (with optional .yml sidecars) "
                             "and .md articles (default: seeds)")
    parser.add_argument("--drafts", action="store_true", default=default or False,
                        help="include Markdown articles marked draft: true")
    parser.add_argument("--strict", action="store_true", default=default or False,
                        help="exit with status 1 if any source had a problem")
    parser.add_argument("--quiet", action="store_true", default=default or False,
                        help="print only problems")
    parser.add_argument("--path-pattern", type=path_pattern, default=default, metavar="REGEX",
                        help="how source paths spell dates and pages, if not as the built-in rules read "
                             "them (20200201-06-04.txt, 2020/02/01/, 2020年2月1日): a regular expression "
                             "searched in each path under --source (without its suffix) with any of the "
                             "groups year, month, day, page, order, e.g. "
                             "'(?P<year>\\d{4})/(?P<month>\\d\\d)(?P<day>\\d\\d)/p(?P<page>\\d+)'")
    parser.add_argument("--jobs", type=int, default=default or 0, metavar="N",
                        help="processes for segmentation, keywords, index and pages "
                             "(default: 0, one per core; 1: no worker processes)")


def path_pattern(text: str) -> str:
    """A --path-pattern, checked: a regular expression naming at least one group it knows."""
    try:
        groups = set(re.compile(text).groupindex)
    except re.error as error:
        raise argparse.ArgumentTypeError(f"not a regular expression: {error}") from None
    if not groups & {"year", "month", "day", "page", "order"}:
        raise argparse.ArgumentTypeError("names none of the groups year, month, day, page, order")
    return text


def _site_options(parser: argparse.ArgumentParser, default=None) -> None:
    parser.add_argument("--output", type=Path, default=default or Path("site"),
                        help="folder to write the site to; replaced whole at the end (default: site)")
    parser.add_argument("--theme", type=Path, default=default,
                        help="theme folder (templates/ and static/); what it lacks comes from themes/default")
    parser.add_argument("--title", default=default or Config.site_title, help="site title")
    parser.add_argument("--base-url", default=default,
                        help="the site's public address, e.g. https://example.org/archive/, for "
                             "canonical links, feed and sitemap; without it every URL stays relative")
    parser.add_argument("--recount-share", type=float, default=default or Config.recount_share, metavar="S",
                        help="a rebuild that changed at most this share of the articles since the last "
                             "full count patches tags and index against that count's statistics "
                             f"(default: {Config.recount_share}; 0: count the whole archive every build)")


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="build.py", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    _common(p)
    _site_options(p)
    commands = p.add_subparsers(dest="command", metavar="COMMAND")
    # The subcommands take the same options; SUPPRESS keeps those given before the
    # subcommand from being reset by the subcommand's defaults.
    srv = commands.add_parser("serve", help="build, serve on 127.0.0.1, rebuild and reload on change")
    _common(srv, argparse.SUPPRESS)
    _site_options(srv, argparse.SUPPRESS)
    srv.add_argument("--port", type=int, default=8000, help="port on 127.0.0.1 (default: 8000; 0 picks a free one)")
    ins = commands.add_parser("inspect", help="print the articles found in the sources as JSON")
    _common(ins, argparse.SUPPRESS)
    ins.add_argument("files", nargs="*", type=Path,
                     help="source files to inspect (default: every source under --source)")
    find = commands.add_parser("search", help="search the built site (--output) as its search page does")
    find.add_argument("--output", type=Path, default=argparse.SUPPRESS, help="the built site (default: site)")
    find.add_argument("--limit", type=int, default=10, help="results to print (default: 10)")
    find.add_argument("--from", dest="since", type=_day, metavar="DAY", help="only articles printed on or after this day (YYYY-MM-DD)")
    find.add_argument("--to", dest="until", type=_day, metavar="DAY", help="only articles printed on or before this day (YYYY-MM-DD)")
    find.add_argument("query", help="what a reader would type, e.g. 防控工作 or \"疫情 防控\"")
    return p


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a day (YYYY-MM-DD): {text!r}") from None


def search(site: Path, query: str, limit: int, since: dt.date | None = None, until: dt.date | None = None) -> int:
    """Print the best results as `score  date  title  url`, and their number; with `since` or
    `until`, those that may have been printed in that range (as the search page filters them)."""
    if not (site / "search" / "manifest.js").is_file():
        print(f"{site}: no built site with a search index; build it first", file=sys.stderr)
        return 2
    searcher = Searcher(site)
    found = searcher.search(query)
    if since or until:
        days = {ref: searcher.days_of(ref) for ref, _ in found}
        found = [(ref, score) for ref, score in found if days[ref] and (not since or days[ref][1] >= since)
                 and (not until or days[ref][0] <= until)]
    for ref, score in found[:limit]:
        doc = searcher.doc(ref)
        print(f"{score:8.3f}  {doc['d'] or '日期不详':<14}  {doc['t']}  {doc['u']}")
    print(f"{len(found)} result(s)")
    return 0


def report(problems: tuple[Problem, ...], strict: bool) -> int:
    if problems:
        print(f"\n{len(problems)} problem(s) in the sources:", file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
    return 1 if strict and problems else 0


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    config = Config(source=args.source, drafts=args.drafts, strict=args.strict, quiet=args.quiet,
                    output=args.output, site_title=args.title, base_url=args.base_url, jobs=args.jobs,
                    recount_share=args.recount_share, path_pattern=args.path_pattern,
                    **({"theme": args.theme} if args.theme else {}))
    if args.command == "search":
        return search(args.output, args.query, args.limit, args.since, args.until)
    if not args.source.is_dir():
        # Nothing to build from: writing would replace a good site with an empty one.
        print(f"{args.source}: source folder does not exist", file=sys.stderr)
        return 2
    if args.command == "inspect":
        missing = [f for f in args.files if not f.is_file()]
        for f in missing:
            print(f"{f}: no such file", file=sys.stderr)
        if missing:
            return 2
        try:
            records, problems = inspect(config, args.files)
        except NoArticles as error:
            print(error, file=sys.stderr)
            report(error.problems, False)
            return 2
        if not config.quiet:  # --quiet: the problems only, as a check of the sources
            json.dump(records, sys.stdout, ensure_ascii=False, indent=2)
            print()
        return report(problems, args.strict)
    if args.command == "serve":
        build_and_report(config)
        return serve(config.output, [config.source, *theme_dirs(config)],
                     lambda: build_and_report(config), args.port)
    return build_and_report(config)


def build_and_report(config: Config) -> int:
    try:
        result = build(config)
    except MissingLunr as error:
        print(f"cannot build the search: {error}", file=sys.stderr)
        return 2
    except NoArticles as error:
        print(f"{error}; {config.output} is left as it was", file=sys.stderr)
        report(error.problems, False)
        return 2
    if not config.quiet:
        problems = f", {len(result.problems)} problem(s) listed below" if result.problems else ""
        if result.rendered:
            print(f"built {result.articles} articles, {result.pages} pages into {config.output} "
                  f"in {result.seconds:.1f} s{problems}", flush=True)
        else:
            print(f"nothing changed since the last build: {config.output} is up to date "
                  f"({result.articles} articles, {result.pages} pages; checked in {result.seconds:.1f} s)"
                  f"{problems}", flush=True)
    return report(result.problems, config.strict)


if __name__ == "__main__":
    sys.exit(main())
