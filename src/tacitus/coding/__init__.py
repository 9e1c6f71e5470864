"""The event coder: PLOVER events from parsed sentences (triggers, roles, status, dates, places)."""
