"""Intelligence from the store: event series, change against a baseline, the watchlist of announced events,
briefs, the week in review, archive search and the actor network. Every figure is computed from stored
events and every sentence cites them (docs/analysis.md).

Each function takes a store, an EventFilter and options, and returns a dataclass with ``to_dict()``:

    from tacitus.analysis.series import event_series        # -> Series
    from tacitus.analysis.baseline import baseline_change   # -> BaselineReport
    from tacitus.analysis.watchlist import watchlist        # -> Watchlist
    from tacitus.analysis.brief import brief                # -> Brief (also to_markdown, to_html)
    from tacitus.analysis.review import review              # -> Review (also to_markdown, to_html)
    from tacitus.analysis.search import search              # -> SearchResult
    from tacitus.analysis.network import network            # -> Network (also serialize: gexf, graphml, json)

The ``tacitus series|baseline|watchlist|brief|review|search|network`` commands print them.
"""
