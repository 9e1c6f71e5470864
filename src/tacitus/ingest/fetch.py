"""The guarded fetcher: every network read of Tacitus goes through ``fetch``.

A URL comes from a user or a feed, so it may point inside the network Tacitus runs in (a loopback admin
page, a cloud metadata service at 169.254.169.254). ``fetch`` speaks http(s) only, resolves the host itself
and refuses loopback, private, link-local, multicast, reserved and unspecified addresses (IPv4 and IPv6,
IPv4-mapped IPv6 included) unless ``allow_private_network``; it then connects to the very address it
checked, so a DNS answer that changes between the check and the connection cannot slip through. Every
redirect is checked the same way, and there are at most ``MAX_REDIRECTS``. The body is read up to a size
cap, and only text-like content types are accepted.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

TIMEOUT_SECONDS = 30
MAX_REDIRECTS = 5
REDIRECTS = {301, 302, 303, 307, 308}
# What an article or a feed comes as; images, archives and executables are not read
TEXT_TYPES = ("text/", "application/xhtml+xml", "application/xml", "application/rss+xml", "application/atom+xml",
              "application/json", "application/x-ndjson", "application/jsonl")


class FetchError(Exception):
    """Why a URL gave no page (one line, for the failure report)."""


@dataclass(frozen=True)
class Page:
    requested: str
    url: str  # after redirects: where the text came from
    content_type: str
    data: bytes


def forbidden_reason(address: str) -> str | None:
    """Why Tacitus must not connect to this IP address without ``--allow-private-network``, or None."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for kind, flag in (("loopback", ip.is_loopback), ("link-local", ip.is_link_local),
                       ("multicast", ip.is_multicast), ("unspecified", ip.is_unspecified),
                       ("reserved", ip.is_reserved), ("private", ip.is_private), ("non-global", not ip.is_global)):
        if flag:
            return f"{kind} address"
    return None


def _resolve(host: str, port: int, allow_private_network: bool, allowed_networks: tuple[str, ...]) -> str:
    """The address to connect to: the host's first, after every address it has has been checked."""
    try:
        answers = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise FetchError(f"cannot resolve {host} ({error})") from None
    addresses = [str(info[4][0]) for info in answers]
    if not allow_private_network:
        for address in addresses:
            reason = forbidden_reason(address)
            if reason and not any(ipaddress.ip_address(address) in ipaddress.ip_network(network)
                                  for network in allowed_networks):
                what = f"{host} is a {reason}" if host.strip("[]") == address else \
                    f"{host} resolves to {address}, a {reason}"
                raise FetchError(f"refused: {what} (use --allow-private-network or "
                                 "TACITUS_ALLOW_PRIVATE_NETWORK=1 to reach it)")
    return addresses[0]


class _PinnedHTTP(http.client.HTTPConnection):
    """Connects to the checked address while speaking to the host by name."""

    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self.address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self.address, self.port), self.timeout)


class _PinnedHTTPS(http.client.HTTPSConnection):
    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self.address = address

    def connect(self) -> None:
        sock = socket.create_connection((self.address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)  # type: ignore[attr-defined]


def fetch(url: str, *, max_bytes: int, allow_private_network: bool = False, allowed_networks: tuple[str, ...] = (),
          timeout: float = TIMEOUT_SECONDS) -> Page:
    """GET ``url`` through the guard; a FetchError says why there is no page. ``allowed_networks``: networks
    (CIDR) let through even when private, e.g. one test server's address."""
    current = url
    for _ in range(MAX_REDIRECTS + 1):
        parts = urlsplit(current)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError(f"refused: {current} is not an http(s) URL")
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError:
            raise FetchError(f"{current}: not a valid port") from None
        address = _resolve(parts.hostname, port, allow_private_network, allowed_networks)
        kind = _PinnedHTTPS if parts.scheme == "https" else _PinnedHTTP
        connection = kind(parts.hostname, port, address, timeout)
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        try:
            connection.request("GET", path, headers={"User-Agent": "tacitus", "Accept-Encoding": "identity"})
            response = connection.getresponse()
            if response.status in REDIRECTS:
                location = response.getheader("Location")
                if not location:
                    raise FetchError(f"cannot fetch: HTTP {response.status} without a Location")
                current = urljoin(current, location)
                continue
            if response.status != 200:
                raise FetchError(f"cannot fetch (HTTP {response.status} {response.reason})")
            content_type = (response.getheader("Content-Type") or "text/plain").split(";")[0].strip().lower()
            if not content_type.startswith(TEXT_TYPES):
                raise FetchError(f"cannot fetch: content type {content_type} is not an article or a feed")
            data = response.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise FetchError(f"cannot fetch: more than the limit of {max_bytes} bytes (TACITUS_MAX_ARTICLE_BYTES)")
            declared = response.getheader("Content-Length")
            if declared and declared.isdigit() and len(data) < int(declared):
                raise FetchError(f"cannot fetch: the page was cut short ({len(data)} of {declared} bytes)")
            return Page(requested=url, url=current, content_type=content_type, data=data)
        except (OSError, http.client.HTTPException) as error:
            raise FetchError(f"cannot fetch ({getattr(error, 'reason', None) or error})") from None
        finally:
            connection.close()
    raise FetchError(f"cannot fetch: more than {MAX_REDIRECTS} redirects")
