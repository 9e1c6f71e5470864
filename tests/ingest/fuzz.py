"""Mutated inputs for every reader: seeds written here, cut, flipped, spliced and padded at random.

Shared by tests/ingest/test_fuzz_readers.py (a few hundred inputs a reader) and
benchmarks/bench_fuzz_readers.py (ten thousand).
"""

from __future__ import annotations

import io
import json
import random

PAGE = ("<!DOCTYPE html><html><head><title>Talks in Moscow</title><meta property='article:published_time' "
        "content='2020-01-13'></head><body><article><h1>Talks in Moscow</h1><p>Libya's rival leaders held talks "
        "in Moscow on Monday, officials said, and agreed to meet again in Berlin.</p></article></body></html>")
FEED = ("<?xml version='1.0'?><rss version='2.0'><channel><title>Desk</title><item><title>Talks</title>"
        "<link>https://desk.test/1</link><pubDate>Mon, 13 Jan 2020 10:00:00 GMT</pubDate><description>Libya's "
        "rival leaders held talks in Moscow on Monday.</description></item></channel></rss>")


def _warc(gzip: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.0")
    for number in range(2):
        writer.write_record(writer.create_warc_record(f"https://desk.test/{number}", "response",
                                                      payload=io.BytesIO(PAGE.encode()), http_headers=headers))
    return buffer.getvalue()


def seeds() -> dict[str, bytes]:
    """A valid input of each format, by the file name that selects its reader."""
    return {
        "a.txt": "Talks in Moscow\n\nJan 13, 2020\n\nLibya's rival leaders held talks in Moscow on Monday.".encode(),
        "a.html": PAGE.encode(),
        "a.jsonl": "\n".join(json.dumps(r) for r in [
            {"text": "Libya's rival leaders held talks in Moscow.", "date": "2020-01-13", "url": "https://d.test/1"},
            {"maintext": "Turkish troops shelled Tal Abyad.", "authors": ["A. Writer"], "id": 7}]).encode(),
        "a.csv": b'id,text,date,title\n1,"Libya\'s leaders held talks in Moscow.",2020-01-13,Talks\n'
                 b'2,"Troops withdrew, officials said.",2020-01-14,Withdrawal\n',
        "a.rss": FEED.encode(),
        "a.warc": _warc(False),
        "a.warc.gz": _warc(True),
    }


def mutate(data: bytes, rng: random.Random) -> bytes:
    """One to three random edits: cut, flip, insert, delete, duplicate, or splice in hostile bytes."""
    hostile = [b"\x00", b"\xff\xfe", b"\xe9", b"\n", b"\r\n", b'"', b"{", b"}", b"<", b">", b"&#0;", b"=HYPERLINK(",
               b"\x1f\x8b", b"WARC/1.0\r\n", b"Content-Length: 999999\r\n", b"\t", b"%", b"]]>", b"<!--"]
    data = bytearray(data)
    for _ in range(rng.randint(1, 3)):
        where = rng.randint(0, len(data))
        edit = rng.randrange(6)
        if edit == 0:
            data = data[:where]
        elif edit == 1 and data:
            data[min(where, len(data) - 1)] = rng.randrange(256)
        elif edit == 2:
            data[where:where] = rng.choice(hostile)
        elif edit == 3:
            data[where:where + rng.randint(1, 40)] = b""
        elif edit == 4:
            data[where:where] = data[max(0, where - 64):where] * rng.randint(1, 4)
        else:
            data[where:where] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
    return bytes(data)
