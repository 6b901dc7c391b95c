"""A blog's or a forum's post of an old article a reader typed out (豆瓣's, 知乎's): the post's own
title and date, the reader's words about the paper, then the article under 【原文】 (or its pieces
under 【其一】, 【其二】), the note of where it was printed, and the reader's comment under a rule
(——————, 抄者按：…) and the readers' likes. What is left is the article as the paper printed it, the
note of its print with it, read as any text file is."""
from __future__ import annotations

import re

from . import rules

# Where the printed text begins: 【原文】, 【原文如下】 (not 【正文】, an export's label); or each piece of
# several: 【其一】, 【其二】.
_PRINTED = re.compile(r"^\s*【\s*原文(?:如下)?\s*】\s*$")
_PIECE = re.compile(r"^\s*【\s*其[一二三四五六七八九十]\s*】\s*$")
# The reader's comment under the article: a rule of dashes, then 抄者按 (or 按：, 附记); readers' likes.
_COMMENT_RULE = re.compile(r"^\s*[—－-]{4,}\s*$")
_LIKES = re.compile(r"^\s*\d+\s*人(?:喜欢|转发|赞同|收藏)")


def retyped_post(lines: list[str]) -> list[str] | None:
    """The lines of the article (or articles) a post retypes, each line where it was (the post's
    own blank), the note of where it was printed given over the text moved under it; None if the
    lines are no such post."""
    top = next((k for k, line in enumerate(lines[:20]) if _PRINTED.match(line) or _PIECE.match(line)), None)
    if top is None:
        return None
    end = next((k for k in range(top, len(lines)) if _COMMENT_RULE.match(lines[k]) or _LIKES.match(lines[k])), len(lines))
    out = [""] * top + ["" if _PRINTED.match(line) or _PIECE.match(line) else line for line in lines[top:end]]
    out += [""] * (len(lines) - end)
    # 出处：《中国青年报》1987年3月5日　第四版 over the reader's words: where the text was printed, under it
    # (on the last blank line of the text, where a closing note stands)
    note = next((line.strip() for line in lines[:top] if rules.parse_source_note(line.strip())), None)
    last = next((k for k in range(end - 1, top, -1) if not out[k].strip()), None)
    if note and last is not None:
        out[last] = note
    return out
