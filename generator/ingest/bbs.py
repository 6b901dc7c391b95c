"""A bulletin board's post saved as text (水木清华's, PTT's): its header (发信人, 标 题, 发信站; 作者,
標題, 時間), the board's notes of a repost, the poster's own words over what the paper printed and
the signature under it taken off: what is left is the article (or articles, parted by rules) as the
paper printed it, read as any text file is. A board's digest (精华区) holds several posts, one after
another: each is read as a post of its own, a reply to one (Re: …) as none; so is each post a
collection ([合集]) quotes under its rules. A forum's thread saved from the browser as text (Discuz!'s,
天涯's) is its first post, the one reposting the article; the replies under it are none."""
from __future__ import annotations

import re

from . import rules

# 发信人: qingniao (青鸟), 信区: NewsArchive / 作者  tcboy (台中小子)   看板  NewsArchive: a post's first line.
_POSTED_BY = re.compile(r"^\ufeff?\s*(?:发信人|發信人)\s*[:：]\s*\S+.*(?:信区|信區)\s*[:：]|^\ufeff?\s*作者\s+\S+.*看板\s+\S+")
# lxm (小马过河) 于 (Tue Mar  4 09:12:44 1997) 提到:: a post quoted whole in a collection ([合集]), its header.
_QUOTED_POST = re.compile(r"^\s*\S+ \(.*\) (?:于|於) \(.*\) 提到\s*[:：]\s*$")
# ☆──────☆: the rule a board's collection sets between the posts it gathers.
_COLLECTED = re.compile(r"^\s*☆[─━-]{8,}☆\s*$")
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
    if top is None or not (_POSTED_BY.match(lines[top]) or _QUOTED_POST.match(lines[top])):
        return None
    out = list(lines)
    k = top
    posted = next((m[1] for line in lines[top:top + 4] if (m := _POSTED_IN.search(line))), None)
    while k < len(out) and (k == top or _HEADER_LINE.match(out[k]) or _REPOST_NOTE.match(out[k]) and not _noted(out[k])
                            or not out[k].strip()):
        out[k] = ""
        k += 1
    end = next((j for j in range(k, len(out)) if _SIGNATURE.match(out[j])), len(out))
    out[end:] = [""] * (len(out) - end)
    # The poster's own words over the printed piece (今天文汇报上两篇，合在一起贴了。): lines over the first
    # that gives the paper's day (中国青年报  1999年3月20日  第3版), none of the paper's.
    first = next((j for j in range(k, min(end, k + 6)) if rules.printed_date(out[j].strip()) or _noted(out[j])
                  or rules.is_running_head(out[j].strip()) or _FACTS.match(out[j]) or posters_note(out[j], posted)), None)
    if first is not None:
        out[k:first] = [("" if not _RULE.match(line) else line) for line in out[k:first]]
        out[first] = posters_note(out[first], posted) or out[first]
        if noted := _noted(out[first]):
            # 【以下文字轉載自《港灣日報》2003年5月2日第5版】: the board's note of the paper's day, closing the
            # text as such notes do
            out[first], out[end:end + 1] = "", [noted]
    elif (words := _posters_words(out, k, end)):
        out[k:k + words] = [""] * words  # 朋友用傳真傳來的剪報，沒寫是哪天哪一版…, then the printed head
    # …and the facts in brackets parted by slashes as a running head is set: day, paper, page, section;
    # heads centred with spaces (a post's plain text has no other way) as a paper sets them, at the margin,
    # and so the short lines set in over the first line of text
    heads = _heads_set_in(out, first + 1 if first is not None else k, end)
    return [("　".join(m["facts"].split("/")) if (m := _FACTS.match(line))
             else line.strip() if _CENTRED.match(line) or j in heads else line) for j, line in enumerate(out)]


def _heads_set_in(lines: list[str], start: int, end: int) -> set[int]:
    """The lines on top of a post's piece set in by spaces, short and holding no sentence, down to
    its first line of text: its heads and byline, which a post can only centre so."""
    heads = set()
    for j in range(start, end):
        text = lines[j].strip()
        if not text:
            continue
        if len(text) > 30 or re.search(r"[。！？；，,]", text) or not lines[j].startswith("  "):
            break
        heads.add(j)
    return heads


# 发信站: 水木社区 (Mon Mar  3 10:22:33 1997): the year the post was made.
_POSTED_IN = re.compile(r"(?:(?:发信站|發信站).*|(?:于|於) \(.*)\b((?:19|20)\d{2})\)")
# 京华晨报 3月6日 头版图片，…：, 3月10日京华晨报第十二版的整版广告，照抄如下：: the poster's line naming what
# the paper printed, where and when, over the piece it copies.
_PAPER = r"(?P<paper>[\u4e00-\u9fff]{2,8}?(?:日报|晚报|晨报|时报|商报|报))"
_DAY = r"(?P<month>\d{1,2})月(?P<day>\d{1,2})日"
_PAGE = r"(?:第?(?P<page>[\d一二三四五六七八九十]{1,3})版|(?P<front>头版))"


def posters_note(line: str, year: str | None) -> str | None:
    """The running head of the day, paper and page a poster's line over a piece names (1997年3月6日　京华晨报
    第1版), or None where the line is no such note: one that introduces the piece (ends with a colon)."""
    text = line.strip()
    if year is None or not text.endswith(("：", ":")) or len(text) > 60:
        return None
    day = re.search(_DAY, text)
    rest = text[:day.start()] + "，" + text[day.end():] if day else ""  # (3月10日京华晨报: 日 is the day's)
    if day is None or (paper := re.search(_PAPER, rest)) is None:
        return None
    page = re.search(_PAGE, rest[paper.end():])
    printed = f"第{'1' if page['front'] else page['page']}版" if page else ""
    return f"{year}年{day['month']}月{day['day']}日　{paper['paper']}　{printed}".rstrip("　")


def _noted(line: str) -> str | None:
    """The note inside a board's note of a repost, where it names the paper's day (【以下文字轉載自
    《南海時報》2003年4月12日第2版】)."""
    note = line.strip().strip("【】 ")
    return note if _REPOST_NOTE.match(line) and rules.parse_source_note(note) else None


def _posters_words(lines: list[str], k: int, end: int) -> int:
    """How many lines from k, the first of a post's text, are the poster's own words over the printed
    piece: a sentence alone set apart over a head, or a paragraph at the margin over a head the post
    centres (老家的朋友寄来的剪报…，/ 打下来给大家看看。); 0 where none are."""
    block = next((j for j in range(k, end) if not lines[j].strip()), end) - k
    below = next((j for j in range(k + block, end) if lines[j].strip()), None)
    if not block or below is None or below == k + block:
        return 0
    said = "".join(line.strip() for line in lines[k:k + block])
    if block == 1 and said.endswith(("。", "！", "？", "…")) and rules.is_bare_heading(lines[below].strip()):
        return 1
    at_margin = all(line[:1].strip() for line in lines[k:k + block])
    return block if at_margin and re.search(r"[。！？]", said) and _CENTRED.match(lines[below]) else 0


def bbs_collection(lines: list[str]) -> list[str] | None:
    """A board's collection of posts ([合集]), each quoted whole under its rule and its poster's line:
    the posts, each its text (the collection's header and rules blank, lines in their places); None
    where the lines gather fewer than two."""
    rules_at = [k for k, line in enumerate(lines) if _COLLECTED.match(line)]
    quoted = [k for k in rules_at if k + 1 < len(lines) and _QUOTED_POST.match(lines[k + 1])]
    if len(quoted) < 2 or not lines or not _POSTED_BY.match(next((line for line in lines if line.strip()), "")):
        return None
    parts = ["\n" * (quoted[0] + 1)]
    for start, end in zip(quoted, [*quoted[1:], len(lines)]):
        parts.append("".join(f"{line}\n" for line in lines[start + 1:end]) + "\n" * (end < len(lines)))  # (the next rule)
    return parts


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


# 楼主 大 中 小 发表于 2010-3-9 08:47 | 只看该作者, 5# 发表于 …, 天涯's 作者：江边人 时间：2008-03-02 …: where a
# forum's post begins, as a browser saves a thread's page as text (its replies' 回复日期：… too).
_POST_OPENS = re.compile(r"^\s*(?:(?:楼主|沙发|板凳|地板|\d{1,4}\s*[#楼樓])?\s*(?:大\s*中\s*小\s*)?(?:发表于|發表於)"
                         r"|作者\s*[:：]\s*\S+\s+(?:时间|時間|回复日期|回覆日期)\s*[:：])\s*\d{4}-\d{1,2}-\d{1,2}")
# Where a post ends: the page's TOP link, the next poster's profile (UID 28416), a quoted reply, the
# thread's buttons.
_POST_ENDS = re.compile(r"^\s*(?:TOP|UID\s+\d+|引用\s*[:：]|以下是引用|返回列表)(?:\s|$)")


def forum_thread(lines: list[str]) -> list[str] | None:
    """A forum's thread saved as text: its first post's lines, each at its place (the others blank),
    or None for any other file. A thread shows two posts or more, or names its forum's software."""
    opens = [k for k, line in enumerate(lines) if _POST_OPENS.match(line)]
    if not opens or len(opens) < 2 and not any("只看该作者" in line or "Powered by Discuz" in line for line in lines[:opens[0] + 1]):
        return None
    start = opens[0] + 1
    while start < len(lines) and re.fullmatch(r"\s*(?:\d{1,4}\s*[#楼樓])?\s*(?:大\s*中\s*小)?\s*", lines[start]):
        start += 1  # (1# 大 中 小 under the time: the post's number and the reader's type sizes)
    end = next((k for k in range(start, len(lines)) if k in opens or _POST_ENDS.match(lines[k])), len(lines))
    return [""] * start + lines[start:end] + [""] * (len(lines) - end)
