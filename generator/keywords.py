"""Keywords: jieba words weighed against the archive itself, giving each article its tags and
the keyword vector related.py finds its related articles by (tag_and_relate does both; a
build that changed few articles recounts only those: see recount.py).

A tag must help a reader browse, so it is a content word (or a two-word compound such as
复工复产 that the archive keeps writing together) shared by several articles, never a generic
word, a number or the paper's name.
"""
from __future__ import annotations

import functools
import math
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from itertools import chain
from typing import Sequence

import numpy as np

from .digest import fingerprint, key_of
from .model import Article
from .parallel import MIN_ITEMS, pmap
from .related import related
from .ingest.rules import is_person_name
from .segment import dictionary_freq, jieba_tables, part_of_speech, words

MIN_TAGS, MAX_TAGS = 3, 8

# jieba's part-of-speech classes that name things or actions worth browsing by;
# pronouns, adverbs, numerals, time and place-of-direction words never are.
CONTENT_POS = ("n", "nr", "ns", "nt", "nz", "ng", "vn", "v", "l", "i", "j")

# Words of every news report: frequent in the archive and in jieba's own corpus,
# or too vague to gather related articles.
GENERIC = frozenset("""
工作 进行 开展 我们 他们 你们 记者 通讯员 表示 实现 推进 加强 提升 落实 积极 相关 通过 部门 全市 全省 全县
全区 全国 今年 目前 同时 问题 情况 方面 时间 没有 已经 一个 这个 主要 重要 需要 开始 成为 组织 活动 要求 工作人员
坚持 继续 不断 进一步 提高 做好 做到 确保 建设 发展 服务 保障 举行 召开 参加 介绍 了解 告诉 希望 带来 得到 来到
进入 看到 知道 认为 觉得 可以 能够 还是 就是 不是 起来 出来 一起 大家 自己 时候 地方 日报 晚报 新闻 本报 报道
通知 单位 人员 群众 领导 负责人 有关 一批 一些 一名 之一 左右 以上 以下 期间 其中 此外 为了 因为 所以 如果 女士
先生 同志 有序 举办 支持 扩大 找到 现场 朋友 成员 邀请 发挥 关心 听取 引导 应对 信心 范围 主体 精神 弘扬 办理 流程
举措 搭建 化身 汇聚 氛围 报送 看望 协调 合作 自主 下载 人心 一线 当天 近日 日前 此次 本次 这次 如今 过去 未来
是否 重点 抓好 年度 考验 免费 上线 部署 机关 发放 收到 送来 给予 面对 保证 推动 有力 规范 优化 分享
营造 引领 检查 守护 纳入 登记 累计 激励 县内 市内 区内 统筹
""".split())

# A single word the dictionary has seen fewer times than this is likely a cut in the
# wrong place (雷打石镇 read as 雷打/石镇), not a word.
MIN_DICTIONARY_FREQ = 5

# Below this jieba IDF a word is common in any Chinese text (表示 3.9, 发展 3.6).
MIN_GENERAL_IDF = 5.0
# A word in more than this share of a large archive describes the archive, not an article.
MAX_SHARE = 0.5

_HAN = re.compile(r"^[\u4e00-\u9fff]{2,8}$")


def article_pieces(article: Article) -> tuple[str, ...]:
    """The text keywords are drawn from (the title twice: it says what the article is about)."""
    return (article.kicker, article.title, article.title, article.subtitle,
            *article.section_heads, *article.paragraphs)


def is_candidate(word: str, tag_of: dict[str, str], general_idf: dict[str, float]) -> bool:
    """A Chinese content word of two characters or more that is not common everywhere."""
    if not _HAN.match(word) or word in GENERIC:
        return False
    pos = tag_of.get(word)
    if pos is not None and pos not in CONTENT_POS:
        return False
    return general_idf.get(word, 99.0) >= MIN_GENERAL_IDF


# Joins the parts of a compound until the archive has shown it is one phrase.
JOIN = "+"


@functools.cache
def content_word(word: str) -> bool:
    """is_candidate by jieba's tables, worked out once per word in a process (an archive's
    articles use the same words again and again)."""
    return is_candidate(word, part_of_speech(), jieba_tables()[1])


def terms(pieces: tuple[str, ...]) -> list[str]:
    """Candidate words in text order, with adjacent candidates also joined as compounds."""
    out: list[str] = []
    previous = ""
    # Piece by piece is the text's words: the line breaks between pieces are words that
    # neither count nor part a compound.
    for word in (w for piece in pieces for w in words(piece)):
        if content_word(word):
            out.append(word)
            if previous and len(previous + word) <= 6:
                out.append(previous + JOIN + word)
            previous = word
        elif word.strip():
            previous = ""
    return out


@dataclass(frozen=True)
class Counts:
    """How often each word occurs in each article, as flat arrays: article k's words are
    word[start[k]:start[k + 1]], ids into vocabulary; times alike."""

    vocabulary: list[str]
    start: np.ndarray
    word: np.ndarray
    times: np.ndarray

    @functools.cached_property
    def is_compound(self) -> np.ndarray:
        """Per word, whether it is two words joined by JOIN (a candidate compound)."""
        return np.fromiter((JOIN in w for w in self.vocabulary), bool, len(self.vocabulary))

    def article_of_each(self) -> np.ndarray:
        return np.repeat(np.arange(len(self.start) - 1, dtype=np.int32), np.diff(self.start))

    def documents(self) -> np.ndarray:
        """Per word, how many articles use it."""
        return np.bincount(self.word, minlength=len(self.vocabulary))

    def totals(self) -> np.ndarray:
        """Per word, how often the archive uses it."""
        return np.bincount(self.word, weights=self.times, minlength=len(self.vocabulary)).astype(np.int64)

    @functools.cached_property
    def position(self) -> dict[str, int]:
        return numbered(self.vocabulary)

    def ids(self, words: list[str]) -> np.ndarray:
        return ids(self.position, words)

    def only(self, keep: np.ndarray) -> Counts:
        """The entries where keep (a mask over them) is true."""
        kept = np.r_[0, np.cumsum(keep)]
        return Counts(self.vocabulary, kept[self.start], self.word[keep], self.times[keep])


def numbered(vocabulary: list[str]) -> dict[str, int]:
    return dict(zip(vocabulary, range(len(vocabulary))))


def ids(position: dict[str, int], words: list[str]) -> np.ndarray:
    """The numbers of words, looked up in C."""
    return np.fromiter(map(position.__getitem__, words), np.int64, len(words))


def flatten(counts: list[Counter]) -> Counts:
    """Counters, one per article, as Counts (their vocabulary in the order first seen)."""
    entries = sum(map(len, counts))
    position: dict[str, int] = {}  # numbered as first seen, in one look-up a word: millions of them
    word = np.fromiter((position.setdefault(w, len(position)) for c in counts for w in c), np.int32, entries)
    times = np.fromiter(chain.from_iterable(c.values() for c in counts), np.int32, entries)
    return Counts(list(position), np.r_[0, np.cumsum(list(map(len, counts)))], word, times)


def summed(vocabulary: list[str], article: np.ndarray, word: np.ndarray, times: np.ndarray,
           articles: int) -> Counts:
    """Entries (article, word id, times) as Counts, the entries of a word in an article summed."""
    width = max(len(vocabulary), 1)
    key = article.astype(np.int64) * width + word
    order = np.argsort(key, kind="stable")
    key = key[order]
    first = np.flatnonzero(np.r_[True, key[1:] != key[:-1]]) if len(key) else np.empty(0, np.int64)
    total = np.add.reduceat(times[order], first) if len(key) else np.empty(0, np.int64)
    article, word = np.divmod(key[first], width)
    return Counts(vocabulary, np.searchsorted(article, np.arange(articles + 1)), word, total)


def kept_compounds(raw: Counts) -> np.ndarray:
    """Compounds the archive writes as one phrase, as a mask over raw's words: in two articles
    or more, and at least half as often as the rarer of its parts would allow (复工复产, 核酸检测)."""
    total, documents = raw.totals(), raw.documents()
    compound = np.flatnonzero(raw.is_compound)
    seen = compound[documents[compound] >= 2]
    left, right = (raw.ids([raw.vocabulary[k].split(JOIN)[side] for k in seen]) for side in (0, 1))
    often = seen[total[seen] * 2 >= np.minimum(total[left], total[right])]
    survivors = unchained({raw.vocabulary[k] for k in often}, {raw.vocabulary[k]: int(total[k]) for k in often})
    mask = np.zeros(len(raw.vocabulary), bool)
    mask[raw.ids(sorted(survivors))] = True
    return mask


def compounds_kept(counts: list[Counter]) -> set[str]:
    """kept_compounds of Counters, one per article, by name."""
    raw = flatten(counts)
    return {raw.vocabulary[k] for k in np.flatnonzero(kept_compounds(raw))}


def unchained(kept: set[str], total: dict[str, int]) -> set[str]:
    """Where compounds share a word (疫情+防控, 防控+物资) the more frequent one wins; on a
    tie (天元区+雷打, 雷打+石镇) the archive has not shown where the phrase ends: keep neither."""
    # Each word's two most frequent compounds: a compound's strongest rival through a word is
    # the first of them, or the second when the first is itself (a common word is part of
    # thousands of compounds: comparing every pair of them is quadratic).
    leaders: dict[str, list[str]] = {}
    for word in sorted(kept, key=lambda w: (-total[w], w)):
        for part in set(word.split(JOIN)):
            held = leaders.setdefault(part, [])
            if len(held) < 2:
                held.append(word)
    out = set()
    for word in kept:
        rivals = [next((r for r in leaders[part] if r != word), None) for part in word.split(JOIN)]
        if all(r is None or total[r] < total[word] for r in rivals):
            out.add(word)
    return out


def excluded_words(articles: list[Article]) -> set[str]:
    """Names of papers and of the people who wrote: never tags."""
    names = {a.paper for a in articles if a.paper}
    banned = set(names) | {p for a in articles for p in (*a.authors, *a.correspondents)}
    for name in names:
        banned.update(w for w in words(name) if len(w) >= 2)
    return banned


def candidate_counts(article: Article) -> Counter:
    """How often each candidate word and compound occurs in one article (a worker's part)."""
    # Interned: a worker's results share each word's string, and so do they once unpickled.
    return Counter(map(sys.intern, terms(article_pieces(article))))


def word_counts(raw_counts: Sequence[Counter], banned: set[str] | None = None,
                compounds: frozenset[str] | None = None) -> tuple[Counts, frozenset[str]]:
    """Per article, how often each candidate word and kept compound occurs (from its
    candidate_counts), but the banned words; a part counts only where it stands alone (复产
    inside 复工复产 is the compound's). The compounds are the archive's own, or those given;
    returned as kept (a+b)."""
    raw = flatten(list(raw_counts))  # the counters go once flattened: they are the larger
    kept = kept_compounds(raw) if compounds is None else \
        np.fromiter((w in compounds for w in raw.vocabulary), bool, len(raw.vocabulary))
    counts = joined(raw, kept)
    out = np.zeros(len(counts.vocabulary), bool)
    out[counts.ids([w for w in (banned or ()) if w in counts.position])] = True
    return (counts.only((counts.times > 0) & ~out[counts.word]),
            frozenset(raw.vocabulary[k] for k in np.flatnonzero(kept)))


def all_candidate_counts(articles: list[Article], jobs: int = 1) -> list[Counter]:
    """candidate_counts of each article, over the workers."""
    if len(articles) >= MIN_ITEMS:
        part_of_speech(), jieba_tables()  # before the workers fork, so each has them
    return pmap(candidate_counts, articles, jobs)


def joined_names(compounds: frozenset[str]) -> set[str]:
    """Compounds (a+b) as the archive writes them (ab)."""
    return {c.replace(JOIN, "") for c in compounds}


def joined(raw: Counts, kept: np.ndarray) -> Counts:
    """raw with its kept compounds (a mask) written as one word and the others dropped; each
    occurrence of a compound is taken from both its parts."""
    kept = np.flatnonzero(kept)
    parts = [raw.vocabulary[k].split(JOIN) for k in kept]
    compounds = ["".join(p) for p in parts]
    vocabulary = sorted(set(compounds).union(w for w, c in zip(raw.vocabulary, raw.is_compound) if not c))
    position = numbered(vocabulary)
    # Raw word id → the word it counts for (or −1), and the two parts a kept compound takes from.
    target, left, right = (np.full(len(raw.vocabulary), -1, np.int64) for _ in range(3))
    plain = np.flatnonzero(~raw.is_compound)
    target[plain] = ids(position, [raw.vocabulary[k] for k in plain])
    target[kept] = ids(position, compounds)
    left[kept], right[kept] = ids(position, [p[0] for p in parts]), ids(position, [p[1] for p in parts])
    article = raw.article_of_each()
    counted, taken = target[raw.word] >= 0, left[raw.word] >= 0
    entries = [(article[counted], target[raw.word[counted]], raw.times[counted]),
               *((article[taken], part[raw.word[taken]], -raw.times[taken]) for part in (left, right))]
    return summed(vocabulary, *map(np.concatenate, zip(*entries)), len(raw.start) - 1)


def is_word(vocabulary: list[str], compounds: set[str]) -> np.ndarray:
    """Per word, whether it is a dictionary word (seen often enough to be one) or a compound
    the archive made."""
    freq = dictionary_freq()
    return np.fromiter((w in compounds or freq.get(w, 0) >= MIN_DICTIONARY_FREQ for w in vocabulary),
                       bool, len(vocabulary))


def idf(vocabulary: list[str], documents: np.ndarray, articles: int) -> np.ndarray:
    """Per word, how rare it is (in how many of the archive's articles it is): half the
    archive's IDF, half jieba's (a word new to both takes jieba's median)."""
    _, general_idf, median = jieba_tables()
    general = np.array([general_idf.get(w, median) for w in vocabulary], np.float64)
    return (np.log((articles + 1) / (documents + 1)) + 1 + general) / 2


def ranked(counts: Counts, rarity: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each article's words, best keyword first (ties broken by the word, for stable output),
    and their weights: counts × IDF (rarity, per word)."""
    weight = counts.times * rarity[counts.word]
    order = np.lexsort((counts.word, -weight, counts.article_of_each()))
    return counts.word[order], weight[order]


def choose_tags(ranked: np.ndarray, counts: Counts, shared: np.ndarray, is_a_word: np.ndarray,
                stated: tuple[str, ...]) -> tuple[str, ...]:
    """Stated tags first; then keywords shared with other articles, so each tag gathers
    several; then the article's own best words while it has fewer than MIN_TAGS."""
    tags = list(dict.fromkeys(stated))
    for candidates, up_to in ((ranked[shared[ranked]], MAX_TAGS), (ranked[is_a_word[ranked]], MIN_TAGS)):
        for k in candidates.tolist():
            if len(tags) >= up_to:
                break
            add_tag(tags, counts.vocabulary[k])
    return tuple(tags)


def tags_and_vectors(articles: list[Article], counts: Counts, compounds: set[str], documents: np.ndarray,
                     archive: int) -> tuple[list[tuple[str, ...]], list[dict[str, float]]]:
    """Each article's chosen tags, and its twenty best keywords with their weights, against
    the documents holding each word in an archive of that many articles."""
    best, weight = ranked(counts, idf(counts.vocabulary, documents, archive))
    limit = int(archive * MAX_SHARE) if archive >= 20 else archive
    is_a_word = is_word(counts.vocabulary, compounds)
    shared = is_a_word & (documents >= 2) & (documents <= limit)
    tags, vectors = [], []
    for k, article in enumerate(articles):
        mine = slice(counts.start[k], counts.start[k + 1])
        tags.append(choose_tags(best[mine], counts, shared, is_a_word,
                                article.tags if "tags" in article.stated else ()))
        top = best[mine][:20].tolist()
        vectors.append(dict(zip((counts.vocabulary[w] for w in top), weight[mine][:20].tolist())))
    return tags, vectors


def add_tag(tags: list[str], word: str) -> None:
    """Add word unless a tag already says it; the longer word wins (志愿者 over 志愿)."""
    if any(word in t for t in tags):
        return
    shorter = [t for t in tags if t in word]
    if shorter:
        tags[tags.index(shorter[0])] = word
        for t in shorter[1:]:
            tags.remove(t)
    else:
        tags.append(word)


def complete_groups(tags: list[tuple[str, ...]], counts: Counts, shared: Counter) -> list[tuple[str, ...]]:
    """Give a tag that gathers articles (shared: how many articles chose each tag) to every
    article that uses its word repeatedly, so a tag's page lists all the articles about it,
    not just those where it ranked top."""
    gathering = np.fromiter((shared[w] >= 2 for w in counts.vocabulary), bool, len(counts.vocabulary))
    repeated = counts.only((counts.times >= 2) & gathering[counts.word])
    # Most used first, ties by the word.
    order = np.lexsort((repeated.word, -repeated.times, repeated.article_of_each()))
    words = repeated.word[order].tolist()
    out = []
    for k, ts in enumerate(tags):
        more = list(ts)
        for w in words[repeated.start[k]:repeated.start[k + 1]]:
            word = counts.vocabulary[w]
            if len(more) < MAX_TAGS or any(t in word for t in more):
                add_tag(more, word)
        out.append(tuple(more))
    return out


def by_date(articles: list[Article]) -> list[int]:
    """Article indices oldest first, undated last (ties in the given order)."""
    return sorted(range(len(articles)), key=lambda k: (articles[k].issue_date.value is None,
                                                      articles[k].issue_date.value or 0))


# Tags and related articles are the archive's: an article's tags depend on how many articles
# use each word, its related articles on everyone's tags. A build that changes a few articles
# counts those against the word statistics of the last full count (`recount`, as recount.py
# decides) and finds again only the related articles of those sharing a tag with them.
@dataclass(frozen=True)
class Tally:
    """What a build counted, kept for the next: per article (as given) its key, tags as chosen
    and as completed, keyword vector and related articles; the articles by date; and the word
    statistics of the last full count."""

    keys: tuple[str, ...]
    order: tuple[int, ...]
    chosen: tuple[tuple[str, ...], ...]
    tags: tuple[tuple[str, ...], ...]
    vectors: tuple[dict[str, float], ...]
    related: tuple[tuple[int, ...], ...]
    documents: dict[str, int]  # per word, how many articles use it
    compounds: frozenset[str]  # kept, as a+b
    drift: int  # articles changed since the last full count
    # Per tag, how many articles are about it (see subjects), at the last full count.
    about: dict[str, int] = field(default_factory=dict)


def tally_key(article: Article) -> str:
    """What an article's tags come from: its text, stated tags and names (its fingerprint) and paper."""
    return key_of(fingerprint(article), article.paper or "")


def tag_and_relate(articles: list[Article], counts: Sequence[Counter], jobs: int = 1) -> tuple[list[Article], Tally]:
    """Articles with their tags (stated first, then extracted) and related articles by slug, from
    each article's candidate_counts, against the archive's own statistics; and the tally made."""
    tally = count_all(articles, counts, [tally_key(a) for a in articles], by_date(articles), jobs)
    return tagged(articles, tally), tally


def tagged(articles: list[Article], tally: Tally) -> list[Article]:
    """The articles with the tags and related articles of a tally of them: of the tags it
    chose, those a reader can browse (see browsable), and those the sources state."""
    pages = browsable(tally.tags, tally.about)
    return [a.with_(tags=with_stated(stated_tags(a), [w for w in t if w in pages]),
                    related=tuple(articles[j].slug for j in n))
            for a, t, n in zip(articles, tally.tags, tally.related)]


def stated_tags(article: Article) -> tuple[str, ...]:
    return article.tags if "tags" in article.stated else ()


def with_stated(stated: tuple[str, ...], chosen: list[str]) -> tuple[str, ...]:
    """The tags the sources state, all of them and first (a longer word chosen, 社区居民, never
    takes the place of one stated, 社区), then those chosen, up to MAX_TAGS in all."""
    more = [w for w in chosen if w not in stated]
    return (*dict.fromkeys(stated), *more[:max(0, MAX_TAGS - len(set(stated)))])


# A tag's page is a way into the archive: it lists at least this many articles…
MIN_ARTICLES_PER_TAG = 3
# …and the tags are at most this many times the square root of the archive's size (a few
# hundred at 1,000 articles, a few thousand at 100,000): a subject index grows more slowly
# than what it indexes.
TAGS_PER_ROOT = 10


# jieba's classes of words that describe and name nothing: idioms (齐心协力, 慷慨激昂) and set
# phrases. A topic may be a verb (就业, 复工复产), never these.
DESCRIBING_POS = frozenset({"i", "l"})
# What ends a place's name, never a person's (白关镇, 鲁磨路).
_PLACE_ENDS = "省市区县州镇乡村旗街路"


def names_a_thing(tag: str) -> bool:
    """A tag names a topic, a person, a place or an organisation: no idiom or set phrase; several
    words end in no person's name (青年干部邓娟 is a name with its post: the name alone is the tag;
    a name jieba's dictionary lacks, its model found) and in no verb after other words."""
    pos = part_of_speech()
    parts = words(tag)
    kinds = [pos.get(w, "x") for w in parts]
    if len(parts) > 1 and kinds[-1] in ("nr", "x") and is_person_name(parts[-1]) and parts[-1][-1] not in _PLACE_ENDS:
        return False
    if len(parts) > 1 and kinds[-1] == "v" and not set(kinds) <= {"v", "x"}:
        return False  # 汗水浸透, 区委联合: who did what, a clause (复工复产 is one thing done, 就业服务站 a place)
    return not DESCRIBING_POS.intersection(kinds)


def browsable(tags: Sequence[tuple[str, ...]], about: dict[str, int]) -> frozenset[str]:
    """The tags worth a page of their own, given each article's: naming something, held by
    several articles, and within the archive's budget of tags, those most articles are about
    first (`about`: see subjects)."""
    held = Counter(t for ts in tags for t in set(ts))
    enough = sorted((t for t, n in held.items() if n >= MIN_ARTICLES_PER_TAG and names_a_thing(t)),
                    key=lambda t: (-about.get(t, 0), -held[t], t))
    return frozenset(enough[:math.ceil(TAGS_PER_ROOT * math.sqrt(len(tags)))])


def subjects(counts: Counts, tags: Sequence[tuple[str, ...]]) -> dict[str, int]:
    """Per tag, how many articles are about it: use its word twice or more (a title's words
    count twice). An article names its subject again and again; a photo agency's credit, a
    word of every report, a stray phrase it names once, however many articles hold them."""
    words = sorted({t for ts in tags for t in ts} & counts.position.keys())
    repeated = np.bincount(counts.word[counts.times >= 2], minlength=len(counts.vocabulary))
    return dict(zip(words, repeated[counts.ids(words)].tolist()))


def count_all(articles: list[Article], raw_counts: Sequence[Counter], keys: list[str], order: list[int],
              jobs: int) -> Tally:
    """Every article's tags and related articles, against the archive's own statistics."""
    if len(articles) >= MIN_ITEMS:
        part_of_speech(), jieba_tables()  # before the workers that count fork, so each has them
    counts, compounds = word_counts(raw_counts, excluded_words(articles))
    documents = counts.documents()
    chosen, vectors = tags_and_vectors(articles, counts, joined_names(compounds), documents, len(articles))
    tags = complete_groups(chosen, counts, Counter(t for ts in chosen for t in ts))
    neighbours = related(vectors, tags, jobs, order)
    return Tally(tuple(keys), tuple(order), tuple(chosen), tuple(tags), tuple(vectors),
                 tuple(map(tuple, neighbours)), dict(zip(counts.vocabulary, documents.tolist())), compounds, 0,
                 subjects(counts, tags))


def recount(last: Tally, articles: list[Article], raw_counts: list[Counter], keys: list[str],
            changed: list[int], jobs: int) -> Tally:
    """The last tally with the changed articles (raw_counts: theirs) counted against its
    statistics, and the related articles found again of every article sharing a tag with them,
    before or now."""
    if not changed:
        return last
    mine = [articles[k] for k in changed]
    counts, _ = word_counts(raw_counts, excluded_words(articles), last.compounds)
    documents = np.fromiter((last.documents.get(w, 1) for w in counts.vocabulary), np.int64, len(counts.vocabulary))
    fresh, fresh_vectors = tags_and_vectors(mine, counts, joined_names(last.compounds), documents, len(articles))
    chosen, vectors, tags = list(last.chosen), list(last.vectors), list(last.tags)
    for k, c, v in zip(changed, fresh, fresh_vectors):
        chosen[k], vectors[k] = c, v
    for k, t in zip(changed, complete_groups(fresh, counts, Counter(t for ts in chosen for t in ts))):
        tags[k] = t
    bound = {t for k in changed for t in (*last.tags[k], *tags[k])}
    again = sorted({*changed, *(j for j, ts in enumerate(tags) if bound.intersection(ts))})
    neighbours = list(last.related)
    for j, found in zip(again, related(vectors, tags, jobs, list(last.order), only=again)):
        neighbours[j] = tuple(found)
    # A tag new since the last full count is weighed by the changed articles alone.
    return Tally(tuple(keys), last.order, tuple(chosen), tuple(tags), tuple(vectors), tuple(neighbours),
                 last.documents, last.compounds, last.drift + len(changed),
                 {**subjects(counts, [tags[k] for k in changed]), **last.about})
