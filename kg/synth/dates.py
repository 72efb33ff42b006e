"""Dates as the ministries write them, in Malay, Indonesian and English.

Single days ("6 Mac 2024", "10 Maret 2025", "14 Feb 2025", "June 3, 2025"), numeric
dates after a weekday ("Selasa (5/11/2024)"), ranges ("4 hingga 6 Mac 2024",
"3-5 June 2025", "from 3 to 6 June 2025", "30 Mei hingga 1 Jun 2025") and days
relative to the release date ("on Friday", "this morning", "semalam").

>>> import datetime as dt, random
>>> day(dt.date(2024, 3, 6), "ms")
'6 Mac 2024'
>>> span(dt.date(2024, 3, 4), dt.date(2024, 3, 6), "ms", style="words")
'4 hingga 6 Mac 2024'
>>> span(dt.date(2025, 6, 3), dt.date(2025, 6, 5), "en", style="dash")
'3-5 June 2025'
>>> weekday_numeric(dt.date(2024, 11, 5), "ms")
'Selasa (5/11/2024)'
>>> relative(dt.date(2025, 2, 14), dt.date(2025, 2, 16), "en")
'on Friday'
"""

from __future__ import annotations

import datetime as dt
import random

__all__ = ["MONTHS", "WEEKDAYS", "day", "relative", "span", "weekday_numeric", "when"]

MONTHS = {
    "ms": ("Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September",
           "Oktober", "November", "Disember"),
    "id": ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
           "September", "Oktober", "November", "Desember"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}  # fmt: skip
WEEKDAYS = {
    "ms": ("Isnin", "Selasa", "Rabu", "Khamis", "Jumaat", "Sabtu", "Ahad"),
    "id": ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_RANGE_WORD = {"ms": "hingga", "id": "hingga", "en": "to"}


def day(d: dt.date, lang: str, style: str = "dmy") -> str:
    """One day: ``dmy`` "6 March 2024", ``dmy0`` "06 Mar 2024" (abbreviated month),
    ``mdy`` "March 6, 2024", ``wdmy`` "Wednesday, 6 March 2024", ``upper`` "6 MARCH 2024"."""
    month = MONTHS[lang][d.month - 1]
    if style == "dmy0":
        return f"{d.day:02d} {month[:3]} {d.year}"
    if style == "mdy" and lang == "en":
        return f"{month} {d.day}, {d.year}"
    if style == "wdmy":
        return f"{WEEKDAYS[lang][d.weekday()]}, {d.day} {month} {d.year}"
    if style == "upper":
        return f"{d.day} {month.upper()} {d.year}"
    return f"{d.day} {month} {d.year}"


def weekday_numeric(d: dt.date, lang: str) -> str:
    """A weekday and the date in figures: "Selasa (5/11/2024)", "Kamis (29/8/2024)"."""
    return f"{WEEKDAYS[lang][d.weekday()]} ({d.day}/{d.month}/{d.year})"


def span(start: dt.date, end: dt.date, lang: str, *, style: str = "words") -> str:
    """A range without its preposition: ``words`` "4 hingga 6 Mac 2024" / "3 to 5 June 2025",
    ``dash`` "3-5 June 2025" / "27–29 Mei 2025", ``mdy`` "June 3 to 5, 2025"."""
    if start == end:
        return day(start, lang, "mdy" if style == "mdy" else "dmy")
    months = MONTHS[lang]
    word = _RANGE_WORD[lang]
    if start.year != end.year:
        return f"{day(start, lang)} {word} {day(end, lang)}"
    if start.month != end.month:
        if style == "mdy" and lang == "en":
            return f"{months[start.month - 1]} {start.day} to {months[end.month - 1]} {end.day}, {end.year}"
        first = f"{start.day} {months[start.month - 1]}"
        joint = " - " if style == "dash" else f" {word} "
        return f"{first}{joint}{day(end, lang)}"
    month = months[end.month - 1]
    if style == "mdy" and lang == "en":
        return f"{month} {start.day} to {end.day}, {end.year}"
    if style == "dash":
        dash = "–" if lang == "id" else "-"
        return f"{start.day}{dash}{end.day} {month} {end.year}"
    return f"{start.day} {word} {end.day} {month} {end.year}"


def relative(d: dt.date, release: dt.date, lang: str) -> str | None:
    """A day close before the release date as words ("on Friday", "yesterday", "pada hari
    Jumaat"), or ``None`` when it is not within the six days before it."""
    delta = (release - d).days
    if not 1 <= delta <= 6:
        return None
    name = WEEKDAYS[lang][d.weekday()]
    if lang == "en":
        return "yesterday" if delta == 1 else f"on {name}"
    if lang == "ms":
        return "semalam" if delta == 1 else f"pada hari {name}"
    return "kemarin" if delta == 1 else f"pada hari {name}"


def when(
    start: dt.date,
    end: dt.date,
    release: dt.date,
    lang: str,
    rng: random.Random,
    *,
    us: bool = False,
    numeric: bool = False,
) -> str:
    """A prepositional date phrase for an event, in a form the release's ministry uses.

    ``us`` prefers "June 3, 2025" (Philippine and Thai releases); ``numeric`` prefers
    "Selasa (5/11/2024)" (Malaysian and Indonesian releases)."""
    if start == end:
        if start == release and rng.random() < 0.3:
            return rng.choice(
                {
                    "en": ("today", "this morning", "earlier today"),
                    "ms": ("hari ini", "pada pagi ini"),
                    "id": ("hari ini", "pada hari ini"),
                }[lang]
            )
        near = relative(start, release, lang)
        if near and rng.random() < 0.35:
            return near
        if numeric and lang != "en" and rng.random() < 0.6:
            lead = "pada " if lang == "ms" or rng.random() < 0.3 else ""
            return lead + weekday_numeric(start, lang)
        if lang == "en":
            if us:
                return f"on {day(start, lang, 'mdy')}"
            if rng.random() < 0.15:
                return f"on {day(start, lang, 'wdmy')}"
            return f"on {day(start, lang)}"
        return f"pada {day(start, lang)}"
    if lang == "en":
        style = "mdy" if us else rng.choice(("words", "words", "dash"))
        return f"from {span(start, end, lang, style=style)}"
    if lang == "id":
        style = rng.choice(("words", "dash", "dash"))
        lead = "mulai" if style == "words" and rng.random() < 0.4 else "pada"
        return f"{lead} {span(start, end, lang, style=style)}"
    lead = rng.choice(("pada", "dari", "dari"))
    return f"{lead} {span(start, end, lang, style='words')}"
