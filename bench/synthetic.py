"""A deterministic synthetic archive that behaves like Chinese news for jieba and the index.

Words are drawn by frequency from jieba's own dictionary (so the vocabulary keeps growing with
the archive, as a real one does), mixed with sentences of the sample archive. Every layout an
archive comes in is there: OCR-like .txt pages (with a sidecar stating paper and issue date),
curated .md articles, folders of one-article-per-file .txt as a crawler writes them
(`2020年2月/20200201/20200201-06-04.txt`), and records files (.jsonl); dates spread over
twenty years. Beside it, the same articles as a Hugo user's content: one Markdown file each
(`Twin`), for the peer the benchmark builds in the same run (bench/peer.py).
"""
from __future__ import annotations

import bisect
import datetime as dt
import itertools
import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

import jieba

ROOT = Path(__file__).resolve().parent.parent
PAPERS = ("株洲日报", "安康日报", "湘江晚报", "江南都市报", "北方时报")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红梅建国志文斌宇浩凯晨晓鹏飞雪琳颖慧婷欣怡子涵佳"
FIRST_DAY = dt.date(2006, 1, 1)
# Exports come in files of a few thousand records; smaller files spread over the workers.
RECORDS_PER_FILE = 500
DAYS = 20 * 365


@dataclass(frozen=True)
class Vocabulary:
    words: list[str]
    cumulative: list[int]
    sentences: list[str]

    def word(self, rng: random.Random) -> str:
        return self.words[bisect.bisect(self.cumulative, rng.randrange(self.cumulative[-1]))]


@dataclass(frozen=True)
class Twin:
    """One article as a Hugo user writes it: front matter and Markdown paragraphs. Its tags are
    only those its source states (a Markdown article's), as a user of Hugo would have them."""

    title: str
    day: dt.date
    paper: str
    authors: tuple[str, ...]
    paragraphs: tuple[str, ...]
    tags: tuple[str, ...] = ()
    subtitle: str = ""

    def markdown(self) -> str:
        front = {"title": self.title, "date": self.day.isoformat(), "paper": self.paper,
                 "authors": list(self.authors), "tags": list(self.tags)}
        if self.subtitle:
            front["subtitle"] = self.subtitle
        head = "".join(f"{key}: {json.dumps(value, ensure_ascii=False)}\n" for key, value in front.items())
        return f"---\n{head}---\n\n" + "\n\n".join(self.paragraphs) + "\n"


def write_twins(folder: Path, twins: list[Twin]) -> None:
    """The twins as a Hugo site's content/posts/: one Markdown file each."""
    posts = folder / "content" / "posts"
    posts.mkdir(parents=True, exist_ok=True)
    for number, twin in enumerate(twins):
        (posts / f"{number:06d}.md").write_text(twin.markdown(), encoding="utf-8")


def vocabulary() -> Vocabulary:
    """jieba's dictionary words (Han only) with their frequencies; the sample's sentences."""
    words, cumulative, total = [], [], 0
    dictionary = Path(jieba.__file__).parent / "dict.txt"
    for line in dictionary.read_text(encoding="utf-8").splitlines():
        word, freq, _ = line.split(" ")
        if re.fullmatch(r"[\u4e00-\u9fff]{1,6}", word):
            total += int(freq)
            words.append(word)
            cumulative.append(total)
    text = "".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
    sentences = [s + "。" for s in re.split(r"[。！？\n]", text) if 12 <= len(s) <= 80
                 and not re.search(r"[#▲]|记者|编辑|通讯员", s)]
    return Vocabulary(words, cumulative, sentences)


def name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2)))


def phrase(vocab: Vocabulary, rng: random.Random, low: int, high: int) -> str:
    return "".join(vocab.word(rng) for _ in range(rng.randint(low, high)))


def sentence(vocab: Vocabulary, rng: random.Random) -> str:
    if rng.random() < 0.3:
        return rng.choice(vocab.sentences)
    parts = [phrase(vocab, rng, 3, 8) for _ in range(rng.randint(1, 3))]
    number = f"{rng.randint(2, 9999)}{rng.choice('人个家项万元吨亩')}" if rng.random() < 0.3 else ""
    return "，".join(parts) + number + "。"


def paragraph(vocab: Vocabulary, rng: random.Random) -> str:
    return "".join(sentence(vocab, rng) for _ in range(rng.randint(2, 4)))


def stated_tags(head: str, rng: random.Random) -> list[str]:
    """The tags a writer states: up to three nouns of the article's own title, as a Hugo user tags
    a post by its topics (never a particle or a pronoun drawn at random)."""
    import jieba.posseg
    nouns = sorted({w for w, flag in jieba.posseg.lcut(head) if flag.startswith("n") and len(w) >= 2})
    return sorted(rng.sample(nouns, min(3, len(nouns))))


def title(vocab: Vocabulary, rng: random.Random) -> str:
    return phrase(vocab, rng, 3, 6)[:20]


# Paragraphs an article has: log-normal, as the lengths of news reports are, so that articles
# average about 1,250 characters (a paragraph is about 86) with a long tail to 10,000.
PARAGRAPHS_MU, PARAGRAPHS_SIGMA, MOST_PARAGRAPHS = 2.52, 0.6, 116


def body(vocab: Vocabulary, rng: random.Random) -> list[str]:
    count = min(MOST_PARAGRAPHS, max(2, round(rng.lognormvariate(PARAGRAPHS_MU, PARAGRAPHS_SIGMA))))
    return [paragraph(vocab, rng) for _ in range(count)]


def text_article(vocab: Vocabulary, rng: random.Random) -> tuple[str, dict]:
    """An article as OCR gives it, and its fields for its twin (the page gives day and paper)."""
    reporter = name(rng)
    head = title(vocab, rng)
    lines = [f"# {head}", ""]
    subtitle = ""
    if rng.random() < 0.3:
        subtitle = title(vocab, rng)
        lines[1:1] = [f"——{subtitle}"]
    paragraphs = body(vocab, rng)
    paragraphs[0] = f"本报讯（记者 {reporter} 通讯员 {name(rng)}）" + paragraphs[0]
    for p in paragraphs:
        lines += [p, ""]
    if rng.random() < 0.4:
        lines += [f"▲{phrase(vocab, rng, 2, 5)}。 记者 {reporter} 摄", ""]
        paragraphs.append(lines[-2])
    return "\n".join(lines), {"title": head, "subtitle": subtitle, "authors": (reporter,),
                              "paragraphs": tuple(paragraphs)}


@dataclass(frozen=True)
class FiledArticle:
    """What a one-article file holds, as an editor lists it."""

    name: str
    kicker: str
    title: str
    subtitle: str
    day: dt.date
    page: int
    order: int


def article_file(vocab: Vocabulary, rng: random.Random, path: str, day: dt.date, page: int,
                 order: int) -> tuple[str, FiledArticle, tuple[str, ...]]:
    """One article as a crawler of a paper's digital edition writes it: kicker, title and
    subtitle lines (any may be empty), then paragraphs indented with two U+3000; CRLF."""
    kicker = title(vocab, rng) if rng.random() < 0.3 else ""
    subtitle = title(vocab, rng) if rng.random() < 0.2 else ""
    filed = FiledArticle(path, kicker, title(vocab, rng), subtitle, day, page, order)
    paragraphs = body(vocab, rng)
    if rng.random() < 0.5:
        paragraphs[0] = f"本报{day.month}月{day.day}日电　（记者{name(rng)}）" + paragraphs[0]
    if rng.random() < 0.2:
        paragraphs.insert(len(paragraphs) // 2, phrase(vocab, rng, 2, 3))  # a section head
    dash = "——" if subtitle and rng.random() < 0.5 else ""
    lines = [kicker, filed.title, dash + subtitle] + ["\u3000\u3000" + p for p in paragraphs]
    return "\r\n".join(lines) + "\r\n", filed, tuple(paragraphs)


def write_article_files(folder: Path, count: int, vocab: Vocabulary, rng: random.Random,
                        twins: list[Twin] | None = None) -> list[FiledArticle]:
    """`count` one-article files, a day's pages of them at a time, in nested date folders
    (their twins added to `twins`: a crawled paper's name is unknown, its folder's)."""
    filed: list[FiledArticle] = []
    while len(filed) < count:
        day = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
        page = rng.randint(1, 16)
        if (folder / f"{day.year}年{day.month}月/{day:%Y%m%d}/{day:%Y%m%d}-{page:02d}-01.txt").exists():
            continue  # that page of that day is written already
        for order in range(1, min(rng.randint(2, 6), count - len(filed)) + 1):
            path = f"{day.year}年{day.month}月/{day:%Y%m%d}/{day:%Y%m%d}-{page:02d}-{order:02d}.txt"
            text, article, paragraphs = article_file(vocab, rng, path, day, page, order)
            (folder / path).parent.mkdir(parents=True, exist_ok=True)
            (folder / path).write_bytes(text.encode("utf-8"))
            filed.append(article)
            if twins is not None:
                twins.append(Twin(article.title, day, "", (), paragraphs, subtitle=article.subtitle))
    return filed


def record(vocab: Vocabulary, rng: random.Random) -> dict:
    """One article as a newsroom system exports it."""
    day = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
    return {"title": title(vocab, rng), "date": day.isoformat(), "paper": rng.choice(PAPERS),
            "page": rng.randint(1, 16), "authors": [name(rng)], "body": "\n".join(body(vocab, rng))}


def write_archive(folder: Path, articles: int, seed: int = 1, twins_folder: Path | None = None) -> None:
    """N articles in folder: pages of 3–5 .txt articles with sidecars, .md articles, folders of
    one-article files and records files; and, given twins_folder, each as a Hugo user's
    Markdown there (write_twins)."""
    rng, vocab = random.Random(seed), vocabulary()
    folder.mkdir(parents=True, exist_ok=True)
    written = 0
    records: list[dict] = []
    twins: list[Twin] = []
    for number in itertools.count():
        if written >= articles:
            break
        day = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
        paper = rng.choice(PAPERS)
        # By articles: about half on pages, three in ten in one-article files, one in ten each
        # in Markdown and in the records file.
        kind = rng.random()
        if kind < 0.25:
            head, author = title(vocab, rng), name(rng)
            tags = stated_tags(head, rng)
            front = (f"---\ntitle: {head}\ndate: {day.isoformat()}\npaper: {paper}\n"
                     f"authors: [{author}]\ntags: [{', '.join(tags)}]\n---\n\n")
            paragraphs = body(vocab, rng)
            (folder / f"{number:06d}.md").write_text(front + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
            twins.append(Twin(head, day, paper, (author,), tuple(paragraphs), tuple(tags)))
            written += 1
            continue
        if kind < 0.50:
            records.append(record(vocab, rng))
            r = records[-1]
            twins.append(Twin(r["title"], dt.date.fromisoformat(r["date"]), r["paper"], tuple(r["authors"]),
                              tuple(r["body"].split("\n"))))
            written += 1
            continue
        if kind < 0.70:
            written += len(write_article_files(folder / "crawled", min(rng.randint(2, 5), articles - written),
                                               vocab, rng, twins))
            continue
        count = min(rng.randint(3, 5), articles - written)
        drawn = [text_article(vocab, rng) for _ in range(count)]
        twins += [Twin(day=day, paper=paper, **fields) for _, fields in drawn]
        page = "\n\n".join(text for text, _ in drawn)
        (folder / f"{number:06d}.txt").write_text(page + "\n", encoding="utf-8")
        (folder / f"{number:06d}.yml").write_text(
            f"paper: {paper}\nissue_date: {day.isoformat()}\npage: {rng.randint(1, 8)}\n",
            encoding="utf-8")
        written += count
    for start in range(0, len(records), RECORDS_PER_FILE):
        (folder / f"export-{start // RECORDS_PER_FILE:03d}.jsonl").write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records[start:start + RECORDS_PER_FILE]),
            encoding="utf-8")
    if twins_folder is not None:
        write_twins(twins_folder, twins)
