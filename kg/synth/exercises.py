"""Joint exercises: the opening or closing of a bilateral or multinational exercise."""

from __future__ import annotations

import datetime as dt
import random

from kg.synth.beats import ASEAN10, finish, pair_place, partner, set_title
from kg.synth.draft import Draft
from kg.synth.phrases import EXERCISE_ACTIVITIES, EXERCISE_WORDS, join, service
from kg.synth.world import LAST_DAY

__all__ = ["exercise"]


def _exercise_name(d: Draft, key: str) -> tuple[str, int]:
    """The fictitious name a pair (or host) gives its joint exercise, and its first year."""
    rng = random.Random(f"adkg-synth:{d.world.seed}:exercise:{key}")
    name = f"{rng.choice(EXERCISE_WORDS[0])} {rng.choice(EXERCISE_WORDS[1])}"
    return name, rng.randint(1985, 2012)


def exercise(d: Draft) -> None:
    """The opening or closing of a joint exercise, bilateral or multinational."""
    p = d.publisher
    d.kind = "exercise"
    multinational = d.rng.random() < 0.25
    opening = d.rng.random() < 0.6
    length = d.rng.randint(5, 14)
    d.date = min(d.date, LAST_DAY - dt.timedelta(days=length + 1))
    if opening:
        start = d.date
        end = start + dt.timedelta(days=length - 1)
    else:
        end = d.date
        start = end - dt.timedelta(days=length - 1)
    branch = d.rng.choice(("army", "army", "navy"))
    if multinational:
        host = p
        pool = [c for c in (*ASEAN10, "AU", "US", "JP", "IN", "NZ", "KR", "GB", "FR") if c != p]
        partners = d.rng.sample(pool, d.rng.randint(3, 7))
        countries = [host, *partners]
        rest = [c for c in pool if c not in partners]
        observers = d.rng.sample(rest, d.rng.randint(0, min(4, len(rest))))
        name, first = _exercise_name(d, host)
        others = [partners[0]]
    else:
        f = partner(d, pool=(*ASEAN10, "AU", "US", "IN", "JP", "NZ", "KR", "GB"))
        host = pair_place(d, p, f) if d.world.has_training_areas(f) else p
        countries = [p, f]
        observers = []
        name, first = _exercise_name(d, "-".join(sorted((p, f))) + f":{branch}")
        others = [f]
    name = f"{name} {d.date.year}"
    place = d.world.exercise_city(host, d.rng)
    d.dateline = place
    guest = others[0] if host == p else p
    lead_role = branch if d.world.cast.has(host, branch) else "cdf"
    guest_role = branch if d.world.cast.has(guest, branch) else "cdf"
    p1, p2 = d.holder(host, lead_role), d.holder(guest, guest_role)
    event = d.event(
        "exercise",
        "exercise",
        start=start,
        end=end,
        place=d.city(place),
        country=host,
        host=host,
        countries=countries,
        observers=observers,
        topics=["military-exercise"],
    )
    sa = service(countries[0], d.country(countries[0]), d.lang, branch)
    sb = service(countries[1], d.country(countries[1]), d.lang, branch)
    venue = f"{'in' if d.lang == 'en' else 'di'} {d.city(place)}"
    if multinational:
        lead = d.say(
            "ex.open_multi", name=name, host=d.country(host), venue=venue, when=d.when(start)
        )
        if not opening:
            lead = {
                "en": f"Exercise {name}, hosted by {d.country(host)}, came to a close {venue} {d.when(end)}.",
                "ms": f"Eksesais {name} anjuran {d.country(host)} telah ditutup secara rasmi {venue} {d.when(end)}.",
                "id": f"Latihan Bersama {name} yang diselenggarakan {d.country(host)} resmi ditutup {venue}, {d.when(end)}.",
            }[d.lang]
    else:
        beat = "ex.open" if opening else "ex.close"
        lead = d.say(
            beat, name=name, sa=sa, sb=sb, venue=venue, when=d.when(start if opening else end)
        )
    runs = d.say("ex.runs" if opening else "ex.ran", span=d.span(start, end))
    colour = d.say("colour.exercise") if d.rng.random() < 0.5 else ""
    d.para(lead, runs, colour)
    officials = [d.say("ex.officials", p1=d.intro(p1), p2=d.intro(p2))]
    d.attend(event, p1.person, p2.person)
    if d.rng.random() < 0.3:
        role = "ddm" if d.world.cast.has(p, "ddm") else d.principal_role(p)
        witness = d.holder(p, role)
        if witness.person.canonical not in event["participants"]:
            officials.append(d.say("ex.witness", p3=d.intro(witness)))
            d.attend(event, witness.person)
    d.para(*officials)
    body = []
    if multinational:
        body.append(d.say("ex.participants", clist=join([d.country(c) for c in countries], d.lang)))
        if observers:
            olist = join([d.country(c) for c in observers], d.lang)
            body.append(d.say("ex.observers", olist=olist[0].upper() + olist[1:]))
    acts = d.rng.sample(sorted(EXERCISE_ACTIVITIES), d.rng.randint(1, 2))
    d.add_topics(event, acts)
    body.append(
        d.say("ex.activities", acts=join([EXERCISE_ACTIVITIES[a][d.lang] for a in acts], d.lang))
    )
    if d.rng.random() < 0.6:
        body.append(
            d.say(
                "ex.size",
                n=f"{d.rng.randint(2, 60) * 50:,}".replace(",", "." if d.lang == "id" else ","),
            )
        )
    d.para(*body)
    later = []
    if not multinational and d.rng.random() < 0.4:
        later.append(d.say("ex.history", year=first))
    if not multinational and d.rng.random() < 0.3:
        later.append(d.say("ex.next", country=d.country(guest if host == p else p)))
    if later:
        d.para(*later, optional=True)
    if multinational:
        d.para(d.say("fill.multinational"), optional=True)
    d.title = {
        "en": f"Exercise {name} {'Opens' if opening else 'Concludes'} in {d.city(place)}",
        "ms": f"{'Pembukaan' if opening else 'Penutupan'} Rasmi Eksesais {name}",
        "id": f"Latihan Bersama {name} Resmi {'Dibuka' if opening else 'Ditutup'} di {d.city(place)}",
    }[d.lang]
    set_title(d, d.title)
    if multinational:
        finish(d, host, None, who=None)
    else:
        finish(d, countries[0], countries[1], quote=p1.person)
