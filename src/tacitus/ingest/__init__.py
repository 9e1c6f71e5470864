"""Ingestion: reading articles (text, HTML, JSON lines, CSV, RSS/Atom, WARC, folders, URLs, stdin) into Article
records with clean bodies; ``sources.read_sources`` is the way in."""
