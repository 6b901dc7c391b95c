"""A web-page extractor's XML of an e-paper's page (ingest/extracted.py), read as the page's text."""
from pathlib import Path

from generator.config import Config
from generator.ingest import ingest

FIXTURES = Path(__file__).parent / "fixtures" / "extracted"


def test_trafilaturas_page_is_read_by_its_text_its_title_where_it_found_it_and_its_day_from_the_address():
    archive = ingest(Config(source=FIXTURES))
    read = [(a.source, a.kicker, a.title, a.subtitle, a.authors, a.issue_date.iso(), a.page) for a in archive.articles]
    assert read == [
        ("briefs.xml", "", "龙门镇举办首届杨梅节", "", ("许文",), "2021-06-08", None),
        ("briefs.xml", "", "城区新增10处公共充电站", "", ("许文",), "2021-06-08", None),
        # (its date attribute the copyright's year, where the extractor found no other: the address dates it)
        ("lead.xml", "上下游“算账” 共护一江清水", "泷江流域横向生态补偿机制全面建立", "年内实现流域内县（市、区）全覆盖",
         ("郑丽华",), "2021-06-08", "1")]
    assert archive.articles[-1].paragraphs[0].startswith("6月7日，记者从市生态环境局获悉")
    assert [(p.path, p.message.split(" (")[0]) for p in archive.problems] == [
        ("page-list.xml", "an extractor's page with no sentence in it")]
