"""One reader for ingest, extract and demo; ingest modules that do not import each other in a circle; one
failure type; a library that prints no progress of its own."""

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

import tacitus
from tacitus.config import Settings
from tacitus.ingest.records import IngestFailure
from tacitus.ingest.sources import JSON_FIELDS, read_sources
from tacitus.records import Article

PACKAGE = Path(tacitus.__file__).parent


def imports_of(path: Path) -> set[str]:
    """Every tacitus module a file imports, at the top or inside a function."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("tacitus"):
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("tacitus"))
    return found


def module_graph(folder: Path, prefix: str) -> dict[str, set[str]]:
    modules = {f"{prefix}.{p.stem}": p for p in folder.glob("*.py") if p.stem != "__init__"}
    return {name: imports_of(path) & set(modules) for name, path in modules.items()}


def cycle(graph: dict[str, set[str]]) -> list[str] | None:
    def visit(node: str, path: list[str]) -> list[str] | None:
        if node in path:
            return path[path.index(node):] + [node]
        for target in sorted(graph[node]):
            found = visit(target, path + [node])
            if found:
                return found
        return None

    return next((found for node in sorted(graph) if (found := visit(node, []))), None)


def test_the_cycle_finder_finds_a_cycle():
    assert cycle({"a": {"b"}, "b": {"a"}}) == ["a", "b", "a"]


def test_the_ingest_modules_import_each_other_in_no_circle():
    graph = module_graph(PACKAGE / "ingest", "tacitus.ingest")
    assert {"tacitus.ingest.sources", "tacitus.ingest.html", "tacitus.ingest.warc"} <= set(graph)
    assert cycle(graph) is None
    assert "tacitus.ingest.sources" not in set().union(*(graph[m] for m in graph if m != "tacitus.ingest.sources"))


def test_no_library_module_imports_the_cli():
    offenders = [str(path.relative_to(PACKAGE)) for path in PACKAGE.rglob("*.py")
                 if "cli" not in path.relative_to(PACKAGE).parts
                 and any(name.startswith("tacitus.cli") for name in imports_of(path))]
    assert offenders == []


def test_the_pipeline_loads_without_the_cli_or_rich():
    code = "import sys, tacitus.pipeline; print(sorted(m for m in sys.modules if m.startswith(('tacitus.cli', 'rich'))))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_progress_is_reported_through_the_callback(tmp_path):
    from tacitus.pipeline import ingest_sources

    folder = tmp_path / "news"
    folder.mkdir()
    for number in range(3):
        (folder / f"{number}.txt").write_text(f"Police arrested {number + 2} protesters in Beirut.", encoding="utf-8")
    calls: list[int] = []
    report = ingest_sources([str(folder)], settings=Settings(db_url=f"sqlite:///{tmp_path / 't.db'}"), code=False,
                            on_progress=calls.append)
    assert report.ingested == 3 and sum(calls) == 3


@pytest.mark.parametrize("key", JSON_FIELDS["text"])
def test_every_text_key_gives_an_article(tmp_path, key):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({key: "Turkish troops shelled Tal Abyad on Monday.", "id": "x1"}) + "\n")
    article = next(read_sources([str(path)]))
    assert isinstance(article, Article) and article.id == "x1" and article.body.startswith("Turkish")


def test_extract_reads_through_the_ingest_reader(tmp_path):
    """The extract command builds its documents from read_sources: the same keys, the same failures."""
    from tacitus.cli.extract import _documents

    path = tmp_path / "news.jsonl"
    path.write_text("\n".join([json.dumps({"maintext": "Turkish troops shelled Tal Abyad on Monday.",
                                           "date_publish": "2019-10-14 08:00:00", "id": "np1"}),
                               json.dumps({"title": "no text here"}), "{cut"]), encoding="utf-8")
    documents = _documents([str(path)], jsonl=False, published=None, settings=Settings())
    assert [(d.doc_id, str(d.published)[:10]) for d in documents] == [("np1", "2019-10-14")]


def test_every_reader_fails_with_one_type(tmp_path):
    files = {"a.jsonl": "not json\n", "b.rss": "<?xml version='1.0'?><rss><channel><item><title>x",
             "c.html": "<html><body><nav>Home</nav></body></html>", "d.txt": "", "e.csv": "x,y\n1,2\n",
             "f.warc": "WARC/1.0\r\nWARC-Type: resp"}
    for name, content in files.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
    results = list(read_sources([str(tmp_path / name) for name in files]))
    assert results and all(isinstance(result, IngestFailure) for result in results)
    assert {type(result) for result in results} == {IngestFailure}
    jsonl = results[0]
    assert (jsonl.line, str(jsonl)) == (1, f"{tmp_path / 'a.jsonl'}:1: {jsonl.reason}")
