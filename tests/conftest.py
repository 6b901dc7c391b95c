import logging
from pathlib import Path

import jieba
import pytest

jieba.setLogLevel(logging.WARNING)

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def root() -> Path:
    return ROOT


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def sample_articles():
    """The sample archive's articles newest first: their positions are the search refs."""
    from generator.config import Config
    from generator.listings import newest_first
    from generator.pipeline import load
    return newest_first(load(Config(source=ROOT / "seeds")).articles)


@pytest.fixture(scope="session")
def search_site(tmp_path_factory) -> Path:
    """The sample archive built once for the search tests (they only read it)."""
    import build
    out = tmp_path_factory.mktemp("search") / "site"
    assert build.main(["--source", str(ROOT / "seeds"), "--output", str(out), "--quiet"]) == 0
    return out


# One article holds the phrase 前进的脚 once; the others hold its bigrams (前进, 进的, 的脚) apart,
# in their titles and again and again: scores alone rank them first.
PHRASE = "前进的脚"
PHRASE_HOLDER = "会议纪要", "他说，我们前进的脚步从未停下。会议还讨论了明年的安排和人员调整。"
PIECES_HOLDERS = [(f"前进推进的我的脚印{k}", "前进前进，推进的事，我的脚印。" * 6 + f"第{k}篇。") for k in range(3)]


@pytest.fixture(scope="session")
def phrase_site(tmp_path_factory) -> Path:
    """A site of PHRASE_HOLDER and PIECES_HOLDERS, built once (the tests only read it)."""
    import build
    root = tmp_path_factory.mktemp("phrase")
    for k, (title, text) in enumerate([PHRASE_HOLDER, *PIECES_HOLDERS]):
        (root / "src").mkdir(exist_ok=True)
        (root / "src" / f"{k}.md").write_text(f"---\ntitle: {title}\ndate: 2024-03-0{k + 1}\n---\n\n{text}\n",
                                              encoding="utf-8")
    assert build.main(["--source", str(root / "src"), "--output", str(root / "site"), "--quiet"]) == 0
    return root / "site"


@pytest.fixture(scope="session")
def browser():
    """Debian's headless Chromium, one for the whole browser suite."""
    from browser import launch
    with launch() as b:
        yield b
