"""Related articles: the rule they follow, pair by pair, and what the sample archive gets."""
import math
import random
from collections import Counter

import pytest

from generator.keywords import all_candidate_counts, tag_and_relate
from generator.related import related


@pytest.fixture(scope="module")
def articles(sample_articles):
    return sample_articles


def test_related_articles_share_a_subject(articles):
    # A subject: a tag each chose, shown or held by too few articles for a page of its own.
    tally = tag_and_relate(list(articles), all_candidate_counts(list(articles)))[1]
    chosen = {a.slug: set(tags) for a, tags in zip(articles, tally.tags)}
    by_slug = {a.slug: a for a in articles}
    for a in articles:
        assert len(a.related) <= 5 and a.slug not in a.related
        for slug in a.related:
            assert chosen[a.slug] & chosen[slug] or a.kind != "article", (a.title, by_slug[slug].title)
    workers = next(a for a in articles if a.title == "多举措帮农民工兄弟就业创业")
    assert any("农民工" in by_slug[s].tags or "就业" in by_slug[s].tags for s in workers.related[:2])


def related_one_by_one(vectors, tags):
    """The rule related() follows, pair by pair: most shared tags ×10 plus the keyword overlap."""
    out = []
    for i, mine in enumerate(vectors):
        shared = Counter(j for j, theirs in enumerate(tags) if j != i for t in tags[i] if t in theirs)
        best = sorted((-(n * 10 + math.fsum(min(mine[k], vectors[j][k])
                                            for k in mine.keys() & vectors[j].keys())), j)
                      for j, n in shared.items())
        out.append([j for _, j in best[:5]])
    return out


def test_related_ranks_exact_sums_and_breaks_ties_by_position():
    # 0.1 + 0.2 + 0.3 summed in order is 0.6000000000000001: 2 and 1 tie at 10.6, so 1 first.
    vectors = [{"a": 0.1, "b": 0.2, "c": 0.3, "d": 0.6, "e": 5.0}, {"d": 0.6},
               {"a": 0.1, "b": 0.2, "c": 0.3}, {"e": 0.5}, {"e": 1.0}, {"x": 9.0}, {}, {"e": 0.5}]
    tags = [("港口", "复工")] + [("港口",)] * 5 + [("复工",), ("港口",)]
    assert related(vectors, tags)[0] == [4, 1, 2, 3, 7]
    assert related(vectors, tags) == related_one_by_one(vectors, tags)


@pytest.mark.parametrize("jobs", [1, 2])
def test_related_is_the_pairwise_rule_on_an_archive_full_of_ties(jobs):
    rng = random.Random(3)
    words, topics = [f"词{k}" for k in range(40)], [f"题{k}" for k in range(12)]
    vectors = [{w: rng.choice((0.1, 0.2, 0.3, 0.6, 1 / 3, 2.5, 7.0)) for w in rng.sample(words, rng.randint(0, 20))}
               for _ in range(300)]
    vectors[10:20] = [dict(vectors[9])] * 10  # reprinted articles: identical scores
    tags = [tuple(rng.sample(topics, rng.randint(0, 4))) for _ in vectors]
    assert related(vectors, tags, jobs) == related_one_by_one(vectors, tags)


def test_a_broad_tag_binds_an_article_only_to_its_nearest_in_date(monkeypatch):
    monkeypatch.setattr("generator.related.BROAD_TAG_REACH", 2)
    tags = [("疫情",)] * 6 + [("疫情", "口罩")]
    order = [5, 4, 3, 2, 1, 0, 6]  # oldest first: 6 is the newest
    found = related([{}] * 7, tags, order=order)
    assert found[2] == [1, 3] and found[5] == [3, 4] and found[0] == [1, 6]
    tags[5] = ("疫情", "口罩")  # a narrower tag still binds across the years
    assert related([{}] * 7, tags, order=order)[6] == [0, 1, 5]
