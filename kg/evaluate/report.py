"""The scorer's report as text: a table of figures, then every miss and extra."""

from __future__ import annotations

from kg.evaluate.score import EvalReport, KindScore

__all__ = ["format_report"]


def _row(name: str, s: KindScore) -> str:
    return f"{name:20} {s.tp:5} {s.fp:5} {s.fn:5}  {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}"


def format_report(report: EvalReport, *, details: bool = True) -> str:
    lines = [f"releases scored: {report.releases}"]
    if report.not_ingested:
        lines.append(f"not in the store (all their facts missed): {', '.join(report.not_ingested)}")
    lines.append(f"{'kind':20} {'tp':>5} {'fp':>5} {'fn':>5}  {'P':>6} {'R':>6} {'F1':>6}")
    for kind, score in report.kinds.items():
        if score.tp + score.fp + score.fn:
            lines.append(_row(kind, score))
    lines.append(_row("facts (total)", report.total))
    lines.append(_row("topics", report.topics))
    if details:
        for label, kind, fact in report.misses:
            lines.append(f"miss   {label}  {kind}  {' / '.join(fact)}")
        for label, kind, fact in report.extras:
            lines.append(f"extra  {label}  {kind}  {' / '.join(fact)}")
    return "\n".join(lines) + "\n"
