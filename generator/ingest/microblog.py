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
_TIME_FIELDS = ("created_at", "发布时间")
# What marks a record a post: a platform's own fields beside its text and time.
_POST_MARKS = {"mblogid", "idstr", "id_str", "bid", "isLongText", "retweet_count", "reposts_count", "转发数", "点赞数",
               "favorite_count", "attitudes_count", "user_id", "in_reply_to_status_id"}
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
    """{"tweet": {…}}: an archive's post, out of the one field it is filed under."""
    if isinstance(record, dict) and len(record) == 1 and isinstance(inner := next(iter(record.values())), dict) and is_post(inner):
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
    """Why a post is none of the paper's articles (a repost, a reply to someone else), or None."""
    if any(record.get(field) not in (None, "", "None", 0) for field in _REPOST_FIELDS) or str(_text(record)).startswith("RT @"):
        return "a repost of another's post"
    if _replied(record) not in ("", "None"):
        return "a reply to another's post"
    return None


def post_fields(record: dict) -> dict:
    """The record of the article a post carries: its text, its day and its link."""
    long = record.get("longText")
    text = long.get("longTextContent") if isinstance(long, dict) and long.get("longTextContent") else _text(record)
    body = post_text(str(text or ""))
    fields = {"body": body, "date": posted_day(str(next((record[f] for f in _TIME_FIELDS if record.get(f)), "")))}
    if parts := rules.post_parts(body, posted=True):
        fields["title"], fields["body"] = parts
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
