"""`tacitus serve` as a user starts it: logs its URL, serves the API and the dashboard, loads no model."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.request

import pytest

from tacitus.config import load_settings
from tacitus.errors import ConfigError
from tests.pg import _free_port
from tests.web.corpus import filled_store

APP_MODULES = """
import sys
from tacitus.config import Settings
from tacitus.web.app import create_app
create_app(Settings(db_url=sys.argv[1]))
print(" ".join(sorted(m for m in ("torch", "spacy", "tacitus.nlp") if m in sys.modules)))
"""


def test_serve_logs_its_url_and_answers_on_localhost(tmp_path):
    db = filled_store(f"sqlite:///{tmp_path / 'served.db'}")
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-c", "from tacitus.cli import main; main()", "serve", "--db", db,
                               "--port", str(port)], stderr=subprocess.PIPE, text=True,
                              env={k: v for k, v in os.environ.items() if k != "TACITUS_API_TOKEN"})
    try:
        assert server.stderr is not None
        line = server.stderr.readline()
        assert f"http://127.0.0.1:{port}/" in line and "writes off" in line
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/events?limit=2", timeout=5) as answer:
                    body = json.load(answer)
                break
            except OSError:
                assert time.monotonic() < deadline and server.poll() is None, "the server did not answer"
                time.sleep(0.2)
        assert len(body["events"]) == 2 and body["next"]
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as answer:
            assert b'id="map"' in answer.read()
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_the_app_starts_without_spacy_or_torch(tmp_path):
    result = subprocess.run([sys.executable, "-c", APP_MODULES, f"sqlite:///{tmp_path / 'x.db'}"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == ""


def test_the_web_settings_come_from_the_environment_and_refuse_nonsense():
    settings = load_settings({"TACITUS_API_TOKEN": "abc", "TACITUS_QUERY_TIMEOUT": "2.5", "TACITUS_API_MAX_PAGE": "10",
                              "TACITUS_API_MAX_UPLOAD": "100", "TACITUS_SERVE_PORT": "9000"})
    assert (settings.api_token, settings.query_timeout, settings.api_max_page, settings.api_max_upload,
            settings.serve_port, settings.serve_host) == ("abc", 2.5, 10, 100, 9000, "127.0.0.1")
    for name, value in (("TACITUS_QUERY_TIMEOUT", "0"), ("TACITUS_API_MAX_PAGE", "-1"),
                        ("TACITUS_SERVE_PORT", "http")):
        with pytest.raises(ConfigError, match=name):
            load_settings({name: value})
