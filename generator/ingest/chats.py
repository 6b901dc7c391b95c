"""A chat's export (a WeChat or QQ group's history saved as text or by QQ as a web page, a Telegram export's
result.json): the articles its members forwarded, message by message; their remarks, greetings and
stickers none."""
from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass

from . import rules

# A message's head in a chat saved as text, as WeChat's and QQ's exporters write it:
# 2019-11-05 07:42:18 周建国（语文组）.
_SENT = re.compile(r"^\ufeff?\d{4}-\d{1,2}-\d{1,2} \d{1,2}:\d{2}(?::\d{2})? \S.{0,40}$")
# So many messages, at least, make a file a chat.
CHAT_MESSAGES = 3
# A forwarded article (a brief too) holds at least so many Chinese characters, under a head.
ARTICLE_HAN = 50


@dataclass(frozen=True)
class Message:
    """One message: the line its text opens on in the file and its text's lines."""
    line: int
    lines: tuple[str, ...]


def chat_messages(text: str, suffix: str) -> list[Message] | None:
    """The messages of a chat's export, or None for a file that is none."""
    if suffix == ".json":
        return _telegram_messages(text)
    if suffix in (".mht", ".mhtml", ".html", ".htm"):
        return _telegram_page_messages(text) or _qq_messages(text)
    if suffix != ".txt":
        return None
    lines = text.split("\n")
    heads = [k for k, line in enumerate(lines) if _SENT.match(line.rstrip("\r"))]
    if len(heads) < CHAT_MESSAGES:
        return None
    return [Message(start + 2, tuple(line.rstrip("\r") for line in lines[start + 1:end]))
            for start, end in zip(heads, heads[1:] + [len(lines)])]


def _telegram_messages(text: str) -> list[Message] | None:
    """A Telegram Desktop export: {"messages": [{"type": "message", "text": "…" or ["…", {"type":
    "bold", "text": "…"}, …]}, …]}, each message's text whole."""
    if '"messages"' not in text[:2000]:
        return None
    try:
        data = json.loads(text.lstrip("\ufeff"))
    except json.JSONDecodeError:
        return None
    messages = data.get("messages") if isinstance(data, dict) else None
    if not isinstance(messages, list) or not all(isinstance(m, dict) and "type" in m for m in messages):
        return None
    out = []
    for message in messages:
        if message.get("type") != "message":
            continue  # (a member invited, a group renamed: the service's own)
        parts = message.get("text")
        # (#槟城 over the head: the channel's hashtag, a link to its other posts, no word of the text)
        said = parts if isinstance(parts, str) else "".join(p if isinstance(p, str) else str(p.get("text", ""))
                                                            for p in parts or [] if isinstance(p, str) or p.get("type") != "hashtag")
        line = text.count("\n", 0, max(text.find(f'"id": {message.get("id")},'), 0)) + 1
        out.append(Message(line, tuple(said.split("\n"))))
    return out


# Telegram Desktop's export as web pages (messages.html): each message a <div class="message default">,
# its words in <div class="text">, a line's end <br>, a hashtag a link that shows the channel's others.
_TELEGRAM_MESSAGE = re.compile(r'<div class="message default[^"]*"[^>]*>(?P<message>.*?)(?=<div class="message |\Z)', re.S)
_TELEGRAM_TEXT = re.compile(r'<div class="text">(?P<said>.*?)</div>', re.S)
_TELEGRAM_HASHTAG = re.compile(r'<a [^>]*onclick="return ShowHashtag[^>]*>[^<]*</a>')


def _telegram_page_messages(html_text: str) -> list[Message] | None:
    """A Telegram channel's or chat's history exported as web pages: each message's text, its
    hashtags left out (see _telegram_messages)."""
    if 'class="message default' not in html_text or "<title>Exported Data</title>" not in html_text[:2000]:
        return None
    out = []
    for m in _TELEGRAM_MESSAGE.finditer(html_text):
        if (said := _TELEGRAM_TEXT.search(m["message"])) is None:
            continue  # (a photo alone, a sticker)
        words = re.sub(r"<br\s*/?>", "\n", _TELEGRAM_HASHTAG.sub("", said["said"].strip()), flags=re.I)
        out.append(Message(html_text.count("\n", 0, m.start() + said.start()) + 2,
                           tuple(html.unescape(re.sub(r"<[^>]+>", "", words)).split("\n"))))
    return out


# A channel's line of where it reposts from: 📰 桐溪日报 | 2020.01.24 | 第1版.
_CHANNEL_PRINT = re.compile(r"^\W*(?P<paper>[\u4e00-\u9fff]{2,12})\s*[|｜]\s*(?P<year>\d{4})[.\-/](?P<month>\d{1,2})"
                            r"[.\-/](?P<day>\d{1,2})\s*[|｜]\s*(?P<page>第\s*[A-Z]?\d{1,3}\s*版)(?:\s+\S+)?\s*$")
# A message cut to the app's length, and the one going on with it: （未完，见下条） / （接上条）.
_GOES_ON = re.compile(r"[（(]\s*未完[，,]?\s*(?:见|見)下条\s*[）)]\s*$")
_WENT_ON = re.compile(r"^\s*[（(]\s*接上条\s*[）)]\s*")


# QQ's message manager saves a group's history as a web page, each message under its sender and
# time: <div …><div style=float:left;…>老班长</div>8:15:33</div><div style=padding-left:20px;>…</div>.
_QQ_MESSAGE = re.compile(r"<div[^>]*><div style=float:left[^>]*>[^<]*</div>\s*\d{1,2}:\d{2}(?::\d{2})?\s*</div>"
                         r"\s*<div style=padding-left:20px;?>(?P<said>.*?)</div>\s*</td>", re.S | re.I)


def _qq_messages(html_text: str) -> list[Message] | None:
    """A QQ group's history saved by its message manager (消息记录, 消息对象: …): each message's text,
    its <br> a line's end."""
    if "消息对象" not in html_text[:5000] or not re.search(r"消息(?:记录|記錄)", html_text[:5000]):
        return None
    return [Message(html_text.count("\n", 0, m.start()) + 1,
                    tuple(html.unescape(re.sub(r"<[^>]+>", "", re.sub(r"<br\s*/?>", "\n", m["said"], flags=re.I))).split("\n")))
            for m in _QQ_MESSAGE.finditer(html_text)]


def forwarded_articles(messages: list[Message]) -> list[Message]:
    """The messages that forward an article: long enough to be one, a head over its text; the
    forwarder's remark over it (咱们学校上报纸啦！全文贴过来，大家看看) no part of it; one cut to the
    app's length (…（未完，见下条）) goes on in the next (（接上条）…)."""
    out = []
    for message in _rejoined(messages):
        lines = [_as_printed(line) for line in message.lines]
        filled = [line.strip() for line in lines if line.strip()]
        if sum(len(re.findall(rf"[{rules.HAN}]", line)) for line in lines) < ARTICLE_HAN or len(filled) < 2 \
                or all(rules.ends_sentence(line) or len(line) > 60 for line in filled[:3]):
            continue  # (a member's words, however long: sentences, no head over them)
        blocks = [k for k, line in enumerate(lines) if line.strip() and (k == 0 or not lines[k - 1].strip())]
        if len(blocks) >= 3 and _remark(lines[blocks[0]:blocks[1]], lines[blocks[1]:blocks[2]]):
            lines = [""] * blocks[1] + lines[blocks[1]:]
        out.append(Message(message.line, tuple(lines)))
    return out


def _remark(block: list[str], below: list[str]) -> bool:
    """A forwarder's words over what they forward: a line of their own over the article's heads, a
    stack of them (a title alone never stands over a second stack of heads), or over a head, the
    line closed by a face or its sentence (…谢谢大家鼓励[玫瑰], …了不起👍👍, …有没有人一起去的？)."""
    said = [line.strip() for line in block if line.strip()]
    heads = [line.strip() for line in below if line.strip()]
    if len(said) != 1 or len(said[0]) > 60 or not heads or rules.ends_sentence(heads[0]) or len(heads[0]) > 40:
        return False
    stacked = len(heads) >= 2 and not any(rules.ends_sentence(head) for head in heads) and all(len(h) <= 40 for h in heads)
    spoken = bool(re.search(rf"[^{rules.HAN}“”《》）)\w]$|\]$", said[0])) or "，" in said[0] and rules.ends_sentence(said[0])
    return stacked or spoken


def _rejoined(messages: list[Message]) -> list[Message]:
    out: list[Message] = []
    for message in messages:
        opening = next((line for line in message.lines if line.strip()), "")
        if out and _GOES_ON.search(next((line for line in reversed(out[-1].lines) if line.strip()), "")) \
                and _WENT_ON.match(opening):
            before = [_GOES_ON.sub("", line) for line in out[-1].lines]
            out[-1] = Message(out[-1].line, (*before, *(_WENT_ON.sub("", line) for line in message.lines)))
        else:
            out.append(message)
    return out


# 📰 订阅《南岛日报》电子报: the emoji a channel opens a post's line with, never printed.
_PICTOGRAPHS = re.compile("^[\U0001F000-\U0001FAFF\uFE0F\u200D]+[ \t\u3000]*")


def _as_printed(line: str) -> str:
    """A channel's line of print (📰 桐溪日报 | 2020.01.24 | 第1版) as papers note theirs: 《桐溪日报》2020年1月24日 第1版;
    a line's opening emoji left out."""
    m = _CHANNEL_PRINT.match(line)
    return f"《{m['paper']}》{m['year']}年{int(m['month'])}月{int(m['day'])}日 {m['page']}" if m else _PICTOGRAPHS.sub("", line)
