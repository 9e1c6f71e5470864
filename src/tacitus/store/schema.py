"""The tables. Articles in; mentions are coded events as found in one sentence, mention_actors their actors and
recipients; events are the canonical real-world events that mentions merge into (event_mentions says which and
why), event_dyads their actor→recipient country pairs for dyad timelines.

This is the schema the code reads and writes; `migrations/versions/` creates it in a database. A change here
needs a new migration there (a test compares the two). Dates are ISO strings: they sort chronologically, and
`date_lo`/`date_hi` are the first and last day an event's date (at its precision) can mean.
"""

from __future__ import annotations

from sqlalchemy import Column, Float, ForeignKey, Index, Integer, MetaData, String, Table, Text, UniqueConstraint

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
    Column("dateline_place", Text),
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
    Column("place_name", Text),
    Column("place_country", String(3)),
    Column("block", Text),  # merge block: category family and party countries (merge.block_key)
    Column("place_text", Text),
    Column("place_admin1", Text),
    Column("place_geonameid", Integer),
    Column("place_lat", Float),
    Column("place_lon", Float),
    Column("place_precision", String(10)),
    Column("date_lo", String(10)),
    Column("date_hi", String(10)),
    Column("actor_countries", Text, nullable=False, default=""),  # "RUS;TUR": sorted, for merging
    Column("recipient_countries", Text, nullable=False, default=""),
    # the GeoNames feature of the place (migration 0004)
    Column("place_feature_class", String(1)),
    Column("place_feature_code", String(10)),
    Column("place_admin2", Text),
    Column("place_admin1_code", String(20)),
    Column("place_admin2_code", String(80)),
)
Index("ix_mentions_article", mentions.c.article_id)
Index("ix_mentions_date", mentions.c.date)
Index("ix_mentions_category", mentions.c.category)
Index("ix_mentions_block_dates", mentions.c.block, mentions.c.date_lo, mentions.c.date_hi)

mention_actors = Table(
    "mention_actors", metadata,
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
Index("ix_mention_actors_country", mention_actors.c.country, mention_actors.c.mention_id)
Index("ix_mention_actors_mention", mention_actors.c.mention_id)

events = Table(
    "events", metadata,
    Column("id", String(40), primary_key=True),
    Column("block", Text, nullable=False),
    Column("representative", String(64), nullable=False),  # the mention that speaks for the event
    Column("category", String(12), nullable=False),  # the underlying action (a planned CONSULT stays CONSULT)
    Column("mode", String(32)),
    Column("status", String(12), nullable=False),
    Column("date", String(10)),
    Column("date_precision", String(8), nullable=False),
    Column("date_lo", String(10)),
    Column("date_hi", String(10)),
    Column("quad_class", Integer),
    Column("score", Float),
    Column("confidence", Float, nullable=False),  # the highest of its mentions
    Column("actor_countries", Text, nullable=False),
    Column("recipient_countries", Text, nullable=False),
    Column("place_mention", String(64)),  # the mention whose place the event shows
    Column("place_name", Text),
    Column("place_country", String(3)),
    Column("num_mentions", Integer, nullable=False),
    Column("num_articles", Integer, nullable=False),
    Column("num_sources", Integer, nullable=False),
    Column("first_seen", String(40)),
    Column("last_seen", String(40)),
    Column("fingerprint", String(32), nullable=False),  # changes when what the event says changes
    Column("created_at", String(32), nullable=False),
    Column("updated_at", String(32), nullable=False),
    # For the series (migration 0007): the representative report's Goldstein value, and the publishers of all
    # its reports (a JSON list, sorted, without the unknown ones), so that a series never reads the reports.
    Column("goldstein", Float),
    Column("publishers", Text, nullable=False, default="[]"),
)
Index("ix_events_date", events.c.date_lo, events.c.id)
Index("ix_events_category_date", events.c.category, events.c.date_lo)
Index("ix_events_updated", events.c.updated_at)
Index("ix_events_block", events.c.block)
Index("ix_events_representative", events.c.representative)
# Covering: the timeline (events per day by quad class or category) reads this index only.
Index("ix_events_timeline", events.c.date_lo, events.c.quad_class, events.c.category)

event_mentions = Table(
    "event_mentions", metadata,
    Column("event_id", String(40), primary_key=True),
    Column("mention_id", String(64), primary_key=True),
    Column("reason", Text, nullable=False),  # JSON: what the mention shares with the event's first report
)
Index("ix_event_mentions_mention", event_mentions.c.mention_id)

event_dyads = Table(
    "event_dyads", metadata,
    Column("event_id", String(40), nullable=False),
    Column("side_a", String(3), nullable=False),  # actor country (the lower code of a reciprocal pair)
    Column("side_b", String(3), nullable=False),
    Column("date_lo", String(10)),
    Column("quad_class", Integer),
    Column("score", Float),
    # copies of the event's fields that the series and its filters read (migration 0007)
    Column("date_hi", String(10)),
    Column("category", String(12)),
    Column("status", String(12)),
    Column("goldstein", Float),
    Column("publishers", Text, nullable=False, default="[]"),
)
# Covering: a dyad timeline and a dyad series' counts read this index only, never the table or the events
# (the benchmark's 200 ms target). The publishers stay out: a list of them can outgrow an index entry.
Index("ix_event_dyads_pair", event_dyads.c.side_a, event_dyads.c.side_b, event_dyads.c.date_lo,
      event_dyads.c.date_hi, event_dyads.c.status, event_dyads.c.category, event_dyads.c.quad_class,
      event_dyads.c.score, event_dyads.c.goldstein, event_dyads.c.event_id)
Index("ix_event_dyads_event", event_dyads.c.event_id)

# The full-text index of the articles (migration 0005): on SQLite an FTS5 table over ``articles`` and the
# tables FTS5 keeps it in; on PostgreSQL a generated tsvector column of ``articles``, indexed (migration 0008;
# tacitus.analysis.search). The code never writes either.
SEARCH_TABLES_SQLITE = ("articles_fts", "articles_fts_data", "articles_fts_idx", "articles_fts_docsize",
                        "articles_fts_config")
SEARCH_COLUMNS_POSTGRESQL = {"articles": ("search_document",)}
