"""Dates as defence releases write them, in Malay, Indonesian and English.

Month and weekday names come from the lexicons; this module holds the
patterns: single days, ranges within a month or across months ("4 hingga 6
Mac 2024", "3-5 June 2025", "from 3 to 6 June 2025", "30 May - 1 June 2025",
"July 27 to August 9, 2024", "from July 27 to August 9"),
US order ("June 3, 2025"), numeric day-first dates ("Selasa (5/11/2024)"),
missing years and lone weekdays ("on Friday") resolved against the release
date.

>>> from kg.lexicon import load_lexicon
>>> lex = load_lexicon()
>>> [(s.start.isoformat(), s.end.isoformat()) for s in find_dates("pada 4 hingga 6 Mac 2024", lex)]
[('2024-03-04', '2024-03-06')]
>>> ref = dt.date(2025, 2, 14)
>>> [s.start.isoformat() for s in find_dates("met on Tuesday", lex, reference=ref)]
['2025-02-11']
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from kg.lexicon import Lexicon, phrase_alternation

__all__ = ["DateSpan", "find_dates"]


@dataclass(frozen=True)
class DateSpan:
    """A date or a range of dates found in a text, with its character offsets."""

    start: dt.date
    end: dt.date
    begin: int
    finish: int
    explicit_year: bool = True


_DASH = r"\s*[-–—]\s*"


@cache
def _patterns(lexicon: Lexicon) -> list[tuple[str, re.Pattern[str]]]:
    month = rf"(?:{phrase_alternation(lexicon.months, fold=True)})\.?"
    words = sorted(lexicon.words("range_connectors"), key=len, reverse=True)
    joiner = "|".join(re.escape(w) for w in words)
    to = rf"(?:{_DASH}|\s+(?:{joiner})\s+)"
    d = r"(\d{1,2})(?:st|nd|rd|th)?"
    y = r"(\d{4})"
    flags = re.IGNORECASE
    table = [
        ("dmy-dmy", rf"\b{d}\s+({month}){to}{d}\s+({month}),?\s+{y}\b"),
        ("dm-dmy", rf"\b{d}\s+({month}),?\s+{y}{to}{d}\s+({month}),?\s+{y}\b"),
        ("d-dmy", rf"\b{d}{to}{d}\s+({month}),?\s+{y}\b"),
        ("md-dy", rf"\b({month})\s+{d}{to}{d},?\s+{y}\b"),
        ("md-mdy", rf"\b({month})\s+{d}{to}({month})\s+{d},?\s+{y}\b"),
        ("dmy", rf"\b{d}\s+({month}),?\s+{y}\b"),
        ("mdy", rf"\b({month})\s+{d},\s+{y}\b"),
        ("iso", r"\b(\d{4})-(\d{2})-(\d{2})\b"),
        ("num", r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b"),
        ("md-md", rf"\b({month})\s+{d}{to}({month})\s+{d}\b(?!,?\s*\d{{4}})"),
        ("dm-dm", rf"\b{d}\s+({month}){to}{d}\s+({month})(?![\w])(?!,?\s*\d{{4}})"),
        ("d-dm", rf"\b{d}{to}{d}\s+({month})(?![\w])"),
        ("md-d", rf"\b({month})\s+{d}{to}{d}\b(?!,?\s*\d{{4}})"),
        ("md", rf"\b({month})\s+{d}\b(?!,?\s*\d{{4}})(?![\w/:.])"),
        ("dm", rf"\b{d}\s+({month})(?![\w])"),
    ]
    return [(name, re.compile(rx, flags)) for name, rx in table]


_DIGIT = re.compile(r"\d")


@cache
def _relative_pattern(lexicon: Lexicon) -> tuple[re.Pattern[str], dict[str, int]]:
    offsets = {c.phrase.casefold(): int(c.value) for c in lexicon.cues.get("relative_days", ())}
    names = "|".join(sorted((re.escape(w) for w in offsets), key=len, reverse=True)) or "(?!x)x"
    return re.compile(rf"\b({names})\b", re.IGNORECASE), offsets


@cache
def _weekday_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    names = "|".join(sorted((re.escape(w) for w in lexicon.weekdays), key=len, reverse=True))
    return re.compile(rf"\b({names})\b", re.IGNORECASE)


def _nearest_year(month: int, day: int, reference: dt.date | None) -> int | None:
    if reference is None:
        return None
    candidates = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    return min(candidates, key=lambda c: abs((c - reference).days)).year


def _make(name: str, g: tuple[str, ...], lexicon: Lexicon, ref: dt.date | None) -> DateSpan | None:
    m = lexicon.months
    mon = lambda s: m[s.rstrip(".").casefold()]  # noqa: E731
    explicit = True
    if name == "dmy-dmy":
        y = int(g[4])
        start, end = dt.date(y, mon(g[1]), int(g[0])), dt.date(y, mon(g[3]), int(g[2]))
    elif name == "dm-dmy":
        start = dt.date(int(g[2]), mon(g[1]), int(g[0]))
        end = dt.date(int(g[5]), mon(g[4]), int(g[3]))
    elif name == "d-dmy":
        y, mo = int(g[3]), mon(g[2])
        start, end = dt.date(y, mo, int(g[0])), dt.date(y, mo, int(g[1]))
    elif name == "md-dy":
        y, mo = int(g[3]), mon(g[0])
        start, end = dt.date(y, mo, int(g[1])), dt.date(y, mo, int(g[2]))
    elif name == "md-mdy":
        y = int(g[4])
        start, end = dt.date(y, mon(g[0]), int(g[1])), dt.date(y, mon(g[2]), int(g[3]))
    elif name in ("md-md", "dm-dm"):
        # "from July 27 to August 9", "30 May to 1 June": the year of the nearer end.
        explicit = False
        if name == "md-md":
            (m1, d1), (m2, d2) = (mon(g[0]), int(g[1])), (mon(g[2]), int(g[3]))
        else:
            (m1, d1), (m2, d2) = (mon(g[1]), int(g[0])), (mon(g[3]), int(g[2]))
        year = _nearest_year(m2, d2, ref)
        if year is None:
            return None
        end = dt.date(year, m2, d2)
        start = dt.date(year - (1 if m1 > m2 else 0), m1, d1)
    elif name == "dmy":
        start = end = dt.date(int(g[2]), mon(g[1]), int(g[0]))
    elif name == "mdy":
        start = end = dt.date(int(g[2]), mon(g[0]), int(g[1]))
    elif name == "iso":
        start = end = dt.date(int(g[0]), int(g[1]), int(g[2]))
    elif name == "num":
        start = end = dt.date(int(g[2]), int(g[1]), int(g[0]))
    elif name in ("md-d", "md"):
        explicit = False
        mo = mon(g[0])
        year = _nearest_year(mo, int(g[1]), ref)
        if year is None:
            return None
        start = dt.date(year, mo, int(g[1]))
        end = dt.date(year, mo, int(g[2])) if name == "md-d" else start
    else:
        explicit = False
        mo = mon(g[-1])
        year = _nearest_year(mo, int(g[0]), ref)
        if year is None:
            return None
        start = dt.date(year, mo, int(g[0]))
        end = dt.date(year, mo, int(g[1])) if name == "d-dm" else start
    if end < start:
        # "30 Dec - 2 Jan 2025": the start lies in the year before.
        if name in ("dmy-dmy",) and start.month > end.month:
            start = start.replace(year=start.year - 1)
        else:
            return None
    return DateSpan(start, end, 0, 0, explicit)


def find_dates(text: str, lexicon: Lexicon, *, reference: dt.date | None = None) -> list[DateSpan]:
    """Every date expression in ``text``, left to right, without overlaps.

    Expressions without a year, lone weekdays and relative days ("semalam",
    "yesterday") need ``reference`` (the release date); a weekday resolves to the
    latest such day on or before it.
    """
    taken: list[DateSpan] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s.begin or a >= s.finish for s in taken)

    # Every pattern below needs a digit: most sentences have none.
    for name, pattern in _patterns(lexicon) if _DIGIT.search(text) else ():
        for match in pattern.finditer(text):
            if not free(match.start(), match.end()):
                continue
            try:
                span = _make(name, match.groups(), lexicon, reference)
            except (ValueError, KeyError):
                continue
            if span is not None:
                taken.append(
                    DateSpan(span.start, span.end, match.start(), match.end(), span.explicit_year)
                )
    if reference is not None:
        for match in _weekday_pattern(lexicon).finditer(text):
            near = any(
                abs(match.end() - s.begin) < 6 or abs(s.finish - match.start()) < 6 for s in taken
            )
            if near or not free(match.start(), match.end()):
                continue
            weekday = lexicon.weekdays[match.group(1).casefold()]
            back = (reference.weekday() - weekday) % 7
            day = reference - dt.timedelta(days=back)
            taken.append(DateSpan(day, day, match.start(), match.end(), False))
        pattern, offsets = _relative_pattern(lexicon)
        for match in pattern.finditer(text):
            if free(match.start(), match.end()):
                day = reference + dt.timedelta(days=offsets[match.group(1).casefold()])
                taken.append(DateSpan(day, day, match.start(), match.end(), False))
    return sorted(taken, key=lambda s: s.begin)
