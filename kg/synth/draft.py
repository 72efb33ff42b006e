"""A release being written: its paragraphs and, fact by fact, its gold annotation.

A :class:`Draft` is what every story of :mod:`kg.synth.stories` writes into. Each helper
that puts a fact into the text (introducing a person with a post, naming a date, saying
what was discussed) records the same fact for the gold file, so the text and the gold
cannot drift apart. The gold follows ``data/releases/ANNOTATION.md``: persons by
canonical name with only the posts the text states, events the release reports as
having happened, agreements whose status it reports.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from kg.synth import dates
from kg.synth.cast import Person, Term
from kg.synth.phrases import SCOPE_PHRASES, TOPIC_PHRASES, country_np, join, post_phrase
from kg.synth.templates import T
from kg.synth.world import PlaceInfo, World

__all__ = ["OMIT", "Draft"]

#: Event attributes left out of the gold (not scored), e.g. a sidelines meeting's dates.
OMIT = object()

_EVENT_FIELDS = (
    "key", "type", "forum", "start", "end", "place", "country", "host", "chair",
    "countries", "observers", "participants", "part_of", "topics",
)  # fmt: skip

# Posts of people in titles: short forms by role.
_TITLE_POSTS = {
    "en": {
        "dm": "Defence Minister",
        "ddm": "Deputy Defence Minister",
        "cdf": "Chief of Defence Force",
        "army": "Army Chief",
        "navy": "Navy Chief",
        "amb": "Ambassador",
        "dm2": "Minister of Defence II",
        "pm": "Prime Minister",
        "president": "President",
        "permsec": "Permanent Secretary",
        "spokes": "Spokesperson",
    },
    "ms": {
        "dm": "Menteri Pertahanan",
        "ddm": "Timbalan Menteri Pertahanan",
        "cdf": "Panglima Angkatan Tentera",
        "army": "Panglima Tentera Darat",
        "navy": "Panglima Tentera Laut",
        "amb": "Duta Besar",
        "dm2": "Menteri Pertahanan II",
        "pm": "Perdana Menteri",
        "president": "Presiden",
        "permsec": "Ketua Setiausaha",
        "spokes": "Jurucakap",
    },
    "id": {
        "dm": "Menhan",
        "ddm": "Wamenhan",
        "cdf": "Panglima",
        "army": "Kasad",
        "navy": "Kasal",
        "amb": "Dubes",
        "dm2": "Menteri Pertahanan II",
        "pm": "Perdana Menteri",
        "president": "Presiden",
        "permsec": "Sekjen",
        "spokes": "Juru Bicara",
    },
}


@dataclass
class Draft:
    """One release in the making: house style, text so far and gold facts so far."""

    index: int
    rng: random.Random
    world: World
    publisher: str  # ISO code of the issuing ministry (the chair's, for a chair's statement)
    lang: str
    style: str  # house style: the publisher's ISO code, or "chair"
    date: dt.date
    kind: str = ""
    title: str = ""
    paragraphs: list[str] = field(default_factory=list)
    optional: list[int] = field(default_factory=list)
    dateline: PlaceInfo | None = None
    persons: dict[str, dict[str, Any]] = field(default_factory=dict)
    events: list[dict[str, Any]] = field(default_factory=list)
    agreements: list[dict[str, Any]] = field(default_factory=list)

    # -- words ------------------------------------------------------------------------------
    def say(self, beat: str, **values: Any) -> str:
        """One sentence of ``beat`` in the release's language, first letter capitalised."""
        text: str = self.rng.choice(T[beat][self.lang]).format(**values)
        return text[0].upper() + text[1:]

    def para(self, *sentences: str, optional: bool = False) -> None:
        """Add a paragraph; an ``optional`` one may be dropped to keep within the length."""
        text = " ".join(s for s in sentences if s)
        if text:
            if optional:
                self.optional.append(len(self.paragraphs))
            self.paragraphs.append(text)

    def words(self) -> int:
        return sum(len(p.split()) for p in self.paragraphs) + len(self.title.split())

    @property
    def us_dates(self) -> bool:
        return self.style in ("PH", "TH")

    def when(self, start: dt.date, end: dt.date | None = None) -> str:
        """A date phrase with its preposition, in the house style."""
        return dates.when(
            start,
            end or start,
            self.date,
            self.lang,
            self.rng,
            us=self.us_dates,
            numeric=self.style in ("MY", "ID"),
        )

    def span(self, start: dt.date, end: dt.date) -> str:
        """A range always written in full ("from 3 to 6 June 2025", "4 hingga 6 Mac 2024")."""
        if self.lang == "en":
            style = "mdy" if self.us_dates else self.rng.choice(("words", "dash"))
            return f"from {dates.span(start, end, 'en', style=style)}"
        if self.lang == "id":
            return f"mulai {dates.span(start, end, 'id', style='words')}"
        return f"dari {dates.span(start, end, 'ms', style='words')}"

    def country(self, code: str, *, article: bool = True) -> str:
        """A country's name in the release's language ("the Philippines", "Filipina")."""
        label = self.world.countries[code].label(self.lang)
        return country_np(label, code, self.lang, article=article)

    def demonym(self, code: str) -> str:
        return self.world.countries[code].demonym

    def city(self, place: PlaceInfo) -> str:
        return place.label(self.lang)

    def where(self, place: PlaceInfo) -> str:
        """ "Vientiane, Lao PDR"; a city-state alone ("Singapore")."""
        city = self.city(place)
        land = self.country(place.country, article=False)
        return city if city == land else f"{city}, {land}"

    def topic_text(self, topics: list[str]) -> str:
        return join([self.rng.choice(TOPIC_PHRASES[t][self.lang]) for t in topics], self.lang)

    def scope_text(self, topics: list[str]) -> str:
        """Topics as fields of cooperation ("military medicine and maritime security")."""
        return join([SCOPE_PHRASES[t][self.lang] for t in topics], self.lang)

    def pick_topics(self, pool: tuple[str, ...], low: int, high: int) -> list[str]:
        return self.rng.sample(pool, self.rng.randint(low, min(high, len(pool))))

    # -- people -----------------------------------------------------------------------------
    def _register(self, person: Person, posts: list[str]) -> None:
        entry = self.persons.setdefault(
            person.canonical, {"name": person.canonical, "country": person.country, "posts": []}
        )
        for post in posts:
            if post not in entry["posts"]:
                entry["posts"].append(post)

    def intro(self, term: Term, *, host: str = "", appositive: bool | None = None) -> str:
        """A person's first mention: full name with honorifics and post (recorded as gold);
        a later call gives the short form. ``host`` is an ambassador's receiving country."""
        person = term.person
        if person.canonical in self.persons:
            return self.ref(person)
        own = person.country == self.publisher and self.style != "chair"
        with_country = not own or self.rng.random() < 0.2
        label = self.world.countries[person.country].label(self.lang)
        host_label = self.world.countries[host].label(self.lang) if host else ""
        lang = self.lang
        if appositive is None:
            appositive = self.rng.random() < {"en": 0.65, "ms": 0.75, "id": 0.3}[lang]
        demonym_form = lang == "en" and not appositive and not own and person.role not in ("amb",)
        post, posts = post_phrase(
            person.role,
            person.country,
            label,
            lang,
            self.publisher if (own and not with_country) else "",
            self.rng,
            dpm=term.dpm,
            host_label=host_label,
            host_code=host,
            bare=demonym_form,
        )
        plain = (
            person.culture in ("malay", "bruneian")
            and self.publisher not in ("MY", "BN")
            and self.rng.random() < 0.5
        )
        publisher = "" if self.style == "chair" else self.publisher
        name = person.full(lang, publisher=publisher, plain=plain)
        self._register(person, posts)
        if person.role == "amb":
            appositive = True
        if appositive:
            return f"{name}, {post}"
        if lang == "en":
            info = self.world.countries[person.country]
            if demonym_form and info.demonym not in post and info.labels["en"] not in post:
                return f"{info.demonym} {post} {name}"
            return f"{post} {name}"
        if lang == "ms":
            return f"{post}, {name}"
        return f"{post} {name}"

    def ref(self, person: Person) -> str:
        """A later mention ("Dato' Seri Azman", "Menhan Bambang", "General Somchai")."""
        if person.canonical not in self.persons:
            self._register(person, [])
        active_rank = person.rank is not None and not person.retired
        if self.lang == "id" and person.role in ("dm", "ddm") and not active_rank:
            return f"{'Menhan' if person.role == 'dm' else 'Wamenhan'} {person.callname}"
        return person.short(self.lang, publisher="" if self.style == "chair" else self.publisher)

    def group(self, *people: Person) -> tuple[str, str]:
        """How a release refers to two people together: "the two Ministers" when both are
        ministers, else "the two sides" (lower-case and capitalised forms)."""
        ministers = all(p.role in ("dm", "ddm", "dm2") for p in people)
        word = {
            ("en", True): "the two Ministers",
            ("en", False): "the two sides",
            ("ms", True): "kedua-dua Menteri",
            ("ms", False): "kedua-dua pihak",
            ("id", True): "kedua menteri",
            ("id", False): "kedua pihak",
        }[(self.lang, ministers)]
        return word, word[0].upper() + word[1:]

    def holder(self, country: str, role: str, day: dt.date | None = None) -> Term:
        return self.world.cast.holder(country, role, day or self.date)

    def principal_role(self, country: str) -> str:
        """The minister who represents a country at meetings (Brunei: Minister of Defence II)."""
        return "dm2" if country == "BN" else "dm"

    def title_post(self, person: Person) -> str:
        """A person's post as a headline names it ("Defence Minister", "Menhan RI")."""
        post = _TITLE_POSTS[self.lang][person.role]
        if self.lang == "en":
            if person.role == "dm" and person.country in ("PH", "US"):
                post = "Defense Secretary"
            elif person.role == "dm" and person.country == "SG":
                post = "Minister for Defence"
        if person.country == self.publisher:
            if self.lang == "id":
                return f"{post} RI"
            return post
        if self.lang == "en":
            return f"{self.demonym(person.country)} {post}"
        return f"{post} {self.world.countries[person.country].label(self.lang)}"

    # -- gold -------------------------------------------------------------------------------
    def new_key(self, hint: str) -> str:
        keys = {e["key"] for e in self.events}
        key, n = hint, 2
        while key in keys:
            key, n = f"{hint}-{n}", n + 1
        return key

    def event(
        self,
        hint: str,
        kind: str,
        *,
        forum: Any = None,
        start: Any = None,
        end: Any = None,
        place: Any = None,
        country: Any = None,
        host: Any = None,
        chair: Any = None,
        countries: list[str],
        observers: Any = (),
        part_of: Any = None,
        topics: Any = (),
    ) -> dict[str, Any]:
        """Record an event the release reports; pass :data:`OMIT` for attributes left out."""
        values: dict[str, Any] = {
            "key": self.new_key(hint),
            "type": kind,
            "forum": forum,
            "start": start,
            "end": start if end is None else end,
            "place": place,
            "country": country,
            "host": host,
            "chair": chair,
            "countries": list(dict.fromkeys(countries)),
            "observers": list(observers) if observers is not OMIT else OMIT,
            "participants": [],
            "part_of": part_of,
            "topics": list(dict.fromkeys(topics)) if topics is not OMIT else OMIT,
        }
        record = {k: values[k] for k in _EVENT_FIELDS if values[k] is not OMIT}
        self.events.append(record)
        return record

    def attend(self, event: dict[str, Any], *people: Person) -> None:
        """Add people present at ``event`` to its participants."""
        for person in people:
            if person.canonical not in event["participants"]:
                event["participants"].append(person.canonical)

    def add_topics(self, event: dict[str, Any], topics: list[str]) -> None:
        for topic in topics:
            if topic not in event["topics"]:
                event["topics"].append(topic)

    def agreement(
        self,
        kind: str,
        parties: list[str],
        status: str,
        *,
        proposed_by: str | None = None,
        concluded_at: str | None = None,
        topics: list[str] | tuple[str, ...] = (),
    ) -> dict[str, Any]:
        record = {
            "type": kind,
            "parties": list(dict.fromkeys(parties)),
            "status": status,
            "proposed_by": proposed_by,
            "concluded_at": concluded_at,
            "topics": list(dict.fromkeys(topics)),
        }
        self.agreements.append(record)
        return record
