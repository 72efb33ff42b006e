"""Benchmark: dateparser against the project's own ``kg.ingest.dates.find_dates``.

Each expression comes with the (start, end) date a human reader would take
from it, written down by hand. The release date (the reference for missing
years and lone weekdays) is Wednesday 6 March 2024.

How each parser's answer is turned into a (start, end) pair:

* ``dateparser.parse`` returns one datetime ``d`` (or None): pair = (d, d).
* ``dateparser.search.search_dates`` returns a list of (text, datetime):
  pair = (first datetime, last datetime); None if the list is empty.
* ``find_dates`` returns date spans: pair = (first span's start, last span's end).

"right" means the pair equals the expected pair exactly; "start right" only
checks the first date. dateparser gets the same reference through its
settings (RELATIVE_BASE = 2024-03-06, PREFER_DATES_FROM = "past",
DATE_ORDER = "DMY").

Usage::

    .venv/bin/python benchmarks/date_parsers.py
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import time
from collections.abc import Callable

from _report import header  # benchmarks/_report.py, beside this script

D = dt.date
REFERENCE = D(2024, 3, 6)
LANGUAGES = ["ms", "id", "en"]
SETTINGS = {
    "RELATIVE_BASE": dt.datetime(2024, 3, 6),
    "PREFER_DATES_FROM": "past",
    "DATE_ORDER": "DMY",
}

Pair = tuple[dt.date, dt.date] | None

# expression, expected (start, end), language/note
CASES: list[tuple[str, tuple[dt.date, dt.date], str]] = [
    # the brief's expressions
    ("pada 12 Ogos 2023", (D(2023, 8, 12), D(2023, 8, 12)), "ms"),
    ("Selasa (5/11/2024)", (D(2024, 11, 5), D(2024, 11, 5)), "ms, numeric d/m/y"),
    ("3-5 June 2025", (D(2025, 6, 3), D(2025, 6, 5)), "en, range"),
    ("from 3 to 6 June 2025", (D(2025, 6, 3), D(2025, 6, 6)), "en, range"),
    ("14 Feb 2025", (D(2025, 2, 14), D(2025, 2, 14)), "en"),
    ("on Friday", (D(2024, 3, 1), D(2024, 3, 1)), "en, weekday before release"),
    ("pada 4 hingga 6 Mac 2024", (D(2024, 3, 4), D(2024, 3, 6)), "ms, range"),
    ("4-6 March 2024", (D(2024, 3, 4), D(2024, 3, 6)), "en, range"),
    ("6 Mac 2024", (D(2024, 3, 6), D(2024, 3, 6)), "ms"),
    ("30 May - 1 June 2025", (D(2025, 5, 30), D(2025, 6, 1)), "en, cross-month range"),
    ("Jumat (7/3/2025)", (D(2025, 3, 7), D(2025, 3, 7)), "id, numeric d/m/y"),
    ("tanggal 10 Maret 2025", (D(2025, 3, 10), D(2025, 3, 10)), "id"),
    ("June 3, 2025", (D(2025, 6, 3), D(2025, 6, 3)), "en, US order"),
    # added
    ("Khamis, 7 Mac 2024", (D(2024, 3, 7), D(2024, 3, 7)), "ms, weekday + date"),
    ("pada 28 Februari hingga 1 Mac 2024", (D(2024, 2, 28), D(2024, 3, 1)), "ms, cross-month"),
    ("dari 11 hingga 13 Disember 2023", (D(2023, 12, 11), D(2023, 12, 13)), "ms, range"),
    ("pada 2 Mac", (D(2024, 3, 2), D(2024, 3, 2)), "ms, no year"),
    ("semalam", (D(2024, 3, 5), D(2024, 3, 5)), "ms, 'yesterday'"),
    ("Senin, 10 Februari 2025", (D(2025, 2, 10), D(2025, 2, 10)), "id, weekday + date"),
    ("pada 3 s.d. 5 Juni 2025", (D(2025, 6, 3), D(2025, 6, 5)), "id, range with s.d."),
    ("tanggal 17-19 Agustus 2024", (D(2024, 8, 17), D(2024, 8, 19)), "id, range"),
    ("on 5th November 2024", (D(2024, 11, 5), D(2024, 11, 5)), "en, ordinal"),
    (
        "from 30 December 2024 to 2 January 2025",
        (D(2024, 12, 30), D(2025, 1, 2)),
        "en, cross-year range",
    ),
    ("March 4-6, 2024", (D(2024, 3, 4), D(2024, 3, 6)), "en, US-order range"),
    ("2024-03-06", (D(2024, 3, 6), D(2024, 3, 6)), "ISO"),
    (
        "telah menghadiri Sesi Permukiman Menteri-Menteri Pertahanan ASEAN di Luang "
        "Prabang, Lao PDR pada 4 hingga 6 Mac 2024.",
        (D(2024, 3, 4), D(2024, 3, 6)),
        "ms, full sentence from the seed release",
    ),
]


# ----------------------------------------------------------------------- parsers


def _parsers() -> dict[str, Callable[[str], Pair]]:
    import dateparser
    from dateparser.search import search_dates

    from kg.ingest.dates import find_dates
    from kg.lexicon import load_lexicon

    lexicon = load_lexicon()

    def dp_parse(text: str) -> Pair:
        d = dateparser.parse(text, languages=LANGUAGES, settings=SETTINGS)
        return None if d is None else (d.date(), d.date())

    def dp_search(text: str) -> Pair:
        found = search_dates(text, languages=LANGUAGES, settings=SETTINGS)
        return None if not found else (found[0][1].date(), found[-1][1].date())

    def kg_find(text: str) -> Pair:
        spans = find_dates(text, lexicon, reference=REFERENCE)
        return None if not spans else (spans[0].start, spans[-1].end)

    return {
        "dateparser.parse": dp_parse,
        "dateparser search_dates": dp_search,
        "kg find_dates": kg_find,
    }


COLD_SNIPPETS = {
    "dateparser.parse": (
        "import dateparser; dateparser.parse('6 Mac 2024', languages=['ms','id','en'])"
    ),
    "dateparser search_dates": (
        "from dateparser.search import search_dates; "
        "search_dates('pada 6 Mac 2024', languages=['ms','id','en'])"
    ),
    "kg find_dates": (
        "import datetime; from kg.ingest.dates import find_dates; "
        "from kg.lexicon import load_lexicon; "
        "find_dates('pada 6 Mac 2024', load_lexicon(), reference=datetime.date(2024, 3, 6))"
    ),
}


def cold_start(snippet: str) -> float:
    """Seconds for import + lexicon/language loading + first call, in a fresh interpreter."""
    code = f"import time; t = time.perf_counter(); {snippet}; print(time.perf_counter() - t)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def per_thousand(fn: Callable[[str], Pair], texts: list[str], budget: float = 3.0) -> float:
    """Seconds per 1,000 calls, cycling over ``texts`` for at least ``budget`` seconds."""
    for t in texts:  # warm-up
        fn(t)
    calls = 0
    t0 = time.perf_counter()
    while True:
        for t in texts:
            fn(t)
        calls += len(texts)
        elapsed = time.perf_counter() - t0
        if elapsed >= budget:
            return elapsed / calls * 1000


# ------------------------------------------------------------------------ report


def _show(p: Pair) -> str:
    if p is None:
        return "none"
    a, b = p
    return a.isoformat() if a == b else f"{a.isoformat()} → {b.isoformat()}"


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def main() -> None:
    print(header("Date parsers: dateparser vs kg.ingest.dates.find_dates",
                 ["dateparser", "asean-defence-kg"]))  # fmt: skip
    print(f"- reference (release) date: {REFERENCE.isoformat()} ({REFERENCE:%A}); "
          f"dateparser languages={LANGUAGES}, settings={SETTINGS | {'RELATIVE_BASE': '2024-03-06'}}")  # fmt: skip
    print()
    parsers = _parsers()
    names = list(parsers)
    answers: dict[str, list[Pair]] = {n: [parsers[n](text) for text, _, _ in CASES] for n in names}

    print("| # | expression | note | expected | " + " | ".join(names) + " |")
    print("|---:|---|---|---|" + "---|" * len(names))
    for i, (text, expected, note) in enumerate(CASES, 1):
        cells = []
        for n in names:
            got = answers[n][i - 1]
            mark = (
                "✅"
                if got == expected
                else ("½ (start)" if got and got[0] == expected[0] else "❌")
            )
            cells.append(f"{_show(got)} {mark}")
        print(f"| {i} | {_cell(text)} | {note} | {_show(expected)} | " + " | ".join(cells) + " |")

    texts = [text for text, _, _ in CASES]
    print("\n| parser | right (start and end) | start right | time per 1,000 parses "
          "| cold start (import + first call) |")  # fmt: skip
    print("|---|---:|---:|---:|---:|")
    for n in names:
        right = sum(a == exp for a, (_, exp, _) in zip(answers[n], CASES, strict=True))
        start = sum(
            a is not None and a[0] == exp[0]
            for a, (_, exp, _) in zip(answers[n], CASES, strict=True)
        )
        speed = per_thousand(parsers[n], texts)
        cold = cold_start(COLD_SNIPPETS[n])
        print(f"| {n} | {right}/{len(CASES)} | {start}/{len(CASES)} | {speed:,.3f} s "
              f"| {cold:,.2f} s |")  # fmt: skip
    print("\n✅ = (start, end) right; ½ (start) = only the start date right; ❌ = wrong or none.")


if __name__ == "__main__":
    main()
