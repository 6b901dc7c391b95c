"""What news databases give a reader who downloads articles as text: Factiva's Article Format,
LexisNexis' documents and EndNote's tagged records (CNKI's, Wanfang's), and a text corpus's
`<doc …>` files, each article a record of its coded or labelled fields and its text."""
from __future__ import annotations

import re
from html.parser import HTMLParser

from ..model import Article, Problem
from .records import record_article, whole_name


# Factiva's "Article Format", saved as text: each article's coded lines (HD headline, BY byline, PD
# date, SN source, SE section, PG page), its text after LP (the lead) and TD (the rest), then
# its subjects and regions (NS, RE …) and AN, its accession number, last.
_FACTIVA_LINE = re.compile(r"^(?P<code>[A-Z]{2,3})(?:\t| {2,})(?P<value>.*)$")
_FACTIVA_FIELDS = {"HD": "title", "BY": "authors", "PD": "date", "SN": "paper", "SE": "section", "PG": "page"}


def _headline(value: str) -> dict:
    """A Factiva headline's title and the deck it sets after " -- " (“渔二代”上岸记 -- 从撒网捕鱼到…)."""
    title, _, deck = value.partition(" -- ")
    return {"title": title.strip(), "subtitle": deck.strip()}


def is_factiva(text: str) -> bool:
    """A text file of articles as Factiva gives them: its first line a headline's code (HD)."""
    first = next((line for line in text.split("\n") if line.strip()), "").lstrip("\ufeff")
    return first.startswith(("HD\t", "HD  ")) and bool(re.search(r"^(?:LP|TD)\s*$", text, re.M))


def read_factiva(text: str, source: str) -> tuple[list[Article], list[Problem]]:
    """Every article of a Factiva file, read as a record of its coded fields and its text; one
    its download cut short (no AN line) is kept, with a problem."""
    records: list[tuple[int, dict, list[str]]] = []
    fields: dict | None = None
    in_text = False
    for number, raw in enumerate(text.split("\n"), 1):
        line = raw.strip().lstrip("\ufeff")
        coded = _FACTIVA_LINE.match(line)
        if coded and coded["code"] == "HD":
            fields, in_text = _headline(coded["value"]), False
            records.append((number, fields, []))
        elif fields is None:
            continue  # the search's summary under the last article
        elif line in ("LP", "TD"):
            in_text = True
        elif coded and (not in_text or coded["code"] in ("CO", "NS", "RE", "IN", "IPD", "PUB", "AN")):
            in_text = False
            if coded["code"] in _FACTIVA_FIELDS:
                fields.setdefault(_FACTIVA_FIELDS[coded["code"]], coded["value"].strip())
            elif coded["code"] == "AN":
                fields["an"], fields = coded["value"].strip(), None
        elif in_text and line:
            records[-1][2].append(line)
    articles: list[Article] = []
    problems: list[Problem] = []
    for number, record, paragraphs in records:
        article, found = record_article({**record, "body": paragraphs}, source, number)
        if "an" not in record:
            found.append(Problem(source, number, "no AN line closes this article: its text may be cut short"))
        problems += found
        articles += [article] if article is not None else []
    return articles, problems


# Factiva's "Full Article/Report plus Indexing" saved as RTF: the coded fields as the rows of a table
# of two columns, each row read out as CODE|value| (a value of many paragraphs over many lines).
_CODED_ROW = re.compile(r"^(?P<code>[A-Z]{2,3})\|(?P<value>.*)$")


def coded_rows_as_lines(text: str) -> str:
    """A Factiva download whose fields are a table's rows, as Factiva's own coded text (HD	…, TD
    over its paragraphs); any other text as it is."""
    if "HD|" not in text:
        return text  # (every text file is asked: most hold no row of a headline)
    lines = [line.strip().lstrip("\ufeff") for line in text.split("\n")]
    if not any(line.startswith("HD|") for line in lines) or not any(line.startswith(("LP|", "TD|")) for line in lines):
        return text
    out: list[str] = []
    open_text = False  # inside a row whose value runs over lines, till the one closing on |
    for line in lines[next(k for k, line in enumerate(lines) if _CODED_ROW.match(line)):]:
        row = None if open_text else _CODED_ROW.match(line)
        if row is not None and row["code"] in ("LP", "TD"):
            out += [row["code"], row["value"].removesuffix("|")]
            open_text = not row["value"].endswith("|")
        elif row is not None:
            out.append(f"{row['code']}\t{row['value'].removesuffix('|')}")
        elif open_text:
            out.append(line.removesuffix("|"))
            open_text = not line.endswith("|")
    return "\n".join(out)


# Factiva's "Article Format" (its RTF, the text Word saves of it, or its page copied out): no codes, each
# article's lines in a fixed order: the headline (a deck after " -- "), the byline, the words it
# counts (226 字, 1,234 words), the day, the hour a wire filed it, the source's name and code, the page,
# the language and the copyright; a blank line; the text; 文件 RMRB000020190710ef7a0005w (Document …),
# the accession number that closes it. A table of contents (each title, then its source, day and
# words on one line) opens the download, a search summary closes it.
# (each a line's whole, matched on a line or searched for in a whole text: [^\S\n] the white space of one line)
_ACCESSION = re.compile(r"^[^\S\n]*(?:Document|文件|文檔|文档)[^\S\n]+(?P<an>[A-Z][A-Z0-9]{3,9}(?:19|20)\d{6}[a-z0-9]{5,12})[^\S\n]*$",
                        re.M)
_WORD_COUNT = re.compile(r"^[^\S\n]*[\d,]+[^\S\n]*(?:字|words?)[^\S\n]*$", re.M)
_SOURCE_CODE = re.compile(r"^[A-Z][A-Z0-9]{2,9}$")
_PRINTED_ON = re.compile(r"^[A-Z]{0,2}\d{1,3}$")
_FILED_AT = re.compile(r"^\d{1,2}:\d{2}(?:\s*(?:GMT|[AP]M))?$")
_SEARCH_SUMMARY = re.compile(r"^(?:检索摘要|檢索摘要|搜索摘要|Search Summary)$")


def is_factiva_articles(text: str) -> bool:
    """A download in Factiva's Article Format: articles closed by their accession numbers, each
    head counting its words."""
    return _ACCESSION.search(text) is not None and _WORD_COUNT.search(text) is not None  # (every text file is asked)


def read_factiva_articles(text: str, source: str) -> tuple[list[Article], list[Problem]]:
    """Every article of a download in Factiva's Article Format; one its download cut short (no
    accession number under it) is kept, with a problem."""
    lines = [line.strip().lstrip("\ufeff") for line in text.replace("\f", "\n").split("\n")]
    counted = [k for k, line in enumerate(lines) if _WORD_COUNT.match(line) and k and lines[k - 1]]
    heads = [_head_start(lines, k) for k in counted]
    articles: list[Article] = []
    problems: list[Problem] = []
    for k, (count, start) in enumerate(zip(counted, heads)):
        limit = heads[k + 1] if k + 1 < len(heads) else next(
            (j for j in range(count, len(lines)) if _SEARCH_SUMMARY.match(lines[j])), len(lines))
        closed = next((j for j in range(count, limit) if _ACCESSION.match(lines[j])), None)
        record = _factiva_head(lines[start:count], lines[count + 1:closed or limit])
        article, found = record_article(record, source, start + 1)
        if closed is None:
            found.append(Problem(source, start + 1, "no accession number (文件 …, Document …) closes this article: "
                                                    "its text may be cut short"))
        problems += found
        articles += [article] if article is not None else []
    return articles, problems


def _head_start(lines: list[str], count: int) -> int:
    """Where the head over a word count starts: the headline, after the blank line over it."""
    start = count
    while start and lines[start - 1] and not _ACCESSION.match(lines[start - 1]):
        start -= 1
    return start


def _factiva_head(head: list[str], rest: list[str]) -> dict:
    """One article's record: its headline and byline over the count, its day, source and page
    under it, and its text after the first blank line (its head repeated at the top of it: the
    kicker over the title, the ——deck under it)."""
    record = _headline(head[0]) | {"authors": " ".join(head[1:])}
    fields = rest[:rest.index("")] if "" in rest else rest
    body = [line for line in rest[len(fields):] if line]
    if fields:
        record["date"] = fields[0]
    named = [f for f in fields[1:] if not _FILED_AT.match(f)]
    if named and not _SOURCE_CODE.match(named[0]):
        record["paper"] = named[0]
    coded = next((j for j, f in enumerate(named) if _SOURCE_CODE.match(f)), None)
    if coded is not None and coded + 1 < len(named) and _PRINTED_ON.match(named[coded + 1]):
        record["page"] = named[coded + 1]
    if record["title"] in body[:2]:
        at = body.index(record["title"])
        record["kicker"], body = "".join(body[:at]), body[at + 1:]
    if body and body[0].startswith("——") and len(body[0]) <= 60 and "。" not in body[0]:
        record["subtitle"], body = body[0].lstrip("—"), body[1:]
    return {**record, "body": body}


class _FactivaPage(HTMLParser):
    """The lines of a Factiva page's articles (<div class="article …">): an indexed one's rows as
    CODE|value|, an Article Format one's lines as its text download has them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.depth = 0  # of the <div>s inside an article's, 0 outside any
        self.cell = self.code = ""
        self.in_code = self.in_text = False
        self.paragraphs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        classes = (dict(attrs).get("class") or "").split()
        if tag == "div" and (self.depth or "article" in classes):
            self.depth += 1
        if not self.depth:
            return
        if tag == "td":
            self.in_code, self.in_text, self.cell = "index" in classes, True, ""
        elif tag in ("p", "div", "br") and self.in_text and self.cell.strip():
            self.paragraphs.append(self.cell.strip())
            self.cell = ""
        elif tag == "p" and "articleParagraph" in classes and not self.in_text and (not self.lines or self.lines[-1]):
            self.lines.append("")  # the text under an Article Format head: apart from it, as in the download

    def handle_endtag(self, tag: str) -> None:
        if not self.depth:
            return
        if tag == "td" and self.in_code:
            self.code, self.in_text, self.in_code = self.cell.strip(), False, False
        elif tag == "td" and self.in_text:
            value = [*self.paragraphs, self.cell.strip()] if self.cell.strip() else self.paragraphs
            if self.code and value:
                self.lines += [f"{self.code}|{value[0]}", *value[1:]]
                self.lines[-1] += "|"
            self.code, self.paragraphs, self.in_text, self.cell = "", [], False, ""
        if tag == "div":
            self.depth -= 1
            if not self.depth:
                self.lines.append("")

    def handle_data(self, data: str) -> None:
        if not self.depth:
            return
        if self.in_code or self.in_text:
            self.cell += data.replace("\xa0", " ")
        elif data.strip():
            self.lines.append(" ".join(data.split()))


def factiva_page_text(html: str) -> str | None:
    """A page Factiva served of the articles it found, saved from the browser, as the text of its
    download: None for any other page."""
    if "factiva" not in html[:3000].lower() or not re.search(r"<div\s+class=['\"]article\b", html):
        return None
    page = _FactivaPage()
    page.feed(html)
    page.close()
    return "\n".join(page.lines)


# LexisNexis' text download: a cover, then each document under "3 of 8 DOCUMENTS": its source and
# date centred, its headline, its BYLINE:, SECTION: (新加坡新闻; Pg. 3) and LENGTH:, the text, and
# LOAD-DATE:, LANGUAGE:, … and the copyright under it.
_NEXIS_DOCUMENT = re.compile(r"^\s*\d+ of \d+ DOCUMENTS\s*$", re.M)
_NEXIS_FIELD = re.compile(r"^(?P<key>[A-Z][A-Z-]{2,30}):\s*(?P<value>.*)$")
_WEEKDAY = re.compile(r"\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$")


def is_lexisnexis(text: str) -> bool:
    """A text file LexisNexis wrote: its documents numbered 1 of N DOCUMENTS."""
    return bool(re.search(r"^\s*1 of \d+ DOCUMENTS\s*$", text, re.M))


def read_lexisnexis(text: str, source: str) -> tuple[list[Article], list[Problem]]:
    """Every document of a LexisNexis download, read as a record: the lines over its BYLINE: or
    SECTION: are its source, date and headline; its text's lines cut at a width are joined."""
    articles: list[Article] = []
    problems: list[Problem] = []
    documents = list(_NEXIS_DOCUMENT.finditer(text))
    for start, end in zip((m.end() for m in documents), [m.start() for m in documents[1:]] + [len(text)]):
        line = text[:start].count("\n") + 1
        lines = [x.strip() for x in text[start:end].split("\n")]
        keyed = [k for k, x in enumerate(lines) if _NEXIS_FIELD.match(x)]
        head = [x for x in lines[:keyed[0] if keyed else 0] if x]
        record: dict = {"paper": head[0] if head else None,
                        "date": _WEEKDAY.sub("", head[1]) if len(head) > 1 else None,
                        "title": "".join(head[2:])}
        fields = {m["key"]: m["value"] for m in map(_NEXIS_FIELD.match, lines) if m}
        if (section := fields.get("SECTION", "")) and (page := re.search(r";?\s*Pg\.\s*([A-Z]?\d+)\s*$", section)):
            record["page"], section = page[1], section[:page.start()]
        record |= {"authors": fields.get("BYLINE"), "section": section or None, "subtitle": fields.get("HIGHLIGHT")}
        ends = next((k for k in keyed if lines[k].startswith("LOAD-DATE:")), len(lines))
        text_at = max((k for k in keyed if k < ends), default=0)  # under LENGTH: or HIGHLIGHT:, the deck
        record["body"] = [p.replace("\n", "") for p in "\n".join(lines[text_at + 1:ends]).strip().split("\n\n") if p.strip()]
        article, found = record_article(record, source, line)
        if "LOAD-DATE" not in fields:
            found.append(Problem(source, line, "no LOAD-DATE: closes this document: its text may be cut short"))
        problems += found
        articles += [article] if article is not None else []
    return articles, problems


# EndNote's tagged format (Refer's), as CNKI and Wanfang export a search's records: %0 the record's
# type, %A each author, %T the title, %J the paper, %8 the day (%D the year alone), %P the page,
# %X the abstract (the text CNKI gives, the article's own left out), a blank line between records.
_ENDNOTE_LINE = re.compile(r"^%(?P<tag>[0-9A-Z@!#$&()*+^~])\s(?P<value>.*)$")
_ENDNOTE_FIELDS = {"T": "title", "J": "paper", "B": "paper", "8": "date", "P": "page", "X": "body", "K": "tags",
                   "U": "url"}


def is_endnote(text: str) -> bool:
    """A text file of EndNote's tagged records: its first line a record's type (%0 Newspaper Article)."""
    first = next((line for line in text.split("\n") if line.strip()), "").lstrip("\ufeff").strip()
    return first.startswith("%0 ") and len(re.findall(r"^%T ", text, re.M)) >= 1


def read_endnote(text: str, source: str) -> tuple[list[Article], list[Problem]]:
    """Every record of an EndNote export; %D the year alone where no %8 gives the day."""
    records: list[tuple[int, dict]] = []
    for number, raw in enumerate(text.split("\n"), 1):
        tagged = _ENDNOTE_LINE.match(raw.strip().lstrip("\ufeff"))
        if tagged is None:
            continue  # a blank line between records, or a line the export cut
        tag, value = tagged["tag"], tagged["value"].strip()
        if tag == "0" or not records:
            records.append((number, {}))
        fields = records[-1][1]
        if tag == "A":
            fields["authors"] = f"{fields['authors']} {value}" if fields.get("authors") else value
        elif tag == "D":
            fields.setdefault("year", value)
        elif tag in _ENDNOTE_FIELDS:
            fields.setdefault(_ENDNOTE_FIELDS[tag], value)
    return _tagged_records_read(records, text, source, {"paper", "date", "body"})


def _tagged_records_read(records: list[tuple[int, dict]], text: str, source: str,
                         read_on: set[str]) -> tuple[list[Article], list[Problem]]:
    """The articles of a reference manager's tagged records (EndNote's, NoteExpress's), each at its
    first line: the last one a problem where the export stops inside it before any of `read_on`
    (…%T 江西早稻育秧进: nothing to read of it); a record's year its date where it gives no day."""
    problems: list[Problem] = []
    if records and not text.endswith("\n") and not records[-1][1].keys() & read_on:
        number, _ = records.pop()
        problems.append(Problem(source, number, "the export ends in the middle of this record; skipped"))
    for _, record in records:
        if "date" not in record and record.get("year"):
            record["date"] = record["year"]
        record.pop("year", None)
    articles, found = _records_articles(records, source)
    return articles, problems + found


def _records_articles(records: list[tuple[int, dict]], source: str) -> tuple[list[Article], list[Problem]]:
    """The article of each record (at its line), and the problems of those that keep one out."""
    articles: list[Article] = []
    problems: list[Problem] = []
    for number, record in records:
        article, found = record_article(record, source, number)
        problems += found
        articles += [article] if article is not None else []
    return articles, problems


# NoteExpress's export, as CNKI gives it (a .net file): {Reference Type}: Newspaper Article opens a record,
# each field {Name}: value on its line, writers and keywords parted by semicolons; CNKI's abstract opens
# on <正> (where its excerpt starts) and marks a paragraph's end (#br).
NOTEEXPRESS_SUFFIXES = (".net",)
_NOTEEXPRESS_LINE = re.compile(r"^\{(?P<tag>[A-Za-z][A-Za-z ]{1,30})\}:\s?(?P<value>.*)$")
_NOTEEXPRESS_FIELDS = {"title": "title", "secondary title": "paper", "date": "date", "year": "year", "pages": "page",
                       "abstract": "summary", "keywords": "tags", "url": "url", "author": "authors"}


def is_noteexpress(text: str) -> bool:
    """A NoteExpress export: its first line a record's type ({Reference Type}: Newspaper Article)."""
    first = next((line for line in text.split("\n") if line.strip()), "").lstrip("\ufeff").strip()
    return first.startswith("{Reference Type}:")


def read_noteexpress(text: str, source: str) -> tuple[list[Article], list[Problem]]:
    """Every record of a NoteExpress export; {Year} the year alone where no {Date} gives the day."""
    records: list[tuple[int, dict]] = []
    for number, raw in enumerate(text.lstrip("\ufeff").split("\n"), 1):
        tagged = _NOTEEXPRESS_LINE.match(raw.strip())
        if tagged is None:
            continue
        tag, value = tagged["tag"].lower(), tagged["value"].strip()
        if tag == "reference type":
            records.append((number, {}))
        elif records and tag in _NOTEEXPRESS_FIELDS and value and _NOTEEXPRESS_FIELDS[tag] not in records[-1][1]:
            records[-1][1][_NOTEEXPRESS_FIELDS[tag]] = _noteexpress_value(tag, value)
    return _tagged_records_read(records, text, source, {"paper", "date", "summary"})


def _noteexpress_value(tag: str, value: str) -> str:
    """A NoteExpress field's value as a record gives it: 陈晨曦;王海涵; the writers, ;; no keyword, <正> and
    (#br) CNKI's marks in its abstract."""
    if tag == "author":
        return "、".join(filter(None, (name.strip() for name in value.split(";"))))
    if tag == "keywords":
        return ";".join(filter(None, value.split(";")))
    if tag == "abstract":
        return re.sub(r"^<正>\s*", "", value).replace("(#br)", "\n")
    return value


# GB/T 7714's list of references, as CNKI's 引用 dialog gives one to paste: [1]王书珂,李沁萍.老楼加装电梯，
# 如何“上下”都满意[N].人民日报,2022-03-15(013). — [N] marks a paper's article, its day and page (版) after it.
_CITATION = re.compile(r"^\s*\[\d{1,4}\]\s*(?:(?P<authors>[^.．\[\]]{1,60}?)[.．]\s*)?(?P<title>[^\[\]]{2,120}?)\s*\[N\]\s*[.．]\s*"
                       r"(?P<paper>[^,，.．]{2,30})\s*[,，]\s*(?P<date>\d{4}-\d{1,2}-\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)"
                       r"\s*(?:[(（]\s*(?P<page>[A-Z]?\d{1,3})\s*[)）])?")


def is_citation_list(text: str) -> bool:
    """A list of references to newspaper articles (GB/T 7714's [N]), two or more, as the most of its lines."""
    filled = [line for line in text.split("\n") if line.strip()]
    cited = sum(bool(_CITATION.match(line)) for line in filled)
    return cited >= 2 and cited * 2 > len(filled)


def read_citations(text: str, source: str) -> tuple[list[Article], list[Problem]]:
    """Each article a list of references cites: its title, writers, paper, day and page, no text."""
    return _records_articles([(number, {"title": cited["title"], "paper": cited["paper"], "date": cited["date"],
                                        "page": cited["page"],
                                        "authors": "、".join(filter(None, map(str.strip, re.split(r"[,，]", cited["authors"] or ""))))})
                              for number, line in enumerate(text.lstrip("\ufeff").split("\n"), 1)
                              if (cited := _CITATION.match(line))], source)


# RIS, as Zotero, EndNote and NoteExpress export a library: TY  - NEWS opens a record, ER  - closes it,
# each field a tag, two spaces, a dash (AU  - 陈, 立新); a note's HTML (N1) runs on over untagged lines.
RIS_SUFFIXES = (".ris",)
_RIS_LINE = re.compile(r"^(?P<tag>[A-Z][A-Z0-9])  -(?: (?P<value>.*))?$")
_RIS_FIELDS = {"TI": "title", "T1": "title", "T2": "paper", "JO": "paper", "JF": "paper", "DA": "date", "Y1": "date",
               "SP": "page", "N1": "body", "AB": "body", "KW": "tags", "UR": "url"}
# Records of what is no paper's article: a web page, a computer program, a data set.
_RIS_OTHERS = {"ELEC", "WEB", "COMP", "DATA", "BLOG"}


def read_ris(text: str, source: str) -> tuple[list[Article], list[Problem]]:
    """Every newspaper article of an RIS export: its title, paper, day (DA, else PY's year), page,
    writers (AU  - 陈, 立新: 陈立新), and its text, a note's (N1) or an abstract's."""
    records: list[tuple[int, str, dict]] = []
    tag = ""
    for number, raw in enumerate(text.lstrip("\ufeff").split("\n"), 1):
        line = raw.rstrip("\r")
        tagged = _RIS_LINE.match(line)
        if tagged is None:
            if records and tag in ("N1", "AB") and line.strip():
                fields = records[-1][2]
                fields["body"] = fields.get("body", "") + "\n" + line  # a note's HTML runs on
            continue
        tag, value = tagged["tag"], (tagged["value"] or "").strip()
        if tag == "TY":
            records.append((number, value, {"closed": False}))
        elif not records:
            continue
        elif tag == "ER":
            records[-1][2]["closed"] = True
        elif tag in ("AU", "A1", "A2"):
            fields = records[-1][2]
            fields["authors"] = "、".join(filter(None, (fields.get("authors"), _ris_name(value))))
        elif tag == "PY":
            records[-1][2].setdefault("year", value.split("/")[0])
        elif tag in _RIS_FIELDS:
            fields = records[-1][2]
            key = _RIS_FIELDS[tag]
            fields[key] = f"{fields[key]} {value}" if key == "tags" and key in fields else fields.get(key) or value
    articles: list[Article] = []
    problems: list[Problem] = []
    for number, kind, record in records:
        if not record.pop("closed"):
            problems.append(Problem(source, number, "the export ends in the middle of this record (no ER line); skipped"))
            continue
        if kind.upper() in _RIS_OTHERS:
            problems.append(Problem(source, number, f"a record of another kind (TY  - {kind}), no paper's article; skipped"))
            continue
        record["date"] = (record.get("date") or "").strip("/") or record.get("year")
        record.pop("year", None)
        article, found = record_article({k: v for k, v in record.items() if v}, source, number)
        problems += found
        articles += [article] if article is not None else []
    return articles, problems


# BibTeX, as JabRef and Zotero export a library: @Article{key, field = {value}, …}, @String macros, the
# paper under journal (or howpublished), the text under note (or abstract).
BIBTEX_SUFFIXES = (".bib",)
_BIB_FIELDS = {"title": "title", "journal": "paper", "journaltitle": "paper", "newspaper": "paper",
               "howpublished": "paper", "date": "date", "pages": "page", "note": "body", "abstract": "body",
               "keywords": "tags", "url": "url"}
_BIB_MONTHS = {m: k for k, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}


def read_bibtex(text: str, source: str) -> tuple[list[Article], list[Problem]]:
    """Every entry of a BibTeX file, each read apart (one whose braces never close a problem at its
    line, those after it read): @String macros expanded, a date from date or year and month, writers
    parted by "and" (陈建华 and 刘芳, Liu, Jianguo), LaTeX's escapes (38.5\\%) as printed."""
    lines = text.lstrip("\ufeff").split("\n")
    starts = [k for k, line in enumerate(lines) if re.match(r"\s*@\w+\s*[{(]", line)] + [len(lines)]
    macros: dict[str, str] = {}
    articles: list[Article] = []
    problems: list[Problem] = []
    for start, end in zip(starts, starts[1:]):
        entry = "\n".join(lines[start:end]).strip()
        kind = re.match(r"@(\w+)", entry.strip())[1].lower()
        body = entry[entry.index("{") + 1:] if "{" in entry else ""
        if _unbalanced(body):
            problems.append(Problem(source, start + 1, "an entry whose braces never close; skipped"))
            continue
        fields = _bib_fields(body[:body.rindex("}")], macros)
        if kind == "string":
            macros |= fields
        elif kind not in ("comment", "preamble"):
            article, found = record_article(_bib_record(fields), source, start + 1)
            problems += found
            articles += [article] if article is not None else []
    return articles, problems


def _unbalanced(body: str) -> bool:
    depth = 0
    for char in re.sub(r"\\[{}]", "", body):
        depth += (char == "{") - (char == "}")
    return depth != -1  # (the entry's own brace closes it, one more than it opens inside)


def _bib_fields(body: str, macros: dict[str, str]) -> dict[str, str]:
    """An entry's fields (its key before the first comma left out), macros expanded, braces off."""
    fields, k = {}, 0
    for m in re.finditer(r"(\w[\w-]*)\s*=\s*", body):
        if m.start() < k:
            continue
        name, k = m[1].lower(), m.end()
        if body[k:k + 1] in "{\"":
            close, depth, j = "}" if body[k] == "{" else "\"", 0, k
            while j < len(body):
                depth += (body[j] == "{") - (body[j] == "}")
                if (close == "}" and depth == 0) or (close == "\"" and j > k and body[j] == "\"" and depth == 0):
                    break
                j += 1
            value, k = body[k + 1:j], j + 1
        else:
            bare = re.match(r"[^,}\s]+", body[k:])
            value = macros.get(bare[0].lower(), bare[0]) if bare else ""
            k += len(bare[0]) if bare else 0
        fields[name] = re.sub(r"\\([%&$#_{}])", r"\1", value.replace("{", "").replace("}", "")).strip()
    return fields


def _bib_record(fields: dict[str, str]) -> dict[str, str]:
    """An entry's fields under this generator's names."""
    record = {_BIB_FIELDS[name]: value for name, value in fields.items() if name in _BIB_FIELDS and value}
    if "date" not in record and fields.get("year"):
        month = _BIB_MONTHS.get(fields.get("month", "").lower()[:3]) or (int(fields["month"]) if fields.get("month", "").isdigit() else None)
        record["date"] = f"{fields['year']}-{month:02}" if month else fields["year"]
    if fields.get("author"):
        record["authors"] = "、".join(whole_name(*(name.split(",", 1) + [""])[:2]) for name in re.split(r"\s+and\s+", fields["author"]))
    return record


def _ris_name(value: str) -> str:
    """陈, 立新 → 陈立新: a writer's name as RIS splits it, whole again."""
    family, _, given = value.partition(",")
    return whole_name(family, given)


# A text corpus's document (WaCky's, a research group's export): <doc id="…" title="…" date="…"
# page="…" author="…"> over its text, </doc> under it.
_DOC_OPEN = re.compile(r"^<doc\b(?P<attrs>[^>]*)>\s*$")
_DOC_ATTR = re.compile(r'(?P<key>[\w:-]+)="(?P<value>[^"]*)"')


def is_corpus(text: str) -> bool:
    """A text corpus's file of documents, each between <doc …> and </doc>."""
    return len(re.findall(r"^<doc\b[^>\n]*>\s*$", text[:20000], re.M)) >= 1 and "</doc>" in text


def read_corpus(text: str, source: str) -> tuple[list[Article], list[Problem]]:
    """Every document of a corpus file, its attributes its fields and its lines its text; one whose
    head is broken (its quotes unclosed, mojibake) or that never closes is a problem, the next read."""
    articles: list[Article] = []
    problems: list[Problem] = []
    lines = text.split("\n")
    opened = [k for k, line in enumerate(lines) if line.startswith("<doc")]
    for k, start in enumerate(opened):
        end = next((j for j in range(start + 1, opened[k + 1] if k + 1 < len(opened) else len(lines))
                    if lines[j].strip() == "</doc>"), None)
        head = _DOC_OPEN.match(lines[start].strip())
        if head is None or end is None:
            problems.append(Problem(source, start + 1, "a document whose head is broken or that never closes (</doc>); skipped"))
            continue
        record = {m["key"]: m["value"] for m in _DOC_ATTR.finditer(head["attrs"]) if m["key"] != "id"}
        article, found = record_article({**record, "body": "\n".join(lines[start + 1:end])}, source, start + 1)
        problems += found
        articles += [article] if article is not None else []
    return articles, problems


def is_database_export(text: str) -> bool:
    return is_factiva(coded_rows_as_lines(text)) or is_factiva_articles(text) or is_lexisnexis(text) \
        or is_endnote(text) or is_noteexpress(text) or is_citation_list(text) or is_corpus(text)


def read_database_export(text: str, source: str) -> tuple[list[Article], list[Problem]]:
    """Every article of a Factiva, LexisNexis, EndNote or NoteExpress download, of a list of
    references, or of a corpus's file."""
    if is_corpus(text):
        return read_corpus(text, source)
    if is_noteexpress(text):
        return read_noteexpress(text, source)
    if is_citation_list(text):
        return read_citations(text, source)
    if is_factiva(coded := coded_rows_as_lines(text)):
        return read_factiva(coded, source)
    if is_factiva_articles(text):
        return read_factiva_articles(text, source)
    return read_endnote(text, source) if is_endnote(text) else read_lexisnexis(text, source)
