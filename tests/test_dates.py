import datetime as dt

import pytest

from kg.ingest.dates import find_dates
from kg.lexicon import load_lexicon

D = dt.date
REF = D(2025, 2, 14)  # a Friday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("6 Mac 2024", [(D(2024, 3, 6), D(2024, 3, 6))]),
        ("pada 4 hingga 6 Mac 2024", [(D(2024, 3, 4), D(2024, 3, 6))]),
        ("pada 12 Ogos 2023", [(D(2023, 8, 12), D(2023, 8, 12))]),
        ("Selasa (5/11/2024)", [(D(2024, 11, 5), D(2024, 11, 5))]),
        ("3-5 June 2025", [(D(2025, 6, 3), D(2025, 6, 5))]),
        ("from 3 to 6 June 2025", [(D(2025, 6, 3), D(2025, 6, 6))]),
        ("14 Feb 2025", [(D(2025, 2, 14), D(2025, 2, 14))]),
        ("30 May - 1 June 2025", [(D(2025, 5, 30), D(2025, 6, 1))]),
        ("June 3, 2025", [(D(2025, 6, 3), D(2025, 6, 3))]),
        ("tanggal 10 Maret 2025", [(D(2025, 3, 10), D(2025, 3, 10))]),
        ("on Friday", [(D(2025, 2, 14), D(2025, 2, 14))]),
        ("pada hari Selasa", [(D(2025, 2, 11), D(2025, 2, 11))]),
        ("on 12 February", [(D(2025, 2, 12), D(2025, 2, 12))]),
        ("on 30 December", [(D(2024, 12, 30), D(2024, 12, 30))]),
        ("semalam", [(D(2025, 2, 13), D(2025, 2, 13))]),
        ("from February 8 to 10", [(D(2025, 2, 8), D(2025, 2, 10))]),
        ("On February 12 in Ha Noi", [(D(2025, 2, 12), D(2025, 2, 12))]),
        ("in March 2024", []),
        ("kemarin", [(D(2025, 2, 13), D(2025, 2, 13))]),
        ("no date here", []),
    ],
)
def test_date_expressions(text: str, expected: list[tuple[dt.date, dt.date]]) -> None:
    spans = find_dates(text, load_lexicon(), reference=REF)
    assert [(s.start, s.end) for s in spans] == expected


def test_weekday_beside_a_date_is_not_a_second_date() -> None:
    spans = find_dates("Jumaat (7/3/2025) dan Sabtu", load_lexicon(), reference=D(2025, 3, 8))
    assert [(s.start, s.explicit_year) for s in spans] == [
        (D(2025, 3, 7), True),
        (D(2025, 3, 8), False),
    ]


def test_cross_month_ranges_in_us_order_and_without_a_year() -> None:
    lex = load_lexicon()
    ref = dt.date(2024, 8, 10)
    spans = find_dates("the exercise ran from July 27 to August 9 and ended", lex, reference=ref)
    assert [(s.start.isoformat(), s.end.isoformat(), s.explicit_year) for s in spans] == [
        ("2024-07-27", "2024-08-09", False)
    ]
    spans = find_dates("held from July 27 to August 9, 2024.", lex, reference=ref)
    assert [(s.start.isoformat(), s.end.isoformat()) for s in spans] == [
        ("2024-07-27", "2024-08-09")
    ]
    spans = find_dates("berlangsung dari 30 Julai hingga 2 Ogos di Kuantan", lex, reference=ref)
    assert [(s.start.isoformat(), s.end.isoformat()) for s in spans] == [
        ("2024-07-30", "2024-08-02")
    ]
