"""Compare what ingestion made of a page with what an editor wrote down for it."""
from __future__ import annotations

from generator.model import Article


def check_article(article: Article, expected: dict, where: str) -> None:
    """Every key an expectation names must match the article; absent keys mean empty."""
    assert article.title == expected["title"], where
    assert article.kicker == expected.get("kicker", ""), f"{where}: kicker"
    assert article.subtitle == expected.get("subtitle", ""), f"{where}: subtitle"
    assert list(article.authors) == expected.get("authors", []), f"{where}: authors"
    assert list(article.correspondents) == expected.get("correspondents", []), f"{where}: correspondents"
    assert article.dateline == expected.get("dateline", ""), f"{where}: dateline"
    assert list(article.section_heads) == expected.get("sections", []), f"{where}: section heads"
    assert [c.text for c in article.captions] == expected.get("captions", []), f"{where}: captions"
    assert article.kind == expected.get("kind", "article"), f"{where}: kind"
    if "paper" in expected:
        assert article.paper == expected["paper"], f"{where}: paper"
    paragraphs = article.paragraphs
    if "first" in expected:
        assert paragraphs[0].startswith(expected["first"]), f"{where}: first words {paragraphs[0][:20]}"
        assert paragraphs[-1].endswith(expected["last"]), f"{where}: last words {paragraphs[-1][-20:]}"
    else:
        assert not paragraphs, f"{where}: expected no body"
    if "paragraphs" in expected:
        assert len(paragraphs) == expected["paragraphs"], f"{where}: paragraph count"
    for join in expected.get("joins", []):
        assert any(join in p for p in paragraphs), f"{where}: not joined across the break: {join}"
    body = "".join(paragraphs)
    for caption in article.captions:
        assert caption.text not in body, f"{where}: caption left in the body"
