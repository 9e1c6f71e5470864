"""Temporal expressions (TIMEX) of news resolved against the publication date.

vocabulary.py reads the words (data/dates.json) and words.py turns matched words into numbers;
grammar.py finds the expressions in a sentence; tense.py reads whether the clause around one looks back
or ahead; resolve.py runs the readers of calendar.py (dates, months, quarters, seasons, holidays...),
relative.py (weekdays, "last week", "three days ago", "that day"...) and periods.py (what is no date:
recurrences such as "every Monday" and lengths such as "for three weeks", TimeML sets and durations);
values.py makes the TimeML values and their calendar spans; holidays.py computes holidays; narrative.py
keeps a story's reference day.
``tacitus.coding.dates`` is the entry point the coder and the CLI use.
"""
