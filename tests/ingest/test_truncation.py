"""Inputs cut short are failures, never articles with half a body; special files and unreadable folders are
reported, not waited on."""

import io
import os
import shutil
from pathlib import Path

import pytest

from tacitus.ingest.clean import clean_text
from tacitus.ingest.records import IngestFailure
from tacitus.ingest.sources import read_sources
from tacitus.records import Article

PAGE = ("<html><head><title>Strikes in Idlib</title></head><body><article><p>"
        + "Turkish jets struck Syrian government positions in Idlib on Friday, officials in Ankara said. " * 8
        + "</p></article></body></html>").encode()


def crawl(gzip: bool, records: int = 2) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.0")
    for number in range(records):
        writer.write_record(writer.create_warc_record(f"https://desk.test/{number}", "response",
                                                      payload=io.BytesIO(PAGE), http_headers=headers))
    return buffer.getvalue()


def read(path, data):
    path.write_bytes(data)
    return list(read_sources([str(path)]))


def kinds(results):
    return [type(result).__name__ for result in results]


@pytest.mark.parametrize("gzip", [False, True])
def test_a_whole_crawl_gives_every_record(tmp_path, gzip):
    assert kinds(read(tmp_path / ("c.warc.gz" if gzip else "c.warc"), crawl(gzip))) == ["Article", "Article"]


def test_a_record_cut_in_its_payload_is_a_failure(tmp_path):
    results = read(tmp_path / "c.warc", crawl(False)[:-200])
    assert kinds(results) == ["Article", "IngestFailure"] and "cut short" in results[1].reason


def test_a_record_cut_in_its_headers_is_a_failure(tmp_path):
    data = crawl(False)
    second = data.index(b"WARC/1.0", 10)
    results = read(tmp_path / "c.warc", data[:second + 40])
    assert kinds(results) == ["Article", "IngestFailure"] and "record 2" in results[1].reason


def test_a_gzip_member_without_its_end_is_a_failure(tmp_path):
    results = read(tmp_path / "c.warc.gz", crawl(True)[:-60])
    assert sorted(kinds(results)) == ["Article", "IngestFailure"]
    assert any(isinstance(r, IngestFailure) and "cut short" in r.reason for r in results)


def test_a_jsonl_file_cut_in_its_last_record_says_so(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "Troops withdrew from Afrin."}\n{"text": "Police arrested ten prot', encoding="utf-8")
    first, last = read_sources([str(path)])
    assert isinstance(first, Article) and isinstance(last, IngestFailure) and "cut short" in last.reason


def test_a_csv_row_cut_short_is_a_failure(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("id,text,date\n1,Troops withdrew from Afrin.,2019-10-20\n2,Police arrested", encoding="utf-8")
    first, last = read_sources([str(path)])
    assert isinstance(first, Article) and isinstance(last, IngestFailure) and last.line == 3


def test_one_line_is_a_body_not_a_title():
    cleaned = clean_text("Turkish forces shelled Tal Abyad on Monday.")
    assert (cleaned.title, cleaned.body) == (None, "Turkish forces shelled Tal Abyad on Monday.")
    assert clean_text("Two lines\nwithout a blank line between them.").title is None
    assert clean_text("Shelling in Tal Abyad\n\nTurkish forces shelled it.").title == "Shelling in Tal Abyad"
    assert clean_text("# Shelling in Tal Abyad\nTurkish forces shelled it.").title == "Shelling in Tal Abyad"


def test_a_fifo_is_refused_not_waited_on(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (tmp_path / "a.txt").write_text("Police arrested ten protesters in Beirut.", encoding="utf-8")
    results = list(read_sources([str(fifo), str(tmp_path)]))
    failures = [r for r in results if isinstance(r, IngestFailure)]
    assert len(failures) == 2 and all("not a regular file" in f.reason for f in failures)
    assert [r.body for r in results if isinstance(r, Article)] == ["Police arrested ten protesters in Beirut."]


def _read_as_nobody(folder):
    """read_sources run by an unprivileged user (root reads every folder): in a child process, results as JSON."""
    import json

    reader, writer = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover (the child)
        try:
            os.close(reader)
            os.setgid(65534)
            os.setuid(65534)
            found = [(type(r).__name__, getattr(r, "reason", "")) for r in read_sources([str(folder)])]
            os.write(writer, json.dumps(found).encode())
        finally:
            os._exit(0)
    os.close(writer)
    with os.fdopen(reader, "rb") as pipe:
        data = pipe.read()
    os.waitpid(child, 0)
    return json.loads(data)


def test_an_unreadable_subfolder_is_reported(tmp_path):
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="tacitus-unreadable-"))  # outside pytest's private tmp folders
    try:
        folder.chmod(0o755)
        (folder / "a.txt").write_text("Police arrested ten protesters in Beirut.", encoding="utf-8")
        locked = folder / "locked"
        locked.mkdir()
        (locked / "b.txt").write_text("Troops withdrew from Afrin.", encoding="utf-8")
        for path in (folder / "a.txt", locked / "b.txt"):
            path.chmod(0o644)
        locked.chmod(0)
        if os.geteuid() == 0:
            results = _read_as_nobody(folder)
        else:
            results = [(type(r).__name__, getattr(r, "reason", "")) for r in read_sources([str(folder)])]
    finally:
        locked.chmod(0o755)
        shutil.rmtree(folder)
    assert [kind for kind, _ in results] == ["IngestFailure", "Article"]
    assert "cannot read the folder" in results[0][1]


def test_a_record_longer_than_its_declared_length_is_a_failure(tmp_path):
    data = crawl(False)
    declared = data.index(b"Content-Length: ") + len(b"Content-Length: ")
    end = data.index(b"\r\n", declared)
    shorter = str(int(data[declared:end]) - 100).encode()  # the first record now claims 100 bytes less
    results = read(tmp_path / "c.warc", data[:declared] + shorter + data[end:])
    assert kinds(results)[0] == "IngestFailure" and "Content-Length" in results[0].reason
