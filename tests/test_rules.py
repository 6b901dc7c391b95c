"""Each ingest rule on the seed lines it exists for."""
import pytest

from generator.ingest import rules


def test_byline_lines():
    assert rules.parse_byline("株洲日报全媒体记者/何春林") == rules.Byline(("何春林",), (), "株洲日报")
    assert rules.parse_byline("通讯员/刘爱明 肖力章").correspondents == ("刘爱明", "肖力章")
    b = rules.parse_byline("记者 周健 通讯员 李研")
    assert (b.authors, b.correspondents) == (("周健",), ("李研",))
    assert rules.parse_byline("通讯员 马孝华").correspondents == ("马孝华",)
    assert rules.parse_byline("（记者 赵六）").authors == ("赵六",)
    assert rules.parse_byline("新华社记者 张三").paper == "新华社"
    # 文天甲 is a correspondent's name, not 文 (text by) + 天甲
    assert rules.parse_byline("通讯员/林国庆 文天甲").correspondents == ("林国庆", "文天甲")


def test_not_bylines():
    assert rules.parse_byline("天元区 邀请劳模工匠欢聚一堂") is None
    assert rules.parse_byline("王刚要求") is None
    assert rules.parse_byline("星星之火 可以燎原") is None
    assert rules.parse_byline("读　者　来　信") is None  # a page's section: 读者 is a role, 来信 no name


def test_a_byline_is_never_a_paragraph_long():
    names = "本报记者 " + " ".join(["王　刚", "李　明", "张　伟", "刘　洋"] * 7)
    assert len(names) > rules.LONGEST_BYLINE and rules.parse_byline(names) is None
    assert rules.parse_byline(names[:rules.LONGEST_BYLINE]).authors[:2] == ("王刚", "李明")


def test_leads():
    lead = rules.parse_lead("本报讯（记者 魏涛）3月2日，省人社厅副厅长")
    assert (lead.dateline, lead.paper, lead.byline.authors, lead.rest) == ("本报讯", None, ("魏涛",), "3月2日，省人社厅副厅长")
    lead = rules.parse_lead("株洲日报讯（全媒体记者/何春林）近日，我省")
    assert (lead.paper, lead.byline.authors, lead.rest) == ("株洲日报", ("何春林",), "近日，我省")
    lead = rules.parse_lead("株洲日报（全媒体记者/杨旭 通讯员/周奕江 杨浩博）2月4日，")
    assert lead.byline.correspondents == ("周奕江", "杨浩博") and lead.paper == "株洲日报"
    lead = rules.parse_lead("本报北京3月2日电（记者 张三、李四）昨天")
    assert (lead.dateline, lead.byline.authors) == ("本报北京3月2日电", ("张三", "李四"))
    assert rules.parse_lead("新华社北京电（记者 陈七）").paper == "新华社"
    assert rules.parse_lead("王刚要求，各级各部门") is None


def test_sentence_ends():
    assert rules.ends_sentence("确保返岗安全有序。")
    assert rules.ends_sentence("“问了几家，都没有找到合适的工作。”")
    assert not rules.ends_sentence("享受优惠政策和服务。要加")
    assert not rules.ends_sentence("为复工复产的前提和基础，")
    assert not rules.ends_sentence("岗位需求、")
    assert not rules.ends_sentence("“你好，请遵守和配合")


def test_continuations():
    assert rules.starts_as_continuation("并提醒他们做好科学防控")
    assert rules.starts_as_continuation("了退休老干部的求助电话")
    assert not rules.starts_as_continuation("为迅速做好保障工作")
    assert not rules.starts_as_continuation("与“十条标准”相对应的是")


def test_furniture_and_column_names():
    assert rules.is_furniture("责任编辑：王建设 美术编辑：左骏")
    assert rules.is_furniture("2022年11月18日 星期五")
    assert rules.printed_date("2022年11月18日 星期五") == (2022, 11, 18)
    assert not rules.is_furniture("编辑部的故事")
    assert rules.is_column_name("就业·创业")
    assert not rules.is_column_name("多举措帮农民工兄弟就业创业")


def test_captions():
    for caption in ("▲学生规范有序排队进行核酸采样。", "上门入户进行核酸检测采样。通讯员 供图",
                    "株洲新城一角 株洲日报全媒体记者/易翔 摄", "残疾人专场招聘会现场。 记者/何春林 摄",
                    "“青年职工·汇聚天元”系列活动，提升了青年职工的幸福感和获得感。 记者杨旭 摄",
                    "本版图片均由学林街道提供", "1月31日，菜农将蔬菜装车。 本报记者 王一鸣摄",
                    "工人在车间生产口罩。新华社记者 李贺、张三摄"):
        assert rules.is_caption(caption), caption
    assert not rules.is_caption("他正在进行拍摄")
    assert rules.is_isolated_caption("陈孝锋在华森葳工厂进行复工职工信息核对，排除企业疫情隐患。", 3)
    assert not rules.is_isolated_caption("陈孝锋在华森葳工厂进行复工职工信息核对，排除企业疫情隐患。", 1)
    assert not rules.is_isolated_caption("# 筑牢抗疫「红色防线」", 3)


def test_bare_headings():
    for head in ("“家医”上门送健康 让居民安心过年", "天元区 邀请劳模工匠欢聚一堂", "奔赴社区，吹响青春集结号",
                 "天易科技城入选“国家小型微型企业创新创业示范基地”", "星星之火 可以燎原"):
        assert rules.is_bare_heading(head), head
    for prose in ("2月10日上午，青年干部马洁琼接到", "这支党员志愿者队伍中，有年近70岁的老",
                  "万众一心，没有翻不过的山；心手相牵，没有", "“问了几家，都没有找到合适的工作。”"):
        assert not rules.is_bare_heading(prose), prose


def test_trailing_bylines():
    body, byline = rules.split_trailing_byline("其中有3家企业全员复工。 施婕妤 杨倩雯")
    assert body == "其中有3家企业全员复工。" and byline.authors == ("施婕妤", "杨倩雯")
    body, byline = rules.split_trailing_byline("活动圆满完成。（记者 赵六）")
    assert body == "活动圆满完成。" and byline.authors == ("赵六",)
    assert rules.split_trailing_byline("就业率超过了98%。") is None


def test_a_head_may_name_its_speaker_or_topic_before_a_colon():
    assert rules.is_bare_heading("物业：配件正在调货")
    assert rules.is_bare_heading("专家：维保责任要落实")
    assert not rules.is_bare_heading("王刚要求：")
    assert not rules.is_bare_heading("他说：这件事我们一定办好，请大家放心")


def test_titles_closing_with_their_column():
    for title in ("让“小店经济”活起来（人民时评）", "攀登者的初心（高峰之路）",
                  "小微企业如何跨过融资关（经济新方位·中小企业闯关记②）"):
        assert rules.is_column_titled(title), title
    for line in ("专家提醒，放宽限制须循序渐进。（据新华社电）", "活动圆满完成（记者 赵六）",
                 "人社青年助企复工一直“在路上”（完）", "图片来源（新华社）"):
        assert not rules.is_column_titled(line), line


def test_a_kicker_leading_into_its_title_with_a_dash():
    assert rules.is_kicker_line("乡村振兴看一线——")
    assert not rules.is_kicker_line("——多地推进农业机械化见闻")
    assert not rules.is_kicker_line("记者来到该小区看到，电梯门口贴着“设备维修，暂停使用”的告示——")


def test_an_item_closed_by_its_credit():
    for last in ("专家提醒，须循序渐进。（据新华社电）", "比赛圆满结束。（完）", "并增设了临时停车位。（记者 王晓 通讯员 李然）",
                 "市场平稳运行。（本报综合）", "其中有3家企业全员复工。 施婕妤 杨倩雯"):
        assert rules.closes_an_article(last), last
    assert not rules.closes_an_article("分析人士认为，全球经济复苏预期增强，对油价形成支撑。")


def test_box_labels_and_report_leads():
    for label in ("核心阅读", "短评", "编者按", "温馨提示"):
        assert rules.is_box_label(label), label
    assert not rules.is_box_label("夜市经济升温")
    for lead in ("亚洲开发银行日前发布报告，将今年亚洲发展中经济体增长预期上调至7.3%。",
                 "记者从上海市文化和旅游局获悉，今年全市将新建城市书房50家。",
                 "据市统计局消息，上半年全市经济运行稳中向好。",
                 "塑料污染是全球面临的环境难题之一。据国外媒体近日报道，一个国际研究团队发现了一种酶。"):
        assert rules.opens_like_a_report(lead), lead
    for section in ("过去，小微企业缺少抵押物，银行放贷顾虑多。", "11月3日，市人社局第二批派驻的10名干部进驻芦淞区。"):
        assert not rules.opens_like_a_report(section), section


def test_section_heads_come_in_series():
    assert rules.parallel_heads("接送人员返通复工 我在启东", "抗疫助产 我在川姜镇")
    assert rules.parallel_heads("拓宽融资渠道", "降低融资成本")
    assert rules.parallel_heads("物业：配件正在调货", "专家：维保责任要落实")
    assert rules.parallel_heads("奔赴社区，吹响青春集结号", "帮老扶老，传播青春正能量")
    assert not rules.parallel_heads("夜市经济升温", "小区电梯“罢工”三天")
    assert not rules.parallel_heads("国际油价小幅上涨", "多国加快推进疫苗接种")
    # one word in common, one head near twice the other: two titles, no series
    assert not rules.parallel_heads("直奉兩方感情日趨惡化之真相及保定方面之態度", "日本朝野對華態度之一斑")


def test_names_padded_to_three_characters_and_names_alone():
    assert rules.parse_byline("本报记者　李天宇　王　雪").authors == ("李天宇", "王雪")
    assert rules.parse_byline("（记者　孙　悦　通讯员　黄　涛）").correspondents == ("黄涛",)
    assert rules.name_line("林　晓").authors == ("林晓",)
    assert rules.name_line("欧阳文 张三").authors == ("欧阳文", "张三")
    for head in ("初夏", "核心阅读", "短评", "旧书摊", "夏粮收购"):
        assert rules.name_line(head) is None, head


def test_furniture_without_a_colon():
    assert rules.is_furniture("责任编辑 陈 静  美术编辑 赵 磊")
    assert not rules.is_furniture("编辑部的故事")
    assert rules.is_furniture("2015.6.12 星期五责任编辑：沈洁视觉设计：包涵校对：陈一")  # (the day and credits glued)
    assert rules.is_furniture("本作品获2022年度江城新闻奖评论类三等奖") and rules.is_furniture("=========== p_0012.png ===========")


def test_a_head_may_open_with_a_date_when_no_clause_follows():
    assert rules.is_bare_heading("5月份制造业PMI为51.0%")
    assert not rules.is_bare_heading("2月10日上午，青年干部马洁琼接到")


def test_which_of_two_stacked_heads_is_the_kicker():
    assert rules.upper_is_kicker("新春走基层", "“家医”成了家里人 基层医疗春节不打烊")
    assert rules.upper_is_kicker("短评", "让金融活水流向实体经济")
    assert not rules.upper_is_kicker("行政院昨开例会", "通过苏省水利贷款　任免厅长多人"), "the news and when, its details under it"
    assert rules.upper_is_kicker("各地多措并举做好夏粮收购", "夏粮收购有序开展　农民售粮便捷顺畅")
    assert rules.upper_is_kicker("全国安全生产大检查全面展开——", "排查隐患不留死角　压实责任落到实处")
    assert rules.upper_is_kicker("数字赋能制造业转型", "全省首个工业互联网“5G+”示范园区投用")
    # a match's result is the news, the couplet under it its deck
    assert not rules.upper_is_kicker("实德0比0闷平泰山", "主场三连胜终结 锋线乏力问题凸显")
    assert rules.upper_is_kicker("中超第8轮", "申花2比1力克国安")
    assert rules.upper_is_kicker("川渝共建巴蜀文化旅游走廊", "一张“惠民卡”畅游两地百余景区")
    assert not rules.upper_is_kicker("江滩夜市今晚开市", "200多个摊位，营业至次日凌晨1时")
    assert not rules.upper_is_kicker("德阳重大装备制造“链”上发力", "前4月全市装备制造业产值同比增长12.6%")
    assert not rules.upper_is_kicker("员工下班途中摔伤是否属于工伤", "法院：符合“上下班途中”情形应予认定")
    assert rules.upper_is_kicker("聚焦高标准农田建设", "我省今年将新建高标准农田420万亩"), "a topic over its news"
    assert rules.upper_is_kicker("连续三轮不败　积分升至第四", "3比1！雄狮主场逆转飞鹰"), "a head that exclaims is the title"
    assert not rules.upper_is_kicker("关注留守儿童心理健康", "全市建成站点120个"), "a deck no longer than its title"
    assert rules.upper_is_kicker("美丽中国先行区建设观察", "浙江丽水：“生态账”算出“发展账”"), "a place, not a speaker"
    assert rules.upper_is_kicker("一片茶叶带富一方百姓", "高坪村：荒山坡变成“金茶园”")
    assert rules.upper_is_kicker("推动高质量发展·区县巡礼", "西青：老园区“腾笼换鸟”迎来新产业"), "a series and its part"
    assert not rules.upper_is_kicker("天文台：颱風或周末襲港", "料發出三號強風信號"), "what is expected: a deck"
    assert not rules.upper_is_kicker("地铁5号线南延段开始空载试运行", "预计年内开通初期运营")


def test_more_heads():
    assert rules.is_exclaimed_heading("婚前购房婚后共同还贷　离婚时房子归谁？")
    assert rules.is_column_name("梧桐　副刊") and not rules.is_column_name("天元区 邀请劳模工匠欢聚一堂")


def test_photographers_from_the_credit():
    assert rules.photographers("确保小麦颗粒归仓。\u3000刘\u3000明\u3000摄") == ("刘明",)
    assert rules.photographers("菜农将蔬菜装车。 本报记者 王一鸣摄") == ("王一鸣",)
    assert rules.photographers("工人在车间生产口罩。新华社记者 李贺、张三摄") == ("李贺", "张三")
    assert rules.photographers("株洲新城一角 株洲日报全媒体记者/易翔 摄") == ("易翔",)
    assert rules.photographers("上门入户进行核酸检测采样。通讯员 供图") == ()


def test_traditional_characters_read_as_simplified_and_kept():
    lead = rules.parse_lead("【大公報訊】記者陳明輝報道：香港北部都會區首批產業用地")
    assert (lead.dateline, lead.paper, lead.byline.authors, lead.rest) == (
        "【大公報訊】", "大公報", ("陳明輝",), "香港北部都會區首批產業用地")
    assert rules.parse_byline("記者　李翠芳").authors == ("李翠芳",)
    assert rules.is_furniture("責任編輯：陳少文　美術編輯：黃　偉")


def test_more_leads_bylines_and_furniture():
    lead = rules.parse_lead("扬子晚报网5月19日讯（记者　陈　聪）记者从南京地铁集团获悉")
    assert (lead.dateline, lead.byline.authors, lead.rest) == ("扬子晚报网5月19日讯", ("陈聪",), "记者从南京地铁集团获悉")
    lead = rules.parse_lead("本报讯 记者张昊 通讯员王静 员工下班回家途中骑电动车摔伤")
    assert (lead.byline.authors, lead.byline.correspondents) == (("张昊",), ("王静",))
    assert rules.parse_byline("武汉市江岸区　读者　张志强").authors == ("张志强",)
    assert rules.parse_byline("□江苏南通读者　周建国").authors == ("周建国",)
    assert rules.parse_byline("■王　兵　本报特约记者　刘　洋").authors == ("王兵", "刘洋")
    assert rules.parse_byline("扬子晚报/紫牛新闻记者　顾　炜").authors == ("顾炜",)
    assert rules.parse_byline("证券时报·数据宝　陈　刚").authors == ("陈刚",)
    assert rules.parse_byline("文/图　许　冬").authors == ("许冬",)
    assert rules.parse_byline("文/许　静").authors == ("许静",)
    assert rules.parse_byline("市人民医院内分泌科主任医师　沈建华").authors == ("沈建华",)
    assert rules.name_line("◎赵　平").authors == ("赵平",)
    assert rules.parse_byline("本报评论员") == rules.Byline()
    assert rules.parse_byline("记者手记") is None and rules.parse_byline("王兵") is None
    for line in ("人民日报", "大公報", "责编：刘　涛　王子辰　邮箱：rmrbyw@people.cn", "第6版　健康生活", "GA08",
                 "第1版　要闻　　　责任编辑：方　圆", "中共青阳县委主管主办　青阳报社出版", "第2138期　今日4版",
                 "2024年5月12日　星期日　编辑　龙　腾　美编　曹　薇", "ENERGY TIMES", "本版主编：钱永红　责任编辑：宋　佳"):
        assert rules.is_furniture(line), line
    assert not rules.is_furniture("本报")


def test_credits_alone_and_with_their_agency():
    assert rules.is_credit("记者　顾　炜　摄") and rules.is_credit("刘　伟摄（人民视觉）")
    assert not rules.is_credit("篁岭晒秋。许　冬摄")
    for caption in ("篁岭晒秋。许　冬摄", "司机背着老人蹚过积水路段。视频截图", "刘　伟摄（人民视觉）"):
        assert rules.is_caption(caption), caption
    assert rules.photographers("刘　伟摄（人民视觉）") == ("刘伟",)


def test_heads_listed_alike_and_decks():
    assert rules.listed_alike("一、深刻把握县域经济发展的新特点", "二、以科技创新激活县域产业新动能")
    assert rules.listed_alike("广东美术馆：“岭南画派百年”特展", "广州博物馆：“海上丝路的印记”")
    assert not rules.listed_alike("拓宽融资渠道", "降低融资成本")
    assert rules.reads_as_deck("三年来累计服务老年人1.2万余人次")
    assert not rules.reads_as_deck("长江干线船舶过闸效率稳步提升")


def test_old_papers_and_short_paper_names():
    assert rules.printed_date("一九七九年十一月二十日　星期二") == (1979, 11, 20)
    assert rules.printed_date("2024年7月14日／星期日") == (2024, 7, 14)
    assert rules.is_furniture("第二版")
    lead = rules.parse_lead("南都讯　记者谢婷　昨日，记者从深圳巴士集团获悉")
    assert (lead.dateline, lead.byline.authors, lead.rest) == ("南都讯", ("谢婷",), "昨日，记者从深圳巴士集团获悉")
    assert rules.parse_byline("采写：南都记者　吴晓峰　实习生　李雨欣").authors == ("吴晓峰", "李雨欣")
    assert rules.parse_byline("河南省新乡县　刘振山").authors == ("刘振山",)
    assert rules.is_caption("图　IC") and not rules.is_credit("图　IC")
    assert rules.is_furniture("读者来信请寄：湖北日报读者来信部")
    assert rules.parse_byline("沈阳市某机床厂　赵立军").authors == ("赵立军",)


def test_running_heads_and_the_contents_box():
    for line in ("SA05　2023年9月14日　星期四　南方都市报", "华夏科技报　2023年9月14日　星期四　05",
                 "A6　2023年9月14日　星期四　南京新闻　责编：王　伟", "滨江晚报　A12　2023年9月14日　星期四"):
        assert rules.is_running_head(line) and rules.is_furniture(line), line
        assert rules.printed_date(line) == (2023, 9, 14), line
    assert not rules.is_furniture("2024年3月1日　这些新规将施行")  # a date and a head, no page
    assert rules.is_contents_entry("■多地优化购车政策　释放汽车消费潜力　　（4版）")
    assert rules.is_contents_entry("本期导读") and rules.is_furniture("本期导读")
    assert not rules.is_contents_entry("详情请见本报今日第4版的报道。")


def test_a_caption_closed_by_its_credit_is_not_a_credit_alone():
    assert not rules.is_credit("上海队罗伯茨（右）在比赛中突破上篮　新民晚报记者　杨　晔　摄")
    assert rules.is_credit("扬子晚报/紫牛新闻记者　陈　晓　摄")


def test_datelines_in_chinese_numerals_padded_names_and_bulleted_names():
    lead = rules.parse_lead("新华社雅加达五月十三日电　记者张建华报道：东盟地区论坛高官会今天在这里举行。")
    assert (lead.dateline, lead.byline.authors) == ("新华社雅加达五月十三日电", ("张建华",))
    assert rules.parse_lead("新华社北京十一月十九日电　入冬以来").dateline == "新华社北京十一月十九日电"
    assert rules.parse_lead("新华社北京9月13日电（记者宋　晨）　记者13日从").byline.authors == ("宋晨",)
    assert rules.parse_lead("新华社南宁9月13日电（记者覃　星、黄　庆）　记者从").byline.authors == ("覃星", "黄庆")
    assert rules.parse_lead("南都讯 记者 龚 莉 实习生 张雨晴 消防通道有没有被占用？").byline.authors == ("龚莉", "张雨晴")
    assert rules.is_bulleted("■王　骞") and rules.name_line("■王　骞").authors == ("王骞",)
    assert rules.is_bulleted("• 郑志强") and rules.name_line("• 郑志强").authors == ("郑志强",)
    # where a reporter filed from, in brackets after the names
    assert rules.parse_byline("本报特派记者 邹 晖（葡萄牙里斯本）").authors == ("邹晖",)
    assert rules.parse_byline("本报记者 韩 冰 吴 迪（北京）").authors == ("韩冰", "吴迪")


def test_the_page_a_page_prints_and_its_name():
    assert rules.is_furniture("第04版：要闻")
    assert rules.printed_page(("人民日报　2024年3月6日　星期三", "第04版：要闻")) == ("4", "要闻")
    assert rules.printed_page(("第1版　要闻　责任编辑：方圆",)) == ("1", "要闻")
    assert rules.printed_page(("SA05　2023年9月14日　星期四　南方都市报",)) == ("SA5", None)
    assert rules.printed_page(("2005年11月8日 星期二", "A08 | 港聞")) == ("A8", "港聞"), "its name in its own script"
    assert rules.printed_page(("第二版",)) == ("2", None)
    # an old paper's sheet run into its page's number: the page
    assert rules.printed_page(("申報　民國十八年三月二日　星期六　第四張第十三版",)) == ("13", None)
    assert rules.printed_page(("第3版", "第4版")) is None  # lines that disagree name no page
    # the paper, the day, the page and its name on one line, as a closing note names them too
    assert rules.printed_page(("深圳特区报　1994年6月8日　第3版　经济新闻",)) == ("3", "经济新闻")


def test_the_paper_a_page_s_running_head_names():
    assert rules.printed_paper(("深圳特区报　1994年6月8日　第3版　经济新闻",)) == "深圳特区报"
    assert rules.printed_paper(("【聯合晚報】104/03/06 第7版 話題",)) == "聯合晚報", "as printed"
    assert rules.printed_paper(("扬子晚报　法治·平安　A11", "— 11 —")) == "扬子晚报"
    assert rules.printed_paper(("本报　2023年9月14日　第5版",)) is None  # this paper names none
    assert rules.printed_paper(("江城日报　2023年9月14日　第5版", "江城晚报　2023年9月14日　第6版")) is None
    # a line of the text naming a paper is no head of the page's
    assert rules.printed_paper(("据人民日报报道，昨日……",)) is None


def test_box_names_jumps_agency_photos_and_masthead_print():
    for name in ("核心阅读", "编者按", "专家提醒", "【新闻背景】", "法官说法"):
        assert rules.is_box_name(name), name
    assert not rules.is_box_name("公司速递") and not rules.is_box_name("春耕正当时")
    for jump in ("（上接第一版）", "下转第6版", "(上接A2版)"):
        assert rules.is_jump_line(jump), jump
    assert not rules.is_jump_line("上接地气，下接民心")
    assert rules.is_credit("新华社发（陈　亮摄）") and rules.photographers("新华社发（陈　亮摄）") == ("陈亮",)
    assert rules.is_credit("新华社发（阿尔贝托·林格利亚摄）")
    assert rules.is_furniture("中共四川省委机关报　四川日报报业集团出版")
    assert rules.is_contents_entry("成都平原经济区协同发展三年行动方案出台　　　2版")
    assert rules.is_contents_entry("导　读") and not rules.is_contents_entry("我们的第2版")


def test_column_titles_that_ask_letters_signed_from_a_commune_and_an_analyst():
    assert rules.is_column_titled("装修“增项”不断，业主能否拒付？（以案说法）")
    assert rules.parse_byline("河北省沧州市　赵玉兰　周　光").authors == ("赵玉兰", "周光")
    assert rules.parse_byline("邢台县南石门公社　郝　平").authors == ("郝平",)
    assert rules.parse_byline("□　华信证券首席分析师　梁　斌").authors == ("梁斌",)


def test_running_feet_without_a_date_rubrics_in_brackets_and_subscription_notices():
    assert rules.is_running_head("扬子晚报　法治·平安　A11") and rules.is_furniture("扬子晚报　法治·平安　A11")
    assert not rules.is_running_head("新华社　北京")
    assert rules.is_furniture("A6　港聞　　責任編輯：鄭樂敏　美術編輯：張三")
    assert rules.is_furniture("欢迎订阅1995年下半年《经济日报》　全国各地邮局均可办理")
    assert rules.is_furniture("【三农观察】") and not rules.is_furniture("【链接】")  # a box keeps its name


def test_mastheads_in_latin_letters_web_addresses_weather_and_dates_with_a_circle():
    for line in ("参考消息　CANKAO XIAOXI", "21世纪经济报道　21ST CENTURY BUSINESS HERALD", "www.jfdaily.com",
                 "今日天气　多云　最高温度27℃　最低温度19℃", "▶ 第2版　要闻　全市安全生产工作会议召开"):
        assert rules.is_furniture(line), line
    assert not rules.is_furniture("NBA总决赛今日开打") and not rules.is_furniture("CBA新赛季常规赛首轮")
    assert rules.printed_date("澳門日報　二○二四年六月十二日　星期三") == (2024, 6, 12)


def test_advert_and_notice_labels_and_a_byline_with_where_it_was_filed():
    for label in ("广告", "公益广告　节约用电　从我做起", "遗失声明", "招聘启事"):
        assert rules.is_advert_label(label), label
    assert not rules.is_advert_label("广告牌松动已加固")
    assert rules.parse_byline("21世纪经济报道记者　吴　迪　深圳报道").authors == ("吴迪",)


def test_letters_signed_from_a_province_briefs_signed_in_brackets_and_source_notes():
    assert rules.parse_byline("山东济南　陈　曦").authors == ("陈曦",)
    assert rules.parse_byline("北京　欢迎你") is None
    body, byline = rules.split_trailing_byline("此次演练共出动抢修队员120余人、发电车6台。（王　雪）")
    assert (body, byline.authors) == ("此次演练共出动抢修队员120余人、发电车6台。", ("王雪",))
    assert rules.split_trailing_byline("本次展览免费向公众开放。（完）") is None
    assert rules.is_source_note("数据来源：各公司公告") and not rules.is_source_note("来自各地的3000余名跑者")
    assert rules.is_box_name("专家回复") and rules.is_box_name("编者附言")
    assert rules.is_furniture("A3　澳聞　本地新聞")


def test_a_writer_named_with_where_they_study_or_work():
    assert rules.name_line("李一帆（北京师范大学文学院学生）").authors == ("李一帆",)
    assert rules.name_line("王　雪（作者为南京大学教授）").authors == ("王雪",)
    assert rules.name_line("张三（右）") is None and rules.name_line("张三（左一）") is None
    assert rules.name_line("李四（前排左三）") is None and rules.name_line("王五（连载）") is None


def test_a_letter_signed_with_its_writers_home_town():
    assert rules.name_line("陈国伟（雪兰莪巴生）").authors == ("陈国伟",)
    assert rules.name_line("林　芳（山东济南）").authors == ("林芳",)


def test_an_agency_credit_alone_and_who_drew_the_picture():
    assert rules.is_credit("新华社发") and rules.photographers("新华社发") == ()
    assert rules.is_caption("题图　施　晴") and rules.is_caption("插图：王犁")
    assert not rules.is_caption("题图说明很长的一句话。")


def test_a_paper_and_role_before_a_padded_name_and_job_adverts():
    byline = rules.parse_byline("◆本报通讯员李　冬　见习记者赵　雪")
    assert (byline.authors, byline.correspondents) == (("赵雪",), ("李冬",))
    assert rules.is_advert_label("誠聘") and rules.is_advert_label("招聘启事")


def test_a_county_paper_s_masthead_contents_in_chinese_numerals_weather_and_subscription_notices():
    for line in ("中共岳西县委主办　岳西县融媒体中心出版", "●“大别山民宿”成为乡村振兴新引擎　（三版）",
                 "今天：多云转晴　4℃～16℃　北风2～3级", "新民晚报2024年度订阅火热进行中"):
        assert rules.is_furniture(line), line
    assert not rules.is_furniture("今天，全县茶园秋冬管护全面铺开。")
    assert rules.is_advert_label("公　告") and not rules.is_advert_label("公告栏里的新变化")


def test_dates_with_dots_contact_lines_and_classified_adverts():
    assert rules.printed_date("2024.03.09　星期六") == (2024, 3, 9) and rules.is_furniture("2024.03.09　星期六")
    assert rules.is_furniture("展位咨询：010-68315588　　欢迎莅临参观")
    assert not rules.is_furniture("读者咨询：我家老人怎么办理")
    assert rules.is_advert_label("分类广告") and not rules.is_advert_label("广告牌松动已加固")


def test_rubrics_are_short_labels_that_name_no_box():
    assert rules.is_rubric("公司速递") and rules.is_rubric("本省简讯")
    assert not rules.is_rubric("核心阅读") and not rules.is_rubric("国网南昌供电公司开展防汛应急演练")


def test_who_answers_signs_and_who_was_asked_does_not():
    assert rules.parse_byline("解答律师：郭立新（北京恒信律师事务所）").authors == ("郭立新",)
    credit = rules.parse_byline("受访专家：中国中医科学院西苑医院营养科主任医师　李晓梅")
    assert credit is not None and credit.authors == ()
    assert rules.parse_byline("受访专家表示，当前居民消费意愿总体稳定。") is None


def test_bylines_of_partner_newsrooms_photographers_and_reporters_filed_close():
    byline = rules.parse_byline("本报记者 吴　晓　共享联盟·义乌站 周　彤")
    assert byline.authors == ("吴晓", "周彤")
    assert rules.parse_byline("成都商报-红星新闻记者 王晨 摄影记者 陈羽啸").authors == ("王晨",)
    assert rules.parse_byline("报道：陈家豪  摄影：曾俊杰").authors == ("陈家豪",)
    assert rules.parse_byline("摄影：曾俊杰").authors == ("曾俊杰",)  # a photo item's, signed by nobody else
    assert rules.parse_byline("体坛周报特派记者沈思源北京报道").authors == ("沈思源",)
    assert rules.parse_byline("21世纪经济报道记者　季　敏　上海报道").authors == ("季敏",)
    body, byline = rules.split_trailing_byline("要立即进食并测血糖。（作者为首都医科大学附属北京朝阳医院急诊科医生　赵　晨）")
    assert body == "要立即进食并测血糖。" and byline.authors == ("赵晨",)


def test_leads_with_names_run_on_or_a_desk_s_latin_name():
    lead = rules.parse_lead("本报讯 记者周婷婷报道 据了解，中国男足国家队备战世预赛。")
    assert lead.byline.authors == ("周婷婷",) and lead.rest == "据了解，中国男足国家队备战世预赛。"
    assert rules.parse_lead("本报沈阳4月21日电 记者高　远").byline.authors == ("高远",)
    lead = rules.parse_lead("证券时报e公司讯，恒瑞精工7月17日在接受机构调研时表示。")
    assert lead.dateline == "证券时报e公司讯" and lead.rest.startswith("恒瑞精工")


def test_weather_boxes_contents_boxes_codes_to_scan_and_editor_credits():
    assert rules.is_weather_head("今日天气") and rules.is_weather_head("农事天气")
    for line in ("多云到阴　最低温度9℃　最高温度16℃", "东南风3—4级　相对湿度55%—85%", "空气质量指数50—70　良"):
        assert rules.is_weather_line(line), line
    assert not rules.is_weather_line("气温骤降10℃ 多地发布寒潮预警")
    assert rules.is_furniture("北京天气 晴 25℃") and not rules.is_furniture("高温天气 老人尤须防中暑")  # a title, no weather box
    assert not rules.is_weather_line("本周我县以阴雨天气为主，气温12℃—22℃。")
    assert rules.is_contents_head("导读") and rules.is_led_by_page("A08 高考阅卷启动 成绩预计6月23日左右公布")
    assert rules.is_contents_head("本期目录：") and rules.is_contents_head("本期要目")
    for entry in ("慈禧的一日三餐…………………………(4)", "2. 京九铁路全线铺轨过半", "A08 高考阅卷启动 成绩预计6月23日左右公布"):
        assert rules.is_listed_in_contents(entry), entry
    assert not rules.is_listed_in_contents("3.5万名考生今天走进考场。") and not rules.is_listed_in_contents("双休日，人们怎样过")
    for number in ("【一】", "［2］", "*** 三 ***"):
        assert rules.is_furniture(number), number
    assert not rules.is_led_by_page("5G网络覆盖全部行政村")
    for line in ("红星新闻 扫码下载 看更多新闻", "本版编辑／王　佳　视觉设计／戚黎明", "2024年3月15日（星期五）"):
        assert rules.is_furniture(line), line
    assert not rules.is_furniture("扫码点餐何时不再强制")
    assert not rules.is_furniture("【本報消息】主辦單位宣布，在塔石廣場舉行的「冬日嘉年華」本周六延長開放。")


def test_numbered_heads_notices_and_adverts_labelled_alone():
    assert rules.is_numbered("一、及时修剪") and rules.is_numbered("（二）加强监测") and rules.is_numbered("3.申请材料")
    assert not rules.is_numbered("3.15晚会曝光多家企业")
    assert rules.is_notice_title("浙江华岳新材料股份有限公司", "关于控股股东部分股份质押的公告")
    assert not rules.is_notice_title("浙江华岳新材料股份有限公司", "二季度订单饱满")
    assert rules.is_bare_label("广告") and not rules.is_bare_label("遗失声明")
    assert rules.is_contact_line("订购热线：0572-5XXXXXX　地址：安吉县递铺街道天目路88号")
    assert rules.is_contact_line("咨询热线：400-XXX-XXXX")
    assert not rules.is_contact_line("记者从市交通局获悉，热线电话：12345已开通。市民反映的问题将及时处理。")


def test_titles_run_into_briefs_quoted_words_and_a_topic_before_its_colon():
    assert rules.run_in_title("【孟子轩新专辑9月发行】歌手孟子轩8日宣布，其第五张个人专辑将于9月发行。") == (
        "孟子轩新专辑9月发行", "歌手孟子轩8日宣布，其第五张个人专辑将于9月发行。")
    assert rules.run_in_title("【路透社东京5月8日电】日本央行行长植田和男表示，将继续观察。") is None
    assert rules.run_in_title("【国际观察】欧洲能源转型步入“深水区”") is None
    assert rules.run_in_title("■白沙乡小水电站建成发电　白沙乡集资兴建的小水电站，六月二十八日正式发电。")[0] == "白沙乡小水电站建成发电"
    assert rules.run_in_title("新华社北京8日电　国务院总理今天在北京会见了来访的客人，双方进行了会谈。") is None
    assert rules.is_exclaimed_heading("村里的“断头路”何时能修通？")
    assert not rules.is_exclaimed_heading("“这条路什么时候能修通？”")
    assert rules.is_bare_heading("试驾星驰S7：城区通勤一周，电耗表现超预期")
    assert rules.is_editors_note("编者按：近年来，各地农村公路建设成效明显。")


def test_a_slogan_couplet_over_the_news_is_its_kicker():
    assert rules.upper_is_kicker("延链补链 做强主导产业", "长垣：起重装备产业集群年产值突破五百亿元")


def test_names_spelled_out_a_character_at_a_time_and_schoolchildren_signing():
    assert rules.parse_byline("本报记者　周 明 远").authors == ("周明远",)
    assert rules.name_line("□林 秋 白").authors == ("林秋白",)
    assert rules.parse_byline("记者宋　晨 李　冬").authors == ("宋晨", "李冬"), "two padded names stay two"
    assert rules.parse_byline("文/许　静").authors == ("许静",)
    assert rules.parse_byline("小记者 林一诺（北京市海淀区实验小学五年级）").authors == ("林一诺",)
    assert rules.parse_byline("山东省济南市历下区甸柳小学三年级 王子涵").authors == ("王子涵",)
    assert rules.parse_byline("文学院2O17级 周子涵").authors == ("周子涵",), "a campus paper's writer, the OCR's O for a nought"
    assert rules.parse_byline("指导老师：刘 静").authors == (), "a teacher who guided is no author"


def test_a_picture_the_ocr_could_not_read_a_paper_s_own_news_and_a_board_of_notices():
    assert rules.is_picture_mark("[图片]") and rules.is_picture_mark("［图片］") and rules.is_picture_mark("<image>")
    assert not rules.is_picture_mark("图片新闻")
    assert rules.is_picture_mark("image"), "a web clipper's picture, its alt text bare"
    lead = rules.parse_lead("【本報消息】為提升氹仔舊城區的步行環境，")
    assert lead.dateline == "【本報消息】" and lead.paper is None and lead.rest.startswith("為提升")
    assert rules.is_rubric("社区公告栏") and not rules.is_rubric("社区里的百家宴")
    assert rules.runs_on_as_head("的当代启示") and not rules.runs_on_as_head("的士司机拾金不昧")


def test_a_digest_s_reprint_credit_and_a_picture_s_credit_close_an_item_and_sign_it():
    assert rules.split_trailing_byline("（摘自3月10日《工人日报》　邓磊 刘芳）")[1].authors == ("邓磊", "刘芳")
    assert rules.split_trailing_byline("（摘自《人民周刊》2024年第5期　刘晓东/文）")[1].authors == ("刘晓东",)
    assert rules.closes_an_article("（摘自3月9日《钱江晚报》）"), "a source alone closes the item, unsigned"
    assert rules.split_trailing_byline("居民参加拔河、跳绳等项目。图/记者 蔡磊") == (
        "居民参加拔河、跳绳等项目。", rules.Byline(authors=("蔡磊",)))
    assert rules.split_trailing_byline("该县已收获小麦45万亩。本报记者 张振中 摄")[1].authors == ("张振中",)
    assert rules.split_trailing_byline("他说：这是我的图/表格 王明") is None


def test_bylines_of_students_doctors_and_cartoonists_and_a_notice_s_addressees():
    assert rules.parse_byline("文/学生记者 苏小满 图/学生记者 高峰").authors == ("苏小满",), "the photographer signs apart"
    assert rules.parse_byline("文/本报记者 罗晓；图/本报记者 程一").authors == ("罗晓",), "an export's roles apart by ；"
    assert rules.parse_byline("文/外国语学院2022级 林晓薇").authors == ("林晓薇",)
    assert rules.parse_byline("浙江省桐溪县人民医院呼吸与危重症医学科 郑立群").authors == ("郑立群",)
    assert rules.parse_byline("刘志刚/作").authors == ("刘志刚",)
    assert rules.parse_byline("全国政协委员、青峪工艺美术学院教授　苗青禾").authors == ("苗青禾",)
    assert rules.parse_byline("委员手记") is None, "a box's name, not a member's byline"
    assert rules.parse_byline("各学院、各部门：") is None


def test_what_a_paper_prints_of_itself_and_of_the_markets_is_furniture():
    assert rules.is_furniture("中共东湖理工大学委员会主办") and rules.is_furniture("光明日报社主办")
    assert not rules.is_furniture("乡村振兴论坛由我校主办")
    assert rules.is_weather_line("紫外线指数：很强　空气质量：良")
    assert rules.is_furniture("证券代码：605973 证券简称：华川新材 公告编号：2024-015")
    assert rules.is_securities_header("证券代码：605973 证券简称：华川新材 公告编号：2024-015")


def test_a_listed_company_s_notice_and_a_correction_are_items_of_their_own():
    assert rules.is_notice_title("浙江华川新材料股份有限公司关于控股股东", "部分股份质押的公告")
    assert not rules.is_notice_title("浙江华川新材料股份有限公司关于控股股东", "质押比例有所下降，风险可控")
    assert rules.is_notice_head("深圳市中科源智能装备股份有限公司关于召开2023年年度股东大会的通知")
    assert not rules.is_notice_head("深圳市中科源智能装备股份有限公司董事会")
    assert rules.is_notice_label("更正") and rules.is_notice_label("更正启事")
    assert rules.is_notice_label("遷址通告") and rules.is_notice_label("遗失声明")  # a company's move, a lost licence
    assert not rules.is_notice_label("更正错误需要勇气")


def test_captions_credited_by_where_the_photo_came_from_or_by_a_photo_report():
    assert rules.is_caption("杨师傅（右）背乘客下车。图据受访者")
    assert rules.is_caption("新岭县工业园区内一处已停工的厂房　沈一鸣/摄")
    caption = "7月8日，新都桂湖公园内荷花竞相绽放，吸引不少市民前来观赏拍照。　华西都市报-封面新闻记者　王晓峰　摄影报道"
    assert rules.is_caption(caption) and rules.photographers(caption) == ("王晓峰",)
    assert not rules.is_caption("记者从成都市住建部门获悉，今年全市计划新开工既有住宅加装电梯300部。")


def test_an_artist_s_credit_a_student_s_class_and_a_death_notice():
    assert rules.is_artist_credit("周明远　作") and rules.parse_byline("周明远　作").authors == ("周明远",)
    assert not rules.is_artist_credit("周明远　作品展开幕")
    assert rules.parse_byline("周明远作").authors == ("周明远",) and rules.parse_byline("刘志刚/作").authors == ("刘志刚",)


@pytest.mark.parametrize("head", ["加强防汛工作", "抓好春耕工作", "一幅画", "“我爱家乡”主题征文", "全市中小学生征文"])
def test_a_head_ending_in_a_word_of_work_a_picture_or_writing_is_no_credit(head):
    # 作, 画, 文 close credits (周明远作, 文/王一) as well as words (工作, 一幅画, 征文): set close
    # to what stands before them, only a person's name is an artist; a single 文 names no desk.
    assert rules.parse_byline(head) is None and not rules.is_artist_credit(head)
    assert rules.parse_byline("清溪中学高二（3）班　杨小满").authors == ("杨小满",)
    assert rules.parse_byline("指导老师　王丽").authors == (), "a teacher who guided is no author"
    assert rules.is_notice_label("讣告") and rules.is_notice_label("訃告")


def test_a_head_broken_where_the_column_ended_leaves_a_short_remainder():
    assert rules.head_broken_at_width("外卖骑手“工伤”认定难题", "如何破解")
    assert rules.head_broken_at_width("七旬老人签下“借款合同”", "险些房钱两空")
    assert not rules.head_broken_at_width("外媒关注航运业低碳转型", "全球航运巨头竞逐绿色甲醇燃料"), "a kicker over its title"
    assert not rules.head_broken_at_width("乡村振兴看一线——", "小山村的大变化"), "a kicker leading in"
    assert not rules.head_broken_at_width("2024年度南方周末征订开始啦", "在这里，读懂中国")
    assert not rules.head_broken_at_width("山顶上的守塔人", "一个气象观测员的33年")


def test_a_unit_s_full_name_before_the_colon_of_a_head():
    assert rules.is_bare_heading("乌鲁木齐车辆段：智能检测“把脉”冬季车辆")
    assert not rules.is_bare_heading("记者获悉：明起调整公交线路")


def test_a_byline_filed_from_a_city_and_a_head_that_only_looks_like_an_affiliation():
    assert rules.parse_byline("本报记者　何嘉俊　发自成都").authors == ("何嘉俊",)
    assert rules.parse_byline("全国政协委员、青峪工艺美术学院教授　苗青禾").authors == ("苗青禾",)
    assert rules.parse_byline("上半场：互有攻守") is None, "a match report's section head, not 上半场 signing"


def test_a_score_s_colon_and_a_question_without_its_mark_make_heads():
    assert rules.is_bare_heading("中甲：广州队客场1:1战平大连英博")
    assert rules.is_bare_heading("邻居摄像头正对自家大门，能否要求拆除")
    assert not rules.is_bare_heading("邻居在门口安装了一个摄像头，镜头正对着她家")
    assert rules.is_exclaimed_heading("早春育苗怎样防止“闪苗”？")
    assert not rules.is_exclaimed_heading("他问“明天还来不来修这条路”？")


def test_a_picture_s_title_names_its_medium_and_may_carry_its_artist():
    assert rules.artwork("津门春晓（国画）　韩秋生") == ("津门春晓（国画）", "韩秋生")
    assert rules.artwork("江南雨霁（中国画）　钱　沐") == ("江南雨霁（中国画）", "钱沐")
    assert rules.artwork("秋意（中国画）") == ("秋意（中国画）", "")
    assert rules.artwork("春日过杨柳青（外一首）") is None


def test_a_call_for_contributions_a_funding_note_and_a_credit_the_column_cut():
    assert rules.is_notice_label("“理论·实践”版征稿启事") and not rules.is_notice_label("征稿启事发布后")
    assert rules.is_source_note("本文系国家社科基金项目“数字技术驱动基层治理创新研究”阶段性成果")
    assert rules.split_trailing_byline("正定县南村公社社员在检查小麦长势。　本报") is None
    assert rules.split_trailing_byline("全员复工。 施婕妤 杨倩雯")[1].authors == ("施婕妤", "杨倩雯")
    assert rules.is_advert_label("旺铺招租") and rules.is_advert_label("遗失声明")


def test_a_long_question_and_a_head_in_two_parts_whose_second_has_a_speaker():
    assert rules.is_exclaimed_heading("公司以“末位淘汰”为由解除劳动合同合法吗？")
    assert rules.is_bare_heading("公交站牌字太小看不清　公交集团：年内更换")
    assert not rules.is_bare_heading("本报广告部承接各类商务广告　联系电话：0551-62631000")
    assert rules.head_broken_at_width("出租银行卡“赚外快”", "两名大学生获刑")


def test_a_digest_s_cited_source_a_brief_run_into_its_dateline_and_a_masthead_in_figures_and_letters():
    lead = rules.parse_lead("【英国《金融时报》网站9月3日报道】在能源价格波动和减排压力下，欧洲多国开始评估。")
    assert lead.dateline == "【英国《金融时报》网站9月3日报道】" and lead.rest.startswith("在能源价格")
    assert rules.parse_lead("【案情】2022年3月，甲公司与乙公司签订钢材买卖合同。") is None
    assert rules.run_in_title("乌鲁木齐新增12条夜间公交线路　本报讯　为方便市民夜间出行，乌鲁木齐市公交集团近日新开通12条线路。") \
        == ("乌鲁木齐新增12条夜间公交线路", "本报讯　为方便市民夜间出行，乌鲁木齐市公交集团近日新开通12条线路。")
    assert rules.run_in_title("今年以来　全市新增就业岗位一万余个，同比增长百分之十二，就业形势稳定。") is None
    assert rules.is_furniture("21ST CENTURY BUSINESS HERALD") and not rules.is_furniture("5G")


def test_a_rumour_answered_in_its_head_and_a_letter_signed_by_a_commune_member():
    assert rules.is_bare_heading("“隔夜水”不能喝？专家：没那么可怕")
    assert not rules.is_bare_heading("他问：明天还来不来？我说：来")
    assert rules.parse_byline("澧县城头公社社员　王德胜").authors == ("王德胜",)


def test_a_picture_credited_by_its_medium_and_an_office_s_notice():
    assert rules.is_artist_credit("中国画　钱墨耘") and rules.parse_byline("中国画　钱墨耘").authors == ("钱墨耘",)
    assert not rules.is_artist_credit("中国画研究院")
    assert rules.is_notice_head("关于公开征集《福州市闽江河口湿地保护条例（修订草案）》修改意见的公告")


def test_a_head_that_asks_is_the_title_and_bylines_of_singapore_and_of_a_paper_s_brand():
    assert rules.puts_a_question("老小区加装电梯“卡壳”，难在哪") and rules.puts_a_question("植物也会“感冒”吗")
    assert rules.upper_is_kicker("关注老旧小区改造", "老小区加装电梯“卡壳”，难在哪")
    assert not rules.puts_a_question("今年计划完工300台，居民可在线提交申请")
    assert rules.parse_byline("黄俊杰　报道").authors == ("黄俊杰",) and rules.is_furniture("huangjj@sph.com.sg")
    assert rules.is_furniture("chenyy@sph. com. sg"), "Tesseract spaces an address after its dots"
    assert rules.parse_byline("王柏翔／台北報導").authors == ("王柏翔",), "as Taiwan's papers sign, no 記者"
    assert rules.parse_byline("張文俊／專訪").authors == ("張文俊",)
    assert rules.parse_byline("中央社／台北報導") is None, "an agency, no writer's name"
    assert rules.name_line("楊書維／政大教育系副教授（台北市）").authors == ("楊書維",), "a forum's letter"
    assert rules.describes_a_writer("台大醫院醫師"), "in either script"
    byline = rules.parse_byline("新甘肃·甘肃日报通讯员　赵红霞　记者　马学礼")
    assert (byline.authors, byline.correspondents, byline.paper) == (("马学礼",), ("赵红霞",), "甘肃日报")


def test_a_foreign_writer_s_name_marked_as_a_byline_and_a_rare_surname_padded():
    assert rules.name_line("■ 马库斯·霍夫曼").authors == ("马库斯·霍夫曼",)
    assert rules.name_line("新质生产力·深圳探索") is None
    assert rules.name_line("海　莹").authors == ("海莹",), "two characters padded to the width of three"


def test_a_head_line_ending_with_a_count_runs_on_and_a_chief_editor_s_line_is_furniture():
    assert rules.ends_with_a_count("呈贡大学城新增3条")
    assert not rules.ends_with_a_count("老楼加装电梯　今年再添500部") and not rules.ends_with_a_count("百家")
    assert rules.is_furniture("首席编辑 陈佳　视觉设计 王蕾")


def test_a_letter_s_salutation_and_the_head_of_its_reply():
    assert rules.is_salutation("编辑同志：") and rules.is_salutation("亲爱的乐乐：") and rules.is_salutation("陈曦女士：")
    assert not rules.is_salutation("记者从市交通局获悉：")
    assert rules.is_reply_head("专家回复") and not rules.is_reply_head("农村需要更多的小农具")


def test_a_series_name_is_no_head_broken_and_a_paper_s_app_signs_for_it():
    assert not rules.head_broken_at_width("推动高质量发展·一线调研", "小商品走出大市场")
    byline = rules.parse_byline("现代快报+记者 鲍　晶")
    assert (byline.authors, byline.paper) == (("鲍晶",), "现代快报")


def test_a_letter_signed_by_a_county_s_farmer():
    assert rules.parse_byline("河南省郸城县农民　李富贵").authors == ("李富贵",)


def test_a_date_alone_and_an_office_s_notice_titled_on_one_line():
    assert rules.is_date_line("2024年6月13日") and rules.is_date_line("一九八〇年六月十四日")
    assert not rules.is_date_line("2024年6月13日晚，锦江九眼桥段灯光璀璨")
    assert rules.is_notice_head("国家金融监督管理总局宁安监管分局关于换发《中华人民共和国金融许可证》的公告")


def test_a_song_s_writers_a_minority_writer_and_a_news_app_before_its_paper():
    assert rules.parse_byline("词／柳　青　曲／王　伟").authors == ("柳青", "王伟")
    assert rules.parse_byline("新歌词") is None, "a column's name, no credit"
    assert rules.name_line("□ 巴特尔（蒙古族）").authors == ("巴特尔",)
    assert rules.name_line("格桑卓玛（藏族）").authors == ("格桑卓玛",)
    byline = rules.parse_byline("观海新闻/青岛日报记者　孔祥睿　通讯员　李晓晴")
    assert (byline.authors, byline.correspondents, byline.paper) == (("孔祥睿",), ("李晓晴",), "青岛日报")
    assert rules.parse_byline("文/摄　晚报记者　顾　晓").authors == ("顾晓",)


def test_taiwan_s_bylines_in_tortoise_brackets_and_its_republic_s_years():
    lead = rules.parse_lead("〔記者林曉雯／台北報導〕今年入冬最強寒流持續發威！")
    assert lead.byline.authors == ("林曉雯",) and lead.rest.startswith("今年入冬")
    assert rules.name_line("◎ 吳美玲").authors == ("吳美玲",), "a surname in traditional characters"
    assert rules.is_furniture("中華民國113年1月15日　星期一")
    assert rules.printed_date("中華民國113年1月15日　星期一") == (2024, 1, 15)


def test_a_hotline_a_contents_entry_closed_by_its_page_and_bare_labels():
    assert rules.is_furniture("新闻热线　0512-65112345")
    assert rules.is_led_by_page("胶东经济圈一体化发展再提速　3版")
    assert not rules.is_led_by_page("全市新增3条公交线路")
    assert rules.is_bare_label("启事") and rules.is_bare_label("演出预告")
    assert not rules.is_bare_label("瓯海区第四届“最美瓯海人”评选活动启事")


def test_a_brief_s_mark_a_desk_s_signature_and_a_utility_s_notice():
    assert rules.run_in_title("■宁夏启动贺兰山东麓生态修复工程　近日，宁夏回族自治区启动贺兰山东麓生态修复工程，计划三年完成。")[0] \
        == "宁夏启动贺兰山东麓生态修复工程"
    assert rules.is_desk_signature("本报编辑部") and not rules.is_bare_heading("本报编辑部")
    assert rules.is_notice_label("停水通知") and not rules.is_notice_label("一份通知")
    assert rules.is_reply_head("记者追访")


def test_an_office_s_notice_broken_after_its_issuer_and_the_page_s_standing_lines():
    assert rules.is_notice_title("潮州市自然资源局关于", "国有建设用地使用权挂牌出让的公告")
    assert rules.names_a_notice("国有建设用地使用权挂牌出让的公告")
    assert not rules.is_notice_head("省教育厅印发通知"), "news of a notice is no notice"
    assert rules.is_quotations_head("毛主席语录") and not rules.is_quotations_head("毛主席语录学习心得")
    assert rules.is_furniture("农历乙卯年十一月十六日")
    assert rules.is_furniture("今日雅加达天气：晴　24℃～33℃")
    assert rules.is_furniture("今日汇率（泰国开泰银行现汇卖出价）：1美元＝35.62铢")


def test_an_association_s_notice_on_two_lines_and_a_deck_that_goes_on_with_but():
    assert rules.is_notice_title("紐約福建同鄉聯誼會", "第十二屆理事會選舉通告")
    assert rules.is_notice_title("中国交通报社关于开展2023年度", "“最美路姐”推选活动的启事")
    assert not rules.upper_is_kicker("环境局：骨痛热症病例比去年同期减少", "但雨季将至仍须提高警惕")


def test_a_series_name_over_its_titles_and_a_photographer_s_credit_alone():
    assert rules.upper_is_kicker("家庭教育促进法实施观察", "父亲节前夕，听听“新手爸爸”的育儿经")
    assert not rules.upper_is_kicker("坚持把发展经济的着力点放在实体经济上", "一季度全省工业技改投资同比增长18.6%")
    assert rules.is_caption("杨　帆／摄") and rules.is_credit("杨　帆／摄")


def test_a_malaysian_reporter_s_credit_a_police_unit_s_notice_a_dotted_date_and_a_notice_s_number():
    assert rules.parse_byline("报导：林美琪").authors == ("林美琪",)
    assert rules.is_notice_title("南宁市公安局交通管理支队", "关于民族大道部分路段夜间封闭施工的通告")
    assert rules.is_furniture("2024年2月15日·星期四")
    assert rules.is_document_number("卫字第十七号") and not rules.is_bare_heading("卫字第十七号")
    assert not rules.is_document_number("第十七号台风")


def test_an_adverbial_frame_is_no_head_alone_and_a_party_secretary_signs():
    assert rules.opens_a_frame("在传承红色基因中") and not rules.opens_a_frame("在新起点上推动高质量发展")
    assert rules.parse_byline("金山县山阳公社党委书记　顾根生").authors == ("顾根生",)


def test_a_head_line_wanting_its_object_and_the_observatory_s_forecast():
    assert rules.ends_wanting_its_object("青年突击队战斗在") and not rules.ends_wanting_its_object("全国春播进度过半")
    assert rules.ends_wanting_its_object("水利部部署") and rules.ends_wanting_its_object("市议会通过")
    assert not rules.ends_wanting_its_object("租客保护法案获通过")
    assert rules.is_furniture("天文台預測：大致多雲，有幾陣驟雨。")


def test_bulleted_briefs_run_in_after_any_space_and_a_brief_s_triangle_is_no_caption_s():
    assert rules.run_in_title("●市区新增200辆新能源公交车 本月起陆续投入运营，主要投放在二环以内线路。") == \
        ("市区新增200辆新能源公交车", "本月起陆续投入运营，主要投放在二环以内线路。")
    brief = "▲广铁集团开行务工人员专列 春运期间计划开行务工人员专列112列，组织务工人员团体购票。"
    assert rules.run_in_title(brief)[0] == "广铁集团开行务工人员专列" and not rules.is_caption(brief)
    assert rules.is_caption("▲市民在公园内赏花。　记者　王　明　摄")
    assert rules.run_in_title("2016年11月 “书香名邸”等楼盘开盘，宣传称“名校就在家门口”。") is None, "a timeline's date"


def test_a_head_line_naming_only_its_subject_and_one_opening_with_its_predicate():
    for subject in ("三江源国家公园", "菲华医师联合会", "烟台港集装箱航线", "本拿比圖書館", "琼州海峡", "东爪哇省华裔青年",
                    "福州地铁4号线二期"):
        assert rules.names_only_its_subject(subject), subject
    for kicker in ("聚焦县域经济转型", "好人在身边", "读者来信", "江城快讯", "只有放鹤亭的石阶", "国产大飞机商业运营一周年",
                   "我国又一台大型电子计算机研制成功"):
        assert not rules.names_only_its_subject(kicker), kicker
    for predicate in ("启动春季野生动物监测", "今年将引进重大科研平台10个", "新增六座大型浮标站", "在河北投产",
                      "向全球共享", "成了“夜跑天堂”"):
        assert rules.opens_with_its_predicate(predicate), predicate
    for title in ("盐碱地变身“米粮川”", "首期工程投入运行", "“新三样”出口增长近三成", "运算速度每秒二百万次",
                  "在新起点上", "在希望的田野上"):
        assert not rules.opens_with_its_predicate(title), title
    assert rules.tells_what_follows("料2029年竣工通車") and not rules.tells_what_follows("累计载客超百万人次")


def test_a_company_s_project_notice_a_filed_from_lead_a_desk_s_signature_and_a_host_s_photo():
    assert rules.is_notice_title("华科新材料（常州）有限公司年产2万吨", "电子化学品项目环境影响评价第二次公示")
    lead = rules.parse_lead("本报记者张楠北京报道 生态环境部日前通报2024年5月全国环境空气质量状况。")
    assert lead.byline.authors == ("张楠",) and lead.rest.startswith("生态环境部")
    assert rules.is_desk_signature("中国文化报非遗版编辑部") and not rules.is_desk_signature("文化和旅游部")
    assert rules.is_caption("主办方供图") and rules.is_caption("警方供图")


def test_what_a_head_line_leaves_to_the_line_below():
    assert rules.ends_in_its_setting("南京今年将在老旧小区") and not rules.ends_in_its_setting("秦淮灯会将于明年1月下旬亮灯")
    assert not rules.ends_in_its_setting("好人在身边")
    assert rules.lets_without_its_verb("让古老的木版年画") and rules.lets_without_its_verb("让“高效办成一件事”")
    assert not rules.lets_without_its_verb("让“家门口的健身房”真正用起来")
    assert rules.ends_with_a_count("呈贡大学城新增3条") and not rules.ends_with_a_count("再加装电梯300部")
    assert not rules.upper_is_kicker("长江干线船舶LNG加注站网络初步形成", "全线已建成加注站13座　年加注能力超50万吨")


def test_a_crawler_s_line_of_credits():
    credits = rules.parse_credits("来源：江城日报  作者：张立新、何静  2023-03-15")
    assert (credits.paper, credits.byline.authors, credits.date) == ("江城日报", ("张立新", "何静"), (2023, 3, 15))
    assert rules.parse_credits("作者：王　伟").byline.authors == ("王伟",)
    assert rules.parse_credits("发布时间：2023-03-15 10:20 来源：新华网").date == (2023, 3, 15)
    assert rules.parse_credits("记者调查：谁在收“过路费”") is None and rules.parse_credits("2023-03-15") is None


def test_a_section_s_name_before_its_lettered_page_number_and_a_weather_line_in_degrees():
    assert rules.is_furniture("社區新聞 A12") and rules.printed_page(("要闻　A02",)) == ("A2", "要闻")
    assert not rules.is_furniture("三人获刑 3")
    assert rules.is_furniture("雅加达天气 多云 24°C～33°C") and not rules.is_furniture("天气转凉，心脑血管疾病进入高发期")
    assert rules.is_notice_title("《东林市国土空间总体规划（2021—2035年）》", "批前公示")
    assert rules.is_notice_title("澳門嶺南同鄉互助會", "會員大會通告")
    assert rules.is_notice_title("关于做好2024年度农村饮水安全", "工程维修养护工作的通知")  # its issuer left to the foot


def test_credits_in_brackets_and_a_photographer_s():
    credits = rules.parse_credits("【作者】记者 王晓东、孙浩  【来源】江城晚报  【日期】2019-07-06")
    assert (credits.paper, credits.byline.authors, credits.date) == ("江城晚报", ("王晓东", "孙浩"), (2019, 7, 6))
    taken = rules.parse_credits("【作者】本报记者 李俊 摄  【来源】江城晚报")
    assert taken.byline.authors == ("李俊",) and taken.photographed
    lead = rules.parse_lead("本报讯　记者张伟、通讯员王立新报道：江城钢铁厂广大职工开展增产节约活动")
    assert (lead.byline.authors, lead.byline.correspondents, lead.rest[:5]) == (("张伟",), ("王立新",), "江城钢铁厂")


def test_a_report_s_name_is_no_masthead_and_a_lead_keeps_the_names_it_can_read():
    assert not rules.is_furniture("地质勘查成果通报") and rules.is_furniture("文汇报") and rules.is_furniture("大公報")
    lead = rules.parse_lead("羊城晚报讯 记者林清清、通讯员区教宣报道：7月8日，海珠区小学生暑期托管服务开班。")
    assert (lead.dateline, lead.byline.authors, lead.rest[:5]) == ("羊城晚报讯", ("林清清",), "7月8日，")


def test_a_reporter_named_in_the_lead_s_first_sentence_signs_it():
    lead = rules.parse_lead("本报北京4月22日讯 记者郭立新从中国银保监会获悉：今年一季度，保费收入同比增长16.2%。")
    assert (lead.byline.authors, lead.rest[:5]) == (("郭立新",), "记者郭立新")
    assert rules.parse_lead("本报讯 记者王刚近日从市教育局了解到，今年将新建学校10所。").byline.authors == ("王刚",)
    assert rules.parse_lead("本报讯 记者在采访中发现，今年将新建学校10所。").byline.authors == ()


def test_a_role_after_words_that_name_no_paper_is_a_head_s_last_word_not_a_byline():
    assert rules.parse_byline("致敬新闻记者") is None and rules.parse_byline("他是一名记者") is None
    assert rules.parse_byline("新京报体育评论员") == rules.Byline() and rules.parse_byline("本报记者") == rules.Byline()


def test_a_wechat_post_s_credits_and_a_note_of_where_an_article_was_printed():
    posted = rules.parse_credits("原创 江城晚报 江城晚报 2023-06-25 08:00 湖北")
    assert (posted.paper, posted.date, posted.byline.authors) == ("江城晚报", (2023, 6, 25), ())
    signed = rules.parse_credits("原创 陈思雨 南州日报 2023-04-02 07:30")
    assert (signed.paper, signed.byline.authors) == ("南州日报", ("陈思雨",))
    barred = rules.parse_credits("来源：东海晚报 | 作者：李一航 | 2023年4月2日")
    assert (barred.paper, barred.byline.authors, barred.date) == ("东海晚报", ("李一航",), (2023, 4, 2))
    assert rules.parse_credits("来源：东海晚报 | 作者：综合新华社、央视新闻 | 2023年4月3日").byline.authors == ()
    app = rules.parse_credits("2020-06-18 07:21 来源：江城日报客户端")  # an app's time of posting first
    assert (app.paper, app.date) == ("江城日报客户端", (2020, 6, 18)) and rules.parse_credits("江城 来源：新华社") is None
    # who took the pictures signs beside the writer, and wrote none of it; alone, a photo's credit
    assert rules.parse_credits("文 | 陈佳  图 | 黄志刚").byline.authors == ("陈佳",)
    assert rules.parse_credits("图 | 黄志刚").byline.authors == ("黄志刚",) and rules.parse_credits("图 | 黄志刚").photographed
    posted = rules.parse_credits("原创 南江发布 南江发布 2022-11-01 18:30 发表于四川")  # an account's post, where from
    assert (posted.paper, posted.byline.authors, posted.date) == ("南江发布", (), (2022, 11, 1))
    assert rules.parse_credits("南江发布 2022-11-03 07:30 发表于四川").paper == "南江发布"
    assert rules.parse_credits("记者 | 李晓  实习生 | 孙雨桐").byline.authors == ("李晓", "孙雨桐")
    assert rules.parse_credits("城市 | 江城 2023") is None and rules.is_furniture("点击蓝字　关注我们")
    assert rules.parse_source_note("（2022年1月6日《江城日报》第2版）") == ("江城日报", (2022, 1, 6), "2")
    assert rules.parse_source_note("*原载《江城日报》2024年5月20日第6版*") == ("江城日报", (2024, 5, 20), "6")
    assert rules.parse_source_note("《人民日报》") is None
    assert rules.parse_source_note("《临河日报》1979年6月3日，第2版") == ("临河日报", (1979, 6, 3), "2")  # a comma before its page
    assert rules.parse_source_note("出处：临河日报，1984-10-01，第1版") == ("临河日报", (1984, 10, 1), "1")
    assert rules.parse_source_note("临河日报 1981年3月8日 第一版 短评") == ("临河日报", (1981, 3, 8), "1")
    assert rules.parse_source_note("登在《临河日报》1979年1月12日第4版") == ("临河日报", (1979, 1, 12), "4")
    assert rules.parse_source_note("以下三则均剪自《临河日报》1985年6月9日第二版") == ("临河日报", (1985, 6, 9), "2")
    # (its page named by its section, no number: 副刊, 文艺副刊)
    assert rules.parse_source_note("（刊于2018年3月6日《临河晚报》副刊）") == ("临河晚报", (2018, 3, 6), None)
    assert rules.parse_source_note("《临河晚报》副刊编辑部") is None
    assert rules.printed_page(("（2022年1月10日《江城日报》第1版）",)) == ("1", None)


def test_a_photo_credited_to_its_photographer_and_the_picture_desk():
    assert rules.photographers("学生在校园“图书漂流角”挑选图书。 吴勇/光明图片") == ("吴勇",)
    assert rules.is_credit("李　强／人民视觉") and rules.photographers("李　强／人民视觉") == ("李强",)
    assert rules.photographers("上海/光明图片") == ()


def test_a_space_the_ocr_read_after_a_surname_and_a_writer_signing_with_text_by():
    assert rules.parse_byline("华夏时报记者 李 贝贝 北京报道").authors == ("李贝贝",)
    assert rules.parse_byline("记者 马 丽娜 通讯员 王 芳") == rules.Byline(("马丽娜",), ("王芳",))
    assert rules.parse_byline("文/周敏").authors == ("周敏",)  # 文 is a surname too, but here the role


def test_lines_of_the_weather_box_a_contents_box_and_the_registration_under_the_masthead():
    assert rules.is_weather_line("穿衣指数：寒冷，建议穿棉衣、羽绒服、戴帽子手套")
    assert rules.is_led_by_page("■二版　卫星遥感为秋收“把脉”") and not rules.is_led_by_page("二版新闻很多")
    assert rules.is_furniture("行政院新聞局出版事業登記證局版臺字第○○九八號")
    assert not rules.is_furniture("登记证发放工作有序推进")


def test_a_head_line_naming_who_and_when_and_nothing_done():
    for line in ("旅遊局：本月首三周", "滨海新区前5个月", "东湖樱园单日", "今年前三季度"):
        assert rules.ends_at_its_time(line), line
    for line in ("小区电梯停运半个月", "新春走基层", "国庆假期", "前8个月有色金属工业运行稳中有进"):
        assert not rules.ends_at_its_time(line), line


def test_a_date_line_in_the_years_of_the_republic():
    assert rules.printed_date("中華民國七十六年七月十五日 星期三") == (1987, 7, 15)
    assert rules.printed_date("民國一百一十二年十月五日") == (2023, 10, 5)
    assert rules.printed_date("中华民国113年1月15日") == (2024, 1, 15)


def test_a_soldier_signing_with_his_rank_and_a_name_ending_as_a_role_does():
    assert rules.parse_byline("上等兵　王博文").authors == ("王博文",)
    assert rules.parse_byline("记者 王博文").authors == ("王博文",)  # not 文 (text by) of a desk 王博


def test_a_head_line_ending_in_a_word_that_only_ends_like_a_preposition():
    assert not rules.ends_wanting_its_object("坚持我国宗教中国化方向")  # 方向, not 向
    assert rules.ends_wanting_its_object("长三角一体化发展与")
    assert rules.opens_with_its_predicate("提前完成十月份生產計劃")  # a set phrase and its object


def test_a_head_s_short_rest_is_no_title_under_a_kicker():
    for upper, lower in (("外卖小哥跳河救起", "落水老人"), ("武汉地铁12号线", "年底前全线贯通"), ("居銮水灾灾民", "全数返家")):
        assert rules.leaves_a_short_rest(upper, lower), (upper, lower)
    for upper, lower in (("短评", "抗旱要有长远打算"), ("科技赋能深部开采", "西岭湾金矿千米深井智能提升系统投运"),
                         ("本报评论员文章：", "实干兴邦"), ("推动高质量发展·区县巡礼", "南岸区"),
                         ("走近冬奥“幕后英雄”", "“造雪人”的冬天"), ("区政府常务会议研究部署防汛工作", "区长陈立明主持")):
        assert not rules.leaves_a_short_rest(upper, lower), (upper, lower)


def test_who_chaired_the_meeting_a_head_reports_is_its_deck():
    assert not rules.upper_is_kicker("区政府常务会议研究部署防汛工作", "区长陈立明主持")
    assert rules.names_who_presided("省委书记出席并讲话") and not rules.names_who_presided("市民公园恢复开放")
    assert not rules.names_who_presided("我市全国人大代表热议政府工作报告") and not rules.names_who_presided("戰時經濟問題講話")


def test_a_call_a_month_an_event_and_a_couplet_over_two_head_lines():
    assert rules.ends_wanting_its_object("全球数十万人走上街头呼吁")
    assert rules.ends_at_its_time("国家统计局新闻发言人就8月份")
    assert rules.names_its_event_below("马克思主义哲学中国化研究", "学术研讨会在京举行")
    assert not rules.names_its_event_below("深入学习贯彻全会精神", "座谈会在京召开")  # a kicker, its verb its own
    assert rules.couplet_over_two_lines("立足新发展阶段", "贯彻新发展理念")
    assert not rules.couplet_over_two_lines("长篇连载", "风雨老街") and not rules.couplet_over_two_lines("秋粮生产一线见闻", "稻谷飘香丰收近")


def test_a_subject_closed_by_a_set_phrase_or_a_verb_as_its_noun():
    assert rules.names_only_its_subject("上海各高等学校") and rules.names_only_its_subject("绍兴“无废城市”建设")


def test_a_rubric_of_reports_in_brief():
    assert rules.is_rubric("案件快报") and rules.is_rubric("城市播报")


def test_a_site_s_line_of_credits_with_its_counter_an_agency_s_story_and_a_correspondent():
    credits = rules.parse_credits("发布时间：2023-06-15 08:30　　来源：今日安吉　　作者：记者 吴佳琪 通讯员 方洁　　浏览次数：1366")
    assert (credits.paper, credits.byline.authors, credits.byline.correspondents, credits.date) == (
        "今日安吉", ("吴佳琪",), ("方洁",), (2023, 6, 15))
    assert not rules.parse_credits("发布时间：2023-06-15 08:33　　来源：今日安吉　　作者：　　浏览次数：").byline
    taken = rules.parse_credits("发布时间：2023-06-26 08:22　　来源：新华网　　作者：据新华社　　点击数：902")
    assert (taken.paper, taken.byline) == ("新华社", rules.Byline())  # 据新华社: taken from the agency, no writer


def test_a_post_s_note_of_where_it_was_printed_in_the_ways_editors_type_it():
    assert rules.parse_source_note("来源｜台州日报 2023-05-13 第3版") == ("台州日报", (2023, 5, 13), "3")
    assert rules.parse_source_note("来源：台州晚报 2023年6月6日 A02版") == ("台州晚报", (2023, 6, 6), "A02")
    assert rules.parse_source_note("来源丨台州晚报 2023.6.12 A05") == ("台州晚报", (2023, 6, 12), "A05")
    assert rules.parse_source_note("来源：台州晚报6月25日A04版") == ("台州晚报", None, "A04")
    assert rules.parse_source_note("来源：台州晚报") is None  # no day, no page: no note of a print
    assert rules.parse_source_note("来源：新华社 记者 王明") is None


def test_a_photographer_named_after_a_label():
    assert rules.photographers("摄影｜郑宇航") == ("郑宇航",) and rules.is_credit("摄影：郑宇航")
    assert rules.photographers("图/王涛") == ("王涛",)
    assert rules.photographers("图：新华社") == ()  # an agency, no photographer


def test_a_caption_closed_by_its_photographer_in_brackets():
    caption = "入夜，海河两岸灯火通明，前来纳凉的市民络绎不绝。（王立新摄）"
    assert rules.is_caption(caption) and rules.photographers(caption) == ("王立新",)
    assert not rules.is_caption("入夜，海河两岸灯火通明，前来纳凉的市民络绎不绝。（王立新）")  # a brief's writer
    assert rules.photographers("（新华社记者 李贺摄）") == ("李贺",)


def test_briefs_marked_with_triangles_a_column_of_them_and_a_posted_correspondent():
    from generator.ingest.textpage import parse_text_page
    page = ("本埠短訊\n△江北岸某號住戶、前晚失慎、延燒平屋三間、幸經救火會趕到撲滅、未釀巨災、\n\n"
            "△本埠各小學暑期補習班、定於本月十五日開課、報名者甚爲踴躍、\n")
    (briefs,) = parse_text_page(page, "p.txt").articles
    assert (briefs.title, len(briefs.paragraphs), briefs.captions) == ("本埠短訊", 2, ())  # no captions: no photo
    assert rules.names_a_column_of_briefs("本市简讯") and rules.names_a_column_of_briefs("城事速递")
    assert rules.parse_byline("本报驻吉隆坡特派员 何振华").authors == ("何振华",)
    assert rules.sells("每瓶大洋一元　每打十元") and rules.sells("總發行所　上海四馬路五洲大藥房")
    assert rules.is_furniture("(c) 明報報業有限公司 版權所有") and rules.is_furniture("〔校註〕原件爲照片一幅。")


def test_a_page_s_name_spaced_far_from_its_editors_and_text_and_pictures_by_one_writer():
    assert rules.is_furniture("要闻                                  责任编辑：吴　凡  美术编辑：郑　毅")
    assert not rules.is_furniture("要闻速览：全市召开会议，部署下一阶段工作")
    assert rules.parse_byline("文/片 记者 李　岩").authors == ("李岩",)


def test_a_wire_story_s_desk_end_mark_and_bare_name_in_its_dateline():
    assert rules.wire_desk("（经济）广东前4月外贸进出口增长12.8%") == ("经济", "广东前4月外贸进出口增长12.8%")
    assert rules.wire_desk("（图片）广州：市民赏荷消暑") == ("图片", "广州：市民赏荷消暑")
    assert rules.wire_desk("（上接第一版）必须采取") is None and rules.wire_desk("（一）总则") is None
    assert rules.without_end_mark("运营里程达到567公里。（完）") == "运营里程达到567公里。"
    assert rules.without_end_mark("他说：“还没完（待续）”") == "他说：“还没完（待续）”"
    lead = rules.parse_lead("中新社深圳5月14日电（郭军）深圳地铁12号线二期14日开通初期运营。")
    assert lead.byline.authors == ("郭军",) and lead.rest.startswith("深圳地铁")


def test_a_head_under_the_title_is_a_deck_unless_it_opens_the_text():
    assert rules.is_deck("入境處：首季批出逾兩萬宗申請　較去年同期增三成", [])
    assert rules.is_deck("改造后的农贸市场引入智慧秤和溯源系统", ["一、加强监管"])
    assert not rules.is_deck("核心阅读", []) and not rules.is_deck("一、总体要求", [])
    assert not rules.is_deck("物业：管理费不加价", ["专家：宜多方协同"])


def test_a_pointer_to_another_page_is_furniture():
    for line in ("（另見A05版）", "（相关报道见第三版）", "（詳見A6、A7版）", "【相关新闻见A3版】", "(另见第5版)"):
        assert rules.is_furniture(line), line
    for line in ("（见图）", "（本报记者见习生）", "记者见到他时，他正在第3版的稿件前"):
        assert not rules.is_furniture(line), line


def test_a_news_app_s_buttons_and_the_time_it_posted_are_furniture():
    for line in ("2024-03-12 09:15·湖南", "发布于 2024年3月12日 09:15 来自湖南", "2024-03-12 09:15 IP属地：湖南"):
        assert rules.is_furniture(line) and rules.printed_date(line) == (2024, 3, 12), line
    for line in ("关注", "+关注", "举报/反馈", "分享 收藏 点赞", "打开APP"):
        assert rules.is_furniture(line), line
    for line in ("评论", "分享", "关注我们的人", "2024年3月12日 09:15，记者来到现场"):
        assert not rules.is_furniture(line), line  # 评论 and 分享 name columns too


def test_a_site_s_buttons_and_a_page_s_staff_after_its_name_are_furniture():
    assert rules.is_furniture("【字号 大 中 小】【打印】【关闭】") and rules.is_furniture("[打印] [收藏] [关闭]")
    assert not rules.is_furniture("【打印本页】还有一段正文")
    for line in ("社会新闻　责任编辑：包文静　美编：邢晨　校对：陆小川", "要闻　责任编辑：冯晓岚"):
        assert rules.is_staff_credits(line) and rules.is_furniture(line), line
    for line in ("他说 编辑：我们要做好今年工作。", "编辑部：今年将推出新栏目"):
        assert not rules.is_staff_credits(line), line


def test_an_agency_s_reporters_named_in_its_dateline():
    lead = rules.parse_lead("（中央社記者蔡明哲嘉義18日電）2024嘉義市國際管樂節將於5月登場")
    assert (lead.dateline, lead.paper, lead.byline.authors) == ("（中央社記者蔡明哲嘉義18日電）", "中央社", ("蔡明哲",))
    assert lead.rest == "2024嘉義市國際管樂節將於5月登場"
    assert rules.parse_lead("新华社记者王明北京3月2日电 今天").byline.authors == ("王明",)
    assert rules.parse_lead("（新华社记者王明、李华乌鲁木齐3月2日电）今天").byline.authors == ("王明", "李华")
    assert rules.parse_lead("新华社驻东京记者王明3月2日电 今天").byline.authors == ("王明",)
    assert rules.parse_lead("新华社记者北京3月2日电 今天").byline.authors == ()  # no name between
    assert rules.reporters_and_place("蔡明哲嘉義") == (("蔡明哲",), "嘉義")


def test_a_running_head_names_its_page_beside_the_number():
    assert rules.printed_page(("金桥财经报　2024年6月12日　星期三　B2　公司·产业　责任编辑：闵向东",)) == ("B2", "公司·产业")
    assert rules.printed_page(("衡川日报　2024年5月7日　星期二　　第3版　要闻　　责任编辑：冯晓岚",)) == ("3", "要闻")
    assert rules.printed_page(("扬子晚报　法治·平安　A11",)) == ("A11", "法治·平安")
    assert rules.printed_page(("2024年3月15日　星期五　A08",)) == ("A8", None)  # a weekday names no page


def test_leads_and_briefs_as_papers_in_malaysia_and_singapore_set_them():
    lead = rules.parse_lead("（吉隆坡18日讯）甲洞增江路一带近月来每逢大雨便发生闪电水灾。")
    assert (lead.dateline, lead.rest) == ("（吉隆坡18日讯）", "甲洞增江路一带近月来每逢大雨便发生闪电水灾。")
    assert rules.parse_lead("（沙登18日訊）清晨7时许，小巷里已传出打铁声。").dateline == "（沙登18日訊）"
    assert rules.run_in_title("●【蒲种社区周日免费义诊】（蒲种18日讯）蒲种华人社团联合会将于本周日举办免费义诊活动。") == (
        "蒲种社区周日免费义诊", "（蒲种18日讯）蒲种华人社团联合会将于本周日举办免费义诊活动。")
    caption = "天色微亮，不少公众昨早已来到裕廊湖花园晨跑、打太极和拍照，湖面倒映着橙红色的朝霞。" * 3 + "（梁伟强摄）"
    assert 120 < len(caption) <= rules.LONG_CAPTION and rules.is_caption(caption)


def test_a_line_that_ends_a_sentence_inside_is_text_and_a_writer_signs_with_a_job():
    assert not rules.is_bare_heading("用了将近一年时间。低层住户担心采")
    assert rules.is_bare_heading("“隔夜水”不能喝？专家：没那么可怕")
    assert rules.parse_byline("沪东机床厂技术员　李秀英").authors == ("李秀英",)
    assert rules.parse_byline("多名业主告诉南方周末记者，当年销售人员") is None
    assert rules.name_line("王 小平").authors == ("王小平",) and rules.name_line("欧阳 文").authors == ("欧阳文",)
    assert rules.name_line("中国 人") is None
    assert rules.is_furniture("·读者来信·") and not rules.is_furniture("·")


def test_a_head_broken_inside_a_word_a_news_site_s_dateline_and_a_letter_s_signature():
    assert rules.broken_mid_word("全县上下凝心聚力抢抓机遇推动重点项", "目建设跑出“加速度”")
    assert not rules.broken_mid_word("国际随笔", "集市上的中国货")  # 随笔集 met by chance
    assert not rules.broken_mid_word("聚焦高标准农田建设", "我省今年将新建高标准农田420万亩")
    lead = rules.parse_lead("中新网5月3日电 据日本媒体报道，随着日本“黄金周”到来")
    assert (lead.dateline, lead.paper) == ("中新网5月3日电", "中新网")
    assert rules.parse_lead("多地电网用电负荷创历史新高") is None, "a site's dateline is dated"
    assert rules.parse_byline("东丰县柳湾村 村民 王树林").authors == ("王树林",)


def test_an_e_paper_site_s_links_are_furniture():
    assert rules.is_site_links("上一版  下一版") and rules.is_site_links("返回目录") and rules.is_furniture("上一版　下一版")
    assert not rules.is_site_links("返回家乡的路")
    assert rules.is_site_links("上一篇　　下一篇　　返回目录"), "an e-paper's links between its articles"
    assert rules.is_site_links("[上一版]　[下一版]　[返回目錄]"), "each in its brackets, as a text view sets them"
    assert not rules.is_site_links("【返回家乡的路】")
    assert rules.is_furniture("青峪晚报社 版权所有　未经授权禁止复制或建立镜像") and rules.is_furniture("某某日报 版权所有")
    assert not rules.is_furniture("版权所有人未经许可不得转载，他说，这条规定已执行多年。")
    assert rules.title_and_deck("绿水青山间的致富路——青石县发展林下经济见闻") == ("绿水青山间的致富路", "青石县发展林下经济见闻")
    assert rules.title_and_deck("追梦——记王某") is None  # a head's own dash


def test_a_notice_s_mourners_and_sender_sign_it_and_what_an_advert_offers():
    for line in ("孝男：林国强　林国华", "孝女　陈美华", "暨全体家属　泣告", "孙、外孙等同泣告", "谨此讣闻",
                 "孝男 林志明 孝女 林秀英 暨全体家属泣告", "泗水李氏宗亲会　敬启", "澳門恆安同鄉聯誼會理事會　謹啟"):
        assert rules.signs_a_notice(line), line
    for line in ("孝道文化节在京开幕", "外孙女的暑假", "本报敬告读者", "孝男为母捐肾。"):
        assert not rules.signs_a_notice(line), line
    for line in ("售价由58万令吉起", "沙发、床褥、餐桌椅全场低至五折", "今日起隆重獻映", "全国各地邮局均可订阅　邮发代号：1-53",
                 "国药准字Z2002xxxx", "黄金以旧换新　工费全免", "足金首飾 每克減$30", "水利部　宣", "全年订阅 只需RM380"):
        assert rules.offers(line), line
    for line in ("港股三連跌　成交增至千億", "全省春季植树造林进度过半", "水利部部署北方地区主汛期洪水防御工作"):
        assert not rules.offers(line), line


def test_names_spaced_by_the_ocr_a_word_cut_at_the_column_two_clauses_before_a_column_and_a_label_set_wide():
    assert rules.parse_byline("記者 梁 嘉欣").authors == ("梁嘉欣",)
    assert rules.parse_byline("本报记者 欧阳 晓光").authors == ("欧阳晓光",)
    assert rules.parse_lead("【香港文匯報訊】（記者 陳 文俊）位於大埔").byline.authors == ("陳文俊",)
    assert rules.broken_mid_word("赴台就讀泰國學生人數創新", "高 台教育部門擴大招生")
    assert rules.broken_mid_word("長者2元優惠擴至更多街渡路", "線 下月起實施")
    assert not rules.broken_mid_word("首批数据中心集群", "投入运营")
    assert rules.is_column_titled("毕业季，我为什么选择回到县城（青年说）")
    assert not rules.is_column_titled("记者走访发现，多数商户已完成整改，少数仍在观望（完）")
    assert rules.closed_up("訃  告") == "訃告" and rules.closed_up("更　正") == "更正"
    assert rules.closed_up("雙北捷運新線試營運 首日湧入逾八萬人次") == "雙北捷運新線試營運 首日湧入逾八萬人次"


def test_an_essay_s_closing_note_names_its_writer():
    assert rules.author_note("作者：王志强，系湖北省社会科学院研究员").authors == ("王志强",)
    assert rules.author_note("作者：歐陽明，係香港大學教授").authors == ("歐陽明",)
    assert rules.author_note("作者系湖北省社会科学院研究员") is None
    assert rules.split_trailing_byline("…繁荣发展。（作者：王志强，系湖北省社会科学院研究员）")[1].authors == ("王志强",)
    assert rules.closes_with_author_note("…“走出去”。（作者：王立群，系山东大学儒学高等研究院研究员）")
    assert not rules.closes_with_author_note("…全员复工。（记者 赵六）")


def test_a_site_s_credits_line_its_page_in_a_title_and_where_a_reporter_filed_from():
    assert rules.printed_date("发布时间：2023-05-06 08:30  来源：江州日报  作者：沈立群") == (2023, 5, 6)
    assert rules.parse_credits("发布时间：2023-05-08 07:30  来源：江州日报  作者：本报评论员").byline.authors == ()
    assert rules.title_and_page("市区新增公共充电桩1200个[05版]") == ("市区新增公共充电桩1200个", "05")
    assert rules.title_and_page("我省出台新举措【第3版】") == ("我省出台新举措", "3")
    assert rules.title_and_page("高质量发展（五）") is None
    assert rules.parse_byline("特派记者 孙浩（发自西安）").authors == ("孙浩",)


def test_a_head_line_that_cannot_end_a_head_after_what_by_what_means_or_as_a_predicate_alone():
    assert rules.ends_at_its_frame("沙河公社实行联产承包责任制后") and rules.ends_at_its_frame("台风过境后")
    assert not rules.ends_at_its_frame("公私合营以后") and not rules.ends_at_its_frame("开学第一周")
    assert rules.leads_with_its_means("以更优服务") and not rules.leads_with_its_means("以文化人")
    assert not rules.leads_with_its_means("以案说法") and not rules.leads_with_its_means("凭实力说话")
    assert rules.runs_on_as_head("是个坑！") and rules.runs_on_as_head("更省心") and rules.runs_on_as_head("又有两座车站封顶")
    assert not rules.runs_on_as_head("是一封写不完的家书") and not rules.runs_on_as_head("还原历史现场")
    assert rules.parse_byline("安全工作") is None and rules.parse_byline("周明远作").authors == ("周明远",)


def test_a_photographer_s_credit_is_no_part_of_a_spaced_name_a_vertical_colon_and_a_notice_s_end():
    assert rules.parse_byline("文︰何 志 明").authors == ("何志明",)
    assert rules.parse_byline("新华社记者 何 畅 摄") is None and rules.photographers("新华社记者 何 畅 摄") == ("何畅",)
    assert rules.parse_byline("记者 周 明 远").authors == ("周明远",)
    assert rules.is_notice_head("桐岭县医疗保障局关于开展2024年度城乡居民基本医疗保险集中参保缴费工作的通告")
    assert rules.ends_a_notice_title("柔佛州陈氏公会会员大会通告") and rules.ends_a_notice_title("…挂牌出让的公告")
    assert not rules.ends_a_notice_title("兹定于2024年1月28日（星期日）举行会员大会")


def test_a_reporting_group_signs_beside_its_reporters_and_is_no_person():
    assert rules.parse_byline("本报记者　刘国栋　昌乐县委通讯组") == rules.Byline(authors=("刘国栋",))
    assert rules.parse_byline("新华社记者　王　静　大寨大队报道组").authors == ("王静",)


def test_a_head_that_calls_itself_a_notice():
    assert rules.calls_itself_a_notice("中国体育彩票超级大乐透第19143期开奖公告")
    assert rules.calls_itself_a_notice("国网甘肃省电力公司2024年第一批物资招标采购公告")
    assert not rules.calls_itself_a_notice("电网公告栏目迎来新变化")


def test_a_column_s_rubric_alone_in_any_brackets_is_furniture():
    for line in ("【三农观察】", "［我为群众办实事］", "〖法治在线〗"):
        assert rules.is_furniture(line), line
    assert not rules.is_furniture("［我为群众办实事］株洲：“一网通办”让企业少跑腿")


def test_a_reader_who_writes_in_signs_with_where_they_live():
    assert rules.parse_byline("读者 孙建华（南京市鼓楼区）").authors == ("孙建华",)
    assert rules.parse_byline("讀者 李錦華（黑沙環）").authors == ("李錦華",)
    assert rules.parse_byline("記者 梁嘉欣 報道").authors == ("梁嘉欣",)  # filed, from nowhere named


def test_a_bare_head_of_two_longer_parts_ends_on_a_whole_word_and_opens_no_quote_it_did_not_close():
    assert rules.is_bare_heading("【读者来信】预付了两万元的健身卡，门店一夜“蒸发”")
    assert not rules.is_bare_heading("这支党员志愿者队伍中，有年近70岁的老")
    assert not rules.is_bare_heading("套完善”之类的模糊表述，法院通常")


def test_a_column_of_briefs_by_its_name_alone():
    assert rules.names_a_column_of_briefs("簡訊") and rules.names_a_column_of_briefs("本市简讯")
    assert not rules.names_a_column_of_briefs("动态")


def test_a_note_of_the_print_a_clipping_keeps_under_its_text():
    assert rules.parse_source_note("——摘自《北京日报》2022年1月5日 第6版") == ("北京日报", (2022, 1, 5), "6")
    assert rules.parse_source_note("（原载《光明日报》1998年8月21日第一版）") == ("光明日报", (1998, 8, 21), "1")
    assert rules.parse_source_note("原载《羊城晚报》1984年1月30日第1版。") == ("羊城晚报", (1984, 1, 30), "1")  # a sentence's stop


def test_a_running_head_dated_by_the_republic_s_years_its_paper_in_brackets():
    assert rules.is_running_head("【聯合晚報】104/03/06 第7版 話題")
    assert rules.printed_date("【聯合晚報】104/03/06 第7版 話題") == (2015, 3, 6)


def test_a_byline_in_round_brackets_opening_the_text():
    lead = rules.parse_lead("（记者　何晓静　通讯员　孙立）“以前爬六楼要歇三回。”3月15日上午")
    assert (lead.byline.authors, lead.byline.correspondents, lead.rest[:5]) == (("何晓静",), ("孙立",), "“以前爬六")
    assert rules.parse_lead("（上接第一版）必须采取措施") is None


def test_a_writer_s_post_between_where_they_work_and_their_name_and_a_page_s_section_beside_the_paper():
    assert rules.parse_byline("河北冀农律师事务所　律师　李文斌").authors == ("李文斌",)
    assert rules.parse_byline("市人民医院　主任医师　沈建华").authors == ("沈建华",)  # the post is no name
    assert rules.parse_byline("法制日报　　案件") is None  # a running head's paper and section
    assert rules.is_credit("（陈福洲摄）") and not rules.is_credit("（完）")
    assert rules.is_page_head("新加坡　6") and not rules.is_page_head("十大新闻 5")
    assert rules.printed_page(("联合早报　2019年9月3日　星期二", "新加坡　6")) == ("6", "新加坡")


def test_a_running_head_s_date_beside_the_price_and_a_byline_dated_by_its_system():
    assert rules.printed_date("中華民國三十六年五月十二日　星期一　　　零售每份法幣五百元") == (1947, 5, 12)
    dated = "文/本报记者 韩晓梅 通讯员 李振  图/周航    2022年11月08日 星期二  B03版"
    assert (rules.parse_byline(dated).authors, rules.parse_byline(dated).correspondents) == (("韩晓梅",), ("李振",))
    assert not rules.is_furniture(dated)  # neither a running head nor a contents entry pointing to B03
    assert rules.is_contents_entry("胶东经济圈一体化发展再提速　　3版")


def test_singapore_s_reporters_before_bao_dao_a_trade_and_a_pupil_s_class_beside_the_name():
    assert rules.parse_byline("李明辉　陈可欣 报道").authors == ("李明辉", "陈可欣")
    assert rules.parse_byline("文/周慧（营养师）").authors == ("周慧",)
    assert rules.parse_byline("琅琊路小学四（2）班 张雨萱").authors == ("张雨萱",)
    assert rules.parse_byline("清溪中学高二（3）班 李　想").authors == ("李想",)


def test_a_site_s_time_of_posting_is_no_text():
    assert rules.is_posting_time("发布 / 2019年5月6日 5:30 AM") and rules.is_posting_time("更新 / 2019年5月6日 11:02 AM")
    assert rules.is_posting_time("2024-03-12 09:15·湖南") and rules.is_furniture("发布 / 2019年5月6日 5:30 AM")
    assert not rules.is_posting_time("发布会将于2019年5月6日上午举行。")


def test_malaysian_and_taiwanese_credits_and_a_desk_that_signs_no_one():
    assert rules.parse_byline("报道／摄影：罗志明").authors == ("罗志明",)  # the reporter took the pictures too
    assert rules.parse_byline("文：陈伟文（教育工作者）").authors == ("陈伟文",)
    assert rules.parse_byline("文：财经组").authors == ()
    assert rules.parse_byline("記者林　靜／台北報導").authors == ("林靜",)
    assert rules.parse_byline("编译张嘉文／综合报道").authors == ("张嘉文",)  # 编译 and a name ending in 文
    assert rules.parse_lead("〔編譯張嘉文／綜合報導〕日本近來接連發生").byline.authors == ("張嘉文",)
    assert rules.photographers("圖／記者林志成攝") == ("林志成",) and rules.is_credit("圖／記者林志成攝")
    assert rules.is_posting_time("2020年11月3日 上午10:25")
    assert rules.is_posting_time("发布：2020年11月3日 晚上11:48 | 更新：2020年11月4日 上午8:05")
    assert rules.names_a_column_of_briefs("要聞快遞")


def test_a_repost_s_mark_and_the_note_of_where_it_was_printed():
    assert rules.without_repost_mark("【转】再见了，老街") == "再见了，老街"
    assert rules.without_repost_mark("转载：今年高考作文题贴近生活") == "今年高考作文题贴近生活"
    assert rules.without_repost_mark("转型升级：企业的新课题") == "转型升级：企业的新课题"
    assert [rules.without_repost_mark(posted) for posted in (
        "【楚江日报】我市抗冰保电取得阶段性胜利", "宁川晚报：社区医院“零差价”药品受欢迎", "[见报稿]帐篷学校里的第一堂课",
        "百年麻石街将“修旧如旧”（楚江晚报）", "日报社：一张报纸的六十年")] == [
        "我市抗冰保电取得阶段性胜利", "社区医院“零差价”药品受欢迎", "帐篷学校里的第一堂课", "百年麻石街将“修旧如旧”",
        "日报社：一张报纸的六十年"]
    assert rules.parse_source_note("转载自《金陵晚报》2010年7月11日第B7版（副刊·城市记忆）") == ("金陵晚报", (2010, 7, 11), "B7")
    assert rules.parse_source_note("原载《北方晨报》2010-06-08") == ("北方晨报", (2010, 6, 8), None)
    assert rules.parse_source_note("转自《羊城快报》") == ("羊城快报", None, None)
    assert rules.parse_source_note("《人民日报》") is None  # a paper named, nothing said of it


def test_a_masthead_s_registration_a_nameless_credit_and_a_column_title_after_a_photo_s_gap():
    assert rules.is_furniture("国内统一刊号CN36-0001 邮发代号43-1")
    assert not rules.is_furniture("国内统一推进农村改革")
    assert rules.is_credit("本报通讯员 摄") and rules.is_credit("本报记者摄") and not rules.is_credit("本报通讯员")
    assert not rules.is_isolated_caption("春耕莫误农时（短评）", 2)  # its ） closes a column's name
    assert rules.is_isolated_caption("游客在樱花树下拍照留念。", 2)
    assert rules.names_a_column_of_briefs("乡镇传真") and rules.is_bracketed_rubric("【乡镇传真】")


def test_an_older_paper_s_dateline_its_source_in_brackets_first():
    assert rules.parse_lead("（本報北平十一日專電）平市各界領袖").dateline == "（本報北平十一日專電）"
    assert rules.parse_lead("（中央社）北平十二日電平市今日秩序").rest == "平市今日秩序"
    assert rules.parse_lead("（合作社）的社员都来了") is None


def test_bodies_that_sign_a_notice_and_a_family_s_note_over_a_clipping():
    assert rules.names_institutions("临江市公安局交通警察支队　临江市交通运输局")
    assert not rules.names_institutions("周宁") and not rules.names_institutions("王大队")
    assert rules.is_keepers_note("爸爸写的，登在《江南农民报》上，83年秋天") and rules.is_keepers_note("里面写到了妈妈！")
    assert not rules.is_keepers_note("全县春耕备耕工作会议召开") and not rules.is_keepers_note("爸爸去哪儿")


def test_a_byline_s_roles_parted_by_bullets_and_a_column_s_name_in_square_brackets():
    assert rules.parse_byline("本报记者　陈　磊　□　本报通讯员　赵　文") == rules.Byline(("陈磊",), ("赵文",))
    assert rules.parse_byline("□本报记者　陈　磊　□本报通讯员　赵　文") == rules.Byline(("陈磊",), ("赵文",))
    assert rules.is_column_titled("“借名买房”协议效力如何认定［以案说法］") and rules.is_column_titled("学习贯彻全会精神【学习札记】")


def test_a_student_paper_s_reporters_corps_and_a_student_s_year_beside_the_name():
    assert rules.parse_byline("记者团 何嘉怡 吴昊").authors == ("何嘉怡", "吴昊")
    assert rules.parse_byline("文/苏晓雯（外国语学院2016级）").authors == ("苏晓雯",)


def test_a_date_the_ocr_closed_with_yue_for_ri():
    assert rules.printed_date("1986年3月15曰　第3版") == (1986, 3, 15) and rules.printed_date("子曰") is None


def test_a_time_of_posting_in_brackets_and_a_site_s_credits_under_its_label():
    assert rules.is_posting_time("（2019-07-16 10:42）") and not rules.is_posting_time("（2019-07-16）")
    credits = rules.parse_credits("信息来源：湘西日报　　发布时间：2019-07-16　　浏览次数：1523")
    assert (credits.paper, credits.date) == ("湘西日报", (2019, 7, 16))


def test_a_story_pulled_before_it_ran_by_its_status_or_an_editor_s_remark():
    assert rules.is_pulled("killed") and rules.is_pulled("已撤稿，勿用") and rules.is_pulled("撤稿")
    assert rules.is_pulled("【此稿已撤，请勿刊用】") and not rules.is_pulled("新华社通稿") and not rules.is_pulled("published")
    assert rules.is_pulled("压稿") and rules.is_pulled("缓发")  # (held back: not printed when exported)


def test_a_running_head_set_letter_by_letter_and_an_old_paper_s_page_in_brackets():
    assert rules.is_furniture("浙 江 日 报　　　　　1970年5月16日　星期六　　　　第 三 版")
    assert rules.is_furniture("本埠新聞　　　　　　申　報　　　中華民國二十五年四月十八日　星期六　　　　（十一）")
    assert not rules.is_running_head("（一）　1970年5月16日　各队要抓紧春插")
    assert rules.is_quotations_head("毛 主 席 语 录") and not rules.is_quotations_head("毛主席语录本")


def test_a_portal_s_share_buttons_trail_and_the_paper_s_own_headline_are_furniture():
    for line in ("分享至", "用微信扫码二维码", "分享至好友和朋友圈", "微博 微信 空间 分享到", "网易首页 > 网易新闻 > 正文",
                 "原标题：寒潮“打卡”！今明两天全省降温8℃以上", "分享　留言　列印", "分享 留言 列印 A- A+", "分享    收藏    字号 小 中 大",
                 "Listen", "Translate", "Article"):  # (PressReader's buttons, over each story of its text view)
        assert rules.is_furniture(line), line
    assert not rules.is_furniture("0") and not rules.is_furniture("分享经济的新机遇")


def test_a_wire_s_desk_and_series_tags_and_a_photo_s_number_in_its_set():
    assert rules.wire_desk("（两会·新华视点）从政府工作报告看民生“温度”") == ("两会·新华视点", "从政府工作报告看民生“温度”")
    assert rules.wire_desk("（两会）（1）十一届全国人大四次会议在京开幕") == ("两会", "十一届全国人大四次会议在京开幕")
    assert rules.wire_desk("（1）十一届全国人大四次会议在京开幕") == ("", "十一届全国人大四次会议在京开幕")
    assert rules.wire_desk("（一）种田为了谁") is None
    assert rules.column_first("自由廣場》長照2.0 別讓家屬成最後一道防線") == ("自由廣場", "長照2.0 別讓家屬成最後一道防線")
    assert rules.column_first("《红楼梦》新解") is None


def test_who_planned_a_piece_who_a_writer_is_and_a_credit_naming_only_the_paper():
    assert rules.parse_byline("采写：南粤都市报记者 周雯 林一鸣 统筹：郑海").authors == ("周雯", "林一鸣")
    assert rules.name_line("王晨光（媒体人）").authors == ("王晨光",) and rules.name_line("李静（作家）").authors == ("李静",)
    assert rules.parse_lead("〔記者賴筱婷／台中報導〕台中捷運綠線機電系統").byline.authors == ("賴筱婷",)
    credits = rules.parse_credits("本文来源：钱江晚报 作者：记者 沈 励 通讯员 杭轨宣")
    # (通讯员 杭轨宣: Hangzhou Metro's publicity desk, no person)
    assert (credits.paper, credits.byline.authors, credits.byline.correspondents) == ("钱江晚报", ("沈励",), ())
    assert rules.parse_credits("本文来源：新京报 作者：新京报社论").byline.authors == ()
    assert rules.parse_credits("本文来源：华商报 作者：华商报").byline.authors == ()


def test_signatures_of_a_reader_a_reporting_group_and_a_name_spelled_out_around_wen():
    assert rules.parse_byline("讀者　陳志強　上").authors == ("陳志強",)
    assert rules.parse_byline("余杭县革委会报道组") == rules.Byline()
    assert rules.name_line("邱 文 华").authors == ("邱文华",) and rules.name_line("短　评") is None
    assert rules.is_genre_label("短　评") and rules.is_genre_label("社论") and not rules.is_genre_label("短评一则")


def test_a_telephone_number_alone_and_a_question_cut_before_what_it_asks():
    assert rules.is_contact_line("三－八四五二××") and rules.is_contact_line("0575-852×××××")
    assert not rules.is_contact_line("2003年11月") and not rules.is_contact_line("一九八五年三月十五日")
    assert rules.ends_wanting_its_object("城乡居民医保报销有哪些") and not rules.ends_wanting_its_object("新规有哪些？")


def test_a_wire_photo_s_dateline():
    assert rules.is_photo_dateline("新华社照片，北京，2011年3月5日") and rules.is_photo_dateline("新華社照片，香港，2011年3月5日")
    assert not rules.is_photo_dateline("新华社北京3月5日电") and not rules.is_photo_dateline("照片，我们一家人，摄于2011年")


def test_a_head_line_no_head_ends_with_over_its_rest():
    assert rules.cut_before_its_rest("一条街上的", "四十个下岗工人")
    assert rules.cut_before_its_rest("工商界人士座谈怎样进一步", "发挥合营企业私方人员的作用")
    assert rules.cut_before_its_rest("海淀今年新增", "12所公办幼儿园")
    assert rules.cut_before_its_rest("白皮書首日派出", "逾十萬份"), "how many, roughly: the verb's object"
    assert rules.cut_before_its_rest("临港新开3条", "东盟集装箱航线"), "how many, and of what below"
    assert rules.cut_before_its_rest("自然科学基金今年将", "加大原创探索支持力度"), "a modal wanting its verb"
    assert not rules.cut_before_its_rest("城区新建幼儿园12所", "今年秋季投用")  # what, then how many: whole
    assert not rules.cut_before_its_rest("武汉新城重大项目集中开工", "28个项目总投资1126亿元")  # a deck, a clause
    assert not rules.cut_before_its_rest("民营经济一线观察", "一件针织衫的“数字化”之旅")  # a series over its title
    assert not rules.cut_before_its_rest("33.4%　同比增速", "6720亿元　出口值，增长28.7%")  # rows of a table


def test_a_paper_its_voice_or_its_desk_where_a_writer_would_be_named():
    assert rules.names_no_person("证券时报e公司") and rules.names_no_person("新京报社论") and rules.names_no_person("华商报")
    assert not rules.names_no_person("王一鸣") and not rules.names_no_person("华一鸣")
    assert rules.parse_byline("证券时报·e公司记者 王一鸣").authors == ("王一鸣",)
    assert rules.parse_byline("文﹕陳淑儀").authors == ("陳淑儀",)
    assert rules.name_line("更　正") is None
    for line in ("news.mingpao.com", "2-3 分鐘", "少於1分鐘", "相關字詞﹕屯門公路 交通意外"):
        assert rules.is_furniture(line), line


def test_a_photo_s_label_before_its_title_and_a_transcriber_s_note():
    assert rules.photo_label_first("图片新闻：槐花飘香") == "槐花飘香" and rules.photo_label_first("【图片新闻】槐花飘香") == "槐花飘香"
    assert rules.photo_label_first("图说｜雨后江城") is None and rules.photo_label_first("槐花飘香") is None
    assert rules.is_furniture("录入者按：原件右下角破损，末段个别字据上下文补出。") and not rules.is_furniture("编者按：本文作者系退休教师。")


def test_a_head_line_ending_amid_what_happens_or_on_what_was_done():
    assert rules.ends_at_its_frame("沪剧院青年演员在基层演出中") and not rules.ends_at_its_frame("在基层演出中")
    assert rules.cut_before_its_rest("某试验基地圆满完成", "新型装备定型试验任务")
    assert not rules.cut_before_its_rest("巴黎春节大游行11日举行", "十三区将迎四十余支队伍")


def test_an_agency_s_dateline_in_brackets_and_a_reporter_run_into_where_the_report_was_filed():
    lead = rules.parse_lead("【中央社台北九日電】經濟部長今天上午在立法院報告")
    assert (lead.dateline, lead.paper, lead.rest) == ("【中央社台北九日電】", "中央社", "經濟部長今天上午在立法院報告")
    assert rules.parse_byline("本報記者林振聲高雄專訪").authors == ("林振聲",)
    assert rules.parse_byline("本报记者林振声高雄报道").authors == ("林振声",)


def test_a_text_the_ocr_mostly_could_not_read_a_site_s_missing_page_and_a_cataloguer_s_photo_mark():
    assert rules.mostly_unread("全路春■工作■结座■会在京■开" + "■" * 40) and not rules.mostly_unread("■ 本报讯　昨天召开会议。")
    assert rules.says_page_is_missing("抱歉，您访问的页面不存在或已被删除！\n5秒后自动返回首页……")
    assert not rules.says_page_is_missing("记者昨日获悉，该网页不存在的问题已修复。市民反映，此前多次打不开。网站方面表示歉意。")
    assert rules.photo_label_first("丰台桥梁工厂青年突击队（图片）") == "丰台桥梁工厂青年突击队"
    assert not rules.says_page_is_missing("全市404户困难家庭昨日领到救助金。")


def test_a_feed_reader_s_notice_of_a_summary_and_a_crawler_s_note_of_a_failed_fetch():
    assert rules.is_feed_summary_notice("[Inoreader] 此訂閱源只提供摘要，請打開原文連結閱讀全文。")
    assert rules.is_feed_summary_notice("阅读全文>>") and rules.is_feed_summary_notice("Read more »")
    assert not rules.is_feed_summary_notice("查看原文的人很多，他说。")
    assert rules.says_fetch_failed("【正文抓取失败：页面已失效或需要登录，请点击原文链接查看】")
    assert not rules.says_fetch_failed("记者了解到，这次谈判失败的原因在于双方分歧太大，难以弥合，各方都在反思其中的教训。" * 3)


def test_a_page_whose_lines_are_the_ocr_s_noise_and_a_newsletter_s_name_over_its_issue_s_number():
    photo_page = ["潭江鄉訊　第五十八期　　６", "　曰口l.l川\"｜彳.'十", "　-:匚ㄇ;廾彳'｜l-｜口ㄇ彳一", "　口ㄇ:囗口",
                  "川=曰.曰匚~廾工工;一", "鎮 文 ll 廣 場", "　;曰日_厂;\"-Iㄅ｜-~ㄅ", "　　— 6 —"]
    assert rules.ocr_garbled("\n".join(photo_page))
    assert not rules.ocr_garbled("標題：'三通'談判\n記者 A 報道\n　　雙方昨日在'台北'會面，談了三個小時。\n　　會後發表聲明。")
    assert rules.is_running_head("潭江鄉訊　　　　　　　　　　第五十八期") and rules.is_running_head("校园周刊　总第512期")
    assert not rules.is_running_head("第三期　　共八版")


def test_a_folio_between_dashes_and_thanks_printed_as_a_notice():
    assert rules.is_folio("— 2 —") and rules.is_folio("－3－") and rules.is_folio("·4·") and rules.is_furniture("- 12 -")
    assert not rules.is_folio("—2") and not rules.is_folio("2018 — 2019")
    assert rules.is_notice_label("鳴　　謝") and rules.is_notice_label("谢启")


def test_staff_credits_with_no_colon_a_report_with_its_photos_and_a_name_run_into_a_wired_day():
    assert rules.is_staff_credits("成都新闻　　责任编辑　王　敏　　美术编辑　赵　丹　　校对　刘　畅")
    assert not rules.is_staff_credits("编辑　说明了一切")
    assert not rules.is_caption("成都商报记者　李　佳　摄影报道")
    assert rules.is_caption("工人在车间里拍照。　封面新闻记者　王晓峰　摄影报道")
    assert rules.parse_lead("【本報記者張文彬高雄二日電】").byline.authors == ("張文彬",)
    assert rules.is_notice_label("公　告") and rules.name_line("公　告") is None


def test_what_an_advert_limits_its_offer_to_its_hours_and_a_book_s_price():
    assert not rules.is_column_titled("免费送货（巴生谷范围内）") and rules.is_column_titled("让“小店经济”活起来（人民时评）")
    assert rules.is_contact_line("营业时间：上午10时至晚上9时")
    assert rules.prices("《农业生产合作社财务会计工作手册》　定价○·四五元") and not rules.prices("各地新华书店均有发售")


def test_an_agencies_credit_names_no_one_and_a_day_printed_as_twenty_five():
    assert rules.names_no_person("综合新华社、中新社报道") and rules.names_no_person("据新华社电")
    assert not rules.names_no_person("王新华")
    assert rules.printed_date("民國廿五年三月九日") == (1936, 3, 9) and rules.read_number("卅一") == 31


def test_an_advertorial_s_mark_and_who_took_the_pictures_after_a_colon():
    assert rules.advert_mark_first("【廣告特輯】春季置業博覽開鑼 首置客盡享低息優惠") == "春季置業博覽開鑼 首置客盡享低息優惠"
    assert rules.advert_mark_first("广告业迎来新变化") is None
    assert rules.parse_byline("文：何嘉雯　攝：陳志偉").authors == ("何嘉雯",) and rules.parse_byline("图：新华社") is None


def test_a_digest_s_cited_source_in_words_and_heads_cut_after_a_verb_that_leads_someone_to_act():
    assert rules.parse_lead("【共同社东京六月六日电】日本电气技术综合研究所").dateline == "【共同社东京六月六日电】"
    assert rules.parse_lead("【美国《新闻周刊》五月三十日一期文章】题：个人电脑热席卷美国").rest.startswith("题：")
    assert rules.ends_wanting_its_object("劳动英雄郝生旺带领") and rules.ends_wanting_its_object("延安市商会号召商人")
    assert not rules.ends_wanting_its_object("响应边区政府号召")
    # a meeting named by what it works on (生产, a verbal noun) asks everyone (各地, 各校) to act
    assert rules.ends_wanting_its_object("全省秋季征兵工作会议要求各校")
    # an upper closed by the kind of piece it heads is whole, its lower no rest of it however short
    assert not rules.head_broken_at_width("“四好农村路”高质量发展见闻", "山路弯弯通富路")
    assert not rules.leaves_a_short_rest("“四好农村路”高质量发展见闻", "山路弯弯通富路")
    # 让 whom, to do what on the line below (变身“口袋公园”); 转让, 出让 no causative
    assert rules.ends_wanting_its_object("一纸检察建议让臭水塘") and not rules.ends_wanting_its_object("国有土地转让收益")
    assert rules.broken_mid_word("电子计算机正在进", "入美国家庭") and rules.cut_before_its_rest("中国农村出现", "一批专业户")
    assert rules.runs_on_as_head("和重点户") and not rules.runs_on_as_head("与时俱进")
    assert rules.parse_byline("安塞縣真武洞　張　秀　英").authors == ("張秀英",)


def test_heads_cut_inside_a_word_or_a_name_or_after_a_word_that_only_qualifies_a_noun():
    assert rules.broken_mid_word("全国人大常委会法制工作委员会邀请专家学者座谈行政诉讼", "法草案")
    assert rules.broken_mid_word("河南光山县女支书陈玉", "兰带领乡亲十年修通致富路")
    assert not rules.broken_mid_word("国际随笔", "集市上的年味")
    assert rules.cut_before_its_rest("齐齐哈尔车辆工厂试制成功新型", "货车") and not rules.cut_before_its_rest("春回大地播新绿", "各地春季造林")
    assert rules.is_staff_credits("政法综合　　　　　　　责任编辑　郑　毅") and rules.is_box_name("新聞小辭典")
    assert rules.names_a_column_of_briefs("法 国 简 讯")


def test_a_page_said_in_words_over_a_stray_number_and_a_class_s_year_before_a_writer():
    assert rules.printed_page(("第 4 版", "21", "— 4 —")) == ("4", None)
    assert rules.parse_byline("□中文系九六级　苏　晓").authors == ("苏晓",)
    assert rules.is_furniture("本期四版") and rules.parse_source_note("《皖南日报》一九八八年十二月三日第二版")[1] == (1988, 12, 3)


def test_a_head_cut_after_要求_a_recruitment_notice_and_staff_led_by_执行编辑():
    assert rules.ends_wanting_its_object("九龍城寨居民要求") and rules.runs_on_as_head("为何屡禁不止")
    assert rules.is_notice_label("誠徵業務人員") and rules.is_staff_credits("执行编辑：郑文华　美术：李佩仪")


def test_a_post_s_note_of_its_printed_title_and_a_printout_s_folio():
    assert rules.printed_title_note("**原标题：《岚江二桥主体结构全线合龙》**") == "岚江二桥主体结构全线合龙"
    line = "来源：岚州日报 | 2023-04-15 第3版 | 原题《市图书馆夜间开放延长至22时》"
    assert rules.printed_title_note(line) == "市图书馆夜间开放延长至22时"
    assert rules.parse_source_note(rules.without_printed_title_note(line)) == ("岚州日报", (2023, 4, 15), "3")
    assert rules.parse_source_note("来源：岚州日报（2023年3月6日 第1版）") == ("岚州日报", (2023, 3, 6), "1")
    assert rules.is_folio("匯思資訊剪報服務　　　第 1 頁／共 3 頁") and rules.broken_mid_word("屯門公路擴闊工", "程明年動工")


def test_a_page_s_number_set_letter_by_letter_or_in_brackets_in_its_running_head():
    assert rules.printed_page(("吉　林　日　报　　　　　1965年10月14日　星期四　　　　　第 二 版",)) == ("2", None)
    assert rules.printed_page(("成報　　一九七九年八月十七日　星期五　　　（６）",)) == ("6", None)
    assert rules.is_document_number("赣工商〔1984〕第18号")


def test_a_notice_s_number_after_its_day_an_office_signing_an_order_a_firm_signing_an_advert():
    assert rules.is_document_number("中華民國七十三年三月七日　高市府工土字第〇八七六號")
    assert not rules.is_document_number("中華民國七十三年三月七日　高市府舉行記者會")
    for line in ("市長", "县长　王大成", "局長"):
        assert rules.signs_a_notice(line), line
    assert not rules.signs_a_notice("市长说") and not rules.signs_a_notice("市长热线办理群众诉求三万件")
    for line in ("广东健力宝集团公司", "大統百貨公司　高雄市五福三路"):
        assert rules.names_its_maker(line), line
    for line in ("公司債發行創新高", "广东健力宝集团公司扩建新厂投产"):
        assert not rules.names_its_maker(line), line
    assert rules.offers("廣生行有限公司出品　各大百貨公司及士多均有代售")
    assert rules.sells("《怎样办好公共食堂》　每册八分") and not rules.sells("每场比赛得分")
    assert rules.names_a_column_of_briefs("港 聞 簡 報")


def test_a_wire_s_record_of_print_an_agency_s_dateline_a_column_s_mark_and_a_folio_set_full_width():
    assert rules.parse_source_note("【采用情况】滨城商报 2019-04-03 A2版 采用（标题未改）") == ("滨城商报", (2019, 4, 3), "A2")
    lead = rules.parse_lead("滨城通讯社滨城4月2日电（记者 方静怡）　4月2日上午，一列班列驶出。")
    assert (lead.paper, lead.byline.authors) == ("滨城通讯社", ("方静怡",))
    assert rules.name_line("■简讯") is None and rules.name_line("■ 岑樂") is not None
    assert rules.printed_page(("潭江鄉訊　第五十八期　　　　　　　　２",))[0] == "2"  # a newsletter numbers its pages so


def test_a_folio_numbers_the_page_an_O_for_a_zero_a_penang_reporter_a_special_dispatch_and_a_cross_reference():
    assert rules.printed_page(("责任编辑  陆  军", "— 8 —")) == ("8", None)
    assert rules.printed_date("光華日報　　二O一一年七月九日　星期六　　北馬新聞　　第十四版") == (2011, 7, 9)
    assert rules.parse_byline("報導：陳文傑　攝影：林志強").authors == ("陳文傑",)
    lead = rules.parse_lead("本报杭州10月9日专电 特派记者宋明报道：为期五天的全国游泳冠军赛今晚落幕。")
    assert (lead.dateline, lead.byline.authors, lead.rest) == ("本报杭州10月9日专电", ("宋明",), "为期五天的全国游泳冠军赛今晚落幕。")
    assert rules.parse_lead("新华社北京11曰电 据农业部门统计，晚秋作物已收获六成。").dateline == "新华社北京11曰电"
    assert rules.is_jump_line("◎相關新聞見第二十四版") and not rules.is_jump_line("相关新闻发布会召开")
    assert rules.is_notice_title("仁愛中醫診所", "遷　址　啟　事") and rules.is_notice_title("中国纺织大学函授部", "一九八五年招生启事")
    assert rules.is_caption("檳島龍舟隊隊員昨日在丹絨道光海域加緊操練。（圖：本報 李國威）")
    assert rules.photographers("檳島龍舟隊隊員昨日加緊操練。（圖：本報 李國威）") == ("李國威",)
    assert rules.is_caption("醫療服務隊昨天到尖石鄉，為山地同胞義診。（記者 黃 國 華 攝）")
    assert rules.offers("上海健将体育用品厂出品  各大商场均") and not rules.offers("出品人大会召开")
    assert rules.name_line("读 者 来 信") is None


def test_a_column_s_name_alone_is_no_dateline():
    assert rules.parse_lead("本报简讯") is None and rules.parse_lead("本报讯　市防汛指挥部召开紧急会议。") is not None
    assert rules.is_furniture("【影格】0457-0121　【OCR】2011-10-14") and not rules.is_furniture("【本報訊】本市米價")


def test_an_old_paper_s_sheet_and_page_a_date_with_the_letter_O_an_agency_in_brackets_a_notice_s_name():
    assert rules.printed_page(("第三張　　（第十版）　　本埠新聞",)) == ("10", "本埠新聞")
    assert rules.printed_date("人 民 日 报　　　　1975年8月2O日　　星期三　　　　第 二 版") == (1975, 8, 20)
    assert rules.parse_lead("（中央社南京十六曰電）行政院十六日上午舉行會議").dateline == "（中央社南京十六曰電）"
    assert rules.names_a_column_of_briefs("本埠零訊")
    assert rules.parse_byline("报道　林慧敏　　摄影　陈振华").authors == ("林慧敏",)
    assert rules.ends_wanting_its_object("行政院通過")


def test_the_buddhist_era_two_letters_O_a_weekday_beside_the_page_a_unit_s_soldier_and_a_surname_run_into_the_role():
    assert rules.printed_date("僑聲日報　　佛曆二五六六年五月十六日　星期二　　第十三版") == (2023, 5, 16)
    assert rules.printed_date("香江日報　　A12　港聞　　二OO七年十一月五日　星期一") == (2007, 11, 5)
    assert rules.printed_page(("星期五　　　　　第三版",)) == ("3", None)
    assert not rules.is_running_head("2017年3月10日　星期五")
    assert rules.parse_byline("某部一连　刘长河").authors == ("刘长河",)
    assert rules.parse_byline("战士　马占元").authors == ("马占元",)
    assert rules.parse_byline("（記者麥 詠詩）").authors == ("麥詠詩",)
    assert rules.ends_wanting_its_object("清潔工遭") and rules.ends_wanting_its_object("海關截獲")
    assert rules.names_a_kind_of_news("特約通信") and not rules.names_a_kind_of_news("海關截獲")
    assert rules.is_notice_label("福興號遷移啟事")


def test_a_keeper_s_note_a_wire_s_field_and_a_scan_mostly_unread():
    assert rules.parse_source_note("85.1.20 省报 二版 两条") == ("省报", (1985, 1, 20), "2")
    assert rules.parse_source_note("1990.6.1 1990.6.1 少年报 第1版 小军上报了！！") == ("少年报", (1990, 6, 1), "1")
    assert rules.is_keepers_note("八三年五月 县报")
    assert rules.mostly_unread("丨丶亠 业局召幵 ▇▇▇ 工作会\n本扌艮讯 ▇月▇日，县 ▇▇▇▇ 召开 丁作会议，余 ▇ 部署\n昜 ▇▇ 亻 ▇▇▇ 口口口")
    assert not rules.mostly_unread("本报讯　梅江县白石水电站日前建成并网发电。该电站装机容量三千二百千瓦。")
    credits = rules.parse_credits("作者：本报记者 朱  琳 黄志强\u3000发布：2018-02-08 21:47:33\u3000浏览：1024")
    assert credits.byline.authors == ("朱琳", "黄志强") and credits.date == (2018, 2, 8)


def test_a_page_set_wide_first_its_number_spaced_an_issue_s_number_a_hotline_and_a_case_number():
    assert rules.printed_page(("２　　　　要　　闻　　　　华夏日报　2024年５月14日　星期二",)) == ("2", "要闻")
    assert rules.printed_page(("总第112期　　　第 3 版　　　邻 里",)) == ("3", "邻里")
    assert rules.is_furniture("梧 桐 社 区 报") and rules.is_furniture("新闻热线 96700000  24小时欢迎报料")
    assert not rules.is_furniture("12所公办幼儿园")
    assert rules.is_document_number("(2024)江0102民初3386号")
    assert rules.ends_wanting_its_object("全省规上工业增加值同比")


def test_an_issue_s_number_under_the_masthead_a_transcriber_s_mark_and_a_picture_marked_by_a_cataloguer():
    assert rules.is_furniture("（第8015号）　　　　今日四版") and rules.is_furniture("〔录入：黄丽华　2009-04-13〕")
    assert rules.is_furniture("第一三〇五号　本报今日出版四版")  # an old paper's, its number spelt
    assert not rules.is_furniture("第三期")
    assert rules.photo_label_first("（圖）豪雨過後農民搶收西瓜") == "豪雨過後農民搶收西瓜"
    assert rules.photo_label_first("【图片】1984年的西湖路花市") is None  # (a site's label, kept as its writer lists it)


def test_a_head_line_saying_what_it_takes_and_not_yet_what_it_does_with_it():
    assert rules.takes_without_its_verb("把工业学大庆的群众运动") and rules.takes_without_its_verb("把春耕备耕工作")
    assert not rules.takes_without_its_verb("把握新发展阶段") and not rules.takes_without_its_verb("把好事办好")


def test_a_writer_s_notes_of_where_it_was_printed_with_his_own_words_after_them():
    assert rules.parse_source_note("刊于：江城日报 1990年9月30日 第3版") == ("江城日报", (1990, 9, 30), "3")
    assert rules.parse_source_note("刊于《江城日报》1992.6.18 四版“市场观察”专栏") == ("江城日报", (1992, 6, 18), "4")
    assert rules.parse_source_note("《江城日报》1990年3月2日第一版 短讯（同一天一版登了我三条）") == ("江城日报", (1990, 3, 2), "1")


def test_a_kicker_and_its_title_each_a_whole_clause():
    assert rules.two_whole_clauses("昨午赤柱海面突起狂風", "漁船翻沉三人遇救")
    assert not rules.two_whole_clauses("外卖小哥跳河救起", "落水老人")  # the verb's object below
    assert not rules.two_whole_clauses("武汉地铁12号线", "年底前全线贯通")  # the subject above


def test_a_wish_put_to_someone_wants_what_to_heed():
    assert rules.ends_wanting_its_object("希望有关部门重视")
    assert not rules.ends_wanting_its_object("希望工程圆了山里娃的梦")


def test_a_reply_titled_as_a_document_is_no_part_of_the_letter():
    assert rules.is_reply_head("相关部门回复")
    assert not rules.is_reply_head("关于报纸投递迟缓问题的答复")


def test_a_figure_s_note_in_brackets_is_no_column_and_a_catalogue_lists_a_title_without_its_column():
    assert not rules.is_column_titled("业绩比较基准 3.80%—4.20%（年化）")
    assert rules.without_column_tag("改革要敢于碰硬（评论员文章）") == "改革要敢于碰硬"
    assert rules.without_column_tag("侨乡新貌") == "侨乡新貌"


def test_a_letter_signed_with_its_writer_s_school_and_a_note_naming_the_page_s_column():
    assert rules.parse_byline("东江市第二中学 温秋生").authors == ("温秋生",)
    assert rules.parse_source_note("本文转自《珠城日报》2016年8月31日第8版“珠江人物”，公众号标题为编者所加。") == (
        "珠城日报", (2016, 8, 31), "8")
    assert rules.printed_title_note("> 原标题：城中村排水改造工程下月动工") == "城中村排水改造工程下月动工"
    assert rules.without_printed_title_note("> 原标题：城中村排水改造工程下月动工") == ""


def test_a_forecast_in_traditional_characters_its_figures_in_words():
    assert rules.is_weather_head("長沙市天氣預報")
    assert rules.is_weather_line("今天　晴到少雲　偏北風二到三級") and rules.is_weather_line("湖南省氣象台昨日發布")
    assert rules.weather_figures("最高溫度二十四度　最低溫度十四度") == 1
    assert not rules.is_weather_line("气温骤降10℃ 多地发布寒潮预警")


def test_news_in_figures_over_a_couplet_that_tells_more_is_the_title_over_its_deck():
    assert not rules.upper_is_kicker("建屋局明年第二季推出逾4000个预购组屋单位", "榜鹅和登加有新项目　部分单位等候时间缩短至四年内")
    assert rules.upper_is_kicker("全市45万亩早稻进入收割高峰", "早稻开镰 农机唱主角")  # a slogan's short parts
    assert rules.upper_is_kicker("2019年“春风行动”全面启动", "春风送岗位　就业暖人心")  # a year names a campaign


def test_a_keeper_s_notes_of_where_clippings_were_printed():
    assert rules.parse_source_note("江城日报 1986.4.30 一版（只有一张照片，爸爸在第二排左三）") == ("江城日报", (1986, 4, 30), "1")
    assert rules.parse_source_note("（一）《江城日报》1979年5月2日 第1版") == ("江城日报", (1979, 5, 2), "1")
    assert rules.parse_source_note("江城日报 2015年3月12日 第4版　（爸爸走了。这是厂里登的讣告。）") == ("江城日报", (2015, 3, 12), "4")
    lines = ["（一）《江城日报》1979年5月2日 第1版", "", "我市命名一百二十六名劳动模范", "　　本报讯　市革委会日前作出决定。", "",
             "（二）同上，1983年4月29日 第2版", "", "第一机床厂职工喜迎劳模表彰", "　　本报讯（通讯员 许建平）四月二十七日。"]
    first, second = rules.clippings_noted(lines)
    assert first.split("\n")[:3] == ["《江城日报》1979年5月2日 第1版", "", "我市命名一百二十六名劳动模范"]
    assert second.startswith("《江城日报》1983年4月29日 第2版\n") and (first + second).count("\n") == len(lines)
    assert rules.clippings_noted(lines[:5]) is None  # one clipping: the file is read whole


def test_a_reel_s_title_frame_an_office_s_number_of_the_sixties_a_purpose_broken_and_an_anniversary_kicker():
    assert rules.is_reel_leader("青溪县档案馆\n馆藏报纸缩微品\n青 溪 报\n1958年1月1日—1958年6月30日\n第 012 卷\n")
    assert not rules.is_reel_leader("第三卷　长篇连载\n他走进了村子。\n")
    assert rules.is_document_number("（六〇）青民字第十五号")
    assert rules.closes_its_purpose_below("鼓足干劲，力争上游，为实现全县农业", "发展纲要而奋斗（社论）")
    assert not rules.closes_its_purpose_below("为群众办实事", "我县开通十条农村公交线路")
    assert rules.upper_is_kicker("庆祝中国共产党成立100周年", "红色资源“活起来”　党史教育“热起来”")
    assert rules.is_caption("（县文化馆 陈光摄）")


def test_a_section_and_page_set_wide_a_day_in_a_head_far_capitals_and_a_quotation_left_open():
    assert rules.is_running_head("本 埠 新 聞　　　　　　　　　　第 四 版")
    assert rules.head_parts("申　　報　　　中華民國三十六年三月十五日") == ["申報", "中華民國三十六年三月十五日"]
    assert not rules.names_only_its_subject("市參議會昨日續開大會") and rules.names_only_its_subject("三江源国家公园")
    assert rules.parse_lead("新华社布宜诺斯艾利斯八日电　阿根廷工人").dateline == "新华社布宜诺斯艾利斯八日电"
    assert rules.parse_lead("【本報記者張文彬高雄二日電】").byline.authors == ("張文彬",)
    assert rules.two_whole_clauses("我国人民对外友好协会举行招待会", "欢迎马里文化代表团")
    assert not rules.two_whole_clauses("全职妈妈重返职场", "要迈过几道坎")
    assert rules.opens_what_the_next_closes("他们不愿被叫作“下岗", "职工”（记者手记）")


def test_who_makes_a_notice_s_statement_and_a_running_head_naming_a_paper_as_no_bao_does():
    assert rules.signs_a_notice("聲明人　張德厚")
    assert rules.is_running_head("2003年3月6日　星期四　　　　　　国际新闻　　　　　　参考消息")
    assert not rules.is_running_head("2003年3月6日　星期四")


def test_a_scanner_s_first_line_the_paper_and_a_day_as_a_hand_wrote_them():
    assert rules.parse_source_note("江城日报 85.4.2 二版") == ("江城日报", (1985, 4, 2), "2")
    assert rules.parse_source_note("85年6月1日 江城日报") == ("江城日报", (1985, 6, 1), None)
    assert rules.printed_date("江城日报85.8.3") == (1985, 8, 3)


def test_a_notice_s_day_on_a_line_of_its_own():
    assert rules.is_date_alone("二O二三年六月十日") and rules.is_date_alone("2024年6月13日")
    assert not rules.is_date_alone("2024年6月13日起实施") and not rules.is_date_alone("便民信息")


def test_a_serial_s_part_a_number_set_apart_a_smudge_and_a_taiwan_photo_credit():
    assert rules.is_column_titled("綏東旅行記（三）") and rules.is_column_titled("农村调查（上）")
    assert not rules.is_column_titled("第一集凡五種：（一）")
    assert rules.listed_alike("一　集寧道上", "二　平地泉之市況")
    assert not rules.listed_alike("十　年　磨　一　剑", "二　平地泉之市況")
    assert rules.is_stray_mark("※▲ ‥·■ ◆◆ ）（ ▓ ·· ‥") and not rules.is_stray_mark("■ 短评")
    assert rules.is_stray_mark("一一一一一一一一一一") and not rules.is_stray_mark("一一列举如下")  # a rule read as 一
    caption = "台北市昨天午後下了一場大雷雨，吸引不少民眾駐足觀賞。　記者鄧建國／攝影"
    assert rules.is_caption(caption) and rules.photographers(caption) == ("鄧建國",)


def test_the_paper_s_hotline_a_unit_signing_its_notice_thanks_signed_and_a_malaysian_number():
    assert rules.is_papers_hotline("本报热线电话：5012345　每周二、周五下午开通")
    assert not rules.is_papers_hotline("订购热线：0571-88886666")
    assert rules.signs_a_notice("声明单位：红光服装厂") and rules.signs_a_notice("孝男　胡国伟　暨全体家属　敬谢")
    assert rules.is_contact_line("吉隆坡总店：03-2145 6789") and not rules.is_contact_line("比分定格在03-21")


def test_mojibake_is_told_from_text_that_names_it():
    assert rules.is_mojibake("标题：锟斤拷锟斤拷锟斤拷锟斤拷锟?\n正文：\n锟斤拷锟斤拷锟斤拷锟斤拷锟斤拷锟斤拷������")
    assert not rules.is_mojibake("网友称之为“锟斤拷”：一个GBK文件被当成UTF-8读，再存回去，就成了这样。")


def test_a_foreign_photographer_a_section_beside_its_page_and_a_son_signing_a_notice():
    assert rules.is_caption("卡·维什涅夫斯基摄（波兰新闻社稿）") and rules.photographers("卡·维什涅夫斯基摄") == ("卡·维什涅夫斯基",)
    assert not rules.is_transliterated_name("新华日报·交汇点记者")
    assert rules.printed_page(("澳聞　第５版",))[0] == "5" and rules.is_furniture("澳聞　第５版")
    assert rules.signs_a_notice("孝子　陳國強")


def test_a_family_s_obituary_signed_by_its_mourners_and_a_kind_of_news_over_heads():
    assert rules.calls_itself_a_notice("孫府訃告") and rules.signs_a_notice("孤哀子　孫紹先　孫紹祖　泣血稽顙")
    assert rules.names_a_kind_of_news("國內要聞") and not rules.names_a_kind_of_news("津浦路北段水災災民逾萬")


def test_a_line_pointing_a_phone_to_the_page_s_video_is_furniture():
    assert rules.is_furniture("扫码看视频 ▲") and rules.is_furniture("扫描右侧二维码，观看相关短视频")
    assert not rules.is_furniture("扫码点餐何时不再强制")


def test_a_form_left_blank_is_no_article():
    template = "编稿日期：____年__月__日　星期__\n见报日期：____年__月__日\n【标题】\n【记者】本报记者 ＿＿ 通讯员 ＿＿\n【正文】\n（粘贴正文）\n"
    assert rules.is_blank_form(template)
    assert not rules.is_blank_form("【标题】西湖路夜间施工\n【正文】\n　　本报讯　9月10日至9月20日每晚22时至次日6时，西湖路（南京路至长江路段）进行管道施工，请过往车辆提前绕行。\n")


def test_a_letter_signed_with_the_writer_s_quarters_and_a_reporter_s_inquiry_labelled():
    assert rules.parse_byline("东门街纺机宿舍　钱淑芬").authors == ("钱淑芬",)
    assert rules.is_genre_label("记者调查")


def test_marks_around_a_column_s_name_a_serial_s_number_its_unfinished_mark_and_a_writer_s_standing():
    assert rules.names_a_column_of_briefs("·行业简讯·") and rules.names_a_column_of_briefs("◇本市简讯◇")
    assert rules.numbers_an_instalment("春明舊夢（四十二）") and rules.numbers_an_instalment("农村调查（上）")
    assert not rules.numbers_an_instalment("让“小店经济”活起来（人民时评）")
    assert rules.closes_an_article("且看下回分解、（未完）") and rules.closes_an_article("……（待续）")
    assert rules.parse_byline("知识青年　方晓红").authors == ("方晓红",)
    assert rules.parse_byline("红星公社党委") == rules.Byline()  # a committee signs, no person
    # a deck in parts under the news of when (昨晨), not a title under its kicker; a slogan in parts
    # under a product's name sells it
    assert not rules.upper_is_kicker("南門外昨晨大火", "焚去舖戶兩家 損失約千元 幸無傷亡")


def test_a_wish_broken_before_what_it_asks_and_labels_of_a_cartoon_and_a_cinema_bill():
    assert rules.cut_before_its_rest("希望有关部门", "把小区路灯修好") and not rules.cut_before_its_rest("希望有关部门", "重视此事")
    assert rules.is_genre_label("◇读者来信◇") and rules.is_genre_label("漫　画") and rules.name_line("漫　画") is None
    assert rules.names_a_column_of_briefs("今日影讯")


def test_a_running_head_naming_the_paper_and_its_page_with_a_dot():
    assert rules.is_running_head("云屏日报·文苑　　　　2022年9月18日　星期日")
    assert rules.is_running_head("1985年6月9日　星期日　　　　　　望江楼")  # the day, and the supplement's name
    assert rules.is_furniture("YUNPING DAILY　　　　农历壬寅年八月廿三")
    assert not rules.is_furniture("NOTICE ON APPLICATION FOR TRANSFER OF LIQUOR LICENCE")
    assert rules.is_furniture("AUSTRALIAN CHINESE VOICE DAILY　　澳洲华声日报")  # the name in two scripts
    assert rules.is_log("2023-11-08 18:02:11 job #1 done\n2023-11-08 18:02:12 WARN row 5\n")
    assert not rules.is_log("2023-11-08 18:02:11 发布\n本报讯 昨日，全市迎来降雨。\n")



def test_a_beat_s_column_name_and_its_kind_of_piece_is_a_genre_label_and_an_update_time_a_credit():
    assert rules.is_genre_label("旅游时评") and rules.is_genre_label("晚报短评") and rules.is_genre_label("市民来信")
    assert not rules.is_genre_label("景区涨价须三思") and not rules.is_genre_label("一份群众来信引起的变化")
    credits = rules.parse_credits("更新时间：2012-08-16 23:41　来源：沣川晚报")  # an e-paper's page, over the byline
    assert credits is not None and credits.paper == "沣川晚报"  # (the time it was put up, no day of print)


def test_a_head_opening_with_its_column_s_name_in_brackets():
    assert rules.opens_with_column_name("【小言】說冷氣") and rules.opens_with_column_name("〔短評〕防汛不可稍緩")
    assert not rules.opens_with_column_name("【小資料】何謂高血壓")  # a box's name over its entry
    assert not rules.opens_with_column_name("【第3版·城事】") and not rules.opens_with_column_name("【又電】據前方報告，敵此次在湘北遭受重創")


def test_a_head_run_in_after_its_column_s_name_in_brackets():
    assert rules.run_in_title("【特区短论】效率从何而来\u3000在特区，“效率”两个字是挂在人们嘴边的。可是，效率究竟从何而来？") == (
        "【特区短论】效率从何而来", "在特区，“效率”两个字是挂在人们嘴边的。可是，效率究竟从何而来？")


def test_a_line_opening_with_classical_zhi_runs_on_from_the_head_above():
    assert rules.runs_on_as_head("之關係") and rules.runs_on_as_head("之研究")
    assert not rules.runs_on_as_head("之前的约定") and not rules.runs_on_as_head("之江大桥今日通车典礼隆重举行")


def test_a_page_s_section_and_its_editor_on_one_line_are_furniture():
    assert rules.is_furniture("體育　娛樂　副刊　　　　本版編輯　周伯雄")
    assert not rules.is_furniture("市民踊跃参加义务植树　　本报记者　张三")


def test_a_site_s_mark_of_a_picture_is_no_part_of_the_title():
    assert rules.without_picture_mark("湿地公园迎来今春首批候鸟（图）") == "湿地公园迎来今春首批候鸟"
    assert rules.without_picture_mark("初夏长潭水库美如画(组图)") == "初夏长潭水库美如画"
    assert rules.without_picture_mark("一图读懂[图]") == "一图读懂"
    assert rules.without_picture_mark("看图（图）说话") == "看图（图）说话"  # only at the end
    assert rules.without_picture_mark("（图）") == "（图）"  # a mark alone is left as it is


def test_a_brief_s_head_set_whole_in_brackets_is_its_title_a_column_s_name_keeps_them():
    assert rules.without_head_brackets("【地铁2号线首列电客车运抵东陵】") == "地铁2号线首列电客车运抵东陵"
    assert rules.without_head_brackets("【经济漫谈】") == "【经济漫谈】"
    assert rules.without_head_brackets("【学子论坛】别让“打卡式”学习掏空大学时光") == "【学子论坛】别让“打卡式”学习掏空大学时光"


def test_a_reading_account_s_greeting_follow_line_and_close_are_its_own_furniture():
    for line in ("点击上方蓝字“桐州早知道”关注我们", "🌞早安！今天是2020年6月18日，星期四。", "📰桐州早知道带你读报👇",
                 "桐州早知道陪你读报，一起来看今天《桐州日报》的重点内容↓↓↓", "以上内容来源于今日《桐州日报》，版权归原作者所有。",
                 "觉得有用，就点个“在看”吧～", "往期推荐"):
        assert rules.is_furniture(line), line
    assert not rules.is_furniture("我市中考定于7月16日至18日举行")


def test_a_text_that_breaks_off_inside_a_sentence_with_no_line_end_after_it_was_cut_short():
    post = ("【第4版】\n桐江流域综合治理初见成效\n本报讯 桐江流域综合治理工程实施两年来，已完成河道清淤126公里。\n"
            "在桐江下游的白鹭洲湿地，原来的养殖塘已被改造成浅滩湿地，不时有白鹭在水面掠过。\n据了解，今年以来全市累计")
    assert rules.stops_mid_sentence(post) == (5, "据了解，今年以来全市累计")
    assert rules.stops_mid_sentence(post + "\n") is None  # its last line ended: saved whole
    assert rules.stops_mid_sentence(post.rsplit("\n", 1)[0] + "\n图为白鹭洲湿地一角，记者　陈锋　摄") is None  # a credit closes it


def test_a_keeper_s_remarks_in_square_brackets_are_none_of_the_print():
    assert rules.without_remarks("再就业工程在我市启动 [肩题]") == "再就业工程在我市启动"
    assert rules.without_remarks("《岚江日报》1995年 第2版 [日期没记下来，待查]") == "《岚江日报》1995年 第2版"
    assert rules.without_remarks("[下面一则同版，右下角]") == ""
    assert rules.without_remarks("观察杂交水稻长势[原报照片]") == "观察杂交水稻长势"  # a transcriber's note of what stood there
    assert rules.without_remarks("[正文]清明刚过，江城的油菜花开了。") == "[正文]清明刚过，江城的油菜花开了。"  # a style's name
    assert rules.without_remarks("[经济漫谈]") == "[经济漫谈]"  # a column's name as the OCR read its brackets


def test_a_note_of_print_written_by_the_clipping_is_kept_as_its_words_where_they_place_it():
    assert rules.without_remarks("[手写：1978.5.4 县报]") == "1978.5.4 县报"
    assert rules.without_remarks("[手写：1980年元月 县报]") == ""  # no day: the keeper's words
    assert rules.without_remarks("（剪报旁注：南屏日报 1983.6.2）") == "南屏日报 1983.6.2"


def test_a_pen_name_padded_to_a_name_s_width_after_a_bullet_signs_the_piece():
    assert rules.name_line("◇紫　薇").authors == ("紫薇",)
    assert rules.name_line("◆春雨") is None  # a poem's title under its bullet, no name's width
    assert rules.title_and_writer("的士問題要正視　　◇多　言") == ("的士問題要正視", "多言")
    assert rules.title_and_writer("让制度真正“长牙”“带电” □ 王楠") == ("让制度真正“长牙”“带电”", "王楠")  # run together by the OCR
    assert rules.title_and_writer("县里召开大会 □ 要求") is None
    assert rules.title_and_writer("第四場　（8）好運連連　　快活谷") is None


def test_an_editor_s_note_wrapped_under_its_label_is_no_head():
    assert not rules.is_bare_heading("编者附言：此信已转洪湖县")
    assert not rules.is_bare_heading("编后：这封信反映的问题")
    assert rules.is_bare_heading("奖售化肥为啥迟迟不兑现")


def test_an_office_s_publicity_desk_signing_as_correspondent_is_no_person():
    assert rules.parse_byline("记者 孙晓雯 实习生 郑一鸣 通讯员 鹭交宣") == rules.Byline(("孙晓雯", "郑一鸣"))
    assert rules.parse_byline("本报记者 孙立峰 通讯员 卫健宣") == rules.Byline(("孙立峰",))
    assert rules.parse_byline("通讯员 王建宣").correspondents == ("王建宣",)  # a person's name so shaped


def test_a_letter_signed_from_a_railway_s_depot_is_its_writer_s():
    assert rules.parse_byline("车辆段　刘小军") == rules.Byline(("刘小军",))
    assert rules.parse_byline("鹤城机务段　王建国") == rules.Byline(("王建国",))


def test_a_layout_system_s_export_parts_its_stories_by_their_marks():
    """＠＠＠ and <story id=N> over each story of a page's export (方正飞腾): each story its part, its
    lines in their places; one mark alone parts nothing."""
    lines = ["＠＠＠", "我市出台十条措施支持中小企业", "本报记者　孙静", "", "　　本报讯　市政府出台十条措施。",
             "<story id=2>", "小学生学交规", "", "　　交警民警为学生讲解交通安全知识。", "<story id=3>", ""]
    parts = rules.stories_marked(lines)
    assert [p.strip().split("\n")[0] for p in parts if p.strip()] == ["我市出台十条措施支持中小企业", "小学生学交规"]
    assert "".join(parts).count("\n") == len(lines)
    assert rules.stories_marked(["＠＠＠", "标题", "正文。"]) is None


def test_a_phone_s_screenshot_read_by_ocr_loses_its_status_bar_the_app_s_bars_and_its_foot():
    """8:35 ⊙ 🔕 · 4G ▮▮▮ 87% and く 返回 淮川日报 ⋯ over the article, 阅读 1.2万 / ♡ 点赞 356 / 写留言 /
    相关推荐 and the heads it recommends under it: none of the article, every line in its place."""
    lines = ["8:35 ⊙ 🔕 ·        ᯤ 4G ▮▮▮ 87%", "く 返回        淮川日报        ⋯", "聚焦全国两会", "",
             "我市全国人大代表热议政府工作报告", "< 上一篇      下一篇 >", "本报讯　3月5日上午，十三届全国人大四次会议开幕。",
             "—— END ——", "责任编辑：邹宁", "阅读 1.2万", "♡ 点赞 356     ☆ 在看     ↗ 分享", "写留言", "相关推荐",
             "湄湖湿地公园郁金香进入盛花期"]
    assert rules.screenshot_text(lines) == ["", "", "聚焦全国两会", "", "我市全国人大代表热议政府工作报告", "",
                                            "本报讯　3月5日上午，十三届全国人大四次会议开幕。"] + [""] * 7
    assert rules.screenshot_text(["淮川日报　2021年3月6日", "8:35 开会", "会议于8:35开始。"]) is None


def test_a_place_alone_in_brackets_opens_an_item_and_a_brief_s_head_closes_up_to_it():
    """（笨珍讯）, （本报讯）: where, with no day, as papers in Malaysia and Thailand open an item; a brief's
    head set close against it (笨珍渔民获发柴油津贴（笨珍讯）渔业局…) is run in; （新闻资讯） is no place."""
    lead = rules.parse_lead("（笨珍讯）渔业局将于本月21日发放柴油津贴。")
    assert (lead.dateline, lead.rest) == ("（笨珍讯）", "渔业局将于本月21日发放柴油津贴。")
    assert rules.run_in_title("笨珍渔民获发柴油津贴（笨珍讯）渔业局将于本月21日至23日发放第一季柴油津贴，受惠渔民约350人。") == (
        "笨珍渔民获发柴油津贴", "（笨珍讯）渔业局将于本月21日至23日发放第一季柴油津贴，受惠渔民约350人。")
    assert rules.parse_lead("（新闻资讯）本周新书推荐如下。") is None


def test_a_transcriber_s_notes_of_a_picture_and_of_the_copy_are_none_of_the_page():
    """〔原報此處有照片一幀〕 marks where a picture stood (a gap, no head); （錄者按、據…錄入、…） over the page
    is the transcriber's word."""
    assert rules.is_picture_mark("〔原報此處有照片一幀〕") and rules.is_picture_mark("[此处原有插图]")
    assert not rules.is_picture_mark("〔原報此處字跡模糊〕")
    assert rules.is_furniture("（錄者按、據圖書館藏縮印本錄入、原報右下角破損、缺字以□代之）")


def test_a_caption_closed_by_its_credit_labelled_in_brackets_names_whoever_took_it():
    """…纳凉休闲。（摄影　朴春花）, （摄影：陈志强）: the label says a person took it, whatever the
    surname; （摄影展开幕） labels no one."""
    caption = "8月11日，延吉市民在布尔哈通河畔纳凉休闲。（摄影　朴春花）"
    assert rules.is_caption(caption) and rules.photographers(caption) == ("朴春花",)
    assert rules.photographers("市民在河畔纳凉。（摄影：陈志强）") == ("陈志强",)
    assert not rules.is_caption("市民纳凉。（摄影展开幕）")


def test_a_signature_of_an_office_and_its_writer():
    """南湖电务段宣传科　马建华, 营养科　吴　倩: a writer signing with the office he works in."""
    assert rules.parse_byline("南湖电务段宣传科  马建华").authors == ("马建华",)
    assert rules.parse_byline("营养科　吴　倩").authors == ("吴倩",)
    assert rules.parse_byline("本科 学历") is None


def test_the_paper_s_editors_sign_its_own_word_and_a_writer_described_by_where_they_study():
    assert rules.parse_byline("本报编辑部") == rules.Byline()  # 新年献词, signed by the paper's editors
    assert rules.parse_byline("瓊報編輯部") is None  # 此致 / 瓊報編輯部: whom a letter is to
    assert rules.name_line("□　叶小青（龙溪一中）").authors == ("叶小青",)


def test_a_listed_company_s_item_in_a_digest_is_its_name_and_code_and_head_over_its_text():
    assert rules.run_in_title("中泰重工（600731）获9.6亿元风电塔筒订单中泰重工17日晚间公告，公司近日签订合同。") == (
        "中泰重工（600731）获9.6亿元风电塔筒订单", "中泰重工17日晚间公告，公司近日签订合同。")
    assert rules.run_in_title("华骏药业(002675)获药品注册批件 华骏药业公告，") == ("华骏药业(002675)获药品注册批件", "华骏药业公告，")
    assert rules.run_in_title("中泰重工（600731）获9.6亿元风电塔筒订单") is None  # (its head alone)


def test_a_beat_s_observer_or_comment_over_a_title_is_the_kind_of_piece_a_reporter_s_notes_a_box():
    assert rules.is_genre_label("■记者观察") and rules.is_genre_label("市场评论") and rules.is_genre_label("深度调查")
    assert not rules.is_genre_label("记者手记")  # (a box of the story it stands in)


def test_a_head_line_taking_its_object_after_its_speaker_wants_its_verb_below():
    assert rules.takes_without_its_verb("叶知秋：把最后一站") and rules.takes_without_its_verb("把最后一站")
    assert not rules.takes_without_its_verb("叶知秋：明年春天推出新专辑")


def test_an_interview_s_topics_each_under_its_word_are_one_series():
    assert rules.parallel_heads("谈巡演 “嗓子哑过，也想过放弃”", "谈家乡 “台下肯定有我的小学老师”")
    assert not rules.parallel_heads("谈巡演 “嗓子哑过，也想过放弃”", "说新歌 明年春天推出新专辑")


def test_a_court_s_number_for_its_notice_may_open_on_its_year():
    assert rules.is_document_number("八十二年度民執全字第三四一號") and rules.is_document_number("卫字第十七号")
    assert not rules.is_document_number("八十二年度預算")


def test_a_catalogue_s_kind_after_a_title_advert_or_photo_is_no_part_of_it():
    assert rules.labelled_title("柘江大曲 香飘万家（广告）") == ("广告", "柘江大曲 香飘万家")
    assert rules.photo_label_first("山里人家（摄影）") == "山里人家"
    assert rules.labelled_title("春雨（诗）") == ("", "春雨")


def test_a_writer_s_name_romanised_after_it_or_alone_as_papers_abroad_sign():
    assert rules.parse_byline("本报记者 陈思颖 Sylvie Chen").authors == ("陈思颖",)
    assert rules.parse_byline("（本报记者 黄嘉欣 Jessica Huang）").authors == ("黄嘉欣",)
    assert rules.parse_byline("（記者 David Wang）").authors == ("David Wang",)
    assert rules.parse_lead("本报讯（记者 David Wang） 巴黎十三区…").byline.authors == ("David Wang",)


def test_a_news_site_s_fields_over_each_article_it_posts_are_furniture():
    assert rules.is_furniture("字号：大 中 小　　发布时间：2008-09-18　　来源：巴黎华声周报")
    assert rules.is_furniture("发布时间：2019-03-14 08:00　来源：英伦华商周报　阅读：2137")
    assert rules.is_furniture("字号：大 中 小") and rules.is_furniture("分享到：微信 微博 Facebook Twitter WhatsApp")
    assert not rules.is_furniture("来源：新华社　作者：张三")  # (a writer named: a byline's)
    assert not rules.is_furniture("来源：人民日报")  # (the source alone: the note of where it ran)


def test_a_day_in_brackets_closing_a_line_ends_no_sentence_and_names_no_column():
    assert not rules.ends_sentence("華埠租客聯盟將於本週六（9日）") and rules.ends_sentence("开幕式隆重举行（完）")
    assert not rules.is_column_titled("華埠租客聯盟將於本週六（9日）")


def test_names_written_as_their_sounds_parted_by_a_dot_and_pupils_signing_with_their_school():
    assert rules.parse_byline("本报记者 阿不都热依木·买买提 王志刚").authors == ("阿不都热依木·买买提", "王志刚")
    assert rules.parse_byline("本报记者　次仁·多吉").authors == ("次仁·多吉",) and rules.is_credit("艾海提·吐尔逊摄")
    assert rules.parse_byline("本报小记者　曾　琳（赣州市第三中学初一）").authors == ("曾琳",)
    assert rules.parse_byline("岳麓区博才小学三年级2班　欧阳乐乐").authors == ("欧阳乐乐",)
    assert rules.parse_byline("周雨萱（雨花区枫树山小学五年级）").authors == ("周雨萱",)
    assert rules.parse_byline("王芳（北京）") is None  # (a place alone says nothing of a writer)


def test_a_script_the_ocr_did_not_know_is_read_as_strokes_and_marks_no_text():
    for line in ("′ ˇ 荨 ﹂丨 ′ 、 蠹 .■■ 丶 ′′ 刂 ·", "丶′彳﹂■〃", "乙了丨 ′ˊ 丬彡 扌丨丨 ′′ 〓 3匚 丶"):
        assert rules.is_stray_mark(line), line
    for line in ("一  一", "又是一年三八节。", "新华社", "口13□32"):
        assert not rules.is_stray_mark(line), line


def test_an_ocr_program_s_header_over_the_page_it_read_is_none_of_the_page():
    page = ["汉王文本王 V6.0 识别结果", r"图像文件：E:\扫描\云州晚报\2009年3月16日\扫描0001.tif", "识别时间：2009-3-21 22:14:05",
            "-" * 40, "", "云州晚报", "2009年3月16日 星期一"]
    assert rules.ocr_header_off(page) == [""] * 5 + ["云州晚报", "2009年3月16日 星期一"]
    assert rules.ocr_header_off(["云州晚报", "识别时间：2009-3-21"]) is None


def test_a_writer_in_brackets_with_an_office_and_a_call_for_contributions_set_wide():
    """A fresh campus page: （后勤处　吴　芳） signs a brief as （校团委　孙　雷） does; 征　稿 over the page's
    call for contributions is an item of its own, not the text of the brief above it."""
    assert rules.parse_byline("（后勤处　吴　芳）").authors == ("吴芳",)
    assert rules.is_notice_label("征　稿") and rules.is_notice_label("本版征稿") and not rules.is_notice_label("征稿踊跃")


def test_a_wire_storys_title_given_after_its_dateline_is_set_over_it():
    sent = "    环亚社北京11月15日电  题：入世谈判成果来之不易\n    历时十三年的谈判，今天终于跨过了最为艰难的一道门槛。\n"
    assert rules.titles_out_of_datelines(sent) == ("    入世谈判成果来之不易\n\n    环亚社北京11月15日电\n"
                                                   "    历时十三年的谈判，今天终于跨过了最为艰难的一道门槛。\n")
    said = "    他说：这道题：怎么解？\n"  # (题 in a sentence, no dateline before it)
    assert rules.titles_out_of_datelines(said) == said
    headed = "（两会·新华视点）从政府工作报告看民生“温度”\n\n　　新华社北京3月5日电　题：从政府工作报告看民生“温度”\n"
    assert rules.titles_out_of_datelines(headed) == "（两会·新华视点）从政府工作报告看民生“温度”\n\n　　新华社北京3月5日电\n"


def test_an_epaper_pages_label_numbers_the_page_with_its_name_after_a_colon():
    assert rules.printed_page(("A14版：公告",)) == ("A14", "公告") and rules.is_page_head("14版：要闻")


def test_a_jump_to_or_from_a_page_numbered_as_hong_kong_numbers_its_pages():
    assert rules.is_jump_line("（上接第一頁）") and rules.is_jump_line("（下轉第六頁）") and rules.is_jump_line("上接第3版")
    assert not rules.is_jump_line("上接第一頁的故事")


def test_a_digests_brief_under_the_day_it_tells_of():
    assert rules.title_after_its_day("【8月2日】天问一号完成首次轨道中途修正") == "天问一号完成首次轨道中途修正"
    assert rules.title_after_its_day("[7.30] 我市首个5G智慧病房投用") == "我市首个5G智慧病房投用"
    assert rules.title_after_its_day("【第3版】汉江边的“守桥人”") is None and rules.title_after_its_day("【8月2日】") is None


def test_a_briefs_lead_in_closed_by_a_colon():
    assert rules.lead_in_title("农行涉农贷款突破300亿元：记者从农行江西省分行获悉，截至8月末，该行涉农贷款余额达到302.6亿元。") == (
        "农行涉农贷款突破300亿元", "记者从农行江西省分行获悉，截至8月末，该行涉农贷款余额达到302.6亿元。")
    assert rules.lead_in_title("市自来水公司通知：因检修水管，长寿路一带今晚十时至明晨六时停止供水。") is None
    assert rules.lead_in_title("市发改委有关负责人表示：下一步将继续加大项目建设力度，确保全年目标完成。") is None
    assert rules.lead_in_title("记者：这次改革的重点是什么？请您具体谈一谈，好吗？") is None


def test_a_feeds_title_with_its_page_and_its_name_or_its_column_before_a_bar():
    assert rules.title_and_page("【第A02版：要闻】我市15日起正式供暖") == ("我市15日起正式供暖", "A02")
    assert rules.labelled_title("商评｜“618”别让消费者困在满减算术题里") == ("商评", "“618”别让消费者困在满减算术题里")
    assert rules.labelled_title("【推广】岚江农商银行“双十一”信用卡分期享好礼")[0] == "推广" and rules.is_advert_label("推广")
    assert rules.labelled_title("东西南北｜中") is None, "a bar between words of a title: too short a title after it"


def test_a_name_of_two_head_lines_joined_makes_them_one_title():
    """稳住外贸基本盘 / 跑出复工加速度 under a page titled 稳住外贸基本盘 跑出复工加速度: one title, not a kicker and a title."""
    assert rules.heads_titled_by("稳住外贸基本盘", "跑出复工加速度", "广东外贸企业复工率超九成", "稳住外贸基本盘 跑出复工加速度") == (
        "", "稳住外贸基本盘 跑出复工加速度", "广东外贸企业复工率超九成")
    assert rules.heads_titled_by("聚焦全国两会", "跑出复工加速度", "", "跑出复工加速度") is None


def test_a_day_alone_titles_a_journal_s_page_and_an_e_paper_s_name_is_a_site_s():
    assert rules.is_a_day_alone("2024-05-13 星期一") and rules.is_a_day_alone("2024年5月13日（周一）")
    assert not rules.is_a_day_alone("2024年5月13日 全市普降暴雨")
    assert rules.is_site_name("江州日报数字报") and not rules.is_site_name("江州日报数字报上线")
    assert rules.is_dashed_deck("——澄河县“四好农村路”建设见闻") and not rules.is_dashed_deck("——他说。")


def test_a_screenshot_s_status_bar_read_a_line_per_icon_and_its_title_over_the_account_that_put_it_up():
    shot = ["08:30", "回⊙·", "令.l", "85%", "く", "…", "6月1日起杭州地铁多条线路", "延长运营时间", "钱江晚报",
            "昨天18:20·钱江晚报官方账号", "关注", "记者昨天从杭州地铁集团获悉，自6月1日起，", "杭州地铁1号线、2号线等多条线路"]
    read = [line for line in rules.screenshot_text(shot) if line.strip()]
    assert read[:2] == ["6月1日起杭州地铁多条线路延长运营时间", "钱江晚报"]
    iphone = ["10:12", "5G", "78", "く", "澎湃新闻", "…", "对话竹编非遗传承人沈阿毛：竹编不能", "只躺在博物馆里", "澎湃新闻记者 钱宇",
              "在浙江嵊州，竹编有着上千年的历史。"]
    assert [line for line in rules.screenshot_text(iphone) if line.strip()][:2] == [
        "对话竹编非遗传承人沈阿毛：竹编不能只躺在博物馆里", "澎湃新闻记者 钱宇"]
    assert rules.screenshot_text(["10:12", "会议在京召开", "新华社北京3月5日电"]) is None  # (a time alone over a text: no bar)


def test_a_database_s_slashed_head_over_a_page_of_print_is_its_running_head():
    assert rules.printed_date("金融时报/2018年/5月/16日/第006版") == (2018, 5, 16)
    assert rules.is_running_head("金融时报/2018年/5月/16日/第006版")
    assert not rules.is_running_head("金融时报/评论")


def test_who_typed_and_read_a_page_and_a_proofreader_s_note_are_the_transcriber_s_not_the_page_s():
    assert rules.is_furniture("（本版录入：胡德安　校对：周汉生）")
    assert rules.is_furniture("【校：原报照片说明“八十斤”之“八”字模糊，据上下文录入】")
    assert not rules.is_furniture("（本报记者　胡德安）") and not rules.is_furniture("【编者按】枣阳县的经验很好。")


def test_an_e_paper_s_controls_bars_calendar_and_page_index_copied_with_its_page_are_furniture():
    """What Select All copies from an e-paper's page round its articles, in either script."""
    for line in ("澳門日報電子版", "放大　縮小　默認", "<< 上一版\t下一版 >>\t返回頂部", "今日報紙\t往期報紙\t版面目錄\tPDF閱讀\t設為首頁\t加入收藏",
                 "<<\t2010年5月\t>>", "日\t一\t二\t三\t四\t五\t六", "A01：澳聞\tA02：澳聞\tA03：澳聞\tA04：澳聞",
                 # (and a masthead's lines beside the paper's name: whose organ it is, its registration and issue)
                 "中共汶溪县委机关报", "内部报刊准印证第0147号      第324期      本期四版", "国内统一刊号CN 33-0001  邮发代号31-1"):
        assert rules.is_furniture(line), line
    assert not rules.is_furniture("上一篇文章说到的老街") and not rules.is_furniture("A3：经济")


def test_an_ai_assistant_s_words_around_a_page_it_transcribed_are_none_of_the_page():
    page = ("以下是图片中的文字内容：\n\n绵阳日报\n**全市春季农业生产现场推进会召开**\n本报讯　3月14日，全市春季农业生产现场推进会召开。\n\n"
            "如需进一步整理，请告诉我。\n")
    assert rules.transcribed_page(page).split() == ["绵阳日报", "全市春季农业生产现场推进会召开", "本报讯", "3月14日，全市春季农业生产现场推进会召开。"]
    kept = "编辑部：\n**不是助手的话**\n如需订阅，请拨打热线。\n"  # (no assistant's opening line: the page as it is)
    assert rules.transcribed_page(kept) == kept
    assert rules.transcribed_page("好的，以下是这张报纸版面的纯文本转录：\n赣南日报\n如需我将内容整理成文档，请告诉我！") == "赣南日报"


def test_a_team_the_paper_sends_to_an_event_signs_with_its_members():
    assert rules.parse_byline("本报两会报道组 唐雯").authors == ("唐雯",)
    assert rules.parse_byline("本报全国两会报道组　李明远　王芳").authors == ("李明远", "王芳")
    assert rules.parse_byline("余杭县革委会报道组").authors == ()  # (a county's group, no person named)


def test_a_masthead_s_delivery_and_its_postal_number_are_furniture():
    assert rules.is_furniture("上海市邮局发行") and rules.is_furniture("代号3—1") and rules.is_furniture("代号1-16")
    assert not rules.is_furniture("我们的邮局发行了新邮票") and not rules.is_furniture("代号3")


def test_a_head_line_that_says_who_did_what_and_one_that_goes_on_from_the_line_above():
    assert rules.names_who_does_what("我國選手載譽歸來") and rules.names_who_does_what("蜆港外圍殲敵五百餘")
    assert rules.names_who_does_what("广州队客场一球小胜")  # (小胜: a verb the dictionary lacks, closing the line)
    assert not rules.names_who_does_what("洞庭湖湿地生态") and not rules.names_who_does_what("中华文化知识竞赛")
    assert not rules.names_who_does_what("在河北投产")
    assert rules.word_across("红旗机床厂实行经济承包", "责任制一年见成效") and rules.word_across("洪氏宗親總會第四十", "屆理監事就職典禮")
    assert not rules.word_across("越南南方軍民連續出擊", "蜆港外圍殲敵五百餘")


def test_a_head_line_naming_what_someone_speaks_on_waits_for_what_they_do():
    assert rules.names_its_topic_without_its_verb("水利部有关负责人就春季")
    assert rules.names_its_topic_without_its_verb("外交部发言人就日本核污染水")
    assert not rules.names_its_topic_without_its_verb("群众对服务很满意") and not rules.names_its_topic_without_its_verb("市委书记就此")
    assert not rules.names_its_topic_without_its_verb("关爱新就业形态劳动者")  # (就 inside a word)
    assert not rules.names_its_topic_without_its_verb("立法局議員對政改方案意見分歧")


def test_two_head_lines_opening_on_one_word_are_a_couplet():
    assert rules.opens_alike("为考生撑起安心伞", "为社会上好公共课") and rules.couplet_over_two_lines("为考生撑起安心伞", "为社会上好公共课")
    assert rules.balanced_clauses("为考生撑起安心伞", "为社会上好公共课")
    assert not rules.leaves_a_short_rest("为考生撑起安心伞", "为社会上好公共课")
    assert not rules.opens_alike("本市又有五家企业", "获准公开发行股票")


def test_a_crawler_s_list_of_ids_and_a_verb_over_its_object():
    assert rules.is_list_of_ids("# 要抓详情的id，有图的或者长文\n20571\n20570\n20566\n")
    assert rules.is_list_of_ids("20555\tReadTimeout\n20549\tChunkedEncodingError\n20544\tcode=500 访问过于频繁\n")
    assert not rules.is_list_of_ids("2023年6月12日\n县委常委会召开会议\n20571\n")
    assert rules.object_under_its_verb("县政府与省农科院签订", "科技合作框架协议")
    assert not rules.object_under_its_verb("迎三八　颂巾帼", "我市表彰十佳女职工")
