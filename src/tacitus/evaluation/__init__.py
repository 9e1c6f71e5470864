"""Scoring the coder against gold files: per-field precision, recall and F1, and a confusion matrix."""

from tacitus.evaluation.gold import GoldDocument, GoldEvent, load_gold
from tacitus.evaluation.score import Report, score_documents

__all__ = ["GoldDocument", "GoldEvent", "Report", "load_gold", "score_documents"]
