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


FORWARDED = """From: =?utf-8?b?6KaD5Li9?= <tonglian@qlcb.cn>
To: han@qlcb.cn
Subject: =?utf-8?b?6L2s5Y+R77ya6K+76ICF5p2l5L+h77ya5Zyw6ZOB5pa95bel5Zu05oyh5Y2g6YGT77yM55u85pep5pel5oGi5aSN?=
Date: Wed, 20 Mar 2019 09:31:05 +0800
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

韩主任：
　　读者来信一封，反映建设路地铁施工围挡问题，附照片，请阅处。

覃丽
青岚晨报通联部


发件人： 马建平
发送时间： 2019-03-20 07:12
收件人： qlcb_tonglian
主题： 读者来信：地铁施工围挡占道，盼早日恢复
编辑同志：
您好！我是家住东湖区建设路的一名退休职工。去年9月，地铁2号线建设路站开工建设，施工单位在建设路两侧设置了围挡。
希望有关部门督促施工单位文明施工，对已完工的路段尽快恢复路面。
读者 马建平
2019年3月20日

发自我的iPhone
"""


def test_a_forwarded_letter_is_the_message_it_forwards_titled_by_its_subject(tmp_path):
    """The forwarder's note and signature over the heads the client printed (发件人 … 主题 …) are
    none of it, nor is the phone's line under it; a reader's letter opening on its salutation takes
    its title from the subject, without the client's 转发： and the kind of piece (读者来信：)."""
    mail = saved_mail(FORWARDED)
    assert mail.subject == "读者来信：地铁施工围挡占道，盼早日恢复"
    assert mail.body.strip().startswith("编辑同志：") and "发自我的iPhone" not in mail.body and "覃丽" not in mail.body
    (tmp_path / "转发：读者来信：地铁施工围挡占道，盼早日恢复.eml").write_text(FORWARDED, encoding="utf-8")
    letter, = ingest(Config(source=tmp_path)).articles
    assert (letter.title, letter.authors) == ("地铁施工围挡占道，盼早日恢复", ("马建平",))


MAILBOX = """From - Mon Mar 11 22:30:05 2019
From: =?utf-8?b?6Z2S5bKa5pmo5oql?= <edm@qlcb.cn>
Subject: =?utf-8?b?6Z2S5bKa5pmo5oql5pep6K+7772cMjAxOeW5tDPmnIgxMuaXpQ==?=
Date: Mon, 11 Mar 2019 22:30:05 +0000
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

青岚晨报早读｜2019年3月12日　星期二　农历二月初六

━━━━━━━━━━━━━━━━━━━━
第01版　要闻

代表委员为“青岚制造”转型升级建言

本报记者 周海宁

　　3月11日，十三届全国人大二次会议继续举行代表团全体会议，审查计划报告和预算报告。

━━━━━━━━━━━━━━━━━━━━
第03版　城事

东湖片区“厕所革命”年内新改建公厕42座

　　本报讯　记者昨日从东湖区城管局获悉，今年该区将新建、改建公厕42座。

━━━━━━━━━━━━━━━━━━━━

From - Wed Mar 13 22:30:03 2019
From: =?utf-8?b?6Z2S5bKa5pmo5oql?= <edm@qlcb.cn>
Subject: =?utf-8?b?6Z2S5bKa5pmo5oql5pep6K+7772cMjAxOeW5tDPmnIgxNOaXpQ==?=
Date: Wed, 13 Mar 2019 22:30:03 +0000
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1"

--b1
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

您的邮件客户端不支持HTML格式，请点击以下链接阅读本期早读：
http://edm.qlcb.cn/view/20190314.html
--b1
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: 8bit

<html><body><p>青岚晨报早读｜2019年3月14日　星期四</p><p>━━━━━━━━━━━━━━━━━━━━</p><p>第02版　要闻</p>
<p>我市集中公开宣判8起涉黑涉恶案件</p><p>本报讯（记者 黄嘉）3月13日，市中级人民法院集中公开宣判8起涉黑涉恶案件。</p>
<p>━━━━━━━━━━━━━━━━━━━━</p></body></html>
--b1--
"""


def test_a_mail_client_s_folder_is_read_message_by_message_each_dated_by_its_issue(tmp_path):
    """Thunderbird keeps a folder as one mailbox file with no suffix: each message is read as one saved
    alone; a newsletter's issue is dated by the day its first line names (2019年3月12日), not the
    day in the zone it was sent from (11 March, UTC); a plain part that only points to the HTML
    (您的邮件客户端不支持HTML格式) gives way to the HTML."""
    folder = tmp_path / "Mail" / "Local Folders"
    folder.mkdir(parents=True)
    (folder / "青岚晨报早读").write_text(MAILBOX, encoding="utf-8")
    (folder / "青岚晨报早读.msf").write_text("// <!-- <mdb:mork:z v=\"1.4\"/> -->", encoding="utf-8")
    (folder / "Trash").write_text("", encoding="utf-8")
    articles = ingest(Config(source=tmp_path)).articles
    assert [(a.title, str(a.issue_date.value), a.page) for a in articles] == [
        ("代表委员为“青岚制造”转型升级建言", "2019-03-12", "1"), ("东湖片区“厕所革命”年内新改建公厕42座", "2019-03-12", "3"),
        ("我市集中公开宣判8起涉黑涉恶案件", "2019-03-14", "2")]


def test_a_mailbox_copied_while_its_last_message_was_written_is_read_up_to_there(tmp_path):
    cut = MAILBOX + ("\nFrom - Fri Mar 15 06:30:02 2019\nFrom: edm@qlcb.cn\nSubject: 早读\nDate: Fri, 15 Mar 2019 06:30:02 +0800\n"
                     "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: base64\n\n"
                     "6Z2S5bKa5pmo5oql5pep6K+7772cMjAxOeW5tDPmnIgxNeaXpeOAgOaYn+acn+S6lOOAgOWGnOWOhuS6jOaciOWIneS5nQ0KDQrjgJDku4r")
    (tmp_path / "青岚晨报早读").write_text(cut, encoding="utf-8")
    result = ingest(Config(source=tmp_path))
    assert [a.title for a in result.articles[:3]] == [
        "代表委员为“青岚制造”转型升级建言", "东湖片区“厕所革命”年内新改建公厕42座", "我市集中公开宣判8起涉黑涉恶案件"]
    headers = cut.split("\n").index("From - Fri Mar 15 06:30:02 2019") + 2  # (its headers' line, under its envelope)
    assert [p.line for p in result.problems if "stops inside its last message" in p.message] == [headers]
    (tmp_path / "青岚晨报早读").write_text(MAILBOX, encoding="utf-8")
    assert not any("stops inside" in p.message for p in ingest(Config(source=tmp_path)).problems)


def test_files_whose_names_say_no_kind_are_read_where_they_are_chinese_text(tmp_path):
    """A news server's article (10482, in HZ), a board's post (M.857355753.A), a Mac's file named as its
    keeper typed it (96.3.12 浦东新区): text; a log with no Chinese, a program's binary file: none."""
    body = "　　本报讯 记者从市经贸委获悉，去年全市共有三十七户国有企业完成产权制度改革，盘活存量资产四亿元。\n"
    news = tmp_path / "news" / "alt" / "chinese" / "text"
    news.mkdir(parents=True)
    (news / "10482").write_bytes(("Newsgroups: alt.chinese.text\nSubject: news\n\n国企改制步伐加快\n\n" + body).encode("hz"))
    (tmp_path / "M.857355753.A").write_bytes(("\x1b[1m京九铁路全线铺轨过半\x1b[m\n\n" + body).encode("gbk"))
    (tmp_path / "96.3.12 浦东新区").write_bytes(("浦东新区外资项目审批实行“一门式”服务\r\r" + body).encode("gbk"))
    (tmp_path / "wget-log").write_text((
        "--2010-06-12 21:03:11--  http://bbs.cjzx.net/robots.txt\n正在连接 bbs.cjzx.net|218.75.143.27|:80... 已连接。\n"
        "已发出 HTTP 请求，正在等待回应... 200 OK\n长度：未指定 [text/html]\n正在保存至: “bbs.cjzx.net/robots.txt”\n\n"
        "    [ <=>                                   ] 605      --.-K/s   in 0.02s   \n\n"
        "2010-06-12 21:03:11 (86.4 KB/s) - “bbs.cjzx.net/robots.txt” 已保存 [605]\n\n") * 6, "utf-8")
    (tmp_path / "Icon\r").write_bytes(b"\x00\x01" * 300)
    titles = sorted(a.title for a in ingest(Config(source=tmp_path)).articles)
    assert titles == ["京九铁路全线铺轨过半", "国企改制步伐加快", "浦东新区外资项目审批实行“一门式”服务"]


def test_a_page_pasted_under_a_forward_s_heads_is_read_without_them(tmp_path):
    """Gmail's ---------- Forwarded message --------- / 发件人： / Date: / Subject: / To: over a page a
    reader mailed to themselves and saved as text: the page's, none of them an untitled item."""
    (tmp_path / "Fwd_ 光明日报理论版.txt").write_text(
        "---------- Forwarded message ---------\n发件人： 林 <lin.xiaoyu1987@gmail.com>\n"
        "Date: 2021年6月23日周三 上午7:42\nSubject: 光明日报理论版\nTo: <lin.xiaoyu1987@gmail.com>\n\n\n"
        "理论·实践\n11\n2021年6月22日 星期二\n光明日报\n从百年党史中汲取奋进力量\n光明日报记者 李晓晴\n"
        "今年是中国共产党成立100周年。如何从百年党史中汲取奋进新征程的智慧和力量？\n", "utf-8")
    result = ingest(Config(source=tmp_path))
    assert [a.title for a in result.articles] == ["从百年党史中汲取奋进力量"] and result.problems == ()


def _contribution(subject: str, body: str, attachment: tuple[str, bytes] | None = None, charset: str = "utf-8") -> bytes:
    from email.message import EmailMessage
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = "县委宣传部 <xcb@example.cn>", "tougao@example.cn", subject
    message["Date"] = "Mon, 11 Mar 2024 16:05:33 +0800"
    message.set_content(body, charset=charset, cte="8bit" if charset == "gb2312" else "base64")
    if attachment:
        message.add_attachment(attachment[1], maintype="application", subtype="octet-stream", filename=attachment[0])
    return message.as_bytes()


def test_a_contributions_box_its_cover_notes_attachments_bounces_and_a_mailbox_of_two_charsets(tmp_path):
    story = "山路二十年 邮包连万家\n——记乡邮投递员孙长林\n\n　　本报讯　二十年来，孙长林骑坏了5辆摩托车，把邮包送到山里每一户。\n"
    (tmp_path / "投稿：乡村邮递员稿件（见附件）.eml").write_bytes(
        _contribution("投稿：乡村邮递员稿件（见附件）", "编辑老师好：\n稿件见附件，请查收。", ("山路二十年.txt", story.encode("gbk"))))
    (tmp_path / "【通稿】新增经营主体4215户.eml").write_bytes(_contribution(
        "【通稿】新增经营主体4215户", "各位媒体老师：\n　　现将通稿发送给各位，请于3月12日前安排刊发。谢谢支持！\n\n"
        "持续优化营商环境\n淮东县1—2月新增经营主体4215户\n——同比增长18.6%\n\n　　本报讯　今年1—2月，全县新登记经营主体4215户。\n"))
    (tmp_path / "图片新闻.eml").write_bytes(_contribution(
        "图片新闻", "编辑老师好，发一张高湖镇油菜花的图片新闻，请审阅。\n\n油菜花海引客来\n\n　　3月9日，游客在高湖镇油菜花田中拍照。（通讯员 孙伟 摄）\n"))
    (tmp_path / "系统退信.eml").write_bytes(_contribution(
        "系统退信", "您好，这是来自网易邮件系统的退信通知。\n\n很抱歉，您发送给 tougao@example.cn 的邮件未能成功送达。\n"))
    box = (b"From - Sun Mar 10 20:31:05 2024\r\n" + _contribution("自动回复：来稿", "您好，我于3月13日至20日外出培训，不能及时处理邮件。").replace(b"\n", b"\r\n")
           + b"\r\n\r\nFrom - Mon Mar 11 08:00:00 2024\r\n"
           + _contribution("来信", "老街路灯何时能再亮起来\n\n编辑同志：\n　　老街的路灯不亮已经半个多月了，希望有关部门早日修好。\n\n城关镇居民　王秀兰\n",
                           charset="gb2312").replace(b"\n", b"\r\n"))
    (tmp_path / "Local Folders").mkdir()
    (tmp_path / "Local Folders" / "投稿箱").write_bytes(box)
    archive = ingest(Config(source=tmp_path))
    read = sorted((a.title, a.kicker, a.subtitle, a.paper) for a in archive.articles)
    assert read == [("山路二十年 邮包连万家", "", "记乡邮投递员孙长林", None),
                    ("油菜花海引客来", "", "", None),
                    ("淮东县1—2月新增经营主体4215户", "持续优化营商环境", "同比增长18.6%", None),  # (通稿: what it is, no paper)
                    ("老街路灯何时能再亮起来", "", "", None)]  # (its 编辑同志： the letter's own)
    assert sorted(p.path for p in archive.problems if "sender's own" in p.message) == ["Local Folders/投稿箱", "系统退信.eml"]
