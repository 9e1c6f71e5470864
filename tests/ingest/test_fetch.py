"""The guarded fetcher against a real HTTP server on 127.0.0.1: loopback, private and metadata addresses
refused by default, on the first hop and on every redirect; the final URL stored, the asked one kept."""

import http.server
import threading

import pytest

from tacitus.ingest.fetch import MAX_REDIRECTS, FetchError, fetch, forbidden_reason
from tacitus.ingest.records import IngestFailure
from tacitus.ingest.sources import read_sources
from tacitus.records import Article

PAGE = b"""<!DOCTYPE html><html><head><title>Ceasefire in Idlib</title></head><body><article><h1>Ceasefire in
Idlib</h1><p>Russia and Turkey agreed a ceasefire in Idlib on Thursday after talks in Moscow between the two
presidents, officials in Ankara said.</p></article></body></html>"""


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (the name http.server calls)
        port = self.server.server_address[1]
        routes = {
            "/page.html": (200, {"Content-Type": "text/html"}, PAGE),
            "/moved": (302, {"Location": "/page.html"}, b""),
            "/to-other-loopback": (302, {"Location": f"http://127.0.0.2:{port}/secret"}, b""),
            "/to-metadata": (302, {"Location": "http://169.254.169.254/latest/meta-data/"}, b""),
            "/to-file": (302, {"Location": "file:///etc/passwd"}, b""),
            "/loop": (302, {"Location": "/loop"}, b""),
            "/image": (200, {"Content-Type": "image/png"}, b"\x89PNG"),
            "/big": (200, {"Content-Type": "text/plain"}, b"word " * 2000),
            "/secret": (200, {"Content-Type": "text/plain"}, b"the admin password is hunter2"),
        }
        status, headers, body = routes.get(self.path, (404, {}, b""))
        self.send_response(status)
        for name, value in {**headers, "Content-Length": str(len(body))}.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


ONLY_THE_TEST_SERVER = ("127.0.0.1/32",)


def test_loopback_is_refused_by_default(server):
    with pytest.raises(FetchError, match="refused: 127.0.0.1 is a loopback address"):
        fetch(f"{server}/page.html", max_bytes=10_000)


def test_a_name_is_checked_by_the_addresses_it_resolves_to(server):
    port = server.rsplit(":", 1)[1]
    with pytest.raises(FetchError, match="refused: localhost resolves to 127.0.0.1, a loopback address"):
        fetch(f"http://localhost:{port}/page.html", max_bytes=10_000)


def test_a_url_ingest_of_loopback_is_a_failure_not_an_article(server):
    results = list(read_sources([f"{server}/secret"]))
    assert len(results) == 1 and isinstance(results[0], IngestFailure) and "refused" in results[0].reason


def test_the_opt_in_reaches_the_local_server(server):
    page = fetch(f"{server}/page.html", max_bytes=10_000, allow_private_network=True)
    assert page.content_type == "text/html" and b"Ceasefire" in page.data


@pytest.mark.parametrize("path,reason", [
    ("/to-other-loopback", "127.0.0.2 is a loopback address"),
    ("/to-metadata", "169.254.169.254 is a link-local address"),
    ("/to-file", "not an http(s) URL"),
])
def test_every_redirect_is_checked_again(server, path, reason):
    with pytest.raises(FetchError, match="refused") as error:
        fetch(server + path, max_bytes=10_000, allowed_networks=ONLY_THE_TEST_SERVER)
    assert reason in str(error.value)


def test_redirects_are_capped(server):
    with pytest.raises(FetchError, match=f"more than {MAX_REDIRECTS} redirects"):
        fetch(f"{server}/loop", max_bytes=10_000, allowed_networks=ONLY_THE_TEST_SERVER)


def test_size_and_content_type_are_checked(server):
    with pytest.raises(FetchError, match="image/png"):
        fetch(f"{server}/image", max_bytes=10_000, allowed_networks=ONLY_THE_TEST_SERVER)
    with pytest.raises(FetchError, match="limit of 1000 bytes"):
        fetch(f"{server}/big", max_bytes=1_000, allowed_networks=ONLY_THE_TEST_SERVER)


def test_the_final_url_is_stored_and_the_requested_one_kept(server):
    article = next(read_sources([f"{server}/moved"], allow_private_network=True))
    assert isinstance(article, Article)
    assert (article.url, article.source_path) == (f"{server}/page.html", f"{server}/moved")


@pytest.mark.parametrize("address,kind", [
    ("127.0.0.1", "loopback"), ("::1", "loopback"), ("::ffff:127.0.0.1", "loopback"), ("10.1.2.3", "private"),
    ("192.168.0.1", "private"), ("172.16.5.4", "private"), ("fd00::1", "private"), ("169.254.169.254", "link-local"),
    ("fe80::1", "link-local"), ("224.0.0.1", "multicast"), ("ff02::1", "multicast"), ("0.0.0.0", "unspecified"),
    ("240.0.0.1", "reserved"), ("100.64.0.1", "non-global"), ("::ffff:169.254.169.254", "link-local"),
])
def test_addresses_inside_the_network_are_forbidden(address, kind):
    assert forbidden_reason(address).startswith(kind)


@pytest.mark.parametrize("address", ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946", "8.8.8.8"])
def test_public_addresses_are_allowed(address):
    assert forbidden_reason(address) is None
