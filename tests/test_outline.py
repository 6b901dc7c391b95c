"""An Org outline of clippings (outline.py): each top heading an article, its drawer its fields."""
from generator.config import Config
from generator.enrich import dated
from generator.ingest import ingest
from generator.ingest.outline import read_outline

OUTLINE = """# -*- mode: org -*-
#+TITLE: 读报笔记 2023
#+AUTHOR: 周怀远
#+TODO: TODO 重读 | DONE

平时读报看到值得留的文章，就抄进来。

* 重读 [#A] 元旦假期我市文旅市场加速回暖                                  :文旅:
:PROPERTIES:
:DATE:     <2023-01-03 二>
:PAPER:    东澜日报
:PAGE:     1
:AUTHOR:   本报记者 钱程
:CREATED:  [2023-01-04 三 21:15]
:END:
本报讯　元旦假期，全市纳入监测的42家A级旅游景区共接待游客86.3万人次。

** 附记
古城的灯光秀我也去看了。
*** 又记
年后带爸妈去。

* 北郡晚报简讯两则
:PROPERTIES:
:DATE:     2023.3.14
:PAPER:    北郡晚报
:PAGE:     05版
:END:
■ 北郡图书馆“夜读空间”开放

本报讯 3月13日，北郡图书馆“夜读空间”正式对外开放，每天开放至22时。

■ 市区新增50处共享单车停放点

本报讯 市区近日在地铁站口、商圈、医院周边新增50处共享单车规范停放点。

* 年终随想
:PROPERTIES:
:DATE:     2023-12-31
:END:
这一年抄了不少文章。明年接着抄。
"""


def test_each_heading_noting_its_print_is_an_article_its_drawer_its_fields(tmp_path):
    """A heading's to-do word, priority and tags are none of its title; its drawer gives the day
    (<2023-01-03 二>), paper, page and writer, not the day it was filed (:CREATED:); the keeper's
    ** 附记 and all under it are no text; a heading of briefs is each brief; a heading noting no
    print among those that do is the keeper's own."""
    (tmp_path / "读报笔记2023.org").write_text(OUTLINE, "utf-8")
    archive = dated(ingest(Config(source=tmp_path)))
    assert [(a.title, a.issue_date.iso(), a.paper, a.page, a.authors) for a in archive.articles] == [
        ("元旦假期我市文旅市场加速回暖", "2023-01-03", "东澜日报", "1", ("钱程",)),
        ("北郡图书馆“夜读空间”开放", "2023-03-14", "北郡晚报", "5", ()),
        ("市区新增50处共享单车停放点", "2023-03-14", "北郡晚报", "5", ())]
    assert not any("灯光秀" in p or "带爸妈" in p for p in archive.articles[0].paragraphs)
    assert [(p.line, "the keeper's own" in p.message) for p in archive.problems] == [(37, True)]


def test_an_outline_noting_no_print_anywhere_is_all_articles():
    articles, problems = read_outline("* 老街茶馆重新开张\n“又能在这里喝早茶了！”老街茶馆重新开张。\n", "x.org")
    assert [a.title for a in articles] == ["老街茶馆重新开张"] and problems == []
