"""The rules that read a line of an OCR'd newspaper page, one named function each.

Each rule rests on how Chinese newspaper pages are printed, not on one paper's words;
tests/test_rules.py shows every rule on the seed lines it exists for.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..hanzi import simplified
from ..segment import part_of_speech, parts_of_speech, words
from .punctuation import HAN

# 周健, 欧阳春燕; 热合曼·阿不力孜, 阿不都热依木·买买提: a name written as its sounds, its parts parted by a dot
NAME = rf"(?:[{HAN}]{{1,8}}(?:·[{HAN}]{{1,8}}){{1,3}}|[{HAN}][{HAN}·]{{1,4}})"
_NAME = re.compile(rf"^{NAME}$")
# Roles in a byline, longest first so 全媒体记者 is not read as 记者.
AUTHOR_ROLES = ("全媒体记者", "融媒体记者", "本报记者", "见习记者", "特约记者", "实习记者", "小记者", "学生记者", "记者团",
                "报道组", "采访组",  # (本报两会报道组 唐雯: the team a paper sends to an event, its members named)
                "首席记者", "特派员", "记者", "实习生", "文图", "文", "撰稿", "撰文", "采写", "编译", "特约评论员", "评论员",
                "读者", "作词", "作曲",
                # a soldier signs an army paper's essay with his rank (上等兵　王博文)
                "列兵", "上等兵", "下士", "中士", "上士", "四级军士长", "少尉", "中尉", "上尉", "少校", "中校", "上校")
CORRESPONDENT_ROLES = ("特约通讯员", "通讯员")
# Who took the photos signs beside the writers, and wrote none of it: a photographer is an
# author only where nobody else signs (a photo item).
PHOTO_ROLES = ("摄影记者", "摄影")
ROLES = tuple(sorted(AUTHOR_ROLES + CORRESPONDENT_ROLES + PHOTO_ROLES, key=len, reverse=True))
_ROLE_ALT = "|".join(re.escape(r) for r in ROLES)
# A paper's name as it prefixes a role or a lead: 株洲日报, 南方都市报, 新华社, 中新社, 本报.
PAPER = (rf"[{HAN}]{{1,8}}?(?:日报|晚报|早报|商报|时报|都市报|青年报|报)(?:网|\+|[·/-][{HAN}]{{2,8}}?(?:网|新闻|客户端))?"
         rf"|新华社|中新社|中央社|中通社|中评社|[{HAN}]{{2,6}}?通讯社|本报")
# 本报驻柏林记者, 紫牛新闻记者: a correspondent posted abroad names the place, a desk its name
# (证券时报·e公司记者, its brand in letters too);
# 新甘肃·甘肃日报通讯员: a paper's app or brand may come first.
_ROLE_TOKEN = re.compile(
    rf"^(?:[{HAN}]{{1,6}}·)?(?:(?P<paper>{PAPER})|[{HAN}\dA-Za-z]{{2,10}}?)?(?:驻[{HAN}]{{1,8}}?)?(?P<role>{_ROLE_ALT})(?P<name>{NAME})?$")
# The same with the name, tried where the above reads a name's last character as 文 (text by).
_ROLE_NAMED_TOKEN = re.compile(
    rf"^(?:[{HAN}]{{1,6}}·)?(?:(?P<paper>{PAPER})|[{HAN}\dA-Za-z]{{2,10}}?)?(?:驻[{HAN}]{{1,8}}?)?(?P<role>{_ROLE_ALT})(?P<name>{NAME})$")

CLOSING = "。！？…；：）」』"
# Marks set before a byline or a brief: ■本报记者 沈悦, □ 本报通讯员 杨柳, • 郑志强 (as Singapore's and
# Malaysia's papers sign an opinion piece).
BULLETS = "■□●○◆◇◎•▪▌▍▐"  # (▌老街新事: a bar a column's label stands after, as a mark)
QUOTE_CLOSE = "”’」』"


@dataclass(frozen=True)
class Byline:
    authors: tuple[str, ...] = ()
    correspondents: tuple[str, ...] = ()
    paper: str | None = None

    def __bool__(self) -> bool:
        return bool(self.authors or self.correspondents)

    def __add__(self, other: "Byline") -> "Byline":
        return Byline(self.authors + tuple(a for a in other.authors if a not in self.authors),
                      self.correspondents + tuple(c for c in other.correspondents
                                                  if c not in self.correspondents),
                      self.paper or other.paper)


@dataclass(frozen=True)
class Lead:
    """The opening of a news item: 本报讯(记者 魏涛), 新华社北京3月5日电(记者 陈七)."""

    dateline: str
    paper: str | None
    byline: Byline
    rest: str


def paper_name(prefix: str | None) -> str | None:
    """The paper a prefix names; 本报 (this paper) and bare 晚报/日报 name none."""
    if not prefix or simplified(prefix).startswith("本报") or prefix in ("日报", "晚报", "早报", "报"):
        return None
    return prefix.rstrip("+")  # 现代快报+: the paper's app, by the paper's name


# A letter signed with its writer's province and city, without 省 or 市: 山东济南　陈　曦.
_PROVINCES = ("北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|"
              "海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门")

# Where an outside writer works, or what they do, set before their name.
# 呼吸与危重症医学科 (a hospital's department), 外国语学院2022级 (a student's faculty and year),
# 澧县城头公社社员 (a reader's letter, signed with where the reader lives and works)
_AFFILIATION = re.compile(rf"[{HAN}]{{0,8}}(?:机务|车辆|工务|电务|供电|车务|客运|货运|工电)段"  # 车辆段　刘小军: a railway's depot
                          rf"|[{HAN}]{{2,24}}?(?:站|院|局|处|所|馆|厂|矿|场|部|委|办|办公室|车间|中心|医院|大学|学院|学校|中学|小学|协会|学会|研究会|公司|委员会|"
                          rf"支队|大队|总队|[一二三四五六七八九十\d](?:连|营|排)|哨所|"  # 某部一连: a company of the army
                          rf"合作社|农业社|供销社|信用社|生产队|"  # 河口区新华农业社　赵长庚: a co-operative's member writes in
                          rf"医师|医生|教授|研究员|专家|主任|律师|法官|检察官|工程师|教师|分析师|经济学家|学者|年级|班|"
                          rf"书记|厂长|队长|社长|场长|校长|经理|科长|处长|局长|部长|厅长|院长|所长|站长|讲师|干事|"
                          rf"医学科|[内外儿]科|科室|科|教研室|系|委员|代表|社员|职工|村民|居民|农民|工人|战士|"  # 宣传科, 营养科: an office
                          rf"[一二三四五六七八九十\d]中|"  # 龙溪一中: a school by its number
                          # a job: 技术员, 营业员, 护士, 司机, 会计
                          rf"技术员|营业员|售货员|驾驶员|业务员|公务员|科员|护士|司机|干部|会计|工作者|"
                          # a trade learnt: 营养师, 心理咨询师; a class's year (中文系96级, 中文系九六级学生)
                          # (2O17级: the OCR's letter O for a nought, in a year of study)
                          rf"师)(?:(?:\d{{2,4}}|\d[\dO]{{1,3}}|[〇○零一二三四五六七八九]{{2,4}})级(?:学生|研究生|本科生)?)?"
                          # 清溪中学高二（3）班, 琅琊路小学四（2）班
                          rf"|[{HAN}]{{2,16}}(?:[初高][一二三]?|[一二三四五六](?:年级)?)[（(]\d{{1,2}}[）)]班"
                          # 赣州市第三中学初一, 博才小学三年级2班: a pupil's school, grade and class
                          rf"|[{HAN}]{{2,16}}(?:中学|小学|学校)(?:[初高][一二三]|[一二三四五六]年级)(?:[一二三四五六七八九十\d]{{1,2}}班)?"
                          # 战士　马占元, 知识青年　方晓红: what the writer is, alone before the name
                          rf"|战士|社员|职工|工人|农民|知识青年|下乡知青|知青|红卫兵|民兵|赤脚医生|老贫农|贫下中农"
                          # 一位初二学生家长　陈女士, 小区业主　王先生: who a reader writing in is
                          rf"|[{HAN}]{{0,10}}(?:家长|业主|车主|患者|消费者)")


# Who the writer is, alone in brackets after the name: 王晨光（媒体人）, 李静（作家）.
_IDENTITY = re.compile(r"(?:资深|青年|知名)?(?:媒体人|作家|诗人|学者|撰稿人|评论人|出版人|策展人|律师|教师|医生|记者)")


def describes_a_writer(where: str) -> bool:
    """What the brackets after a writer's name say: where they work or study, or who they are;
    or where they live and what they do (台北市／家庭主婦), as a readers' forum signs its letters."""
    where = simplified(where)  # 台大醫院醫師 as 台大医院医师
    if len(parts := re.split(r"[／/、]", where)) == 2 and _PLACE.fullmatch(parts[0]):
        return bool(re.fullmatch(rf"[{HAN}]{{2,6}}", parts[1]))
    return bool(_AFFILIATION.fullmatch(where) or _IDENTITY.fullmatch(where))


# Compiled once: bylines are parsed token by token, on every line of every page.
_ONE_HAN = re.compile(rf"[{HAN}]")
_ROLE_AND_SURNAME = re.compile(rf"(?:{PAPER})?(?:{_ROLE_ALT})?[{HAN}]")
_NAME_SHAPE = re.compile(rf"[{HAN}]{{2,4}}")
# (安塞县真武洞: a county, then the village in it)
_PLACE = re.compile(rf"[{HAN}]{{2,12}}?(?:[省市区县州镇乡村旗路街巷]|公社|大队|街道|社区|宿舍|小区|新村|大院|家属院)|(?:{_PROVINCES})[{HAN}]{{2,4}}|[{HAN}]{{2,4}}县[{HAN}]{{2,5}}")
# What a reader who writes in says they are, between the place and the name.
_WHO_WRITES_IN = ("读者", "村民", "居民", "市民", "农民", "网友", "社员")
_MEDIA = re.compile(rf"(?:{PAPER})(?:·[{HAN}]{{2,6}})?")
# A writer's post, set between where they work and their name: 律师, 主任医师, 副教授.
_PROFESSION = re.compile(r"(?:主任|副主任|主治|副)?(?:医师|医生|教授|研究员|工程师|律师|法官|检察官|教师|分析师)")


def names_institutions(text: str) -> bool:
    """临江市公安局交通警察支队　临江市交通运输局: the bodies that sign a notice, no writer among them."""
    parts = simplified(text).split()
    return bool(parts) and all(_AFFILIATION.fullmatch(part) and not is_person_name(part) for part in parts)


def _post(token: str) -> bool:
    """Where a writer works or what they are (市人民医院, 共享联盟·义乌站, 律师), named beside them."""
    text = simplified(token).replace("·", "")
    return bool(_AFFILIATION.fullmatch(text) or _PROFESSION.fullmatch(text))


# 记者　吴　迪　深圳报道, 記者林佳慧／台北報導, 本报记者　何嘉俊　发自成都: where it was filed
# from; 整理: who put it together
_FILED_ENDINGS = ("报道", "报导", "報導", "報道", "整理")
# A reporter's name run into the place filed from, then 报道 or 专访, or the day it was wired (二日电), after the role.
_NAME_AT_PLACE = re.compile(rf"^.*?记者(?P<at>[{HAN}]{{4,8}}?)(?:报道|报导|专访|(?:[一二三四五六七八九十廿卅]{{1,3}}|\d{{1,2}})日电)$")
_FILED_FROM = re.compile(rf"[\s/／]+[{HAN}]{{2,8}}(?:报道|报导|報導|報道)$|\s+整理$|\s*(?:\s|[（(])(?:发|發)自[{HAN}]{{2,8}}[）)]?$"
                        # 特派记者沈思源北京报道: a province's or a capital's name, set close
                        rf"|(?<=[{HAN}]{{3}})(?:{_PROVINCES})(?:报道|报导|報導|報道)$")


def join_spaced_names(tokens: list[str]) -> list[str]:
    """Papers pad a two-character name to the width of three (王　雪), and some space every
    character of a name (周 明 远): the single characters are one name."""
    # 摄, 文, 图 alone credit who took or wrote it (新华社记者 何 畅 摄): no part of a name
    singles = [len(t) == 1 and bool(_ONE_HAN.fullmatch(t)) and t not in "摄攝文图圖" for t in tokens]
    for k in range(1, len(tokens) - 1):  # 邱 文 华: a 文 inside a name spelled out, after its surname
        if tokens[k] in "文图圖" and singles[k - 1] and singles[k + 1] and simplified(tokens[k - 1]) in SURNAMES \
                and (k + 2 == len(tokens) or not singles[k + 2]):
            singles[k] = True
    spelled: list[str] = []
    k = 0
    while k < len(tokens):
        run = next((n for n in range(k, len(tokens)) if not singles[n]), len(tokens)) - k
        padded = k and tokens[k - 1] not in ROLES and _ROLE_AND_SURNAME.fullmatch(tokens[k - 1])
        if run == 3 and not padded and tokens[k] not in ROLES:  # three characters one by one: a name spelled out
            spelled.append("".join(tokens[k:k + 3]))
            k += 3
        else:
            spelled.append(tokens[k])
            k += 1
    out: list[str] = []
    for token in spelled:
        if (out and len(token) == 1 and simplified(out[-1]) not in ROLES and _ONE_HAN.fullmatch(token)
                and _ROLE_AND_SURNAME.fullmatch(simplified(out[-1]))):  # 记者宋　晨, 本报通讯员李　冬, 記者林　靜 too
            out[-1] += token
        elif (out and (len(out[-1]) == 1 and simplified(out[-1]) in SURNAMES and re.fullmatch(rf"[{HAN}]{{2}}", token)
                       or simplified(out[-1]) in _COMPOUND_SURNAMES and re.fullmatch(rf"[{HAN}]{{1,2}}", token))
              and token not in ROLES and out[-1] not in ROLES and len(out) > 1 and simplified(out[-2]).endswith(ROLES)):
            out[-1] += token  # 记者 李 贝贝, 記者 梁 嘉欣, 本报记者 欧阳 晓光: a space the OCR read after the surname
        elif (out and re.fullmatch(rf"[{HAN}]{{2}}", token) and token not in ROLES
              and (role := simplified(out[-1]))[-1:] in SURNAMES and role[:-1].endswith(ROLES)):
            out[-1] += token  # 記者麥 詠詩: the surname run into the role, the space after it
        else:
            out.append(token)
    return out


# The commonest surnames, about nine in ten people: a line of names alone is told from a
# short head by them.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武"
    "戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮"
    "柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古"
    "吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫"
    "寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝赖洪萧冼练阎储揭")
_COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "慕容", "尉迟", "公孙")


def is_person_name(text: str) -> bool:
    """Two to four Han characters that start with a common surname: 李天宇, 欧阳文."""
    if not _NAME_SHAPE.fullmatch(text):
        return False
    text = simplified(text)  # 吳美玲 as 吴美玲
    return text.startswith(_COMPOUND_SURNAMES) or (text[0] in SURNAMES and len(text) <= 3)


def is_bulleted(text: str) -> bool:
    """A line set after a bullet (■王　骞, □沈一舟): papers mark a writer's name so."""
    return text[:1] in BULLETS


# Where the writer works or studies, in brackets after the name: （北京师范大学文学院学生）, （作者为南京大学教授）
_WHERE_AFTER_NAME = re.compile(rf"[（(](?:作者(?:系|为|是))?(?P<where>[{HAN}·／/]{{2,30}}?(?:\d{{2,4}}级)?)(?:学生|研究生|学员)?[）)]$")


# 楊書維／政大教育系副教授（台北市）: a forum's writer, what they are after a slash and the city in
# brackets, as Taiwan's papers sign the letters of their 民意論壇.
_NAME_SLASH_POST = re.compile(rf"(?P<name>[{HAN}]{{2,4}})\s*[/／]\s*(?P<post>[{HAN}·]{{2,20}}?)(?:[（(][{HAN}]{{2,6}}[）)])?")

# Where someone stands in a photo (张三（右）, （左一）, （前排左三）), bracketed after a name as a home town is.
_IN_THE_PICTURE = re.compile(r"(?:前排|后排|中排|前|后)?(?:[左右中](?:[一二三四五六七八九十\d]|起)*|居中|中间)(?:[一二三四五六七八九十\d]|起)*")


def _is_home_town(where: str) -> bool:
    """Two to six characters in brackets after a reader's name, as a letters page signs its letters with
    the writer's town (陈国伟（雪兰莪巴生）, 林　芳（山东济南））, not a place in a photo or a part of a serial."""
    return bool(re.fullmatch(rf"[{HAN}]{{2,6}}", where)) and not _IN_THE_PICTURE.fullmatch(where) \
        and not re.fullmatch(r"[上中下续完]|连载|续完|之?[一二三四五六七八九十]+|化名|节选|摘编|选载|译", where)


# A writer of one of China's minorities is named with their people: □ 巴特尔（蒙古族）. Such
# names keep no Han surname, and the people in brackets says they are a name all the same.
_NAME_AND_PEOPLE = re.compile(rf"^[{BULLETS}]?\s*(?P<name>[{HAN}·]{{2,8}})\s*[（(][{HAN}]{{1,4}}族[）)]$")


def name_line(text: str) -> Byline | None:
    """A line of the author's names alone, as under an essay's or commentary's title: 林　晓,
    李天宇　王　雪, 李一帆（北京师范大学文学院学生）, 格桑卓玛（藏族）."""
    if is_genre_label(text) or is_box_name(text) or is_notice_label(text) \
            or names_a_column_of_briefs(text.strip().lstrip(BULLETS)):
        return None  # 短　评, 读 者 来 信, 编者按, 更　正, ■简讯: what kind of piece or box follows, spaced as a name may be
    if people := _NAME_AND_PEOPLE.match(text.strip()):
        return Byline(authors=(people["name"],))
    if framed := re.fullmatch(r"([·•◇◆○●])([^·•◇◆○●]{2,8})\1", text.strip()):
        return name_line(framed[2])  # ·叶　青·: a poet's name between dots, as a page of verse signs
    # 快板　王小鳳, 诗　林帆: the kind of piece before its writer's name, as a page of verse and ballads signs
    if kind := re.fullmatch(r"(?:快板|诗|詩|散文|小说|小說|杂文|雜文|相声|相聲|歌词|歌詞|顺口溜|順口溜|民歌|随笔|隨筆|速写|速寫|小品|寓言)"
                            r"[\s\u3000]+(?P<name>\S.{1,8})", text.strip()):
        return name_line(kind["name"])
    if (posted := _NAME_SLASH_POST.fullmatch(text.strip())) and describes_a_writer(posted["post"]):
        return name_line(posted["name"])
    where = _WHERE_AFTER_NAME.search(text)
    if where and (describes_a_writer(where["where"]) or _is_home_town(where["where"])):
        text = text[:where.start()]
    names = join_spaced_names(text.lstrip(BULLETS).split())
    if 1 <= len(names) <= 3 and all(map(is_person_name, names)):
        return Byline(authors=tuple(names))
    if len(names) == 2 and (len(names[0]) == 1 or simplified(names[0]) in _COMPOUND_SURNAMES) \
            and len(names[1]) <= 2 and is_person_name(names[0] + names[1]):
        return Byline(authors=(names[0] + names[1],))  # 王 小平: the surname set apart
    if re.fullmatch(rf"[{HAN}]\u3000[{HAN}]", text.strip()):
        return Byline(authors=(text.strip().replace("\u3000", ""),))  # 海　莹: two characters padded to three, a name
    if text[:1] in BULLETS and len(names) == 1 and re.fullmatch(rf"[{HAN}]{{1,6}}(?:·[{HAN}]{{1,6}}){{1,3}}", names[0]):
        return Byline(authors=tuple(names))  # ■ 马库斯·霍夫曼: a foreign writer's name, marked as a byline is
    if text[:1] in BULLETS and re.fullmatch(rf"[{HAN}][ \u3000]+[{HAN}]", text[1:].strip()) \
            and not names_a_kind_of_news(names[0]) and not is_advert_label(names[0]):
        return Byline(authors=tuple(names))  # ◇紫　薇: a pen name padded to a name's width, marked as a byline is (◆春雨 a title)
    return None


# Who answers a reader's question signs the answer (解答律师：郭立新（北京恒信律师事务所））;
# whom a reporter asked is credited apart (受访专家：…主任医师　李晓梅), and is no author of it.
_ANSWERED_BY = re.compile(rf"^(?:解答|答疑|回复|点评)(?:律师|专家|医生|嘉宾)?[:：]\s*(?P<name>{NAME}(?:\s{{1,2}}[{HAN}]{{1,2}})?)"
                          r"\s*(?:[（(][^（()）]{2,30}[）)])?$")
_INTERVIEWED = re.compile(r"^(?:(?:受访|特邀|本期|审核|审稿|指导)(?:专家|嘉宾|医生|者)|指导(?:老师|教师))(?:[:：]|\s+)[^。，！？]{2,60}$")


def credit_line(text: str) -> Byline | None:
    """A Q&A's or an interview's credit: the answerer signs (解答律师：郭立新（…律师事务所） →
    郭立新), the experts interviewed are no authors (受访专家：…营养科主任医师　李晓梅)."""
    if m := _ANSWERED_BY.match(text):
        name = re.sub(r"\s+", "", m["name"])
        return Byline(authors=(name,)) if is_person_name(name) else None
    return Byline() if _INTERVIEWED.match(text) else None


_ARTIST = re.compile(rf"^(?P<name>{NAME})(?P<apart>\s*[/／]\s*|\s+)?(?:作|绘|画)$")
_MEDIUMS = "中国画|国画|油画|水彩画?|水墨画?|版画|书法|篆刻|素描|速写|漫画|剪纸|年画|农民画|雕塑|工笔画|写意画"
# 中国画　钱墨耘: the medium, then the artist, under the picture's title
_MEDIUM_ARTIST = re.compile(rf"^(?:{_MEDIUMS})(?:\s+|\s*[/／：:]\s*)({NAME})$")


def is_artist_credit(text: str) -> bool:
    """周明远　作, 刘志刚/作, 中国画　钱墨耘: who drew or painted the picture (a cartoon, a
    painting) over it."""
    return bool(_artist(text.strip()) or _MEDIUM_ARTIST.match(text.strip()))


def _artist(text: str) -> str | None:
    """The artist of a credit 周明远　作, 刘志刚/作, 周明远作; a head ending in a word of 作, 绘 or
    画 (加强防汛工作, 一幅画) names none: set close, the name must be a person's."""
    m = _ARTIST.match(text)
    # set close, a word of 作 closing the line (安全工作, 创作) is no credit
    return m["name"] if m and (m["apart"] or is_person_name(m["name"]) and simplified(text[-2:]) not in part_of_speech()) \
        else None


# A work of art printed on a page names its medium after its title, as 副刊 set them.
_ARTWORK = re.compile(rf"^(?P<title>[^（()）\s]{{1,16}}[（(](?:{_MEDIUMS})[）)])(?:\s+(?P<by>[{HAN}](?:[ \u3000]?[{HAN}·]){{1,4}}))?$")


def artwork(text: str) -> tuple[str, str] | None:
    """A picture's title and its artist, where the line names them (津门春晓（国画）　韩秋生 →
    津门春晓（国画）, 韩秋生; 秋山图（中国画） alone → no artist yet)."""
    m = _ARTWORK.match(text.strip())
    artist = re.sub(r"\s", "", m["by"] or "") if m else ""
    if not m or artist and not is_person_name(artist):
        return None
    return m["title"], artist


# A party committee's or a unit's group that reported or wrote a piece, as papers of the 1950s–70s
# credit them beside their reporters: 昌乐县委通讯组, 大寨大队报道组, 上海市委写作组; or the committee
# that tells its experience itself (四分场二队党支部, 红星公社党委).
_REPORTING_GROUP = re.compile(rf"[{HAN}]{{2,16}}(?:通讯组|报道组|写作组|评论组|调查组|批判组|理论组"
                              r"|党支部|党总支|党委|革委会|团支部|团委)"
                              rf"|[{HAN}]{{2}}组")  # 文：财经组, a desk of the paper's
# 通讯员 鹭交宣, 环宣, 卫健宣, 星市监: an office's publicity desk, signing by its abbreviation (交警宣传 →
# 交宣), as correspondents of local papers sign; 王建宣, a person's name so shaped, is a name.
_PRESS_OFFICE = re.compile(rf"[{HAN}]?(?:交|建|环|卫健|卫|公|检|法|税|消|气|水|电|教|农|林|商|工|妇|政|纪|轨|市监|城管|应急|统)宣"
                           rf"|[{HAN}]?市监")


def is_press_office(token: str) -> bool:
    """鹭交宣, 卫健宣, 星市监: an office's publicity desk signing as a correspondent, no person."""
    return bool(_PRESS_OFFICE.fullmatch(token)) and (not is_person_name(token) or bool(re.search(r"卫健|市监|城管|应急", token)))


# A sentence that ends before the line does: prose, never a credit.
_SENTENCE_WITHIN = re.compile(r"[。！？](?=.*[^\s）)】」』”])")


# Far above the longest byline seen (受访专家：中国中医科学院西苑医院营养科主任医师　李晓梅, 27).
LONGEST_BYLINE = 100


# The date (and its weekday and page) a newsroom system sets after the byline on its line.
_DATED_AFTER = re.compile(r"\s+(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-./]\d{1,2}[-./]\d{1,2})(?:\s*星期[一二三四五六日天])?"
                          r"(?:\s*第?[A-Z]?\d{1,3}版)?$")


_LATIN_NAME = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}"


def parse_byline(text: str) -> Byline | None:
    """A byline line: 株洲日报全媒体记者/何春林, 通讯员/刘爱明 肖力章, 记者 周健 通讯员 李研,
    ■本报记者　沈　悦; a role alone signs too (本报评论员), with no name."""
    if len(text) > LONGEST_BYLINE or _SENTENCE_WITHIN.search(text):
        return None  # a paragraph: every line of a page is asked, most of them are
    if len(text) <= 12 and is_genre_label(text):
        return None  # 读　者　来　信: what kind of piece follows (读者 a reader, 来信 no name)
    if signed := re.fullmatch(r"[（(]?署名[：:\s\u3000]*([^（）()：:]{2,16}?)[）)]?", text.strip()):
        return name_line(signed[1])  # （署名　陳靜之）: a transcriber's word of whose name the piece bore
    text = text.replace("︰", "：").replace("﹕", "：")  # 文︰何 志 明, 文﹕陳淑儀: the colons Hong Kong sets
    text = text.replace("∕", "／")  # (as parse_lead reads it)
    # 榕樹坪徙置區居民　梁桂芬謹上: a reader's letter signed off, its name before the courtesy
    text = re.sub(rf"(?<=[{HAN}])(?:謹上|谨上|敬上|拜上|上書|上书)$", "", text.strip())
    if (credited := credit_line(text)) is not None:
        return credited
    if re.search(r"[：:]\s*$", text):
        return None  # 各学院、各部门：, whom a notice addresses
    if _REPORTING_GROUP.fullmatch(simplified(text.strip())):
        return Byline()  # 余杭县革委会报道组 under the text: a county's reporting group signs it, no person
    if re.sub(r"[\s\u3000]", "", simplified(text)) == "本报编辑部":
        return Byline()  # the paper's editors signing its own word (新年献词); another paper's (瓊報編輯部) is whom a letter is to
    where = _WHERE_AFTER_NAME.search(text)  # 小记者 林一诺（北京市海淀区实验小学五年级）
    # 读者 孙建华（南京市鼓楼区）, 讀者 李錦華（黑沙環）: where a reader who writes in lives
    lives = where and simplified(text.strip()).startswith(_WHO_WRITES_IN)
    described = where and (describes_a_writer(where["where"]) or lives) and not text.startswith(("(", "（"))
    # 本报特派记者 邹 晖（葡萄牙里斯本）: where a reporter filed from, after the names
    filed = where and not described and re.search(r"记者|記者", text[:where.start()]) \
        and re.fullmatch(rf"[{HAN}]{{2,10}}", where["where"]) is not None
    if described or filed:
        text = text[:where.start()]
    text = text.strip().lstrip(BULLETS).strip().strip("()（）[]【】").strip()
    if described and not lives and (_AFFILIATION.fullmatch(where["where"]) or _IDENTITY.fullmatch(where["where"])) \
            and (named := name_line(text)) is not None:
        return named  # 周雨萱（雨花区枫树山小学五年级）: a name alone, whom its brackets say writes
    # 本报记者 陈思颖 Sylvie Chen: the writer's name in the paper's script, then as romanised, as
    # papers abroad print it; 记者 David Wang: the romanised name alone, one name of two words
    if (latin := re.fullmatch(rf"(?P<role>\S{{0,6}}?(?:记者|記者|通讯员|通訊員|特约记者|特約記者))[\s\u3000]+(?P<name>{_LATIN_NAME})", text)):
        return Byline(authors=(latin["name"],), paper=paper_name(latin["role"][:-2] or None))
    text = re.sub(rf"(?<=[{HAN}])[\s\u3000]+{_LATIN_NAME}$", "", text)
    if (reader := re.fullmatch(rf"(\S+)[\s\u3000]+({NAME})", text)) and simplified(reader[1]) in _WHO_WRITES_IN:
        text = f"读者 {reader[2]}"  # 市民　陈美玉, 农民　王老栓: what a reader who writes in is, apart from the name
    text = _DATED_AFTER.sub("", text)  # …通讯员 李振　2022年11月08日 星期二　B03版: the system's date and page after
    text = _STAFF_AFTER.sub("", text)  # …记者 周雯 林一鸣 统筹：郑海: who planned or edited it wrote none of it
    text = re.sub(r"(?<=\S)[\s\u3000]+(?:敬|谨|謹|拜)?上$", "", text)  # 讀者　陳志強　上: a letter's writer, who submits it
    text = re.sub(r"文\s*[/／]\s*[图摄片]", "文图", text)  # 文/图, 文/摄, 文/片: the writer took the pictures
    if artist := _artist(text):  # 刘志刚/作, 中国画　钱墨耘: who drew it
        text = f"摄影 {artist}"
    text = _MEDIUM_ARTIST.sub(r"摄影 \1", text)
    # 文/学生记者 苏小满 图/学生记者 高峰, 文/本报记者 罗晓；图/本报记者 程一, 文：何嘉雯　攝：陳志偉: who
    # took the pictures, whatever their role
    text = re.sub(r"(?:^|(?<=[\s;；,，、]))[图圖](?:片)?\s*[/／]\s*(?:\S{0,6}?[记記]者\s*)?"
                  r"|(?<=[\s;；,，、])[图圖攝摄]\s*[:：]\s*(?:\S{0,6}?[记記]者\s*)?", "摄影 ", text)
    # 观海新闻/青岛日报记者: the paper's news app before the paper, as its brand
    text = re.sub(rf"^([{HAN}]{{2,6}}(?:新闻|客户端))\s*[/／]\s*(?=[{HAN}]{{1,8}}?(?:日报|晚报|早报|报))", r"\1·", text)
    # 报道：林佩玲, 报导：林美琪, 报道／摄影：罗志明 (the reporter took the pictures too), as papers in Malaysia sign
    # 報導：陳文傑, as Penang's; 报道　林慧敏　　摄影　陈振华, as Singapore's
    text = re.sub(rf"^[报報][道导導]\s*(?:[/／]\s*[摄攝]影?\s*)?(?:[:：]|\s+(?={NAME}(?:\s|$)))", "文 ", text)
    # 杜一鸣/文 王涛/图: the role after the name; 本报记者 潘立 文 / 冯国栋 摄 and 邓小林 文　潘月英 图, the
    # writer's and the photographer's
    text = re.sub(rf"\s+文\s*[/／\s]\s*({NAME})\s*[摄图]$", r" 摄影 \1", text)
    if "/" in text or "／" in text:  # most lines have no slash: the patterns below need one
        text = re.sub(rf"({NAME})\s*[/／]\s*([文图摄])(?=\s|$)", lambda m: ("文 " if m[2] == "文" else "摄影 ") + m[1], text)
    text = re.sub(r"(?:^|(?<=\s))[词曲]\s*[/／：:]\s*", "文 ", text)  # a song's words and music: 词／柳　青　曲／王　伟
    # 黄俊杰　报道, 李明辉　陈可欣 报道, as Singapore's do; 王柏翔／台北報導, 張文俊／專訪: the name, then
    # where it was filed from or what it is, as Taiwan's do
    text = re.sub(rf"^({NAME}(?:[\s、]+[{HAN}]{{2,3}}){{0,2}})(?:\s+(?:报道|報道|报导|報導)"
                  rf"|\s*[/／]\s*(?:[{HAN}]{{2,8}}?(?:报道|報道|报导|報導)|专访|專訪))$",
                  lambda m: f"文 {m[1]}" if is_person_name(re.split(r"[\s、]", m[1])[0]) else m[0], text)
    if (filed := _NAME_AT_PLACE.match(simplified(text))) and (named := reporters_and_place(text[slice(*filed.span("at"))])):
        # 本報記者林振聲高雄專訪, 本报记者张楠深圳报道: the name run into where it was filed from
        text = f"{text[:filed.start('at')]} {' '.join(named[0])}"
    if text.endswith(_FILED_ENDINGS) or "发自" in text or "發自" in text:
        text = _FILED_FROM.sub("", text)
        text = re.sub(r"(?<=[^\s/／])\s+(?:报道|報道|报导|報導)$", "", text)  # 記者 梁嘉欣 報道: filed, from nowhere named
    # 本报记者　陈　磊　□　本报通讯员　赵　文, □本报记者…□本报通讯员…: a bullet parts the roles
    tokens = join_spaced_names([t.lstrip(BULLETS) for t in re.split(r"[\s/／、,，;；:：|｜]+", text) if t.lstrip(BULLETS)])
    if not tokens:
        return None
    authors: list[str] = []
    correspondents: list[str] = []
    photographers: list[str] = []
    paper = None
    role = None
    nameless = implied = False
    if len(tokens) > 1 and _PLACE.fullmatch(simplified(tokens[0])):
        # 武汉市江岸区 读者 张志强, 河南省新乡县 刘振山, 河北省沧州市 赵玉兰 周　光, 东丰县柳湾村
        # 村民 王树林: a letter signed with its writer's place, and what the writer is there
        rest = tokens[1:]
        rest = rest[1:] if len(rest) > 1 and simplified(rest[0]) in _WHO_WRITES_IN else rest
        tokens = ["读者", *rest] if all(map(is_person_name, rest)) else rest
    if len(tokens) > 1 and _AFFILIATION.fullmatch(simplified(tokens[0])) \
            and all(is_person_name(t) or _post(t) for t in tokens[1:]) \
            and any(map(is_person_name, tokens[1:])):  # 城镇职工、机关干部: a sentence's list, no writer
        tokens[0] = "文"  # 市人民医院内分泌科主任医师 沈建华: a writer named with where they work
    if len(tokens) > 1 and _MEDIA.fullmatch(simplified(tokens[0])):
        paper, tokens = paper_name(re.split(r"[·/-]", tokens[0])[0]), tokens[1:]
        role, implied = "记者", True  # names right after the media's name are its reporters' (法制日报　案件: a page's section)
    for token in tokens:
        plain = simplified(token)
        m = _ROLE_TOKEN.match(plain)
        if m and not m["name"] and len(m["role"]) == 1 and (named := _ROLE_NAMED_TOKEN.match(plain)) \
                and len(named["role"]) > 1 and is_person_name(named["name"]):
            m = named  # 记者张嘉文: 记者 and 张嘉文, never a desk 记者张嘉 and 文 (text by)
        if m and m["name"] and (len(m["role"]) == 1 or not (is_person_name(m["name"]) or "·" in m["name"])):
            m = None  # 文天甲 is a name, not 文 (text by) 天甲; 记者手记 is a box, not 记者 手记
        elif m and not m["name"] and len(m["role"]) == 1 and token != m["role"] and not m["paper"]:
            m = None  # 王博文 is a name, 主题征文 a head: no 文 (text by) of a desk 王博 or 主题征
        if m:
            # 摄影记者 reads as a desk (摄影) and 记者 too: the whole role is the photographer's
            role, implied = next((r for r in PHOTO_ROLES if simplified(token).startswith(r)), m["role"]), False
            nameless = nameless or not (m["paper"] or m["name"] or re.match(PAPER, token)) and m.start("role") > 1
            paper = paper or paper_name(token[slice(*m.span("paper"))] if m["paper"] else None)
            name = token[slice(*m.span("name"))] if m["name"] else None
        elif _NAME.match(token) and (role and not implied and not _post(token) or is_person_name(token)) \
                and not _REPORTING_GROUP.fullmatch(simplified(token)) and not is_press_office(simplified(token)):
            name = token  # names before any role (■王兵 本报特约记者 刘洋) sign as authors
        elif role and _post(token):
            role, name = "记者", None  # 共享联盟·义乌站 周　彤: a partner newsroom's reporter; 律师 李文斌: a writer's post
        elif role and (_REPORTING_GROUP.fullmatch(simplified(token)) or is_press_office(simplified(token))):
            name = None  # 本报记者　刘国栋　昌乐县委通讯组: a county's reporting group signs too, no person
        else:
            return None
        if name:
            (correspondents if role in CORRESPONDENT_ROLES else photographers if role in PHOTO_ROLES
             else authors).append(name)
    if role is None or nameless and not (authors or correspondents or photographers):
        # names alone are a byline only where they stand (rules.name_line); a role after words
        # no paper's name (致敬新闻记者, 他是一名记者) names no one: a head's last word
        return None
    return Byline(tuple(authors or ([] if correspondents else photographers)), tuple(correspondents), paper)


# Who planned, edited or laid out a piece, credited after its writers: none of them wrote it.
_STAFF_AFTER = re.compile(r"(?<=\S)\s+(?:总?策划|统筹|监制|责任编辑|编辑|责编|校对|美编|版式|设计)\s*[:：/／].*$")


# 9月13日, 十一月十九日 (older papers print datelines in Chinese numerals)
_DAY_OF_MONTH = r"(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日"
_DATELINE = re.compile(
    # 新华社北京11日电, 11曰电: the day in figures, its 日 as the OCR may misread it
    # 新华社布宜诺斯艾利斯八日电: a far city's long name, the day in numerals (本報記者張文彬高雄二日電: a
    # reporter and where he filed from, read below, no place)
    rf"^(?P<dateline>据?【?(?:(?P<paper>{PAPER})(?:[{HAN}A-Za-z]{{0,6}}?(?:{_DAY_OF_MONTH}|\d{{1,2}}[日曰])?"
    rf"|(?![{HAN}]{{0,2}}[记記]者)[{HAN}]{{2,7}}?[一二三四五六七八九十廿卅]{{1,3}}[日曰])"
    # 中新网北京5月3日电: a news site's dateline, dated
    rf"|(?P<site>[{HAN}]{{2,4}}网)[{HAN}]{{0,6}}?{_DAY_OF_MONTH})(?:讯|专电|电|消息)】?"
    rf"|(?P<paper2>[{HAN}]{{2,8}}?(?:日报|晚报|早报|报))(?=\s*[（(])"
    rf"|(?P<paper3>[{HAN}]{{2,6}}?)讯(?=[\s（(]))"
    rf"\s*(?:[（(](?P<byline>[^（()）]{{2,40}})[）)]"
    rf"|(?P<bare>(?:(?:{_ROLE_ALT})\s*(?:[{HAN}][ \u3000][{HAN}]|[{HAN}]{{2,4}})(?:\s+|$)){{1,4}})"
    rf"|(?P<reported>(?:{_ROLE_ALT})\s*[{HAN}]{{2,4}}(?:[、，]\s*(?:(?:{_ROLE_ALT})\s*)?[{HAN}]{{2,4}}){{0,3}})报道(?:[：:]|\s+))?\s*"
)


# 新华社北京11月15日电, 本报南京3月2日专电: an agency's or a paper's dateline, where and when filed.
_WIRED = re.compile(rf"(?:[{HAN}]{{1,8}}(?:社|报|報|台|网)[{HAN}]{{1,12}}?{_DAY_OF_MONTH}(?:专电|專電|电|電|讯|訊))")


def titles_out_of_datelines(text: str) -> str:
    """新华社北京11月15日电　题：入世谈判成果来之不易: a wire story sent with no head of its own, its
    title given after its dateline; the title set as a head over the dateline, as a page prints it."""
    if not re.search(r"[电電讯訊][ \t\u3000]*题[ \t\u3000]*[:：]", text):
        return text
    def apart(m: re.Match) -> str:
        lead = _WIRED.match(m["line"])
        titled = lead and re.fullmatch(r"\s*题\s*[:：]\s*(\S[^。！？]{1,48})", m["line"][lead.end():])
        if not titled:
            return m[0]
        dateline = f"{m['indent']}{m['line'][:lead.end()].strip()}"
        # (its title printed as a head over it already: the dateline's 题 no second head)
        return dateline if titled[1].strip() in text[:m.start()] else f"{m['indent']}{titled[1].strip()}\n\n{dateline}"
    return re.sub(r"(?m)^(?P<indent>[ \t\u3000]*)(?P<line>\S.*?)[ \t\u3000]*$", apart, text)


# An AI assistant's own words around the page it was asked to transcribe: 以下是图片中的文字内容：,
# 好的，以下是这张报纸版面的纯文本转录：; 如需进一步整理，请告诉我。, 如需查看完整内容，建议…再次上传。
_ASSISTANT_OPENS = re.compile(r"^\ufeff?[ \t]*(?:好的[，,！!]\s*)?以下(?:是|为).{0,30}(?:文字|文本|内容|转录|识别结果).{0,20}[：:]\s*$")
_ASSISTANT_OFFERS = re.compile(r"^[ \t]*(?:如(?:需|果需要|您需要)|需要我|如有需要).{0,80}(?:告诉我|告知|再次上传|随时|为您|帮您)")


def transcribed_page(text: str) -> str:
    """A page an AI chat assistant transcribed, without its words around it (以下是图片中的文字内容：
    over the page, 如需进一步整理，请告诉我。 under it) and the bold marks it left on heads (**…**)."""
    lines = text.split("\n")
    opened = next((k for k, line in enumerate(lines[:3]) if _ASSISTANT_OPENS.match(line)), None)
    if opened is None:
        return text
    ends = [k for k, line in enumerate(lines) if line.strip()]
    closing = [k for k in ends[-2:] if _ASSISTANT_OFFERS.match(lines[k])]
    kept = [line for k, line in enumerate(lines) if k != opened and k not in closing]
    return re.sub(r"(?m)^([ \t\u3000]*)\*\*(\S(?:.*\S)?)\*\*[ \t]*$", r"\1\2", "\n".join(kept))


def post_opened(text: str) -> str:
    """#读者来信# 【老旧小区加装电梯…】 / 【南岭新区再添百亿级产业项目】总投资105亿元…: a paper's post copied
    out, its title in brackets over its teaser, read as the title over the post's text."""
    if (parts := post_parts(text)) is None:
        return text
    title, rest = parts
    return rest if rest.lstrip().startswith(title) or title in rest[:200].split("\n")[:4] else f"{title}\n\n{rest}"


def post_parts(text: str, posted: bool = False) -> tuple[str, str] | None:
    """A post's title in brackets and its text: the teaser after the title dropped where the heads
    as printed follow it (the title among them), as a long post repeats them over the article;
    `posted`, the text a platform's record of a post, whose opening brackets title it whatever follows."""
    first = re.match(r"\A\ufeff?[ \t\u3000]*(?:#[^#\n]{1,20}#[ \t\u3000]*)*(?P<line>【[^\n]*)\n?", text)
    if first is None or (titled := post_title(first["line"])) is None:
        return None
    title, teaser = titled
    rest = text[first.end():]
    if title in [line.strip() for line in rest.split("\n") if line.strip()][:3]:
        return title, rest
    if not posted and not re.search(r"[。！？]", teaser):
        return None  # (【晚报快讯】 市区新增300辆公共自行车, 【乡镇传真】 alone: a rubric over heads, no post's teaser)
    teaser = re.sub(r"^(?:#[^#\s]{1,30}#[ \t\u3000]*)+|(?:[ \t\u3000]*#[^#\s]{1,30}#)+[ \t\u3000]*$", "", teaser)  # (its #topics#)
    return title, f"{teaser}\n{rest}"


# （吉隆坡18日讯）, （沙登18日電）: where and when, in brackets, as papers in Malaysia and
# Singapore open an item; （新山讯）, （本报讯）: where alone.
# （中央社南京十六曰電）: an agency's, the day in numerals, 日 as the OCR may misread it.
_PLACE_DATELINE = re.compile(rf"^(?P<dateline>[（(](?P<place>[{HAN}]{{2,10}}?)"
                             rf"(?:(?:{_DAY_OF_MONTH}|\d{{1,2}}[日曰]|[一二三四五六七八九十廿卅]{{1,3}}[日曰])(?:讯|专电|电)|(?<!资)讯)[）)])\s*")


# 本报记者张楠北京报道　生态环境部日前通报…: the reporter and where the report was filed from, then its text.
_FILED_LEAD = re.compile(r"^(?P<byline>[^\s，。：:]{0,12}记者[^，。：:]{2,16}?(?:报道|报导|報導|報道))(?:[：:]\s*|\s+)(?=\S)")


_BRACKETED_BYLINE = re.compile(r"^[【〔［（](?P<byline>[^【】〔〕［］（）]{2,60})[】〕］）]")


# A digest's item opens with whom it cites and when: 【德新社柏林9月3日电】, 【英国《金融时报》网站9月3日
# 报道】, 【美国《外交政策》杂志网站9月2日文章】.
# 【美国《新闻周刊》五月三十日一期文章】, 【共同社东京六月六日电】, 【香港《镜报》月刊六月号文章】: the paper,
# the agency or the magazine a digest cites, and its day, in figures or in words.
_CITED_DAY = r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:(?:\d{1,2}|[一二三四五六七八九十廿卅]{1,3})日|号|號)|(?:\d{1,2}|[一二三四五六七八九十廿卅]{1,3})日)"
_CITED_SOURCE = re.compile(rf"^(?P<source>【[^【】]{{2,40}}?{_CITED_DAY}[^【】]{{0,6}}?(?:电|電|报道|報道|文章|消息|讯|訊|报导|報導)】)")


# 新华社记者王明北京3月2日电, （中央社記者蔡明哲嘉義18日電）: the agency's reporters named in its
# dateline, run on into the place it was filed from (which a reporter posted abroad names before).
_REPORTERS_DATELINE = re.compile(
    rf"^(?P<dateline>[（(【]?(?P<paper>{PAPER}|[{HAN}]{{2,4}}社)(?P<posted>驻[{HAN}]{{1,8}}?)?记者(?P<named>[{HAN}、·]{{2,30}}?)"
    rf"(?:{_DAY_OF_MONTH}|\d{{1,2}}日)(?:电|讯)[）)】]?)\s*")


def reporters_and_place(text: str, posted: bool = False) -> tuple[tuple[str, ...], str] | None:
    """王明北京 → (王明,), 北京; 蔡明哲嘉義 → (蔡明哲,), 嘉義: of each split of the last name from
    the place, the one leaving a place the dictionary knows, else the three-character name; a
    reporter posted abroad (驻东京记者王明) names no place after."""
    *names, last = text.split("、")
    splits = [(last[:n], last[n:]) for n in (3, 2, 4) if len(last) - n >= 2 and is_person_name(last[:n])]
    known = [split for split in splits if simplified(split[1]) in part_of_speech()]
    name, place = (known or splits or [(last, "") if posted and is_person_name(last) else (None, "")])[0]
    if name is None or not all(map(is_person_name, names)):
        return None
    return (*names, name), place


def _reporters_lead(text: str) -> Lead | None:
    m = _REPORTERS_DATELINE.match(simplified(text))
    named = reporters_and_place(text[slice(*m.span("named"))], bool(m["posted"])) if m else None
    if named is None:
        return None
    return Lead(dateline=text[slice(*m.span("dateline"))], paper=paper_name(text[slice(*m.span("paper"))]),
                byline=Byline(named[0]), rest=text[m.end():].strip())


# An older paper's dateline, its source in brackets first: （本報北平十一日專電）, （中央社）北平十二日電,
# （路透社）倫敦十一日電; its own news of the town, （本報特訊）, （本市消息）.
_SOURCE_IN_BRACKETS = re.compile(
    rf"^[（(](?:本报[{HAN}]{{0,8}}?[一二三四五六七八九十\d]{{1,3}}日(?P<filed>专电|电|讯|特讯)[）)]"
    r"|(?P<own>本报(?:特讯|专讯|讯|消息)|本[市埠县城](?:消息|新闻|特讯|讯)|特讯|专讯)[）)]"
    rf"|(?P<agency>[{HAN}]{{1,4}}社)[）)][{HAN}]{{2,6}}?[一二三四五六七八九十\d]{{1,3}}日(?:专)?电)")


def parse_lead(text: str) -> Lead | None:
    """The dateline and byline that open a news item, and the text after them: 本报讯（记者 魏涛）,
    本报讯 记者张昊 通讯员王静, 【大公報訊】記者陳明輝報道："""
    text = text.replace("∕", "／")  # 【記者林志明∕台中報導】: a Big5 font's slash, the division sign's
    if names_a_column_of_briefs(text):
        return None  # 本报简讯 alone: the column's name, no dateline
    if "记者" in simplified(text) and (reported := _reporters_lead(text)):
        return reported
    m = _DATELINE.match(simplified(text))  # 【大公報訊】 reads as 【大公报讯】, and keeps its script
    if not m and (filed := _FILED_LEAD.match(text)) and (byline := parse_byline(filed["byline"])):
        return Lead(dateline="", paper=byline.paper, byline=byline, rest=text[filed.end():].strip())
    if not m and (cited := _CITED_SOURCE.match(text)):
        # 【本報記者張文彬高雄二日電】: a reporter's name run into the dateline signs it
        byline = parse_byline(cited["source"][1:-1]) if "记者" in simplified(cited["source"]) else None
        return Lead(dateline=cited["source"], paper=None, byline=byline or Byline(), rest=text[cited.end():].strip())
    if not m and (placed := _PLACE_DATELINE.match(simplified(text))):
        return Lead(dateline=text[:placed.end("dateline")], paper=None, byline=Byline(), rest=text[placed.end():].strip())
    if not m and (old := _SOURCE_IN_BRACKETS.match(simplified(text))) and (old["filed"] or old["agency"] or old["own"]):
        return Lead(dateline=text[:old.end()], paper=None, byline=Byline(), rest=text[old.end():].strip())
    if not m:
        # 【记者林佳慧／台北报导】, 〔记者林晓雯／台北报导〕, 【环球时报驻法国特约记者　赵　岩】, （记者　何晓静
        # 通讯员　孙立）: the byline in brackets, first
        first = _BRACKETED_BYLINE.match(text)
        byline = parse_byline(first["byline"]) if first else None
        return Lead(dateline="", paper=byline.paper, byline=byline, rest=text[first.end():].strip()) if byline else None
    span = next((m.span(g) for g in ("byline", "bare", "reported") if m[g]), (-1, -1))
    inner = text[span[0]:span[1]] if span[0] >= 0 else ""
    byline = parse_byline(inner) if inner else Byline()
    if inner and byline is None and m["byline"]:
        byline = name_line(inner)  # 中新社深圳5月14日电（郭军）: a wire signs a bare name in the dateline's brackets
    if inner and byline is None and m["reported"]:
        # 记者林清清、通讯员区教宣报道：: a lead all the same; of its names, those that read as names
        byline = sum(filter(None, map(parse_byline, re.split(r"[、，]", inner))), Byline())
    if inner and byline is None:
        return None
    paper = next((g for g in ("paper", "site", "paper2", "paper3") if m[g]), "paper")
    rest = text[m.end():].strip().lstrip("，,").strip()
    if not byline and (learnt := _REPORTER_LEARNS.match(simplified(rest))) and all(map(is_person_name, learnt["names"].split("、"))):
        byline = Byline(tuple(rest[slice(*learnt.span("names"))].split("、")))  # the sentence stays the text's
    elif not byline and (filed := _FILED_LEAD.match(rest)) and (signed := parse_byline(filed["byline"]) or parse_byline(
            re.sub(r"(?:报道|报导|報導|報道)$", "", filed["byline"]))):
        byline, rest = signed, rest[filed.end():].strip()  # 本报杭州10月9日专电 特派记者宋明报道：…
    return Lead(dateline=text[slice(*m.span("dateline"))],
                paper=paper_name(text[slice(*m.span(paper))] if m[paper] else None), byline=byline, rest=rest)


# 本报北京4月22日讯 记者郭立新从中国银保监会获悉：…: the reporter named in the lead's first
# sentence, as an economic daily prints its news.
_REPORTER_LEARNS = re.compile(rf"^记者(?P<names>[{HAN}]{{2,3}}(?:、[{HAN}]{{2,3}})*)"
                              r"(?=从|在|近日|日前|昨天|昨日|今天|今日|\d{1,2}日|获悉|了解到|采访)")


def ends_sentence(text: str) -> bool:
    """Whether a paragraph ends a sentence; one that does not was cut by a column break."""
    text = text.rstrip()
    if not text:
        return True
    if text[-1] in QUOTE_CLOSE:
        return len(text) > 1 and (text[-2] in CLOSING or text[-2] in "!?")
    if (when := re.search(r"[（(]([^（()）]{1,8})[）)]$", text)) and _WHEN.fullmatch(when[1]):
        return False  # …將於本週六（9日） / 下午2時…: a day in brackets, the sentence going on
    return text[-1] in CLOSING or text.endswith("……")


# A continuation cannot open a paragraph: it starts with a particle or conjunction that
# needs the words before it (并提醒…, 了退休老干部…), or with a mark that closes something.
_CONTINUATION_START = re.compile(r"^(?:[并且而的了地得着过们等之及于]|[，。、；：？！）」』”’])")


def starts_as_continuation(text: str) -> bool:
    return bool(_CONTINUATION_START.match(text))


# Bullets that mark the items of a column (●, ▲); ■ and □ mark a writer's name as often.
ITEM_BULLETS = "●▲△◆★▶►"


# “四好农村路”高质量发展见闻, …审议侧记: a head line closed by the kind of piece it heads, whole.
_NAMES_ITS_KIND = re.compile(r"(?:见闻|見聞|侧记|側記|纪实|紀實|速写|速寫|札记|札記|巡礼|巡禮|走笔|走筆)$")


def head_broken_at_width(upper: str, lower: str) -> bool:
    """Two head lines that are one head broken where the column ended: the lower a short
    remainder (4 to 8 characters) under an upper two fifths as long again or more (外卖骑手“工伤”
    认定难题 / 如何破解, 出租银行卡“赚外快” / 两名大学生获刑). A title under its kicker is the
    bigger head, never such a remainder; a kicker ending with —— or a colon leads into its title."""
    return 4 <= len(lower) <= 8 and len(upper) >= 10 and len(upper) >= 1.4 * len(lower) and not is_series_name(upper) \
        and not upper.endswith(("—", "：", ":")) and not re.search(r"[。！？]$", upper) \
        and not re.search(r"[，、；]", lower) and not _a_head_of_its_own(upper, lower)  # a slogan of its own (在这里，读懂中国)


def _a_head_of_its_own(upper: str, lower: str) -> bool:
    """A lower head line that is no rest of the upper, however short: a quotation opening it under one
    closing the upper (走近冬奥“幕后英雄” / “造雪人”的冬天), or who chaired the meeting above it (区政府常务
    会议研究部署防汛工作 / 区长陈立明主持: its deck), or an upper closed by the kind of piece it heads
    (“四好农村路”高质量发展见闻 / 山路弯弯通富路)."""
    return upper.endswith(("”", "」")) and lower.startswith(("“", "「")) or names_who_presided(lower) \
        or bool(_NAMES_ITS_KIND.search(upper)) or opens_alike(upper, lower)


def opens_alike(upper: str, lower: str) -> bool:
    """为考生撑起安心伞 / 为社会上好公共课: two head lines opening on one word, two clauses set side by side
    as a couplet, neither the rest of the other."""
    above, below = parts_of_speech(simplified(upper.strip())), parts_of_speech(simplified(lower.strip()))
    return len(above) > 2 and len(below) > 2 and above[0] == below[0] and len(above[0][0]) <= 2


def names_who_presided(text: str) -> bool:
    """区长陈立明主持, 省委书记出席并讲话: a line saying who chaired or addressed the meeting a head reports,
    as its deck does."""
    # (…重要讲话, 政府工作报告: what was said, a head's words, no one presiding)
    return len(text) <= 12 and bool(re.search(r"(?:主持|出席并讲话|出席)$", simplified(text)))


# The most a head's last line holds when it is the rest of the head above it: a title under a
# kicker is the bigger head, set wider than this.
SHORT_REST = 9


def leaves_a_short_rest(upper: str, lower: str) -> bool:
    """Two head lines whose lower is no title under a kicker but the rest of one head: at most
    nine characters, under a line at least about as long (外卖小哥跳河救起 / 落水老人, 武汉地铁12号线 /
    年底前全线贯通); not under a kicker leading into it (……： / ——), nor a series' name, nor a head of its own."""
    return 2 <= len(lower) <= SHORT_REST and len(upper) >= 6 and len(upper) >= len(lower) - 1 \
        and not is_series_name(upper) and not upper.endswith(("—", "：", ":")) and not re.search(r"[。！？]$", upper) \
        and not re.search(r"[，、；]", lower) and not _a_head_of_its_own(upper, lower)


def one_head_broken(upper: str, lower: str) -> bool:
    """Two lines of a head that are one head, broken where its line ended: at the column's width, before
    the rest a word wants (…成功开展首例 / 冠脉介入手术, 白皮書首日派出 / 逾十萬份), or between its subject and
    what it does (江州首条过江隧道 / 年内实现全线通车); not two clauses set apart (春风拂沃野 / 农机闹春耕)."""
    return head_broken_at_width(upper, lower) or cut_before_its_rest(upper, lower) or ends_wanting_its_object(upper) \
        or broken_after_its_subject(upper, lower)


def object_under_its_verb(upper: str, lower: str) -> bool:
    """县政府与省农科院签订 / 科技合作框架协议: a head line closing on its verb over the thing it was done to (a
    noun last, no verb of its own): one head broken between the verb and its object."""
    above = parts_of_speech(simplified(upper.strip()))
    below = [(word, tag) for word, tag in parts_of_speech(simplified(lower.strip())) if re.search(rf"[{HAN}\w]", word)]
    return len(above) >= 2 and _is_verb(above[-1][1]) and len(above[-1][0]) >= 2 \
        and len(below) >= 2 and below[-1][1].startswith("n") and not any(_is_verb(tag) for _, tag in below)


def names_a_thing_only(text: str) -> bool:
    """临江首条跨江隧道: a head line naming a thing and nothing it does (no verb, a noun last): no clause
    of its own, the subject of the line under it."""
    # (全市首批“无废城市细胞”: the marks around a name none of its words)
    tagged = [(word, tag) for word, tag in parts_of_speech(simplified(text.strip())) if re.search(rf"[{HAN}\w]", word)]
    return len(tagged) >= 2 and tagged[-1][1].startswith("n") and not any(tag.startswith("v") for _, tag in tagged)


def broken_after_its_subject(upper: str, lower: str) -> bool:
    """香港回归图片展 / 吸引众多市民: one head broken after its subject, what it does below; not a subject
    closed by a word the dictionary does not know (代表委员热议, saying something already), nor one over a
    couplet of its own (代表委员热议政府工作报告 / 减税降费力度空前　民营企业信心倍增) or over what follows it (…：)."""
    return names_only_its_subject(upper) and not is_series_name(upper) and opens_with_its_predicate(lower) and not tells_what_follows(lower) \
        and not is_couplet(lower) and parts_of_speech(simplified(upper))[-1][1] != "x"


def two_whole_clauses(upper: str, lower: str) -> bool:
    """昨午赤柱海面突起狂風 / 漁船翻沉三人遇救, 我国人民对外友好协会举行招待会 / 欢迎马里文化代表团: an upper
    head line that ends on what its verb does to something, over a lower that names its own subject
    and then what it did, or opens on a verb of its own: each a whole clause (a kicker over its title,
    a title over its deck), not one head broken."""
    low = parts_of_speech(simplified(lower))
    # (全职妈妈重返职场 / 要迈过几道坎: a modal or an adverb first wants the subject above, one head)
    return ends_on_its_object(upper) and (len(low) >= 2 and low[0][1] in _NOUNS[:5] and _is_verb(low[1][1])
                                          or opens_with_its_predicate(lower) and low[0][1] == "v"
                                          and not re.match(r"[要将能会该应可才还也都就已需得]", lower))


def closes_on_its_object(text: str) -> bool:
    """回乡知青办起家庭饲料加工厂: a clause with a verb of its own, closed by what it names (its object),
    whole whatever stands between them."""
    tagged = parts_of_speech(simplified(text))
    return len(tagged) >= 3 and tagged[-1][1] in _NOUNS[:5] and any(_is_verb(f) for _, f in tagged[1:-1])


def ends_on_its_object(text: str) -> bool:
    """…海面突起狂風, 油麻地發生竊案: a clause closed by its verb and what the verb takes."""
    tagged = parts_of_speech(simplified(text))
    return len(tagged) >= 3 and tagged[-1][1] in _NOUNS[:5] and _is_verb(tagged[-2][1])


# What a web page's title adds to the article's: its section and site or paper (--社会--人民网, _光明网, _桐川商报数字报,
# -新华网, _中国经济网——国家经济门户, | 澎湃新闻).
_SITE_SUFFIX = re.compile(r"(?:\s*(?:--|_|-|\||｜)\s*[^-_|｜\s]{1,12}?)*\s*(?:--|_|-|\||｜)\s*[^-_|｜\s]{2,12}?(?:网|新闻|客户端|报|報)"
                          r"(?:——[^-_|｜]{2,12})?$")


def without_site_name(title: str) -> str:
    """An article's title as a clipped web page's title gives it, without the site's name (after it,
    or before it as an e-paper names its pages: 江城晚报数字报-社区食堂开进老小区)."""
    rest = _SITE_PREFIX.sub("", _SITE_SUFFIX.sub("", title)).strip()
    return rest if len(rest) >= 4 else title


_SITE_PREFIX = re.compile(rf"^[{HAN}]{{2,10}}(?:数字报|數字報|电子报|電子報|数字版|电子版)\s*(?:--|[-_|｜—])\s*")


# 2024-05-13 星期一, 2024年5月13日 周一: a day and its weekday, nothing else.
_DAY_ALONE = re.compile(r"\d{4}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)"
                        r"(?:[ \t\u3000]*[（(]?(?:星期|周|週|礼拜|禮拜)[一二三四五六日天][）)]?|[ \t]*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*)?")


def is_a_day_alone(text: str) -> bool:
    """2024-05-13 星期一: a title that is a day and nothing else, a journal's page for it."""
    return bool(_DAY_ALONE.fullmatch(text.strip()))


def is_site_name(text: str) -> bool:
    """光明日报, 人民网, 澎湃新闻, 江州日报数字报: the name of a paper, its e-paper or a news site, no article's title."""
    return bool(re.fullmatch(rf"(?:{PAPER})(?:数字报|电子报|数字版|电子版)?|[{HAN}]{{2,8}}(?:网|新闻)", simplified(text.strip())))


# The day an office issued its notice, set before the notice's number (中華民國七十三年三月七日).
_ISSUED_ON = r"(?:中华民国|民国)?[\d〇零一二三四五六七八九十]{2,4}年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日"


def is_document_number(text: str) -> bool:
    """卫字第十七号, 沪府发〔2024〕12号, （2006）雁民初字第1234号: the number an office or a court
    gives its notice, under its title."""
    text = re.sub(rf"^{_ISSUED_ON}[\s　]*", "", simplified(text.strip()))  # 中华民国七十三年三月七日　高市府工土字第〇八七六号
    # （六〇）青民字第十五号: the year in two numerals, as offices numbered them in the 1950s and 60s
    text = re.sub(r"^[（(〔][〇零一二三四五六七八九\d]{2}[）)〕]", "", text.strip())
    text = re.sub(r"^[〇零一二三四五六七八九十\d]{2,4}年度", "", text)  # 八十二年度民执全字第三四一号: the court's year
    return bool(re.fullmatch(rf"[{HAN}]{{1,6}}(?:字第[\d〇一二三四五六七八九十百]+|〔\d{{4}}〕第?\d+)号", text.strip())
                or re.fullmatch(rf"[（(〔\[]\d{{4}}[）)〕\]][{HAN}\d]{{1,12}}?(?:字?第)?[\dxX×]+号", text.strip()))  # (2024)江0102民初3386号


def is_series_name(text: str) -> bool:
    """A series and its part, as a kicker names them: 推动高质量发展·区县巡礼, 新质生产力·深圳探索; or its
    instalment's number (槟城老字号系列④, 化解过剩产能系列报道之二); a contest's pieces (“我和我的祖国”征文选登)."""
    return bool(re.fullmatch(r"[^·\s]{2,16}·[^·\s，]{2,7}", text)
                or re.fullmatch(r"[^，。！？\s]{2,16}(?:系列|系列报道|系列報道|连载|連載|征文选登|征文选|徵文選登)(?:之[一二三四五六七八九十]{1,3}|[①-⑳]|[（(]\d{1,2}[)）])?", text)
                or re.fullmatch(r"[^，。！？\s]{2,16}[①-⑳]", text))


def ends_with_a_count(text: str, below: str = "") -> bool:
    """A head line ending with a number and its measure word (呈贡大学城新增3条): the count's
    noun is on the next line, for no head ends with a bare count. Where the dictionary does not
    know the word before the count (临港新开3条), the line below says: a noun phrase, its noun."""
    counted = re.search(r"\d+[条个家所项座台辆名位批套处种只件户部架艘]$", text)
    if len(text) < 6 or re.search(r"\s", text) or not counted:  # not a couplet's (…今年再添500部)
        return False
    before = parts_of_speech(simplified(text[:counted.start()]))
    if before and before[-1][1] == "x" and (lower := parts_of_speech(simplified(below))):
        return lower[-1][1].startswith("n") and not lower[0][1].startswith(("v", "d", "p", "m", "t"))
    return not before or before[-1][1] not in _NOUNS  # 再加装电梯300部 has its noun: a whole head


def takes_without_its_verb(text: str) -> bool:
    """把工业学大庆的群众运动 / 推向新的高潮, 叶知秋：把最后一站 / 留给家乡歌迷: a head line saying
    what it takes (把), after its speaker or not, and not yet what it does with it."""
    text = re.sub(r"^[^：:，。\s]{2,8}[：:]", "", text)
    tagged = parts_of_speech(simplified(text)) if re.match(r"把[^，。！？\s]{3,16}$", text) else []
    return len(tagged) > 1 and tagged[0] == ("把", "p") and (tagged[-1][1].startswith("n") or tagged[-1][1] in ("l", "vn")
                                                            or not any(tag.startswith("v") for _, tag in tagged[1:]))


def names_its_topic_without_its_verb(text: str) -> bool:
    """水利部有关负责人就春季 / 农业抗旱工作答记者问, 专家对今年 / …: a head line saying who speaks on what (就,
    对, 针对, 围绕) and not yet what they do, which the line below says."""
    if not re.fullmatch(rf"[{HAN}“”]{{5,24}}", text.strip()):
        return False
    tagged = parts_of_speech(simplified(text.strip()))
    at = next((k for k, (word, _) in enumerate(tagged) if word in ("就", "对", "针对", "围绕")), None)
    # (the word alone, not inside another: 关爱新就业形态劳动者)
    # (what they speak on cut short by the line's end, a few words: 立法局議員對政改方案意見分歧 says it whole)
    return at is not None and 0 < at < len(tagged) - 1 and not any(_is_verb(f) for _, f in tagged[:at]) \
        and len("".join(word for word, _ in tagged[at + 1:])) <= 6 \
        and not any(_is_verb(f) or f in ("i", "l") for _, f in tagged[at + 1:])


def lets_without_its_verb(text: str) -> bool:
    """让古老的木版年画, 让“高效办成一件事”: a head line that says what it lets (让, 使) and not yet
    what that does, which the line below says."""
    if not re.match(r"(?:让|使|令)[^，。！？\s]{2,16}$", text):
        return False
    rest = re.sub(r"“[^”]*”|「[^」]*」", "", text[1:])  # a quotation is a name here, however it reads
    return not any(f.startswith("v") for _, f in parts_of_speech(simplified(rest)))


def ends_in_its_setting(text: str) -> bool:
    """南京今年将在老旧小区: a head line ending at the place where something will be done, and not
    saying what: the line below is its predicate."""
    tagged = parts_of_speech(simplified(text))
    p = max((k for k, (_, f) in enumerate(tagged) if f == "p"), default=None)
    return (p is not None and p > 0 and tagged[p - 1][0] in ("将", "要", "拟", "已", "正") and len(tagged) - p >= 2
            and not any(f.startswith("v") or f in ("t", "m") for _, f in tagged[p + 1:]))
    # not 蝉声还在路上 (还在: where it is), nor 将于明年1月下旬亮灯 (a time, then what is done)


# The span of time a report covers, as a head gives it before saying what happened in it.
_SPAN = re.compile(r"(?:今年|去年|本月|上月|本周|上周|当日|当天|单日|全年|上半年|下半年|年内|以来|期间"
                   r"|首?[一二三四五六七八九十两\d]+个?(?:月份?|周|季度|天|日)|前[一二三四五六七八九十\d]+个?(?:月|季度|周))$")


def ends_at_its_time(text: str) -> bool:
    """旅游局：本月首三周, 滨海新区前5个月: a head line naming who and when and nothing done; the
    line below says what happened then."""
    if not 4 <= len(text) <= 16 or re.search(r"[，。！？\s]", text) or not _SPAN.search(simplified(text)):
        return False
    return not any(_is_verb(f) or f == "p" and w != "至" for w, f in parts_of_speech(simplified(text)))


def ends_at_its_frame(text: str) -> bool:
    """沙河公社实行联产承包责任制后, 台风过境后, 沪剧院青年演员在基层演出中: a head line ending with
    after what or amid what something happens (…后, 在…中), the main clause on the line below."""
    return bool(re.fullmatch(r"[^，。！？\s]{4,20}(?<![之以])后|[^，。！？\s]{2,10}在[^，。！？\s]{2,12}中", text))


def leads_with_its_means(text: str) -> bool:
    """以更优服务: a head line saying by what means (以…) and not yet what is done by them."""
    tagged = parts_of_speech(simplified(text))
    return len(text) >= 5 and tagged[:1] == [("以", "p")] and not re.search(r"[，。！？\s]", text) \
        and not any(_is_verb(f) for _, f in tagged[1:])


# A verb that leads, calls or helps someone to do something (带领, 号召, 动员), then whom, if named.
# (一纸检察建议让臭水塘 / 变身“口袋公园”: whom it made do what, 让 and 使 too)
_PIVOT = re.compile(rf"(?:带领|号召|动员|发动|鼓励|引导|帮助|组织|率领|促使|要求|敦促|促请|吁请|呼吁|(?<![转出礼谦退忍避推割])让)"
                    rf"(?P<whom>[{HAN}]{{0,4}})$")


def ends_wanting_its_object(text: str) -> bool:
    """青年突击队战斗在, 水利部部署, 医保报销有哪些: a head line ending with a preposition, a conjunction,
    a verb that takes an object or a question's word, whose object or second part is the line below it."""
    text = simplified(text)  # 行政院通過, in either script
    if re.search(r"[^，。！？\s]{3}(?<![获被已经均顺利])(?:部署|印发|审议|通过)$", text):
        return True
    if re.search(r"[^，。！？\s]{3}(?:同比|环比|比上年|较上年)$", text):
        return True  # 全省规上工业增加值同比 / 增长6.2%: compared, but not yet how
    # 清潔工遭 / 拖糧三個月, 海關截獲 / 走私煙十萬支: a verb that cannot end a head, what it took below
    if re.search(r"[^，。！？\s]{2}(?:遭|遭到|截获|查获|缴获|破获|捣毁|抓获|检获)$", text):
        return True
    if re.search(r"[^，。！？\s]{3}(?:有哪些|是哪些|有什么|是什么|有何)$", text):
        return True  # 城乡居民医保报销有哪些 / 新变化？: a question broken before what it asks about
    # (with no one named after it and a verb before it, 响应边区政府号召 answers a call: a kicker whole)
    if (pivot := _PIVOT.search(simplified(text))) and len(text) >= 6 \
            and all(tag.startswith(("n", "r")) for _, tag in parts_of_speech(pivot["whom"]) if pivot["whom"]) \
            and (pivot["whom"] or not any(tag.startswith("v") for _, tag in parts_of_speech(simplified(text)[:pivot.start()]))):
        # 劳动英雄郝生旺带领 / 全村订出…, 商会号召商人 / 踊跃购买…, 生产会议要求各地 / 不误农时…: whom it
        # leads, and to do what
        return True
    if re.search(r"[^，。！？\s]{3}(?:呼吁|敦促|吁请|促请)$", text) and parts_of_speech(text)[-1][1] == "v":
        return True  # 全球数十万人走上街头呼吁 / 各国领导人加大减排力度: a call, what it calls for below
    if re.match(r"(?:希望|要求|建议|请求|恳请|呼吁|吁请)[^，。！？\s]{3,12}$", text) \
            and parts_of_speech(text)[-1][1] == "v":
        return True  # 希望有关部门重视 / 城市公共汽车的安全问题: a wish put to someone, what to heed below
    # 在, 向, 与 … as a word of their own, not the end of one (方向, 参与)
    return bool(re.search(r"[^，。！？\s]{3}[在向对把被从与和及]$", text)) \
        and parts_of_speech(simplified(text))[-1][0] in tuple("在向对把被从与和及")


def cut_before_its_rest(upper: str, lower: str) -> bool:
    """A head line no head ends with, over its rest: 一条街上的 / 四十个下岗工人 (a modifier without
    its noun), 工商界人士座谈怎样进一步 / 发挥… (an adverb without its verb), 海淀今年新增 / 12所公办幼儿园
    (a verb, its object a figure on the line below)."""
    words = parts_of_speech(simplified(upper))
    if not words or len(upper) < 4 or re.search(r"[，。！？：；]$|\s", upper + lower):
        return False  # a row of a table (33.4%　同比增速), or a line that ends a clause
    if re.match(r"(?:希望|要求|建议|请求|恳请|呼吁|吁请|请)[^，。！？]{2,}", upper) and re.match(r"[把将对给向为从]", lower):
        return True  # 建议十七路公共汽车 / 把末班车时间往后推迟: a wish, whom it asks, then what to do
    if ends_with_a_count(upper, lower):
        return True  # 临港新开3条 / 东盟集装箱航线: how many, and of what on the line below
    word, tag = words[-1]
    if word == "的" or word in _WANTS_ITS_VERB or tag == "b" and len(upper) >= 10:
        return True  # …试制成功新型 / 货车: a long line closed by a word that only qualifies a noun (新型, 大型, 国营)
    if _DONE_WHAT.search(upper) and (lower_words := parts_of_speech(simplified(lower))) \
            and not lower_words[0][1].startswith(("v", "d", "p")) and lower_words[-1][1].startswith("n"):
        return True  # 某试验基地圆满完成 / 新型装备定型试验任务: what was done, on the line below
    # a figure in digits (12所…): a head's lines open with 一颗, 三名 and kickers end with 观察, 速递
    # and the object no clause of its own (28个项目总投资1126亿元 is a deck)
    # (or in words, 中国农村出现 / 一批专业户, under a line that says where first)
    counted = bool(re.match(r"\d+[^\d\s.%％]", lower)) or len(upper) >= 5 and words[0][1] == "ns" \
        and bool(re.match(r"[一二两三四五六七八九十百千万几]+[批个名座家项条所位种件]", lower)) \
        or bool(re.match(r"(?:逾|近|约|超过|超|达|共)[\d一二两三四五六七八九十百千万]+", simplified(lower)))  # 派出 / 逾十萬份: how many, roughly
    return tag == "v" and counted and not is_series_name(upper) \
        and not any(t.startswith("v") for _, t in parts_of_speech(simplified(re.sub(r"^(?:逾|近|约|超过|超|达|共)", "", lower))))


# Verbs a head says what was done with, never its last word: 完成 what, 召开 what.
# (举行, 召开, 开通, 建成 end heads whole: 大游行11日举行.)
_DONE_WHAT = re.compile(r"[^，。！？\s]{3}(?:完成|实现|签署|推出|出台|迎来|破获|查处|打造|掀起|搞好|做好|抓好|办好)$")
# Adverbs no head ends with: the verb they qualify is on the next line.
_WANTS_ITS_VERB = frozenset({"进一步", "更加", "不断", "逐步", "大力", "着力", "切实", "深入", "努力", "积极", "首次",
                             "再次", "怎样", "如何", "怎么", "正在", "即将", "将要", "已经", "仍然", "依然", "还将",
                             "将", "拟", "要", "也将", "均将", "仍将", "将于"})  # (自然科学基金今年将 / 加大…)


_PAIRS = {"“": "”", "‘": "’", "《": "》", "（": "）", "(": ")", "「": "」", "『": "』"}


def opens_what_the_next_closes(upper: str, lower: str) -> bool:
    """An upper head line that leaves a quotation, a title or a bracket open for the line under
    it to close (他们不愿被叫作“下岗 / 职工”（记者手记）): one head cut where the column ended, never a
    kicker over its title."""
    return any(upper.count(opening) > upper.count(closing) and lower.count(closing) > lower.count(opening)
               for opening, closing in _PAIRS.items())


def closes_its_purpose_below(upper: str, lower: str) -> bool:
    """鼓足干劲，力争上游，为实现全县农业 / 发展纲要而奋斗（社论）: a purpose the upper line opens (为…)
    and the lower closes (…而奋斗): one head broken inside it."""
    last = re.split(r"[，、,\s]", upper)[-1]
    return bool(re.fullmatch(r"为[^而，。！？]{2,16}", last)) and "而" in lower[:16]


def opens_a_frame(text: str) -> bool:
    """在推动高质量发展中: an adverbial frame with no verb of its own after it, so no head
    alone; the head line under it is its predicate."""
    return bool(re.fullmatch(r"在[^，。！？\s]{2,14}中", text))


# jieba's parts of speech that name a thing: nouns, names of people, places and bodies, and
# words it does not know (most of them names).
_NOUNS = ("n", "nr", "ns", "nt", "nz", "nrt", "nrfg", "ng", "j", "x")


def names_only_its_subject(text: str) -> bool:
    """三江源国家公园, 菲华医师联合会: a head line naming who or what and saying nothing of it (no
    verb, no preposition), which a kicker does (聚焦县域经济转型, 好人在身边)."""
    if len(text) < 4 or re.search(r"[，,。！？：:；、\s—·]", text):
        return False
    tagged = parts_of_speech(simplified(text))
    if len(text) == 4 and any(f != "ns" for _, f in tagged):
        return False  # four characters name a column (江城快讯) unless they name a place (琼州海峡, 汉口江滩)
    # the dictionary files some nouns closing a name as a time or a distinguishing word (华裔青年, 4号线二期)
    # and a set phrase or a verb as a noun closing one (各高等学校, “无废城市”建设)
    named = tagged and (tagged[-1][1] in _NOUNS or tagged[-1][1] in ("t", "b", "l", "vn") and tagged[-2:-1]
                        and tagged[-2][1] in _NOUNS + ("r",))
    # 市參議會昨日續開大會: a day after the subject says what it did that day, a verb the dictionary missed
    dated = any(re.fullmatch(r"[昨今明前]天|[昨今明]日|昨[晨晚午夜]|今[晨晚午]|日前|近日", w) for w, _ in tagged[1:-1])
    return bool(named) and tagged[0][1][0] not in "cuy" and not dated \
        and not any(_is_verb(f) or f in ("p", "d") for _, f in tagged)  # 在, 又: said of it


_WHERE_TO = ("在", "于", "向", "从", "自")  # prepositions; 赴 and 到 are verbs themselves


def opens_with_its_predicate(text: str) -> bool:
    """启动春季野生动物监测, 今年将引进…, 在河北投产: a head line opening with its verb, after only a
    time, an adverb or where it happens, so with no subject of its own. A verb the dictionary
    files as a noun too (启动) opens a predicate there unless a noun follows it."""
    tagged = parts_of_speech(simplified(text))
    where = False  # inside 在河北…, 向全球…: the place or partner a preposition names
    for k, (word, f) in enumerate(tagged):
        if f in ("t", "d", "f", "ad") or where and f in _NOUNS + ("s", "r", "m", "q"):
            continue
        if word in _WHERE_TO and f == "p" and not where and k + 1 < len(tagged) and tagged[k + 1][1] in _NOUNS + ("s", "r"):
            where = True
            continue
        if k + 1 < len(tagged) and (tagged[k + 1] == ("了", "ul") or f == "i" and tagged[k + 1][1] != "uj"):
            return True  # 成了“夜跑天堂”, 提前完成十月份…: a word taking 了, a set phrase with its object
        # before a noun, such a verb makes a noun with it (运算速度, 监测数据)
        return _is_verb(f) or f == "vn" and not (k + 1 < len(tagged) and tagged[k + 1][1] in _NOUNS)
    return False


def names_who_does_what(text: str) -> bool:
    """我国选手载誉归来, 蚬港外围歼敌五百余: a head line that is a clause of its own, a verb after the words
    it opens with (its subject) and the line closing on what it did or how much, unlike a verb's object
    alone (洞庭湖湿地生态, 中华文化知识竞赛) or a predicate (在河北投产). A word the dictionary lacks closing
    the line is its verb (广州队客场一球小胜, 两名大学生获刑)."""
    tagged = parts_of_speech(simplified(text))
    if len(tagged) < 2:
        return False
    closing = tagged[-1][1] == "x" and re.fullmatch(rf"[{HAN}]{{2}}", tagged[-1][0]) is not None
    return not opens_with_its_predicate(text) and not tagged[-1][1].startswith(("n", "vn")) \
        and (closing or any(_is_verb(f) or f == "i" for _, f in tagged[1:]))


def word_across(upper: str, lower: str) -> bool:
    """红旗机床厂实行经济承包 / 责任制一年见成效, …第四十 / 届理监事…: a word of the dictionary running on from
    one line into the next, so the two are one line of text broken, whatever each reads as alone."""
    at = 0
    for word in words(simplified(upper + lower)):
        if at < len(upper) < at + len(word):
            return True
        at += len(word)
        if at >= len(upper):
            return False
    return False


def _is_verb(tag: str) -> bool:
    return tag.startswith("v") and tag != "vn"  # vn: a verb used as a noun (监测, 建设)


def runs_on_as_head(text: str) -> bool:
    """A line no head starts with: a particle that needs the words before it (的当代启示, 之關係), or a
    short predicate opening with a copula or an adverb that needs its subject (是个坑！, 更省心)."""
    if re.match(r"^的(?!士)[^，。！？]*$", text):
        return True
    if re.match(r"^之(?![前后後中间間上下外内內一])[^，。！？]{1,6}$", text):
        return True  # 戰時物價管制與後方民生 / 之關係: classical 的, as older papers set it
    if len(text) <= 8 and text[:1] in "和与及" and parts_of_speech(simplified(text))[0] == (text[:1], "c"):
        return True  # 一批专业户 / 和重点户: the rest of a list, after its conjunction
    if len(text) <= 8 and re.match(r"(?:为何|为什么|缘何|何以)\S", simplified(text)):
        return True  # 杭城出租车“拒载” / 为何屡禁不止: asking why of the subject above
    return len(text) <= 8 and text[:1] in "是更都也还就才又" and not re.search(r"[，。]", text) \
        and parts_of_speech(simplified(text))[0][0] == text[:1]


# Who made the page, as its credits name them: 责任编辑：王建设, 美编：左骏.
_STAFF_ROLES = "责任编辑|执行编辑|美术编辑|版式设计|版面设计|版面编辑|值班编辑|视觉设计|编辑|校对|审读|审核|监制|终审|版式|组版|美编|美术|责编|主编"
_FURNITURE = re.compile(
    rf"^(?:本版)?(?:{_STAFF_ROLES}|首席编辑|视觉编辑|"
    r"邮箱|电子邮箱|电话|热线|传真)(?:\s*[:：／/]|\s+\S)"
    # where to write or call: 读者来信请寄：湖北日报读者来信部, 投稿邮箱：…
    r"|^[^：:]{0,10}(?:请寄|投稿|来稿|地址|邮编|邮箱|电话|热线|营业时间)[：:]|^[^：:\s]{0,8}(?:热线|电话)\s+[\d-]{7,}$|^[^：:]{0,10}咨询[：:]\s*\d[\d-]{6,}"
    # the masthead's small print: 中共青阳县委主管主办 青阳报社出版, 第2138期 今日4版, CN 34-0012
    r"|^[^，。]*(?:主管主办|主办单位|报社出版|报业集团出版|委机关报)[^，。]*$|^[^，。]*主办\s+\S*出版$|^第\d+期|^(?:今日|本期|本报今日)(?:出版)?[\d一二三四五六七八九十]+版"
    r"|^(?:证券|股票|债券|基金)代码\s*[:：]\s*\d{6}"
    # 中共东湖理工大学委员会主办, 光明日报社主办: who publishes the paper
    r"|^[^，。\s]{2,20}(?:委员会|委|社|集团|大学|学院|协会|学会|政府)主办$"
    # a call to scan the paper's code: 红星新闻 扫码下载 看更多新闻
    r"|^[^。，]{0,12}(?:扫码|扫一扫|扫描二维码)[^。]{0,8}(?:下载|关注|看更多|了解更多|阅读|收听|观看)"
    # a clipping service's number and note under the text: 文章编号: 201906030040117, 本内容经慧科的电子服务提供。
    r"|^(?:文章编号|文档编号|文章ID|稿件编号)\s*[:：]\s*[\w-]+$|^本内容经.{1,12}(?:服务|系统|平台)提供。?$"
    # subscription notices: 欢迎订阅…, 新民晚报2024年度订阅火热进行中, 邮发代号3-1
    r"|^欢迎订阅|邮发代号|.*(?:征订|订阅)\S{0,6}进行中"
    r"|^国内统一(?:连续出版物号|刊号)|^CN\s?\d{2}-\d{4}"  # the paper's registration: 国内统一刊号CN36-0001
    r"|^农历[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年\S{2,8}$"  # 农历乙卯年十一月十六日
    # the day's weather and exchange rates, standing lines under the masthead
    rf"|^(?:今日|今天|明日|明天)[{HAN}]{{0,6}}天气[:：]|^(?:今日|今天)(?:汇率|外汇牌价|牌价)"
    rf"|^(?:天文台|[{HAN}]{{0,4}}气象台)(?:预测|预报)[:：]"  # 天文台預測：大致多雲，…
    r"|^(?:国内统一)?连续出版物号|^CN\s*\d"
    # Taiwan's and Hong Kong's registration lines: 行政院新聞局出版事業登記證局版臺字第○○九八號, 中華郵政登記為新聞紙類
    r"|^[^，。]{0,12}(?:登记证|登記證)[^，。]{0,16}[号號]$|^[^，。]{0,8}(?:中华邮政|中華郵政)[^，。]*(?:新闻纸|新聞紙)"
    r"|^[\w.+-]+@[\w-]+(?:\.\s?[\w-]+)+$"  # a reporter's address under the byline: huangjj@sph.com.sg (sph. com. sg, as Tesseract spaces it)
    # the page's name and, spaced far from it, its editors (要闻　　　　　责任编辑：吴　凡  美术编辑：郑　毅)
    r"|^[^。，：:]{1,12}\s{3,}(?:本版)?(?:责任编辑|责编|美术编辑|版式设计|编辑)\s*[:：／/]"
    # a transcriber's note closing a text: 〔校註〕第三段「死傷鄉民」下二字墨污不可辨
    r"|^〔(?:校注|校记|编者注|录入注|整理者注|按)〕"
    # a clipping service's copyright line and its note of a text cut: (c) 明報報業有限公司 版權所有, [版權所限，此文件只顯示首段。]
    r"|^(?:\([cC]\)|©|Copyright\b)[^。]{0,60}$|^[^。，]{2,30}\s*版权所有(?:[\s，,]*(?:未经|不得|严禁|禁止)[^。]{0,30})?。?$|^[\[【(（]版权所限[^\]】)）]{0,30}[\]】)）]$"
    # a masthead in Latin letters, alone or beside the paper's name: ENERGY TIMES, 参考消息　CANKAO XIAOXI
    r"|^(?=[0-9]*[A-Z]{2})[A-Z0-9][A-Z0-9 .&'-]{2,40}$"  # 21ST CENTURY BUSINESS HERALD
    rf"|^\d*[{HAN}][{HAN}\d]{{1,11}}\s+[A-Z0-9][A-Z0-9.&'-]*(?: [A-Z0-9][A-Z0-9.&'-]*)+(?:\s+.*)?$"
    # the paper's web address, the weather box of a front page
    rf"|^(?:https?://)?www\.[\w.-]+(?:/\S*)?$|^(?:今日|明日|[{HAN}]{{2,6}})?天气(?:预报)?[\s:：](?=.*(?:晴|阴|云|雨|雪|雾|风|℃|°|\d))|^(?:今天|明天|今日|明日)[:：].{{0,30}}℃")
# 2022年11月18日 星期五, 2024年7月14日／星期日, 一九七九年十一月二十日　星期二
_ZH_DIGITS = "〇○零一二三四五六七八九十廿卅"  # 廿五, 卅一: twenty-five, thirty-one, as dates were printed
# Taiwan's papers count years from 1912, the Republic's first: 中華民國113年1月15日 is 2024's.
# Thailand's count the Buddhist era, 543 years ahead: 佛曆二五六六年 is 2023.
_PRINTED_DATE = re.compile(rf"^(?:(?:(?:中华)?民国(?P<roc>\d{{1,3}}|[{_ZH_DIGITS}百]{{1,5}})|佛历(?P<be>\d{{4}}|[{_ZH_DIGITS}]{{4}})"
                           rf"|(?P<y>\d{{4}}|[{_ZH_DIGITS}]{{4}}))\s*年\s*(?P<m>\d{{1,2}}|[{_ZH_DIGITS}]{{1,2}})\s*月"
                           rf"\s*(?P<d>\d{{1,2}}|[{_ZH_DIGITS}]{{1,3}})\s*[日曰]"  # 3月15曰: the OCR's 日
                           r"|(?P<y2>\d{4})[./-](?P<m2>\d{1,2})[./-](?P<d2>\d{1,2})"  # 2024.03.09
                           r"|(?P<roc2>\d{2,3})/(?P<m3>\d{1,2})/(?P<d3>\d{1,2}))"  # 104/03/06: the Republic's year 104
                           r"(?:[\s／/·]*[（(]?(?:星期|周)[一二三四五六日天][）)]?)?(?=$|\s+(?:农历|编辑|责编|责任编辑|美编|第|零售|每份|定价|售价))")
# 第5版, 第二版, 第1版　要闻　责任编辑：方圆, 第04版：要闻, A06, GA08 城市, 要闻　A02
# (【第3版·城事】: a digest's label of the page an item is from, its section inside the brackets)
_PAGE_NUMBER = re.compile(rf"^(?:[（(【]?第\s*(?:(?P<number>\d+|[{_ZH_DIGITS}]+)|(?P<lettered_page>[A-Z]{{1,2}}\d{{1,3}}))\s*版[）)]?(?:[\s:：·｜|]+(?P<name>[{HAN}·]{{2,8}}))?】?(?:[\s:：].*)?"
                          rf"|(?P<label>[A-Z]{{0,2}}(?!0+(?:\D|$))\d{{1,3}})\s*版?(?:(?:\s*[|｜]\s*|\s+|(?<=版)[:：]\s*)(?P<label_name>[{HAN}·]{{2,8}}))?(?:\s+[{HAN}·]{{2,8}})?"
                          rf"(?:\s+(?:责任编辑|责编|编辑|美术编辑|美编|版式|校对)[:：].*)?"
                          rf"|(?P<named_first>[{HAN}·]{{2,8}})(?:\s+(?P<lettered>[A-Z]{{1,2}}\d{{1,3}}|\d{{2}})"
                          rf"|(?:\u3000|\s{{2}})\s*(?P<single>\d)|[\s\u3000]+第\s*(?P<named_number>\d{{1,3}})\s*版))$")  # 社区新闻　A12, 产业 05, 新加坡　6, 澳聞　第５版


_PICTURE = re.compile(r"^[\[［<＜〈【(（〔]\s*(?:图片|图|照片|插图|image|img|photo|figure)\s*\d*\s*[\]］>＞〉】)）〕]$"
                      r"|^(?:image|img|图片)$"  # (a web clipper's: the picture's alt text, bare)
                      "|^\ufffc$", re.I)  # (U+FFFC: where a picture stood in rich text copied as text)


# 〔原報此處有照片一幀〕, [此处原有插图]: a transcriber's note that the page printed a picture there.
_PICTURE_NOTE = re.compile(r"^[\[［〔【(（]\s*(?:原报|原版|原文)?\s*此处(?:原)?(?:有|为|是|刊有|刊)\s*(?:照片|图片|插图|图|漫画|相片)"
                           r"[^\]］〕】)）]{0,8}[\]］〕】)）]$")


def is_picture_mark(text: str) -> bool:
    """Where an OCR engine put a picture it could not read: [图片], ［图片］, 〔圖〕, <image>; or where a
    transcriber noted one (〔原報此處有照片一幀〕)."""
    text = simplified(text.strip())
    return bool(_PICTURE.match(text) or _PICTURE_NOTE.match(text))


# What a WeChat post's page prints around the article: 点击蓝字 关注我们, 阅读原文, 喜欢此内容的人还喜欢.
_POST_CLUTTER = re.compile(r"^(?:点击(?:上方)?蓝字(?:[“\"「][^”\"」]{1,20}[”\"」])?\s*(?:一键)?关注我们|阅读原文|喜欢此内容的人还喜欢|预览时标签不可点"
                           r"|分享\s*收藏\s*点赞\s*在看"
                           # a reading account's own close: 以上内容来源于今日《桐州日报》…, 觉得有用，就点个“在看”吧～, 往期推荐
                           r"|以上内容(?:来源于|来自|摘自|选自).{0,60}|.{0,12}点个?\s*[“\"]?在看[”\"]?.{0,6}|往期(?:推荐|回顾|精选)"
                           # …and its greeting over what it reposts: 🌞早安！今天是…, …一起来看今天《桐州日报》的重点内容↓↓↓,
                           # 桐州早知道陪你读报～
                           r"|.{0,10}(?:长按|扫描|扫码|识别).{0,10}关注.{0,20}|\W{0,3}(?:早上好|早安|晚上好|大家好)\W.{0,60}|.{0,60}(?:↓|⬇|👇)+\W{0,2}|.{0,20}(?:陪你|带你)读报\W{0,3}"
                           # a portal's: its share buttons (分享至, 用微信扫码二维码, 微博 微信 空间 分享到), its trail
                           # of sections (网易首页 > 网易新闻 > 正文), the paper's own headline (原标题：…)
                           r"|分享[至到](?:好友和朋友圈)?|用?微信扫(?:码|一扫)(?:二维码)?(?:分享)?|(?:(?:微博|微信|空间|QQ)\s*)+分享[至到]"
                           r"|[^\s<>]{2,10}(?:\s*>\s*[^\s<>]{2,10})+\s*>\s*正文|原标题[:：].+"  # (no > in a section's name: a table's HTML no trail)
                           # a reader view's: the site's address, the time the piece takes to read, its tags
                           r"|(?:[a-z0-9-]+\.)+[a-z]{2,}|(?:少于|约)?\s*\d+(?:\s*-\s*\d+)?\s*分钟(?:阅读)?|相关字词\s*[:：﹕].*"
                           # who typed it in notes what the original lacked: 录入者按：原件右下角破损…
                           r"|(?:录入者?|整理者|校录者|校者)(?:按|注|附记)\s*[:：].*"
                           # …or in brackets over the page: （錄者按、據圖書館藏縮印本錄入、原報右下角破損）
                           r"|[（(](?:录入者?|录者|整理者|校录者|校者)(?:按|注)\s*[、，:：][^（）()]*[）)]"
                           # …who typed and read the page (（本版录入：胡德安　校对：周汉生）), and a proofreader's note
                           # where the print is unclear (【校：原报照片说明“八十斤”之“八”字模糊，据上下文录入】)
                           r"|[（(【\[](?:本版|本页)?(?:录入|输入|打字|录校)\s*[:：][^（）()【】\[\]]{1,40}[）)】\]]"
                           r"|[（(【\[](?:校|校注|校记|校按)\s*[:：][^（）()【】\[\]]{2,80}[）)】\]])$", re.I)
# A news app's buttons, copied with a post: 关注, +关注, 举报/反馈, 分享 收藏 点赞, 分享到：微信微博QQ空间; one alone
# only where no column is so named (评论 and 分享 are).
_BUTTON = r"(?:关注|举报|反馈|投诉|分享|收藏|点赞|评论|在看|转发|留言|列印|打印)"
_APP_BUTTONS = re.compile(rf"^(?:[+＋]?\s*已?关注|(?:打开|下载)\s*app|(?:Listen|Translate|Article|Share|Print|Bookmark|Text view|Page view)|分享到\s*[:：]?(?:\s*(?:微信|微博|QQ空间|QQ|朋友圈|复制链接|豆瓣))*|微信|微博|QQ空间|朋友圈|复制链接|(?:阅读|阅读量|浏览|浏览量)\s*[:：]?\s*[\d.]+\s*[万wW]?\+?|{_BUTTON}(?:\s*[\s/／|｜·]?\s*{_BUTTON})+"
                          r"(?:\s*A-\s*A\+|\s*(?:字号|字体)\s*[:：]?\s*[大中小](?:\s*[大中小]){1,2})?)$", re.IGNORECASE)
# (分享　留言　列印　A-　A+, 分享 收藏 字号 小 中 大: a site's buttons; PressReader's Listen, Translate)
# When a news app posted it, and from where: 2024-03-12 09:15·湖南, 发布于 2024年3月12日 09:15 来自湖南,
# 2024-03-12 09:15 IP属地：湖南.
# 发布 / 2019年5月6日 5:30 AM, 更新 / …, as Singapore's site sets them.
# 2020年11月3日 上午10:25, 发布：2020年11月3日 晚上11:48 | 更新：2020年11月4日 上午8:05, as Malaysia's sites set them.
# (临江新闻客户端  2024-06-07 07:00:00: the app that posted it, named before the time)
_POSTED_AT = re.compile(rf"^(?:[{HAN}A-Za-z]{{2,10}}(?:客户端|APP|App|app|新闻网|融媒)\s+)?"
                        r"[（(]?(?:发布于|发表于|发布时间[:：]?|(?:发布|更新|發佈|更新於)\s*[/／|｜:：]?)?\s*"
                        r"(?:(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
                        r"|(?P<y2>\d{4})[./-](?P<m2>\d{1,2})[./-](?P<d2>\d{1,2}))\s*(?:上午|下午|中午|晚上|凌晨|早上)?\s*"
                        r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?(?:\s*[|｜]\s*(?:更新|更新於)\s*[:：/／]?.*)?"
                        rf"(?:\s*(?:[·・|｜]|来自|ip属地[:：]?|发布于)\s*[{HAN}]{{2,8}})?[）)]?$", re.IGNORECASE)  # （2019-07-16 10:42）: in brackets, as a county site sets it


# Whom a family's clippings are about: 爸爸写的，登在《江南农民报》上, 里面写到了妈妈！
_KIN = "爸爸|妈妈|爷爷|奶奶|外公|外婆|姥姥|姥爷|哥哥|姐姐|弟弟|妹妹|儿子|女儿|孙子|孙女|老伴|我家|我们家"


def is_keepers_note(text: str) -> bool:
    """A line the keeper of a family's clippings wrote over one (爸爸写的，登在《江南农民报》上，83年秋天;
    里面写到了妈妈！): of the family, in a sentence of their own, no head the paper printed."""
    text = simplified(text.strip())
    # 八三年五月　县报: when and where, as a hand wrote it over the clipping
    return bool(re.search(_KIN, text)) and bool(re.search(r"[，！,!]|[了的]", text)) and len(text) <= 60 \
        or bool(re.fullmatch(rf"[〇零一二三四五六七八九]{{2}}年(?:[一二三四五六七八九十]{{1,2}}月)?\s*[{HAN}]{{1,8}}?报", text))


# ——以下为原版广告文字——, 以下为原文：, 原文如下: a keeper's line parting their own note above from the
# clipping's text under it.
_CLIPPING_FOLLOWS = re.compile(r"[—\-=＝_*·～~\s]*(?:以下(?:为|是)?(?:原文|原版|原报|报纸原文|见报稿|剪报|正文)[\u4e00-\u9fff]{0,6}|"
                               r"(?:原文|正文|剪报原文)如下)[：:]?[—\-=＝_*·～~\s]*")


def introduces_the_clipping(text: str) -> bool:
    """——以下为原版广告文字——: the keeper's line over the clipping's own text, their note above it."""
    return bool(_CLIPPING_FOLLOWS.fullmatch(simplified(text.strip())))


# A wire story's slug or its note to the desk, wholly in round brackets on a line of its own over the
# heads: （国内·经济）, （补发）, （因技术原因，本社今晨9时播发的此稿部分用户未能收到，现予补发。）. (A kicker
# a layout system sets in 【】 is a kicker: 【凝心聚力谋发展】.)
_WIRE_LABEL = re.compile(r"[（(][^（()）]{1,60}[）)]")


def is_wire_label(text: str) -> bool:
    """（国内·经济）, （补发）, （本稿系hya0406重发…）: a line wholly in brackets over a story's heads,
    the wire's label or note to the desk; a head is never so bracketed whole."""
    return bool(_WIRE_LABEL.fullmatch(text.strip()))


# 【转】, 转载：, [转], [见报稿]: a blogger's mark that the post is another's or was printed, before its
# title; 【楚江日报】, 宁川晚报：, …（楚江晚报）: the paper a poster names as the post's source, either side of it.
_PAPER_NAMED = rf"[{HAN}]{{2,6}}(?:日报|晚报|晨报|时报|商报|日報|晚報|時報)"
_REPOSTED = re.compile(rf"^(?:[【\[](?:转(?:载|帖)?|原创|见报稿|見報稿|{_PAPER_NAMED})[】\]]|转载\s*[:：]|转\s*[:：]"
                       rf"|{_PAPER_NAMED}\s*[:：](?=.{{4}}))\s*|(?<=.{{4}})\s*[（(]{_PAPER_NAMED}[）)]$")


def without_repost_mark(title: str) -> str:
    """A title as the paper printed it, without a blogger's mark that the post is a repost."""
    return _REPOSTED.sub("", title)


# A site's column before its headline, as Taiwan's papers set it: 自由廣場》長照2.0 別讓家屬成最後一道防線.
_COLUMN_FIRST = re.compile(rf"^(?P<column>[{HAN}]{{2,6}})》(?P<title>[^《》].{{3,}})$")


def column_first(title: str) -> tuple[str, str] | None:
    """(column, headline) of a headline its column's name opens (自由廣場》…), or None."""
    m = _COLUMN_FIRST.match(title.strip())
    return (m["column"], m["title"].strip()) if m else None


def is_posting_time(text: str) -> bool:
    """When a site or an app posted the piece (发布 / 2019年5月6日 5:30 AM, 2024-03-12 09:15·湖南)."""
    return bool(_POSTED_AT.match(text.strip()))


# 【字体：大 中 小】【打印本页】【关闭窗口】, 分享到：, 【打印】【收藏】: what a reader clicks, no text.
_BUTTONS = ("字体", "字号", "打印", "关闭", "收藏", "分享", "纠错", "返回顶部", "扫一扫", "默认", "背景色")


# 上一版　下一版, 上一篇　下一篇, 返回目录: an e-paper site's links between its pages and articles, kept by its crawler.
# (and a bar of its own, a mark between them: << 上一版　下一版 >>　返回顶部, 放大　缩小　原大, 今日报纸　往期报纸
# 版面目录　PDF阅读; its calendar's month between arrows, << 2010年5月 >>)
_SITE_NAV = re.compile(r"^(?:(?:<<|>>|«|»|\||｜)\s*)*(?:(?:上一版|下一版|上一篇|下一篇|上一期|下一期|返回目录|返回首页|返回顶部|返回页首|返回"
                       r"|版面导航|本版目录|往期回顾|往期查阅|放大|缩小|默认|原大|今日报纸|往期报纸|版面目录|PDF阅读|PDF下载|设为首页|加入收藏)"
                       r"\s*(?:(?:<<|>>|«|»|\||｜)\s*)*)+$|^(?:<<|«)\s*\d{4}年\d{1,2}月\s*(?:>>|»)$"
                       r"|^(?:日\s+)?一\s+二\s+三\s+四\s+五\s+六(?:\s+日)?$"  # (the calendar's days of the week)
                       r"|^(?:[A-Z]?\d{1,3}\s*[:：]\s*[^\s:：]{1,6}\s+){2,}[A-Z]?\d{1,3}\s*[:：]\s*[^\s:：]{1,6}$")  # (A01：澳聞　A02：澳聞…: its pages)


# What a masthead prints beside the paper's name: whose organ it is (中共汶溪县委机关报), its registration
# and issue (内部报刊准印证第0147号　第324期　本期四版, 国内统一刊号CN 33-0001, 邮发代号31-1), and who
# delivers it under what number (上海市邮局发行, 代号3—1 on a line of its own).
_MASTHEAD = re.compile(r"^(?:中共)?[\u4e00-\u9fff]{2,14}(?:委|委员会|政府)机关报$|^.{0,12}(?:准印证|统一刊号|邮发代号|CN\s?\d{2}-\d{4})"
                       r"|^[\u4e00-\u9fff]{0,8}邮(?:电)?局发行$|^代号\s*[:：]?\s*\d{1,2}\s*[-—－–]\s*\d{1,4}$")


def is_site_links(line: str) -> bool:
    """上一版　下一版, 返回目录: an e-paper site's links between its pages; a site's menu or the path to a
    page saved from it (新华网首页 | 时政 | 国际 | 财经, 人民网>>观点>>人民时评>>正文)."""
    # ([上一版]　[下一版]　[返回目錄], 【上一篇】【下一篇】: each link in its brackets, as an e-paper's text view sets them)
    unbracketed = re.sub(r"[\[［【〔]\s*([^\]］】〕]{2,6}?)\s*[\]］】〕]", r"\1 ", simplified(line)).strip()
    return bool(_SITE_NAV.match(line.strip()) or _SITE_MENU.fullmatch(line.strip()) or _SITE_NAV.match(unbracketed))


# A site's menu or path: short labels parted by bars or arrows, three or more, or two under the site's name.
_SITE_MENU = re.compile(rf"(?:[^\s|｜>＞]{{1,8}}(?:\s*(?:\||｜|>>?|＞＞?)\s*[^\s|｜>＞]{{1,8}}){{2,}}"
                        rf"|[{HAN}]{{1,6}}网(?:首页)?\s*(?:>>?|＞＞?|\||｜)\s*[^\s|｜>＞]{{1,8}})")


def is_page_buttons(line: str) -> bool:
    """【字体：大 中 小】　【打印本页】　【关闭窗口】: a line of the page's buttons, each in brackets."""
    if "【" not in line and "[" not in line:
        return False  # most lines: no bracket, no button
    buttons = re.findall(r"【([^【】]{1,12})】|\[([^\[\]]{1,12})\]", line)
    rest = re.sub(r"【[^【】]{1,12}】|\[[^\[\]]{1,12}\]|\s", "", line)
    return bool(buttons) and not rest and all(
        any(b in simplified(a or b2) for b in _BUTTONS) for a, b2 in buttons)


# Who made the page, as a running head prints it after the page's name: 社会新闻　责任编辑：包文静
# 美编：邢晨　校对：陆小川.
# 责任编辑：冯晓岚, or set apart by a space with the name padded (责任编辑　王　敏)
_STAFF = rf"(?:{_STAFF_ROLES})(?:\s*[:：／/]\s*|[ \u3000]+)(?:{NAME}|[{HAN}](?:[ \u3000]?[{HAN}]){{1,3}})"
_STAFF_CREDITS = re.compile(rf"^(?:[^\s，。：:]{{1,10}}[ \u3000]+)?{_STAFF}(?:[ \u3000]+{_STAFF})*$")


def is_staff_credits(text: str) -> bool:
    """The page's staff credited, after its name or alone: 要闻　责任编辑：冯晓岚, 社会新闻
    责任编辑：包文静　美编：邢晨　校对：陆小川, 成都新闻　　责任编辑　王　敏　　校对　刘　畅."""
    # with no colon, two roles at least, or the page's name set wide apart before it: 编辑　说明了一切 is a head
    return bool(_STAFF_CREDITS.match(text.strip())) and (
        bool(re.search("[:：／/]", text)) or len(re.findall(_STAFF_ROLES, text)) >= 2
        or bool(re.match(r"^\S{2,8}[ \u3000]{2,}", text.strip())))


# A head ending like a paper's name but naming a report (地质勘查成果通报, 上市公司年报): no masthead.
_REPORT = re.compile(r"(?:通报|简报|喜报|捷报|年报|季报)$")  # not 文汇报, 大公报: papers


# （另見A05版）, （相关报道见第三版）, （詳見A6、A7版）: where more on the story is printed.
_PAGE_REF = r"(?:第?\s*(?:[A-Z]{0,2}\d{1,3}|[一二三四五六七八九十]+)\s*版?)"
_SEE_PAGE = re.compile(rf"^[（(【\[][^（）()【】\[\]]{{0,10}}?见\s*{_PAGE_REF}(?:\s*[、，,及和至—-]\s*{_PAGE_REF}){{0,4}}"
                       r"\s*[）)】\]]$")


def _spelt_closed(text: str) -> str:
    """梧 桐 社 区 报 as it reads: a name set letter by letter, closed up."""
    parts = text.split()
    return "".join(parts) if len(parts) >= 2 and all(len(p) == 1 for p in parts) else text


def is_furniture(text: str) -> bool:
    """Page furniture: 责任编辑:王建设 美术编辑:左骏 (責任編輯：…), a printed date line, a page
    number, the paper's name alone (人民日报, 大公報), a running head, an entry of the contents,
    a column's rubric alone in brackets or dots (【三农观察】, ［我为群众办实事］, ·读者来信·; a box's name so is the
    box's), a pointer to another page (（另見A05版）), a news app's or a site's buttons and links
    (上一版　下一版) and the time it posted the article."""
    text = simplified(text)
    return bool(_FURNITURE.match(text) or _PRINTED_DATE.match(text) or _PAGE_NUMBER.match(text) or _POST_CLUTTER.match(text)
                or _APP_BUTTONS.match(text) or _POSTED_AT.match(text) or is_page_buttons(text) or is_staff_credits(text)
                or is_site_links(text) or _MASTHEAD.match(text.strip())
                or _SEE_PAGE.match(text) and "版" in text or parse_source_note(text)
                or re.fullmatch(rf"(?:{PAPER})(?:电子版|数字报|电子报|数字版)?", spelt := _spelt_closed(text)) and not spelt.startswith("本报")
                and not _REPORT.search(spelt)
                or is_running_head(text) or is_contents_entry(text) or is_bracketed_rubric(text) or is_folio(text)
                or bool(_FIELDS_IN_BRACKETS.fullmatch(text.strip())) or bool(_HOTLINE.fullmatch(text.strip()))
                or bool(_ISSUE_LINE.fullmatch(text.strip())) or is_keepers_mark(text)
                or bool(_SCAN_THE_CODE.fullmatch(text.strip())) or is_clipping_number(text)
                or len(re.findall(r"[A-Z]{2,}", text)) <= 3
                and all(_LATIN_MASTHEAD.fullmatch(p) or _LUNAR_DAY.fullmatch(p) for p in head_parts(text) or [""])
                or _masthead_in_two_scripts(text) or _section_and_its_editor(text) or is_posting_fields(text)
                or is_sharers_note(text) or bool(_PRIZE_NOTE.fullmatch(text.strip())) or bool(_SCAN_PARTED.fullmatch(text.strip()))
                or _day_run_into_credits(text))


def _day_run_into_credits(text: str) -> bool:
    """2015.6.12 星期五责任编辑:沈洁视觉设计：包涵: the day over the page and its credits, read as one line
    (an OCR that glues the words of a line together)."""
    m = re.match(r"(\S.{4,20}?星期[一二三四五六日天])\s*(\S.*)", text.strip())
    return m is not None and bool(_PRINTED_DATE.match(m[1])) and (is_staff_credits(m[2]) or bool(_FURNITURE.match(simplified(m[2]))))


# ==================== cdn_680412_02_1.png ====================: a script's mark between the scans it read.
_SCAN_PARTED = re.compile(r"[=\-*#~_]{3,}\s*[\w.-]+\.(?:png|jpe?g|tiff?|bmp|gif|webp|pdf)\s*[=\-*#~_]{3,}", re.I)


# 本作品获2022年度江城新闻奖评论类三等奖: a collection's note of the prize the article above it won.
_PRIZE_NOTE = re.compile(r"(?:本作品|本文|该作品|此文)曾?(?:获|荣获|入选)[^。，]{2,40}(?:奖|作品)")


def is_sharers_note(text: str) -> bool:
    """本资料由【悦读资料铺】整理，仅供学习交流，请勿用于商业用途！, ★★★ 淘宝店铺：悦读资料铺 ★★★: the line a
    reseller or a sharer of a paper's files adds to each, of their goods and where to find more."""
    text = simplified(text.strip())
    return len(text) <= 60 and bool(re.search(r"资料|电子版|合集", text)) \
        and bool(re.search(r"淘宝|公众号|仅供学习|用于商业用途|持续更新|资料铺|侵删|侵权请联系", text))


# What a news site prints over each article it posts, field by field: 字号：大 中 小, 发布时间：2019-03-14 08:00
# 来源：英伦华商周报　阅读：2137, 分享到：微信 微博 Facebook.
_POSTING_KEY = r"(?:字号|字体|发布时间|发布日期|发表时间|更新时间|来源|阅读|阅读量|阅读数|点击|点击数|点击量|浏览|浏览量|浏览次数|分享到)"
_POSTING_FIELD = re.compile(rf"{_POSTING_KEY}\s*[:：]")


def is_posting_fields(text: str) -> bool:
    """字号：大 中 小　　发布时间：2008-09-18　　来源：巴黎华声周报: a line of a site's fields of its
    posting and its buttons, each a key and a short value; one naming a writer (作者：…) is a byline."""
    if "：" not in text and ":" not in text:
        return False  # (most lines: no field at all)
    text = text.strip()
    values = _POSTING_FIELD.split(text)
    return len(values) >= 2 and not values[0] and all(len(v.strip()) <= 40 for v in values[1:]) \
        and (len(values) >= 3 or bool(re.match(r"(?:字号|字体|分享到)", text))) and "作者" not in text


def _section_and_its_editor(text: str) -> bool:
    """體育　娛樂　副刊　　　　本版編輯　周伯雄: the page's section and, a wide space on, its editor."""
    parts = [p for p in re.split(r"\u3000{2,}|\s{3,}", text.strip()) if p]
    return len(parts) >= 2 and bool(re.search(r"编辑|责编", parts[-1])) and is_furniture(parts[-1]) \
        and all(len(p) <= 12 for p in parts[:-1])


def _masthead_in_two_scripts(text: str) -> bool:
    """AUSTRALIAN CHINESE VOICE DAILY　　澳洲华声日报: the paper's name in Latin capitals beside its own."""
    parts = head_parts(text)
    return any(re.fullmatch(PAPER, p) for p in parts) and any(_LATIN_MASTHEAD.fullmatch(p) for p in parts) \
        and all(_LATIN_MASTHEAD.fullmatch(p) or re.fullmatch(PAPER, p) for p in parts)


# YUNPING DAILY, THE CHINA PRESS: the paper's name in Latin capitals, under its Chinese one.
_LATIN_MASTHEAD = re.compile(r"(?:THE\s+)?[A-Z][A-Z'&.\-]+(?:\s+[A-Z][A-Z'&.\-]+){0,4}")
# 农历壬寅年八月廿三: the day by the old calendar, beside the masthead.
_LUNAR_DAY = re.compile(r"(?:农历)?[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年(?:闰)?[正一二三四五六七八九十冬腊]{1,2}月"
                        r"[初十廿卅三一二三四五六七八九]{1,3}")


# 一、, 3., 【二】, *** 三 *** alone on its line: a keeper's number for the clipping under it, no text
# of it (（三十七） alone is a serial's instalment, under its title).
_CLIPPING_NUMBER = re.compile(r"(?:[一二三四五六七八九十]{1,3}|\d{1,2})[、.．]|[【［〔\[]\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[】］〕\]]"
                              r"|\*{2,}\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*\*{2,}")


def is_clipping_number(text: str) -> bool:
    """A keeper's number for the clipping under it, alone on its line (【二】, 3.)."""
    return bool(_CLIPPING_NUMBER.fullmatch(text.strip()))


# （第8015号）　　今日四版: the issue's number and how many pages it has, under the masthead.
# 第一三〇五号　本报今日出版四版: so too, the number spelt, as an old paper printed it.
_ISSUE_LINE = re.compile(r"[（(]?总?第\s*(?:\d{1,6}|[〇零一二三四五六七八九十百千]{2,8})\s*[号期][）)]?"
                         r"(?:\s+(?:本报)?(?:今日|本期)(?:出版)?[一二三四五六七八九十\d]{1,3}[版张])?")
# 〔录入：黄丽华　2009-04-13〕: who typed or checked the text in, in the archive's brackets, or alone on its
# line (录入：吴秀兰)
_KEEPERS_MARK = re.compile(r"[〔\[［【](?:录入|校对|整理|扫描|核对)[：:][^〕\]］】]{1,30}[〕\]］】]"
                           rf"|(?:录入|校对|扫描|核对|打字|录入者|录入人)[：:]\s*[{HAN}]{{2,4}}(?:[\s　]+[\d.\-年月日]{{6,12}})?"
                           # [录入者注]此件是从旧报合订本上抄来的…, 抄录于1998年12月　老周, （剪报…还没来得及录入，先占个位置。）:
                           # the note of who typed the clipping in, about the typing; none of the paper's
                           r"|[〔\[［【](?:录入|抄录|输入|整理|校对)(?:者|人)?(?:注|按|说明|附记)[〕\]］】].{0,120}"
                           # 〔整理说明：据…影印本录入。录入：林枫　初校：小米…〕, 录入：阿青；校对：小舟；状态：初校稿: a team's
                           r"|[〔\[［【](?:录入|抄录|输入|整理|校对)(?:者|人)?(?:注|按|说明|附记)[：:].{0,300}[〕\]］】]"
                           r"|(?:录入|校对|初校|复校|扫描|核对)[：:][^；;\s]{1,8}(?:[；;]\s*(?:录入|校对|初校|复校|扫描|核对|状态)[：:][^；;]{1,16}){1,4}"
                           r"|说明[：:].{0,100}(?:整理者|录入者).{0,40}"
                           rf"|(?:抄录|录入|输入|整理)于\s*(?:\d{{4}}|[〇一二三四五六七八九]{{4}})年[^。]{{0,24}}(?:。|[\s　]+[{HAN}]{{1,4}})?"
                           r"|[（(][^（）()]{0,30}(?:还没来得及录入|待录入|未录入|尚未录入)[^（）()]{0,20}[）)]")


def is_keepers_mark(text: str) -> bool:
    """〔录入：黄丽华　2009-04-13〕, [录入者注]…, 抄录于1998年12月　老周: the note of who typed a clipping in;
    见报 6.5 第2版: a writer's note of when and where her piece ran."""
    return bool(_KEEPERS_MARK.fullmatch(simplified(text).strip()) or _RAN_ON.fullmatch(text.strip()))


# 见报 6.5 第2版, 见报：6月5日 2版: a writer's note over her piece of the day and page it ran.
_RAN_ON = re.compile(r"(?:已?见报|已?刊发)[:：\s]*\d{1,2}[.月/]\d{1,2}日?\s*第?[A-Za-z]?\d{1,2}版")


# 扫码看视频 ▲, 扫描右侧二维码，观看相关短视频: where the page points a phone to its video, no text.
_SCAN_THE_CODE = re.compile(r"(?:扫码|扫描(?:[左右上下]侧|下方|上方|右边|左边)?(?:的)?二维码)[，,\s]*(?:即可|可)?"
                            r"(?:看|观看|收看|关注|阅读|了解|查看|收听|下载)[^。！？]{0,12}?\s*[▲△▼►→]?")


# 新闻热线 96700000  24小时欢迎报料: the paper's own number to call, in a box of its own.
def is_papers_hotline(text: str) -> bool:
    """本报热线电话：5012345, 新闻热线 96700000: the paper's own number to call, no advert's."""
    return bool(re.match(r"(?:本报|新闻|报料|爆料|读者)热线", simplified(text.strip()))) and bool(_HOTLINE.fullmatch(text.strip()))


# (本报热线电话：5012345　每周二、周五下午开通: when the line is open, after it)
_HOTLINE = re.compile(r"(?:本报|新闻|报料|爆料|读者|服务|投诉)?热线(?:电话)?\s*[：:]?\s*\d[\d\s-]{4,}\d(?:\s+\S{2,16})?")


# 【影格】0457-0121　【OCR】2011-10-14: a scan's or a catalogue's fields, each in brackets, over the page.
_FIELDS_IN_BRACKETS = re.compile(r"(?:【[^【】]{1,6}】[^【】。，]{1,24}?[\s\u3000]*){2,}")


# The page's number set alone between dashes or dots at its foot: — 2 —, －3－, ·4·.
_FOLIO = re.compile(r"([—－\-·•])\1?\s*(?P<n>\d{1,3}|[０-９]{1,3})\s*\1\1?")


def is_folio(text: str) -> bool:
    """The page's number set alone between dashes or dots at its foot: — 2 —, －3－, ·4·; or a
    printout's (匯思資訊剪報服務　第 1 頁／共 3 頁)."""
    return bool(_FOLIO.fullmatch(text.strip())
                or len(text) <= 40 and re.search(r"第\s*\d{1,3}\s*[页頁]\s*[／/]\s*共\s*\d{1,3}\s*[页頁]$", text.strip()))


def post_title(text: str) -> tuple[str, str] | None:
    """【澴川地铁2号线南延线今日起空载试运行】今天上午9时，…: the title a paper's account sets in
    brackets before a post's text, and the text; a column's rubric (【晚报时评】) or a page (【第3版】) none."""
    m = re.match(r"【([^【】\n]{2,60})】\s*", text)
    if m is None or is_genre_label(m[1]) or title_and_page(text) is not None or is_page_buttons(text.split("\n")[0]):
        return None  # (【字号 大 中 小】　【打印本页】: a site's buttons)
    return m[1].strip(), text[m.end():].strip()


def is_bracketed_rubric(text: str) -> bool:
    """A column's rubric alone in brackets or dots (【乡镇传真】, ［我为群众办实事］, ·读者来信·), over
    the pieces it gathers; a box's name so is the box's."""
    # (·叶　青·, a name between dots, signs a poem)
    return bool(re.fullmatch(r"【[^【】]{2,8}】|［[^［］]{2,8}］|〖[^〖〗]{2,8}〗|[·•・][^·•・]{2,8}[·•・]", text.strip())) \
        and not is_box_name(text) and not (text.strip()[:1] in "·•・" and name_line(text.strip()[1:-1]) is not None)


# A weather box: its head (今日天气, 农事天气, 天气预报) and lines of the forecast, set as figures
# rather than sentences: 多云到阴　最低温度9℃　最高温度16℃, 东南风3—4级　相对湿度55%—85%.
_WEATHER_HEAD = re.compile(rf"^[{HAN}]{{0,4}}天气(?:预报)?$")
# (最高温度二十四度, 偏北风二到三级: the figures in words, as papers printed them before the 1980s)
_WEATHER_FIGURES = (r"-?\d+(?:\.\d+)?\s*(?:℃|°C)|(?:温度|气温)[一二三四五六七八九十零〇]+度",
                    r"风(?:力)?\s*(?:\d+(?:[—～~-]\d+)?|[一二三四五六七八九十]+(?:到[一二三四五六七八九十]+)?)级",
                    r"湿度", r"空气质量|AQI|PM2\.5", r"紫外线", r"[晴阴]|多云|少云|[小中大暴阵]雨|雷阵雨|[小中大]雪|雨夹雪|雾|霾")


def is_market_head(text: str) -> bool:
    """The head of the markets' box a paper prints every day: 沪深股市行情（3月27日）, 今日汇率, 外汇牌价,
    市场数据　4月22日."""
    return len(text) <= 16 and bool(re.search(r"行情|汇率|牌价|收盘|外汇|股指|期货|报价|市场数据", simplified(text)))


def is_weather_head(text: str) -> bool:
    return bool(_WEATHER_HEAD.match(simplified(text)))


def weather_figures(text: str) -> int:
    """How many kinds of weather figure a line gives (多云, 最高温度二十四度, 偏北风二到三级)."""
    text = simplified(text)
    return sum(bool(re.search(f, text)) for f in _WEATHER_FIGURES)


def is_weather_line(text: str) -> bool:
    """A line of a forecast: two kinds of weather figure or more, and no sentence; or one of the
    day's indices a forecast gives (穿衣指数：寒冷，建议穿棉衣…, 紫外线指数：弱)."""
    text = simplified(text)
    if re.match(rf"^[{HAN}]{{2,4}}指数\s*[:：]", text) and len(text) <= 40 and "。" not in text[:-1]:
        return True
    if re.search(r"[。，！？]", text):
        return False
    # 湖南省气象台昨日发布: who gave the forecast, under its head
    return weather_figures(text) >= 2 or bool(
        re.match(r"^(?:空气质量|AQI)", text) or re.fullmatch(rf"[{HAN}]{{2,8}}气象(?:台|局|站)[{HAN}]{{0,6}}发布", text))


_HALF_WIDTH = str.maketrans("０１２３４５６７８９ＡＢＣＤＥＦＧＨ", "0123456789ABCDEFGH")


def printed_page(furniture: tuple[str, ...]) -> tuple[str, str | None] | None:
    """The page (版) a page's furniture numbers, and its name where one follows the number
    (第04版：要闻 → 4, 要闻; SA05　2023年9月14日… → SA5); none where its lines disagree."""
    found, said = set(), set()
    for line in (simplified(line).translate(_HALF_WIDTH) for line in furniture):  # — ２ —: page 2
        if said_page := re.fullmatch(r"第\s*(\d{1,3}|[一二三四五六七八九十]{1,3})\s*版", line.strip()):
            said.add(str(read_number(said_page[1])))  # 第 4 版 alone on its line: the page says so in words
        if (note := parse_source_note(line)) and note[2]:
            found.add((re.sub(r"(?<=[A-Z])0+|^0+(?=\d)", "", note[2]), None))
            if not is_running_head(line):
                continue  # (深圳特区报 1994年6月8日 第3版 经济新闻: a page's head, its name after its number)
        if folio := _FOLIO.fullmatch(line.strip()):
            found.add((folio["n"].lstrip("0"), None))  # — 8 — at the page's foot
            continue
        head = is_running_head(line)
        parts = head_parts(line) if head else [line.strip()]  # (第 二 版, set letter by letter: one part)
        if head and (bracketed := _BRACKETED_NUMBER.fullmatch(parts[-1])) and any(map(_PRINTED_DATE.fullmatch, parts)):
            found.add((str(read_number(bracketed[0].strip("（()）"))), None))  # …星期五　（６）: an old page's number
            continue
        if head and (lead := re.fullmatch(rf"(\d{{1,2}})([{HAN}]{{2,6}})", parts[0])):
            found.add((lead[1].lstrip("0"), lead[2]))  # ２　要　闻　华夏日报…, its page set wide and closed up: 2要闻
            continue
        # In a running head, the page's name stands beside its number: … B2　公司·产业　责任编辑：…
        beside = [" ".join(parts[k:k + 2]) for k in range(len(parts) - 1)]
        for m in filter(None, map(_PAGE_NUMBER.match, beside + parts)):
            label = m["label"] or m["lettered"] or m["single"] or m["lettered_page"] or m["named_number"]  # (【第A4版】)
            number = str(read_number(m["number"])) if m["number"] else re.sub(r"(?<=[A-Z])0+|^0+(?=\d)", "", label)
            name = m["name"] or m["label_name"] or m["named_first"]
            found.add((number, None if name and re.fullmatch(rf"(?:星期|周|礼拜)[一二三四五六日天]|{PAPER}", name) else name))
    numbers = {number for number, _ in found}
    if len(numbers) > 1 and len(said) == 1 and said <= numbers:
        numbers = said  # 第 4 版 over a stray 21 the OCR kept as a line of its own
    if len(numbers) != 1:
        return None
    number = numbers.pop()
    names = sorted(name for n, name in found if name and n == number)
    return number, _as_printed(names[0], furniture) if len(names) == 1 else None


def printed_paper(furniture: tuple[str, ...]) -> str | None:
    """The paper a page's running heads name (深圳特区报　1994年6月8日　第3版, 【聯合晚報】104/03/06 第7版),
    as printed; none where they name two, or only this paper (本报)."""
    named = {part for line in furniture if is_running_head(line)
             for part in (p.strip("【】").split("·")[0] for p in head_parts(line))
             if re.fullmatch(PAPER, simplified(part)) and paper_name(part) and not _PRINTED_DATE.fullmatch(part)}
    return named.pop() if len(named) == 1 else None


def _as_printed(name: str, lines: tuple[str, ...]) -> str:
    """A page's name as its furniture prints it, in its own script (港聞, read as 港闻)."""
    for line in lines:
        at = simplified(line).find(name)
        if at >= 0 and len(simplified(line)) == len(line):
            return line[at:at + len(name)]
    return name


def is_page_head(text: str) -> bool:
    """A line that dates or numbers the page (2024年3月6日　星期三, 第04版：要闻, a running head):
    the page's, never an article's."""
    return printed_date(text) is not None or bool(_PAGE_NUMBER.match(simplified(text)))


def head_parts(text: str) -> list[str]:
    """The parts of a running head, set apart by spaces or closing a bracket: 【聯合晚報】104/03/06 第7版 話題;
    a name set letter by letter one part (浙 江 日 报, 第 三 版, 申　報)."""
    text = re.sub(r"第\s+(\d{1,3})\s+版", r"第\1版", text)  # 第 3 版: the page's number set apart in it
    text = re.sub(rf"(第[{_ZH_DIGITS}\d]{{1,3}}[张張])(?=第)", r"\1　", text)  # 第二張第三版: the sheet, then its page
    out: list[str] = []
    # 本 埠 新 聞　　　　　第 四 版: a wide space parts what is set letter by letter on either side of it
    for segment in re.split(r"[\s\u3000]{3,}", text.strip()):
        parts = segment.split() if "】" not in segment else [p for p in _HEAD_PART.split(segment.strip()) if p]
        for k, part in enumerate(parts):
            if len(part) == 1 and k and len(parts[k - 1]) == 1 and not part.isascii():
                out[-1] += part
            else:
                out.append(part)
    return out


_HEAD_PART = re.compile(r"\s+|(?<=】)")


_ISSUE_NUMBER = re.compile(rf"[（(]?总?第\s*(?:\d{{1,4}}|[{_ZH_DIGITS}百千]{{1,6}})\s*期[）)]?")
_BRACKETED_NUMBER = re.compile(rf"[（(](?:\d{{1,2}}|[{_ZH_DIGITS}]{{1,3}})[）)]")


def is_running_head(text: str) -> bool:
    """The head or foot of a page that sets the date beside its number or the paper's name on
    one line, or the paper's name beside the number: SA05　2023年9月14日　星期四　南方都市报,
    华夏科技报　2023年9月14日　05, 扬子晚报　法治·平安　A11."""
    parts = head_parts(_cited_page_spaced(text).translate(_HALF_WIDTH))  # ２　要　闻　华夏日报　2024年５月14日: figures set wide
    if len(parts) < 2 or re.search(r"[。，！？]", text):
        return False
    dated = [k for k, part in enumerate(parts) if _PRINTED_DATE.fullmatch(part)]
    others = parts[:dated[0]] + parts[dated[0] + 1:] if dated else parts
    # …星期六　（十一）: an old paper's page number, in brackets, closing the head its date is in
    # (云屏日报·文苑: the paper and its page's name after a dot)
    numbered, named = (any(_PAGE_NUMBER.match(p) for p in others) or bool(dated and _BRACKETED_NUMBER.fullmatch(parts[-1])),
                       any(re.fullmatch(PAPER, p.strip("【】").split("·")[0]) and not p.startswith("本报") for p in others))
    # 潭江鄉訊　第五十八期　６: a newsletter's name over its issue's number, whatever it calls itself
    issued = len(parts) <= 3 and bool(re.fullmatch(rf"[{HAN}]{{2,8}}", parts[0])) \
        and any(_ISSUE_NUMBER.fullmatch(simplified(p)) for p in parts[1:])
    # 第三張　　（第十版）　　本埠新聞: an old paper's sheet beside its page; 星期五　　第三版: the day's
    # second line of the head, the page's number beside it
    named = named or any(re.fullmatch(rf"第[{_ZH_DIGITS}\d]{{1,3}}[张張]", p) for p in others) \
        or numbered and any(re.fullmatch(r"(?:星期|礼拜)[一二三四五六日天]|总?第\d{1,5}期", p) for p in others)
    # 本 埠 新 聞　　　第 四 版: the page's section and number, each set letter by letter, as a head is
    sectioned = numbered and len(parts) == 2 and sum(len(t) == 1 for t in text.split()) >= 4
    # 2003年3月6日　星期四　　国际新闻　　参考消息: the day, its weekday, the section and the paper, whatever it
    # calls itself
    # (1985年6月9日　星期日　　望江楼: the day, its weekday and the supplement's name)
    sectioned = sectioned or bool(dated) and len(others) >= 2 \
        and any(re.fullmatch(r"(?:星期|礼拜|禮拜)[一二三四五六日天]", p) for p in others)
    # 文/本报记者 韩晓梅 通讯员 李振　2022年11月08日 星期二　B03版: a byline the system dated, no page's head
    return ((numbered or named) and (bool(dated) or numbered and named) or issued or sectioned) \
        and all(len(p) <= 12 for p in others) and parse_byline(text) is None


# An entry of the page's contents (导读) points to the page it is on: …潜力　（4版）, 详见第6版.
# …潜力　　（4版）, …出台　　　2版 (set apart from its item by a wide space)
_CONTENTS_ENTRY = re.compile(r"(?:[（(]\s*(?:详见|见)?第?\s*(?:[A-Z]{0,2}\d{1,3}|[一二三四五六七八九十]{1,3})\s*版\s*[）)]"
                             r"|(?:详见|见)第?[A-Z]{0,2}\d{1,3}版"
                             r"|[\s\u3000]{2,}第?[A-Z]{0,2}\d{1,3}\s*版)$")


def is_contents_entry(text: str) -> bool:
    """A line of the contents box (本期导读, and the items it points to inside the paper)."""
    if "版" not in text:
        return is_contents_head(text)  # an entry names the page it points to
    if re.match(r"[▶►■◆●□]\s*第?\s*[A-Z]{0,2}\d{1,3}\s*版", text):
        return True  # ▶ 第2版　要闻　全市安全生产工作会议召开: the page first, then the item
    # a byline dated by the system, its page last (…李振　2022年11月08日 星期二　B03版), points nowhere
    return bool(_CONTENTS_ENTRY.search(text)) and len(text) <= 60 and parse_byline(text) is None or is_contents_head(text)


def is_led_by_page(text: str) -> bool:
    """A short line led by a page's number, as a contents box lists items: A08 高考阅卷启动…,
    第5版　降压药到底该早上吃还是晚上吃, ■二版　卫星遥感为秋收“把脉”; or closed by it: 胶东经济圈一体化发展再提速　3版."""
    return bool(re.match(r"^[▶►■◆●□]?\s*(?:第\s*[A-Z]{0,2}\d{1,3}\s*版|第?[一二三四五六七八九十]{1,3}版|[A-Z]{1,2}\d{1,3})\s+\S", text)
                or re.search(r"\S\s+(?:第\s*)?[A-Z]{0,2}\d{1,3}\s*版$", text)) \
        and len(text) <= 40 and "。" not in text


def is_quotations_head(text: str) -> bool:
    """The head of the quotations box papers of the 1960s and 70s printed atop a page
    (毛主席语录, 最高指示, 毛 主 席 语 录 set letter by letter): the box is the page's, no article."""
    return bool(re.fullmatch(r"[■◆●]?\s*(?:(?:毛主席|毛泽东|马克思|恩格斯|列宁|斯大林|鲁迅)语录|最高指示|毛主席教导我们[：:]?)", re.sub(r"[\s\u3000]", "", simplified(text))))


def is_contents_head(text: str) -> bool:
    """The head of a contents box: 导读, 本期导读, ■今日导读, 本期目录：, an e-paper's 本版标题导航."""
    return bool(re.fullmatch(r"[■◆●]?\s*(?:本期|今日|本版|版面)?(?:导\s*读|要\s*目|目\s*录|标题导航|导航)\s*[：:]?", text))


def is_listed_in_contents(text: str) -> bool:
    """An entry of a contents box: one led or closed by its page (A08 高考阅卷启动, …出台　2版), led
    to its page by dots (慈禧的一日三餐…………(4)), or numbered (2. 京九铁路全线铺轨过半)."""
    return is_led_by_page(text) or len(text) <= 40 and "。" not in text and bool(
        re.search(r"(?:…{2,}|\.{4,}|·{4,})\s*[（(]?\s*\d{1,3}\s*[)）]?$", text)
        or re.match(r"\d{1,2}\s*[.．、]\s*\S", text))


@dataclass(frozen=True)
class Credits:
    """What a crawler's line of where an article came from says (来源：江城日报  作者：刘晓燕  2023-03-15)."""
    paper: str | None
    byline: Byline
    date: tuple[int, int, int] | None
    photographed: bool = False  # 【作者】本报记者 李俊 摄: a photo and its caption


_CREDIT_KEYS = "信息来源|文章来源|稿件来源|本文来源|来源|稿源|出处|作者|记者|撰稿|撰文|日期|时间|发布时间|发布日期|发布|更新时间|更新日期|出版日期|编辑|责任编辑|责编|校对|审核"
# What a news site counts beside its credits (浏览次数：2413): the page's, not the article's.
_COUNTER_KEYS = "浏览次数|浏览量|浏览|点击数|点击量|点击率|阅读数|阅读量|阅读次数|访问量|访问次数"
# 来源：…, 【作者】…, and as a paper's WeChat account sets them: 文 | 陈佳  图 | 黄志刚, 编辑 | 刘畅.
_CREDIT_KEY = re.compile(rf"(?:^|\s|(?<=[|｜]))(?:(?P<key>{_CREDIT_KEYS}|{_COUNTER_KEYS})[：:]|【(?P<bracketed>{_CREDIT_KEYS})】"
                         rf"|(?P<barred>{_CREDIT_KEYS}|文|图|摄影|视频|实习生|通讯员)\s*[|｜]\s*)")
# 原创 陈思雨 南州日报 2023-04-02 07:30: a WeChat post's writer, its account (the writer's field
# often holds the account's name again: 原创 江城晚报 江城晚报) and when it was posted.
_POSTED = re.compile(r"^(?:原创\s+)?(?:(?P<writer>[^\s：:|｜]{2,20})\s+)?(?P<account>[^\s：:|｜]{2,20})\s+"
                     r"(?P<date>\d{4}-\d{1,2}-\d{1,2})"
                     r"(?:\s+\d{1,2}:\d{2})?(?:\s+(?:发表于)?\S{2,4})?$")  # …09:15 湖北, …18:30 发表于四川: where from


_BARS = " \t\u3000|｜丨"
_TIME_ONLY = re.compile(r"(?:\d{1,2}:\d{2}(?::\d{2})?)?")


def parse_credits(text: str) -> Credits | None:
    """A line of key：value (or 【key】value) credits a crawler or a newsroom system sets under
    the title (a source, writers, a date, an editor, and a date alone); None for any other line."""
    if (posted := _POSTED.match(text.strip())) and (when := printed_date(posted["date"])):
        writer = posted["writer"] if posted["writer"] and posted["writer"] != posted["account"] \
            and is_person_name(posted["writer"]) else None
        return Credits(posted["account"], Byline((writer,) if writer else ()), when)
    keys = list(_CREDIT_KEY.finditer(text))
    if not keys:
        return None
    # 2021年04月06日05:32|来源：…: the time set close to the day, a bar before the credits
    before = re.sub(r"(?<=日)(?=\d{1,2}:\d{2})", " ", text[:keys[0].start()]).strip().strip(_BARS).split()
    # 原创 溪川日报 2020-05-15 09:12 · 来源：…: an aggregator's line, the account that posted it before the time
    while len(before) > 2 and not printed_date(before[0]) and re.fullmatch(rf"原创|[{HAN}A-Za-z]{{2,12}}", before[0]):
        before = before[1:]
    # 2020-06-18 07:21 来源：江城日报客户端: an app's time of posting before its credits
    posted_at = printed_date(before[0]) if before and _TIME_ONLY.fullmatch(" ".join(before[1:]).strip(_BARS + "·・")) else None
    if before and not posted_at:
        return None
    paper, names, helpers, shooters, date, photographed = None, [], [], [], posted_at, False
    for k, m in enumerate(keys):
        key = m["key"] or m["bracketed"] or ("作者" if m["barred"] in ("文", "实习生")
                                             else "摄影" if m["barred"] in ("图", "摄影", "视频") else m["barred"])
        # 来源：东海晚报 | 作者：李一航 | 2023年4月2日: fields set apart by bars
        value = text[m.end():keys[k + 1].start() if k + 1 < len(keys) else len(text)].strip(_BARS)
        last = re.split(r"\s+", value)[-1] if value else ""
        if last and (when := printed_date(last)):  # 作者：陈默 2023-03-15: the date closes the line
            date, value = when, value[:-len(last)].strip(_BARS)
        if key in ("来源", "稿源", "出处", "信息来源", "文章来源", "稿件来源", "本文来源") or key in ("作者", "记者") and value.startswith("据"):
            paper = value.removeprefix("据") or None  # 作者：据新华社: a story taken from an agency, no writer
        elif key in ("作者", "记者") and value.startswith("综合"):
            pass  # 作者：综合新华社、央视新闻: compiled from agencies' reports, no writer
        elif key in ("作者", "记者", "撰稿", "撰文"):
            named = _names_credited(value)
            names, helpers = names + list(named.authors), helpers + list(named.correspondents)
            photographed = photographed or value.endswith("摄")
        elif key == "通讯员":  # 文 | 陈雪  通讯员 | 王建波: a correspondent, beside the writer
            helpers += list(_names_credited(value).authors)
        elif key == "摄影":  # 文 | 何亚林  图 | 杨帆: who took the pictures signs only where nobody wrote
            shooters += list(_names_credited(value).authors)
        elif key in ("日期", "时间", "发布时间", "发布日期", "发布", "出版日期"):
            date = next(filter(None, map(printed_date, value.split())), date)  # 2023-03-15 10:20
    if not names and not helpers and shooters:
        names, photographed = shooters, True
    return Credits(paper, Byline(tuple(names), tuple(helpers)), date, photographed)


def _names_credited(value: str) -> Byline:
    """The writers a credit names, their roles dropped: 记者 王晓东、孙浩, 本报记者 李俊 摄, 王　伟;
    a correspondent as one (记者 吴佳琪 通讯员 方洁)."""
    if not value:
        return Byline()
    if value.endswith("摄") and (taken := photographers(value)):
        return Byline(taken)
    byline = parse_byline(value)  # 本报评论员: a role naming no one, an empty byline
    byline = name_line(value) if byline is None else byline
    named = byline.authors if byline is not None else tuple(n for n in re.split(r"[、,，;；\s]+", value) if n)
    return Byline(tuple(n for n in named if not _NO_PERSON.fullmatch(simplified(n))),
                  byline.correspondents if byline is not None else ())


# 作者：华商报, 作者：新京报社论, 作者：证券时报e公司: a credit that names the paper, its voice or its
# desk, and no person.
_NO_PERSON = re.compile(rf"(?:{PAPER})(?:社论|评论员?|编辑部|短评|时评|·?[A-Za-z]+[{HAN}]{{0,4}})?|(?:{PAPER})?(?:社论|评论员?|编辑部)")


# 综合新华社、中新社报道, 据新华社电, 综合外电: the agencies a desk put the report together from.
_AGENCIES = re.compile(rf"(?:综合|据)?(?:{PAPER}|外电)(?:[、和及与](?:{PAPER}|外电))*(?:报道|电|消息)?")


def names_no_person(text: str) -> bool:
    """华商报, 新京报社论, 证券时报e公司: a paper, its voice or its desk where a writer would be named;
    综合新华社、中新社报道: the agencies it was put together from."""
    text = simplified(re.sub(r"\s", "", text))
    return bool(_NO_PERSON.fullmatch(text) or _AGENCIES.fullmatch(text))


# （2022年1月6日《江城日报》第2版）, 原载《江城日报》2024年5月20日第6版: where an article was printed.
# …《江城日报》第2版）, and the e-paper's own foot of a page it serves: 《 光明日报 》（ 2024年03月12日　07版）
# （本文刊发于3月15日《江城晚报》A5版）, （原载3月17日《江城晚报》）: a post's note of its print, the year left out;
# ——摘自《北京日报》2022年1月5日 第6版: a clipping's.
# A writer's own note on a clipping: 发表于《江城日报》2003年5月6日第7版, 剪自《…》…, 见报：2003.5.9　《江城日报》
# 三版　责编：郑涛, （原载《江城日报》2003年5月20日第5版，获2003年度江城新闻奖二等奖）.
_SOURCE_NOTE = re.compile(r"^[（(*]*(?:——)?(?:本文|(?:以下|上述)?(?:两|[二三四五六七八九十])[则篇]均|均)?"
                          r"(?P<prefix>原载于?|刊发于|刊于|载于|登在|登于|刊在|摘自|选自|(?:以下文字)?转载自|转自|来源[：:]?|出处[：:]|发表于|发表在|刊登于|剪自|见报[：:]?)?\s*"
                          r"(?P<before>(?:\d{4}年)?\d{1,2}月\d{1,2}日|\d{4}[-./]\d{1,2}[-./]\d{1,2})?\s*"
                          r"《\s*(?P<paper>[^》]{2,12}?)\s*》"
                          # …一九八八年十二月三日第二版: the day in words, as a typist copies it
                          r"\s*[（(]?\s*(?P<after>\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-./]\d{1,2}[-./]\d{1,2}"
                          r"|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十廿卅]{1,3}日)?\s*"
                          # (第三張第十版: an older paper's sheet, then its page)
                          r"(?:[，,]\s*(?=第)|[\s\u3000]*)(?:第[一二三四五六七八九十\d]{1,3}张\s*)?"
                          r"(?:第?\s*(?P<page>[A-Z]?\d{1,3}|[一二三四五六七八九十]{1,3}|头)\s*版"
                          # …《江城晚报》副刊, …文化周刊: the page named by its section, not its number
                          rf"|(?P<section>[{HAN}·]{{0,6}}(?:副刊|专刊|周刊|特刊)))?"
                          r"(?:[“\"][^”\"]{1,12}[”\"](?:专栏|栏目)?)?"  # …第8版“珠江人物”: the page's column
                          # …第B7版（副刊·城市记忆）: the page's name after it; 责编：郑涛, ，获…奖: the writer's own notes
                          r"\s*(?:[（(][^（()）]{1,14}[）)])?(?:[，,]\s*[^（()）《》]{2,30}|[\s\u3000]+责编[：:]\S{2,4}"
                          # …四版“市场观察”专栏, …第一版 短讯（同一天一版登了我三条）: the writer's own word on it
                          r"|(?<=版)[\s\u3000]*[^\s《》（()）]{1,12}(?:[（(][^（()）]{1,24}[）)])?)?\s*[）)*]*。?$")


# 来源｜台州日报 2023-05-13 第3版, 来源：台州晚报 2023年6月6日 A02版, 来源丨台州晚报 2023.6.12 A05,
# 来源：台州晚报6月25日A04版: a paper's post naming its print, in the many ways editors type it.
# (来源：岚州日报（2023年3月6日 第1版）: the day and page in brackets after the paper)
# (出处：南溪工人报，1984-10-01，第1版: its parts parted by commas)
_SOURCE_LINE = re.compile(r"^(?:来源|刊于|原载于?|发表于|见报|出处)\s*[：:｜|丨]\s*(?P<paper>[^\s《》\d（(，,]{2,12}?)\s*[，,]?\s*[（(]?\s*"
                          r"(?P<date>\d{4}[年.\-/]\d{1,2}[月.\-/]\d{1,2}日?|\d{1,2}月\d{1,2}日)?\s*[，,]?\s*"
                          r"(?:第?\s*(?P<page>[A-Z]?\d{1,3})\s*版|(?P<lettered>[A-Z]\d{1,3}))?\s*[）)]?$")


# 【采用情况】滨城商报 2019-04-03 A2版 采用（标题未改）: a wire's record of the paper that printed its story.
_USED_LINE = re.compile(rf"^【?(?:采用情况|见报情况|刊用情况)】?[：:]?\s*(?P<paper>{PAPER})\s*"
                        r"(?P<date>\d{4}[年.\-/]\d{1,2}[月.\-/]\d{1,2}日?)\s*(?:第?\s*(?P<page>[A-Z]?\d{1,3})\s*版)?\s*(?:采用.*)?$")


# 85.1.20 省报 二版 两条, 1986.4.29 工人日报 第二版, 1990.6.1 1990.6.1 少年报 第1版 小军上报了！！: a
# family's note over a clipping, the day (written twice, as a stamp and a pen may) before the paper.
_KEEPERS_NOTE = re.compile(rf"^(?P<date>(?:\d{{4}}|\d{{2}})\.\d{{1,2}}\.\d{{1,2}})(?:\s+(?P=date))?\s+(?P<paper>[{HAN}]{{1,8}}?报)"
                           r"(?:\s*第?\s*(?P<page>\d{1,2}|[一二三四五六七八九十]{1,3})\s*版)?(?:\s+.*)?$")


def parse_source_note(text: str) -> tuple[str, tuple[int, int, int] | None, str | None] | None:
    """The paper, date and page (版) a closing note says an article was printed in, or None; a
    keeper's number before it (（一）《江城日报》…) and a word of theirs after it in brackets
    (江城日报 1986.4.30 一版（爸爸在第二排左三）) aside."""
    text = _ITEM_NUMBER.sub("", text.strip())
    if (remark := re.search(r"[\s\u3000]*[（(][^（()）]{2,40}[）)]$", text)) and (aside := parse_source_note(text[:remark.start()])):
        return aside
    if m := _PAPER_DAY_PAGE.match(simplified(text)) or _DAY_PAPER.match(simplified(text)):
        # 江城日报 2015年3月12日 第4版, 江城日报 85.4.2 二版, 85年6月1日 江城日报: as a hand wrote it
        page = m["page"] and (m["page"] if m["page"].isdigit() else str(read_number(m["page"])))
        return m["paper"], printed_date(m["date"]) or _dotted_day(m["date"]), page
    if (note := _parse_source_note(text)) or not (note := _parse_source_note(simplified(text))):
        return note
    # 轉自《南海時報》…: read in the simplified script, the paper named as written
    at = simplified(text).find(note[0])
    return (text[at:at + len(note[0])] if at >= 0 else note[0]), note[1], note[2]


def clippings_noted(lines: list[str]) -> list[str] | None:
    """A keeper's file of two clippings or more, each under its note of where it was printed
    (（一）《江城日报》1979年5月2日 第1版 / 我市命名… // （二）同上，1983年4月29日 第2版 / …): the file's
    text in parts, each opening on its note (同上, "the same", given the paper's name above), or None."""
    starts, paper, parts = [], None, []
    for k, line in enumerate(lines):
        text = _ITEM_NUMBER.sub("", line.strip())
        if paper and (same := re.match(r"同上[，,\s]*", text)):
            text = f"《{paper}》{text[same.end():]}"
        head = next((n.strip() for n in lines[k + 1:k + 3] if n.strip()), "")
        if (k == 0 or not lines[k - 1].strip()) and (note := parse_source_note(text)) and note[1] \
                and 0 < len(head) <= 30 and not ends_sentence(head):
            starts.append(k)
            parts.append(text)
            paper = note[0]
    if len(starts) < 2:
        return None
    # each part opens on its note, as rewritten (同上 named), the lines over the first with it; its
    # lines keep their places in the file
    ends = [*starts[1:], len(lines)]
    return ["\n".join(lines[:a] * (k == 0) + [note] + lines[a + 1:b]) + "\n"
            for k, (note, a, b) in enumerate(zip(parts, starts, ends))]


# 【3】“环保管家”上门问诊, or 【2】 alone over the heads: a compilation's number for its piece.
_PIECE_NUMBER = re.compile(r"^\s*【(?P<n>\d{1,3})】\s*")
# …………12: the dots that lead a contents list's entry to its page.
_LEADERS = re.compile(r"(?:…{2,}|\.{4,}|·{4,})\s*\d{1,4}\s*$")
# What closes a compilation's piece besides the next: its part's head (二、省级媒体报道), its afterword.
_COMPILATION_BREAK = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}、\S{2,16}|后\s*记|後\s*記|编\s*后\s*记|附\s*录)\s*$")


def compiled_pieces(lines: list[str]) -> list[str] | None:
    """A compilation's pieces (an office's yearly 汇编 of what papers printed on it: 【1】 over each
    piece's heads, its note of where it was printed under them), each its text with its lines in
    their places; its front matter, contents, part heads and afterword none of them. None unless two
    pieces are numbered 1, 2, … and noted."""
    starts = [k for k, line in enumerate(lines) if _PIECE_NUMBER.match(line) and not is_contents_entry(line.strip())
              and not _LEADERS.search(line)]
    numbers = [int(_PIECE_NUMBER.match(lines[k])["n"]) for k in starts]
    noted = [any(parse_source_note(line.strip()) for line in lines[k:k + 6]) for k in starts]
    if len(starts) < 2 or numbers != list(range(1, len(starts) + 1)) or sum(noted) * 2 < len(starts):
        return None
    parts = ["\n" * starts[0]]
    for k, (start, end) in enumerate(zip(starts, [*starts[1:], len(lines)])):
        stop = next((j for j in range(start + 1, end) if _COMPILATION_BREAK.match(lines[j])), end)
        piece = [_PIECE_NUMBER.sub("", lines[start]), *lines[start + 1:stop]]
        parts.append("\n".join(piece) + "\n" * (end - stop + 1))
    return parts


# 第12期　1998年3月20日　星期五, 第5、6期合刊　1998年1月30日: an issue's line in a bound volume's text.
_VOLUME_ISSUE = re.compile(r"\s*第\s*[\d一二三四五六七八九十百〇零、,，]+\s*期(?:合刊)?[\s\u3000]+(?P<day>\S.*?年.*?日)"
                         r"(?:[\s\u3000]*(?:星期|礼拜|周)[一二三四五六日天])?\s*")
# 第1版, 第四版 alone on its line: where a page of the issue above begins.
_VOLUME_PAGE = re.compile(r"\s*第\s*([\d一二三四五六七八九十]{1,3}|[A-Z]\d{1,2})\s*版\s*")


def issues_bound(lines: list[str]) -> list[tuple[str, tuple[int, int, int] | None, str | None]] | None:
    """A bound volume's text (合订本: issue under issue, each under its line 第12期　1998年3月20日 and
    its pages under 第1版): each page's part, with its issue's day and its page, the parts' lines in
    their places (the volume's title page and contents above the first issue blank, none of them).
    None unless two issues of different days are so marked."""
    issues = [(k, printed_date(m["day"])) for k, line in enumerate(lines) if (m := _VOLUME_ISSUE.fullmatch(line))]
    issues = [(k, day) for k, day in issues if day]
    if len({day for _, day in issues}) < 2:
        return None
    # a page opens under 第1版, or at a title its typist noted with its page (县城至双河公路改建工程开工（第1版）)
    paged = {k: title_and_page(line) for k, line in enumerate(lines) if k > issues[0][0] and title_and_page(line)}
    starts = sorted({k for k, _ in issues} | set(paged)
                    | {k for k, line in enumerate(lines) if k > issues[0][0] and _VOLUME_PAGE.fullmatch(line)})
    parts: list[tuple[str, tuple[int, int, int] | None, str | None]] = [("\n" * starts[0], None, None)]
    day, page, held = issues[0][1], None, ""
    for start, end in zip(starts, [*starts[1:], len(lines)]):
        head = lines[start]
        if (m := _VOLUME_ISSUE.fullmatch(head)) and printed_date(m["day"]):
            day, page = printed_date(m["day"]), None
        elif start in paged:
            head, page = paged[start]  # the title without its note
        else:
            page = _VOLUME_PAGE.fullmatch(head)[1]
        text = held + "\n".join([head, *lines[start + 1:end]]) + "\n"
        held = text if not any(line.strip() for line in lines[start + 1:end]) else ""  # an issue's line over its first page
        if not held:
            parts.append((text, day, page))
    return parts


# A layout system's text export opens each story with a line of its own: ＠＠＠, <story id=3>.
_STORY_MARK = re.compile(r"\s*(?:[@＠]{3,}|</?story\b[^<>]{0,40}>)\s*", re.I)


def stories_marked(lines: list[str]) -> list[str] | None:
    """A page's stories as a layout system (方正飞腾) exports them, each opened by its mark line
    (＠＠＠, <story id=3>): each story's text, its lines in their places (the next mark a blank
    line closing it), the text over the first its own part. None unless two stories are marked."""
    marks = [k for k, line in enumerate(lines) if _STORY_MARK.fullmatch(line)]
    if len(marks) < 2:
        return None
    bounds = zip([-1, *marks], [*marks, len(lines)])
    return ["".join(line + "\n" for line in lines[start + 1:end]) + "\n" * (end < len(lines)) for start, end in bounds]


def is_senders_notice(body: str) -> bool:
    """A short message of the sender's own, no article (感谢您订阅…, 内容请见附件《…》, 退信通知): a
    subscription's confirmation, a note that the issue is in the attachment, a bounce, an auto-reply."""
    text = re.sub(r"\s+", "", body)
    return len(text) <= 400 and not any(parse_source_note(line.strip()) for line in body.split("\n")) \
        and bool(re.search(r"感谢您订阅|订阅确认|欢迎订阅|成功订阅|订阅成功|(?:请|详)见附件|见附件《|附件为"
                           # (a mail system's notice that a message was not delivered, an auto-reply while away)
                           r"|退信通知|未能(?:成功)?送达|无法送达|Undeliverable|DeliveryStatusNotification|自动回复"
                           r"|不能及时(?:处理|查看|回复)邮件|outoftheoffice", text, re.I))


def names_its_addressees(text: str) -> bool:
    """各区教育局，各初中学校：, 全体业主：: those a notice is addressed to, on the line under its head."""
    text = text.strip()
    return len(text) <= 40 and not re.search(r"[。！？]", text) and bool(
        re.fullmatch(rf"各[{HAN}、，,]{{1,36}}[：:]", text)
        or re.fullmatch(rf"[{HAN}、，,]{{0,30}}(?:单位|学校|部门|股东|会员|业主|用户|市民|居民|家长|考生|客户|同志们)[：:]", text))


def is_log(text: str) -> bool:
    """2023-11-08 18:02:11 export job #5521 …: a program's log, a line for each thing it did, each
    opening on when."""
    lines = [line for line in text.split("\n") if line.strip()]
    stamped = sum(bool(re.match(r"\s*\[?\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ T]\d{1,2}:\d{2}", line)) for line in lines)
    return len(lines) >= 2 and stamped >= 0.8 * len(lines)


def is_reply(subject: str, body: str) -> bool:
    """Re: 今晚A版调整, over the words it answers quoted (> 今晚A版有没有调整？): a desk's exchange, no article."""
    return bool(re.match(r"\s*(?:re|回复|答复)\s*[:：]", subject, re.I)) and any(
        line.startswith(">") for line in body.split("\n"))


# 刘老师好！附上小诗一首，请安排…, 小王：这封来信安排明天A06…: the sender's word to the desk, greeting
# someone by name or post (never 编辑同志, a reader's letter's own), over what it sends.
_DESK_GREETING = re.compile(rf"^(?:[{HAN}]{{1,4}}(?:老师|编辑|主任|总|编|姐|哥)?(?:好|您好)[！!，,：:]|[小老][{HAN}][：:]"
                            rf"|[{HAN}]{{1,4}}(?:老师|编辑|主任|总|编)[：:])")
# 现将…通稿发送给各位, 发一张…图片新闻，请审阅: the sender's word on the copy it sends the desk.
_SENDS_COPY = re.compile(r"(?:现将|附上|发(?:来|送|上|一张|一篇)|供).{0,30}(?:稿|图片|短评|文章|新闻)|请(?:审阅|安排|刊发|刊用|采用)")
_DESK_ASKS = re.compile(r"安排|刊登|刊发|见报|附上|附件|稿|版|排|发一下|用一下|审阅|参考|采用|刊用|删改")
# （广告稿，请按版式原样刊登，勿改动文字）: the sender's instruction in brackets.
_DESK_INSTRUCTION = re.compile(r"^[（(][^（()）]*(?:请|勿|须)[^（()）]*[）)]$")


def is_desk_note(block: str) -> bool:
    """The first lines of a message to the desk that are the sender's word on what follows, no
    part of the article: a greeting by name with what to do (刘老师好！附上小诗一首，请安排…), or an
    instruction in brackets (（广告稿，请按版式原样刊登…）)."""
    first = block.strip().split("\n", 1)[0].strip()
    if (is_salutation(first) or opens_as_a_letter(first) and "编辑同志" in first) and not _SENDS_COPY.search(block):
        return False  # (编辑同志： over a reader's words is the letter's own; 各位媒体老师：现将…通稿发送给各位, a cover)
    return bool(_DESK_GREETING.match(first) and _DESK_ASKS.search(block) or _DESK_INSTRUCTION.match(first))


def forwarded_parts(lines: list[str]) -> list[str] | None:
    """A newsletter's message forwarding articles, each between rules (=====) and noting where it
    was printed under or over its heads (原载《农民日报》2021年3月4日第5版, 【第3版·城事】): the message in parts, one
    for each article, its note moved over its heads where its rule was, the sender's words around
    them blanked; or None."""
    rules_at = [k for k, line in enumerate(lines) if re.fullmatch(r"\s*[=＝\-－—─━_~]{6,}\s*", line)]
    parts, kept = [], 0
    for start, end in zip(rules_at, rules_at[1:]):
        top = [k for k in range(start + 1, end) if lines[k].strip()][:6]
        noted = next((k for k in top if parse_source_note(lines[k].strip()) or is_page_head(lines[k].strip())), None)
        if noted is None:
            continue
        body = ["" if k == noted or re.fullmatch(r"[【\[（(][一二三四五六七八九十\d]{1,2}[】\]）)]", lines[k].strip())
                else lines[k] for k in range(start + 1, end)]
        parts.append((start, end, [lines[noted].strip(), *body]))
        kept += 1
    if not kept:
        return None
    out, at = [], 0
    for start, end, text in parts:  # each part from its rule to the next, the lines before it blank
        out.append("\n".join([""] * (start - at) + text) + "\n")
        at = end
    out[-1] += "\n" * (len(lines) - at - 1)
    return out


# （一）, (2), 一、: a keeper's number of a clipping among several.
_ITEM_NUMBER = re.compile(r"^(?:[（(][一二三四五六七八九十\d]{1,2}[）)]|[一二三四五六七八九十]、)\s*")
# 江城日报 1986.4.30 一版, 江城日报 2015年3月12日 第4版: a paper's name, the day, the page, and nothing else.
# (…第一版 短评: the kind of piece after its page)
_PAPER_DAY_PAGE = re.compile(rf"^(?P<paper>[{HAN}]{{1,8}}?(?:日报|晚报|早报|报))[\s\u3000]*"
                             r"(?P<date>(?:\d{4}|\d{2})年\d{1,2}月\d{1,2}日|(?:\d{4}|\d{2})\.\d{1,2}\.\d{1,2})[\s\u3000]*"
                             rf"(?:第?\s*(?P<page>\d{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*版(?:[\s\u3000]+[{HAN}]{{2,6}})?)?$")
_DAY_PAPER = re.compile(rf"^(?P<date>(?:\d{{4}}|\d{{2}})年\d{{1,2}}月\d{{1,2}}日|(?:\d{{4}}|\d{{2}})\.\d{{1,2}}\.\d{{1,2}})[\s\u3000]*"
                        rf"(?P<paper>[{HAN}]{{1,8}}?(?:日报|晚报|早报|报))[\s\u3000]*"
                        r"(?:第?\s*(?P<page>\d{1,2}|[一二三四五六七八九十]{1,3})\s*版)?$")


def _dotted_day(text: str) -> tuple[int, int, int] | None:
    """85.4.2, 85年6月1日, 1986.4.30: a day as a hand writes it, a two-figure year the last century's."""
    m = re.fullmatch(r"(\d{4}|\d{2})[.年](\d{1,2})[.月](\d{1,2})日?", text)
    if not m:
        return None
    year = int(m[1]) + (1900 if len(m[1]) == 2 else 0)
    return year, int(m[2]), int(m[3])


def _parse_source_note(text: str) -> tuple[str, tuple[int, int, int] | None, str | None] | None:
    # 转自《羊城快报》: a note that says so names the paper alone
    if (m := _SOURCE_NOTE.match(text.strip())) and (m["before"] or m["after"] or m["page"] or m["prefix"]):
        # 第一版; 头版, the front page
        page = "1" if m["page"] == "头" else str(read_number(m["page"])) if m["page"] and not m["page"][-1].isdigit() else m["page"]
        return m["paper"], printed_date(m["before"] or m["after"] or ""), page
    if (m := _SOURCE_LINE.match(text.strip())) and (m["date"] or m["page"] or m["lettered"]):
        return m["paper"], printed_date(m["date"] or ""), m["page"] or m["lettered"]
    if m := _USED_LINE.match(simplified(text.strip())):
        return m["paper"], printed_date(m["date"]), m["page"]
    if m := _KEEPERS_NOTE.match(simplified(text.strip())):
        year, month, day = map(int, m["date"].split("."))
        year += 1900 if year < 100 else 0  # 85.1.20: the last century's, as such notes were written
        page = m["page"] and (m["page"] if m["page"].isdigit() else str(read_number(m["page"])))
        return m["paper"], (year, month, day), page
    return None


def is_date_alone(text: str) -> bool:
    """二O二三年六月十日, 2024年6月13日: a day on a line of its own, as a notice is dated under its
    issuer; never the start of a head."""
    return bool(re.fullmatch(r"[\d〇零○一二三四五六七八九OoＯ]{2,4}年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日",
                             simplified(text.strip()))) and printed_date(text) is not None


def _cited_page_spaced(text: str) -> str:
    """金融时报/2018年/5月/16日/第006版, a database's head over a page of print (CNKI's), its parts between
    slashes: set as a running head sets them (金融时报　2018年5月16日　第006版)."""
    cited = _CITED_PAGE.match(text.strip()) if "/" in text else None
    return f"{cited['paper']}　{cited['y']}年{cited['m']}月{cited['d']}日　{cited['page']}" if cited else text


_CITED_PAGE = re.compile(r"^(?P<paper>[^/\s]{2,12})/(?P<y>\d{4})年/(?P<m>\d{1,2})月/(?P<d>\d{1,2})日/(?P<page>第[A-Z]?\d{1,3}版)$")


def printed_date(text: str) -> tuple[int, int, int] | None:
    """The date printed in the page header (2022年11月18日 星期五, 人民日报　2024年3月6日　星期三),
    or in a note of where the article was printed, or when a news app or a site posted it
    (发布时间：2023-05-06 08:30  来源：江州日报), if this line is one."""
    # 二O一一年: the OCR's letter O for the numeral 〇, between the year's numerals
    text = re.sub(r"(?<=[〇零一二三四五六七八九OoＯ])[OoＯ](?=[〇零一二三四五六七八九OoＯ]*年)", "〇", simplified(text))
    text = re.sub(r"(?<=\d)[OoＯ](?=\d*[年月日])", "0", text)  # 1975年8月2O日: in figures, the letter for 0
    text = _cited_page_spaced(text)
    if (text.endswith(("）", ")", "*", "版", "》", "栏目", "专栏")) or _KEEPERS_NOTE.match(text) or _PAPER_DAY_PAGE.match(text)
            or _DAY_PAPER.match(text)) and (note := parse_source_note(text)) and note[1]:
        return note[1]
    m = _PRINTED_DATE.match(text) or _POSTED_AT.match(text) or is_running_head(text) and next(
        filter(None, map(_PRINTED_DATE.fullmatch, head_parts(text))), None)
    if not m:
        credits = parse_credits(text) if re.search(r"[：:]", text) else None
        return credits.date if credits else None
    if m.groupdict().get("roc"):  # 中華民國七十六年七月十五日: the Republic's years, as Taiwan prints them
        return read_number(m["roc"]) + 1911, read_number(m["m"]), read_number(m["d"])
    if m.groupdict().get("be"):
        return read_number(m["be"]) - 543, read_number(m["m"]), read_number(m["d"])
    if m.groupdict().get("roc2"):
        return int(m["roc2"]) + 1911, int(m["m3"]), int(m["d3"])
    return (read_number(m["y"]), read_number(m["m"]), read_number(m["d"])) if m["y"] else (int(m["y2"]), int(m["m2"]), int(m["d2"]))


_ZH_DIGIT = {c: n for n, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0}


def read_number(text: str) -> int:
    """A number in figures or in Chinese, as dates and pieces are numbered: 12, 一九七九 (digit by
    digit), 十一, 二十, 廿五, 一百零二."""
    if text.isdigit():
        return int(text)
    text = text.replace("廿", "二十").replace("卅", "三十")
    if "百" in text:
        hundreds, _, rest = text.partition("百")
        return _ZH_DIGIT[hundreds or "一"] * 100 + (read_number(rest.lstrip("零〇")) if rest.strip("零〇") else 0)
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (_ZH_DIGIT[tens] if tens else 1) * 10 + (_ZH_DIGIT[ones] if ones else 0)
    return int("".join(str(_ZH_DIGIT[c]) for c in text))


def is_column_name(text: str) -> bool:
    """A column name printed beside the furniture: 就业·创业, 民生·热线, 新春走基层, 梧桐　副刊."""
    parts = text.split()
    return 2 <= len(text) <= 9 and len(parts) <= 2 and all(len(p) <= 4 for p in parts[1:]) \
        and not re.search(r"[，。！？：；、“”]", text)


_CREDIT = re.compile(
    rf"(?:^|[\s。！？]|[（(])[^\s。，]{{0,16}}?(?:[/／]\s*{NAME}|[\s]|记者|通讯员|受访者|摄影|主办方|警方|校方|院方)"
    rf"\s*(?:摄|供图)\s*[）)]?$|(?:^|\s)(?:摄|供图)$"
    # 本报记者 王一鸣摄, 新华社记者 李贺摄: the photographer's name runs into 摄
    rf"|(?:记者|通讯员|摄影|摄影记者)\s*{NAME}(?:[、\s]{NAME})*摄\s*[）)]?$")
# …加緊操練。（圖：本報 李國威）: who took the photo, named after 图 in brackets closing its caption.
_PICTURED_BY = re.compile(r"[。！？]\s*[（(]\s*[图圖]\s*[：:／/]\s*(?P<by>[^（()）：:。]{2,16})[）)]$")
# 新华社发（陈　亮摄）: a photo an agency sent, its photographer in brackets.
_AGENCY_PHOTO = re.compile(rf"^(?:{PAPER}|[{HAN}]{{2,8}}社)发(?:\s*[（(](?P<by>[^（()）]{{1,20}})摄[）)])?$")
# …冬季蔬菜供应充足。新华社发（欧阳东摄）: the same credit closing a caption
_AGENCY_PHOTO_CLOSING = re.compile(rf"[。！？\s](?:{PAPER}|[{HAN}]{{2,8}}社)发\s*[（(](?P<by>[^（()）]{{1,20}})摄[）)]$")
# 题图　施　晴, 插图：王　犁: who drew the picture set with an essay.
_DRAWN_BY = re.compile(rf"^(?:题图|插图|漫画|绘图|制图|题头)\s*[:：/／]?\s*{NAME}(?:\s+[{HAN}])?$")
_PHOTO_NOTE = re.compile(r"^(?:本版|本页|本组)?图片(?:均)?由.{1,20}(?:提供|供图)[。]?$")


# 吴勇/光明图片, 李　强／人民视觉: the photographer, then the picture desk or agency that filed it.
_SLASH_CREDIT = re.compile(rf"(?:^|(?<=[。！？\s]))(?P<by>[{HAN}](?:[{HAN}]|[ \u3000](?=[{HAN}])){{1,4}})\s*[/／]\s*(?:[{HAN}]{{2,4}}图片|人民视觉|视觉中国|东方IC|新华社|中新社)$")
# 摄影｜郑宇航, 摄影：郑宇航, 图/王涛, 圖／記者林志成攝: the photographer named after a label, as posts
# and Taiwan's papers credit pictures.
_LABELLED_PHOTO = re.compile(r"^(?:摄影|摄|图片|图)\s*[｜|丨：:/／]\s*(?P<by>[^｜|丨：:/／。，]{2,20}?)\s*摄?$")
# …纳凉休闲。（摄影　朴春花）, （摄影：陈志强）: the credit in brackets closing a caption, labelled first.
_BRACKETED_PHOTO = re.compile(rf"(?:^|(?<=[。！？\s]))[（(](?:摄影|摄)\s*[：:\s]\s*(?P<by>[{HAN}][ \u3000]?[{HAN}]{{1,3}})[）)]$")
# 刘　伟摄（人民视觉）: the agency that supplied a photo, after its credit.
_CREDIT_AGENCY = re.compile(r"(?<=摄)\s*[（(][^（()）]{1,10}[）)]$")


def is_credit(text: str) -> bool:
    """A photo credit alone on its line, under the caption it closes: 记者　顾　炜　摄,
    刘　伟摄（人民视觉）, （陈福洲摄）; not a caption closed by its credit (上海队罗伯茨（右）突破上篮　新民晚报记者　杨　晔　摄)."""
    if re.fullmatch(r"[（(][^（()）]{2,20}[)）]", text.strip()):
        text = text.strip()[1:-1]  # a credit in brackets, as papers in Singapore set it
    return bool(_AGENCY_PHOTO.match(simplified(text)) or _NAMELESS_CREDIT.fullmatch(simplified(text.strip()))) or (
        bool(photographers(text)) and not re.search(r"[。！？，（(]", bare := _CREDIT_AGENCY.sub("", text))
        and all(len(part) <= 12 for part in re.split(r"[\s/／]+", bare)))


# 本报通讯员 摄, 本报记者摄: a credit that names the photographer's post alone.
_NAMELESS_CREDIT = re.compile(rf"(?:{PAPER})?(?:{_ROLE_ALT})\s*摄")


# A caption that tells the scene at length and closes with its photographer in brackets
# (…爱护园内的各项设施。（梁伟强摄）), as papers in Singapore set them.
LONG_CAPTION = 200


def is_caption(text: str) -> bool:
    """A photo caption: ▲…, a line ending in a photo credit (…记者/何春林 摄, …受访者 供图); a
    head after the ▲ (▲西安至延安公路改建工程开工) is a brief's, in a column of them."""
    rest = text[1:].strip()
    if text.startswith(("▲", "△")) and is_bare_heading(rest) and not rest.startswith("图") \
            and "。" not in rest and not rest.endswith(("摄", "供图")):
        return False
    if text.startswith(("▲", "△")) and run_in_title(text) is not None and not rest.endswith(("摄", "供图")):
        return False  # ▲广铁集团开行务工人员专列 春运期间…: a brief, its title run in
    if text.startswith(("▲", "△", "图为", "上图", "下图", "左图", "右图")):
        return True
    text = _CREDIT_AGENCY.sub("", simplified(text))
    # Most lines credit no one: the searches below look for 摄, 图 or a slash, and need one.
    shot, pictured, slashed = "摄" in text, "图" in text, "/" in text or "／" in text
    labelled = shot and _BRACKETED_PHOTO.search(text)  # (before a padded name is closed up: 摄影　朴春花)
    if " " in text or "\u3000" in text:  # 通讯员　刘　涛摄, 题图　施　晴: a two-character name padded to three.
        text = re.sub(rf"(?<![{HAN}])([{HAN}])[ \u3000]([{HAN}])[ \u3000]([{HAN}])(?=\s*摄)", r"\1\2\3", text)  # 黃 國 華 攝
        text = re.sub(rf"(?<![{HAN}])([{HAN}])[ \u3000]([{HAN}])(?=摄|[^{HAN}]|$)", r"\1\2", text)
    if pictured and len(text) <= 120 and _PICTURED_BY.search(text) and _photographers(text):
        return True
    if pictured and len(text) <= 120 and re.search(r"(?:视频截图|资料图片|资料图|网络图片|[。！？\s]图据[^。，\s]{2,10})$", text):
        return True  # …背乘客下车。图据受访者: where a photo came from
    # …厂房　沈一鸣/摄, 杨帆／摄 alone, …拍照。　封面新闻记者　王晓峰　摄影报道 (alone under a title, 成都商报记者
    # 李佳 摄影报道 signs the report: she took its pictures and wrote it)
    # (記者鄧建國／攝影: Taiwan's papers credit a photo as they sign a report, 記者…／台北報導)
    if shot and len(text) <= 120 and re.search(rf"(?:^|[。！？\s])(?:记者)?{NAME}\s*[/／]\s*摄影?$|[。！？]\s*[^。！？]{{2,30}}摄影报道$", text):
        return True
    if pictured and re.fullmatch(r"(?:图|图片|图片来源)\s*[：:／/\s]\s*[\w·]{1,12}", text):
        return True  # 图　IC, 图／视觉中国: the agency a photo came from
    # …维修告示。顾炜摄, …追逐嬉戏。（王立新摄）, （县文化馆 陈光摄）: where the photographer works, then who;
    # …驾驶训练。（冯磊、王文龙摄）: two who took it
    named = shot and re.search(rf"(?:^|[。！？\s])(?:[（(](?:[{HAN}]{{2,10}}\s+)?([{HAN}]{{2,4}}(?:、[{HAN}]{{2,4}})?)摄[）)]"
                               rf"|([{HAN}]{{2,4}})摄)$", text)
    if named and all(map(is_person_name, (named[1] or named[2]).split("、"))) \
            and len(text) <= (LONG_CAPTION if named[1] else 120):
        return True
    # (the label says a person took it: a name of any surname, 朴春花 too)
    if labelled and _NAME_SHAPE.fullmatch(re.sub(r"\s", "", labelled["by"])) \
            and len(text) <= LONG_CAPTION:
        return True
    return len(text) <= 120 and bool((shot or "供图" in text) and _CREDIT.search(text) or _PHOTO_NOTE.match(text)
                                     or _AGENCY_PHOTO.match(text) or _DRAWN_BY.match(text)
                                     or slashed and _SLASH_CREDIT.search(text)
                                     or shot and is_credit(text) and any(map(is_transliterated_name, photographers(text))))


def is_isolated_caption(text: str, gap_before: int) -> bool:
    """An unmarked caption: one short sentence set apart by the wide gap a photo leaves."""
    return (gap_before >= 2 and len(text) <= 60 and ends_sentence(text)
            and text.count("。") <= 1 and not text.startswith(("“", "「"))
            and not is_column_titled(text))  # 春耕莫误农时（短评）: its ） closes a column's name, no sentence


def is_desk_signature(text: str) -> bool:
    """本报编辑部, 编者, 中国文化报非遗版编辑部: the paper's desk signing its reply to a letter or
    its call for entries, no head."""
    return bool(re.fullmatch(rf"(?:本报|本刊|本版|(?:{PAPER})[{HAN}]{{0,6}}版?)?(?:编辑部|编者|读者服务部|群工部|群众工作部|读者来信部)",
                             simplified(text.strip())))


# A turn of a Q&A column or an interview as a line opens on it: 问：, 答：, 记者：, Q：, A：.
_TURN_OF_TALK = re.compile(r"^(?:问|答|问题|回答|记者|記者|本报记者|Q|A)\s*[:：]\s*\S")


def is_bare_heading(text: str) -> bool:
    """A title or 小标题 printed without Markdown: short, no closing mark, not a clause of prose.

    Heads use spaces between their parts (天元区 邀请劳模工匠欢聚一堂); a comma is allowed
    only in the parallel form 奔赴社区，吹响青春集结号, never in a cut sentence
    (2月10日上午，青年干部马洁琼接到).
    """
    if not text or len(text) > 32 or ends_sentence(text) or text[-1] in "，、—-" or is_desk_signature(text) \
            or is_document_number(text):
        return False
    if is_editors_note(text) and re.search(r"[:：]\s*\S", text):
        return False  # 编者附言：此信已转洪湖县 / 供销社，…: the editor's note, its text under its label, wrapped
    if re.search(r"。[”’」』]?[^\s”’」』）)]", text):
        return False  # …用了将近一年时间。低层住户担心采: a sentence ends inside it, and the next runs on
    if _TURN_OF_TALK.match(text):
        return False  # 问：我家孩子5岁，最近一个多月 / 答：…: a question and its answer, wrapped at the column
    text = re.sub(r"^【[^【】]{2,8}】(?=.)", "", text)  # 【读者来信】…: the column's name before the head
    if re.match(r"^[^“]*”", text):
        return False  # 套完善”之类的模糊表述，法院通常: it closes a quote it never opened, cut from text
    text = re.sub(r"(?<=\d)[:：∶](?=\d)", "比", text)  # a score or a time (1:1, 19:30) is no colon of speech
    if re.fullmatch(r"[^，。！？：:]{2,16}？[^，。！？：:]{1,6}[：:][^，。！？：:]{2,12}", text):
        return True  # a rumour put as a question, then who answers it: “隔夜水”不能喝？专家：没那么可怕
    if re.match(r"^(?:\d{1,4}[年月日号]|近日|日前|目前|今年|去年|昨天|今天|当天)[^，]*，", text):
        return False  # 2月10日上午，青年干部… opens a sentence; 5月份制造业PMI为51.0% is a head
    # One colon after a short speaker or topic is a head's form (物业：配件正在调货, 试驾星驰S7：
    # 城区通勤一周，电耗表现超预期); after a verb of saying it opens speech (他说：…).
    if re.match(r"^[^：:，]{0,5}(?:说|表示|指出|认为|强调|要求|介绍|坦言|告诉记者|获悉|了解到|称)[：:]", text):
        return False
    # The topic may be a unit's full name (乌鲁木齐车辆段：智能检测“把脉”冬季车辆), and each part of
    # a head set in parts may have its own (公交站牌字太小看不清　公交集团：年内更换).
    text = re.sub(r"^[^：:，]{1,8}[：:](?=[^：:]{2,}$)", "", text, count=1)
    parts = text.split()
    if len(parts) == 2 and re.fullmatch(r"[^：:，\d]{1,8}[：:][^：:\d]{2,}", parts[1]) and not re.search(r"[：:]", parts[0]):
        text = parts[0] + " " + re.split(r"[：:]", parts[1])[1]
    clauses = re.split(r"[，]", text)
    if re.search(r"[；：]", text) or len(clauses) > 2:
        return False
    if len(clauses) == 2 and asks(clauses[1]):
        return all(3 <= len(c) <= 14 for c in clauses)  # 邻居摄像头正对自家大门，能否要求拆除: a question's head
    if len(clauses) == 1 or all(3 <= len(c) <= 9 for c in clauses):
        return True
    # Longer parts (预付了两万元的健身卡，门店一夜“蒸发”) where the head ends on a whole word; a line
    # of text cut at the column's end ends on a character left of one (…有年近70岁的老).
    return all(3 <= len(c) <= 12 for c in clauses) and len(words(text.rstrip("”’」』）)"))[-1]) > 1


# A question put as a head, its mark often left off: 能否…, 该不该…, 如何…
_ASKS = r"(?:能否|是否|可否|如何|怎样|怎么|为何|为什么|该不该|能不能|要不要|可不可以|谁来|何时|何去何从)"


def asks(text: str) -> bool:
    """A head's clause that puts a question (如何破解, 能否要求拆除)."""
    return bool(re.match(_ASKS, text))


def puts_a_question(text: str) -> bool:
    """A head that asks, its mark printed or not: …家长该怎么办？, 植物也会“感冒”吗, …退费难在哪."""
    last = re.split(r"[，\s]+", text.rstrip("？?"))[-1]
    return text.endswith(("？", "?")) or bool(re.search(r"(?:吗|呢|在哪|何在)$", text)) or asks(last)


# …如何认定（以案说法）, or in square brackets: …如何认定［以案说法］, …【学习札记】
# (A serial's part, 綏東旅行記（三）, 农村调查（上）, closes its title as a column's name does.)
_COLUMN_TAG = re.compile(r"^(?P<title>.+?)\s*[（(［【\[](?P<column>[^（()）［］【】\[\]\s，。！？；：:]{2,16}"
                         r"|[一二三四五六七八九十上中下续續])[）)］】\]]$")


def tags_its_kind(text: str) -> bool:
    """〔短評〕防汛不可稍緩, 【社论】…: a title opening with the kind of piece in brackets."""
    m = re.match(r"[〔【\[［（(]([^〔〕【】\[\]［］（()）]{2,5})[〕】\]］）)]\S", text.strip())
    return bool(m) and is_genre_label(m[1])


def title_and_writer(text: str) -> tuple[str, str] | None:
    """【市聲】電車加價誰之過　　丁舟, 的士問題要正視　　◇多　言: a head with its writer's name after a
    wide space on its line, or after a space and the writer's bullet (…“带电” □ 王楠, the OCR running
    them together)."""
    m = re.fullmatch(rf"(?P<title>\S.{{3,30}}?)(?:[ \u3000]{{2,}}|[ \u3000](?=[{BULLETS}]))(?P<bullet>[{BULLETS}]?)[ \u3000]?"
                     rf"(?P<name>[{HAN}][ \u3000]?[{HAN}]{{1,2}})",
                     text.strip())
    if not m or re.search(r"[。，！？：:]$|[ \u3000]{2,}", m["title"]):  # (a table's row)
        return None
    name = re.sub(r"[ \u3000]", "", m["name"])
    # (的士問題要正視　　◇多　言: a pen name after its bullet, whatever its first character)
    if not (is_person_name(name) or m["bullet"] and name_line(m["bullet"] + m["name"]) is not None):
        return None
    return m["title"].strip(), name


def is_chapter_head(text: str) -> bool:
    """第十一章　渡口（续）, 第四十二回: a chapter's head inside a serial's instalment, never an item."""
    return bool(re.match(r"第[一二三四五六七八九十百零〇\d]{1,5}[章回节]", text.strip()))


def numbers_an_instalment(text: str) -> bool:
    """春明舊夢（四十二）, 农村调查（上）: a serial's title, its instalment's number closing it."""
    return bool(re.search(r"[（(](?:[一二三四五六七八九十百〇○零]{1,4}|\d{1,3}|[上中下续續])[）)]$", text.strip()))


_BRACKETED_COLUMN_FIRST = re.compile(r"[【〔［](?P<column>[^【】〔〕［］]{2,6})[】〕］]\s*(?P<title>[^\s【】〔〕［］].{1,23})")


def opens_with_column_name(text: str) -> bool:
    """【小言】說冷氣, 〔短評〕防汛不可稍緩: a head opening with its column's name in brackets, as older
    papers set it; a box's (【小資料】) or a page's (【第3版·城事】) is none."""
    first = _BRACKETED_COLUMN_FIRST.fullmatch(text.strip())
    return bool(first) and is_bare_heading(first["title"]) \
        and (not is_box_name(first["column"]) or is_genre_label(first["column"])) \
        and not re.search(r"[：:\d]|版|电$|小辞典|小资料|链接", simplified(first["column"])) and parse_byline(first["column"]) is None


def is_column_titled(text: str) -> bool:
    """A title closing with its column's name in brackets, as national dailies print them:
    让“小店经济”活起来（人民时评）, 小微企业如何跨过融资关（经济新方位·中小企业闯关记②）.
    A credit in brackets (（据新华社电）, （完）) or a byline is no column."""
    m = _COLUMN_TAG.match(text)
    if not m:
        return False
    # A title may ask or exclaim before its column (业主能否拒付？（以案说法）), or be two short
    # clauses (毕业季，我为什么选择回到县城（青年说）).
    title = m["title"].rstrip("？！?!")
    clauses = title.split("，")
    return (is_bare_heading(title) or len(clauses) == 2 and all(2 <= len(c) <= 16 and is_bare_heading(c) for c in clauses)) \
        and not _CLOSING_CREDIT.search(text) and parse_byline(m["column"]) is None \
        and not _QUALIFIER.search(simplified(m["column"])) and not _WHEN.fullmatch(m["column"]) \
        and not re.search(r"[\d%％]$", m["title"]) \
        and not is_credit(text)  # 3.80%—4.20%（年化）: a figure's note; 卡·维什涅夫斯基摄（波兰新闻社稿）: a credit; no column


def without_column_tag(title: str) -> str:
    """改革要敢于碰硬（评论员文章） → 改革要敢于碰硬: the title as a list of the page's pieces gives it."""
    return _COLUMN_TAG.match(title)["title"] if is_column_titled(title) else title


# A day or hour in brackets (將於本週六（9日）, （週二）, （下午3時）): when, in a line of text; no column's name.
_WHEN = re.compile(r"[\d０-９一二三四五六七八九十廿]+\s*[日号號时時点點]|(?:星期|週|周|禮拜|礼拜)[一二三四五六日天]")


# What a bracket after an offer limits it to (免费送货（巴生谷范围内）, （限本市）, （节假日除外）): no column's name.
_QUALIFIER = re.compile(r"^限|(?:范围内|以内|以上|以下|除外|为准|为止|优先|均可|不限)$")


def is_kicker_line(text: str) -> bool:
    """A kicker leading into the title with a dash: 乡村振兴看一线——."""
    return text.endswith("—") and is_bare_heading(text.rstrip("—- "))


# （据新华社电）, （完）, （新华社）, （本报综合）, （来源：人民网）, （摘自3月9日《钱江晚报》）: what closes an item.
_CLOSING_CREDIT = re.compile(
    r"[（(](?:完|未完|未完待续|待续|續完|续完|全文完|据[^（()）]{2,20}|[^（()）]{0,12}(?:电|社|综合|供稿|报道)|来源[：:][^（()）]{2,20}"
    r"|(?:摘自|摘编自|转自|转载自|选自|原载)[^（()）]{2,40})[）)]$")


# （经济）广东前4月外贸进出口增长12.8%: a wire story's desk, in brackets before its title.
_WIRE_DESK = re.compile(rf"^[（(](?:(?P<desk>[{HAN}]{{2}}(?:·[{HAN}]{{2,6}})?)|\d{{1,2}})[）)](?:\s*[（(]\d{{1,2}}[）)])?"
                        rf"\s*(?P<title>\S.{{3,}})$")
# …增长较快。（完）: the wire's mark that the story ends here.
_END_MARK = re.compile(r"\s*[（(]完[）)]\s*$")


# 图片新闻：槐花飘香: a photo item's label before its title, as a site or an app files it.
# (（圖）豪雨過後農民搶收西瓜: a cataloguer's mark that the clipping is a picture)
_PHOTO_LABEL_FIRST = re.compile(r"^(?:【(?:图片新闻|图片报道|新闻图片)】|(?:图片新闻|图片报道|新闻图片)\s*[:：｜|]\s*"
                                r"|[（(]图[）)]\s*)(?P<title>\S.+)$")


def is_photo_label(text: str) -> bool:
    """（圖片新聞）, 【图片新闻】, 图片新闻 alone on a line over the caption: the item is a photo."""
    return bool(re.fullmatch(r"[（(【\[]\s*(?:图片新闻|图片报道|新闻图片)\s*[）)】\]]|图片新闻|新闻图片", simplified(text.strip())))


# 〔广告〕同春堂药号, （本市简讯）米价续涨, 社论：春耕贷款不可再迟, 春雨（诗）: the kind of piece or its
# column an index's maker wrote into the title, before it or in brackets after it.
_LABEL_BEFORE = re.compile(r"[〔【\[［（(](?P<bracketed>[^〔〕【】\[\]［］（()）]{1,6})[〕】\]］）)]\s*(?P<title>\S.{1,})"
                           r"|(?P<named>[^：:，。\s｜|]{2,6})[：:]\s*(?P<rest>\S.{1,})"
                           r"|(?P<barred>[^：:，。\s｜|]{2,6})\s*[｜|]\s*(?P<after_bar>\S.{5,})")  # 商评｜…: an app's column
_KIND_AFTER = re.compile(r"(?P<title>\S.+?)\s*[（(](?:诗|詩|词|詞|散文|小说|小說|杂文|雜文|寓言|漫画|漫畫)[）)]")


def labelled_title(title: str) -> tuple[str, str] | None:
    """(the label, the title) of a catalogue's title that carries its piece's kind or column
    (〔广告〕…, （本市简讯）…, 社论：…, …（诗）; the label "" where only the kind follows), or None."""
    text = title.strip()
    if m := _LABEL_BEFORE.fullmatch(text):
        if m["barred"]:  # 岚江时评｜…, 商评｜…: a column's name before a bar, however it is worded
            return m["barred"], m["after_bar"].strip()
        label, rest = (m["bracketed"], m["title"]) if m["bracketed"] else (m["named"], m["rest"])
        if is_genre_label(label) or names_a_column_of_briefs(label) or is_advert_label(label) \
                or re.fullmatch(r"广告|启事|诗|散文|小说|照片|图片", simplified(label)) and m["bracketed"]:
            return label, rest.strip()
    if m := _KIND_AFTER.fullmatch(text):
        return "", m["title"].strip()
    if m := re.fullmatch(r"(?P<title>\S.+?)\s*[（(](?P<label>广告|廣告)[）)]", text):
        return m["label"], m["title"].strip()  # 柘江大曲 香飘万家（广告）
    return None


def photo_label_first(title: str) -> str | None:
    """The title of a photo item filed under its label first (图片新闻：槐花飘香 → 槐花飘香), or marked
    so by a cataloguer after it (丰台桥梁工厂青年突击队（图片）), or None."""
    m = _PHOTO_LABEL_FIRST.match(simplified(title.strip()))
    if m:
        return title.strip()[m.start("title"):]
    marked = re.match(r"^(?P<title>.{2,}?)\s*[（(](?:图片|圖片|照片|摄影|攝影)[）)]$", title.strip())
    return marked["title"] if marked else None


def stops_mid_sentence(text: str, least: int = 2) -> tuple[int, str] | None:
    """The line and the last words of a text whose last paragraph breaks off inside a sentence
    (…据了解，今年以来全市累计) with no line end after it, where the paragraphs before it end theirs:
    a file cut short. None for a text that ends on a mark, a byline, a credit, a number to call or
    a short line (a name, a place). `least`: the paragraphs ending theirs it takes (a record's
    field, its text whole, takes one)."""
    if text.endswith(("\n", "\r")):
        return None  # a file that ends its last line was saved whole
    # (<p>&nbsp;&nbsp;…帮助基层: a text kept as HTML paragraphs, read without its tags; {Abstract}: <正>…:
    # a reference manager's last field)
    lines = [re.sub(r"<[^>]+>|&nbsp;|^\{[A-Za-z ]+\}:\s*", "", line) for line in text.rstrip().split("\n")]
    last = lines[-1].strip() if lines else ""
    # (a space only in its first words, 本报讯 今年以来…, is its dateline's)
    if len(last) < 8 or not re.search(r"[，、；]", last) or not re.search(rf"[{HAN}]$", last) or re.search(r"\s", last[12:]) \
            or parse_byline(last) is not None or is_credit(last) or is_furniture(last) or is_contact_line(last) \
            or closes_with_photo_credit(last):
        return None
    before = [line.strip() for line in lines[:-1] if len(line.strip()) > 20][-7:]  # (the last paragraphs, fields between)
    if len(before) < least or sum(map(ends_sentence, before)) * 3 < 2 * len(before):
        return None
    return len(lines), last[-12:]


# A keeper's remark typed into a clipping in square brackets: a note to herself ([日期没记下来，待查],
# [下面一则同版，右下角]) or the slot of the head it follows ([肩题]); the print has no such brackets.
_REMARK = re.compile(rf"\s*\[(?P<inner>[^\[\]\n]*[{HAN}][^\[\]\n]*)\]")
_SLOT_NAMES = ("肩题", "引题", "眉题", "主题", "正题", "副题", "小标题")


# [手写：1978.5.4 县报], （剪报旁注：79.10.12 南屏日报 二版）: the note of print a keeper wrote by the
# clipping, as its transcriber marks it.
_HAND_NOTE = re.compile(r"[\[（(]\s*(?:手写|手書|旁注|剪报旁注|剪報旁註|批注|眉批|铅笔|钢笔)\s*[：:]\s*(?P<note>[^\]）)\n]{4,60})[\]）)]")


# A phone's status bar on top of a screenshot read by OCR: its clock, then its signal and battery
# (8:35 ⊙ 🔕 · 4G ▮▮▮ 87%, 8:40  4G 81%), no word of the article's.
_STATUS_BAR = re.compile(rf"^\s*\d{{1,2}}:\d{{2}}(?!\d)[^{HAN}]{{0,60}}?(?:\d{{1,3}}\s*%|\b[345]G\b|LTE|Wi-?Fi|[▮▯ᯤ])[^{HAN}]*$", re.I)
# The app's bar under it: back, close or menu marks round its name (く 返回 淮川日报 ⋯, × 淮川日报·数字报 ⋮, 返回  淮川日报).
_APP_BAR = re.compile(rf"^\s*(?:[<＜‹く←×✕]\s*)?(?:返回\s*)?[{HAN}A-Za-z+·]{{0,12}}\s*(?:[⋯…⋮︙⤴↗]|\.{{3}})?\s*$")
# Its links to the articles either side (< 上一篇　下一篇 >).
_APP_NEIGHBOURS = re.compile(r"^\s*[<＜‹←]?\s*上一篇\s+下一篇\s*[>＞›→]?\s*$")
# What the app sets under the article: —— END ——, 阅读 1.2万, its buttons (点赞 分享 写留言, 👍 128 ☆ 收藏),
# 相关推荐 and the heads it recommends, 了解详情 >.
_APP_FOOT = re.compile(r"^\s*(?:[—–-]{1,2}\s*END\s*[—–-]{1,2}|阅读\s*[\d.]+\s*万?(?:\s+(?:评论|点赞|在看)\s*\d+)*|写留言|相关推荐|了解详情\s*[>＞›]"
                       r"|(?:[♡☆↗⤴👍]?\s*(?:点赞|赞|在看|收藏|分享(?:到微信)?|写留言|评论)\s*\d*\s*){2,})\s*$")


# 汉王文本王 V6.0 识别结果, 尚书七号OCR识别结果: the program that read a scan, atop what it read; then its
# labelled lines (图像文件：E:\\扫描\\0001.tif, 识别时间：2009-3-21 22:14:05) and a rule.
_OCR_PROGRAM = re.compile(r"^\s*\S.{0,30}?(?:识别结果|識別結果|识别报告|OCR\s*(?:结果|输出|Result))\s*$", re.I)
_OCR_FIELD = re.compile(r"^\s*(?:图像文件|圖像文件|图像|源文件|原文件|文件名|识别时间|識別時間|识别日期|处理时间|页码|识别引擎|版本)\s*[:：]")


def ocr_header_off(lines: list[str]) -> list[str] | None:
    """A page with the OCR program's header over it, the header blank (its time of reading no day of
    the paper's), each line in its place; None for a page that opens on no such header."""
    top = next((k for k, line in enumerate(lines) if line.strip()), None)
    if top is None or not _OCR_PROGRAM.match(lines[top]):
        return None
    end = top + 1
    while end < len(lines) and end <= top + 8 and (not lines[end].strip() or _OCR_FIELD.match(lines[end])
                                                    or re.fullmatch(r"\s*[-=_─—*]{6,}\s*", lines[end])):
        end += 1
    return [""] * end + lines[end:]


# …or read a line per icon: 08:30 / 回⊙· / 令.l / 85% / く / …, the clock alone on top and the battery's
# figure among short lines of marks (one character of Chinese at most, a misread icon).
_CLOCK_ALONE = re.compile(r"^\s*\d{1,2}:\d{2}\s*$")


def _status_bar_spread(lines: list[str]) -> int:
    """How many lines a status bar read a line per icon spans from the top (the app's marks under
    it with it), or 0."""
    top = next((k for k, line in enumerate(lines) if line.strip()), None)
    if top is None or not _CLOCK_ALONE.match(lines[top]):
        return 0
    end, battery = top + 1, False
    while end < len(lines) and end <= top + 8 and (not lines[end].strip() or len(lines[end].strip()) <= 8
                                                  and len(re.findall(rf"[{HAN}]", lines[end])) <= 1):
        battery |= bool(re.search(r"\d{1,3}\s*%|^\s*(?:[345]G|LTE|Wi-?Fi)\s*$", lines[end], re.I))
        end += 1
    return end if battery else 0


def screenshot_text(lines: list[str]) -> list[str] | None:
    """The text of a phone's screenshot read by OCR: the phone's status bars and the app's bar under
    the first blanked, and all from the app's foot down (阅读 1.2万, 相关推荐 and its heads) blanked,
    each line in its place; None for a text that opens on no status bar."""
    spread = _status_bar_spread(lines)
    if not spread and not any(_STATUS_BAR.match(line) for line in lines[:3]):
        return None
    out = [""] * spread + ["" if _STATUS_BAR.match(line) else line for line in lines[spread:]]
    top = next((k for k, line in enumerate(out) if line.strip()), len(out))
    if top < len(out) and _APP_BAR.match(out[top]) and re.search(r"[<＜‹く←×✕⋯…⋮︙⤴↗]|返回|\.{3}", out[top]):
        out[top] = ""
    out = ["" if _APP_NEIGHBOURS.match(line) else line for line in out]
    foot = next((k for k, line in enumerate(out) if k > top and _APP_FOOT.match(line)), len(out))
    return _title_over_the_account(out[:foot] + [""] * (len(out) - foot))


# Under an app's title, the account that put it up and when: 钱江晚报 / 昨天18:20·钱江晚报官方账号, 原创 记者 沈雨婷
# 绍兴晚报 2023-05-24 07:10, 3小时前·光明网官方账号, 2022-10-21 08:05 来源：澎湃新闻.
_ACCOUNT = re.compile(r"^(?:原创\s|.{0,20}官方账号|(?:昨天|今天|前天|\d{1,2}小时前|\d{1,2}分钟前|\d{4}-\d{2}-\d{2})\s*\d{0,2}:?\d{0,2}\s*(?:[·•]|来源|$))")


def _title_over_the_account(lines: list[str]) -> list[str]:
    """An app's title set in large type over the account's line, broken at the screen's width
    (6月1日起杭州地铁多条线路 / 延长运营时间): one line, the app's name over it (澎湃新闻 / …) none of it."""
    filled = [k for k, line in enumerate(lines) if line.strip()][:8]
    while filled and (is_site_name(lines[filled[0]].strip()) or re.fullmatch(r"[^\w]{1,3}", lines[filled[0]].strip())) \
            and len(filled) > 2 and not _ACCOUNT.match(lines[filled[1]].strip()) and not is_site_name(lines[filled[1]].strip()):
        lines = lines[:filled[0]] + [""] + lines[filled[0] + 1:]  # (the app's bar: its name, its menu)
        filled = filled[1:]
    under = next((n for n, k in enumerate(filled[:4]) if n and (_ACCOUNT.match(lines[k].strip()) or is_site_name(lines[k].strip())
                                                               or (signed := parse_byline(lines[k].strip())) and signed.authors)), None)
    if under != 2:
        return lines
    upper, lower = (lines[k].strip() for k in filled[:2])
    if len(upper) < 8 or len(lower) > len(upper) or ends_sentence(upper) or ends_sentence(lower) \
            or is_page_head(lower) or re.search(r"[|｜:：]|来源|\d{1,2}:\d{2}", lower):
        return lines  # (a title over its day and page, or over the account's line: no title wrapped)
    head = upper + lower
    return [head if k == filled[0] else "" if k in filled[1:under] else line for k, line in enumerate(lines)]


def without_remarks(line: str) -> str:
    """The line without a keeper's remarks in square brackets, those that read as her notes (a
    sentence's mark inside, or eight characters or more) or name a head's slot after it; a line
    opening on a style's name ([正文]…, a layout system's) keeps it. A note of print written by
    the clipping and so marked ([手写：1978.5.4 县报]) is kept as its words alone, where they place it."""
    if ("手" in line or "注" in line or "批" in line or "笔" in line) and (hand := _HAND_NOTE.search(line)):
        # (one that gives no day, 1980年元月 县报, is the keeper's words, no note a reader can place)
        kept = hand["note"].strip() if parse_source_note(hand["note"].strip()) else ""
        return line[:hand.start()] + kept + line[hand.end():]
    def remark(m: re.Match) -> str:
        inner = m["inner"].strip()
        noted = bool(re.search(r"[，,、：:；。？]", inner)) or len(inner) >= 8 or inner in _SLOT_NAMES and m.start() > 0 \
            or bool(re.match(r"原报|原報|原文|原件|原稿|此处|此處", inner))  # [原报照片]: what the original held there
        return "" if noted and not (m.start() == 0 and line[m.end():].strip() and inner in _SLOT_NAMES) else m[0]
    return _REMARK.sub(remark, line) if "[" in line else line


def heads_titled_by(kicker: str, title: str, subtitle: str, named: str) -> tuple[str, str, str] | None:
    """Of two heads, the one a name gives (a file's, a page's own title, a system's record) is the
    title: named by the upper, the lower is its deck; by the lower, the upper is its kicker. The
    heads as (kicker, title, subtitle), or None where the name is neither of two."""
    if title and named and named == kicker and not subtitle:
        return "", named, title
    if title and named and named == subtitle and not kicker:
        return title, named, ""
    if kicker and named and re.sub(r"\s", "", named) == re.sub(r"\s", "", kicker + title):
        return "", named, subtitle  # 稳住外贸基本盘 / 跑出复工加速度, named 稳住外贸基本盘 跑出复工加速度: one title over two lines
    return None


def without_head_brackets(title: str) -> str:
    """A head set whole in brackets over its brief (【地铁2号线首列电客车运抵东陵】) without them; a
    column's name so (【经济漫谈】, eight characters or fewer) keeps them."""
    m = re.fullmatch(r"【([^【】]{9,40})】", title.strip())
    return m[1].strip() if m else title


def without_picture_mark(title: str) -> str:
    """A title without the mark an e-paper's site adds to say a picture goes with it (湿地公园迎来今春
    首批候鸟（图） → 湿地公园迎来今春首批候鸟, …（组图）, …[图], a corpus's …（附图片１张）); the print has none."""
    return re.sub(r"\s*(?:[（(](?:图|圖|组图|組圖|附图|附圖|多图|多圖|图文|圖文|(?:附|有)?图片\s*[\d０-９一二三四五六七八九十]+\s*[张幅])[）)]"
                  r"|\[(?:图|圖|组图|組圖)\])$", "", title.strip()) or title.strip()


# 【廣告特輯】…, 【广告】…, [推广]…: a site's mark that a paid piece (an advertorial) is no news.
_ADVERT_MARK_FIRST = re.compile(r"^[【\[［(（]\s*(?:广告|广告特辑|推广|商业专题|商业推广|赞助内容|广告专题)\s*[】\]］)）]\s*(?P<title>\S.+)$")


def advert_mark_first(title: str) -> str | None:
    """The title of an advertorial marked so before it (【廣告特輯】春季置業博覽開鑼 → 春季置業博覽開鑼), or None."""
    m = _ADVERT_MARK_FIRST.match(simplified(title.strip()))
    return title.strip()[m.start("title"):] if m else None


def wire_desk(title: str) -> tuple[str, str] | None:
    """(desk, title) of a wire story's title opening with its desk in brackets: （社会）深圳地铁
    12号线二期开通, （图片）广州：市民赏荷消暑, （两会·新华视点）从政府工作报告看民生“温度”; or
    with its number in a set of photos (（两会）（1）十一届全国人大四次会议在京开幕; （1）…: no desk, "")."""
    m = _WIRE_DESK.match(title)
    return (m["desk"] or "", m["title"]) if m else None


def without_end_mark(text: str) -> str:
    """A story's last paragraph without the wire's end mark （完）: no word of the story."""
    return _END_MARK.sub("", text)


def closes_an_article(text: str) -> bool:
    """The last paragraph of an item, closed by its credit: …。（据新华社电）, …。（完）,
    …。（记者 王晓 通讯员 李然）; a serial's instalment closed by （未完）."""
    # (…特此奉告。陳記綢緞莊謹啓: a notice's sender signing it off, run into its last line)
    return bool(_CLOSING_CREDIT.search(text)) or split_trailing_byline(text) is not None \
        or bool(re.search(r"[。！][^。！，]{2,20}(?:谨启|敬启|谨白|启)$", simplified(text.strip())))


_TRAILING_NAMES = re.compile(
    rf"^(?P<body>.*[{re.escape(CLOSING)}{QUOTE_CLOSE}])\s+(?P<names>{NAME}(?:[\s、]+{NAME}){{0,3}})$")
_TRAILING_BRACKET = re.compile(r"^(?P<body>.*?)\s*[（(](?P<byline>[^（()）]{2,40})[）)]$")


def split_trailing_byline(text: str) -> tuple[str, Byline] | None:
    """Names printed after an article's last sentence: …全员复工。 施婕妤 杨倩雯, …。（记者 赵六）,
    …发电车6台。（王　雪）, …（摘自3月12日《新华每日电讯》　徐子涵）; a picture's credit after
    its caption: …项目。图/记者 蔡磊, …六成。本报记者 张振中 摄."""
    m = _TRAILING_BRACKET.match(text)
    if m and (m["body"] == "" or ends_sentence(m["body"])):
        byline = parse_byline(m["byline"]) or name_line(m["byline"]) or reprint_credit(m["byline"]) \
            or author_note(m["byline"])
        if byline:
            return m["body"], byline
    m = _TRAILING_PICTURE_CREDIT.match(text)
    if m and (names := photographers(m["credit"]) or (parse_byline(m["credit"]) or Byline()).authors):
        return m["body"], Byline(authors=names)
    m = _TRAILING_NAMES.match(text)
    if m:
        names = tuple(n for n in re.split(r"[\s、]+", m["names"]) if n)
        if any(n in ROLES or re.fullmatch(PAPER, n) for n in names):
            return None  # …长势。　本报 / 记者　赵文　摄: a credit the column cut, not names
        return m["body"], Byline(authors=names)
    return None


_TRAILING_PICTURE_CREDIT = re.compile(
    rf"^(?P<body>.*[。！？])\s*(?P<credit>图(?:片)?\s*[/／]\s*[^。！？/／]{{2,16}}|[^。！？]{{0,12}}?{NAME}\s*摄)$")
# （摘自3月12日《新华每日电讯》　徐子涵）, （摘自《人民周刊》2024年第5期　刘晓东/文）: where a digest took
# an item from, and who wrote it there.
_REPRINTED = re.compile(r"^(?:摘自|摘编自|转自|转载自|选自|原载)\S*?(?:》|期|网|号)(?:\S*?[》期])?\s+(?P<names>.+)$")


# An essay's note on its writer, closing it: （作者：王志强，系湖北省社会科学院研究员）.
_AUTHOR_NOTE = re.compile(rf"^作者[：:]\s*(?P<name>{NAME}?)\s*(?:[，,、]\s*(?:系|为|是|现为|现任|单位[：:]).*)?$")


def author_note(text: str) -> Byline | None:
    """作者：王志强，系…研究员: who wrote it, as a note in brackets closing a theory page's essay
    names them (作者系…研究员 names none)."""
    m = _AUTHOR_NOTE.match(simplified(text.strip()))
    return Byline(authors=(text.strip()[m.start("name"):m.end("name")],)) if m and is_person_name(m["name"]) else None


def closes_with_author_note(text: str) -> bool:
    """…研究员）: a paragraph closing with the note on its writer, as an essay of several sections ends."""
    m = _TRAILING_BRACKET.match(text)
    return bool(m) and author_note(m["byline"]) is not None


def reprint_credit(text: str) -> Byline | None:
    """A digest's credit of what it reprints: the writers after its source (摘自…《工人日报》　邓磊 刘芳)."""
    m = _REPRINTED.match(text)
    if not m:
        return None
    names = [re.sub(r"[/／](?:文|图|作)$", "", n) for n in m["names"].split()]
    return Byline(authors=tuple(names)) if names and all(map(is_person_name, names)) else None


def is_editors_note(text: str) -> bool:
    """编者按：…, 编者的话：…: the editor's word introducing what follows; 编者：我们已将此信转请…, the
    editor's answer under a letter."""
    return bool(re.match(r"^[【\[]?(?:编者按|编者的话|编者附言|编前语|编前|编者(?=[】\]]?\s*[:：])|编后(?=\s*[:：]))[】\]]?\s*[:：]?",
                         simplified(text)))


def is_source_note(text: str) -> bool:
    """数据来源：各公司公告: where a table's or a chart's figures come from, text under it; 本文系…
    项目…成果: what funded the article above."""
    return bool(re.match(r"(?:数据|资料|图表|信息)?来源\s*[:：]", text) or re.match(r"[（(]?本文系.{4,60}成果", text))


# Who issues a notice: a company, a bank, a fund, or an office of government (…自然资源局, …管理委员会).
_ISSUING = ("(?:公司|集团|银行|董事会|基金|合伙企业|政府|委员会|局|厅|处|部|办公室|中心|支队|大队|报社|出版社|大学|学院|学校|医院|诊所|研究所"
            "|协会|商会|联谊会|同乡会|总会|互助会|会馆|公会|宗亲会|校友会|理事会)")
_ISSUER = re.compile(rf"^[{HAN}（）()]{{4,30}}{_ISSUING}$")
_NOTICE = re.compile(r"^关于[^。]{4,60}(?:公告|通告|通知|决议|报告书|提示性公告)(?:[（(][^（()）]+[）)])?$")


# …有限公司关于控股股东, or a company and its project (…有限公司年产2万吨): a notice's title goes on.
# (关于做好2017年度城乡居民基本医疗 / 保险集中缴费工作的通告: a government's notice, its issuer left to
# the foot, its title opening on 关于)
_ISSUED = re.compile(rf"^(?:[{HAN}（）()]{{4,30}}(?:{_ISSUING}关于|公司)|关于)[^。，]{{0,40}}$")
_NOTICE_END = re.compile(r"^[^。，]{2,40}(?:公告|通知|通告|启事|决议|报告书|公示)(?:[（(][^（()）]+[）)])?$")


# 批前公示, 公告, 招标公告: what kind of notice it is, alone on the title's last line.
_NOTICE_KIND = re.compile(r"^[^。，\s]{0,4}(?:公告|通告|公示|通知|启事)$")


def ends_a_notice_title(text: str) -> bool:
    """柔佛州陈氏公会会员大会通告, …的公告: a line that closes a notice's title, whole with it."""
    return bool(_NOTICE_END.match(simplified(text))) and simplified(text).endswith(("公告", "通告", "通知", "启事"))


def names_a_notice(text: str) -> bool:
    """A line that ends a notice's title (…国有建设用地使用权挂牌出让的公告): a line no paragraph goes on from."""
    return "的" in text and bool(_NOTICE_END.match(simplified(text)))


# 2008年普通高校招生志愿填报须知, 关于做好2021年普通高考成绩复核工作的通知: what a notice is titled.
_OWN_NOTICE = re.compile(r"^[^。，！？：:\s]{6,40}(?:须知|通知|公告|通告|启事|公示|简章|告知书|倡议书)$")


def names_its_own_notice(text: str) -> bool:
    """A head naming a notice printed as an item of its own (2008年普通高校招生志愿填报须知), never a
    section of the article above it, however near its topic."""
    return bool(_OWN_NOTICE.match(simplified(text.strip())))


def is_notice_title(upper: str, lower: str) -> bool:
    """A notice, its title set on two lines: the issuer, then what it is about (浙江华岳新材料股份
    有限公司 / 关于控股股东部分股份质押的公告, 纽约福建同乡联谊会 / 第十二届理事会选举通告), or
    broken anywhere after 关于 or in a company's project (…有限公司关于控股股东 / 部分股份质押的公告,
    …有限公司年产2万吨 / 电子化学品项目环境影响评价第二次公示), or what it is about over the kind
    of notice alone (《东林市国土空间总体规划（2021—2035年）》 / 批前公示): one title."""
    upper, lower = simplified(upper), closed_up(simplified(lower))  # 遷　址　啟　事, set wide
    return bool(_ISSUER.match(upper) and (_NOTICE.match(lower) or _NOTICE_END.match(lower))
                or _ISSUED.match(upper) and _NOTICE_END.match(lower)
                or len(upper) >= 6 and not re.search(r"[，。！？：:—]$", upper) and _NOTICE_KIND.match(lower))


_ISSUERS_NOTICE = re.compile(rf"^[{HAN}（）()]{{4,30}}(?:(?:公司|集团|银行|董事会|基金|分局|监管局|管理局)|{_ISSUING}关于)[^。，；！？]{{2,40}}"
                             r"(?:公告|通告|通知|决议|公示|报告书)(?:[（(][^（()）]+[）)])?$")


def is_date_line(text: str) -> bool:
    """A date alone on its line, as under a notice's issuer: 2024年6月13日, 二〇二四年六月十三日."""
    return bool(re.fullmatch(r"(?:\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日",
                             text.strip()))


# A notice's closing line: a death notice's mourners (孝男：林国强　林国华, 孝女　陈美华, 暨全体家属
# 泣告), as the Chinese papers of Southeast Asia print them, a body's sign-off (…同乡会　敬启), or the
# office that issues an order, named or not (市长, 县长　王大成), as a government's notice ends.
_SIGN_OFF = re.compile(r"(?:谨此讣闻|(?:暨\s*)?(?:孝(?:男|女|子|媳|婿|孙女?|曾孙|侄)|内外孙|外孙|全体(?:家属|孙辈))"
                       r"(?:[\s：:、，].*)?|.{0,16}?(?:泣告|叩告|泣谢|稽颡)|.{2,24}?\s*(?:敬启|谨启|敬谢|谨谢|叩谢)"
                       rf"|(?:[省市县区镇乡州]|局|厅|署|院|校|厂)长(?:[\s　]+[{HAN}]{{2,4}})?"
                       # 聲明人　張德厚, 启事人：王某, 声明单位：红光服装厂: who makes the statement a notice is
                       rf"|(?:声明人|启事人|登报人|具名人)[\s　：:]*[{HAN}]{{2,4}}|(?:声明|启事|登报)单位[\s　：:]*[{HAN}]{{2,20}})")


def signs_a_notice(text: str) -> bool:
    """孝男：林国强　林国华, 孙、外孙等同泣告, 菲律宾石光同乡会　敬启: a line closing a notice (its
    mourners, its sender), no head."""
    text = simplified(text.strip())
    return len(text) <= 40 and "。" not in text and bool(_SIGN_OFF.fullmatch(text))


def is_notice_head(text: str) -> bool:
    """A notice titled on one line, however long: a listed company's (深圳市中科源智能装备股份有限公司
    关于召开2023年年度股东大会的通知), or an office's (关于公开征集《…条例（修订草案）》修改意见的公告)."""
    return bool(_ISSUERS_NOTICE.match(simplified(text)) or _NOTICE.match(simplified(text)))


def calls_itself_a_notice(text: str) -> bool:
    """中国体育彩票超级大乐透第19143期开奖公告, …拍卖公告, …招聘启事: a head whose last word says it is a
    notice, its fields (开奖日期：…) under it, not text."""
    return bool(re.search(r"(?:公告|通告|公示|启事|声明|讣告|讣闻)$", simplified(text.strip())))  # (孫府訃告)


def is_securities_header(text: str) -> bool:
    """证券代码：605973　证券简称：华川新材　公告编号：2024-015: the line over a listed company's
    notice, each notice its own."""
    return bool(re.match(r"^(?:证券|股票|债券|基金)代码\s*[:：]\s*\d{6}", simplified(text)))


def closed_up(text: str) -> str:
    """A short label as it reads, not as it is set wide: 更　正 → 更正, 訃  告 → 訃告."""
    return re.sub(r"(?<=\S)[ \u3000]+(?=\S)", "", text) if len(text.strip()) <= 8 else text


def is_notice_label(text: str) -> bool:
    """更正, 更正启事, 致歉声明, 讣告, a call for contributions, 停水通知: a correction or a notice, an
    item of its own under its label wherever it is printed; set wide too (更　正, 讣 告)."""
    text = closed_up(simplified(text.strip()))
    # 鸣谢, 谢启: thanks for gifts or condolences, names and sums under it; 公　告, 声明 alone
    return bool(re.fullmatch(r"(?:更正|勘误)(?:启事|声明|说明)?|致歉(?:声明)?|更正与致歉|讣告|讣闻|鸣谢(?:启事)?|谢启"
                             r"|公告|通告|声明|启事|告示", text)
                or re.fullmatch(r"[^。，！？\s]{0,20}(?:征稿|征文|招聘|寻人|招生)启事", text)  # “理论·实践”版征稿启事
                # 本版征稿, 征　稿 alone: the page's call for contributions
                or re.fullmatch(r"(?:本版|本刊|本栏|本报)?(?:征稿|征文)", text)
                or re.fullmatch(r"(?:诚征|诚聘|急聘|高薪诚聘)[^。，！？\s]{2,10}", text)  # 誠徵業務人員: a paid notice
                # a company's or an auctioneer's notice, as the classifieds print them: 注销公告, 拍卖公告
                or re.fullmatch(r"[^。，！？\s]{0,12}(?:注销|拍卖|减资|清算|招标|中标|迁址|迁移|搬迁|更名|合并|分立|遗失)(?:公告|声明|启事|通告|通知)", text)
                # a utility's or a road's notice: 停水通知, 施工封路通告
                or re.fullmatch(r"[^。，！？\s]{0,8}(?:停水|停电|停气|停暖|封路|封闭施工|交通管制|限行)(?:通知|通告|公告|启事)", text))


_RUN_IN = re.compile(rf"^[{ITEM_BULLETS}{BULLETS}]?\s*【(?P<title>[^【】]{{4,30}})】(?P<text>.{{20,}})$")


_COLUMN_RUN_IN = re.compile(r"^(?P<title>【(?P<column>[^【】]{2,6})】[^，。！？：\s【】]{2,20})\u3000+(?P<text>\S.{19,})$")


# A listed company's item in a digest of its notices (公司公告速递): its name and code open the head,
# and its name again the text, closed up to it as a line OCR'd across both reads (中泰重工（600731）获9.6亿元
# 风电塔筒订单中泰重工17日晚间公告，…).
_COMPANY_RUN_IN = re.compile(rf"^(?P<title>(?P<name>[{HAN}A-Z*]{{2,8}})[（(]\d{{6}}[）)][^，。！？]{{4,30}}?)[ \u3000]*"
                             r"(?P<text>(?P=name)[^，。]{0,12}[，。：].*)$")


def run_in_title(text: str) -> tuple[str, str] | None:
    """A brief's title run into its text in brackets (【孟子轩新专辑9月发行】歌手孟子轩8日宣布…) or
    before its dateline (…线路　本报讯　为方便…): its title and its text; a dateline in brackets
    (【路透社东京5月8日电】) is none; a column's name in brackets before the head is the title's
    (【特区短论】效率从何而来　在特区，…)."""
    if (columned := _COLUMN_RUN_IN.match(text)) and is_genre_label(columned["column"]):
        return columned["title"], columned["text"]
    if (listed := _COMPANY_RUN_IN.match(text)) is not None:
        return listed["title"], listed["text"]
    m = _RUN_IN.match(text)
    if not m and (bracketed := re.match(r"^(?P<title>[^，。！？：\s（()]{4,30})(?P<text>[（(].{20,})$", text)) \
            and _PLACE_DATELINE.match(simplified(bracketed["text"])) and is_bare_heading(bracketed["title"].lstrip(ITEM_BULLETS + BULLETS)):
        m = bracketed  # 笨珍渔民获发柴油津贴（笨珍讯）渔业局将于…: the head closed up to its dateline in brackets
    if not m:  # 乌鲁木齐新增12条夜间公交线路　本报讯　为方便市民…: a head, a space, then the item's dateline
        m = re.match(r"^(?P<title>[^，。！？：\s]{4,30})(?P<space>[ \u3000]+)(?P<text>.{20,})$", text)
        if m and len(m["title"].lstrip(ITEM_BULLETS + BULLETS)) < 6 and text[:1] not in ITEM_BULLETS + BULLETS:
            m = None  # (▲電燈忽滅　前晚…: under its bullet a title of four)
        # or a wide space and a sentence (亳州中药材交易额创新高　上半年，亳州中药材专业市场…); a
        # date so set is a timeline's (2016年11月　…楼盘开盘)
        # a bullet opening the line marks an item of a column, whatever the space after its title
        bulleted = text[:1] in ITEM_BULLETS + BULLETS
        # or one space and the time or cause the item opens with (…调用 7月10日，国网江苏电力…)
        if not m or not is_bare_heading(m["title"]) or re.fullmatch(r"[\d年月日号时分至—-]+", m["title"]) \
                or _DATELINE.match(simplified(m["text"])) is None and not (
                ("\u3000" in m["space"] or bulleted) and re.search(r"[，。、]", m["text"][:40])
                or re.match(r"[^，。\s]{2,14}，", m["text"])):  # (10月30日至11月1日，…)
            return None
    # (…8日电, 本报讯: a dateline's end, no title's; 建成发电, 恢复供电: electricity, a title's)
    if not re.search(r"[，。、]", m["text"]) or re.search(r"(?:(?<![发停供用充触放断通])电|讯|訊|报道|報道|报导|報導)$", m["title"]) \
            or parse_byline(m["title"]) is not None:
        return None
    return m["title"].lstrip(ITEM_BULLETS + BULLETS).strip(), m["text"]  # ■宁夏启动…工程　近日，…: the item's mark


def lead_in_title(text: str) -> tuple[str, str] | None:
    """农行涉农贷款突破300亿元：记者从农行江西省分行获悉，…: a brief of a column of briefs (财经快讯),
    its title set as a bold lead-in closed by a colon, and its text; a speaker's or a label's few
    words (记者：, 问：, 地址：, 市长表示：, 市自来水公司通知：) none."""
    m = re.match(r"^[\s\u3000]*(?P<title>[^，。！？：:；\s][^，。！？：:；]{5,23})[：:](?P<text>\S.{19,})$", text)
    if m is None or not re.search(r"[，。]", m["text"]) or not is_bare_heading(m["title"]) \
            or parse_byline(m["title"]) is not None or name_line(m["title"]) is not None \
            or re.search(r"(?:说|表示|指出|认为|强调|介绍|提醒|称|问|答|如下|是|通知|通告|公告|消息|获悉|宣布|透露)$", m["title"]):
        return None
    return m["title"].strip(), m["text"]


def is_bare_label(text: str) -> bool:
    """广告, 启事, 演出预告 and nothing else: a label over an advert or a notice, not its name (遗失
    声明 names its notice)."""
    return re.sub(r"\s", "", simplified(text)) in ("广告", "公益广告", "分类广告", "启事", "公告", "声明", "通告",
                                                    "演出预告", "节目预告")


# What a newsroom system writes of a story pulled before it ran, in its status or a remark on it.
_PULLED_WORDS = ("killed", "spiked", "withdrawn", "deleted", "trash", "trashed", "unpublished",
                 "草稿", "已删除", "删除", "回收站")  # (a county CMS's 状态 of a piece it never put out)
# (压稿, 缓发: held back, not printed when the system was exported)
_PULLED = re.compile(r"^【?(?:已撤稿|撤稿|已撤|此稿已撤|未见报|未刊发|已退稿|退稿|作废|已?压稿|缓发)")
# The fields a system keeps that in: its status, an editor's remark.
STATUS_FIELDS = ("status", "state", "稿件状态", "状态", "zhuangtai", "备注", "remark", "remarks", "note", "notes", "批注")


# 【初稿　5月7日晚写　待改，别发！】: a writer's own note that the file is a draft, never sent to print.
_DRAFT_NOTE = re.compile(r"^[【\[［（(][^【】\[\]［］（）()。]{0,16}(?:初稿|草稿|待改|别发|勿发|不发|未发|未刊|废稿)[^【】\[\]［］（）()。]{0,16}[】\]］）)]?$")


def is_draft_note(text: str) -> bool:
    """【初稿　待改，别发！】, （草稿）: the writer's note that what follows was never printed."""
    return len(text.strip()) <= 30 and bool(_DRAFT_NOTE.match(simplified(text.strip())))


def pulled_note(text: str) -> str | None:
    """【撤稿】外贸数据未经海关部门核实，本稿撤下。——郑涵: an editor's note on top of a file that the
    story was pulled before the paper went to press, or None."""
    first = next((line.strip().lstrip("\ufeff") for line in text.split("\n") if line.strip()), "")
    return first if first.startswith(("【", "[", "［")) and _PULLED.match(simplified(first)) else None


def is_pulled(status: str) -> bool:
    """killed, 已撤稿, 状态：撤稿, 备注：已撤稿，勿用: never printed (备注：新华社通稿 is a remark)."""
    status = str(status).strip()
    return status.lower() in _PULLED_WORDS or bool(_PULLED.match(status))


def is_advert_label(text: str) -> bool:
    """广告, 公益广告　节约用电　从我做起, 遗失声明, 招聘启事: the label an advert or a paid
    notice is set under."""
    text = simplified(text.strip())
    # (推广, a piece paid for; 旺铺招租 among classified adverts)
    label = rf"(?:公告|通告|诚聘|推广|演出预告|节目预告|[{HAN}]{{0,4}}(?:招聘|招租|广告|启事|声明))"
    return bool(re.match(rf"{label}(?:\s|$)", text) or re.fullmatch(label, re.sub(r"\s", "", text)))


# (新闻热线 96700000, the number set apart by a space, as a paper prints where to call it)
_CONTACT = re.compile(r"(?:热线|电话|传真|[地新厂店]址|咨询|订购|订餐|预订|联系|手机|微信|网址|邮编|营业时间|营业)[^：:。，]{0,4}[：:]"
                      r"|\b(?:400|800)-|\d{3,4}-\d{7,8}|(?:热线|电话)\s+\d{5,8}(?!\d)"
                      r"|(?<!\d)0\d{1,3}-\d{3,4}\s\d{4}(?!\d)")  # 03-2145 6789, as Malaysia writes a number


# What an old advert says of its goods: the price (每瓶大洋一元, a book's 定价○·四五元) and where it is sold
# (總發行所…, 各埠均有分銷, 各地新华书店均有发售).
_PRICE = re.compile(r"每[瓶盒包打册本件只双部套罐支袋](?:\S{0,6}?[元角圆]|[〇零一二三四五六七八九十\d]{1,3}分)|大洋\S{0,4}[元角]|定价\s*[\d○〇零一二三四五六七八九十·.]{1,8}元")
_SELLS = re.compile(rf"{_PRICE.pattern}|总发行所|总经售|经售处|代售处|各埠均有|各大药房|均有出售|均有代售|均有发售")


# What an advert offers, as no head of news words it: a price from or a discount (售价由58万令吉起,
# 全场低至五折, 每克減$30), a sale or a launch (新盘开售, 火热认筹中), a show's run (今日起隆重献映),
# a paper's subscription (邮发代号), a medicine's licence (国药准字), a maker's mark (…出品, 监制).
_OFFERS = re.compile(r"\d+(?:\.\d+)?万?(?:元|令吉|铢)起|[元＄$]\d|RM\d|[一二三四五六七八九\d]折(?:起|优惠)?(?:\s|$)|低至|大?减价|特卖"
                     r"|酬宾|以旧换新|买一送一|满\d+元?(?:送|减|返)|送完即止|开售|发售中?|开盘|认筹|隆重上市|接受预订"
                     r"|火热(?:报名|招商|认购)|献映|上映|上演|日场|夜场|日夜[一二三四两]场|楼[上下][一二三四五六七八九十\d]{1,3}[元角]|票价|邮发代号|欢迎订阅|国药准字|监制$|出品(?=\s|$)|全国联保"
                     r"|均有(?:销售|出售|代售)|[\s　](?:敬)?宣$")


def offers(text: str) -> bool:
    """A line of an advert offering its goods, its show or its paper (see _OFFERS)."""
    return bool(_OFFERS.search(simplified(text)))


def prices(text: str) -> bool:
    """A line that gives the price of goods (每瓶大洋一元, 定价○·四五元): an advert's, never a head."""
    return bool(_PRICE.search(simplified(text)))


def names_its_maker(text: str) -> bool:
    """广东健力宝集团公司, 大統百貨公司　高雄市五福三路: a firm's name alone on its line, or with where
    it is, as an advert signs off (a head of news names what a firm did)."""
    return bool(re.fullmatch(rf"[{HAN}]{{2,16}}(?:公司|集团|商场|商行|药行|药房|百货|书局)(?:[\s　]+[{HAN}\d]{{2,20}})?",
                             simplified(text.strip())))


def sells(text: str) -> bool:
    """A line of an advert that prices its goods or says where they are sold."""
    return bool(_SELLS.search(simplified(text)))


def is_contact_line(text: str) -> bool:
    """Where to call or go (订购热线：0572-5XXXXXX　地址：…): an advert's, or the page's; or its
    number alone, wrapped under its label (三－八四五二××)."""
    return bool(_CONTACT.search(simplified(text))) and not re.search(r"。.", text) or bool(_NUMBER_ALONE.fullmatch(text.strip()))


def gives_a_number(text: str) -> bool:
    """…简历至019-432 1188（林先生）, 订位：05-761 8899: a line giving a number to call, wherever in it."""
    return is_contact_line(text) or bool(re.search(r"(?<!\d)\d{2,4}[-\s]\d{3,4}[\s-]?\d{3,4}(?!\d)", text))


# A telephone number on a line of its own, in figures or Chinese numerals, masked (×) or not.
_NUMBER_ALONE = re.compile(r"(?=.*[-－—×xX])[\d０-９〇零一二三四五六七八九○][\d０-９〇零一二三四五六七八九○\-－—×xX\s]{5,}")


# The names papers give the boxes set inside an article, above or below its text.
BOX_NAMES = frozenset({
    "核心阅读", "阅读提示", "编者按", "编者的话", "短评", "记者手记", "记者观察", "采访手记", "编后", "编后语",
    "链接", "相关链接", "新闻链接", "延伸阅读", "背景", "新闻背景", "背景链接", "名词解释", "小贴士", "温馨提示",
    "专家提醒", "专家点评", "专家解读", "专家观点", "法官说法", "律师说法", "法官提醒", "数读", "数据", "点评",
    "编者附言", "专家回复", "律师回复", "编辑回复", "小辞典", "新闻小辞典", "小资料", "知识链接", "小知识", "新闻小知识"})


# What a paper prints over a commentary's title, to say what kind of piece it is.
_GENRE_LABELS = frozenset({"短评", "社论", "时评", "述评", "小评论", "评论员文章", "本报评论员文章", "编辑部文章", "小言论", "今日谈",
                           "记者调查", "本报调查", "深度调查", "调查报告", "新闻分析", "新闻特写", "经验交流", "工作研究",
                           "读者来信", "读者来函",
                           "漫画", "讽刺漫画", "连环画", "棋苑", "棋局", "谜语", "灯谜"})  # a cartoon's, a puzzle's


# A wire's photo opens with where and when it was taken, as its dateline: 新华社照片，北京，2011年3月5日.
_PHOTO_DATELINE = re.compile(rf"^(?:新华社|中新社|{PAPER})?(?:照片|图片|传真照片)[，,]\s*[{HAN}]{{2,10}}[，,]\s*\d{{4}}年\d{{1,2}}月\d{{1,2}}日$")


def is_photo_dateline(text: str) -> bool:
    """新华社照片，北京，2011年3月5日: a wire photo's dateline, over its caption."""
    return bool(_PHOTO_DATELINE.match(simplified(text.strip())))


# What a site serves where the article was: 抱歉，您访问的页面不存在或已被删除, 404 Not Found.
_PAGE_MISSING = re.compile(r"(?:页面|網頁|网页|頁面|访问的内容|訪問的內容)(?:不存在|已被?删除|已被?刪除|未找到|找不到)|\b404\b\s*(?:Not Found|错误|錯誤)"
                           r"|查无此(?:则|篇|条)?(?:新闻|文章|内容|稿件)", re.I)


def says_page_is_missing(text: str) -> bool:
    """A short text that says the page asked for is not there: a crawler saved the site's 404."""
    return len(text) < 800 and len(re.findall(r"[。！？]", text)) <= 2 and bool(_PAGE_MISSING.search(simplified(text)))


def is_list_of_addresses(text: str) -> bool:
    """A file of web addresses, one a line, two or more, comments (# 第二批) and blank lines aside."""
    lines = [line.strip() for line in text.split("\n") if line.strip() and not line.lstrip().startswith("#")]
    return len(lines) >= 2 and all(re.fullmatch(r"(?:https?|ftp)://\S+", line) for line in lines)


def is_list_of_ids(text: str) -> bool:
    """20571 a line, or 20555	ReadTimeout: a crawler's list of the ids it was to fetch or failed to, three
    or more, comments (# 要抓详情的id…) aside."""
    lines = [line.strip() for line in text.split("\n") if line.strip() and not line.lstrip().startswith("#")]
    return len(lines) >= 3 and all(re.fullmatch(r"\d{3,}(?:[\t ,]+\S.{0,60})?", line) for line in lines)


def is_list_of_paths(text: str) -> bool:
    """D:\\岚江报网站移交\\wwwroot\\index.html a line, as `dir /s /b` or `find .` lists a folder: the
    paths of files and folders, three or more, no article."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    return len(lines) >= 3 and all(re.fullmatch(r"(?:[A-Za-z]:\\|\\\\|\.?/)[^\t]*", line) for line in lines)


def is_page_of_heads(text: str) -> bool:
    """An e-paper's page as a crawler saved it: the page's number and name (第06版：经济, 08版：图片新闻)
    over its headlines, two or more, and its buttons (版面导航, 上一版), no article's text."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    return len(lines) >= 3 and len(lines[0]) <= 16 and printed_page((lines[0],)) is not None \
        and all(len(line) <= 30 and not re.search(r"[。！？]", line) for line in lines[1:])


# What a feed reader sets under an item whose feed sends only its opening: 此订阅源只提供摘要,
# 阅读全文, Read more. The rest of the article is at its link, never saved.
_FEED_SUMMARY = re.compile(r"^(?:\[[^\]]{1,20}\]\s*)?(?:.{0,12}(?:订阅源|RSS|[Ff]eed).{0,8}(?:只|仅)(?:提供|有|输出)"
                           r"(?:摘要|全文的开头)|(?:点击)?(?:阅读|查看)(?:全文|原文)[^\w]*$|(?:Read more|Continue reading)[^\w]*$)", re.I)


# （原件此处破损，以下文字无法识别）: a transcriber's note, closing the text, that it stops where the paper did.
_DAMAGE_NOTE = re.compile(r"[（(〔\[]原件[^（）()〔〕\[\]]{0,8}(?:破损|残缺|缺损|损毁|缺失|撕裂)[^（）()〔〕\[\]]{0,24}[）)〕\]]$")


def without_damage_note(text: str) -> str | None:
    """The text before a closing note that the original is damaged (…技术人员为二（原件此处破损…）), or None."""
    m = _DAMAGE_NOTE.search(simplified(text.strip()))
    return text.strip()[:m.start()] if m else None


# **原标题：《岚江二桥主体结构全线合龙》**: a post's note of the title its article was printed under.
_PRINTED_TITLE = re.compile(r"^[*_]*(?:原标题|原題|原题|原標題|见报标题)\s*[:：]\s*《?(?P<title>[^《》*_]{4,60}?)》?[*_]*$")


# 来源：岚州日报 | 2023-04-15 第3版 | 原题《市图书馆夜间开放延长至22时》: the note among a post's credits.
_PRINTED_TITLE_AMID = re.compile(r"\s*[|｜]?\s*(?:原标题|原題|原题|原標題)\s*[:：]?\s*《(?P<title>[^《》]{4,60})》\s*")


def printed_title_note(text: str) -> str | None:
    """The title a post says its article was printed under (原标题：《…》, alone or among its credits,
    or quoted as a post quotes its source: > 原标题：…), or None."""
    text = re.sub(r"^\s*(?:>\s*)+", "", text)
    m = _PRINTED_TITLE.match(text.strip()) or _PRINTED_TITLE_AMID.search(text)
    return m["title"].strip() if m else None


def without_printed_title_note(text: str) -> str:
    """A post's line of credits without its note of the printed title, its bars spaces (来源：岚州日报 2023-04-15 第3版)."""
    if _PRINTED_TITLE.match(re.sub(r"^\s*(?:>\s*)+", "", text).strip()):
        return ""  # > 原标题：…: the note alone on its line
    rest = re.sub(r"\s*[|｜]\s*", " ", _PRINTED_TITLE_AMID.sub(" ", text)).strip()
    return "" if re.fullmatch(r"[*_\s]*", rest) else rest  # **原标题：…**: nothing but its emphasis left


def is_feed_summary_notice(text: str) -> bool:
    """[Inoreader] 此訂閱源只提供摘要，請打開原文連結閱讀全文: the item is its feed's summary only."""
    return len(text) < 60 and bool(_FEED_SUMMARY.match(simplified(text.strip())))


def says_fetch_failed(text: str) -> bool:
    """【正文抓取失败：页面已失效或需要登录】: a crawler's note, where the text should be, that it got none."""
    return len(text) < 100 and bool(re.search(r"(?:正文|内容|全文|文章)?(?:抓取|采集|获取|加载|爬取)失败", simplified(text)))


# What an OCR makes of a photo or a smudge: strokes read as radicals, bopomofo, quotes and stray
# letters run together with no sentence's marks (曰口l.l川"｜彳.'十).
_OCR_NOISE = r"[\u3100-\u312f\"'~_=|;｜]|(?<![A-Za-z])[A-Za-z](?![A-Za-z])"
_NOISE_BESIDE_HAN = re.compile(rf"[{HAN}](?:{_OCR_NOISE})|(?:{_OCR_NOISE})[{HAN}]")


def is_reel_leader(text: str) -> bool:
    """青溪县档案馆 / 馆藏报纸缩微品 / 青 溪 报 / 1958年1月1日—1958年6月30日 / 第 012 卷: the frame a
    microfilm reel opens with, naming the paper, the days it holds and its number; no article."""
    simple = simplified(text)
    return len(text.strip()) <= 300 and "。" not in text and bool(re.search(r"第\s*\d{1,4}\s*[卷盘]", simple)) \
        and bool(re.search(r"缩微|胶片|\d{4}年\d{1,2}月(?:\d{1,2}日)?\s*[—－\-~～至]+\s*\d{4}年", simple))


def ocr_garbled(text: str) -> bool:
    """A page most of whose lines that hold Chinese are the OCR's noise: it read no text there."""
    lines = [line for line in text.split("\n") if re.search(rf"[{HAN}]", line)]
    noise = [line for line in lines if len(_NOISE_BESIDE_HAN.findall(line)) >= 2 and not re.search("[，。、！？]", line)]
    return len(lines) >= 4 and len(noise) * 2 > len(lines)


def is_blank_form(text: str) -> bool:
    """编稿日期：____年__月__日, 【记者】本报记者 ＿＿: a form's blank, its fields left to fill (a day's
    budget's template), with no sentence of text in it."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    blanks = sum(bool(re.search(r"_{2,}|＿{2,}", line)) for line in lines)
    return blanks >= 3 and not any(len(line) > 40 and line.endswith("。") for line in lines)


def is_mojibake(text: str) -> bool:
    """锟斤拷锟斤拷, 烫烫烫, ������: what is left of Chinese text decoded in the wrong charset and saved
    again (a GBK file read as UTF-8 and back), most of its characters; nothing of the article can be read."""
    spoilt = len(re.findall("锟斤拷|[\ufffd]|烫烫|屯屯", text)) * 2
    if spoilt >= 6 and spoilt * 2 > len(re.findall(rf"[{HAN}\ufffd]", text)):
        return True
    # 鏈姤璁拌€: UTF-8 read as GBK; its bytes again as GBK read back as UTF-8 make Chinese, which
    # Chinese text so treated never does
    recovered = text.encode("gbk", "ignore").decode("utf-8", "ignore")
    return len(re.findall(rf"[{HAN}]", recovered)) * 3 >= max(18, len(re.findall(rf"[{HAN}]", text)))


def mostly_unread(text: str) -> bool:
    """A text the OCR marked unread (■, □, ▇) more often than it read a character, or a short one
    whose marks, with the radicals alone it reads where it cannot (丨丶亠亻扌), are a third of it."""
    marks = len(re.findall(r"[■□▇█]|口{3,}", text))
    radicals = len(re.findall(r"[丨丶亠亻扌氵忄彳]", text))
    return marks > 20 and marks > len(re.findall(rf"[{HAN}]", text)) \
        or marks >= 8 and (marks + radicals) * 3 > len(re.findall(rf"[{HAN}]", text))


# 旅游时评, 晚报短评, 市民来信: a column's name of its beat and the kind of piece, as a page sets it over each title.
_BEAT_GENRE = re.compile(rf"[{HAN}]{{2,4}}(?:时评|短评|短论|快评|述评|社论|来信|漫谈|杂谈|观察|评论)")


# A work cited as China's standard for references sets it (GB/T 7714): its kind in brackets after
# its title, [M] a book, [N] a paper, [J] a journal, [EB/OL] a web page.
_CITED_KIND = re.compile(r"\[(?:M|N|J|C|D|R|S|P|G|Z|EB/OL|M/OL|J/OL|N/OL)\]")


def is_reference_entry(text: str) -> bool:
    """[1]习近平.承前启后 继往开来…, …[M].北京：人民出版社,1982.: an entry of an article's list of
    references (参考文献), or its line run on, as theory pages print them: the article's, no head."""
    text = text.strip()
    return bool(re.match(r"[\[［]\d{1,3}[\]］]\s*[^\s\d]", text) and (re.search(r"[.．]", text[:24]) or _CITED_KIND.search(text))
                or _CITED_KIND.search(text) and re.search(r"\d{4}", text))


def is_genre_label(text: str) -> bool:
    """短　评, 社论, 评论员文章, 旅游时评: the kind of piece printed over its title; the line under it is the title."""
    bare = re.sub(r"[\s\u3000【】\[\]■□●◆◇☆★·]", "", simplified(text))
    return bare in _GENRE_LABELS or bool(_BEAT_GENRE.fullmatch(bare))


def is_box_name(text: str) -> bool:
    """A box's name as papers print it (核心阅读, 编者按, 专家提醒), spaced or bracketed: never a
    title, even right under one."""
    return re.sub(r"[\s\u3000【】\[\]■□●◆]", "", simplified(text)) in BOX_NAMES


def names_a_chronology(text: str) -> bool:
    """香港百年沧桑大事记, 学校发展年表: the head of a timeline set as a piece of its own, its entries
    dated lines under it, whatever the story beside it tells of the same subject."""
    return bool(re.search(r"(?:大事记|大事記|大事年表|年表)$", text.strip())) and len(text.strip()) > 3


# 上接第一版, （上接第3版）, 下转第6版: an article running from or onto another page.
# ◎相關新聞見第二十四版: where more of the story is, as a jump says.
# (页: Hong Kong's papers number their pages so, 上接第一頁)
_JUMP = re.compile(r"^[（(◎●]?\s*(?:上接|下转|接上[版页]|转下[版页]|相关(?:新闻|报道|消息|评论)见)(?:第?\s*(?:[A-Z]{0,2}\d{1,3}|[一二三四五六七八九十]+)\s*[版页])?\s*[）)]?$")


_JUMPS_OUT = re.compile(r"[（(]\s*(?:下转|转下[版页]|转第)(?:第?\s*(?:[A-Z]{0,2}\d{1,3}|[一二三四五六七八九十]+)\s*[版页])?\s*[）)]$")


def jumped_out(text: str) -> str | None:
    """A paragraph that breaks off to go on on another page (…认为，（下转第四版）): its text without
    the note, or None."""
    m = _JUMPS_OUT.search(text.strip())
    return text.strip()[:m.start()].rstrip() if m else None


def is_jump_line(text: str) -> bool:
    """The note of an article continued from or onto another page: （上接第一版）, 下转第6版."""
    return bool(_JUMP.match(simplified(text.strip())))


def is_box_label(text: str) -> bool:
    """The label of a box inside an article: 核心阅读, 短评, 编者按, 链接, 温馨提示; a head of
    at most four characters is not read as a new article's title by how its text runs on."""
    return len(text) <= 4 and " " not in text


def is_rubric(text: str) -> bool:
    """A column's name over its pieces (公司速递, 本省简讯, 青年说, 社区公告栏): a short label, not
    a box's name, or a longer one that says it holds pieces."""
    return is_box_label(text) and not is_box_name(text) or names_a_column_of_briefs(text) or bool(
        re.fullmatch(rf"[{HAN}·]{{2,4}}(?:公告栏|信箱|园地|之窗)", text))


def names_a_column(text: str) -> bool:
    """法苑随笔, 江城时评, 读者信箱: a column's name, its last word saying what kind of column it is."""
    return bool(re.fullmatch(rf"[{HAN}·]{{0,6}}(?:随笔|漫笔|杂谈|时评|短评|论坛|茶座|视点|说法|信箱|漫谈|札记|小议)",
                             re.sub(r"[ \u3000]", "", simplified(text.strip()))))


def names_a_kind_of_news(text: str) -> bool:
    """特約通信, 本館專電, 本埠新聞, 港聞拾零: a label naming the kind of news set under it, or a column of
    briefs, no head of a piece."""
    return names_a_column_of_briefs(text) or bool(
        re.fullmatch(rf"[{HAN}]{{0,4}}(?:通信|通讯|新闻|要闻|专电|专讯|消息|拾零|点滴)", re.sub(r"[ \u3000]", "", simplified(text.strip()))))


def is_listing_head(text: str) -> bool:
    """今日荧屏, 今日电影, 本周节目: the head of the day's listing of channels or cinemas."""
    return bool(re.fullmatch(r"(?:今日|今晚|明日|本周|近期)(?:电影|影院|荧屏|电视|广播|节目|演出)|[\u4e00-\u9fff]{0,4}(?:影讯|剧讯)",
                             re.sub(r"[ \u3000]", "", simplified(text.strip()))))


_FRAMED = re.compile(r"([◇◆☆★·•○●◎□■△▲])([^◇◆☆★·•○●◎□■△▲]{2,10})\1")


def unframed(text: str) -> str | None:
    """◇读者来信◇, ·行业简讯·: a label set between two marks alike, its words; None for any other line."""
    return m[2].strip() if (m := _FRAMED.fullmatch(text.strip())) else None


def names_a_column_of_briefs(text: str) -> bool:
    """本市简讯, 城事速递, 港聞簡報, 本埠短讯, 簡訊 alone: a column of briefs, an item of its own wherever it stands;
    its name set between marks (·行业简讯·, ◇本市简讯◇) or letter by letter (省 内 简 讯)."""
    text = re.sub(r"[ \u3000]", "", simplified(text.strip()))
    text = unframed(text) or text
    # (今日电影, 今日荧屏, 本周节目: the day's listings of cinemas and channels, a column of their own)
    return bool(re.fullmatch(rf"[{HAN}·]{{2,4}}(?:简讯|简报|快讯|快报|短讯|零讯|杂讯|简闻|琐闻|速递|快递|速览|播报|动态|短波|传真)|简讯|短讯",
                             text)) or is_listing_head(text)


# A report's lead names its source or time in its first clause: 近日, 日前, 昨天, 记者从…获悉,
# 据…消息; a section of an article goes on from what came before.
_REPORT_OPENING = re.compile(
    r"^[^，。；！？]{0,14}?(?:近日|日前|昨天|昨日|今天|今日|记者从|记者近日|记者日前)"
    r"|^(?:[^。！？]{0,60}[。！？])?据[^，。；！？]{1,16}(?:消息|报道|统计|介绍)")


def is_reply_head(text: str) -> bool:
    """The head of a reply printed under a reader's letter (专家回复, 相关部门回复), or of the
    reporter's follow-up of it (记者追访, 记者调查): the letter's. A reply titled as a document
    (关于报纸投递迟缓问题的答复) is printed as an item of its own."""
    return bool(re.search(r"(?:回复|答复|回应)$|^记者(?:追访|追踪|调查|回访|走访|探访|核实)$", text)) \
        and not re.match(r"关于.{2,}的", text)


def is_salutation(text: str) -> bool:
    """A letter's opening line: 编辑同志：, 亲爱的乐乐：, 陈曦女士：."""
    return bool(re.fullmatch(r"[^，。！？：:\s]{0,10}(?:同志|先生|女士|老师|朋友|编辑|叔叔|阿姨|姐姐|哥哥|妹妹|弟弟|大姐|大哥)们?[：:]"
                             r"|亲爱的[^，。！？：:]{1,10}[：:]",
                             text.strip()))


def opens_as_a_letter(text: str) -> bool:
    """编辑同志：我们这里…, or 编辑同志： alone: a paragraph that opens a letter."""
    return is_salutation(re.split(r"(?<=[：:])", text.strip(), maxsplit=1)[0])


def opens_like_a_report(text: str) -> bool:
    """The first paragraph of a news report: 亚洲开发银行日前发布报告…, 记者昨天从市轨道交通集团获悉…,
    塑料污染是全球面临的环境难题之一。据国外媒体近日报道…"""
    return bool(_REPORT_OPENING.search(text))


def head_form(text: str) -> str:
    """A head's skeleton: its words as X, its spaces and marks kept (“X X”, “X，X”, “X：X”)."""
    return re.sub(r"[^\s，：:、·]+", "X", text.replace("\u3000", " "))


# (一　集寧道上: an older paper sets its number apart by a space; a head set letter by letter, 十　年　磨　一　剑, is no number)
_NUMBERED = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d{1,2}[.．、]|[①-⑳]"
                       r"|[一二三四五六七八九十]{1,3}[ \u3000]+(?=\S{2,}$))")


def is_numbered(text: str) -> bool:
    """A head numbered as one of a list (一、及时修剪, （二）, 3.), not a figure (3.15晚会)."""
    return bool(_NUMBERED.match(text)) and not re.match(r"\d{1,2}[.．]\d", text)


def is_deck(text: str, heads_after: list[str]) -> bool:
    """A head between an article's title and its text is its deck (入境處：首季批出逾兩萬宗申請　較去年同期增
    三成), not a section head: those sit between paragraphs, in series. A box's name (核心阅读)
    or a numbered head (一、…) opens the text instead, and so does the first of a series of heads."""
    return not (is_box_name(text) or is_box_label(text) or is_numbered(text)
                or any(parallel_heads(text, head) for head in heads_after))


def listed_alike(first: str, second: str) -> bool:
    """Two heads of one list: numbered alike (一、… 二、…) or led alike by a name and a colon
    (广东美术馆：… / 广州博物馆：…)."""
    if _NUMBERED.match(first) and _NUMBERED.match(second):
        return True
    return bool(re.match(r"^[^：:]{1,6}[：:]", first) and re.match(r"^[^：:]{1,6}[：:]", second))


# A section head led by its topic and a space (谈巡演 “嗓子哑过，也想过放弃”).
_LED_BY_TOPIC = re.compile(rf"^([{HAN}]{{2,4}})[ \u3000]+\S")


def parallel_heads(first: str, second: str) -> bool:
    """Section heads of one article come in series and share their form: numbered alike
    (一、… 二、…), a speaker before a colon (物业：… / 专家：…), or the same skeleton with two
    characters in common (我在启东 / 我在川姜镇, 拓宽融资渠道 / 降低融资成本). Two titles
    that are both couplets (X　X) share only that."""
    if listed_alike(first, second):
        return True
    if (a := _LED_BY_TOPIC.match(first)) and (b := _LED_BY_TOPIC.match(second)) and a[1][0] == b[1][0] \
            and len(a[1]) == len(b[1]):
        return True  # 谈巡演 “嗓子哑过…” / 谈家乡 “台下…”: an interview's topics, each under its word
    if _NUMBERED.match(first) or _NUMBERED.match(second) or head_form(first) != head_form(second):
        return False
    # composed to one measure: a head half as long again as the other shares a word with it, not its form
    if 2 * max(len(first), len(second)) > 3 * min(len(first), len(second)):
        return False
    return any(first[k:k + 2] in second for k in range(len(first) - 1)
               if re.fullmatch(rf"[{HAN}]{{2}}", first[k:k + 2]))


def head_of_two_lines(upper: str, lower: str) -> str:
    """A head printed over two lines as one: its two clauses a space apart where it is a couplet
    (守牢安全底线 守护春耕生产, balanced_clauses), run together where a line broke one sentence."""
    return f"{upper} {lower}" if balanced_clauses(upper, lower) else upper + lower


def balanced_clauses(upper: str, lower: str) -> bool:
    """全澳展开清理 / 居民守望相助, 国棉十七厂超额完成捐献计划 / 工人们又订出新的增产指标: two head lines
    about as long, each a clause of its own (the lower does not go on with the upper's subject, as
    本市又有五家企业 / 获准公开发行股票 does): a title set as a couplet, its two halves apart."""
    upper, lower = simplified(upper.strip()), simplified(lower.strip())
    short, long = sorted(len(re.sub(r"[“”‘’「」《》]", "", line)) for line in (upper, lower))
    if re.search(r"[\s，。！？：；、—（）]", upper + lower) or not (5 <= short and long <= 14 and long - short <= max(1, short // 5)):
        return False
    # (红星大队干部群众 / 战天斗地修水利: the subject alone over what it does; 高考倒计时20天 / 这份考前提醒请收好:
    # the lower pointing back to the upper)
    # (城东菜市场改造后 / 摊位费上涨三成: the upper saying when, the lower what then happened)
    if upper.endswith(("的", "之", "后", "以后", "之后", "以来", "之际", "期间")) or names_only_its_subject(upper) \
            or re.match(r"[这那此其该]", lower):
        return False
    # (国产大片扎堆 / 抢滩贺岁档, 四川多家滑雪场 / 陆续开板迎客: a lower line opening on a verb or an adverb goes
    # on with the subject above, unless the upper opens on a verb too: 弘扬… / 凝聚…, two orders side by side)
    above, below = parts_of_speech(upper), parts_of_speech(lower)
    opening = [above[0][1], below[0][1]]
    if opening[1] in ("s", "t", "f") and len(below) > 1 and _is_verb(below[1][1]):
        opening[1] = "v"  # (首日逾1.8万人 / 网上提交“摇号”申请: where or when, then what the subject above did)
    return opens_alike(upper, lower) \
        or (not opening[1].startswith(("v", "d", "p", "c", "u")) or opening[0].startswith("v") and opening[1].startswith("v")) \
        and (not opens_with_its_predicate(lower) or opens_with_its_predicate(upper))


def is_couplet(text: str) -> bool:
    """A head of two or more parallel parts set apart by spaces: 夏粮收购有序开展　农民售粮便捷顺畅."""
    parts = text.replace("\u3000", " ").split()
    return len(parts) >= 2 and all(len(p) >= 3 for p in parts)


# An event named by its kind, and what it did: 学术研讨会在京举行, 座谈会昨日召开.
_EVENT_HELD = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:研讨会|座谈会|论坛|年会|交流会|推进会|发布会|报告会|博览会|展览会|展销会|"
                         r"运动会|招聘会|洽谈会|表彰会|现场会)[^，。！？\s]{0,8}?(?:举行|召开|举办|开幕|闭幕|启动|落幕|结束)")


def names_its_event_below(upper: str, lower: str) -> bool:
    """马克思主义哲学中国化研究 / 学术研讨会在京举行: a head line naming what an event is about, no verb
    of its own, over the event's kind and what it did; one head, broken at the width."""
    upper = simplified(upper.strip())
    return bool(_EVENT_HELD.match(simplified(lower.strip()))) and 4 <= len(upper) <= 16 \
        and not re.search(r"[\s，。！？：；—]", upper) and not is_genre_label(upper) and not names_a_column(upper) \
        and not names_a_column_of_briefs(upper) and not names_a_kind_of_news(upper) \
        and not any(tag == "v" for _, tag in parts_of_speech(upper))


def couplet_over_two_lines(upper: str, lower: str) -> bool:
    """立足新发展阶段 / 贯彻新发展理念, 春风拂沃野 / 农机闹春耕: two head lines of one length whose words
    fall alike, a couplet set as one head over two lines (a kicker and its title are seldom matched so)."""
    upper, lower = simplified(upper.strip()), simplified(lower.strip())
    if len(upper) != len(lower) or not 5 <= len(upper) <= 9 or re.search(r"[\s，。！？、：；“”《》（）—]", upper + lower) \
            or is_genre_label(upper) or names_a_column(upper):
        return False
    lengths = [[len(w) for w, _ in parts_of_speech(line)] for line in (upper, lower)]
    return lengths[0] == lengths[1] and len(lengths[0]) >= 2 or opens_alike(upper, lower)


def tells_what_follows(text: str) -> bool:
    """料发出三号强风信号, 预计年内开通: a line telling what is expected or done since, as a deck
    does of the news in the head above it; 要求进一步巩固…, 强调…: what a meeting in the head above
    asked or stressed, its subject that head's; 区长陈立明主持: who chaired it."""
    return bool(re.match(r"(?:料|预计|预期|已|将|或将|有望|要求|强调|指出|呼吁|号召|部署)", simplified(text))) or names_who_presided(text)


# The strokes, radicals and marks an OCR reads out of a script it does not know (a masthead's Uyghur or
# Mongolian, a picture): ′ ˇ 荨 ﹂丨 ′ 、 蠹 .■■ 丶 ′′ 刂.
_STROKES = "丨丶丿乙乚亅冫刂彡彳扌氵廴丬匚〃〓′″‵ˇˊˋ﹁﹂﹃﹄﹏︵︶■□▲△▼◆◇.·•、，。'\"`~^_|/\\:;-"
_STROKE = re.compile(f"[{re.escape(_STROKES)}]")
_TEXT_RUN = re.compile(rf"[^\s{re.escape(_STROKES)}]{{3}}")  # three characters of text together: no such line


def is_stray_mark(text: str) -> bool:
    """丨, 丶, ·, ■ alone on a line: a rule, a dot or a bullet the OCR read as a character of its own;
    or a line of marks and nothing else (※▲ ‥·■ ◆◆ ）（ ▓), a smudge or a picture read as text; or
    a line mostly of strokes and marks, with no two characters of text together: a script the OCR
    did not know."""
    # (丨 and 丶 are characters to the regex's eye, strokes to the reader's: 丨　　、 is a smudge)
    # (一一一一一一: a rule across the page, read as the character it looks like)
    return bool(re.fullmatch(r"[丨丶·•■□▪︱|｜/\\、，。\-—_~]{1,2}|一{4,}", text.strip())) or len(text.strip()) >= 3 \
        and not re.search(r"\w", re.sub(r"[丨丶]", "", text)) \
        or not _TEXT_RUN.search(text) and len(marks := re.sub(r"\s", "", text)) >= 4 \
        and len(_STROKE.findall(marks)) * 3 >= len(marks) * 2


def broken_mid_word(upper: str, lower: str) -> bool:
    """Two head lines that cut a word in two (…推动重点项 / 目建设跑出“加速度”): one head broken
    where its column ended, as no kicker or title ends; so is a line opening with the rest of
    a word, a character alone before a space (…人數創新 / 高 台教育部門擴大招生)."""
    if re.match(rf"[{HAN}][ \u3000]+\S{{3}}", lower) and upper[-1:] and simplified(upper[-1] + lower[0]) in part_of_speech():
        return True
    at = 0
    for word in words(upper + lower):
        if at < len(upper) < at + len(word):
            # a word of the dictionary that leaves the upper line a lone character at its end: two
            # heads may meet by chance in a pair or a new word (国际随笔 / 集市上…: 随笔集); a word of two
            # only under a long line (电子计算机正在进 / 入美国家庭)
            # …座谈行政诉讼 / 法草案, …女支书陈玉 / 兰带领…: or, under a long line (no verse's), a word whose
            # last character the lower line cannot open a word with, standing alone there
            lone_rest = len(upper) >= 10 and len(first := words(lower)[0]) == 1 and word.endswith(first)
            # (屯門公路擴闊工 / 程明年動工: the upper line's last characters no word of the dictionary, 擴闊工)
            glued = simplified(last := words(upper)[-1]) not in part_of_speech() and len(last) > 1
            return (len(word) >= 3 or len(upper) >= 7 or lone_rest) and simplified(word) in part_of_speech() \
                and (len(last) == 1 or lone_rest or glued)
        at += len(word)
        if at >= len(upper):
            return False
    return False


# A site's title that names the page its article was printed on: …充电桩1200个[05版], …【第3版】.
# (【第A02版：要闻】: the page with its name)
_PAGE_NOTE = r"[\[【（(〔]第?\s*(?P<page>[A-Za-z]?\d{1,3}|[一二三四五六七八九十]{1,3})\s*版(?:[：:·][^\]】）)〕]{1,8})?[\]】）)〕]"
_TITLE_AND_PAGE = re.compile(rf"^(?P<title>.{{2,}}?)\s*{_PAGE_NOTE}$|^{_PAGE_NOTE.replace('page', 'before')}\s*(?P<after>.{{2,}})$")


def title_and_page(text: str) -> tuple[str, str] | None:
    """市区新增公共充电桩1200个[05版], a site's title naming its page; 县城至双河公路改建工程开工（第1版）,
    洪水退后抢种秋菜【二版】, as a bound volume's typist notes it; 【第3版】汉江边的“守桥人”, as a paper's
    account titles its post of a printed piece: the title, and the page it names."""
    m = _TITLE_AND_PAGE.match(text.strip())
    if m is None:
        return None
    page = m["page"] or m["before"]
    return m["title"] or m["after"], page if page[0].isascii() else str(read_number(page))


def title_after_its_day(text: str) -> str | None:
    """【8月2日】天问一号完成首次轨道中途修正: a brief of a digest (科技速递, 一周要闻) under the day it
    tells of, in brackets before its title; the title, or None. (That day is the news's, not the paper's.)"""
    m = re.fullmatch(r"[【\[［]\s*(?:\d{1,2}月\d{1,2}日|\d{1,2}[./]\d{1,2})\s*[】\]］]\s*(\S.{3,})", text.strip())
    return m[1] if m else None


def title_and_deck(text: str) -> tuple[str, str] | None:
    """A title exported with its deck after a dash in one field (绿水青山间的致富路——青石县发展林下
    经济见闻): the two, each a head's length."""
    m = re.fullmatch(r"(?P<title>[^—]{4,40}?)\s*——\s*(?P<deck>[^—]{4,40})", text)
    return (m["title"].strip(), m["deck"].strip()) if m else None


# A kicker that turns the reader to a topic: 聚焦高标准农田建设, 关注夏季用电安全, 走进革命老区.
_TOPIC_TURN = re.compile(r"^(?:聚焦|关注|走进|探访|直击|透视|解码|见证)[^，,。！？\s\d]{2,14}$")


def turns_to_a_topic(text: str) -> bool:
    """A head that points the reader at a topic and reports nothing of it (聚焦…, 关注…, 走进…),
    as kickers do."""
    return bool(_TOPIC_TURN.match(simplified(text)))


# A match's result as a sports page sets it in a head: 2比1, 0∶0.
_SCORE = re.compile(r"\d{1,3}\s*[比∶]\s*\d{1,3}")


def upper_is_kicker(upper: str, lower: str) -> bool:
    """Of two bare heads stacked, whether the upper is the kicker (引题) above the title, not
    the title above its deck (副题). A deck explains the head above it, with a clause, figures
    or a speaker (今年计划完工300台，居民可在线提交申请; 法院：符合…情形应予认定); any other line
    under a head is the title, the head above it its kicker (川渝共建巴蜀文化旅游走廊 / 一张“惠民卡”
    畅游两地百余景区). A short label (新春走基层, 短评), a topic half as long as the head under it,
    or a plain line above a couplet (… / 夏粮收购有序开展　农民售粮便捷顺畅) is a kicker all the same.
    Of 423 two-line heads on the pages written blind, this reads 362 as their editors did."""
    if tells_what_follows(lower) and not upper.endswith(("——", "：", ":")):
        return False
    if is_couplet(lower) and not is_couplet(upper) and re.search(r"\d+(?![\d年]|周年|週年)", upper) and len(upper) >= 12 \
            and any(len(part) > 6 for part in lower.split()):
        # 建屋局明年第二季推出逾4000个预购组屋单位 / 榜鹅和登加有新项目　部分单位等候时间缩短至四年内: the
        # news counted, its deck telling more; a slogan's short parts (早稻开镰 农机唱主角) are the title,
        # and a year or an anniversary names a campaign, a kicker's (2019年“春风行动”全面启动)
        return False
    if _SCORE.search(upper) and not _SCORE.search(lower) and not upper.endswith(("——", "：", ":")):
        return False  # 实德0比0闷平泰山 / 主场三连胜终结　锋线乏力问题凸显: the result is the news, its deck under it
    if (len(parts := lower.split()) >= 3 or len(parts) == 2 and all(len(p) <= 8 for p in parts)) and is_couplet(lower) \
            and not is_couplet(upper) and not upper.endswith(("——", "：", ":")) \
            and re.search(r"昨|今[日晨晚天]|前日|日前|明[日晨晚天]", simplified(upper)):
        # 河北大街昨晨大火 / 延燒舖戶三家 損失約兩萬元 幸未傷人, 行政院昨开例会 / 通过苏省水利贷款　任免厅长多人: the
        # news, when it happened, then its details in parts (a slogan in parts under a name, 百齡補血丸 /
        # 專治…　面黃肌瘦　…, sells it)
        return False
    if upper.endswith(("——", "：", ":")) or not reads_as_deck(lower) or puts_a_question(lower) or "！" in lower:
        return True  # a deck explains; a head that asks or exclaims is the title (…“卡壳”，难在哪; 3比1！…)
    if is_series_name(upper) and "·" not in lower:
        return True  # a series and its part (推动高质量发展·区县巡礼): a kicker over each of its titles
    if re.search(r"(?:观察|调查|调研行|巡礼|纪实|走笔|看变化|蹲点记|进行时|正当时|在行动)$", upper) and not re.search(r"[，\s]", upper):
        return True  # a series' name (家庭教育促进法实施观察, 县域特色产业调研行, 备战“三夏”进行时) over each of its titles
    if len(upper) <= 5 < len(lower):
        return True
    if turns_to_a_topic(upper) and len(upper) < len(lower):
        return True  # 聚焦高标准农田建设 / 我省今年将新建高标准农田420万亩: the news under its topic
    if 2 * len(upper) <= len(lower) and "，" not in lower:
        return True
    if is_couplet(upper) and not is_couplet(lower) and "，" not in lower and len(upper) < len(lower) \
            and all(len(part) <= 6 for part in upper.split()):
        return True  # a slogan over the news: 延链补链 做强主导产业 / 长垣：起重装备产业集群年产值突破五百亿元
    # figures in both parts of it (全线已建成加注站13座　年加注能力超50万吨): a deck's detail
    return is_couplet(lower) and not is_couplet(upper) and not all(re.search(r"\d", p) for p in lower.split())


def is_exclaimed_heading(text: str) -> bool:
    """A title that ends with ！ or ？, as evening papers set them: 立秋都一周了，为啥还这么热？,
    这些路段今晚起夜间封闭施工，请提前绕行！ Two clauses at most, no speech."""
    if not text.endswith(("！", "？", "!", "?")) or not 6 <= len(text) <= 32 \
            or re.match(r"^[“「\"]", text) or re.search(r"[“「][^”」]{7,}[”」][！？!?]$|[”」\"].*[“「]", text):
        return False  # words quoted (村里的“断头路”何时能修通？, 怎样防止“闪苗”？) may stand in one; speech may not
    clauses = re.split(r"[，\s]+", text.rstrip("！？!?"))
    # One clause may run longer, as a question put whole does (公司以“末位淘汰”为由解除劳动合同合法吗？).
    longest = 24 if len(clauses) == 1 else 16
    return len(clauses) <= 2 and all(2 <= len(c) <= longest for c in clauses) and not re.search(r"[。；：]", text)


def closes_with_photo_credit(text: str) -> bool:
    """本报记者 方圆 摄, 本報攝影記者　沈　鈞攝: a credit that ends on the photographer's 摄, in either script,
    or that closes a caption in brackets (…训练。（冯　磊、王文龙摄））."""
    text = simplified(text).rstrip()
    return text.endswith("摄") or _BRACKETED_CREDIT.search(text) is not None


_BRACKETED_CREDIT = re.compile(r"[（(][^（()）]{2,30}摄[)）]$")


def credits_photos_only(text: str) -> bool:
    """本报记者 方圆 摄: a credit that names whoever took the photos and no other writer (本报记者 潘立
    文 / 冯国栋 摄 names both)."""
    return closes_with_photo_credit(text) and not re.search(r"(?:^|\s)文\s*[/／：:]|\s文\s*[/／]", simplified(text))


def photographers(caption: str) -> tuple[str, ...]:
    """Who took a photo, by the credit closing its caption: …颗粒归仓。　刘　明　摄 → 刘明,
    本报记者 王一鸣摄 → 王一鸣; read in either script, named as written (明報記者 潘志恆攝 → 潘志恆)."""
    simple = simplified(caption)
    if simple == caption:
        return _photographers(caption)
    written = dict(zip(simple, caption))  # simplified() keeps the text's length
    return tuple("".join(written.get(c, c) for c in name) for name in _photographers(simple))


# 卡·维什涅夫斯基: a foreign name, its parts spelt in Han characters and parted by a dot.
_TRANSLITERATED = re.compile(rf"[{HAN}]{{1,6}}(?:·[{HAN}]{{1,8}})+")


def is_transliterated_name(text: str) -> bool:
    """卡·维什涅夫斯基: a foreign name spelt in Han characters, its parts parted by a dot; not a
    paper's brand so parted (新华日报·交汇点记者)."""
    return bool(_TRANSLITERATED.fullmatch(text)) and not re.search(r"记者|通讯员|报|社|网|台|新闻|客户端", simplified(text))


def _photographers(caption: str) -> tuple[str, ...]:
    if (agency := _AGENCY_PHOTO.match(caption)) and not agency["by"]:
        return ()
    m = agency or _AGENCY_PHOTO_CLOSING.search(caption.strip()) or _SLASH_CREDIT.search(caption.strip()) \
        or _LABELLED_PHOTO.match(caption.strip()) or _PICTURED_BY.search(caption.strip()) \
        or _BRACKETED_PHOTO.search(caption.strip()) \
        or re.search(r"[（(]?(?P<by>[^。！？（(]*?)摄(?:影报道|影)?\s*[）)]?$", _CREDIT_AGENCY.sub("", caption))
    if not m:
        return ()
    tokens = join_spaced_names([t for t in re.split(r"[\s、/／]+", m["by"]) if t])
    # (a credit labelled 摄影 names whoever took it, whatever the surname: （摄影　朴春花）)
    labelled = m.re is _BRACKETED_PHOTO
    names = []
    for token in reversed(tokens):
        role = _ROLE_TOKEN.match(token)
        name = role["name"] if role and role["name"] else token
        if not is_person_name(name) and not is_transliterated_name(name) and not (labelled and _NAME_SHAPE.fullmatch(name)):
            break
        names.insert(0, name)
        if role:
            break
    return tuple(names)


def is_dashed_deck(text: str) -> bool:
    """——记南昌航空大学辅导员余晓川: a deck under its title, opened by its dash, never the rest of a line
    above (no sentence)."""
    return text.startswith("——") and not ends_sentence(text) and len(text) <= 40


def reads_as_deck(text: str) -> bool:
    """A line under a title that explains it (副题), with a clause, figures or a speaker: 三年来累计
    服务老年人1.2万余人次, 今年计划完工300台，居民可在线提交申请, 法院：符合“上下班途中”情形应予认定."""
    # 法院：…, and as a speaker is quoted without a colon: 氣象局稱不排除…, 物业称配件已到货
    speaker = re.match(r"^([^：:]{1,6})[：:]", text) or re.match(r"^([^：:，。\s]{2,6}?)[称稱](?![号號为為])", text)
    # A place before the colon heads the news from there (高坪村：荒山坡变成“金茶园”): a title's form.
    return "，" in text or bool(re.search(r"\d", text)) or bool(speaker) and not _PLACE.fullmatch(simplified(speaker[1])) \
        or bool(re.match(r"(?:但|但是|却|仍|而且|并且)", text))  # 但雨季将至仍须提高警惕: it goes on from the head
