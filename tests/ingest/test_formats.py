"""HTML, feeds, WARC and URLs, on small inputs written here."""

import gzip
import http.server
import io
import threading

import pytest

from tacitus.ingest.records import IngestFailure as Failure
from tacitus.ingest.sources import read_sources
from tacitus.records import Article

PAGE = """<!DOCTYPE html><html><head><title>Turkey strikes back</title>
<meta name="author" content="Jane Roe"><meta property="og:site_name" content="Desk News">
<meta property="article:published_time" content="2020-02-28"></head><body><nav>Home | World</nav>
<article><h1>Turkey strikes back</h1><p>Turkish jets struck Syrian government positions in Idlib on Friday after
an air strike killed Turkish soldiers, officials in Ankara said.</p><p>The Kremlin said Moscow had not been told
where the Turkish troops were deployed and called for restraint.</p></article><footer>Subscribe</footer></body></html>"""

FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Desk Wire</title>
<item><title>Talks in Moscow</title><link>https://desk.test/1</link><pubDate>Mon, 13 Jan 2020 10:00:00 GMT</pubDate>
<description>Libya's rival leaders held talks in Moscow on Monday.</description></item>
<item><title>Berlin summit</title><link>https://desk.test/2</link><pubDate>Sun, 19 Jan 2020 18:00:00 GMT</pubDate>
<description>World leaders pledged to respect the arms embargo on Libya.</description></item>
</channel></rss>"""


def read(*sources, **options):
    return list(read_sources([str(s) for s in sources], **options))


def test_html_page_gives_text_and_metadata(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    article = read(path)[0]
    assert article.title == "Turkey strikes back" and article.publisher == "Desk News"
    assert article.published == "2020-02-28" and article.authors == ["Jane Roe"]
    assert article.body.startswith("Turkish jets struck") and "Subscribe" not in article.body


def test_html_page_without_an_article_fails(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")
    result = read(path)[0]
    assert isinstance(result, Failure) and "no article" in result.reason


def test_feed_entries_are_articles(tmp_path):
    path = tmp_path / "wire.rss"
    path.write_text(FEED, encoding="utf-8")
    first, second = read(path)
    assert (first.title, first.url, first.publisher) == ("Talks in Moscow", "https://desk.test/1", "Desk Wire")
    assert first.published.startswith("2020-01-13") and second.title == "Berlin summit"


def test_a_malformed_feed_fails(tmp_path):
    path = tmp_path / "broken.rss"
    path.write_text("<?xml version='1.0'?><rss><channel><item><title>x", encoding="utf-8")
    result = read(path)
    assert all(isinstance(r, Failure) for r in result)


def test_warc_html_responses_are_articles(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
    writer.write_record(writer.create_warc_record("https://desk.test/strikes", "response",
                                                  payload=io.BytesIO(PAGE.encode()), http_headers=headers))
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(buffer.getvalue())
    article = read(path)[0]
    assert isinstance(article, Article) and article.url == "https://desk.test/strikes"
    assert article.title == "Turkey strikes back"


def test_a_url_is_fetched_from_a_local_server(tmp_path):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(tmp_path), **kwargs)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/page.html"
        article = read(url, allow_private_network=True)[0]  # loopback: only when allowed (tests/ingest/test_fetch.py)
        assert article.url == url and article.title == "Turkey strikes back"
        missing = read(f"http://127.0.0.1:{server.server_address[1]}/nope.html", allow_private_network=True)[0]
        assert isinstance(missing, Failure) and "cannot fetch" in missing.reason
    finally:
        server.shutdown()
