"""Intelligence from the store: event series, change against a baseline, the watchlist of announced events,
briefs, the week in review, archive search and the actor network. Every figure is computed from stored
events and every sentence cites them.

Each module is a library first (store + EventFilter + options -> a dataclass with ``to_dict()``); the
``tacitus series|baseline|watchlist|brief|review|search|network`` commands print them.
"""
