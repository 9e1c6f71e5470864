"""Temporal expressions (TIMEX) of news resolved against the publication date.

vocabulary.py reads the words (data/dates.json); values.py makes the TimeML values and their calendar spans;
holidays.py computes holidays; tense.py reads whether the clause around an expression looks back or ahead;
grammar.py finds the expressions in a sentence; resolve.py turns each into a value. ``tacitus.coding.dates``
is the entry point the coder and the CLI use.
"""
