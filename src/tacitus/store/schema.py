"""The tables. Mentions are coded events as found in one sentence; parties are their actors and recipients.

This is the schema the code reads and writes; `migrations/versions/` creates it in a database. A change
here needs a new migration there (a test compares the two).
"""

from __future__ import annotations

from sqlalchemy import (Column, Float, ForeignKey, Index, Integer, MetaData, String, Table, Text, UniqueConstraint)

metadata = MetaData()

articles = Table(
    "articles", metadata,
    Column("id", String(64), primary_key=True),
    Column("url", Text),
    Column("revision", Integer, nullable=False, default=1),
    Column("is_current", Integer, nullable=False, default=1),
    Column("publisher", Text),
    Column("title", Text),
    Column("authors", Text, nullable=False, default="[]"),  # JSON list
    Column("published", String(40)),
    Column("published_precision", String(10), nullable=False, default="unknown"),
    Column("published_raw", Text),
    Column("fetched_at", String(40)),
    Column("language", String(8)),
    Column("captions", Text, nullable=False, default="[]"),  # JSON list
    Column("source_path", Text),
    Column("raw_text", Text, nullable=False),
    Column("body", Text, nullable=False),
)
Index("ix_articles_url", articles.c.url)
Index("ix_articles_published", articles.c.published)

mentions = Table(
    "mentions", metadata,
    Column("id", String(64), primary_key=True),
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("category", String(12), nullable=False),
    Column("mode", String(32)),
    Column("context", Text, nullable=False, default="[]"),  # JSON list
    Column("status", String(12), nullable=False),
    Column("confidence", Float, nullable=False),
    Column("date", String(10)),
    Column("date_precision", String(8), nullable=False),
    Column("sentence", Text, nullable=False),
    Column("sentence_index", Integer),
    Column("trigger", Text),
    Column("start_char", Integer),
    Column("end_char", Integer),
    Column("quad_class", Integer),
    Column("score", Float),
    Column("cameo", String(8)),
    Column("goldstein", Float),
    Column("place", Text),  # JSON of the Place, or null
    Column("place_name", Text),
    Column("place_country", String(3)),
    Column("block", Text),  # merge block: category family and party countries (merge.block_key)
)
Index("ix_mentions_article", mentions.c.article_id)
Index("ix_mentions_date", mentions.c.date)
Index("ix_mentions_category", mentions.c.category)
Index("ix_mentions_block", mentions.c.block)

parties = Table(
    "parties", metadata,
    Column("mention_id", String(64), ForeignKey("mentions.id", ondelete="CASCADE"), nullable=False),
    Column("role", String(10), nullable=False),  # actor | recipient
    Column("position", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("name", Text),
    Column("country", String(3)),
    Column("sector", String(3)),
    Column("kind", String(12)),
    Column("entity_id", Text),
    UniqueConstraint("mention_id", "role", "position"),
)
Index("ix_parties_country", parties.c.country, parties.c.role)
Index("ix_parties_mention", parties.c.mention_id)

events = Table(
    "events", metadata,
    Column("id", String(40), primary_key=True),
    Column("block", Text, nullable=False),
    Column("representative", String(64), nullable=False),  # the mention that speaks for the event
    Column("num_mentions", Integer, nullable=False),
    Column("num_articles", Integer, nullable=False),
    Column("num_sources", Integer, nullable=False),
    Column("first_seen", String(40)),
    Column("last_seen", String(40)),
)
Index("ix_events_block", events.c.block)
Index("ix_events_representative", events.c.representative)

event_mentions = Table(
    "event_mentions", metadata,
    Column("event_id", String(40), primary_key=True),
    Column("mention_id", String(64), primary_key=True),
    Column("reason", Text, nullable=False),
)
Index("ix_event_mentions_mention", event_mentions.c.mention_id)
