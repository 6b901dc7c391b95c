"""One OCR'd newspaper page (.txt) to the articles printed on it.

Three passes, each over plain lists:
  classify  every line by itself and by its neighbours (heading, byline, caption,
            furniture, paragraph …);
  repair    the column breaks: paragraphs cut mid-sentence are joined back, and a
            section the OCR read out of order is moved to the article it continues;
  assemble  the lines into articles: what follows a heading decides whether it is a
            title, a kicker, a subtitle or a section head; on a page of bare headings, so
            does how the text under it runs on from the article above (`_bare_title`).
"""
from __future__ import annotations

import itertools
import math
import os
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Callable, Iterable, Literal, NamedTuple

from ..model import UNTITLED, Article, Caption, Paragraph, Problem, SectionHead
from . import rules
from .captions import photo_of, place_captions
from .cohesion import PageWords
from .punctuation import HAN, fullwidth_punctuation
from .rules import Byline, Lead

Kind = Literal["heading", "subtitle", "byline", "caption", "furniture", "paragraph"]


@dataclass(frozen=True)
class Line:
    kind: Kind
    text: str
    line: int
    gap: int = 0  # blank lines before it
    level: int = 0  # Markdown heading level; 0 for a bare heading
    # How a bare heading's own form says what it is: "column", a title closing with its
    # column's name; "kicker", a kicker leading into the title with a dash; "run-in", a brief's
    # title run into its text.
    form: Literal["", "column", "kicker", "run-in"] = ""
    byline: Byline | None = None
    lead: Lead | None = None
    # Set in from the margin, on a page that indents its paragraphs (see page_indents).
    indented: bool = False
    # A line of verse or a row of a table: text that keeps its own line, never joined on (a
    # heading so marked is a poem's own, over some of its stanzas).
    verse: bool = False
    # A head printed over two lines, joined: a title, as a kicker is one line.
    wrapped: bool = False
    # Centred by spaces further in than the page sets its paragraphs (see _centred), over a line at
    # the margin: the big head.
    centred: bool = False


@dataclass(frozen=True)
class PageText:
    """What a page holds: its articles, its furniture lines and any problems found."""

    articles: tuple[Article, ...]
    furniture: tuple[str, ...]
    problems: tuple[Problem, ...]


# ---------------------------------------------------------------- classify

# (#光盘行动#: a microblog's topic, its marks hard on its words, no heading's)
_MD_HEADING = re.compile(r"^(?!#[^#\s][^#]*[^#\s]#$)(#{1,6})\s*(.+?)\s*#*$")


class RawLine(NamedTuple):
    number: int
    gap: int  # blank lines before it
    text: str  # stripped; white space inside stays as printed (标题　两部分)
    indented: bool = False
    indent: str = ""  # the white space it is set in by, as printed


# A line typed twice over, one under the other, is one line from this long (a verse's refrain, 好！好！, is shorter).
DOUBLED_LINE_CHARS = 8


# What an OCR tool writes into its plain text of its own: the tags it marks bold and italic type with
# (<b>胡同人家（47）</b>, Surya's), its note of a page it left alone (OCRmyPDF's sidecar: [OCR skipped on
# page(s) 1], run into the page's first line).
_TOOL_MARKS = re.compile(r"</?(?:b|i|u|em|strong|sup|sub)>|\[OCR skipped on page\(s\) [\d,\s-]+\]", re.I)


def _raw_lines(text: str) -> list[RawLine]:
    """Every non-blank line, with the blank lines before it and whether it is set in. Where the
    OCR marked a picture it could not read ([图片]), the page holds no text: a blank, as a gap."""
    out, gap = [], 0
    rows = text.split("\n")
    # (a page whose every line the OCR pads with spaces says nothing by a space at a line's end)
    padded = sum(row.rstrip("\r").endswith("\u3000") for row in rows) * 10 > len(rows)
    for number, raw in enumerate(rows, 1):
        raw = _TOOL_MARKS.sub("", raw)
        stripped = raw.strip()
        if not padded and raw[:1] in ("\u3000", " ") and raw.rstrip("\r").endswith("\u3000") \
                and not re.search(r"[，。；：！？、]", stripped):
            stripped += "\u3000"  # 　　某汽车营开展安全行车百日竞赛　/ 竞赛中，…: a brief's head, its text after the space

        # a rule drawn across the page (──────, ======) sets apart as a blank line does
        if not stripped or rules.is_picture_mark(stripped) or re.fullmatch(r"[─━—=＝\-－_~～*·]{6,}", stripped):
            gap += 1
            continue
        if rules.is_keepers_mark(stripped):
            continue  # [录入者注]…: the typist's, set over the page or under it; none of the page's lines or gaps
        if out and not gap and fullwidth_punctuation(stripped) == out[-1].text and len(stripped) >= DOUBLED_LINE_CHARS \
                and not rules.ends_sentence(stripped):
            continue  # 县化肥厂扩建工程竣工投产 twice over: the typist's slip, one head
        indent = raw[:len(raw) - len(raw.lstrip())]
        # (a page OCR'd with half-width marks (逾五百入出席,場面熱閙。) is judged as one with full-width)
        out.append(RawLine(number, gap if out else 0, fullwidth_punctuation(stripped), raw[:1] in ("\u3000", " ", "\t"), indent))
        gap = 0
    out = _cut_marks_rejoined(out)
    # A page OCR'd line by line at its column's width, a blank line after every line, says nothing
    # by one: only a second sets apart. (A page of whole paragraphs so set keeps its heads apart.)
    if len(out) >= SPACED_LINES and sum(r.gap > 0 for r in out[1:]) >= SPACED_SHARE * (len(out) - 1) \
            and column_width(out) is not None:
        out = [r._replace(gap=max(0, r.gap - 1)) for r in out]
    return out


def columns_unrolled(text: str) -> str:
    """A page whose two columns the OCR kept side by side, as a layout-keeping export does (南灣湖畔新建
    休憩區　…　社團動態, the right column starting at one place on most lines): the left column, then
    the right one under it (its lines numbered on from the page's last)."""
    lines = text.split("\n")
    cuts = [_column_cut(line) for line in lines]
    starts = Counter(c for c in cuts if c is not None)
    if not starts:
        return text
    start, held = starts.most_common(1)[0]
    held += starts[start - 1] + starts[start + 1]
    filled = sum(bool(line.strip()) for line in lines)
    if held < SIDE_BY_SIDE_LINES or held < SIDE_BY_SIDE_SHARE * filled:
        return text
    left, right = [], []
    for line in lines:
        at = _char_at_column(line, start - 1, start + 1)
        left.append(line[:at].rstrip().rstrip("|").rstrip() if at is not None else line)
        right.append(line[at:].rstrip() if at is not None else "")
    return "\n".join(left + [""] + right)


# A page is read as two columns side by side where this many of its lines, and this share, part at one place.
SIDE_BY_SIDE_LINES = 8
SIDE_BY_SIDE_SHARE = 0.5


def _column_cut(line: str) -> int | None:
    """Where a line's second column starts, as a terminal shows it (a Chinese character two
    columns wide): after a run of three spaces or more, with words before it or blank up to it; a
    rule drawn between them (|) is the gutter's, and the right column's indent (　　) its own."""
    m = re.search(r"(?<=[^ ]) {3,}(?:\| ?)?(?=[^ |])|^ {12,}(?:\| ?)?(?=[^ |])", line)
    return _width(line[:m.end()]) if m else None


def _char_at_column(line: str, low: int, high: int) -> int | None:
    """The index of the line's first character drawn between columns low and high, after spaces."""
    width = 0
    for k, char in enumerate(line):
        if low <= width <= high and char != " " and (k == 0 or line[k - 1] == " "):
            return k
        width += _width(char)
    return None


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


# How many of a page's lines, and what share of them, a blank line follows where that is the OCR's habit.
SPACED_LINES = 12
SPACED_SHARE = 0.9


# A sentence this long, finished, is a paragraph on any page.
PARAGRAPH_CHARS = 24


def page_indents(raw: list[RawLine]) -> bool:
    """Whether the page sets its paragraphs in from the margin (　　…), nearly all of them: there
    a line set in is text of an article, never its title."""
    set_in = [r.indented for r in raw if len(r.text) > PARAGRAPH_CHARS and rules.ends_sentence(r.text)]
    return len(set_in) >= 3 and sum(set_in) >= 0.9 * len(set_in)


def _sets_heads_in(lines: list[Line], raw: list[RawLine]) -> bool:
    """Whether the page sets nearly all its heads in as far as its text (　　河口区建成小型水电站):
    there a line set in tells nothing of what it is."""
    # (人民电影院：山村新歌, a bill's rows at the margin, are no heads)
    set_in = {r.number: r.indented for r in raw}
    heads = [set_in[line.line] for line in lines if line.kind == "heading" and not re.search(r"[：:]", line.text)]
    return len(heads) >= 5 and sum(heads) >= 0.8 * len(heads)


def classify(text: str) -> list[Line]:
    """Give every non-blank line of a page its kind, judged on the line, its gap and its neighbours."""
    # (【】 alone: a layout system's slot for a kicker, left empty, prints nothing)
    text = re.sub(r"(?m)^[ \t\u3000]*[【〔［]\s*[】〕］][ \t\u3000]*$", "", text)
    raw = _schedules_joined(_broken_dates_joined(_parted_where_columns_met(_credit_ends_joined(_vertical_labels_joined(
        _dashes_read_as_ones(_heads_side_by_side(_bullets_lost_to_marks(_ocr_gaps_closed(_raw_lines(columns_unrolled(text)))))))))))
    joined = _wraps_joined(raw)
    lines = classify_lines(runs_joined(joined, run_widths(raw)) if joined is not raw else hard_wraps_joined(raw))
    headed = tables_headed(_run_in_heads_parted(lines, _filling_heads(raw)))
    return decks_run_on(decks_parted(heads_unslashed(chronology_rows(headed))))


# 19:38 焦点访谈, 7:00 alone over its programme, 19:3O as the OCR reads it: a listing's time.
_CLOCK = re.compile(r"^[012]?\d[:：][0-5OoＯ][\dOoＯl](?:\s|$)")
# 夏夜来信　10:15　12:40　15:05: a film (a train, a ferry) and its times.
_SHOWINGS = re.compile(r"[^\s。！？，][^。！？，]{0,30}?(?P<times>(?:[ \u3000]+[012]?\d[:：][0-5]\d)+)")


# 今日影讯, 星光影城本周影讯, 电视节目预告, 列车时刻表: the head of a listing, over its rows.
_LISTING_HEAD = re.compile(r"(?:影讯|影讯预告|节目预告|节目表|时刻表|放映表)\s*$")


def _shown_at(text: str) -> int:
    """How many times a listing's row gives (夏夜来信　10:15　12:40 → 2), or 0 for any other line."""
    m = _SHOWINGS.fullmatch(text.strip())
    return len(re.findall(r"\d[:：]\d", m["times"])) if m else 0


def _schedules_joined(raw: list[RawLine]) -> list[RawLine]:
    """A programme listing or a timetable (中央一台 / 7:00 / 东方时空 / 8:10 / …, or 19:38 焦点访谈 a line),
    or a cinema's show times (南州万达影城 / 夏夜来信　10:15　12:40　15:05): a run of three times or
    more, each over its programme or with it, a channel's or a cinema's name over them, is one line
    of the box, none of its lines a head."""
    def timed(text: str) -> bool:
        return bool(_CLOCK.match(text)) and len(text) <= 30 or _shown_at(text) >= 2

    def short(k: int) -> bool:
        return 0 <= k < len(raw) and len(raw[k].text) <= 24 and not re.search(r"[。！？]", raw[k].text)

    def listed(k: int) -> bool:
        text = raw[k].text
        if timed(text):
            return True
        after_row = k > 0 and timed(raw[k - 1].text)
        if after_row and _shown_at(text) == 1:
            return True  # 云端之恋　18:40: the last film's one showing
        # (星光影城本周影讯 over its rows: the box's head, no cinema's name)
        return short(k) and (k + 1 < len(raw) and timed(raw[k + 1].text) and not _LISTING_HEAD.search(text)
                             or k > 0 and bool(_CLOCK.fullmatch(raw[k - 1].text.strip() + " "))  # a programme under its time
                             # 星期二全天半价, 订票电话：8555 6688 between the rows: the listing's notes, the next cinema under them
                             or after_row and short(k + 1) and k + 2 < len(raw) and timed(raw[k + 2].text))
    out: list[RawLine] = []
    k = 0
    while k < len(raw):
        end = k
        while end < len(raw) and listed(end):
            end += 1
        if sum(timed(r.text) for r in raw[k:end]) >= 3:
            out.append(raw[k]._replace(text=" ".join(r.text for r in raw[k:end]), indented=False, indent=""))
            k = end
        else:
            out.append(raw[k])
            k += 1
    return out


# How an OCR reads a deck's dash (——): two 一, one dash (—专家解答…, as a phone's text recognition
# gives it), a dash of another code (―, －) or two hyphens.
# (︱︱, the dash as a vertical page sets it, read so by an OCR of vertical type)
_MISREAD_DASH = re.compile(rf"^(?:一\s?一|︱︱?|[—―－](?![—―－])|--?)\s?(?=[{HAN}“《「])")


# A space an OCR (Tesseract's) left between two characters of a line of text (and one beside a figure there).
_HAN_GAP = re.compile(rf"(?<=[{HAN}，、；：。“”]) (?=[{HAN}，、；：。“”])")
_TEXT_GAP = re.compile(rf"(?<=[{HAN}，、；：。“”（）()0-9%]) (?=[{HAN}，、；：。“”（）()0-9%])")
# A page OCR'd so has this many such lines at least: a line or two so are a head's or a name's spacing.
GAPPED_LINES = 3


def _ocr_gaps_closed(raw: list[RawLine]) -> list[RawLine]:
    """国 家邮政 局有关 负 责 人 介 / 聚 应对 全 球 挑 战 的 合力。: lines of text an OCR spaced unevenly
    between their characters, on a page it did so on three lines or more, closed up; a head set letter
    by letter, a couplet's two halves or a name spaced (严 琳) keeps its spaces, having few or even ones."""
    def gapped(text: str) -> bool:
        parts = text.split(" ")
        return len(_HAN_GAP.findall(text)) >= 3 and len({len(p) for p in parts}) >= 2 and len(text.replace(" ", "")) >= 10 \
            and _gaps_inside_words(text) >= 2 \
            and rules.parse_byline(text) is None and not _row_of_figures(text) and not _ends_with_photo_credit(text) \
            and not rules.is_furniture(text)  # (本报记者 王 军 摄, 编辑 宋蕾 美编 王琳: names spaced, as set)
    spaced = [gapped(r.text) for r in raw]
    if sum(spaced) < GAPPED_LINES:
        return raw
    def closed(text: str) -> str:
        # (a lead's credit keeps its name's spacing: 【記者 林 美 惠 ／台北報導】天氣轉涼，…)
        lead = rules.parse_lead(text)
        kept = len(text) - len(lead.rest) if lead is not None and lead.rest and text.endswith(lead.rest) else 0
        return text[:kept] + _TEXT_GAP.sub("", text[kept:])
    return [r._replace(text=closed(r.text)) if is_gapped else r for r, is_gapped in zip(raw, spaced)]


def _gaps_inside_words(text: str) -> int:
    """How many of a line's spaces between characters fall inside a word of the dictionary (国 家邮政: 国家),
    as an OCR's do and a setter's between words (名次 球队 胜 平 负, 耐克 阿迪达斯) never."""
    closed, at = "", []
    for part in re.split(r"(?<=\S) (?=\S)", text):
        if closed:
            at.append(len(closed))
        closed += part
    edges, k = set(), 0
    for word in rules.words(closed):
        k += len(word)
        edges.add(k)
    return sum(position not in edges for position in at)


def _bullets_lost_to_marks(raw: list[RawLine]) -> list[RawLine]:
    """?桂林推出漓江夜游新线路: a bullet a save in a code page without it (Acrobat's and Word's "text" in
    GBK) wrote as ?, which opens no line of Chinese as a question mark: the bullet (■). So is 口 opening
    a short line no word of the dictionary opens with it (口我县开展…: the box □ as an OCR reads it), and 囗,
    the radical that is the box's shape (囗何佩文)."""
    return [r._replace(text="■" + r.text[1:]) if re.match(rf"[?？](?=[{HAN}“《])", r.text)
            else r._replace(text="□" + r.text[1:]) if _box_read_as_mouth(r.text) or r.text.startswith("囗") else r for r in raw]


def _box_read_as_mouth(text: str) -> bool:
    # (口王 晨（媒体人）: the box before a writer's name, whatever word the name's first character makes with it)
    return text.startswith("口") and len(text) <= 30 and not re.search(r"[。！？]", text) \
        and re.match(rf"口[{HAN}“]", text) is not None and (rules.words(text[:6])[0] == "口" or rules.name_line(text[1:]) is not None)


# 豫北棉区推广地膜覆盖　　　　　　驻马店农资打假不手软: two heads of pieces set side by side, a wide space between.
_SIDE_BY_SIDE = re.compile(r"(?P<left>\S[^\s]{3,23})(?:\u3000{3,}| {6,})(?P<right>\S[^\s]{3,23})")


def _heads_side_by_side(raw: list[RawLine]) -> list[RawLine]:
    """Two heads on one line, far apart, over the two pieces' text read one after the other (an OCR
    that reads a row of heads across and the columns down): the left head over the first piece, the
    right over the second, where its dateline opens it."""
    out = list(raw)
    for k in range(len(raw) - 1, -1, -1):
        m = _SIDE_BY_SIDE.fullmatch(raw[k].text)
        if m is None or not all(rules.is_bare_heading(m[side]) for side in ("left", "right")):
            continue
        opening = [j for j in range(k + 1, min(k + 40, len(raw)))
                   if (lead := rules.parse_lead(raw[j].text)) is not None and lead.dateline]
        if len(opening) < 2 or not opening[0] == k + 1:
            continue
        second = opening[1]
        out[k] = raw[k]._replace(text=m["left"])
        out.insert(second, raw[second]._replace(text=m["right"], indented=False, indent="", gap=1))
    return out


def _dashes_read_as_ones(raw: list[RawLine]) -> list[RawLine]:
    """一一京、沪、汉三地见闻, —专家解答流感疫苗接种热点问题, ︱︱電子及紡織品增幅最大 under a head: the deck's
    dash (——) as an OCR reads it; a line of text opening on 一一 (一一列举…) holds a sentence or follows one."""
    out = list(raw)
    for k in range(1, len(raw)):
        above, r = raw[k - 1], raw[k]
        if _MISREAD_DASH.match(r.text) and len(r.text) <= 40 and not re.search(r"[。！？；]", r.text) \
                and not re.fullmatch(r"[一—－\s]+", r.text) \
                and len(above.text) <= 30 and not rules.ends_sentence(above.text) and not re.search(r"[。！？；]", above.text):
            out[k] = r._replace(text="——" + _MISREAD_DASH.sub("", r.text))
    return out


# 石河子新辟公交线路 从六月一: a head, a space, and the first words of the text (no space among them).
# (a Latin name's parts, 余美玲(Amy Yee), are no head and its text)
_HEAD_THEN_FRAGMENT = re.compile(r"(?P<title>[^，。！？：；\s()（）A-Za-z]{4,24})[ \u3000]+(?P<rest>[^\sA-Za-z()（）][^\s]{0,13})")


def _filling_heads(raw: list[RawLine]) -> dict[int, tuple[str, str]]:
    """The lines that open a brief with its head run in and fill the column as wide as the text
    set under them (石河子新辟公交线路 从六月一 / 日起，石河子市…): by line, the head and the words after it.
    A head alone is narrower than its column, however its parts are spaced."""
    spaced = [(k, m) for k, r in enumerate(raw[:-1]) if (m := _HEAD_THEN_FRAGMENT.fullmatch(r.text))]
    if not spaced:
        return {}  # (most pages: no line so spaced, no need to measure their columns)
    wide = run_widths(raw)
    found = {}
    for k, m in spaced:
        r, below = raw[k], raw[k + 1]
        if not below.gap and below.number in wide and abs(set_width(r.text) - wide[below.number]) <= RUN_SLACK \
                and rules.is_bare_heading(m["title"].lstrip(rules.ITEM_BULLETS + rules.BULLETS)) and not _finished(m["rest"]) \
                and (not _opens_with_dateline(below.text) or _opens_with_dateline(m["rest"] + below.text)) \
                and not _opens_with_dateline(r.text.strip()) \
                and (len(m["rest"]) <= 2 or rules.simplified(m["rest"][-1] + below.text[:1]) in rules.part_of_speech()
                     or re.fullmatch(r"\d{1,2}[日月]|[昨今前]日|[昨今前]天|本月|近日|日前|本报讯|本報訊", m["rest"])) \
                and rules.simplified(m["title"][-1] + m["rest"][0]) not in rules.part_of_speech() \
                and rules.parse_byline(m["title"]) is None and not m["title"].endswith(("著", "编著", "主编", "译")):
            # (高兴归高 兴，…: a stray space inside a word; 王季衡著　定價…: a book's author, under its title)
            # (a head's words go on into the line under it, cut mid-word (从六月一 / 日起), or its text opens on
            # when, 16日 / 晚11时许, or on 本报讯; a head in two parts ends whole over its text (少子化衝擊 今年17所國小新生不足10人))
            found[r.number] = (m["title"].lstrip(rules.ITEM_BULLETS + rules.BULLETS), m["rest"])  # (●印巴总理…: its bullet)
    return found


def _run_in_heads_parted(lines: list[Line], filling: dict[int, tuple[str, str]]) -> list[Line]:
    """A head read on the line of its text's first words (_filling_heads), over the rest of its
    paragraph: the head a line of its own, the words the paragraph's."""
    out = list(lines)
    for k, line in enumerate(lines[:-1]):
        below = lines[k + 1]
        # (a line another rule has parted already, its words on the paragraph under it, stays as it is)
        if line.line in filling and line.kind in ("heading", "paragraph") and below.kind == "paragraph" and not below.gap \
                and line.text.endswith(filling[line.line][1]):
            title, rest = filling[line.line]
            out[k] = replace(line, kind="heading", text=title, form="run-in")
            out[k + 1] = replace(below, text=rest + below.text, lead=rules.parse_lead(rest + below.text))
    return out


def runs_joined(raw: list[RawLine], wide: dict[int, int]) -> list[RawLine]:
    """On a page whose paragraphs are set in, a column set narrower with none (a commentary's, at
    thirteen characters) gets its paragraphs back too: a line cut mid-sentence in a run of lines of
    its width (`wide`, run_widths of the page as printed) goes on with the next line of the run."""
    # (a line of the run parted by a comma, as a short head may read, is the column's all the same)
    return _rejoined(raw, lambda above, r, last: r.number in wide and above.number in wide and last >= wide[r.number] - 1
                     and not _opens_with_dateline(r.text)
                     and not _finished(above.text) and (_runs_on(r.text) or bool(re.search(r"[，、；]", r.text))
                                                        or above.text.endswith(("，", "、"))  # (…6月10日， / 毕节地区…)
                                                        or rules.broken_mid_word(above.text, r.text))  # (…被捕　东 / 京地检…)
                     and rules.parse_byline(r.text) is None and not rules.is_caption(r.text) and not rules.is_dashed_deck(r.text)
                     and not rules.is_furniture(r.text) and not _signs(r.text)
                     # (◆社保厅违规免除保费问题扩大 over its text: a brief's head alone on its line; ■切尔西再报价杰拉德 据…
                     # and ▲市百货大楼推出“无理由退 / 货”　从…, ▲…开始发 / 售　… run on, a head run into its text, as does
                     # □資深演員華姐（馮寶華）昨晚出席保良局慈善晚 / 會，…, a caption's long line)
                     and not (_opens_on_a_mark(above.text) and rules.is_bare_heading(above.text[1:]) and len(above.text) <= 16
                              and not re.search(r"\s", above.text.strip()) and _balanced(above.text)
                              and not rules.broken_mid_word(above.text, r.text)))


# Brackets a deck opens and must close: 《…》, “…”, （…）.
_PAIRS = ("《》", "“”", "（）", "(）")


def _balanced(text: str) -> bool:
    """Whether a text closes every bracket it opens (《决战贫困 and 贵州…实践》出版, parted at a dash, each does not)."""
    return all(text.count(a) == text.count(b) for a, b in _PAIRS)


# A transcriber's mark of where the original's line (a column of vertical type) ended: 秀茂坪木屋區／三十餘戶….
_LINE_MARK = re.compile(r"(?<=[\u4e00-\u9fff])／(?=[\u4e00-\u9fff「“])")


def heads_unslashed(lines: list[Line]) -> list[Line]:
    """A head a transcriber marked where the original broke it (秀茂坪木屋區／三十餘戶居民被迫疏散, 股市交投轉旺／
    恒生指數升六點): one head, its parts run together where one was cut, a space apart where they are a
    couplet's two clauses; a Taiwan byline's ／ (記者林志明／台中報導) and head's (職棒／…) stay."""
    out = []
    for line in lines:
        parts = _LINE_MARK.split(line.text) if line.kind == "heading" and not line.level else [line.text]
        # (女子高球／徐薇安並列第5: a Taiwan head's topic, a word or two, before its slash; （17日／澄清湖）: a note's)
        if len(parts) == 2 and len(parts[0]) >= 5 and len(parts[1]) >= 3 and not re.search(r"記者|记者|報導|报道", line.text) \
                and all(map(_balanced, parts)):
            upper, lower = parts
            # (a couplet's two clauses are of a length; a head cut where its column ended seldom is)
            balanced = abs(len(upper) - len(lower)) <= 1 and not rules.one_head_broken(upper, lower)
            line = replace(line, text=upper + (" " if balanced else "") + lower)
        out.append(line)
    return out


# A series' name and its instalment run into the title after it: 化解过剩产能系列报道之二煤矿关停了…
_SERIES_RUN_IN = re.compile(r"(?P<series>[^，。！？\s]{2,16}系列(?:报道|報道)?之[一二三四五六七八九十]{1,3})(?P<title>[^，。！？]\S{3,})")


def decks_parted(lines: list[Line]) -> list[Line]:
    """A head and its deck read as one line, a dash between them, as a tool that joins a page's
    lines gives them (黔东南：电商让山货走出大山——今年以来农产品网络销售额同比增长62%): the title, and
    its deck under it; a series' kicker run into its title so (化解过剩产能系列报道之二煤矿关停了…): the two."""
    out: list[Line] = []
    for line in lines:
        series = _SERIES_RUN_IN.fullmatch(line.text) if line.kind == "heading" and not line.level else None
        if series is not None:  # 化解过剩产能系列报道之二煤矿关停了，职工去哪儿: the series' kicker, then the title
            out += [replace(line, text=series["series"]), replace(line, text=series["title"])]
            continue
        parted = rules.title_and_deck(line.text) if line.kind == "heading" and not line.level else None
        # (…——王平: a line signed, no deck; 《决战贫困——贵州脱贫攻坚理论与实践》出版: a dash inside a book's title)
        if parted is None or rules.name_line(parted[1]) is not None \
                or not _balanced(parted[0]):
            out.append(line)
        else:
            out += [replace(line, text=parted[0]), Line("subtitle", parted[1], line.line)]
    return out


def decks_run_on(lines: list[Line]) -> list[Line]:
    """A deck that leaves a bracket open goes on in the line right under it, which closes it
    (——一致通过《中共中央关于社会主义 / 精神文明建设指导方针的决议》): one deck, broken at the width. So
    does a deck of two clauses set over two lines (——传达学习…会议精神 / 研究部署我县贯彻落实工作), the
    second a bare head line right over the text's dateline or byline: a space between them."""
    out: list[Line] = []
    for k, line in enumerate(lines):
        above = out[-1] if out else None
        below = lines[k + 1] if k + 1 < len(lines) else None
        if above is not None and above.kind == "subtitle" and not line.gap and line.kind in ("heading", "paragraph") \
                and any(above.text.count(a) > above.text.count(b) and line.text.count(b) > line.text.count(a)
                        for a, b in _PAIRS):
            out[-1] = replace(above, text=above.text + line.text)
        elif above is not None and above.kind == "subtitle" and not line.gap and line.kind == "heading" and not line.level \
                and len(out) > 1 and out[-2].kind == "heading" and not above.gap \
                and below is not None and not below.gap and (below.kind == "byline" or below.lead is not None and below.lead.dateline) \
                and 6 <= len(line.text) <= 20 and not re.search(r"[\s，。！？：；]", line.text):
            out[-1] = replace(above, text=above.text + ("" if rules.broken_mid_word(above.text, line.text) else " ") + line.text)
        else:
            out.append(line)
    return out


# A table's row: cells set apart by wide spaces (指数名称　　　收盘点位　　周涨跌幅).
_CELLS = re.compile(r"\s*\t\s*|\s{2,}|\u3000{2,}")  # (a tab, or a wide space, between two cells)
# A table has at least this many rows under its head.
TABLE_ROWS = 3


# 2015年12月 州政府公布35项合并提案: a chronology's row, its day then what happened.
_DATED_ROW = re.compile(r"(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?:[至—－-]\d{1,2}日)?[ \t\u3000]+\S")  # (1月22日至25日 …)


def chronology_rows(lines: list[Line]) -> list[Line]:
    """Two lines or more one under another each opening on a day and a space (大事记's rows: 2014年9月
    州政府推出…, 2016年5月12日 19个新议会正式成立) are the box's text, none of them a head, nor the
    kicker of the head under the last."""
    dated = [bool(_DATED_ROW.match(line.text)) and line.kind == "heading" for line in lines]
    return [replace(line, kind="paragraph") if dated[k] and (k > 0 and _DATED_ROW.match(lines[k - 1].text)
                                                             or k + 1 < len(lines) and _DATED_ROW.match(lines[k + 1].text))
            else line for k, line in enumerate(lines)]


def tables_headed(lines: list[Line]) -> list[Line]:
    """A data box (上周主要市场指数一览 over rows of cells) is an item of its own: the short line over
    the rows, no sentence, is its head, whatever the text above it; the row naming the columns
    (场次　赛事　开赛时间　主队　客队) is the table's, no head."""
    out = [replace(line, kind="paragraph") if line.kind == "heading" and not line.level and _is_row(line.text)
           and k + 1 < len(lines) and lines[k + 1].kind == "paragraph" and _is_row(lines[k + 1].text)
           and len(_CELLS.split(line.text.strip())) == len(_CELLS.split(lines[k + 1].text.strip())) else line
           for k, line in enumerate(lines)]
    k = 0
    while k < len(out):
        run = 0
        while k + run < len(out) and out[k + run].kind == "paragraph" and _is_row(out[k + run].text) \
                and len(_CELLS.split(out[k + run].text.strip())) == len(_CELLS.split(out[k].text.strip())):
            run += 1
        head = out[k - 1] if k else None
        if run >= TABLE_ROWS and head is not None and head.kind == "paragraph" and len(head.text) <= 20 \
                and not rules.ends_sentence(head.text) and not _is_row(head.text):
            out[k - 1] = replace(head, kind="heading")
        k += max(run, 1)
    return out


def _is_row(text: str) -> bool:
    cells = _CELLS.split(text.strip())
    return len(cells) >= 3 and all(len(cell) <= 12 for cell in cells)


def _vertical_labels_joined(raw: list[RawLine]) -> list[RawLine]:
    """A label set upright beside the columns (本 / 市 / 新 / 聞), as papers set in vertical
    type print a section's name, comes out of the OCR one character a line: one line again."""
    out: list[RawLine] = []
    run = 0  # the characters alone on their lines just above
    for r in raw:
        alone = len(r.text) == 1 and "\u4e00" <= r.text <= "\u9fff" and not (run and r.gap)
        if alone and run:
            out[-1] = out[-1]._replace(text=out[-1].text + r.text)
        else:
            out.append(r)
        run = run + 1 if alone else 0
    return out


def _broken_dates_joined(raw: list[RawLine]) -> list[RawLine]:
    """江南日报 2024年3 / 月8日 星期五 第6版: a running head the OCR broke inside its date is one line."""
    out: list[RawLine] = []
    for r in raw:
        if out and not r.gap and re.search(r"(?:\d{4}|[〇○零一二三四五六七八九]{4})年(?:\d{1,2}(?:月\d?)?)?$", out[-1].text) \
                and re.match(r"\d{0,2}[月日]", r.text):
            out[-1] = out[-1]._replace(text=out[-1].text + r.text)
        else:
            out.append(r)
    return out


def _credit_ends_joined(raw: list[RawLine]) -> list[RawLine]:
    """攝 alone on a line ends the credit above it, wrapped at the column's width (香港文匯報記者
    黎永傑 / 攝), set in or not: never a head's first word."""
    out: list[RawLine] = []
    for r in raw:
        if out and r.text.strip() in ("摄", "攝"):
            out[-1] = out[-1]._replace(text=f"{out[-1].text}　{r.text.strip()}")
        else:
            out.append(r)
    return out


# A photo's credit and a column's name beside it; a piece's last line and a head past a wide space.
_CREDIT_BY_COLUMN = re.compile(r"(?P<end>\S.*?[摄攝])[ \u3000]+(?P<head>[【〔\[][^】〕\]]{2,8}[】〕\]])")
_END_BY_HEAD = re.compile(r"(?P<end>\S.*?\S)(?: {2,}|\u3000{2,})(?P<head>[^\s　].{3,29})")
# …提出了意见建议。（张敏）全县“三夏”安全生产工作会议召开 6月14: a brief closed by its writer in brackets, the
# next brief's head run in after it, its text after a space.
_SIGNED_BY_RUN_IN = re.compile(r"(?P<end>.*[。！？”][（(](?P<writer>[^（）()]{2,12})[）)])(?P<head>[^\s，。！？（(][^\s，。！？]{5,29}[ \u3000]\S.*)")


# 全职太太离婚时，家务补偿怎么算？（以案说法） ■本报记者 姜珊: a head and its byline under a bullet, one line.
_HEAD_BY_ITS_MARKED_BYLINE = re.compile(rf"(?P<head>[^\s{rules.BULLETS}][^。！；]{{3,40}}?)[ \u3000]+[{rules.BULLETS}](?P<writer>\S.*)")
_HEAD_BY_ITS_WRITER = re.compile(r"(?P<head>[^\s。！？：:][^\s。！？：:]{3,30})[ \u3000]{1,2}(?P<writer>[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff])")


def _parted_where_columns_met(raw: list[RawLine]) -> list[RawLine]:
    """A line that closes one piece and the head of the next, side by side in print and read as one
    line, is two: a photo's credit and a column's name in brackets (新华社记者 许畅 摄 【今日体评】), a
    letter's signature and the next title past a wide space (襄樊市樊城区 读者 陈国庆  “私彩”为何屡禁不止), a
    brief's writer in brackets and the next brief's head run in (…意见建议。（张敏）全县“三夏”…召开 6月14)."""
    out: list[RawLine] = []
    for r in raw:
        m = _CREDIT_BY_COLUMN.fullmatch(r.text)
        if m is None and (signed := _SIGNED_BY_RUN_IN.fullmatch(r.text)) \
                and (rules.parse_byline(signed["writer"]) or rules.name_line(signed["writer"])) \
                and rules.is_bare_heading(signed["head"].split()[0]):
            m = signed
        if m is None and (signed := _END_BY_HEAD.fullmatch(r.text)) and _signs(signed["end"]) \
                and (byline := rules.parse_byline(signed["end"])) is not None and byline.authors \
                and rules.is_bare_heading(signed["head"]) and rules.parse_byline(signed["head"]) is None \
                and rules.name_line(signed["head"]) is None:  # (本报记者  范 希 亮: a byline, its name set wide)
            m = signed
        if m is None and (run_on := head_run_into_its_lead(r.text) or head_run_into_its_marked_byline(r.text)) is not None:
            out += [r._replace(text=run_on[0]), r._replace(text=run_on[1], gap=0, indented=False, indent="")]
            continue
        if m is None and (named := _HEAD_BY_ITS_WRITER.fullmatch(r.text)) and rules.is_bare_heading(named["head"]) \
                and not _set_letter_by_letter(named["head"]) and rules.name_line(named["writer"]) is not None \
                and rules.parse_byline(r.text) is None and rules.name_line(r.text) is None \
                and not rules.is_credit(r.text) and not rules.is_furniture(r.text) \
                and not re.search(r"(?:^|\s)\S$", named["head"]) and named["writer"][-1] not in "摄攝作文图圖":
            # (□中文系九六级　苏　晓: a byline; …记者　杨　晔　摄: a credit, its name set wide)
            # 【今日谈】中秋月饼“瘦身”之后 钟 毓: a title and its writer's name, set wide beside it, as one line
            out += [r._replace(text=named["head"]), r._replace(text=named["writer"], gap=0, indented=False, indent="")]
            continue
        out += [r._replace(text=m["end"]), r._replace(text=m["head"], gap=0, indented=False, indent="")] if m else [r]
    return out


# Where a lead or a byline may open inside a line: 本报讯, 本报北京3月8日讯, 新华社…电, 经济日报·中国经济网记者.
_LEAD_OPENS = re.compile(rf"本报|新华社|中新社|[{rules.HAN}]{{2,4}}(?:日报|晚报|报)·")


def head_run_into_its_lead(text: str) -> tuple[str, str] | None:
    """A head and the lead or byline under it read as one line, as a tool that joins a page's lines
    gives them (…并取消资格本报北京3月8日讯（记者 周若曦）记者从…, …命名交付经济日报·中国经济网记者 柳 岸):
    the head and the rest, or None."""
    # (the last word one opens with: 交付经济日报· reads as a paper's name from 交 as well as from 经济日报)
    first = _LEAD_OPENS.search(text)
    if first is None or first.start() < 4 or re.search(r"[。！？，；：]", text[:first.start()]):
        return None  # (a head has no sentence's marks, and every place a lead may open is past the first)
    starts = list(itertools.accumulate(len(word) for word, _ in rules.parts_of_speech(text)))
    for start in sorted((k for k in starts if _LEAD_OPENS.match(text, k)), reverse=True):
        head, rest = text[:start], text[start:]
        # (…消毒两次 本报讯 记: a brief's head run in before a space, its own form; （作者为本报评论员…: a note)
        if len(head) < 4 or head[-1].isspace() or re.search(r"[。！？，；：]", head) or not rules.is_bare_heading(head) \
                or not _balanced(head):
            continue
        lead = rules.parse_lead(rest)
        byline = rules.parse_byline(rest) if lead is None or not lead.dateline else None
        if lead is not None and lead.dateline or byline is not None and byline.authors:
            return head, rest
    return None


def head_run_into_its_marked_byline(text: str) -> tuple[str, str] | None:
    """全职太太离婚时，家务补偿怎么算？（以案说法） ■本报记者 姜珊 通讯员 邓蕾: a head and the byline set under it
    behind its bullet, read as one line by a tool that joins a block's lines: the head and the byline."""
    if (m := _HEAD_BY_ITS_MARKED_BYLINE.fullmatch(text.strip())) is None \
            or not (rules.is_bare_heading(m["head"]) or rules.is_column_titled(m["head"]) or rules.is_exclaimed_heading(m["head"])):
        return None
    byline = rules.parse_byline(m["writer"])
    return (m["head"], text.strip()[m.start("writer") - 1:]) if byline is not None and byline.authors else None


def _wraps_joined(raw: list[RawLine]) -> list[RawLine]:
    """A page OCR'd line by line as printed (a paragraph set in, its other lines at the margin,
    each as wide as the column) gets its paragraphs back: a line at the margin right under an
    unfinished line of a paragraph goes on with it, and so does one under a finished line that
    fills the column (unless it is a head)."""
    runs_on = [k for k in range(1, len(raw)) if raw[k - 1].indented and not raw[k].indented and not raw[k].gap
               and not _finished(raw[k - 1].text)]
    if len(runs_on) < 3 or len(runs_on) < 0.5 * sum(r.indented for r in raw):
        return raw
    width = sorted(len(raw[k - 1].text) for k in runs_on)[len(runs_on) // 2] + 2  # the indent's two
    margin = sorted(len(r.text) for r in raw if not r.indented)
    if margin and margin[len(margin) // 2] > width + 3:
        # heads centred by spaces over text at the margin (a paragraph a line, or a column's lines
        # wider than they): the lines set in are heads, no paragraphs' first lines
        return raw
    # A line as wide as the column, unfinished, with the paragraph going on at the margin under
    # it, goes on too, however it reads (各级领导同志要同知识分子交朋 / 友，关心…): a head stands over
    # a paragraph set in, or over its byline.
    cut = {r.number for r, below in zip(raw, raw[1:]) if len(r.text) >= width - 1 and not _finished(r.text)
           and not below.indented and not below.gap and rules.parse_byline(below.text) is None}
    centred = _centred(raw)
    # A line of where to call (地址：…　电话：…) or the page's furniture (责任编辑　林　红) goes on with no
    # paragraph: an advert's or the page's own, however the line above ends.
    # (抓质量 上等级 创名牌, ·行业简讯·, set in over a head: a slogan in parts, a column's name, never a
    # paragraph's first line)
    # (nothing goes on from a signature set in: 讀者　陳伯言　上　五月十五日 closes its letter)
    # (a head centred over a deck: the deck at the margin under it no paragraph's, as a sentence would be)
    return _rejoined(raw, lambda above, r, last: above.indented and (above.number not in centred or rules.ends_sentence(r.text))
        and not _signs(above.text) and not rules.is_contact_line(r.text)
        and not rules.is_furniture(r.text) and not (rules.is_couplet(above.text) and set_width(above.text) < width - 3
                                                    and rules.run_in_title(above.text + r.text) is None)  # (…培训班 10月30日 / 至…)
        and not ((_signs(r.text) or rules.is_dashed_deck(r.text)) and not re.search(r"[，、；。]", above.text))  # a head over its byline or deck
        and not rules.names_a_column_of_briefs(above.text) and (
        not _finished(above.text) or last >= width - 1 and not _ends_with_photo_credit(above.text)
        and set_width(r.text) <= width + 1 and (_runs_on(r.text) or r.number in cut))
        or _lost_its_indent(above.text, r.text, last, width) and set_width(r.text) <= width + 1
        and (len(above.text) > last or _runs_on(r.text) or _figure_runs_on(above.text, r.text)
             or rules.parse_lead(above.text) is not None or re.search(r"[，、；]", r.text[:-1]) is not None))


def _centred(raw: list[RawLine]) -> set[int]:
    """The lines set in further than the page sets in its paragraphs, by other space (six spaces
    where paragraphs take two U+3000): heads centred over the column, no paragraph's first line."""
    usual = Counter(r.indent for r in raw if r.indented).most_common(1)
    return {r.number for r in raw if usual and r.indent != usual[0][0] and _width(r.indent) > _width(usual[0][0])
            and not rules.ends_sentence(r.text)}


def _lost_its_indent(text: str, below: str, last: int, width: int) -> bool:
    """北京市有关部门表示，为保障冬季蔬菜 / 市场供应，…: a paragraph whose first line the OCR took
    without its indent, unfinished at the margin near the column's width (its lines run a character
    or two short or long), parted by a comma as a head seldom is, opening with its dateline
    (【記者陳文山／台中報導】中部橫貫公 / 路谷關…), its figure running on under it, or a word (国家邮政局有关
    负责人介 / 绍，…: 介绍)."""
    return last >= width - 3 and not _finished(text) and (
        bool(re.search(r"[，、；]", text)) or _figure_runs_on(text, below) or rules.parse_lead(text) is not None
        or rules.broken_mid_word(text, below) and not rules.is_bare_heading(below)
        and not _opens_on_a_mark(text) and not text.endswith("\u3000"))  # (◆社保厅…扩大　, ▲…: a brief's head)


def _opens_on_a_mark(text: str) -> bool:
    """◆社保厅违规免除保费问题扩大, ▲小偷“光顾”同一家店三次: a line opening on a bullet, as a brief's head does
    and no paragraph's line."""
    return text[:1] in rules.BULLETS + "▲△▶►★☆※"


def _figure_runs_on(text: str, below: str) -> bool:
    """…报价每吨2950 / 元至3000元: a figure whose unit opens the next line, as no head ends."""
    return text[-1:].isdigit() and below[:1] in "元万亿千百%％吨斤米个人次台辆家户件岁年月日号倍"


def _rejoined(raw: list[RawLine], goes_on: Callable[[RawLine, RawLine, int], bool]) -> list[RawLine]:
    """Lines at the margin with no blank line above them joined to the paragraph above where
    goes_on(paragraph so far, line, width of the line above as printed) says so."""
    out: list[RawLine] = []
    last = 0
    for r in raw:
        if out and not r.indented and not r.gap and goes_on(out[-1], r, last):
            spaced = _set_letter_by_letter(out[-1].text) and _set_letter_by_letter(r.text)  # 延 屬 … / 普 遍 展 開
            # (鸿图精密（Hongtu / Precision Engineering…: two words of a Latin name, the line's end between them)
            spaced = spaced or bool(re.search(r"[A-Za-z]$", out[-1].text) and re.match(r"[A-Za-z]", r.text))
            out[-1] = out[-1]._replace(text=out[-1].text + (" " if spaced else "") + r.text)
            last = len(r.text)
        else:
            out.append(r)
            last = len(r.text) + 2 * r.indented  # the indent's two take room in the column
    return out


# A page OCR'd line by line at the column's width: most of its long lines are as wide as the
# column, within a character (figures set half-width take less room). Old papers set columns
# of twelve characters or so.
WRAPPED_SHARE = 0.6
WRAPPED_LINES = 20
NARROWEST_COLUMN = 11


def column_width(raw: list[RawLine]) -> int | None:
    """The width most of a page's lines are cut at, where the OCR kept the column's lines."""
    widths = Counter(len(r.text) for r in raw if len(r.text) >= NARROWEST_COLUMN)
    if sum(widths.values()) < WRAPPED_LINES:
        return None
    width, held = _modal_width(widths)
    return width if held >= WRAPPED_SHARE * sum(widths.values()) and width <= 40 else None


def _modal_width(widths: Counter) -> tuple[int, int]:
    """The width most lines are within a character of (figures and quotes set half-width make a
    line of the column a character short or long), and how many are; of two widths that hold as
    many, the one more lines have exactly (where every line is 15 wide, 16 holds them as 15 does),
    then the wider."""
    return max(((w, widths[w - 1] + widths[w] + widths[w + 1]) for w in widths),
               key=lambda x: (x[1], widths[x[0]], x[0]))


# An article OCR'd line by line on a page whose other articles keep a paragraph to a line: so
# many lines of one width ending mid-sentence are the column's, never paragraphs. A column of
# vertical text OCR'd across holds eight characters or so.
CUT_LINES = 6
NARROWEST_CUT = 8


def cut_width(raw: list[RawLine]) -> int | None:
    """The width of lines cut mid-sentence one under another, where enough of them share it: the
    width most such lines of eleven characters or more share (a community weekly's column of
    fourteen); failing that, the width of enough lines of fifteen or more; failing both, a column
    of vertical text OCR'd across (eight to ten characters)."""
    return _cut_lines_width(raw, NARROWEST_COLUMN, WRAPPED_SHARE) or _cut_lines_width(raw, WIDE_COLUMN) \
        or _cut_lines_width(raw, NARROWEST_CUT, widest=NARROWEST_COLUMN - 1)


WIDE_COLUMN = 15


def _cut_lines_width(raw: list[RawLine], narrowest: int, share: float = 0.0, widest: int = 40) -> int | None:
    """The width most lines of `narrowest` to `widest` characters cut mid-sentence share, where
    CUT_LINES or more do, and `share` of all such lines."""
    def cut(r: RawLine) -> bool:
        return narrowest <= len(r.text) <= widest and not r.indented and not _finished(r.text) and not _spaced(r.text)
    # A line of a wrapped paragraph has another of its width above or below it; heads have text.
    widths = Counter(len(r.text) for k, r in enumerate(raw) if cut(r) and any(
        0 <= j < len(raw) and cut(raw[j]) and abs(len(raw[j].text) - len(r.text)) <= 2 and not raw[max(j, k)].gap
        for j in (k - 1, k + 1)))
    width, held = _modal_width(widths) if widths else (None, 0)
    # (a column narrower than fifteen is a poem's or heads stacked, unless its lines are prose,
    # parted by commas within)
    prose = narrowest >= WIDE_COLUMN or sum(bool(re.search(r"[，、；：。]", r.text)) for r in raw if cut(r)) * 3 >= held
    return width if held >= CUT_LINES and held >= share * sum(widths.values()) and prose else None


def block_widths(raw: list[RawLine], width: int) -> dict[int, int]:
    """The column's width at each line: a block's own (its lines between blank lines, where most
    of its long lines are one width within a character, two or more from the page's), else the
    page's. A page's articles are set in columns of different widths (a lead in wide measure, a
    brief in narrow)."""
    wide: dict[int, int] = {}
    blocks: list[list[RawLine]] = [[]]
    for r in raw:
        if r.gap and blocks[-1]:
            blocks.append([])
        blocks[-1].append(r)
    for block in blocks:
        widths = Counter(len(r.text) for r in block if len(r.text) >= NARROWEST_COLUMN)
        own, held = _modal_width(widths) if sum(widths.values()) >= 4 else (width, 0)
        for r in block:
            wide[r.number] = own if held >= WRAPPED_SHARE * sum(widths.values()) and own <= 40 and abs(own - width) >= 2 else width
    return wide


# Lines of a wrapped paragraph one under another: as wide as each other within this many
# characters (a figure or quote set half-width makes a line of the column longer as text).
RUN_SLACK = 2
RUN_LINES = 3
WIDE_PAIR = 15


def run_widths(raw: list[RawLine]) -> dict[int, int]:
    """The column's width at lines cut mid-sentence one under another at one width (three or more
    with the line closing them, where it fills the column too; no blank line between), and at the
    line closing them: a page turned to text from its PDF keeps each column's lines, and its
    articles are set in columns of different widths."""
    def cut(r: RawLine) -> bool:
        return len(r.text) >= NARROWEST_CUT and not r.indented and not _finished(r.text)
    wide: dict[int, int] = {}
    run: list[RawLine] = []
    for r in raw + [RawLine(-1, 1, "")]:
        if run and cut(run[-1]) and not r.gap and not r.indented and abs(set_width(r.text) - set_width(run[-1].text)) <= RUN_SLACK \
                and len(r.text) >= NARROWEST_CUT and not _opens_with_dateline(r.text):  # (a head stands over a dateline)
            run.append(r)  # (a finished line as wide closes the run: the paragraph's last)
            continue
        # (heads stacked one under another are as wide, and unfinished too, but no clauses parted;
        # two lines make a run where they are wider than heads are set, a short line closing them)
        if (len(run) >= RUN_LINES or len(run) == 2 and min(set_width(x.text) for x in run) >= WIDE_PAIR and not r.gap
                and r.number >= 0 and set_width(r.text) < set_width(run[-1].text) - RUN_SLACK) \
                and 3 * sum(bool(re.search(r"[，、；：。]", x.text)) for x in run) >= len(run) \
                and not (cut(run[-1]) and _opens_with_dateline(r.text)):
            # (全国高等学校招生工作会议在京结束 / 今年高校… / 继续实行…、…的原则 / 新华社北京五月十一日电: lines left
            # unfinished right over a dateline are the head over it; a paragraph ends before the next opens)
            width = math.ceil(sorted(set_width(x.text) for x in run)[len(run) // 2])  # (figures set half-width)
            wide |= {x.number: width for x in run}
            if not r.gap and r.number >= 0:
                wide.setdefault(r.number, width)
        run = [r] if cut(r) else []
    return wide


def _in_long_runs(raw: list[RawLine], runs: dict[int, int]) -> list[RawLine]:
    """The lines of `raw` that stand in runs (run_widths) of RUN_LINES lines or more, one under another."""
    inside: set[int] = set()
    for k in range(len(raw) - RUN_LINES + 1):
        window = raw[k:k + RUN_LINES]
        if all(r.number in runs for r in window):
            inside.update(r.number for r in window)
    return [r for r in raw if r.number in inside]


def hard_wraps_joined(raw: list[RawLine], width: int | None = None) -> list[RawLine]:
    """A page OCR'd line by line with nothing set in (paragraphs parted by blank lines, or not at
    all) gets its paragraphs back: a line under one as wide as the column, with no blank line
    between, goes on with it (unless it is a head, a byline or a caption; a byline stands on its
    own line even under a head as wide as the column, and the text under it starts anew). The
    column's width is the page's, or `width` where the caller knows it (one article's file)."""
    one_article = width is not None
    if width is None:
        width, one_article = column_width(raw), False
    # (no one width holds most of the page's lines: its columns are set in several)
    several = width is None
    if width is None:
        width, one_article = cut_width(raw), True
    if width is None:
        return raw
    # A line right over a dateline is a head (本拿比長者中心辦粵語防騙講座 / 騎警教路識破… / 【本報訊】…),
    # however wide the head above it.
    # So is one over a line wider than the column, which no paragraph's line is (坚持“以粮为纲”的方针 /
    # 上海郊区晚稻丰收在望 / 广大贫下中农抓紧做好秋收秋种准备工作).
    wide = block_widths(raw, width) if not one_article else {r.number: width for r in raw}
    runs = run_widths(raw)
    if several:
        wide |= runs
    else:  # a column set wider than the page's, its lines cut mid-sentence one under another: its own width
        wide |= {r.number: runs[r.number] for r in _in_long_runs(raw, runs) if set_width(r.text) > wide[r.number] + 1}
    # (and figures a deck sums up right over the byline, 总投资186.5亿元 / 融媒记者 周敏: the head's deck, its own line)
    over_lead = {r.number for r, below in zip(raw, raw[1:])
                 if (_opens_with_dateline(below.text) or set_width(below.text) > wide[below.number] + 1
                     or _signs(below.text) and rules.parse_lead(below.text) is None and _sums_up(r.text)) and not _finished(r.text)}
    # Nor does a line go on with one above it wider than the column (抓革命　促生产　夺取夏粮大丰收 /
    # 用毛泽东思想统帅春耕生产: a kicker over its title), or with a deck (——记余杭县塘栖公社丁山河大队 /
    # 今年春耕以来，…): those are heads, set in their own type.
    under_head = {below.number for r, below in zip(raw, raw[1:]) if set_width(r.text) > wide[r.number] + 1 or rules.is_dashed_deck(r.text)}
    # A title over its dashed deck (第二十八屆世界乒乓球錦標賽 / 我國選手載譽歸來 / ——男女隊員…) goes on from no kicker
    # above it, however wide the kicker: a head's lines are set in type of their own.
    under_kicker = {r.number for r, deck in zip(raw[1:], raw[2:]) if rules.is_dashed_deck(deck.text)}
    # A paragraph's first line the OCR took without its indent (以气候变化为例，发达国 / 家至今未能…) is the
    # indent's width short of the column, and goes on all the same (_lost_its_indent).
    opening = {r.number for above, r in zip(raw, raw[1:]) if _finished(above.text)}
    # The line after an item signed off (…现场指导。（记者 何姗） / 白云区新增3个垃圾分类示范小区 / 记者从…获悉，该区近):
    # the next item's head where it reads as one (no comma, as a paragraph's first line at the width has),
    # however wide; under a column of briefs' name (城事速递) too.
    heads_after = {r.number for above, r in zip(raw, raw[1:])
                   if (rules.closes_an_article(above.text) or rules.names_a_column_of_briefs(above.text))
                   and rules.is_bare_heading(r.text) and not re.search(r"[\s，、；。：（(【]", r.text)}  # (no head run into its text)
    # A title under the kind of piece it heads (短　评 / 大力发扬自力更生的革命精神) is one line of its own.
    # (【短評】 over text cut at the width, its clauses parted by commas: no title, the comment's own text)
    titles = {below.number for r, below in zip(raw, raw[1:]) if rules.is_genre_label(r.text)
              and not (re.search(r"[，、]", below.text) and len(below.text) >= wide[below.number] - 1)}
    # The width of one article's column: a line with cells spaced apart (a table's row) keeps its own.
    # A notice's number cut at the width (中華民國七十三年三月七日　高市府工 / 土字第〇八七六號) is one line.
    return _rejoined(raw, lambda above, r, last: rules.is_document_number(above.text + r.text) or (
                     last >= wide[r.number] - 1 or above.number in opening and len(above.text) == last
                     and _lost_its_indent(above.text, r.text, last, wide[r.number]))
                     and r.number not in over_lead and not _row_of_figures(above.text) and not _row_of_figures(r.text)
                     and r.number not in under_head and above.number not in titles and above.number not in heads_after
                     and not (r.number in under_kicker and rules.upper_is_kicker(above.text, r.text))
                     and set_width(r.text) <= wide[r.number] + 1 and not rules.is_dashed_deck(r.text)
                     and (not _finished(above.text) or _runs_on(r.text))
                     and not (one_article and _spaced(_after_lead(above.text))
                              and rules.run_in_title(above.text + r.text) is None)  # (a brief's head run in before a space)
                     and not rules.is_furniture(above.text) and not rules.is_furniture(r.text)
                     and not rules.is_jump_line(r.text)  # （上接A1版） under its title: a line of its own
                     and not _subject_named_again(above.text, r.text)
                     and not _signs(above.text) and not _signs(r.text) and not _opens_with_dateline(r.text)
                     and not rules.names_a_notice(above.text)
                     and not (rules.is_contact_line(above.text) and rules.calls_itself_a_notice(r.text))
                     and not rules.is_column_titled(above.text)  # …上蓋（讀者來函）: a title, its column's name closing it
                     # (春季过敏进入高发期，医生提醒—— / 鼻子痒、眼睛红　别总当感冒扛: a kicker set apart, as wide as the
                     # column, over the title it leads into)
                     and not (above.gap and rules.is_kicker_line(above.text) and not _finished(r.text))
                     and not rules.tags_its_kind(above.text)  # 〔社論〕把秋收…: a title, its kind first
                     and not _couplet_head(above.text) and not _bulleted_head(above.text, r.text))


def _subject_named_again(above: str, text: str) -> bool:
    """北约克图书馆办新移民求职讲座 / 北约克中央图书馆（North York…: a head as wide as the column over
    its text, which opens by naming the head's subject again, as a brief does; no line of a
    paragraph opens as the paragraph did."""
    common = len(os.path.commonprefix([above, text]))
    return common >= 3 and re.fullmatch(f"[{HAN}]+", above[:common]) is not None and not re.search(r"[，。；：、！？]", above)


def _spaced(text: str) -> bool:
    """A space parting Chinese text, as between a brief's run-in head and its text; not one between
    the words of a Latin name or figures (余美玲(Amy Yee), 1215 Stockton St.), which lines of
    text hold."""
    return bool(re.search(r"\s", re.sub(r"(?<=[!-~])\s+(?=[!-~])", "", text)))


def _row_of_figures(text: str) -> bool:
    """600731 中泰重工 8.36 10.00 6.82 21563: a table's row of four cells or more, most of them
    figures, however narrow the space between; it keeps its line, as no paragraph's does."""
    cells = text.split()
    return len(cells) >= 4 and 2 * sum(bool(re.fullmatch(r"[-+]?[\d,.]+%?", c)) for c in cells) >= len(cells)


# 。 or ！” alone on a line: marks a narrow column pushed past its last character.
_MARKS_ALONE = re.compile(r"\s*[。，、；：！？”」』）)]{1,3}\s*")


def _cut_marks_rejoined(raw: list[RawLine]) -> list[RawLine]:
    """A mark alone on its line (…生产资料供应中的困难 / 。) is the line above's last, and a line ending
    on an opening quote (职工们说：“ / 小吴厂长这三把火，烧得旺！”) goes on below, whatever lies between:
    no head ends so."""
    out: list[RawLine] = []
    for r in raw:
        if out and (_MARKS_ALONE.fullmatch(r.text) or out[-1].text.endswith(("“", "「", "『"))):
            out[-1] = out[-1]._replace(text=out[-1].text + r.text.strip())
        else:
            out.append(r)
    return out


def set_width(text: str) -> float:
    """How much of a column a line fills: a half-width letter or figure half a character, and a
    mark of punctuation too (papers squeeze them to fit a line). A line wider than the column
    (中国体育彩票超级大乐透第19143期开奖公告 over a column of 16) is none of its lines."""
    return sum(0.5 if c.isascii() or c in _SQUEEZED else 1 for c in text.strip())


_SQUEEZED = frozenset("，。、；：！？“”‘’（）《》〈〉「」『』—…·")


def _bulleted_head(text: str, below: str) -> bool:
    """■西北首座兆瓦级氢能综合利用站在宁夏投运: a brief's head after its bullet, a clause with no
    mark of a sentence in it, as wide as the column or not: its own line, unless a word runs
    on across the break (●…工业总产值比去年同期增 / 长…: a brief's text)."""
    return text[:1] in rules.ITEM_BULLETS + rules.BULLETS and not re.search(r"[，。；：,;:\s]", text[1:].strip()) \
        and not (below and rules.simplified(text[-1] + below[0]) in rules.part_of_speech())


def _after_lead(text: str) -> str:
    """A line's text after the dateline and byline it opens with (新华社北京3月11日电　…)."""
    lead = rules.parse_lead(text)
    return lead.rest if lead is not None else text


def _titled_over_its_writer(text: str, below: str, after: str) -> bool:
    """初冬，在江边 over 韩青 over 江水瘦了一圈: a short line of two clauses, no sentence, over a name
    alone and a short line: a piece's title, its writer under it, as a supplement sets a poem or an essay."""
    clauses = text.strip().split("，")
    return (len(clauses) == 2 and all(1 <= len(c) <= 8 for c in clauses) and not rules.ends_sentence(text)
            and rules.name_line(below.strip()) is not None and bool(after.strip()))


def _signs(text: str) -> bool:
    """A byline, or a name set off by a bullet (■韩　磊), or a letter's signature and its day (讀者　陳伯言　上
    五月十五日): a line of its own, however wide."""
    return rules.parse_byline(text) is not None or rules.is_bulleted(text) and rules.name_line(text) is not None \
        or signed_on_a_day(text) is not None


def signed_on_a_day(text: str) -> rules.Byline | None:
    """讀者　陳伯言　上　五月十五日: who signs a letter, the day after the signature; or None."""
    dated = _SIGNED_ON.fullmatch(text.strip())
    return rules.parse_byline(dated["signed"]) if dated else None


# 城关公社东风大队第三生产队全体社员: a letter signed by all of a body, no one writer.
_GROUP_SIGNED = re.compile(r"全体(?:社员|职工|職工|同志|师生|師生|同学|同學|员工|員工|干部|幹部|战士|戰士|工人|居民|会员|會員|教职工)$")
# 讀者　陳伯言　上　五月十五日: a signature, then the day it was written.
_SIGNED_ON = re.compile(r"(?P<signed>.+?)[\s\u3000]+(?:[一二三四五六七八九十〇○\d]{2,4}年)?[一二三四五六七八九十\d]{1,3}月[一二三四五六七八九十\d]{1,3}日")


def _couplet_head(text: str) -> bool:
    """活学活用毛主席著作　大搞技术革新: a head of parallel parts as wide as the column, no prose."""
    parts = text.split()
    return len(parts) >= 2 and all(4 <= len(p) <= 12 for p in parts) and not re.search(r"[，。、；：\d]", text) \
        and text[:1] not in rules.BULLETS + rules.ITEM_BULLETS and not _opens_with_dateline(text)  # 新华社兰州二十四日电　我国…


def _opens_with_dateline(text: str) -> bool:
    """本报讯　4月21日，…: a line that opens an item, never one going on with the line above."""
    lead = rules.parse_lead(text)
    return lead is not None and bool(lead.dateline)


def _finished(text: str) -> bool:
    """A line that ends its paragraph: a sentence, or the credit closing an item (…六成。本报记者 张振中 摄,
    or its last line alone: 邵　丹　摄)."""
    return rules.ends_sentence(text) or rules.closes_an_article(text) or _ends_with_photo_credit(text) or (
        len(text) <= 30 and rules.parse_byline(text) is not None) or (  # a letter's signature: 汉寿县岩汪湖公社社员　张德明
        text.endswith("云") and not re.search(r"[，。、；]", text))  # …數起云: an old paper's report, set unpunctuated, ends so


def _ends_with_photo_credit(text: str) -> bool:
    """…灌救。香港文匯報記者　黎永傑　攝: nothing of the item goes on after it, however wide."""
    return rules.closes_with_photo_credit(text) and bool(rules.photographers(text))


def _runs_on(text: str) -> bool:
    """A line that may go on with a paragraph: no head, byline or caption of its own."""
    return not (rules.is_bare_heading(text) or rules.is_column_titled(text) or rules.parse_byline(text) is not None
                or rules.name_line(text) or rules.is_caption(text) or rules.is_furniture(text))


def classify_lines(raw: list[tuple]) -> list[Line]:
    """classify, given each line's RawLine (or its number, blank lines before and text)."""
    raw = [RawLine(*r) for r in raw]
    marked = any(_MD_HEADING.match(r.text) for r in raw)
    lines: list[Line] = []
    for i, (number, gap, source, *_) in enumerate(raw):
        m = _MD_HEADING.match(source)
        text_ = fullwidth_punctuation(m.group(2) if m else source)
        if (re.match(r"口[ \u3000]+\S", text_) or re.fullmatch(rf"口[{rules.HAN}]{{2,3}}", text_)
                and rules.is_person_name(text_[1:])) and rules.name_line("□" + text_[1:].strip()) is not None:
            text_ = "□" + text_[1:].strip()  # 口 赵敏, 口宋晓军: the OCR's 口 for the □ set before a writer's name
        next_text = raw[i + 1][2] if i + 1 < len(raw) else ""
        if m and text_.startswith("——"):
            lines.append(Line("subtitle", text_.strip("—- "), number, gap))
        elif m and _PAGE_HEAD_ALONE.fullmatch(text_):
            lines.append(Line("furniture", text_, number, gap))  # # 第一版　要闻: a page's head in the outline, no article's
        elif m:
            lines.append(Line("heading", text_, number, gap, level=len(m.group(1))))
        elif not marked and rules.artwork(text_):
            lines.append(Line("heading", text_, number, gap))
        elif rules.is_reference_entry(text_):
            lines.append(Line("paragraph", text_, number, gap, verse=True))  # [1]习近平.…[N].人民日报: the article's
        elif rules.is_furniture(text_) or rules.is_jump_line(text_) or rules.is_stray_mark(text_) or _source_alone(text_) \
                or not lines and next_text and rules.is_furniture(text_ + next_text.strip()) \
                or not lines and next_text and rules.is_wire_label(text_) and not rules.is_photo_label(text_[1:-1]):
            # (（本稿系…重发）: the wire's word to the desk; （圖片新聞） says what the item is)
            # (建業日報　中華民國二十四年十月十 / 七日　星期四　第三版: the masthead's line cut at the width)
            lines.append(Line("furniture", text_, number, gap))
        elif text_.startswith("——"):
            lines.append(Line("subtitle", text_.strip("—- "), number, gap))
        elif rules.is_caption(text_):
            lines.append(Line("caption", text_, number, gap))
        elif (byline := rules.parse_byline(text_)) is not None:
            lines.append(Line("byline", text_, number, gap, byline=byline))
        elif lines and lines[-1].kind == "paragraph" and (byline := signed_on_a_day(text_)) is not None:
            lines.append(Line("byline", text_, number, gap, byline=byline))  # 讀者　陳伯言　上　五月十五日, under a letter
        elif ((lines and lines[-1].kind in ("heading", "subtitle") or rules.is_bulleted(text_)
               or _signs_off(lines, text_, next_text)) and (byline := rules.name_line(text_)) is not None):
            lines.append(Line("byline", text_, number, gap, byline=byline))
        elif (_signs_off(lines, text_, next_text) and not re.search(r"[，。！？；、,]$", next_text.strip())
              or lines and lines[-1].kind == "heading" and not lines[-1].level and not gap) and _pen_name_set_wide(text_):
            # under the last paragraph, signing it; or right under a title, its writer's (夜校的灯光 / 枫　林; a
            # poem's title set wide stands a blank line apart from the poem above, 秋　叶)
            lines.append(Line("byline", text_, number, gap, byline=rules.Byline((re.sub(r"\s", "", text_),))))
        elif lines and lines[-1].kind == "heading" and (rules.numbers_an_instalment(lines[-1].text)
                                                        or rules.tags_its_kind(lines[-1].text)) \
                and re.fullmatch(rf"[{rules.HAN}]{{2,4}}", text_) \
                and (len(next_text) > VERSE_CHARS or rules.is_chapter_head(next_text) or rules.is_person_name(text_)):
            # 春明舊夢（四十二） / 劍秋, 〔短評〕防汛不可稍緩 / 劍鳴: a serial's or a comment's writer under its
            # title, a pen name whatever it reads
            lines.append(Line("byline", text_, number, gap, byline=rules.Byline((text_,))))
        elif not marked and (signed := rules.title_and_writer(text_)) and rules.is_bare_heading(signed[0]) \
                and len(next_text) > VERSE_CHARS:
            # 【市聲】電車加價誰之過　　丁舟: the head, and who wrote it after a wide space on its line
            lines.append(Line("heading", signed[0], number, gap))
            lines.append(Line("byline", signed[1], number, 0, byline=rules.Byline((signed[1],))))
        elif (lead := rules.parse_lead(text_)) is not None:
            lines.append(Line("paragraph", text_, number, gap, lead=lead))
        elif rules.is_source_note(text_) or rules.is_date_alone(text_):  # 二O二三年六月十日: a notice's day, its text
            lines.append(Line("paragraph", text_, number, gap))
        elif rules.is_isolated_caption(text_, gap):
            lines.append(Line("caption", text_, number, gap))
        elif not marked and rules.is_column_titled(text_):
            lines.append(Line("heading", text_, number, gap, form="column"))
        elif not marked and rules.is_kicker_line(text_):
            lines.append(Line("heading", text_.rstrip("—- "), number, gap, form="kicker"))
        elif not marked and (rules.is_exclaimed_heading(text_) or rules.is_notice_head(text_)):
            lines.append(Line("heading", text_, number, gap))
        elif lines and lines[-1].kind == "paragraph" and len(text_) <= 24 and _GROUP_SIGNED.search(text_):
            lines.append(Line("byline", text_, number, gap, byline=rules.Byline()))  # …第三生产队全体社员, under a letter
        elif lines and lines[-1].kind == "byline" and re.match(r"(?:作者单位|作者系|作者为)[：:]?\s*\S", text_) and len(text_) <= 40:
            lines.append(Line("byline", text_, number, gap, byline=rules.Byline()))  # ■周建国 / 作者单位：…协会: who he is
        elif rules.is_editors_note(text_) and len(text_) > 12:
            lines.append(Line("paragraph", text_, number, gap))  # 编者：我们已将此信转请…: the editor's word, never a head
        elif rules.is_bare_heading(text_) and (not marked or _MD_HEADING.match(next_text)) and not rules.prices(text_):
            # On a page that marks its headings, a bare short line is a heading only as the
            # kicker right above a marked title; elsewhere it is a short paragraph. A price
            # (《…手册》　定价○·四五元) is an advert's line, never a head.
            lines.append(Line("heading", text_, number, gap))
        elif not marked and _titled_over_its_writer(text_, next_text, raw[i + 2][2] if i + 2 < len(raw) else ""):
            lines.append(Line("heading", text_, number, gap))  # 初冬，在江边 / 韩青 / 江水瘦了一圈: a poem's title
        else:
            lines.append(Line("paragraph", text_, number, gap))
    # Then what its neighbours say of a line: a credit closes the caption above it, a short head
    # beside the furniture names the page, a line over a subtitle or a byline is a head, and
    # short lines running on are verse.
    if page_indents(raw) and not _sets_heads_in(lines, raw):
        set_in = {r.number: r.indented for r in raw}  # (a line may give two: a head and its writer)
        lines = [replace(line, indented=set_in[line.line]) for line in lines]
        lines = [replace(line, kind="paragraph") if line.kind == "heading" and not line.level and not line.form
                 and _sentence_set_in(line) else line for line in lines]
    # (over a line set in, 　　　北碚各界熱烈響應 / 　傷兵之友社…, a centred head tells nothing: the OCR set both in)
    centred = _centred(raw)
    centred = {r.number for r, below in zip(raw, raw[1:]) if r.number in centred and not below.indent}
    lines = [replace(line, centred=line.line in centred) for line in lines]
    lines = _captions_closed_by_credit(_credited_captions(_briefs_under_marks(_run_in_briefs(_heads_run_on(lines)))))
    lines = _writers_over_the_print_note(lines)
    lines = _slogans_to_furniture(_figures_to_furniture(_contents_to_furniture(_weather_to_furniture(lines))))
    lines = _sign_offs_to_text(_signatures_to_text(_lone_clauses_to_heads(_column_names_to_furniture(lines), raw)))
    lines = _letters_closed(_datelines_alone_joined(_numbered_briefs(lines)))
    lines = _heads_of_subtitles(lines)
    return _listings_to_text(_lists_to_paragraphs(_verse_under_byline(_verse_to_paragraphs(lines, raw)), raw))


def _source_alone(text: str) -> bool:
    """来源：湘江日报, 来源：新华社 on its own line: where a site or an app had the article from, under
    its heads; no text of it."""
    return bool(re.fullmatch(r"(?:来源|來源)\s*[:：]\s*\S{2,16}", text.strip())) and bool(
        (credits := rules.parse_credits(text.strip())) and credits.paper)


def _sentence_set_in(line: Line) -> bool:
    """A sentence set in right under the text, on a page that sets its text in and its heads flush:
    the text's, however it exclaims (“读书做官论”可以休矣！); a head centred stands a blank line apart,
    and may end with its question."""
    return line.indented and not line.gap and rules.ends_sentence(line.text)


def _heads_run_on(lines: list[Line]) -> list[Line]:
    """A head printed over two lines is one head where the second cannot start one (宋代书院讲会
    制度 / 的当代启示) or the first cannot end one (老年人上网， / 防骗课要跟上, 在推动高质量发展中 /
    不断增强经济发展内生动力); a bullet before a
    head (●“运河记忆”文献展在扬州开幕, ■市民运动会三人篮球赛落幕) is no part of it."""
    out: list[Line] = []
    dashes_its_decks = any(line.kind == "subtitle" for line in lines)
    traditional = _set_in_traditional(lines)
    joined = False  # the head above is two printed lines already, so no single line cut at the width
    marked_above = False  # the head above opened with an item's bullet
    for k, line in enumerate(lines):
        bulleted = line.text[:1] in rules.ITEM_BULLETS or line.text[:1] in rules.BULLETS and not rules.name_line(line.text)
        if line.kind == "heading" and not line.level and (framed := rules.unframed(line.text)):
            line, bulleted = replace(line, text=framed), False  # ◇读者来信◇, ·行业简讯·: a label between marks
        elif line.kind == "heading" and not line.level and bulleted:
            line = replace(line, text=line.text[1:].strip())
        # ■海關截獲 / 走私煙十萬支, then the text: a brief's head under its bullet, set narrow over two lines
        rest_of_brief = marked_above and not bulleted and _stacked(out[-1] if out else None, line) and len(line.text) <= 8 \
            and k + 1 < len(lines) and lines[k + 1].kind == "paragraph" \
            and not rules.names_a_kind_of_news(out[-1].text) and not rules.names_a_column(out[-1].text)
        # (▲特約通信 / 直南災況之一斑, ■法苑随笔 / “私了”了不了: the column's name over its title)
        marked_above = bulleted and line.kind == "heading"
        above = out[-1] if out else None
        # …会员大会通告: a notice's title is whole, its text below it; 三－八四五二××: where to call, no head
        whole = above is not None and (rules.ends_a_notice_title(above.text) or rules.is_contact_line(above.text)
                                       or rules.is_date_alone(above.text))  # 二O二三年六月十日: a notice's day
        # the issuer opens a notice's head: a company closing an advert's lines (金星電子股份有限公司) is the advert's
        # (…WhatsApp简历至019-432 1188（林先生） / 振发五金有限公司 / 停水通告: the firm signs the advert above)
        # (河北省交通运输厅 / 关于…部分路段 / 施工期间交通管制的公告: the issuer over the rest, the three lines one title)
        notice = _notice_title_broken(above, line) and not (len(out) > 1 and _stacked(out[-2], above)
                                                            and not rules.is_notice_title(out[-2].text, above.text + line.text)) \
            and not (len(out) > 1 and not above.gap and out[-2].kind == "paragraph" and rules.gives_a_number(out[-2].text))
        # 徵文啟事, 更　正: a notice's label opens an item of its own, no rest of the head above it
        whole = whole or rules.is_notice_label(line.text) and not notice
        # 全省人民总动员 / 掀 起 秋 收 秋 种 高 潮: a head set letter by letter is in type of its own, the
        # line above it another head
        whole = whole or _display_head(line.text) and above is not None and not _set_letter_by_letter(above.text)
        whole = whole or above is not None and rules.is_genre_label(above.text)  # 记者调查 over its title: the kind of piece
        # 〔林海论坛〕 over its title: its column's name, in brackets on a line of its own, no part of the title
        whole = whole or above is not None and bool(re.fullmatch(r"[〔【［〖][^〔〕【】［］〖〗]{2,8}[〕】］〗]", above.text.strip()))
        whole = whole or not joined and _kicker_over_a_title_in_two_lines(out[-2:-1], above, line, lines[k + 1:k + 3])
        if not whole and (above is not None and above.kind == "heading" and line.kind in ("heading", "paragraph")
                and not line.gap and not above.level and len(line.text) <= 16 and rules.runs_on_as_head(line.text)
                or _head_wanting_its_rest(above, line, lines[k + 1:k + 2])
                or _head_broken_at_comma(above, line)
                or not joined and (_head_broken_at_width(above, line, lines[k + 1:k + 2])
                                   or _head_with_a_short_rest(out[-2:-1], above, line, lines[k + 1:k + 2]))
                # 亞洲女籃賽中 / 華隊今晨啟程 / 赴漢城: a head over three narrow lines, its last a few characters
                or joined and len(line.text) <= 4 and _head_with_a_short_rest(out[-2:-1], above, line, lines[k + 1:k + 2])
                or notice or _head_broken_at_count(above, line)
                or dashes_its_decks and _head_over_two_lines(out[-2:-1], above, line, lines[k + 1:k + 2])
                or _head_broken_after_subject(above, line, lines[k + 1:k + 3])
                or _stacked(above, line) and rules.broken_mid_word(above.text, line.text)
                or _stacked(above, line) and not bulleted and rules.names_its_event_below(above.text, line.text)
                or _stacked(above, line) and rules.is_document_number(above.text + line.text)
                or _stacked(above, line) and _set_letter_by_letter(above.text) and _set_letter_by_letter(line.text)
                and _spaces(above.text) == _spaces(line.text)  # (灯　　花 over 秋 夜 漫 笔: a supplement's name, set wider)
                or _title_between_kicker_and_deck(out[-2:-1], above, line, lines[k + 1:k + 3])
                or _title_between_couplets(out[-2:-1], above, line, lines[k + 1:k + 3])
                or traditional and _title_over_a_couplet_deck(out[-2:-1], above, line, lines[k + 1:k + 3])
                or not joined and _title_under_kicker_over_deck(out[-3:-1], above, line, lines[k + 1:k + 2])
                or not joined and _short_title_under_a_leading_kicker(out[-2:-1], above, line, lines[k + 1:k + 2])
                or _column_name_under(above, line) or rest_of_brief
                or _stacked(above, line) and re.fullmatch(r"[（(][一二三四五六七八九十百〇零\d]{1,4}[）)]", line.text.strip())):
            # (长河落日 / （三十七）: a serial's title, its instalment's number set on a line of its own)
            # 延 屬 各 縣 春 耕 運 動 / 普 遍 展 開: a head set letter by letter stays so, to be closed up whole
            spaced = all(_set_letter_by_letter(n.text) for n in (above, line))
            # 仁愛中醫診所 / 遷　址　啟　事: a line set wide under one set close is closed up to join it
            rest = line.text if spaced or not _set_letter_by_letter(line.text) else _as_read(line.text)
            # 风灾后第二天 / 全澳展开清理 / 居民守望相助 / ——…: a title of two balanced clauses keeps them apart
            paired = not joined and rules.balanced_clauses(above.text, line.text) \
                and _title_under_kicker_over_deck(out[-3:-1], above, line, lines[k + 1:k + 2])
            out[-1], joined = replace(above, kind="heading", text=above.text + (" " if spaced or paired else "") + rest,
                                      wrapped=True), True
            if len(out) > 1 and _notice_title_broken(out[-2], out[-1]):
                # 贵州省发展和改革委员会 / 关于征集…工程 / 项目的公告: the issuer over the rest, joined
                out[-2:] = [replace(out[-2], text=out[-2].text + out[-1].text)]
        elif not whole and _bare_pair(above, line) and not joined and rules.couplet_over_two_lines(above.text, line.text) \
                and not (k + 1 < len(lines) and _stacked(line, lines[k + 1])):
            # 立足新发展阶段 / 贯彻新发展理念: a couplet set over two lines, one head of two clauses
            out[-1], joined = replace(above, text=f"{above.text} {line.text}", wrapped=True), True
        elif above is not None and above.kind == "subtitle" and line.kind in ("heading", "paragraph") and not line.gap \
                and len(line.text) <= 8 and rules.broken_mid_word(above.text, line.text):
            out[-1] = replace(above, text=above.text + line.text)  # ——變工隊扎工隊紛紛組 / 織起來: one deck
        else:
            out.append(line)
            joined = False
    return out


def _spaces(text: str) -> set[str]:
    """The runs of space a head is set with (　　, or one space)."""
    return set(re.findall(r"[ \u3000]+", text.strip()))


def _set_letter_by_letter(text: str) -> bool:
    """春 耕 前 的 积 肥, 在 急 诊 室 的 24 小 时: a head whose characters are set apart one by one."""
    parts = text.split()
    return len(parts) >= 2 and all(len(x) == 1 or x.isdigit() for x in parts) and sum(len(x) == 1 for x in parts) >= 2


def _display_head(text: str) -> bool:
    """旺 角 金 舖 遭 械 劫: a head of five characters or more set letter by letter, the page's big type
    (a label so set, 要 闻, 遷　址　啟　事, is shorter)."""
    return _set_letter_by_letter(text) and len(text.split()) >= 5


def _stacked(above: Line | None, line: Line) -> bool:
    """Two unmarked head lines, the lower right under the upper."""
    return (above is not None and above.kind == line.kind == "heading" and not line.gap
            and not above.level and not line.level)


def _bare_pair(above: Line | None, line: Line) -> bool:
    """Two stacked head lines of no particular form, each of one part (no spaces inside but those an
    OCR sets round figures and Latin letters: 2023 年我国快递业务量 / 突破 1300 亿件)."""
    return (_stacked(above, line) and not above.form and not line.form
            and not re.search(r"\s", _LATIN_GAPS.sub("", above.text + "\n" + line.text).replace("\n", "")))


# A space an OCR (Tesseract's) sets between figures or Latin letters and the Chinese beside them.
# (a number spaced on both sides, 突破 1300 亿件; a list's numbers, 答案:1.纪录 2.小明, part its items)
_LATIN_GAPS = re.compile(rf"(?<=[0-9A-Za-z%]) (?=[{HAN}])|(?<=[{HAN}]) (?=[0-9A-Za-z][0-9A-Za-z.,%]* [{HAN}])")


def _head_wanting_its_rest(above: Line | None, line: Line, below: list[Line]) -> bool:
    """A head line that cannot end a head (在推动高质量发展中, 青年突击队战斗在, 南京今年将在老旧小区,
    让古老的木版年画) over its rest: one
    head (a line of verse may end so; a head stands over its byline, deck or text)."""
    # 城乡居民医保报销有哪些 / 新变化？: the rest a question, which alone reads as a sentence
    asked = above is not None and line.kind == "paragraph" and rules.is_exclaimed_heading(above.text + line.text)
    # 他们不愿被叫作“下岗 / 职工”（记者手记）: the rest closing a quotation, which alone reads as no head
    closing = above is not None and line.kind == "paragraph" and len(line.text) <= 16 \
        and rules.opens_what_the_next_closes(above.text, line.text)
    return (_stacked(above, line) or (asked or closing) and _stacked(above, replace(line, kind="heading"))) and (
        rules.opens_a_frame(above.text) or rules.ends_in_its_setting(above.text)
        or rules.lets_without_its_verb(above.text) or rules.ends_at_its_time(above.text)
        or rules.ends_at_its_frame(above.text) or rules.leads_with_its_means(above.text)
        or rules.closes_its_purpose_below(above.text, line.text) or rules.opens_what_the_next_closes(above.text, line.text)
        or (rules.ends_wanting_its_object(above.text) or rules.takes_without_its_verb(above.text)
            or rules.names_its_topic_without_its_verb(above.text)) and _over_text(below)
        or rules.cut_before_its_rest(above.text, line.text) and bool(below) and not below[0].verse)


def _column_name_under(above: Line | None, line: Line) -> bool:
    """职工食堂要注意饭菜卫生 / （读者来信）: the column's name closing a title, wrapped onto a line of its own
    (not a date's note, （截至11月2日）, nor a credit, （出品方供图）, nor the dateline opening the text, （本報訊））."""
    return (above is not None and above.kind == "heading" and not line.gap and line.kind in ("heading", "paragraph")
            and not _opens_with_dateline(line.text)
            and bool(re.fullmatch(r"[（(][\u4e00-\u9fff·]{2,8}(?<!供图)(?<!提供)(?<!供稿)(?<!摄)[）)]", line.text.strip()))
            and rules.is_column_titled(above.text + line.text.strip()))


def _title_between_kicker_and_deck(before: list[Line], above: Line | None, line: Line, below: list[Line]) -> bool:
    """关注群租整治 / 朝阳一小区地下室 / 群租整治启动 / 居住人员须在…搬离；街道设…, then the text: a kicker,
    a deck and two lines between them, which are one title (a head has one kicker and one deck)."""
    return (len(before) == 1 and _bare_pair(above, line) and _stacked(before[0], above)
            and len(below) == 2 and below[0].kind == "paragraph" and not below[0].gap
            and len(below[0].text) <= 40 and not rules.ends_sentence(below[0].text) and rules.reads_as_deck(below[0].text)
            and below[1].kind == "paragraph" and len(below[1].text) > len(below[0].text))


def _title_under_kicker_over_deck(before: list[Line], above: Line | None, line: Line, below: list[Line]) -> bool:
    """郫县红光人民公社 / 晚稻丰收在望 / 社员日夜突击抢收 / ——全社已收割三万余亩: three bare head lines over
    a dashed deck, which is the head's one deck; the first is its one kicker, the other two its title.
    (本坡新聞 first is the page's section, no kicker: the two under it are the kicker and the title.)"""
    return (bool(before) and _bare_pair(above, line) and _bare_pair(before[-1], above)
            and not rules.names_a_kind_of_news(before[-1].text)
            and not (len(before) == 2 and _stacked(before[0], before[1]))
            and bool(below) and below[0].kind == "subtitle" and not below[0].gap)


def _kicker_over_a_title_in_two_lines(before: list[Line], above: Line | None, line: Line, below: list[Line]) -> bool:
    """风灾后第二天 / 全澳展开清理 / 居民守望相助 / ——多区仍停水停电…: the first of three bare head lines over a
    dashed deck is the head's kicker, whole however it ends (…后第二天 may want its rest in a head of two
    lines); the two under it are its title (_title_under_kicker_over_deck)."""
    # (青年致富能手 / 回乡知青办起家庭饲料加工厂 / “饲料大王”赵庆丰: a clause closed by its object over a line of
    # its own is the kicker over the title, the column's label over them; （作者系…城 / 南法庭庭长）: a note)
    return (_bare_pair(above, line) and not (before and _stacked(before[0], above)) and _balanced(above.text)
            and len(below) == 2 and _bare_pair(line, below[0]) and below[1].kind == "subtitle" and not below[1].gap
            and not rules.names_a_kind_of_news(above.text)
            and (rules.one_head_broken(line.text, below[0].text) or rules.balanced_clauses(line.text, below[0].text)
                 or not rules.closes_on_its_object(line.text)))


def _short_title_under_a_leading_kicker(before: list[Line], above: Line | None, line: Line, below: list[Line]) -> bool:
    """贪图高息酿苦果—— / 七旬老太 / 被骗三万元, then the text: under a kicker leading into its title,
    two short bare lines are that title set narrow, no title and deck (a deck explains at length)."""
    return (len(before) == 1 and before[0].form == "kicker" and _bare_pair(above, line) and _stacked(before[0], above)
            and len(above.text) <= 6 and len(line.text) <= 8 and _over_text(below))


def _title_between_couplets(before: list[Line], above: Line | None, line: Line, below: list[Line]) -> bool:
    """情繫桑梓　惠澤後代 / 旅美鄉親捐資重建 / 潭江中學科學樓 / 總投資逾三百萬元　預計明年秋季落成, then the
    text: four heads, a kicker and a deck set as couplets, the two plain lines between them one title
    (set about as wide: 在党的总路线光辉照耀下…共产主义风格 over a shorter line is a kicker over its title)."""
    return (len(before) == 1 and _bare_pair(above, line) and _stacked(before[0], above)
            and set_width(above.text) <= 1.5 * set_width(line.text)
            and rules.is_couplet(before[0].text) and len(below) == 2 and _stacked(line, below[0])
            and rules.is_couplet(below[0].text) and below[1].kind != "heading")


def _title_over_a_couplet_deck(before: list[Line], above: Line | None, line: Line, below: list[Line]) -> bool:
    """政制綠皮書意見書 / 已逾一萬二千份 / 八八直選爭論未見收窄　兩大陣營加緊爭取支持, then the text: two bare
    lines about as long, no head over them but a page's label (港 聞), over a deck of two clauses set
    apart (as Hong Kong's papers set decks, without a dash): one title broken in its big type, not a
    kicker over a title."""
    return (_bare_pair(above, line) and abs(len(above.text) - len(line.text)) <= 1
            and not (before and _stacked(before[0], above) and len(re.sub(r"\s", "", before[0].text)) > LABEL_CHARS)
            and len(below) == 2 and _stacked(line, below[0]) and rules.is_couplet(below[0].text)
            and below[1].kind == "paragraph")


def _head_broken_after_subject(above: Line | None, line: Line, below: list[Line]) -> bool:
    """A head line naming only its subject over a line opening with its predicate (三江源国家公园 /
    启动春季野生动物监测), over the text or over a deck over it: one head broken between them, not a
    kicker and its title."""
    over_deck = len(below) == 2 and below[0].kind == "heading" and not below[0].gap and _over_text(below[1:])
    # (both centred, their indents tell nothing: a line set in under one at the margin is its deck)
    return (_bare_pair(above, line) and (not line.indented or above.indented)
            and (_over_text(below[:1]) or over_deck) and not rules.tells_what_follows(line.text)
            and rules.names_only_its_subject(above.text) and not rules.is_series_name(above.text)
            and rules.opens_with_its_predicate(line.text))  # (槟城老字号系列④ / 守住祖父的炭炉: a series' kicker)


def _over_text(below: list[Line]) -> bool:
    """A head's lines stand over its byline, its deck, its text (its dateline, however short its line:
    【本报讯】澳洲联邦警察（AFP）) or its photo's caption, not over a poem's next line."""
    return bool(below) and (below[0].kind in ("byline", "subtitle", "caption") or below[0].kind == "paragraph"
                            and (len(below[0].text) > VERSE_CHARS or below[0].lead is not None and bool(below[0].lead.dateline)))


def _head_broken_at_width(above: Line | None, line: Line, below: list[Line]) -> bool:
    """Two bare head lines, the lower a short remainder of the upper (rules.head_broken_at_width),
    over text or a byline: one head. Not a box's name under a title (核心阅读), nor a line of
    verse or of a table (a run of short lines, cells set apart)."""
    return (_bare_pair(above, line)
            and (not rules.is_box_label(line.text) or rules.asks(line.text))  # 如何破解, not 读者来信
            and bool(below) and (below[0].kind in ("paragraph", "byline", "subtitle", "caption")
                                 or below[0].kind == "heading" and rules.is_box_name(below[0].text))  # (…/ 核心阅读)
            and rules.head_broken_at_width(above.text, line.text) and not _title_over_its_deck(above, line, below))


def _title_over_its_deck(above: Line, line: Line, below: list[Line]) -> bool:
    """第二十八屆世界乒乓球錦標賽 / 我國選手載譽歸來 / ——男女隊員…: over a deck, a lower head line saying who
    did what is the title, under its kicker, not the rest of the line above (如何破解, 洞庭湖湿地生态)."""
    return bool(below) and below[0].kind == "subtitle" and len(line.text) >= 7 and not rules.asks(line.text) \
        and rules.names_who_does_what(line.text) and not rules.word_across(above.text, line.text)


def _head_with_a_short_rest(before: list[Line], above: Line | None, line: Line, below: list[Line]) -> bool:
    """Two bare head lines, the lower a short rest of the upper (rules.leaves_a_short_rest), over
    the text, its byline or its deck: one head. Not a poem's last lines over the next title
    (short lines run on above them)."""
    in_verse = bool(before) and not above.gap and before[0].kind in ("heading", "paragraph") \
        and len(before[0].text) <= VERSE_CHARS and not before[0].form \
        and not rules.names_a_column_of_briefs(before[0].text)  # 各  地  简  讯 over the briefs: no verse
    # 马来西亚日前夕 / 古晋万人参与游行 / ——各族同胞…: over a dashed deck, a lower line no shorter is the
    # title under its kicker (a head has a kicker, a title and a deck), unless the upper names only
    # the subject the lower goes on with (城东乡各高级社 / 冬季积肥掀起高潮)
    over_deck = bool(below) and below[0].kind == "subtitle" and above is not None \
        and (len(line.text) > len(above.text) or _title_over_its_deck(above, line, below)) and not rules.names_only_its_subject(above.text)
    # (a line set in under a head, on a page that sets in its text, is its deck: a head's rest stays at the margin)
    return (_bare_pair(above, line) and not in_verse and _over_text(below) and not over_deck and not line.indented
            and not rules.is_box_name(line.text) and not rules.is_box_name(above.text)  # 核心阅读, 编者按: a box
            and rules.leaves_a_short_rest(above.text, line.text) and not rules.two_whole_clauses(above.text, line.text)
            and not _deck_of_figures(above, line))


def _deck_of_figures(above: Line, line: Line) -> bool:
    """我县71个重点项目集中开工 / 总投资186.5亿元: a head whole in its words (who did what) over the figures
    a deck tells, opening on the sum they make (总, 共, 累计…) with no verb, no rest of it (检修项目一次合格率达100%,
    惠及8万余所学校 go on with the head above)."""
    return not re.search(r"\d", above.text[-2:]) and _sums_up(line.text) and rules.names_who_does_what(above.text)


def _sums_up(text: str) -> bool:
    """总投资186.5亿元, 共计3200余人: figures opening on the sum they make, with no verb: a deck's words."""
    if not re.search(r"\d", text):
        return False  # (asked of many lines: the words are tagged only where figures stand)
    tagged = rules.parts_of_speech(rules.simplified(text))
    return bool(tagged) and (tagged[0][1] in ("b", "m", "mq", "q") or text.startswith(("总", "共", "累计", "合计"))) \
        and not any(f.startswith("v") and f != "vn" for _, f in tagged)


def _head_over_two_lines(before: list[Line], above: Line | None, line: Line, below: list[Line]) -> bool:
    """On a page that sets its decks (副题) with a dash, two bare head lines over the text or its
    byline are one head printed over two lines (大庆油田古龙页岩油 / 试验区累计产油突破百万吨), not a
    title and its deck: a deck there would have its dash. A line that still reads as a deck (a
    second clause after a comma, a couplet, a speaker, figures under a head whole in its words,
    _deck_of_figures) is left to be one, and so is the line under a
    head whole in its form (青溪镇：小网格撬动基层大治理, where, then what) or in its words (我国人民对外友好
    协会举行招待会 / 欢迎马里文化代表团: what it did, then what for). Under a kind of piece's label
    (经验交流 / 红旗公社第三生产队 / 怎样做好春耕备耕) the upper is no kicker: a head has one."""
    under_a_label = bool(before) and before[0].kind == "heading" and not before[0].gap and not above.gap \
        and (rules.is_genre_label(before[0].text) or before[0].text.endswith("——"))
    return (_bare_pair(above, line) and not re.search(r"[，,：:（(—]", line.text)
            and not re.search(r"[：:]", above.text) and not above.text.endswith("——")
            and not rules.two_whole_clauses(above.text, line.text) and not _deck_of_figures(above, line)
            and (under_a_label or not rules.upper_is_kicker(above.text, line.text))
            and bool(below) and below[0].kind in ("paragraph", "byline"))


def _notice_title_broken(above: Line | None, line: Line) -> bool:
    """A company's notice titled on two lines, however broken (…有限公司关于召开 / 2024年第二次临时
    股东大会的通知): one title, not a title and its deck. (The issuer opens the notice's head: a company
    closing a run of an advert's lines, 金星電子股份有限公司 over 徵文啟事, is the advert's.)"""
    return _stacked(above, line) and rules.is_notice_title(above.text, line.text)


def _head_broken_at_count(above: Line | None, line: Line) -> bool:
    """A head line ending with a count over the head line its noun opens (呈贡大学城新增3条 /
    定制公交线路): one head."""
    return _stacked(above, line) and rules.ends_with_a_count(above.text)


def _head_broken_at_comma(above: Line | None, line: Line) -> bool:
    """A short line at the margin closed by a comma or a colon, over a head: one head broken at
    its comma (老年人上网， / 防骗课要跟上) or after its speaker (陈立新委员： / 建立农村小水电有序
    退出补偿机制), which a paragraph's line never is."""
    return (above is not None and above.kind in ("heading", "paragraph") and line.kind == "heading"
            and not line.gap and not above.indented and not above.level and not line.level
            and (above.text.endswith(("，", ",")) and len(above.text) <= 12 and len(line.text) <= 16
                 or above.text.endswith(("：", ":")) and len(above.text) <= 16 and len(line.text) <= 24))


def _run_in_briefs(lines: list[Line]) -> list[Line]:
    """Two or more paragraphs in a row, each opening with its title in brackets (【孟子轩新专辑
    9月发行】歌手孟子轩8日宣布…), are a column of briefs: each a title over its text; a short head
    right over the first (本 市 简 讯) is the column's name, no kicker of its first brief."""
    # (▲東安市場昨晨失慎　昨晨…: a brief's bullet, however like a caption's mark it looks)
    split = [rules.run_in_title(line.text) if line.kind in ("paragraph", "caption") and not line.lead else None
             for line in lines]
    # (农行涉农贷款突破300亿元：记者从…, under 财经快讯: a brief's lead-in, closed by a colon, only in a column of briefs)
    for k, line in enumerate(lines):  # (the column's briefs one after another, the first under its name)
        if split[k] is None and line.kind == "paragraph" and not line.lead and k \
                and (lines[k - 1].kind != "heading" or rules.names_a_column_of_briefs(lines[k - 1].text)) \
                and (_among_briefs(lines, k) or split[k - 1]):  # (a brief under a head of its own: its text's)
            split[k] = rules.lead_in_title(line.text)
    # A head run into its dateline (外汇调剂中心开业百日成交二千三百万美元　本报讯（记者张晓帆）…) is an
    # item's head and text, alone too: no paragraph opens so.
    out: list[Line] = []
    for k, line in enumerate(lines):
        if line.kind == "heading" and not line.level and k + 2 < len(lines) and split[k + 1] and split[k + 2] \
                and len(re.sub(r"\s", "", line.text)) <= 8:
            out.append(replace(line, kind="furniture"))
        elif split[k] and (k and split[k - 1] or k + 1 < len(lines) and split[k + 1]
                           or (opening := rules.parse_lead(split[k][1])) is not None and bool(opening.dateline)
                           or rules.opens_with_column_name(split[k][0])  # 【特区短论】效率从何而来　在特区，…
                           # ●县人大常委会召开第三十次会议 3月14日，…: under its bullet, or opening on when or who
                           # (…12个 记者从县交通运输局获悉，…), among briefs headed otherwise
                           or (_among_briefs(lines, k) or _in_a_column_of_briefs(out)) and (line.text[:1] in rules.ITEM_BULLETS
                                                           or re.match(r"[^，。\s]{2,14}，", split[k][1]) is not None)):
            title, text = split[k]
            out += [replace(line, kind="heading", text=title, form="run-in"),
                    replace(line, kind="paragraph", text=text, gap=0, lead=rules.parse_lead(text))]
        elif (joined := _head_joined_where_a_title_stands(lines, k, out)) is not None:
            title, text, under_rubric = joined
            if under_rubric:
                out[-1] = replace(out[-1], kind="furniture")  # 周末去哪儿 over its briefs: their column's name
            out += [replace(line, kind="heading", text=title, form="run-in"),
                    replace(line, kind="paragraph", text=text, gap=0, lead=rules.parse_lead(text))]
        else:
            out.append(line)
    return out


# A head, a space, then words: a head the OCR set on one line with the text under it, or with words of
# the column beside it (股份制不是“一股就灵” 认购工作已于5月底顺利结束。).
# A head may be set in two parts (冒充军官骗婚 男子被判十年 被告人韩某…).
_HEAD_THEN_WORDS = re.compile(r"^(?P<title>[^，。！？：；;,\s]{4,24}(?:[ \u3000][^，。！？：；;,\s（()）\d]{2,12}(?=[ \u3000]))?)"
                              r"[ \u3000]+(?P<text>\S.{7,})$")


def _head_joined_where_a_title_stands(lines: list[Line], k: int, above_read: list[Line]) -> tuple[str, str, bool] | None:
    """Paragraph k stands where only a title can (under a kind of piece's label: 短评, 【周末笑坛】;
    over a letter's salutation; first under a short column's name, more briefs below; among
    briefs, `above_read` the lines above it as read) and opens with a head and a space: that head,
    the words after it as text, and whether the line above names the column it opens."""
    line = lines[k]
    m = _HEAD_THEN_WORDS.match(line.text) if line.kind == "paragraph" and not line.lead else None
    if m is None or not rules.is_bare_heading(m["title"]) or not re.search(r"[，。！？]", m["text"]) \
            or re.search(r"(?:电|電|讯|訊|报道|報道)$", m["title"]) or re.fullmatch(r"[\d年月日号时分至—-]+", m["title"]):
        return None  # (天津十一日下午六時本館專電　津埠米價…: a dispatch's dateline; 2016年11月　…: a timeline's day)
    above = lines[k - 1] if k else None
    labelled = above is not None and (above.kind == "heading" and rules.is_genre_label(above.text)
                                      or above.kind == "furniture" and rules.is_bracketed_rubric(above.text))
    over_salutation = k + 1 < len(lines) and lines[k + 1].kind == "paragraph" and rules.is_salutation(lines[k + 1].text)
    first_brief = above is not None and above.kind == "heading" and not above.level and not rules.is_box_name(above.text) \
        and not rules.is_notice_label(above.text) and not rules.is_numbered(above.text) \
        and len(re.sub(r"\s", "", above.text)) <= RUBRIC_CHARS and not re.search(r"[，。：:！？]", above.text) \
        and any(n.kind == "paragraph" and _HEAD_THEN_WORDS.match(n.text) or n.kind == "heading"
                and lines[j - 1].kind == "paragraph" and j + 1 < len(lines) and lines[j + 1].kind == "paragraph"
                for j, n in enumerate(lines[k + 1:k + 4], k + 1))
    among = len(m["title"]) >= 6 and _in_a_column_of_briefs(above_read)
    return (m["title"].lstrip(rules.ITEM_BULLETS + rules.BULLETS), m["text"], first_brief and not labelled) \
        if labelled or over_salutation or first_brief or among else None


# How far under its name a column of briefs runs: a handful of briefs, a line or two each.
BRIEFS_RUN_LINES = 10


def _in_a_column_of_briefs(above: list[Line]) -> bool:
    """The lines `above` close with a column of briefs, under its name (市场简讯, 本市快讯) or after a
    brief run into its text, with only briefs' heads and text between: no byline, deck or marked head."""
    run = above[-BRIEFS_RUN_LINES:]
    for k in range(len(run) - 1, -1, -1):
        line = run[k]
        if line.kind in ("heading", "furniture") and rules.names_a_column_of_briefs(line.text) or line.form == "run-in":
            return True
        if line.kind == "byline" and line.text.startswith(("（", "(")) and k and run[k - 1].kind == "paragraph":
            continue  # （记者 沈丽） closing a brief, as a column's briefs close
        if line.kind not in ("heading", "paragraph") or line.level or line.form \
                or line.kind == "heading" and (k and run[k - 1].kind == "heading" or rules.is_notice_label(line.text)
                                               or rules.is_advert_label(line.text)):
            return False  # (讣告 / 显考　陈公讳永福　老大人: a notice's head, stacked as no brief's is)
    return False


def _numbered_briefs(lines: list[Line]) -> list[Line]:
    """Under a column of briefs' name (要闻速览), numbered heads over text (1.我省新增4个国家农业产业强镇,
    ②全省“春风行动”…) are its items' titles, their numbers no part of them; elsewhere a numbered line
    is a list's."""
    out, under = list(lines), False
    for k, line in enumerate(lines):
        if rules.names_a_column_of_briefs(line.text) and line.kind in ("heading", "furniture"):
            under = True
        elif line.kind == "heading" and under and (m := _BRIEF_NUMBER.match(line.text)) \
                and k + 1 < len(lines) and lines[k + 1].kind == "paragraph":
            out[k] = replace(line, text=line.text[m.end():].strip(), form="run-in")
        elif line.kind == "heading" or line.gap > 1:
            under = False
    return out


# 1. 2、 ③: an item's number before its head.
_BRIEF_NUMBER = re.compile(r"^(?:\d{1,2}\s*[.、．]|[①-⑳])\s*")


def _among_briefs(lines: list[Line], k: int) -> bool:
    """Line k under a column of briefs' name (县内简讯), a few lines above it or right above."""
    return any(line.kind == "heading" and rules.names_a_column_of_briefs(line.text) for line in lines[max(0, k - 4):k])


def _pen_name_set_wide(text: str) -> bool:
    """晓　岚, 阿 牛: two characters set a space apart, as a signature is under an essay, whatever
    name it is (a pen name has no surname); a label so set (简　讯, 短　评) names a column or a box,
    and three so set are as often a poem's title (插　秧　歌)."""
    bare = re.sub(r"[ \u3000]", "", text)
    return bool(re.fullmatch(rf"[{rules.HAN}][ \u3000]+[{rules.HAN}]", text.strip())) \
        and not (rules.names_a_column_of_briefs(bare) or rules.is_genre_label(bare) or rules.is_box_name(bare)
                 or rules.is_bare_label(bare) or rules.is_notice_label(bare))


def _signs_off(above: list[Line], text: str, next_text: str) -> bool:
    """Names alone under the last paragraph of an essay, before the next head, are its writer's:
    a name set wide (林　溪) or of three characters; two close together may be a rubric (简讯)."""
    return (bool(above) and above[-1].kind == "paragraph" and (len(next_text.strip()) <= PARAGRAPH_CHARS
                                                                or rules.is_caption(next_text.strip())
                                                                or rules.is_editors_note(next_text.strip()))
            and len(text.strip()) >= 3)  # (or before a photo's caption, the next item, or the editor's word on a letter)


def _briefs_under_marks(lines: list[Line]) -> list[Line]:
    """Lines each opening with △, two or more in a row and none crediting a photographer, are a
    column's briefs, as papers of the 1930s set them (△本埠各小学暑期补习班…), not captions (a
    ▲ stays a caption's mark: today's papers set one under each picture)."""
    out = list(lines)
    k = 0
    while k < len(lines):
        end = k
        while end < len(lines) and lines[end].kind == "caption" and lines[end].text[:1] == "△" \
                and not rules.photographers(lines[end].text) and not re.search(r"(?:摄|供图)[）)]?$", lines[end].text):
            end += 1
        if end - k >= 2:
            out[k:end] = [replace(line, kind="paragraph") for line in lines[k:end]]
        k = max(end, k + 1)
    return out


def _credited_captions(lines: list[Line]) -> list[Line]:
    """A photo credit alone on its line (记者　顾　炜　摄) closes the caption printed above it:
    the paragraph over it is that caption, not text of an article."""
    out: list[Line] = []
    for line in lines:
        above = out[-1] if out else None
        if (line.kind == "caption" and rules.is_credit(line.text) and above is not None
                and above.kind == "paragraph" and not above.lead and len(above.text) <= 200):
            out[-1] = replace(above, kind="caption", text=f"{above.text} {line.text}")
            # 某部三连战士在进行刺杀对抗 / 训练。 / 新华社记者　赵明远摄: a caption set narrower than the
            # column, its line cut short of the width running on into the one the credit closes
            if len(out) > 1 and out[-2].kind in ("heading", "paragraph") and not out[-2].lead \
                    and not _finished(out[-2].text) and len(above.text) <= 8 and not line.gap and not above.gap:
                out[-2:] = [replace(out[-2], kind="caption", text=out[-2].text + out[-1].text)]
        else:
            out.append(line)
        opening = out[-2] if len(out) > 1 else None
        if out[-1].kind == "caption" and opening is not None and _caption_begun_above(opening, out[-1]):
            out[-2:] = [replace(opening, kind="caption", text=opening.text + out[-1].text)]
        elif out[-1].kind == "caption" and opening is not None and opening.kind == "paragraph" and not out[-1].gap \
                and re.match(r"[图圖][为為]|[图圖]片?[：:]", opening.text) and len(opening.text) <= 80:
            # 圖為南縣…正在搶收晚稻。 / 這個社…五十斤左右。本報記者　李子明攝: a caption's first sentence,
            # as captions open, over the rest its credit closes
            out[-2:] = [replace(opening, kind="caption", text=opening.text + out[-1].text)]
    return out


def _caption_begun_above(above: Line, caption: Line) -> bool:
    """起跑仪式上，第一棒火炬 / 手张华高擎火炬起跑。 本报记者 王 军 摄: a caption's first clause cut off on
    the line over it (a text box of an OCR engine a line), its last word broken there, or its subject
    left there for the verb under it; a photo's own title over its caption (奔赴社区，吹响青春集结号 / 图为…)
    says what it says whole."""
    text = above.text.strip()
    if above.kind not in ("heading", "paragraph") or above.lead or above.level or caption.gap or "，" not in text \
            or len(text) > 30 or _finished(text) or not rules.closes_with_photo_credit(caption.text):
        return False
    last = text.rsplit("，", 1)[1]
    # (小学生们 / 挥舞国旗…: its last clause a noun, the subject of the verb the caption opens with)
    ends_on_a_noun = bool(last) and rules.parts_of_speech(rules.simplified(last))[-1][1][:1] in ("n", "r", "k")
    return rules.broken_mid_word(text, caption.text) or ends_on_a_noun and rules.opens_with_its_predicate(caption.text)


def _heads_of_subtitles(lines: list[Line]) -> list[Line]:
    """A short line right above a —— subtitle, a byline or a signed title is a head too, and a
    short unfinished line right under a head, set apart from what follows, is that head's
    deck (副题): 今年高校毕业生就业服务行动启动 / ——将提供岗位信息超过1000万个."""
    out = list(lines)
    # Bottom up: a title made a head here makes the line above it its kicker.
    for k in range(len(lines) - 1, -1, -1):
        line = lines[k]
        if (line.kind != "paragraph" or line.lead or len(line.text) > 40 or rules.is_source_note(line.text)
                or _sentence_set_in(line)
                or "。" in line.text[:-1]  # two sentences are text: a head holds no full stop
                or line.text[-1:] in "，、；"):  # …由市府佈告施行、: text an old page ends with its only mark
            continue
        before = lines[k - 1] if k else None
        after = out[k + 1] if k + 1 < len(out) else None
        # a kicker over a title signed under it, or under its subtitle
        signed = [n for n in out[k + 1:k + 4] if n.kind == "byline" and n.byline or n.lead]
        above_subtitle = after is not None and (
            after.kind == "subtitle" or after.kind == "byline" and after.byline
            or after.lead is not None and bool(after.lead.dateline)  # a title over 本报讯（记者…）
            or after.kind == "heading" and bool(signed))  # a kicker over a signed title
        # an exclaimed or asked head may be quoted speech: “别怕，我是医生！” over its byline; a
        # letter's last words over its writer's name (…向小刘和农技推广中心的同志们说声谢谢！) run longer
        tagged = re.search(r"\S[（(][^（）()，。]{1,6}[）)]$", line.text)  # 摆渡人（上）, 秋分帖（外一首）: no sentence's end
        if rules.ends_sentence(line.text) and not tagged and not (
                above_subtitle and line.text.rstrip(rules.QUOTE_CLOSE).endswith(("！", "？"))
                and max(map(len, re.split(r"[，,]", line.text))) <= 16):
            continue
        deck = (before is not None and before.kind == "heading" and not before.level
                and not rules.is_box_label(before.text) and after is not None and after.gap
                and after.kind in ("paragraph", "byline") and not rules.starts_as_continuation(after.text))
        if above_subtitle or deck:
            out[k] = replace(line, kind="heading")
    return out


VERSE_LINES = 4


def _signatures_to_text(lines: list[Line]) -> list[Line]:
    """A notice's issuer over the date it was issued, under its text or its number to call (…特此
    通告。 / 成都市城市道路建设管理中心 / 2024年6月13日), or over its board and the date (…有限公司 /
    董事会 / 2017年11月9日), signs it: all are its text, no head."""
    out = list(lines)
    for k in range(1, len(lines) - 1):
        board = k + 2 < len(lines) and _BOARD.fullmatch(lines[k + 1].text.strip()) is not None and not lines[k + 2].gap
        dated = k + 1 + board
        if (lines[k].kind == "heading" and not lines[k].level and rules.is_date_line(lines[dated].text)
                and not lines[k + 1].gap and (lines[k - 1].kind == "paragraph" or lines[k - 1].kind == "furniture"
                                              and rules.is_contact_line(lines[k - 1].text))):
            out[k:dated + 1] = [replace(n, kind="paragraph", verse=True) for n in lines[k:dated + 1]]  # each keeps its line
    return out


# The body of a company or a society that signs its notice under its name (董事会, 理事会).
_BOARD = re.compile(r"(?:董事会|董事會|监事会|監事會|理事会|理事會|委员会|委員會|筹备组|籌備組)")


def _datelines_alone_joined(lines: list[Line]) -> list[Line]:
    """A dateline alone on its line (（本報訊）, as OCR of a narrow column leaves it) opens the text under
    it: the line below, however short or wide, is that text's first, and a line it breaks off in
    goes on below it."""
    out: list[Line] = []
    opened = False  # the line above is a dateline alone and the text joined to it
    for line in lines:
        above = out[-1] if out else None
        alone = above is not None and above.kind == "paragraph" and above.lead is not None and bool(above.lead.dateline) \
            and not above.lead.rest
        if above is not None and not line.gap and not line.level and (
                alone and line.kind in ("heading", "paragraph")
                or opened and line.kind == "paragraph" and not line.lead and not _finished(above.text)):
            out[-1] = replace(above, text=above.text + line.text, lead=rules.parse_lead(above.text + line.text))
            opened = True
        else:
            out.append(line)
            opened = False
    return out


# 祝你明年考出好成绩！, 此致　敬礼！: a letter's closing wish, over its signature.
_CLOSING_WISH = re.compile(r"^(?:祝|此致|敬礼)[^。]{0,20}[！!]?$")
# 一个迷茫的高三女生, 一位老读者: a writer to an advice column signing as what she is.
_SIGNED_AS = re.compile(r"^(?:一个|一位|一名|一群|你的|您的)[^，。！？：\s]{2,12}$")


def _letters_closed(lines: list[Line]) -> list[Line]:
    """A letter's closing wish over its signature (祝你明年考出好成绩！ / 方　雨), and a reader's
    signature as what she is (一个迷茫的高三女生) over the reply's salutation (迷茫的小妹妹：): the
    letter's text, each on its line, no heads of an item."""
    out = list(lines)
    for k in range(1, len(lines) - 1):
        above, line, below = lines[k - 1], lines[k], lines[k + 1]
        if line.kind != "heading" or line.level or above.kind != "paragraph":
            continue
        if _CLOSING_WISH.match(line.text) and below.kind == "byline" \
                or _SIGNED_AS.match(line.text) and below.kind == "paragraph" and rules.is_salutation(below.text):
            out[k] = replace(line, kind="paragraph", verse=True)
    return out


def _sign_offs_to_text(lines: list[Line]) -> list[Line]:
    """A notice's mourners or sender under its text (…寿终正寝，享寿八十有六。 / 孝男：林国强　林国华 /
    孝女：林美珍 / 泣告; …谨此致谢。 / 泗水李氏宗亲会　敬启) sign it: its text, each on its line, no
    heads of an item below."""
    out = list(lines)
    for k in range(1, len(lines)):
        if out[k - 1].kind == "paragraph" and out[k].kind != "paragraph" and rules.signs_a_notice(lines[k].text):
            out[k] = replace(lines[k], kind="paragraph", verse=True)
    return out


def _lone_clauses_to_heads(lines: list[Line], raw: list[RawLine]) -> list[Line]:
    """On a page that parts its lines by blank ones, two clauses right under a head (社论), over a
    blank line or a byline, with no mark closing them are a head (老旧小区加装电梯，别让“最后一公里”
    卡了壳): a paragraph there is set apart from a head, and ends its sentence."""
    if not _sets_lines_apart(raw):
        return lines
    out = list(lines)
    for k, line in enumerate(lines[:-1]):
        below = lines[k + 1]
        if (line.kind == "paragraph" and not line.lead and len(line.text) <= 30 and line.text.count("，") == 1
                and not rules.ends_sentence(line.text) and line.text[-1] not in "，、；：—-" and not re.search(r"\s", line.text)
                and k and not line.gap and lines[k - 1].kind == "heading" and (below.gap or below.kind == "byline")):
            out[k] = replace(line, kind="heading")
    return out


def _sets_lines_apart(raw: list[RawLine]) -> bool:
    """Whether the page puts a blank line between most of its lines, paragraphs included."""
    return sum(1 for r in raw[1:] if r.gap) >= 0.5 * max(len(raw) - 1, 1)


def _verse_to_paragraphs(lines: list[Line], raw: list[RawLine]) -> list[Line]:
    """On a page that sets its lines apart by blank lines, four or more short lines that run
    on without one are verse (a poem's stanza), not heads (a kicker, title and subtitle set
    together are three at most)."""
    if not _sets_lines_apart(raw):
        return lines
    out = list(lines)
    start = 0
    for end in range(1, len(lines) + 1):
        if end < len(lines) and lines[end].gap == 0 and lines[end].kind in ("heading", "paragraph"):
            continue
        run = range(start, end)
        if len(run) >= VERSE_LINES and all(lines[k].kind in ("heading", "paragraph") and not lines[k].level
                                           and not lines[k].form and not lines[k].lead
                                           and len(lines[k].text) <= 2 * VERSE_CHARS for k in run) \
                and 2 * sum(map(_table_row, (lines[k] for k in run))) < len(run):
            for k in run:
                out[k] = replace(lines[k], kind="paragraph", verse=True)
        start = end
    return out


def _table_row(line: Line) -> bool:
    """A row of a table (成都蓉城　2:1　北京国安): cells spaced apart, figures among them; no line of verse."""
    form = _row_form(line)
    return _row(line) and " " in form and "9" in form


# A line of verse is short; a run of them under a name is a poem.
VERSE_CHARS = 24


def _verse_under_byline(lines: list[Line]) -> list[Line]:
    """Four or more short lines right under a writer's name, under a title, are a poem's lines,
    not heads: a display head stands above the name, never below it. The poem's lines are set
    in as its first is, in stanzas of two lines or more (or one, a poem's own title over its
    stanzas); a line at the margin after them, or one over a name of its own, is the next head."""
    out = list(lines)
    for k, line in enumerate(lines):
        if line.kind != "byline" or not k or lines[k - 1].kind not in ("heading", "subtitle"):
            continue  # a name closing an article's text (（记者　谭晓雯）) heads no poem
        end, titles = k + 1, set()
        while end < len(lines):
            stanza = _stanza(lines, end, lines[k + 1].indented)
            if stanza == 1 and end > k + 1 and end + 1 < len(lines) and lines[end + 1].gap \
                    and _stanza(lines, end + 1, lines[k + 1].indented) >= 2:
                titles.add(end)  # 巡逻路 over its stanzas, in a 组诗: a head of the poem
            elif stanza == 0 or end > k + 1 and (stanza < 2 or _runs_into_text(lines, end + stanza)):
                break  # lines running straight into text are a rubric and a head over it (乐坛快讯 / …落幕)
            end += stanza
            if end < len(lines) and not lines[end].gap:
                break  # the poem ran into text or a head of its own
        if end - k - 1 - len(titles) >= VERSE_LINES:
            out[k + 1:end] = [replace(n, verse=True) if j in titles else replace(n, kind="paragraph", verse=True)
                              for j, n in enumerate(lines[k + 1:end], k + 1)]
    return out


def _runs_into_text(lines: list[Line], k: int) -> bool:
    return k < len(lines) and not lines[k].gap and lines[k].kind == "paragraph" and len(lines[k].text) > VERSE_CHARS


def _stanza(lines: list[Line], start: int, indented: bool) -> int:
    """How many lines from `start` run on as verse (the first may follow a blank line), up to
    the next head signed under its own name or set over its deck, a dateline, those a notice
    addresses or a letter's salutation (编辑同志：), or a column of briefs (农场简讯), a notice's
    (…放假安排的通知) or a kind of piece's label (读者来信)."""
    end = start
    while end < len(lines) and _verse_line(lines[end], first=end == start) and lines[end].indented == indented \
            and not rules.names_a_column_of_briefs(lines[end].text) and not rules.calls_itself_a_notice(lines[end].text) \
            and not rules.is_genre_label(lines[end].text) \
            and not (end + 1 < len(lines) and (lines[end + 1].kind in ("byline", "subtitle") or lines[end + 1].lead
                                               or rules.names_its_addressees(lines[end + 1].text)
                                               or rules.is_salutation(lines[end + 1].text))):
        end += 1
    return end - start


def _verse_line(line: Line, first: bool = False) -> bool:
    return (line.kind in ("heading", "paragraph") and (first or not line.gap) and not line.level
            and not line.form and not line.lead and len(line.text) <= VERSE_CHARS)


def _lists_to_paragraphs(lines: list[Line], raw: list[RawLine]) -> list[Line]:
    """Four or more short lines in a row set alike (上海海港　3∶2　北京国安, 沪市融资余额：7836亿元)
    are the rows of a table or a list, not heads: heads stack three at most. Two rows of three
    cells or more with figures among them are a table already, with the line of as many cells
    above them its header (地区　接待游客　同比增长) and a head above that its title."""
    spaced = _sets_lines_apart(raw)  # there rows stand apart like everything else
    forms = [_row_form(line) if _row(line) else None for line in lines]
    out = list(lines)
    start = 0
    for end in range(1, len(lines) + 1):
        if end < len(lines) and (spaced or not lines[end].gap) and forms[start] is not None \
                and forms[end] == forms[start]:
            continue
        form = forms[start] or "X"
        table = form.count(" ") >= 2 and "9" in form
        if form != "X" and (end - start >= VERSE_LINES or table and end - start >= 2):
            header = start - 1 if table and start and lines[start - 1].kind in ("heading", "paragraph") \
                and len(lines[start - 1].text.split()) == form.count(" ") + 1 else start
            if 1 < header <= start and lines[header - 1].kind == "heading" and not lines[header - 1].level \
                    and (header < start and lines[header - 2].kind == "paragraph"
                         or out[header - 2].verse and _table_row(lines[header - 2])
                         or lines[header - 2].kind == "heading" and len(lines[header - 1].text) <= 12 and table
                         and len(lines[header - 2].text) > len(lines[header - 1].text)):
                # the table's own title (中超积分榜（第8轮后前6名）), above its header, in the text
                # of an article; alone, or under a rubric of its own (数据), it is an item of the page;
                # a short label (赛果, 积分榜（前八名）) under the item's longer title or the table before
                # it, the table's own
                header -= 1
            last = end  # a shorter row closing the table (受益农户　4200万户次) is the table's
            while table and last < len(lines) and not lines[last].gap and _table_row(lines[last]):
                last += 1
            out[header:last] = [replace(n, kind="paragraph", verse=True) for n in lines[header:last]]
        start = end
    return out


# 19∶35 电视剧：雾都往事（23、24）: a programme's time, then its name, a row of the day's listing.
_TIMED_ROW = re.compile(r"\d{1,2}[:∶：]\d{2}\s*\S")


def _listings_to_text(lines: list[Line]) -> list[Line]:
    """Under the day's listing (今日荧屏), its rows by their times and the channels or halls between
    them (星城卫视 / 19∶35 …) are its text, each on its line: no heads."""
    out = list(lines)
    for k, line in enumerate(lines):
        if line.kind != "heading" or not rules.is_listing_head(line.text):
            continue
        end = k + 1
        while end < len(lines) and lines[end].kind in ("heading", "paragraph") and (
                _TIMED_ROW.match(lines[end].text) or len(lines[end].text) <= 8 and not re.search(r"[，。：:]", lines[end].text)
                and end + 1 < len(lines) and _TIMED_ROW.match(lines[end + 1].text)):
            out[end] = replace(lines[end], kind="paragraph", verse=True)
            end += 1
    return out


def _row_form(line: Line) -> str:
    """A line's skeleton as a row of a table: its cells, however widely spaced, each a figure
    (9) or words (X); a line of one cell by its marks (沪市融资余额：7836亿元 → X：X)."""
    cells = line.text.split()
    if len(cells) == 1 and _LABELLED_ROW.match(line.text):
        return "X：X"  # 人民电影院：山村新歌, 工人文化宫：钢城儿女（宽银幕）: a bill's rows, labelled alike
    if len(cells) == 1:
        return rules.head_form(line.text)
    # a figure may be given as about so much (约35万人, 超1.2万家)
    return " ".join("9" if re.match(r"(?:约|近|超|逾|达)?[+\-−＋－]?\d", cell) else "X" for cell in cells)


_LABELLED_ROW = re.compile(r"[^：:，。\s]{2,8}[：:][^：:，。]{2,}$")


def _row(line: Line) -> bool:
    # A row of three cells or more may run longer than a line of verse.
    return (line.kind in ("heading", "paragraph") and not line.level and not line.lead
            # (新华　红棉岭（二、四、六、八时）: a bill's row, its hours in brackets as a column's name is)
            and (not line.form or _LABELLED_ROW.match(line.text) is not None
                 or line.form == "column" and len(line.text.split()) >= 2)
            and (len(line.text) <= VERSE_CHARS or len(line.text) <= 2 * VERSE_CHARS and len(line.text.split()) >= 3))


def _weather_to_furniture(lines: list[Line]) -> list[Line]:
    """A weather box is the page's, not an article's: its head (今日天气, 农事天气) with the
    forecast under it up to the next gap or head, and lines of forecast figures standing together."""
    out = list(lines)
    for i, line in enumerate(lines):
        if rules.is_weather_head(line.text):
            out[i] = replace(line, kind="furniture")
            for k in range(i + 1, len(lines)):
                # (under its head, a line of one figure is the forecast's too: 明天　多雲　氣溫略有下降)
                if lines[k].gap or lines[k].kind not in ("paragraph", "heading") or (
                        lines[k].kind == "heading" and not rules.is_weather_line(lines[k].text)
                        and not rules.weather_figures(lines[k].text)):
                    break
                out[k] = replace(lines[k], kind="furniture")
        elif rules.is_weather_line(line.text) and any(
                rules.is_weather_line(n.text) or rules.is_weather_head(n.text) for n in lines[max(0, i - 1):i + 2] if n is not line):
            out[i] = replace(line, kind="furniture")
    return out


def _figures_row(line: Line) -> bool:
    """A row of a box of figures: a label, then figures only (上证指数 3031.48 -0.26%); a row of
    results (上海申花 2:1 北京国安) names what the box reports, and is an item's."""
    return _row(line) and bool(re.fullmatch(r"X( 9)+", _row_form(line))) and not re.search(r"[。，；！？]", line.text)


def _figures_to_furniture(lines: list[Line]) -> list[Line]:
    """The markets' standing box (沪深股市行情, 今日汇率) is the page's, as its weather box is, not
    an article's: its head over rows of figures and nothing else before the next head. A table
    of figures under any other head (4月部分新能源车企交付量) is news of its own."""
    out = list(lines)
    for i, line in enumerate(lines):
        if line.kind != "heading" or line.level or not rules.is_market_head(line.text):
            continue
        k = i + 1
        spacing = min(lines[k].gap, 1) if k < len(lines) else 0  # a page that sets every line apart sets its rows so
        while k < len(lines) and lines[k].gap <= spacing and _figures_row(lines[k]):
            k += 1
        if k - i > 2 and (k == len(lines) or lines[k].kind == "heading"):
            out[i:k] = [replace(n, kind="furniture") for n in lines[i:k]]
    return out


def _contents_to_furniture(lines: list[Line]) -> list[Line]:
    """The entries of a contents box (导读, 本期导读) follow its head, each a short line led by
    the page it points to (A08 高考阅卷启动 成绩预计6月23日左右公布), or by a dot on a page's own
    box (本版导读 / ·曹妃甸重大项目建设提速), and the quotations of a quotations box (毛主席语录)
    theirs: the page's."""
    out = list(lines)
    for i, line in enumerate(lines):
        if line.kind == "furniture" and rules.is_contents_head(line.text):
            for k in range(i + 1, len(lines)):
                dotted = lines[k].text[:1] in "·•・" and not lines[k].gap and len(lines[k].text) <= 30
                if not (rules.is_listed_in_contents(lines[k].text) or dotted):
                    break
                out[k] = replace(lines[k], kind="furniture")
        elif rules.is_quotations_head(line.text):  # 毛主席语录 / 备战、备荒、为人民。: the box, to its end
            out[i] = replace(line, kind="furniture")
            for k in range(i + 1, len(lines)):
                if lines[k].gap or lines[k].kind == "heading" and k > i + 1:
                    break  # the head of the first article under the box
                out[k] = replace(lines[k], kind="furniture")
    return out


def _slogans_to_furniture(lines: list[Line]) -> list[Line]:
    """A head amid the masthead's lines, furniture above it and below it (工业学大庆　农业学大寨 over
    the 毛主席语录 box), is the page's slogan, no article's; so is a call alone under the page's
    head, over the first head (鼓足干劲，力争上游，多快好省地建设社会主义！)."""
    out = list(lines)
    for i, line in enumerate(lines):
        if line.kind == "paragraph" and 0 < i < len(lines) - 1 and all(n.kind == "furniture" for n in lines[:i]) \
                and len(line.text) <= 30 and line.text.endswith(("！", "!")) and lines[i + 1].kind in ("heading", "furniture") \
                and lines[i + 1].gap:
            out[i] = replace(line, kind="furniture")
            break
        if line.kind != "furniture":
            if line.kind == "heading" and 0 < i < len(lines) - 1 and lines[i + 1].kind == "furniture" \
                    and not rules.is_jump_line(lines[i + 1].text):  # a title over （上接第一版）
                out[i] = replace(line, kind="furniture")
            else:
                break
    return out


def _column_names_to_furniture(lines: list[Line]) -> list[Line]:
    """A short heading printed right beside the furniture is the column's name (就业·创业); so is one
    set letter by letter on top of the page, set apart from what follows (企 业 管 理)."""
    out = list(lines)
    for i, line in enumerate(lines):
        below = lines[i + 1] if i + 1 < len(lines) else None
        # (南 方 周 末　　　城 市: the paper's name and the page's, each set wide, a wide space between)
        groups = re.split(r"\u3000{2,}|\s{3,}", line.text.strip())
        if line.kind == "heading" and all(n.kind == "furniture" for n in lines[:i]) and _set_letter_by_letter(line.text) \
                and all(len(g.split()) <= 4 for g in groups) and len(groups) <= 2 and below is not None and below.gap > 0 \
                and not rules.is_notice_label(line.text) and not rules.is_genre_label(line.text) \
                and below.kind != "byline":  # 訃　　告, 短　评: items; 稻　香 over □ 叶子川: a poem's title
            out[i] = replace(line, kind="furniture")
            continue
        if line.kind != "heading" or line.form or not rules.is_column_name(line.text) or rules.is_advert_label(line.text) \
                or rules.is_notice_label(line.text):
            continue
        if below is not None and below.kind == "heading" and (
                below.gap < line.gap or below.gap == line.gap and len(line.text) > 4 and "·" not in line.text):
            continue  # a rubric set with the title right under it (以案说法, 民生实事进行时), not a page's name
        if line.level and below is not None and below.kind == "furniture" and rules.printed_date(below.text):
            continue  # # 发刊词 / 1949年8月1日　第1版: a title marked as one, the day it ran under it
        if below is not None and (below.kind == "byline" or below.lead or below.kind == "subtitle"  # (□本报评论员 too)
                                  or below.kind == "caption" and (i + 2 >= len(lines) or lines[i + 2].kind != "caption")):
            continue  # a title: its byline, its deck or its photo's caption (one) stands under it
        if _heads_down_to_a_contact(lines, i):
            continue  # an advert's name (金陵口腔 / 暑期学生矫正季 / … / 地址：…)
        if rules.names_a_kind_of_news(line.text) and below is not None and below.kind == "paragraph":
            continue  # 本社專電 over its dispatches, no head of their own under it: their title
        if below is not None and rules.is_jump_line(below.text) and "上接" in rules.simplified(below.text):
            continue  # 新高考首考平稳收官 / （上接A1版）: a story's title, repeated where it goes on from another page
        # beside it: with no blank line between, unless the page's head sets each of its lines apart
        # (a head set apart under a page's head set close is a title)
        above = lines[max(0, i - 1):i]
        neighbours = [n for n in above if not line.gap or n.gap] + [n for n in lines[i + 1:i + 2] if not n.gap or line.gap]
        # a page number alone amid the text is where the OCR crossed a column: no head of the page;
        # nor is an article's jump to another page (（下转第八版）), over the next item's head
        # (（摘自《海外文摘》） closes the piece above: the next piece's title under it is no column's name)
        # (一九五六年三月十日 over it dates the notice above, no page's head; ■■ is a smudge)
        if any(n.kind == "furniture" and not rules.is_jump_line(n.text) and not rules.parse_source_note(n.text)
               and not (n in above and rules.is_date_alone(n.text)) and not rules.is_stray_mark(n.text)
               and not rules.is_clipping_number(n.text)
               and not (n.text.isdigit() and 0 < i and any(m.kind == "paragraph" for m in lines[:i])) for n in neighbours):
            out[i] = replace(line, kind="furniture")
    return out


def _over_heads_alone(lines: list[Line], i: int) -> bool:
    """Heading i stands over heads alone, an advert's lines (今日起開映　國產有聲巨片 / 《江南春夢》), no text."""
    return i + 1 < len(lines) and lines[i + 1].kind == "heading"


def _heads_down_to_a_contact(lines: list[Line], i: int) -> bool:
    """Heads from line i down to where to call or go: an advert's name and its slogans."""
    k = i + 1
    while k < len(lines) and k <= i + 4 and lines[k].kind == "heading":
        k += 1
    return k > i + 1 and k < len(lines) and lines[k].kind == "furniture" and rules.is_contact_line(lines[k].text)


# ---------------------------------------------------------------- repair


def _is_body(line: Line) -> bool:
    return line.kind == "paragraph" and line.lead is None


def _dangling(line: Line) -> bool:
    return _is_body(line) and not line.verse and not rules.ends_sentence(line.text)


def _join(first: Line, second: Line) -> Line:
    return replace(first, text=first.text + second.text)


def _is_title_ahead(lines: list[Line], i: int) -> bool:
    """Whether the heading at i opens an article: a byline or a lead follows it."""
    for line in lines[i + 1:]:
        if line.kind in ("caption", "subtitle", "heading"):
            continue
        return line.kind == "byline" or line.lead is not None
    return True


def is_orphan_opening(out: list[Line], line: Line) -> bool:
    """A few words left alone right under a byline: the tail of a sentence read out of order."""
    return bool(out) and out[-1].kind == "byline" and len(line.text) < 30 and _is_body(line)


@dataclass
class _Displaced:
    """A heading and its text that the OCR read inside another article's column."""

    start: int  # index in the output of the displaced heading
    interrupted: int  # index of the paragraph it cut in two
    tail: int | None = None  # index of its own last paragraph, cut mid-sentence


def repair(lines: list[Line]) -> list[Line]:
    """Join paragraphs cut by column breaks and move displaced sections where they belong."""
    out: list[Line] = []
    displaced: _Displaced | None = None  # inside a displaced block right now
    waiting: _Displaced | None = None  # a displaced block whose tail awaits its continuation
    for index, line in enumerate(lines):
        if not _is_body(line):
            if line.kind == "heading" and _is_title_ahead(lines, index):
                displaced = None  # a new article: what was displaced stays where it stands
            if (line.kind == "heading" and displaced is None and _last_body_dangles(out)
                    and not _is_title_ahead(lines, index)):
                displaced = _Displaced(start=len(out), interrupted=_last_body(out))
            out.append(line)
            continue
        if displaced is not None:
            if rules.starts_as_continuation(line.text):
                # The displaced block ends here: this line continues the paragraph it cut.
                out[displaced.interrupted] = _join(out[displaced.interrupted], line)
                tail = _last_body(out)
                if tail is not None and tail > displaced.start and _dangling(out[tail]):
                    waiting = replace(displaced, tail=tail)
                displaced = None
                continue
            previous = _last_body(out)
            if previous is not None and previous > displaced.start and _dangling(out[previous]) \
                    and _only_asides_after(out, previous):
                out[previous] = _join(out[previous], line)
                continue
            out.append(line)
            continue
        previous = _last_body(out)
        if (previous is not None and _dangling(out[previous]) and _only_asides_after(out, previous)
                and not line.verse and (waiting is None or previous != waiting.tail)
                and line.text[:1] not in rules.ITEM_BULLETS):  # △本埠各小學…: an item of its own, set after a bullet
            out[previous] = _join(out[previous], line)
            continue
        if waiting is not None and (rules.starts_as_continuation(line.text)
                                    or is_orphan_opening(out, line)):
            out, tail = _move_block(out, waiting)
            out[tail] = _join(out[tail], line)
            waiting = None
            continue
        out.append(line)
    return out


def _last_body(out: list[Line]) -> int | None:
    for i in range(len(out) - 1, -1, -1):
        if out[i].kind == "paragraph":
            return i if _is_body(out[i]) or out[i].lead else None
    return None


def _last_body_dangles(out: list[Line]) -> bool:
    i = _last_body(out)
    return (i is not None and _only_asides_after(out, i) and not out[i].verse
            and not rules.ends_sentence(_body_text(out[i])))


def _body_text(line: Line) -> str:
    return line.lead.rest if line.lead else line.text


def _only_asides_after(out: list[Line], i: int) -> bool:
    """Nothing but captions and furniture stands between out[i] and the end."""
    return all(line.kind in ("caption", "furniture") for line in out[i + 1:])


def _move_block(out: list[Line], block: _Displaced) -> tuple[list[Line], int]:
    """Move the displaced heading and its paragraphs to the end; return the tail's new index."""
    assert block.tail is not None
    moved = [line for line in out[block.start:block.tail + 1] if line.kind != "caption"]
    kept = out[:block.start] + [line for line in out[block.start:block.tail + 1]
                                if line.kind == "caption"] + out[block.tail + 1:]
    result = kept + moved
    return result, len(result) - 1


# ---------------------------------------------------------------- assemble


@dataclass
class Draft:
    """An article being assembled; frozen into an Article when the next one starts."""

    title: str
    line: int
    kicker: str = ""
    subtitle: str = ""
    byline: Byline = Byline()
    dateline: str = ""
    paper_from_lead: str | None = None
    body: list = field(default_factory=list)
    kind: str = "article"
    drawn: bool = False  # signed by whoever drew or painted it (周明远　作)


def assemble(lines: list[Line], source: str) -> tuple[list[Article], list[tuple[int, Caption]], list[Problem]]:
    """Group repaired lines into articles; captions come back with the article they sit in."""
    drafts: list[Draft] = []
    floating: list[tuple[int, Caption]] = []  # (index of the draft it sits in, caption)
    problems: list[Problem] = []
    page = _page_words(lines)
    signed_above: rules.Byline | None = None
    i = 0
    while i < len(lines):
        line = lines[i]
        current = drafts[-1] if drafts else None
        if line.kind == "furniture":
            if current is not None and current.kind == "advert" and not line.gap and rules.is_contact_line(line.text):
                current.body.append(Paragraph(line.text, line.line))  # where the advert says to call
        elif line.kind == "caption":
            floating.append((len(drafts) - 1, Caption(line.text, line.line)))
        elif line.kind == "heading" and _starts_article(lines, i, current, page):
            i = _open_article(lines, i, drafts)
            if signed_above is not None:  # 本报评论员 over the first title: a commentary signed above it
                drafts[-1].byline, signed_above = signed_above + drafts[-1].byline, None
            continue
        elif line.kind == "heading":
            current.body.append(SectionHead(line.text, line.line))
        elif line.kind == "subtitle":
            if current is None:
                drafts.append(Draft(title=line.text, line=line.line))
            elif current.body:
                current.body.append(SectionHead(line.text, line.line))
            else:
                current.subtitle = line.text
        elif line.kind == "byline":
            if current is None and i + 1 < len(lines) and lines[i + 1].kind == "heading" and not lines[i + 1].gap:
                signed_above = line.byline
            elif current is None:
                problems.append(Problem(source, line.line, "byline before any title; kept as text"))
                drafts.append(Draft(title=line.text, line=line.line))
            elif current.byline.authors and not current.body and rules.is_credit(line.text):
                pass  # 报道：林美玲 / 摄影：黄志强: who took the pictures, under who wrote it
            else:
                current.byline = current.byline + line.byline
                current.drawn = current.drawn or rules.is_artist_credit(line.text)
        else:
            if current is None:
                problems.append(Problem(source, line.line,
                                        "text before the first title; kept as an untitled item"))
                current = Draft(title=UNTITLED, line=line.line)
                drafts.append(current)
            add_paragraph(current, line)
        i += 1
    articles = [freeze(d, source) for d in drafts]
    floating = [(max(index, 0), caption) for index, caption in floating]
    return articles, floating, problems


def _page_words(lines: list[Line]) -> PageWords | None:
    """The words of each stretch between two headings, on a page whose headings are bare."""
    if any(line.level for line in lines):
        return None
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line.kind == "heading":
            blocks.append([line.text])
        elif line.kind == "paragraph":
            blocks[-1].append(line.text)
    return PageWords(blocks)


def _starts_article(lines: list[Line], i: int, current: Draft | None, page: PageWords | None) -> bool:
    """What follows a heading decides: a new title, or a section head of the current article."""
    line = lines[i]
    if current is not None and current.body and rules.signs_a_notice(line.text):
        return False  # 孝眷　泣告 under a death notice's mourners: who gives it notice, no item
    if current is not None and rules.numbers_an_instalment(current.title) and not any(
            isinstance(b, Paragraph) for b in current.body) and (rules.is_chapter_head(line.text) or current.byline):
        # 江南春晓（四十二） / 柳青禾 / 第十一章　渡口（续）, or 第二十一回 / 賣花聲裏春將老 / 斷橋邊頭夢已殘:
        # the instalment's chapter and its couplet, over its text
        return False
    if current is not None and not line.level and _a_field_among_fields(lines, i):
        return False  # 出生：1962年  身高：1.81米 / 位置：守门员: a field of a box, as those beside it
    if current is not None and rules.is_notice_label(current.title) and not line.gap and not line.level \
            and not any(isinstance(b, Paragraph) for b in current.body) and not rules.is_notice_label(line.text):
        return False  # 讣告 / 林公亚福 / 享年八十五岁 / …: a notice's short lines under its label, its own
    if current is None or line.level == 1 or rules.is_advert_label(line.text) or rules.is_notice_label(line.text) \
            or rules.is_notice_head(line.text) or rules.artwork(line.text) or rules.names_a_column_of_briefs(line.text) \
            or rules.calls_itself_a_notice(line.text) and len(line.text) <= 20 \
            or _rubric(lines, i) and _column_of_briefs(lines, i + 1):  # 街 头 巷 尾 over its briefs
        return True
    if i and rules.is_securities_header(lines[i - 1].text):
        return True  # each listed company's notice opens under its codes
    if any(n.line == current.line and n.form == "run-in" for n in lines[max(0, i - 40):i]):
        return True  # a brief, its title run in (△郊野公園防火 …), has no heads inside it
    if rules.is_contact_line(line.text) and (rules.is_notice_label(current.title) or rules.calls_itself_a_notice(current.title)):
        return False  # 联系人：张先生, 新址：…: where to call or go, a notice's own line
    if i and rules.is_contact_line(lines[i - 1].text) and rules.calls_itself_a_notice(line.text):
        return True  # …招商公告 under an advert's 地址：…　电话：…: the advert has ended, a notice begins
    if current.body and not line.level and rules.sells(line.text) and not rules.calls_itself_a_notice(line.text):
        return False  # 總發行所　上海南京路　福康大藥房, under an advert's price: where its goods are sold, its own line
    if i and rules.sells(lines[i - 1].text) and lines[i - 1].kind == "heading" and not rules.sells(line.text) \
            and not rules.is_contact_line(line.text) and not line.gap and _over_heads_alone(lines, i):
        return True  # 各埠大藥房均有代售 / 東亞大戲院: where the goods are sold closes an advert, the next one's name under it
    if current.kind == "advert" and not line.gap and any(n.gap for n in lines):
        return False  # an advert is a block set apart: its lines are its own till the next gap
    if current.body and rules.is_numbered(line.text) or line.verse:
        return False  # 一、及时修剪: a list's head, never a title; nor a poem's own head
    if current.kind != "article":
        return True
    if _is_title_ahead(lines, i) or (current.byline and _signed_below(lines, i) and not rules.is_reply_head(line.text)):
        return True
    if i + 1 < len(lines) and _centred_title_over_deck(lines, i):
        return True  # a head centred in big type over its deck: a section's head has none
    if page is not None and _bare_title(lines, i, current, page):
        return True
    following = next((n for n in lines[i + 1:] if n.kind not in ("caption", "subtitle")), None)
    # A head with no text under it before the next title is an item of its own (a slogan).
    return following is None or (following.kind == "heading" and _title_follows(lines, i + 1))


# How much of its topic the text under a bare heading must share with the article above it
# to be a section of that article, and less once the article has section heads (they come in
# series). Measured on pages of fifteen kinds of paper: titles share 0.00–0.04 with the article
# above them, sections mostly 0.04–0.35.
SECTION_COHESION = 0.045
SERIES_COHESION = 0.03


# The last word of a box's name in brackets (【比赛档案】, 【相关链接】, 【人物名片】), not a column's.
_BOX_WORD = re.compile(r"(?:档案|檔案|链接|鏈接|背景|资料|資料|贴士|貼士|提示|名片|数据|數據|速览|速覽)$")


def _bare_title(lines: list[Line], i: int, current: Draft, page: PageWords) -> bool:
    """Whether an unmarked heading with no byline or dateline under it opens an article: by
    its form (a column-tagged title, a dashed kicker), by being one head of several stacked
    (kicker, title, subtitle), by following an article closed by its credit, or else by not
    being a section of the article above it (one of a series, a box, the same topic)."""
    line = lines[i]
    if line.form or i + 1 < len(lines) and rules.is_jump_line(lines[i + 1].text) or rules.opens_with_column_name(line.text):
        return True  # a column-tagged title (【小言】說冷氣 too), a dashed kicker, a title over （上接第一版）
    if i and rules.jumped_out(lines[i - 1].text) == "" and not rules.is_box_name(line.text):
        # under （下转第八版）: the article above goes on elsewhere, this is the next; but its box
        # (小贴士, 链接) is printed with its first part, under the note
        return True
    if i and lines[i - 1].kind == "furniture" and rules.is_bracketed_rubric(lines[i - 1].text) and not line.gap \
            and not _BOX_WORD.search(lines[i - 1].text.strip()[1:-1]):
        # 【经济漫谈】 / “翻牌公司”该摘牌了, 【办税指南】, 【短訊】: a column's name is set over a piece of its
        # own, never over a section; a box's (【比赛档案】) closes the report above
        return True
    if not current.body:  # right under a title: a box that opens its article (核心阅读)
        return _after_photo(lines, i)
    if _bracketed_label(line.text) and any(isinstance(b, SectionHead) and _bracketed_label(b.text) for b in current.body):
        return False  # 〔紗布〕 after 〔米糧〕: the next section of the report
    # set in like the text: a head inside it (专家提醒, a 小标题); but none stands over a slogan of
    # three parts or more (银鹭牌双桶洗衣机 / 省优质产品   实行三包   代办托运: an advert's name over its slogan),
    # and a kind of piece's label (读　者　来　信) heads the next item wherever it is set
    if line.indented and not rules.is_genre_label(line.text) \
            and not (i + 1 < len(lines) and lines[i + 1].kind == "heading" and not lines[i + 1].gap
                     and len(lines[i + 1].text.split()) >= 3 and rules.is_couplet(lines[i + 1].text)):
        return False
    if _over_photo_only(lines, i) or rules.names_a_chronology(line.text):
        return True  # a photo item (图片新闻): a head over a photo's caption and nothing else; a timeline
    if _heads_set_in_above(lines, i) or _next_brief(lines, i):
        return True
    if _box_of_figures(lines, i):
        return False
    below = next((n for n in lines[i + 1:] if n.kind != "caption"), None)
    if below is not None and below.kind == "heading" and rules.is_box_name(line.text) and not rules.is_genre_label(line.text):
        return False  # 延伸阅读 / 我国城市更新行动稳步推进: a box closing the article, its entry's head under its name
    if below is not None and below.kind in ("heading", "subtitle"):
        return True
    if below is not None and below.kind == "byline" and below.byline and not rules.is_box_label(line.text):
        return True  # 秋分帖（外一首） / ○林雪禾: a piece signed under its head; a section never is
    if below is not None and below.kind == "paragraph" and (rules.is_salutation(below.text) or rules.names_its_addressees(
            below.text)) and not rules.is_reply_head(line.text):
        return True  # a letter's head, over its 编辑同志：; a notice's, over those it is addressed to (各区教育局，…：)
    last = next((b for b in reversed(current.body) if isinstance(b, Paragraph)), None)
    if last is not None and rules.closes_an_article(last.text):
        return True
    if last is not None and rules.ends_sentence(last.text) and rules.names_its_own_notice(line.text):
        return True  # 2008年普通高校招生志愿填报须知 under a report on the exams: a notice of its own
    sections = [b.text for b in current.body if isinstance(b, SectionHead)]
    # the article above closed, signed by name or by a unit; or a role alone (本报评论员) signs the piece under it
    signed_off = lines[i - 1].kind == "byline"
    # 链接 / 柳州螺蛳粉产业主要数据, 新聞小辭典 / 部分負擔: a box's entry under its name
    boxed = lines[i - 1].kind == "heading" and (rules.is_box_label(lines[i - 1].text) or rules.is_box_name(lines[i - 1].text))
    if not signed_off and _in_series(lines, i, sections) or rules.is_box_label(line.text) or boxed \
            or not (signed_off and _a_letter(current)) and _displayed_lead_only(current, _signed_apart(lines, i)):
        return False
    if _between_answers(lines, i, current):
        return False  # a head of an interview's part: the questions and answers go on under it
    if signed_off and not rules.is_box_label(line.text) and not rules.is_reply_head(line.text):
        return True  # a letter signed under its text (…公社　李国栋), then the next letter's head (not its reply)
    if below is not None and below.kind == "paragraph" and rules.opens_like_a_report(below.text):
        return True
    if below is not None and below.lead is not None and below.lead.dateline and len(line.text) >= 8:
        return True  # 巴西农民集会要求实行土地改革 / 新华社里约热内卢八日电…: a head over a dispatch of its own
    return _continues_topic(lines, i, current, page) < (SERIES_COHESION if sections else SECTION_COHESION)


_SPEAKER = re.compile(r"^([^：:，。]{1,12})[：:]")


def _a_field_among_fields(lines: list[Line], i: int) -> bool:
    """位置：守门员 between 出生：1962年  身高：1.81米 and 主要经历：…: a box's field, labelled as those
    beside it are, no title."""
    field = re.compile(r"^[\u4e00-\u9fff]{2,4}[：:]\S")
    return bool(field.match(lines[i].text)) and len(lines[i].text) <= 12 and any(
        0 <= k < len(lines) and lines[k].kind == "paragraph" and field.match(lines[k].text) for k in (i - 1, i + 1))


def _between_answers(lines: list[Line], i: int, current: Draft) -> bool:
    """An interview set as questions and answers, each opened by its speaker (《中国科学报》：…,
    沈知远：…), going on under heading i with a speaker who spoke above it."""
    below = lines[i + 1] if i + 1 < len(lines) else None
    spoke = {m[1] for b in current.body if isinstance(b, Paragraph) and (m := _SPEAKER.match(b.text))}
    opens = _SPEAKER.match(below.text) if below is not None and below.kind == "paragraph" else None
    return len(spoke) >= 2 and opens is not None and opens[1] in spoke


def _box_of_figures(lines: list[Line], i: int) -> bool:
    """A short label over its box's head and rows of figures (数说农险 / 前三季度农业保险主要指标 /
    保费收入　1280亿元 …), inside an article's text: the article's box, no item of its own."""
    if not (rules.is_box_label(lines[i].text) and i + 1 < len(lines) and lines[i + 1].kind == "heading"):
        return False
    return sum(n.kind == "paragraph" and _table_row(n) for n in lines[i + 2:i + 6]) >= 2


# A brief (简讯, 速递) runs to a paragraph or two.
BRIEF_PARAGRAPHS = 2


def _column_of_briefs(lines: list[Line], i: int) -> bool:
    """Heading i and the heading after its text are briefs: each a title alone over a paragraph
    or two."""
    k = i + 1
    while k < len(lines) and lines[k].kind in ("paragraph", "caption") and k - i <= BRIEF_PARAGRAPHS:
        k += 1
    # (〔米糧〕 / 〔紗布〕: a report's sections by its goods, no briefs' heads)
    return (i < len(lines) and lines[i].kind == "heading" and i + 1 < len(lines) and lines[i + 1].kind == "paragraph"
            and k + 1 < len(lines) and lines[k].kind == "heading" and lines[k + 1].kind == "paragraph"
            and not _bracketed_label(lines[i].text))


# A column's name is short: longer, a head over a brief is its kicker.
RUBRIC_CHARS = 6


def _rubric(lines: list[Line], i: int) -> bool:
    """Heading i names a column: by its form (rules.is_rubric), or as a short label over a column
    of briefs (生活小窍门 over 柚子皮巧除冰箱异味 and the tip under it)."""
    text = _as_read(lines[i].text)  # 新  产  品  介  绍, set letter by letter
    # (絲業衰落聲中, 春节前夕: amid what or before what the news under it happens, a kicker's frame)
    return rules.is_rubric(text) or rules.names_a_column_of_briefs(text) or (
        len(text) <= RUBRIC_CHARS and not re.search(r"[\s，：:！？]", text) and _column_of_briefs(lines, i + 1)
        and not re.search(r"(?:声中|聲中|之际|之際|前夕|期间|期間|以来|以來)$", text))


def _next_brief(lines: list[Line], i: int) -> bool:
    """Heading i heads the next of a column of briefs under a rubric (公司速递, 本省简讯): above
    it, back to such a label, stand only briefs (a title alone over a paragraph or two, no deck
    or byline line), and text, not another head, follows i."""
    below = lines[i + 1] if i + 1 < len(lines) else None
    if below is None or below.kind != "paragraph":
        return False
    k = i - 1
    while k >= 0:
        text = 0
        # a column's name in brackets (【市场观察】) starts another column: the walk back stops there
        while k >= 0 and lines[k].kind in ("paragraph", "caption", "furniture") \
                and not (lines[k].kind == "furniture" and rules.is_bracketed_rubric(lines[k].text)):
            text, k = text + (lines[k].kind == "paragraph"), k - 1
        if not 1 <= text <= BRIEF_PARAGRAPHS or k < 0 or lines[k].kind != "heading":
            return False
        if k and lines[k - 1].kind == "furniture" and rules.is_bracketed_rubric(lines[k - 1].text) \
                and rules.names_a_column_of_briefs(lines[k - 1].text.strip("【】［］〖〗·•・")):
            return True  # the first brief, under its column's name in brackets (【乡镇传真】, 【部门动态】)
        if k and lines[k - 1].kind == "heading":  # the first brief, under its rubric
            return _rubric(lines, k - 1) and (k < 2 or lines[k - 2].kind != "heading")
        k -= 1
    return False


def _heads_set_in_above(lines: list[Line], i: int) -> bool:
    """Heading i stands at the margin, and the heads of the article above it are set in like its
    text: it is none of them."""
    for k in range(i - 1, -1, -1):
        above = lines[k]
        if above.kind == "heading" and not above.indented:
            return False  # its article's title: no head set in between
        if above.kind == "heading" and above.indented and not rules.is_box_name(above.text):
            return not lines[i].indented  # a box (核心阅读) is set in as its text is: no head
    return False


def _displayed_lead_only(current: Draft, signed_apart: bool = False) -> bool:
    """The article above is set with a display head (a kicker, a 副题, a box such as 核心阅读, a
    byline on a line of its own) and has printed only its lead paragraph: such a story runs on,
    and a bare head under its lead is its first section."""
    body, boxed = list(current.body), False
    while len(body) > 1 and isinstance(body[0], SectionHead) and rules.is_box_name(body[0].text):
        body, boxed = body[2:], True  # the box and its text
    if len(body) > 1 and isinstance(body[0], Paragraph) and rules.is_box_name(re.split(r"[：:]", body[0].text, 1)[0]):
        body, boxed = body[1:], True  # 编者按：煤炭曾经是鹤岭的一切…, its name run into its text
    displayed = bool(current.kicker or current.subtitle or signed_apart)
    # (a lead of two paragraphs under a display head and its box, as a feature opens)
    return (displayed or boxed) and len(body) == 1 and isinstance(body[0], Paragraph) \
        or displayed and boxed and len(body) == 2 and all(isinstance(b, Paragraph) for b in body)


def _a_letter(current: Draft) -> bool:
    """The article above opens as a letter does (编辑同志：…): signed under its text, it has ended."""
    first = next((b for b in current.body if isinstance(b, Paragraph)), None)
    return first is not None and rules.opens_as_a_letter(first.text)


def _signed_apart(lines: list[Line], i: int) -> bool:
    """The head above heading i has a byline line right under it (文/苏小满): a feature's, not a brief's."""
    k = next((k for k in range(i - 1, -1, -1) if lines[k].kind == "heading"), None)
    return k is not None and k + 1 < i and lines[k + 1].kind == "byline"


# A caption's lines over the one its credit closes are this long at most: cut at a column's width,
# or a sentence short as captions are.
CAPTION_LINE_CHARS = 60


def _over_photo_only(lines: list[Line], i: int) -> bool:
    """Under heading i stand a photo's caption and nothing else before the next head."""
    under = _under_head(lines, i)
    return bool(under) and all(n.kind == "caption" for n in under)


def _under_head(lines: list[Line], i: int) -> list[Line]:
    """The lines under heading i, up to the next head."""
    under = []
    for line in lines[i + 1:]:
        if line.kind in ("heading", "furniture") or line.level:
            break
        under.append(line)
    return under


def _writers_over_the_print_note(lines: list[Line]) -> list[Line]:
    """A short line between a title and the note of where it was printed (为乡村教师撑起“安心伞” /
    阿西木呷 / 《 人民日报 》（ 2019年03月12日   第 05 版）), as a paper's e-paper site sets each article:
    its writers, whatever their names read as."""
    out = list(lines)
    for i in range(1, len(lines) - 1):
        line, below = lines[i], lines[i + 1]
        if line.kind == "heading" and not line.level and lines[i - 1].kind == "heading" and below.kind == "furniture" \
                and (note := rules.parse_source_note(below.text)) and note[0] and len(line.text) <= LONGEST_NAMES \
                and not re.search(r"[，。！？：:、（）()“”《》]", line.text):
            byline = rules.parse_byline(line.text) or rules.name_line(line.text) or Byline(tuple(line.text.split()))
            out[i] = replace(line, kind="byline", byline=byline)
    return out


# A line of writers' names is this long at most: three names of four, padded apart.
LONGEST_NAMES = 16


def _captions_closed_by_credit(lines: list[Line]) -> list[Line]:
    """A few short lines alone under a head, the last closed by who took the photo (…训练。（冯　磊、王文龙摄）;
    …演奏。 / 当晚，…持续至 / 11月底，…开放。 本报记者 陈拓 摄), are one caption: the head's a photo's."""
    out = list(lines)
    for i in range(len(out) - 1, -1, -1):
        under = _under_head(out, i) if out[i].kind == "heading" else []
        if 1 <= len(under) <= 4 and not all(n.kind == "caption" for n in under) \
                and all(n.kind in ("paragraph", "caption") and n.lead is None for n in under) \
                and _ends_with_photo_credit(under[-1].text) and sum(len(n.text) for n in under) <= rules.LONG_CAPTION \
                and all(len(n.text) <= CAPTION_LINE_CHARS and not below.gap for n, below in zip(under, under[1:])):
            # (a caption is set as one block: a report's paragraphs, a photo set apart among them, are no caption)
            if len(under) > 1 and under[-1].kind == "caption" and _finished(under[-2].text):
                continue  # …半场落后9分。 / 上海队罗伯茨（右）…　杨　晔　摄: a caption whole, under a section's text
            out[i + 1:i + 1 + len(under)] = [replace(under[0], kind="caption", text="".join(n.text for n in under))]
    return out


def _after_photo(lines: list[Line], i: int) -> bool:
    """Heading i follows a title over nothing but a photo's caption: that photo item (图片新闻) is
    whole, and the heading opens the next article."""
    above = next((k for k in range(i - 1, -1, -1) if lines[k].kind != "caption"), None)
    return above is not None and above < i - 1 and lines[above].kind == "heading"


# Up to this long, a section head of a series may be a character longer or shorter than the others.
SERIES_SLACK_CHARS = 9


def _in_series(lines: list[Line], i: int, above: list[str], alike=rules.parallel_heads) -> bool:
    """Heading i shares its form (`alike`) with a section head `above` it in its article, or with
    a bare heading below it before the next article's sure start."""
    below = []
    for k in range(i + 1, len(lines)):
        if lines[k].kind != "heading":
            continue
        if lines[k].form or lines[k].level or _is_title_ahead(lines, k) or rules.is_genre_label(lines[k].text):
            break  # (短评, 读者来信: the kind of the next piece, over its title)
        below.append(lines[k].text)
    text = lines[i].text
    # short heads composed to one length, give or take a character; longer ones to the very character
    # (three titles of 10 and 11 characters on one page are no series: 教育界索薪問題之昨訊)
    slack = 1 if len(text) <= SERIES_SLACK_CHARS else 0
    if alike is rules.parallel_heads and sum(
            abs(len(other) - len(text)) <= slack and rules.head_form(other) == rules.head_form(text) for other in above + below) >= 2:
        return True  # 政策红利持续释放 / 外资车企纷纷加码 / 配套短板仍待补齐: composed to one length
    return any(alike(text, other) for other in above + below)


def _continues_topic(lines: list[Line], i: int, current: Draft, page: PageWords) -> float:
    """How much the text under heading i shares the topic of the article above it."""
    above = [current.kicker, current.title, current.subtitle, *(b.text for b in current.body)]
    under = [lines[i].text]
    for line in lines[i + 1:]:
        if line.kind == "heading":
            break
        if line.kind == "paragraph":
            under.append(line.text)
    return page.similarity(above, under)


def _signed_below(lines: list[Line], i: int) -> bool:
    """The text under heading i ends with its own byline: a section is never signed, an article is
    (but the note on an essay's writer closes its last section: 拓展传播路径 / … / （作者：王立群，系…））."""
    block = []
    for line in lines[i + 1:]:
        if line.kind == "heading":
            break
        block.append(line)
    body = [line for line in block if line.kind in ("paragraph", "byline")]
    if not body:
        return False
    last = body[-1]
    return last.kind == "byline" or rules.split_trailing_byline(last.text) is not None \
        and not rules.closes_with_author_note(last.text)


def _title_follows(lines: list[Line], i: int) -> bool:
    j = next((k for k in range(i, len(lines)) if lines[k].kind == "heading"), None)
    return j is not None and (lines[j].level == 1 or _is_title_ahead(lines, j))


def _open_article(lines: list[Line], i: int, drafts: list[Draft]) -> int:
    """Start an article at heading i (with its kicker and subtitle); return the next index."""
    head = lines[i]
    if (art := rules.artwork(head.text)) is not None:  # a picture: its own item, by its artist
        drafts.append(Draft(title=art[0], line=head.line, byline=Byline(authors=art[1:] if art[1] else ()),
                            drawn=True))
        return i + 1
    kicker = ""
    while _over_a_whole_head(lines, i):
        i += 1  # 社队经验交流 / a kicker / the title / its deck: the column's or the page's name, none of the head
    head = lines[i]
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    if nxt is not None and nxt.kind == "heading" and nxt.form == "kicker" and not head.level and not head.form and not nxt.gap:
        head, i = nxt, i + 1  # 案 件 聚 焦 over 贪图高息酿苦果——: the column's name over a kicker, none of the head
        nxt = lines[i + 1] if i + 1 < len(lines) else None
    elif nxt is not None and nxt.kind == "heading" and not head.level and rules.names_a_kind_of_news(head.text) \
            and i + 2 < len(lines) and lines[i + 2].kind == "heading":
        head, i = nxt, i + 1  # 國內要聞 over a head of two lines: the kind of news under it, none of the head
        nxt = lines[i + 1] if i + 1 < len(lines) else None
    subtitle_below = i + 2 < len(lines) and lines[i + 2].kind == "subtitle"
    # A rubric (a column's short name) over a series of heads stands over the first; over a
    # column of briefs it names them all, and is none's kicker.
    rubric = _rubric(lines, i)
    if rubric and _kicker_and_title_under(lines, i):
        head, i, rubric = nxt, i + 1, False  # 十日谈 / 我的第一份工作 / 第一张工资条: the column's name, no kicker
        nxt = lines[i + 1]
    if rubric and nxt is not None and _column_of_briefs(lines, i + 1):
        head, i = nxt, i + 1
        nxt = lines[i + 1] if i + 1 < len(lines) else None
    elif (nxt is not None and nxt.kind == "heading" and not rules.is_advert_label(head.text) and not rules.artwork(nxt.text)
            and not rules.is_notice_label(head.text) and not rules.is_notice_label(nxt.text)  # 遺失聲明: none over it
            and not rules.is_box_name(nxt.text) and (rubric or not _in_series(lines, i + 1, [], rules.listed_alike))
            and not _bracketed_label(nxt.text)  # 昨日市況 / 〔米糧〕: the report's first section, under its title
            and not (rules.is_genre_label(nxt.text) and not rules.is_genre_label(head.text))  # (读者来信 opens its own item)
            and not (rules.names_a_column_of_briefs(nxt.text) and not rules.names_a_column_of_briefs(head.text))  # (中国简讯 too)
            and not rules.is_document_number(nxt.text)  # (…民事執行處公告 / 八十二年度民執全字第三四一號: its number)
            and _is_kicker_pair(head, nxt, subtitle_below) and not _title_over_undashed_deck(lines, i)
            and not _centred_title_over_deck(lines, i)):
        kicker, head, i = head.text, nxt, i + 1
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if (rules.ends_wanting_its_object(kicker) or rules.takes_without_its_verb(kicker)) and not _display_head(head.text):
            # one head set apart over two lines (a head set letter by letter is in type of its own)
            kicker, head = "", replace(head, text=kicker + head.text, line=lines[i - 1].line)
        elif _column_over_its_title(lines, i):
            kicker, head, i = head.text, nxt, i + 1  # 读　者　来　信 / 批评与建议 / 农村供销社应当…
            nxt = lines[i + 1] if i + 1 < len(lines) else None
    if (rules.is_advert_label(head.text) and rules.is_bare_label(head.text) and nxt is not None
            and nxt.kind == "heading" and not head.level and not nxt.level):
        head, i = nxt, i + 1  # 广告 over an advert: the advert's own first line names it
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        draft = Draft(title=head.text, line=head.line, kind="advert")
    else:
        draft = Draft(title=head.text, line=head.line, kicker=kicker)
    if kicker and rules.is_notice_title(kicker, head.text):
        draft.title, draft.kicker, draft.kind = kicker + head.text, "", "advert"
    if rules.is_advert_label(head.text) or rules.is_notice_head(head.text):
        draft.kind = "advert"  # a label over an advert, or a company's paid notice
    drafts.append(draft)
    i += 1
    # A second bare title line right under the title, with the text under it, is its
    # subtitle (副题); a box's label (核心阅读) or the first of a series of section heads is not,
    # though a line signed under it is no section head (警方提醒：… / 本报记者 江 中), unless
    # the line above it is but a theme (聚焦制造业高质量发展): a kicker over the title.
    if (nxt is not None and nxt.kind == "heading" and not nxt.level and not head.level
            and not rules.is_box_label(nxt.text) and not rules.artwork(nxt.text) and not rules.is_notice_label(nxt.text)
            and not (rules.calls_itself_a_notice(nxt.text) and len(nxt.text) <= 20)  # 鄭裕記遺失圖章聲明: one of its own
            and not rules.is_document_number(nxt.text)  # 赣工商〔1984〕第18号 under a notice's title: its number
            and not _bracketed_label(nxt.text)
            and i + 1 < len(lines) and lines[i + 1].kind in ("byline", "paragraph")
            and (_signed_under(lines, i) and not rules.opens_with_its_predicate(head.text)
                 or not _in_series(lines, i, [], rules.listed_alike))):
        draft.subtitle = nxt.text
        i += 1
    return i


def _over_a_whole_head(lines: list[Line], i: int) -> bool:
    """Heading i a short name (工业大跃进, 社队经验交流) or a slogan in parts (鼓足干劲　力争上游　…) over
    three head lines or more stacked over the text, the lowest three a long kicker, the title and a
    deck in parts (小段包工　定额到活　…): the column's or the page's name, none of the head (a head
    has one kicker and one deck)."""
    stack = 1
    while i + stack < len(lines) and lines[i + stack].kind == "heading" and not lines[i + stack].gap \
            and not lines[i + stack].level:
        stack += 1
    text, end = lines[i].text, i + stack
    return stack >= 4 and end < len(lines) and lines[end].kind in ("paragraph", "byline") and not lines[i].level \
        and (len(text) <= 8 and not re.search(r"\s", text) or rules.is_couplet(text) and len(text.split()) >= 3) \
        and len(lines[end - 3].text) >= LONG_KICKER and rules.is_couplet(lines[end - 1].text)


# A kicker saying who did what and why over a short title, as papers of the 1950s set them.
LONG_KICKER = 16


def _column_over_its_title(lines: list[Line], i: int) -> bool:
    """Under a page's section set wide (读　者　来　信), heading i a column's short name over a
    longer head that explains nothing (no deck), over the text: the column's name, then the title."""
    if i + 2 >= len(lines):
        return False
    section, column, title = lines[i - 1], lines[i], lines[i + 1]
    return (_set_letter_by_letter(section.text) and len(section.text.split()) <= 4
            and title.kind == "heading" and not column.level and not title.level
            and len(column.text) <= 5 < len(title.text) and not rules.reads_as_deck(title.text)
            and lines[i + 2].kind in ("byline", "paragraph"))


def _signed_under(lines: list[Line], i: int) -> bool:
    """A byline right under heading i: the head of an article, none of a series of section heads."""
    return i + 1 < len(lines) and lines[i + 1].kind == "byline" and bool(lines[i + 1].byline)


def _kicker_and_title_under(lines: list[Line], i: int) -> bool:
    """Under the column's name at i and set with it, the theme of the column's pieces (a kicker);
    set apart below them, the title, over the text or its byline (十日谈 / 我的第一份工作 //
    第一张工资条)."""
    if i + 3 >= len(lines):
        return False
    second, third, below = lines[i + 1], lines[i + 2], lines[i + 3]
    return (second.kind == third.kind == "heading" and not second.level and not third.level
            and not second.gap and third.gap and below.kind in ("byline", "paragraph")
            and rules.upper_is_kicker(second.text, third.text))


def _centred_title_over_deck(lines: list[Line], i: int) -> bool:
    """　　　平糶米今日起續售 / 各區憑證配購每人限購三升, then the text: the head centred in big type is
    the title, the line at the margin under it its deck (a label so centred, 說部, 校园简讯, is a
    column's, over its title; a line over more heads, an advert's name over its offers)."""
    head, nxt = lines[i], lines[i + 1]
    return head.centred and not nxt.centred and nxt.kind == "heading" and not nxt.gap \
        and len(re.sub(r"\s", "", head.text)) > LABEL_CHARS \
        and not rules.is_genre_label(head.text) and not _set_letter_by_letter(head.text) \
        and i + 2 < len(lines) and lines[i + 2].kind == "paragraph"


def _title_over_undashed_deck(lines: list[Line], i: int) -> bool:
    """上半年抵港船民近二千 / 禁閉營容量瀕飽和　保安科研增臨時營地, then the text: on a page in
    traditional characters (Hong Kong's, Taiwan's, Macau's), which prints its decks without a dash,
    a line of two clauses set apart under a head of one is its deck (副題); a kicker there stands
    over both, a third line. (Over one clause the upper may be either: 鬧市白晝又發生械劫 / 旺角金舖…)"""
    head, nxt = lines[i], lines[i + 1]
    return (_stacked(head, nxt) and not head.form and not nxt.form and rules.is_couplet(nxt.text)
            and not rules.is_couplet(head.text) and not _bracketed_label(head.text)
            and 2 * len(head.text) > len(re.sub(r"\s", "", nxt.text))  # (a topic half as long: 海碩盃夏季聯賽, a kicker)
            and not (i + 2 < len(lines) and lines[i + 2].kind in ("heading", "subtitle"))
            and not rules.is_genre_label(head.text) and not rules.names_a_column(head.text)
            and _set_in_traditional(lines))


# What share of a page's characters, at least, are traditional where it is set in them.
TRADITIONAL_SHARE = 0.05


def _set_in_traditional(lines: list[Line]) -> bool:
    """Whether the page is set in traditional characters (some of its characters have a simplified form)."""
    text = "".join(line.text for line in lines[:60])
    return sum(a != b for a, b in zip(text, rules.simplified(text))) >= TRADITIONAL_SHARE * len(text)


def _bracketed_label(text: str) -> bool:
    """〔米糧〕, 【证券】: a short label wholly in brackets, a report's section (a market's goods), never a title's line."""
    return bool(re.fullmatch(r"[〔【［〖][^〔〕【】［］〖〗]{1,6}[〕】］〗]", text.strip()))


# A column's or a kind's label is this long at most (短评, 校园简讯, 本周行情).
LABEL_CHARS = 5


def _is_kicker_pair(first: Line, second: Line, subtitle_below: bool) -> bool:
    """Two heads in a row: the upper one is the kicker (引题) unless it is the bigger one.

    Marked heads say which is bigger by their level; bare ones by their form
    (rules.upper_is_kicker), and a 副题 printed under the second leaves the upper one no other
    place than kicker.
    """
    if first.level and second.level:
        return first.level > second.level
    if second.level and not first.level:
        return True
    # 旺 角 金 舖 遭 械 劫 over 三匪掠去…: a head set letter by letter is the big one, no kicker (a label so
    # set, 要 闻, 短　评, names what stands under it)
    display = _display_head(first.text)
    # 以 案 说 法 over 借条上没写还款日期怎么办: a column's short name set wide, over the title
    label = _set_letter_by_letter(first.text) and len(first.text.split()) <= 4 and not _set_letter_by_letter(second.text)
    # 閘北寶山路昨晨失慎延燒平 / 房十餘間 over 災民百餘人暫借小學棲身: a head over two lines is the title, its
    # deck under it (a deck explains at length; a few characters under it are the head's third line)
    wrapped = first.wrapped and not second.wrapped and not subtitle_below and not first.form and len(second.text) > 5
    # (夜談, 長篇小說連載 at the margin over a title set in: a column's short name, its kicker)
    label = label or len(first.text) <= 6 < len(second.text) + 2 and not rules.ends_sentence(first.text) \
        and second.indented and not first.indented
    if re.fullmatch(r"[^：:“”]{1,8}[：:]“[^”]{20,}”", second.text) and len(first.text) <= LABEL_CHARS + 2:
        return False  # “大扫除” / 张科长：“检查团明天就要来了，今天晚上把…！”: a cartoon's title over what its figure says
    if second.wrapped and not first.wrapped and not first.form and not subtitle_below and not re.search(r"[，。；]", second.text):
        return True  # “光年”巡回演唱会收官站今晚开唱 / 叶知秋： / 把最后一站 / 留给家乡歌迷: the big type set narrow, the title
    if second.indented and not first.indented and not subtitle_below and not rules.is_genre_label(first.text) and not label:
        return False  # ◆一辆中巴深夜冲下路基 / 　　车上八名乘客受轻伤: the line set in under the title is its deck
    return not first.level and not second.level and not display and not wrapped and (
        first.form == "kicker" or subtitle_below or label or rules.upper_is_kicker(first.text, second.text))


def add_paragraph(draft: Draft, line: Line) -> None:
    if line.lead is not None and not draft.body and not draft.dateline:
        draft.dateline = line.lead.dateline
        draft.paper_from_lead = line.lead.paper
        draft.byline = draft.byline + line.lead.byline
        if line.lead.rest:
            draft.body.append(Paragraph(line.lead.rest, line.line))
        return
    draft.body.append(Paragraph(line.text, line.line))


def freeze(draft: Draft, source: str) -> Article:
    body = list(draft.body)
    byline = draft.byline
    # Names printed after the last sentence belong to the byline, not the body.
    last = next((k for k in range(len(body) - 1, -1, -1) if isinstance(body[k], Paragraph)), None)
    if last is not None:
        split = rules.split_trailing_byline(body[last].text)
        if split is not None:
            text, trailing = split
            byline = byline + trailing
            body[last] = Paragraph(text, body[last].line) if text else None
            body = [b for b in body if b is not None]
    kind = draft.kind
    if kind == "article" and not body:
        kind = "photo" if draft.drawn else "title-only"  # a picture printed with its title alone
    if kind == "advert":  # an advert's lines are its text, set as it set them
        body = [Paragraph(b.text, b.line) if isinstance(b, SectionHead) else b for b in body]
    title = _as_read(draft.title)
    return Article(source=source, line=draft.line, title=title, kicker=draft.kicker,
                   subtitle=draft.subtitle, authors=byline.authors,
                   correspondents=byline.correspondents,
                   paper=draft.paper_from_lead or byline.paper, dateline=draft.dateline,
                   body=tuple(body), kind=kind)


# ---------------------------------------------------------------- the page


def _as_read(title: str) -> str:
    """简　讯, 春 耕 前 的 积 肥, 在 急 诊 室 的 24 小 时, 健　力　宝: a head set letter by letter, as it reads."""
    set_wide = rules.is_notice_label(title) or _set_letter_by_letter(title)
    return re.sub(r"(?<=\S)[ \u3000]+(?=\S)", "", title) if set_wide else title


def parse_text_page(text: str, source: str) -> PageText:
    """The articles and furniture of one page of OCR text."""
    lines = editors_note_under_title(repair(keepers_note_off(note_title_off(classify(text), source))))
    furniture = tuple(line.text for line in lines if line.kind == "furniture")
    articles, floating, problems = assemble(lines, source)
    if not articles:
        if floating:  # a photo alone with its caption: titled by the caption's first words
            articles = [photo_of(source, floating[0][1])]
            floating = [(0, c) for _, c in floating[1:]]
        else:
            return PageText((), furniture, tuple(problems) + (
                Problem(source, None, "no article found on this page"),))
    articles, bare = bare_heads(photo_items(place_captions(articles, floating)), lines)
    return PageText(tuple(paged_by_their_labels(advertised(articles, lines), lines)), furniture + bare, tuple(problems))


# A page's head alone on its line, its name after it or not: 第2版 综合, 第A03版：要闻.
_PAGE_HEAD_ALONE = re.compile(rf"第\s*(?:[A-Z]?\d{{1,3}}|[一二三四五六七八九十]{{1,3}})\s*版(?:[\s：:·]*[{rules.HAN}·]{{2,8}})?")


def paged_by_their_labels(articles: list[Article], lines: list[Line]) -> list[Article]:
    """Where a file's articles stand under labels of the pages they were printed on (a reading
    account's post: 【要闻】 / … / 【第2版】 / … / 【第8版·桐花副刊】; a whole issue in one file, each page
    under its head alone, 第2版 综合, a contents box's list of them no label), each article has its
    label's page and its name, as printed; a file with one page's head is that page's, whatever
    stands under it."""
    labels = [(line.line, paged) for line in lines if line.kind == "furniture" and line.text.startswith(("【", "["))
              and (paged := rules.printed_page((line.text,)))]
    heads = [(line.line, paged) for k, line in enumerate(lines) if line.kind == "furniture"
             and _PAGE_HEAD_ALONE.fullmatch(line.text.strip())
             and not (k + 1 < len(lines) and _PAGE_HEAD_ALONE.fullmatch(lines[k + 1].text.strip()))
             and (paged := rules.printed_page((line.text,)))]
    if len({page for _, (page, _) in heads}) >= 2:  # (one page's head, at its top and its foot, pages nothing)
        labels = sorted(labels + heads)
    if len(labels) < 2:
        return articles
    out = []
    for article in articles:
        over = [paged for at, paged in labels if at < article.line]
        if not over:
            out.append(article)
            continue
        page, section = over[-1]
        out.append(article.with_(page=page, section=article.section or section, stated=article.stated | {"page"}))
    return out


def note_title_off(lines: list[Line], source: str) -> list[Line]:
    """A notes app's title, its file's name, exported as the first line (6.4头版 over 新华每日电讯 /
    2022年6月4日 星期六, the page's masthead or running head): the keeper's, no head of the page."""
    stem = os.path.splitext(os.path.basename(source))[0].strip()
    if len(lines) > 1 and lines[0].kind != "furniture" and lines[0].text.strip() == stem and lines[1].kind == "furniture":
        return [replace(lines[0], kind="furniture"), *lines[1:]]
    return lines


def keepers_note_off(lines: list[Line]) -> list[Line]:
    """The line a family's keeper wrote over a clipping (爸爸写的，登在《江南农民报》上) is no head or
    text of it: the file's first line, over the clipping's own."""
    if len(lines) > 1 and lines[0].kind in ("heading", "paragraph") and rules.is_keepers_note(lines[0].text):
        return [replace(lines[0], kind="furniture"), *lines[1:]]
    # 备注：9月5日稿件涉及该项目，广告留存备查。 / ——以下为原版广告文字——: the keeper's note, over their line
    if (parted := next((k for k, line in enumerate(lines[:KEEPERS_NOTE_LINES + 1]) if rules.introduces_the_clipping(line.text)),
                       None)) is not None and parted + 1 < len(lines):
        return [replace(line, kind="furniture") for line in lines[:parted + 1]] + lines[parted + 1:]
    return lines


# A keeper's note over the clipping it is about is this many lines at most.
KEEPERS_NOTE_LINES = 6


def editors_note_under_title(lines: list[Line]) -> list[Line]:
    """An editor's note (编者按：…) printed above the first title introduces the article under
    it: it goes with that article, first in its text, not into an untitled item."""
    lines = _column_over_its_note(lines)
    first = next((k for k, line in enumerate(lines) if line.kind == "heading"), None)
    notes = [k for k, line in enumerate(lines[:first or 0])
             if line.kind == "paragraph" and rules.is_editors_note(line.text)]
    if not notes:
        return lines
    title = _under_the_head(lines, first)  # under the title and its subtitle and byline, above the text
    moved = [lines[k] for k in notes]
    return [n for k, n in enumerate(lines[:title]) if k not in notes] + moved + lines[title:]


def _under_the_head(lines: list[Line], start: int) -> int:
    """Where the text begins under the head lines from `start` on (its title, deck and byline)."""
    end = start
    while end < len(lines) and lines[end].kind in ("heading", "subtitle", "byline"):
        end += 1
    return end


def _column_over_its_note(lines: list[Line]) -> list[Line]:
    """脱贫攻坚·一线故事 / 编者按：… / 第一书记的“民情日记”: a series' short name (parted by ·, or in
    brackets) over the editor's note on the piece under it is the page's, and the note that piece's,
    first in its text."""
    out = list(lines)
    for k in range(len(out) - 2):
        if out[k].kind == "heading" and len(out[k].text) <= COLUMN_NAME_CHARS and ("·" in out[k].text or rules.is_bracketed_rubric(out[k].text)) \
                and out[k + 1].kind == "paragraph" \
                and rules.is_editors_note(out[k + 1].text) and out[k + 2].kind == "heading":
            title = _under_the_head(out, k + 2)
            out = out[:k] + [replace(out[k], kind="furniture")] + out[k + 2:title] + [out[k + 1]] + out[title:]
    return out


# A column's name, as long as papers set one over its pieces (脱贫攻坚·一线故事).
COLUMN_NAME_CHARS = 12


def _ends(articles: list[Article], lines: list[Line]) -> list[int]:
    """Where each article's lines end on the page: at the next article's first line."""
    return [a.line for a in articles[1:]] + [lines[-1].line + 1 if lines else 0]


def _contact_lines(lines: list[Line], start: int, end: int) -> list[str]:
    """The page's lines of where to call or go (furniture) from line `start` up to `end`, but the
    paper's own hotline (本报热线电话：…), which closes a column, no advert."""
    return [n.text for n in lines if start <= n.line < end and n.kind == "furniture" and rules.is_contact_line(n.text)
            and not rules.is_papers_hotline(n.text)]


def _heads(article: Article) -> list[str]:
    return [t for t in (article.kicker, article.title, article.subtitle, *article.section_heads) if t]


def bare_heads(articles: list[Article], lines: list[Line]) -> tuple[list[Article], tuple[str, ...]]:
    """A head with nothing under it (no text, caption or byline) is no article. Heads standing
    so together with a number to call or an offer are an advert's slogans (明前头采　原产地直供 /
    订购热线：…, 工农牌胶鞋 / 经久耐穿　价格公道 / …均有出售), under its first line; any other is the page's (a box's label, a slogan): its furniture. A
    广告 label with nothing under it marks the item above as an advert."""
    kept: list[Article] = []
    furniture: list[str] = []
    ends = _ends(articles, lines)
    marked = {n.line for n in lines if n.level}  # a title marked as one (# 节约用水 从我做起) stays
    bare = [a.kind in ("title-only", "article") and not a.paragraphs and not a.captions and not a.authors
            and not a.correspondents and a.line not in marked for a in articles]
    k = 0
    while k < len(articles):
        article = articles[k]
        if (article.kind == "advert" and not article.paragraphs and not article.captions and kept
                and rules.is_bare_label(article.title) and article.line not in marked):
            kept[-1] = kept[-1].with_(kind="advert")  # 广告 set under an advert, at its foot
            furniture.append(article.title)
            k += 1
            continue
        if not bare[k] or len(articles) == 1:
            kept.append(article)
            k += 1
            continue
        block = [article]
        while k + len(block) < len(articles) and bare[k + len(block)]:
            block.append(articles[k + len(block)])
        end = ends[k + len(block) - 1]
        heads = [t for a in block for t in _heads(a)]
        contact = _contact_lines(lines, article.line, end)
        # (吉隆坡总店：03-2145 6789 set as a head among its slogans: where to call all the same)
        contact = contact or [t for t in heads[1:] if rules.is_contact_line(t)]
        if contact or any(map(rules.offers, heads)) or len(heads) > 1 and (
                rules.calls_itself_a_notice(heads[0]) or rules.names_its_maker(heads[-1])):
            if len(heads) > 1 and rules.is_bare_label(heads[0]):
                heads = heads[1:]  # 演出预告 over the show it announces
            kept.append(article.with_(kind="advert", kicker="", title=_as_read(heads[0]), subtitle="",
                                      body=tuple(Paragraph(t, article.line) for t in dict.fromkeys(heads[1:] + contact))))
        else:
            furniture += heads
        k += len(block)
    return kept, tuple(furniture)


# An advert says little: a slogan or two and an offer, over where to call.
ADVERT_PARAGRAPHS = 3


def may_be_an_advert(article: Article) -> bool:
    """Unsigned, with no dateline and a few lines of text: an advert if it says where to call or go."""
    return _unsigned(article) and len(article.paragraphs) <= ADVERT_PARAGRAPHS


def _unsigned(article: Article) -> bool:
    """An item signed by no one and with no dateline, as an advert is."""
    return article.kind == "article" and not article.authors and not article.correspondents and not article.dateline


def sells_itself(article: Article, lines: Iterable[str]) -> bool:
    """An unsigned item of a few lines, with no dateline, that says where to call or go (in
    `lines`: its own, or the file's furniture) or sells twice over; or a list of goods, most of
    its lines priced (《冬季積肥技術》每冊五分): an advert."""
    selling = sum(rules.sells(block.text) for block in article.body)
    return may_be_an_advert(article) and (any(map(rules.is_contact_line, lines)) or selling >= 2) \
        or _unsigned(article) and selling >= 3 and 2 * selling > len(article.body)


def advertised(articles: list[Article], lines: list[Line]) -> list[Article]:
    """An unsigned item of a few lines, with no dateline, over a line of where to call or go
    (京华牌空调 / 清凉一夏 / … / 东四家用电器商场　地址：…　电话：…), or under slogans of its own
    (草原牧民贷 / 随借随还…), or offering its goods (金福珠宝 / 黄金以旧换新　工费全免), is an advert,
    named by its first head: its other heads are its slogans."""
    out = []
    for article, end in zip(articles, _ends(articles, lines)):
        contact = _contact_lines(lines, article.line, end) if may_be_an_advert(article) else []
        heads = _heads(article)
        # Its own lines, a report's never: slogans, offers, where to call, and no sentence (新一期
        # 储蓄国债今起发售 over what the bonds pay is news).
        says_no_sentence = not any(p.endswith("。") for p in article.paragraphs)
        # …欢迎各地商业部门订购 / 厂址：…　电话：…: a few lines closed by where to call or go, set as text
        closed_by_contact = article.paragraphs and rules.is_contact_line(article.paragraphs[-1])
        # 新 书 出 版 / 《土法炼铁技术问答》　每册一角二分 / 《怎样办好公共食堂》　每册八分: a list of
        # goods and their prices, however long, and no sentence; or one price under a name and its slogan
        # (華昌牌補腦益壽丸 / 專治神經衰弱　失眠健忘 / 每瓶大洋一元　各大藥房均有出售)
        priced = sum(map(rules.sells, article.paragraphs))
        price_list = says_no_sentence and (priced >= 2 or priced and len(heads) >= 2) and _unsigned(article)
        if contact or price_list or may_be_an_advert(article) and (closed_by_contact or says_no_sentence and (
                any(map(rules.offers, heads)) or len(heads) > 2 and any(map(rules.is_contact_line, article.paragraphs)))):
            body = tuple(Paragraph(t, article.line) for t in heads[1:]) + tuple(
                b for b in article.body if isinstance(b, Paragraph)) + tuple(Paragraph(t, article.line) for t in contact)
            article = article.with_(kind="advert", kicker="", title=_as_read(heads[0]), subtitle="", body=body)
        out.append(article)
    return out


def photo_items(articles: list[Article]) -> list[Article]:
    """A title over photos and their captions alone is a photo item (图片新闻), by whoever took
    the photos unless it is signed."""
    return [a.with_(kind="photo", authors=a.authors or tuple(
                dict.fromkeys(n for c in a.captions for n in rules.photographers(c.text))))
            if a.kind == "title-only" and a.captions else a for a in articles]
