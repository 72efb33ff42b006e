"""Score the store against gold annotations (CONTRACT.md §5)."""

from kg.evaluate.score import EvalReport, KindScore, evaluate

__all__ = ["EvalReport", "KindScore", "evaluate"]
