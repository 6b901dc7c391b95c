"""A bulletin board's post saved as text (水木清华's, PTT's): its header (发信人, 标 题, 发信站; 作者,
標題, 時間), the board's notes of a repost, the poster's own words over what the paper printed and
the signature under it taken off: what is left is the article (or articles, parted by rules) as the
paper printed it, read as any text file is. A board's digest (精华区) holds several posts, one after
another: each is read as a post of its own, a reply to one (Re: …) as none."""
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
# 标  题: Re: …: a reply to a post, the poster's own words on it, no article.
_REPLY = re.compile(r"^\s*(?:标\s*题|標\s*題)\s*[:：]\s*(?:Re|RE|re|回复|回覆)\s*[:：]")
# Where the post's signature begins: "--" alone, or the board's 来源 line.
_SIGNATURE = re.compile(r"^\s*--\s*$|^\s*[※◆]\s*(?:来源|來源|修改|發信站|发信站|From)\s*[:：·]")


def bbs_post(lines: list[str]) -> list[str] | None:
    """The lines of what a board's post reposts, its header, notes and signature blank (so each
    line keeps its number), or None if the lines are no such post."""
    top = next((k for k, line in enumerate(lines) if line.strip()), None)  # (a digest's later post: lines over it)
    if top is None or not _POSTED_BY.match(lines[top]):
        return None
    out = list(lines)
    k = top
    while k < len(out) and (k == top or _HEADER_LINE.match(out[k]) or _REPOST_NOTE.match(out[k]) and not _noted(out[k])
                            or not out[k].strip()):
        out[k] = ""
        k += 1
    end = next((j for j in range(k, len(out)) if _SIGNATURE.match(out[j])), len(out))
    out[end:] = [""] * (len(out) - end)
    # The poster's own words over the printed piece (今天文汇报上两篇，合在一起贴了。): lines over the first
    # that gives the paper's day (中国青年报  1999年3月20日  第3版), none of the paper's.
    first = next((j for j in range(k, min(end, k + 6)) if rules.printed_date(out[j].strip()) or _noted(out[j])
                  or rules.is_running_head(out[j].strip()) or _FACTS.match(out[j])), None)
    if first is not None:
        out[k:first] = [("" if not _RULE.match(line) else line) for line in out[k:first]]
        if noted := _noted(out[first]):
            # 【以下文字轉載自《港灣日報》2003年5月2日第5版】: the board's note of the paper's day, closing the
            # text as such notes do
            out[first], out[end:end + 1] = "", [noted]
    elif _posters_words(out, k, end):
        out[k] = ""  # 朋友用傳真傳來的剪報，沒寫是哪天哪一版…, then the printed head
    # …and the facts in brackets parted by slashes as a running head is set: day, paper, page, section;
    # heads centred with spaces (a post's plain text has no other way) as a paper sets them, at the margin
    return [("　".join(m["facts"].split("/")) if (m := _FACTS.match(line))
             else line.strip() if _CENTRED.match(line) else line) for line in out]


def _noted(line: str) -> str | None:
    """The note inside a board's note of a repost, where it names the paper's day (【以下文字轉載自
    《南海時報》2003年4月12日第2版】)."""
    note = line.strip().strip("【】 ")
    return note if _REPOST_NOTE.match(line) and rules.parse_source_note(note) else None


def _posters_words(lines: list[str], k: int, end: int) -> bool:
    """Line k, first of a post's text, is the poster's own sentence over the printed piece: a
    sentence alone, set apart over a head."""
    below = next((j for j in range(k + 1, end) if lines[j].strip()), None)
    return k < end and lines[k].strip().endswith(("。", "！", "？", "…")) and below is not None and below > k + 1 \
        and rules.is_bare_heading(lines[below].strip())


def bbs_posts(lines: list[str]) -> list[str] | None:
    """A digest's posts, each its text (its lines keeping their places when the parts are read one
    after another), a reply's blank; or None where the lines hold fewer than two posts."""
    starts = [k for k, line in enumerate(lines) if _POSTED_BY.match(line)]
    if len(starts) < 2 or starts[0] > 0 and any(line.strip() for line in lines[:starts[0]]):
        return None
    parts = []
    for start, end in zip([0, *starts[1:]], [*starts[1:], len(lines)]):  # (blank lines over the first, its)
        post = lines[start:end]
        replied = any(_REPLY.match(line) for line in post[:4])
        parts.append("\n" * len(post) if replied else "\n".join(post) + "\n")
    return parts
