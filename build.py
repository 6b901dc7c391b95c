#!/usr/bin/env python3
"""Build a static website from an archive of Chinese newspaper pages.

  python build.py                 build seeds/ into site/
  python build.py inspect [FILE]  print what ingestion made of the sources, as JSON
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from generator.config import Config
from generator.model import Problem
from generator.pipeline import build, inspect


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--source", type=Path, default=Path("seeds"),
                        help="folder of sources: .txt pages (with optional .yml sidecars) "
                             "and .md articles (default: seeds)")
    parser.add_argument("--drafts", action="store_true",
                        help="include Markdown articles marked draft: true")
    parser.add_argument("--strict", action="store_true",
                        help="exit with status 1 if any source had a problem")
    parser.add_argument("--quiet", action="store_true", help="print only problems")


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="build.py", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    _common(p)
    p.add_argument("--output", type=Path, default=Path("site"),
                   help="folder to write the site to; replaced whole at the end (default: site)")
    p.add_argument("--theme", type=Path, default=None,
                   help="theme folder (templates/ and static/); what it lacks comes from themes/default")
    p.add_argument("--title", default=Config.site_title, help="site title")
    commands = p.add_subparsers(dest="command", metavar="COMMAND")
    ins = commands.add_parser("inspect", help="print the articles found in the sources as JSON")
    _common(ins)
    ins.add_argument("files", nargs="*", type=Path,
                     help="source files to inspect (default: every source under --source)")
    return p


def report(problems: tuple[Problem, ...], strict: bool) -> int:
    if problems:
        print(f"\n{len(problems)} problem(s) in the sources:", file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
    return 1 if strict and problems else 0


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    config = Config(source=args.source, drafts=args.drafts, strict=args.strict, quiet=args.quiet,
                    **({"output": args.output} if hasattr(args, "output") else {}),
                    **({"theme": args.theme} if getattr(args, "theme", None) else {}),
                    **({"site_title": args.title} if hasattr(args, "title") else {}))
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
        records, problems = inspect(config, args.files)
        json.dump(records, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return report(problems, args.strict)
    result = build(config)
    if not args.quiet:
        print(f"built {result.articles} articles, {result.pages} pages into {config.output} "
              f"in {result.seconds:.1f} s")
    return report(result.problems, args.strict)


if __name__ == "__main__":
    sys.exit(main())
