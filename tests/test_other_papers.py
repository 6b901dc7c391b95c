"""Pages in the style of other papers (tests/fixtures/papers/): the rules are not the seeds' words."""
from pathlib import Path

import pytest
import yaml

from expectations import check_article
from generator.config import Config
from generator.enrich import enrich
from generator.ingest import ingest

PAPERS = Path(__file__).parent / "fixtures" / "papers"
EXPECTED = yaml.safe_load((PAPERS / "expected.yml").read_text("utf-8"))


@pytest.fixture(scope="module")
def archive():
    return enrich(ingest(Config(source=PAPERS)), Config())


@pytest.mark.parametrize("name", sorted(EXPECTED["articles"]))
def test_articles_as_an_editor_lists_them(name, archive):
    articles = [a for a in archive.articles if a.source == name]
    assert [a.title for a in articles] == [e["title"] for e in EXPECTED["articles"][name]]
    for article, expected in zip(articles, EXPECTED["articles"][name]):
        check_article(article, expected, f"{name}: {expected['title']}")


@pytest.mark.parametrize("name", sorted(EXPECTED["pages"]))
def test_page_dates(name, archive):
    page = next(p for p in archive.pages if p.source == name)
    expected = EXPECTED["pages"][name]
    value = page.issue_date.value
    assert (value.year, value.month, value.day) == (expected["year"], expected["month"], expected["day"])
    # the *_style pages print no day over their articles: their datelines tell it (本报北京3月2日电)
    assert page.issue_date.precision == "day"
    assert page.issue_date.source == ("inferred" if name.endswith("_style.txt") else "printed")


def test_no_problems(archive):
    assert archive.problems == ()


# Pages written blind (by people who had not read the rules), with what an editor lists, and
# kept as first listed: the rules are measured on them as a whole, not fitted to each article.
FIXTURES = Path(__file__).parent / "fixtures"


def read_blind(*folders: str) -> tuple[dict, dict]:
    """What the editors listed for each page, and what ingest found on it."""
    listed = {name: articles for folder in folders
              for name, articles in yaml.safe_load((FIXTURES / folder / "expected.yml").read_text("utf-8")).items()}
    found: dict[str, list] = {}
    for folder in folders:
        for article in ingest(Config(source=FIXTURES / folder)).articles:
            found.setdefault(article.source, []).append(article)
    return listed, found


def titles_measured(listed: dict, found: dict) -> tuple[int, int, int]:
    """Titles found exactly, extra articles (an advert kept as an advert, which the editors'
    lists leave out, is none), and titles listed."""
    wanted = sum(len(articles) for articles in listed.values())
    exact = sum(len({e["title"] for e in articles} & {a.title for a in found[name]}) for name, articles in listed.items())
    extra = sum(1 for name, articles in found.items() for a in articles
                if a.kind != "advert" and a.title not in {e["title"] for e in listed[name]})
    return exact, extra, wanted


@pytest.fixture(scope="module")
def blind():
    return read_blind("pages_more", "pages_third", "pages_fifth", "pages_sixth", "pages_seventh", "pages_eighth",
                      "pages_ninth")


def test_titles_of_pages_written_blind(blind):
    """The issue's bar for bare-title pages: 95 % of titles exact, at most 5 % extra articles."""
    exact, extra, wanted = titles_measured(*blind)
    assert exact >= 0.95 * wanted and extra <= 0.05 * wanted, (exact, extra, wanted)


def test_the_latest_pages_written_blind_hold_what_the_rules_reach_today():
    """Sets 17, 18, 20 to 64 (pages_fourth) are under the bar: 4,166 of 4,504 titles exact and 269
    extra articles (first look: 3,784 and 567; each set measured after the rules of those before
    it). Most of what is left is how a page's two bare head lines stand to each other (a kicker
    and its title, a title and its deck, or one title over two lines), where the sets' own
    editors list the same shapes both ways. This holds that ground while the rules are taken
    further; the bar above is what they must reach."""
    exact, extra, wanted = titles_measured(*read_blind("pages_fourth"))
    assert wanted == 4504 and exact >= 4166 and extra <= 269, (exact, extra, wanted)


def test_the_latest_pages_written_blind_hold_what_the_rules_reach_today_below_the_bar():
    """pages_tenth and pages_eleventh, the latest sets: 59 of 66 titles exact and 3 extra
    articles (first look: 51 and 7), 54 of 58 and 4 (first look: 53 and 4). With them the sets
    above stand at 1,624 of 1,709 titles (95.0 %), 76 extra (4.4 %): what is left is mostly
    two-line heads read as kicker and title where the key has one title (or the other way, as
    their writers said, by meaning alone), a reader's signature with a class year, a photo item
    whose caption is set as text, a notice that runs on into the article under it, a paragraph
    whose indent the OCR lost read as a head. This holds the ground; the bar above is what the
    rules must reach with them."""
    exact, extra, wanted = titles_measured(*read_blind("pages_tenth"))
    assert wanted == 66 and exact >= 59 and extra <= 3, (exact, extra, wanted)
    exact, extra, wanted = titles_measured(*read_blind("pages_eleventh"))
    assert wanted == 58 and exact >= 54 and extra <= 4, (exact, extra, wanted)


def test_the_twelfth_pages_written_blind_every_title_kicker_subtitle_and_writer():
    """pages_twelfth: every title as listed and nothing extra (first look: 52 of 53 and 2: a
    notice's title 遷址通告 swallowed by the report signed above it, a notice's contact lines read as
    heads); each piece's kicker, subtitle and writers as listed but where its writer lists no
    photographer for a photo item, and ingest signs it with its photographer."""
    listed, found = read_blind("pages_twelfth")
    assert titles_measured(listed, found) == (53, 0, 53)
    for name, articles in listed.items():
        by_title = {a.title: a for a in found[name]}
        for e in articles:
            a = by_title[e["title"]]
            assert (a.kicker, a.subtitle) == (e.get("kicker", ""), e.get("subtitle", "")), e["title"]
            assert a.kind == "photo" or sorted(a.authors + a.correspondents) == sorted(e["authors"]), e["title"]


def pieces_whole(listed: dict, found: dict) -> int:
    """The pieces found with their kicker, subtitle and writers as listed (a photo item's writers
    apart: ingest signs it with its photographers, the sets' writers list none)."""
    whole = 0
    for name, articles in listed.items():
        by_title = {a.title: a for a in found[name]}
        for e in articles:
            a = by_title.get(e["title"])
            whole += a is not None and (a.kicker, a.subtitle) == (e.get("kicker", ""), e.get("subtitle", "")) and (
                a.kind == "photo" or sorted(a.authors + a.correspondents) == sorted(e["authors"]))
    return whole


def test_the_thirteenth_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_thirteenth: 41 of 42 titles and 1 extra (as at first look: a head over two lines read
    as a kicker and its title); the pieces found, each with its kicker, subtitle and writers as
    listed but two column names of a supplement listed as kickers and photo items' photographers."""
    listed, found = read_blind("pages_thirteenth")
    assert titles_measured(listed, found) == (41, 1, 42)
    whole = pieces_whole(listed, found)
    assert whole >= 38, whole


def test_the_fourteenth_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_fourteenth: 41 of 43 titles and nothing extra (first look: 36 and 1: a masthead's
    国内统一刊号 read as an advert, a commentary titled （短评） two blank lines under a photo's credit
    read as a caption, briefs under 【乡镇传真】 read as section heads, a photo credited 本报通讯员 摄
    read as text); the pieces found, each with its kicker, subtitle and writers as listed but a
    1972 kicker lost under the page's slogans and photo items' photographers."""
    listed, found = read_blind("pages_fourteenth")
    assert titles_measured(listed, found) == (41, 0, 43)
    whole = pieces_whole(listed, found)
    assert whole >= 40, whole


def test_the_fifteenth_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_fifteenth: 36 of 37 titles and 0 extra (first look: 33 and 3: a byline whose roles a
    □ parts read as a title, a title closed by ［以案说法］ read as text, a 1954 title over two lines
    under its kicker); 33 pieces whole, photo items' photographers apart. Left: a results table's head."""
    listed, found = read_blind("pages_fifteenth")
    assert titles_measured(listed, found) == (36, 0, 37)
    whole = pieces_whole(listed, found)
    assert whole >= 33, whole


def test_the_sixteenth_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_sixteenth: 38 of 47 titles and 10 extra (first look: 27 and 23: paragraphs whose indent
    the OCR lost read as heads, a kicker wider than the column run into its title, running heads
    set letter by letter read as text, a notice swallowed by the advert above it); 36 pieces whole."""
    listed, found = read_blind("pages_sixteenth")
    assert titles_measured(listed, found) == (38, 10, 47)
    assert pieces_whole(listed, found) >= 36


def test_the_seventeenth_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_seventeenth: 35 of 41 titles and 8 extra (34 and 9 till a notice's title over three lines,
    its issuer first, was read as one; first look: 26 and 18: titles cut at the column after an
    adverb, a 的 or a verb over its figures read as kickers, leads whose indent the OCR lost read as
    heads, a title over two lines between a kicker and a deck); 26 pieces whole."""
    listed, found = read_blind("pages_seventeenth")
    assert titles_measured(listed, found) == (35, 8, 41)
    assert pieces_whole(listed, found) >= 26


def test_the_eighteenth_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_eighteenth: 42 of 47 titles and 5 extra (first look: 38 and 8: titles cut at the column
    after 在…中 or after what was done, 完成, read as kickers); 37 pieces whole."""
    listed, found = read_blind("pages_eighteenth")
    assert titles_measured(listed, found) == (42, 5, 47)
    assert pieces_whole(listed, found) >= 37


def test_the_nineteenth_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_nineteenth: 31 of 45 titles and 13 extra (first look: 25 and 21: a Taipei daily's
    【中央社…電】 leads and paragraphs whose indent the OCR lost read as heads; a notice's number read
    as a title, a county head signing an order read as one; 13 extra until long heads needed one
    length to the character to be a series, and a poem's lines, 单车的铃声是箭，每天清早, no longer
    were); 22 pieces whole."""
    listed, found = read_blind("pages_nineteenth")
    # (32 and 12 once a title that says who did what over its deck stays under its kicker, whatever its length)
    assert titles_measured(listed, found) == (32, 12, 45)
    assert pieces_whole(listed, found) >= 22


def test_the_twentieth_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_twentieth: 40 of 45 titles and 6 extra (first look, spaces and punctuation aside: 36 and
    11: a column's name wrapped onto a line of its own under its title, （读者来信）, not joined to it; a
    head set letter by letter not closed up; a title over two lines between its kicker and deck);
    35 pieces whole. (One lost since: an advert's brand, 启航考研, under a notice's date, now its title,
    where its writer took the slogan under it.)"""
    listed, found = read_blind("pages_twentieth")
    assert titles_measured(listed, found) == (40, 6, 45)
    assert pieces_whole(listed, found) >= 35


def test_kickers_subtitles_sections_and_bylines_of_pages_written_blind(blind):
    listed, found = blind
    agree = total = 0
    for name, articles in listed.items():
        by_title = {a.title: a for a in found[name]}
        for e in articles:
            a = by_title.get(e["title"])
            if a is None:
                continue
            pairs = [(a.kicker, e.get("kicker", "")), (a.subtitle, e.get("subtitle", "")),
                     (list(a.section_heads), e.get("sections") or []),
                     (sorted(a.authors + a.correspondents), sorted(e.get("authors") or []))]
            agree += sum(got == want for got, want in pairs)
            total += len(pairs)
    assert agree >= 0.95 * total, (agree, total)


def test_the_twenty_first_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_twentyfirst: 47 of 47 titles and none extra (first look: 44 and 8: a section beside its
    staff credits with no colon, 摄影报道 under a title read as a caption, 公　告 as a padded name, a
    company's line over 徵文啟事 joined to it, a kicker over a title over a dashed deck joined); all
    47 pieces whole."""
    listed, found = read_blind("pages_twentyfirst")
    assert titles_measured(listed, found) == (47, 0, 47)
    assert pieces_whole(listed, found) == 47


def test_the_twenty_second_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_twentysecond: 47 of 50 titles and none extra (first look: 42 and 7: a digest's cited
    source in words, 【共同社东京六月六日电】, no dateline; heads cut mid-word or after a verb that leads
    someone to act; a brief column's name read as its first brief's kicker; a deck cut mid-word); 43
    pieces whole."""
    listed, found = read_blind("pages_twentysecond")
    assert titles_measured(listed, found) == (47, 0, 50)
    assert pieces_whole(listed, found) >= 43


def test_the_twenty_third_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_twentythird: 47 of 50 titles and 3 extra (first look: 40 and 14: heads cut inside a
    word, a name or after a word that only qualifies a noun; a section set wide apart from its one
    editor; a box's entry (新聞小辭典 / 部分負擔) read as a title; 5 extra until a box's name over a
    head of its own kept the box in the article above; 4 until a programme listing's times (12:00　午间新闻
    …) were one box under their head, none of them an item); 40 pieces whole."""
    listed, found = read_blind("pages_twentythird")
    assert titles_measured(listed, found) == (47, 3, 50)
    assert pieces_whole(listed, found) >= 40


def test_the_twenty_fourth_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_twentyfourth: 50 of 54 titles and 3 extra (first look: 47 and 6: a head cut after 要求,
    staff credits led by 执行编辑, 誠徵業務人員 read as a deck under an advert's last line); 45 pieces whole."""
    listed, found = read_blind("pages_twentyfourth")
    assert titles_measured(listed, found) == (50, 3, 54)
    assert pieces_whole(listed, found) >= 45


def test_the_twenty_fifth_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_twentyfifth: 50 of 53 titles and 3 extra (first look: 48 and 5: a head cut after 掀起,
    a head set letter by letter read as the kicker of its deck); 48 pieces whole."""
    listed, found = read_blind("pages_twentyfifth")
    # (51 and 2 once a column of briefs' name, 城事快递, is no title under the line above it)
    assert titles_measured(listed, found) == (51, 2, 53)
    assert pieces_whole(listed, found) >= 48


def test_the_twenty_sixth_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_twentysixth: 42 of 49 titles and 4 extra (first look: 41 and 7; its pages' numbers, 第 二 版
    set letter by letter and （６）, were unread); 38 pieces whole."""
    listed, found = read_blind("pages_twentysixth")
    assert titles_measured(listed, found) == (42, 4, 49)
    assert pieces_whole(listed, found) >= 38


def test_the_twenty_seventh_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_twentyseventh: 50 of 54 titles and 4 extra (first look: 44 and 7: a title over two lines
    between its kicker and its dashed deck, a notice's number over two lines and its signing office
    read as titles, adverts signed by their maker or listing prices read as text or furniture, a
    notice's label under an advert given the advert's lines as its kicker); 49 pieces whole."""
    listed, found = read_blind("pages_twentyseventh")
    assert titles_measured(listed, found) == (50, 4, 54)
    assert pieces_whole(listed, found) >= 50


def test_the_twenty_eighth_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_twentyeighth: 50 of 51 titles and 2 extra (first look: 44 and 6, and pages numbered by
    their files' names p1_… to p6_…: a wire's dateline dated in figures with 曰 for 日, a title cut
    at a 13-character column under a column's name set letter by letter, a reader's letter's label
    read as its writer, a page's name set letter by letter on top read as a kicker, a notice's
    issuer over its label set wide, a box's fields read as titles, an advert's maker closing it);
    47 pieces whole."""
    listed, found = read_blind("pages_twentyeighth")
    assert titles_measured(listed, found) == (50, 2, 51)
    assert pieces_whole(listed, found) >= 47


def test_the_twenty_ninth_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_twentyninth: 47 of 50 titles and 3 extra (first look: 42 and 7: an old paper's sheet and
    bracketed page in its running head, a report ending 云 run into the next head, an agency's
    dateline in brackets dated in numerals, a kicker of what the news happens amid read as a
    column's name, a column's name over a dashed kicker, a death notice's short lines read as
    titles); 44 pieces whole."""
    listed, found = read_blind("pages_twentyninth")
    assert titles_measured(listed, found) == (47, 3, 50)
    assert pieces_whole(listed, found) >= 44


def test_the_thirtieth_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_thirtieth: 43 of 52 titles and 4 extra (first look: 38 and 16: a page OCR'd with a blank
    line after every line, a caption set narrower than its column, letters signed by a unit or a
    soldier, heads set narrow over two lines in a ten-character column, a brief's head under its
    bullet over two lines, the Buddhist era's years, a weekday beside the page's number); 38 pieces whole."""
    listed, found = read_blind("pages_thirtieth")
    assert titles_measured(listed, found) == (43, 4, 52)
    assert pieces_whole(listed, found) >= 38


def test_the_thirty_first_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_thirtyfirst: 51 of 53 titles and 2 extra (first look: 43 and 7: rules drawn across the
    page read as heads, a title under a digest's （摘自《…》） read as a column's name, a masthead set
    letter by letter read as a title, a running head with the issue's number unread, a title cut
    after what it takes, 把春耕备耕工作); 41 pieces whole."""
    listed, found = read_blind("pages_thirtyfirst")
    assert titles_measured(listed, found) == (51, 2, 53)
    assert pieces_whole(listed, found) >= 41


def test_the_thirty_second_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_thirtysecond: 40 of 47 titles and 2 extra (first look: 3 and 3, every page read as one
    article by its file's name, p72_3_…; a running head broken inside its date, a page's number set
    wide first in its head, a hotline's box, a court's case number, a title cut after 同比; 4 extra until a box's name over a head of its own
    kept the box in the article above); 37 pieces whole."""
    listed, found = read_blind("pages_thirtysecond")
    assert titles_measured(listed, found) == (40, 2, 47)
    assert pieces_whole(listed, found) >= 37


def test_the_thirty_third_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_thirtythird: 43 of 47 titles and 2 extra (first look: 41 and 4: a title cut after what it
    takes, 把工业学大庆的群众运动 / 推向新的高潮（社论）, a paper's name and its page's set wide on top
    read as a title); 36 pieces whole."""
    listed, found = read_blind("pages_thirtythird")
    assert titles_measured(listed, found) == (43, 2, 47)
    assert pieces_whole(listed, found) >= 36


def test_the_thirty_fourth_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_thirtyfourth: 41 of 47 titles and 4 extra (first look: 36 and 8: a 1937 Hong Kong tabloid's
    kicker and title each a clause, a letters page set line by line apart, its columns' names over their
    titles, a reply titled as a document, a wish's head over two lines); 32 pieces whole."""
    listed, found = read_blind("pages_thirtyfourth")
    assert titles_measured(listed, found) == (41, 4, 47)
    assert pieces_whole(listed, found) >= 32


def test_the_thirty_fifth_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_thirtyfifth: 50 of 52 titles and 2 extra (first look: 48 and 5: a weather box in traditional
    characters with its figures in words, a markets box set line by line apart, news in figures over a
    couplet that is its deck); 48 pieces whole."""
    listed, found = read_blind("pages_thirtyfifth")
    assert titles_measured(listed, found) == (50, 2, 52)
    assert pieces_whole(listed, found) >= 48


def test_the_thirty_sixth_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_thirtysixth: 50 of 54 titles and 2 extra (first look: 47 and 6: a section and page set wide
    under the masthead, a head broken mid-word over its deck, dispatches from far capitals under their
    own heads, a feature's editor's note and quoted sections, a head broken inside its quotation); 49
    pieces whole."""
    listed, found = read_blind("pages_thirtysixth")
    assert titles_measured(listed, found) == (50, 2, 54)
    assert pieces_whole(listed, found) >= 49


def test_the_thirty_seventh_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_thirtyseventh: 48 of 49 titles and 2 extra (first look: 47 and 4: a notice's 聲明人 read as
    the next notice's kicker, a running head naming its paper as no 报 does); 41 pieces whole."""
    listed, found = read_blind("pages_thirtyseventh")
    assert titles_measured(listed, found) == (48, 2, 49)
    assert pieces_whole(listed, found) >= 41


def test_the_thirty_eighth_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_thirtyeighth: 41 of 46 titles and 5 extra (first look, spaces in titles closed up: 36 and 10;
    since, a notice's day in numerals, 二O二三年六月十日, no longer the head of the box under it; 本社專電
    the title of the dispatches under it, 1923's titles of 10 to 21 characters no series of section
    heads, a match's result the title over its deck, and 链接 with a head of its own kept in its article);
    33 pieces whole."""
    listed, found = read_blind("pages_thirtyeighth")
    assert titles_measured(listed, found) == (41, 5, 46)
    assert pieces_whole(listed, found) >= 33


def test_the_thirty_ninth_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_thirtyninth: 55 of 56 titles and 1 extra (first look: 49 and 7: a serial's part, 綏東旅行記（三）,
    run on with the text above it and its parts numbered 一　… read as titles; a head set letter by
    letter joined to the slogan over it; a smudge of marks read as a kicker; 記者鄧建國／攝影 no credit;
    an old advert's one price and its slogan no advert; 延伸阅读 and its head read as an item). Left:
    黔东南茶产业链不断延伸 over 山区茶农走出增收新路子（新时代新征程）, one title to its writer, a kicker
    here."""
    listed, found = read_blind("pages_thirtyninth")
    assert titles_measured(listed, found) == (55, 1, 56)
    assert pieces_whole(listed, found) >= 50


def test_the_fortieth_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_fortieth: 61 of 62 titles and 1 extra (first look: 57 and 1: a hotline column read as an advert
    by the paper's own number closing it; an advert swallowed by a notice signed 声明单位：…, another by
    thanks signed …敬谢, its number 03-2145 6789 unread; 東亞大戲院 run into the advert above it, where
    its goods are sold no close of it). Left: 閘北寶興里昨晨火警 over 焚燬民房十餘幢, one title to its
    writer, a title and its deck here); 45 pieces whole."""
    listed, found = read_blind("pages_fortieth")
    assert titles_measured(listed, found) == (61, 1, 62)
    assert pieces_whole(listed, found) >= 45


def test_the_forty_first_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_fortyfirst: 45 of 56 titles and 4 extra (first look: 36 and 9: a Macau page's two columns
    the OCR kept side by side read across; a foreign photographer (卡·维什涅夫斯基摄) no credit, so the
    head under it his caption's kicker; 澳聞　第５版 and 孝子 unread). Left: a 1909 page set vertically,
    its telegrams' titles run into their text; a tabloid's serial (津門煙雨錄 / 醉蝶生著 / 第四十二回…)
    and a pen name alone in brackets (（蕙心）); a match report's tables read as items); 40 pieces whole."""
    listed, found = read_blind("pages_fortyfirst")
    assert titles_measured(listed, found) == (45, 4, 56)
    assert pieces_whole(listed, found) >= 40


def test_the_forty_second_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_fortysecond: 53 of 58 titles and 2 extra (first look: 44 and 7: a family's 訃告 and the advert
    under its mourners (…泣血稽顙) run into the notice above; a supplement's name set wide
    (灯　　花) joined to the essay's head set letter by letter under it; a bulleted column's name
    (■法苑随笔) to its title; a line closing on an opening quote, or a 。 pushed onto a line of its own,
    read as heads; …会议要求各地 / 不误农时…, a meeting asking all to act, read as kicker and title). Left:
    1924 dispatches' heads over two lines; two-line heads its writer joins
    (沪深两市震荡收涨 / 成交金额再创历史新高); adverts of a slogan first); 41 pieces whole."""
    listed, found = read_blind("pages_fortysecond")
    assert titles_measured(listed, found) == (53, 2, 58)
    assert pieces_whole(listed, found) >= 41


def test_the_forty_third_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_fortythird: 54 of 58 titles and 2 extra (first look: 51 and 4: a line pointing a phone to
    the page's video, 扫码看视频 ▲, read as a head). Left: two-line heads their writer joins (行政院昨開
    第六一八次會議 / 通過戰時平抑物價實施辦法); an evening paper's photo and advert after its repeated head);
    47 pieces whole."""
    listed, found = read_blind("pages_fortythird")
    assert titles_measured(listed, found) == (54, 2, 58)
    assert pieces_whole(listed, found) >= 47


def test_the_forty_fourth_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_fortyfourth: 43 of 46 titles and 3 extra (first look: 40 and 6: 记者调查 run into the title
    under it; a letter's signature with the writer's address, 东门街纺机宿舍　钱淑芬, read as a head; a
    head over two lines under 经验交流 read as kicker and title; a letter's one paragraph signed, then
    the next head read as its section). Left: two-line heads their writer joins with no dash on the
    page to tell; a notice's signing unit and day read as a head; 37 pieces whole."""
    listed, found = read_blind("pages_fortyfourth")
    assert titles_measured(listed, found) == (43, 3, 46)
    assert pieces_whole(listed, found) >= 37


def test_the_forty_fifth_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_fortyfifth: 50 of 53 titles and 4 extra (first look: 42 and 7: a serial's pen name under
    its title, 海上浮萍記（四十一） / 秋雁, read as the title under a kicker; a page that sets its heads
    in as far as its text read them as sections; a co-operative's member signing a letter; a head
    beside a notice's date, or a smudge (■■, 丨　　、), read as the page's furniture; a notice signed off
    in its last line, …謹啓; a government's notice titled over two lines from 关于; the page's section,
    本坡新聞, read as a kicker over the kicker and title). Left: ▲ heads of one story's parts read as items; a poem's pen name
    joined to its title; a photo's caption under an article kept in it; a two-line head its writer
    joins)."""
    listed, found = read_blind("pages_fortyfifth")
    assert titles_measured(listed, found) == (50, 4, 53)
    assert pieces_whole(listed, found) >= 39


def test_the_forty_sixth_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_fortysixth: 44 of 48 titles and 3 extra (first look: 35 and 8: a slogan in parts set in
    over a head (抓质量 上等级 创名牌) and a column's name between marks (·行业简讯·) run into it as a
    paragraph's first line; an advert's name set in over its slogan read as a section; a deck in
    three parts read as the title; （本市消息）, （本報特訊） no datelines; an old page's paragraph ending
    on 、 read as a kicker; a serial's pen name and its （未完）; a unit signing (…党支部) joined to the
    title; a column of briefs read as a poem's line)."""
    listed, found = read_blind("pages_fortysixth")
    assert titles_measured(listed, found) == (44, 3, 48)
    assert pieces_whole(listed, found) >= 32


def test_the_forty_seventh_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_fortyseventh: 47 of 53 titles and 2 extra (first look: 39 and 5: a 1962 page's two columns
    side by side, a rule (|) in their gutter and the right column's indent in U+3000, not unrolled; a
    page that centres every head read by its indents; ◇读者来信◇ and 漫　画 no labels; a wish, 建议… /
    把…, broken over two lines; a cinema's bill read as heads; a sports page's tables under their
    labels, 赛果 and 积分榜（前八名）, read as items). Left: a kicker whole over its title over a dashed
    deck joined to it (家家户户忙腌菜 / 秋菜大批上市); a chess problem's condition, （红先胜）, joined to
    its title; photos whose caption stands apart under an article kept in it."""
    listed, found = read_blind("pages_fortyseventh")
    assert titles_measured(listed, found) == (47, 2, 53)
    assert pieces_whole(listed, found) >= 33


def test_the_forty_eighth_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_fortyeighth: 50 of 54 titles and 1 extra (first look: 48 and 3: a notice's head over
    those it is addressed to (各区教育局，各初中学校：) kept in the item above; a parent signing a letter
    (一位初二学生家长　陈女士) read as a head; a serial's chapter (第十一章　渡口（续）) read as an item and
    the page's call for contributions (本版征稿) as an advert's line). Left: a head over two lines its
    dictionary tags as no subject (越剧“碧玉簪”新排本 / 下月在大众剧场公演); photos whose caption
    stands under an article; an advert's slogan over its name."""
    listed, found = read_blind("pages_fortyeighth")
    assert titles_measured(listed, found) == (50, 1, 54)
    assert pieces_whole(listed, found) >= 39


def test_the_forty_ninth_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_fortyninth: 50 of 54 titles and 2 extra (first look: 40 and 8: a 1936 deck of two short
    parts under the news of when read as the title; a pen name under a 〔短評〕 title or a serial's
    number in 〇 joined to it, the serial's chapter and its couplet read as items, a cinema's bill and
    a notice's label under it read as kicker, title and deck; a Malaysian page's centred heads run
    into their bylines and decks, a death notice's 孝眷　泣告 read as an item, and a firm signing an
    advert joined to the notice under it). Left: 省垣各校聯合運動會 / 明日在…揭幕 read as kicker and
    title; photos whose captions stand apart."""
    listed, found = read_blind("pages_fortyninth")
    assert titles_measured(listed, found) == (50, 2, 54)
    assert pieces_whole(listed, found) >= 37


def test_the_fiftieth_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_fiftieth: 51 of 54 titles and 4 extra (first look: 36 and 8: a campus page's heads
    centred with U+3000 over a column at the margin read as paragraphs' first lines, and its box of
    fields at the foot (主题：… 时间：…) as a file of labelled records; a poem run on over a notice's
    head; a head signed after a wide space on its line (【市聲】…　　丁舟) and a letter signed off
    …謹上 read as heads; a 1947 〔社論〕 at the column's width run into its text, 【短評】's text read as
    a title, a 快板 signed with its kind read as a head). Left: photo captions
    standing apart; an advert's slogan over its name; a serial's number under its pen name."""
    listed, found = read_blind("pages_fiftieth")
    assert titles_measured(listed, found) == (51, 4, 54)
    assert pieces_whole(listed, found) >= 34


def test_the_fifty_first_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_fiftyfirst: 45 of 51 titles and 3 extra (first look: 31 and 5: a 1926 page under its
    masthead between rules read as one article; its ▲ briefs, their titles run in and their text
    punctuated by 、 alone, read as text; 今日电影's rows, their hours in brackets, and 今日荧屏's
    channels between its timed rows read as heads). Left: a poem's pen name set far in under its
    title; photo captions standing apart; a dentist's advert in English."""
    listed, found = read_blind("pages_fiftyfirst")
    assert titles_measured(listed, found) == (45, 3, 51)
    assert pieces_whole(listed, found) >= 30


def test_the_fifty_second_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_fiftysecond: 51 of 58 titles and 5 extra (first look: 47 and 6: a supplement's poets
    signed between dots (·叶　青·) read as rubrics, so their poems as the page's furniture; a serial's
    number on a line of its own, （三十七）, read as a keeper's). Left: a 1974 market page's rows of
    prices in Chinese figures read as heads; a district paper's kicker and title read as title and
    deck; photos whose caption stands apart."""
    listed, found = read_blind("pages_fiftysecond")
    assert titles_measured(listed, found) == (51, 5, 58)
    assert pieces_whole(listed, found) >= 40


def test_the_fifty_fourth_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_fiftyfourth: 38 of 43 titles and 1 extra (first look: 28 and 3: a 1985 page whose heads
    run into their text, a head then a wide space then 本报讯, read as one article with its header
    block on top; 【特区短论】效率从何而来　在特区… read as text; 本报社论 under its editorial's title joined
    to it; a poem titled 初冬，在江边 over its writer's name). Left: a 1923 page read column by
    column; photos whose caption floats free of any head, which go to an article's captions."""
    listed, found = read_blind("pages_fiftyfourth")
    assert titles_measured(listed, found) == (38, 1, 43)


def test_the_fifty_fifth_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_fiftyfifth: 31 of 42 titles and 8 extra (first look: 29 and 10: a 1943 market report's
    goods in brackets, 〔米糧〕〔紗布〕, read as briefs; a letter signed with its day, 讀者　陳伯言　上　五月
    十五日, running on into the cinemas' adverts under it). Left: a shipping table's rows; a run of
    adverts each opening on its house's name; a weather box; a kicker and title in traditional
    characters set as title and deck."""
    listed, found = read_blind("pages_fiftyfifth")
    # (32 and 7 once a column of briefs' name is no title under the line above it)
    assert titles_measured(listed, found) == (32, 7, 42)


def test_the_fifty_sixth_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_fiftysixth: 32 of 44 titles and 11 extra (first look: 31 and 12: an editor's answer under a
    letter, 编者：我们已将此信转请…, read as a head). Left: a 1934 page whose
    OCR broke every title over two lines at a narrow column's width (人力車夫被汽 / 車輾斃, 公安局嚴禁 /
    街頭賭博), the rest read as a writer's name or a head of its own: a rule joining heads at the
    width most pairs share, and one reading a word across the break as no name, each found those and
    lost more elsewhere (a column's name as wide as its title), so neither was kept; a weekend page
    whose running head repeats mid-page; a crossword."""
    listed, found = read_blind("pages_fiftysixth")
    assert titles_measured(listed, found) == (32, 11, 44)


def test_the_fifty_seventh_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_fiftyseventh: 38 of 43 titles and 3 extra (first look: 26 and 5: a 1985 culture and
    sports page whose heads are centred by spaces, its paragraphs set in, read as one article: heads
    set in twice as far as a paragraph now make a file a page; a 1943 星期論文 title broken before
    之 over two lines). Left: medicine adverts' slogans read as heads; a photo's caption."""
    listed, found = read_blind("pages_fiftyseventh")
    assert titles_measured(listed, found) == (38, 3, 43)


def test_the_fifty_eighth_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_fiftyeighth: 27 of 40 titles and 10 extra (first look: 22 and 8: a 1926 page that sets
    its heads in and its text flush read as one article under its masthead). Left: on that page a
    column's name under its bullet (◎警廳訊案彙誌) run into its first brief's head, a head over two
    lines set in read as kicker and title, a deck set further in joined to its title; a 1996 page
    OCRed with two columns side by side on each line; a box score's rows."""
    listed, found = read_blind("pages_fiftyeighth")
    assert titles_measured(listed, found) == (27, 10, 40)


def test_the_fifty_ninth_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_fiftyninth: 38 of 44 titles and 1 extra (first look: 35 and 4: a 1956 evening paper's
    column names at the margin over titles set in, 夜談 and 長篇小說連載, read as items; the page's
    section line with its editor, 體育　娛樂　副刊　　本版編輯…, read as a head). Left: a horse-racing
    column's kicker and deck; photos' captions; a county page's weather box run into the notice
    under it."""
    listed, found = read_blind("pages_fiftyninth")
    assert titles_measured(listed, found) == (38, 1, 44)


def test_the_sixtieth_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_sixtieth: 38 of 43 titles and 3 extra (first look: 37 and 4: a 1935 Nanjing page's
    masthead line cut at the width, read as its first title). Left: a cinema's and a pharmacy's
    adverts; photos' captions; a legal daily's kicker and title over two lines."""
    listed, found = read_blind("pages_sixtieth")
    assert titles_measured(listed, found) == (38, 3, 43)


def test_the_sixty_first_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_sixtyfirst: 24 of 33 titles and 5 extra (21 and 5 at first look: a 1926 Hankou
    commercial page of market reports and 告白, a 1975 county page, a 2007 metro page whose briefs
    and traffic box run together; 22 until the Hankou page's couplet 川米源源到漢 / 米價連日回落 was read as
    one head: 紗花市况 and 昨日洋例銀錢市 under it now come out as reports of their own)."""
    listed, found = read_blind("pages_sixtyfirst")
    assert titles_measured(listed, found) == (24, 5, 33)


def test_the_sixty_second_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_sixtysecond: 36 of 37 titles, none extra (first look: 20 and 2: a digital edition's
    articles pasted one after another, each closed by 上一篇　下一篇, read as one article; its
    columns of briefs run into their text; a photo alone titled by its whole caption). Left: a
    speech's head set as a kicker's 在…开幕式上 over its title."""
    listed, found = read_blind("pages_sixtysecond")
    assert titles_measured(listed, found) == (36, 0, 37)


def test_the_sixty_third_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_sixtythird: 28 of 35 titles and 3 extra (first look: 27: a commentary under 【经济漫谈】
    read as a section of the lead above it). Left: FineReader's heads run into the column beside
    them (秋到江城 into a riddle, 宣告失踪公告 into an advert); court notices' case numbers; a
    riddle box; a photo's caption taken into the report above it."""
    listed, found = read_blind("pages_sixtythird")
    assert titles_measured(listed, found) == (28, 3, 35)


def test_the_sixty_fourth_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_sixtyfourth: 28 of 34 titles and 8 extra (27 till a photo's head over its caption's lines,
    the last closed by its credit, was read as the photo's; first look: 23 and 17: Tesseract's lines of
    1980s pages, a front page's lead cut at sixteen characters and its commentary at thirteen, read
    at one width, so the lead's longer lines made heads of the lines over them; the lead's deck
    broken inside its 《…》; a letter's 编者附言 wrapped under its label read as a head). Left: a
    column's 农村简讯 read as an item; a workers' paper's feature heads (出路在于改革) and a poem's
    lines read as titles."""
    listed, found = read_blind("pages_sixtyfourth")
    # (6 extra once a paragraph's first line the OCR took without its indent goes on: 包产到户以后，农业技术)
    assert titles_measured(listed, found) == (28, 6, 34)


def test_the_sixty_fifth_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_sixtyfifth: 25 of 35 titles and 1 extra at first look, as it stands (volunteers'
    transcriptions of a 2004 football page, a 2006 entertainment weekly, a 2008 Olympic page:
    results boxes, listings, a star's 问：/答： interview)."""
    listed, found = read_blind("pages_sixtyfifth")
    assert titles_measured(listed, found) == (25, 1, 35)


def test_the_sixty_sixth_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_sixtysixth: 30 of 38 titles and 2 extra (first look: 25 and 7: pen names padded to a
    name's width after a bullet, ◇紫　薇, read as titles, and one run onto its head, 的士問題要正視
    ◇多　言; then a brief run into its text after one space among briefs; a column's name in brackets
    over a title read as part of it). Left: Hong Kong pages' photo captions, a racing tips table, cinema and restaurant adverts by house name, a commentary's
    〔短評〕 closing its title."""
    listed, found = read_blind("pages_sixtysixth")
    assert titles_measured(listed, found) == (30, 2, 38)


def test_the_sixty_seventh_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_sixtyseventh: 19 of 33 titles and 16 extra at first look; 21 and 8 once each column's
    lines are joined at its own width (textpage.run_widths) (pdftotext's plain text of three metro
    pages: columns' lines cut at their width with no paragraph marks, captions and pull quotes
    between two columns' text, blank lines at column changes).
    25 and 6 once a head run into the first words of its text on a line as wide as the column is parted
    from them (textpage._filling_heads)."""
    listed, found = read_blind("pages_sixtyseventh")
    # (26 and 5 once the head after a brief signed off, under 健康快讯, takes no line of text under it)
    assert titles_measured(listed, found) == (26, 5, 33)


def test_the_sixty_eighth_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_sixtyeighth: 26 of 38 titles and 23 extra at first look; 30 and 7 once each column's
    lines are joined at its own width (Taiwan pages printed in vertical columns, OCR'd a column to a
    line: each paragraph many short lines, read as heads where a line falls short; run-in briefs
    under 【本報新竹訊】, notices' document numbers).
    31 and 6 once a head run into the first words of its text on a line as wide as the column is parted
    from them (textpage._filling_heads)."""
    listed, found = read_blind("pages_sixtyeighth")
    # (4 extra once a paragraph's first line short of the column by its lost indent goes on with the rest)
    assert titles_measured(listed, found) == (31, 4, 38)


def test_the_sixty_ninth_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_sixtyninth: 23 of 30 titles and 3 extra at first look (a phone's OCR of three 2010s
    pages, a paragraph a line and no blank line anywhere: bulleted briefs run in among briefs headed
    on their own lines, a head and its writer's □ run together)."""
    listed, found = read_blind("pages_sixtyninth")
    assert titles_measured(listed, found) == (27, 0, 30)


def test_the_seventieth_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_seventieth: 30 of 37 titles and 4 extra at first look (1950s and 1960s pages typed in,
    no blank lines: an issue's number spelt out under the masthead, a column's name or a slogan over
    a long kicker, a title and a deck in parts)."""
    listed, found = read_blind("pages_seventieth")
    assert titles_measured(listed, found) == (33, 1, 37)


def test_the_seventy_first_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_seventyfirst: 22 of 38 titles and 27 extra at first look (Acrobat's text of Malaysian,
    Singapore and Thai Chinese e-paper pages: each column's lines kept, its own width, （笨珍讯）; left:
    paragraphs set in by two spaces among columns interleaved, notices run into adverts)."""
    listed, found = read_blind("pages_seventyfirst")
    # (30 once a paragraph's first line short of the column by its lost indent goes on where a word runs across its end)
    assert titles_measured(listed, found) == (30, 11, 38)


def test_the_seventy_second_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_seventysecond: 28 of 39 titles and 7 extra (27 and 10 at first look: Republican pages typed
    in by hand: a transcriber's notes; main heads of two balanced lines over a deck of two clauses read
    as one title, 敵機分襲蘇錫 / 我空軍奮起迎擊; left: such heads over a deck of one, which older sets'
    editors list as a kicker over its title and this one's as one title). 29 since a head naming a
    notice of its own (…须知, …通知) opens an item under an article closed by a sentence."""
    listed, found = read_blind("pages_seventysecond")
    assert titles_measured(listed, found) == (29, 7, 39)


def test_the_seventy_third_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_seventythird: 21 of 36 titles and 17 extra at first look, after the rules of the sets
    before it (a PDF converter's text of 2005–2014 pages, paragraphs set in by two spaces: briefs
    whose heads run into a line cut at the column, bullets the converter left in their symbol font's
    code (U+F06E, or a letter n); left: columns interleaved by a photo, court notices one under another)."""
    listed, found = read_blind("pages_seventythird")
    assert titles_measured(listed, found) == (31, 2, 36)


def test_the_seventy_fourth_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_seventyfourth: 28 of 34 titles and 3 extra at first look, after the rules of the sets
    before it (students' typing of 1980s pages, a blank line after every paragraph: a reader
    signing over the editor's word); 29 since a pen name set wide (晓　岚) signs the essay above it."""
    listed, found = read_blind("pages_seventyfourth")
    assert titles_measured(listed, found) == (29, 2, 34)


def test_the_seventy_ninth_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_seventyninth: 24 of 36 titles and 2 extra (22 and 3 at first look, after the rules of the
    sets before it: a desktop OCR's text of 1990s industry papers: ※ and □ for what it could not read,
    two columns read across a stretch of lines, heads set with spaces between characters)."""
    listed, found = read_blind("pages_seventyninth")
    # (25 once the rules of the eleventh blind wave read 路局开展“路风建设月”活动 as a brief's head again)
    assert titles_measured(listed, found) == (25, 2, 36)


def test_the_eightieth_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_eightieth: 30 of 36 titles and 5 extra (first look, after the rules of the sets before it:
    29 and 6; in-house papers copied from their PDFs: an office's signature, 营养科　吴　倩; left: free
    verse read as heads, prize lists)."""
    listed, found = read_blind("pages_eightieth")
    assert titles_measured(listed, found) == (30, 5, 36)


def test_the_seventy_fifth_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_seventyfifth: 20 of 33 titles and 15 extra at first look, as it stands (a deep-learning
    OCR's text boxes of 2000s pages, a box a line, columns of different widths, no blank line and no
    indent: captions wrapped over two boxes, a box misplaced by a line, lists of torch-bearers); 9
    extra since a lead set wider than the page's column is joined at its own width and a caption's
    first clause cut off on the box over it is the caption's.
    21 and 8 once a head run into the first words of its text on a line as wide as the column is parted
    from them (textpage._filling_heads)."""
    listed, found = read_blind("pages_seventyfifth")
    assert titles_measured(listed, found) == (21, 8, 33)


def test_the_seventy_sixth_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_seventysixth: 32 of 36 titles and 1 extra (first look: 18 and 6; Google Drive's OCR of
    1990s pages, a paragraph a line and a blank line after every one: heads joined to words of the
    column beside them, briefs run in after one space, 本报评论员 over a commentary on a page of one
    topic, an advice column's letter and reply). Left: photos whose captions share their report's words."""
    listed, found = read_blind("pages_seventysixth")
    assert titles_measured(listed, found) == (32, 1, 36)


def test_the_seventy_seventh_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_seventyseventh: 30 of 36 titles and 2 extra (first look: 30 and 3; 1966–1976 pages typed by
    a historian's project: an essay's last sentence set in, 可以休矣！, over its signature read as a head;
    left: quotation boxes, a group head run onto its poem's title, photos under [图])."""
    listed, found = read_blind("pages_seventyseventh")
    assert titles_measured(listed, found) == (30, 2, 36)


def test_the_seventy_eighth_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_seventyeighth: 22 of 33 titles and 3 extra (first look: 18 and 5; ABBYY's text of North
    American Chinese papers, 1984–2002: a dateline alone under a head, (本報訊), opens the text; left:
    associations' notices, realtors' adverts run together, a results box)."""
    listed, found = read_blind("pages_seventyeighth")
    assert titles_measured(listed, found) == (22, 3, 33)


def test_the_fifty_third_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_fiftythird: 35 of 42 titles and 5 extra (first look: 30 and 8: a beat's column name
    over its commentary, 旅游时评, read as the title, its title set in under it as the deck; 读者来信
    read as the title under a poem's last line; a head centred over two lines, 云岫山客运索道工程 /
    年底可望竣工, read as kicker and title; 【小言】說冷氣 run into the gossip above it). Left: a 1934
    tabloid's verses under their writer; a 短评 closing the report above it (上面这篇报道…), which its writer reads as the
    report's box; a photo's caption; a tour's advert; the masthead's two lines of address and price,
    as wide as a column wider than the page's, joined as one of its runs."""
    listed, found = read_blind("pages_fiftythird")
    assert titles_measured(listed, found) == (35, 5, 42)
    assert pieces_whole(listed, found) >= 29


def test_the_eighty_first_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_eightyfirst: 32 of 35 titles and 2 extra (first look: 23 and 5; a securities paper's pages
    saved from Acrobat: a digest of listed companies' notices, each under its name and code, closed up
    to its text; a table's rows of figures joined to each other and to the notice under them; a
    company's notice signed by its board; 记者观察 over its title)."""
    listed, found = read_blind("pages_eightyfirst")
    assert titles_measured(listed, found) == (32, 2, 35)


def test_the_eighty_second_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_eightysecond: 31 of 38 titles and 1 extra (first look: 26 and 6; Hong Kong, Taipei and
    Macau pages in traditional characters read into lines by ABBYY: a deck of two clauses, set without
    a dash, under a head of one, read as its title under a kicker; a title broken over two lines as
    long over such a deck, 政制綠皮書意見書 / 已逾一萬二千份, read as a kicker over a title. The key's
    titles over two lines are closed up, as the reader closes them)."""
    listed, found = read_blind("pages_eightysecond")
    assert titles_measured(listed, found) == (31, 1, 38)


def test_the_eighty_third_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_eightythird: 24 of 42 titles and 11 extra (first look: 22 and 13; Republican-era pages of
    1928–1947 from microfilm OCR: a head centred by spaces over its deck at the margin, read as a
    paragraph's first line. Left: a title over its deck, both one clause, read as one head or as a
    kicker over its title; a page of no punctuation at all)."""
    listed, found = read_blind("pages_eightythird")
    # (10 extra once a paragraph's first line short of the column by its lost indent goes on)
    assert titles_measured(listed, found) == (24, 10, 42)


def test_the_eighty_fourth_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_eightyfourth: 24 of 39 titles and 11 extra (first look: 22 and 15; a metropolitan daily's
    sports and entertainment pages, PaddleOCR's lines at a fixed width: a display head broken at its
    speaker and its object, 叶知秋： / 把最后一站 / 留给家乡歌迷; an interview's topics, 谈巡演 …, read
    as titles; a photo's credit read on one line with the next column's name. Left: tables of results
    as items, a deck after a speaker read as the title).
    25 and 11 once a head run into the first words of its text on a line as wide as the column is parted
    from them (textpage._filling_heads)."""
    listed, found = read_blind("pages_eightyfourth")
    # (28 and 10 once a column of briefs' name, 娱乐快递, is no title under a photo's credit above it)
    assert titles_measured(listed, found) == (28, 10, 39)


def test_the_eighty_fifth_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_eightyfifth: 32 of 37 titles and 2 extra (first look, after the rules of the sets before it:
    30 and 4; 2000s police and legal papers from a desktop OCR: a brief under its bullet whose first
    line ends on a comma at the column's end; a letter's signature and the next title read as one line.
    Left: a head stuck onto the end of another column's line)."""
    listed, found = read_blind("pages_eightyfifth")
    assert titles_measured(listed, found) == (32, 2, 37)


def test_the_eighty_sixth_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_eightysixth: 24 of 37 titles and 6 extra (first look, after the rules of the sets before it:
    21 and 18; North American community papers from Google Cloud Vision, blocks in the engine's order,
    columns of fourteen characters, marks half-width: the column's width found among lines that
    narrow, Latin names' spaces no brief's, a head over a brief that names its subject again. Left:
    captions before their stories, classified ads, briefs run in across blocks, a kicker and its
    title as a title and its deck)."""
    listed, found = read_blind("pages_eightysixth")
    assert titles_measured(listed, found) == (24, 6, 37)


def test_the_eighty_seventh_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_eightyseventh: 34 of 41 titles and 6 extra (first look, after the rules of the sets before it:
    33 and 7; 1980s rural papers typed at thirty characters a line. Left: briefs under 科技简讯 with heads
    on their own lines, a comic strip's numbered captions, a poem's lines read as heads)."""
    listed, found = read_blind("pages_eightyseventh")
    # (36 and 5 once 科技简讯 is no title under a comic strip's credits above it)
    assert titles_measured(listed, found) == (36, 5, 41)


def test_the_eighty_eighth_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_eightyeighth: 29 of 36 titles and 4 extra (first look, after the rules of the sets before it:
    11 and 5; theory pages copied from CNKI's full-text view: the database's fields of the page over its
    text, read as one article's; a list of references read as heads; 28 until a title and its writer's
    name set wide beside it, read as one line (让监督成为一种常态 罗 丹), were two)."""
    listed, found = read_blind("pages_eightyeighth")
    assert titles_measured(listed, found) == (29, 4, 36)


def test_the_eighty_ninth_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_eightyninth: 37 of 45 titles and 7 extra (first look: 21 and 16; Chinese papers in Paris,
    Sydney and London, their e-paper's text copied from the site: the site's fields over each article
    (字号：大 中 小　发布时间：…　来源：…) read as heads, bylines with the writer's romanised name read
    as titles. Left: a photo's caption inside its web block, rate boxes, briefs run in after a plain space).
    38 and 6 once a head run into the first words of its text on a line as wide as the column is parted
    from them (textpage._filling_heads)."""
    listed, found = read_blind("pages_eightyninth")
    assert titles_measured(listed, found) == (38, 6, 45)


def test_the_ninetieth_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_ninetieth: 34 of 38 titles and 3 extra (33 till a brief's head run in ending on 发电, a power
    station's, was no longer read as a dateline's 电; first look: 28 and 4; county papers of 2013–2019
    from ABBYY with its line breaks: a column of briefs, each closed by its writer in brackets, read as
    one brief; a writer in brackets and the next brief's head read on one line; □ read as 口 before a
    writer's name. Left: a 链接 box's entry read as an item, as other sets' editors list it and this
    one's does not; a kicker over a title in two parts; banner slogans; a photo's caption set as a
    sentence)."""
    listed, found = read_blind("pages_ninetieth")
    assert titles_measured(listed, found) == (34, 3, 38)


def test_the_ninety_first_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_ninetyfirst: 34 of 43 titles and 4 extra (first look: 30 and 5; military papers of 1996–2012
    from Hanvon OCR: a brief's head closing its line with a wide space, its text on the next, read as
    one sentence; a column's name in brackets over its title read as part of it; a reader's letter
    under a poem read as the poem's lines. Left: photos titled by their captions' first words, a
    短评 box read as a photo item, a continuation's repeated title)."""
    listed, found = read_blind("pages_ninetyfirst")
    # (35 and 3 once a paragraph's first line short of the column by its lost indent goes on under 更正)
    assert titles_measured(listed, found) == (35, 3, 43)


def test_the_ninety_second_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_ninetysecond: 33 of 35 titles and 2 extra (first look, after the rules of the sets before it:
    9 and 17; a provincial daily's articles copied from its app one after another, each under the
    app's time and 来源 and closed by its 来自…客户端 / 点击查看原文, read as one page; a 要闻速览's
    numbered items read as a list. Left: a 短评 box under its article, a 核心阅读 box over the byline,
    a column's name in brackets on the title's line)."""
    listed, found = read_blind("pages_ninetysecond")
    assert titles_measured(listed, found) == (33, 2, 35)


def test_the_ninety_third_pages_written_blind_hold_what_the_rules_reach_today():
    """pages_ninetythird: 32 of 44 titles and 3 extra (first look, after the rules of the sets before it:
    31 and 4; Chinese papers in Tokyo, Seoul and Osaka from a Japanese OCR, kanji forms and full-width
    figures: a brief's line at the margin cut inside a word read apart from the rest. Left: classified
    adverts by their firms' names, rate boxes, photos titled by their captions)."""
    listed, found = read_blind("pages_ninetythird")
    assert titles_measured(listed, found) == (32, 3, 44)
