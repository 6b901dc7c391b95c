"""An e-paper's HTML, as spiders scrape it into a record's text, to the paragraphs it prints."""
from __future__ import annotations

import re
from html.parser import HTMLParser

# Tags that end a paragraph on the page; what the others hold runs on (<span>, <font>, <strong>).
BREAKS = frozenset("p div br li tr h1 h2 h3 h4 h5 h6 blockquote section article table".split())
UNPRINTED = frozenset("script style head title".split())
_MARKUP = re.compile(r"<(?:p|br|div|span|img|font|strong|b)\b[^>]*>|</(?:p|div|span|font)>|&(?:nbsp|[lr]dquo|quot|amp|#\d+);",
                     re.I)
# A server's error page saved in place of the article: 404 Not Found, 502 Bad Gateway.
# (its code opening or closing the title: 404, 页面不存在 - 404; never a figure among others, 2021-03-08T10:22:31.546)
_ERROR_PAGE = re.compile(r"<title>\s*(?P<what>[45]\d\d\b[^<]*|[^<]*(?<![\d.:])[45]\d\d|[^<]*(?:Not Found|Forbidden|Error)[^<]*)\s*</title>", re.I)


def is_markup(text: str) -> bool:
    """Text that is HTML (<p>…</p>, &nbsp;, &ldquo;), not the words themselves."""
    return bool(_MARKUP.search(text))


# …or its words alone, as an extractor keeps them: 404 Not Found / 抱歉，您访问的页面不存在或已被删除。
_ERROR_WORDS = re.compile(r"^\s*(?P<what>[45]\d\d\s+(?:Not Found|Forbidden|Bad Gateway|Internal Server Error|Service Unavailable)"
                          r"|(?:抱歉，)?您(?:访问|要找|所访问)的页面(?:不存在|已被删除))", re.I)


def error_page(text: str) -> str | None:
    """What a server's error page saved instead of the article says (404 Not Found), or None."""
    m = _ERROR_PAGE.search(text) or len(text) < 300 and _ERROR_WORDS.search(text)
    return m["what"].strip() if m else None


class _Paragraphs(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = [""]
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in UNPRINTED:
            self.hidden += 1
        elif tag in BREAKS:
            self.paragraphs.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag in UNPRINTED:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BREAKS:
            self.paragraphs.append("")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.paragraphs[-1] += data


def paragraphs_of(html: str) -> list[str]:
    """The paragraphs an HTML fragment prints, entities read and the indent (&nbsp; or U+3000)
    taken off; pictures and comments (<img>, <!--enpcontent-->) print nothing."""
    parser = _Paragraphs()
    parser.feed(html)
    parser.close()
    # a line break in the source is no space in Chinese; &nbsp; runs set an indent or a gap
    paragraphs = (re.sub(r"[ \t\u00a0\u3000]+", " ", re.sub(r"\s*[\r\n]+\s*", "", p)).strip()
                  for p in parser.paragraphs)
    return [p for p in paragraphs if p]
