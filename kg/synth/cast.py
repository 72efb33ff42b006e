"""The cast: fictitious office holders per country, with their terms and how they are named.

Each post of each country (defence minister, chief of defence force, prime minister,
ambassador to a publishing country …) is held by a sequence of people over terms of
a few years, drawn once from the seed. A release dated inside a term names that term's
holder, so the same person recurs across the releases of their term, as in a real
corpus. Names are built from the name parts of ``data/reference/synth/names.yaml``
in each country's naming customs, with the honorifics and ranks typical of the
country; :meth:`Person.full` and :meth:`Person.short` write them as a release would.

>>> import datetime as dt
>>> cast = build_cast(1, ("MY", "TH"), ("MY",), dt.date(2005, 1, 1), dt.date(2025, 12, 31))
>>> a = cast.holder("MY", "dm", dt.date(2015, 6, 1)).person
>>> a is cast.holder("MY", "dm", dt.date(2015, 6, 2)).person
True
>>> a.canonical in a.full("ms", publisher="MY").replace(" bin ", " ").replace(" binti ", " ")
True
"""

from __future__ import annotations

import bisect
import datetime as dt
import random
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from kg.resources import reference_dir

__all__ = ["RANKS", "ROLE_POSTS", "Cast", "Person", "Term", "build_cast"]

#: The annotation guide's post of each role of the cast.
ROLE_POSTS = {
    "dm": "defence-minister",
    "ddm": "deputy-defence-minister",
    "cdf": "chief-of-defence-force",
    "pm": "prime-minister",
    "president": "head-of-state",
    "army": "other",
    "navy": "other",
    "dm2": "other",
    "permsec": "other",
    "spokes": "other",
    "amb": "other",
}

#: Military ranks as each language writes them.
RANKS: dict[str, dict[str, str]] = {
    "general": {"en": "General", "ms": "Jeneral", "id": "Jenderal"},
    "lieutenant-general": {"en": "Lieutenant General", "ms": "Leftenan Jeneral", "id": "Letnan Jenderal"},
    "major-general": {"en": "Major General", "ms": "Mejar Jeneral", "id": "Mayor Jenderal"},
    "brigadier-general": {"en": "Brigadier General", "ms": "Brigedier Jeneral", "id": "Brigjen"},
    "admiral": {"en": "Admiral", "ms": "Laksamana", "id": "Laksamana"},
    "vice-admiral": {"en": "Vice Admiral", "ms": "Laksamana Madya", "id": "Laksamana Madya"},
    "air-chief-marshal": {"en": "Air Chief Marshal", "ms": "Jeneral", "id": "Marsekal"},
    "air-marshal": {"en": "Air Marshal", "ms": "Leftenan Jeneral", "id": "Marsekal Madya"},
}  # fmt: skip
# Indonesian officers in Indonesian releases carry the TNI forms of their rank.
_TNI_RANKS = {
    "general": "Jenderal TNI",
    "lieutenant-general": "Letjen TNI",
    "major-general": "Mayjen TNI",
    "brigadier-general": "Brigjen TNI",
    "admiral": "Laksamana TNI",
    "vice-admiral": "Laksdya TNI",
    "air-chief-marshal": "Marsekal TNI",
    "air-marshal": "Marsdya TNI",
}

_CULTURES = {
    "MY": "malay", "BN": "bruneian", "ID": "indonesian", "SG": "chinese_sg",
    "PH": "filipino", "TH": "thai", "VN": "vietnamese", "KH": "khmer", "LA": "lao",
    "MM": "burmese", "TL": "timorese", "AU": "anglo", "NZ": "anglo", "US": "anglo",
    "GB": "anglo", "CA": "anglo", "JP": "japanese", "KR": "korean", "CN": "chinese_cn",
    "IN": "indian", "RU": "russian", "FR": "french", "DE": "german", "TR": "turkish",
    "QA": "arab",
}  # fmt: skip

_ASEAN = ("BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN")
_HEAD_OF_GOVERNMENT = {
    "MY": "pm", "SG": "pm", "TH": "pm", "KH": "pm", "LA": "pm", "VN": "pm", "AU": "pm",
    "NZ": "pm", "JP": "pm", "IN": "pm", "GB": "pm", "CA": "pm", "TL": "pm",
    "ID": "president", "PH": "president", "US": "president", "KR": "president",
    "FR": "president", "TR": "president",
}  # fmt: skip
_DEPUTY_MINISTERS = ("MY", "ID", "TH", "VN", "KH", "LA")
_SERVICE_CHIEFS = (*_ASEAN, "AU", "US")
_SECOND_MINISTERS = ("BN", "SG")
_SPOKESPEOPLE = ("ID", "TH", "MY", "SG", "PH")

# Days a term lasts, by role (low, high).
_TERM_DAYS = {
    "dm": (700, 2200),
    "ddm": (600, 1800),
    "cdf": (700, 1500),
    "pm": (1200, 2600),
    "president": (1460, 2600),
    "army": (700, 1400),
    "navy": (700, 1400),
    "dm2": (900, 2500),
    "permsec": (900, 1800),
    "spokes": (500, 1200),
    "amb": (900, 1500),
}
# Honorifics of Malaysian civilians, and the Pehin titles of Brunei (fictitious combinations).
_MY_TITLES = ("Dato' Seri", "Datuk Seri", "Dato'", "Datuk", "Tan Sri", "Dato' Sri")
_BN_PEHIN = (
    "Pehin Datu Pekerma Laila",
    "Pehin Orang Kaya Indera Pahlawan",
    "Pehin Datu Singamanteri",
    "Pehin Datu Seri Maharaja",
)


@dataclass(frozen=True)
class Person:
    """A fictitious person of the cast, and the parts a release writes their name with."""

    canonical: str
    country: str
    role: str
    culture: str
    female: bool
    body: str  # the name as printed in full ("Azman bin Rosli", "Ramon C. Villanueva Jr.")
    plain: str  # the name without patronymic particles, for other countries' releases
    callname: str  # the part a second mention uses ("Azman", "Villanueva", "Somchai")
    rank: str | None = None
    retired: bool = False
    title: str | None = None  # a civil honorific ("Dato' Seri", a Bruneian title)
    doctor: bool = False

    @property
    def military(self) -> bool:
        return self.rank is not None

    @property
    def pronoun(self) -> str:
        return "she" if self.female else "he"

    @property
    def possessive(self) -> str:
        return "her" if self.female else "his"

    def rank_words(self, lang: str) -> str:
        """The rank as written in ``lang`` (with "(Purn.)", "(Retd)" or "(B)" when retired)."""
        if self.rank is None:
            return ""
        if self.country == "ID" and lang == "id":
            rank = _TNI_RANKS[self.rank]
            return f"{rank} (Purn.)" if self.retired else rank
        rank = RANKS[self.rank][lang]
        if self.retired:
            rank += {"en": " (Retd)", "ms": " (B)", "id": " (Purn.)"}[lang]
        return rank

    def courtesy(self, lang: str, publisher: str) -> str:
        """The courtesy prefix a ministry puts before the name (YB, TYT, H.E., The Hon. …)."""
        minister = self.role in ("dm", "ddm", "pm", "dm2")
        if self.country == "MY" and minister and publisher == "MY":
            return "YAB" if self.role == "pm" else "YB"
        if self.country == "BN" and self.role in ("dm2", "permsec"):
            return "Yang Berhormat" if self.role == "dm2" else ""
        if self.country == publisher:
            return ""
        if self.country in ("AU", "NZ") and minister:
            return "The Hon." if lang == "en" else ""
        if self.country in ("MY", "BN", "ID") or lang == "id":
            return ""
        if minister or self.role in ("amb", "president"):
            return {"en": "H.E.", "ms": "TYT", "id": ""}[lang]
        return ""

    def full(self, lang: str, *, publisher: str, plain: bool = False) -> str:
        """The name in full with its courtesy prefix, rank and honorifics, as first written."""
        words = [self.courtesy(lang, publisher)]
        if self.culture == "bruneian" and self.title:
            # "Pehin Datu … Major General (Rtd) Dato Paduka Seri Haji Awang X bin Haji Y"
            pehin, _, dato = self.title.partition("|")
            words += [pehin, self.rank_words(lang).replace("(Retd)", "(Rtd)"), dato]
        else:
            words.append(self.rank_words(lang))
            if self.title:
                words.append(self.title)
            elif self.doctor:
                words.append("Dr")
            elif self.culture in ("chinese_sg",) and not self.military and lang == "en":
                words.append("Ms" if self.female else "Mr")
            elif self.country == "MY" and self.courtesy(lang, publisher) == "YB":
                words.append("Puan" if self.female else "Tuan")
        words.append(self.plain if plain else self.body)
        return " ".join(w for w in words if w)

    def short(self, lang: str, *, publisher: str) -> str:
        """A later mention: "Dato' Seri Azman", "Dr Tan", "General Somchai", "Secretary Reyes"."""
        if self.culture == "bruneian" and self.title:
            return f"{self.courtesy(lang, publisher)} Pehin".strip()
        if self.rank is not None and not self.retired:
            return f"{RANKS[self.rank][lang]} {self.callname}"
        if self.title:
            prefix = "YB " if self.courtesy(lang, publisher) == "YB" else ""
            return f"{prefix}{self.title} {self.callname}"
        if self.doctor:
            return f"Dr {self.callname}"
        if self.country == "MY" and self.courtesy(lang, publisher) == "YB":
            return f"YB {'Puan' if self.female else 'Tuan'} {self.callname}"
        if self.culture in ("vietnamese", "khmer", "burmese"):
            return self.canonical
        if lang == "en":
            if self.culture == "filipino" and self.role == "dm":
                return f"Secretary {self.callname}"
            if self.culture == "anglo" and self.country == "US" and self.role == "dm":
                return f"Secretary {self.callname}"
            if self.role in ("dm", "ddm", "dm2"):
                return f"Minister {self.callname}"
            return f"{'Ms' if self.female else 'Mr'} {self.callname}"
        if lang == "ms":
            if self.courtesy(lang, publisher) == "TYT":
                return f"TYT {self.callname}"
            return f"{'Puan' if self.female else 'Encik'} {self.callname}"
        return self.callname


@dataclass(frozen=True)
class Term:
    """One holding of a post: who, from when to when, and whether also deputy prime minister."""

    start: dt.date
    end: dt.date
    person: Person
    dpm: bool = False


@dataclass
class Cast:
    """Every term of every post of every country, and a lookup by date."""

    terms: dict[tuple[str, str], list[Term]] = field(default_factory=dict)

    def roles(self, country: str) -> list[str]:
        return sorted(role for c, role in self.terms if c == country)

    def has(self, country: str, role: str) -> bool:
        return (country, role) in self.terms

    def holder(self, country: str, role: str, day: dt.date) -> Term:
        """The term of ``role`` in ``country`` running on ``day``."""
        terms = self.terms[(country, role)]
        i = bisect.bisect_right([t.start for t in terms], day) - 1
        return terms[max(i, 0)]


@cache
def _name_parts(path: Path) -> dict[str, dict[str, list[str]]]:
    with path.open(encoding="utf-8") as fh:
        data: dict[str, dict[str, list[str]]] = yaml.safe_load(fh)
    return data


def _parts() -> dict[str, dict[str, list[str]]]:
    return _name_parts(reference_dir() / "synth" / "names.yaml")


def _roles_of(country: str, publishers: tuple[str, ...]) -> list[str]:
    roles = ["cdf"]
    if country != "BN":  # Brunei's Minister of Defence is the Sultan; Minister II acts.
        roles.append("dm")
    if country in _HEAD_OF_GOVERNMENT:
        roles.append(_HEAD_OF_GOVERNMENT[country])
    if country in _DEPUTY_MINISTERS:
        roles.append("ddm")
    if country in _SERVICE_CHIEFS:
        roles += ["army", "navy"]
    if country in _SECOND_MINISTERS:
        roles.append("dm2")
    if country in publishers:
        roles.append("permsec")
    if country in _SPOKESPEOPLE:
        roles.append("spokes")
    roles += [f"amb:{host}" for host in publishers if host != country]
    return sorted(roles)


def _rank_for(rng: random.Random, country: str, role: str) -> tuple[str | None, bool]:
    """(rank, retired) of a new holder of ``role``."""
    if role == "cdf":
        return rng.choice(("general", "general", "admiral", "air-chief-marshal")), False
    if role == "army":
        return rng.choice(("general", "lieutenant-general")), False
    if role == "navy":
        return rng.choice(("admiral", "vice-admiral")), False
    if role == "spokes" and country in ("ID", "TH"):
        return ("brigadier-general" if country == "ID" else "major-general"), False
    if role == "dm":
        if country in ("VN", "LA", "KH", "MM"):
            return rng.choice(("general", "general", "lieutenant-general")), False
        if country in ("ID", "TH") and rng.random() < 0.55:
            return rng.choice(("general", "lieutenant-general")), True
    if role == "ddm":
        if country == "VN":
            return "lieutenant-general", False
        if country == "ID" and rng.random() < 0.5:
            return rng.choice(("air-marshal", "vice-admiral", "lieutenant-general")), True
    if role == "dm2" and country == "BN":
        return "major-general", True
    return None, False


def _make_person(rng: random.Random, country: str, role: str) -> Person:
    """Draw one person of ``country`` for ``role`` (the caller keeps names unique)."""
    parts = _parts()
    culture = _CULTURES[country]
    base_role = role.split(":", 1)[0]
    rank, retired = _rank_for(rng, country, base_role)
    military = rank is not None and not retired
    p = parts.get(culture, {})
    has_female = any(k.startswith("female") or k == "given_female" for k in p)
    female = (not military) and has_female and rng.random() < 0.15
    title: str | None = None
    doctor = False
    if culture == "malay" and not military and rng.random() < 0.2:
        culture, p = "chinese_my", parts["chinese_my"]
    if culture in ("malay", "bruneian"):
        given = [rng.choice(p["female" if female and "female" in p else "male"])]
        if rng.random() < 0.35:
            given.append(rng.choice(p["second"]))
        father = rng.choice(p["father"])
        particle = "binti" if female else "bin"
        haji = culture == "bruneian" and rng.random() < 0.6
        father_printed = f"Haji {father}" if haji else father
        canonical = " ".join([*given, father])
        if culture == "bruneian":
            lead = ("Hajah " if female else "Haji Awang ") if rng.random() < 0.6 else ""
            body = f"{lead}{' '.join(given)} {particle} {father_printed}"
            if base_role == "dm2":
                title = f"{rng.choice(_BN_PEHIN)}|Dato Paduka Seri"
            elif rng.random() < 0.5:
                title = "Dato Paduka"
        else:
            body = f"{' '.join(given)} {particle} {father_printed}"
            if base_role in ("dm", "ddm", "pm", "cdf", "army", "navy", "permsec", "amb"):
                if base_role in ("cdf", "army", "navy"):
                    title = rng.choice(("Tan Sri", "Datuk", "Dato'", "Dato' Sri"))
                elif rng.random() < 0.85:
                    title = rng.choice(_MY_TITLES)
        plain = canonical
        callname = given[0]
    elif culture in ("chinese_my", "chinese_sg"):
        surname = rng.choice(p["surname"])
        syllables = rng.sample(p["syllable"], 2)
        words = [surname, *syllables]
        if culture == "chinese_sg" and rng.random() < 0.25:
            words = [rng.choice(p["western"]), surname, syllables[0]]
        canonical = body = plain = " ".join(words)
        callname = surname
        doctor = rng.random() < 0.3 and not military
        if culture == "chinese_my" and not military and rng.random() < 0.5:
            title = rng.choice(("Datuk", "Dato'", "Dato' Sri"))
    elif culture == "indonesian":
        first = rng.choice(p["given_female"] if female else p["given"])
        family = rng.choice(p["family"])
        words = [first, family]
        if rng.random() < 0.25:
            words.insert(1, rng.choice(p["given"]))
        canonical = body = plain = " ".join(words)
        callname = first
        doctor = rng.random() < 0.1 and not military
    elif culture == "filipino":
        first = rng.choice(p["female" if female else "male"])
        last = rng.choice(p["surname"])
        initial = rng.choice("ABCDEFGILMNPRSTV")
        suffix = " Jr." if (not female and rng.random() < 0.2) else ""
        canonical = plain = f"{first} {last}"
        body = f"{first} {initial}. {last}{suffix}"
        callname = last
    elif culture in ("thai", "lao"):
        canonical = body = plain = f"{rng.choice(p['given'])} {rng.choice(p['surname'])}"
        callname = canonical.split()[0]
    elif culture in ("vietnamese", "khmer"):
        words = [rng.choice(p["family"])]
        if culture == "vietnamese":
            words.append(rng.choice(p["middle"]))
        words.append(rng.choice(p["given"]))
        canonical = body = plain = callname = " ".join(words)
    elif culture == "burmese":
        canonical = body = plain = callname = " ".join(
            rng.sample(p["syllable"], rng.choice((2, 3, 3)))
        )
    elif culture == "timorese":
        last = rng.choice(p["surname"])
        if rng.random() < 0.3:
            last = f"{rng.choice(p['connector'])} {last}"
        canonical = body = plain = f"{rng.choice(p['given'])} {last}"
        callname = last.split()[-1]
    elif culture == "korean":
        family = rng.choice(p["family"])
        first = rng.choice(p["first"])
        given = f"{first}-{rng.choice([s for s in p['syllable'] if s != first.lower()])}"
        canonical = body = plain = f"{family} {given}"
        callname = family
    elif culture == "chinese_cn":
        family = rng.choice(p["surname"])
        canonical = body = plain = f"{family} {rng.choice(p['given'])}"
        callname = family
    elif culture == "arab":
        family = rng.choice(p["family"])
        canonical = body = plain = f"{rng.choice(p['given'])} {family}"
        callname = family
    else:  # anglo, japanese, indian, russian, french, german, turkish: given + family
        given_key = "female" if female and "female" in p else ("male" if "male" in p else "given")
        family_key = "surname" if "surname" in p else "family"
        family = rng.choice(p[family_key])
        canonical = body = plain = f"{rng.choice(p[given_key])} {family}"
        callname = family
    return Person(
        canonical=canonical,
        country=country,
        role=base_role,
        culture=culture,
        female=female,
        body=body,
        plain=plain,
        callname=callname,
        rank=rank,
        retired=retired,
        title=title,
        doctor=doctor,
    )


def build_cast(
    seed: int,
    countries: tuple[str, ...],
    publishers: tuple[str, ...],
    first: dt.date,
    last: dt.date,
) -> Cast:
    """Draw every term of every post, from two years before ``first`` to one after ``last``.

    Each (country, role) has its own random stream, and the terms are drawn in sorted
    order; a name already given to someone is drawn again, so canonical names are unique.
    """
    cast = Cast()
    used: set[str] = set()
    begin = dt.date(first.year - 2, 1, 1)
    stop = dt.date(last.year + 1, 12, 31)
    for country in sorted(countries):
        for role in _roles_of(country, publishers):
            rng = random.Random(f"adkg-synth:{seed}:cast:{country}:{role}")
            low, high = _TERM_DAYS[role.split(":", 1)[0]]
            day = begin - dt.timedelta(days=rng.randrange(0, low))
            terms: list[Term] = []
            while day <= stop:
                length = rng.randrange(low, high)
                person = _make_person(rng, country, role)
                while person.canonical in used:
                    person = _make_person(rng, country, role)
                used.add(person.canonical)
                dpm = role == "dm" and (
                    country in ("KH", "LA")
                    or (country == "TH" and rng.random() < 0.5)
                    or (country == "AU" and rng.random() < 0.4)
                )
                end = day + dt.timedelta(days=length - 1)
                terms.append(Term(day, end, person, dpm))
                day = end + dt.timedelta(days=1)
            cast.terms[(country, role)] = terms
    return cast


def describe(person: Person) -> dict[str, Any]:
    """A person as a plain dict (for debugging and tests)."""
    return {
        "name": person.canonical,
        "country": person.country,
        "role": person.role,
        "printed": person.body,
    }
