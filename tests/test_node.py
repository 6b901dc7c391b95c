"""The Node test (node's own runner): lunr.js over the built index agrees with Python."""
import json
import os
import subprocess

from generator.query import Searcher, query_plan
from search_truth import han_phrases, latin_tokens

QUERIES = ["防控工作", "疫情 防控", "復工復產", "H5", "2022年", "农民工 就业", "社区 居民",
           "招聘会", ":*~^+-", "<script>", "😀 防控", "年", "字" * 200]


def test_node_engine_gives_python_top_results(tmp_path, request, sample_articles, search_site):
    site = search_site
    searcher = Searcher(site)
    queries = QUERIES + han_phrases(sample_articles, 40, seed=3) + latin_tokens(sample_articles)[:10]
    expected = []
    for q in queries:
        plan, found = query_plan(q), searcher.search(q)
        expected.append({"query": q, "required": plan.required, "optional": plan.optional,
                         "runs": plan.runs, "top": found[:10], "count": len(found)})
    answers = tmp_path / "expected.json"
    answers.write_text(json.dumps(expected, ensure_ascii=False), encoding="utf-8")
    run = subprocess.run(["node", "--test", str(request.config.rootpath / "tests" / "node")],
                         env={**os.environ, "SITE": str(site), "EXPECTED": str(answers)},
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "# pass 3" in run.stdout and "# fail 0" in run.stdout, run.stdout
