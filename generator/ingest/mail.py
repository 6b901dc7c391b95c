"""A newsletter's message saved as a text file (From:, Subject:, Date: over the article), or one of a
mail client's folder (a mailbox): read by the standard library's email parser, its subject the title
it sends, its date the issue's; a forward is the message it forwards."""
from __future__ import annotations

import base64
import datetime as dt
import email
import email.policy
from email import errors
import email.utils
import re
from dataclasses import dataclass
from typing import Callable

from ..model import IssueDate
from .decode import Undecodable, decode_source
from .documents import document_text, word97_text
from .markup import paragraphs_of
from .rules import printed_date

# The message's own head: its first lines are headers, From: and Subject: among them.
_HEADER = re.compile(r"^[A-Za-z][A-Za-z0-9-]{1,40}:")
# 【江城日报】五一假期“露营热”带火城郊乡村: the sender's paper in brackets before the title.
_PAPER_FIRST = re.compile(r"^[【\[](?P<paper>[^】\]]{2,12})[】\]]\s*(?P<title>.+)$")
_KIND_OF_COPY = re.compile(r"通稿|投稿|来稿|供稿|转发|转载|原创|独家|快讯|重要|紧急|急|稿件|新闻稿")
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
    if part is not None and part.get_content_subtype() == "plain" and _points_to_its_html(_content(part)):
        part = message.get_body(("html",)) or part  # 您的邮件客户端不支持HTML格式，请点击…: the issue is its HTML part
    subject = str(message.get("subject", "")).strip()
    if part is None:  # pictures alone: a message, but no text of an article
        return Mail("", subject, None, _sent(message.get("date")))
    if part.get("content-transfer-encoding", "8bit").lower() in ("7bit", "8bit", "binary"):
        part.set_param("charset", "utf-8")  # its text was decoded already, and is UTF-8 again above
    elif part.get_content_charset() in ("gb2312", "gbk", "x-gbk", "cp936"):
        part.set_param("charset", "gb18030")  # a client's "GB2312" is GBK's characters at the least (喆, ·)
    body = _content(part)
    if part.get_content_subtype() == "html":
        body = "\n".join(paragraphs_of(body))
    if len(re.sub(r"\s", "", body)) <= 200 and (attached := _attached_text(message)):
        body = attached  # 请查收附件: the article sent as a text or a Word document, the message only its cover
    lines = body.replace("\r\n", "\n").split("\n")
    end = next((k for k, line in enumerate(lines) if _SIGNATURE.match(line)), len(lines))
    if (forwarded := forwarded_message(lines[:end])) is not None:
        subject, lines = forwarded  # what the sender forwards: the message under its own heads, not the cover note
        end = len(lines)
    paper = None
    if m := _PAPER_FIRST.match(subject):  # (【通稿】, 【投稿】: what the copy is, no paper)
        paper, subject = None if _KIND_OF_COPY.fullmatch(m["paper"]) else m["paper"], m["title"].strip()
    return Mail("\n".join(lines[:end]), subject, paper, _sent(message.get("date")))


# A forwarded message's heads as a client prints them in the body, in Chinese or in English (发件人： 马建平 /
# 发送时间： … / 主题： …, From: … / Sent: … / Subject: …).
_HEADS = sorted(_CHINESE_HEADERS.keys() | set(_CHINESE_HEADERS.values()) | {"Sent"}, key=lambda head: (-len(head), head))
_FORWARD_HEAD = re.compile(rf"^\s*(?:{'|'.join(_HEADS)})\s*[:：]", re.I)
_FORWARD_SUBJECT = re.compile(rf"^\s*(?:{'|'.join(h for h in _HEADS if _CHINESE_HEADERS.get(h, h) == 'Subject')})"
                              r"\s*[:：]\s*(?P<subject>.*)$", re.I)
# What a phone adds under what it sends: 发自我的iPhone, Sent from my iPhone.
_SENT_FROM = re.compile(r"^\s*(?:发自我的|來自我的|Sent from my )\S{1,20}\s*$", re.I)


def forwarded_message(lines: list[str]) -> tuple[str, list[str]] | None:
    """The innermost message a forward holds, under the heads the client printed over it (发件人 …
    主题 …): its subject and its lines, the forwarder's note and signature above it and the phone's
    line under it none of it; or None for a message that forwards none."""
    heads = [k for k, line in enumerate(lines) if _FORWARD_SUBJECT.match(line)
             and sum(bool(_FORWARD_HEAD.match(lines[j])) for j in range(max(0, k - 4), min(len(lines), k + 4))) >= 2]
    if not heads:
        return None
    k = heads[-1]
    while k + 1 < len(lines) and _FORWARD_HEAD.match(lines[k + 1]):
        k += 1
    body = lines[k + 1:]
    while body and (not body[-1].strip() or _SENT_FROM.match(body[-1])):
        body.pop()
    return _FORWARD_SUBJECT.match(lines[heads[-1]])["subject"].strip(), [""] * (k + 1) + body


def forwarded_on_top(lines: list[str]) -> list[str] | None:
    """A text file opening with a forward's heads (---------- Forwarded message --------- / 发件人：… /
    Subject: …, as a mail client prints them over what it forwards): its lines without them, their
    places blank; None for any other file."""
    top = next((k for k, line in enumerate(lines) if line.strip()), None)
    # (Subject: … / Date: … first with no such line: a page's own heads, as a browser saves it, no forward)
    if top is None or not re.match(r"^-{3,}\s*(?:Forwarded message|Original Message|转发的邮件|原始邮件)\s*-{3,}\s*$",
                                   lines[top].strip(), re.I):
        return None
    forwarded = forwarded_message(lines)
    return forwarded[1] if forwarded is not None and not any(line.strip() for line in forwarded[1][:top + 1]) else None


# A mailbox file (Thunderbird's folders, saved with no suffix; an .mbox): its messages one after another,
# each opened by its envelope line (From - Mon Mar 11 22:30:05 2019, From news@qlcb.cn Wed Mar 13 …).
MAILBOX_SUFFIXES = ("", ".mbox")
_ENVELOPE = re.compile(r"^From \S+ +(?:\w{3} +\w{3} +\d{1,2} +\d{1,2}:\d{2}|.*\d{4}\s*$)")


def is_mailbox(head: str) -> bool:
    """A file opening as a mailbox does: its first message's envelope line."""
    return bool(_ENVELOPE.match(head.split("\n", 1)[0]))


def mailbox_text(data: bytes, decode: Callable[[bytes], str]) -> str:
    """A mailbox's text, each message decoded apart: a mail client keeps each as it came, one's
    8-bit text in GBK beside another's in UTF-8."""
    return "".join(decode(message) for message in re.split(rb"(?:(?<=\n\n)|(?<=\r\n\r\n))(?=From )", data))


def mailbox_messages(text: str) -> list[tuple[int, str]] | None:
    """A mailbox's messages, each with the line its headers open on, their envelope lines (and the
    > a mailbox quotes a body's own From lines with) taken off; None for a file that is no mailbox."""
    lines = text.split("\n")
    starts = [k for k, line in enumerate(lines) if _ENVELOPE.match(line) and (k == 0 or not lines[k - 1].strip())]
    if not starts or starts[0] != 0:
        return None
    return [(start + 2, "\n".join(re.sub(r"^>(>*From )", r"\1", line) for line in lines[start + 1:end]))
            for start, end in zip(starts, starts[1:] + [len(lines)])]


def message_cut_short(message: str) -> bool:
    """Whether a message stops inside itself: a part's base64 cut mid-group, or its parts' closing
    boundary missing (a mailbox copied while the client was writing it)."""
    parsed = email.message_from_bytes(message.lstrip("\n").encode("utf-8"), policy=email.policy.default)
    return any(isinstance(defect, _CUT_SHORT) for part in parsed.walk() for defect in part.defects + _payload_defects(part))


# A base64 part cut mid-group; a message's parts with no closing boundary.
_BASE64_CUT = (errors.InvalidBase64LengthDefect, errors.InvalidBase64PaddingDefect)
_CUT_SHORT = _BASE64_CUT + (errors.CloseBoundaryNotFoundDefect,)


def _payload_defects(part: email.message.Message) -> list:
    """The defects decoding a part's payload finds (its base64 cut short), which parsing it does not."""
    if part.is_multipart():
        return []
    part.get_payload(decode=True)
    return list(part.defects)


def _content(part: email.message.EmailMessage) -> str:
    """A part's text; of one cut short in its base64 (a mailbox copied before the client finished
    writing it), the text its whole groups of four give."""
    try:
        text = part.get_content()
    except (LookupError, ValueError):  # a charset Python does not know, a payload cut short
        text = None
    cut = any(isinstance(defect, _BASE64_CUT) for defect in part.defects)
    if text is not None and not cut:
        return text
    payload = part.get_payload()
    if str(part.get("content-transfer-encoding", "")).lower() != "base64":
        return payload
    data = re.sub(r"\s", "", payload)
    try:
        return base64.b64decode(data[:len(data) // 4 * 4]).decode(part.get_content_charset() or "utf-8", errors="ignore")
    except (LookupError, ValueError):
        return ""


def _attached_text(message: email.message.EmailMessage) -> str | None:
    """The text of the first document a message carries (稿件.txt, 访谈.docx, 来稿.doc), or None."""
    for part in message.iter_attachments():
        suffix = "." + str(part.get_filename() or "").rpartition(".")[2].lower()
        try:
            data = part.get_payload(decode=True) or b""
            text = decode_source(data) if suffix == ".txt" else document_text(data, suffix) if suffix in (".docx", ".rtf") \
                else word97_text(data) if suffix == ".doc" else None
        except (Undecodable, UnicodeDecodeError, ValueError):
            continue
        if text and text.strip():
            return text
    return None


# A newsletter's plain part for clients that show no HTML: a sentence and the issue's address.
_HTML_ELSEWHERE = re.compile(r"不支持\s*HTML|无法(?:正常)?显示|(?:view|read) (?:this|it) (?:e-?mail|message|online|in your browser)", re.I)


def _points_to_its_html(text: str) -> bool:
    return len(text.strip()) <= 300 and bool(_HTML_ELSEWHERE.search(text))


def _english_headers(head: str) -> str:
    """A message's head with a Chinese client's header names as a mail parser reads them."""
    return _CHINESE_HEADER.sub(lambda m: f"{_CHINESE_HEADERS[m[1]]}: ", head)


def issue_day(body: str) -> IssueDate:
    """The issue a newsletter's message sends, as its first line names it (青岚晨报早读｜2019年3月12日
    星期二): the day of print, whatever day and zone the message was sent in."""
    first = next((line.strip() for line in body.split("\n") if line.strip()), "")
    for part in re.split(r"\s*[｜|]\s*", first)[:3]:
        if len(part) <= 30 and (day := printed_date(part)):
            try:
                return IssueDate(dt.date(*day), "day", "printed", (first,))
            except ValueError:
                break
    return IssueDate()


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
