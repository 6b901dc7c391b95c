"""A bulletin board's post saved as text (水木清华's, PTT's): its header (发信人, 标 题, 发信站; 作者,
標題, 時間), the board's notes of a repost, the poster's own words over what the paper printed and
the signature under it taken off: what is left is the article (or articles, parted by rules) as the
paper printed it, read as any text file is."""
from __future__ import annotations

import re

from . import rules

# 发信人: qingniao (青鸟), 信区: NewsArchive / 作者  tcboy (台中小子)   看板  NewsArchive: a post's first line.
_POSTED_BY = re.compile(r"^\ufeff?\s*(?:发信人|發信人)\s*[:：]\s*\S+.*(?:信区|信區)\s*[:：]|^\ufeff?\s*作者\s+\S+.*看板\s+\S+")
# The header's other lines: 标  题: …, 发信站: … (…1999), 標題 …, 時間 …, and PTT's rule under them.
_HEADER_LINE = re.compile(r"^\s*(?:标\s*题|標\s*題|发信站|發信站|時間|时间)(?:\s*[:：]|\s{2,})|^\s*[─━-]{10,}\s*$")
# The board's notes of a repost: 【 以下文字转载自 Reporter 讨论区 】, 【 原文由 xiaoyu 所发表 】.
_REPOST_NOTE = re.compile(r"^\s*【\s*(?:以下文字[转轉][载載]自|原文由).*】\s*$")
# 【1999-05-03/聯合報/19版/中部綜合】: the day, paper, page and section a post copies over the piece.
_FACTS = re.compile(r"^\s*【(?P<facts>\d{4}-\d{1,2}-\d{1,2}/[^/】]+/[^/】]+(?:/[^/】]+)?)】\s*$")
# A rule between two pieces a post copies; a line set in far from the margin, short: a centred head.
_RULE = re.compile(r"^\s*[=＝\-]{8,}\s*$")
_CENTRED = re.compile(r"^ {8,}\S.{0,38}$")
# Where the post's signature begins: "--" alone, or the board's 来源 line.
_SIGNATURE = re.compile(r"^\s*--\s*$|^\s*[※◆]\s*(?:来源|來源|修改|發信站|发信站|From)\s*[:：·]")


def bbs_post(lines: list[str]) -> list[str] | None:
    """The lines of what a board's post reposts, its header, notes and signature blank (so each
    line keeps its number), or None if the lines are no such post."""
    if not lines or not _POSTED_BY.match(lines[0]):
        return None
    out = list(lines)
    k = 0
    while k < len(out) and (k == 0 or _HEADER_LINE.match(out[k]) or _REPOST_NOTE.match(out[k]) or not out[k].strip()):
        out[k] = ""
        k += 1
    end = next((j for j in range(k, len(out)) if _SIGNATURE.match(out[j])), len(out))
    out[end:] = [""] * (len(out) - end)
    # The poster's own words over the printed piece (今天文汇报上两篇，合在一起贴了。): lines over the first
    # that gives the paper's day (中国青年报  1999年3月20日  第3版), none of the paper's.
    first = next((j for j in range(k, min(end, k + 6)) if rules.printed_date(out[j].strip())
                  or rules.is_running_head(out[j].strip()) or _FACTS.match(out[j])), None)
    if first is not None:
        out[k:first] = [("" if not _RULE.match(line) else line) for line in out[k:first]]
    # …and the facts in brackets parted by slashes as a running head is set: day, paper, page, section;
    # heads centred with spaces (a post's plain text has no other way) as a paper sets them, at the margin
    return [("　".join(m["facts"].split("/")) if (m := _FACTS.match(line))
             else line.strip() if _CENTRED.match(line) else line) for line in out]
