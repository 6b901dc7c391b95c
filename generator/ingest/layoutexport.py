"""A layout program's own text of its stories: InDesign's Tagged Text (<ParaStyle:主标题>…), QuarkXPress's
XPress Tags (@标题:…) and 方正书版's typesetting codes (〖BT1〗…〖HT〗), as a newsroom's archive of its
pages keeps them.

Each is rewritten as paragraphs after the name of their style, [主题]…, [正文]…, the way `styletags`
reads a layout system's export; the program's codes, its style sheets and its escapes go. A file of
several stories (a page's, a column of briefs) is parted where a head follows text.
"""
from __future__ import annotations

import re

from . import rules

LAYOUT_SUFFIXES = (".xtg", ".fbd")  # XPress Tags; a 方正书版 file

# <UNICODE-WIN>, <ANSI-MAC>: the first line of InDesign's Tagged Text, naming its encoding.
_INDESIGN = re.compile(r"^\ufeff?<(?:UNICODE|ANSI|ASCII)-(?:WIN|MAC)>\s*$")
# <v6.50><e7>: the first line of XPress Tags, the program's version and the text's encoding.
_XPRESS = re.compile(r"^\ufeff?<v\d+(?:\.\d+)*>(?:<e\d+>)?")
# 〖BT1〗, 〖HT5SS〗, 〖KH2〗: a 方正书版 code; 〖BTn〗 opens a head of level n.
_BD_CODE = re.compile(r"〖[^〖〗]*〗")
_BD_HEAD = re.compile(r"〖BT(\d)〗")

# Style names of each part of a story, beyond those `styletags` knows: a column's name, a page's
# contents (导读) and the furniture go; a picture's title and a poem's are titles.
_ROLES = {"主标题": "主题", "大标题": "主题", "图片标题": "主题", "诗题": "主题", "广告标题": "主题", "图题": "主题",
          "副标题": "副题", "作者": "作者", "署名": "作者", "诗作者": "作者", "摄影": "作者", "图片作者": "作者",
          "图片说明": "图说", "图说": "图说", "小标题": "小标题", "引题": "引题", "肩题": "引题", "眉题": "引题",
          "主题": "主题", "标题": "主题", "副题": "副题", "页眉": "眉栏", "眉栏": "眉栏", "报眉": "眉栏"}
_DROPPED = re.compile(r"栏目|栏头|导读|目录|报头|版头")


def layout_text(lines: list[str]) -> list[str] | None:
    """A layout program's tagged text as [style]paragraph lines (each where its paragraph starts),
    or None where the lines are none."""
    top = next((line for line in lines if line.strip()), "")
    if _INDESIGN.match(top):
        return _indesign(lines)
    if _XPRESS.match(top):
        return _xpress(lines)
    if sum(bool(_BD_CODE.search(line)) for line in lines) >= 3 and any(_BD_HEAD.search(line) for line in lines):
        return _founder(lines)
    return None


def _indesign(lines: list[str]) -> list[str]:
    out = []
    for line in lines:
        start = max(line.rfind("<ParaStyle:"), line.rfind("<pstyle:"))
        if start < 0:
            out.append("")
            continue  # the header, its style sheets: none of the text
        style, _, text = line[start:].partition(">")
        out.append(_styled(style.split(":", 1)[1], _indesign_text(text)))
    return out


def _indesign_text(text: str) -> str:
    """A paragraph's text without InDesign's tags: <0x201C> its character, \\< a bracket."""
    text = re.sub(r"<0x([0-9A-Fa-f]{4,5})>", lambda m: chr(int(m[1], 16)), text)
    text = re.sub(r"(?<!\\)<[^<>]*>", "", text)
    return re.sub(r"\\([<>\\])", r"\1", text)


def _xpress(lines: list[str]) -> list[str]:
    out, style = [], None
    for line in lines:
        if _XPRESS.match(line) or re.match(r"^@[^:=\s]+=", line):
            out.append("")  # the version line, a style sheet's definition
            continue
        if (m := re.match(r"^@([^:=<>\s]+):(.*)$", line)):
            style, line = m[1], m[2]
        head = _ROLES.get(style or "") in ("主题", "引题", "副题")  # (<\n>: a break inside a head, none in its words)
        out.append(_styled(style, _xpress_text(line, "" if head else "\u3000")) if style and line.strip() else "")
    return out


def _xpress_text(text: str, broken: str) -> str:
    """A paragraph's text without XPress Tags: <\\#8212> its character, <\\n> (a break within the
    paragraph) `broken`."""
    text = re.sub(r"<\\#(\d+)>", lambda m: chr(int(m[1])) if m[1] not in ("13", "10") else broken, text)
    text = text.replace("<\\n>", broken).replace("<\\@>", "@").replace("<\\<>", "<")
    return re.sub(r"<[^<>]*>", "", text)


def _founder(lines: list[str]) -> list[str]:
    """A 方正书版 page: its heads by level, the top level of a run of heads the title, those over it
    kickers, those under it subtitles; a head set letter by letter a column's name; the rest text."""
    texts = [_BD_CODE.sub("", line.replace("〖CD2〗", "——").replace("〖CD1〗", "—")).strip()
             if "〖XC" not in line else "" for line in lines]  # (〖XC…〗: a picture placed, its file's name)
    spaced = {k for k, text in enumerate(texts) if re.fullmatch(r"\S(?:[ \u3000]+\S){2,}", text)}
    roles: dict[int, str] = {}
    run: list[tuple[int, int]] = []
    titled = None  # the level of the title of the story being read
    for k, line in enumerate([*lines, "end"]):
        head = _BD_HEAD.search(line) if k < len(lines) and k not in spaced else None
        if head:
            run.append((k, int(head[1])))
        elif run and (k == len(lines) or texts[k]):
            top = min(level for _, level in run)
            first = next(j for j, level in run if level == top)
            above = first - 1  # (the text's own line, no column's name, no space (〖KH〗) set over the head)
            if len(run) == 1 and titled is not None and top > titled and texts[above] and above not in spaced \
                    and not _BD_HEAD.search(lines[above]) and "〖KH" not in lines[above]:
                roles[first] = "小标题"  # a lower head set straight under the text, no space over it: a cross-head
            else:
                roles.update((j, "主题" if j == first else "引题" if j < first else "副题") for j, _ in run)
                titled = top
            run = []
    first = min(roles, default=len(lines))
    return [f"[{roles[k]}]{text}" if k in roles else "" if k in spaced or not text
            else f"[眉栏]{text}" if k < first and (rules.is_furniture(text) or rules.is_running_head(text)) else f"[正文]{text}"
            for k, text in enumerate(texts)]


def _styled(style: str, text: str) -> str:
    """A paragraph as [style]text, its style named as `styletags` knows it (正文 for a text's own)."""
    if not text.strip() and style not in _ROLES:
        return ""
    if _DROPPED.search(style):
        return ""
    return f"[{_ROLES.get(style.strip(), '正文')}]{text.strip()}"


def stories(lines: list[str]) -> list[str] | None:
    """The stories of a page's tagged lines, each opening at a head (kicker or title) that follows
    text, its lines in their places; None where the lines hold one story. A file with no title's
    style has its 小标题 (a brief's head) for titles."""
    titled = any(line.startswith("[主题]") for line in lines)
    lines = [line if titled or not line.startswith("[小标题]") else "[主题]" + line[5:] for line in lines]
    starts, texted = [], False
    for k, line in enumerate(lines):
        head = line.startswith(("[主题]", "[引题]"))
        if head and (texted or not starts):
            starts.append(k)
            texted = False
        elif line.startswith(("[正文]", "[图说]", "[作者]")) and starts:
            texted = True
    if len(starts) < 2:
        return None
    starts[0] = 0
    return ["".join(f"{line}\n" for line in lines[start:end]) for start, end in zip(starts, [*starts[1:], len(lines)])]
