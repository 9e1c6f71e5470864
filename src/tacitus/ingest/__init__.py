"""Ingestion: reading articles from text, JSONL and CSV into Article records with clean bodies."""
