"""A microblog's posts as a paper's own account writes them, kept by a backup tool, a crawler or the
platform's archive (Weibo's JSON, weibo-crawler's CSV, X's tweets.js): each post a record of its
text and its time, read as the record of an article it carries.

A paper posts an article as 【title】 and its text (the whole of it in a long post, a summary and a
link otherwise); a repost, a reply to someone else and a post of the platform's other records (a
like, a follower) are not the paper's articles. A post's time is when it went out, on the paper's
clock (Beijing's, where the platform keeps UTC).
"""
from __future__ import annotations

import datetime as dt
import html
import re

from . import rules

# The fields a post's text is kept in, the fullest first: a long post's whole text, the plain text,
# the text with its links marked up.
_TEXT_FIELDS = ("longTextContent", "text_raw", "full_text", "微博正文", "正文", "text")
_TIME_FIELDS = ("created_at", "发布时间", "完整日期", "日期")  # (weibo-crawler's 日期 the day alone, 完整日期 with its time)
# What marks a record a post: a platform's own fields beside its text and time.
_POST_MARKS = {"mblogid", "idstr", "id_str", "bid", "isLongText", "retweet_count", "reposts_count", "转发数", "点赞数",
               "favorite_count", "attitudes_count", "user_id", "in_reply_to_status_id", "发布工具"}
# A repost's mark: the post it passes on, or its id (weibo-crawler).
_REPOST_FIELDS = ("retweeted_status", "retweet_id")
# Beijing's offset from UTC: a Chinese paper's day.
_PAPERS_CLOCK = dt.timezone(dt.timedelta(hours=8))
# X's archive: window.YTD.tweets.part0 = [ … ]; its other files (like, follower, …) are no posts of the account's.
ARCHIVE_PART = re.compile(r"^\s*window\.YTD\.(?P<kind>[\w-]+)\.part\d+\s*=\s*")


def is_post(record: dict) -> bool:
    """A platform's record of a post: its text, its time and a field of the platform's own."""
    keys = set(map(str, record))
    return bool(keys & set(_TEXT_FIELDS)) and bool(keys & set(_TIME_FIELDS)) and bool(keys & _POST_MARKS)


def unwrapped(record: object) -> object:
    """{"tweet": {…}}, {"ok": 1, "data": {…}}: an archive's post, out of the one field it is filed
    under, or the platform's answer that carried it."""
    if not isinstance(record, dict):
        return record
    if len(record) == 1 and isinstance(inner := next(iter(record.values())), dict) and is_post(inner):
        return inner
    if isinstance(inner := record.get("data"), dict) and is_post(inner) \
            and all(not isinstance(v, (dict, list)) for k, v in record.items() if k != "data"):
        return inner
    return record


def is_posts_header(row: list[str]) -> bool:
    """A crawler's table of posts: a column of their text and one of their time (微博正文, 发布时间)."""
    return is_post({cell.strip().lstrip("\ufeff"): "" for cell in row})


def threads_joined(records: list) -> list:
    """A file's records, each post out of the field it is filed under and a thread's replies to its
    own first post (（2/4）…) joined to it in the order they went out, a reply's place None."""
    posts = [unwrapped(r) for r in records]
    ids = {_id(p): k for k, p in enumerate(posts) if isinstance(p, dict) and is_post(p) and _id(p)}
    replies = sorted((k for k in ids.values() if _replied(posts[k]) in ids),
                     key=lambda k: int(_id(posts[k])) if _id(posts[k]).isdigit() else -k)
    joined = list(posts)
    for k in replies:
        first, seen = k, {k}
        while _replied(posts[first]) in ids and ids[_replied(posts[first])] not in seen:  # (a loop of replies: broken)
            first = ids[_replied(posts[first])]
            seen.add(first)
        if first == k or joined[first] is None:
            continue
        field = next(f for f in _TEXT_FIELDS if joined[first].get(f))
        joined[first] = {**joined[first], field: f"{joined[first][field]}\n{_text(posts[k])}"}
        joined[k] = None
    return joined


def _id(post: dict) -> str:
    return str(post.get("id_str") or post.get("idstr") or post.get("id") or "")


def _replied(post: dict) -> str:
    return str(post.get("in_reply_to_status_id_str") or post.get("in_reply_to_status_id") or "")


def why_not_the_papers(record: dict) -> str | None:
    """Why a post is none of the paper's articles (a repost, a reply to someone else, a few words
    under no headline: 分享图片, a good-night), or None."""
    if any(record.get(field) not in (None, "", "None", 0) for field in _REPOST_FIELDS) or str(_text(record)).startswith("RT @") \
            or str(record.get("是否原创", "")).strip().lower() in ("false", "0", "否"):  # (weibo-crawler's mark of a repost)
        return "a repost of another's post"
    if _replied(record) not in ("", "None"):
        return "a reply to another's post"
    text = post_text(str(_text(record)))
    if len(text) < _FEW_WORDS and rules.post_parts(text, posted=True) is None and not _LONG_POST.match(text):
        return "a post of a few words under no headline"
    return None


# A post shorter than this with no headline (分享图片, 晚安, 扩散周知) carries no article: a paper's
# shortest brief runs longer.
_FEW_WORDS = 60
# 发布了头条文章：《城南堤上的72小时》 and its lead: a post pointing to the account's long article.
_LONG_POST = re.compile(r"\A发布了头条文章[:：]\s*《(?P<title>[^》\n]{2,60})》\s*(?P<lead>.*)", re.S)


def post_fields(record: dict) -> dict:
    """The record of the article a post carries: its text, its day and its link."""
    long = record.get("longText")
    text = long.get("longTextContent") if isinstance(long, dict) and long.get("longTextContent") else _text(record)
    body = post_text(str(text or ""))
    fields = {"body": body, "date": posted_day(str(next((record[f] for f in _TIME_FIELDS if record.get(f)), "")))}
    if parts := rules.post_parts(body, posted=True):
        fields["title"], fields["body"] = parts
    elif long_post := _LONG_POST.match(body):
        fields["title"], fields["body"] = long_post["title"], long_post["lead"].strip()
    links = [u.get("expanded_url") for u in (record.get("entities") or {}).get("urls", []) if isinstance(u, dict)]
    if links and links[0]:
        fields["url"] = links[0]
    elif record.get("头条文章url"):
        fields["url"] = record["头条文章url"]
    return fields


def _text(record: dict) -> object:
    return next((record[f] for f in _TEXT_FIELDS if record.get(f)), "")


def post_text(text: str) -> str:
    """A post's words as the paper wrote them: without its markup, its short links (t.cn, t.co,
    网页链接) and its trailing #topics#, a line a paragraph."""
    text = html.unescape(re.sub(r"<[^>]+>", "", re.sub(r"<br\s*/?>", "\n", text, flags=re.I)))
    text = re.sub(r"\s*(?:https?://t\.(?:cn|co)/\w*|https?://\s*$|网页链接|[OΟ]网页链接)", "", text, flags=re.M)
    # （2/4）: a thread's count, opening a post or after its title
    text = re.sub(r"(?:^|(?<=】))[ \t]*[（(]\d{1,2}/\d{1,2}[）)][ \t]*", "", text.replace("\u200b", ""), flags=re.M)
    lines = [re.sub(r"^(?:#[^#\s]{1,30}#\s*)+|(?:\s*#[^#\s]{1,30}#|\s+#\w+)+\s*$", "", line).strip() for line in text.split("\n")]
    return "\n".join(lines).strip()


def posted_day(time: str) -> str:
    """The day a post went out on the paper's clock: Wed Mar 31 18:05:22 +0800 2021 → 2021-03-31,
    Thu Oct 20 23:45:00 +0000 2022 → 2022-10-21; a time as a crawler writes it (2023-06-15
    17:00:00) as it is, read as any record's date is."""
    try:
        return dt.datetime.strptime(time.strip(), "%a %b %d %H:%M:%S %z %Y").astimezone(_PAPERS_CLOCK).date().isoformat()
    except ValueError:
        return time.strip()


# A backup tool's text of posts (weiboSpider's 微博内容, a browser extension's 微博备份导出): each post's
# text beside its labelled lines (发布时间: 2021-08-05 20:46, 发布工具, 点赞数: 356 转发数: 41), under a
# head of the account's (用户信息, 导出时间); a repost's text under 原始用户 and 转发内容.
_DUMP_LINE = re.compile(r"^\ufeff?\s*(?:(?P<label>微博位置|发布时间|发布工具|发布来源|微博链接|原始用户|转发理由|转发内容|导出时间"
                        r"|用户昵称|用户id|用户ID|微博数|关注数|粉丝数|账号)\s*[:：]\s*(?P<value>.*)"
                        r"|(?:\s*(?:点赞数|转发数|评论数|转发|评论|赞)\s*[:：]?\s*\d+\s*\|?)+\s*"
                        r"|用户信息|微博内容\s*[:：]?\s*|[-=—]{6,}|微博备份导出.{0,20})$")
_PLACE_LABELS = {"发布工具", "发布来源", "微博位置", "微博链接"}


def posts_of_a_dump(text: str) -> list[tuple[dict, int]] | None:
    """Each post of a backup tool's text of an account's posts, as the record of a post at its first
    line, its time read against the time of the export; None for any other text."""
    if "发布时间" not in text:
        return None  # (every text file is asked: most are answered without reading them line by line)
    lines = text.split("\n")
    marks = [_DUMP_LINE.match(line) for line in lines]
    if "发布时间" not in (labels := {m["label"] for m in marks if m and m["label"]}) or not labels & _PLACE_LABELS:
        return None
    runs: list[tuple[int, list[str], dict | None]] = []  # (its first line, its lines, its labels or None for a post's text)
    for k, (line, mark) in enumerate(zip(lines, marks)):
        if runs and (not line.strip() or (runs[-1][2] is None) == (mark is None)
                     and (mark is None or runs[-1][1][-1].strip())):  # (a blank line parts two posts' labels)
            runs[-1][1].append(line)
        elif line.strip():
            runs.append((k + 1, [line], None if mark is None else {}))
        else:
            continue
        if mark is not None and mark["label"] and runs[-1][2] is not None:
            runs[-1][2][mark["label"]] = mark["value"].strip()
    exported = next((f["导出时间"] for _, _, f in runs if f and f.get("导出时间")), None)
    timed = [k for k, (_, _, f) in enumerate(runs) if f and f.get("发布时间")]
    texts = [k for k, (_, _, f) in enumerate(runs) if f is None]
    leads = bool(timed and texts) and timed[0] < texts[0]  # (an export's labels over its post, the spider's under it)
    posts = []
    for k in timed:
        labelled = runs[k][2]
        beside = k + 1 if leads else k - 1
        told = 0 <= beside < len(runs) and runs[beside][2] is None and not labelled.get("转发内容")
        first, body = (runs[beside][0], "\n".join(runs[beside][1]).strip()) if told else (runs[k][0], labelled.get("转发内容", ""))
        record = {"正文": body, "发布时间": _as_of(labelled["发布时间"], exported),
                  "发布工具": labelled.get("发布工具") or labelled.get("发布来源", "")}
        if labelled.get("原始用户"):
            record["retweet_id"] = labelled["原始用户"]  # (a repost's, its account's name for the post's id)
        posts.append((record, first))
    return posts


def _as_of(time: str, exported: str | None) -> str:
    """A post's time as the platform showed it (7月25日 11:05, 14小时前, 昨天 08:10), read against the
    time it was exported (2021-07-27 08:40:16): its full date and time."""
    try:
        now = dt.datetime.strptime(exported.strip()[:16], "%Y-%m-%d %H:%M") if exported else None
    except ValueError:
        now = None
    if now is None:
        return time
    if m := re.fullmatch(r"(\d{1,2})月(\d{1,2})日\s*(\d{1,2}):(\d{2})", time):
        when = now.replace(month=int(m[1]), day=int(m[2]), hour=int(m[3]), minute=int(m[4]))
        return f"{(when.replace(year=now.year - 1) if when > now else when):%Y-%m-%d %H:%M}"  # (posted last year)
    if m := re.fullmatch(r"(\d{1,2})\s*(小时|分钟|秒)前", time):
        unit = {"小时": "hours", "分钟": "minutes", "秒": "seconds"}[m[2]]
        return f"{now - dt.timedelta(**{unit: int(m[1])}):%Y-%m-%d %H:%M}"
    if m := re.fullmatch(r"(今天|昨天|前天)\s*(\d{1,2}):(\d{2})", time):
        when = now - dt.timedelta(days=("今天", "昨天", "前天").index(m[1]))
        return f"{when.replace(hour=int(m[2]), minute=int(m[3])):%Y-%m-%d %H:%M}"
    return time
