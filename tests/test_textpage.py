"""The page-level rules of textpage.py on the few lines each exists for."""
import itertools
from pathlib import Path

from generator.ingest import rules
from generator.ingest.decode import decode_source
from generator.ingest.textpage import parse_text_page
from generator.model import SectionHead

FIXTURES = Path(__file__).parent / "fixtures"


def listed(text):
    return [(a.kicker, a.title, a.subtitle, a.section_heads) for a in parse_text_page(text, "p.txt").articles]


def test_a_stanza_is_verse_not_a_run_of_titles():
    page = ("初夏\n\n苏　禾\n\n槐花落尽的时候\n蝉声还在路上\n风从麦田那边吹来\n带着新麦的香\n\n母亲在井边洗菜\n"
            "水桶一起一落\n把整个夏天的清凉\n倒进了瓦缸\n\n旧书摊\n\n王　芸\n\n城西老街的拐角处，有一个旧书摊，摊主是位六十多岁的老人。\n\n"
            "我常去那里淘书。有时候是一本泛黄的诗集，扉页上留着前主人工整的签名。\n\n"
            "老人不太说话，只是看着来来往往的人翻书。\n")
    poem, essay = parse_text_page(page, "p.txt").articles
    assert (poem.title, poem.authors, poem.section_heads) == ("初夏", ("苏禾",), ())
    assert poem.paragraphs[:2] == ("槐花落尽的时候", "蝉声还在路上")  # verse keeps its lines
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


def test_a_box_name_under_a_title_and_a_title_over_a_jump():
    page = ("老楼加装电梯　上下楼不再难\n核心阅读\n　　今年以来，江苏南京鼓楼区加快推进既有住宅加装电梯工作，已有120部电梯投入使用。\n"
            "　　早上8点，家住6楼的王秀兰老人按下新装电梯的按钮，几十秒后就到了楼下的菜市场。\n"
            "“法律明白人”扎根田间地头\n　　（上接第一版）\n　　在村委会的调解室里，记者看到墙上挂着一块“法律明白人”服务公示牌。\n")
    lift, rural = parse_text_page(page, "p.txt").articles
    assert (lift.kicker, lift.title, lift.section_heads) == ("", "老楼加装电梯　上下楼不再难", ("核心阅读",))
    assert (rural.title, rural.paragraphs[0]) == ("“法律明白人”扎根田间地头", "在村委会的调解室里，记者看到墙上挂着一块“法律明白人”服务公示牌。")
    # right under the page's running head, close to it: the story's title still, no column's name
    head = "楚风日报\nA10\n2021年6月23日星期三 招考\n责编:汪 洋 美编:陈 璐\n新高考首考平稳收官\n(上接A1版)\n为严防考试作弊，全省所有考点均配备了身份识别系统。\n"
    (continued,) = parse_text_page(head, "p.txt").articles
    assert continued.title == "新高考首考平稳收官"


def test_on_a_page_that_indents_its_text_a_head_set_in_is_inside_an_article():
    page = ("贴三伏贴 这几个误区要避开\n本报记者　方　圆\n　　再过几天就要入伏了。记者昨天从市中医院获悉，今年“三伏贴”预约人数比去年增加了两成。\n"
            "　　不是人人都适合贴\n　　“有的家长带着刚满1岁的孩子来贴，这是不合适的。”市中医院儿科主任介绍，两岁以下的幼儿皮肤娇嫩，不建议贴。\n"
            "　　专家提醒\n　　贴敷后皮肤出现轻微发红、发痒属于正常现象，不要抓挠；如起水疱，应及时到医院处理。\n"
            "网购生鲜防“踩坑” 记住这五点\n　　高温天气，不少市民习惯在网上下单蔬果、海鲜等生鲜产品，售后纠纷也随之增多。\n")
    tips, fresh = parse_text_page(page, "p.txt").articles
    assert tips.section_heads == ("不是人人都适合贴", "专家提醒")
    assert (fresh.title, fresh.section_heads) == ("网购生鲜防“踩坑” 记住这五点", ())


def test_a_column_of_briefs_under_a_rubric_and_a_poem_under_its_poet():
    page = ("公司速递\n华启医药1类创新药获批临床\n　　华启医药（688531）4月17日晚间公告，公司自主研发的1类创新药获得临床试验批准通知书。\n"
            "中远重工预中标12.6亿元风电塔筒项目\n　　中远重工（601937）公告，公司近日收到招标代理机构发来的中标候选人公示。\n"
            "在旧码头\n◎ 陈　川\n石阶被潮水磨成了\n一截一截的旧时光\n缆桩上的铁锈\n还记得最后一班客轮的汽笛\n")
    first, second, poem = parse_text_page(page, "p.txt").articles
    assert [first.title, second.title] == ["华启医药1类创新药获批临床", "中远重工预中标12.6亿元风电塔筒项目"]
    assert (poem.title, poem.authors) == ("在旧码头", ("陈川",))
    assert poem.paragraphs == ("石阶被潮水磨成了", "一截一截的旧时光", "缆桩上的铁锈", "还记得最后一班客轮的汽笛")


def test_rows_of_a_table_are_text_and_an_advert_keeps_its_lines():
    page = ("中超联赛第十二轮赛果\n上海海港　3∶2　北京国安\n成都蓉城　2∶0　天津津门虎\n山东泰山　1∶1　浙江队\n"
            "武汉三镇　0∶1　上海申花\n\n广告\n天府·云著\n城南公园旁　110-143㎡臻品洋房　样板间盛大开放\n品鉴热线：028-8888 6666\n\n"
            "“618”家电以旧换新补贴叠加\n　　本报讯　今年“618”促销提前开启，多家商场推出以旧换新补贴，最高可省2000元。\n")
    results, advert, sale = parse_text_page(page, "p.txt").articles
    assert (results.title, results.paragraphs[:2]) == ("中超联赛第十二轮赛果", ("上海海港　3∶2　北京国安", "成都蓉城　2∶0　天津津门虎"))
    # under the label, the advert's own first line names it, and its lines are its text
    assert (advert.kind, advert.title) == ("advert", "天府·云著")
    assert advert.paragraphs == ("城南公园旁　110-143㎡臻品洋房　样板间盛大开放", "品鉴热线：028-8888 6666")
    assert sale.title == "“618”家电以旧换新补贴叠加"


def test_a_question_over_a_lead_is_a_title_and_a_column_of_briefs_runs_on():
    page = ("江汉路步行街一夜冒出上百个“小黄桩”咋回事？\n　　本报讯（记者王　勇）昨日，不少市民发现江汉路步行街入口处多了上百个黄色隔离桩。\n"
            "基层动态\n国网南昌供电公司开展防汛应急演练\n　　近日，国网南昌供电公司在赣江边开展防汛应急演练，检验抢修队伍的反应速度。（李　明）\n"
            "国网德州供电公司为乡村“充电桩”体检\n　　近日，国网德州供电公司组织党员服务队为乡村充电桩逐一检查。（王　芳）\n"
            "国网绵阳供电公司首次应用无人机“带电作业”\n　　8月2日，国网绵阳供电公司在10千伏线路上首次用无人机完成带电作业。（赵　强）\n")
    titles = [a.title for a in parse_text_page(page, "p.txt").articles]
    assert titles == ["江汉路步行街一夜冒出上百个“小黄桩”咋回事？", "国网南昌供电公司开展防汛应急演练",
                      "国网德州供电公司为乡村“充电桩”体检", "国网绵阳供电公司首次应用无人机“带电作业”"]


def test_rows_spaced_unevenly_are_rows_all_the_same():
    page = ("4月部分新能源车企交付量\n启程汽车　　32150　　　　　　+41.2%\n蓝岸汽车　　18736　　　　　　+12.5%\n"
            "极沃汽车　　10422　　　　　　-8.3%\n零界汽车　　9815　　　　　　　+103.6%\n")
    [table] = parse_text_page(page, "p.txt").articles
    assert table.title == "4月部分新能源车企交付量" and len(table.paragraphs) == 4


def test_a_kicker_over_a_title_its_subtitle_and_its_byline():
    page = ("扎根山村卫生室二十三年，她把自己活成了村民的“健康档案”\n\n乡村医生徐桂兰：再远的路也要走到\n\n"
            "——记湖南省新化县奉家镇下团村乡村医生徐桂兰\n\n■ 本报记者　周　婷\n\n"
            "  凌晨五点，雪峰山深处的下团村还笼罩在晨雾里，徐桂兰已经背起药箱出了门。\n")
    [doctor] = parse_text_page(page, "p.txt").articles
    assert (doctor.kicker, doctor.title, doctor.authors) == (
        "扎根山村卫生室二十三年，她把自己活成了村民的“健康档案”", "乡村医生徐桂兰：再远的路也要走到", ("周婷",))


def test_a_box_of_figures_is_rows_of_text():
    page = ("外贸开局良好\n    一季度，深圳外贸进出口保持较快增长，民营企业继续发挥主力作用，“新三样”出口表现亮眼。\n数读\n"
            "1.08万亿元　一季度深圳外贸进出口总值\n33.4%　同比增速\n6720亿元　出口值，增长28.7%\n4080亿元　进口值，增长41.8%\n"
            "鹏城新能源一季度净利润同比增长62%\n深圳特区报记者　王　一\n    鹏城新能源22日晚间披露一季报，公司实现净利润5.6亿元。\n")
    trade, company = parse_text_page(page, "p.txt").articles
    assert trade.section_heads == ("数读",) and "33.4%　同比增速" in trade.paragraphs
    assert (company.title, company.authors) == ("鹏城新能源一季度净利润同比增长62%", ("王一",))


def test_a_table_s_row_naming_its_columns_by_tabs_is_the_table_s_under_the_head_over_it():
    """胜负游戏第13165期对阵 over 场次⇥赛事⇥开赛时间⇥主队⇥客队 and its rows, as FineReader saves a table: the
    line over the rows the listing's title, the columns' names its first row."""
    page = ("中国体彩报　2013年11月22日　星期五　7　足彩周刊\n\n胜负游戏第13165期对阵\n场次\t赛事\t开赛时间\t主队\t客队\n"
            "1\t英超\t11-23 20:45\t埃弗顿\t利物浦\n2\t英超\t11-23 23:00\t阿森纳\t南安普敦\n3\t英超\t11-23 23:00\t切尔西\t西汉姆联\n"
            "4\t德甲\t11-23 22:30\t拜仁\t多特蒙德\n")
    (listing,) = parse_text_page(page, "p.txt").articles
    assert listing.title == "胜负游戏第13165期对阵" and listing.paragraphs[0].startswith("场次")


def test_a_table_set_apart_line_by_line_with_its_header_and_a_rubric_over_place_briefs():
    table = ("西南旅游市场持续升温\n\n    五一假期，西南各省份接待游客人次和旅游收入均较去年同期明显增长，自驾游和乡村游尤其红火。\n\n"
             "地区　　接待游客（万人次）　　同比增长　　旅游收入（亿元）\n\n四川　　2317.9　　12.6%　　158.3\n\n"
             "贵州　　1012.5　　18.7%　　86.2\n\n    业内人士认为，假期出游需求集中释放，带动了住宿、餐饮和交通消费。\n")
    [market] = parse_text_page(table, "p.txt").articles
    assert "四川　　2317.9　　12.6%　　158.3" in market.paragraphs and market.section_heads == ()
    briefs = ("动员一线\n江西赣州：退役军人组建应急救援队\n  近日，江西省赣州市某区人武部组织辖区退役军人组建应急救援队，首批队员60人。\n"
              "山东烟台：国防动员潜力数据完成年度更新\n  烟台警备区日前完成年度国防动员潜力调查，数据全部录入信息系统。\n"
              "四川甘孜：高原民兵开展适应性训练\n  甘孜军分区近日组织民兵分队在海拔4000米以上地区开展适应性训练。\n")
    assert [a.title for a in parse_text_page(briefs, "p.txt").articles] == [
        "江西赣州：退役军人组建应急救援队", "山东烟台：国防动员潜力数据完成年度更新", "四川甘孜：高原民兵开展适应性训练"]


def test_a_rubric_over_a_column_of_briefs_is_no_brief_s_kicker():
    page = ("维权简讯\n广州：新就业形态劳动者可单险种参加工伤保险\n本报讯（记者　张　琳）广州市人社局日前出台办法，新就业形态劳动者可单险种参保。\n"
            "浙江湖州：“法律援助驿站”开进工业园区\n本报讯　近日，湖州市总工会在吴兴区工业园区设立首个法律援助驿站。\n")
    first, second = parse_text_page(page, "p.txt").articles
    assert (first.kicker, first.title, second.kicker) == ("", "广州：新就业形态劳动者可单险种参加工伤保险", "")
    assert rules.parse_byline("河钢集团唐钢公司冷轧部　孙立新").authors == ("孙立新",)
    lead = rules.parse_lead("【記者林佳慧／台北報導】台北捷運環狀線北環段因工程變更，工程費再追加68億元。")
    assert (lead.byline.authors, lead.rest[:4]) == (("林佳慧",), "台北捷運")
    assert rules.parse_byline("（本报记者　李　洁　整理）").authors == ("李洁",)


def test_a_standings_table_with_long_rows():
    page = ("中超联赛积分榜\n名次 球队 场 胜 平 负 进/失 积分\n1 上海海港 29 20 5 4 68/30 65\n2 上海申花 29 19 4 6 58/26 61\n"
            "3 成都蓉城 29 16 7 6 55/32 55\n4 北京国安 29 15 8 6 60/38 53\n")
    [table] = parse_text_page(page, "p.txt").articles
    assert table.title == "中超联赛积分榜" and table.paragraphs[0] == "名次 球队 场 胜 平 负 进/失 积分"
    assert len(table.paragraphs) == 5


def test_a_weather_box_and_a_contents_box_are_the_page_s():
    page = ("今日天气\n多云到阴　最低温度9℃　最高温度16℃\n东南风3—4级　相对湿度55%—85%\n空气质量指数50—70　良\n"
            "导读\nA04 成都今夏首批“避暑专列”开行\nA08 高考阅卷启动 成绩预计6月23日左右公布\n"
            "地铁站里丢了钱包 半小时物归原主\n  本报讯（记者 杨　洁）昨天上午，市民刘女士在地铁站换乘时，不慎将钱包遗落在站台座椅上。\n"
            "农事天气\n本周我县以阴雨天气为主，气温12℃—22℃。请茶农抓住晴好天气及时采摘。\n")
    parsed = parse_text_page(page, "p.txt")
    [article] = parsed.articles
    assert (article.kicker, article.title, article.paragraphs[-1][-4:]) == ("", "地铁站里丢了钱包 半小时物归原主", "座椅上。")
    assert "A08 高考阅卷启动 成绩预计6月23日左右公布" in parsed.furniture and "农事天气" in parsed.furniture


def test_briefs_with_their_titles_run_in_in_brackets():
    page = ("娱乐快讯\n【孟子轩新专辑9月发行】歌手孟子轩8日宣布，其第五张个人专辑将于9月发行。\n"
            "【话剧《家》南京加演两场】由南京市话剧团排演的话剧《家》近日一票难求，剧院决定加演两场。\n")
    assert [a.title for a in parse_text_page(page, "p.txt").articles] == ["孟子轩新专辑9月发行", "话剧《家》南京加演两场"]


def test_a_list_s_numbered_heads_stay_in_their_article_signed_at_its_end():
    page = ("农技课堂\n春茶采摘后如何做好茶园管理\n\n　　春茶采摘结束后，是茶园管理的关键时期，管理得好坏直接影响到夏秋茶的产量。\n\n"
            "一、及时修剪\n\n　　春茶结束后应及时对茶树进行修剪，生长势较强的茶树可进行轻修剪。\n\n"
            "二、科学施肥\n\n　　修剪后要及时追施肥料，以有机肥为主，配合施用适量复合肥。\n\n（县农业农村局　潘国华）\n")
    [lesson] = parse_text_page(page, "p.txt").articles
    assert lesson.section_heads == ("一、及时修剪", "二、科学施肥") and lesson.authors == ("潘国华",)


def test_heads_over_nothing_are_furniture_or_with_a_number_to_call_an_advert():
    page = ("乡镇动态\n天子湖镇开展春季义务植树活动\n　　本报讯　近日，天子湖镇组织机关干部、党员志愿者200余人开展春季义务植树活动。\n"
            "安吉白茶开采季 新茶预订中\n明前头采　原产地直供　一芽一叶　手工炒制\n"
            "订购热线：0572-5XXXXXX　地址：安吉县递铺街道天目路88号\n安吉御叶茶业有限公司\n")
    brief, advert = parse_text_page(page, "p.txt").articles
    assert brief.title == "天子湖镇开展春季义务植树活动"
    assert (advert.kind, advert.title) == ("advert", "安吉白茶开采季 新茶预订中")
    assert "订购热线：0572-5XXXXXX　地址：安吉县递铺街道天目路88号" in advert.paragraphs
    slogan = "责任编辑／舒　明\n\n一只蝴蝶标本里的旧时光\n　　雨是从檐角开始的，一滴，又一滴，落在青石板上。\n发展新质生产力　区县在行动\n"
    parsed = parse_text_page(slogan, "p.txt")
    assert [a.title for a in parsed.articles] == ["一只蝴蝶标本里的旧时光"] and "发展新质生产力　区县在行动" in parsed.furniture


def test_an_editor_s_note_above_the_first_title_and_a_name_signing_off_an_essay():
    page = ("编者按：近年来，各地农村公路建设成效明显，但一些偏远村庄仍存在“断头路”。\n\n村里的“断头路”何时能修通？\n\n"
            "　　编辑同志：\n\n　　我是河北省邢台市某县桃园村的一名村民，我们村离乡道只有1.5公里。\n\n"
            "书页间的蝴蝶\n\n　　整理旧书时，从一本泛黄的《唐诗三百首》里滑落出一只蝴蝶标本。\n\n林　溪\n\n"
            "菜场里的方言\n\n何　苗\n\n　　搬到这个小区三年，我最常去的地方是街角的菜场。\n")
    letter, essay, market = parse_text_page(page, "p.txt").articles
    assert letter.title == "村里的“断头路”何时能修通？" and letter.paragraphs[0].startswith("编者按：")
    assert (essay.title, essay.authors) == ("书页间的蝴蝶", ("林溪",))
    assert (market.kicker, market.title, market.authors) == ("", "菜场里的方言", ("何苗",))


def test_a_box_set_in_opens_a_feature_whose_first_head_stays_in_it():
    page = ("国际视点\n欧洲加快布局新型储能产业\n　　核心阅读\n　　随着可再生能源发电占比不断提高，储能的作用日益凸显。\n"
            "　　本报驻德国记者　唐晓岚\n　　在德国东部勃兰登堡州的一处工业园区，一排排白色集装箱整齐排列。\n"
            "“储能是能源转型的关键一环”\n　　欧洲风电、光伏发电占比近年来快速提升。据欧洲电力行业联合会统计，去年占比超过四成。\n")
    [feature] = parse_text_page(page, "p.txt").articles
    assert feature.section_heads == ("核心阅读", "“储能是能源转型的关键一环”")


def test_a_table_s_title_in_an_article_and_briefs_set_close_on_a_page_set_apart():
    page = ("第8轮综述：争冠集团三足鼎立\n本报记者 韩　冬\n本轮战罢，申花、海港和蓉城分列积分榜前三位，三队之间的分差仅为3分。\n"
            "中超积分榜（第8轮后前6名）\n名次　球队　场次　积分\n1　上海申花　8　20\n2　上海海港　8　19\n")
    [review] = parse_text_page(page, "p.txt").articles
    assert review.paragraphs[1] == "中超积分榜（第8轮后前6名）"
    spaced = ("冰雪中的“线路医生”\n\n　　1月21日夜，一场大雪覆盖了豫北大地。\n\n刘 洋 文/图\n\n路局动态\n"
              "成都局开通春运“爱心通道”\n本报讯（通讯员 蒋蕾）春运首日，成都局集团公司管内48个主要车站开通“爱心通道”。\n"
              "南昌局完成站车消防安全大检查\n本报讯（通讯员 周文斌）春运前夕，南昌局集团公司组织开展站车消防安全大检查。\n")
    assert [a.title for a in parse_text_page(spaced, "p.txt").articles] == [
        "冰雪中的“线路医生”", "成都局开通春运“爱心通道”", "南昌局完成站车消防安全大检查"]


def test_a_company_notice_s_two_line_title_and_an_interviewee_s_credit():
    page = ("浙江华岳新材料股份有限公司\n关于控股股东部分股份质押的公告\n本公司董事会及全体董事保证本公告内容不存在任何虚假记载。\n"
            "一、本次股份质押基本情况\n公司于2024年7月17日收到控股股东华岳控股的通知。\n"
            "秋燥来袭 这样吃润肺又养胃\n受访专家：中国中医科学院西苑医院营养科主任医师　李晓梅\n本报记者　王　艳\n"
            "  寒露过后，北方天气越来越干燥，不少人出现口干舌燥等症状。\n")
    notice, health = parse_text_page(page, "p.txt").articles
    assert (notice.kind, notice.title) == ("advert", "浙江华岳新材料股份有限公司关于控股股东部分股份质押的公告")
    assert "一、本次股份质押基本情况" in notice.paragraphs
    assert (health.kicker, health.title, health.authors) == ("", "秋燥来袭 这样吃润肺又养胃", ("王艳",))


def test_a_head_over_two_lines_bulleted_briefs_and_a_picture_mark_over_a_photo():
    page = ("宋代书院讲会制度\n的当代启示\n　　书院是中国古代独具特色的教育组织形式，宋代书院兴盛。\n"
            "社区里的“百家宴”\n［图片］\n　　5月12日，江北区庄桥街道费市社区举办“百家宴”。\n　　记者　胡龙召　摄\n"
            "文化简讯\n●“运河记忆”文献展在扬州开幕\n　　本报讯（记者 顾 晓 丹）7月18日，大运河历史文献展在扬州开幕。\n"
            "●《中华古籍总目·浙江卷》出版\n　　本报讯　近日，《中华古籍总目·浙江卷》由国家图书馆出版社出版。（沈 言）\n")
    essay, photo, first, second = parse_text_page(page, "p.txt").articles
    assert essay.title == "宋代书院讲会制度的当代启示"
    assert (photo.kind, photo.title, photo.authors) == ("photo", "社区里的“百家宴”", ("胡龙召",))
    assert (first.title, first.authors) == ("“运河记忆”文献展在扬州开幕", ("顾晓丹",))
    assert second.title == "《中华古籍总目·浙江卷》出版"


def test_a_page_number_read_amid_the_text_leaves_the_head_under_it_a_head():
    page = ("党的农村政策深入人心\n全国农村专业户重点户迅速发展\n新华社北京六月十一日电　记者孙伟民报道：到今年五月底，全国农村专业户发展迅速。\n"
            "2\n新型收录机投放市场\n　　上海无线电二厂试制成功的新型收录机，近日投放市场。\n新华社记者　陈宝林摄\n")
    report, photo = parse_text_page(page, "p.txt").articles
    assert report.title == "全国农村专业户重点户迅速发展"
    assert (photo.kind, photo.title, photo.authors) == ("photo", "新型收录机投放市场", ("陈宝林",))


def test_a_page_ocr_d_line_by_line_gets_its_paragraphs_back():
    page = ("守着最后一条渡船的人\n本报记者　蒋 韵\n　　清江在湖北长阳境内拐了一个大弯。江\n这边是周家湾，江那边是通往镇上的公\n"
            "路。四十年来，周德顺每天撑着一条木\n船，在两岸之间来回摆渡。\n　　去年秋天，一座跨江大桥在上游三公里\n"
            "处通车。渡口冷清了，可周德顺还是每\n天早上六点把船推下水。\n　　“习惯了。”他说。他的手机里存着几\n"
            "个老乘客的电话，谁要过江，提前打个\n招呼，他就把船撑过去等着。\n")
    [feature] = parse_text_page(page, "p.txt").articles
    assert (feature.title, feature.authors) == ("守着最后一条渡船的人", ("蒋韵",))
    assert feature.paragraphs == (
        "清江在湖北长阳境内拐了一个大弯。江这边是周家湾，江那边是通往镇上的公路。四十年来，周德顺每天撑着一条木船，在两岸之间来回摆渡。",
        "去年秋天，一座跨江大桥在上游三公里处通车。渡口冷清了，可周德顺还是每天早上六点把船推下水。",
        "“习惯了。”他说。他的手机里存着几个老乘客的电话，谁要过江，提前打个招呼，他就把船撑过去等着。")


def test_briefs_bulleted_with_a_square_or_a_triangle():
    page = ("简　讯\n▲北京市今年新建居民住宅二百万平方米\n　　北京市今年计划新建居民住宅二百万平方米，其中一半以上将在年内竣工。\n"
            "▲西安至延安公路改建工程开工\n　　西安至延安公路改建工程最近开工，改建后的公路全长三百四十多公里。\n"
            "体育快讯\n■市民运动会三人篮球赛落幕\n　　本报讯　为期两天的市民运动会三人篮球赛昨天落幕，共有128支队伍参赛。\n"
            "■林子墨世界排名升至第18位\n　　本报讯　最新一期世界排名公布，林子墨上升三位，列第18位。\n")
    assert [a.title for a in parse_text_page(page, "p.txt").articles] == [
        "北京市今年新建居民住宅二百万平方米", "西安至延安公路改建工程开工", "市民运动会三人篮球赛落幕", "林子墨世界排名升至第18位"]


def test_a_head_over_a_photo_s_caption_alone_is_a_photo_item_whatever_its_topic():
    page = ("广东佛山：“税费服务进园区”打通服务“最后一公里”\n    本报讯（通讯员 区嘉怡）今年以来，佛山市税务局在园区设立税费服务站，提供政策咨询。\n"
            "    服务站累计为园区企业办理各类政策咨询业务4600余笔。\n\n送政策上门\n[图片]\n"
            "    3月18日，税务局工作人员走进一家企业，为财务人员讲解政策。\n王 晓 摄\n")
    report, photo = parse_text_page(page, "p.txt").articles
    assert (photo.kind, photo.title, photo.authors) == ("photo", "送政策上门", ("王晓",))


def test_a_digest_page_s_items_end_at_their_credits():
    page = ("县城咖啡馆为何越开越多\n　　在不少人印象中，咖啡是大城市白领的“标配”。但近年来，县城咖啡馆越开越多。\n"
            "　　（摘自3月12日《新华每日电讯》　徐子涵）\n一位乡村邮递员的三十年\n　　1994年，19岁的何长青接过父亲的邮包。\n"
            "　　（摘自《人民周刊》2024年第5期　刘晓东/文）\n老年人上网，\n防骗课要跟上\n"
            "　　随着越来越多的老年人“触网”，针对老年人的网络诈骗也花样翻新。\n　　（摘自3月11日《法治日报》　周明）\n")
    articles = parse_text_page(page, "p.txt").articles
    assert [(a.title, a.authors) for a in articles] == [
        ("县城咖啡馆为何越开越多", ("徐子涵",)), ("一位乡村邮递员的三十年", ("刘晓东",)), ("老年人上网，防骗课要跟上", ("周明",))]


def test_a_caption_s_credit_ends_a_line_by_line_paragraph():
    page = ("夏粮收购开局平稳 优质优价特征明显\n　　本报讯（记者 杨丽娟）记者从国家粮食和物资储\n备局获悉，截至6月3日，主产区各类粮食企业累计收\n"
            "购新产小麦860万吨，收购进度快于去年同期。从各\n地反映情况看，今年新麦质量总体较好，优质优价特征\n明显，优质强筋小麦收购价格每斤较普通小麦高出0.\n"
            "1元左右。\n三夏麦收正当时\n　　6月3日，河南省清河县农机手驾驶联合收割机在\n麦田里抢收小麦。目前，该县已收获小麦45万亩，占\n"
            "种植面积的六成。本报记者 张振中 摄\n产业动态\n湖南溆溪县举办蜜橘产销对接会\n　　本报讯 近日，湖南省溆溪县举办蜜橘产销对接会，\n"
            "来自全国各地的120余家采购商、电商平台参会，现\n场签订采购协议金额2.6亿元。（周晓明）\n云南云石县杨梅线上销售火爆\n"
            "　　本报讯 进入6月，云南省云石县杨梅集中上市。\n该县组织电商企业开展直播带货，日均线上销量超过1\n5万斤，带动果农户均增收8000余元。（记者 段\n思雨）\n")
    assert [(a.title, a.authors) for a in parse_text_page(page, "p.txt").articles] == [
        ("夏粮收购开局平稳 优质优价特征明显", ("杨丽娟",)), ("三夏麦收正当时", ("张振中",)),
        ("湖南溆溪县举办蜜橘产销对接会", ("周晓明",)), ("云南云石县杨梅线上销售火爆", ("段思雨",))]


def test_the_markets_standing_box_is_furniture_a_table_of_news_is_not():
    page = ("多家上市银行拟大手笔分红\n证券时报记者 贺晓雯\n随着上市银行2023年年报陆续披露，各家银行的分红方案也浮出水面。\n"
            "沪深股市行情（3月27日）\n上证指数 3031.48 -0.26%\n深证成指 9411.33 -0.71%\n创业板指 1825.06 -0.93%\n"
            "时报观点\n上市公司分红要“真金白银”也要可持续\n证券时报评论员 程楷\n近期，随着年报披露进入高峰期，不少上市公司推出分红方案。\n")
    result = parse_text_page(page, "p.txt")
    assert [a.title for a in result.articles] == ["多家上市银行拟大手笔分红", "上市公司分红要“真金白银”也要可持续"]
    assert "上证指数 3031.48 -0.26%" in result.furniture


def test_each_listed_company_s_notice_opens_under_its_codes():
    page = ("证券代码：002987 证券简称：恒远达 公告编号：2024-011\n江苏恒远达电子科技股份有限公司2023年年度权益分派实施公告\n"
            "本公司及董事会全体成员保证信息披露的内容真实、准确、完整。\n特此公告。\n江苏恒远达电子科技股份有限公司董事会\n2024年3月28日\n"
            "证券代码：301296 证券简称：中科源 公告编号：2024-009\n深圳市中科源智能装备股份有限公司关于召开2023年年度股东大会的通知\n"
            "本公司及董事会全体成员保证信息披露的内容真实、准确、完整。\n特此公告。\n")
    assert [a.title for a in parse_text_page(page, "p.txt").articles] == [
        "江苏恒远达电子科技股份有限公司2023年年度权益分派实施公告", "深圳市中科源智能装备股份有限公司关于召开2023年年度股东大会的通知"]


def test_a_feature_signed_on_its_own_line_runs_on_past_its_lead_into_its_sections():
    page = ("冬日暖阳里的“考研自习室”\n文/学生记者 苏小满 图/学生记者 高峰\n12月21日，全国硕士研究生招生考试即将开考。连日来，图书馆自习室一座难求。\n"
            "凌晨六点的排队\n早上6点，天还没亮，图书馆门口已经排起了长队。材料学院的王雪是其中之一。\n"
            "据图书馆统计，今年考研季每天入馆人数超过6000人次，比平时增长近四成。\n")
    [feature] = parse_text_page(page, "p.txt").articles
    assert feature.section_heads == ("凌晨六点的排队",) and feature.authors == ("苏小满",)


def test_a_picture_printed_with_its_title_and_its_artist_alone_is_a_photo_item():
    page = ("写给父亲的扁担\n陈禾\n　　您的肩膀\n　　是一根扁担\n　　挑起了一家人的\n　　日子\n\n溪山秋色（国画）\n周明远　作\n\n"
            "桂花落时\n清溪中学高二（3）班　杨小满\n指导老师　王丽\n　　学校后门有一棵老桂树，据说比学校的年纪还大。\n")
    poem, painting, essay = parse_text_page(page, "p.txt").articles
    assert (painting.title, painting.kind, painting.authors) == ("溪山秋色（国画）", "photo", ("周明远",))
    assert (essay.title, essay.authors) == ("桂花落时", ("杨小满",))


def test_a_poem_ends_where_a_head_stands_at_the_margin_and_a_closing_name_heads_no_poem():
    page = ("立秋帖\n◆ 许乐\n　　暑气还赖在窗台上不肯走\n　　梧桐叶却先得了消息\n　　悄悄黄了一角\n　　菜场里的西瓜降了价\n"
            "读书\n重读《城南旧事》\n◆ 丁一苇\n　　第一次读《城南旧事》，是在小学五年级的暑假。那时只觉得故事好听。\n"
            "　　“爸爸的花儿落了，我也不再是小孩子。”如今再读，读出了离别。\n"
            "　　好书就是这样，每个年纪读，都有每个年纪的收获，像一位老朋友。\n")
    poem, essay = parse_text_page(page, "p.txt").articles
    assert (poem.title, poem.authors, len(poem.paragraphs)) == ("立秋帖", ("许乐",), 4)
    assert (essay.title, essay.authors) == ("重读《城南旧事》", ("丁一苇",))
    report = ("广州南沙跨境理财试点扩容\n首批参与试点的南沙辖内银行机构由5家增至11家，试点范围进一步扩大。\n"
              "（南方日报记者　谭晓雯）\n数说\n11家\n参与试点的南沙辖内银行机构\n4000余人\n累计参与个人投资者\n"
              "南方快评\n稳外贸更要稳预期\n■南方日报评论员　冯远\n开年外贸数据好于预期，令人振奋。但也要清醒看到，外部需求仍有不确定性。\n")
    assert [a.title for a in parse_text_page(report, "p.txt").articles][-1] == "稳外贸更要稳预期"


def test_a_page_cut_at_the_column_s_width_with_nothing_set_in_gets_its_paragraphs_back():
    lines = ["新岭县的故事并非个例。经济观察报记者梳理发现，202", "0年至2022年间，全国至少有30个县级行政区提出打",
             "造锂电产业集群或“锂电之都”，其中不少地方并无锂资源，", "也缺乏相关产业基础。", "",
             "一位长期研究区域经济的学者认为，县域招商的问题不在于", "想发展新兴产业，而在于对产业周期缺乏判断，“把一个强",
             "周期行业当成了长期增长引擎，用财政和国资去承担本该由", "市场承担的风险”。", ""] * 3
    page = "一座县城的锂电梦\n经济观察报　记者　沈一鸣\n\n" + "\n".join(lines)
    [feature] = parse_text_page(page, "p.txt").articles
    assert feature.paragraphs[0] == ("新岭县的故事并非个例。经济观察报记者梳理发现，2020年至2022年间，全国至少有30个县级行政区"
                                     "提出打造锂电产业集群或“锂电之都”，其中不少地方并无锂资源，也缺乏相关产业基础。")
    assert len(feature.paragraphs) == 6


def test_a_title_broken_at_the_column_s_width_is_one_title_but_not_over_a_box():
    page = ("七旬老人签下“借款合同”\n险些房钱两空\n本报记者　柴晓光\n"
            "　　“要不是法院及时判决，我这套房子就没了。”近日，七旬老人王某拿到了法院的判决书。\n"
            "欧洲加快布局新型储能产业\n核心阅读\n　　欧洲多国近年来加快部署新型储能项目，储能装机规模持续增长。\n")
    titles = [a.title for a in parse_text_page(page, "p.txt").articles]
    assert titles == ["七旬老人签下“借款合同”险些房钱两空", "欧洲加快布局新型储能产业"]


def test_one_article_cut_at_its_column_s_width_on_a_page_of_a_paragraph_to_a_line():
    lines = ["走进位于前海的深圳声谷科技有限公司，墙上挂", "着一张世界地图，上面密密麻麻插满了小红旗。“每",
             "一面旗子代表一个我们产品已经进入的国家，现在", "是43个。”公司联合创始人林书瑶说。",
             "出海之路并不平坦。为了拿到欧盟和美国的医疗", "器械认证，公司前后花了一年半时间、投入近千万",
             "元。林书瑶坦言，最困难的时候，公司账上的钱只", "够发三个月工资。"]
    page = ("深圳发布首批低空经济应用场景清单\n本报讯（记者　曹颖）6月13日，深圳市发布首批低空经济应用场景清单，涵盖物流配送等领域。\n"
            "一家初创企业的“出海”突围\n深圳特区报记者　温嘉乐\n" + "\n".join(lines) +
            "\n创新观察\n让创新“试错”有更多空间\n■　甘棠\n创新从来不是一帆风顺的。一项新技术从实验室走向市场，往往要经历无数次失败。\n")
    news, feature, comment = parse_text_page(page, "p.txt").articles
    assert feature.paragraphs == ("走进位于前海的深圳声谷科技有限公司，墙上挂着一张世界地图，上面密密麻麻插满了小红旗。“每一面旗子"
                                  "代表一个我们产品已经进入的国家，现在是43个。”公司联合创始人林书瑶说。",
                                  "出海之路并不平坦。为了拿到欧盟和美国的医疗器械认证，公司前后花了一年半时间、投入近千万元。"
                                  "林书瑶坦言，最困难的时候，公司账上的钱只够发三个月工资。")
    assert (comment.kicker, comment.title, comment.authors) == ("创新观察", "让创新“试错”有更多空间", ("甘棠",))


def test_a_table_s_rows_under_its_title_are_no_verse():
    page = ("海港客场0:0闷平泰山\n\n济南奥体中心昨晚上演强强对话，山东泰山与上海海港0:0握手言和。\n\n"
            "中超第11轮赛果\n成都蓉城　2:1　北京国安\n山东泰山　0:0　上海海港\n深圳新鹏城　3:1　青岛西海岸\n"
            "上海申花　2:0　长春亚泰\n\n中甲：广州队客场1:1战平大连英博\n\n中甲第8轮昨天下午进行，广州队客场1:1战平大连英博。\n")
    articles = parse_text_page(page, "p.txt").articles
    heads = [h for a in articles for h in (a.title, *a.section_heads)]
    assert heads[1:] == ["中超第11轮赛果", "中甲：广州队客场1:1战平大连英博"], "the table's title stays a head"
    assert "成都蓉城　2:1　北京国安" in articles[0].paragraphs + articles[1].paragraphs


def test_a_short_label_over_a_column_of_tips_is_its_rubric_not_a_kicker():
    page = ("生活小窍门\n\n柚子皮巧除冰箱异味\n\n　　将吃剩的柚子皮洗净晾干，放在冰箱冷藏室里，可以有效去除异味。\n\n"
            "泡脚时间不宜超过20分钟\n\n　　秋冬泡脚有助于促进血液循环，但水温以40℃左右为宜，时间不宜超过20分钟。\n")
    assert listed(page) == [("", "柚子皮巧除冰箱异味", "", ()), ("", "泡脚时间不宜超过20分钟", "", ())]


def test_a_picture_named_on_one_line_with_its_artist_stands_alone():
    page = ("春日过杨柳青\n白素宁\n运河新柳绿如烟，\n十里长堤接远天。\n\n津门春晓（国画）　韩秋生\n\n"
            "父亲的自行车\n孙立言\n父亲有一辆“飞鸽”牌自行车，是他参加工作第三年攒钱买的。\n")
    poem, painting, essay = parse_text_page(page, "p.txt").articles
    assert (painting.title, painting.kind, painting.authors, painting.kicker) == ("津门春晓（国画）", "photo", ("韩秋生",), "")
    assert (essay.kicker, essay.title) == ("", "父亲的自行车")


def test_a_poem_runs_on_over_its_stanzas_to_the_next_title_signed_under_it():
    page = ("立秋帖\n□刘慧\n\n风从河面上翻过来\n把最后一朵荷花\n轻轻合上\n\n蝉声低了半个音阶\n晾衣绳上的白衬衫\n忽然有了重量\n\n"
            "小小说\n修鞋匠老齐\n□孙玉春\n\n　　老齐的修鞋摊在菜市场门口摆了三十年。\n")
    poem, story = parse_text_page(page, "p.txt").articles
    assert (poem.title, len(poem.paragraphs)) == ("立秋帖", 6)
    assert (story.title, story.authors) == ("修鞋匠老齐", ("孙玉春",))
    page = ("香山看红叶\n文/刘春燕\n山是一页页翻开的书\n秋风在上面\n用朱砂写字\n我们沿着石阶往上走\n"
            "老院里的柿子树\n文/马建中\n　　姥姥家的四合院里有两棵柿子树，一棵在东厢房门口，一棵在影壁后头。\n")
    assert [a.title for a in parse_text_page(page, "p.txt").articles] == ["香山看红叶", "老院里的柿子树"]


def test_a_cycle_of_poems_keeps_its_own_heads_and_two_clauses_alone_are_a_head():
    page = ("边防线上的哨位（组诗）\n■王海涛\n\n界碑\n\n一块石头\n站成了国家的样子\n\n巡逻路\n\n一条路\n被脚印一遍遍加深\n"
            "石头记得每一个名字\n\n在高原读懂一棵树\n■张晓峰\n\n第一次上高原，是在十年前的深秋。\n")
    poem, essay = parse_text_page(page, "p.txt").articles
    assert (poem.title, poem.section_heads, essay.title) == ("边防线上的哨位（组诗）", ("巡逻路",), "在高原读懂一棵树")
    page = ("社论\n老旧小区加装电梯，别让“最后一公里”卡了壳\n\n据报道，北京市今年计划新开工老旧小区加装电梯300部以上。\n\n"
            "加装电梯是一项民生实事，也是一道“众口难调”的难题。\n")
    assert [a.title for a in parse_text_page(page, "p.txt").articles] == ["老旧小区加装电梯，别让“最后一公里”卡了壳"]


def test_a_head_broken_after_its_speaker_and_a_column_s_theme_over_the_title():
    page = ("陈立新委员：\n建立农村小水电有序退出补偿机制\n\n　　本报讯　全国政协委员陈立新建议，建立农村小水电有序退出补偿机制。\n")
    assert [a.title for a in parse_text_page(page, "p.txt").articles] == ["陈立新委员：建立农村小水电有序退出补偿机制"]
    page = ("十日谈\n我的第一份工作\n\n第一张工资条\n\n许明华\n\n　　1983年夏天，我从技校毕业，分配到杨浦区一家纺织机械厂当钳工。\n")
    assert listed(page) == [("我的第一份工作", "第一张工资条", "", ())]


def test_a_caption_s_credit_on_a_line_of_its_own_ends_it():
    page = ("南京秦淮河畔新添12处“口袋公园”\n　　本报讯（记者　沈　悦）记者11日从南京市秦淮区获悉，今年以来新建“口袋公园”12处。\n"
            "银杏黄了\n　　11月11日，游客在南京明孝陵景区石象路观赏银杏。　新华日报·交汇点记者\n　邵　丹　摄\n"
            "交汇点评\n让“小切口”撬动“大民生”\n□　顾　远\n　　一处口袋公园、一个社区食堂，看似都是小事，却连着群众的日常生活。\n"
            "　　办好民生实事，既要有大手笔，也要有“绣花功夫”。\n")
    news, photo, comment = parse_text_page(page, "p.txt").articles
    assert (photo.title, photo.kind, photo.authors) == ("银杏黄了", "photo", ("邵丹",))
    assert (comment.title, comment.authors) == ("让“小切口”撬动“大民生”", ("顾远",))


def test_a_digest_s_items_each_open_with_whom_they_cite():
    page = ("日媒：日本大米价格创十年新高\n　　【日本《每日新闻》网站9月3日报道】日本农林水产省3日公布的数据显示，大米价格创十年新高。\n"
            "美学者：全球供应链重构远未结束\n　　【美国《外交政策》杂志网站9月2日文章】题为《供应链》的文章说，供应链重构远未结束。\n"
            "俄媒：北极航道夏季通航量增长\n　　【俄罗斯卫星通讯社莫斯科9月2日电】俄罗斯北极航道今年夏季通航量增长。\n")
    assert [a.title for a in parse_text_page(page, "p.txt").articles] == [
        "日媒：日本大米价格创十年新高", "美学者：全球供应链重构远未结束", "俄媒：北极航道夏季通航量增长"]


def test_a_company_s_notice_titled_on_two_lines_broken_after_about():
    page = ("江南新材料股份有限公司关于召开\n2024年第二次临时股东大会的通知\n"
            "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。\n")
    [notice] = parse_text_page(page, "p.txt").articles
    assert (notice.title, notice.subtitle) == ("江南新材料股份有限公司关于召开2024年第二次临时股东大会的通知", "")


def test_a_letter_s_signature_set_in_ends_it_on_a_page_cut_at_the_column():
    page = ("农村放映要照顾偏远山区\n　　编辑同志：\n　　我们大队地处偏远山区，离公社有三十多\n里山路。电影放映队一年难得来一两次，社员\n"
            "们都盼着能多看几场电影。\n　　沅陵县明溪口公社社员　向长林\n北方各地抓紧春灌\n　　新华社北京十三日电　当前，北方冬麦区\n"
            "各地正抓紧时机进行春灌。\n")
    letter, news = parse_text_page(page, "p.txt").articles
    assert (letter.title, letter.authors, news.title) == ("农村放映要照顾偏远山区", ("向长林",), "北方各地抓紧春灌")


def test_a_few_unsigned_lines_over_where_to_call_are_an_advert_named_by_its_first_head():
    page = ("东城区开办老年人法律咨询站\n　　东城区司法局日前在各街道开办老年人法律咨询站，每周二、五上午接待咨询。（王东言）\n"
            "京华牌空调\n清凉一夏\n　　京华牌分体壁挂式空调器，制冷量2500瓦，省电、低噪音。\n"
            "　　东四家用电器商场　地址：东四北大街××号　电话：401××××\n")
    news, advert = parse_text_page(page, "p.txt").articles
    assert (news.kind, advert.kind, advert.title, advert.kicker) == ("article", "advert", "京华牌空调", "")
    assert advert.paragraphs[0] == "清凉一夏"


def test_a_few_lines_of_sentences_closed_by_where_to_call_are_an_advert_and_a_notice_keeps_its_contacts():
    page = ("我省乡镇企业产值增长三成\n　　本报讯　据省乡镇企业局统计，全省乡镇企业总产值比去年同期增长百分之三十。\n"
            "长江牌台扇　质优价廉\n　　安庆电扇厂生产的长江牌台式电风扇，造型美观，风量大。现已大批上市，欢迎订购。\n"
            "　　厂址：安庆市人民路八十六号　电话：二三五七一\n")
    news, advert = parse_text_page(page, "p.txt").articles
    assert (news.kind, advert.kind, advert.title) == ("article", "advert", "长江牌台扇　质优价廉")
    notice = ("老人走失\n　　本报讯　昨天上午，一位老人在玄武门附近走失。\n记者 李明\n寻人启事\n刘桂英，女，68岁，于昨天上午走失，"
              "有知情者请与家属联系。\n联系人：张先生\n电话：13905181762\n")
    titles = [a.title for a in parse_text_page(notice, "p.txt").articles]
    assert titles == ["老人走失", "寻人启事"]  # 联系人：张先生 is the notice's line, no head


def test_a_section_s_name_set_upright_one_character_a_line_is_one_line_of_the_page_s():
    page = ("中華民國三十六年五月十二日　星期一　　　零售每份法幣五百元\n本\n市\n新\n聞\n米價昨又跳漲\n社會局召集米商緊急談話\n"
            "【本報訊】本市米價自上週起節節上升，昨日各米市白粳每石開價已達三十八萬元，較月初漲起近十萬元。\n")
    parsed = parse_text_page(page, "p.txt")
    [article] = parsed.articles
    assert (article.kicker, article.title) == ("米價昨又跳漲", "社會局召集米商緊急談話")
    assert "本市新聞" in parsed.furniture


def test_a_question_s_short_remainder_is_the_head_s_a_label_is_not():
    page = ("中小企业融资“最后一公里”\n如何打通\n中国经济时报记者　王晓丹\n　　“订单有了，设备也看好了，就是缺一笔周转资金。”\n"
            "婆婆帮带娃，观念冲突怎么办\n读者来信\n　　我今年三十岁，孩子刚满一岁，婆婆从老家来帮忙带孩子。\n")
    assert [a.title for a in parse_text_page(page, "p.txt").articles][0] == "中小企业融资“最后一公里”如何打通"


def test_briefs_run_into_their_text_after_a_wide_space_but_not_a_timeline():
    page = ("经济短波\n\n　　亳州中药材交易额创新高　上半年，亳州中药材专业市场交易额达到620亿元，同比增长15%。\n\n"
            "　　滁州新增4家国家级专精特新企业　近日，滁州市又有4家企业入选国家级专精特新“小巨人”企业名单。\n\n"
            "安岭教育新城大事记\n2016年3月　县里出台教育新城规划，规划建设高中1所、初中2所。\n"
            "2016年11月　“书香名邸”等楼盘开盘，宣传称“名校就在家门口”。\n")
    titles = [a.title for a in parse_text_page(page, "p.txt").articles]
    assert titles == ["亳州中药材交易额创新高", "滁州新增4家国家级专精特新企业", "安岭教育新城大事记"]


def test_a_letter_opens_under_its_head_over_its_salutation():
    page = ("全省小麦普遍返青\n各地加强麦田管理\n　　本报讯　据省农业厅消息：全省小麦已经普遍返青，绝大部分麦苗生长良好。\n\n"
            "供销社把化肥送到了地头\n编辑同志：\n　　今年春天，我们大队缺少化肥。莱河县供销社得知后，派人把化肥送到了地头。\n"
            "莱河县东关公社社员　王福田\n")
    news, letter = parse_text_page(page, "p.txt").articles
    assert (letter.title, letter.authors) == ("供销社把化肥送到了地头", ("王福田",))


def test_a_table_s_row_of_full_width_figures_stays_in_the_table():
    page = ("一季度工业生产稳定增长\n记者张杰报道：据国家统计局公布的数字，今年一季度，全国工业生产稳定增长。\n"
            "产品　　单位　　产量　　增长（％）\n钢　　万吨　　１２３４　　５．６\n化肥　　万吨　　３５５　　－２．３\n"
            "读者来信\n农民买化肥为何这样难？\n编辑同志：\n眼下正是春耕大忙季节，我们这里的农民却买不到化肥。\n")
    assert [a.title for a in parse_text_page(page, "p.txt").articles] == ["一季度工业生产稳定增长", "农民买化肥为何这样难？"]


def test_a_notice_s_issuer_over_its_date_signs_it():
    page = ("关于天府大道北段部分车道夜间封闭施工的通告\n\n因城市道路改造工程需要，自2024年6月17日起对天府大道北段部分车道实施夜间封闭施工。\n\n"
            "特此通告。\n\n成都市城市道路建设管理中心\n2024年6月13日\n\n"
            "618家电焕新季 以旧换新最高补贴2000元\n\n空调、冰箱、洗衣机、彩电全品类参与，旧机上门免费回收。\n\n服务热线：028-6688 9900\n")
    notice, advert = parse_text_page(page, "p.txt").articles
    assert notice.paragraphs[-2:] == ("成都市城市道路建设管理中心", "2024年6月13日")
    assert advert.title == "618家电焕新季 以旧换新最高补贴2000元"


def test_on_a_page_that_dashes_its_decks_an_undashed_second_line_is_the_rest_of_the_head():
    page = ("中国石油报\n\n长庆油田一季度油气生产开门红\n——日产原油同比增加2300吨\n本报记者　高　峰\n"
            "一季度，长庆油田油气产量当量同比增长5.2%，实现开门红。\n\n"
            "大连石化年度检修提前完工\n检修项目一次合格率达100%\n本报记者　刘　伟\n大连石化公司年度检修日前提前3天完工。\n")
    articles = parse_text_page(page, "p.txt").articles
    assert [(a.title, a.subtitle) for a in articles] == [
        ("长庆油田一季度油气生产开门红", "日产原油同比增加2300吨"), ("大连石化年度检修提前完工检修项目一次合格率达100%", "")]
    undashed = page.replace("——日产", "日产")
    assert parse_text_page(undashed, "p.txt").articles[1].subtitle == "检修项目一次合格率达100%", "elsewhere a deck"


def test_a_head_beside_the_furniture_over_its_deck_is_a_title_not_the_page_s_name():
    page = ("音乐周报\n第5版　乐评·人物\n\n在交响中听见江南\n——评“水乡印象”原创交响作品音乐会\n文／何　笛\n"
            "10月20日晚，“水乡印象”原创交响作品音乐会在江南大剧院上演。\n")
    article, = parse_text_page(page, "p.txt").articles
    assert (article.title, article.authors) == ("在交响中听见江南", ("何笛",))


def test_a_kind_of_news_over_dispatches_of_no_head_is_their_title_and_long_heads_of_one_length_are_titles():
    page = ("晨　　報　　　　中華民國十二年四月十五日　　　第三版\n◎本社專電\n"
            "上海電（十四日）滬總商會昨開臨時大會\n，議決通電南北當局，請即日息爭。\n"
            "漢口電（十四日）鄂省財政困難萬狀，軍\n餉積欠己逾三月，商會多持異議。\n"
            "◎教育界索薪問題之昨訊\n國立八校教職員聯席會議，於前日下午二\n時在美術學校開會，議決事項如左：\n"
            "一、推舉代表六人，謁見財政當局，要求\n將積欠薪俸，按月撥發二成，以維生計。\n"
            "◎京師警察廳嚴禁私售軍火\n京師警察廳以近來城內外時有私售槍彈情\n事，特於昨日通令各區署，認真查緝。\n"
            "凡有私藏私售者，一經查出，即行從嚴\n究辦，決不寬貸，望商民人等一體遵照。\n"
            "◎日本朝野對華態度之一斑\n日本對華政策，近來頗有轉變之跡，論者\n謂其意在經濟之提攜，不在武力云云。\n"
            "又留東學生近日集會，討論旅大收回問題\n，到者數百人，演說者慷慨激昂云。\n")
    titles = [a.title for a in parse_text_page(page, "p.txt").articles]
    assert titles == ["本社專電", "教育界索薪問題之昨訊", "京師警察廳嚴禁私售軍火", "日本朝野對華態度之一斑"]


def test_a_serial_s_part_under_finished_text_numbered_parts_inside_it_and_an_old_advert_s_price():
    page = (Path(__file__).parent / "fixtures" / "pages_thirtyninth" / "dagongbao_19360512.txt").read_text("utf-8")
    articles = parse_text_page(page, "p.txt").articles
    assert [(a.title, a.authors, a.kind) for a in articles[-4:]] == [
        ("綏東旅行記（三）", ("徐子衡",), "article"), ("本報北平分館遷移啟事", (), "article"), ("更正", (), "article"),
        ("華昌牌補腦益壽丸", (), "advert")]
    travel = articles[-4]
    assert [b.text for b in travel.body if isinstance(b, SectionHead)] == ["一　集寧道上", "二　平地泉之市況"]


def test_a_head_set_letter_by_letter_under_a_slogan_and_a_box_closing_an_article():
    page = ("全省人民总动员\n掀 起 秋 收 秋 种 高 潮\n——各专区已有八百万人投入战斗\n"
            "　　本报讯　全省秋收秋种工作已经全面展开，各专区已有八百多万人投入了秋收秋种战斗。\n")
    article, = parse_text_page(page, "p.txt").articles
    assert (article.kicker, article.title, article.subtitle) == ("全省人民总动员", "掀起秋收秋种高潮", "各专区已有八百万人投入战斗")
    page = ("城市更新让老街区焕发新活力\n本报记者　李　想\n　　老街区改造要坚持以人为本，既改善人居环境，也留住城市记忆。\n"
            "延伸阅读\n我国城市更新行动稳步推进\n　　据统计，2022年全国新开工改造城镇老旧小区5.25万个，惠及居民876万户。\n"
            "短评\n把好事办到群众心坎上\n　　城市更新是民生工程，也是发展工程，好事要办好，更要办到群众心坎上。\n")
    titles = [(a.kicker, a.title) for a in parse_text_page(page, "p.txt").articles]
    assert titles == [("", "城市更新让老街区焕发新活力"), ("短评", "把好事办到群众心坎上")]


def test_a_hotline_column_closed_by_its_number_and_an_advert_of_heads_after_a_notice_signed_by_its_unit():
    page = ("本报热线\n\n婆媳不和怎么办？\n\n读者来电：我结婚两年，和婆婆住在一起。婆婆总嫌我不会过日子。我该怎么办？\n\n"
            "主持人答：婆媳之间的矛盾，多半是生活习惯和观念不同造成的。建议你多和婆婆沟通。\n\n（热线主持人　苏雯）\n\n"
            "本报热线电话：5012345　每周二、周五下午开通\n\n遗失声明\n\n本厂不慎遗失财务专用章一枚，自即日起声明作废。\n\n"
            "声明单位：红光服装厂\n\n金燕坊燕窝\n\n中秋送礼首选\n\n吉隆坡总店：03-2145 6789\n")
    articles = parse_text_page(page, "p.txt").articles
    assert [(a.kicker, a.title, a.kind) for a in articles] == [
        ("本报热线", "婆媳不和怎么办？", "article"), ("", "遗失声明", "advert"), ("", "金燕坊燕窝", "advert")]


def test_two_columns_kept_side_by_side_are_read_one_after_the_other():
    left = ["南灣湖畔新建休憩區", "——設兒童遊樂設施及緩跑徑", "【本報訊】市政署昨日表示，位於南灣", "湖畔的新休憩區工程已進入最後階段，",
            "預計下月中旬開放予市民使用。", "市政署負責人表示，休憩區開放後，每", "日早上六時至晚上十二時開放。", "",
            "長者誤信「投資群組」損失四十萬", "【本報訊】司警局昨日表示，一名七十", "歲男子早前誤信網上投資群組，損失四", "十萬元。"]
    right = ["街坊會舉辦長者健康講座", "【本報訊】北區街坊會日前舉辦長者健", "康講座，約六十名長者參加。", "青年義工隊探訪獨居長者",
             "【本報訊】青年義工隊本周末組織三十", "名義工，分組探訪新橋區二十戶獨居長", "者，送上米油等生活物資，並了解他們", "的生活需要，義工隊表示將每月探訪一", "次，並為長者", "安排健康檢查。", ""]
    page = "\n".join(a + " " * (38 - sum(2 if ord(c) > 255 else 1 for c in a)) + b for a, b in zip(left, right))
    titles = [a.title for a in parse_text_page("濠江日報　　2023年11月17日\n" + page, "p.txt").articles]
    assert titles == ["南灣湖畔新建休憩區", "長者誤信「投資群組」損失四十萬", "街坊會舉辦長者健康講座", "青年義工隊探訪獨居長者"]


def test_a_song_s_lines_end_where_a_rubric_heads_the_next_item():
    page = ("新歌词\n山那边的灯火\n词／柳　青\n山那边有一盏灯火\n亮了一年又一年\n娘说那是回家的路\n走得再远也看得见\n\n"
            "乐坛快讯\n第十届民族器乐大赛在杭州落幕\n日前，第十届民族器乐大赛在杭州落下帷幕，来自全国各地的860余名选手参赛。（钱　雷）\n")
    song, news = parse_text_page(page, "p.txt").articles
    assert (song.title, song.authors, len(song.paragraphs)) == ("山那边的灯火", ("柳青",), 4)
    assert news.title == "第十届民族器乐大赛在杭州落幕"


def test_a_byline_under_a_head_as_wide_as_the_column_stays_on_its_own_line():
    column = "社加强联系，及时供应农具、肥料\n和农药，帮助解决运输上的困难，\n使春耕生产顺利进行。\n"
    page = ("本市郊区春耕准备工作就绪\n本报讯　本市郊区各人民公社积极做好春耕准备，同各\n" + column * 4 +
            "本市工业系统大力开展增产节约\n本报记者　朱　明\n本市工业系统广大职工，以积极的\n态度投入增产节约运动。\n")
    articles = parse_text_page(page, "p.txt").articles
    assert (articles[-1].title, articles[-1].authors) == ("本市工业系统大力开展增产节约", ("朱明",))


def test_a_quoted_cry_under_its_kicker_is_the_title_and_a_label_gives_way_to_the_notice_s_name():
    page = ("深夜倒地不起　路人接力施救——\n“别怕，我是医生！”\n晚报记者　钱　程\n11月21日晚上10点多，一名老人突然倒地。\n\n"
            "启事\n瓯海区第四届“最美瓯海人”评选活动启事\n为选树身边先进典型，弘扬社会文明新风，现开展瓯海区第四届“最美瓯海人”评选活动，"
            "欢迎社会各界推荐。\n")
    rescue, notice = parse_text_page(page, "p.txt").articles
    assert (rescue.kicker, rescue.title) == ("深夜倒地不起　路人接力施救", "“别怕，我是医生！”")
    assert notice.title == "瓯海区第四届“最美瓯海人”评选活动启事"


def test_a_reader_s_letter_keeps_the_reporter_s_follow_up_and_a_utility_s_notice_stands_alone():
    page = ("读者来信\n小区电梯停了半年　谁来管管？\n编辑同志：\n我家住在太原市万柏林区某小区12号楼，楼高18层，电梯停运已经半年多了。\n"
            "万柏林区读者　赵建国\n记者追访\n接到来信后，记者来到该小区，12号楼电梯门上贴着“设备维修”的告示。\n（本报记者　王　晶）\n\n"
            "停水通知\n因供水管网改造施工需要，定于2019年11月16日8时至20时，对并州南路沿线停止供水，请相关用户提前做好储水准备。\n")
    letter, notice = parse_text_page(page, "p.txt").articles
    assert letter.section_heads == ("记者追访",) and notice.title == "停水通知"


def test_the_quotations_box_and_the_slogan_over_it_are_the_page_s():
    page = ("人民日报\n一九七二年五月二十六日　星期五\n\n工业学大庆　农业学大寨　全国学人民解放军\n\n毛主席语录\n备战、备荒、为人民。\n\n"
            "河北省各地抓紧做好夏收夏种准备工作\n新华社石家庄二十五日电　河北省各地贫下中农，认真贯彻执行党的各项经济政策，抓紧做好夏收夏种准备。\n")
    parsed = parse_text_page(page, "p.txt")
    assert [a.title for a in parsed.articles] == ["河北省各地抓紧做好夏收夏种准备工作"]
    assert "备战、备荒、为人民。" in parsed.furniture


def test_a_box_of_figures_under_its_label_stays_in_its_article():
    page = ("前三季度农业保险保费规模稳步扩大\n本报记者　孟　楠\n记者日前从业内获悉，今年前三季度，农业保险保费收入同比增长，服务乡村振兴能力持续提升。\n"
            "数说农险\n前三季度农业保险主要指标\n保费收入　　1280亿元　　同比增长12.1%\n提供风险保障　　4.1万亿元　　同比增长8.7%\n"
            "赔款支出　　690亿元　　同比增长5.3%\n受益农户　　4200万户次\n"
            "不过，记者在采访中也了解到，部分地区农险产品同质化问题仍较突出。\n")
    article, = parse_text_page(page, "p.txt").articles
    assert article.title == "前三季度农业保险保费规模稳步扩大" and "受益农户　　4200万户次" in article.paragraphs


def test_a_wrapped_page_s_dateline_and_a_notice_s_title_each_begin_a_line_of_their_own():
    column = "等地新增三个便民采样点，每天上午8\n时至11时开放，市民可就近前往检测。\n"
    page = ("综合简讯\n■我市举行2020年“世界读书日”主题活动\n本报讯　4月21日，我市在市图书馆\n" + column * 6 + "\n"
            "潮州市自然资源局关于\n国有建设用地使用权挂牌出让的公告\n经潮州市人民政府批准，潮州市自然资\n源局决定以挂牌方式出让一宗国有建设\n用地使用权。\n")
    titles = [a.title for a in parse_text_page(page, "p.txt").articles]
    assert titles == ["我市举行2020年“世界读书日”主题活动", "潮州市自然资源局关于国有建设用地使用权挂牌出让的公告"]


def test_a_kicker_of_parallel_parts_as_wide_as_the_column_joins_no_line_below_it():
    column = "本市各工厂职工活学活用毛主席著作，\n大搞技术革新，取得了显著成绩，今年\n"
    page = ("北京日报\n\n本市郊区春耕生产全面展开\n本报讯　本市郊区各人民公社社员群众，\n" + column * 6 + "\n"
            "活学活用毛主席著作　大搞技术革新\n石景山钢铁厂职工革新成果累累\n本报讯　石景山钢铁厂广大职工，今年\n头两个月实现革新项目三百多项。\n")
    last = parse_text_page(page, "p.txt").articles[-1]
    assert (last.kicker, last.title) == ("活学活用毛主席著作　大搞技术革新", "石景山钢铁厂职工革新成果累累")


def test_an_interview_s_part_heads_keep_its_questions_and_answers_together():
    page = ("沈知远：做科研要耐得住寂寞\n本报记者　陈　晨\n"
            "《中国科学报》：您最初为什么选择冰川研究？\n沈知远：说实话，当年选专业时并没有想太多，后来越做越有兴趣。\n"
            "给年轻人的建议\n《中国科学报》：您对刚入行的年轻人有什么建议？\n沈知远：第一是要选对方向，第二是要坚持下去。\n")
    article, = parse_text_page(page, "p.txt").articles
    assert article.section_heads == ("给年轻人的建议",)


def test_a_poem_ends_where_a_head_stands_over_its_deck():
    page = ("井冈山的春天（组诗）\n□ 李　明\n映山红\n漫山遍野的红\n是谁点燃的火\n一簇一簇\n烧到了天边\n"
            "书香赣鄱\n在泥土里读懂乡村\n——读长篇小说《稻田深处》\n余　坚\n初读《稻田深处》，最打动我的是作者对乡村生活的熟悉和深情。\n")
    poem, review = parse_text_page(page, "p.txt").articles
    assert (review.title, review.subtitle, review.authors) == ("在泥土里读懂乡村", "读长篇小说《稻田深处》", ("余坚",))


def test_a_set_in_page_s_paragraph_goes_on_past_a_full_stop_at_the_column_s_edge():
    column = "　　落实知识分子政策，不能停\n留在口头上，要落实在行动上。\n各级领导同志要同知识分子交朋\n友，关心他们的工作和生活，帮\n助他们解决实际困难，使他们心\n情舒畅地为国家贡献力量。\n"
    page = "认真落实知识分子政策\n本报评论员\n" + column * 4 + "\n“小网格”织密基层防灾“大网络”\n　　在福建省宁德市，812名气象信\n息员分布在全市各个乡镇和行政村。\n"
    articles = parse_text_page(page, "p.txt").articles
    assert [a.title for a in articles] == ["认真落实知识分子政策", "“小网格”织密基层防灾“大网络”"]
    assert "各级领导同志要同知识分子交朋友，关心他们的工作和生活，帮助他们解决实际困难，使他们心情舒畅地为国家贡献力量。" \
        in articles[0].paragraphs[0]


def test_a_head_broken_after_its_preposition_is_one_head_but_a_poem_s_lines_stay_lines():
    page = ("青年突击队战斗在\n水利工地上\n本报通讯员　刘　铁\n在山东省一个县的引黄灌溉工程工地上，青年突击队日夜奋战，提前完成了任务。\n\n"
            "西湖小令\n□ 王　雪\n梅花睡着\n鹤也不知去向\n只有放鹤亭的石阶和\n湖水还记得那个人的脚步\n")
    news, poem = parse_text_page(page, "p.txt").articles
    assert news.title == "青年突击队战斗在水利工地上"
    assert poem.title == "西湖小令" and "只有放鹤亭的石阶和" in poem.paragraphs


def test_a_head_broken_between_its_subject_and_its_predicate_is_one_head_but_a_kicker_stays():
    page = ("三江源国家公园\n启动春季野生动物监测\n　　新华社西宁3月14日电（记者　李　琳）三江源国家公园管理局14日启动春季野生动物监测，"
            "监测人员将在园区内布设红外相机。\n\n"
            "河南新乡\n盐碱地变身“米粮川”\n本报记者　王　刚\n　　新乡市在盐碱地上推广耐盐小麦品种，今年亩产比五年前翻了一番。\n")
    joined, kicked = parse_text_page(page, "p.txt").articles
    assert joined.title == "三江源国家公园启动春季野生动物监测" and not joined.kicker
    assert (kicked.kicker, kicked.title) == ("河南新乡", "盐碱地变身“米粮川”")


def test_on_a_wrapped_page_a_bulleted_byline_stands_alone_under_its_head_and_over_its_text():
    column = "等地新增三个便民采样点，每天上午8\n时至11时开放，市民可就近前往检测。\n"
    page = ("综合简讯\n千里机动锤炼应急应战能力\n■本报记者 黄 华 通讯员 刘 佳\n8月中旬，一场跨区机动演练在某省军区\n" + column * 6 + "\n"
            "国防时评\n让国防教育成为“开学第一课”的必修内容\n■韩 磊\n又到一年开学季。各地大中小学陆续开\n" + column * 2)
    first, second = parse_text_page(page, "p.txt").articles
    assert first.authors == ("黄华",) and first.paragraphs[0].startswith("8月中旬")
    assert second.title == "让国防教育成为“开学第一课”的必修内容" and second.authors == ("韩磊",)


def test_a_head_line_ending_where_something_will_be_done_or_what_it_lets_wants_the_line_below():
    page = ("南京今年将在老旧小区\n再加装电梯300部\n——“一楼难题”有了新解法\n扬子晚报/紫牛新闻记者 陈 露\n"
            "“以前爬六楼要歇两回，现在按个按钮就到家了。”7月8日，在秦淮区一个老旧小区，居民说。\n\n"
            "让古老的木版年画\n走进当代人的生活\n本报记者　程　佳\n春节临近，天津杨柳青古镇的年画作坊里一片忙碌，订单比去年多了三成。\n")
    elevators, prints = parse_text_page(page, "p.txt").articles
    assert (elevators.title, elevators.subtitle) == ("南京今年将在老旧小区再加装电梯300部", "“一楼难题”有了新解法")
    assert prints.title == "让古老的木版年画走进当代人的生活" and not prints.kicker


def test_a_short_head_over_slogans_and_an_address_is_an_advert_s_name_not_the_column_s():
    page = ("南京公布首批暑期托管服务点\n南京市首批156个暑期托管服务点日前公布，主要为小学生提供看护、阅读、体育等服务。（记者 蔡 蕴）\n"
            "明日天气\n南京 多云转雷阵雨 27℃～35℃ 东南风3～4级\n新闻热线：96060\n"
            "金陵口腔\n暑期学生矫正季\n7月1日—8月31日 学生矫正方案免费设计\n地址：南京市秦淮区中山南路188号\n预约电话：025-86668899\n")
    news, advert = parse_text_page(page, "p.txt").articles
    assert (advert.title, advert.kind) == ("金陵口腔", "advert")


def test_a_wrapped_page_s_head_as_wide_as_the_column_runs_into_no_deck_over_a_dateline():
    column = "千粒，準備的燈謎禮品在活動結束\n已全部送完。現場義工統計，當晚\n"  # a column 15 wide
    page = ("列治文社團慶元宵\n【本報訊】農曆正月十五元宵節當晚\n" + column * 8 + "湯圓全部送完。\n"
            "本拿比長者中心辦粵語防騙講座\n騎警教路識破「假冒官員」電話\n【本報訊】近期針對華裔長者的電話\n騙案有上升趨勢。\n")
    last = parse_text_page(page, "p.txt").articles[-1]
    assert {last.kicker, last.title, last.subtitle} - {""} == {"本拿比長者中心辦粵語防騙講座", "騎警教路識破「假冒官員」電話"}


def test_a_latin_name_broken_at_the_line_s_end_keeps_the_space_between_its_words():
    column = ["本地精密工程公司鸿图精密（Hongtu", "Precision Engineering）截至3月",
              "31日的第一季净利按年增长37%，达", "到1280万新元，每股盈利1.62分。"] * 6
    page = "鸿图精密首季净利增37%\n" + "\n".join(column) + "\n"
    (article,) = parse_text_page(page, "p.txt").articles
    assert "鸿图精密（Hongtu Precision Engineering）" in article.paragraphs[0]


def test_an_old_page_wrapped_at_a_narrow_column_gets_its_paragraphs_back():
    column = "湘潭电机厂全面推行经济责\n任制，把责、权、利落实到\n"  # twelve characters a line
    page = ("湘潭电机厂推行经济责任制\n本报讯 记者周国强报道：湘\n" + column * 12 + "车间和个人。\n"
            "天津自行车厂日产量创新纪录\n本报讯 天津自行车厂职工大打\n" + column * 10 + "产量翻身仗。\n")
    first, second = parse_text_page(page, "p.txt").articles
    assert (first.title, second.title) == ("湘潭电机厂推行经济责任制", "天津自行车厂日产量创新纪录")
    assert len(first.paragraphs) == 1 and first.paragraphs[0].endswith("车间和个人。")


def test_a_short_head_closing_a_page_over_a_photo_s_caption_is_the_photo_s_title():
    page = "2022年1月5日 第3版\n冬日江滩\n\n1月4日，市民在江北区江滩公园散步健身。（本报记者 陈晨 摄）\n"
    photo, = parse_text_page(page, "冬日江滩.txt").articles
    assert (photo.title, photo.kind, photo.authors) == ("冬日江滩", "photo", ("陈晨",))


def test_a_head_broken_after_its_subject_over_a_deck_and_its_when_over_its_what():
    column = "为保障游客安全和游览体验，景\n区自3月23日起实行分时段预约\n"  # a column 14 wide
    page = ("东湖樱园单日\n接待游客超6万人次\n景区启动预约限流\n\n本报讯（记者 周 琳）随着气温回升，东湖樱园迎\n"
            + column * 12 + "入园。\n")
    (cherries,) = parse_text_page(page, "p.txt").articles
    assert "东湖樱园单日接待游客超6万人次" in (cherries.kicker, cherries.title)  # one head, not a third line joined to it
    assert "景区启动预约限流" in (cherries.title, cherries.subtitle)
    page = ("司警破獲跨境電騙集團\n【本報訊】司法警察局昨日召開記者會。\n\n司警呼籲市民，接到陌生來電時應提高警惕。\n\n"
            "旅遊局：本月首三周\n旅客逾二百萬人次\n【本報訊】旅遊局公佈初步數字，十月一日至二十一日入境旅客逾二百萬人次。\n")
    visitors = parse_text_page(page, "p.txt").articles[-1]
    assert (visitors.kicker, visitors.title) == ("", "旅遊局：本月首三周旅客逾二百萬人次")


def test_briefs_under_their_rubric_with_titles_run_in_before_one_space():
    page = ("简讯\n\n国网江苏电力完成首次虚拟电厂实战调用 7月10日，国网江苏电力首次组织虚拟电厂参与电网实时调节。（肖 然）\n\n"
            "国网四川电力启动防汛Ⅱ级应急响应 受持续强降雨影响，7月11日，国网四川电力启动防汛Ⅱ级应急响应。（罗 琴）\n")
    assert [a.title for a in parse_text_page(page, "p.txt").articles] == [
        "国网江苏电力完成首次虚拟电厂实战调用", "国网四川电力启动防汛Ⅱ级应急响应"]


def test_a_head_over_two_lines_its_rest_short_and_a_poem_s_last_line_over_the_next_title():
    page = ("外卖小哥跳河救起\n落水老人\n本报记者　张 悦\n7日傍晚，一名老人在东湖边散步时不慎落水，路过的外卖小哥跳入湖中将其救起。\n\n"
            "欧洲加快布局新型储能产业\n核心阅读\n随着可再生能源发电占比不断提高，储能的作用日益凸显，欧洲各国纷纷出台支持政策。\n")
    rescue, storage = parse_text_page(page, "p.txt").articles
    assert (rescue.kicker, rescue.title) == ("", "外卖小哥跳河救起落水老人")
    assert storage.title == "欧洲加快布局新型储能产业"  # a box's label under a title is no rest of it


def test_a_commentary_signed_above_its_title_stray_marks_and_a_deck_of_what_a_meeting_asked():
    page = ("法治日报\n2022年11月8日　星期二\n\n本报评论员\n以法治之力护航平台经济健康发展\n"
            "平台经济是数字时代的重要经济形态，在推动经济高质量发展方面发挥着重要作用。\n\n丨\n"
            "卫生部召开全国农村卫生工作座谈会\n要求进一步巩固和完善农村合作医疗制度\n"
            "本报讯　卫生部于九月六日至十二日在山西省太原市召开全国农村卫生工作座谈会。\n")
    first, second = parse_text_page(page, "p.txt").articles
    assert (first.title, first.authors) == ("以法治之力护航平台经济健康发展", ())  # 本报评论员: a role, no name
    assert (second.kicker, second.title, second.subtitle) == (
        "", "卫生部召开全国农村卫生工作座谈会", "要求进一步巩固和完善农村合作医疗制度")
    assert rules.is_stray_mark("丨") and rules.is_stray_mark("·") and not rules.is_stray_mark("一")


def test_a_title_set_apart_under_a_page_s_head_set_close_is_no_column_name():
    page = ("中国国防报\n2020年9月28日 星期一\n4\n图片新闻\n责任编辑/王 蕾 美术编辑/张 斌\n\n金秋练兵正当时\n\n"
            "时下，各地民兵组织结合秋季训练任务，紧贴实战要求开展多课目训练。\n")
    assert [a.title for a in parse_text_page(page, "p.txt").articles] == ["金秋练兵正当时"]
    # a page's head set a line apart from each other: the name under it is the page's, no title
    spaced = "光明日报\n\n1993年11月21日　星期日\n\n第2版\n\n国内新闻\n\n深化高等教育体制改革\n\n国家教委确定明年部分高校招生并轨试点\n\n" \
             "本报北京11月20日讯　国家教委决定，明年在部分高校进行招生并轨试点。\n"
    (article,) = parse_text_page(spaced, "q.txt").articles
    assert (article.kicker, article.title) == ("深化高等教育体制改革", "国家教委确定明年部分高校招生并轨试点")


def test_a_wire_feed_saved_as_text_reads_as_its_paper_would_print_it(fixtures):
    """A China News Service feed: a slug line over each story, its desk before its title, a
    bare name in its dateline's brackets, （完） closing it and its editor under it."""
    from generator.config import Config
    from generator.pipeline import load
    articles = load(Config(source=fixtures / "wire_feed")).articles
    assert [(a.kind, a.title, a.section, a.authors) for a in articles] == [
        ("article", "广东前4月外贸进出口增长12.8%", "经济", ("程景伟",)),
        ("article", "深圳地铁12号线二期开通初期运营", "社会", ("郭军",)),
        ("photo", "广州：市民赏荷消暑", "图片", ("陈骥旻",))]
    assert not any("（完）" in p for a in articles for p in a.paragraphs)
    assert all(a.issue_date.iso() == "2024-05-14" for a in articles)


EVENING_COLUMN = """城事
2023年6月18日 星期日 A07
夜市开到凌晨两点
老街烟火气回来了
本报记者 陈立
晚上十点，人民路老街依旧人头
攒动。烧烤摊前排起长队，糖水铺
的老板忙得顾不上抬头。今年五月
起，老街夜市营业时间延长至凌晨
两点，周边停车场同步延时开放。
据街道办介绍，夜市共设摊位一百
二十个，统一配备垃圾分类桶，并
安排专人巡查，确保消防通道畅通。
暴雨预警升级
这些路段请绕行
昨天下午，市气象台将暴雨蓝色预
警升级为黄色预警。交警部门提醒，
解放路下穿隧道、滨江路部分路段
出现积水，请市民绕行。
（记者 林晓）
"""


def test_a_column_of_fifteen_is_not_read_as_sixteen_wide():
    # Every cut line is 15 wide: 16 holds them within a character as 15 does, and read as the
    # width it left the article's first line (14, a quote's half-width mark short) as a head.
    from collections import Counter
    from generator.ingest.textpage import _modal_width
    assert _modal_width(Counter({15: 8})) == (15, 8)
    assert _modal_width(Counter({14: 3, 15: 8, 16: 3})) == (15, 14)
    night, rain = parse_text_page(EVENING_COLUMN, "2023-06-18_A07.txt").articles
    assert night.paragraphs[0].startswith("晚上十点，人民路老街依旧人头攒动。") and night.section_heads == ()
    assert night.authors == ("陈立",) and rain.authors == ("林晓",)


def test_a_death_notice_keeps_its_mourners_and_an_advert_under_it_is_named_by_its_offer():
    page = ("讣告\n先慈林门陈氏秀英老夫人，痛于2024年2月25日寿终正寝，享寿八十有六。\n孝男：林国强　林国华\n孝女：林美珍\n"
            "泣告\n\n新春大减价\n永丰家私广场\n沙发、床褥、餐桌椅全场低至五折\n")
    items = parse_text_page(page, "p.txt").articles
    assert [(a.kind, a.title) for a in items] == [("article", "讣告"), ("advert", "新春大减价")]
    assert items[0].paragraphs[-3:] == ("孝男：林国强　林国华", "孝女：林美珍", "泣告")
    assert "沙发、床褥、餐桌椅全场低至五折" in items[1].paragraphs


def test_slogans_over_a_number_to_call_are_an_advert_and_a_brief_offering_news_is_not():
    page = ("农信社贷款余额增长12%\n本报讯　今年前三季度，全区农村信用社各项贷款余额增长12%。\n\n"
            "新一期储蓄国债今起发售\n　　新一期储蓄国债今天起发售，3年期票面利率2.38%，5年期2.5%。\n\n"
            "草原牧民贷\n随借随还　按日计息　最高额度50万元\n手机银行一键申请　当天审批　资金直达\n"
            "内蒙古某农村商业银行　服务热线：0471-5550888\n")
    # the bonds' head offers them, over a sentence of news: a brief; the loan's slogans, an advert
    assert [(a.kind, a.title) for a in parse_text_page(page, "p.txt").articles] == [
        ("article", "农信社贷款余额增长12%"), ("article", "新一期储蓄国债今起发售"), ("advert", "草原牧民贷")]


def test_the_note_on_an_essay_s_writer_closes_its_last_section_and_signs_it():
    page = ("让传统文化在创造性转化中焕发新活力\n王立群\n　　推动传统文化创造性转化、创新性发展，是新时代的课题。\n"
            "坚守文化根脉\n　　传统文化的创造性转化，前提是准确把握传统文化的精髓，在守正中推动传统文化创新。\n"
            "激活时代价值\n　　传统文化的生命力在于与时代同行，创造性转化要赋予传统文化新的时代内涵。\n"
            "拓展传播路径\n　　推动传统文化“活起来”“走出去”，创造性转化需要运用新技术传播传统文化。\n"
            "　　（作者：王立群，系山东大学儒学高等研究院研究员）\n")
    (essay,) = parse_text_page(page, "p.txt").articles
    assert essay.authors == ("王立群",) and essay.section_heads == ("坚守文化根脉", "激活时代价值", "拓展传播路径")


def test_a_notice_s_title_over_three_lines_is_one_with_its_issuer():
    page = ("贵州省发展和改革委员会\n关于征集2024年省级重大工程\n项目的公告\n"
            "为加快推进全省重大项目谋划储备，现将有关事项公告如下。\n特此公告。\n")
    (notice,) = parse_text_page(page, "p.txt").articles
    assert notice.title == "贵州省发展和改革委员会关于征集2024年省级重大工程项目的公告"


def test_a_brief_s_head_after_its_bullet_is_its_own_line_as_wide_as_the_column():
    """An energy paper's page OCR'd at its column's width: each ■ head of 行业速递 a brief's title,
    not the first line of a paragraph."""
    page = (Path(__file__).parent / "fixtures" / "pages_eighth" / "02_energy_industry.txt").read_text("utf-8")
    titles = [a.title for a in parse_text_page(page, "p.txt").articles]
    assert {"西北首座兆瓦级氢能综合利用站在宁夏投运", "湖南今冬明春电网建设投资超百亿元",
            "首批电力行业新职业技能等级认定试点启动"} <= set(titles)


NINTH = Path(__file__).parent / "fixtures" / "pages_ninth"


def test_a_credit_s_last_word_wrapped_alone_ends_the_credit_and_nothing_runs_on_after_it():
    """香港文匯報記者　黎永傑 / 　攝 (wrapped at 13) under a photo's caption: the photo is credited,
    and the title under it starts its own article, not the caption's text."""
    page = parse_text_page((NINTH / "10_wenweipo_A12.txt").read_text("utf-8"), "10.txt")
    by_title = {a.title: a for a in page.articles}
    assert (by_title["國慶燈飾添喜氣"].kind, by_title["國慶燈飾添喜氣"].authors) == ("photo", ("黎永傑",))
    assert by_title["長者醫療券去年申領逾三百萬次"].subtitle == "衞生署：近四成用於中醫及牙科"


def test_a_line_wider_than_the_column_is_none_of_its_lines():
    """A head of 19½ characters' width under a column of 16 (half-width figures half a character)
    starts an item; here a lottery's draw notice, its fields under it."""
    from generator.ingest.textpage import set_width
    assert set_width("中国体育彩票超级大乐透第19143期开奖公告") == 19.5
    assert set_width("2019—2020赛季CBA常规赛第12轮在") == 15  # its dash squeezed too
    page = parse_text_page((NINTH / "05_qiluwanbao_A15.txt").read_text("utf-8"), "05.txt")
    *_, run, notice = page.articles
    assert run.paragraphs[-1].endswith("名额共5000个。")
    assert (notice.title, notice.kind, notice.paragraphs[0][:15]) == (
        "中国体育彩票超级大乐透第19143期开奖公告", "advert", "开奖日期：2019年12月9日")


def test_a_label_set_wide_reads_closed_up_and_a_reporting_group_is_no_writer():
    page = parse_text_page((NINTH / "08_dazhongribao_1965_02.txt").read_text("utf-8"), "08.txt")
    by_title = {a.title: a for a in page.articles}
    assert "简讯" in by_title and "简　讯" not in by_title
    assert by_title["一个老贫农的家史"].authors == ("刘国栋",)
    assert by_title["全国各地夏收夏种进展迅速"].authors == ()  # 城镇职工、机关干部: a line of its text


TENTH = Path(__file__).parent / "fixtures" / "pages_tenth"


def test_a_supplement_s_pieces_each_signed_under_its_head_are_pieces_of_their_own():
    """An essay, two poems, a painting, a serial (摆渡人（上）: its part in brackets ends no
    sentence) and a book note, each head with its writer's name under it: a section is never
    signed, so each is an item; the page is no one article for its first head and text."""
    from generator.ingest import ingest
    from generator.config import Config
    page = parse_text_page((TENTH / "07_xinminwanbao_fukan.txt").read_text("utf-8"), "07.txt")
    assert [a.title for a in page.articles] == ["外婆的腌菜坛", "秋分帖（外一首）", "秋山读书图（中国画）", "摆渡人（上）",
                                                 "【书边小记】重读《边城》"]
    read = ingest(Config(source=TENTH, jobs=1))
    assert len([a for a in read.articles if a.source == "07_xinminwanbao_fukan.txt"]) == 5


def test_a_deck_under_its_title_is_never_the_rest_of_a_line_wrapped_above_it():
    page = parse_text_page((TENTH / "03_zhongqingbao_xiaoyuan.txt").read_text("utf-8"), "03.txt")
    profile = next(a for a in page.articles if a.title == "一名“00后”辅导员的365条留言")
    assert (profile.subtitle, profile.authors) == ("记南昌航空大学辅导员余晓川", ("程瑞",))


def test_briefs_under_a_column_s_name_in_brackets_each_an_item_of_its_own():
    text = "\n".join([
        "【部门动态】", "县人社局为困难群众送岗位", "　　4月16日，县人社局举办专场招聘会，58家企业提供就业岗位2100余个。（周敏）",
        "县交警大队送安全知识下乡", "　　县交警大队近日组织民警深入乡镇集市宣传安全驾驶常识。",
        "县城开展春季爱国卫生运动", "　　县爱卫办组织机关干部清理背街小巷垃圾。"])
    articles = parse_text_page(text, "page.txt").articles
    assert [a.title for a in articles] == ["县人社局为困难群众送岗位", "县交警大队送安全知识下乡", "县城开展春季爱国卫生运动"]
    assert articles[0].authors == ("周敏",)
    # under a column named otherwise (【市场观察】), a piece with section heads keeps them: pages_fourth's setar56


def test_a_data_box_s_head_over_rows_of_cells_is_a_head():
    from generator.ingest.textpage import classify
    text = "\n".join(["投资者宜控制仓位，关注业绩确定性较高的品种。", "", "上周主要市场指数一览", "指数名称　　　收盘点位　　周涨跌幅",
                      "上证综指　　　2398.75　　 -3.91%", "深证成指　　　10215.36　　-4.52%", "沪深300　　　 2621.40　　 -4.03%"])
    kinds = [(line.kind, line.text[:4]) for line in classify(text)]
    assert kinds[1] == ("heading", "上周主要") and all(kind == "paragraph" for kind, _ in kinds[2:])


def test_a_photographer_s_credit_under_the_writer_s_signs_nothing():
    text = "\n".join(["新山市区塞车问题日益严重", "报道：林美玲", "摄影：黄志强", "（新山21日讯）新山市区塞车问题日益严重，市民怨声载道。",
                      "市议会表示将研究改善方案。"])
    (article,) = parse_text_page(text, "page.txt").articles
    assert article.authors == ("林美玲",)


def test_a_paragraph_the_ocr_took_without_its_indent_goes_on_as_the_column_runs():
    """北京市有关部门表示，为保障冬季蔬菜 at the margin, on a page that sets its paragraphs in: the OCR
    lost its indent, no head; nor is 目前南宁现货市场白砂糖报价每吨2950 over 元至3000元，…"""
    page = (Path(__file__).parent / "fixtures" / "pages_sixteenth" / "经济日报_20031107_07.txt").read_text("utf-8")
    articles = {a.title: a for a in parse_text_page(page, "经济日报_20031107_07.txt").articles}
    cabbage, sugar = articles["大白菜价格同比回落两成"], articles["广西食糖价格企稳回升"]
    assert cabbage.section_heads == () and cabbage.paragraphs[-1].startswith("北京市有关部门表示")
    assert sugar.paragraphs[-1].endswith("制糖企业应理性销售。") and "目前南宁现货市场白砂糖报价每吨2950" not in articles


def test_a_kicker_wider_than_the_column_and_a_deck_stand_apart_from_the_lines_under_them():
    page = "\n".join([
        "抓革命　促生产　夺取夏粮大丰收",
        "用毛泽东思想统帅春耕生产",
        "——记余杭县塘栖公社丁山河大队",
        "今年春耕以来，余杭县塘栖公",
        "社丁山河大队的贫下中农，高",
        "举毛泽东思想伟大红旗，认真",
        "落实毛主席的伟大战略方针，",
        "春耕生产搞得热气腾腾。全大",
        "队一千二百多亩早稻，己在立",
        "夏前全部插完，秧苗长势良好",
        "。大队党支部认识到，春耕生",
        "产是一场硬仗，要打好这一仗",
        "，首先必须用毛泽东思想武装",
        "人的头脑。开春以后，党支部",
        "组织社员反复学习，广大社员",
        "进一步提高了路线斗争觉悟。",
        "第三生产队老贫农说：我们种",
        "田不是为了个人，是为了支援",
        "国家建设，支援世界革命。全",
        "大队社员发扬革命精神，起早",
        "摸黑，日夜奋战，缺少肥料，",
        "他们就组织积肥突击队。"])
    (article,) = parse_text_page(page, "zjrb.txt").articles
    assert (article.kicker, article.title, article.subtitle) == (
        "抓革命　促生产　夺取夏粮大丰收", "用毛泽东思想统帅春耕生产", "记余杭县塘栖公社丁山河大队")
    assert article.paragraphs[0].startswith("今年春耕以来") and len(article.paragraphs) == 1


def test_heads_on_pages_written_blind_a_question_a_letter_a_notice_under_an_advert_and_a_title_under_a_jump():
    """诸暨: 城乡居民医保报销有哪些 / 新变化？ one title over its deck; 華僑日報: a title closed by （讀者來函）
    over its letter, a notice under the advert's number wrapped on a line of its own; 经济日报: the
    advert under the article that jumps to page 8, the notice under the advert's address."""
    pages = Path(__file__).parent / "fixtures" / "pages_sixteenth"
    def titles(name: str) -> list[str]:
        return [a.title for a in parse_text_page((pages / name).read_text("utf-8"), name).articles]
    assert "城乡居民医保报销有哪些新变化？" in titles("诸暨日报20160621第03版.txt")
    hk = titles("WKYP_19850308_07.txt")
    assert "屋邨巴士站何時加建上蓋（讀者來函）" in hk and hk[-1] == "港九塑膠業商會啟事"
    markets = titles("经济日报_20031107_07.txt")
    assert markets[-2:] == ["诚招各地代理商", "2003中国（郑州）农产品交易会招商公告"]
    assert "大力发扬自力更生的革命精神" in titles("浙江日报-1970-05-16-第3版.txt")


def test_a_title_over_two_lines_between_its_kicker_and_its_deck_and_a_lead_whose_indent_was_lost():
    """新京报: 关注群租整治 / 朝阳一小区地下室 / 群租整治启动 / its deck: a head has one kicker and one deck;
    中國時報: 【記者陳文山／台中報導】中部橫貫公 at the margin goes on as the column runs, no head under it."""
    pages = Path(__file__).parent / "fixtures" / "pages_seventeenth"
    metro = parse_text_page((pages / "xjb_20140918_A12.txt").read_text("utf-8"), "xjb.txt").articles
    assert (metro[0].kicker, metro[0].title) == ("关注群租整治", "朝阳一小区地下室群租整治启动")
    local = {a.title: a for a in parse_text_page((pages / "chinatimes_19930514_11.txt").read_text("utf-8"), "ct.txt").articles}
    assert "中橫谷關段坍方搶通" in local and local["中橫谷關段坍方搶通"].authors == ("陳文山",)


def test_a_column_s_name_wrapped_under_its_title_and_not_a_date_s_note_or_a_credit():
    page = "\n".join(["职工食堂要注意饭菜卫生", "（读者来信）", "编辑同志：", "我们厂的职工食堂，最近一个时期饭菜不够卫生，希望有关部门重视。",
                      "上海第五纺织机械厂  陈桂英", "", "中学生足球联赛积分榜", "（截至11月2日）", "名次　学校　积分", "1　邕江中学　19"])
    titles = [a.title for a in parse_text_page(page, "p.txt").articles]
    assert titles[0] == "职工食堂要注意饭菜卫生（读者来信）" and "中学生足球联赛积分榜（截至11月2日）" not in titles


def test_a_kicker_over_a_title_over_a_dashed_deck_a_head_set_letter_by_letter_and_a_notice_under_an_advert():
    page = "\n".join([
        "马来西亚日前夕", "古晋万人参与游行", "——各族同胞共庆建国48周年",
        "（古晋15日讯）马来西亚日前夕，砂拉越州首府古晋今日举行大游行，人数超过一万人，场面热闹。", "",
        "在 急 诊 室 的 24 小 时", "成都商报记者　李　佳　摄影报道",
        "早上8点，急诊科医护人员开始交班。交班还没结束，一辆救护车就送来一位突发心梗的老人。", "",
        "金星彩視年終大特賣", "二十吋遙控彩色電視機", "特價一萬一千八百元", "全省各大電器行均售", "金星電子股份有限公司",
        "徵文啟事", "本報為記錄海峽兩岸親人團聚的感人故事，即日起徵求「返鄉探親」文稿，每篇以二千字為限。"])
    articles = parse_text_page(page, "p.txt").articles
    assert [(a.kicker, a.title) for a in articles][:2] == [("马来西亚日前夕", "古晋万人参与游行"), ("", "在急诊室的24小时")]
    assert articles[1].authors == ("李佳",)
    assert [a.title for a in articles][2:] == ["金星彩視年終大特賣", "徵文啟事"]


def test_a_page_s_call_its_contents_a_column_of_briefs_and_a_head_set_letter_by_letter_over_two_lines():
    page = "\n".join([
        "天津日报　　　一九五八年十月十六日　星期四　　　第二版", "", "鼓足干劲，力争上游，多快好省地建设社会主义！", "",
        "本版导读", "·本市钢铁日产量又创新纪录", "·河东区街道妇女办起小工厂", "",
        "响应政府号召", "延 屬 各 縣 春 耕 運 動", "普 遍 展 開", "——變工隊扎工隊紛紛組", "織起來",
        "【本報訊】清明已過，延屬分區各縣春耕運動業己普遍展開。", "",
        "本 市 简 讯",
        "▲南开区红专学校开学　南开区第一所业余红专学校昨日开学，首批入学的职工六百余人。",
        "▲第一机床厂提前完成全年计划　第一机床厂全体职工经过苦战，已提前完成全年生产计划。",
        "小高炉遍地开花", "全市街道居民办起小高炉三百余座，日产铁三十余吨。（本报记者　刘　振）"])
    result = parse_text_page(page, "p.txt")
    assert [(a.kicker, a.title, a.subtitle) for a in result.articles] == [
        ("响应政府号召", "延屬各縣春耕運動普遍展開", "變工隊扎工隊紛紛組織起來"), ("", "南开区红专学校开学", ""),
        ("", "第一机床厂提前完成全年计划", ""), ("", "小高炉遍地开花", "")]
    assert not result.problems


def test_a_title_over_two_lines_between_a_kicker_and_a_deck_set_as_couplets():
    page = "\n".join(["潭江鄉訊　第五十八期", "", "情繫桑梓　惠澤後代", "旅美鄉親捐資重建", "潭江中學科學樓",
                      "總投資逾三百萬元　預計明年秋季落成", "", "　　本刊訊　旅美鄉親黃錦泉先生及其家族，日前捐資港幣二百萬元，重建潭江中學科學樓。",
                      "", "　　　— 1 —"])
    (article,) = parse_text_page(page, "p01.txt").articles
    assert (article.kicker, article.title, article.subtitle) == ("情繫桑梓　惠澤後代", "旅美鄉親捐資重建潭江中學科學樓",
                                                                 "總投資逾三百萬元　預計明年秋季落成")


def test_a_head_set_letter_by_letter_over_its_deck_and_a_head_cut_after_掀起():
    page = "\n".join(["旺 角 金 舖 遭 械 劫", "三匪掠去金飾值六萬元", "　　（本報專訊）旺角彌敦道一間金舖，昨午三時許遭三名持槍匪徒行劫。", "",
                      "加强田间管理，争取秋季丰收", "渭南县各农业社掀起", "锄草追肥热潮", "　　　　　　　本报记者　王守义",
                      "　　渭南县各农业社在完成夏收夏种以后，立即掀起了锄草追肥的热潮。"])
    articles = parse_text_page(page, "p.txt").articles
    assert [(a.kicker, a.title, a.subtitle) for a in articles] == [
        ("", "旺角金舖遭械劫", "三匪掠去金飾值六萬元"), ("加强田间管理，争取秋季丰收", "渭南县各农业社掀起锄草追肥热潮", "")]


def test_a_title_over_two_lines_under_its_kicker_and_over_its_dashed_deck():
    page = "\n".join(["四 川 日 报", "1958年10月14日　星期二　　　第三版", "", "郫县红光人民公社", "晚稻丰收在望",
                      "社员日夜突击抢收", "——全社已收割三万余亩", "本报记者　李文华",
                      "本报讯　郫县红光人民公社两万多亩晚稻已经黄熟，全社社员日夜突击抢收。"])
    (article,) = parse_text_page(page, "p.txt").articles
    assert (article.kicker, article.title, article.subtitle) == ("郫县红光人民公社", "晚稻丰收在望社员日夜突击抢收",
                                                                 "全社已收割三万余亩")
    assert article.authors == ("李文华",)


def test_a_government_notice_signed_by_its_office_a_price_list_and_an_advert_signed_by_its_maker():
    page = "\n".join([
        "高雄市政府公告", "中華民國七十三年三月七日　高市府工土字第〇八七六號",
        "主旨：公告本市三民區建國一路拓寬工程，自本月十二日起施工，施工期間實施交通管制。", "市長", "",
        "新 书 出 版", "《土法炼铁技术问答》　每册一角二分", "《怎样办好公共食堂》　每册八分",
        "《农业技术革新经验汇编》　每册二角", "四川人民出版社出版　各地新华书店发行", "",
        "健　力　宝", "第十一届亚运会指定饮料", "中国魔水　畅饮健力宝", "广东健力宝集团公司"])
    articles = parse_text_page(page, "p.txt").articles
    assert [(a.kind, a.title) for a in articles] == [("article", "高雄市政府公告"), ("advert", "新书出版"),
                                                      ("advert", "健力宝")]
    assert articles[0].paragraphs[-1] == "市長"


def test_a_notice_s_label_takes_no_kicker_from_the_advert_above_it():
    page = "\n".join(["雙 妹 嚜 花 露 水", "", "夏日良伴　清香提神　驅蚊止癢", "", "廣生行有限公司出品　各大百貨公司及士多均有代售", "",
                      "遺失聲明", "", "本人陳國樑不慎遺失香港身份證一張，特此聲明作廢。"])
    articles = parse_text_page(page, "p.txt").articles
    assert [(a.kicker, a.title) for a in articles] == [("", "雙妹嚜花露水"), ("", "遺失聲明")]
    assert articles[0].kind == "advert"


def test_a_page_s_name_set_wide_on_top_a_column_s_name_set_wide_over_briefs_and_a_box_s_fields():
    page = "\n".join([
        "企 业 管 理", "", "放权搞活 扭亏为盈", "咸阳第二棉纺厂实行厂长负责制一年见成效", "——全厂实现利润比上年增长百分之四十二",
        "本报记者 张卫东", "　　咸阳第二棉纺厂去年实行厂长负责制，一年扭亏为盈。", "本报记者  沈一鸣", "【相关链接】", "顾海林档案",
        "出生：1962年  身高：1.81米", "位置：守门员", "主要经历：1980年进入上海队一线队，曾随队获全运会足球赛亚军。", "",
        "街 头 巷 尾", "● 醉汉躺铁轨旁 巡警及时拉回", "本报讯 前晚10时许，一名醉汉躺在铁轨旁，巡警及时将其拉回。",
        "● 网吧偷手机 少年当场被抓", "本报讯 前日深夜，一名16岁少年在网吧内偷走一部手机，当场被抓获。"])
    articles = parse_text_page(page, "p.txt").articles
    assert [(a.kicker, a.title) for a in articles] == [
        ("放权搞活 扭亏为盈", "咸阳第二棉纺厂实行厂长负责制一年见成效"), ("", "顾海林档案"),
        ("", "醉汉躺铁轨旁 巡警及时拉回"), ("", "网吧偷手机 少年当场被抓")]
    assert "位置：守门员" in [b.text for b in articles[1].body]


def test_a_brief_s_title_cut_at_a_narrow_column_under_its_column_s_name():
    page = (Path(__file__).parent / "fixtures" / "pages_twentyeighth" / "p1_anhui_ribao_1958.txt").read_text("utf-8")
    articles = parse_text_page(page, "p1.txt").articles
    assert [a.title for a in articles][2:5] == ["全国各地掀起秋收秋种高潮", "土高炉前夜如昼", "肥东县办起一百多所红专学校"]
    assert articles[4].kicker == ""  # 各  地  简  讯: the column's name, no kicker


def test_a_column_of_vertical_text_ocr_d_across_and_a_frame_s_fields_in_brackets():
    page = "\n".join(["【津沽日報】民國三十六年三月十二日　星期三　第一版", "【影格】0457-0121　【OCR】2011-10-14", "",
                      "米價一週漲三成", "——市民叫苦連天當局擬辦平糶", "【本報訊】本市米價", "自上週以來節節上", "升，白米每袋已漲至",
                      "十八萬元，較一週前", "上漲三成有奇。市民", "排隊購米者，每晨自", "五時起即絡繹不絕。", "據社會局負責人談，",
                      "當局擬即向各糧商", "洽購存米，舉辦平糶，", "以平抑市價。"])
    (article,) = parse_text_page(page, "frame0121.txt").articles
    assert (article.kicker, article.title, article.subtitle) == ("", "米價一週漲三成", "市民叫苦連天當局擬辦平糶")
    assert len(article.paragraphs) == 1 and article.paragraphs[0].endswith("以平抑市價。")


def test_a_poem_s_short_lines_stay_apart():
    page = "\n".join(["家（外一首）", "林　枫", "无论走到天涯海角", "心里总有一个家在等你", "灯下的母亲还在等", "窗前的老树还在长",
                      "门口的小路还在弯", "碗里的汤还是那样烫", "无论走到天涯海角", "心里总有一个家在等你"])
    (poem,) = parse_text_page(page, "p.txt").articles
    assert len(poem.paragraphs) >= 8


def _fixture_page(folder: str, name: str) -> list:
    return list(parse_text_page((Path(__file__).parent / "fixtures" / folder / name).read_text("utf-8"), name).articles)


def test_a_column_s_name_over_a_dashed_kicker_a_short_title_over_two_lines_and_a_death_notice_s_lines():
    legal = _fixture_page("pages_twentyninth", "p3_fazhi_1990s.txt")
    assert (legal[0].kicker, legal[0].title) == ("贪图高息酿苦果", "七旬老太被骗三万元")
    assert [a.title for a in legal][-2:] == ["江城市中级人民法院公告", "悬赏通告"]  # after an answer signed by its lawyer
    community = [a.title for a in _fixture_page("pages_twentyninth", "p5_zaobao_2019.txt")]
    assert "讣告" in community and not any("安息主怀" in t for t in community)


def test_an_unpunctuated_report_ends_with_云_and_the_column_s_name_under_it_opens_the_briefs():
    titles = [a.title for a in _fixture_page("pages_twentyninth", "p1_hujiang_1936.txt")]
    assert titles[:5] == ["市商會議決救濟辦法", "行政院通過全國度量衡劃一期限", "法租界菜市街昨晨火警", "閘北蘇州河發見無名男屍",
                          "公共汽車與人力車相撞"]


def test_a_page_ocr_d_with_a_blank_line_after_every_line_and_a_narrow_caption():
    titles = [(a.kind, a.title) for a in _fixture_page("pages_thirtieth", "qianshao_zhanshi_1957.txt")]
    assert titles[:4] == [("article", "某部炮兵连苦练夜间射击"), ("article", "坚守海防线"), ("photo", "练好杀敌本领"),
                          ("article", "后勤部门为连队送菜上山")]


def test_briefs_headed_over_two_lines_under_their_bullets():
    titles = [a.title for a in _fixture_page("pages_thirtieth", "xiangjiang_ribao_2007.txt")]
    assert {"清潔工遭拖糧三個月", "沙田單車徑週末局部封閉", "海關截獲走私煙十萬支"} <= set(titles)


def test_a_running_head_broken_inside_its_date_rules_across_the_page_and_a_digest_s_notes():
    text = (Path(__file__).parent / "fixtures" / "pages_thirtysecond" / "p72_2_provincial_jingji.txt").read_text("utf-8")
    assert "江南日报 2024年3月8日 星期五 第6版" in parse_text_page(text, "p.txt").furniture
    community = [a.title for a in _fixture_page("pages_thirtyfirst", "p6_wutong_community.txt")]
    assert "巧手展风采" in community and not any("──" in t for t in community) and "梧桐社区报" not in community
    digest = [a.title for a in _fixture_page("pages_thirtyfirst", "p3_wencui_1986.txt")]
    assert {"瑞士人的守时", "理发", "考试"} <= set(digest)


def test_an_editorial_s_title_cut_after_what_it_takes():
    page = "\n".join(["解放日报　1975年3月18日　星期二", "", "把工业学大庆的群众运动", "推向新的高潮（社论）",
                      "　　在全国人民认真学习无产阶级专政理论的热潮中，本市工业战线形势一片大好。"])
    (editorial,) = parse_text_page(page, "p.txt").articles
    assert editorial.title == "把工业学大庆的群众运动推向新的高潮（社论）"


def test_a_letters_page_set_line_by_line_apart_its_columns_replies_and_heads_set_over_two_lines():
    page = ("读　者　来　信\n\n批评与建议\n\n农村供销社应当及时供应农具\n\n"
            "　　今年夏收夏种期间，我们这一带的农业社普遍缺少小农具，社员们一连跑了好几趟。\n\n"
            "　　　　　　　　河南省许昌县　孙志刚\n\n报纸为什么投递得这样慢\n\n"
            "　　我是天水县东乡的一个小学教员，订阅了人民日报，报纸常常要走七八天。\n\n"
            "　　　　　　　（甘肃省天水县　读者　马文清）\n\n关于报纸投递迟缓问题的答复\n\n"
            "　　编辑同志：本月五日贵报刊登的马文清的来信，经我们派人调查，确有其事。特此答复。\n\n"
            "　　　　　　　　邮电部邮政总局\n\n希望有关部门重视\n\n城市公共汽车的安全问题\n\n"
            "　　上海市有些公共汽车司机在行车时抢行、超速，到站不停稳就开车。\n\n"
            "　　　　　　　　上海市　读者　周伟民\n")
    assert [(a.kicker, a.title) for a in parse_text_page(page, "p.txt").articles] == [
        ("批评与建议", "农村供销社应当及时供应农具"), ("", "报纸为什么投递得这样慢"),
        ("", "关于报纸投递迟缓问题的答复"), ("", "希望有关部门重视城市公共汽车的安全问题")]


def test_a_tabloid_s_kicker_and_title_each_a_clause_and_a_head_whole_by_its_colon_over_a_deck():
    tabloid = ("西環街市昨晨失火\n【本報專訊】昨晨五時許，西環街市二樓某菜檔突然起火，幸無人受傷。\n"
               "昨午赤柱海面突起狂風\n漁船翻沉三人遇救\n【本報專訊】昨日午後二時，赤柱海面風浪大作，漁船一艘被巨浪打翻。\n")
    assert [(a.kicker, a.title) for a in parse_text_page(tabloid, "p.txt").articles] == [
        ("", "西環街市昨晨失火"), ("昨午赤柱海面突起狂風", "漁船翻沉三人遇救")]
    county = ("县委召开全会\n——部署下半年六项重点工作\n　　6月13日，县委召开全体会议，部署下半年工作。\n\n"
              "青溪镇：小网格撬动基层大治理\n全镇划分68个网格实现服务全覆盖\n"
              "　　今年以来，青溪镇以网格化管理为抓手，将全镇划分为68个网格。\n")
    assert [(a.title, a.subtitle) for a in parse_text_page(county, "p.txt").articles][1] == \
        ("青溪镇：小网格撬动基层大治理", "全镇划分68个网格实现服务全覆盖")


def test_a_weather_box_a_caption_opening_with_tu_wei_and_a_markets_box_set_line_by_line_apart():
    page = ("本報訊　衡陽專區各縣秋徵工作開展以來，入倉進度逐日加快。\n長沙市天氣預報\n湖南省氣象台昨日發布\n"
            "今天　晴到少雲　偏北風二到三級\n最高溫度二十四度　最低溫度十四度\n明天　多雲　氣溫略有下降\n洞庭湖區的晚稻豐收了\n"
            "圖為南縣明山鄉農業生產合作社社員正在搶收晚稻。\n這個社在今年大水退後，及時補種了晚稻一百二十\n餘畝。\n本報記者　李子明攝\n")
    photo = parse_text_page(page, "p.txt").articles[-1]
    assert (photo.kind, photo.kicker, photo.title, photo.authors) == ("photo", "", "洞庭湖區的晚稻豐收了", ("李子明",))
    assert photo.captions[0].text.startswith("圖為南縣明山鄉") and not photo.paragraphs
    markets = ("保险业一季度保费收入增长超三成\n\n本报讯　保监会最新统计显示，一季度全国保险业原保险保费收入8423亿元。（记者 方敏）\n\n"
               "市场数据　4月22日\n\n上证综指　4293.62　+2.44%\n\n深证成指　14701.17　+1.48%\n\n人民币对美元中间价　6.1208\n\n"
               "通达银行“稳盈”系列理财产品\n\n稳盈1号　期限91天　预期年化收益率5.10%\n\n客户服务热线：400-688-9558\n")
    assert [a.title for a in parse_text_page(markets, "p.txt").articles] == ["保险业一季度保费收入增长超三成", "通达银行“稳盈”系列理财产品"]


def test_an_old_page_s_heads_over_three_lines_a_dispatch_under_its_own_head_and_a_feature_s_quoted_sections():
    shun = ("申　　報　　　中華民國三十六年三月十五日　星期六\n本 埠 新 聞　　　　　　　　　　第 四 版\n市參議會昨日續開大會\n"
            "討論平抑物價辦法\n決議呈請市府嚴懲囤積居奇\n【本報訊】本市參議會第一屆第五次大會，昨\n日下午二時續在市參議會大禮堂舉行，出席參\n"
            "議員一百二十餘人，由議長主席。\n閘北寶山路昨晨失慎延燒平\n房十餘間\n災民百餘人暫借小學棲身\n【本報訊】閘北寶山路一帶，昨日清晨四時許\n"
            "，某號平房內突然起火，其時住戶多在睡夢中。\n")
    assert [(a.kicker, a.title, a.subtitle) for a in parse_text_page(shun, "p.txt").articles] == [
        ("市參議會昨日續開大會", "討論平抑物價辦法", "決議呈請市府嚴懲囤積居奇"), ("", "閘北寶山路昨晨失慎延燒平房十餘間", "災民百餘人暫借小學棲身")]
    wire = ("日本煤矿工人举行二十四小时罢工\n　　新华社东京十日电　日本煤矿工会联合会所属的四十多个煤矿的工人，今天举行了罢工，要求提高工资。\n"
            "巴西农民集会要求实行土地改革\n　　新华社里约热内卢八日电　巴西的一万多名农民，最近在累西腓举行集会，要求政府实行土地改革。\n")
    assert [a.title for a in parse_text_page(wire, "p.txt").articles] == ["日本煤矿工人举行二十四小时罢工", "巴西农民集会要求实行土地改革"]
    feature = ("一座资源枯竭型城市的十年——\n最后一座矿井关闭之后\n——东北煤城鹤岭的转身与阵痛\n南方周末记者　赵一鸣\n"
               "编者按：煤炭曾经是鹤岭的一切。2013年底，这座城市最后一座国有大矿关闭。\n  2013年12月28日下午4点，最后一个班次的矿工走出罐笼。\n"
               "  这座开采了57年的矿井，从那一天起正式关闭。\n“矿上的人都走了”\n  王铁柱今年51岁，在井下干了28年。\n"
               "他们不愿被叫作“下岗\n职工”（记者手记）\n  在鹤岭采访的半个月里，我发现一个细节。\n赵一鸣\n")
    story, notes = parse_text_page(feature, "p.txt").articles
    assert story.title == "最后一座矿井关闭之后" and "“矿上的人都走了”" in [b.text for b in story.body]
    assert (notes.title, notes.authors) == ("他们不愿被叫作“下岗职工”（记者手记）", ("赵一鸣",))


def test_a_notice_dated_under_its_issuer_over_the_next_box():
    page = ("关于开展农资打假专项行动的通告\n为保障农业生产安全，即日起在全县开展农资打假专项行动。\n举报电话：0570-6123456\n"
            "桐江县农业农村局\n二O二三年六月十日\n便民信息\n【停水】因管网改造施工，6月17日城东片区将暂停供水，请居民提前做好储水准备。\n")
    notice, box = parse_text_page(page, "p.txt").articles
    assert notice.paragraphs[-1] == "二O二三年六月十日" and box.title == "便民信息"


def test_where_an_advert_s_goods_are_sold_closes_it_and_a_cinema_s_bill_is_the_next():
    page = ("米價與民生（時評）\n近來米價飛漲，貧民生計艱難，當局宜速籌平糶，嚴禁囤積，庶幾民食無虞。\n（伯平）\n"
            "百齡補血丸\n專治血虧氣弱　面黃肌瘦　頭暈耳鳴\n每瓶大洋一元　三瓶大洋二元五角\n總發行所　上海南京路　福康大藥房\n"
            "各埠大藥房均有代售\n東亞大戲院\n今日起開映　國產有聲巨片\n《江南春夢》\n日夜三場　二時半　五時半　九時一刻\n樓上六角　樓下四角\n")
    assert [(a.title, a.kind) for a in parse_text_page(page, "p.txt").articles] == [
        ("米價與民生（時評）", "article"), ("百齡補血丸", "advert"), ("東亞大戲院", "advert")]


def test_a_supplement_s_name_set_wide_a_column_s_name_under_its_bullet_and_marks_pushed_to_a_line():
    page = ("申江晚报　　1957年8月15日　星期四　　第四版\n灯　　花\n秋 夜 漫 笔\n柯亦凡\n"
            "　　立秋已经过了好几天，白天的太阳还是火辣辣的，可是一到夜里，风就凉了。\n"
            "■法苑随笔\n“私了”了不了\n　　在一些地方，发生了纠纷，当事人往往愿意“私了”，以为这样省事。\n（柳岸）\n")
    titles = [a.title for a in parse_text_page(page, "p.txt").articles]
    assert titles == ["秋夜漫笔", "“私了”了不了"]
    spaced = ("会议指出，今年农业生产要继续贯彻方针，在稳定粮食生产的同时\n\n大力发展经济作物和乡镇企业，各级政府要切实帮助\n\n"
              "农民解决化肥、农药、柴油等生产资料供应中的困难\n\n。\n\n职工们说：“\n\n小吴厂长这三把火，烧得旺！”\n\n")
    (article,) = parse_text_page("春耕备耕会议召开\n\n" + spaced, "p.txt").articles
    assert article.paragraphs[-1].endswith("烧得旺！”") and not article.section_heads


def test_a_line_set_in_under_a_bulleted_title_on_a_page_that_sets_in_its_text_is_its_deck():
    page = ("鹏城晚报　1993年7月16日　星期五　第5版　都市新闻\n\n◆罗湖口岸暑期客流创新高\n"
            "　　本报讯　入夏以来，罗湖口岸出入境旅客持续增多，边检部门增开了十个查验通道，并实行弹性排班。\n"
            "　　（记者　郑海鸥）\n\n◆一辆中巴深夜冲下路基\n　　车上八名乘客受轻伤\n"
            "　　本报讯　前晚十一时许，一辆由宝安开往市区的中巴车在107国道西乡段冲下路基，八名乘客受轻伤。\n\n"
            "◆打工仔的周末去哪儿？\n　　周末到了，在工厂里忙了一周的打工仔们去哪里消遣？记者走访了几个工业区。\n"
            "　　有关专家建议，工业区应多建一些图书室和文化活动中心，让打工青年的业余生活更丰富。\n")
    bus = parse_text_page(page, "p.txt").articles[1]
    assert (bus.kicker, bus.title, bus.subtitle) == ("", "一辆中巴深夜冲下路基", "车上八名乘客受轻伤")


def test_under_a_kind_of_piece_s_label_two_head_lines_on_a_page_that_dashes_its_decks_are_one_title():
    page = ("全省春播进度快于去年\n——已播种粮食作物八百万亩\n　　本报讯　据省农业厅统计，截至昨日，全省已播种粮食作物八百万亩。\n"
            "工作研究\n东风机械厂第二车间\n怎样把废品率降下来\n本报记者　马启明\n"
            "　　东风机械厂第二车间去年废品率高达百分之五，今年第一季度降到了百分之一点二。\n")
    spring, study = parse_text_page(page, "p.txt").articles
    assert (spring.title, spring.subtitle) == ("全省春播进度快于去年", "已播种粮食作物八百万亩")
    assert (study.kicker, study.title, study.subtitle, study.authors) == (
        "工作研究", "东风机械厂第二车间怎样把废品率降下来", "", ("马启明",))


def test_a_letter_signed_under_its_one_paragraph_ends_so_the_bare_head_under_it_opens_the_next_item():
    page = ("读者来信\n公共汽车应当延长末班时间\n"
            "　　编辑同志：我在城西纺织厂上夜班，每天十点下班时公共汽车早已停开，只好步行一个多小时回家。希望公交公司考虑延长末班车的时间。\n"
            "城西纺织厂　周桂英\n城南蔬菜公司改进供应办法\n"
            "　　城南蔬菜公司从本月起在各居民区增设了十二个蔬菜供应点，并且延长了营业时间，方便了双职工家庭。\n"
            "　　这个公司还组织了流动售菜车，每天早晚两次深入街巷。\n【附】蔬菜供应点分布\n　　城南蔬菜公司供应点：城南区八个，城郊四个。\n（本报通讯员　钱立）\n")
    letter, report = parse_text_page(page, "p.txt").articles
    assert (letter.kicker, letter.title, letter.authors) == ("读者来信", "公共汽车应当延长末班时间", ("周桂英",))
    assert report.title == "城南蔬菜公司改进供应办法"
    assert report.section_heads == ("【附】蔬菜供应点分布",) and len(report.paragraphs) == 3


def test_a_slogan_in_parts_and_a_column_s_name_between_marks_set_in_over_heads_are_no_paragraph_s_first_line():
    page = ("1987年3月6日  星期五        化工信息报        第3版\n      抓安全 保生产 促效益\n红星化工厂两个车间\n获省安全生产称号\n"
            "　　本报讯 通讯员马立群报道：红星化工厂坚持安全第一，截至八月底已连续安全生产一\n"
            "千天，创建厂以来最好纪录。\n　　这个厂把安全责任落实到每一个班组，每周进行一次安全检查，发\n"
            "现隐患立即整改，做到了防患于未然。\n　　厂里还请来老师傅讲安全课，全厂职工人人过了安全\n关。\n"
            "           ·企业简讯·\n东风纺织厂新车间投产\n"
            "　　本报讯 东风纺织厂新建的织布车间日前投产，年产棉布八百万\n"
            "米，可安排职工二百多人就业，产品主要销往东南亚。\n")
    safety, mill = parse_text_page(page, "p.txt").articles
    assert safety.kicker == "抓安全 保生产 促效益" and safety.title.startswith("红星化工厂两个车间")
    assert mill.title == "东风纺织厂新车间投产"


def test_an_old_page_s_own_news_in_brackets_a_deck_in_parts_and_text_ending_on_its_only_mark():
    page = ("西門外昨晚失慎\n焚去民房五間 一人受傷 損失千餘元\n"
            "（本報特訊）西門外荷花池街昨晚九時許、某宅廚房失慎、火勢甚猛、延及鄰屋、經救火會趕到灌救、始告熄滅、\n"
            "受傷者係該宅傭婦、已送醫院救治、\n"
            "縣府昨召集各商號會議\n"
            "（本城消息）縣政府以年關將屆、特於昨日召集各商號代表會議、討論維持市面辦法、到會者四十餘人、\n"
            "散會時已六時許、聞各項辦法、日內即將公佈施行、\n"
            "東門碼頭昨日竣工\n"
            "（本報特訊）東門碼頭自本年春間興工、歷時半載、已於昨日全部竣工、即日起開放使用、\n")
    fire, meeting, pier = parse_text_page(page, "p.txt").articles
    assert (fire.kicker, fire.title, fire.subtitle) == ("", "西門外昨晚失慎", "焚去民房五間 一人受傷 損失千餘元")
    assert (meeting.kicker, meeting.title) == ("", "縣府昨召集各商號會議")
    assert meeting.paragraphs[-1].endswith("日內即將公佈施行、") and pier.title == "東門碼頭昨日竣工"


def test_a_serial_s_pen_name_under_its_instalment_and_its_unfinished_mark_closing_it():
    page = ("歸燕記（十五）\n鐵笛\n"
            "話說阿秀出了城門、一路向西而行、走了約莫兩個時辰、天色漸漸暗了下來、遠遠望見一座破廟、便想進去歇息、\n"
            "欲知後事如何、且聽下回分解、（未完）\n"
            "華成藥行秋季大減價\n"
            "本行為酬謝顧客起見、自即日起各種成藥一律八折、欲購從速、\n")
    serial, advert = parse_text_page(page, "p.txt").articles
    assert (serial.title, serial.authors, serial.kicker) == ("歸燕記（十五）", ("鐵笛",), "")
    assert advert.title == "華成藥行秋季大減價"


def test_a_unit_signing_its_experience_and_a_column_of_briefs_after_a_poem():
    page = ("北疆农垦战报　　一九七五年八月九日\n"
            "我们是怎样办好政治夜校的\n三连党支部\n"
            "今年以来，我连坚持办好政治夜校，全连职工学理论的热情很高，涌现出一批\n"
            "学习积极分子。我们的主要做法是：\n一、领导带头\n连队干部坚持每晚参加学习，带头发言。\n"
            "秋收谣\n兵团战士 王红军\n镰刀闪闪亮，\n稻谷堆满场；\n战士齐欢笑，\n丰收歌声扬。\n"
            "连队简讯\n七连食堂改进伙食受到好评\n本报讯 七连食堂的同志们想方设法改进伙食，\n受到职工好评。\n")
    school, poem, canteen = parse_text_page(page, "p.txt").articles
    assert (school.title, school.authors) == ("我们是怎样办好政治夜校的", ())
    assert (poem.title, poem.authors, len(poem.paragraphs)) == ("秋收谣", ("王红军",), 4)
    assert canteen.title == "七连食堂改进伙食受到好评"


def test_a_page_that_sets_its_heads_in_as_far_as_its_text_and_a_letter_from_a_co_operative():
    page = ("　　　　　　　城　乡　简　讯\n"
            "　　南关乡建成抽水站\n　　南关乡农业社自己动手修建的抽水站，已于本月五日开始抽水，可灌溉稻田六百亩。\n"
            "　　北山区突击修补塘堤\n　　北山区最近组织劳力三千人，突击修补塘堤一百多处，春耕用水有了保证。\n"
            "　　城东小学开办夜校\n　　城东小学利用晚间开办识字夜校，参加学习的家庭妇女有一百二十人。\n"
            "　　　　　　读　者　来　信\n　　农具修理站应当早开门\n　　编辑同志：\n"
            "　　我们社的犁耙锄头大多需要修理，可是区里的农具修理站每天九点才开门，社员来回要耽误半天工夫。希望修理站早些开门。\n"
            "　　　　　　东山区红旗农业社　钱有福\n"
            "　　　　　　　　　　　　　　一九五六年四月二日\n"
            "　　　　　　　春耕画册出版\n《春耕画册》……每册一角\n各区供销社均有代售\n")
    titles = [(a.title, a.authors) for a in parse_text_page(page, "p.txt").articles]
    assert titles[:3] == [("南关乡建成抽水站", ()), ("北山区突击修补塘堤", ()), ("城东小学开办夜校", ())]
    assert ("农具修理站应当早开门", ("钱有福",)) in titles and titles[-1][0] == "春耕画册出版"


def test_a_notice_signed_off_in_its_last_line_and_a_smudge_over_the_next_advert():
    page = ("華洋時報　　中華民國十五年五月八日　　第三張\n"
            "茂記五金號遷移啓事\n本號原設南市有年，茲因房屋翻造，自本月起遷至北京路新屋照常營業，特此奉告。茂記五金號謹啓\n"
            "■■\n人丹\n專治中暑頭暈　舟車暈浪　每包大洋一角　各大藥房均有出售\n")
    notice, advert = parse_text_page(page, "p.txt").articles
    assert notice.title == "茂記五金號遷移啓事" and advert.title == "人丹"


def test_a_page_s_section_over_a_kicker_a_title_and_a_dashed_deck_is_no_kicker():
    page = ("南洋晨報　　一九六三年五月二日　星期四　　第五版\n本坡新聞\n衛生局宣佈\n本坡將增設診療所十間\n"
            "——預料年底以前全部開診\n（本報訊）衛生局昨日宣佈，將在本坡各區增設診療所十間，以便利居民就醫。\n")
    clinics, = parse_text_page(page, "p.txt").articles
    assert (clinics.kicker, clinics.title, clinics.subtitle) == ("衛生局宣佈", "本坡將增設診療所十間", "預料年底以前全部開診")


def test_two_columns_side_by_side_with_a_rule_in_their_gutter_and_the_right_column_set_in():
    left = ["　　　　市区新辟三条公交线", "　　本报讯　市公共交通公司从下月", "起新辟三条公交线路，方便郊区居民", "进城。新线路途经火车站、人民公园", "和中心医院等地。", "　　据了解，三条线路共设站点四十", "二个，首末班时间为早六时至晚十时", "，票价一律一角。", "　　　　　◇读者来信◇", "　　　建议菜场", "　　　把营业时间往后延长", "　　编辑同志：我是纺织厂的工人，", "下了中班菜场早已关门，买不到菜。"]
    right = ["希望菜场考虑延长营业时间。", "　　　　　　纺织厂工人　钱　丽", "", "　　　　　　今日影讯", "人民电影院：山村新歌", "红星剧场：渡口春潮", "工人文化宫：钢城儿女（宽银幕）", "东风电影院：渡口春潮", "", "　　　　　　漫　画", "　　　　　各扫门前雪", "“我家门口扫干净了，别家门口关我", "什么事！”", "　　　　　　　　方一鸣　作"]
    pad = lambda a, k: " " * (36 - sum(2 if ord(c) > 255 else 1 for c in a) - 2) + ("| " if k % 4 == 3 else "  ")  # noqa: E731
    page = "\n".join(f"{a}{pad(a, k)}{b}" for k, (a, b) in enumerate(itertools.zip_longest(left, right, fillvalue="")))
    titles = [(a.kicker, a.title) for a in parse_text_page(page, "p.txt").articles]
    assert titles[:2] == [("", "市区新辟三条公交线"), ("读者来信", "建议菜场把营业时间往后延长")]
    assert ("", "今日影讯") in titles and titles[-1] == ("漫\u3000画", "各扫门前雪")  # the label as set


def test_a_results_item_s_tables_under_their_own_labels_are_its_text():
    page = ("甲级联赛第12轮赛果及积分榜\n\n赛果\n\n东港远航　0:1　申城申飞\n\n江城雄鹰　1:1　西岭山鹰\n\n北湖银狐　2:0　南岭红狮\n\n"
            "积分榜（前四名）\n\n名次　球队　场次　胜　平　负　积分\n\n1　申城申飞　12　9　2　1　29\n\n2　北湖银狐　12　8　2　2　26\n\n"
            "3　江城雄鹰　12　6　4　2　22\n\n4　西岭山鹰　12　5　5　2　20\n")
    results, = parse_text_page(page, "p.txt").articles
    assert results.title == "甲级联赛第12轮赛果及积分榜" and "积分榜（前四名）" in results.paragraphs


def test_a_notice_over_those_it_addresses_a_parent_signing_and_a_serial_s_chapter():
    page = ("6月8日 15:00-17:00 外语\n\n5月15日，市第三中学学生在课间做操，缓解备考压力。记者刘岩 摄\n\n"
            "临河市2017年中考报名确认通知\n\n各区教育局，各初中学校：\n\n2017年中考报名确认工作定于5月20日至24日进行，请各校组织考生按时确认。\n\n"
            "孩子沉迷网络游戏怎么办？\n\n编辑同志：\n\n我的孩子上初三了，每天放学就玩游戏，说也不听，我们实在没办法了。\n\n"
            "一位初三学生家长 李女士\n\n■编辑回复\n\n李女士您好：孩子沉迷游戏，往往是缺少陪伴，建议您多和孩子谈心。\n\n"
            "长篇小说连载\n\n春水长（十二）\n\n林木\n\n第五章　过江（续）\n\n天刚亮，江边已经站满了等船的人。老艄公把船撑到岸边，招呼大家上船。\n")
    titles = [(a.title, a.authors) for a in parse_text_page(page, "p.txt").articles]
    assert ("临河市2017年中考报名确认通知", ()) in titles
    assert ("孩子沉迷网络游戏怎么办？", ("李女士",)) in titles and titles[-1] == ("春水长（十二）", ("林木",))


def test_a_page_of_centred_heads_over_paragraphs_a_line_each_a_notice_s_sign_off_and_a_firm_signing_its_advert():
    page = ("北马新报　　2023年11月18日（星期六）　　地方　12\n"
            "              斥资5万令吉提升设施\n            新港华小礼堂翻新启用\n报道：李伟杰　摄影：陈国豪\n"
            "（双溪文丁17日讯）新港华小礼堂经过三个月的翻新工程，今日正式启用，翻新工程耗资5万令吉。\n"
            "主持启用仪式的州议员黄志明指出，礼堂建于1970年代，多年来屋顶漏水，急需维修。\n"
            "          福建会馆颁奖励金　120学子受惠\n——会长：教育是华社传承的根本\n报道：曾淑仪\n"
            "（美罗河17日讯）美罗河福建会馆今日颁发会员子女奖励金，共有120名学子受惠。\n"
            "讣告\n吾父陈公亚福老大人于2023年11月16日寿终正寝，择于11月20日出殡。\n孝男：陈国强、陈国平\n孝眷　泣告\n"
            "                诚聘\n本公司现诚聘会计文员一名，有意者请WhatsApp简历至019-432 1188（林先生）\n振发五金有限公司\n"
            "                  停水通告\n州水务局通知，以下地区将于11月21日停水14小时。\n")
    titles = [(a.kicker, a.title, a.subtitle, a.authors) for a in parse_text_page(page, "p.txt").articles]
    assert titles[0] == ("斥资5万令吉提升设施", "新港华小礼堂翻新启用", "", ("李伟杰",))
    assert titles[1] == ("", "福建会馆颁奖励金　120学子受惠", "会长：教育是华社传承的根本", ("曾淑仪",))
    assert [t[1] for t in titles[2:]] == ["讣告", "诚聘", "停水通告"]


def test_an_old_page_s_serial_its_pen_name_chapter_and_couplet_a_short_comment_s_pen_name_and_a_notice_under_a_bill():
    page = ("民聲日報\n中華民國二十五年五月十四日　星期四　第四版\n〔短評〕江堤宜速修\n劍鳴\n"
            "入夏以來、陰雨連綿、江水日漲、沿江堤岸年久失修、當局宜速籌款修築、以免重蹈覆轍、\n"
            "江城月（一〇八）\n病鶴\n第二十二回\n聽雨樓頭人未寐\n落花時節客還家\n"
            "話說秋芳接了信、心中又喜又憂、一夜不曾合眼、次日一早便到江邊去了、要知後事如何、且聽下回分解。（未完）\n"
            "光明大戲院\n今日起開映\n國產有聲巨片\n每日三場　下午二時半\n票價　樓上四角　樓下二角\n"
            "鄭裕記遺失圖章聲明\n敝號於本月十日不慎遺失木質圖章一顆、嗣後如有持此圖章在外招搖者、概作無效、此啓。\n")
    titles = [(a.title, a.authors, a.section_heads) for a in parse_text_page(page, "p.txt").articles]
    assert titles[0] == ("〔短評〕江堤宜速修", ("劍鳴",), ())
    assert titles[1] == ("江城月（一〇八）", ("病鶴",), ("第二十二回", "聽雨樓頭人未寐", "落花時節客還家"))
    assert [t[0] for t in titles[2:]] == ["光明大戲院", "鄭裕記遺失圖章聲明"]


def test_a_campus_page_its_heads_centred_over_a_column_at_the_margin_a_poem_over_a_notice_and_a_box_of_fields():
    column = ("11月20日下午，中国科学院院士林致远走进临江讲坛，", "与千余名师生分享了自己五十年的科研历程。他说，",
              "做学问没有捷径，年轻人要耐得住寂寞，坐得住冷板", "凳。报告结束后，他还参观了我校低温物理实验室。")
    page = ("临江大学报\n2015年11月25日　星期三　　第4版　综合新闻\n　　　中科院院士林致远来校作学术报告\n"
            "　　　——勉励青年学子“坐得住冷板凳”\n核心阅读\n" + "\n".join(column) + "\n"
            "　　　　　　　　图书馆的灯\n外国语学院2013级　叶蓁\n夜深了\n图书馆的灯还亮着\n像一只不肯合上的眼睛\n守着一排排书架\n"
            "　　　关于2016年寒假放假安排的通知\n各学院、各部门：\n根据学校校历安排，现将寒假放假有关事项通知如下。\n"
            "　　　　　　　　　讲座预告\n主题：人工智能与未来教育　主讲：韩启明　时间：11月27日14:30\n"
            "主题：宋词中的江南　主讲：白露　时间：12月2日19:00\n")
    titles = [(a.title, a.subtitle) for a in parse_text_page(page, "p.txt").articles]
    assert titles[0] == ("中科院院士林致远来校作学术报告", "勉励青年学子“坐得住冷板凳”")
    assert [t[0] for t in titles[1:]] == ["图书馆的灯", "关于2016年寒假放假安排的通知", "讲座预告"]


def test_a_head_signed_after_a_wide_space_on_its_line_and_a_letter_signed_off_with_its_courtesy():
    page = ("【市聲】巴士加價誰之過　　丁舟\n巴士公司又在叫嚷加價了。理由是甚麼呢？無非是成本增加、入不敷支云云。\n"
            "街坊來信\n編輯先生：\n我們徙置區的居民，每天只在早上和傍晚有兩小時食水供應，請有關方面設法改善。\n"
            "徙置區居民　梁桂芬謹上\n海角遺恨\n葉蒼\n阿秀抱着孩子，站在碼頭的石階上，望着海面，久久不肯離去，直到天黑。\n")
    titles = [(a.title, a.authors) for a in parse_text_page(page, "p.txt").articles]
    assert titles[0] == ("【市聲】巴士加價誰之過", ("丁舟",))
    assert titles[1][1] == ("梁桂芬",) and titles[-1][0] == "海角遺恨"


def test_an_editorial_tagged_at_the_width_a_comment_s_label_over_its_text_and_a_ballad_signed_with_its_kind():
    page = ("太行前哨報　　中華民國三十六年八月十五日\n"
            "〔社論〕把秋收秋耕和支前結合起來\n秋收已經到了。今年太行各縣雨水調和，\n穀子、玉茭長得都好，是幾年來少有的\n"
            "好年景。把這個好年景變成糧食，裝進\n群眾的囤裏，裝進公家的倉裏，是當前\n壓倒一切的任務。\n"
            "可是也要看到，今年的秋收和往年不同\n。前方打仗需要大批民夫、擔架，青壯\n年出去支前的多，村裏勞力不足。有的\n"
            "村幹部只顧動員支前，不管秋收；有的\n群眾怕誤了自家的活，不願出民夫。這\n兩種想法都是不對的。我們要把秋收秋\n"
            "耕和支前結合起來，組織變工互助，把\n支前民夫家的地先收先種，讓前方的人\n安心打仗，後方的活也不耽誤。\n"
            "秋收大忙中\n王家峪變工隊搶收穀子\n石嶺縣王家峪村今年種穀子四百二十畝\n，眼下已經全部成熟。村裏有十多個青\n"
            "壯年出去支前，變工隊把他們家的地先\n收了，全村男女老少齊上陣，搶收穀子\n。\n"
            "【短評】\n王家峪的辦法好，好就好在把支前和秋\n收結合起來了。各村都應該學一學。\n"
            "送郎去參軍\n快板　王小鳳\n打竹板，響連天，\n聽我唱段送郎篇。\n八月裏，秋風涼，\n我送情郎上前方。\n")
    titles = [(a.title, a.authors) for a in parse_text_page(page, "p.txt").articles]
    assert [t[0] for t in titles[:2]] == ["〔社論〕把秋收秋耕和支前結合起來", "王家峪變工隊搶收穀子"]
    assert not any(t[0].startswith("王家峪的辦法好") for t in titles) and titles[-1] == ("送郎去參軍", ("王小鳳",))


def test_a_kind_of_piece_s_label_set_in_under_a_brief_heads_the_next_item():
    page = ("　　　　　　各　地　简　讯\n■西充县新建水库七座\n　　西充县今春以来新建小型水库七座，可灌溉农田一万二千亩。\n"
            "■营山县小麦丰收\n　　营山县今年小麦平均亩产二百八十斤，比去年增产三成。\n\n"
            "　　　　　　读　者　来　信\n请供销社多供应些小农具\n"
            "　　编辑同志：我们社里的锄头、镰刀很缺，到供销社去买，常常买不到。希望供销社多组织些货源。\n"
            "　　　　　　　　　　　　阆中县五星社　张有福\n")
    briefs = parse_text_page(page, "p.txt").articles
    assert [(a.kicker, a.title, a.section_heads) for a in briefs] == [
        ("", "西充县新建水库七座", ()), ("", "营山县小麦丰收", ()), ("读　者　来　信", "请供销社多供应些小农具", ())]


def test_a_supplement_s_poems_signed_between_dots_and_a_serial_s_number_on_a_line_of_its_own():
    page = ("江城晚报　　　　　　　　　　　　　第4版\n1985年6月9日　星期日　　　　　　望江楼\n\n"
            "　　　　　　　　　　　诗　　苑\n\n　　　　　　　　　　江边的早晨\n\n　　　　　　　　　　　·叶　青·\n\n"
            "雾还没有散开\n渡船已经醒了\n一声长长的汽笛\n把江水叫得发亮\n\n"
            "　　　　　　　　　　写给父亲的信\n\n　　　　　　　　　　　·汪小川·\n\n"
            "父亲，麦子黄了的时候\n我在城里的脚手架上\n数着一层一层的楼\n就像您在田里\n\n"
            "　　　　　　　　　　长篇小说连载\n\n　　　　　　　　　　　长河落日\n\n　　　　　　　　　　（三十七）\n\n"
            "　　　　　　　　　　　周维平\n\n船到石门峡的时候，天已经黑透了。老舵工秦大发站在船尾，两只手紧紧地握着舵把。\n")
    titles = [(a.title, a.authors) for a in parse_text_page(page, "p.txt").articles]
    assert titles[:2] == [("江边的早晨", ("叶青",)), ("写给父亲的信", ("汪小川",))]
    assert titles[2][0] == "长河落日"
    assert rules.is_furniture("一、") and not rules.is_furniture("（三十七）")


def test_the_day_s_cinema_listing_its_rows_their_hours_in_brackets():
    page = ("公共汽车上应该多为老人让座\n\n编辑同志：我每天乘坐五路公共汽车上下班，常常看到青年人对站在身边的老人视而不见。\n\n"
            "　　　　　　　东山区读者　黄国基\n\n今日电影\n\n新华　红棉岭（二、四、六、八时）\n\n人民　渔港之夜（三、五、七、九时）\n\n"
            "红星　红棉岭（一时半、三时半、七时半）\n\n东风　山村新风（二时、四时、六时、八时）\n\n南方　春到石门岭（三时、七时）\n")
    letter, films = parse_text_page(page, "p.txt").articles
    assert (films.title, len(films.paragraphs)) == ("今日电影", 5) and letter.authors == ("黄国基",)


def test_the_day_s_tv_listing_its_channels_between_rows_by_their_times():
    page = ("今日荧屏\n星城卫视\n19∶35 电视剧：雾都往事（23、24）\n21∶20 娱乐无极限\n星城经视\n19∶30 大宅门外（15、16）\n"
            "21∶15 星光直通车\n张学海巡回演唱会·星城站\n11月26日 19:30　星城体育馆　订票热线：8866 1234\n")
    listing = parse_text_page(page, "p.txt").articles[0]
    assert (listing.title, listing.paragraphs[:2]) == ("今日荧屏", ("星城卫视", "19∶35 电视剧：雾都往事（23、24）"))
    assert listing.paragraphs[5] == "21∶15 星光直通车" and "星城经视" not in listing.section_heads


def test_a_genre_label_at_the_margin_over_a_centred_title_is_its_kicker_and_opens_its_own_item():
    page = ("　　　　　　　　　秋到青螺湖\n　　连日来，青螺湖畔的芦花开了，吸引了不少摄影爱好者前来采风。\n"
            "　　　　　　　　　　　　　　　　　　　王建新　摄\n旅游时评\n　　　　　　　　景区涨价须三思\n　　　　　　　　　　辛　言\n"
            "　　据报载，某些风景区近来纷纷酝酿提高门票价格，有的一涨就是一倍。\n")
    found = parse_text_page(page, "p.txt").articles
    assert [(a.kicker, a.title, a.subtitle) for a in found][-1] == ("旅游时评", "景区涨价须三思", "")
    verse_then_letter = ("赶先进\n\n竹板一打响连天，我把先进来宣传。\n\n你追我赶劲头大，四月计划提前完，\n\n"
                         "人人争当先进者，红旗插遍咱车间！\n\n读者来信\n\n食堂开饭时间应该调整\n\n编辑同志：\n\n"
                         "我们锻工车间是早上七点上班，可是职工食堂早饭要到六点四十分才开始供应。\n")
    found = parse_text_page(verse_then_letter, "p.txt").articles
    assert found[-1].title == "食堂开饭时间应该调整" and "读者来信" not in [a.title for a in found]


def test_a_head_centred_over_two_lines_its_subject_over_its_predicate_is_one_title():
    page = ("　　最佳季节：每年9月至11月，农历十月还可赶上苗年。\n　　　　　　　云岫山客运索道工程\n　　　　　　　　　年底可望竣工\n"
            "　　本报讯（记者　周敏）记者从云岫山风景区管理局获悉，总投资4800万元的云岫山客运索道工程目前已完成主体施工，预计今年年底可以竣工试运行。\n")
    assert parse_text_page(page, "p.txt").articles[-1].title == "云岫山客运索道工程年底可望竣工"


def test_a_head_opening_with_its_column_s_name_opens_an_item_under_an_article_that_has_ended():
    page = ("北平來客\n坤伶秦小鳳昨日抵滬\n禿筆生\n北平坤伶秦小鳳，以青衣兼刀馬旦享名故都，\n顧曲家有「小梅娘」之譽。\n"
            "聞大觀此次包銀每月為三千二百元，較去年某\n名伶南來時尚多二百，滬上梨園同業，咸為側\n目。\n【小言】說冷氣\n"
            "今年滬上酷熱，寒暑表連日在百度以上。大戲\n院、大舞廳競裝冷氣。\n（老鐵）\n")
    assert [a.title for a in parse_text_page(page, "p.txt").articles][-1] == "【小言】說冷氣"


def test_a_market_report_s_goods_in_brackets_are_its_sections_not_briefs():
    page = ("本市物價評議會昨開第七次常會\n　　本市物價評議會昨日下午三時舉行第七次常會，出席委員十九人。\n"
            "昨日市況\n〔米糧〕\n　　昨日米市開盤平穩，午後因到貨稀少，人心轉堅。\n〔紗布〕\n　　紗市仍呈盤旋之局，布市交易清淡。\n"
            "〔證券〕\n　　華商股票昨日市氣較活，永新紡織股成交最旺。\n")
    found = parse_text_page(page, "p.txt").articles
    assert [a.title for a in found] == ["本市物價評議會昨開第七次常會", "昨日市況"]
    assert [b.text for b in found[1].body if isinstance(b, SectionHead)] == ["〔米糧〕", "〔紗布〕", "〔證券〕"]


def test_nothing_goes_on_from_a_letter_s_signature_and_its_day():
    page = ("電車何以時常脫班\n　　編者先生：鄙人每日乘坐第八路電車往返於寓所與辦公處之間，近一月來，\n該路電車時常脫班，候車者往往一等三四十分鐘。\n"
            "　　聞電車公司以電力限制為辭，深望公司當局切實整頓，\n俾市民稍得便利，不勝盼禱。\n　　　　　　讀者　陳伯言　上　五月十五日\n"
            "亞洲大戲院\n今日起　每日三場　二時半　五時半　九時一刻\n中聯最新倫理悲劇巨片\n玉樓殘夢\n")
    found = parse_text_page(page, "p.txt").articles
    assert found[0].authors == ("陳伯言",) and "亞洲大戲院" not in " ".join(found[0].paragraphs)


def test_heads_run_into_their_text_after_a_dateline_or_under_a_column_s_name_are_items_each():
    page = ("打破“铁饭碗”\n金沙湾工业区全面推行劳动合同制\n本报记者　何少明\n"
            "　　八月十日上午，金沙湾工业区管理处礼堂里座无虚席，三百二十名新招职工在这里与企业签订了劳动合同。\n"
            "　　工业区管理处负责人对记者说，实行劳动合同制，就是要让能者上、庸者下。\n"
            "外汇调剂中心开业百日成交二千三百万美元　本报讯（记者张晓帆）据市外汇调剂中心统计，该中心共为一百二十七家企业调剂外汇。\n"
            "　　外汇调剂中心开业以前，一些急需外汇进口原材料的企业四处求购，费时费力。\n"
            "【特区短论】效率从何而来　在特区，“效率”两个字是挂在人们嘴边的。可是，效率究竟从何而来？\n"
            "　　特区是改革的试验场。向改革要效率，这才是特区的出路所在。\n丁　一\n"
            "正在施工的特区金融大厦已建到第三十二层。这座大厦设计高度五十层，采用滑模施工。　本报记者　梁国栋摄\n")
    found = parse_text_page(page, "p.txt").articles
    assert [a.title for a in found][:3] == ["金沙湾工业区全面推行劳动合同制", "外汇调剂中心开业百日成交二千三百万美元", "【特区短论】效率从何而来"]
    assert found[1].authors == ("张晓帆",) and found[2].authors == ("丁一",)


def test_a_title_of_two_short_clauses_over_its_writer_s_name_and_verse():
    page = ("本报讯　近日，省话剧院创排的原创话剧《山海谣》入选年度舞台艺术重点剧目扶持名单，该剧将于明年春季首演。\n\n"
            "初冬，在江边\n\n韩青\n\n江水瘦了一圈\n芦苇把白头埋进风里\n对岸的灯，一盏一盏\n替晚归的人数着台阶\n")
    poem = parse_text_page(page, "p.txt").articles[-1]
    assert (poem.title, poem.authors) == ("初冬，在江边", ("韩青",))
    rubric = "社论\n\n把比学赶帮的热潮推向新的高峰\n\n本报社论\n\n　　春回大地，万象更新。全国各条战线上的职工群众，正以冲天的干劲掀起高潮。\n"
    assert parse_text_page(rubric, "p.txt").articles[0].title == "把比学赶帮的热潮推向新的高峰"


def test_a_caption_sharing_no_word_with_its_neighbour_is_a_news_photo_of_its_own_a_credit_alone_is_not():
    page = ("检察监督要在“精准”上下功夫\n\n"
            "精准监督，是新时代法律监督工作的一个鲜明导向。所谓精准，就是要抓住司法办案中的突出问题、典型问题，以点带面。\n"
            "做到精准，需要检察人员下足调查核实的功夫，把问题找准、把原因查清、把建议提实。\n\n"
            "浙江省某县检察院干警走进当地一所中学，以模拟法庭形式开展防范电信网络诈骗法治宣传（6月7日摄）。\n本报通讯员 金 红摄\n\n"
            "检察动态\n福建：“检察护企”专项行动见成效\n　　福建省检察院部署开展“检察护企”专项行动以来，共办理涉企案件三百余件。\n")
    found = parse_text_page(page, "p.txt").articles
    assert [(a.title, a.kind) for a in found][:2] == [("检察监督要在“精准”上下功夫", "article"),
                                                     ("浙江省某县检察院干警走进当地一所中学", "photo")]
    credited = ("煤电企业迎峰度冬保供进入关键期\n\n入冬以来，全省煤电企业开足马力，日均发电量创历年同期新高。\n\n"
                "本报记者　旦增伦珠　摄\n\n县图书馆冬季开放时间调整\n\n从下月起，县图书馆冬季开放时间调整为上午九时至下午五时。\n")
    assert [a.kind for a in parse_text_page(credited, "p.txt").articles] == ["article", "article"]  # a credit alone: no photo item


def test_a_head_over_a_caption_that_credits_its_photographer_in_brackets_is_a_photo_after_a_signed_piece():
    page = ("练兵要多一些“意外”（短评）\n　　训练中多一分“意外”，打仗时就少一分意外。\n　　只有把每一次训练都当作实战，才能掌握主动。\n"
            "■林　锋\n\n\ufffc\n高原夜训\n　　5月9日，某旅官兵在海拔四千米的训练场开展夜间驾驶训练。（赵　亮、周文斌摄）\n\n"
            "新闻速递\n某部开展新装备接装培训\n　　本报讯　记者王　超报道：近日，某部组织新装备接装培训。\n")
    found = parse_text_page(decode_source(page.encode("utf-8")), "p.txt").articles
    assert [(a.title, a.kind) for a in found] == [("练兵要多一些“意外”（短评）", "article"), ("高原夜训", "photo"),
                                                  ("某部开展新装备接装培训", "article")]
    assert rules.closes_with_photo_credit("…驾驶训练。（赵　亮、周文斌摄）") and not rules.closes_with_photo_credit("他说（摄影）")
    lines = ("少儿戏曲大赛落幕\n本报讯 10月14日，全市少儿戏曲大赛在市群众艺术馆落下帷幕，86个节目进入决赛。\n"
             "获奖节目将于11月在市群众艺术馆集中展演。\n"
             "江畔听琴\n10月13日晚，市民在滨江公园欣赏古琴演奏。\n当晚，“周末江畔音乐会”启幕，演出将持续至\n"
             "11月底，每周六晚免费开放。\n本报记者 陈　拓 摄\n"
             "老城记忆摄影展开幕\n本报讯 10月14日，“老城记忆”影像展在市博物馆开幕，展出老照片300余幅。\n")
    assert [(a.title, a.kind) for a in parse_text_page(lines, "p.txt").articles] == [
        ("少儿戏曲大赛落幕", "article"), ("江畔听琴", "photo"), ("老城记忆摄影展开幕", "article")]


def test_a_keepers_note_over_the_line_that_introduces_the_clipping_is_none_of_it():
    page = ("备注：5月3日稿件（滨河新城土地出让）提到该项目，广告留存备查。\n\n——————以下为原版广告文字——————\n\n"
            "滨河·云栖苑\n城市新中心　一线河景　精装洋房\n\n5月8日　盛大开盘\n\n建面约90—130㎡　三至四居\n"
            "认筹热线：0571-8888 6666\n项目地址：滨河新城滨河路与云栖路交汇处\n开发商：杭州滨河置业有限公司\n")
    (advert,) = parse_text_page(page, "p.txt").articles
    assert advert.title == "滨河·云栖苑" and not any("备注" in p for p in advert.paragraphs)
    assert rules.introduces_the_clipping("以下为原文：") and not rules.introduces_the_clipping("以下为大家介绍几种方法")


def test_a_head_broken_at_the_width_over_a_box_that_opens_its_story_is_one_head():
    page = ("江北区推行“一件事一次办”\n新生儿出生“一件事”办理\n最快1天办结\n\n核心阅读\n"
            "　　过去，新生儿出生后，家长需要跑医院、派出所、社保等多个部门。\n"
            "　　本报记者 林晓\n　　今年起，江北区推行“一件事一次办”，家长在医院就能一次办好。\n")
    (story,) = parse_text_page(page, "p.txt").articles
    assert (story.kicker, story.title) == ("江北区推行“一件事一次办”", "新生儿出生“一件事”办理最快1天办结")


def test_a_head_typed_twice_over_is_one_head():
    page = ("（县委政研室　黄志刚）\n县水泥厂扩建工程竣工投产\n县水泥厂扩建工程竣工投产\n"
            "　　县水泥厂年产三万吨水泥扩建工程日前竣工投产。\n　　　　　　摄影　胡　敏\n")
    titles = [(a.kicker, a.title) for a in parse_text_page(page, "p.txt").articles]
    assert ("", "县水泥厂扩建工程竣工投产") in titles


def test_a_notice_titled_over_three_lines_its_issuer_first_is_one_title():
    page = ("相关链接\n　　标准化箱式电源是一种可快速更换的船用动力电池系统，换电时间可控制在半小时以内。\n\n"
            "江南省交通运输厅\n关于S6沿江高速公路部分路段\n施工期间交通管制的公告\n"
            "　　因沿江高速公路路面大修工程施工需要，自2025年5月5日至6月30日实行半幅封闭交通管制。\n　　特此公告。\n"
            "江南省交通运输厅\n2025年4月28日\n")
    titles = [a.title for a in parse_text_page(page, "p.txt").articles]
    assert "江南省交通运输厅关于S6沿江高速公路部分路段施工期间交通管制的公告" in titles


def test_the_note_of_who_typed_a_clipping_in_is_none_of_the_page_and_no_gap_of_it():
    page = ("[录入者注]文件名的日期记错了，这是五月五日的报纸。\n\n江城晚报　一九八五年五月五日　星期日　第二版\n\n"
            "江滩公园游人如织\n　　五一假期，江滩公园每天接待游人三万多人次，草坪上、江堤边到处是休闲的市民。\n"
            "　　（本报记者　林　涛）\n\n抄录于2003年4月　老陈\n")
    (park,) = parse_text_page(page, "p.txt").articles
    assert park.title == "江滩公园游人如织" and park.authors == ("林涛",)
    assert rules.is_keepers_mark("（剪报在第二个文件袋里，还没来得及录入，先占个位置。）")
    assert not rules.is_keepers_mark("抄录于是他每天的功课")
    assert rules.is_keepers_mark("〔整理说明：据影印本第三三九册录入。录入：林枫　初校：小米。凡例：□为无法辨认之字，〔〕内为整理者所加。〕")
    assert rules.is_keepers_mark("录入：阿青；校对：小舟；状态：初校稿，待复校"), "a transcribing team's roles and the text's state"
    assert not rules.is_keepers_mark("说明：本次活动免费，欢迎市民参加")


def test_a_dashed_kicker_as_wide_as_the_column_leads_into_its_title_and_does_not_run_on_with_it():
    page = ("2024年5月9日 星期四\n健康\nA11\n\n食品安全进入高发期，专家提醒——\n凉菜隔了夜、冷藏　最好别再吃\n本报记者 林晓 通讯员 周岚\n\n"
            "进入5月，气温明显升高，细\n菌繁殖速度加快。记者近日从\n市疾控中心了解到，近期因食\n用隔夜凉菜引发肠胃不适的就\n"
            "诊人数有所增加，不少市民以\n为冷藏就万无一失，其实不然\n。专家表示，凉菜制作过程中\n没有经过加热，一旦存放不当\n"
            "就容易滋生细菌，建议现做现\n吃，吃不完的及时倒掉。\n")
    found = parse_text_page(page, "p.txt").articles
    assert [(a.kicker, a.title) for a in found] == [("食品安全进入高发期，专家提醒", "凉菜隔了夜、冷藏　最好别再吃")]


def test_a_head_right_over_a_photo_s_caption_is_the_photo_s_title_under_a_running_head():
    page = ("组屋区乐龄活动中心年底前将增至120个\n　　本地组屋区的乐龄活动中心将在今年底前增加至120个，让更多独居长者受惠。\n"
            "南岛早报　2024年3月18日　星期一　新闻　6\n雨后彩虹映滨海湾\n昨天下午一场大雨过后，一道彩虹横跨滨海湾上空，吸引不少路人驻足拍照。（林伟明摄）\n"
            "新马简讯\n槟城渡轮服务延长至晚上11时\n（槟城17日讯）槟城渡轮服务从下月1日起延长营业时间至晚上11时。\n")
    titles = [a.title for a in parse_text_page(page, "p.txt").articles]
    assert "雨后彩虹映滨海湾" in titles


def test_an_editor_s_answer_under_a_letter_is_no_head():
    page = ("菜场门口的污水沟该清理了\n　　我们曾向菜场管理处反映过两次，他们都说“\n人手不够”，一直没有解决。请问这样的情况应当\n由谁负责？\n"
            "　　　　　　　　读者　何志明\n编者：我们已将此信转请虹口区爱国卫生运动委员\n会处理，并希望菜场管理处迅速改正。\n\n"
            "　　　　有些单位的卫生检查走了过场\n　　有些单位的卫生检查，只是走马看花，看看门面。\n")
    titles = [a.title for a in parse_text_page(page, "p.txt").articles]
    assert not any(t.startswith("编者") for t in titles)


def test_a_letter_signed_by_all_of_a_body_is_closed_by_its_signature():
    page = ("表扬拖拉机站的好作风\n\n柳塘报编辑同志：\n\n本月十日晚上，天下着大雨，我们队抽水的柴油机突然坏了，秧田眼看就要干裂。\n\n"
            "我们全队社员非常感动，特写信请报社表扬他们这种全心全意为农业服务的好作风。\n\n"
            "城关公社东风大队第三生产队全体社员\n\n一九六四年五月十三日\n\n怎样防治稻田螟虫\n\n县农业技术推广站\n\n"
            "螟虫是水稻的主要害虫。当前正是第一代螟虫发生时期，各地要抓紧防治。\n\n"
            "一、点灯诱蛾。螟蛾有趋光性，可在田边设置诱蛾灯，每十亩一盏，天黑点灯，天亮熄灯。\n")
    titles = [a.title for a in parse_text_page(page, "p.txt").articles]
    assert "城关公社东风大队第三生产队全体社员" not in titles and titles[0] == "表扬拖拉机站的好作风"


def test_a_column_s_short_name_at_the_margin_over_a_title_set_in_is_its_kicker():
    page = ("　　　　白玉棠重組新艷陽劇團\n"
            "　　【本報訊】粵劇名伶白玉棠，息影年餘，近日\n重組新艷陽劇團，定於下月初旬在明星戲院登台，\n首演新劇《情鎖翠屏》。\n"
            "　　白玉棠今午接受記者訪問時表示：「離開舞台\n一年，日夜思念觀眾，今番復出，定必全力以赴，\n不負街坊厚愛。」\n\n"
            "夜談\n　　　　　　　　談「貼士」\n　　　　　　　　　　　　　　　　　　　老　吉\n"
            "　　香港人好賭，馬季一到，茶樓酒肆，無不以「\n貼士」為談話資料。有人得一「貼士」，如獲至寶，\n"
            "押上半月薪金；及至馬匹跑包尾，則怨天尤人。\n")
    found = parse_text_page(page, "p.txt").articles
    assert (found[-1].kicker, found[-1].title) == ("夜談", "談「貼士」")


def test_a_masthead_line_cut_at_the_width_is_furniture_over_the_first_title():
    page = ("建業日報　中華民國二十四年十月十\n七日　星期四　第三版\n社論\n論縣政建設當以推行地方自治為根本\n之圖\n"
            "自訓政開始以來，中央於縣政之整飭\n，三令五申，不遺餘力。然數年以還\n，各省縣政之成績，仍多未能盡如人\n意者，其故安在？\n")
    assert parse_text_page(page, "p.txt").articles[0].title == "論縣政建設當以推行地方自治為根本之圖"


def test_a_photo_alone_with_its_caption_is_titled_by_the_caption_s_first_words():
    [photo] = parse_text_page("\u3000\u3000青年突击队员冒雨抢修接触网，确保线路按时开通。6月14日，京淮线因雷击造成接触网故障，"
                              "青年突击队仅用47分钟就恢复供电。\u3000\u3000张　琦　摄\n", "p.txt").articles
    assert photo.title == "青年突击队员冒雨抢修接触网" and photo.captions[0].text.endswith("摄")


def test_a_column_s_name_in_brackets_opens_a_piece_of_its_own_a_box_s_closes_the_report():
    # a 1994 economy page's lead, its 链接 box, then 【经济漫谈】 over a commentary, a feature under it
    page = (Path(__file__).parent / "fixtures/pages_sixtythird/dcrb_19940617_p05.txt").read_text("utf-8").split("\n")[:30]
    titles = [a.title for a in parse_text_page("\n".join(page) + "\n", "p.txt").articles]
    assert titles[:2] == ["我省转换企业经营机制迈出实质性步伐", "“翻牌公司”该摘牌了"]
    report = ("申花客场一球小胜实德\n\n本报大连4月14日电 上海申花队今天在大连以1比0战胜实德队，取得联赛四连胜。\n"
              "申花主帅说，客场拿三分非常宝贵，球员们执行战术非常坚决。\n【比赛档案】\n大连实德 0：1 上海申花\n"
              "进球：陈骁（67分钟，申花）\n观众：32000人\n")
    assert [a.title for a in parse_text_page(report, "p.txt").articles] == ["申花客场一球小胜实德"]


def test_a_deck_that_leaves_a_bracket_open_goes_on_in_the_line_under_it():
    page = ("中国共产党第十二届中央委员会\n第 六 次 全 体 会 议 在 京 举 行\n——一致通过《中共中央关于社会主义\n"
            "精神文明建设指导方针的决议》\n\n新华社北京9月28日电 中国共产党第十二届中央委员会第六次全体会议，于一九八六年九月二十八日在北京举行。\n"
            "全会一致通过了这个决议。\n")
    [lead] = parse_text_page(page, "p.txt").articles
    assert (lead.kicker, lead.title, lead.subtitle) == (
        "中国共产党第十二届中央委员会", "第六次全体会议在京举行", "一致通过《中共中央关于社会主义精神文明建设指导方针的决议》")


def test_a_page_s_articles_cut_at_columns_of_different_widths_are_each_joined_at_their_own():
    # a 1986 front page OCR'd line by line: its lead cut at sixteen, its commentary at thirteen
    page = (Path(__file__).parent / "fixtures/pages_sixtyfourth/江州日报-1986-09-29-第1版.txt").read_text("utf-8")
    titles = [a.title for a in parse_text_page(page, "p.txt").articles]
    assert titles[:4] == ["第六次全体会议在京举行", "把精神文明建设落到实处", "我市秋季物资交流大会开幕", "第二棉纺厂试行厂长负责制一年"]
    assert not any(t.startswith(("建设的总体布局", "高整个中华民族", "全会号召")) for t in titles)  # lines of the lead's text


def test_a_reading_account_s_articles_take_the_pages_their_labels_name():
    post = ("点击上方蓝字“桐州早知道”关注我们\n早上好！今天是2020年3月16日，星期一。\n\n【要闻】\n我市规上工业企业复工率达98.6%\n"
            "记者 潘文杰\n本报讯 记者从市经信局获悉，截至3月15日，全市1426家规上工业企业已复工1406家。\n\n【第2版】\n"
            "桐州出台20条措施助力中小微企业纾困\n本报记者 许晴\n本报讯 为帮助中小微企业渡过难关，市政府出台20条措施。\n\n"
            "【第8版·桐花副刊】\n春到桐江\n文/沈默言\n桐江的春天，是从岸边的柳梢开始的。\n")
    read = parse_text_page(post, "3.16读报.txt").articles
    assert [(a.title, a.page, a.section) for a in read] == [
        ("我市规上工业企业复工率达98.6%", None, None), ("桐州出台20条措施助力中小微企业纾困", "2", None),
        ("春到桐江", "8", "桐花副刊")]


def test_a_page_turned_from_its_pdf_keeps_each_column_s_width_and_a_wrapped_line_is_no_head():
    """pdftotext keeps the PDF's lines: a lead set 22 wide, a story beside it 17 wide, no blank line
    between a section head and the text cut at its own column's width under it."""
    wide = "据市交通局有关负责人介绍，今年全市将新增公交\n线路十二条，优化调整线路二十条，重点解决新建\n"
    narrow = "今年我市将在主城区新建停车泊位\n八千个，其中首批三千个将于六月底\n"
    page = ("市交通局昨日透露\n主城区公交线网今年大调整\n本报记者 孙立峰\n" + wide * 3 + "小区居民出行难问题。\n"
            "哪些线路先调整\n据市公交集团运营部经理吴振华介绍，首批调\n" + wide * 3 + "居民区的线路。\n"
            "停车难有望缓解\n本报记者 陈思远\n" + narrow * 4 + "前投入使用。\n")
    first, second = parse_text_page(page, "p.txt").articles
    assert (first.kicker, first.title, second.title) == ("市交通局昨日透露", "主城区公交线网今年大调整", "停车难有望缓解")
    assert first.section_heads == ("哪些线路先调整",)
    assert len(second.paragraphs) == 1
    # a column's lines as wide as each other with figures set half-width, the last filling it too
    briefs = ("大柔佛简讯\n笨珍渔民获发柴油津贴（笨珍讯）渔业局\n将于本月21日至23日在笨珍渔业局办事处\n"
              "发放第一季柴油津贴，受惠渔民约350人。\n麻坡中化中学办教育展\n（麻坡讯）麻坡中化中学将于本月26及27\n"
              "日上午9时至下午5时，在该校礼堂举办“2011\n年升学教育展”，欢迎家长及学生出席。\n")
    assert [a.title for a in parse_text_page(page + briefs, "p.txt").articles][2:] == ["笨珍渔民获发柴油津贴", "麻坡中化中学办教育展"]


def test_a_column_s_name_or_a_slogan_over_a_kicker_a_title_and_its_deck_is_none_of_the_head():
    """社队经验交流 (a column's name), or 工业大跃进 over a slogan in parts, over a long kicker, the title
    and a deck in parts: a head has one kicker and one deck, the lines above it are none of it; the
    long kicker over a shorter title is no half of a title set over two lines."""
    text = "　　安平县马店公社大何庄生产队有五十八户人家，二百六十一口人，一百零四个劳动力，种地九百二十亩。\n"
    page = ("燕赵农民报　第三版　一九六二年九月二十日　星期四\n社队经验交流\n安平县马店公社大何庄生产队认真贯彻执行按劳分配的原则\n"
            "评工记分合理了　社员劲头越来越足\n小段包工　定额到活　按件记分　帐目按月公布\n" + text)
    leap = ("锡城日报　一九五八年十月九日　星期四　第二版\n工业大跃进\n鼓足干劲　力争上游　多快好省地建设社会主义\n"
            "在党的总路线光辉照耀下全厂职工发扬敢想敢说敢干的共产主义风格\n国棉一厂提前八十四天完成全年计划\n"
            "棉纱单产创全省新纪录　职工敲锣打鼓向市委报捷\n" + text)
    assert [(a.kicker, a.title, a.subtitle) for a in parse_text_page(page, "p.txt").articles] == [
        ("安平县马店公社大何庄生产队认真贯彻执行按劳分配的原则", "评工记分合理了　社员劲头越来越足", "小段包工　定额到活　按件记分　帐目按月公布")]
    assert [(a.kicker, a.title, a.subtitle) for a in parse_text_page(leap, "p.txt").articles] == [
        ("在党的总路线光辉照耀下全厂职工发扬敢想敢说敢干的共产主义风格", "国棉一厂提前八十四天完成全年计划", "棉纱单产创全省新纪录　职工敲锣打鼓向市委报捷")]


def test_a_brief_run_in_under_its_bullet_among_briefs_headed_on_lines_of_their_own():
    """县内简讯 over ●县人大常委会召开第三十次会议 3月14日，… and a brief headed on its own line: each
    bulleted brief is its head and its text, alone among the others too."""
    page = ("县内简讯\n●县人大常委会召开第三十次会议 3月14日，县十七届人大常委会召开第三十次会议，审议通过了有关人事任免事项。\n"
            "我县启动春季森林防火“百日攻坚”行动\n本报讯 3月15日，我县召开春季森林防火工作会议，正式启动森林防火行动。（刘海军）\n"
            "●县政协开展“委员进乡村”视察活动 日前，县政协组织部分政协委员深入石门、龙潭等乡镇，视察农村饮水安全工程。\n")
    assert [a.title for a in parse_text_page(page, "p.txt").articles] == [
        "县人大常委会召开第三十次会议", "我县启动春季森林防火“百日攻坚”行动", "县政协开展“委员进乡村”视察活动"]


def test_a_reader_signing_a_letter_over_the_editor_s_word_on_it():
    """王桂兰（清河县五金厂工人） under a letter, 编者附言：… under her: her signature, no head."""
    page = ("小号胶鞋为啥难买？（读者来信）\n\n编辑同志：\n\n我们这里孩子多，小号胶鞋是必须品，希望有关部门给想想办法。\n\n"
            "王桂兰（清河县五金厂工人）\n\n编者附言：王桂兰同志反映的问题带有一定的普遍性，希望有关部门和企业重视群众的意见。\n")
    letter, = parse_text_page(page, "p.txt").articles
    assert (letter.title, letter.authors) == ("小号胶鞋为啥难买？（读者来信）", ("王桂兰",))


def test_a_brief_s_head_run_in_on_a_line_cut_at_the_column_goes_on_with_its_text():
    """  我县举办首届农村电商培训班 10月30日 / 至11月1日，…: a PDF's line, set in, a brief's head and its
    text's first words parted by a space, goes on with the lines under it (no couplet of two heads)."""
    story = ("县委书记李明昨日到岚东镇检查秋收工作\n  10月28日，县委书记李明深入岚东镇田间\n地头，详细了解晚稻收割进度和农机作业\n"
             "情况。\n  李明强调，要抢抓晴好天气，加快收割\n进度，确保颗粒归仓。\n  岚东镇今年种植晚稻两万余亩，目前已\n"
             "收割七成以上。\n")
    page = (story + "岚溪快讯\n  我县举办首届农村电商培训班 10月30日\n至11月1日，由县商务局、团县委联合举办的\n"
            "首届农村电子商务培训班在县职教中心举行。\n  城区新增公共自行车站点12个 记者从县\n交通运输局获悉，城区公共自行车系统二期\n"
            "工程日前完工，新增站点12个。\n")
    assert [a.title for a in parse_text_page(page, "p.txt").articles][1:] == ["我县举办首届农村电商培训班", "城区新增公共自行车站点12个"]


def test_a_series_name_over_the_editor_s_note_on_the_piece_under_it():
    """脱贫攻坚·一线故事 / 编者按：… / 第一书记的“民情日记” / 本报记者 何丽: the series' name the page's, the
    note the piece's, no item of their own."""
    page = ("县委召开常委会\n本报讯 县委昨日召开常委会，研究部署脱贫攻坚工作。\n脱贫攻坚·一线故事\n"
            "编者按：脱贫攻坚战打响以来，我县一大批党员干部扎根一线。今起本报推出系列报道，敬请关注。\n"
            "第一书记的“民情日记”\n本报记者 何丽\n在龙潭乡高坪村村部二楼一间不足十平方米的宿舍里，县里派来的第一书记黄志明已经住了两年。\n")
    articles = parse_text_page(page, "p.txt").articles
    assert [(a.title, a.kicker) for a in articles] == [("县委召开常委会", ""), ("第一书记的“民情日记”", "")]
    assert articles[1].paragraphs[0].startswith("编者按")


def test_on_a_page_that_sets_its_paragraphs_in_a_narrow_column_set_flush_is_joined_too():
    """A PDF's text whose paragraphs open two spaces in, beside a commentary set thirteen
    characters wide with no indent: the commentary's lines go on as one paragraph, no heads."""
    wide = ("  根据宏盛控股昨天向新加坡交易所提交的文告，\n公司第二季营业额按年增长18.5%至1亿2340万元，\n每股盈利从上财年同期的2.10分增加到2.67分。\n")
    page = ("宏盛控股第二季净利增27%\n报道：李慧玲\n" + wide * 4 + "【财经观察】新元走强的两面\n■ 黄振发\n"
            "近几个月来，受美国可能缩减\n量化宽松规模的影响，区域货\n币纷纷走软，令吉、印尼盾和\n泰铢兑美元都跌至多年来的低\n"
            "点，相比之下，新元的表现显\n得相对坚挺。\n")
    first, comment = parse_text_page(page, "p.txt").articles
    assert (comment.title, comment.authors, len(comment.paragraphs)) == ("【财经观察】新元走强的两面", ("黄振发",), 1)
    assert comment.paragraphs[0].endswith("新元的表现显得相对坚挺。")


def _spaced(*lines: str) -> str:
    """A page as Google's OCR gives it: a paragraph a line, a blank line after every one."""
    return "\n\n".join(lines) + "\n"


def test_a_role_alone_over_a_head_signs_the_piece_under_it_however_alike_their_topic():
    page = _spaced("我市十万群众欢庆香港回归", "——人民广场倒计时牌前歌声如潮",
                   "本报讯（记者 王海燕）6月30日夜，东州无眠。人民广场一带汇成了欢乐的海洋，市民们迎接香港回归祖国。",
                   "晚上7时许，人民广场上己是人山人海。香港回归倒计时牌前，挤满了拍照留念的市民。",
                   "本报评论员", "洗雪百年耻辱 开创美好未来",
                   "1997年7月1日，中华人民共和国政府对香港恢复行使主权，香港回归祖国，人民广场上的市民欢庆这一天。")
    articles = parse_text_page(page, "p.txt").articles
    assert [a.title for a in articles] == ["我市十万群众欢庆香港回归", "洗雪百年耻辱 开创美好未来"]


def test_a_timeline_under_its_head_is_a_piece_of_its_own():
    page = _spaced("七月，紫荆花开", "周启明",
                   "这一天我们等得太久太久一百五十五年的风雨一百五十五年的泪水都在今夜化作满天的礼花",
                   "让我们举起酒杯吧为了不再屈辱的日子为了一个崛起的民族为了长江黄河为了香江",
                   "香港百年沧桑大事记", "1842年8月29日 清政府被迫与英国签订《南京条约》，割让香港岛。",
                   "1997年7月1日 中国政府对香港恢复行使主权，香港特别行政区成立。")
    articles = parse_text_page(page, "p.txt").articles
    assert [(a.title, a.authors) for a in articles] == [("七月，紫荆花开", ("周启明",)), ("香港百年沧桑大事记", ())]


def test_a_head_joined_to_stray_words_where_only_a_title_stands_keeps_the_head():
    """Google's OCR sets a head on one line with words of the column beside it: under a kind of
    piece's label, under a column's name, over a letter's salutation, the line's head is the title."""
    page = _spaced("短评", "股份制不是“一股就灵” 认购工作已于5月底顺利结束。",
                   "推行股份制，是我市今年深化企业改革的一个重点。从试点情况看，效果是好的。",
                   "晓 岚", "【周末笑坛】", "我家的“千年虫” 我心里很乱，不知道该怎么办。",
                   "最近报纸上、电视里天天讲“千年虫”，说到了2000年电脑就要出毛病。", "阿 牛",
                   "读者来信", "盼了一辈子的这一天 在中华民族史册上的日子。", "编辑同志：",
                   "我今年七十六岁了，是个老纺织工人。小时候跟着父亲在上海码头扛过包。",
                   "东州市第二棉纺厂退休工人 张德福")
    articles = parse_text_page(page, "p.txt").articles
    assert [(a.title, a.authors) for a in articles] == [
        ("股份制不是“一股就灵”", ("晓岚",)), ("我家的“千年虫”", ("阿牛",)), ("盼了一辈子的这一天", ("张德福",))]


def test_briefs_run_into_their_text_after_one_space_under_their_column():
    page = _spaced("市场简讯", "钢材价格继续回落 据市物资信息中心统计，本月上旬我市钢材市场价格继续小幅回落。",
                   "特区外汇调剂价稳中有升 本周鹏海外汇调剂中心共成交美元四千二百万元，成交价稳中有升。",
                   "蔬菜上市量增加", "入夏以来，本地及周边地区蔬菜大量上市，我市蔬菜批发价格有所下降。",
                   "国库券转让价格上扬 近期我市国库券转让市场交投活跃，各期国库券转让价格普遍上扬。",
                   "周末去哪儿", "青年宫举办电脑知识讲座 市青年宫本周日（10月17日）上午举办电脑知识讲座，欢迎参加。",
                   "“世纪之交”青年摄影作品展开幕", "由团市委、市摄影家协会联合举办的摄影作品展昨日开幕。",
                   "大学生街舞大赛周日决赛 由本报和市学联联合主办的首届大学生街舞大赛将于周日决赛。")
    assert [a.title for a in parse_text_page(page, "p.txt").articles] == [
        "钢材价格继续回落", "特区外汇调剂价稳中有升", "蔬菜上市量增加", "国库券转让价格上扬",
        "青年宫举办电脑知识讲座", "“世纪之交”青年摄影作品展开幕", "大学生街舞大赛周日决赛"]


def test_a_letter_to_an_advice_column_and_its_reply_are_one_item():
    page = _spaced("【周末信箱】", "我该不该和他断了联系？", "方雨姐姐：",
                   "我是一名高三女生。去年暑假，我在一次夏令营中认识了一个外校的男生，我们一直通信。",
                   "一个迷茫的高三女生", "迷茫的小妹妹：", "读了你的信，我能感受到你的苦恼。首先我想告诉你，这很正常。",
                   "祝你明年考出好成绩！", "方 雨", "《洗澡》：一座老澡堂里的人情味【看电影】",
                   "在一个人人都在追求速度的年代，张扬导演的新片《洗澡》却不紧不慢地把故事讲完。", "钟 岚")
    articles = parse_text_page(page, "p.txt").articles
    assert [(a.title, a.authors) for a in articles] == [
        ("我该不该和他断了联系？", ("方雨",)), ("《洗澡》：一座老澡堂里的人情味【看电影】", ("钟岚",))]
    assert "祝你明年考出好成绩！" in "".join(b.text for b in articles[0].body)


def test_a_title_set_letter_by_letter_over_verse_is_no_signature():
    page = ("我体会到，阶级斗争一抓就灵，抓住了阶级斗争这个纲，生产才能搞得好。\n"
            "插　秧　歌\n东风吹来红旗飘，\n插秧季节到今朝，\n男女老少齐出动，\n千军万马下田操。\n陈阿根\n")
    assert "插秧歌" in [a.title.replace("　", "") for a in parse_text_page(page, "p.txt").articles]


def test_a_dateline_alone_under_a_head_opens_the_text_under_it():
    page = ("尼克斯主場再敗　錢尼帥位不穩\n(本報訊)\n尼克斯(Knicks)前晚(十六日)在麥迪遜廣場\n花園主場以87比95不敵塞爾特人，吞\n"
            "下三連敗。\n　　尼克斯當晚投籃命中率僅百分之三十九。\n")
    [article] = parse_text_page(page, "p.txt").articles
    assert article.title == "尼克斯主場再敗　錢尼帥位不穩" and article.dateline == "（本報訊）"
    assert article.paragraphs[0] == "尼克斯(Knicks)前晚（十六日）在麥迪遜廣場花園主場以87比95不敵塞爾特人，吞下三連敗。"


def test_a_lead_set_wider_than_the_page_s_column_is_joined_at_its_own_width():
    """A deep-learning OCR's boxes, a box a line: a lead at seventeen characters a line on a page whose
    other columns are set at twelve to fourteen; its lines cut mid-sentence are its paragraphs'."""
    page = (FIXTURES / "pages_seventyfifth" / "宁川都市报-2003-04-26-A03.txt").read_text("utf-8")
    lead = parse_text_page(page, "p.txt").articles[0]
    assert (lead.kicker, lead.title) == ("市委市政府召开全市非典防治工作紧急会议", "众志成城 严防死守 确保人民群众身体健康")
    assert lead.paragraphs[0].endswith("市长韩立平主持会议。")
    assert lead.paragraphs[1].startswith("杨振华指出") and lead.paragraphs[1].endswith("决不能有丝毫的麻痹松懈。")


def test_a_sentence_set_in_right_under_the_text_is_the_text_s_however_it_exclaims():
    page = ("“读书做官论”可以休矣（小评论）\n  孔老二的门徒鼓吹“学而优则仕”，这套“读书做官论”，就是要培养骑在人民头上的精神贵族。\n"
            "  毛主席教导我们：“知识青年到农村去，接受贫下中农的再教育，很有必要。”\n  “读书做官论”可以休矣！\n"
            "（沂州一中高二（3）班　张晓燕）\n\n工人阶级是批林批孔的主力军\n  车间里的工人们说，批林批孔，我们工人阶级要打头阵。\n")
    articles = parse_text_page(page, "p.txt").articles
    assert [a.title for a in articles] == ["“读书做官论”可以休矣（小评论）", "工人阶级是批林批孔的主力军"]
    assert articles[0].paragraphs[-1] == "“读书做官论”可以休矣！" and articles[0].authors == ("张晓燕",)


def test_a_bound_volume_s_articles_take_their_issue_s_day_and_their_page(tmp_path):
    from generator.config import Config
    from generator.ingest import ingest
    volume = ("溪南周报\n一九九八年合订本（选录）\n\n目　　录\n\n第3期　全县冬修水利任务过半……………1\n\n\n"
              "第3期　1998年1月16日　星期五\n\n第1版\n\n全县冬修水利任务过半\n\n"
              "　　本报讯（记者　何春兰）入冬以来，我县各乡镇抓住农闲有利时机，掀起冬修水利高潮。\n\n"
              "第4版\n\n腊月的村庄\n\n汪小河\n\n腊月的村庄是一口老井\n打上来的都是往年的声音\n\n\n"
              "第13期　1998年3月27日　星期五\n\n县城至双河公路改建工程开工（第1版）\n\n"
              "　　本报讯（记者　孙立）3月24日上午，县城至双河公路改建工程在城关镇开工。\n\n"
              "明前茶开采了【四版】\n\n　　3月中旬，双河镇茶园村的茶农抢抓晴好天气采摘明前茶。\n本报记者　孙　立　摄\n")
    (tmp_path / "溪南周报1998年合订本.txt").write_text(volume, "utf-8")
    articles = ingest(Config(source=tmp_path)).articles
    assert [(a.title, a.issue_date.iso(), a.page) for a in articles] == [
        ("全县冬修水利任务过半", "1998-01-16", "1"), ("腊月的村庄", "1998-01-16", "4"),
        ("县城至双河公路改建工程开工", "1998-03-27", "1"), ("明前茶开采了", "1998-03-27", "4")]


def test_a_caption_s_first_clause_cut_off_on_the_box_over_it_is_the_caption_s():
    page = ("圣火映江城\n起跑仪式上，第一棒火炬\n手张华高擎火炬起跑。 本报记者 王 军 摄\n"
            "滨江风光带上，小学生们\n挥舞国旗为火炬手加油。 本报记者 赵 鹏 摄\n"
            "奔赴社区，吹响青春集结号\n图为志愿者在社区为老人测量血压。 本报记者 王 军 摄\n")
    captions = [c.text for a in parse_text_page(page, "p.txt").articles for c in a.captions]
    assert "起跑仪式上，第一棒火炬手张华高擎火炬起跑。 本报记者 王 军 摄" in captions
    assert "滨江风光带上，小学生们挥舞国旗为火炬手加油。 本报记者 赵 鹏 摄" in captions
    assert not any(c.startswith("奔赴社区") for c in captions)  # a photo's own title over its caption


def test_a_pen_name_set_wide_right_under_a_title_and_a_role_under_one_beside_the_masthead():
    page = ("龙溪县报 1984年3月10日 星期六 第4版 龙溪河\n夜校的灯光\n枫 林\n山村的夜\n静得像一口深井\n只有夜校的窗口\n"
            "亮着一盏马灯\n\n白天扶犁的手\n晚上握起了笔\n一笔一画\n写下自己的名字\n")
    [poem] = parse_text_page(page, "p.txt").articles
    assert (poem.title, poem.authors) == ("夜校的灯光", ("枫林",))
    page = ("龙溪报 1993年7月31日 星期六 第1版\n切实减轻农民负担\n□本报评论员\n"
            "最近，中共中央办公厅、国务院办公厅转发了农业部等部门关于涉及农民负担项目审核处理意见的报告。\n")
    assert [a.title for a in parse_text_page(page, "q.txt").articles] == ["切实减轻农民负担"]


def test_a_head_centred_by_spaces_is_the_title_its_line_at_the_margin_its_deck():
    page = ("中華民國三十六年三月二十一日　星期五　　申光日報　　第四版\n本市新聞\n\n救濟貧苦市民\n      平糶米今日起續售\n"
            "各區憑證配購每人限購三升\n　　本市社會局主辦之平糶、自上月底第一期結束\n後、各區貧苦市民、紛紛呈請續辦、該局以米價雖\n"
            "經政府限價、而小民生計、仍極困難。\n\n短評\n平糶與民食\n　　社會局今日起續辦平糶、貧苦市民得以低價購\n"
            "米、自屬德政、惟平糶僅為一時救濟之計。\n\n     警局嚴緝金鈔黑市\n昨在外灘一帶拘獲掮客十四名\n"
            "　　自政府頒布經濟緊急措施方案、禁止黃金買賣\n及外幣流通以來、本市金鈔黑市、一度斂跡。\n")
    rice, comment, gold = parse_text_page(page, "p.txt").articles
    assert (rice.kicker, rice.title, rice.subtitle) == ("救濟貧苦市民", "平糶米今日起續售", "各區憑證配購每人限購三升")
    assert (gold.kicker, gold.title, gold.subtitle) == ("", "警局嚴緝金鈔黑市", "昨在外灘一帶拘獲掮客十四名")
    # (over a line the OCR set in too, a centred head tells nothing: here the kicker)
    page = ("又聞市府已電請糧食部續撥食米五千市石，以\n供應站之用，俟核准後即可擴大。\n　　　北碚各界熱烈響應\n"
            "　傷兵之友社發起寒衣勞軍運動\n【本報北碚十六日專電】入冬在即，前方將士寒衣待辦，傷兵之友社發起運動。\n")
    clothes = parse_text_page(page, "p.txt").articles[-1]
    assert (clothes.kicker, clothes.title) == ("北碚各界熱烈響應", "傷兵之友社發起寒衣勞軍運動")


def test_a_deck_of_two_clauses_under_a_head_of_one_on_a_hong_kong_page():
    page = ("港華日報　　一九八七年七月十六日　星期四　　第二張　第六頁\n\n"
            "上半年抵港船民近二千\n禁閉營容量瀕飽和　保安科研增臨時營地\n【本報訊】抵港越南船民人數持續上升。保安科發言人昨日表示，今年首六個月共有一千九百多名船民抵港。\n\n"
            "海碩盃夏季聯賽\n瓊斯轟32分　藍鯨延長賽逆轉獵豹\n【本報訊】海碩盃夏季籃球聯賽昨晚進行兩場賽事，藍鯨隊在延長賽中以一百零二比九十八險勝獵豹隊。\n")
    boats, league = parse_text_page(page, "p.txt").articles
    assert (boats.kicker, boats.title, boats.subtitle) == ("", "上半年抵港船民近二千", "禁閉營容量瀕飽和　保安科研增臨時營地")
    # (a topic half as long as the couplet under it is its kicker)
    assert (league.kicker, league.title) == ("海碩盃夏季聯賽", "瓊斯轟32分　藍鯨延長賽逆轉獵豹")


def test_a_digest_of_companies_notices_and_a_table_s_rows_of_figures_on_a_page_cut_at_the_column():
    """A page saved from Acrobat, its lines cut at the column's width: a listed company's item under
    its name and code (中泰重工（600731）获9.6亿元风电塔筒订单 / 中泰重工17日晚间公告，…) and a table's
    rows of figures (600731 中泰重工 8.36 10.00 6.82 21563) keep their lines; 更正 under them is an item."""
    page = (Path(__file__).parent / "fixtures" / "pages_eightyfirst" / "hxzqb_20130618_A07.txt").read_text("utf-8")
    articles = {a.title: a for a in parse_text_page(page, "p.txt").articles}
    assert articles["中泰重工（600731）获9.6亿元风电塔筒订单"].paragraphs[0].startswith("中泰重工17日晚间公告，")
    assert articles["金陵百货（600719）拟发行不超过8亿元短融"].paragraphs[0].startswith("金陵百货公告，")
    assert articles["更正"].paragraphs[0].startswith("本报6月15日A07版")


def test_a_company_s_notice_signed_by_its_board_and_day_ends_there():
    page = ("深圳市安博瑞科技股份有限公司关于控股股东部分股份解除质押的公告\n　　本公司近日接到控股股东的通知，获悉其所持有的公司部分股份办理了解除质押手续。\n"
            "　　特此公告。\n深圳市安博瑞科技股份有限公司\n董事会\n2017年11月9日\n")
    (notice,) = parse_text_page(page, "p.txt").articles
    assert notice.paragraphs[-3:] == ("深圳市安博瑞科技股份有限公司", "董事会", "2017年11月9日")


def test_a_photo_s_credit_read_on_one_line_with_the_next_column_s_name_is_two_lines():
    page = ("刘翔在比赛后身披国旗庆祝胜利。\n新华社记者 许畅 摄 【今日体评】\n破纪录之后，路还很长\n□林远舟\n"
            "　　12秒88，这个数字注定会被写进中国体育的史册。两年前在雅典，刘翔用12秒91告诉世界。\n")
    articles = parse_text_page(page, "p.txt").articles
    assert [(a.kind, a.title) for a in articles][-1] == ("article", "破纪录之后，路还很长")
    assert articles[-1].authors == ("林远舟",)


def test_a_head_broken_at_its_speaker_and_its_object_is_the_title_under_its_kicker():
    page = ("“光年”巡回演唱会收官站今晚开唱\n叶知秋：\n把最后一站\n留给家乡歌迷\n本报记者 邱雯\n"
            "　　历时八个月、辗转国内外22座城市的叶知秋巡回演唱会，今晚将在市体育中心迎来收官演出。\n"
            "谈巡演 “嗓子哑过，也想过放弃”\n　　今年3月从广州出发以来，叶知秋平均每个月要完成三场演出。\n"
            "谈家乡 “台下肯定有我的小学老师”\n　　据主办方介绍，今晚演出的门票早在一个月前就已售出八成。\n")
    (article,) = parse_text_page(page, "p.txt").articles
    assert (article.kicker, article.title) == ("“光年”巡回演唱会收官站今晚开唱", "叶知秋：把最后一站留给家乡歌迷")
    assert article.section_heads[-1] == "谈家乡 “台下肯定有我的小学老师”"


def test_a_court_s_notice_is_titled_over_its_number_and_a_cartoon_over_what_its_figure_says():
    page = ("臺灣臺中地方法院民事執行處公告\n　　　　　　　八十二年度民執全字第三四一號\n　債權人台灣省合作金庫與債務人林榮宗間清償債務強制執行事件，定期拍賣。\n\n"
            "　　　　　　　　“大扫除”\n张科长：“检查团明天就要来了，今天晚上把垃圾\n统统扫到后院去！”\n　　　　　　　　　　　　　　丁山作\n")
    notice, cartoon = parse_text_page(page, "p.txt").articles
    assert (notice.kicker, notice.title) == ("", "臺灣臺中地方法院民事執行處公告")
    assert cartoon.title == "“大扫除”"


def test_a_title_broken_over_two_lines_as_long_over_a_deck_of_two_clauses_on_a_hong_kong_page():
    page = ("港華日報　　一九八七年七月十六日　星期四　　第二張　第六頁\n港 聞\n政制綠皮書意見書\n已逾一萬二千份\n"
            "八八直選爭論未見收窄　兩大陣營加緊爭取支持\n【本報訊】代議政制發展檢討綠皮書的公眾諮詢期已過了一半，政府民意匯集處昨日透露，"
            "截至本月十日共收到一萬二千多份意見書。\n\n房委會擬修訂住戶資助政策\n公屋富戶須交雙倍租\n居住滿十年入息超限額　約兩萬住戶或受影響\n"
            "【本報訊】房屋委員會轄下的管理小組委員會昨日開會，通過修訂「公屋住戶資助政策」的建議。\n")
    paper, rent = parse_text_page(page, "p.txt").articles
    assert (paper.kicker, paper.title, paper.subtitle) == ("", "政制綠皮書意見書已逾一萬二千份", "八八直選爭論未見收窄　兩大陣營加緊爭取支持")
    assert (rent.kicker, rent.title) == ("房委會擬修訂住戶資助政策", "公屋富戶須交雙倍租")  # (lines not as long: a kicker)


def test_a_letter_s_signature_read_on_one_line_with_the_next_title_is_two_lines():
    page = ("读者来信\n彩票站为何设在学校门口\n编辑同志：我家孩子就读的小学门口新开了一家彩票站，每天放学都有学生围观，希望有关部门管一管。\n"
            "襄樊市樊城区 读者 陈国庆  “私彩”为何屡禁不止\n　　近年来，一些地方的“私彩”活动屡禁不止，其背后的原因值得深思。\n")
    letter, comment = parse_text_page(page, "p.txt").articles
    assert (letter.title, letter.authors, comment.title) == ("彩票站为何设在学校门口", ("陈国庆",), "“私彩”为何屡禁不止")


def test_an_article_s_list_of_references_is_its_text_no_heads():
    assert rules.is_reference_entry("[1]习近平.承前启后 继往开来 继续朝着中华民族伟大复兴目标奋勇前进[N].人民日报,2012-11-30.")
    assert rules.is_reference_entry("上）[M].北京：人民出版社,1982.")  # (an entry run on)
    assert not rules.is_reference_entry("[图]") and not rules.is_reference_entry("【编者按】")


def test_a_brief_run_in_under_its_bullet_goes_on_past_a_comma_at_the_column_s_end():
    """■毕节禁毒宣传进校园　6月10日， / 毕节地区公安处禁毒支队联合地区 / …: on a page cut at fifteen
    characters, the brief's first line ends on a comma, and its text goes on under it."""
    page = (Path(__file__).parent / "fixtures" / "pages_eightyfifth" / "qzjcb_20030618_p03.txt").read_text("utf-8")
    briefs = {a.title: a for a in parse_text_page(page, "p.txt").articles}
    assert briefs["毕节禁毒宣传进校园"].paragraphs[0].startswith("6月10日，毕节地区公安处禁毒支队")


def test_a_whole_issue_in_one_file_pages_each_article_by_the_head_over_it_not_by_its_contents():
    page = ("云溪日报 2016年4月18日\n\n目录\n\n第1版 要闻\n第2版 综合\n第3版 副刊\n\n\n\n第1版 要闻\n\n全市春季植树活动圆满收官\n\n"
            "　　本报讯　截至4月15日，全市今春共完成植树造林4.6万亩，义务植树320万株，超额完成年度任务。\n\n* * *\n\n第2版 综合\n\n"
            "社区“四点半课堂”受欢迎\n\n　　今年3月起，城南街道在辖区5个社区开设“四点半课堂”，目前已有260多名小学生参加。\n\n* * *\n\n"
            "第3版 副刊\n\n油菜花开\n\n周　舟\n\n　　四月的云溪，是被油菜花染黄的。从县城往东走十几里，田埂一道接着一道。\n")
    assert [(a.title, a.page, a.section) for a in parse_text_page(page, "p.txt").articles] == [
        ("全市春季植树活动圆满收官", "1", "要闻"), ("社区“四点半课堂”受欢迎", "2", "综合"), ("油菜花开", "3", "副刊")]


def test_a_community_weekly_s_column_of_fourteen_with_half_width_marks_keeps_its_paragraphs():
    """GCV's lines of a fourteen-character column, its marks half-width (逾五百入出席,場面熱閙。), a
    Latin name with its space (余美玲(Amy Yee)): lines of the column's paragraphs, no heads; a day in
    brackets closing a line (將於本週六(9日)) is no column's name."""
    page = (FIXTURES / "pages_eightysixth" / "whsz_20131108_p06.txt").read_text("utf-8")
    articles = {a.title: a for a in parse_text_page(page, "p.txt").articles}
    assert "出席嘉賓包括：中華總會館總董" not in articles and "華埠租客聯盟將於本週六（9日）" not in articles
    assert "大會由英文書記余美玲(Amy Yee)及中文書記譚耀宗擔任司儀。" in "".join(articles["冠蓋雲集 逾五百鄉親歡聚一堂"].paragraphs)
    assert any(p.startswith("華埠租客聯盟將於本週六（9日）下午2時") for p in articles["艾利斯法逼遷個案增 租客組織辦講座"].paragraphs)


def test_a_head_as_wide_as_the_column_over_a_brief_that_names_its_subject_again_and_a_jump_under_a_title():
    page = (FIXTURES / "pages_eightysixth" / "加东时报-2016-09-22-A6.txt").read_text("utf-8")
    articles = {a.title: a for a in parse_text_page(page, "p.txt").articles}
    assert articles["北约克图书馆办新移民求职讲座"].paragraphs[0].startswith("北约克中央图书馆（North York")
    assert articles["最低工资下月起升至11.40元"].paragraphs[0].startswith("根据安省劳工厅")  # not …（上接A1版）


def test_a_box_under_a_jump_is_the_jumping_article_s():
    """…还是老老实实 / （下转B07版） / 小贴士 / 今晚演出19:30开始…: the box is printed with the
    article's first part, under the note that sends the rest on."""
    page = (FIXTURES / "pages_eightyfourth" / "东海晨报-2007-11-24-B06.txt").read_text("utf-8")
    articles = parse_text_page(page, "p.txt").articles
    assert "小贴士" not in [a.title for a in articles]
    concert = next(a for a in articles if a.title == "叶知秋：把最后一站留给家乡歌迷")
    assert "小贴士" in concert.section_heads and concert.paragraphs[-1].startswith("今晚演出19:30开始")


def test_a_county_paper_s_briefs_each_closed_by_its_writer_in_brackets_one_run_in_after_a_writer():
    """县内简讯's briefs, their heads run in before a space, each closed by its writer in brackets
    ((方圆), (记者 沈丽)): a column of briefs all the way down; a writer in brackets with the next
    brief's head run in after it on one line (…意见建议。（张敏）全县“三夏”…召开 6月14) is two."""
    page = (FIXTURES / "pages_ninetieth" / "lxb_20130618_p01.txt").read_text("utf-8")
    titles = [a.title for a in parse_text_page(page, "p.txt").articles]
    briefs = ["县政协视察农村饮水安全工程", "全县“三夏”安全生产工作会议召开", "县城首批公共自行车投入使用", "我县举办夏季农民工专场招聘会"]
    assert titles[titles.index(briefs[0]):titles.index(briefs[0]) + 4] == briefs


def test_the_ocr_s_mouth_for_the_box_before_a_writer_s_name():
    page = ("“套路贷”是如何一步步设局的\n口 赵敏\n近年来，一些不法分子打着“低息”“无抵押”的幌子，诱骗急需用钱的群众签下虚高借款合同。\n")
    article, = parse_text_page(page, "p.txt").articles
    assert (article.title, article.authors) == ("“套路贷”是如何一步步设局的", ("赵敏",))
    closed_up = page.replace("口 赵敏", "口赵晓敏")  # (no space after it: the 口 over a name of three all the same)
    assert parse_text_page(closed_up, "p.txt").articles[0].authors == ("赵晓敏",)
    assert parse_text_page(page.replace("口 赵敏", "口罩摘下以后"), "p.txt").articles[0].authors == ()


def test_a_brief_s_head_closing_its_line_with_a_wide_space_a_column_s_name_over_a_title_a_letter_under_a_poem():
    """Hanvon's lines of a military paper: 　　某汽车营开展安全行车百日竞赛　/ 竞赛中，…, a brief's head
    and its text on the next line; 〔林海论坛〕 on its own line over 防火期前莫“松劲”, no part of the
    title; 读者来信 / 连队菜地该由谁来种 / 编辑同志： under a poem's last stanza, no lines of it."""
    army = (FIXTURES / "pages_ninetyfirst" / "bjqsb_19960618_p02.txt").read_text("utf-8")
    titles = [a.title for a in parse_text_page(army, "p.txt").articles]
    assert "某汽车营开展安全行车百日竞赛" in titles and "连队菜地该由谁来种" in titles
    forest = (FIXTURES / "pages_ninetyfirst" / "林海卫士报-2005-09-20-03.txt").read_text("utf-8")
    assert "防火期前莫“松劲”" in [a.title for a in parse_text_page(forest, "p.txt").articles]


def test_a_brief_run_in_under_its_bullet_whose_first_word_the_column_cut_goes_on_under_it():
    """◆村上世彰涉嫌内幕交易被捕　东 / 京地检特捜部６月５日…: on a page that sets its paragraphs in, a
    brief's first line at the margin, cut inside a word (东京), goes on with the line under it."""
    page = (FIXTURES / "pages_ninetythird" / "djhszb_20060615_p03.txt").read_text("utf-8")
    brief = next(a for a in parse_text_page(page, "p.txt").articles if a.title == "村上世彰涉嫌内幕交易被捕")
    assert brief.paragraphs[0].startswith("东京地检特捜部６月５日以涉嫌违反")


def test_a_brief_s_head_run_into_the_first_words_of_its_text_on_a_line_as_wide_as_the_column():
    """石河子新辟公交线路 从六月一 fills the column its text is set in, the words after the space cut
    mid-word with the line under: a head run in; a head in two parts over a dateline ends whole
    (少子化衝擊 今年17所國小新生不足10人), and a stray space inside a word is no head's end (高兴归高 兴，…)."""
    page = ("阿克苏地区棉花长势喜人\n本报讯 阿克苏地区今年种植棉\n花七十三万亩，目前已全部定苗，\n大部分进入现蕾期。由于播种质\n"
            "量好，加上春季气温回升快，今\n年棉苗长势普遍好于往年。地区\n农业局组织了六个工作组，分赴\n各县指导棉田中耕、除草和防治\n"
            "棉蚜。（阿不都热依木·买买提）\n\n石河子新辟公交线路 从六月一\n日起，石河子市公共汽车公司新\n开辟了从市中心至北泉镇的公共\n"
            "汽车线路，每天往返十二班，方\n便了沿线群众和职工上下班。\n")
    articles = parse_text_page(page, "bgdrb_19850614_p02.txt").articles
    assert articles[-1].title == "石河子新辟公交线路" and articles[-1].paragraphs[0].startswith("从六月一日起，石河子市")
    # (据 / 新华社东京电: the words after the head open the dateline the line under goes on with)
    wire = ("国际简讯\n欧洲空间局公布哈雷慧星彗核照片\n据新华社巴黎电 欧洲空间局\n日前公布了“乔托”号探测器\n在飞近哈雷彗星时拍摄的彗核\n"
            "照片。照片显示，彗核呈不规\n则的马铃薯形状，长约十五公\n里，宽约八公里，表面颜色很\n暗。科学家们认为，这些资料\n"
            "对研究太阳系的起源有重要价\n值。\n日本三月份外贸顺差扩大 据\n新华社东京电 日本大藏省日\n前公布，日本三月份的外贸顺\n"
            "差比去年同期增长百分之六十\n以上，其中对美国的顺差继续\n增加。分析人士认为，日元升\n值的效果尚未在贸易收支上反\n映出来。\n")
    assert parse_text_page(wire, "qzrb_19860506_p04.txt").articles[-1].title == "日本三月份外贸顺差扩大"
    from generator.ingest.textpage import _filling_heads, _raw_lines
    fixtures = Path(__file__).parent / "fixtures"
    for name in ("pages_seventh/10_baodao_ribao_shenghuo.txt", "pages_seventythird/dzcb_20050418_B07.txt"):
        raw = _raw_lines((fixtures / name).read_text("utf-8"))
        assert not {text for number, (title, text) in _filling_heads(raw).items()} & {"今年17所國小新生不足10人", "兴，有几个问题却不能不"}


def test_a_deck_s_dash_read_as_two_ones_is_the_dash():
    page = "双休日，人们怎样过\n一一京、沪、汉三地见闻\n□周建华\n  5月6日，星期六。早上8点，北京西单商场门前已是人头攒动。\n"
    (article,) = parse_text_page(page, "cjwzzb_19950608_p1.txt").articles
    assert (article.title, article.subtitle, article.authors) == ("双休日，人们怎样过", "京、沪、汉三地见闻", ("周建华",))
    page = "禁烟令：从“一纸规定”到“人人遵守”\n一一《控烟条例》实施三年观察\n■本报记者 林晓\n  三年前，本市控烟条例正式实施。\n"
    (article,) = parse_text_page(page, "p.txt").articles
    assert article.subtitle == "《控烟条例》实施三年观察"  # (a book's mark opening the deck)
    page = ("==================== cdn_790412_02_1.png ====================\n三月外銷訂單較去年成長兩成\n︱︱電子及紡織品增幅最大\n"
            "【中央社臺北十一日電】經濟部統計處今天發表，三月份外銷訂單金額較去年同月成長兩成。\n")
    (article,) = parse_text_page(page, "p.txt").articles  # (a vertical page's dash, ︱︱; the script's mark between scans)
    assert (article.title, article.subtitle) == ("三月外銷訂單較去年成長兩成", "電子及紡織品增幅最大")
    from generator.ingest.textpage import RawLine, _dashes_read_as_ones
    text = [RawLine(1, 0, "各地推广了这些经验。"), RawLine(2, 0, "一一列举如下，供大家参考：")]
    assert _dashes_read_as_ones(text) == text  # (under a sentence: a line of text, one by one)


def test_a_deck_s_dash_read_as_one_dash_by_a_phone_s_text_recognition_is_the_dash():
    page = ("流感疫苗，现在打正当时\n—专家解答流感疫苗接种热点问题\n本报记者 周晓岚\n进入10月，我市流感疫苗接种工作全面启动，"
            "各接种点预约火爆。\n")
    (article,) = parse_text_page(page, "10.22 晚报健康.txt").articles
    assert (article.title, article.subtitle, article.authors) == ("流感疫苗，现在打正当时", "专家解答流感疫苗接种热点问题", ("周晓岚",))
    from generator.ingest.textpage import RawLine, _dashes_read_as_ones
    text = [RawLine(1, 0, "比分定格在"), RawLine(2, 0, "—2—")]
    assert _dashes_read_as_ones(text) == text  # (a folio between dashes: no deck)


def test_a_microblog_topic_on_a_line_of_its_own_marks_no_heading():
    page = ("网络不是谣言的“法外之地”\n\n9月9日，两高联合发布司法解释，明确了网络诽谤的入罪标准。\n\n□ 郑 扬\n\n"
            "延迟退休宜“小步慢走”\n\n近来，关于延迟退休年龄的讨论再度升温，网友意见不一。\n\n"
            "晒“光盘”\n\n#光盘行动#\n\n新华社发 杨 帆 作\n")
    assert [a.title for a in parse_text_page(page, "p.txt").articles][:2] == ["网络不是谣言的“法外之地”", "延迟退休宜“小步慢走”"]


def test_a_wire_storys_note_to_the_desk_on_its_first_line_is_no_text_before_its_title():
    page = ("（本稿系hya0406重发，因线路故障部分用户收稿不全）\n\n日本央行决定维持超低利率政策\n\n"
            "    环亚社东京11月15日电（记者 叶红）日本银行今天召开货币政策会议，决定维持超低利率政策。\n    （完）\n")
    read = parse_text_page(page, "p.txt")
    assert [a.title for a in read.articles] == ["日本央行决定维持超低利率政策"]
    assert not read.problems


def test_a_programme_listing_is_one_box_under_its_head_none_of_its_programmes_a_title():
    page = ("星期一（4月22日）\n中央一台\n7:00\n东方时空\n8:10\n电视剧：春归何处(7、8)\n19:00\n新闻联播\n19:3O\n天气预报\n"
            "临江台\n18:30 临江新闻\n19:35 电视剧：包青天（21、22）\n\n农村题材剧太少了\n"
            "　　我是一名农民，每天晚上干完活就想看看电视，可荧屏上农村题材的电视剧实在太少了。\n")
    listing, letter = parse_text_page(page, "p.txt").articles
    assert (listing.title, letter.title) == ("星期一（4月22日）", "农村题材剧太少了")
    assert "19:3O 天气预报" in listing.paragraphs[0]


def test_a_writers_unit_under_his_signature_is_his_not_a_title():
    page = ("推广公筷，餐馆要“主动递”\n\n　　作为餐饮行业从业者，我们深切感受到，疫情之后顾客对卫生的要求更高了。\n\n■周建国\n\n"
            "作者单位：泓州市餐饮行业协会\n\n改变习惯，给彼此一点时间\n\n　　上个月，我们家开始在饭桌上使用公筷，老人起初不太习惯。\n")
    assert [(a.title, a.authors) for a in parse_text_page(page, "p.txt").articles] == [
        ("推广公筷，餐馆要“主动递”", ("周建国",)), ("改变习惯，给彼此一点时间", ())]


def test_a_title_and_its_writers_name_set_wide_beside_it_read_as_one_line_are_two():
    page = ("【今日谈】中秋月饼“瘦身”之后 钟 毓\n\n刚刚过去的中秋节，不少人发现，今年的月饼“瘦身”了：包装简单了，价格实在了。\n\n"
            "月饼回归食品本身，是好事。但也要看到，“四风”问题具有顽固性、反复性。\n")
    (article,) = parse_text_page(page, "p.txt").articles
    assert (article.title, article.authors) == ("【今日谈】中秋月饼“瘦身”之后", ("钟毓",))


def test_a_writer_signed_by_his_unit_and_post_under_the_title_is_its_byline():
    page = ("【党员心得】\n把群众的小事当成自己的大事\n市国税局纳税服务科科长　王海燕\n"
            "　　在纳税服务窗口工作了十一年，我最深的体会是：群众的事无小事。\n")
    (article,) = parse_text_page(page, "p.txt").articles
    assert (article.title, article.authors) == ("把群众的小事当成自己的大事", ("王海燕",))
    assert rules.parse_byline("澄州市委党校教授 李明") is not None and rules.parse_byline("今年全市新增就业 一万") is None


def test_briefs_under_their_column_each_led_in_by_its_title_and_a_colon():
    page = ("财经快讯\n　　农行涉农贷款突破300亿元：记者从农行江西省分行获悉，截至8月末，该行涉农贷款余额达到302.6亿元，比年初增加41.3亿元。\n"
            "　　景德镇陶瓷出口增长近四成：据景德镇海关统计，今年1至8月，景德镇市陶瓷产品出口1.27亿美元，同比增长38.6%。\n"
            "　　省城二手房成交量环比下降：据市房管局统计，8月份省城二手房成交2136套，环比下降7.2%，成交均价基本持平。\n")
    assert [a.title for a in parse_text_page(page, "p.txt").articles] == [
        "农行涉农贷款突破300亿元", "景德镇陶瓷出口增长近四成", "省城二手房成交量环比下降"]


def test_a_notice_under_a_report_on_its_topic_is_an_item_of_its_own():
    page = ("我省高考评卷工作进入冲刺阶段\n　　本报讯　今年我省高考评卷工作已进入冲刺阶段，考生成绩将于6月25日起公布。"
            "考生如对成绩有疑问，可在规定时间内申请复核。\n2008年普通高校招生志愿填报须知\n　　我省2008年普通高校招生志愿填报工作"
            "将于6月26日开始。为帮助考生和家长准确填报志愿，现将有关事项提示如下。\n")
    assert [a.title for a in parse_text_page(page, "p.txt").articles] == ["我省高考评卷工作进入冲刺阶段", "2008年普通高校招生志愿填报须知"]
    assert rules.names_its_own_notice("关于做好2021年普通高考成绩复核工作的通知") and not rules.names_its_own_notice("报名须知")


def test_a_cinemas_show_times_are_one_listing_under_its_head():
    page = ("今日影讯\n\n南州万达影城（太平街万达广场4楼）\n\n夏夜来信　10:15　12:40　15:05　19:30\n\n"
            "疯狂的亲家　10:30　13:10　15:50　18:30\n\n星期二全天半价\n\n金逸国际影城（中山北路银泰城6楼）\n\n"
            "星际迷途（3D）　9:50　12:45　15:40　18:35\n\n喵星来客　10:00\n")
    (listing,) = parse_text_page(page, "p.txt").articles
    assert listing.title == "今日影讯" and "喵星来客　10:00" in listing.paragraphs[0]
    # (its head right over its rows: the box's head still, no cinema's name)
    rows = "星光影城本周影讯\n《麻辣邻居》 10:20 12:40 15:10 19:00\n《夜行列车》 11:00 14:30 17:00 20:10\n订票电话：8866 1234\n"
    assert [a.title for a in parse_text_page(rows, "p.txt").articles] == ["星光影城本周影讯"]


def test_a_question_and_its_answer_wrapped_at_the_column_are_text_under_the_title_never_heads():
    page = ("孩子夜里咳个不停，是不是哮喘？\n问：我家孩子5岁，最近一个多月\n晚上睡着后总是咳嗽，白天倒还好，\n"
            "吃了止咳药效果也不明显，会不会是哮喘？（读者 沈女士）\n答：孩子咳嗽超过4周，称为慢性\n咳嗽，常见原因有咳嗽变异性哮喘、\n"
            "过敏性鼻炎等。建议家长带孩子到医院做肺功能检查。\n")
    (article,) = parse_text_page(page, "晚报健康版3.19.txt").articles
    assert article.title == "孩子夜里咳个不停，是不是哮喘？"
    assert [p[:2] for p in article.paragraphs] == ["问：", "答："]


def _heads(text: str, name: str = "p.txt") -> list[tuple[str, str, str]]:
    return [(a.kicker, a.title, a.subtitle) for a in parse_text_page(text, name).articles]


def test_a_head_and_its_deck_or_its_lead_read_as_one_line_by_a_tool_that_joins_lines():
    """天若OCR with its lines merged: a head run into the dateline of its text, a title and its ——deck on
    one line; a head run in before a space is a brief's own form, a dash inside a book's title no deck."""
    page = ("经济日报　2016年3月9日　第6版\n\n新能源汽车推广补贴核查力度加大\n"
            "——骗补企业将被追回资金并取消资格本报北京3月8日讯（记者 周若曦）记者从财政部获悉：财政部近日联合开展专项核查。\n"
            "据介绍，此次核查覆盖全部车辆生产企业。\n\n"
            "黔东南：电商让山货走出大山——今年以来农产品网络销售额同比增长62%\n"
            "本报记者 王丽\n今年以来，黔东南州农产品网络销售额达12.6亿元。\n\n"
            "国产大型LNG运输船在沪命名交付经济日报·中国经济网记者 柳 岸\n"
            "我国自主研发建造的17.4万立方米大型LNG运输船昨日在上海命名交付。\n\n"
            "《决战贫困——贵州脱贫攻坚理论与实践》出版\n本报讯 该书近日由人民出版社出版，全书30万字。\n")
    assert _heads(page) == [
        ("", "新能源汽车推广补贴核查力度加大", "骗补企业将被追回资金并取消资格"),
        ("", "黔东南：电商让山货走出大山", "今年以来农产品网络销售额同比增长62%"),
        ("", "国产大型LNG运输船在沪命名交付", ""),
        ("", "《决战贫困——贵州脱贫攻坚理论与实践》出版", "")]
    article = parse_text_page(page, "p.txt").articles[0]
    assert article.dateline == "本报北京3月8日讯" and article.authors == ("周若曦",)


def test_two_head_lines_a_couplet_a_call_a_month_or_an_event_make_one_head():
    """立足新发展阶段 / 贯彻新发展理念: a couplet of two lines alike, one head of two clauses; a call
    (…呼吁), a month (…就8月份) or what an event is about (…研究 / 学术研讨会在京举行) over the rest, one
    head broken; a column's label over a title of its own length (长篇连载 / 风雨老街) none of these."""
    page = ("光明日报　2021年3月15日　第11版\n\n深入学习贯彻全国两会精神\n立足新发展阶段\n贯彻新发展理念\n本报记者 王平\n"
            "　　今年以来，各地各部门认真贯彻落实党中央决策部署，经济运行总体平稳，发展质量稳步提升。\n"
            "\n全球数十万人走上街头呼吁\n各国领导人加大减排力度\n"
            "　　新华社纽约9月21日电　纽约、伦敦、墨尔本等地数十万人21日举行游行，要求应对气候变化。\n"
            "\n国家统计局新闻发言人就8月份\n国民经济运行情况答记者问\n"
            "　　新华社北京9月15日电　问：8月份国民经济运行有哪些特点？答：生产需求继续恢复，就业物价总体稳定。\n"
            "\n马克思主义哲学中国化研究\n学术研讨会在京举行\n"
            "　　本报讯　日前，来自全国高校和科研院所的八十余位学者围绕哲学话语体系建设展开研讨。\n"
            "\n长篇连载\n风雨老街\n　　老街的石板路被雨水冲得发亮，张家的茶馆又开张了。\n")
    assert _heads(page) == [
        ("深入学习贯彻全国两会精神", "立足新发展阶段 贯彻新发展理念", ""),
        ("", "全球数十万人走上街头呼吁各国领导人加大减排力度", ""),
        ("", "国家统计局新闻发言人就8月份国民经济运行情况答记者问", ""),
        ("", "马克思主义哲学中国化研究学术研讨会在京举行", ""),
        ("长篇连载", "风雨老街", "")]
    assert rules.couplet_over_two_lines("春风拂沃野", "农机闹春耕") and not rules.couplet_over_two_lines("秋粮生产一线见闻", "稻谷飘香丰收近")



def test_three_head_lines_over_a_dashed_deck_are_a_kicker_and_a_title_of_two_lines():
    """暴雨过后第三天 / 全县抢修道路 / 群众互帮互助 / ——…: the first of three bare head lines over a dashed
    deck is the kicker, whole though it ends at its time; the two under it the title, two balanced
    clauses kept apart, and a title broken where its subject ended closed up."""
    page = ("清江日报　2021年7月20日　第2版\n\n暴雨过后第三天\n全县抢修道路\n群众互帮互助\n——多个乡镇仍未通电　供电部门连夜抢修\n"
            "本报记者 何丽\n　　连日暴雨过后，全县各乡镇昨日全面展开道路抢修，部分山区村组交通逐步恢复。\n\n"
            "推进城乡融合发展\n城北新区六个项目\n昨日集中签约\n——总投资逾四十亿元\n"
            "　　本报讯　昨日上午，城北新区举行重点项目集中签约仪式，六个项目落户新区。\n")
    assert _heads(page) == [("暴雨过后第三天", "全县抢修道路 群众互帮互助", "多个乡镇仍未通电　供电部门连夜抢修"),
                            ("推进城乡融合发展", "城北新区六个项目昨日集中签约", "总投资逾四十亿元")]
    assert rules.balanced_clauses("瞄准目标练硬功", "远洋大海砺精兵") and not rules.balanced_clauses("本县又有三家企业", "获准公开发行股票")
    assert not rules.balanced_clauses("晚稻丰收在望", "社员日夜突击抢收") and not rules.balanced_clauses("全省多家滑雪场", "陆续开板迎客")
    assert not rules.balanced_clauses("首日逾1.8万人", "网上提交“报名”申请") and not rules.balanced_clauses("“”", "……")
    assert not rules.balanced_clauses("老街菜市场改造后", "摊位费上涨三成")  # (when, then what happened then)
    assert rules.balanced_clauses("守牢安全底线", "护航春耕生产")  # (守牢: a verb and its result, no word the dictionary has)


def test_a_bullet_a_code_page_could_not_hold_saved_as_a_question_mark_is_the_bullet():
    """Acrobat's Save as Text in GBK writes ■ as ?: ?桂林推出漓江夜游新线路 opens a brief under its bullet."""
    page = ("海外版　2015年4月28日　第8版\n\n旅游资讯\n?桂林推出漓江夜游新线路\n　　本报电　桂林近日推出漓江夜游新线路，游客可乘船夜赏两岸灯光。\n"
            "?故宫“五一”期间实行限流\n　　本报电　故宫博物院“五一”期间每日限流8万人次，游客须提前预约。\n")
    assert [a.title for a in parse_text_page(page, "p.txt").articles] == ["桂林推出漓江夜游新线路", "故宫“五一”期间实行限流"]


def test_two_heads_side_by_side_over_their_pieces_read_one_after_the_other():
    """淮北麦区普施返青肥　　　　　　商丘农机检修进村入户 over the two columns' text, read down one column and
    then the other: the left head over the first piece, the right over the second, where its dateline
    opens it; a line of two halves with no two datelines under it (a couplet) is left as it is."""
    page = ("农村版　1999年3月2日　第1版\n\n淮北麦区普施返青肥　　　　　　商丘农机检修进村入户\n"
            "　　本报讯（记者 常青）近日，淮北麦区抓住墒情适宜的有利时机，\n普遍追施返青肥。\n"
            "　　本报讯　今年以来，商丘市组织农机技术人员进村入户，\n帮助农民检修农机具三千余台。\n")
    assert [(a.title, a.authors) for a in parse_text_page(page, "p.txt").articles] == [
        ("淮北麦区普施返青肥", ("常青",)), ("商丘农机检修进村入户", ())]
    from generator.ingest.textpage import RawLine, _heads_side_by_side
    couplet = [RawLine(1, 0, "春风拂沃野　　　农机闹春耕"), RawLine(2, 0, "本报讯　全县春耕备耕有序展开。")]
    assert _heads_side_by_side(couplet) == couplet


def test_a_brief_s_head_run_into_the_day_its_text_opens_on():
    """▲酒后驾摩托撞上护栏　16日 / 晚11时许,…: a brief's head on the line of its text's first words, the
    day it happened, in a column as wide as the line."""
    page = ("社 会 扫 描\n\n▲酒后驾摩托撞上护栏　16日\n晚11时许,一青年男子酒后驾\n驶一辆无牌摩托车行至金寨路\n"
            "高架桥下时，一头撞上道路隔\n离护栏，当场昏迷。经送医院\n抢救，该男子己脱离危险。交\n警提醒：酒后切勿驾车。(王\n平)\n"
            "▲七旬老太拾金不昧\n本月14日上午，家住宿州路的\n71岁老人邵秀英在菜场门口捡\n到一个黑色皮包,内有现金230\n"
            "0元及身份证、存折等物。（方芳）\n▲越秀公园金鱼展开幕　本报讯\n由越秀公园主办的春季金鱼展日\n前在该园金印游乐场开幕,展出\n"
            "名贵金鱼三千余尾。（李平）\n")
    articles = parse_text_page(page, "p.txt").articles
    assert [a.title for a in articles] == ["酒后驾摩托撞上护栏", "七旬老太拾金不昧", "越秀公园金鱼展开幕"]
    assert articles[0].paragraphs[0].startswith("16日晚11时许")


def test_a_head_and_its_byline_behind_a_bullet_read_as_one_line_are_the_two():
    """讯飞 OCR joins a block's lines: 租房押金迟迟不退，怎么办？（以案说法） ■本报记者 林晓 is a title and its
    byline; a sentence before a bullet is no head."""
    page = ("2019年6月20日 星期四 7 维权\n\n租房押金迟迟不退，怎么办？（以案说法） ■本报记者 林晓 通讯员 陈川\n\n"
            "毕业生小周退租已两个月，房东仍以各种理由拒退押金。近日，法院审结了这起纠纷。\n")
    (article,) = parse_text_page(page, "p.txt").articles
    assert (article.title, article.authors, article.correspondents) == ("租房押金迟迟不退，怎么办？（以案说法）", ("林晓",), ("陈川",))
    from generator.ingest.textpage import head_run_into_its_marked_byline
    assert head_run_into_its_marked_byline("法院判决房东退还押金。 ■本报记者 林晓") is None


def test_a_series_name_and_its_instalment_are_the_kicker_over_a_title():
    """槟城老字号系列④ / 守住祖父的炭炉 / ——…: the series over its instalment's title, however the title
    opens; 化解过剩产能系列报道之二煤矿关停了，职工去哪儿 read as one line by a tool that joins lines: the two."""
    page = ("光华日报　2018年7月18日　槟城\n\n槟城老字号系列④\n守住祖父的炭炉\n——福和饼家第三代：只要还有人买，我们就做下去\n"
            "报道：林佩仪\n　　凌晨四点，福和饼家的炭炉已经烧得通红。\n\n"
            "化解过剩产能系列报道之二煤矿关停了，职工去哪儿\n本报记者 温立新\n　　“矿井关了，人不能散。”3月初，在山西晋城一家国有煤矿。\n")
    assert _heads(page) == [("槟城老字号系列④", "守住祖父的炭炉", "福和饼家第三代：只要还有人买，我们就做下去"),
                            ("化解过剩产能系列报道之二", "煤矿关停了，职工去哪儿", "")]
    page = "汶河晚报　2019年7月23日　星期二\n\n“我和我的家乡”征文选登\n母亲的三张车票\n□王立新\n我家的抽屉里，珍藏着母亲的三张车票，一张比一张新。\n"
    assert _heads(page) == [("“我和我的家乡”征文选登", "母亲的三张车票", "")]  # (a contest's pieces, its series)


def test_a_bar_before_a_column_s_label_is_a_mark_no_part_of_the_kicker():
    page = ("重庆晚报　2021年11月9日　星期二　第7版　城事·民生\n\n▌读者热线\n楼道灯坏了半个月谁来修？\n\n"
            "　　九龙坡区读者王先生来电反映，他家所在单元的楼道灯已经坏了半个月。（记者 何苗）\n")
    assert _heads(page) == [("读者热线", "楼道灯坏了半个月谁来修？", "")]


def test_a_kicker_as_wide_as_the_column_over_a_title_and_its_deck_stays_the_kicker():
    """越南南方軍民連續出擊 / 蜆港外圍殲敵五百餘 / ︱︱…: a head's three lines over the text, the kicker as
    wide as a column of old type and the title a clause of its own; a head broken where its column
    ended (…承包 / 责任制…, a word across the break) stays one."""
    page = ("文 匯 報　　一九六五年三月十一曰　星期四\n越南南方軍民連續出擊\n蜆港外圍殲敵五百餘\n︱︱美海軍陸戰隊登陸後即遭迎頭痛擊\n"
            "【新華社河內十日電】據越南\n南方解放通訊社報道：越南南\n方人民武裝力量連日在峴港外圍\n主動出擊，三月五日至九日共\n"
            "殲滅美偽軍五百餘名，擊落擊\n傷敵機十一架，繳獲大批武器。\n報道說，美國海軍陸戰隊八日\n在峴港登陸後，當地人民武裝\n"
            "即在峴港附近多處伏擊增援的\n偽軍部隊，並以迫擊砲轟擊峴\n港機場，毀敵機多架。\n解放通訊社評論指出，美帝國\n"
            "主義派遣地面部隊直接參戰，\n只能使它更深地陷入越南南方\n人民戰爭的汪洋大海之中。越\n南南方人民決心戰鬥到底，直\n"
            "到把美國侵略者趕出去為止。\n")
    assert _heads(page) == [("越南南方軍民連續出擊", "蜆港外圍殲敵五百餘", "美海軍陸戰隊登陸後即遭迎頭痛擊")]
    page = ("工人日报　1984年6月7日\n\n走改革之路\n红旗机床厂实行经济承包\n责任制一年见成效\n——全厂产值增长百分之二十三，利润翻一番\n"
            "　　本报讯　红旗机床厂实行经济承包责任制一年来，全厂职工积极性大大提高，生产面貌焕然一新。\n")
    assert _heads(page) == [("走改革之路", "红旗机床厂实行经济承包责任制一年见成效", "全厂产值增长百分之二十三，利润翻一番")]


def test_head_lines_left_unfinished_over_a_dateline_are_no_narrow_column():
    """全国高等学校招生工作会议在京结束 / 今年高校招生计划… / 继续实行…、…的原则 over 新华社北京五月十一日电: three
    head lines as wide as each other over the text, a deck's 、 among them, are the head, not a
    column of text whose lines run on (a paragraph ends before the next one opens)."""
    page = ("光明日报\n1983年5月12日\n\n全国高等学校招生工作会议在京结束\n今年高校招生计划比去年增加百分之十五\n继续实行德智体全面衡量、择优录取的原则\n"
            "新华社北京五月十一日电　教\n育部召开的全国高等学校招生\n工作会议今天在北京结束。会\n议确定，今年全国普通高等学\n"
            "校计划招收新生三十六万名，\n比去年增加百分之十五左右，\n其中本科生二十二万名，专科\n生十四万名。\n"
            "　　会议认为，去年的招生工\n作总的是好的，新生质量有所\n提高。会议要求，各地要认真\n做好今年的招生工作。\n"
            "　　会议指出，今年招生工作\n仍要坚持德智体全面衡量、择\n优录取的原则，在保证质量的\n前提下，适当扩大定向招生。\n"
            "　　教育部负责同志在会上讲\n话，要求各地加强领导，严肃\n招生纪律，坚决纠正不正之风。\n")
    (article,) = parse_text_page(page, "p.txt").articles
    assert (article.kicker, article.title) == ("全国高等学校招生工作会议在京结束", "今年高校招生计划比去年增加百分之十五")


def test_what_an_ocr_writes_of_its_own_into_the_text_is_no_part_of_the_page():
    """<b>胡同人家（47）</b> (Surya marks bold type so), [OCR skipped on page(s) 1] run into the masthead's
    line (OCRmyPDF's sidecar): the tool's, not the paper's."""
    page = ("[OCR skipped on page(s) 1]南溪日报\n2024年3月12日 星期二\n\n长篇小说连载\n<b>胡同人家（47）</b>\n常 宁\n"
            "天还没亮，院里就热闹起来。搬家公司的卡车堵在胡同口进不来，几个小伙子只好一趟趟地往外扛。\n")
    (article,) = parse_text_page(page, "p.txt").articles
    assert (article.kicker, article.title, article.authors) == ("长篇小说连载", "胡同人家（47）", ("常宁",))
    assert not any("<b>" in p or "OCR" in p for p in article.paragraphs)


def test_a_column_of_briefs_is_no_title_under_the_head_above_it():
    """九江：军民携手加固大堤 (a photo's title under its caption) over 中国简讯 and the briefs: the column's name
    opens the briefs, whatever stands over it; 为考生撑起安心伞 / 为社会上好公共课, two lines opening on one
    word, are a couplet's two clauses, one title."""
    page = ("A12　中国新闻\n\n九江：军民携手加固大堤\n中国简讯\n海南离岛免税额度提至每年10万元\n"
            "　　财政部等部门宣布，自7月1日起，海南离岛旅客免税购物额度从每年每人3万元提高至10万元。\n"
            "三峡枢纽开启泄洪深孔\n　　受长江上游强降雨影响，三峡水库入库流量持续增加，三峡枢纽近日开启泄洪深孔泄洪。\n"
            "为考生撑起安心伞\n为社会上好公共课\n□ 郑言\n　　一场推迟了一个月的高考，承载的不只是一千多万考生的梦想。\n")
    titles = [a.title for a in parse_text_page(page, "p.txt").articles]
    assert titles[-3:] == ["海南离岛免税额度提至每年10万元", "三峡枢纽开启泄洪深孔", "为考生撑起安心伞 为社会上好公共课"]


def test_a_head_naming_on_what_someone_speaks_goes_on_below():
    page = ("南溪日报　2024年3月12日　第4版\n\n水利部有关负责人就春季\n农业抗旱工作答记者问\n"
            "新华社北京3月11日电（记者 刘诗文）近期，我国西南部分地区气象干旱持续，对春耕生产带来不利影响。\n")
    assert _heads(page) == [("", "水利部有关负责人就春季农业抗旱工作答记者问", "")]


def test_a_county_paper_s_deck_over_two_lines_a_campaign_s_kicker_a_box_read_as_a_mouth_and_figures_under_a_head():
    """——传达学习…精神 / 研究部署我县贯彻落实工作 over the dateline: one deck of two clauses; 备战“三夏”进行时
    over a title with figures: a campaign's kicker; 口我县开展… (the box □ as 夸克's OCR reads it) a brief's
    head; 我县71个重点项目集中开工 / 总投资186.5亿元 over the byline: a head whole in its words, its deck."""
    page = ("岚溪报　2019年5月17日　星期五　第1版\n\n县委常委会（扩大）会议召开\n——传达学习全省县域经济发展工作会议精神\n研究部署我县贯彻落实工作\n"
            "本报讯（记者 刘芳）5月15日下午，县委书记陈立华主持召开县委常委会（扩大）会议，传达学习会议精神。\n\n"
            "备战“三夏”进行时\n全县1200余台联合收割机整装待发\n本报记者 周敏 通讯员 孙庆华\n　　眼下，我县42万亩小麦陆续进入成熟期。\n\n"
            "口我县开展“全国助残日”系列活动\n本报讯 5月中旬以来，县残联围绕“自强与助残”主题，组织开展义诊、辅具适配等活动。\n\n"
            "我县71个重点项目集中开工\n总投资186.5亿元\n融媒记者 周敏\n　　2月21日，我县2023年第一季度重点项目集中开工活动在经济开发区举行。\n")
    assert _heads(page) == [("", "县委常委会（扩大）会议召开", "传达学习全省县域经济发展工作会议精神 研究部署我县贯彻落实工作"),
                            ("备战“三夏”进行时", "全县1200余台联合收割机整装待发", ""),
                            ("", "我县开展“全国助残日”系列活动", ""), ("", "我县71个重点项目集中开工", "总投资186.5亿元")]


def test_a_page_tesseract_spaced_and_took_without_indents_keeps_its_paragraphs_and_its_heads():
    """国 家邮政 局有关 负 责 人 介: lines spaced unevenly between characters, closed up where three lines
    or more are so (a name's spacing, 严 琳, stays); a paragraph's first line a character or two short
    of the column (以气候变化为例，发达国 / 家至今未能…) goes on; 2023 年我国快递业务量 / 突破 1300 亿件, the
    spaces round its figures no clauses parted, one head under its kicker on a page that dashes its decks."""
    page = ("A10 2024 年 1 月 18 日 星期四\n海门晚报\n\n国家邮政局发布数据\n2023 年我国快递业务量\n突破 1300 亿件\n\n"
            "新华社北京1月17日电（记\n者 严 琳）记者17日从国家邮\n政局获悉，去年我国快递业务\n量 累 计完 成千亿 件以上，同比\n"
            "增长近两成，快递业务收入累\n计完 成 一 万 亿元以上，快递业\n务量连续十年稳居世界第一。\n国 家邮政 局有关 负 责 人 介\n"
            "绍，去年 快 递服务 网 络 持 续\n向农村延伸，农村地区揽收和\n投递快递包裹超过五百亿件，\n“快递进村”比例进一步提高。\n"
            "与此同时，快递企业加快布局\n国际网络，跨境寄递服务能力\n不断提升，海外仓数量明显增\n加，服务范围覆盖更多国家。\n"
            "以快递进村为例，中西部\n地区的乡村快递网点去年新增\n两万多个，村民收寄快递更加\n方便，农产品也能更快卖出。\n"
            "该负责人表示，今年将继续\n推进快递业高质量发展，预计\n全年快递业务量将再创新高。\n\n"
            "2024年春运1月26日启幕\n一一预计全社会跨区域人员流动量达90亿人次左右\n\n新华社北京1月17日电（记\n"
            "者 叶思远）记者17日从国务院\n新闻办公室举行的新闻发布会\n上获悉，今年春运将于1月26\n日开始，3月5日结束。\n")
    article, _ = parse_text_page(page, "p.txt").articles
    assert (article.kicker, article.title) == ("国家邮政局发布数据", "2023 年我国快递业务量突破 1300 亿件")
    assert any(p.startswith("国家邮政局有关负责人介绍，去年快递服务网络持续向农村延伸") for p in article.paragraphs)
    assert any(p.startswith("以快递进村为例，中西部地区的乡村快递网点") for p in article.paragraphs)


def test_a_chronology_s_dated_rows_are_its_box_s_text_and_a_head_broken_after_its_subject_over_a_short_dateline():
    """新州议会合并大事记 over its rows (2014年9月 州政府推出…): the box's text, the last row no kicker of the
    head under it; 悉尼内西区华裔男子 / 涉嫌协助洗钱被捕 over 【本报讯】… on a short line of a narrow column:
    one head broken after its subject."""
    page = ("澳洲新快报　2016年5月13日　A3　悉尼新闻\n\n新州议会合并大事记\n2014年9月 州政府推出“适应未来”改革计划\n"
            "2015年12月 州政府公布35项合并提案\n2016年5月12日 19个新议会正式成立\n悉尼内西区华裔男子\n涉嫌协助洗钱被捕\n"
            "【本报讯】澳洲联邦警察（AFP）\n11日在悉尼内西区一处公寓逮捕一名32岁华裔男子，指其涉嫌协助一个跨国集团洗钱。\n")
    heads = _heads(page)
    assert ("", "悉尼内西区华裔男子涉嫌协助洗钱被捕", "") in heads
    assert not any("2016年5月12日" in kicker + title for kicker, title, _ in heads)


def test_a_brief_s_head_as_wide_as_the_column_after_the_last_one_signed_off_is_a_head_and_a_box_before_a_name_a_bullet():
    """城事速递 over briefs each a head over its text, set flush at the column's width: the line after a
    brief signed off (…（记者 何姗）), with no comma as a paragraph's first line has, is the next head;
    口王 晨（媒体人） under a title: the box before the writer's name."""
    lines = ["南方日报　2018年6月12日　A5　城事"] + ["加装电梯说到底是邻里之间的事，", "靠行政命令“一刀切”解决不了，",
             "靠一方“多数决”硬推也行不通。", "把规则立在前头，把各方的账算", "在明处，好事才能真正办好。"] * 3
    page = "\n".join(lines + ["城事速递", "白云区新增3个垃圾分类示范小区", "记者从白云区城管局获悉，该区近",
                              "日新增3个生活垃圾分类示范小区", "示范小区将实行定时定点投放，", "并配备督导员，现场指导居民",
                              "分类投放。（记者 何姗）", "天河北路部分路段夜间施工至月底", "因市政管网改造需要，天河北路部",
                              "分路段将在夜间施工至本月底。", "个论", "给“网红”景点降降温，不妨多些预约制", "口王 晨（媒体人）",
                              "国庆中秋“超级黄金周”即将到来，", "不少景区已提前发布客流预警。"]) + "\n"
    articles = parse_text_page(page, "p.txt").articles
    assert [a.title for a in articles][-3:] == ["白云区新增3个垃圾分类示范小区", "天河北路部分路段夜间施工至月底",
                                                "给“网红”景点降降温，不妨多些预约制"]
    assert articles[-1].authors == ("王晨",)
