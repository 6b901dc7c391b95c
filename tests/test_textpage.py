"""The page-level rules of textpage.py on the few lines each exists for."""
from generator.ingest.textpage import parse_text_page


def listed(text):
    return [(a.kicker, a.title, a.subtitle, a.section_heads) for a in parse_text_page(text, "p.txt").articles]


def test_a_stanza_is_verse_not_a_run_of_titles():
    page = ("初夏\n\n苏　禾\n\n槐花落尽的时候\n蝉声还在路上\n风从麦田那边吹来\n带着新麦的香\n\n母亲在井边洗菜\n"
            "水桶一起一落\n把整个夏天的清凉\n倒进了瓦缸\n\n旧书摊\n\n王　芸\n\n城西老街的拐角处，有一个旧书摊，摊主是位六十多岁的老人。\n\n"
            "我常去那里淘书。有时候是一本泛黄的诗集，扉页上留着前主人工整的签名。\n\n"
            "老人不太说话，只是看着来来往往的人翻书。\n")
    poem, essay = parse_text_page(page, "p.txt").articles
    assert (poem.title, poem.authors, poem.section_heads) == ("初夏", ("苏禾",), ())
    assert poem.paragraphs[0].startswith("槐花落尽的时候蝉声还在路上")
    assert (essay.title, essay.authors, len(essay.paragraphs)) == ("旧书摊", ("王芸",), 3)


def test_a_deck_under_a_title_and_a_head_above_a_subtitle():
    evening = ("老小区加装电梯按下“快进键”\n\n今年计划完工300台，居民可在线提交申请\n\n"
               "本报讯（记者 王敏）记者昨日从市住建局获悉，今年全市计划完成老旧小区加装电梯300台。\n")
    assert listed(evening) == [("", "老小区加装电梯按下“快进键”", "今年计划完工300台，居民可在线提交申请", ())]
    daily = ("今年高校毕业生就业服务行动启动\n\n——将提供岗位信息超过1000万个\n\n"
             "记者从人力资源和社会保障部获悉，2021年高校毕业生就业服务攻坚行动日前启动。\n\n"
             "三峡枢纽通航调度持续优化\n\n长江干线船舶过闸效率稳步提升\n\n"
             "记者从长江三峡通航管理局获悉，今年上半年，三峡—葛洲坝两坝船舶过闸效率稳步提升。\n")
    # A page that sets its subtitles with a dash: an undashed line under a head is the title.
    assert listed(daily) == [("", "今年高校毕业生就业服务行动启动", "将提供岗位信息超过1000万个", ()),
                             ("三峡枢纽通航调度持续优化", "长江干线船舶过闸效率稳步提升", "", ())]


def test_unsigned_items_part_where_the_topic_turns_and_sections_keep_theirs():
    page = ("城市书房开到家门口\n\n今年全市将新建城市书房50家，市民步行15分钟即可借阅图书，城市书房实行通借通还。\n\n"
            "新增书房\n\n新建的城市书房多数设在社区服务中心，书房藏书不少于5000册，并提供免费借阅服务。\n\n"
            "延长开放\n\n城市书房每天开放到晚上9点，周末照常开放，借阅图书可刷身份证或读者证。\n\n"
            "夜市经济升温\n\n入夜，河西夜市灯火通明，烧烤、小龙虾、糖水铺前排起了长队，摊主说客流增长了三成。\n")
    assert listed(page) == [("", "城市书房开到家门口", "", ("新增书房", "延长开放")),
                            ("", "夜市经济升温", "", ())]


def test_a_photo_item_ends_at_its_caption_and_a_commentary_is_signed_by_a_bullet():
    page = ("秋收时节稻飘香\n　　9月12日，江西省南昌县的农民驾驶收割机在田间收割中稻。\n　　本报记者　王　成摄\n"
            "第二十届中国国际农产品交易会下月举办\n　　记者从农业农村部获悉：第二十届农交会将于10月下旬在青岛举办。\n"
            "体育时评\n金牌之外，更要看见全民健身的热度\n■王　骞\n　　杭州亚运会上，我省健儿交出了一份亮眼的成绩单。\n")
    photo, fair, comment = parse_text_page(page, "p.txt").articles
    assert (photo.kind, photo.title, photo.authors) == ("photo", "秋收时节稻飘香", ("王成",))
    assert (fair.title, fair.section_heads) == ("第二十届中国国际农产品交易会下月举办", ())
    assert (comment.title, comment.authors) == ("金牌之外，更要看见全民健身的热度", ("王骞",))


def test_a_story_set_with_a_display_head_runs_on_past_its_lead():
    page = ("CBA新赛季常规赛首轮\n上海男篮加时险胜浙江队\n——外援罗伯茨独揽32分12个篮板\n本报记者　金　雷\n"
            "　　昨晚，CBA联赛常规赛首轮在东方体育中心打响，上海久事男篮主场迎战浙江队，经过加时鏖战，以112比108险胜。\n"
            "开局慢热　半场落后9分\n　　比赛开始后，上海队进入状态较慢，多次进攻出手不中，半场结束时仍以48比57落后9分。\n"
            "　　上海队罗伯茨（右）在比赛中突破上篮　新民晚报记者　杨　晔　摄\n"
            "末节追分　加时赛一锤定音\n　　易边再战，上海队明显提升了防守强度，连续制造对手失误，罗伯茨在加时赛连得7分。\n")
    [story] = parse_text_page(page, "p.txt").articles
    assert story.section_heads == ("开局慢热　半场落后9分", "末节追分　加时赛一锤定音")
    assert story.captions[0].text.startswith("上海队罗伯茨（右）")
