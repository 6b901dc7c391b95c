"""A news site's article page saved as text (a browser's "Save as text", a crawler's innerText).

Around the article's heads, credits and text such a file holds what the site prints on every
page: the page's title (标题_第01版：要闻_安吉县融媒体中心), a breadcrumb (当前位置：首页 > 今日安吉 >
第01版：要闻), the page's buttons (【字体：大 中 小】【打印本页】【关闭窗口】) and links to the articles
either side (上一篇：…　下一篇：…). `web_page` takes them off and keeps what they say of the article;
tests/test_webpage.py shows each rule on the lines it exists for.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..hanzi import simplified
from . import rules
from .rules import is_page_buttons
from .articlefile import Header, dated_as_posted, header_block

WEB_PAGE = "one article per file: a news site's page saved as text (its breadcrumb, buttons and links taken off)"

# 当前位置：首页 > 今日安吉 > 第01版：要闻, 您现在的位置: 首页 >> 新闻 >> 正文, 首页 » 本地 » 正文
_CRUMB = r"\s*(?:>>?|»|›|→|/|＞)\s*"
_BREADCRUMB = re.compile(rf"^(?:(?:您?(?:现在)?的?(?:当前|所在)?位置|当前位置)\s*[:：]\s*)?(?:首页|主页|网站首页|Home)(?:{_CRUMB}[^>»›→＞]+)+$",
                         re.I)
# 上一篇：没有了, 下一篇：全县首批“共富公交”线路开通, 上一条：…
_NEIGHBOUR = re.compile(r"^(?:上一篇|下一篇|上一条|下一条|上篇|下篇|前一篇|后一篇)\s*[:：]")
# The page's own title: the article's, then its channel and the site's (_第01版：要闻_安吉县融媒体中心,
# -新华网, | 澎湃新闻): parts a site joins with _ or a spaced - or |.
_TITLE_PARTS = re.compile(r"_|\s+[-|｜]\s+|--")


# 分享到：, over the site's buttons, tags, most-read list and copyright: where the article ends.
_SHARE = re.compile(r"^(?:分享到|分享至|分享|轉發到|转发到|Share(?: this)?)\s*[:：]?$", re.I)


def is_breadcrumb(line: str) -> bool:
    """当前位置：首页 > 今日安吉 > 第01版：要闻: the trail of links from the site's home to the page."""
    return bool(_BREADCRUMB.match(simplified(line.strip())))


def is_neighbour_link(line: str) -> bool:
    """上一篇：没有了, 下一篇：…: a link to the article before or after this one on the site."""
    if line.lstrip()[:1] not in "上下前后":
        return False
    return bool(_NEIGHBOUR.match(simplified(line.strip())))


def title_of_page(line: str) -> str | None:
    """The article's title a page's own title gives (县委常委会召开会议_第01版：要闻_安吉县融媒体中心),
    empty where it starts with its channel's; None for a line that is no such title."""
    parts = _TITLE_PARTS.split(line.strip().lstrip("\ufeff"))
    return parts[0].strip() if len(parts) >= 2 and all(p.strip() for p in parts[1:]) else None


def crumb_page(line: str) -> tuple[tuple[str, str], ...]:
    """The page (版) and its name the breadcrumb's last link gives (… > 第01版：要闻), if it is one."""
    last = re.split(_CRUMB, line.strip())[-1]
    m = re.fullmatch(r"(第?\s*[A-Za-z]?\d{1,3}\s*版)\s*[:：]?\s*(\S*)", last)
    return (("page", m[1]),) + ((("section", m[2]),) if m[2] else ()) if m else ()


# A site's menu (首页 国内 国际 …, 登入 | 注册, 搜索) may stand above its breadcrumb: this many lines.
_TOP = 30


# The words of a digital edition's controls round each article: 上一篇　下一篇, 放大　缩小　默认,
# 【字体：大 中 小】 上一篇 下一篇 返回目录.
_CONTROLS = {"上一篇", "下一篇", "上一版", "下一版", "返回目录", "返回首页", "放大", "缩小", "默认"}
_CLOSING = {"上一篇", "下一篇"}


def is_site_controls(line: str) -> bool:
    """放大　缩小　默认, 上一篇　下一篇, 【字体：大 中 小】 上一篇 下一篇 返回目录: a line of a site's
    controls and links, each a word of its own (上一篇：… names the article it leads to)."""
    rest = re.sub(r"【[^【】]{1,12}】", lambda m: " " if is_page_buttons(m[0]) else m[0], line)
    words = rest.split()
    return (bool(words) or rest != line) and all(w in _CONTROLS for w in words) and (rest != line or len(words) >= 2
                                                                                   or words[0] == "返回目录")


# What a news app adds under each article a reader copies from it: 来自湘江日报客户端, 点击查看原文.
_APP_FOOT = re.compile(r"^(?:来自|來自)\S{2,16}(?:客户端|客戶端|App|APP)$|^(?:点击|點擊)?(?:查看|阅读|閱讀)原文$")


def is_app_foot(line: str) -> bool:
    """来自湘江日报客户端, 点击查看原文: the line an app sets under the article a reader copies."""
    return bool(_APP_FOOT.match(line.strip()))


def _closes_an_article(line: str) -> bool:
    return is_neighbour_link(line) or is_app_foot(line) or is_site_controls(line) and bool(_CLOSING & set(line.split()))


def pasted_pages(lines: list[str]) -> list[str] | None:
    """A digital edition's articles copied one after another into one file (a page's worth), each
    closed by its links to its neighbours (上一篇　下一篇, 上一篇：…) or an app's line under it (来自…客户端,
    点击查看原文): each article's lines, the site's
    controls and links blanked, every line in its place; None unless two articles are closed so.
    The page's list of its articles over the first (本版新闻 / 石桥镇：… / 图片新闻 / …) is blanked too."""
    site = [is_site_controls(line) or is_neighbour_link(line) or is_page_buttons(line.strip())
            or rules.is_posting_fields(line) or is_app_foot(line) for line in lines]
    ends, k, texted = [], 0, False
    while k < len(lines):
        if not site[k]:
            texted = texted or bool(lines[k].strip())
            k += 1
            continue
        run = k
        while k < len(lines) and (site[k] or not lines[k].strip()):
            k += 1
        closing = [j for j in range(run, k) if _closes_an_article(lines[j])]
        if closing and texted:
            ends.append(closing[-1] + 1)
            texted = False
    if len(ends) < 2:
        return None
    bare = ["" if flagged else line for line, flagged in zip(lines, site)]
    bare[:ends[0]] = _contents_blanked(bare[:ends[0]], lines)
    bounds = [0, *ends, len(lines)] if any(line.strip() for line in bare[ends[-1]:]) else [0, *ends[:-1], len(lines)]
    return ["\n".join(bare[a:b]) + "\n" for a, b in zip(bounds, bounds[1:])]


def _contents_blanked(lines: list[str], whole: list[str]) -> list[str]:
    """The lines with the page's list of its articles blanked: in a run of short lines, from the
    first that stands again further down (and its label over it, 本版新闻) to the run's end, half
    of them heads that stand again or more."""
    out, k = list(lines), 0
    while k < len(lines):
        run = k
        while k < len(lines) and 0 < len(lines[k].strip()) <= 40 and not rules.ends_sentence(lines[k].strip()):
            k += 1
        later = {line.strip() for line in whole[k:]}
        again = [j for j in range(run, k) if lines[j].strip() in later]
        if len(again) >= 2:
            start = again[0] - (again[0] > run and len(lines[again[0] - 1].strip()) <= 6)
            if len(again) * 2 >= k - start:
                out[start:k] = [""] * (k - start)
        k = max(k, run + 1)
    return out


@dataclass(frozen=True)
class WebPage:
    lines: tuple[str, ...]  # the file's lines, those of the site's own blanked
    header: Header


def web_page(lines: list[str]) -> WebPage | None:
    """The article of a file that is a news site's page saved as text, or None where the file
    shows no breadcrumb or links to its neighbours, and nothing else of a site's page with it."""
    crumbs = [k for k, line in enumerate(lines[:_TOP]) if is_breadcrumb(line)]
    buttons = [k for k, line in enumerate(lines) if is_page_buttons(line.strip())]
    neighbours = [k for k, line in enumerate(lines) if is_neighbour_link(line)]
    first = next((k for k, line in enumerate(lines) if line.strip()), 0)
    titled = title_of_page(lines[first]) if lines and (crumbs and crumbs[0] == first + 1) else None
    # 分享到： under the article, over the site's buttons, tags, most-read list and copyright
    foot = next((k for k in range(crumbs[0], len(lines)) if _SHARE.match(lines[k].strip())), None) if crumbs else None
    signs = (crumbs, buttons, neighbours, [titled] if titled is not None else [], [foot] if foot is not None else [])
    if not (crumbs or neighbours) or len([m for m in signs if m]) < 2:
        return None
    site = set(crumbs + buttons + neighbours + ([first] if titled is not None else []))
    if crumbs:
        site |= set(range(crumbs[0]))  # the site's menu, logo and login above its breadcrumb
    if foot is not None:
        site |= set(range(foot, len(lines)))
    bare = [("" if k in site else line) for k, line in enumerate(lines)]
    header = header_block(bare) or _headless(bare)
    header = dated_as_posted(bare, header)  # the day the site posted it, not the day it was saved
    header = replace(header, labelled=header.labelled + (crumb_page(lines[crumbs[0]]) if crumbs else ()))
    return WebPage(tuple(bare), titled_as_the_page_says(header, titled or ""))


def _headless(lines: list[str]) -> Header:
    """The header of a page whose article shows no head of its own: its credits, then the text."""
    k, credits = 0, []
    while k < len(lines) and (not lines[k].strip() or rules.parse_credits(lines[k].strip())):
        credits += [lines[k].strip()] if lines[k].strip() else []
        k += 1
    return Header("", "", "", body_start=k, credits=tuple(credits))


def titled_as_the_page_says(header: Header, titled: str) -> Header:
    """Of two heads, the one the page's own title names is the title: the other, above it, its
    kicker, or below it, its subtitle; where the article shows none, the page's title is it."""
    if not titled:
        return header
    if not header.title:
        return replace(header, title=titled)
    heads = rules.heads_titled_by(header.kicker, header.title, header.subtitle, titled)
    return replace(header, **dict(zip(("kicker", "title", "subtitle"), heads))) if heads else header
