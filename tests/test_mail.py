"""A newsletter's message saved as text: read with the standard library's email parser."""
import datetime as dt

from generator.config import Config
from generator.ingest import ingest
from generator.ingest.mail import saved_mail

MESSAGE = """From: 江城日报早班车 <news@jcrb.com.cn>
To: reader@example.com
Subject: =?utf-8?b?44CQ5rGf5Z+O5pel5oql44CR6auY5qCh5q+V5Lia55Sf5LiT5Zy65oub6IGY5Lya?=
 =?utf-8?b?5o+Q5L6b5bKX5L2NMS4y5LiH5Liq?=
Date: Mon, 17 May 2021 07:00:00 +0800
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

就业服务
高校毕业生专场招聘会提供岗位1.2万个
本报记者 罗　琳

5月16日，2021年高校毕业生专场招聘会在市会展中心举行，320家用人单位提供岗位1.2万个。

据介绍，本次招聘会岗位涵盖智能制造、电子信息、现代服务等行业。

--
退订请回复TD
本邮件由系统自动发送，请勿直接回复。
"""


def test_a_message_s_subject_its_paper_its_day_and_its_text_without_the_footer():
    mail = saved_mail(MESSAGE)
    assert (mail.subject, mail.paper) == ("高校毕业生专场招聘会提供岗位1.2万个", "江城日报")
    assert (mail.sent.value, mail.sent.precision) == (dt.date(2021, 5, 17), "day")
    assert "招聘会" in mail.body and "退订" not in mail.body
    assert saved_mail("标题：春耕\nFrom here on, a line of text.\n") is None  # no message's head


def test_a_saved_message_is_one_article_titled_as_its_subject_says(tmp_path):
    folder = tmp_path / "mail_digest" / "2021-05"
    folder.mkdir(parents=True)
    (folder / "msg00021.txt").write_text(MESSAGE, encoding="utf-8")
    (article,) = ingest(Config(source=tmp_path)).articles
    assert (article.kicker, article.title, article.authors, article.paper) == (
        "就业服务", "高校毕业生专场招聘会提供岗位1.2万个", ("罗琳",), "江城日报")
    assert article.issue_date.iso() == "2021-05-17" and not any("退订" in p for p in article.paragraphs)


def test_a_message_with_no_text_of_its_own_is_a_problem_not_an_article(tmp_path):
    (tmp_path / "msg.txt").write_text('From: a@example.com\nSubject: 图片\nContent-Type: multipart/mixed; boundary="zz"\n\n'
                                      '--zz\nContent-Type: image/png\n\nxx\n--zz--\n', encoding="utf-8")
    archive = ingest(Config(source=tmp_path))
    assert not archive.articles and [(p.path, "no text" in p.message) for p in archive.problems] == [("msg.txt", True)]


def test_a_message_of_html_alone_a_reply_and_the_sender_s_word_to_the_desk(tmp_path):
    import base64
    html = "<html><body><p>标题：全省秋粮收购过半</p><p>　　本报讯 记者从省粮食局获悉，全省秋粮收购已过半。</p></body></html>"
    message = ("Content-Type: text/html; charset=\"utf-8\"\nMIME-Version: 1.0\nContent-Transfer-Encoding: base64\n"
               "From: 夜班 <yeban@example.cn>\nSubject: 【A02】秋粮收购\nDate: Tue, 08 Nov 2022 20:47:16 +0800\n\n"
               + base64.encodebytes(html.encode("utf-8")).decode("ascii"))
    from generator.ingest.mail import saved_mail
    assert "全省秋粮收购已过半" in saved_mail(message).body
    from generator.ingest import rules
    assert rules.is_reply("Re: 今晚A版调整", "> 今晚有调整吗？\n\n有调整。")
    assert not rules.is_reply("今晚A版调整", "有调整。")
    assert rules.is_desk_note("张老师好！附上小诗一首，请安排周三副刊。谢谢！")
    assert rules.is_desk_note("（广告稿，请按版式原样刊登，勿改动文字）\n版位：A08 下半版通栏")
    assert not rules.is_desk_note("编辑同志：\n我家门口的公交站能否挪一挪？")
