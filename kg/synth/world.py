"""The synthetic world: countries, places, forums, membership and the meeting calendar.

Everything here comes from the reference data (``data/reference/*.ttl``, read with
rdflib, and the forum memberships that :func:`kg.lexicon.load_lexicon` loads) or is
drawn once from the seed, so that every release of a run sees the same world: the
same ADMM of 2019 has the same dates and city in every release that reports it, and
the same minister holds office across the releases of their term (see
:mod:`kg.synth.cast`).

>>> w = build_world(1)
>>> "TL" in w.asean_members(dt.date(2025, 10, 25)), "TL" in w.asean_members(dt.date(2025, 10, 26))
(False, True)
>>> len(w.asean_members(dt.date(2025, 10, 26)))
11
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from kg.lexicon import load_lexicon
from kg.resources import reference_dir
from kg.synth.cast import Cast, build_cast

__all__ = [
    "ADMM_CHAIRS",
    "PUBLISHERS",
    "CountryInfo",
    "Meeting",
    "PlaceInfo",
    "World",
    "build_world",
]

FIRST_DAY = dt.date(2005, 1, 1)
LAST_DAY = dt.date(2025, 12, 31)

#: The ASEAN (and so ADMM) chair of each year since the first ADMM (Kuala Lumpur, 2006).
ADMM_CHAIRS: dict[int, str] = {
    2006: "MY",
    2007: "SG",
    2008: "TH",
    2009: "TH",
    2010: "VN",
    2011: "ID",
    2012: "KH",
    2013: "BN",
    2014: "MM",
    2015: "MY",
    2016: "LA",
    2017: "PH",
    2018: "SG",
    2019: "TH",
    2020: "VN",
    2021: "BN",
    2022: "KH",
    2023: "ID",
    2024: "LA",
    2025: "MY",
}
#: Years with an ADMM-Plus meeting (three-yearly at first, yearly from 2017).
ADMM_PLUS_YEARS = (2010, 2013, 2015, *range(2017, 2026))
#: Years with a Shangri-La Dialogue (none in 2020 and 2021).
SLD_YEARS = tuple(y for y in range(2002, 2026) if y not in (2020, 2021))
#: Years with an FPDA Defence Ministers' Meeting, and its host.
FDMM_YEARS = {2006: "SG", 2009: "MY", 2012: "SG", 2015: "MY", 2018: "SG", 2024: "SG"}
#: Timor-Leste attends ADMM meetings as an observer from this day until its accession.
TL_OBSERVER_FROM = dt.date(2023, 1, 1)

#: The ministries that publish releases, with their language(s).
PUBLISHERS = ("MY", "ID", "SG", "PH", "TH", "VN", "KH", "BN", "LA")

#: Countries that people of the cast come from (ASEAN, the ADMM-Plus partners, others).
CAST_COUNTRIES = (
    "BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL",
    "AU", "CN", "IN", "JP", "KR", "NZ", "RU", "US",
    "FR", "GB", "DE", "CA", "TR", "QA",
)  # fmt: skip

# Cities (place slugs of places.ttl) by what happens there.
_MEETING_CITIES = {
    "MY": ("kuala-lumpur", "langkawi", "penang", "putrajaya", "kota-kinabalu", "melaka"),
    "SG": ("singapore",),
    "TH": ("bangkok", "pattaya", "chiang-mai", "phuket"),
    "VN": ("hanoi", "da-nang", "nha-trang", "ho-chi-minh-city"),
    "ID": ("jakarta", "bali", "yogyakarta", "bandung"),
    "PH": ("manila", "cebu", "clark", "davao"),
    "KH": ("phnom-penh", "siem-reap"),
    "LA": ("vientiane", "luang-prabang"),
    "BN": ("bandar-seri-begawan",),
    "MM": ("naypyidaw", "yangon"),
    "AU": ("canberra", "sydney", "darwin"),
    "JP": ("tokyo",),
    "US": ("washington-dc", "honolulu"),
}
_CAPITALS = {
    "MY": "kuala-lumpur", "SG": "singapore", "TH": "bangkok", "VN": "hanoi",
    "ID": "jakarta", "PH": "quezon-city", "KH": "phnom-penh", "LA": "vientiane",
    "BN": "bandar-seri-begawan", "MM": "naypyidaw", "TL": "dili", "AU": "canberra",
    "CN": "beijing", "IN": "new-delhi", "JP": "tokyo", "KR": "seoul", "NZ": "wellington",
    "RU": "moscow", "US": "washington-dc", "FR": "paris", "GB": "london", "DE": "berlin",
    "CA": "ottawa", "TR": "ankara", "QA": "doha",
}  # fmt: skip
_EXERCISE_CITIES = {
    "MY": ("lumut", "port-dickson", "kuantan", "kota-kinabalu", "johor-bahru"),
    "ID": ("surabaya", "bandung", "makassar", "batam", "medan"),
    "TH": ("sattahip", "chiang-mai", "pattaya"),
    "PH": ("clark", "subic", "cebu"),
    "SG": ("singapore",),
    "VN": ("cam-ranh", "da-nang", "hai-phong"),
    "BN": ("bandar-seri-begawan",),
    "KH": ("phnom-penh", "sihanoukville"),
    "LA": ("vientiane",),
    "AU": ("darwin", "perth", "brisbane"),
}


# Malay and Indonesian forms of a place that releases do not use in running text
# (administrative names, islands for their towns, old spellings).
_FORMAL = ("DKI ", "Wilayah Persekutuan", "Bandar Raya", "Pulau Bali", "Pulau Batam",
           "Pulau Langkawi", "Jogjakarta")  # fmt: skip


@dataclass(frozen=True)
class CountryInfo:
    """A country as releases name it: labels by language and the English demonym."""

    code: str
    labels: dict[str, str]
    demonym: str

    def label(self, lang: str) -> str:
        return self.labels.get(lang) or self.labels["en"]


@dataclass(frozen=True)
class PlaceInfo:
    """A city of places.ttl: its slug, labels by language and country."""

    slug: str
    labels: dict[str, str]
    country: str

    def label(self, lang: str) -> str:
        return self.labels.get(lang) or self.labels["en"]


@dataclass(frozen=True)
class Meeting:
    """One meeting of a recurring series (an ADMM, a Shangri-La Dialogue …) in the calendar."""

    series: str
    year: int
    ordinal: int
    start: dt.date
    end: dt.date
    place: PlaceInfo
    host: str


@dataclass
class World:
    """Countries, places, memberships, the calendar of recurring meetings and the cast."""

    seed: int
    countries: dict[str, CountryInfo]
    places: dict[str, PlaceInfo]
    memberships: dict[str, dict[str, dt.date]]
    cast: Cast
    _calendar: dict[tuple[str, int], Meeting | None] = field(default_factory=dict)

    # -- membership -----------------------------------------------------------------
    def members(self, forum: str, day: dt.date) -> list[str]:
        """ISO codes of a forum's members on ``day``, in code order."""
        return sorted(c for c, since in self.memberships.get(forum, {}).items() if since <= day)

    def asean_members(self, day: dt.date) -> list[str]:
        """The ASEAN member states on ``day`` (Timor-Leste from 2025-10-26), in code order."""
        return self.members("asean", day)

    def plus_partners(self) -> list[str]:
        """The eight ADMM-Plus partners (members of the ADMM-Plus that are not in ASEAN)."""
        asean = set(self.memberships["asean"])
        return sorted(c for c in self.memberships["admm-plus"] if c not in asean)

    def tl_observer(self, day: dt.date) -> bool:
        """Whether Timor-Leste attends ADMM meetings as an observer on ``day``."""
        return day >= TL_OBSERVER_FROM and "TL" not in self.asean_members(day)

    # -- places ---------------------------------------------------------------------
    def place(self, slug: str) -> PlaceInfo:
        return self.places[slug]

    def capital(self, country: str) -> PlaceInfo:
        return self.places[_CAPITALS[country]]

    def meeting_city(self, country: str, rng: random.Random) -> PlaceInfo:
        slugs = _MEETING_CITIES.get(country) or (_CAPITALS[country],)
        return self.places[rng.choice(slugs)]

    def has_training_areas(self, country: str) -> bool:
        """Whether the calendar knows where ``country`` hosts joint exercises."""
        return country in _EXERCISE_CITIES

    def exercise_city(self, country: str, rng: random.Random) -> PlaceInfo:
        slugs = _EXERCISE_CITIES.get(country) or (_CAPITALS[country],)
        return self.places[rng.choice(slugs)]

    # -- calendar -------------------------------------------------------------------
    def meeting(self, series: str, year: int) -> Meeting | None:
        """The meeting of ``series`` in ``year`` (``None`` when there was none), drawn once."""
        key = (series, year)
        if key not in self._calendar:
            self._calendar[key] = self._draw_meeting(series, year)
        return self._calendar[key]

    def meeting_years(self, series: str) -> list[int]:
        """The years of a series inside the release period."""
        years: tuple[int, ...] | list[int]
        if series == "admm":
            years = sorted(ADMM_CHAIRS)
        elif series == "admm-retreat":
            years = list(range(2009, 2026))
        elif series == "admm-plus":
            years = ADMM_PLUS_YEARS
        elif series == "sld":
            years = SLD_YEARS
        elif series == "fpda":
            years = sorted(FDMM_YEARS)
        else:
            raise ValueError(series)
        return [y for y in years if FIRST_DAY.year <= y <= LAST_DAY.year]

    def _draw_meeting(self, series: str, year: int) -> Meeting | None:
        if year not in self.meeting_years(series):
            return None
        rng = random.Random(f"adkg-synth:{self.seed}:calendar:{series}:{year}")
        if series in ("admm", "admm-plus"):
            host = ADMM_CHAIRS[year]
            early = year < 2017 and series == "admm"
            admm_start = _weekday_in(rng, year, (3, 4, 5, 6) if early else (10, 11))
            if series == "admm":
                # The ADMM of a year with a back-to-back ADMM-Plus uses the Plus's city.
                place = self.meeting_city(host, rng)
                start = admm_start
                ordinal = year - 2005
            else:
                admm = self.meeting("admm", year)
                assert admm is not None
                place = admm.place if year >= 2017 else self.meeting_city(host, rng)
                start = admm.end + dt.timedelta(days=1) if year >= 2017 else admm_start
                ordinal = ADMM_PLUS_YEARS.index(year) + 1
            return Meeting(series, year, ordinal, start, start, place, host)
        if series == "admm-retreat":
            host = ADMM_CHAIRS[year]
            start = _weekday_in(rng, year, (2, 3))
            end = start + dt.timedelta(days=rng.choice((0, 0, 1, 2)))
            place = self.meeting_city(host, rng)
            return Meeting(series, year, year - 2008, start, end, place, host)
        if series == "sld":
            # Friday to Sunday, around the turn of May and June.
            day = dt.date(year, 5, 28) + dt.timedelta(days=rng.randrange(0, 7))
            start = day - dt.timedelta(days=(day.weekday() - 4) % 7)
            ordinal = SLD_YEARS.index(year) + 1
            return Meeting(series, year, ordinal, start, start + dt.timedelta(days=2),
                           self.places["singapore"], "SG")  # fmt: skip
        if series == "fpda":
            host = FDMM_YEARS[year]
            start = _weekday_in(rng, year, (5, 6, 10, 11))
            place = self.places["singapore" if host == "SG" else "kuala-lumpur"]
            ordinal = sorted(FDMM_YEARS).index(year) + 7
            return Meeting(series, year, ordinal, start, start, place, host)
        raise ValueError(series)


def _weekday_in(rng: random.Random, year: int, months: tuple[int, ...]) -> dt.date:
    """A random Monday-to-Thursday in one of ``months`` of ``year``."""
    while True:
        day = dt.date(year, rng.choice(months), rng.randrange(1, 29))
        if day.weekday() < 4:
            return day


def _lang_labels(graph: object, subject: object) -> dict[str, str]:
    from rdflib import RDFS, SKOS, Graph

    assert isinstance(graph, Graph)
    labels: dict[str, str] = {}
    for o in sorted(graph.objects(subject, RDFS.label)):  # type: ignore[arg-type]
        labels.setdefault(str(getattr(o, "language", None) or "en"), str(o))
    for o in sorted(graph.objects(subject, SKOS.altLabel)):  # type: ignore[arg-type]
        lang = getattr(o, "language", None)
        if lang in ("ms", "id") and lang not in labels and not str(o).startswith(_FORMAL):
            labels[lang] = str(o)
    return labels


@cache
def _reference(folder: Path) -> tuple[dict[str, CountryInfo], dict[str, PlaceInfo]]:
    """Countries and places of the reference Turtle files, by ISO code and by slug."""
    from rdflib import Graph, Namespace, URIRef

    adkg = Namespace("https://w3id.org/adkg/ontology#")
    graph = Graph()
    for name in ("countries.ttl", "places.ttl"):
        graph.parse(folder / name, format="turtle")
    countries: dict[str, CountryInfo] = {}
    for code in CAST_COUNTRIES:
        node = URIRef(f"https://w3id.org/adkg/id/country/{code}")
        demonyms = sorted(str(o) for o in graph.objects(node, adkg.demonym))
        labels = _lang_labels(graph, node)
        countries[code] = CountryInfo(code, labels, demonyms[0] if demonyms else labels["en"])
    places: dict[str, PlaceInfo] = {}
    for node in sorted(graph.subjects(adkg.country, None)):
        if "/place/" not in str(node):
            continue
        slug = str(node).rsplit("/", 1)[-1]
        country = str(graph.value(node, adkg.country)).rsplit("/", 1)[-1]
        places[slug] = PlaceInfo(slug, _lang_labels(graph, node), country)
    # Malay and Indonesian releases name the city-state as they name the country.
    places["singapore"] = PlaceInfo(
        "singapore", {"en": "Singapore", "ms": "Singapura", "id": "Singapura"}, "SG"
    )
    return countries, places


@cache
def build_world(seed: int) -> World:
    """The world of one seed (cached: built once per process and seed)."""
    folder = reference_dir()
    countries, places = _reference(folder)
    lexicon = load_lexicon()
    memberships = {
        slug: dict(sorted(forum.members.items()))
        for slug, forum in sorted(lexicon.forums.items())
        if forum.members
    }
    cast = build_cast(seed, CAST_COUNTRIES, PUBLISHERS, FIRST_DAY, LAST_DAY)
    return World(seed, countries, places, memberships, cast)
