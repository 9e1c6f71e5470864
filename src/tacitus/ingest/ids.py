"""Stable article ids: a hash of the canonical URL when there is one, else of the cleaned body."""

from __future__ import annotations

import hashlib
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

TRACKING_PREFIXES = ("utm_", "fbclid", "gclid", "mc_", "cmpid", "ocid")


def canonical_url(url: str) -> str:
    try:
        parts = urlsplit(url.strip())
    except ValueError:  # not a URL that can be taken apart ("https://[d.test/1"): its id is of it as written
        return url.strip()
    query = [(k, v) for k, v in parse_qsl(parts.query) if not k.lower().startswith(TRACKING_PREFIXES)]
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", urlencode(query), ""))


def article_id(*, url: str | None, body: str) -> str:
    key = canonical_url(url) if url else body
    return "a-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]
