"""A newsletter's message saved as a text file (From:, Subject:, Date: over the article): read by
the standard library's email parser, its subject the title it sends, its date the issue's."""
from __future__ import annotations

import datetime as dt
import email
import email.policy
import email.utils
import re
from dataclasses import dataclass

from ..model import IssueDate
from .markup import paragraphs_of
from .rules import printed_date

# The message's own head: its first lines are headers, From: and Subject: among them.
_HEADER = re.compile(r"^[A-Za-z][A-Za-z0-9-]{1,40}:")
# 【江城日报】五一假期“露营热”带火城郊乡村: the sender's paper in brackets before the title.
_PAPER_FIRST = re.compile(r"^[【\[](?P<paper>[^】\]]{2,12})[】\]]\s*(?P<title>.+)$")
# A signature under the text, set off by "-- " (RFC 3676), or a mailing list's footer.
_SIGNATURE = re.compile(r"^--\s*$")


@dataclass(frozen=True)
class Mail:
    """What a saved message gives: its text, the title its subject sends, the paper before that
    title, the day it was sent."""

    body: str
    subject: str
    paper: str | None
    sent: IssueDate


# The headers a Chinese mail client prints over a message it saves or forwards (发件人: …, 主题: …).
_CHINESE_HEADERS = {"发件人": "From", "寄件者": "From", "收件人": "To", "收件者": "To", "抄送": "Cc", "主题": "Subject",
                    "主旨": "Subject", "发送时间": "Date", "日期": "Date", "时间": "Date"}
_CHINESE_HEADER = re.compile(rf"^({'|'.join(_CHINESE_HEADERS)})\s*[:：]\s*", re.M)


def saved_mail(text: str) -> Mail | None:
    """The message a text file holds, or None if it does not open with a message's headers."""
    head = text.lstrip("\ufeff").split("\n\n", 1)[0]
    if _CHINESE_HEADER.match(head) and (named := _english_headers(head)) != head:
        text = text.lstrip("\ufeff").replace(head, named, 1)  # 发件人: 乡土周报编辑部 <…> / 主题: …, as Outlook saves them
    head = text.lstrip("\ufeff").split("\n\n", 1)[0].splitlines()
    names = {line.split(":", 1)[0].lower() for line in head if _HEADER.match(line)}
    if not head or not _HEADER.match(head[0]) or not {"from", "subject"} <= names:
        return None
    # As bytes: the parser decodes an 8-bit body by its Content-Type's charset only so.
    message = email.message_from_bytes(text.lstrip("\ufeff").encode("utf-8"), policy=email.policy.default)
    # (a message of HTML alone, as Foxmail and Outlook send it, has no plain text: its paragraphs are the text)
    part = message.get_body(("plain", "html"))
    subject = str(message.get("subject", "")).strip()
    if part is None:  # pictures alone: a message, but no text of an article
        return Mail("", subject, None, _sent(message.get("date")))
    if part.get("content-transfer-encoding", "8bit").lower() in ("7bit", "8bit", "binary"):
        part.set_param("charset", "utf-8")  # its text was decoded already, and is UTF-8 again above
    try:
        body = part.get_content()
    except (LookupError, ValueError):  # a charset Python does not know, a payload cut short
        body = part.get_payload()
    if part.get_content_subtype() == "html":
        body = "\n".join(paragraphs_of(body))
    lines = body.replace("\r\n", "\n").split("\n")
    end = next((k for k, line in enumerate(lines) if _SIGNATURE.match(line)), len(lines))
    paper = None
    if m := _PAPER_FIRST.match(subject):
        paper, subject = m["paper"], m["title"].strip()
    return Mail("\n".join(lines[:end]), subject, paper, _sent(message.get("date")))


def _english_headers(head: str) -> str:
    """A message's head with a Chinese client's header names as a mail parser reads them."""
    return _CHINESE_HEADER.sub(lambda m: f"{_CHINESE_HEADERS[m[1]]}: ", head)


def _sent(value: object) -> IssueDate:
    """The day a message was sent, in its sender's time zone, as written in its Date: header
    (or as a Chinese client writes it: 2021年6月7日 星期一 9:02)."""
    if value and (day := printed_date(str(value))):
        return IssueDate(dt.date(*day), "day", "record", (f"邮件日期 {value}",))
    try:
        when = email.utils.parsedate_to_datetime(str(value)) if value else None
    except (TypeError, ValueError):
        return IssueDate()
    return IssueDate(when.date(), "day", "record", (f"邮件日期 {value}",)) if when else IssueDate()
